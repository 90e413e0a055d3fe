"""bench/pair_agreement.py's scoring, on pairs written here: agreement, Cohen's kappa, and precision and
recall of one judge's "same" against the other's, both ways."""
import random

import pytest

from bench import pair_agreement
from bench.pair_agreement import (
    Judged, Pool, agreement, count_lines, draw, drifted, gold_change_lines, near, pool_lines, table_lines, terms)

S, D = True, False


def test_perfect_agreement_is_kappa_one():
    a = agreement([(S, S), (D, D), (S, S), (D, D)])
    assert a["agree"] == 1.0 and a["kappa"] == 1.0 and a["precision"] == 1.0 and a["recall"] == 1.0


def test_kappa_removes_the_agreement_the_same_rates_give_by_chance():
    # reference says same on 6 of 10, other on 5; they agree on 7 (4 same, 3 different):
    # chance = 0.6 * 0.5 + 0.4 * 0.5 = 0.5, kappa = (0.7 - 0.5) / 0.5 = 0.4
    pairs = [(S, S)] * 4 + [(S, D)] * 2 + [(D, S)] * 1 + [(D, D)] * 3
    a = agreement(pairs)
    assert a["pairs"] == 10
    assert a["agree"] == pytest.approx(0.7)
    assert a["kappa"] == pytest.approx(0.4)


def test_kappa_is_zero_when_agreement_is_what_chance_gives():
    # other says same on every pair: it agrees on every same pair of the reference and no more than chance
    a = agreement([(S, S), (D, S), (S, S), (D, S)])
    assert a["agree"] == 0.5 and a["kappa"] == pytest.approx(0.0)


def test_precision_and_recall_of_the_other_judge_against_the_reference_and_the_reverse():
    pairs = [(S, S)] * 4 + [(S, D)] * 2 + [(D, S)] * 1 + [(D, D)] * 3
    a = agreement(pairs)
    assert a["precision"] == pytest.approx(4 / 5)  # of other's 5 "same", 4 are the reference's
    assert a["recall"] == pytest.approx(4 / 6)  # of the reference's 6 "same", other found 4
    reverse = agreement([(o, r) for r, o in pairs])
    assert reverse["precision"] == pytest.approx(a["recall"]) and reverse["recall"] == pytest.approx(a["precision"])
    assert reverse["kappa"] == pytest.approx(a["kappa"])


def test_the_table_sets_second_judge_and_clusterer_side_by_side():
    judged = [Judged("p1", "claim", "dev", S, S, D), Judged("p2", "claim", "dev", D, S, D),
              Judged("p3", "claim", "dev", S, S, S), Judged("p4", "claim", "dev", D, D, D)]
    lines = table_lines(judged)
    second = next(line for line in lines if "second vs gold" in line).split()
    # set part who(3 words) pairs same agree kappa P R revP revR
    assert second[5:] == ["4", "3", "0.750", "0.500", "0.667", "1.000", "1.000", "0.667"]
    clusterer = next(line for line in lines if "clusterer vs gold" in line).split()
    assert clusterer[5:9] == ["4", "1", "0.750", "0.500"]
    # the second judge is the reference here: P is both / the clusterer's "same", R is both / the second's
    against_second = next(line for line in lines if "clusterer vs second" in line).split()
    assert against_second[5:] == ["4", "1", "0.500", "0.200", "1.000", "0.333", "0.333", "1.000"]
    assert not any(line.startswith("story") for line in lines)


def test_counts_show_which_way_the_judges_differ_and_nothing_else():
    judged = [Judged("p1", "claim", "test", S, D, D), Judged("p2", "claim", "test", D, S, D),
              Judged("p3", "claim", "test", D, S, S)]
    line = next(line for line in count_lines(judged) if line.startswith("claim test"))
    assert line.endswith("gold different 2; gold same, second different 1")
    assert "p1" not in "".join(count_lines(judged))


