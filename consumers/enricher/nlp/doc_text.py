"""A Doc's text, joined once, or not at all when the Doc's maker says what it was made from.

spaCy keeps no text string on a Doc: every ``doc.text`` joins the text of every token
again, a pass over the whole document that builds a Token object per word. Our
components and the Doc-to-model conversion read the text about ten times a document,
each module on its own; ``doc_text`` builds it on the first read and keeps it in the
Doc's ``user_data``, which no component changes the text under. The extractor makes its
Docs itself (``title_end.titled``) and hands over the string it tokenised (``made_from``),
so even the first read joins nothing: spaCy's tokenizer loses no character, and our
retokenizing (``title_dots``, ``glued_stops``) only splits a token's text, so that string is the Doc's text.
"""
from __future__ import annotations

from spacy.tokens import Doc

# A string key: the keys of Doc extensions in user_data are tuples, so it cannot collide with one.
_KEY = "newsradar.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def made_from(doc: Doc, text: str) -> Doc:
    """``doc``, knowing ``text`` (the string ``nlp.make_doc`` tokenised into it) as its text."""
    doc.user_data[_KEY] = text
    return doc
