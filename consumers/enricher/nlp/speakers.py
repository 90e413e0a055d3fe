"""Who a speaker phrase refers to: entity, document, role, common noun or pronoun.

``Resolver`` is built once per document. It keeps the person and group mentions in
order, with what each tells about gender and number, and the roles the text gives
its people ("the defence minister, Richard Marles"), so that

- a pronoun ("she said") resolves to the nearest earlier mention that agrees in
  gender and number, preferring subjects and earlier speakers; "it" and "they"
  look at organisations and places, never at one person;
- a role phrase ("the deputy prime minister", "Australia's defence minister") keeps
  its head noun as the speaker's role and its possessor as the organisation, and
  resolves to the person the text names in that role, if any; one that says whose post it is
  ("The Argentine president") only to a holder whose title says the same (``post_marks.py``);
- a description by family ("the mother-of-three") is the one person of that gender
  named just before who has no post and no other count of children;
- persons named together ("X and Y", "Mr and Mrs Patel") are what a later "they",
  "both" or "the two men" stands for (``together.py``);
- every speaker carries ``path``: how it was chosen, for an editor to check.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.entities import clean_name, is_role, resolve_person, strip_titles
from consumers.enricher.nlp.people import PARENT_WORDS, gender_of, is_first_name
from consumers.enricher.nlp.post_marks import fits, marks_before
from consumers.enricher.nlp.numbers import CURRENCY_WORDS
from consumers.enricher.nlp.title_end import title_end
from consumers.enricher.nlp.together import PAIR_NOUNS, Together, counted_people, named_together
from newsradar.platforms import PLATFORMS
from newsradar.roles import title_head

SPEAKER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "NORP": "NORP", "GPE": "GPE",
                  "FAC": "ORG", "LOC": "GPE", "PRODUCT": "ORG", "HANDLE": "PERSON"}
# What a pronoun may stand for. "They" also takes a nation's people; "it" never does.
# GROUP: people described by a plural noun ("Paramedics at the hospital stopped work. They said ...").
# BODIES: bodies or papers a plural common noun speaks for ("Regulators said", "Court documents show"): many, so
# "they" but never "it" or "the company".
# PEOPLE: persons named together ("Priya Shah and Daniel Okoro were arrested. They said ..."; together.py).
PRONOUN_KINDS = {"he": {"PERSON"}, "him": {"PERSON"}, "she": {"PERSON"}, "her": {"PERSON"},
                 "it": {"ORG", "GPE"}, "they": {"ORG", "NORP", "GPE", "GROUP", "BODIES", "PEOPLE"},
                 "them": {"ORG", "NORP", "GPE", "GROUP", "BODIES", "PEOPLE"}}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# how a pronoun's antecedent of a described kind reads in the resolution path, and the speaker type it gives;
# a named entity's kind is its own type
_DESCRIBED_KINDS = {"GROUP": ("people described", "PERSON"), "BODIES": ("org", "ORG"),
                    "PEOPLE": ("people named together", "PERSON")}
_KEEP_PREPS = {"of", "from", "at", "by", "for"}   # "a statement from the ministry", "analysts at X"
_PRUNE = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "prep_by"}
_OWNER_PREPS = {"of", "from", "at", "for"}
_LEAD_VERBS = {"lead", "head", "chair", "direct", "coordinate", "supervise"}
_NAME_FUNCTION_WORDS = {"of", "the", "and", "for", "on", "in", "&", "to"}
# Endings of nouns for people by what they do: paramedics, pensioners, economists, migrants, trustees.
# A plural thing ("numbers") that ends so costs little: "they" must still be a speaker to take it.
_AGENT_SUFFIXES = ("ist", "ian", "ic", "ant", "ent", "er", "or", "ee")
# Nouns for people, by what they are or the post they hold; with bodies and documents, what can speak.
_PEOPLE_NOUNS = lexicon.PERSON_NOUNS | lexicon.ROLE_NOUNS
_PLACE_GOVERNMENTS = frozenset({"government", "administration", "cabinet"})
# What speaks as its owner when a place's name owns it, the name often a club's ("Barcelona's board", "Washington's
# front office"); a board with words of its own ("Boston's school board") is a body of its own.
_OWNER_VOICES = frozenset({"board", "front office"})
_NUMBER_WORDS = {w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                             "ten"), start=1)}
# What names a body as a speaker: "the club", "the chain", "the tech giant" refer back to one as "the company" does;
# not "the developer" or "the maker", who may be a person ("a software developer").
_BODY_NOUNS = lexicon.ORG_NOUNS | (lexicon.ANAPHORIC_ORG_NOUNS - {"developer", "maker"})
# Words a name declares its kind by; a league, too, is named by it ("Women's Super League") and is no club.
_DECLARED_KINDS = (lexicon.ORG_NOUNS | frozenset().union(*lexicon.ORG_FAMILIES) | {"league"}) - {"club"}
# Words that name a police force wherever they stand in the name ("Police Service of Northern Ireland", "the PSNI").
_POLICE_WORDS = frozenset({"police", "constabulary", "psni"})
ACTOR_NOUNS = _PEOPLE_NOUNS | lexicon.ORG_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.COLLECTIVE_ACTORS


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    resolved: str | None
    type: str
    role: str | None = None
    org: str | None = None
    path: str | None = None


@dataclass
class Mentions:
    """Mentions in document order: (kind, canonical, is_subject); genders learnt per name.

    ``said`` holds the content spans of claims found so far: a name inside what someone
    said ("he doesn't agree that Gillespie lost") is what was talked about, not who talks
    next, so it is an antecedent only when no speaker or plain subject agrees.
    """
    starts: list[int] = field(default_factory=list)
    items: list[tuple[str, str, bool]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    said: list[tuple[int, int]] = field(default_factory=list)

    def add(self, start: int, kind: str, canonical: str, is_subject: bool, gender: str | None = None) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.items.insert(i, (kind, canonical, is_subject))
        if gender and canonical not in self.genders:
            self.genders[canonical] = gender

    def nearest(self, before: int, kinds: set[str], gender: str | None = None,
                lookback: int = 40) -> tuple[str, str] | None:
        """The nearest earlier compatible subject, else the nearest mention known to agree (a woman's first
        name for "she"), else the nearest compatible one: "The mayor, Lucia Ferrante, ... except Borgo Sud,"
        she posted" is the mayor's, though the place the model called a person is nearer."""
        i = bisect_right(self.starts, before)
        agreeing = fallback = None
        lo = max(0, i - lookback)
        for start, (kind, canonical, is_subject) in zip(reversed(self.starts[lo:i]), reversed(self.items[lo:i])):
            if kind not in kinds:
                continue
            if gender and self.genders.get(canonical, gender) != gender:
                continue
            if is_subject and not any(s <= start < e for s, e in self.said):
                return kind, canonical
            if gender and self.genders.get(canonical) == gender:
                agreeing = agreeing or (kind, canonical)
            fallback = fallback or (kind, canonical)
        return agreeing or fallback

    def last_between(self, lo: int, hi: int, kind: str) -> str | None:
        """The last ``kind`` mention that starts in [lo, hi)."""
        i, j = bisect_right(self.starts, lo - 1), bisect_right(self.starts, hi - 1)
        return next((c for k, c, _subj in reversed(self.items[i:j]) if k == kind), None)

    def named_like(self, before: int, kind: str, noun: str, any_name: bool, lookback: int = 20) -> str | None:
        """The nearest earlier ``kind`` mention whose name contains ``noun``; with ``any_name``, else the
        nearest subject of that kind, else the nearest mention of it, either of them only a name ``may_be``
        the noun."""
        i = bisect_right(self.starts, before)
        recent = [(k, c, subj) for k, c, subj in reversed(self.items[max(0, i - lookback):i]) if k == kind]
        tests = [lambda c, subj: noun in c.lower().split()]
        if any_name:
            tests += [lambda c, subj: subj and may_be(c, noun), lambda c, subj: may_be(c, noun)]
        for wanted in tests:
            hit = next((c for _k, c, subj in recent if wanted(c, subj)), None)
            if hit:
                return hit
        return None


