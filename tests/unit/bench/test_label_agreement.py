"""bench/label_agreement.py: a second labelling scored against the gold with the bench's matchers, both
ways, and each disagreement put under one cause; the sample keeps one paragraph an item and caps a feed."""
from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pytest

from bench.extract_quality import Row, entity_right_label, number_accuracy, split_of
from bench.label_agreement import (agreement_table, bootstrap, claim_disagreements, corpus_pointers, disagreements,
                                   label_mentions, label_numbers, load_pairs, paragraph_counts, sample)
from newsradar.schema import Claim, Enrichment, Span

TEXT = ("The council will close the bridge for six weeks, Mayor Ada Obi said. "
        "Traffic fell 12% last year, according to Lagos State. Repairs cost N4 billion.")


def _claim(content: str, speaker: str | None, kind: str = "indirect") -> dict:
    return {"content": content, "speaker": speaker, "kind": kind}


BRIDGE = _claim("The council will close the bridge for six weeks", "Ada Obi")
TRAFFIC = _claim("Traffic fell 12% last year", "Lagos State")
WEEKS = {"text": "six weeks", "value": 6, "unit": "week"}
SHARE = {"text": "12%", "value": 12, "unit": "percent"}
OBI = {"text": "Ada Obi", "label": "PERSON"}
LAGOS = {"text": "Lagos State", "label": "GPE"}


def _row(claims, numbers=(WEEKS, SHARE), entities=(OBI, LAGOS)) -> Row:
    """A paragraph's labels; numbers and entities as the gold's unless the test is about them."""
    return Row("p1", "dev", "doc", TEXT, 0, len(TEXT), [dict(c) for c in claims], [dict(n) for n in numbers],
               [dict(e) for e in entities])


GOLD = _row([BRIDGE, TRAFFIC])


def _second_vs_gold(second: Row) -> dict:
    return agreement_table([(GOLD, second)], None)["second vs gold"]


def _causes(second: Row) -> Counter:
    return Counter(cause for cause, _detail in disagreements(GOLD, second))


def test_two_labellings_that_agree_score_one_and_show_no_disagreement():
    second = _row([BRIDGE, TRAFFIC])
    fig = _second_vs_gold(second)
    assert fig["attributed-claim F1"] == 1.0
    assert fig["number-value accuracy"] == 1.0
    assert fig["entity right-label"] == 1.0
    assert disagreements(GOLD, second) == []


def test_one_speaker_different_costs_the_attributed_figure_not_detection():
    second = _row([_claim(BRIDGE["content"], "the council"), TRAFFIC])
    fig = _second_vs_gold(second)
    assert fig["detection F1"] == 1.0
    assert fig["attributed-claim F1"] == 0.5
    assert fig["speaker accuracy (matched)"] == 0.5
    assert _causes(second)["speaker: another phrase or source"] == 1


def test_an_author_assertion_against_a_source_is_its_own_cause():
    second = _row([BRIDGE, _claim(TRAFFIC["content"], None, "assertion")])
    causes = _causes(second)
    assert causes["speaker: author's own vs a source"] == 1
    assert causes["kind (not scored)"] == 1


def test_a_span_off_by_a_word_still_matches_and_is_listed_as_span_ends():
    second = _row([_claim("The council will close the bridge for six", "Ada Obi"), TRAFFIC])
    assert _second_vs_gold(second)["attributed-claim F1"] == 1.0
    # Its "six weeks" now lies outside the second's claims: a number cause of its own, not this test's.
    assert Counter(c for c, _d in claim_disagreements(GOLD, second)) == Counter({"span ends (matched, not scored)": 1})


def test_a_span_over_twice_as_long_misses_on_both_sides_and_says_so():
    longer = _claim("Traffic fell 12% last year, according to Lagos State. Repairs cost N4 billion", "Lagos State")
    second = _row([BRIDGE, longer])
    fig = _second_vs_gold(second)
    assert fig["attributed-claim P"] == 0.5 and fig["attributed-claim R"] == 0.5
    causes = _causes(second)
    assert causes["span: one much longer than the other (gold only)"] == 1
    assert causes["span: one much longer than the other (second only)"] == 1


