"""The one poll -> process -> produce -> commit loop that every consumer stage runs in.

A stage knows nothing of Kafka: it gets a batch of decoded messages and
returns what to publish and which records were poison. The runner owns the
rest, in this order, so that nothing is lost and a replay writes nothing twice:

1. poll a batch; records that cannot be decoded are poison at once;
2. ``stage.process(batch)``; a ``TransientError`` (ES or broker away) means:
   rewind to the batch's first offsets, back off, try again, commit nothing;
   a one-shot drain (``until_idle``) without ``max_seconds`` gives up once the batch
   has failed for ``drain_give_up_s`` since its first failure in a row (a failed poll, a
   broker lost, counts on the same clock) and raises
   ``StalledError``, still committing nothing, where a long-running stage waits for as
   long as it takes and a caller's ``max_seconds`` is the only limit (an index made
   from an older template fails every record alike until someone runs ``newsradar up``);
   a ``WorkerLostError`` (a process of the stage died) stops the runner, committing
   nothing; any other exception means: retry each record alone, so one bad record
   is dead-lettered and the rest of the batch goes on;
3. publish the outputs and the dead letters, and flush (durable first);
4. commit, per partition, the offset after the batch's last record.

A stage whose ``process`` mostly waits on I/O (the indexer: bulk requests in flight)
sets ``overlap_next_poll``: its batch is processed on a worker thread while this loop
polls and decodes the next one, and that next batch is handed over only once the
previous one is published and committed. Batches stay in order and the commit still
follows success; a failed batch rewinds both batches, as a failed batch alone would.
A rebalance during that next poll hands the batch in flight to whichever member owns
its partitions now, which reads it again from the last commit: its outputs are then
dropped unpublished and both batches rewound, so nothing is published twice.
A stage may also define ``prefetch(items)``: it gets each batch as soon as it is
decoded, before the batch in flight is done, to start work that needs no order (the
enricher hands the texts to its spaCy process); ``process`` still comes in order.

Every outcome is counted once under a status label.
"""
from __future__ import annotations

import logging
import signal
import time
import traceback
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from kafka import ConsumerRebalanceListener, OffsetAndMetadata, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError
from pydantic import BaseModel

from consumers.young_gc import young_gc_threshold
from newsradar.clients import kafka_admin, kafka_consumer, kafka_producer, topic_partitions
from newsradar.errors import NewsRadarError, PoisonError, StalledError, TransientError, WorkerLostError
from newsradar.schema import decode
from newsradar.settings import Settings

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 30.0
ASSIGNMENT_TIMEOUT_S = 60.0
METADATA_WAIT_S = 15.0
# The longest gap one outage leaves between two failed reads: the longest backoff, then an idle
# drain's end-offsets request timing out (kafka-python's 30 s request timeout), and slack for
# the empty polls in between. Failures further apart are two outages, whatever answered between.
OUTAGE_GAP_S = MAX_BACKOFF_S + 30.0 + 30.0
ERROR_HEADER_CHARS = 2000


@dataclass
class Item:
    record: ConsumerRecord
    message: BaseModel | dict         # dict: from a stage's own decode_record


@dataclass
class Output:
    topic: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class StageResult:
    outputs: list[Output] = field(default_factory=list)
    failed: list[tuple[Item, Exception]] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


class _Rebalances(ConsumerRebalanceListener):
    """Counts the rebalances that took this member's partitions (called inside ``poll``)."""

    def __init__(self):
        self.seen = 0

    def on_partitions_revoked(self, revoked) -> None:
        self.seen += 1

    def on_partitions_assigned(self, assigned) -> None:
        pass


@dataclass
class _Batch:
    """One poll, decoded: what to process, what is poison already, and where to commit."""
    records: list[ConsumerRecord]
    items: list[Item]
    dead: list[Output]
    # Positions read right after the poll: the next poll moves them, and a position also
    # steps over the transaction markers behind a batch's last record.
    positions: dict[TopicPartition, int]
    rebalances: int            # the group's rebalances this member had seen when the batch was polled


class Stage(Protocol):
    """``overlap_next_poll = True`` (optional) asks the runner to poll the next batch meanwhile;
    ``output_compression`` (optional) is the codec of what it publishes (the producers' default: gzip);
    ``output_batch_bytes`` (optional) is its producer's batch size (kafka-python's default: 16 kB);
    ``young_gc_threshold`` (optional) raises the collector's generation 0 threshold while it runs
    (``consumers.young_gc``: for a stage whose batches are many acyclic objects);
    ``decode_record(raw)`` (optional) replaces ``schema.decode`` into ``input_model``, raising ``PoisonError``;
    ``prefetch(items)`` (optional) gets each decoded batch before the one in flight is finished."""

    name: str
    input_model: type[BaseModel]

    def input_topic(self) -> str: ...

    def process(self, batch: list[Item]) -> StageResult: ...


