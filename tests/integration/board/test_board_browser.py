"""What a person sees: each page of the board loaded in a real headless Chromium after a demo run.

Screenshots go to .cache/test-output/board/ (paths printed). A missing browser skips locally;
under NEWSRADAR_REQUIRE_SHARED=1 (CI, whose .ci/run installs it) the skip is a failure.
"""
from __future__ import annotations

import pytest

from scripts.board_screenshot import BrowserMissingError, chromium, full_page
from newsradar.settings import PROJECT_ROOT
from tests.integration.board.conftest import DEMO_OUTLETS

pytestmark = [pytest.mark.kafka, pytest.mark.elasticsearch, pytest.mark.prefect]
SHOTS = PROJECT_ROOT / ".cache" / "test-output" / "board"


@pytest.fixture(scope="module")
def browser():
    try:
        driver = chromium()
    except BrowserMissingError as exc:
        pytest.skip(str(exc))
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, board_url, request):
    from selenium.webdriver.common.by import By

    def load(path: str):
        browser.get(board_url + path)
        return browser
    yield load, By
    shot = full_page(browser, SHOTS / f"{request.node.name}.png")
    print(f"screenshot: {shot}")
    browser.set_window_size(1280, 900)


def wait_for_url(driver, part: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 15).until(lambda d: part in d.current_url and d.execute_script(
        "return document.readyState") == "complete")


def texts(driver, by, css: str) -> list[str]:
    return [e.text for e in driver.find_elements(by.CSS_SELECTOR, css)]


def test_spreading_now_shows_the_claim_and_the_alert_across_three_outlets(page):
    load, By = page
    d = load("/")
    assert d.title.startswith("Spreading now")
    first_claim = d.find_element(By.CSS_SELECTOR, "#claims tr.claim")
    assert first_claim.find_element(By.CSS_SELECTOR, "td.n").text == "3"
    assert "social" in first_claim.text and "Northern Ledger" in first_claim.text
    alert = d.find_element(By.CSS_SELECTOR, "#recent-alerts li").text
    assert "3 outlets" in alert and all(o in alert for o in DEMO_OUTLETS)
    assert d.find_elements(By.CSS_SELECTOR, "#stories svg.chart circle"), "each story has its arrival timeline"


def test_claim_trace_shows_the_telegram_origin_and_who_repeated_it(page):
    load, By = page
    d = load("/")
    d.find_element(By.CSS_SELECTOR, "#claims tr.claim a").click()
    assert d.title.startswith("Claim trace")
    assert "Telegram" in d.find_element(By.CSS_SELECTOR, ".origin-source").text
    assert "social" in d.find_element(By.ID, "origin").text and "Northern Ledger" in d.find_element(By.ID, "origin").text
    carriers = {row.find_elements(By.TAG_NAME, "td")[1].text for row in d.find_elements(By.CSS_SELECTOR, "tr.carrier")}
    assert carriers == DEMO_OUTLETS
    lanes = texts(d, By, "svg.chart text.outlet")
    assert lanes[0] == "Northern Ledger" and set(lanes) == DEMO_OUTLETS
    assert "Zabihullah Mujahid" in d.find_element(By.ID, "denials").text


def test_the_demo_story_page_shows_its_three_outlets(page):
    load, By = page
    d = load("/alerts")
    d.find_element(By.CSS_SELECTOR, "tr.alert td:last-child a").click()
    assert "3 outlets" in d.find_element(By.CSS_SELECTOR, ".summary").text
    assert set(texts(d, By, "svg.chart text.outlet")) == DEMO_OUTLETS
    assert len(d.find_elements(By.CSS_SELECTOR, "svg.chart circle")) == 3
    d.find_element(By.LINK_TEXT, "story").click()
    assert d.title.startswith("Story:")
    assert "Taliban" in texts(d, By, "ul.facet li a")


def test_alerts_page_shows_status_revision_and_deliveries(page):
    load, By = page
    d = load("/alerts")
    row = d.find_element(By.CSS_SELECTOR, "tr.alert").text
    assert "taliban-weapons-russia" in row and "firing" in row
    assert "email: sent" in row and "slack: sent" in row


def test_search_finds_word_forms_with_facets(page):
    load, By = page
    d = load("/search")
    box = d.find_element(By.CSS_SELECTOR, "form.filters input[name=q]")
    box.send_keys("weapon")
    box.submit()
    wait_for_url(d, "q=weapon")
    assert int(d.find_element(By.ID, "total").text) >= 2
    assert "Harbor Times" in d.find_element(By.CSS_SELECTOR, "aside.facets").text
    d.find_element(By.CSS_SELECTOR, "aside.facets a").click()
    wait_for_url(d, "outlet=")
    assert d.find_elements(By.CSS_SELECTOR, ".hit.article")


def test_feeds_page_shows_the_failing_feed_first_and_sorts(page):
    load, By = page
    d = load("/feeds")
    first = d.find_element(By.CSS_SELECTOR, "#feeds tbody tr")
    assert "wire-down" in first.text and "failing" in first.text and "404" in first.text
    d.find_element(By.LINK_TEXT, "outlet").click()
    wait_for_url(d, "sort=outlet")
    outlets = [r.find_elements(By.TAG_NAME, "td")[1].text for r in d.find_elements(By.CSS_SELECTOR, "#feeds tbody tr")]
    assert outlets == sorted(outlets) and outlets[-1] == "Zeta Wire", "the failing feed moves to its place"
