"""Claim clustering and source kinds, scored on bench/data/claim_variants.jsonl (test, with dev beside it).

    .venv/bin/python bench/claim_clusters.py [--verbose] [--dev-only]

Rows are written sentences, demo claims and claims of real corpus items
(``../shared/corpus/feeds``, pointed at by file, guid and the first words of the claim).
Each row's claim is extracted by the real pipeline (spaCy, the claim extractor and
the provenance classifier), then the rows of one part are placed as one batch of
``consumers.enricher.claim_clusters`` with nothing stored before it
(``newsradar.claim_match.place``: claims that ``same_claim`` accepts form one cluster, and
claims of one article that ``newsradar.restatements`` links, as the enricher passes them). The
story id is the row's event: the story clusterer's job, scored by
``bench/story_clusters.py``, not here. Each part is placed again in reverse order: the
clusters must be the same.

Printed: pairwise precision and recall over all pairs of rows in the part (a pair is
positive when both rows have the same event and claim), B-cubed F1, and source-kind
accuracy (a row whose claim the extractor misses counts as wrong). The baseline
clusters by raw word Jaccard >= 0.5 with no speaker, story or entity signal.
Dev is also scored in two halves (``dev-a``, ``dev-b``: the event hash's second bit, so an
event stays in one half): how far the halves differ is how much a figure moves on text
not seen. ``--dev-only`` scores and prints dev and its halves alone, for tuning sessions
that must not see test.
``--verbose`` lists dev errors only, each wrong pair with every signal matching reads (speakers,
shared terms and entities, numbers): test errors are never shown, so nothing is tuned on them.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsradar.claim_match import (  # noqa: E402
    ClaimSignature, Fresh, MatchParams, place, signature, similarity, speakers_compatible)
from newsradar.restatements import restatement_links  # noqa: E402
from newsradar.schema import Article, Claim, article_id_for  # noqa: E402

DATA = ROOT / "bench" / "data" / "claim_variants.jsonl"
DEMO = ROOT / "demo" / "stories.yaml"
TARGETS = {"precision": 0.90, "recall": 0.80, "kind accuracy": 0.85}


@dataclass
class Row:
    n: int
    event: str
    claim: str
    kind: str
    split: str
    text: str
    sig: ClaimSignature | None = None
    predicted_kind: str | None = None
    content: str = ""
    speaker: str = ""
    extracted: Claim | None = None
    # Which article the claim is of and its place among that article's claims, for the links
    # ``newsradar.restatements`` reads from an article's structure; None for a written sentence.
    item: tuple[str, str] | None = None
    ordinal: int = -1


def expected_split(row: dict) -> str:
    if row.get("source") == "demo":
        return "dev"
    return "test" if int(hashlib.sha256(row["event"].encode()).hexdigest(), 16) % 2 == 0 else "dev"


def dev_half(event: str) -> str:
    """Which half of dev an event falls in: the hash's second bit (the first decides the split)."""
    return "dev-a" if (int(hashlib.sha256(event.encode()).hexdigest(), 16) >> 1) % 2 == 0 else "dev-b"


def parts_of(rows: list, dev_only: bool) -> dict[str, list]:
    """The parts scored, by name: test (unless ``dev_only``), dev and dev's two halves."""
    dev = [r for r in rows if r.split == "dev"]
    parts = {} if dev_only else {"test": [r for r in rows if r.split == "test"]}
    parts["dev"] = dev
    for half in ("dev-a", "dev-b"):
        parts[half] = [r for r in dev if dev_half(r.event) == half]
    return parts


def load() -> list[dict]:
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    for i, r in enumerate(rows, 1):
        if r.get("split") != expected_split(r):
            raise SystemExit(f"{DATA}:{i}: split {r.get('split')!r} disagrees with the rule ({expected_split(r)})")
    return rows


_FEEDS: dict[str, dict] = {}
_DEMO: dict[str, Article] = {}
_ENRICHED: dict[tuple[str, str], list] = {}
# Per article: the pairs of its claims' ordinals that its structure shows to be one statement.
_LINKS: dict[tuple[str, str], set[tuple[int, int]]] = {}


