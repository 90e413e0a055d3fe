"""newsradar/restatements.py: a paraphrase and the quote right after it, by one speaker, are one statement."""
from __future__ import annotations

import pytest

from newsradar.claim_match import Fresh, place, signature
from newsradar.restatements import restatement_links
from newsradar.schema import Claim, Span

REPORTED = "Senate Minority Leader Chuck Schumer said Tuesday's results should worry elected Republicans."
QUOTE = "\u201cOur Republican friends better look out,\u201d he said."
ADDED = "He added: \u201cThe midterms will be a wave.\u201d"


def claim(text: str, sentence: str, content: str, kind: str, resolved: str = "Chuck Schumer",
          cue_lemma: str = "say") -> Claim:
    start = text.index(sentence)
    at = text.index(content, start)
    return Claim(claim_id=content, kind=kind, speaker="he", speaker_resolved=resolved, speaker_type="PRONOUN",
                 cue_lemma=cue_lemma, content=content, sentence=Span(start=start, end=start + len(sentence)),
                 content_span=Span(start=at, end=at + len(content)), rule="test", confidence=0.9,
                 source_kind="person")


def schumer(quote: str = QUOTE, between: str = "\n", **quoted) -> tuple[list[Claim], str]:
    text = REPORTED + between + quote
    content = quote.split("\u201c")[1].split("\u201d")[0].rstrip(",")
    return [claim(text, REPORTED, "Tuesday's results should worry elected Republicans", "indirect"),
            claim(text, quote, content, "direct", **quoted)], text


def test_restatements_link_a_paraphrase_to_the_quote_in_the_next_sentence():
    claims, text = schumer()
    assert restatement_links(claims, text) == [(0, 1)]


def test_restatements_need_one_speaker_adjacent_sentences_and_no_added_point():
    claims, text = schumer(resolved="Nancy Pelosi")
    assert restatement_links(claims, text) == [], "another speaker's quote answers, it does not restate"
    claims, text = schumer(between=" Pelosi agreed. ")
    assert restatement_links(claims, text) == [], "a sentence between them"
    claims, text = schumer(quote=ADDED, cue_lemma="add")
    assert restatement_links(claims, text) == [], "an added quote opens another point"


def test_restatements_join_in_place_though_their_words_do_not_match():
    claims, text = schumer()
    fresh = [Fresh(c.claim_id, 0.0, signature(c, "s1")) for c in claims]
    apart = place(fresh, [[], []], str)
    assert apart[0] != apart[1]
    joined = place(fresh, [[], []], str, links=restatement_links(claims, text))
    assert joined[0] == joined[1]


def test_restatements_the_quote_backs_the_last_claim_of_the_sentence_before_it():
    reported = "Taylor, who has said he supports Trump, said the wins were a referendum on the President."
    quote = "\u201cThere is no other way to look at it,\u201d he said."
    text = reported + "\n" + quote
    claims = [claim(text, reported, "he supports Trump", "indirect", resolved="Scott Taylor"),
              claim(text, reported, "the wins were a referendum on the President", "indirect", resolved="Scott Taylor"),
              claim(text, quote, "There is no other way to look at it", "direct", resolved="Scott Taylor")]
    assert restatement_links(claims, text) == [(1, 2)]


def test_restatements_a_phrase_the_paraphrase_names_something_is_no_quote_of_it():
    reported = "The government said critics were wrong to call the scheme \u201ca waste of public money.\u201d"
    quote = "\u201cThe scheme is a waste of public money,\u201d he said."
    text = reported + "\n" + quote
    claims = [claim(text, reported, "critics were wrong to call the scheme \u201ca waste of public money.\u201d", "mixed",
                    resolved=""),
              claim(text, quote, "The scheme is a waste of public money", "direct", resolved="")]
    assert restatement_links(claims, text) == [], "the quoted words are what critics call it, not a statement"


@pytest.mark.parametrize("reported, content, group, quote, said, speaker, resolved", [
    ("Republicans said the bill was \u201ca gift to the wealthy at the expense of workers.\u201d",
     "the bill was \u201ca gift to the wealthy at the expense of workers.\u201d", "Republicans",
     "\u201cThis bill is a gift to the wealthy at the expense of workers,\u201d said Democratic Senator Amy Lee.",
     "This bill is a gift to the wealthy at the expense of workers", "Democratic Senator Amy Lee", "Amy Lee"),
    ("Democrats said the ruling was \u201ca dark day for democracy.\u201d",
     "the ruling was \u201ca dark day for democracy.\u201d", "Democrats",
     "\u201cThis is a dark day for democracy,\u201d Republican leader Mike Jones said.",
     "This is a dark day for democracy", "Republican leader Mike Jones", "Mike Jones"),
])
def test_restatements_a_party_and_a_named_person_of_another_side_are_two_sources(reported, content, group, quote,
                                                                                   said, speaker, resolved):
    # the speakers as the extractor gives them: the party an official body, the quote's a person with a role
    text = reported + "\n" + quote
    paraphrase = claim(text, reported, content, "mixed", resolved=group).model_copy(
        update={"speaker": group, "speaker_type": "ORG", "source_kind": "official"})
    quoted = claim(text, quote, said, "direct", resolved=resolved).model_copy(
        update={"speaker": speaker, "speaker_type": "PERSON"})
    assert restatement_links([paraphrase, quoted], text) == []


def test_restatements_a_titled_journalist_s_quote_backs_their_report():
    # as the extractor reads them: the titled journalist a `media` speaker, the quote's "he" a person
    reported = "Fox News host Sean Hannity said the network had hired Sebastian Gorka as a strategist."
    quote = "\u201cHe is the best in the business,\u201d he said."
    text = reported + "\n" + quote
    paraphrase = claim(text, reported, "the network had hired Sebastian Gorka as a strategist", "indirect",
                       resolved="Sean Hannity").model_copy(update={"speaker": "Fox News host Sean Hannity",
                                                                   "speaker_type": "PERSON", "source_kind": "media"})
    quoted = claim(text, quote, "He is the best in the business", "direct", resolved="Sean Hannity")
    assert restatement_links([paraphrase, quoted], text) == [(0, 1)]
