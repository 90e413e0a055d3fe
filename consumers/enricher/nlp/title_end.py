"""Where the title ends in the text the extractor joins ("title\n\nbody").

The extractor knows whether an article has a title; the components that treat a headline apart
run inside ``nlp.pipe`` and see only the Doc, so the offset rides in the Doc's ``user_data``
(kept across ``n_process>1``). A Doc made without it (a test's ``nlp(text)``) has no known title.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from consumers.enricher.nlp.doc_text import made_from

# A string key: the keys of Doc extensions in user_data are tuples, so it cannot collide with one.
_KEY = "newsradar.title_end"


def titled(nlp: Language, text: str, title_end: int) -> Doc:
    """The unprocessed Doc of ``text``, carrying where its title ends (0: no title)."""
    doc = made_from(nlp.make_doc(text), text)
    doc.user_data[_KEY] = title_end
    return doc


def title_end(doc: Doc) -> int | None:
    """Where the title ends, 0 for a text with none, None when the Doc was made without it."""
    return doc.user_data.get(_KEY)
