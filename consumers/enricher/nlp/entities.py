"""Named entities with one canonical name per referent within a document.

``newsradar_entities`` runs after ``ner``. It drops entities found in bylines and
photo credits, corrects labels the small model habitually gets wrong ("Taliban"
as PERSON), and groups mentions under a canonical name:

- aliases from configs/aliases.yaml ("U.S." -> "United States");
- titles folded into persons ("Rep. Jim Banks" -> "Jim Banks");
- a short person name maps to the longest full name in the document ending with
  or containing it ("Putin" -> "Vladimir Putin", "Team Biden" -> "Joe Biden").

Results are plain lists on ``doc._.nr_entities`` (msgpack-safe, so they survive
``nlp.pipe(n_process>1)``): ``[label, canonical, [[text, start, end], ...]]``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy
import yaml
from spacy.attrs import DEP, IS_TITLE, IS_UPPER, ORTH
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span, Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.people import is_first_name, next_word, opens_a_name
from consumers.enricher.nlp.segment import boilerplate_ranges, inside
from consumers.enricher.nlp.title_end import title_end
from consumers.enricher.nlp.transcripts import rubric, transcript
from newsradar.errors import ConfigError
from newsradar.lemmas import get_lemmatiser
from newsradar.roles import VOICE_TITLES, title_head
from newsradar.schema import ENTITY_LABELS
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"}
_NAMES_NOT_PERSONS = NAME_LABELS - {"PERSON"}
# The labels the text's evidence may correct: a name's, and a work's title ("the film Arrival").
_NAMES_AND_WORKS = NAME_LABELS | {"WORK_OF_ART"}
DEFAULT_ALIASES = Path(__file__).resolve().parents[3] / "configs" / "aliases.yaml"

# Words that precede a person's name without being part of it.
TITLES = {
    "rep", "rep.", "representative", "sen", "sen.", "senator", "president", "vice", "prime",
    "minister", "pm", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "gov",
    "gov.", "governor", "gen", "gen.", "general", "lt", "lt.", "col", "col.", "capt", "capt.",
    "sgt", "sgt.", "adm", "adm.", "admiral", "secretary", "chancellor", "king", "queen",
    "prince", "princess", "pope", "judge", "justice", "mayor", "speaker", "sheikh", "sir",
    "dame", "lord", "lady", "rev", "rev.", "reverend", "ambassador", "commissioner",
    "professor", "prof", "prof.", "former", "late", "team", "leader", "chairman", "chair",
    "ceo", "director", "foreign", "defence", "defense", "attorney", "sheriff", "chief",
    "commander", "congressman", "congresswoman", "assemblyman", "councillor", "councilman",
    "constable", "inspector", "detective", "superintendent", "sergeant", "lieutenant", "colonel", "brigadier",
    "headteacher", "headmaster", "headmistress",
    # honorifics of Nigerian and Indian copy: "Alhaji Musa Garba", "Hon. Ada Okafor", "Shri R. Kumar"
    "alhaji", "alhaja", "hon.", "honourable", "shri", "shri.", "smt.",
}
_STRIP = " \t\n\r,;:!?\"'“”‘’()[]-–—/"
# Last words that make a name an organisation or a place, whatever the first word is
# ("Corvane Labs", "Virginia GOP", "Charlotte Observer", "Victoria Station").
ORG_SUFFIXES = {
    "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "group", "labs", "lab",
    "bank", "energy", "holdings", "partners", "capital", "media", "news", "network", "times", "post",
    "observer", "gazette", "herald", "journal", "tribune", "telegraph", "guardian", "press", "radio",
    "tv", "university", "college", "institute", "school", "academy", "hospital", "clinic", "council",
    "committee", "commission", "ministry", "department", "agency", "authority", "party", "gop",
    "union", "association", "federation", "foundation", "fund", "trust", "society", "club", "fc",
    "united", "city", "team", "airlines", "airways", "motors", "pharmacy", "pharmaceuticals", "systems",
    "technologies", "software", "games", "studios", "records", "tech", "church", "army", "navy",
    "police", "court", "robotics", "foods", "telecom", "logistics", "industries", "electronics",
    "chemicals", "insurance", "semiconductor", "aerospace", "automotive", "therapeutics", "biotech",
}
# Last words of a place: never a person ("Victoria Station", "Cook County"), never made an organisation.
PLACE_SUFFIXES = {
    "station", "street", "square", "garden", "gardens", "park", "beach", "river", "lake", "county",
    "city", "state", "island", "islands", "center", "centre", "airport", "bridge", "hall", "valley",
}
# A last word that makes a name a body's or a place's, not a person's: asked of most names several times over.
_BODY_OR_PLACE_SUFFIXES = ORG_SUFFIXES | PLACE_SUFFIXES
# Last words of a built thing, OntoNotes' FAC ("Arbat Street", "Yongsan Station", places or organisations to
# the small model), unless the name stands for an institution as a subject or an owner ("Downing Street said").
FACILITY_SUFFIXES = {"street", "road", "avenue", "station", "airport", "bridge", "base", "stadium", "arena"}
# Last words of a natural feature, OntoNotes' LOC ("Macquarie Harbour", "the Hudson River": persons, bodies or
# facilities to the small model), or its first before "of" ("the Gulf of St Lawrence"); a name the model made a
# place stays one ("Green Bay" is a city, "the Bay of Plenty" a region).
NATURAL_SUFFIXES = {"river", "lake", "harbour", "harbor", "bay", "sea", "ocean", "valley", "canyon", "gulf",
                    "strait", "peninsula", "creek", "glacier", "desert", "island"}
# Titles that make the following name a person whatever the model said ("Gov. DeSantis" PRODUCT, "Councillor
# Saoirse Ní Bhriain" one organisation); only persons hold them, so none opens a body's name.
PERSON_TITLES = {"gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "gen.", "lt.", "col.", "capt.", "sgt.",
                 "prof.", "president", "senator", "governor", "mayor", "chancellor", "councillor", "cllr",
                 "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman", "alhaji", "alhaja",
                 "smt."}
# OntoNotes' EVENT: a named storm ("Storm Ciara", a person or a place to the small model) and a named
# occasion ("the Cannes Film Festival", an organisation to it). "Games" is left out: it ends firms' names too.
EVENT_FIRST_WORDS = {"storm", "hurricane", "typhoon", "cyclone", "tropical"}
# OntoNotes' LAW: a named treaty or accord ("the Paris Agreement", "the Kyoto Protocol", an event or a place to the
# small model). "Convention" is left out: it ends party gatherings' names too.
_TREATY_LAST_WORDS = {"agreement", "accord", "accords", "treaty", "protocol"}
# A storm's noun before its name, inside the model's entity or not ("post-tropical cyclone Fiona", a person to it);
# "tropical" alone is no storm ("tropical Queensland").
_STORM_NOUNS = EVENT_FIRST_WORDS - {"tropical"}
EVENT_LAST_WORDS = {"festival", "tournament", "championship", "championships", "olympics", "paralympics", "awards",
                    "cup", "marathon", "summit"}
# An acronym as news prints it after a body's name: capitals, perhaps an ampersand ("AT&T").
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
# "BMW U.S. Manufacturing", "HSBC U.K. Bank": a country's initials after a body's acronym are its branch, no person
_COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "S.A."})
# A one-token entity that is an @handle: its own label, never a person or an organisation.
_HANDLE = re.compile(r"^@\w{2,}$")
# "O’Reilly", "D'Souza", "N’Diaye": a surname whose capital follows an apostrophe
_APOSTROPHE_SURNAME = re.compile(r"^[A-Z][’'][A-Z][a-z]+$")


@dataclass
class AliasTable:
    canonical: dict[str, str] = field(default_factory=dict)   # variant -> canonical
    labels: dict[str, str] = field(default_factory=dict)      # canonical or name -> label

    @classmethod
    def load(cls, path: Path | None) -> "AliasTable":
        """Read ``aliases.yaml``; a missing default file gives an empty table, a bad one a ConfigError."""
        path = Path(path) if path else DEFAULT_ALIASES
        table = cls()
        if not path.exists():
            if path != DEFAULT_ALIASES:
                raise ConfigError("file not found", file=str(path))
            return table
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for canonical, spec in (raw.get("aliases") or {}).items():
                spec = spec or {}
                for variant in [canonical, *(spec.get("variants") or [])]:
                    table.canonical[str(variant)] = str(canonical)
                    table.canonical.setdefault(str(variant).lower(), str(canonical))
                if spec.get("label"):
                    table.labels[str(canonical)] = _check_label(spec["label"], path, f"aliases.{canonical}.label")
            for name, label in (raw.get("labels") or {}).items():
                table.labels[str(name)] = _check_label(label, path, f"labels.{name}")
        except (yaml.YAMLError, AttributeError, TypeError) as exc:
            raise ConfigError(f"cannot read aliases: {exc}", file=str(path)) from exc
        return table

    def lookup(self, name: str) -> str | None:
        return self.canonical.get(name) or self.canonical.get(name.lower())


def _check_label(label: str, path: Path, key: str) -> str:
    if label not in ENTITY_LABELS:
        raise ConfigError(f"unknown label {label!r}, expected one of {ENTITY_LABELS}", file=str(path), key=key)
    return label


# An entity's text is cleaned up to a dozen times an article (its key, its group, its surname): remembering the
# last few thousand texts costs a dict look-up a call instead; bounded, so a long-running enricher does not grow.
@lru_cache(maxsize=4096)
def clean_name(text: str) -> str:
    """Strip a leading article, a possessive and stray punctuation; collapse whitespace."""
    text = " ".join(text.split()).strip(_STRIP)
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.strip(_STRIP)


def ends_a_body_or_place(word: str) -> bool:
    """Whether ``word``, as a name's last word, makes the name a body's or a place's ("St Luke's Medical Center")."""
    return word.lower() in _BODY_OR_PLACE_SUFFIXES


def strip_titles(name: str) -> str:
    """'Indiana Republican Rep. Jim Banks' -> 'Jim Banks' when the parts are title words."""
    parts = name.split()
    i = 0
    while i < len(parts) - 1 and parts[i].lower() in TITLES:
        i += 1
    return " ".join(parts[i:])


def short_name_map(person_names: Counter) -> dict[str, str]:
    """Map each short person name to the longest full name in the document that contains it.

    A name maps only when every one of its words is in the full name and its
    last word is the full name's last word, or it is one word of the full name
    ("Putin" -> "Vladimir Putin"). Ambiguous short names (two Bidens) go to the
    most mentioned full name only if it is clearly more frequent, else stay.
    """
    names = sorted(person_names, key=lambda n: -len(n.split()))
    mapping: dict[str, str] = {}
    for short in names:
        words = short.split()
        candidates = []
        for full in names:
            fwords = full.split()
            core = [w for w in words if w.lower() not in TITLES] or words
            if len(fwords) <= len(core) or full == short:
                continue
            if words[-1] == fwords[-1] and all(w in fwords or w.lower() in TITLES for w in words):
                candidates.append(full)
            elif len(words) == 1 and words[0] in fwords[1:]:
                candidates.append(full)
        if not candidates:
            continue
        best = max(candidates, key=lambda f: (len(f.split()), person_names[f]))
        rivals = [c for c in candidates if c.split()[-1] == best.split()[-1] and c != best
                  and not set(c.split()) <= set(best.split())]
        if rivals and person_names[best] <= max(person_names[r] for r in rivals):
            continue
        mapping[short] = mapping.get(best, best)
    return mapping


