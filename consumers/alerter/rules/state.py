"""Where rule state lives: matches and alerts in Elasticsearch (live) or in memory (backtest).

Both stores offer the same small interface to ``RuleBase.evaluate``:
``matches``, ``distinct_outlets``, ``bucket_counts``, ``alerts``; the alerter
alone calls ``write_matches``, ``create_alert`` and ``replace_alert``.

Concurrency: an alert is created with ``op_type=create`` (two alerters that
reach the same decision: one wins, the other sees a conflict and re-evaluates),
and replaced with ``if_seq_no``/``if_primary_term`` (an escalation never
overwrites one it did not see).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from elasticsearch import Elasticsearch, helpers
from elasticsearch import exceptions as es_exc

from consumers.alerter.rules.base import Decision, MatchDoc, Read

from newsradar.clock import floor_time, iso, parse_time
from newsradar.clients import ES_ERRORS
from newsradar.errors import es_bulk_error, es_error

MAX_MATCHES = 5000
MAX_ALERTS = 100
UNION_MAX = 10000   # Elasticsearch's max_result_window: a batch-wide read that needs more is made per group
# Rounds of reads a rule makes beyond its ``reads`` (the spike rule's first sighting, then its
# baseline: two per bucket that gets that far), gathered across a batch's groups
READ_ROUNDS = 4


def apply_decision(store: EsStore | MemoryStore, dec: Decision) -> bool:
    """Write what ``dec`` decided into either store: a fire creates its alert, an escalation or an update
    replaces it; False where another writer got there first. A replay writes nothing."""
    if dec.action == "fire":
        return store.create_alert(dec.alert)
    if dec.action in ("escalate", "update"):
        return store.replace_alert(dec.alert, dec.seq)
    return True


def _ms(at: datetime) -> datetime:
    """``at`` as a ``date`` field holds it and a range bound is compared: to the millisecond."""
    return at.replace(microsecond=at.microsecond // 1000 * 1000)


class EsStore:
    def __init__(self, es: Elasticsearch, matches_index: str, alerts_index: str):
        self.es = es
        self.matches_index = matches_index
        self.alerts_index = alerts_index

    # -- writes -------------------------------------------------------------------------
    def write_matches(self, docs: list[MatchDoc]) -> None:
        if not docs:
            return
        actions = [{"_op_type": "index", "_index": self.matches_index, "_id": d.doc_id, "_source": d.to_doc()}
                   for d in docs]
        try:
            # One request: helpers.bulk would refresh after every chunk of 500, and the reads need only the last.
            _, errors = helpers.bulk(self.es, actions, chunk_size=len(actions), refresh=True, raise_on_error=False)
        except ES_ERRORS as exc:
            raise es_error(exc, "writing rule matches") from exc
        if errors:
            raise es_bulk_error(errors, f"writing rule matches ({len(errors)} of {len(actions)} failed)")

    def create_alert(self, doc: dict) -> bool:
        return self._write_alert(doc, "creating an alert", op_type="create")

    def replace_alert(self, doc: dict, seq: tuple[int, int]) -> bool:
        return self._write_alert(doc, "updating an alert", if_seq_no=seq[0], if_primary_term=seq[1])

    def _write_alert(self, doc: dict, what: str, **condition) -> bool:
        """Index ``doc`` only under ``condition``; False when another alerter's write broke it (a conflict)."""
        try:
            self.es.index(index=self.alerts_index, id=doc["alert_id"], document=doc, refresh=True, **condition)
            return True
        except es_exc.ConflictError:
            return False
        except ES_ERRORS as exc:
            raise es_error(exc, what) from exc

    def apply_all(self, decisions: list[Decision]) -> list[bool]:
        """Every fire (``op_type=create``) and escalation (``if_seq_no``) in one bulk and one refresh;
        False where another alerter got there first (a 409), for the caller to re-evaluate."""
        ops: list[dict] = []
        for dec in decisions:
            a = dec.alert
            if dec.action == "fire":
                ops.append({"_op_type": "create", "_index": self.alerts_index, "_id": a["alert_id"], "_source": a})
            else:
                ops.append({"_op_type": "index", "_index": self.alerts_index, "_id": a["alert_id"], "_source": a,
                            "if_seq_no": dec.seq[0], "if_primary_term": dec.seq[1]})
        if not ops:
            return []
        try:
            resp = self.es.bulk(operations=[x for op in ops for x in _bulk_pair(op)], refresh=True)
        except ES_ERRORS as exc:
            raise es_error(exc, "writing alerts") from exc
        items = [next(iter(i.values())) for i in resp["items"]]
        errors = [{"index": i} for i in items if i.get("error") and i.get("status") != 409]
        if errors:
            raise es_bulk_error(errors, f"writing alerts ({len(errors)} of {len(ops)} failed)")
        return [i.get("status") != 409 for i in items]

    # -- reads --------------------------------------------------------------------------
    def _search(self, index: str, what: str, **body) -> dict:
        try:
            return self.es.search(index=index, **body)
        except ES_ERRORS as exc:
            raise es_error(exc, f"{what} in {index}") from exc

    def read_many(self, reads: list[Read]) -> dict[Read, object]:
        """The answers to many reads in one msearch.

        The matches and outlet counts of one rule's groups come from one search over all those
        groups and the union of their ranges, its alerts from another, each cut per read here with
        the same filters and order Elasticsearch applies (dates to the millisecond, as the index keeps
        them); the other reads are searched one by one in the same msearch. The reads of a union too
        large for one search (more than ``UNION_MAX`` hits) are searched one by one in a second
        msearch. A read whose search failed is left out, so the caller's fallback makes it alone and
        gets the error the single call raises.
        """
        plans: list[tuple[str, tuple, list[Read]]] = []
        by_rule: dict[tuple[str, str], list[Read]] = defaultdict(list)
        for read in reads:
            name, args = read
            if name in ("matches", "distinct_outlets", "alerts"):
                by_rule[("alerts" if name == "alerts" else "matches", args[0])].append(read)
            else:
                plans.append((name, args, [read]))
        for (kind, rule), rs in by_rule.items():
            groups = sorted({args[1] for _, args in rs})
            if kind == "matches":
                span = (rule, groups, min(a[2] for _, a in rs), max(a[3] for _, a in rs))
            else:
                span = (rule, groups, min(a[2] for _, a in rs))
            plans.append((f"union_{kind}", span, rs))
        answers, too_large = self._msearch(plans)
        if too_large:
            answers.update(self._msearch([(name, args, [(name, args)]) for name, args in too_large])[0])
        return answers

    def _msearch(self, plans: list[tuple[str, tuple, list[Read]]]) -> tuple[dict[Read, object], list[Read]]:
        if not plans:
            return {}, []
        searches: list[dict] = []
        for name, args, _ in plans:
            index, _what, body = getattr(self, f"_{name}_query")(*args)
            searches += [{"index": index}, body]
        try:
            responses = self.es.msearch(searches=searches)["responses"]
        except ES_ERRORS as exc:
            raise es_error(exc, "reading rule state") from exc
        answers: dict[Read, object] = {}
        too_large: list[Read] = []
        for (name, args, rs), resp in zip(plans, responses):
            if "error" in resp:
                continue
            if name.startswith("union_"):
                hits = resp["hits"]["hits"]
                total = resp["hits"]["total"]
                if total["relation"] != "eq" or total["value"] > len(hits):
                    too_large += rs
                    continue
                answers.update(getattr(self, f"_{name}_cut")(hits, rs))
            else:
                answers[rs[0]] = getattr(self, f"_{name}_answer")(resp, *args)
        return answers, too_large

    def _union_matches_query(self, rule, groups, start, end):
        return self.matches_index, "reading rule matches", {
            "query": {"bool": {"filter": [{"term": {"rule": rule}}, {"terms": {"group": groups}},
                                          {"range": {"published_at": {"gte": iso(start), "lte": iso(end)}}}]}},
            "size": UNION_MAX, "sort": [{"published_at": "asc"}, {"article_id": "asc"}]}

    @staticmethod
    def _union_matches_cut(hits: list[dict], reads: list[Read]) -> dict[Read, object]:
        by_group: dict[str, list[tuple[datetime, MatchDoc]]] = defaultdict(list)
        for h in hits:
            m = MatchDoc.from_doc(h["_source"])
            by_group[m.group].append((_ms(m.published_at), m))
        out: dict[Read, object] = {}
        for read in reads:
            name, (_rule, group, start, end) = read
            lo, hi = _ms(start), _ms(end)
            found = [m for t, m in by_group.get(group, ()) if lo <= t <= hi]
            out[read] = found[:MAX_MATCHES] if name == "matches" else len({m.outlet for m in found})
        return out

    def _union_alerts_query(self, rule, groups, since):
        return self._alerts_search(rule, {"terms": {"group": groups}}, since, UNION_MAX)

    @staticmethod
    def _union_alerts_cut(hits: list[dict], reads: list[Read]) -> dict[Read, object]:
        out: dict[Read, object] = {}
        for read in reads:
            _name, (_rule, group, since) = read
            lo = _ms(since)
            found = [(h["_source"], (h["_seq_no"], h["_primary_term"])) for h in hits
                     if h["_source"].get("group") == group and _ms(parse_time(h["_source"]["window_end"])) >= lo]
            out[read] = found[:MAX_ALERTS]
        return out

    def _run(self, name: str, *args):
        index, what, body = getattr(self, f"_{name}_query")(*args)
        return getattr(self, f"_{name}_answer")(self._search(index, what, **body), *args)

    @staticmethod
    def _range(rule: str, group: str, start: datetime, end: datetime) -> dict:
        return {"bool": {"filter": [{"term": {"rule": rule}}, {"term": {"group": group}},
                                    {"range": {"published_at": {"gte": iso(start), "lte": iso(end)}}}]}}

    def matches(self, rule: str, group: str, start: datetime, end: datetime) -> list[MatchDoc]:
        return self._run("matches", rule, group, start, end)

    def _matches_query(self, rule, group, start, end):
        return self.matches_index, "reading rule matches", {
            "query": self._range(rule, group, start, end), "size": MAX_MATCHES,
            "sort": [{"published_at": "asc"}, {"article_id": "asc"}]}

    @staticmethod
    def _matches_answer(resp, *_args) -> list[MatchDoc]:
        return [MatchDoc.from_doc(h["_source"]) for h in resp["hits"]["hits"]]

    def distinct_outlets(self, rule: str, group: str, start: datetime, end: datetime) -> int:
        return self._run("distinct_outlets", rule, group, start, end)

    def _distinct_outlets_query(self, rule, group, start, end):
        return self.matches_index, "counting outlets", {
            "query": self._range(rule, group, start, end), "size": 0,
            "aggs": {"outlets": {"cardinality": {"field": "outlet"}}}}

    @staticmethod
    def _distinct_outlets_answer(resp, *_args) -> int:
        return int(resp["aggregations"]["outlets"]["value"])

    def bucket_counts(self, rule: str, group: str, start: datetime, end: datetime, step: timedelta) -> list[int]:
        """Mentions per bucket in [start, end), empty buckets included."""
        return self._run("bucket_counts", rule, group, start, end, step)

    def _bucket_counts_query(self, rule, group, start, end, step):
        return self.matches_index, "counting mentions", {
            "query": self._range(rule, group, start, end - timedelta(milliseconds=1)), "size": 0,
            "aggs": {"b": {"date_histogram": {
                "field": "published_at", "fixed_interval": f"{int(step.total_seconds())}s", "min_doc_count": 0,
                "extended_bounds": {"min": iso(start), "max": iso(end - step)}}}}}

    @staticmethod
    def _bucket_counts_answer(resp, _rule, _group, start, end, step) -> list[int]:
        counts = {b["key"]: b["doc_count"] for b in resp["aggregations"]["b"]["buckets"]}
        out, t = [], start
        while t < end:
            out.append(counts.get(int(t.timestamp() * 1000), 0))
            t += step
        return out

    def first_seen(self, rule: str, group: str) -> datetime | None:
        return self._run("first_seen", rule, group)

    def _first_seen_query(self, rule, group):
        return self.matches_index, "finding the first mention", {
            "size": 0, "query": {"bool": {"filter": [{"term": {"rule": rule}}, {"term": {"group": group}}]}},
            "aggs": {"first": {"min": {"field": "published_at"}}}}

    @staticmethod
    def _first_seen_answer(resp, *_args) -> datetime | None:
        value = resp["aggregations"]["first"].get("value_as_string")
        return parse_time(value) if value else None

    def alerts(self, rule: str, group: str, since: datetime) -> list[tuple[dict, tuple[int, int]]]:
        return self._run("alerts", rule, group, since)

    def _alerts_query(self, rule, group, since):
        return self._alerts_search(rule, {"term": {"group": group}}, since, MAX_ALERTS)

    def _alerts_search(self, rule, groups_filter, since, size):
        """One group's alerts or a batch's: the batch-wide read is cut per group with these same filters and order."""
        return self.alerts_index, "reading alerts", {
            "query": {"bool": {"filter": [{"term": {"rule": rule}}, groups_filter,
                                          {"range": {"window_end": {"gte": iso(since)}}}]}},
            "size": size, "seq_no_primary_term": True, "sort": [{"window_start": "asc"}]}

    @staticmethod
    def _alerts_answer(resp, *_args) -> list[tuple[dict, tuple[int, int]]]:
        return [(h["_source"], (h["_seq_no"], h["_primary_term"])) for h in resp["hits"]["hits"]]


