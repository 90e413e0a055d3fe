"""The nouns that name a person by the post they hold ("minister", "director", "prosecutor").

Read by the claim extractor, which finds a role phrase's head by them, and by the claim matcher,
which tells a role held in office (``OFFICE_NOUNS``) from a person in a private capacity ("the
victim's sister", "the family's lawyer", "a shop owner") and one post of a head noun from another
(``PORTFOLIO_WORDS``, ``RANK_WORDS``, ``POST_SPELLINGS``). Lemmas, lower case.
"""
from __future__ import annotations

from functools import lru_cache

# The titles of one who speaks for a body, as ``title_head`` gives them.
VOICE_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A title's head word in forms the lemma tables do not fold: plurals ("spokesmen", "spokespeople"), the abbreviation
# of trade and tabloid copy ("spox").
_HEAD_FORMS = {"spokesmen": "spokesman", "spokeswomen": "spokeswoman", "spokespeople": "spokesperson",
               "spokespersons": "spokesperson", "spox": "spokesperson"}
# A press office's titles of two words, whose last word alone ("officer", "secretary") heads other posts too.
_PRESS_TITLES = frozenset({"press secretary", "press secretaries", "press officer", "press officers", "pr officer",
                           "pr officers"})

ROLE_NOUNS = frozenset({
    *VOICE_TITLES, "minister", "president", "leader", "senator", "secretary", "chief", "director", "governor",
    "mayor", "head", "envoy", "ambassador",
    "chairman", "chairwoman", "chair", "executive", "ceo", "chancellor", "premier", "commissioner",
    "host", "anchor", "coach", "manager", "captain", "commander", "general", "prosecutor", "judge",
    "attorney", "lawyer", "adviser", "advisor", "aide", "strategist", "official", "representative",
    "congressman", "congresswoman", "lawmaker", "councillor", "councilman", "councilwoman",
    "sheriff", "superintendent", "founder", "owner", "editor", "correspondent", "economist",
    "analyst", "professor", "researcher", "scientist", "diplomat", "officer", "pharmacist",
    "deputy", "speaker", "whip", "nominee", "candidate", "king", "queen", "prince", "princess",
    "pope", "monarch", "treasurer", "auditor", "inspector", "regulator", "prime",
    "doctor", "colonel", "lieutenant", "sergeant", "detective", "admiral", "bishop", "reverend",
})

# The posts among them: public offices, and the head of a body, who speaks for it ("the company's managing
# director" may be its chief executive). A lawyer, an owner, a doctor or an analyst speaks for a client, a
# shop, a patient or themselves, never for an office; "attorney" is one only as a prosecutor's title
# ("the district attorney", "the attorney general"), which the matcher reads as "prosecutor" and "attorney
# general".
OFFICE_NOUNS = frozenset({
    *VOICE_TITLES, "minister", "president", "leader", "senator", "secretary", "chief", "director", "governor",
    "mayor", "head", "envoy", "ambassador", "chairman", "chairwoman", "chair",
    "executive", "chancellor", "premier", "commissioner", "commander", "general", "prosecutor", "judge",
    "attorney general", "official", "representative", "congressman", "congresswoman", "lawmaker", "councillor",
    "councilman", "councilwoman", "sheriff", "superintendent", "diplomat", "officer", "deputy", "speaker",
    "whip", "king", "queen", "monarch", "treasurer", "auditor", "inspector", "regulator", "colonel",
    "lieutenant", "sergeant", "detective", "admiral",
})

