"""consumers/runner.py: the consumer options the shared loop takes from Settings."""
from __future__ import annotations

import gc
from collections import Counter

import pytest
from kafka.errors import KafkaTimeoutError, UnknownTopicOrPartitionError

from consumers.runner import Runner
from consumers.young_gc import young_gc_threshold
from newsradar.clients import topic_partitions
from newsradar.errors import TransientError, WorkerLostError
from newsradar.schema import Article
from newsradar.settings import Settings


class _Stage:
    name = "enricher"
    input_model = Article

    def input_topic(self) -> str:
        return "unit.news.raw"

    def process(self, batch):  # pragma: no cover - never polled here
        raise AssertionError


def test_a_short_session_set_in_the_environment_reaches_the_consumer(monkeypatch):
    monkeypatch.setenv("NEWSRADAR_KAFKA_SESSION_TIMEOUT_MS", "6000")
    assert Runner(_Stage(), Settings())._session_tuning() == {
        "session_timeout_ms": 6000, "heartbeat_interval_ms": 1000, "metadata_max_age_ms": 5000}


def test_without_it_kafkas_defaults_stand(monkeypatch):
    monkeypatch.delenv("NEWSRADAR_KAFKA_SESSION_TIMEOUT_MS", raising=False)
    assert Runner(_Stage(), Settings())._session_tuning() == {}


def _producer_config(stage) -> dict:
    """The options the runner gives its producer for this stage, read off a real connection."""
    runner = Runner(stage, Settings())
    try:
        runner._connect()
        return dict(runner._producer.config)
    finally:
        runner.close()


@pytest.mark.kafka
def test_the_enricher_publishes_in_its_codec_and_other_stages_in_the_default():
    from consumers.enricher.stage import Enricher  # noqa: PLC0415 - loads spaCy's pipeline code

    class Enriching(_Stage):
        output_compression = Enricher.output_compression

    for stage, codec in ((Enriching(), "lz4"), (_Stage(), "gzip")):
        assert _producer_config(stage)["compression_type"] == codec


@pytest.mark.kafka
def test_the_enricher_publishes_in_batches_that_hold_many_of_its_records_and_other_stages_in_the_default():
    from consumers.enricher.stage import Enricher  # noqa: PLC0415 - loads spaCy's pipeline code

    class Enriching(_Stage):
        output_batch_bytes = Enricher.output_batch_bytes

    # An enriched record is some 8 kB: a batch must hold dozens of them, not one or two.
    assert Enricher.output_batch_bytes >= 64 * 8 * 1024
    for stage, size in ((Enriching(), Enricher.output_batch_bytes), (_Stage(), 16 * 1024)):
        assert _producer_config(stage)["batch_size"] == size


class _SlowFetch:
    """A consumer whose fetch misses the first polls: empty answers, then a record."""

    def __init__(self, empty_polls: int):
        self.empty_polls = empty_polls
        self.polls = 0

    def poll(self, timeout_ms, max_records):
        self.polls += 1
        return {} if self.polls <= self.empty_polls else {"tp": ["record"]}


def test_a_poll_behind_a_batch_in_flight_waits_for_records_while_that_batch_runs():
    from concurrent.futures import Future  # noqa: PLC0415

    runner = Runner(_Stage(), Settings())
    runner._consumer = _SlowFetch(empty_polls=2)
    assert runner._poll(Future()) == ["record"]
    assert runner._consumer.polls == 3


def test_without_a_batch_in_flight_or_once_it_is_done_an_empty_poll_returns():
    from concurrent.futures import Future  # noqa: PLC0415

    runner = Runner(_Stage(), Settings())
    runner._consumer = _SlowFetch(empty_polls=2)
    assert runner._poll(None) == []
    done = Future()
    done.set_result(None)
    assert runner._poll(done) == []
    assert runner._consumer.polls == 2


class _LateMetadata:
    """A consumer that learns the topic's partitions on its ``known_at``-th metadata call."""

    def __init__(self, known_at: int):
        self.known_at = known_at
        self.calls = 0

    def partitions_for_topic(self, topic):
        self.calls += 1
        return {0, 1, 2} if self.calls >= self.known_at else set()


