"""Whether two figures' ``measures`` (``Number.measures``) name two different things.

One story's claims share figures that count different things: "40,000 homes will get power back" and
"40,000 people were evacuated", "rose 5%" and "were cut 5%". Retellings name one thing in many words
("homes", "households"; "troops", "soldiers"; "cases", "infections"; "flights", "services"; "military
aid", "weapons"), so two lemmas differ only when both are of the kinds below and neither names a kind the
other does. The kinds are a few general ones news counts in many words (people, homes, vehicles,
weapons), not a thesaurus: two nouns outside them may be one thing and are never told apart. A verb of
change (``CHANGE_VERBS``) says which way a figure moved, and only a move up against a move down is two
things; it says nothing of what a noun counts.
"""
from __future__ import annotations

from newsradar.roles import PRIVATE_NOUNS, ROLE_NOUNS

_UP = frozenset({"rise", "increase", "raise", "hike", "climb", "jump", "grow", "gain", "soar", "surge", "boost",
                 "double", "triple", "expand", "lift", "spike"})
_DOWN = frozenset({"fall", "cut", "drop", "decline", "reduce", "slash", "lower", "plunge", "slump", "shrink",
                   "tumble", "sink", "decrease", "axe", "slide", "dip", "ease", "shed"})
# Nouns of people: a count of "residents", "voters" or "soldiers" is a count of people, and so is a
# toll ("deaths", "casualties") or the jobs a cut takes from workers.
_PEOPLE = frozenset("""people person resident inhabitant citizen civilian individual local villager man woman child
adult kid teenager teen youth voter worker employee staff member student pupil patient passenger migrant refugee
protester demonstrator customer victim casualty death fatality injury body soldier troop personnel serviceman
servicemember sailor marine officer fan user visitor tourist pilgrim survivor evacuee prisoner detainee hostage
inmate job firefighter rescuer medic paramedic police policeman investigator crew nurse doctor teacher farmer
miner driver homeowner household family""".split()) | ROLE_NOUNS | PRIVATE_NOUNS
# Where people live, as a power cut or a storm counts them.
_HOMES = frozenset("""home household house dwelling residence property building apartment flat customer premise
homeowner""".split())
_WEAPONS = frozenset("""weapon arm weaponry munition ammunition equipment hardware arsenal gun rifle missile rocket
vehicle aircraft helicopter materiel""".split())
_VEHICLES = frozenset("""car vehicle sedan truck lorry automobile suv van bus""".split())
_KIND_NOUNS = {"people": _PEOPLE, "home": _HOMES, "weapon": _WEAPONS, "vehicle": _VEHICLES}
CHANGE_VERBS = _UP | _DOWN
# Verbs that give the value a quantity has come to, not the way it moved ("the toll has reached 47", "now stands at
# 58", "topped 200"): a count told so is a later value of it, as a count told as moved is, but they tell no two
# kinds of thing apart.
LEVEL_VERBS = frozenset({"reach", "stand", "hit", "top", "pass", "cross", "exceed", "surpass"})
# Nouns that name a running tally ("the death toll has hit 65", "the total stands at 40"): what a level verb on one
# gives is a count.
TALLIES = frozenset({"toll", "number", "tally", "total", "count"})
# Nouns of a gathering: its size ("the crowd reached 25,000", "attendance topped 80,000") is an estimate of one
# moment, not a running tally, so a level verb on it gives no later value of another estimate of that gathering.
GATHERINGS = frozenset({"crowd", "attendance", "audience", "turnout", "gathering"})
# Verbs that tell a gathering growing ("reached 8,000 as the crowd swelled"): a level given beside one is that
# gathering's size. Not the verbs of change: "the toll reached 47 as the crowd surged" is the toll's update.
GATHERING_GROWS = frozenset({"swell", "grow", "stretch", "expand", "double"})
# Each noun's kinds: "household" is people and a home, "vehicle" a weapon and a vehicle.
_KINDS = {noun: frozenset(kind for kind, nouns in _KIND_NOUNS.items() if noun in nouns)
          for noun in frozenset().union(*_KIND_NOUNS.values())}


def kinds_differ(a: str | None, b: str | None) -> bool:
    """Both measures are of the kinds above or verbs of change, and name two things: "homes" and "people", "rose"
    and "cut". A noun outside them may be another's synonym ("cases", "infections"; "harvest", "output"), and an
    unread measure (None, "") says nothing; either is False."""
    if not _known(a) or not _known(b) or a == b:
        return False
    move_a, move_b = _move(a), _move(b)
    if move_a or move_b:
        return bool(move_a and move_b) and move_a != move_b
    return _KINDS[a].isdisjoint(_KINDS[b])


def updates(lemma: str | None) -> bool:
    """The measure is a move ("rose", "had fallen", "doubled") or a level reached ("has reached", "stands at"): the
    figure is where a quantity went or now is, or by how much it moved."""
    return lemma in CHANGE_VERBS or lemma in LEVEL_VERBS


def _known(lemma: str | None) -> bool:
    return bool(lemma) and (lemma in _KINDS or bool(_move(lemma)))


def _move(lemma: str) -> str:
    return "up" if lemma in _UP else "down" if lemma in _DOWN else ""
