"""Cue lexicon senses, negation and complete spans. Project-written texts."""
from __future__ import annotations

import pytest

from spacy.tokens import Doc
from spacy.vocab import Vocab

from consumers.enricher.nlp.cue_rules import own_speech_act
from tests.unit.consumers.enricher.nlp.conftest import claim_with


def test_negated_cue_keeps_the_negation_in_the_content(extractor):
    e = extractor.extract_text('The 12 unions do not believe the plan "meets the law\'s requirements."')
    c = claim_with(e, "the plan")
    assert c.content.startswith("do not believe") and c.negated
    assert c.content.endswith('requirements."')        # the quotation it opens is closed


def test_according_to_after_a_cued_quote_is_the_outlet_not_the_speaker(extractor):
    e = extractor.extract_text("“We will rebuild every school,” the governor said, according to the Harlow Gazette.")
    c = claim_with(e, "rebuild every school")
    assert c.speaker == "the governor" and c.rule == "cue_quote"
    assert not [x for x in e.claims if x.rule == "according_to"]


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    ("According to Dr Omar Fadel, who ran the trial, at least 30% of the patients improved within a week.",
     "at least 30% of the patients", "Omar Fadel"),
    ("According to the inspectors’ report, parts of which were read out in court, the ward had been short of nurses "
     "for months.", "the ward had been short", "the inspectors’ report"),
])
def test_a_relative_clause_set_off_after_the_source_of_according_to_is_no_part_of_the_content(
        extractor, text, opening, speaker):
    c = claim_with(extractor.extract_text(text), opening)
    assert c.rule == "according_to" and c.content.startswith(opening)
    assert speaker in (c.speaker_resolved, c.speaker)


@pytest.mark.parametrize(("text", "opening"), [
    # a comma inside a number is no clause's end
    ("According to the union, which represents 12,500 nurses, staff shortages have doubled since 2020.",
     "staff shortages have doubled"),
    # "what" opens the content's own subject, not a clause on the source
    ("According to Dr Omar Fadel, what matters most, in the end, is how quickly patients are treated.",
     "what matters most"),
    # a comma inside the relative clause does not close it
    ("According to the coach, who, like many in the sport, was surprised by the ruling, the team will appeal.",
     "the team will appeal"),
])
def test_the_content_after_according_to_starts_where_the_relative_clause_ends(extractor, text, opening):
    c = claim_with(extractor.extract_text(text), opening)
    assert c.rule == "according_to" and c.content.startswith(opening), c.content


def test_a_relative_clause_after_according_to_at_the_end_keeps_its_own_claim(extractor):
    e = extractor.extract_text("Unemployment rose to 6% in March, according to the statistics agency, which said "
                               "wages, however, had held steady over the year.")
    assert claim_with(e, "Unemployment rose").content == "Unemployment rose to 6% in March"
    assert claim_with(e, "had held steady").rule == "cue_clause"


def test_condemn_with_a_characterising_quote_keeps_its_object(extractor):
    e = extractor.extract_text("The foreign minister condemned the attack on the embassy as “cowardly and criminal”.")
    c = claim_with(e, "cowardly and criminal")
    assert c.content.startswith("the attack on the embassy") and c.cue_lemma == "condemn"


def test_a_quote_under_a_participle_is_that_cues_not_the_main_verbs(extractor):
    e = extractor.extract_text("Senator Ana Ruiz sharply criticized the port authority on Tuesday over its handling "
                               "of the spill, calling it “a betrayal of every fisherman on this coast.”")
    c = claim_with(e, "betrayal of every fisherman")
    assert c.cue_lemma == "call" and c.speaker_resolved == "Ana Ruiz"
    assert not c.content.startswith("the port authority")


def test_term_characterises_with_a_quote(extractor):
    e = extractor.extract_text("The opposition party attacked the governor after it termed the flood response "
                               "a “textbook operation”, and demanded an inquiry.")
    c = claim_with(e, "textbook operation")
    assert c.cue_lemma == "term" and c.content.startswith("the flood response")


def test_urge_takes_its_object_and_infinitive(extractor):
    e = extractor.extract_text("Teachers urged the council to repair the school roof, which shelters 600 pupils.")
    c = claim_with(e, "repair the school roof")
    assert c.speaker == "Teachers" and c.rule == "cue_object"


def test_accuse_with_a_short_object_and_its_of_clause(extractor):
    e = extractor.extract_text("Opposition leader Rafael Dominguez accused the government of hiding the true cost.")
    c = claim_with(e, "hiding the true cost")
    assert c.speaker_resolved == "Rafael Dominguez"


