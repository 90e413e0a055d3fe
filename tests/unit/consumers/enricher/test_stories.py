"""consumers/enricher/stories.py: the signatures (pure functions); clustering on ES is in tests/integration."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsradar.alerts_file import StoryParams
from newsradar.text import tokens
from tests.samples.alert_articles import WIRE_TEXT
from consumers.enricher.stories import _dot, _perms, _unit, bands, jaccard_est, minhash, shingles


def test_stories_minhash_estimates_jaccard():
    perms = _perms(128)
    a = set(f"w{i}" for i in range(100))
    b = set(f"w{i}" for i in range(50, 150))
    est = jaccard_est(minhash(a, perms), minhash(b, perms))
    assert abs(est - len(a & b) / len(a | b)) < 0.12
    assert jaccard_est(minhash(a, perms), minhash(a, perms)) == 1.0


def test_stories_a_byline_keeps_a_wire_copy_above_the_threshold():
    p = StoryParams()
    perms = _perms(p.num_perm)
    w = tokens(WIRE_TEXT)
    copy = tokens(WIRE_TEXT + " (Reporting by our staff; editing by the desk.)")
    other = tokens("Heavy rain swept through northern provinces; officials said rescue teams struggled.")
    sig = minhash(shingles(w, p.shingle_size), perms)
    assert jaccard_est(sig, minhash(shingles(copy, p.shingle_size), perms)) >= p.near_dup_threshold
    assert jaccard_est(sig, minhash(shingles(other, p.shingle_size), perms)) < 0.2
    assert len(bands(sig, p.band_rows)) == p.num_perm // p.band_rows


def test_stories_minhash_equals_the_plain_python_formula():
    from consumers.enricher.stories import _MERSENNE, _h64

    def plain(features, perms):
        base = [_h64(f) for f in features]
        return [min(((a * x + b) % _MERSENNE) & 0xFFFFFFFF for x in base) for a, b in perms]

    for n in (16, 64, 256):
        perms = _perms(n)
        for k in (1, 2, 7, 300):
            feats = {f"word{i} {k} shingle" for i in range(k)}
            assert minhash(feats, perms) == plain(feats, perms)
    assert minhash(set(), _perms(16)) == [0xFFFFFFFF] * 16


def test_stories_dot_equals_the_sum_over_the_smaller_vectors_terms_to_the_last_bit():
    # Floating-point addition is not associative: summed in another order, a score can move by its
    # last bit and land on the other side of a threshold. Up to 40 terms a vector, 0 to 20 shared.
    import random  # noqa: PLC0415
    import struct  # noqa: PLC0415

    def plain(a, b):
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b.get(t, 0.0) for t, w in a.items())

    rng = random.Random(16)
    vocab = [f"t{i}" for i in range(60)]
    for _ in range(3000):
        a, b = ({t: rng.random() * 9 for t in rng.sample(vocab, rng.randint(0, 40))} for _ in range(2))
        a, b = _unit(a), _unit(b)
        assert struct.pack("<d", _dot(a, b)) == struct.pack("<d", plain(a, b)), (a, b)
        assert struct.pack("<d", _dot(b, a)) == struct.pack("<d", plain(b, a))
    assert jaccard_est([1, 2, 3, 4], [1, 0, 3, 0]) == 0.5 and jaccard_est([], []) == 0.0


def test_stories_bands_hash_the_minhash_rows_as_the_stored_signatures_do():
    import hashlib  # noqa: PLC0415

    mh = list(range(10**9, 10**9 + 64))
    stored = [f"{i}:{hashlib.blake2b(repr(mh[i * 4:(i + 1) * 4]).encode(), digest_size=6).hexdigest()}"
              for i in range(16)]
    assert bands(mh, 4) == stored and bands(list(mh), 4) == stored     # the second from the cache
    assert bands(mh, 4) is not bands(mh, 4)


def test_stories_next_search_waits_for_the_refresh_and_redoes_a_failed_one():
    from elasticsearch import exceptions as es_exc

    import pytest
    from consumers.enricher.stories import StoryClusterer
    from newsradar.errors import TransientError
    from newsradar.settings import Settings

    class Indices:
        def __init__(self):
            self.calls, self.fail = 0, 0

        def refresh(self, index):
            self.calls += 1
            if self.fail:
                self.fail -= 1
                raise es_exc.ConnectionError("refused")

    class FakeEs:
        indices = Indices()

    clusterer = StoryClusterer(FakeEs(), Settings(namespace="unit"), params=StoryParams())
    clusterer._refreshing = clusterer._pool = None
    clusterer._unrefreshed = True                     # as after a bulk whose refresh failed in the background
    FakeEs.indices.fail = 1
    with pytest.raises(TransientError):
        clusterer._searchable()
    assert clusterer._unrefreshed                     # still owed: the retried batch refreshes first
    clusterer._searchable()
    assert not clusterer._unrefreshed and FakeEs.indices.calls == 2


def _placed(terms, story_id, core, hours=0):
    from consumers.enricher.stories import Signature, _unit
    vec = _unit({t: 1.0 for t in terms})
    return Signature(f"a-{story_id}-{hours}", "outlet", f"2024-05-18T{hours:02d}:00:00Z", [0] * 64, 10, sorted(terms),
                     [], " ".join(terms), vector=vec, core=_unit(core), story_size=3, story_id=story_id)


def test_stories_one_close_article_does_not_pull_a_story_off_its_centre():
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    fire = ["alisal", "fire", "acres", "wind", "containment"]
    # a story about an oil spill that one fire article joined: its centre is still the spill
    stray = _placed(fire, "spill", {"oil": 1.0, "spill": 1.0, "beach": 1.0, "coast": 1.0})
    new = Signature("b", "other", "2024-05-18T01:00:00Z", [1] * 64, 10, sorted(fire), [], "")
    clusterer._place(new, [stray], Stats(100, {}))
    assert new.story_id == "sb"

    # the same article beside a story whose centre is the fire joins it, and moves its centre
    member = _placed(fire, "fire", {t: 1.0 for t in fire})
    new = Signature("c", "other", "2024-05-18T01:00:00Z", [1] * 64, 10, sorted(fire), [], "")
    clusterer._place(new, [member], Stats(100, {}))
    assert new.story_id == "fire" and new.story_size == 4


def test_stories_a_story_is_judged_by_the_centre_its_newest_state_carries():
    """Each article stores its story's centre and size as they were when it joined: the largest, then the
    latest, carries the story's current centre, whichever of its articles the search returned first."""
    import dataclasses

    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    fire = ["alisal", "fire", "acres", "wind", "containment"]
    # the story began as an oil spill; the fire articles that joined it moved its centre to the fire
    first = dataclasses.replace(_placed(fire, "s", {"oil": 1.0, "spill": 1.0, "beach": 1.0}, hours=1), story_size=1)
    grown = dataclasses.replace(_placed(fire, "s", {t: 1.0 for t in fire}, hours=2), story_size=5)
    later = dataclasses.replace(_placed(fire, "s", {"oil": 1.0, "spill": 1.0}, hours=3), story_size=4)
    for candidates in ([first, grown, later], [later, first, grown], [grown, later, first]):
        new = Signature("n", "other", "2024-05-18T03:00:00Z", [1] * 64, 10, sorted(fire), [], "")
        clusterer._place(new, candidates, Stats(100, {}))
        assert new.story_id == "s" and new.story_size == 6


