"""Word lists the claim rules read, and the test for a phrasal verb they share. Lemmas, lower case."""
from __future__ import annotations

from spacy.tokens import Token

from consumers.enricher.nlp.cues import ADVISE, REPORTING_NOUNS, SPEECH_CUES, surface_forms
from newsradar import roles
# The plan and stance nouns and the verbs of praise are newsradar's too: claim matching reads what a welcome takes.
from newsradar.reactions import PLAN_NOUNS, PRAISE_CUES, STANCE_NOUNS

# Verbs that attribute content to a speaker: the published cue classes (``cues``), and the verbs
# the rules below give a form of their own.
REPORTING_VERBS = SPEECH_CUES | frozenset({
    "say", "tell", "add", "note", "claim", "argue", "warn", "insist", "explain", "write",
    "report", "announce", "deny", "confirm", "state", "accuse", "acknowledge", "suggest",
    "estimate", "predict", "allege", "assert", "contend", "declare", "disclose", "reveal",
    "emphasise", "emphasize", "stress", "maintain", "mention", "observe", "remark", "reply",
    "respond", "retort", "concede", "admit", "complain", "caution", "promise", "pledge",
    "vow", "threaten", "tweet", "post", "testify", "recall", "believe", "expect", "quip",
    "boast", "lament", "counter", "agree", "predict", "forecast", "affirm", "reiterate",
    "inform", "assure", "brief", "point", "conclude", "indicate", "show", "read", "find",
    "continue", "clarify", "allow", "project", "calculate", "accuse", "blame",
    "describe", "call", "brand", "dub", "label", "condemn", "urge", "answer", "criticise",
    "criticize", "quote", "rule", "endorse", "term",
    # VerbNet's order-60 sense: "demanded that the government repeal ...", "demanded the minister resign"
    "demand",
    # a finding beside "find" ("the audit agency discovered that ..."), a belief beside "believe" and "fear"
    # ("locals suspect that ..."): PARC counts both kinds as attribution
    "discover", "suspect",
    # advice in a clause, as "urge" gives it with an infinitive: "officials are recommending everyone get a
    # flu shot", "..., a faculty group has recommended"
    "recommend",
    # WordNet's allege.v.01 ("report or maintain": allege, aver, say); Indian and Nigerian papers write "averred"
    "aver",
})
# Verbs with a that-clause that tell nothing: the clause is learnt, noticed, decided, required or made sure of.
NOT_TELLING = frozenset({"ensure", "insure", "mean", "require", "decide", "learn", "hear", "realise", "realize",
                         "notice", "pretend", "assume", "imagine", "order", "ask", "request", "check"})
# Cues that characterise with a quoted phrase: "described the attack as “a cowardly act”"; "term" is
# VerbNet's dub-29.3 beside "call", "brand", "dub" and "label"; "denounce" and "decry" blame as "condemn" does.
CHARACTERISE_CUES = frozenset({"describe", "call", "brand", "dub", "label", "term", "condemn", "criticise",
                               "criticize", "denounce", "decry"})
# Verbs of judgement (VerbNet's consider-29.9 and characterize-29.2): an opinion whose content is a small clause,
# "critics considered the film lazy", "deemed the plan unworkable", "see the move as a power grab"; with a bare
# object ("will consider the bill") they judge nothing yet.
# Verbs of praise and blame in news idiom ("slammed the plan as “a betrayal”", "hailed the deal as historic")
# judge their object only through an "as" phrase; alone ("blasted the ball over the bar") they judge nothing.
PRAISE_BLAME_CUES = PRAISE_CUES | frozenset({"slam", "blast", "lambast", "lambaste", "pan"})
JUDGEMENT_CUES = frozenset({"consider", "deem", "regard", "view", "see", "identify", "classify"}) | PRAISE_BLAME_CUES
# Verbs of blame that, like "criticise", judge a bare object ("slammed the government's decision to hike fares",
# "flayed the Centre's move to ...", "deplored the plan to close the ward"); the object must be an act, a plan or
# words (``BLAMED_NOUNS``), since the physical senses take things ("slammed the door", "flayed the fish").
BLAME_CUES = frozenset({"slam", "blast", "lambast", "lambaste", "flay", "castigate", "deplore", "excoriate"})
CRITIC_CUES = JUDGEMENT_CUES | BLAME_CUES
# Of those, the ones whose judgement is an "as" phrase after the object ("regard X as Y", "government figures
# identified the estate as the most deprived area"), never a bare small clause.
AS_JUDGEMENT_CUES = frozenset({"regard", "view", "see", "identify", "classify"}) | PRAISE_BLAME_CUES
# Things that display words rather than say them: "“Welcome to Falinge,” says the faded sign" attributes nothing.
# Not "poster": the original poster of a thread says what they write.
INSCRIPTIONS = frozenset({"sign", "signpost", "signboard", "banner", "placard", "plaque", "billboard",
                          "graffiti", "inscription", "slogan", "sticker"})
