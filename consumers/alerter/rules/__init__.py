"""Alert rules: one pydantic model per rule type, chosen by ``type``, loaded from configs/alerts.yaml.

Adding a rule type (see ``docs``-style how-to in this docstring):

1. write a ``RuleBase`` subclass with ``type: Literal["mytype"]`` and the two
   methods ``match(ea)`` and ``evaluate(store, group, new, now)`` (``base.py``);
2. add it to ``RULE_TYPES`` below; the union, the loader and the JSON schema
   follow from that.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Union

from pydantic import Field

from consumers.alerter.rules.base import RuleBase
from consumers.alerter.rules.claim import ClaimRule
from consumers.alerter.rules.cross_outlet import StoryRule, TopicRule
from consumers.alerter.rules.spike import SpikeRule
from newsradar.alerts_file import AlertsFile, load_alerts_file

RULE_TYPES: dict[str, type[RuleBase]] = {"topic": TopicRule, "story": StoryRule, "spike": SpikeRule,
                                          "claim": ClaimRule}

AnyRule = Annotated[Union[TopicRule, StoryRule, SpikeRule, ClaimRule], Field(discriminator="type")]


class RulesFile(AlertsFile):
    """configs/alerts.yaml as the alerter reads it: every rule checked against its type."""

    rules: list[AnyRule] = Field(default_factory=list)


def load_rules(path: Path) -> RulesFile:
    return load_alerts_file(path, RulesFile)
