from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from consumers.enricher.nlp.entities import (
    AliasTable,
    EntityCanonicalizer,
    _a_lone_word_located,
    _body_start,
    _holds_a_role,
    _kin_of_a_person,
    _names_cut_at_first_word,
    _pieces,
    _places_before_their_noun,
    _untagged_acronyms,
    _untagged_acts,
    _untagged_repeats,
    _without_trailing_titles,
    clean_name,
    short_name_map,
    strip_titles,
    title_case_tokens,
)
from consumers.enricher.nlp.title_end import titled
from newsradar.errors import ConfigError
from tests.unit.consumers.enricher.nlp.conftest import claim_with


def _mention_labels(enrichments) -> dict[str, str]:
    """Each surface mention's text and the label of the entity it belongs to."""
    return {m.text: x.label for x in enrichments.entities for m in x.mentions}


def test_entities_titles_are_folded():
    assert strip_titles("Rep. Jim Banks") == "Jim Banks"
    assert strip_titles("Prime Minister Keir Starmer") == "Keir Starmer"
    assert strip_titles("Madonna") == "Madonna"
    assert strip_titles("Chief Constable Lisa Winward") == "Lisa Winward"
    assert strip_titles("Detective Inspector Ravi Anand") == "Ravi Anand"


def test_entities_clean_name_keeps_abbreviations():
    assert clean_name("the U.S.") == "U.S."
    assert clean_name("Biden’s") == "Biden"


def test_entities_short_names_map_to_the_full_name():
    mapping = short_name_map(Counter({"Vladimir Putin": 1, "Putin": 4, "Team Biden": 1, "Joe Biden": 2, "Biden": 3}))
    assert mapping["Putin"] == "Vladimir Putin"
    assert mapping["Biden"] == "Joe Biden"
    assert mapping["Team Biden"] == "Joe Biden"


def test_entities_ambiguous_short_name_stays():
    mapping = short_name_map(Counter({"Joe Biden": 2, "Hunter Biden": 2, "Biden": 3}))
    assert "Biden" not in mapping


def test_entities_alias_table_from_repo_config():
    table = AliasTable.load(None)
    assert table.lookup("U.S.") == table.lookup("America") == "United States"
    assert table.lookup("Britain") == "United Kingdom"
    assert table.labels["Taliban"] == "ORG"


def test_entities_bad_alias_file_names_the_key(tmp_path: Path):
    bad = tmp_path / "aliases.yaml"
    bad.write_text("labels:\n  Taliban: TEAM\n")
    with pytest.raises(ConfigError, match="labels.Taliban"):
        AliasTable.load(bad)


def test_entities_in_a_document(extractor):
    text = ("Germany's Chancellor Olaf Scholz met U.K. officials in London.\n\n"
            "Scholz said Britain and the United Kingdom's allies must act.\n\n"
            "by Jane Roe, Staff Writer\n\n"
            "Soldiers patrol the border. / Mark Tell / Reuters")
    e = extractor.extract_text(text)
    names = {x.canonical: x for x in e.entities}
    assert names["Olaf Scholz"].count == 2
    assert names["United Kingdom"].count >= 2 and names["United Kingdom"].label == "GPE"
    assert "Jane Roe" not in names and "Mark Tell" not in names


def test_handles_get_their_own_label_and_speak(extractor):
    e = extractor.extract_text("In a post on X, @CityTransit said the northern line would close until 6 a.m.")
    assert [(x.label, x.canonical) for x in e.entities if x.canonical.startswith("@")] == [("HANDLE", "@CityTransit")]
    assert claim_with(e, "northern line").speaker_resolved == "@CityTransit"


def test_organisation_word_beats_the_models_person_label(extractor):
    e = extractor.extract_text("Jonas Whitfield founded Corvane Labs in 2010.")
    assert {x.canonical: x.label for x in e.entities}["Corvane Labs"] == "ORG"


def test_a_trade_word_makes_an_organisation_the_startup_refers_back_to(extractor):
    e = extractor.extract_text("Tavrik Robotics says its arms can pick soft fruit. "
                               "The startup said it had shipped 200 units.")
    assert {x.canonical: x.label for x in e.entities}["Tavrik Robotics"] == "ORG"
    assert claim_with(e, "shipped 200 units").speaker_resolved == "Tavrik Robotics"


def test_first_name_makes_a_person_of_the_models_organisation(extractor):
    e = extractor.extract_text("Fox News host Sean Hannity on Wednesday announced a new hire.")
    assert {x.canonical: x.label for x in e.entities}.get("Sean Hannity") == "PERSON"


def test_mentions_never_run_across_a_line_break(extractor):
    e = extractor.extract_text("Meeting with Olaf Scholz\n\nScholz said the talks would go on.")
    mentions = [m.text for x in e.entities for m in x.mentions]
    assert "Olaf Scholz" in mentions
    assert not any("\n" in m for m in mentions)


def test_a_possessor_the_document_names_alone_is_cut_from_the_models_entity(extractor):
    # the model tags "Lusaka’s Kabwata" one organisation; Lusaka, tagged alone before, is the place that owns it
    e = extractor.extract_text("The suspect was held in Lusaka overnight. Appearing at Lusaka’s Kabwata "
                               "magistrates court, he was remanded.")
    mentions = [(m.text, x.label) for x in e.entities for m in x.mentions]
    assert mentions.count(("Lusaka", "GPE")) == 2
    assert not any("’s" in text for text, _label in mentions)


def test_headline_entities_stand_only_when_the_body_confirms_them(extractor):
    e = extractor.extract_text("Trump DHS Pick Faces Senators Over Storm Plans\n\n"
                               "President Donald Trump’s pick faced senators in Washington on Wednesday.")
    surfaces = {m.text for x in e.entities for m in x.mentions}
    assert not any("Pick" in s or "Senators" in s for s in surfaces)
    assert "Donald Trump" in surfaces


def test_an_age_after_a_name_is_not_a_date(extractor):
    e = extractor.extract_text("Jenny Weiner, 32, a managing director from Hertfordshire, said she lost five stone.")
    assert not [x for x in e.entities if x.label == "DATE" and x.canonical == "32"]


def test_place_words_keep_places_and_titles_make_persons(extractor):
    e = extractor.extract_text("CHICAGO (AP) — Cook County Chief Judge Timothy Evans spoke in New York City. "
                               "Florida Gov. DeSantis hammered the plan.")
    labels = {x.canonical: x.label for x in e.entities}
    assert labels.get("AP") == "ORG"
    assert labels.get("Cook County") == "GPE"
    assert labels.get("DeSantis") == "PERSON"


def test_every_entity_label_has_a_field_in_the_strict_mappings():
    import json
    import typing

    from newsradar.schema import Entity
    labels = {label.lower() for label in typing.get_args(Entity.model_fields["label"].annotation)}
    root = Path(__file__).resolve().parents[5] / "infra" / "elasticsearch"
    for name, field_name in (("news-articles.json", "entities"), ("news-claims.json", "article_entities")):
        mapping = json.loads((root / name).read_text(encoding="utf-8"))
        mapping = mapping.get("template", mapping)["mappings"]
        assert labels <= set(mapping["properties"][field_name]["properties"]), name


def test_a_surname_the_model_calls_a_place_is_the_person_named_in_full(extractor):
    e = extractor.extract_text("The planet is plausible, says Alexander Farnsworth, a climate modeler at the University "
                               "of Bristol. But Farnsworth and colleagues say it would be far too hot at the poles "
                               "for ice caps to exist.")
    labels = _mention_labels(e)
    assert labels["Farnsworth"] == "PERSON"
    assert [(c.speaker_resolved, c.speaker_type) for c in e.claims][-1] == ("Alexander Farnsworth", "PERSON")


def test_one_bare_name_that_speaks_is_a_person_not_a_group(extractor):
    e = extractor.extract_text("In the majority decision, Karakatsanis said that the address itself deserves protection.")
    assert [(x.canonical, x.label) for x in e.entities] == [("Karakatsanis", "PERSON")]
    assert e.claims[0].speaker_type == "PERSON"


def test_the_name_signing_a_post_is_its_author(extractor):
    e = extractor.extract_text("The ratings slump is not the anchor's fault, viewers wrote.\n\n"
                               "— Conn Carroll (@conncarroll) November 8, 2017")
    assert {x.canonical: x.label for x in e.entities}["Conn Carroll"] == "PERSON"


def test_a_title_before_an_organisation_makes_no_person(extractor):
    e = extractor.extract_text("Former National Party leader Gary Moyle says he will stand again in Otago.")
    assert {x.canonical: x.label for x in e.entities}["National Party"] == "ORG"


def test_a_title_ends_no_name_and_a_first_name_place_stays_a_place(extractor):
    e = extractor.extract_text("The anchor said the network was calling the race for Democratic candidate Georgia "
                               "Lt. Gov. Mara Quell (D). Quell carried Georgia comfortably, and crowds in Georgia cheered.")
    labels = {x.canonical: x.label for x in e.entities}
    assert labels["Georgia"] == "GPE"
    assert not any(m.text.endswith("Lt") for x in e.entities for m in x.mentions)


