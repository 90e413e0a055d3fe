"""How far a second judge agrees with the gold on "same claim" and "same story", on sampled pairs.

    .venv/bin/python bench/pair_agreement.py sample [--stratum near|hard] [--set claim|story] [--part dev|test]
    .venv/bin/python bench/pair_agreement.py score [--stratum near|hard] [--disagreements]

``sample`` draws, with the fixed seed SEED, pairs of rows of ``bench/data/claim_variants.jsonl``
(CLAIM_PAIRS per part) and of labelled articles of ``bench/data/story_groups.jsonl``
(STORY_PAIRS per part): half gold-same, half gold-different chosen among NEAR pairs (sharing a capitalised name or
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
prints each set and part's pool, on the labels now: gold-same pairs, near gold-different pairs and how many of
those are close (claims of one event, stories both dated and within HARD_WINDOW), and how many of the judged pairs
that are gold-different now are close, by their own pointers.

What the sample can and cannot say. Most drawn different pairs are easy: on dev at the draw, 34 of the 50
claim ones were of another event and 24 of the 40 story ones more than a week apart; 16 and 15 of them were
close. And a pair that is not near is always gold-same,
since only the different pairs are drawn among near ones. So the sample measures agreement on recall
(the gold-same pairs are drawn uniformly) well, and says little on precision: a false-same rate read
on the drawn different pairs stands for the near pool, mostly its easy part, and can be reweighted by
the pool sizes printed, but not for the close pairs. The verdicts in ``pairs_second.jsonl`` stay as they
were judged, blind.

Words. **near**: two texts (outlet tag left out) share a capitalised name not opening a sentence, or two content
words (``near``). **close**: a near gold-different pair of one event (claims), or of two dated story items within
HARD_WINDOW. **the hard stratum**: claim pairs of one event, near or not; near story pairs within HARD_WINDOW, dated
or not.

``--stratum hard`` samples the **hard stratum** (``bench/data/pairs_hard.jsonl``): per part HARD_CLAIM_PAIRS claim
pairs of one event, near or not, and HARD_STORY_PAIRS story pairs within HARD_WINDOW that are near (for stories the
near sample's close pairs; for claims more than its close ones, which are near only), a quarter of them gold-same
(so the judge cannot know every pair is different) and the rest gold-different, the claim negatives sharing a name
or a figure drawn first; same seed, loaders and near rule. The window, HARD_WINDOW, is the draw's own choice (the
sample was drawn and judged with it), not decision 9's 60-hour bound of a story's gold: reading that bound would
move the draw under the verdicts. Its ``score`` prints, beside the table, which way the judge and the gold differ,
the clusterer's false-same rate on the gold's and on the judge's different pairs, and its pairwise precision on the
stratum's pool: against the judge, estimated from the draw on the sub-pool it was drawn from (each drawn pair
weighted by its gold stratum's sub-pool size over its drawn count: for claims the gold-same pairs and the negatives
sharing a name or a figure), and exact against the gold on the whole pool and on the whole part (an estimate against
the gold would only be a biased copy of the exact figure). Story pairs with an item whose feed gave no date
(``published_at_estimated``: every Korea Times item, a few others) are read apart as "story undated": their fetch
time says nothing of the window. The judged pairs beside each pool are counted on the gold now (what the estimate
weighs) and at the draw (``pairs_hard_gold.jsonl``). Both strata are scored one way: the judged pairs by their own
pointers against the gold now, with the count of the pairs whose gold a relabel changed since the draw; in the hard
stratum, claim pairs a relabel put in two events are counted and left out of its rates, and after a relabel the
pools are the new labels' (the judged pairs were drawn on the old ones). Where the clusterer joins no pair across
the stratum's bound (claims of two events), the pool's exact precision is the whole part's.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, replace
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
HARD_CLAIM_PAIRS = 50
HARD_STORY_PAIRS = 40
HARD = ROOT / "bench" / "data" / "pairs_hard.jsonl"
# The story pairs close enough in time to be drawn as hard: the draw's choice, kept at the 48 hours the verdicts
# were drawn with (decision 9's 60 hours bounds a story's gold, not which of its negatives are drawn).
HARD_WINDOW_HOURS = 48
HARD_WINDOW = timedelta(hours=HARD_WINDOW_HOURS)
VERDICTS = {"near": SECOND, "hard": HARD}
# the gold each stratum's judged pairs were drawn with, so a relabel's effect on them can be counted
DRAWN_GOLD = {"near": ROOT / "bench" / "data" / "pairs_second_gold.jsonl",
              "hard": ROOT / "bench" / "data" / "pairs_hard_gold.jsonl"}

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


def content(text: str) -> str:
    """A judge's text without its leading ``[outlet ...]`` tag: one feed's tag would link any two of its items."""
    return text.split("] ", 1)[-1]


def near(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """A different pair worth judging (``a``, ``b``: ``terms``): a shared name, or two shared content words."""
    return bool(a[0] & b[0]) or len(a[1] & b[1]) >= 2


@dataclass
class Pool:
    """What one set and part's pairs are drawn from: its gold-same pairs, its near gold-different pairs and
    how many of those are close (claims of one event, stories dated and within HARD_WINDOW). Most drawn ones are easy,
    so a false-same rate read on the sample says little of the close ones; these sizes are what such a rate
    is reweighted by."""

    same: int
    near: int
    close: int


def draw(keys: list, same, close, text: dict, n: int, rng: random.Random) -> tuple[list[tuple], Pool]:
    """n pairs of ``keys``: half gold-same, half gold-different among the near ones, shuffled together;
    and the pool they come from (``close``: whether a pair is of one event or within the window)."""
    pairs = list(combinations(keys, 2))
    read = {k: terms(content(text[k])) for k in keys}
    pos = [p for p in pairs if same(*p)]
    neg = [p for p in pairs if not same(*p) and near(read[p[0]], read[p[1]])]
    picked = rng.sample(pos, min(n // 2, len(pos)))
    picked += rng.sample(neg, n - len(picked))
    rng.shuffle(picked)
    return picked, Pool(len(pos), len(neg), sum(close(*p) for p in neg))


@dataclass
class HardPool:
    """The hard stratum's pairs of one set and part (claims of one event; stories within HARD_WINDOW and near), by
    gold: the drawn pairs stand for these, so a rate read on the draw is reweighted by their sizes."""

    same: list[tuple]
    different: list[tuple]
    preferred: int


_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")


def shares_name_or_number(a: str, b: str) -> bool:
    """Whether two judge's texts share a capitalised name or a figure: within one event, the claims an
    editor could take for one."""
    a, b = content(a), content(b)
    return bool(terms(a)[0] & terms(b)[0]) or bool(set(_NUMBER.findall(a)) & set(_NUMBER.findall(b)))


def draw_hard(keys: list, same, hard, prefer, n: int, rng: random.Random) -> tuple[list[tuple], HardPool]:
    """n pairs of ``keys`` in the hard stratum (``hard``), shuffled together: a quarter gold-same, so a judge
    cannot know every pair is different, and the rest gold-different, those that ``prefer`` first."""
    pairs = [p for p in combinations(keys, 2) if hard(*p)]
    pos = [p for p in pairs if same(*p)]
    neg = [p for p in pairs if not same(*p)]
    first = [p for p in neg if prefer(*p)]
    picked = rng.sample(pos, min(n // 4, len(pos)))
    wanted = n - len(picked)
    negs = rng.sample(first, min(wanted, len(first)))
    negs += rng.sample([p for p in neg if not prefer(*p)], wanted - len(negs))
    picked += negs
    rng.shuffle(picked)
    return picked, HardPool(pos, neg, len(first))


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


def claim_sample(part: str, rng: random.Random, rows: list[dict], text: dict[int, str], stratum: str = "near"
                 ) -> tuple[list[tuple[int, int]], Pool | HardPool]:
    keys = [n for n, r in enumerate(rows, 1) if r["split"] == part]
    gold = {n: (rows[n - 1]["event"], rows[n - 1]["claim"]) for n in keys}

    def same(a: int, b: int) -> bool:
        return gold[a] == gold[b]

    def one_event(a: int, b: int) -> bool:
        return gold[a][0] == gold[b][0]

    if stratum == "hard":
        return draw_hard(keys, same, one_event, lambda a, b: shares_name_or_number(text[a], text[b]),
                         HARD_CLAIM_PAIRS, rng)
    return draw(keys, same, one_event, text, CLAIM_PAIRS, rng)


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


def within_window(a, b) -> bool:
    """Whether two articles are within HARD_WINDOW of each other: items further apart are rarely one story."""
    return abs(a.published_at - b.published_at) <= HARD_WINDOW


def dated_within_window(a, b) -> bool:
    """Whether two articles are known to be within HARD_WINDOW: both dated by their feeds, and that close. An undated
    item's time is the corpus's fetch time, so a pair with one is no close pair, only a pair fetched together."""
    return not (a.published_at_estimated or b.published_at_estimated) and within_window(a, b)


def story_text(article, chars: int = 400) -> str:
    body = " ".join(article.text.split("\n\n", 1)[-1].split())
    return f"[{article.outlet} {article.published_at:%Y-%m-%d %H:%M}] {article.title} || {body[:chars]}"


def story_sample(part: str, rng: random.Random, items: list, by_key: dict, stratum: str = "near"
                 ) -> tuple[list[tuple[int, int]], Pool | HardPool, dict]:
    keys = [i for i, (_, _, split) in enumerate(items) if split == part]
    at = {i: by_key[story_clusters.item_key(items[i][0])] for i in keys}
    text = {i: story_text(at[i]) for i in keys}

    def same(a: int, b: int) -> bool:
        return items[a][1] == items[b][1]

    if stratum == "hard":
        read = {k: terms(content(text[k])) for k in keys}
        # undated pairs stay in the hard draw, as it was judged: its score reads them apart
        picked, pool = draw_hard(keys, same, lambda a, b: within_window(at[a], at[b]) and near(read[a], read[b]),
                                 lambda a, b: True, HARD_STORY_PAIRS, rng)
        # the pool is scored by item pointer, as the verdicts are
        point = [[(items[a][0], items[b][0]) for a, b in pairs] for pairs in (pool.same, pool.different)]
        return picked, HardPool(*point, pool.preferred), text
    return *draw(keys, same, lambda a, b: dated_within_window(at[a], at[b]), text, STORY_PAIRS, rng), text


def sampled(stratum: str = "near") -> tuple[list[dict], dict[tuple[str, str], Pool | HardPool]]:
    """Every sampled pair of the stratum (near: pairs_second's; hard: pairs_hard's), in a fixed order, with its
    id, pointers and both texts (never the gold); and each set and part's pool, for ``score`` only."""
    rng = random.Random(SEED)
    out, pools = [], {}
    rows = claim_clusters.load()
    text = claim_texts(rows)
    prefix = "hard-" if stratum == "hard" else ""
    for part in ("dev", "test"):
        pairs, pools["claim", part] = claim_sample(part, rng, rows, text, stratum)
        for k, (a, b) in enumerate(pairs, 1):
            out.append({"set": "claim", "part": part, "pair": f"{prefix}claim-{part}-{k:03d}", "a": a, "b": b,
                        "text_a": text[a], "text_b": text[b]})
    items, by_key = story_items(), story_stream().by_key
    for part in ("dev", "test"):
        pairs, pools["story", part], text = story_sample(part, rng, items, by_key, stratum)
        for k, (a, b) in enumerate(pairs, 1):
            out.append({"set": "story", "part": part, "pair": f"{prefix}story-{part}-{k:03d}",
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


def by_set_and_part(judged: list[Judged]):
    """(set, part, its judged pairs) of claim and story, dev and test, in print order, a set and part with no
    pair too."""
    for kind in ("claim", "story"):
        for part in ("dev", "test"):
            yield kind, part, [j for j in judged if j.set == kind and j.part == part]


def table_lines(judged: list[Judged]) -> list[str]:
    """The side-by-side table: per set and part, the second judge and the clusterer against the gold,
    and the clusterer against the second judge."""
    lines = [f"{'set':6}{'part':6}{'who':24}{'pairs':>6}{'same':>6}{'agree':>7}{'kappa':>7}"
             f"{'P':>7}{'R':>7}{'rev P':>7}{'rev R':>7}"]
    for kind, part, rows in by_set_and_part(judged):
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


def pool_lines(pools: dict[tuple[str, str], Pool], judged: list[Judged], close: set[str]) -> list[str]:
    """Each set and part's pool beside the score: a rate read on the drawn different pairs stands for the
    near pool, and mostly for its easy part; how many of the pool's and of the judged pairs' gold-different ones
    are close (``close``: the judged pairs' ids that are), both on the labels now."""
    window = {"claim": "of one event", "story": f"within {HARD_WINDOW_HOURS} hours"}
    lines = []
    for (kind, part), p in pools.items():
        different = [j.pair for j in judged if j.set == kind and j.part == part and not j.gold]
        lines.append(f"{kind} {part} pool: {p.same} gold-same pairs; {p.near} near gold-different, {p.close} of them "
                     f"{window[kind]}; {sum(k in close for k in different)} of the {len(different)} judged pairs "
                     f"gold-different now are {window[kind]}")
    return lines


def differences(rows: list[Judged]) -> tuple[int, int]:
    """(second judge "same" where the gold says different, gold "same" where the second judge says different)."""
    return sum(j.second and not j.gold for j in rows), sum(j.gold and not j.second for j in rows)


def count_lines(judged: list[Judged]) -> list[str]:
    """Per set and part, how the second judge and the gold differ: counts only, so test's pairs stay unread."""
    lines = []
    for kind, part, rows in by_set_and_part(judged):
        extra, missed = differences(rows)
        lines.append(f"{kind} {part}: second says same, gold different {extra}; gold same, second different {missed}")
    return lines


def load_second(stratum: str = "near") -> list[dict]:
    return [json.loads(line) for line in VERDICTS[stratum].read_text().splitlines() if line.strip()]


@lru_cache(maxsize=1)
def claim_placement() -> tuple[dict[int, tuple], dict[int, int], dict[int, str]]:
    """Each row's gold (event, claim), clusterer cluster and part, by line number: each part placed as one batch,
    as the claim bench does."""
    from newsradar.claim_match import MatchParams

    rows = claim_clusters.load()
    extracted = claim_clusters.extract(rows)
    assigned = {}
    for part in ("dev", "test"):
        assigned.update(claim_clusters.cluster([r for r in extracted if r.split == part], MatchParams()))
    # a row is its line number; claim_clusters numbers rows from 0
    return ({n: (r["event"], r["claim"]) for n, r in enumerate(rows, 1)}, {n + 1: c for n, c in assigned.items()},
            {n: r["split"] for n, r in enumerate(rows, 1)})


def claim_decisions(second: list[dict]) -> dict[str, tuple[bool, bool]]:
    """{pair: (gold, clusterer)} of the claim pairs."""
    gold, pred, _ = claim_placement()
    return {p["pair"]: (gold[p["a"]] == gold[p["b"]], pred[p["a"]] == pred[p["b"]]) for p in second
            if p["set"] == "claim"}


@lru_cache(maxsize=1)
def story_placement() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Each labelled corpus article's gold group, clusterer story and part, by article id: the whole corpus and the
    written items streamed through the story clusterer as the story bench streams them by default."""
    from newsradar.settings import get_settings

    settings = get_settings()
    s = story_stream()
    pred, _ = story_clusters.cluster(list(zip(s.articles, story_clusters.enrich(s.articles, settings))), settings,
                                     settings.enrich.chunk_size, {})
    corpus = s.by_source["corpus"]
    return ({a: g for split in corpus.values() for a, g in split.items()}, pred,
            {a: part for part, groups in corpus.items() for a in groups})


def story_decisions(second: list[dict]) -> dict[str, tuple[bool, bool]]:
    """{pair: (gold, clusterer)} of the story pairs."""
    gold, pred, _ = story_placement()
    by_key = story_stream().by_key
    out = {}
    for p in second:
        if p["set"] == "story":
            a, b = (by_key[story_clusters.item_key(it)].article_id for it in (p["a"], p["b"]))
            out[p["pair"]] = (gold[a] == gold[b], pred[a] == pred[b])
    return out


def rate(hits: int, of: int) -> str:
    return f"{hits}/{of} ({hits / of:.3f})" if of else f"{hits}/0"


def set_order(keys) -> list[tuple[str, str]]:
    """(set, part) keys in print order: claim before story, dev before test, a set's dated and undated together."""
    return sorted(keys, key=lambda k: (k[0].split()[0], k[1], k[0]))


def false_same_lines(judged: list[Judged]) -> list[str]:
    """Per set and part, which way the judge and the gold differ, and how often the clusterer says "same" on pairs
    the gold calls different and on pairs the judge calls different: the hard stratum's false-same rates. The sets
    are those of ``judged`` (story's dated and undated pairs apart, after ``dated_split``), a set's parts together."""
    lines = []
    for kind, part in set_order({(j.set, j.part) for j in judged}):
        rows = [j for j in judged if j.set == kind and j.part == part]
        gold_diff = [j for j in rows if not j.gold]
        judge_diff = [j for j in rows if not j.second]
        extra, missed = differences(rows)
        lines.append(f"{kind} {part}: judge says same where gold different {rate(extra, len(gold_diff))}"
                     f"; gold same, judge different {rate(missed, len(rows) - len(gold_diff))}"
                     f"; clusterer false-same against gold {rate(sum(j.clusterer for j in gold_diff), len(gold_diff))}"
                     f", against judge {rate(sum(j.clusterer for j in judge_diff), len(judge_diff))}")
    return lines


def undated(pair: tuple[dict, dict]) -> bool:
    """Whether a story pair (item pointers) has an item whose feed gave no date (its time is the corpus's fetch
    time, as for every Korea Times item): the window says nothing of such a pair."""
    by_key = story_stream().by_key
    return any(by_key[story_clusters.item_key(it)].published_at_estimated for it in pair)


def dated_split(judged: list[Judged], second: list[dict], pools: dict[tuple[str, str], HardPool]
                ) -> tuple[list[Judged], dict[tuple[str, str], HardPool]]:
    """The judged pairs and the pools with story's pairs set apart as "story dated" and "story undated" (``undated``),
    so that the hard stratum's story rates are read where its window holds; claims as they are."""
    point = {p["pair"]: (p["a"], p["b"]) for p in second}

    def label(kind: str, pair: tuple) -> str:
        return f"story {'undated' if undated(pair) else 'dated'}" if kind == "story" else kind

    out = [replace(j, set=label(j.set, point[j.pair])) for j in judged]
    split = {}
    for (kind, part), pool in pools.items():
        for name in dict.fromkeys(label(kind, p) for p in pool.same + pool.different):
            same = [p for p in pool.same if label(kind, p) == name]
            different = [p for p in pool.different if label(kind, p) == name]
            split[name, part] = HardPool(same, different, pool.preferred if kind == "claim" else len(different))
    return out, {k: split[k] for k in set_order(split)}


def weighted_precision(judged: list[Judged], pool: HardPool) -> float | None:
    """The clusterer's pairwise precision against the judge, estimated from the drawn pairs over the sub-pool they
    were drawn from: the gold-same pairs and the preferred gold-different ones (the draw takes its negatives there
    while that part holds enough). Each drawn pair stands for its gold stratum's sub-pool pairs (size / drawn), so
    the quarter of gold-same pairs the draw holds weighs what the pool's gold-same pairs do. Read against the gold,
    such an estimate is biased (every drawn negative is preferred, weighted as the whole pool was): the exact
    figure against the gold is printed instead."""
    drawn_same = sum(j.gold for j in judged)
    weight = {True: len(pool.same) / drawn_same if drawn_same else 0.0,
              False: pool.preferred / (len(judged) - drawn_same) if len(judged) > drawn_same else 0.0}
    said_same = [j for j in judged if j.clusterer]
    total = sum(weight[j.gold] for j in said_same)
    right = sum(weight[j.gold] for j in said_same if j.second)
    return right / total if total else None


def precision_lines(judged: list[Judged], pools: dict[tuple[str, str], HardPool],
                    exact: dict[tuple[str, str], Exact], drawn_gold: dict[str, bool]) -> list[str]:
    """Per set and part, the pool the draw stands for and the clusterer's pairwise precision: estimated from the
    draw against the judge on the sub-pool the draw comes from, exact against the gold over every pool pair, and
    exact against the gold over every pair of the part (what the benches' pairwise precision says). A story pool's
    negatives are all preferred, so its sub-pool is the pool. The judged pairs are counted by their gold now (what
    the estimate weighs them by) and by their gold at the draw (``drawn_gold``: what the draw took)."""
    def f(x: float | None) -> str:
        return "-" if x is None else f"{x:.3f}"

    lines = []
    for (kind, part), pool in pools.items():
        rows = [j for j in judged if j.set == kind and j.part == part]
        e = exact[kind, part]
        whole = pool.preferred == len(pool.different)
        sub = "the pool" if whole else (f"the preferred sub-pool ({len(pool.same)} gold-same, {pool.preferred} "
                                        f"gold-different sharing a name or figure)")
        at_draw = sum(drawn_gold[j.pair] for j in rows)
        lines.append(f"{kind} {part}: pool {len(pool.same)} gold-same, {len(pool.different)} gold-different; judged "
                     f"{sum(j.gold for j in rows)} same, {sum(not j.gold for j in rows)} different on the gold now "
                     f"({at_draw} same, {len(rows) - at_draw} different at the draw); clusterer pairwise "
                     f"precision against the judge, estimated from the draw on {sub}, "
                     f"{f(weighted_precision(rows, pool))}; exact against gold on the pool {f(e.on_pool)} "
                     f"(false-same {rate(e.false_same, len(pool.different))}), on the whole part {f(e.on_part)}")
    return lines


def pool_decisions(pairs: list[tuple], kind: str) -> list[tuple[bool, bool]]:
    """(gold, clusterer) of each of ``pairs`` (pointer pairs of the set ``kind``)."""
    decide = claim_decisions if kind == "claim" else story_decisions
    return list(decide([{"set": kind, "pair": k, "a": a, "b": b} for k, (a, b) in enumerate(pairs)]).values())


@dataclass
class Exact:
    """The clusterer against the gold on every pair, not a draw: its false-same pairs among the pool's gold-different
    ones, its pairwise precision on the pool, and on the whole part."""

    false_same: int
    on_pool: float | None
    on_part: float | None


def exact_precisions(pools: dict[tuple[str, str], HardPool]) -> dict[tuple[str, str], Exact]:
    """Per set and part, the clusterer against the gold on the hard pool and on the whole part (every labelled
    row or corpus article of the part)."""
    out = {}
    for (kind, part), pool in pools.items():
        base = kind.split()[0]  # "story dated" is scored as story
        gold, pred, split = claim_placement() if base == "claim" else story_placement()
        keys = {k: gold[k] for k in gold if split[k] == part}
        decided = pool_decisions(pool.same + pool.different, base)
        said = [g for g, clusterer in decided if clusterer]
        out[kind, part] = Exact(said.count(False), sum(said) / len(said) if said else None,
                                story_clusters.pairwise(keys, pred)[0])
    return out


def drifted(second: list[dict], drawn: list[dict]) -> list[str]:
    """The pairs whose pointers in the verdicts are not the ones the sampler draws now (or that only one
    side has): a relabelled row moves the draw, so these are scored as judged, by their own pointers."""
    judged = {p["pair"]: (p["a"], p["b"]) for p in second}
    now = {p["pair"]: (p["a"], p["b"]) for p in drawn}
    return sorted(k for k in judged.keys() | now.keys() if judged.get(k) != now.get(k))


def load_drawn_gold(stratum: str = "near") -> dict[str, bool]:
    """{pair: gold same} as each judged pair of the stratum was drawn (the labels of the verdicts' day), so that a
    relabel's effect on the sample can be counted."""
    return {p["pair"]: p["gold"] == "same" for p in map(json.loads, DRAWN_GOLD[stratum].read_text().splitlines())}


def out_of_stratum(second: list[dict]) -> set[str]:
    """The judged claim pairs whose two rows a relabel has put in two events: no longer of the hard stratum (claims
    of one event), so left out of its rates. Story pairs keep their stratum: a relabel moves no item's time."""
    rows = claim_clusters.load()
    return {p["pair"] for p in second if p["set"] == "claim" and rows[p["a"] - 1]["event"] != rows[p["b"] - 1]["event"]}


def close_pairs(second: list[dict]) -> set[str]:
    """The judged pairs that are close by their own pointers on the labels now: claims of one event, stories dated
    and within HARD_WINDOW."""
    apart = out_of_stratum(second)
    by_key = story_stream().by_key

    def close(p: dict) -> bool:
        if p["set"] == "claim":
            return p["pair"] not in apart
        return dated_within_window(*(by_key[story_clusters.item_key(p[side])] for side in ("a", "b")))

    return {p["pair"] for p in second if close(p)}


def gold_change_lines(judged: list[Judged], drawn_gold: dict[str, bool]) -> list[str]:
    """Per set and part, how many judged pairs' gold differs from the gold they were drawn with: counts only."""
    lines = []
    for kind, part, rows in by_set_and_part(judged):
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


def score(disagreements: bool, stratum: str = "near") -> int:
    second = load_second(stratum)
    drawn, pools = sampled(stratum)
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
    drawn_gold = load_drawn_gold(stratum)
    rated = judged
    if stratum == "hard":
        out = out_of_stratum(second)
        print(f"{len(out)} judged claim pairs are of two events since the draw: out of the hard stratum, left out "
              f"of its rates below")
        rated = [j for j in judged if j.pair not in out]
    print("\n".join(table_lines(rated)))
    if stratum == "hard":
        rated, pools_apart = dated_split(rated, second, pools)
        print("\n".join(false_same_lines(rated)))
        print("\n".join(precision_lines(rated, pools_apart, exact_precisions(pools_apart), drawn_gold)))
    else:
        print("\n".join(pool_lines(pools, judged, close_pairs(second))))
        print("\n".join(count_lines(judged)))
    print("\n".join(gold_change_lines(judged, drawn_gold)))
    if disagreements:
        text = judged_texts(second)
        for j in judged:
            if j.part == "dev" and j.gold != j.second:
                a, b = text[j.pair]
                print(f"{j.pair} gold {'same' if j.gold else 'different'}, second {'same' if j.second else 'different'}"
                      f" ({j.reason}), clusterer {'same' if j.clusterer else 'different'}\n  A: {a}\n  B: {b}")
    return 0


def help_text() -> str:
    """The module docstring as ``--help`` prints it: each constant's value where the docstring names it, and without
    the usage lines, which argparse's own usage line says."""
    values = {"SEED": SEED, "CLAIM_PAIRS": CLAIM_PAIRS, "STORY_PAIRS": STORY_PAIRS,
              "HARD_CLAIM_PAIRS": HARD_CLAIM_PAIRS, "HARD_STORY_PAIRS": HARD_STORY_PAIRS,
              "HARD_WINDOW": f"{HARD_WINDOW_HOURS} hours"}
    text = "\n\n".join(p for p in __doc__.split("\n\n") if not p.lstrip().startswith(".venv/"))
    return re.sub(r"\b(" + "|".join(values) + r")\b", lambda m: str(values[m[1]]), text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=help_text(), formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("sample", "score"))
    ap.add_argument("--stratum", choices=("near", "hard"), default="near",
                    help="near: pairs_second's sample (half gold-same, near negatives); hard: pairs_hard's, the hard "
                         "stratum (above)")
    ap.add_argument("--set", choices=("claim", "story"), help="with sample: print only this set's pairs")
    ap.add_argument("--part", choices=("dev", "test"), help="with sample: print only this part's pairs")
    ap.add_argument("--disagreements", action="store_true",
                    help="with score: list dev's pairs where the second judge and the gold differ (never test's)")
    args = ap.parse_args(argv)
    if args.command == "score":
        return score(args.disagreements, args.stratum)
    for p in sampled(args.stratum)[0]:
        if (args.set or p["set"]) == p["set"] and (args.part or p["part"]) == p["part"]:
            print(f"{p['pair']}\n  A: {p['text_a']}\n  B: {p['text_b']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