def _bulk_pair(op: dict) -> tuple[dict, dict]:
    meta = {k: v for k, v in op.items() if k not in ("_op_type", "_source")}
    return {op["_op_type"]: meta}, op["_source"]


class Unread(Exception):
    """A read that ``Prefetched`` was not given an answer for, raised when it gathers instead."""

    def __init__(self, read: Read):
        super().__init__(read)
        self.read = read


class Prefetched:
    """A store whose reads were answered beforehand (``read_many``).

    Any other read goes to ``store``, or with ``gather`` raises ``Unread`` so the caller can fetch
    it together with the other groups' (``evaluate_batch``). A rule's ``reads`` names the calls its
    ``evaluate`` will make, so the answers are the ones the calls would get one by one.
    """

    def __init__(self, store, answers: dict[Read, object], *, gather: bool = False):
        self.store = store
        self.answers = answers
        self.gather = gather

    def _get(self, name: str, *args):
        key = (name, args)
        if key in self.answers:
            return self.answers[key]
        if self.gather:
            raise Unread(key)
        return getattr(self.store, name)(*args)

    def matches(self, rule, group, start, end):
        return self._get("matches", rule, group, start, end)

    def distinct_outlets(self, rule, group, start, end):
        return self._get("distinct_outlets", rule, group, start, end)

    def bucket_counts(self, rule, group, start, end, step):
        return self._get("bucket_counts", rule, group, start, end, step)

    def first_seen(self, rule, group):
        return self._get("first_seen", rule, group)

    def alerts(self, rule, group, since):
        return self._get("alerts", rule, group, since)


