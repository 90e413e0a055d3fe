"""Same-story clustering and near-duplicate (syndication) detection, with state in ES.

``StoryClusterer(es, settings).assign([(article, enrichment), ...])`` returns
``(story_id, near_duplicate_of)`` per article, in order. The enricher calls it
before publishing to news.enriched.

* **near duplicates**: a MinHash over word shingles (``shingle_size`` words),
  banded for LSH (``nd_bands``); an estimated shingle Jaccard at or above
  ``near_dup_threshold`` makes a copy (syndication: the same wire text with a
  byline or a sentence changed). A copy gets ``near_duplicate_of`` = the first
  copy's article_id, and its story. (A 64-bit SimHash with a 3-bit Hamming
  threshold was tried first: a four-word byline on a 60-word wire story moved it
  by 5 to 9 bits, so short copies were missed.)
* **the same event in other words**, online as in Miranda et al. (EMNLP 2018):
  an article is a TF-IDF vector over the lemmas of its title and lead
  (``lead_terms``; the plurals the lemmatiser leaves, as in proper nouns, folded by ``plural_stem``; in a
  text in another language, which the extractor does not lemmatise, words cut to their first
  ``PREFIX_CHARS`` letters, and character pairs in unspaced Chinese and Japanese, each pair weighted by
  1 + the log of how often the text repeats it) plus the words of its named entities, folded alike
  (boosted by ``entity_boost``); the IDF of each term and entity is its document frequency among the stories
  index's articles of the last ``df_days``, so a word or a name that every
  article of the moment carries ("Covid", "Taliban") weighs little and a rare
  one ("Cumbre Vieja", "Rusesabagina") much. Candidates are the articles within
  ``lookback_days`` that Elasticsearch's ``more_like_this`` (BM25 on the lemmas)
  ranks highest, or that share an entity or a near-duplicate band. A story's
  score is ``link_weight`` x the best cosine to one of its articles plus the
  rest x the cosine to the story's centroid, damped by the time since its
  nearest article (half-life ``half_life_hours``); the best story at or above
  ``threshold`` is joined, but only if the cosine to its centroid reaches
  ``drift_threshold``: one close article cannot pull a story onto another
  topic, and a grown story keeps its centre. Nor is it joined when the article
  that linked best is the same outlet's and the two headlines state figures,
  none of them shared (two scores, two tallies: two events of one topic; the number
  inside a name, "Covid-19" or "G20", is no figure), nor when
  that article is the same outlet's, time tells nothing (the newcomer's feed gave no
  time, or the two were published within ``SAME_OUTLET_MOMENT``) and the cosine to
  the centroid stays below ``SAME_OUTLET_CENTRE``; nor when that article is another outlet's, the
  newcomer's headline names a place no article of the story mentions (among their names also without
  accents: "Bogotá" is "Bogota"), and none shares a name with it (``elsewhere``).
  Nor is its own outlet's story joined whose articles share with the newcomer nothing but a place's words
  (``only_places_shared``): one desk's two short items about one town on one day are two events there.
  Otherwise the article starts a story (``s`` + its article_id prefix).

One ``_msearch`` per batch: a search per new article for its candidates, and
one search (a few for a batch of very many features) counting document frequencies per hour of publication the batch spans
(``_df_groups``), each hour over its own window; a batch is placed in order of publication, whatever order it arrived in, and
articles earlier in it are candidates too. The centroid (its ``core_terms`` heaviest terms) and
the story's size travel with each article's stored signature, so the newest
member carries the story's current centre without another lookup. An article
seen before (a replay) gets its stored answer back, so story ids are stable.
State: ``{ns}-news-stories``.
"""
from __future__ import annotations

import hashlib
import logging
import math
import operator
import re
import struct
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

import numpy as np
from elasticsearch import exceptions as es_exc

from consumers.enricher.versioned_cache import VersionedCache, index_cached
from newsradar.alerts_file import StoryParams, load_alerts_file
from newsradar.clients import ES_ERRORS, msearch
from newsradar.clock import WEEKDAYS, iso, parse_time, utcnow
from newsradar.errors import es_bulk_error, es_error
from newsradar.schema import Article, Enrichment
from newsradar.text import tokens, unaccented

log = logging.getLogger(__name__)

STORY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "EVENT", "LOC", "FAC", "LAW", "PRODUCT"}
ENTITY_PREFIX = "e:"
_MERSENNE = (1 << 61) - 1
_STOP = set("""a an and are as at be been but by for from had has have he her his i in into is it its
of on or our she that the their them they this to was were will with would said says say after
about over more than also not no who what when where which while new after before up out""".split())


# Chinese and Japanese write no spaces, so a "word" token is a whole clause ("原军委副主席徐才厚因病身亡")
# that no other report repeats; two-character runs are the usual unit of CJK retrieval (a name like
# 徐才厚 yields 徐才 and 才厚, shared by every report that names him).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def cjk_bigrams(words: list[str]) -> list[str]:
    """``words`` with every token that holds CJK characters replaced by its overlapping character pairs."""
    out: list[str] = []
    for w in words:
        if _CJK.search(w) and len(w) > 2:
            out += [w[i:i + 2] for i in range(len(w) - 1)]
        else:
            out.append(w)
    return out