def test_the_runner_waits_for_its_topics_partitions_before_the_first_poll():
    runner = Runner(_Stage(), Settings())
    runner._consumer = _LateMetadata(known_at=3)
    runner._await_topic_metadata(wait_s=5)
    assert runner._consumer.calls == 3


def test_a_topic_that_never_shows_up_is_waited_for_a_bounded_time():
    runner = Runner(_Stage(), Settings())
    runner._consumer = _LateMetadata(known_at=10**6)
    runner._await_topic_metadata(wait_s=0.5)
    assert 2 <= runner._consumer.calls <= 5


class _SlowMetadata(_LateMetadata):
    """A consumer whose first metadata request times out, as on a loaded broker."""

    def partitions_for_topic(self, topic):
        if self.calls == 0:
            self.calls += 1
            raise KafkaTimeoutError("metadata request timed out")
        return super().partitions_for_topic(topic)


def test_a_metadata_request_that_times_out_is_asked_again_within_the_wait():
    assert topic_partitions(_SlowMetadata(known_at=2), "unit.news.raw", wait_s=5) == {0, 1, 2}


class _UnknownAtFirst(_LateMetadata):
    """A consumer whose first metadata answer names the topic unknown, as kafka-python raises it for a topic not
    made yet."""

    def partitions_for_topic(self, topic):
        if self.calls == 0:
            self.calls += 1
            raise UnknownTopicOrPartitionError(topic)
        return super().partitions_for_topic(topic)


def test_a_topic_answered_unknown_is_asked_again_within_the_wait():
    assert topic_partitions(_UnknownAtFirst(known_at=2), "unit.news.raw", wait_s=5) == {0, 1, 2}


class _Closable:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


def test_a_connect_that_fails_after_its_consumer_is_made_closes_that_consumer(monkeypatch):
    consumer = _Closable()
    monkeypatch.setattr("consumers.runner.kafka_consumer", lambda *a, **kw: consumer)

    def unreachable(*a, **kw):
        raise KafkaTimeoutError("no broker")

    monkeypatch.setattr("consumers.runner.kafka_producer", unreachable)
    runner = Runner(_Stage(), Settings())
    with pytest.raises(KafkaTimeoutError):
        runner._connect()
    assert consumer.closed and runner._consumer is None


class _Bulky(_Stage):
    young_gc_threshold = 123_456


def test_a_stage_that_asks_for_it_runs_with_rarer_young_collections_and_leaves_them_as_found(monkeypatch):
    seen = []

    def consume(runner, *_args):
        seen.append(gc.get_threshold())
        if len(seen) == 2:
            raise RuntimeError("a stage that dies")
        return Counter()
    monkeypatch.setattr(Runner, "_consume", consume)
    found = gc.get_threshold()
    Runner(_Bulky(), Settings()).run(until_idle=True)
    with pytest.raises(RuntimeError):
        Runner(_Bulky(), Settings()).run(until_idle=True)
    Runner(_Stage(), Settings()).run(until_idle=True)
    assert seen == [(123_456, *found[1:]), (123_456, *found[1:]), found]
    assert gc.get_threshold() == found


def test_runners_sharing_a_process_put_the_threshold_back_when_the_last_one_stops():
    found = gc.get_threshold()
    first, second = young_gc_threshold(50_000), young_gc_threshold(50_000)
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == 50_000      # the second runner is still running
    second.__exit__(None, None, None)
    assert gc.get_threshold() == found


def test_the_indexer_asks_for_it():
    from consumers.indexer.stage import Indexer  # noqa: PLC0415
    assert Indexer.young_gc_threshold > gc.get_threshold()[0]


def test_the_enricher_asks_for_it():
    from consumers.enricher.stage import Enricher  # noqa: PLC0415
    assert Enricher.young_gc_threshold > gc.get_threshold()[0]


class _LosesItsWorker(_Stage):
    def __init__(self):
        self.calls = 0

    def process(self, batch):
        self.calls += 1
        raise WorkerLostError("the stage's spaCy process died")


def test_a_lost_worker_is_raised_at_once_not_taken_for_bad_records_retried_one_by_one():
    stage = _LosesItsWorker()
    with pytest.raises(WorkerLostError):
        Runner(stage, Settings())._process([object(), object(), object()])
    assert stage.calls == 1, "the batch was retried record by record, to dead-letter each record"


class _Recording:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda *args, **kwargs: self.calls.append(name)