def evaluate_batch(store, rules: dict, todo: list[tuple[str, str, list[MatchDoc]]], now: datetime) -> list[list[Decision]]:
    """Each (rule name, group, new matches)'s decisions, reading the state in a few round trips.

    The reads the rules name beforehand are made in one ``read_many``. A rule may read more once it
    has those answers (the spike rule reads a bucket's baseline only when the bucket gets that far):
    such reads are gathered from every group that stopped on one and made in one ``read_many`` per
    round, instead of one request per group; after ``READ_ROUNDS`` rounds the store answers what is
    still missing one read at a time (a read whose search failed gets the error the call raises).
    """
    answers = store.read_many([r for name, group, ms in todo for r in rules[name].reads(group, ms)])
    decided: dict[int, list[Decision]] = {}
    pending = list(range(len(todo)))
    for round_ in range(READ_ROUNDS + 1):
        view = Prefetched(store, answers, gather=round_ < READ_ROUNDS)
        missing: dict[Read, None] = {}
        stopped = []
        for i in pending:
            name, group, ms = todo[i]
            try:
                decided[i] = rules[name].evaluate(view, group, ms, now)
            except Unread as unread:
                missing[unread.read] = None
                stopped.append(i)
        if not stopped:
            break
        answers.update(store.read_many(list(missing)))
        pending = stopped
    return [decided[i] for i in range(len(todo))]


