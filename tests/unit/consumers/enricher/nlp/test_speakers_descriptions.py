"""Speakers given by a description on copy nobody tuned on: a probe set, one row a claim.

Project-written paragraphs in house styles and topics the first probe set
(``test_speakers_general.py``) does not cover: courts, sport, local councils, health, tech
business, foreign news as non-US outlets write it, obituaries and weather. Most name a
person or body, then speak of them by a job noun, an age, a family role or a kind of body
("the former treasurer", "the 24-year-old", "the chipmaker"). ``PROBES`` are rows where the
description is the one named before; ``LOOK_ALIKES`` are rows where it introduces someone
new, so the one named before must not become the speaker. A probe of how general the
rules are, not a label batch: not in bench/data, not scored by the bench. Rows the code
still gets wrong are marked ``xfail(strict=True)`` with the cause.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_not_given_to, assert_spoken_by, strict_xfail


# What the code still gets wrong, by cause.
_KNOWN = {
    "misparse": strict_xfail("the parser makes 'told' a modifier of 'jurors', so the sentence has no cue"),
    "two named": strict_xfail("a description is read back only when one person is named just before; with two, which "
                              "of them the nationality or the post fits is not weighed"),
    "untagged person": strict_xfail("the model tags the club 'Wrexham' as a person, so two people are named before"),
    "other calling": strict_xfail("a person called by one noun where named and by another later is left unresolved: "
                                  "'Referee X ... the defender' is another person as often as 'Dr X ... the "
                                  "consultant' is the same one"),
    "unlisted body": strict_xfail("a body's description outside the lexicon ('the authority', 'the chipmaker', 'the "
                                  "fintech') does not refer back to the organisation named before"),
    "unlisted job": strict_xfail("'boss' is in no list of roles and does not end like a job noun"),
    "possessor body": strict_xfail(
        "a possessor ('Primark's new store') is not kept as a body 'the chain' can refer to, "
        "so the plural subject 'Shoppers' is taken"),
    "post by name": strict_xfail("that the chief cabinet secretary is the government's top spokesman is not known "
                                 "from the text"),
    "words of": strict_xfail("'Those were the words of X' after a quote paragraph is not read as attribution"),
    "who found her": strict_xfail("in 'The firefighter who found her said' the relative clause's object is taken for "
                                  "the cue's subject, so the dead woman speaks"),
    "description": strict_xfail(
        "a job or an age a sentence after the one person named is left unresolved: in court and "
        "crime copy the person named is often not the one described"),
    "predicate": strict_xfail("the parser tags 'headteacher' after 'has been' as an adjective, so the post the clause "
                              "gives its subject is not learnt"),
    "name as body": strict_xfail("the model tags the holder's name as an organisation, so no person is given the post"),
    "name as conjunct": strict_xfail("the parser makes the holder's name a conjunct of the club, not its apposition"),
    "owner's name on the post": strict_xfail("the parser hangs the name of the one the post serves on the post itself, "
                                             "so 'The lawyer for the victim, Jane Doe,' makes Jane Doe the lawyer"),
    "owner's name as speaker": strict_xfail("a person beside the owner is taken for the speaker of 'A friend of the "
                                            "singer, Adele,', as 'the director of X, Y,' is Y"),
    "sole speaker another": strict_xfail("a post marked as another body's is weighed against the holders named, not "
                                         "against the one person who speaks, who takes it when the text gave her no "
                                         "post of the lexicon ('principal' is none)"),
    "not posts": strict_xfail("headteacher and constable are not posts of the lexicon: the sole-holder and "
                              "sole-speaker policies would give them to the wrong person (86ffe05, reverted on review)"),
    "school": strict_xfail("'the school' is no body noun that refers back to the organisation named before"),
}


PROBES = [
    # courts
    pytest.param("Daniel Okafor, 41, of Peckham, denies murder. The 41-year-old told jurors he had acted in "
                 "self-defence.",
                 "acted in self-defence", "Daniel Okafor", id="court-age-repeats-the-stated-one",
                 marks=_KNOWN["misparse"]),
    pytest.param("Magistrates heard that Karen Whitlock had stolen £40,000 from the charity over six years. The "
                 "former treasurer said she had intended to pay the money back.",
                 "pay the money back", "Karen Whitlock", id="court-former-job-noun",
                 marks=_KNOWN["description"]),
    pytest.param("Judge Helen Marsh jailed the pair for six years. The judge said the offences had caused lasting "
                 "harm.",
                 "caused lasting harm", "Helen Marsh", id="court-the-judge-titled-before"),
    pytest.param("Prosecutor Nadia Karim outlined the case against Reid. The barrister said he had targeted "
                 "elderly victims in their homes.",
                 "targeted elderly victims", "Nadia Karim", id="court-barrister-for-prosecutor",
                 marks=_KNOWN["two named"]),
    pytest.param("“We will appeal,” the lawyer for the family, Imran Shah, said outside court.",
                 "We will appeal", "Imran Shah", id="court-role-of-then-apposition"),
    # sport
    pytest.param("Marcus Ellery scored twice as Northampton beat Bath 31-17. The former Wasps winger said the "
                 "side had finally found its rhythm.",
                 "finally found its rhythm", "Marcus Ellery", id="sport-former-club-position",
                 marks=_KNOWN["description"]),
    pytest.param("Chloe Barton won her third national title in Cardiff on Saturday. The 24-year-old said she "
                 "would now target the European championships.",
                 "target the European championships", "Chloe Barton", id="sport-age-no-age-stated",
                 marks=_KNOWN["description"]),
    pytest.param("Wrexham striker Paul Mullin has undergone surgery on his back. The 30-year-old said he hoped "
                 "to return before Christmas.",
                 "return before Christmas", "Paul Mullin", id="sport-age-after-club-role-name",
                 marks=_KNOWN["untagged person"]),
    pytest.param("Dave Challinor's side won 2-0 at Edgeley Park. The County manager said his players had been "
                 "magnificent.",
                 "players had been magnificent", "Dave Challinor", id="sport-manager-of-possessor-side",
                 marks=_KNOWN["description"]),
    pytest.param("Kwame Asante has signed a two-year deal with Hibernian. The midfielder said he had wanted to "
                 "play in Scotland since he was a boy.",
                 "play in Scotland", "Kwame Asante", id="sport-position-noun",
                 marks=_KNOWN["description"]),
    # local councils
    pytest.param("Councillor Aisha Rahman chairs the planning committee. The Labour councillor said the scheme "
                 "would bring 400 homes to the town.",
                 "bring 400 homes", "Aisha Rahman", id="council-party-councillor"),
    pytest.param("Derbyshire County Council voted to close four libraries. The authority said the closures would "
                 "save £1.2m a year.",
                 "save £1.2m a year", "Derbyshire County Council", id="council-the-authority",
                 marks=_KNOWN["unlisted body"]),
    pytest.param("Mayor Tim Boyce has resigned after eight years in office. The independent mayor said he "
                 "wanted to spend more time with his family.",
                 "spend more time", "Tim Boyce", id="council-adjective-mayor"),
    # health
    pytest.param("Dr Priya Nair leads the stroke unit at St George's Hospital. The consultant said waiting times "
                 "had fallen by a third.",
                 "waiting times had fallen", "Priya Nair", id="health-consultant-after-doctor",
                 marks=_KNOWN["other calling"]),
    pytest.param("Nurse Joanne Kelly, 58, retired this week after 40 years on the wards. The grandmother of five "
                 "said she would miss her colleagues.",
                 "miss her colleagues", "Joanne Kelly", id="health-grandmother-of-count"),
    pytest.param("Ayesha Malik, 29, a nurse from Bradford, was attacked in the street. The nurse told police she "
                 "had been followed from the bus stop.",
                 "followed from the bus stop", "Ayesha Malik", id="health-job-from-apposition",
                 marks=_KNOWN["description"]),
    pytest.param("Leeds Teaching Hospitals NHS Trust was fined £800,000 after a patient died. The trust said it "
                 "had changed its procedures.",
                 "changed its procedures", "Leeds Teaching Hospitals NHS Trust", id="health-the-trust"),
    # tech business
    pytest.param("Nvidia reported record revenue of $35bn for the quarter. The chipmaker said demand for its data "
                 "centre products remained strong.",
                 "demand for its data centre", "Nvidia", id="tech-the-chipmaker",
                 marks=_KNOWN["unlisted body"]),
    pytest.param("Revolut has been granted a full UK banking licence. The fintech said it would launch mortgages "
                 "next year.",
                 "launch mortgages", "Revolut", id="tech-the-fintech",
                 marks=_KNOWN["unlisted body"]),
    pytest.param("Sundar Pichai spoke at the company's developer conference. The Google chief executive said AI "
                 "would change how people search.",
                 "change how people search", "Sundar Pichai", id="tech-org-title-after-name",
                 marks=_KNOWN["description"]),
    pytest.param("Tesco chief executive Ken Murphy unveiled the results. The supermarket boss said food "
                 "inflation was easing.",
                 "food inflation was easing", "Ken Murphy", id="business-the-supermarket-boss",
                 marks=_KNOWN["unlisted job"]),
    pytest.param("Shoppers queued outside Primark's new store in Birmingham. The chain said it would open 12 "
                 "more shops this year.",
                 "open 12 more shops", "Primark", id="business-the-chain-from-possessor",
                 marks=_KNOWN["possessor body"]),
    # foreign news, non-US outlets
    pytest.param("Indian Prime Minister Narendra Modi arrived in Colombo on Friday. The prime minister said "
                 "India would stand by Sri Lanka.",
                 "stand by Sri Lanka", "Narendra Modi", id="foreign-the-prime-minister"),
    pytest.param("Japan's chief cabinet secretary, Yoshimasa Hayashi, spoke at a news conference. The top "
                 "government spokesman said Tokyo had lodged a protest with Beijing.",
                 "lodged a protest", "Yoshimasa Hayashi", id="foreign-spokesman-for-secretary",
                 marks=_KNOWN["post by name"]),
    pytest.param("German Chancellor Olaf Scholz met Emmanuel Macron in Paris. The French president said Europe "
                 "must build its own defence.",
                 "build its own defence", "Emmanuel Macron", id="foreign-description-fits-the-second",
                 marks=_KNOWN["two named"]),
    pytest.param("South Korean President Yoon Suk Yeol met Prime Minister Fumio Kishida in Seoul. The Japanese "
                 "leader said the two countries shared a duty to keep the peace.",
                 "shared a duty", "Fumio Kishida", id="foreign-nationality-leader",
                 marks=_KNOWN["two named"]),
    pytest.param("President William Ruto addressed parliament in Nairobi on Thursday. The head of state said the "
                 "tax rises had been withdrawn.",
                 "tax rises had been withdrawn", "William Ruto", id="foreign-head-of-state",
                 marks=_KNOWN["other calling"]),
    pytest.param("Philippine Senator Risa Hontiveros filed the bill on Monday. The senator said it would protect "
                 "workers from online abuse.",
                 "protect workers", "Risa Hontiveros", id="foreign-the-senator"),
    pytest.param("The Kenyan health ministry confirmed 12 new cases of mpox. The ministry said contact tracing "
                 "was under way.",
                 "contact tracing", "health ministry", id="foreign-the-ministry"),
    # obituaries
    pytest.param("Jazz pianist Leon Marsh has died at the age of 84. The musician said in a 2019 interview that "
                 "he had never wanted to retire.",
                 "never wanted to retire", "Leon Marsh", id="obit-the-musician",
                 marks=_KNOWN["other calling"]),
    pytest.param("Veteran broadcaster Jean Maddox has spoken about her cancer diagnosis. The 84-year-old said "
                 "she had no regrets.",
                 "no regrets", "Jean Maddox", id="obit-age-of-veteran",
                 marks=_KNOWN["description"]),
    pytest.param("Tributes have been paid to Alan Pryce, a former headteacher, who has died aged 79. His "
                 "daughter, Sian, said he had been a devoted teacher.",
                 "devoted teacher", "Sian", id="obit-relative-named-in-apposition"),
    # weather
    pytest.param("Temperatures could reach 34C in London on Thursday, the Met Office said.",
                 "reach 34C", "Met Office", id="weather-met-office-after"),
    pytest.param("Met Office meteorologist Greg Dewhurst said the heat would break by the weekend.",
                 "heat would break", "Greg Dewhurst", id="weather-title-of-org-before-name"),
    pytest.param("The Environment Agency has issued 60 flood warnings. The agency said rivers in Yorkshire "
                 "would peak overnight.",
                 "rivers in Yorkshire", "Environment Agency", id="weather-the-agency"),
    # possessive speakers, quote paragraphs, according to
    pytest.param("The prime minister's official spokesman told reporters there were no plans to raise VAT.",
                 "no plans to raise VAT", "spokesman", id="possessive-spokesman"),
    pytest.param("“This is the worst flooding we have seen in 50 years.”\n\nThose were the words of Derek Hale, "
                 "the mayor of Tewkesbury.",
                 "worst flooding", "Derek Hale", id="quote-paragraph-then-words-of",
                 marks=_KNOWN["words of"]),
    pytest.param("Unemployment rose to 4.4 percent in the three months to June, according to the Office for "
                 "National Statistics.",
                 "Unemployment rose", "Office for National Statistics", id="according-to-ons-at-end"),
    pytest.param("The factory will close in March with the loss of 450 jobs, according to the union Unite.",
                 "loss of 450 jobs", "Unite", id="according-to-union-apposition"),
]


LOOK_ALIKES = [
    # A name with no title, then a bare role or age for the other party: the commonest shape of sport, court and
    # crime copy, and where a rule reading every description as the one person named went wrong (review of 974cbca).
    pytest.param("Bukayo Saka limped off with a hamstring injury. The manager said the scan would decide.",
                 "scan would decide", {"Bukayo Saka"}, id="bare-manager-after-a-player"),
    pytest.param("Aaron Brooks was jailed for four years for burglary. The inspector said the sentence sent a "
                 "message to other burglars.",
                 "sent a message", {"Aaron Brooks"}, id="bare-inspector-after-the-jailed"),
    pytest.param("Darren Pike collapsed during the half marathon in Leeds. The paramedic said he had been "
                 "lucky to survive.",
                 "lucky to survive", {"Darren Pike"}, id="bare-paramedic-after-the-patient"),
    pytest.param("Anna Berg sold her flat in Malmo last spring. The buyer said he had paid well over the "
                 "asking price.",
                 "over the asking price", {"Anna Berg"}, id="bare-buyer-after-the-seller"),
    pytest.param("Holly Dean was walking home when a car mounted the pavement. The 19-year-old said he had "
                 "swerved to avoid a cyclist.",
                 "swerved to avoid", {"Holly Dean"}, id="bare-age-after-the-victim-he"),
    pytest.param("Grace Lee was knocked down on a zebra crossing. The 41-year-old said she had not seen the "
                 "crossing in the rain.",
                 "not seen the crossing", {"Grace Lee"}, id="bare-age-after-the-victim-she"),
    pytest.param("Keir Starmer was pressed on tax during the interview. The presenter said the prime minister "
                 "had dodged the question.",
                 "dodged the question", {"Keir Starmer"}, id="bare-presenter-after-the-guest"),
    pytest.param("Police charged Martin Dale with assault after a fight outside a nightclub in Bristol. The "
                 "22-year-old victim said he had needed stitches.",
                 "needed stitches", {"Martin Dale"}, id="age-victim-not-the-accused"),
    pytest.param("Prosecutors say Gary Mills, 45, stabbed his neighbour during a row over parking. The "
                 "38-year-old victim told the court he still had nightmares.",
                 "still had nightmares", {"Gary Mills"}, id="age-victim-differs-from-stated"),
    pytest.param("Referee Paul Tierney sent off two players in the second half. The 19-year-old defender said he "
                 "had not touched his opponent.",
                 "not touched his opponent", {"Paul Tierney"}, id="age-player-not-the-referee"),
    pytest.param("Scotland captain Andy Robertson was injured in the first half. The 20-year-old who replaced him "
                 "said he had been nervous.",
                 "had been nervous", {"Andy Robertson"}, id="age-replacement-is-someone-else"),
    pytest.param("Paramedics treated Dylan Price, 19, at the scene. A 34-year-old woman who saw the crash said "
                 "the car had been travelling too fast.",
                 "travelling too fast", {"Dylan Price"}, id="age-witness-indefinite"),
    pytest.param("Maria Santos, 71, died in the fire. The 44-year-old firefighter who found her said the smoke "
                 "had been too thick to see.",
                 "too thick to see", {"Maria Santos"}, id="age-firefighter-who-found-her",
                 marks=_KNOWN["who found her"]),
    pytest.param("Ayesha Malik, 29, was attacked near a bus stop in Bradford. Police arrested a 31-year-old man. "
                 "The 31-year-old said he had acted in self-defence.",
                 "acted in self-defence", {"Ayesha Malik"}, id="age-the-arrested-man"),
    pytest.param("Jack Turner was jailed for causing death by dangerous driving. The mother of the 17-year-old "
                 "he killed said she would never forgive him.",
                 "never forgive him", {"Jack Turner"}, id="mother-of-the-one-he-killed"),
    pytest.param("Liam Byrne was sentenced to four years for burglary. His victim, an 81-year-old widow, said she "
                 "no longer felt safe at home.",
                 "no longer felt safe", {"Liam Byrne"}, id="his-victim-apposition"),
    pytest.param("Officers arrested Connor Bates, 26, at his home in Hull. A neighbour said she had heard "
                 "shouting through the night.",
                 "heard shouting", {"Connor Bates"}, id="a-neighbour"),
    pytest.param("Detectives questioned Peter Quinn about the missing money. His former business partner said he "
                 "had been shocked by the news.",
                 "shocked by the news", {"Peter Quinn"}, id="his-former-partner"),
    pytest.param("Dr Alan Firth treated the boy at the scene. The boy's mother said he was recovering well at "
                 "home.",
                 "recovering well", {"Alan Firth"}, id="the-boys-mother-not-the-doctor"),
    pytest.param("Coach Eddie Jones named his squad on Tuesday. The new scrum-half said he was proud to be "
                 "selected.",
                 "proud to be selected", {"Eddie Jones"}, id="the-new-player-not-the-coach"),
    pytest.param("Councillor Brian Hollis opened the meeting. A 67-year-old resident said the bins had not been "
                 "collected for a month.",
                 "not been collected", {"Brian Hollis"}, id="a-resident-not-the-councillor"),
    pytest.param("Rachel Reeves announced the freeze in her budget. A former Treasury official said the move "
                 "would raise £7bn.",
                 "raise £7bn", {"Rachel Reeves"}, id="a-former-official"),
    pytest.param("Kevin Sinfield completed the run in Leeds on Sunday. One of the runners who joined him said it "
                 "had been the hardest day of her life.",
                 "hardest day of her life", {"Kevin Sinfield"}, id="one-of-the-runners"),
    pytest.param("Keir Starmer visited the factory on Monday. The prime minister's spokesman said the government "
                 "would not bail out the firm.",
                 "not bail out the firm", {"Keir Starmer"}, id="possessive-spokesman-not-the-pm"),
    pytest.param("Frank Whitworth, who founded the bakery in 1962, has died aged 91. The bakery's manager said "
                 "the shop would close for a day.",
                 "close for a day", {"Frank Whitworth"}, id="obit-the-manager-is-new"),
    pytest.param("Brazilian President Luiz Inácio Lula da Silva visited the flooded region. A 45-year-old "
                 "fisherman said he had lost everything.",
                 "lost everything", {"Lula"}, id="foreign-a-fisherman"),
    pytest.param("The Reserve Bank of India held rates at 6.5 percent. A second lender said it would raise its "
                 "deposit rates.",
                 "raise its deposit rates", {"Reserve Bank of India"}, id="a-second-lender"),
    pytest.param("Thousands of fans gathered at Anfield for the memorial. The club said a minute's silence would "
                 "be held before Saturday's game.",
                 "minute's silence", {"Anfield"}, id="the-club-is-not-its-ground"),
    pytest.param("Storm Darragh brought gusts of 90mph to the west coast. The forecaster said more warnings were "
                 "likely.",
                 "more warnings were likely", {"Storm Darragh"}, id="the-forecaster-is-not-the-storm"),
    pytest.param("The Met Office issued an amber warning for wind. A spokeswoman for the RNLI said lifeboat crews "
                 "were on standby.",
                 "lifeboat crews", {"Met Office"}, id="spokeswoman-for-another-body"),
    pytest.param("Coach Ian Foster picked the team on Monday. The winger said he was delighted to be back.",
                 "delighted to be back", {"Ian Foster"}, id="the-winger-is-not-the-coach"),
    pytest.param("Judge Amy Lowe heard the case in Carlisle. The defendant said he was sorry.",
                 "he was sorry", {"Amy Lowe"}, id="the-defendant-is-not-the-judge"),
    pytest.param("Ben Alder was found guilty of theft at Leicester Crown Court. The shop owner said he was relieved.",
                 "he was relieved", {"Ben Alder"}, id="the-shop-owner-is-the-other-party"),
    pytest.param("Jo Platt scored the winner against Hearts. The goalkeeper said his side had been unlucky.",
                 "side had been unlucky", {"Jo Platt"}, id="the-goalkeeper-of-the-other-side"),
    pytest.param("Jo Platt scored twice against Hearts. The goalkeeper said his side had been unlucky.",
                 "side had been unlucky", {"Jo Platt"}, id="the-goalkeeper-after-a-brace"),
]


# The reviewer's rows (rev_spk8, /tmp/revwork_spk8/former*.json: the reviewer's own sentences, not labelled data).
# A "the former <post>" rule that gave the description to the one person named was taken out again (16 of these
# rows worse against 10 better): the wife, the predecessor, the teammate, the pundit or one who died is someone
# else. These must stay unresolved to the one named.
FORMER_REVIEWED_LOOK_ALIKES = [
    pytest.param("Sarah Okoye unveiled the housing plan on Monday. Her predecessor was unimpressed. The former "
                 "minister said the plan was unfunded.",
                 "the plan was unfunded", {"Sarah Okoye"}, id="rev-former-predecessor"),
    pytest.param("Gordon Pryce was jailed for nine years on Friday. His wife, who sat in the public gallery, "
                 "wept. The former nurse said the family would appeal.",
                 "the family would appeal", {"Gordon Pryce"}, id="rev-former-wife"),
    pytest.param("Kate Morgan won the seat by 312 votes, ousting the incumbent. The former councillor said he "
                 "would seek a recount.",
                 "seek a recount", {"Kate Morgan"}, id="rev-former-incumbent"),
    pytest.param("Tributes have been paid to Joan Whitley, who died on Friday aged 91. The former nurse said in a "
                 "statement that the ward had been her life.",
                 "the ward had been her life", {"Joan Whitley"}, id="rev-former-who-died"),
    pytest.param("Ahmed Raza was killed when the scaffolding collapsed. The former builder said the site had been "
                 "unsafe for months.",
                 "unsafe for months", {"Ahmed Raza"}, id="rev-former-killed"),
    pytest.param("Mary Collins, 87, has been missing since Tuesday. Her daughter appealed for help. The former "
                 "police officer said her mother was frail.",
                 "her mother was frail", {"Mary Collins"}, id="rev-former-daughter"),
    pytest.param("Liam Doyle has been charged with fraud. A friend of 20 years described him as honest. The "
                 "former banker said Doyle would clear his name.",
                 "clear his name", {"Liam Doyle"}, id="rev-former-friend"),
    pytest.param("Peter Lang's house was flooded for the third time this year. His neighbour has had enough. The "
                 "former engineer said the drains had not been cleared since 2015.",
                 "not been cleared", {"Peter Lang"}, id="rev-former-neighbour"),
    pytest.param("Marco Bellini was sold to Juventus on deadline day. His old teammate was not surprised. The "
                 "former striker said Bellini had wanted to leave for months.",
                 "wanted to leave", {"Marco Bellini"}, id="rev-former-teammate"),
    pytest.param("Nadia Petrova broke the record on Saturday. The previous holder watched from the stands. The "
                 "former sprinter said records were made to be broken.",
                 "made to be broken", {"Nadia Petrova"}, id="rev-former-holder"),
    pytest.param("Gary Neville left the job after four months. His successor lasted even less. The former manager "
                 "said the board had no plan.",
                 "the board had no plan", {"Gary Neville"}, id="rev-former-successor"),
    pytest.param("Hannah Reid was sentenced on Tuesday. Her husband, who gave evidence for the defence, left the "
                 "court in tears. The former soldier said the case had destroyed them.",
                 "destroyed them", {"Hannah Reid"}, id="rev-former-husband-she"),
    pytest.param("Paying tribute to Bobby Charlton on Sunday, the former striker said football had lost its "
                 "finest gentleman.",
                 "lost its finest gentleman", {"Bobby Charlton"}, id="rev-former-tribute"),
    pytest.param("Asked about Lucy Bronze's knee injury, the former defender said England would cope without her.",
                 "would cope without her", {"Lucy Bronze"}, id="rev-former-injury"),
    pytest.param("Liz Truss's mini-budget in September 2022 sent the pound to a record low. Mortgage rates jumped "
                 "within days. Pension funds were forced to sell gilts. The former governor said the damage was "
                 "still being felt.",
                 "still being felt", {"Liz Truss"}, id="rev-former-long-para"),
    pytest.param("Jude Bellingham was booed by home fans on Saturday night. The former midfielder, now a Sky "
                 "pundit, said the reaction was shameful.",
                 "reaction was shameful", {"Jude Bellingham"}, id="rev-former-pundit-on-player"),
]

# ... and the ten the rule had right, strict xfails again with the rule out.
FORMER_REVIEWED = [
    pytest.param("Kwame Mensah won three Olympic medals in the 1990s. The former sprinter said on Tuesday that "
                 "athletics had lost its way.",
                 "athletics had lost", "Kwame Mensah", id="rev-former-wire", marks=_KNOWN["description"]),
    pytest.param("Priya Nair left the bank in 2019 to set up her own fund. The former trader said markets were "
                 "underpricing the risk of a recession.",
                 "underpricing the risk", "Priya Nair", id="rev-former-business", marks=_KNOWN["description"]),
    pytest.param("Brendan Walsh played 180 games for the Magpies before injury ended his career. The former "
                 "defender said the club needed a new coach.",
                 "needed a new coach", "Brendan Walsh", id="rev-former-AU", marks=_KNOWN["description"]),
    pytest.param("Martin Hale, 58, is accused of defrauding pensioners of £2m. The former accountant told the "
                 "court he had made honest mistakes.",
                 "made honest mistakes", "Martin Hale", id="rev-former-court", marks=_KNOWN["description"]),
    pytest.param("Sofia Lindqvist announced her retirement from tennis last year. The former player said the tour "
                 "was too long.",
                 "the tour was too long", "Sofia Lindqvist", id="rev-former-sport", marks=_KNOWN["description"]),
    pytest.param("Tributes have poured in for the town's mayor. Alan Briggs, who knew him for 40 years, spoke at "
                 "the service. The former councillor said the town had lost a friend.",
                 "had lost a friend", "Alan Briggs", id="rev-former-obit", marks=_KNOWN["description"]),
    pytest.param("Hemi Parata spent two decades with the Department of Conservation. The former ranger said the "
                 "kiwi population had recovered strongly.",
                 "had recovered strongly", "Hemi Parata", id="rev-former-NZ", marks=_KNOWN["description"]),
    pytest.param("Lena Fischer built the company's first search engine. The former engineer said the firm had "
                 "lost its focus.",
                 "had lost its focus", "Lena Fischer", id="rev-former-tech", marks=_KNOWN["description"]),
    pytest.param("Mohammed Salah was born in Nagrig, a village in the Nile Delta, and left for Europe at 20.\n\nThe "
                 "former winger said he still sends money home every month.",
                 "sends money home", "Mohammed Salah", id="rev-former-target-long", marks=_KNOWN["description"]),
    pytest.param("Judith Collins has written a memoir. The former minister said on Tuesday she had no regrets.",
                 "no regrets", "Judith Collins", id="rev-former-target-same-para", marks=_KNOWN["description"]),
]


# A school's and a police force's posts (headteacher, headmaster, headmistress, constable), given by title or
# apposition and then alone; the "plain-" rows are ordinary copy around them that no post rule touches. These
# nouns are no posts of the lexicon since 86ffe05 was reverted on review, so the targets are strict xfails.
POSTS = [
    pytest.param("Headteacher Claire Dunn welcomed the Ofsted report on Oakfield Primary. The headteacher said staff "
                 "had worked tirelessly since the last inspection.",
                 "staff had worked tirelessly", "Claire Dunn", id="local-headteacher-title",
                 marks=_KNOWN["not posts"]),
    pytest.param("Parents at St Mary's were sent a letter by Jane Moss, the headteacher, on Friday. The headteacher "
                 "said the school would reopen on Monday.",
                 "school would reopen on Monday", "Jane Moss", id="local-headteacher-appos",
                 marks=_KNOWN["not posts"]),
    pytest.param("Eton's headmaster, Simon Henderson, wrote to parents last week. The headmaster said fees would "
                 "rise by 6 percent in September.",
                 "fees would rise by 6 percent", "Simon Henderson", id="broadsheet-headmaster",
                 marks=_KNOWN["not posts"]),
    pytest.param("Strict headmistress Katharine Birbalsingh has banned mobile phones at Michaela school. The "
                 "headmistress said grades had soared since the ban.",
                 "grades had soared", "Katharine Birbalsingh", id="tabloid-headmistress",
                 marks=_KNOWN["not posts"]),
    pytest.param("Chief Constable Sarah Crew took charge of Avon and Somerset Police in 2021. The chief constable "
                 "said knife crime had fallen by a fifth.",
                 "knife crime had fallen", "Sarah Crew", id="local-chief-constable-title",
                 marks=_KNOWN["not posts"]),
    pytest.param("Avon and Somerset's chief constable, Sarah Crew, met the home secretary on Monday. The chief "
                 "constable said 200 more officers would be recruited.",
                 "200 more officers would be recruited", "Sarah Crew", id="wire-chief-constable-appos",
                 marks=_KNOWN["not posts"]),
    pytest.param("Police Scotland's Chief Constable Jo Farrell addressed the Scottish Police Authority on "
                 "Thursday.\n\nThe chief constable said the force faced a £25m shortfall.",
                 "faced a £25m shortfall", "Jo Farrell", id="scottish-chief-constable",
                 marks=_KNOWN["not posts"]),
    pytest.param("Constable Aroha Tane was first at the scene in Rotorua. The constable said the driver had been "
                 "travelling well over the limit.",
                 "travelling well over the limit", "Aroha Tane", id="nonus-constable-nz",
                 marks=_KNOWN["not posts"]),
    pytest.param("Deputy Chief Constable Rachel Swann spoke at the Derbyshire police authority meeting. The deputy "
                 "chief constable said the force would close three front counters.",
                 "close three front counters", "Rachel Swann", id="local-deputy-chief-constable",
                 marks=_KNOWN["not posts"]),
    pytest.param("Mark Ellis has been headteacher at Riverside Academy since 2015.\n\nThe headteacher said the new "
                 "sports hall would open in the spring.",
                 "sports hall would open", "Mark Ellis", id="local-headteacher-paragraph",
                 marks=_KNOWN["predicate"]),
    pytest.param("“We are heartbroken,” said Ruth Perry's sister. Headteacher Tom Hale, who knew Mrs Perry for "
                 "years, spoke at the vigil. The headteacher said the community had lost a friend.",
                 "community had lost a friend", "Tom Hale", id="broadsheet-headteacher-quote-after",
                 marks=_KNOWN["not posts"]),
    pytest.param("Headteacher Dawn Evans, 52, has sent home 30 pupils over their haircuts. The headteacher said the "
                 "rules had been clear since September.",
                 "rules had been clear", "Dawn Evans", id="tabloid-headteacher-pupils",
                 marks=_KNOWN["not posts"]),
    pytest.param("The chief constable said the protest had been policed proportionately. Chief Constable Andy Marsh "
                 "had earlier met organisers.",
                 "policed proportionately", "chief constable", id="wire-chief-constable-later"),
    pytest.param("The headmaster of Clongowes Wood College, Chris Lumb, addressed past pupils in Kildare. The "
                 "headmaster said the school would admit girls from 2026.",
                 "admit girls from 2026", "Chris Lumb", id="irish-headmaster",
                 marks=_KNOWN["not posts"]),
    pytest.param("Headteacher Priya Shah said the school would stay open during the strike. She added that parents "
                 "would be told by text.",
                 "parents would be told by text", "Priya Shah", id="local-she-after-headteacher"),
    pytest.param("A special constable who tackled a knifeman in Leeds has been given an award. The constable said he "
                 "had simply done his job.",
                 "simply done his job", "constable", id="plain-special-constable-described"),
    pytest.param("Oakfield Primary was rated inadequate by Ofsted. The school said it would appeal.",
                 "it would appeal", "Oakfield Primary", id="plain-school-said",
                 marks=_KNOWN["school"]),
    pytest.param("Officers from Kent Police arrested a man in Dover. The force said inquiries were continuing.",
                 "inquiries were continuing", "Kent Police", id="plain-police-said"),
    pytest.param("The headteacher, Claire Dunn, said the school would reopen on Monday.",
                 "school would reopen on Monday", "Claire Dunn", id="plain-headteacher-named-after"),
    pytest.param("Chief Constable Sarah Crew said knife crime had fallen by a fifth.",
                 "knife crime had fallen", "Sarah Crew", id="plain-constabulary"),
]

# The post is someone new, unnamed, another school's or force's, or held by two: no one named may take it.
POSTS_LOOK_ALIKES = [
    pytest.param("Headteacher Claire Dunn of Oakfield and headteacher Ben Ward of Hillside signed the letter. The "
                 "headteacher said the cuts would hit pupils.",
                 "cuts would hit pupils", {"Claire Dunn", "Ben Ward"}, id="two-headteachers"),
    pytest.param("Maria Costa, a parent at Oakfield Primary, complained about the lunches. The headteacher said "
                 "menus would be reviewed.",
                 "menus would be reviewed", {"Maria Costa"}, id="unnamed-headteacher"),
    pytest.param("Police were called after Lee Carter was attacked in Hull. A constable said the area would be "
                 "patrolled overnight.",
                 "patrolled overnight", {"Lee Carter"}, id="constable-victim"),
    pytest.param("Sarah Crew, a mother of two, gave evidence at the inquest. The chief constable said officers had "
                 "acted properly.",
                 "officers had acted properly", {"Sarah Crew"}, id="chief-constable-other-force"),
    pytest.param("Teacher Anna Birch was praised for her quick thinking. The headteacher said she had saved a life.",
                 "she had saved a life", {"Anna Birch"}, id="teacher-not-head"),
    pytest.param("Pc Laura Mills and Pc Dan Reed were injured in the crash. The constable said the road would stay "
                 "closed.",
                 "road would stay closed", {"Laura Mills", "Dan Reed"}, id="police-constable-two"),
    pytest.param("Headteacher Claire Dunn of Oakfield Primary backed the plan. The Hillside headteacher said it "
                 "would cost his school £40,000.",
                 "cost his school £40,000", {"Claire Dunn"}, id="headteacher-other-school"),
    pytest.param("Headteacher Claire Dunn took over in 2022. The former headteacher said the school had been in "
                 "crisis for years.",
                 "in crisis for years", {"Claire Dunn"}, id="former-headteacher"),
    pytest.param("Head of year Jo Price organised the trip. The headteacher said the trip had been cancelled.",
                 "trip had been cancelled", {"Jo Price"}, id="head-of-year"),
    pytest.param("Artist John Constable painted The Hay Wain in 1821. The curator said visitor numbers had doubled.",
                 "visitor numbers had doubled", {"John Constable"}, id="constable-as-surname"),
    pytest.param("Kent's chief constable, Tim Smith, backed the plan. The Essex chief constable said it would cost "
                 "his force £2m.",
                 "cost his force", {"Tim Smith"}, id="chief-constable-other-force-marked"),
    pytest.param("Chief Constable Sarah Crew took charge of the force in 2021. The former chief constable said "
                 "morale had been low for years.",
                 "morale had been low", {"Sarah Crew"}, id="former-chief-constable"),
    pytest.param("Chief Constable Sarah Crew of Avon and Somerset and Chief Constable Jo Farrell of Police Scotland "
                 "signed the letter. The chief constable said budgets were at breaking point.",
                 "budgets were at breaking point", {"Sarah Crew", "Jo Farrell"}, id="two-chief-constables"),
    pytest.param("Headteacher Claire Dunn retired in July after 20 years. The new headteacher said she would keep "
                 "the school's focus on reading.",
                 "keep the school's focus", {"Claire Dunn"}, id="headteacher-new-in-post"),
]


# A post of a named body or place with its holder in apposition ("The director of Nordvik Energy, Ingrid Dahl,"),
# then the post alone; the "plain-" rows are ordinary copy around such phrases.
OWNED_POSTS = [
    pytest.param("The director of Nordvik Energy, Ingrid Dahl, met investors in Oslo on Tuesday. The director said "
                 "output would rise by a tenth next year.",
                 "output would rise", "Ingrid Dahl", id="owned-business-director"),
    pytest.param("The chief executive of Tesco, Ken Murphy, presented the results in Welwyn Garden City. The chief "
                 "executive said food inflation had peaked.",
                 "food inflation had peaked", "Ken Murphy", id="owned-business-chief-executive"),
    pytest.param("The chairman of Everton, Bill Kenwright, was at Goodison Park on Saturday. The chairman said the "
                 "club was not for sale.",
                 "club was not for sale", "Bill Kenwright", id="owned-sport-chairman"),
    pytest.param("The president of Kenya, William Ruto, arrived in Brussels on Monday. The president said Nairobi "
                 "wanted a trade deal by the summer.",
                 "wanted a trade deal", "William Ruto", id="owned-wire-president-of-country"),
    pytest.param("The leader of Leeds City Council, James Lewis, visited the flooded estate. The leader said £2m "
                 "would be set aside for repairs.",
                 "£2m would be set aside", "James Lewis", id="owned-local-leader-of-council"),
    pytest.param("The governor of the Reserve Bank of Australia, Michele Bullock, spoke in Sydney. The governor said "
                 "rates would stay high for some time.",
                 "rates would stay high", "Michele Bullock", id="owned-nonus-governor-of-bank"),
    pytest.param("The head of the Environment Agency, Philip Duffy, gave evidence to MPs. The head said 6,000 homes "
                 "had flooded since October.",
                 "6,000 homes had flooded", "Philip Duffy", id="owned-broadsheet-head-of-agency"),
    pytest.param("The chief minister of Kerala, Pinarayi Vijayan, inaugurated the port on Friday. The chief minister "
                 "said it would create 5,000 jobs.",
                 "create 5,000 jobs", "Pinarayi Vijayan", id="owned-indian-chief-minister-of-state",
                 marks=_KNOWN["name as body"]),
    pytest.param("The owner of the Red Lion, Steve Cole, was fined £500 for the noise. The owner said he would "
                 "appeal.",
                 "he would appeal", "Steve Cole", id="owned-tabloid-boss-owner"),
    pytest.param("The secretary general of NATO, Mark Rutte, met ministers in Brussels. The secretary general said "
                 "allies must spend more.",
                 "allies must spend more", "Mark Rutte", id="owned-wire-secretary-general"),
    pytest.param("The superintendent at Northgate Hospital, Dr Amina Yusuf, was praised by staff. The superintendent "
                 "said beds were being added.",
                 "beds were being added", "Amina Yusuf", id="owned-local-superintendent-at"),
    pytest.param("The founder of Monzo, Tom Blomfield, has backed a new start-up. The founder said the bank had lost "
                 "its way.",
                 "lost its way", "Tom Blomfield", id="owned-business-founder-of"),
    pytest.param("The manager of Celtic, Brendan Rodgers, named his squad on Friday. The manager said two players "
                 "were injured.",
                 "two players were injured", "Brendan Rodgers", id="owned-sport-manager-of",
                 marks=_KNOWN["name as conjunct"]),
    pytest.param("The ambassador of Ukraine, Vadym Prystaiko, spoke at the embassy in London. The ambassador said "
                 "more air defence was needed.",
                 "more air defence was needed", "Vadym Prystaiko", id="owned-wire-ambassador-of"),
    pytest.param("The mayor of Auckland, Wayne Brown, toured the flood damage. The mayor said the council would "
                 "borrow $500 million.",
                 "borrow $500 million", "Wayne Brown", id="owned-nonus-mayor-of",
                 marks=_KNOWN["name as body"]),
    pytest.param("The head of the charity, Age UK, was not available for comment. The head said the charity needed "
                 "donations.",
                 "charity needed donations", "head", id="owned-plain-head-of-org-org-appos"),
    pytest.param("The owner of the dog, a pit bull named Max, was arrested. The owner said the animal had never "
                 "bitten anyone.",
                 "never bitten anyone", "owner", id="owned-plain-owner-of-dog"),
    pytest.param("The president of Kenya, William Ruto, met Rishi Sunak in London. Sunak said trade would double.",
                 "trade would double", "Rishi Sunak", id="owned-plain-president-and-other-name"),
    pytest.param("The chief executive of Tesco, Ken Murphy, said food inflation had peaked.",
                 "food inflation had peaked", "Ken Murphy", id="owned-plain-name-is-speaker-directly"),
    pytest.param("The leader of the protesters, Ahmed Said, was detained. The police said he had been released.",
                 "he had been released", "police", id="owned-plain-role-of-people"),
    pytest.param("The wife of the minister, Sarah Lin, said she was proud of him.",
                 "proud of him", "Sarah Lin", id="owned-plain-wife-of-minister"),
]

# The name beside the owner is the owner, or a person the post serves: it is not the post's holder.
OWNED_POSTS_LOOK_ALIKES = [
    pytest.param("The lawyer for the victim, Jane Doe, spoke to reporters outside court. The lawyer said the "
                 "sentence was too lenient.",
                 "sentence was too lenient", {"Jane Doe"}, id="owned-lawyer-for-victim",
                 marks=_KNOWN["owner's name on the post"]),
    pytest.param("A spokesman for the family of Lee Carter, who died in the crash, read a statement. The spokesman "
                 "said the family wanted answers.",
                 "family wanted answers", {"Lee Carter"}, id="owned-spokesman-for-family"),
    pytest.param("The director of the film, a thriller starring Tom Hardy, has not been named. The director said the "
                 "shoot had been hard.",
                 "shoot had been hard", {"Tom Hardy"}, id="owned-director-of-film"),
    pytest.param("The coach of the injured striker, Harry Kane, was not at the training ground. The coach said he "
                 "hoped for a quick return.",
                 "quick return", {"Harry Kane"}, id="owned-coach-of-player"),
    pytest.param("The doctor of the patient, Maria Costa, has been suspended. The doctor said he had followed the "
                 "rules.",
                 "followed the rules", {"Maria Costa"}, id="owned-doctor-of-patient",
                 marks=_KNOWN["owner's name on the post"]),
    pytest.param("The director of Nordvik Energy, Ingrid Dahl, met the director of Baltic Power, Jonas Berg. The "
                 "director said a merger was not planned.",
                 "merger was not planned", {"Ingrid Dahl", "Jonas Berg"}, id="owned-two-directors"),
    pytest.param("The minister for the Cabinet Office, Pat McFadden, met unions. The unions said talks were "
                 "positive.",
                 "talks were positive", {"Pat McFadden"}, id="owned-minister-for-name-org"),
    pytest.param("The head of the family, Gary Pike, died in 2019. His widow said the firm would be sold.",
                 "firm would be sold", {"Gary Pike"}, id="owned-head-of-family-person"),
    pytest.param("A friend of the singer, Adele, said she was recovering well.",
                 "recovering well", {"Adele"}, id="owned-friend-of-star",
                 marks=_KNOWN["owner's name as speaker"]),
    pytest.param("The captain of England, Ben Stokes, was out for 12. The coach said the batting had been poor.",
                 "batting had been poor", {"Ben Stokes"}, id="owned-captain-of-team-later-other"),
]

# Review of spk9: "former" weighed both ways for a sole holder; the one person who speaks takes no post when the
# text gave them another one or a private side; a post marked as another body's ("the other firm", "a rival club",
# "another school's") is not the one holder's.
REVIEW_LOOK_ALIKES = [
    pytest.param("The former director of Acme, Jane Roe, criticised the board. The director said the company had "
                 "moved on.",
                 "company had moved on", {"Jane Roe"}, id="review-former-owned-then-bare"),
    pytest.param("The former mayor of London, Boris Johnson, attended the launch. The mayor said the scheme would cut "
                 "pollution.",
                 "scheme would cut pollution", {"Boris Johnson"}, id="review-former-mayor-then-mayor"),
    pytest.param("The new chief executive of BP, Murray Auchincloss, replaced Bernard Looney. The former chief "
                 "executive said he regretted his conduct.",
                 "regretted his conduct", {"Murray Auchincloss"}, id="review-new-holder-then-former"),
    pytest.param("Headteacher Lisa Ford replaced Colin Best in 2021. The former headteacher said the school had been "
                 "unfairly judged.",
                 "unfairly judged", {"Lisa Ford"}, id="review-former-headteacher"),
    pytest.param("Mother Kerry Jones, 35, said her son had been excluded unfairly. The headteacher said the school's "
                 "policy was clear.",
                 "policy was clear", {"Kerry Jones"}, id="review-mother-speaks-then-headteacher"),
    pytest.param("Councillor Mike Dean called for an inquiry into the force. The chief constable said he welcomed "
                 "scrutiny.",
                 "welcomed scrutiny", {"Mike Dean"}, id="review-councillor-speaks-then-chief-constable"),
    pytest.param("Parent governor Amy Lowe said fees were too high. A headmistress from a nearby school said demand "
                 "was rising.",
                 "demand was rising", {"Amy Lowe"}, id="review-governor-speaks-then-headmistress"),
    pytest.param("Mother Kerry Jones, 35, said her son had been excluded unfairly. The manager said the school's "
                 "policy was clear.",
                 "policy was clear", {"Kerry Jones"}, id="review-mother-speaks-then-manager"),
    pytest.param("Kerry Jones, a parent, said her son had been excluded unfairly. The manager said the school's "
                 "policy was clear.",
                 "policy was clear", {"Kerry Jones"}, id="review-parent-appos-speaks-then-manager"),
    pytest.param("Councillor Mike Dean said an inquiry was needed. The chief executive said he welcomed scrutiny.",
                 "welcomed scrutiny", {"Mike Dean"}, id="review-councillor-speaks-then-chief-executive"),
    pytest.param("Parent governor Amy Lowe said fees were too high. A manager from a nearby school said demand was "
                 "rising.",
                 "demand was rising", {"Amy Lowe"}, id="review-governor-speaks-then-manager"),
    pytest.param("The chief executive of Acme, Jane Roe, welcomed the deal. The chief executive of the other firm said "
                 "it was too early to celebrate.",
                 "too early to celebrate", {"Jane Roe"}, id="review-other-firm"),
    pytest.param("Arsenal manager Mikel Arteta praised his players. The manager of a rival club said the title race "
                 "was over.",
                 "title race was over", {"Mikel Arteta"}, id="another-rival-club"),
    pytest.param("Headteacher Claire Dunn backed the plan. Another school's headteacher said it would cost £40,000.",
                 "cost £40,000", {"Claire Dunn"}, id="another-school-possessive"),
    pytest.param("Chief executive Jane Roe of Acme welcomed the merger. The chief executive of rival Globex said the "
                 "price was too high.",
                 "price was too high", {"Jane Roe"}, id="another-rival-named"),
    pytest.param("Mayor Andy Burnham opened the tram line. The mayor of another city said Manchester had been lucky.",
                 "had been lucky", {"Andy Burnham"}, id="another-city"),
    pytest.param("Manager Steve Cooper was sacked on Sunday. A rival club's manager said the decision was harsh.",
                 "decision was harsh", {"Steve Cooper"}, id="another-rival-possessive"),
    pytest.param("Arsenal manager Mikel Arteta shook hands at full time. The other manager said the referee had been "
                 "poor.",
                 "referee had been poor", {"Mikel Arteta"}, id="another-other-manager"),
    pytest.param("Coach Eddie Jones named his side on Tuesday. The coach of the other team said his players were "
                 "ready.",
                 "players were ready", {"Eddie Jones"}, id="another-other-team"),
    pytest.param("The chairman of Everton, Bill Kenwright, spoke to fans. The chairman of another Premier League club "
                 "said the rules were unfair.",
                 "rules were unfair", {"Bill Kenwright"}, id="another-league-club"),
    pytest.param("Principal Grace Odhiambo said the college was growing. The chief executive of a rival college said "
                 "numbers were falling.",
                 "numbers were falling", {"Grace Odhiambo"}, id="another-sole-speaker",
                 marks=_KNOWN["sole speaker another"]),
    pytest.param("Headteacher Ruth Barker of Elm Primary attended. The headteacher of Ash Grove said her school would "
                 "also close.",
                 "her school would also close", {"Ruth Barker"}, id="review-p19"),
    pytest.param("Chief Constable Lee Freeman of Humberside spoke first. The Cleveland chief constable said his force "
                 "was stretched.",
                 "his force was stretched", {"Lee Freeman"}, id="review-p20"),
    pytest.param("Headmaster John Ash retired last summer. The new headmaster said he would scrap Saturday school.",
                 "scrap Saturday school", {"John Ash"}, id="review-p21"),
    pytest.param("Chief Constable Mark Webster will step down in May. The incoming chief constable said she would "
                 "prioritise rural crime.",
                 "prioritise rural crime", {"Mark Webster"}, id="review-p22"),
]

# The one person who speaks still takes a post the text gives nobody else, or the post it gave them; a post's one
# holder still takes it when "other", "another" or "rival" is elsewhere in the sentence; the reviewer's rows that
# the branch got right and main wrong (the school and police posts are strict xfails since 86ffe05 was reverted).
REVIEW_PROBES = [
    pytest.param("Jane Roe said the company was ready. The chief executive said profits would rise.",
                 "profits would rise", "Jane Roe", id="review-sole-speaker-unnamed-post"),
    pytest.param("Manager Jane Roe said the club was ready. The manager said the squad was fit.",
                 "squad was fit", "Jane Roe", id="review-sole-speaker-own-post"),
    pytest.param("Arsenal manager Mikel Arteta praised his players. The manager said other teams would struggle.",
                 "other teams would struggle", "Mikel Arteta", id="another-in-the-claim"),
    pytest.param("Chief executive Jane Roe unveiled the results. The chief executive said another round of cuts was "
                 "not planned.",
                 "another round of cuts", "Jane Roe", id="another-round-in-claim"),
    pytest.param("Manager Steve Cooper faced the press after the derby. The manager said the rival fans had been "
                 "superb.",
                 "rival fans had been superb", "Steve Cooper", id="another-rival-fans-in-claim"),
    pytest.param("Mayor Andy Burnham met the other mayors in Leeds. The mayor said the north needed more money.",
                 "needed more money", "Andy Burnham", id="another-other-mayors-before"),
    pytest.param("The chief executive of Acme, Jane Roe, met rival bidders. The chief executive said the offer was "
                 "fair.",
                 "offer was fair", "Jane Roe", id="another-rival-bidders-before"),
    pytest.param("Chief executive Claire Dunn, who also chairs another firm, wrote to staff. The chief executive said "
                 "the office would shut early.",
                 "office would shut early", "Claire Dunn", id="another-firm-in-clause"),
    pytest.param("Coach Eddie Jones named his side. The coach said the other side were favourites.",
                 "other side were favourites", "Eddie Jones", id="another-other-side-in-claim"),
    pytest.param("The president of Kenya, William Ruto, met other leaders. The president said trade would grow.",
                 "trade would grow", "William Ruto", id="another-other-leaders-before"),
    pytest.param("The school's Headmaster, Dr Peter Hall, said fees would be frozen.",
                 "fees would be frozen", "Peter Hall", id="review-t13",
                 marks=_KNOWN["not posts"]),
    pytest.param("Former Headmistress of Roedean Frances King said girls' schools still mattered.",
                 "girls' schools still mattered", "Frances King", id="review-t26"),
    pytest.param("The chief executive of Qantas, Vanessa Hudson, apologised to customers. The chief executive said "
                 "refunds would be paid within a week.",
                 "refunds would be paid", "Vanessa Hudson", id="review-o1"),
    pytest.param("The director of the British Museum, Nicholas Cullinan, announced the loan. The director said the "
                 "marbles would stay in London.",
                 "marbles would stay in London", "Nicholas Cullinan", id="review-o2"),
    pytest.param("The manager of Celtic, Brendan Rodgers, was unhappy. The manager said the referee had cost them the "
                 "game.",
                 "referee had cost them", "Brendan Rodgers", id="review-o4"),
    pytest.param("The president of Kenya, William Ruto, arrived in Nairobi. The president said the tax bill would be "
                 "withdrawn.",
                 "tax bill would be withdrawn", "William Ruto", id="review-o7"),
    pytest.param("The coach of the All Blacks, Scott Robertson, named his squad. The coach said two players were "
                 "injured.",
                 "two players were injured", "Scott Robertson", id="review-o8"),
    pytest.param("The spokesman for Ryanair, Declan Kelly, confirmed the cancellations. The spokesman said 40 flights "
                 "were affected.",
                 "40 flights were affected", "Declan Kelly", id="review-o9"),
    pytest.param("The chair of Ofcom, Michael Grade, was questioned by MPs. The chair said the BBC had broken no "
                 "rules.",
                 "broken no rules", "Michael Grade", id="review-o11"),
    pytest.param("Headteacher Alison Grey has written to parents about lateness. The headteacher said the gates would "
                 "now shut at 8.50am.",
                 "gates would now shut", "Alison Grey", id="review-p1",
                 marks=_KNOWN["not posts"]),
    pytest.param("Parents met Nick Hale, the headmaster, on Tuesday evening. The headmaster said uniform rules would "
                 "be relaxed.",
                 "uniform rules would be relaxed", "Nick Hale", id="review-p2",
                 marks=_KNOWN["not posts"]),
    pytest.param("Wycombe Abbey's headmistress, Jo Duncan, addressed the conference. The headmistress said phones had "
                 "no place in classrooms.",
                 "phones had no place", "Jo Duncan", id="review-p3",
                 marks=_KNOWN["not posts"]),
    pytest.param("Chief Constable Gavin Stephens warned of further cuts. The chief constable said 300 posts were at "
                 "risk.",
                 "300 posts were at risk", "Gavin Stephens", id="review-p4",
                 marks=_KNOWN["not posts"]),
    pytest.param("Merseyside's chief constable, Serena Kennedy, visited the scene. The chief constable said the "
                 "shooting was targeted.",
                 "shooting was targeted", "Serena Kennedy", id="review-p5",
                 marks=_KNOWN["not posts"]),
    pytest.param("Assistant Chief Constable Dave Bell led the operation in Sunderland. The assistant chief constable "
                 "said 14 people had been arrested.",
                 "14 people had been arrested", "Dave Bell", id="review-p6",
                 marks=_KNOWN["not posts"]),
    pytest.param("Senior Constable Mia Roberts attended the crash near Ballarat. The constable said the driver had "
                 "been speeding.",
                 "driver had been speeding", "Mia Roberts", id="review-p7",
                 marks=_KNOWN["not posts"]),
    pytest.param("Headmaster Anand Rao of Delhi Public School met the minister. The headmaster said exams would be "
                 "held online.",
                 "exams would be held online", "Anand Rao", id="review-p8",
                 marks=_KNOWN["not posts"]),
    pytest.param("The school's headteacher, Bronwen Hughes, spoke after the flood. The headteacher said classes would "
                 "move to the village hall.",
                 "move to the village hall", "Bronwen Hughes", id="review-p9",
                 marks=_KNOWN["not posts"]),
    pytest.param("Ofsted praised Headmistress Clare Lane's leadership. The headmistress said she was proud of every "
                 "pupil.",
                 "proud of every pupil", "Clare Lane", id="review-p10",
                 marks=_KNOWN["not posts"]),
    pytest.param("Chief Constable Jo Farrell appeared before MSPs. The chief constable said the force needed another "
                 "£30m.",
                 "needed another £30m", "Jo Farrell", id="review-p11",
                 marks=_KNOWN["not posts"]),
    pytest.param("Headteacher Dean Walsh, 44, has been suspended. The headteacher said he would fight to clear his "
                 "name.",
                 "fight to clear his name", "Dean Walsh", id="review-p12",
                 marks=_KNOWN["not posts"]),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), PROBES + FORMER_REVIEWED + POSTS +
                         OWNED_POSTS + REVIEW_PROBES)
def test_speakers_descriptions_probe(extractor, text: str, fragment: str, expected: str):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize(("text", "fragment", "wrong"), LOOK_ALIKES + FORMER_REVIEWED_LOOK_ALIKES +
                         POSTS_LOOK_ALIKES + OWNED_POSTS_LOOK_ALIKES + REVIEW_LOOK_ALIKES)
def test_speakers_descriptions_look_alike_keeps_the_named_one_out(extractor, text: str, fragment: str,
                                                                  wrong: set[str]):
    assert_not_given_to(extractor, text, fragment, wrong)
