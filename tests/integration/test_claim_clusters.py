"""Claim clusters on the real broker and Elasticsearch: the demo's claim, replays and updates."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from consumers.enricher.claim_clusters import ClaimClusterer
from flows.pipeline import drain, run_once
from newsradar.clients import es_client, kafka_producer
from newsradar.schema import Article, Claim, Enrichment, Number, Span, article_id_for, claim_id_for, encode
from newsradar.settings import PROJECT_ROOT
from search.claims import top, trace

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

RULES = PROJECT_ROOT / "configs" / "alerts.yaml"
DEMO_ORDER = ["Northern Ledger", "Capital Dispatch", "Harbor Times"]


def _clusters(es, settings) -> dict[str, dict]:
    names = settings.names
    es.indices.refresh(index=[names.claim_clusters_index, names.claims_index])
    hits = es.search(index=names.claim_clusters_index, size=500)["hits"]["hits"]
    return {h["_id"]: {k: v for k, v in h["_source"].items() if k != "updated_at"} for h in hits}


def _no_orphans(es, settings) -> None:
    """Every cluster document has claims, and every clustered claim has its cluster document."""
    names = settings.names
    clusters = _clusters(es, settings)
    resp = es.search(index=names.claims_index, size=0,
                     aggs={"c": {"terms": {"field": "cluster_id", "size": 1000}}})
    counts = {b["key"]: b["doc_count"] for b in resp["aggregations"]["c"]["buckets"]}
    assert set(counts) == set(clusters)
    assert all(clusters[c]["claim_count"] == n for c, n in counts.items())


def test_claim_clusters_demo_claim_traced_to_its_telegram_origin_and_replay_changes_nothing(isolated, demo_feeds):
    run_once(isolated, demo_feeds, RULES, log=lambda m: None)
    es = es_client(isolated)
    before = _clusters(es, isolated)
    t = trace(es, isolated, "Putin Taliban weapons")

    assert t["origin"]["kind"] == "social" and "Telegram channel General SVR" in t["origin"]["source"]
    assert t["first_seen"]["outlet"] == "Northern Ledger"
    # Harbor Times carries it twice (its headline and its lead): one outlet, in its place in time
    assert list(dict.fromkeys(c["outlet"] for c in t["carriers"])) == DEMO_ORDER and t["outlets"] == 3
    variants = {v["value"]: v["outlets"] for v in t["number_variants"]}
    assert variants == {"$7.1 billion": ["Northern Ledger"], "about $7 billion": ["Capital Dispatch"]}
    assert not t["number_drift"], "$7.1 billion and about $7 billion agree within rounding"
    assert [d["speaker"] for d in t["denials"]] == ["Zabihullah Mujahid"]
    assert "Jim Banks" in {r["speaker"] for r in t["reactions"]}
    assert top(es, isolated, since="30d")[0]["cluster_id"] == t["cluster_id"]
    _no_orphans(es, isolated)
    first_two = trace(es, isolated, t["cluster_id"], max_carriers=2)
    assert first_two["carriers"] == t["carriers"][:2] and first_two["carriers_total"] == len(t["carriers"]) > 2
    assert first_two["denials"] == t["denials"], "the carriers shown still find the story's denial"

    run_once(isolated, demo_feeds, RULES, log=lambda m: None)
    assert _clusters(es, isolated) == before, "a replay changes no cluster"


def _article(outlet: str, title: str, body: str, at: datetime, version: int = 1) -> Article:
    url = f"https://{outlet}.example/{hashlib.sha1(title.encode()).hexdigest()[:8]}"
    return Article(article_id=article_id_for(url), version=version, url=url, canonical_url=url, outlet=outlet,
                   feed_id=f"{outlet}-rss", feed_url=f"https://{outlet}.example/rss", title=title, body=body,
                   published_at=at, fetched_at=at, language="en",
                   content_hash=hashlib.sha256(f"{title}{body}".encode()).hexdigest())


def _publish(settings, articles: list[Article]) -> None:
    producer = kafka_producer(settings)
    try:
        for a in articles:
            producer.send(settings.names.raw, key=a.article_id.encode(), value=encode(a))
        producer.flush()
    finally:
        producer.close()
    for stage in ("enricher", "indexer"):
        drain(stage, settings, RULES, log=lambda m: None)


T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=10)
# Project-written: one claim (a ministry says a dam will be finished) in three outlets' words.
DAM = [
    ("riverside-news", "Ministry says Kolvar dam will open in March",
     "The Kolvar dam will be completed by March and supply power to 40,000 homes, the energy ministry said on "
     "Monday. Engineers have worked on the site for six years."),
    ("valley-herald", "Kolvar dam to open in spring",
     "The energy ministry said the Kolvar dam will be completed by March and supply power to about 40,000 homes. "
     "Local farmers worry about the water level downstream."),
    ("coast-courier", "Power from Kolvar dam by March, ministry says",
     "The Kolvar dam will be completed by March and bring power to 40,000 homes, according to the energy ministry. "
     "The project cost 1.2 billion dollars."),
]


def _signatures(es, settings) -> dict[str, str]:
    es.indices.refresh(index=settings.names.claim_signatures_index)
    hits = es.search(index=settings.names.claim_signatures_index, size=500)["hits"]["hits"]
    return {h["_id"]: h["_source"]["cluster_id"] for h in hits}


def test_claim_clusters_replay_changes_nothing_and_an_updated_article_moves_its_claims_without_orphans(isolated):
    es = es_client(isolated)
    arts = [_article(o, title, body, T0 + timedelta(hours=i)) for i, (o, title, body) in enumerate(DAM)]
    _publish(isolated, arts)
    before, signatures = _clusters(es, isolated), _signatures(es, isolated)
    _publish(isolated, arts)                   # the same records again, through both stages
    assert _clusters(es, isolated) == before and _signatures(es, isolated) == signatures
    claims = es.search(index=isolated.names.claims_index, size=50,
                       query={"match_phrase": {"content": "Kolvar dam will be completed"}})["hits"]["hits"]
    cluster_ids = {h["_source"]["cluster_id"] for h in claims}
    assert len(claims) == 3 and len(cluster_ids) == 1
    dam = _clusters(es, isolated)[cluster_ids.pop()]
    assert dam["outlets"] == ["riverside-news", "valley-herald", "coast-courier"]
    assert dam["origin"]["kind"] == "official" and dam["first_seen"]["outlet"] == "riverside-news"

    # valley-herald corrects its story: the dam claim goes, a claim about the farmers comes
    o, title, _ = DAM[1]
    fixed = _article(o, title, "Local farmers said the water level downstream has fallen by two metres since "
                               "the Kolvar works began.", T0 + timedelta(hours=1), version=2)
    assert fixed.article_id == arts[1].article_id
    _publish(isolated, [fixed])
    dam_after = _clusters(es, isolated)[dam["cluster_id"]]
    assert dam_after["outlets"] == ["riverside-news", "coast-courier"] and dam_after["article_count"] == 2
    _no_orphans(es, isolated)


def _dam_claim(article: Article) -> Enrichment:
    content = "the Tessel pumping station will start in June and water 2,500 farms on the plain"
    claim = Claim(claim_id=claim_id_for(article.article_id, 0), kind="indirect", speaker="the energy ministry",
                  speaker_type="ORG", content=content, sentence=Span(start=0, end=len(content)),
                  content_span=Span(start=0, end=len(content)), entities=["Tessel"], rule="test", confidence=0.9)
    return Enrichment(language="en", enriched=True, claims=[claim])


def test_claim_clusterer_matches_the_batch_before_and_refreshes_only_after_its_own_writes(isolated, monkeypatch):
    """A claim must match one written by the previous batch (a refresh makes it searchable),
    but a batch with nothing of ours to make searchable skips the refresh."""
    clusterer = ClaimClusterer(es_client(isolated), isolated)
    refreshes = []
    refresh = clusterer._refresh

    def counted() -> None:
        refreshes.append(1)
        refresh()
    monkeypatch.setattr(clusterer, "_refresh", counted)
    first, second = (_article(o, title, body, T0 + timedelta(hours=i)) for i, (o, title, body) in enumerate(DAM[:2]))
    [one] = clusterer.assign([(first, _dam_claim(first), None)])
    assert refreshes == []                      # nothing of ours written yet
    [two] = clusterer.assign([(second, _dam_claim(second), None)])
    assert refreshes == [1]
    assert two.claims[0].cluster_id == one.claims[0].cluster_id


CLAIM_RULES = """
rules:
  - name: dam-claim
    type: claim
    min_outlets: 3
    window: 24h
    notify: [webhook]
  - name: unverified-claims
    type: claim
    origin_kinds: [social, anonymous]
    min_outlets: 3
    window: 24h
    notify: [webhook]