def test_stories_rare_words_weigh_more_than_common_ones():
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    words = ["covid", "cases", "rise", "rusesabagina"]
    sig = Signature("d", "o", "2024-05-18T00:00:00Z", [0] * 64, 10, sorted(words), [], "")
    clusterer._place(sig, [], Stats(1000, {"covid": 400, "cases": 300, "rise": 200, "rusesabagina": 1}))
    assert max(sig.vector, key=sig.vector.get) == "rusesabagina"
    assert sig.vector["covid"] < sig.vector["rise"] < sig.vector["rusesabagina"]


def test_stories_cold_start_weights_do_not_swing_with_a_few_articles():
    """With three stored articles, one shared word must not weigh half an unshared one:
    otherwise the order in which the first articles arrive decides how they cluster."""
    from consumers.enricher.stories import Stats

    few = Stats(n_docs=3, df={"seen": 1})
    assert few.idf("seen") / few.idf("unseen") >= 0.8
    many = Stats(n_docs=10_000, df={"seen": 1, "common": 5_000})
    assert many.idf("common") / many.idf("seen") < 0.1, "with real volume, IDF is plain IDF"


def test_stories_one_event_in_other_words_joins_on_the_names_it_shares():
    """The issue's case: Moscow seeking the US arms the Taliban hold, told in other words.
    The reports share the event's names and hardly a word of what happened; they must still
    make one story (a guard that asked for shared non-name words split them, and cost the
    held-out recall)."""
    from consumers.enricher.stories import ENTITY_PREFIX, Signature, Stats, StoryClusterer, _unit
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    first_words = ["putin", "negotiate", "taliban", "arm", "abandon", "afghanistan"]
    first_names = ["putin", "vladimir", "taliban", "afghanistan"]
    vec = _unit({**{w: 1.0 for w in first_words}, **{ENTITY_PREFIX + n: 1.5 for n in first_names}})
    first = Signature("a-arms", "outlet-a", "2024-05-18T00:00:00Z", [0] * 64, 60, sorted(first_words),
                      sorted(first_names), "", vector=vec, core=dict(vec), story_size=1, story_id="arms")
    other = Signature("b", "outlet-b", "2024-05-18T05:00:00Z", [1] * 64, 60,
                      sorted(["moscow", "seek", "weapon", "taliban", "leave", "putin", "afghanistan"]),
                      ["afghanistan", "moscow", "putin", "taliban"], "")
    clusterer._place(other, [first], Stats(500, {}))
    assert other.story_id == "arms"


def _sig(article_id: str, published_at: str, terms: list[str], entities: list[str]):
    from consumers.enricher.stories import Signature
    return Signature(article_id, "outlet", published_at, [0] * 64, 10, terms, entities, " ".join(terms))


def test_stories_df_groups_articles_within_an_hour_of_the_first():
    from consumers.enricher.stories import _df_groups
    sigs = [_sig("c", "2024-05-18T10:50:00Z", [], []), _sig("a", "2024-05-18T10:00:00Z", [], []),
            _sig("b", "2024-05-18T11:00:00Z", [], []), _sig("d", "2024-05-18T11:01:00Z", [], []),
            _sig("e", "2024-05-20T09:00:00Z", [], [])]
    assert [[s.article_id for s in g] for g in _df_groups(sigs)] == [["a", "c", "b"], ["d"], ["e"]]


def test_stories_a_batch_counts_document_frequencies_once_per_group_not_per_article():
    """Counting walks every article of the df window: once per article it grew with the window (43x
    the shard time of one count at 20,000 stored articles), so a batch asks once per hour it spans."""
    from consumers.enricher.stories import ENTITY_PREFIX, StoryClusterer
    from newsradar.settings import Settings

    class FakeEs:
        def __init__(self):
            self.searches = []

        def msearch(self, searches):
            bodies = searches[1::2]
            self.searches.append(bodies)
            out = []
            for b in bodies:
                if "aggs" in b:
                    out.append({"hits": {"hits": []}, "aggregations": {"g0": {"doc_count": 120,
                        "terms": {"buckets": [{"key": "dam", "doc_count": 3}, {"key": "flood", "doc_count": 40}]},
                        "entities": {"buckets": [{"key": "Kakhovka", "doc_count": 2}]}}}})
                else:
                    out.append({"hits": {"total": {"value": 0}, "hits": []}})
            return {"responses": out}

    es = FakeEs()
    clusterer = StoryClusterer(es, Settings(namespace="unit"), params=StoryParams())
    sigs = [_sig("a", "2024-05-18T10:00:00Z", ["dam", "flood"], ["Kakhovka"]),
            _sig("b", "2024-05-18T10:20:00Z", ["flood"], []),
            _sig("c", "2024-05-18T10:40:00Z", ["river"], [])]
    found = clusterer._candidates_many(sigs)
    [bodies] = es.searches
    assert len(bodies) == 4 and sum("aggs" in b for b in bodies) == 1
    stats = [s for _, s in found]
    assert [s.n_docs for s in stats] == [120, 120, 120]
    assert stats[0].df == {"dam": 3, "flood": 40, ENTITY_PREFIX + "Kakhovka": 2}
    assert stats[1].df == {"flood": 40} and stats[2].df == {}
    clusterer.close()


