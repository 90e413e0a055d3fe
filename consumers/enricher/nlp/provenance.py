"""Provenance: which source a claim cites, and what kind of source that is.

An outlet that writes "according to a post on a Telegram channel" carries the
claim; the channel is its origin. The outlet stays on the article; the origin
goes on the claim as ``cited_source`` and ``source_kind``, one of
official, person, media, social, document, anonymous, author.

The kind is read off the speaker phrase the claim extractor found, by cue words
checked in a fixed order: the most specific evidence first. "a post on X" is
social before it is a document, "the Charlotte Observer reported" is media
before it is an organisation, and "a State Department spokesman" is official
before it is a person. Words, not a model: the phrases that name sources are
few and stable, and an editor can read and extend the lists below. A claim in
the author's voice whose content names a post as its vehicle ("demanded a ransom
in a post on a Telegram channel") cites that post, and one whose subject is an office
acting ("The transport regulator fined ...") cites the office. A group or a message the
attribution places on a platform ("claimed on Telegram", "a message posted on X") speaks in a
post, so it is social whatever its name.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.people import surnames
from consumers.enricher.nlp.quotes import find_quotes, single_quoted
from newsradar import roles
from newsradar.claim_match import unqualified
from newsradar.platforms import PLATFORM as _PLATFORM, PLATFORM_NAMES
from newsradar.schema import Claim, SourceKind

if TYPE_CHECKING:  # the enricher's parent process never loads spaCy; only its child parses
    from spacy.tokens import Span

_SOCIAL = ("telegram", "channel", "twitter", "tweet", "post on x", "on x", "facebook", "instagram",
           "tiktok", "youtube", "social media", "blogger", "blog", "vk", "weibo", "reddit", "substack",
           "influencer", "account", "the post", "a post", "posts", "video")
_ANONYMOUS = ("source", "sources", "familiar with", "insider", "insiders", "people initiated", "anonymous",
              "unnamed", "who asked not to be named", "who declined to be named", "a person", "one person", "people close",
              "officials", "analysts", "experts", "observers", "diplomats", "residents", "witnesses",
              "people", "critics", "some")
_MEDIA = ("media", "newspaper", "news agency", "agency", "times", "journal", "observer", "gazette", "herald",
          "tribune", "daily", "reuters", "associated press", "ap", "afp", "bbc", "cnn", "fox news",
          "newsmax", "bloomberg", "guardian", "telegraph", "tass", "ria novosti", "interfax", "al jazeera",
          "television", "tv", "radio", "broadcaster", "outlet", "outlets", "magazine", "press")
# The titles of journalists whose trade is their own view, not the news their outlet reports (an anchor or a
# presenter reads the outlet's news).
_PUNDITS = ("host", "columnist", "commentator", "pundit")
# The cues by which a journalist of any title passes on the outlet's news: "Radio host Mike Adams reported".
_NEWS_CUES = ("report", "reveal")
# The press by the class of outlets it names ("Local newspapers reported", "the tabloid") or by the words that make
# an agency or a service a newsroom ("the Kyodo news agency" is the press before "agency" makes it an office). Only
# as the phrase's head, and no office's: "a tabloid photographer" and "the press agency director" are people it
# employs, "the UN news service" is the UN's.
_NEWSROOMS = ("newspapers", "broadcasters", "tabloid", "tabloids", "broadsheet", "broadsheets", "news site",
              "news website", "news agency", "news agencies", "press agency", "news service", "wire service")
_DOCUMENT = ("report", "article", "statement", "study", "survey", "document", "documents", "filing", "memo", "letter",
             "data", "analysis", "record", "records", "poll", "estimate", "figures", "assessment", "paper",
             "release", "court", "ruling", "indictment", "complaint", "lawsuit", "order", "announcement",
             "results", "findings")
# Words that name a document only as the phrase's head: "new research from the university" is one,
# "Research scientist Jane Doe" and "a research fellow at Oxford" are people.
# So do the papers that are a record by kind: "a government review", "a medical certificate", "a summary of his
# remarks", "the autopsy", not "a review panel" or "the certificate holder". Closing an organisation's capitalised
# name, the word is a title's ("the Harvard Business Review", "Bernstein Research"), read as a name.
_DOCUMENT_HEADS = ("research", "review", "summary", "certificate", "transcript", "affidavit", "autopsy", "census",
                   "dossier", "audit")
# A share of a group that "says" is a poll's or a survey's finding: "About two-thirds of them", "60% of voters",
# "Two in five (40%) managers", "nine in 10 voters" (a share written as a ratio names its group without "of"),
# and a share that is the whole phrase, its group named before: "Just 41 per cent said they would vote".
_RATIO_TERM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_SHARE_OF = re.compile(r"^(?:(?:about|around|nearly|almost|some|over|more than|fewer than|less than|just over|just under"
                       r"|just|only)\s+)?"
                       r"(?:(?:half|a third|a quarter|a fifth|a tenth"
                       r"|(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?)"
                       r"|\d+(?:\.\d+)?\s*(?:%|percent|per cent))(?:\s+of\b|$)"
                       rf"|{_RATIO_TERM}\s+in\s+{_RATIO_TERM}\b)")
# "officials" alone hides who spoke; "health officials" or "Pentagon officials" name an institution.
_BARE_GROUP = re.compile(r"^(?:(?:the|some|several|two|three|many|other|local|senior)\s+)*officials\b")
_OFFICIAL = ("ministry", "minister", "department", *sorted(roles.VOICE_TITLES), "government",
             "president", "prime minister", "secretary", "ambassador", "embassy", "police", "army",
             "military", "pentagon", "kremlin", "white house", "commission", "council", "office", "agency's",
             "governor", "premier", "mayor", "sheriff", "bureau", "downing street", "authorities", "authority", "agency", "institute", "service", "cabinet", "parliament", "senate", "congress",
             "administration", "commander", "prosecutor", "prosecutors", "attorney general", "judge", "regulator", "watchdog",
             "pm",  # headline shorthand for the prime minister ("PM says ...")
             "central bank", "bank", "un", "united nations", "nato", "taliban")
# The offices other systems give the state's local and judicial posts (a French or Italian prefect and prefecture, a
# municipality or governorate, a magistrate, an ombudsman, a coroner) and the emergency and security services named
# as services without "service" in their name.
_OFFICES_BY_NAME = ("prefect", "prefecture", "municipality", "governorate", "magistrate", "ombudsman", "coroner",
                    "civil defence", "civil defense", "civil protection", "coastguard", "coast guard", "fire brigade",
                    "gendarmerie", "carabinieri", "national guard")
# Who works or serves in one of those is its member, not the office: "A municipality worker", "a national guard
# soldier", "the civil defence volunteer". The other cues keep their members, as the labels do ("female Kabul
# government workers" is official): reading all of them as members moved dev-b's kind accuracy down.
_MEMBERS = ("worker", "workers", "volunteer", "volunteers", "soldier", "soldiers")
_OFFICES_OF_MEMBERS = _OFFICIAL
_OFFICIAL = _OFFICIAL + _OFFICES_BY_NAME
# Titles every body gives, public or not: a director holds an office only as the head of a public body,
# one the phrase names by a cue above ("the agency's director", "the director of the health department"),
# or whose owner (the possessor, the words before the title, or the body after "of" or "at") is a public
# institution ("the zoo's director") or goes by an acronym, as public bodies do ("the FBI director", "the
# CMI's director of policy"). A company's director ("the managing director of Tesco", "HSBC's managing
# director", "Film director Ken Loach") and one whose owner is a private body ("the director of Human
# Rights Watch", "the director of AI at Tesla": the field is no owner, the employer is) speak for
# themselves, as "the chief executive of Tesco" does. A bare "the director" is read as an office: news
# writes it after naming the body, and the phrase alone cannot say which body that was.
_BODY_TITLES = ("director", "directors")
# The posts a body's possessive gives ("the ministry's head of security"): the role list's offices, and an
# adviser, who advises for the office ("the government's chief scientific adviser"), though the role list
# keeps one apart for the private ones ("the family's adviser", whose possessor names no office anyway).
_POSTS = roles.OFFICE_NOUNS | {"adviser", "advisor"}
# A bank or a service is a firm as often as an office, and a firm's board gives these posts too: "the bank's
# chief executive", "the bank's treasurer" and "the streaming service's chairman" head a company, a central
# bank's chairman its office.
_BOARD_POSTS = frozenset({"executive", "chairman", "chairwoman", "chair", "treasurer"})
# The firm nouns an office's cue word is too ("bank", "service"): a firm's post when a board post follows.
_FIRMS_TOO = tuple(sorted(noun for noun in lexicon.FIRM_NOUNS if noun in _OFFICIAL))
# Bodies that speak for themselves, by the noun that heads their name: the organisation nouns, and a fund
# (a pension or sovereign wealth fund, the IMF). Not the press, whose kind is media, nor the words that name
# people working together ("team", "campaign", "forces"), a firm only by a trait ("giant", "maker") or a person
# ("a security guard"); the dotted abbreviations ("co.") are none of the words the phrase is split into.
_BODIES = frozenset(noun for noun in lexicon.ORG_NOUNS | lexicon.ANAPHORIC_ORG_NOUNS | {"fund"} if "." not in noun) - {
    "newspaper", "outlet", "media", "network", "station", "broadcaster", "publisher",
    "team", "campaign", "force", "forces", "giant", "maker", "developer", "chain", "guard"}
# Owners whose posts do not speak for them. A firm's post is its holder's own voice, the house's convention
# (d1a0971): news quotes a chief executive as the person who runs the firm, answerable for it, not as its office.
# A party's leader and a committee's chairman are politicians, who speak for themselves as legislators do
# (_LEGISLATORS); a union's post is left to the rules below, which the labels of union posts agree with.
_NOT_AN_OFFICES_OWNER = lexicon.FIRM_NOUNS | {"party", "committee", "union"}
# Words before a post that rank it rather than name its owner: "Senior official Mark Hanson".
_RANKS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "senior", "top", "junior", "local"})
# The services whose chief is their office, though they are no organisation noun: "Fire chief Tom Reilly", "the
# spy chief", "Tribal chief Raoni Metuktire". A named owner ("Tesco chief", "Innu chief") cannot be told a firm
# or a people by its capital, and "Gang chief" heads no office.
_CHIEF_SERVICES = frozenset({"fire", "spy", "tribal", "police"})
# A capitalised word that is no possessive: "Boeing" of "Boeing official Jane Roe", not "Tuticorin's".
_NAME_WORD = re.compile(r"\b[A-Z]\w*\b(?!['’])")
_DIRECTOR = re.compile(r"\bdirectors?\b", re.IGNORECASE)
# Not "executive": an executive director heads UNICEF, the IMF or a museum as often as a firm's board.
_COMPANY_DIRECTORS = ("managing", "non-executive", "creative", "film", "art", "artistic", "music",
                      "casting", "marketing", "sales", "commercial")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_PUBLIC_INSTITUTIONS = ("zoo", "museum", "hospital", "school", "library", "university", "gallery")
# The body after the title: the employer "at" names, else the body "of" names ("the director of policy at the
# Hale Institute" heads policy at the institute), up to the next comma.
_OWNER_AT = re.compile(r"\bat\s+([^,;]+)")
_OWNER_OF = re.compile(r"\bof\s+([^,;]+)")
# A place after the owner's head ends it, as "in" or "at" does a role phrase (claim_match.unqualified, which keeps
# these for a role: "a resident near the scene"): "the hospital near the border" is the hospital.
_OWNER_PLACE = re.compile(r"\s+(?:near|outside|beside|behind|opposite)\s+")
# A possessive before the title names its owner: "the zoo's", "the CMI's" (the possessor, without its "'s"),
# the last one when there are two: "the children's hospital's" is the hospital's.
_POSSESSOR = re.compile(r"^(.*)['’]s?(?:\s|$)")
# A court speaks as an office ("the court ruled", "a court in Brussels fined"); its papers ("court
# documents", "the court's ruling") are documents: the phrase's head noun tells which.
_COURTS = ("court", "courts", "tribunal")
# An author's sentence that names a post as the vehicle of its own content ("The hackers demanded a
# ransom in a post on a Telegram channel", "A post on the hackers' Telegram channel cut the ransom")
# reports what the post said: the post is the origin, though no verb attributes it.
_POST_ON_PLATFORM = re.compile(
    r"\b(?:(?:a|an|the|their|its|his|her)\s+)?(?:new\s+)?(?:post|video|message|tweet)s?\s+on\s+"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w'’]+\s+)?"
    rf"(?:{PLATFORM_NAMES})\b(?:\s+channel\b)?", re.IGNORECASE)
# A legislator is a person, though "council" names an office: "Council member Dev Patel" speaks for
# himself, "the council" for its city. A chamber's party leader ("Senate Minority Leader Chuck
# Schumer") leads his party's legislators, not the chamber: he too speaks for himself.
_LEGISLATORS = ("council member", "council members", "councillor", "councillors", "councilor", "councilors",
                "councilman", "councilwoman", "assemblyman", "assemblywoman", "assembly member", "alderman",
                "member of parliament", "member of congress", "minority leader", "majority leader")
# A school's prefect is a pupil, not the state's: "The school prefect said", "A head prefect, Emma Jones, said".
_PUPIL_PREFECT = re.compile(r"\b(?:school|head|house)\s+prefects?\b")
# The posts whose holder news leaves unnamed by habit, one of them as unnamed as several ("an insider" is
# unnamed by _ANONYMOUS).
_UNNAMED_ONES = ("official", "diplomat", "aide")
# A role held no longer speaks for no office: "Former President Clinton", "the retired gendarmerie officer".
_FORMER = re.compile(r"^(?:(?:the|a|an)\s+)?(?:former|ex|retired)\b")
# "the" and a group's plural name, nothing else: "the Houthis", "the Free Democrats", and "The Democrats"
# opening a sentence (only the article's case is free: the name's capitals are what make it a name).
_GROUP_NAME = re.compile(r"(?i:the)\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*s")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_ARTICLES = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# Words a sentence may capitalise before an unnamed group: "Two engineers said".
_LEADS = frozenset({"the", "a", "an", "two", "three", "four", "five", "some", "several", "many", "other"})


def _has(words: str, cues: tuple[str, ...]) -> bool:
    """Whether one of ``cues`` is in ``words`` as whole words: " cue " inside " words "."""
    return _cue_pattern(cues).search(words) is not None


@lru_cache(maxsize=None)   # keyed by this module's own cue lists, a fixed few
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    # One search for the whole list: a claim's source kind tries a dozen lists of up to ninety cues, and building
    # and testing a padded string per cue was a fifth of its time. A space or either end of ``words`` on both sides,
    # as padding ``words`` with a space did; a cue with a space of its own at an end would need that padding too.
    if any(not cue or cue != cue.strip(" ") for cue in cues):
        raise ValueError(f"a cue is empty or ends in a space: {cues!r}")
    return re.compile(r"(?<![^ ])(?:" + "|".join(map(re.escape, cues)) + r")(?![^ ])")


def source_kind(speaker: str | None, speaker_type: str, resolved: str | None = None,
                cue_lemma: str | None = None, personal: Callable[[], bool] = lambda: False) -> SourceKind:
    """The kind of source a speaker phrase names; ``cue_lemma`` is the verb that attributes the claim.

    ``personal``: whether the claim calls its speaker "he", "she" or "I", so a one-word name the tagger reads as a
    person is no body ("Ortiz said she would run", "“I quit,” Dunn said"): a body is "it", "they" or "we". Asked
    only for a one-word name nothing expands (one claim in twenty), since answering reads the claim's quotes.
    """
    if speaker_type == "AUTHOR" or not (speaker or resolved):
        return "author"
    phrase = speaker or resolved or ""
    words = " ".join(_WORD.findall(phrase.lower()))
    # A lower-case "post" is a social-media post; a capitalised one is a title ("the Washington Post").
    if (_has(words, _SOCIAL) or re.search(r"\bposts?\b", phrase)) and not _has(words, ("newspaper",)):
        return "social"
    if _SHARE_OF.match(phrase.strip().lower()):
        return "document"
    title = unqualified(phrase.strip())
    # Sources are unnamed whoever they work for: "police sources", "a source at the ministry".
    if _has(" ".join(_WORD.findall(title.lower())), ("source", "sources")):
        return "anonymous"
    if "officials" in words.split() and not _BARE_GROUP.match(words):
        return "official"
    if _has(words, _LEGISLATORS) or _PUPIL_PREFECT.search(words):
        return "person"
    # "a senior official of the presidential office", "a US official", "a Western diplomat", "an aide to the
    # president": one official no name singles out, as "officials", "diplomats" and "insiders" are unnamed.
    head = _head(phrase)
    # One the apposition names is named: "A Kremlin aide, Yuri Ushakov, said" keeps Ushakov and the office he
    # serves, and "An official, John Smith" is an official.
    if head in _UNNAMED_ONES and re.match(r"(?:an?|one)\b", words):
        if not (speaker_type == "PERSON" and resolved and resolved != speaker and _is_proper_name(resolved)):
            return "anonymous"
        if head == "official":
            return "official"
    if head in _COURTS:
        return "official"
    names_document = _has(words, _DOCUMENT) or head in _DOCUMENT_HEADS and not _is_title(phrase, speaker_type)
    # A post an office holds is its office ("the ministry's director of communications", "the ministry's
    # officials"); whatever else it has is not ("the minister's wife", "the government's critics").
    unpossessed = _unpossessed(words)
    office_words = unpossessed if _office_post(head.removesuffix("s"), unpossessed) else words
    if _is_newsroom(words, resolved):
        return "media"
    offices = _OFFICES_OF_MEMBERS if head in _MEMBERS else _OFFICIAL
    # a body's voice in any form of the title: "the ministry's spokespeople", "a Tesco spox", "a PR officer for"
    voice = roles.title_head(title) in roles.VOICE_TITLES
    if (_has(office_words, offices) or voice or _heads_public_body(phrase)) \
            and (speaker_type in ("PERSON", "ORG", "GPE", "NORP", "PRONOUN") or not names_document):
        return "person" if speaker_type == "PERSON" and _FORMER.match(words) else "official"
    if names_document:
        # "A report in the Wall Street Journal": the report is the newspaper's, which is the origin.
        named = " ".join(_WORD.findall((resolved or "").lower()))
        return "media" if resolved != speaker and _has(named, _MEDIA) else "document"
    # A journalist whose trade is opinion speaks for herself, whichever outlet her title names: "The Times columnist
    # Matthew Parris", "Fox News host Sean Hannity", as the labels' TV host is a person; what she reports is the
    # outlet's, which the claim matcher joins to the outlet's own report.
    if speaker_type == "PERSON" and _has(words, _PUNDITS) and cue_lemma not in _NEWS_CUES:
        return "person"
    if _has(words, _MEDIA):
        return "media"
    # A title no cue word knows ("Marca", "Business Insider") is still a title when it "reported": a
    # named organisation that reports is the press; a ministry, a court or a study that reports was
    # read above. A named person who "reported" hearing shots is a witness, so persons stay out.
    if cue_lemma == "report" and speaker_type == "ORG" and _is_proper_name(phrase):
        return "media"
    if _has(words, _ANONYMOUS):
        return "anonymous"
    if _speaks_for_body(phrase, resolved) and not _FORMER.match(words):
        return "official"
    # A nationality, faith or party that qualifies people ("Top congressional Democrats", NORP) names
    # people, not a body; named alone as one group ("the Houthis", "the Democrats") it acts as a body.
    if speaker_type in ("ORG", "GPE") or _unexpanded_name(phrase, resolved) and not personal() \
            or (speaker_type == "NORP" and _GROUP_NAME.fullmatch(phrase.strip())):
        return "official"
    return "anonymous" if _unnamed_group(phrase) else "person"


def _is_newsroom(words: str, resolved: str | None) -> bool:
    """Whether the phrase's head, less the name it gives ("The state news agency KCNA"), is one of ``_NEWSROOMS``."""
    title = words.split()
    # The name's capitalised words only: "Xinhua news agency" names the agency with the newsroom's own words.
    name = {w.lower() for w in (resolved or "").split() if w[:1].isupper()}
    while title and title[-1] in name:
        title.pop()
    title_words = " ".join(title)
    room = next((r for r in _NEWSROOMS if title_words == r or title_words.endswith(" " + r)), None)
    return room is not None and not _has(title_words.removesuffix(room), _OFFICIAL)


