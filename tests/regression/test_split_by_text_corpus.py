"""Issues 12 and 13, stop 58's review: the dev/test split is checked by text, not only by file and guid.

guardian-truncated-fragment.xml repeats guardian-uk-network-front.xml item for item under its own file
name, and a corpus row's split hashes its file name, so one text could be labelled in dev under one file
and in test under the other: tuning on dev would tune on test. ``bench/split_by_text.py`` keys every item
by its text (``extract_quality.text_key``); no labelled set may hold one text in both parts.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.extract_quality import split_of
from bench.split_by_text import SETS, both_parts, claims_set, corpus_items, literals_in_test_text
from tests.conftest import shared_path

# One unlabelled item that the two Guardian files both carry; its two pointers hash to different parts.
GUID = "http://www.theguardian.com/travel/2016/jan/12/literary-travel-10-must-read-books-for-travellers"
COPIES = ("guardian-truncated-fragment.xml", "guardian-uk-network-front.xml")


@pytest.fixture(scope="module")
def corpus():
    return corpus_items(shared_path("corpus", "feeds"))


def test_one_text_labelled_under_two_files_in_both_parts_is_found(corpus, tmp_path):
    rows = [{"id": f"{file}:{GUID}", "split": split_of(f"{file}\n{GUID}"), "file": file, "guid": GUID}
            for file in COPIES]
    assert {r["split"] for r in rows} == {"dev", "test"}
    (tmp_path / "claims_labelled.jsonl").write_text("")
    (tmp_path / "claims_written.jsonl").write_text("")
    (tmp_path / "claims_corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    both = both_parts(claims_set(corpus, tmp_path))

    assert [{part: sorted(p) for part, p in parts.items()} for parts in both.values()] == [
        {r["split"]: [(r["file"], GUID)] for r in rows}]


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_labelled_set_holds_one_text_in_both_parts(corpus, name):
    both = both_parts(SETS[name](corpus))

    assert not both, f"{name}: labelled in dev and in test: {[sorted(p['test']) for p in both.values()]}"


def test_no_test_string_literal_repeats_a_test_labelled_text(corpus):
    """Rows written "from unlabelled corpus text" may be test text (stop 59 found ten): a literal of 60+
    characters found in a test-labelled text is listed by file and line, never by its text."""
    rows = [r for load in SETS.values() for r in load(corpus)]

    hits = literals_in_test_text(rows, Path(__file__).resolve().parents[1])

    assert not hits, "test literals found in test-labelled texts: " + "; ".join(
        f"{path.relative_to(Path(__file__).resolve().parents[2])}:{line} = test {pointer[0]} {pointer[1]}"
        for path, line, pointer in hits)
