"""A post's holder the small model left untagged is a person: entity label, and a later mention that refers back.

Project-written sentences (Indian, Nigerian, Ghanaian, South African, Philippine, Ukrainian, UK local, sport and
business copy), not taken from bench/data or the corpus. Title-case proper nouns set off right after a post ("A
spokesman for the Ministry of External Affairs, Randhir Jaiswal, said") name its holder; since round 52 the entity
rules tag them a PERSON (before, only the speaker resolver read them, so a later "Jaiswal said" stood alone and the
index had no person). Each holder row checks the label and the speaker of a later claim by the surname or "he"; the
look-alikes (a body or a place set off after a post) must not become a person. Rows still wrong are strict xfails.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import name_words, speaker_matches, strict_xfail

_KNOWN = {
    'tagged as body': strict_xfail("the model tags 'Shri Venkatesh Dhotre' as an organisation, which the holder rule "
                                   "leaves alone"),
    'title kept': strict_xfail("the model's own person 'Cllr Sarah Hughes' keeps the councillor's title in its text"),
    'body made a person': strict_xfail("main's entity rules already make an untagged two-word body's name set off "
                                       "after a post or its owner a person"),
    'airline tagged person': strict_xfail("the model tags 'Kenya Airways' as a person"),
}

HOLDERS = [
    pytest.param('A spokesman for the Ministry of External Affairs, Randhir Jaiswal, said the talks were constructive. Jaiswal added that a second round would be held in March.',
                 'a second round would be held', 'Randhir Jaiswal', 'Randhir Jaiswal', id='a-spokesman-for-the-ministry-of-external-affairs-r'),
    pytest.param('The Lagos State Commissioner for Transportation, Mr Tunde Bakare, said the bridge would reopen on Monday. Bakare said repairs had cost N2bn.',
                 'repairs had cost', 'Tunde Bakare', 'Tunde Bakare', id='the-lagos-state-commissioner-for-transportation-mr'),
    pytest.param('The district collector, Shri Venkatesh Dhotre, said 40 villages had been evacuated. Dhotre told reporters that relief camps were full.',
                 'relief camps were full', 'Venkatesh Dhotre', 'Venkatesh Dhotre', id='the-district-collector-shri-venkatesh-dhotre-said', marks=_KNOWN['tagged as body']),
    pytest.param('A police spokesperson, Chidi Nwabuzor, said two suspects had been arrested. Nwabuzor said the investigation was continuing.',
                 'the investigation was continuing', 'Chidi Nwabuzor', 'Chidi Nwabuzor', id='a-police-spokesperson-chidi-nwabuzor-said-two-susp'),
    pytest.param('The chief medical officer, Dr Oyewale Tomori, said the outbreak was under control. Tomori warned that cases could rise again in the rainy season.',
                 'cases could rise again', 'Oyewale Tomori', 'Oyewale Tomori', id='the-chief-medical-officer-dr-oyewale-tomori-said-t'),
    pytest.param('The mayor of Cebu, Raymond Garcia, said schools would stay shut. Garcia said classes would resume online.',
                 'classes would resume online', 'Raymond Garcia', 'Raymond Garcia', id='the-mayor-of-cebu-raymond-garcia-said-schools-woul'),
    pytest.param("The party's general secretary, Kwabena Agyei Agyepong, said the vote was free and fair. Agyepong said the party would accept the result.",
                 'would accept the result', 'Kwabena Agyei Agyepong', 'Kwabena Agyei Agyepong', id='the-party-s-general-secretary-kwabena-agyei-agyepo'),
    pytest.param('The principal, Mrs Adaeze Okonkwo, said pupils would sit the exam in June. Okonkwo said the school had hired two new teachers.',
                 'had hired two new teachers', 'Adaeze Okonkwo', 'Adaeze Okonkwo', id='the-principal-mrs-adaeze-okonkwo-said-pupils-would'),
    pytest.param('A spokeswoman for the health department, Thandiwe Mokoena, said the clinic would close at 6pm. Mokoena said staff shortages were to blame.',
                 'staff shortages were to blame', 'Thandiwe Mokoena', 'Thandiwe Mokoena', id='a-spokeswoman-for-the-health-department-thandiwe-m'),
    pytest.param('The deputy commissioner, Ravindra Kumar Meena, said the curfew would be lifted on Friday. Meena said internet services would be restored the same day.',
                 'internet services would be restored', 'Ravindra Kumar Meena', 'Ravindra Kumar Meena', id='the-deputy-commissioner-ravindra-kumar-meena-said'),
    pytest.param('The regional governor, Oleh Syniehubov, said three people had been killed. Syniehubov said the strike hit a school.',
                 'the strike hit a school', 'Oleh Syniehubov', 'Oleh Syniehubov', id='the-regional-governor-oleh-syniehubov-said-three-p'),
    pytest.param('The head coach, Ange Postecoglou, said the squad was tired. Postecoglou said he would rotate the side on Sunday.',
                 'he would rotate the side', 'Ange Postecoglou', 'Ange Postecoglou', id='the-head-coach-ange-postecoglou-said-the-squad-was'),
    pytest.param("The company's chief executive, Nandan Nilekani, said revenue rose 9%. Nilekani said the firm would hire 20,000 graduates.",
                 'would hire 20,000 graduates', 'Nandan Nilekani', 'Nandan Nilekani', id='the-company-s-chief-executive-nandan-nilekani-said'),
    pytest.param('The council leader, Cllr Sarah Hughes, said the budget was balanced. Hughes said council tax would rise by 4.99%.',
                 'council tax would rise', 'Sarah Hughes', 'Sarah Hughes', id='the-council-leader-cllr-sarah-hughes-said-the-budg', marks=_KNOWN['title kept']),
    pytest.param('The minister, Bheki Cele, said 12 officers had been suspended. Cele said more arrests would follow.',
                 'more arrests would follow', 'Bheki Cele', 'Bheki Cele', id='the-minister-bheki-cele-said-12-officers-had-been'),
    pytest.param('The district collector, Shri Venkatesh Dhotre, said 40 villages had been evacuated. He said relief camps were full.',
                 'relief camps were full', 'Venkatesh Dhotre', 'Venkatesh Dhotre', id='the-district-collector-shri-venkatesh-dhotre-said', marks=_KNOWN['tagged as body']),
    pytest.param('A police spokesperson, Chidi Nwabuzor, said two suspects had been arrested. He said the investigation was continuing.',
                 'the investigation was continuing', 'Chidi Nwabuzor', 'Chidi Nwabuzor', id='a-police-spokesperson-chidi-nwabuzor-said-two-susp'),
    # the reviewer's rows of round 52 (their own sentences)
    pytest.param('A spokesman for the Ministry of Defence, Bharat Bhushan Babu, said the drills were routine. Babu said no border post had been moved.',
                 'no border post had been moved', 'Bharat Bhushan Babu', 'Bharat Bhushan Babu', id='review-bharat-bhushan-babu-later-surname'),
]

NOT_HOLDERS = [
    pytest.param('The chairman, Metro Bank, said profits had doubled.',
                 'Metro Bank', id='the-chairman-metro-bank-said-profits-had-doubled'),
    pytest.param("The director of the hospital, St Luke's Medical Center, said 30 patients had been moved.",
                 "St Luke's Medical Center", id='the-director-of-the-hospital-st-luke-s-medical-cen', marks=_KNOWN['body made a person']),
    pytest.param('The chairman of the committee, Public Accounts, said the report would be published.',
                 'Public Accounts', id='the-chairman-of-the-committee-public-accounts-said'),
    pytest.param('The captain of the ship, MV Ocean Star, said the crew were safe.',
                 'MV Ocean Star', id='the-captain-of-the-ship-mv-ocean-star-said-the-cre'),
    pytest.param('The manager of the market, Kariakoo Market, said traders would return on Monday.',
                 'Kariakoo Market', id='the-manager-of-the-market-kariakoo-market-said-tra'),
    pytest.param('A spokesman for the law firm, Leigh Day, said the claim had been filed.',
                 'Leigh Day', id='a-spokesman-for-the-law-firm-leigh-day-said-the-cl', marks=_KNOWN['body made a person']),
    pytest.param('Mayor, Former Paratrooper, Says City Will Not Cut Police Budget',
                 'Former Paratrooper', id='mayor-former-paratrooper-says-city-will-not-cut-po'),
    pytest.param('The owner of the restaurant, Golden Lotus, said it would reopen next week.',
                 'Golden Lotus', id='the-owner-of-the-restaurant-golden-lotus-said-it-w', marks=_KNOWN['body made a person']),
    pytest.param('The head of the agency, Frontex, said crossings had fallen by a third.',
                 'Frontex', id='the-head-of-the-agency-frontex-said-crossings-had'),
    pytest.param('The minister for the region, Western Cape, said the drought was over.',
                 'Western Cape', id='the-minister-for-the-region-western-cape-said-the'),
    pytest.param('The president of the club, Real Madrid, said the stadium would be ready.',
                 'Real Madrid', id='the-president-of-the-club-real-madrid-said-the-sta'),
    pytest.param('The chief executive of the airline, Kenya Airways, said flights would resume.',
                 'Kenya Airways', id='the-chief-executive-of-the-airline-kenya-airways-s', marks=_KNOWN['airline tagged person']),
    pytest.param('The editor, Daily Nation, said the story was accurate.',
                 'Daily Nation', id='the-editor-daily-nation-said-the-story-was-accurat'),
    # a Title Case headline makes every word a proper noun: the form tells no name from a plan (reviewer's row)
    pytest.param('Spokesman For Council, Green Belt Plan, Says Homes Needed',
                 'Green Belt Plan', id='review-title-case-headline-plan-after-a-post'),
]

# The price of leaving Title Case lines alone: a holder named only in such a headline is not read (reviewer's row)
HEADLINE_HOLDERS = [
    pytest.param('Spokesman For Ministry, Aditya Raghunathan, Says Talks Went Well', 'Aditya Raghunathan',
                 id='review-title-case-headline-holder',
                 marks=strict_xfail("a Title Case line is skipped whole: its form cannot tell a holder from a plan")),
]


def _labels(enrichment, name: str) -> list[str]:
    return [e.label for e in enrichment.entities for m in e.mentions
            if name_words(m.text) and name_words(m.text) <= name_words(name)]


@pytest.mark.parametrize("text, fragment, speaker, name", HOLDERS)
def test_post_holder_is_a_person_later_mentions_refer_to(extractor, text, fragment, speaker, name):
    enrichment = extractor.extract_text(text)
    assert any(e.label == "PERSON" and name_words(m.text) == name_words(name)
               for e in enrichment.entities for m in e.mentions), _labels(enrichment, name)
    claims = [c for c in enrichment.claims if fragment in c.content]
    assert claims and speaker_matches(claims[0], speaker), [(c.speaker, c.speaker_resolved) for c in claims]


@pytest.mark.parametrize("text, name", NOT_HOLDERS)
def test_body_set_off_after_a_post_is_no_person(extractor, text, name):
    assert "PERSON" not in _labels(extractor.extract_text(text), name)


@pytest.mark.parametrize("text, name", HEADLINE_HOLDERS)
def test_holder_in_a_title_case_headline_is_a_person(extractor, text, name):
    assert "PERSON" in _labels(extractor.extract_text(text), name)


WHOLE_NAMES = [
    pytest.param("Seoul Mayor Oh Se-hoon, in a press briefing on Tuesday, said the rail yard would become a business "
                 "hub.", "Oh Se-hoon", id="hyphenated-korean-name-after-a-post"),
    pytest.param("Busan Mayor Park Heong-joon, speaking at the port, said the expo bid was not over.",
                 "Park Heong-joon", id="hyphenated-name-after-a-place-and-post"),
    pytest.param("Gyeonggi Governor Kim Dong-yeon, in a radio interview, said rents had risen 12 percent.",
                 "Kim Dong-yeon", id="governor-hyphenated-name"),
]


@pytest.mark.parametrize("text, name", WHOLE_NAMES)
def test_a_name_the_model_tagged_whole_is_kept_whole(extractor, text, name):
    """The parser may appose only part of a hyphenated name ("Oh Se"); the model's whole person stays."""
    mentions = [m.text for e in extractor.extract_text(text).entities if e.label == "PERSON" for m in e.mentions]
    assert name in mentions, mentions
