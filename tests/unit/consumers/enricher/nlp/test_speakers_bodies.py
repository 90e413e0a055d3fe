"""Bodies referred back to by a class noun or a pronoun: a probe set, one row a claim.

Project-written paragraphs in several house styles (wire, business desk, local paper, sport,
health, transport) that name a body and then let it speak as "the company", "the airline",
"the watchdog", "the hospital trust", "the tech giant", "it" or "they". Where two bodies are
named, the noun's kind chooses ("Ofwat fined Severn Vale Water ... The company said" is the
water company, not the regulator). ``PROBES`` are rows where the noun or pronoun is one body
named before; ``LOOK_ALIKES`` are rows where the noun is a body the text never named ("the
airline said" when only an airport was named), so no body named before may become the
speaker. A probe of how general the rules are, not a label batch: not scored by the bench. Five
rows paraphrase dev items, so they are no evidence of generality: ``they-the-nurses`` (w17-14),
``the-company-one-named`` and ``the-company-after-possessor`` (w22-33), ``it-is-the-subject-body``
(w22-41) and ``the-publisher-said`` (w24-40c). Most rows already passed before the rules they were
written for; they stay as coverage. The guards (``guard-`` ids) are sentences on which reverted
rules gave the wrong speaker. The rows under "a name that declares its kind" and "a name that declares one
kind" pair a name whose last word before "of"/"for" says what it is (Bank, Airlines, University, Ministry)
with the nouns that can and cannot refer back to it. Rows the code still gets wrong are marked ``xfail(strict=True)``
with the cause.
"""
from __future__ import annotations

import pytest

from tests.unit.consumers.enricher.nlp.conftest import assert_not_given_to, assert_spoken_by, strict_xfail


# What the code still gets wrong, by cause.
_KNOWN = {
    "unlisted body": strict_xfail("a body's noun outside the lexicon ('the brewer', 'the drugmaker') is read as a "
                                  "person, so it does not refer back to the body named before"),
    "kind": strict_xfail("a class noun's kind does not choose between bodies: 'the regulator' or 'the broadcaster' takes "
                         "the nearest organisation named, whatever kind its name or role in the sentence gives it"),
    "declared kind": strict_xfail("a name that declares another kind ('Airport', 'Bank of England', 'Department for "
                                  "Transport', 'University Hospitals') is still taken for a class noun of a kind it is "
                                  "not, when its kind is in no family or in the same coarse family as the noun"),
    "unnamed kind": strict_xfail("a body whose name declares no kind ('Ofcom', 'Uefa', 'NHS England', 'Brexit' tagged "
                                 "an organisation) is taken for any class noun, though the body the noun means was "
                                 "never named"),
    "two words called a person": strict_xfail(
        "a name of two words the model calls a person ('Halvorsen Shipping') is left a person: no first-name list "
        "knows every first name, so two words tagged so are not taken for a body"),
    "plural read": strict_xfail("the parser takes 'Morrisons' opening the sentence for a common plural noun, so no "
                                "name is there to refer back to"),
    "place tag": strict_xfail("the model calls 'Avanti West Coast' a place, and a place the subject is never taken "
                              "for a body (a volcano or a storm is as often the subject before an unnamed body speaks)"),
    "place-based": strict_xfail("'The Atlanta-based carrier' takes the place as its organisation"),
    "they": strict_xfail("reverted on review: 'they' after 'X did Y, the police said' is the body that went on "
                         "speaking: 21 worse / 5 better"),
    "force by its seat": strict_xfail("a police force named by its seat ('Scotland Yard') has no word that says it is "
                                      "a police force, so 'the force' does not refer back to it"),
    "two forces": strict_xfail("of two forces named, 'the force' takes the subject ('the Metropolitan Police'), not "
                               "the force the case passed to, which goes on to act"),
    "authority": strict_xfail("'authority' is no noun that refers back to a body named before (it is often 'the "
                              "authorities', people)"),
    "governing body": strict_xfail("'governing body' with a possessive is not read as the body named before"),
    "untagged subject": strict_xfail("reverted on review: a lone untagged or one-word PERSON subject is as often a "
                                     "person (Rashford, Sunak, Pele, Siobhan) as a body: 18 worse / 10 better"),
    "untagged possessor": strict_xfail("reverted on review with the untagged subject it extends: a possessor the model "
                                       "left untagged is as often a person's name ('Daniel Okafor's lawyer')"),
    "first name tagged a body": strict_xfail("the model tags 'Siobhan' an organisation, so 'the trust' (a hospital "
                                             "trust, kept on review of fa7bdc0) refers back to her"),
    "it over object": strict_xfail("reverted on review: 'it' for an untagged subject over a tagged object: 5 worse / 2 "
                                   "better"),
}


