"""How far a second judge agrees with the gold on "same claim" and "same story", on sampled pairs.

    .venv/bin/python bench/pair_agreement.py sample [--set claim|story] [--part dev|test]
    .venv/bin/python bench/pair_agreement.py score [--disagreements]

``sample`` draws, with the fixed seed below, pairs of rows of ``bench/data/claim_variants.jsonl``
(CLAIM_PAIRS per part) and of labelled articles of ``bench/data/story_groups.jsonl`` (STORY_PAIRS
per part): half gold-same, half gold-different chosen among NEAR pairs (sharing a capitalised name or
at least two content words: a random different pair is trivial). It prints each pair's two texts
(a claim with its speaker and outlet, a story item's outlet, time, title and the start of its text,
loaded from ``../shared`` by the benches' own loaders) in a shuffled order and never the gold, so a
second judge can read them blind. The judgements go to ``bench/data/pairs_second.jsonl`` (pair ids and
pointers, no corpus text).

``score`` reads the gold only then: per set and part, how often the second judge agrees with the gold
(share of pairs, Cohen's kappa), the precision and recall of the second judge's "same" against the
gold's and the reverse, and the same figures for the clusterer's own decision on those pairs (the
claim bench's batch placement, the story bench's stream over the whole corpus), against the gold and
against the second judge. Totals only; ``--disagreements`` lists dev's pairs where the second judge and
the gold differ, with both texts (test's are counted, never listed). The judged pairs are scored by their
own pointers against the gold as it is now, also when a relabel has moved the sampler's draw (it says how
many pairs moved), and ``pairs_second_gold.jsonl`` (the gold each pair was drawn with) gives how many
judged pairs' gold a relabel changed, per set and part (counts only). Beside the score it
prints each set and part's pool: gold-same pairs, near gold-different pairs and their hard stratum
(claims of one event; stories within two days), and how many drawn different pairs are hard (after a
relabel, of the new draw: the judged pairs were drawn on the old labels).

What the sample can and cannot say. Most drawn different pairs are easy: on dev, 34 of the 50 claim
ones are of another event and 24 of the 40 story ones are more than a week apart; a hard stratum (one
event, or within two days) holds 16 and 15 of them. And a pair that is not near is always gold-same,
since only the different pairs are drawn among near ones. So the sample measures agreement on recall
(the gold-same pairs are drawn uniformly) well, and says little on precision: a false-same rate read
on the drawn different pairs stands for the near pool, mostly its easy part, and can be reweighted by
the pool sizes printed, but not for the hard stratum. A sample of hard negatives (one event, within two
days) is left for later; the verdicts in ``pairs_second.jsonl`` stay as they were judged, blind.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import claim_clusters, story_clusters  # noqa: E402

SEED = 20261207
CLAIM_PAIRS = 100
STORY_PAIRS = 80
SECOND = ROOT / "bench" / "data" / "pairs_second.jsonl"
DRAWN_GOLD = ROOT / "bench" / "data" / "pairs_second_gold.jsonl"

_STOP = set("""
about above after again against also among another around because been before being below between both
could does doing down during each from further have having here into itself just last like more most
much must once only other over said says same should since some such than that their them then there
these they this those through under until very were what when where which while will with would year
years your told according people percent million billion week month today yesterday monday tuesday
wednesday thursday friday saturday sunday january february march april june july august september
october november december continue reading""".split())
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def terms(text: str) -> tuple[set[str], set[str]]:
    """(names, content words) of a text: capitalised words not opening a sentence, and lower-cased
    words of four letters or more outside a small stop list; Chinese text gives character bigrams."""
    names, words = set(), set()
    for m in _WORD.finditer(text):
        w = m.group()
        before = text[:m.start()].rstrip()
        opens = not before or before[-1] in ".!?\"'\u201c\u2018"
        if w[0].isupper() and len(w) >= 4 and w.lower() not in _STOP and not opens:
            names.add(w.lower())
        if len(w) >= 4 and w.lower() not in _STOP:
            words.add(w.lower())
    han = "".join(_CJK.findall(text))
    words |= {han[i:i + 2] for i in range(len(han) - 1)}
    return names, words


def near(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """A different pair worth judging (``a``, ``b``: ``terms``): a shared name, or two shared content words."""
    return bool(a[0] & b[0]) or len(a[1] & b[1]) >= 2


@dataclass
class Pool:
    """What one set and part's pairs are drawn from: its gold-same pairs, its near gold-different pairs and
    the hard stratum of those (claims of one event, stories within two days), and how many of the drawn
    different pairs are hard. Most drawn ones are easy, so a false-same rate read on the sample says
    little of the hard stratum; these sizes are what such a rate is reweighted by."""

    same: int
    near: int
    hard: int
    drawn_hard: int


def draw(keys: list, same, hard, text: dict, n: int, rng: random.Random) -> tuple[list[tuple], Pool]:
    """n pairs of ``keys``: half gold-same, half gold-different among the near ones, shuffled together;
    and the pool they come from (``hard``: whether a different pair is in the hard stratum)."""
    pairs = list(combinations(keys, 2))
    read = {k: terms(text[k].split("] ", 1)[-1]) for k in keys}
    pos = [p for p in pairs if same(*p)]
    neg = [p for p in pairs if not same(*p) and near(read[p[0]], read[p[1]])]
    picked = rng.sample(pos, min(n // 2, len(pos)))
    picked += rng.sample(neg, n - len(picked))
    rng.shuffle(picked)
    return picked, Pool(len(pos), len(neg), sum(hard(*p) for p in neg),
                        sum(hard(*p) for p in picked if not same(*p)))


def claim_texts(rows: list[dict]) -> dict[int, str]:
    """Each row's claim as a judge reads it, by its line number: a written row's sentence; a corpus or
    demo row's anchor with the text around it in its item (so its speaker can be read), and its outlet."""
    out = {}
    for n, r in enumerate(rows, 1):
        item = claim_clusters.item_article(r)
        if item is None:
            out[n] = f"[{r['outlet']}] {r['text']}"
        elif r["source"] == "corpus":
            out[n] = f"[{r['outlet']}] {around(item.text, r['anchor'])}"
        else:
            out[n] = f"[{item.outlet}] {around(item.text, r['content'])}"
    return out


