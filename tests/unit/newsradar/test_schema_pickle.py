"""newsradar/schema.py: a message comes back from a pickle (the enricher's spaCy process) as it went."""
from __future__ import annotations

import pickle
from datetime import UTC, datetime

from newsradar.schema import Article, Claim, Entity, Enrichment, Mention, Span


def test_a_message_and_the_messages_inside_it_come_back_from_a_pickle_as_they_went():
    claim = Claim(claim_id="c1", kind="direct", speaker="Ann Lee", speaker_type="PERSON", content="Taxes will rise.",
                  sentence=Span(start=0, end=30), content_span=Span(start=12, end=28), rule="quote", confidence=0.8)
    sent = Enrichment(language="en", enriched=True, claims=[claim],
                      entities=[Entity(label="PERSON", canonical="Ann Lee", mentions=[Mention(text="Lee", start=5, end=8)])])
    back = pickle.loads(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == sent and back.model_dump_json() == sent.model_dump_json()
    # Which fields were set is kept too: model_dump(exclude_unset=True) reads it.
    for a, b in ((back, sent), (back.claims[0], claim), (back.entities[0].mentions[0], sent.entities[0].mentions[0])):
        assert type(a) is type(b) and a.model_fields_set == b.model_fields_set
    assert back.model_copy(update={"language": "de"}).language == "de" and back.language == "en"

    now = datetime(2026, 12, 4, tzinfo=UTC)
    article = Article(article_id="a", url="u", canonical_url="u", outlet="o", feed_id="f", feed_url="fu", title="t",
                      published_at=now, fetched_at=now, content_hash="h")
    again = pickle.loads(pickle.dumps(article))
    assert again == article and again.text == "t" and again.model_fields_set == article.model_fields_set
