"""What the local services spend while a bench runs: their CPU from /proc, Elasticsearch's work from its stats.

On two cores the broker's and Elasticsearch's CPU is CPU the bench's own processes do not get,
so a bench that shares the machine with them counts it over its window. Both figures are the
services' whole: another client's work in the same window is in them too, so a bench also reads
Elasticsearch's per-index stats of its own namespace, which no one else writes or searches.
"""
from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from newsradar.settings import Settings

# The counters of one ``indices`` stats section that say what Elasticsearch was asked to do, by the name printed.
ES_WORK = {"searches": ("search", "query_total"), "query_ms": ("search", "query_time_in_millis"),
           "fetches": ("search", "fetch_total"), "fetch_ms": ("search", "fetch_time_in_millis"),
           "indexed": ("indexing", "index_total"), "index_ms": ("indexing", "index_time_in_millis"),
           "gets": ("get", "total"), "refreshes": ("refresh", "total"),
           "refresh_ms": ("refresh", "total_time_in_millis")}


def cpu_seconds(pids) -> float:
    """user+system CPU of live processes, from /proc (children of other parents included)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def service_pids(settings: Settings) -> dict[str, list[int]]:
    """The local services' processes, by the pid files ``newsradar up`` writes, with their descendants.

    Elasticsearch's JVM is its launcher's grandchild. A service this checkout did not start (another
    checkout's ``newsradar up`` serves it) has no pid file here: it is found as the process listening
    on its port (Kafka's, Elasticsearch's), whose work is the JVM's.
    """
    from infra.es_server import ElasticsearchServer
    from infra.kafka_server import KafkaServer
    from infra.prefect_server import PrefectServer

    parents: dict[int, int] = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            parents[int(stat.split("/")[2])] = int(Path(stat).read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError):
            continue  # ended between the listing and the read
    cache = settings.cache_dir
    servers = {"Kafka broker": KafkaServer(cache, None), "Prefect server": PrefectServer(cache, settings.prefect_port),
               "Elasticsearch": ElasticsearchServer(cache, None)}
    ports = {"Kafka broker": urlsplit(f"//{settings.kafka_bootstrap.split(',')[0]}").port,
             "Elasticsearch": urlsplit(settings.es_url).port or 9200}
    out = {}
    for name, server in servers.items():
        pid = server.running_pid()
        if pid is None and name in ports:
            pid = listener_pid(ports[name])
        pids = [pid] if pid is not None else []
        for pid in pids:  # grows as it goes: every descendant
            pids.extend(child for child, parent in parents.items() if parent == pid)
        out[name] = pids
    return out


def listener_pid(port: int) -> int | None:
    """The process holding a socket that listens on TCP ``port`` (any address), or None."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            # local address "ADDR:PORT" in hex; state 0A is LISTEN
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    for fd_dir in glob.glob("/proc/[0-9]*/fd"):
        try:
            if any(os.readlink(f"{fd_dir}/{fd}") in inodes for fd in os.listdir(fd_dir)):
                return int(fd_dir.split("/")[2])
        except OSError:
            continue  # ended, or not ours to read
    return None


def es_work(section: dict) -> dict[str, int]:
    """``ES_WORK``'s counters of one ``indices`` stats section (a node's, or an index pattern's ``total``)."""
    return {name: section.get(group, {}).get(field, 0) for name, (group, field) in ES_WORK.items()}


def es_node_work(es) -> dict[str, int]:
    """``es_work`` summed over the cluster's nodes: every client's work."""
    nodes = es.nodes.stats(metric="indices", index_metric="search,indexing,get,refresh")["nodes"]
    total = dict.fromkeys(ES_WORK, 0)
    for node in nodes.values():
        for name, value in es_work(node["indices"]).items():
            total[name] += value
    return total


def es_namespace_work(es, namespace: str) -> dict[str, int]:
    """``es_work`` of a namespace's own indices (primaries and replicas alike)."""
    stats = es.indices.stats(index=f"{namespace}-*", metric="search,indexing,get,refresh")
    return es_work(stats["_all"]["total"])


class ServiceLoad:
    """Marks of the services' work at points of a bench's window, to subtract: the JVMs' CPU and
    Elasticsearch's counters, the node's and those of ``settings``' namespace."""

    def __init__(self, settings: Settings) -> None:
        from newsradar.clients import es_client

        self.pids = {name: pids for name, pids in service_pids(settings).items() if pids and name != "Prefect server"}
        self.es = es_client(settings)
        self.namespace = settings.namespace

    def mark(self) -> dict[str, float]:
        """``"<service> cpu_ms"``, ``"node <counter>"`` and ``"namespace <counter>"`` (``ES_WORK``'s names)."""
        out = {f"{name} cpu_ms": 1000 * cpu_seconds(pids) for name, pids in self.pids.items()}
        out.update({f"node {k}": v for k, v in es_node_work(self.es).items()})
        out.update({f"namespace {k}": v for k, v in es_namespace_work(self.es, self.namespace).items()})
        return out