def test_non_speech_senses_of_cue_verbs_are_not_claims(extractor):
    e = extractor.extract_text("The team then added nuggets of information to the map as the survey went on. "
                               "The choir told a story in song, and the hall filled with applause.")
    assert e.claims == []


def test_warned_after_its_content_names_the_speaker_not_the_one_warned(extractor):
    # the parser hangs the clause before the cue on it and takes the name after it for its object
    e = extractor.extract_text("Growth is bound to stall if there is no reform of the tax code, warned P.S. Iyer, "
                               "chief economist of the bank.")
    c = claim_with(e, "Growth is bound to stall")
    assert c.speaker_resolved == "P.S. Iyer" and c.rule == "cue_inverted"


def test_a_directive_with_its_addressee_and_infinitive_is_the_directors_claim(extractor):
    e = extractor.extract_text("The harbour master on Monday directed the pilots to halt all night crossings until "
                               "the buoys are replaced.")
    c = claim_with(e, "halt all night crossings")
    assert c.speaker == "The harbour master" and c.rule == "cue_object"
    e = extractor.extract_text("Lena Varga directed the film in 2019 and won two awards for it.")
    assert all(c.speaker_type == "AUTHOR" for c in e.claims)


def test_a_directive_needs_an_addressee_who_can_be_told(extractor):
    # what is sent somewhere is no addressee: the sentence reports where money went, no one's instruction
    for text in ("The ministry directed funds to flow to the provinces after the floods.",
                 "The governor directed water to be released from the dam on Sunday."):
        assert all(c.rule != "cue_object" for c in extractor.extract_text(text).claims), text
    for text, fragment in (("The court instructed the bank to freeze the accounts of the three firms.", "freeze"),
                           ("The minister instructed them to finish the audit by May.", "finish the audit"),
                           ("Judge Ana Ruiz directed Tom Hale to return the documents within a week.", "return the")):
        assert claim_with(extractor.extract_text(text), fragment).rule == "cue_object", text


def test_a_directive_addresses_places_bodies_and_common_nouns_told_to_act(extractor):
    # a place, a name the model mislabels and a plain noun told to do something to something are addressees
    for text, fragment in (("The EU instructed Italy to cut its deficit by next spring.", "cut its deficit"),
                           ("The regulator directed Thames Water to cut leakage.", "cut leakage"),
                           ("The hospital instructed staff to wear masks.", "wear masks"),
                           ("The captain directed the crew to abandon the ship.", "abandon the ship"),
                           ("The court directed the state to pay compensation.", "pay compensation")):
        assert claim_with(extractor.extract_text(text), fragment).rule == "cue_object", text


def test_a_cue_inside_the_clause_a_later_cue_reports_does_not_take_that_cue_as_its_content(extractor):
    e = extractor.extract_text("The two unions have agreed on a shorter working week for night staff, the federation's "
                               "president said on Friday.")
    c = claim_with(e, "shorter working week")
    assert c.speaker == "the federation's president" and c.content.startswith("The two unions have agreed")


def test_recommended_with_a_noun_phrase_is_the_recommenders_claim(extractor):
    e = extractor.extract_text("The audit committee has recommended a fresh review of 40 road contracts.")
    c = claim_with(e, "fresh review of 40 road contracts")
    assert c.speaker == "The audit committee" and c.rule == "cue_object"


def test_trailing_speaker_phrase_after_a_comma_whatever_the_parse(extractor):
    e = extractor.extract_text("Japan is not considering penalties for noncompliant businesses in its planned "
                               "guidelines, government and ruling coalition officials said Friday.")
    c = claim_with(e, "penalties")
    assert c.speaker == "government and ruling coalition officials" and c.rule == "cue_inverted"
    assert c.content.endswith("planned guidelines") and c.negated


def test_a_clause_after_the_cue_is_not_an_inverted_attribution(extractor):
    e = extractor.extract_text("If jurors don’t reach a verdict by Thursday evening, the judge says he’ll excuse "
                               "a juror who has a scheduled vacation.")
    c = claim_with(e, "excuse a juror")
    assert c.speaker == "the judge" and not c.content.startswith("If jurors")


def test_indirect_questions_and_relative_clauses_are_not_speech(extractor):
    e = extractor.extract_text("Some pharmacies cannot tell if patients are covered by insurance. "
                               "Biden will ease travel rules, allowing foreigners into the country if they are vaccinated. "
                               "The rules give developers “an unworkable choice” that adds complexity.")
    assert not [c for c in e.claims if c.cue_lemma in ("tell", "allow", "add")]