def _with_agency(doc: Doc, ents: list[Span]) -> list[Span]:
    """The agency of a dateline ("(AP)") is an organisation, named or not by the model."""
    dateline = doc._.nr_dateline if Doc.has_extension("nr_dateline") else None
    if not dateline or not dateline[3]:
        return ents
    at = doc_text(doc).find("(" + dateline[3] + ")", dateline[0], dateline[1])
    span = doc.char_span(at + 1, at + 1 + len(dateline[3])) if at >= 0 else None
    if span is None or any(e.start < span.end and span.start < e.end for e in ents):
        return ents
    return sorted(ents + [Span(doc, span.start, span.end, label="ORG")], key=lambda e: e.start)


def _dateline_places(doc: Doc, ents: list[Span], evidence: dict[int, str]) -> list[Span]:
    """ "BERLIN (Reuters) —", "NEWARK, N.J. (AP) —": each comma-separated name of a dateline's place is a
    place, whatever the model made of it (ORG, or nothing)."""
    dateline = doc._.nr_dateline if Doc.has_extension("nr_dateline") else None
    at = doc_text(doc).find(dateline[2], dateline[0], dateline[1]) if dateline and dateline[2] else -1
    if at < 0:
        return ents
    out = list(ents)
    for part in re.finditer(r"[^,]+", dateline[2]):
        span = doc.char_span(at + part.start(), at + part.end(), alignment_mode="contract")
        if span is None or not span.text.strip():
            continue
        inside = [i for i, e in enumerate(out) if span.start <= e.start and e.end <= span.end]
        if inside:
            for i in inside:
                if out[i].label_ in NAME_LABELS - {"GPE", "LOC"}:
                    out[i] = Span(doc, out[i].start, out[i].end, label="GPE")
                    evidence[out[i].start] = "GPE"
        elif not any(e.start < span.end and span.start < e.end for e in out):
            out.append(Span(doc, span.start, span.end, label="GPE"))
            evidence[span.start] = "GPE"
    return sorted(out, key=lambda e: e.start)


# Nouns a name before them makes an outlet or a business ("the Bild newspaper", "the Adani group"), not
# those a person's name modifies as often ("the Trump campaign", "the Biden administration").
_OUTLET_OR_FIRM_NOUNS = frozenset({
    "newspaper", "paper", "daily", "tabloid", "magazine", "broadcaster", "publisher", "network", "channel",
    "agency", "outlet", "airline", "carrier", "retailer", "manufacturer", "insurer", "startup", "lender",
    "automaker", "carmaker", "conglomerate", "bank", "firm", "company", "corporation", "group", "brand",
})
# Nouns whose name before them names a lab or a built thing, not a person ("the Fraunhofer lab", "the Rana Plaza
# building"; PERSON to the small model). No evidence: "the Smith lab" is Anna Smith's, and the surname rule
# gives a full name's surname back. "plant" and "store" are left out: a firm's name modifies them as often.
_NAMED_THING_NOUNS = {
    "lab": "ORG", "laboratory": "ORG",
    **dict.fromkeys(("building", "tower", "warehouse", "factory", "mill", "mall", "hotel", "flyover", "overpass",
                     "stadium", "arena", "bridge", "dam", "tunnel", "complex"), "FAC"),
}


def _noun_it_names(doc: Doc, ent: Span, words: list[str]):
    """The small-letter noun right after a name that modifies it ("the Bild newspaper"), if the name opens
    with no first name among ``words``."""
    noun = doc[ent.end] if ent.end < len(doc) else None
    if noun is not None and ent.root.dep_ == "compound" and ent.root.head.i == noun.i and noun.pos_ == "NOUN" \
            and not (words and is_first_name(words[0])):
        return noun
    return None


# Small-letter nouns of a kind that type the name they stand right before or in apposition to ("payments startup
# Airwallex", "his former club Tottenham", "the kung fu epic The Assassin", "The Trade, a new docu-series", "the
# desert planet Arrakis"; persons, organisations or places to the small model; "the poet Kwame Dawes", the reverse).
_KIND_OF_A_NAME = {
    **dict.fromkeys(_OUTLET_OR_FIRM_NOUNS | {"provider", "club", "platform", "website", "charity", "journal"},
                    "ORG"),
    **dict.fromkeys(("film", "movie", "novel", "epic", "documentary", "series", "sitcom", "album", "song",
                     "musical", "podcast"), "WORK_OF_ART"),
    **dict.fromkeys(("planet", "moon", "asteroid", "comet", "galaxy"), "LOC"),
    # crafts only a person practises ("the novelist Adaeze Okafor", a place to the small model); not "author" or
    # "actor", which a body or a state is too ("the report's author, the Institute for Fiscal Studies", "the
    # state actor Russia")
    **dict.fromkeys(("novelist", "writer", "poet", "playwright", "actress", "singer", "rapper", "musician",
                     "composer", "painter", "sculptor", "photographer", "comedian"), "PERSON"),
}
# Small-letter nouns of a part or a showing of a work, whose "of" names the work ("an episode of Love Island", "a
# new season of Fargo", "a restored print of Casablanca": places to the small model, as the titles are). Only a
# place, or a name ending as one, that the alias table does not know is retyped: a league, an author or a country
# has seasons and prints too ("the new season of the Premier League", "a print of Banksy"), and a contest's or a
# town's finale or screening is no work ("the finale of Wimbledon", "a screening of Gaza, the documentary").
_PART_OF_A_WORK = frozenset({
    "episode", "season", "series", "sequel", "prequel", "remake", "reboot", "premiere", "print", "trailer", "cast",
})
# The words that order or renew a work's parts ("a new season", "the final episode", "a restored print"); any
# other modifier makes the part a time of year or a contest's ("the rainy season of Kerala", "the cricket season
# of England").
_ORDERING_A_WORKS_PARTS = frozenset({"new", "next", "final", "latest", "restored", "remastered"})
# The parts a country's contest or a painter's picture is too ("the series of Australia": a run of matches; "a
# print of Venice by Canaletto"): only an ordering word or a possessor makes one a work's ("the second series of
# Broadchurch", "a restored print of Casablanca").
_PARTS_OF_OTHER_THINGS_TOO = frozenset({"season", "series", "print"})


def _apposed(root: Token) -> list[Token]:
    """The words in apposition to a name's root: those apposed to it ("Tony Hall, the director general"), then
    the one it is apposed to ("the mayor, Ann Park")."""
    apposed = [c for c in root.children if c.dep_ == "appos"]
    return apposed + [root.head] if root.dep_ == "appos" else apposed


def _kind_of(doc: Doc, ent: Span, words: list[str], english: frozenset[str]) -> str | None:
    """The label a kind's noun gives the name it stands right before, in apposition to, or as the complement
    of "be" for ("The Trade is a new docu-series"): not a name opening with a given name, nor the subject of a
    clause that noun's phrase opens ("the firm Smith founded", "the film Lee directed": Smith and Lee act on
    the thing), nor one a possessive parts from the noun ("the singer Adele's label XL Recordings": the
    label's name)."""
    if not words or is_first_name(words[0]):
        return None
    root = ent.root
    # a title's capital "The" stands between the noun and the name the model tags ("epic The Assassin")
    before = ent.start - 2 if ent.start > 1 and doc[ent.start - 1].text == "The" else ent.start - 1
    nouns = [doc[before]] if before >= 0 and doc[before].is_lower else []
    # "Miami is a platform for artists": a place is said to be a kind of thing by way of a figure, so only the
    # noun right before a name the model made a place types it ("the desert planet Arrakis")
    if ent.label_ not in ("GPE", "LOC"):
        nouns += _apposed(root)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            nouns += [c for c in root.head.children if c.dep_ == "attr"]
    kind = next((_KIND_OF_A_NAME[n.lower_] for n in nouns if n.is_lower and n.lower_ in _KIND_OF_A_NAME
                 and not _acts_on_the_name(n, root) and not _owned_between(doc, n, ent)), None)
    if kind is None or _acts_in_a_clause(doc, ent, nouns) or _ends_a_longer_name(doc, ent):
        return None
    # a craft's noun names a person, never a body's "the" name or one ending as a body's, or the model's body
    # ending in a plural noun ("the photographer Getty Images"), as no person's name does
    last = words[-1].lower()
    if kind == "PERSON" and (_after_the(doc, ent) or last in ORG_SUFFIXES
                             or ent.label_ == "ORG" and last.endswith("s") and last[:-1] in english):
        return None
    return kind


def _owned_between(doc: Doc, noun: Token, ent: Span) -> bool:
    """A possessive stands between a kind's noun and the name, which so names the thing owned."""
    lo, hi = (noun.i + 1, ent.start) if noun.i < ent.start else (ent.end, noun.i)
    return any(t.tag_ == "POS" for t in doc[lo:hi])


def _part_of_a_work(root: Token) -> bool:
    """ "the final episode of Coronation Street": the name is the object of "of" after a small-letter noun of a
    work's part or showing, modified by nothing but an ordering word or an ordinal."""
    of = root.head
    part = of.head
    if not (root.dep_ == "pobj" and of.lower_ == "of" and part.pos_ == "NOUN" and part.is_lower
            and part.lemma_ in _PART_OF_A_WORK):
        return False
    modifiers = [c for c in part.children if c.dep_ in ("amod", "compound")]
    if any(c.ent_type_ != "ORDINAL" and c.lower_ not in _ORDERING_A_WORKS_PARTS for c in modifiers):
        return False
    return part.lemma_ not in _PARTS_OF_OTHER_THINGS_TOO or bool(modifiers) \
        or any(c.dep_ == "poss" for c in part.children)


def _ends_a_longer_name(doc: Doc, ent: Span) -> bool:
    """ "The film Navalny won an Oscar. Alexei Navalny died ...": a one-word name that elsewhere ends a
    longer proper name (a title aside) is that person's name too, so a kind's noun before it decides nothing,
    as a person named in full keeps a body's short name a person's (``_short_names_of_bodies``)."""
    if len(ent) != 1:
        return False
    return any(i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title
               and doc[i - 1].lower_.rstrip(".") not in TITLES for i in _other_occurrences(doc, ent))


