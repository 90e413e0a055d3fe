"""A claim's modality: does it state something, or put it as a condition, a question or a forecast?

"400 flights were cancelled" and "400 flights would be cancelled if pilots walked out" share every word that
matching compares (the modals and "if" are stop words), yet the second states no cancellation; nor does "it
was unclear whether the agency had misled Congress" state that it had. Beside a plain future a condition is
left to matching: a headline drops the condition its story states ("The deal will go ahead if regulators
approve it", "The deal will go ahead"). A "could", "may" or "might" is no marker: it is as often a permission
("passengers may now board"), a past ability ("you could hear it groaning") or a soft statement of fact ("may
face up to 20 years", "found what might be a skull") as a possibility; it is read as a future.
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

from newsradar.clock import MONTHS, WEEKDAYS
from newsradar.schema import Claim

PLAIN, FUTURE = "", "future"
CONDITION, QUESTION, FORECAST = "condition", "question", "forecast"

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
# A reason is no part of what the claim states: "is recalling 312,000 cars because their airbags may not inflate".
_SIDE_OPENERS = RELATIVE_PRONOUNS | {"because"}
# "a defiant move that, if confirmed, would be a huge jump": a clause that ends on a relative pronoun opens a
# relative clause that runs on past the commas of its aside, so the rest of the content describes a name.
_OPENING_A_RELATIVE = RELATIVE_PRONOUNS | {"that"}
# after a comma a "that" opens a relative clause too
_SIDE_OPENERS_AFTER_COMMA = _SIDE_OPENERS | {"that"}
_STATED = frozenset({PLAIN, FUTURE, FORECAST})
# "Should talks collapse, the union will strike": a content that opens on "should" opens on a condition.
_INVERTED_CONDITION = re.compile(r"^should\b[^,;:]*[,;:]\s", re.IGNORECASE)
# "Even if it rains, the match will go ahead", "as if": the main clause is asserted, not conditioned.
_NOT_A_CONDITION_BEFORE_IF = frozenset({"even", "as"})
# "hundreds, if not thousands,", "few, if any,", "was, if anything, too low": idioms, not conditions.
_IDIOM_AFTER_IF = frozenset({"not", "any", "anything", "ever", "only", "so"})
# The forms of "be", and with "have" and "do" the auxiliaries: what tells a verb in an aside opened by "if" ("if
# confirmed,", "if it is,"), a past participle or these; the claim matcher reads its refusals' clauses by them too.
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been"})
AUXILIARIES = BE_FORMS | frozenset({"has", "have", "had", "do", "does", "did"})
MODAL_AUXILIARIES = frozenset({"would", "will", "could", "can", "may", "might", "should", "must"})
# "must sell CNN if it wants the deal approved" is a purpose ("to have the deal approved"), not a condition.
_PURPOSE_AFTER_IF = frozenset({"want", "wants", "wanted", "wish", "wishes", "wished"})
# An "if" after these asks rather than conditions ("asked if", "unclear if", "to see if").
_ASKING = frozenset({"ask", "asks", "asked", "asking", "unclear", "clear", "know", "known", "sure", "wonder",
                     "wondered", "wondering", "decide", "decided", "establish", "determine", "see", "check"})
_FORECAST_WORDS = frozenset({"expect", "expects", "expected", "expecting", "forecast", "forecasts", "predict",
                             "predicts", "predicted", "predicting"})
# "As expected, the bank raised rates", "more than analysts had expected", "beat what analysts expected", "in line
# with" a forecast: the outcome, measured against a forecast, anywhere earlier in the forecast word's clause.
_NOT_A_FORECAST_BEFORE = frozenset({"as", "than", "what"})
# Cues of speech that forecast what their content says will happen.
_FORECAST_CUES = frozenset({"predict", "forecast", "project", "expect", "warn"})
# Speakers whose statements of what will happen are forecasts of events they do not decide.
_FORECASTERS = re.compile(r"\b(?:forecasters?|meteorologists?|economists?|analysts?|pollsters?)\b")
# Passives that tell what is expected of someone ("is set to sign", "is tipped to win", "is scheduled to open"): what
# is to come, not an act done. The enricher's narration reads them by lemma, with the parse's infinitive after them.
EXPECTED_TO = frozenset({"set", "tip", "poise", "bill", "earmark", "tout", "gear", "schedule"})
# ... and as written here (the future below and claim matching's fold read them), only those seldom followed by a
# receiver: "billed to taxpayers", "earmarked to the NHS", "geared to helping", "touted to investors" are no future,
# and words alone cannot tell them apart
_EXPECTED_AS_WRITTEN = ("set", "scheduled", "tipped", "poised")
# "Is to blame" is a present; a "to" before a determiner is a preposition, no infinitive ("was tipped to the police",
# "is due to the storm"). The future and the modal fold below read it alike.
_NOT_AN_INFINITIVE = r" blame| the\b| a\b| an\b"
_FUTURE = re.compile(r"\b(?:will|would|shall|\w+'ll|going to|(?:is|are|was|were) (?:(?:due|"
                     + "|".join(_EXPECTED_AS_WRITTEN)
                     + r") )?to(?!" + _NOT_AN_INFINITIVE + r")|plans? to|planned to)\b")
# ... but "due to" + a determiner with a time ahead later in its clause is a deadline, not a cause: "the bill is due
# to the Lords by March", "the report is due to the cabinet next week" (read in one clause's lower-case words).
_DEADLINE = re.compile(r"\b(?:is|are|was|were) due to (?:the|a|an) (?:\w+ )*?(?:tomorrow|next \w+|(?:by|on|in|before"
                       r"|until) (?:the (?:end|start|middle) of |early |mid |late )?(?:christmas|easter|"
                       + "|".join(sorted(name.lower() for name in MONTHS | WEEKDAYS)) + r"))\b")
# "Could", "may" and "might" are read as a future, not as a past or present: a condition beside them is left to
# matching ("could receive the jets if Congress approved", "could get the jets"), as beside "will". Matched as
# written: "May" the month has its capital, and a content rarely opens on the modal.
_MODALS = frozenset({"could", "may", "might"})
# One strength of modality worded several ways, as matching compares it: "is set to", "is scheduled to" and "is
# expected to" say what "will" says (a stop word there, so these drop their words); "has to" and "is required to"
# say "must"; "might" says "may". Kept apart: "will" beside "may" or "must" ("may" and "must" stay terms); a past
# form ("was expected to" is an outsider's forecast, "had to flee" a duty met, "planned to" a plan that may have
# lapsed); "is due to" (as often a cause: "is due to staff shortages"); a "set to" before a figure or a determiner
# (a setting, "is set to 20mph", or a preposition, "set to the music"); "is going to" (as often a trip); "could" (a
# stop word: as often a past ability, "you could hear it"); "needs to" (folded, "needs to sell" lost the word it
# shares with "would need to sell"); and "plans to" as the noun ("weighing a plan to build", "unveiled plans to"),
# whose word the other outlet shares: a plan is a verb only after a subject pronoun ("it plans to").
# One scan for all of them (a claim's content and each of its names are read so, per article): the group that
# matched says which word the wording is written as.
_MODAL_WORDINGS = re.compile(
    r"\b(?:(?P<will>(?:is|are|be) (?:" + "|".join(_EXPECTED_AS_WRITTEN)
    + r"|expected) to(?!" + _NOT_AN_INFINITIVE + r"| \d))"
    r"|(?P<pronoun>i|we|you|he|she|it|they) (?:plans?|(?:is|are) planning) to"
    + r"|(?P<must>(?:has|have) to(?! do with)|(?:is|are|be) required to)"
    r"|might)\b")


def modality(claim: Claim) -> str:
    """One of ``PLAIN``, ``FUTURE`` (a plain statement of what will or may happen), ``CONDITION``, ``QUESTION``
    or ``FORECAST``, read from the claim's content, cue and speaker."""
    written = _own_clauses(claim.content.replace("’", "'"))
    clauses = [[w.lower() for w in clause] for clause in written]
    lowered = [w for clause in clauses for w in clause]
    pairs = list(zip([""] + lowered, lowered))
    joined = " ".join(lowered)
    # each "whether" on its own: a "whether or not" beside it asserts its main clause, not the other's
    if any(word == "whether" and lowered[i + 1:i + 3] != ["or", "not"] for i, word in enumerate(lowered)) or any(
            word == "if" and before in _ASKING for before, word in pairs):
        return QUESTION
    if "unless" in lowered or _INVERTED_CONDITION.match(claim.content) or any(
            _conditions(clause, 0 < n < len(clauses) - 1) for n, clause in enumerate(clauses)):
        return CONDITION
    future = bool(_FUTURE.search(joined)) or any(_DEADLINE.search(" ".join(clause)) for clause in clauses) or any(
        not _MODALS.isdisjoint(clause) for clause in written)
    if any(_forecasts(clause) for clause in clauses) or future and (
            (claim.cue_lemma or "") in _FORECAST_CUES or _FORECASTERS.search((claim.speaker or "").lower())):
        return FORECAST
    return FUTURE if future else PLAIN


