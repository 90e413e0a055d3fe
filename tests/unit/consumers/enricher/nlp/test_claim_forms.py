"""Forms of attribution the parser hides or bends: a cue parsed under its own clause. Project-written text."""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import claim_with, strict_xfail


def test_a_that_clause_opening_with_a_subordinate_clause_is_still_the_cues(extractor):
    # the parser makes "went" a complement of "comes" / "carries", and "that" the object of "say"
    for text, fragment in (
            ("The court went on to say that because a phone number reveals a caller's identity, it comes with a "
             "reasonable expectation of privacy.", "it comes with a reasonable expectation"),
            ("The panel went on to say that because a licence plate unlocks a driver's address, it carries a "
             "reasonable expectation of privacy and is protected by law.", "it carries a reasonable expectation")):
        c = claim_with(extractor.extract_text(text), fragment)
        assert c.content.startswith("because a") and c.speaker.startswith("The ") and c.cue_lemma == "say"


def test_a_call_for_something_ends_before_a_clause_set_off_after_it(extractor):
    e = extractor.extract_text("Brazil and Mexico have called for a negotiated end to the border dispute, stopping "
                               "short of open support for their old ally.")
    c = claim_with(e, "a negotiated end to the border dispute")
    assert "stopping" not in c.content


def test_a_saying_clause_after_an_appeal_is_a_claim_of_its_own(extractor):
    e = extractor.extract_text("Mara Osei appealed for help on social media after being stopped at Lagos airport, "
                               "saying customs officers there want to question her.")
    said = claim_with(e, "customs officers there want to question her")
    assert said.cue_lemma == "say" and said.speaker_resolved == "Mara Osei"


def test_a_cue_in_the_perfect_closing_its_sentence_keeps_the_clause_before_it(extractor):
    # the parser hangs "has said" on the clause's verb as parataxis, with the speaker between commas
    for text, fragment, speaker in (
            ("Nearly 400 clinics have closed since the storm, the health ministry has said, amid fears the outbreak "
             "could spread to the capital.", "Nearly 400 clinics have closed", "the health ministry"),
            ("Some 12,000 families have lost their homes in the floods, the Red Cross has said, amid warnings that "
             "more rain could follow.", "Some 12,000 families have lost", "the Red Cross")):
        c = claim_with(extractor.extract_text(text), fragment)
        assert c.speaker == speaker and c.speaker_type != "AUTHOR"
        assert "amid" not in c.content


def test_a_cue_after_its_clause_with_the_speaker_after_it_is_inverted(extractor):
    e = extractor.extract_text("The ferry sank after hitting a reef near the island, reported the Manila Times.")
    c = claim_with(e, "The ferry sank after hitting a reef")
    assert (c.speaker, c.speaker_resolved) == ("the Manila Times", "Manila Times")
    assert "Manila" not in c.content


def test_the_authors_first_person_cue_attributes_nothing(extractor):
    e = extractor.extract_text("I have noted before the chatter that the council may sell the depot. I believe that "
                               "as a general matter the city should build far more housing than it has in decades.")
    assert not [c for c in e.claims if c.speaker == "I"]


def test_an_act_is_the_authors_claim_when_its_actor_is_a_shared_subject_or_a_passives_agent(extractor):
    for text in ("Lena Ortiz was called a traitor online and received death threats.",
                 "She was appointed by President Lula in March."):
        c = claim_with(extractor.extract_text(text), text[:-1])
        assert c.speaker_type == "AUTHOR" and c.kind == "assertion"


def test_a_reported_clause_the_parser_cuts_in_two_stays_whole(extractor):
    # the parser makes both "charged" and "are" complements of "says"
    e = extractor.extract_text("A tax adviser says the months before the new levy is charged on small firms are a "
                               "window for owners to review their books.")
    c = claim_with(e, "the new levy is charged")
    assert c.content.endswith("a window for owners to review their books")


