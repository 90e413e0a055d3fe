"""Claim matching on posts (issue 13, stop 58): a post written in title case, or in other words, is the post it names.

Written for NewsRadar at stop 58 in the helper's own words, for the kinds stop 57 left open on dev and rows. A post
capitalised as a house style ("The Finance Minister said") is no person's name: keyed as one, its head noun was the
surname "minister", and every capitalised minister of the story was one source. A post in other words ("the minister
for foreign affairs", "the transportation secretary") names the portfolio it is written with; unread, it was a post
of no portfolio, which fits any. Each pair runs the enricher's path (the extractor, ``claim_match.signature`` with
one story id, ``claim_match.place``).
"""
from __future__ import annotations


STORY = "story-1"

TITLE_CASE_APART = [
    ("The Finance Minister said the budget deficit would fall to 2.1% next year.",
     "The Foreign Minister said the budget deficit would fall to 2.1% next year."),
    ("The Health Secretary said the hospital in Vetla had run out of insulin.",
     "The Culture Secretary said the hospital in Vetla had run out of insulin."),
    ("The Prime Minister said the army would stay in the border town of Rusko until spring.",
     "The Defence Minister said the army would stay in the border town of Rusko until spring."),
    ("The Interior Minister said 40 people had been arrested after the riots in Tarnow.",
     "The Justice Minister said 40 people had been arrested after the riots in Tarnow."),
    ("The Deputy Mayor said the new tram line would open in May.",
     "The Mayor said the new tram line would open in May."),
    ("The Police Chief said the stadium in Varde would stay closed for the derby.",
     "The Fire Chief said the stadium in Varde would stay closed for the derby."),
    ("The Vice President said the summit in Lagos would go ahead on Thursday.",
     "The President said the summit in Lagos would go ahead on Thursday."),
    ("The Home Secretary said 40 people had been arrested after the riots in Tarnow.",
     "The Foreign Secretary said 40 people had been arrested after the riots in Tarnow."),
    ("The Education Minister said the clinic in Orsa would close in June.",
     "The Health Minister said the clinic in Orsa would close in June."),
]

TITLE_CASE_SAME = [
    ("The Finance Minister said the budget deficit would fall to 2.1% next year.",
     "The finance minister said the budget deficit would fall to 2.1% next year."),
    ("The Health Secretary said the hospital in Vetla had run out of insulin.",
     "The health secretary said the hospital in Vetla had run out of insulin."),
    ("The Prime Minister said the army would stay in the border town of Rusko until spring.",
     "The prime minister said the army would stay in the border town of Rusko until spring."),
    ("The Interior Minister said 40 people had been arrested after the riots in Tarnow.",
     "Interior Minister Tomas Varga said 40 people had been arrested after the riots in Tarnow."),
    ("The Mayor said the new tram line would open in May.",
     "The mayor said the new tram line would open in May."),
    ("The Police Chief said the stadium in Varde would stay closed for the derby.",
     "The police chief said the stadium in Varde would stay closed for the derby."),
    ("The Home Secretary said 40 people had been arrested after the riots in Tarnow.",
     "The home secretary said 40 people had been arrested after the riots in Tarnow."),
]

OTHER_WORDS_APART = [
    ("The minister for foreign affairs said talks with Ankara would resume in March.",
     "The finance minister said talks with Ankara would resume in March."),
    ("The transportation secretary said the new tram line would open in May.",
     "The health secretary said the new tram line would open in May."),
    ("The minister for health said the clinic in Orsa would close in June.",
     "The education minister said the clinic in Orsa would close in June."),
    ("The minister of home affairs said 40 people had been arrested after the riots in Tarnow.",
     "The justice minister said 40 people had been arrested after the riots in Tarnow."),
    ("The minister for internal affairs said 40 people had been arrested after the riots in Tarnow.",
     "The foreign minister said 40 people had been arrested after the riots in Tarnow."),
    ("The minister for energy said the new pipeline would open in May.",
     "The trade minister said the new pipeline would open in May."),
    ("The secretary for education said the clinic in Orsa would close in June.",
     "The health secretary said the clinic in Orsa would close in June."),
    ("The transportation minister said the bridge over the Ness would stay closed until Friday.",
     "The interior minister said the bridge over the Ness would stay closed until Friday."),
    ("The minister for justice said 40 people had been arrested after the riots in Tarnow.",
     "The interior minister said 40 people had been arrested after the riots in Tarnow."),
]

OTHER_WORDS_SAME = [
    ("The minister for foreign affairs said talks with Ankara would resume in March.",
     "The foreign minister said talks with Ankara would resume in March."),
    ("The transportation secretary said the new tram line would open in May.",
     "The transport secretary said the new tram line would open in May."),
    ("The transportation minister said the new tram line would open in May.",
     "The transport minister said the new tram line would open in May."),
    ("The minister for health said the clinic in Orsa would close in June.",
     "The health minister said the clinic in Orsa would close in June."),
    ("The secretary for home affairs said 40 people had been arrested after the riots in Tarnow.",
     "The home secretary said 40 people had been arrested after the riots in Tarnow."),
    ("The minister for transport said the new tram line would open in May.",
     "The transport minister said the new tram line would open in May."),
    ("The minister of internal affairs said 40 people had been arrested after the riots in Tarnow.",
     "The interior minister said 40 people had been arrested after the riots in Tarnow."),
    ("The minister for energy said the new pipeline would open in May.",
     "The energy minister said the new pipeline would open in May."),
    ("The transportation secretary said the bridge over the Ness would stay closed until Friday.",
     "The Secretary of Transportation said the bridge over the Ness would stay closed until Friday."),
]

PAIRS = (("title-case posts of two portfolios apart", (STORY, STORY), False, TITLE_CASE_APART),
         ("a title-case post and its lower-case form same", (STORY, STORY), True, TITLE_CASE_SAME),
         ("posts in other words of two portfolios apart", (STORY, STORY), False, OTHER_WORDS_APART),
         ("one post in other words same", (STORY, STORY), True, OTHER_WORDS_SAME))


def test_claim_pairs_posts_name_their_portfolio(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