def dead_letter(stage: str, dlq_topic: str, record: ConsumerRecord, exc: BaseException,
                attempt: int = 1) -> Output:
    """The original bytes, untouched, with headers that say where and why it failed."""
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else "?"
    headers = [
        ("stage", stage.encode()),
        ("error_class", exc.__class__.__name__.encode()),
        ("error", str(exc)[:ERROR_HEADER_CHARS].encode("utf-8", "replace")),
        ("attempt", str(attempt).encode()),
        ("origin", f"{record.topic}:{record.partition}:{record.offset}".encode()),
        ("where", where.encode()),
    ]
    return Output(dlq_topic, record.key, record.value if record.value is not None else b"", headers)


class Runner:
    def __init__(self, stage: Stage, settings: Settings, *, batch_size: int = 200,
                 poll_timeout_ms: int = 500, group: str | None = None,
                 on_batch: Callable[[Counter], None] | None = None):
        self.stage = stage
        self.settings = settings
        self.names = settings.names
        self.batch_size = batch_size
        self.poll_timeout_ms = poll_timeout_ms
        self.group = group or self.names.group(stage.name)
        self.dlq_topic = self.names.dlq(stage.name)
        self.counts: Counter = Counter()
        self.on_batch = on_batch
        self._stop = False
        self._consumer = None
        self._producer = None
        self._unassigned_since: float | None = None
        # Transient failures in a row, of reading Kafka and of the batch being retried; a drain
        # gives up on both together, so the message tells them apart.
        self._failed_reads = 0
        self._failed_tries = 0
        self._failing_since: float | None = None   # when the first of them happened
        self._failing_batch: list[ConsumerRecord] | None = None   # the batch failing, if not the polls
        self._last_failure: float | None = None    # when the latest of them happened
        self._rebalances = _Rebalances()
        self.overlap = bool(getattr(stage, "overlap_next_poll", False))

    def request_stop(self, *_args) -> None:
        self._stop = True

    def _connect(self) -> None:
        self._consumer = kafka_consumer(self.settings, self.group, self.stage.input_topic(),
                                        max_poll_records=self.batch_size, **self._session_tuning())
        try:
            self._producer = kafka_producer(self.settings, **self._producer_options())
            self._await_topic_metadata()
            self._consumer.subscribe([self.stage.input_topic()], listener=self._rebalances)
        except BaseException:
            self.close()
            raise

    def _producer_options(self) -> dict:
        options = {"compression_type": getattr(self.stage, "output_compression", None),
                   "batch_size": getattr(self.stage, "output_batch_bytes", None)}
        return {name: value for name, value in options.items() if value is not None}

    def _await_topic_metadata(self, wait_s: float = METADATA_WAIT_S) -> None:
        """Know the input topic's partitions before the first poll joins the group.

        A group leader whose metadata lacks the topic yet assigns nobody anything, and kafka-python
        only notices at its next metadata refresh (five minutes by default): a stage started just
        after its topics were made sat idle (seen in the suite as a runner that never read its input).
        """
        topic_partitions(self._consumer, self.stage.input_topic(), wait_s)

    def _session_tuning(self) -> dict:
        """A short session (``kafka_session_timeout_ms``) lets a restarted process rejoin its group at once.

        The 5 s metadata refresh goes with it: kafka-python can assign nothing when the topic was
        created a moment before the consumer joined, and would otherwise only notice after 5 minutes.
        """
        ms = self.settings.kafka_session_timeout_ms
        if not ms:
            return {}
        return {"session_timeout_ms": ms, "heartbeat_interval_ms": max(100, ms // 6), "metadata_max_age_ms": 5000}

    def run(self, *, until_idle: bool = False, idle_polls: int = 3, max_seconds: float | None = None) -> Counter:
        """Consume until stopped; with ``until_idle``, return once the input is drained."""
        with young_gc_threshold(getattr(self.stage, "young_gc_threshold", None)):
            return self._consume(until_idle, idle_polls, max_seconds)

    def _consume(self, until_idle: bool, idle_polls: int, max_seconds: float | None) -> Counter:
        if not until_idle:
            signal.signal(signal.SIGTERM, self.request_stop)
            signal.signal(signal.SIGINT, self.request_stop)
        started = time.monotonic()
        # A caller's own max_seconds is its limit, as for any other slow drain: a budget under
        # it would cut short the tests and benches that wait out a loaded machine.
        give_up_s = self.settings.drain_give_up_s if until_idle and not max_seconds else None
        self._reset_failures()
        empty_polls = 0
        backoff = 1.0
        pool = ThreadPoolExecutor(1, thread_name_prefix=f"{self.stage.name}-batch") if self.overlap else None
        prefetch = getattr(self.stage, "prefetch", None)
        inflight: tuple[_Batch, Future] | None = None
        self._connect()
        try:
            while not self._stop:
                if max_seconds and time.monotonic() - started > max_seconds:
                    break
                try:
                    records = self._poll(inflight[1] if inflight else None)
                except KafkaError as exc:
                    # kafka-python 3 raises a lost broker out of poll (finding the group's
                    # coordinator): the stage waits it out, as it does a failed batch.
                    backoff = self._poll_failed(backoff, give_up_s, exc)
                    continue
                if records:
                    # Records show the broker answers; an empty poll does not (kafka-python
                    # returns one while it cannot reach the broker).
                    self._broker_answered()
                batch = self._decode(records) if records else None
                if batch is not None and prefetch is not None:
                    prefetch(batch.items)
                unfinished = failing = records
                try:
                    if inflight is not None:
                        previous, future = inflight
                        inflight = None
                        unfinished = previous.records + records
                        failing = previous.records       # the batch in flight; records were read ahead
                        self._finish(previous, future.result())
                    if batch is not None and pool is None:
                        self._finish(batch, self._process(batch.items))
                    if self._failing_batch is None:
                        # Back to 1 s on any loop with no batch failing, even while failed polls
                        # still count towards a drain's budget: an outage's long waits must not
                        # carry over to the next blip. Not while a batch fails: with overlap, the
                        # loop that re-reads it finishes nothing, and would put every wait back to 1 s.
                        backoff = 1.0
                except (TransientError, KafkaError) as exc:
                    self._rewind(unfinished)
                    self._count_failure(failing, give_up_s, exc)
                    backoff = self._wait_out(backoff, "retried_batches", "transient failure, retrying batch", exc)
                    continue
                if batch is None:
                    self._check_assignment()
                    empty_polls += 1
                    if until_idle and empty_polls >= idle_polls:
                        try:
                            drained = self._drained()
                        except KafkaError as exc:
                            # A broker lost while the drain is idle shows here: its end offsets
                            # time out (the poll before came back empty, not raising). Only this
                            # call: a rejoin that fails in _check_assignment leaves no consumer
                            # to poll again.
                            backoff = self._poll_failed(backoff, give_up_s, exc)
                            continue
                        if drained:
                            break
                    continue
                empty_polls = 0
                if pool is not None:
                    inflight = (batch, pool.submit(self._process, batch.items))
            if inflight is not None:
                self._finish_last(*inflight)
                inflight = None
        except WorkerLostError as exc:
            log.critical("%s: stopping, the batches in flight are not committed and will be read again: %s",
                         self.stage.name, exc)
            raise
        finally:
            if pool is not None:
                pool.shutdown(wait=True)
            self.close()
        return self.counts

    def _reset_failures(self) -> None:
        """No transient failure in a row: its counts, its first and last times and its failing batch go together."""
        self._failed_reads = 0
        self._failed_tries = 0
        self._failing_since = None
        self._failing_batch = None
        self._last_failure = None

    def _broker_answered(self) -> None:
        """The broker answered: a run of failed reads ends. Not while a batch fails: it is polled again after its
        rewind, which leaves it unread, so only its going through ends its run."""
        if self._failing_batch is None:
            self._reset_failures()

    def _count_failure(self, records: list[ConsumerRecord] | None, give_up_s: float | None, exc: Exception) -> None:
        """One more transient failure in a row, of a poll (``records`` None) or of the batch ``records``.

        Polls and batches share one clock, so a drain whose broker goes away while a batch is
        failing gives up when the batch's budget ends, not when a second budget would.
        """
        now = time.monotonic()
        if self._failing_batch is None and self._last_failure is not None \
                and now - self._last_failure > OUTAGE_GAP_S:
            self._reset_failures()
        if records is None:
            self._failed_reads += 1
        else:
            self._failed_tries += 1
            self._failing_batch = records
        if self._failing_since is None:
            self._failing_since = now
        self._last_failure = now
        if give_up_s and now - self._failing_since >= give_up_s:
            raise self._stalled(now - self._failing_since, exc, reading=records is None) from exc

    def _stalled(self, seconds: float, exc: Exception, reading: bool) -> StalledError:
        """Blame what failed last, Kafka or the batch, with each one's own count of failures."""
        over = f"over {seconds:.0f} s"
        where = None if self._failing_batch is None else ", ".join(
            f"{topic}[{partition}] offsets {lo}-{hi}"
            for (topic, partition), (lo, hi) in sorted(_offset_ranges(self._failing_batch).items()))
        if reading:
            failed = f"{_times(self._failed_reads)} in a row {over}; nothing is committed" if where is None else (
                f"{_times(self._failed_reads)} while a batch ({where}) was failing ({_times(self._failed_tries)}), "
                f"{over} in all; nothing is committed, the next run reads the batch again")
            return StalledError(f"{self.stage.name}: gave up reading {self.stage.input_topic()} from Kafka at "
                                f"{self.settings.kafka_bootstrap}, which failed {failed}. "
                                "Start Kafka with `make up` (or `newsradar up`), or set NEWSRADAR_KAFKA_BOOTSTRAP. "
                                f"Last error: {exc}")
        reads = f" (reading Kafka failed {_times(self._failed_reads)} meanwhile)" if self._failed_reads else ""
        return StalledError(f"{self.stage.name}: gave up on a batch ({where}) that failed "
                            f"{_times(self._failed_tries)} in a row {over}{reads}; nothing of it is committed, "
                            f"the next run reads it again. Last error: {exc}")

    def _poll_failed(self, backoff: float, give_up_s: float | None, exc: KafkaError) -> float:
        """Count a failure to read from Kafka, which a drain may give up on, and wait it out."""
        self._count_failure(None, give_up_s, exc)
        return self._wait_out(backoff, "failed_polls", "polling failed, polling again", exc)

    def _wait_out(self, backoff: float, counter: str, what: str, exc: Exception) -> float:
        """Log and count a failure, sleep ``backoff``; returns the next, doubled, backoff."""
        log.warning("%s: %s in %.0fs: %s", self.stage.name, what, backoff, exc)
        self.counts[counter] += 1
        time.sleep(backoff)
        return min(backoff * 2, MAX_BACKOFF_S)

    def _poll(self, inflight: Future | None) -> list[ConsumerRecord]:
        """One poll; while a batch is in flight, poll again until records come or it is done.

        A fetch that misses one poll timeout would otherwise leave the in-flight batch's
        wait unused, and the next batch would be fetched only after it.
        """
        while True:
            polled = self._consumer.poll(timeout_ms=self.poll_timeout_ms, max_records=self.batch_size)
            records = [r for part in polled.values() for r in part]
            if records or inflight is None or inflight.done() or self._stop:
                return records

    def _finish_last(self, batch: _Batch, future: Future) -> None:
        """On stop, the batch in flight is awaited and committed; a transient failure leaves it for the replay."""
        try:
            self._finish(batch, future.result())
        except (TransientError, KafkaError) as exc:
            log.warning("%s: the last batch failed on stop and will be read again: %s", self.stage.name, exc)

    def _check_assignment(self) -> None:
        """Rejoin when the group should have given us partitions long ago but has not.

        kafka-python 3.0 consumers sometimes stop heartbeating right after a
        join and never receive an assignment; such a stage would look alive and
        do nothing. A member of a group no larger than the topic's partition
        count always gets a partition, so one waiting longer than
        ``ASSIGNMENT_TIMEOUT_S`` for it is stuck and reconnects.
        """
        if self._consumer.assignment():
            self._unassigned_since = None
            return
        now = time.monotonic()
        if self._unassigned_since is None:
            self._unassigned_since = now
            return
        if now - self._unassigned_since < ASSIGNMENT_TIMEOUT_S:
            return
        partitions = len(self._consumer.partitions_for_topic(self.stage.input_topic()) or ())
        members = self._group_size()
        if members is not None and members > partitions:
            self._unassigned_since = now
            return
        log.warning("%s: no partitions assigned after %.0fs (group of %s, %d partitions); reconnecting",
                    self.stage.name, now - self._unassigned_since, members, partitions)
        self.counts["rejoins"] += 1
        self.close()
        self._connect()
        self._unassigned_since = None

    def _group_size(self) -> int | None:
        try:
            admin = kafka_admin(self.settings)
        except NewsRadarError:
            return None
        try:
            described = admin.describe_groups([self.group]).get(self.group) or {}
            return len(described.get("members") or [])
        except KafkaError:
            return None
        finally:
            admin.close()

    def _drained(self) -> bool:
        """Every assigned partition read to its end; the broker's answer also ends a run of failed reads."""
        assigned = self._consumer.assignment()
        if not assigned:
            return False
        ends = self._consumer.end_offsets(list(assigned))
        self._broker_answered()
        return all(self._consumer.position(tp) >= ends[tp] for tp in assigned)

    def _rewind(self, records: list[ConsumerRecord]) -> None:
        assigned = self._consumer.assignment()
        for tp, (offset, _) in _offset_ranges(records).items():
            # A partition lost in a rebalance is re-read from its committed offset by its new owner.
            if tp in assigned:
                self._consumer.seek(tp, offset)

    def _decode(self, records: list[ConsumerRecord]) -> _Batch:
        items, dead = [], []
        parse = getattr(self.stage, "decode_record", None) or (lambda raw: decode(self.stage.input_model, raw))
        for r in records:
            try:
                items.append(Item(r, parse(r.value)))
            except PoisonError as exc:
                dead.append(dead_letter(self.stage.name, self.dlq_topic, r, exc))
        assigned = self._consumer.assignment()
        partitions = {TopicPartition(r.topic, r.partition) for r in records}
        positions = {tp: self._consumer.position(tp) for tp in partitions if tp in assigned}
        return _Batch(records, items, dead, positions, self._rebalances.seen)

    def _finish(self, batch: _Batch, result: StageResult) -> None:
        if batch.rebalances != self._rebalances.seen:
            raise TransientError("the group rebalanced while the batch was processed; its records are read "
                                 "again from the last commit, by whichever member owns them now")
        dead = batch.dead + [dead_letter(self.stage.name, self.dlq_topic, it.record, exc) for it, exc in result.failed]
        self._publish(result.outputs + dead)
        self._commit(batch)
        # Reset here, not on any quiet loop: a poll right after a rewind may come back empty.
        self._reset_failures()
        result.counts["dead_lettered"] += len(dead)
        result.counts["consumed"] += len(batch.records)
        self.counts.update(result.counts)
        for d in dead:
            log.error("%s: dead-lettered %s: %s", self.stage.name, dict(d.headers).get("origin", b"").decode(),
                      dict(d.headers).get("error", b"").decode())
        if self.on_batch:
            self.on_batch(self.counts)

    def _process(self, items: list[Item]) -> StageResult:
        if not items:
            return StageResult()
        try:
            return self.stage.process(items)
        except (TransientError, WorkerLostError):
            raise
        except Exception:  # noqa: BLE001 - which record broke it is found below
            log.exception("%s: batch failed; retrying its %d records one by one", self.stage.name, len(items))
        merged = StageResult()
        for item in items:
            try:
                one = self.stage.process([item])
            except (TransientError, WorkerLostError):
                raise
            except Exception as exc:  # noqa: BLE001 - the record is dead-lettered with its error
                merged.failed.append((item, exc))
                continue
            merged.outputs += one.outputs
            merged.failed += one.failed
            merged.counts.update(one.counts)
        return merged

    def _publish(self, outputs: list[Output]) -> None:
        if not outputs:
            return
        futures = [self._producer.send(o.topic, key=o.key, value=o.value, headers=o.headers or None)
                   for o in outputs]
        self._producer.flush()
        for fut in futures:
            try:
                fut.get(timeout=0)
            except KafkaError as exc:
                raise TransientError(f"publishing failed: {exc}") from exc

    def _commit(self, batch: _Batch) -> None:
        last: dict[TopicPartition, int] = {}
        for r in batch.records:
            tp = TopicPartition(r.topic, r.partition)
            last[tp] = max(last.get(tp, -1), r.offset)
        # The whole poll is one batch, so the position is just past its last record,
        # and also past a transaction marker behind it; committing "last + 1" would
        # leave every transactional partition with a false lag of one.
        offsets = {tp: max(off + 1, batch.positions.get(tp, 0)) for tp, off in last.items()}
        self._consumer.commit({tp: OffsetAndMetadata(off, "", -1) for tp, off in offsets.items()})

    def close(self) -> None:
        if self._producer is not None:
            self._producer.flush()
            self._producer.close()
            self._producer = None
        if self._consumer is not None:
            self._consumer.close()
            self._consumer = None


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def _offset_ranges(records: list[ConsumerRecord]) -> dict[TopicPartition, tuple[int, int]]:
    """Each partition's lowest and highest offset among ``records``, partitions in the order the records name them."""
    ranges: dict[TopicPartition, tuple[int, int]] = {}
    for r in records:
        tp = TopicPartition(r.topic, r.partition)
        lo, hi = ranges.get(tp, (r.offset, r.offset))
        ranges[tp] = (min(lo, r.offset), max(hi, r.offset))
    return ranges
