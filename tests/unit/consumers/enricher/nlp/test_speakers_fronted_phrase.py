"""Speaker probes for a phrase fronted before a cue: "For the harbour master, ..., the numbers tell the story."

Project-written sentences (wire, local, business, sport), not taken from bench/data. A prepositional phrase that
opens the sentence and hangs on the cue itself says for whom, when or about what something was told; it is no
words of the cue's subject, so it must be in no claim. Look-alikes keep their claim: a clause before ", X said"
whose own verb the opening phrase belongs to ("For the first time in a decade, inflation has fallen ..., the
central bank said"). Rows the code still gets wrong are strict xfails with the cause.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_spoken_by

# (text, a words of the fronted phrase that must be in no claim)
FRONTED = [
    pytest.param("For the harbour master, Captain Ioana Petrescu, the numbers tell the story.",
                 "harbour master", id="for-x-the-numbers-tell"),
    pytest.param("For the families of the missing sailors, the new figures tell a grim story.",
                 "families of the missing sailors", id="for-families-figures-tell"),
    pytest.param("After a three-hour meeting with the unions on Tuesday, the minister told reporters.",
                 "three-hour meeting", id="after-meeting-told-reporters"),
    pytest.param("For residents of the estate, the council's report tells them little.",
                 "residents of the estate", id="for-residents-report-tells"),
    pytest.param("At a packed meeting in the village hall on Thursday night, the developer's spokesman spoke for "
                 "an hour.",
                 "packed meeting in the village hall", id="at-meeting-spoke"),
    pytest.param("In a letter to shareholders last month, the chairman wrote at length.",
                 "letter to shareholders", id="in-a-letter-wrote"),
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
