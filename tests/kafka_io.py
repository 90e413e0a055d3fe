"""Reading and writing the pipeline's topics from tests, through the real broker."""
from __future__ import annotations

from cli.verify import read_topic
from newsradar.clients import kafka_producer
from newsradar.schema import AlertEvent, Article, EnrichedArticle, decode, encode
from newsradar.settings import Settings


def publish_enriched(settings: Settings, articles: list[EnrichedArticle]) -> None:
    producer = kafka_producer(settings)
    try:
        for ea in articles:
            producer.send(settings.names.enriched, key=ea.article.article_id.encode(), value=encode(ea))
        producer.flush()
    finally:
        producer.close()


def publish_raw_in_order(settings: Settings, articles: list[Article]) -> None:
    """``articles`` on ``news.raw``, all on partition 0: one consumer batch holds them in this order."""
    producer = kafka_producer(settings)
    try:
        for a in articles:
            producer.send(settings.names.raw, key=a.article_id.encode(), value=encode(a), partition=0)
        producer.flush()
    finally:
        producer.close()


def read_alerts(settings: Settings) -> list[AlertEvent]:
    """Every alert event on news.alerts, from the beginning to its current end."""
    return [decode(AlertEvent, r.value) for r in read_topic(settings, settings.names.alerts)]
