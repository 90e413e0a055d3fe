"""Interview turns: questions are nobody's claims, and the next floating quote is the answer.

A quotation that ends in a question mark, or whose cue is a question verb ("asked",
"pressed"), is a turn by the asker, not a claim: the small model would otherwise hand
it to the nearest name. Each question turn remembers who asked and, when the text
says so, whom ("Kilmeade asked Ryan", "the striker was asked", "demanded of the
minister"). A sentence that sets up a conversation ("the host interviewed X", "spoke
with X") is a turn too: it names the two sides.

Interviews alternate: a question that names only one side, or none (a bare quoted
question on its own line), takes the other side from the turn before it, so the
answers of a Q&A all go to the one interviewed. A quote with no cue that follows a
question is the addressee's answer; when no addressee is known, the answer goes to
the last other speaker, and when there is none it is left unattributed rather than
guessed.
"""
from __future__ import annotations

from bisect import insort
from dataclasses import dataclass

from spacy.tokens import Token

from consumers.enricher.nlp.lexicon import REPORTING_VERBS
from consumers.enricher.nlp.speakers import Speaker

QUESTION_CUES = frozenset({"ask", "press", "question", "wonder", "inquire", "enquire", "quiz", "probe", "challenge",
                           "interview", "grill"})
# "spoke with X", "talked to X", "sat down with X": a conversation with a named person
CONVERSATION_VERBS = frozenset({"speak", "talk", "sit", "chat"})
_ADDRESSEE_PREPS = frozenset({"of", "to", "with"})
# a turn missing a side looks this many paragraphs back for the interview it continues
_INTERVIEW_REACH = 6


@dataclass
class Turn:
    paragraph: int
    end: int                        # where the question ends: an answer comes after it
    asker: Speaker | None
    addressee: Speaker | None


def is_question(text: str) -> bool:
    return text.rstrip(" ,.”\"’'").endswith("?")


def question_cue_near(doc, start_tok: int, stop_char: int, any_verb: bool = False, window: int = 8) -> Token | None:
    """A question verb among the few tokens after a quote, before the sentence or paragraph ends.

    With ``any_verb`` (the quote itself asks) any verb there tells who asked whom:
    "“...?” the chairman demanded of the minister". A statement whose own speech verb comes first
    ("“...,” he said when asked about ...") was answered, not asked; and a question verb in a relative
    clause ("said one resident, who asked not to be named") describes the speaker, not the quote.
    """
    for tok in doc[start_tok:start_tok + window]:
        if tok.idx >= stop_char or (tok.is_space and "\n" in tok.text):
            return None
        if tok.pos_ != "VERB" or tok.dep_ == "relcl":
            continue
        lemma = tok.lemma_.lower()
        if any_verb or lemma in QUESTION_CUES:
            return tok
        # "workers told of the plan asked": a speech verb describing a noun is no speech act of the quote's
        if lemma in REPORTING_VERBS and tok.dep_ not in ("acl", "amod"):
            return None
    return None


def parties(cue: Token, describe) -> tuple[Speaker | None, Speaker | None]:
    """(asker, addressee) of a question verb: "X asked Y", "Y was asked by X", "X pressed Y on ..."."""
    asker = addressee = None
    for child in cue.children:
        if child.dep_ == "nsubj":
            asker = describe(child)
        elif child.dep_ == "nsubjpass":
            addressee = describe(child)
        elif child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN"):
            addressee = describe(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in _ADDRESSEE_PREPS | {"by"}:
            pobj = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None)
            if pobj is None:
                continue
            if child.lower_ == "by":
                asker = asker or describe(pobj)
            elif addressee is None:
                addressee = describe(pobj)
    return asker, addressee


def conversation(verb: Token, describe) -> tuple[Speaker, Speaker] | None:
    """(host, guest) of "X spoke with Y", "X sat down with Y", when Y is a named person."""
    if verb.lemma_.lower() not in CONVERSATION_VERBS:
        return None
    # "speaks perfect English", "talked business": what is spoken is no guest; one speaks to or with a guest
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children):
        return None
    asker, guest = parties(verb, describe)
    if asker is None or guest is None or guest.type != "PERSON" or not guest.resolved:
        return None
    return asker, guest


def _same(a: Speaker | None, b: Speaker | None) -> bool:
    return a is not None and b is not None and bool(a.resolved) and a.resolved == b.resolved


class Interview:
    """The question turns of one document in text order, each completed from the turn before it."""

    def __init__(self) -> None:
        self._turns: list[tuple[int, int, Turn]] = []

    def add(self, turn: Turn) -> None:
        insort(self._turns, (turn.end, len(self._turns), turn))

    def before(self, char: int) -> Turn | None:
        """The last turn that ends at or before ``char``, its missing sides filled in."""
        done: list[Turn] = []
        for end, _n, turn in self._turns:
            if end > char:
                break
            prev = done[-1] if done and turn.paragraph - done[-1].paragraph <= _INTERVIEW_REACH else None
            done.append(_completed(turn, prev))
        return done[-1] if done else None


def _completed(turn: Turn, prev: Turn | None) -> Turn:
    """A turn with a side missing takes it from the interview's previous turn."""
    asker, addressee = turn.asker, turn.addressee
    if prev is None or (asker and addressee):
        return turn
    if asker is None and addressee is None:
        asker, addressee = prev.asker, prev.addressee
    elif addressee is None:
        addressee = prev.addressee if _same(asker, prev.asker) else prev.asker if _same(asker, prev.addressee) else None
    else:
        asker = prev.asker if _same(addressee, prev.addressee) else prev.addressee if _same(addressee, prev.asker) \
            else None
    return Turn(turn.paragraph, turn.end, asker, addressee)


def answerer(turn: Turn, earlier_speakers: list[Speaker]) -> tuple[Speaker | None, str]:
    """Who answers ``turn``, and why: the addressee, else the last speaker who is not the asker."""
    if turn.addressee is not None and (turn.addressee.resolved or turn.addressee.text):
        return turn.addressee, "answer to a question put to them"
    asker = turn.asker.resolved if turn.asker else None
    for speaker in reversed(earlier_speakers):
        if speaker.resolved and speaker.resolved != asker:
            return speaker, "answer: the other side of the interview"
    return None, "answer with no known speaker"