def item_article(r: dict) -> Article | None:
    """The whole item a corpus or demo row points into, built once per item; None for a written row."""
    from bench.extract_quality import feed_articles

    if r.get("source") == "corpus":
        if r["file"] not in _FEEDS:
            _FEEDS[r["file"]] = feed_articles(r["file"])
        key = item_key(r)[1]
        if key not in _FEEDS[r["file"]]:
            raise SystemExit(f"{DATA}: {r['event']}/{r['claim']}: no item {key!r} in {r['file']}")
        return _FEEDS[r["file"]][key]
    if r.get("source") == "demo":
        if not _DEMO:
            stories = yaml.safe_load(DEMO.read_text())["stories"]
            now = datetime.now(UTC)
            for s in stories:
                url = f"https://demo.example/{s['slug']}"
                _DEMO[s["slug"]] = Article(
                    article_id=article_id_for(url), url=url, canonical_url=url, outlet=s["outlet"], feed_id="demo",
                    feed_url=url, title=s["title"], summary=s.get("summary", ""), body=s["body"], published_at=now,
                    fetched_at=now, content_hash="-")
        return _DEMO[r["slug"]]
    return None


def item_key(r: dict) -> tuple[str, str]:
    """The item a demo or corpus row points into: ("demo", slug), or its feed file and guid (its link without one)."""
    return ("demo", r["slug"]) if r.get("source") == "demo" else (r["file"], r.get("guid") or r["link"])


def item_claims(r: dict, extractor) -> list:
    """The claims of the whole demo or corpus item a row points at, extracted once per item."""
    key = item_key(r)
    if key not in _ENRICHED:
        article = item_article(r)
        _ENRICHED[key] = extractor.enrich([article])[0].claims
        _LINKS[key] = set(restatement_links(_ENRICHED[key], article.text))
    return _ENRICHED[key]


def extract(rows: list[dict]) -> list[Row]:
    from consumers.enricher.nlp.pipeline import Extractor

    extractor = Extractor()
    out = []
    for n, r in enumerate(rows):
        if r.get("source") in ("demo", "corpus"):
            item, every = item_key(r), item_claims(r, extractor)
            text = r["content"] if r["source"] == "demo" else r["anchor"]
            claims = [c for c in every if c.content.startswith(text)]
        else:
            claims = extractor.extract_text(r["text"]).claims
            text = r["text"]
        row = Row(n, r["event"], r["claim"], r["kind"], r["split"], text)
        if claims:
            c = claims[0]
            row.extracted = c
            if r.get("source") in ("demo", "corpus"):
                row.item, row.ordinal = item, every.index(c)
            row.sig, row.predicted_kind, row.content = signature(c, r["event"]), c.source_kind, c.content
            row.speaker = f"{c.speaker or '-'} [{c.speaker_type}{'=' + c.speaker_resolved if c.speaker_resolved else ''}]"
        out.append(row)
    return out


def cluster(rows: list[Row], params: MatchParams) -> dict[int, int]:
    """The part as one batch of the enricher's, with nothing stored before it (``claim_match.place``)."""
    placed = [r for r in rows if r.sig is not None]
    at = {(r.item, r.ordinal): i for i, r in enumerate(placed) if r.item}
    links = [(at[(item, i)], at[(item, j)]) for item, pairs in _LINKS.items() for i, j in sorted(pairs)
             if (item, i) in at and (item, j) in at]
    ids = place([Fresh(str(r.n), 0.0, r.sig) for r in placed], [[] for _ in placed], int, params, links)
    by_row = {r.n: ids[i] for i, r in enumerate(placed)}
    return {r.n: by_row.get(r.n, r.n) for r in rows}


