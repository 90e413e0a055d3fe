"""A batch's groups read their state in a few round trips, however many of them need a baseline."""
from __future__ import annotations

from datetime import timedelta

from consumers.alerter.rules.spike import SpikeRule
from consumers.alerter.rules.state import MemoryStore, evaluate_batch
from tests.samples.alert_articles import T0, make_article

TERMS = [f"Term{i}" for i in range(6)]
OUTLETS = ["a", "b", "c", "d"]


class CountingStore(MemoryStore):
    """Counts the round trips: each ``read_many`` is one, and so is each read made on its own."""

    def __init__(self):
        super().__init__()
        self.round_trips = 0
        self._batched = False

    def read_many(self, reads):
        self.round_trips += 1
        self._batched = True
        try:
            return super().read_many(reads)
        finally:
            self._batched = False

    def first_seen(self, rule, group):
        self.round_trips += not self._batched
        return super().first_seen(rule, group)

    def bucket_counts(self, rule, group, start, end, step):
        self.round_trips += not self._batched
        return super().bucket_counts(rule, group, start, end, step)


def test_six_terms_spiking_in_one_batch_are_decided_in_three_round_trips():
    rule = SpikeRule(name="spike", type="spike", source="entities", terms=TERMS, bucket="1h", baseline=24,
                     method="ratio", ratio=6, min_count=6, min_outlets=4)
    store = CountingStore()
    quiet = [make_article("a", f"{t} {h}", "x", published_at=T0 + timedelta(hours=h), entities=[(t, "ORG")])
             for t in TERMS for h in range(0, 24, 6)]
    store.write_matches([m for ea in quiet for m in rule.match(ea)])
    burst = [make_article(OUTLETS[i % 4], f"{t} burst {i}", "x", published_at=T0 + timedelta(hours=24, minutes=i),
                          entities=[(t, "ORG")]) for t in TERMS for i in range(8)]
    new = [m for ea in burst for m in rule.match(ea)]
    store.write_matches(new)
    todo = [("spike", t.lower(), [m for m in new if m.group == t.lower()]) for t in TERMS]

    decided = evaluate_batch(store, {"spike": rule}, todo, T0 + timedelta(hours=25))

    assert [[d.action for d in decs] for decs in decided] == [["fire"]] * len(TERMS)
    # the named reads, then every term's first sighting, then every term's baseline
    assert store.round_trips == 3