def test_stories_unspaced_chinese_reports_share_the_names_they_both_give():
    """Chinese has no spaces: a word token is a whole clause that no other report repeats, so two outlets'
    reports of one death shared nothing and never met. Character pairs of the name (徐才厚) are shared."""
    from consumers.enricher.stories import Stats, StoryClusterer
    from newsradar.schema import Enrichment
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    skipped = Enrichment(language="zh", enriched=False, skipped_reason="language:zh")
    one = make_article("dw", "原军委副主席徐才厚因病身亡", "前中央军委副主席徐才厚因膀胱癌去世。").article
    two = make_article("bbc", "中国前中央军委副主席徐才厚去世", "据官方媒体报道，徐才厚星期日去世。").article
    first, second = clusterer.signature(one, skipped), clusterer.signature(two, skipped)
    assert {"徐才", "才厚"} <= set(first.terms) & set(second.terms)
    assert {"徐才", "才厚"} <= set(second.title_terms)
    clusterer._place(first, [], Stats(100, {}))
    clusterer._place(second, [first], Stats(100, {}))
    assert second.story_id == first.story_id


def test_stories_a_signature_pairs_a_texts_characters_once_and_an_english_texts_not_at_all(monkeypatch):
    """The character pairs of a text the extractor did not lemmatise are its terms and its repeats: made
    once for both. An English text's lead has no CJK term a repeat could count, so its pairs are not made."""
    from consumers.enricher import stories
    from newsradar.schema import Enrichment
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    paired: list[list[str]] = []
    real = stories.cjk_bigrams
    monkeypatch.setattr(stories, "cjk_bigrams", lambda words: paired.append(list(words)) or real(words))
    clusterer = stories.StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    title, body = "原军委副主席徐才厚因病身亡", "前中央军委副主席徐才厚因膀胱癌去世。徐才厚生前曾任军委副主席。"
    chinese = make_article("dw", title, body).article
    sig = clusterer.signature(chinese, Enrichment(language="zh", enriched=False, skipped_reason="language:zh"))
    assert paired.count(tokens(f"{title} {body}")) == 1 and sig.repeats["徐才"] > 1
    paired.clear()
    english = make_article("ap", "Dam breach floods valley", "A dam breach flooded the valley on Monday.",
                           lemmas="dam breach flood valley dam breach flood valley monday")
    sig = clusterer.signature(english.article, english.enrichment)
    assert tokens(f"{english.article.title} {english.article.body}") not in paired and sig.repeats == {}


def test_stories_unlemmatised_reports_share_the_words_they_inflect_otherwise():
    """The extractor lemmatises English only: two Spanish reports of one fire, one in the singular and one
    in the plural, shared hardly a word form; their words' first letters are shared."""
    from consumers.enricher.stories import Stats, StoryClusterer, cjk_bigrams, unlemmatised_terms
    from newsradar.schema import Enrichment
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    assert unlemmatised_terms(cjk_bigrams(["incendios", "徐才厚"]), "es") == ["incend", "徐才", "才厚"]
    # a text in no language the detector could name is mostly a short English one: its words stay whole,
    # as the lemmas of its English neighbours are
    assert unlemmatised_terms(["government", "elections"], None) == ["government", "elections"]
    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    skipped = Enrichment(language="es", enriched=False, skipped_reason="language:es")
    one = make_article("elpais", "Incendio forestal obliga a evacuar Quilpué",
                       "Un incendio forestal avanzó durante la noche y los bomberos ordenaron evacuar el cerro.").article
    two = make_article("biobio", "Incendios forestales: miles de evacuados en Quilpué",
                       "Los incendios forestales que avanzan desde el miércoles dejaron familias evacuadas.").article
    first, second = clusterer.signature(one, skipped), clusterer.signature(two, skipped)
    assert {"incend", "forest", "evacua"} <= set(second.title_terms)
    clusterer._place(first, [], Stats(100, {}))
    clusterer._place(second, [first], Stats(100, {}))
    assert second.story_id == first.story_id


def test_stories_a_long_chinese_report_weighs_the_pairs_it_repeats():
    """Most character pairs of a Chinese text span two words, and each such pair, held by no other report,
    weighs as much as a rare name: a long report of one death met a short one only through a name drowned
    in its noise. The pairs a text repeats are its words and names (徐才厚 recurs, a pair across two words
    does not), so they weigh by how often it repeats them."""
    from consumers.enricher.stories import Stats, StoryClusterer
    from newsradar.schema import Enrichment
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    skipped = Enrichment(language="zh", enriched=False, skipped_reason="language:zh")
    long = make_article("cdt", "徐才厚在病榻上结束一生",
                        "徐才厚曾任军委副主席。官方通报称，徐才厚涉嫌受贿，案件移送军事检察院审查起诉。"
                        "评论认为，徐才厚一案显示反腐没有禁区，军中的整肃还将继续。据悉徐才厚晚年患癌，"
                        "住院治疗期间仍受调查，最终病情恶化，医治无效。").article
    short = make_article("bbc", "军网：徐才厚死后反腐不停", "军报评论说，徐才厚死了，军队反腐不会停止。").article
    first, second = clusterer.signature(long, skipped), clusterer.signature(short, skipped)
    assert first.repeats["徐才"] == 5 and "院审" not in first.repeats
    clusterer._place(first, [], Stats(100, {}))
    clusterer._place(second, [first], Stats(100, {}))
    assert second.story_id == first.story_id