"""


def test_claim_rule_fires_once_and_escalates_on_a_fourth_outlet(isolated, tmp_path, monkeypatch):
    from tests.kafka_io import read_alerts
    rules = tmp_path / "alerts.yaml"
    rules.write_text(CLAIM_RULES)
    arts = [_article(o, title, body, T0 + timedelta(hours=i)) for i, (o, title, body) in enumerate(DAM)]
    _publish(isolated, arts)
    drain("alerter", isolated, rules, log=lambda m: None)
    fired = [a for a in read_alerts(isolated)]
    assert [(a.rule, a.status, a.revision, len(a.outlets)) for a in fired] == [("dam-claim", "firing", 1, 3)]
    origin, *carriers = fired[0].detail["trace"]
    assert "ministry (official)" in origin.lower() and "first cited by riverside-news" in origin
    assert [line.split(" ")[2].rstrip(",") for line in carriers] == ["riverside-news", "valley-herald",
                                                                     "coast-courier"]

    _publish(isolated, arts)                  # a replay: at most the same revision again, never a new one
    drain("alerter", isolated, rules, log=lambda m: None)
    assert {(a.alert_id, a.revision) for a in read_alerts(isolated)} == {(fired[0].alert_id, 1)}

    fourth = _article("delta-daily", "Kolvar dam opening set for March",
                      "The Kolvar dam will be completed by March and will supply power to 40,000 homes, "
                      "the energy ministry said.", T0 + timedelta(hours=5))
    _publish(isolated, [fourth])
    drain("alerter", isolated, rules, log=lambda m: None)
    alerts = {(a.alert_id, a.revision): a for a in read_alerts(isolated)}
    assert sorted((a.rule, a.status, a.revision, len(a.outlets)) for a in alerts.values()) == [
        ("dam-claim", "escalated", 2, 4), ("dam-claim", "firing", 1, 3)]
    assert alerts[(fired[0].alert_id, 2)].detail["trace"][-1].split(" ")[2] == "delta-daily,"

    # the backtest reads the same history from the indices and reaches the same decisions
    from typer.testing import CliRunner

    from cli.alerts import alerts_app
    from newsradar.settings import get_settings
    monkeypatch.setenv("NEWSRADAR_NAMESPACE", isolated.namespace)
    get_settings.cache_clear()
    try:
        out = CliRunner().invoke(alerts_app, ["test", "dam-claim", "--since", "2d", "--rules-file", str(rules)])
        unverified = CliRunner().invoke(alerts_app, ["test", "unverified-claims", "--since", "2d",
                                                     "--rules-file", str(rules)])
    finally:
        get_settings.cache_clear()
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[-1] == "4 articles, 4 matched, 1 alerts, 1 escalations"
    assert unverified.output.splitlines()[-1] == "4 articles, 4 matched, 0 alerts, 0 escalations", "official origin"


def _demo_putin_articles() -> list[tuple[Article, Enrichment]]:
    """The demo's three reports of the Telegram claim, extracted by the real pipeline."""
    import yaml

    from consumers.enricher.nlp.pipeline import Extractor

    stories = yaml.safe_load((PROJECT_ROOT / "demo" / "stories.yaml").read_text())["stories"]
    wanted = [s for s in stories if s["outlet"] in ("northern-ledger", "capital-dispatch", "harbor-times")][:3]
    arts = [_article(s["outlet"], s["title"], s["body"], T0 + timedelta(hours=i)) for i, s in enumerate(wanted)]
    return list(zip(arts, Extractor().enrich(arts)))


