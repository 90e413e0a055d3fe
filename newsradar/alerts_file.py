"""What configs/alerts.yaml says that more than one stage reads.

The alerter owns the rule types (``consumers/alerter/rules/``); the notifier
reads each rule's name and notification options, and the enricher reads the
``stories:`` clustering parameters. Those shared parts, the channel names and
the loader live here, so no stage imports another to read the same file.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Literal, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsradar.configfile import load_model, load_yaml
from newsradar.errors import ConfigError

ChannelName = Literal["slack", "email", "webhook"]
CHANNELS: tuple[str, ...] = get_args(ChannelName)


class EmailOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    to: list[str] = Field(min_length=1, description="recipient addresses (config; passwords are env)")
    cc: list[str] = Field(default_factory=list)
    subject: str | None = Field(None, description="Jinja2 template of the subject line")

    @model_validator(mode="after")
    def _addresses(self) -> EmailOptions:
        for addr in [*self.to, *self.cc]:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+", addr):
                raise ValueError(f"{addr!r} is not an e-mail address")
        return self


class StoryParams(BaseModel):
    """`stories:` in configs/alerts.yaml."""

    model_config = ConfigDict(extra="forbid")
    shingle_size: int = Field(3, ge=1, le=10, description="words per shingle for the near-duplicate MinHash")
    near_dup_threshold: float = Field(0.7, gt=0, le=1, description="shingle Jaccard that makes two texts copies")
    near_dup_min_words: int = Field(25, ge=5, description="shorter texts are never called copies")
    num_perm: int = Field(64, ge=16, le=256, description="near-duplicate MinHash size (a multiple of band_rows)")
    band_rows: int = Field(4, ge=1, le=16)
    threshold: float = Field(0.17, gt=0, le=1, description="story score needed to join a story")
    drift_threshold: float = Field(0.19, ge=0, le=1,
                                   description="cosine to the story's centroid below which it is never joined")
    link_weight: float = Field(0.5, ge=0, le=1, description="share of the best single-article cosine in the score; "
                                                            "the rest is the cosine to the centroid")
    title_boost: float = Field(2.0, ge=1, le=10, description="weight of a headline word relative to a lead word")
    entity_boost: float = Field(1.5, ge=0, le=10, description="weight of a named entity relative to a word of equal IDF")
    half_life_hours: float = Field(96, gt=0, description="the score halves per this many hours to the story's "
                                                         "nearest article")
    lookback_days: float = Field(5, gt=0, le=60, description="candidates are this close in time")
    df_days: float = Field(30, gt=0, le=365, description="document frequencies are counted over this many days")
    lead_terms: int = Field(80, ge=10, le=2000, description="lemmas of title and lead an article is compared on")
    core_terms: int = Field(40, ge=5, le=500, description="heaviest terms kept of a story's centroid")
    candidates: int = Field(20, ge=5, le=1000, description="stored articles fetched per article")


class RuleOptions(BaseModel):
    """What every stage may read of a rule: its name, and where and how it notifies."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=100,
                      description="stable identifier: part of every alert_id")
    description: str = ""
    enabled: bool = True
    notify: list[ChannelName] = Field(default_factory=lambda: ["slack"])
    digest_minutes: int | None = Field(None, ge=1, le=7 * 24 * 60,
                                       description="at most one message per N minutes, summarising")
    email: EmailOptions | None = None
    templates: dict[Literal["slack", "email", "email_html", "webhook", "subject"], str] = Field(
        default_factory=dict, description="per-channel Jinja2 template file (relative to "
                                          "consumers/notifier/templates/ or absolute) overriding the default")
    delivery: Literal["at-most-once", "at-least-once"] = Field(
        "at-most-once", description="what to do with a send that was started but never acknowledged "
                                    "when the notifier died: drop it (default) or send it again")

    @model_validator(mode="after")
    def _channels_need_config(self):
        if "email" in self.notify and self.email is None:
            raise ValueError("notify includes email, so `email: {to: [...]}` is required")
        if len(set(self.notify)) != len(self.notify):
            raise ValueError("notify lists a channel twice")
        return self


class RuleEntry(RuleOptions):
    """A rule as a stage other than the alerter reads it: the rest of its keys are the alerter's to check."""

    model_config = ConfigDict(extra="allow")


class AlertsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[RuleEntry] = Field(default_factory=list)
    stories: StoryParams = Field(default_factory=StoryParams,
                                 description="same-story and near-duplicate clustering (consumers/enricher/stories.py)")

    @model_validator(mode="after")
    def _unique_names(self):
        seen = set()
        for r in self.rules:
            if r.name in seen:
                raise ValueError(f"rule name {r.name!r} is used twice")
            seen.add(r.name)
        return self

    def get(self, name: str) -> RuleOptions:
        for r in self.rules:
            if r.name == name:
                return r
        raise ConfigError(f"no rule named {name!r} (known: {', '.join(r.name for r in self.rules)})",
                          key="rules")

    @property
    def active(self) -> list[RuleOptions]:
        return [r for r in self.rules if r.enabled]


F = TypeVar("F", bound=AlertsFile)


def load_alerts_file(path: Path, model: type[F] = AlertsFile) -> F:
    """Validate ``path``; errors name file:line, the rule and the key path.

    A file without rules is refused: the alerter would run and never fire, and nobody
    would notice until a story was missed.
    """
    try:
        rules = load_model(Path(path), model)
    except ConfigError as exc:
        raise _name_rules(exc, path) from exc.__cause__
    if not rules.rules:
        raw = load_yaml(Path(path))
        line = getattr(raw, "key_lines", {}).get("rules") or getattr(raw, "line", None)
        raise ConfigError("no alert rules: list at least one rule (see consumers/alerter/rules/README.md)",
                          file=f"{path}:{line}" if line else str(path), key="rules")
    return rules


def _name_rules(exc: ConfigError, path: Path) -> ConfigError:
    try:
        raw = load_yaml(Path(path)) or {}
        names = [r.get("name", "?") if isinstance(r, dict) else "?" for r in raw.get("rules", [])]
    except (ConfigError, AttributeError):
        return exc
    text = str(exc)

    def label(m: re.Match) -> str:
        i = int(m.group(1))
        name = names[i] if i < len(names) else "?"
        return f"rules[{i}] (rule {name!r})"

    named = re.sub(r"rules\[(\d+)\]", label, text)
    out = ConfigError(named)
    out.file, out.key = exc.file, exc.key
    return out