def _conditions(clause: list[str], aside: bool) -> bool:
    """An "if" of the clause opens a condition: not "even if", "as if", "if it wants" (a purpose), an idiom
    ("if not thousands", "if any", "if anything", "if ever", "if only", "if so"), nor an aside between commas
    without a verb ("the tax was, if necessary, to be raised")."""
    for i, word in enumerate(clause):
        if word != "if" or i > 0 and clause[i - 1] in _NOT_A_CONDITION_BEFORE_IF:
            continue
        after = clause[i + 1:]
        if after[:1] and after[0] in _IDIOM_AFTER_IF or not _PURPOSE_AFTER_IF.isdisjoint(after[:3]):
            continue
        if i == 0 and aside and not any(w in AUXILIARIES or w.endswith("ed") for w in after):
            continue
        return True
    return False


def _forecasts(clause: list[str]) -> bool:
    """A forecast word of the clause forecasts: not when the clause measures an outcome against it ("as
    expected", "more than analysts had expected", "in line with what analysts expected")."""
    for i, word in enumerate(clause):
        if word in _FORECAST_WORDS:
            earlier = clause[:i]
            return _NOT_A_FORECAST_BEFORE.isdisjoint(earlier) and "in line with" not in " ".join(earlier)
    return False


def _own_clauses(content: str) -> list[list[str]]:
    """The content's own clauses, each its words as written: not a relative clause describing a name, nor a
    reason."""
    clauses: list[list[str]] = []
    for n, clause in enumerate(_CLAUSE_BREAK.split(content)):
        words = _WORD.findall(clause)
        lowered = [w.lower() for w in words]
        # after a comma a "that" is a relative pronoun ("..., a claim that could not be verified"), not the
        # "that" of reported speech, which follows its verb
        openers = _SIDE_OPENERS_AFTER_COMMA if n > 0 else _SIDE_OPENERS
        if n > 0 and lowered and lowered[0] in openers:
            continue
        cut = next((i for i, w in enumerate(lowered) if i > 0 and w in openers), len(lowered))
        clauses.append(words[:cut])
        if lowered and lowered[-1] in _OPENING_A_RELATIVE:
            break
    return clauses