def test_claim_clusters_do_not_depend_on_the_order_articles_arrive_in(isolated):
    """Harbor Times' headline claim ("Russia seeks U.S. weapons left behind in Afghanistan") matches its
    own lead, not the other outlets' wording: placed claim by claim, it joined the cluster when its
    article came first and started one of its own when it came last."""
    from newsradar.es_schema import drop_namespace, ensure_schema

    articles = _demo_putin_articles()
    other = isolated.model_copy(update={"namespace": f"{isolated.namespace}r"})
    es = es_client(isolated)
    ensure_schema(es, other)
    try:
        partitions = []
        for settings, order in ((isolated, articles), (other, articles[::-1])):
            clusterer = ClaimClusterer(es, settings)
            groups: dict[str, set[str]] = {}
            for article, enrichment in order:       # one batch per article, as when they arrive apart
                [placed] = clusterer.assign([(article, enrichment, "putin-story")])
                for c in placed.claims:
                    groups.setdefault(c.cluster_id, set()).add(c.claim_id)
            partitions.append({frozenset(g) for g in groups.values()})
    finally:
        drop_namespace(es, other)
    assert partitions[0] == partitions[1]
    headline = next(c.claim_id for a, e in articles for c in e.claims if c.content.startswith("Russia seeks U.S."))
    [cluster] = [g for g in partitions[0] if headline in g]
    assert len(cluster) >= 4, "the headline joins the claim its lead and the other outlets carry"


