"""The dev/test split checked by text: one text labelled, or found, under several pointers.

    .venv/bin/python bench/split_by_text.py

Each labelled set is split dev/test by a hash of a pointer (a corpus item's file and guid, a written
row's id, a group or event slug: bench/data/README.md), so two copies of one text under two pointers
can fall in both parts: guardian-truncated-fragment.xml repeats guardian-uk-network-front.xml item for
item under its own file name. Every corpus item and written text gets its text key
(``extract_quality.text_key``), and per set this prints the counts of

(i) texts labelled in both dev and test, under any pointer;
(ii) test-labelled texts found in the corpus under another file or guid than the labelled one;
(iii) the same for dev;

then the pointers of each. Never a text: a test text is not to be read, here or anywhere.
"""
from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.extract_quality import CORPUS, DATA, corpus_item, feed_articles, text_key  # noqa: E402

DEMO = ROOT / "demo" / "stories.yaml"

Pointer = tuple[str, str]


class Labelled(NamedTuple):
    """One labelled text of a set: where it points, which part it is in and its text key."""

    split: str
    pointer: Pointer            # (file, guid or link) of a corpus item; ("written" or "demo", id) otherwise
    key: str | None


def corpus_keys(corpus: Path = CORPUS) -> dict[Pointer, str]:
    """The text key of every corpus item that has a body, by (file, guid or url)."""
    keys = {}
    for path in sorted(corpus.glob("*.xml")):
        for item, article in feed_articles(path.name).items():
            key = text_key(article.body or article.summary)
            if key:
                keys[(path.name, item)] = key
    return keys


def _jsonl(name: str, data: Path) -> list[dict]:
    return [json.loads(line) for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def claims_set(corpus: dict[Pointer, str], data: Path = DATA) -> list[Labelled]:
    """``extract_quality.py``'s one set: the written paragraphs (claims_labelled is all dev) and the corpus rows."""
    out = [Labelled("dev", ("written", r["id"]), text_key(r["text"])) for r in _jsonl("claims_labelled.jsonl", data)]
    out += [Labelled(r["split"], ("written", r["id"]), text_key(r["text"])) for r in _jsonl("claims_written.jsonl", data)]
    for r in _jsonl("claims_corpus.jsonl", data):
        pointer = (r["file"], corpus_item(r))
        out.append(Labelled(r["split"], pointer, corpus.get(pointer)))
    return out


def variants_set(corpus: dict[Pointer, str], data: Path = DATA) -> list[Labelled]:
    """``claim_clusters.py``'s rows: a corpus row by its item, a demo row by its story's body, a written one by its text."""
    demo = {s["slug"]: s["body"] for s in yaml.safe_load(DEMO.read_text())["stories"]}
    out = []
    for r in _jsonl("claim_variants.jsonl", data):
        if r.get("source") == "corpus":
            pointer = (r["file"], r.get("guid") or r["link"])
            out.append(Labelled(r["split"], pointer, corpus.get(pointer)))
        elif r.get("source") == "demo":
            out.append(Labelled(r["split"], ("demo", r["slug"]), text_key(demo[r["slug"]])))
        else:
            out.append(Labelled(r["split"], ("written", f"{r['event']}/{r['claim']}/{r['outlet']}"), text_key(r["text"])))
    return out


def stories_set(corpus: dict[Pointer, str], data: Path = DATA) -> list[Labelled]:
    """``story_clusters.py``'s items: corpus items by file and guid (or link), written ones by their summary."""
    out = []
    for g in _jsonl("story_groups.jsonl", data):
        for it in g["items"]:
            pointer = (it["file"], it.get("guid") or it["link"])
            out.append(Labelled(g["split"], pointer, corpus.get(pointer)))
    for g in _jsonl("story_written.jsonl", data):
        out += [Labelled(g["split"], ("written", it["id"]), text_key(it["summary"])) for it in g["items"]]
    return out


SETS = {"claims": claims_set, "claim variants": variants_set, "stories": stories_set}


def both_parts(rows: list[Labelled]) -> dict[str, dict[str, set[Pointer]]]:
    """(i): {text key: {part: pointers}} for every text labelled in both dev and test."""
    parts: dict[str, dict[str, set[Pointer]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        if r.key:
            parts[r.key][r.split].add(r.pointer)
    return {k: dict(p) for k, p in parts.items() if len(p) > 1}


def elsewhere(rows: list[Labelled], corpus: dict[Pointer, str], split: str) -> dict[Pointer, set[Pointer]]:
    """(ii) and (iii): {labelled pointer: the corpus's other pointers to its text} for one part's texts."""
    by_key: dict[str, set[Pointer]] = defaultdict(set)
    for pointer, key in corpus.items():
        by_key[key].add(pointer)
    out = {}
    for r in rows:
        others = by_key.get(r.key, set()) - {r.pointer} if r.split == split and r.key else set()
        if others:
            out[r.pointer] = others
    return out


def _name(p: Pointer) -> str:
    return f"{p[0]} {p[1]}"


def _print_both(title: str, both: dict[str, dict[str, set[Pointer]]]) -> None:
    print(f"\n{title}: (i) labelled in both parts")
    for parts in sorted(both.values(), key=lambda p: sorted(p["test"])):
        print(f"  test {'; '.join(map(_name, sorted(parts['test'])))}  =  dev {'; '.join(map(_name, sorted(parts['dev'])))}")


def _print_elsewhere(title: str, pairs: dict[Pointer, set[Pointer]]) -> None:
    print(f"{title} texts elsewhere in the corpus")
    for pointer, others in sorted(pairs.items()):
        print(f"  {_name(pointer)}  =  {'; '.join(map(_name, sorted(others)))}")


def report(corpus: dict[Pointer, str], data: Path = DATA) -> None:
    print(f"{'set':16} {'texts':>6} {'(i) both parts':>15} {'(ii) test elsewhere':>20} {'(iii) dev elsewhere':>20}")
    found = {}
    every_set: list[Labelled] = []
    for name, load in SETS.items():
        rows = load(corpus, data)
        every_set += rows
        found[name] = (both_parts(rows), elsewhere(rows, corpus, "test"), elsewhere(rows, corpus, "dev"))
        texts = len({r.key for r in rows if r.key})
        print(f"{name:16} {texts:6} {len(found[name][0]):15} {len(found[name][1]):20} {len(found[name][2]):20}")
    # The sets split by different keys (an item, a group, an event), so one item is often dev in one set and test
    # in another: that is by design and only counted. Listed: such texts under another pointer, the copies.
    across = both_parts(every_set)
    copies = {k: parts for k, parts in across.items() if parts["dev"] != parts["test"]}
    print(f"{'across sets':16} {len({r.key for r in every_set if r.key}):6} {len(across):15}"
          f"   ({len(across) - len(copies)} under one pointer, {len(copies)} under another)")
    for name, (both, test_else, dev_else) in found.items():
        _print_both(name, both)
        _print_elsewhere(f"{name}: (ii) test", test_else)
        _print_elsewhere(f"{name}: (iii) dev", dev_else)
    _print_both("across sets, under another pointer", copies)


def main() -> None:
    started = time.perf_counter()
    report(corpus_keys())
    print(f"\n{time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
