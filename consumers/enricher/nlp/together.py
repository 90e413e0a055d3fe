"""People a text names together, and the phrases that later stand for them.

"Priya Shah and Daniel Okoro were arrested. Both men said ..." and "Mr and Mrs Patel
have run the shop for 30 years. They said ...": a coordination of named persons is one
antecedent, for "they" and for a plural description that counts or pairs its people
("both men", "the two women", "the couple"). A plural noun of a post or a part in the
story ("the two lawyers", "both officials") is other people, so it is never one of them.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from consumers.enricher.nlp.people import FEMALE_WORDS, MALE_WORDS, gender_of

# Nouns that describe people only by sex, kinship or number, so they can only re-describe named ones.
_BARE_PEOPLE = frozenset({"man", "woman", "brother", "sister", "twin"})
_PAIRS = {"pair": 2, "couple": 2, "duo": 2, "trio": 3}
_COUNTS = {"both": 2, "two": 2, "three": 3}


@dataclass(frozen=True)
class Together:
    start: int               # where the first of them is named
    name: str                # "Priya Shah and Daniel Okoro", "Mr and Mrs Patel"
    count: int
    subject: bool
    genders: tuple[str | None, ...]


def named_together(root: Token, token_ents: dict[int, tuple[str, str]], genders: dict[str, str]) -> Together | None:
    """The coordination ``root`` (a person's name) closes, when every member is a named person, or the first is an
    honorific sharing the last one's surname ("Mr and Mrs Patel"); ``None`` for any other ``root``."""
    if root.dep_ != "conj" or any(c.dep_ == "conj" for c in root.children):
        return None
    members = sorted([root, *root.conjuncts], key=lambda t: t.i)
    first = members[0]
    honorific = first.lower_.rstrip(".") in {w.rstrip(".") for w in MALE_WORDS | FEMALE_WORDS} and len(members) == 2
    names = [token_ents.get(m.i, ("", ""))[1] for m in members if token_ents.get(m.i, ("",))[0] == "PERSON"]
    if honorific and len(names) == 1:
        name = first.doc[first.i:root.right_edge.i + 1].text
        member_genders: tuple[str | None, ...] = (gender_of([first.text]), gender_of([root.doc[root.i - 1].text]))
    elif len(names) == len(members):
        name = ", ".join(names[:-1]) + " and " + names[-1]
        member_genders = tuple(genders.get(n) for n in names)
    else:
        return None
    return Together(first.left_edge.idx, name, len(members), first.dep_ in ("nsubj", "nsubjpass"), member_genders)


def counted_people(head: Token) -> tuple[int, str | None] | None:
    """(how many, gender) a phrase that re-describes people named together says they are: "both men" (2, "m"),
    "the two women" (2, "f"), "the couple" (2, None), "both" (2, None); ``None`` for any other phrase."""
    lemma = head.lemma_.lower()
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    if head.lower_ == "both" and head.dep_.startswith("nsubj"):
        return 2, None
    if lemma in _PAIRS and head.tag_ == "NN" and "the" in dets:
        return _PAIRS[lemma], None
    if lemma in _BARE_PEOPLE and head.tag_ == "NNS":
        count = next((_COUNTS[d] for d in dets if d in _COUNTS), None)
        if count:
            return count, gender_of([lemma])
    return None
