"""Score story clustering against the labelled story groups of the feed corpus.

    .venv/bin/python bench/story_clusters.py [--labelled-only] [--batch N] [--verbose]
    .venv/bin/python bench/story_clusters.py --split dev --folds 2 --set threshold=0.2
    .venv/bin/python bench/story_clusters.py --split dev --shuffle-within 1 --seed 3
    .venv/bin/python bench/story_clusters.py --split dev --folds 2 --verbose --read-fold 1
    .venv/bin/python bench/story_clusters.py --split dev --folds 2 --causes --read-fold 1
    .venv/bin/python bench/story_clusters.py --folds 2 --source corpus --source written

Labels: ``bench/data/story_groups.jsonl`` (see ``bench/data/README.md``), pointing
into ``../shared/corpus/feeds/``, and ``bench/data/story_written.jsonl``, groups of
feed items written for NewsRadar (CC0) that carry their own outlet, time, headline and
summary; they join the stream at their published time as the corpus items do. Every corpus feed is parsed by
``producers.parser.parse_feed`` (outlet = the MANIFEST's outlet, so two Guardian
feeds are one outlet), deduplicated by article_id, enriched by the enricher's own
``Extractor`` and clustered by ``StoryClusterer`` against the real Elasticsearch,
in a namespace of its own that is dropped afterwards, in published order and in
batches of the enricher's batch size, as the enricher would see them arrive. By
default every parsed article goes through (unlabelled ones are the noise a real
stream has); only labelled articles are scored. Enrichments are cached under
``.cache/bench/`` by model and content hash: spaCy is deterministic and the cache
only saves time between runs.

Per split (dev, test): pairwise precision/recall/F1 over pairs of labelled
articles (a pair is positive when both are in one labelled group), and B-cubed
precision/recall/F1 (per article: the share of its predicted story that is in its
group, and of its group that is in its predicted story, restricted to the split's
labelled articles). Baseline: every article alone (the clusterer that never
merges), scored the same way. ``--source corpus`` or ``written`` scores one label file's groups
alone (the whole stream is still clustered); repeat it to print several.

``--folds N`` also scores each split's groups in N folds (by a hash of the group
name, never the split's own): a setting chosen on one half of dev can be checked
on the other before the test split is looked at. A fold is scored on every pair
that touches one of its articles, so a wrong merge of two groups that fell in
different folds (two look-alike distractors) counts against both folds rather than
against neither. ``--shuffle-within HOURS`` feeds
the articles in another order inside each window of HOURS, to see how much the
stories depend on which report arrived first.

``--causes`` counts where dev's errors come from (only fold K's with ``--read-fold K``),
from what the clusterer saw when it placed the later article of each pair. A missed
pair: ``retrieval`` (the earlier article's story was never among the later one's
candidates: no threshold can recover it), ``below threshold`` (its score was too low),
``drift guard`` (the score cleared the bar, the centroid cosine did not) or ``another
story won``. A wrong merge: ``near duplicate``, ``direct`` (the two articles' own
cosine clears the threshold: the merge decision) or ``chained`` (they met only through
other articles: a story that grew and drifted).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "feeds"
LABELS = ROOT / "bench" / "data" / "story_groups.jsonl"
WRITTEN = ROOT / "bench" / "data" / "story_written.jsonl"
CACHE = ROOT / ".cache" / "bench"


def load_corpus(corpus: Path) -> tuple[dict, dict]:
    """({(file, guid-or-link): Article}, {article_id: Article}), the first copy of each article_id kept."""
    from producers.config import FeedSpec  # noqa: PLC0415
    from producers.parser import parse_feed  # noqa: PLC0415
    from newsradar.schema import Article  # noqa: PLC0415

    with (corpus / "MANIFEST.tsv").open() as f:
        outlets = {row["file"]: row["outlet"] for row in csv.DictReader(f, delimiter="\t")}
    by_key, by_id = {}, {}
    fetched = datetime(2026, 12, 1, tzinfo=UTC)
    for path in sorted(corpus.glob("*.xml")):
        spec = FeedSpec(id=path.stem, url=f"https://feeds.invalid/{path.name}", group="bench",
                        outlet=outlets.get(path.name, path.stem), language=None, interval_s=900.0,
                        fetch_full_text=False, allow_private=False)
        try:
            items = parse_feed(path.read_bytes(), spec, fetched_at=fetched).items
        except Exception:  # noqa: BLE001 - the corpus holds broken feeds on purpose; the producer skips them too
            continue
        for item in items:
            a = Article.model_validate_json(item.value)
            a = by_id.setdefault(a.article_id, a)
            by_key[(path.name, a.guid)] = a
            by_key[(path.name, a.url)] = a
    return by_key, by_id


def load_written(path: Path) -> dict:
    """{("written", id): Article} for the items of the written story groups, built as the parser
    would build a feed item that has a headline and a summary and no body."""
    from producers.parser import content_hash  # noqa: PLC0415
    from newsradar.schema import Article, article_id_for  # noqa: PLC0415

    by_key = {}
    for line in path.read_text().splitlines():
        for it in json.loads(line)["items"]:
            url = f"https://written.newsradar.invalid/{it['id']}"
            published = datetime.fromisoformat(it["published"])
            by_key[("written", it["id"])] = Article(
                article_id=article_id_for(url), url=url, canonical_url=url, guid=url, outlet=it["outlet"],
                feed_id="written", feed_url="https://written.newsradar.invalid/feed", title=it["title"],
                summary=it["summary"], published_at=published, fetched_at=published, language="en",
                content_hash=content_hash(it["title"], it["summary"], ""))
    return by_key


def item_key(it: dict) -> tuple[str, str]:
    """A label item's key: a written item by its id, a corpus item by its file and guid (or link)."""
    if "id" in it:
        return "written", it["id"]
    return it["file"], it.get("guid") or it["link"]