# The extractor lemmatises English only; in other languages a word's forms ("Hochwasser", "Hochwassers";
# "incendio", "incendios") are one term to an editor, and cutting words to their first letters is the
# language-free way to make them one (truncation stemming).
PREFIX_CHARS = 6


def unlemmatised_terms(terms: list[str], language: str | None) -> list[str]:
    """The terms of a text the extractor did not lemmatise, from its ``cjk_bigrams``: other words cut to their
    first ``PREFIX_CHARS`` letters when ``language`` is known. A text in no language the detector could name
    is mostly a short English one: cut, "government" would no longer meet the lemma "government" of its
    English neighbours."""
    if language is None:
        return terms
    return [w if _CJK.match(w) else w[:PREFIX_CHARS] for w in terms]


# spaCy leaves a proper noun's lemma as written ("Highlands" beside "Highland", "Americans" beside "American"),
# and names are split into their words unlemmatised, so two reports naming one thing in two numbers share
# no term. Harman's S-stemmer (1991) folds the plural alone, so it joins far fewer words of different meaning
# than a longer cut ("Times" and "time" are some). Cached: an article's ~90 lead and name words would
# otherwise cost 2% of its placing.
@lru_cache(maxsize=1 << 16)
def plural_stem(word: str) -> str:
    """``word`` without an English plural ending: "-ies" to "-y" (not "-eies", "-aies"), "-s" dropped (not
    after "a", "i", "u" or "s": "Hamas", "Isis", "virus", "glass" are singular, and folding them would join
    them to other words, "Hama" a Syrian city); words of three letters or fewer are left whole."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("as", "is", "us", "ss")):
        return word
    if word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    return word[:-1]


def _h64(data: str) -> int:
    return struct.unpack("<Q", hashlib.blake2b(data.encode(), digest_size=8).digest())[0]


def shingles(words: list[str], k: int) -> set[str]:
    return {" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))} if words else set()


def _perms(n: int) -> list[tuple[int, int]]:
    out = []
    for i in range(n):
        d = hashlib.blake2b(f"perm{i}".encode(), digest_size=16).digest()
        a, b = struct.unpack("<QQ", d)
        out.append(((a % (_MERSENNE - 1)) + 1, b % _MERSENNE))
    return out


def minhash(features: set[str], perms: list[tuple[int, int]]) -> list[int]:
    """Per permutation, min over features of ``((a * h64(f) + b) mod (2^61 - 1)) & 0xFFFFFFFF``.

    Computed exactly in uint64 numpy arrays (no 122-bit products): with p = 2^61 - 1,
    2^61 = 1 (mod p), so a * x splits into 32-bit halves whose partial products fit,
    and the sum of the reduced parts stays below 2^64. Equal, value for value, to the
    plain Python expression (a unit test compares them), 50 to 100x faster.
    """
    if not features:
        return [0xFFFFFFFF] * len(perms)
    x = np.fromiter((_h64(f) for f in features), dtype=np.uint64, count=len(features))
    a, b = _perm_arrays(perms)
    return _mulmod_min(a, b, x).tolist()


_M61 = np.uint64(_MERSENNE)
_LOW32 = np.uint64(0xFFFFFFFF)
_LOW29 = np.uint64((1 << 29) - 1)
_PERM_CACHE: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}


def _perm_arrays(perms: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    key = tuple(perms)
    hit = _PERM_CACHE.get(key)
    if hit is None:
        hit = (np.array([a for a, _ in perms], dtype=np.uint64)[:, None],
               np.array([b for _, b in perms], dtype=np.uint64)[:, None])
        _PERM_CACHE[key] = hit
    return hit


def _mod61(y: np.ndarray) -> np.ndarray:
    """y mod (2^61 - 1) for y < 2^64: one fold leaves r < 2^61 + 8; then min(r, r - p) in
    unsigned arithmetic picks r - p exactly when r >= p (otherwise r - p wraps above r)."""
    r = y & _M61
    r += y >> _S61
    return np.minimum(r, r - _M61, out=r)


def _mulmod_min(a: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """min over x of ((a * x + b) mod p) & 0xFFFFFFFF, for a, b of shape (P, 1) and x of shape (N,)."""
    x = _mod61(x)                                   # a*x + b = a*(x mod p) + b (mod p); now x < 2^61
    xh, xl = x >> _S32, x & _LOW32                   # xh < 2^29
    ah, al = a >> _S32, a & _LOW32                   # ah < 2^29
    total = ah * xh                                  # * 2^64 = * 8 (mod p)
    total <<= _S3                                    # < 2^61
    mid = ah * xl
    mid += al * xh                                   # < 2^62, to be multiplied by 2^32:
    total += mid >> _S29                             # the part above 2^61 folds down (2^61 = 1)
    mid &= _LOW29
    mid <<= _S32
    total += mid                                     # < 2^62 + 2^33
    low = al * xl                                    # < 2^64
    total += low >> _S61
    low &= _M61
    total += low                                     # < 2^62 + 2^61 + 2^34
    total += b                                       # < 2^63 + 2^62
    total = _mod61(total)
    total &= _LOW32
    return total.min(axis=1)


_S3, _S29, _S32, _S61 = (np.uint64(n) for n in (3, 29, 32, 61))


def jaccard_est(a: list[int], b: list[int]) -> float:
    return sum(map(operator.eq, a, b)) / len(a) if a else 0.0


def near_copies(sig: Signature, candidates: list[Signature], threshold: float) -> list[Signature]:
    """The ``candidates`` whose ``jaccard_est`` with ``sig`` reaches ``threshold``, in their order.

    Some 35 candidates an article: compared in one array operation rather than a Python loop over 64
    values each (a fifth of placing). The same figure: the count of equal values over ``sig``'s length.
    A MinHash of another length (one stored under another ``num_perm``) is compared as ``jaccard_est`` does.
    """
    n = len(sig.nd_minhash)
    if not candidates or not n or any(len(c.nd_minhash) != n for c in candidates):
        return [c for c in candidates if jaccard_est(sig.nd_minhash, c.nd_minhash) >= threshold]
    equal = (np.stack([c.minhash_values() for c in candidates]) == sig.minhash_values()).sum(axis=1)
    return [c for c, k in zip(candidates, equal.tolist()) if k / n >= threshold]


def _unit(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Equal to the last bit to the sum over the smaller vector's terms in its order, as it always was.

    An article meets some 80 vectors in placing, most sharing none or a few of its terms: the
    shared terms are found by one set operation in C, a missing term only ever added 0.0 (which
    leaves a sum as it was), and two terms add up alike in either order; only three or more
    shared terms are summed in the smaller vector's order.
    """
    if len(a) > len(b):
        a, b = b, a
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0                # half the pairs: the sum of nothing, without building it
    if len(shared) < 3:
        return sum([a[t] * b[t] for t in shared], 0.0)
    return sum([w * b[t] for t, w in a.items() if t in shared], 0.0)