def test_a_verb_shaped_as_a_telling_attributes_its_that_clause(extractor):
    e = extractor.extract_text("Finance Minister Ola Berg floated that the fuel levy could be halved before the "
                               "election.")
    c = claim_with(e, "the fuel levy could be halved")
    assert c.speaker_resolved == "Ola Berg" and c.cue_lemma == "float"
    ensured = extractor.extract_text("Finance Minister Ola Berg ensured that the fuel levy was halved in May.")
    assert not [c for c in ensured.claims if c.speaker_type != "AUTHOR"]


def test_a_post_that_opens_with_a_name_and_a_colon_quotes_that_name(extractor):
    e = extractor.extract_text("The city hall account posted an update on Friday.\n\n"
                               "Mayor Okafor: the Carter bridge will reopen to traffic before the winter "
                               "pic.twitter.com/Ab12Cd34\n\n"
                               "— Lagos City Hall (@lagoscityhall) March 3, 2024")
    c = claim_with(e, "the Carter bridge will reopen")
    assert c.speaker == "Mayor Okafor" and c.content.startswith("the Carter bridge")


def test_a_participle_cue_under_a_predicate_noun_speaks_for_the_copulas_subject(extractor):
    e = extractor.extract_text("Mira Holt has become the latest film director to turn to television after revealing "
                               "she is working on a six-part crime series.")
    c = claim_with(e, "she is working on a six-part crime series")
    assert c.speaker_resolved == "Mira Holt" and c.cue_lemma == "reveal"


def test_a_would_or_could_sentence_after_a_past_report_goes_on_with_its_speaker(extractor):
    for text, fragment, speaker in (
            ("The Nordvik fund said the market was as fragile as in 2008. This time copper could be the spark.",
             "copper could be the spark", "Nordvik"),
            ("Elin Sova, the port's director, said on Monday the new berth was finished. It would double the "
             "number of ferries.", "double the number of ferries", "Elin Sova")):
        c = claim_with(extractor.extract_text(text), fragment)
        assert speaker in (c.speaker_resolved or c.speaker) and c.kind == "indirect" and c.rule == "continued_report"
    # after a present cue the "would" is the author's consequence, not a shifted "will"
    e = extractor.extract_text("The judge says she will replace a juror on Monday. The panel would then start over.")
    assert not [c for c in e.claims if "start over" in c.content]


def test_a_would_sentence_with_people_or_a_future_date_still_goes_on_with_the_speaker(extractor):
    # "would" shifts "will" back whoever its subject is; a date ahead is the forecast's own, not narrated time
    for text, fragment in (
            ("Ms Lane said the plan was sound. Residents would save $300 a year on their bills.", "save $300"),
            ("Ms Lane said the plan was sound. It would cost $5 million by next year.", "cost $5 million"),
            ("Ms Lane said the plan was sound. The line would open in 2027.", "open in 2027")):
        c = claim_with(extractor.extract_text(text), fragment)
        assert c.speaker == "Ms Lane" and c.rule == "continued_report", text


def test_a_participle_of_speech_read_as_the_subject_of_the_clause_after_it_still_reports_that_clause(extractor):
    # the small model makes "arguing" the clausal subject of "pose"
    e = extractor.extract_text("Kestrel Mining is opposed to selling the smelter and is preparing to take the state to "
                               "court, arguing the contract with Ardent Metals does not pose any risk to jobs.")
    c = claim_with(e, "does not pose any risk to jobs")
    assert c.speaker_resolved == "Kestrel Mining" and c.cue_lemma == "argue"
    assert c.content.startswith("the contract with Ardent Metals") and c.negated


def test_a_sentence_quoting_a_clause_right_after_someones_words_goes_on_with_that_speaker(extractor):
    e = extractor.extract_text("The tenants' union is urging the council to freeze rents. What the council does next "
                               "\"will decide whether families can stay in the district at all.\"")
    c = claim_with(e, "will decide whether families can stay")
    assert c.speaker == "The tenants' union" and c.kind == "mixed" and c.rule == "continued_report"