# Cues that attribute only when the subject is a document ("the post read", "the data show").
DOCUMENT_ONLY_CUES = frozenset({"read", "show", "find", "discover", "indicate", "conclude", "project", "calculate"})
# Verbs by which a report, a poll or a study states a finding, with or without a clause after it: those, and the
# ones anyone may speak by ("A Survation poll puts Labour nine points ahead", "Official figures put the toll at 40").
# Not "read": a document's words are quoted by it, but one that "reads like a wish list" is the author's verdict.
FINDING_VERBS = (DOCUMENT_ONLY_CUES - {"read"}) | frozenset({"put", "suggest", "estimate", "reveal", "predict"})
# Cues that need a following or preceding quote (no clause): "he continued."
QUOTE_ONLY_CUES = frozenset({"continue", "quip", "boast", "lament", "counter", "reply", "retort", "respond", "point",
                             "answer"})
# Cues that report speech only with an explicit "that": "allowed that ...", never "allowing X in".
THAT_ONLY_CUES = frozenset({"allow", "continue", "indicate", "endorse"})
# Cues that never close an inverted "..., X <cue>." sentence as its attribution.
QUESTION_LIKE_CUES = frozenset({"ask", "wonder", "continue", "point", "show", "find", "read", "allow", "call",
                                "describe", "brand", "dub", "label", "term", "believe", "expect"})
# Cues whose direct object can be the content: "the ministry confirmed the deaths of 12 soldiers", "the union
# demanded a 20 per cent pay rise" (what is demanded is the demand, as a call for it is).
OBJECT_CUES = frozenset({"accuse", "blame", "announce", "confirm", "deny", "report", "acknowledge", "admit", "estimate",
                         "predict", "reveal", "disclose", "allege", "claim", "forecast", "project", "condemn",
                         "criticise", "criticize", "recommend", "demand", "denounce", "decry"})
# Cues whose object and its infinitive are the content: "urged the council to reopen the clinic".
# Directives: speech only with an addressee and an infinitive, "directed the officials to complete the works"
# (not "directed the film").
DIRECTIVE_CUES = frozenset({"direct", "instruct"})
OBJECT_XCOMP_CUES = ADVISE | DIRECTIVE_CUES | frozenset({"implore", "call", "tell"})
# Cues whose "how" clause is the speaker's account, not a question: "told the court how he had been beaten".
ACCOUNT_CUES = frozenset({"tell", "describe", "recount", "explain", "recall", "detail", "relate", "testify"})
# Verbs by which a source keeps back what it was asked for: "refused to describe how ...", "failed to explain
# how ..." leave the account untold.
WITHHOLDING_VERBS = frozenset({"refuse", "decline", "fail", "neglect"})
# Subjects that are no one: "Nobody would call it a surprise" gives no one's opinion.
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "neither", "noone"})
# Speech acts whose content is a preposition's object: "warned of a strike", "called for calm".
PREP_CUES = {
    "warn": frozenset({"of", "against", "about"}), "call": frozenset({"for", "on"}),
    "appeal": frozenset({"for", "to"}), "plead": frozenset({"for"}), "push": frozenset({"for"}),
    "caution": frozenset({"against"}), "campaign": frozenset({"for", "against"}),
    "lobby": frozenset({"for", "against"}), "argue": frozenset({"for", "against"}),
}
# Cues whose xcomp is the content: "he denied having ...", "she claimed to have ...".
XCOMP_CUES = frozenset({"claim", "deny", "promise", "vow", "threaten", "pledge", "admit", "expect"})
ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "brief", "warn", "remind", "write"})
# Of those, the ones that also invert after their content, the phrase after them the speaker and not the one
# addressed: "..., warned G.J. Samathanam, Director of Research", "..., writes Jane Doe".
INVERTING_ADDRESSEE_CUES = frozenset({"warn", "write"})
HEDGING_CUES = frozenset({"claim", "allege", "suggest", "speculate", "believe", "expect", "estimate", "suspect"})

