"""Chinese reports through the real enricher, broker and Elasticsearch: one event told two ways is one
story, and another shipping accident of the same morning stays apart.

The enricher does not parse Chinese (it is not English), so the stories are found on the text alone;
Chinese writes no spaces, and only its character pairs (``cjk_bigrams``) let two outlets' wordings of
one event share anything. The texts are written for this test.
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from cli.verify import read_topic
from consumers.runner import Runner
from flows.pipeline import build_stage
from newsradar.schema import EnrichedArticle
from tests.kafka_io import publish_raw_in_order
from tests.samples.alert_articles import T0, make_article

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch]

REPORTS = [
    ("dw", "货轮在武汉长江段沉没 十二名船员全部获救",
     "一艘运煤货轮周二清晨在武汉长江大桥下游沉没。海事部门说，船上十二名船员已全部获救，事故原因正在调查。"),
    ("bbc", "武汉长江货轮沉没事故：十二名船员获救",
     "据湖北海事局通报，一艘运煤货轮在武汉江段沉没，十二名船员被附近船只救起，无人伤亡。"),
    ("nyt", "浙江舟山海域渔船翻沉 三名渔民失踪",
     "一艘渔船周二在舟山海域遭遇大风翻沉，救援人员已救起五人，仍有三名渔民失踪，搜救工作仍在进行。"),
]


def test_chinese_reports_of_one_event_form_one_story_and_another_event_stays_apart(isolated):
    articles = [make_article(outlet, title, body, published_at=T0 + timedelta(minutes=40 * i)).article
                .model_copy(update={"language": "zh"}) for i, (outlet, title, body) in enumerate(REPORTS)]
    publish_raw_in_order(isolated, articles)

    stage = build_stage("enricher", isolated)
    try:
        Runner(stage, isolated, batch_size=isolated.enrich.batch_size, poll_timeout_ms=200).run(
            until_idle=True, idle_polls=2, max_seconds=120)
    finally:
        stage.close()

    out = {e.article.outlet: e for e in
           (EnrichedArticle.model_validate_json(r.value) for r in read_topic(isolated, isolated.names.enriched))}
    assert sorted(out) == ["bbc", "dw", "nyt"]
    assert all(e.enrichment.skipped_reason == "language:zh" for e in out.values())
    assert out["dw"].story_id == out["bbc"].story_id, {o: e.story_id for o, e in out.items()}
    assert out["nyt"].story_id != out["dw"].story_id
    assert out["bbc"].near_duplicate_of is None
