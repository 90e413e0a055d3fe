"""Paragraph-aware sentence starts, and the lines of an article that are not its story.

The small model's parser happily runs a headline, a byline and a first paragraph
into one sentence. ``newsradar_paragraphs`` (placed before the parser) marks the
first token after a line break as a sentence start; the parser respects preset
starts, so dependency trees no longer cross paragraphs.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from consumers.enricher.nlp.doc_text import doc_text

# Lines that belong to the page furniture rather than the story. Each pattern is
# matched once per document over the whole text (re.M), never per sentence.
_BOILERPLATE = re.compile(
    r"""^[ \t]*(?:
          by[ \t]+[A-Z][^\n]{0,100}$                                    # byline
        | (?:related|read[ \t]more|see[ \t]also|also[ \t]read|more[ \t]on[ \t]this|watch|listen
           |sign[ \t]up|subscribe|follow[ \t]us|advertisement|share[ \t]this|further[ \t]reading
           |continue[ \t]reading)\b[^\n]*$
        | (?:photo|image|picture|file[ \t]photo|credit)s?[ \t]*(?::|by\b)[^\n]*$
        )""",
    re.I | re.M | re.X,
)
# A link trailer some feeds glue to the story's last sentence: '... economy." Further reading: <headline>'.
_TRAILER = re.compile(r"(?<=[.!?\"”’][ \t])(?:further[ \t]reading|related|read[ \t]more|see[ \t]also)[ \t]*:[^\n]*$",
                      re.I | re.M)
# A photo credit trailing a caption: "... vehicles. / Ali Khara / Reuters"
# or "(AP Photo/Evan Vucci)" or "Photograph: Name/Agency".
_CREDIT = re.compile(
    r"(?:(?<=\s)/[ \t]*[^/\n]{2,60}?[ \t]*/[ \t]*[^/\n]{2,40}?[ \t]*$"
    r"|\((?:AP|AFP|Reuters|Getty|EPA|Photo|Image)[^()\n]{0,80}\)"
    r"|\b(?:Photograph|Photo|Image|Credit|Illustration)[ \t]*:[ \t]*[^\n]{2,80}$)",
    re.M,
)


# "WASHINGTON (AP) —", "NEWARK, N.J. (AP) —", "TBILISI, Georgia, Aug. 13 --", "LIMA, Peru —",
# "ACCRA, Ghana, Feb 9 (Reuters) - ": an upper-case place (at least one all-capital word), an
# optional region and date, an optional agency in brackets, then a dash (a hyphen only between
# spaces, as wires type it). Only the opening paragraphs are searched.
_DATELINE = re.compile(
    r"""(?P<place>(?=[^\n]{0,40}?\b[A-Z][A-Z'\-]{2,}\b)[A-Z][A-Z.'\-]*(?:[ ][A-Z][A-Z.'\-]*)*
          (?P<region>,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2})?)
        (?P<date>,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?
        [ ]*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?
        (?:[ ]*(?:—|–|--)|[ ]+-(?=[ ]))[ ]*""",
    re.X,
)


def find_dateline(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, int, str, str | None] | None:
    """(start, end, place, agency) of a dateline opening one of the first three paragraphs."""
    for ps, pe in paragraphs[:3]:
        m = _DATELINE.match(text, ps, pe)
        # a bare "NASA —" is an acronym opening a sentence; a dateline names more
        if m and m.end() < pe and (m.group("agency") or m.group("region") or m.group("date")
                                   or len(m.group("place")) >= 5):
            return ps, m.end(), m.group("place"), m.group("agency")
    return None


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of bylines, photo credits and 'Related:' style lines, in order."""
    ranges = [(m.start(), m.end()) for m in _BOILERPLATE.finditer(text)]
    ranges += [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    ranges += [(m.start(), m.end()) for m in _TRAILER.finditer(text)]
    ranges.sort()
    return ranges


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block, split at every line break."""
    out = []
    start = 0
    for m in re.finditer(r"\n", text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies within one of ``ranges`` (a short sorted list)."""
    return any(s <= start and end <= e for s, e in ranges)


def _mark_sentence_starts(doc: Doc) -> None:
    """A line break opens a sentence (a single one only before a word not in lower case); a lower-case
    word right after a word never does.

    One array pass, not a loop over Token objects: it runs on every token of every article.
    """
    if len(doc) < 2:
        return
    space, lower, alpha = doc.to_array([IS_SPACE, IS_LOWER, IS_ALPHA]).astype(bool).T
    starts = doc.to_array(SENT_START)
    signed = starts.view(numpy.int64)      # to_array stores -1 (not a start) as its uint64 bits
    # the parser cuts "Thirteen | pre-school staff have ..." after a capitalised number word
    signed[1:][lower[1:] & alpha[1:] & alpha[:-1]] = -1
    for i in numpy.flatnonzero(space[:-1]).tolist():
        gap = doc[i].text
        if "\n" in gap and ("\n\n" in gap or not lower[i + 1]):
            signed[i + 1] = 1
    doc.from_array([SENT_START], starts)


class ParagraphSentencizer(Pipe):
    """Start a sentence after every line break, unless the next line continues in lower case.

    A dateline is cut off as a sentence of its own and kept on ``doc._.nr_dateline``
    (``[start, end, place, agency]``), so the parser can never make "WASHINGTON" the
    subject of the story's first verb.
    """

    def __init__(self, nlp: Language, name: str = "newsradar_paragraphs"):
        self.name = name
        register_dateline()

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            _mark_sentence_starts(doc)
            head = doc_text(doc)[:600]                  # a dateline opens the story: no need to split it all
            dateline = find_dateline(head, paragraph_ranges(head))
            if dateline is not None:
                doc._.nr_dateline = list(dateline)
                after = doc.char_span(dateline[1], dateline[1] + 1, alignment_mode="expand")
                if after is not None and after.start > 0:
                    doc[after.start].is_sent_start = True
            return doc
        except Exception as exc:  # noqa: BLE001 - spaCy's handler decides (raise by default)
            error_handler(self.name, self, [doc], exc)
            return doc


def register_dateline() -> None:
    """Make ``doc._.nr_dateline`` readable in a process that reads Docs this pipe wrote elsewhere (the enricher's
    parent, ``build_rules_nlp``): it rides in their ``user_data``, unread until the extension is registered."""
    if not Doc.has_extension("nr_dateline"):
        Doc.set_extension("nr_dateline", default=None)


@Language.factory("newsradar_paragraphs", assigns=["token.is_sent_start", "doc._.nr_dateline"])
def make_paragraph_sentencizer(nlp: Language, name: str) -> ParagraphSentencizer:
    return ParagraphSentencizer(nlp, name)
