"""A title's abbreviation dot with no name after it is a full stop.

spaCy's tokenizer keeps "Sen." (and "Gov.", "Dr.", ...) whole wherever it stands, so in
"... said the economist Amartya Sen." the small model reads the surname as the title Senator,
ends the person at "Amartya" and sees no sentence end. ``newsradar_title_dots`` (first in the
pipeline, before the model reads the tokens) splits the dot off such a token when no name
follows it, so the model reads a surname and a full stop.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from consumers.enricher.nlp.entities import TITLES
from consumers.enricher.nlp.people import next_word, opens_a_name

NAME = "newsradar_title_dots"

# The titles written with a dot ("dr.", "sen."), lower-case: the glued-stops pipe reads them too ("DR.Rao")
DOTTED_TITLES = frozenset(t for t in TITLES if t.endswith("."))


def _ends_a_sentence(doc: Doc, i: int) -> bool:
    """What follows token ``i`` is the text's end, a line break, a closing mark, or a new sentence's first word."""
    j = next_word(doc, i)
    if j == len(doc):
        return True
    nxt = doc[j]
    return nxt.is_space or nxt.is_right_punct or nxt.is_title and not opens_a_name(nxt)


class TitleDots(Pipe):
    """Split "Sen." into "Sen" and "." where the dot ends a sentence rather than a title.

    An error is not caught here: ``nlp(text)`` and ``nlp.pipe`` hand it to the component's error handler.
    """

    def __init__(self, nlp: Language, name: str = NAME):
        self.name = name
        # sorted by hash for ``searchsorted``
        self._dotted = numpy.sort(numpy.array([nlp.vocab.strings.add(t) for t in DOTTED_TITLES],
                                              dtype=numpy.uint64))

    def __call__(self, doc: Doc) -> Doc:
        # one array pass: it runs on every token of every article. A binary search in the sorted titles, not
        # ``numpy.isin``, which compares the whole Doc once per title: some 30 us an article of a feed's length
        lowers = doc.to_array(LOWER)
        at = numpy.minimum(numpy.searchsorted(self._dotted, lowers), len(self._dotted) - 1)
        found = numpy.flatnonzero(self._dotted[at] == lowers).tolist()
        ends = [doc[i] for i in found if _ends_a_sentence(doc, i)]
        if ends:
            with doc.retokenize() as retokenizer:
                for tok in ends:
                    retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
        return doc


@Language.factory(NAME, assigns=["token.orth"])
def make_title_dots(nlp: Language, name: str) -> TitleDots:
    return TitleDots(nlp, name)