def test_a_titled_mention_decides_the_label_of_every_mention(extractor):
    e = extractor.extract_text("President Trump hopes to strike an agreement with Vladimir Putin over the border. Lately "
                               "that has pushed Trump to rebuke Putin openly, something unusual across Trump's years in power.")
    trump = next(x for x in e.entities if x.canonical == "Trump")
    assert (trump.label, len(trump.mentions)) == ("PERSON", 3)


def test_mentions_end_with_the_name_not_a_possessive_or_a_preposition(extractor):
    e = extractor.extract_text("Frank Herbert's novel was praised at the University of Bristol in England, "
                               "and George W. Bush’s aides agreed.")
    mentions = {m.text for x in e.entities for m in x.mentions}
    assert {"Frank Herbert", "the University of Bristol", "George W. Bush"} <= mentions


def test_a_name_the_model_splits_in_two_is_one_person(extractor):
    e = extractor.extract_text("“Nobody may speak to the press,” U.S. District Judge Amy Berman Jackson said in her order.")
    assert [x.canonical for x in e.entities if x.label == "PERSON"] == ["Amy Berman Jackson"]


def test_an_owner_and_the_organisation_it_owns_are_two_entities(extractor):
    e = extractor.extract_text("Mara Quell, a shareholder, wrote to the United Kingdom’s Competition and Markets "
                               "Authority about the merger last week.")
    labels = {x.canonical: x.label for x in e.entities}
    assert labels.get("United Kingdom") == "GPE"
    assert labels.get("Competition and Markets Authority") == "ORG"


def test_a_place_is_no_surname_of_a_person_the_model_invented(extractor):
    e = extractor.extract_text("Corvex, the biggest tour operator, and Lindavo, the company that manages Old Havana, "
                               "are on the list. Officials say 24 Americans in Havana were hurt.")
    labels = _mention_labels(e)
    assert labels["Havana"] == "GPE"


def test_a_city_the_model_calls_a_place_stays_a_place(extractor):
    e = extractor.extract_text("The mayor said New York City would open two more shelters, and Quezon City officials agreed.")
    labels = {x.canonical: x.label for x in e.entities}
    assert (labels["New York City"], labels["Quezon City"]) == ("GPE", "GPE")


@pytest.mark.parametrize("text,name,label", [
    ("It's a gem: Lisbon bakery becomes first such shop to land Michelin award\n\nPastelaria Santos in Lisbon "
     "received a single Michelin star this week, making it the first bakery to receive that distinction.",
     "Michelin", "ORG"),
    ("Floods and fury on Rochdale 'sink estate' - but is demolition the answer?\n\n\u201cWelcome home,\u201d says the "
     "sign outside the Rochdale neighbourhood.", "Rochdale", "GPE"),
])
def test_where_headline_and_body_label_a_name_apart_the_body_decides(extractor, text, name, label):
    mentions = [(m.text, e.label) for e in extractor.extract_text(text).entities for m in e.mentions if m.text == name]
    assert mentions == [(name, label), (name, label)]


def test_entities_a_participle_read_as_a_first_name_makes_no_surname(extractor):
    # the model reads "Leaving Wikipedia" as a person; its last word must not turn the body's
    # organisation into that person
    e = extractor.extract_text("Editors wrote for Wikipedia for years. Leaving Wikipedia was painful. "
                               "Wikipedia lost its best maps when they left.")
    labels = {(m.text, ent.label) for ent in e.entities for m in ent.mentions}
    assert ("Wikipedia", "ORG") in labels and ("Wikipedia", "PERSON") not in labels


def test_a_first_name_with_a_role_in_apposition_is_a_person_whatever_the_surname(extractor):
    # "Hall" is a place word ("City Hall"), yet "Martin Hall, the director" is a man
    e = extractor.extract_text("Martin Hall, the director of the city museum, said the roof would be repaired by June.")
    assert ("Martin Hall", "PERSON") in [(x.canonical, x.label) for x in e.entities]


def test_a_plural_group_name_opening_with_a_first_name_stays_a_group(extractor):
    e = extractor.extract_text("The opposition Christian Democrats condemned the plan on Monday.")
    assert {(x.canonical, x.label) for x in e.entities} >= {("Christian Democrats", "NORP")}


def test_a_name_in_the_datelines_place_is_a_place(extractor):
    e = extractor.extract_text("Rail subsidies to be cut\n\nBERLIN (Reuters) — Germany will cut subsidies for "
                               "regional rail by about 2 billion euros next year, the transport ministry said.")
    assert e.dateline is not None and e.dateline.place == "BERLIN"
    labels = {x.canonical: x.label for x in e.entities}
    assert labels["BERLIN"] == "GPE" and labels["Reuters"] == "ORG"


def test_a_name_modifying_an_outlets_noun_is_the_outlet(extractor):
    e = extractor.extract_text("Transport Minister Volker Wissing told the Bild newspaper on Sunday that the "
                               "cuts were final.")
    labels = {x.canonical: x.label for x in e.entities}
    assert labels["Bild"] == "ORG" and labels["Volker Wissing"] == "PERSON"


def test_the_sides_of_a_printed_interview_are_persons(extractor):
    e = extractor.extract_text("OKAFOR: Will the mine close this year?\n\nBERGSTROM: No. We have contracts until "
                               "March, and nobody will lose a job before then.\n\nOKAFOR: And next year?\n\n"
                               "BERGSTROM: That depends on the price of copper.")
    labels = _mention_labels(e)
    assert labels["OKAFOR"] == "PERSON" and labels["BERGSTROM"] == "PERSON"


def test_a_round_of_datelines_has_no_sides(extractor):
    e = extractor.extract_text("LAGOS: Fuel queues grew on Monday. Is the strike over?\n\nABUJA: Flights were "
                               "cancelled.\n\nLAGOS: Banks shut early.\n\nABUJA: Schools stayed open.")
    assert "PERSON" not in {x.label for x in e.entities}


@pytest.mark.parametrize("asker, answerer", [("REPORTER", "UNIDENTIFIED MALE"), ("TIME", "INTERVIEWER"),
                                              ("CNN", "MODERATOR")])
def test_an_outlet_or_a_role_labelling_a_side_is_no_person(extractor, asker, answerer):
    e = extractor.extract_text(f"{asker}: Will the mine close this year?\n\n{answerer}: No. We have contracts until "
                               f"March.\n\n{asker}: And next year?\n\n{answerer}: That depends on the price of copper.")
    assert "PERSON" not in {x.label for x in e.entities}


def test_a_verb_form_labelling_a_side_is_no_person(extractor):
    e = extractor.extract_text("ASKED: Will the mine close this year?\n\nJOHNSON: No. We have contracts until "
                               "March.\n\nASKED: And next year?\n\nJOHNSON: That depends on the price of copper.")
    assert "ASKED" not in {x.canonical for x in e.entities if x.label == "PERSON"}


def test_a_place_the_text_names_labelling_a_side_is_no_person(extractor):
    e = extractor.extract_text("MUMBAI: Will the trains run this week?\n\nDELHI: Flights were cancelled in Delhi."
                               "\n\nMUMBAI: Will banks open?\n\nDELHI: Schools stayed open, and Mumbai waited.")
    assert "PERSON" not in {x.label for x in e.entities}


def test_a_name_modifying_a_labs_or_a_buildings_noun_names_that_thing(extractor):
    e = extractor.extract_text("Independent testers at the Fraunhofer lab in Dresden have yet to check the claim. "
                               "Thousands died when the Rana Plaza building in Dhaka collapsed in 2013.")
    labels = _mention_labels(e)
    assert labels["Fraunhofer"] == "ORG" and labels["Rana Plaza"] == "FAC"


def test_a_lab_named_for_a_person_named_in_full_stays_hers(extractor):
    e = extractor.extract_text("Researchers in the Smith lab at Stanford, led by Anna Smith, found it.")
    names = {x.canonical: [m.text for m in x.mentions] for x in e.entities if x.label == "PERSON"}
    assert names == {"Anna Smith": ["Smith", "Anna Smith"]}


def test_a_name_of_several_words_after_the_is_no_persons(extractor):
    e = extractor.extract_text("Opponents say the settlement lets the Boy Scouts off the hook.")
    assert _mention_labels(e)["the Boy Scouts"] == "ORG"
    assert _mention_labels(extractor.extract_text("The Obamas hosted the dinner."))["Obamas"] == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Iran's supreme leader, the Ayatollah Ali Khamenei said the talks were over.", "Ayatollah Ali Khamenei"),
    ("The Aga Khan said the foundation would build two more hospitals.", "The Aga Khan"),
    ("The Mullah Mohammad Omar led the Taliban until his death.", "The Mullah Mohammad Omar"),
    ("The Apostle Paul wrote letters to the churches of Asia Minor.", "Apostle Paul"),
    ("The Ayatollah Khomeini returned to Tehran in 1979.", "Ayatollah Khomeini"),
])
def test_a_religious_title_after_the_opens_a_persons_name(extractor, text, name):
    assert _mention_labels(extractor.extract_text(text))[name] == "PERSON"