def test_a_batch_polled_before_a_rebalance_is_neither_published_nor_committed_after_it():
    from consumers.runner import StageResult, _Batch

    runner = Runner(_Stage(), Settings())
    runner._producer, runner._consumer = _Recording(), _Recording()
    batch = _Batch(records=[], items=[], dead=[], positions={}, rebalances=runner._rebalances.seen)
    runner._rebalances.on_partitions_revoked(set())      # the next poll's rebalance, while the batch ran
    with pytest.raises(TransientError, match="rebalanced"):
        runner._finish(batch, StageResult())
    assert runner._producer.calls == [] and runner._consumer.calls == []


class _BrokerDownOnce:
    """A consumer whose first poll raises what kafka-python raises while the broker is away."""

    def __init__(self, runner):
        self.runner = runner
        self.polls = 0

    def poll(self, timeout_ms, max_records):
        from kafka.errors import KafkaConnectionError  # noqa: PLC0415

        self.polls += 1
        if self.polls == 1:
            raise KafkaConnectionError("111 ECONNREFUSED")
        self.runner.request_stop()
        return {}

    def assignment(self):
        return {"tp"}

    def close(self):
        pass


def test_a_broker_lost_during_a_poll_is_waited_out_not_fatal(monkeypatch):
    runner = Runner(_Stage(), Settings())
    consumer = _BrokerDownOnce(runner)
    monkeypatch.setattr(runner, "_connect", lambda: setattr(runner, "_consumer", consumer))
    monkeypatch.setattr("consumers.runner.time.sleep", lambda seconds: None)
    counts = runner.run(until_idle=True)
    assert consumer.polls == 2, "the stage did not poll again after the broker came back"
    assert counts["failed_polls"] == 1


class _Records:
    """A consumer holding ``n`` records on one partition: served until committed past, rewound by ``seek``."""

    def __init__(self, n: int = 1):
        from kafka import TopicPartition  # noqa: PLC0415

        self.tp = TopicPartition("unit.news.raw", 0)
        self.n = n
        self.at = 0
        self.committed = None

    def poll(self, timeout_ms, max_records):
        from types import SimpleNamespace  # noqa: PLC0415

        offsets = range(self.at, min(self.n, self.at + max_records))
        self.at += len(offsets)
        return {self.tp: [SimpleNamespace(topic=self.tp.topic, partition=0, offset=o, key=b"k", value=b"{}")
                          for o in offsets]} if offsets else {}

    def assignment(self):
        return {self.tp}

    def position(self, tp):
        return self.at

    def seek(self, tp, offset):
        self.at = offset

    def end_offsets(self, partitions):
        return {tp: self.n for tp in partitions}

    def commit(self, offsets):
        self.committed = offsets

    def close(self):
        pass


class _FailsAtFirst(_Stage):
    """A stage whose batches raise what an index made from an older template raises: the first ``failures``
    of them, or all those before the fake clock reaches ``until_s``."""

    def __init__(self, failures: int = 10**6, until_s: float | None = None):
        self.failures = failures
        self.until_s = until_s
        self.calls = 0
        self.clock = [0.0]

    def decode_record(self, raw):
        return {"raw": raw}

    def process(self, batch):
        from consumers.runner import StageResult  # noqa: PLC0415

        self.calls += 1
        if self.calls <= self.failures and (self.until_s is None or self.clock[0] < self.until_s):
            raise TransientError("Elasticsearch writing claim signatures: the index lacks a field "
                                 "(run `newsradar up` to apply the current templates)")
        return StageResult()


def _runner_on_records(monkeypatch, stage, n: int = 1, batch_size: int = 200,
                       **settings) -> tuple[Runner, _Records, list[float]]:
    """A runner on ``n`` records whose sleeps only advance a fake clock, ``stage.clock``."""
    runner = Runner(stage, Settings(**settings), batch_size=batch_size)
    consumer = _Records(n)
    monkeypatch.setattr(runner, "_connect", lambda: setattr(runner, "_consumer", consumer))
    waits: list[float] = []

    def sleep(seconds):
        waits.append(seconds)
        stage.clock[0] += seconds
        if len(waits) > 50:
            raise AssertionError("still retrying the same batch after 50 attempts: a one-shot drain that hangs")
    monkeypatch.setattr("consumers.runner.time.sleep", sleep)
    monkeypatch.setattr("consumers.runner.time.monotonic", lambda: stage.clock[0])
    return runner, consumer, waits


