"""The enricher's rules on the parent's core: the spaCy child ships parsed Docs, the parent finishes them.

The child (``extract_process``) is the enricher's bottleneck, on a CPU almost all of its window, while the
parent mostly waits on Kafka and Elasticsearch on the other core. So the child runs only the model and the pipes
before ``RULE_PIPES`` (``Extractor.parse``) and sends each chunk's Docs as one ``DocBin``; the parent reads them
into its own vocabulary, inside a spaCy memory zone that takes the chunk's new words away with it, and runs the
rules and the Doc-to-model conversion (``Extractor.finish``), giving the Enrichments ``Extractor.enrich`` gives. The DocBin carries every token attribute the parse set and the Docs'
``user_data``: the marks the extractor set before the pipes (title end, item form, the text) and what the pipes
before the rules wrote to ``doc._`` (the dateline). Not the tensor, which no rule reads: it would be most of the bytes.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from consumers.enricher.nlp.pipeline import Extractor, build_rules_nlp
from newsradar.schema import Article, Enrichment


def packed(docs) -> bytes:
    """The child's side: ``docs`` (``Extractor.parse``'s) as the bytes it sends."""
    shipped = DocBin(store_user_data=True)
    for doc in docs:
        shipped.add(doc)
    return shipped.to_bytes()


def unpacked(data: bytes, vocab: Vocab) -> list[Doc]:
    """The parent's side: the Docs ``packed`` sent, their strings added to ``vocab`` (for the memory zone open
    around the call, in ``ParentRules.finish``)."""
    return list(DocBin(store_user_data=True).from_bytes(data).get_docs(vocab))


class ParentRules:
    """``finish(articles, parsed)``: the Enrichments of a chunk from what the child's ``Extractor.parse`` shipped."""

    def __init__(self, model: str, batch_size: int):
        self._extractor = Extractor(model=model, batch_size=batch_size, build=build_rules_nlp)
        # The stage finishes chunks on its one worker thread, but a Future-like's result may be asked on any thread
        # (a test's, a caller's): two must not run spaCy's pipes on the same vocabulary at the same time.
        self._lock = threading.Lock()

    def finish(self, articles: Sequence[Article], parsed: tuple[list, list, bytes]) -> list[Enrichment]:
        results, todo, data = parsed
        # Each chunk's Docs add their new words (names, figures) to the vocabulary for the life of the process: some
        # 4,400 strings and 3.8 MB of RSS per 1,000 corpus articles, not levelling off by 2,000. In a memory zone they
        # go with the chunk; the Enrichments are plain Python by then, and no rule keeps a Doc or a word's id.
        with self._lock, self._extractor.nlp.memory_zone():
            return self._extractor.finish(articles, results, todo, unpacked(data, self.vocab))

    @property
    def vocab(self) -> Vocab:
        return self._extractor.nlp.vocab
