"""Speaker probes for "X put it <manner>: <clause>", the idiom that says the clause after the colon is X's words.

Project-written sentences in several outlets' styles (wire, broadsheet, local, business, sport), not taken from
bench/data. "Put it" with only its manner ("bluntly", "another way", "this way"), and after it when, where or to
whom ("on Tuesday", "in Parliament", "to reporters"), before a colon reports what the subject said, as "as X put it"
does of the clause it opens or closes; "put it" with a place, a particle or a figure ("put it on the agenda", "put
it up for sale", "put it at 40,000") is an act, and the clause after the colon is then no words of the subject's.
Rows the code still gets wrong are strict xfails with the cause, so a fix shows up as an unexpected pass.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_not_given_to, assert_spoken_by

PROBES = [
    pytest.param("Maria Lopez, the mayor, put it bluntly: the city cannot afford a second stadium.",
                 "cannot afford a second stadium", "Maria Lopez", id="apposed-role-bluntly"),
    pytest.param("Dr Helen Park, an epidemiologist at Leeds, put it more bluntly: the vaccine works, and the data "
                 "show it.",
                 "the vaccine works", "Helen Park", id="more-bluntly"),
    pytest.param("The harbour master, Ioana Petrescu, put it simply: the port has room for 60 million tonnes.",
                 "port has room", "Ioana Petrescu", id="role-first-simply"),
    pytest.param("Economist Raj Mehta put it another way: households are spending savings they built up during "
                 "the pandemic.",
                 "households are spending savings", "Raj Mehta", id="another-way"),
    pytest.param("Coach Tom Reilly put it succinctly: the team stopped running after half-time.",
                 "stopped running after half-time", "Tom Reilly", id="sport-succinctly"),
    pytest.param("The chief executive of Brightwell Foods, Sam Okafor, put it this way: the company will not raise "
                 "prices again this year.",
                 "will not raise prices again", "Sam Okafor", id="business-this-way"),
    pytest.param("Anna Berg chairs the residents' association. She put it simply: the estate has waited ten years "
                 "for a new roof.",
                 "estate has waited ten years", "Anna Berg", id="pronoun-subject"),
    pytest.param("Union leader Mick Dwyer put it starkly: members will strike if the offer is not improved.",
                 "members will strike", "Mick Dwyer", id="union-starkly"),
    pytest.param("Kenya's finance minister, John Mbadi, put it differently: the debt is large but the country can "
                 "pay it.",
                 "debt is large", "John Mbadi", id="wire-differently"),
    pytest.param("The regulator put it bluntly: water companies have spent too little on sewers for 20 years.",
                 "spent too little on sewers", "regulator", id="body-bluntly"),
    pytest.param("Councillor Priya Shah put it best: the library is the only warm room some families have.",
                 "library is the only warm room", "Priya Shah", id="put-it-best"),
    pytest.param("Maria Lopez, the mayor, put it bluntly: “We cannot afford a second stadium.”",
                 "cannot afford a second stadium", "Maria Lopez", id="quote-after-colon-unchanged"),
]

# A time, place, addressee or occasion after the manner leaves the idiom whole ("put it plainly on Tuesday:").
SETTINGS = [
    pytest.param("The minister put it plainly on Tuesday: the talks with the union are over.",
                 "talks with the union are over", "minister", id="plainly-on-a-day"),
    pytest.param("Dr Amara Okafor put it bluntly in Parliament: the hospital has run out of beds.",
                 "hospital has run out of beds", "Amara Okafor", id="bluntly-in-parliament"),
    pytest.param("Coach Liam Byrne put it simply yesterday: the team stopped running after the break.",
                 "team stopped running", "Liam Byrne", id="simply-yesterday"),
    pytest.param("Governor Kathy Hochul put it bluntly to reporters in Albany: the state cannot pay for the tunnel.",
                 "state cannot pay for the tunnel", "Kathy Hochul", id="to-reporters-in-a-city"),
    pytest.param("The chancellor put it starkly in an interview with the BBC: growth has stalled since the spring.",
                 "growth has stalled", "chancellor", id="in-an-interview"),
    pytest.param("Mayor Sadiq Khan put it more bluntly at a rally on Saturday: the city's buses are running out of "
                 "money.",
                 "buses are running out of money", "Sadiq Khan", id="at-a-rally-on-a-day"),
    pytest.param("Reserve Bank governor Michele Bullock put it carefully on Thursday: inflation is still too high "
                 "for a cut.",
                 "inflation is still too high", "Michele Bullock", id="wire-carefully-on-a-day"),
    pytest.param("The head teacher, Ruth Evans, put it simply last week: the school will not open until the roof "
                 "is fixed.",
                 "school will not open until the roof", "Ruth Evans", id="local-last-week"),
    pytest.param("Rahul Mehta, who runs a tea stall near the station, put it succinctly on Monday: business has "
                 "halved since the flyover closed.",
                 "business has halved", "Rahul Mehta", id="indian-on-a-day"),
    pytest.param("Police Commissioner Andrew Coster put it frankly during the briefing: officers cannot be "
                 "everywhere at once.",
                 "officers cannot be everywhere", "Andrew Coster", id="during-the-briefing"),
    pytest.param("Senator Penny Wong put it bluntly in Canberra: Australia will not sign the deal in its current "
                 "form.",
                 "Australia will not sign the deal", "Penny Wong", id="australian-in-a-city"),
    pytest.param("The club's manager put it honestly after the match: the players were not good enough in the "
                 "second half.",
                 "players were not good enough", "manager", id="sport-after-the-match"),
    pytest.param("The company put it simply on its website: prices will rise by 5% in April.",
                 "prices will rise by 5% in April", "company", id="on-its-website"),
]

# "As X put it" gives the clause it opens or closes to X; no manner is needed.
AS_PUT_IT = [
    pytest.param("As the mayor put it, the city cannot afford a second stadium.",
                 "city cannot afford a second stadium", "mayor", id="as-opening"),
    pytest.param("As one trader put it on Tuesday, the market has already priced in two rate cuts.",
                 "market has already priced in two rate cuts", "trader", id="as-opening-on-a-day"),
    pytest.param("As Fiona Hall, the council leader, put it, the bypass has been promised for thirty years.",
                 "bypass has been promised", "Fiona Hall", id="as-apposed-role"),
    pytest.param("As Mr Sharma put it bluntly, the scheme has helped almost nobody in the district.",
                 "scheme has helped almost nobody", "Sharma", id="as-with-manner"),
    pytest.param("The town has lost its last bank branch, as one shopkeeper put it.",
                 "town has lost its last bank branch", "shopkeeper", id="as-closing"),
    pytest.param("Farmers are being squeezed from both ends, as the union's president put it on Friday.",
                 "Farmers are being squeezed", "president", id="as-closing-on-a-day"),
    pytest.param("The deal is dead in the water, as Senator Chuck Schumer put it.",
                 "deal is dead in the water", "Chuck Schumer", id="as-closing-us"),
    pytest.param("As the prime minister put it in his speech, Britain cannot borrow its way out of trouble.",
                 "Britain cannot borrow its way", "prime minister", id="as-in-his-speech"),
    pytest.param("As Jacinda Ardern put it, the country has to go hard and go early.",
                 "country has to go hard", "Jacinda Ardern", id="as-nz"),
    pytest.param("Rents in the suburb have doubled in five years, as one resident put it bluntly.",
                 "Rents in the suburb have doubled", "resident", id="as-closing-with-manner"),
    pytest.param("As police put it in a statement, the man had been known to officers for years.",
                 "man had been known to officers", "police", id="as-in-a-statement"),
    pytest.param("As I put it in this column last week, the council has lost its way on housing.",
                 "council has lost its way", None, id="as-i-put-it-is-the-author"),
]

# "Put it" as an act: the clause after the colon is a claim, but not the subject's.
LOOK_ALIKES = [
    pytest.param("The farmer put it up for sale: the land had flooded three times in two years.",
                 "land had flooded three times", {"farmer"}, id="put-it-up-for-sale"),
    pytest.param("The board put it to a vote: 60 percent of shareholders backed the takeover.",
                 "60 percent of shareholders backed", {"board"}, id="put-it-to-a-vote"),
    pytest.param("Police put it at 40,000: the march was the largest in the city for a decade.",
                 "march was the largest", {"Police"}, id="put-it-at-a-figure"),
    pytest.param("The company put it into practice last year: staff now work four days a week.",
                 "staff now work four days a week", {"company"}, id="put-it-into-practice"),
    pytest.param("Lena Fischer put it simply, then left the room. The vote had been lost by two.",
                 "vote had been lost by two", {"Lena Fischer"}, id="no-colon-no-words"),
    pytest.param("The chef put it carefully on the shelf: the cake had taken six hours to make.",
                 "cake had taken six hours", {"chef"}, id="manner-then-a-things-place"),
    pytest.param("The board put it to a vote in London: 60 percent of shareholders backed the takeover.",
                 "60 percent of shareholders backed", {"board"}, id="to-a-vote-in-a-city"),
    pytest.param("As the farmer put it up for sale, the land had flooded three times in two years.",
                 "land had flooded three times", {"farmer"}, id="as-put-it-up-for-sale"),
    pytest.param("As the driver put it into reverse, the lorry slid into the ditch near the farm.",
                 "lorry slid into the ditch", {"driver"}, id="as-put-it-into-reverse"),
]

# "Put it" that reports nobody's words, so the clause after the colon is in no claim: an act whose sentence the
# pipeline leaves unclaimed, a comparison that names another speaker, a relative clause that runs the colon's
# sentence on into the main clause, and a question after the colon, which asserts nothing.
NO_WORDS = [
    pytest.param("The council put it on the agenda: residents will vote on the plan in May.",
                 "residents will vote on the plan", id="put-it-on-the-agenda"),
    pytest.param("Ruth Adler put it down to one thing: the weather ruined the harvest.",
                 "weather ruined the harvest", id="put-it-down-to"),
    pytest.param("The museum put it on display: the sword was found in a field near Leicester in 2019.",
                 "sword was found in a field", id="put-it-on-display"),
    pytest.param("Daniel Okoro put the phone down: the talks had failed.",
                 "talks had failed", id="put-the-phone-down"),
    pytest.param("Grace Adjei put it behind her: the club had offered a new contract by March.",
                 "club had offered a new contract", id="put-it-behind-her"),
    pytest.param("Engineers put it back together: the bridge reopened to traffic on Monday.",
                 "bridge reopened to traffic", id="put-it-back-together"),
    pytest.param("Striker Leon Baptiste put the ball past the keeper: the match was level again.",
                 "match was level again", id="put-the-ball-is-not-put-it"),
    pytest.param("Few put it more bluntly than the governor: the state is bankrupt.",
                 "state is bankrupt", id="more-bluntly-than-x"),
    pytest.param("The minister, who put it bluntly: the talks are over, left before questions.",
                 "talks are over", id="put-it-in-a-relative-clause"),
    pytest.param("The coach put it this way: why would we change a winning team?",
                 "change a winning team", id="question-after-the-colon"),
    pytest.param("The council put it on the agenda on Tuesday: residents will vote on the plan in May.",
                 "residents will vote on the plan", id="on-the-agenda-on-a-day"),
    pytest.param("The museum put it on display in Leicester: the sword was found in a field in 2019.",
                 "sword was found in a field", id="on-display-in-a-city"),
    pytest.param("As she put it down on the table, the phone rang for the third time that evening.",
                 "phone rang for the third time", id="as-put-it-down"),
    pytest.param("As the club put it on the market last summer, fans protested outside the stadium.",
                 "fans protested outside the stadium", id="as-put-it-on-the-market"),
    pytest.param("Few put it more bluntly on Tuesday than the governor: the state is bankrupt.",
                 "state is bankrupt", id="more-bluntly-on-a-day-than-x"),
    pytest.param("She put it quickly in the post on Monday: the cheque arrived two days later.",
                 "cheque arrived two days later", id="in-the-post"),
    pytest.param("The nurse put it gently on the bed: the baby had been asleep for an hour.",
                 "baby had been asleep", id="gently-on-the-bed"),
]


# The reviewer's rows (rev_spk8, /tmp/revwork_spk8/putit*.json: the reviewer's own sentences, not labelled data):
# the forms main left unclaimed or to the author that the idiom now gives to the one who put it so.
REVIEWED = [
    pytest.param("The finance minister put it bluntly in parliament on Wednesday: the country cannot afford another "
                 "bailout.", "cannot afford another bailout", "finance minister", id="rev-in-parliament-on-a-day"),
    pytest.param("Angela Rayner put it more starkly at the party conference: the housing market is broken for a "
                 "generation.", "housing market is broken", "Angela Rayner", id="rev-at-the-conference"),
    pytest.param("Boss Eddie Howe put it simply after the match: his side were not good enough.",
                 "were not good enough", "Eddie Howe", id="rev-after-the-match"),
    pytest.param("Councillor Jill Barton put it plainly to residents at the meeting: the library will close unless "
                 "volunteers come forward.", "library will close", "Jill Barton", id="rev-to-residents"),
    pytest.param("As Warren Buffett once put it, only when the tide goes out do you discover who has been swimming "
                 "naked.", "tide goes out", "Warren Buffett", id="rev-as-once-opening"),
    pytest.param("The recovery has been uneven across the regions, as the Bank of England governor put it.",
                 "recovery has been uneven", "Bank of England governor", id="rev-as-closing-role"),
    pytest.param("As Ursula von der Leyen put it, Europe must take more responsibility for its own defence.",
                 "Europe must take more responsibility", "Ursula von der Leyen", id="rev-as-opening-eu"),
    pytest.param("The government has lost control of the borders, as Nigel Farage put it on Tuesday.",
                 "lost control of the borders", "Nigel Farage", id="rev-as-closing-on-a-day"),
    pytest.param("As one City analyst put it, the company has run out of road.",
                 "run out of road", "City analyst", id="rev-as-one-analyst"),
    pytest.param("Finance Minister Nirmala Sitharaman put it clearly in the Lok Sabha: the fiscal deficit target will "
                 "be met.", "fiscal deficit target will be met", "Nirmala Sitharaman", id="rev-in-the-lok-sabha"),
    pytest.param("Chris Luxon put it bluntly to reporters in Wellington: the country is in a fiscal hole.",
                 "in a fiscal hole", "Chris Luxon", id="rev-to-reporters-in-wellington"),
    pytest.param("Prices at the pump will keep rising through the summer, as the AA's fuel spokesman put it.",
                 "will keep rising", "fuel spokesman", id="rev-as-closing-spokesman"),
    pytest.param("Ticket prices have doubled since the spring, as the promoter put it on Twitter on Friday.",
                 "Ticket prices have doubled", "promoter", id="rev-as-on-twitter"),
    pytest.param("The minister put it bluntly on Sky News: the strikes must end this week.",
                 "the strikes must end", "minister", id="rev-on-sky-news"),
    pytest.param("The council put it quietly on its website on Friday: the swimming pool will close in June.",
                 "swimming pool will close", "council", id="rev-on-its-website-on-a-day"),
    pytest.param("Prosecutor Anne Blake put it simply to the jury in her closing speech: the defendant had lied from "
                 "the start.", "had lied from the start", "Anne Blake", id="rev-to-the-jury"),
    pytest.param("Rangers put it politely in a statement: the manager has left by mutual consent.",
                 "left by mutual consent", "Rangers", id="rev-in-a-statement"),
    pytest.param("The scheme is a waste of money, as critics put it on Monday.",
                 "waste of money", "critics", id="rev-as-critics"),
]

# The reviewer's rows the first cut of "as X put it" got wrong. Words imagined for someone ("would have put it",
# "as one might put it"), a saying, a work or everyone ("the old adage", "the song", "they ... in Yorkshire") put
# it for no source: no claim, or the author's own assertion, as on main.
FOR_NO_SOURCE = [
    pytest.param("The town has changed beyond recognition, as my grandmother would have put it.",
                 "changed beyond recognition", id="rev-as-would-have-put-it"),
    pytest.param("As they put it in Yorkshire, there is nowt so queer as folk.", "nowt so queer",
                 id="rev-as-they-put-it-in-a-place"),
    pytest.param("As the old adage puts it, you get what you pay for, and shoppers at the new store seem to agree.",
                 "you get what you pay for", id="rev-as-the-adage-puts-it"),
    pytest.param("As the song puts it, things can only get better.", "things can only get better",
                 id="rev-as-the-song-puts-it"),
    pytest.param("As one might put it, the party has lost the plot.", "lost the plot", id="rev-as-one-might"),
    pytest.param("As you might put it, the club has bottled it again.", "bottled it again", id="rev-as-you-might"),
]

# A figure quoted in passing ("As Churchill put it in 1940") speaks in no one's place: a role the item never names
# ("The prime minister, speaking in Kyiv") stays unnamed rather than going to that figure.
REVIEWED_LOOK_ALIKES = [
    pytest.param("As Churchill put it in 1940, we shall never surrender. The prime minister, speaking in Kyiv on "
                 "Tuesday, said Ukraine would not surrender either.",
                 "Ukraine would not surrender", {"Churchill"}, id="rev-historic-figure-then-a-role"),
    pytest.param("As Margaret Thatcher put it in 1980, the lady is not for turning. The council leader told the "
                 "meeting that she would not turn either.",
                 "she would not turn either", {"Margaret Thatcher"}, id="rev-historic-figure-then-a-local-role"),
    pytest.param("As Keynes put it, in the long run we are all dead. The chancellor said on Tuesday that the long "
                 "run had arrived.", "the long run had arrived", {"Keynes"}, id="rev-economist-then-a-role"),
]

# A text that ends in "put" or "put it <manner>" (a headline, standfirst or feed summary with no full stop) has no
# token after the idiom to read: the extractor must still give main's claims, not fail on the whole article.
ENDS_IN_PUT = [
    pytest.param("Police told residents to stay put", "residents to stay put", "Police", id="ends-in-stay-put"),
    pytest.param("The minister put it bluntly", "put it bluntly", None, id="ends-in-put-it-bluntly"),
]
ENDS_IN_PUT_NO_WORDS = [
    pytest.param("That is how she put it", "how she put it", id="ends-in-how-she-put-it"),
]

@pytest.mark.parametrize(("text", "fragment", "expected"), PROBES + SETTINGS + AS_PUT_IT + REVIEWED + ENDS_IN_PUT)
def test_speakers_put_it_gives_the_words_after_the_colon(extractor, text: str, fragment: str, expected: str | None):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize(("text", "fragment", "wrong"), LOOK_ALIKES + REVIEWED_LOOK_ALIKES)
def test_speakers_put_it_as_an_act_gives_no_words(extractor, text: str, fragment: str, wrong: set[str]):
    """The clause after an act's colon ("put it on the agenda:") is still a claim, but not the subject's: it
    guards against reading every "put it ...:" as the idiom."""
    assert_not_given_to(extractor, text, fragment, wrong)


def test_speakers_put_it_better_than_x_is_not_the_subjects(extractor):
    assert_spoken_by(extractor, "Nobody put it better than the coach: the team played without fear.",
                     "team played without fear", None)


@pytest.mark.parametrize(("text", "fragment"), NO_WORDS + ENDS_IN_PUT_NO_WORDS)
def test_speakers_put_it_gives_no_claim(extractor, text: str, fragment: str):
    claims = [c for c in extractor.extract_text(text).claims if fragment in c.content]
    assert not claims, [(c.speaker, c.content, c.rule) for c in claims]


@pytest.mark.parametrize(("text", "fragment"), FOR_NO_SOURCE)
def test_speakers_put_it_for_no_source_is_nobodys_claim(extractor, text: str, fragment: str):
    claims = [c for c in extractor.extract_text(text).claims if fragment in c.content]
    assert all(c.speaker_type == "AUTHOR" for c in claims), [(c.speaker, c.content, c.rule) for c in claims]