def test_figures_read_both_ways_swap_precision_and_recall():
    second = _row([BRIDGE, TRAFFIC, _claim("Repairs cost N4 billion", None, "assertion")])
    table = agreement_table([(GOLD, second)], None)
    there, back = table["second vs gold"], table["gold vs second"]
    assert (there["attributed-claim P"], there["attributed-claim R"]) == (2 / 3, 1.0)
    assert (back["attributed-claim P"], back["attributed-claim R"]) == (1.0, 2 / 3)
    assert _causes(second) == Counter({"claim: author assertion labelled by one only (second only)": 1})


def test_numbers_differ_by_value_by_unit_or_by_presence():
    second = _row([BRIDGE, TRAFFIC], [{"text": "six weeks", "value": 42, "unit": "day"},
                                                  {"text": "12%", "value": 12, "unit": None},
                                                  {"text": "N4 billion", "value": 4e9, "unit": "NGN"}])
    assert _second_vs_gold(second)["number-value accuracy"] == 0.0
    # A null unit is value only when it is the gold's, not when it is the prediction's: "12%" misses one way.
    assert _causes(second) == Counter({"number: value (gold side)": 1, "number: value (second side)": 1,
                                       "number: unit (gold side)": 1,
                                       "number: labelled by one only (second only)": 1})


def test_a_number_with_no_unit_agrees_on_its_value_read_from_its_side_and_misses_the_unit_read_from_the_other():
    gold = _row([BRIDGE], [{"text": "six weeks", "value": 6, "unit": None}])
    second = _row([BRIDGE], [WEEKS])
    assert Counter(cause for cause, _d in disagreements(gold, second)) == Counter({"number: unit (second side)": 1})


def test_entities_differ_by_label_once_by_extent_or_by_presence():
    second = _row([BRIDGE, TRAFFIC], entities=[{"text": "Obi", "label": "PERSON"},
                                               {"text": "Lagos State", "label": "ORG"},
                                               {"text": "N4", "label": "MONEY"}])
    assert _second_vs_gold(second)["entity right-label"] == 0.0
    assert _causes(second) == Counter({"entity: extent (gold side)": 1, "entity: extent (second side)": 1,
                                       "entity: label (gold side)": 1, "entity: label (second side)": 1,
                                       "entity: labelled by one only (second only)": 1})


def _pointer(n: int, feed: str, item: str, split: str = "dev") -> dict:
    return {"id": f"{feed}:{item}:{n}", "split": split, "file": f"{feed}.xml", "guid": item, "start": n, "end": n + 1}


def test_the_sample_takes_one_paragraph_an_item_and_no_feed_over_a_fifth():
    rows = [_pointer(n, "big", f"i{n % 30}") for n in range(60)]
    rows += [_pointer(n, f"feed{k}", f"j{k}") for k in range(20) for n in range(3)]
    rows += [_pointer(n, "big", f"t{n}", "test") for n in range(20)]
    picked = sample(rows, per_part=10, seed=7)
    dev = [r for r in picked if r["split"] == "dev"]
    assert len(dev) == 10 and len({(r["file"], r["guid"]) for r in dev}) == 10
    assert sum(r["file"] == "big.xml" for r in dev) <= 2
    assert [r["id"] for r in sample(rows, per_part=10, seed=7)] == [r["id"] for r in picked]


def test_a_claim_sharing_only_small_words_with_another_is_labelled_by_one_only_not_a_span():
    second = _row([BRIDGE, TRAFFIC, _claim("the bridge repairs cost N4 billion", None, "assertion")])
    assert _causes(second) == Counter({"claim: author assertion labelled by one only (second only)": 1})


def test_an_item_of_many_paragraphs_gives_the_sample_one_even_when_its_feed_has_room():
    rows = [_pointer(n, f"feed{k}", f"only{k}") for k in range(5) for n in range(10)]
    picked = sample(rows, per_part=10, seed=7)
    assert sorted(r["guid"] for r in picked) == [f"only{k}" for k in range(5)]