def test_a_clause_opening_with_its_own_wh_word_is_a_question_not_speech(extractor):
    e = extractor.extract_text("In her new memoir the singer looks back on a decade of touring. She explains why "
                               "she doesn’t care about pleasing her label.")
    assert not [c for c in e.claims if c.cue_lemma == "explain"]
    e = extractor.extract_text("The minister said what the town wanted was a new bridge. Two unnamed sources told "
                               "the paper that the sale could alternatively go forward if Verizon sold Yahoo.")
    assert claim_with(e, "a new bridge").speaker == "The minister"
    assert claim_with(e, "the sale could").speaker == "Two unnamed sources"     # "that" tagged a wh-determiner


def test_a_cue_the_tagger_calls_a_noun_still_attributes(extractor):
    e = extractor.extract_text("Analysts at Brightwater Capital estimate that the merger will save the two "
                               "companies about $600 million a year.")
    c = claim_with(e, "the merger will save")
    assert c.cue_lemma == "estimate" and c.speaker_type != "AUTHOR"


@pytest.mark.parametrize("text,speaker,content", [
    ("The minister expressed hope that the talks would resume next week.", "The minister",
     "the talks would resume next week"),
    ("Rights groups raised concerns that the law would be used against journalists.", "Rights groups",
     "the law would be used against journalists"),
])
def test_a_light_verb_and_a_speech_noun_with_a_that_clause_make_a_cue(extractor, text, speaker, content):
    assert [(c.speaker, c.content) for c in extractor.extract_text(text).claims] == [(speaker, content)]


def test_a_light_verb_with_a_noun_that_is_no_speech_is_no_cue(extractor):
    assert extractor.extract_text("The early vote gave the impression that the party was united.").claims == []


def test_a_court_rules(extractor):
    e = extractor.extract_text("“The decision is final and binding,” the judge ruled.")
    assert [(c.speaker, c.content) for c in e.claims] == [("the judge", "The decision is final and binding")]


def test_one_spoken_word_closing_on_a_comma_is_a_quote_but_a_scare_quoted_word_is_not(extractor):
    e = extractor.extract_text("The lecturer sat down. “Plot,” he says, and shakes his head.")
    assert [c.content for c in e.claims] == ["Plot"]
    assert extractor.extract_text("The word of the year was “resilience.” The mayor said so too.").claims == []


@pytest.mark.parametrize("text,contents", [
    ("“We tried,” the coach said, “but the rain ruined the pitch before kick-off.”",
     ["We tried, but the rain ruined the pitch before kick-off."]),
    ("“On balance,” said Judge Amara Osei, “the evidence does not support the charge.”",
     ["On balance, the evidence does not support the charge."]),
    # the cue's full stop closes the first quotation: two claims (the guide's point 3)
    ("“First the wells ran dry; then the cattle died,” the farmer said. “Now the children are leaving.”",
     ["First the wells ran dry; then the cattle died", "Now the children are leaving."]),
])
def test_a_quote_split_around_its_cue_is_joined_with_its_own_punctuation(extractor, text, contents):
    assert [c.content for c in extractor.extract_text(text).claims] == contents


@pytest.mark.parametrize("when", ["Wednesday", "on Wednesday", "late Wednesday"])
def test_when_it_was_said_is_not_part_of_what_was_said(extractor, when):
    e = extractor.extract_text(f"The port authority said {when} the ferry service would restart in two weeks.")
    assert [c.content for c in e.claims] == ["the ferry service would restart in two weeks"]


@pytest.mark.parametrize("text,hedged", [
    ("The ministry said the talks would resume in May.", False),
    ("The ministry said the talks may resume next week.", True),
])
def test_the_month_may_is_no_hedge(extractor, text, hedged):
    assert [c.hedged for c in extractor.extract_text(text).claims] == [hedged]


@pytest.mark.parametrize("text,speaker,content", [
    ("Dock workers warned of a week-long strike if the pay offer is not improved.", "Dock workers",
     "a week-long strike if the pay offer is not improved"),
    ("The archbishop appealed for calm after two nights of rioting.", "The archbishop",
     "calm after two nights of rioting"),
    ("Relief agencies called for a pause in the fighting to evacuate the wounded.", "Relief agencies",
     "a pause in the fighting to evacuate the wounded"),
    ("The opposition called on the minister to resign over the contracts.", "The opposition",
     "the minister to resign over the contracts"),
])
def test_a_speech_act_with_a_preposition_is_a_claim_of_its_subject(extractor, text, speaker, content):
    assert [(c.speaker, c.content) for c in extractor.extract_text(text).claims] == [(speaker, content)]


