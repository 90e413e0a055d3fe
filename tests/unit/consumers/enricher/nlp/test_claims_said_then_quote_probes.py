"""Probes: "“A,” X said. “B.”": a quotation that stands as its own sentence after its speaker's cue sentence.

The guide's point 3 (bench/data/README.md, decided at stop 55): a cue followed by a full stop closes the quotation
before it, so "“A,” X said. “B.”" is two claims, each X's, and "“A,” X said, “B.”" one. B has no cue of its own
sentence: a reader gives it to the speaker still talking. Near misses the rule must leave alone: the comma form, a
new speaker's cue after B, a question, a scare quote, a title or a slogan inside a sentence of the author's, and a
speaker named only after B. Written for NewsRadar (issue 12), in wire, sport, court, council and business styles.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import claim_with, strict_xfail

@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    pytest.param("“The harbour wall will not survive another winter,” said Ruth Okafor, the port’s engineer. “We have "
                 "asked the ministry for the money three times.”", "another winter", "three times", "Ruth Okafor",
                 id="said-name-apposition"),
    pytest.param("“Our orders fell by a third in March,” the bakery’s owner, Dmitri Volkov, told the council. “Two of "
                 "my staff have already left.”", "a third in March", "already left", "Dmitri Volkov",
                 id="told-the-council"),
    pytest.param("Farmer Gwen Hollis was furious. “The water board cut our supply without warning,” she said. “My "
                 "cattle went two days without a drink.”", "without warning", "two days", "Gwen Hollis",
                 id="pronoun-cue"),
    pytest.param("“We were beaten by a better side,” said coach Pieter Smit. “There is nothing more to it than that.”",
                 "better side", "nothing more", "Pieter Smit", id="sport"),
    pytest.param("“Rents in the city rose 14 per cent last year,” said Laila Hassan, an analyst at Northgate Property. "
                 "“Wages rose by only four per cent.”", "14 per cent", "only four", "Laila Hassan",
                 id="analyst-figures"),
    pytest.param("“The vaccine is safe for children over five,” Dr Amos Kiprono told reporters on Monday. “We have data "
                 "from 40,000 doses.”", "over five", "40,000 doses", "Amos Kiprono",
                 id="told-reporters-on-monday"),
    pytest.param("“I did not sign that contract,” the former mayor, Elena Brandt, said. “My deputy signed it while I "
                 "was abroad.”", "that contract", "while I was abroad", "Elena Brandt",
                 id="court"),
    pytest.param("“The line will reopen on Sunday,” a spokeswoman for Metro Rail said. “Engineers are replacing two "
                 "hundred metres of track.”", "reopen on Sunday", "two hundred metres", "spokeswoman",
                 id="unnamed-spokeswoman"),
])
def test_a_quote_standing_after_its_speakers_cue_sentence_is_a_second_claim_of_theirs(
        extractor, text, first, second, speaker):
    c = claim_with(extractor.extract_text(text), second)
    assert first not in c.content, c.content
    assert speaker in (c.speaker_resolved or c.speaker or ""), (c.speaker, c.resolution)


def test_a_quote_resumed_after_a_comma_stays_one_claim(extractor):
    text = "“The plan,” said Mayor Ines Duarte, “was never costed by anyone in the department.”"
    c = claim_with(extractor.extract_text(text), "never costed")
    assert "The plan" in c.content and c.speaker_resolved == "Ines Duarte"


def test_a_quote_with_its_own_cue_after_it_is_the_new_speakers(extractor):
    text = ("“The strike will go ahead,” said union leader Tom Barker. “We have made our final offer,” said the chief "
            "executive, Nina Holt.")
    assert claim_with(extractor.extract_text(text), "final offer").speaker_resolved == "Nina Holt"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    pytest.param("“We need the bridge by 2027,” said councillor Ada Mensah. “Who will pay for the bridge, then?”",
                 "Who will pay", "Ada Mensah", id="question"),
    pytest.param("“The budget is balanced,” said treasurer Omar Said. Critics called the figures “creative”.",
                 "creative", "Omar Said", id="scare-quote"),
    pytest.param("“We will open on time,” said director Hana Ito. “Hamlet at the Harbour” opens on Friday.",
                 "Hamlet at the Harbour", "Hana Ito", id="title"),
    pytest.param("“No new taxes, not one,” said candidate Lee Brennan. “Build the wall now” chants rang out from the "
                 "back of the hall.", "Build the wall", "Lee Brennan", id="slogan"),
    pytest.param("“Prices will fall next year,” said economist Ravi Menon. “Nonsense from start to finish.” That was "
                 "the reply of his rival, Clara Voss.", "Nonsense", "Ravi Menon",
                 marks=strict_xfail("a speaker named only in the sentence after the quote is not read"),
                 id="speaker-named-after"),
])
def test_quoted_words_after_a_cue_sentence_that_are_not_the_speakers_go_on_no_claim_of_theirs(
        extractor, text, fragment, speaker):
    claims = extractor.extract_text(text).claims
    assert not [c for c in claims if fragment in c.content and speaker in (c.speaker_resolved or "")], \
        [(c.content, c.speaker_resolved) for c in claims]


# The review's rows (stop 58): own rows and unlabelled corpus text (checked by guid, url and slug against every
# bench/data/*.jsonl), expected as an editor marks them under the guide's point 3. Near misses here are quotes the
# author's sentence goes on after (titles, headlines, lyrics), a quote whose owner is named only in the next sentence,
# and corpus paragraphs with no such pattern that must keep their claims as they are.

SAID_THEN_QUOTE_REVIEW = [
    # own; main F, branch P, mend P
    pytest.param('“The plant will close in June,” said the works manager, Olu Bankole, adding that 300 jobs would go. “We tried every buyer in Europe.”',
                 [('close in June', 'Bankole'), ('300 jobs', 'Bankole'), ('every buyer', 'Bankole')],
                 [], id='adding-then-quote'),
    # own; main F, branch P, mend P
    pytest.param('“Turnout was the lowest since 1998,” the returning officer, Sara Lind, said, noting that rain fell all day. “Many polling stations were empty by noon.”',
                 [('lowest since 1998', 'Sara Lind'), ('rain fell', 'Sara Lind'), ('empty by noon', 'Sara Lind')],
                 [], id='noting-then-quote'),
    # own; main F, branch F, mend F
    pytest.param('“The dam held,” said engineer Piet Moyo. “The spillway did not.” “We lost two villages to the water.”',
                 [('The dam held', 'Piet Moyo'), ('spillway did not', 'Piet Moyo'), ('two villages', 'Piet Moyo')],
                 [], id='three-standing-quotes'),
    # own; main F, branch P, mend P
    pytest.param('“Our schools are short of 400 teachers,” the education minister, Ruth Adeyemi, said on Tuesday. “Recruitment starts next month.”',
                 [('400 teachers', 'Ruth Adeyemi'), ('Recruitment starts', 'Ruth Adeyemi')],
                 [], id='said-on-tuesday'),
    # own; main F, branch F, mend F
    pytest.param('“We will win this seat,” said candidate Mara Quinn. “Not a chance.” Her rival, Ray Doyle, laughed at the idea.',
                 [('win this seat', 'Mara Quinn')],
                 [('Not a chance', 'Mara Quinn')], id='reply-next-sentence', marks=strict_xfail("a quote whose owner is named only in the next sentence is taken as the cue speaker's")),
    # own; main P, branch P, mend P
    pytest.param('“We will win this seat,” said candidate Mara Quinn. “You will lose it by twenty votes,” her rival, Ray Doyle, shot back.',
                 [('win this seat', 'Mara Quinn'), ('twenty votes', 'Ray Doyle')],
                 [], id='reply-own-cue'),
    # own; main P, branch P, mend P
    pytest.param('“The audit is damning,” said MP Kate Lyle. “Failures at every level of the trust,” the auditors wrote.',
                 [('audit is damning', 'Kate Lyle'), ('every level', 'auditors')],
                 [], id='quoted-document'),
    # own; main F, branch P, mend P
    pytest.param('“It is a song about my father,” the singer, Ana Vos, said. “Hold on, the night is young” is its opening line.',
                 [('song about my father', 'Ana Vos')],
                 [('Hold on', 'Ana Vos')], id='lyric-line'),
    # own; main F, branch F, mend P
    pytest.param('“We stand by every word,” the editor, Tim Lowe, said. “Minister lied!” ran the front page the next morning.',
                 [('every word', 'Tim Lowe')],
                 [('Minister lied', 'Tim Lowe')], id='headline-bang'),
    # own; main F, branch F, mend P
    pytest.param('“We are thrilled to be back,” said director Hana Ito. “Hello, Dolly!” opens at the Lyric on Friday.',
                 [('thrilled to be back', 'Hana Ito')],
                 [('Hello, Dolly', 'Hana Ito')], id='title-bang'),
    # own; main P, branch P, mend P
    pytest.param('“I will not resign,” said the mayor, Lou Park. “Out, out, out!” rang round the hall as she sat down.',
                 [('will not resign', 'Lou Park')],
                 [('Out, out', 'Lou Park')], id='slogan-bang-rang'),
    # own; main F, branch P, mend P
    pytest.param('“I wrote it in a month,” said the novelist Jo Marsh. “The Glass Orchard” is her fourth book.',
                 [('in a month', 'Jo Marsh')],
                 [('Glass Orchard', 'Jo Marsh')], id='title-plain'),
    # own; main P, branch P, mend P
    pytest.param('“The fund,” said treasurer Omar Said, “is empty until April.”',
                 [('empty until April', 'Omar Said')],
                 [], id='comma-form'),
    # own; main P, branch P, mend P
    pytest.param('“We need the bypass by 2028,” said councillor Ada Mensah. “Who else will pay for it?”',
                 [('bypass by 2028', 'Ada Mensah')],
                 [('Who else will pay', 'Ada Mensah')], id='question-after'),
    # own; main P, branch P, mend P
    pytest.param('“The bridge is safe,” said the county engineer, Lars Holm.\n\n“It is not safe,” said resident Mia Kerr, who crosses it daily.',
                 [('bridge is safe', 'Lars Holm'), ('It is not safe', 'Mia Kerr')],
                 [], id='new-para-other-speaker'),
    # corpus guardian-uk-network-front.xml manchester-united-live; main P, branch P, mend P
    pytest.param('Louis van Gaal - laconic but laid-back - speaks! And he’s asked whether he’s looking for a bit more creativity and verve. Cue highly amused smile. “Also. Not only that, but also.” Then to team matters. “Juan Mata has played all the games, so he needed a rest.”',
                 [],
                 [('Juan Mata', 'asked')], id='corpus-vangaal-liveblog'),
    # own; main F, branch F, mend P
    pytest.param('“The club owes us three months’ wages,” said the striker, Kofi Asante. “We will keep playing, but for how long…” He shrugged and walked to the bus.',
                 [('three months', 'Kofi Asante'), ('keep playing', 'Kofi Asante')],
                 [], id='ellipsis-end-then-narration'),
    # own; main F, branch P, mend P
    pytest.param('“The ferry is unsafe,” said the harbourmaster, Nell Rowe. “Its lifeboats have not been tested since 2019”. The operator disputes this.',
                 [('ferry is unsafe', 'Nell Rowe'), ('lifeboats', 'Nell Rowe')],
                 [], id='british-stop-outside'),
    # own; main F, branch F, mend P
    pytest.param('“We asked for a meeting in May,” said the tenants’ leader, Bea Quist. “They promised us an answer by —” She stopped and laughed.',
                 [('meeting in May', 'Bea Quist'), ('promised us', 'Bea Quist')],
                 [], id='dash-cut-off'),
    # own; main F, branch F, mend F
    pytest.param('“We stand by every word,” the editor, Tim Lowe, said. “Minister lied.” That was the front page the next morning.',
                 [('every word', 'Tim Lowe')],
                 [('Minister lied', 'Tim Lowe')], id='headline-stop-narration', marks=strict_xfail("a quote whose owner is named only in the next sentence is taken as the cue speaker's")),
    # corpus guardian-truncated-fragment.xml sketchwriter-john-crace; main P, branch P, mend P
    pytest.param('“It’s all about the new Gucci, isn’t it?” Since I don’t have a clue what the old Gucci is, I decide to keep my mouth shut. Top male model David Gandy does not have the luxury of silence. As an ambassador – Our Man in Dolce & Gabbana – for the clunkily named London Collections Men, the bloke’s equivalent of London fashion week, he’s obliged to answer any question that comes along.',
                 [],
                 [('new Gucci', 'David Gandy')], id='corpus-gucci-opening-question'),
    # corpus guardian-truncated-fragment.xml eastenders-wedding; main P, branch P, mend P
    pytest.param('“It’s a new year, it’s a new start. Everything’s going to be cushty.” With those words, lovely jubbly EastEnders landlord Mick Carter jinxed his long-awaited wedding day.',
                 [],
                 [('cushty', '')], id='corpus-eastenders-speaker-after'),
    # corpus guardian-truncated-fragment.xml eastenders-wedding; main P, branch P, mend P
    pytest.param('A big wedding is just what EastEnders was crying out for after a traditionally miserable Christmas. Ronnie accidentally had Fatboy killed off in a car boot, evil Dean attacked Roxy, and even Kat’s comeback couldn’t lighten the mood. “’Appy Christmas, you old slapper!” she cried at a struggling Stacey. Where Kat leads, Alfie follows: he bumbled in pretending to be OK, despite being on the run from the doctors who want to examine his brain.',
                 [],
                 [], id='corpus-kat-cried'),
    # corpus guardian-truncated-fragment.xml ethiopian-refugee; main P, branch P, mend P
    pytest.param('The Anuak have an intimate relationship with their landscape. Their highest traditional authority is a spiritual leader called the wat-ngomi , who must sanction any human intervention in nature. Some trees are deemed sacred and cannot be cut down. Spirits live in certain sites and even the boundaries of their territory are inscribed with religious meaning. Everyone knows where the land of one community ends and that of another begins. This intimacy is reflected in their language: “How are you?” in the Anuak language is piny bede nidi , which literally translates as “how is the earth?” The reply is piny ber jak (“the earth is fine”) or piny rac (“the earth is bad”).',
                 [],
                 [('How are you', '')], id='corpus-anuak-translations'),
    # corpus guardian-truncated-fragment.xml zac-goldsmiths-2-for-1; main P, branch P, mend P
    pytest.param('This foregone conclusion was announced as part of a bunch of measures Goldsmith and David Cameron say will produce 10,000 new “affordable” dwellings on top of 50,000 the prime minister claims other policies will generate in London. Under a joint byline in the Evening Standard the pair were explicit about their motive: “Our mission for 2016 is to help Londoners of all incomes find a foothold on the housing ladder.” They described their approach as “radical”. Might it also be “ divisive ”? Does it have anything going for it at all?',
                 [('Our mission for 2016', 'Goldsmith')],
                 [], id='corpus-goldsmith-byline-scare'),
    # corpus guardian-us-front.xml 990s-teenager; main P, branch P, mend P
    pytest.param('I began the 1990s doing something very specific at a disco on a highly anticipated end of primary school camp in Cornwall. Wearing leggings and an oversized, DayGlo T-shirt, I was singing Colour Me Badd. “Ooooooooh … I Wanna Sex You Up!”',
                 [],
                 [('Sex You Up', '')], id='corpus-lyric-colour-me-badd'),
    # corpus koreatimes-news.xml 333295; main P, branch P, mend P
    pytest.param('A small farming village in Changwon, South Gyeongsang Province, is seeing a sharp increase in the number of visitors after a large hackberry tree there appeared recently in the hit series, “Extraordinary Attorney Woo.” The 500-year-old tree was featured in episodes 7 and 8 last week, where a fictional village called Sodeok-dong faces damage due to a road construction plan that bisects the hamlet and requires the tree to be cut down.',
                 [],
                 [('Extraordinary Attorney Woo', '')], id='corpus-title-attorney-woo'),
    # corpus koreatimes-news.xml 333273; main P, branch P, mend P
    pytest.param('It was 1995 when Nam June Paik (1932-2006) flooded a small, centuries-old baroque church tucked away on the outskirts of Munster, Germany, with a kaleidoscopic laser projection - birthing the installation titled “Baroque Laser.” With all the windows closed, the dark, enclosed chapel and its domed roof became a playground for the visionary creator to explore the potential of lasers as an artistic medium used for projecting 3D images, almost like a spectral hologram - an inconceivable pursuit at the time.',
                 [],
                 [('Baroque Laser', '')], id='corpus-title-baroque-laser'),
]


# Stop 59's rows (own words): quotations closed one after another with only space between, after a cue sentence or
# after a cue's colon. Under the guide's point 3 each closed quotation is a claim of its own, the speaker's going on,
# unless it has a cue of its own or is a title in the author's sentence; one quotation holding two sentences stays one.
CLOSED_QUOTES_EACH_A_CLAIM = [
    pytest.param('“The ferry is late again,” said commuter Jo Hart. “It was late on Monday.” “It will be late tomorrow.”',
                 [('late again', 'Jo Hart'), ('late on Monday', 'Jo Hart'), ('late tomorrow', 'Jo Hart')],
                 [], id='each-closed-commuter'),
    pytest.param('“We cut 40 jobs,” the chief executive, Ines Roa, told staff. “Nobody else will go this year.” “The plant stays open.”',
                 [('40 jobs', 'Ines Roa'), ('Nobody else', 'Ines Roa'), ('plant stays open', 'Ines Roa')],
                 [], id='each-closed-told-staff'),
    pytest.param('Nurse Kay Obi was tired. “We worked a double shift,” she said. “Two of us were on the ward.” “The third called in sick.”',
                 [('double shift', 'Kay Obi'), ('Two of us', 'Kay Obi'), ('called in sick', 'Kay Obi')],
                 [], id='each-closed-pronoun-cue'),
    pytest.param('“Rain stopped play,” said umpire Dev Patel. “The pitch was flooded by noon.” “The covers leaked at both ends.” “We had no choice but to abandon.”',
                 [('Rain stopped', 'Dev Patel'), ('flooded by noon', 'Dev Patel'), ('covers leaked', 'Dev Patel'),
                  ('no choice', 'Dev Patel')],
                 [], id='each-closed-four-quotes'),
    pytest.param('“The strike is on,” said union leader Tom Barker. “Pay has been frozen for years.” “We will talk on Friday,” said the chief executive, Nina Holt.',
                 [('strike is on', 'Tom Barker'), ('frozen for years', 'Tom Barker'), ('talk on Friday', 'Nina Holt')],
                 [], id='each-closed-last-has-own-cue'),
    pytest.param('“I wrote it in a month,” said the novelist Jo Marsh. “It rained every single day.” “The Glass Orchard” is her fourth book.',
                 [('in a month', 'Jo Marsh'), ('rained every single day', 'Jo Marsh')],
                 [('Glass Orchard', 'Jo Marsh')], id='each-closed-then-title'),
    pytest.param('“The fund,” said treasurer Omar Said, “is empty until April.” “Salaries are paid from reserves.”',
                 [('empty until April', 'Omar Said'), ('from reserves', 'Omar Said')],
                 [], id='each-closed-after-comma-form'),
    pytest.param('The mayor, Lou Park, said: “The pool will reopen in May.” “The gym follows in June.”',
                 [('reopen in May', 'Lou Park'), ('gym follows', 'Lou Park')],
                 [], id='each-closed-after-colon'),
    # near misses main already gets right: one quotation of two sentences, and a question after the standing quote
    pytest.param('“The ferry is late again,” said commuter Jo Hart. “It was late on Monday. It will be late tomorrow.”',
                 [('late again', 'Jo Hart'), ('late on Monday. It will be late tomorrow', 'Jo Hart')],
                 [], id='one-quotation-two-sentences'),
    pytest.param('“We need the bridge by 2027,” said councillor Ada Mensah. “It was promised in 2019.” “Who will pay for it now?”',
                 [('bridge by 2027', 'Ada Mensah'), ('promised in 2019', 'Ada Mensah')],
                 [('Who will pay', '')], id='each-closed-then-question'),
]


# Stop 59's rows (own words): a standing quotation after a cue sentence whose owner the next sentence names ("That was
# the verdict of ...", "So said ...", "The reply came from ...", a reaction) is not the cue speaker's but the one named,
# or no one's when the next sentence names none (a banner); near misses are a next sentence naming someone who did not
# speak, or the speaker himself, where the quote stays the speaker's.
_NAMED_NEXT = "a standing quote whose owner the next sentence names is given to the cue sentence's speaker"
OWNER_NAMED_NEXT = [
    pytest.param('“The budget adds up,” said treasurer Omar Said. “It is a work of fiction.” That was the verdict of his opponent, Clara Voss.',
                 [('adds up', 'Omar Said'), ('work of fiction', 'Clara Voss')],
                 [('work of fiction', 'Omar Said')], id='next-verdict-of', marks=strict_xfail(_NAMED_NEXT)),
    pytest.param('“Our trains run on time,” said the rail boss, Ian Pole. “Ninety minutes late, every day this week.” So said commuter Beth Nye, waiting at Crewe.',
                 [('run on time', 'Ian Pole'), ('Ninety minutes', 'Beth Nye')],
                 [('Ninety minutes', 'Ian Pole')], id='next-so-said', marks=strict_xfail(_NAMED_NEXT)),
    pytest.param('“The mine is safe,” the company’s director, Ade Bello, said. “Close it before someone dies.” Those were the words of the miners’ leader, Sam Orji.',
                 [('mine is safe', 'Ade Bello'), ('Close it', 'Sam Orji')],
                 [('Close it', 'Ade Bello')], id='next-words-of', marks=strict_xfail(_NAMED_NEXT)),
    pytest.param('“The river is clean,” said the water company’s chief, Lee Shaw. “Tell that to the fish in it.” The reply came from angler Bob Tait.',
                 [('river is clean', 'Lee Shaw'), ('fish in it', 'Bob Tait')],
                 [('fish in it', 'Lee Shaw')], id='next-reply-came-from', marks=strict_xfail(_NAMED_NEXT)),
    pytest.param('“Prices will fall next year,” said economist Ravi Menon. “They have never fallen in my lifetime.” Shopkeeper Ann Bell disagreed.',
                 [('fall next year', 'Ravi Menon'), ('never fallen', 'Ann Bell')],
                 [('never fallen', 'Ravi Menon')], id='next-disagreed', marks=strict_xfail(_NAMED_NEXT)),
    pytest.param('“The school will stay open,” said the head teacher, Rose Lang. “Save our school.” The parents’ banner hung from the gates.',
                 [('stay open', 'Rose Lang')],
                 [('Save our school', 'Rose Lang')], id='next-banner-no-one', marks=strict_xfail(_NAMED_NEXT)),
    # near misses main gets right: the next sentence names someone who did not speak, or the speaker again
    pytest.param('“The budget adds up,” said treasurer Omar Said. “Every line has been checked twice.” Clara Voss was not at the meeting.',
                 [('adds up', 'Omar Said'), ('checked twice', 'Omar Said')],
                 [('checked twice', 'Clara Voss')], id='next-names-an-absentee'),
    pytest.param('“We will rebuild,” said the farmer, Tom Ode. “The barn goes up first.” He lost forty cows in the fire.',
                 [('We will rebuild', 'Tom Ode'), ('barn goes up', 'Tom Ode')],
                 [], id='next-narrates-the-speaker'),
    pytest.param('“The pay offer is fair,” said the minister, Ada Kerr. “Nurses deserve more and they will get it.” Union leader Pat Bree met her on Monday.',
                 [('offer is fair', 'Ada Kerr'), ('Nurses deserve more', 'Ada Kerr')],
                 [('Nurses deserve more', 'Pat Bree')], id='next-names-a-listener'),
    pytest.param('“The plan is costed,” said the mayor, Lou Park. “Every penny of it is accounted for.” Park has led the council since 2019.',
                 [('plan is costed', 'Lou Park'), ('Every penny', 'Lou Park')],
                 [], id='next-names-the-speaker-again'),
]


# The stop-59 review's rows of `follow59` (the reviewer's own words and unlabelled corpus items): two closed
# quotations in a row are two claims; a quotation broken off on an ellipsis and gone on in lowercase is one.
REVIEW_CLOSED_QUOTES = [
    # two closed quotations in a row are two claims (one speaker, or the second with its own cue)
    pytest.param('“The bridge is closed,” said the engineer, Maya Lund. “Cracks were found on Monday.” “Repairs will take a year.”',
                 [('bridge is closed', 'Maya Lund'), ('Cracks were found', 'Maya Lund'), ('Repairs will take', 'Maya Lund')],
                 [], id='own-three-engineer'),
    pytest.param('“We will appeal,” the lawyer, Ben Ochieng, told reporters. “The judge ignored the evidence!” “Our client is innocent.”',
                 [('will appeal', 'Ben Ochieng'), ('judge ignored', 'Ben Ochieng'), ('client is innocent', 'Ben Ochieng')],
                 [], id='own-bang-lawyer'),
    pytest.param('“The vote was rigged,” said candidate Omar Farah. “We demand a recount.” “There will be no recount,” the election chief, Ruth Dale, replied.',
                 [('vote was rigged', 'Omar Farah'), ('demand a recount', 'Omar Farah'), ('no recount', 'Ruth Dale')],
                 [], id='own-new-speaker-replied'),
    pytest.param('The coach, Ana Reyes, told the press: “We were poor today.” “Nobody played well, me included.”',
                 [('poor today', 'Ana Reyes'), ('Nobody played well', 'Ana Reyes')],
                 [], id='own-colon-told-press'),
    pytest.param('Farmer Li Wei lost his whole crop. “The hail came at night,” he said. “The wheat is flattened.” “We start again in spring.”',
                 [('hail came', 'Li Wei'), ('wheat is flattened', 'Li Wei'), ('start again in spring', 'Li Wei')],
                 [], id='own-pronoun-farmer', marks=strict_xfail("the pronoun cue after 'Farmer Li Wei lost his whole crop.' is not resolved (main too)")),
    pytest.param('“Taxes go up in April,” the finance minister, Ravi Das, said. “It cannot be avoided.” “It can, and it must,” said opposition leader Mia Holt.',
                 [('Taxes go up', 'Ravi Das'), ('cannot be avoided', 'Ravi Das'), ('It can, and it must', 'Mia Holt')],
                 [], id='own-new-speaker-said-after'),
    pytest.param('“Also. Not only that, but also,” said Louis van Gaal. “Juan Mata has played all the games, so he needed a rest.” “But I like speed on the wings, so I have chosen Herrera.”',
                 [('Not only that', 'Louis van Gaal'), ('Juan Mata has played', 'Louis van Gaal'), ('chosen Herrera', 'Louis van Gaal')],
                 [], id='corpus-vangaal-three'),
    pytest.param('“We’ve been very close but far away in terms of results,” said Steve McClaren. “I think tonight it’s very important to play football.” “If we let United dominate, we’re in trouble.”',
                 [('very close but far away', 'Steve McClaren'), ('important to play football', 'Steve McClaren'), ('United dominate', 'Steve McClaren')],
                 [], id='corpus-mcclaren-three'),
    pytest.param('“Juan Mata has played all the games,” Louis van Gaal told reporters. “He needed a rest.” “I have chosen Herrera.”',
                 [('Juan Mata', 'Louis van Gaal'), ('needed a rest', 'Louis van Gaal'), ('chosen Herrera', 'Louis van Gaal')],
                 [], id='corpus-vangaal-told'),
    pytest.param('“We kept the ball, we kept possession,” said Steve McClaren. “This is the same team we put out against Arsenal.” “But first we have to win, and that’s not so easy,” said Louis van Gaal.',
                 [('kept possession', 'Steve McClaren'), ('same team', 'Steve McClaren'), ('first we have to win', 'Louis van Gaal')],
                 [], id='corpus-mcclaren-vangaal'),
    pytest.param('Landlord Mick Carter told his guests: “It’s a new year, it’s a new start.” “Everything’s going to be cushty.”',
                 [('new year', 'Mick Carter'), ('cushty', 'Mick Carter')],
                 [], id='corpus-carter-colon'),
    pytest.param('“Our mission for 2016 is to help Londoners of all incomes find a foothold on the housing ladder,” David Cameron wrote in the Evening Standard. “It will produce 10,000 new affordable dwellings.” “Our approach is radical.”',
                 [('foothold on the housing ladder', 'David Cameron'), ('10,000 new', 'David Cameron'), ('approach is radical', 'David Cameron')],
                 [], id='corpus-cameron-wrote'),
    # near misses: joining is right or harmless (ellipsis, continuation, question, nested, transcript, headline, slogans, '!' in a sentence)
    pytest.param('The captain, Joe Root, told the crowd: “We will win.” “And we will win again.”',
                 [('win again', 'Joe Root')],
                 [], id='near-split-no-cue-and'),
    pytest.param('“The plan is dead.” “We start again on Monday,” said the mayor, Lou Park.',
                 [('start again on Monday', 'Lou Park')],
                 [], id='near-quote-first-cue-after-second'),
    pytest.param('“We won!” “We actually won!” screamed captain Leah Moss as the whistle blew.',
                 [('actually won', 'Leah Moss')],
                 [], id='near-bang-then-cue-after'),
    pytest.param('Union leader Tom Barker said: “The talks were going well...” “until the minister walked out and slammed the door.”',
                 [('going well... until the minister', 'Tom Barker')],
                 [], id='near-ascii-ellipsis'),
    pytest.param('“We gave everything,” said the goalkeeper, Sam Kerr. “We tried...” “we really tried, but the rain beat us.”',
                 [('gave everything', 'Sam Kerr'), ('We tried... we really tried', 'Sam Kerr')],
                 [], id='near-ellipsis-after-cue-sentence'),
    pytest.param('The mayor, Lou Park, said: “Can the city afford it?” “Yes, and work starts in May.”',
                 [('work starts in May', 'Lou Park')],
                 [], id='near-question-then-answer', marks=strict_xfail('the answer after a quoted question is dropped (main too)')),
    pytest.param('“He told me ‘Leave now.’ ‘Don’t come back.’ So I left,” said the witness, Ana Diaz.',
                 [('So I left', 'Ana Diaz')],
                 [], id='near-quote-in-quote'),
    pytest.param('MARSH: “We will not resign.” “The board backs us.” REPORTER: “Are you sure of that?”',
                 [],
                 [('Are you sure', '')], id='near-transcript'),
    pytest.param('“Enough is enough.” “We strike on Monday.”\n\nUnion leader Sam Orji told members on Friday that the walkout at the pit would go ahead.',
                 [('walkout', 'Sam Orji')],
                 [('Enough is enough', 'Sam Orji')], id='near-headline-quote'),
    pytest.param('A fallen banner on the church\'s front steps read "STOP COLONIZING OUR LAND," while graffiti on the sidewalk formed phrases such as "Land Back," "USA" and "Stolen Land."',
                 [],
                 [('Land Back', ''), ('Stolen Land', '')], id='corpus-slogans'),
    pytest.param('Outside the hospital, nurses chanted “No more cuts!” “Save our wards!” “Pay us properly!” for an hour.',
                 [],
                 [('Save our wards', '')], id='own-chanted-slogans'),
    pytest.param('Race director Amy Fox raised the flag. “Ready!” “Go!” she shouted, and 400 runners set off.',
                 [],
                 [('Ready', '')], id='near-go-shouted'),
    pytest.param('Union leader Sam Orji called the offer “an insult.” “It is,” he added, “a betrayal of every worker in this town.”',
                 [('betrayal of every worker', 'Sam Orji')],
                 [('an insult', 'Ahmed')], id='near-dot-then-comma-continuation'),
    pytest.param('“Mata needed a rest,” said Louis van Gaal. “Is it a crazy football world?” “But first we have to win, and that’s not so easy, as you know.”',
                 [('Mata needed a rest', 'Louis van Gaal'), ('first we have to win', 'Louis van Gaal')],
                 [], id='corpus-vangaal-question-answer'),
    pytest.param('Wearing leggings and an oversized, DayGlo T-shirt, I was singing Colour Me Badd. “Ooooooooh …” “I Wanna Sex You Up!”',
                 [],
                 [('Wanna', '')], id='corpus-ellipsis-song'),
    pytest.param('“It’s a new year, it’s a new start.” “Everything’s going to be cushty,” said landlord Mick Carter.',
                 [('cushty', 'Mick Carter')],
                 [], id='corpus-cushty-quote-first'),
]


@pytest.mark.parametrize(("text", "claims", "not_claims"), SAID_THEN_QUOTE_REVIEW + CLOSED_QUOTES_EACH_A_CLAIM
                         + OWNER_NAMED_NEXT + REVIEW_CLOSED_QUOTES)
def test_said_then_quote_review_rows(extractor, text, claims, not_claims):
    """Each (fragment, speaker) of ``claims`` is in exactly one claim, of that speaker, holding no other listed fragment;
    no claim holds a fragment of ``not_claims`` with that speaker ("" = any speaker)."""
    got = [(c.content, c.speaker_resolved or c.speaker or "") for c in extractor.extract_text(text).claims]
    frs = [f for f, _ in claims]
    for f, s in claims:
        cs = [c for c in got if f in c[0]]
        assert len(cs) == 1 and s in cs[0][1] and not any(g in cs[0][0] for g in frs if g != f), got
    for f, s in not_claims:
        assert not [c for c in got if f in c[0] and s in c[1]], got