def test_stories_trace_shows_the_story_the_drift_guard_turned_down():
    """The bench's error causes read the trace: a story refused for its centre must still be reported
    with its scores, or a guarded miss would read as a retrieval miss."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    seen = {}
    clusterer.trace = lambda sig, stories: seen.update({sig.article_id: stories})
    fire = ["alisal", "fire", "acres", "wind", "containment"]
    stray = _placed(fire, "spill", {"oil": 1.0, "spill": 1.0, "beach": 1.0, "coast": 1.0})
    new = Signature("b", "other", "2024-05-18T01:00:00Z", [1] * 64, 10, sorted(fire), [], "")
    clusterer._place(new, [stray], Stats(100, {}))
    link, centre, _score = seen["b"]["spill"]
    assert new.story_id == "sb" and link > 0.9 and centre < clusterer.params.drift_threshold


def test_stories_one_outlets_headlines_with_other_figures_are_two_events():
    """Two results of one tournament by one outlet share its words and names, so they clear the bar;
    headlines that each state a score, none shared, are two matches. Another outlet's headline may
    give the same event's figures otherwise, so it still joins."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer, headline_figures
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    words = ["korea", "east", "asian", "football", "tournament", "rout", "win"]
    first = _placed(words, "women", {w: 1.0 for w in words})
    first.figures = headline_figures("S. Korea rout Taiwan 4-0 at East Asian women's football tournament")
    assert first.figures == ["0", "4"]

    def newcomer(outlet, headline):
        return Signature("b", outlet, "2024-05-18T01:00:00Z", [1] * 64, 10, sorted(words), [], "",
                         figures=headline_figures(headline))

    men = newcomer("outlet", "S. Korea lose 1-3 to Japan at East Asian men's football tournament, 2022")
    clusterer._place(men, [first], Stats(100, {}))
    assert men.story_id == "sb"
    for joins in (newcomer("outlet", "Korea's 4-0 rout of Taiwan in East Asian football"),
                  newcomer("outlet", "S. Korea rout Taiwan at East Asian football tournament"),
                  newcomer("other", "South Korea beat Taiwan 4-1 in East Asian women's football")):
        clusterer._place(joins, [first], Stats(100, {}))
        assert joins.story_id == "women"


def test_stories_a_number_inside_a_name_is_no_figure_a_headline_states():
    """"Covid-19", "G20", "COP26" name a disease, a summit, a conference: one outlet's two updates of one
    topic both carry the name, and its number must not make them share a figure. Figures of their own (a
    tally, a date, a score, an age) still count."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer, headline_figures
    from newsradar.settings import Settings

    assert headline_figures("Covid-19 update: 11 new community cases") == ["11"]
    assert headline_figures("Covid-19: What happened in New Zealand on 29 August") == ["29"]
    assert headline_figures("G20 and COP26: leaders meet") == []
    assert headline_figures("S. Korea rout Taiwan 4-0; 15-year-old scores") == ["0", "15", "4"]

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    words = ["covid", "community", "case", "auckland", "alert", "level"]
    first = _placed(words, "update", {w: 1.0 for w in words})
    first.figures = headline_figures("Covid-19 update: 14 fresh cases in the community, three of them at the border")
    later = Signature("b", "outlet", "2024-05-18T08:00:00Z", [1] * 64, 10, sorted(words), [], "",
                      figures=headline_figures("Covid-19: What happened in New Zealand on 29 August"))
    clusterer._place(later, [first], Stats(100, {}))
    assert later.story_id == "sb"


def test_stories_an_article_joins_its_own_outlets_story_only_near_its_centre_when_time_tells_nothing():
    """A feed that gives no times hands its whole list over at the fetch's time, and an outlet posts its
    desks' reports in batches, so one outlet's look-alikes seem published in one minute: an article that
    shares one of a story's four words stays apart from its own outlet's story when undated or published
    within minutes of it, but joins it when published an hour later, or when another outlet's article
    linked best."""
    from consumers.enricher.stories import SAME_OUTLET_CENTRE, Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    words = ["childbirth", "record", "low", "statistics"]
    member = _placed(words, "births", {w: 1.0 for w in words})

    def newcomer(outlet, undated, at="00:00"):
        return Signature("b", outlet, f"2024-05-18T{at}:00Z", [1] * 64, 10,
                         ["firm", "trading", "record", "high", "customs"], [], "", undated=undated)

    for lookalike in (newcomer("outlet", undated=True), newcomer("outlet", undated=False, at="00:12")):
        clusterer._place(lookalike, [member], Stats(100, {}))
        centre = lookalike.vector["record"] * member.core["record"]
        assert clusterer.params.drift_threshold <= centre < SAME_OUTLET_CENTRE
        assert lookalike.story_id == "sb"
    for joins in (newcomer("outlet", undated=False, at="01:00"), newcomer("other", undated=True),
                  newcomer("other", undated=False, at="00:12")):
        clusterer._place(joins, [member], Stats(100, {}))
        assert joins.story_id == "births"


class _CandidateEs:
    """One stored candidate, "x", found by every search at write ``version``; counts the mgets that read it."""

    def __init__(self, version, source):
        self.version, self.source, self.mgets = version, source, []

    def msearch(self, searches):
        hit = {"_id": "x", "_seq_no": self.version[0], "_primary_term": self.version[1]}
        return {"responses": [{"hits": {"total": {"value": 1}, "hits": [hit]},
                               "aggregations": {"g0": {"doc_count": 1, "terms": {"buckets": []},
                                                       "entities": {"buckets": []}}}}
                              if "aggs" in b else {"hits": {"total": {"value": 1}, "hits": [hit]}}
                              for b in searches[1::2]]}

    def mget(self, index, ids, source_includes):
        self.mgets.append(ids)
        return {"docs": [{"_id": "x", "found": True, "_seq_no": self.version[0], "_primary_term": self.version[1],
                          "_source": {k: self.source[k] for k in source_includes if k in self.source}}]}


def _candidate_doc(story_id):
    return {"article_id": "x", "outlet": "o", "published_at": "2024-05-18T10:00:00Z", "nd_minhash": [1] * 64,
            "n_words": 10, "vector": {"dam": 1.0}, "core": {"dam": 1.0}, "story_size": 2, "story_id": story_id,
            "near_duplicate_of": None, "terms": ["dam"], "entities": [], "text": "dam"}


def test_stories_a_candidate_is_read_from_the_cache_only_for_the_write_it_holds():
    """Another enricher process rewrote "x" into story s2 after this one cached it in s1: the hit's
    seq_no differs, so it is read again; the read is cached and the next batch's hit reads nothing."""
    from consumers.enricher.stories import Signature, StoryClusterer
    from newsradar.settings import Settings

    es = _CandidateEs((7, 1), _candidate_doc("s2"))
    clusterer = StoryClusterer(es, Settings(namespace="unit"), params=StoryParams())
    clusterer._placing.put("x", (3, 1), Signature.from_doc(_candidate_doc("s1")))
    [(candidates, _)] = clusterer._candidates_many([_sig("a", "2024-05-18T10:30:00Z", ["dam"], [])])
    assert [c.story_id for c in candidates] == ["s2"] and es.mgets == [["x"]]
    [(candidates, _)] = clusterer._candidates_many([_sig("b", "2024-05-18T10:40:00Z", ["dam"], [])])
    assert [c.story_id for c in candidates] == ["s2"] and es.mgets == [["x"]]
    clusterer.close()


