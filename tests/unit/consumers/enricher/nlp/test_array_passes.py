"""Faster passes over a Doc decide exactly what the per-token code they replaced decided."""
from __future__ import annotations

from collections import Counter

import numpy
import spacy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from consumers.enricher.nlp.claim_details import _count_after_a_date
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.entities import _NAMES_AND_WORKS, TITLES, _untagged_repeats
from consumers.enricher.nlp.segment import ParagraphSentencizer, inside
from consumers.enricher.nlp.title_dots import TitleDots, _ends_a_sentence
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



def _repeats_by_token_text(doc, ents, furniture) -> list[Span]:
    """The untagged repeats as the former loop found them, reading each position's words off Token objects."""
    labels: dict[tuple[str, ...], Counter] = {}
    for ent in ents:
        words = tuple(t.text for t in ent if not (t.i == ent.start and t.lower_ == "the"))
        if ent.label_ in _NAMES_AND_WORKS and words and len(words) <= 4 and all(w[:1].isupper() for w in words):
            labels.setdefault(words, Counter())[ent.label_] += 1
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    found = list(ents)
    for n in sorted({len(words) for words in labels}, reverse=True):
        for i in range(len(doc)):
            words = tuple(t.text for t in doc[i:i + n])
            if len(words) < n or words not in labels or any(j in covered for j in range(i, i + n)) \
                    or doc[i].pos_ != "PROPN" or inside(furniture, doc[i].idx, doc[i].idx + 1):
                continue
            found.append(Span(doc, i, i + n, label=labels[words].most_common(1)[0][0]))
            covered.update(range(i, i + n))
    return sorted(found, key=lambda e: e.start)


def test_untagged_repeats_by_word_ids_match_the_token_texts():
    # a one-word name that also opens a longer one stands last: a two-word look-up there has one word only
    words = ["The", "Kyiv", "Post", "cited", "Kyiv", "officials", ".", "Kyiv", "Post", "said", "Post", "Kyiv"]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PROPN"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "B-GPE"] + ["O"] * 7
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents)
    for furniture in ([], [(0, 10)], [(0, len(doc.text))]):
        expected = _repeats_by_token_text(doc, list(doc.ents), furniture)
        found = _untagged_repeats(doc, list(doc.ents), furniture)
        assert [(e.start, e.end, e.label_) for e in found] == [(e.start, e.end, e.label_) for e in expected]
    assert [(e.text, e.start) for e in _untagged_repeats(doc, list(doc.ents), [])] == [
        ("The Kyiv Post", 0), ("Kyiv", 4), ("Kyiv Post", 7), ("Kyiv", 11)]


def _split_by_isin(nlp, doc) -> list[str]:
    """The tokens after the title-dot split as the former ``numpy.isin`` look-up found the titles."""
    dotted = numpy.array([nlp.vocab.strings.add(t) for t in sorted(TITLES) if t.endswith(".")], dtype=numpy.uint64)
    ends = [doc[i] for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), dotted)).tolist()
            if _ends_a_sentence(doc, i)]
    with doc.retokenize() as retokenizer:
        for tok in ends:
            retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return [tok.text for tok in doc]


def test_title_dots_binary_search_splits_what_isin_split(extractor):
    nlp = extractor.nlp
    titles = [t for t in sorted(TITLES) if t.endswith(".")]
    ids = [nlp.vocab.strings.add(t) for t in titles]
    # words whose ids lie past the last title's and before the first one's: the search's both ends
    past = next(w for w in (f"word{i}" for i in range(10_000)) if nlp.vocab.strings.add(w) > max(ids))
    before = next(w for w in (f"word{i}" for i in range(10_000)) if nlp.vocab.strings.add(w) < min(ids))
    # every dotted title, ending a sentence and opening a name
    text = " ".join(f"The award went to the economist Amartya {t.capitalize()} He met {t.capitalize()} Jones, "
                    f"then {t} Smith, at {t.upper()} {past} {before}" for t in titles)
    expected = _split_by_isin(nlp, nlp.make_doc(text))
    assert len(expected) > len(nlp.make_doc(text))       # some titles were split
    assert [tok.text for tok in TitleDots(nlp)(nlp.make_doc(text))] == expected
    for plain in ("", "No titles here at all.", "Sen."):
        assert [tok.text for tok in TitleDots(nlp)(nlp.make_doc(plain))] == _split_by_isin(nlp, nlp.make_doc(plain))


