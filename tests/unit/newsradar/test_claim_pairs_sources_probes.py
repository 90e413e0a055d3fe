"""Claim matching on sources: one cluster traces one statement's path (decision 6, ``bench/data/README.md``).

Written for NewsRadar at stop 56 (no label batch), in the project's own words: two claims of one story that state
one fact share a cluster only when one source says it, or one relays the other by citing it. Independent sources
of the fact (two named people, two officials of other posts, a source and an outlet's own assertion, the author
and officials, two platforms' posts) are two clusters; a body and its spokesman, a relay citing its source, unnamed
sources of one kind and outlets' own accounts of one event stay one. Each pair runs the enricher's path (the
extractor, ``claim_match.signature`` with one story id, ``claim_match.place``).
"""
from __future__ import annotations


STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
OTHER_POSTS = ("two unnamed officials of two head nouns are institutions of one party, never told apart ('the "
               "governor', 'the head of the rescue team'): a post may be the official another outlet names otherwise "
               "('the city's leader', 'the mayor'); stop 57 parts posts of one head noun only")
OWN_VOICE = ("the author is compatible with any source: an outlet's own assertion joins the source that states the "
             "fact. Parting the author from every attributed source (tried at stop 56) lost dev recall (0.736 to "
             "0.719, dev-b F1 down) and split 7 reaction rows told in the author's voice ('Albanese congratulated')")
ANYONES_PEOPLE = ("the relay's source, 'people familiar with the talks', may be anyone's voice, the company's too "
                  "(claim_match._ANYONE), so it joins the company's statement")

APART = [
    # two independent named or titled sources of one fact
    ("Governor Ellen Marsh said 14 miners had been rescued from the flooded shaft on Tuesday.",
     "Rescue leader Pavel Dorn said 14 miners had been rescued from the flooded shaft on Tuesday."),
    ("The governor said 14 miners had been rescued from the flooded shaft on Tuesday.",
     "The head of the rescue team said 14 miners had been rescued from the flooded shaft on Tuesday.", OTHER_POSTS),
    ("The mayor said the bridge over the Ness would stay closed until Friday.",
     "The fire chief said the bridge over the Ness would stay closed until Friday.", OTHER_POSTS),
    # a named source beside an outlet's own assertion of the fact
    ("Halvard Steel said it would cut 600 jobs at its plant in Tromso.",
     "Halvard Steel will cut 600 jobs at its plant in Tromso.", OWN_VOICE),
    ("The company said it had recalled 20,000 electric scooters over a battery fault.",
     "Velo Motors has recalled 20,000 electric scooters over a battery fault.", OWN_VOICE),
    # the author beside officials
    ("Officials said floodwater had cut off 300 homes in the Arden valley overnight.",
     "Floodwater cut off 300 homes in the Arden valley overnight.", OWN_VOICE),
    ("Police said a gunman had opened fire at a petrol station in Kessel, killing two people.",
     "A gunman opened fire at a petrol station in Kessel, killing two people.", OWN_VOICE),
    # two platforms' posts
    ("A Telegram channel said Russian troops had pulled out of the village of Orlivka.",
     "Posts on X said Russian troops had pulled out of the village of Orlivka."),
    ("Videos posted on TikTok showed the dam near Kherson had burst.",
     "Posts on Facebook said the dam near Kherson had burst."),
    # a relay's source beside an independent one (issue 13)
    ("Reuters reported, citing people familiar with the talks, that the merger would be announced on Friday.",
     "The company said the merger would be announced on Friday.", ANYONES_PEOPLE),
    ("Reuters reported, citing a Telegram channel, that Russian troops had pulled out of the village of Orlivka.",
     "Posts on X said Russian troops had pulled out of the village of Orlivka."),
    # two officials of one country whose roles share only their head noun (stop 54's shared role; parted at stop 57)
    ("The foreign minister said the border crossing at Rafah would reopen on Monday.",
     "The finance minister said the border crossing at Rafah would reopen on Monday."),
    ("The interior minister said 40 people had been arrested after the riots in Tarnow.",
     "The justice minister said 40 people had been arrested after the riots in Tarnow."),
]