def test_a_plan_that_calls_for_something_says_nothing(extractor):
    claims = extractor.extract_text("The plan calls for two new bridges over the river by 2030.").claims
    assert [c.speaker_type for c in claims] == ["AUTHOR"]        # an author assertion: it has figures


@pytest.mark.parametrize("text, fragment, end", [
    # a state does not follow an event: "after ..." dates the telling, not the claim
    ("The coach told reporters that the result was “unacceptable” after the team's third loss in a row on Sunday.",
     "the result was", "“unacceptable”"),
    ("According to the harbour master, the pier is safe again after a week of repairs by the council.",
     "the pier is safe", "safe again"),
    # ", despite ..." is the author's contrast with what was said
    ("The minister said she thinks the plan was sound, despite an audit that found cost overruns.",
     "the plan was sound", "was sound"),
])
def test_the_author_s_trailing_adjunct_is_not_part_of_the_content(extractor, text, fragment, end):
    c = claim_with(extractor.extract_text(text), fragment)
    assert c.content.endswith(end), c.content


@pytest.mark.parametrize("text, fragment, end", [
    # a participle set off at the end interprets the event in the author's voice
    ("The rebel coalition claimed on Sunday to have captured two districts in the north, marking its first "
     "advance in a year.", "captured two districts", "in the north"),
    # a where-clause sets the scene
    ("Prime Minister Ana Lobo on Monday visited the coastal villages, where the storm surge had washed away "
     "roads and bridges.", "visited the coastal villages", "coastal villages"),
])
def test_a_trailing_participle_or_scene_is_the_author_s_commentary(extractor, text, fragment, end):
    c = claim_with(extractor.extract_text(text), fragment)
    assert c.content.rstrip(".").endswith(end), c.content


def test_in_the_author_s_own_assertion_a_trailing_participle_stays(extractor):
    # the participle is the author's reading of the act asserted (a where-clause still goes: see above)
    text = ("The Dravan navy fired two torpedoes at a disused hulk on Monday, extending a streak of weapons "
            "tests as a foreign fleet visits the port.")
    c = claim_with(extractor.extract_text(text), "fired two torpedoes")
    assert (c.kind, c.content.rstrip(".").endswith("visits the port")) == ("assertion", True), c.content


@pytest.mark.parametrize("text, end", [
    # a participle that is an event of its own, or that carries the figure, is part of the claim
    ("The Green Party swept the council seats on Thursday, beating every sitting councillor.",
     "every sitting councillor"),
    ("A landslide buried the mountain road on Friday, leaving 40 families without water.", "without water"),
    # an assertion keeps its contrast: the whole sentence is the author's
    ("The prize went to a debut novelist, despite established authors making up 80% of the shortlist.",
     "of the shortlist"),
])
def test_an_event_or_a_figure_at_the_end_stays_in_the_content(extractor, text, end):
    claims = extractor.extract_text(text).claims
    assert len(claims) == 1 and claims[0].content.rstrip(".").endswith(end), [c.content for c in claims]


@pytest.mark.parametrize("text, end", [
    # a speaker's claim keeps a trailing participle that is an event ("fining": the model's lemma is "fin", read
    # through lexicon.verb_lemma) ...
    ("The regulator said the bank broke the rules, fining it £5m.", "£5m"),
    ("The club said the player was late, fining him a week's wages.", "a week's wages"),
    ("The watchdog said the lender misled customers, fining it $3 million on Monday.", "on Monday"),
    ("The council said the firm dumped waste, banning it from the site.", "from the site"),
    ("Police said the man ran a red light, injuring a cyclist.", "a cyclist"),
    # ... and not one that is no event
    ("The regulator said the bank broke the rules, citing its own report.", "broke the rules"),
])
def test_a_speaker_s_claim_keeps_a_trailing_event_participle(extractor, text, end):
    claims = extractor.extract_text(text).claims
    assert len(claims) == 1 and claims[0].content.rstrip(".").endswith(end), [c.content for c in claims]


def test_an_event_after_an_event_stays_in_the_content(extractor):
    e = extractor.extract_text("Police said the driver fled after the crash on the ring road.")
    assert claim_with(e, "the driver fled").content.endswith("on the ring road")


@pytest.mark.parametrize("text", [
    "Rising rents threaten to push families out of the city centre.",
    "The oil price is expected to fall, and the weak pound promises to make imports dearer this winter.",
])
def test_a_thing_that_threatens_or_promises_says_nothing(extractor, text):
    e = extractor.extract_text(text)
    assert not [c for c in e.claims if c.content.startswith("to ")], [(c.speaker, c.content) for c in e.claims]