def split_of(group: str) -> str:
    """The split of a labelled group: the first byte of its sha256, even for dev (bench/data/README.md)."""
    return "dev" if hashlib.sha256(group.encode()).digest()[0] % 2 == 0 else "test"


def load_labels(path: Path, by_key: dict) -> dict[str, dict[str, str]]:
    """{split: {article_id: group}}; fails loudly on a label that points at nothing, a split
    field that disagrees with the hash rule, and a group or an article labelled twice."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    group_of: dict[str, str] = {}
    seen: set[str] = set()
    for n, line in enumerate(path.read_text().splitlines(), 1):
        g = json.loads(line)
        where = f"{path.name}:{n} group {g['group']}"
        if g["group"] in seen:
            raise SystemExit(f"{where}: the group is labelled twice")
        seen.add(g["group"])
        # A hand-set split could put a group tuned on into test; only the hash decides.
        if g["split"] != split_of(g["group"]):
            raise SystemExit(f"{where}: split {g['split']!r} disagrees with the hash rule ({split_of(g['group'])})")
        for it in g["items"]:
            key = item_key(it)
            if key not in by_key:
                raise SystemExit(f"{where}: no item {key} in the corpus")
            # One article in two groups would be silently scored as the last one only.
            article_id = by_key[key].article_id
            if article_id in group_of:
                raise SystemExit(f"{where}: item {key} is already in group {group_of[article_id]}")
            group_of[article_id] = g["group"]
            out[g["split"]][article_id] = g["group"]
    return out


def merged_labels(by_source: dict[str, dict[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """{split: {article_id: group}} over every label file; a group named in two files is refused, as
    one named twice in one file is."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    owner: dict[str, str] = {}
    for source, labels in by_source.items():
        for split, gold in labels.items():
            for article_id, group in gold.items():
                if owner.setdefault(group, source) != source:
                    raise SystemExit(f"group {group} is labelled in both {owner[group]} and {source}")
                out[split][article_id] = group
    return out


class Stream(NamedTuple):
    """What the bench streams through the clusterer, and the labels it is scored by."""

    by_key: dict
    by_id: dict
    by_source: dict[str, dict[str, dict[str, str]]]
    labels: dict[str, dict[str, str]]
    articles: list


def stream(corpus: Path = CORPUS, labels: Path = LABELS, written: Path = WRITTEN, labelled_only: bool = False
           ) -> Stream:
    """The corpus and the written items (when their file exists) in arrival order, every article or only the
    labelled ones, with the labels checked by ``load_labels``. One function, so that a figure computed
    on the bench's stream elsewhere (bench/pair_agreement.py) cannot drift from this bench's."""
    by_key, by_id = load_corpus(corpus)
    by_source = {"corpus": load_labels(labels, by_key)}
    if written.exists():
        items = load_written(written)
        by_key.update(items)
        by_id.update({a.article_id: a for a in items.values()})
        by_source["written"] = load_labels(written, by_key)
    merged = merged_labels(by_source)
    labelled = {a for split in merged.values() for a in split}
    articles = [a for a in by_id.values() if not labelled_only or a.article_id in labelled]
    articles.sort(key=lambda a: (a.published_at, a.article_id))
    return Stream(by_key, by_id, by_source, merged, articles)