def _acts_on_the_name(word: Token, root: Token) -> bool:
    """ "tried to channel Thatcher", "they film Oppenheimer": the kind's word is a verb taking the name as its
    object. The small model tags the noun a verb too ("the payments startup Fintrova", a past participle with
    the name its object; "payments startup Airwallex has secured", a verb with "payments" its subject), so only
    a verb with a subject or an auxiliary, or inflected as no noun is, and the name its object, counts."""
    return word.pos_ in ("VERB", "AUX") and root.head == word and root.dep_ == "dobj" \
        and (word.tag_ in ("VB", "VBP", "VBZ", "VBD") or any(c.dep_ in ("aux", "nsubj") for c in word.children))


# The clauses that, opening right after a name, make it their actor, not the kind's name ("the firm Smith founded")
_CLAUSES_OF_A_NOUN = ("acl", "relcl")


def _acts_in_a_clause(doc: Doc, ent: Span, nouns: list[Token]) -> bool:
    """ "The firm Smith founded was sold", "The bank Dimon runs reported": the name is the subject of a clause
    on the kind's noun, not its name. The parser hangs that clause, starting right after the name, on the noun
    or on the name ("the album Beyonce released"), or makes the name the subject of the word after it, itself a
    subject or a clause on a noun ("The agency Jones heads will review")."""
    root = ent.root
    if any(c.dep_ in _CLAUSES_OF_A_NOUN and c.left_edge.i == ent.end for n in [*nouns, root] for c in n.children):
        return True
    return ent.end < len(doc) and root.head.i == ent.end and root.dep_ in ("nsubj", "nsubjpass", "compound") \
        and root.head.dep_ in ("nsubj", "nsubjpass", "csubj", *_CLAUSES_OF_A_NOUN)


def _names_an_outlet_or_firm(noun: Token) -> bool:
    """ "told the Bild newspaper" (PERSON to the small model): a name right before the noun of an outlet or a
    business and modifying it (``noun``, ``_noun_it_names``) is that outlet's or business's name."""
    return noun.lemma_.lower() in _OUTLET_OR_FIRM_NOUNS


# Religious titles and honorifics a person's name takes after "the" ("the Ayatollah Ali Khamenei", "the Aga Khan");
# kept out of TITLES, as they are part of the name the text gives ("Aga Khan" is no Khan).
_TITLES_AFTER_THE = {"ayatollah", "imam", "mullah", "prophet", "apostle", "aga", "emir", "rabbi"}
# The words that keep "the ..." a person's, not a body's (``_takes_the``): a role, or a title taken after "the".
_ROLES_AFTER_THE = lexicon.ROLE_NOUNS | _TITLES_AFTER_THE


def _after_the(doc: Doc, ent: Span) -> bool:
    """The name opens with "the" or comes right after one."""
    return ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"


def _takes_the(doc: Doc, ent: Span, words: list[str]) -> bool:
    """ "lets the Boy Scouts off the hook", "his former team the Miami Heat" (PERSON to the small model): a
    person's name takes no "the", so a name of two words or more after one, owning no noun after it, is a
    body's. Not "the Obamas" (one word, a family), "the Duke of Sussex" (a title of a place) or a name
    opening with a given name or a title ("the Rev. Al Green", "the late John Hume", "the Ayatollah Ali
    Khamenei", "the Aga Khan")."""
    named = [w for w in words if w.lower() != "the"]
    return _after_the(doc, ent) and len(named) >= 2 \
        and ent.root.dep_ != "compound" and "of" not in named and not is_first_name(named[0]) \
        and not any(w.lower().rstrip(".") in TITLES or w.lower() in _ROLES_AFTER_THE
                    for w in named)


def _signs_a_post(doc: Doc, ent: Span) -> bool:
    """ "— Conn Carroll (@conncarroll) November 8, 2017": the name before an @handle in
    parentheses is the account's owner, whatever the model made of it."""
    end = ent.end
    return end + 2 < len(doc) and doc[end].text == "(" and _HANDLE.match(doc[end + 1].text) is not None \
        and doc[end + 2].text == ")"


def _post_signatures(doc: Doc, covered: set[int]) -> list[Span]:
    """Signature names the model missed ("— chris hooks (@cd_hooks)"): the words between a dash
    opening the line and the parenthesised handle."""
    text = doc_text(doc)
    if "(" not in text or "@" not in text:       # most articles: no pass over their tokens
        return []
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or _HANDLE.match(doc[tok.i + 1].text) is None \
                or doc[tok.i + 2].text != ")":
            continue
        start = tok.i
        while start > 0 and start - tok.i > -4 and doc[start - 1].is_alpha and start - 1 not in covered:
            start -= 1
        if start < tok.i and start > 0 and doc[start - 1].text in ("—", "–", "-"):
            out.append(Span(doc, start, tok.i, label="PERSON"))
    return out


def _without_trailing_titles(doc: Doc, ent: Span) -> Span:
    """ "Virginia Lt" (the model's person in "Virginia Lt. Gov. Ralph Northam"): a title ends no
    name, so the mention is cut before it and the rest goes with its other mentions' label."""
    end = ent.end
    while end - ent.start > 1 and (doc[end - 1].lower_.rstrip(".") in TITLES and _titles_what_follows(doc[end - 1])
                                   or doc[end - 1].is_punct):
        end -= 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _without_leading_titles(doc: Doc, ent: Span) -> Span:
    """ "King Charles III", "Prince William" (the model's persons): a title is no part of the name it stands
    before, so the mention starts at the name. "Team Biden" is a campaign's name, not a titled person."""
    start = ent.start
    while ent.label_ == "PERSON" and ent.end - start > 1 and doc[start].lower_ in TITLES - {"team"} \
            and doc[start].is_title:
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _titles_what_follows(tok) -> bool:
    """ "Lt. Gov" or "Gov Ralph": a title stands before a name (or another title), after its abbreviation's dot
    if it has one; "Anurag Sen," ends in a surname, and so do "screenwriter Jeff Pope." and "economist Amartya
    Sen." before a sentence's full stop: a dot that no name follows ends the sentence, not an abbreviation."""
    doc = tok.doc
    end = tok.i + 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "." and tok.lower_ + "." in TITLES else tok.i
    nxt = next_word(doc, end)
    return nxt < len(doc) and opens_a_name(doc[nxt])


def _apposed_role(ent: Span) -> bool:
    """The name and a role noun in apposition: "Tony Hall, the director general" / "the mayor, Ann Park"."""
    return any(is_role(t) for t in _apposed(ent.root))


# Kin only a person has: "mother" or "sister" also name a firm's parent or sibling, so a kin noun counts only as
# the head word, and only beside a name the model made no place. A possessor's child is still no person's
# ("Liverpool's favourite son", "Samsung's son-in-law"): after a possessive only a spouse counts.
_SPOUSE_NOUNS = frozenset({
    "husband", "wife", "widow", "widower", "fiance", "fiancé", "fiancée", "girlfriend", "boyfriend",
})
_KIN_NOUNS = _SPOUSE_NOUNS | {
    "son", "daughter", "stepson", "stepdaughter", "grandson", "granddaughter", "nephew", "niece",
}


def _kin_of_a_person(ent: Span) -> bool:
    """ "The husband of Nazanin Zaghari-Ratcliffe", "Rahimi's widow", "his wife, Ana Ruiz" (an organisation to
    the small model): a name whose kin the text names, or that is named as someone's kin, is a person's. Not a
    nationality or a party, nor a name taking "a" ("the wife of a Nigerian", "the husband of a Briton"): it
    names one of many."""
    root = ent.root
    if ent.label_ in ("GPE", "LOC", "NORP") or any(c.lower_ in ("a", "an") for c in root.children):
        return False
    kin = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    if root.dep_ in ("pobj", "poss") and kin.pos_ == "NOUN" \
            and kin.lemma_.lower() in (_SPOUSE_NOUNS if root.dep_ == "poss" else _KIN_NOUNS):
        return True
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _KIN_NOUNS for t in _apposed(root))


# Posts only a person holds: a company is "the world's leader", "the owner" or "the head" of a market or a
# venture, and a country "the host" of a games or "the chair" of a summit, as often as a person is.
_PERSONAL_POSTS = frozenset({
    "minister", "secretary", "ambassador", "envoy", "diplomat", "president", "senator", "congressman",
    "congresswoman", "lawmaker", "councillor", "councilman", "councilwoman", "governor", "mayor", "premier",
    "chancellor", "commissioner", *VOICE_TITLES, "chairman", "chairwoman",
    "executive", "ceo", "director", "treasurer", "prosecutor", "judge", "sheriff", "pope", "coach", "captain",
    "commander", "general", "economist", "professor", "aide", "strategist",
})