def test_a_person_who_promises_still_makes_a_claim(extractor):
    e = extractor.extract_text("The mayor promised to repave every road in the district by June.")
    assert claim_with(e, "repave every road").speaker == "The mayor"


@pytest.mark.parametrize("text,speaker,fragment,cue", [
    # cues of the published classes (VerbNet, PARC 3.0, the Gender Gap Tracker), project-written
    ("The rector disputed that tuition fees had doubled since 2019.", "The rector", "tuition fees", "dispute"),
    ("Growers fear that the drought will cut the wheat harvest by a third.", "Growers", "the drought", "fear"),
    ("The auditor highlighted that three of the accounts had never been reconciled.", "The auditor",
     "three of the accounts", "highlight"),
    ("The coach reckoned that his side needed two more wins to stay up.", "The coach", "his side", "reckon"),
    ("A guard whispered that the prisoners had been moved overnight.", "A guard", "the prisoners", "whisper"),
])
def test_a_cue_of_the_published_classes_attributes_its_clause(extractor, text, speaker, fragment, cue):
    c = claim_with(extractor.extract_text(text), fragment)
    assert (c.speaker, c.cue_lemma) == (speaker, cue)


def test_a_rebuttal_cue_negates_its_content(extractor):
    c = claim_with(extractor.extract_text("The ministry refuted that 40 wells had run dry."), "40 wells")
    assert c.cue_lemma == "refute" and c.negated


def test_a_verb_of_the_lists_in_a_sense_that_reports_nothing_is_no_cue(extractor):
    # "ensure" is on the Gender Gap Tracker's list; a law that ensures something says nothing
    e = extractor.extract_text("The new law ensures that tenants get two months of notice before eviction.")
    assert not [c for c in e.claims if c.cue_lemma == "ensure"]


@pytest.mark.parametrize("text,speaker,content", [
    # a cue set in commas inside the clause it reports: the clause around it is the content
    ("The strike, Dunn said, will continue until pay is restored.", "Dunn",
     "The strike will continue until pay is restored."),
    ("The new rules, the ministry said on Friday, would apply from June.", "the ministry",
     "The new rules would apply from June."),
    ("Prices in the capital, she added, had doubled in a year.", "she", "Prices in the capital had doubled in a year."),
])
def test_a_parenthetical_cue_reports_the_clause_around_it(extractor, text, speaker, content):
    claims = extractor.extract_text(text).claims
    assert [(c.speaker, c.content, c.rule) for c in claims] == [(speaker, content, "cue_parenthetical")]


@pytest.mark.parametrize("text,speaker,content", [
    # a reporting noun with its owner and its that-clause: the owner's claim, whoever reports on it
    ("Officials rejected the union's claim that 300 jobs would go.", "the union", "300 jobs would go"),
    ("The company's statement that no data had been lost was contradicted by its own engineers.",
     "The company", "no data had been lost"),
    ("Critics mocked the mayor's prediction that the tram would be finished by 2027.", "the mayor",
     "the tram would be finished by 2027"),
])
def test_a_reporting_noun_attributes_its_clause_to_its_owner(extractor, text, speaker, content):
    c = claim_with(extractor.extract_text(text), content)
    assert (c.speaker, c.content, c.rule) == (speaker, content, "cue_noun")


def test_a_reporting_noun_without_an_owner_attributes_nothing(extractor):
    e = extractor.extract_text("The claim that 300 jobs would go was never tested in court.")
    assert not [c for c in e.claims if c.rule == "cue_noun"]


def test_the_surface_forms_of_the_published_cues_are_generated():
    from consumers.enricher.nlp.cues import SPEECH_CUES, surface_forms
    forms = surface_forms(SPEECH_CUES)
    assert {"cautioned", "cautions", "disputed", "replied", "admitted", "rebutted", "told", "wrote",
            "thought", "conceded", "vowed", "stresses", "criticised"} <= forms
    assert "saied" not in forms and "sayed" not in forms


@pytest.mark.parametrize("text", [
    "The agency said it was unlikely that the drought would end this year.",
    "The coroner said the cause of the fire remained unclear.",
    "Engineers said the bridge appeared to have shifted overnight.",
])
def test_a_hedge_of_the_published_hedge_lexicon_marks_the_claim(extractor, text):
    claims = extractor.extract_text(text).claims
    assert len(claims) == 1 and claims[0].hedged


@pytest.mark.parametrize("text,speaker,fragment", [
    # VerbNet's advise class takes its object and an infinitive, as "urge" does
    ("Officials cautioned drivers to avoid the coastal road until Friday.", "Officials", "avoid the coastal road"),
    ("The regulator reminded banks to keep more cash in reserve.", "The regulator", "keep more cash"),
])
def test_an_advise_cue_takes_its_object_and_infinitive(extractor, text, speaker, fragment):
    c = claim_with(extractor.extract_text(text), fragment)
    assert c.speaker == speaker


