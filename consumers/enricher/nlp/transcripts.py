"""Transcript labels: "MORALES: So the refinery stays open?" opens a side's turn in a printed interview.

Shared by the entity rules (a side of an interview is a person, whatever the model made of the capitals) and
the claim rules (the turn is that side's words). A label in capitals before a colon is as often a dateline
("NEW DELHI:") or a rubric ("UPDATE:"), so only labels that take turns as an interview's sides do count.
"""
from __future__ import annotations

import re
from itertools import groupby
from weakref import WeakKeyDictionary

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.segment import paragraph_ranges

# a name in capitals and a colon opening the paragraph
TURN_LABEL = re.compile(r"[ \t]*(?P<who>[A-Z][A-Z'’-]{2,}(?:[ \t][A-Z][A-Z'’-]+){0,2}):[ \t]+(?=\S)")
# Each Doc's turns, read by the entity rules and again by the claim rules: their spans and matches cannot
# ride in the Doc's user_data, which is serialised across ``n_process>1``.
_TRANSCRIPTS: WeakKeyDictionary = WeakKeyDictionary()


def labelled_turns(doc, paragraphs: list[tuple[int, int]]) -> list:
    """(label match, paragraph start, paragraph end, the turn's span after the label) for every labelled
    paragraph; a label opens its paragraph, so the match's offsets are the text's."""
    text = doc_text(doc)
    return [(m, ps, pe, doc.char_span(m.end(), pe, alignment_mode="expand"))
            for ps, pe in paragraphs if (m := TURN_LABEL.match(text, ps, pe)) is not None]


def rubric(label: str) -> bool:
    """A label that names a kind of paragraph ("UPDATE:", "EDITOR’S NOTE:"), not who speaks."""
    # the rubrics are spelt with a straight apostrophe: "EDITOR’S NOTE:" is "editor's note"
    return label.casefold().replace("’", "'") in lexicon.RUBRICS


def interview_exchange(turns: list) -> bool:
    """Labels that take turns as an interview's sides do: one comes back after another's turn, and one side
    asks, every turn of it ending in a question, over two turns or more. A run of one label is one turn, as
    an answer may go on over two paragraphs. Repeated datelines and rubrics open reports one after another,
    and a question inside one of them ("MADURAI: Schools were shut. Is it safe to travel?") makes no side an
    interviewer."""
    labels = [who for who, _run in groupby(m.group("who") for m, _ps, _pe, _span in turns)]
    asked: dict[str, list[bool]] = {}
    for m, _ps, _pe, span in turns:
        asked.setdefault(m.group("who"), []).append(span is not None and span.text.rstrip().endswith("?"))
    interviewer = any(len(asks) >= 2 and all(asks) for asks in asked.values())
    return interviewer and len(labels) > len(set(labels))


def transcript(doc) -> tuple[list, bool]:
    """The doc's labelled turns (``labelled_turns`` over its paragraphs) and whether they are an interview's
    (``interview_exchange``), read once per Doc."""
    found = _TRANSCRIPTS.get(doc)
    if found is None:
        turns = labelled_turns(doc, paragraph_ranges(doc_text(doc)))
        found = _TRANSCRIPTS[doc] = (turns, interview_exchange(turns))
    return found
