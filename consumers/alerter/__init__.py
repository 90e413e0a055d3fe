"""Alerter stage: news.enriched -> rules (rules/) -> news.alerts and the news-alerts history."""