def around(body: str, anchor: str, before: int = 160, after: int = 320) -> str:
    """The anchor with the text around it, cut at a sentence or line break where one is near, and the
    claim's start marked with »»."""
    at = body.find(anchor)
    if at < 0:
        return f"{anchor} ... (not found in item)"
    start = max(0, at - before)
    cut = max(body.rfind(". ", start, at), body.rfind("\n", start, at))
    start = cut + 1 if cut >= 0 else start
    # Two claims of one item can share a window: the mark says where this row's claim starts.
    return " ".join((body[start:at] + " \u00bb\u00bb " + body[at:at + len(anchor) + after]).split())


def claim_sample(part: str, rng: random.Random, rows: list[dict], text: dict[int, str]
                 ) -> tuple[list[tuple[int, int]], Pool]:
    keys = [n for n, r in enumerate(rows, 1) if r["split"] == part]
    gold = {n: (rows[n - 1]["event"], rows[n - 1]["claim"]) for n in keys}
    return draw(keys, lambda a, b: gold[a] == gold[b], lambda a, b: gold[a][0] == gold[b][0], text, CLAIM_PAIRS,
                rng)


@lru_cache(maxsize=1)
def story_stream() -> story_clusters.Stream:
    """The story bench's stream, loaded once: the sampler and the scoring of its pairs both read the corpus."""
    return story_clusters.stream()


def story_items() -> list[tuple[dict, str, str]]:
    """[(item pointer, group, split)] of every labelled corpus article, in the label file's order: the sampler
    draws by position, so the drift check holds only in that order (``load_labels`` keeps no pointer)."""
    items = []
    for line in story_clusters.LABELS.read_text().splitlines():
        g = json.loads(line)
        items += [(it, g["group"], g["split"]) for it in g["items"]]
    return items


