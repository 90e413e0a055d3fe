"""Claims the extractor used to miss that need no speaker: an author's statement carried by a
length of time, a concrete event verb or an action told as done, and speech-act cues missing from the lexicon."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from consumers.enricher.nlp.narration_rules import _misread_main_verbs
from tests.unit.consumers.enricher.nlp.conftest import claim_with, strict_xfail


@pytest.mark.parametrize("text,fragment", [
    # the only figure is a length of time, which the model tags DATE
    ("Residents of Lowmere have lived without running water for nearly three weeks.", "nearly three weeks"),
    ("It has been 40 years since the Tarrow mine closed and took the valley's jobs with it.", "40 years"),
])
def test_a_statement_whose_figure_is_a_length_of_time_is_an_author_assertion(extractor, text, fragment):
    c = claim_with(extractor.extract_text(text), fragment)
    assert (c.kind, c.speaker_type) == ("assertion", "AUTHOR")


@pytest.mark.parametrize("text", [
    "Chancellor Ilse Brandt toured the flooded valleys on Sunday.",
    "Police dropped the inquiry into the students in March.",
    "The Riverside Opera House received a national heritage award this week.",
    "The Calder Assembly was rocked by a brawl between rival lawmakers on Friday.",
])
def test_a_named_or_collective_actors_visit_award_or_upheaval_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


@pytest.mark.parametrize("text", [
    # no verb list names these: a named actor's action told as done is checkable
    "Kestrel Marine dismantled the old harbour crane on Tuesday.",
    "The Ostrava city council has renamed the main square after a local poet.",
])
def test_a_named_actors_action_told_as_done_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


@pytest.mark.parametrize("text", [
    "Kestrel Marine seemed confident about the coming season.",
    "Mayor Ines Morel wanted a quieter harbour front.",
])
def test_a_named_actors_state_or_wish_in_the_past_is_no_assertion(extractor, text):
    assert extractor.extract_text(text).claims == []


def test_the_authors_first_person_commentary_is_no_assertion_whatever_its_figure(extractor):
    e = extractor.extract_text("I have written before about the rumour that Harwick Mills may sell its $2.4 billion "
                               "stake in the port. Harwick Mills sold the stake to Corvel for $2.1 billion on Friday.")
    assert [c.content for c in e.claims if c.kind == "assertion"] == [
        "Harwick Mills sold the stake to Corvel for $2.1 billion on Friday."]


def test_an_age_in_brackets_after_a_name_is_no_figure_that_makes_an_assertion(extractor):
    assert extractor.extract_text("Murugan (65) of Palayam and his wife Selvi (60) were neighbours of the "
                                  "victim.").claims == []


def test_a_length_of_time_that_only_sequences_the_story_is_no_figure(extractor):
    assert extractor.extract_text("The boy was seen again two years later.").claims == []


def test_a_schedule_told_as_done_is_no_assertion(extractor):
    assert extractor.extract_text("The ferry service had been scheduled to start on 2 May at the Calder "
                                  "terminal.").claims == []


def test_a_person_found_dead_is_an_author_assertion(extractor):
    e = extractor.extract_text("Marta Ilves, a nurse, was found dead in her flat in Tallinn after neighbours raised "
                               "the alarm.")
    c = claim_with(e, "was found dead in her flat")
    assert (c.kind, c.speaker_type) == ("assertion", "AUTHOR")


def test_an_appointment_told_with_a_passive_verb_of_telling_is_an_author_assertion(extractor):
    e = extractor.extract_text("The Calder Orchestra's conductor, Ines Morel, has been announced as the new "
                               "director of the Harwick Festival.")
    c = claim_with(e, "has been announced as the new director")
    assert (c.kind, c.speaker_type) == ("assertion", "AUTHOR")


def test_an_appointment_still_to_come_is_no_author_assertion(extractor):
    # the appointment is an act only once done: the tense decides, as for any other act
    e = extractor.extract_text("The Calder Orchestra's conductor, Ines Morel, will be announced as the new "
                               "director of the Harwick Festival.")
    assert not [c for c in e.claims if c.speaker_type == "AUTHOR"]


def test_a_showing_told_with_a_passive_show_is_an_author_assertion(extractor):
    e = extractor.extract_text("The singer Marta Lind was shown on Island Hideaway in tears.")
    c = claim_with(e, "was shown on Island Hideaway")
    assert (c.kind, c.speaker_type) == ("assertion", "AUTHOR")


def test_show_with_its_own_infinitive_is_a_finding_not_a_showing(extractor):
    e = extractor.extract_text("Senator Ana Ruiz was shown to have misled the inquiry.")
    assert not [c for c in e.claims if c.speaker_type == "AUTHOR"]


def test_a_length_of_time_alone_does_not_make_colour_a_claim(extractor):
    assert extractor.extract_text("The morning was quiet for a few hours.").claims == []


def test_endorse_with_a_that_clause_reports_what_the_speakers_hold(extractor):
    e = extractor.extract_text("The surgeons unanimously endorse that shorter shifts reduce errors on the ward.")
    c = claim_with(e, "shorter shifts reduce errors")
    assert c.speaker_type != "AUTHOR" and "surgeons" in c.speaker


def test_a_length_of_time_that_only_describes_a_noun_makes_no_assertion(extractor):
    assert extractor.extract_text("The library reopened its reading room after a two-year refit.").claims == []



def test_a_verb_the_parser_hung_on_a_noun_root_is_read_as_the_sentences_verb():
    # the parse the small model gave a Guardian sentence: "veteran" the root, "died" a relative clause
    words = ["The", "veteran", "Rasual", "Butler", "has", "died", "in", "a", "crash", "."]
    heads = [1, 1, 3, 5, 5, 1, 5, 8, 6, 1]
    deps = ["det", "ROOT", "compound", "nsubj", "aux", "relcl", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in _misread_main_verbs(doc[1])] == ["died"]
    # a true relative clause ("the veteran who has died") has a pronoun, not a name, for its subject
    doc = Doc(Vocab(), words=["The", "veteran", "who", "has", "died", "."], heads=[1, 1, 4, 4, 1, 1],
              deps=["det", "ROOT", "nsubj", "aux", "relcl", "punct"], pos=["DET", "NOUN", "PRON", "AUX", "VERB", "PUNCT"])
    assert _misread_main_verbs(doc[1]) == []


@pytest.mark.parametrize("text", [
    # a definite body or person is one the story has named: its act is as checkable as a name's
    "The administration suspended the ferry licence on Tuesday.",
    "The man was rescued by a passing fishing boat.",
])
def test_a_definite_body_or_persons_action_told_as_done_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


@pytest.mark.parametrize("text", [
    # an age is how news copy identifies a person it does not name
    "The fisherman, 64, was rescued by a passing ferry off Lowmere.",
    "The 15-year-old was charged with burglary of a shop in Tarrow.",
])
def test_a_definite_person_given_an_age_acting_or_acted_on_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


@pytest.mark.parametrize("text", [
    # the subject undergoes the event: a death or a disaster is checkable whoever it befell
    "A fire has broken out in a grain warehouse in the port of Tarrow.",
    "A fishing boat capsized off the Lowmere coast on Sunday night.",
])
def test_a_death_or_disaster_befalling_an_indefinite_subject_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


def test_a_short_sentence_with_an_event_is_an_author_assertion(extractor):
    text = "The ferry ran aground off Lowmere on Sunday night. A deckhand also died."
    assert [c.content for c in extractor.extract_text(text).claims if c.kind == "assertion"] == [
        "A deckhand also died."]


def test_a_death_in_a_subordinate_clause_makes_no_assertion_of_the_main_clause(extractor):
    text = "The harbour road stays shut after a cyclist died on it."
    assert [c for c in extractor.extract_text(text).claims if c.kind == "assertion"] == []


@pytest.mark.parametrize("text", [
    # a quotation without a verb is a borrowed name or phrase, not someone's words
    "Last month, the Tarrow council suspended the permit “for further safety review.”",
    "The Lowmere Gazette updated its “Fair Comment and Reply” policy on Friday.",
])
def test_a_quoted_phrase_without_a_verb_leaves_the_sentence_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


def test_a_quoted_clause_keeps_the_sentence_from_being_an_author_assertion(extractor):
    text = "Kestrel Marine dismantled the old crane on Tuesday, “the last one the harbour still had working.”"
    assert [c for c in extractor.extract_text(text).claims if c.kind == "assertion"] == []


@pytest.mark.parametrize("text", [
    "A man walked along the harbour front on Tuesday.",
    "He walked along the harbour front on Tuesday.",
])
def test_an_indefinite_or_pronoun_subjects_action_is_no_assertion(extractor, text):
    assert extractor.extract_text(text).claims == []


@pytest.mark.parametrize("text", [
    "“Will the harbour reopen before the winter storms?” Councillor Ada Vance asked Mayor Ines Morel on Tuesday,"
    " referring to the ferry dispute.",
    "“Is the budget going to pass, yes or no?” Kestrel Radio host Tom Lyle pressed the minister on his show.",
])
def test_the_frame_of_a_quoted_question_is_no_author_assertion(extractor, text):
    # the splitter cuts the frame off the quote; who asked whom is no event the author reports
    assert [c for c in extractor.extract_text(text).claims if c.kind == "assertion"] == []


@pytest.mark.parametrize("text", [
    "Norland now has the region's 4th-highest youth unemployment rate.",
    "Kestrel Bank became the country's third-largest lender last year.",
])
def test_a_place_in_a_ranking_is_a_figure_for_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


def test_an_ordinal_without_a_superlative_is_no_figure(extractor):
    assert extractor.extract_text("The Ostrava choir seems happy with its second album of folk songs.").claims == []


def test_a_finding_or_a_suspicion_with_a_that_clause_is_attributed(extractor):
    e = extractor.extract_text("The state audit office discovered that the city council paid 40 million euros to a "
                               "private builder. Residents suspect that the two fishermen were swept away by the flood.")
    found = claim_with(e, "the city council paid 40 million euros")
    suspected = claim_with(e, "the two fishermen were swept away")
    assert found.speaker_type != "AUTHOR" and found.rule == "cue_clause"
    assert suspected.speaker == "Residents" and suspected.hedged


def test_a_body_finding_a_tensed_clause_without_that_is_attributed(extractor):
    e = extractor.extract_text("A state parole board found the former sprinter had met the minimum requirements after "
                               "serving half of his sentence.")
    c = claim_with(e, "the former sprinter had met the minimum requirements")
    assert c.cue_lemma == "find" and c.speaker_type != "AUTHOR"


@pytest.mark.parametrize("text", [
    "Hundreds of people were arrested in the celebrations, which turned violent in some areas.",
    "Dozens were killed in the attack on the crowded market in the north of the city.",
])
def test_an_action_whose_subject_is_itself_a_count_is_an_author_assertion(extractor, text):
    assert [c.rule for c in extractor.extract_text(text).claims] == ["assertion"]


def test_a_name_that_only_owns_a_things_subject_makes_no_actor(extractor):
    assert extractor.extract_text("Senator Ada Marlow’s unusual credentials drew sharp criticism from the "
                                  "committee.").claims == []
    lawyers = extractor.extract_text("Senator Ada Marlow’s lawyers filed a motion in the federal court.")
    assert [c.rule for c in lawyers.claims] == ["assertion"]


@pytest.mark.parametrize("text,content", [
    ("Film critics considered the new biopic lazy, pointless and historically inaccurate.",
     "the new biopic lazy, pointless and historically inaccurate"),
    ("Many investors see the move as a power grab by the founder.", "the move as a power grab by the founder"),
    ("The regional health board identified the valley as the worst-served district in the province.",
     "the valley as the worst-served district in the province"),
])
def test_a_verb_of_judgement_with_its_object_and_what_it_is_judged_is_an_opinion(extractor, text, content):
    assert [(c.rule, c.content) for c in extractor.extract_text(text).claims] == [("cue_judgement", content)]


@pytest.mark.parametrize("text", [
    "The council will consider the harbour bill at its meeting next week.",
    "She is considering whether to run for the seat next year.",
    "Divers identified the wreck on Tuesday.",
])
def test_a_verb_of_judgement_with_nothing_judged_is_no_claim(extractor, text):
    assert extractor.extract_text(text).claims == []


@pytest.mark.parametrize("text", [
    "If the carvings are seen as writing, the tablets are more than 4,000 years older than any script known.",
    "Unless the council finds new funds, the Harwick library closed its doors to 300 readers a day.",
])
def test_a_main_clause_that_holds_only_on_a_condition_is_no_author_assertion(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.kind == "assertion"] == []


def test_a_main_clause_under_a_clause_of_time_not_a_condition_is_still_an_author_assertion(extractor):
    text = "The army killed 40 fighters when the convoy crossed the border."
    assert [c.rule for c in extractor.extract_text(text).claims] == ["assertion"]


def test_a_named_actors_act_in_the_perfect_progressive_is_an_author_assertion(extractor):
    text = "Governor Lena Ostrova has been pardoning prisoners from the Harwick jail since the spring."
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


def test_a_sentence_inside_round_brackets_is_an_aside_not_an_author_assertion(extractor):
    text = ("The probe reached the comet in March. (The comet is named for its finder. It is the third brightest "
            "comet seen this century.)")
    assert [c.content for c in extractor.extract_text(text).claims if "brightest" in c.content] == []


def test_results_that_show_a_clause_are_its_source_not_the_author(extractor):
    text = "Early results show the Harwick Unity party has the most seats, with 41 percent."
    c = claim_with(extractor.extract_text(text), "the most seats")
    assert (c.speaker_type != "AUTHOR", c.speaker) == (True, "Early results")


def test_what_would_be_so_is_no_author_assertion_even_with_a_figure(extractor):
    text = "Winters on the plateau would be milder at 12C in the coldest months and about 30C in the warmest."
    assert [c for c in extractor.extract_text(text).claims if c.kind == "assertion"] == []


@pytest.mark.parametrize("text,author,reported", [
    ("Shares in Halden Foods rose nearly 9% to 165.5p as it revealed a 0.2% rise in sales over the winter.",
     "Shares in Halden Foods rose nearly 9% to 165.5p", "a 0.2% rise in sales over the winter"),
    ("A total of 1,018 patients were discharged on Thursday, after the Ministry of Health announced that "
     "patients who are well will go home without further tests.",
     "A total of 1,018 patients were discharged on Thursday",
     "patients who are well will go home without further tests"),
])
def test_a_figure_before_a_trailing_clause_of_someones_words_is_the_authors(extractor, text, author, reported):
    enrichment = extractor.extract_text(text)
    assert [c.content for c in enrichment.claims if c.kind == "assertion"] == [author]
    assert claim_with(enrichment, reported).speaker_type != "AUTHOR"


def test_an_act_that_sets_the_scene_for_someones_words_is_no_assertion(extractor):
    text = "Mayor Dana Whitlow met with reporters on Monday to concede that the budget had failed."
    assert [c for c in extractor.extract_text(text).claims if c.kind == "assertion"] == []


@pytest.mark.parametrize("text,fragment,speaker", [
    ("Public health officials are recommending everyone get a flu shot before the winter.",
     "everyone get a flu shot before the winter", "officials"),
    ("A shorter school day would cut staff costs by a fifth, a faculty panel has recommended.",
     "A shorter school day would cut staff costs by a fifth", "panel"),
])
def test_advice_given_in_a_clause_with_recommend_is_the_adviser_s_claim(extractor, text, fragment, speaker):
    c = claim_with(extractor.extract_text(text), fragment)
    assert c.speaker_type != "AUTHOR" and speaker in c.speaker


@pytest.mark.parametrize("text", [
    "Marta Okonjo, 41, was found dead in her flat in Lowmere on Sunday.",
    "Former councillor Tom Reyes was found guilty of fraud on Monday.",
])
def test_a_passive_finding_with_the_state_it_found_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


def test_what_a_speaker_points_to_as_proof_of_a_clause_is_their_claim(extractor):
    e = extractor.extract_text("The minister pointed to falling crime as evidence that the new patrols were working.")
    c = claim_with(e, "the new patrols were working")
    assert c.speaker == "The minister" and c.content.startswith("falling crime as evidence")


def test_pointing_at_a_thing_claims_nothing(extractor):
    assert extractor.extract_text("The minister pointed to the old harbour wall on Sunday.").claims == []


@pytest.mark.parametrize("text,speaker,content", [
    # the parser hangs the reported verb off the length of time ("hours passed"), so no clause is reported;
    # the sentence is still the coast guard's or the police's telling, never the author's
    ("The coast guard said 3.5 hours passed before the alarm was raised.", "The coast guard",
     "3.5 hours passed before the alarm was raised"),
    ("Police said 2.5 hours elapsed before officers arrived.", "Police", "2.5 hours elapsed before officers arrived"),
])
def test_a_clause_the_parser_hung_off_a_noun_is_still_the_subjects_telling(extractor, text, speaker, content):
    assert [(c.speaker, c.content) for c in extractor.extract_text(text).claims] == [(speaker, content)]


# A body starting or taking over a piece of work: house styles from wire to local and non-US copy, written for the rule
# (none from the labelled set). Each row is exactly one author assertion.
_WORK_UNDERTAKEN = [
    "Police have started an investigation into the death of a man found in the canal at Wolverton.",
    "The Reserve Bank began a review of its lending rules on Monday.",
    "Northvale Council started work on the new cycle bridge in March.",
    "Scotland Yard has taken over the inquiry into the missing teenager.",
    "The Competition and Markets Authority has begun an investigation into the £2bn merger of two bus firms.",
    "The Australian Senate began debate on Thursday on a bill to ban political donations from mining firms.",
    "Toyota started production of its new hybrid at the Kentucky plant last week.",
    "The Environment Agency has started pumping water out of the flooded village of Fenby.",
    "Kestrel Airways began flights between Cork and Lisbon on Sunday.",
    "The European Commission began legal proceedings against Hungary over its asylum law.",
    "The Karnataka government has started a drive to remove encroachments from lake beds.",
    "Aldi and Lidl have begun selling hot cross buns in their stores.",
    "The state-run firm took over the running of the rail line from a private operator in April.",
    "The Ministry of Defence has begun moving troops to the border.",
    "The United Nations started an airlift of food to the stricken region on Friday.",
    "LAGOS, Nigeria (AP) — Nigeria's electoral commission began counting ballots on Sunday after a day of delays.",
    "The Met Office has started issuing flood warnings for the whole of south Wales.",
    "The BBC began filming the new series in Belfast this spring.",
    # the reviewer's rows (rev_rec1), wire to local and non-US copy
    "West Midlands Police have started an inquiry after a bus ploughed into a shop in Dudley.",
    "The Health Ministry began a vaccination drive in the northern districts on Tuesday.",
    "Network Rail has begun repairs to the sea wall at Dawlish.",
    "Hampshire County Council has taken over the running of the Oakfield care home.",
    "The FBI has taken over the investigation into the shooting at the mall.",
    "Unilever started trials of a refillable shampoo bottle in Bristol shops.",
    "The Indian Navy began a search for the missing fishermen off the Kerala coast.",
    "New Zealand's parliament began its debate on the euthanasia bill.",
    "Microsoft began rolling out the update to Windows users on Tuesday.",
    "The Kenyan government started issuing new identity cards this month.",
    "Police Scotland has begun a review of the case.",
    "The Department for Education has started an inquiry into the academy trust's finances.",
    "Samsung began mass production of its new memory chips in South Korea.",
    pytest.param("Rangers took over the club's training ground from the council in 2019.", marks=strict_xfail(
        "a place taken over is no work on the closed list (_WORK); opening the list to places lets in figures of "
        "speech such as 'took over the mantle'")),
    pytest.param("Thames Water began repairs on the burst main late on Tuesday.", marks=strict_xfail(
        "the model gives 'Thames Water' no entity label and 'water' is no body noun: no body starts the work")),
    pytest.param("Bayern Munich began talks with the Dutch winger's agent this week.", marks=strict_xfail(
        "the model labels 'Bayern Munich' LOC, a place, so no body is seen to start the talks")),
]


@pytest.mark.parametrize("text", _WORK_UNDERTAKEN)
def test_a_body_starting_or_taking_over_work_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


@pytest.mark.parametrize("text", [
    # a person's start is a gesture or the scene
    "She started crying when the verdict was read.",
    "He began his speech by thanking his family.",
    "She took over the conversation.",
    "He took over from his father as head of the family firm.",
    # the start of a stretch of time or a sitting tells when, not what
    "The committee began its meeting at 9am with a minute's silence.",
    "The court began its afternoon session shortly after 2pm.",
    "The team began the second half strongly.",
    "The school started the day with an assembly.",
    "The company started the year in good spirits.",
    "The firm began life as a bicycle repair shop in 1921.",
    # a sitting, an event, a season or a figure of speech is no work on the closed list (the reviewer's rows)
    "Apple started the event with a video about its climate goals.",
    "FIFA began its congress in Kigali with a minute's silence.",
    "The Senate began its summer recess on Friday.",
    "The school began its centenary celebrations with a fun run on the playing fields.",
    "Liverpool began their pre-season tour of Asia with a stroll in Singapore.",
    "The BBC began its coverage of the coronation at 6am.",
    "Tottenham started the campaign as favourites for the top four.",
    "The company started the ball rolling on a new sustainability strategy.",
    "Labour took over the mantle of the party of business, in the eyes of many voters.",
    "The government started a national conversation about the future of the monarchy.",
    "The committee began its hearing with a statement from the chairman.",
    # no work named, or only a state or a thought begun
    "The company has started looking at its options.",
    "The company started to wonder whether the deal made sense.",
    "Officials began to worry about the cost.",
    "The government has begun to think about the next budget.",
    "Talks began at 10am in a hotel near the station.",
    # a start that has not happened (the reviewer's rows)
    "The council has not started work on the bridge.",
    "The council has not started work on the bridge, despite promises made in 2021.",
    "Rain began falling shortly after midnight.",
    # not yet done, a question, a headline
    "The council will start work on the bridge next month.",
    "Police are starting an investigation.",
    "Police could start an investigation next week.",
    "The festival starts on Friday.",
    "When did the council start the work?",
    "Did the council start the work?",
    "Council starts work on bridge",
    "Council begins work on cycle bridge",
])
def test_a_start_that_names_no_bodys_work_done_is_no_assertion(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR"] == []


def test_a_start_someone_reports_stays_theirs(extractor):
    c = claim_with(extractor.extract_text("Police said they had started an investigation into the crash."),
                   "started an investigation")
    assert (c.kind, c.speaker) == ("indirect", "Police")


# A verb of telling whose complement makes it an act that tells nothing: a decision, turning up, putting a thing into
# another, raising a matter with a body. Written for the rule (none from the labelled set), in several house styles.
@pytest.mark.parametrize("text", [
    "The two sides agreed to a ceasefire late on Sunday.",
    "Shareholders agreed to the takeover at a meeting in Frankfurt.",
    "EU leaders agreed to cap the price of Russian oil.",
    "The board of Harwick Mills agreed to sell its stake in the port.",
    "The Northvale Council agreed to look again at the parking charges on Tuesday.",
    "The former president reported for jury duty in Chicago on Wednesday.",
    "The striker reported for pre-season training two days late.",
    "Oppositionsführer Friedrich Brandt reported for duty at the Bundestag on Monday.",
    "The guard alerted police after spotting smoke at the depot.",
    "Kestrel Marine complained to the port authority about the new fees.",
    "The airline added three new routes to its summer schedule on Tuesday.",
    "Netflix added a cheaper plan with adverts to its service in November.",
    # the reviewer's rows (rev_rec1)
    "OPEC agreed to cut oil output from next month.",
    "The airline notified the Civil Aviation Authority of the incident.",
    "Spotify added the feature to its app last month.",
    "The school added Mandarin to its curriculum this year.",
    "Prince William reported for duty at RAF Valley on Monday.",
    "The Home Office agreed to review the case.",
    "Hong Kong's government agreed to withdraw the extradition bill.",
    "Tesco added the product to its shelves in Scotland.",
    pytest.param("Brighton agreed to a fee with Chelsea for the midfielder.", marks=strict_xfail(
        "the model labels the club 'Brighton' PERSON, and a lone person agreeing is an arrangement, no decision")),
    pytest.param("Ministers agreed to a pay rise for nurses on Wednesday.", marks=strict_xfail(
        "a bare plural is no named, definite or counted actor, so the act is not checkable enough (the _is_event gate)")),
    pytest.param("Barclays alerted police to the suspicious transactions.", marks=strict_xfail(
        "the model gives 'Barclays' no entity label: no named actor raises the matter")),
    pytest.param("Unite agreed to suspend the strike while members vote on the offer.", marks=strict_xfail(
        "the model gives 'Unite' no entity label: no named actor decides")),
])
def test_a_verb_of_telling_that_tells_nothing_but_an_act_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


@pytest.mark.parametrize("text", [
    # what is agreed is speech itself, or an opinion shared
    "He agreed to speak on condition of anonymity.",
    "She agreed to be interviewed for this article.",
    "Councillor Ada Vance agreed to answer questions from the committee.",
    "Mayor Ines Morel agreed to talk to the residents' group next week.",
    "Most economists agreed with the bank's decision.",
    # a lone person agreeing to speak, pose or appear makes an arrangement; an idiom decides nothing (the reviewer's)
    "Mr Jones agreed to an interview on condition that his employer was not named.",
    "Harris agreed to a request for comment but did not reply to questions.",
    "The prime minister agreed to an interview with the BBC.",
    "The mayor agreed to take questions from the floor.",
    "Senator Brown agreed to pose for a photograph with the winners.",
    "Emma Thompson agreed to sign copies of the book after the talk.",
    "Hughes agreed to appear on the programme.",
    "Manchester United agreed to disagree with the Premier League over the fixture.",
    # "reported for" a paper is a byline or a career, not a duty turned up for (the reviewer's)
    "Jenny Smith reported for the BBC from Moscow during the Cold War.",
    "Lyse Doucet reported for the BBC from Kabul.",
    "Mr Khan reported for his first shift at the factory at 6am.",
    # words, a stance or an idiom added, or a person's cooking, is no body putting a thing in (the reviewer's)
    "The Tarrow Times added a correction to the article on Friday.",
    "The BBC added a note to the article.",
    "The minister added his voice to calls for an inquiry.",
    "The council added its weight to the campaign to save the pier.",
    "Chef Marco Rossi added a pinch of salt to the sauce.",
    "Gordon Ramsay added a twist to the classic dish.",
    # raised with no body, or no body named doing it
    "Senator Ana Ruiz complained to reporters about the delay.",
    "He complained of chest pains.",
    "He answered questions from reporters for an hour.",
    "He told his wife.",
    # a warning added is words, a paper's reporting over years is no turning up
    "Harwick Mills added a warning to its annual report.",
    "The Kestrel Gazette reported for years on the scandal at the mill.",
    "Mayor Ines Morel reported to the council on the flood damage.",
    # not done yet, a question, a headline
    "The board could agree to sell its stake next month.",
    "Will the board agree to sell the stake?",
    "Did the council agree to the plan?",
    "Council agrees to new parking charges",
])
def test_a_verb_of_telling_with_no_act_made_of_it_is_no_assertion(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR"] == []


@pytest.mark.parametrize("text,fragment,speaker", [
    ("The minister agreed that the scheme had been badly run.", "the scheme had been badly run", "The minister"),
    ("He added that the plan would cost £2m.", "the plan would cost", "He"),
    ("She added: \"We will not give up.\"", "We will not give up", "She"),
    ("\"It is a disgrace,\" he added.", "It is a disgrace", "he"),
    ("She complained that the rules were unfair.", "the rules were unfair", "She"),
])
def test_a_verb_of_telling_with_a_clause_or_quote_still_tells_it(extractor, text, fragment, speaker):
    c = claim_with(extractor.extract_text(text), fragment)
    assert (c.speaker_type != "AUTHOR", c.speaker) == (True, speaker)


@pytest.mark.parametrize("text", [
    'Detectives arrested a 41-year-old man in Bolton on Friday.',
    'Prosecutors charged the former mayor with fraud on Tuesday.',
    'Investigators recovered the flight recorders from the wreckage.',
    'Authorities evacuated the village as the river burst its banks.',
    'Officials closed the beach after a shark sighting.',
    'Rescuers pulled a woman alive from the rubble on Monday.',
    'Demonstrators stormed the parliament building in the capital.',
    'Inspectors shut down the restaurant after finding rats in the kitchen.',
    'Burglars raided the jewellery shop overnight.',
    'Cops arrested a 23-year-old man on suspicion of murder.',
    'Firefighters rescued a dog from the burning house in Hexham.',
    'Thieves stole a bronze statue from the churchyard at the weekend.',
    'Officers seized cannabis plants worth an estimated fortune from a house in Luton.',
    'Coastguards winched a walker to safety from the cliffs near Whitby.',
    'Gardai recovered the stolen van in Tallaght on Sunday morning.',
    'Kidnappers freed the aid worker after a week in captivity.',
    'Robbers held up a petrol station in Croydon late on Saturday.',
    'Looters ransacked shops in the city centre overnight.',
    "Medics amputated the climber's frostbitten toes.",
    'An officer shot the dog after it attacked a child in Rotherham.',
    # the review's rows (its own copy), better than main
    'Cops nabbed the love-rat conman at a Benidorm hotel.',
    'Firefighters freed a driver trapped in his car after a crash on the A59 near Skipton.',
    'Paramedics airlifted a cyclist to hospital following the collision on Mill Lane.',
    'Detectives charged a Penrith man with murder late last night.',
    'Burglars smashed the front window of a Hamilton dairy overnight and took cigarettes.',
    'Attackers stabbed a teenager outside a chip shop in Leeds.',
    'Rescuers pulled a miner alive from a flooded coal mine in Shanxi province on Sunday.',
    'Looters torched several shops in the township on Monday night.',
])
def test_an_agent_of_a_body_or_a_wrongdoer_doing_something_to_someone_is_an_author_assertion(extractor, text):
    assert [(c.kind, c.speaker_type) for c in extractor.extract_text(text).claims] == [("assertion", "AUTHOR")]


@pytest.mark.parametrize("text", [
    # not done, not in the active, no object, a length of time for one, a state, a plan, a habit or a reaction
    'Officers are investigating the cause of the fire.',
    'Officers will patrol the area over the weekend.',
    'Detectives want to speak to anyone who saw the car.',
    'Officers were praised for their bravery.',
    'Officials met on Tuesday to discuss the budget.',
    'Firefighters spent the night at the scene.',
    'Detectives remained at the scene on Sunday.',
    'Officers appeared relaxed as the crowd dispersed.',
    'Thieves often target unlocked cars.',
    'Officials were unavailable for comment.',
    'Prosecutors have until Friday to decide.',
    'Officers knocked on doors in the street.',
    'Medics worked through the night.',
    'Officials declined to comment.',
    'Authorities have long suspected the group of smuggling.',
    'Investigators hope to find the cause within weeks.',
    'Paramedics usually reach the village within half an hour.',
    'Detectives thanked the public for their help.',
    'Officials welcomed the decision to reopen the pier.',
    'Officials issued a warning to swimmers.',
    'Investigators have yet to establish the cause.',
    'Fans sang throughout the second half.',
    'Inspectors need more time to finish the report.',
    'Officials had no idea how the leak began.',
    # the routine care of a crash story is its colour, not its news (bench/data/README.md)
    'Paramedics treated a woman at the scene.',
    # the review's rows (its own copy): courtesies, ceremony and colour, and background in the pluperfect or
    # looked back on, which the first form of the rule made assertions
    'Thieves had stolen the statue in 1994, and it was never found.',
    'Officials greeted the minister at the airport.',
    'Paramedics treated the boy at the scene.',
    'Officers handed out crime prevention leaflets to shoppers in the high street.',
    'Officers attended the ceremony in their dress uniforms.',
    'Officials gave the minister a standing ovation.',
    'Officers wore black armbands as a mark of respect.',
    'Officials shook hands with the visiting delegation at the Wagah border.',
    'Back then, officers searched every car leaving the estate.',
    'Officials escorted the delegates into the conference hall.',
    'Paramedics gave the boy oxygen before taking him to hospital.',
    'The prince smiled as officials greeted him on the tarmac.',
    'An official handed the letter to the ambassador.',
    "Paramedics hugged the rescued girl's mother.",
    'Authorities had seized the ship in 2019 over unpaid debts.',
    'Officials cut the ribbon at the new leisure centre.',
    'Officers visited the school to talk to pupils about road safety.',
])
def test_an_agent_of_a_body_at_the_scene_planning_or_reacting_makes_no_assertion(extractor, text):
    assert extractor.extract_text(text).claims == []


@pytest.mark.parametrize("text,fragment", [
    # someone's words in a clause after the main one leave a decisive act before them to the author
    ('The minister resigned on Friday after a report accused her of bullying staff.', 'The minister resigned on Friday'),
    ('Police arrested the driver after witnesses said he had been speeding.', 'Police arrested the driver'),
    ('Harbury Town sacked their manager after fans claimed he had lost the dressing room.', 'Harbury Town sacked their manager'),
    # "fined" is lemmatised "fin" by the model
    ('Ofcom fined the broadcaster after viewers complained that the show was offensive.', 'Ofcom fined the broadcaster'),
    ('The council closed the park after residents warned that the trees were unsafe.', 'The council closed the park'),
    ('Mr Haldane resigned as chairman of the trust last week after an inquiry criticised his handling of complaints.', 'Mr Haldane resigned as chairman'),
    ('Kestrel Air suspended its chief pilot after an audit found that safety checks had been skipped.', 'Kestrel Air suspended its chief pilot'),
    ('The school expelled two pupils after parents complained that they had bullied a classmate.', 'The school expelled two pupils'),
    ('Italy banned the app after regulators said it breached privacy rules.', 'Italy banned the app'),
    ('The Garda arrested a man in Limerick after a neighbour reported hearing screams.', 'The Garda arrested a man in Limerick'),
    pytest.param("Westpac cancelled the loans after the bank's auditors warned that the paperwork was flawed.", 'Westpac cancelled the loans',
                 marks=strict_xfail("'Westpac' is not tagged as an organisation, so the actor is not checkable")),
    pytest.param('The judge released the defendant on bail after his lawyers argued that he posed no risk.', 'The judge released the defendant',
                 marks=strict_xfail("'release' is no listed decisive act")),
    pytest.param('Senator Ruiz withdrew the bill after colleagues said it would never pass.', 'Senator Ruiz withdrew the bill',
                 marks=strict_xfail("'withdraw' is no listed decisive act: it is as often words taken back ('withdrew the remark')")),
    pytest.param('Tesco recalled its own-brand hummus after shoppers reported finding plastic in the tubs.', 'Tesco recalled its own-brand hummus',
                 marks=strict_xfail("'reported finding ...' gives no reported clause, so nothing is cut after the main clause and the rule never runs (main gives no claim either)")),
    ('The Football Association charged the striker after the referee wrote that he had sworn at officials.', 'The Football Association charged the striker'),
    # the review's rows (its own copy), better than main
    ('The minister resigned after a report accused her of bullying staff.', 'The minister resigned'),
    ('Police closed the road after residents said a wall was about to collapse.', 'Police closed the road'),
    ('Cops arrested the TV star after his ex claimed he had threatened her.', 'Cops arrested the TV star'),
    ('The council closed the multi-storey car park after engineers warned that the roof was unsafe.', 'The council closed the multi-storey car park'),
    ('The Delhi government shut all primary schools on Friday after doctors warned that pollution had reached hazardous levels.', 'shut all primary schools'),
    ("Sri Lanka's president imposed a curfew after police said rioters had torched homes.", 'imposed a curfew'),
    ("ROME (AP) — Italian prosecutors charged the ship's captain with manslaughter after survivors said he had abandoned the vessel.", "charged the ship's captain"),
    ('The HSE suspended the surgeon after a review found that he had operated on the wrong patient.', 'The HSE suspended the surgeon'),
    pytest.param('The board approved the plan after staff said it would save money.', 'The board approved the plan',
                 marks=strict_xfail("'approve' is no listed decisive act: what a meeting approves is mostly its routine business ('approved the minutes')")),
])
def test_a_decisive_act_before_someones_words_is_an_author_assertion(extractor, text, fragment):
    assert any(fragment in c.content for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR")


@pytest.mark.parametrize("text", [
    # the scene of the words, a retort, a plan, a negation, a pronoun's act or no act of a listed kind
    'The minister sparked a row when she claimed that teachers were overpaid.',
    'The mayor met reporters after the report said the budget was overspent.',
    'The minister hit back after critics said she had misled parliament.',
    'The coach fired back after pundits claimed his side were unfit.',
    'Shares fell after the company warned that profits would be lower.',
    'He resigned after a report accused him of bullying.',
    'The council will close the park after residents warned that the trees were unsafe.',
    'The club did not sack the manager after fans claimed he had lost the dressing room.',
    'The minister smiled after reporters asked whether she would resign.',
    'The senator left the chamber after colleagues said the vote was rigged.',
    'The council is expected to close the park after residents warned that the trees were unsafe.',
    'Lawyers for the family wrote to the council after the inquest heard that warnings had been ignored.',
    'The director cut short her speech after protesters claimed the museum had looted the statues.',
    'Fans were left furious after the club said ticket prices would rise.',
    'The couple celebrated after the judge said the adoption could go ahead.',
    'A crowd gathered outside after the mayor announced that the factory would close.',
    'The captain led the applause after the coach said the season had been a triumph.',
    'The minister held a press conference after the report said the budget was overspent.',
    'The MP raised the issue after constituents complained that the buses were late.',
    'Ms Ardent won applause after she said the party would scrap the tax.',
    'The manager lost his temper after reporters suggested the team were unfit.',
    'Senator Ruiz joined the debate after colleagues claimed the bill was unconstitutional.',
    'The chief executive struck a defiant tone after analysts warned that sales were slowing.',
    'The minister sought to reassure farmers after the report warned that yields would fall.',
    # the review's rows (its own copy): a decisive verb in another sense, done by a person, or background
    'Clinton resigned herself to defeat after aides told her the count was lost.',
    'The chairman closed the meeting after members said they had nothing to add.',
    'The chancellor shut the door on a deal after unions said they would strike.',
    'Voters approved of the idea after experts said it would cut bills.',
    'The minister had resigned in 2019 after a report accused her of bullying staff.',
    'The committee approved the minutes after the clerk said they were accurate.',
    'The coach freed his wingers after analysts said the side was too narrow.',
    'Mr Patel cancelled his subscription after the paper said it would raise its price.',
    'Dad-of-three Gary quit smoking after doctors told him he had months to live.',
    'The mayor closed the evening after the organisers said the raffle had raised £600.',
])
def test_an_act_that_is_the_scene_of_someones_words_makes_no_author_assertion(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR"] == []


_BY_DATE = strict_xfail("an opening 'By <date>' keeps every narration path from an assertion, for a reason outside the "
                        "background guard (main gives none either)")
_NOT_AN_ACTOR = strict_xfail("'the club' and 'Eskom' are not read as checkable actors (main gives none either)")


@pytest.mark.parametrize("text", [
    # denied, looked back on, or in a past perfect dated before the story: the same guard on every narration path
    'Police had arrested him in 2019.',
    'Detectives had arrested the same man in 2017 over a similar burglary.',
    'The council had closed the library in 2015 to save money.',
    'Labour had won the seat in 2017 by a handful of votes.',
    'Mr Reyes had resigned from the board in 2011.',
    'The Gardaí had searched the house in 2009 but found nothing.',
    'Authorities had evacuated the village once before, in 1998.',
    'Ofcom had fined the broadcaster in 2018 for a similar breach.',
    'Police had arrested him twice before.',
    'The council had closed the pool years earlier.',
    'Back then, the club sacked managers almost every season.',
    'Back then, police raided the warehouse every few months.',
    'In those days, the ministry banned imports of foreign films.',
    'Police have not arrested anyone in connection with the attack.',
    'The government has not released the report.',
    'Kestrel Airways has not cancelled any flights.',
    'The council did not close the road.',
    'Officers have not charged the driver.',
    'Eskom has not restored power to the township.',
    'Ms Obi had her first child in 2019 and returned to work this year.',
    'Police had previously arrested him for drink-driving.',
    'Thieves had stolen the statue, and it was never found.',
    # the reviewer's rows (own copy, wire to local)
    'Officers had arrested the landlord in 2016 over a similar fire.',
    'The trust had closed the maternity ward in 2012 amid staffing problems.',
    'Mr Okafor had been jailed in 2015 for fraud.',
    'She was first elected in 2010.',
    'Police have not arrested anyone over the stabbing.',
    'Prosecutors never charged the officer.',
    'In 2019 the council had banned barbecues in the park.',
    'The regulator had fined the bank twice before for the same failings.',
    'Back in those days, the mill employed half the town.',
    'Back then, the board sacked staff without notice.',
    'Gardaí did not arrest the driver at the scene.',
    'The club had sacked its previous manager three years earlier.',
    'Detectives had questioned the woman a decade ago.',
    'The minister has not resigned.',
    'The airline had grounded its fleet in 2020 during the pandemic.',
    'The council had not closed the road in 2019 either.',
    'Officers never arrested the suspect, who fled abroad.',
    'The school had been closed since 2004.',
    'The regulator had fined the bank previously.',
    'Police had raided the club in 2008.',
])
def test_an_act_denied_or_told_as_background_is_no_author_assertion(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR"] == []


@pytest.mark.parametrize("text", [
    # the story's own acts: told as done now, or in a past perfect with no earlier date of its own
    'Police arrested him on Friday.',
    'Police have arrested a 34-year-old man.',
    'Detectives arrested a man who had escaped from prison in 2019.',
    'The council closed the library that had served the village since 1952.',
    'Since then, police have arrested four men.',
    'Labour won the seat on Thursday.',
    'Kestrel Airways cancelled all flights out of Dunmore on Tuesday.',
    'The ministry banned imports of Brazilian beef on Wednesday.',
    'Police not only arrested him but also seized his car.',
    'Then police raided the warehouse.',
    'Mr Reyes resigned from the board on Monday.',
    'The Gardaí searched the house on Tuesday.',
    'Authorities evacuated the village overnight as the river rose.',
    'The government has released the report.',
    'Cops nabbed the fugitive at a petrol station in Essex.',
    'When reporters arrived, police had sealed off the street.',
    'Within hours, police had arrested a suspect.',
    'Within days, the ministry had banned the drug.',
    'Shortly afterwards, police had sealed off the road.',
    'Soon the council had closed every park in the borough.',
    'Before the match ended, police had arrested a fan.',
    'Since May, health workers in the district had vaccinated 1,800 people.',
    'Since January, police had arrested 40 protesters.',
    'The vote had been lost by two.',
    pytest.param('By Monday, Apple had pulled the app from its store.', marks=_BY_DATE),
    pytest.param('By the time police arrived, officers from the fire brigade had evacuated the block.', marks=_BY_DATE),
    pytest.param('By Sunday evening, firefighters had brought the blaze under control.', marks=_BY_DATE),
    pytest.param('The club sacked its manager on Sunday night.', marks=_NOT_AN_ACTOR),
    pytest.param('Eskom restored power to the township on Friday.', marks=_NOT_AN_ACTOR),
    # the reviewer's rows: 'before <a time>' and 'earlier that day' are the story's own sequence
    'Police arrested two men on Friday.',
    'Within hours police had arrested a suspect.',
    'Officers have charged a 34-year-old man with murder.',
    'The council closed the bridge on Monday after cracks appeared.',
    'Detectives have arrested a teenager who was released from custody in 2021.',
    'Police charged the man, who had been jailed in 2015, with burglary.',
    'The regulator fined the bank £20m on Thursday.',
    'Within minutes the gunman had fled the scene.',
    'Hours later, police had sealed off the estate.',
    'Officers have seized 40kg of cocaine at the port.',
    'Hours after the crash, police had charged the driver.',
    'The firm, which had been fined in 2018, was fined £5m on Monday.',
    'Earlier, police had arrested three men near the scene.',
    'Previously unknown to police, the man was arrested on Friday.',
    'Before dawn, police had sealed off the street.',
    'Police had sealed off the road before dawn.',
    'Earlier that day, police had arrested a suspect.',
    'Police had arrested a suspect earlier in the day.',
    'Police had detained the man before midnight.',
])
def test_an_act_told_as_the_storys_own_is_an_author_assertion(extractor, text):
    assert any(c.speaker_type == "AUTHOR" for c in extractor.extract_text(text).claims)


@pytest.mark.parametrize("text", [
    # a verb of expectation in the passive with what is expected after it: a forecast (a figure still makes one
    # the author's, as "Tesco is set to close its counters at 300 stores" stays)
    'The council is set to approve the budget.',
    'Manchester United are set to sign the Brazilian striker.',
    'Kestrel Airways is tipped to win the contract.',
    'The minister was set to resign before the scandal broke.',
    'Labour is poised to win the seat.',
    'The Rolling Stones are billed to headline the festival.',
    'The site is earmarked to become a car park.',
    'The former mayor is touted to lead the new party.',
    'The club is geared to launch its own streaming service.',
    'MPs are set to vote on the bill next week.',
    'Seoul is poised to lift its mask mandate on public transport.',
    "The Wallabies are tipped to name an unchanged side for Saturday's Test.",
    'Ms Ardent was tipped to replace him as party leader.',
    'Scotland Yard is set to launch an inquiry into the leak.',
    'The National Trust is set to reopen the gardens in spring.',
    'Eskom is set to cut power to the township again.',
    # the reviewer's rows
    'Chelsea are set to sign the Brazilian winger.',
    'Labor is tipped to win the seat of Kooyong.',
    'The Bank of England is poised to raise interest rates.',
    'The bill is due to be debated next week.',
    'The minister is expected to announce her resignation.',
    'Ms Park is set to become the first woman to lead the party.',
    'The striker is poised to make his debut on Saturday.',
    'The film is tipped to scoop best picture.',
    'The company is set to cut jobs across its UK sites.',
    'The singer is billed to headline the festival.',
    'Ireland are set to name an unchanged side.',
    'The government is poised to scrap the tax.',
    'Sunak is tipped to call an election in May.',
    'The new stadium is billed to host the cup final.',
])
def test_what_someone_is_set_or_tipped_to_do_is_no_author_assertion(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR"] == []


@pytest.mark.parametrize("text", [
    'Tesco is set to close its counters at 300 stores.',
    'The council set a new budget on Tuesday.',
    'Usain Bolt set a world record in Berlin.',
    'Police set up roadblocks around the town.',
    'The Bank of England set interest rates at 5.25%.',
    'Labour won the seat.',
    'Manchester United signed the Brazilian striker on Friday.',
    'The council has approved the budget.',
    'Kestrel Airways won the contract on Monday.',
    'Ms Ardent replaced him as party leader.',
    'Scotland Yard has launched an inquiry into the leak.',
    'The National Trust reopened the gardens on Saturday.',
    'A trap was set by police to catch the burglar.',
    'The stage was set by the council for a showdown with the unions.',
    'Tesco has closed its counters at 300 stores.',
    pytest.param('Arsonists set fire to the community centre on Friday.',
                 marks=strict_xfail("'set fire to' is no listed act of a wrongdoer (main gives none either)")),
    pytest.param('Eskom cut power to the township again on Sunday.',
                 marks=strict_xfail("'Eskom' is not read as a checkable actor (main gives none either)")),
    # the reviewer's rows
    'The fund is set at 2 million euros.',
    'The brothers set up a removals company in 1998 that now employs 300 people.',
    'The government set the minimum wage at £11.44 an hour.',
    'The council has set aside £3m for flood defences.',
    'A trap was set by police, who arrested the pair.',
    'The bank, poised for weeks, cut rates to 4.5% on Thursday.',
    'Kim was tipped off by a colleague and fled the country.',
    'The jury set the damages at $4m.',
    'The regulator set a deadline of 30 June for the bank.',
    'Prices were set 10% higher than last year.',
    'Police were tipped off and raided the flat.',
])
def test_a_set_or_an_act_done_stays_an_author_assertion(extractor, text):
    assert any(c.speaker_type == "AUTHOR" for c in extractor.extract_text(text).claims)


_MISTAGGED_COMMAND = strict_xfail("the model tags the command's verb as a noun or gives it a subject, so the "
                                  "sentence is not read as a command (main gives an assertion too)")


@pytest.mark.parametrize("text", [
    # a bare command to the reader (recipes, travel and service copy, health and money advice): its figures are no report
    'Put a pan of water on to boil, then add 200g of frozen peas and let them cook for 3 or 4 minutes.',
    'Drain the peas and blend in 80ml of olive oil.',
    'Heat the oven to 200C and roast the squash for 40 minutes.',
    'Preheat the oven to 180C/350F/gas 4 and grease a 20cm tin.',
    'Then add 2 tbsp of honey and simmer for 10 minutes.',
    'Call 0800 123 456 for tickets, which cost £12.',
    'Allow two hours for the 6km walk to the summit.',
    'Take the number 38 bus from Victoria and get off after four stops.',
    'Aim for 150 minutes of moderate exercise a week.',
    'Drink at least eight glasses of water a day.',
    'To apply, send a CV and covering letter by 30 June.',
    'Visit the museum on the first Sunday of the month, when entry is free for under-16s.',
    'Pay off the card with the highest rate first, even if it is only 2% higher.',
    'Add 500ml of stock, cover and cook for 25 minutes.',
    'Subscribe for £1 a week for the first three months.',
    'Ring 999 if you see anyone in difficulty in the water.',
    pytest.param('Whisk three eggs with 50g of sugar until pale.', marks=_MISTAGGED_COMMAND),
    pytest.param('Book at least 14 days ahead to get the £29 fare.', marks=_MISTAGGED_COMMAND),
    pytest.param('Set aside £50 a month in an easy-access account.', marks=_MISTAGGED_COMMAND),
    pytest.param('Arrive 45 minutes before the 7.30pm start.', marks=_MISTAGGED_COMMAND),
    # the reviewer's rows
    'Heat the oil in a large pan and fry the onions for 10 minutes.',
    'Preheat the oven to 180C.',
    'Take the 8.15am train from Euston and change at Crewe.',
    'Call 0300 123 4567 to book a place.',
    'Visit the website for full opening times.',
    'Stir in the cream and season to taste.',
    'Avoid the M6 between junctions 10 and 11 this weekend.',
    'Bring a packed lunch and wear sturdy shoes.',
    'Allow about three hours for the walk.',
    'Check your tyre pressure before long journeys.',
    'Apply online before 31 March.',
    'Serve with crusty bread.',
    "Don't miss the fireworks at 9pm.",
    'Mix the flour and butter, then add 200ml of milk.',
    'Stay on the A1 for 12 miles before turning left.',
    'Text HELP to 85258 for free support.',
    'Let the dough rest for 2 hours, then bake for 25 minutes.',
    'Make sure the oven is at 220C before you start.',
    # a command whose finite clause is subordinate ('when', 'while', 'until') is still a command
    'Fry the onions until they turn golden, about 10 minutes.',
    'Leave the dough to rise for 2 hours while the oven heats to 220C.',
    'Check the forecast before you set off on the 12-mile route.',
    'Remove from the heat when the sauce thickens, after about 5 minutes.',
])
def test_a_command_to_the_reader_is_no_author_assertion_whatever_its_figures(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR"] == []


@pytest.mark.parametrize("text", [
    'Police arrested three men on Friday.',
    'Shares in Kestrel rose 5% on Tuesday.',
    'The council cut 300 jobs last year.',
    'Put simply, the council cut 300 jobs.',
    'Police arrest three men after a £2m robbery.',
    'The Bank of England raised rates to 5.25%.',
    'Residents were told to boil their water after 40 people fell ill.',
    'More than 200 people attended the vigil.',
    'Firefighters rescued 12 people from the flats.',
    'The ferry carried 340 passengers.',
    'Add to that a 3% rise in fuel duty, and drivers face a £200 bill.',
    'Last year 4,000 people visited the museum.',
    # the reviewer's rows: bodies named with a verb ('Stand Up To Racism', 'Make UK') report
    'Book publisher HarperCollins cut 200 jobs.',
    'Fire kills 12 in Mumbai.',
    'Help for Heroes raised £2m last year.',
    'Save the Children cut 300 jobs.',
    'Stand Up To Racism organised the march, which drew 5,000 people.',
    'Keep Britain Tidy counted 12,000 bags of litter on the beach.',
    'Stop Funding Hate persuaded 30 firms to pull adverts.',
    'Make UK cut its growth forecast to 1.2%.',
    'Save Our Parks collected 4,000 signatures.',
    'Leave Means Leave hired 40 staff.',
    'Imagine Dragons sold 40,000 tickets in an hour.',
    'Unite the Union balloted 5,000 members.',
    # a command of 'be' may carry the news it warns of: narration leaves 'be' out of its commands, as on main (one1:
    # a guard kept when narration and transcript turns came to share one command test)
    'Be careful on the A82, where 3 crashes were reported this week.',
])
def test_a_report_that_opens_with_a_verb_or_tells_of_an_order_stays_an_author_assertion(extractor, text):
    assert any(c.speaker_type == "AUTHOR" for c in extractor.extract_text(text).claims)


@pytest.mark.parametrize("text", [
    # the reviewer's rows: a command someone else gives or weighs is theirs, not the author's assertion
    'Vote for me, the candidate told voters.',
    'Fix the roads, and drivers would save 400 pounds a year, the AA estimates.',
    'Raise taxes by 2p, the IFS said, and the deficit would close.',
])
def test_a_command_someone_voices_is_no_author_assertion(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.speaker_type == "AUTHOR"] == []
