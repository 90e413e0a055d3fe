"""Whether a feed item's form reports no news: a review, a recipe or a quiz.

In such copy a figure is the thing described ("200g of frozen peas", "a round of 15 questions"), not a
fact the outlet reports, so the author's own assertions there need an actor's concrete act, not a figure
alone. Opinion, lifestyle, travel and culture sections, and picture galleries, are not marked: columns,
features and captions tell checkable facts with figures ("It was two years since he lost the race", "the
almost 20,000 readers that voted"), and an outlet's sections are named too many ways to be told apart
from its news. The form is read from what outlets share: a whole path segment of the web address
("/reviews/", "/recipes/") and a headline in a form's own shape ("Hinds review – ...", "Football quiz:
...", "... gnocchi recipe"). An item with neither is news, as it always was.

The extractor knows the article; the claim rules run inside ``nlp.pipe`` and see only the Doc, so the
mark rides in the Doc's ``user_data`` like the title's end (``title_end``).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from spacy.tokens import Doc

_KEY = "newsradar.no_news_form"
# whole segments only: a slug's words ("home-office-review-finds") are the story's, not the item's form. A bare
# "review" is left out: outlets name sections so ("/companies/review/"), and it says nothing of the item's form.
_FORM_SEGMENTS = frozenset({"reviews", "recipe", "recipes", "quiz", "quizzes"})
# An address in a news section carries news, whatever its headline: "Strategic defence review - what are the key
# points?" is an inquiry explained, not a play reviewed.
_NEWS_SEGMENTS = frozenset({
    "news", "uk-news", "us-news", "world", "world-news", "politics", "law", "education", "business", "society",
    "money", "environment", "science", "technology", "media", "national", "nation", "uk", "us", "home-news",
    "australia-news", "india-news", "crime", "economy"})
_TAIL_KEY = "newsradar.review_dash_tail"
# "Hinds review – ...": a dash, since a news headline's "review:" is an inquiry's ("Home Office review: ..."); a tail
# that explains or asks ("Cass review – key findings", "... – what changes now?") is an inquiry's too. A tail that is
# a clause ("Rwanda review – Home Office admits £700m cost", "Rail review – Network Rail to be abolished") tells the
# inquiry's news when the headline is all there is to go by (``_dash_tail``); only the parse can tell a clause, so
# ``no_news_form`` asks it (``_tail_tells_news``).
_REVIEW_DASH = re.compile(
    r"\breview\s+[–—-]\s(?!\s*(?:what|how|why|who|when|where|key|live|everything|\d+\s+things)\b)(?![^?]*\?\s*$)",
    re.IGNORECASE)
_FORM_TITLE = re.compile(
    # "Review: 'Barbie' is ...": a wire's review names its work in quotes; "Review: State audit finds ..." is news
    r"^\s*review\s*:\s*['‘\"“]"
    r"|\s[–—-]\s*(?:review|quiz|recipes?)\s*$"    # "... – quiz", "... – recipe"
    # "Football quiz: ...", "Sports quiz of the week: ..."; never "Police quiz man over ...", a verb
    r"|^[\w'’ ]{0,30}\bquiz(?: of the (?:day|week|month|year))?\s*:"
    r"|\brecipes?\s*$",                           # "Rachel Roddy's potato gnocchi recipe"
    re.IGNORECASE)


def reports_no_news(url: str | None, title: str | None) -> bool:
    """Whether the item's address or headline names a form that reports no news; never in a news section."""
    segments = set(urlsplit(url or "").path.lower().split("/"))
    if segments & _NEWS_SEGMENTS:
        return False
    return bool(segments & _FORM_SEGMENTS) or bool(_FORM_TITLE.search(title or "")) \
        or _REVIEW_DASH.search(title or "") is not None


def _dash_tail(url: str | None, title: str | None) -> tuple[int, int] | None:
    """Where the headline's tail after "X review –" lies, when that shape alone marks an item with no address (a
    bare text given to the CLI); else None. With an address the shape marks whatever its tail, as it always has: a
    review's tail can be a clause too ("Nosferatu review – Eggers sinks his teeth in"), and there an outlet's news
    section already keeps an inquiry's headline news; a bare text has no section, and a headline first line is a
    guess, so there a clause in the tail leaves it news."""
    if url:
        return None
    m = _REVIEW_DASH.search(title or "")
    if m is None or _FORM_TITLE.search(title or ""):
        return None
    return m.end(), len(title or "")


def mark_form(doc: Doc, url: str | None, title: str | None) -> Doc:
    """``doc``, carrying whether its item reports no news (``reports_no_news``), and where a headline's
    "X review – ..." tail lies when the mark rests on it alone, for ``no_news_form`` to read once parsed. ``doc``'s
    text opens with ``title``, as every Doc the extractor builds does (``title_end``)."""
    doc.user_data[_KEY] = reports_no_news(url, title)
    doc.user_data[_TAIL_KEY] = _dash_tail(url, title)
    return doc


def no_news_form(doc: Doc) -> bool:
    """Whether the Doc's item was marked as a form that reports no news; a Doc made without the mark is news, and so
    is one marked by an "X review –" headline whose tail is a clause (``_tail_tells_news``)."""
    tail = doc.user_data.get(_TAIL_KEY)
    return bool(doc.user_data.get(_KEY)) and not (tail and _tail_tells_news(doc, *tail))


def _tail_tells_news(doc: Doc, start: int, end: int) -> bool:
    """Whether the parsed headline tail in [start, end) holds a finite verb or a "to" before a verb: "Home Office
    admits ...", "12 officers face ...", "NHS to close ...". A review's tail is a judgement with no verb of its own
    ("a cosy bistro with big ambitions", "small plates done right")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        or t.lower_ == "to" and t.dep_ == "aux" and t.head.pos_ in ("VERB", "AUX") for t in span)