def _holds_a_role(ent: Span) -> bool:
    """ "Lavrov is Russia's longtime foreign minister" (an organisation to the small model): the subject of
    "be" whose complement is a post only a person holds, in a body or a place (its owner, or "of" one), is
    the person who holds it; "Apple is the market's leader" and "Qatar is the host of the World Cup" hold
    no post, and a place the model named is left one."""
    root = ent.root
    return ent.label_ != "GPE" and root.dep_ == "nsubj" and root.head.lemma_ == "be" \
        and any(c.dep_ == "attr" and c.lemma_.lower() in _PERSONAL_POSTS
                and any(g.dep_ == "poss" or g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
                for c in root.head.children)


def _holds_a_named_owners_post(ent: Span, last: str) -> bool:
    """ "Kazakhstan's president, Kassym-Jomart Tokayev": a name apposed to a post only a person holds, the
    post owned by a name before it or by a nationality ("The Ukrainian foreign minister, Oleksandr Kovalchuk"),
    is the post's holder. Not a place ("the president of the country, South Africa"), nor a body by its head
    word ("The minister, Home Office said"; one the alias table names has its label already): a post with an
    "of", a pronoun or no owner says whose it is no better ("the chairman of the bank, Credit Suisse", "Its
    chairman, Goldman Sachs"), and a nationality's post may be a thing's or a firm's (``_a_nationalitys_post_held``)."""
    if ent.label_ in ("GPE", "LOC") or ent.label_ == "ORG" and last in lexicon.ORG_NOUNS:
        return False
    return any(p.lemma_.lower() in _PERSONAL_POSTS and not any(c.lower_ == "of" for c in p.children)
               and any(c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "amod" and c.ent_type_ == "NORP"
                       and _a_nationalitys_post_held(p, ent) for c in p.children) for p in _apposed(ent.root))


# A nationality's posts a thing has too: "The German coach, Deutsche Bahn" (a bus)
_A_NATIONALITYS_THINGS_POSTS = frozenset({"coach"})
# A nationality's posts a firm is said to hold ("The Japanese chief executive, Toyota Motor"): a person's only
# with a given name opening the name apposed
_A_NATIONALITYS_FIRMS_POSTS = frozenset({"executive", "ceo", "chairman", "chairwoman", "director"})


def _a_nationalitys_post_held(post: Token, ent: Span) -> bool:
    """The name apposed to a nationality's post holds it as a person: not a thing's post, and a firm's only
    with a given name."""
    kind = post.lemma_.lower()
    return kind not in _A_NATIONALITYS_THINGS_POSTS \
        and (kind not in _A_NATIONALITYS_FIRMS_POSTS or is_first_name(ent[0].text))


# prepositions that locate: a name after them is where something happens, not who
_LOCATIVE = {"in", "at", "across", "through", "throughout", "within", "near", "into", "onto", "inside", "outside", "around"}


def _located_place(ent: Span) -> bool:
    """ "worst in Nova Scotia": the model's place after a locative preposition is a place, though
    its first word is also a given name."""
    root = ent.root
    return ent.label_ in ("GPE", "LOC") and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE


# Nouns of people a body can be named for serving, besides the lexicon's nouns of persons.
_PEOPLE_NOUNS = lexicon.PERSON_NOUNS | {"veteran", "mother", "youth", "pensioner", "refugee", "consumer", "patient"}
# Nouns of a settlement or an administrative area, which take their name with "of": "the town of Bor".
_PLACE_NOUNS = frozenset({
    "city", "town", "village", "hamlet", "state", "province", "region", "district", "county", "prefecture",
    "governorate", "oblast", "municipality", "island", "port", "capital", "suburb", "enclave", "territory",
})


# "faith in Johnson", "believe in Ronaldo": what a person is in when it is no place
_TRUST_WORDS = frozenset({"faith", "confidence", "trust", "belief", "believe", "interest", "stake", "pride",
                          "hope", "disappoint", "invest"})


def _a_lone_word_located(ent: Span) -> bool:
    """ "stolen in Napier", "won at Cannes", "a home in Arecibo" (an organisation, a nationality, a person to
    the small model): one proper noun that something is in or near is a place; "at" takes organisations too ("worked
    at Google"), so only a nationality's label gives way after it. Acronyms stay bodies ("in NATO"), and so do
    outlets named by one organisation word ("in The Guardian"); a person the document names in full is a
    person again as a surname ("faith in Johnson"). A capital "The" inside a sentence is part of a title,
    a journal's or a paper's ("a study in The Lancet"), not of a place's name."""
    root = ent.root
    if len(ent) != 1 or root.tag_ != "NNP" or root.is_upper or root.dep_ != "pobj" or root.lower_ in ORG_SUFFIXES \
            or _titled_by_the(ent):
        return False
    # one label holds for every mention in the document, so the model's organisation after "near" turns place
    # only where the document names it once: a firm named again ("Walmart said ... near Walmart") stays a firm
    near = root.head.lower_ == "near" and (ent.label_ == "PERSON" or ent.label_ == "ORG"
                                           and sum(t.text == root.text for t in ent.doc) == 1)
    return (root.head.lower_ == "in" and ent.label_ in ("ORG", "PERSON") or near) \
        and root.head.head.lemma_.lower() not in _TRUST_WORDS \
        or ent.label_ == "NORP" and root.head.lower_ in _LOCATIVE


def _titled_by_the(ent: Span) -> bool:
    """ "in The Lancet", "told The Atlantic": a capitalised "The" right before a name, where no sentence starts.
    An opening quote before it starts one only after a sentence's end: 'a study in "The Lancet"' is a title."""
    if ent.start < 2:
        return False
    the, before = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    if before.is_quote and not before.is_sent_start and ent.start >= 3:
        breaks = ent.doc[ent.start - 3].text in (".", "!", "?")
    else:
        breaks = before.is_punct
    return the.text == "The" and not the.is_sent_start and not breaks


def _named_by_a_place_noun(ent: Span) -> bool:
    """ "the state of Rakhine", "the district of Gorkha" (persons and organisations to the small model): the
    name a place noun takes with "of" is that place."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ != "of":       # most names: no parse walk
        return False
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PLACE_NOUNS \
        and root.head.head.pos_ == "NOUN"


def _owns_a_place(ent: Span) -> bool:
    """ "Mali's historic city of Djenné", "Nepal's Gorkha district" (a person to the small model): one proper
    noun owning a settlement or an area is the place that holds it."""
    root = ent.root
    return ent.label_ == "PERSON" and len(ent) == 1 and root.dep_ == "poss" and root.head.pos_ == "NOUN" \
        and root.head.lemma_.lower() in _PLACE_NOUNS and not any(c.lower_ == "home" for c in root.head.children) \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "of"
                and any(g.pos_ == "PROPN" for g in c.children) for c in root.head.children)


# The posts of a team's players: a person has a coach, a manager or an agent, but no captain or striker of their own
# ("defender" and "keeper" are left out: a politician has defenders, a shop a keeper)
_SQUAD_POSTS = frozenset({"captain", "skipper", "striker", "goalkeeper", "winger", "midfielder", "fullback",
                          "playmaker"})


def _owns_a_squads_post(doc: Doc, ent: Span, words: list[str]) -> bool:
    """ "Brighton's captain, Lewis Dunmore" (a person to the small model): a name owning a player's post is the
    team's, unless it opens with a given name ("Anna Kerr's goalkeeper" stays hers), or elsewhere ends a
    person's full name or says something ("Southgate's captain ... Southgate said": a manager's or a team
    captain's players are theirs too). Not when the post owns a thing in turn ("Messi's captain's armband": the
    player's own), and a one-word name, a manager's as often as a team's ("Dravid's skipper Rohit Sharma"),
    only when the text names it again ("Brighton came from behind ...")."""
    root = ent.root
    if not (ent.label_ == "PERSON" and root.dep_ == "poss" and root.head.pos_ == "NOUN"
            and root.head.lemma_.lower() in _SQUAD_POSTS and root.head.dep_ != "poss"
            and not is_first_name(words[0])):
        return False
    if len(words) == 1 and (len(ent) > 1 or next(_other_occurrences(doc, ent), None) is None):
        return False
    return not _speaks_or_ends_a_full_name_elsewhere(doc, ent)


def _speaks_or_ends_a_full_name_elsewhere(doc: Doc, ent: Span) -> bool:
    """ "Southgate said ...", "Rafael Nadal ...": the name's words, elsewhere in the text (tagged or not), are
    the subject of a reporting verb or end a longer proper name."""
    n = len(ent)
    return any(_speech_subject(doc[i + n - 1]) or i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title
               for i in _other_occurrences(doc, ent))


def _other_occurrences(doc: Doc, ent: Span) -> Iterator[int]:
    """Where else in the text, tagged or not, the name's words stand: the index of each first word."""
    n = len(ent)
    for i in range(len(doc) - n + 1):
        if i != ent.start and doc[i].text == ent[0].text and doc[i:i + n].text == ent.text:
            yield i


def _speech_subject(word: Token) -> bool:
    """The word is the subject of a reporting verb ("Southgate said")."""
    return word.dep_ == "nsubj" and word.head.lemma_.lower() in lexicon.REPORTING_VERBS


def _capitals_and_digits(word: str) -> bool:
    """ "MI6", "G7", "3M": capitals and digits only, with both; a code a body or a thing goes by, never a person."""
    return word.isalnum() and word.upper() == word and any(c.isdigit() for c in word) \
        and any(c.isalpha() for c in word)


def _code_of_a_person(doc: Doc, ent: Span) -> bool:
    """ "Officer W80", "the suspect, known as K9", "the informant, K9": a code after a title or a noun of a
    person, given as what someone is known by, or set beside such a noun, is the name a person goes by."""
    root = ent.root
    beside = _apposed(root)
    if ent.start > 0:
        beside.append(doc[ent.start - 1])
    if any(t.lower_.rstrip(".") in _CODED_PEOPLE or t.lemma_.lower() in _CODED_PEOPLE for t in beside):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_.lower() == "know"


def _a_persons_code(doc: Doc, code: str) -> bool:
    """ "Agent K7 told the court ... K7 said ...": a code one mention gives a person (tagged or not) is that
    person's in every mention, the bare ones too."""
    return any(_code_of_a_person(doc, doc[t.i:t.i + 1]) for t in doc if t.text == code)


# Titles and nouns of persons a code can stand for: officers, soldiers and witnesses given anonymity.
_CODED_PEOPLE = lexicon.PERSON_NOUNS | lexicon.ROLE_NOUNS | {t.rstrip(".") for t in PERSON_TITLES} | {
    "agent", "informant", "suspect", "inmate", "prisoner", "patient"}


def _is_age(doc: Doc, ent: Span) -> bool:
    """ "Jenny Weiner, 32, a managing director": an age after a name, not a DATE."""
    if ent.label_ != "DATE":      # the label first: a Span's text joins its tokens, for every entity
        return False
    text = ent.text.strip()
    return text.isdigit() and int(text) <= 120 and ent.start > 1 \
        and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "PERSON"


def _common_words(ent: Span) -> bool:
    """ 'called it "a fig leaf"' ("fig": ORG to the small model): lower-case words the parser reads as
    common nouns name nobody; a lower-case name ("dpa") is still a proper noun to it."""
    return ent.label_ in NAME_LABELS and all(t.is_lower and t.pos_ != "PROPN" for t in ent)


def _speaks_of_self(doc: Doc, ent: Span, words: list[str]) -> bool:
    """ "Kirstjen Nielsen said she ...": a name that is a speech subject and goes on as he or she."""
    if not 2 <= len(words) <= 3 or words[-1].lower() in _BODY_OR_PLACE_SUFFIXES \
            or not all(w[:1].isupper() for w in words):
        return False
    if not _speech_subject(ent.root):
        return False
    return any(t.lower_ in ("he", "she", "his", "her") for t in doc[ent.end:min(ent.end + 12, ent.sent.end)])


def _initialled_name(doc: Doc, ent: Span, words: list[str]) -> bool:
    """ "S. Lakshmi Prasanna", "K. Ramasubbu" (organisations to the small model): an initial before one to three
    capitalised words is how Indian and much other copy writes a person; a place ("S. Korea") keeps its label,
    a nationality ("N. Korean troops") too, and so does a firm named after a person ("T. Rowe Price said it
    would ...") that the sentence goes on to call "it"."""
    if ent.label_ != "ORG" or not 2 <= len(words) <= 4 or re.fullmatch(r"[A-Z]\.", words[0]) is None \
            or not all(w[:1].isupper() and w[1:].islower() for w in words[1:]) \
            or words[-1].lower() in _BODY_OR_PLACE_SUFFIXES:
        return False
    return _apposed_role(ent) or not any(t.lower_ in ("it", "its") for t in doc[ent.end:ent.sent.end])


def _named_speaker_not_a_group(ent: Span) -> bool:
    """ "Karakatsanis said" (NORP to the small model): a group ("Democrats", "the Chinese") is
    plural or takes an article; one bare singular name that speaks is a person."""
    root = ent.root
    return ent.label_ == "NORP" and len(ent) == 1 and root.tag_ == "NNP" and _speech_subject(root) \
        and not any(c.dep_ == "det" for c in root.children)


def _pieces(doc: Doc, ent: Span) -> list[Span]:
    """The entity cut at line breaks ("Olaf Scholz\n\nScholz" is two mentions), at an opening bracket
    ("the World Health Organization (WHO" is a name and its acronym) and between an
    owner and the organisation it owns ("the United Kingdom’s Competition and Markets Authority") and between
    a body's acronym and the person named after it ("ISRO V. Seshagiri Rao", the second piece a person), each piece
    without leading or trailing spaces and punctuation, nor a trailing possessive or function
    word of a name ("Frank Herbert's", "the University of Bristol in"), nor a number its possessive owns
    ("Amy Chua’s 2011", of "Amy Chua’s 2011 memoir")."""
    person_at = _person_after_acronym(doc, ent)
    cuts = sorted([ent.start] + [t.i + 1 for t in ent if t.is_space and "\n" in t.text or t.text == "("
                                 or _owns_a_body(ent, t)] + ([person_at] if person_at else []) + [ent.end])
    out = []
    for start, end in zip(cuts, cuts[1:]):
        while start < end and (doc[start].is_space or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text != "."
                               or ent.label_ in NAME_LABELS and (_trails_a_name(doc[end - 1])
                                                                 or _owned_number(doc, start, end))):
            end -= 1
        if start < end:
            label = "PERSON" if start == person_at else ent.label_
            out.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=label))
    return out


