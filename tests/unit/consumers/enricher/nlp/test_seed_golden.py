"""Golden tests on the seed article (skipped when ../shared is absent)."""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import claim_with


@pytest.fixture(scope="module")
def seed(extractor, seed_text):
    return extractor.extract_text(seed_text)


def test_seed_entities_are_canonical(seed):
    by_name = {e.canonical: e for e in seed.entities}
    for name, label in [("Vladimir Putin", "PERSON"), ("Taliban", "ORG"), ("Jim Banks", "PERSON"),
                        ("Newsmax", "ORG"), ("Kabul", "GPE"), ("$7.1 billion", "MONEY"),
                        ("Joe Biden", "PERSON"), ("United States", "GPE")]:
        assert name in by_name, sorted(by_name)
        assert by_name[name].label == label
    assert by_name["Vladimir Putin"].count >= 4          # "Putin" folded in
    assert by_name["Vladimir Putin"].in_title
    assert any(m.text == "Team Biden" for m in by_name["Joe Biden"].mentions)
    assert not by_name["Jim Banks"].in_title


def test_seed_bylines_and_credits_are_not_entities(seed):
    names = " ".join(e.canonical for e in seed.entities)
    assert "WorldTribune" not in names
    assert "Ali Khara" not in names and "Reuters" not in names


def test_seed_report_said(seed):
    c = claim_with(seed, "has his sights set")
    assert (c.speaker, c.speaker_type, c.cue_lemma, c.kind) == ("a report", "DOCUMENT", "say", "indirect")
    assert [(n.value, n.unit) for n in c.numbers] == [(7.1e9, "USD")]


def test_seed_reported_that_putin_is_negotiating(seed):
    c = claim_with(seed, "Putin is negotiating with the Taliban")
    assert c.cue_lemma == "report" and c.speaker_type == "DOCUMENT"
    assert "General SVR" in c.speaker
    assert c.content.startswith("Putin is negotiating")
    assert "Vladimir Putin" in c.entities and "Taliban" in c.entities


def test_seed_the_post_read(seed):
    c = claim_with(seed, "The Taliban possess weapons")
    assert (c.speaker, c.speaker_type, c.cue, c.kind) == ("the post", "DOCUMENT", "read", "direct")
    assert not c.content.endswith(",")


def test_seed_according_to(seed):
    c = claim_with(seed, "Putin wants to supply his soldiers")
    assert c.rule == "according_to" and "Kremlin officials" in c.speaker
    assert "according" not in c.content.lower()


def test_seed_channel_noted(seed):
    c = claim_with(seed, "People initiated into the details")
    assert c.cue_lemma == "note" and c.kind == "direct" and c.speaker_type == "DOCUMENT"


def test_seed_banks_told_newsmax(seed):
    c = claim_with(seed, "another example of what a")
    assert c.speaker_resolved == "Jim Banks" and c.speaker_type == "PERSON"
    assert c.addressee == "Newsmax" and c.cue_lemma == "tell"
    assert c.kind == "mixed"                       # clause with a quoted word
    assert c.hedged                                # "if the report is accurate"
    assert c.content.startswith("if the report is accurate")


def test_seed_quote_around_cue_is_one_claim(seed):
    c = claim_with(seed, "This hits home very personally")
    assert "I served in Afghanistan" in c.content            # continues after the cue
    assert c.speaker == "Banks" and c.speaker_resolved == "Jim Banks"
    assert c.addressee == "Rob Schmitt Tonight"
    assert c.kind == "direct"
    money = [n for n in c.numbers if n.unit == "USD"]
    assert money and money[0].value == 1e10 and money[0].approximate
    assert "Armed Services Committee" not in c.entities      # named in the cue, not the quote


def test_seed_banks_added(seed):
    c = claim_with(seed, "The end of the Biden administration")
    assert (c.speaker_resolved, c.cue_lemma, c.kind) == ("Jim Banks", "add", "direct")
    assert c.negated


def test_seed_quote_then_banks_said(seed):
    c = claim_with(seed, "absolute debacle")
    assert c.speaker_resolved == "Jim Banks" and c.cue_lemma == "say"
    assert c.content.startswith("Team Biden")
    assert c.kind == "mixed"


def test_seed_claims_are_selective(seed):
    # the opinion sentence "it may be easier ..." and the Related: line are no claims
    assert not any("may be easier" in c.content for c in seed.claims)
    assert not any("war booty" in c.content for c in seed.claims)
    assert not any(c.sentence.start < 80 for c in seed.claims)   # nothing from the headline
