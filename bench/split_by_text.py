"""The dev/test split checked by text: one text labelled, or found, under several pointers.

    .venv/bin/python bench/split_by_text.py [--tests tests]

Each labelled set is split dev/test by a hash of a pointer (a corpus item's file and guid, a written
row's id, a group or event slug: bench/data/README.md), so two copies of one text under two pointers
can fall in both parts: guardian-truncated-fragment.xml repeats guardian-uk-network-front.xml item for
item under its own file name. Every corpus item and written text gets its text key
(``extract_quality.text_key``), and per set this prints the counts of

(i) texts labelled in both dev and test, under any pointer;
(ii) test-labelled texts found in the corpus under another file or guid than the labelled one;
(iii) the same for dev;

then the pointers of each. Never a text: a test text is not to be read, here or anywhere.
``--tests tests`` also lists the tests' long string literals found in a test-labelled text.
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.extract_quality import CORPUS, DATA, corpus_item, feed_articles, fold_text, text_key  # noqa: E402
from newsradar.schema import Article  # noqa: E402

DEMO = ROOT / "demo" / "stories.yaml"

Pointer = tuple[str, str]


class Labelled(NamedTuple):
    """One labelled text of a set: where it points, which part it is in and its text key."""

    split: str
    pointer: Pointer            # (file, guid or link) of a corpus item; ("written" or "demo", id) otherwise
    key: str | None
    text: str                   # what the bench reads: a corpus item's title and body, a written row's text


def corpus_items(corpus: Path = CORPUS) -> dict[Pointer, Article]:
    """Every corpus item as the bench parses it, by (file, guid or url)."""
    return {(path.name, item): article
            for path in sorted(corpus.glob("*.xml")) for item, article in feed_articles(path.name).items()}


def item_key(article: Article) -> str | None:
    return text_key(article.body or article.summary)


def corpus_keys(corpus: dict[Pointer, Article]) -> dict[Pointer, str]:
    """The text key of every corpus item that has a body."""
    return {pointer: key for pointer, article in corpus.items() if (key := item_key(article))}


def _corpus_row(split: str, pointer: Pointer, corpus: dict[Pointer, Article]) -> Labelled:
    article = corpus.get(pointer)
    return Labelled(split, pointer, item_key(article), article.text) if article else Labelled(split, pointer, None, "")


def _written_row(split: str, pointer: Pointer, text: str) -> Labelled:
    return Labelled(split, pointer, text_key(text), text)


def _jsonl(name: str, data: Path) -> list[dict]:
    return [json.loads(line) for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def claims_set(corpus: dict[Pointer, Article], data: Path = DATA) -> list[Labelled]:
    """``extract_quality.py``'s one set: the written paragraphs (claims_labelled is all dev) and the corpus rows."""
    out = [_written_row("dev", ("written", r["id"]), r["text"]) for r in _jsonl("claims_labelled.jsonl", data)]
    out += [_written_row(r["split"], ("written", r["id"]), r["text"]) for r in _jsonl("claims_written.jsonl", data)]
    return out + [_corpus_row(r["split"], (r["file"], corpus_item(r)), corpus)
                  for r in _jsonl("claims_corpus.jsonl", data)]


def variants_set(corpus: dict[Pointer, Article], data: Path = DATA) -> list[Labelled]:
    """``claim_clusters.py``'s rows: a corpus row by its item, a demo row by its story's body, a written one by its text."""
    demo = {s["slug"]: s["body"] for s in yaml.safe_load(DEMO.read_text())["stories"]}
    out = []
    for r in _jsonl("claim_variants.jsonl", data):
        if r.get("source") == "corpus":
            out.append(_corpus_row(r["split"], (r["file"], r.get("guid") or r["link"]), corpus))
        elif r.get("source") == "demo":
            out.append(_written_row(r["split"], ("demo", r["slug"]), demo[r["slug"]]))
        else:
            out.append(_written_row(r["split"], ("written", f"{r['event']}/{r['claim']}/{r['outlet']}"), r["text"]))
    return out


