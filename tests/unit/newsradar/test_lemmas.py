"""The lemma tables' candidates, as the claim matcher's stem reads them: one word and its inflections share a stem."""
import pytest

from newsradar.claim_match import stem
from newsradar.lemmas import get_lemmatiser


@pytest.mark.parametrize(("forms"), [
    ("feed", "feeds", "fed", "feeding"),
    ("seed", "seeds", "seeded", "seeding"),
    ("weed", "weeds", "weeding"),
    ("bed", "beds"),
    ("agree", "agreed", "agrees"),
    ("free", "freed", "frees"),
    ("need", "needs", "needed"),
    ("injure", "injured", "injures"),
    ("summon", "summoned", "summons"),
    ("sell", "sold", "sells"),
])
def test_a_word_and_its_inflections_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize(("word", "not_a_lemma"), [
    ("feed", "fee"), ("seed", "see"), ("weed", "wee"), ("bed", "be"),
])
def test_a_verbs_own_base_form_is_no_past_of_another_verb(word, not_a_lemma):
    assert not_a_lemma not in get_lemmatiser().candidates(word)


@pytest.mark.parametrize(("word", "lemma"), [
    ("agreed", "agree"), ("freed", "free"), ("injured", "injure"), ("fed", "feed"), ("seeded", "seed"),
    ("summons", "summon"), ("found", "find"), ("fed", "feed"),
])
def test_a_past_or_plural_still_finds_its_base(word, lemma):
    assert lemma in get_lemmatiser().candidates(word)
