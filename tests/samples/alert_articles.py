"""Hand-built ``EnrichedArticle`` messages for tests, the latency bench and rule how-tos.

They are built without spaCy (the enricher is another stage), with just the
fields the rules read: title, body, lemmas, keyphrases, entities and claims.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from newsradar.schema import (Article, Claim, EnrichedArticle, Enrichment, Entity, Keyphrase, Span,
                              article_id_for, claim_id_for)

T0 = datetime(2023, 1, 27, 8, 0, tzinfo=timezone.utc)

# Three independent write-ups of the same story (our own words), one per outlet.
TALIBAN_STORY = [
    ("worldtribune", "Putin negotiating with Taliban to acquire U.S. arms left behind",
     "Russian leader Vladimir Putin wants some of the American military weaponry and equipment "
     "abandoned in Afghanistan, a report said. The Taliban are discussing the offer in earnest."),
    ("newsmax", "Report: Kremlin seeks Taliban-held American weapons for Ukraine war",
     "Moscow is offering recognition to the Taliban government in exchange for weapons the Russian "
     "army needs at the front, according to a Telegram channel."),
    ("dailywire", "Russia wants the weapons America left to the Taliban",
     "The Taliban possess weapons that are scarce for the Russian army, a post read. Rep. Jim Banks "
     "called it another disaster."),
    ("nypost", "Taliban may sell abandoned US arms to Russia, report says",
     "Vladimir Putin is negotiating with the Taliban for U.S. weaponry seized in Afghanistan, a former "
     "Russian intelligence officer claims."),
]

WIRE_TEXT = ("KABUL (Wire) - Heavy floods swept through three provinces of northern Afghanistan on "
             "Tuesday, killing at least forty people and destroying hundreds of homes, officials said. "
             "Rescue teams were struggling to reach remote villages cut off by the water, and the "
             "provincial governor appealed for international help with food and shelter.")


def make_article(outlet: str, title: str, body: str, *, published_at: datetime = T0, url: str | None = None,
                 story_id: str | None = None, near_duplicate_of: str | None = None,
                 entities: list[tuple[str, str]] = (), keyphrases: list[str] = (),
                 claims: list[tuple[str, str]] = (), lemmas: str | None = None) -> EnrichedArticle:
    url = url or f"https://{outlet}.example/{hashlib.sha1((title + outlet).encode()).hexdigest()[:10]}"
    aid = article_id_for(url)
    art = Article(article_id=aid, url=url, canonical_url=url, outlet=outlet, feed_id=f"{outlet}-rss",
                  feed_url=f"https://{outlet}.example/rss", title=title, body=body, published_at=published_at,
                  fetched_at=published_at + timedelta(minutes=1), language="en",
                  content_hash=hashlib.sha256((title + body).encode()).hexdigest())
    cl = [Claim(claim_id=claim_id_for(aid, i), kind="direct", speaker=spk, speaker_type="PERSON", content=txt,
                sentence=Span(start=0, end=len(txt)), content_span=Span(start=0, end=len(txt)), rule="sample",
                confidence=0.9 - i * 0.1) for i, (spk, txt) in enumerate(claims)]
    enr = Enrichment(language="en", enriched=True, model="samples", model_version="1",
                     entities=[Entity(label=lab, canonical=name) for name, lab in entities],
                     keyphrases=[Keyphrase(text=k, lemma=k.lower(), score=1.0) for k in keyphrases],
                     claims=cl, lemmas=lemmas if lemmas is not None else f"{title} {body}".lower())
    return EnrichedArticle(article=art, enrichment=enr, story_id=story_id, near_duplicate_of=near_duplicate_of)


def taliban_story(outlets: int = 3, *, start: datetime = T0, step: timedelta = timedelta(hours=2),
                  story_id: str | None = "story-taliban-arms") -> list[EnrichedArticle]:
    out = []
    for i, (outlet, title, body) in enumerate(TALIBAN_STORY[:outlets]):
        out.append(make_article(outlet, title, body, published_at=start + i * step, story_id=story_id,
                                entities=[("Taliban", "ORG"), ("Vladimir Putin", "PERSON"), ("Russia", "GPE")],
                                claims=[("Jim Banks", "It just goes to show what a disaster this has been."),
                                        ("General SVR", "The Taliban are discussing the proposals in earnest.")]))
    return out