def test_near_pairs_share_a_name_or_two_content_words_not_the_words_news_repeats():
    assert near(terms("Police in Halden arrested a man."), terms("The Halden museum reopened."))
    assert near(terms("The ferry sank near the harbour."), terms("A second ferry left the harbour."))
    # one shared content word ("rise"), and words news repeats everywhere ("said", "Monday", "would")
    assert not near(terms("The minister said on Monday that taxes would rise."),
                    terms("The council said on Monday that the river would rise."))
    # a capital that opens a sentence is no name: "Storms" is the only link
    assert not near(terms("Storms hit the coast."), terms("Officials blamed Storms for the delays."))
    # a name of three letters is too often a word or an initialism to link two items alone
    assert not near(terms("Officials in Rye closed the road."), terms("The Rye festival opened."))


def test_chinese_text_is_near_by_its_character_bigrams():
    # Chinese has no spaces: each sentence is one "word", so only bigrams ("北京", "京市") can link two
    assert near(terms("北京市政府周一宣布新措施"), terms("北京市民周末排队购票"))
    assert not near(terms("北京市政府周一宣布新措施"), terms("上海股市今天大幅下跌"))


JUDGED = [{"pair": "claim-dev-001", "a": 12, "b": 40}, {"pair": "story-dev-001", "a": {"file": "x.xml", "guid": "g1"},
                                                      "b": {"file": "y.xml", "link": "https://y/2"}}]


def test_a_sample_drawn_as_judged_has_not_drifted():
    assert drifted(JUDGED, [dict(p) for p in JUDGED]) == []


@pytest.mark.parametrize("drawn, moved", [
    ([{**JUDGED[0], "a": 11}, JUDGED[1]], ["claim-dev-001"]),  # a row number off by one
    ([JUDGED[0], {**JUDGED[1], "b": {"file": "y.xml", "link": "https://y/3"}}], ["story-dev-001"]),
    ([JUDGED[0]], ["story-dev-001"]),  # a pair the draw no longer makes
    (JUDGED + [{"pair": "claim-dev-002", "a": 1, "b": 2}], ["claim-dev-002"]),  # a pair nobody judged
])
def test_a_drifted_sample_names_the_pairs_that_moved(drawn, moved):
    assert drifted(JUDGED, drawn) == moved


def test_gold_changes_are_counted_per_set_and_part_both_ways():
    # p2 is same and p5 different both at the draw and now: neither has changed
    judged = [Judged("p1", "claim", "dev", D, S, D), Judged("p2", "claim", "dev", S, S, D),
              Judged("p3", "claim", "dev", S, D, S), Judged("p4", "story", "test", S, D, D),
              Judged("p5", "claim", "dev", D, D, D)]
    drawn = {"p1": S, "p2": S, "p3": D, "p4": S, "p5": D}
    lines = gold_change_lines(judged, drawn)
    assert "claim dev: gold changed since the draw on 2 of 4 judged pairs (same to different 1, different to same 1)" \
        in lines
    assert "story test: gold changed since the draw on 0 of 1 judged pairs (same to different 0, different to same 0)" \
        in lines
    assert "p1" not in "".join(lines)


def test_a_relabel_that_moves_the_draw_is_scored_as_judged_with_its_gold_changes(monkeypatch, capsys):
    # the draw no longer makes claim-dev-001 (a relabelled row moved it); the verdict is scored by its own rows
    monkeypatch.setattr(pair_agreement, "load_second", lambda: [{**p, "set": p["pair"].split("-")[0], "part": "dev",
                                                                 "second": "same", "reason": ""} for p in JUDGED])
    monkeypatch.setattr(pair_agreement, "sampled", lambda: ([{**JUDGED[0], "b": 41}, JUDGED[1]], {}))
    monkeypatch.setattr(pair_agreement, "claim_decisions", lambda _second: {"claim-dev-001": (D, D)})
    monkeypatch.setattr(pair_agreement, "story_decisions", lambda _second: {"story-dev-001": (S, S)})
    monkeypatch.setattr(pair_agreement, "load_drawn_gold", lambda: {"claim-dev-001": S, "story-dev-001": S})
    assert pair_agreement.main(["score"]) == 0
    out = capsys.readouterr().out
    assert "1 judged pairs are no longer what the sampler draws" in out
    assert "claim dev: gold changed since the draw on 1 of 1 judged pairs (same to different 1" in out
    assert "story dev: gold changed since the draw on 0 of 1" in out


