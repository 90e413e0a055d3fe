"""A claim's modality: does it state something, or put it as a condition, a question, a possibility or a forecast?

"The union will strike" and "the union would strike if talks failed" share every word that matching
compares (the modals and "if" are stop words), yet the second states no strike; nor does "it was unclear
whether the agency had misled Congress" state that it had, nor "the outbreak could spread" that it spread.
A forecast ("forecasters said the storm would bring 150mm of rain") is another claim than the outcome it
forecast ("the storm brought 150mm of rain"), though not than a plain future ("the storm will bring ...").

Tense alone never tells two claims apart: reported speech shifts it ("the plant will close", "said the
plant would close"), and outlets word one plan many ways ("is to", "is set to", "plans to"). An
expectation of one's own act ("she expected to call an election") is read as a forecast: beside "will
call" it joins as a plain future does; beside "called" it is the plan, not the outcome.

Read from the content's words, a small set of markers, in the claim's own clauses: a clause opened by a
relative pronoun after a comma describes something the claim names ("the painting, which might be a lost
Rembrandt, had been stolen"), and words after a relative pronoun or a "because" inside a clause do too.
Which pairs of modalities are two claims is ``modalities_apart``.
"""
from __future__ import annotations

import re

from newsradar.schema import Claim

PLAIN, FUTURE = "", "future"
CONDITION, QUESTION, POSSIBLE, FORECAST = "condition", "question", "possible", "forecast"

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
# A reason is no part of what the claim states: "is recalling 312,000 cars because their airbags may not inflate".
_SIDE_OPENERS = _RELATIVES | {"because"}
# "a defiant move that, if confirmed, would be a huge jump": a clause that ends on a relative pronoun opens a
# relative clause that runs on past the commas of its aside, so the rest of the content describes a name.
_OPENING_A_RELATIVE = _RELATIVES | {"that"}
# "Should talks collapse, the union will strike": a content that opens on "should" opens on a condition.
_INVERTED_CONDITION = re.compile(r"^should\b[^,;:]*[,;:]\s", re.IGNORECASE)
# "Even if it rains, the match will go ahead", "as if": the main clause is asserted, not conditioned.
_NOT_A_CONDITION_BEFORE_IF = frozenset({"even", "as"})
# "must sell CNN if it wants the deal approved" is a purpose ("to have the deal approved"), not a condition.
_PURPOSE_AFTER_IF = frozenset({"want", "wants", "wanted", "wish", "wishes", "wished"})
# An "if" after these asks rather than conditions ("asked if", "unclear if", "to see if").
_ASKING = frozenset({"ask", "asks", "asked", "asking", "unclear", "clear", "know", "known", "sure", "wonder",
                     "wondered", "wondering", "decide", "decided", "establish", "determine", "see", "check"})
# "May" the month is written with its capital; the modal only sentence-initially, where a content rarely starts.
_POSSIBLE_MODALS = frozenset({"could", "may", "might"})
_FORECAST_WORDS = frozenset({"expect", "expects", "expected", "expecting", "forecast", "forecasts", "predict",
                             "predicts", "predicted", "predicting"})
# "As expected, the bank raised rates", "faster than expected": the outcome, measured against a forecast.
_NOT_A_FORECAST_BEFORE = frozenset({"as", "than"})
# Cues of speech that forecast what their content says will happen.
_FORECAST_CUES = frozenset({"predict", "forecast", "project", "expect", "warn"})
# Speakers whose statements of what will happen are forecasts of events they do not decide.
_FORECASTERS = re.compile(r"\b(?:forecasters?|meteorologists?|economists?|analysts?|pollsters?)\b")
_FUTURE = re.compile(r"\b(?:will|would|shall|\w+'ll|going to|(?:is|are|was|were) (?:set |due |scheduled )?to|"
                     r"plans? to|planned to)\b")


def modality(claim: Claim) -> str:
    """One of ``PLAIN``, ``FUTURE`` (a plain statement of what will happen), ``CONDITION``, ``QUESTION``,
    ``POSSIBLE`` or ``FORECAST``, read from the claim's content, cue and speaker."""
    words = _own_words(claim.content.replace("’", "'"))
    lowered = [w.lower() for w in words]
    pairs = list(zip([""] + lowered, lowered))
    joined = " ".join(lowered)
    if "whether" in lowered and "whether or not" not in joined or any(
            word == "if" and before in _ASKING for before, word in pairs):
        return QUESTION
    if "unless" in lowered or _INVERTED_CONDITION.match(claim.content) or any(
            word == "if" and before not in _NOT_A_CONDITION_BEFORE_IF
            and _PURPOSE_AFTER_IF.isdisjoint(lowered[i + 1:i + 4]) for i, (before, word) in enumerate(pairs)):
        return CONDITION
    if not _POSSIBLE_MODALS.isdisjoint(words):
        return POSSIBLE
    future = bool(_FUTURE.search(joined))
    if any(word in _FORECAST_WORDS and before not in _NOT_A_FORECAST_BEFORE for before, word in pairs) or future and (
            (claim.cue_lemma or "") in _FORECAST_CUES or _FORECASTERS.search((claim.speaker or "").lower())):
        return FORECAST
    return FUTURE if future else PLAIN


def _own_words(content: str) -> list[str]:
    """The content's words in its own clauses, as written: not those of a relative clause describing a name,
    nor of a reason."""
    words: list[str] = []
    for n, clause in enumerate(_CLAUSE_BREAK.split(content)):
        clause_words = _WORD.findall(clause)
        lowered = [w.lower() for w in clause_words]
        # after a comma a "that" is a relative pronoun ("..., a claim that could not be verified"), not the
        # "that" of reported speech, which follows its verb
        openers = _SIDE_OPENERS | {"that"} if n > 0 else _SIDE_OPENERS
        if n > 0 and lowered and lowered[0] in openers:
            continue
        cut = next((i for i, w in enumerate(lowered) if i > 0 and w in openers), len(lowered))
        words += clause_words[:cut]
        if lowered and lowered[-1] in _OPENING_A_RELATIVE:
            break
    return words


def modalities_apart(a: str, b: str) -> bool:
    """Two claims, whatever their words share: one conditions or asks what the other states (plainly, as a
    future or as a forecast), or one allows what the other says happened or is so.

    A possibility beside a future is left to matching: outlets retell one warning as "would cost 8,000 jobs"
    and "could destroy 8,000 jobs", and a "could" is often a permission ("residents could return home on
    Saturday", "will be allowed back"). A possibility beside a condition is left to matching too: a headline
    drops the condition its story states ("Russia could grant asylum to Assad", "could grant him asylum if he
    is forced to leave"). So are two claims of one modality, and a condition beside a question.
    """
    unstated, stated = {CONDITION, QUESTION}, {PLAIN, FUTURE, FORECAST}
    return a in unstated and b in stated or b in unstated and a in stated or {a, b} == {POSSIBLE, PLAIN}


def forecast_and_outcome(a: str, b: str) -> bool:
    """One forecasts what the other says happened or is so: two claims when both state one figure ("would
    bring 150mm of rain", "brought 150mm"), the caller's test. Without it a plain present is as often a
    forecast in other words ("is expected to take over", "is the favourite to replace her"); beside a plain
    future a forecast is one claim ("is expected to fall", "will fall")."""
    return {a, b} == {FORECAST, PLAIN}
