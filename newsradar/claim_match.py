"""When two claims are the same statement: content, speaker, entities and numbers.

Shared by the enricher (which assigns cluster ids) and the benchmark that scores
it, so both judge pairs with the same code.

* **content**: the content's words, lower-cased, stop words dropped, reduced to one lemma (``_lemma_of``),
  a crude stem of it and a few news synonyms ("arms", "weaponry" -> weapon) and event verbs ("resign", "quit"
  -> leave; "detained" -> arrest), compared by Dice. Kazemi et al. (2022) found lexical matching on par with
  multilingual embeddings for same-language claim matching, and it needs no model.
* **entities**: the canonical names inside the content, with the metonyms news
  uses for one actor ("Moscow", "the Kremlin" -> Russia) folded together, a name of two words or
  more compared by its last word's term, so one name in two inflections is one ("Canary Island",
  "Canary Islands"); a one-word name is compared as written ("Williams" is not "William").
* **accents**: words, names and surnames are read without their Latin letters' accents ("Gómez" and
  "Gomez", "São Paulo" and "Sao Paulo"), as ``newsradar.text.unaccented`` reads them for story clustering.
* **speaker**: two named people must be the same person (by surname): "Jim
  Banks" and "Biden" never say the same thing; a journalist titled before the name ("New York Times
  reporter Maggie Haberman", not an outlet read as a person: "Al Jazeera") is a named person too, whose report
  may be any outlet's or relay a body named without a title. An unnamed or institutional
  source ("the channel", "a Telegram channel", "General SVR", "a report") is
  compatible with another of a compatible kind, since outlets name one origin
  in many ways. An unnamed role ("the finance minister") is compatible with a
  titled person only when that title carries the same head noun ("Finance
  Minister Oskar Lind") and no other organisation; a person the article names
  with no title ("Olsen said") may be any unnamed person or official. A post is its head noun with its portfolio
  and its rank (``newsradar.roles``): "the foreign minister" is not "the finance minister" nor "Finance Minister
  Oskar Lind", "the deputy mayor" not "the mayor", "the state prosecutor" not "a federal prosecutor", while
  descriptors name no other post ("the new", "the acting", "the Canadian", "the country's", "the embattled") and a
  post that says less ("the minister") may be either; spellings fold (``POST_SPELLINGS``: "defence" and "defense",
  "ex-" and "former"), "the Secretary of State for Health" is the health secretary, a title joined by "and" holds
  each of its posts, and a claim stored before posts were marked is compared by its head noun alone. Two platforms' posts ("a
  Telegram channel", "posts on X", read from the cited source) are two origins (decision 6 of
  ``bench/data/README.md``: one cluster traces one statement's path); a relay that cites a post keeps
  its own kind and joins it. A body is named without its leading "the" ("The Kremlin said", "said
  the Kremlin"). A plural or collective role opening a
  sentence ("Police said", "Doctors said") is that role, not a surname ("King said" stays one), nor
  is a word read only as a common noun's plural ("Relatives said") that names no one the article does.
  Two unnamed institutions of other heads ("police", "prosecutors") are not told apart: outlets name one
  source by many roles ("police", "officials", "authorities"). An unnamed private party ("residents",
  "witnesses", "relatives", "the union", "lawyers"), read from the head noun or an 's possessor, never a
  modifier ("local police"), is another source than an institution: "residents said" is not "police said",
  nor "the union said" "the company said". Two private nouns are one party ("relatives", "his family";
  "economists", "analysts"): outlets name one side by many of them.
* **figures**: only those inside the content (not "a video viewed two million
  times"). Inside one story, one distinctive quantity (at least 10, or a fraction)
  stated by both claims (units that agree, within rounding) makes them one claim whatever their words:
  outlets retell a toll or a turnout in words that share nothing else. Counted
  things agree whatever noun counts them ("sedans", "cars"), and spans of time whatever unit
  up to a week measures them ("48 hours", "two days"; a month or a year only in its own unit),
  and a bare share is the percentage it rounds ("about three quarters", "77%"). The figure also
  joins a named person to a body with no person behind it (a spokesman and his
  ministry), never to another person. Across stories, another value of one quantity
  ("5 million dollars" beside "2 million dollars") is another statement, never one claim,
  and the content's words are compared without the words of its names, which the
  entities already count: a speaker and a place do not make two statements one. A
  statement with neither a shared name nor a shared distinctive figure ("no one was
  injured", "the regulator is investigating the leak") is said in every story, so across
  stories its words alone never make it one claim. A shared distinctive figure with no
  conflicting value vouches for the event as a story would: across stories such a pair
  needs only the one-story bar. Inside one story another value of one quantity is drift, which the cluster
  reports, unless one figure is a count told as moved to it or as the level it has reached ("the toll rose to 23",
  "has reached 23", "had fallen to 12" beside "14 people died": what the figure measures is the move, not a word
  anywhere in the claim; a figure with no noun read only when the claim names a tally or the other counts a noun,
  as a price or an index rises too), a later statement that no chain of matches joins to the count it replaced, in
  a batch or through a stored cluster (one holding an offered candidate that is the count or its update to a claim
  is no cluster for it); a count of another event is another
  statement whether its value differs ("17 were killed", "40 were injured") or not ("17 were killed", "17 were
  injured": only when little else differs, as events are read from the claim's words, not from the verb of the
  figure), while leaving home and being evacuated are one event. What a figure measures (``Number.measures``, read
  from the parse) tells one figure of two things only where both measures are of kinds ``newsradar.measures``
  knows and differ ("40,000 homes", "40,000 people evacuated"; "rose 5%", "cut 5%"): the one figure states two
  things and the claims stay apart.
  Any other pair of measures is compared as before, as outlets name one thing in many words ("cases",
  "infections"; "flights", "services"), and so is an unread measure (a claim stored before schema 5).
* **polarity**: a denial is never one claim with what it denies, nor is a question put off ("it was
  premature to discuss asylum", "too early to talk about it") one with an answer to it; a negation
  inside an "if" or "unless" clause, or a relative clause ("..., which no vaccine
  has achieved"), is no denial, nor is a "no" that frames a distinctive figure ("no patient will
  wait more than 18 weeks", "260,000 customers had no electricity"). Two negations whose shared words
  are all the words of a name they share deny two things of it ("any links to" a body, "would not ban" it).
  A refusal said by a verb ("ruled out tax rises", "refused to sign", "skipped the debate") is no negation, as
  outlets retell it with a positive verb too ("kept rates on hold"), but it joins a negation of the act or thing it
  names ("will not raise taxes"), never the act stated as done ("signed the bill") nor a refusal denied ("would not
  rule out a rise").
* **modality**: an open question is never one claim with the statement, a condition never one with what
  happened or is so, a forecast never one with its outcome when both state one figure; tense alone
  never splits ("will close", "said it would close", "is to close"). Read by ``newsradar.modality``.
* **people**: an age the content gives ("a 19-year-old man") is no word of the statement, but two
  claims whose ages all differ are about two people (a suspect and a victim), never one claim.
* **story**: claims in one story (the story clusterer's event) need less word
  overlap than claims from unrelated articles, which is how an editor reads
  "Moscow is in talks" and "Putin is negotiating" in two write-ups of one event.
  One named person in one story needs less again: an outlet that reports
  "Republicans already made that choice" and another that quotes the whole
  answer share few words. So does one unnamed role of one owner ("his sister", "police"; "his lawyer"
  is not "her lawyer") when its two claims share two words beyond the story's names. The words
  must reach that bar alone: each of one source's points names the story's subject, which the
  entity part gives in full. A restatement that shares nothing but the name ("Acme will appeal
  the ruling", "Acme plans to challenge the court's decision") is then read as two statements
  are: the words do not tell them apart. Claims with no story (the clusterer off) get the cross-story bar:
  nothing vouches that they report one event. Both lower bars need both claims to state a distinctive
  figure or neither: a sheriff's "8,000 residents were ordered out" and his
  "the fire was started by a power line" share only the story's names. The story bar holds too
  when every word of the claim with no figure is the other's: a retelling that drops the figures.
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from newsradar.countries import country_of
from newsradar.currency_letters import letter_may_be
from newsradar.lemmas import get_lemmatiser
from newsradar.measures import TALLIES, kinds_differ, updates
from newsradar.modality import (AUXILIARIES, BE_FORMS, MODAL_AUXILIARIES, RELATIVE_PRONOUNS, forecast_and_outcome,
                                modalities_apart, modality, modals_folded)
from newsradar.number_words import WORDS as NUMBER_WORDS
from newsradar.platforms import platforms_named
from newsradar.reactions import REACTION_NOUNS, REACTIONS, RETOLD_STANCES, WELCOMED_ACTS
from newsradar.roles import (OFFICE_NOUNS, POST_SPELLINGS, PORTFOLIO_WORDS, PRIVATE_NOUNS, RANK_WORDS, ROLE_NOUNS,
                             SERVICE_NOUNS, VOICE_TITLES, title_head)
from newsradar.schema import Claim
from newsradar.text import unaccented_text

_STOP = frozenset("""a an and are as at be been being but by can could did do does for from had has have he her
hers him his i if in into is it its itself of on or our ours she so some such than that the their theirs them
then there these they this those to too us was we were what when where which while who whom whose why will with
would you your also not no yes just very more most much many any all each other another over under about after
before between during out up down off again further once only own same both few nor said says say told according
reported report claimed claim""".split())
# A spelled figure is compared as a figure, as digits are (the number reader's value, an entity "#14"):
# kept as a word too, "Fourteen people were hurt" shared a word with every "fourteen" and one word
# fewer with its own retelling "14 people were hurt". A fraction's word ("half of voters") is no figure's.
_FIGURE_WORDS = frozenset(NUMBER_WORDS) - {"half", "quarter"}
# "U.S." is a word: read letter by letter it was two dropped letters, and a headline's "U.S.
# weapons" lost its country beside the lead's "American weapons".
_WORD = re.compile(r"[a-z](?:\.[a-z])+\.?|[a-z][a-z'’]+")
# Looked up by whole lemma (every lemma ``newsradar.lemmas`` gives the word), never by prefix: the
# prefix "arm" also read "army" and "armoured" as weapons.
_SYNONYMS = {"arm": "weapon", "weaponry": "weapon", "armament": "weapon", "munition": "weapon",
             "negotiate": "talk", "negotiation": "talk", "discuss": "talk", "discussion": "talk", "talk": "talk",
             "seek": "want", "acquire": "obtain", "buy": "obtain", "get": "obtain", "purchase": "obtain",
             "abandon": "leave", "seize": "capture", "capture": "capture", "american": "us", "america": "us",
             "u.s": "us", "connection": "link", "tie": "link", "shut": "close", "postpone": "delay"}
# The verbs news uses for one event, one word each: "she would resign" and "I will leave the
# club", "a man was arrested" and "a man has been detained", "three were killed" and "three died", a
# regulator's "approval" and a drug "licensed" or "endorsed", jobs "cut" or "axed". Other beats' counts
# ("300 homes destroyed" or "damaged", "40 flights cancelled" or "delayed", "45 schools shut" or "opened") are
# no events yet: read from the claim's bag of words, "close", "open", "damages" or "delayed" in their other
# senses ("a close ally", "an open letter") split retellings; they wait for the event that governs the figure. A
# closed list of event verbs, not a thesaurus: a general one (WordNet) also joined claims that share
# only a loose sense of a common word.
_EVENT_WORDS = {"resign": "leave", "quit": "leave", "leave": "leave", "arrest": "arrest", "detain": "arrest",
                "apprehend": "arrest", "kill": "die", "die": "die", "dead": "die", "death": "die",
                "injure": "injure", "wound": "injure", "hurt": "injure", "evacuate": "evacuate", "flee": "evacuate",
                "raise": "rise", "rise": "rise", "increase": "rise", "hike": "rise", "reduce": "cut", "slash": "cut",
                "prohibit": "ban", "outlaw": "ban", "suspicion": "suspect", "approve": "approve", "approval": "approve",
                "license": "approve", "licence": "approve", "authorise": "approve", "authorize": "approve",
                "endorse": "approve", "axe": "cut"}
# Events two counts of one story may number, told apart by ``_other_events``. "Leave" is a resignation
# as often as leaving home: "1,870 residents had left their homes" and "2,140 were evacuated" are one
# event whose count drifts, so for this leaving is evacuating.
_EVENTS = {event: "evacuate" if event == "leave" else event for event in _EVENT_WORDS.values()}
# A rise says how a count moved, not what it counts ("the toll rose to 19", "19 people died" are one count);
# only against a cut is it another statement ("raised to 4.5%", "cut to 4.25%").
_DIRECTIONS = frozenset({"rise", "cut"})
# Event words are read from the whole claim, not from the verb that governs the figure, so one in another
# sense or of another thing ("help after the cuts", "2,300 hurt by the outage") names no event of that
# figure. The same figure under two events is told apart only when little else differs ("17 were killed",
# "17 were injured"): retellings word it in more ways than that.
_EQUAL_FIGURE_OTHER_WORDS = 2
# Beside one figure "left" is what an event left behind ("left 300,000 homes without power", "left 12,000
# children homeless") as often as an evacuation: it tells two counts apart only when their values differ.
_LEFT_BEHIND = frozenset({"leave"})
_CANONICAL = {**_SYNONYMS, **_EVENT_WORDS}
# What a toll's people died, were hurt or fled of: "the heatwave has killed 14" and "14 died when a landslide
# buried homes" are two tolls sharing a figure, and across stories two claims. A cause is in every family whose
# chain it may be a link of, so that one toll told by its cause in one report and by its effect in the other
# still meets: heat sets off wildfires and blazes; a quake sets off landslides, a tsunami, gas explosions and
# blazes; a tsunami, rain or a storm floods; a wildfire's burn scar gives way in mudslides and landslides; a
# blaze, an explosion or a quake sends a crowd into a stampede. A closed list of nouns that name a cause: "storm"
# is also stormed, "crash" a market's, "blast" a critic's, "attack" any act, "crush" a defeat, "fire" a sacking
# or a launch and "rain" a barrage ("fired 40 rockets", "40 rockets rained down"). "heat" is kept although it
# has other senses ("in the searing heat", "the heat is on the minister", the Miami Heat): this list is read
# only for two stories the clusterer has already parted, where a shared figure under "heat" beside another
# cause is a second toll; within one story the heat is as often the setting of the other cause's toll.
_CAUSES = {"heat": {"heat"}, "heatwave": {"heat"}, "heatstroke": {"heat"},
           "wildfire": {"heat", "fire", "burn scar"}, "bushfire": {"heat", "fire", "burn scar"},
           "blaze": {"heat", "fire", "quake"}, "explosion": {"fire", "quake"}, "flood": {"water"},
           "floodwater": {"water"}, "downpour": {"water"}, "monsoon": {"water"}, "hurricane": {"water"},
           "typhoon": {"water"}, "cyclone": {"water"}, "landslide": {"water", "quake", "burn scar"},
           "mudslide": {"water", "quake", "burn scar"}, "earthquake": {"quake"}, "quake": {"quake"},
           "tsunami": {"quake", "water"}, "aftershock": {"quake"}, "stampede": {"crowd", "fire", "quake"}}
_METONYMS = {"moscow": "russia", "kremlin": "russia", "russian": "russia", "putin": "russia",
             "vladimir putin": "russia", "washington": "united states", "american": "united states",
             "america": "united states", "u.s.": "united states", "us": "united states",
             "white house": "united states", "kyiv": "ukraine", "ukrainian": "ukraine", "beijing": "china",
             "chinese": "china", "kabul": "afghanistan", "afghan": "afghanistan", "london": "united kingdom",
             "british": "united kingdom", "britain": "united kingdom", "uk": "united kingdom", "turkiye": "turkey"}
# A body's name opening with a nationality names the country's side ("the Polish defence ministry" is Poland's), read
# only by ``ClaimSignature.voice_side``, never as an entity: in a claim the adjective qualifies a language, a food, a
# breed or a plant as often as the state ("learn French", "a Thai restaurant", "Japanese knotweed"). Only the
# nationalities listed are read, as the ending rule also joins look-alikes (Niger/Nigeria). Each one's country is
# ``newsradar.countries``'s (its table, else its ending rule among ``_NATIONS``), but for the last three, which neither
# reaches and which its table may not take: there they would also change whose post a title names (``post_marks``).
_NATIONS = frozenset({"germany", "japan", "north korea", "south korea", "iran", "india", "pakistan", "australia",
                      "canada", "egypt", "syria", "iraq", "belarus", "taiwan", "israel", "kenya", "nigeria", "ghana"})
_DEMONYMS = {n: country_of(n, _NATIONS) for n in (
    "polish", "french", "german", "japanese", "north korean", "south korean", "iranian", "indian", "pakistani",
    "australian", "canadian", "egyptian", "syrian", "iraqi", "belarusian", "taiwanese", "spanish", "irish", "greek",
    "israeli", "norwegian", "kenyan", "nigerian", "ghanaian", "thai", "filipino", "philippine")} | {
    "turkish": "turkey", "mexican": "mexico", "saudi": "saudi arabia"}
# The countries a body's name may open with (``ClaimSignature.voice_side``), as ``_METONYMS`` and ``_DEMONYMS``
# fold them.
_SIDES = frozenset(_METONYMS.values()) | frozenset(_DEMONYMS.values())
# Each name's side: a country is its own, before a metonym's, before a nationality's (later entries win).
_SIDE_OF = _DEMONYMS | _METONYMS | {side: side for side in _SIDES}
# Whose an unnamed role is: "his lawyer" and "her lawyer" speak for the two sides of one case, "the
# victim's lawyer" and "another lawyer" are two people.
_POSSESSOR = re.compile(r"(?:the |a |an )?(his|her|their|its|another|[a-z-]+(?='s\b))\b")
# Negation carried by a determiner or pronoun ("no new taxes", "nobody was hurt"): the extractor's
# flag reads only a verb's "not", so "there would be no new taxes" and "we will not raise taxes"
# had opposite polarities and were never one claim.
_NEGATING_WORDS = frozenset({"no", "none", "nobody", "nothing", "neither"})
# A negation said by an adjective's prefix: "is unacceptable" says what "is not acceptable" says, "illegal" what "not
# legal" says, "no longer safe" what "unsafe" says. Read only where the word without its prefix is an adjective and
# the word is one too, or a word the tables do not know ("unaffordable"), and no verb's form: "unemployment",
# "insure", and "unveiled" and "uncovered" (a verb's undoing, not its negation) are none. Less these, whose prefix
# negates nothing ("invaluable" is very valuable, "inflammable" flammable, "indifferent" no "not different",
# "inside" no "not side").
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir")
_PREFIX_NEGATES_NOTHING = frozenset({"invaluable", "inflammable", "indifferent", "intense", "inhuman", "inbound",
                                     "inside"})
# ... and only where the adjective is the predicate, what a verb of being or judging says of its subject or object
# ("was illegal", "remains unsafe", "declared the strike unlawful", "found it unacceptable"): one that describes a
# noun ("illegal migrants were detained") says nothing of the claim's polarity. Kept among the terms as marks, as
# refusals are: "prefixed:" and the plain word for a prefix, "not:" and the word for a negation just before it.
_PREFIXED_TERM = "prefixed:"
_NOT_TERM = "not:"
# One spelling of the negations a predicate may carry before its verb, after it or after its object, so the three
# cannot drift apart
_NEGATION = "not|never|no longer"
_PREDICATE = re.compile(
    r"\b(?:(?P<before>" + _NEGATION + r"|\w+n't) )?"
    r"(?:(?:is|are|was|were|be|been|being|remains?|remained|becomes?|became|seems?|seemed)(?P<clitic>n't)?"
    r"(?: (?P<after>" + _NEGATION + r"))?(?: (?:deemed|declared|found|called))?"
    r"|(?:deem|deems|deemed|declare|declares|declared|find|finds|found|call|calls|called)"
    r" (?:it|them|him|her|this|that|(?:the|a|an|its|their|his|her|our) [a-z]+(?: [a-z]+)?))"
    r"(?: (?P<late>" + _NEGATION + r"))?"
    r" (?:(?:so|too|very|still|now|also|quite|clearly|simply|totally|completely|wholly|entirely|plainly) )?"
    r"(?P<adjective>[a-z]+)\b")
# A thanks, a congratulation or a welcome of an act is the reactor's claim, another than the act it answers, which
# it repeats word for word ("thanked Qatar for its help in freeing the hostage", "Qatar helped free the hostage").
# Read only in the claim's main clause, kept as a term (``_REACTION_TERM``) so a stored claim keeps it. A welcome
# reacts only to an act or a decision named after it (``reactions.WELCOMED_ACTS``): "welcomed 2 million visitors",
# "will welcome its first guests" host; "thanks to" is a cause, "thank-you banners" a kind of banner. Praise and
# blame are left out: they are retold as the judgement itself ("praised the firefighters" / "said the firefighters
# were heroes"). The term names the reaction's kind ("reacts:thank"): one reactor's two thanks of one thing are one
# claim (``_one_reaction``, when what both take, ``_REACTED_TERM``, names one thing); the reactor's words
# (``_REACTOR_TERM``) let its own stance join it (``_retold_by_reactor``).
_REACTION = re.compile(r"\b(?:" + "|".join(
    f"(?P<{kind}>" + "|".join(sorted(forms, key=len, reverse=True)) + ")" for kind, forms in REACTIONS.items())
    + r")\b(?!-)")
_CAUSE = "thanks to "
# What ends a reaction's object after its noun: a preposition or a conjunction, but "of", which a name holds ("thanked
# the government of Qatar for its mediation", "welcomed the Reserve Bank of India's decision to ...").
_OBJECT_END = frozenset({"to", "for", "that", "on", "in", "by", "with", "from", "at", "after", "against", "over",
                         "as", "and", "or", "but", "which", "who", "between", "into", "through", "about", "under",
                         "during", "because", "since", "while", "when", "if"})
_REACTION_TERM = "reacts:"
_REACTOR_TERM = "reactor:"
_REACTED_TERM = "reacted:"
# "It was premature to discuss asylum", "too early to talk about asylum for Assad": a speaker who puts
# a question off declines to state it, as a denial does; beside "Russia could grant asylum to Assad"
# it shares the topic's words and is the opposite answer.
_DEFERRAL = re.compile(r"\b(?:premature|too (?:early|soon))\s+to\b")
_CONDITIONS = frozenset({"if", "unless"})
# A negation said by a verb: "ruled out tax rises" is "will not raise taxes", "failed to open" is "did not deploy",
# "skipped the debate" is "would not take part", "barred Fox from firing him" is "Fox could not fire him". Read as
# a negation it split the retellings by a positive verb ("declined to raise rates" / "kept rates on hold"), so it
# is read apart (``_REFUSAL_TERM``): a refusal may be one claim with a negation or with a positive retelling, never
# with the act it refuses stated as done ("failed to reach orbit" / "reached orbit").
_REFUSAL = re.compile(r"\b(?:(?:refus|declin|fail)(?:e|es|ed|ing|s)?\s+to\s+(?P<act>[a-z]+)"
                      r"|(?:bar|barred|stop|stopped|prevent|prevented|block|blocked)s?\s+(?:[a-z'.]+\s+){1,4}?from\s+"
                      r"(?P<from>[a-z]+ing)"
                      r"|rul(?:e|es|ed|ing)\s+(?:it\s+|them\s+)?out|skip(?:s|ped|ping)?|boycott(?:s|ed|ing)?)\b")
# An "-ing" form is the clause's verb after a "be" ("is refusing to pay"); elsewhere it is an adjunct's ("by failing
# to repeal the law") or a noun's ("a clause barring the company from firing him"), no part of the claim's polarity.
_PROGRESSIVE = BE_FORMS | {"am"}
# "the provision that had barred the company from firing him": a "that" with only these between it and the verb
# opens a relative clause (a "that" of reported speech is followed by its clause's subject). Not modality's
# AUXILIARIES: the be-forms are left out (``_denied`` takes them through ``_PROGRESSIVE``).
_HAVE_DO_AND_MODALS = (AUXILIARIES - BE_FORMS) | MODAL_AUXILIARIES
# Refusing to speak withholds a statement ("refused to comment", "declined to confirm"): it refuses no act.
_WITHHELD_SPEECH = frozenset({"comment", "say", "confirm", "discuss", "speak", "elaborate", "disclose", "reveal",
                              "answer", "respond", "name", "identify", "specify", "detail", "explain"})
# Kept among a claim's terms, as an age is, so a stored claim keeps it: the refused act's stem, or for a verb that
# names none its kind's mark alone and before each word of the phrase it takes: "~" for "ruled out" (a rise, a
# replay), "^" for "skipped"/"boycotted" (a debate, a meeting); "!" for a refusal denied ("would not rule out").
_REFUSAL_TERM = "refuses:"
_RULED_OUT_MARK = "~"
_SKIPPED_MARK = "^"
_DENIED_MARK = "!"
# A bar ("barred the newspaper from naming him", "stopped pupils from using phones") refuses leave to act: it is
# one claim with "cannot name him", not with "did not play for six matches" (a ban and an absence).
_BAR_MARK = "#"
_UNABLE_TERM = "unable:"
_UNABLE = re.compile(r"\b(?:cannot|can't|couldn't|mustn't|(?:can|could|may|must)\s+(?:not|no\s+longer|never))\b")
# What a negation may add to the thing a refusal of its kind takes and still deny that thing alone: "did not attend
# / take part in the debate" is "skipped the debate", "will be no rise / will not raise it" is "ruled out a rise";
# "did not cancel the parade" or "did not mention fuel duty" denies another act on the thing.
_THING_NEGATIONS = {_SKIPPED_MARK: ("attend", "take", "part", "go", "turn", "show", "appear", "join", "travel"),
                    _RULED_OUT_MARK: ("call", "hold", "raise", "impose", "introduce", "face", "happen")}
# These and any "n't" negate: before a refusal verb, with only auxiliaries between, they deny it ("would not rule
# out", "did not refuse to").
_DENYING = frozenset({"not", "never"})
# "rules to prevent landlords from raising rents", "a wall to stop the river from flooding": a purpose, no refusal.
_PURPOSE = "to"
_THING_MARKS = frozenset({_RULED_OUT_MARK, _SKIPPED_MARK})
_LONE_MARKS = frozenset({_DENIED_MARK, _BAR_MARK})
# A clause these open after a comma describes something the claim names; it is no part of its polarity.
_CLAUSE_BREAK = re.compile(r"[,;:.]\s")
_CLITIC = re.compile(r"(?:n't|'(?:ll|re|ve|d|m|s))$")
# "a 19-year-old man was arrested", "the 17-year-old victim": an age describes whom a claim is about,
# and a story's suspect, victim and witnesses all have one, so its words say nothing of the statement.
# Kept apart as an ``age:`` term, it still tells two people apart (``_other_people``).
_AGE = re.compile(r"\b([a-z0-9]+)[- ]years?[- ]olds?\b")
_AGE_TERM = "age:"
# The platform a post's cited source names ("a Telegram channel", "posts on X"): kept among the terms, as the
# reactors are, so a stored claim carries it (``ClaimSignature.platforms``).
_PLATFORM_TERM = "platform:"
# The words of a post that name which office of its head it is (``newsradar.roles``' portfolios and ranks), kept so
# too (``ClaimSignature.post_words``).
_POST_TERM = "post:"
# The words of one post in its term ("post:deputy+prime"); a post of none is "post:" alone.
_POST_JOIN = "+"
# Every mark kept among the terms beside the words: ``words`` leaves them all out, so a new mark goes here.
_MARKED_PREFIXES = (_AGE_TERM, _REFUSAL_TERM, _UNABLE_TERM, _PREFIXED_TERM, _NOT_TERM, _REACTION_TERM, _REACTOR_TERM,
                    _REACTED_TERM, _PLATFORM_TERM, _POST_TERM)
# "close to 500 flights" hedges its figure as "about" does, which is a stop word; kept, "close" was a term the
# plain figure's claim lacked, and the one a "shut" reads as (``_SYNONYMS``).
_CLOSE_TO = re.compile(r"\bclose to (?=\d|(?:a |an )?(?:%s|hundred|thousand|million|billion|third)\b)"
                       % "|".join(sorted(_FIGURE_WORDS - {"a", "an"})))
# "ate" with "ation": "investigating" and "an investigation", "estimated" and "an estimate" name one act.
_SUFFIXES = ("ations", "ation", "ate", "ing", "ies", "ied", "ed", "es", "s", "ly", "ment")
# A verb ending in one short vowel and one consonant, which doubles the consonant before "-ed" and "-ing" ("hop",
# "hopped"; "w", "x" and "y" never double).
_DOUBLING_VERB = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")
# Units that measure rather than count: the same figure in one of them and in a count noun is two quantities.
MEASURE_UNITS = frozenset("""percent second minute hour day week month year decade century mm cm km metre meter mile
foot feet inch yard kg gram tonne ton pound ounce litre liter gallon barrel celsius fahrenheit degree acre hectare
ppm mph kph kmh point""".split())
NAMED_PERSON_KINDS = frozenset({"person", "official"})
# The kinds whose named speaker is keyed by surname: a titled journalist is a named person too.
_KEYED_KINDS = NAMED_PERSON_KINDS | {"media"}
# Sources that can speak for a named person's organisation: a ministry, its statement, the press.
_BODY_KINDS = frozenset({"official", "document", "media"})
# Sources a body's voice may be retold as: the body, or its statement.
_VOICED_KINDS = frozenset({"official", "document"})
# Bodies of members or staff, named after whom they serve: "police" in "the Police Federation", "army" in "the army
# veterans' association" or "hospital" in "a hospital campaign group" names another body than the police, the army or
# the hospital.
_MEMBERS_BODIES = frozenset("""federation association union confederation league society campaign group guild
alliance coalition lobby charity""".split())
# The longest one-word voice read as a name's initials ("mod", "nypd"): a longer word is a name of its own.
_INITIALISM_LETTERS = 5
# The two-letter initialisms read as a name's: two letters are the initials of too many names in one story ("CP" of
# the Conservative Party and of the Communist Party), and only these few bodies go by two letters alone.
_TWO_LETTER_INITIALISMS = frozenset({"eu", "un"})
# A document source's own noun, which names no body: "a hospital statement" is the hospital's voice.
_DOCUMENT_NOUNS = frozenset({"statement", "statements", "reports", "memo", "memos"})
# All-capital role abbreviations, read as the head noun of the role they stand for. A closed list, not
# "any capitals": "KCR" and "AOC" are people's names.
_ROLE_ABBREVIATIONS = {"pm": "minister", "fm": "minister", "ceo": "executive", "cfo": "officer",
                       "coo": "officer", "cto": "officer", "mp": "mp", "mep": "mep", "vp": "president"}
# ... and the portfolio or rank the abbreviation also says (``newsradar.roles``): "PM" is the prime minister, "VP" the
# vice president.
_ABBREVIATED_POSTS = {"pm": "prime", "vp": "vice"}
# Head nouns that name one role (``title_head`` has folded their plurals and abbreviations): a named spokeswoman is
# "a spokesperson for" her body, a union's leader its "chief", a congressman "the lawmaker".
_ROLE_SYNONYMS = {"spokeswoman": "spokesman", "spokesperson": "spokesman", "head": "chief", "leader": "chief",
                  "boss": "chief", "chair": "chief", "chairman": "chief", "chairwoman": "chief", "chairperson": "chief",
                  "legislator": "lawmaker", "congressman": "lawmaker", "congresswoman": "lawmaker",
                  "congressmember": "lawmaker", "rep": "lawmaker",
                  "senator": "lawmaker", "mp": "lawmaker", "mep": "lawmaker", "fireman": "firefighter"}
# Roles that speak for a body rather than hold a post of their own: the voice titles as ``role_head`` reads them.
# Not a "chief" (leader, chairman, head, boss): a leader's own view, or one against the body's, retold as the
# body's split more probe pairs than it joined (19 / 5 on review of df56ee9).
_VOICE_ROLES = frozenset(_ROLE_SYNONYMS.get(title, title) for title in VOICE_TITLES)
# An attorney holds a post only as a prosecutor: "the district attorney" is "the prosecutor" another outlet
# names; "the family's attorney" speaks for a client.
_PROSECUTOR_TITLES = ((re.compile(r"\battorneys?[- ]generals?$"), "attorney general"),
                      (re.compile(r"\b(?:district|state|state's|county|u\.?s\.?|crown)\s+attorneys?$"), "prosecutor"))
# Roles said as a body: "Police said" is no person called Police.
_COLLECTIVE_ROLES = frozenset({"police"})
# The words that start a role's qualifier.
_QUALIFIER_STARTS = ("at", "of", "for", "in", "from", "on", "with", "who", "which", "that")
_ROLE_END = re.compile(r"\s(?:" + "|".join(_QUALIFIER_STARTS) + r")\s|,")
# Where a body's name ends: "of" goes on naming it ("the Ministry of Defence", "the Bank of England").
_ROLE_END_BUT_OF = re.compile(r"\s(?:" + "|".join(w for w in _QUALIFIER_STARTS if w != "of") + r")\s|,")


def unqualified(phrase: str, keep_of: bool = False) -> str:
    """A role phrase up to where its qualifier starts: "a firefighter" of "a firefighter at the scene",
    "Speaker" of "Speaker of the House"; with ``keep_of``, a body's name goes on past "of" ("the Ministry of
    Defence")."""
    return (_ROLE_END_BUT_OF if keep_of else _ROLE_END).split(f" {phrase} ", maxsplit=1)[0]