def _speaks_for_body(phrase: str, resolved: str | None) -> bool:
    """Whether the phrase names a body, or a post that speaks for one, by the structure of its title.

    The title is the phrase without the name it resolves to: "the fund" and "Norway's sovereign wealth fund"
    are a body speaking; "their chief", "Fire chief Tom Reilly" and "Works commissioner Adebayo Okon" hold a
    post that is an office by itself; "the association's chairman" and "the cocoa board's chief executive" hold a
    post of a body their title names. A firm's, a party's or a committee's post stays its holder's own voice, as
    "the chief executive of Tesco" and "Tesco chief Ken Murphy" do, and a post no body owns ("a union member", "a
    fund manager") is none.
    """
    words = _WORD.findall(_unpossessed(unqualified(phrase.strip()).lower()))
    name = set(_WORD.findall((resolved or "").lower()))
    title = list(words)
    while title and title[-1] in name:
        title.pop()
    if not title:
        return False
    head, owners = title[-1], [w for w in title[:-1] if w not in _RANKS]
    if head in _BODIES:
        return True
    if any(w in _NOT_AN_OFFICES_OWNER for w in owners):
        return False
    if head == "commissioner":
        return True
    if head == "chief":
        return not owners or any(w in _CHIEF_SERVICES or w in _BODIES for w in owners)
    # An official by name is the office's voice ("Tuticorin's top official M Ravi Kumar", "said election official
    # Gary Baker"); unnamed, one is not. A capitalised owner may be a firm ("Boeing official Jane Roe"), which
    # only a place's possessive is not.
    if head == "official" and len(title) < len(words):
        return not any(w.lower() in owners for w in _NAME_WORD.findall(phrase))
    # "The fund's managing director" is a firm's post by its title, whoever the fund is.
    if head in _BODY_TITLES and title[-2:-1] and title[-2] in _COMPANY_DIRECTORS:
        return False
    return head in _POSTS and any(w in _BODIES for w in owners)


