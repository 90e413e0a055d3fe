"""post_marks: a nationality and its country are one mark; neighbours' names are not."""
from __future__ import annotations

import pytest

from consumers.enricher.nlp.post_marks import fits, same_mark


@pytest.mark.parametrize(("a", "b"), [
    ("Australian", "Australia"), ("German", "Germany"), ("Japanese", "Japan"), ("Kenyan", "Kenya"),
    ("Italian", "Italy"), ("Swedish", "Sweden"), ("Iraqi", "Iraq"), ("Argentine", "Argentina"),
    ("French", "France"), ("British", "UK"), ("American", "United States"), ("South Korean", "South Korea"),
    ("Chelsea", "Chelsea"), ("HSBC", "HSBC"),
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