def story_text(article, chars: int = 400) -> str:
    body = " ".join(article.text.split("\n\n", 1)[-1].split())
    return f"[{article.outlet} {article.published_at:%Y-%m-%d %H:%M}] {article.title} || {body[:chars]}"


def story_sample(part: str, rng: random.Random, items: list, by_key: dict
                 ) -> tuple[list[tuple[int, int]], Pool, dict]:
    keys = [i for i, (_, _, split) in enumerate(items) if split == part]
    at = {i: by_key[story_clusters.item_key(items[i][0])] for i in keys}
    text = {i: story_text(at[i]) for i in keys}

    def hard(a: int, b: int) -> bool:
        # the sixth batch's window: items more than about two days apart are rarely one story
        return abs(at[a].published_at - at[b].published_at) <= timedelta(days=2)

    return *draw(keys, lambda a, b: items[a][1] == items[b][1], hard, text, STORY_PAIRS, rng), text


def sampled() -> tuple[list[dict], dict[tuple[str, str], Pool]]:
    """Every sampled pair, in a fixed order, with its id, pointers and both texts (never the gold); and each
    set and part's pool, for ``score`` only."""
    rng = random.Random(SEED)
    out, pools = [], {}
    rows = claim_clusters.load()
    text = claim_texts(rows)
    for part in ("dev", "test"):
        pairs, pools["claim", part] = claim_sample(part, rng, rows, text)
        for k, (a, b) in enumerate(pairs, 1):
            out.append({"set": "claim", "part": part, "pair": f"claim-{part}-{k:03d}", "a": a, "b": b,
                        "text_a": text[a], "text_b": text[b]})
    items, by_key = story_items(), story_stream().by_key
    for part in ("dev", "test"):
        pairs, pools["story", part], text = story_sample(part, rng, items, by_key)
        for k, (a, b) in enumerate(pairs, 1):
            out.append({"set": "story", "part": part, "pair": f"story-{part}-{k:03d}",
                        "a": items[a][0], "b": items[b][0], "text_a": text[a], "text_b": text[b]})
    return out, pools


@dataclass
class Judged:
    """One sampled pair as scored: the gold's, the second judge's and the clusterer's decision."""

    pair: str
    set: str
    part: str
    gold: bool
    second: bool
    clusterer: bool
    reason: str = ""


def agreement(decisions: list[tuple[bool, bool]]) -> dict[str, float]:
    """How far ``other`` agrees with ``reference`` over (reference, other) same-or-not decisions: the share
    of pairs agreed, Cohen's kappa (agreement beyond what the two "same" rates give by chance), and the
    precision and recall of other's "same" against reference's (the reverse is the two swapped)."""
    n = len(decisions)
    both = sum(r and o for r, o in decisions)
    ref_same, other_same = sum(r for r, _ in decisions), sum(o for _, o in decisions)
    agree = sum(r == o for r, o in decisions) / n if n else 0.0
    chance = (ref_same * other_same + (n - ref_same) * (n - other_same)) / n / n if n else 0.0
    return {"pairs": n, "agree": agree, "kappa": (agree - chance) / (1 - chance) if chance < 1 else 1.0,
            "precision": both / other_same if other_same else 1.0,
            "recall": both / ref_same if ref_same else 1.0}


def table_lines(judged: list[Judged]) -> list[str]:
    """The side-by-side table: per set and part, the second judge and the clusterer against the gold,
    and the clusterer against the second judge."""
    lines = [f"{'set':6}{'part':6}{'who':24}{'pairs':>6}{'same':>6}{'agree':>7}{'kappa':>7}"
             f"{'P':>7}{'R':>7}{'rev P':>7}{'rev R':>7}"]
    for kind in ("claim", "story"):
        for part in ("dev", "test"):
            rows = [j for j in judged if j.set == kind and j.part == part]
            if not rows:
                continue
            lines.append(f"{kind:6}{part:6}{'gold':24}{len(rows):6d}{sum(j.gold for j in rows):6d}")
            for who, pairs in (("second vs gold", [(j.gold, j.second) for j in rows]),
                               ("clusterer vs gold", [(j.gold, j.clusterer) for j in rows]),
                               ("clusterer vs second", [(j.second, j.clusterer) for j in rows])):
                a = agreement(pairs)
                lines.append(f"{kind:6}{part:6}{who:24}{a['pairs']:6d}{sum(o for _, o in pairs):6d}"
                             f"{a['agree']:7.3f}{a['kappa']:7.3f}{a['precision']:7.3f}{a['recall']:7.3f}"
                             f"{a['recall']:7.3f}{a['precision']:7.3f}")
    return lines


