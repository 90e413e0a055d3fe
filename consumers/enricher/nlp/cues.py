"""Attribution cues by class, from published inventories rather than from our labelled set.

Lemmas, lower case. Each list names the inventory it restates; a word is in a class because
the inventory puts it there, and ``NOT_SPEECH`` removes the members whose common newswire
sense reports no speech (with the reason). ``lexicon.REPORTING_VERBS`` is the union the claim
rules read; the narrower behaviour sets in ``lexicon`` (document-only, quote-only, ...) say how
a cue of these classes finds its content.
"""
from __future__ import annotations

# Speech acts. VerbNet 3 (Kipper Schuler et al.; the verbnet-3.0 licence is BSD-style), restated from its
# published class pages (no package ships VerbNet, and nothing downloads at run time): the members of
# the communication classes that take a reported clause or quote: say-37.7, tell-37.2, complain-37.8,
# advise-37.9, lecture-37.11, promise-37.13, transfer_mesg-37.1.1, manner_speaking-37.3 (the manners
# that newswire uses as a cue).
VERBNET_SPEECH = frozenset({
    # say-37.7
    "announce", "articulate", "blurt", "claim", "confess", "confide", "convey", "declare", "disclose",
    "divulge", "explain", "mention", "note", "observe", "proclaim", "propose", "recount", "reiterate",
    "relate", "remark", "repeat", "report", "reveal", "say", "state", "suggest", "utter",
    # tell-37.2
    "tell",
    # complain-37.8
    "complain", "boast", "brag", "grouse", "grumble", "moan", "protest", "whine", "gripe", "lament",
    # advise-37.9
    "advise", "alert", "assure", "caution", "counsel", "inform", "instruct", "notify", "warn", "brief",
    "remind", "reassure",
    # lecture-37.11
    "comment", "lecture", "speak", "testify", "theorize", "elaborate", "expound",
    # promise-37.13
    "promise", "guarantee", "pledge", "vow",
    # transfer_mesg-37.1.1
    "cite", "dictate", "narrate", "quote", "recite", "relay", "write",
    # manner_speaking-37.3
    "exclaim", "shout", "yell", "whisper", "mutter", "murmur", "scream", "snap", "growl", "sigh",
})

# VerbNet's advise-37.9 members that take an addressee and an infinitive: "cautioned drivers to slow down".
ADVISE = frozenset({"advise", "alert", "caution", "remind", "warn", "urge", "encourage"})

# The Gender Gap Tracker's quote verbs (SFU Discourse Lab, nlp/english/rules/quote_verb_list.txt,
# MIT licence), as lemmas: the verbs its syntactic rule accepts as the head of a quote.
GENDER_GAP_TRACKER = frozenset({
    "accept", "acclaim", "acknowledge", "add", "admit", "advise", "announce", "argue", "assert", "assure",
    "claim", "clarify", "comment", "conclude", "confirm", "continue", "convince", "criticize", "declaim",
    "declare", "decry", "demonstrate", "denounce", "describe", "disclaim", "dispute", "ensure", "estimate",
    "exclaim", "explain", "find", "highlight", "illustrate", "indicate", "inform", "insist", "mention",
    "note", "notify", "persist", "point", "preach", "predict", "present", "proclaim", "rave", "reassert",
    "reassure", "reckon", "reconfirm", "release", "remind", "reply", "report", "respond", "restate",
    "retell", "say", "state", "suggest", "tell", "testify", "think", "tweet", "warn", "write",
})

# The most frequent verbal cues of PARC 3.0 (Pareti 2016, "PARC 3.0: A corpus of attribution
# relations", LREC), belief and knowledge cues included: PARC counts them as attribution.
PARC_FREQUENT = frozenset({
    "say", "add", "tell", "note", "report", "believe", "expect", "think", "estimate", "argue", "claim",
    "explain", "warn", "acknowledge", "predict", "indicate", "suggest", "insist", "contend", "show",
    "find", "announce", "assert", "maintain", "concede", "caution", "complain", "deny", "agree",
    "recall", "reply", "respond", "testify", "write", "fear", "hope", "worry", "allege", "disclose",
    "forecast", "project", "conclude", "confirm", "state", "declare", "emphasize", "stress",
})