def test_a_titled_name_after_the_and_its_surname_are_one_person(extractor):
    e = extractor.extract_text("The Ayatollah Ali Khamenei said the talks were over. Khamenei has ruled Iran since "
                               "1989.")
    names = {x.canonical: [m.text for m in x.mentions] for x in e.entities if x.label == "PERSON"}
    assert names == {"Ayatollah Ali Khamenei": ["Ayatollah Ali Khamenei", "Khamenei"]}
    assert [c.speaker_type for c in e.claims if c.speaker_type != "AUTHOR"] == ["PERSON"]


def test_a_surname_with_an_apostrophe_is_part_of_the_name_before_it(extractor):
    e = extractor.extract_text("Talk-show host Maura O’Keefe settled the claims in March. Months later, the network "
                               "let O’Keefe go.")
    names = {x.canonical: [m.text for m in x.mentions] for x in e.entities if x.label == "PERSON"}
    assert names == {"Maura O’Keefe": ["Maura O’Keefe", "O’Keefe"]}


def test_capitalised_words_after_the_ending_in_act_name_a_law(extractor):
    e = extractor.extract_text("The firms complained about Google's proposed scheme for compliance with the Digital "
                               "Services Act (DSA). Critics say the scheme breaks the DSA.")
    labels = _mention_labels(e)
    assert labels["Digital Services Act"] == "LAW" and labels["DSA"] == "LAW"


def test_the_people_of_an_act_are_inside_its_name(extractor):
    e = extractor.extract_text("The bill amends the Representation of the People Act to allow votes at 16.")
    assert {x.canonical: x.label for x in e.entities if x.label == "LAW"} == {"Representation of the People Act": "LAW"}


def test_an_act_modifying_a_noun_is_no_law(extractor):
    e = extractor.extract_text("Whoopi Goldberg, the Sister Act star, said she would return.")
    assert "LAW" not in {x.label for x in e.entities}


@pytest.mark.parametrize("tags", [["WRB", "DT", "NNP", "MD", "NNP", "IN", "NNP"],
                                  ["WRB", "DT", "NNP", "NNP", "VB", "IN", "NNP"]])
def test_an_act_after_a_modal_or_tagged_a_verb_is_no_law(tags):
    # the parser's tags as it gave them on a body line "Why the West Must Act on Ukraine"
    words = ["Why", "the", "West", "Must", "Act", "on", "Ukraine"]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags,
              pos=["VERB" if t == "VB" else "AUX" if t == "MD" else "X" for t in tags])
    assert _untagged_acts(doc, [], {}) == []


def test_lower_case_common_words_name_nobody(extractor):
    e = extractor.extract_text('Sen. Tom Hale of Idaho called it "a fig leaf." He said he would offer amendments.')
    assert {x.canonical for x in e.entities} == {"Tom Hale", "Idaho"}


def test_titles_of_works_and_languages_are_kept(extractor):
    # the model finds them; dropping them made us miss mentions bare spaCy gets right
    e = extractor.extract_text('The mayor read aloud from "The Old Man and the Sea" in English and in Spanish.')
    labels = {x.label for x in e.entities}
    assert "WORK_OF_ART" in labels and "LANGUAGE" in labels


def test_a_place_after_a_locative_preposition_stays_a_place_whatever_first_name_it_opens_with(extractor):
    e = extractor.extract_text("Power lines fell across the province overnight. The storm was worst in Nova Scotia.")
    assert {x.canonical: x.label for x in e.entities}["Nova Scotia"] == "GPE"


def test_a_nationality_adjective_stays_a_group_though_a_person_span_opens_with_it(extractor):
    # the model reads "Russian Embassy" as a PERSON; its first word must not make every "Russian" a person
    e = extractor.extract_text("Russian Embassy officials said the report was false. Russian bots spread it.")
    labels = _mention_labels(e)
    assert labels.get("Russian") == "NORP"


def test_a_surname_spelled_like_a_title_ends_a_name(extractor):
    # "Sen" is a title only as "Sen." before a name; ending a name, it is the surname
    e = extractor.extract_text("The database was found by security researcher Anurag Sen, who reported it to the firm.")
    assert "Anurag Sen" in {m.text for x in e.entities for m in x.mentions}


def test_named_storms_and_occasions_are_events(extractor):
    # the small model calls a named storm a person or a place and a festival an organisation
    e = extractor.extract_text("Storm Ciara brought gusts of 90 mph, and Hurricane Ian flooded Florida. "
                               "The Cannes Film Festival opened and the Kyushu Grand Sumo Tournament ended.")
    labels = _mention_labels(e)
    assert labels["Storm Ciara"] == labels["Hurricane Ian"] == "EVENT"
    assert labels["The Cannes Film Festival"] == labels["the Kyushu Grand Sumo Tournament"] == "EVENT"
    assert labels["Florida"] == "GPE"


def test_an_acronym_in_brackets_after_a_name_is_that_names_own_mention(extractor):
    # the small model runs "(SPLM" into the name or misses "ONLF"; a bracketed acronym spelling a name's
    # initials is a mention of its own, with the name's label
    e = extractor.extract_text("Rebels of the Sudan People's Liberation Movement (SPLM) said they had taken the town. "
                               "Fighters of the Ogaden National Liberation Front (ONLF) said on Monday they would talk.")
    labels = _mention_labels(e)
    assert labels["the Sudan People's Liberation Movement"] == labels["SPLM"] == "ORG"
    assert labels["ONLF"] == "ORG"
    assert not any("(" in m for m in labels)


def test_an_outlet_owning_a_named_journalist_is_an_organisation(extractor):
    # the small model calls "Axios’s" a person and runs "Semafor’s Ben Smith" into one name; "Biden's" owns
    # an aide but is a person named in full elsewhere
    e = extractor.extract_text("The story was reported by Axios’s Jonathan Swan, and Semafor’s Ben Smith confirmed "
                               "it. Joe Biden spoke later; Biden's Ron Klain declined to comment.")
    labels = _mention_labels(e)
    assert labels["Axios"] == labels["Semafor"] == "ORG"
    assert labels["Jonathan Swan"] == labels["Ben Smith"] == labels["Ron Klain"] == "PERSON"
    assert labels["Biden"] == "PERSON"


def test_the_name_a_place_noun_takes_with_of_is_a_place(extractor):
    # "the town of Bor": persons and organisations to the small model
    e = extractor.extract_text("Fighting spread to the town of Bor and the state of Rakhine, and officials in the "
                               "district of Gorkha said roads were cut.")
    labels = _mention_labels(e)
    assert labels["Bor"] == labels["Rakhine"] == labels["Gorkha"] == "GPE"


def test_a_name_cut_inside_a_hyphenated_given_name_is_whole(extractor):
    # the small model ends "Han Duck-soo" at "Duck"; a name never ends inside a hyphenated word
    e = extractor.extract_text("Prime Minister Han Duck-soo said in a speech that President Yoon Suk-yeol would "
                               "attend.")
    assert {"Han Duck-soo", "Yoon Suk-yeol"} <= {m.text for x in e.entities for m in x.mentions}


def test_a_named_street_station_or_base_is_a_facility(extractor):
    # places or organisations to the small model; OntoNotes' FAC is built things: roads, stations, bases
    e = extractor.extract_text("Crowds filled Arbat Street and the square near Yongsan Station, and a fire burned "
                               "outside Beale Air Force Base.")
    labels = _mention_labels(e)
    assert labels["Arbat Street"] == labels["Yongsan Station"] == labels["Beale Air Force Base"] == "FAC"


def test_a_possessive_of_the_people_a_body_serves_is_part_of_its_name(extractor):
    # "Women's" owns nothing: the ministry is named for whom it serves, and the model had it whole
    e = extractor.extract_text("Protesters gathered outside the former Women's Affairs Ministry in Kabul on Sunday.")
    assert "Women's Affairs Ministry" in {m.text for x in e.entities for m in x.mentions}


def test_a_given_name_before_a_one_word_name_makes_a_person():
    # the small model leaves "Sasha" out and calls "Piton" an organisation at a paragraph's start
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Families", "Wait", "\n\n", "Sasha", "Piton", ",", "33", ",", "spoke", "."],
              spaces=[True, False, False, True, False, True, False, True, False, False],
              tags=["NNP", "NNP", "_SP", "NNP", "NNP", ",", "CD", ",", "VBD", "."],
              pos=["PROPN", "PROPN", "SPACE", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PUNCT"],
              ents=["O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O"])
    found = _names_cut_at_first_word(doc, list(doc.ents), _body_start(doc))
    assert [(e.text, e.label_) for e in found] == [("Sasha Piton", "PERSON")]