# A date and the count after it, as the model tags them in one entity: the figure's tokens (start, end) and label
# that ``_count_after_a_date`` cut before it asked first for two tokens and a digit; every other entity of these
# sentences (names, bare dates, lone figures, amounts) gives None.
_COUNTS_AFTER_DATES = {
    "The company said in 2021 1,200 jobs went at its Leeds plant.": [(5, 6, "CARDINAL")],
    "Police said on 3 June 45 people were arrested after the march.": [(5, 6, "CARDINAL")],
    "The ministry said by 2030 20,000 teachers would be needed in rural schools.": [(5, 6, "CARDINAL")],
    "Officials said in 2024 40% of households were behind on their rent.": [(4, 6, "PERCENT")],
    "The council said by the end of 2025 10,000 homes would be built.": [(8, 9, "CARDINAL")],
    "Firefighters said on Friday 80 people were pulled out of the flats.": [(4, 5, "CARDINAL")],
    "The health board said in March 2,400 patients waited more than a year.": [(6, 7, "CARDINAL")],
    "The trust said on Jan. 1 17 nurses joined its wards.": [(6, 7, "CARDINAL")],
    "The minister told parliament that 2 January 17 patients had been moved.": [(7, 8, "CARDINAL")],
    "Organisers said on Saturday 15,000 fans had bought tickets.": [],
    "The bank said in 2019 the figure was 3.2 billion dollars.": [],
    "The Treasury said it would spend $2.5 billion on roads by 2027.": [],
    "Mr Patel, 54, said the council had cut 300 posts since January 2022.": [],
    "Shares fell 4% on Tuesday, the exchange said.": [],
    "Angela Merkel said the European Union would stand by Ukraine.": [],
    "The Kyiv Post reported that Volodymyr Zelensky met Emmanuel Macron in Paris.": [],
    "Dr Aisha Bello of the University of Lagos said the findings were worrying.": [],
    "Between five and six thousand people marched through Glasgow, police said.": [],
    "Council leader Jo Smith said R2 500 000 had been set aside for the clinic.": [],
    "Route 66 closed for 3 hours on Monday, the state patrol said.": [],
}


def test_count_after_a_date_cuts_what_it_cut_before_its_digit_guard(extractor):
    for text, expected in _COUNTS_AFTER_DATES.items():
        doc = extractor.nlp(text)
        found = [_count_after_a_date(ent) for ent in doc.ents]
        assert [(c.start, c.end, c.label_) for c in found if c is not None] == expected, text


# Claims whose content starts at or after the plural a count before it counts (the parse hangs the count on the cue):
# the numbers as ``_count_of_the_content_subject`` read them when it found the count before testing where its plural
# stands; and look-alikes whose entity before the content counts nothing there.
_CONTENT_SUBJECT_COUNTS = {
    "Firefighters said on Friday 80 people were pulled out of the flats.": ["80"],
    "The health board said in March 2,400 patients waited more than a year.": ["2,400", "more than a year"],
    "The council said by the end of 2025 10,000 homes would be built.": ["10,000 homes"],
    "The charity said between 200 and 300 families would need help this winter.": ["200", "300"],
    "Organisers said on Saturday 15,000 fans had bought tickets.": ["15,000 fans"],
    "Mr Patel, 54, said the council had cut 300 posts since January 2022.": ["300 posts"],
    "Angela Merkel said the European Union would stand by Ukraine.": [],
    "The union said 1,500 workers would strike next month.": ["1,500 workers"],
}


def test_a_count_before_the_content_is_read_as_before(extractor):
    for text, expected in _CONTENT_SUBJECT_COUNTS.items():
        claims = extractor.extract_text(text).claims
        assert [n.text for c in claims for n in c.numbers] == expected, text
