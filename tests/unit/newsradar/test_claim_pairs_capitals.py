"""Claim matching of a country named by its capital or its nationality in one outlet and by its name in another.

"Seoul said" and "South Korea said", "the Polish defence ministry" and "Poland's": one government or one side under two
names. Beside them, a capital that is the city ("the mayor said Paris would ban rented e-scooters" is no ban across
France) and two countries' bodies saying the same words ("the Turkish foreign ministry", "the Greek foreign
ministry"), which stay apart. Each pair is two sentences as two outlets would write them, run through the path the
enricher takes (``conftest.joined``); written for NewsRadar in wire, broadsheet, local and British, Australian, Indian
and Asian outlets' styles, no label batch.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
CAPITAL_IN_CLAIM = ("a capital named in the claim is read as the city, only a speaking capital as its government: "
                    "'Tokyo lodged a protest' and 'Japan protested' share no name, and their verbs no word")
ONE_WORD_APART = ("'banned' and 'allowed' are one word apart: the march's words reach the story bar, and nothing reads "
                  "the verb that differs as the statement")

SAME = [
    ("Warsaw has expelled three Russian diplomats, the foreign ministry said.",
     "Poland has ordered three Russian diplomats to leave, the foreign ministry said."),
    ("Paris will send two frigates to the Red Sea, the defence ministry said.",
     "France is sending two warships to the Red Sea, the defence ministry said."),
    ("Tokyo lodged a formal protest over the missile launch, officials said.",
     "Japan protested against the missile launch, officials said.",
     CAPITAL_IN_CLAIM),
    ("Seoul said the drones had crossed into its airspace overnight.",
     "South Korea said drones had entered its airspace overnight."),
    ("Ankara summoned the Swedish ambassador, state media reported.",
     "Turkey called in Sweden's envoy, state media reported.",
     CAPITAL_IN_CLAIM),
    ("New Delhi said border talks with Beijing would resume next week.",
     "India said it would restart border talks with China next week."),
    ("Canberra will buy eight nuclear-powered submarines, the defence minister said.",
     "Australia is to acquire eight nuclear submarines, the defence minister said."),
    ("Ottawa expelled a senior Indian diplomat, the foreign minister said.",
     "Canada has thrown out a top diplomat from India, the foreign minister said.",
     CAPITAL_IN_CLAIM),
    ("Riyadh agreed to extend its oil output cuts, the energy ministry said.",
     "Saudi Arabia will prolong its oil production cuts, the energy ministry said.",
     CAPITAL_IN_CLAIM),
    ("Cairo will host the next round of ceasefire talks, a diplomat said.",
     "Egypt is to host the next round of truce talks, a diplomat said."),
    ("Taipei said Chinese warplanes had crossed the median line.",
     "Taiwan said planes from China had crossed the median line."),
    ("Police said Polish farmers had blocked the border crossing.",
     "Police said farmers from Poland had blocked the border crossing."),
    ("Officials said the Irish government would appeal the ruling.",
     "Officials said Ireland would challenge the ruling in court.",
     "'appeal' and 'challenge ... in court' share no term: no synonym links them"),
    ("Minsk has moved troops closer to the border, the ministry said.",
     "Belarus has shifted soldiers towards the border, the ministry said.",
     CAPITAL_IN_CLAIM),
    ("Baghdad ordered the closure of the consulate, state TV said.",
     "Iraq has shut the consulate, state TV said.",
     CAPITAL_IN_CLAIM),
    ("Berlin will send more air-defence systems to Kyiv, the chancellor said.",
     "Germany is to supply Ukraine with more air-defence systems, the chancellor said."),
]

DIFFERENT = [
    ("The mayor said Paris would ban rented e-scooters from September.",
     "The government said France would ban e-scooters on motorways."),
    ("Dublin City Council said rents in the city had risen by a fifth.",
     "The government said rents across Ireland had levelled off."),
    ("Berlin's mayor said the city would cap rents.",
     "The German government said it would not cap rents."),
    ("Delhi's chief minister said schools in the city would close because of smog.",
     "India's education minister said schools would stay open."),
    ("Warsaw said the missile that fell on its soil was Ukrainian.",
     "Kyiv said the missile that fell in Poland was Russian."),
    ("Tokyo's governor said the marathon would go ahead in the capital.",
     "Japan's sports minister said the marathon would move to Sapporo."),
    ("Police in Paris said the march had been banned.",
     "France's interior minister said the march would be allowed.",
     ONE_WORD_APART),
    ("Seoul's mayor said the festival would be cancelled.",
     "South Korea's culture minister said the festival would be held online."),
    ("The Turkish foreign ministry said the envoy had been summoned.",
     "The Greek foreign ministry said the envoy had been summoned."),
    ("The Polish defence ministry said the drone had been shot down.",
     "The Belarusian defence ministry said the drone had been shot down."),
    ("Cairo's governor said the Nile ferry had sunk near the city.",
     "Egypt's transport minister said ferry services would resume."),
    ("Canberra's chief minister said the territory would decriminalise drug possession.",
     "Australia's health minister said drug laws would not change."),
    ("Riyadh said it would raise oil output next month.",
     "Tehran said it would raise oil output next month."),
    ("The French government said the pension reform would go ahead.",
     "The German government said the pension reform would go ahead."),
    ("Ottawa police said the convoy had been cleared.",
     "Canada's prime minister said the emergency powers would end."),
    ("Israeli officials said the hostages had been freed.",
     "Egyptian officials said the hostages had been freed.",
     "a nationality before an unnamed role ('Israeli officials') is not read as its side: two institutions are one "
     "party"),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT))


def test_claim_pairs_capitals_a_country_by_its_capital_or_its_nationality(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