@lru_cache(maxsize=100_000)   # a word's stem depends on the word alone; a batch's claims repeat their words
def stem(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s").strip("'.")
    lemmas = _lemma_candidates(word)
    canonical = next((_CANONICAL[lemma] for lemma in lemmas if lemma in _CANONICAL), None)
    if canonical:
        return canonical
    # The suffix cut runs on a lemma, not the word: cut from the word, "vaccines" was "vaccin" beside
    # "vaccine" and "ignored" was "ignor" beside "ignore", one word read as two.
    word = _lemma_of(word, lemmas)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _lemma_of(word: str, lemmas: tuple[str, ...]) -> str:
    """The one lemma ``stem`` reads ``word`` as. A regular word's longest: an ending drops a silent "e", so the
    shorter reading is the rules' look-alike ("rates" is no "rat" + "es", "planes" no "plan", "hoping" no "hop",
    which writes "hopping"). An irregular word's shortest, as WordNet's exceptions read it ("put" of "putting",
    whose "-ing" rule also reads "putt"). The word itself only when the tables give no other lemma: kept,
    "sold" was no "sell", "met" no "meet", "grew" no "grow". Without the tables the suffix rules' readings are
    unvetted, and the longest is the look-alike ("viruses" as "viruse", "buses" as "buse"): the shortest, as before."""
    others = [lemma for lemma in lemmas if lemma != word]
    # A bare "-ss" word the tables read as itself is that word, as its past and plural are read ("passed",
    # "passes"): its other reading is a plural of "-s" ("pass" as "pa"s, "boss" as "bo"s), and taken, "refused to
    # pass the budget" never met "passed the budget".
    if not others or word.endswith("ss") and word in lemmas[1:]:
        return word
    lemmatiser = get_lemmatiser()
    if not lemmatiser.has_tables or lemmatiser.is_irregular(word):
        return min(others, key=len)
    return max((lemma for lemma in others if not _look_alike_e(word, lemma, lemmas)), key=len)


def _look_alike_e(word: str, lemma: str, lemmas: tuple[str, ...]) -> bool:
    """A reading that restores an "e" the other reading of ``word`` lacks, where that other reading is as likely
    or likelier: after a hiss or an "o" English writes "-es" whole ("crosses" is no "crosse", "marches" no
    "marche", "does" no "doe"), and only a bare verb of one short vowel and one consonant doubles it before
    "-ed" and "-ing" ("hoped" is no "hop", which writes "hopped"), so "routed", "singed" and "singing" may be
    either, and keep the shorter reading, as before."""
    bare = lemma[:-1]
    if not lemma.endswith("e") or bare not in lemmas:
        return False
    if word.endswith("es"):
        return bare.endswith(("ss", "ch", "x", "o"))
    return word.endswith(("ed", "ing")) and not _DOUBLING_VERB.search(bare)


@lru_cache(maxsize=None)     # each list is a module constant: a handful of keys
def _stems(words: frozenset[str]) -> frozenset[str]:
    """A word list stemmed as ``terms`` holds it: a plural as its noun ("results"), "backed" as back, "number" as
    numb."""
    return frozenset(stem(w) for w in words)


@lru_cache(maxsize=100_000)
def _lemma_candidates(word: str) -> tuple[str, ...]:
    return (word, *get_lemmatiser().candidates(word))


def content_terms(text: str) -> frozenset[str]:
    # "Erdoğan" and "Erdogan", "São Paulo" and "Sao Paulo": outlets drop accents, and kept, an accented letter ended
    # a word ("s" + "o paulo").
    return _terms(unaccented_text(text.lower().replace("’", "'")))


def _terms(text: str) -> frozenset[str]:
    """``content_terms`` of a text already lower-cased, with straight apostrophes and no accents."""
    ages = {_AGE_TERM + m.group(1) for m in _AGE.finditer(text)}
    text = modals_folded(_CLOSE_TO.sub(" ", _AGE.sub(" ", text)))
    # Direct speech contracts what reported speech spells out: "we're", "he'll", "that's" are the
    # stop words "we", "he", "that", and kept whole they were terms only the quote had.
    words = (_CLITIC.sub("", w) for w in _WORD.findall(text))
    return frozenset(stem(w) for w in words if w not in _STOP and w not in _FIGURE_WORDS and len(w) > 2) | ages


def entity_keys(names: list[str]) -> frozenset[str]:
    folded = (unaccented_text(n.lower().strip()) for n in names)
    return frozenset(_METONYMS.get(n, n) for n in folded if n)


# A Korean given name is romanised as two syllables joined by a hyphen ("Sang-min", "Suk-yeol") and
# follows the surname: "Interior Minister Lee Sang-min" is "Lee" in the next paragraph.
_GIVEN_SYLLABLES = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


# A letter of any script: read as Latin letters only, a surname was cut where one had no plain form ("Groß" and
# "Große" both "gro", "Yıldırım" and "Yıldız" both "ld").
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])+")


