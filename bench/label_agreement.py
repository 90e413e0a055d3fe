"""How far do two labellers agree on the corpus paragraphs? A second, blind labelling scored as a prediction.

    .venv/bin/python bench/label_agreement.py sample      # the sampled pointers and their text, no gold

The second labeller reads only the text the sampler prints (never the gold fields of
``claims_corpus.jsonl``) and writes ``bench/data/claims_second.jsonl`` with the corpus
rows' pointer fields.
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

from bench.extract_quality import DATA, feed_articles  # noqa: E402

SEED = 20261207
PER_PART = 60
FEED_SHARE = 5                      # no feed gives more than 1/FEED_SHARE of a part's sample
POINTERS = ("id", "source", "split", "file", "guid", "url", "start", "end")


def corpus_pointers() -> list[dict]:
    """The corpus rows less their gold fields, so nothing downstream of here can show a label."""
    rows = []
    for line in (DATA / "claims_corpus.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows.append({k: r[k] for k in POINTERS if k in r})
    return rows


def item_key(row: dict) -> tuple[str, str]:
    return row["file"], row.get("guid") or row["url"]


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
    out = {}
    for r in rows:
        if r["file"] not in feeds:
            feeds[r["file"]] = feed_articles(r["file"])
        out[r["id"]] = feeds[r["file"]][item_key(r)[1]].text[r["start"]:r["end"]]
    return out


def print_sample() -> None:
    rows = sample(corpus_pointers())
    texts = paragraph_texts(rows)
    for r in rows:
        print(json.dumps({"id": r["id"], "split": r["split"], "text": texts[r["id"]]}, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("sample",))
    args = parser.parse_args()
    if args.step == "sample":
        print_sample()


if __name__ == "__main__":
    main()
