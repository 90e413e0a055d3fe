"""Which failures the board calls the reader's (400), its own (500) or Elasticsearch's (502)."""
from __future__ import annotations

import logging
from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest
from elasticsearch import BadRequestError
from starlette.datastructures import QueryParams

from board.app import PAGES, Page, _load
from board.pages.common import Board
from newsradar.settings import Settings


def load(loader, query: str = "") -> tuple[int, dict]:
    board = Board(es=MagicMock(), settings=Settings())
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(board=board)), query_params=QueryParams(query),
                              path_params={}, url=SimpleNamespace(path="/x"))
    return _load(Page("/x", "/api/x", loader, "x.html"), request)


def page(path: str) -> Page:
    return next(p for p in PAGES if p.path == path)


def test_a_bad_parameter_is_a_400_naming_the_parameter_not_the_cli_flag() -> None:
    status, payload = load(page("/search").load, "since=zzz")
    assert status == 400
    assert payload["error"].startswith("since 'zzz' is neither")
    assert load(page("/feeds").load, "sort=nope")[0] == 400


def test_a_value_error_from_a_page_bug_is_not_blamed_on_the_reader() -> None:
    def buggy(board, params, **_):
        return {"n": int("not a number")}

    # not caught by _load, so Starlette answers 500 and logs the traceback
    with pytest.raises(ValueError):
        load(buggy)


def test_elasticsearch_refusals_are_logged_not_shown(caplog) -> None:
    def refused(board, params, **_):
        raise BadRequestError("search_phase_execution_exception: no such index [nr-secret-articles]",
                              meta=MagicMock(status=400), body={})

    with caplog.at_level(logging.WARNING, logger="board.app"):
        status, payload = load(refused)
    assert status == 502
    assert "nr-secret-articles" not in payload["error"]
    assert "nr-secret-articles" in caplog.text