# Denial and rebuttal: VerbNet's correspond-36.1 rebuttals are too wide, so the PARC denial
# cues; a claim made with one of these is the speaker's negation of its content.
DENIAL = frozenset({"deny", "dispute", "refute", "rebut", "contradict", "disclaim", "disavow", "counter"})

# Source-of-information verbs: a document, a study or data "shows", "finds", "estimates"
# (PARC's non-human sources); they attribute only when the subject is a document.
SOURCE_OF_INFORMATION = frozenset({"show", "find", "estimate", "indicate", "conclude", "project", "calculate",
                                   "read", "suggest", "reveal", "document", "record"})

# Reporting nouns: PARC 3.0's nominal cues ("the union's claim that ...", "his warning that ..."),
# the nouns of the speech acts above; they attribute only with an owner and a that-clause.
REPORTING_NOUNS = frozenset({
    "claim", "statement", "assertion", "allegation", "warning", "announcement", "admission", "insistence",
    "argument", "suggestion", "prediction", "estimate", "promise", "pledge", "denial", "contention",
    "accusation", "confession", "declaration", "assurance", "complaint", "forecast", "belief", "view",
    "conclusion", "finding", "report", "testimony", "acknowledgment", "acknowledgement", "explanation",
})

# Hedges: Hyland's (1998, 2005) inventory of epistemic hedges in academic and press prose, the
# adjectives, adverbs and verbs of it (modals are ``lexicon.HEDGE_WORDS``); verbs match by lemma.
HEDGE_ADJECTIVES_ADVERBS = frozenset({
    "unlikely", "possible", "probable", "uncertain", "unclear", "unsure", "doubtful", "plausible",
    "conceivably", "arguably", "largely", "roughly", "approximately", "generally", "usually", "somewhat",
})
HEDGE_VERBS = frozenset({"appear", "seem", "suggest", "indicate", "tend", "suppose", "suspect", "assume",
                         "speculate", "doubt"})

# Members of the lists above whose usual newswire sense reports no speech: "accept the offer",
# "convince voters", "ensure safety", "present a plan", "release a hostage", "persist in",
# "demonstrate against", "illustrate a point", "speak at a rally" (no content), "relate to".
NOT_SPEECH = frozenset({"accept", "convince", "ensure", "present", "release", "persist", "demonstrate",
                        "illustrate", "speak", "relate", "convey", "counsel", "instruct", "dictate",
                        "relay", "record", "document", "snap", "sigh", "rave", "acclaim", "declaim",
                        "retell", "recount", "narrate", "recite", "lecture"})



def _both_spellings(lemmas: frozenset[str]) -> frozenset[str]:
    """The inventories spell American; British outlets write "criticise", "emphasise"."""
    return lemmas | {w[:-3] + "ise" for w in lemmas if w.endswith("ize")}


SPEECH_CUES = _both_spellings((VERBNET_SPEECH | GENDER_GAP_TRACKER | PARC_FREQUENT | DENIAL) - NOT_SPEECH)


# Past tenses English does not make with -ed, among the cues above, and the verbs that double their last
# consonant; enough for the inflections ``surface_forms`` makes (a full morphology is not needed here).
_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "find": "found", "think": "thought",
                   "speak": "spoke", "read": "read", "forecast": "forecast", "retell": "retold", "show": "showed",
                   "hear": "heard", "swear": "swore", "mean": "meant", "put": "put", "set": "set"}
_DOUBLING = frozenset({"admit", "rebut", "commit", "aver", "regret", "refer", "confer", "submit", "omit"})


def surface_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """The past and third-person forms of each lemma ("cautioned", "cautions"): what a cue looks like
    when the parser has not made it a verb, as the surface rules read it."""
    out: set[str] = set()
    for w in lemmas:
        if w in _IRREGULAR_PAST:
            out.add(_IRREGULAR_PAST[w])
        elif w in _DOUBLING:
            out.add(w + w[-1] + "ed")
        elif w.endswith("e"):
            out.add(w + "d")
        elif w.endswith("y") and w[-2:-1] not in "aeiou":
            out.add(w[:-1] + "ied")
        else:
            out.add(w + "ed")
        if w.endswith(("s", "sh", "ch", "x", "z")):
            out.add(w + "es")
        elif w.endswith("y") and w[-2:-1] not in "aeiou":
            out.add(w[:-1] + "ies")
        else:
            out.add(w + "s")
    return frozenset(out)
