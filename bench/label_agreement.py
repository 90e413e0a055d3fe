"""How far two labellings of the same corpus paragraphs agree, by the bench's own matchers and figures.

It scores a second labelling of a seeded sample of ``claims_corpus.jsonl`` paragraphs against the gold as if
it were an extractor's output (and the gold against it, and the extractor against both on the same
paragraphs), so labeller-against-labeller agreement can be set beside the extractor's on one sample. The
second labelling measures agreement only while it is blind: one written, read or mended after its labeller
saw any gold field is no longer blind, so ``claims_second.jsonl`` is not edited once the gold was seen.

    .venv/bin/python bench/label_agreement.py sample      # the sampled pointers and their text, no gold
    .venv/bin/python bench/label_agreement.py score       # agreement per part, and the extractor's totals
    .venv/bin/python bench/label_agreement.py score --list-dev        # also each dev disagreement, by cause
    .venv/bin/python bench/label_agreement.py score --bootstrap 2000  # paragraph-resampled 95% intervals

Disagreements are listed for dev only; test gets their counts by cause, never its rows.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.extract_quality import (Row, claim_numbers, corpus_item, corpus_records, corpus_row,  # noqa: E402
                                   entity_right_label, extract, feed_item, match, number_accuracy,
                                   number_candidates, number_found, overlap, prf, row_claims, row_mentions, same_value,
                                   score_claims, speaker_ok, _surface)

SEED = 20261207
PER_PART = 60
FEED_SHARE = 5                      # no feed gives more than 1/FEED_SHARE of a part's sample
POINTERS = ("id", "source", "split", "file", "guid", "url", "start", "end")
SAME_PARAGRAPH = ("split", "file", "guid", "url", "start", "end")


def corpus_pointers() -> list[dict]:
    """The corpus rows less their gold fields, so nothing downstream of here can show a label."""
    return [{k: r[k] for k in POINTERS if k in r} for r in corpus_records()]


def item_key(row: dict) -> tuple[str, str]:
    return row["file"], corpus_item(row)


def sample(rows: list[dict], per_part: int = PER_PART, seed: int = SEED) -> list[dict]:
    """A seeded draw per part: one paragraph an item at most, no feed over a fifth of the part."""
    rng = random.Random(seed)
    picked = []
    for part in ("dev", "test"):
        pool = sorted((r for r in rows if r["split"] == part), key=lambda r: r["id"])
        rng.shuffle(pool)
        cap = per_part // FEED_SHARE
        items, feeds, taken = set(), Counter(), []
        for r in pool:
            if len(taken) == per_part:
                break
            if item_key(r) in items or feeds[r["file"]] >= cap:
                continue
            items.add(item_key(r))
            feeds[r["file"]] += 1
            taken.append(r)
        picked.extend(taken)
    return picked


def paragraph_texts(rows: list[dict]) -> dict[str, str]:
    """Each row's paragraph, cut from the item's text as the bench builds it."""
    feeds: dict[str, dict] = {}
    return {r["id"]: feed_item(r, feeds)[0].text[r["start"]:r["end"]] for r in rows}


def print_sample() -> None:
    rows = sample(corpus_pointers())
    texts = paragraph_texts(rows)
    for r in rows:
        print(json.dumps({"id": r["id"], "split": r["split"], "text": texts[r["id"]]}, ensure_ascii=False))


def load_pairs(golds: list[dict], seconds: list[dict], feeds: dict) -> list[tuple[Row, Row]]:
    """(gold, second) for every second-labelled paragraph, both read through the bench's corpus loader.

    A second row that points anywhere but its gold row's paragraph is refused: its offsets would be
    read against other text and score as silent misses."""
    gold = {r["id"]: r for r in golds}
    pairs = []
    for r in seconds:
        moved = [k for k in SAME_PARAGRAPH if r.get(k) != gold[r["id"]].get(k)]
        if moved:
            raise ValueError(f"{r['id']}: the second row's {', '.join(moved)} differ from the gold row's")
        pairs.append((corpus_row(gold[r["id"]], feeds), corpus_row(r, feeds)))
    return pairs


def as_predictions(row: Row) -> list[dict]:
    """A labelled row's claims in the shape ``score_claims`` reads an extractor's claims."""
    return [{"content": c["content"], "speaker": c["speaker"], "speaker_resolved": c["speaker"],
             "speaker_type": "AUTHOR" if c["speaker"] is None else "SOURCE", "rule": "label"} for c in row.claims]


def label_numbers(row: Row) -> list[tuple[str, float, str | None]]:
    """The numbers inside the row's labelled claims, as the bench credits the extractor only with its claims'."""
    return [(n["text"], n["value"], n["unit"]) for n in row.numbers
            if any(n["text"] in c["content"] for c in row.claims)]


def label_mentions(row: Row) -> list[tuple[str, str]]:
    return [(e["text"], e["label"]) for e in row.entities]


def figures(rows: list[Row], claims_of, numbers_of, mentions_of) -> dict[str, float | None]:
    """The bench's figures of one labelling (or the extractor) read against ``rows`` as gold: the reference, named
    after "vs" in a column's name, so the claim count is the reference's (the second's in "gold vs second")."""
    claims = score_claims(rows, claims_of)
    n_right, n_total, _ = number_accuracy(rows, numbers_of)
    e_right, e_total, _ = entity_right_label(rows, mentions_of)
    return {"claims of the reference": claims["gold"],
            "attributed-claim P": claims["attributed"][0], "attributed-claim R": claims["attributed"][1],
            "attributed-claim F1": claims["attributed"][2],
            "detection P": claims["detect"][0], "detection R": claims["detect"][1], "detection F1": claims["detect"][2],
            "speaker accuracy (matched)": claims["speaker_acc"],
            "number-value accuracy": n_right / n_total if n_total else None,
            "entity right-label": e_right / e_total if e_total else None}


def _by_id(rows: list[Row]) -> dict[str, Row]:
    return {r.id: r for r in rows}


def agreement_table(pairs: list[tuple[Row, Row]], docs) -> dict[str, dict]:
    """Per column: second vs gold, gold vs second, extractor vs gold, extractor vs second."""
    golds, seconds = [g for g, _s in pairs], [s for _g, s in pairs]
    second_of, gold_of = _by_id(seconds), _by_id(golds)
    columns = {
        "second vs gold": figures(golds, lambda r: as_predictions(second_of[r.id]),
                                  lambda r: label_numbers(second_of[r.id]), lambda r: label_mentions(second_of[r.id])),
        "gold vs second": figures(seconds, lambda r: as_predictions(gold_of[r.id]),
                                  lambda r: label_numbers(gold_of[r.id]), lambda r: label_mentions(gold_of[r.id])),
    }
    if docs is not None:
        for name, rows in (("extractor vs gold", golds), ("extractor vs second", seconds)):
            columns[name] = figures(rows, lambda r: row_claims(r, docs[r.doc_key]),
                                    lambda r: claim_numbers(r, docs[r.doc_key]),
                                    lambda r: row_mentions(r, docs[r.doc_key]))
    return columns


def _speaker_cause(a: str | None, b: str | None) -> str:
    if (a is None) != (b is None):
        return "speaker: author's own vs a source"
    return "speaker: another phrase or source"


def _inside(a: dict, b: dict) -> bool:
    # Half of a's words inside b: the same statement, cut at other ends (a shared "the" is not).
    return overlap(a["content"], b["content"])[0] >= 0.5


def _lone_cause(claim: dict, mine: list[dict], others: list[dict]) -> str:
    """Why ``claim`` of one labelling (whose claims are ``mine``) matched none of the other's."""
    touching = [o for o in others if _inside(claim, o) or _inside(o, claim)]
    # Joined: the lone claim holds two of the other's. Split: it is one of two pieces of mine inside
    # one of the other's, whose other piece took the match.
    if len(touching) > 1 or any(sum(_inside(m, o) for m in mine) > 1 for o in touching):
        return "span: split vs joined"
    if touching:
        return "span: one much longer than the other"
    if claim["speaker"] is None:
        return "claim: author assertion labelled by one only"
    return "claim: attributed claim labelled by one only"


def claim_disagreements(gold: Row, second: Row) -> list[tuple[str, str]]:
    """(cause, detail) for every claim the two labellings do not agree on, speaker and kind included."""
    out = []
    preds = as_predictions(second)
    pairs = match(preds, gold.claims)
    for i, j in pairs:
        g, s = gold.claims[j], second.claims[i]
        if not speaker_ok(preds[i], g["speaker"]):
            out.append((_speaker_cause(g["speaker"], s["speaker"]),
                        f"gold {g['speaker']!r} / second {s['speaker']!r}"))
        if g["kind"] != s["kind"]:
            out.append(("kind (not scored)", f"gold {g['kind']} / second {s['kind']}"))
        if min(overlap(g["content"], s["content"])) < 1:
            out.append(("span ends (matched, not scored)",
                        f"gold {g['content'][:60]!r} / second {s['content'][:60]!r}"))
    matched_g, matched_s = {j for _i, j in pairs}, {i for i, _j in pairs}
    for j, g in enumerate(gold.claims):
        if j not in matched_g:
            out.append((_lone_cause(g, gold.claims, second.claims) + " (gold only)",
                        f"{g['speaker']!r}: {g['content'][:70]!r}"))
    for i, s in enumerate(second.claims):
        if i not in matched_s:
            out.append((_lone_cause(s, second.claims, gold.claims) + " (second only)",
                        f"{s['speaker']!r}: {s['content'][:70]!r}"))
    return out


def _number_cause(lab: dict, other: Row) -> str | None:
    """Why the bench's rule finds no number for ``lab`` among the other labelling's numbers inside its claims."""
    found = label_numbers(other)
    if number_found(lab, found):
        return None
    cands = number_candidates(lab["text"], found)
    if not cands:
        if number_candidates(lab["text"], [(n["text"], n["value"], n["unit"]) for n in other.numbers]):
            return "number: outside the other's claims"
        return "number: labelled by one only"
    if not any(same_value(value, lab["value"]) for _text, value, _unit in cands):
        return "number: value"
    return "number: unit"


def number_disagreements(gold: Row, second: Row) -> list[tuple[str, str]]:
    """Every labelled number the bench's rule misses, read both ways, so each side's count is its figure's misses."""
    out = []
    for side, row, other in (("gold", gold, second), ("second", second, gold)):
        for lab in row.numbers:
            cause = _number_cause(lab, other)
            if cause is not None:
                out.append((_sided(cause, side), f"{side} {lab['text']!r} {lab['value']} {lab['unit']} / "
                                                 f"other {label_numbers(other)}"))
    return out


def _sided(cause: str, side: str) -> str:
    return f"{cause} ({side} only)" if cause.endswith("by one only") else f"{cause} ({side} side)"


def _entity_cause(ent: dict, unmatched: list[tuple[str, str]]) -> str:
    """Why ``ent`` found no same surface and label among the other side's mentions; ``unmatched`` are the
    other side's (surface, label) left over, the only ones a difference of label or extent can be with."""
    surface = _surface(ent["text"])
    if any(s == surface and label != ent["label"] for s, label in unmatched):
        return "entity: label"
    if any(surface in s or s in surface for s, _label in unmatched):
        return "entity: extent"
    return "entity: labelled by one only"


def _mention_keys(entities: list[dict]) -> Counter:
    return Counter((_surface(e["text"]), e["label"]) for e in entities)


def entity_disagreements(gold: Row, second: Row) -> list[tuple[str, str]]:
    """Every mention of each side that ``entity_right_label`` misses when that side is read as the gold."""
    out = []
    for side, mine, theirs in (("gold", gold.entities, second.entities), ("second", second.entities, gold.entities)):
        unmatched = list((_mention_keys(theirs) - _mention_keys(mine)).elements())
        left = _mention_keys(theirs)
        for ent in mine:
            key = (_surface(ent["text"]), ent["label"])
            if left[key] > 0:
                left[key] -= 1
                continue
            out.append((_sided(_entity_cause(ent, unmatched), side), f"{side} {ent['text']!r} {ent['label']}"))
    return out


def disagreements(gold: Row, second: Row) -> list[tuple[str, str]]:
    return claim_disagreements(gold, second) + number_disagreements(gold, second) + entity_disagreements(gold, second)


def _cell(v) -> str:
    if v is None:
        return f"{'-':>10}"
    return f"{v:>10}" if isinstance(v, int) else f"{v:>10.3f}"


def paragraph_counts(pairs: list[tuple[Row, Row]]) -> list[tuple[int, int, int]]:
    """(speaker-right matches, second's claims, gold's claims) of each paragraph, the attributed figure's parts."""
    return [score_claims([g], lambda _r, s=s: as_predictions(s))["counts"] for g, s in pairs]


def micro_f1(counts: list[tuple[int, int, int]]) -> float:
    right, n_pred, n_gold = (sum(c[k] for c in counts) for k in range(3))
    return prf(right, n_pred, n_gold)[2]


def _interval(values: list[float]) -> tuple[float, float]:
    ranked = sorted(values)
    return ranked[int(0.025 * len(ranked))], ranked[int(0.975 * len(ranked)) - 1]


def bootstrap(dev: list[tuple[int, int, int]], test: list[tuple[int, int, int]], n: int,
              seed: int = SEED) -> dict[str, tuple]:
    """95% intervals of attributed-claim F1 per part and of dev minus test, resampling whole paragraphs
    (a paragraph's claims are not independent draws), and the share of resamples where dev is not above test."""
    rng = random.Random(seed)
    draws = [(micro_f1(rng.choices(dev, k=len(dev))), micro_f1(rng.choices(test, k=len(test)))) for _ in range(n)]
    diffs = [d - t for d, t in draws]
    return {"dev": (micro_f1(dev), *_interval([d for d, _t in draws])),
            "test": (micro_f1(test), *_interval([t for _d, t in draws])),
            "dev - test": (micro_f1(dev) - micro_f1(test), *_interval(diffs)),
            "share dev - test <= 0": (sum(x <= 0 for x in diffs) / n,)}


def print_bootstrap(pairs: list[tuple[Row, Row]], n: int) -> None:
    parts = {part: paragraph_counts([(g, s) for g, s in pairs if g.split == part]) for part in ("dev", "test")}
    print(f"\nsecond vs gold attributed-claim F1, {n} paragraph resamples per part (seed {SEED}): point, 95% interval")
    for name, values in bootstrap(parts["dev"], parts["test"], n).items():
        print(f"  {name:<24}" + "".join(f"{v:>8.3f}" for v in values))


def print_score(list_dev: bool, with_extractor: bool, resamples: int) -> None:
    pairs = load_pairs(corpus_records(), corpus_records("claims_second.jsonl"), {})
    docs = None
    if with_extractor:
        from consumers.enricher.nlp.pipeline import Extractor
        docs = extract([g for g, _s in pairs], Extractor())
    for part in ("dev", "test"):
        subset = [(g, s) for g, s in pairs if g.split == part]
        table = agreement_table(subset, docs)
        print(f"\n{part}: {len(subset)} paragraphs")
        print(f"{'measure':<28}" + "".join(f"{name:>22}" for name in table))
        for measure in next(iter(table.values())):
            print(f"{measure:<28}" + "".join(f"{_cell(col[measure]):>22}" for col in table.values()))
        causes = Counter()
        listed = []
        for g, s in subset:
            for cause, detail in disagreements(g, s):
                causes[cause] += 1
                listed.append((cause, g.id, detail))
        print(f"\n{part} disagreements by cause (gold vs second)")
        for cause, n in sorted(causes.items()):
            print(f"  {n:>4}  {cause}")
        if list_dev and part == "dev":
            for cause, row_id, detail in sorted(listed):
                print(f"    {cause} | {row_id} | {detail}")
    if resamples:
        print_bootstrap(pairs, resamples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("sample", "score"))
    parser.add_argument("--list-dev", action="store_true", help="list each dev disagreement (never test's)")
    parser.add_argument("--no-extractor", action="store_true", help="score the two labellings only")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="also N paragraph resamples of the labellers' attributed-claim F1 per part")
    args = parser.parse_args()
    if args.step == "sample":
        print_sample()
    else:
        print_score(args.list_dev, not args.no_extractor, args.bootstrap)


if __name__ == "__main__":
    main()
