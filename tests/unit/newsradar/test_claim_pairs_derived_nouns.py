"""Claim matching of one claim told by a verb in one outlet and by its noun in "-ation" in another, and look-alikes.

"Vaccinated" and "vaccination", "prepared" and "preparations", "privatise" and "privatisation": the noun's suffix takes
the verb's final "e" with it, so the terms cut from the two are two ("vaccin" and "vaccine", "prepar" and "prepare")
wherever the tables do not give the noun's verb. Beside them, look-alikes of one story that share such a word and
state something else (a vaccination rate and a new vaccine, a team's preparation and its being prepared, the accused
and an accusation), which must stay apart. Folding the noun into its verb (crec5) joined 5 of these retellings and 5
of these look-alikes: the look-alikes guard against trying it again as it was. Each pair is two sentences as two outlets would write them,
run through the path the enricher takes (``conftest.joined``); written for NewsRadar in wire, broadsheet, tabloid,
local and British, Australian or Indian styles, no label batch.
"""
from __future__ import annotations

STORY = "story-1"

# A pair's third item is why the matcher still gets it wrong: run as a strict xfail, so a fix shows as a pass.
TWO_TERMS = ("a verb and its noun in '-ation' whose suffix took the verb's final 'e' are two terms ('vaccin', "
             "'vaccine'); read as one, the story's topic word joined as many look-alikes as retellings")
ONE_SPEAKER_TOPIC = ("one speaker's two points on one thing share its words and reach the one-speaker or the story "
                     "bar: nothing reads the words that differ as the statement")

SAME = [
    # the verb in one, its noun in "-ation" in the other
    ("Health officials said the vaccination drive would be extended to teenagers.",
     "The vaccine will be offered to teenagers, health officials said.",
     TWO_TERMS),
    ("The airline said staff had prepared for the strike.",
     "The airline said its strike preparations were complete.",
     TWO_TERMS),
    ("The trust said the hospital's maternity unit would be centralised.",
     "The trust confirmed the centralisation of maternity services.",
     TWO_TERMS),
    ("Aid groups said children in the camp were starving.",
     "Aid groups said starvation was spreading in the camp.",
     TWO_TERMS),
    ("The ministry said the privatisation of the railways had been delayed.",
     "The ministry said the railways would be privatised in stages.",
     TWO_TERMS),
    ("Police said they were looking into alleged fraud at the council.",
     "Police said allegations of fraud at the council were being looked into."),
    ("The opposition accused the government of hiding the true deficit.",
     "The opposition levelled accusations that the government had hidden the true deficit.",
     "'levelled accusations' and 'accused' share one term of four and five: a paraphrase of the verb"),
    ("The transport minister said the railways would be nationalised next year.",
     "The transport minister announced the nationalisation of the railways next year."),
    ("The government said it would privatise the postal service.",
     "The government confirmed plans for the privatisation of the postal service."),
    ("Doctors said the singer had been hospitalised with pneumonia.",
     "The singer's hospitalisation was caused by pneumonia, doctors said."),
    ("The club said the teenager had been invited to train with the first team.",
     "The teenager has accepted an invitation to train with the first team, the club said."),
    ("The space agency said crews were preparing the launch pad.",
     "Preparation of the launch pad is under way, the space agency said."),
    ("Lawmakers said cannabis would be legalised for adults from April.",
     "Lawmakers said the legalisation of cannabis for adults would take effect in April."),
    ("The army said reservists had been mobilised along the border.",
     "The army announced the mobilisation of reservists along the border."),
    ("The central bank said the currency would be devalued.",
     "The central bank announced a devaluation of the currency."),
    ("The heritage ministry said the old fort would be restored.",
     "The heritage ministry said restoration of the old fort would begin soon."),
    ("Aid agencies warned that families in the besieged city were starving.",
     "Aid agencies warned of starvation among families in the besieged city."),
    ("The ministry said schoolchildren would be immunised against flu this winter.",
     "The ministry said flu immunisation of schoolchildren would go ahead this winter."),
    ("The company said it would digitize its photo archive.",
     "The company said the digitization of its photo archive was under way."),
    ("The governor declared a state of emergency in the flooded districts, officials said.",
     "Officials said the governor's declaration of a state of emergency covered the flooded districts."),
    ("The committee said the trust had been examining the hospital's accounts.",
     "The committee said the trust's examination of the hospital's accounts was continuing."),
    ("Mr Singh said the ports would be modernised under the plan.",
     "Mr Singh said the plan provided for the modernisation of the ports.",
     TWO_TERMS),
    ("The regulator said banks had been authorised to reopen branches.",
     "The regulator said banks had received authorisation to reopen branches."),
    ("Residents said the town centre had been regenerated after years of neglect.",
     "Residents said the regeneration of the town centre came after years of neglect."),
]