# Not a digit run after a letter or a digit, or after a letter and a hyphen, nor one before a capital: the
# number of a name ("Covid-19", "G20", "COP26", "5G", "737Max") is in every headline of its topic, one
# outlet's two updates of it would share a figure. A unit in small letters is the figure's own ("$7.1bn",
# "10km", "5.25pc"), an ordinal's is not ("the 2nd Test" is in every update of it). The lookahead also stops
# a run cut short before a digit ("5G" is not "5").
_FIGURE = re.compile(r"(?<![^\W_])(?<![^\W\d_]-)\d(?:[\d,.]*\d)?(?![A-Z\d_]|[,.]\d|(?:st|nd|rd|th)\b)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def headline_figures(title: str) -> list[str]:
    """The figures a headline states ("4-0" is 4 and 0, "29,612" is 29612, "Covid-19" none), years left out:
    a year dates a background as often as an event, so one outlet's headlines of different events share it."""
    return sorted({f.replace(",", "") for f in _FIGURE.findall(title) if not _YEAR.fullmatch(f)})


def other_figures(a: list[str], b: list[str]) -> bool:
    """Whether two headlines both state figures and share none: one outlet's two headlines of one topic
    that count different things (two scores, two tallies, two sums) are two events. Another outlet's
    headline of the same event may round or update a figure, so only one outlet's pairs are judged so."""
    return bool(a) and bool(b) and not set(a) & set(b)


PLACE_LABELS = {"GPE", "LOC", "FAC"}


def elsewhere(places: list[str], vector: dict[str, float], linked: Signature) -> bool:
    """Whether an article whose headline names where it happened (``places``, by their words, folded) tells of
    another event than the ``linked`` article: that article mentions none of the places, in its lead or its names, and
    shares no name with ``vector``. Another outlet's report of one crime, crash or fire names its town as the
    first did; two crimes of one day in two towns share only "man", "murder", "police", which clear the bar in
    short feed summaries. A shared name (a person, a body, a country's adjective beside its name) still joins:
    reports of one event name its places differently often enough (a town and its county). A place is sought
    folded on both sides: an all-caps name keeps its "s" ("ATHENS", "e:athens") where the other outlet's
    "Athens" lost it, whichever of the two came first; and among the linked article's places also without accents,
    which one outlet writes and another drops ("Bogotá", "Bogota"). Not among its other words nor its other names:
    "Malé" would meet "male", and the place "Sofia" the person "Sofía"."""
    if not places:
        return False
    folded, linked_places = linked.folded_terms(), frozenset(linked.places)
    return (not any(w in folded or unaccented(w) in linked_places for w in places)
            and not any(t.startswith(ENTITY_PREFIX) for t in vector.keys() & linked.vector.keys()))


# The day of the week a report gives says when, not what: two events in one town on one day share it too.
# (Lower case, as the terms are.)
_WEEKDAY_TERMS = frozenset(day.lower() for day in WEEKDAYS)


def only_places_shared(sig: Signature, story: list[Signature]) -> bool:
    """Whether a place is all that links ``sig`` to the ``story``'s articles: every term it shares with any of
    them, weekdays aside, is one of at most two words of either article's places (NER's GPE, LOC and FAC spans,
    so "city" of "Cebu City" counts, and so does a word NER tags as a place by mistake), and it shares at least
    one such word with one of them. In two short summaries a rare town is the heaviest term, and it alone clears
    the bar for a market fire the day after a building collapse; a third place word or any other shared term
    lifts the veto. The caller applies it to the newcomer's own outlet only (see ``_place``)."""
    named_any, own = False, frozenset(sig.places)
    for linked in story:
        places = own.union(linked.places)
        shared = {t.removeprefix(ENTITY_PREFIX) for t in sig.vector.keys() & linked.vector.keys()} - _WEEKDAY_TERMS
        if len(shared) > 2 or any(unaccented(t) not in places for t in shared):
            return False
        named_any = named_any or bool(shared)
    return named_any


def _top(weights: dict[str, float], k: int) -> dict[str, float]:
    """The ``k`` heaviest terms, ties broken by the term so that equal inputs give equal cores."""
    return dict(sorted(weights.items(), key=lambda tw: (-tw[1], tw[0]))[:k])


@dataclass
class Signature:
    article_id: str
    outlet: str
    published_at: str
    nd_minhash: list[int]
    n_words: int
    terms: list[str]
    entities: list[str]
    text: str = ""
    title_terms: list[str] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)   # unit TF-IDF vector, set when placed
    core: dict[str, float] = field(default_factory=dict)     # the story's unit centroid, truncated
    story_size: int = 1
    story_id: str = ""
    near_duplicate_of: str | None = None
    figures: list[str] = field(default_factory=list)
    repeats: dict[str, int] = field(default_factory=dict)    # CJK pairs the text repeats, with their counts
    undated: bool = False                                    # the feed gave no time: the fetch's is used
    title_places: list[str] = field(default_factory=list)    # the folded words of the places its headline names
    places: list[str] = field(default_factory=list)          # the folded words of every place it names, unaccented
    # (the vector ``folded_terms`` was read from, its folded terms)
    _folded: tuple[dict, frozenset[str]] | None = field(default=None, repr=False, compare=False)
    # (the MinHash ``minhash_values`` was read from, its values as an array)
    _minhash_values: tuple[list[int], np.ndarray] | None = field(default=None, repr=False, compare=False)

    @property
    def features(self) -> list[str]:
        return self.terms + [ENTITY_PREFIX + e for e in self.entities]

    def folded_terms(self) -> frozenset[str]:
        """The vector's terms, a name's without its prefix, folded (``plural_stem``) as ``title_places`` are.

        Read by ``elsewhere`` for each candidate of every newcomer whose headline names a place, so folded once
        per vector: a placed article's vector is set once, and a new one is folded again."""
        if self._folded is None or self._folded[0] is not self.vector:
            self._folded = (self.vector, frozenset(plural_stem(t.removeprefix(ENTITY_PREFIX)) for t in self.vector))
        return self._folded[1]

    def minhash_values(self) -> np.ndarray:
        """``nd_minhash`` as an array, made once per MinHash: a stored article is a candidate of some 40
        newcomers, each of which compares its MinHash with all of theirs (``near_copies``)."""
        if self._minhash_values is None or self._minhash_values[0] is not self.nd_minhash:
            self._minhash_values = (self.nd_minhash, np.array(self.nd_minhash, dtype=np.int64))
        return self._minhash_values[1]

    def to_doc(self, title: str, params: StoryParams) -> dict:
        return {"article_id": self.article_id, "story_id": self.story_id,
                "near_duplicate_of": self.near_duplicate_of, "outlet": self.outlet,
                "published_at": self.published_at, "title": title[:500],
                "n_words": self.n_words, "nd_minhash": self.nd_minhash,
                "nd_bands": bands(self.nd_minhash, params.band_rows),
                "terms": self.terms, "entities": self.entities, "text": self.text,
                "vector": self.vector, "core": self.core, "story_size": self.story_size,
                "figures": self.figures, "places": self.places, "assigned_at": iso(utcnow())}

    @classmethod
    def from_doc(cls, d: dict) -> Signature:
        # Signatures stored before event-level clustering lack terms and vectors: they are
        # still replayed (story_id, near_duplicate_of) and still found as wire copies.
        return cls(d["article_id"], d["outlet"], d["published_at"], d["nd_minhash"], int(d.get("n_words") or 0),
                   d.get("terms") or [], d.get("entities") or [], "", [], d.get("vector") or {}, d.get("core") or {},
                   int(d.get("story_size") or 1), d["story_id"], d.get("near_duplicate_of"), d.get("figures") or [],
                   places=d.get("places") or [])


