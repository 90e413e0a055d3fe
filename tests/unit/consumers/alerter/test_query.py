"""consumers/alerter/rules/query.py: word-boundary term groups and the local query_string subset."""
from __future__ import annotations

import pytest

from consumers.alerter.rules.query import ArticleText, QuerySyntaxError, evaluate, parse_query_string, term_groups_match
from tests.samples.alert_articles import make_article


def text(title, body="", **kw):
    return ArticleText.of(make_article("x", title, body, **kw))


def test_query_term_groups_need_every_group_with_any_synonym():
    t = text("Putin seeks Taliban weaponry")
    assert term_groups_match([["taliban"], ["weapon", "weaponry"], ["russia", "putin"]], t)
    assert not term_groups_match([["taliban"], ["weapon"], ["russia", "putin"]], t)


def test_query_words_match_on_word_boundaries_case_insensitively():
    t = text("Charms and HARMS", "Taliban-held ARMS")
    assert t.has("arms") and t.has("taliban") and t.has("held")
    assert not text("Charms and harms").has("arms")
    assert text("Weaponry").has("weapon*") and not text("Weaponry").has("weapon")


def test_query_lemmas_and_keyphrases_count():
    t = text("Kabul", "nothing here", lemmas="taliban sell weapon to russia", keyphrases=["Moscow talks"])
    assert t.has("weapon") and t.has("moscow talks") and not t.has("weapons")


def test_query_phrases_are_consecutive_words_of_one_source():
    t = text("The United States said", "Kingdom of states")
    assert t.has("united states") and not t.has("states united")


@pytest.mark.parametrize("query,expected", [
    ("taliban AND (weapons OR arms) AND russia", True),
    ("taliban AND tanks", False),
    ("taliban tanks", True),                         # default operator OR, as in Elasticsearch
    ("+taliban +tanks", False),
    ("taliban -russia", False),
    ("taliban NOT tanks", True),
    ('"taliban weapons" && russia', True),
    ('"weapons taliban"', False),
    ("weap* AND !tanks", True),
])
def test_query_string_subset(query, expected):
    t = text("Taliban weapons for Russia")
    assert evaluate(parse_query_string(query), t) is expected


def test_query_string_default_and():
    t = text("Taliban weapons")
    assert evaluate(parse_query_string("taliban tanks", "AND"), t) is False


@pytest.mark.parametrize("bad", ["title:taliban", "taliban~2", "(taliban", "taliban AND", "[1 TO 5]", ""])
def test_query_string_refuses_what_it_cannot_mean(bad):
    with pytest.raises(QuerySyntaxError):
        parse_query_string(bad)
