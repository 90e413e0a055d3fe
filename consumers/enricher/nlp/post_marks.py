"""Whose post a title names: the country, nationality, team or body written into it.

"Argentine President Javier Milei", "Canada's prime minister, Mark Carney", "Chelsea manager
Enzo Maresca": the named words before a post say whose post it is. A later description that
carries such a word ("The Argentine president", "The Australian prime minister", "The
Chelsea manager") chooses between two or more holders of that post: the one whose post
carries the same mark, else one whose post carries none, else nobody the text named, as
summit and match copy names both sides' people by the same post. It never turns away the
post's only holder, as copy names one post many ways ("Turkey's President ... The Turkish
president", "Conservative leader ... The Tory leader") far more often than it brings in a
third country's or club's holder unnamed.

A nationality and its country are one mark ("Australian", "Australia"): the regular
forms are matched by their endings, the irregular ones by a small table, both
``newsradar.countries``'s. Names that differ in more than a shared word are
told apart (Austrian/Australia, South Korean/South African); names that differ only in one
(North Korean/South Korea, Manchester City/United, New Mexico/Mexico) are not, so a
description then fits both holders and, as two holders fit, goes to nobody.
"""
from __future__ import annotations

from spacy.tokens import Token

from consumers.enricher.nlp.lexicon import ROLE_NOUNS
from newsradar.countries import IRREGULAR, same_word

# The labels whose names can say whose a post is.
MARK_LABELS = frozenset({"NORP", "GPE", "ORG", "LOC", "FAC"})
# Words a name shares with its neighbours' names ("South Korean", "South African"; "Newcastle United").
_GENERIC = frozenset({"south", "north", "east", "west", "new", "united", "republic", "kingdom", "states", "of", "the",
                      "and", "city", "county", "state", "fc", "afc", "democratic", "people's", "federal"})
# Words that are part of the post itself ("Foreign Minister", "Vice President", "Home Secretary"), not whose
# post it is: the model tags some of them ("Defence" as ORG), and a description writes them lower case.
_POST_WORDS = frozenset({"foreign", "vice", "deputy", "home", "defence", "defense", "finance", "interior", "health",
                         "justice", "education", "prime", "chief", "general", "executive", "acting", "interim",
                         "shadow", "first", "trade", "transport", "energy", "environment", "treasury", "press"})


def _words(mark: str) -> set[str]:
    low = " ".join(mark.lower().split())
    low = IRREGULAR.get(low, low)
    # a mark made only of shared words ("United", "Democratic") is still itself
    return {IRREGULAR.get(w, w) for w in low.split() if w not in _GENERIC} or {low}


def same_mark(a: str, b: str) -> bool:
    """Whether two marks name the same country, people or body ("Australian", "Australia"; "HSBC", "HSBC")."""
    return any(same_word(x, y) for x in _words(a) for y in _words(b))


def fits(wanted: frozenset[str], held: frozenset[str]) -> bool:
    """A description's marks fit a post's when one of each names the same country, people or body."""
    return any(same_mark(a, b) for a in wanted for b in held)


def marks_before(post: Token, token_ents: dict[int, tuple[str, str]], untagged: bool = False) -> frozenset[str]:
    """The named words that qualify the post noun ``post``: those in the run of modifiers just before it
    ("Argentine President", "Canada's prime minister", "the Chelsea manager"), read by position as the parser
    may hang a title on the wrong name; the run stops at a determiner, a punctuation mark, a verb or a person,
    and a word of the post itself ("Foreign Minister", "Vice President") is no mark.

    With ``untagged`` (a title, whose marks only ever let a description match) a capitalised word the model left
    untagged counts too ("Arsenal manager Mikel Arteta"); a description's do not, as house styles that capitalise
    posts ("The Prime Minister said") would otherwise make every one of them carry a mark no title has."""
    doc, out = post.doc, set()
    i = post.i - 1
    while i >= post.sent.start:
        tok = doc[i]
        label = token_ents.get(i, ("", ""))[0]
        if label == "PERSON" or tok.pos_ not in ("ADJ", "PROPN", "NOUN") and tok.tag_ != "POS" or tok.is_punct:
            break
        if tok.lower_ in _POST_WORDS:
            pass
        elif label in MARK_LABELS:
            out.add(token_ents[i][1])
        elif untagged and not label and tok.text[:1].isupper() and tok.lemma_.lower() not in ROLE_NOUNS:
            out.add(tok.text)
        i -= 1
    return frozenset(out)