def extraction_code_digest() -> str:
    """A digest of the code that makes an Enrichment: a cache keyed by content alone kept the entities
    and claims of whatever code first filled it, so stories were scored on a past extractor's output."""
    h = hashlib.sha256()
    # the extractor's own package, the shared contract it imports (schema, lemmas, claim_match), and the
    # alias table it reads, whose rows give entities their canonical names and labels
    for path in sorted((ROOT / "consumers" / "enricher" / "nlp").rglob("*.py")) + sorted((ROOT / "newsradar").glob("*.py")) \
            + [ROOT / "configs" / "aliases.yaml"]:
        h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def enrich(articles: list, settings) -> list:
    """The enricher's Extractor over ``articles``, through an on-disk cache keyed by model, extraction
    code and content."""
    from consumers.enricher.nlp.pipeline import Extractor  # noqa: PLC0415
    from newsradar.schema import Enrichment  # noqa: PLC0415

    cfg = settings.enrich
    CACHE.mkdir(parents=True, exist_ok=True)
    cache_file = CACHE / f"story-enrichments-{cfg.model}-{extraction_code_digest()}.jsonl"
    cached: dict[str, Enrichment] = {}
    if cache_file.exists():
        for line in cache_file.read_text().splitlines():
            key, doc = line.split("\t", 1)
            cached[key] = Enrichment.model_validate_json(doc)
    keys = [f"{a.article_id}:{a.content_hash}" for a in articles]
    missing = [a for a, k in zip(articles, keys) if k not in cached]
    if missing:
        extractor = Extractor(model=cfg.model, batch_size=cfg.chunk_size, n_process=cfg.n_process,
                              max_chars=cfg.max_chars)
        with cache_file.open("a") as f:
            for i in range(0, len(missing), 256):
                chunk = missing[i:i + 256]
                for a, e in zip(chunk, extractor.enrich(chunk)):
                    key = f"{a.article_id}:{a.content_hash}"
                    cached[key] = e
                    f.write(f"{key}\t{e.model_dump_json()}\n")
    return [cached[k] for k in keys]


def cluster(items: list, settings, batch: int, overrides: dict[str, str], trace=None) -> tuple[dict[str, str], float]:
    """{article_id: story_id} from StoryClusterer in a fresh namespace, and the seconds spent in assign;
    ``trace`` is handed to the clusterer (``StoryClusterer.trace``)."""
    from consumers.enricher.stories import StoryClusterer  # noqa: PLC0415
    from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: PLC0415
    from newsradar.clients import es_client  # noqa: PLC0415

    ns = settings.model_copy(update={"namespace": f"bench-stories-{uuid.uuid4().hex[:8]}"})
    es = es_client(ns)
    ensure_schema(es, ns)
    clusterer = StoryClusterer(es, ns, params=story_params(settings, overrides) if overrides else None)
    clusterer.trace = trace
    stories: dict[str, str] = {}
    spent = 0.0
    try:
        for i in range(0, len(items), batch):
            chunk = items[i:i + batch]
            t0 = time.perf_counter()
            assigned = clusterer.assign(chunk)
            spent += time.perf_counter() - t0
            for (a, _), (story_id, _dup) in zip(chunk, assigned):
                stories[a.article_id] = story_id
    finally:
        clusterer.close()
        drop_namespace(es, ns)
    return stories, spent


def story_params(settings, overrides: dict[str, str]):
    """The rules file's ``stories:`` parameters with ``--set``'s overrides."""
    from consumers.alerter.rules import load_rules  # noqa: PLC0415
    base = load_rules(settings.rules_file).stories
    return type(base).model_validate({**base.model_dump(), **overrides})


