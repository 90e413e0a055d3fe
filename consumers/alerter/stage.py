"""news.enriched -> news.alerts: runs the rules of configs/alerts.yaml on every article.

Per batch:

1. every active rule's ``match`` on every article (in the consumer: no
   percolator, and the indexer may not have written the article yet);
2. the matches are written to ``news-rule-matches`` (id = rule, group,
   article: a replay writes nothing new) and refreshed;
3. each (rule, group) that got a match is evaluated against the stored matches
   and alerts, all groups' read in one msearch: fire (create
   ``news-alerts/<alert_id>``, ``op_type=create``), escalate (replace it with
   ``if_seq_no``), or re-announce (a replay); the writes go in one bulk;
4. the alert events are returned as outputs for ``news.alerts`` (key =
   alert_id); the runner publishes them before committing.

A crash between 3 and 4 is healed by the replay of the batch: the alert exists,
the article is one of its own, so its current revision is announced again;
the notifier's outbox (one doc per alert, revision and channel) makes the
second announcement send nothing that was already sent.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from pathlib import Path
from typing import ClassVar

from consumers.alerter.rules import RulesFile, load_rules
from consumers.alerter.rules.base import Decision, MatchDoc
from consumers.alerter.rules.state import EsStore, apply_decision, evaluate_batch
from consumers.runner import Item, Output, StageResult
from newsradar.clients import es_client
from newsradar.clock import utcnow
from newsradar.errors import TransientError
from newsradar.faults import crash_point
from newsradar.schema import AlertEvent, EnrichedArticle, encode
from newsradar.settings import Settings

log = logging.getLogger(__name__)

MAX_CONFLICT_RETRIES = 5


def alert_event(doc: dict) -> AlertEvent:
    return AlertEvent.model_validate({k: v for k, v in doc.items() if k in AlertEvent.model_fields})


class Alerter:
    name = "alerter"
    input_model = EnrichedArticle
    # A batch is mostly waits on Elasticsearch (a bulk, a few searches, a bulk): poll the next meanwhile.
    overlap_next_poll: ClassVar[bool] = True

    def __init__(self, settings: Settings, rules_file: Path | None = None, *, es=None, store=None):
        self.settings = settings
        self.rules_file = Path(rules_file or settings.rules_file)
        self.rules: RulesFile = load_rules(self.rules_file)
        self.es = es or es_client(settings)
        names = settings.names
        self.store = store or EsStore(self.es, names.matches_index, names.alerts_index)

    def input_topic(self) -> str:
        return self.settings.names.enriched

    def process(self, batch: list[Item]) -> StageResult:
        result = StageResult()
        rules = {r.name: r for r in self.rules.active}
        docs = self._match(batch, rules, result)
        self.store.write_matches(docs)
        for doc in self._decide(docs, rules, result.counts):
            event = alert_event(doc)
            result.outputs.append(Output(self.settings.names.alerts, event.alert_id.encode(), encode(event)))
        crash_point("alerter.before_publish")
        return result

    @staticmethod
    def _match(batch: list[Item], rules: dict, result: StageResult) -> list[MatchDoc]:
        docs: list[MatchDoc] = []
        for item in batch:
            ea: EnrichedArticle = item.message
            try:
                found = [m for r in rules.values() for m in r.match(ea)]
            except Exception as exc:  # noqa: BLE001 - one bad article is dead-lettered, not the batch
                result.failed.append((item, exc))
                continue
            result.counts["matched" if found else "unmatched"] += 1
            docs += found
        return docs

    def _decide(self, docs: list[MatchDoc], rules: dict, counts: Counter) -> list[dict]:
        """The alert documents to announce, in the order of (rule, group) first matched in the batch."""
        new: dict[tuple[str, str], list[MatchDoc]] = defaultdict(list)
        for d in docs:
            new[(d.rule, d.group)].append(d)
        now = utcnow()
        todo = [(rule_name, group, ms) for (rule_name, group), ms in new.items()]
        # Groups never read each other's matches or alerts, so evaluating them all against the state
        # before the batch's alert writes decides what evaluating them one after another would.
        plans = [(rules[name], g, ms, decs)
                 for (name, g, ms), decs in zip(todo, evaluate_batch(self.store, rules, todo, now))]
        writes = [d for *_, decs in plans for d in decs if d.action != "replay"]
        written = iter(self.store.apply_all(writes))
        out = []
        for rule, group, ms, decs in plans:
            if not all([next(written) for d in decs if d.action != "replay"]):
                counts["conflicts"] += 1   # another alerter changed this group's alert: decide it again
                out += self._settle(rule, group, ms, now, counts)
                continue
            for dec in decs:
                counts[dec.action] += 1
                if dec.action != "update":
                    out.append(dec.alert)
                    self._announce(dec)
        return out

    def _settle(self, rule, group: str, ms: list[MatchDoc], now, counts: Counter) -> list[dict]:
        """Evaluate and apply, re-evaluating when another alerter changed the alert meanwhile."""
        for _ in range(MAX_CONFLICT_RETRIES):
            out, conflict = [], False
            for dec in rule.evaluate(self.store, group, ms, now):
                applied = self._apply(dec)
                if applied is None:
                    conflict = True
                    break
                counts[dec.action] += 1
                if dec.action != "update":
                    out.append(applied)
                    self._announce(dec)
            if not conflict:
                return out
            counts["conflicts"] += 1
        raise TransientError(f"rule {rule.name}: alert kept changing under us ({MAX_CONFLICT_RETRIES} tries)")

    def _apply(self, dec: Decision) -> dict | None:
        return dec.alert if apply_decision(self.store, dec) else None

    @staticmethod
    def _announce(dec: Decision) -> None:
        a = dec.alert
        line = (f"ALERT {dec.action} {a['rule']} rev {a['revision']} [{a['alert_id'][:12]}] "
                f"{len(a['outlets'])} outlets ({', '.join(a['outlets'])}): {a['headline']}")
        log.warning(line) if dec.action != "replay" else log.info(line)


def main(argv: list[str] | None = None) -> None:
    """``python -m consumers.alerter.stage [RULES_FILE]``: run the stage (the restart tests use this)."""
    import sys

    from consumers.runner import Runner
    from newsradar.settings import Settings as _Settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    args = sys.argv[1:] if argv is None else argv
    settings = _Settings()
    rules_file = Path(args[0]) if args else settings.rules_file
    runner = Runner(Alerter(settings, rules_file), settings,
                    batch_size=settings.alert_batch, poll_timeout_ms=200)
    runner.run()


if __name__ == "__main__":
    main()
