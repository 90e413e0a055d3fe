"""Stop 55's relabel held to the guide's decided points 6 to 9 (bench/data/README.md), on the reviewer's rows
and the lead's calls: each row names where the guide puts it (pointers and labels only, no text)."""
import json
from collections import Counter

import pytest

from bench import claim_clusters
from bench.story_clusters import LABELS, WRITTEN, item_key

LA = "latimes-california.xml"
LAT = "https://www.latimes.com/california/story/"
HINDU = "http://www.thehindu.com/news/international/"
RSS = "?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication"


def story_group_of() -> dict[tuple[str, str], str]:
    return {item_key(it): g["group"] for path in (LABELS, WRITTEN)
            for g in map(json.loads, path.read_text().splitlines()) for it in g["items"]}


# (line of claim_variants.jsonl, event, claim by decision 6): an independent source of the fact, citing none of
# its old cluster's, is a cluster of its own
@pytest.mark.parametrize("line, event, claim", [
    pytest.param(21, "e04-leak", "leak-resign-courier", id="courier-own-report-vs-people-familiar"),
    pytest.param(26, "e05-tiktok", "tt-ban-telegram", id="telegram-vs-posts-on-x"),
    pytest.param(37, "e07-merger", "merger-price-bloomberg", id="bloomberg-vs-people-close"),
    pytest.param(62, "e11-spy", "spy-arrest-police", id="police-vs-british-media-telegraph"),
    pytest.param(91, "russia-duma-election-2021", "ur-two-thirds-wsj", id="wsj-own-vs-party-secretary"),
    pytest.param(99, "jimmy-greaves-death", "died-bbc", id="bbc-own-vs-tottenham-said"),
    pytest.param(253, "e18-verdict", "verdict-sentence-herald", id="herald-vs-court-spokesman"),
    pytest.param(286, "e28-rescue", "rescue-out-leader", id="rescue-leader-vs-governor"),
    pytest.param(399, "e49-missing-hiker", "hiker-found-rescuer", id="volunteer-vs-police"),
    pytest.param(423, "e53-data-breach", "breach-users-bi", id="business-insider-vs-meta"),
    pytest.param(441, "e56-rocket", "rocket-fail-lemonde", id="le-monde-vs-arianespace"),
    pytest.param(447, "e57-vaccine-rumour", "rumour-chip-facebook", id="facebook-vs-tiktok"),
    pytest.param(508, "e67-egg-recall", "recall-eggs-company", id="company-vs-food-agency"),
    pytest.param(572, "e73-grain-telegram", "grain-deal-british-media", id="british-media-citing-no-channel"),
    pytest.param(774, "e109-app-ban-july", "ban-july-telegram", id="telegram-vs-posts-on-x-july"),
    pytest.param(903, "perm-university-shooting", "wounded-wsj", id="wsj-own-wounded-vs-officials-six-dead"),
    pytest.param(936, "doj-att-cnn-sale", "must-sell-cnn-politico", id="politico-sources-vs-ft-sources"),
])
def test_an_independent_source_of_one_fact_is_a_claim_cluster_of_its_own(line, event, claim):
    row = claim_clusters.load()[line - 1]
    assert (row["event"], row["claim"]) == (event, claim)


# The lead's call on decision 6: outlets' own unattributed accounts of one event repeat one report, so they stay
# one cluster (two rows or more)
@pytest.mark.parametrize("event, claim", [
    ("la-palma-eruption", "erupted"), ("rusesabagina-verdict", "convicted"),
    ("haitian-migrants-del-rio-removals", "deported-300"), ("paulin-eiffel-slackline", "slackline-walk"),
    ("e83-school-bus", "overturned"), ("e83-school-bus", "hospital"), ("north-korea-missile-taechon", "missile-fired"),
    ("rutherford-taliban-release", "missing-2011"), ("sian-blake-ghana-extradition", "court-appearance"),
    ("d-oreilly-contract-fox", "cma-reviewing-sky"), ("d-fox-hires-gorka", "left-august"),
    ("d-madaya-convoy-arrives", "convoy-44"), ("jakarta-floods-evacuation", "rainfall"),
])
def test_outlets_own_accounts_of_one_event_stay_one_claim_cluster(event, claim):
    sizes = Counter((r["event"], r["claim"]) for r in claim_clusters.load())
    assert sizes[event, claim] >= 2