def _person_after_acronym(doc: Doc, ent: Span) -> int | None:
    """ "ISRO V. Seshagiri Rao": the model runs a body's acronym into the name of the person after it; a
    name that opens with an initial ("V.", "G.J.") right after the acronym is that person's, and starts there."""
    if ent.label_ != "ORG":
        return None
    for t in ent[1:-1]:
        if _INITIALS.match(t.text) and t.text not in _COUNTRY_INITIALS and _ACRONYM.match(doc[t.i - 1].text) \
                and doc[t.i + 1].is_title:
            return t.i
    return None


def _owned_number(doc: Doc, start: int, end: int) -> bool:
    return end - start >= 3 and doc[end - 1].like_num and doc[end - 2].tag_ == "POS"


def _with_hyphenated_end(doc: Doc, ent: Span, english: frozenset[str]) -> Span:
    """ "Han Duck-soo", "Yoon Suk-yeol" (the small model's person ends at "Duck", "Suk"): a person's name does not
    end inside a hyphenated word whose last part the parser reads as part of a name or that is no English word
    (``english``: the lemmatizer's index); "Trump-era" ends at Trump."""
    end = ent.end
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" and not doc[end].whitespace_ \
            and doc[end + 1].is_lower and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].text not in english) \
            and not doc[end].ent_type_ and not doc[end + 1].ent_type_:
        end += 2
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _owns_a_body(ent: Span, tok) -> bool:
    """ "the United Kingdom’s Competition and Markets Authority", "Semafor’s Ben Smith" (one entity to the
    model): a possessive before an organisation's name, or a person's, separates the owner from the body
    or the person it owns; so does one after a place the document tags on its own elsewhere ("Accra’s Kaneshie",
    Accra tagged a place a sentence before). A bare suffix ("McDonald's Corporation") names no body of its
    own, and a short name the document uses elsewhere ("McDonald") owns nothing: it is the name's own start."""
    if tok.tag_ != "POS" or tok.i >= ent.end - 1 or tok.i > 0 and _people_served(tok.nbor(-1).lower_):
        return False
    owned = ent[tok.i + 1 - ent.start:]
    owner = ent.doc[ent.start:tok.i].text
    return any(t.lower_ in ORG_SUFFIXES for t in owned) and any(t.lower_ not in ORG_SUFFIXES for t in owned) \
        or _a_full_name(owned) \
        or any(e.text == owner and e.label_ in ("GPE", "LOC") for e in ent.doc.ents if e.start != ent.start)


def _people_served(word: str) -> bool:
    """ "the Women's Affairs Ministry", "the Veterans' Affairs Department": a plural noun of people before
    a possessive names whom a body serves, as part of its name, not an owner."""
    return word in ("women", "men", "children", "people") or word.endswith("s") and word[:-1] in _PEOPLE_NOUNS


def _a_full_name(span: Span) -> bool:
    return 2 <= len(span) <= 3 and is_first_name(span[0].text) and all(t.is_title for t in span) \
        and span[-1].lower_ not in _BODY_OR_PLACE_SUFFIXES


def _owners_of_persons(doc: Doc, ents: list[Span], evidence: dict[int, str]) -> list[Span]:
    """ "Axios’s Jonathan Swan" (the model's two persons): a single name whose possessive owns a person
    named in full is the outlet or body the person works for, not a person, unless the document names
    a person with that surname ("Joe Biden ... Biden's Ron Klain")."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    starts = {e.start: e for e in ents}
    out = []
    for ent in ents:
        owned = starts.get(ent.end + 1)
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].tag_ == "POS" \
                and owned is not None and owned.label_ == "PERSON" and _a_full_name(owned) \
                and ent.text not in surnames:
            ent = Span(doc, ent.start, ent.end, label="ORG")
            evidence[ent.start] = "ORG"
        out.append(ent)
    return out


def _short_names_of_bodies(doc: Doc, ents: list[Span], evidence: dict[int, str]) -> list[Span]:
    """ "Shares in Corvane Logistics fell ... Corvane's chief executive" (the short name a person to the small
    model): one word that opens an organisation's name ending in a body's word, named in full in the same
    document, is that body's short name, unless a person named in full in the document bears it."""
    bodies = {e[0].text for e in ents if e.label_ == "ORG" and len(e) >= 2 and e[0].is_title
              and e[0].lower_ != "the" and e[-1].lower_ in ORG_SUFFIXES}
    if not bodies:
        return ents
    person_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}
    out = []
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text in bodies and ent.text not in person_words \
                and evidence.get(ent.start) != "PERSON" and not _says_he_or_she(ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")
            evidence[ent.start] = "ORG"
        out.append(ent)
    return out


def is_role(tok: Token) -> bool:
    """A post's noun ("spokesman", "Commissioner"), as the role lists name it."""
    return tok.pos_ in ("NOUN", "PROPN") and title_head(tok.lemma_) in lexicon.ROLE_NOUNS


def _untagged_post_holders(doc: Doc, ents: list[Span], evidence: dict[int, str]) -> list[Span]:
    """ "A spokesman for the Ministry of External Affairs, Randhir Jaiswal, said", "The Lagos State Commissioner
    for Transportation, Mr Tunde Bakare, said": the small model leaves many names from outside its census lists
    untagged (or calls the surname a product), so the post's holder is read from the form: title-case proper nouns
    set off after the post are a person, whom a later "Jaiswal said" or "he" can then refer back to. Only after the
    post itself: a name the parser hangs on the owner may be the owner's ("a spokesman for the law firm, Leigh
    Day,")."""
    apposed = numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["appos"])
    if not len(apposed):
        return ents
    labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    # the sentence's case last: it walks to the sentence's bounds, and most words set off after a post are no name
    found = [span for i in apposed if (tok := doc[int(i)]).i > tok.head.i and is_role(tok.head)
             and (span := _untagged_name(tok, labels, _after_a_common_owner(tok.head, tok))) is not None
             and not _title_case_line(tok.sent)]
    # a name the model tagged past the words the parser set off ("Mayor Oh Se-hoon", whose "Oh Se" the parser
    # apposes) is whole already; only a person tagged in part, or nothing, is replaced
    found = [span for span in found if not any(e.start < span.end and span.start < e.end
                                               and (e.start < span.start or e.end > span.end) for e in ents)]
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    for span in found:
        evidence[span.start] = "PERSON"
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _title_case_line(sent: Span) -> bool:
    """ "Spokesman For Council, Green Belt Plan, Says Homes Needed": a line with no lower-case word is a Title Case
    headline, where every word is a title-case proper noun and the form tells no name from a plan."""
    return not any(t.is_lower for t in sent)


def _untagged_name(tok: Token, labels: dict[int, str], after_owner: bool) -> Span | None:
    """The person's name ``tok`` heads, when the model tagged it as nothing but a person in part: two title-case
    proper nouns or more, or one after a person's title ("Mr Bakare"), without the titles. A body's name set off
    after a post is mostly tagged as one ("The chairman, Metro Bank,"); one the model missed ends as a body's or a
    place's does ("The director of the hospital, St Luke's Medical Center,"), is plural ("The chairman of the
    committee, Public Accounts,") or has an owner. Set off right after a common-noun owner (``after_owner``), the
    name may be the owner's ("The captain of the ship, MV Ocean Star,"), so only a title before it makes it a
    person's ("The spokesperson for the ministry, Shri Jaiveer Sehgal,")."""
    words = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
    if words[-1].i - words[0].i + 1 != len(words):
        return None
    if any(w.pos_ != "PROPN" or not w.text[:1].isupper() or labels.get(w.i, "") not in ("", "PRODUCT", "PERSON")
           for w in words):
        return None
    if ends_a_body_or_place(tok.text) or tok.tag_ == "NNPS" or any(c.dep_ == "poss" for c in tok.children):
        return None
    name = strip_titles(clean_name(" ".join(w.text for w in words)))
    if not name or after_owner and len(name.split()) == len(words):
        return None
    # Only a person's title makes one word a name: strip_titles also drops "Former", "Leader" and "Chief",
    # which a title-case headline sets off too ("Mayor, Former Paratrooper, Says").
    first = words[0].lower_
    titled = first in PERSON_TITLES or f"{first}." in PERSON_TITLES
    if len(name.split()) < 2 and not titled:
        return None
    return Span(tok.doc, tok.i + 1 - len(name.split()), tok.i + 1, label="PERSON")


def _after_a_common_owner(post: Token, apposed: Token) -> bool:
    """Whether the words set off after ``post`` follow its common-noun owner ("The manager of the market, Kariakoo
    Market,"), where they may rename the owner rather than name the post's holder."""
    before = apposed.doc[apposed.left_edge.i - 1] if apposed.left_edge.i else post
    if before.is_punct and before.i:
        before = apposed.doc[before.i - 1]
    return before is not post and before.pos_ == "NOUN"


def _says_he_or_she(ent: Span) -> bool:
    """ "Dyson said he was proud of ...": a he or she as the subject of what the name says is the name's own
    ("Vattenfall said he had been dismissed", done to, may be anyone), as provenance reads a claim's speaker."""
    verb = ent.root.head
    return ent.root.dep_ == "nsubj" and any(
        t.dep_ == "nsubj" and t.lower_ in lexicon.PRONOUNS_PERSON and t.head.i != verb.i for t in verb.subtree)


def _trails_a_name(tok) -> bool:
    return tok.tag_ == "POS" or tok.text in ("’", "'") or tok.pos_ in ("ADP", "DET", "CCONJ") and tok.is_lower


def _spells_initials(acronym: str, name: Span) -> bool:
    """ "SPLM" of "the Sudan People's Liberation Movement": its letters, in order, among the initials of the
    name's capitalised words ("DSME" of "Daewoo Shipbuilding & Marine Engineering Co.")."""
    initials = iter("".join(t.text[0] for t in name if t.text[:1].isupper()))
    return all(letter in initials for letter in acronym.replace("&", ""))