def _heads_public_body(phrase: str) -> bool:
    """A director of a public institution or of a body named by its acronym, or "the director" alone."""
    if _DIRECTOR.search(unqualified(phrase.strip())) is None:
        return False
    if _ARTICLES.sub("", phrase.strip().lower()) in _BODY_TITLES:
        return True
    before, after = (part.strip() for part in _DIRECTOR.split(phrase, maxsplit=1))
    if before and before.split()[-1].lower() in _COMPANY_DIRECTORS:
        return False
    named_after = _OWNER_AT.search(after) or _OWNER_OF.search(after)
    after_owners = [named_after.group(1)] if named_after is not None else []
    possessor = _POSSESSOR.match(before)
    # The possessor owns the post, and an acronym names a body only there: "Meta's director of AI" and "Meta's
    # AI director" head no body called AI. A public institution counts wherever the words before the title name
    # one ("Berlin's zoo director", "the school district director", "the children's hospital's director"); after
    # "of" or "at" only as the phrase's head ("the director of the public library", not "the director of school
    # partnerships", a field of the employer's).
    acronym_owners = [possessor.group(1)] if possessor is not None else [before, *after_owners]
    # The owner's head noun names the body: "the public library", not "school partnerships" or "the museum shop",
    # which name a field or a unit of the employer's; "the zoo in Berlin" is the zoo.
    return any(_ACRONYM.search(owner) for owner in acronym_owners) \
        or _names_institution(before) \
        or any(_names_institution(_head(_OWNER_PLACE.split(owner)[0])) for owner in after_owners)