def test_stories_a_batch_gives_the_same_stories_whatever_order_its_articles_arrive_in():
    """A bridge article links two reports that share nothing with each other. Placed as they arrive, the
    bridge joined the first report when it came second and a report of its own when it came last, so one
    batch's stories hung on which feed was polled first; placed in publication order, every order agrees."""
    from itertools import permutations

    from consumers.enricher.stories import Stats, StoryClusterer
    from newsradar.settings import Settings
    from tests.samples.alert_articles import T0, make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    clusterer._stored = lambda ids: {}
    clusterer._candidates_many = lambda sigs: [([], Stats(100, {})) for _ in sigs]
    clusterer._write = lambda docs: None
    texts = {"a": "reservoir dam breach floods valley", "b": "reservoir dam breach floods valley villages evacuated "
             "helicopters rescue stranded families", "c": "villages evacuated helicopters rescue stranded families"}
    items = [(e.article, e.enrichment) for e in
             (make_article(name, text, "", published_at=T0 + timedelta(minutes=i), lemmas=text)
              for i, (name, text) in enumerate(sorted(texts.items())))]
    partitions = set()
    for order in permutations(items):
        by_id = dict(zip((a.article_id for a, _ in order), (story for story, _ in clusterer.assign(list(order)))))
        partitions.add(frozenset(frozenset(a for a in by_id if by_id[a] == s) for s in by_id.values()))
    assert len(partitions) == 1


def test_stories_an_article_counts_the_earlier_articles_of_its_batch_as_stored():
    """Earlier articles of a batch are not searchable yet: each later one counts them in its document
    frequencies, once per record that carries a feature (an article the batch holds twice is placed once,
    counted twice), and meets them as candidates; the index's own counts come on top."""
    from consumers.enricher.stories import Stats, StoryClusterer
    from newsradar.settings import Settings
    from tests.samples.alert_articles import T0, make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    clusterer._stored = lambda ids: {}
    clusterer._candidates_many = lambda sigs: [([], Stats(100, {"flood": 7})) for _ in sigs]
    clusterer._write = lambda docs: None
    seen: dict[str, tuple[int, dict[str, int], list[str]]] = {}
    place = clusterer._place

    def recording(sig, candidates, stats):
        seen[sig.article_id] = (stats.n_docs, dict(stats.df), [c.article_id for c in candidates])
        place(sig, candidates, stats)

    clusterer._place = recording
    texts = [("a", "dam flood river"), ("b", "dam flood valley"), ("c", "dam flood river valley")]
    made = [make_article(name, text, "", published_at=T0 + timedelta(minutes=i), lemmas=text)
            for i, (name, text) in enumerate(texts)]
    items = [(m.article, m.enrichment) for m in made]
    clusterer.assign(items + [items[0]])
    a, b, c = (m.article.article_id for m in made)
    assert seen[a] == (100, {"flood": 7}, [])
    assert seen[b] == (102, {"flood": 9, "dam": 2}, [a, a])
    assert seen[c] == (103, {"flood": 10, "dam": 3, "river": 2, "valley": 1}, [a, a, b])
    assert len(seen) == 3


def test_stories_a_batch_placed_in_publication_order_takes_a_time_without_a_zone_as_utc():
    """Placing a batch by publication compares its articles' times: one record whose time came without
    a zone must be read as UTC, as everything NewsRadar writes is, and not stop the batch."""
    from consumers.enricher.stories import Stats, StoryClusterer
    from newsradar.settings import Settings
    from tests.samples.alert_articles import T0, make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    clusterer._stored = lambda ids: {}
    clusterer._candidates_many = lambda sigs: [([], Stats(100, {})) for _ in sigs]
    clusterer._write = lambda docs: None
    zoned = make_article("a", "reservoir dam breach floods valley", "", published_at=T0, lemmas="reservoir dam")
    naive = make_article("b", "villages evacuated helicopters rescue", "",
                         published_at=(T0 + timedelta(minutes=5)).replace(tzinfo=None), lemmas="villages rescue")
    stories = clusterer.assign([(naive.article, naive.enrichment), (zoned.article, zoned.enrichment)])
    assert len(stories) == 2 and all(story for story, _ in stories)


def test_stories_a_follow_up_the_score_would_join_is_within_the_search_window():
    """A follow-up four days on ("Anger grows in Carson" after "odors declared a nuisance") is judged by the
    score, whose time decay already discounts it; the candidate search must not cut it off first, in the
    defaults and in the shipped rules file alike."""
    from pathlib import Path  # noqa: PLC0415

    from consumers.enricher.stories import Signature, Stats, StoryClusterer, _unit
    from newsradar.alerts_file import load_alerts_file
    from newsradar.clock import parse_time
    from newsradar.settings import Settings

    shipped = load_alerts_file(Path(__file__).parents[4] / "configs" / "alerts.yaml").stories
    words = ["carson", "noxious", "odor", "resident", "nuisance"]
    for params in (StoryParams(), shipped):
        clusterer = StoryClusterer(None, Settings(namespace="unit"), params=params)
        vec = _unit({w: 1.0 for w in words})
        first = Signature("a-odor", "outlet", "2024-05-18T00:00:00Z", [0] * 64, 60, words, [], "",
                          vector=vec, core=dict(vec), story_size=1, story_id="odor")
        follow_up = Signature("b", "outlet", "2024-05-22T00:00:00Z", [1] * 64, 60, words, [], " ".join(words))
        window = clusterer._search(follow_up)["query"]["bool"]["filter"][0]["range"]["published_at"]
        assert parse_time(window["gte"]) <= parse_time(first.published_at)
        clusterer._place(follow_up, [first], Stats(500, {}))
        assert follow_up.story_id == "odor"


