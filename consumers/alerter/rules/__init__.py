"""Alert rules: one pydantic model per rule type, chosen by ``type``, loaded from configs/alerts.yaml.

Adding a rule type (see ``docs``-style how-to in this docstring):

1. write a ``RuleBase`` subclass with ``type: Literal["mytype"]`` and the two
   methods ``match(ea)`` and ``evaluate(store, group, new, now)`` (``base.py``);
2. add it to ``RULE_TYPES`` below; the union, the loader and the JSON schema
   follow from that.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from consumers.alerter.rules.base import CHANNELS, Decision, MatchDoc, RuleBase, StoryParams  # noqa: F401 - re-exported
from consumers.alerter.rules.cross_outlet import StoryRule, TopicRule
from consumers.alerter.rules.spike import SpikeRule
from newsradar.configfile import load_model, load_yaml
from newsradar.errors import ConfigError

RULE_TYPES: dict[str, type[RuleBase]] = {"topic": TopicRule, "story": StoryRule, "spike": SpikeRule}

AnyRule = Annotated[Union[TopicRule, StoryRule, SpikeRule], Field(discriminator="type")]


class RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[AnyRule] = Field(default_factory=list)
    stories: StoryParams = Field(default_factory=StoryParams,
                                 description="same-story and near-duplicate clustering (consumers/stories.py)")

    @model_validator(mode="after")
    def _unique_names(self):
        seen = set()
        for r in self.rules:
            if r.name in seen:
                raise ValueError(f"rule name {r.name!r} is used twice")
            seen.add(r.name)
        return self

    def get(self, name: str) -> RuleBase:
        for r in self.rules:
            if r.name == name:
                return r
        raise ConfigError(f"no rule named {name!r} (known: {', '.join(r.name for r in self.rules)})",
                          key="rules")

    @property
    def active(self) -> list[RuleBase]:
        return [r for r in self.rules if r.enabled]


def load_rules(path: Path) -> RulesFile:
    """Validate ``path``; errors name file:line, the rule and the key path.

    A file without rules is refused: the alerter would run and never fire, and nobody
    would notice until a story was missed.
    """
    try:
        rules = load_model(Path(path), RulesFile)
    except ConfigError as exc:
        raise _name_rules(exc, path) from exc.__cause__
    if not rules.rules:
        raw = load_yaml(Path(path))
        line = getattr(raw, "key_lines", {}).get("rules") or getattr(raw, "line", None)
        raise ConfigError("no alert rules: list at least one rule (see consumers/rules/README.md)",
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
