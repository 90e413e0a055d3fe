"""A place's body is not the place: a probe set, one row a claim.

Issue 12's item 3 (F): "Iran's foreign ministry said" resolved to "Iran". A body a place owns (a
ministry, an agency, a commission, a court, a central bank, a council, the military) speaks as itself:
the place is its organisation, not the speaker. Project-written sentences from many countries and
desks. Look-alikes: the place speaking for itself, the place's own government (which is the place), a
named spokesman of the body, and a company's board or team, which speaks for the company. Not a label
batch; the bench does not score them.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_spoken_by, first_claim_with, speaker_matches


def _b(text: str, fragment: str, place: str, body: str, row_id: str):
    return pytest.param(text, fragment, place, body, id=row_id)


BODIES = [
    _b("Iran's foreign ministry said the talks would resume next week.", "talks", "Iran", "foreign ministry",
       "iran-foreign-ministry"),
    _b("Japan's defence ministry said a missile had landed in the sea.", "missile", "Japan", "defence ministry",
       "japan-defence-ministry"),
    _b("India's health ministry said 40 people had died of heatstroke.", "heatstroke", "India", "health ministry",
       "india-health-ministry"),
    _b("Britain's Home Office said 500 migrants crossed the Channel on Monday.", "migrants", "Britain",
       "Home Office", "britain-home-office"),
    _b("Germany's economy ministry said exports fell 2 percent in March.", "exports", "Germany", "economy ministry",
       "germany-economy-ministry"),
    _b("Nigeria's central bank said inflation rose to 30 percent.", "inflation", "Nigeria", "central bank",
       "nigeria-central-bank"),
    _b("Turkey's interior ministry said 12 suspects had been detained.", "suspects", "Turkey", "interior ministry",
       "turkey-interior-ministry"),
    _b("Brazil's environment agency said deforestation fell 30 percent last year.", "deforestation", "Brazil",
       "environment agency", "brazil-environment-agency"),
    _b("Kenya's electoral commission said turnout was 65 percent.", "turnout", "Kenya", "electoral commission",
       "kenya-electoral-commission"),
    _b("France's highest court said the law breached the constitution.", "constitution", "France", "highest court",
       "france-highest-court"),
    _b("Ukraine's military said it shot down 30 drones overnight.", "drones", "Ukraine", "military",
       "ukraine-military"),
    _b("Oslo's city council said the ban would start in May.", "ban", "Oslo", "city council", "oslo-city-council"),
    _b("South Korea's weather agency said the typhoon would reach Busan on Sunday.", "typhoon", "South Korea",
       "weather agency", "south-korea-weather-agency"),
]

LOOK_ALIKES = [
    # the place itself, its government, a named spokesman, a company's board or team
    pytest.param("Iran said the talks would resume next week.", "talks", "Iran", id="the-place-itself"),
    pytest.param("Germany's government said it would send 5,000 troops.", "troops", "Germany",
                 id="the-place-s-government"),
    pytest.param("Ahmed Khan, a spokesman for Pakistan's foreign ministry, said the envoy had been summoned.", "envoy",
                 "Ahmed Khan", id="a-named-spokesman"),
    pytest.param("China's foreign ministry spokesman Wang Wenbin said the visit was a provocation.", "provocation",
                 "Wang Wenbin", id="a-titled-spokesman"),
    pytest.param("Toyota's board said the dividend would rise.", "dividend", "Toyota", id="a-company-s-board"),
    pytest.param("Apple's legal team said the ruling would be appealed.", "appealed", "Apple",
                 id="a-company-s-legal-team"),
]

# A place's name that is a club's: its board or front office speaks as the club, resolved to it; one a place's
# alone, however spelt ("Britain"), as the place.
OWNER_VOICES = [
    pytest.param("Barcelona's board said the club would appeal.", "appeal", "Barcelona", id="a-club-s-board"),
    pytest.param("Washington's front office said the quarterback would stay.", "quarterback", "Washington",
                 id="a-club-s-front-office"),
    pytest.param("Britain's board said the plan was final.", "plan", "United Kingdom", id="a-place-spelt-otherwise"),
]

# A body owned inside the place's body: the place's possessive ends the owner, the inner one stays in the body.
NESTED_OWNERS = [
    _b("Florida's governor's office said the evacuation order had been lifted.", "evacuation", "Florida",
       "governor's office", "florida-governor-s-office"),
    _b("Texas's attorney general's office said the lawsuit had been filed.", "lawsuit", "Texas",
       "attorney general's office", "texas-attorney-general-s-office"),
    _b("Britain's prime minister's office said the summit would go ahead.", "summit", "United Kingdom",
       "prime minister's office", "britain-prime-minister-s-office"),
    _b("The US's top trade negotiator's office said the talks had stalled.", "talks", "United States",
       "top trade negotiator's office", "the-us-s-trade-negotiator-s-office"),
]

# The place as the text spells it, not by its canonical name: its possessive still ends the owner.
SPELT_OTHERWISE = [
    _b("Britain's finance ministry said the budget would be cut.", "budget", "United Kingdom", "finance ministry",
       "britain-finance-ministry"),
    _b("The UK's competition watchdog said the merger would be blocked.", "merger", "United Kingdom",
       "competition watchdog", "the-uk-s-competition-watchdog"),
    _b("America's central bank said rates would rise.", "rates", "United States", "central bank",
       "america-central-bank"),
    _b("The U.S.'s trade office said the tariffs would stay.", "tariffs", "United States", "trade office",
       "the-u-s-s-trade-office"),
]


@pytest.mark.parametrize(("text", "fragment", "place", "body"), BODIES)
def test_speakers_place_bodies_the_body_speaks_not_the_place(extractor, text: str, fragment: str, place: str,
                                                             body: str):
    c = first_claim_with(extractor, text, fragment)
    assert c.speaker_resolved != place and speaker_matches(c, body), (c.speaker_resolved, c.speaker_org, c.resolution)


@pytest.mark.parametrize(("text", "fragment", "speaker"), LOOK_ALIKES)
def test_speakers_place_bodies_look_alike(extractor, text: str, fragment: str, speaker: str):
    assert_spoken_by(extractor, text, fragment, speaker)


@pytest.mark.parametrize(("text", "fragment", "place", "body"), NESTED_OWNERS)
def test_speakers_place_bodies_an_owner_inside_the_body_stays(extractor, text: str, fragment: str, place: str,
                                                              body: str):
    c = first_claim_with(extractor, text, fragment)
    assert (c.speaker_resolved, c.speaker_org) == (body, place), c.resolution


@pytest.mark.parametrize(("text", "fragment", "place", "body"), SPELT_OTHERWISE)
def test_speakers_place_bodies_a_place_spelt_otherwise_owns_its_body(extractor, text: str, fragment: str,
                                                                     place: str, body: str):
    c = first_claim_with(extractor, text, fragment)
    assert (c.speaker_resolved, c.speaker_org) == (body, place), c.resolution


@pytest.mark.parametrize(("text", "fragment", "owner"), OWNER_VOICES)
def test_speakers_place_bodies_a_board_speaks_as_its_owner(extractor, text: str, fragment: str, owner: str):
    c = first_claim_with(extractor, text, fragment)
    assert c.speaker_resolved == owner, c.resolution
