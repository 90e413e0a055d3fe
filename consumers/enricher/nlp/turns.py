"""Interview turns: questions are nobody's claims, and the next floating quote is the answer.

A quotation that ends in a question mark, or whose cue is a question verb ("asked",
"pressed"), is a turn by the asker, not a claim: the small model would otherwise hand
it to the nearest name. Each question turn remembers who asked and, when the text
says so, whom ("Kilmeade asked Ryan", "the striker was asked"); a quote with no cue
that follows it is the addressee's answer. When the addressee is not named, the
answer goes to the last other speaker, the other side of the interview, and when
there is none it is left unattributed rather than guessed.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from consumers.enricher.nlp.speakers import Speaker

QUESTION_CUES = frozenset({"ask", "press", "question", "wonder", "inquire", "enquire", "quiz", "probe", "challenge"})


@dataclass
class Turn:
    paragraph: int
    end: int                        # where the question ends: an answer comes after it
    asker: Speaker | None
    addressee: Speaker | None


def is_question(text: str) -> bool:
    return text.rstrip(" ,.”\"’'").endswith("?")


def question_cue_near(doc, start_tok: int, stop_char: int, window: int = 8) -> Token | None:
    """A question verb among the few tokens after a quote, before the sentence or paragraph ends."""
    for tok in doc[start_tok:start_tok + window]:
        if tok.idx >= stop_char or (tok.is_space and "\n" in tok.text):
            return None
        if tok.lemma_.lower() in QUESTION_CUES and tok.pos_ == "VERB":
            return tok
    return None


def parties(cue: Token, describe) -> tuple[Speaker | None, Speaker | None]:
    """(asker, addressee) of a question verb: "X asked Y", "Y was asked", "X pressed Y on ..."."""
    asker = addressee = None
    for child in cue.children:
        if child.dep_ == "nsubj":
            asker = describe(child)
        elif child.dep_ == "nsubjpass":
            addressee = describe(child)
        elif child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
            addressee = describe(child)
    return asker, addressee


def answerer(turn: Turn, earlier_speakers: list[Speaker]) -> tuple[Speaker | None, str]:
    """Who answers ``turn``, and why: the addressee, else the last speaker who is not the asker."""
    if turn.addressee is not None and (turn.addressee.resolved or turn.addressee.text):
        return turn.addressee, "answer to a question put to them"
    asker = turn.asker.resolved if turn.asker else None
    for speaker in reversed(earlier_speakers):
        if speaker.resolved and speaker.resolved != asker:
            return speaker, "answer: the other side of the interview"
    return None, "answer with no known speaker"
