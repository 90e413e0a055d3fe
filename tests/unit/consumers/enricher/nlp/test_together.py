"""Persons named together (together.py): which coordinations are one antecedent, and which phrases count them."""
from __future__ import annotations

import pytest

from consumers.enricher.nlp.together import counted_people, named_together


def _token_ents(doc) -> dict[int, tuple[str, str]]:
    return {t.i: (ent.label_, ent.text) for ent in doc.ents for t in ent}


def _together(extractor, text: str):
    doc = extractor.nlp(text)
    ents = _token_ents(doc)
    found = [named_together(ent.root, ents, {}) for ent in doc.ents if ent.label_ == "PERSON"]
    return [g for g in found if g]


def _head(extractor, text: str, word: str):
    return next(t for t in extractor.nlp(text) if t.text == word)


def test_together_two_honorifics_before_one_surname(extractor):
    groups = _together(extractor, "Mr and Mrs Patel have run the corner shop for 30 years.")
    assert [(g.name, g.count, g.genders) for g in groups] == [("Mr and Mrs Patel", 2, ("m", "f"))]


@pytest.mark.parametrize("text", ["Her husband and Sarah Clark were arrested at the house on Monday.",
                                  "A man and Joanne Price were taken to hospital after the crash."])
def test_together_an_unnamed_person_is_no_honorific(extractor, text: str):
    assert _together(extractor, text) == []


def test_together_a_longer_list_is_not_its_last_two(extractor):
    assert _together(extractor, "Mike Dunn, his wife Jenny Dunn and their son Alex run the hotel.") == []


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The couple said the day had been perfect.", "couple", (2, None)),
    ("The two women said they had survived on rainwater.", "women", (2, "f")),
    ("Both men said they would sue.", "men", (2, "m")),
    ("Two women said the driver had fled.", "women", None),
    ("Two women who stopped to help said the driver had fled.", "women", None),
    ("The couple who own it said the flat was sold.", "couple", None),
])
def test_together_counted_people(extractor, text: str, word: str, expected):
    assert counted_people(_head(extractor, text, word)) == expected