# Stop 57: a post is its portfolio and its rank, not its head noun. One head with two portfolios, or a rank that is
# another post (a deputy, a vice president, a former or a shadow holder), names two officials: two sources.
OTHER_POST_OF_ONE_HEAD = [
    ("The prime minister said the army would stay in the border town of Rusko until spring.",
     "The defence minister said the army would stay in the border town of Rusko until spring."),
    ("The police chief said the stadium in Varde would stay closed for Saturday's derby.",
     "The fire chief said the stadium in Varde would stay closed for Saturday's derby."),
    ("A state prosecutor said the two bankers would be charged with fraud on Monday.",
     "A federal prosecutor said the two bankers would be charged with fraud on Monday."),
    ("Finance Minister Oskar Lind said the budget deficit would fall to 2.1% next year.",
     "The foreign minister said the budget deficit would fall to 2.1% next year."),
    ("The Minister of Health said the clinic in Orsa would close in June.",
     "The Minister of Education said the clinic in Orsa would close in June."),
    ("The deputy foreign minister said talks with Ankara would resume in March.",
     "The foreign minister said talks with Ankara would resume in March."),
    ("Deputy Mayor Rita Holm said the new tram line would open in May.",
     "The mayor said the new tram line would open in May."),
    ("The vice president said the summit in Lagos would go ahead on Thursday.",
     "The president said the summit in Lagos would go ahead on Thursday."),
    ("The former health minister said the hospital in Vetla had run out of insulin.",
     "The health minister said the hospital in Vetla had run out of insulin."),
    ("Former President Alma Reyes said the count in the northern province had been rigged.",
     "The president said the count in the northern province had been rigged."),
    ("The shadow housing minister said 12,000 council homes stood empty in Leeds.",
     "The housing minister said 12,000 council homes stood empty in Leeds."),
]