def test_a_cue_joined_to_another_after_the_clause_shares_that_clause(extractor):
    e = extractor.extract_text("Looking past the election, she wants the central bank to hold rates and keep a close "
                               "watch on lending, her letters show and aides say.")
    said = [c for c in e.claims if c.speaker == "aides"]
    assert len(said) == 1 and said[0].content.endswith("keep a close watch on lending")


def test_a_quantifier_the_parser_hangs_on_a_joined_cue_is_its_subject_not_the_first_clauses(extractor):
    # the small model reads "few" as a modifier of "thought" and the cue as joined to "was"
    e = extractor.extract_text("It was three years since the mill at Harrow Bend had closed, and few thought the "
                               "town would ever recover.")
    assert not [c for c in e.claims if c.speaker_type != "AUTHOR"]


def test_a_date_before_a_joined_cue_leaves_the_first_clauses_subject_its_speaker(extractor):
    # the small model hangs the date on the cue as npadvmod, where it hangs "few" in the quantifier case
    for text, fragment, speaker in (
            ("The minister toured the flooded district and yesterday said the dam was safe.", "the dam was safe",
             "The minister"),
            ("The company cut 300 jobs and last month announced it would close the plant.", "close the plant",
             "The company"),
            ("The president visited Kyiv and Tuesday said the war would end soon.", "the war would end soon",
             "The president")):
        assert claim_with(extractor.extract_text(text), fragment).speaker == speaker


def test_most_read_as_an_adverb_of_a_joined_cue_is_its_subject_not_the_first_clauses(extractor):
    e = extractor.extract_text("The vote was close, and most agreed the result would stand.")
    assert not [c for c in e.claims if c.speaker_type != "AUTHOR"]


def test_a_gerund_opening_its_sentence_is_its_subject_not_a_cue(extractor):
    e = extractor.extract_text("For Ms Lane, arguing the case in court was the hardest part of the job.")
    assert not [c for c in e.claims if c.speaker_type != "AUTHOR"]


def test_narration_after_a_past_report_is_not_that_speakers(extractor):
    # past ability and perception of people acting on their own, a later time, a quote others sing
    for text in ("The minister said the bridge was unsafe. Engineers could not agree on how to repair it.",
                 "Police said the driver had fled the scene. Witnesses could see smoke from miles away.",
                 "She told reporters the deal was done. Two years later the company would collapse.",
                 "Smith said he was tired of politics. He would later become ambassador to Rome.",
                 "The coach said the team had played well. Fans sang \"we are the champions of the world\" until "
                 "midnight.",
                 "The coach said the team had struggled. In 2019 the club would win the league."):
        e = extractor.extract_text(text)
        assert not [c for c in e.claims if c.rule == "continued_report"], text


def test_a_report_going_on_keeps_the_name_its_role_was_resolved_to(extractor):
    e = extractor.extract_text("\"We will win,\" Donald Trump said on Tuesday. The US president said the tariffs were "
                               "working. They would bring back millions of jobs.")
    c = claim_with(e, "bring back millions of jobs")
    assert c.rule == "continued_report" and c.speaker_resolved == "Donald Trump"


def test_a_transcript_turn_is_its_named_speakers_claim(extractor):
    e = extractor.extract_text("OKONJO: Will the mill reopen this year?\n\n"
                               "HALVORSEN: It will. We signed two supply contracts last week and will hire 80 "
                               "workers.\n\n"
                               "OKONJO: And the old furnace?\n\n"
                               "HALVORSEN: Come and see it in March.")
    c = claim_with(e, "signed two supply contracts")
    assert c.speaker == "HALVORSEN" and c.rule == "transcript_turn" and c.content.startswith("It will.")
    assert not [x for x in e.claims if "furnace" in x.content or "March" in x.content]


