"""The kind a body's name declares decides which class nouns can refer back to it."""
from __future__ import annotations

import pytest

from consumers.enricher.nlp.org_kinds import declared_noun, may_be


@pytest.mark.parametrize(("name", "noun", "fits"), [
    # the kind the name declares, a synonym of it, or a noun for any firm when it is a firm
    ("Lloyds Bank", "lender", True),
    ("Westjet Airlines", "carrier", True),
    ("Toyota Motor Corporation", "carmaker", True),
    ("Standard Chartered Bank", "company", True),
    ("Heathrow Airport", "operator", True),
    ("Northway Stores", "chain", True),
    ("Ministry of Health", "department", True),
    # nouns any body can be called, and names that declare no kind or several
    ("Bank of England", "regulator", True),
    ("Environment Agency", "company", True),
    ("Wellcome Trust", "charity", True),
    ("Toyota", "ministry", True),
    # another kind, though in the same broad family
    ("Reserve Bank of Australia", "airline", False),
    ("Bank of Canada", "retailer", False),
    ("Manchester Airport", "carrier", False),
    ("Leeds Teaching Hospitals", "university", False),
    ("Royal College of Nursing", "hospital", False),
    ("Department for Transport", "operator", False),
    ("Competition and Markets Authority", "charity", False),
    ("Lloyds Bank", "chain", False),
])
def test_org_kinds_may_be(name: str, noun: str, fits: bool):
    assert may_be(name, noun) is fits


@pytest.mark.parametrize(("name", "noun"), [
    ("Leeds Teaching Hospitals", "hospital"),
    ("Central Bank of Kenya", "bank"),
    ("Department for Transport", "department"),
    ("Imperial Airways", "airways"),
])
def test_org_kinds_declared_noun(name: str, noun: str):
    assert declared_noun(name) == noun