def test_a_nationality_compounding_onto_a_proper_noun_is_a_persons_name(extractor):
    # "Han" alone is a nationality to the small model, and "Lay" no entity
    e = extractor.extract_text("Travellers Stranded Abroad\n\nHan Lay appealed for help on social media after "
                               "being denied entry.")
    assert _mention_labels(e).get("Han Lay") == "PERSON"


def test_a_capitalised_role_before_a_person_is_not_part_of_the_name():
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Votes", "\n\n", "Whip", "Steve", "Scalise", "spoke", "."],
              spaces=[False, False, True, True, True, False, False],
              tags=["NNP", "_SP", "NNP", "NNP", "NNP", "VBD", "."],
              pos=["PROPN", "SPACE", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    found = _names_cut_at_first_word(doc, list(doc.ents), _body_start(doc))
    assert [e.text for e in found] == ["Steve Scalise"]


def test_a_name_ends_before_a_number_its_possessive_owns():
    # the small model runs "Lena Moravec's 2019 memoir"'s person on over the year
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["Lena", "Moravec", "’s", "2019", "memoir", "sold", "."],
              spaces=[True, False, True, True, True, False, False],
              tags=["NNP", "NNP", "POS", "CD", "NN", "VBD", "."],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"])
    assert [p.text for p in _pieces(doc, doc.ents[0])] == ["Lena Moravec"]


def test_a_lone_proper_noun_something_is_in_is_a_place(extractor):
    # an organisation to the small model
    e = extractor.extract_text("A teenager was charged after a car was stolen in Napier on Sunday.")
    assert _mention_labels(e)["Napier"] == "GPE"


def test_a_name_titled_by_a_capital_the_is_no_place():
    # "a study in The Lancet": the journal's name, an organisation, not a place something is in
    nlp = spacy.blank("en")
    journal = Doc(nlp.vocab, words=["It", "appeared", "in", "The", "Lancet", "."],
                  tags=["PRP", "VBD", "IN", "DT", "NNP", "."], heads=[1, 1, 1, 4, 2, 1],
                  deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct"], ents=["O", "O", "O", "O", "B-ORG", "O"])
    town = Doc(nlp.vocab, words=["It", "appeared", "in", "Napier", "."], tags=["PRP", "VBD", "IN", "NNP", "."],
               heads=[1, 1, 1, 2, 1], deps=["nsubj", "ROOT", "prep", "pobj", "punct"], ents=["O", "O", "O", "B-ORG", "O"])
    assert not _a_lone_word_located(journal.ents[0])
    assert _a_lone_word_located(town.ents[0])


def test_a_quoted_title_is_no_place():
    # 'in "The Lancet"': the opening quote follows no sentence's end, so "The" is inside one and titles the name
    nlp = spacy.blank("en")
    quoted = Doc(nlp.vocab, words=["It", "appeared", "in", "\"", "The", "Lancet", "\"", "."],
                 tags=["PRP", "VBD", "IN", "``", "DT", "NNP", "''", "."], heads=[1, 1, 1, 5, 5, 2, 5, 1],
                 deps=["nsubj", "ROOT", "prep", "punct", "det", "pobj", "punct", "punct"],
                 ents=["O", "O", "O", "O", "O", "B-ORG", "O", "O"])
    assert not _a_lone_word_located(quoted.ents[0])


def test_a_name_with_kin_is_a_persons():
    # "The husband of Ana Ruiz": an organisation to the small model, a person by her kin; a firm's parent is no kin
    nlp = spacy.blank("en")

    def named_by(noun):
        doc = Doc(nlp.vocab, words=["The", noun, "of", "Ana", "Ruiz", "spoke", "."],
                  pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"],
                  lemmas=["the", noun, "of", "Ana", "Ruiz", "speak", "."], heads=[1, 5, 1, 4, 2, 5, 5],
                  deps=["det", "nsubj", "prep", "compound", "pobj", "ROOT", "punct"],
                  ents=["O", "O", "O", "B-ORG", "I-ORG", "O", "O"])
        return _kin_of_a_person(doc.ents[0])

    assert named_by("husband")
    assert not named_by("parent")


def test_a_nationality_or_one_of_many_is_no_persons_kin():
    # "The wife of a Nigerian", "The husband of a Briton": a nationality, and a name taking "a", name one of many
    nlp = spacy.blank("en")

    def named(det, label):
        words = ["The", "wife", "of"] + ([det] if det else []) + ["Nigerian", "spoke", "."]
        name = len(words) - 3
        doc = Doc(nlp.vocab, words=words, pos=["DET", "NOUN", "ADP"] + (["DET"] if det else [])
                  + ["PROPN", "VERB", "PUNCT"], lemmas=[w.lower() for w in words],
                  heads=[1, name + 1, 1] + ([name] if det else []) + [2, name + 1, name + 1],
                  deps=["det", "nsubj", "prep"] + (["det"] if det else []) + ["pobj", "ROOT", "punct"],
                  ents=["O"] * name + [f"B-{label}", "O", "O"])
        return _kin_of_a_person(doc.ents[0])

    assert named("", "ORG")
    assert not named("a", "ORG")
    assert not named("", "NORP")


def test_a_possessors_child_is_no_persons_kin():
    # "Samsung's son was named", "Liverpool's favourite son": a firm's or a club's child; "Rahimi's widow" a spouse
    nlp = spacy.blank("en")

    def named_by(noun):
        doc = Doc(nlp.vocab, words=["Samsung", "’s", noun, "was", "named", "."],
                  pos=["PROPN", "PART", "NOUN", "AUX", "VERB", "PUNCT"],
                  lemmas=["Samsung", "’s", noun, "be", "name", "."], heads=[2, 0, 4, 4, 4, 4],
                  deps=["poss", "case", "nsubjpass", "auxpass", "ROOT", "punct"],
                  ents=["B-ORG", "O", "O", "O", "O", "O"])
        return _kin_of_a_person(doc.ents[0])

    assert named_by("widow")
    assert not named_by("son")


def test_an_untagged_acronym_is_a_bodys_name():
    # "BP" left untagged by the small model is a body; "AI", an English word to the lemmatizer, and "CEO", a title,
    # are none
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["BP", "AI", "CEO", "Ann", "Lee", "said", "so", "."],
              tags=["NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "RB", "."],
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    found = _untagged_acronyms(doc, list(doc.ents), [], frozenset({"ai", "so"}), 0)
    assert [(e.text, e.label_) for e in found] == [("BP", "ORG"), ("Ann Lee", "PERSON")]


def test_capitals_of_a_shouted_line_or_after_a_number_are_no_acronym():
    # every word of a line set in capitals looks like an acronym; capitals after a number are a unit
    nlp = spacy.blank("en")
    shouted = Doc(nlp.vocab, words=["POLICE", "SAY", "GUNMEN", "KILLED", "TEN", "IN", "KADUNA", "ON", "MONDAY", "."],
                  tags=["NNP", "NNP", "NNP", "NNP", "CD", "NNP", "NNP", "NNP", "NNP", "."])
    # "POLICE" and "MONDAY", at the line's ends, are left to the other rules
    shouted_words = [e.text for e in _untagged_acronyms(shouted, [], [], frozenset(), 0)]
    unit = Doc(nlp.vocab, words=["It", "added", "5", "GW", "."], tags=["PRP", "VBD", "CD", "NNP", "."])
    assert shouted_words == ["POLICE", "MONDAY"]
    assert _untagged_acronyms(unit, [], [], frozenset(), 0) == []


def test_an_irregular_form_is_an_english_word_not_an_acronym(extractor):
    # the lemmatizer's index holds base forms only; "stolen" is listed among its exceptions
    e = extractor.extract_text('He shouted, "The ELECTIONS were STOLEN by CROOKS," at the rally.')
    assert "STOLEN" not in _mention_labels(e)


def test_a_proper_noun_before_a_place_noun_is_that_place():
    # "Nepal's Gorkha district": a facility to the small model; "the Tigray region": untagged
    nlp = spacy.blank("en")

    def places(words, ents):
        doc = Doc(nlp.vocab, words=words + ["grew", "."],
                  tags=["DT" if w == "the" else "POS" if w == "’s" else "NN" if w.islower() else "NNP" for w in words]
                  + ["VBD", "."],
                  pos=["DET" if w == "the" else "PART" if w == "’s" else "NOUN" if w.islower() else "PROPN"
                       for w in words] + ["VERB", "PUNCT"],
                  lemmas=words + ["grow", "."], heads=[len(words) - 1] * (len(words) - 1) + [len(words)] * 3,
                  deps=["compound"] * (len(words) - 1) + ["nsubj", "ROOT", "punct"], ents=ents + ["O", "O"])
        return [(e.text, e.label_) for e in _places_before_their_noun(doc, list(doc.ents), frozenset(), 0, title_case_tokens(doc))]

    assert places(["Gorkha", "district"], ["B-FAC", "O"]) == [("Gorkha", "GPE")]
    assert places(["the", "Tigray", "region"], ["O", "O", "O"]) == [("Tigray", "GPE")]
    assert places(["Tigray", "Region"], ["O", "O"]) == []


def test_a_community_party_or_firm_before_a_place_noun_stays_itself():
    # "a Druze town", "Trump counties" are of a kind; "the Shia city" a community's; "The Labour town" an English
    # word's; "the Apple town of Cupertino" names its place with "of"; "the Disney island resort" is no island
    nlp = spacy.blank("en")

    def label(words, tags, heads, deps, ents, english=frozenset()):
        doc = Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps, ents=ents,
                  pos=["PROPN" if t == "NNP" else "NOUN" if t.startswith("NN") else "DET" if t == "DT" else "ADP"
                       for t in tags], lemmas=[w.lower().removesuffix("ies") + ("y" if w.endswith("ies") else "")
                                               for w in words])
        return {e.text: e.label_ for e in _places_before_their_noun(doc, list(doc.ents), english, 0, title_case_tokens(doc))}

    the_town = (["DT", "NNP", "NN"], [2, 2, 2], ["det", "compound", "ROOT"])
    assert label(["the", "Gorkha", "town"], *the_town, ["O", "B-FAC", "O"]) == {"Gorkha": "GPE"}
    assert label(["a", "Druze", "town"], *the_town, ["O", "B-ORG", "O"]) == {"Druze": "ORG"}
    assert label(["the", "Shia", "city"], *the_town, ["O", "B-NORP", "O"]) == {"Shia": "NORP"}
    assert label(["the", "Labour", "town"], *the_town, ["O", "B-ORG", "O"], frozenset({"labour"})) \
        == {"Labour": "ORG"}
    assert label(["Trump", "counties"], ["NNP", "NNS"], [1, 1], ["compound", "ROOT"], ["O", "O"]) == {}
    assert label(["the", "Apple", "town", "of", "Cupertino"], ["DT", "NNP", "NN", "IN", "NNP"], [2, 2, 2, 2, 3],
                 ["det", "compound", "ROOT", "prep", "pobj"], ["O", "B-ORG", "O", "O", "O"]) == {"Apple": "ORG"}
    assert label(["the", "Disney", "island", "resort"], ["DT", "NNP", "NN", "NN"], [3, 2, 3, 3],
                 ["det", "compound", "compound", "ROOT"], ["O", "B-ORG", "O", "O"]) == {"Disney": "ORG"}


def test_a_body_someone_works_at_stays_a_body(extractor):
    e = extractor.extract_text("She worked at Google for a decade.")
    assert _mention_labels(e)["Google"] == "ORG"


def test_a_title_word_ending_a_sentence_is_a_surname():
    # "Pope" before a full stop ends a name; "Lt" before one abbreviates a title, which ends no name
    nlp = spacy.blank("en")
    writer = Doc(nlp.vocab, words=["It", "was", "written", "by", "Jeff", "Pope", "."],
                 ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    office = Doc(nlp.vocab, words=["Virginia", "Lt", ".", "Gov", ".", "Ralph", "Northam", "spoke"],
                 ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert _without_trailing_titles(writer, writer.ents[0]).text == "Jeff Pope"
    assert _without_trailing_titles(office, office.ents[0]).text == "Virginia"


def test_a_title_abbreviation_no_name_follows_is_a_surname():
    # "Sen" before a full stop, a line break or the next sentence's "He" ends a name; before a name it is a title
    nlp = spacy.blank("en")
    words = ["It", "was", "written", "by", "Amartya", "Sen", "."]
    ends = [Doc(nlp.vocab, words=words + after, ents=["O"] * 4 + ["B-PERSON", "I-PERSON"] + ["O"] * (1 + len(after)))
            for after in ([], ["\n\n"], ["He", "won"])]
    senator = Doc(nlp.vocab, words=["Ohio", "Sen", ".", "Mary", "Hall", "spoke"],
                  ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"])
    assert [_without_trailing_titles(doc, doc.ents[0]).text for doc in ends] == ["Amartya Sen"] * 3
    assert _without_trailing_titles(senator, senator.ents[0]).text == "Ohio"
    # a name need not be title case after its title: "McConnell", "JB"
    for name in ("McConnell", "JB"):
        titled = Doc(nlp.vocab, words=["Kentucky", "Sen", ".", name, "spoke"], ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "O"])
        assert _without_trailing_titles(titled, titled.ents[0]).text == "Kentucky", name


def test_a_sentence_final_surname_spelled_like_a_title_stays_the_speakers_name(extractor):
    # the tokenizer keeps "Sen." whole, as the title Senator's abbreviation, wherever it stands
    e = extractor.extract_text("“Famines do not happen in democracies,” said the economist Amartya Sen. "
                               "He won the Nobel prize in 1998.")
    assert "Amartya Sen" in {m.text for x in e.entities for m in x.mentions}
    assert claim_with(e, "Famines").speaker_resolved == "Amartya Sen"
    titled = extractor.extract_text("“We will pass it,” said Sen. Elizabeth Warren. She spoke on Monday.")
    assert claim_with(titled, "pass it").speaker_resolved == "Elizabeth Warren"


def test_a_title_before_a_no_break_space_and_a_name_keeps_its_dot(extractor):
    # feeds put a no-break space between a title and its name; it ends no sentence
    doc = extractor.nlp("The race was close. Former Gov.\xa0Doug Wilder was the first to win it.")
    assert "Gov." in [t.text for t in doc]
    assert ("Doug Wilder", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_a_name_the_document_tags_is_that_name_where_the_model_left_it_untagged():
    nlp = spacy.blank("en")
    words = ["SsangYong", "Motor", "submits", "plan", "\n\n", "SsangYong", "Motor", "said", "Will", "Smith", "agreed",
             ".", "Will", "Smith", "go", "?"]
    pos = ["PROPN", "PROPN", "VERB", "NOUN", "SPACE", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "VERB",
           "PUNCT", "AUX", "PROPN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos,
              ents=["B-ORG", "I-ORG"] + ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 6)
    found = _untagged_repeats(doc, list(doc.ents), [])
    # the auxiliary "Will" opening a question is no proper noun, so "Will Smith" there is no mention
    assert [(e.text, e.label_, e.start) for e in found] == [
        ("SsangYong Motor", "ORG", 0), ("SsangYong Motor", "ORG", 5), ("Will Smith", "PERSON", 8)]
    # nothing is added inside a byline or a photo credit
    assert _untagged_repeats(doc, list(doc.ents), [(0, len(doc.text))]) == list(doc.ents)


def test_a_name_ending_in_a_natural_feature_is_a_location(extractor):
    # "Macquarie Harbour" is a person to the small model; "Tampa Bay" it makes a place, and a city stays one
    e = extractor.extract_text("Staff will monitor a small number of whales in Macquarie Harbour following the "
                               "stranding. She lives in Tampa Bay.")
    assert _mention_labels(e) == {"Macquarie Harbour": "LOC", "Tampa Bay": "GPE"}


def test_one_proper_noun_something_is_in_is_a_place_unless_a_person_of_that_name_is_named(extractor):
    # "Carson", "Arecibo" are persons to the small model; "Johnson" after "Boris Johnson" is his surname
    carson = extractor.extract_text("In Carson, a smell like rotten eggs has been sickening residents for weeks.")
    arecibo = extractor.extract_text("The couple, whose home in Arecibo flooded during the storm, is relying on "
                                     "a neighbor.")
    johnson = extractor.extract_text("Boris Johnson resigned. Many Tories had lost faith in Johnson by then.")
    assert _mention_labels(carson)["Carson"] == "GPE"
    assert _mention_labels(arecibo)["Arecibo"] == "GPE"
    assert _mention_labels(johnson)["Johnson"] == "PERSON"


def test_one_proper_noun_owning_a_settlement_is_a_place(extractor):
    # "Mali" is a person to the small model here
    e = extractor.extract_text("Mali’s historic city of Djenné was once a center of Islamic learning.")
    assert _mention_labels(e)["Mali"] == "GPE"


def test_a_name_opening_with_an_initial_after_a_bodys_acronym_is_a_person_of_its_own(extractor):
    e = extractor.extract_text("Former Additional Director of ISRO K. Radhakrishnan said the launch would go ahead.")
    mentions = {(m.text, x.label) for x in e.entities for m in x.mentions}
    assert ("K. Radhakrishnan", "PERSON") in mentions and ("ISRO", "ORG") in mentions


def test_a_person_whose_surname_is_a_natural_feature_stays_a_person(extractor):
    e = extractor.extract_text("The club's chairman, Gary Lake, said the stand would reopen in March.")
    assert _mention_labels(e).get("Gary Lake") == "PERSON"


def test_what_a_person_is_trusted_in_is_no_place(extractor):
    # "faith in Johnson" with no full name before it: trust is put in people, not only in places
    for text, name in (("Many Tories had lost faith in Johnson by then.", "Johnson"),
                       ("The board said it had full confidence in Nadella.", "Nadella")):
        assert _mention_labels(extractor.extract_text(text)).get(name) != "GPE", text


def test_a_persons_city_or_capital_without_a_name_of_its_own_is_no_place(extractor):
    for text, name in (("Khan's city has seen a rise in knife crime.", "Khan"),
                       ("Nadal's home island of Mallorca welcomed him back.", "Nadal")):
        assert _mention_labels(extractor.extract_text(text)).get(name) != "GPE", text


def test_a_countrys_initials_after_a_bodys_acronym_are_its_branch_not_a_person(extractor):
    e = extractor.extract_text("BMW U.S. Manufacturing said it would add a shift at the plant.")
    assert not [m.text for x in e.entities if x.label == "PERSON" for m in x.mentions]


def test_the_subject_of_be_with_a_post_as_complement_is_its_holder(extractor):
    # "Mnangagwa" is an organisation to the small model; a body leading a market holds no post
    e = extractor.extract_text("Mnangagwa is Zimbabwe's president.")
    assert _mention_labels(e)["Mnangagwa"] == "PERSON"
    assert _mention_labels(extractor.extract_text("Apple is the market leader in phones."))["Apple"] == "ORG"


def test_a_title_the_model_runs_into_a_persons_name_is_no_part_of_the_mention(extractor):
    e = extractor.extract_text("Prince William visited the hospital.")
    persons = {m.text for x in e.entities if x.label == "PERSON" for m in x.mentions}
    assert "William" in persons and "Prince William" not in persons


def test_initials_before_the_surname_of_a_titled_person_name_that_person(extractor):
    # "T.N. Venkatesh" is an organisation to the small model; "Mr. Venkatesh" says who it is
    e = extractor.extract_text("T.N. Venkatesh, MLA, opened the road on Monday. Mr. Venkatesh said the work took "
                               "two years.")
    person = next(x for x in e.entities if x.canonical == "T.N. Venkatesh")
    assert person.label == "PERSON"
    assert {m.text for m in person.mentions} == {"T.N. Venkatesh", "Venkatesh"}


def test_an_outlet_named_by_one_organisation_word_is_no_place_it_is_in(extractor):
    e = extractor.extract_text("The rumour was reported in The Times last week.")
    assert _mention_labels(e).get("Times") == "ORG"


def test_a_name_after_a_storm_noun_is_the_storm(extractor):
    e = extractor.extract_text("The storm, downgraded to post-tropical cyclone Dorian, reached Newfoundland on Sunday.")
    assert _mention_labels(e).get("Dorian") == "EVENT"


def test_a_natural_feature_named_of_a_place_is_a_location(extractor):
    # a facility to the small model
    e = extractor.extract_text("Divers searched the Lake of Constance.")
    assert _mention_labels(e).get("the Lake of Constance") == "LOC"


def test_a_name_ends_after_a_hyphenated_part_that_is_no_english_word(extractor):
    # the parser reads "yeol" as a noun here; "era" is an English word, so "Trump-era" still ends at Trump
    e = extractor.extract_text("Indonesian President Joko Widodo will meet President Yoon Suk-yeol the same day. "
                               "Biden-era rules replaced the Trump-era ones.")
    mentions = {m.text for x in e.entities for m in x.mentions}
    assert "Yoon Suk-yeol" in mentions and "Trump-era" not in mentions


def test_a_possessive_splits_a_name_only_after_a_place_or_before_a_body_of_its_own(extractor):
    # "McDonald" on its own is the company's short name, and "Corporation" alone names no body
    e = extractor.extract_text("McDonald said the deal was off. McDonald's Corporation said profits rose 5%.")
    assert [c.speaker_resolved for c in e.claims if "profits rose" in c.content] == ["McDonald's Corporation"]


def _be_a_post(subject: str, label: str, post: str) -> Doc:
    """ "<subject> is the world's <post>", parsed as the small model parses it."""
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=[subject, "is", "the", "world", "'s", post, "."],
               heads=[1, 1, 3, 5, 3, 1, 1], deps=["nsubj", "ROOT", "det", "poss", "case", "attr", "punct"],
               lemmas=[subject, "be", "the", "world", "'s", post, "."],
               ents=["B-" + label, "O", "O", "O", "O", "O", "O"])


def test_only_a_post_a_person_alone_holds_makes_its_holder_a_person():
    # "Samsung is the world's leader in memory chips", "Qatar is the host of the World Cup": a company or a
    # country leads, hosts, owns or heads as often as a person does
    assert _holds_a_role(_be_a_post("Lavrov", "ORG", "minister").ents[0])
    assert not _holds_a_role(_be_a_post("Samsung", "ORG", "leader").ents[0])
    assert not _holds_a_role(_be_a_post("Nvidia", "ORG", "owner").ents[0])
    assert not _holds_a_role(_be_a_post("Qatar", "GPE", "host").ents[0])
    assert not _holds_a_role(_be_a_post("Qatar", "GPE", "president").ents[0])


def test_a_body_named_for_a_natural_feature_stays_a_body():
    # "the Gulf of St Lawrence" is a place whatever the model said; "the Gulf of Maine Research Institute",
    # ending in an organisation word, is a body that bears a place's name
    nlp = spacy.blank("en")
    canon = EntityCanonicalizer(nlp)
    for words, label in [(["Gulf", "of", "Maine", "Research", "Institute"], "ORG"), (["Gulf", "of", "St", "Lawrence"], "LOC")]:
        doc = Doc(nlp.vocab, words=["The", *words, "said", "."], ents=["O", "B-ORG"] + ["I-ORG"] * (len(words) - 1) + ["O", "O"])
        assert canon.relabel(doc, doc.ents[0], {}).label_ == label


def test_the_body_starts_where_the_extractor_says_the_title_ends():
    # an article without a title has no headline, though its first paragraph ends in a blank line; a Doc
    # made without the extractor takes its first line set apart for one
    nlp = spacy.blank("en")
    text = "Sasha Piton spoke first.\n\nThe talks went on."
    assert _body_start(titled(nlp, text, 0)) == 0
    assert _body_start(titled(nlp, "Talks\n\nThe talks went on.", 5)) == 7
    assert _body_start(nlp.make_doc(text)) == text.index("The")


@pytest.mark.parametrize("text,name", [
    ("The chairman of the traders’ association, Alhaji Sani Abdullahi, said the market would reopen on Monday.",
     "Sani Abdullahi"),
    ("The district president, Shri Mohan Lal Verma, said the canal would be repaired before the sowing season.",
     "Mohan Lal Verma"),
])
def test_an_honorific_of_nigerian_or_indian_copy_is_no_part_of_the_name(extractor, text, name):
    assert _mention_labels(extractor.extract_text(text)).get(name) == "PERSON"


@pytest.mark.parametrize("text,name", [
    ("Addressing the meeting at Ongole, the Joint Collector, S. Venkata Lakshmi, said the tanks would be desilted.",
     "S. Venkata Lakshmi"),
    ("Addressing the gathering, S. Padma Priya explained that the scheme covered 40 villages.", "S. Padma Priya"),
])
def test_an_initial_before_capitalised_names_writes_a_person(extractor, text, name):
    assert _mention_labels(extractor.extract_text(text)).get(name) == "PERSON"


def test_one_name_something_happens_near_is_a_place(extractor):
    labels = _mention_labels(extractor.extract_text("The bus overturned near Kakamega on Monday."))
    assert labels.get("Kakamega") == "GPE"


@pytest.mark.parametrize("text,name", [
    ("Walmart said sales rose. The fire started near Walmart, police said.", "Walmart"),
    ("A protest was held near Google. Google said it would respond.", "Google"),
])
def test_a_firm_the_document_names_again_stays_a_firm_after_near(extractor, text, name):
    assert _mention_labels(extractor.extract_text(text)).get(name) == "ORG"


@pytest.mark.parametrize("text,name", [
    ("N. Korean troops crossed the border.", "N. Korean"),
    ("S. African officials met on Monday.", "S. African"),
    ("T. Rowe Price said it would buy the fund.", "T. Rowe Price"),
    ("J. Walter Thompson said it had won the account.", "J. Walter Thompson"),
])
def test_an_initialled_nationality_or_firm_is_no_person(extractor, text, name):
    assert _mention_labels(extractor.extract_text(text)).get(name) not in (None, "PERSON")


def test_a_bare_hon_is_a_given_name_not_an_honorific():
    assert strip_titles("Hon Sui Sen") == "Hon Sui Sen"
    assert strip_titles("Hon. Ada Okafor") == "Ada Okafor"


def test_a_code_of_capitals_and_digits_the_model_calls_a_person_is_a_body(extractor):
    e = extractor.extract_text("Facing exposure by MI6, the diplomat fled to Prague.")
    assert [(m.text, x.label) for x in e.entities for m in x.mentions if m.text == "MI6"] == [("MI6", "ORG")]


@pytest.mark.parametrize(("text", "island"), [
    ("Rescuers reached Baengnyeong Island by boat.", "Baengnyeong Island"),
    ("The storm hit Vancouver Island overnight.", "Vancouver Island"),
])
def test_an_island_the_model_calls_a_facility_is_a_natural_feature(extractor, text, island):
    e = extractor.extract_text(text)
    assert [(m.text, x.label) for x in e.entities for m in x.mentions if "Island" in m.text] == [(island, "LOC")]


@pytest.mark.parametrize(("text", "name"), [
    ("He studied at the University of Rhode Island before joining the firm.", "the University of Rhode Island"),
    ("The president of the University of Prince Edward Island resigned.", "the University of Prince Edward Island"),
    ("The Bank of Prince Edward Island was founded in 1856.", "The Bank of Prince Edward Island"),
])
def test_a_body_named_for_an_island_is_no_island(extractor, text, name):
    e = extractor.extract_text(text)
    assert [x.label for x in e.entities for m in x.mentions if "Island" in m.text] == ["ORG"], \
        [(m.text, x.label) for x in e.entities for m in x.mentions]


@pytest.mark.parametrize(("text", "code"), [
    ("Officer W80 said he believed the man was armed.", "W80"),
    ("Police said the suspect, known as K9, had fled.", "K9"),
    ("The informant, K9, gave evidence behind a screen.", "K9"),
])
def test_a_code_a_person_goes_by_stays_a_person(extractor, text, code):
    e = extractor.extract_text(text)
    assert [x.label for x in e.entities for m in x.mentions if m.text == code] == ["PERSON"], \
        [(m.text, x.label) for x in e.entities for m in x.mentions]


def test_a_code_a_person_goes_by_once_stays_a_persons_in_a_bare_mention(extractor):
    # the model may leave the titled "Agent K7" untagged and tag only the bare "K7", which alone is no one's code
    e = extractor.extract_text("Agent K7 told the court he had followed orders. K7 said he regretted nothing.")
    assert {x.label for x in e.entities for m in x.mentions if m.text == "K7"} == {"PERSON"}
    assert {c.speaker_type for c in e.claims} == {"PERSON"}


@pytest.mark.parametrize("text, name, label", [
    ("Investors piled into the payments startup Fintrova on Monday.", "Fintrova", "ORG"),
    ("Customers of the broadband provider Zyntel lost their connection.", "Zyntel", "ORG"),
    ("The pub team lost to his old club Harrowby, the manager said.", "Harrowby", "ORG"),
    ("Life on the ice planet Zandor would be harsh, the study found.", "Zandor", "LOC"),
    ("The Halyard is a new docu-series about the fishing trade.", "Halyard", "WORK_OF_ART"),
    ("Ten minutes into The Halyard, a gripping docu-series, the boat sinks.", "Halyard", "WORK_OF_ART"),
    ("Scientists reported the finding in the journal Nature Ecology on Monday.", "Nature Ecology", "ORG"),
])
def test_a_kind_noun_before_or_apposed_to_a_name_types_it(extractor, text, name, label):
    assert _mention_labels(extractor.extract_text(text))[name] == label


@pytest.mark.parametrize("text, person", [
    ("The firm Baxter said profits rose 12 percent. Sarah Baxter, its chief executive, said the results were "
     "strong. Baxter added that she would not sell the business.", "Sarah Baxter"),
    ("The bank Morgan reported a profit of $3 billion. Jane Morgan, the bank's chief executive, said demand was "
     "strong. Morgan said she expected further growth.", "Jane Morgan"),
])
def test_a_kind_nouns_label_stays_on_its_mention_not_on_the_person_named_in_full(extractor, text, person):
    e = extractor.extract_text(text)
    labels = {x.canonical: x.label for x in e.entities}
    assert labels[person] == "PERSON"
    assert [(c.speaker_type, c.source_kind) for c in e.claims if c.speaker_resolved == person] == \
        [("PERSON", "person"), ("PERSON", "person")]
    firm = e.claims[0]
    assert firm.speaker_type == "ORG" and firm.speaker_org != person


def test_a_surname_shared_with_a_person_leaves_a_mention_its_own_noun_decided(extractor):
    e = extractor.extract_text("The Bild newspaper reported the deal on Monday. Anna Bild, its editor, said the "
                               "story was true.")
    assert {x.canonical: x.label for x in e.entities} == {"Monday": "DATE", "Bild": "ORG", "Anna Bild": "PERSON"}
    assert [c.speaker_type for c in e.claims if c.speaker == "Anna Bild"] == ["PERSON"]


def test_a_films_title_leaves_the_person_it_is_named_for_a_person(extractor):
    # the model leaves "Alexei Navalny" untagged: the kind's noun must not make the man a film
    e = extractor.extract_text("The film Navalny won an Oscar on Sunday. Alexei Navalny died in an Arctic prison "
                               "in February. Navalny's widow, Yulia Navalnaya, said he would have been proud.")
    assert {x.canonical: x.label for x in e.entities}.get("Navalny") == "PERSON"
    assert "The film Navalny won an Oscar on Sunday." in [c.content for c in e.claims if c.speaker_type == "AUTHOR"]



def test_a_name_apposed_to_a_personal_post_is_a_person_without_a_first_name(extractor):
    e = extractor.extract_text("Kazakhstan’s president, Kassym-Jomart Tokayev, has said order was restored.")
    assert _mention_labels(e)["Kassym-Jomart Tokayev"] == "PERSON"
    e = extractor.extract_text("The Ukrainian foreign minister, Oleksandr Kovalchuk, said Kyiv needed more help.")
    assert _mention_labels(e)["Oleksandr Kovalchuk"] == "PERSON"


def test_the_short_name_of_a_body_named_in_full_is_the_body(extractor):
    e = extractor.extract_text("Profits at Brisko Logistics fell sharply. Brisko has since hired a new finance chief.")
    assert _mention_labels(e)["Brisko"] == "ORG"
    e = extractor.extract_text("Shares in Marlow Capital rose. Andrew Marlow, its founder, said Marlow was happy.")
    assert _mention_labels(e)["Marlow"] == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Dyson Technology Ltd said it would move its headquarters. Dyson said he was proud of the company's British "
     "roots.", "Dyson"),
    ("Wexford Group said profits fell. Wexford said she would step down next year, the company's chief executive "
     "added.", "Wexford"),
])
def test_a_body_s_short_name_the_sentence_calls_he_or_she_is_a_person(extractor, text, name):
    e = extractor.extract_text(text)
    assert _mention_labels(e)[name] == "PERSON"
    assert [(c.speaker_type, c.source_kind) for c in e.claims if c.speaker == name] == [("PERSON", "person")]


def test_a_works_title_left_untagged_again_is_the_work():
    nlp = spacy.blank("en")
    words = ["The", "Trade", "is", "new", "\n\n", "Minutes", "into", "The", "Trade", ",", "a", "docu", "-", "series"]
    pos = ["DET", "PROPN", "AUX", "ADJ", "SPACE", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "NOUN"]
    doc = Doc(nlp.vocab, words=words, pos=pos, ents=["O"] * 8 + ["B-WORK_OF_ART"] + ["O"] * 5)
    found = _untagged_repeats(doc, list(doc.ents), [])
    assert [(e.text, e.label_, e.start) for e in found] == [("Trade", "WORK_OF_ART", 1), ("Trade", "WORK_OF_ART", 8)]


@pytest.mark.parametrize("text, name, label", [
    ("The president of the country, South Africa, addressed parliament.", "South Africa", "GPE"),
    ("The prime minister of the country, New Zealand, addressed parliament.", "New Zealand", "GPE"),
    ("The mayor of the city, New Orleans, addressed the council.", "New Orleans", "GPE"),
    ("The governor of the state, New York, signed the bill.", "New York", "GPE"),
    ("The former chairman of the bank, Credit Suisse, testified before the committee.", "Credit Suisse", "ORG"),
    ("The former president of the club, Real Madrid, testified in court.", "Real Madrid", "ORG"),
    ("Its chairman, Goldman Sachs, said profits rose.", "Goldman Sachs", "ORG"),
    ("The minister, Home Office said, had resigned.", "Home Office", "ORG"),
])
def test_a_place_or_body_beside_a_post_stays_what_it_is(extractor, text, name, label):
    assert _mention_labels(extractor.extract_text(text))[name] == label


@pytest.mark.parametrize("text, name, label", [
    ("The bank Dimon runs reported record profits. Dimon said the economy was resilient.", "Dimon", "PERSON"),
    ("The agency Jones heads will review the case, Jones told reporters.", "Jones", "PERSON"),
    ("The firm Smith founded was sold. Smith said he was sad.", "Smith", "PERSON"),
    ("The club Ferguson managed won the league. Ferguson said it was his best team.", "Ferguson", "PERSON"),
    ("Fans queued for the album Beyonce released on Friday.", "Beyonce", "PERSON"),
])
def test_a_name_acting_in_a_kind_nouns_clause_is_not_of_that_kind(extractor, text, name, label):
    assert _mention_labels(extractor.extract_text(text))[name] == label


def test_a_works_later_mentions_join_the_work(extractor):
    e = extractor.extract_text("The film Oppenheimer won best picture. Oppenheimer grossed nearly $1bn.")
    works = [x for x in e.entities if any(m.text == "Oppenheimer" for m in x.mentions)]
    assert [(x.label, len(x.mentions)) for x in works] == [("WORK_OF_ART", 2)]


def test_a_kind_noun_as_complement_leaves_a_place_a_place(extractor):
    e = extractor.extract_text("Miami is a platform for Latin American artists, the mayor said.")
    assert _mention_labels(e)["Miami"] == "GPE"


def test_a_kind_word_used_as_a_verb_types_nothing(extractor):
    e = extractor.extract_text("He tried to channel Thatcher in his speech.")
    assert _mention_labels(e)["Thatcher"] == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Viewers complained after Sunday’s episode of Love Island, the regulator said.", "Love Island"),
    ("A new season of Fargo is being shot in Winnipeg, the broadcaster confirmed.", "Fargo"),
    ("A restored print of Casablanca will open the festival, its director said.", "Casablanca"),
])
def test_a_name_after_the_part_of_a_work_is_the_work(extractor, text, name):
    assert _mention_labels(extractor.extract_text(text))[name] == "WORK_OF_ART"