@pytest.mark.parametrize("turn, claims", [
    # a command that goes on to a clause of its own reports, as in narration (one1: one command test for both)
    ("Consider this: the bridge carried 20,000 cars a day before it shut.", True),
    ("Traffic on the bypass has doubled since March.", True),
    ("Be patient.", False),
    ("Be realistic about what £4m buys.", False),
    ("Ask me again in September.", False),
])
def test_a_turn_that_only_bids_claims_nothing_and_one_that_goes_on_to_report_does(extractor, turn, claims):
    text = ("HARRIS: Why has the bridge been closed for so long?\n\nOKAFOR: " + turn + "\n\n"
            "HARRIS: Why did the council not act sooner?\n\nOKAFOR: The budget was cut by £4m in 2022.\n\n"
            "HARRIS: When will it reopen?")
    turns = [c for c in extractor.extract_text(text).claims if c.rule == "transcript_turn" and turn in c.content]
    assert bool(turns) == claims, turns


def test_repeated_rubrics_datelines_and_places_in_capitals_are_no_transcripts_sides(extractor):
    # each label comes back, but none is a person the article names and the labels do not take turns as an
    # interview's sides do (one after another, someone asking), or they are rubrics or the article's places
    for text in (
            "UPDATE: Police have closed the road between the two villages after the fire jumped the river.\n\n"
            "BREAKING: The fire has spread to the forest north of the town and crews are pulling back.\n\n"
            "UPDATE: Residents of three streets have been told to leave their homes tonight.",
            "LAGOS: Fuel queues have returned to the city after a week of shortages at the pumps.\n\n"
            "ABUJA: The regulator has promised new supplies within days.\n\n"
            "LAGOS: Traders have raised the price of petrol to 900 naira a litre.",
            "QUESTION: Will the plant close this year?\n\n"
            "ANSWER: The plant will stay open until the contracts run out in 2026.\n\n"
            "QUESTION: And the workers?\n\n"
            "ANSWER: We will keep all 300 of them on the payroll.",
            "FIRST HALF: United scored twice in the opening 20 minutes and dominated possession.\n\n"
            "SECOND HALF: City pulled one back from a penalty but could not find an equaliser.\n\n"
            "FIRST HALF: The referee booked four players before the break.",
            "LAGOS: Is there any fuel left in the city this morning?\n\n"
            "ABUJA: The pumps in Abuja ran dry again overnight and the queues are back.\n\n"
            "LAGOS: Traders in Lagos have raised the price of petrol to 900 naira a litre."):
        e = extractor.extract_text(text)
        assert not [c for c in e.claims if c.rule == "transcript_turn"], text


def test_a_label_the_model_tags_person_is_no_person_the_article_names(extractor):
    # the tag on the label itself names no one: a repeated dateline speaks no turns, and of two sides that ask
    # nothing either both speak or neither does
    e = extractor.extract_text("JACKSON: The city will close three schools next year.\n\n"
                               "CHARLOTTE: Police have arrested two men after a shooting downtown.\n\n"
                               "JACKSON: The mayor has asked the state for 40 million dollars.")
    assert not [c for c in e.claims if c.rule == "transcript_turn"]
    e = extractor.extract_text("WHITFIELD: Your company cut jobs last year.\n\n"
                               "NAKAMURA: We will cut 300 more jobs next year.\n\n"
                               "WHITFIELD: And the plant in Ohio.\n\n"
                               "NAKAMURA: It will close in 2027.")
    assert {c.speaker for c in e.claims if c.rule == "transcript_turn"} in (set(), {"WHITFIELD", "NAKAMURA"})


def test_an_answer_over_two_labelled_paragraphs_is_one_turn_of_the_same_side(extractor):
    e = extractor.extract_text("BRANDT: Will the depot close before the winter?\n\n"
                               "OYELARAN: We will keep it open until March and move the buses to Kirkby.\n\n"
                               "OYELARAN: The drivers will all be offered posts at the new site.\n\n"
                               "BRANDT: And the fares?\n\n"
                               "OYELARAN: They will stay frozen until 2027.")
    turns = [c for c in e.claims if c.rule == "transcript_turn"]
    assert [c.speaker for c in turns] == ["OYELARAN"] * 3, [(c.speaker, c.content[:40]) for c in e.claims]


