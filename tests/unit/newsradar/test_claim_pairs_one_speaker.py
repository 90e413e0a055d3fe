"""Claim matching on one speaker's claims in one story: two points, or one point told two ways (issue 13).

The largest group of dev's false joins in ``bench/claim_clusters.py`` is one source's two points joined: a
senator's vote and her reason for it, a channel's offer and its account of what the other side holds, a
forecaster's two positions of one storm. Each names the story's topic, which gives the pair the words the story
and one-speaker bars ask for. The same speaker's one point retold (another verb, the clauses turned round, a
headline beside its lead) must stay one claim.

Pairs written for NewsRadar in topics of no bench row (one speaker named or unnamed, one story); the pairs of
unlabelled corpus items are in ``test_claim_pairs_one_speaker_corpus.py``.
"""
from __future__ import annotations


STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
TOPIC_WORDS = ("one speaker's two points that name one topic (the bill, the bridge, the storm's coast) reach the "
               "one-speaker or the story bar on the topic's words: a stance and its reason, or two acts about one "
               "thing, share no act, but two retellings of one point share none often enough (dev: a veto on verbs "
               "that do not meet split 22 retold pairs for 0 kept apart)")

APART = [
    # a stance and its reason
    ("Senator Mara Quinn said she would vote against the housing bill.",
     "Senator Mara Quinn said the housing bill gives far too much to developers.", TOPIC_WORDS),
    ("Mayor Lena Ortiz said the city would close the Elm Street bridge for repairs.",
     "Mayor Lena Ortiz said the Elm Street bridge had failed its last safety inspection.", TOPIC_WORDS),
    ("Coach Dan Reyes said his team deserved to win the cup final.",
     "Coach Dan Reyes said the referee had missed a clear penalty in the cup final.", TOPIC_WORDS),
    ("The company said it would shut its Leeds plant next year.",
     "The company said its Leeds plant had lost money for three years.", TOPIC_WORDS),
    # two acts about one thing
    ("The channel said the junta had offered to free the hostages in exchange for fuel for its army.",
     "The channel said the junta held fuel stocks that its army badly lacked."),
    ("The weather service said the storm was crossing the northern coast late on Friday.",
     "The weather service said the storm had reached the bay after racing along the northern coast.", TOPIC_WORDS),
    ("The health ministry said the outbreak was under control in the capital.",
     "The health ministry said vaccination would be extended to schools in the capital."),
    ("Finance Minister Oskar Lind said the deficit would narrow next year.",
     "Finance Minister Oskar Lind said he would not resign over the leaked budget memo."),
]

SAME = [
    ("Senator Mara Quinn said she would vote against the housing bill.",
     "Senator Mara Quinn said she would oppose the housing bill when it comes to a vote."),
    ("Mayor Lena Ortiz said the city would close the Elm Street bridge for repairs.",
     "The Elm Street bridge will close for repairs, Mayor Lena Ortiz said."),
    ("Coach Dan Reyes said his team deserved to win the cup final.",
     "Coach Dan Reyes said his team should have won the cup final."),
    ("The company said it would shut its Leeds plant next year.",
     "The company said the Leeds plant would close next year."),
    ("The weather service said the storm was crossing the northern coast late on Friday.",
     "The storm was moving across the northern coast late on Friday, the weather service said."),
    ("The health ministry said the outbreak was under control in the capital.",
     "The outbreak in the capital is now under control, the health ministry said."),
]

PAIRS = (("one speaker's two points", (STORY, STORY), False, APART),
         ("one speaker's point told two ways", (STORY, STORY), True, SAME))


def test_claim_pairs_one_speaker_two_points_or_one(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
