"""Speaker probes for a phrase fronted before a cue: "For the harbour master, ..., the numbers tell the story."

Project-written sentences (wire, local, business, sport), not taken from bench/data. A prepositional phrase that
opens the sentence and hangs on the cue itself says for whom, when or about what something was told; it is no
words of the cue's subject, so it must be in no claim. Look-alikes keep their claim: a clause before ", X said"
whose own verb the opening phrase belongs to ("For the first time in a decade, inflation has fallen ..., the
central bank said"), and a clause the parser broke up that opens on a preposition ("Under the plan, no new taxes,
the minister said"). Rows the code still gets wrong are strict xfails with the cause.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_spoken_by, strict_xfail

_BARE_CUE = strict_xfail("a bare '..., X said.' keeps its clause, so a phrase alone before it is still taken as "
                         "X's words: only a cue with words after it ('told reporters') marks the phrase as the cue's")

# (text, words of the fronted phrase that must be in no claim)
FRONTED = [
    pytest.param("For the harbour master, Captain Ioana Petrescu, the numbers tell the story.",
                 "harbour master", id="for-x-the-numbers-tell"),
    pytest.param("For the families of the missing sailors, the new figures tell a grim story.",
                 "families of the missing sailors", id="for-families-figures-tell"),
    pytest.param("After a three-hour meeting with the unions on Tuesday, the minister told reporters.",
                 "three-hour meeting", id="after-meeting-told-reporters"),
    pytest.param("For residents of the estate, the council's report tells them little.",
                 "residents of the estate", id="for-residents-report-tells"),
    pytest.param("In a letter to shareholders last month, the chairman wrote at length.",
                 "letter to shareholders", id="in-a-letter-wrote"),
    pytest.param("At the end of a long day of talks, the envoy told reporters.",
                 "long day of talks", id="at-the-end-told-reporters"),
    pytest.param("In a speech in Berlin on Monday, the chancellor said.",
                 "speech in Berlin", id="in-a-speech-bare-said", marks=_BARE_CUE),
    pytest.param("In an interview with the BBC, the minister said.",
                 "interview with the BBC", id="in-an-interview-bare-said", marks=_BARE_CUE),
]

# A clause the parser broke up, opening on a preposition: the small model hangs its noun phrase on the inner comma
# or on the preposition's object, and the whole of it is still the speaker's words.
BROKEN_CLAUSES = [
    pytest.param(text, text.split(",")[0], speaker, id=ident) for text, speaker, ident in [
        ("Under the plan, no new taxes, the minister said.", "minister", "under-the-plan-no-new-taxes"),
        ("By 2030, net zero, the company said.", "company", "by-2030-net-zero"),
        ("Despite the cuts, no job losses this year, the company said.", "company", "despite-the-cuts"),
        ("After the storm, chaos on the roads, police said.", "police", "after-the-storm"),
        ("In the north, snow and ice, forecasters warned.", "forecasters", "in-the-north-warned"),
        ("Near the border, heavy fighting overnight, witnesses said.", "witnesses", "near-the-border"),
        ("On the economy, more of the same, the chancellor said.", "chancellor", "on-the-economy"),
        ("On inflation, a clear improvement, the governor told reporters.", "governor", "on-inflation-told-reporters"),
        ("In Mariupol, no electricity and no water, the mayor said.", "mayor", "in-mariupol"),
        ("After weeks of talks, agreement at last, a diplomat said.", "diplomat", "after-weeks-of-talks"),
        ("In the south, heavy rain and flooding, the Met Office warned.", "Met Office", "in-the-south-met-office"),
        ("On immigration, no change, the spokesman said.", "spokesman", "on-immigration"),
        ("At the border, long queues and delays, hauliers said.", "hauliers", "at-the-border"),
        ("For Smith, a first title in ten years, his agent said.", "agent", "for-smith-his-agent"),
        ("In March, a record 4 million passengers, the airport said.", "airport", "in-march-record-passengers"),
        ("For the club, a record profit of 40 million pounds, the chairman said.", "chairman",
         "for-the-club-record-profit"),
        ("Among the injured, two firefighters, police said.", "police", "among-the-injured"),
        ("After the merger, 3,000 fewer staff, analysts estimated.", "analysts", "after-the-merger-estimated"),
    ]
]

LOOK_ALIKES = [
    pytest.param("For the first time in a decade, inflation has fallen below 2 percent, the central bank said.",
                 "inflation has fallen below 2 percent", "central bank", id="clause-with-its-own-phrase"),
    pytest.param("Drones struck an energy facility in the southern Odesa region overnight, Ukrainian officials "
                 "said Friday.",
                 "struck an energy facility", "Ukrainian officials", id="plain-inverted-cue"),
    pytest.param("After months of delays, the new bridge will open in June, the council said.",
                 "new bridge will open in June", "council", id="fronted-phrase-of-the-clause"),
    pytest.param("For Maria Lopez, the mayor, the stadium is a waste of money, she told the Gazette.",
                 "stadium is a waste of money", "Maria Lopez", id="for-x-then-her-clause"),
    pytest.param("Three dead in Kabul blast, police said.",
                 "Three dead in Kabul blast", "police", id="verbless-headline-clause"),
    pytest.param("In the first three months of the year, sales rose 12 percent, the company said.",
                 "sales rose 12 percent", "company", id="in-the-first-quarter-sales-rose"),
]


@pytest.mark.parametrize(("text", "phrase"), FRONTED)
def test_speakers_fronted_phrase_of_the_cue_is_no_claim(extractor, text: str, phrase: str):
    claims = [c for c in extractor.extract_text(text).claims if phrase in c.content]
    assert not claims, [(c.speaker, c.content, c.rule) for c in claims]


@pytest.mark.parametrize(("text", "fragment", "expected"), LOOK_ALIKES)
def test_speakers_fronted_phrase_of_the_clause_keeps_its_claim(extractor, text: str, fragment: str, expected: str):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize(("text", "fragment", "expected"), BROKEN_CLAUSES)
def test_speakers_fronted_phrase_of_a_broken_clause_keeps_its_claim(extractor, text: str, fragment: str,
                                                                     expected: str):
    assert_spoken_by(extractor, text, fragment, expected)
