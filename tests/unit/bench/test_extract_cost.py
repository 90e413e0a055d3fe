"""bench/extract_cost.py: ``split_cpu`` gives each pipe and the conversion the CPU it spent itself, batch
by batch as ``nlp.pipe`` runs them, so a part's cost is not the difference of two noisy passes."""
from __future__ import annotations

import time
from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from bench.extract_cost import _print_split, split_cpu

_SLOW_S = 0.02


def _spin(seconds: float) -> None:
    deadline = time.process_time() + seconds
    while time.process_time() < deadline:
        pass


def _slow(doc: Doc) -> Doc:
    _spin(_SLOW_S)
    return doc


def _fast(doc: Doc) -> Doc:
    return doc


class _Batched:
    """A pipe with its own ``pipe``, as spaCy's trainable pipes have: it must be handed whole batches."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def __call__(self, doc: Doc) -> Doc:
        raise AssertionError("a pipe with a pipe method is run on batches")

    def pipe(self, docs, batch_size: int = 128):
        docs = list(docs)
        self.batches.append(len(docs))
        return iter(docs)


def test_extract_cost_split_cpu_times_each_part_by_itself_in_batches():
    blank = spacy.blank("en")
    batched = _Batched()
    # the pipeline's (name, pipe) pairs are all split_cpu reads of the Language
    nlp = SimpleNamespace(pipeline=[("fast", _fast), ("slow", _slow), ("batched", batched)])
    texts = [f"Text {i} of the test." for i in range(5)]
    converted: list[tuple[str, int]] = []

    def convert(doc: Doc, item: int) -> None:
        _spin(_SLOW_S / 2)
        converted.append((doc.text, item))

    spent = split_cpu(nlp, ((blank.make_doc(t), i) for i, t in enumerate(texts)), convert, batch_size=2)

    assert set(spent) == {"fast", "slow", "batched", "conversion"}
    assert spent["slow"] >= 5 * _SLOW_S
    assert spent["conversion"] >= 5 * _SLOW_S / 2
    # the slow pipe's and the conversion's time is theirs, not their neighbours'
    assert spent["fast"] < _SLOW_S and spent["batched"] < _SLOW_S
    assert batched.batches == [2, 2, 1]
    assert converted == [(t, i) for i, t in enumerate(texts)]


def test_extract_cost_split_pipes_the_doc_the_enricher_pipes(capsys):
    """The split times each pipe on the Doc ``Extractor.enrich`` builds (``unparsed``: the title's end and the item's
    form marked), not on one built apart, which would leave a review's, a recipe's or a listing's mark out."""
    blank = spacy.blank("en")
    seen: list[Doc] = []

    def record(doc: Doc) -> Doc:
        seen.append(doc)
        return doc

    def unparsed(article, text: str, title_end: int) -> Doc:
        doc = blank.make_doc(text)
        doc.user_data["form"] = article
        return doc

    articles = ["review", "news"]
    extractor = SimpleNamespace(
        # make_doc as the real Language has it, so a Doc built apart from ``unparsed`` fails on its missing form
        nlp=SimpleNamespace(pipeline=[("record", record)], make_doc=blank.make_doc), batch_size=2, unparsed=unparsed,
        prepared=lambda a: (f"Text of the {a}.", 0), skipped=lambda a, lang: None,
        enrichment_of=lambda doc, a, text, end: None)

    _print_split(extractor, articles, ["en", "en"], ["record", "conversion"], repeat=1)

    assert [d.user_data.get("form") for d in seen] == articles
    assert "ours" in capsys.readouterr().out
