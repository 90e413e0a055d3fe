"""Speaker probes for "X put it <manner>: <clause>", the idiom that says the clause after the colon is X's words.

Project-written sentences in several outlets' styles (wire, broadsheet, local, business, sport), not taken from
bench/data. "Put it" with only its manner ("bluntly", "another way", "this way") before a colon reports what the
subject said; "put it" with a place, a particle or a figure ("put it on the agenda", "put it up for sale", "put it
at 40,000") is an act, and the clause after the colon is then no words of the subject's. Rows the code still gets
wrong are strict xfails with the cause, so a fix shows up as an unexpected pass.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_not_given_to, assert_spoken_by

PROBES = [
    pytest.param("Maria Lopez, the mayor, put it bluntly: the city cannot afford a second stadium.",
                 "cannot afford a second stadium", "Maria Lopez", id="apposed-role-bluntly"),
    pytest.param("Dr Helen Park, an epidemiologist at Leeds, put it more bluntly: the vaccine works, and the data "
                 "show it.",
                 "the vaccine works", "Helen Park", id="more-bluntly"),
    pytest.param("The harbour master, Ioana Petrescu, put it simply: the port has room for 60 million tonnes.",
                 "port has room", "Ioana Petrescu", id="role-first-simply"),
    pytest.param("Economist Raj Mehta put it another way: households are spending savings they built up during "
                 "the pandemic.",
                 "households are spending savings", "Raj Mehta", id="another-way"),
    pytest.param("Coach Tom Reilly put it succinctly: the team stopped running after half-time.",
                 "stopped running after half-time", "Tom Reilly", id="sport-succinctly"),
    pytest.param("The chief executive of Brightwell Foods, Sam Okafor, put it this way: the company will not raise "
                 "prices again this year.",
                 "will not raise prices again", "Sam Okafor", id="business-this-way"),
    pytest.param("Anna Berg chairs the residents' association. She put it simply: the estate has waited ten years "
                 "for a new roof.",
                 "estate has waited ten years", "Anna Berg", id="pronoun-subject"),
    pytest.param("Union leader Mick Dwyer put it starkly: members will strike if the offer is not improved.",
                 "members will strike", "Mick Dwyer", id="union-starkly"),
    pytest.param("Kenya's finance minister, John Mbadi, put it differently: the debt is large but the country can "
                 "pay it.",
                 "debt is large", "John Mbadi", id="wire-differently"),
    pytest.param("The regulator put it bluntly: water companies have spent too little on sewers for 20 years.",
                 "spent too little on sewers", "regulator", id="body-bluntly"),
    pytest.param("Councillor Priya Shah put it best: the library is the only warm room some families have.",
                 "library is the only warm room", "Priya Shah", id="put-it-best"),
    pytest.param("Maria Lopez, the mayor, put it bluntly: “We cannot afford a second stadium.”",
                 "cannot afford a second stadium", "Maria Lopez", id="quote-after-colon-unchanged"),
]

# "Put it" as an act: the clause after the colon is a claim, but not the subject's.
LOOK_ALIKES = [
    pytest.param("The farmer put it up for sale: the land had flooded three times in two years.",
                 "land had flooded three times", {"farmer"}, id="put-it-up-for-sale"),
    pytest.param("The board put it to a vote: 60 percent of shareholders backed the takeover.",
                 "60 percent of shareholders backed", {"board"}, id="put-it-to-a-vote"),
    pytest.param("Police put it at 40,000: the march was the largest in the city for a decade.",
                 "march was the largest", {"Police"}, id="put-it-at-a-figure"),
    pytest.param("The company put it into practice last year: staff now work four days a week.",
                 "staff now work four days a week", {"company"}, id="put-it-into-practice"),
    pytest.param("Lena Fischer put it simply, then left the room. The vote had been lost by two.",
                 "vote had been lost by two", {"Lena Fischer"}, id="no-colon-no-words"),
]

# "Put it" that reports nobody's words, so the clause after the colon is in no claim: an act whose sentence the
# pipeline leaves unclaimed, a comparison that names another speaker, a relative clause that runs the colon's
# sentence on into the main clause, and a question after the colon, which asserts nothing.
NO_WORDS = [
    pytest.param("The council put it on the agenda: residents will vote on the plan in May.",
                 "residents will vote on the plan", id="put-it-on-the-agenda"),
    pytest.param("Ruth Adler put it down to one thing: the weather ruined the harvest.",
                 "weather ruined the harvest", id="put-it-down-to"),
    pytest.param("The museum put it on display: the sword was found in a field near Leicester in 2019.",
                 "sword was found in a field", id="put-it-on-display"),
    pytest.param("Daniel Okoro put the phone down: the talks had failed.",
                 "talks had failed", id="put-the-phone-down"),
    pytest.param("Grace Adjei put it behind her: the club had offered a new contract by March.",
                 "club had offered a new contract", id="put-it-behind-her"),
    pytest.param("Engineers put it back together: the bridge reopened to traffic on Monday.",
                 "bridge reopened to traffic", id="put-it-back-together"),
    pytest.param("Striker Leon Baptiste put the ball past the keeper: the match was level again.",
                 "match was level again", id="put-the-ball-is-not-put-it"),
    pytest.param("Few put it more bluntly than the governor: the state is bankrupt.",
                 "state is bankrupt", id="more-bluntly-than-x"),
    pytest.param("The minister, who put it bluntly: the talks are over, left before questions.",
                 "talks are over", id="put-it-in-a-relative-clause"),
    pytest.param("The coach put it this way: why would we change a winning team?",
                 "change a winning team", id="question-after-the-colon"),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), PROBES)
def test_speakers_put_it_gives_the_words_after_the_colon(extractor, text: str, fragment: str, expected: str):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize(("text", "fragment", "wrong"), LOOK_ALIKES)
def test_speakers_put_it_as_an_act_gives_no_words(extractor, text: str, fragment: str, wrong: set[str]):
    """The clause after an act's colon ("put it on the agenda:") is still a claim, but not the subject's: it
    guards against reading every "put it ...:" as the idiom."""
    assert_not_given_to(extractor, text, fragment, wrong)


def test_speakers_put_it_better_than_x_is_not_the_subjects(extractor):
    assert_spoken_by(extractor, "Nobody put it better than the coach: the team played without fear.",
                     "team played without fear", None)


@pytest.mark.parametrize(("text", "fragment"), NO_WORDS)
def test_speakers_put_it_gives_no_claim(extractor, text: str, fragment: str):
    claims = [c for c in extractor.extract_text(text).claims if fragment in c.content]
    assert not claims, [(c.speaker, c.content, c.rule) for c in claims]