DIFFERENT = [
    # one story's two statements sharing a word of the family, and words the rule must not fold together
    ("The health minister said vaccination rates had fallen among toddlers.",
     "The health minister said a nasal spray would replace injections for toddlers."),
    ("The health minister said vaccination rates had fallen among toddlers.",
     "The health minister said a new vaccine for toddlers would be ready in spring."),
    ("The coach said the team's preparation had been poor.",
     "The coach said the team was prepared to play in the rain."),
    ("Scientists said the samples were contaminated during preparation.",
     "Scientists said they were preparing new samples."),
    ("The court said the accused had been acquitted.",
     "The court said the accusation was serious."),
    ("The minister said the nationalised lender would be sold.",
     "The minister said nationalisation of the lender had saved jobs."),
    ("The party said the declaration of candidacy was delayed.",
     "The party said the candidate had been declared bankrupt."),
    ("Villagers said the vaccinator had not visited for months.",
     "Villagers said the vaccine was stored in a fridge at the clinic."),
    ("The agency said the vaccinations would be free.",
     "The agency said vaccine makers would be paid by the state."),
    ("The mayor said the stadium would be renovated.",
     "The mayor said the stadium renovation would cost less than planned.",
     ONE_SPEAKER_TOPIC),
    ("The magistrate said the offender would be placed on probation.",
     "The magistrate said a probe into the offender's conduct had been opened."),
    ("The organisation said its members would march on Saturday.",
     "Organisers said the march would be peaceful on Saturday.",
     "an organisation and organisers are one private party, and 'march' and 'Saturday' are most of both claims"),
    ("The club said the new stadium template would be shared with other clubs.",
     "The club said the new stadium would include a temple for prayer."),
    ("The council said the sirens would be activated during the storm.",
     "The council said the storm remained active over the coast."),
    ("The hotel said reservations had been cancelled because of the floods.",
     "The park service said the nature reserve had been closed because of the floods.",
     "two unnamed bodies of one story are one source, and the floods are most of each short claim's words"),
    ("Police said the allegations against the coach were being investigated.",
     "The coach denied the allegations, his lawyer said."),
    ("The ministry said the privatisation of the airline had been postponed.",
     "The ministry said the airline's debts would be written off before any sale."),
    ("Officials said the evacuation order for the valley had been lifted.",
     "Officials said the valley's water supply was safe to drink."),
    ("The prime minister said the nationalisation of the steel plant would go ahead.",
     "The prime minister said the steel plant's workers would get a pay rise.",
     ONE_SPEAKER_TOPIC),
    ("Doctors said the patient's hospitalisation had been extended by a week.",
     "Doctors said the patient had been discharged from hospital."),
    ("The union said the consultation on job cuts had ended.",
     "The union said staff at the depot were consulted about new rotas."),
    ("The state government said vaccine supplies would reach rural clinics next month.",
     "The state government said a vaccine factory would open in the capital."),
    ("The council said the declaration of a climate emergency was symbolic.",
     "The council said the climate plan would cost ratepayers more."),
    ("The army said it had completed the mobilisation of its reserves.",
     "The army said it had lost contact with a reconnaissance unit."),
    ("The commission said the legalisation of gambling would raise tax revenue.",
     "The commission said problem gambling had risen among young men."),
]

PAIRS = (("same", (STORY, STORY), True, SAME), ("different", (STORY, STORY), False, DIFFERENT))


def test_claim_pairs_derived_nouns_a_verb_beside_its_noun_in_ation(joined, a, b, stories, same):
    assert joined(a, b, *stories) == same, f"{'should join' if same else 'should stay apart'}: {a!r} | {b!r}"
