"""The nouns that name a person by the post they hold ("minister", "director", "prosecutor").

Read by the claim extractor, which finds a role phrase's head by them, and by the claim matcher,
which tells a role held in office from a person in a private capacity ("the victim's sister").
Lemmas, lower case.
"""
from __future__ import annotations

ROLE_NOUNS = frozenset({
    "minister", "president", "leader", "senator", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "chief", "director", "governor", "mayor", "head", "envoy", "ambassador",
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
