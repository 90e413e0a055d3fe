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
_FORM_TITLE = re.compile(
    # "Hinds review – ...": a dash, since a news headline's "review:" is an inquiry's ("Home Office review: ...");
    # a tail that explains or asks ("Cass review – key findings", "... – what changes now?") is an inquiry's too
    r"\breview\s+[–—-]\s(?!\s*(?:what|how|why|who|when|where|key|live|everything|\d+\s+things)\b)(?![^?]*\?\s*$)"
    # "Review: 'Barbie' is ...": a wire's review names its work in quotes; "Review: State audit finds ..." is news
    r"|^\s*review\s*:\s*['‘\"“]"
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
    return bool(segments & _FORM_SEGMENTS) or bool(_FORM_TITLE.search(title or ""))


def mark_form(doc: Doc, url: str | None, title: str | None) -> Doc:
    """``doc``, carrying whether its item reports no news (``reports_no_news``)."""
    doc.user_data[_KEY] = reports_no_news(url, title)
    return doc


def no_news_form(doc: Doc) -> bool:
    """Whether the Doc's item was marked as a form that reports no news; a Doc made without the mark is news."""
    return bool(doc.user_data.get(_KEY))
