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

from consumers.enricher.nlp.people import gender_of

# Nouns that describe people only by sex, kinship or number, so they can only re-describe named ones.
_BARE_PEOPLE = frozenset({"man", "woman", "brother", "sister", "twin"})
_PAIRS = {"pair": 2, "couple": 2, "duo": 2, "trio": 3}
PAIR_NOUNS = frozenset(_PAIRS)
_COUNTS = {"both": 2, "two": 2, "three": 3}
# Titles that stand before a surname; "husband" or "man" before "and Sarah Clark" is another, unnamed person.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})


@dataclass(frozen=True)
class Together:
    start: int               # where the first of them is named
    end: int                 # where the last of them ends
    name: str                # "Priya Shah and Daniel Okoro", "Mr and Mrs Patel"
    count: int
    subject: bool
    genders: tuple[str | None, ...]


def named_together(root: Token, token_ents: dict[int, tuple[str, str]], genders: dict[str, str]) -> Together | None:
    """The coordination the name at ``root`` closes, when every member is a named person ("X and Y"), a noun
    with a named person in apposition ("the mayor, Karen Holt, and the police chief, Dan Reyes") or two
    honorifics before one surname ("Mr and Mrs Patel"); ``None`` for any other name."""
    closing = root if root.dep_ == "conj" else root.head if root.dep_ == "appos" and root.head.dep_ == "conj" else None
    if closing is None or any(c.dep_ == "conj" for c in closing.children):
        return None
    members = sorted([closing, *closing.conjuncts], key=lambda t: t.i)
    first = members[0]
    top = first
    while top.dep_ == "appos":              # "The mayor, Karen Holt, and ...": the parser may join the names
        top = top.head
    if top is not first and token_ents.get(top.i, ("",))[0] == "PERSON":
        return None                         # "Mike Dunn, his wife Jenny Dunn and their son Alex": three, not two
    second = root.doc[root.i - 1] if root.i > 0 else root
    honorific = len(members) == 2 and all(t.lower_.rstrip(".") in _HONORIFICS for t in (first, second))
    names = [n for n in (_person(m, token_ents) for m in members) if n]
    if honorific and root is closing and len(names) == 1:
        name = first.doc[first.i:root.right_edge.i + 1].text
        member_genders: tuple[str | None, ...] = (gender_of([first.text]), gender_of([second.text]))
    elif len(names) == len(members):
        name = ", ".join(names[:-1]) + " and " + names[-1]
        member_genders = tuple(genders.get(n) for n in names)
    else:
        return None
    last = closing.right_edge
    return Together(top.left_edge.idx, last.idx + len(last.text), name, len(members),
                    top.dep_ in ("nsubj", "nsubjpass"), member_genders)


def _person(member: Token, token_ents: dict[int, tuple[str, str]]) -> str | None:
    """The named person a member of a coordination is: its own name, or the name set beside its noun."""
    for tok in (member, *(c for c in member.children if c.dep_ == "appos")):
        label, name = token_ents.get(tok.i, ("", ""))
        if label == "PERSON":
            return name
    return None


def counted_people(head: Token) -> tuple[int, str | None] | None:
    """(how many, gender) a phrase that re-describes people named together says they are: "both men" (2, "m"),
    "the two women" (2, "f"), "the couple" (2, None), "both" (2, None); ``None`` for any other phrase. Only "the"
    or "both" points back: "Two women who stopped to help" are new people, and so is any phrase a clause of its
    own describes ("the couple who own it")."""
    lemma = head.lemma_.lower()
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    if any(c.dep_ in ("relcl", "acl") for c in head.children):
        return None
    if head.lower_ == "both" and head.dep_.startswith("nsubj"):
        return 2, None
    if not dets & {"the", "both"}:
        return None
    if lemma in _PAIRS and head.tag_ == "NN" and "the" in dets:
        return _PAIRS[lemma], None
    if lemma in _BARE_PEOPLE and head.tag_ == "NNS":
        count = next((_COUNTS[d] for d in dets if d in _COUNTS), None)
        if count:
            return count, gender_of([lemma])
    return None