def test_a_counted_subject_makes_an_event_an_author_claim(extractor):
    # the model leaves such counts untagged in some contexts; without its entities only the parse shows the count
    with extractor.nlp.select_pipes(disable=["ner"]):
        doc = extractor.nlp("More than two dozen passengers were injured in the crash on the coast road.")
    assert [c["speaker_type"] for c in doc._.nr_claims] == ["AUTHOR"]


def test_a_coordinated_speech_act_ends_the_first_claims_content(extractor):
    e = extractor.extract_text("Mayor Elena Vasquez said on Monday only the council could fund the repairs and "
                               "accused the governor of blocking the grant.")
    first = claim_with(e, "fund the repairs")
    assert first.content.endswith("fund the repairs") and first.speaker_resolved == "Elena Vasquez"
    second = claim_with(e, "blocking the grant")
    assert second.cue_lemma == "accuse" and second.speaker_resolved == "Elena Vasquez"


def test_a_later_claim_by_another_subject_is_cut_off_the_clause(extractor):
    e = extractor.extract_text("Health Minister Tomas Keller confirmed on Friday that the clinic will reopen in May, "
                               "days after the nurses' union claimed the closure of three wards.")
    first = claim_with(e, "clinic will reopen")
    assert first.content.endswith("in May") and first.speaker_resolved == "Tomas Keller"
    assert claim_with(e, "closure of three wards").cue_lemma == "claim"


def test_a_coordinated_verb_that_is_not_speech_stays_in_the_content(extractor):
    e = extractor.extract_text("The mayor said the bridge was unsafe and would close for repairs next week.")
    assert claim_with(e, "bridge was unsafe").content.endswith("next week")


def _parsed(spec: str) -> Doc:
    """A parse written by hand, one word/lemma/head/dep/tag/pos a token: the rule is about the tree,
    whatever the model's attachment of a given sentence."""
    words, lemmas, heads, deps, tags, pos = zip(*(tok.split("/") for tok in spec.split()))
    return Doc(Vocab(), words=list(words), lemmas=list(lemmas), heads=[int(h) for h in heads], deps=list(deps),
               tags=list(tags), pos=list(pos))


def test_a_speech_verb_coordinated_inside_a_clause_before_its_cue_is_not_a_speech_act_of_its_own():
    # "Officials found no fault and reported no damage, the ministry said": the parser hangs "reported"
    # on "found"; before the cue it cannot be coordinated with "said".
    doc = _parsed("Officials/official/1/nsubj/NNS/NOUN found/find/10/ccomp/VBD/VERB no/no/3/det/DT/DET "
                  "fault/fault/1/dobj/NN/NOUN and/and/1/cc/CC/CCONJ reported/report/1/conj/VBD/VERB "
                  "no/no/7/det/DT/DET damage/damage/5/dobj/NN/NOUN the/the/9/det/DT/DET "
                  "ministry/ministry/10/nsubj/NN/NOUN said/say/10/ROOT/VBD/VERB")
    assert not own_speech_act(doc[5], doc[10])
    # "The mayor said the council could pay and accused the governor": after the cue, with its tense, it is
    doc = _parsed("The/the/1/det/DT/DET mayor/mayor/2/nsubj/NN/NOUN said/say/2/ROOT/VBD/VERB the/the/4/det/DT/DET "
                  "council/council/6/nsubj/NN/NOUN could/could/6/aux/MD/AUX pay/pay/2/ccomp/VB/VERB "
                  "and/and/6/cc/CC/CCONJ accused/accuse/6/conj/VBD/VERB the/the/10/det/DT/DET "
                  "governor/governor/8/dobj/NN/NOUN")
    assert own_speech_act(doc[8], doc[2])


def test_a_threat_keeps_its_condition(extractor):
    e = extractor.extract_text("The dockers' union has threatened to strike at every port if the company does "
                               "not raise wages by March.")
    assert claim_with(e, "to strike").content.endswith("by March")


def test_people_who_find_that_report_what_they_found_but_a_bare_find_is_no_cue(extractor):
    # PARC counts "found that" as attribution whoever finds; without "that" only a document's finding is
    e = extractor.extract_text("Regional doctors are finding that, with half of clinics short-staffed, "
                               "overtime pay alone is not enough.")
    assert [(c.speaker, c.content) for c in e.claims] == [
        ("Regional doctors", "with half of clinics short-staffed, overtime pay alone is not enough")]
    assert extractor.extract_text("Investigators found the pilot's logbook in the wreckage.").claims == []