def _office_post(head: str, owner_words: str) -> bool:
    """Whether a post of this head noun is its possessor's office, the possessor read in ``owner_words``."""
    if head in _BOARD_POSTS and _has(owner_words, _FIRMS_TOO):
        return _has(owner_words, ("central bank",))
    return head in _POSTS


def _unpossessed(words: str) -> str:
    """The words with no possessive "'s": "the ministry's director" names the ministry."""
    return re.sub(r"['’]s\b", "", words)


def _names_institution(owner: str) -> bool:
    return _has(" ".join(_WORD.findall(_unpossessed(owner.lower()))), _PUBLIC_INSTITUTIONS)


def _head(phrase: str) -> str:
    """The phrase's head noun, lower-cased: "court" of "a court in Brussels", "documents" of "court documents"."""
    words = _WORD.findall(unqualified(phrase.strip()).lower())
    return words[-1] if words else ""


def _is_title(phrase: str, speaker_type: str) -> bool:
    """An organisation's capitalised name ("the Harvard Business Review", "The Review").

    The tagger's entity tells a name from a headline's capitals ("New Research Shows ...") or a sentence's first
    word ("Research"), which capitals alone cannot.
    """
    return speaker_type == "ORG" and _is_proper_name(phrase)


def _unexpanded_name(phrase: str, resolved: str | None) -> bool:
    """One capitalised word the article never expands to a fuller name: "Westnetz said", "Lind said".

    News introduces a person by full name and shortens it after, so one word nothing resolves to a
    full name is a body speaking for itself (a company, an agency, a club) or an office holder the
    article or its story titled elsewhere; either speaks from an office.
    """
    return len(phrase.split()) == 1 and phrase[:1].isupper() and resolved in (None, phrase)