def pool_lines(pools: dict[tuple[str, str], Pool], redrawn: bool) -> list[str]:
    """Each set and part's pool beside the score: a rate read on the drawn different pairs stands for the
    near pool, and mostly for its easy part (the hard stratum is named, with how many of it were drawn).
    ``redrawn``: a relabel moved the draw, so its count is the new draw's, not the judged pairs'."""
    stratum = {"claim": "of one event", "story": "within 2 days"}
    drawn = "the new draw's different pairs (not the judged ones)" if redrawn else "the drawn different pairs"
    return [f"{kind} {part} pool: {p.same} gold-same pairs; {p.near} near gold-different, {p.hard} of them "
            f"{stratum[kind]}; {p.drawn_hard} of {drawn} are {stratum[kind]}"
            for (kind, part), p in pools.items()]


def count_lines(judged: list[Judged]) -> list[str]:
    """Per set and part, how the second judge and the gold differ: counts only, so test's pairs stay unread."""
    lines = []
    for kind in ("claim", "story"):
        for part in ("dev", "test"):
            rows = [j for j in judged if j.set == kind and j.part == part]
            extra = sum(j.second and not j.gold for j in rows)
            missed = sum(j.gold and not j.second for j in rows)
            lines.append(f"{kind} {part}: second says same, gold different {extra}; gold same, second different "
                         f"{missed}")
    return lines


def load_second() -> list[dict]:
    return [json.loads(line) for line in SECOND.read_text().splitlines() if line.strip()]


def claim_decisions(second: list[dict]) -> dict[str, tuple[bool, bool]]:
    """{pair: (gold, clusterer)} of the claim pairs: each part placed as one batch, as the claim bench does."""
    from newsradar.claim_match import MatchParams

    rows = claim_clusters.load()
    extracted = claim_clusters.extract(rows)
    assigned = {}
    for part in ("dev", "test"):
        assigned.update(claim_clusters.cluster([r for r in extracted if r.split == part], MatchParams()))
    out = {}
    for p in second:
        if p["set"] == "claim":
            a, b = rows[p["a"] - 1], rows[p["b"] - 1]
            # a row is its line number; claim_clusters numbers rows from 0
            out[p["pair"]] = ((a["event"], a["claim"]) == (b["event"], b["claim"]),
                              assigned[p["a"] - 1] == assigned[p["b"] - 1])
    return out


def story_decisions(second: list[dict]) -> dict[str, tuple[bool, bool]]:
    """{pair: (gold, clusterer)} of the story pairs: the whole corpus and the written items streamed through
    the story clusterer as the story bench streams them by default."""
    from newsradar.settings import get_settings

    settings = get_settings()
    s = story_stream()
    pred, _ = story_clusters.cluster(list(zip(s.articles, story_clusters.enrich(s.articles, settings))), settings,
                                     settings.enrich.chunk_size, {})
    group = {a: g for split in s.by_source["corpus"].values() for a, g in split.items()}
    out = {}
    for p in second:
        if p["set"] == "story":
            a, b = (s.by_key[story_clusters.item_key(it)].article_id for it in (p["a"], p["b"]))
            out[p["pair"]] = (group[a] == group[b], pred[a] == pred[b])
    return out


