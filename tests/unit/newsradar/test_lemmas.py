"""The lemma tables' candidates, as the claim matcher's stem reads them: one word and its inflections share a stem."""
import pytest

from newsradar import claim_match
from newsradar.claim_match import content_terms, stem
from newsradar.lemmas import Lemmatiser, get_lemmatiser


@pytest.mark.parametrize(("forms"), [
    ("feed", "feeds", "fed", "feeding"),
    ("seed", "seeds", "seeded", "seeding"),
    ("weed", "weeds", "weeding"),
    ("bed", "beds"),
    ("agree", "agreed", "agrees"),
    ("free", "freed", "frees"),
    ("need", "needs", "needed"),
    ("injure", "injured", "injures"),
    ("summon", "summoned", "summons"),
    ("sell", "sold", "sells"),
])
def test_a_word_and_its_inflections_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize(("word", "not_a_lemma"), [
    ("feed", "fee"), ("seed", "see"), ("weed", "wee"), ("bed", "be"),
])
def test_a_verbs_own_base_form_is_no_past_of_another_verb(word, not_a_lemma):
    assert not_a_lemma not in get_lemmatiser().candidates(word)


@pytest.mark.parametrize(("word", "lemma"), [
    ("agreed", "agree"), ("freed", "free"), ("injured", "injure"), ("fed", "feed"), ("seeded", "seed"),
    ("summons", "summon"), ("found", "find"), ("fed", "feed"),
])
def test_a_past_or_plural_still_finds_its_base(word, lemma):
    assert lemma in get_lemmatiser().candidates(word)