def _surname(name: str) -> str:
    # Unaccented: "Gómez" read letter by letter was "mez", never the "Gomez" of an outlet that drops accents, and
    # "Martínez" and "Jiménez" were both "nez".
    words = _NAME_WORD.findall(unaccented_text(name))
    if len(words) >= 2 and _GIVEN_SYLLABLES.match(words[-1]):
        return words[-2].lower()
    return words[-1].lower() if words else ""


def _marked(terms: frozenset[str], prefix: str) -> frozenset[str]:
    """What the terms marked with ``prefix`` carry, the mark taken off."""
    return frozenset(t.removeprefix(prefix) for t in terms if t.startswith(prefix))


@dataclass(frozen=True)
class ClaimSignature:
    """What matching reads of a claim; stored with its cluster so later claims compare without spaCy."""

    terms: frozenset[str]
    entities: frozenset[str]
    numbers: tuple[tuple[str, float], ...]
    speaker_kind: str
    speaker_key: str = ""                      # a named person's surname; "" for every other source
    story_id: str | None = None
    negated: bool = False                      # a denial or a negation: never one claim with its affirmation
    speaker_role: str = ""                     # a person's role head noun: "minister"; "" when none is named
    speaker_org: str = ""                      # whose role it is: "taliban"; "" when none is named
    speaker_body: str = ""                     # a named body speaking for itself: "samsung sdi"
    speaker_owner: str = ""                    # whose an unnamed role is: "his", "victim"; never its org
    speaker_party: str = ""                    # whose side an unnamed source is: "private", "institution" (``_party``)
    # What each of ``numbers`` measures (``Number.measures``), in their order, "" where unread; () when none is read.
    measures: tuple[str, ...] = ()
    # A condition, a question, a forecast or a plain future (``newsradar.modality``); "" when plain.
    modality: str = ""
    # Whose voice a named spokesperson's title names ("defence ministry"), or a body speaking for itself ("the
    # drivers union"), in its own words, unfolded: read only through ``voice_words`` (by ``_voice_of``), never by the
    # org joins.
    speaker_voice: str = ""

    @property
    def digest(self) -> str:
        """Changes when anything matching reads changes: an updated claim is placed again."""
        # The polarity joins only when set, so the digests of claims stored before it existed still hold;
        # an owner is set only when no org is and was stored as the org before, so it takes the org's place.
        # A modality joins only when not plain, and a plain future (will, would, could, may, might, is to, plans
        # to) is one: matching tells it from a past or present (a condition joins the one, not the other), so
        # the digest of every such claim changes with it, as well as a condition's, a question's and a forecast's.
        body = repr((sorted(self.terms), sorted(self.entities), self.numbers, self.speaker_kind,
                     self.speaker_key, self.story_id) + (("negated",) if self.negated else ())
                    + ((self.speaker_role, self.speaker_org or self.speaker_owner) if self.speaker_role else ())
                    + (("body", self.speaker_body) if self.speaker_body else ())
                    + (("party", self.speaker_party) if self.speaker_party else ())
                    + (("measures", self.measures) if self.measures else ())
                    + (("modality", self.modality) if self.modality else ())
                    + (("voice", self.speaker_voice) if self.speaker_voice else ()))
        return hashlib.sha256(body.encode()).hexdigest()[:24]

    @cached_property
    def figure_measures(self) -> tuple[str, ...]:
        """Each figure's measure, "" for each when none was read (a claim stored before schema 5)."""
        return self.measures if len(self.measures) == len(self.numbers) else ("",) * len(self.numbers)

    @cached_property
    def may_update(self) -> bool:
        """A figure is measured by a move or a level reached: only such a claim can be a count's update. Kept, as
        ``place`` asks it of every candidate offered."""
        return any(updates(m) for m in self.figure_measures)

    @cached_property
    def words(self) -> frozenset[str]:
        """The terms similarity compares: every term but the ages (``ages``), the refusals (``refused``), the
        predicates' marks (``_predicate_negations``) and the reactions' (``reactions``, ``reactors``, ``reacted``)."""
        return frozenset(t for t in self.terms if not t.startswith(_MARKED_PREFIXES))

    @cached_property
    def ages(self) -> frozenset[str]:
        """The ages the content gives the people it is about ("a 19-year-old man"), as ``age:`` terms."""
        return frozenset(t for t in self.terms if t.startswith(_AGE_TERM))

    @cached_property
    def speaker_terms(self) -> frozenset[str]:
        """The speaker's surname, body, voice and role read as ``terms`` reads words (stop words dropped), as the
        reactors are: read with "of" kept, "the Ministry of Foreign Affairs" and "the Bank of England" would be one
        voice. Cached, as ``_retold_by_reactor`` asks it of both claims of every pair."""
        fields = (self.speaker_key, self.speaker_body, self.speaker_voice, self.speaker_role)
        return frozenset().union(*(content_terms(field) for field in fields))

    @cached_property
    def post_words(self) -> frozenset[tuple[frozenset[str], frozenset[str]]]:
        """The portfolio and the rank of each post the source holds (``_post_terms``): ({"foreign"}, {"deputy"}) of
        "the deputy foreign minister", two posts of "Deputy Prime Minister and Foreign Minister Ishaq Dar", one post
        of neither for a bare "the minister"; none for a source that holds no post, nor for a claim stored before
        posts were marked."""
        posts = (frozenset(post.split(_POST_JOIN)) - {""} for post in _marked(self.terms, _POST_TERM))
        return frozenset((words - RANK_WORDS, words & RANK_WORDS) for words in posts)

    @cached_property
    def platforms(self) -> frozenset[str]:
        """The platforms a post's cited source names: "telegram" of "a Telegram channel"; none for any other source."""
        return _marked(self.terms, _PLATFORM_TERM)

    @cached_property
    def reactions(self) -> frozenset[str]:
        """The kinds of reaction of the main clause (``_reactions``): "thank", "congratulate", "welcome"."""
        return _marked(self.terms, _REACTION_TERM)

    @cached_property
    def reactors(self) -> frozenset[str]:
        """The stemmed words of who reacts in the main clause (``_reactions``): "bma" of "the BMA welcomed ..."."""
        return _marked(self.terms, _REACTOR_TERM)

    @cached_property
    def reacted(self) -> frozenset[str]:
        """The words of what the main clause's reactions take (``_reactions``): "qatar" of "thanked Qatar for ..."."""
        return _marked(self.terms, _REACTED_TERM)

    @cached_property
    def refusals(self) -> frozenset[str]:
        """What the claim's main clause refuses (``_refusals``): an act's stem, or a kind's mark alone and before
        each word of a thing; "!" if the refusal is denied, "#" if it is a bar."""
        return _marked(self.terms, _REFUSAL_TERM)

    @cached_property
    def refused_acts(self) -> frozenset[str]:
        """The stems of the acts the main clause refuses: "sign" of "refused to sign the bill"."""
        return frozenset(r for r in self.refusals if r[:1] not in _THING_MARKS and r not in _LONE_MARKS)

    @cached_property
    def refused_things(self) -> frozenset[str]:
        """The stems of the thing a verb that names no act refuses: "tv", "debate" of "skipped the TV debate"."""
        return frozenset(r[1:] for r in self.refusals if r[:1] in _THING_MARKS and len(r) > 1)

    @cached_property
    def refused_thing_kinds(self) -> frozenset[str]:
        """The marks of the thing refusals' kinds: ``_RULED_OUT_MARK``, ``_SKIPPED_MARK``."""
        return frozenset(r[0] for r in self.refusals if r[:1] in _THING_MARKS)

    @cached_property
    def name_terms(self) -> frozenset[str]:
        """The terms of the content that are words of its names: the topic, counted once, as entities."""
        return frozenset().union(*(content_terms(e) for e in self.entities if not e.startswith("#")))

    @cached_property
    def entity_forms(self) -> frozenset:
        """The entities as similarity compares them: the last word of a name of two words or more cut to its
        term, so one name in two inflections is one ("Canary Island", "Canary Islands"); a number kept
        ("Windows 10" is not "Windows 11"); a one-word name as it is, since a surname's plural is another
        surname ("Williams", "William"); a figure ("#14") as it is."""
        return frozenset(_inflection_folded(e) for e in self.entities)

    @cached_property
    def names_only(self) -> bool:
        """Every word of the content is a word of its names ("It's all about CNN"): a topic, no statement."""
        return self.words <= self.name_terms

    @cached_property
    def verbs(self) -> frozenset[str]:
        """The terms that can only be verbs (``Lemmatiser.verb_only``), read once per claim: pairs ask it."""
        lemmatiser = get_lemmatiser()
        return frozenset(t for t in self.words if lemmatiser.verb_only(t))

    @cached_property
    def prefix_negated(self) -> frozenset[str]:
        """The adjectives the claim's predicate negates by a prefix: "acceptable" of "is unacceptable"."""
        return _marked(self.terms, _PREFIXED_TERM)

    @cached_property
    def not_predicated(self) -> frozenset[str]:
        """The adjectives the claim's predicate negates with a "not": "acceptable" of "is not acceptable"."""
        return _marked(self.terms, _NOT_TERM)

    @cached_property
    def sharpest_figure(self) -> float:
        """How sharply the claim's figures can identify it (``_sharpness``), read once per claim.

        ``same_claim`` asks it of both claims of every same-story pair; a claim meets many pairs.
        """
        return _sharpest(self.numbers)

    @cached_property
    def _voice_tokens(self) -> tuple[str, ...]:
        """``speaker_voice``'s words, its ’ read as ': split once for ``voice_side``, ``voice_words``,
        ``voice_initials`` and ``voice_initialism`` (``_WORD`` takes both apostrophes alike, and ``stem`` folds ’)."""
        return tuple(_WORD.findall(self.speaker_voice.replace("’", "'")))

    @cached_property
    def _sideless_tokens(self) -> tuple[str, ...]:
        """``_voice_tokens`` without the side's words when ``voice_side`` names one."""
        return self._voice_tokens[self._side[1]:]

    @cached_property
    def voice_side(self) -> str:
        """The country ``speaker_voice``'s name opens with, folded (``_METONYMS``, ``_DEMONYMS``; one word or two,
        ``_side``): "russia" of "Russia's defence ministry", of "the Russian defence ministry" and of "Moscow's"; ""
        of "the defence ministry", of "the Kremlin" (a name of one word is the body itself, not its side) and of any
        other possessor or qualifier: "Tesla's board" is "the carmaker's board", "Zelensky's office" "Ukraine's
        presidential office". Only the folded names are read as sides: the claim keeps its entities' names, not
        their labels, so "Emirati" is no side, and its body joins only a title that names it whole (``_voice_of``)."""
        return self._side[0]

    @cached_property
    def _side(self) -> tuple[str, int]:
        """``voice_side`` and how many of ``_voice_tokens`` name it: two for "the South Korean military" and "North
        Korea's army", which a side of one word would read as no side."""
        words = self._voice_tokens
        for size in (2, 1):
            if len(words) > size:
                name = " ".join(words[:size]).removesuffix("'s")
                side = _SIDE_OF.get(name, "")
                if side:
                    return side, size
        return "", 0

    @cached_property
    def voice_words(self) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
        """``speaker_voice``'s words stemmed, in order, read once per claim (``_voice_of`` asks it of many pairs):
        the name's forms (``_name_forms``), and those of the name without its side ("defence ministry" of "the
        Russian defence ministry"; none when it names no side), which ``_voice_of`` compares apart."""
        words = [stem(w) for w in self._voice_tokens]
        return _name_forms(words), (_name_forms(words[self._side[1]:]) if self.voice_side else ())

    @cached_property
    def voice_initials(self) -> frozenset[str]:
        """The initials of ``speaker_voice``'s name of two words or more, without its side, with its "of" and
        "and" ("mod" of "the Ministry of Defence", "fbi" of "the Federal Bureau of Investigation") and, when three
        words or more are left, without them ("sec" of "the Securities and Exchange Commission"): "md" of a name of
        two would be the initials of many names.

        Stricter than ``_abbreviates`` on purpose, so the two are not to be merged: that one only keeps two named
        bodies from being told apart (``_bodies_differ``), so any prefix of each word may spell the short name ("lges"
        of "lg energy solution"); this one makes a voice a body's (``_voice_of``), so it takes first letters only,
        with "of" and "and" as above, and ``voice_initialism`` lets two letters match only for "eu" and "un"
        (``_TWO_LETTER_INITIALISMS``)."""
        words = self._sideless_tokens
        joined = [w for w in words if w not in ("of", "and")]
        if len(joined) < 2:
            return frozenset()
        initials = {"".join(w[0] for w in words)}
        return frozenset(initials | {"".join(w[0] for w in joined)} if len(joined) > 2 else initials)

    @cached_property
    def voice_initialism(self) -> str:
        """``speaker_voice`` when it is one word that may be a name's initials ("mod", "fbi", "un"), "" otherwise."""
        words = [w.removesuffix("'s") for w in self._voice_tokens]
        if len(words) != 1 or len(words[0]) > _INITIALISM_LETTERS:
            return ""
        return words[0] if len(words[0]) > 2 or words[0] in _TWO_LETTER_INITIALISMS else ""