class MemoryStore:
    """The same interface over dicts: the backtest runs rules without writing anything."""

    def __init__(self):
        self._matches: dict[str, MatchDoc] = {}
        self._alerts: dict[str, tuple[dict, int]] = {}

    def write_matches(self, docs: list[MatchDoc]) -> None:
        for d in docs:
            self._matches[d.doc_id] = d

    def read_many(self, reads: list[Read]) -> dict[Read, object]:
        return {read: getattr(self, read[0])(*read[1]) for read in reads}

    def apply_all(self, decisions: list[Decision]) -> list[bool]:
        return [self.create_alert(d.alert) if d.action == "fire" else self.replace_alert(d.alert, d.seq)
                for d in decisions]

    def _select(self, rule, group, start, end):
        return sorted((m for m in self._matches.values()
                       if m.rule == rule and m.group == group and start <= m.published_at <= end),
                      key=lambda m: (m.published_at, m.article_id))

    def matches(self, rule, group, start, end):
        return self._select(rule, group, start, end)

    def distinct_outlets(self, rule, group, start, end):
        return len({m.outlet for m in self._select(rule, group, start, end)})

    def bucket_counts(self, rule, group, start, end, step):
        counts = defaultdict(int)
        for m in self._select(rule, group, start, end - timedelta(milliseconds=1)):
            counts[floor_time(m.published_at, step)] += 1
        out, t = [], start
        while t < end:
            out.append(counts.get(t, 0))
            t += step
        return out

    def first_seen(self, rule, group):
        times = [m.published_at for m in self._matches.values() if m.rule == rule and m.group == group]
        return min(times) if times else None

    def alerts(self, rule, group, since):
        found = [(d, (s, 1)) for d, s in self._alerts.values()
                 if d["rule"] == rule and d["group"] == group and parse_time(d["window_end"]) >= since]
        return sorted(found, key=lambda x: x[0]["window_start"])

    def create_alert(self, doc):
        if doc["alert_id"] in self._alerts:
            return False
        self._alerts[doc["alert_id"]] = (doc, 0)
        return True

    def replace_alert(self, doc, seq):
        cur = self._alerts.get(doc["alert_id"])
        if cur is None or cur[1] != seq[0]:
            return False
        self._alerts[doc["alert_id"]] = (doc, cur[1] + 1)
        return True