@pytest.mark.parametrize("text, name", [
    ("She said the Paris Agreement had been let down by the rich countries.", "Paris Agreement"),
    ("The Abraham Accords normalised ties between Israel and the UAE, the envoy said.", "The Abraham Accords"),
])
def test_a_named_treaty_or_accord_is_a_law(extractor, text, name):
    labels = {k.removeprefix("the "): v for k, v in _mention_labels(extractor.extract_text(text)).items()}
    assert labels[name] == "LAW"


@pytest.mark.parametrize("text, name, label", [
    ("The new season of the Premier League starts on August 16, the league said.", "Premier League", "ORG"),
    ("The 2025 season of IndyCar opens in St Petersburg, the series said.", "IndyCar", "ORG"),
    ("The finale of the Eurovision Song Contest drew 160 million viewers, the EBU said.",
     "Eurovision Song Contest", "ORG"),
    ("A print of Banksy sold for £1.2 million, Sotheby's said.", "Banksy", "PERSON"),
    ("A new adaptation of Dickens will air at Christmas, the BBC said.", "Dickens", "PERSON"),
    ("The adaptation of Bangladesh to rising seas will cost billions, the World Bank said.", "Bangladesh", "GPE"),
    ("A screening of Gaza, the documentary, was cancelled after protests, the BBC said.", "Gaza", "GPE"),
    ("The rainy season of Kerala begins in June, the IMD said.", "Kerala", "GPE"),
    ("The hurricane season of Florida runs to November, the agency said.", "Florida", "GPE"),
    ("The cricket season of England opens in April, the board said.", "England", "GPE"),
    ("The dry season of Ghana is long, the minister said.", "Ghana", "GPE"),
    ("The series of Australia ended in a draw, the coach said.", "Australia", "GPE"),
    ("A print of Venice by Canaletto sold for £2 million, Christie's said.", "Venice", "GPE"),
])
def test_a_body_a_person_or_a_known_place_after_the_part_of_a_work_keeps_its_label(extractor, text, name, label):
    labels = {k.removeprefix("the "): v for k, v in _mention_labels(extractor.extract_text(text)).items()}
    assert labels[name] == label


