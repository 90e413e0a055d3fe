"""A Doc's text, joined once.

spaCy keeps no text string on a Doc: every ``doc.text`` joins the text of every token
again, a pass over the whole document that builds a Token object per word. Our
components and the Doc-to-model conversion read the text about ten times a document,
each module on its own; ``doc_text`` builds it on the first read and keeps it in the
Doc's ``user_data``, which no component changes the text under.
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
