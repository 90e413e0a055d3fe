"""Score the claim extractor against bench/data/claims_labelled.jsonl.

    .venv/bin/python bench/extract_quality.py [--verbose]

A predicted claim matches a labelled one when their content tokens overlap by
at least half both ways. Reported: claim precision/recall/F1, speaker accuracy
on matched claims, attributed-claim F1 (matched AND speaker right: the figure
that matters), number-value accuracy, and the baseline "every sentence is a
claim by the author" scored the same way in the same run.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consumers.nlp.pipeline import Extractor  # noqa: E402

DATA = ROOT / "bench" / "data" / "claims_labelled.jsonl"
_WORD = re.compile(r"\w+")
_DROP = {"the", "a", "an", "mr", "mrs", "ms", "dr"}


def tokens(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def overlap(a: str, b: str) -> tuple[float, float]:
    ta, tb = tokens(a), tokens(b)
    common = sum((ta & tb).values())
    return common / max(1, sum(ta.values())), common / max(1, sum(tb.values()))


def norm_name(name: str | None) -> set[str]:
    return {w for w in tokens(name or "") if w not in _DROP}


def speaker_ok(pred: dict, label: str | None) -> bool:
    if label is None:
        return pred["speaker_type"] == "AUTHOR"
    want = norm_name(label)
    for got in (pred["speaker_resolved"], pred["speaker"]):
        got = norm_name(got)
        if got and want and (want <= got or got <= want):
            return True
    return False


def match(preds: list[dict], labels: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap; only pairs over 0.5 both ways."""
    pairs = []
    for i, p in enumerate(preds):
        for j, lab in enumerate(labels):
            a, b = overlap(p["content"], lab["content"])
            if a >= 0.5 and b >= 0.5:
                pairs.append((min(a, b), i, j))
    used_p, used_l, out = set(), set(), []
    for _score, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_l:
            used_p.add(i)
            used_l.add(j)
            out.append((i, j))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows, predict) -> dict:
    n_pred = n_gold = matched = speaker_right = 0
    misses = []
    for row in rows:
        preds = predict(row)
        labels = row["claims"]
        pairs = match(preds, labels)
        n_pred += len(preds)
        n_gold += len(labels)
        matched += len(pairs)
        for i, j in pairs:
            if speaker_ok(preds[i], labels[j]["speaker"]):
                speaker_right += 1
            else:
                misses.append((row["id"], "speaker", preds[i]["speaker"], preds[i]["speaker_resolved"], labels[j]["speaker"]))
        for j, lab in enumerate(labels):
            if j not in {b for _a, b in pairs}:
                misses.append((row["id"], "missed", lab["content"][:70], lab["speaker"], None))
        for i, p in enumerate(preds):
            if i not in {a for a, _b in pairs}:
                misses.append((row["id"], "spurious", p["content"][:70], p["speaker"], p["rule"]))
    return {"pred": n_pred, "gold": n_gold, "matched": matched, "speaker_right": speaker_right,
            "detect": prf(matched, n_pred, n_gold), "attributed": prf(speaker_right, n_pred, n_gold),
            "speaker_acc": speaker_right / matched if matched else 0.0, "misses": misses}


def number_accuracy(rows, enrichments) -> tuple[int, int, list]:
    right, wrong = 0, []
    total = 0
    for row, enr in zip(rows, enrichments):
        found = [n for c in enr.claims for n in c.numbers]
        for lab in row["numbers"]:
            total += 1
            want = lab["text"].lower()
            cands = [n for n in found if want in n.text.lower() or n.text.lower() in want]
            ok = any(abs(n.value - lab["value"]) <= 1e-6 * max(1.0, abs(lab["value"]))
                     and (lab["unit"] is None or n.unit == lab["unit"]) for n in cands)
            right += ok
            if not ok:
                wrong.append((row["id"], lab, [(n.text, n.value, n.unit) for n in cands]))
    return right, total, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    extractor = Extractor()
    t0 = time.perf_counter()
    enrichments = [extractor.extract_text(r["text"]) for r in rows]
    elapsed = time.perf_counter() - t0
    by_id = {r["id"]: e for r, e in zip(rows, enrichments)}
    ours = score(rows, lambda r: [c.model_dump() for c in by_id[r["id"]].claims])

    def every_sentence(row):
        doc = extractor.nlp(row["text"])
        return [{"content": s.text.strip(), "speaker": None, "speaker_resolved": None,
                 "speaker_type": "AUTHOR", "rule": "baseline"} for s in doc.sents if s.text.strip()]

    base = score(rows, every_sentence)
    right, total, wrong = number_accuracy(rows, enrichments)
    rules = Counter(c.rule for e in enrichments for c in e.claims)

    print(f"claims_labelled.jsonl: {len(rows)} paragraphs, {ours['gold']} labelled claims, "
          f"{total} labelled numbers ({elapsed:.2f}s)")
    print()
    print(f"{'measure':<36} {'extractor':>10} {'baseline':>10} {'target':>8}")
    print("-" * 67)
    lines = [
        ("claim detection precision", ours["detect"][0], base["detect"][0], None),
        ("claim detection recall", ours["detect"][1], base["detect"][1], None),
        ("claim detection F1", ours["detect"][2], base["detect"][2], None),
        ("speaker accuracy (matched claims)", ours["speaker_acc"], base["speaker_acc"], 0.85),
        ("attributed-claim precision", ours["attributed"][0], base["attributed"][0], None),
        ("attributed-claim recall", ours["attributed"][1], base["attributed"][1], None),
        ("attributed-claim F1", ours["attributed"][2], base["attributed"][2], 0.75),
        ("number-value accuracy", right / total if total else 0.0, None, 0.90),
    ]
    for name, value, baseline, target in lines:
        b = f"{baseline:>10.3f}" if baseline is not None else f"{'-':>10}"
        t = f"{target:>8.2f}" if target is not None else f"{'':>8}"
        print(f"{name:<36} {value:>10.3f} {b} {t}")
    print()
    print("claims by rule: " + ", ".join(f"{k} {v}" for k, v in sorted(rules.items())))
    if args.verbose:
        print()
        for miss in ours["misses"]:
            print("  ", *miss)
        for miss in wrong:
            print("   number", *miss)


if __name__ == "__main__":
    main()
