"""``roles.title_head``: a title's head word, the same whether read afresh or from its cache."""
from __future__ import annotations

import pytest

from newsradar.roles import title_head

# what the function gave before it was cached, and gives again on the second asking
HEADS = [
    ("spokesman", "spokesman"), ("spokesmen", "spokesman"), ("Spokespeople", "spokesperson"),
    ("spokeswomen,", "spokeswoman"), ("a Tesco spox", "spokesperson"),
    ("the White House press secretary", "spokesperson"), ("the PR officers", "spokesperson"),
    ("defence minister", "minister"), ("minister.", "minister"), ("officer", "officer"),
    ("secretary", "secretary"), ("", ""), ("  ", ""), ("’", ""),
]


@pytest.mark.parametrize("title,head", HEADS, ids=[t or repr(t) for t, _h in HEADS])
def test_title_head_reads_each_title_alike_twice(title, head):
    assert title_head(title) == head
    assert title_head(title) == head
