"""Consumer lag per stage, group and partition: how far each stage is behind its input."""
from __future__ import annotations

import time
from contextlib import closing
from dataclasses import dataclass

from kafka import TopicPartition
from kafka.errors import CoordinatorNotAvailableError

from newsradar.clients import kafka_admin, kafka_consumer
from newsradar.settings import Settings

STAGE_INPUTS = {"enricher": "raw", "indexer": "enriched", "alerter": "enriched", "notifier": "alerts"}


@dataclass
class PartitionLag:
    group: str
    topic: str
    partition: int
    committed: int | None
    end: int

    @property
    def lag(self) -> int:
        return self.end - (self.committed or 0)


def _committed(admin, group: str, tps: list[TopicPartition]) -> dict:
    # The broker creates its offsets topic on the first coordinator lookup, and
    # answers "coordinator not available" until that is done.
    for attempt in range(10):
        try:
            return admin.list_group_offsets({group: tps}).get(group, {})
        except CoordinatorNotAvailableError:
            time.sleep(0.5 * (attempt + 1))
    return {}


def consumer_lag(settings: Settings) -> list[PartitionLag]:
    names = settings.names
    rows = []
    # closing(): the admin client is closed too when the consumer cannot be made
    with closing(kafka_admin(settings)) as admin, closing(kafka_consumer(settings, None)) as consumer:
        for stage, attr in STAGE_INPUTS.items():
            topic = getattr(names, attr)
            parts = consumer.partitions_for_topic(topic) or set()
            tps = [TopicPartition(topic, p) for p in sorted(parts)]
            if not tps:
                continue
            ends = consumer.end_offsets(tps)
            group = names.group(stage)
            committed = _committed(admin, group, tps)
            for tp in tps:
                meta = committed.get(tp)
                offset = meta.offset if meta is not None and meta.offset >= 0 else None
                rows.append(PartitionLag(group, topic, tp.partition, offset, ends[tp]))
    return rows
