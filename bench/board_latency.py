"""Board page latency: p50/p95 render time per page with 20,000 articles indexed.

    .venv/bin/python bench/board_latency.py [--articles 20000] [--requests 40]

Data: the demo feeds go through the real pipeline once (poll, enrich, index, alert,
notify) in a fresh namespace; its article, claim, claim-cluster, alert, outbox and
feed-health documents, exactly as the indexer and the other stages wrote them, are
then repeated under distinct URLs (new article and claim ids, 50 outlet variants,
stories of 5 copies, times spread over 48 hours) until ``--articles`` articles are
indexed with ``helpers.bulk``. Copied claims keep their claim cluster, so the top
claim's trace page lists its carriers from thousands of copies (the page reads 2,000). The board is served by uvicorn on a free port, as `newsradar
web` serves it, and each page is fetched over HTTP ``--requests`` times after 3
warm-up requests; the time is the full response, HTML rendered. Target: p95 <= 300 ms.
Repeated aggregations are answered by Elasticsearch's request cache until the indices
change, so the table also shows the page with that cache cleared before each of 5
requests ("cold"), what a page costs right after new articles are indexed.
Both namespaces are removed afterwards.
"""
from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
from elasticsearch import helpers  # noqa: E402

from newsradar.es_schema import drop_namespace, ensure_schema  # noqa: E402
from newsradar.clients import delete_topics, ensure_topics, es_client  # noqa: E402
from newsradar.settings import PROJECT_ROOT, Settings, apply_prefect_defaults  # noqa: E402

TARGET_P95_MS = 300


def _namespace(base: Settings) -> Settings:
    settings = base.model_copy(update={"namespace": f"b{uuid.uuid4().hex[:10]}"})
    ensure_topics(settings)
    ensure_schema(es_client(settings), settings)
    return settings


def demo_run(base: Settings) -> Settings:
    from demo.server import feeds_served_at, serve
    from flows.pipeline import run_once

    settings = _namespace(base)
    server, base_url = serve(0)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            feeds = feeds_served_at(base_url, PROJECT_ROOT / "configs" / "demo-feeds.yaml", Path(tmp))
            run_once(settings, feeds, PROJECT_ROOT / "configs" / "alerts.yaml", log=lambda m: None)
    finally:
        server.shutdown()
    es_client(settings).indices.refresh(index="*")
    return settings


def _all(es, index: str) -> list[dict]:
    return [h["_source"] for h in es.search(index=index, size=1000, query={"match_all": {}})["hits"]["hits"]]


def _shift(iso: str, hours: int) -> str:
    at = datetime.fromisoformat(iso.replace("Z", "+00:00")) - timedelta(hours=hours)
    return at.isoformat().replace("+00:00", "Z")


def replicate(source: Settings, target: Settings, n_articles: int) -> tuple[int, int]:
    es = es_client(source)
    s, t = source.names, target.names
    articles, claims = _all(es, s.articles_index), _all(es, s.claims_index)
    by_article: dict[str, list[dict]] = {}
    for c in claims:
        by_article.setdefault(c["article_id"], []).append(c)

    def actions():
        for i in range(n_articles):
            copy, a = divmod(i, len(articles))
            art = dict(articles[a])
            url = f"{art['url']}&copy={copy}"
            aid = hashlib.sha256(url.encode()).hexdigest()
            hours = copy % 48
            art.update(article_id=aid, url=url, canonical_url=url, outlet=f"{art['outlet']} {copy % 50}",
                       story_id=f"{art['story_id']}-{copy // 5}", published_at=_shift(art["published_at"], hours))
            yield {"_index": t.articles_index, "_id": aid, "_source": art}
            for c in by_article.get(articles[a]["article_id"], []):
                cid = hashlib.sha256(f"{aid}:{c['ordinal']}".encode()).hexdigest()[:32]
                yield {"_index": t.claims_index, "_id": cid,
                       "_source": {**c, "claim_id": cid, "article_id": aid, "url": url, "outlet": art["outlet"],
                                   "story_id": art["story_id"], "published_at": art["published_at"]}}
        for alias_s, alias_t, key in ((s.alerts_index, t.alerts_index, "alert_id"),
                                      (s.outbox_index, t.outbox_index, "delivery_id"),
                                      (s.feeds_index, t.feeds_index, "feed_id"),
                                      (s.claim_clusters_index, t.claim_clusters_index, "cluster_id")):
            for doc in _all(es, alias_s):
                yield {"_index": alias_t, "_id": doc[key], "_source": doc}

    ok, _ = helpers.bulk(es_client(target).options(request_timeout=120), actions(), chunk_size=2000)
    es_client(target).indices.refresh(index=[t.articles_index, t.claims_index, t.alerts_index, t.outbox_index,
                                            t.feeds_index, t.claim_clusters_index])
    return n_articles, ok


def serve_board(settings: Settings) -> tuple[str, object]:
    import socket

    import uvicorn

    from board.app import create_app
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def measure(client: httpx.Client, path: str, n: int) -> tuple[float, float]:
    for _ in range(3):
        assert client.get(path).status_code == 200, path
    times = []
    for _ in range(n):
        start = time.perf_counter()
        resp = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert resp.status_code == 200, path
    times.sort()
    return statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)]


def measure_cold(client: httpx.Client, es, indices: list[str], path: str, n: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(n):
        es.indices.clear_cache(index=indices, request=True)
        start = time.perf_counter()
        assert client.get(path).status_code == 200, path
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=40, help="timed requests per page")
    args = parser.parse_args()
    base = Settings()
    apply_prefect_defaults(base)
    source = demo_run(base)
    target = _namespace(base)
    try:
        n, docs = replicate(source, target, args.articles)
        url, server = serve_board(target)
        with httpx.Client(base_url=url, timeout=60) as client:
            top = client.get("/api/spreading").json()
            pages = [("Spreading now", "/"),
                     ("Story", top["stories"][0]["link"]),
                     ("Claim trace", top["claims"][0]["link"]),
                     ("Search articles", "/search?q=" + quote("Taliban weapons")),
                     ("Search claims", "/search?kind=claims&q=weapon&source_kind=DOCUMENT"),
                     ("Alerts", "/alerts"),
                     ("Alert", top["alerts"][0]["link"]) if top["alerts"] else ("Alerts", "/alerts"),
                     ("Feeds", "/feeds?sort=last_success_at")]
            es, names = es_client(target), target.names
            indices = [names.articles_index, names.claims_index, names.alerts_index, names.outbox_index,
                       names.feeds_index]
            rows = [(name, path, *measure(client, path, args.requests), *measure_cold(client, es, indices, path))
                    for name, path in pages]
        server.should_exit = True
    finally:
        for settings in (source, target):
            drop_namespace(es_client(settings), settings)
            delete_topics(settings)
    print(f"{n:,} articles, {docs:,} documents indexed; {args.requests} timed requests per page over HTTP")
    print(f"{'page':<16} {'p50 ms':>8} {'p95 ms':>8}  {'target p95':>10}  {'cold p50':>8} {'cold max':>8}  path")
    for name, path, p50, p95, cold50, cold_max in rows:
        verdict = "met" if p95 <= TARGET_P95_MS else "MISSED"
        print(f"{name:<16} {p50:>8.1f} {p95:>8.1f}  {verdict:>10}  {cold50:>8.1f} {cold_max:>8.1f}  {path[:50]}")


if __name__ == "__main__":
    main()