def test_a_rubric_with_a_curly_apostrophe_is_no_transcripts_side(extractor):
    e = extractor.extract_text("BRANDT: Will the plant close?\n\n"
                               "HALVORSEN: It will stay open until 2026 and we will hire 80 workers.\n\n"
                               "EDITOR’S NOTE: The company later confirmed the plan.\n\n"
                               "BRANDT: And the contracts?\n\n"
                               "HALVORSEN: We signed two supply contracts last week.\n\n"
                               "EDITOR’S NOTE: This interview was edited for length.")
    assert {c.speaker for c in e.claims if c.rule == "transcript_turn"} == {"HALVORSEN"}


def test_a_transcript_label_in_capitals_resolves_to_the_person_named_in_mixed_case(extractor):
    e = extractor.extract_text("Ewan McDonald, the head of the fishermen's union, spoke to us on Monday.\n\n"
                               "INTERVIEWER: Will the quota cut hurt the fleet?\n\n"
                               "MCDONALD: It will. We lost twelve boats last year and we will lose more.\n\n"
                               "INTERVIEWER: What will you do?\n\n"
                               "MCDONALD: We are taking the ministry to court next month.")
    c = claim_with(e, "lost twelve boats")
    assert c.rule == "transcript_turn" and c.speaker_resolved == "Ewan McDonald"


def test_a_lone_capitalised_label_before_a_colon_is_no_speaker(extractor):
    # a dateline and a rubric: no name comes back, so neither is a transcript's side
    e = extractor.extract_text("NEW DELHI: The state will build 40 new schools this year.\n\n"
                               "UPDATE: We have asked the ministry for the list of sites and will publish it.")
    assert not [c for c in e.claims if c.rule == "transcript_turn"]


def test_a_question_inside_a_round_of_datelines_makes_no_interview(extractor):
    # a side asks in every turn it takes, over two or more; one report of a round that ends in a question
    # is no interviewer
    e = extractor.extract_text("CHENNAI: Heavy rain lashed the city on Tuesday.\n\n"
                               "MADURAI: Schools were shut. Is it safe to travel?\n\n"
                               "CHENNAI: The weather office said rain would continue.")
    assert not [c for c in e.claims if c.rule == "transcript_turn"]
    e = extractor.extract_text("LUCKNOW: Police arrested three men on Monday.\n\n"
                               "LUCKNOW: The victim's family welcomed the arrests.\n\n"
                               "KANPUR: A court granted bail to two traders. Will the case go to trial?\n\n"
                               "LUCKNOW: The chief minister ordered an inquiry.")
    assert not [c for c in e.claims if c.rule == "transcript_turn"]


def test_a_quotation_after_that_holding_the_whole_reported_clause_is_the_cues(extractor):
    text = ("Hours later the governor declared that “Our rivers are cleaner than they have been in decades. "
            "And they will stay that way.”")
    c = claim_with(extractor.extract_text(text), "Our rivers are cleaner")
    assert (c.speaker, c.kind) == ("the governor", "direct")
    assert "they will stay that way" in c.content


def test_a_reason_for_an_act_given_in_the_actors_quoted_words_is_the_actors_claim(extractor):
    text = ("Kestrel Air has grounded its whole turboprop fleet because the engines “could fail without warning in "
            "cold weather”.")
    c = claim_with(extractor.extract_text(text), "could fail without warning")
    assert (c.speaker_resolved, c.kind) == ("Kestrel Air", "mixed")
    assert c.content.startswith("the engines")


def test_someone_elses_quotation_inside_a_reason_is_not_the_actors_claim(extractor):
    e = extractor.extract_text("Police arrested the man because he had posted messages calling for “death to all "
                               "traitors in parliament”.")
    assert [c for c in e.claims if c.speaker_resolved == "Police" or c.rule == "quoted_reason"] == []