COLD_START_DOCS = 50


@dataclass
class Stats:
    """Document frequencies of one article's features among the stored articles of the last ``df_days``."""

    n_docs: int
    df: dict[str, int]

    def idf(self, feature: str) -> float:
        # Until the window holds COLD_START_DOCS articles, document frequencies are too few to
        # tell rare from common, and the weights would swing with arrival order: count the
        # missing articles as ones that share nothing, which evens the weights out.
        return math.log((max(self.n_docs, COLD_START_DOCS) + 2) / (self.df.get(feature, 0) + 1))


def bands(mh: list[int], rows: int) -> list[str]:
    return list(_bands(tuple(mh), rows))


# A new article's bands are asked for twice, by its candidate search and by its stored document,
# a chunk's searches all before its documents: the cache holds more than a chunk.
@lru_cache(maxsize=1024)
def _bands(mh: tuple[int, ...], rows: int) -> tuple[str, ...]:
    return tuple(f"{i}:{hashlib.blake2b(repr(list(mh[i * rows:(i + 1) * rows])).encode(), digest_size=6).hexdigest()}"
                 for i in range(len(mh) // rows))


class StoryClusterer:
    def __init__(self, es, settings, params: StoryParams | None = None, rules_file=None):
        self.es = es
        self.index = settings.names.stories_index
        if params is None:
            # A broken rules file stops the enricher as it stops the alerter: silently clustering
            # with defaults would give story ids that no longer match what the operator configured.
            params = load_alerts_file(rules_file or settings.rules_file).stories
        self.params = params
        self._perms = _perms(params.num_perm)
        # The refresh that makes a batch's signatures searchable runs in the background,
        # while the runner publishes and the next batch is parsed; ``_searchable`` waits for
        # it before the next msearch (see ``_write``).
        self._pool: ThreadPoolExecutor | None = None
        self._refreshing: Future | None = None
        self._unrefreshed = False
        # Candidates as placing reads them, by article id and write: a search hit then needs no source.
        self._placing: VersionedCache[Signature] = VersionedCache(PLACING_CACHE_SIZE)
        # Called with each placed signature and, per candidate story, (best link, centre cosine, score):
        # bench/story_clusters.py --causes reads from it why a pair was split or merged.
        self.trace: Callable[[Signature, dict[str, tuple[float, float, float]]], None] | None = None

    def signature(self, article: Article, enrichment: Enrichment) -> Signature:
        words = tokens(f"{article.title} {article.body or article.summary}")
        # The lemmas begin with the title; the lead names the event (the inverted pyramid),
        # while the rest of a long body wanders into background shared with other stories.
        title_words = tokens(article.title)
        if enrichment.lemmas:
            grams = None
            lemmas, in_title = enrichment.lemmas.split(), set(cjk_bigrams(title_words))
        else:
            grams = cjk_bigrams(words)
            lemmas = unlemmatised_terms(grams, enrichment.language)
            in_title = set(unlemmatised_terms(cjk_bigrams(title_words), enrichment.language))
        lead = [w for w in lemmas[:self.params.lead_terms]
                if w not in _STOP and (len(w) > 2 or _CJK.match(w)) and not w.isdigit() and w.isalpha()]
        if enrichment.lemmas:
            # Folded after the headline words are matched to the lemmas as they stand, so the title boost
            # falls on the same words as before (on "bodies" too it cost recall: see the history).
            in_title = {plural_stem(w) for w in in_title.intersection(lead)}
            lead = [plural_stem(w) for w in lead]
        # Names by their words: "Randall Echanis", "Echanis" and "Echanis'" are one person to an editor, and
        # "the Highlands" and "Highland" one place. Only a place's or a body's words are folded: a surname
        # ending in "s" is no plural ("Stokes" is not "Stoke"), nor is an acronym ("AIDS" is not "aid").
        ents = sorted({w if e.label == "PERSON" or e.canonical.isupper() else plural_stem(w)
                       for e in enrichment.entities if e.label in STORY_LABELS
                       for w in tokens(e.canonical) if w not in _STOP and len(w) > 2})
        place_words = [(e.in_title, plural_stem(w))
                       for e in enrichment.entities if e.label in PLACE_LABELS
                       for w in tokens(e.canonical) if w not in _STOP and len(w) > 2]
        # Folded here, once, for ``elsewhere``, which matches them against every candidate's folded terms.
        title_places = sorted({w for in_title, w in place_words if in_title})
        # Stored for ``elsewhere``, which seeks a later headline's place among them without accents.
        places = sorted({unaccented(w) for _, w in place_words})
        # Most CJK pairs span two words, each held by no other report and so as heavy as a rare name; a pair
        # the text repeats is a word or a name of its subject (徐才厚 recurs, a pair across words does not).
        # Only a lead term in CJK can be one: an English lead has none, and its pairs go uncounted.
        cjk_lead = [t for t in lead if _CJK.match(t)]
        pairs = Counter(grams if grams is not None else cjk_bigrams(words)) if cjk_lead else Counter()
        return Signature(article.article_id, article.outlet, iso(article.published_at),
                         minhash(shingles(words, self.params.shingle_size), self._perms), len(words),
                         sorted(set(lead)), ents, " ".join(lead), title_terms=sorted(in_title.intersection(lead)),
                         repeats={t: pairs[t] for t in cjk_lead if pairs[t] > 1}, figures=headline_figures(article.title),
                         undated=article.published_at_estimated, title_places=title_places, places=places)

    def assign(self, items: list[tuple[Article, Enrichment]]) -> list[tuple[str, str | None]]:
        if not items:
            return []
        known = self._stored([a.article_id for a, _ in items])
        # Signatures, stored candidates and document frequencies of every new article first,
        # in one msearch: the stored state does not change within a batch (this batch is
        # written at the end), so this finds what one search per article would.
        fresh: dict[str, Signature] = {}
        for article, enrichment in items:
            if article.article_id not in known and article.article_id not in fresh:
                fresh[article.article_id] = self.signature(article, enrichment)
        if fresh:
            self._searchable()
        found = dict(zip(fresh, self._candidates_many(list(fresh.values()))))
        batch: list[Signature] = []
        # How many of the batch's articles so far carry each feature, kept as each joins the batch: an
        # article then counts its earlier neighbours with a lookup per feature of its own, where a set
        # intersection per earlier article made the count grow with the square of the batch.
        batch_df: Counter[str] = Counter()
        out: list[tuple[str, str | None]] = [("", None)] * len(items)
        docs = []
        # Placed in the order of publication, not of arrival: feeds polled out of step hand a batch its
        # articles in any order, and which of them opens a story must not depend on that. parse_time:
        # a record whose time has no zone (UTC, as everywhere) must sort beside the others, not raise.
        for i in sorted(range(len(items)), key=lambda i: (parse_time(items[i][0].published_at), items[i][0].article_id)):
            article = items[i][0]
            if article.article_id in known:
                sig = known[article.article_id]
            else:
                sig = fresh[article.article_id]
                stored, stats = found[article.article_id]
                # Earlier articles of this batch are not in the index yet: count them as if they were. The
                # article itself is never among them: a second copy of it in the batch finds it in ``known``.
                stats.n_docs += len(batch)
                for f in set(sig.features):
                    if f in batch_df:
                        stats.df[f] = stats.df.get(f, 0) + batch_df[f]
                self._place(sig, stored + batch, stats)
                docs.append(sig.to_doc(article.title, self.params))
                known[article.article_id] = sig
            batch.append(sig)
            batch_df.update(set(sig.features))
            out[i] = (sig.story_id, sig.near_duplicate_of)
        self._write(docs)
        return out

    def _place(self, sig: Signature, candidates: list[Signature], stats: Stats) -> None:
        p = self.params
        # The headline says what the event is; the lead adds context shared with its neighbours.
        title = set(sig.title_terms)
        weights = {t: stats.idf(t) * (p.title_boost if t in title else 1.0) * (1 + math.log(sig.repeats.get(t, 1)))
                   for t in sig.terms}
        weights.update({ENTITY_PREFIX + e: p.entity_boost * stats.idf(ENTITY_PREFIX + e) for e in sig.entities})
        sig.vector = _unit(weights)
        copies = near_copies(sig, [c for c in candidates if min(sig.n_words, c.n_words) >= p.near_dup_min_words],
                             p.near_dup_threshold)
        if copies:
            first = min(copies, key=lambda c: (c.published_at, c.article_id))
            sig.near_duplicate_of = first.near_duplicate_of or first.article_id
            self._join(sig, max((c for c in copies if c.story_id == first.story_id), key=_state_order))
            if self.trace is not None:
                self.trace(sig, {})
            return
        t = _published(sig.published_at)
        # story -> (best link, nearest hours, newest state, the article of the best link)
        stories: dict[str, tuple[float, float, Signature, Signature]] = {}
        for c in candidates:
            link = _dot(sig.vector, c.vector)
            hours = abs((t - _published(c.published_at)).total_seconds()) / 3600
            best_link, nearest, state, linked = stories.get(c.story_id, (-1.0, hours, c, c))
            if link > best_link:
                best_link, linked = link, c
            # max(state, c, key=_state_order), without the call for a story's first candidate (most of them)
            if state is not c and _state_order(c) > _state_order(state):
                state = c
            stories[c.story_id] = (best_link, min(nearest, hours), state, linked)
        best, best_score, best_linked, best_centre = None, 0.0, None, 0.0
        considered: dict[str, tuple[float, float, float]] = {}
        for story_id, (link, hours, state, linked) in sorted(stories.items()):
            centre = _dot(sig.vector, state.core)
            score = (p.link_weight * link + (1 - p.link_weight) * centre) * 0.5 ** (hours / p.half_life_hours)
            considered[story_id] = (link, centre, score)
            if centre < p.drift_threshold:
                continue
            if score > best_score:
                best, best_score, best_linked, best_centre = state, score, linked, centre
        # The story won by its closest article; when that is the same outlet's report of other figures,
        # the newcomer is another event of the topic, and no other story is a better home for it. Nor is
        # its own outlet's story when time cannot tell them apart, unless the newcomer is close to its centre.
        # Nor is another outlet's story whose closest article tells of another place (``elsewhere``), unless
        # another of its articles names the place: the closest may be the one report that leaves the town out.
        # The same outlet's follow-up need not name its town again (that cost dev/0 recall).
        # Nor is its own outlet's story when a town is all they share (``only_places_shared``): one desk's two short
        # items about one town on one day that share nothing else are mostly two events (a follow-up in wholly other
        # words is the price), while two outlets tell one event in other words ("fire guts Ikeja market", "blaze
        # destroys traders' stalls in Ikeja"), so another outlet's report is not held to it.
        joins = best is not None and best_score >= p.threshold
        if joins:
            story = [c for c in candidates if c.story_id == best.story_id]
            if best_linked.outlet != sig.outlet:
                joins = not all(elsewhere(sig.title_places, sig.vector, c) for c in story)
            else:
                joins = not (only_places_shared(sig, story)
                             or other_figures(sig.figures, best_linked.figures)
                             or best_centre < SAME_OUTLET_CENTRE
                             and (sig.undated or abs(t - _published(best_linked.published_at)) < SAME_OUTLET_MOMENT))
        if joins:
            self._join(sig, best)
        else:
            sig.story_id = f"s{sig.article_id[:23]}"
            sig.core = _top(sig.vector, p.core_terms)
        if self.trace is not None:
            self.trace(sig, considered)

    def _join(self, sig: Signature, state: Signature) -> None:
        """Join ``state``'s story; its centroid moves by this article's share."""
        n = state.story_size
        merged = {t: w * n for t, w in state.core.items()}
        for t, w in sig.vector.items():
            merged[t] = merged.get(t, 0.0) + w
        sig.story_id = state.story_id
        sig.story_size = n + 1
        sig.core = _top(_unit(merged), self.params.core_terms)

    def _stored(self, ids: list[str]) -> dict[str, Signature]:
        try:
            resp = self.es.mget(index=self.index, ids=ids)
        except es_exc.NotFoundError:
            return {}
        except ES_ERRORS as exc:
            raise es_error(exc, "reading story signatures") from exc
        return {d["_id"]: Signature.from_doc(d["_source"]) for d in resp["docs"] if d.get("found")}

    def _search(self, sig: Signature) -> dict:
        p = self.params
        t = parse_time(sig.published_at)
        look = timedelta(days=p.lookback_days)
        should: list[dict] = [{"terms": {"nd_bands": bands(sig.nd_minhash, p.band_rows)}}]
        if sig.text:
            should.append({"more_like_this": {"fields": ["text"], "like": sig.text, "min_term_freq": 1,
                                              "min_doc_freq": 1, "max_query_terms": 40,
                                              "minimum_should_match": "1"}})
        if sig.entities:
            should.append({"terms": {"entities": sig.entities}})
        # No total: counting every match keeps Elasticsearch scoring hits that cannot reach the top
        # ``candidates``, which it otherwise skips; the top hits are the same either way.
        return {"size": p.candidates, "_source": False, "seq_no_primary_term": True, "track_total_hits": False,
                "query": {"bool": {
                    "filter": [{"range": {"published_at": {"gte": iso(t - look), "lte": iso(t + look)}}}],
                    "should": should, "minimum_should_match": 1}}}

    def _df_window(self, sigs: list[Signature]) -> dict:
        """The ``df_days`` before a ``_df_groups`` group (``sigs``, in time order), as a range query."""
        first, last = parse_time(sigs[0].published_at), parse_time(sigs[-1].published_at)
        return {"range": {"published_at": {"gte": iso(first - timedelta(days=self.params.df_days)), "lte": iso(last)}}}

    def _df_search(self, groups: list[list[Signature]]) -> dict:
        """The document frequencies of each ``_df_groups`` group's features over its own ``df_days`` window, in one
        search: a ``filter`` aggregation a group, its window as the filter, with the group's own terms counts.

        Counting walks every stored article of a window whatever the features asked for, so one count per time
        group rather than one per article (per article it was most of the batch's Elasticsearch CPU); and the
        groups in one search rather than one each, which parsed, planned and walked the window once a group. The
        counts are the same: each filter is the group's window as its own search had it, and the query (their
        union) holds every article any of them holds.
        """
        windows = [self._df_window(g) for g in groups]
        aggs = {}
        for i, (group, window) in enumerate(zip(groups, windows)):
            terms = sorted({t for s in group for t in s.terms})
            entities = sorted({e for s in group for e in s.entities})
            aggs[f"g{i}"] = {"filter": window, "aggs": {
                "terms": {"terms": {"field": "terms", "include": terms or [""], "size": max(1, len(terms))}},
                "entities": {"terms": {"field": "entities", "include": entities or [""],
                                       "size": max(1, len(entities))}}}}
        return {"size": 0, "track_total_hits": False,
                "query": {"bool": {"should": windows, "minimum_should_match": 1}}, "aggs": aggs}

    def _candidates_many(self, sigs: list[Signature]) -> list[tuple[list[Signature], Stats]]:
        """Per signature, its candidates and the document frequencies of its features: one msearch."""
        if not sigs:
            return []
        packs = _df_packs(_df_groups(sigs))
        responses = msearch(self.es, self.index,
                            [self._df_search(pack) for pack in packs] + [self._search(sig) for sig in sigs],
                            "searching story candidates")
        counted: dict[str, tuple[int, dict[str, int]]] = {}
        for pack, response in zip(packs, responses):
            for i, group in enumerate(pack):
                r = response["aggregations"][f"g{i}"]
                df = {b["key"]: b["doc_count"] for b in r["terms"]["buckets"]}
                df.update({ENTITY_PREFIX + b["key"]: b["doc_count"] for b in r["entities"]["buckets"]})
                for sig in group:
                    counted[sig.article_id] = (r["doc_count"], df)
        hits = [r["hits"]["hits"] for r in responses[len(packs):]]
        # From the cache when it holds the hit's write, else read in one mget (an article another
        # process wrote, or one that left the cache).
        placing = self._placing.of_hits([h for found in hits for h in found], self._read_placing,
                                        Signature.from_doc)
        out = []
        for sig, found in zip(sigs, hits):
            n_docs, df = counted[sig.article_id]
            mine = {f: df[f] for f in sig.features if f in df}
            out.append(([placing[h["_id"]] for h in found if h["_id"] in placing], Stats(n_docs, mine)))
        return out

    def _read_placing(self, ids: list[str]) -> list[dict]:
        try:
            return self.es.mget(index=self.index, ids=ids, source_includes=_PLACING)["docs"]
        except ES_ERRORS as exc:
            raise es_error(exc, "reading story candidates") from exc

    def _write(self, docs: list[dict]) -> None:
        """Store the batch's signatures (durable before the runner publishes), then refresh in the background.

        The bulk itself is synchronous and its errors raise, as before. Only the refresh,
        which makes the documents visible to search, is deferred: the next ``assign``
        waits for it (or refreshes itself) before it searches, so it sees every
        signature written before it, exactly as with ``refresh=True``; mget (replays) is
        real-time anyway. Nothing else reads this index.
        """
        if not docs:
            return
        try:
            # Cached as a search would give it back: the placing fields of what was written.
            errors = index_cached(self.es, self.index, docs, "article_id", self._placing,
                                  lambda d: Signature.from_doc({k: d[k] for k in _PLACING}))
        except ES_ERRORS as exc:
            raise es_error(exc, "writing story signatures") from exc
        self._unrefreshed = True
        if errors:
            raise es_bulk_error(errors, f"writing story signatures ({len(errors)} of {len(docs)} failed)")
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stories-refresh")
        self._refreshing = self._pool.submit(self._refresh)

    def _refresh(self) -> None:
        self.es.indices.refresh(index=self.index)
        self._unrefreshed = False

    def _searchable(self) -> None:
        """Wait for the background refresh of the last write; refresh here if it failed."""
        pending, self._refreshing = self._refreshing, None
        if pending is not None:
            try:
                pending.result()
            except Exception:  # noqa: BLE001 - retried synchronously below, where errors are mapped
                log.debug("background refresh of %s failed; refreshing again", self.index, exc_info=True)
        if self._unrefreshed:
            try:
                self._refresh()
            except ES_ERRORS as exc:
                raise es_error(exc, "refreshing story signatures") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


# What placing an article reads of a candidate, read only for a candidate the cache lacks.
_PLACING = ["article_id", "outlet", "published_at", "nd_minhash", "n_words", "vector", "core", "story_size",
            "story_id", "near_duplicate_of", "figures", "places"]


# The centre cosine an article needs to join a story its own outlet's article linked best when time tells
# nothing. A feed that gives no times hands its whole list over at the fetch's time, so its look-alikes of
# one topic look published in one minute, and no time tells one event's second report from another day's
# event. Read on dev/1 (0.3 split one of its stories).
SAME_OUTLET_CENTRE = 0.25


# A dated article published this close to its own outlet's article gains nothing from time either: an outlet
# posts its desks' reports in batches (The Hindu's 340 in 15 minutes one morning), so two of one batch are
# as likely two events of a topic as one event twice. Read on dev/0 (5 minutes moved what 10 did; an hour
# split a dev/1 story).
SAME_OUTLET_MOMENT = timedelta(minutes=30)


# Articles kept read for placing: some 15 kB each in memory (64 MinHash values, a vector and a core of
# 40 to 60 terms), so 60 MB at most. Most hits are recent articles, which the cache keeps; the others
# are read as all were before it.
PLACING_CACHE_SIZE = 4096


# How far apart in time the articles sharing one document-frequency count may be: each is counted over
# its group's window, which reaches at most this much past its own, out of ``df_days``.
DF_GROUP_SPAN = timedelta(hours=1)


def _df_groups(sigs: list[Signature]) -> list[list[Signature]]:
    """``sigs`` in groups published within ``DF_GROUP_SPAN`` of the group's first, in time order."""
    groups: list[list[Signature]] = []
    start = None
    for t, sig in sorted(((parse_time(s.published_at), s) for s in sigs), key=lambda pair: pair[0]):
        if start is None or t - start > DF_GROUP_SPAN:
            groups.append([])
            start = t
        groups[-1].append(sig)
    return groups


# Elasticsearch refuses a search whose aggregations hold more than ``search.max_buckets`` buckets (65,536 by
# default) and fails the whole msearch item; one count search holds a bucket per feature of each of its groups, so
# a large batch's groups are packed into as many searches as keep each well under that limit.
DF_BUCKETS_PER_SEARCH = 16_384


def _df_packs(groups: list[list[Signature]]) -> list[list[list[Signature]]]:
    """``groups`` in order, packed into runs whose features (a bucket each) stay within ``DF_BUCKETS_PER_SEARCH``."""
    packs: list[list[list[Signature]]] = []
    size = 0
    for group in groups:
        n = 1 + len({t for s in group for t in s.terms}) + len({e for s in group for e in s.entities})
        if not packs or size + n > DF_BUCKETS_PER_SEARCH:
            packs.append([])
            size = 0
        packs[-1].append(group)
        size += n
    return packs


# An article's time, parsed once for the ~80 placings it is a candidate in, not in each.
_published = lru_cache(maxsize=1 << 14)(parse_time)


def _state_order(sig: Signature) -> tuple:
    """The newest state of a story among its stored articles: the largest, then the latest."""
    return (sig.story_size, sig.published_at, sig.article_id)