# How the extractor reads each opening speaker ("Police said ..."): its source kind and role.
_FLOOD_SPEAKERS = {"Police": ("official", "police"), "Residents": ("anonymous", "residents"),
                   "Locals": ("official", None)}


def _flood_claim(article: Article, speaker: str) -> Enrichment:
    content = "the water had reached the first floor of the Marlow school by midnight"
    source_kind, role = _FLOOD_SPEAKERS[speaker]
    claim = Claim(claim_id=claim_id_for(article.article_id, 0), kind="indirect", speaker=speaker,
                  speaker_role=role, speaker_type="PERSON", content=content,
                  sentence=Span(start=0, end=len(content)), content_span=Span(start=0, end=len(content)),
                  entities=["Marlow"], rule="test", confidence=0.9, source_kind=source_kind)
    return Enrichment(language="en", enriched=True, claims=[claim])


def test_claim_clusters_keep_a_stored_private_party_apart_from_another_side(isolated):
    """Residents' claim is stored by one batch and read back from Elasticsearch by the next, by a clusterer
    with nothing cached: police saying the same words is another source, locals are the residents again."""
    speakers = ["Residents", "Police", "Locals"]
    articles = [_article(o, f"Marlow flood {o}", "The water reached the first floor.", T0 + timedelta(hours=i))
                for i, o in enumerate(["riverside-news", "valley-herald", "coast-courier"])]
    es, cluster = es_client(isolated), {}
    for article, speaker in zip(articles, speakers):
        # a fresh clusterer refreshes only after its own writes: make the last batch's searchable
        es.indices.refresh(index=isolated.names.claim_signatures_index)
        [placed] = ClaimClusterer(es, isolated).assign(
            [(article, _flood_claim(article, speaker), "marlow-flood")])
        cluster[speaker] = placed.claims[0].cluster_id
    assert cluster["Police"] != cluster["Residents"]
    assert cluster["Locals"] == cluster["Residents"]


