"""Faster passes over a Doc decide exactly what the per-token code they replaced decided."""
from __future__ import annotations

from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.segment import ParagraphSentencizer
from consumers.enricher.nlp.title_end import titled

TEXT = ("Covid-19 vaccine makers face scrutiny\n\nMay 29, 2020 5:00 AM\n"
        "Thirteen pre-school staff have tested positive for Covid-19 since\nscreening began, and 3 more\n"
        "Officials in al-Hasakah said 40% of the 1,200 beds were taken.\n\nthe ministry's figures,"
        " released on Monday,\n\n\nshow a rise.  A second, well-known rise came later.\n")


def _token_rule(doc) -> list[bool | None]:
    """The sentence starts as the sentencizer's former loop over Token objects set them."""
    starts: list[bool | None] = [tok.is_sent_start for tok in doc]
    for tok in doc:
        if tok.is_space and "\n" in tok.text and tok.i + 1 < len(doc):
            if "\n\n" in tok.text or not doc[tok.i + 1].is_lower:
                starts[tok.i + 1] = True
        elif tok.i > 0 and tok.is_lower and tok.is_alpha and doc[tok.i - 1].is_alpha:
            starts[tok.i] = False
    return starts


def test_sentence_starts_match_the_token_rule(extractor):
    nlp = extractor.nlp
    for text in (TEXT, "x", "two words", "\n\nlower start"):
        doc = nlp.make_doc(text)
        expected = _token_rule(doc)
        ParagraphSentencizer(nlp)(doc)
        assert [tok.is_sent_start for tok in doc] == expected, text


def test_doc_text_is_joined_once(extractor):
    doc = extractor.nlp.make_doc(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(doc) is doc_text(doc)


def test_a_titled_doc_reads_its_text_without_a_join(extractor):
    nlp = extractor.nlp
    text = "Economist honoured\n\nThe award went to the economist Amartya Sen. He was pleased, he said.\n"
    doc = nlp(titled(nlp, text, len("Economist honoured")))
    assert "Sen" in [tok.text for tok in doc]           # title_dots split "Sen." under the kept text
    assert doc_text(doc) is text                         # the very string made from: nothing joined
    assert doc.text == text