def modalities_apart(a: str, b: str) -> bool:
    """Two claims, whatever their words share: one asks what the other states (plainly, as a future or as a
    forecast), or one conditions what the other says happened or is so.

    A condition beside a future or a forecast is left to matching: a headline drops the condition its story
    states ("The deal will go ahead if regulators approve it", "The deal will go ahead"). Two claims of one
    modality are left to matching, and so is a condition beside a question.
    """
    if a == b:
        return False
    return {a, b} == {CONDITION, PLAIN} or QUESTION in (a, b) and (a in _STATED or b in _STATED)


def forecast_and_outcome(a: str, b: str) -> bool:
    """One forecasts what the other says happened or is so: two claims when both state one figure ("would
    bring 150mm of rain", "brought 150mm"), the caller's test. Without it a plain present is as often a
    forecast in other words ("is expected to take over", "is the favourite to replace her"); beside a plain
    future a forecast is one claim ("is expected to fall", "will fall")."""
    return a != b and {a, b} == {FORECAST, PLAIN}


def modals_folded(text: str) -> str:
    """A lower-cased ``text`` with each modal said another way written as the one word it says ("is set to close"
    and "it plans to close" as "will close", "has to pay" as "must pay", "might" as "may"), so two outlets' wordings
    of one strength share their words and "will" / "may" or "must" / "may" do not."""
    return _MODAL_WORDINGS.sub(_said_as, text)


def _said_as(match: re.Match) -> str:
    """The one word a ``_MODAL_WORDINGS`` match is written as."""
    if match["will"]:
        return "will"
    if match["pronoun"]:
        return match["pronoun"] + " will"
    return "must" if match["must"] else "may"
