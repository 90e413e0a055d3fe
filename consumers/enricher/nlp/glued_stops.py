"""A full stop typed with no space before the next sentence still ends the sentence.

Some outlets' copy runs its sentences together: "... arrested in 2011.The court ...", "... India (NPCI).IMPS
makes ...", "... at 5 p.m.CPI leaders ...". spaCy's tokenizer splits a full stop between a lower-case letter and a
capital ("Monday.The", "St.Louis"), but keeps "2011.The", "NPCI).IMPS" and "USP.Kerala" whole, and the parser then
reads two sentences as one: the number reader sees a figure "2011.The" and the claim runs on into the next
sentence. ``newsradar_glued_stops`` (before the model reads the tokens) splits such a token at its dot and opens a
sentence at the capitalised word after it. The text is never changed: labels point into it by character offsets.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Token

from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.title_dots import DOTTED_TITLES
from newsradar.clock import WEEKDAYS

NAME = "newsradar_glued_stops"

# The dot after a figure, a closing bracket or a time's "a.m"/"p.m", glued to a capitalised word ("The", "IMPS").
# A dot after a lower-case letter ("bbc.co.uk"; the tokenizer splits "St.Louis" itself), between digits ("3.5") or
# after one capital ("U.S.", "N.Korea") is left alone.
_AFTER_FIGURE = re.compile(r"(?:(?<!\w)\d+|[)\]]|\b[ap]\.m)(?P<dot>\.)(?=[\"“‘']?[A-Z](?:[a-z]|[A-Z]+\b))")
# The dot after an all-capital word or code ("USP", "M25"; not the initials of "J.K.") ends a sentence only before
# a Title-case word ("USP.Kerala"): before another all-capital word it joins a ticker ("RELIANCE.NS", "PETR4.SA"), a
# web address written in capitals ("GOV.UK", "DW.DE") or a capitalised dateline ("ST.LOUIS").
_AFTER_CAPITALS = re.compile(r"(?<![\w.-])[A-Z][A-Z\d]+(?P<dot>\.)(?=[\"“‘']?[A-Z][a-z])")
# What qualifies a time rather than opening a sentence: "9 a.m.Monday", "7.30 p.m.IST", "8 p.m.ET".
_TIME_QUALIFIER = re.compile(
    r"(?:" + "|".join(sorted(WEEKDAYS)) + r")\b"
    + r"|(?:IST|GMT|BST|UTC|[ECMP][SD]?T|AE[SD]T|HKT|SGT|JST|KST|PHT)\b"
    + r"|(?:Eastern|Central|Mountain|Pacific) (?:[Tt]ime|[Ss]tandard|[Dd]aylight)")
# The word before a dot, to tell a title's dot ("DR.Rao") from a full stop
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
# What makes a short form in capitals a post rather than a title before a name: "the ADM.", "the hospital's MS."
_POST_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+$")
# "MS" is also Mississippi's postal code, written after its town and a comma ("Tupelo, MS.Police said ..."): there
# its dot ends a sentence, as a state's does
_STATE_AFTER_TOWN = re.compile(r",\s*$")
# The double quotes that open a quotation after a glued stop ("8 a.m.“Safety"). A straight single quote is left
# a sentence of its own: made one with the words after it, the claim would keep it ("'We cannot afford it").
_OPENING_QUOTES = "\"“"
# An item of a list numbered on one line, glued to its first word: "1.Pay rise 2.Bonus"
_LIST_ITEM = re.compile(r"(?<![\w.,])(\d{1,2})\.[A-Z]")


def _glued_stops(doc: Doc) -> list[int]:
    """Character offsets of the full stops glued to the next sentence, outside web and e-mail addresses."""
    text = doc_text(doc)
    found = []
    for dot in sorted({m.start("dot") for pattern in (_AFTER_FIGURE, _AFTER_CAPITALS) for m in pattern.finditer(text)}):
        if (text[dot - 3:dot] in ("a.m", "p.m") and _TIME_QUALIFIER.match(text, dot + 1)) or _after_a_title(text, dot):
            continue
        span = doc.char_span(dot, dot + 1, alignment_mode="expand")
        if span is not None and not (span[0].like_url or span[0].like_email or _list_label(doc, span[0], dot)):
            found.append(dot)
    return found


def _after_a_title(text: str, dot: int) -> bool:
    """ "DR.Rao", "MR.Smith": the dot of a title typed in capitals joins it to the name, as in "Dr.Rao". After "the"
    or a possessive the short form names a post ("the ADM.Residents said", "the hospital's MS.Patients"), and after a
    town and a comma "MS" is a state ("Tupelo, MS.Police said"): their dots end the sentence."""
    word = _WORD_BEFORE.search(text, max(0, dot - 8), dot)
    if word is None or word.group().lower() + "." not in DOTTED_TITLES:
        return False
    before = text[max(0, word.start() - 20):word.start()]
    return not (_POST_BEFORE.search(before) or word.group() == "MS" and _STATE_AFTER_TOWN.search(before))


def _list_label(doc: Doc, token: Token, dot: int) -> bool:
    """A figure opening the text, a line or a clause ("chapters 3, 4.Three Kingdoms"), one digit after "and"
    ("1.Roads and 2.Water"), or the next number of a list begun earlier on its line ("1.Pay rise 2.Bonus") numbers an
    item of a list; a figure that ends a sentence follows a word ("in 2011.The", "Wards 12 and 14.Residents")."""
    text = doc_text(doc)
    figure = text[token.idx:dot]
    if not figure.isdigit():
        return False
    if token.i == 0 or _follows_its_item(text, token.idx, int(figure)):
        return True
    before = doc[token.i - 1]
    return (before.is_space or before.is_left_punct or before.text in (",", ":", ";")
            or before.lower_ in ("and", "or") and len(figure) == 1)


def _follows_its_item(text: str, start: int, number: int) -> bool:
    """Whether item ``number - 1`` of a list ("1.Pay") stands earlier on the line of the figure at ``start``."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return 1 < number < 100 and any(int(m[1]) == number - 1 for m in _LIST_ITEM.finditer(line))