def may_be(name: str, noun: str) -> bool:
    """Whether "the <noun>" can be the organisation ``name``: not when the name declares a kind of another
    family ("the ministry" is not the "Central Bank of Kenya" named before it; "the company" can be "Toyota").
    "The club", "the chain", "the giant" are names that declare no kind ("Leeds United", "Aldi", "Google"): police,
    a council, a bank or a league are named beside them, never as them ("Lloyds Bank ... The chain said").
    "The force" is a police force ("Kent Police", "the PSNI") or a name that declares a force ("Border Force"):
    never an army or a navy, which the families put beside the police, and never the Salvation Army."""
    words = name.lower().replace(".", "").split()
    joint = next((i for i, w in enumerate(words) if i and w in ("of", "for")), len(words))
    declared = words[joint - 1] if words else ""
    if noun == "force":
        return declared in ("force", "forces") or not _POLICE_WORDS.isdisjoint(words)
    if noun in ("club", "chain", "giant"):
        return declared not in _DECLARED_KINDS
    families = [f for f in lexicon.ORG_FAMILIES if declared in f or noun in f]
    return len(families) < 2 or all(declared in f and noun in f for f in families)


@dataclass
class Role:
    start: int
    head: str            # lemma of the role noun: "minister"
    text: str            # "defence minister"
    person: str
    marks: frozenset[str] = frozenset()   # whose post: "Argentine", "Chelsea" (post_marks.py)
    former: bool = False                  # "former", "ex-", "then-", "onetime" before the post


def initials(name: str) -> str:
    """ "National Transport Safety Board" -> "NTSB"; "" for a name of one word or with a lower-case word
    other than a function word."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _NAME_FUNCTION_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def short_form(name: str) -> str:
    """ "D.O.J." -> "DOJ", "C of E" -> "CE": the initials an abbreviation stands for, as ``initials`` reads a
    full name (function words left out); "" for a name that is no abbreviation."""
    words = [w for w in name.replace(".", "").split() if w.lower() not in _NAME_FUNCTION_WORDS]
    return "".join(words) if words and all(w.isalpha() and w.isupper() for w in words) else ""


_OPEN_BRACKET = re.compile(r"\(")


def _bracketed_acronyms(doc: Doc) -> dict[str, str]:
    """ "The California Public Utilities Commission (CPUC)": the name an acronym in brackets abbreviates,
    found from its initials whether or not the model tagged the name."""
    out: dict[str, str] = {}
    text = doc_text(doc)
    # the brackets found in the text, not by a pass over every token: a "(" that is a token of its own
    # is the one token its character spans
    for bracket in _OPEN_BRACKET.finditer(text):
        span = doc.char_span(bracket.start(), bracket.end())
        if span is None:
            continue
        tok = span[0]
        if tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        letters = doc[tok.i + 1].text.replace(".", "")
        if len(letters) < 2 or not letters.isupper():
            continue
        for lo in range(tok.i - 2, max(-1, tok.i - 12), -1):
            if initials(doc[lo:tok.i].text) == letters:
                out.setdefault(letters, doc[lo:tok.i].text)
                break
    return out


def phrase_bounds(tok: Token) -> tuple[int, int]:
    """Token range of a noun phrase without its relative clauses, appositions and punctuation."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for child in t.children:
            if child.dep_ in _PRUNE or (child.dep_ == "prep" and child.lower_ not in _KEEP_PREPS and t is tok) \
                    or child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("npadvmod", "conj", "appos"):
                continue                    # ", Tuesday": when it was said, never who said it
            lo, hi = min(lo, child.i), max(hi, child.i)
            stack.append(child)
    doc = tok.doc
    while lo < tok.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    quotes = [t.i for t in doc[tok.i + 1:hi + 1] if t.is_quote]
    if len(quotes) % 2:                     # "its sources “familiar with the talks”": the quote runs past the
        hi = quotes[-1] - 1                 # phrase; what it says is a description, cut where it opens
    while hi > tok.i and (doc[hi].is_punct or doc[hi].is_space or doc[hi].pos_ == "ADP"):
        hi -= 1                             # "Analysts at" when the parser hung the rest elsewhere
    return lo, hi + 1


def _body_words(head: Token, owner_at: set[int]) -> str:
    """A body's own words, less its owner and article: "central bank" of "Nigeria's central bank". Only the owner's
    own possessive ends it, so an owner inside the body stays: "governor's office" of "Florida's governor's office".
    The owner is found by where it was read (``owner_at``), not by its name, which the text may spell otherwise
    ("Britain's finance ministry", the owner the United Kingdom)."""
    owners_case = [t.i for t in head.doc[head.left_edge.i:head.i] if t.dep_ == "case" and t.head.i in owner_at]
    owned = [c.right_edge.i for c in head.lefts if c.dep_ in ("det", "predet")] + owners_case[:1]
    lo = max(owned, default=head.left_edge.i - 1) + 1
    while lo < head.i and (head.doc[lo].is_punct or head.doc[lo].dep_ == "case"):
        lo += 1
    return head.doc[lo:head.i + 1].text


def role_text(head: Token) -> str:
    """ "Australia's defence minister" -> "defence minister": modifiers left of the head, no owner."""
    words = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod") and not t.ent_type_
             and (t.pos_ in ("NOUN", "ADJ", "PROPN") or t.tag_ == "VBG") and t.is_alpha]
    words = [t for t in words if t.i >= head.i - 4]
    return " ".join([t.lower_ for t in words] + [head.lower_])


def _stated_age(name: Token) -> int | None:
    """The age set beside a name: "Maria Lindqvist, 54,", "Ann Moss (47)", "Tom Reed, aged 61,"."""
    for c in name.children:
        number = c if c.dep_ == "appos" else next((n for n in c.children if n.dep_ in ("npadvmod", "nummod", "dobj")),
                                                  None) if c.dep_ in ("amod", "acl") and c.lower_ == "aged" else None
        if number is not None and number.text.isdigit() and 0 < int(number.text) < 120:
            return int(number.text)
    return None


def _age_phrase(head: Token) -> int | None:
    """N of a noun phrase "the N-year-old" (the parser makes "old" its head), else None."""
    doc, i = head.doc, head.i
    if head.lower_ != "old" or i < 4 or [t.lower_ for t in doc[i - 3:i]] != ["-", "year", "-"] \
            or not doc[i - 4].text.isdigit():
        return None
    return int(doc[i - 4].text)


def _parent_count(head: Token) -> int | None:
    """N of "the mother-of-three", "the father of two": a parent counted by their children, who describes a person
    the story already named. The count must be bare: "the father of one of the victims" is someone else."""
    if head.lemma_.lower() not in PARENT_WORDS:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.like_num and not any(x.dep_ == "prep" for x in g.children):
                    return _number(g)
    return None


def _number(tok: Token) -> int | None:
    """ "3" or "three"; None for a number a family count is not written as."""
    return int(tok.text) if tok.text.isdigit() else _NUMBER_WORDS.get(tok.lower_)


def _other_sense(head: Token) -> bool:
    """ "a gentle giant", "the supply chain", "a human chain": "the chain" and "the tech giant" are a body; a chain
    with a word before it is most often no shop, and a giant with none is most often a person."""
    lemma = head.lemma_.lower()
    if lemma not in ("chain", "giant"):
        return False
    modified = any(c.dep_ in ("compound", "amod") for c in head.children)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return not the or modified == (lemma == "chain")


def _holds_now(verb: Token) -> bool:
    """ "is the chairman", "was elected mayor", "became head": the clause gives the post as held. Not when it
    tells it as past or given up ("was finance minister until 2019", "is no longer chairman", "not")."""
    if verb.lemma_.lower() == "be" and verb.tag_ == "VBD":
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("longer", "once", "formerly"))
                   for c in verb.children)


def _the_post(role: Token) -> bool:
    """ "the chief executive of X": the one post, not "a lawyer for the family" (one of many, and a later "the
    lawyer" may be another) nor "a former defence minister"."""
    return not any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "amod" and c.lower_ == "former")
                   for c in role.children)


_FORMER = frozenset({"former", "ex", "then", "onetime", "one-time"})


def is_former(post: Token) -> bool:
    """Whether the run of modifiers before a post noun calls it a past one ("former prime minister",
    "Ex-prime minister", "then-President"); the run stops at a person, as in "Former Prime Minister Boris Johnson
    and Prime Minister Keir Starmer" the second title is not former."""
    doc = post.doc
    for i in range(post.i - 1, max(post.sent.start, post.i - 5) - 1, -1):
        tok = doc[i]
        if tok.ent_type_ == "PERSON" or tok.lower_ in ("and", ",", "the", "a"):
            return False
        if tok.lower_ in _FORMER:
            return True
    return False


_ANOTHER = frozenset({"other", "another", "rival"})