SAME = [
    # a body and its spokesman, statement or report
    ("The defence ministry said 12 drones had been shot down over the Black Sea overnight.",
     "Defence ministry spokesman Adel Nouri said 12 drones had been shot down over the Black Sea overnight."),
    ("The health ministry said 35 people had died in the cholera outbreak.",
     "A health ministry statement said 35 people had died in the cholera outbreak."),
    # a relay citing its source
    ("The Times, citing a Telegram channel, said Russian troops had pulled out of the village of Orlivka.",
     "A Telegram channel said Russian troops had pulled out of the village of Orlivka."),
    ("British media reported that the prince would step back from royal duties, citing The Times.",
     "The Times reported that the prince would step back from royal duties."),
    ("The Wall Street Journal reported, citing people familiar with the matter, that the bank was preparing a bid "
     "for Arlo.", "People familiar with the matter said the bank was preparing a bid for Arlo."),
    ("Local media, citing police, said the gunman had been shot dead in Kessel.",
     "Police said the gunman had been shot dead in Kessel."),
    # one platform under its two names
    ("Posts on Twitter said Russian troops had pulled out of the village of Orlivka.",
     "Posts on X said Russian troops had pulled out of the village of Orlivka."),
    # the review's rows (stop 56): one post, told by a word that names no other post
    ("The new foreign minister said the border crossing at Rafah would reopen on Monday.",
     "The Canadian foreign minister said the border crossing at Rafah would reopen on Monday."),
    ("The Israeli prime minister said the border crossing at Rafah would reopen on Monday.",
     "The embattled prime minister said the border crossing at Rafah would reopen on Monday."),
    ("The acting governor said 40 people had been arrested after the riots in Tarnow.",
     "The state governor said 40 people had been arrested after the riots in Tarnow."),
    # stop 57: one post told with a descriptor (tenure, nationality, owner, manner), in other words, or by its holder.
    # An acting, interim or outgoing holder is the one who holds the post now, so the post speaks through them.
    ("The outgoing prime minister said the army would stay in the border town of Rusko until spring.",
     "The prime minister said the army would stay in the border town of Rusko until spring."),
    ("The acting interior minister said 40 people had been arrested after the riots in Tarnow.",
     "The interior minister said 40 people had been arrested after the riots in Tarnow."),
    ("The interim president said the summit in Lagos would go ahead on Thursday.",
     "The president said the summit in Lagos would go ahead on Thursday."),
    ("Ukraine's foreign minister said talks with Ankara would resume in March.",
     "The foreign minister said talks with Ankara would resume in March."),
    ("The country's defence minister said the army would stay in the border town of Rusko until spring.",
     "The defence minister said the army would stay in the border town of Rusko until spring."),
    ("The top prosecutor said the two bankers would be charged with fraud on Monday.",
     "The prosecutor said the two bankers would be charged with fraud on Monday."),
    ("The state health minister said the hospital in Vetla had run out of insulin.",
     "The health minister said the hospital in Vetla had run out of insulin."),
    ("The minister of foreign affairs said talks with Ankara would resume in March.",
     "The foreign minister said talks with Ankara would resume in March."),
    ("Foreign Affairs Minister Anna Berg said talks with Ankara would resume in March.",
     "The foreign minister said talks with Ankara would resume in March."),
    ("The foreign secretary said talks with Ankara would resume in March.",
     "The foreign minister said talks with Ankara would resume in March."),
    ("Deputy Foreign Minister Lena Sorg said talks with Ankara would resume in March.",
     "The deputy foreign minister said talks with Ankara would resume in March."),
    ("Former President Alma Reyes said the count in the northern province had been rigged.",
     "The former president said the count in the northern province had been rigged."),
    # "ex-" is "former" (the before-stop read of stop 57)
    ("The former defence secretary said the base in Lossie had been sold below its value.",
     "The ex-defence secretary said the base in Lossie had been sold below its value."),
    ("An ex-minister said the base in Lossie had been sold below its value.",
     "A former minister said the base in Lossie had been sold below its value."),
    # one named person, whatever title each outlet gives her
    ("President Alma Reyes said the count in the northern province had been rigged.",
     "Former President Alma Reyes said the count in the northern province had been rigged."),
    ("The embattled justice minister said 40 people had been arrested after the riots in Tarnow.",
     "Justice Minister Tomas Varga said 40 people had been arrested after the riots in Tarnow."),
    ("A finance ministry spokesman said the budget deficit would fall to 2.1% next year.",
     "The finance minister said the budget deficit would fall to 2.1% next year."),
    # unnamed sources of one kind
    ("People familiar with the talks said the merger would be announced on Friday.",
     "Insiders said the merger would be announced on Friday."),
    ("Officials said the bridge over the Ness would stay closed until Friday.",
     "Authorities said the bridge over the Ness would stay closed until Friday."),
    # outlets' own unattributed accounts of one event
    ("The volcano on La Palma erupted on Sunday, forcing 5,000 people from their homes.",
     "The volcano on La Palma erupted on Sunday and 5,000 people were evacuated."),
    ("A school bus overturned on the E83 near Rudna, injuring 18 children.",
     "A school bus carrying children overturned on the E83 near Rudna, injuring 18 of them."),
    # one named person, and one role named with and without the person
    ("Finance Minister Oskar Lind said the budget deficit would fall to 2.1% next year.",
     "The finance minister said the budget deficit would fall to 2.1% next year."),
    ("The foreign minister said the border crossing at Rafah would reopen on Monday.",
     "The minister said the border crossing at Rafah would reopen on Monday."),
]


# The review of stop 57 (role57): reworded from unlabelled speaker phrases of shared/corpus/feeds or in the
# reviewer's own words.
REVIEW57_APART = [
    ("The deputy prime minister said the threat from the Russian president to use the country's nuclear arsenal was reckless.",
     "The prime minister said the threat from the Russian president to use the country's nuclear arsenal was reckless."),
    ("The former defense secretary said the troops had not been ordered to the Capitol.",
     "The defense secretary said the troops had not been ordered to the Capitol."),
    ("The shadow housing minister said forcing councils to sell could see homes bought by overseas investors.",
     "The housing minister said forcing councils to sell could see homes bought by overseas investors."),
    ("The culture secretary said the BBC licence fee would be reviewed next year.",
     "The health secretary said the BBC licence fee would be reviewed next year."),
    ("The secretary of state said the maintenance of peace across the Taiwan Strait was vital.",
     "The defense secretary said the maintenance of peace across the Taiwan Strait was vital."),
    ("The finance minister said public investment would rise by a fifth this year.",
     "The foreign minister said public investment would rise by a fifth this year."),
    ("Deputy Prime Minister Anna Berg said the army would stay in the border town of Rusko until spring.",
     "The prime minister said the army would stay in the border town of Rusko until spring."),
    ("The junior health minister said the hospital in Vetla had run out of insulin.",
     "The health minister said the hospital in Vetla had run out of insulin."),
    ("The vice chancellor said the summit in Lagos would go ahead on Thursday.",
     "The chancellor said the summit in Lagos would go ahead on Thursday."),
    ("The assistant police chief said the stadium in Varde would stay closed for the derby.",
     "The police chief said the stadium in Varde would stay closed for the derby."),
    ("A county prosecutor said the two bankers would be charged with fraud on Monday.",
     "A federal prosecutor said the two bankers would be charged with fraud on Monday."),
    ("The former prime minister said the army would stay in the border town of Rusko until spring.",
     "The prime minister said the army would stay in the border town of Rusko until spring."),
    ("The incoming mayor said the new tram line would open in May.",
     "The mayor said the new tram line would open in May."),
    ("The police commissioner said the warehouse blaze had been started deliberately.",
     "The fire commissioner said the warehouse blaze had been started deliberately."),
    ("The attorney general said the two bankers would be charged with fraud on Monday.",
     "The deputy attorney general said the two bankers would be charged with fraud on Monday."),
    ("The health undersecretary said it is the department's duty to provide guidelines for contact tracing.",
     "The health secretary said it is the department's duty to provide guidelines for contact tracing."),
]