def _stop_after_the_first_batch(monkeypatch, runner: Runner) -> None:
    """A long-running stage, stopped once a batch has gone through (and leaving the test's signals alone)."""
    finish = runner._finish

    def finish_then_stop(batch, result):
        finish(batch, result)
        runner.request_stop()
    monkeypatch.setattr(runner, "_finish", finish_then_stop)
    monkeypatch.setattr("consumers.runner.signal.signal", lambda *args: None)


def test_a_drain_gives_up_once_the_batch_has_failed_for_its_time_budget_and_commits_none_of_it(monkeypatch):
    from newsradar.errors import StalledError  # noqa: PLC0415

    stage = _FailsAtFirst()
    runner, consumer, waits = _runner_on_records(monkeypatch, stage)
    with pytest.raises(StalledError) as raised:
        runner.run(until_idle=True)
    # Failures at 0, 1, 3, 7, 15, 31, 61, 91 and 121 s: the ninth is past the default 120 s.
    assert Settings().drain_give_up_s == 120
    assert stage.calls == 9 and sum(waits) == 121
    assert consumer.committed is None, "the batch given up on was committed: it would be lost"
    assert consumer.at == 0, "the batch was not rewound"
    text = str(raised.value)
    assert "failed 9 times in a row over 121 s" in text and "unit.news.raw[0] offsets 0-0" in text
    assert "nothing of it is committed" in text
    assert "run `newsradar up`" in text, "the cause's advice is lost"
    assert isinstance(raised.value.__cause__, TransientError)


def test_a_drain_takes_its_time_budget_from_the_settings(monkeypatch):
    from newsradar.errors import StalledError  # noqa: PLC0415

    stage = _FailsAtFirst()
    runner, _consumer, _waits = _runner_on_records(monkeypatch, stage, drain_give_up_s=3)
    with pytest.raises(StalledError):
        runner.run(until_idle=True)
    assert stage.calls == 3            # failures at 0, 1 and 3 s


def test_a_drain_rides_out_a_blip_shorter_than_its_budget_and_commits_the_batch(monkeypatch):
    stage = _FailsAtFirst(until_s=80)   # ES answering 429 for 80 s: longer than 5 tries, shorter than 120 s
    runner, consumer, waits = _runner_on_records(monkeypatch, stage)
    counts = runner.run(until_idle=True)
    assert waits == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert counts["retried_batches"] == 7 and counts["consumed"] == 1
    assert consumer.committed[consumer.tp].offset == 1


def test_a_drain_with_its_own_max_seconds_never_gives_up_before_it(monkeypatch):
    stage = _FailsAtFirst(until_s=300)
    runner, consumer, _waits = _runner_on_records(monkeypatch, stage)
    counts = runner.run(until_idle=True, max_seconds=600)
    assert counts["consumed"] == 1 and consumer.committed[consumer.tp].offset == 1


def test_the_long_running_stage_keeps_waiting_past_the_drains_budget(monkeypatch):
    stage = _FailsAtFirst(failures=8)   # 1+2+4+8+16+30+30+30 = 121 s of waiting
    runner, consumer, _waits = _runner_on_records(monkeypatch, stage)
    _stop_after_the_first_batch(monkeypatch, runner)
    counts = runner.run()
    assert stage.calls == 9 and counts["retried_batches"] == 8
    assert consumer.committed[consumer.tp].offset == 1


class _OverlappingFailsAtFirst(_FailsAtFirst):
    overlap_next_poll = True


@pytest.mark.parametrize("stage_class", [_FailsAtFirst, _OverlappingFailsAtFirst])
def test_a_batch_failing_again_and_again_is_retried_ever_more_slowly(monkeypatch, stage_class):
    stage = stage_class(failures=4)
    runner, consumer, waits = _runner_on_records(monkeypatch, stage)
    runner.run(until_idle=True)
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert consumer.committed[consumer.tp].offset == 1