def shuffled_within(articles: list, hours: float, seed: int) -> list:
    """``articles`` (in published order) with their order shuffled inside consecutive windows of ``hours``:
    feeds are polled late and out of step, so a story should not depend on which report came first."""
    rng = random.Random(seed)
    windows: dict[int, list] = defaultdict(list)
    for a in articles:
        windows[int(a.published_at.timestamp() // (hours * 3600))].append(a)
    out = []
    for key in sorted(windows):
        rng.shuffle(windows[key])
        out += windows[key]
    return out


def fold_of(group: str, folds: int) -> int:
    """The fold of a labelled group: from the sha256's last byte, independent of the split (its first byte)."""
    return hashlib.sha256(group.encode()).digest()[-1] % folds


def pairwise(gold: dict[str, str], pred: dict[str, str], focus: set[str] | None = None
             ) -> tuple[float | None, float, float]:
    """Pairwise P/R/F1 over the pairs of ``gold``'s articles, or over those that touch ``focus`` (a fold):
    a wrong merge across two folds then counts against both, instead of against neither."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        if focus is not None and a not in focus and b not in focus:
            continue
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, _f1(p or 0.0, r)


def bcubed(gold: dict[str, str], pred: dict[str, str], focus: set[str] | None = None) -> tuple[float, float, float]:
    """B-cubed P/R/F1, averaged over ``focus``'s articles (default all), each against all of ``gold``."""
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for a in gold:
        by_gold[gold[a]].add(a)
        by_pred[pred[a]].add(a)
    over = sorted(gold if focus is None else focus)
    p = sum(len(by_pred[pred[a]] & by_gold[gold[a]]) / len(by_pred[pred[a]]) for a in over) / len(over)
    r = sum(len(by_pred[pred[a]] & by_gold[gold[a]]) / len(by_gold[gold[a]]) for a in over) / len(over)
    return p, r, _f1(p, r)


@dataclass
class Placement:
    """What the clusterer saw when it placed one article: its vector, the copy it was (if one), and per
    candidate story (best link, centre cosine, score)."""

    vector: dict[str, float]
    near_duplicate_of: str | None
    stories: dict[str, tuple[float, float, float]]


def error_causes(gold: dict[str, str], pred: dict[str, str], order: dict[str, int], placed: dict[str, Placement],
                 threshold: float, drift_threshold: float, focus: set[str] | None = None) -> Counter:
    """The cause of each wrong pair of ``gold``'s articles that touches ``focus`` (see ``--causes``),
    read at the placing of the pair's later article (``order``: arrival)."""
    from consumers.enricher.stories import _dot  # noqa: PLC0415

    causes: Counter = Counter()
    for a, b in combinations(sorted(gold, key=order.get), 2):
        if focus is not None and a not in focus and b not in focus:
            continue
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        later = placed[b]
        if same_gold and not same_pred:
            seen = later.stories.get(pred[a])
            if seen is None:
                causes["missed: retrieval"] += 1
            elif seen[2] < threshold:
                causes["missed: below threshold"] += 1
            elif seen[1] < drift_threshold:
                causes["missed: drift guard"] += 1
            else:
                causes["missed: another story won"] += 1
        elif same_pred and not same_gold:
            if later.near_duplicate_of:
                causes["merged: near duplicate"] += 1
            elif _dot(later.vector, placed[a].vector) >= threshold:
                causes["merged: direct"] += 1
            else:
                causes["merged: chained"] += 1
    return causes


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--written", type=Path, default=WRITTEN, help="written story groups (skipped when absent)")
    ap.add_argument("--source", choices=("all", "corpus", "written"), action="append",
                    help="score only this label file's groups (repeat for several); default all")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--labelled-only", action="store_true",
                    help="cluster only the labelled articles (default: every corpus article)")
    ap.add_argument("--batch", type=int, default=None, help="articles per assign() (default: enrich.chunk_size, as the enricher)")
    ap.add_argument("--set", action="append", default=[], metavar="PARAM=VALUE",
                    help="override a `stories:` parameter of the rules file (for tuning on dev)")
    ap.add_argument("--split", choices=("dev", "test"), action="append",
                    help="score only this split (tune on dev without seeing test); default both")
    ap.add_argument("--folds", type=int, default=1, metavar="N",
                    help="also score each split in N folds of its groups (cross-validation inside dev)")
    ap.add_argument("--shuffle-within", type=float, default=0, metavar="HOURS",
                    help="shuffle the arrival order inside windows of HOURS (order independence check)")
    ap.add_argument("--seed", type=int, default=0, help="seed of --shuffle-within")
    ap.add_argument("--verbose", action="store_true",
                    help="list the dev groups that were split or merged (never test's: no rule is written from them)")
    ap.add_argument("--causes", action="store_true",
                    help="count where dev's wrong pairs come from (retrieval, threshold, drift guard, chaining); "
                         "with --read-fold, only that fold's")
    ap.add_argument("--read-fold", type=int, default=None, metavar="K",
                    help="with --verbose: list only the groups of dev's fold K (of --folds, at least 2), so the "
                         "other folds stay unread for checking a change")
    args = ap.parse_args(argv)

    from newsradar.settings import get_settings  # noqa: PLC0415

    settings = get_settings()
    _, by_id, by_source, labels, articles = stream(args.corpus, args.labels, args.written, args.labelled_only)
    if args.shuffle_within:
        articles = shuffled_within(articles, args.shuffle_within, args.seed)
    enrichments = enrich(articles, settings)
    placed: dict[str, Placement] = {}

    def trace(sig, stories):
        if sig.article_id in labels["dev"]:
            placed[sig.article_id] = Placement(dict(sig.vector), sig.near_duplicate_of, stories)

    overrides = dict(kv.split("=", 1) for kv in args.set)
    pred, spent = cluster(list(zip(articles, enrichments)), settings, args.batch or settings.enrich.chunk_size,
                          overrides, trace if args.causes else None)

    print(f"{len(articles)} articles clustered ({'labelled only' if args.labelled_only else 'whole corpus'}), "
          f"{spent:.1f} s in assign ({len(articles) / spent:.0f} articles/s)")
    print(f"{'split':15} {'method':10} {'groups':>6} {'arts':>5} {'pair P':>7} {'pair R':>7} {'pair F1':>7} "
          f"{'B3 P':>7} {'B3 R':>7} {'B3 F1':>7}")
    for source, split in [(s, p) for s in args.source or ("all",) for p in args.split or ("dev", "test")]:
        gold = labels[split] if source == "all" else by_source.get(source, {}).get(split, {})
        if not gold:
            continue
        prefix = "" if source == "all" else f"{source} "
        parts = [(prefix + split, set(gold))]
        if args.folds > 1:
            parts += [(f"{prefix}{split}/{k}", {a for a, g in gold.items() if fold_of(g, args.folds) == k})
                      for k in range(args.folds)]
        for part, members in parts:
            n_groups = len({gold[a] for a in members})
            for name, guess in (("clusterer", {a: pred[a] for a in gold}), ("singletons", {a: a for a in gold})):
                pp, pr, pf = pairwise(gold, guess, members)
                bp, br, bf = bcubed(gold, guess, members)
                print(f"{part:15} {name:10} {n_groups:6d} {len(members):5d} {_fmt(pp):>7} {pr:7.3f} {pf:7.3f} "
                      f"{bp:7.3f} {br:7.3f} {bf:7.3f}")
        if args.causes and split == "dev":
            params = story_params(settings, overrides)
            focus, part = set(gold), "dev"
            if args.read_fold is not None:
                k, n = args.read_fold, max(2, args.folds)
                focus, part = {a for a, g in gold.items() if fold_of(g, n) == k}, f"dev/{k}"
            order = {a.article_id: i for i, a in enumerate(articles)}
            causes = error_causes(gold, pred, order, placed, params.threshold, params.drift_threshold, focus)
            print(f"{prefix}{part} wrong pairs by cause: "
                  + (", ".join(f"{c} {n}" for c, n in sorted(causes.items())) or "none"))
        if args.verbose and split == "dev":
            fold = None if args.read_fold is None else (args.read_fold, max(2, args.folds))
            for line in dev_errors(gold, pred, by_id, fold):
                print(line)
    return 0


def dev_errors(gold: dict[str, str], pred: dict[str, str], by_id: dict, fold: tuple[int, int] | None = None
               ) -> list[str]:
    """The lines of ``--verbose``: each dev group split into several stories or sharing one with another
    group, its articles by story, the intruders after a ``+``. With ``fold`` = (k, n), only the groups
    of fold k of n: the errors of one half are read and the other half stays unread, to check on.
    Each article shows its outlet and hour, as most wrong merges are one outlet's look-alikes."""
    def line(a: str) -> str:
        x = by_id[a]
        return f"{x.outlet[:16]} {x.published_at:%Y-%m-%d %H:%M} {x.title[:60]}"

    groups = defaultdict(list)
    for a, g in gold.items():
        if fold is None or fold_of(g, fold[1]) == fold[0]:
            groups[g].append(a)
    out = []
    for g, members in sorted(groups.items()):
        stories = defaultdict(list)
        for a in sorted(members):
            stories[pred[a]].append(a)
        intruders = {s: sorted(o for o in gold if pred[o] == s and gold[o] != g) for s in stories}
        if len(stories) > 1 or any(intruders.values()):
            out.append(f"  dev {g}:")
            for s, arts in stories.items():
                out.append(f"    story {s[:12]}")
                out += [f"      {line(a)}" for a in arts]
                out += [f"    + {line(o)}  [{gold[o]}]" for o in intruders[s]]
    return out


if __name__ == "__main__":
    raise SystemExit(main())