def test_stories_a_place_named_in_the_plural_and_the_singular_is_one_term():
    """spaCy leaves a proper noun's lemma as written, and names are split into their words unlemmatised:
    "the Highlands" in one report of a paraglider crash and "Highland" in another shared nothing. Folding
    the plural alone makes them one term and one name, and leaves "virus" and "glass" whole."""
    from consumers.enricher.stories import StoryClusterer, plural_stem
    from newsradar.schema import Enrichment, Entity
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    assert [plural_stem(w) for w in ["highlands", "bodies", "glass", "virus", "bus", "shoes"]] == \
        ["highland", "body", "glass", "virus", "bus", "shoe"]
    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())

    def signature(title, lemmas, place):
        enrichment = Enrichment(language="en", enriched=True, lemmas=lemmas,
                                entities=[Entity(label="LOC", canonical=place)])
        return clusterer.signature(make_article("o", title, "").article, enrichment)

    plural = signature("Highlands paraglider crash", "highlands paraglider crash", "the Highlands")
    singular = signature("Man dies in Highland crash", "man die highland crash", "Highland")
    assert "highland" in set(plural.terms) & set(singular.terms)
    assert "highland" in set(plural.title_terms) & set(singular.title_terms)
    assert plural.entities == singular.entities == ["highland"]


def test_stories_a_singular_name_ending_in_s_is_not_folded_onto_another():
    """ "Hamas" folded to "hama" is Hama, a Syrian city; "Ben Stokes" folded to "stoke" is Stoke, and
    "AIDS" to "aid" is a common word: a singular in -as/-is, a surname and an acronym keep their "s"."""
    from consumers.enricher.stories import StoryClusterer, plural_stem
    from newsradar.schema import Enrichment, Entity
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    assert [plural_stem(w) for w in ["hamas", "isis", "highlands"]] == ["hamas", "isis", "highland"]
    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    enrichment = Enrichment(language="en", enriched=True, lemmas="stokes aids",
                            entities=[Entity(label="PERSON", canonical="Ben Stokes"), Entity(label="ORG", canonical="AIDS")])
    signature = clusterer.signature(make_article("o", "Stokes AIDS", "").article, enrichment)
    assert signature.entities == ["aids", "ben", "stokes"]


def test_stories_a_number_joined_to_a_letter_after_it_is_no_figure():
    """ "5G" names a technology as "G20" names a summit: the letter after the number joins it to a name, on
    either side; a number set apart by a space ("Boeing 737 Max") is a figure as the rule reads."""
    from consumers.enricher.stories import headline_figures

    assert headline_figures("5G rollout hits 3 cities") == ["3"]
    assert headline_figures("Boeing 737 Max deliveries resume") == ["737"]
    assert headline_figures("Samsung 737Max 29,612G") == []
    assert headline_figures("India win 2nd Test by 3 wickets") == ["3"]
    # a unit in small letters belongs to its figure
    assert headline_figures("Putin seeks $7.1bn of arms; 10km of road shut; rates at 5.25pc") == ["10", "5.25", "7.1"]


def test_stories_another_outlets_report_of_a_place_its_closest_article_never_names_is_another_event():
    """Two crimes of one day in two towns share "man", "murder", "investigation", which clear the bar; a
    headline that names its town, beside another outlet's article that names it nowhere and shares no name
    with it, is another event. The town in the other's lead, a shared name, the same outlet's follow-up
    (its readers know the town) or a headline naming no place still join."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.schema import Enrichment, Entity
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    enrichment = Enrichment(language="en", enriched=True, lemmas="killamarsh death man arrest body find",
                            entities=[Entity(label="GPE", canonical="Killamarsh", in_title=True),
                                      Entity(label="GPE", canonical="Derbyshire"),
                                      Entity(label="PERSON", canonical="Damien Bendall", in_title=True)])
    headline = "Killamarsh deaths: Damien Bendall arrested after four bodies found"
    assert clusterer.signature(make_article("o", headline, "").article, enrichment).title_places == ["killamarsh"]

    crime = ["man", "murder", "investigation", "stab", "station"]

    def newcomer(outlet, places=("killamarsh",)):
        return Signature("b", outlet, "2024-05-18T07:00:00Z", [1] * 64, 10,
                         ["arrest", "investigation", "man", "murder"], ["derbyshire", "killamarsh"], "",
                         title_places=list(places))

    elsewhere = _placed(crime + ["belvedere"], "belvedere", {w: 1.0 for w in crime + ["belvedere"]})
    apart = newcomer("other")
    clusterer._place(apart, [elsewhere], Stats(100, {}))
    assert apart.story_id == "sb"
    for member, joins in ((_placed(crime + ["killamarsh"], "town", {w: 1.0 for w in crime}), newcomer("other")),
                          (_placed(crime + ["e:derbyshire"], "county", {w: 1.0 for w in crime}), newcomer("other")),
                          (elsewhere, newcomer("outlet")), (elsewhere, newcomer("other", places=()))):
        clusterer._place(joins, [member], Stats(100, {}))
        assert joins.story_id == member.story_id


def test_stories_an_all_caps_place_finds_the_folded_place_of_another_outlet():
    """ "ATHENS" keeps its "s" among the names (an acronym is no plural), while another outlet's "Athens" is
    folded to "athen": one town, so the place veto, which folds the headline's places, must not split the event."""
    from consumers.enricher.stories import Stats, StoryClusterer
    from newsradar.schema import Enrichment, Entity
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    crime = ["man", "murder", "investigation", "stab", "station"]
    enrichment = Enrichment(language="en", enriched=True, lemmas=" ".join(crime),
                            entities=[Entity(label="GPE", canonical="ATHENS", in_title=True)])
    headline = "ATHENS: man held over station stabbing"
    article = make_article("other", headline, "", published_at=datetime(2024, 5, 18, 7, tzinfo=timezone.utc))
    newcomer = clusterer.signature(article.article, enrichment)
    assert newcomer.title_places == ["athen"]
    for town in ("athen", "e:athen"):
        member = _placed(crime + [town], "athens", {w: 1.0 for w in crime})
        newcomer.story_id = ""
        clusterer._place(newcomer, [member], Stats(100, {}))
        assert newcomer.story_id == "athens", town


