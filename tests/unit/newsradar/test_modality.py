"""``newsradar.modality``: the markers read in a claim's own clauses, and which modalities are two claims."""
from __future__ import annotations

import pytest

from newsradar.modality import (CONDITION, FORECAST, FUTURE, PLAIN, POSSIBLE, QUESTION, forecast_and_outcome,
                                modalities_apart, modality)
from newsradar.schema import Claim, Span


def _claim(content: str, speaker: str = "officials", cue_lemma: str = "say") -> Claim:
    return Claim(claim_id="c1", kind="indirect", speaker=speaker, speaker_type="PERSON", cue_lemma=cue_lemma,
                 content=content, sentence=Span(start=0, end=len(content)),
                 content_span=Span(start=0, end=len(content)), rule="test", confidence=0.9)


@pytest.mark.parametrize("content,expected", [
    ("the ferry service will resume on Monday", FUTURE),
    ("the ferry service resumed on Monday", PLAIN),
    ("the ferry would resume on Monday unless the wind picked up", CONDITION),
    ("Should the wind drop, the ferry will resume on Monday", CONDITION),
    ("the ferry will run even if the wind picks up", FUTURE),
    ("the port must be dredged if it wants larger ships", PLAIN),
    ("it was unclear if the ferry would resume", QUESTION),
    ("the ferry will run whether or not the strike goes ahead", FUTURE),
    ("the ferry might resume on Monday", POSSIBLE),
    ("the ferry resumed in May", PLAIN),
    ("the ferry, which may be sold, resumed on Monday", PLAIN),
    ("the ferry resumed on Monday, a step that, if it lasts, would help trade", PLAIN),
    ("the ferry was halted because the hull may be cracked", PLAIN),
    ("passenger numbers are expected to reach 9,000 a day", FORECAST),
    ("as expected, passenger numbers reached 9,000 a day", PLAIN),
])
def test_modality_reads_markers_in_the_claims_own_clauses(content, expected):
    assert modality(_claim(content)) == expected


def test_modality_reads_a_forecasters_future_and_a_forecasting_cue_as_a_forecast_never_their_past():
    assert modality(_claim("the storm would bring 150mm of rain", speaker="Forecasters")) == FORECAST
    assert modality(_claim("temperatures would hit 45C", speaker="the weather service", cue_lemma="warn")) == FORECAST
    assert modality(_claim("the storm brought 150mm of rain", speaker="Forecasters")) == PLAIN
    assert modality(_claim("the storm would bring 150mm of rain", speaker="the mayor")) == FUTURE


def test_modalities_apart_splits_only_an_unstated_claim_from_a_stated_one():
    for unstated in (CONDITION, QUESTION):
        assert all(modalities_apart(unstated, stated) for stated in (PLAIN, FUTURE, FORECAST))
        assert not modalities_apart(unstated, POSSIBLE)
    assert modalities_apart(POSSIBLE, PLAIN)
    assert not modalities_apart(POSSIBLE, FUTURE) and not modalities_apart(POSSIBLE, FORECAST)
    assert not modalities_apart(CONDITION, QUESTION)
    assert not any(modalities_apart(m, m) for m in (PLAIN, FUTURE, CONDITION, QUESTION, POSSIBLE, FORECAST))
    assert not modalities_apart(FUTURE, PLAIN)


def test_forecast_and_outcome_is_a_forecast_beside_a_plain_statement_only():
    assert forecast_and_outcome(FORECAST, PLAIN) and forecast_and_outcome(PLAIN, FORECAST)
    assert not forecast_and_outcome(FORECAST, FUTURE) and not forecast_and_outcome(FORECAST, FORECAST)