@pytest.mark.parametrize("text", [
    "The ministry said the outbreak may have begun in March, though it could not confirm the source of the virus.",
    "The harbour authority did not announce the new berthing fees for the ferry companies.",
])
def test_a_negated_object_cue_reports_nothing(extractor, text):
    # "could not confirm X" is no statement of X, unlike "denied X"
    assert [c.content for c in extractor.extract_text(text).claims if c.rule == "cue_object"] == []


@pytest.mark.parametrize("text,speaker,start", [
    ("Senior Greens on Tuesday said the party’s town-by-town gains on Polling Day show that the “tide is turning”"
     " for a wider win in the 2027 council elections.", "Senior Greens", "the party’s town-by-town gains"),
    ("Union leaders on Friday said the members' strike votes on Ballot Day show that the “mood is angry” across"
     " the rail network.", "Union leaders", "the members' strike votes"),
])
def test_an_object_of_say_with_a_finite_verb_after_it_opens_the_reported_clause(extractor, text, speaker, start):
    # the small model reads "Day show" as a noun phrase and gives "said" an object; "say" takes a clause
    c = claim_with(extractor.extract_text(text), start)
    assert (c.speaker, c.rule) == (speaker, "cue_clause") and c.content.startswith(start)


def test_an_object_of_say_without_a_clause_is_no_claim(extractor):
    assert extractor.extract_text("The bishop said a short prayer for the victims of the flood.").claims == []


def test_a_reason_set_off_after_an_inverted_cue_is_the_speakers(extractor):
    text = ("Reopening the old ferry route makes sense, Mayor Ines Morel says, mainly because the bridge will close"
            " for two years.")
    c = claim_with(extractor.extract_text(text), "Reopening the old ferry route")
    assert c.content == ("Reopening the old ferry route makes sense mainly because the bridge will close for two"
                         " years")
    assert c.speaker == "Mayor Ines Morel"


def test_a_named_person_who_indicates_tells_the_clause(extractor):
    e = extractor.extract_text("Mayor Ines Morel has indicated the council will reopen the ferry route in spring.")
    c = claim_with(e, "the council will reopen the ferry route")
    assert c.speaker == "Mayor Ines Morel" and c.rule == "cue_clause"


def test_a_thing_that_indicates_tells_nothing(extractor):
    assert extractor.extract_text("Rising rents in the old town indicate the market will tighten.").claims == []


@pytest.mark.parametrize("text,content", [
    ("Our “law and order” mayor said the curfew would end on Friday.", "the curfew would end on Friday"),
    ("The “tough on crime” senator declared the bill dead on arrival.", "the bill dead on arrival"),
    ("Our new “law and order” mayor said the curfew would end on Friday.", "the curfew would end on Friday"),
])
def test_a_quoted_label_inside_the_speakers_phrase_is_not_their_words(extractor, text, content):
    assert [c.content for c in extractor.extract_text(text).claims] == [content]


def test_how_it_happened_told_by_a_witness_is_the_witnesss_account(extractor):
    e = extractor.extract_text("He told the court how he had been beaten by guards.")
    assert claim_with(e, "beaten by guards").speaker == "He"
    e = extractor.extract_text("The witness described how the car mounted the pavement at 60mph.")
    assert claim_with(e, "mounted the pavement").speaker == "The witness"
    e = extractor.extract_text("The senator asked how the money had been spent.")
    assert all(c.speaker != "The senator" for c in e.claims)     # what is asked stays a question


@pytest.mark.parametrize("text", [
    "The minister told reporters how many people had died.",
    "The coach explained how long the injury would take to heal.",
    "Mr Hale did not explain how the money was spent.",
    "The witness never described how the fire started.",
    "She refused to describe how the deal was reached.",
    "The agency failed to explain how the data had leaked.",
])
def test_how_much_asked_or_an_account_withheld_is_no_claim(extractor, text):
    assert extractor.extract_text(text).claims == []


def test_how_quickly_or_how_badly_told_by_a_witness_is_still_the_account(extractor):
    # "how many", "how long" ask an amount; a manner is what the witness recounts
    for text, fragment in (("The witness described how quickly the fire spread through the building.", "fire spread"),
                           ("Smith told the court how badly he had been beaten in the cellar.", "beaten in the cellar")):
        assert claim_with(extractor.extract_text(text), fragment).kind == "indirect", text