def _unnamed_group(phrase: str) -> bool:
    """People no name or title singles out ("two engineers", "wildlife volunteers"), like "witnesses".

    One unnamed person ("her lawyer", "a firefighter at the scene") is still someone the article
    can point at; a group of them is as unnamed as "analysts".
    """
    head = unqualified(phrase.strip()).split()
    if not head or any(w[:1].isupper() for w in head[1:]) or (head[0][:1].isupper() and head[0].lower() not in _LEADS):
        return False
    last = head[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _is_proper_name(phrase: str) -> bool:
    words = _ARTICLES.sub("", phrase.strip()).split()
    return bool(words) and all(w[:1].isupper() for w in words)


def cited_source(claim: Claim, kind: SourceKind) -> str | None:
    """The origin as the article names it; a person by name, with the role the article gave them."""
    if claim.speaker_type == "AUTHOR":
        return None
    phrase = _ARTICLES.sub("", (claim.speaker or "").strip())
    resolved = claim.speaker_resolved
    if claim.speaker_type == "PRONOUN" or not phrase:
        return resolved
    if kind in ("person", "official") and resolved and claim.speaker_type == "PERSON":
        return resolved if resolved in phrase or phrase in resolved else f"{resolved} ({phrase})"
    # "a report in the Financial Times": the kind already says the outlet is the origin, so it is what is cited
    if kind == "media" and resolved and claim.speaker_type == "DOCUMENT":
        return resolved
    return phrase


# The words an article puts right before a name: the title it gives the person ("U.S. President Joe
# Biden", "Interior Minister Lee Sang-min", "former President Bill Clinton").
_TITLE_BEFORE = r"((?:\b(?:former|ex-)\s+)?(?:[A-Z][\w.'’-]*\s+){1,4})"

# An apposition that gives the title first and closes after the name: "The South Australian premier, Peter
# Malinauskas, has criticised", "..., said the city's mayor, Ana Berg, who". It opens a clause (after a stop, a
# comma, a dash or a joining "But"/"And": "On Monday, the city's mayor, Ana Berg, said", "LONDON (Reuters) - The
# health minister, ..."; a possessor may stand for the article: "Ukraine's defence minister, Rustem Umerov, said")
# or follows the speech verb or "according to": an aside before a name ends on the object of a preposition or of another verb ("In a letter to the minister, Ana Berg, a farmer, said", "thanked the
# police and the firefighters, Ana Berg, a nurse"), a noun that is no title of hers.
_TITLE_APPOSED_BEFORE = (r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=,\s)|(?<=[-—–]\s)|(?<=\bBut\s)|(?<=\bAnd\s)"
                         r"|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\badded\s)|(?<=\btold\s)|(?<=according to\s))\s*"
                         r"((?:[Tt]he|[Aa]n?|[Ff]ormer|[A-Z][\w.-]*['’]s)\s+[^,.;:]{1,80}?),\s+")
_LIST_JOIN = re.compile(r"\s+(?:and|or)\s+(?=(?:the|a|an)\b)")
# The title an apposition gives a name: "M Ravi Kumar, the top government official in the port town, said".
_TITLE_AFTER = r",\s+((?:the|a|an|former)\s+[^,.;:]{1,80}?)(?:,|\.|;|\s+(?:said|says|told)\b)"
_TITLE_AFTER_RE = re.compile(_TITLE_AFTER)
# "Mark Olsen, who runs the zoo": whoever runs, heads or leads a body speaks from its office; one who runs a shop
# or a firm ("who runs a bakery", "who runs a small family firm") speaks for herself, as a firm's officers do.
_RUNS = r",\s+who\s+(?:runs|heads|leads)\s+((?:the|a|an|its|their)\s+[^,.;]+)"
_RUNS_RE = re.compile(_RUNS)
# What one runs as a trade or a pastime of one's own, or leads with no body behind it: anything else run, headed
# or led is an office, so a body only its name tells ("the Bundesbank", "the FBI", "the Met") stays one. A firm's
# "group" and "service" are left out: "who leads the rebel group", "who heads the health service" speak for a body.
_OWN_CONCERNS = (lexicon.FIRM_NOUNS - {"group", "service"}) | {
    "shop", "store", "bakery", "restaurant", "cafe", "bar", "pub", "hotel", "salon", "stall", "farm", "business",
    "blog", "podcast", "channel", "list", "team", "opposition"}
_RUN_TOPIC = re.compile(r"\s+(?:about|on|for)\s+")


def titled_kind(name: str, body: str) -> SourceKind | None:
    """The kind the titles ``body`` gives ``name`` make it: official when one names an office, else None.

    A later paragraph names a speaker alone ("Yoon said", "Biden, 79, said"): the office the
    article gave them on first mention is still the one they speak from. A former office, named
    anywhere, makes them a person.
    """
    if name not in body:     # no pattern to compile (one per name) nor body to scan
        return None
    official = False
    # A pattern with the name in it is compiled for each new name (0.1 to 0.3 ms, more than the rest of a
    # claim's provenance), so it is compiled only where the words before the name could hold a title.
    if _after_a_capitalised_word(name, body):
        for m in re.finditer(_TITLE_BEFORE + re.escape(name) + r"\b", body):
            kind = source_kind(m.group(1) + name, "PERSON")
            if _FORMER.match(m.group(1).lower()):
                return None
            official = official or kind == "official"
    if name + "," not in body:    # the name set off by a comma, which the other three need: most are not
        return "official" if official else None
    if _after_a_comma(name, body):
        for m in re.finditer(_TITLE_APPOSED_BEFORE + re.escape(name) + r",", body, re.MULTILINE):
            if _FORMER.match(m.group(1).lower()):
                return None
            # In a list the title is the item next to the name: "the police and the firefighters, Ana Berg, a nurse".
            title = _LIST_JOIN.split(m.group(1))[-1]
            official = official or source_kind(unqualified(title), "PERSON") == "official"
    for m in _right_after(name, body, _TITLE_AFTER_RE):
        if _FORMER.match(m.group(1).lower()):
            return None
        # The role up to its head noun: "a researcher at the Atlantic Security Institute" holds no office.
        # A director's office is the body the qualifier names: "the director of policy at the Hale Institute".
        role = m.group(1) if _head(m.group(1)) in _BODY_TITLES else unqualified(m.group(1))
        official = official or source_kind(role, "PERSON") == "official"
    official = official or any(_runs_an_office(m.group(1)) for m in _right_after(name, body, _RUNS_RE))
    return "official" if official else None


def _occurrences(name: str, body: str) -> Iterator[int]:
    at = body.find(name)
    while at >= 0:
        yield at
        at = body.find(name, at + 1)


