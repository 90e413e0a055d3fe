"""``roles.title_head``: a title's head word, the same whether read afresh or from its cache; ``roles.one_post``:
two titles of one post."""
from __future__ import annotations

import pytest

from newsradar.roles import one_post, title_head

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


# the lead's ruling: a service's chief carries several titles; another service's chief, or a post of no service, is not
CHIEFS = [
    ("police chief", "commissioner", True), ("commissioner", "police chief", True),
    ("police chief", "chief constable", True), ("fire chief", "chief fire officer", True),
    ("fire commissioner", "fire chief", True), ("police chief", "fire commissioner", False),
    ("fire chief", "police commissioner", False), ("police chief", "mayor", False),
    ("chief executive", "commissioner", False), ("chief executive", "chief executive officer", True),
    ("ceo", "chief executive", True), ("chief executive", "chief financial officer", False),
]


@pytest.mark.parametrize("title,other,one", CHIEFS, ids=[f"{t}-{o}" for t, o, _one in CHIEFS])
def test_one_post_by_title(title, other, one):
    assert one_post(title, other) is one