def stories_set(corpus: dict[Pointer, Article], data: Path = DATA) -> list[Labelled]:
    """``story_clusters.py``'s items: corpus items by file and guid (or link), written ones by their summary."""
    out = [_corpus_row(g["split"], (it["file"], it.get("guid") or it["link"]), corpus)
           for g in _jsonl("story_groups.jsonl", data) for it in g["items"]]
    return out + [_written_row(g["split"], ("written", it["id"]), it["summary"])
                  for g in _jsonl("story_written.jsonl", data) for it in g["items"]]


SETS = {"claims": claims_set, "claim variants": variants_set, "stories": stories_set}


def both_parts(rows: list[Labelled]) -> dict[str, dict[str, set[Pointer]]]:
    """(i): {text key: {part: pointers}} for every text labelled in both dev and test."""
    parts: dict[str, dict[str, set[Pointer]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        if r.key:
            parts[r.key][r.split].add(r.pointer)
    return {k: dict(p) for k, p in parts.items() if len(p) > 1}


def elsewhere(rows: list[Labelled], keys: dict[Pointer, str], split: str) -> dict[Pointer, set[Pointer]]:
    """(ii) and (iii): {labelled pointer: the corpus's other pointers (``corpus_keys``) to its text} for one
    part's texts."""
    by_key: dict[str, set[Pointer]] = defaultdict(set)
    for pointer, key in keys.items():
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


def report(corpus: dict[Pointer, Article], data: Path = DATA) -> None:
    print(f"{'set':16} {'texts':>6} {'(i) both parts':>15} {'(ii) test elsewhere':>20} {'(iii) dev elsewhere':>20}")
    keys = corpus_keys(corpus)
    found = {}
    every_set: list[Labelled] = []
    for name, load in SETS.items():
        rows = load(corpus, data)
        every_set += rows
        found[name] = (both_parts(rows), elsewhere(rows, keys, "test"), elsewhere(rows, keys, "dev"))
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


LITERAL_CHARS = 60
# A literal is looked up by its first word boundary: the folded text there starts a word in any text it was
# copied from, whatever the literal's own first characters are cut from.
_ANCHOR_CHARS = 20


def _word_starts(text: str):
    yield 0
    for i, ch in enumerate(text):
        if ch == " ":
            yield i + 1


def test_literals(tests: Path):
    """(file, line, folded text) of each string literal of ``LITERAL_CHARS`` or more in the tests: the rows and
    samples a helper may have written from corpus text. One without a space (a URL, a guid) is a pointer, not text."""
    for path in sorted(tests.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= LITERAL_CHARS:
                folded = fold_text(node.value)
                if " " in folded:
                    yield path, node.lineno, folded


def literals_in_test_text(rows: list[Labelled], tests: Path) -> list[tuple[Path, int, Pointer]]:
    """The test literals found in a test-labelled text: an index of every word-start anchor of those texts
    (a dict, not a search of each literal through each text), then a check of the whole literal."""
    texts = {r.pointer: fold_text(r.text) for r in rows if r.split == "test" and r.text}
    anchors: dict[str, set[Pointer]] = defaultdict(set)
    for pointer, text in texts.items():
        for i in _word_starts(text):
            anchors[text[i:i + _ANCHOR_CHARS]].add(pointer)
    hits = []
    for path, line, literal in test_literals(tests):
        start = literal.index(" ") + 1
        for pointer in sorted(anchors.get(literal[start:start + _ANCHOR_CHARS], ())):
            if literal in texts[pointer]:
                hits.append((path, line, pointer))
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", type=Path, metavar="DIR",
                        help=f"also list DIR's string literals of {LITERAL_CHARS}+ characters found in a test-labelled "
                             "text (file, line, the item's pointer; never the text)")
    args = parser.parse_args()
    started = time.perf_counter()
    corpus = corpus_items()
    report(corpus)
    if args.tests:
        rows = [r for load in SETS.values() for r in load(corpus)]
        print(f"\nliterals of {args.tests} in a test-labelled text")
        for path, line, pointer in literals_in_test_text(rows, args.tests):
            print(f"  {path}:{line}  =  test {_name(pointer)}")
    print(f"\n{time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