# Probes of the stem's choice among a word's lemmas (stop 51's stem2): a regular word takes its longest lemma,
# as a silent "e" is dropped before an ending; after a hiss or an "o" ("-es") and after a verb that does not double
# its consonant ("-ed", "-ing") the "e" reading is the look-alike's.
@pytest.mark.parametrize(("forms"), [
    ("rate", "rates", "rated", "rating"),
    ("site", "sites", "sited"),
    ("plane", "planes"),
    ("aide", "aides"),
    ("use", "uses", "used", "using"),
    ("code", "codes", "coded", "coding"),
    ("die", "dies", "died", "dying"),
    ("serve", "serves", "served", "serving"),
    ("dose", "doses", "dosed"),
    ("hope", "hopes", "hoped", "hoping"),
    ("believe", "believes", "believed"),
    ("stage", "stages", "staged", "staging"),
    ("route", "routes"),
    ("rout", "routed"),
    ("dine", "dines", "dined", "dining"),
    ("ride", "rides", "riding", "rode"),
    ("shine", "shines", "shining"),
    ("stare", "stares", "stared", "staring"),
    ("spare", "spares", "spared", "sparing"),
    ("grave", "graves"),
    ("dune", "dunes"),
    ("write", "writes", "writing", "wrote"),
    ("vote", "votes", "voted", "voting"),
    ("cross", "crosses", "crossed", "crossing"),
    ("march", "marches", "marched", "marching"),
    ("sing", "sings", "singing", "sang"),
    ("swing", "swings", "swinging"),
    ("attach", "attaches", "attached", "attaching"),
    ("pinch", "pinches", "pinched"),
    ("do", "does", "did"),
    ("go", "goes", "went"),
    ("put", "puts", "putting"),
    ("hop", "hops", "hopped", "hopping"),
    ("plan", "plans", "planned", "planning"),
    ("star", "stars", "starred", "starring"),
    ("aid", "aids", "aided", "aiding"),
    ("bus", "buses"),
    ("pass", "passes", "passed", "passing"),
    ("boss", "bosses"),
    ("kiss", "kisses", "kissed"),
    ("box", "boxes", "boxed"),
    ("wish", "wishes", "wished"),
    ("church", "churches"),
    ("tax", "taxes", "taxed"),
    ("life", "lives"),
])
def test_a_regular_word_and_its_inflections_share_their_longest_lemma(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize(("one", "other"), [
    ("planes", "plans"), ("aides", "aid"), ("rates", "rats"), ("sites", "sits"), ("uses", "us"),
    ("codes", "cod"), ("serves", "serfs"), ("hoping", "hopping"), ("hopes", "hops"), ("staring", "starring"),
    ("dining", "dinning"), ("shining", "shin"), ("riding", "ridding"), ("believes", "belief"), ("stages", "stag"),
    ("dunes", "dun"), ("doses", "dos"), ("routes", "rout"), ("singing", "singe"), ("crosses", "crosse"),
    ("does", "doe"), ("spared", "sparred"), ("rated", "ratted"), ("voting", "vot"),
])
def test_look_alikes_a_silent_e_tells_apart_are_two_stems(one, other):
    assert stem(one) != stem(other)


# A verb ending in a vowel pair or two consonants does not double before "-ed", so "routed" may be "rout" ("the rebels
# were routed") or "route"; such a word keeps the shorter reading, as before. "singed" and "tinged" can only be
# "singe" and "tinge" ("sing" writes "sang"), which the tables do not say.
@pytest.mark.parametrize(("forms"), [
    ("route", "routed"),
    ("singe", "singes", "singed"),
    ("tinge", "tinges", "tinged"),
])
@pytest.mark.xfail(strict=True, reason="spelt alike, 'routed' and 'singed' keep the shorter reading ('rout', 'sing')")
def test_an_ed_form_spelling_cannot_tell_from_another_verbs(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.xfail(strict=True, reason="WordNet's exceptions read 'lives' as 'life', and an irregular word keeps its "
                   "shortest lemma: the noun, as 'lost their lives' is, never the verb of 'she lives in Leeds'")
def test_a_verb_whose_s_form_is_an_irregular_plural():
    assert len({stem(f) for f in ("live", "lives", "lived")}) == 1


# Retellings of one word in another inflection, in several house styles: the word is a term both claims share.
@pytest.mark.parametrize(("one", "other", "word"), [
    ("Mortgage rates climbed for a third week, lenders said.", "The average two-year fixed rate is now 6.1%.", "rate"),
    ("Investigators searched two sites in east London.", "The site was sealed off by police.", "site"),
    ("Both planes landed safely at Gatwick.", "The plane was carrying 180 passengers.", "plane"),
    ("Two senior aides resigned on Friday.", "A White House aide said the memo was genuine.", "aide"),
    ("The council uses the money for road repairs.", "Residents asked what the cash would be used for.", "use"),
    ("Hackers stole the access codes.", "The code was changed within hours.", "code"),
    ("One in five patients dies within a year, the study found.", "Patients who died had waited longer.", "die"),
    ("The club serves 400 meals a day.", "Volunteers served hot food to rough sleepers.", "serve"),
    ("Two doses of the vaccine are needed.", "A single dose gives weaker protection.", "dose"),
    ("Officials are hoping for a ceasefire by Sunday.", "The minister said he hoped talks would resume.", "hope"),
    ("She believes the inquiry was a whitewash.", "Campaigners believed the report was buried.", "believe"),
    ("Protesters staged a sit-in outside the Dail.", "The band stages its comeback gig in Cork.", "stage"),
    ("Airlines diverted routes around the closed airspace.", "The new route adds an hour to the trip.", "route"),
    ("The mayor dined with donors at a Mayfair club.", "Dining out has become a luxury, owners say.", "dine"),
    ("Fans were staring at the big screen in disbelief.", "He stared at the jury as the verdict was read.", "stare"),
    ("Nobody was spared in the cuts, unions said.", "The chancellor vowed to spare pensioners.", "spare"),
    ("Workers dug mass graves outside the town.", "Flowers were laid at the grave.", "grave"),
    ("Storm surges flattened the dunes along the coast.", "Walkers were warned off the dune.", "dune"),
    ("Polls close at 10pm and voting is brisk.", "More than 40,000 people voted early.", "vote"),
    ("Two teenagers were riding an e-scooter when it crashed.", "The boy rides to school every day.", "ride"),
    ("The hospital is coding every admission under the new system.", "Each admission is coded by clerks.", "code"),
    ("The engine dies at low speed, drivers complained.", "The car died on the M6.", "die"),
    ("Lights were shining on the pitch all night.", "The sun shines on the new stand.", "shine"),
    ("Share prices are rated a buy by brokers.", "Analysts rate the stock highly.", "rate"),
    ("Tourists crossed the border at Dover overnight.", "The lorry crosses into France at Calais.", "cross"),
    ("Thousands marched through Dublin city centre.", "The union marches again on Saturday.", "march"),
    ("The choir was singing carols outside the hospital.", "She sings with the choir each Christmas.", "sing"),
    ("Hopes of a deal faded on Monday.", "Negotiators hope to meet again in Geneva.", "hope"),
    ("Families feel the pinch as prices rise.", "Rising rents pinched household budgets.", "pinch"),
    ("Villagers were planning a protest.", "The group plans a march to the town hall.", "plan"),
    ("Police were putting up roadblocks.", "Troops put up barricades overnight.", "put"),
    # The review's rows (rev_stem2): main's "-er" reading joins an owner to the verb, and the branch keeps it.
    ("The council owns the car park.", "The car park's owner is the council.", "own"),
    # Its two trades, where main was right: "lense" is a listed variant, and testing a single "s" before "-es"
    # would read "corpses" as "corps", "senses" "sens", "vases" "vas"; main read "emphasises" as "emphasi", one with
    # the noun but apart from "emphasised", and every form of the verb is now "emphasise", apart from the noun.
    pytest.param("Opticians ran short of contact lenses.", "The optician's contact lens was faulty.", "lens",
                 marks=pytest.mark.xfail(strict=True, reason="'lenses' is read 'lense', its listed variant")),
    pytest.param("The ministry's emphasis is on rural broadband.", "The ministry emphasises rural broadband.",
                 "emphasis", marks=pytest.mark.xfail(strict=True, reason="the verb 'emphasises' is read 'emphasise', "
                                                     "apart from the noun 'emphasis'")),
])
def test_a_word_retold_in_another_inflection_is_a_term_both_claims_share(one, other, word):
    assert stem(word) in content_terms(one) & content_terms(other), (content_terms(one), content_terms(other))


# Look-alikes that only a silent "e" tells apart: two claims that share no word share no term.
@pytest.mark.parametrize(("one", "other"), [
    ("The airline grounded its planes on Monday.", "Ministers unveiled their plans for housing."),
    ("Senior aides left the room.", "Foreign aid was cut by a third."),
    ("Interest rates are unchanged.", "Rats were seen near the bins."),
    ("Police searched several sites.", "The judge sits alone in the case."),
    ("Codes were leaked online.", "Cod stocks are falling in the North Sea."),
    ("The charity serves hot meals.", "Medieval serfs worked the land."),
    ("Residents are hoping for rain.", "Kangaroos were hopping across the road."),
    ("Crowds were staring at the wreckage.", "She is starring in a West End show."),
    ("Tourists were dining on the terrace.", "The din of traffic kept neighbours awake."),
    ("Floodlights were shining on the pitch.", "He suffered a cut to the shin."),
    ("Officers were riding horses.", "The council is ridding the estate of fly-tippers."),
    ("He believes the vote was rigged.", "Her belief in the project never wavered."),
    ("Festival stages were dismantled overnight.", "A stag was spotted in Richmond Park."),
    ("Nobody was spared.", "The boxers sparred for an hour."),
    ("A doe was hit by a car.", "The mayor does not agree."),
])
def test_look_alikes_a_silent_e_tells_apart_share_no_term(one, other):
    assert not content_terms(one) & content_terms(other)


# A noun the tables block as a comparative ("number", "offer", "owner") is read through the "-er"/"-est" rules, as on
# main; a true comparative folds to its adjective. Keeping such a noun whole (a9f3ef8, reverted) joined the labelled
# AT&T/CNN demand and offer of the dev claim clusters ("sell off CNN or offer other concessions" / "offered to sell
# CNN") through "offer": dev precision 0.911 to 0.907. Its rows are kept, failing, until the matcher can tell those.
_COMPARATIVE_NOUN = pytest.mark.xfail(strict=True, reason="a noun the tables block as a comparative is still read "
                                      "through its '-er' rule ('number' as 'numb', 'offer' as 'off'): kept whole, "
                                      "the labelled AT&T/CNN demand and offer would join through 'offer'")


@pytest.mark.parametrize(("forms"), [
    pytest.param(("number", "numbers", "numbered"), marks=_COMPARATIVE_NOUN),
    pytest.param(("owner", "owners"), marks=_COMPARATIVE_NOUN),
    pytest.param(("customer", "customers"), marks=_COMPARATIVE_NOUN),
    pytest.param(("offer", "offers", "offered", "offering"), marks=_COMPARATIVE_NOUN),
    pytest.param(("matter", "matters", "mattered"), marks=_COMPARATIVE_NOUN),
    pytest.param(("teenager", "teenagers"), marks=_COMPARATIVE_NOUN),
    pytest.param(("founder", "founders"), marks=_COMPARATIVE_NOUN),
    pytest.param(("forest", "forests"), marks=_COMPARATIVE_NOUN),
    ("long", "longer", "longest"),
    ("late", "later", "latest"),
    ("close", "closer", "closest"),
    ("high", "higher", "highest"),
    ("safe", "safer", "safest"),
    ("big", "bigger", "biggest"),
])
def test_a_noun_no_comparative_and_a_comparative_each_share_a_stem_with_their_forms(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize(("one", "other"), [
    *(pytest.param(one, other, marks=_COMPARATIVE_NOUN) for one, other in [
        ("number", "numb"), ("owner", "own"), ("customer", "custom"), ("offer", "off"), ("forest", "fore"),
        ("presenter", "present"), ("opener", "open"), ("backer", "back"), ("teenager", "teenage")]),
    ("founder", "found"),
])
def test_a_noun_the_tables_block_as_a_comparative_is_no_form_of_the_adjective(one, other):
    assert stem(one) != stem(other)


@_COMPARATIVE_NOUN
@pytest.mark.parametrize(("one", "other", "word"), [
    ("The number of deaths rose to 41, officials said.", "Numbers at food banks have doubled.", "number"),
    ("Owners of the flats were evacuated.", "The owner said the fire began in a kitchen.", "owner"),
    ("Customers faced delays of up to three hours.", "One customer said she waited two days.", "customer"),
    ("The firm offered staff a 4% pay rise.", "Unions rejected the offer on Tuesday.", "offer"),
    ("It matters to families, the MP said.", "This is a matter for the courts.", "matter"),
    ("Two teenagers were arrested in Salford.", "A teenager was taken to hospital.", "teenager"),
])
def test_a_noun_the_tables_block_as_a_comparative_is_a_term_its_forms_share(one, other, word):
    assert stem(word) in content_terms(one) & content_terms(other), (content_terms(one), content_terms(other))


@pytest.fixture
def no_tables(monkeypatch):
    """The stem as it reads words when the model package is missing: the suffix rules' candidates."""
    monkeypatch.setattr(claim_match, "get_lemmatiser", lambda: Lemmatiser(None))
    stem.cache_clear()
    claim_match._lemma_candidates.cache_clear()
    yield
    stem.cache_clear()
    claim_match._lemma_candidates.cache_clear()


# The suffix rules also read "viruses" as "viruse" and "buses" as "buse", which no table vets: the shortest reading.
@pytest.mark.parametrize(("forms"), [
    ("virus", "viruses"), ("bus", "buses"), ("box", "boxes"), ("church", "churches"), ("weapon", "weapons"),
    ("class", "classes"), ("bonus", "bonuses"), ("campus", "campuses"), ("tax", "taxes"), ("wish", "wishes"),
    ("attack", "attacks", "attacked", "attacking"),
])
def test_without_the_tables_a_word_and_its_forms_share_a_stem(no_tables, forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


# An adjective's negating prefix is read by claim matching only where the tables know the word without it as one:
# "unemployment" and "unveiled" stem to "unemploy" and "unveil", whose "employ" and "veil" are none.
@pytest.mark.parametrize(("lemma", "adjective", "known"), [
    ("legal", True, True), ("possible", True, True), ("safe", True, True), ("impossible", True, True),
    ("employ", False, True), ("veil", False, True), ("land", False, True), ("unaffordable", False, False),
])
def test_the_tables_tell_an_adjective_and_a_known_lemma(lemma, adjective, known):
    assert (get_lemmatiser().adjective(lemma), get_lemmatiser().known(lemma)) == (adjective, known)


def test_without_the_tables_no_lemma_is_an_adjective_nor_known():
    assert not Lemmatiser(None).adjective("legal") and not Lemmatiser(None).known("legal")