REVIEW57_SAME = [
    ("The deputy prime minister said the threat from the Russian president to use the country's nuclear arsenal was reckless.",
     "Deputy Prime Minister Richard Marles said the threat from the Russian president to use the country's nuclear arsenal was reckless."),
    ("The acting defense secretary said the troops had not been ordered to the Capitol.",
     "The defense secretary said the troops had not been ordered to the Capitol."),
    ("Slovakia's defense minister said the prime minister remained in serious condition.",
     "The defense minister said the prime minister remained in serious condition."),
    ("The Slovak defense minister said the prime minister remained in serious condition.",
     "The country's defense minister said the prime minister remained in serious condition."),
    ("The new culture secretary said the BBC licence fee would be reviewed next year.",
     "The culture secretary said the BBC licence fee would be reviewed next year."),
    ("The US secretary of state said the maintenance of peace across the Taiwan Strait was vital.",
     "The secretary of state said the maintenance of peace across the Taiwan Strait was vital."),
    ("The police chief said the suspect had been detained overnight.",
     "Lower Burrell's police chief said the suspect had been detained overnight."),
    ("The chief minister said an integrated textile park would be set up in the district.",
     "The state's chief minister said an integrated textile park would be set up in the district."),
    ("The newly appointed interior minister said 40 people had been arrested after the riots in Tarnow.",
     "The interior minister said 40 people had been arrested after the riots in Tarnow."),
    ("The longtime finance minister said the budget deficit would fall to 2.1% next year.",
     "The finance minister said the budget deficit would fall to 2.1% next year."),
    ("The French foreign minister said talks with Ankara would resume in March.",
     "France's foreign minister said talks with Ankara would resume in March."),
    ("The interim defence minister said the army would stay in the border town of Rusko until spring.",
     "Defence Minister Karl Nyman said the army would stay in the border town of Rusko until spring."),
    ("The embattled home secretary said 40 people had been arrested after the riots in Tarnow.",
     "The home secretary said 40 people had been arrested after the riots in Tarnow."),
    ("The Israeli defense minister said the army would stay in the border town of Rusko until spring.",
     "Israel's defence minister said the army would stay in the border town of Rusko until spring."),
    ("The labor minister said the minimum wage would rise by 4% in April.",
     "The labour minister said the minimum wage would rise by 4% in April."),
    ("The minister of defense said the army would stay in the border town of Rusko until spring.",
     "The defense minister said the army would stay in the border town of Rusko until spring."),
    ("The senior minister said talks with Ankara would resume in March.",
     "The foreign minister said talks with Ankara would resume in March."),
    ("The top health official said the hospital in Vetla had run out of insulin.",
     "The health minister said the hospital in Vetla had run out of insulin."),
    ("The foreign minister of Canada said talks with Ankara would resume in March.",
     "Canada's foreign minister said talks with Ankara would resume in March."),
    ("The defence secretary said the troops had not been ordered to the Capitol.",
     "The secretary of defense said the troops had not been ordered to the Capitol."),
    ("Deputy Prime Minister and Foreign Minister Ishaq Dar said talks with Kabul would resume in March.",
     "The foreign minister said talks with Kabul would resume in March."),
    ("A spokesman for former President Donald Trump said the former president had not been selected for jury duty.",
     "A Trump spokesman said the former president had not been selected for jury duty."),
    ("The state attorney general said the two bankers would be charged with fraud on Monday.",
     "The attorney general said the two bankers would be charged with fraud on Monday."),
    ("The Secretary of State for Health said the hospital in Vetla had run out of insulin.",
     "The health secretary said the hospital in Vetla had run out of insulin."),
    ("The first deputy prime minister said the army would stay in the border town of Rusko until spring.",
     "The deputy prime minister said the army would stay in the border town of Rusko until spring."),
    ("The Cook County chief judge said the former president had not been selected for jury duty.",
     "The chief judge said the former president had not been selected for jury duty."),
]


