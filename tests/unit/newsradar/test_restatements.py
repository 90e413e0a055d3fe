"""newsradar/restatements.py: a paraphrase and the quote right after it, by one speaker, are one statement."""
from __future__ import annotations

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


def test_restatements_a_paraphrase_quoting_the_next_quote_restates_it_though_a_group_is_named():
    reported = "Party leaders said the vote shows the \u201cdoor is wide open\u201d for them next year."
    quote = "\u201cThe door is wide open for us,\u201d Chair Ana Berg told reporters."

    def pair(reported: str) -> tuple[list[Claim], str]:
        text = reported + "\n" + quote
        content = reported.removeprefix("Party leaders said ").rstrip(".")
        return [claim(text, reported, content, "mixed", resolved=""),
                claim(text, quote, "The door is wide open for us", "direct", resolved="Ana Berg")], text

    assert restatement_links(*pair(reported)) == [(0, 1)]
    borrowed = "Party leaders said the budget leaves the border \u201cwide open\u201d to smugglers."
    assert restatement_links(*pair(borrowed)) == [], "two quoted words are a label, not the quote"
    inside = "Party leaders said the \u201che door is wide\u201d line was theirs."
    assert restatement_links(*pair(inside)) == [], "the quote's words, not letters inside them"


def test_restatements_a_quoted_phrase_links_one_statement_not_a_rebuttal_or_another_speaker():
    def linked(reported: str, content: str, quote: str, said: str, resolved: str = "", by: str = "") -> bool:
        text = reported + "\n" + quote
        # the extractor's flag: the quote's verb is negated
        negated = " not " in said
        return restatement_links([claim(text, reported, content, "mixed", resolved=by),
                                  claim(text, quote, said, "direct", resolved=resolved).model_copy(
                                      update={"negated": negated})], text) == [(0, 1)]

    critics = "Critics said the new border plan was \u201cdead on arrival in Congress.\u201d"
    assert not linked(critics, "the new border plan was \u201cdead on arrival in Congress.\u201d",
                      "\u201cThis plan is not dead on arrival in Congress,\u201d Senator Jane Moore told reporters.",
                      "This plan is not dead on arrival in Congress", "Jane Moore"), "a rebuttal denies the claim"
    biden = "President Biden said the shooting was \u201can act of pure evil.\u201d"
    assert not linked(biden, "the shooting was \u201can act of pure evil.\u201d",
                      "\u201cIt was an act of pure evil,\u201d Senate Majority Leader Chuck Schumer said.",
                      "It was an act of pure evil", "Chuck Schumer", by="Joe Biden"), "two people, one phrase"
    remarks = "Republicans said the senator\u2019s remarks were \u201ca disgrace to the chamber.\u201d"
    assert not linked(remarks, "the senator\u2019s remarks were \u201ca disgrace to the chamber.\u201d",
                      "\u201cWhat is a disgrace to the chamber is their silence,\u201d Senator Ruth Alder said.",
                      "What is a disgrace to the chamber is their silence", "Ruth Alder"), "a phrase it mentions"
    storm = "Officials said the storm was \u201cthe country\u2019s worst in a generation.\u201d"
    assert linked(storm, "the storm was \u201cthe country\u2019s worst in a generation.\u201d",
                  "\u201cThis storm is the country's worst in a generation,\u201d Governor Ana Berg said.",
                  "This storm is the country's worst in a generation", "Ana Berg"), "one statement, two apostrophes"