def test_a_place_after_a_season_of_the_year_stays_in_the_claim(extractor):
    e = extractor.extract_text("The rainy season of Kerala begins in June, the IMD said.")
    assert [c.entities for c in e.claims] == [["Kerala"]]


def test_a_leagues_season_leaves_the_league_speaking_for_itself(extractor):
    e = extractor.extract_text("The new season of the Premier League starts on August 16, the league said.")
    assert [(c.speaker, c.speaker_type, c.source_kind) for c in e.claims] == [("the league", "ORG", "official")]


@pytest.mark.parametrize("text, name, label", [
    ("The film Ghost Protocol took $694 million worldwide, Paramount said.", "Ghost Protocol", "WORK_OF_ART"),
    ("The novel The Aquitaine Progression was followed by the novel The Bourne Treaty, the publisher said.",
     "The Bourne Treaty", "WORK_OF_ART"),
])
def test_a_work_named_like_a_treaty_stays_a_work(extractor, text, name, label):
    assert _mention_labels(extractor.extract_text(text))[name] == label


def test_a_name_owning_a_players_post_is_the_team(extractor):
    e = extractor.extract_text("Brighton came from behind to draw 2-2. “It is a hard place to come,” said Brighton’s "
                               "captain, Lewis Dunmore, who scored the equaliser.")
    assert _mention_labels(e)["Brighton"] == "ORG"
    assert _mention_labels(e)["Lewis Dunmore"] == "PERSON"