def test_stories_a_folded_place_finds_the_all_caps_place_of_an_earlier_article():
    """The other way round: the story's article holds "e:athens" from "ATHENS", unfolded, and the newcomer's
    "Athens" is "athen"; one town still."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    crime = ["man", "murder", "investigation", "stab", "station"]
    member = _placed(crime + ["e:athens"], "athens", {w: 1.0 for w in crime})
    newcomer = Signature("b", "other", "2024-05-18T07:00:00Z", [1] * 64, 10,
                         ["arrest", "investigation", "man", "murder"], [], "", title_places=["athen"])
    clusterer._place(newcomer, [member], Stats(100, {}))
    assert newcomer.story_id == "athens"


def test_stories_a_place_with_its_accents_dropped_is_the_same_place_to_the_place_veto():
    """One outlet writes "Bogotá", another "Bogota": the same letters, so one place, whichever came first. Only
    accents are dropped, and only among the other article's names: a place of other letters stays another place
    ("Niger" is not "Nigeria", "Zambia" is not "Zimbabwe", "China" is not a "Chen"), and "Malé" is not the word
    "male"; the veto still splits those."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.schema import Enrichment, Entity
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    blast = ["bomb", "blast", "market", "police", "killed"]
    for place, named, joins in (("bogotá", "Bogota", True), ("bogota", "Bogotá", True),
                                ("cote", "Côte d'Ivoire", True), ("malé", "", False),
                                ("niger", "Nigeria", False), ("zambia", "Zimbabwe", False),
                                ("china", "Chen", False)):
        member = _placed(blast + (["male"] if place == "malé" else []), "blast", {w: 1.0 for w in blast})
        enrichment = Enrichment(language="en", enriched=True, lemmas=" ".join(blast),
                                entities=[Entity(label="GPE", canonical=named)] if named else [])
        member.places = clusterer.signature(make_article("o", "Market blast", "").article, enrichment).places
        newcomer = Signature("b", "other", "2024-05-18T07:00:00Z", [1] * 64, 10, list(blast), [], "",
                             title_places=[place])
        clusterer._place(newcomer, [member], Stats(100, {}))
        assert (newcomer.story_id == "blast") is joins, (place, named)


def test_stories_the_place_veto_reads_every_article_of_the_story_not_only_the_closest():
    """The story's closest article may be the one report that leaves the town out; another outlet's article
    of the story that names it says the newcomer's headline place is the story's."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    crime = ["man", "murder", "investigation", "stab", "station"]
    closest = _placed(crime, "town", {w: 1.0 for w in crime})
    naming = _placed(["killamarsh", "inquest"], "town", {w: 1.0 for w in crime}, hours=1)
    naming.outlet = "third"
    newcomer = Signature("b", "other", "2024-05-18T07:00:00Z", [1] * 64, 10,
                         ["arrest", "investigation", "man", "murder"], [], "", title_places=["killamarsh"])
    clusterer._place(newcomer, [closest, naming], Stats(100, {}))
    assert newcomer.story_id == "town"
    alone = Signature("c", "other", "2024-05-18T07:00:00Z", [1] * 64, 10,
                      ["arrest", "investigation", "man", "murder"], [], "", title_places=["killamarsh"])
    clusterer._place(alone, [closest], Stats(100, {}))
    assert alone.story_id == "sc", "without the article naming the town the veto still holds"


def test_stories_a_place_meets_only_places_without_its_accents():
    """The headline's place "Sofia" is not the person "Sofía" the other article names, nor "Leon" a "León" or
    "Merida" a "Mérida" who is a person there: the accents are dropped only against the other article's places,
    so the veto still splits those."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.schema import Enrichment, Entity
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    blast = ["bomb", "blast", "market", "police", "killed"]
    for place, person in (("sofia", "e:sofía"), ("leon", "e:león"), ("merida", "e:mérida")):
        member = _placed(blast + [person], "blast", {w: 1.0 for w in blast})
        newcomer = Signature("b", "other", "2024-05-18T07:00:00Z", [1] * 64, 10, list(blast), [], "",
                             title_places=[place])
        clusterer._place(newcomer, [member], Stats(100, {}))
        assert newcomer.story_id == "sb", (place, person)
    enrichment = Enrichment(language="en", enriched=True, lemmas=" ".join(blast),
                            entities=[Entity(label="GPE", canonical="Mérida"), Entity(label="PERSON", canonical="Sofía")])
    assert clusterer.signature(make_article("o", "Market blast", "").article, enrichment).places == ["merida"]


def test_stories_near_copies_are_the_candidates_jaccard_est_finds_at_the_threshold():
    """Near copies are found for all candidates in one array comparison: the same candidates, in their order,
    as ``jaccard_est`` against the threshold, at it exactly, and for a MinHash of another length."""
    from consumers.enricher.stories import Signature, near_copies

    perms = _perms(64)
    wire = tokens(WIRE_TEXT)
    base = minhash(shingles(wire, 3), perms)

    def sig(name, values):
        return Signature(name, "o", "2024-05-18T10:00:00Z", values, 60, [], [])

    # 48 of 64 values equal: exactly 0.75; 47: just under; the wire copy with a byline; another length.
    exact = sig("exact", base[:48] + [v + 1 for v in base[48:]])
    under = sig("under", base[:47] + [v + 1 for v in base[47:]])
    copy = sig("copy", minhash(shingles(tokens(WIRE_TEXT + " (Reporting by our staff.)"), 3), perms))
    other = sig("other", minhash(shingles(tokens("Heavy rain swept the northern provinces overnight."), 3), perms))
    short = sig("short", base[:32])
    new = sig("new", base)
    for candidates in ([exact, under, copy, other], [other, copy, under, exact], [exact, short, under], []):
        for threshold in (0.75, 0.5, 1.0):
            expected = [c for c in candidates if jaccard_est(new.nd_minhash, c.nd_minhash) >= threshold]
            assert near_copies(new, candidates, threshold) == expected
    assert [c.article_id for c in near_copies(new, [under, exact, copy], 0.75)] == ["exact", "copy"]