def test_trailing_speaker_in_apposition_who_told_reporters(extractor):
    # the comma before the cue closes an apposition, and "reporters" is whom it was told, not what
    e = extractor.extract_text("Norway's fisheries directorate expects next year's cod quota to shrink by about "
                               "20 per cent, its director, Ingrid Solheim, told reporters on Tuesday.")
    c = claim_with(e, "cod quota to shrink")
    assert c.speaker_resolved == "Ingrid Solheim" and c.rule == "cue_inverted"
    assert c.content.endswith("20 per cent")


def test_averred_reports_as_said_does(extractor):
    e = extractor.extract_text("Counsel for the trust averred that the lease had expired before the sale.")
    assert claim_with(e, "the lease had expired").speaker == "Counsel for the trust"


def test_a_trailing_role_in_apposition_to_a_name_is_the_speaker_the_name_resolves(extractor):
    # as when the phrase is the subject: the role and organisation from the phrase, the name from its apposition
    for text, fragment, role, name in (
            ("The animals will be moved to a new enclosure next spring, the zoo's director, Ingrid Solheim, told "
             "reporters on Friday.", "new enclosure", "director", "Ingrid Solheim"),
            ("Exports of timber will fall by a third next year, the Swedish trade minister, Ebba Lund, said on "
             "Friday.", "Exports of timber", "trade minister", "Ebba Lund")):
        c = claim_with(extractor.extract_text(text), fragment)
        assert c.rule == "cue_inverted" and c.speaker_role == role and c.speaker_resolved == name, text
        assert name not in c.speaker and c.cited_source.startswith(name + " ("), text


def test_a_trailing_role_with_of_or_for_keeps_the_name_its_apposition_gives(extractor):
    # the phrase's head is the role ("spokesman"), not its last noun ("operator"), which has no apposition
    for text, fragment, role, name in (
            ("Ticket prices will rise in April, a spokesman for the rail operator, Tomas Berg, said on Monday.",
             "Ticket prices", "spokesman", "Tomas Berg"),
            ("The strike will go ahead on Thursday, the head of the nurses' union, Mary Okafor, said.",
             "The strike will go ahead", "head", "Mary Okafor")):
        c = claim_with(extractor.extract_text(text), fragment)
        assert c.rule == "cue_inverted" and c.speaker_role == role and c.speaker_resolved == name, text


@pytest.mark.parametrize("text", [
    "You might think the tax is fair until the bill arrives.",
    "Voters might argue that the bridge is too expensive, but the work goes on.",
    "The joke only works when someone says the opposite of what they mean.",
])
def test_a_telling_put_to_the_reader_or_as_a_possibility_or_a_general_case_is_no_claim(extractor, text):
    e = extractor.extract_text(text)
    assert not [c for c in e.claims if c.speaker_type != "AUTHOR"], [(c.speaker, c.content) for c in e.claims]


def test_a_past_cue_in_a_when_clause_is_still_a_claim(extractor):
    e = extractor.extract_text("When the mayor said the bridge would close in May, traders were furious.")
    assert claim_with(e, "the bridge would close").speaker == "the mayor"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("When the minister says the economy is recovering, he points to falling unemployment.",
     "the economy is recovering", "the minister"),
    ("Whenever the mayor claims the city is safe, crime figures rise.", "the city is safe", "the mayor"),
    ("WHEN THE MINISTER SAYS THE ECONOMY IS RECOVERING, HE POINTS TO FALLING UNEMPLOYMENT.",
     "THE ECONOMY IS RECOVERING", "THE MINISTER"),
])
def test_a_present_cue_of_a_named_speaker_in_a_when_clause_is_a_claim(extractor, text, fragment, speaker):
    assert claim_with(extractor.extract_text(text), fragment).speaker == speaker


def test_a_present_cue_of_a_pronoun_speaker_in_a_when_clause_is_a_claim(extractor):
    e = extractor.extract_text("When he says he will cut taxes, voters believe him.")
    assert claim_with(e, "he will cut taxes")


@pytest.mark.parametrize(("text", "fragment"), [
    ("Within hours, the police could confirm that the two men had been arrested.", "the two men had been arrested"),
    ("Officials may have said the dam was safe, but engineers disagree.", "the dam was safe"),
    ("Officials might have said the dam was safe, but engineers disagree.", "the dam was safe"),
    ("The coach may insist his team is improving, but they have lost five games in a row.", "his team is improving"),
    ("The coach may say he is happy, but the fans are not.", "he is happy"),
])
def test_a_telling_under_could_may_or_a_perfect_might_is_a_claim(extractor, text, fragment):
    assert claim_with(extractor.extract_text(text), fragment).speaker_type != "AUTHOR"