def test_the_pool_counts_the_hard_stratum_of_its_near_different_pairs():
    # (event, claim) of five rows; "Halden" links rows 1, 2, 3 and 5, nothing links row 4
    gold = {1: ("e1", "a"), 2: ("e1", "a"), 3: ("e1", "b"), 4: ("e2", "c"), 5: ("e2", "d")}
    text = {1: "[x] Police in Halden closed a bridge.", 2: "[x] Officials in Halden shut a bridge.",
            3: "[x] Farmers in Halden marched on Friday.", 4: "[x] Voters in Tromso chose a mayor.",
            5: "[x] Rain in Halden closed schools."}
    picked, pool = draw(list(gold), lambda a, b: gold[a] == gold[b], lambda a, b: gold[a][0] == gold[b][0], text, 2,
                        random.Random(1))
    # near different: 1-3, 2-3 (one event, hard), 1-5, 2-5, 3-5
    assert (pool.same, pool.near, pool.hard) == (1, 5, 2)
    a, b = next(p for p in picked if gold[p[0]] != gold[p[1]])
    assert pool.drawn_hard == (gold[a][0] == gold[b][0])


def test_the_pool_lines_name_each_stratum_beside_its_pool():
    pools = {("claim", "test"): Pool(344, 2858, 786, 11), ("story", "dev"): Pool(188, 2496, 801, 15)}
    assert pool_lines(pools, redrawn=False) == [
        "claim test pool: 344 gold-same pairs; 2858 near gold-different, 786 of them of one event; "
        "11 of the drawn different pairs are of one event",
        "story dev pool: 188 gold-same pairs; 2496 near gold-different, 801 of them within 2 days; "
        "15 of the drawn different pairs are within 2 days"]


def test_after_a_relabel_the_pool_lines_say_the_hard_count_is_the_new_draws():
    # the judged pairs were drawn on the old labels: the count is not theirs, and the line must not read so
    lines = pool_lines({("claim", "dev"): Pool(549, 2700, 800, 14)}, redrawn=True)
    assert lines == ["claim dev pool: 549 gold-same pairs; 2700 near gold-different, 800 of them of one event; "
                     "14 of the new draw's different pairs (not the judged ones) are of one event"]


def test_judged_texts_are_read_by_the_judged_pairs_own_pointers(monkeypatch):
    # --disagreements shows what was judged: the rows and items in the verdicts, not the pairs drawn now
    from types import SimpleNamespace

    monkeypatch.setattr(pair_agreement.claim_clusters, "load", lambda: ["r1", "r2", "r3"])
    monkeypatch.setattr(pair_agreement, "claim_texts", lambda rows: {n: f"claim {r}" for n, r in enumerate(rows, 1)})
    by_key = {("feed.xml", "g1"): "story g1", ("written", "w7"): "story w7", ("feed.xml", "g2"): "story g2"}
    monkeypatch.setattr(pair_agreement, "story_stream", lambda: SimpleNamespace(by_key=by_key))
    monkeypatch.setattr(pair_agreement, "story_text", lambda article: article)
    second = [{"pair": "claim-dev-001", "set": "claim", "a": 3, "b": 1},
              {"pair": "story-dev-001", "set": "story", "a": {"id": "w7"}, "b": {"file": "feed.xml", "guid": "g2"}}]
    assert pair_agreement.judged_texts(second) == {"claim-dev-001": ("claim r3", "claim r1"),
                                                   "story-dev-001": ("story w7", "story g2")}