def drifted(second: list[dict], drawn: list[dict]) -> list[str]:
    """The pairs whose pointers in the verdicts are not the ones the sampler draws now (or that only one
    side has): a relabelled row moves the draw, so these are scored as judged, by their own pointers."""
    judged = {p["pair"]: (p["a"], p["b"]) for p in second}
    now = {p["pair"]: (p["a"], p["b"]) for p in drawn}
    return sorted(k for k in judged.keys() | now.keys() if judged.get(k) != now.get(k))


def load_drawn_gold() -> dict[str, bool]:
    """{pair: gold same} as each judged pair was drawn (the labels of the verdicts' day), so that a relabel's
    effect on the sample can be counted."""
    return {p["pair"]: p["gold"] == "same" for p in map(json.loads, DRAWN_GOLD.read_text().splitlines())}


def gold_change_lines(judged: list[Judged], drawn_gold: dict[str, bool]) -> list[str]:
    """Per set and part, how many judged pairs' gold differs from the gold they were drawn with: counts only."""
    lines = []
    for kind in ("claim", "story"):
        for part in ("dev", "test"):
            rows = [j for j in judged if j.set == kind and j.part == part]
            split = sum(drawn_gold[j.pair] and not j.gold for j in rows)
            joined = sum(j.gold and not drawn_gold[j.pair] for j in rows)
            lines.append(f"{kind} {part}: gold changed since the draw on {split + joined} of {len(rows)} judged pairs "
                         f"(same to different {split}, different to same {joined})")
    return lines


def judged_texts(second: list[dict]) -> dict[str, tuple[str, str]]:
    """{pair: (text a, text b)} of the judged pairs by their own pointers, as the sampler shows a pair."""
    rows = claim_clusters.load()
    claim = claim_texts(rows)
    by_key = story_stream().by_key
    out = {}
    for p in second:
        if p["set"] == "claim":
            out[p["pair"]] = claim[p["a"]], claim[p["b"]]
        else:
            out[p["pair"]] = tuple(story_text(by_key[story_clusters.item_key(p[side])]) for side in ("a", "b"))
    return out


def score(disagreements: bool) -> int:
    second = load_second()
    drawn, pools = sampled()
    # The verdicts are kept as judged; relabelled rows move the draw, so each pair is scored by its own
    # pointers (row numbers and items are stable) against the gold as it is now.
    if moved := drifted(second, drawn):
        print(f"{len(moved)} judged pairs are no longer what the sampler draws (labels changed since the "
              f"verdicts); each is scored as judged, against the gold now")
    decided = {**claim_decisions(second), **story_decisions(second)}
    judged = []
    for p in second:
        gold, clusterer = decided[p["pair"]]
        judged.append(Judged(p["pair"], p["set"], p["part"], gold, p["second"] == "same", clusterer, p["reason"]))
    print("\n".join(table_lines(judged)))
    print("\n".join(pool_lines(pools, bool(moved))))
    print("\n".join(count_lines(judged)))
    print("\n".join(gold_change_lines(judged, load_drawn_gold())))
    if disagreements:
        text = judged_texts(second)
        for j in judged:
            if j.part == "dev" and j.gold != j.second:
                a, b = text[j.pair]
                print(f"{j.pair} gold {'same' if j.gold else 'different'}, second {'same' if j.second else 'different'}"
                      f" ({j.reason}), clusterer {'same' if j.clusterer else 'different'}\n  A: {a}\n  B: {b}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("command", choices=("sample", "score"))
    ap.add_argument("--set", choices=("claim", "story"), help="with sample: print only this set's pairs")
    ap.add_argument("--part", choices=("dev", "test"), help="with sample: print only this part's pairs")
    ap.add_argument("--disagreements", action="store_true",
                    help="with score: list dev's pairs where the second judge and the gold differ (never test's)")
    args = ap.parse_args(argv)
    if args.command == "score":
        return score(args.disagreements)
    for p in sampled()[0]:
        if (args.set or p["set"]) == p["set"] and (args.part or p["part"]) == p["part"]:
            print(f"{p['pair']}\n  A: {p['text_a']}\n  B: {p['text_b']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