def _after_a_capitalised_word(name: str, body: str) -> bool:
    r"""Whether ``name`` stands somewhere right after a capitalised word and a space, as ``_TITLE_BEFORE`` needs.

    Its last word is ``[A-Z][\w.'’-]*\s+``: the run of word characters before the spaces holds a capital.
    ``str.isspace`` and ``str.isalnum`` are what ``\s`` and ``\w`` test in a str pattern."""
    for at in _occurrences(name, body):
        before = body[:at]
        word_end = len(before.rstrip())
        if word_end == at:
            continue
        start = word_end
        while start > 0 and (before[start - 1].isalnum() or before[start - 1] in "_.'’-"):
            start -= 1
        if any("A" <= c <= "Z" for c in before[start:word_end]):
            return True
    return False


def _after_a_comma(name: str, body: str) -> bool:
    r"""Whether ``name`` followed by a comma stands somewhere right after a comma and a space, as
    ``_TITLE_APPOSED_BEFORE`` needs (``,\s+`` before the name)."""
    return any(body[at - 1:at].isspace() and body[:at].rstrip().endswith(",") for at in _occurrences(name + ",", body))


def _right_after(name: str, body: str, tail: re.Pattern) -> Iterator[re.Match]:
    """The matches of ``re.finditer(re.escape(name) + tail.pattern, body)``, ``tail``'s groups numbered as there,
    without compiling a pattern for each name: ``tail`` matched where each occurrence of the name ends."""
    at = body.find(name)
    while at >= 0:
        m = tail.match(body, at + len(name))
        if m is None:
            at = body.find(name, at + 1)
        else:
            yield m
            at = body.find(name, m.end())


def _runs_an_office(run: str) -> bool:
    """Whether what someone runs, heads or leads is an office: "the zoo", "the port authority's safety unit"."""
    # A unit of an office is the office's: "the port authority's safety unit" is read as the port authority's.
    owner = _unpossessed(unqualified(_OWNER_PLACE.split(run)[0]))
    # The thing run, not its topic: "a blog about trains" is a blog.
    head = _head(_RUN_TOPIC.split(owner)[0])
    # An office word outranks a firm's: "the central bank" is a bank and an office.
    return head not in _OWN_CONCERNS or _has(" ".join(_WORD.findall(owner.lower())), _OFFICIAL)


# Present-tense verbs by which an office states what it means or decides to do: "Health authorities plan
# to vaccinate ...", "The ministry recommends a booster".
_INTENT_VERBS = frozenset({"plan", "intend", "propose", "want", "require", "recommend", "aim", "seek", "decide",
                           "order", "demand", "urge", "approve", "reject", "refuse", "expect", "insist"})


# The documents that state findings; not "release", which is as often an event ("the release of the hostages").
_FINDING_HEADS = frozenset(_DOCUMENT + _DOCUMENT_HEADS) - {"release"}


def _acting_office(content: Span) -> tuple[str, SourceKind] | None:
    """The office, or its report, whose act an author's sentence states: ("The judge", official).

    "The judge imposed a penalty", "The central bank kept rates at 4.25%", "Health authorities plan
    to vaccinate 50,000 people": the author reports what the office did or does, which is its
    statement as much as "the judge said" would be; what it "will" do is the author's forecast. Read
    off the parse, the subject of the content's past-tense verb, or of a present-tense verb of intent
    or decision, so an irregular verb counts as a regular one: what an office has or does as a rule
    ("The central bank holds $500bn in reserves", "The ministry employs 12,000 people") is the
    author's background, not its act. A passive subject ("Linea was fined by the regulator") is no
    actor, its agent ("the regulator") is, and a subject no office cue names ("Ruiz promised") stays
    the author's. A report, a poll or a study that states a finding ("A Survation poll puts Labour
    ahead", "The study found ...") is the origin whoever made it, in the present tense as in the past.
    """
    verb = content.root
    if verb.tag_ not in ("VBD", "VBN", "VBP", "VBZ") and "Past" not in verb.morph.get("Tense"):
        return None
    actor = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if actor is None:
        # A passive names its actor after "by": "Linea was fined by the transport regulator".
        agent = next((t for t in verb.children if t.dep_ == "agent"), None)
        actor = next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None
    if actor is None:
        return None
    # The actor's words up to its head noun: "The transport regulator", without a clause that follows.
    subject = content.doc[actor.left_edge.i: actor.i + 1].text
    # A report's finding is stated in the present as often as the past: "A Survation poll puts Labour ahead".
    # Only a document that is the subject's head finds: "the letter carrier found", "half of the passengers
    # found" and "the paper mill puts" are people and firms acting, whatever words qualify them.
    if verb.lemma_.lower() in lexicon.FINDING_VERBS and actor.lower_ in _FINDING_HEADS \
            and source_kind(subject, "DOCUMENT") == "document":
        return _ARTICLES.sub("", subject), "document"
    if verb.tag_ in ("VBP", "VBZ") and verb.lemma_.lower() not in _INTENT_VERBS:
        return None
    words = " ".join(_WORD.findall(subject.lower()))
    if not _has(words, _OFFICIAL):
        return None
    kind = source_kind(subject, "DOCUMENT")
    return (_ARTICLES.sub("", subject), kind) if kind in ("official", "document") else None


_ON_PLATFORM = re.compile(rf"\bon\s+(?:a\s+|the\s+|its\s+|their\s+)?({PLATFORM_NAMES})\b", re.IGNORECASE)


# The post an attribution names as the vehicle of what a body said: "the club said in a Facebook post", "The army
# said in a Telegram message", "the ministry wrote on X". Only a post the speaker spoke "in" (or wrote on) is the
# vehicle: "Asked about a post on X, the minister said" answers a post, which is no origin of the answer. A person
# stays a person, as with ``_ON_PLATFORM``: the claim matcher keys a named person's claims by surname only while
# their kind is person or official, so a post read as social splits one person's statements (the labels' social
# for a named speaker's post is left to a change of the matcher).
_POST_VEHICLE = re.compile(
    rf"\b(?:in|on|via)\s+(?:a|an|the|his|her|their|its|one)\s+(?:[\w-]+\s+)?(?:{PLATFORM_NAMES})\s+"
    r"(?:post|video|message|story|tweet|status|update)s?\b"
    rf"|\b(?:in|via)\s+(?:a|an|the|his|her|their|its|one)\s+(?:[\w-]+\s+)?(?:post|video|message|tweet)s?\s+(?:on|to)\s+"
    rf"(?:{PLATFORM_NAMES})\b"
    rf"|\b(?:wrote|writes|posted|posts|tweeted)\s+on\s+(?:{PLATFORM_NAMES})\b", re.IGNORECASE)


def _attributed_on_platform(claim: Claim, content: Span | None) -> str | None:
    """The platform the attribution names ("claimed on Telegram", "a message posted on Telegram"), if any.

    Only the sentence's words outside the content are read: a group or a message that speaks on a
    platform speaks in a post, which is the origin; "a ban on TikTok" inside the content cites nothing.
    """
    found = _ON_PLATFORM.search(_speakers_attribution(claim, content))
    return found.group(1) if found else None