# (item, its story by decisions 7 to 9 and the lead's edge of 9): a later step told as new news, or another
# party's act of its own, is a story of its own; a preview, and the outcome or next warning of an occurrence
# still under way, join it
@pytest.mark.parametrize("item, group", [
    pytest.param((LA, LAT + "2021-10-11/huntington-beaches-reopen-after-california-oil-spill"),
                 "d-oc-spill-ag-investigation-e", id="oc-ag-investigation-9-days-on"),
    pytest.param((LA, LAT + "2021-10-12/o-c-oil-spill-how-luck-ocean-currents-and-aggressive-response-averted-bigger"
                  "-disaster"), "d-oc-spill-what-went-right-a", id="oc-analysis-10-days-on"),
    pytest.param((LA, LAT + "2021-10-12/photos-huntington-beach-reopens-after-oil-spill"),
                 "d-huntington-beach-reopens", id="oc-reopening"),
    pytest.param((LA, LAT + "2021-10-13/gridlock-at-l-a-ports-hit-record-high-as-oil-spill-investigation-probes-"
                  "vessles-near-pipeline"), "d-oc-spill-port-gridlock-probe-a", id="oc-probe"),
    pytest.param((LA, LAT + "2021-10-14/orange-county-oil-spill-birds-cleaned-take-flight"),
                 "d-oc-spill-birds-released", id="oc-birds"),
    pytest.param((LA, LAT + "2021-10-14/fbi-joins-investigation-into-california-oil-spill"),
                 "d-oc-spill-fbi-joins-c", id="oc-fbi-joins"),
    pytest.param((LA, LAT + "2021-10-16/u-s-coast-guard-designates-shipping-container-as-party-of-interest-in-oil-"
                  "spill"), "d-oc-spill-vessel-party-in-interest", id="oc-vessel"),
    pytest.param((LA, LAT + "2021-10-11/carson-city-council-to-vote-on-nuisance-ordinance-for-lingering-smell"),
                 "d-carson-odor-declared-nuisance", id="carson-nuisance"),
    pytest.param((LA, LAT + "2021-10-15/la-me-carson-smell-dominguez-channel-residents-sick"),
                 "d-carson-odor-anger-grows-e", id="carson-4-days-on"),
    pytest.param(("koreatimes-news.xml", "333374"), "korean-war-veterans-day-2022", id="seoul-preview-joins"),
    pytest.param(("thehindu-news.xml", HINDU + "crisis-widens-as-kuwait-recalls-envoy-from-iran/article8069923.ece"
                  + RSS), "d-kuwait-recalls-iran-envoy", id="kuwait-envoy"),
    pytest.param(("thehindu-news.xml", HINDU + "oman-takes-middle-course-in-saudiiran-spat/article8072743.ece" + RSS),
                 "d-oman-middle-course-saudi-iran", id="oman-stance"),
    pytest.param(("thehindu-news.xml", HINDU + "iraq-offers-to-mediate-between-saudi-arabia-iran/article8073356.ece"
                  + RSS), "d-iraq-offers-saudi-iran-mediation-b", id="iraq-mediation"),
    pytest.param(("written", "perth-test-india-australia-3"), "perth-test-india-australia",
                 id="perth-result-is-the-match-outcome"),
    pytest.param((LA, LAT + "2021-10-15/crews-make-gains-on-alisal-fire-as-101-freeway-reopens"),
                 "d-alisal-fire-101-reopens", id="alisal-reopening"),
    pytest.param((LA, LAT + "2021-10-14/alisal-fire-smoke-triggers-air-quality-advisory-in-la-orange-county"),
                 "alisal-fire", id="alisal-smoke-of-burning-fire-64h"),
    pytest.param((LA, LAT + "2021-10-11/l-a-unified-extends-vaccine-deadline-for-employees"),
                 "d-lausd-deadline-extended-a", id="lausd-extension"),
    pytest.param((LA, LAT + "2021-10-15/most-teachers-meet-covid-19-vaccination-deadline-union-says"),
                 "d-lausd-97-percent-vaccinated-a", id="lausd-97pc-3.5-days-on"),
    pytest.param(("written", "vienna-lerch-fintech-fraud-trial-3"), "vienna-lerch-sentenced", id="lerch-sentence"),
    pytest.param(("written", "paris-refuse-collectors-strike-3"), "paris-refuse-strike-ends", id="paris-strike-end"),
    pytest.param(("written", "lusaka-cholera-outbreak-3"), "lusaka-cholera-vaccination-starts-a",
                 id="lusaka-vaccination"),
    pytest.param(("written", "dutch-coalition-talks-collapse-3"), "dutch-king-appoints-new-scout",
                 id="king-new-scout"),
])
def test_each_relabelled_story_item_sits_where_the_decided_points_put_it(item, group):
    assert story_group_of()[item] == group
