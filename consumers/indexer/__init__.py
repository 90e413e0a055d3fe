"""Indexer stage: news.enriched -> Elasticsearch news-articles and news-claims."""