PAIRS = (("independent sources apart", (STORY, STORY), False, APART),
         ("other posts of one head apart", (STORY, STORY), False, OTHER_POST_OF_ONE_HEAD),
         ("one source or its relay same", (STORY, STORY), True, SAME))


PAIRS += (("review57 other posts apart", (STORY, STORY), False, REVIEW57_APART),
          ("review57 one post same", (STORY, STORY), True, REVIEW57_SAME))


# Stop 58 (issue 13), in the helper's own words: a post capitalised as a house style ("The Finance Minister said")
# is no person's name, so two capitalised posts of one head are two sources; a post in other words ("the minister
# for foreign affairs", "the transportation secretary") names the portfolio it is written with.
INTERNAL_AFFAIRS = ("'internal affairs' is the interior portfolio only as a phrase: a bare 'internal' is no portfolio "
                    "('internal audit', 'internal security'), so the post reads no portfolio and fits any minister")
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
     "The foreign minister said 40 people had been arrested after the riots in Tarnow.", INTERNAL_AFFAIRS),
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

PAIRS += (("title-case posts of two portfolios apart", (STORY, STORY), False, TITLE_CASE_APART),
          ("a title-case post and its lower-case form same", (STORY, STORY), True, TITLE_CASE_SAME),
          ("posts in other words of two portfolios apart", (STORY, STORY), False, OTHER_WORDS_APART),
          ("one post in other words same", (STORY, STORY), True, OTHER_WORDS_SAME))


