"""``extract_quality.text_key``: what two copies of one text share, and ``split_by_text``'s two finders."""
from __future__ import annotations

import pytest

from bench.extract_quality import TEXT_KEY_CHARS, text_key
from bench.split_by_text import Labelled, both_parts, elsewhere, literals_in_test_text


@pytest.mark.parametrize("copy", [
    "THE MINISTER SAID THE DAM WOULD OPEN IN MARCH.",
    "  The minister said\n\nthe dam   would open in March. ",
    "The minister said the dam would open in March.",
])
def test_case_and_whitespace_fold(copy):
    assert text_key(copy) == text_key("The minister said the dam would open in March.")


def test_quotes_and_dashes_fold():
    assert text_key("\u201cIt\u2019s over\u201d \u2014 the mayor") == text_key("\"It's over\" - the mayor")


def test_a_copy_cut_after_the_key_is_the_same_text_and_one_changed_inside_it_is_not():
    full = "word " * TEXT_KEY_CHARS

    assert text_key(full[:TEXT_KEY_CHARS + 20] + " Continue reading...") == text_key(full)
    assert text_key("other " + full) != text_key(full)


def test_an_empty_body_has_no_key():
    assert text_key(" \n ") is None


def test_a_text_without_a_key_is_never_in_both_parts_nor_elsewhere():
    rows = [Labelled("dev", ("a.xml", "1"), None, ""), Labelled("test", ("b.xml", "1"), None, "")]

    assert both_parts(rows) == {}
    assert elsewhere(rows, {("c.xml", "1"): "x"}, "test") == {}


def test_elsewhere_names_the_other_pointers_of_one_parts_texts_only():
    rows = [Labelled("test", ("a.xml", "1"), "k", ""), Labelled("dev", ("b.xml", "2"), "j", "")]
    corpus = {("a.xml", "1"): "k", ("c.xml", "9"): "k", ("b.xml", "2"): "j"}

    assert elsewhere(rows, corpus, "test") == {("a.xml", "1"): {("c.xml", "9")}}
    assert elsewhere(rows, corpus, "dev") == {}


def test_a_long_literal_is_found_in_a_test_text_only_whatever_its_case_spacing_and_cut(tmp_path):
    said = "The harbour master said on Tuesday that the ferry would not sail again before the spring tides"
    rows = [Labelled("test", ("a.xml", "1"), "k", f"Ferry halted\n\n{said}."),
            Labelled("dev", ("b.xml", "2"), "j", f"Ferry halted\n\n{said}.")]
    (tmp_path / "test_rows.py").write_text(
        "ROWS = [\n"
        "    'bour master said on Tuesday that the ferry  would not sail again before the SPRING tides',\n"
        "    'a literal of sixty characters or more that no labelled text holds',\n"
        "    'short',\n]\n")

    assert literals_in_test_text(rows, tmp_path) == [(tmp_path / "test_rows.py", 2, ("a.xml", "1"))]