def test_an_overlapping_drain_that_gives_up_names_the_failing_batch_not_the_one_read_ahead(monkeypatch):
    from newsradar.errors import StalledError  # noqa: PLC0415

    stage = _OverlappingFailsAtFirst()
    runner, _consumer, _waits = _runner_on_records(monkeypatch, stage, n=2, batch_size=1, drain_give_up_s=3)
    with pytest.raises(StalledError) as raised:
        runner.run(until_idle=True)
    assert "unit.news.raw[0] offsets 0-0)" in str(raised.value), str(raised.value)


def test_a_drain_run_again_after_giving_up_gets_its_budget_afresh(monkeypatch):
    from newsradar.errors import StalledError  # noqa: PLC0415

    stage = _FailsAtFirst()
    runner, consumer, _waits = _runner_on_records(monkeypatch, stage, drain_give_up_s=3)
    for _run in range(2):
        with pytest.raises(StalledError):
            runner.run(until_idle=True)
        consumer.at = 0                  # the next run reads the batch again from its committed offset
    assert stage.calls == 6


class _BrokerAway(_Records):
    """A consumer whose poll raises what kafka-python raises while the broker is away (finding the group's
    coordinator) until the fake clock reaches each of ``back_at`` in turn; once back, one poll answers before
    the next outage."""

    def __init__(self, clock: list[float], back_at: list[float], n: int = 1):
        super().__init__(n)
        self.clock = clock
        self.back_at = list(back_at)
        self.failed_polls = 0

    def poll(self, timeout_ms, max_records):
        from kafka.errors import KafkaConnectionError  # noqa: PLC0415

        if self.back_at and self.clock[0] < self.back_at[0]:
            self.failed_polls += 1
            raise KafkaConnectionError("111 ECONNREFUSED")
        if self.back_at:
            self.back_at.pop(0)
        return super().poll(timeout_ms, max_records)


def _runner_while_broker_away(monkeypatch, stage, back_at: list[float], **settings) -> tuple[Runner, _BrokerAway]:
    runner, _records, _waits = _runner_on_records(monkeypatch, stage, **settings)
    consumer = _BrokerAway(stage.clock, back_at)
    monkeypatch.setattr(runner, "_connect", lambda: setattr(runner, "_consumer", consumer))
    return runner, consumer


class _Passes(_FailsAtFirst):
    def __init__(self):
        super().__init__(failures=0)


class _OverlappingPasses(_Passes):
    overlap_next_poll = True


def test_a_drain_gives_up_on_polls_failing_for_its_time_budget_naming_the_broker_and_the_fix(monkeypatch):
    from kafka.errors import KafkaConnectionError  # noqa: PLC0415
    from newsradar.errors import StalledError  # noqa: PLC0415

    stage = _Passes()
    runner, consumer = _runner_while_broker_away(monkeypatch, stage, back_at=[10**6],
                                                 kafka_bootstrap="127.0.0.1:19092")
    with pytest.raises(StalledError) as raised:
        runner.run(until_idle=True)
    # Failed polls at 0, 1, 3, 7, 15, 31, 61, 91 and 121 s: the ninth is past the default 120 s.
    assert consumer.failed_polls == 9 and stage.clock[0] == 121
    text = str(raised.value)
    assert text.startswith("enricher: ") and "unit.news.raw" in text and "127.0.0.1:19092" in text, text
    assert "failed 9 times in a row over 121 s" in text and "`make up`" in text, text
    assert isinstance(raised.value.__cause__, KafkaConnectionError)
    assert consumer.committed is None


def test_a_drain_whose_broker_goes_away_while_it_is_idle_gives_up_within_its_budget(monkeypatch):
    from kafka.errors import KafkaTimeoutError as Timeout  # noqa: PLC0415
    from newsradar.errors import StalledError  # noqa: PLC0415

    class EndOffsetsTimeOut(_Records):
        """kafka-python's poll comes back empty while the broker is away; asking for end offsets times out."""

        def end_offsets(self, partitions):
            raise Timeout("Failed to get offsets by timestamps in 30000 ms")

    stage = _Passes()
    runner, _records, _waits = _runner_on_records(monkeypatch, stage, drain_give_up_s=10)
    consumer = EndOffsetsTimeOut(0)
    monkeypatch.setattr(runner, "_connect", lambda: setattr(runner, "_consumer", consumer))
    with pytest.raises(StalledError, match="gave up reading unit.news.raw from Kafka") as raised:
        runner.run(until_idle=True)
    assert isinstance(raised.value.__cause__, Timeout)


