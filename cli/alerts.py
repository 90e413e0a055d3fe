"""`newsradar alerts list | test RULE [--since 30d]`: recent alerts, and a rule's backtest over history.

Wire it with ``app.add_typer(alerts_app, name="alerts")`` in cli/main.py.

``test`` replays the indexed articles (the ``news-articles`` alias) of the last
``--since`` through the rule, in publication order, with the same ``match`` and
``evaluate`` code as the alerter but an in-memory store: it prints when the
rule would have fired or escalated and writes and sends nothing.
"""
from __future__ import annotations

import hashlib
from datetime import datetime

import typer

from newsradar.errors import NewsRadarError
from newsradar.terminal import printable
from search.alerts import alert_history

alerts_app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                         help="Alert rules: recent alerts and backtests.")

PAGE = 500


def _fail(exc: Exception) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(2)


def enriched_from_doc(doc: dict):
    """An ``EnrichedArticle`` rebuilt from a news-articles document (what the rules read)."""
    from newsradar.schema import ENTITY_LABELS, Article, EnrichedArticle, Enrichment, Entity, Keyphrase

    labels = set(ENTITY_LABELS)
    ents = [Entity(label=e["label"], canonical=e["canonical"], count=e.get("count", 1))
            for e in doc.get("entity_list") or [] if e.get("label") in labels and e.get("canonical")]
    if not ents:
        for key, names in (doc.get("entities") or {}).items():
            if key.upper() in labels:
                ents += [Entity(label=key.upper(), canonical=n) for n in names]
    url = doc.get("url") or doc.get("canonical_url") or ""
    art = Article(article_id=doc["article_id"], url=url, canonical_url=doc.get("canonical_url") or url,
                  outlet=doc.get("outlet") or "?", feed_id=doc.get("feed_id") or "?", feed_url=doc.get("feed_url") or "",
                  title=doc.get("title") or "", summary=doc.get("summary") or "", body=doc.get("body") or "",
                  published_at=doc["published_at"], fetched_at=doc.get("fetched_at") or doc["published_at"],
                  content_hash=doc.get("content_hash") or hashlib.sha256(url.encode()).hexdigest())
    enr = Enrichment(language=doc.get("language"), enriched=bool(doc.get("enriched", True)), entities=ents,
                     keyphrases=[Keyphrase(text=k, lemma=k, score=1.0) for k in doc.get("keyphrases") or []],
                     lemmas=doc.get("lemmas") or "", claims=[_claim_from_doc(c) for c in doc.get("_claims") or []])
    return EnrichedArticle(article=art, enrichment=enr, story_id=doc.get("story_id"),
                           near_duplicate_of=doc.get("near_duplicate_of"))


def _claim_from_doc(c: dict):
    """A ``Claim`` rebuilt from a news-claims document: what the claim rule reads (cluster, source, content)."""
    from newsradar.schema import Claim, Span

    whole = Span(start=0, end=len(c["content"]))
    return Claim(claim_id=c["claim_id"], kind=c["kind"], speaker=c.get("speaker"),
                 speaker_resolved=c.get("speaker_resolved"), speaker_type=c["speaker_type"], cue=c.get("cue"),
                 cue_lemma=c.get("cue_lemma"), content=c["content"], sentence=whole, content_span=whole,
                 rule=c.get("rule") or "indexed", confidence=c.get("confidence") or 0.0,
                 cited_source=c.get("cited_source"), source_kind=c.get("source_kind"), cluster_id=c.get("cluster_id"))


def with_claims(es, claims_index: str, docs, page: int = 200):
    """Article docs with their claims (``_claims``), read from the claims index a page of articles at a time."""
    batch: list[dict] = []

    def flush():
        ids = [d["article_id"] for d in batch]
        hits = es.search(index=claims_index, size=10_000, query={"terms": {"article_id": ids}},
                         sort=[{"ordinal": "asc"}])["hits"]["hits"]
        by_article: dict[str, list[dict]] = {}
        for h in hits:
            by_article.setdefault(h["_source"]["article_id"], []).append(h["_source"])
        for d in batch:
            yield {**d, "_claims": by_article.get(d["article_id"], [])}
        batch.clear()
    for doc in docs:
        batch.append(doc)
        if len(batch) >= page:
            yield from flush()
    if batch:
        yield from flush()