def test_the_sampler_reads_the_corpus_without_its_gold_fields():
    rows = corpus_pointers()
    assert rows and all(r.keys() <= {"id", "source", "split", "file", "guid", "url", "start", "end"} for r in rows)


# The review's mends of 7 Dec (rev_agree1): the classifier reconciles with the figures both ways, split vs
# joined fires, and the scorer's paths that no test held.

def test_an_author_assertion_both_label_scores_a_right_speaker():
    assertion = _claim("Repairs cost N4 billion", None, "assertion")
    fig = agreement_table([(_row([assertion]), _row([assertion]))], None)["second vs gold"]
    assert fig["speaker accuracy (matched)"] == 1.0 and fig["attributed-claim F1"] == 1.0


FEED, ITEM = "feed.xml", "item-1"
POINTER = {"id": "feed:1:0", "split": split_of(f"{FEED}\n{ITEM}"), "file": FEED, "guid": ITEM,
           "start": 0, "end": len(TEXT)}
FEEDS = {FEED: {ITEM: SimpleNamespace(text=TEXT)}}


def _record(claims: list[dict], **moved) -> dict:
    spans = [[TEXT.index(c["content"]), TEXT.index(c["content"]) + len(c["content"])] for c in claims]
    return {**POINTER, "claims": [{"spans": [span], "speaker": c["speaker"], "kind": c["kind"]}
                                  for span, c in zip(spans, claims)], "numbers": [], "entities": [], **moved}


def test_load_pairs_gives_the_gold_row_first():
    gold, second = _record([BRIDGE, TRAFFIC]), _record([BRIDGE])
    [(g, s)] = load_pairs([gold], [second], FEEDS)
    assert [c["content"] for c in g.claims] == [BRIDGE["content"], TRAFFIC["content"]]
    assert [c["content"] for c in s.claims] == [BRIDGE["content"]]


@pytest.mark.parametrize("field,value", [("start", 1), ("end", 10), ("file", "other.xml"), ("guid", "item-2"),
                                         ("url", "https://example.org/x"), ("split", "other")])
def test_load_pairs_refuses_a_second_row_pointing_at_another_paragraph(field, value):
    with pytest.raises(ValueError, match=field):
        load_pairs([_record([])], [_record([], **{field: value})], FEEDS)


def _enrichment(content: str, speaker: str) -> Enrichment:
    start = TEXT.index(content)
    claim = Claim(claim_id="c1", kind="indirect", speaker=speaker, speaker_resolved=speaker, speaker_type="PERSON",
                  content=content, sentence=Span(start=0, end=len(TEXT)),
                  content_span=Span(start=start, end=start + len(content)), rule="stub", confidence=1.0)
    return Enrichment(language="en", enriched=True, claims=[claim])


def test_the_extractor_is_read_against_each_labelling_in_its_own_column():
    table = agreement_table([(GOLD, _row([BRIDGE]))], {"doc": _enrichment(BRIDGE["content"], "Ada Obi")})
    assert table["extractor vs gold"]["attributed-claim R"] == 0.5
    assert table["extractor vs second"]["attributed-claim R"] == 1.0


def test_a_number_outside_the_labellers_own_claims_is_not_credited():
    second = _row([TRAFFIC])              # "six weeks" labelled, but inside no claim of the second's
    assert label_numbers(second) == [("12%", 12, "percent")]
    assert _second_vs_gold(second)["number-value accuracy"] == 0.5


def _side_counts(gold: Row, second: Row, kind: str) -> dict[str, int]:
    counts = {"gold": 0, "second": 0}
    for cause, _detail in disagreements(gold, second):
        if cause.startswith(kind):
            counts["gold" if "(gold " in cause else "second"] += 1
    return counts