# Stop 58's review, in the reviewer's words and from unlabelled corpus claims (thehindu-news.xml, slashdot-rdf.xml;
# no guid of bench/data), speakers varied: names made of role words, posts 'for' a place or body, 'internal'.
FOR_PLACE = "'minister/envoy/commissioner for <place or body>' names no portfolio: the post fits any post of its head"
INTERNAL = "'internal' (audit, security) is no interior portfolio; a post of no portfolio fits any post of its head"
ROLE_SURNAME = "a title and a role-word surname ('General Marshal') is keyed as no person"
BODY_POSTS = "two police forces named in title case are keyed as one name"
REVIEW58_APART = [
    # senator named King vs senator Collins [own]: main right, post58 right (same)
    ('Senator King said the bill would reach the floor next week.',
     'Senator Collins said the bill would reach the floor next week.'),
    # judge named Bishop vs judge Walsh [own]: main right, post58 right (same)
    ('Judge Bishop said the trial would resume on Monday.',
     'Judge Walsh said the trial would resume on Monday.'),
    # bishop named King vs Bishop Tutu [own]: main right, post58 right after the mend
    ('Bishop King said the cathedral would reopen at Easter.',
     'Bishop Tutu said the cathedral would reopen at Easter.'),
    # mayor named Chancellor vs the mayor [own]: main right, post58 right (same)
    ('Mayor Chancellor said the new tram line would open in May.',
     'Mayor Webb said the new tram line would open in May.'),
    # Prince Harry vs Prince William [own]: main right, post58 right (same)
    ('Prince Harry said the charity would open a centre in Lesotho.',
     'Prince William said the charity would open a centre in Lesotho.'),
    # Judge Major vs Judge Hale [own]: main right, post58 right (same)
    ('Judge Major said the hearing would resume in March.',
     'Judge Hale said the hearing would resume in March.'),
    # General Marshal vs General Petraeus [own]: main wrong, post58 wrong (same)
    ('General Marshal said the troops would leave the base in spring.',
     'General Petraeus said the troops would leave the base in spring.', ROLE_SURNAME),
    # org: Public Health Minister Office vs Finance Minister Office [own]: main right, post58 right (same)
    ('The Public Health Minister Office said the clinic in Orsa would close in June.',
     'The Finance Ministry said the clinic in Orsa would close in June.'),
    # Chief Minister vs Deputy Chief Minister (corpus) [corpus]: main wrong, post58 right (better)
    ('The Chief Minister said the government is planning to do away with the outsourcing system in government hostels.',
     'The Deputy Chief Minister said the government is planning to do away with the outsourcing system in government hostels.'),
    # Justice King vs Justice Rao (corpus) [corpus]: main right, post58 right (same)
    ('Justice King said construction activities beneath the Thakaraparambu flyover are progressing in a time-bound manner.',
     'Justice Rao said construction activities beneath the Thakaraparambu flyover are progressing in a time-bound manner.'),
    # Senator King vs Senator Warren (corpus) [corpus]: main right, post58 right (same)
    ('Senator King said only a small number of patients have been unable to get their prescriptions.',
     'Senator Warren said only a small number of patients have been unable to get their prescriptions.'),
    # minister for Wales vs minister for Scotland [own]: main wrong, post58 wrong (same)
    ('The minister for Wales said the steelworks in Port Talbot would stay open.',
     'The minister for Scotland said the steelworks in Port Talbot would stay open.', FOR_PLACE),
    # envoy for Syria vs envoy for Yemen [own]: main wrong, post58 wrong (same)
    ('The envoy for Syria said talks in Geneva would resume in March.',
     'The envoy for Yemen said talks in Geneva would resume in March.', FOR_PLACE),
    # commissioner for the Met vs police chief [own]: main wrong, post58 wrong (same)
    ('The commissioner for the Met said 40 people had been arrested after the march.',
     'The fire chief said 40 people had been arrested after the march.', FOR_PLACE),
    # internal audit secretary vs interior secretary [own]: main wrong, post58 wrong (same)
    ('The internal audit secretary said the ministry had lost 2 million euros.',
     'The interior secretary said the ministry had lost 2 million euros.', INTERNAL),
    # internal security minister vs interior minister [own]: main wrong, post58 wrong (same)
    ('The internal security minister said 40 people had been arrested after the riots in Tarnow.',
     'The interior minister said 40 people had been arrested after the riots in Tarnow.', INTERNAL),
    # minister for Karnataka vs minister for Kerala (corpus) [corpus]: main wrong, post58 wrong (same)
    ('The minister for Karnataka said the government is planning to do away with the outsourcing system in government hostels.',
     'The minister for Kerala said the government is planning to do away with the outsourcing system in government hostels.', FOR_PLACE),
    # secretary for the chief minister vs finance secretary (corpus) [corpus]: main wrong, post58 wrong (same)
    ('A secretary for the chief minister said construction activities beneath the Thakaraparambu flyover are progressing in a time-bound manner.',
     'The finance secretary said construction activities beneath the Thakaraparambu flyover are progressing in a time-bound manner.', FOR_PLACE),
    # minister for internal audit vs interior minister (corpus) [corpus]: main wrong, post58 wrong (same)
    ('The minister for internal audit said only a small number of patients have been unable to get their prescriptions.',
     'The interior minister said only a small number of patients have been unable to get their prescriptions.', INTERNAL),
    # judge named King vs Judge Hale [own]: main right, post58 right (same)
    ('Judge King said the hearing would resume in March.',
     'Judge Hale said the hearing would resume in March.'),
    # general named Bishop vs General Hale [own]: main right, post58 right (same)
    ('General Bishop said the troops would leave the base in spring.',
     'General Hale said the troops would leave the base in spring.'),
    # mayor named Bishop vs Mayor Webb [own]: main right, post58 right (same)
    ('Mayor Bishop said the new tram line would open in May.',
     'Mayor Webb said the new tram line would open in May.'),
    # Bishop Judge vs Bishop Tutu [own]: main right, post58 right after the mend
    ('Bishop Judge said the cathedral would reopen at Easter.',
     'Bishop Tutu said the cathedral would reopen at Easter.'),
    # Governor General vs Governor Hale [own]: main right, post58 right (same)
    ('The Governor General said the parliament would sit again in May.',
     'Governor Hale said the parliament would sit again in May.'),
    # State Police vs County Police [own]: main wrong, post58 wrong (same)
    ('The State Police said 40 people had been arrested after the riots in Tarnow.',
     'The County Police said 40 people had been arrested after the riots in Tarnow.', BODY_POSTS),
    # Chancellor King vs Chancellor Merz (corpus) [corpus]: main right, post58 right (same)
    ('Chancellor King said the State government has proposed to create a separate cadre for the Intelligence wing in the Home department.',
     'Chancellor Merz said the State government has proposed to create a separate cadre for the Intelligence wing in the Home department.'),
    # Prince Harry vs President Biden (corpus) [corpus]: main right, post58 right (same)
    ('Prince Harry said only a small number of patients have been unable to get their prescriptions.',
     'President Biden said only a small number of patients have been unable to get their prescriptions.'),
    # Doctor King vs Doctor Patel [own]: main right, post58 right (same)
    ('Doctor King said the clinic in Orsa would close in June.',
     'Doctor Patel said the clinic in Orsa would close in June.'),
    # Captain Judge vs Captain Hale [own]: main right, post58 right (same)
    ('Captain Judge said the ferry would sail again on Friday.',
     'Captain Hale said the ferry would sail again on Friday.'),
    # Coach King vs Coach Bellini [own]: main right, post58 right (same)
    ('Coach King said the striker would miss three weeks.',
     'Coach Bellini said the striker would miss three weeks.'),
    # Reverend King vs Reverend Jackson [own]: main right, post58 right (same)
    ('Reverend King said the march would go ahead on Sunday.',
     'Reverend Jackson said the march would go ahead on Sunday.'),
]