def iter_articles(es, index: str, since: datetime):
    from elasticsearch import exceptions as es_exc

    from newsradar.clock import iso
    after = None
    while True:
        body = dict(index=index, size=PAGE, query={"range": {"published_at": {"gte": iso(since)}}},
                    sort=[{"published_at": "asc"}, {"article_id": "asc"}])
        if after:
            body["search_after"] = after
        try:
            hits = es.search(**body)["hits"]["hits"]
        except es_exc.NotFoundError as exc:
            raise NewsRadarError(f"{index} does not exist: run `newsradar up` and index some articles") from exc
        if not hits:
            return
        for h in hits:
            yield h["_source"]
        after = hits[-1]["sort"]


def backtest(rule, docs, echo=print) -> dict:
    """Run ``rule`` over article docs in publication order; returns counts, echoes each decision."""
    from newsradar.clock import parse_time
    from consumers.alerter.rules.state import MemoryStore, apply_decision

    store = MemoryStore()
    counts = {"articles": 0, "matched": 0, "fire": 0, "escalate": 0, "update": 0}
    for doc in docs:
        ea = enriched_from_doc(doc)
        counts["articles"] += 1
        found = rule.match(ea)
        if not found:
            continue
        counts["matched"] += 1
        store.write_matches(found)
        now = ea.article.published_at
        for m in found:
            for dec in rule.evaluate(store, m.group, [m], now):
                apply_decision(store, dec)
                if dec.action in counts:
                    counts[dec.action] += 1
                if dec.action in ("fire", "escalate"):
                    a = dec.alert
                    at = parse_time(a["fired_at"]).strftime("%Y-%m-%d %H:%M")
                    echo(f"{at}  {dec.action:<8} rev {a['revision']}  {a['alert_id'][:12]}  "
                         f"{len(a['outlets'])} outlets ({', '.join(a['outlets'])})  {a['headline'][:80]}")
    return counts


@alerts_app.command("test")
def test_rule(rule: str = typer.Argument(..., help="rule name from the rules file"),
              since: str = typer.Option("30d", help="how far back: 90m, 48h, 30d"),
              rules_file: str = typer.Option(None, help="defaults to settings.rules_file")) -> None:
    """Backtest RULE over the indexed articles: print when it would have fired. Sends nothing."""
    from consumers.alerter.rules import load_rules
    from consumers.alerter.rules.base import parse_duration
    from newsradar.clock import utcnow
    from newsradar.clients import check_es
    from newsradar.settings import get_settings

    try:
        settings = get_settings()
        r = load_rules(rules_file or settings.rules_file).get(rule)
        window = parse_duration(since)
        try:
            start = utcnow() - window
        except OverflowError:
            raise ValueError(f"--since {since!r} reaches back before the year 1") from None
        es = check_es(settings)
        typer.echo(f"backtest {r.name} ({r.type}) over {settings.names.articles_index} since "
                   f"{start:%Y-%m-%d %H:%M} UTC; article time is the clock; nothing is sent")
        # fired_at is set to the article time that triggered it, the moment the live rule would have fired
        docs = iter_articles(es, settings.names.articles_index, start)
        if r.type == "claim":
            docs = with_claims(es, settings.names.claims_index, docs)
        counts = backtest(r, docs, echo=lambda line: typer.echo(printable(line)))
    except (NewsRadarError, ValueError) as exc:
        _fail(exc)
    typer.echo(f"{counts['articles']} articles, {counts['matched']} matched, {counts['fire']} alerts, "
               f"{counts['escalate']} escalations")


@alerts_app.command("list")
def list_alerts(limit: int = typer.Option(20, min=1, max=1000), rule: str = typer.Option(None)) -> None:
    """Recent alerts with their status, revision, outlets and delivery state per channel."""
    from newsradar.clients import check_es
    from newsradar.settings import get_settings

    try:
        settings = get_settings()
        alerts = alert_history(check_es(settings), settings, limit, rule)
    except NewsRadarError as exc:
        _fail(exc)
    if not alerts:
        typer.echo("no alerts")
        return
    typer.echo(f"{'fired (UTC)':<17} {'rule':<24} {'status':<10} {'rev':>3} {'outl':>4}  "
               f"{'deliveries':<30} headline")
    for a in alerts:
        fired = a["fired_at"][:16].replace("T", " ")
        dl = ", ".join(f"{c}:{st}" for c, st in sorted(a["channels"].items())) or "-"
        typer.echo(printable(f"{fired:<17} {a['rule'][:24]:<24} {a['status']:<10} {a['revision']:>3} "
                             f"{len(a['outlets']):>4}  {dl[:30]:<30} {a['headline'][:70]}"))