def _continues_act_name(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is of the law's name that comes after it: a capitalised word, a small "of", "on"
    or "and" after one, or "the" of "of the" after one."""
    word = doc[i]
    return (word.is_title and word.lower_ != "the"
            or word.lower_ in ("of", "on", "and") and i - 1 >= 0 and doc[i - 1].is_title
            or word.lower_ == "the" and i - 2 >= 0 and doc[i - 1].lower_ == "of" and doc[i - 2].is_title)


def _untagged_acts(doc: Doc, ents: list[Span], evidence: dict[int, str]) -> list[Span]:
    """ "compliance with the Digital Markets Act (DMA)" (nothing to the small model): capitalised words after
    "the" ending in "Act" name a law, joined by small "of", "on" or "and" ("the Freedom of Information Act"), and
    by "of the" ("the Representation of the People Act"). Not an "Act" modifying the noun after it ("the Sister
    Act star"), which is a title of something else."""
    if " Act" not in doc_text(doc):                 # a string test, not a loop over every article's tokens
        return ents
    covered = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        if tok.text != "Act" or tok.i in covered or tok.dep_ == "compound" and tok.head.i > tok.i \
                or _acts_as_verb(tok):
            continue
        start = tok.i
        while start > 0 and start - 1 not in covered and _continues_act_name(doc, start - 1):
            start -= 1
        if start < tok.i and start > 0 and doc[start - 1].lower_ == "the" and doc[start].is_title:
            found.append(Span(doc, start, tok.i + 1, label="LAW"))
            evidence[start] = "LAW"
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _acts_as_verb(tok) -> bool:
    """ "Why the West Must Act on Ukraine": an "Act" the parser makes a verb, or one after a modal, is the verb
    of a title-case line, whatever tag the model gives the capitalised word itself."""
    return tok.pos_ in ("VERB", "AUX") or tok.i > 0 and tok.doc[tok.i - 1].tag_ == "MD"


def _bracketed_acronyms(doc: Doc, ents: list[Span], evidence: dict[int, str]) -> list[Span]:
    """ "the Ogaden National Liberation Front (ONLF)": an acronym in brackets right after a name, spelling
    its initials, is a mention of the same body with the same label, found by the model or not; a person
    has no acronym, so a model PERSON there is an organisation."""
    if "(" not in doc_text(doc):
        return ents
    out = list(ents)
    at_start = {e.start: k for k, e in enumerate(ents)}
    covered = {i for e in ents for i in range(e.start, e.end)}
    for k, ent in enumerate(ents):
        at = ent.end
        if ent.label_ not in NAME_LABELS or at + 2 >= len(doc) or doc[at].text != "(" or doc[at + 2].text != ")" \
                or not _ACRONYM.match(doc[at + 1].text) or not _spells_initials(doc[at + 1].text, ent):
            continue
        label = "ORG" if ent.label_ == "PERSON" else ent.label_
        out[k] = ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label)
        evidence[ent.start] = label
        acronym = Span(doc, at + 1, at + 2, label=label)
        if at + 1 in at_start and ents[at_start[at + 1]].end == at + 2:
            out[at_start[at + 1]] = acronym
        elif at + 1 not in covered:
            out.append(acronym)
        else:
            continue
        evidence[at + 1] = label
    return sorted(out, key=lambda e: e.start)


def _join_split_persons(ents: list[Span]) -> list[Span]:
    """ "Amy Berman" + "Jackson": two person entities with nothing between them are one name. "Bill" +
    "O’Reilly": a surname with an apostrophe inside, which the small model tags no name (an adverb, with a
    curly one), ends the person right before it; its bare mentions then go with it as a full name's surname."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
                and "\n" not in prev[-1].whitespace_:
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    for i, ent in enumerate(out):
        after = ent.end
        if ent.label_ == "PERSON" and after < len(ent.doc) and _APOSTROPHE_SURNAME.match(ent.doc[after].text) \
                and "\n" not in ent[-1].whitespace_ and (i + 1 == len(out) or out[i + 1].start > after):
            out[i] = Span(ent.doc, ent.start, after + 1, label="PERSON")
    return out


def _headline_end(doc: Doc) -> int:
    """Where the headline ends, as the extractor knows it (0: an article without one); a Doc made without
    the extractor takes a first line set apart for the headline (-1: none), as the speakers do."""
    known = title_end(doc)
    return doc_text(doc).find("\n\n") if known is None else known


def _body_start(doc: Doc) -> int:
    """Where the text after a headline starts, or 0 when there is none: a first paragraph of an untitled
    article is body, whatever blank line follows it."""
    end = _headline_end(doc)
    return end + 2 if end > 0 else 0


def _names_cut_at_first_word(doc: Doc, ents: list[Span], body_start: int) -> list[Span]:
    """ "Sasha Piton" (an organisation), "Han Lay" (a nationality): the small model often cuts a name after
    or at its first word, most of all at a paragraph's start, and calls the rest something else. A given
    name right before a person or a one-word name, or a one-word nationality compounding onto the proper
    noun after it, is a person's name whole. Any capitalised word before a person is not: it is as often
    a role ("Whip Steve Scalise", "Counsel Robert Mueller"). Not in the headline, whose title case makes
    every word a proper noun."""
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    out: list[Span] = []
    for ent in ents:
        first = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if first is not None and _loose_name_word(first, covered, body_start) and first.whitespace_ == " " \
                and is_first_name(first.text) and (ent.label_ == "PERSON" or len(ent) == 1
                                                   and ent.label_ in ("ORG", "GPE", "NORP", "LOC")
                                                   and ent.root.pos_ == "PROPN"):
            ent = Span(doc, first.i, ent.end, label="PERSON")
        elif after is not None and ent.label_ == "NORP" and len(ent) == 1 and ent.root.tag_ == "NNP" \
                and ent.root.dep_ == "compound" and ent.root.head == after and ent[-1].whitespace_ == " " \
                and _loose_name_word(after, covered, body_start):
            ent = Span(doc, ent.start, after.i + 1, label="PERSON")
            covered.add(after.i)                         # the next entity may not take the same word
        out.append(ent)
    return out


def _loose_name_word(tok, covered: set[int], body_start: int) -> bool:
    """A title-case proper noun of the body that no entity holds and that is no title or name-ending word."""
    word = tok.lower_.rstrip(".")
    return tok.i not in covered and tok.idx >= body_start and tok.is_title and tok.tag_ == "NNP" \
        and word not in TITLES and word not in _BODY_OR_PLACE_SUFFIXES


def _untagged_repeats(doc: Doc, ents: list[Span], furniture: list[tuple[int, int]]) -> list[Span]:
    """ "SsangYong Motor submits ..." then "SsangYong Motor said ...": the small model often tags a name once
    (in the headline, or where its context is clearer) and leaves the same words untagged elsewhere. One
    surface is one name within a document, so a capitalised name the document tags is that name again,
    with the label it has most often, where its words stand untagged as proper nouns; a work's title too ("The
    Trade" named a docu-series once and left untagged the next time)."""
    labels: dict[tuple[str, ...], Counter] = {}
    for ent in ents:
        words = tuple(t.text for t in ent if not (t.i == ent.start and t.lower_ == "the"))
        if ent.label_ in _NAMES_AND_WORKS and words and len(words) <= 4 \
                and all(w[:1].isupper() for w in words):
            labels.setdefault(words, Counter())[ent.label_] += 1
    if not labels:
        return ents
    # a name by its words' ids, read off one array: making Token objects for the words at every position where a
    # name's first word stands, at every length, was about a sixth of this pass's CPU
    by_ids = {tuple(doc.vocab.strings[w] for w in words): words for words in labels}
    firsts = {ids[0] for ids in by_ids}
    orths = doc.to_array(ORTH).tolist()
    # where a name's first word stands, by a set lookup per word: ``numpy.isin`` sorts both arrays, some 30 us
    # a document of 81 words, three times this list's cost
    starts = [i for i, orth in enumerate(orths) if orth in firsts]
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    found = list(ents)
    # longest names first; a name is looked up by the words at a position, not every position tried per name
    for n in sorted({len(words) for words in labels}, reverse=True):
        for i in starts:
            ids = tuple(orths[i:i + n])
            if len(ids) < n or ids not in by_ids or any(j in covered for j in range(i, i + n)) \
                    or doc[i].pos_ != "PROPN" or inside(furniture, doc[i].idx, doc[i].idx + 1):
                continue
            words = by_ids[ids]
            found.append(Span(doc, i, i + n, label=labels[words].most_common(1)[0][0]))
            covered.update(range(i, i + n))
    return sorted(found, key=lambda e: e.start)


def _shouted(tok) -> bool:
    """ "POLICE SAY GUNMEN KILLED TEN": a word between two capitals-only words is part of a line set in capitals,
    where every word looks like an acronym."""
    return 0 < tok.i < len(tok.doc) - 1 and all(t.is_alpha and t.is_upper for t in (tok.nbor(-1), tok.nbor(1)))


def _untagged_acronyms(doc: Doc, ents: list[Span], furniture: list[tuple[int, int]], english: frozenset[str],
                       body_start: int) -> list[Span]:
    """ "BP is cutting jobs", "confirmed to TPM": a body's acronym the small model leaves untagged. A capitals-only
    proper noun of the body that is no English word by the lemmatizer's own index (which knows "CEO", "TV", "AI",
    "PM" and the states' "NY") and no title is an organisation's name. Not in the headline, whose title case
    makes any word a proper noun, and not after a number, where capitals are a unit ("added 5 GW")."""
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    # only capitals-only tokens can be acronyms: select them in one array pass, not a token loop
    capitals = [doc[int(i)] for i in numpy.flatnonzero(doc.to_array(IS_UPPER))]
    found = [Span(doc, t.i, t.i + 1, label="ORG") for t in capitals
             if t.i not in covered and t.idx >= body_start and t.tag_ == "NNP" and _ACRONYM.match(t.text)
             and not (t.i > 0 and doc[t.i - 1].like_num) and not _shouted(t)
             and t.lower_ not in english and t.lower_ not in TITLES and not inside(furniture, t.idx, t.idx + 1)]
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _names_a_place_noun(tok, english: frozenset[str]) -> bool:
    """ "Nepal's Gorkha district", "Ethiopia's Tigray region": a proper noun before a small-letter noun of a
    settlement or an area that it modifies names that place. Only one place: a singular noun and no "a", since
    "a Druze town", "Trump counties" are of a kind; the noun heads its own phrase ("the Disney island resort")
    and takes no name with "of" ("the Apple town of Cupertino", where that name is the place); no English word
    ("The Labour town", "Hill district schools"), which is a party, a trait or a plain word."""
    head = tok.head
    return tok.tag_ == "NNP" and tok.is_title and tok.dep_ == "compound" and head.i == tok.i + 1 \
        and head.tag_ == "NN" and head.is_lower and head.lemma_ in _PLACE_NOUNS and head.dep_ != "compound" \
        and tok.lower_ not in english \
        and not any(c.lower_ in ("a", "an") or c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
                    for c in head.children)


def title_case_tokens(doc: Doc) -> list[Token]:
    """The doc's title-case tokens, the only ones that can be names: one array pass, not a token loop. Built once
    an article for the passes that look for untagged names (``surnames``, ``_places_before_their_noun``)."""
    return [doc[int(i)] for i in numpy.flatnonzero(doc.to_array(IS_TITLE))]


def _places_before_their_noun(doc: Doc, ents: list[Span], english: frozenset[str], body_start: int,
                              titled: list[Token]) -> list[Span]:
    """The place a place noun names is a place: the model's one-word entity ("Gorkha district", a facility to
    it; not a community, "the Shia city"), or an untagged word of the body ("Tigray region"), among ``titled``
    (``title_case_tokens``)."""
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    out = [Span(doc, ent.start, ent.end, label="GPE")
           if len(ent) == 1 and ent.label_ in NAME_LABELS - {"GPE", "LOC", "NORP"}
           and _names_a_place_noun(ent.root, english) else ent
           for ent in ents]
    out += [Span(doc, t.i, t.i + 1, label="GPE") for t in titled
            if t.i not in covered and t.idx >= body_start and _names_a_place_noun(t, english)]
    return sorted(out, key=lambda e: e.start)


def _interview_sides(doc: Doc, ents: list[Span], evidence: dict[int, str], english: frozenset[str]) -> list[Span]:
    """ "MORALES: So the refinery stays open?" / "LINDQVIST: For now." (an organisation to the small model, or
    nothing): the labels of a printed interview's sides are persons. No side: a rubric ("UPDATE:"), a place the
    model names anywhere in the text ("MUMBAI:"), an acronym it makes an organisation ("CNN:"), and a label of
    plain English words ("REPORTER:", "UNIDENTIFIED MALE:", "TIME:", "ASKED:") the model never makes a person."""
    turns, exchange = transcript(doc)
    if not exchange:
        return ents
    labels: dict[str, set[str]] = {}
    for ent in ents:
        labels.setdefault(ent.text.casefold(), set()).add(ent.label_)
    sides = []
    for m, _ps, _pe, _span in turns:
        label = doc.char_span(m.start("who"), m.end("who"))
        folded = m.group("who").casefold()
        given = labels.get(folded, set())
        if label is None or rubric(folded) or given & {"GPE", "LOC"} \
                or "ORG" in given and len(folded) <= 3 \
                or "PERSON" not in given and all(w in english or _past_of_a_verb(w) for w in folded.split()):
            continue
        sides.append(Span(doc, label.start, label.end, label="PERSON"))
        evidence[label.start] = "PERSON"
    taken = {i for side in sides for i in range(side.start, side.end)}
    return sorted([e for e in ents if not any(i in taken for i in range(e.start, e.end))] + sides,
                  key=lambda e: e.start)


def _past_of_a_verb(word: str) -> bool:
    """ "asked", "replied": the lemmatizer's index keeps base forms only, so a regular past is English by its
    lemma; the "-ed" ending keeps a surname that is a plural or a verb's base ("Banks", "Fields") a name."""
    return word.endswith("ed") and any(lemma != word for lemma in get_lemmatiser().candidates(word))


def _names_a_titled_person(ent: Span, titled: set[str]) -> bool:
    """ "C.S. Puttaraju" (an organisation to the small model) where the text calls him "Mr. Puttaraju": initials
    or a first name before the surname of a person the text gives a title is that person named in full."""
    words = clean_name(ent.text).split()
    return 2 <= len(words) <= 3 and words[-1] in titled and words[-1].lower() not in _BODY_OR_PLACE_SUFFIXES \
        and all(_INITIALS.match(w) or is_first_name(w) for w in words[:-1])


def resolve_person(name: str, persons: list[str]) -> str | None:
    """Match a bare name (a speaker the NER missed, "Banks") against the document's persons."""
    words = strip_titles(clean_name(name)).split()
    if not words:
        return None
    for full in sorted(persons, key=lambda p: -len(p.split())):
        fwords = full.split()
        if words == fwords or (words[-1] == fwords[-1] and all(w in fwords for w in words)):
            return full
    return None


def _english_words(nlp: Language) -> frozenset[str]:
    """The words the model's lemmatizer knows by part of speech, with the irregular forms it lists ("stolen",
    "men"), which its index of base forms lacks; empty for a pipeline without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    forms = {w for words in lookups.get_table("lemma_index").values() for w in words}
    if lookups.has_table("lemma_exc"):
        forms.update(w for table in lookups.get_table("lemma_exc").values() for w in table)
    return frozenset(forms)


class EntityCanonicalizer(Pipe):
    def __init__(self, nlp: Language, name: str = "newsradar_entities", aliases_file: str = ""):
        self.name = name
        self.aliases = AliasTable.load(Path(aliases_file) if aliases_file else None)
        self.english = _english_words(nlp)
        for attr in ("nr_entities", "nr_boilerplate"):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self._process(doc)
        except Exception as exc:  # noqa: BLE001 - spaCy's handler decides (raise by default)
            error_handler(self.name, self, [doc], exc)
        return doc

    def _process(self, doc: Doc) -> None:
        furniture = boilerplate_ranges(doc_text(doc))
        doc._.nr_boilerplate = [list(r) for r in furniture]
        kept: list[Span] = []
        # start token -> label, for mentions whose label the text itself decides (a title, a
        # signature, an alias): within one referent they outvote the model's guesses
        evidence: dict[int, str] = {}
        for ent in self.handles(doc):
            if furniture and inside(furniture, ent.start_char, ent.end_char):
                continue
            if "/" in ent.text and ent.label_ in NAME_LABELS:   # "Ali Khara / Reuters"
                continue
            if _is_age(doc, ent) or _common_words(ent):
                continue
            kept.extend(_without_leading_titles(doc, self.relabel(doc, piece, evidence))
                        for piece in _pieces(doc, ent))
        covered = {i for ent in kept for i in range(ent.start, ent.end)}
        for ent in _post_signatures(doc, covered):
            kept.append(ent)
            evidence[ent.start] = ent.label_
        kept = _join_split_persons(sorted(kept, key=lambda e: e.start))
        body_start = _body_start(doc)
        kept = _bracketed_acronyms(doc, _untagged_acts(doc, _names_cut_at_first_word(doc, kept, body_start), evidence),
                                   evidence)
        titled = title_case_tokens(doc)
        kept = _untagged_post_holders(doc, kept, evidence)
        kept = _owners_of_persons(doc, self.surnames(doc, kept, furniture, evidence, titled), evidence)
        kept = _short_names_of_bodies(doc, kept, evidence)
        kept = _untagged_acronyms(doc, _untagged_repeats(doc, kept, furniture), furniture, self.english, body_start)
        kept = _places_before_their_noun(doc, kept, self.english, body_start, titled)
        kept = _interview_sides(doc, _with_agency(doc, _dateline_places(doc, kept, evidence)), evidence,
                                self.english)
        if [(e.start, e.end, e.label_) for e in kept] != [(e.start, e.end, e.label_) for e in doc.ents]:
            doc.set_ents(kept, default="unmodified")
        doc._.nr_entities = self.group(kept, evidence)

    @staticmethod
    def handles(doc: Doc) -> list[Span]:
        """The model's entities, with every @handle as a HANDLE entity of its own."""
        if "@" not in doc_text(doc):
            return list(doc.ents)
        found = [Span(doc, t.i, t.i + 1, label="HANDLE") for t in doc if t.text[:1] == "@" and _HANDLE.match(t.text)]
        if not found:
            return list(doc.ents)
        taken = {s.start for s in found}
        ents = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        return sorted(ents + found, key=lambda e: e.start)

    def relabel(self, doc: Doc, ent: Span, evidence: dict[int, str]) -> Span:
        """Correct the label from evidence in the text: aliases, titles, first names, organisation
        words; a label the text decides is recorded in ``evidence``."""
        if ent.label_ not in _NAMES_AND_WORKS:
            return ent
        name = clean_name(ent.text)
        words = name.split()
        if len(words) >= 2 and (words[0].lower() in EVENT_FIRST_WORDS or words[-1].lower() in EVENT_LAST_WORDS) \
                or ent.start > 0 and doc[ent.start - 1].lower_ in _STORM_NOUNS:
            evidence[ent.start] = "EVENT"
            return ent if ent.label_ == "EVENT" else Span(doc, ent.start, ent.end, label="EVENT")
        kind = _kind_of(doc, ent, words, self.english)
        if kind is not None:
            evidence[ent.start] = kind
            return ent if kind == ent.label_ else Span(doc, ent.start, ent.end, label=kind)
        # after a kind's noun, and never over the model's work: "the film Ghost Protocol", "The Bourne Treaty"
        if len(words) >= 2 and words[-1].lower() in _TREATY_LAST_WORDS and ent.label_ != "WORK_OF_ART":
            evidence[ent.start] = "LAW"
            return ent if ent.label_ == "LAW" else Span(doc, ent.start, ent.end, label="LAW")
        if ent.label_ not in NAME_LABELS:
            return ent
        if ent.label_ not in ("GPE", "LOC") and _named_by_a_place_noun(ent):
            return Span(doc, ent.start, ent.end, label="GPE")
        forced = self.aliases.labels.get(name) or self.aliases.labels.get(self.aliases.lookup(name) or "")
        if forced:
            evidence[ent.start] = forced
            return ent if forced == ent.label_ else Span(doc, ent.start, ent.end, label=forced)
        last = words[-1].lower() if words else ""
        if (ent.label_ in ("GPE", "LOC") or last in NATURAL_SUFFIXES) and _part_of_a_work(ent.root):
            evidence[ent.start] = "WORK_OF_ART"
            return Span(doc, ent.start, ent.end, label="WORK_OF_ART")
        # "the Gulf of St Lawrence", not "the Gulf of Maine Research Institute": a body named for the feature
        if ent.label_ in ("PERSON", "ORG", "FAC") and len(words) >= 3 and words[0].lower() in NATURAL_SUFFIXES \
                and words[1] == "of" and last not in ORG_SUFFIXES:
            return Span(doc, ent.start, ent.end, label="LOC")
        # "the University of Rhode Island", "Bank of Prince Edward Island": a body named for the feature
        if ent.label_ in ("PERSON", "ORG", "FAC") and len(words) >= 2 and last in NATURAL_SUFFIXES \
                and "of" not in name.lower().split() and words[0].lower() not in ORG_SUFFIXES \
                and not (is_first_name(words[0]) and (ent.label_ == "PERSON" or ent.root.dep_ in ("nsubj", "nsubjpass")
                                                     or _apposed_role(ent))):
            return Span(doc, ent.start, ent.end, label="LOC")
        if _owns_a_place(ent):
            return Span(doc, ent.start, ent.end, label="GPE")
        if _owns_a_squads_post(doc, ent, words):
            evidence[ent.start] = "ORG"
            return Span(doc, ent.start, ent.end, label="ORG")
        if _a_lone_word_located(ent):                 # after the alias table: "in Hamas" stays a body
            return Span(doc, ent.start, ent.end, label="GPE")
        if ent.label_ in ("GPE", "LOC", "ORG") and len(words) >= 2 and last in FACILITY_SUFFIXES \
                and ent.root.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return Span(doc, ent.start, ent.end, label="FAC")
        if _signs_a_post(doc, ent):
            evidence[ent.start] = "ORG" if last in ORG_SUFFIXES else "PERSON"
            return Span(doc, ent.start, ent.end, label=evidence[ent.start])
        noun = _noun_it_names(doc, ent, words) if ent.label_ == "PERSON" else None
        if noun is not None and _names_an_outlet_or_firm(noun):
            evidence[ent.start] = "ORG"
            return Span(doc, ent.start, ent.end, label="ORG")                  # "the Bild newspaper"
        if ent.label_ == "PERSON" and _takes_the(doc, ent, words):
            return Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ == "PERSON" and len(words) == 1 and _capitals_and_digits(name) \
                and not _a_persons_code(doc, name):
            return Span(doc, ent.start, ent.end, label="ORG")                  # "MI6", "G20": a code, no one's name
        if noun is not None and noun.lemma_.lower() in _NAMED_THING_NOUNS:
            return Span(doc, ent.start, ent.end, label=_NAMED_THING_NOUNS[noun.lemma_.lower()])
        # "Tony Hall, the director general": a first name and a role in apposition make a person, whatever
        # place or company word the surname is; "Iran's president, Ebrahim Raisi" (an organisation to the small
        # model): a post only a person holds, of a place or a body named before it, does without the first name
        if 2 <= len(words) <= 3 and is_first_name(words[0]) and _apposed_role(ent) \
                or len(words) <= 3 and last not in _BODY_OR_PLACE_SUFFIXES \
                and (len(words) >= 2 and all(w[:1].isupper() for w in words) and _holds_a_named_owners_post(ent, last)
                     or _holds_a_role(ent) or _kin_of_a_person(ent)):
            evidence[ent.start] = "PERSON"
            return ent if ent.label_ == "PERSON" else Span(doc, ent.start, ent.end, label="PERSON")
        # "New York City", "Quezon City": a place word the model read as a place keeps it a place
        if ent.label_ in ("PERSON", "GPE", "NORP") and len(words) >= 2 and last in ORG_SUFFIXES \
                and not (ent.label_ == "GPE" and last in PLACE_SUFFIXES):
            return Span(doc, ent.start, ent.end, label="ORG")                  # "Corvane Labs"
        if ent.label_ == "PERSON" and len(words) >= 2 and last in PLACE_SUFFIXES:
            return Span(doc, ent.start, ent.end, label="GPE" if last in ("county", "city", "state") else "FAC")
        # "President Trump", not "Former National Party leader": a title before an organisation's name
        titled = ent.start > 0 and doc[ent.start - 1].lower_ in TITLES and doc[ent.start - 1].is_title \
            and last not in _BODY_OR_PLACE_SUFFIXES and ent.label_ != "LAW"
        if titled:
            evidence[ent.start] = "PERSON"
        if ent.label_ == "PERSON":
            return _with_hyphenated_end(doc, _without_trailing_titles(doc, ent), self.english)
        if len(words) >= 2 and words[0].lower() in PERSON_TITLES and last not in _BODY_OR_PLACE_SUFFIXES:
            evidence[ent.start] = "PERSON"
            return Span(doc, ent.start, ent.end, label="PERSON")               # "Gov. DeSantis"
        # "Chancellor Olaf Scholz"; "Sean Hannity" (ORG to the small model): a first name and no org word
        # "the Christian Democrats" (NORP): a plural name is a group, whatever first name it opens with
        first_name = 2 <= len(words) <= 3 and is_first_name(words[0]) and last not in _BODY_OR_PLACE_SUFFIXES \
            and all(w[:1].isupper() for w in words) and not (ent.label_ == "NORP" and ent[-1].tag_ == "NNPS") \
            and not _located_place(ent)
        if titled or first_name or _initialled_name(doc, ent, words) or _speaks_of_self(doc, ent, words) \
                or _named_speaker_not_a_group(ent):
            return Span(doc, ent.start, ent.end, label="PERSON")
        return ent

    def surnames(self, doc: Doc, ents: list[Span], furniture: list[tuple[int, int]],
                 evidence: dict[int, str], titled: list[Token]) -> list[Span]:
        """Add the persons the model missed: untagged "First Last" pairs, and a full name's bare surname.

        A title-case proper-noun pair opening with a census first name ("Elena Sousa") is a
        person; a title-case token equal to the last word of a person named in full in the
        same document ("Banks", "Scholz") is that person, unless its own words decided its label
        (``evidence``: "The Bild newspaper reported ..." before "Anna Bild, its editor, said"). The candidates are
        ``titled`` (``title_case_tokens``).
        """
        covered = {i for ent in ents for i in range(ent.start, ent.end)}
        found = list(ents)
        for tok in titled:
            if tok.i in covered or tok.pos_ != "PROPN" or not is_first_name(tok.text) \
                    or inside(furniture, tok.idx, tok.idx + 1):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i < 3 and end not in covered and doc[end].pos_ == "PROPN" \
                    and doc[end].is_title and doc[end].lower_ not in ORG_SUFFIXES:
                end += 1
            if end - tok.i >= 2 and (end >= len(doc) or doc[end].lower_ not in ORG_SUFFIXES):
                pair = Span(doc, tok.i, end, label="PERSON")
                # "the Rana Plaza building": a given name opens a building's name too
                noun = _noun_it_names(doc, pair, [])
                thing = _NAMED_THING_NOUNS.get(noun.lemma_.lower()) if noun is not None else None
                found.append(Span(doc, tok.i, end, label=thing) if thing else pair)
                covered.update(range(tok.i, end))
        surnames, first_names, given_surnames = set(), set(), set()
        for ent in found:
            # "Leaving Wikipedia" (the model's PERSON at a sentence start) names nobody: a name opens with no verb
            if ent.label_ == "PERSON" and not ent[0].tag_.startswith("VB"):
                words = strip_titles(clean_name(ent.text)).split()
                # "Virginia Lt" (the model's PERSON in "Virginia Lt. Gov. Ralph Northam") names nobody
                if len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower().rstrip(".") not in TITLES:
                    surnames.add(words[-1])
                    first_names.add(words[0])
                    if is_first_name(words[0]):
                        given_surnames.add(words[-1])
        out = []
        for ent in found:
            name = clean_name(ent.text)
            # "Banks" after "Jim Banks"; "Sean" (NORP to the model) after "Sean Hannity"
            # a bare first name that the model calls a place is more often the place ("Virginia"); a
            # place is a surname only after a full name opening with a given name, or as a subject
            # ("Scholz said"); "in Havana" after the model's person "Old Havana" stays a place
            # "Russian bots" after the model's person "Russian Embassy": an adjective names a group, not a person
            if ent.start in evidence:     # "The Bild newspaper": its own noun decided it
                out.append(ent)
                continue
            if ent.label_ in ("ORG", "NORP") and len(ent) <= 2 and (name in surnames or name in first_names) \
                    and not (ent.label_ == "NORP" and ent.root.tag_ == "JJ") \
                    or ent.label_ == "GPE" and len(ent) <= 2 and name in surnames \
                    and (name in given_surnames or ent.root.dep_ in ("nsubj", "nsubjpass")):
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            elif ent.label_ == "LOC" and name in given_surnames:
                # "Farnsworth" (LOC to the model) after "Alexander Farnsworth"; not "Madaya" after a
                # headline's "Starving Madaya", whose first word is no given name
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            out.append(ent)
        if surnames:
            for tok in titled:
                if tok.i not in covered and tok.text in surnames and tok.pos_ != "VERB" \
                        and not inside(furniture, tok.idx, tok.idx + 1):
                    out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        out.sort(key=lambda e: e.start)
        return out

    def group(self, ents: list[Span], evidence: dict[int, str] | None = None) -> list[list]:
        """[[label, canonical, [[text, start, end], ...]], ...] ordered by first mention.

        One referent, one label: the alias table's, else the one the text decided for most of
        its mentions (``evidence``: "President Trump" is a person though the model called two
        bare "Trump"s an organisation), else the model's most frequent."""
        evidence = evidence or {}
        # a title-case headline misleads the model; where the body labels a name otherwise, the body wins
        headline_end = _headline_end(ents[0].doc) if ents else -1
        names: list[tuple[Span, str, str]] = []
        persons: Counter = Counter()
        titled = {strip_titles(clean_name(e.text)).split()[-1] for e in ents
                  if e.label_ == "PERSON" and evidence.get(e.start) == "PERSON" and clean_name(e.text)}
        for ent in ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            # most documents title no one: then no name can be a titled person's, and none is cleaned to see
            if titled and ent.label_ in _NAMES_NOT_PERSONS and _names_a_titled_person(ent, titled):
                ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
            text = ent.text          # joined once: a Span joins its tokens on every read
            if ent.label_ in NAME_LABELS:
                name = clean_name(text)
                if not name:
                    continue
                alias = self.aliases.lookup(name)
                if alias:
                    name = alias
                elif ent.label_ == "PERSON":
                    name = strip_titles(name)
                    persons[name] += 1
            else:
                name = " ".join(text.split())
            names.append((ent, text, name))
        short = short_name_map(persons)
        groups: dict[str, list] = {}
        labels: dict[str, Counter] = {}
        decided: dict[str, Counter] = {}
        for ent, text, name in names:
            if ent.label_ == "PERSON":
                name = short.get(name, name)
            # "the film Oppenheimer" then a bare "Oppenheimer" the model calls a body: a work's title is one name
            # with the names, so the kind's evidence labels every mention
            key = name if ent.label_ in NAME_LABELS else (clean_name(name) or name) if ent.label_ == "WORK_OF_ART" \
                else f"{ent.label_}:{name}"
            if key not in groups:
                groups[key] = [ent.label_, name, []]
                labels[key] = Counter()
            groups[key][2].append([text, ent.start_char, ent.end_char])
            labels[key][ent.label_] += 0.5 if ent.start_char < headline_end else 1.0
            if ent.start in evidence:
                decided.setdefault(key, Counter())[evidence[ent.start]] += 1
        for key, group in groups.items():
            forced = self.aliases.labels.get(group[1])
            group[0] = forced or (decided.get(key) or labels[key]).most_common(1)[0][0]
        return list(groups.values())


@Language.factory(
    "newsradar_entities",
    default_config={"aliases_file": ""},
    assigns=["doc.ents", "doc._.nr_entities", "doc._.nr_boilerplate"],
    requires=["doc.ents"],
)
def make_entity_canonicalizer(nlp: Language, name: str, aliases_file: str) -> EntityCanonicalizer:
    return EntityCanonicalizer(nlp, name, aliases_file)