# A predicate that makes a post in an aside before the speaker what the speaker answers or follows, not where it
# spoke: "Asked about a post on X, the ministry said", "After a video on YouTube went viral, the school said". An
# aside with none is the vehicle: "On Telegram, the Wagner group said", "Writing on X, the ministry said".
_ANSWERED = re.compile(r"\b(?:asked\s+about|responding\s+to|in\s+response\s+to|reacting\s+to|referring\s+to"
                       r"|commenting\s+on|alerted\s+by|after)\b", re.IGNORECASE)


def _speakers_attribution(claim: Claim, content: Span | None) -> str:
    """The attribution, less an aside before the speaker about a post the speaker answers (``_ANSWERED``)."""
    attribution = _attribution(claim, content)
    if claim.speaker_span is None or not claim.sentence.start < claim.speaker_span.start < claim.content_span.start:
        return attribution
    cut = claim.speaker_span.start - claim.sentence.start
    answered = _ANSWERED.search(attribution[:cut])
    # The predicate governs a platform named after it: "In a statement on Telegram after the attack" is the vehicle.
    if answered is not None and not _PLATFORM.search(attribution[:answered.start()]):
        return attribution[cut:]
    return attribution


def _attribution(claim: Claim, content: Span | None) -> str:
    """The claim's sentence outside its content: the words that say who spoke and how ("" without a parse)."""
    if content is None:
        return ""
    text = doc_text(content.doc)
    return text[claim.sentence.start:claim.content_span.start] + " " + text[claim.content_span.end:claim.sentence.end]


def _kept_unnamed(claim: Claim, content: Span | None) -> bool:
    """Whether the clause the speaker phrase or the cue opens promises not to name the speaker.

    Only a clause attached to either is read: one right after the speaker phrase or the cue, or one a comma opens
    between them ("An engineer involved in the inspection, who asked not to be named, said"). So someone else's
    anonymity is not the speaker's: a victim's inside the content, officials an outlet cites ("Local media, citing
    police officers who spoke on condition of anonymity, reported"), staff a ministry's statement goes on to
    mention ("the ministry said, adding that its staff were not authorised to comment").
    """
    if content is None or not claim.speaker or claim.speaker_span is None:
        return False
    text = doc_text(content.doc)
    starts = [claim.speaker_span.end]
    if claim.cue_span is not None:
        starts.append(claim.cue_span.end)
        if claim.speaker_span.end <= claim.cue_span.start:
            starts += [claim.speaker_span.end + found.start()
                       for found in re.finditer(",", text[claim.speaker_span.end:claim.cue_span.start])]
    return any(_ANONYMITY_ATTACHED.match(text, start) for start in starts)


# The clause by which news marks a source it does not name: "speaking on condition of anonymity", "who asked not
# to be identified", "who requested anonymity", "who was not authorised to speak publicly".
_ANONYMITY = re.compile(
    r"\b(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+)?anonymity\b"
    r"|\b(?:asked|requested|declined|refused|wished)\s+not\s+to\s+be\s+(?:named|identified)\b"
    r"|\b(?:declined|refused)\s+to\s+be\s+(?:named|identified)\b"
    r"|\b(?:requested|asked\s+for|was\s+granted|were\s+granted)\s+anonymity\b"
    r"|\b(?:spoke|speaking|spoken)\s+anonymously\b"
    r"|\bnot\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)\b", re.IGNORECASE)
# That clause where it opens: "A diplomat who requested anonymity", "A senior officer, who spoke on condition of
# anonymity,", "A pilot who flew the route, and who asked not to be named", "An official said on condition of
# anonymity". Any other word first ("citing officers who", "which cited two officials who") opens a clause of
# someone else's.
_ANONYMITY_ATTACHED = re.compile(
    r"[\s,]*(?:and\s+)?(?:(?:who|that)\s+)?(?:(?:was|were|had|has|have)\s+)?(?:(?:spoke|speaking|spoken|talked|talking)\s+)?"
    rf"(?:{_ANONYMITY.pattern})", re.IGNORECASE)


# The speaker as the reported clause's subject, read off the parse: "Ortiz said she would run", "If elected,
# Ortiz said, she would ...". A he or she further in ("Lind said the plan, which he drafted, ...") or done to
# ("Vattenfall said he had been dismissed") may be anyone.
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# The speaker's own words: "“I quit,” Dunn said". Only quoted words are the speaker's; a reported "I" is the
# author. Case kept, so "ME" or "I-95" is none, and an "I" after a capitalised name is a numeral ("World War I",
# "Phase I"); after a word that opens a sentence ("And I will", "Yes, I will") it is the speaker.
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y)\b(?!-)")
_LAST_WORD = re.compile(r"(\S+)\s+$")
_OPENERS = frozenset({"And", "But", "So", "Or", "Yet", "If", "When", "As", "Now", "Then", "Yes", "No", "Because",
                      "Since", "While", "Here", "Well", "Perhaps", "Maybe", "Today", "Still", "Frankly", "Honestly"})


def _personal(claim: Claim, content: Span | None) -> bool:
    """Whether the claim calls its speaker "he", "she" or "I"; ``content`` is its parse."""
    # A single-quoted phrase too short to be a quotation, or beside a double quote, is still the speaker's
    # words: "the defeat was ‘my fault’". Every single-quoted one is read so; of find_quotes', the double.
    quoted = [claim.content] if claim.kind == "direct" else \
        [claim.content[q.inner_start:q.inner_end] for q in find_quotes(claim.content, [(0, len(claim.content))])
         if claim.content[q.start] not in "‘'"] + single_quoted(claim.content)
    # Any subject the parse gives the clause: an opening aside may be read as one too ("If elected governor").
    # A passive he or she is the speaker done to when the speaker's name is a surname ("Patel said he had been
    # treated unfairly"), which no firm's name is ("Vattenfall said he had been dismissed").
    deps = ("nsubj", "nsubjpass") if claim.speaker_type == "PERSON" and claim.speaker in surnames() else ("nsubj",)
    subjects = [t.lower_ for t in content.root.children if t.dep_ in deps] if content is not None else []
    return not _SUBJECT_PRONOUNS.isdisjoint(subjects) or any(_speaks_as_i(words) for words in quoted)


def _speaks_as_i(words: str) -> bool:
    for found in _FIRST_PERSON.finditer(words):
        before = _LAST_WORD.search(words[:found.start()])
        if found.group() != "I" or before is None or not _names_before(before.group(1)):
            return True
    return False