def _post_owners(post: Token) -> list[Token]:
    """The owners named after a post noun ("the director of Nordvik Energy", "a spokesman for the family")."""
    return [g for p in post.children if p.dep_ == "prep" and p.lower_ in _OWNER_PREPS
            for g in p.children if g.dep_ == "pobj"]


def _beside_owner(person: Token) -> tuple[Token, Token] | None:
    """The post and its owner when a name stands in apposition to the owner named after the post ("The director
    of Nordvik Energy, Ingrid Dahl,"): the parser hangs there a name that may be the post's holder or the owner's."""
    owner = person.head if person.dep_ == "appos" else None
    post = owner.head.head if owner is not None and owner.dep_ == "pobj" else None
    return (post, owner) if post is not None and post.i < owner.i and owner in _post_owners(post) else None


def _anothers(post: Token) -> bool:
    """Whether a description calls its post another body's ("the chief executive of the other firm", "a rival
    club's manager", "the other manager"): whoever holds it, it is not a holder the text named, even the only
    one."""
    owners = [post] + [c for c in post.children if c.dep_ == "poss"] + _post_owners(post)
    return any(c.dep_ in ("det", "amod", "compound") and c.lower_ in _ANOTHER for o in owners for c in o.children)


def _is_acronym(tok: Token) -> bool:
    """A word in capitals the model left untagged ("POSCO", "KEPCO"): an organisation's short name."""
    return len(tok.text) >= 3 and tok.text.isalpha() and tok.text.isupper()


def names_people(tok: Token) -> bool:
    """A plural noun for people: listed, or ending like one ("forecasters", "dockworkers") where no list can reach."""
    lemma = tok.lemma_.lower()
    return tok.tag_ in ("NNS", "NNPS") and (title_head(lemma) in _PEOPLE_NOUNS
                                            or (len(lemma) >= 5 and lemma.endswith(_AGENT_SUFFIXES)))