# The words of a post that say which office of its head noun it is: the portfolio ("foreign", "the Minister of Health",
# "prime"), the service ("the police chief", "the fire chief") and the level ("a state prosecutor", "a federal
# prosecutor"). One head with two of these is two posts, held by two people. Descriptors are not among them, as they
# name no other post: tenure ("new", "outgoing"), nationality and owner ("Canadian", "the country's"), manner and rank
# of esteem ("embattled", "top").
PORTFOLIO_WORDS = frozenset({
    "foreign", "finance", "interior", "home", "justice", "defence", "defense", "health", "education", "trade",
    "transport", "energy", "environment", "treasury", "housing", "labour", "labor", "agriculture", "culture", "economy",
    "industry", "immigration", "commerce", "tourism", "sport", "sports", "science", "fisheries", "communications",
    "infrastructure", "works", "unification", "veterans", "prime", "police", "fire", "state", "federal", "provincial",
    "county", "district", "transportation",
})
# Words that make a post another one, held by another person: a deputy, a vice president, a shadow or junior minister,
# a former or incoming holder. Not "acting", "interim" or "outgoing": they hold the post now and speak for it.
RANK_WORDS = frozenset({"deputy", "vice", "assistant", "junior", "shadow", "former", "ex", "incoming"})
# One portfolio or rank spelled two ways ("the defence minister", "the defense minister"; "the ex-minister", "the former
# minister"): folded to one before two posts' words are compared.
POST_SPELLINGS = {"defence": "defense", "labour": "labor", "ex": "former", "transportation": "transport"}

# Sources that speak for themselves or for a private side, never for an office or a service: "residents said" is
# not "police said", nor "the union said" "the company said". One private party: outlets name one side by many of
# these nouns ("relatives", "his family"; "teachers", their union; "critics", "activists"). Not experts, monitors
# or observers, whom a government or the UN sends as often.
PRIVATE_NOUNS = frozenset({
    "witness", "eyewitness", "bystander", "onlooker", "resident", "neighbour", "neighbor", "villager",
    "relative", "family", "parent", "mother", "father", "sister", "brother", "son", "daughter", "wife", "husband",
    "widow", "cousin", "passenger", "patient", "worker", "employee", "student", "pupil", "teacher", "fan",
    "supporter", "analyst", "economist", "activist", "campaigner", "protester", "protestor", "critic", "opponent",
    "opposition", "union",
})

# The services whose people speak for them unnamed, as an office's holder does: "police", "officers" and
# "detectives", "rescuers" and "coastguards". Outlets name one service by any of them. Not nurses, who
# speak for a hospital or as its staff ("the ward was understaffed, nurses said").
SERVICE_NOUNS = frozenset({
    "police", "authority", "investigator", "rescuer", "firefighter", "soldier", "troop", "medic", "paramedic",
    "coastguard", "crew", "military", "army", "force",
})


# Titles of one post whose head nouns differ, as the extractor's ``role_text`` gives them (modifiers and head, lower
# case): a story calls one person "the police chief" and "Commissioner Mark Rowley", "the fire chief" and "Chief Fire
# Officer Dan Ellis", "the chief executive" and "Chief Executive Officer Jane Fraser". A bare "commissioner" is the
# police's, as the lead's ruling has it.
ONE_POST_TITLES = (
    frozenset({"police chief", "commissioner", "police commissioner", "chief constable"}),
    frozenset({"fire chief", "fire commissioner", "chief fire officer"}),
    frozenset({"chief executive", "chief executive officer", "ceo"}),
)


def one_post(title: str, other: str) -> bool:
    """Whether two titles name one post: "police chief" and "commissioner", not "police chief" and "fire
    commissioner"."""
    return any(title in titles and other in titles for titles in ONE_POST_TITLES)


# asked of a noun's lemma per candidate speaker in the extractor, where the same few lemmas come again and again
@lru_cache(maxsize=4096)
def title_head(title: str) -> str:
    """The head word of a title, lower case, singular and unabbreviated where the lemma tables miss it: "spokesmen"
    -> spokesman, "a Tesco spox" -> spokesperson, "the White House press secretary" -> spokesperson, "defence
    minister" -> minister. The title ends at its head: "a spokesman for the ministry" is the caller's to cut."""
    words = [w.strip(".,'’") for w in title.lower().split()]
    words = [w for w in words if w]
    if not words:
        return ""
    if " ".join(words[-2:]) in _PRESS_TITLES:
        return "spokesperson"
    return _HEAD_FORMS.get(words[-1], words[-1])