def _names_before(word: str) -> bool:
    """Whether ``word``, right before an "I", is a capitalised name the "I" numbers ("Phase I")."""
    return word[:1].isupper() and word[-1:].isalnum() and word not in _OPENERS


# The tagger's entity types that name a source: "citing Prime Minister Fumio Kishida", "citing The Times".
_SOURCE_ENTITIES = ("PERSON", "ORG", "GPE", "NORP")
# The words that make what a relay cites a source, not a reason ("citing safety concerns", "citing bad weather"):
# the cue words of every kind, read in the cited phrase's head and the nouns compounded with it.
_SOURCE_WORDS = _SOCIAL + _ANONYMOUS + _MEDIA + _DOCUMENT + _DOCUMENT_HEADS + _OFFICIAL


def _relayed(claim: Claim, content: Span) -> tuple[str, SourceKind] | None:
    """The source a claim's attribution says it passes on, and its kind: ("three sources", anonymous) for "Reuters
    reported, citing three sources, that", ("two officials", anonymous) for "according to Reuters, which cited two
    officials"; None when it cites none.

    Read off the parse: the object of a "citing" outside the content, or of a "cited" that qualifies a noun, up to
    a comma ("citing Tom Hale, a farmer, that" cites Tom Hale).
    """
    doc = content.doc
    sentence = doc.char_span(claim.sentence.start, claim.sentence.end, alignment_mode="expand")
    for cite in sentence if sentence is not None else ():
        if cite.lemma_ != "cite" or cite.tag_ != "VBG" and cite.dep_ != "relcl" \
                or claim.content_span.start <= cite.idx < claim.content_span.end:
            continue
        cited = next((t for t in cite.children if t.dep_ == "dobj"), None)
        if cited is None:
            continue
        end = next((t.i for t in doc[cited.i:cited.right_edge.i + 1]
                    if t.is_punct or claim.content_span.start <= t.idx < claim.content_span.end), cited.right_edge.i + 1)
        phrase = doc[cited.left_edge.i:end]
        entities = [t.ent_type_ for t in phrase if t.ent_type_ in _SOURCE_ENTITIES]
        head_words = [t for t in cited.children if t.dep_ == "compound"] + [cited]
        words = " ".join(w for t in head_words for w in {t.lower_, t.lemma_.lower()})
        if not entities and not _has(words, _SOURCE_WORDS):
            continue
        cited_as = _ARTICLES.sub("", phrase.text)
        if _ANONYMITY.search(phrase.text):
            return cited_as, "anonymous"
        # Papers by their head noun, in the plural too: "intelligence reports" are no unnamed group.
        if not entities and cited.lemma_.lower() in _DOCUMENT + _DOCUMENT_HEADS and cited.lemma_.lower() not in _COURTS:
            return cited_as, "document"
        return cited_as, source_kind(phrase.text, entities[0] if entities else "")
    return None


def with_provenance(claim: Claim, body: str = "", content: Span | None = None) -> Claim:
    """The claim with ``cited_source`` and ``source_kind`` filled in; ``body`` is its article's text past the title.

    The title is left out: a headline's capitals ("Taliban Spokesman Slams Biden") are no title.
    ``content`` is the claim's content in the parsed article: without it no acting office, nor a he or she
    as the reported clause's subject, is read.

    A speaker that passes on what a source it cites said ("Reuters reported, citing three sources, that") relays
    it: the cited source is the origin (decision 6 of ``bench/data/README.md`` joins a relay to it). The press
    relays whatever it cites; anyone else relays a source that speaks, and cites papers or figures as evidence of
    their own statement ("The ministry said, citing preliminary figures").
    """
    placed = _speakers_provenance(claim, body, content)
    relayed = _relayed(claim, content) if content is not None else None
    if relayed is None or relayed[1] == "document" and placed.source_kind != "media":
        return placed
    return placed.model_copy(update={"cited_source": relayed[0], "source_kind": relayed[1]})


def _speakers_provenance(claim: Claim, body: str, content: Span | None) -> Claim:
    """The claim with the speaker's own provenance: the origin its speaker, or the post or office it names, is."""
    if claim.speaker_type == "AUTHOR":
        post = _POST_ON_PLATFORM.search(claim.content)
        if post is not None:
            return claim.model_copy(update={"cited_source": post.group(), "source_kind": "social"})
        acting = _acting_office(content) if content is not None else None
        if acting is not None:
            return claim.model_copy(update={"cited_source": acting[0], "source_kind": acting[1]})
    platform = _attributed_on_platform(claim, content)
    if platform is not None and claim.speaker and claim.speaker_type not in ("PERSON", "PRONOUN", "AUTHOR"):
        return claim.model_copy(update={"cited_source": f"{claim.speaker} on {platform}", "source_kind": "social"})
    post = _POST_VEHICLE.search(_speakers_attribution(claim, content))
    if post is not None and claim.speaker and claim.speaker_type not in ("PERSON", "PRONOUN", "AUTHOR"):
        on = _PLATFORM.search(post.group()).group()
        return claim.model_copy(update={"cited_source": f"{claim.speaker} on {on}", "source_kind": "social"})
    # A source the article describes but promises not to name is unnamed, whatever office it serves: "A senior
    # police officer, speaking on condition of anonymity, said". The press stays the press: the one it kept unnamed
    # is its source, not itself. A source the phrase names is named, whatever its clause says.
    if _kept_unnamed(claim, content) and not (claim.speaker_resolved and claim.speaker_resolved in claim.speaker) \
            and source_kind(claim.speaker, claim.speaker_type, claim.speaker_resolved, claim.cue_lemma) != "media":
        return claim.model_copy(update={"cited_source": cited_source(claim, "anonymous") or claim.speaker,
                                        "source_kind": "anonymous"})
    pronoun = claim.speaker_type == "PRONOUN"
    if pronoun and not claim.speaker_resolved:
        # "those involved in the talks said", "they said" with no one named before: someone other than
        # the author said it, and the article never says who.
        return claim.model_copy(update={"cited_source": claim.speaker, "source_kind": "anonymous"})
    kind = source_kind(claim.speaker_resolved if pronoun else claim.speaker,
                       "PERSON" if pronoun and claim.speaker_resolved else claim.speaker_type, claim.speaker_resolved,
                       claim.cue_lemma, lambda: _personal(claim, content))
    name = claim.speaker_resolved or (claim.speaker if claim.speaker_type == "PERSON" else None)
    if kind == "person" and name and body:
        kind = titled_kind(name, body) or kind
    return claim.model_copy(update={"cited_source": cited_source(claim, kind), "source_kind": kind})
