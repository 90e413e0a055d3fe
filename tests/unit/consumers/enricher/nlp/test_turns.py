"""Interview turns: questions are not claims, and an uncued quote after a question is the answer."""
from __future__ import annotations

from tests.unit.consumers.enricher.nlp.conftest import claim_with


def test_quoted_question_is_no_ones_claim(extractor):
    e = extractor.extract_text("Deputy mayor Lena Horvat said the city budget was tight.\n\n"
                               "“Will the tram line open before the summer holidays?” host Pavel Marek asked.")
    assert not [c for c in e.claims if "tram line" in c.content]


def test_floating_answer_goes_to_the_addressee_not_the_asker(extractor):
    e = extractor.extract_text(
        "“Will the council raise rents again next year?” presenter Mara Quist asked the housing minister, Tobias Renn.\n\n"
        "“We have no plans to do that. Rents will stay frozen until 2027.”")
    c = claim_with(e, "Rents will stay frozen")
    assert c.speaker_resolved == "Tobias Renn" and c.rule == "floating_quote"
    assert "answer" in c.resolution


def test_pressed_is_a_question_cue_not_a_claim_by_the_interviewee(extractor):
    e = extractor.extract_text(
        "Senator Hugh Calder said the bill would pass easily.\n\n"
        "“Twice as many voters opposed it as supported it,” anchor Nadia Perez pressed.")
    assert not [c for c in e.claims if "Twice as many voters" in c.content]


def test_answer_after_a_passive_question_goes_to_the_one_asked(extractor):
    e = extractor.extract_text("The striker was asked about his future. “I am happy here. I want to win the league.”")
    c = claim_with(e, "I am happy here")
    assert c.speaker == "The striker"


def test_an_interview_alternates_uncued_questions_and_answers_between_its_two_sides(extractor):
    e = extractor.extract_text(
        "Podcast host Irene Talbot interviewed harbour commissioner Felix Odum on Monday.\n\n"
        "“Will the container terminal be finished on time?”\n\n"
        "“It will. The cranes arrive in March and the quay is already poured.”\n\n"
        "“And the dredging?” Talbot pressed.\n\n"
        "“The dredging contract was signed last week, for eleven months of work.”")
    assert not [c for c in e.claims if "finished on time" in c.content or "the dredging?" in c.content]
    for fragment in ("The cranes arrive in March", "dredging contract was signed"):
        c = claim_with(e, fragment)
        assert c.speaker_resolved == "Felix Odum", (fragment, c.resolution)
        assert "answer" in c.resolution


def test_a_pronoun_answering_a_question_is_the_one_asked_not_the_asker(extractor):
    e = extractor.extract_text(
        "Radio presenter Tomas Achterberg spoke with Water Minister Daniel Mwangi.\n\n"
        "“Can the reservoirs last the summer?” Achterberg asked Mwangi.\n\n"
        "“They are at 61 percent and we have a plan for rationing,” he said.")
    c = claim_with(e, "61 percent")
    assert c.speaker_resolved == "Daniel Mwangi", c.resolution


def test_a_question_put_to_someone_with_any_verb_makes_them_the_answerer(extractor):
    e = extractor.extract_text(
        "“Did your department sign off on the payment?” the committee chairman demanded of "
        "Deputy Minister Karl Steiner.\n\n"
        "“My department signed off on nothing of the kind.”")
    assert claim_with(e, "signed off on nothing").speaker_resolved == "Karl Steiner"
