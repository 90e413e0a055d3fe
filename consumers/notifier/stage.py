"""news.alerts -> Slack, e-mail, webhooks, through the durable outbox (consumers/notifier/outbox.py).

``process`` (the runner's batch) writes one outbox doc per (alert, revision,
channel) of the rule's ``notify`` list and makes the first delivery attempt
at once; a failed send stays in the outbox with its next attempt time. A
retry thread in the same process (``retry_interval``) re-attempts due
deliveries, recovers the ones a dead notifier left half-done, and sends
digests; so retries never hold up the consumer, and each channel retries on
its own schedule (Slack's 429 ``Retry-After`` is honoured).
"""
from __future__ import annotations

import logging
import os
import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

from consumers.notifier.channels import Channel, build_channels
from consumers.notifier.outbox import Outbox, backoff
from consumers.runner import Item, StageResult
from newsradar.alerts_file import load_alerts_file
from newsradar.clients import es_client
from newsradar.clock import floor_time, iso, parse_time, utcnow
from newsradar.errors import ConfigError, NewsRadarError, NotifyError
from newsradar.faults import crash_point
from newsradar.schema import AlertEvent
from newsradar.settings import Settings

log = logging.getLogger(__name__)


class Notifier:
    name = "notifier"
    input_model = AlertEvent

    def __init__(self, settings: Settings, rules_file: Path | None = None, *, es=None,
                 channels: dict[str, Channel] | None = None, retry_interval: float = 1.0,
                 start_retry_thread: bool = True, max_attempts: int = 8,
                 lease: timedelta = timedelta(seconds=60)):
        self.settings = settings
        self.rules = load_alerts_file(Path(rules_file or settings.rules_file))
        self.es = es or es_client(settings)
        self.outbox = Outbox(self.es, settings.names.outbox_index)
        self.channels = channels or build_channels(settings)
        self.max_attempts = max_attempts
        self.lease = lease
        self.retry_interval = retry_interval
        self.instance = f"{os.uname().nodename}:{os.getpid()}:{id(self):x}"
        self.counts: Counter = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if start_retry_thread:
            self.start()

    # -- runner stage ----------------------------------------------------------------------
    def input_topic(self) -> str:
        return self.settings.names.alerts

    def process(self, batch: list[Item]) -> StageResult:
        result = StageResult()
        now = utcnow()
        fresh = []
        for item in batch:
            ev: AlertEvent = item.message
            try:
                rule = self.rules.get(ev.rule)
            except ConfigError as exc:
                result.failed.append((item, exc))  # replayable from the DLQ once the rule is back
                continue
            for channel in rule.notify:
                state = "queued" if rule.digest_minutes else "pending"
                created = self.outbox.create(ev, channel, state, now)
                if created is None:
                    result.counts["duplicate"] += 1   # this revision was announced before
                    continue
                result.counts[state] += 1
                if state == "pending":
                    fresh.append(created)
        crash_point("notifier.before_send")
        for doc, seq in fresh:
            result.counts[self.deliver(doc, seq)] += 1
        return result

    # -- delivery ----------------------------------------------------------------------------
    def deliver(self, doc: dict, seq) -> str:
        """One attempt at one delivery; returns the outcome label."""
        channel = self.channels.get(doc["channel"])
        try:
            rule = self.rules.get(doc["rule"])
            if channel is None:
                raise ConfigError(f"no channel named {doc['channel']!r}")
            events = [AlertEvent.model_validate(e) for e in doc["event"]["alerts"]] if doc.get("digest_of") \
                else [AlertEvent.model_validate(doc["event"])]
            message = channel.render(events, rule, doc["delivery_id"], digest=bool(doc.get("digest_of")))
        except Exception as exc:  # noqa: BLE001 - a template or config error fails this delivery only
            self.outbox.transition(doc, seq, state="failed", last_error=f"render: {exc}"[:2000])
            log.error("notifier: %s cannot be rendered: %s", doc["delivery_id"], exc)
            return "failed"
        claimed = self.outbox.transition(doc, seq, state="sending", attempts=doc["attempts"] + 1,
                                         claimed_at=iso(utcnow()), claimed_by=self.instance)
        if claimed is None:
            return "claimed_elsewhere"
        doc, seq = claimed
        try:
            channel.send(message)
        except NotifyError as exc:
            return self._failed(doc, seq, exc)
        crash_point("notifier.after_send")
        if self.outbox.transition(doc, seq, state="sent", sent_at=iso(utcnow()), last_error=None) is None:
            log.error("notifier: %s was sent but its outbox doc changed meanwhile", doc["delivery_id"])
        log.info("notifier: sent %s", doc["delivery_id"])
        return "sent"

    def _failed(self, doc: dict, seq, exc: NotifyError) -> str:
        attempts = doc["attempts"]
        if exc.permanent or attempts >= self.max_attempts:
            self.outbox.transition(doc, seq, state="failed", last_error=str(exc)[:2000])
            log.error("notifier: %s failed for good after %d attempts: %s", doc["delivery_id"], attempts, exc)
            return "failed"
        delay = exc.retry_after if exc.retry_after is not None else backoff(attempts)
        self.outbox.transition(doc, seq, state="pending", last_error=str(exc)[:2000],
                               next_attempt_at=iso(utcnow() + timedelta(seconds=delay)))
        log.warning("notifier: %s attempt %d failed, next in %.1fs: %s", doc["delivery_id"], attempts, delay, exc)
        return "retry"

    # -- the retry loop ----------------------------------------------------------------------
    def retry_due(self) -> Counter:
        """One pass: recover stale claims, send digests, re-attempt due deliveries."""
        counts: Counter = Counter()
        now = utcnow()
        for doc, seq in self.outbox.stale(now, self.lease):
            counts[self._recover(doc, seq)] += 1
        counts.update(self._digests(now))
        for doc, seq in self.outbox.due(now):
            counts[self.deliver(doc, seq)] += 1
        with self._lock:
            self.counts.update(counts)
        return counts

    def _recover(self, doc: dict, seq) -> str:
        try:
            mode = self.rules.get(doc["rule"]).delivery
        except ConfigError:
            mode = "at-most-once"
        if mode == "at-least-once":
            self.outbox.transition(doc, seq, state="pending", next_attempt_at=iso(utcnow()),
                                   last_error="notifier died during the send: sending again")
            return "redeliver"
        self.outbox.transition(doc, seq, state="unknown",
                               last_error="notifier died during the send; not resent (at-most-once)")
        log.error("notifier: %s may or may not have been delivered (the sender died); not resent",
                  doc["delivery_id"])
        return "unknown"

    def _digests(self, now) -> Counter:
        counts: Counter = Counter()
        if not any(r.digest_minutes for r in self.rules.rules):
            return counts
        self.outbox.refresh()   # searches below must see the previous pass's transitions
        queued = self.outbox.queued()
        groups: dict[tuple[str, str], list] = {}
        for doc, seq in queued:
            groups.setdefault((doc["rule"], doc["channel"]), []).append((doc, seq))
        for (rule_name, channel), items in groups.items():
            try:
                minutes = self.rules.get(rule_name).digest_minutes or 0
            except ConfigError:
                minutes = 0
            already = self.outbox.digests_containing([d["delivery_id"] for d, _ in items])
            for d, s in items:
                if d["delivery_id"] in already:
                    self.outbox.transition(d, s, state="digested")
            items = [(d, s) for d, s in items if d["delivery_id"] not in already]
            if not items:
                continue
            last = self.outbox.last_digest(rule_name, channel)
            if last and parse_time(last["created_at"]) > now - timedelta(minutes=minutes):
                continue   # at most one digest per digest_minutes
            # one id per period: two notifier instances cannot both send this period's digest
            period = floor_time(now, timedelta(minutes=minutes or 1))
            digest_id = f"digest:{rule_name}:{channel}:{iso(period)}"
            doc = {"delivery_id": digest_id, "alert_id": digest_id, "revision": 1, "channel": channel,
                   "rule": rule_name, "state": "pending", "attempts": 0, "next_attempt_at": iso(now),
                   "created_at": iso(now), "updated_at": iso(now),
                   "digest_of": [d["delivery_id"] for d, _ in items],
                   "event": {"alerts": [d["event"] for d, _ in items]}}
            created = self.outbox.create_doc(doc)
            if created is None:
                continue
            for d, s in items:
                self.outbox.transition(d, s, state="digested")
            counts["digest_" + self.deliver(*created)] += 1
        return counts

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="notifier-retry", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self.retry_interval):
            try:
                self.retry_due()
            except NewsRadarError as exc:
                log.warning("notifier: retry pass failed, trying again: %s", exc)
            except Exception:  # noqa: BLE001 - the loop must outlive one bad pass
                log.exception("notifier: retry pass crashed; continuing")

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        for ch in self.channels.values():
            ch.close()


def main(argv: list[str] | None = None) -> None:
    """``python -m consumers.notifier.stage [RULES_FILE]``: run the stage (the restart tests use this)."""
    import sys

    from consumers.runner import Runner

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    args = sys.argv[1:] if argv is None else argv
    settings = Settings()
    notifier = Notifier(settings, Path(args[0]) if args else settings.rules_file,
                        retry_interval=settings.notify_retry_interval,
                        lease=timedelta(seconds=settings.notify_lease_seconds))
    runner = Runner(notifier, settings, poll_timeout_ms=200)
    try:
        runner.run()
    finally:
        notifier.close()


if __name__ == "__main__":
    main()