def test_a_label_after_a_singers_possessive_speaks_as_a_body(extractor):
    e = extractor.extract_text("The singer Adele's label XL Recordings said the record sold 3 million copies.")
    assert [(c.speaker_type, c.source_kind) for c in e.claims] == [("ORG", "official")]


@pytest.mark.parametrize("text, name", [
    ("Messi's captain's armband was auctioned for $100,000, the club said.", "Messi"),
    ("Dravid's skipper Rohit Sharma said the team was ready.", "Dravid"),
    ("Ainslie's skipper steered the boat to victory, the team said.", "Ainslie"),
])
def test_a_person_owning_a_post_owning_a_thing_or_named_once_stays_a_person(extractor, text, name):
    assert _mention_labels(extractor.extract_text(text))[name] == "PERSON"


def test_a_persons_title_inside_the_models_organisation_makes_the_rest_a_person(extractor):
    e = extractor.extract_text("Councillor Saoirse Ní Bhriain said the ban on cars was long overdue.")
    assert _mention_labels(e) == {"Saoirse Ní Bhriain": "PERSON"}


def test_a_craft_only_a_person_practises_makes_the_name_after_it_a_person(extractor):
    e = extractor.extract_text("The book has a new introduction by the novelist Adaeze Okafor, the publisher said. "
                               "Okafor said the moors were less a place than a temperature.")
    assert _mention_labels(e)["Adaeze Okafor"] == "PERSON"
    assert _mention_labels(e)["Okafor"] == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Southgate's captain, Harry Kane, scored twice. Southgate said England had been patient, the FA said.",
     "Southgate"),
    ("Nadal's captain, David Ferrer, said Nadal was ready. Nadal said he felt good.", "Nadal"),
    ("Netanyahu's defenders say the strikes were lawful. Netanyahu said Israel would press on, his office said.",
     "Netanyahu"),
    ("Zelensky's defenders note that elections are banned under martial law, Zelensky's office said.", "Zelensky"),
])
def test_a_person_who_speaks_or_is_a_politician_stays_a_person_owning_a_post(extractor, text, name):
    e = extractor.extract_text(text)
    assert _mention_labels(e)[name] == "PERSON"
    assert all(c.speaker_type == "PERSON" for c in e.claims if c.speaker == name)


