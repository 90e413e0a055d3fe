"""The publisher's partition choice: the pool's key hash must land each article where Kafka's default
partitioner would, on news.raw and news.seen alike (the producer is faked, and what the publisher hands
kafka-python's accumulator is recorded)."""
from __future__ import annotations

from kafka.partitioner.default import DefaultPartitioner

from newsradar.settings import Settings
from producers import publish
from producers.kafka_key import key_hash
from producers.publish import Publisher


class _Cluster:
    """The cluster metadata kafka-python's partitioner reads: one topic of ``n`` partitions."""

    def __init__(self, n: int):
        self.n = n

    def topics(self):
        return {"t"}

    def partitions_for_topic(self, topic):
        return set(range(self.n))

    available_partitions_for_topic = partitions_for_topic


class _RecordingProducer:
    def __init__(self, partitions: int):
        self.partitions = set(range(partitions))
        self.sends: list[tuple[str, bytes, int]] = []

    def partitions_for(self, topic):
        return self.partitions

    def begin_transaction(self):
        pass


def test_sends_land_on_the_default_partitioners_partition_whether_hashed_in_the_pool_or_not(monkeypatch):
    ids = [f"{i:064x}" for i in range(0, 4000, 7)]
    publisher = Publisher(Settings(), enabled=False)
    publisher.producer = producer = _RecordingProducer(partitions=5)
    monkeypatch.setattr(publish, "append_records", lambda to, records: to.sends.extend(
        (topic, key, partition) for topic, partition, key, _value in records))
    # Half the entries carry the pool's hash; the others (updates under an older id) carry none.
    entries = [dict(article_id=a, value=b"{}", seen_value=b"{}", key_hash=key_hash(a) if i % 2 else None)
               for i, a in enumerate(ids)]
    publisher.send(entries)

    default, cluster = DefaultPartitioner(), _Cluster(5)
    expected = {a.encode(): default.partition("t", a, a.encode(), None, None, cluster) for a in ids}
    assert len(producer.sends) == 2 * len(ids)
    assert {(key, partition) for _, key, partition in producer.sends} == set(expected.items())
    assert len(set(expected.values())) == 5  # the keys spread over every partition