RECONCILE = {
    "a mention labelled twice by one, once by the other": dict(
        entities=[OBI, LAGOS, LAGOS]),
    "a same surface under two labels": dict(entities=[OBI, {"text": "Lagos State", "label": "ORG"}]),
    "a longer name holding one the other side has matched": dict(
        entities=[OBI, LAGOS, {"text": "the Lagos State Assembly", "label": "ORG"}]),
    "a unit one side leaves null": dict(numbers=[WEEKS, {"text": "12%", "value": 12, "unit": None}]),
    "a value off and a number the gold lacks": dict(
        numbers=[{"text": "six weeks", "value": 42, "unit": "day"}, SHARE,
                 {"text": "N4 billion", "value": 4e9, "unit": "NGN"}]),
}


@pytest.mark.parametrize("case", RECONCILE, ids=[k.replace(" ", "-") for k in RECONCILE])
def test_each_sides_causes_count_exactly_that_sides_misses_of_the_figures(case):
    second = _row([BRIDGE, TRAFFIC], **RECONCILE[case])
    e_gold = entity_right_label([GOLD], lambda _r: label_mentions(second))
    e_second = entity_right_label([second], lambda _r: label_mentions(GOLD))
    n_gold = number_accuracy([GOLD], lambda _r: label_numbers(second))
    n_second = number_accuracy([second], lambda _r: label_numbers(GOLD))
    assert _side_counts(GOLD, second, "entity") == {"gold": e_gold[1] - e_gold[0], "second": e_second[1] - e_second[0]}
    assert _side_counts(GOLD, second, "number") == {"gold": n_gold[1] - n_gold[0], "second": n_second[1] - n_second[0]}


def test_a_mention_one_side_repeats_is_labelled_by_one_only_not_a_label_difference():
    second = _row([BRIDGE, TRAFFIC], entities=[OBI, LAGOS, LAGOS])
    assert _causes(second) == Counter({"entity: labelled by one only (second only)": 1})


def test_a_longer_name_is_not_extent_when_the_shorter_is_matched_on_both_sides():
    gold = _row([BRIDGE, TRAFFIC], entities=[OBI, {"text": "Egypt", "label": "GPE"}])
    second = _row([BRIDGE, TRAFFIC], entities=[OBI, {"text": "Egypt", "label": "GPE"},
                                               {"text": "The Embassy of Egypt", "label": "ORG"}])
    assert Counter(c for c, _d in disagreements(gold, second)) == Counter(
        {"entity: labelled by one only (second only)": 1})


def test_a_number_the_other_labelled_outside_its_claims_has_its_own_cause():
    second = _row([TRAFFIC])
    assert _causes(second)["number: outside the other's claims (gold side)"] == 1


QUOTES = ("The line is closed for good. Nobody will ride it again, the minister said. "
          "Its trains go to the museum.")


def _quotes_row(claims) -> Row:
    return Row("q1", "dev", "doc", QUOTES, 0, len(QUOTES), [dict(c) for c in claims], [], [])


def test_two_quoted_sentences_one_side_joins_and_the_other_splits_are_split_vs_joined():
    joined = _claim("The line is closed for good. Nobody will ride it again", "the minister", "direct")
    first = _claim("The line is closed for good", "the minister", "direct")
    second_half = _claim("Nobody will ride it again", "the minister", "direct")
    causes = Counter(c for c, _d in disagreements(_quotes_row([joined]), _quotes_row([first, second_half])))
    assert causes == Counter({"span: split vs joined (second only)": 1, "span ends (matched, not scored)": 1})


def test_two_separate_claims_beside_a_longer_one_stay_one_much_longer():
    longer = _claim("The line is closed for good. Nobody will ride it again, the minister said. "
                    "Its trains go to the museum", None, "assertion")
    alone = _claim("Its trains go to the museum", None, "assertion")
    causes = Counter(c for c, _d in disagreements(_quotes_row([alone]), _quotes_row([longer])))
    assert causes == Counter({"span: one much longer than the other (gold only)": 1,
                              "span: one much longer than the other (second only)": 1})


def test_paragraph_counts_are_the_attributed_figures_parts():
    second = _row([_claim(BRIDGE["content"], "the council"), TRAFFIC, _claim("Repairs cost N4 billion", None)])
    assert paragraph_counts([(GOLD, second), (GOLD, GOLD)]) == [(1, 3, 2), (2, 2, 2)]