# The lemmatiser makes Latin plurals singular ("data" -> "datum"), so the lists name both forms.
DOCUMENT_NOUNS = frozenset({
    "datum",
    "report", "post", "statement", "letter", "tweet", "memo", "document", "study", "survey",
    "poll", "filing", "ruling", "release", "article", "paper", "analysis", "data", "figure",
    "website", "blog", "message", "video", "email", "e-mail", "notice", "complaint", "indictment",
    "lawsuit", "account", "channel", "assessment", "estimate", "review", "audit", "investigation",
    "inquiry", "findings", "dossier", "cable", "transcript", "bulletin", "communique", "readout",
    "decree", "order", "judgment", "judgement", "verdict", "report", "research", "footage",
    "broadcast", "newspaper", "outlet", "publication", "post", "update", "tally", "record", "record",
    "census", "forecast", "projection", "model", "chart", "map", "note", "brief", "briefing",
    "opinion", "warning", "advisory", "guidance", "petition", "manifesto", "proposal", "draft", "result",
})
PERSON_NOUNS = frozenset({
    *roles.VOICE_TITLES, "official", "source", "analyst", "expert",
    "minister", "president", "leader", "lawmaker", "senator", "diplomat", "officer",
    "commander", "witness", "resident", "researcher", "scientist", "economist", "lawyer",
    "attorney", "prosecutor", "judge", "adviser", "advisor", "aide", "critic", "activist",
    "doctor", "worker", "investigator", "author", "observer", "insider", "executive",
    "chairman", "chairwoman", "chief", "director", "governor", "mayor", "head", "envoy",
    "ambassador", "secretary", "representative", "campaigner", "resident", "people", "man",
    "woman", "victim", "survivor", "colleague", "supporter", "opponent", "member", "student",
    "teacher", "manager", "founder", "owner", "farmer", "soldier", "police", "medic", "nurse",
    "professor", "historian", "person", "journalist", "reporter", "correspondent", "candidate",
    "pilot", "cyclist", "driver", "defendant", "son",
})
# Nouns that name a person by the post they hold: the head of a role phrase. The claim matcher reads
# them too, so they live in the shared contract.
ROLE_NOUNS = roles.ROLE_NOUNS
# Abbreviated titles before a name, as the role noun a later "the doctor said" uses (no dot, lower case).
TITLE_ROLES = {
    "dr": "doctor", "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "prof": "professor", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "supt": "superintendent", "det": "detective", "insp": "inspector", "adm": "admiral", "amb": "ambassador",
    "atty": "attorney", "cmdr": "commander", "maj": "major", "rev": "reverend", "doctor": "doctor",
    "colonel": "colonel", "sergeant": "sergeant", "detective": "detective", "inspector": "inspector",
    "admiral": "admiral", "lieutenant": "lieutenant", "reverend": "reverend", "bishop": "bishop",
}
ORG_NOUNS = frozenset({
    "dept", "dept.", "govt", "govt.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "co.",
    "ministry", "government", "company", "department", "agency", "military", "army",
    "office", "administration", "committee", "commission", "court", "party", "group", "firm",
    "bank", "council", "authority", "authorities", "embassy", "regulator", "board", "union",
    "organisation", "organization", "association", "parliament", "cabinet", "kremlin",
    "campaign", "team", "navy", "force", "forces", "service", "institute", "university",
    "hospital", "school", "charity", "coalition", "alliance", "regime", "junta", "police",
    "prosecutors", "corporation", "network", "station", "newspaper", "outlet", "media",
    "airline", "carrier", "retailer", "manufacturer", "insurer", "startup", "lender", "automaker",
    "carmaker", "conglomerate", "operator", "foundation", "utility", "broadcaster", "publisher", "guard",
    "watchdog", "supermarket", "trust",
})
# Nouns that name a firm, a business whose posts speak for their holders ("the airline's chief", "Group chief
# executive Noel Quinn"), as "corp" and "inc" after a name do: the organisation nouns of trade, and "group", which
# heads a business ("the Adani group") as often as a band of people.
FIRM_NOUNS = frozenset({
    "company", "firm", "corporation", "corp", "inc", "ltd", "co", "bank", "airline", "carrier", "retailer",
    "manufacturer", "insurer", "startup", "lender", "automaker", "carmaker", "conglomerate", "operator", "utility",
    "service", "group",
})
# Organisation nouns that, bare and definite ("the company said"), refer back to the organisation
# the story named; "the government", "the police" or "the administration" often do not.
ANAPHORIC_ORG_NOUNS = frozenset({
    "company", "firm", "corporation", "bank", "airline", "carrier", "retailer", "manufacturer", "insurer",
    "startup", "lender", "automaker", "carmaker", "conglomerate", "operator", "club", "union", "charity",
    "university", "hospital", "group", "network", "broadcaster", "publisher", "agency", "ministry",
    "department", "council", "committee", "commission", "institute", "regulator", "foundation", "utility",
    "developer", "maker", "giant", "chain", "party", "campaign", "watchdog", "supermarket", "trust", "force",
})
# Kinds of organisation a name can declare ("Central Bank of Kenya", "Ministry of Health", "Stanford
# University"). A bare "the ministry" can refer back to an organisation named without its kind ("Toyota"
# for "the company") but never to one whose name declares a kind of another family: a bank is no ministry.
# Nouns in no family fit any organisation: "group", "union", and the nouns of a function that bodies of any
# kind perform ("the regulator" is often a central bank, "the utility" a power authority, "the agency" an institute).
ORG_FAMILIES = (
    # the firm nouns, less those a body of any kind can be called ("group", "operator", "utility", "service"),
    # plus the trades a name declares as a firm does ("Hearst Newspapers", "Nine Network")
    FIRM_NOUNS - {"co", "group", "operator", "service", "utility"}
    | {"network", "broadcaster", "publisher", "developer", "maker", "giant", "chain", "newspaper", "station",
       "supermarket"},
    frozenset({"ministry", "department", "dept", "office", "administration", "authority", "commission",
               "committee", "council", "board", "government", "govt", "cabinet", "embassy", "bureau",
               "parliament"}),
    frozenset({"university", "college", "school", "hospital", "institute"}),
    frozenset({"party", "campaign"}),
    frozenset({"military", "army", "navy", "police", "force", "forces"}),
    frozenset({"court", "tribunal"}),
)
# Cues of a social-media post, whose text may follow as a paragraph without quote marks.
POST_CUES = frozenset({"tweet", "post", "write"})
FIRST_SECOND_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your"})
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_GROUP = frozenset({"it", "they", "them"})
PRONOUNS_OTHER = frozenset({"i", "we", "you", "one"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

HEDGE_WORDS = frozenset({
    "may", "might", "could", "reportedly", "allegedly", "alleged", "purportedly", "apparently",
    "possibly", "perhaps", "probably", "likely", "unconfirmed", "unverified", "rumored",
    "rumoured", "suspected", "supposedly", "seemingly", "presumably",
})
# Modals that make an author's sentence speculation, not a checkable statement.
SPECULATIVE_MODALS = frozenset({"could", "might", "may", "would"})
CONDITION_WORDS = frozenset({"accurate", "true", "correct", "confirmed", "verified", "right", "authentic"})

# Main verbs that make an author's sentence a concrete, checkable event.
EVENT_VERBS = frozenset({
    "kill", "attack", "invade", "launch", "sign", "approve", "pass", "arrest", "seize", "strike",
    "bomb", "capture", "win", "lose", "resign", "elect", "vote", "hold", "ban", "sanction",
    "impose", "withdraw", "deploy", "fire", "shoot", "die", "explode", "raid", "sentence",
    "convict", "charge", "sue", "acquire", "buy", "sell", "close", "cut", "raise", "veto",
    "order", "release", "free", "detain", "destroy", "hit", "target", "storm", "occupy",
    "retake", "recapture", "evacuate", "flee", "overthrow", "abandon", "surrender", "invest",
    "fund", "reject", "block", "suspend", "halt", "cancel", "expel", "indict", "fine",
    "shut", "injure", "wound", "crash", "collapse", "flood", "burn", "execute", "kidnap",
    "abduct", "free", "rescue", "defeat", "oust", "appoint", "nominate", "fire", "dismiss",
    "hike", "slash", "triple", "double", "merge", "bankrupt", "default", "shell", "down",
    "reelect", "defeat", "beat", "acquit", "plead", "ratify", "secure", "award", "grant", "ease",
    "lift", "sweep", "lead", "hire", "resume", "postpone", "summon", "dismiss",
    "leave", "quit", "obtain", "join", "found",
})
# Verbs whose subject undergoes the event: a death or a disaster is news whoever it befell ("a passenger died").
HAPPENINGS = frozenset({"die", "explode", "collapse", "crash", "erupt", "sink", "drown", "capsize", "derail"})
# Verbs that set a date for something to come ("had been scheduled to begin on 2 November"): a schedule,
# which the labelling convention counts as no claim, however it is told.
SCHEDULING_VERBS = frozenset({"schedule", "reschedule", "slate"})
# Bodies that hear evidence: "..., the court heard", "the inquest heard that ..." tell what was put to them,
# though "hear" is otherwise learning, not telling (``NOT_TELLING``); British court copy names the trial too
# ("..., the trial heard").
HEARING_BODIES = frozenset({"court", "tribunal", "inquest", "inquiry", "jury", "hearing", "panel", "trial"})
# Creatures whose death copy reports as a person's: "Hundreds of fish were found dead", "sheep found drowned".
CREATURES = frozenset({"animal", "fish", "salmon", "whale", "dolphin", "seal", "bird", "sheep", "cow", "cattle",
                       "horse", "dog", "cat", "pig", "deer", "livestock", "koala", "kangaroo", "turtle"})
# Plants, which copy finds "drowned" or "dead" with no death to report ("flowers" reads as a people noun's ending).
PLANTS = frozenset({"flower", "plant", "crop", "seedling", "tree", "shrub", "lawn", "bulb", "vegetable", "weed"})
# What one is "drowned in" when no one drowns: "drowned in debt", "drowned in paperwork".
FIGURATIVE_FLOODS = frozenset({"debt", "paperwork", "work", "bill", "grief", "sorrow", "email", "bureaucracy",
                               "tear", "noise", "applause", "praise", "complaint", "data", "information"})
# Trials that are tests or contests, not a court's: "a clinical trial", "the time trial", "the cup trial".
NON_COURT_TRIALS = frozenset({"clinical", "drug", "vaccine", "medical", "field", "time", "cup", "speed", "pilot",
                              "sea", "olympic"})
# Gestures and postures: "Lyle laughed", "she sat with her head bowed" colour the scene of a story,
# told in the past they report no event the reader could check; done by a body ("Parliament sat until
# midnight", "Boeing paused deliveries") they are its acts.
DEMEANOUR_VERBS = frozenset({"laugh", "smile", "grin", "chuckle", "nod", "shrug", "sigh", "frown", "wince",
                             "blush", "weep", "sob", "sit", "pause", "gesture", "stare", "glance"})
# What a setting kept as it was is left as: "kept its policy settings unchanged", "left the cash rate steady".
UNCHANGED = frozenset({"unchanged", "steady", "stable", "intact"})
# People a body keeps stable, safe or in custody, which is care, not a setting: "kept the patient stable".
CARED_FOR_NOUNS = frozenset({"patient", "boy", "girl", "child", "baby", "infant", "toddler", "teenager", "pupil",
                             "passenger", "prisoner", "detainee", "hostage", "suspect", "mother", "father"})
# What a verb of blame judges when it is its bare object: an act, a plan or words.
BLAMED_NOUNS = STANCE_NOUNS | PLAN_NOUNS | REPORTING_NOUNS
# Verbs of blame that also mean making a sound ("blasted music from loudspeakers"): an announcement or a warning
# blasted may be only played out loud, so these judge an act, a plan or a claim, not any words.
SOUND_BLAME_CUES = frozenset({"blast"})
BLASTED_NOUNS = STANCE_NOUNS | PLAN_NOUNS | frozenset({"claim", "statement", "assertion", "allegation", "accusation",
                                                       "argument", "suggestion", "contention"})
# Verbs of state, perception, thought and feeling: told in the past they still report no event
# ("seemed", "wanted", "knew", "had").
STATE_VERBS = frozenset({
    "be", "have", "seem", "appear", "look", "sound", "feel", "remain", "stay", "become", "get", "keep",
    "know", "think", "believe", "want", "wish", "hope", "like", "love", "hate", "need", "mean", "own",
    "contain", "include", "consist", "involve", "depend", "matter", "deserve", "lack", "exist", "belong",
    "see", "hear", "understand", "remember", "forget", "realise", "realize", "consider", "expect", "tend",
    "try", "use", "make", "do", "go", "come", "take", "let", "help", "begin", "start", "continue",
})
# "expressed hope that ...", "raised concerns that ...": a light verb and a speech noun make a cue,
# but only with a that-clause on the noun ("raised taxes" is no speech).
LIGHT_SPEECH_VERBS = frozenset({"express", "raise", "voice", "share", "reiterate", "repeat", "issue", "give"})
SPEECH_NOUNS = frozenset({
    "hope", "concern", "fear", "doubt", "worry", "warning", "belief", "confidence", "optimism",
    "view", "assurance", "conviction", "suspicion", "expectation", "regret", "frustration", "claim",
    # feelings a body or an official voices in Indian and wire copy ("expressed its dissatisfaction over ...")
    "dissatisfaction", "displeasure", "unhappiness", "anguish", "disappointment", "anger", "outrage", "reservation",
})
# Nouns an author sets off after a reported clause to sum it up ("..., a decision most economists had expected",
# "..., a blow to families"): the speech act itself, or the act or turn the clause amounts to. A speech verb in
# such a phrase's relative clause (", a claim it repeated") tells what became of the phrase, not the clause.
SUMMING_NOUNS = REPORTING_NOUNS | frozenset({
    "move", "decision", "step", "boost", "setback", "blow", "reversal", "shift", "climbdown", "concession",
    "commitment", "provocation", "message", "figure", "excuse", "relief", "assessment", "development",
})
# Heads of a speaker phrase that keep a source anonymous: never the description of a newcomer
# named in the next paragraph ("One unnamed source said ...").
ANONYMOUS_SOURCES = frozenset({
    "source", "official", "person", "insider", "aide", "diplomat", "someone", "witness", "resident",
})
# Subjects that make an event concrete though they name no one: "Voters rejected the plan".
COLLECTIVE_ACTORS = frozenset({
    "voter", "lawmaker", "juror", "jury", "police", "troop", "soldier", "protester", "rebel",
    "militant", "gunman", "shareholder", "senate", "house", "parliament", "court", "regulator",
})
# Those who act for a public body ("Detectives arrested a man", "Firefighters rescued a dog") and those who act
# against the law ("Thieves stole a statue"): unnamed, yet what they did to someone or something is checkable.
# Kept apart from ``COLLECTIVE_ACTORS``, whose every act counts: "Officers were praised", "Medics worked through
# the night" are the scene, not the news. Not crowds of ordinary people ("residents", "fans", "workers").
BODY_AGENTS = frozenset({
    "officer", "detective", "cop", "prosecutor", "investigator", "inspector", "official", "authority",
    "firefighter", "paramedic", "medic", "rescuer", "coastguard", "demonstrator",
    "thief", "burglar", "robber", "attacker", "looter", "kidnapper",
})

# Labels a paragraph opens with in capitals and a colon that name a kind of paragraph, not who speaks.
RUBRICS = frozenset({
    "update", "updated", "breaking", "breaking news", "question", "answer", "note", "editor's note",
    "correction", "clarification", "exclusive", "analysis", "opinion", "live", "watch", "read more", "related",
    "first half", "second half", "half time", "full time", "background", "context", "summary",
})

# What one leaves in a departure: "left his position", "left the network".
POSTS = frozenset({"position", "post", "job", "office", "role", "seat", "network", "company", "firm", "party",
                   "government", "cabinet", "team", "club", "board", "country", "bank", "administration"})
# Surface forms for the parser-independent inverted-quote rule (“...,” the post read): those of the
# published speech cues, and of the verbs the rules above give a form of their own.
REPORTING_FORMS = surface_forms(SPEECH_CUES) | frozenset({
    "said", "says", "told", "tells", "added", "adds", "noted", "notes", "wrote", "writes",
    "read", "reads", "stated", "states", "claimed", "claims", "argued", "argues", "warned",
    "warns", "insisted", "insists", "explained", "explains", "continued", "continues",
    "declared", "declares", "tweeted", "tweets", "posted", "reported", "reports", "recalled",
    "recalls", "stressed", "stresses", "acknowledged", "admitted", "conceded", "replied",
    "responded", "countered", "quipped", "observed", "remarked", "suggested", "predicted",
})


def clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in: ``tok`` itself if it is one, else the nearest verb up its heads, or
    the root when none is."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def verb_lemma(verb: Token) -> str:
    """The verb's lemma, mended where the model's is no verb: it gives "fin" for "fined"."""
    lemma = verb.lemma_.lower()
    return "fine" if lemma == "fin" else lemma


def with_particle(verb: Token, particle: str) -> bool:
    """The phrasal verb ``verb`` + ``particle`` ("point out", "rule out", "break out"), which means what the bare
    verb does not."""
    return any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