def test_a_poll_that_answers_between_failed_polls_gives_the_drain_its_budget_afresh(monkeypatch):
    # Overlapping, so that the batch polled in between is finished only after the second outage:
    # what ends the first run of failures is the poll that answered, not a batch that went through.
    stage = _OverlappingPasses()
    runner, consumer = _runner_while_broker_away(monkeypatch, stage, back_at=[100, 200])
    counts = runner.run(until_idle=True)
    # Out from 0 to 121 s and from 121 to 212 s: 121 s in all, each outage shorter than the budget.
    assert stage.clock[0] == 212 and counts["failed_polls"] == 15
    assert counts["consumed"] == 1 and consumer.committed[consumer.tp].offset == 1


def test_the_long_running_stage_waits_for_its_broker_past_the_drains_budget(monkeypatch):
    stage = _Passes()
    runner, consumer = _runner_while_broker_away(monkeypatch, stage, back_at=[300])
    _stop_after_the_first_batch(monkeypatch, runner)
    counts = runner.run()
    assert stage.clock[0] >= 300 and counts["failed_polls"] == consumer.failed_polls == 14
    assert consumer.committed[consumer.tp].offset == 1


def test_a_drain_with_its_own_max_seconds_waits_for_its_broker_until_then(monkeypatch):
    stage = _Passes()
    runner, consumer = _runner_while_broker_away(monkeypatch, stage, back_at=[300])
    counts = runner.run(until_idle=True, max_seconds=600)
    assert counts["consumed"] == 1 and consumer.committed[consumer.tp].offset == 1


class _Timeline(_Records):
    """``n`` records on a fake clock (``clock[0]``): each poll takes its timeout, raises what kafka-python
    raises while ``down(t)``, and hands out records only from ``arrive_at`` on."""

    def __init__(self, clock: list[float], n: int = 1, down=lambda t: False, arrive_at: float = 0.0):
        super().__init__(n)
        self.clock = clock
        self.down = down
        self.arrive_at = arrive_at

    def poll(self, timeout_ms, max_records):
        from kafka.errors import KafkaConnectionError  # noqa: PLC0415

        if self.down(self.clock[0]):
            raise KafkaConnectionError("111 ECONNREFUSED")
        self.clock[0] += timeout_ms / 1000
        return super().poll(timeout_ms, max_records) if self.clock[0] >= self.arrive_at else {}


def _runner_on_timeline(monkeypatch, stage, **timeline) -> tuple[Runner, _Timeline, list[float]]:
    runner, _records, waits = _runner_on_records(monkeypatch, stage)
    consumer = _Timeline(stage.clock, **timeline)
    monkeypatch.setattr(runner, "_connect", lambda: setattr(runner, "_consumer", consumer))
    return runner, consumer, waits


def test_a_batch_failing_after_a_broker_blip_is_retried_from_1_s_not_from_the_blips_last_wait(monkeypatch):
    stage = _FailsAtFirst(failures=2)     # Elasticsearch answers 429 twice to the record arriving at 100 s
    runner, consumer, waits = _runner_on_timeline(monkeypatch, stage, down=lambda t: 10 <= t < 20, arrive_at=100)
    _stop_after_the_first_batch(monkeypatch, runner)
    counts = runner.run()
    assert waits == [1.0, 2.0, 4.0, 8.0, 1.0, 2.0], waits
    assert counts["failed_polls"] == 4 and counts["retried_batches"] == 2
    assert consumer.committed[consumer.tp].offset == 1


def test_a_rejoin_whose_connect_fails_raises_that_error_not_a_crash_on_a_closed_consumer(monkeypatch):
    from kafka.errors import KafkaConnectionError  # noqa: PLC0415

    class Unassigned(_Timeline):
        """The kafka-python 3 member that never gets its partition: the runner rejoins after 60 s."""

        def assignment(self):
            return set()

        def partitions_for_topic(self, topic):
            return {0}

    stage = _Passes()
    runner, _records, _waits = _runner_on_records(monkeypatch, stage)
    consumer = Unassigned(stage.clock)
    connects = []

    def connect():
        connects.append(stage.clock[0])
        if len(connects) > 1:            # the rejoin: close() has run, and the broker is gone meanwhile
            raise KafkaConnectionError("metadata: broker gone during rejoin")
        runner._consumer = consumer
    monkeypatch.setattr(runner, "_connect", connect)
    monkeypatch.setattr(runner, "_group_size", lambda: 1)
    with pytest.raises(KafkaConnectionError, match="broker gone during rejoin"):
        runner.run(until_idle=True)
    assert len(connects) == 2 and connects[1] >= 60


