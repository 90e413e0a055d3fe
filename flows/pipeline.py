"""The wiring of the whole pipeline, in one place: which stage reads what, and in which order.

feeds --poll_feeds--> news.raw --Enricher--> news.enriched --Indexer--> Elasticsearch
                                                  \\--Alerter--> news.alerts --Notifier--> Slack, email, webhook

``run_once`` polls every feed once, then drains each stage in turn until it is
idle; the long-running mode runs each stage as its own process
(``newsradar consume STAGE``) so they scale and fail independently.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from consumers.runner import Runner
from newsradar.settings import Settings
from newsradar.topics import STAGES


def build_stage(name: str, settings: Settings, rules_file: Path | None = None):
    """Construct one stage; imports are local so a process loads only what it runs."""
    rules_file = rules_file or settings.rules_file
    if name == "enricher":
        from consumers.enricher.claim_clusters import ClaimClusterer
        from consumers.enricher.stage import Enricher
        from consumers.enricher.stories import StoryClusterer
        from newsradar.clients import es_client
        es = es_client(settings)
        return Enricher(settings, clusterer=StoryClusterer(es, settings, rules_file=rules_file),
                        claim_clusterer=ClaimClusterer(es, settings))
    if name == "indexer":
        from consumers.indexer.stage import Indexer
        return Indexer(settings)
    if name == "alerter":
        from consumers.alerter.stage import Alerter
        return Alerter(settings, rules_file)
    if name == "notifier":
        from consumers.notifier.stage import Notifier
        return Notifier(settings, rules_file)
    raise ValueError(f"unknown stage {name!r}; choose one of {', '.join(STAGES)}")


def batch_size_for(name: str, settings: Settings) -> int:
    if name == "enricher":
        return settings.enrich.batch_size
    if name == "indexer":
        return settings.index.bulk_max_docs
    return 200


@dataclass
class RunSummary:
    poll: object = None
    stages: dict[str, Counter] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [str(self.poll)] if self.poll is not None else []
        for name, counts in self.stages.items():
            shown = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
            out.append(f"{name:<9} {shown or 'nothing to do'}")
        return out


def drain(name: str, settings: Settings, rules_file: Path | None = None, log=print) -> Counter:
    stage = build_stage(name, settings, rules_file)
    runner = Runner(stage, settings, batch_size=batch_size_for(name, settings))
    try:
        return runner.run(until_idle=True)
    finally:
        if hasattr(stage, "close"):
            stage.close()


def run_once(settings: Settings, feeds_file: Path | None = None, rules_file: Path | None = None,
             log=print) -> RunSummary:
    from flows.poll_feeds import poll_once

    summary = RunSummary()
    log("polling feeds ...")
    summary.poll = poll_once(feeds_file=feeds_file or settings.feeds_file, settings=settings)
    for name in STAGES:
        log(f"draining {name} ...")
        summary.stages[name] = drain(name, settings, rules_file, log)
    return summary
