"""news.raw -> news.enriched: entities, claims, keyphrases, story and claim cluster ids.

The whole batch goes through one ``nlp.pipe`` call (inside ``Extractor``), so
the consumer runs at spaCy's own speed; the story clusterer then gives each
article its story id, and the claim clusterer each claim its cluster id (using
the story), before anything is published.
"""
from __future__ import annotations

from collections import Counter

from consumers.enricher.nlp.pipeline import Extractor
from consumers.runner import Item, Output, StageResult
from newsradar.errors import PoisonError
from newsradar.schema import Article, EnrichedArticle, encode
from newsradar.settings import Settings


class Enricher:
    name = "enricher"
    input_model = Article

    def __init__(self, settings: Settings, extractor: Extractor | None = None, clusterer=None,
                 claim_clusterer=None):
        self.settings = settings
        cfg = settings.enrich
        self.extractor = extractor or Extractor(model=cfg.model, batch_size=cfg.batch_size,
                                                n_process=cfg.n_process, max_chars=cfg.max_chars)
        self.clusterer = clusterer
        self.claim_clusterer = claim_clusterer

    def input_topic(self) -> str:
        return self.settings.names.raw

    def process(self, batch: list[Item]) -> StageResult:
        result = StageResult(counts=Counter())
        good: list[Item] = []
        for item in batch:
            size = len(item.record.value or b"")
            if size > self.settings.enrich.max_record_bytes:
                result.failed.append((item, PoisonError(
                    f"record of {size / 1e6:.1f} MB exceeds the {self.settings.enrich.max_record_bytes / 1e6:.1f} MB "
                    "limit for enrichment")))
            else:
                good.append(item)
        articles: list[Article] = [item.message for item in good]
        enrichments = self.extractor.enrich(articles)
        stories = (self.clusterer.assign(list(zip(articles, enrichments))) if self.clusterer
                   else [(None, None)] * len(articles))
        if self.claim_clusterer:
            enrichments = self.claim_clusterer.assign(
                [(a, e, story_id) for a, e, (story_id, _) in zip(articles, enrichments, stories)])
        for item, article, enrichment, (story_id, dup_of) in zip(good, articles, enrichments, stories):
            enriched = EnrichedArticle(article=article, enrichment=enrichment, story_id=story_id,
                                       near_duplicate_of=dup_of)
            headers = [("model", f"{enrichment.model or 'none'}@{enrichment.model_version or '-'}".encode())]
            result.outputs.append(Output(self.settings.names.enriched, item.record.key, encode(enriched), headers))
            result.counts["enriched" if enrichment.enriched else "skipped_language"] += 1
            result.counts["claims"] += len(enrichment.claims)
        return result