@pytest.mark.parametrize("text, name, label", [
    ("The report's author, the Institute for Fiscal Studies, said taxes would rise.", "Institute for Fiscal Studies",
     "ORG"),
    ("The study's lead author, Imperial College London, said the vaccine was effective.", "Imperial College London",
     "ORG"),
    ("The state actor Russia was behind the attack, the minister said.", "Russia", "GPE"),
    ("The German coach, Deutsche Bahn, was stuck for hours near Cologne, police said.", "Deutsche Bahn", "ORG"),
    ("The Japanese chief executive, Toyota Motor, said sales rose 5%.", "Toyota Motor", "ORG"),
    ("The singer Adele's label XL Recordings said the record sold 3 million copies.", "XL Recordings", "ORG"),
    ("The photographer Getty Images said the picture was genuine.", "Getty Images", "ORG"),
])
def test_a_body_or_a_state_apposed_to_an_author_an_actor_or_a_coach_keeps_its_label(extractor, text, name, label):
    labels = {k.removeprefix("the "): v for k, v in _mention_labels(extractor.extract_text(text)).items()}
    assert labels[name] == label


@pytest.mark.parametrize("text, name, label", [
    ("Shri Ram College of Commerce said admissions would close on Friday.", "Shri Ram College of Commerce", "ORG"),
    ("Devotees gathered at Shri Harmandir Sahib in Amritsar, police said.", "Shri Harmandir Sahib", "ORG"),
])
def test_a_hindi_honorific_opening_a_bodys_name_leaves_the_body(extractor, text, name, label):
    assert _mention_labels(extractor.extract_text(text))[name] == label