REVIEW58_SAME = [
    # President Biden vs the president same [own]: main right, post58 right (same)
    ('President Biden said the summit in Lagos would go ahead on Thursday.',
     'Biden said the summit in Lagos would go ahead on Thursday.'),
    # John Major vs Major [own]: main right, post58 right (same)
    ('John Major said the treaty would be signed in Maastricht.',
     'Major said the treaty would be signed in Maastricht.'),
    # Home Minister vs home minister (corpus) [corpus]: main right, post58 right (same)
    ('The Home Minister said the State government has proposed to create a separate cadre for the Intelligence wing in the Home department.',
     'The home minister said the State government has proposed to create a separate cadre for the Intelligence wing in the Home department.'),
    # Police Commissioner vs police commissioner (corpus) [corpus]: main right, post58 right (same)
    ('The Police Commissioner said the deceased was thrown off the flyover after being hit by a speeding tempo.',
     'The police commissioner said the deceased was thrown off the flyover after being hit by a speeding tempo.'),
    # internal affairs minister = interior minister [own]: main right, post58 right (same)
    ('The internal affairs minister said 40 people had been arrested after the riots in Tarnow.',
     'The interior minister said 40 people had been arrested after the riots in Tarnow.'),
    # minister for home vs home minister (corpus) [corpus]: main right, post58 right (same)
    ('The minister for home affairs said the State government has proposed to create a separate cadre for the Intelligence wing in the Home department.',
     'The home minister said the State government has proposed to create a separate cadre for the Intelligence wing in the Home department.'),
    # minister for transportation vs transport minister (corpus) [corpus]: main right, post58 right (same)
    ('The minister for transportation said construction activities beneath the Thakaraparambu flyover are progressing in a time-bound manner.',
     'The transport minister said construction activities beneath the Thakaraparambu flyover are progressing in a time-bound manner.'),
    # Bishop King vs Bishop King same (corpus) [corpus]: main right, post58 right (same)
    ('Bishop King said the deceased was thrown off the flyover after being hit by a speeding tempo.',
     'Bishop King said the deceased was thrown off the flyover after being hit by a speeding tempo.'),
    # Deputy Mayor vs deputy mayor (corpus) [corpus]: main right, post58 right (same)
    ('The Deputy Mayor said the government is planning to do away with the outsourcing system in government hostels.',
     'The deputy mayor said the government is planning to do away with the outsourcing system in government hostels.'),
]

PAIRS += (("review58 posts and names apart", (STORY, STORY), False, REVIEW58_APART),
          ("review58 one post or person same", (STORY, STORY), True, REVIEW58_SAME))

def test_claim_pairs_sources_trace_one_statement(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