def test_a_broker_that_answers_the_idle_drain_between_blips_starts_its_failures_afresh(monkeypatch):
    # Four half-second blips, 55 s apart, 165 s from first to last, while the drain waits for a record
    # the end offsets promise: no outage is longer than the budget, and the end offsets answer in between.
    stage = _Passes()
    runner, consumer, _waits = _runner_on_timeline(
        monkeypatch, stage, down=lambda t: any(at <= t < at + 0.5 for at in (5, 60, 115, 170)), arrive_at=300)
    counts = runner.run(until_idle=True)
    assert counts["failed_polls"] == 4 and counts["consumed"] == 1
    assert consumer.committed[consumer.tp].offset == 1


def test_blips_further_apart_than_an_outage_leaves_between_failures_start_a_drains_failures_afresh(monkeypatch):
    class Rebalancing(_Timeline):
        """No partition until 201 s: the end offsets are never asked, only polls show the broker."""

        def assignment(self):
            return {self.tp} if self.clock[0] >= 201 else set()

    stage = _Passes()
    runner, _records, _waits = _runner_on_records(monkeypatch, stage)
    consumer = Rebalancing(stage.clock, down=lambda t: 5 <= t < 5.5 or 200 <= t < 201)
    monkeypatch.setattr(runner, "_connect", lambda: setattr(runner, "_consumer", consumer))
    monkeypatch.setattr(runner, "_check_assignment", lambda: None)   # a rebalance, not a stuck member
    counts = runner.run(until_idle=True)
    assert counts["failed_polls"] == 2 and counts["consumed"] == 1


def test_a_drain_whose_broker_goes_away_while_its_batch_fails_gives_up_on_one_clock_blaming_the_broker(monkeypatch):
    from kafka.errors import KafkaConnectionError  # noqa: PLC0415
    from newsradar.errors import StalledError  # noqa: PLC0415

    stage = _FailsAtFirst(until_s=60)      # Elasticsearch fails the batch for 60 s, the broker is away 20-130 s
    runner, consumer, _waits = _runner_on_timeline(monkeypatch, stage, down=lambda t: 20 <= t < 130)
    runner.settings.kafka_bootstrap = "127.0.0.1:19092"
    with pytest.raises(StalledError) as raised:
        runner.run(until_idle=True)
    # The batch fails at 0.5, 2, 4.5, 9 and 17.5 s, the polls at 33.5, 63.5, 93.5 and 123.5 s:
    # 123 s after the first failure, past the 120 s budget though the broker was away only 103 s.
    assert stage.calls == 5 and stage.clock[0] == 123.5
    text = str(raised.value)
    assert "gave up reading unit.news.raw from Kafka at 127.0.0.1:19092, which failed 4 times" in text, text
    assert "while a batch (unit.news.raw[0] offsets 0-0)" in text, text
    assert "was failing (5 times), over 123 s in all" in text and "`make up`" in text, text
    assert isinstance(raised.value.__cause__, KafkaConnectionError)
    assert consumer.committed is None


def test_a_drain_giving_up_on_its_batch_counts_the_batchs_tries_apart_from_the_failed_reads(monkeypatch):
    from newsradar.errors import StalledError  # noqa: PLC0415

    stage = _FailsAtFirst()                # Elasticsearch fails the batch throughout, the broker is away 20-70 s
    runner, _consumer, _waits = _runner_on_timeline(monkeypatch, stage, down=lambda t: 20 <= t < 70)
    with pytest.raises(StalledError) as raised:
        runner.run(until_idle=True)
    # The batch fails at 0.5, 2, 4.5, 9, 17.5, 94 and 124 s, the polls at 33.5 and 63.5 s.
    assert stage.calls == 7
    text = str(raised.value)
    assert "that failed 7 times in a row over 124 s (reading Kafka failed 2 times meanwhile)" in text, text
