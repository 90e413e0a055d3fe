"""What a name tells about a person: likely gender, and whether a word is a known first name or surname.

The lists are the 1990 US Census first-name and surname files shipped by the
``names`` package (MIT), read once per process from the installed package: no
download at run time. They are American; a name they do not know is simply
unknown (compatible with any pronoun), never guessed.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

# A first name counts as one gender only when it is this many times more frequent
# for that gender ("Jordan", "Taylor" stay unknown).
_DOMINANCE = 4.0
# The files round shares to 0.001 percent: a name at that floor was held by a handful of people in
# the sample, often transliterations ("Wen", "Ming") whose bearers in the news are mostly of the
# other gender, so it is no evidence either way.
_FLOOR = 0.001
# Honorifics and gendered role nouns that settle the question outright.
MALE_WORDS = frozenset({
    "mr", "mr.", "sir", "lord", "king", "prince", "duke", "earl", "baron", "father", "brother", "uncle",
    "congressman", "chairman", "spokesman", "businessman", "sheikh", "emir", "son", "husband", "boy",
    "grandfather", "monsieur", "herr", "señor", "signor", "man", "dad", "grandad",
})
FEMALE_WORDS = frozenset({
    "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "duchess", "countess",
    "baroness", "mother", "sister", "aunt", "congresswoman", "chairwoman", "spokeswoman",
    "businesswoman", "daughter", "wife", "girl", "grandmother", "madame", "madam", "frau", "señora",
    "signora", "actress", "woman", "mum", "mom", "grandma", "widow",
})
# Parents as tabloid and local copy count them ("mum-of-two", "father of three").
PARENT_WORDS = frozenset({"mother", "father", "mum", "mom", "dad", "grandmother", "grandfather", "grandad",
                          "grandma"})


def _read(name: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in resources.files("names").joinpath(name).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First name -> "m" or "f" where one gender clearly dominates."""
    male, female = _read("dist.male.first"), _read("dist.female.first")
    genders = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) <= _FLOOR:
            continue
        if m >= _DOMINANCE * f:
            genders[name] = "m"
        elif f >= _DOMINANCE * m:
            genders[name] = "f"
    return genders


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(_read("dist.all.last"))


def is_first_name(word: str) -> bool:
    return word[:1].isupper() and word.capitalize() in first_name_genders()


def opens_a_name(tok) -> bool:
    """A capitalised word a name can open with ("Mary", "McConnell", "JB"): a known first name, or any but a
    function word ("He", "The", "It" after "Amartya Sen." open the next sentence, not a name)."""
    return tok.text[:1].isupper() and (not tok.is_stop or is_first_name(tok.text))


def next_word(doc, i: int) -> int:
    """The first token after token ``i`` past in-line spaces (a no-break space between "Gov." and "Doug") and
    opening marks (a quote opening the next sentence, or a nickname: 'Gen. "Mad Dog" Mattis')."""
    j = i + 1
    while j < len(doc) and (doc[j].is_left_punct or doc[j].is_space and "\n" not in doc[j].text):
        j += 1
    return j


def gender_of(words: list[str]) -> str | None:
    """ "m", "f" or None for a name with its titles, e.g. ["Ms.", "Tran"] or ["Anna", "Kowalczyk"]."""
    for w in words:
        low = w.lower()
        if low in MALE_WORDS:
            return "m"
        if low in FEMALE_WORDS:
            return "f"
    # the first capitalised word that is a known first name: a title before it ("Prime Minister
    # Anna ...") says nothing, and a surname after it must not override it
    genders = first_name_genders()
    for w in words:
        if w[:1].isupper() and w.capitalize() in genders:
            return genders[w.capitalize()]
    return None