PROBES = [
    # business desk: the company, the firm, the group
    pytest.param("Orion Telecom cut 1,200 jobs across its European operations on Tuesday. The company said the "
                 "savings would be reinvested in its fibre network.",
                 "savings would be reinvested", "Orion Telecom", id="the-company-one-named",
                 marks=_KNOWN["untagged subject"]),
    pytest.param("Shares in Calder Engineering fell 12 percent after a profit warning. The firm said weaker orders "
                 "from Germany had hit its second half.",
                 "weaker orders from Germany", "Calder Engineering", id="the-firm-after-possessive-shares-in"),
    pytest.param("Halvorsen Shipping posted record earnings for the quarter. The group said freight rates had "
                 "stayed high through the spring.",
                 "freight rates had stayed high", "Halvorsen Shipping", id="the-group-business",
                 marks=_KNOWN["two words called a person"]),
    pytest.param("Brightline Software agreed to buy a smaller rival for $450 million. It said the deal would close "
                 "by the end of the year.",
                 "deal would close", "Brightline Software", id="it-after-company-subject"),
    pytest.param("Orion Telecom's chief executive resigned on Tuesday after eight years in the job. The company said "
                 "a successor would be named by the summer.",
                 "successor would be named", "Orion Telecom", id="the-company-after-possessor",
                 marks=_KNOWN["untagged possessor"]),
    pytest.param("Harbour Lane Foods' new factory in Grimsby will employ 300 people. The firm said it had been "
                 "backed by a £5m grant.",
                 "backed by a £5m grant", "Harbour Lane Foods", id="the-firm-after-plural-possessor"),
    pytest.param("Kestrel Bank's profits fell by a third last year. The lender said it had set aside more for bad "
                 "loans.",
                 "set aside more for bad loans", "Kestrel Bank", id="the-lender-after-possessor"),
    pytest.param("Westmoor Brewery has been bought by a private equity firm. The brewer said none of its 80 staff "
                 "would lose their jobs.",
                 "none of its 80 staff", "Westmoor Brewery", id="the-brewer-unlisted-trade",
                 marks=_KNOWN["unlisted body"]),
    # retail
    pytest.param("Morrisons will close 17 of its cafes this summer. The supermarket said staff would be offered "
                 "other roles in its stores.",
                 "offered other roles", "Morrisons", id="the-supermarket-said",
                 marks=_KNOWN["plural read"]),
    pytest.param("Tesco raised its profit forecast on Wednesday. The supermarket said shoppers were buying more "
                 "premium own-label food.",
                 "buying more premium", "Tesco", id="the-supermarket-tesco"),
    pytest.param("Sales at Harrowgate Home rose 4 percent over Christmas. The retailer said demand for bedding had "
                 "been strongest.",
                 "demand for bedding", "Harrowgate Home", id="the-retailer-sales-at"),
    pytest.param("Greggs opened 50 new shops in the first half. The chain said it planned to open another 100 "
                 "by December.",
                 "open another 100", "Greggs", id="the-chain-bakery",
                 marks=_KNOWN["untagged subject"]),
    # transport
    pytest.param("Skyreach Airways cancelled 40 flights from Gatwick on Monday because of a strike by baggage "
                 "handlers. The airline said passengers would be rebooked free of charge.",
                 "rebooked free of charge", "Skyreach Airways", id="the-airline-airport-also-named"),
    pytest.param("Nordic Air will add six routes from Manchester next spring. The carrier said it expected to "
                 "carry a million passengers from the airport.",
                 "carry a million passengers", "Nordic Air", id="the-carrier-said"),
    pytest.param("Avanti West Coast has been fined £2m by the Office of Rail and Road over late trains. The "
                 "operator said it accepted the findings.",
                 "accepted the findings", "Avanti West Coast", id="the-operator-fined-by-regulator",
                 marks=_KNOWN["place tag"]),
    pytest.param("The Office of Rail and Road fined Avanti West Coast £2m over late trains. The regulator said "
                 "punctuality had fallen for three years in a row.",
                 "punctuality had fallen", "Office of Rail and Road", id="the-regulator-fined-company"),
    # regulators and the regulated: the noun's kind chooses
    pytest.param("Ofwat fined Severn Vale Water £12m for missing leakage targets. The company said it would "
                 "appeal against the decision.",
                 "appeal against the decision", "Severn Vale Water", id="the-company-not-the-regulator"),
    pytest.param("Ofwat fined Severn Vale Water £12m for missing leakage targets. The regulator said customers "
                 "had been let down.",
                 "customers had been let down", "Ofwat", id="the-regulator-not-the-company",
                 marks=_KNOWN["kind"]),
    pytest.param("Ofwat fined Severn Vale Water £12m for missing leakage targets. It said the money would be "
                 "returned to customers through lower bills.",
                 "returned to customers", "Ofwat", id="it-is-the-subject-body",
                 marks=_KNOWN["it over object"]),
    pytest.param("The Financial Conduct Authority has banned Redcliffe Capital from taking on new clients. The "
                 "watchdog said the firm had failed to treat customers fairly.",
                 "failed to treat customers fairly", "Financial Conduct Authority", id="the-watchdog-subject-body"),
    pytest.param("The Financial Conduct Authority has banned Redcliffe Capital from taking on new clients. The "
                 "firm said it was disappointed and would cooperate fully.",
                 "would cooperate fully", "Redcliffe Capital", id="the-firm-object-body"),
    pytest.param("The Competition and Markets Authority cleared Vodafone's merger with Three. The watchdog said "
                 "the deal would not harm competition.",
                 "would not harm competition", "Competition and Markets Authority", id="the-watchdog-cma"),
    pytest.param("Ofcom has opened an investigation into Channel Eight over a live broadcast. The broadcaster said "
                 "it was reviewing what had happened.",
                 "reviewing what had happened", "Channel Eight", id="the-broadcaster-under-investigation",
                 marks=_KNOWN["kind"]),
    pytest.param("Ofcom has opened an investigation into Channel Eight over a live broadcast. The regulator said it "
                 "had received 3,000 complaints.",
                 "received 3,000 complaints", "Ofcom", id="the-regulator-ofcom"),
    # publishing and media
    pytest.param("Faber will publish the late poet's final collection in October. The publisher said the poems had "
                 "been found in a drawer by her son.",
                 "found in a drawer", "Faber", id="the-publisher-said",
                 marks=_KNOWN["untagged subject"]),
    pytest.param("Penguin Random House has dropped the memoir after complaints from former colleagues of the "
                 "author. The publisher said it took the concerns seriously.",
                 "took the concerns seriously", "Penguin Random House", id="the-publisher-dropped-memoir"),
    pytest.param("The BBC apologised after a presenter swore on air. The broadcaster said the remark had been "
                 "unacceptable.",
                 "remark had been unacceptable", "BBC", id="the-broadcaster-bbc"),
    # tech
    pytest.param("Google was fined €2.4bn by the European Commission over its shopping service. The tech giant "
                 "said it would appeal.",
                 "it would appeal", "Google", id="the-tech-giant-said"),
    pytest.param("Apple delayed the launch of its headset in Europe. The tech giant said regulators had raised "
                 "questions about data.",
                 "regulators had raised questions", "Apple", id="the-tech-giant-apple"),
    pytest.param("Meta removed 2,000 accounts linked to a campaign in Moldova. The company said the accounts had "
                 "posed as local news outlets.",
                 "posed as local news outlets", "Meta", id="the-company-meta"),
    # sport clubs
    pytest.param("Everton have sacked their manager after eight defeats in ten games. The club said a replacement "
                 "would be named within a week.",
                 "replacement would be named", "Everton", id="the-club-everton",
                 marks=_KNOWN["untagged subject"]),
    pytest.param("Leicester Tigers have signed the Fiji winger on a two-year deal. The club said he would join "
                 "after the World Cup.",
                 "join after the World Cup", "Leicester Tigers", id="the-club-rugby",
                 marks=_KNOWN["untagged subject"]),
    pytest.param("Celtic were fined £10,000 by Uefa after fans set off flares. The club said it would identify "
                 "those responsible.",
                 "identify those responsible", "Celtic", id="the-club-not-the-governing-body"),
    pytest.param("Celtic were fined £10,000 by Uefa after fans set off flares. European football's governing body "
                 "said the club had breached its rules on crowd safety.",
                 "breached its rules", "Uefa", id="the-governing-body-not-the-club",
                 marks=_KNOWN["governing body"]),
    # councils
    pytest.param("Bristol City Council will raise council tax by 5 percent in April. The council said the rise "
                 "was needed to protect social care.",
                 "protect social care", "Bristol City Council", id="the-council-said"),
    pytest.param("Harlow Council has closed the leisure centre after cracks were found in the roof. The authority "
                 "said it could stay shut for a year.",
                 "could stay shut for a year", "Harlow Council", id="the-authority-council",
                 marks=_KNOWN["authority"]),
    pytest.param("Cornwall Council granted planning permission for 300 homes despite objections. It said the "
                 "homes were needed for local families.",
                 "needed for local families", "Cornwall Council", id="it-council"),
    # health
    pytest.param("University Hospitals Birmingham has declared a critical incident after a surge in patients. The "
                 "trust said routine operations had been postponed.",
                 "routine operations had been postponed", "University Hospitals Birmingham",
                 id="the-trust-hospital"),
    pytest.param("Leeds Teaching Hospitals NHS Trust apologised to the family of a man who died after waiting "
                 "nine hours. The hospital trust said it had changed how it handled referrals.",
                 "changed how it handled referrals", "Leeds Teaching Hospitals NHS Trust", id="the-hospital-trust"),
    pytest.param("Nurses at St Mary's Hospital will strike for two days next week, the Royal College of Nursing "
                 "announced. They said staffing levels had become unsafe.",
                 "staffing levels had become unsafe", "Nurses at St Mary's Hospital", id="they-the-nurses",
                 marks=_KNOWN["they"]),
    pytest.param("The British Medical Association said junior doctors would walk out on Friday. The union said "
                 "talks with the government had broken down.",
                 "talks with the government", "British Medical Association", id="the-union-bma"),
    pytest.param("Unite has called a strike at the Felixstowe port. The union said dockers had been offered a pay "
                 "cut in real terms.",
                 "offered a pay cut", "Unite", id="the-union-unite",
                 marks=_KNOWN["untagged subject"]),
    pytest.param("The World Health Organization declared the outbreak over on Monday. The agency said no new "
                 "cases had been reported for 42 days.",
                 "no new cases", "World Health Organization", id="the-agency-who"),
    # it / they
    pytest.param("Thames Water has been told to cut leaks by a fifth. It said it would invest £1bn over five "
                 "years.",
                 "invest £1bn over five years", "Thames Water", id="it-water-company",
                 marks=_KNOWN["untagged subject"]),
    pytest.param("The Environment Agency fined Thames Water £3m after sewage was released into the river. It said "
                 "the company had ignored alarms for 12 hours.",
                 "ignored alarms", "Environment Agency", id="it-agency-fined"),
    pytest.param("Toyota recalled 300,000 cars over a fault with their airbags. It said no injuries had been "
                 "reported.",
                 "no injuries had been reported", "Toyota", id="it-toyota-recall"),
    pytest.param("Junior doctors in Wales will walk out next week, the BMA said. They say pay has fallen by a quarter "
                 "since 2008.",
                 "pay has fallen by a quarter", "Junior doctors in Wales", id="they-the-doctors-not-the-union",
                 marks=_KNOWN["they"]),
    pytest.param("Residents of the tower marched to the town hall, Camden Council said on Friday. They said they had "
                 "been given an hour to pack.",
                 "given an hour to pack", "Residents of the tower", id="they-the-residents-not-the-council",
                 marks=_KNOWN["they"]),
    pytest.param("Camden Council said the bins would be collected on Tuesday. They said the delay was caused by snow.",
                 "delay was caused by snow", "Camden Council", id="they-the-council-alone"),
    pytest.param("Shell and BP both reported higher profits on Thursday. They said oil prices had risen sharply in "
                 "the quarter.",
                 "oil prices had risen", "Shell", id="they-two-companies"),
    pytest.param("Ryanair reported a 10 percent rise in passenger numbers for March. It said fares would fall over "
                 "the summer.",
                 "fares would fall", "Ryanair", id="it-ryanair"),
    # house styles: wire, US business desk
    pytest.param("NEW YORK (Reuters) - Kessler Pharmaceuticals said on Monday it would cut 5 percent of its "
                 "workforce. The drugmaker said the cuts would save $300 million a year.",
                 "save $300 million a year", "Kessler Pharmaceuticals", id="wire-the-drugmaker",
                 marks=_KNOWN["unlisted body"]),
    pytest.param("Delta Air Lines raised its outlook for the year on Thursday. The Atlanta-based carrier said "
                 "demand for international travel remained strong.",
                 "demand for international travel", "Delta Air Lines", id="us-the-atlanta-based-carrier",
                 marks=_KNOWN["place-based"]),
    pytest.param("General Motors will stop building electric pickups at its Michigan plant. The automaker said "
                 "about 1,000 workers would be affected.",
                 "1,000 workers would be affected", "General Motors", id="the-automaker"),
    pytest.param("Wells Fargo agreed to pay $3.7 billion to settle charges that it mistreated customers. The bank "
                 "said it had already refunded most of them.",
                 "already refunded most", "Wells Fargo", id="the-bank-wells-fargo"),
    pytest.param("Aviva cut its dividend after losses on its Canadian business. The insurer said the cut would "
                 "protect its balance sheet.",
                 "protect its balance sheet", "Aviva", id="the-insurer",
                 marks=_KNOWN["untagged subject"]),
    pytest.param("The Met Police has apologised for failing to investigate the killings properly. The force said "
                 "lessons had been learnt.",
                 "lessons had been learnt", "Met Police", id="the-force-met"),
    pytest.param("Oxfam has closed its offices in the country after staff were threatened. The charity said it "
                 "would continue to fund local partners.",
                 "fund local partners", "Oxfam", id="the-charity"),
    pytest.param("The University of Exeter has suspended the course after an outside review. The university said "
                 "students would be able to transfer.",
                 "able to transfer", "University of Exeter", id="the-university"),
    # guards: people inside the body's own report are not who 'they' is; 'it' is the body, not the person acted on
    pytest.param("Kent Police said officers found a man with stab wounds in Margate. They said he died at the scene.",
                 "he died at the scene", "Kent Police", id="guard-they-the-police-not-the-officers"),
    pytest.param("Protesters blocked the M25 near Heathrow, Surrey Police said. They said 45 people had been "
                 "arrested.",
                 "45 people had been arrested", "Surrey Police", id="guard-they-the-police-not-the-protesters"),
    pytest.param("Lineker was taken off air by the BBC. It said he had breached its guidelines.",
                 "breached its guidelines", "BBC", id="guard-it-the-bbc-not-lineker"),
    pytest.param("Trump sued the New York Times for 15 billion dollars. It said the lawsuit had no merit.",
                 "lawsuit had no merit", "New York Times", id="guard-it-the-paper-not-trump"),
    # a name that declares its kind, referred back to by that kind, a synonym of it or a word any body of it is
    pytest.param("Lloyds Bank cut its mortgage rates for first-time buyers. The lender said demand had picked up "
                 "since the summer.",
                 "demand had picked up", "Lloyds Bank", id="lender-for-a-bank"),
    pytest.param("Westjet Airlines cancelled 40 flights because of the strike. The carrier said passengers would "
                 "be rebooked free of charge.",
                 "rebooked free of charge", "Westjet Airlines", id="carrier-for-plural-airlines"),
    pytest.param("The University of Leeds will cut 300 jobs. The university said fewer overseas students had left "
                 "a gap of £30m in its budget.",
                 "fewer overseas students", "University of Leeds", id="university-of"),
    pytest.param("The Ministry of Health confirmed 12 new cases of measles on Tuesday. The department said "
                 "vaccination rates had fallen in the north.",
                 "vaccination rates had fallen", "Ministry of Health", id="department-for-a-ministry"),
    pytest.param("The US Department of Agriculture recalled 20,000 pounds of ground beef. The agency said no "
                 "illnesses had been reported.",
                 "no illnesses had been reported", "Department of Agriculture", id="agency-for-a-department"),
    pytest.param("Fairview Hospital has closed its maternity ward to new admissions. The trust said the closure "
                 "was temporary.",
                 "closure was temporary", "Fairview Hospital", id="trust-for-a-hospital"),
    pytest.param("Toyota Motor Corporation recalled 1 million cars over a faulty airbag. The carmaker said no "
                 "injuries had been reported.",
                 "no injuries had been reported", "Toyota Motor Corporation", id="carmaker-for-a-corporation"),
    pytest.param("The Royal College of Nursing balloted its members over pay. The college said 54 percent had "
                 "voted to strike.",
                 "54 percent had voted", "Royal College of Nursing", id="college-for-royal-college"),
    pytest.param("The Environment Agency issued 80 flood warnings on Sunday. The regulator said rivers would peak "
                 "overnight.",
                 "rivers would peak overnight", "Environment Agency", id="regulator-for-an-agency"),
    pytest.param("Harland Insurance Group raised its premiums by 8 percent. The insurer said claims from storms "
                 "had doubled.",
                 "claims from storms had doubled", "Harland Insurance Group", id="insurer-for-a-group"),
    pytest.param("Meridian Broadcasting Network dropped the show after two series. The broadcaster said viewing "
                 "figures had fallen by half.",
                 "viewing figures had fallen", "Meridian Broadcasting Network", id="broadcaster-for-a-network"),
    pytest.param("Standard Chartered Bank agreed to pay $1.1bn to settle the case. The company said it had "
                 "strengthened its controls.",
                 "strengthened its controls", "Standard Chartered Bank", id="company-for-a-bank"),
    pytest.param("The Department of Defense awarded a $3bn contract for new tankers. The ministry said the first "
                 "would fly in 2028.",
                 "first would fly in 2028", "Department of Defense", id="ministry-for-a-department"),
    # a police force referred back to as "the force"
    pytest.param("Greater Manchester Police arrested two men after the raid on Tuesday. The force said both had "
                 "been released on bail.",
                 "released on bail", "Greater Manchester Police", id="the-force-gmp"),
    pytest.param("Thames Valley Police closed the road for six hours after the crash. The force said the driver "
                 "of the van had died at the scene.",
                 "died at the scene", "Thames Valley Police", id="the-force-thames-valley"),
    pytest.param("Kent Police has apologised to the family for the delay in the search. The force said officers "
                 "had followed the wrong lead for two days.",
                 "followed the wrong lead", "Kent Police", id="the-force-kent-apology"),
    pytest.param("The Royal Canadian Mounted Police charged the man with fraud. The force said more victims may "
                 "come forward.",
                 "more victims may come forward", "Royal Canadian Mounted Police", id="the-force-mounties"),
    pytest.param("Officers from West Yorkshire Police were called to the house just after 10pm. The force said a "
                 "woman in her 40s had been taken to hospital.",
                 "taken to hospital", "West Yorkshire Police", id="the-force-after-officers-from"),
    pytest.param("Scotland Yard launched a murder inquiry on Friday. The force said a post-mortem examination "
                 "would take place next week.",
                 "post-mortem examination", "Scotland Yard", id="the-force-by-its-seat",
                 marks=_KNOWN["force by its seat"]),
    pytest.param("The Police Service of Northern Ireland arrested three men in Belfast. The force said the arrests "
                 "followed a search of a house in the west of the city.",
                 "arrests followed a search", "Police Service of Northern Ireland", id="the-force-psni-in-full"),
    pytest.param("The PSNI has said it will review its handling of the data breach. The force said officers' "
                 "details had been shared in error.",
                 "shared in error", "PSNI", id="the-force-psni"),
    pytest.param("The Metropolitan Police Service has paid £150,000 to the family. The force said it accepted that "
                 "mistakes had been made.",
                 "mistakes had been made", "Metropolitan Police Service", id="the-force-police-service"),
    pytest.param("Lancashire Constabulary said two men had been charged. The force said they would appear before "
                 "magistrates on Monday.",
                 "appear before magistrates", "Lancashire Constabulary", id="the-force-constabulary"),
    # of two forces named, the one the case passed to acts on it
    pytest.param("The Metropolitan Police handed the case to Police Scotland on Monday. The force said it would "
                 "review the evidence.",
                 "review the evidence", "Police Scotland", id="the-force-of-two-forces",
                 marks=_KNOWN["two forces"]),
    # a charity, an authority or a hospital whose name ends in another kind's noun (Council, Institute, Army,
    # Authority, "University of ... Medical Center"), referred back to by what it is: reverted on review of 2cd487a
    pytest.param("The Refugee Council warned that thousands of asylum seekers faced homelessness. The charity said "
                 "the government must extend the move-on period.",
                 "extend the move-on period", "Refugee Council", id="the-charity-named-council"),
    pytest.param("The Royal National Institute of Blind People said the new banknotes were hard to tell apart. The "
                 "charity said it had received hundreds of complaints.",
                 "hundreds of complaints", "Royal National Institute of Blind People",
                 id="the-charity-named-institute"),
    pytest.param("The Salvation Army said demand for its Christmas hampers had risen by a third. The charity said it "
                 "had seen many first-time clients.",
                 "first-time clients", "Salvation Army", id="the-charity-named-army"),
    pytest.param("Dublin Airport Authority said 32 million passengers used the airport last year. The operator said "
                 "it had applied to lift the cap.",
                 "applied to lift the cap", "Dublin Airport Authority", id="the-operator-for-an-authority"),
    pytest.param("The University of Pittsburgh Medical Center said the patient was in a stable condition. The "
                 "hospital said visitors would be limited.",
                 "visitors would be limited", "University of Pittsburgh Medical Center",
                 id="the-hospital-university-medical-center"),
]