def _storm_claim(article: Article, content: str, figure: str, unit: str) -> Enrichment:
    start = content.index(figure)
    number = Number(text=figure, value=40000.0, unit=unit, start=start, end=start + len(figure), measures=unit)
    claim = Claim(claim_id=claim_id_for(article.article_id, 0), kind="indirect", speaker="the utility",
                  speaker_type="ORG", content=content, sentence=Span(start=0, end=len(content)),
                  content_span=Span(start=0, end=len(content)), numbers=[number], entities=["Marlow"], rule="test",
                  confidence=0.9, source_kind="official")
    return Enrichment(language="en", enriched=True, claims=[claim])


def test_claim_clusters_compare_a_stored_figure_by_what_it_measures(isolated):
    """One storm's 40,000 homes without power, read back from Elasticsearch by a clusterer with nothing cached, is
    not its 40,000 people evacuated, and is its 40,000 households: the measures go through the strict mapping."""
    claims = [("riverside-news", "power will be restored to 40,000 homes in Marlow by Friday", "40,000 homes", "home"),
              ("valley-herald", "40,000 people in Marlow were evacuated before the storm", "40,000 people", "people"),
              ("coast-courier", "40,000 households in Marlow will get power back by Friday", "40,000 households",
               "household")]
    es, cluster = es_client(isolated), {}
    for i, (outlet, content, figure, unit) in enumerate(claims):
        article = _article(outlet, f"Marlow storm {outlet}", "The storm hit Marlow.", T0 + timedelta(hours=i))
        es.indices.refresh(index=isolated.names.claim_signatures_index)
        [placed] = ClaimClusterer(es, isolated).assign(
            [(article, _storm_claim(article, content, figure, unit), "marlow-storm")])
        cluster[unit] = placed.claims[0].cluster_id
    stored = es.get(index=isolated.names.claim_signatures_index, id=claim_id_for(article.article_id, 0))
    assert stored["_source"]["measures"] == ["household"]
    assert cluster["people"] != cluster["home"]
    assert cluster["household"] == cluster["home"]


def _union_claim(article: Article, content: str) -> Enrichment:
    claim = Claim(claim_id=claim_id_for(article.article_id, 0), kind="indirect", speaker="the union",
                  speaker_type="ORG", content=content, sentence=Span(start=0, end=len(content)),
                  content_span=Span(start=0, end=len(content)), entities=["Marlow"], rule="test", confidence=0.9,
                  source_kind="official")
    return Enrichment(language="en", enriched=True, claims=[claim])


def _placed_one_by_one(settings, story: str, body: str,
                       claims: list[tuple[str, str, Callable[[Article], Enrichment]]]) -> tuple[dict[str, str], str]:
    """Each outlet's claim in its own batch, placed by a clusterer with nothing cached, so it is read back from
    Elasticsearch: the cluster of each label, and the first claim's id."""
    es, cluster, placed_ids = es_client(settings), {}, []
    for i, (outlet, label, enrichment) in enumerate(claims):
        article = _article(outlet, f"Marlow {story} {outlet}", body, T0 + timedelta(hours=i))
        # a fresh clusterer refreshes only after its own writes: make the last batch's searchable
        es.indices.refresh(index=settings.names.claim_signatures_index)
        [placed] = ClaimClusterer(es, settings).assign([(article, enrichment(article), f"marlow-{story}")])
        cluster[label] = placed.claims[0].cluster_id
        placed_ids.append(placed.claims[0].claim_id)
    return cluster, placed_ids[0]