def _join_split_titles(doc: Doc) -> None:
    """ "Smt.Lakshmi", "Hon.Okafor": the tokenizer splits the dot of a title it has no exception for from the name
    glued after it, and the parser ends a sentence there. The dot is joined back to its title ("Smt."), as the
    tokenizer writes "Dr.", where ``_after_a_title`` reads it as one, the test the capitals ("SMT.Devi") pass. A
    title is a token of its own and starts with a capital: "gov" in "example.gov.In" ends an address, and "sen" in
    "the state sen.Voters" a sentence."""
    text = doc_text(doc)
    titles = [doc[tok.i - 1:tok.i + 1] for tok in doc[1:-1]
              if tok.text == "." and not doc[tok.i - 1].whitespace_ and not tok.whitespace_
              and doc[tok.i + 1].is_title and doc[tok.i - 1].text[0].isupper()
              and doc[tok.i - 1].lower_ + "." in DOTTED_TITLES
              and _after_a_title(text, tok.idx)]
    if titles:
        with doc.retokenize() as retokenizer:
            for title in titles:
                retokenizer.merge(title)


class GluedStops(Pipe):
    """Split "2011.The" into "2011", "." and "The", and start a sentence at "The".

    An error is not caught here: ``nlp(text)`` and ``nlp.pipe`` hand it to the component's error handler.
    """

    def __init__(self, nlp: Language, name: str = NAME):
        self.name = name
        self._tokenizer = nlp.tokenizer

    def __call__(self, doc: Doc) -> Doc:
        _join_split_titles(doc)
        dots = _glued_stops(doc)
        if not dots:
            return doc
        split = set()
        with doc.retokenize() as retokenizer:
            for dot in dots:
                token = doc.char_span(dot, dot + 1, alignment_mode="expand")[0]
                if token.idx + len(token.text) == dot + 1:
                    # the stop ends its token ("a.m."): the quote glued to the word after it is a token of its own
                    token = doc[token.i + 1]
                    cut = 1 if token.text[0] in _OPENING_QUOTES and len(token.text) > 1 else 0
                else:
                    cut = dot - token.idx
                # the retokenizer splits a token once a pass: "2011.KSEB.Officials" is cut at its first glued stop only
                if token.i not in split and cut:
                    split.add(token.i)
                    words = self._pieces(token.text, cut)
                    # each piece its own head, as every token is before the parser: a head set here across the
                    # stop would be kept by the parser and join the two sentences again
                    retokenizer.split(token, words, heads=[(token, i) for i in range(len(words))])
        for dot in dots:
            after = doc.char_span(dot + 1, dot + 2, alignment_mode="expand")
            if after is not None and after[0].idx == dot + 1:
                after[0].is_sent_start = True
                if after[0].text in _OPENING_QUOTES and after.end < len(doc):
                    # the sentence opens at the quote, and the parser would open one more at its first word
                    doc[after.end].is_sent_start = False
        return doc

    def _pieces(self, text: str, at: int) -> list[str]:
        """The words of ``text`` cut before its character ``at`` (a dot, or the word after an opening quote), each
        side as the tokenizer reads it alone ("NPCI)" is "NPCI" and ")")."""
        if text[at] != ".":
            return [text[:at]] + [t.text for t in self._tokenizer(text[at:])]
        return [t.text for t in self._tokenizer(text[:at])] + ["."] + [t.text for t in self._tokenizer(text[at + 1:])]


@Language.factory(NAME, assigns=["token.orth", "token.is_sent_start"])
def make_glued_stops(nlp: Language, name: str) -> GluedStops:
    return GluedStops(nlp, name)