LOOK_ALIKES = [
    # the class noun is a body the text never named
    pytest.param("Flights were delayed for hours at Gatwick Airport on Friday. The airline said passengers had "
                 "been given vouchers.",
                 "given vouchers", {"Gatwick Airport"}, id="the-airline-when-only-an-airport-named"),
    pytest.param("Heathrow Airport said a third runway would be open by 2035. The airline said it would not pay "
                 "higher landing charges.",
                 "higher landing charges", {"Heathrow Airport"}, id="the-airline-after-airport-subject",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The Bank of England held interest rates at 5 percent. The retailer said shoppers were still "
                 "cautious.",
                 "shoppers were still cautious", {"Bank of England"}, id="the-retailer-after-central-bank",
                 marks=_KNOWN["declared kind"]),
    pytest.param("Manchester City Council approved the plans for the stadium. The club said it was delighted.",
                 "it was delighted", {"Manchester City Council"}, id="the-club-is-not-the-council"),
    pytest.param("Ofgem will raise the price cap in April. The supplier said customers should take a meter "
                 "reading.",
                 "take a meter reading", {"Ofgem"}, id="the-supplier-after-regulator"),
    pytest.param("The Department for Transport announced funding for 20 new bus routes. The operator said it "
                 "would need more drivers.",
                 "need more drivers", {"Department for Transport"}, id="the-operator-after-a-department",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The Metropolitan Police closed the road after the crash. The council said it would review "
                 "safety at the junction.",
                 "review safety at the junction", {"Metropolitan Police"}, id="the-council-after-police"),
    pytest.param("NHS England published its waiting list figures on Thursday. The union said the figures showed "
                 "a service in crisis.",
                 "service in crisis", {"NHS England"}, id="the-union-after-nhs",
                 marks=_KNOWN["unnamed kind"]),
    pytest.param("The European Commission proposed new rules on packaging. The publisher said paper prices would "
                 "rise.",
                 "paper prices would rise", {"European Commission"}, id="the-publisher-after-commission"),
    pytest.param("Ofcom published its annual report on children's viewing. The broadcaster said it would invest "
                 "more in children's shows.",
                 "invest more in children's shows", {"Ofcom"}, id="the-broadcaster-after-ofcom",
                 marks=_KNOWN["unnamed kind"]),
    pytest.param("Uefa announced the draw for the group stage on Thursday. The club said it had sold out its "
                 "allocation of tickets.",
                 "sold out its allocation", {"Uefa"}, id="the-club-after-governing-body",
                 marks=_KNOWN["unnamed kind"]),
    pytest.param("The Ministry of Defence ordered 14 new helicopters. The manufacturer said the first would be "
                 "delivered in 2027.",
                 "first would be delivered", {"Ministry of Defence"}, id="the-manufacturer-after-ministry"),
    pytest.param("Cambridge University Hospitals said waiting times had fallen. The council said social care "
                 "beds were still short.",
                 "social care beds", {"Cambridge University Hospitals"}, id="the-council-after-hospital",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The Royal College of Nursing published a survey of 10,000 members. The hospital said it had "
                 "hired 200 nurses this year.",
                 "hired 200 nurses", {"Royal College of Nursing"}, id="the-hospital-after-college",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The Competition and Markets Authority opened an inquiry into vet prices. The charity said pet "
                 "owners were struggling.",
                 "pet owners were struggling", {"Competition and Markets Authority"}, id="the-charity-after-cma",
                 marks=_KNOWN["declared kind"]),
    pytest.param("Network Rail closed the line for repairs over the weekend. The airline said it would add extra "
                 "flights to Edinburgh.",
                 "extra flights to Edinburgh", {"Network Rail"}, id="the-airline-after-rail",
                 marks=_KNOWN["unnamed kind"]),
    pytest.param("The Treasury said the economy had grown by 0.3 percent. The bank said it expected rates to "
                 "fall.",
                 "expected rates to fall", {"Treasury"}, id="the-bank-after-treasury",
                 marks=_KNOWN["unnamed kind"]),
    pytest.param("The Football Association charged the striker with misconduct. The club said it would support "
                 "the player.",
                 "support the player", {"Football Association"}, id="the-club-after-association"),
    # a subject the model left untagged or called a person, that is no body the noun can mean
    pytest.param("Kieran Sanderson scored twice in the second half. Sanderson then limped off. The club said tickets "
                 "for the replay would go on sale on Monday.",
                 "tickets for the replay", {"Kieran Sanderson"}, id="the-club-after-a-player"),
    pytest.param("Mr Hollis founded the bakery in 1982. The company said the shop would stay open.",
                 "shop would stay open", {"Hollis"}, id="the-company-after-a-titled-founder"),
    pytest.param("Priya Nair resigned as chair of the board on Friday. It said the search for a successor had begun.",
                 "search for a successor", {"Priya Nair"}, id="it-after-a-person"),
    pytest.param("Storm Bert closed roads across Wales on Saturday. The company said power had been restored to most "
                 "homes.",
                 "power had been restored", {"Storm Bert", "Bert"}, id="the-company-after-a-storm"),
    pytest.param("Mount Etna erupted overnight, sending ash over Sicily. The airline said flights to Catania had "
                 "been suspended.",
                 "flights to Catania", {"Mount Etna", "Etna"}, id="the-airline-after-a-volcano"),
    pytest.param("Brexit has made exports to France slower and dearer. The firm said it had lost a third of its "
                 "orders.",
                 "lost a third of its orders", {"Brexit"}, id="the-firm-after-brexit",
                 marks=_KNOWN["unnamed kind"]),
    pytest.param("The Golden Gate Bridge was closed for six hours. The company said its buses would run a "
                 "diversion.",
                 "buses would run a diversion", {"Golden Gate Bridge"}, id="the-company-after-a-bridge"),
    pytest.param("Storm Bert forced Ryanair to cancel 40 flights on Sunday. It said passengers would be rebooked "
                 "free of charge.",
                 "passengers would be rebooked", {"Storm Bert", "Bert"}, id="it-after-a-storm-subject"),
    pytest.param("Daniel Okafor's lawyer told the court he had been out of the country. The company said it would "
                 "not comment on a live case.",
                 "not comment on a live case", {"Daniel Okafor"}, id="the-company-after-a-person-possessor"),
    pytest.param("Daniel Okafor, 41, denies fraud. Okafor's lawyer told the court the contract had been broken. The "
                 "firm said it would defend the claim.",
                 "defend the claim", {"Daniel Okafor"}, id="the-firm-after-a-surname-possessor"),
    pytest.param("Jan Kowalczyk denied the charges at Leeds Crown Court. Kowalczyk told jurors he had been at home. "
                 "The company said it would not comment.",
                 "would not comment", {"Jan Kowalczyk"}, id="the-company-after-a-defendant"),
    pytest.param("Ndlovu scored twice before half-time. The club said tickets for the final would go on sale on "
                 "Monday.",
                 "tickets for the final", {"Ndlovu"}, id="the-club-after-a-lone-surname"),
    # guards: a one-word person subject is no body 'the club' or 'the hospital' means
    pytest.param("Rashford missed the penalty in the 89th minute. The club said he had been subjected to racist abuse "
                 "online.",
                 "subjected to racist abuse", {"Rashford"}, id="guard-the-club-after-rashford"),
    pytest.param("Pele died at the age of 82. The hospital said he had suffered multiple organ failure.",
                 "multiple organ failure", {"Pele"}, id="guard-the-hospital-after-pele"),
    pytest.param("Siobhan was treated in hospital after the crash. The trust said she was in a stable condition.",
                 "stable condition", {"Siobhan"}, id="the-trust-after-a-first-name-tagged-a-body",
                 marks=_KNOWN["first name tagged a body"]),
    # a pronoun that may not reach over a person
    pytest.param("Ofwat's chief executive, David Black, said bills would rise. The water company said it had not "
                 "been consulted.",
                 "had not been consulted", {"Ofwat", "David Black"}, id="the-water-company-unnamed"),
    # a name that declares one kind, followed by a class noun of another kind the text never named
    pytest.param("The Reserve Bank of Australia raised rates to 4.35 percent. The airline said higher costs would "
                 "not change fares.",
                 "would not change fares", {"Reserve Bank of Australia"}, id="airline-after-a-central-bank",
                 marks=_KNOWN["declared kind"]),
    pytest.param("Manchester Airport reopened its second runway on Monday. The carrier said it would restore its "
                 "full timetable from June.",
                 "restore its full timetable", {"Manchester Airport"}, id="carrier-after-an-airport"),
    pytest.param("The Ministry of Justice announced plans for two new prisons. The charity said the money would "
                 "be better spent on probation.",
                 "better spent on probation", {"Ministry of Justice"}, id="charity-after-a-ministry",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The Department of Health published new guidance on vaping. The retailer said it would stop "
                 "selling disposable vapes.",
                 "stop selling disposable vapes", {"Department of Health"}, id="retailer-after-a-department"),
    pytest.param("Leeds Teaching Hospitals said it had cut its waiting lists. The university said its medical "
                 "students would help staff clinics.",
                 "help staff clinics", {"Leeds Teaching Hospitals"}, id="university-after-plural-hospitals",
                 marks=_KNOWN["declared kind"]),
    pytest.param("First Direct Bank cut its savings rates on Friday. The supermarket said the savings would be "
                 "passed on to shoppers.",
                 "passed on to shoppers", {"First Direct Bank"}, id="supermarket-after-a-bank",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The Civil Aviation Authority published its punctuality figures. The airline said delays were "
                 "caused by air traffic control.",
                 "caused by air traffic control", {"Civil Aviation Authority"}, id="airline-after-an-authority"),
    pytest.param("Pacific National Bank reported a record profit of $2bn. The insurer said claims from wildfires "
                 "had cost it $400m.",
                 "claims from wildfires", {"Pacific National Bank"}, id="insurer-after-a-bank",
                 marks=_KNOWN["declared kind"]),
    pytest.param("Vancouver International Airport said the runway was clear by noon. The airline said 14 flights "
                 "had been diverted to Seattle.",
                 "diverted to Seattle", {"Vancouver International Airport"}, id="airline-after-an-international-airport",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The University of Auckland published the survey of 2,000 students. The hospital said it had "
                 "seen a rise in admissions.",
                 "rise in admissions", {"University of Auckland"}, id="hospital-after-a-university",
                 marks=_KNOWN["declared kind"]),
    pytest.param("Lakeside Community College held a vigil for the victims. The hospital said two students "
                 "remained in a critical condition.",
                 "critical condition", {"Lakeside Community College"}, id="hospital-after-a-college",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The National Education Union called for a pay rise of 8 percent. The department said the offer "
                 "was fair and fully funded.",
                 "fair and fully funded", {"National Education Union"}, id="department-after-a-union",
                 marks=_KNOWN["declared kind"]),
    pytest.param("The Bank of Canada cut its key rate by a quarter point. The carmaker said tariffs would cost it "
                 "$1bn this year.",
                 "cost it $1bn", {"Bank of Canada"}, id="carmaker-after-a-central-bank",
                 marks=_KNOWN["declared kind"]),
    pytest.param("Columbia University suspended the student group. The broadcaster said its reporter had been "
                 "barred from the campus.",
                 "barred from the campus", {"Columbia University"}, id="broadcaster-after-a-university"),
    pytest.param("Norse Airlines filed for bankruptcy protection on Monday. The lender said it would write off "
                 "the loan.",
                 "write off the loan", {"Norse Airlines"}, id="lender-after-an-airline",
                 marks=_KNOWN["declared kind"]),
    pytest.param("Durham University will sell two of its buildings. The council said it would buy one for a "
                 "library.",
                 "buy one for a library", {"Durham University"}, id="council-after-a-university"),
    pytest.param("Emirates Airline cancelled its flights to the city for a week. The airport said the terminal "
                 "would stay open.",
                 "terminal would stay open", {"Emirates Airline"}, id="airport-after-an-airline"),
    # "the force" after a body that is no police force, or a force named by another noun ("the air force")
    pytest.param("Manchester United have sacked their manager after a run of six defeats. The force said extra "
                 "officers would police Sunday's match.",
                 "extra officers would police", {"Manchester United"}, id="the-force-after-a-club"),
    pytest.param("Kent Police said the motorway would stay shut overnight. The air force said two jets had been "
                 "sent to escort the plane.",
                 "escort the plane", {"Kent Police"}, id="the-air-force-after-police"),
    pytest.param("Essex Police arrested the suspect at the port. The task force said its inquiry into the gang "
                 "would continue.",
                 "inquiry into the gang", {"Essex Police"}, id="the-task-force-after-police"),
    pytest.param("The Metropolitan Police arrested 40 protesters in Whitehall. The Border Force said it had "
                 "stopped 12 boats in the Channel.",
                 "stopped 12 boats", {"Metropolitan Police"}, id="the-border-force-after-police"),
    pytest.param("Greenpeace criticised the plans for a new oil field. The force said officers would be on hand "
                 "for the march on Saturday.",
                 "on hand for the march", {"Greenpeace"}, id="the-force-after-a-charity"),
    pytest.param("Leeds City Council closed the park after the fire. The force said it was treating the blaze as "
                 "arson.",
                 "treating the blaze as arson", {"Leeds City Council"}, id="the-force-after-a-council"),
    pytest.param("The Salvation Army opened a new hostel in Leeds. The force said it had been called to the hostel "
                 "twice.",
                 "called to the hostel twice", {"Salvation Army"}, id="the-force-after-the-salvation-army"),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), PROBES)
def test_speakers_bodies_probe(extractor, text: str, fragment: str, expected: str):
    assert_spoken_by(extractor, text, fragment, expected)


@pytest.mark.parametrize(("text", "fragment", "wrong"), LOOK_ALIKES)
def test_speakers_bodies_look_alike_keeps_the_named_one_out(extractor, text: str, fragment: str, wrong: set[str]):
    assert_not_given_to(extractor, text, fragment, wrong)
