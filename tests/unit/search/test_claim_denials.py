"""Which claims of a story the claim trace lists as denials of the traced claim."""
from __future__ import annotations

import pytest

from search.claims import _denies

SUBJECTS = {"taliban"}


@pytest.mark.parametrize(("cue_lemma", "negated", "denies"), [
    ("deny", True, True),           # "The Taliban denied that ..."
    ("dispute", False, False),      # "The Taliban did not dispute that ...": the extractor's denial denied
    ("reject", False, True),        # "The Taliban rejected the report": rejection is read from the cue
    ("say", True, True),            # "The Taliban said the report was not true"
    ("say", False, False),
])
def test_a_claim_denies_when_negated_or_cued_as_a_rejection(cue_lemma, negated, denies):
    claim = {"cue_lemma": cue_lemma, "negated": negated, "speaker": "The Taliban", "speaker_name": "Taliban"}
    assert _denies(claim, SUBJECTS) is denies


def test_a_denial_by_someone_else_than_the_claims_subject_is_no_denial_of_it():
    assert not _denies({"cue_lemma": "deny", "negated": True, "speaker": "Jim Banks"}, SUBJECTS)