def test_stories_one_place_under_two_names_is_one_place_to_the_place_veto():
    """ "Kiev" in one outlet's headline and "Kyiv" in another's report, "Ivory Coast" and "Côte d'Ivoire", "Bombay"
    and "Mumbai" are one place by the extractor's alias table (``configs/aliases.yaml``): the veto lets the report
    join. Two places stay two ("Kharkov", Kharkiv, is not "Kyiv"), and so does a name the table has no row for
    because it is also another place ("Holland", Michigan, is not the Netherlands)."""
    from consumers.enricher.nlp.pipeline import Extractor
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings
    from tests.samples.alert_articles import make_article

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    blast = ["bomb", "blast", "market", "police", "killed"]
    pairs = (("Kiev", "Kyiv", True), ("Ivory Coast", "Côte d'Ivoire", True), ("Bombay", "Mumbai", True),
             ("Kharkov", "Kyiv", False), ("Holland", "the Netherlands", False))

    def report(title, where):
        return make_article("o", title, f"A bomb blast at a market in {where} killed three people, police said.").article

    articles = [article for headline, named, _joins in pairs
                for article in (report(f"{headline} market blast kills three", headline),
                                report("Market blast kills three", named))]
    signatures = [clusterer.signature(article, enrichment)
                  for article, enrichment in zip(articles, Extractor().enrich(articles))]
    for (headline, named, joins), titled, told in zip(pairs, signatures[::2], signatures[1::2]):
        assert titled.title_places, headline     # no place in the headline, nothing to veto
        member = _placed(blast, "blast", {w: 1.0 for w in blast})
        member.places = told.places
        newcomer = Signature("b", "other", "2024-05-18T07:00:00Z", [1] * 64, 10, list(blast), [], "",
                             title_places=titled.title_places)
        clusterer._place(newcomer, [member], Stats(100, {}))
        assert (newcomer.story_id == "blast") is joins, (headline, named, titled.title_places, told.places)


def _with_places(terms, places, story_id="s"):
    sig = _placed(terms, story_id, {t: 1.0 for t in terms})
    sig.places = sorted(places)
    return sig


# (the newcomer's terms and places, the story's one article's terms and places, whether the place is all they share)
_PLACE_ONLY_ROWS = [
    # another event in the same town: the town alone, or the town and the day of the week
    ((["e:gothenburg", "gothenburg", "stab", "man", "station"], {"gothenburg"}),
     (["e:gothenburg", "gothenburg", "dockworker", "strike", "port"], {"gothenburg"}), True),
    ((["e:armley", "armley", "leed", "monday", "teen", "knife"], {"armley", "leed"}),
     (["armley", "leed", "monday", "gas", "explosion", "house"], {"armley", "leed"}), True),
    ((["lago", "island", "fire", "market", "trader"], {"lago", "island"}),
     (["lago", "island", "building", "collapse", "storey"], {"lago"}), True),
    # one event: the town and what happened, or three of its places (a venue, its town, a country that plays there)
    ((["e:gothenburg", "gothenburg", "port", "walkout", "queue"], {"gothenburg"}),
     (["e:gothenburg", "gothenburg", "dockworker", "strike", "port"], {"gothenburg"}), False),
    ((["india", "perth", "optus", "stadium", "century"], {"india", "perth", "optus", "stadium"}),
     (["india", "perth", "optus", "stadium", "bowl"], {"india", "perth"}), False),
    # no place shared: not this rule's to judge
    ((["strike", "union", "pay"], set()), (["strike", "union", "pay", "flight"], set()), False),
    ((["monday", "gas"], {"leed"}), (["monday", "house"], {"armley"}), False),
]


def test_stories_a_place_that_is_all_two_reports_share_is_another_event_there():
    from consumers.enricher.stories import only_places_shared

    for (terms, places), (linked_terms, linked_places), expected in _PLACE_ONLY_ROWS:
        sig = _with_places(terms, places, "new")
        assert only_places_shared(sig, [_with_places(linked_terms, linked_places)]) is expected, terms


def test_stories_any_article_of_the_story_sharing_the_event_lifts_the_place_veto():
    from consumers.enricher.stories import only_places_shared

    sig = _with_places(["e:ikoyi", "ikoyi", "tower", "collapse", "developer"], {"ikoyi"}, "new")
    town_only = _with_places(["ikoyi", "fire", "market"], {"ikoyi"})
    same_event = _with_places(["ikoyi", "collapse", "toll"], {"ikoyi"})
    assert only_places_shared(sig, [town_only])
    assert not only_places_shared(sig, [town_only, same_event])
    assert not only_places_shared(sig, [])


def test_stories_the_place_veto_holds_for_the_newcomers_own_outlet_only():
    """A report sharing nothing but the town with a story starts its own story when the story's closest article is
    its own outlet's (one desk's two items about one town on one day are two events), and joins it when that
    article is another outlet's (two outlets tell one event in other words: "fire guts Ikeja market", "blaze
    destroys traders' stalls in Ikeja")."""
    from consumers.enricher.stories import Signature, Stats, StoryClusterer
    from newsradar.settings import Settings

    clusterer = StoryClusterer(None, Settings(namespace="unit"), params=StoryParams())
    first = ["ikeja", "fire", "market", "goods"]
    for outlet, joins in (("outlet", False), ("other", True)):
        member = _placed(first, "fire", {t: 1.0 for t in first})
        member.places = ["ikeja"]
        # three hours on, so time alone does not keep the same outlet's report apart
        newcomer = Signature("b", outlet, "2024-05-18T03:00:00Z", [1] * 64, 10, ["ikeja", "blaze", "stall", "trader"],
                             [], "", places=["ikeja"])
        clusterer._place(newcomer, [member], Stats(100, {}))
        assert (newcomer.story_id == "fire") is joins, outlet
