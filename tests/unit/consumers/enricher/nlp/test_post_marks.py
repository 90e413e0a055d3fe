"""post_marks: a nationality and its country are one mark; names apart in more than a shared word are not;
a word of the post itself is no mark."""
from __future__ import annotations

import pytest

from consumers.enricher.nlp.post_marks import fits, marks_before, same_mark


@pytest.mark.parametrize(("a", "b"), [
    ("Australian", "Australia"), ("German", "Germany"), ("Japanese", "Japan"), ("Kenyan", "Kenya"),
    ("Italian", "Italy"), ("Swedish", "Sweden"), ("Iraqi", "Iraq"), ("Argentine", "Argentina"),
    ("French", "France"), ("British", "UK"), ("American", "United States"), ("South Korean", "South Korea"),
    ("Chelsea", "Chelsea"), ("HSBC", "HSBC"),
    # made only of words other names share: still itself
    ("United", "United"), ("Democratic", "Democratic"), ("City", "City"),
])
def test_post_marks_same_mark(a: str, b: str):
    assert same_mark(a, b) and same_mark(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Austrian", "Australia"), ("South Korean", "South African"), ("Newcastle United", "Manchester United"),
    ("Iranian", "Iraq"), ("French", "Finland"), ("Chinese", "Chile"), ("Arsenal", "Chelsea"), ("Slovak", "Czech"),
])
def test_post_marks_other_mark(a: str, b: str):
    assert not same_mark(a, b) and not same_mark(b, a)


def test_post_marks_fits_any_pair():
    assert fits(frozenset({"Argentine"}), frozenset({"Argentina", "Foreign"}))
    assert not fits(frozenset({"Argentine"}), frozenset({"Brazilian"}))
    assert not fits(frozenset({"Argentine"}), frozenset())


@pytest.mark.parametrize(("text", "marks"), [
    ("Foreign Minister Wang Yi met Indian officials.", set()),
    ("Vice President JD Vance toured the plant.", set()),
    ("Home Secretary Shabana Mahmood visited Dover.", set()),
    ("Defence Secretary John Healey visited troops.", set()),
    ("Chinese Foreign Minister Wang Yi met Indian officials.", {"Chinese"}),
    ("Arsenal manager Mikel Arteta praised his players.", {"Arsenal"}),
])
def test_post_marks_title_words_are_no_mark(extractor, text: str, marks: set[str]):
    doc = extractor.nlp(text)
    token_ents = {t.i: (e.label_, e.text) for e in doc.ents for t in e}
    post = next(t for t in doc if t.lower_ in ("minister", "president", "secretary", "manager"))
    assert set(marks_before(post, token_ents, untagged=True)) == marks