def test_what_a_speaker_demands_as_a_noun_object_is_their_claim(extractor):
    c = claim_with(extractor.extract_text("The dockers' union demanded a 12 per cent pay rise for night shifts."),
                   "pay rise")
    assert (c.speaker, c.kind) == ("The dockers' union", "indirect")
    assert c.content == "a 12 per cent pay rise for night shifts"


def test_a_demand_in_an_infinitive_has_made_no_claim_yet(extractor):
    e = extractor.extract_text("Hundreds of nurses marched through Lowmere on Sunday to demand safer staffing levels.")
    assert [c for c in e.claims if c.speaker_type != "AUTHOR"] == []


def test_an_act_done_in_an_infinitive_after_a_verb_of_going_on_is_still_the_speakers_claim(extractor):
    e = extractor.extract_text("The ministry went on to confirm the deaths of 12 soldiers in the ambush. The hospital "
                               "moved to confirm the deaths of three patients.")
    assert claim_with(e, "12 soldiers").speaker_type != "AUTHOR"
    assert claim_with(e, "three patients").speaker_type != "AUTHOR"


def test_only_an_actor_makes_a_demand(extractor):
    e = extractor.extract_text("The job demands patience and a steady hand.")
    assert [c for c in e.claims if c.speaker_type != "AUTHOR"] == []


def test_a_demand_in_a_relative_clause_or_a_participle_leaves_the_sentence_its_event(extractor):
    e = extractor.extract_text("The strikers, who demanded a 10 per cent rise, returned to work on Monday. "
                               "Protesters, demanding the release of political prisoners, blocked the main road.")
    assert [c for c in e.claims if c.speaker_type != "AUTHOR"] == []


def test_a_short_thing_demanded_is_no_claim_for_the_phrases_after_it(extractor):
    e = extractor.extract_text("Opposition lawmakers demanded answers from the interior minister on Tuesday. "
                               "Regulators demanded the company's internal emails by Friday.")
    assert [c for c in e.claims if c.speaker_type != "AUTHOR"] == []
    called = extractor.extract_text("Lawmakers demanded an independent investigation into the crash.")
    assert claim_with(called, "independent investigation").speaker_type != "AUTHOR"


