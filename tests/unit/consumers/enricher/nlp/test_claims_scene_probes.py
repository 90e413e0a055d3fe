"""The scene of someone's words, told in the sentence before them: a probe set (issue 12, stop 55).

"The council leader, Simon Achebe, rang in minutes later. “We have filled 14 empty shops,” he said.": a meeting, an
attendance or a call with no figure, done by the one whose words the next sentence reports, sets the scene of those
words; by the labelling guide (bench/data/README.md) it is no author assertion, as it is not when the words follow
in the same sentence. Decisive acts, talks held, an arrival for talks, a figure and a meeting that is itself the news
stay the author's, as the labels read them. A rule for the scene was written and reverted at stop 55: a list of
scene verbs cannot tell a courtesy meeting from a meeting that is the news, so the scene rows main gets wrong are
strict xfails.

The unlabelled corpus holds no instance of the pattern: of its sentences with a scene verb (58 found in review),
none is followed by its doer's words. The corpus rows (sentences of unlabelled items hashing to dev, ``../shared``
feeds named beside each) are therefore leave-alone rows only: no rule for the scene reaches them.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import strict_xfail

NO_ASSERTION = "<no author assertion>"

_SCENE = strict_xfail("the scene rule was reverted at stop 55: a verb list cannot tell a courtesy meeting from a "
                      "meeting that is the news")

SCENE_BEFORE_WORDS = [
    pytest.param("The mayor, Lena Fischer, met shop owners at the town hall on Monday. She said the market would "
                 "reopen in the spring.", NO_ASSERTION, id="met-then-she-said", marks=_SCENE),
    pytest.param("Union leader Dev Malhotra attended the rally outside parliament. He told the crowd that members "
                 "would not accept the deal.", NO_ASSERTION, id="attended-then-told", marks=_SCENE),
    pytest.param("Rosa Delgado, the club's chairwoman, rang the radio station shortly after the match. “We will appeal "
                 "this decision,” she said.", NO_ASSERTION, id="rang-then-quote", marks=_SCENE),
    pytest.param("Environment minister Priya Raman met farmers in Nakuru on Thursday. Raman said the drought fund "
                 "would be doubled.", NO_ASSERTION, id="met-then-name-said", marks=_SCENE),
    pytest.param("Ambassador Tomas Lind attended the memorial service in Oslo. “Norway stands with the families,” "
                 "Lind said.", NO_ASSERTION, id="attended-then-quote", marks=_SCENE),
    pytest.param("Judge Martin Hale sat in the public gallery for the closing speeches. He said the trial had been "
                 "fair.", NO_ASSERTION, id="sat-then-said"),
]

# The rule must leave these alone: a decisive act, talks, an arrival for talks or a figure before the words.
EVENTS_BEFORE_WORDS = [
    pytest.param("Transport secretary Mark Ellery resigned on Friday. He said he had lost the confidence of his "
                 "colleagues.", "Mark Ellery resigned on Friday", id="resigned-then-said"),
    pytest.param("Foreign minister Elena Varga held talks with her Serbian counterpart in Belgrade. She said the "
                 "border dispute was close to being settled.", "held talks with her Serbian counterpart",
                 id="held-talks-then-said"),
    pytest.param("Finance minister Rafael Ortiz arrived in Washington on Sunday for talks with the fund. He said Chile "
                 "would not need a loan.", "arrived in Washington on Sunday", id="arrived-for-talks-then-said"),
    pytest.param("Health secretary Joan Pike met 40 nurses at St Mary's hospital on Tuesday. She said their pay would "
                 "rise in April.", "met 40 nurses", id="met-a-count-then-said"),
]

# Review rows (stop 55) a scene rule must leave alone: a meeting that is the news, or a scene verb beside an act of its
# own, is the author's event whoever speaks next; so is a scene whose next words are another named speaker's.
NEWS_BEFORE_WORDS = [
    pytest.param("Foreign minister Ingrid Dahl met the Taliban delegation in Doha on Tuesday, the first such meeting "
                 "by a European minister. She said the talks had been frank.", "met the Taliban delegation",
                 id="met-taliban-news"),
    pytest.param("Chancellor Otto Brandt met Vladimir Putin in Moscow on Friday. He said he had urged the Russian "
                 "leader to withdraw his troops.", "met Vladimir Putin", id="met-putin-news"),
    pytest.param("Prime Minister Kenji Sato met President Lee Jae-won in Seoul and signed a trade pact. He said the "
                 "deal would open both markets.", "signed a trade pact", id="met-and-signed"),
    pytest.param("Interior minister Clara Weiss attended the cabinet meeting and resigned an hour later. She said she "
                 "could not support the bill.", "resigned an hour later", id="attended-and-resigned"),
]
NAMED_OTHER_SPEAKER = [
    pytest.param("Queen Sofia attended the memorial service in Madrid. “She was a friend to all of us,” Archbishop "
                 "Carlos Osoro said.", "attended the memorial service", id="attended-named-other-speaker"),
    pytest.param("Foreign minister Ingrid Dahl met the Taliban delegation in Doha on Tuesday. Her deputy, Nils Berg, "
                 "said the talks had been frank.", "met the Taliban delegation", id="met-deputy-speaks"),
]

# Unlabelled corpus items hashing to dev; no words of the actor follow, so the rule must not touch them. Three
# (children-sat, refugees-arrived, doses-arrived) were test-labelled texts: rewritten at stop 59 in other words.
CORPUS_SCENES = [
    pytest.param("Dozens of police officers and bailiffs arrived at the camp on Duttons Lane, Upton, Cheshire, on "
                 "Tuesday morning, more than two months after the high court ordered protesters to leave the site so "
                 "that drilling could begin.", "arrived at the camp", id="corpus-guardian-uk-bailiffs-arrived"),
    pytest.param("The Peruvian pupils sat in a Lima clinic watching a juggler in a striped hat toss his jangling "
                 "bells. They had not come for the show, but were queuing for one of Peru's locally made flu "
                 "shots.", NO_ASSERTION, id="corpus-cnn-children-sat"),
    pytest.param("Nadal was joined by Gaël Monfils and Mats Wilander as the World team defeated Hewitt, Nick Kyrgios "
                 "and Pat Cash’s Australia team over a number of singles and doubles games.", "World team defeated",
                 id="corpus-guardian-fragment-nadal-joined"),
    pytest.param("Five times as many migrants have arrived in Italy by ferry so far this week as in the whole of last "
                 "March.", "arrived in Italy by ferry", id="corpus-guardian-fragment-refugees-arrived"),
    pytest.param("Over half a million doses of the Moderna flu vaccine arrived in Indonesia early on Tuesday "
                 "morning.", "arrived in Indonesia", id="corpus-gmanews-doses-arrived"),
    pytest.param("Shredded copies of her bestseller arrived in her post. But now she has found a surprising advocate "
                 "of what she called “Chinese mothering”.", NO_ASSERTION, id="corpus-guardian-fragment-copies-arrived"),
    pytest.param("The BBC's Lyse Doucet meets the female crew of Afghanistan's national airline, who are in hiding.",
                 NO_ASSERTION, id="corpus-bbc-doucet-meets"),
    pytest.param("In the first of a special series on the impact of gentrification on cities around the world, Dan "
                 "Hancox meets victims and beneficiaries of this highly emotive issue.", NO_ASSERTION,
                 id="corpus-guardian-fragment-hancox-meets"),
    pytest.param("Dele Alli joined for £5m from MK Dons last year.", "Dele Alli joined for £5m",
                 id="corpus-guardian-fragment-alli-joined"),
]


@pytest.mark.parametrize("text,fragment", SCENE_BEFORE_WORDS + EVENTS_BEFORE_WORDS + NEWS_BEFORE_WORDS
                         + NAMED_OTHER_SPEAKER + CORPUS_SCENES)
def test_scene_before_words_probe(extractor, text, fragment):
    claims = extractor.extract_text(text).claims
    assertions = [c.content for c in claims if c.kind == "assertion" and c.speaker_type == "AUTHOR"]
    if fragment == NO_ASSERTION:
        assert assertions == [], f"no author assertion, yet found: {assertions}"
        return
    assert len([a for a in assertions if fragment in a]) == 1, f"{fragment!r} not asserted once: {assertions}"


@pytest.mark.parametrize("text,speaker", [
    ("The mayor, Lena Fischer, met shop owners at the town hall on Monday. She said the market would reopen in the "
     "spring.", "Lena Fischer"),
    ("Rosa Delgado, the club's chairwoman, rang the radio station shortly after the match. “We will appeal this "
     "decision,” she said.", "Rosa Delgado"),
])
def test_scene_before_words_keeps_the_words(extractor, text, speaker):
    """Dropping the scene's assertion leaves the words that follow with their speaker."""
    claims = extractor.extract_text(text).claims
    assert [c.speaker_resolved for c in claims if c.kind != "assertion"] == [speaker]