def partition(assigned: dict[int, int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for n, c in assigned.items():
        groups.setdefault(c, set()).add(n)
    return {frozenset(g) for g in groups.values()}


def cluster_online(rows: list[Row], same) -> dict[int, int]:
    """Online, in order: each row joins its best earlier match's cluster, else starts its own."""
    assigned: dict[int, int] = {}
    for i, row in enumerate(rows):
        matches = [(score, j) for j in range(i) if (score := same(rows[j], row)) is not None]
        assigned[row.n] = assigned[rows[max(matches)[1]].n] if matches else row.n
    return assigned


_WORDS = re.compile(r"[a-z]+")


def baseline(a: Row, b: Row):
    wa, wb = set(_WORDS.findall((a.content or a.text).lower())), set(_WORDS.findall((b.content or b.text).lower()))
    score = len(wa & wb) / len(wa | wb) if wa | wb else 0.0
    return score if score >= 0.5 else None


def scores(rows: list[Row], assigned: dict[int, int]) -> dict[str, float]:
    tp = fp = fn = 0
    gold = {r.n: (r.event, r.claim) for r in rows}
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            same_gold, same_pred = gold[a.n] == gold[b.n], assigned[a.n] == assigned[b.n]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    b3p = b3r = 0.0
    for a in rows:
        pred = {b.n for b in rows if assigned[b.n] == assigned[a.n]}
        true = {b.n for b in rows if gold[b.n] == gold[a.n]}
        b3p += len(pred & true) / len(pred)
        b3r += len(pred & true) / len(true)
    b3p, b3r = b3p / len(rows), b3r / len(rows)
    return {"pairs": tp + fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "b3 f1": 2 * b3p * b3r / (b3p + b3r) if b3p + b3r else 0.0,
            "kind accuracy": sum(r.predicted_kind == r.kind for r in rows) / len(rows),
            "extracted": sum(r.sig is not None for r in rows) / len(rows)}


def explain(label: str, a: Row, b: Row) -> str:
    """A dev error with every signal matching reads, so a pattern can be seen across errors."""
    head = f"{label} {a.event}: {a.claim} | {b.claim}"
    if a.sig is None or b.sig is None:
        return f"{head}: not extracted"
    sa, sb = a.sig, b.sig
    shared = sa.terms & sb.terms
    dice = 2 * len(shared) / (len(sa.terms) + len(sb.terms)) if sa.terms and sb.terms else 0.0
    contain = len(shared) / min(len(sa.terms), len(sb.terms)) if sa.terms and sb.terms else 0.0
    lines = [f"{head}: sim {similarity(sa, sb):.2f} dice {dice:.2f} contain {contain:.2f}"
             f" speakers {'ok' if speakers_compatible(sa, sb) else 'NO'}",
             f"   shared terms {sorted(shared)} entities {sorted(sa.entities & sb.entities)}"]
    for r in (a, b):
        lines.append(f"   [{r.sig.speaker_kind}/{r.sig.speaker_key or '-'}] {r.speaker} :: {r.content[:150]}"
                     f" || ents {sorted(r.sig.entities)} nums {list(r.sig.numbers)}")
    return "\n".join(lines)


def table_lines(table: dict[tuple[str, str], dict[str, float]], names: list[str]) -> list[str]:
    """The scores as printed: one column per part, the target judged on test when test is shown."""
    lines = [f"{'':<12}{'metric':<15}" + "".join(f"{n:>8}" for n in names)
             + ("  target (test)" if "test" in names else "")]
    for name in ("NewsRadar", "baseline"):
        for metric in ("pairs", "precision", "recall", "b3 f1", "kind accuracy", "extracted"):
            if name == "baseline" and metric in ("kind accuracy", "extracted"):
                continue
            values = [table[(name, n)][metric] for n in names]
            cells = "".join(f"{v:>8d}" if metric == "pairs" else f"{v:>8.3f}" for v in values)
            target = ""
            if name == "NewsRadar" and metric in TARGETS and "test" in names:
                met = table[(name, "test")][metric] >= TARGETS[metric]
                target = f"  >= {TARGETS[metric]:.2f}: {'met' if met else 'missed'}"
            lines.append(f"{name:<12}{metric:<15}{cells}{target}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--verbose", action="store_true", help="list the dev part's errors (never the test part's)")
    ap.add_argument("--dev-only", action="store_true", help="score and print dev and its halves only, never test")
    args = ap.parse_args(argv)
    rows = extract([r for r in load() if not args.dev_only or r["split"] == "dev"])
    parts = parts_of(rows, args.dev_only)
    table = {}
    for split, part in parts.items():
        table[("NewsRadar", split)] = scores(part, cluster(part, MatchParams()))
        table[("baseline", split)] = scores(part, cluster_online(part, baseline))
    print(f"claim clusters on {DATA.relative_to(ROOT)}: " + ", ".join(f"{n} {len(p)} rows" for n, p in parts.items()))
    print("\n".join(table_lines(table, list(parts))))
    # Arrival order must not decide clusters: the same claims in reverse give the same partition.
    for split in [n for n in ("test", "dev") if n in parts]:
        part = parts[split]
        stable = partition(cluster(part, MatchParams())) == partition(cluster(part[::-1], MatchParams()))
        print(f"{split}: same clusters in reverse arrival order: {'yes' if stable else 'NO'}")
    if args.verbose:
        dev = parts["dev"]
        assigned = cluster(dev, MatchParams())
        for r in dev:
            if r.predicted_kind != r.kind:
                print(f"kind  {r.event}/{r.claim}: gold {r.kind}, got {r.predicted_kind}: {r.text[:90]}")
        for i, a in enumerate(dev):
            for b in dev[i + 1:]:
                g, p = (a.event, a.claim) == (b.event, b.claim), assigned[a.n] == assigned[b.n]
                if g != p:
                    print(explain("FN" if g else "FP", a, b))
    # A missed target is a result, shown in the table; only a bench that cannot measure exits non-zero.
    return 0


if __name__ == "__main__":
    sys.exit(main())
