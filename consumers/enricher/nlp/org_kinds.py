"""The kind a body's name declares, and the class nouns that can refer back to a body of that kind.

A name often says what it is by its last word before "of" or "for" ("Central Bank of Kenya", "Westjet
Airlines", "Ministry of Health"). "The lender" can be that bank and "the department" that ministry, but a
bank is no airline, retailer or insurer, though all are firms: the noun must be of the kind the name
declares, a synonym of it, or a word any body of its sort is called. A name that declares no kind
("Toyota", "Ofcom") fits any noun, as copy names bodies by their brand far more often than by their kind.
"""
from __future__ import annotations

from consumers.enricher.nlp.lexicon import ORG_NOUNS

# Kinds a name can declare, each with the nouns that are one another's synonyms in news copy.
ORG_KINDS: dict[str, frozenset[str]] = {
    "finance": frozenset({"bank", "lender"}),
    "retail": frozenset({"retailer", "supermarket", "chain", "store"}),
    "air": frozenset({"airline", "carrier"}),
    "making": frozenset({"manufacturer", "maker", "carmaker", "automaker", "developer"}),
    "insurance": frozenset({"insurer"}),
    "media": frozenset({"network", "broadcaster", "publisher", "newspaper", "station"}),
    # an airport is run as a business, so "the operator" or "the company" is it; "the airline" is not
    "airport": frozenset({"airport"}),
    "government": frozenset({"ministry", "department", "dept", "office", "administration", "authority",
                             "commission", "committee", "council", "board", "government", "govt", "cabinet",
                             "embassy", "bureau", "parliament"}),
    "education": frozenset({"university", "college", "school", "institute"}),
    "health": frozenset({"hospital"}),
    "charity": frozenset({"charity", "foundation"}),
    "party": frozenset({"party", "campaign"}),
    "military": frozenset({"military", "army", "navy", "police", "force", "forces"}),
    "court": frozenset({"court", "tribunal"}),
}
# Kinds that are businesses: a generic firm noun ("the company", "the operator") can be any of them.
FIRM_KINDS = frozenset({"finance", "retail", "air", "making", "insurance", "media", "airport"})
# Nouns for any business, and what a name ending in one of them ("Toyota Motor Corporation") may also be called.
GENERIC_FIRM_NOUNS = frozenset({"company", "firm", "corporation", "corp", "inc", "ltd", "co", "startup",
                                "conglomerate", "giant", "operator"})
# Nouns of a function a body of any kind performs ("the regulator" is often a central bank, "the utility" a power
# authority, "the agency" a federal department), and "group", which heads a name of any sort, as "agency" does
# (a talent agency is a firm). "Trust" (a hospital, a charity or a fund) and "union" (a trade union, a credit
# union, a bloc of states) are in no kind for the same reason: each names bodies of several.
ANY_BODY_NOUNS = frozenset({"group", "agency", "regulator", "watchdog", "utility", "service", "organisation",
                            "organization", "body"})
KIND_NOUNS = frozenset().union(*ORG_KINDS.values()) | GENERIC_FIRM_NOUNS

# Words a name declares its kind by; a league, too, is named by it ("Women's Super League") and is no club.
_DECLARING_NOUNS = (ORG_NOUNS | KIND_NOUNS | {"league"}) - {"club"}
_NOUN_KIND = {noun: kind for kind, nouns in ORG_KINDS.items() for noun in nouns}


def declared_noun(name: str) -> str:
    """The word a name declares its kind by: the last before "of"/"for", in the singular ("Hospitals")."""
    words = name.lower().replace(".", "").split()
    joint = next((i for i, w in enumerate(words) if i and w in ("of", "for")), len(words))
    word = words[joint - 1] if words else ""
    return word[:-1] if word.endswith("s") and word[:-1] in KIND_NOUNS else word


def _kind(noun: str) -> str | None:
    return "firm" if noun in GENERIC_FIRM_NOUNS else _NOUN_KIND.get(noun)


def may_be(name: str, noun: str) -> bool:
    """Whether "the <noun>" can be the organisation ``name``, by the kind the name declares.

    "The club", "the chain", "the giant" are names that declare no kind ("Leeds United", "Aldi", "Google"):
    police, a council, a bank or a league are named beside them, never as them ("Lloyds Bank ... The chain said"),
    though a chain may name itself by its shops ("Northway Stores").
    """
    declared = declared_noun(name)
    if noun in ("club", "chain", "giant"):
        return declared not in _DECLARING_NOUNS or noun == "chain" and _kind(declared) == "retail"
    name_kind, noun_kind = _kind(declared), _kind(noun)
    if name_kind is None or noun in ANY_BODY_NOUNS or declared in ANY_BODY_NOUNS or noun_kind is None:
        return True
    if "firm" in (name_kind, noun_kind):
        return {name_kind, noun_kind} <= FIRM_KINDS | {"firm"}
    return name_kind == noun_kind
