"""The words of a reaction to an act: a thanks, a congratulation or a welcome, the acts and plans a welcome takes,
and the stances one reaction is retold as.

Here, not in the enricher, because ``newsradar`` cannot import ``consumers`` and both read it: the enricher's
``lexicon`` builds its plan, stance and praise lists from these (what a plan "calls for", what one defends, what
a verb of praise judges), and ``newsradar.claim_match`` reads a reaction's kind and what it reacts to. Lemmas,
lower case.
"""
from __future__ import annotations

# Subjects that "call for" things without saying them: "the plan calls for two bridges".
PLAN_NOUNS = frozenset({
    "plan", "bill", "deal", "law", "budget", "proposal", "measure", "agreement", "treaty", "scheme",
    "strategy", "program", "programme", "policy", "legislation", "draft", "project", "design", "recipe",
})
# What one defends or stands by when the words are the act: "defended his decision to drop the captain",
# "stood by her remarks"; the defence itself, if the story gives it, comes with a cue ("defended the title"
# or "defended the city" is an act). Not "position" ("defended their positions near Bakhmut" is a battle) nor
# "record" ("defended its safety record before the committee" is a hearing the story reports).
STANCE_NOUNS = frozenset({"decision", "choice", "selection", "move", "call", "comment", "remark",
                          "handling", "action", "conduct", "approach", "stance"})
# Verbs of praise in news idiom ("hailed the deal as historic"): the enricher's judgement cues, and a welcome
# retold ("welcomed the ruling" / "hailed the verdict as a victory").
PRAISE_CUES = frozenset({"hail", "praise"})

# The words of a thanks, a congratulation and a welcome, each kind's forms.
REACTIONS = {
    "thank": ("thank", "thanks", "thanked", "thanking", "grateful", "thankful", "gratitude"),
    "congratulate": ("congratulate", "congratulates", "congratulated", "congratulating", "congratulations"),
    "welcome": ("welcome", "welcomes", "welcomed", "welcoming"),
}
# Of those, the nouns: opening their clause they tell that reactions came, no one's reaction ("Congratulations poured
# in for the team").
REACTION_NOUNS = frozenset({"thanks", "gratitude", "congratulations"})
# What a welcome reacts to, besides a plan or a decision: an act or its outcome ("welcomed the release", "the
# ruling", "the ceasefire"). Not "return" nor "investment": "will welcome the return of the Open", "would welcome
# investment from China" host or are open to it.
WELCOMED_ACTS = PLAN_NOUNS | STANCE_NOUNS | frozenset({
    "release", "ruling", "verdict", "ban", "ceasefire", "truce", "news", "announcement", "approval", "offer",
    "report", "findings", "step", "result", "outcome", "arrest", "conviction", "sentence", "resignation",
    "appointment", "election", "vote", "reform", "change", "funding", "pledge", "commitment", "initiative", "cut",
    "rise", "increase", "talks", "accord"})
# How one reactor retells its own reaction as a stance ("welcomed the plans" / "backed the plans", "thanked the
# fans" / "paid tribute to the fans", "congratulated Nigerians" / "commended Nigerians"): one closed list.
RETOLD_STANCES = PRAISE_CUES | frozenset({
    "back", "support", "pleased", "delighted", "happy", "glad", "relieved", "relief", "satisfied", "positive",
    "good", "victory", "proud", "commend", "tribute"})