def test_the_bootstrap_resamples_paragraphs_and_gives_the_dev_minus_test_interval():
    dev, test = [(1, 1, 1)] * 8 + [(0, 1, 1)] * 2, [(0, 1, 1)] * 10
    out = bootstrap(dev, test, 200, seed=3)
    point, low, high = out["dev"]
    assert point == pytest.approx(0.8) and low < 0.8 < high
    assert out["test"] == (0.0, 0.0, 0.0)
    assert out["dev - test"][0] == pytest.approx(0.8) and out["share dev - test <= 0"] == (0.0,)
    assert bootstrap(dev, test, 200, seed=3) == out


def _score_lines(monkeypatch, capsys, pairs: list[tuple[Row, Row]], resamples: int = 0) -> list[str]:
    from bench import label_agreement

    monkeypatch.setattr(label_agreement, "corpus_records", lambda *_file: [])
    monkeypatch.setattr(label_agreement, "load_pairs", lambda *_args: pairs)
    label_agreement.print_score(list_dev=True, with_extractor=False, resamples=resamples)
    return capsys.readouterr().out.splitlines()


def test_the_claim_count_of_each_column_is_its_references():
    # "gold vs second" reads the gold as an extractor against the second: its count is the second's three claims
    second = _row([BRIDGE, TRAFFIC, _claim("Repairs cost N4 billion", None, "assertion")])
    table = agreement_table([(GOLD, second)], None)
    assert (table["second vs gold"]["claims of the reference"], table["gold vs second"]["claims of the reference"]) \
        == (2, 3)


def test_score_lists_devs_disagreements_and_only_counts_tests(monkeypatch, capsys):
    dev_second = _row([_claim(BRIDGE["content"], "the council"), TRAFFIC])
    test_gold = Row("t1", "test", "doc", TEXT, 0, len(TEXT), [dict(BRIDGE), dict(TRAFFIC)], [], [])
    test_second = Row("t1", "test", "doc", TEXT, 0, len(TEXT), [dict(BRIDGE)], [], [])
    lines = _score_lines(monkeypatch, capsys, [(GOLD, dev_second), (test_gold, test_second)])
    test_at = lines.index("test: 1 paragraphs")
    dev, test = lines[:test_at], lines[test_at:]
    assert any("speaker: another phrase or source | p1 |" in line for line in dev)
    assert "     1  claim: attributed claim labelled by one only (gold only)" in test
    # test's disagreement is counted by cause, never listed: neither its row nor its claim's text is printed
    assert not any("t1" in line or "Traffic fell" in line for line in test)
    assert next(line for line in test if line.startswith("claims of the reference")).split()[-2:] == ["2", "1"]


def test_score_with_resamples_prints_each_parts_interval_beside_its_point(monkeypatch, capsys):
    # one paragraph a part: every resample is that paragraph, so each interval is its point (dev 1 of 2 speakers
    # right, F1 0.5; test 1 of 1 claim right of the gold's 2, F1 0.667)
    dev_second = _row([_claim(BRIDGE["content"], "the council"), TRAFFIC])
    test_gold = Row("t1", "test", "doc", TEXT, 0, len(TEXT), [dict(BRIDGE), dict(TRAFFIC)], [], [])
    test_second = Row("t1", "test", "doc", TEXT, 0, len(TEXT), [dict(BRIDGE)], [], [])
    lines = _score_lines(monkeypatch, capsys, [(GOLD, dev_second), (test_gold, test_second)], resamples=20)
    at = lines.index("second vs gold attributed-claim F1, 20 paragraph resamples per part (seed 20261207): point, "
                     "95% interval")
    assert [line.split() for line in lines[at + 1:]] == [
        ["dev", "0.500", "0.500", "0.500"], ["test", "0.667", "0.667", "0.667"],
        ["dev", "-", "test", "-0.167", "-0.167", "-0.167"], ["share", "dev", "-", "test", "<=", "0", "1.000"]]
