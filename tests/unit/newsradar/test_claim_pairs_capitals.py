"""Claim matching of a country named by its capital or its nationality in one outlet and by its name in another.

"Seoul said" and "South Korea said": one government under two names, which matching does not fold (a speaking capital
is the city as often as the state, see ``CAPITAL_NOT_FOLDED``). "The Polish defence ministry" and "the Belarusian
defence ministry" are two countries' sides saying the same words, kept apart (``ClaimSignature.voice_side``); a
nationality is read only as a body's side, never as an entity, so "Japanese knotweed" is no "firm from Japan". Each
pair is two sentences as two outlets would write them, run through the path the enricher takes (``conftest.joined``);
written for NewsRadar in wire, broadsheet, local and British, Australian, Indian and Asian outlets' styles, no label
batch. The rows marked "review" are the crec5 reviewer's own sentences, rows the capital fold or the nationality
entity fold got wrong, or right.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
CAPITAL_IN_CLAIM = ("a capital is read as the city, in the claim or speaking: 'Tokyo lodged a protest' and 'Japan "
                    "protested' share no name, and their verbs no word")
CAPITAL_NOT_FOLDED = ("a speaking capital is not read as its government: folded, 'Seoul said 1,600 dog meat "
                      "restaurants in the capital would be shut' joined 'South Korea said it would pay compensation "
                      "to 1,600 dog meat restaurants', and 'Tokyo' or 'Paris' speaking is the city's own government")
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
     "South Korea said drones had entered its airspace overnight.",
     CAPITAL_NOT_FOLDED),
    ("Ankara summoned the Swedish ambassador, state media reported.",
     "Turkey called in Sweden's envoy, state media reported.",
     CAPITAL_IN_CLAIM),
    ("New Delhi said border talks with Beijing would resume next week.",
     "India said it would restart border talks with China next week.",
     CAPITAL_NOT_FOLDED),
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
     "Taiwan said planes from China had crossed the median line.",
     CAPITAL_NOT_FOLDED),
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
    # review
    ("Tehran denied supplying drones to Russia for use in Ukraine.",
     "Iran denied supplying drones to Russia for use in Ukraine.", CAPITAL_NOT_FOLDED),
    ("Tehran said the accusations were baseless.",
     "Iran said the accusations were baseless and politically motivated.", CAPITAL_NOT_FOLDED),
    ("Ankara said it would not approve Sweden's Nato bid this year.",
     "Turkey said it would not approve Sweden's membership of Nato this year.", CAPITAL_NOT_FOLDED),
    ("Islamabad said its air strikes had killed 12 militants near the border.",
     "Pakistan said its air strikes killed 12 militants near the border.", CAPITAL_NOT_FOLDED),
    ("Canberra said it would restore funding to the UN relief agency.",
     "Australia said it would restore its funding to the UN relief agency.", CAPITAL_NOT_FOLDED),
    ("Damascus said Israeli jets had struck an airport near Aleppo.",
     "Syria said Israeli warplanes struck an airport near Aleppo.", CAPITAL_NOT_FOLDED),
    ("Minsk said the Wagner fighters would leave the country by the end of the month.",
     "Belarus said the Wagner fighters would leave the country by the end of the month.", CAPITAL_NOT_FOLDED),
    ("Dublin said it would join the genocide case at the International Court of Justice.",
     "Ireland said it would intervene in the genocide case at the International Court of Justice.", CAPITAL_NOT_FOLDED),
    ("Oslo said it would recognise Palestine as a state next month.",
     "Norway said it would recognise Palestine as a state next month.", CAPITAL_NOT_FOLDED),
    ("Bangkok said the border crossing with Cambodia would reopen on Monday.",
     "Thailand said the border crossing with Cambodia would reopen on Monday.", CAPITAL_NOT_FOLDED),
    ("Pyongyang said the spy satellite had been placed in orbit.",
     "North Korea said its spy satellite was placed into orbit.", CAPITAL_NOT_FOLDED),
    ("Tokyo said it would begin releasing the treated water on Thursday.",
     "Japan said it would start releasing the treated water on Thursday.", CAPITAL_NOT_FOLDED),
    ("Cairo said 28 aid lorries had crossed into Gaza.",
     "Egypt said 28 aid trucks had crossed into Gaza.", CAPITAL_NOT_FOLDED),
    ("Warsaw said it would close its border crossing with Belarus.",
     "Poland said it would close its border crossing with Belarus.", CAPITAL_NOT_FOLDED),
    ("Türkiye said it would not approve the deal this year.",
     "Turkey said it would not approve the deal this year."),
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
    # review: a capital's own government, police or namesake beside its country's
    ("Paris said it would ban rented e-scooters from September 1.",
     "France said it would ban e-scooters for under-14s from September 1."),
    ("Tokyo said its staff would be offered a four-day working week from April.",
     "Japan said it would push companies to offer a four-day working week."),
    ("Tokyo said it would give every child 5,000 yen a month.",
     "Japan said it would raise child benefit by 5,000 yen a month."),
    ("Bangkok said 350 schools would close on Friday because of the smog.",
     "Thailand said 350 schools had been given air purifiers."),
    ("Berlin said the city would hire 1,000 more teachers.",
     "Germany said it would train 1,000 more teachers for Ukrainian refugee children."),
    ("Seoul said 1,600 dog meat restaurants in the capital would be shut.",
     "South Korea said it would pay compensation to 1,600 dog meat restaurants."),
    ("Paris police said the fan zone would close early on Sunday.",
     "French police said the fan zone in Marseille had been evacuated."),
    ("Paris said she had never been happier.",
     "France said it had never been happier with its tourism figures."),
    # review: a nationality qualifying a plant, a food or a language; two countries' sides
    ("The council said Japanese knotweed had been found on the building site.",
     "The council said the building site had been sold to a firm from Japan."),
    ("The council said a Thai restaurant would open on the high street.",
     "The council said the high street would be twinned with a town in Thailand."),
    ("The school said pupils would learn French from the age of seven.",
     "The school said pupils would visit France at the age of seven."),
    ("The Indian army said its posts had come under fire overnight.",
     "The Pakistani army said its posts had come under fire overnight."),
    ("The Iranian foreign ministry said the ambassador had been summoned.",
     "The Iraqi foreign ministry said the ambassador had been summoned."),
    ("The Spanish government said the fishing deal would be renewed.",
     "The Mexican government said the fishing deal would be renewed."),
    ("The South Korean military said the drone had crossed the border.",
     "The North Korean military said the drone had crossed the border."),
    ("The Philippine foreign ministry said the ambassador had been summoned.",
     "The Chinese foreign ministry said the ambassador had been summoned."),
]

# review: two stories the clusterer parted, where a nationality read as its country made the one story of both
DIFFERENT_STORIES = [
    ("The school said pupils would learn French from the age of seven.",
     "The school said pupils would visit France at the age of seven."),
    ("The shop said Irish whiskey sales had trebled since Christmas.",
     "The shop said its sales in Ireland had trebled since Christmas."),
    ("Police said the Filipino nurse had been stabbed in the car park.",
     "Police said a nurse had been stabbed in a car park in the Philippines."),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT),
         ("different-stories", (STORY, "story-2"), False, DIFFERENT_STORIES))


def test_claim_pairs_capitals_a_country_by_its_capital_or_its_nationality(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
