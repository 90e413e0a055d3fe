"""A description that must choose between people named before: a probe set, one row a claim.

Project-written paragraphs (summits, foreign ministers, football, local councils,
business, courts, science) that name two or more people, each with a post and often a
country or nationality, a team or a body, and then speak of one of them by a description
that carries that evidence ("The Argentine president said", "The Chelsea manager
said"). ``PROBES`` are rows where the evidence fits exactly one of the people named, and
rows with one holder whom the description names another way ("Turkey's President ... The
Turkish president", "Ex-prime minister ... The former prime minister"), as the evidence
only chooses between holders. ``LOOK_ALIKES`` are rows where it fits none of them, or more
than one, or where the description is someone new (a former holder, another country's
leader, the holder's spokesman): no one named may become the speaker. A probe of how
general the rule is, not a label batch: not in bench/data, not scored by the bench.
Rows the code still gets wrong are marked ``xfail(strict=True)`` with the cause.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_not_given_to, assert_spoken_by, strict_xfail


# What the code still gets wrong, by cause.
_KNOWN = {
    "untagged mark": strict_xfail(
        "the model tags no entity for 'Ugandan' in the description, so it carries no mark and "
        "the two foreign ministers named stay nobody's"),
    "unlisted post": strict_xfail(
        "'principal' and 'administrator' are in no list of roles, so the description is read as "
        "a common noun and no title is learnt for them"),
    "plural title": strict_xfail(
        "a plural title before two names ('Co-chairs X and Y') or a post given by a verb ('chair "
        "the panels') is learnt as nobody's post"),
    "mark read as a name": strict_xfail(
        "the model tags 'Ugandan' in the title as a person, so that title carries no mark "
        "and its holder, the one whose title says nothing, takes a third country's"),
    "sole holder": strict_xfail("a description's country, team or body only chooses between two or more holders: "
                                "with one, it is taken, as copy far more often names one post two ways ('Turkey's "
                                "President ... The Turkish president', 'Conservative ... Tory') than names another's"),
    "leader": strict_xfail("'leader' is not known to stand for a prime minister or a president"),
}


# (paragraph, fragment of the claim, the one person meant)
PROBES = [
    # summits and foreign ministers: a nationality or country on both titles
    pytest.param("Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in Brasilia. "
                 "The Argentine president said trade between the neighbours had to grow.",
                 "trade between the neighbours", "Javier Milei", id="nationality-two-presidents-second"),
    pytest.param("Argentine President Javier Milei met Chilean President Gabriel Boric at the border on Monday. The "
                 "Argentine president said the new road would open next year.",
                 "new road would open", "Javier Milei", id="nationality-two-presidents-first"),
    pytest.param("Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo signed the accord "
                 "in Kampala. The Ugandan minister said the border crossing would reopen in May.",
                 "border crossing would reopen", "Jeje Odongo", id="nationality-two-foreign-ministers",
                 marks=_KNOWN["untagged mark"]),
    pytest.param("Polish Prime Minister Donald Tusk and Czech Prime Minister Petr Fiala spoke to reporters in Prague. "
                 "The Czech prime minister said gas stocks were sufficient for the winter.",
                 "gas stocks were sufficient", "Petr Fiala", id="nationality-two-prime-ministers"),
    pytest.param("Indian External Affairs Minister S. Jaishankar held talks with Chinese Foreign Minister Wang Yi in "
                 "Johannesburg. The Chinese foreign minister said both sides wanted calm on the frontier.",
                 "wanted calm on the frontier", "Wang Yi", id="nationality-other-titles"),
    pytest.param("Canada's prime minister, Mark Carney, met Australia's prime minister, Anthony Albanese, in Ottawa. "
                 "The Australian prime minister said the two countries would share critical minerals.",
                 "share critical minerals", "Anthony Albanese", id="nationality-country-possessor-then-adjective"),
    pytest.param("Germany's finance minister, Lars Klingbeil, sat beside France's finance minister, Eric Lombard. The "
                 "French minister said the budget rules would not be loosened.",
                 "budget rules would not be loosened", "Eric Lombard", id="nationality-possessor-finance-ministers"),
    pytest.param("The Dutch defence minister, Ruben Brekelmans, and the Danish defence minister, Troels Lund Poulsen, "
                 "visited the base. The Danish minister said more jets would arrive by June.",
                 "more jets would arrive", "Troels Lund Poulsen", id="nationality-apposed-names"),
    pytest.param("Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung met in Tokyo. Prime "
                 "Minister Ishiba hosted the dinner. The South Korean president said the talks had been frank.",
                 "talks had been frank", "Lee Jae-myung", id="nationality-different-posts"),
    # a post given earlier, two posts in the text
    pytest.param("Prime Minister Nawaf Salam met President Joseph Aoun in Beirut on Tuesday. The prime minister said "
                 "the cabinet would approve the reforms within a week.",
                 "approve the reforms", "Nawaf Salam", id="post-prime-minister-of-two-posts"),
    pytest.param("Prime Minister Nawaf Salam met President Joseph Aoun in Beirut on Tuesday. The president said the "
                 "army would take over the southern border posts.",
                 "army would take over", "Joseph Aoun", id="post-president-of-two-posts"),
    pytest.param("Mayor Denise Ortega and Police Chief Ray Mills spoke after the shooting. The police chief said two "
                 "officers had been wounded.",
                 "two officers had been wounded", "Ray Mills", id="post-local-chief-and-mayor"),
    # teams and bodies the description names
    pytest.param("Arsenal manager Mikel Arteta and Chelsea manager Enzo Maresca shook hands before kick-off. The "
                 "Chelsea manager said his players had looked tired after the Cup tie.",
                 "players had looked tired", "Enzo Maresca", id="team-two-managers-second"),
    pytest.param("Arsenal manager Mikel Arteta and Chelsea manager Enzo Maresca shook hands before kick-off. The "
                 "Arsenal manager said the referee had made the right call.",
                 "referee had made the right call", "Mikel Arteta", id="team-two-managers-first"),
    pytest.param("Rangers manager Philippe Clement faced Celtic manager Brendan Rodgers at Ibrox. The Celtic manager "
                 "said the title race was far from over.",
                 "title race was far from over", "Brendan Rodgers", id="team-scottish-derby"),
    pytest.param("Ferrari team principal Fred Vasseur and Mercedes team principal Toto Wolff were summoned by the "
                 "stewards. The Mercedes team principal said the penalty was fair.",
                 "penalty was fair", "Toto Wolff", id="team-formula-one-principals",
                 marks=_KNOWN["unlisted post"]),
    pytest.param("Unite general secretary Sharon Graham and GMB general secretary Gary Smith met ministers on Monday. "
                 "The Unite general secretary said the offer would be put to members.",
                 "put to members", "Sharon Graham", id="body-two-union-leaders"),
    pytest.param("Barclays chief executive C.S. Venkatakrishnan and HSBC chief executive Georges Elhedery gave "
                 "evidence to MPs. The HSBC chief executive said the bank would keep its branches open.",
                 "keep its branches open", "Georges Elhedery", id="body-two-bank-chiefs"),
    pytest.param("NASA administrator Bill Nelson met ESA director general Josef Aschbacher in Paris. The NASA "
                 "administrator said the lunar station would fly in 2028.",
                 "lunar station would fly", "Bill Nelson", id="body-space-agencies",
                 marks=_KNOWN["unlisted post"]),
    # gender words
    pytest.param("Councillor Mark Dunn and Councillor Helen Shaw chair the two scrutiny panels. The chairwoman said "
                 "the report would be published next week.",
                 "report would be published", "Helen Shaw", id="gender-chairwoman-of-two-councillors",
                 marks=_KNOWN["plural title"]),
    pytest.param("Co-chairs Daniel Reyes and Maria Costa opened the climate talks in Bonn. The chairwoman said a "
                 "deal on adaptation finance was close.",
                 "deal on adaptation finance", "Maria Costa", id="gender-chairwoman-of-two-co-chairs",
                 marks=_KNOWN["plural title"]),
    pytest.param("Senators Mark Kelly and Elissa Slotkin toured the shipyard. The Michigan senator said the navy "
                 "needed more submarines.",
                 "navy needed more submarines", "Elissa Slotkin", id="state-senator-untitled",
                 marks=strict_xfail("the text never gives either senator a state, so 'Michigan' fits neither")),
    pytest.param("Arizona Senator Mark Kelly and Michigan Senator Elissa Slotkin toured the shipyard. The Michigan "
                 "senator said the navy needed more submarines.",
                 "navy needed more submarines", "Elissa Slotkin", id="state-two-senators"),
    pytest.param("Texas Governor Greg Abbott and California Governor Gavin Newsom traded barbs on Friday. The "
                 "California governor said the state would sue.",
                 "state would sue", "Gavin Newsom", id="state-two-governors"),
    pytest.param("Ghana's health minister, Kwabena Mintah Akandoh, and Nigeria's health minister, Muhammad Pate, "
                 "opened the conference in Accra. The Nigerian health minister said vaccine stocks were low.",
                 "vaccine stocks were low", "Muhammad Pate", id="nationality-health-ministers"),
    pytest.param("Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro opened the "
                 "rail link. The Portuguese leader said journeys to Madrid would be halved.",
                 "journeys to Madrid would be halved", "Luis Montenegro", id="nationality-the-leader",
                 marks=_KNOWN["leader"]),
    pytest.param("Liverpool captain Virgil van Dijk and Manchester United captain Bruno Fernandes lifted the trophy "
                 "together for charity. The Liverpool captain said the day had raised 2 million pounds.",
                 "raised 2 million pounds", "Virgil van Dijk", id="team-two-captains"),
]


# review of a9ac7a3 and 27e51e2: one holder named another way; a post word is no mark; former chooses
SOLE_AND_FORMER = [
    pytest.param("Turkey's President Recep Tayyip Erdogan hosted the talks in Istanbul. The Turkish president said a "
                 "ceasefire was within reach.",
                 "ceasefire was within reach", "Recep Tayyip Erdogan", id="sole-holder-country-then-nationality"),
    pytest.param("Conservative leader Kemi Badenoch attacked the budget on Wednesday. The Tory leader said taxes were "
                 "too high.",
                 "taxes were too high", "Kemi Badenoch", id="sole-holder-party-nickname"),
    pytest.param("Ex-prime minister Boris Johnson spoke at a conference in Delhi. The former prime minister said "
                 "Britain should back Ukraine.",
                 "should back Ukraine", "Boris Johnson", id="sole-holder-ex"),
    pytest.param("The treaty was signed by then-President Barack Obama in 2015. The former president said the deal "
                 "had kept the peace.",
                 "kept the peace", "Barack Obama", id="sole-holder-then"),
    pytest.param("Manchester United manager Ruben Amorim was frustrated after the draw. The United manager said his "
                 "side had lacked a cutting edge.",
                 "lacked a cutting edge", "Ruben Amorim", id="shared-word-mark-is-itself"),
    pytest.param("Foreign Minister Wang Yi met Indian officials in Beijing on Tuesday. The Chinese foreign minister "
                 "said both sides wanted calm on the frontier.",
                 "wanted calm on the frontier", "Wang Yi", id="post-word-is-no-mark"),
    pytest.param("The deal was backed by Arsenal manager Mikel Arteta and Chelsea manager Enzo Maresca. The Arsenal "
                 "manager said fans deserved better.",
                 "fans deserved better", "Mikel Arteta", id="title-before-a-name-is-not-the-next-ones"),
    pytest.param("Ex-prime minister Boris Johnson and Prime Minister Keir Starmer attended the service. The "
                 "former prime minister said the loss was felt by all.",
                 "loss was felt", "Boris Johnson", id="former-ex-chooses-of-two"),
    pytest.param("Then-President Barack Obama and President Donald Trump were both at the funeral. The former "
                 "president said the nation had lost a friend.",
                 "lost a friend", "Barack Obama", id="former-then-chooses-of-two"),
]


# (paragraph, fragment, names that must not be the speaker)
LOOK_ALIKES = [
    pytest.param("German Chancellor Friedrich Merz met Italian Prime Minister Giorgia Meloni in Rome. The French "
                 "president said Europe must build its own defence.",
                 "build its own defence", {"Friedrich Merz", "Giorgia Meloni"}, id="nationality-fits-neither"),
    pytest.param("Spanish Prime Minister Pedro Sanchez opened the summit in Seville. The Portuguese prime minister "
                 "said water-sharing talks would resume.",
                 "water-sharing talks would resume", {"Pedro Sanchez"}, id="nationality-contradicts-the-one-holder",
                 marks=_KNOWN["sole holder"]),
    pytest.param("Arsenal manager Mikel Arteta praised his players after the win. The Chelsea manager said the "
                 "result was unfair.",
                 "result was unfair", {"Mikel Arteta"}, id="team-contradicts-the-one-holder",
                 marks=_KNOWN["sole holder"]),
    pytest.param("Arsenal manager Mikel Arteta and Chelsea manager Enzo Maresca shook hands before kick-off. The "
                 "Liverpool manager said the fixture list was too crowded.",
                 "fixture list was too crowded", {"Mikel Arteta", "Enzo Maresca"}, id="team-fits-neither"),
    pytest.param("Kenyan Foreign Minister Musalia Mudavadi and Ugandan Foreign Minister Jeje Odongo signed the accord "
                 "in Kampala. The Tanzanian minister said her country would join later.",
                 "would join later", {"Musalia Mudavadi", "Jeje Odongo"}, id="nationality-third-country",
                 marks=_KNOWN["mark read as a name"]),
    pytest.param("French President Emmanuel Macron met German President Frank-Walter Steinmeier in Berlin. The "
                 "president said the war in Ukraine would dominate the talks.",
                 "would dominate the talks", {"Emmanuel Macron", "Frank-Walter Steinmeier"},
                 id="two-holders-bare-post"),
    pytest.param("French President Emmanuel Macron visited the shipyard at Saint-Nazaire. The former French "
                 "president said the order book had been empty in his day.",
                 "order book had been empty", {"Emmanuel Macron"}, id="former-holder-is-someone-else"),
    pytest.param("Texas Governor Greg Abbott and California Governor Gavin Newsom traded barbs on Friday. The Florida "
                 "governor said both were wrong.",
                 "both were wrong", {"Greg Abbott", "Gavin Newsom"}, id="state-fits-neither"),
    pytest.param("Councillor Mark Dunn chairs the scrutiny panel. The chairwoman of the planning board said the "
                 "report was late.",
                 "report was late", {"Mark Dunn"}, id="gender-contradicts-the-one"),
    pytest.param("Polish Prime Minister Donald Tusk and Czech Prime Minister Petr Fiala spoke in Prague. The Slovak "
                 "prime minister said he would not attend.",
                 "would not attend", {"Donald Tusk", "Petr Fiala"}, id="nationality-neighbour-fits-neither"),
    pytest.param("Barclays chief executive C.S. Venkatakrishnan gave evidence to MPs. The Lloyds chief executive "
                 "said mortgage arrears were rising.",
                 "mortgage arrears were rising", {"Venkatakrishnan"}, id="body-contradicts-the-one-holder",
                 marks=_KNOWN["sole holder"]),
    pytest.param("Rangers manager Philippe Clement faced Celtic manager Brendan Rodgers at Ibrox. The Rangers "
                 "captain said the dressing room was united.",
                 "dressing room was united", {"Philippe Clement", "Brendan Rodgers"}, id="team-right-post-wrong"),
    pytest.param("Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow. The Indian "
                 "ambassador said the visit had gone well.",
                 "visit had gone well", {"Narendra Modi", "Vladimir Putin"}, id="nationality-right-post-other"),
    pytest.param("Arizona Senator Mark Kelly and Michigan Senator Elissa Slotkin toured the shipyard. The Michigan "
                 "governor said the jobs were welcome.",
                 "jobs were welcome", {"Elissa Slotkin", "Mark Kelly"}, id="state-right-other-post"),
    pytest.param("German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris. The president's "
                 "spokeswoman said the meeting had been cordial.",
                 "meeting had been cordial", {"Emmanuel Macron", "Friedrich Merz"}, id="holders-spokeswoman"),
    pytest.param("Ferrari team principal Fred Vasseur and Mercedes team principal Toto Wolff were summoned by the "
                 "stewards. The Red Bull team principal said the rules were unclear.",
                 "rules were unclear", {"Fred Vasseur", "Toto Wolff"}, id="team-third-principal"),
    pytest.param("Japanese Prime Minister Shigeru Ishiba hosted South Korean President Lee Jae-myung in Tokyo. The "
                 "Chinese foreign ministry said the summit was a private matter.",
                 "private matter", {"Shigeru Ishiba", "Lee Jae-myung"}, id="nationality-body-not-a-person"),
    pytest.param("Ghana's health minister, Kwabena Mintah Akandoh, opened the conference in Accra. The Nigerian "
                 "health minister said vaccine stocks were low.",
                 "vaccine stocks were low", {"Kwabena Mintah Akandoh", "Akandoh"},
                 id="nationality-contradicts-possessor-country",
                 marks=_KNOWN["sole holder"]),
    # review of a9ac7a3: a post noun that is an object is no title of the name after it
    pytest.param("It was a good day for the coach John Smith said after the match. The coach said he was proud.",
                 "he was proud", {"John Smith"}, id="object-post-before-speaker"),
    pytest.param("In a letter to the president Trump's critics said the plan was illegal. The president said the plan "
                 "was lawful.",
                 "plan was lawful", {"Trump"}, id="object-post-before-possessor"),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), PROBES + SOLE_AND_FORMER)
def test_speakers_choice_probe(extractor, text: str, fragment: str, expected: str):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize(("text", "fragment", "wrong"), LOOK_ALIKES)
def test_speakers_choice_look_alike_keeps_the_named_out(extractor, text: str, fragment: str, wrong: set[str]):
    assert_not_given_to(extractor, text, fragment, wrong)