def _name_forms(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """A body's name as outlets retell it: the whole name, its "X of Y" read as "Y X" ("the Ministry of Defence",
    "the defence ministry"), and the words before its "of" ("the US Army Corps of Engineers" is the "Army Corps");
    the whole name alone when it has no "of"."""
    if "of" not in words:
        return (tuple(words),)
    at = words.index("of")
    head, modifier = words[:at], [w for w in words[at + 1:] if w != "of"]
    return tuple(head[:-1] + modifier + head[-1:]), tuple(head)


def _inflection_folded(entity: str) -> str:
    *first, last = entity.split()
    return " ".join([*first, stem(last)]) if first and last.isalpha() else entity


def role_head(phrase: str) -> str:
    """The head noun of a role phrase: "a firefighter at the scene" -> firefighter, "PM" -> minister."""
    # A title before a name ends in its role, and its "of" names the body: "Ministry of Defence spokesman" is a
    # spokesman, where "Speaker of the House" is a speaker.
    whole = unqualified(phrase.lower(), keep_of=True).strip()
    spokesman = title_head(whole) in VOICE_TITLES
    role = whole if spokesman or "of" not in whole else unqualified(whole).strip()
    title = next((name for pattern, name in _PROSECUTOR_TITLES if pattern.search(role)), None)
    if title:
        return title
    words = re.findall(r"[a-z][a-z&.'’-]*", role)
    if not words:
        return ""
    head = title_head(" ".join(words))
    head = _ROLE_ABBREVIATIONS.get(head) or head
    return _ROLE_SYNONYMS.get(head) or stem(head)


@lru_cache(maxsize=1)
def _office_roles() -> frozenset[str]:
    """The role nouns that name a post (``OFFICE_NOUNS``), as ``role_head`` reads them ("leader" -> chief).

    Built on first use: the stems need the lemma tables, which importing this module does not load.
    """
    return frozenset(role_head(noun) for noun in OFFICE_NOUNS)


def signature(claim: Claim, story_id: str | None = None) -> ClaimSignature:
    kind = claim.source_kind or "author"
    key = role = ""
    posts = frozenset()
    # A journalist named as the speaker ("New York Times reporter Maggie Haberman", read as `media`) is a person too:
    # unkeyed, "Haberman said" of the next paragraph was another source.
    if kind in _KEYED_KINDS and claim.speaker_type in ("PERSON", "PRONOUN"):
        name = claim.speaker_resolved or (claim.speaker if claim.speaker_type == "PERSON" else "")
        # A name is capitalised throughout: "Jim Banks" is someone; "a State Department spokesman" and
        # "Member of Israel's War Cabinet" are roles, whose last word is no surname.
        if name and all(w[:1].isupper() for w in name.split()) and not _capitalised_post(name):
            key = _surname(name)
        title = _role_words(claim.speaker or "", name if key else "")
        role = role_head(claim.speaker_role or title)
        posts = _post_terms((title, claim.speaker_role or ""), role)
        # Only a title ("anchor", "correspondent") makes a media name a journalist's: the model tags outlets
        # as people too, and "Al Jazeera reported" keyed as "jazeera" was another source than "Newsmax".
        if kind == "media" and not role:
            key = ""
        # "Police said", "Doctors said" opening a sentence are the role "police said" after the claim is,
        # not a person called Police: a plural or a collective is no surname. "King said" stays Angus King.
        # "Relatives said" gets no role from the extractor, but a word the lemma tables know only as a
        # common noun's plural, resolved to no one the article names, is no surname either ("Peters",
        # resolved, and "Woods", a noun as written, stay people).
        if key and len(name.split()) == 1 \
                and (role_head(name) == role and (name.lower() != role or role in _COLLECTIVE_ROLES)
                     or not claim.speaker_role and not claim.speaker_resolved and _plural_only(name)):
            key = ""
    # Only the content's own figures: "a TikTok video viewed two million times claimed ..." counts
    # the video's views, which no retelling of the claim repeats.
    stated = [n for n in claim.numbers if claim.content_span.start <= n.start and n.end <= claim.content_span.end]
    read = sorted((n.unit or "", n.value, n.measures or "") for n in stated)
    numbers = tuple((unit, value) for unit, value, _ in read)
    measures = tuple(m for _, _, m in read) if any(m for _, _, m in read) else ()
    # A figure is matched like a name: "14 people" and "Fourteen people" share it.
    figures = {f"#{n.value:.2g}" for n in stated}
    org = _body_key(claim.speaker_org or "") if role else ""
    # Whose voice a named spokesperson is, from the title ("Defence ministry spokesman Adel Nouri", "the Kremlin's
    # spokesman, Dmitry Peskov": an org read from it is folded, "russia", and no voice of the Kremlin alone), and
    # which body speaks for itself ("the drivers' union"): ``_voice_of`` compares them.
    voice = ""
    if key and role in _VOICE_ROLES:
        voice = _voiced_body(_role_words(claim.speaker if claim.speaker_type == "PERSON" else "", name))
    elif not key and not role and kind in _VOICED_KINDS:
        voice = _voiced_body(claim.speaker or "", kind == "document")
    # "his", "the victim's": who the role is kept for, never an organisation another outlet names.
    owner = _possessor(claim.speaker or "") if role and not key and not org else ""
    # A "no" that frames a figure states the figure: "no patient will wait more than 18 weeks" is the
    # 18-week target, "260,000 customers had no electricity" the outage's size. A denial of a figure
    # negates its verb or is cued as one ("denied that 5,000 ballots ..."), which ``claim.negated`` reads.
    framed_figure = _sharpest(numbers) >= MatchParams().distinctive_figure
    body = _body_name(claim, kind)
    negating_word = not framed_figure and not _NEGATING_WORDS.isdisjoint(_WORD.findall(claim.content.lower()))
    negated = (claim.negated or negating_word or bool(_DEFERRAL.search(claim.content.lower()))
               ) and not _negated_only_in_side_clauses(claim.content)
    # the content lower-cased and unaccented once, not once for each reading of its words
    said = claim.content.lower().replace("’", "'")
    plain = unaccented_text(said)
    terms = _terms(plain) | _refusals(plain) | _unable(said) | _predicate_negations(plain) | _reactions(plain) \
        | ({_PLATFORM_TERM + p for p in platforms_named(claim.cited_source or "")} if kind == "social" else set()) \
        | posts
    return ClaimSignature(terms, entity_keys(claim.entities) | figures, numbers, kind, key,
                          story_id, negated, role, org, body, owner, "" if key else _party(claim, kind, body), measures,
                          modality(claim), voice)


def _capitalised_post(name: str) -> bool:
    """Whether a capitalised speaker is a post in a house style that capitalises posts ("The Finance Minister", "Deputy
    Mayor"): two words or more, every one but a leading "the" a role, portfolio or rank word, and either a leading
    "the" or a portfolio or rank word among them. Keyed as a name, its head noun was the surname, and two capitalised
    posts of one head ("The Finance Minister", "The Foreign Minister") were one person. A name of role words alone
    stays a person ("Bishop King": "bishop" is no title the resolver strips, and as a post it joined any bishop), and
    so does one word alone ("King said" is Angus King)."""
    words = name.lower().split()
    post = words[1:] if words[0] == "the" else words
    return (len(words) > 1 and all(w in ROLE_NOUNS or w in PORTFOLIO_WORDS or w in RANK_WORDS for w in post)
            and (post is not words or any(w in PORTFOLIO_WORDS or w in RANK_WORDS for w in post)))


def _post_terms(phrases: tuple[str, ...], head: str) -> frozenset[str]:
    """The ``_POST_TERM`` terms of a post: the words of its phrases (the title and the extractor's role, as the role
    head is read from either) that are a portfolio or a rank (``newsradar.roles``), "of" and what follows kept ("the
    Minister of Health"); an owner's possessive is no portfolio ("the state's works commissioner" is a works
    commissioner). A title joined by "and" holds each of its posts ("Deputy Prime Minister and Foreign Minister"),
    and a phrase that says less than another is that other's post. Every post held by one person has a term, one of
    no words too, so a claim stored before posts were marked is told from a post of no rank (``post_words``); only
    such a post has them (``_office_roles``): "health officials" and "police officials" may be one source."""
    if head not in _office_roles() or head == "official":
        return frozenset()
    plain = (_PORTFOLIO_FOR.sub(r"\1 of", unaccented_text(phrase.lower()).replace("’", "'")) for phrase in phrases)
    posts = {_post_words(part) for phrase in plain for part in phrase.split(" and ")}
    return frozenset(_POST_TERM + _POST_JOIN.join(sorted(words)) for words in posts
                     if not any(words < other for other in posts))


# "the Secretary of State for Health" is the health secretary, and so is "the secretary for health": "for" names the
# portfolio as "of" does, and "of state" names none when "for" follows it.
_PORTFOLIO_FOR = re.compile(r"\b(secretary|minister) (?:of state )?for\b")


def _post_words(phrase: str) -> frozenset[str]:
    """The portfolio and rank words of one post's phrase, abbreviations and spellings folded ("PM" is "prime")."""
    words = (_ABBREVIATED_POSTS.get(w, w) for w in _WORD.findall(unqualified(phrase, keep_of=True)))
    return frozenset(POST_SPELLINGS.get(w, w) for w in words if w in PORTFOLIO_WORDS or w in RANK_WORDS)


# Heads that may be anyone's voice: "a spokesman", "sources", "people familiar with the talks", a leader (of a
# union as of a government), and bodies of either side ("rights groups" speak as activists do, "a business group"
# as the company).
_ANYONE = frozenset({"spokesman", "source", "person", "people", "insider", "someone", "group", "organisation",
                     "organization", "association", "coalition", "alliance", "network", "leader"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "some", "several", "many", "other"})
# "a lawyer for the family": the client after "for", read as "the family's lawyer" is.
_CLIENT = re.compile(r"\bfor (?:the |a |an )?([a-z-]+)")


def _party(claim: Claim, kind: str, body: str) -> str:
    """Whose side an unnamed source speaks for: "private" (``PRIVATE_NOUNS``: "residents", "the union", "the
    victim's sister"), "institution" for an office, a service or a named body, "" when the phrase may be anyone's
    or no one the tables know ("a spokesman", "a 45-year-old man", a pronoun).

    Only the head noun and an 's possessor decide, never a modifier: "local police", "the parent company", "a
    family court judge" and "the European Union" are institutions. A lawyer speaks for the client ("the
    family's lawyer", "a lawyer for the union"), "lawyers" for no one named for a defence; one for anyone else
    ("lawyers for the company") could speak for either side. Officials are whose the noun before them says, as an
    's would: "union officials" are the union's. Workers are private only bare: "rescue workers" are a service.
    """
    speaker = (claim.speaker or "").lower().replace("’", "'")
    phrase = unqualified(speaker).strip()
    if kind not in ("official", "person", "anonymous") or not phrase:
        return ""
    named = [w for w in (claim.speaker or "").split() if w.lower() not in ("the", "a", "an")]
    # "Neighbours" opening a sentence is capitalised and may be read as a body, but a private noun alone names no one.
    if (body or claim.speaker_type in ("ORG", "GPE") and named and all(w[:1].isupper() for w in named)) \
            and not (len(named) == 1 and _private(named[0].lower())):
        return "institution"
    words = re.findall(r"[a-z][a-z'-]*", phrase)
    head = role_head(phrase)
    if head in ("prosecutor", "attorney general"):
        return "institution"
    if head == "lawyer":
        client = _CLIENT.search(speaker)
        owner = client.group(1) if client else _possessor(phrase)
        return "private" if not owner or owner in ("his", "her", "their") or _private(owner) else ""
    noun = _private(words[-1])
    if noun and not (noun in ("worker", "employee") and [w for w in words if w not in _DETERMINERS][:-1]) \
            or _private(_possessor(phrase)) or head == "official" and len(words) > 1 and _private(words[-2]):
        return "private"
    if head in _ANYONE or not head:
        return ""
    if head in _institution_heads() or claim.speaker_type in ("ORG", "GPE") and kind == "official":
        return "institution"
    return ""


def _private(word: str) -> str:
    """The lemma of a private party's noun ("neighbours" -> neighbour), "" for any other word."""
    return next((lemma for lemma in _lemma_candidates(word.strip("'")) if lemma in PRIVATE_NOUNS), "")


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    """The role and service nouns (``ROLE_NOUNS``, ``SERVICE_NOUNS``) as ``role_head`` reads them, less the
    private parties among them ("analyst", "economist")."""
    return frozenset(role_head(noun) for noun in ROLE_NOUNS | SERVICE_NOUNS if noun not in PRIVATE_NOUNS)


@lru_cache(maxsize=1)
def _cause_terms() -> dict[str, frozenset[str]]:
    """``_CAUSES`` by term, as ``content_terms`` reads the words ("floods" -> flood)."""
    return {stem(word): frozenset(families) for word, families in _CAUSES.items()}


def _possessor(phrase: str) -> str:
    """Whose an unnamed role is, as its phrase says: "his lawyer" -> his, "the victim's lawyer" -> victim."""
    m = _POSSESSOR.match(phrase.lower().replace("’", "'"))
    return m.group(1) if m else ""


def _body_name(claim: Claim, kind: str) -> str:
    """The name of an office or company that speaks for itself ("Samsung SDI said"); "" for any other source.

    A speaker phrase that is a name throughout, or a described body ("the battery maker") whose claim
    opens with the name it was resolved to ("LGES wants to triple annual sales"): the body is the
    claim's own subject. Resolved alone, "the company" or "the state fire agency" is often resolved to
    the wrong name nearby ("the company" to the product it makes, "RSV").
    """
    name = claim.speaker or ""
    if kind != "official" or claim.speaker_type not in ("ORG", "GPE") or not name:
        return ""
    if not all(w[:1].isupper() for w in name.split()):
        resolved = next(iter(entity_keys([claim.speaker_resolved or ""])), "")
        # the whole name, not its first letters: "LG" resolved is not the "LGES" the claim opens with
        return resolved if resolved and re.match(re.escape(resolved) + r"\b", claim.content.lower()) else ""
    return _body_key(name)


# "The Kremlin said" opens a sentence capitalised, "said the Kremlin" does not: kept, the article made
# "the kremlin" a body other than "kremlin", and neither was folded into the country it speaks for.
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _body_key(name: str) -> str:
    """A body's name as matching compares it: without a leading "the", folded as an entity is ("Kremlin" -> russia)."""
    return next(iter(entity_keys([_LEADING_THE.sub("", name.strip())])), "")


def _abbreviates(short: str, words: list[str]) -> bool:
    """``short`` is a prefix of each word in turn: "lges" of "lg energy solution", "ema" of the medicines agency."""
    # Word by word, the letter positions the words so far can end at: tried split by split, "a" * 55 against
    # twenty "aa" and a "bank" took seconds, as each way of spending the letters reached the same rest again.
    ends = {0}
    for word in words:
        reached = set()
        for i in ends:
            for n in range(1, min(len(word), len(short) - i) + 1):
                if not short.startswith(word[:n], i):
                    break  # no longer prefix of the word matches where this one does not
                reached.add(i + n)
        if not reached:
            return False
        ends = reached
    return len(short) in ends


def _bodies_differ(a: str, b: str) -> bool:
    """Two named bodies share no word of their names and neither is the other's initials."""
    wa, wb = ([w for w in _WORD.findall(name) if w not in _STOP] for name in (a, b))
    if not wa or not wb or not set(wa).isdisjoint(wb):
        return False
    return not (_abbreviates("".join(wa), wb) or _abbreviates("".join(wb), wa))


def _voiced_body(phrase: str, document: bool = False) -> str:
    """The words of a speaker phrase that name a body: "defence ministry" of the title "Defence ministry spokesman",
    "drivers union" of "the drivers' union", "hospital" of the document "a hospital statement"; "" when none do.
    Its accents are dropped as an entity's are, but no metonym is folded: "Kremlin" stays the Kremlin, not every
    Russian body."""
    # "of" is kept, as part of the name: "the Ministry of Defence" is no "ministry", "Bank of England spokesman" no
    # "bank" (``ClaimSignature.voice_words`` reads it)
    # unaccented, as the body's name is read (``_body_key``): "Élysée spokesman" and "the Elysee" name one body
    words = [w.strip("'’") for w in _WORD.findall(unqualified(unaccented_text(phrase.lower()), keep_of=True))
             if w == "of" or w not in _STOP]
    if words and role_head(words[-1]) in _VOICE_ROLES:
        words = words[:-1]
    if document:
        words = [w for w in words if w not in _DOCUMENT_NOUNS]
    return " ".join(words)


def _voice_of(voice: ClaimSignature, body: ClaimSignature) -> bool:
    """The whole name a voice's title gives is the voice (``_run_voice_of``) of one of the body's names
    (``voice_words``, with its side and without): "Ministry of Defence spokesman" and "the defence ministry", "Army
    Corps spokesman" and "the US Army Corps of Engineers", never "Bank of England spokesman" and "the Bank of
    Japan". Without its side the title must be one of the body's names, not run inside one: "Russian defence
    ministry spokesman" is the voice of "Russia's defence ministry" and of "the defence ministry", never of "the
    Israeli defence ministry", nor "British Airways" of "Qatar Airways". Two sides are never compared here:
    ``speakers_compatible`` has already kept them apart. An initialism is the name whose initials it gives ("MoD",
    "the Ministry of Defence")."""
    # "MoD spokesman" and "the Ministry of Defence", "the FBI" and a "Federal Bureau of Investigation spokesman"
    if voice.voice_initialism in body.voice_initials or body.voice_initialism in voice.voice_initials:
        return True
    (title, *_), sideless = voice.voice_words
    names = body.voice_words[0] + body.voice_words[1]
    return any(_run_voice_of(title, name) for name in names) or bool(sideless) and sideless[0] in names


def _sides_differ(a: ClaimSignature, b: ClaimSignature) -> bool:
    """Both voices name the side they speak for, and the sides differ ("Ukraine's", "the Russian")."""
    return bool(a.voice_side and b.voice_side) and a.voice_side != b.voice_side


def _run_voice_of(voice: tuple[str, ...], body: tuple[str, ...]) -> bool:
    """The words of the body a voice's title names are one unbroken run, in order, of the body's phrase, and no
    body of members or staff follows them: "foreign ministry" and "the Polish foreign ministry", "Labour" and "the
    Labour Party". One way only: a title that says more names another body ("police union spokesman" is not "the
    police"); never "army" and "the rebel group", "state department" and "the state health department", nor
    "police" and "the Police Federation" or "the police victims' support group"."""
    if not voice:
        return False
    n = len(voice)
    group, members_bodies = (stem("group"),), _stems(_MEMBERS_BODIES)
    for i in range(len(body) - n + 1):
        if body[i:i + n] == voice:
            rest = body[i + n:]
            # "the rebel group" is the rebels' own body; "the police victims' support group" is another's
            if rest[:1] == group:
                rest = rest[1:]
            if members_bodies.isdisjoint(rest):
                return True
    return False


def _negated_only_in_side_clauses(content: str) -> bool:
    """Every negation of the content (a "not", a "no", a question put off) sits in a condition or a relative
    clause: the claim is affirmative.

    "He will resign if it doesn't adopt a new plan" and "he'll quit unless there's a new war plan"
    are one threat; read as a denial, the first was never one claim with the second. A fronted
    condition ends at its comma: in "If elected, we will not raise taxes" the main clause is negated.
    "The vaccine was 77% effective, which no malaria vaccine has achieved before" affirms its figure.
    """
    found = False
    # a question put off negates where it stands, as a "not" there would
    for n, clause in enumerate(_CLAUSE_BREAK.split(_DEFERRAL.sub(" not ", content.lower().replace("’", "'")))):
        words = _WORD.findall(clause)
        aside = n > 0 and bool(words) and words[0] in RELATIVE_PRONOUNS
        for word in words:
            if word in _CONDITIONS:
                aside = True
            elif word in _NEGATING_WORDS or _negates(word):
                if not aside:
                    return False
                found = True
    return found


def _refusals(text: str) -> frozenset[str]:
    """The refusals of the content's main clause as ``_REFUSAL_TERM`` terms: "refuses:reach" of "the rocket failed
    to reach orbit", "refuses:" of "Lind ruled out tax rises". None in a condition or a relative clause ("drivers who
    fail to pay will be fined" states the fine), none of speech withheld ("declined to comment"), none of a figure
    ("exports declined to 2.1 billion", "shares declined to a two-year low") and none of a noun ("a skip"). The
    content is lower-cased, with straight apostrophes and no accents."""
    terms = set()
    for match in _REFUSAL.finditer(text):
        before = _main_clause_before(text, match.start())
        if before is None or before and before[-1] in _DETERMINERS \
                or match.group().split()[0].endswith("ing") and not (before and before[-1] in _PROGRESSIVE):
            continue
        if match.group("from") and before and before[-1] == _PURPOSE:
            continue
        act = match.group("act") or match.group("from")
        if act is None:
            mark = _RULED_OUT_MARK if match.group().startswith("rul") else _SKIPPED_MARK
            terms.update(_REFUSAL_TERM + mark + stem(w) for w in _refused_thing(text[match.end():]))
            terms.add(_REFUSAL_TERM + mark)
        elif act not in _WITHHELD_SPEECH and act not in _STOP and act not in _FIGURE_WORDS:
            terms.add(_REFUSAL_TERM + stem(act))
        else:
            continue
        if match.group("from"):
            terms.add(_REFUSAL_TERM + _BAR_MARK)
        if _denied(before):
            terms.add(_REFUSAL_TERM + _DENIED_MARK)
    return frozenset(terms)


def _main_clause_before(text: str, start: int) -> list[str] | None:
    """The words of the clause before ``start``, or None when that clause is a condition or a relative clause
    ("if talks fail", "drivers who fail to pay", "the rocket that failed to"): what it says is not stated."""
    before = _CLAUSE_BREAK.split(text[:start])[-1].split()
    relative = "that" in before \
        and _HAVE_DO_AND_MODALS.issuperset(before[len(before) - before[::-1].index("that"):])
    if relative or _CONDITIONS.intersection(before) or RELATIVE_PRONOUNS.intersection(before):
        return None
    return before


def _reactions(text: str) -> frozenset[str]:
    """A ``_REACTION_TERM`` of each kind the content's main clause thanks, congratulates or welcomes an act with
    ("welcomed the ceasefire and thanked Qatar"), with the reactor's stemmed words (``_REACTOR_TERM``, the subject's
    or the passive's "by" phrase) and the words of what it takes (``_REACTED_TERM``): not in a condition or a
    relative clause (``_main_clause_before``: "the mediators, who thanked Qatar, ...", "the group that had welcomed
    the plan"); a welcome neither an adjective after a determiner ("a welcome step") nor of guests or a figure: the
    head noun of what it takes (``_head``) is an act. The content is lower-cased, with straight apostrophes and no
    accents."""
    terms = set()
    for match in _REACTION.finditer(text):
        before = _main_clause_before(text, match.start())
        if before is None or text.startswith(_CAUSE, match.start()) \
                or not before and match.group() in REACTION_NOUNS:
            continue
        following = _WORD.findall(_CLAUSE_BREAK.split(text[match.end():], maxsplit=1)[0])
        passive = following[:1] == ["by"]
        reacted = before if passive else _reaction_object(following)
        if match.group("welcome") and (before and before[-1] in _DETERMINERS
                                       or _stems(WELCOMED_ACTS).isdisjoint(map(stem, _head(reacted)))):
            continue
        terms.add(_REACTION_TERM + match.lastgroup)
        reactor = _reaction_object(following[1:]) if passive else before
        terms.update(_REACTOR_TERM + t for t in _terms(" ".join(reactor)))
        terms.update(_REACTED_TERM + w for w in reacted if w not in _STOP)
    return frozenset(terms)


def _reaction_object(following: list[str]) -> list[str]:
    """The words of what a reaction takes, from the words after it: past a leading "to" ("grateful to Qatar"), up
    to the first preposition or conjunction but "of" (``_OBJECT_END``)."""
    if following[:1] == ["to"]:
        following = following[1:]
    return following[:next((n for n, w in enumerate(following) if w in _OBJECT_END), len(following))]


def _head(words: list[str]) -> list[str]:
    """A noun phrase's words from past its possessive name to its first "of", where its head noun is: "decision" of
    "the Court of Appeal's decision", "the release" of "the release of the hostages"."""
    owners = [n for n, w in enumerate(words) if w.endswith(("'s", "s'"))]
    words = words[owners[-1] + 1:] if owners else words
    return words[:words.index("of")] if "of" in words else words


def _predicate_negations(text: str) -> frozenset[str]:
    """The predicate adjectives of a lower-cased content that a prefix negates, as ``_PREFIXED_TERM`` terms of the
    plain word ("prefixed:legal" of "the march was illegal"), and those a "not" negates, as ``_NOT_TERM`` terms ("not:
    legal" of "was not legal", "isn't legal"). A prefixed word after a "not" is neither ("was not unsafe")."""
    lemmatiser = get_lemmatiser()
    terms = set()
    for match in _PREDICATE.finditer(text):
        word = match["adjective"]
        if match["before"] or match["clitic"] or match["after"] or match["late"]:
            if lemmatiser.adjective(word):
                terms.add(_NOT_TERM + word)
            continue
        terms.update(_PREFIXED_TERM + word[len(prefix):] for prefix in _NEGATING_PREFIXES
                     if word.startswith(prefix) and len(word) - len(prefix) > 2 and word not in _PREFIX_NEGATES_NOTHING
                     and lemmatiser.adjective(word[len(prefix):])
                     and (lemmatiser.adjective(word) or not lemmatiser.known(word))
                     and not any(lemmatiser.verb_only(lemma) for lemma in lemmatiser.candidates(word)))
    return frozenset(terms)


def _unable(said: str) -> frozenset[str]:
    """``_UNABLE_TERM`` if the content, lower-cased with straight apostrophes, denies leave or power to act
    ("cannot name", "can no longer use")."""
    return frozenset({_UNABLE_TERM}) if _UNABLE.search(said) else frozenset()


def _denied(before: list[str]) -> bool:
    """A "not" or "never" among the auxiliaries just before a refusal verb denies it ("would not rule out a rise")."""
    for word in reversed(before):
        if _negates(word):
            return True
        if word not in _HAVE_DO_AND_MODALS and word not in _PROGRESSIVE:
            return False
    return False


def _negates(word: str) -> bool:
    return word in _DENYING or word.endswith("n't")


@lru_cache(maxsize=None)
def _thing_negation_stems(mark: str) -> frozenset[str]:
    """``_THING_NEGATIONS`` of a refusal kind, as the stems a claim's words are."""
    return frozenset(stem(w) for w in _THING_NEGATIONS[mark])


def _refused_thing(after: str) -> list[str]:
    """The words of the phrase a refusal verb takes: "tv", "debate" of "the TV debate with Governor Reyes", up to the
    first stop word after them."""
    thing = []
    for word in _WORD.findall(_CLAUSE_BREAK.split(after, maxsplit=1)[0]):
        if word not in _STOP and word not in _DETERMINERS:
            thing.append(word)
        elif thing:
            break
    return thing


def _plural_only(word: str) -> bool:
    """The lemma tables read the word only as another's plural ("relatives"), never as a word itself ("woods")."""
    return word.lower() not in get_lemmatiser().candidates(word)


def _role_words(speaker: str, name: str) -> str:
    """The words of a speaker phrase that name a role: all of an unnamed one, a named one's title."""
    if not name:
        return speaker
    first = name.split()[0]
    # "Finance Minister Oskar Lind": the title is what precedes the name; "Lind" alone has none.
    if first in speaker:
        return speaker[: speaker.find(first)]
    # "The Kremlin's spokesman, Dmitry Peskov, said": the name is apposed to the phrase, which is all title.
    # The speaker is read unaccented, as ``_surname`` reads the name: "Sánchez said" after "Pedro Sánchez" is his
    # surname, not a title "nchez" that clashes with the "prime minister" of another outlet.
    return "" if _surname(name) in unaccented_text(speaker.lower()) else speaker


@dataclass(frozen=True)
class MatchParams:
    """Tuned on the dev part of ``bench/data/claim_variants.jsonl`` only."""

    same_story_threshold: float = 0.46
    same_speaker_threshold: float = 0.35
    threshold: float = 0.60
    entity_weight: float = 0.20
    # One story's claims that state one distinctive quantity ("Turnout reached 71%", "some 71 per
    # cent of voters cast a ballot") are one statement however few words they share.
    figure_tolerance: float = 0.05
    # How far a round figure may be from the sharp one it rounds ("just over 200" for 212).
    rounding_tolerance: float = 0.20
    # A whole figure under this (a "three-member" cabinet, "two engineers") is too common to identify a
    # claim; a fraction ("4.25%") is not.
    distinctive_figure: float = 10.0
    # A headline's claim is often a few words of the body's ("it conducts successful hydrogen bomb
    # test" beside the paragraph that adds the day and the reactions): Dice alone punishes the
    # length gap, the share of the shorter claim's terms found in the longer does not.
    containment_weight: float = 0.40


def speakers_compatible(a: ClaimSignature, b: ClaimSignature) -> bool:
    # One name of two sides' bodies is two sources, whoever speaks for them: "Ukraine's defence ministry" is not "the
    # Russian defence ministry" nor its spokesman.
    if _sides_differ(a, b):
        return False
    # Two platforms' posts are two origins (decision 6): a Telegram channel beside posts on X relays neither.
    if a.platforms and b.platforms and a.platforms.isdisjoint(b.platforms):
        return False
    # One head noun, two posts: "the foreign minister" is not "the finance minister", "the deputy mayor" not "the
    # mayor", "Former President Alma Reyes" not "the president". A post that says less ("the minister", "the acting
    # governor") may be either. One named person is one whatever titles outlets give them.
    if not (a.speaker_key and b.speaker_key) and _other_posts(a, b):
        return False
    if a.speaker_key or b.speaker_key:
        # A named person is compatible with the same person, or with an outlet restating them unnamed.
        if a.speaker_key and b.speaker_key:
            return a.speaker_key == b.speaker_key
        named, other = (a, b) if a.speaker_key else (b, a)
        # A journalist's report ("New York Times reporter Maggie Haberman reported") is also their outlet's
        # ("The New York Times reported"), and relays a body another outlet names ("The White House said").
        # Not a titled source: "a Fox spokesperson" confirming the hire is another voice than the host.
        if other.speaker_kind == "author" or (named.speaker_kind == "media" and not other.speaker_role):
            return True
        # A named spokesperson is their body's voice: "defence ministry spokesman Adel Nouri" and "the defence
        # ministry" are one source; "army spokesman Ivan Petrenko" and "the rebel group" are two. Other titles
        # hold a post of their own ("Finance Minister Oskar Lind" is not "the foreign ministry", a union leader's
        # view not always the union's).
        if named.speaker_role in _VOICE_ROLES and not other.speaker_role and other.speaker_kind in _VOICED_KINDS \
                and _voice_of(named, other):
            return True
        if other.speaker_kind not in NAMED_PERSON_KINDS:
            return False
        # The small model often tags a surname said alone as an organisation ("Malinauskas said"):
        # a "body" named exactly as the person's surname is that person, whatever title they hold.
        if other.speaker_body == named.speaker_key:
            return True
        # A name the article gives no title ("Olsen said") may hold any role: "the director" of one
        # outlet is "Olsen" of another. A title decides: "the finance minister" may be "Finance
        # Minister Oskar Lind", never "Rep. Jim Banks", nor another body's holder of that role ("a
        # State Department spokesman", "a Taliban spokesman").
        if not named.speaker_role:
            return True
        orgs_agree = not (named.speaker_org and other.speaker_org) or named.speaker_org == other.speaker_org
        return bool(other.speaker_role) and other.speaker_role == named.speaker_role and orgs_agree
    # Two unnamed speakers by role, one in a private capacity and one official, are two sources: "the
    # victim's sister" is not "a police spokesman", whatever story words they share. A role that names a
    # post ("the district attorney", "the city's leader") may be the official another outlet names
    # otherwise ("the prosecutor", "the mayor"), whichever kind its phrase was read as.
    if a.speaker_role and b.speaker_role and a.speaker_role != b.speaker_role \
            and {a.speaker_kind, b.speaker_kind} == {"person", "official"} \
            and (a if a.speaker_kind == "person" else b).speaker_role not in _office_roles():
        return False
    # An unnamed private party is another source than an institution: "residents said" is not "police said", nor
    # "the union said" "the company said". Two private nouns ("relatives", "his family"; "teachers", "the union";
    # "critics", "activists") and two institutions ("police", "officials") are not told apart.
    if a.speaker_party and b.speaker_party and a.speaker_party != b.speaker_party:
        return False
    return not (a.speaker_body and b.speaker_body and _bodies_differ(a.speaker_body, b.speaker_body))


def _other_posts(a: ClaimSignature, b: ClaimSignature) -> bool:
    """Two sources of one head noun whose posts are other ones (``_other_post``), each of one against each of the
    other's; a claim stored before posts were marked holds none and is read as before (one head, one source)."""
    if not a.speaker_role or a.speaker_role != b.speaker_role or not (a.post_words and b.post_words):
        return False
    return all(_other_post(post_a, post_b) for post_a in a.post_words for post_b in b.post_words)


def _other_post(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Two posts whose ranks differ, or whose portfolios both say one and neither holds the other's ("the state
    health minister" is a health minister, "the state prosecutor" no federal one)."""
    (portfolio_a, rank_a), (portfolio_b, rank_b) = a, b
    return rank_a != rank_b or bool(portfolio_a and portfolio_b) and not (
        portfolio_a <= portfolio_b or portfolio_b <= portfolio_a)


def one_story(a: ClaimSignature, b: ClaimSignature) -> bool:
    """The story clusterer put both claims in one event; a claim with no story is in none.

    Two claims with no story (the clusterer off, or a claim placed before it ran) are two
    unvouched articles, not one event: read as one story, their shared names counted as
    shared words while neither story bar applied, and "it was investigating the leak"
    joined every leak.
    """
    return bool(a.story_id) and a.story_id == b.story_id


def similarity(a: ClaimSignature, b: ClaimSignature, params: MatchParams = MatchParams()) -> float:
    return _blend(a, b, _word_similarity(a, b, params), params)


def _blend(a: ClaimSignature, b: ClaimSignature, words: float, params: MatchParams) -> float:
    """``similarity`` from the words' part already computed: the one-speaker bar asks for it first."""
    if not a.words or not b.words:
        return 0.0
    if a.entities or b.entities:
        ents = len(a.entity_forms & b.entity_forms) / len(a.entity_forms | b.entity_forms)
        return (1 - params.entity_weight) * words + params.entity_weight * ents
    return words


def _word_similarity(a: ClaimSignature, b: ClaimSignature, params: MatchParams) -> float:
    """The words' part of ``similarity``: Dice blended with containment; 0.0 when a claim has no words."""
    # The one-speaker bar asks this of any two claims, "Yes." and "OK" among them.
    if not a.words or not b.words:
        return 0.0
    shared_terms = a.words & b.words
    # Across stories nothing but the claims vouches that they are one: a sheriff's "8,500 residents of
    # Marlow County were ordered out" and his "8,500 residents of Marlow County may go home" share the
    # story's names, counted already by the entity part, and little of their own. The shared names
    # stop counting as shared words; they stay in the lengths, so dropping them can only lower the
    # score (dropped from the lengths too, a pair whose names differed scored higher than before).
    # Inside one story the lower bars were set with the names among the words.
    if not one_story(a, b):
        shared_terms = shared_terms - a.name_terms - b.name_terms
    shared = len(shared_terms)
    dice = 2 * shared / (len(a.words) + len(b.words))
    # A claim that only names its topic is contained in every claim of the story that names it too:
    # "It's all about CNN" chained the regulator's demand, the company's offer and its denial into one.
    containment = 0.0 if a.names_only or b.names_only else shared / min(len(a.words), len(b.words))
    return (1 - params.containment_weight) * dice + params.containment_weight * containment


def _units_agree(a: str, b: str) -> bool:
    return a == b or (_counts_things(a) and _counts_things(b)) or letter_may_be(a, b)


def _counts_things(unit: str) -> bool:
    """A noun that counts things ("sedans", "injuries"), or none, not money, a share, a span of time or a measure.

    Outlets name what they count in their own words ("312,000 sedans", "roughly 300,000 cars";
    "14 injuries", "fourteen people hurt"), or leave the noun to the sentence ("three hundred
    thousand" with no unit read), while a count is never the same quantity as a sum, a duration
    or a distance.
    """
    return unit == "" or (unit.isalpha() and unit.islower() and unit not in MEASURE_UNITS)


def _precision(value: float) -> float:
    """The place of a figure's last significant digit: 1e6 for "a million", 100 for 500, 1 for 212."""
    place = 1.0
    while value >= place * 10 and value % (place * 10) == 0:
        place *= 10
    return place


def figures_agree(x: float, y: float, params: MatchParams = MatchParams()) -> bool:
    """Equal up to rounding: within ``figure_tolerance``, or the rounder figure is the other rounded.

    "nearly 500 flights" for 460 and "more than a million" for 1.2 million are the sharper figure
    rounded to the vaguer one's last digit; the cap keeps "10" from standing for 14.
    """
    high = max(abs(x), abs(y))
    if abs(x - y) <= params.figure_tolerance * high:
        return True
    if x <= 0 or y <= 0 or not (float(x).is_integer() and float(y).is_integer()):
        return False
    rounder, sharper = (x, y) if _precision(x) >= _precision(y) else (y, x)
    place = _precision(rounder)
    # Strictly nearer than half a place: 45 rounds up as often as down, so "about 40" may be another count.
    return (place >= 10 and 2 * abs(sharper - rounder) < place
            and abs(x - y) <= params.rounding_tolerance * high)


def _bare_year(unit: str, value: float) -> bool:
    """A bare year ("in 2021") dates a claim; it is no quantity of it, nor the count it resembles."""
    return not unit and 1900 <= value <= 2100


def _sharpness(unit: str, value: float) -> float:
    """A whole figure's size; a fraction is sharper than any count.

    A rate held at 4.25% or growth of 2.1 percent is not said by chance in two claims of one
    story, while "three" and "five" are. A bare share ("four in five", "a third") is as sharp as the
    whole percent it rounds: "four in five" is said as often as "80%", and two claims that say it of
    one story's people are a restatement, not two statements each too sharp to share.
    """
    if not unit and 0 < value < 1:
        return round(value * 100)
    return abs(value) if float(value).is_integer() else math.inf


def _sharpest(numbers: tuple[tuple[str, float], ...]) -> float:
    """The sharpest of a claim's figures, years left out."""
    return max((_sharpness(unit, value) for unit, value in numbers if not _bare_year(unit, value)),
               default=-math.inf)


def _distinctive(unit: str, value: float, params: MatchParams) -> bool:
    """A figure that can identify a claim: "8,500 residents", "4.25%", never "two engineers"."""
    return _sharpness(unit, value) >= params.distinctive_figure


# Spans of time in hours: a strike "for 48 hours" and "for two days" is one quantity.
_HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0}


def _in_hours(unit: str, value: float) -> tuple[str, float]:
    return ("hour", value * _HOURS[unit]) if unit in _HOURS else (unit, value)


def _as_percent(unit: str, value: float) -> tuple[str, float]:
    """A bare share ("about three quarters", "a third") in percent: the 77% it rounds is one quantity with it."""
    return ("percent", value * 100) if not unit and 0 < value < 1 else (unit, value)


def states_distinctive_figure(sig: ClaimSignature, params: MatchParams = MatchParams()) -> bool:
    return sig.sharpest_figure >= params.distinctive_figure


def _same_kind_figures(a: ClaimSignature, b: ClaimSignature, params: MatchParams, apart=kinds_differ):
    """Each pair of values, one from each claim, that measure one kind of quantity, a distinctive one among them.

    Not two figures whose measures are of two known kinds ("40,000 homes", "40,000 people evacuated"; "rose 5%",
    "cut 5%"): the words around a figure are the claim's, its measure is the figure's own (``newsradar.measures``).
    Two other nouns may name one thing ("cases", "infections"; "flights", "services") and pair as before.
    ``apart=None`` pairs them by unit alone, for the checks that tell two statements apart by their words
    (``_other_events``, a conflicting value).
    """
    for (unit_a, value_a), measure_a in zip(a.numbers, a.figure_measures):
        for (unit_b, value_b), measure_b in zip(b.numbers, b.figure_measures):
            if _bare_year(unit_a, value_a) or _bare_year(unit_b, value_b) \
                    or apart is not None and apart(measure_a, measure_b):
                continue
            # "about 2 percent" rounds a sharp 2.1: one distinctive side is enough. Distinctive as
            # written: "five days" is as common a figure as "five", though it is 120 hours.
            if not (_distinctive(unit_a, value_a, params) or _distinctive(unit_b, value_b, params)):
                continue
            (unit_a, value_a), (unit_b, value_b) = _in_hours(*_as_percent(unit_a, value_a)), _in_hours(
                *_as_percent(unit_b, value_b))
            if _units_agree(unit_a, unit_b):
                yield value_a, value_b


def _same_quantity(a: ClaimSignature, b: ClaimSignature, params: MatchParams, apart=kinds_differ) -> bool:
    """Both claims measure one kind of quantity, a distinctive figure among them, whether the values agree or not."""
    return any(True for _ in _same_kind_figures(a, b, params, apart))


def shared_figure(a: ClaimSignature, b: ClaimSignature, params: MatchParams = MatchParams(),
                  apart=kinds_differ) -> bool:
    """Both claims state one distinctive quantity: units that agree, values equal up to rounding."""
    return any(figures_agree(value_a, value_b, params)
               for value_a, value_b in _same_kind_figures(a, b, params, apart))


def conflicting_figure(a: ClaimSignature, b: ClaimSignature, params: MatchParams = MatchParams()) -> bool:
    """Both claims measure one kind of quantity, a distinctive figure among them, and no value agrees.

    "The hackers demanded 5 million dollars" and "... lowered their demand to 2 million dollars",
    "83% effective" and "61% effective", "17 people were killed" and "the toll has risen to 19": the
    same words around another value are another statement.
    """
    pairs = list(_same_kind_figures(a, b, params, apart=None))
    return bool(pairs) and not any(figures_agree(value_a, value_b, params) for value_a, value_b in pairs)


def _identified(a: ClaimSignature, b: ClaimSignature, params: MatchParams) -> bool:
    """Something beyond common words says which event both claims are about: a name or a distinctive figure.

    "The regulator said it was investigating the leak" and "Police arrested a man on suspicion of
    arson" are said of every leak and every fire; outside one story their words alone do not make
    them one statement.
    """
    names = {e for e in a.entities & b.entities if not e.startswith("#")}
    return bool(names) or shared_figure(a, b, params)


def same_claim(a: ClaimSignature, b: ClaimSignature, params: MatchParams = MatchParams()) -> bool:
    return match_similarity(a, b, params) is not None


def match_similarity(a: ClaimSignature, b: ClaimSignature, params: MatchParams = MatchParams()) -> float | None:
    """The two claims' ``similarity`` when they are one statement, else None.

    ``place`` ranks the matches it accepts by their similarity, which the rule has often computed
    already: handing it over saves computing it again for every accepted pair.
    """
    # "The commission denied that ballots were dumped" repeats the words of the claim it rebuts:
    # the trace links a denial to its claim, a cluster must not absorb it.
    if _polarities_differ(a, b):
        return None
    # "Trudeau thanked Qatar for its help" repeats every name of "Rutherford was released with Qatar's help".
    if _reaction_and_act(a, b) or _reaction_and_act(b, a):
        return None
    # "The union would strike if talks failed" repeats every word of "the union will strike" but states no strike.
    if modalities_apart(a.modality, b.modality) \
            or forecast_and_outcome(a.modality, b.modality) and shared_figure(a, b, params):
        return None
    if _other_people(a, b):
        return None
    if _one_figure_of_two_things(a, b, params):
        return None
    # Inside one story another value of one quantity is drift, which the cluster reports (but for a count
    # and its update, ``_count_updated``). Across stories it is another statement: the same speaker's figure
    # of another week or another product.
    if not one_story(a, b) and (conflicting_figure(a, b, params) or not _identified(a, b, params)):
        return None
    compatible = speakers_compatible(a, b)
    threshold = params.threshold
    words: float | None = None
    if one_story(a, b):
        one_speaker = _one_speaker(a, b)
        # Drift keeps the event and changes its count ("17 were killed", "19 people have died"); a count
        # of another event is another quantity of the story whether its value differs ("17 killed", "40
        # injured") or not ("17 killed", "17 injured"): the shared figure below must not join them.
        if _same_quantity(a, b, params, apart=None) and _other_events(a, b, params):
            return None
        # Not a count and its update: "the toll rose to 23" is said after "14 people died", a later statement.
        if _count_updated(a, b, params):
            return None
        if _one_reaction(a, b) and compatible:
            return similarity(a, b, params)
        if shared_figure(a, b, params) and (compatible or _speaks_for_body(a, b)):
            return similarity(a, b, params)
        # A retelling keeps a claim's distinctive figure or rounds it. When only one of two claims
        # of a story states one ("8,500 residents were ordered out" beside "the fire was started by
        # a power line", both by the sheriff), they share the story's names, not a statement: the
        # lower bars for one story and one speaker are for claims alike in that respect.
        if states_distinctive_figure(a, params) == states_distinctive_figure(b, params):
            # One person's two figures of two quantities ("VAT will rise to 22 percent", "defence
            # spending will rise by 1.5 billion euros") are two statements of one speech: the
            # speaker's lower bar is for restatements, which keep the quantity. Nor is it for two
            # denials: a speaker rebutting a charge repeats its words in each ("never offered to sell
            # CNN", "selling off CNN doesn't seem relevant"), whatever each denies.
            # One director's three points about one board ("the board was aware of the settlements",
            # "some members wanted to fire O'Reilly", "the renewed contract dropped the clause") all name
            # the story's subject, for which the entity part gives each pair its full share: a restatement
            # reaches the speaker's bar on its words alone.
            if one_speaker and _figures_alike(a, b, params) and not (a.negated and b.negated):
                words = _word_similarity(a, b, params)
            same_person = words is not None and words >= params.same_speaker_threshold
            threshold = params.same_speaker_threshold if same_person else params.same_story_threshold
        elif _retold_without_figures(a, b, params):
            threshold = params.same_story_threshold
        # Two negations of one story repeat the name of what each rejects and little else: a group's
        # denial of "any links to" a body and the government's refusal to "ban" it. What is denied is
        # the statement; a retold denial keeps it ("no connection to" the body).
        # One speaker's denial retold ("did not know X", "had never met X") is one claim.
        if a.negated and b.negated and _only_names_shared(a, b) and not one_speaker:
            return None
    elif shared_figure(a, b, params):
        # Two stories the clusterer split, one distinctive figure in both ("2,000 barrels leaked from
        # the Tarn pipeline", "a leak from the Tarn pipeline released roughly 2,000 barrels"): the
        # figure vouches for the event as a story would, so the words need only the story bar. The
        # figure alone is not enough: the same 8,500 residents were ordered out, then sent home.
        # Nor are the figure and its setting: "11,800 people had been evacuated from villages near
        # the blaze" and "11,800 people had been allowed back into villages near the blaze" share all
        # but the verb, which is the statement. Two causes of what the figure counts are two tolls here,
        # where the clusterer has parted the events; within one story they are more often one toll told
        # through two links of its chain ("the quake killed 35", "35 died in the blaze that followed").
        if not _verbs_agree(a, b) or _other_causes(a, b):
            return None
        threshold = params.same_story_threshold
    if not compatible:
        return None
    score = similarity(a, b, params) if words is None else _blend(a, b, words, params)
    return score if score >= threshold else None


def _polarities_differ(a: ClaimSignature, b: ClaimSignature) -> bool:
    """One claim denies what the other states. A refusal ("ruled out tax rises") is one polarity with a negation
    ("will not raise taxes") and with a positive retelling ("kept rates on hold" for "declined to raise rates"), but
    not with the act it refuses stated as done ("failed to reach orbit" / "reached orbit"), nor with a negation of a
    refusal ("would not rule out a rise" / "no rise")."""
    if a.negated != b.negated:
        negative, other = (a, b) if a.negated else (b, a)
        return not (_refusal_of_negated(other, negative) or _negated_by_prefix(other, negative))
    if a.negated:
        return (_DENIED_MARK in a.refusals) != (_DENIED_MARK in b.refusals)
    return _refused_and_done(a, b) or _refused_and_done(b, a)


def _refusal_of_negated(refusal: ClaimSignature, negative: ClaimSignature) -> bool:
    """``refusal`` refuses what ``negative``, refusing nothing, says is not so: the negation names the refused act
    ("refused to sign the bill" / "will not sign it"; a bar only with a "cannot") or, for a verb that names none
    ("ruled out", "skipped"), the thing refused with no more than ``_THING_NEGATIONS`` of its kind. One speaker's
    "refused to resign" and "did not know about the scandal", "skipped the parade" and "did not cancel the parade",
    or "barred from playing" and "did not play", are two statements."""
    if not refusal.refusals or negative.refusals:
        return False
    if refusal.refused_acts & negative.words:
        return _BAR_MARK not in refusal.refusals or _UNABLE_TERM in negative.terms
    allowed = frozenset().union(*map(_thing_negation_stems, refusal.refused_thing_kinds))
    return bool(refusal.refused_things & negative.words) and negative.words - refusal.words <= allowed


def _negated_by_prefix(prefixed: ClaimSignature, negative: ClaimSignature) -> bool:
    """``prefixed``'s predicate negates by an adjective's prefix the word that ``negative``'s predicate negates with a
    "not": "is unacceptable" / "is not acceptable", "is unsafe" / "is no longer safe". Not read between two sides
    that only the loosest speaker link joins, as the polarity it bridges is read, not written: another kind of source
    ("the landlord", a person, and "tenants", an anonymous group), another party ("a residents' group" and "the
    council": a group may speak for either) or another role."""
    roles = {prefixed.speaker_role, negative.speaker_role} - {""}
    return bool(prefixed.prefix_negated & negative.not_predicated) and len(roles) < 2 \
        and (prefixed.speaker_kind, prefixed.speaker_party) == (negative.speaker_kind, negative.speaker_party)


def _refused_and_done(refusal: ClaimSignature, other: ClaimSignature) -> bool:
    """``refusal`` refuses an act that ``other``, refusing nothing, states, and says nothing more: "signed the budget"
    for "refused to sign the budget". A claim that adds words retells the refusal ("held off on a rate rise", "rejected
    calls to quit", "filed its accounts late")."""
    return not other.refusals and bool(refusal.refused_acts & other.words) \
        and other.words - refusal.words <= refusal.refused_acts


def _count_updated(a: ClaimSignature, b: ClaimSignature, params: MatchParams) -> bool:
    """One claim gives a count as moved to a new value or reached it, and no value of the other's agrees with it.

    "The death toll rose to 23" (or "has reached 23", "had fallen to 12") beside "14 people died": a tally told as
    moved is a later statement than the count it moved from, not that count drifted. Read from what the figure
    itself measures, never from a word anywhere in the claim: "destroyed 300 homes as river levels rose" gives no
    count as risen.
    """
    # a moved count needs a measure of update, which ``may_update`` has kept: most pairs stop here
    return (a.may_update or b.may_update) \
        and (_count_moved(a, b, params) or _count_moved(b, a, params)) and conflicting_figure(a, b, params)


def _count_moved(sig: ClaimSignature, other: ClaimSignature, params: MatchParams) -> bool:
    """A distinctive whole count of things whose measure is a move or a level reached ("the number of dead rose to
    23", "now stands at 58").

    A bare figure ("rose to 285,000", "would climb to 41") is read with no noun, as a count is too, but may be a
    price, an index or a temperature, whose move is drift: it is a tally only when the claim names one ("the
    toll", "the number of") or the other claim counts a noun ("14 people"). A level a gathering reached ("the crowd
    topped 40,000") has no measure of update (``measured``): one more estimate of its size.
    """
    return any(updates(measure) and _counts_things(unit) and _distinctive(unit, value, params)
               and float(value).is_integer() and (bool(unit) or _tally_named(sig, other))
               for (unit, value), measure in zip(sig.numbers, sig.figure_measures))


def _tally_named(sig: ClaimSignature, other: ClaimSignature) -> bool:
    return bool(sig.terms & _stems(TALLIES)) or any(unit and _counts_things(unit) for unit, _ in other.numbers)


def _retold_without_figures(a: ClaimSignature, b: ClaimSignature, params: MatchParams) -> bool:
    """One claim states a distinctive figure, the other none, and every word of the other is the first's.

    A lead gives the figures ("the airline will cut 1,200 jobs and close two of its bases"), a
    headline or a later line retells it without them ("airline to cut jobs, close bases"): a shorter
    retelling drops figures and keeps words. The sheriff's "8,500 residents were
    ordered out" and his "the fire was started by a power line" keep no word of each other's.
    A claim of one word is contained in every claim of its story that uses it, and so is one word beside
    the story's names ("Acme headquarters"): the names are the topic, so only the other words count.
    """
    plain, figured = (b, a) if states_distinctive_figure(a, params) else (a, b)
    return len(plain.words - plain.name_terms) >= 2 and plain.words <= figured.words


def _one_speaker(a: ClaimSignature, b: ClaimSignature) -> bool:
    """One named person, or one unnamed role of one owner ("his sister", "police") sharing two words beyond the names.

    An unnamed source restates itself as a named one does: "the hiker survived by drinking from a
    stream" and "he had stayed alive by drinking water from a mountain stream", both his sister's.
    Unnamed, one role in one story may be two people ("his lawyer" and "her lawyer", "the victim's
    lawyer" and "another lawyer"), and its statements share the story's names: "police" arrested a
    man "after the stabbing in Halden" and "found a knife close to the scene in Halden"; one word
    besides is a topic too ("his client will appeal", "his client was at home that night").
    """
    if a.speaker_key or b.speaker_key:
        return a.speaker_key == b.speaker_key
    return (bool(a.speaker_role)
            and (a.speaker_role, a.speaker_org, a.speaker_owner) == (b.speaker_role, b.speaker_org, b.speaker_owner)
            and len((a.words & b.words) - (a.name_terms & b.name_terms)) >= 2)


def _reaction_and_act(reaction: ClaimSignature, other: ClaimSignature) -> bool:
    """``reaction`` thanks, congratulates or welcomes; ``other`` does not, nor is it the reactor's stance retold
    (``_retold_by_reactor``)."""
    if not reaction.reactions or other.reactions:
        return False
    return not _retold_by_reactor(reaction, other)


def _retold_by_reactor(reaction: ClaimSignature, other: ClaimSignature) -> bool:
    """``other`` voices a stance a reaction is retold as (``reactions.RETOLD_STANCES``: "backed the plans", "paid
    tribute to the fans") and is the reactor's: its speaker or its content names the reaction's reactor or speaker.
    Another's stance stays apart: "the council backed plans" is not "residents welcomed the council's plans"."""
    if _stems(RETOLD_STANCES).isdisjoint(other.words):
        return False
    reactors, others = reaction.reactors | reaction.speaker_terms, other.speaker_terms
    if not reactors and not others:
        # "Residents said they welcomed plans" / "Residents said they backed plans": two unnamed speakers of one
        # kind, read no further, may be one; matching decides, as for any two claims.
        return (reaction.speaker_kind, reaction.speaker_party) == (other.speaker_kind, other.speaker_party)
    return not reactors.isdisjoint(other.words | others)


def _one_reaction(a: ClaimSignature, b: ClaimSignature) -> bool:
    """One named reactor's one kind of reaction to one named thing: "Prime Minister Justin Trudeau thanked the
    government of Qatar for its help" and Trudeau's own "thanked Qatar" share little else. The reactor is a
    speaker both claims name, or the speaker of one named in the other's content (an author's report); a name
    besides the reactor's that both reactions take (``reacted``) is the thing reacted to, so "thanked Qatar" and
    "thanked the hostage's family" stay two, and so do "thanked the Defence Forces for evacuating citizens from
    Sudan" and "thanked Egypt for letting the evacuees from Sudan cross", which share only a place."""
    if not a.reactions & b.reactions:
        return False
    reactor = a.speaker_key or b.speaker_key
    if not reactor or a.speaker_key and b.speaker_key and a.speaker_key != b.speaker_key:
        return False
    reported = b if a.speaker_key else a
    if not reported.speaker_key and not any(e.split()[-1] == reactor for e in reported.entities):
        return False
    taken = a.reacted & b.reacted
    return any(not e.startswith("#") and e.split()[-1] != reactor and e.split()[-1] in taken
               for e in a.entities & b.entities)


def _only_names_shared(a: ClaimSignature, b: ClaimSignature) -> bool:
    """Every word both claims hold is a word of a name they share: the topic, not the statement."""
    return a.words & b.words <= a.name_terms & b.name_terms


def _one_figure_of_two_things(a: ClaimSignature, b: ClaimSignature, params: MatchParams) -> bool:
    """The claims share a distinctive figure only where its measures name two kinds of thing.

    "62,000 homes were without power" and "62,000 people were moved to shelters", "sales rose 3.1%" and
    "sales fell 3.1%": the figure, which outlets keep when they retell, is the statement's, and here it
    states two. Their other words are one story's setting, which both share. Only kinds
    ``newsradar.measures`` knows: two other nouns may be one thing ("cases", "infections") and join as before.
    """
    if not a.measures or not b.measures:     # no kind on a side: both passes below would give one answer
        return False
    return shared_figure(a, b, params, apart=None) and not shared_figure(a, b, params)


def _other_people(a: ClaimSignature, b: ClaimSignature) -> bool:
    """Both claims give the people they are about an age, and no age is in both.

    "A 19-year-old has been detained over the Halden stabbing" and "the 17-year-old victim of the
    Halden stabbing is stable" share the story's words; the ages say they are about a suspect and a
    victim, two statements.
    """
    return bool(a.ages and b.ages) and a.ages.isdisjoint(b.ages)


def _other_events(a: ClaimSignature, b: ClaimSignature, params: MatchParams) -> bool:
    """Both claims count an event of ``_EVENTS`` and none is in both: "were killed" and "were injured".

    With the same figure in both, only claims that differ in little beyond their event words.
    """
    conflicting = conflicting_figure(a, b, params)
    unread = frozenset() if conflicting else _LEFT_BEHIND
    ea = {_EVENTS[w] for w in a.words - unread if w in _EVENTS}
    eb = {_EVENTS[w] for w in b.words - unread if w in _EVENTS}
    if not (_DIRECTIONS <= ea | eb and ea & _DIRECTIONS != eb & _DIRECTIONS):
        ea, eb = ea - {"rise"}, eb - {"rise"}
    if not (ea and eb and ea.isdisjoint(eb)):
        return False
    return (conflicting
            or len((a.words ^ b.words) - _EVENTS.keys()) <= _EQUAL_FIGURE_OTHER_WORDS)


def _other_causes(a: ClaimSignature, b: ClaimSignature) -> bool:
    """Both claims name what caused their count (``_CAUSES``) and no family of causes is in both.

    "The heatwave has killed 14 people" and "14 people died in the landslide" share the figure and the
    event, not the toll; "the wildfire destroyed 300 homes" and "the blaze destroyed 300 homes" are one.
    """
    causes = _cause_terms()
    fa = frozenset().union(*(causes[t] for t in a.words if t in causes))
    fb = frozenset().union(*(causes[t] for t in b.words if t in causes))
    return bool(fa and fb) and fa.isdisjoint(fb)


def _verbs_agree(a: ClaimSignature, b: ClaimSignature) -> bool:
    """Both claims' verbs (terms that can only be verbs) meet, or neither has one."""
    return bool(a.verbs & b.verbs) or not (a.verbs or b.verbs)


def _figures_alike(a: ClaimSignature, b: ClaimSignature, params: MatchParams) -> bool:
    """Neither of two claims states a distinctive figure, or they share one kind of quantity (agreeing or not)."""
    return not states_distinctive_figure(a, params) or _same_quantity(a, b, params)


def _speaks_for_body(a: ClaimSignature, b: ClaimSignature) -> bool:
    """One is a named person, the other a body with no person behind it ("the health ministry").

    A spokesman and his ministry, a chief executive and her company, a candidate and the board
    that counted her votes announce one figure under two names: in one story, the figure itself
    says they are one source. Two named people, a named person and another person's role, or a
    post and an unnamed source repeating a named person's figure stay apart whatever they share.
    """
    named, other = (a, b) if a.speaker_key else (b, a)
    return (bool(named.speaker_key) and not other.speaker_key and not other.speaker_role
            and other.speaker_kind in _BODY_KINDS and not _sides_differ(a, b))


@dataclass(frozen=True)
class Placed:
    """A claim already in a cluster: a candidate for the claims being placed."""

    claim_id: str
    cluster_id: str
    published_at: float                        # epoch seconds: the older cluster wins a tie
    sig: ClaimSignature


@dataclass(frozen=True)
class Fresh:
    """A claim to place."""

    claim_id: str
    published_at: float
    sig: ClaimSignature


def place(fresh: list[Fresh], candidates: list[list[Placed]], new_id, params: MatchParams = MatchParams(),
          links: list[tuple[int, int]] = ()) -> list[str]:
    """The cluster id of each fresh claim, whatever order the claims arrive in.

    Fresh claims that match one another form one group first (union-find over their matches, closest first and
    drifted figures last; two groups of several claims join only through two matching pairs, and no group with a
    count and its update, ``_join_groups``), and only then does the group pick a cluster: the stored cluster of its
    closest accepted candidate (one whose figures agree before a drifted one; ties: older, then smaller id), in no
    cluster where another offered candidate is a member's count or its update (``_clusters_updated_apart``), else a
    new id named after its earliest member. Deciding claim by claim in arrival order made the result depend on
    that order: a headline's short claim processed before its own body's claim found nothing to join and started a
    cluster of its own, after its body's had joined another outlet's. ``candidates[i]`` are the stored claims
    offered to ``fresh[i]``; stored copies of claims being placed again (an updated article) are ignored.
    ``links`` are pairs of fresh claims their article's structure already shows to be one statement
    (``newsradar.restatements``): they join whatever their words.
    """
    parent = list(range(len(fresh)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        if root(i) != root(j):
            parent[root(i)] = root(j)

    # Only claims sharing a term or an entity can reach any threshold: compare those pairs alone,
    # one claim's neighbours at a time, so a big batch never holds all its pairs at once.
    features = [f.sig.terms | {f"e:{e}" for e in f.sig.entities} for f in fresh]
    by_feature: dict[str, list[int]] = {}
    for i, fs in enumerate(features):
        for feature in fs:
            by_feature.setdefault(feature, []).append(i)
    matches = []
    for i, fs in enumerate(features):
        neighbours = {j for feature in fs for j in by_feature[feature] if j > i}
        for j in neighbours:
            if root(i) == root(j):
                continue
            score = match_similarity(fresh[i].sig, fresh[j].sig, params)
            if score is not None:
                ids = tuple(sorted((fresh[i].claim_id, fresh[j].claim_id)))
                # A drifted figure is the looser link: "23 are now known to have died" matches "the toll rose
                # to 23" and, as drift, "14 people died"; joined first to the 14, the veto on a count and its
                # update would keep it from the 23 it states.
                drifted = conflicting_figure(fresh[i].sig, fresh[j].sig, params)
                matches.append(((drifted, -score), ids, i, j))
    _join_groups(sorted(matches), root, parent, _updates_apart(fresh, params))
    placing = {f.claim_id for f in fresh}
    barred = _clusters_updated_apart(fresh, candidates, root, placing, params)
    best: dict[int, tuple] = {}
    for i, (f, offered) in enumerate(zip(fresh, candidates)):
        for c in offered:
            if c.claim_id in placing or c.cluster_id in barred.get(root(i), ()):
                continue
            score = match_similarity(f.sig, c.sig, params)
            if score is None:
                continue
            # As in the batch, an agreeing figure outranks a drifted one: a retelling of an update stored after the
            # update ("23 are now known to have died") joins the update's cluster, not the earlier count's.
            key = (not conflicting_figure(f.sig, c.sig, params), score, -c.published_at, _desc(c.cluster_id))
            r = root(i)
            if r not in best or key > best[r][0]:
                best[r] = (key, c.cluster_id)
    first: dict[int, Fresh] = {}
    for i, f in enumerate(fresh):
        r = root(i)
        if r not in first or (f.published_at, f.claim_id) < (first[r].published_at, first[r].claim_id):
            first[r] = f
    return [best[root(i)][1] if root(i) in best else new_id(first[root(i)].claim_id) for i in range(len(fresh))]


def _clusters_updated_apart(fresh: list[Fresh], candidates: list[list[Placed]], root, placing: set[str],
                            params: MatchParams) -> dict[int, set[str]]:
    """The stored clusters each group must not join: one holding an offered candidate that is, to a member, a count
    and its update (``_count_updated``).

    As the enricher places articles one at a time, a retelling that matches both ("23 are now known to have
    died") may be stored beside the count (14) before the update (23) arrives; the update, matching the
    retelling, would join that cluster and chain the two. Only claims of one story with a measure of update
    can be told apart, so only those pairs are asked; a crowd's size told as a level reached is none
    (``_count_moved``), so two estimates of one crowd still join.
    """
    barred: dict[int, set[str]] = {}
    for i, (f, offered) in enumerate(zip(fresh, candidates)):
        for c in offered:
            if c.claim_id not in placing and one_story(f.sig, c.sig) and _count_updated(f.sig, c.sig, params):
                barred.setdefault(root(i), set()).add(c.cluster_id)
    return barred


def _updates_apart(fresh: list[Fresh], params: MatchParams):
    """``_count_updated`` of two fresh claims by index, for ``_join_groups``, which asks it of every member pair of
    two groups on each candidate join: only a claim with a measure of update can be one, and a pair's answer is
    kept, under the unordered pair, as ``_count_updated`` is symmetric and the groups' roots come in either order."""
    may_update = [f.sig.may_update for f in fresh]
    known: dict[tuple[int, int], bool] = {}

    def apart(i: int, j: int) -> bool:
        if not (may_update[i] or may_update[j]):
            return False
        pair = (min(i, j), max(i, j))
        if pair not in known:
            known[pair] = _count_updated(fresh[i].sig, fresh[j].sig, params)
        return known[pair]
    return apart


def _join_groups(matches: list[tuple], root, parent: list[int], apart) -> None:
    """Joins the groups that ``matches`` (closest first, drifted figures last) link, two groups of several
    claims only through two matching pairs, and never two groups holding a pair that ``apart`` tells apart.

    A paraphrase and its speaker's quote are one group; one loose match between two such
    groups (a speaker's two statements sharing the story's words) would merge both statements,
    four wrong pairs from one. A group that is one claim joins on one match, as before.
    A count and its update are two statements ("14 people died", "the toll rose to 23"), and a
    retelling that matches both ("23 are now known to have died" beside the 14 as drift) must not
    chain them: it joins the side it reaches first, the one whose figure it states.
    """
    members: dict[int, list[int]] = {}
    for i in range(len(parent)):
        members.setdefault(root(i), []).append(i)
    between: dict[frozenset, int] = {}
    for _, _, i, j in matches:
        key = frozenset((root(i), root(j)))
        between[key] = between.get(key, 0) + 1
    joined = True
    while joined:
        joined = False
        for _, _, i, j in matches:
            a, b = root(i), root(j)
            if a == b or (min(len(members[a]), len(members[b])) > 1 and between[frozenset((a, b))] < 2) \
                    or any(apart(x, y) for x in members[a] for y in members[b]):
                continue
            parent[a] = b
            members[b] += members.pop(a)
            for key in [k for k in between if a in k]:
                count = between.pop(key)
                other = next(iter(key - {a}))
                if other != b:
                    merged = frozenset((b, other))
                    between[merged] = between.get(merged, 0) + count
            joined = True


def _desc(text: str) -> tuple[int, ...]:
    """Orders strings in reverse, so that ``max`` prefers the smaller id on a tie."""
    return tuple(-ord(ch) for ch in text)


def numbers_drift(values: list[float], params: MatchParams = MatchParams()) -> bool:
    """True when two amounts of one quantity differ beyond rounding, as ``figures_agree`` reads it.

    Matching and drift must share one notion of "the same figure": "1.2 million" and "more than
    a million" join one cluster, so flagging them as drift would call the cluster's own rounding a
    change of facts. "$7.1 billion" and "about $7 billion" agree; "$7.1 billion" and "$9 billion" do not.
    """
    distinct = sorted(set(values))
    return any(not figures_agree(x, y, params) for i, x in enumerate(distinct) for y in distinct[i + 1:])