@pytest.mark.parametrize("text,fragment,speaker", [
    # the parser reads the cue after a name and its apposition as a participle on the name, the sentence's root
    ('JOHANNESBURG — Eskom, the state power utility, announced on Thursday that it would end scheduled blackouts.', 'it would end scheduled blackouts', 'Eskom'),
    ('The utility, Eskom, announced on Thursday that it would end blackouts by March.', 'it would end blackouts', 'utility'),
    ('Halvorsen Group, the Norwegian shipping firm, announced on Monday that it would cut 400 jobs.', 'it would cut 400 jobs', 'Halvorsen'),
    ('OSLO (Reuters) - Statnett, the grid operator, warned on Tuesday that power prices could double this winter.', 'power prices could double', 'Statnett'),
    ("Brightwater Homes, the county's largest builder, confirmed on Friday that work on the estate had stopped.", 'work on the estate had stopped', 'Brightwater'),
    ("Mr Okonjo, the party's treasurer, admitted on Sunday that the accounts had not been filed.", 'the accounts had not been filed', 'Okonjo'),
    ('Ms Reyes, a former aide, claimed on Wednesday that she had been pressured to resign.', 'she had been pressured to resign', 'Reyes'),
    ('Westfield Rovers, the League Two side, revealed on Tuesday that their manager had been sacked.', 'their manager had been sacked', 'Westfield'),
    ('The airline, Skyline, insisted on Monday that its planes were safe to fly.', 'its planes were safe to fly', 'airline'),
    ('Harcourt, the mining giant, denied on Thursday that it had polluted the river.', 'it had polluted the river', 'Harcourt'),
    ("Dr Ama Mensah, the clinic's director, told reporters on Friday that the outbreak was under control.", 'the outbreak was under control', 'Mensah'),
    ('Councillor Jim Royle, the cabinet member for housing, said on Monday that the tower would be demolished.', 'the tower would be demolished', 'Royle'),
    ("Qantara Bank, Egypt's second-largest lender, reported on Sunday that profits had risen 12%.", 'profits had risen 12%', 'Qantara'),
    pytest.param('The charity, Shelterline, estimated on Tuesday that 3,000 people were sleeping rough in the city.', '3,000 people were sleeping rough', 'charity',
                 marks=strict_xfail("'estimated' after a name and its apposition is parsed in a way the participle guard does not cover; the sentence stays the author's")),
    ('Tui, the holiday company, announced last night that it would cancel all flights to the island.', 'it would cancel all flights', 'Tui'),
    ("KOLKATA — The state's health minister, Ruma Sen, stated on Monday that no new cases had been found.", 'no new cases had been found', 'Sen'),
    ('Pemberton Council, the local authority, conceded on Thursday that the bins had not been collected for a month.', 'the bins had not been collected', 'Pemberton'),
    ('Lord Ashby, the former chairman, wrote on Friday that the club had been badly run.', 'the club had been badly run', 'Ashby'),
    ('Mrs Clegg, the head teacher, explained on Monday that the school would close early.', 'the school would close early', 'Clegg'),
    ("NovaTel, the mobile operator, acknowledged on Wednesday that customers' data had been exposed.", "customers' data had been exposed", 'NovaTel'),
    ('The report, published on Thursday, found that rents had risen 9%.', 'rents had risen 9%', 'report'),
    ('The minister, asked on Thursday whether he would resign, said he would not.', 'he would not', 'minister'),
    ('The statement, released on Monday, said that the plant would close.', 'the plant would close', 'statement'),
    ('The letter, signed by 40 MPs, urged the minister to think again.', 'the minister to think again', 'letter'),
    # the review's rows (its own copy), better than main
    ('Bharti Airtel, the telecom operator, clarified on Friday that no customer data had been leaked.', 'no customer data', 'Airtel'),
    ('Vodafone, the mobile operator, admitted on Monday that hackers had accessed customer records.', 'hackers had accessed', 'Vodafone'),
])
def test_a_cue_after_a_name_and_its_apposition_is_the_sentences_verb(extractor, text, fragment, speaker):
    c = claim_with(extractor.extract_text(text), fragment)
    assert speaker.lower() in f"{c.speaker} {c.speaker_resolved}".lower()


@pytest.mark.parametrize("text", [
    # a participle on a noun that is no root, or a fragment with no that-clause, reports nothing
    ('Eskom, the state power utility, pictured in Johannesburg in 2019.'),
    pytest.param('Residents, warned on Friday that the river would rise, moved their cars to higher ground.',
                 marks=strict_xfail("a participle of telling in the passive set off by commas ('Residents, warned on Friday that ...') is read as the residents' own statement")),
    ('The plan, announced on Thursday, would cut 400 jobs.'),
    ('The warning, issued on Tuesday, came as the river rose.'),
    pytest.param('Shoppers, told on Monday that the store would close, queued for bargains.',
                 marks=strict_xfail("a participle of telling in the passive set off by commas ('Shoppers, told on Monday that ...') is read as the shoppers' own statement")),
    ('A new town hall, opened in 1998 and now due for repair.'),
    ('Fans, informed on Sunday that the match was off, headed home.'),
    ('The decision, confirmed on Friday, means the road will stay shut.'),
    # the review's row: a headline's bare noun is the one told, with no apposition to make it a name's
    ('Patients informed on Tuesday that their operations had been cancelled'),
])
def test_a_participle_set_off_by_commas_or_in_a_fragment_reports_nothing(extractor, text):
    assert [c for c in extractor.extract_text(text).claims if c.kind != "assertion"] == []