class Resolver:
    """The speaker-resolution state of one document."""

    def __init__(self, doc: Doc, token_ents: dict[int, tuple[str, str]], persons: list[str]):
        self.doc = doc
        self.token_ents = token_ents
        self.persons = persons
        self.mentions = Mentions()
        self.roles: list[Role] = []
        self.ages: list[tuple[int, str, int]] = []   # (start, person, age): "Maria Lindqvist, 54,"
        self.parents: dict[str, int] = {}            # "Mother-of-three Lisa Grant": "Lisa Grant" -> 3
        self.spelled_out = _bracketed_acronyms(doc)  # "NTSB" -> "National Transport Safety Board"
        self.named_sources: dict[str, str] = {}    # "channel" -> "General SVR": what a later "the channel" is
        self.together: list[Together] = []         # "Priya Shah and Daniel Okoro": what "both men" may be
        dateline = doc._.nr_dateline if Doc.has_extension("nr_dateline") else None
        self.dateline_end = dateline[1] if dateline else -1
        known = title_end(doc)
        # a Doc made without the extractor: a first line set apart is the headline
        self.headline_end = doc_text(doc).find("\n\n") if known is None else known

    def add_entity(self, ent, label: str, canonical: str) -> None:
        """Register a named mention: for pronouns, and for roles named around a person."""
        root = ent.root
        subject = root.dep_.startswith("nsubj") or (root.head.dep_.startswith("nsubj") and root.dep_ == "compound")
        gender = None
        if label == "PERSON":
            before = [self.doc[ent.start - 1].text] if ent.start > 0 else []
            gender = gender_of(before + ent.text.split())
            self._learn_roles(ent, canonical)
            age = _stated_age(root)
            if age is not None:
                self.ages.append((ent.start_char, canonical, age))
            counts = [n for c in root.children if c.dep_ in ("nmod", "appos", "compound", "amod")
                      for n in [_parent_count(c)] if n]
            if counts:
                self.parents.setdefault(canonical, counts[0])
        self.mentions.add(ent.start_char, label, canonical, subject, gender)
        group = named_together(root, self.token_ents, self.mentions.genders) if label == "PERSON" else None
        if group:
            self.together.append(group)
            self.mentions.add(group.start, "PEOPLE", group.name, group.subject)
        if label == "ORG":
            letters = initials(canonical)
            if len(letters) >= 2:
                self.spelled_out.setdefault(letters, canonical)

    def add_group(self, subject: Token) -> None:
        """A plural subject that names people ("Paramedics at Northgate ..."): what a later "they" may be."""
        collective = subject.tag_ in ("NNS", "NNPS") and subject.lemma_.lower() in lexicon.COLLECTIVE_ACTORS
        if subject.i not in self.token_ents and (names_people(subject) or collective):
            lo, hi = phrase_bounds(subject)
            span = self.doc[lo:hi]
            self.mentions.add(span.start_char, "GROUP", span.text, True)

    def _titles_other(self, post: Token, ent) -> bool:
        """Whether a post noun hung on ``ent`` sits right before another person's name ("by Arsenal manager Mikel
        Arteta and Chelsea manager Enzo Maresca", the first "manager" hung on Maresca): it is that name's title."""
        return post.i + 1 < ent.start and self.token_ents.get(post.i + 1, ("", ""))[0] == "PERSON"

    def _learn_roles(self, ent, person: str) -> None:
        root = ent.root
        # "Defence Minister Oleh Marchenko", "Fox News host Sean Hannity"; the parser may hang the title on
        # any word of a long name ("Chief Minister K. Chandrasekhar Rao"), not only on its last
        titles = [t for tok in ent for t in tok.lefts
                  if t.i < ent.start and is_role(t) and not self._titles_other(t, ent)]
        # "Arsenal manager Mikel Arteta and Chelsea manager Enzo Maresca": the parser may hang the first title on
        # the second name; a post noun right before a name is that name's title wherever it is hung, unless it is
        # the object of a verb or preposition ("In a letter to the president Trump's critics said")
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        # the word's own test first: the entity's sentence is a walk to its bounds, and most words are no post
        if before is not None and is_role(before) and ent.start > ent.sent.start \
                and before.dep_ not in ("pobj", "dobj") and before not in titles:
            titles.append(before)
        # "Ruth Adeyemi, the finance minister" / "the finance minister, Ruth Adeyemi"
        titles += [c for c in root.children if c.dep_ == "appos" and is_role(c)]
        if root.dep_ == "appos" and is_role(root.head):
            titles.append(root.head)
        owned = self._post_of_named_owner(root)
        if owned is not None:
            titles.append(owned)
        # "Kofi Mensah has been appointed head of ...", "Lena Marsh is the chief executive": a post the clause
        # gives its subject (the verb's predicate) is the subject's as much as a title or an apposition
        if root.dep_ in ("nsubj", "nsubjpass") and _holds_now(root.head):
            titles += [c for c in root.head.children if c.dep_ in ("attr", "oprd") and is_role(c) and _the_post(c)]
        for t in titles:
            self.roles.append(Role(ent.start_char, t.lemma_.lower(), role_text(t), person,
                                   marks_before(t, self.token_ents, untagged=True), is_former(t)))
        # "Dr. Kofi Mensah ... the doctor said", "Gov. ... the governor"
        for t in [t for t in root.lefts if t.i < ent.start] + list(ent):
            role = lexicon.TITLE_ROLES.get(t.lower_.rstrip("."))
            if role:
                self.roles.append(Role(ent.start_char, role, role, person,
                                       marks_before(t, self.token_ents, untagged=True), is_former(t)))

    def _post_of_named_owner(self, root: Token) -> Token | None:
        """ "The director of Nordvik Energy, Ingrid Dahl,": when the owner beside the name is a named body
        or place, the name is the post's holder (a former one when the post says so, which ``role_holder`` weighs).
        An owner that is a common noun may be the person named ("The lawyer for the victim, Jane Doe,"), so it
        gives no post; the speaker side (``_apposed_name``) still takes that name for the phrase's own claim, as
        there the phrase is the speaker and the name beside it most often is too, while a post learnt here lasts
        for every later mention of the post."""
        beside = _beside_owner(root)
        if beside is None or self.token_ents.get(beside[1].i, ("",))[0] not in ("ORG", "GPE"):
            return None
        return beside[0] if is_role(beside[0]) else None

    def role_holder(self, head: Token, before: int) -> tuple[str, str] | None:
        """The person the text names in the role headed by ``head`` (exact role first, then head noun), and
        where: earlier, else later, as a headline or standfirst gives the role and the body the name; a role
        two people hold is nobody's. Between two or more holders, a description that says whose post it is ("The
        Argentine president", "The Chelsea manager") goes to a holder whose title says the same, else to one whose
        title says nothing, else to nobody. A sole holder is taken whatever country, team or body the description
        says, as copy names one post many ways ("Turkey's President ... The Turkish president", "Conservative
        leader ... The Tory leader"); but "former" is weighed for every post and both ways, as a past holder and
        the present one are two people ("The former director of Acme, Jane Roe, ... The director said" is not
        hers, nor "the former chief executive" the one just named), while copy calls a past holder former each time
        ("Ex-prime minister ... The former prime minister")."""
        if _anothers(head):
            return None
        text, lemma = role_text(head), head.lemma_.lower()
        marks = marks_before(head, self.token_ents)
        former = is_former(head)

        def compatible(r: Role) -> bool:
            return not marks or not r.marks or fits(marks, r.marks)

        for where, pool in (("earlier", [r for r in self.roles if r.start < before]), ("later", self.roles)):
            # the evidence chooses only when the post noun has two or more holders
            choosing = len({r.person for r in pool if r.head == lemma}) > 1
            for wanted in (lambda r: r.text == text, lambda r: r.head == lemma):
                holders = [r for r in pool if wanted(r) and r.former == former and (not choosing or compatible(r))]
                marked = [r for r in holders if marks and r.marks]
                people = {r.person for r in marked or holders}
                if len(people) == 1:
                    return people.pop(), where
                if people:
                    return None
        return None

    def pronoun(self, word: str, start: int) -> tuple[str, str] | None:
        kinds = PRONOUN_KINDS.get(word)
        if kinds is None:
            return None
        hit = self.mentions.nearest(start, kinds, PRONOUN_GENDER.get(word))
        return self._they_people(hit, word, start) if hit and hit[0] == "PEOPLE" else hit

    def named_next(self, head: Token, word: str) -> str | None:
        """ "“Plot,” he says. The director, Wen Liang, ...": a story may name its speaker just after."""
        gender = PRONOUN_GENDER.get(word)
        if word not in ("he", "she"):
            return None
        for tok in self.doc[head.i + 1:head.i + 40]:
            if "\n" in tok.text:
                return None
            ent = self.token_ents.get(tok.i)
            if ent and ent[0] == "PERSON":
                known = self.mentions.genders.get(ent[1])
                return ent[1] if known in (None, gender) else None
        return None

    def _described_person(self, head: Token, word: str) -> str | None:
        """ "A British woman sparked a debate when she said ...": with no name to agree with, "he" or "she" is
        the unnamed person the sentence made its subject before the pronoun, if the noun does not say
        otherwise."""
        gender = PRONOUN_GENDER.get(word)
        if word not in ("he", "she"):
            return None
        # "The woman was spotted by a fisherman ... She ... told authorities": the sentence before, when
        # the paragraph goes on, may have made that person its subject
        sent = head.sent
        lo = sent.start
        # or, for the body's first sentence, the headline ("Union Minister rules out ..." over "She said ..."),
        # whose title case tags the noun as a proper one; a text with no headline has only body sentences
        headline = lo > 0 and self.doc[lo - 1].sent.start == 0 and sent.start_char > self.headline_end > 0
        if lo > 0 and ("\n" not in self.doc[lo - 1].whitespace_ + self.doc[lo - 1].text or headline):
            lo = self.doc[lo - 1].sent.start
        for tok in reversed(self.doc[lo:head.i]):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.i not in self.token_ents \
                    and (tok.tag_ == "NN" or headline and tok.tag_ == "NNP" and tok.sent.start == 0) \
                    and tok.lemma_.lower() in _PEOPLE_NOUNS \
                    and gender_of([tok.lower_]) in (None, gender):
                lo, hi = phrase_bounds(tok)
                return self.doc[lo:hi].text
        return None

    def _person_of_age(self, age: int, before: int) -> tuple[str, str] | None:
        """ "Maria Lindqvist, 54, ... The 54-year-old said": a story calls a person by the age it gave them. With no
        one given that age it stays unresolved: the nearest subject is often the coach or the judge, not the one
        the age describes."""
        given = [person for s, person, a in self.ages if s < before and a == age]
        return (given[-1], "the person the text gives that age") if given else None

    def _sentence_before(self, sent) -> int:
        """Where the sentence before ``sent`` starts (``sent``'s own start for a document's first)."""
        return self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char

    def _tokens(self, lo: int, hi: int):
        """The tokens between two character offsets, widened to whole tokens; none for an empty stretch."""
        return self.doc.char_span(lo, hi, alignment_mode="expand") or ()

    def _one_person_before(self, head: Token, start: int, gender: str, count: int) -> str | None:
        """ "Hannah Briggs ... The mother-of-three said": a story renames a parent it just named by their children.
        That is the one person named from the paragraph's start or the sentence before, whichever is earlier, up to
        the description, leaving out anyone given a post (a judge is called by the post) or another count ("Mother-
        of-three Lisa Grant ... The mother-of-two" is another woman); nobody with two left, or with one whose gender
        is unknown or other: the named person in court and crash copy is often not the parent who speaks."""
        sent = head.sent
        lo = min(doc_text(self.doc).rfind("\n", 0, sent.start_char) + 1, self._sentence_before(sent))
        m = self.mentions
        i, j = bisect_right(m.starts, lo - 1), bisect_right(m.starts, start - 1)
        counted_otherwise = {p for p, n in self.parents.items() if n != count}
        # a child named with its age is no parent: "Kayla Moss, 7, was hit ... The mother-of-two said"
        posted = {r.person for r in self.roles} | {p for _s, p, age in self.ages if age < 18}
        people = {c for k, c, _subj in m.items[i:j] if k == "PERSON"} - counted_otherwise - posted
        if len(people) != 1:
            return None
        person = people.pop()
        return person if m.genders.get(person) == gender else None

    def _named_together_before(self, head: Token, before: int, count: int, gender: str | None) -> str | None:
        """The last persons named together in the phrase's sentence or the one before, when they are as many as it
        counts, none is known to be of another gender than it says, and no other people or bodies named together
        come between: "Two men who had invested ... The two men said", "SpaceX and Blue Origin ... Both said",
        "bought the mill from a retired couple. The couple said"."""
        sent = head.sent
        lo = self._sentence_before(sent)
        earlier = [g for g in self.together if g.start < before]
        if not earlier or earlier[-1].count != count or earlier[-1].start < lo:
            return None
        group = earlier[-1]
        if gender is not None and any(g not in (None, gender) for g in group.genders):
            return None
        between = self._tokens(group.end, before)
        if any(names_people(t) and t.dep_.startswith("nsubj") and t.i not in self.token_ents  # "Two men ... gave"
               or t.lemma_.lower() in PAIR_NOUNS
               or t.dep_ == "conj" and self.token_ents.get(t.i, ("",))[0] in ("ORG", "GPE", "NORP")
               for t in between):
            return None
        # "watched sterling fall against the dollar. The pair said": market copy calls two currencies "the pair"
        if head.lemma_.lower() == "pair" \
                and sum(t.pos_ in ("NOUN", "PROPN") and t.lower_ in CURRENCY_WORDS for t in between) >= 2:
            return None
        return group.name

    def _they_people(self, hit: tuple[str, str], word: str, start: int) -> tuple[str, str] | None:
        """ "Priya Shah and Daniel Okoro were arrested by Kent Police. They said ...": persons named together are
        "they" only when they did not undergo what the sentence tells and nothing that may speak comes after them:
        no body, place or group the text names, no name the model left untagged ("sued Meridian Airways"), no actor
        made a subject ("The jury took four hours to convict them"); else the nearest of the others."""
        group = next((g for g in reversed(self.together) if g.name == hit[1] and g.start < start), None)
        others = PRONOUN_KINDS[word] - {"PEOPLE"}
        if group is None:
            return hit
        between, own = self._tokens(group.end, start), self._tokens(group.start, group.end)
        # "Joe Root and Ben Stokes were left out of the squad. They said": a pair acted on is not who speaks next
        if any(t.dep_ == "nsubjpass" for t in own) \
                or any(self.mentions.last_between(group.end, start, k) for k in others) \
                or any(t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG", "GPE", "FAC", "NORP", "LOC", "PERSON")
                       or t.dep_.startswith("nsubj") and t.lemma_.lower() in ACTOR_NOUNS for t in between):
            return self.mentions.nearest(start, others)
        return hit

    def learn_gender(self, canonical: str, pronoun: str) -> None:
        """A pronoun that resolved to a name whose gender was unknown settles it for the next one."""
        gender = PRONOUN_GENDER.get(pronoun)
        if gender:
            self.mentions.genders.setdefault(canonical, gender)

    def describe(self, head: Token) -> Speaker:
        """Speaker text, resolved canonical name, type, role, organisation and path for the phrase at ``head``;
        an organisation's acronym resolves to the name the text spells out, however it was reached."""
        speaker = self._describe(head)
        letters = short_form(speaker.resolved) if speaker.type in ("ORG", "PERSON") and speaker.resolved else ""
        full = self.spelled_out.get(letters) if len(letters) >= 2 else None
        if full:                                 # the model often calls "C of E" a person
            speaker.resolved, speaker.type = full, "ORG"
            speaker.path = f"{speaker.path}; acronym of {full}, named in full"
        return speaker

    def _describe(self, head: Token) -> Speaker:
        lo, hi = phrase_bounds(head)
        if self.dateline_end > 0:              # "WASHINGTON (AP) —" is where, never who
            while lo < hi and self.doc[lo].idx < self.dateline_end:
                lo += 1
            lo = min(lo, head.i)
        span = self.doc[lo:hi]
        text, start, end = span.text, span.start_char, span.end_char
        low = head.lower_
        counted = counted_people(head)
        group = self._named_together_before(head, start, *counted) if counted else None
        if group:
            return Speaker(text, start, end, group, "PERSON", path=f"'{text}': the people named together, {group}")
        if head.pos_ == "PRON" or low in PRONOUN_KINDS:
            hit = self.pronoun(low, start)
            if hit:
                if hit[0] == "PERSON":
                    self.learn_gender(hit[1], low)
                agree = f" agreeing in gender ({PRONOUN_GENDER[low]})" if low in PRONOUN_GENDER else ""
                kind, speaker_type = _DESCRIBED_KINDS.get(hit[0], (hit[0].lower(), hit[0]))
                return Speaker(text, start, end, hit[1], speaker_type,
                               path=f"pronoun '{low}': nearest earlier {kind} mention{agree}")
            named_next = self.named_next(head, low)
            if named_next:
                return Speaker(text, start, end, named_next, "PERSON",
                               path=f"pronoun '{low}': no earlier person; the person named next in the paragraph")
            described = self._described_person(head, low)
            if described:
                return Speaker(text, start, end, described, "PERSON",
                               path=f"pronoun '{low}': no named antecedent; the person the sentence or the one "
                                    "before describes")
            return Speaker(text, start, end, None, "PRONOUN", path=f"pronoun '{low}': no agreeing antecedent")
        age = _age_phrase(head) if self.doc[lo].lower_ == "the" else None
        aged = self._person_of_age(age, start) if age is not None else None
        if aged:
            holder, how = aged
            return Speaker(text, start, end, holder, "PERSON", path=f"'the {age}-year-old': {holder}, {how}")
        parent = _parent_count(head) if self.doc[lo].lower_ == "the" else None
        gender = gender_of([head.lower_]) if parent else None
        focus = self._one_person_before(head, start, gender, parent) if gender else None
        if focus:
            return Speaker(text, start, end, focus, "PERSON",
                           path=f"'{text}': a description of the one person named just before, {focus}")
        called = self._name_after_noun(head) if head.pos_ == "PROPN" else None
        if called:                             # whatever label the model gave the name, the noun says what it is
            noun, name = called
            self.named_sources[noun.lemma_.lower()] = name
            return Speaker(text, start, end, name, "ORG", role=noun.lower_, org=self._issuing(self._owner(head, lo, hi)),
                           path=f"'{text}': the {noun.lower_} named {name}")
        paired = self._name_after_paired_roles(head)
        if paired:                                       # "Comedian and actor Chris Rock revealed ..."
            return Speaker(text, start, end, paired, "PERSON", path=f"the person named after the roles, {paired}")
        ent = self.token_ents.get(head.i)
        named_phrase = ent[0] != "PERSON" if ent else head.pos_ == "PROPN"
        beside = (self._subject_beside(head) or self._holder_in_apposition(head)) if named_phrase else None
        if beside:                                       # "Farmers Union of Kenya branch chairman Daniel Mwangi said"
            return Speaker(text, start, end, beside[1], "PERSON", org=ent[1] if ent else clean_name(text),
                           path=f"the person named after the organisation's phrase, {beside[1]}")
        described = self._holder_in_apposition(head, titled=False) if ent and ent[0] == "NORP" else None
        if described:                                    # "The Kenyan, Daniel Kiprop, said"
            return Speaker(text, start, end, described[1], "PERSON",
                           path=f"a people's word describing the person apposed to it, {described[1]}")
        if ent and ent[0] in SPEAKER_LABELS:
            short = self._short_name(text, start, end) if ent[0] != "PERSON" else None
            if short:                                    # "Cole added" (labelled an organisation) after "Martin Cole"
                return short
            before = self.doc[head.i - 1] if head.i > 0 else None
            if ent[0] in ("GPE", "LOC", "NORP") and before is not None and before.lemma_.lower() in lexicon.ORG_NOUNS \
                    and before.pos_ == "NOUN":
                # "the state news agency Xinhua": the noun before the name says it is an organisation
                return Speaker(text, start, end, ent[1], "ORG", path=f"named, called a{'n' if before.lower_[0] in 'aeiou' else ''} {before.lower_}")
            return Speaker(text, start, end, ent[1], SPEAKER_LABELS[ent[0]], path=f"named {ent[0].lower()}")
        apposed = self._apposed_name(head)               # "his spokesman, Dmitry Peskov, said"
        if apposed:                                      # "South Korean shipyard Daewoo Shipbuilding said"
            label, named = apposed
            return Speaker(text, start, end, named, SPEAKER_LABELS[label],
                           role=role_text(head) if is_role(head) else None,
                           org=self._owner(head, lo, hi) if label == "PERSON" else None, path="apposition")
        leader = self._leader(head)
        if leader:
            return Speaker(text, start, end, leader, "PERSON", path=f"the group's leader, {leader}")
        if head.is_title and head.pos_ != "PROPN" or head.pos_ == "PROPN" and not is_role(head):
            short = self._short_name(text, start, end)
            if short:
                return short
        lemma = head.lemma_.lower()
        owner = self._owner(head, lo, hi)
        if lemma in lexicon.DOCUMENT_NOUNS and head.pos_ != "PROPN" and not self._described_as_someone(head):
            beside = self._name_beside(head)
            if beside:
                self.named_sources[lemma] = beside
                return Speaker(text, start, end, beside, "ORG", role=head.lower_, org=self._issuing(owner),
                               path=f"'{text}': the {head.lower_} named {beside}")
            earlier = self.named_sources.get(lemma) if self.doc[lo].lower_ == "the" and owner is None else None
            if earlier:
                return Speaker(text, start, end, earlier, "ORG", role=head.lower_,
                               path=f"'{text}': the {head.lower_} named earlier, {earlier}")
            issuer = self._issuing(owner) or self._issuer(head)
            return Speaker(text, start, end, issuer, "DOCUMENT", org=issuer,
                           path="document" + (f" of {issuer}" if issuer else ""))
        if lemma in _BODY_NOUNS and lemma not in lexicon.PERSON_NOUNS and not _other_sense(head):
            beside = self._name_beside(head)
            if beside:
                return Speaker(text, start, end, beside, "ORG", path=f"'{text}': the name beside it, {beside}")
            named = self._named_org(head, lo, start) if owner is None else None
            if named and named == self._clause_subject(head):
                named = None                      # "Xinhua quoted the ministry": the ministry is not Xinhua
            # a body of a place, not its government: asked once, as _is_place scans every entity of the article
            place_body = owner is not None and lemma not in _PLACE_GOVERNMENTS and self._is_place(owner)
            if place_body:
                # "Norway's biggest mobile operator": a company in Norway, the one the sentence names; but "the
                # Odisha government" is Odisha's own, never another body of the sentence
                named = self._org_in_sentence(head, start)
                if named:
                    return Speaker(text, start, end, named, "ORG", org=owner,
                                   path=f"'{text}': an organisation of {owner}, the one named in the sentence")
            if named:
                return Speaker(text, start, end, named, "ORG", path=f"'{text}': the {lemma} named earlier, {named}")
            source = self._headline_source(head, start)
            if source:
                return Speaker(text, start, end, source, "ORG", org=owner,
                               path=f"'{text}': the source the headline names after its colon, {source}")
            if owner is not None and ("NORP", owner) in self._inner(lo, hi):
                # "The Japanese company", "A South African corrections board": a people says whose body it is,
                # not which; the body is unnamed, the people its organisation
                return Speaker(text, start, end, None, "ORG", org=owner,
                               path=f"organisation noun of a people, {owner}: the body not named")
            body = None
            if place_body:
                owner_at = {i for i in range(lo, hi) if self.token_ents.get(i, ("", ""))[1] == owner}
                body = _body_words(head, owner_at)
            if body is not None and body.lower() not in _OWNER_VOICES:
                # "Nigeria's central bank", "Turkey's interior ministry": a place's body speaks as itself, the place
                # is only its organisation; its government, board or front office alone speak for it
                return Speaker(text, start, end, body, "ORG", org=owner, path=f"'{text}': the {body} of {owner}")
            return Speaker(text, start, end, owner, "ORG", org=owner,
                           path="organisation noun" + (f" of {owner}" if owner else ""))
        if is_role(head) or lemma in lexicon.PERSON_NOUNS or names_people(head):
            return self._role_speaker(head, text, start, end, owner)
        if head.pos_ == "PROPN" or head.ent_type_ in ("DATE", "CARDINAL"):
            titled = self._titled_document(lo, hi)
            if titled:
                noun, issuer = titled
                return Speaker(text, start, end, issuer, "ORG", role=noun.lower_, org=issuer,
                               path=f"'{text}': the title of a {noun.lower_} by {issuer}")
        if head.pos_ == "PROPN":
            # the model takes some names' first word for a people ("Han Lay" -> "Han" NORP): inside a proper
            # noun phrase a people is a modifier or part of the name, never who speaks
            inner = [e for e in self._inner(lo, hi) if e[0] != "NORP"]
            if inner:
                return Speaker(text, start, end, inner[-1][1], SPEAKER_LABELS[inner[-1][0]], path="named entity in phrase")
            name = strip_titles(clean_name(text))
            return Speaker(text, start, end, name or None, "PERSON", path="proper noun not tagged as an entity")
        named = self._org_in_sentence(head, start) if self._refers_back(head, lo, owner) else None
        if named:
            return Speaker(text, start, end, named, "ORG", org=owner,
                           path=f"'{text}': a body that speaks, the organisation the sentence names")
        lede = self._lede_person(head, start) if self._described_as_someone(head) else None
        if lede:
            return Speaker(text, start, end, lede, "PERSON", org=owner,
                           path=f"'{text}': the person the headline or standfirst names, {lede}")
        return Speaker(text, start, end, None, "PERSON", org=owner, path="common noun")

    @staticmethod
    def _described_as_someone(head: Token) -> bool:
        """ "A Myanmar model who has spoken out ...": a relative clause opened by "who" says the noun is a
        person, whatever else it can mean (a model, a brief, a note), so no document and no issuer."""
        return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.lefts)
                   for c in head.children)

    def _titled_document(self, lo: int, hi: int) -> tuple[Token, str] | None:
        """ "According to “Two Years of Voices,” a report released by Stop AAPI Hate, ...": a phrase in quotation
        marks followed by a document noun is a work's title, and the work speaks for whoever issued it."""
        doc = self.doc
        if lo == 0 or not doc[lo - 1].is_quote:
            return None
        k = hi
        while k < len(doc) and k < hi + 3 and (doc[k].is_punct or doc[k].is_quote):
            k += 1
        if not any(doc[j].is_quote for j in range(hi, k)):
            return None
        for tok in doc[k:k + 4]:
            if tok.pos_ == "NOUN" and tok.dep_ != "compound" and tok.lemma_.lower() in lexicon.DOCUMENT_NOUNS:
                issuer = self._issuer(tok)
                return (tok, issuer) if issuer else None
        return None

    def _is_place(self, name: str) -> bool:
        return any(label in ("GPE", "NORP", "LOC") and canonical == name for label, canonical in self.token_ents.values())

    def _refers_back(self, head: Token, lo: int, owner: str | None) -> bool:
        """ "the payments platform", "Sweden's largest steelmaker": a definite singular noun for a thing that
        speaks is a description of a body the text just named ("a sign says" is indefinite and names nothing)."""
        definite = self.doc[lo].lower_ == "the" or owner is not None and self._is_place(owner)
        return head.pos_ == "NOUN" and head.tag_ == "NN" and definite and head.lemma_.lower() not in lexicon.DOCUMENT_NOUNS

    def _org_in_sentence(self, head: Token, before: int) -> str | None:
        """The last organisation named in the speaker's sentence before the speaker phrase."""
        return self.mentions.last_between(head.sent.start_char, before, "ORG") or self._described_name(head, before)

    def _described_name(self, head: Token, before: int) -> str | None:
        """The name the model did not take for an organisation, where the parse shows it is one: a proper
        noun in the speaker's sentence with an organisation noun in apposition ("Osstem Implant, a local
        implant maker, ..., the firm said"), whether untagged or mistaken for a person."""
        for tok in reversed([t for t in head.sent if t.idx < before]):
            if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.tag_ == "NN" \
                    and tok.head.i == tok.i + 1 and tok.i in self.token_ents and not self._names_someone(tok.head):
                return self.token_ents[tok.i][1]  # "the Mega Millions jackpot": a name that brands a thing is a body's
            if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ not in ("", "PERSON"):
                continue
            if not tok.ent_type_ and _is_acronym(tok):
                return tok.text                   # "built by POSCO": a name in capitals is a body's, not a person's
            if any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.ORG_NOUNS | lexicon.ANAPHORIC_ORG_NOUNS
                   for c in tok.children):
                lo = min([t.i for t in tok.lefts if t.dep_ == "compound"] + [tok.i])
                return self.doc[lo:tok.i + 1].text
        return None

    @staticmethod
    def _names_someone(noun: Token) -> bool:
        """A noun for a person, a body or a post: "the Trump administration" is no brand of Trump's."""
        return noun.lemma_.lower() in ACTOR_NOUNS or is_role(noun)

    def _named_org(self, head: Token, lo: int, before: int) -> str | None:
        """ "The Parliamentary Budget Office ... the independent office said": a definite organisation noun
        is the organisation named earlier whose name has the noun, or one of the nouns that say what it
        does ("The Board of Audit and Inspection ... the state audit agency"). A bare "the company" (a
        noun that usually refers back), or one that only says its field ("the privacy watchdog"), is else
        the organisation the story named last; an adjective ("the rival company") may point elsewhere."""
        mods = self.doc[lo + 1:head.i]
        if self.doc[lo].lower_ != "the" or head.tag_ in ("NNS", "NNPS") \
                or any(t.pos_ not in ("ADJ", "NOUN") or t.ent_type_ for t in mods):
            return None
        lemma = head.lemma_.lower()
        for word in [lemma] + [t.lemma_.lower() for t in reversed(mods) if t.pos_ == "NOUN"]:
            named = self.mentions.named_like(before, "ORG", word, any_name=False)
            if named:
                return named
        # "The air force" or "the task force" is another body than the police force named before.
        if lemma not in lexicon.ANAPHORIC_ORG_NOUNS or any(t.pos_ != "NOUN" for t in mods) \
                or mods and lemma == "force":
            return None
        return self.mentions.named_like(before, "ORG", lemma, any_name=True) or self._described_name(head, before)

    def is_actor(self, head: Token) -> bool:
        """Whether a subject can mean what it says: a name, a pronoun, people or a body that speaks;
        "the weak pound" or "rising rents" cannot (a singular noun's ending proves nothing: "water")."""
        lemma = head.lemma_.lower()
        return head.i in self.token_ents or head.pos_ in ("PRON", "PROPN") or names_people(head) \
            or lemma in ACTOR_NOUNS

    def _issuer(self, head: Token) -> str | None:
        """ "a report released by the Tamsin Institute", "a memo circulated by the regional government":
        the agent of the participle that describes a document; a named one, else an organisation noun.
        "a report from Gizmodo", "an article in Wired": a name after the preposition is the source."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "in")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
                ent = self.token_ents.get(pobj.i)
                if ent is None or ent[0] in SPEAKER_LABELS:
                    return ent[1] if ent else self.doc[pobj.left_edge.i:pobj.i + 1].text
        for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            # a name that opens with a verb ("by Stop AAPI Hate") is parsed as a clause: "pcomp", not "pobj"
            for pobj in (g for by in acl.children if by.dep_ == "agent" for g in by.children
                         if g.dep_ == "pobj" or g.dep_ == "pcomp" and g.i in self.token_ents):
                ent = self.token_ents.get(pobj.i)
                if ent and ent[0] in SPEAKER_LABELS and ent[0] != "PERSON":
                    return ent[1]
                if pobj.lemma_.lower() in lexicon.ORG_NOUNS:
                    words = [t for t in pobj.subtree if t.i <= pobj.i and t.dep_ not in ("det", "poss", "punct")]
                    return " ".join(t.text for t in words)
        return None

    def _short_name(self, text: str, start: int, end: int) -> Speaker | None:
        """The person named in full earlier whose short name the phrase is ("Cole" after "Martin Cole")."""
        person = resolve_person(text, self.persons)
        if not person:
            return None
        return Speaker(text, start, end, person, "PERSON", path="short name of a person named in full")

    def _leader(self, head: Token) -> str | None:
        """ "Researchers led by Dr. Hannah Weiss said": a group speaks through the person named as its leader."""
        if head.tag_ not in ("NNS", "NNPS"):
            return None
        for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _LEAD_VERBS):
            for by in (c for c in acl.children if c.dep_ == "agent"):
                for pobj in (g for g in by.children if g.dep_ == "pobj"):
                    ent = self.token_ents.get(pobj.i)
                    if ent and ent[0] == "PERSON":
                        return ent[1]
        return None

    def _name_beside(self, head: Token) -> str | None:
        """ "the state news agency Xinhua", "the Telegram channel General SVR": the name in apposition to an
        organisation or source noun, or right after it where the parser made the two subjects of one verb.
        Whatever label the model gave the name, or none, the noun says it names a body, not a person."""
        run = self._proper_run(head.i + 1)
        if run is None:
            return None
        root = next(t for t in run if not run.start <= t.head.i < run.end)
        if root.head.i == head.i or (root.dep_ == head.dep_ and root.head.i == head.head.i):
            ent = self.token_ents.get(run.start)
            if ent and ent[0] in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "PERSON") and len(run) == 1:
                return ent[1]
            return run.text
        return None

    def _proper_run(self, i: int):
        """The proper nouns from token ``i`` on ("General SVR"), not a date ("Tuesday"), or None."""
        j = i
        while j < len(self.doc) and self.doc[j].pos_ == "PROPN" and self.doc[j].ent_type_ not in ("DATE", "TIME"):
            j += 1
        return self.doc[i:j] if j > i else None

    def _name_after_noun(self, head: Token) -> tuple[Token, str] | None:
        """ "the Telegram channel General SVR" read from its last proper noun: the proper nouns after the last
        source or organisation noun of the phrase are its name (and "General" is part of it, no title)."""
        k, first = head.i, head.sent.start      # the parser may end the phrase at the name ("General SVR")
        while k > first and self.doc[k - 1].pos_ == "PROPN":
            k -= 1
        if k <= first:
            return None
        noun = self.doc[k - 1]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.DOCUMENT_NOUNS | lexicon.ORG_NOUNS:
            return None
        run = self._proper_run(k)
        return (noun, run.text) if run is not None and run.end == head.i + 1 else None

    def _issuing(self, owner: str | None) -> str | None:
        """An owner that can issue what its noun names: not a nationality ("a Russian channel") and not the
        platform that carries it ("a Telegram channel", "an X post"), which speak for nobody."""
        if owner is None or owner.lower() in PLATFORMS or any(
                label == "NORP" and canonical == owner for label, canonical in self.token_ents.values()):
            return None
        return owner

    def _clause_subject(self, head: Token) -> str | None:
        """The name that is the subject of the verb ``head`` depends on (through "as", "by", "to")."""
        verb = lexicon.clause_verb(head.head)
        if verb.i == head.i:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i), None)
        if subj is None:
            return None
        ent = self.token_ents.get(subj.i)
        return ent[1] if ent else None

    def _apposed_name(self, head: Token) -> tuple[str, str] | None:
        """The name in apposition to the phrase: to its head, or hung by the parser on the owner ("the director of
        Nordvik Energy, Ingrid Dahl, said"; the owners ``_post_owners`` gives for a post, whose common-noun refusal
        does not apply here, see ``_post_of_named_owner``). A person's name may stand beside any noun; an
        organisation's only beside the head of a common-noun phrase ("South Korean shipyard Daewoo ..."), as the
        owner's apposition names the owner, not the speaker; a handle only beside the head with no owner between
        ("Her deputy, @marco_rinaldi,"), as one after the owner names the owner wherever the parser hangs it ("A
        spokesman for the campaign group, @StopTheCuts,"). A place beside a noun is left to the rules that read the
        noun ("the state news agency Xinhua", which the model calls a place)."""
        owners = _post_owners(head)
        for node in [head] + owners:
            for child in node.children:
                ent = self.token_ents.get(child.i) if child.dep_ == "appos" else None
                if ent and (ent[0] == "PERSON" or node is head and (
                        head.pos_ == "NOUN" and ent[0] == "ORG"
                        or ent[0] == "HANDLE" and not any(o.i < child.i for o in owners))):
                    return ent
        return self._subject_beside(head)

    def _name_after_paired_roles(self, head: Token) -> str | None:
        """ "Comedian and actor Chris Rock", "Singer and actress Selena Gomez": the parser makes the first role
        the head and the name a conjunct of it, and the model may take a capitalised role for a people; two
        roles joined before one name describe that person, so the name is who speaks. The model may also take a
        role that opens the sentence for a one-word person: a name would not be joined to a role and a name."""
        if head.i + 2 >= len(self.doc) or self.doc[head.i + 1].lower_ != "and" \
                or head.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return None
        ent = self.token_ents.get(head.i)
        opening_word = head.i == head.sent.start and self.doc[head.i + 1].ent_iob_ != "I"
        if ent and ent[0] == "PERSON" and not opening_word:
            return None
        for conj in (c for c in head.children if c.dep_ == "conj"):
            named = self.token_ents.get(conj.i)
            role = conj.left_edge
            if named and named[0] == "PERSON" and role.pos_ == "NOUN" and role.i == head.i + 2 \
                    and role.i not in self.token_ents:
                return named[1]
        return None

    def _subject_beside(self, head: Token) -> tuple[str, str] | None:
        """ "their parliamentary leader Friedrich Merz said": with no comma the parser may hang the role and
        the name on the verb as two subjects; the person's name that follows the role phrase is who spoke.
        The phrase may be an untagged organisation's name ("Communist Party of India (Marxist) State
        secretary Kodiyeri Balakrishnan has said"): it says where the person speaks from."""
        if head.pos_ not in ("NOUN", "PROPN") or not head.dep_.startswith("nsubj"):
            return None
        after = head.right_edge.i + 1
        name = next((c for c in head.head.children if c.dep_ == head.dep_ and c.left_edge.i == after), None)
        ent = self.token_ents.get(name.i) if name is not None else None
        return ent if ent and ent[0] == "PERSON" else None

    def _holder_in_apposition(self, head: Token, titled: bool = True) -> tuple[str, str] | None:
        """ "Bangladesh Nationalist Party (BNP) chief Khaleda Zia demanded": the parser may make the organisation
        the subject and hang the post with its holder on it in apposition; the person the post names is who
        speaks, the organisation where they speak from. Not when the organisation is one of several subjects
        ("The BNP, party chief Khaleda Zia, and its allies said"): the apposition is one of a list that speaks.
        Not ``titled``, any person apposed: "The Kenyan, Daniel Kiprop, said", "The Irish No 2, Sean Dempsey, told
        reporters": sports and feature copy calls a person by their nationality and the parser makes the people's
        word the subject with the name in apposition; the people only describes the person named, who speaks.
        Not ``_apposed_name``: that one also looks on a post's owners, takes an organisation or a handle, falls back
        to a name beside the subject and has no conjunct guard; a people's word is read only through a person
        apposed to it, and not when the people is listed with others."""
        if any(c.dep_ == "conj" for c in head.children):
            return None
        for child in head.children:
            ent = self.token_ents.get(child.i) if child.dep_ == "appos" else None
            if ent and ent[0] == "PERSON" and (not titled or any(is_role(t) for t in child.lefts)):
                return ent
        return None

    def _role_speaker(self, head: Token, text: str, start: int, end: int, owner: str | None) -> Speaker:
        role = role_text(head)
        pronoun = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        body = self._body_before(pronoun.idx, pronoun.lower_) if pronoun is not None and owner is None else None
        if body and head.tag_ in ("NNS", "NNPS"):
            # "Its sources said": unnamed people the pronoun gives to the body it stands for speak for it
            return Speaker(text, start, end, body[1], "ORG", role=role, org=body[1],
                           path=f"'{role}' speaking for {body[1]}, the organisation '{pronoun.lower_}' refers to")
        owner = owner or (body[1] if body else None)
        found = self.role_holder(head, start) if head.tag_ not in ("NNS", "NNPS") else None
        if found:
            holder, where = found
            return Speaker(text, start, end, holder, "PERSON", role=role, org=owner,
                           path=f"role '{role}' named {where}: {holder}")
        if owner and head.tag_ in ("NNS", "NNPS") and self._owned_by_prep(head, owner):
            # "Economists at Halden Bank said": unnamed people speak for the organisation the text names;
            # "Norwegian officials" stay unnamed (a nationality is no organisation that speaks)
            return Speaker(text, start, end, owner, "ORG", role=role, org=owner,
                           path=f"'{role}' speaking for {owner}")
        headline = self._headline_subject() if self._one_in_role(head, start) and owner is None else None
        if headline and any(r.person == headline and r.head != head.lemma_.lower() for r in self.roles):
            headline = None                       # the text gives the headline's subject another post
        noun_gender = gender_of([head.lower_])
        if headline and noun_gender and self.mentions.genders.get(headline, noun_gender) != noun_gender:
            headline = None                       # "the chairwoman" is not the man the headline names
        if headline:
            return Speaker(text, start, end, headline, "PERSON", role=role,
                           path=f"role '{role}' never named; the headline's subject, {headline}")
        lede = self._lede_person(head, start)
        if lede:
            return Speaker(text, start, end, lede, "PERSON", role=role, org=owner,
                           path=f"role '{role}' not named; the person the headline or standfirst names, {lede}")
        return Speaker(text, start, end, None, "PERSON", role=role, org=owner, path=f"role '{role}', not named")

    def _body_before(self, before: int, pronoun: str) -> tuple[str, str] | None:
        """What "its" or "their" stands for: the nearest earlier subject that is a body, else the nearest body.
        The small model calls many outlets people ("The Financial Times", "Politico"); a "person" with no first
        name, no title and no gender the text gave it may be one. "Their" may also stand for bodies a plural
        noun names ("Regulators said ... Their chairman said")."""
        def body(kind: str, name: str) -> bool:
            return kind == "ORG" or kind == "BODIES" and pronoun == "their" \
                or kind == "PERSON" and name not in self.mentions.genders \
                and gender_of(name.split()) is None and len(name.split()) <= 2 and not is_first_name(name.split()[0])
        m = self.mentions
        i = bisect_right(m.starts, before)
        recent = list(zip(reversed(m.starts[max(0, i - 20):i]), reversed(m.items[max(0, i - 20):i])))
        hits = [(k, c, subj) for _s, (k, c, subj) in recent if body(k, c)]
        return next(((k, c) for k, c, subj in hits if subj), None) or (hits[0][:2] if hits else None)

    def _one_in_role(self, head: Token, start: int) -> bool:
        """ "the chief minister": one person, the one the story is about (not "a minister", not "ministers")."""
        first = self.doc[phrase_bounds(head)[0]]
        return head.tag_ in ("NN", "NNP") and first.lower_ == "the" and start > self.headline_end > 0

    def _headline_subject(self) -> str | None:
        """ "KCR announces ... / the Chief Minister said ...": a headline names the person its story then calls
        by their post. Its subject is that person when the model calls it one, or when it is written in
        capitals as initials, as politicians are known in many countries' press ("KCR", "AOC")."""
        for tok in self.doc:
            if tok.idx >= self.headline_end:
                return None
            if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.dep_ in ("ROOT", "ccomp"):
                ent = self.token_ents.get(tok.i)
                if ent and ent[0] == "PERSON":
                    return ent[1]
                if _is_acronym(tok) and len(tok.text) <= 4 and (ent is None or ent[0] == "ORG"):
                    return tok.text
                return None
        return None

    def _headline_source(self, head: Token, start: int) -> str | None:
        """ "North Korean economy shrinks ...: BOK": wire headlines end with the source after a colon; a body
        that then speaks as "South Korea's central bank" is that source when the name fits the noun (an
        acronym with its initial, "BOK" for a bank; a name with the noun in it, "Bank of Korea")."""
        if start <= self.headline_end or self.headline_end <= 0:
            return None
        headline = doc_text(self.doc)[:self.headline_end].rstrip()
        colon = headline.rfind(": ")
        tail = headline[colon + 2:] if colon > 0 else ""
        if not tail or len(tail.split()) > 4:
            return None
        noun = head.lemma_.lower()
        if tail.isalpha() and tail.isupper() and 2 <= len(tail) <= 6:
            return tail if noun[0].upper() in tail else None
        tail_start = colon + 2
        named = self.mentions.last_between(tail_start, self.headline_end + 1, "ORG")
        return named if named and noun in named.lower().split() else None

    def _lede_person(self, head: Token, start: int) -> str | None:
        """ "Han Lay appealed for help ... / A Myanmar model who has spoken out ... says she ...": a story's first
        paragraph often describes, without naming, the person its headline or standfirst names. An indefinite
        description of one person there is that person when the text before named exactly one person as a
        subject, and no "he" or "she" of the sentence says otherwise. A noun that says a gender must agree with the
        person's known gender: "Simon Danczuk ... / A 39-year-old woman alleged he had raped her" is someone else
        telling of the person named. A "he" or "she" is tested only against the person's known gender, never against
        the noun ("A woman who was attacked ... said he had followed her" stays the woman named when her gender is
        unknown); with a known gender it still wrongly vetoes a person speaking of someone of the other gender (the
        strict xfail 'pronoun of another')."""
        text = doc_text(self.doc)
        if self.headline_end <= 0 or start < self.headline_end or head.tag_ != "NN" \
                or self.doc[phrase_bounds(head)[0]].lower_ not in ("a", "an"):
            return None
        para = text.rfind("\n", 0, start) + 1
        if text.count("\n", self.headline_end + 2, para) > 1:   # past the standfirst and the first paragraph
            return None
        m = self.mentions
        subjects = {c for s, (k, c, subj) in zip(m.starts, m.items) if s < para and k == "PERSON" and subj}
        if len(subjects) != 1:
            return None
        person = subjects.pop()
        genders = {PRONOUN_GENDER[t.lower_] for t in head.sent if t.i > head.i and t.lower_ in ("he", "she")}
        known = m.genders.get(person)
        said = gender_of([head.lower_])
        if said and known not in (None, said):
            return None
        return person if not known or genders <= {known} else None

    def _owned_by_prep(self, head: Token, owner: str) -> bool:
        """The owner is an organisation named after "at", "from", "of" or "for" the head noun."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS):
            if any(self.token_ents.get(t.i, ("", ""))[0] == "ORG" and self.token_ents[t.i][1] == owner
                   for t in self._prep_object(prep)):
                return True
        return False

    def _prep_object(self, prep: Token) -> list[Token]:
        """What a preposition governs. When the parser left it without an object and hung the name after it
        on the verb ("Analysts at Brightwater Capital estimate ...", "estimate" read as a noun), the named
        entity that follows it is its object all the same."""
        if any(c.dep_ == "pobj" for c in prep.children):
            return list(prep.subtree)
        nxt = prep.i + 1
        ent = self.token_ents.get(nxt)
        out = []
        while nxt < len(self.doc) and ent is not None and self.token_ents.get(nxt) == ent:
            out.append(self.doc[nxt])
            nxt += 1
        return out

    def _inner(self, lo: int, hi: int) -> list[tuple[str, str]]:
        seen, out = set(), []
        for i in range(lo, hi):
            ent = self.token_ents.get(i)
            if ent and ent[0] in SPEAKER_LABELS and ent not in seen:
                seen.add(ent)
                out.append(ent)
        return out

    def _owner(self, head: Token, lo: int, hi: int) -> str | None:
        """The organisation a phrase belongs to: an "of/at/for" object first, then a possessor or modifier."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS:
                for t in self._prep_object(prep):
                    ent = self.token_ents.get(t.i)
                    if ent and ent[0] != "PERSON" and ent[0] in SPEAKER_LABELS:
                        return ent[1]
        inner = [e for e in self._inner(lo, hi) if e[0] != "PERSON"]
        if inner:
            return inner[0][1]
        if head.dep_.startswith("nsubj"):        # "At CVS, a spokesperson said": the place of the saying
            for prep in head.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "at" and prep.i < head.i:
                    ent = next((self.token_ents[t.i] for t in prep.subtree if t.i in self.token_ents), None)
                    if ent and ent[0] in ("ORG", "GPE"):
                        return ent[1]
        return None