def test_claim_clusters_keep_a_stored_condition_apart_from_the_plain_statement(isolated):
    """The union's threat with its condition, read back from Elasticsearch by a clusterer with nothing cached, is
    not the strike it says happened, and is the same threat with "unless": the modality goes through the strict
    mapping."""
    claims = [("riverside-news", "condition", "Marlow bus drivers would strike on Monday if talks failed"),
              ("valley-herald", "plain", "Marlow bus drivers struck on Monday"),
              ("coast-courier", "unless", "Marlow bus drivers would strike on Monday unless talks succeeded")]
    cluster, first = _placed_one_by_one(isolated, "strike", "Drivers may strike.", [
        (outlet, label, lambda article, content=content: _union_claim(article, content))
        for outlet, label, content in claims])
    stored = es_client(isolated).get(index=isolated.names.claim_signatures_index, id=first)
    assert stored["_source"]["modality"] == "condition"
    assert cluster["plain"] != cluster["condition"]
    assert cluster["unless"] == cluster["condition"]


def _voice_claim(article: Article, speaker: str, name: str | None) -> Enrichment:
    content = "the troops had withdrawn from the town of Marlow"
    claim = Claim(claim_id=claim_id_for(article.article_id, 0), kind="indirect", speaker=speaker,
                  speaker_resolved=name, speaker_role="spokesman" if name else None,
                  speaker_type="PERSON" if name else "ORG", content=content, sentence=Span(start=0, end=len(content)),
                  content_span=Span(start=0, end=len(content)), entities=["Marlow"], rule="test", confidence=0.9,
                  source_kind="official")
    return Enrichment(language="en", enriched=True, claims=[claim])


def test_claim_clusters_join_a_stored_body_and_its_named_spokesman(isolated):
    """The defence ministry's claim, read back from Elasticsearch by a clusterer with nothing cached, is its
    spokesman's, and not the health ministry's spokesman's: the body's voice goes through the strict mapping."""
    speakers = [("riverside-news", "The defence ministry", None),
                ("valley-herald", "Defence ministry spokesman Adel Nouri", "Adel Nouri"),
                ("coast-courier", "Health ministry spokesman Omar Saleh", "Omar Saleh")]
    cluster, first = _placed_one_by_one(isolated, "withdrawal", "The troops withdrew.", [
        (outlet, outlet, lambda article, speaker=speaker, name=name: _voice_claim(article, speaker, name))
        for outlet, speaker, name in speakers])
    stored = es_client(isolated).get(index=isolated.names.claim_signatures_index, id=first)
    assert stored["_source"]["speaker_voice"] == "defence ministry"
    assert cluster["valley-herald"] == cluster["riverside-news"]
    assert cluster["coast-courier"] != cluster["riverside-news"]


def _post_claim(article: Article, cited: str) -> Enrichment:
    content = "the troops had withdrawn from the village of Marlow"
    claim = Claim(claim_id=claim_id_for(article.article_id, 0), kind="indirect", speaker=cited, speaker_type="ORG",
                  content=content, sentence=Span(start=0, end=len(content)),
                  content_span=Span(start=0, end=len(content)), entities=["Marlow"], rule="test", confidence=0.9,
                  cited_source=cited, source_kind="social")
    return Enrichment(language="en", enriched=True, claims=[claim])


def test_claim_clusters_keep_a_stored_post_apart_from_another_platforms(isolated):
    """A Telegram channel's claim, read back from Elasticsearch by a clusterer with nothing cached, is not posts on
    X saying the same words (two origins, decision 6), and is the same channel's claim again: the platform goes
    through the stored terms."""
    posts = [("riverside-news", "telegram", "a Telegram channel"), ("valley-herald", "x", "posts on X"),
             ("coast-courier", "telegram again", "the Telegram channel")]
    cluster, first = _placed_one_by_one(isolated, "posts", "The troops withdrew.", [
        (outlet, label, lambda article, cited=cited: _post_claim(article, cited)) for outlet, label, cited in posts])
    stored = es_client(isolated).get(index=isolated.names.claim_signatures_index, id=first)
    assert "platform:telegram" in stored["_source"]["terms"]
    assert cluster["x"] != cluster["telegram"]
    assert cluster["telegram again"] == cluster["telegram"]
