"""Enricher stage: news.raw -> spaCy (nlp/) and story clustering (stories.py) -> news.enriched."""
