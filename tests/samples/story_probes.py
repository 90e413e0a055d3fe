"""A probe set for story clustering: short feed items (headline and a two- or three-sentence summary) written for
NewsRadar (CC0), about events of early 2024 (and, for the town-and-region probes, of other recent years) told in
different outlets' words.

``EVENTS``: name -> (day, [(outlet, minutes after the day's 06:00 UTC, headline, summary)]). Every item of one event
belongs in one story. ``LOOK_ALIKES``: pairs of events of one topic (two earthquakes, two recalls by one carmaker,
two rulings for one company) an editor keeps apart; each holds one or more items of its own. ``ANCHORS``: a
look-alike's first report alone, where no second telling of that event is probed. The whole set is one
stream of some 400 items over twenty weeks, so a word that every report of a topic carries weighs little, as in a
real feed.
"""
from __future__ import annotations

Item = tuple[str, int, str, str]

EVENTS: dict[str, tuple[int, list[Item]]] = {
    "quake-malatya": (0, [
        ("reuters", 0, "Magnitude 5.6 earthquake jolts eastern Turkey, two dead",
         "A magnitude 5.6 earthquake struck Malatya province in eastern Turkey early on Monday, killing two people "
         "and damaging dozens of buildings, the disaster agency AFAD said."),
        ("dailysabah", 95, "Malatya quake death toll climbs to four as rescuers search rubble",
         "Four people have now died after Monday's tremor in Malatya, Interior Minister Ali Yerlikaya said. "
         "Teams from AFAD were still searching two collapsed homes in the Yesilyurt district."),
        ("bbc", 180, "Turkey: deadly tremor hits region devastated last year",
         "An earthquake has killed four people in Malatya, one of the provinces worst hit by last year's disaster. "
         "Residents spent the night outdoors in the cold, fearing aftershocks."),
    ]),
    "ferry-meghna": (0, [
        ("ap", 30, "Ferry capsizes on Bangladesh river, at least 12 dead",
         "A crowded ferry capsized on the Meghna river south of Dhaka on Monday after colliding with a cargo "
         "vessel, police said. At least 12 bodies were recovered and dozens of passengers are missing."),
        ("dhakatribune", 140, "Launch sinks in Meghna after collision with bulk carrier; toll rises to 19",
         "Divers recovered seven more bodies from the launch MV Rafid, which sank near Munshiganj after being hit "
         "by a sand-laden bulk carrier, the fire service said."),
    ]),
    "tesla-cybertruck-recall": (1, [
        ("cnbc", 0, "Tesla recalls nearly 4,000 Cybertrucks over stuck accelerator pedal",
         "Tesla is recalling 3,878 Cybertrucks because the accelerator pedal pad can come loose and get trapped, "
         "the National Highway Traffic Safety Administration said on Friday."),
        ("theverge", 60, "Cybertruck recall: the pedal can get stuck at full throttle",
         "Soap used during assembly made a pedal cover slip off and wedge against the interior trim, Tesla said in "
         "its filing with NHTSA. Owners will get a new pedal free of charge."),
        ("nypost", 200, "Elon Musk's Cybertruck hit with first recall after viral TikTok video",
         "Every Cybertruck delivered so far is affected. A TikTok user had posted footage of the truck's pedal "
         "jammed to the floor days before the safety regulator announced the recall."),
    ]),
    "boe-hold": (1, [
        ("guardian", 360, "Bank of England holds interest rates at 5.25% but hints at cuts",
         "The Bank of England kept its base rate at 5.25% on Thursday, a 16-year high, though two members of its "
         "monetary policy committee who had voted for rises switched to a hold."),
        ("sky", 380, "Interest rates unchanged as Threadneedle Street signals summer cut",
         "Governor Andrew Bailey said the UK was on the way to the point where rates could come down. The Bank's "
         "nine-member committee voted 8-1 to keep borrowing costs where they are."),
    ]),
    "wildfire-marseille": (2, [
        ("france24", 0, "Wildfire near Marseille forces hundreds to evacuate",
         "A fast-moving blaze fanned by mistral winds tore through scrubland north of Marseille on Wednesday, "
         "forcing the evacuation of several hundred residents of Les Pennes-Mirabeau."),
        ("euronews", 90, "Firefighters battle blaze on outskirts of France's second city",
         "Some 700 firefighters and water-bombing planes were fighting the fire in the Bouches-du-Rhone, the "
         "prefecture said. Trains between Marseille and Paris were halted."),
        ("localnews", 150, "Les Pennes-Mirabeau residents told to leave as fire nears homes",
         "Police went door to door in the hillside town as smoke covered the A7 motorway. About 400 hectares "
         "have burned so far."),
    ]),
    "alaska-door-plug": (2, [
        ("cnn", 60, "Alaska Airlines jet makes emergency landing after window blows out mid-flight",
         "An Alaska Airlines Boeing 737 Max 9 returned to Portland on Friday night after a panel blew out of the "
         "fuselage at 16,000 feet, leaving a hole in the cabin wall. No one was seriously hurt."),
        ("reuters", 120, "FAA grounds some Boeing 737 MAX 9 jets after Alaska cabin panel blowout",
         "The Federal Aviation Administration ordered the temporary grounding of 171 MAX 9 aircraft for "
         "inspections after a door plug detached from Alaska Airlines Flight 1282."),
        ("dailymail", 240, "Terrified passengers clung to seats as hole opened in side of plane",
         "Phones and a teenager's shirt were sucked out of the Boeing when the panel tore away minutes after "
         "take-off from Portland, passengers on flight 1282 said."),
    ]),
    "gukesh-candidates": (3, [
        ("espn", 0, "Gukesh, 17, wins Candidates to become youngest world title challenger",
         "Indian grandmaster Gukesh Dommaraju drew his final game in Toronto on Sunday to win the Candidates "
         "tournament and earn a world championship match against Ding Liren."),
        ("timesofindia", 45, "D Gukesh scripts history in Toronto, to take on Ding for world crown",
         "Teenager Gukesh scored nine points from 14 rounds, half a point ahead of Nakamura, Caruana and "
         "Nepomniachtchi. He is the youngest player ever to win the event."),
    ]),
    "gdl-strike": (3, [
        ("dw", 120, "German train drivers begin 35-hour strike",
         "Members of the GDL union walked out on Thursday, bringing most Deutsche Bahn long-distance and regional "
         "services to a halt in the latest round of a dispute over working hours."),
        ("ft", 200, "Deutsche Bahn passengers stranded as GDL stages new walkout",
         "The railway said it could run only a fifth of its intercity trains. Union leader Claus Weselsky has "
         "demanded a 35-hour week for shift workers without a cut in pay."),
        ("thelocalde", 260, "Rail strike: what travellers in Germany need to know",
         "The stoppage by train drivers runs until Friday evening. Freight services stopped on Wednesday night and "
         "Deutsche Bahn is running an emergency timetable."),
    ]),
    "sbf-sentence": (4, [
        ("nyt", 0, "Sam Bankman-Fried sentenced to 25 years in prison",
         "The FTX founder was sentenced on Thursday by a federal judge in Manhattan for defrauding customers and "
         "investors of his collapsed cryptocurrency exchange."),
        ("coindesk", 30, "SBF gets 25-year term; judge says he showed no remorse",
         "Judge Lewis Kaplan said Bankman-Fried had lied on the stand and ordered him to forfeit $11 billion. "
         "Prosecutors had sought 40 to 50 years."),
        ("bbc", 90, "FTX boss jailed for quarter of a century over crypto fraud",
         "Bankman-Fried, 32, was convicted in November of stealing $8bn from customers. His lawyers had asked for "
         "a sentence of about six years."),
    ]),
    "senegal-faye": (5, [
        ("aljazeera", 0, "Opposition candidate Faye wins Senegal presidential election",
         "Bassirou Diomaye Faye, who was released from prison ten days before the vote, won Sunday's election "
         "outright with 54 percent, provisional results showed."),
        ("rfi", 60, "Senegal: Diomaye Faye elected in first round, Ba concedes",
         "Ruling coalition candidate Amadou Ba congratulated his rival. Faye, 44, will become Africa's youngest "
         "elected president."),
        ("reuters", 150, "Senegal's president-elect promises to fight corruption",
         "Faye said in his first speech that he would renegotiate oil and gas contracts and govern with humility "
         "after a campaign dominated by youth unemployment."),
    ]),
    "baltimore-bridge": (5, [
        ("ap", 200, "Baltimore's Key Bridge collapses after being struck by container ship",
         "The Francis Scott Key Bridge collapsed into the Patapsco River early on Tuesday after a cargo ship lost "
         "power and hit one of its supports. Six road workers are missing."),
        ("baltimoresun", 230, "Dali crew issued mayday before ship hit bridge, governor says",
         "Governor Wes Moore said the crew's warning allowed police to stop traffic onto the span. The Dali, "
         "bound for Sri Lanka, had left the port of Baltimore half an hour earlier."),
        ("guardian", 330, "Search for six missing after bridge collapse in Maryland",
         "Divers recovered two bodies from a pickup truck in the river. Shipping into the port, one of the "
         "busiest on the US east coast, was suspended indefinitely."),
    ]),
    "iceland-eruption": (6, [
        ("icelandreview", 0, "Eruption begins on Reykjanes peninsula near Grindavik",
         "A fissure opened between Stora-Skogfell and Hagafell on Saturday evening, the Icelandic Met Office said, "
         "and lava is flowing towards the defensive walls around Grindavik."),
        ("bbc", 50, "Iceland volcano erupts for fourth time since December",
         "The Blue Lagoon spa was evacuated as lava fountains lit up the night sky. The town of Grindavik, home "
         "to 3,800 people, had already been emptied."),
    ]),
    "chicago-measles": (6, [
        ("chicagotribune", 300, "Measles case confirmed at Chicago migrant shelter",
         "A child living at the Pilsen shelter on South Halsted Street tested positive for measles, city health "
         "officials said on Friday, and residents are being vaccinated."),
        ("nbc", 400, "Chicago health officials race to contain measles after shelter case",
         "The Chicago Department of Public Health said the child had recovered. Nearly 900 people staying at the "
         "shelter were screened and offered shots."),
    ]),
    "capital-one-discover": (7, [
        ("wsj", 0, "Capital One to buy Discover Financial in $35 billion deal",
         "Capital One Financial agreed on Monday to acquire Discover Financial Services in an all-stock deal, "
         "creating the largest US credit card company by balances."),
        ("cnbc", 40, "Capital One-Discover merger would create credit card giant",
         "Discover shareholders will receive 1.0192 Capital One shares for each share they own, a 26% premium. "
         "The deal also gives Capital One its own payments network."),
        ("bloomberg", 120, "Warren urges regulators to block Capital One's takeover of Discover",
         "Senator Elizabeth Warren said the combination of the two card issuers would hurt consumers. The banks "
         "expect to close the acquisition late this year."),
    ]),
    "everton-points": (7, [
        ("skysports", 300, "Everton deducted 10 points for breaching Premier League spending rules",
         "An independent commission docked Everton ten points with immediate effect, dropping Sean Dyche's side "
         "into the relegation zone."),
        ("liverpoolecho", 330, "Everton 'shocked and disappointed' by points penalty, will appeal",
         "The club said the commission's sanction was wholly disproportionate and unjust. Everton had admitted "
         "losses above the permitted 105 million pounds over three years."),
    ]),
    "kuriga-abduction": (8, [
        ("reuters", 0, "Gunmen kidnap more than 280 pupils in northwest Nigeria",
         "Armed men on motorcycles stormed a school in Kuriga, Kaduna state, on Thursday morning and seized at "
         "least 287 students and teachers, a local official said."),
        ("punch", 90, "Kuriga school abduction: Tinubu orders security agencies to rescue children",
         "President Bola Tinubu said he had directed the military and police to ensure the pupils' safe return. "
         "Residents said the kidnappers fled into the forest."),
        ("bbc", 160, "Nigeria school kidnapping: parents plead for return of children",
         "Parents in the Kaduna village gathered at the school, where one teacher escaped the gunmen. It is the "
         "largest mass abduction in Nigeria in years."),
    ]),
    "starship-third": (8, [
        ("space", 300, "SpaceX Starship reaches space on third test flight",
         "SpaceX's giant Starship rocket lifted off from Boca Chica, Texas, on Thursday and reached orbital "
         "speed before being lost on re-entry over the Indian Ocean."),
        ("ars", 340, "Third time's the charm for Starship, mostly",
         "The 121-metre rocket flew farther and longer than on its two earlier flights, opened its payload door "
         "and tested a propellant transfer, though the Super Heavy booster crashed into the Gulf of Mexico."),
    ]),
    "brussels-farmers": (9, [
        ("politico", 0, "Farmers block Brussels with tractors as EU leaders meet",
         "Hundreds of tractors blocked streets around the European Parliament on Thursday, and protesters set "
         "fires and threw eggs as leaders gathered for a summit."),
        ("euronews", 60, "Police fire water cannon at farmers protesting outside EU summit",
         "Farmers from Belgium, France and Italy demanded less red tape and protection from cheap Ukrainian "
         "imports. Police used water cannon near Place du Luxembourg."),
    ]),
    "varadkar-resigns": (9, [
        ("irishtimes", 300, "Leo Varadkar to step down as Taoiseach and Fine Gael leader",
         "In a surprise announcement on Wednesday, Varadkar said he was resigning for personal and political "
         "reasons and would stay on until a successor is chosen."),
        ("guardian", 320, "Irish prime minister Leo Varadkar resigns in shock move",
         "Varadkar, who became Ireland's first gay and youngest prime minister in 2017, said he was no longer "
         "the best person for the job."),
        ("rte", 400, "Harris emerges as frontrunner to succeed Varadkar",
         "Higher Education Minister Simon Harris is expected to announce his candidacy to lead Fine Gael after "
         "the Taoiseach's resignation stunned his party."),
    ]),
    "dubai-floods": (10, [
        ("khaleejtimes", 0, "UAE records heaviest rainfall in 75 years",
         "Dubai received more than a year's worth of rain in a day as storms lashed the UAE on Tuesday, flooding "
         "roads, malls and homes."),
        ("bbc", 80, "Dubai airport flooded as storms cause chaos across UAE",
         "Flights were diverted from Dubai International, the world's busiest airport for international travel, "
         "as aircraft taxied through standing water. Schools were closed."),
        ("cnn", 200, "Dubai flooding: how did the desert city end up under water?",
         "Some 254 millimetres of rain fell at Al Ain. Experts said the city's drainage was not built for such "
         "downpours."),
    ]),
    "british-library-hack": (10, [
        ("guardian", 400, "British Library staff data leaked after ransomware attack",
         "Hackers who attacked the British Library in October have published personal data of staff online, "
         "the library said, after it refused to pay a ransom."),
        ("theregister", 460, "Rhysida gang dumps stolen British Library files on dark web",
         "The ransomware group, which had demanded 20 bitcoin, posted some 600GB of files. The library's "
         "online catalogue remains down."),
    ]),
    "nepal-bus": (11, [
        ("kathmandupost", 0, "Bus plunges into Trishuli river, at least 20 feared dead",
         "A passenger bus travelling from Pokhara to Kathmandu veered off the road in Dhading district and fell "
         "into the Trishuli river early on Friday, police said."),
        ("ap", 120, "Bus falls into river in Nepal, killing 20",
         "Rescuers pulled 20 bodies from the swollen river and were searching for others who were on board. The "
         "cause of the accident was being investigated."),
    ]),
    "halep-cas": (11, [
        ("tennis", 300, "Simona Halep free to play after CAS cuts doping ban to nine months",
         "The Court of Arbitration for Sport reduced the Romanian's four-year suspension, accepting that the "
         "banned substance roxadustat came from a contaminated supplement."),
        ("bbc", 340, "Halep's ban reduced on appeal: former world number one can return immediately",
         "Two-time Grand Slam champion Halep said she could not wait to be back on court. The International "
         "Tennis Integrity Agency had banned her in September."),
    ]),
    "pritzker-yamamoto": (12, [
        ("dezeen", 0, "Riken Yamamoto wins 2024 Pritzker Architecture Prize",
         "The Japanese architect, known for housing that blurs the line between public and private space, was "
         "named the 53rd laureate of architecture's highest honour."),
        ("nyt", 90, "Pritzker goes to Yamamoto, architect of community",
         "Yamamoto, 78, is the ninth Japanese winner of the prize. The jury praised his fire station in Hiroshima "
         "and his social housing in Beijing."),
    ]),
    "apple-eu-fine": (12, [
        ("reuters", 240, "EU fines Apple 1.8 billion euros over music streaming",
         "The European Commission fined Apple 1.84 billion euros on Monday for preventing app developers from "
         "telling iPhone users about cheaper music subscriptions outside its App Store, after a complaint by "
         "Spotify."),
        ("theverge", 270, "Apple hit with $2 billion EU penalty in Spotify case",
         "Competition chief Margrethe Vestager said Apple had abused its dominant position for a decade. Apple "
         "said it would appeal the ruling."),
        ("ft", 330, "Brussels lands first antitrust fine on Apple",
         "It is the first time the iPhone maker has been penalised for breaching EU competition law. The fine "
         "includes a lump sum meant to deter."),
    ]),
    "novak-resigns": (13, [
        ("hungarytoday", 0, "Hungarian President Katalin Novak resigns over pardon scandal",
         "Novak announced her resignation in a televised address on Saturday after it emerged she had pardoned a "
         "man convicted of covering up child sexual abuse at a children's home."),
        ("politico", 60, "Hungary's president quits after outcry over clemency decision",
         "Katalin Novák, an ally of Prime Minister Viktor Orbán, said she had made a mistake. Protesters had "
         "gathered outside her office on Friday."),
    ]),
    "navalny-death": (13, [
        ("reuters", 300, "Kremlin critic Alexei Navalny dies in Arctic prison, authorities say",
         "Navalny felt unwell after a walk and lost consciousness, the prison service of the Yamalo-Nenets region "
         "said on Friday. Medics failed to revive him."),
        ("meduza", 330, "Navalny is dead, Russian prison service says; his team cannot confirm",
         "His spokeswoman Kira Yarmysh said his lawyer was flying to the penal colony in Kharp. Navalny, 47, "
         "was serving a 19-year sentence."),
        ("cnn", 420, "World leaders blame Putin after Navalny's death",
         "President Joe Biden said Vladimir Putin was responsible for the opposition leader's death. Navalny's "
         "wife, Yulia Navalnaya, said Putin must be held to account."),
    ]),
    "kc-parade-shooting": (14, [
        ("kansascitystar", 0, "Shots fired at Chiefs Super Bowl parade; one dead, many injured",
         "Gunfire broke out near Union Station at the end of the Kansas City Chiefs' victory rally on Wednesday, "
         "killing one person and wounding more than 20, police said."),
        ("ap", 60, "Shooting at Kansas City celebration kills local DJ",
         "Lisa Lopez-Galvan, a radio host, was killed when shots rang out as fans left the celebration. Police "
         "detained three people, including two juveniles."),
    ]),
    "algeciras-cocaine": (14, [
        ("elpais", 300, "Spanish police seize record 13 tonnes of cocaine in banana shipment",
         "Officers found the drugs hidden in a container of bananas from Ecuador at the port of Algeciras, the "
         "largest single cocaine haul in Spain's history, the interior ministry said."),
        ("guardian", 380, "Cocaine worth hundreds of millions found among bananas in Algeciras",
         "The shipment had been sent by a company in Ecuador that had been exporting fruit legally for years, "
         "Spain's Guardia Civil said."),
    ]),
    "haiti-prison": (15, [
        ("miamiherald", 0, "Gangs storm Haiti's main prison, thousands of inmates escape",
         "Armed gangs attacked the National Penitentiary in Port-au-Prince over the weekend, freeing most of its "
         "roughly 3,800 inmates, officials said."),
        ("aljazeera", 90, "Haiti declares state of emergency after jailbreak",
         "The government imposed a 72-hour state of emergency and a night curfew after gang leader Jimmy "
         "'Barbecue' Cherizier's alliance attacked two prisons in the capital."),
    ]),
    "bitcoin-record": (15, [
        ("coindesk", 300, "Bitcoin tops $72,000 for the first time",
         "The largest cryptocurrency hit a record on Monday, extending its rally as money kept flowing into the "
         "new spot bitcoin exchange-traded funds."),
        ("bloomberg", 340, "Bitcoin sets fresh all-time high as ETF demand grows",
         "Bitcoin rose as much as 4.6% to $72,800. The funds approved in January have drawn in about $10 billion "
         "so far."),
    ]),
    "whales-toby-inlet": (16, [
        ("abc", 0, "More than 100 pilot whales stranded on beach in Western Australia",
         "A pod of about 160 long-finned pilot whales beached at Toby's Inlet near Dunsborough on Thursday, and "
         "26 have died, wildlife officers said."),
        ("watoday", 60, "Volunteers help refloat stranded whales near Dunsborough",
         "Hundreds of people waded into the water at Toby Inlet to keep the animals upright. Parks officials "
         "said about 130 whales had been returned to sea."),
    ]),
    # One event whose reports name what happened in other words (quake and tremor, kidnap and abduction, resign
    # and quit, eruption and erupts, blast and explosion, takeover and acquisition): the event's own noun or verb
    # is the term its reports would share.
    "quake-oaxaca": (19, [
        ("ap", 0, "Strong earthquake shakes southern Mexico, three killed",
         "A magnitude 6.3 earthquake struck the state of Oaxaca on Tuesday afternoon, killing three people in "
         "the town of Juchitan and cracking churches, civil protection officials said."),
        ("elpais", 120, "Tremor leaves Juchitan residents sleeping in the streets",
         "Families in Juchitan spent the night outside after Tuesday's tremor, afraid to go back into homes "
         "that had cracked. The Oaxaca governor toured the damage."),
    ]),
    "typhoon-luzon": (19, [
        ("reuters", 60, "Typhoon Mawar slams northern Philippines, thousands flee",
         "Typhoon Mawar made landfall in Cagayan province on Luzon island early on Tuesday with gusts of 185 "
         "km per hour, and more than 40,000 people were moved to shelters."),
        ("inquirer", 180, "Cagayan towns under water as cyclone Mawar crosses Luzon",
         "Rivers burst their banks in Cagayan as the cyclone moved west across northern Luzon, the disaster "
         "council said. Two fishermen were reported missing."),
    ]),
    "kidnap-zamfara": (20, [
        ("bbc", 0, "Gunmen kidnap dozens of villagers in Nigeria's Zamfara",
         "Armed men on motorbikes kidnapped at least 40 people from Kaura Namoda in Zamfara state on Sunday "
         "night, residents said."),
        ("premiumtimes", 90, "Police confirm abduction of 40 residents in Kaura Namoda",
         "The Zamfara police command said officers had been sent after the bandits behind the abduction, and "
         "that a rescue operation was under way in the forest."),
    ]),
    "resign-fiji-minister": (20, [
        ("rnz", 60, "Fiji's finance minister resigns over travel spending row",
         "Finance Minister Biman Prasad resigned on Monday after an audit questioned his use of public money "
         "for overseas trips, the prime minister's office said."),
        ("fijitimes", 200, "Prasad quits cabinet, says he will clear his name",
         "Biman Prasad said he quit so that the audit into the trips could run without pressure, and that "
         "he expected to be cleared."),
    ]),
    "eruption-etna": (21, [
        ("ansa", 0, "Etna erupts, closing Catania airport",
         "Mount Etna erupted overnight, sending a column of ash several kilometres high and forcing Catania "
         "airport to suspend flights on Wednesday morning."),
        ("guardian", 150, "Ash cloud from Etna eruption grounds Sicily flights",
         "Passengers were stranded in Catania after the eruption covered runways in volcanic ash. Lava "
         "fountains lit up the sky above the volcano, the geophysics institute said."),
    ]),
    "blast-karachi-factory": (21, [
        ("dawn", 60, "Boiler explosion at Karachi factory kills seven",
         "Seven workers were killed when a boiler exploded at a garment factory in Karachi's Korangi "
         "industrial area on Wednesday, rescue officials said."),
        ("geo", 160, "Korangi blast: owner of garment unit detained",
         "Police detained the owner of the Korangi garment unit where Wednesday's blast killed seven "
         "workers, and said the boiler had not been inspected for years."),
    ]),
    "hack-toyota-supplier": (22, [
        ("nikkei", 0, "Toyota halts Japan plants after cyberattack on parts supplier",
         "Toyota suspended output at 14 plants in Japan on Thursday after a cyberattack on Kojima Industries, "
         "a maker of plastic parts, froze its ordering system."),
        ("register", 90, "Hackers knock Kojima offline, stopping Toyota's assembly lines",
         "A ransomware hack at Kojima Industries left Toyota unable to order parts, and the carmaker stopped "
         "its Japanese production for a day."),
    ]),
    "strike-finnair": (22, [
        ("yle", 0, "Finnair cancels hundreds of flights as staff strike",
         "Finnair cancelled about 300 flights on Thursday as members of the aviation union IAU went on strike "
         "over pay, the airline said."),
        ("reuters", 120, "Walkout by Finnish airport workers strands 20,000 passengers",
         "The IAU walkout at Helsinki airport stranded some 20,000 Finnair passengers, and the union said more "
         "stoppages would follow next week."),
    ]),
    "arrest-hong-kong-activist": (23, [
        ("hkfp", 0, "Hong Kong police arrest activist Chow over online posts",
         "National security police arrested activist Alexandra Chow on Friday over posts they said incited "
         "hatred against the government."),
        ("scmp", 100, "Chow detained under new security law, first case of its kind",
         "Alexandra Chow was detained under the Article 23 law passed in March, police said, making her the "
         "first person held under its sedition clause."),
    ]),
    "crash-tanker-bosphorus": (23, [
        ("dailysabah", 60, "Tanker and cargo ship collide in Bosphorus, strait closed",
         "A Maltese-flagged tanker collided with a cargo ship off Istanbul's Sariyer district on Friday, and "
         "the coast guard closed the strait to traffic."),
        ("lloydslist", 200, "Bosphorus shut after collision between tanker and bulker",
         "Traffic through the Bosphorus was halted after the collision, which left the bulk carrier's bow "
         "damaged. No oil leaked, Turkish officials said."),
    ]),
    "evacuate-hilo-flood": (24, [
        ("hawaiinews", 0, "Hilo residents told to evacuate as river floods",
         "Officials ordered people living along the Wailuku River in Hilo to evacuate on Saturday as heavy "
         "rain pushed the river over its banks."),
        ("ap", 110, "Evacuation ordered on Hawaii's Big Island after days of rain",
         "The evacuation covers about 600 homes near the Wailuku River, county officials said, and shelters "
         "have opened at two schools in Hilo."),
    ]),
    "protest-belgrade-lithium": (24, [
        ("n1", 60, "Tens of thousands protest in Belgrade against lithium mine",
         "Crowds protested in central Belgrade on Saturday against Rio Tinto's plan to mine lithium in the "
         "Jadar valley, blocking the main railway station."),
        ("euronews", 180, "Serbian demonstrators block Belgrade station over Jadar mine",
         "Demonstrators occupied tracks at Belgrade's main station for several hours, demanding a ban on the "
         "Rio Tinto project in the Jadar valley."),
    ]),
    "sack-coach-lyon": (25, [
        ("lequipe", 0, "Lyon sack coach Sage after six straight defeats",
         "Olympique Lyonnais sacked head coach Pierre Sage on Sunday, a day after a sixth league defeat in a "
         "row left the club 15th in Ligue 1."),
        ("espn", 90, "Lyon dismiss Sage, Blanc in talks to return",
         "Lyon dismissed Pierre Sage after the run of defeats, and the club is talking to Laurent Blanc about "
         "taking over until the end of the season."),
    ]),
    "ceasefire-tigray-talks": (25, [
        ("reuters", 60, "Ethiopia and Tigray forces agree truce at Pretoria talks",
         "Ethiopia's government and Tigrayan forces agreed a truce on Sunday after talks in Pretoria mediated "
         "by the African Union, both sides said."),
        ("africanews", 200, "AU hails Ethiopia ceasefire deal signed in South Africa",
         "The African Union called the ceasefire a new dawn for Ethiopia. The deal signed in Pretoria provides "
         "for the disarmament of Tigrayan fighters."),
    ]),
    "takeover-brewer": (26, [
        ("ft", 0, "Heineken agrees takeover of Distell for $2.5bn",
         "Heineken agreed on Monday to take over South African drinks group Distell in a $2.5 billion deal "
         "that creates a regional rival to AB InBev."),
        ("businessday", 100, "Distell shareholders back Heineken acquisition",
         "Shareholders of Distell voted in favour of the acquisition by Heineken, which still needs the "
         "competition commission's approval, the company said."),
    ]),
    "jail-fraudster-sydney": (26, [
        ("smh", 0, "Sydney financial adviser jailed for $40 million fraud",
         "Former financial adviser Marcus Leigh was jailed for 11 years on Monday for stealing $40 million "
         "from clients of his Sydney firm, the NSW District Court heard."),
        ("abc", 150, "Leigh imprisoned for fleecing retirees of their savings",
         "Marcus Leigh was imprisoned for 11 years for defrauding more than 200 clients, most of them "
         "retirees who lost their savings."),
    ]),
    # A second outlet's report from another angle (the repairs, the keepers, the volunteers) that shares one name
    # and a word or two with the first: the pairs the story bar weighs most closely.
    "bridge-strike-rhine": (28, [
        ("dw", 0, "Barge hits bridge pillar on Rhine near Duisburg, river closed",
         "A loaded barge struck a pillar of the Neuenkamp bridge on Monday morning, and the water police halted "
         "shipping on a stretch of the Rhine."),
        ("wdr", 80, "Neuenkamp crossing shut to lorries while engineers check damage",
         "Engineers inspected the Neuenkamp span after the collision, and the city barred heavy vehicles until "
         "further notice. Ships were queueing at Ruhrort."),
    ]),
    "mine-collapse-zambia": (28, [
        ("reuters", 60, "Dozens trapped after landslide at Zambian copper mine",
         "Heavy rain set off a landslide at an open-pit copper mine in Chingola on Monday, trapping at least 30 "
         "informal miners, the district commissioner said."),
        ("lusakatimes", 200, "Rescuers dig for miners buried at Chingola pit",
         "Soldiers and volunteers used shovels to reach the men buried in the Chingola pit, and three bodies "
         "had been recovered by evening."),
    ]),
    "museum-theft-dresden": (29, [
        ("bild", 0, "Thieves raid Dresden museum, take 18th-century jewels",
         "Burglars broke into the Green Vault in Dresden's royal palace before dawn on Tuesday and took jewellery "
         "sets of diamonds and rubies, police said."),
        ("guardian", 120, "Green Vault heist: police hunt gang after priceless diamonds stolen",
         "Officers are searching for the men seen on camera smashing a display case at the Green Vault. A fire "
         "at a nearby power box cut street lights before the break-in."),
    ]),
    "zoo-panda-birth": (29, [
        ("ap", 60, "Giant panda gives birth to twins at Berlin zoo",
         "Meng Meng, a giant panda on loan from China, gave birth to two cubs at Berlin's zoo on Tuesday, the "
         "zoo said, the first pandas born in Germany."),
        ("tagesspiegel", 180, "Two cubs for Meng Meng: keepers watch round the clock",
         "The zoo's keepers are watching the newborns around the clock. Each cub weighs about 150 grams and is "
         "still pink and hairless, the zoo's director said."),
    ]),
    "oil-spill-mauritius": (30, [
        ("bbc", 0, "Mauritius declares emergency as grounded ship leaks fuel",
         "Mauritius declared an environmental emergency on Wednesday after the bulk carrier MV Wakashio, "
         "grounded on a reef, began leaking fuel oil into its lagoon."),
        ("lemauricien", 100, "Volunteers make booms of sugarcane leaves to hold back Wakashio slick",
         "Thousands of islanders stuffed sacks with straw and leaves to keep the slick from Mahebourg's "
         "mangroves as oil kept seeping from the Japanese-owned ship."),
    ]),
    "transfer-record-wsl": (30, [
        ("bbc", 60, "Chelsea break women's transfer record to sign Naomi Girma",
         "Chelsea have signed United States defender Naomi Girma from San Diego Wave for a fee of about "
         "$1.1 million, a world record for a female player."),
        ("athletic", 150, "Girma joins Chelsea in first million-dollar deal in women's football",
         "The 24-year-old centre-back becomes the first female player sold for more than a million dollars, "
         "and has signed a contract until 2029."),
    ]),
    # A town named in one report and only its region or country in another (issue 13's stop-45 list): the
    # reports share the event's words but not the place, so the place names nothing they have in common.
    "floods-paiporta": (32, [
        ("reuters", 0, "Flash floods kill dozens in eastern Spain",
         "Torrential rain sent walls of water through towns near Valencia on Tuesday night, sweeping away cars "
         "and killing at least 51 people, the regional government said."),
        ("elpais", 150, "Paiporta residents dig out cars buried in mud after torrent",
         "In Paiporta, where a ravine burst its banks, neighbours shovelled mud from ground-floor homes on "
         "Wednesday and counted the dead among them."),
    ]),
    "landslide-wayanad": (32, [
        ("ap", 60, "Landslides kill scores in south Indian state of Kerala",
         "Heavy monsoon rain triggered landslides in the hills of Kerala before dawn on Tuesday, killing at "
         "least 93 people and burying hundreds of homes, officials said."),
        ("thehindu", 200, "Mundakkai and Chooralmala villages buried as hillside gives way",
         "Rescuers dug through mud and boulders in Mundakkai with their hands; the bridge to Chooralmala was "
         "washed away, cutting off survivors."),
    ]),
    "train-crash-balasore": (33, [
        ("bbc", 0, "Hundreds killed as trains collide in eastern India",
         "A passenger express derailed and hit a goods train in Odisha on Friday evening, and a second express "
         "ploughed into the wreckage, killing at least 280 people."),
        ("ndtv", 120, "Balasore hospitals overflow after rail crash",
         "Doctors in Balasore worked through the night as the injured arrived by the hundred; residents queued "
         "to give blood outside the district hospital."),
    ]),
    "factory-fire-ashulia": (33, [
        ("afp", 100, "Garment factory fire in Bangladesh kills 17 workers",
         "Fire swept through a clothing factory outside Dhaka on Saturday, trapping workers on its upper floors "
         "and killing at least 17, firefighters said."),
        ("dailystar", 220, "Ashulia families wait outside burnt-out factory",
         "Relatives held up photographs of missing machinists at the gates in Ashulia, where exits on two "
         "floors had been padlocked, survivors said."),
    ]),
    "shooting-lewiston": (34, [
        ("cnn", 0, "Gunman kills 18 at bowling alley and bar in Maine",
         "A gunman opened fire at a bowling alley and a bar on Wednesday night, killing 18 people and wounding "
         "13, and police were searching for a suspect."),
        ("bangordailynews", 90, "Lewiston under lockdown as police hunt suspect",
         "Residents of Lewiston were told to shelter in place and schools stayed shut on Thursday while "
         "officers searched for the man seen carrying a rifle."),
    ]),
    "quake-amizmiz": (34, [
        ("reuters", 60, "Earthquake in Morocco kills more than 2,000",
         "A magnitude 6.8 earthquake struck the High Atlas mountains late on Friday, flattening villages and "
         "killing more than 2,000 people, the interior ministry said."),
        ("france24", 200, "In Amizmiz, earthquake survivors sleep in the street",
         "Families in Amizmiz spent a second night outdoors beside the rubble of their homes, waiting for tents "
         "and water that had not yet reached the town."),
    ]),
    "cholera-lusaka": (35, [
        ("aljazeera", 0, "Zambia delays school term as cholera spreads",
         "Zambia has postponed the reopening of schools after a cholera outbreak killed more than 400 people, "
         "the health ministry said."),
        ("lusakatimes", 180, "Heroes Stadium turned into cholera treatment centre",
         "The national stadium in Lusaka now holds 1,000 beds for cholera patients, and volunteers hand out "
         "chlorine and water at its gates."),
    ]),
    "bus-gorge-kullu": (35, [
        ("pti", 30, "Bus plunges into gorge in Himachal Pradesh, 12 killed",
         "A private bus skidded off a mountain road and fell into a gorge in Himachal Pradesh on Sunday, killing "
         "12 passengers and injuring 30, police said."),
        ("tribune", 160, "Kullu bus accident: driver lost control on hairpin bend",
         "The bus was carrying pilgrims from Manali when it went over the edge near Banjar, the Kullu "
         "superintendent of police said."),
    ]),
    "port-strike-antwerp": (36, [
        ("ft", 0, "Belgian dockworkers strike halts container traffic",
         "Dockworkers across Belgium walked out on Monday over pension changes, leaving container ships unable "
         "to load or unload, the unions said."),
        ("vrt", 120, "Ships queue off Antwerp as port workers walk out",
         "More than 40 vessels were waiting in the Scheldt estuary, the port authority said, and terminals in "
         "Antwerp were empty of crane drivers."),
    ]),
    "heatwave-jacobabad": (36, [
        ("guardian", 60, "Pakistan heatwave pushes temperatures past 50C",
         "Temperatures topped 50C in parts of Pakistan on Monday, and the government told people to stay indoors "
         "as power cuts left millions without fans."),
        ("dawn", 200, "Jacobabad hospitals fill with heatstroke patients",
         "The civil hospital in Jacobabad admitted 60 people with heatstroke in a day, doctors said, as the city "
         "recorded 51C in the shade."),
    ]),
    "wildfire-limni": (37, [
        ("reuters", 0, "Wildfire on Greek island forces evacuations",
         "A wildfire on Evia, Greece's second-largest island, forced hundreds of residents to flee on Tuesday as "
         "winds drove the flames towards the sea, the fire service said."),
        ("ekathimerini", 130, "Limni villagers flee by boat as flames reach the shore",
         "Coastguard vessels and fishing boats took people off the beach at Limni after the fire cut the road "
         "north of the village."),
    ]),
    "plant-blast-port-neches": (37, [
        ("ap", 60, "Explosion at Texas chemical plant forces evacuation",
         "A blast at a petrochemical plant in southeast Texas shook homes for miles on Wednesday and officials "
         "ordered some 50,000 residents to leave as fires burned."),
        ("kfdm", 180, "Port Neches residents told to leave after plant blast",
         "Port Neches and Groves came under a mandatory evacuation as a second explosion sent a plume over the "
         "town, the county judge said."),
    ]),
    "tornado-rolling-fork": (38, [
        ("nbc", 0, "Tornado kills 25 in Mississippi",
         "A tornado tore through the Mississippi Delta on Friday night, killing at least 25 people and "
         "destroying hundreds of homes, the state emergency agency said."),
        ("clarionledger", 120, "Rolling Fork flattened as twister tears through town",
         "Little was left standing on Rolling Fork's main street; the town's water tower was down and residents "
         "searched the ruins for neighbours."),
    ]),
    "avalanche-zermatt": (38, [
        ("swissinfo", 60, "Avalanche kills three skiers in Swiss Alps",
         "Three skiers died on Monday when an avalanche swept down a slope in the canton of Valais, police said, "
         "and a fourth was flown to hospital."),
        ("blick", 180, "Zermatt: three skiers die in slide near Riffelberg",
         "The avalanche came down off-piste above Riffelberg, and rescuers with dogs found the three victims "
         "under two metres of snow, Zermatt's mountain guides said."),
    ]),
    "mine-flood-sanmenxia": (39, [
        ("reuters", 30, "Gold mine flood traps 10 miners in central China",
         "Water flooded a gold mine in Henan province on Thursday, trapping 10 miners underground, state media "
         "said. Rescuers were pumping water from the shafts."),
        ("globaltimes", 160, "Sanmenxia mine rescuers reach trapped workers' chamber",
         "Rescue teams in Sanmenxia drilled a borehole to the chamber where the miners sheltered and lowered "
         "food and lamps, the city government said."),
    ]),
    "ferry-fire-sulawesi": (39, [
        ("ap", 100, "Ferry catches fire off Indonesia, five dead",
         "A passenger ferry caught fire off Indonesia's Sulawesi island on Sunday, and passengers jumped into the "
         "sea in life jackets; five people died, the search agency said."),
        ("kompas", 230, "Manado fishermen pull ferry passengers from the sea",
         "Fishermen from villages near Manado said they took dozens of people from the water after smoke "
         "poured from the ferry's deck."),
    ]),
    # One actor named in one report and only by their post in the other ("Keir Starmer" / "the prime minister",
    # "Jensen Huang" / "Nvidia's chief executive"): the name, the rarest term an editor would match on, is
    # missing from one side.
    "orpo-kyiv-visit": (42, [
        ("yle", 0, "Petteri Orpo pledges new air defence package on Kyiv visit",
         "Petteri Orpo met Volodymyr Zelensky in Kyiv on Tuesday and promised a 190 million euro package of air "
         "defence equipment, his office said."),
        ("reuters", 70, "Finnish prime minister promises Ukraine more air defence",
         "Finland's prime minister told reporters in the Ukrainian capital that Helsinki would send air defence "
         "systems worth 190 million euros, its 22nd aid package."),
    ]),
    "huang-computex-keynote": (42, [
        ("bloomberg", 200, "Jensen Huang unveils next AI chip platform in Taipei",
         "Jensen Huang said on Sunday that Nvidia would release a new generation of its AI accelerators every year, "
         "opening the Computex trade show in Taipei."),
        ("digitimes", 260, "Nvidia chief executive promises yearly chip launches at Computex",
         "Nvidia's chief executive told a packed arena in Taipei that the company would move to a one-year rhythm "
         "for its data-centre accelerators."),
    ]),
    "pope-ajaccio-visit": (43, [
        ("vaticannews", 0, "Pope Francis arrives in Corsica for one-day visit",
         "Pope Francis landed in Ajaccio on Sunday for a conference on popular piety in the Mediterranean and "
         "will celebrate an open-air Mass before returning to Rome."),
        ("corsematin", 90, "Pontiff celebrates Mass for thousands in Ajaccio",
         "The pontiff told the crowd at the Place d'Austerlitz that faith must stay open to everyone, before "
         "meeting Emmanuel Macron at the airport."),
    ]),
    "lagarde-rate-cut": (43, [
        ("ft", 300, "ECB cuts rates for first time since 2019, Lagarde stays cautious",
         "Christine Lagarde said the European Central Bank was not committing to further cuts after it lowered "
         "its deposit rate to 3.75% on Thursday."),
        ("handelsblatt", 340, "ECB president signals no rush after quarter-point cut",
         "The central bank's president told reporters in Frankfurt that the path ahead was bumpy and decisions "
         "would be taken meeting by meeting."),
    ]),
    "orban-beijing-trip": (44, [
        ("politico", 0, "Viktor Orban lands in Beijing on unannounced peace mission",
         "Viktor Orban met Xi Jinping on Monday, days after visits to Kyiv and Moscow that angered other "
         "European Union leaders."),
        ("scmp", 80, "Hungarian leader meets Xi in third stop of self-styled peace tour",
         "Hungary's prime minister said China was a key power in creating conditions for peace in Ukraine, "
         "Chinese state media reported."),
    ]),
    "sunak-election-call": (44, [
        ("bbc", 200, "Rishi Sunak calls general election for 4 July",
         "Rishi Sunak announced a summer general election outside Downing Street on Wednesday, as rain poured "
         "down and protesters played music."),
        ("guardian", 230, "Prime minister soaked in Downing Street as he fires starting gun",
         "The prime minister stood in the rain without an umbrella to tell the country it would vote on 4 July, "
         "months earlier than many Conservative MPs expected."),
    ]),
    "altman-ousted": (45, [
        ("theverge", 0, "OpenAI fires Sam Altman as chief executive",
         "OpenAI's board said on Friday that Sam Altman was not consistently candid in his communications and "
         "that Mira Murati would lead the company in the interim."),
        ("wsj", 60, "ChatGPT maker's board removes its CEO in surprise move",
         "The board of the company behind ChatGPT pushed out its chief executive and co-founder, stunning "
         "investors including Microsoft."),
    ]),
    "king-cancer": (45, [
        ("sky", 200, "King Charles diagnosed with cancer, Buckingham Palace says",
         "King Charles has begun regular treatment for a form of cancer found during his recent hospital "
         "procedure for an enlarged prostate, the palace said."),
        ("nyt", 260, "Britain's monarch steps back from public duties for cancer treatment",
         "The monarch, 75, will postpone public engagements but continue state business and paperwork, "
         "according to a statement from Buckingham Palace."),
    ]),
    "zuckerberg-senate-apology": (46, [
        ("cnn", 0, "Mark Zuckerberg apologises to families at Senate hearing on child safety",
         "Mark Zuckerberg turned to parents holding photographs of their children and said no one should have "
         "to go through what they had suffered."),
        ("axios", 50, "Meta CEO says sorry to parents as senators grill tech bosses",
         "Meta's chief executive stood and faced the families in the hearing room after Senator Josh Hawley "
         "pressed him to apologise."),
    ]),
    "modi-oath": (46, [
        ("ndtv", 200, "Narendra Modi sworn in for third term",
         "Narendra Modi took the oath of office at Rashtrapati Bhavan on Sunday evening, with leaders of "
         "neighbouring countries among the guests."),
        ("aljazeera", 280, "India's prime minister begins third term leading a coalition",
         "India's prime minister was sworn in after his party lost its majority and now depends on allies "
         "such as the Telugu Desam Party."),
    ]),
    "guterres-israel-ban": (47, [
        ("timesofisrael", 0, "Israel bars Antonio Guterres from entering the country",
         "Foreign Minister Israel Katz declared Antonio Guterres persona non grata on Wednesday, saying he had "
         "failed to condemn Iran's missile attack."),
        ("un-news", 90, "UN chief barred from Israel, foreign minister says",
         "The UN secretary-general will not be allowed into Israel, its foreign minister said; a UN spokesperson "
         "called the decision one more attack on the organisation."),
    ]),
    "musk-twitter-name": (47, [
        ("techcrunch", 200, "Elon Musk drops Twitter bird for X logo",
         "Elon Musk replaced Twitter's blue bird with a black and white X on Monday, the latest change since he "
         "bought the social network."),
        ("bbc", 240, "Twitter owner says goodbye to the bird as platform becomes X",
         "The billionaire owner of Twitter said the site would now be known as X, and the new logo was projected "
         "on the company's San Francisco headquarters."),
    ]),
    "netanyahu-surgery": (48, [
        ("haaretz", 0, "Benjamin Netanyahu to undergo hernia surgery under full anaesthesia",
         "Benjamin Netanyahu will have surgery for a hernia on Sunday evening at Hadassah hospital, his office "
         "said; Justice Minister Yariv Levin will stand in for him."),
        ("ap", 60, "Israeli prime minister to have hernia operation",
         "Israel's prime minister was diagnosed with a hernia during a routine check-up, and his deputy will "
         "serve as acting leader while he is sedated."),
    ]),
    "ancelotti-tax-trial": (48, [
        ("marca", 200, "Carlo Ancelotti faces tax fraud trial in Madrid",
         "Prosecutors are seeking four years and nine months in prison for Carlo Ancelotti over image rights "
         "income he is accused of hiding from the Spanish tax office."),
        ("espn", 250, "Real Madrid coach denies tax fraud at court hearing",
         "Real Madrid's coach told the court he had believed his image rights were handled properly when he "
         "managed the club between 2013 and 2015."),
    ]),
    "scholz-confidence-vote": (49, [
        ("dw", 0, "Olaf Scholz loses confidence vote, paving way for snap election",
         "Olaf Scholz lost a vote of confidence in the Bundestag on Monday, as planned, opening the way for a "
         "federal election in February."),
        ("politico", 40, "German chancellor loses Bundestag vote he wanted to lose",
         "Germany's chancellor won the backing of only 207 members, and will now ask the president to dissolve "
         "parliament."),
    ]),
    "tebas-super-league": (49, [
        ("reuters", 200, "Javier Tebas calls Super League ruling a defeat for its backers",
         "Javier Tebas said the European Court of Justice ruling did not endorse the Super League and that "
         "clubs would not join it."),
        ("theathletic", 260, "LaLiga president dismisses Super League after court verdict",
         "The LaLiga president insisted the Luxembourg court's decision changed nothing, as the Super League's "
         "backers claimed victory."),
    ]),
    # More of one actor by name and by post, each with look-alikes below: the same post doing another thing, and
    # the same act by another post's holder.
    "macron-snap-election": (52, [
        ("lemonde", 0, "Emmanuel Macron dissolves parliament after far-right surge",
         "Emmanuel Macron called a snap legislative election on Sunday night, hours after the National Rally "
         "beat his party by more than 15 points in the European vote."),
        ("politico", 60, "French president gambles on snap vote after European election rout",
         "France's president said in a televised address that he had dissolved the National Assembly and that "
         "voters would go to the polls in three weeks."),
    ]),
    "trudeau-cabinet-shuffle": (52, [
        ("cbc", 300, "Justin Trudeau names Dominic LeBlanc finance minister in shuffle",
         "Justin Trudeau moved Dominic LeBlanc to the finance portfolio on Monday after Chrystia Freeland quit "
         "the cabinet, Rideau Hall said."),
        ("globeandmail", 360, "Canadian prime minister fills finance post hours after Freeland exit",
         "Canada's prime minister swore in LeBlanc at a hastily arranged ceremony as the opposition demanded "
         "an early election."),
    ]),
    "guterres-article-99": (53, [
        ("un-news", 0, "Antonio Guterres invokes Article 99 to press Security Council on Gaza",
         "Antonio Guterres used a rarely invoked power under Article 99 of the UN Charter on Wednesday to urge "
         "the Security Council to demand a humanitarian ceasefire in Gaza."),
        ("aljazeera", 90, "UN secretary-general uses rare Charter power over Gaza war",
         "The UN secretary-general wrote to the council president warning of a humanitarian catastrophe, the "
         "first use of the article in decades."),
    ]),
    "milei-davos-speech": (53, [
        ("buenosairesherald", 300, "Javier Milei tells Davos the West is 'in danger' from socialism",
         "Javier Milei used his first speech abroad since taking office to tell business leaders at the World "
         "Economic Forum that state intervention was the problem, not the solution."),
        ("ft", 350, "Argentine president lectures World Economic Forum on free markets",
         "Argentina's president told the audience in Davos that social justice was unjust and that "
         "entrepreneurs were heroes."),
    ]),
    "zelensky-sacks-zaluzhny": (54, [
        ("kyivindependent", 0, "Volodymyr Zelensky replaces army chief Valerii Zaluzhnyi",
         "Volodymyr Zelensky dismissed Valerii Zaluzhnyi as commander-in-chief on Thursday and named Oleksandr "
         "Syrskyi to lead the armed forces."),
        ("reuters", 80, "Ukrainian president removes top general in biggest military shake-up of war",
         "Ukraine's president said a reset was needed after a failed counteroffensive, and thanked Zaluzhnyi for "
         "two years of service."),
    ]),
    "yoon-martial-law": (54, [
        ("yonhap", 300, "Yoon Suk Yeol declares emergency martial law",
         "Yoon Suk Yeol declared martial law in a late-night televised address on Tuesday, accusing the "
         "opposition of paralysing the government."),
        ("bbc", 340, "South Korean president imposes military rule, then lawmakers vote it down",
         "South Korea's president ordered troops to the National Assembly, but 190 lawmakers got inside and "
         "voted to lift the decree within hours."),
    ]),
    "cook-vision-pro": (55, [
        ("theverge", 0, "Tim Cook unveils Vision Pro headset, Apple's first new product in years",
         "Tim Cook showed off the Vision Pro mixed-reality headset at WWDC on Monday, priced at $3,499 and due "
         "early next year."),
        ("macrumors", 70, "Apple chief executive calls $3,499 headset 'the beginning of a new era'",
         "Apple's chief executive told developers in Cupertino that the Vision Pro would bring spatial "
         "computing to everyone."),
    ]),
    # A later report heads with the town that an earlier one, of another outlet, named only in its body under the
    # region; the rest of the two is worded apart (story18).
    "cyclone-puri": (60, [
        ("pti", 0, "Cyclone Kavya crosses Odisha coast, three dead",
         "Cyclone Kavya made landfall near Puri on Tuesday afternoon with winds of 120 km/h, killing three people "
         "and uprooting thousands of trees, the state's special relief commissioner said."),
        ("newindianexpress", 120, "Puri reels as cyclone tears roofs off seaside hotels",
         "Hotels along Puri's sea beach lost roofs and windows as the storm came ashore; tourists were moved to "
         "shelters and the Jagannath temple was closed for the day."),
    ]),
    "quake-chivay": (60, [
        ("reuters", 60, "Strong quake rattles southern Peru, homes damaged",
         "A magnitude 6.1 earthquake struck the Arequipa region of southern Peru on Tuesday, damaging adobe homes "
         "in Chivay and nearby villages, the geophysical institute said."),
        ("andina", 200, "Chivay families sleep outdoors after night of tremors",
         "In Chivay, families dragged mattresses into the plaza, afraid to go back indoors as aftershocks "
         "shook the Andean town through the night."),
    ]),
    "collapse-ikeja": (61, [
        ("ap", 0, "Building collapses in Nigeria's Lagos, several trapped",
         "A four-storey building under construction collapsed in the Ikeja area of Lagos on Wednesday, trapping "
         "workers under the rubble, the state emergency agency said."),
        ("punchng", 300, "Ikeja collapse: rescuers pull out nine survivors, two bodies",
         "Emergency workers in Ikeja worked through the evening with cranes and bare hands, and the commissioner "
         "said the site had been sealed off in March."),
    ]),
    "flood-grafton": (61, [
        ("abc-au", 60, "Northern NSW braces as Clarence River peaks",
         "Evacuation orders were issued for low-lying parts of Grafton on Wednesday as the Clarence River rose "
         "towards a major flood level, the State Emergency Service said."),
        ("dailytelegraph-au", 240, "Grafton under water: locals row through main street",
         "Residents of Grafton paddled tinnies past shopfronts on Wednesday night, and the SES carried out 40 "
         "rescues in the town."),
    ]),
    "derailment-mallard": (62, [
        ("bbc", 0, "Freight train derails in Yorkshire, line closed",
         "A freight train carrying stone came off the tracks near Selby on Thursday morning, closing the East "
         "Coast main line between York and Doncaster, Network Rail said."),
        ("yorkshirepost", 180, "Selby derailment leaves commuters stranded for second day",
         "Wagons still lay across both lines at Selby as engineers began lifting them, and passengers were "
         "told to expect buses until the weekend."),
    ]),
    "fire-karachi-mall": (62, [
        ("afp", 60, "Deadly blaze guts shopping centre in Pakistan's port city",
         "A fire swept through a shopping centre on Rashid Minhas Road in Karachi on Thursday, killing at least "
         "eleven people, rescue officials said."),
        ("dawn", 260, "Rashid Minhas Road fire: owners face inquiry over blocked exits",
         "Firefighters on Rashid Minhas Road found emergency exits chained shut, the city's mayor said as he "
         "ordered an inquiry into the building's owners."),
    ]),
    "storm-galway": (63, [
        ("irishtimes", 0, "Storm Fionn batters west coast, 90,000 without power",
         "Gusts of up to 140 km/h hit the west of Ireland on Friday, with Galway city and Connemara worst hit, "
         "ESB Networks said."),
        ("connachttribune", 150, "Galway's Salthill promenade smashed by storm surge",
         "Waves overtopped the prom at Salthill and flooded the Spanish Arch area of Galway, where shopkeepers "
         "stacked sandbags against their doors."),
    ]),
    "strike-gothenburg": (63, [
        ("reuters", 90, "Swedish dockworkers strike halts Scandinavia's largest port",
         "Dockworkers walked out at the port of Gothenburg on Friday in a dispute over contracts, halting "
         "container traffic, the port authority said."),
        ("thelocal-se", 250, "Gothenburg port at a standstill as container queue grows",
         "Ships queued off Gothenburg on Friday evening and hauliers said the walkout would cost exporters "
         "millions a day."),
    ]),
    # One event in a town told by two outlets in other words: they share the town and what happened (branch
    # story19: a town that is all two reports share is no longer enough to join them).
    "gas-blast-leeds": (66, [
        ("reuters", 0, "Gas explosion destroys house in Leeds, two injured",
         "A suspected gas explosion destroyed a terraced house in the Armley area of Leeds early on Monday, "
         "injuring two people, West Yorkshire Fire and Rescue Service said."),
        ("yorkshireeveningpost", 90, "Armley blast: neighbours describe 'almighty bang' as house flattened",
         "Residents in Armley said their windows shook when the explosion levelled the house before dawn. Two "
         "people were taken to hospital and a gas leak is suspected."),
    ]),
    "flood-kisauni": (66, [
        ("nation-ke", 30, "Floods cut off Mombasa estates after overnight downpour",
         "Hundreds of families in Kisauni, Mombasa, were marooned on Monday after heavy overnight rain flooded "
         "homes and washed away a footbridge, the Kenya Red Cross said."),
        ("standard-ke", 150, "Kisauni residents wade through waist-deep water as rains pound the coast",
         "Families in Kisauni waded through floodwater on Monday as Red Cross teams moved people out of homes "
         "submerged by the overnight rain."),
    ]),
    "tram-derail-melbourne": (67, [
        ("abc-au", 0, "Tram derails in Melbourne's CBD, commuters stranded",
         "A tram came off the tracks on Collins Street in Melbourne's CBD during Tuesday's morning peak, Yarra "
         "Trams said. No one was hurt, but services were suspended for hours."),
        ("theage", 80, "Collins Street chaos as derailed tram blocks city route",
         "Commuters walked to work after a derailed tram blocked Collins Street on Tuesday morning; Yarra Trams "
         "said engineers were checking the points."),
    ]),
    "mall-fire-cebu": (67, [
        ("inquirer", 60, "Fire hits Cebu City mall, shoppers evacuated",
         "Fire broke out on the third floor of a shopping mall in Cebu City on Tuesday afternoon, forcing "
         "thousands of shoppers out, the Bureau of Fire Protection said."),
        ("sunstar", 160, "Cebu mall blaze put out after three hours; no casualties",
         "Firefighters put out the blaze at the Cebu City mall after three hours on Tuesday. The fire bureau "
         "said no one was hurt and the cause was being investigated."),
    ]),
    "water-main-bristol": (68, [
        ("bristolpost", 0, "Burst water main floods Bristol street",
         "A burst water main flooded homes and shops on Gloucester Road in Bristol on Wednesday morning, Bristol "
         "Water said, and the road was closed to traffic."),
        ("bbc", 90, "Gloucester Road shops flooded as pipe bursts",
         "Shopkeepers on Gloucester Road swept water from their floors on Wednesday after a main burst under "
         "the street. Bristol Water said supplies would be back by the evening."),
    ]),
    "ferry-strike-auckland": (68, [
        ("nzherald", 30, "Auckland ferry sailings cancelled as crews walk off",
         "Ferry sailings across Auckland's Waitemata Harbour were cancelled on Wednesday after crews walked off "
         "the job in a dispute over rosters, Auckland Transport said."),
        ("rnz", 100, "Commuters stranded as Waitemata Harbour ferry crews strike",
         "Thousands of ferry passengers were left stranded on Wednesday as crews on Waitemata Harbour routes "
         "went on strike over rosters."),
    ]),
    "flyover-cracks-kolkata": (69, [
        ("timesofindia", 0, "Cracks force closure of Kolkata flyover",
         "Traffic on a flyover in south Kolkata was halted on Thursday after engineers found cracks in two of "
         "its pillars, police said."),
        ("telegraphindia", 120, "Flyover shut after pillar cracks, commuters face long detours",
         "Engineers found cracks in two pillars of the flyover in south Kolkata on Thursday, and police "
         "diverted traffic through Ballygunge."),
    ]),
    "landslide-baguio": (69, [
        ("rappler", 30, "Landslide buries homes in Baguio after typhoon rains",
         "A landslide buried three homes in Baguio on Thursday after days of typhoon rain, the city disaster "
         "office said. Two people were missing."),
        ("gmanews", 110, "Two missing as hillside collapses on Baguio houses",
         "Rescuers dug through mud in Baguio on Thursday for two people missing after a hillside gave way onto "
         "houses."),
    ]),
    # The rows of story19's review (the reviewer's own sentences): one event told twice in other words that share
    # only the town, by two outlets and (``so-``) by one. A report that two rows open with recurs fifteen days or
    # more later: the score halves every four days, so the copy is no longer a candidate for the earlier story.
    "rv-kisauni-flood": (72, [
        ("nation-ke", 0, "Kisauni homes under water",
         "Dozens of houses in Kisauni were submerged on Tuesday after a night of torrential downpour."),
        ("standard-ke", 90, "Heavy rain swamps Kisauni",
         "Residents of Kisauni were forced to flee as floodwaters rose through the estate following hours of heavy "
         "rain."),
    ]),
    "rv-armley-stab": (75, [
        ("yorkshireeveningpost", 0, "Armley man stabbed",
         "A man in his thirties was taken to hospital with stab wounds after an incident on Town Street, Armley, on "
         "Saturday evening."),
        ("bbc", 80, "Knife attack in Armley leaves one injured",
         "Police in Leeds have launched an investigation after a knife attack in Armley. The victim's injuries are "
         "not thought to be life-threatening."),
    ]),
    "rv-swindon-crash": (78, [
        ("swindonadvertiser", 0, "Two hurt in Swindon collision",
         "Two people were taken to the Great Western Hospital after two cars collided in Swindon on Friday afternoon."),
        ("bbc", 60, "Swindon road closed after smash",
         "A road in Swindon was shut for several hours after a smash involving two vehicles, police said."),
    ]),
    "rv-so-cebu-event": (81, [
        ("sunstar", 0, "Cebu City jeepney overturns, 12 hurt",
         "Twelve passengers were hurt when a jeepney overturned on a steep road in Cebu City on Friday morning."),
        ("sunstar", 150, "Brakes blamed as public utility vehicle flips in Cebu City",
         "Traffic investigators in Cebu City said failed brakes caused a public utility vehicle to flip, injuring a "
         "dozen commuters."),
    ]),
    "rv-ikeja-fire": (87, [
        ("punchng", 0, "Fire guts Ikeja market",
         "Goods worth millions of naira were lost when fire swept through the Ikeja market on Sunday night, officials "
         "said."),
        ("vanguardng", 70, "Blaze destroys traders' stalls in Ikeja",
         "Traders counted their losses on Monday after flames razed hundreds of stalls in Ikeja overnight."),
    ]),
    "rv-asaba-kidnap": (90, [
        ("punchng", 0, "Gunmen abduct Asaba doctor",
         "Gunmen on Tuesday kidnapped a medical doctor in Asaba, the Delta State capital, police said."),
        ("vanguardng", 60, "Medic seized by armed men in Asaba",
         "A physician was seized by armed men in Asaba on Tuesday evening, and his family said the abductors had not "
         "yet called."),
    ]),
    "rv-so-kisauni-event": (120, [
        ("nation-ke", 0, "Kisauni homes under water",
         "Dozens of houses in Kisauni were submerged on Tuesday after a night of torrential downpour."),
        ("nation-ke", 200, "Red Cross moves 300 families from swamped Kisauni estate",
         "The Kenya Red Cross relocated 300 families from a swamped estate in Kisauni as rains continued."),
    ]),
    # One event told by two outlets in wholly other words, sharing nothing but the town (review mend 2, in the
    # project's own words): another outlet's report joins, as one desk's would not.
    "sinkhole-nottingham": (126, [
        ("nottinghampost", 0, "Sinkhole swallows car in Nottingham street",
         "A car fell into a sinkhole that opened on a residential street in Nottingham on Tuesday morning; nobody "
         "was hurt, the city council said."),
        ("bbc", 70, "Parked vehicle plunges as road gives way in Nottingham",
         "A parked vehicle dropped into a hole after the surface collapsed beneath it in Nottingham overnight."),
    ]),
    "gas-leak-ibadan": (129, [
        ("punchng", 0, "Gas leak: pupils evacuated in Ibadan",
         "Pupils of a secondary school in Ibadan were evacuated on Wednesday after a cooking gas cylinder leaked, "
         "fire officials said."),
        ("guardianng", 60, "Ibadan college empties as canister fumes sicken students",
         "Students were rushed out of classrooms and three were treated for dizziness after fumes escaped from a "
         "canister in Ibadan."),
    ]),
    "heist-durban": (132, [
        ("iol", 0, "Armed gang robs jewellery store in Durban mall",
         "Four armed men robbed a jewellery store at a shopping centre in Durban on Friday, police said."),
        ("timeslive", 80, "Durban heist: raiders grab gems and flee",
         "Raiders made off with gems and watches worth millions of rand after storming a jeweller in Durban."),
    ]),
    "water-cut-pune": (135, [
        ("timesofindia", 0, "Taps run dry across Pune after pipeline burst",
         "Large parts of Pune went without water on Monday after a main pipeline burst near Khadakwasla, the civic "
         "body said."),
        ("indianexpress", 90, "Pune residents queue at tankers as supply halted",
         "Residents lined up at tankers as supply to most of Pune was halted for emergency repairs."),
    ]),
    # The same, one desk twice: its follow-up in wholly other words is vetoed like another event in its town when
    # NER tags the town as a place (Accra: the price of ``only_places_shared``, a strict xfail in ``STILL_SPLIT``);
    # Toowoomba is not tagged, so the veto stays silent and the follow-up joins.
    "so-hail-toowoomba": (138, [
        ("thechronicle-au", 0, "Hail lashes Toowoomba",
         "Hailstones the size of cricket balls fell on Toowoomba on Sunday afternoon, the Bureau of Meteorology "
         "said."),
        ("thechronicle-au", 180, "Insurers swamped with claims as ice storm batters Toowoomba roofs",
         "Insurers received hundreds of claims for shattered skylights and dented cars after an ice storm battered "
         "Toowoomba."),
    ]),
    "so-blackout-accra": (141, [
        ("myjoyonline", 0, "Power outage hits Accra",
         "Many parts of Accra were left in darkness for eight hours on Thursday after a fault at a substation, the "
         "electricity company said."),
        ("myjoyonline", 200, "Traders count losses as lights go out across Accra",
         "Cold-store owners in Accra said their goods spoiled when supply was cut for most of the day."),
    ]),
    # One event, the town and the act in both headlines, the rest in other words (story20): the later report's
    # place and act are positive evidence of sameness, where its other words leave the story's centre just short.
    "pa-collapse-onitsha": (147, [
        ("punchng", 0, "Three-storey building collapses in Onitsha, five trapped",
         "A three-storey building under construction caved in at Fegge, Onitsha, on Wednesday, trapping five "
         "workers, the Anambra State Emergency Management Agency said."),
        ("vanguardngr", 150, "Onitsha collapse: rescuers pull two labourers alive from debris",
         "Emergency teams dug two bricklayers out of the rubble on Wednesday evening as relatives waited by the "
         "cordon, a spokesman for the fire service told reporters."),
    ]),
    "pa-derail-harbin": (148, [
        ("reuters", 0, "Freight train derails near Harbin, line closed",
         "A freight train came off the tracks outside Harbin in northeast China on Thursday, China Railway said, "
         "halting services on the line to Dalian."),
        ("scmp", 200, "Harbin derailment leaves hundreds of passengers stranded",
         "Passengers bound for the coast waited for hours at stations across Heilongjiang as crews cleared wagons "
         "strewn across the track."),
    ]),
    "pa-flood-hebden": (149, [
        ("bbc", 0, "Hebden Bridge flooded again as river bursts its banks",
         "Shops and homes in Hebden Bridge were under water on Friday after the River Calder burst its banks "
         "following a night of heavy rain, the Environment Agency said."),
        ("mirror", 120, "Misery for Hebden Bridge traders as flood water pours into high street",
         "Cafe owners bailed out water with buckets and sandbags failed to hold, one furious trader told us."),
    ]),
    "pa-stabbing-croydon": (150, [
        ("standard", 0, "Teenager stabbed outside Croydon school",
         "A 16-year-old boy was taken to hospital with knife wounds after an attack near a school gate in Croydon on "
         "Tuesday afternoon, the Metropolitan Police said."),
        ("croydonadvertiser", 240, "Croydon stabbing: two boys arrested as victim recovers",
         "Detectives detained two youths aged 15 and 17 overnight; the injured pupil is said to be stable."),
    ]),
    "pa-quake-hualien": (151, [
        ("ap", 0, "Strong earthquake shakes Hualien, buildings tilt",
         "A strong earthquake struck off the east coast of Taiwan near Hualien on Saturday, leaving several "
         "buildings leaning and cutting power to thousands of homes, officials said."),
        ("taipeitimes", 180, "Hualien quake: aftershocks rattle residents sleeping in parks",
         "Families camped in school yards and parks overnight as dozens of aftershocks followed the main tremor, "
         "the Central Weather Administration said."),
    ]),
    "pa-strike-rotterdam": (152, [
        ("nltimes", 0, "Rotterdam port strike halts container terminals",
         "Lashers at the port of Rotterdam walked out on Monday over pay, bringing work at the main container "
         "terminals to a stop, the FNV union said."),
        ("ft", 160, "Rotterdam strike leaves ships queuing off Europe's busiest port",
         "Dozens of vessels waited at anchor in the North Sea as shipping lines diverted cargo to Antwerp and "
         "Hamburg."),
    ]),
    "pa-blaze-kano": (153, [
        ("dailytrust", 0, "Fire razes Kano market, traders count losses",
         "A night fire destroyed hundreds of shops at Kantin Kwari market in Kano, the state fire service said on "
         "Thursday."),
        ("premiumtimesng", 180, "Kano fire: governor promises relief for traders",
         "The governor visited the burnt textile stalls and said the state would help shop owners rebuild."),
    ]),
    "pa-landslide-gisborne": (154, [
        ("rnz", 0, "Landslide cuts State Highway 2 near Gisborne",
         "A landslide after heavy rain blocked State Highway 2 north of Gisborne on Sunday, Waka Kotahi said, "
         "cutting off several communities."),
        ("nzherald", 200, "Gisborne landslide: residents stranded as crews work to clear road",
         "Families in Tolaga Bay were told to expect the road shut for days while diggers shifted the slip."),
    ]),
    # Story20's review: one event or a town's next event told in UK, Irish, Indian, South African, Australian,
    # Philippine, Canadian, Kenyan, US and New Zealand copy (the reviewer's own items, not labelled data).
    "r20-sheffield-tram": (200, [
        ("ap", 0, "Tram crashes into lorry in Sheffield, 12 injured",
         "A Supertram carrying commuters collided with a lorry at a junction in Hillsborough, Sheffield, on "
         "Tuesday morning, South Yorkshire Police said. Twelve people were taken to hospital."),
        ("thestar", 160, "Sheffield tram smash: passengers describe terrifying moment of impact",
         "Passengers spoke of being thrown from their seats as the vehicle jolted to a halt. One woman said glass "
         "showered over children on their way to school."),
    ]),
    "r20-cork-flood": (202, [
        ("irishtimes", 0, "Homes evacuated as River Lee bursts its banks in Cork",
         "Dozens of households on the quays were moved overnight as the River Lee flooded parts of Cork city, Cork"
         " City Council said on Wednesday."),
        ("echolive", 150, "Cork flooding: traders count the cost after night of rising water",
         "Shopkeepers on Oliver Plunkett Street were mopping out on Thursday morning. Several said their insurance"
         " would not cover a third flood in four years."),
    ]),
    "r20-pune-bridge": (204, [
        ("pti", 0, "Iron footbridge over Indrayani river collapses near Pune, four dead",
         "An old iron footbridge crowded with weekend visitors gave way at Kundamala near Pune on Sunday, police "
         "said. Four people died and 38 were rescued."),
        ("toi", 140, "Pune bridge collapse: tourists swept away as crowd gathered to watch swollen river",
         "Witnesses said more than a hundred people and several two-wheelers were on the span when it snapped. "
         "NDRF teams searched downstream until nightfall."),
    ]),
    "r20-durban-taxi": (206, [
        ("news24", 0, "Taxi drivers block roads in Durban over impound fees",
         "Minibus taxi operators barricaded the N2 and several city routes in Durban on Monday, protesting against"
         " what they say are excessive impound fees, eThekwini metro police said."),
        ("iol", 120, "Durban taxi strike: commuters stranded as ranks stand empty",
         "Thousands of workers could not get to work as ranks at Warwick and the beachfront stood empty. Schools "
         "in Umlazi reported half their pupils absent."),
    ]),
    "r20-bristol-stab": (208, [
        ("pa", 0, "Teenager stabbed outside Bristol chip shop",
         "A 16-year-old boy was taken to hospital with serious injuries after being stabbed outside a takeaway in "
         "Knowle West, Bristol, on Friday night, Avon and Somerset Police said."),
        ("mirror", 200, "Bristol knife attack: boy, 16, fighting for life as cops hunt two men on e-bike",
         "Detectives released CCTV of two men fleeing on an electric bike. The victim's mother said he had gone "
         "out for chips with friends."),
    ]),
    "r20-adelaide-heat": (210, [
        ("abc", 0, "Adelaide swelters through hottest March night on record",
         "The temperature in Adelaide did not drop below 33C overnight, the Bureau of Meteorology said, beating a "
         "record set in 2008. SA Ambulance urged people to check on elderly neighbours."),
        ("advertiser", 150, "Adelaide heat: ambulance callouts surge as mercury stays above 30C",
         "Paramedics attended 120 heat-related cases by lunchtime. Doctors warned that a third hot night would "
         "strain emergency departments."),
    ]),
    "r20-cebu-fire": (212, [
        ("inquirer", 0, "Fire razes 200 homes in Cebu City",
         "A fire that started in a residential area of Barangay Lorega San Miguel in Cebu City on Tuesday "
         "destroyed about 200 houses and left 800 families homeless, the Bureau of Fire Protection said."),
        ("sunstar", 120, "Cebu blaze: evacuees crowd gym as city opens relief center",
         "Displaced residents slept on the floor of a barangay gym. The city government said it would hand out "
         "food packs and cash aid from Wednesday."),
    ]),
    "r20-toronto-shoot": (214, [
        ("cp", 0, "Two killed in Scarborough shooting, Toronto police say",
         "Two men were shot dead outside a plaza in Scarborough late on Saturday, Toronto police said. No arrests "
         "have been made."),
        ("torstar", 200, "Scarborough gunfire: neighbours hold vigil for victims as police seek suspect",
         "Dozens of people laid flowers outside the plaza on Sunday. Investigators appealed for dashcam footage of"
         " a dark SUV seen leaving the area."),
    ]),
    "r20-kisumu-boat": (216, [
        ("nation", 0, "Boat capsizes on Lake Victoria off Kisumu, nine missing",
         "A boat ferrying traders to an island market capsized on Lake Victoria near Kisumu on Thursday, police "
         "said. Nine passengers are missing."),
        ("standard", 180, "Kisumu boat tragedy: divers recover three bodies",
         "Kenya Coast Guard divers pulled three bodies from the water on Friday as families waited on the shore at"
         " Dunga beach."),
    ]),
    "r20-dayton-water": (218, [
        ("ap", 0, "Water main break floods downtown Dayton streets",
         "A 36-inch water main ruptured under Third Street in downtown Dayton on Monday, flooding several blocks "
         "and closing roads, the city said."),
        ("daytondailynews", 150, "Dayton water main: boil advisory issued for 30,000 residents",
         "Residents in the affected area should boil water before drinking it until further notice, city officials"
         " said. Crews expect repairs to take two days."),
    ]),
    "r20-glasgow-cleaners": (220, [
        ("herald", 0, "Glasgow school cleaners walk out over pay",
         "Cleaners and janitors at Glasgow's schools began a three-day strike on Tuesday after rejecting the "
         "council's pay offer, the GMB union said."),
        ("dailyrecord", 150, "Glasgow strike: schools shut as janitors stage stoppage",
         "More than 60 schools closed their doors to pupils. Parents scrambled for childcare as picket lines "
         "formed outside several primaries."),
    ]),
    "r20-auckland-power": (222, [
        ("rnz", 0, "Power cut hits 20,000 Auckland homes",
         "About 20,000 homes in Auckland's eastern suburbs lost power on Sunday evening after a fault at a "
         "substation in Penrose, lines company Vector said."),
        ("nzherald", 120, "Auckland blackout: substation fault blamed as Vector restores supply",
         "Most customers had their lights back by midnight. Vector said a failed transformer had tripped the "
         "substation and an investigation was under way."),
    ]),
    "r20-luton-murder": (240, [
        ("bbc", 0, "Man charged with murder after stabbing in Luton",
         "A 31-year-old man has been charged with murder after a man died from stab wounds on Dunstable Road, "
         "Bedfordshire Police said on Monday."),
        ("lutontoday", 90, "Tributes paid to father of three killed in town centre attack",
         "Family and friends gathered on Monday evening to lay flowers. His sister said he was a devoted dad who "
         "coached a youth football team."),
        ("sun", 200, "Murder in Luton: victim named as mourners gather",
         "Police named the victim as Imran Shah, 38. Officers remain at the scene on Dunstable Road and a post-"
         "mortem examination is due on Tuesday."),
    ]),
    "r20-kerry-storm": (243, [
        ("rte", 0, "Storm Kathleen batters Kerry coast, 20,000 without power",
         "Gusts of 130km/h hit the Kerry coast on Saturday, bringing down trees and power lines, ESB Networks "
         "said. Roads near Killarney were closed."),
        ("irishexaminer", 100, "Trees down and roads closed as Met Eireann red warning expires",
         "Council crews worked through the night clearing fallen trees. Schools in the county will open as normal "
         "on Monday, the Department of Education said."),
        ("kerryman", 220, "Storm in Killarney: roof torn off hotel as guests evacuated",
         "Forty guests were moved to a nearby hotel after part of the roof blew off during the storm on Saturday "
         "night, gardai said."),
    ]),
    "r20-bradford-budget": (246, [
        ("telegraphargus", 0, "Bradford council tax to rise 10 per cent as budget approved",
         "Councillors voted on Thursday to raise council tax by almost 10 per cent after the government allowed "
         "the cash-strapped authority to break the cap."),
        ("guardian", 120, "Bradford becomes latest council given permission for steep tax rise",
         "Ministers agreed exceptional financial support for the West Yorkshire authority, which faces a gap of "
         "220 million pounds."),
        ("yorkshirepost", 240, "Budget vote in Bradford: libraries and leisure centres face cuts",
         "The budget also closes two leisure centres and cuts library opening hours, the council's executive "
         "confirmed."),
    ]),
    "r20-hamilton-fire": (249, [
        ("stuff", 0, "Fire destroys warehouse in Hamilton, smoke warning issued",
         "A large fire destroyed a storage warehouse in Te Rapa, Hamilton, on Tuesday, and residents were told to "
         "keep windows closed, Fire and Emergency said."),
        ("rnz", 120, "Te Rapa blaze: crews dampen down as investigators move in",
         "Firefighters remained at the scene overnight. A fire investigator will examine the site once it is safe,"
         " Fire and Emergency said."),
        ("waikatotimes", 240, "Hamilton fire: businesses count losses after Te Rapa inferno",
         "Owners of neighbouring businesses said stock worth hundreds of thousands of dollars had been damaged by "
         "smoke and water."),
    ]),
    "r20-luton-murder-charge": (241, [
        ("itv", 300, "Man in Luton court over stabbing murder",
         "A man appeared before Luton magistrates on Tuesday charged with the murder of Imran Shah, who died on "
         "Dunstable Road on Sunday."),
    ]),
    "r20-cumbria-storm": (260, [
        ("bbc", 0, "Storm Ciaran: thousands without power across Cumbria",
         "Electricity North West said 30,000 homes lost supply as gusts of 80mph swept the county on Thursday. The"
         " Met Office amber warning runs until midnight."),
        ("guardian", 60, "Rail lines blocked and ferries cancelled as gales lash north-west England",
         "Avanti West Coast suspended trains north of Preston after trees fell on the line, while sailings to the "
         "Isle of Man were called off."),
        ("newsandstar", 120, "Schools closed in Kendal after storm damage",
         "Three primary schools in Kendal shut on Thursday after roofs were damaged and trees fell across "
         "playgrounds, Cumbria County Council said."),
        ("itv", 200, "Clean-up begins in Kendal as residents survey damage",
         "Volunteers cleared fallen branches from streets in Kendal on Thursday evening while engineers worked to "
         "restore power to outlying farms."),
    ]),
    "r20-punjab-fog": (262, [
        ("pti", 0, "Dense fog disrupts flights and trains across Punjab",
         "Visibility dropped below 50 metres across Punjab and Haryana on Tuesday, delaying dozens of trains and "
         "forcing diversions at Amritsar airport, officials said."),
        ("hindustantimes", 60, "Cold wave tightens grip on north India as mercury dips",
         "The India Meteorological Department issued an orange alert for Punjab, Haryana and Delhi, warning of "
         "severe cold day conditions until the weekend."),
        ("tribune", 120, "Bus accident in Ludhiana as fog cuts visibility, three killed",
         "Three passengers died when a roadways bus hit a stationary truck on the national highway near Ludhiana "
         "in thick fog on Tuesday morning, police said."),
        ("indianexpress", 220, "Three dead in Ludhiana crash: families demand compensation",
         "Relatives of the victims blocked the highway for two hours on Tuesday afternoon, demanding compensation "
         "from the transport department."),
    ]),
    "r20-qld-floods": (264, [
        ("abc", 0, "Flood warnings issued across north Queensland as monsoon rain sets in",
         "The Bureau of Meteorology issued major flood warnings for several rivers on Monday as more than 300mm "
         "fell in 24 hours."),
        ("couriermail", 60, "Army called in as floodwaters cut Bruce Highway",
         "Defence personnel were sent to help evacuate residents after the Bruce Highway was cut in several "
         "places, the premier said."),
        ("townsvillebulletin", 120, "Residents evacuated in Ingham as Herbert River rises",
         "About 200 people were moved to an evacuation centre in Ingham on Monday afternoon as the Herbert River "
         "rose past the major flood level, Hinchinbrook council said."),
        ("abc", 240, "Ingham cut off as floodwaters isolate town",
         "All roads into Ingham were closed on Monday evening and residents were told to expect the town to remain"
         " isolated for days."),
    ]),
    # Story21's set: one event told by three outlets in wire, broadsheet, tabloid, local and non-US English copy.
    "s21-derby-warehouse": (270, [
        ("bbc", 0, "Large fire breaks out at Derby warehouse",
         "More than 60 firefighters were called to a warehouse on Ascot Drive in Derby on Tuesday morning after "
         "flames spread through the roof, Derbyshire Fire and Rescue Service said. People nearby were told to keep "
         "windows and doors shut."),
        ("derbytelegraph", 50, "Ascot Drive blaze: smoke seen across the city",
         "A thick column of black smoke could be seen for miles as crews fought the fire at the industrial unit off "
         "London Road. No one is believed to have been injured."),
        ("thesun", 140, "Workers flee as flames engulf storage depot",
         "Staff ran for their lives as the inferno tore through the depot in Derby, with one worker saying the roof "
         "just caved in. Ten fire engines remained at the scene into the afternoon."),
    ]),
    "s21-quake-jajarkot": (271, [
        ("reuters", 0, "Earthquake in western Nepal kills at least 128",
         "A magnitude 5.6 earthquake struck the remote Jajarkot district of western Nepal late on Friday, killing "
         "at least 128 people and destroying hundreds of homes, officials said."),
        ("kathmandupost", 60, "Jajarkot tremor: rescuers struggle to reach hill villages",
         "Security personnel were walking for hours to reach settlements in Jajarkot and Rukum West where mud "
         "houses collapsed on sleeping families, the Home Ministry said on Saturday."),
        ("hindustantimes", 200, "Nepal quake: PM Prachanda flies to hardest-hit district",
         "Prime Minister Pushpa Kamal Dahal visited Jajarkot on Saturday as the death toll from the night-time "
         "earthquake rose. Tremors were felt as far away as New Delhi."),
    ]),
    "s21-nz-nurses-strike": (272, [
        ("rnz", 0, "Thousands of nurses walk off the job across New Zealand",
         "About 36,000 nurses, midwives and healthcare assistants began an eight-hour strike on Tuesday after pay "
         "talks between the Nurses Organisation and Health New Zealand broke down."),
        ("nzherald", 45, "Hospitals on emergency footing as NZNO strike begins",
         "Planned surgery was postponed at Auckland City, Christchurch and Wellington hospitals as members of the "
         "union picketed outside, saying wards were dangerously understaffed."),
        ("stuff", 150, "'We're exhausted': striking nurses rally outside Wellington Hospital",
         "Hundreds of nurses in purple waved placards on Riddiford Street. Health Minister Shane Reti said the pay "
         "offer on the table was fair."),
    ]),
    "s21-derail-melville": (273, [
        ("cbc", 0, "Freight train derails near Melville, Sask.",
         "About 30 cars of a Canadian National freight train left the tracks east of Melville, Saskatchewan, on "
         "Wednesday morning, RCMP said. Nobody was hurt."),
        ("leaderpost", 70, "CN derailment spills canola near Melville; highway closed",
         "Rail cars carrying canola and potash piled up beside Highway 10, which remains closed while crews clear "
         "the wreckage, the Saskatchewan government said."),
        ("globalnews", 190, "Residents describe loud crash as rail cars leave track",
         "People living near the line in Melville said the noise woke them before dawn. CN said the cause of the "
         "derailment was under investigation and no dangerous goods were involved."),
    ]),
    "s21-kenya-cs-jailed": (274, [
        ("afp", 0, "Former Kenyan minister jailed for 12 years over graft",
         "A Nairobi court on Thursday sentenced former sports minister Rashid Echesa to 12 years in prison for "
         "fraud linked to a fake military equipment deal."),
        ("nation-ke", 40, "Echesa sent to prison over Sh40 billion arms tender scam",
         "Chief Magistrate Eunice Nyutu said the former Cabinet Secretary had abused his office and found him "
         "guilty on all counts. His lawyers said they would appeal."),
        ("the-star-ke", 120, "Ex-CS weeps in the dock as sentence is read",
         "The former Sports CS broke down at the Milimani Law Courts as he was led away. He was also fined Sh2 "
         "million."),
    ]),
    "s21-formula-recall": (275, [
        ("ap", 0, "Abbott recalls powdered baby formula over bacteria fears",
         "Abbott Laboratories is recalling several lots of Similac powdered infant formula made at its Sturgis, "
         "Michigan, plant after possible contamination with Cronobacter, the FDA said on Friday."),
        ("nytimes", 80, "Parents scramble as Similac lots are pulled from shelves",
         "The recall of formula from the Sturgis factory left some parents hunting for alternatives; regulators "
         "said they were looking into illnesses in four infants."),
        ("nypost", 160, "Moms panic after popular formula yanked over deadly germ",
         "Shoppers were told to check the code on the bottom of the Similac tub and throw it out if it matched. "
         "Abbott said no distributed product had tested positive."),
    ]),
    "s21-qantas-outage": (276, [
        ("abc-au", 0, "Qantas flights grounded nationwide by IT outage",
         "Qantas halted departures across Australia for about two hours on Monday morning after a fault in its "
         "check-in and baggage systems, the airline said."),
        ("smh", 60, "Queues snake through Sydney terminal as Qantas systems crash",
         "Passengers at Sydney Airport's domestic terminal waited hours as staff checked in travellers by hand. "
         "Qantas blamed a software problem, not a cyber attack."),
        ("dailytelegraph-au", 150, "Flying kangaroo in chaos: thousands stranded",
         "Holidaymakers vented their fury online as the airline's computers went down. Chief executive Vanessa "
         "Hudson apologised to customers."),
    ]),
    "s21-cyclone-mackay": (277, [
        ("reuters", 0, "Cyclone Kirrily makes landfall in Queensland",
         "Tropical Cyclone Kirrily crossed the Queensland coast near Mackay late on Thursday as a category two storm, "
         "cutting power to 50,000 homes, the weather bureau said."),
        ("couriermail", 50, "Mackay battens down as Kirrily roars ashore",
         "Residents of Mackay sheltered indoors as gusts of up to 120 km/h tore roofs from sheds and felled trees, "
         "Premier Steven Miles said."),
        ("dailymercury", 130, "Clean-up begins after wild night on the coast",
         "Ergon crews worked through the night restoring electricity in Mackay and Sarina. The SES received more "
         "than 400 calls for help."),
    ]),
    "s21-bondi-stabbing": (278, [
        ("abc-au", 0, "Six killed in stabbing at Bondi Junction shopping centre",
         "A man stabbed six people to death at Westfield Bondi Junction in Sydney on Saturday afternoon before he "
         "was shot dead by a police officer, NSW Police said."),
        ("guardian-au", 60, "Lone officer who stopped Westfield attacker hailed a hero",
         "Inspector Amy Scott confronted the knifeman alone inside the Sydney mall. Premier Chris Minns said her "
         "bravery had saved lives."),
        ("9news", 140, "Shoppers hid in storerooms as killer roamed Westfield",
         "Witnesses at Bondi Junction described barricading themselves in shops. Twelve people, including a baby, "
         "remain in hospital."),
    ]),
    "s21-runcorn-byelection": (279, [
        ("pa", 0, "Reform UK wins Runcorn and Helsby by-election by six votes",
         "Reform UK's Sarah Pochin took the Runcorn and Helsby seat from Labour by six votes after a recount, the "
         "returning officer announced early on Friday."),
        ("guardian", 40, "Labour loses safe Cheshire seat to Reform in recount drama",
         "Keir Starmer's party lost a seat it had held with a 14,700 majority, in a blow the prime minister's "
         "allies blamed on low turnout."),
        ("mirror", 110, "Farage hails 'huge night' as Pochin scrapes home",
         "Nigel Farage said the Runcorn result showed his party was the real opposition. Labour's Karen Shore lost "
         "after a recount that ran past 5am."),
    ]),
    "s21-old-firm": (280, [
        ("bbcsport", 0, "Celtic beat Rangers 3-2 in thrilling Old Firm derby",
         "Kyogo Furuhashi scored the winner as Celtic came from behind to beat Rangers 3-2 at Celtic Park on "
         "Sunday and move six points clear at the top of the Premiership."),
        ("heraldscotland", 70, "Kyogo strike settles Parkhead classic",
         "Brendan Rodgers' side twice trailed before the Japanese striker turned in a late cross. Rangers manager "
         "Philippe Clement said his team had been 'robbed by small margins'."),
        ("dailyrecord", 150, "Hoops fans go wild as Rangers are sunk at the death",
         "The green half of Glasgow celebrated after Kyogo's 88th-minute goal in a derby of five goals and two "
         "penalties."),
    ]),
    "s21-rba-cut": (281, [
        ("reuters", 0, "Australia's central bank cuts rates for first time since 2020",
         "The Reserve Bank of Australia lowered its cash rate by 25 basis points to 4.10% on Tuesday, citing "
         "easing inflation, and said it remained cautious about further cuts."),
        ("afr", 30, "RBA delivers long-awaited rate relief to mortgage holders",
         "Governor Michele Bullock said the board was more confident inflation was heading back to its target, "
         "though the labour market remained tight."),
        ("news-au", 100, "Aussie homeowners to save $100 a month after RBA move",
         "Borrowers with a $600,000 loan will pay about $90 less each month, economists estimate, as the big four "
         "banks moved to pass on the cut in full."),
    ]),
    "s21-swansea-blast": (282, [
        ("bbc", 0, "Man dies after gas explosion destroys house in Swansea",
         "A man has died and three people were injured after an explosion destroyed a house on Mayhill Road in "
         "Swansea on Monday, South Wales Police said."),
        ("walesonline", 60, "Mayhill explosion: neighbours describe 'bomb going off'",
         "Residents said the blast shook windows streets away. Gas engineers from Wales & West Utilities were "
         "checking nearby homes."),
        ("express", 150, "Terraced home flattened in huge blast",
         "Emergency services searched the rubble of the house in the Welsh city, where a man was found dead. "
         "Twenty homes were evacuated overnight."),
    ]),
    "s21-porto-alegre-floods": (283, [
        ("afp", 0, "Floods in southern Brazil kill at least 39",
         "Torrential rain in Rio Grande do Sul state has killed at least 39 people and left 68 missing, with the "
         "Guaiba river flooding central Porto Alegre, officials said on Friday."),
        ("reuters", 90, "Porto Alegre airport shut as Guaiba river bursts banks",
         "The state capital's airport suspended all flights after water covered the runway, and Governor Eduardo "
         "Leite called the disaster the worst in the state's history."),
        ("guardian", 200, "Lula visits flooded Rio Grande do Sul as toll rises",
         "President Luiz Inacio Lula da Silva flew over the submerged streets of Porto Alegre and promised federal "
         "aid. Some 24,000 people have left their homes."),
    ]),
    "s21-snowdon-hiker": (284, [
        ("bbc", 0, "Missing walker found alive on Snowdon after two nights",
         "A 58-year-old walker missing on Yr Wyddfa since Friday was found alive on Sunday by the Llanberis "
         "Mountain Rescue Team, North Wales Police said."),
        ("dailypost", 45, "Rescuers find hiker sheltering in gully",
         "The man, from Cheshire, had fallen and hurt his leg and sheltered among rocks near the Pyg Track. He was "
         "flown to Ysbyty Gwynedd by the coastguard helicopter."),
        ("metro", 120, "'Miracle' as lost climber survives freezing nights on Wales's highest peak",
         "His family thanked volunteers who searched in fog and sleet. Rescuers said he did everything right by "
         "staying put."),
    ]),
    "s21-pretoria-escape": (285, [
        ("news24", 0, "Five inmates escape from Kgosi Mampuru prison in Pretoria",
         "Five awaiting-trial prisoners broke out of the Kgosi Mampuru II Correctional Centre in Pretoria early on "
         "Wednesday, the Department of Correctional Services said."),
        ("timeslive", 50, "Manhunt after prisoners cut through fence at Pretoria jail",
         "Police were searching Pretoria West after the men used a hacksaw blade to cut through a fence. Two warders "
         "were suspended."),
        ("iol", 130, "Minister orders probe as escapees remain at large",
         "Correctional Services Minister Pieter Groenewald said security failures at Kgosi Mampuru were "
         "unacceptable. A R50,000 reward was offered."),
    ]),
    "s21-boeing-737-head": (286, [
        ("wsj", 0, "Boeing ousts head of 737 Max programme after door-plug blowout",
         "Boeing replaced Ed Clark, who led the 737 Max programme, on Thursday, the first executive departure since "
         "a panel blew off an Alaska Airlines jet in January."),
        ("reuters", 30, "Boeing's 737 chief departs in management shake-up",
         "Katie Ringgold will take over the programme, and Boeing created a new role overseeing quality across its "
         "commercial aircraft, an internal memo said."),
        ("seattletimes", 120, "Renton factory boss leaves as Boeing reshuffles leadership",
         "Clark, a Boeing veteran of nearly 18 years, ran the Renton plant where the Max is assembled. Chief "
         "executive Stan Deal said the company needed a renewed focus on quality."),
    ]),
    "s21-optus-hack": (287, [
        ("abc-au", 0, "Optus cyber attack exposes data of millions of customers",
         "Australia's second-largest telecommunications company said on Thursday that names, dates of birth and "
         "passport numbers of up to 9.8 million customers may have been stolen."),
        ("smh", 60, "Optus boss apologises as hacker demands ransom",
         "Chief executive Kelly Bayer Rosmarin said she was angry and disappointed. A user on a data forum demanded "
         "$1.5 million in cryptocurrency for the records."),
        ("9news", 150, "How to check whether your details were stolen in the Optus breach",
         "Customers were urged to watch for scam calls and texts. Optus said it would contact those whose licence "
         "or passport numbers were taken."),
    ]),
    "s21-delhi-heat": (288, [
        ("reuters", 0, "Delhi temperature hits record 49.9C as heatwave grips India",
         "The temperature in parts of New Delhi reached 49.9 degrees Celsius on Tuesday, a record for the capital, "
         "the India Meteorological Department said."),
        ("timesofindia", 40, "Mungeshpur, Narela sizzle as capital logs hottest day",
         "Weather stations at Mungeshpur and Narela recorded the highest readings. Power demand in Delhi hit an "
         "all-time peak of 8,302 MW."),
        ("bbc", 150, "India heatwave: Delhi swelters in record temperatures",
         "Outdoor workers in the Indian capital said the heat was unbearable as officials warned of water "
         "shortages and urged people to stay indoors in the afternoon."),
    ]),
    "s21-suez-grounding": (289, [
        ("ap", 0, "Container ship runs aground in Suez Canal, briefly halting traffic",
         "A Liberian-flagged container ship ran aground in the southern part of the Suez Canal on Monday after an "
         "engine failure, the Suez Canal Authority said. Tugboats refloated it within hours."),
        ("ahram", 60, "SCA tugs refloat stranded vessel near Suez",
         "Admiral Ossama Rabie said navigation returned to normal after the ship, bound for Singapore, was towed "
         "free. Its crew was unharmed."),
        ("lloydslist", 140, "Canal convoy delayed after boxship grounding",
         "About 20 northbound vessels waited at anchor while the ship was moved. Insurers said damage appeared "
         "limited."),
    ]),
    "s21-shambhu-farmers": (290, [
        ("ndtv", 0, "Police fire tear gas at farmers marching to Delhi at Shambhu border",
         "Haryana Police used tear gas and water cannon on Tuesday to stop thousands of farmers from Punjab "
         "marching to Delhi to demand guaranteed crop prices."),
        ("theindianexpress", 50, "'Dilli Chalo': farmers camp at Shambhu as talks stall",
         "Farmer leaders said they would not turn back until the Centre gave a legal guarantee of minimum support "
         "prices. Drones dropped tear gas shells on the crowd."),
        ("aljazeera", 140, "Indian farmers resume protest march, clash with police",
         "Tractors and trolleys lined the highway at the border between Punjab and Haryana, where barricades of "
         "concrete and nails blocked the road to the capital."),
    ]),
    "s21-cork-patrick-street": (291, [
        ("rte", 0, "Cork councillors vote to ban cars from St Patrick's Street",
         "Cork City Council voted 21 to 9 on Monday night to make St Patrick's Street car-free from 7pm, giving "
         "buses and bikes priority in the city centre."),
        ("echolive", 40, "Car ban on Patrick Street gets green light",
         "Traders were split after councillors backed the evening restriction. The Lord Mayor said it would make "
         "the street safer and more pleasant."),
        ("irishexaminer", 120, "Businesses fear for night trade as city centre plan passes",
         "Cork Business Association said the vote would hurt restaurants on Patrick Street, while cycling groups "
         "welcomed it."),
    ]),
    "s21-unilever-icecream": (292, [
        ("reuters", 0, "Unilever to spin off ice cream unit, cut 7,500 jobs",
         "Unilever said on Tuesday it would separate its ice cream business, home of Ben & Jerry's and Magnum, and "
         "cut about 7,500 jobs to save 800 million euros."),
        ("ft", 40, "Unilever breaks up with Magnum as Schumacher seeks growth",
         "Chief executive Hein Schumacher said the unit's seasonal sales and freezer supply chain no longer fitted "
         "the consumer goods group."),
        ("thetimes", 130, "Ben & Jerry's maker splits off frozen desserts",
         "Shares in the Marmite and Dove owner rose 5% after the plan to list the business separately."),
    ]),
    "s21-manila-fire": (293, [
        ("inquirer", 0, "Fire razes 300 houses in Tondo, Manila",
         "A fire destroyed about 300 houses in Barangay 105 in Tondo, Manila, on Thursday, leaving 1,000 families "
         "homeless, the Bureau of Fire Protection said."),
        ("philstar", 60, "Tondo blaze leaves thousands homeless; cause probed",
         "Fire officials said the flames spread quickly through the closely built wooden homes and reached general "
         "alarm before noon."),
        ("abs-cbn", 150, "Evacuees crowd school gym after Tondo fire",
         "Residents who lost everything took shelter in a nearby elementary school as the Manila city government "
         "handed out food packs."),
    ]),
    "s21-nairobi-gas": (294, [
        ("bbc", 0, "Kenya gas explosion in Nairobi's Embakasi kills three",
         "A truck carrying gas exploded in the Embakasi area of Nairobi late on Thursday, killing three people and "
         "injuring more than 270, the government said."),
        ("nation-ke", 60, "Embakasi blast: fireball engulfed homes and shops",
         "A gas-laden lorry exploded and set off a fire that spread to a warehouse and houses in Mradi, witnesses "
         "said."),
        ("the-star-ke", 140, "Govt vows action on illegal gas refilling after Embakasi tragedy",
         "Government spokesman Isaac Mwaura said the gas refilling plant at the site had been operating without a "
         "licence."),
    ]),
    "s21-toronto-pearson-gold": (295, [
        ("cp", 0, "Police charge six in $20 million gold heist at Toronto Pearson airport",
         "Peel Regional Police said on Wednesday they had arrested six people over last April's theft of 400 kg "
         "of gold from a cargo facility at Pearson airport."),
        ("torontostar", 60, "Pearson gold theft: suspects include Air Canada workers",
         "Two of the accused worked for the airline at the time of the heist, detectives said, as they showed "
         "photos of a smelted gold bracelet."),
        ("torontosun", 150, "Cops crack 'biggest gold heist in Canadian history'",
         "Officers said the container of gold bars and cash had been driven away by a man using a fake waybill."),
    ]),
    # Story22's events: told by three outlets whose reports differ on the surface (a count that grew, a person
    # named in one report only, a street or an estate below the town), one of them often the next day's.
    "s22-hull-flats-fire": (310, [
        ("pa", 0, "Dozens evacuated as fire rips through Hull tower block",
         "Around 40 residents were led out of Kingston House on the Orchard Park estate in Hull on Wednesday after "
         "a fire started on the ninth floor, Humberside Fire and Rescue Service said. One man was taken to hospital."),
        ("hulldailymail", 60, "Orchard Park flats fire: residents describe smoke-filled stairwell",
         "Neighbours said they banged on doors to wake people as smoke poured into the stairwell of the block off "
         "Hall Road. Crews remained at the scene into the afternoon."),
        ("dailystar", 1500, "Tower block fire: second resident in hospital as probe begins",
         "A woman was taken to hospital with smoke inhalation on Thursday, a day after the blaze at the Hull "
         "high-rise. Investigators believe the fire began in a kitchen."),
    ]),
    "s22-penang-landslide": (312, [
        ("bernama", 0, "Two killed in Penang landslide after heavy rain",
         "Two construction workers were killed when a slope collapsed onto their quarters at a housing project in "
         "Tanjung Bungah, Penang, on Friday morning, the Fire and Rescue Department said."),
        ("thestar-my", 90, "Rescuers dig through mud for missing worker at Tanjung Bungah site",
         "Search teams with sniffer dogs were combing the debris for a third foreign worker believed buried. Penang "
         "Chief Minister Chow Kon Yeow visited the site."),
        ("malaymail", 1500, "Death toll in Penang slope collapse rises to three",
         "The body of a third worker was recovered on Saturday from the landslide site in Tanjung Bungah, police "
         "said, and the developer's work permit was suspended."),
    ]),
    "s22-adelaide-bus-strike": (315, [
        ("abc-au", 0, "Adelaide bus drivers walk off job in pay dispute",
         "Hundreds of Adelaide Metro bus drivers stopped work for four hours on Monday morning in a dispute over "
         "pay and rosters, the Transport Workers' Union said."),
        ("adelaidenow", 60, "Commuters stranded as TWU strike halts city buses",
         "Passengers waited at empty stops across the city as services stopped until 10am. The transport minister "
         "urged the union to return to talks."),
        ("indaily", 200, "Bus operator says stoppage disrupted 200,000 trips",
         "Torrens Connect, which runs most of Adelaide's metropolitan routes, said the strike by drivers disrupted "
         "about 200,000 passenger trips on Monday."),
    ]),
    "s22-ogun-tanker-blast": (317, [
        ("reuters", 0, "Fuel tanker explosion kills 12 on Nigerian highway",
         "A petrol tanker overturned and exploded on the Lagos-Ibadan expressway in Ogun state on Wednesday, killing "
         "12 people and burning 20 vehicles, the Federal Road Safety Corps said."),
        ("punchng", 80, "Ogun tanker inferno: FRSC blames brake failure",
         "The driver lost control near the Sagamu interchange, the FRSC sector commander said, as firefighters "
         "battled the flames for three hours."),
        ("vanguard", 1520, "Expressway explosion death toll rises to 18",
         "Six more victims of the tanker blast died in hospital on Thursday, the Ogun State Government said, as "
         "relatives gathered at the state hospital in Sagamu."),
    ]),
    "s22-leeds-murder-sentence": (319, [
        ("pa", 0, "Man jailed for life for murder of Leeds shopkeeper",
         "Daniel Hirst, 34, was jailed for life with a minimum term of 24 years at Leeds Crown Court on Friday for "
         "the murder of shopkeeper Amjad Ali in Harehills."),
        ("yorkshireeveningpost", 60, "Harehills shop killer told he will serve at least 24 years",
         "The judge said the attack on the 58-year-old, stabbed behind his counter in March, was cowardly. Mr Ali's "
         "family said justice had been done."),
        ("dailymail", 150, "Thug who knifed father-of-five over cigarettes is locked up",
         "Hirst had demanded cigarettes he could not pay for before he attacked the shopkeeper, the court heard."),
    ]),
    "s22-wellington-quake": (322, [
        ("rnz", 0, "Magnitude 5.8 earthquake shakes Wellington",
         "A magnitude 5.8 earthquake centred 30 km north-west of Levin shook the lower North Island on Monday "
         "morning, GeoNet said. There were no reports of serious damage."),
        ("stuff", 50, "Shelves topple and trains halted after strong jolt",
         "Wellington's commuter trains were stopped for safety checks and goods fell from shelves in Palmerston "
         "North supermarkets. More than 40,000 people reported feeling it."),
        ("nzherald", 1480, "Aftershocks rattle Levin as 70 homes inspected",
         "Engineers checked 70 homes in Levin on Tuesday after the quake, and Horowhenua District Council said two "
         "buildings had been cordoned off."),
    ]),
    "s22-pune-hoarding": (324, [
        ("pti", 780, "Hoarding collapses on Pune road, two dead",
         "A large advertising hoarding fell onto vehicles on the Pune-Solapur road in Hadapsar on Wednesday evening "
         "during a storm, killing two people, police said."),
        ("hindustantimes", 840, "Hadapsar hoarding was illegal, civic body admits",
         "The Pune Municipal Corporation said the structure had no permission and that its owner would face "
         "charges. Four people were injured."),
        ("timesofindia", 1500, "Hoarding owner arrested after Pune crash",
         "Police arrested the owner of an advertising firm on Thursday, a day after the billboard came down in "
         "Hadapsar."),
    ]),
    "s22-calgary-water-main": (326, [
        ("cbc", 0, "Calgary asks residents to cut water use after main break",
         "The City of Calgary asked residents on Friday to cut water use by a quarter after a major feeder main "
         "broke in Bowness, flooding a road."),
        ("calgaryherald", 60, "Bowness feeder main break could take a week to fix",
         "Crews found five more weak spots on the pipe, the mayor said, and outdoor watering was banned."),
        ("globalnews", 1460, "Calgarians urged to take shorter showers as repairs continue",
         "Water use fell 15 per cent on Saturday, city officials said, short of the 25 per cent target."),
    ]),
    "s22-accra-market-fire": (329, [
        ("myjoyonline", 0, "Fire guts shops at Accra's Makola market",
         "Dozens of shops at Makola market in central Accra were destroyed by a fire that started late on Sunday, "
         "the Ghana National Fire Service said."),
        ("graphic-gh", 90, "Makola traders count losses after overnight blaze",
         "Traders said they lost goods worth millions of cedis. Fire crews took four hours to bring the flames "
         "under control."),
        ("citinewsroom", 1500, "Makola fire caused by electrical fault, fire service says",
         "The Ghana National Fire Service said on Tuesday an electrical fault in a cloth shop started the fire that "
         "razed 60 shops."),
    ]),
    "s22-sainsburys-outage": (330, [
        ("reuters", 0, "Sainsbury's hit by card payment outage",
         "Shoppers at Sainsbury's stores across Britain were unable to pay by card for several hours on Tuesday "
         "after a technical fault, the supermarket said."),
        ("guardian", 60, "Sainsbury's apologises as tills go down",
         "The retailer said the fault, in a system update, was not a cyber attack and that contactless payments "
         "were restored by lunchtime."),
        ("thesun", 150, "Supermarket chaos as shoppers abandon trolleys",
         "Customers left full trolleys in the aisles as Sainsbury's tills stopped taking cards, with some stores "
         "accepting cash only."),
    ]),
    "s22-mumbra-train-deaths": (332, [
        ("pti", 0, "Five dead after falling from crowded Mumbai local train",
         "Five commuters died after falling from an overcrowded suburban train near Mumbra station on Thursday "
         "morning, the Government Railway Police said."),
        ("mid-day", 60, "Mumbra tragedy: passengers hanging from doors hit by passing train",
         "Passengers on the footboards of two trains crossing on a curve brushed against each other, officials "
         "said. Eight others were injured."),
        ("indianexpress", 1460, "Railways to fit automatic doors after Mumbra deaths",
         "The Railway Board said on Friday that new Mumbai local trains would have automatic doors, a day after "
         "the accident that killed five."),
    ]),
    "s22-kalangala-boat": (334, [
        ("afp", 0, "Boat capsizes on Lake Victoria off Uganda, nine dead",
         "A wooden boat carrying traders and goods capsized on Lake Victoria near Kalangala on Saturday, killing "
         "at least nine people, Ugandan police said."),
        ("monitor-ug", 60, "Kalangala boat tragedy: survivors say vessel was overloaded",
         "Eleven people were rescued by fishermen. The marine police said the boat was carrying charcoal and bags "
         "of maize."),
        ("newvision", 1480, "Kalangala boat toll climbs to 14 as divers recover bodies",
         "Police divers recovered five more bodies on Sunday, bringing the death toll to 14."),
    ]),
    "s22-nsw-minister-quits": (336, [
        ("abc-au", 0, "NSW roads minister resigns over phone-driving offence",
         "NSW Roads Minister Karen Doyle resigned on Monday after she was caught using her phone while driving, "
         "the premier said."),
        ("smh", 60, "Doyle quits cabinet but stays in parliament",
         "The member for Heathcote said she had let the public down. The premier said the transport minister would "
         "take on the roads portfolio."),
        ("dailytelegraph-au", 150, "Phone-at-the-wheel minister is gone",
         "The minister, who fronted the state's road safety campaign, was fined $410 and lost five demerit points."),
    ]),
    "s22-bolton-stabbing": (338, [
        ("bbc", 900, "Teenager stabbed to death in Bolton",
         "A 17-year-old boy died after he was stabbed in Tonge Moor, Bolton, on Wednesday evening, Greater "
         "Manchester Police said. Two men have been arrested."),
        ("manchestereveningnews", 960, "Tributes paid to 'kind' teen killed in Tonge Moor",
         "Family and friends laid flowers at the scene on Tonge Moor Road. Police named the victim as Jayden Price."),
        ("dailymirror", 1860, "Third arrest after boy, 17, knifed in street",
         "A third man was arrested on Thursday over the killing in Bolton, detectives said, as a post-mortem "
         "examination confirmed the teenager died of a stab wound."),
    ]),
    "s22-glasgow-school-fire": (344, [
        ("bbc", 0, "Fire destroys Glasgow primary school",
         "A fire tore through St Mark's Primary School in Shettleston, Glasgow, early on Tuesday, the Scottish Fire "
         "and Rescue Service said. No one was inside."),
        ("dailyrecord", 60, "Shettleston school blaze: pupils to be moved to other schools",
         "Glasgow City Council said the 300 pupils would be taught at two nearby schools while the damage was "
         "assessed."),
        ("heraldscotland", 2940, "Teenagers charged over Glasgow school fire",
         "Two boys aged 14 and 15 were charged on Thursday in connection with the fire at the Shettleston primary, "
         "Police Scotland said."),
    ]),
    "s22-brisbane-hail": (346, [
        ("abc-au", 0, "Giant hail smashes cars and roofs across Brisbane",
         "Hailstones the size of cricket balls fell on Brisbane's northern suburbs on Thursday afternoon, damaging "
         "thousands of cars and homes, the Bureau of Meteorology said."),
        ("couriermail", 90, "Hail storm: SES flooded with 2,000 calls for help",
         "Volunteers worked through the night covering broken roofs in Chermside and Aspley."),
        ("brisbanetimes", 2900, "Insurers tally $500m bill from Brisbane hail",
         "The Insurance Council of Australia declared a catastrophe on Saturday as claims from the storm passed "
         "30,000."),
    ]),
    "s22-cp-rail-strike": (346, [
        ("reuters", 0, "Portuguese rail workers call 24-hour strike for Monday",
         "Unions representing train crews at CP said on Thursday they would strike on Monday over pay, threatening to "
         "halt most commuter services around Lisbon and Porto."),
        ("publico-en", 2880, "CP strike to go ahead after last-ditch talks fail",
         "Talks between the rail operator and the unions broke down on Saturday, and CP warned passengers to expect "
         "few trains on Monday."),
        ("portugalresident", 5760, "Rail strike leaves Lisbon commuters stranded",
         "Only a fifth of CP's trains ran on Monday as the 24-hour strike by train crews began, the company said."),
    ]),
    "s22-a419-crash-charge": (351, [
        ("bbc", 0, "Two teenagers killed in crash near Swindon",
         "Two 17-year-old boys died when their car hit a tree on the A419 near Swindon late on Monday, Wiltshire "
         "Police said."),
        ("swindonadvertiser", 120, "Tributes to 'inseparable' friends killed in A419 crash",
         "Friends left flowers at the roadside near Blunsdon for the two sixth-formers, who had passed their driving "
         "tests last year."),
        ("pa", 4380, "Driver charged after crash that killed two Swindon teenagers",
         "A 19-year-old man was charged on Friday with causing death by dangerous driving after the crash on the "
         "A419 near Swindon, Wiltshire Police said."),
    ]),
    "s22-kilkenny-funeral": (352, [
        ("rte", 0, "Man dies after assault in Kilkenny city",
         "A man in his 40s died in hospital after he was assaulted on John Street in Kilkenny early on Wednesday, "
         "gardai said. A man in his 20s was arrested."),
        ("kilkennypeople", 90, "Gardai appeal for witnesses after fatal John Street assault",
         "Gardai are asking anyone who was on John Street between 2am and 3am to come forward."),
        ("irishindependent", 4400, "Hundreds attend funeral of Kilkenny assault victim",
         "Hundreds of mourners gathered in Kilkenny on Saturday for the funeral of Tom Brennan, who died after he "
         "was assaulted on John Street."),
    ]),
    "s22-ewl-power-fault": (340, [
        ("straitstimes", 0, "Power fault halts East-West Line trains for two hours",
         "Train services on the East-West Line between Jurong East and Joo Koon stopped for about two hours on "
         "Friday morning after a power fault, SMRT said."),
        ("cna", 60, "Commuters walk along tracks after MRT breakdown",
         "Passengers on a stalled train were led to Boon Lay station on foot. Free bus services were laid on "
         "between the affected stations."),
        ("mothership", 200, "SMRT apologises for morning breakdown, LTA to investigate",
         "The Land Transport Authority said it would look into the fault, which disrupted the journeys of about "
         "50,000 commuters."),
    ]),
    # Story22's review: ongoing stories told over five to nine days (a trial and its verdict, a search and the body
    # found, a count and its result, a forecast and the landfall), some with day-less follow-ups between, and
    # weekdays in other senses (Super Tuesday, the Sunday Times, Sunday trading); each set three weeks from the next.
    "s22r-k-trial-verdict": (357, [
        ("reuters", 180, "Trial of former Leeds councillor Brian Hollis opens over housing grant fraud",
         "The trial of former Leeds city councillor Brian Hollis, accused of fraud over housing improvement "
         "grants, opened at Leeds Crown Court on Monday."),
        ("yorkshirepost", 12060, "Former Leeds councillor Brian Hollis guilty of housing grant fraud",
         "A jury at Leeds Crown Court on Tuesday found former city councillor Brian Hollis guilty of fraud over"
         " housing improvement grants."),
    ]),
    "s22r-k-trial-growing": (378, [
        ("pa", 300, "Nurse Carla Denton's manslaughter trial opens at Bristol Crown Court",
         "The manslaughter trial of nurse Carla Denton, accused over the death of a patient at Southmead "
         "Hospital, opened at Bristol Crown Court on Monday."),
        ("bristolpost", 6360, "Carla Denton trial: Southmead nurse tells jury she followed procedure",
         "Nurse Carla Denton told Bristol Crown Court she followed procedure in the care of the Southmead "
         "Hospital patient whose death she is accused of causing."),
        ("bbc", 12000, "Nurse Carla Denton cleared of manslaughter over Southmead patient death",
         "Nurse Carla Denton was cleared on Tuesday by a jury at Bristol Crown Court of the manslaughter of a "
         "patient at Southmead Hospital."),
    ]),
    "s22r-k-bin-strike-week2": (399, [
        ("guardian", 120, "Birmingham bin workers begin all-out strike over pay grades",
         "Refuse collectors in Birmingham walked out on Monday in an all-out strike over pay grades, the union "
         "Unite said, and bins across the city went unemptied."),
        ("birminghammail", 13020, "Birmingham bin strike enters second week as rubbish piles up",
         "Rubbish was piling up on Birmingham streets on Wednesday as the all-out bin strike by Unite refuse "
         "collectors over pay grades entered its second week."),
    ]),
    "s22r-k-bin-strike-growing": (421, [
        ("bbc", 120, "Glasgow cleansing workers strike over pay grades",
         "Glasgow City Council cleansing workers began a strike over pay grades on Tuesday, GMB Scotland said, "
         "leaving bins unemptied across the city."),
        ("heraldscotland", 4500, "Glasgow bin strike: rubbish piles up in tenement back courts",
         "Rubbish is piling up in Glasgow tenement back courts as the GMB strike by council cleansing workers "
         "over pay grades goes on."),
        ("dailyrecord", 8880, "Glasgow bin strike: council makes new pay grades offer",
         "Glasgow City Council made a new pay grades offer to striking cleansing workers on Monday, GMB "
         "Scotland said, as rubbish piled up across the city."),
    ]),
    "s22r-k-missing-walker": (446, [
        ("stv", 360, "Search under way for walker missing in the Cairngorms",
         "Cairngorm Mountain Rescue Team were searching on Saturday for a 64-year-old walker reported missing "
         "near Ben Macdui in the Cairngorms, Police Scotland said."),
        ("pressandjournal", 7500, "Body found in search for walker missing in the Cairngorms",
         "Police Scotland said on Thursday that a body had been found near Ben Macdui in the Cairngorms in the "
         "search for a 64-year-old walker reported missing."),
    ]),
    "s22r-k-missing-walker-growing": (467, [
        ("bbc", 780, "Search for missing walker Ian Forsyth on Helvellyn",
         "Keswick Mountain Rescue Team were searching on Saturday for walker Ian Forsyth, 58, missing on "
         "Helvellyn in the Lake District, Cumbria Police said."),
        ("newsandstar", 3600, "Helvellyn search for Ian Forsyth scaled back",
         "Cumbria Police said the search on Helvellyn for missing walker Ian Forsyth, 58, had been scaled back,"
         " with Keswick Mountain Rescue Team on standby."),
        ("cumbriacrack", 7860, "Body found on Helvellyn in search for missing walker Ian Forsyth",
         "Cumbria Police said on Thursday a body had been found on Helvellyn in the search for missing walker "
         "Ian Forsyth, 58, and his family had been told."),
    ]),
    "s22r-k-election-count": (485, [
        ("afp", 480, "Counting under way in Malawi presidential election",
         "Counting was under way in Malawi on Wednesday after Tuesday's presidential election, with the Malawi "
         "Electoral Commission urging patience."),
        ("nyasatimes", 7740, "Malawi Electoral Commission declares winner of presidential election",
         "The Malawi Electoral Commission on Monday declared Peter Banda the winner of the presidential "
         "election, after days of counting."),
    ]),
    "s22r-k-storm-landfall": (507, [
        ("inquirer", 1380, "Typhoon Kalmaegi to hit northern Luzon next week, PAGASA says",
         "PAGASA said on Friday that Typhoon Kalmaegi is expected to make landfall over northern Luzon by the "
         "middle of next week, and warned Cagayan residents."),
        ("philstar", 8400, "Typhoon Kalmaegi makes landfall in Cagayan, northern Luzon",
         "Typhoon Kalmaegi made landfall over Cagayan province in northern Luzon early on Wednesday, PAGASA "
         "said, with residents evacuated."),
    ]),
    "s22r-k-quake-weekon": (524, [
        ("stuff", 1260, "Magnitude 6.4 earthquake strikes near Gisborne",
         "A magnitude 6.4 earthquake struck near Gisborne on Monday afternoon, GeoNet said, damaging homes and "
         "cutting State Highway 2."),
        ("nzherald", 5460, "Gisborne earthquake: State Highway 2 to stay shut for weeks",
         "State Highway 2 near Gisborne will stay shut for weeks after the magnitude 6.4 earthquake, Waka "
         "Kotahi said, with slips blocking the road."),
        ("rnz", 12480, "Gisborne earthquake: State Highway 2 reopens a week on",
         "State Highway 2 near Gisborne reopened on Tuesday morning a week after the magnitude 6.4 earthquake, "
         "Waka Kotahi said."),
    ]),
    "s22r-k-flood-growing": (546, [
        ("reuters", 240, "Floods in Maiduguri kill 30, displace thousands after dam collapse",
         "Floods after the collapse of the Alau dam killed 30 people in Maiduguri, Borno State, on Monday and "
         "displaced thousands, the emergency agency NEMA said."),
        ("punch", 3060, "Maiduguri flood death toll rises to 37 as NEMA opens camps",
         "The death toll from the Maiduguri floods rose to 37 on Wednesday, NEMA said, as camps opened in Borno"
         " State for those displaced after the Alau dam collapse."),
        ("premiumtimes", 6120, "Maiduguri floods: Borno residents count losses",
         "Residents of Maiduguri, Borno State, counted their losses as the flood waters from the Alau dam "
         "collapse receded, NEMA said."),
        ("vanguard", 11820, "Maiduguri floods: NEMA says 400,000 displaced in Borno",
         "NEMA said on Tuesday that 400,000 people had been displaced in Borno State by the Maiduguri floods "
         "after the Alau dam collapse, and the toll stood at 37."),
    ]),
    "s22r-k-zone-late-la": (573, [
        ("latimes", 1320, "Brush fire near Malibu forces evacuations",
         "A brush fire near Malibu on Sunday forced the evacuation of homes along Pacific Coast Highway, the "
         "Los Angeles County Fire Department said."),
        ("apnews", 7140, "Malibu brush fire fully contained, Los Angeles County Fire Department says",
         "The brush fire near Malibu that forced evacuations along Pacific Coast Highway was fully contained on"
         " Thursday, the Los Angeles County Fire Department said."),
    ]),
    "s22r-k-zone-auckland": (592, [
        ("nzherald", 420, "Auckland motorway closed after truck crash on Harbour Bridge",
         "A truck crash on the Auckland Harbour Bridge closed the northbound motorway on Saturday morning, Waka"
         " Kotahi said, with long queues."),
        ("rnz", 6720, "Auckland Harbour Bridge lane fully reopens after truck crash repairs",
         "The northbound lane of the Auckland Harbour Bridge damaged in Saturday's truck crash fully reopened "
         "on Wednesday morning after repairs, Waka Kotahi said."),
    ]),
    "s22r-k-sunday-final": (609, [
        ("rte", 660, "Galway hurling manager Sean Flood banned for eight weeks",
         "The GAA's central disciplinary committee on Monday banned Galway hurling manager Sean Flood for eight"
         " weeks over his touchline row with a linesman."),
        ("irishindependent", 12240, "Galway manager Sean Flood loses appeal against eight-week ban",
         "Galway hurling manager Sean Flood has lost his appeal against an eight-week touchline ban and will "
         "miss Sunday's final against Cork."),
    ]),
    "s22r-k-super-tuesday": (632, [
        ("politico", 540, "Governor Dana Whitfield enters Democratic presidential primary",
         "Colorado Governor Dana Whitfield announced on Wednesday that she will run in the Democratic "
         "presidential primary."),
        ("thehill", 13500, "Dana Whitfield bets on Super Tuesday states in Democratic primary",
         "Colorado Governor Dana Whitfield's Democratic presidential primary campaign is pouring money into "
         "Super Tuesday states, aides said."),
    ]),
    "s22r-k-cyber-monday": (653, [
        ("sky", 300, "Currys warehouse staff in Newark vote to strike",
         "GMB members at the Currys distribution centre in Newark voted on Wednesday to strike over pay, the "
         "union said."),
        ("mirror", 11820, "Currys Newark warehouse strike threatens Cyber Monday deliveries",
         "A strike by GMB members at the Currys distribution centre in Newark over pay could disrupt Cyber "
         "Monday deliveries, the union warned."),
    ]),
    "s22r-k-black-friday": (673, [
        ("sky", 300, "Argos drivers in Basildon vote to strike over pay",
         "Unite members who drive for Argos from its Basildon depot voted on Tuesday to strike over pay, the "
         "union said."),
        ("express", 11820, "Argos Basildon drivers' strike threatens Black Friday deliveries",
         "A strike by Unite members who drive for Argos from its Basildon depot could hit Black Friday "
         "deliveries, the union warned."),
    ]),
    "s22r-k-mon-fri-service": (693, [
        ("heraldscotland", 240, "ScotRail to cut Far North Line services from December",
         "ScotRail said on Monday it would cut services on the Far North Line between Inverness and Wick from "
         "December, blaming a shortage of trains."),
        ("johnogroat", 16080, "Caithness campaigners fight ScotRail Far North Line cuts",
         "Caithness campaigners say ScotRail's plan to run only a Monday-to-Friday service on the Far North "
         "Line between Inverness and Wick will cut the county off."),
    ]),
    "s22r-k-sunday-times": (715, [
        ("guardian", 360, "Thames Water bosses face questions over bonus payments",
         "Thames Water bosses were called before MPs on Tuesday to explain bonus payments made while the "
         "company breached sewage discharge rules."),
        ("independent", 11880, "Thames Water paid bonuses despite sewage breaches, says Sunday Times",
         "Thames Water paid bosses bonuses while the company breached sewage discharge rules, the Sunday Times "
         "reported, and MPs want answers."),
    ]),
    "s22r-k-good-friday-agreement": (733, [
        ("belfasttelegraph", 360, "Stormont parties fail to agree budget as Treasury deadline nears",
         "Stormont's parties failed on Saturday to agree a budget for Northern Ireland's departments as the "
         "Treasury deadline nears."),
        ("irishtimes", 14760, "Stormont budget row puts Good Friday Agreement institutions at risk, says Taoiseach",
         "The Taoiseach warned that the Stormont budget row over Northern Ireland's departments puts the Good "
         "Friday Agreement institutions at risk."),
    ]),
    "s22r-k-ash-wednesday": (761, [
        ("catholicherald", 360, "Westminster Cathedral to close for roof repairs",
         "Westminster Cathedral said on Saturday it would close for six weeks for urgent roof repairs after "
         "falling masonry."),
        ("tablet", 9000, "Westminster Cathedral roof repairs to run to Ash Wednesday",
         "Urgent roof repairs at Westminster Cathedral after falling masonry may run until Ash Wednesday, the "
         "cathedral said."),
    ]),
    "s22r-s-dublin-stabbing-sameweekday-story-grows": (1071, [
        ("irishtimes", 960, "Man stabbed in Dublin city centre",
         "A man was stabbed on O'Connell Street in Dublin city centre on Monday night, gardai said, and was "
         "taken to the Mater hospital."),
        ("rte", 1800, "Garda appeal after man stabbed on O'Connell Street",
         "Gardai appealed for witnesses after a man was stabbed on O'Connell Street in Dublin city centre, and "
         "he is in the Mater hospital."),
    ]),
    "s22r-o-sunday-final": (1093, [
        ("rte", 660, "Galway hurling manager Sean Flood banned for eight weeks",
         "The GAA's central disciplinary committee on Tuesday banned Galway hurling manager Sean Flood for "
         "eight weeks over his touchline row with a linesman."),
        ("irishexaminer", 3600, "Galway to appeal eight-week ban on manager Sean Flood",
         "Galway will appeal the eight-week touchline ban handed to hurling manager Sean Flood over his row "
         "with a linesman, the county board said."),
        ("irishindependent", 9360, "Galway manager Sean Flood loses appeal against eight-week ban",
         "Galway hurling manager Sean Flood has lost his appeal against his eight-week touchline ban over the "
         "row with a linesman and will miss Sunday's final."),
    ]),
    "s22r-o-super-tuesday": (1115, [
        ("politico", 540, "Governor Dana Whitfield enters Democratic presidential primary",
         "Colorado Governor Dana Whitfield announced on Wednesday that she will run in the Democratic "
         "presidential primary, pitching herself as a western moderate."),
        ("axios", 3420, "Dana Whitfield raises $9 million in first days of primary campaign",
         "Colorado Governor Dana Whitfield raised $9 million in the first days of her Democratic presidential "
         "primary campaign, her aides said."),
        ("thehill", 9480, "Dana Whitfield's primary campaign bets on Super Tuesday states",
         "Colorado Governor Dana Whitfield's Democratic presidential primary campaign will pour its $9 million "
         "into Super Tuesday states, her aides said."),
    ]),
    "s22r-o-black-friday": (1133, [
        ("sky", 300, "Argos drivers in Basildon vote to strike over pay",
         "Unite members who drive for Argos from its Basildon depot voted on Sunday to strike over pay, the "
         "union said."),
        ("echo", 4620, "Argos Basildon drivers set strike dates in pay row",
         "Unite members who drive for Argos from its Basildon depot have set strike dates in their pay row, the"
         " union said."),
        ("express", 10380, "Argos Basildon drivers' strike threatens Black Friday deliveries",
         "The strike by Unite members who drive for Argos from its Basildon depot in their pay row could hit "
         "Black Friday deliveries, the union warned."),
    ]),
    "s22r-o-cyber-monday": (1157, [
        ("sky", 300, "Currys warehouse staff in Newark vote to strike over pay",
         "GMB members at the Currys distribution centre in Newark voted on Wednesday to strike over pay, the "
         "union said."),
        ("lincolnshirelive", 3180, "Currys Newark warehouse strike dates set",
         "GMB members at the Currys distribution centre in Newark have set dates for their strike over pay, the"
         " union said."),
        ("mirror", 8940, "Currys Newark warehouse strike threatens Cyber Monday deliveries",
         "The strike over pay by GMB members at the Currys distribution centre in Newark could disrupt Cyber "
         "Monday deliveries, the union warned."),
    ]),
    "s22r-o-sunday-times": (1177, [
        ("guardian", 360, "Thames Water bosses questioned by MPs over bonus payments",
         "Thames Water bosses were questioned by MPs on Tuesday over bonus payments made while the company "
         "breached sewage discharge rules."),
        ("ft", 3240, "Ofwat to review Thames Water bonus payments",
         "Ofwat will review bonus payments made to Thames Water bosses while the company breached sewage "
         "discharge rules, the regulator said."),
        ("independent", 9000, "Thames Water bosses' bonus payments larger than told to MPs, Sunday Times says",
         "Bonus payments made to Thames Water bosses while the company breached sewage discharge rules were "
         "larger than they told MPs, the Sunday Times reported."),
    ]),
    "s22r-o-good-friday-agreement": (1196, [
        ("belfasttelegraph", 360, "Stormont parties fail to agree Northern Ireland budget",
         "Stormont's parties failed on Sunday to agree a budget for Northern Ireland's departments, with the "
         "Treasury deadline nearing."),
        ("newsletter", 4680, "Stormont budget talks collapse as Treasury deadline nears",
         "Talks between Stormont's parties on a budget for Northern Ireland's departments collapsed, with the "
         "Treasury deadline nearing."),
        ("irishtimes", 9000, "Stormont budget row puts Good Friday Agreement institutions at risk, says Taoiseach",
         "The Taoiseach warned that the row between Stormont's parties over a budget for Northern Ireland's "
         "departments puts the Good Friday Agreement institutions at risk."),
    ]),
    "s22r-o-saturday-service": (1218, [
        ("heraldscotland", 240, "ScotRail to cut Far North Line services between Inverness and Wick",
         "ScotRail said on Monday it would cut services on the Far North Line between Inverness and Wick from "
         "December, blaming a shortage of trains."),
        ("pressandjournal", 4560, "Highland councillors condemn ScotRail Far North Line cuts",
         "Highland councillors condemned ScotRail's cuts to services on the Far North Line between Inverness "
         "and Wick, blaming a shortage of trains."),
        ("johnogroat", 8880, "ScotRail Far North Line cuts to end Saturday service to Wick",
         "ScotRail's cuts to services on the Far North Line between Inverness and Wick will end the Saturday "
         "service, campaigners said."),
    ]),
    "s22r-o-ash-wednesday": (1243, [
        ("catholicherald", 360, "Westminster Cathedral to close for urgent roof repairs",
         "Westminster Cathedral said on Friday it would close for urgent roof repairs after falling masonry "
         "injured a visitor."),
        ("standard", 4680, "Westminster Cathedral roof repairs begin after falling masonry",
         "Urgent roof repairs began at Westminster Cathedral, closed after falling masonry injured a visitor."),
        ("tablet", 9000, "Westminster Cathedral roof repairs to run to Ash Wednesday",
         "Urgent roof repairs at Westminster Cathedral, closed after falling masonry injured a visitor, may run"
         " until Ash Wednesday."),
    ]),
    "s22r-o-sunday-trading": (1261, [
        ("bbc", 180, "Scottish Government consults on shop workers' rights",
         "The Scottish Government opened a consultation on Tuesday on shop workers' rights, including Sunday "
         "trading and premium pay."),
        ("scotsman", 3060, "Usdaw backs Scottish Government shop workers' rights consultation",
         "The shop workers' union Usdaw backed the Scottish Government consultation on shop workers' rights and"
         " premium pay."),
        ("dailyrecord", 8820, "Shop workers' rights consultation: Usdaw says Sunday trading must stay voluntary",
         "Usdaw said Sunday trading must stay voluntary for staff in its response to the Scottish Government "
         "consultation on shop workers' rights and premium pay."),
    ]),
    "s22r-o-bloody-sunday": (1282, [
        ("belfastlive", 180, "Soldier F case: judge to rule on Bloody Sunday charges",
         "A judge at Belfast Crown Court said on Tuesday he would rule on whether Soldier F should stand trial "
         "over two killings."),
        ("irishnews", 3060, "Soldier F lawyers argue statements inadmissible",
         "Lawyers for Soldier F argued at Belfast Crown Court that statements about the two killings were "
         "inadmissible."),
        ("derryjournal", 8820, "Soldier F to stand trial over two Bloody Sunday killings",
         "Soldier F will stand trial over two killings on Bloody Sunday, a judge at Belfast Crown Court ruled."),
    ]),
    "s22r-o-late-night-sydney": (1302, [
        ("smh", 960, "Sydney Trains network halted by signalling fault",
         "A signalling fault halted the Sydney Trains network on Tuesday morning, Transport for NSW said, "
         "stranding commuters at Central."),
        ("abc", 2820, "Sydney Trains signalling fault: Transport for NSW orders review",
         "Transport for NSW ordered a review of the signalling fault that halted the Sydney Trains network, "
         "stranding commuters at Central."),
        ("dailytelegraph", 8040, "Sydney Trains signalling fault blamed on contractor's cable cut",
         "The signalling fault that halted the Sydney Trains network and stranded commuters at Central was "
         "caused by a contractor's cable cut, Transport for NSW said on Sunday."),
    ]),
    "s22r-o-late-night-vancouver": (1323, [
        ("cbc", 1380, "Vancouver SkyTrain Expo Line shut after power failure",
         "A power failure shut the SkyTrain Expo Line in Vancouver on Monday night, TransLink said, stranding "
         "commuters."),
        ("vancouversun", 4020, "TransLink apologises for SkyTrain Expo Line power failure",
         "TransLink apologised for the power failure that shut the SkyTrain Expo Line in Vancouver, stranding "
         "commuters."),
        ("globalnews", 8580, "SkyTrain Expo Line power failure caused by faulty breaker, TransLink says",
         "TransLink said on Saturday that a faulty breaker caused the power failure that shut the SkyTrain Expo"
         " Line in Vancouver."),
    ]),
}

LOOK_ALIKES: dict[str, tuple[str, int, list[Item]]] = {
    # name -> (the event of EVENTS it must stay apart from, day, items)
    "quake-hualien": ("quake-malatya", 2, [
        ("reuters", 60, "Strong earthquake hits Taiwan, buildings collapse in Hualien",
         "A magnitude 7.4 earthquake struck off Taiwan's east coast on Wednesday morning, killing nine people "
         "and toppling buildings in the city of Hualien, officials said."),
    ]),
    "ferry-kivu": ("ferry-meghna", 1, [
        ("ap", 400, "Boat capsizes on Lake Kivu in Congo, dozens missing",
         "An overloaded boat sank near the port of Minova in eastern Congo on Thursday, and at least 30 "
         "passengers are missing, a provincial official said."),
    ]),
    "tesla-autopilot-recall": ("tesla-cybertruck-recall", 3, [
        ("reuters", 90, "Tesla recalls two million vehicles to fix Autopilot controls",
         "Tesla is recalling more than two million cars in the United States to install new safeguards in its "
         "Autopilot driver-assistance system, NHTSA said, after a two-year investigation into crashes."),
    ]),
    "fed-hold": ("boe-hold", 0, [
        ("cnbc", 500, "Fed holds rates steady, still sees three cuts this year",
         "The Federal Reserve kept its benchmark rate at 5.25% to 5.5% on Wednesday, and officials still expect "
         "to lower it three times in 2024, chair Jerome Powell said."),
    ]),
    "wildfire-athens": ("wildfire-marseille", 4, [
        ("ekathimerini", 100, "Wildfire near Athens forces evacuation of villages",
         "Fire crews battled a blaze in the hills north of Athens on Friday, and authorities ordered residents "
         "of several villages near Marathon to leave their homes."),
    ]),
    "united-wheel": ("alaska-door-plug", 4, [
        ("cnn", 200, "United Boeing 777 loses wheel on take-off from San Francisco",
         "A wheel fell off a United Airlines Boeing 777 bound for Osaka moments after take-off and landed in an "
         "airport car park, crushing cars. The plane landed safely in Los Angeles."),
    ]),
    "tan-womens-candidates": ("gukesh-candidates", 3, [
        ("fide", 20, "Tan Zhongyi wins Women's Candidates in Toronto",
         "China's Tan Zhongyi won the Women's Candidates tournament with a round to spare and will challenge "
         "world champion Ju Wenjun."),
    ]),
    "lufthansa-strike": ("gdl-strike", 5, [
        ("dw", 60, "Lufthansa ground staff strike grounds hundreds of flights",
         "The Verdi union called out Lufthansa's ground workers in Frankfurt and Munich on Wednesday, and the "
         "airline cancelled about 900 flights in a dispute over pay."),
    ]),
    "salame-sentence": ("sbf-sentence", 7, [
        ("coindesk", 100, "Former FTX executive Ryan Salame sentenced to 7.5 years",
         "Salame, who ran FTX's Bahamas arm, was sentenced in Manhattan federal court for making illegal campaign "
         "contributions and running an unlicensed money transmitting business."),
    ]),
    "senegal-postponed": ("senegal-faye", 1, [
        ("aljazeera", 200, "Senegal's Macky Sall postpones presidential election",
         "President Macky Sall called off the vote planned for February 25 days before campaigning was due to "
         "begin, citing a dispute over the candidate list. The opposition called it a constitutional coup."),
    ]),
    "guangzhou-bridge": ("baltimore-bridge", 9, [
        ("scmp", 30, "Bridge in Guangzhou collapses after barge hits pillar",
         "A container barge struck the Lixinsha Bridge over the Pearl River in Guangzhou early on Thursday, "
         "breaking the span and sending a bus and several cars into the water."),
    ]),
    "iceland-earlier": ("iceland-eruption", 2, [
        ("icelandreview", 100, "Lava cuts hot water pipe to Reykjanes towns",
         "Lava from Thursday's eruption north of Grindavik flowed over the pipeline from the Svartsengi power "
         "plant, leaving some 20,000 people on the Reykjanes peninsula without heating."),
    ]),
    "birmingham-measles": ("chicago-measles", 8, [
        ("bbc", 100, "Measles cases rise in Birmingham as health officials urge vaccination",
         "The UK Health Security Agency said 216 measles cases had been confirmed in the West Midlands since "
         "October, most of them children in Birmingham."),
    ]),
    "synopsys-ansys": ("capital-one-discover", 6, [
        ("wsj", 100, "Synopsys to buy Ansys in $35 billion deal",
         "Chip design software maker Synopsys agreed to acquire simulation software company Ansys for cash and "
         "stock, one of the largest technology deals of the year."),
    ]),
    "forest-points": ("everton-points", 10, [
        ("skysports", 100, "Nottingham Forest docked four points for breaching financial rules",
         "Forest were given an immediate four-point deduction by an independent commission after admitting to "
         "losses over the Premier League's limit in 2022-23."),
    ]),
    "sokoto-abduction": ("kuriga-abduction", 10, [
        ("reuters", 200, "Gunmen kidnap 15 pupils from Islamic school in Nigeria's Sokoto",
         "Kidnappers took 15 children from a Tsangaya school in Gidan Bakuso village in Sokoto state before "
         "dawn on Saturday, local officials said."),
    ]),
    "starliner-scrub": ("starship-third", 11, [
        ("space", 300, "Boeing Starliner launch scrubbed hours before liftoff",
         "The first crewed flight of Boeing's Starliner capsule was called off on Monday because of a faulty "
         "valve on the Atlas V rocket at Cape Canaveral."),
    ]),
    "paris-farmers": ("brussels-farmers", 7, [
        ("france24", 100, "French farmers vow to 'besiege' Paris as tractor protests spread",
         "Farmers blocked motorways leading to the French capital on Monday, demanding higher prices and less "
         "regulation, as Prime Minister Gabriel Attal promised more help."),
    ]),
    "costa-resigns": ("varadkar-resigns", 11, [
        ("reuters", 100, "Portuguese Prime Minister Antonio Costa resigns over corruption probe",
         "Costa stepped down on Tuesday hours after police searched his official residence in an investigation "
         "into lithium and hydrogen projects."),
    ]),
    "oman-floods": ("dubai-floods", 8, [
        ("aljazeera", 300, "Flash floods in Oman kill 18, including schoolchildren",
         "Heavy rain swept away a vehicle carrying pupils in the North Al Sharqiya governorate, and rescuers "
         "searched for missing people across the sultanate."),
    ]),
    "nhs-hack": ("british-library-hack", 12, [
        ("bbc", 200, "Hackers publish patient data stolen from NHS Dumfries and Galloway",
         "A ransomware group has released clinical data of patients, the Scottish health board said, weeks "
         "after a cyber attack on its systems."),
    ]),
    "peru-bus": ("nepal-bus", 13, [
        ("reuters", 100, "Bus plunges off cliff in Peru's Andes, killing 25",
         "A bus carrying workers fell 200 metres down a ravine in the Cajamarca region on Friday night, police "
         "said."),
    ]),
    "pogba-ban": ("halep-cas", 10, [
        ("skysports", 300, "Paul Pogba banned for four years for doping",
         "The Juventus midfielder was suspended by Italy's anti-doping tribunal after testing positive for "
         "testosterone. He said he would appeal to the Court of Arbitration for Sport."),
    ]),
    "apple-dma-probe": ("apple-eu-fine", 15, [
        ("reuters", 100, "EU opens investigations into Apple, Alphabet and Meta under new tech law",
         "The European Commission said it suspected the companies of failing to comply with the Digital Markets "
         "Act, its first cases under the law. Apple said it was confident its plan complied."),
    ]),
    "ecuador-cocaine": ("algeciras-cocaine", 17, [
        ("reuters", 100, "Ecuador seizes 22 tonnes of cocaine in banana shipment",
         "Police in Guayaquil found the drugs in a warehouse among boxes of bananas awaiting export, the largest "
         "seizure in the country's history."),
    ]),
    "gold-record": ("bitcoin-record", 15, [
        ("bloomberg", 500, "Gold hits record above $2,180 on rate cut bets",
         "Gold rose to an all-time high on Monday as traders bet the Federal Reserve would start lowering "
         "borrowing costs by June."),
    ]),
    # The same kind of event elsewhere or at another body, told in the other of the two words, which an
    # equivalence of event words must not join to the event above.
    "quake-chile": ("quake-oaxaca", 19, [
        ("reuters", 300, "Tremor rattles northern Chile, no damage reported",
         "A magnitude 5.9 tremor shook the Antofagasta region on Tuesday, the seismological centre said. "
         "There were no reports of injuries."),
    ]),
    "cyclone-bengal": ("typhoon-luzon", 19, [
        ("thehindu", 400, "Cyclone forms over Bay of Bengal, Andhra coast on alert",
         "A cyclone formed over the Bay of Bengal on Tuesday and is expected to near the Andhra Pradesh coast "
         "by Thursday, the weather office said."),
    ]),
    "abduction-haiti-nuns": ("kidnap-zamfara", 20, [
        ("ap", 300, "Six nuns abducted in Haiti's capital",
         "Gang members abducted six nuns from a bus in Port-au-Prince on Sunday, the Catholic church said, "
         "the latest of a wave of kidnappings in the city."),
    ]),
    "quit-peru-minister": ("resign-fiji-minister", 20, [
        ("reuters", 400, "Peru's interior minister quits amid crime wave",
         "Peru's interior minister quit on Monday after protests over rising extortion in Lima, the "
         "presidency said."),
    ]),
    "erupt-kilauea": ("eruption-etna", 21, [
        ("ap", 400, "Kilauea erupts inside summit crater, no homes threatened",
         "Hawaii's Kilauea volcano erupted inside its summit crater on Wednesday, the geological survey said, "
         "and the lava poses no threat to homes."),
    ]),
    "explosion-lagos-gas": ("blast-karachi-factory", 21, [
        ("punch", 400, "Gas explosion rocks Lagos estate, homes damaged",
         "A gas explosion at a filling station in Lagos on Wednesday damaged dozens of homes, emergency "
         "officials said."),
    ]),
    "walkout-lufthansa": ("strike-finnair", 22, [
        ("dw", 400, "Lufthansa ground staff plan walkout at Frankfurt and Munich",
         "The Verdi union called Lufthansa ground staff out on a one-day walkout next Wednesday over pay, "
         "threatening hundreds of flights."),
    ]),
    "detained-macau": ("arrest-hong-kong-activist", 23, [
        ("reuters", 400, "Macau police detain former lawmaker over security offence",
         "Former Macau lawmaker Au Kam San was detained on Friday on suspicion of colluding with foreign "
         "forces, police said."),
    ]),
    "collision-dover": ("crash-tanker-bosphorus", 23, [
        ("bbc", 500, "Ferry and fishing boat collide off Dover",
         "A cross-Channel ferry collided with a fishing boat off Dover on Friday, and two fishermen were "
         "rescued from the water, the coastguard said."),
    ]),
    "dismiss-coach-nice": ("sack-coach-lyon", 25, [
        ("lequipe", 300, "Nice dismiss coach after Europa League exit",
         "OGC Nice dismissed their head coach on Sunday after a Europa League exit and a poor run in the "
         "league, the club said."),
    ]),
    "acquisition-carlsberg": ("takeover-brewer", 26, [
        ("ft", 400, "Carlsberg agrees acquisition of Britvic",
         "Carlsberg agreed on Monday to buy the British soft drinks maker Britvic for 3.3 billion pounds, "
         "the companies said."),
    ]),
    # The same kind of occurrence elsewhere or at the same body on the same day.
    "barge-danube": ("bridge-strike-rhine", 28, [
        ("orf", 300, "Cargo ship runs aground on Danube near Vienna, shipping halted",
         "A cargo ship carrying grain ran aground near Vienna's Freudenau lock on Monday, and the authority "
         "halted traffic on the river."),
    ]),
    "mine-flood-congo": ("mine-collapse-zambia", 28, [
        ("reuters", 400, "Flooded copper mine in Congo traps 20 workers",
         "Water flooded a copper mine near Kolwezi on Monday after days of rain, trapping about 20 miners, a "
         "provincial minister said."),
    ]),
    "museum-theft-louvre": ("museum-theft-dresden", 29, [
        ("afp", 300, "Thieves steal jewels from Paris museum in daylight raid",
         "Thieves broke a display case at the Louvre on Tuesday and escaped with jewellery of Napoleon's "
         "era, the culture ministry said."),
    ]),
    "zoo-panda-edinburgh": ("zoo-panda-birth", 29, [
        ("bbc", 300, "Edinburgh zoo's giant pandas to return to China",
         "Yang Guang and Tian Tian, the only giant pandas in Britain, will leave Edinburgh zoo in December, "
         "the zoo said on Tuesday."),
    ]),
    "oil-spill-peru": ("oil-spill-mauritius", 30, [
        ("reuters", 300, "Peru declares emergency over oil spill on coast",
         "Peru declared an environmental emergency on Wednesday over an oil spill from a refinery that has "
         "fouled beaches north of Lima."),
    ]),
    "transfer-record-men": ("transfer-record-wsl", 30, [
        ("bbc", 400, "Chelsea sign defender from Brighton for club record fee",
         "Chelsea have signed Ecuador defender Moises Caicedo from Brighton for a British record fee, the "
         "club said on Wednesday."),
    ]),
    # The same topic a day or two later in another town of the same region or country: an editor keeps it apart.
    "floods-malaga": ("floods-paiporta", 34, [
        ("reuters", 300, "Storm floods streets of Malaga, thousands evacuated",
         "A new storm flooded streets in Malaga in southern Spain on Thursday, and 3,000 people were moved from "
         "homes near the Guadalhorce river, officials said."),
    ]),
    "landslide-idukki": ("landslide-wayanad", 34, [
        ("thehindu", 300, "Landslip blocks highway in Idukki, tea workers stranded",
         "A landslip on the Munnar road in Idukki cut off two tea estates on Thursday; no one was hurt, the "
         "district collector said."),
    ]),
    "train-derail-bardhaman": ("train-crash-balasore", 35, [
        ("pti", 300, "Goods train derails near Bardhaman in eastern India",
         "Nine wagons of a goods train came off the tracks near Bardhaman in West Bengal on Sunday, disrupting "
         "services; no one was injured, the railway said."),
    ]),
    "fire-bailey-road": ("factory-fire-ashulia", 35, [
        ("afp", 400, "Fire at Dhaka restaurant building kills 46",
         "A fire tore through a seven-storey building of restaurants on Bailey Road in Dhaka on Thursday night, "
         "killing 46 people, Bangladesh's health minister said."),
    ]),
    "shooting-portland-maine": ("shooting-lewiston", 36, [
        ("ap", 400, "Two wounded in shooting outside Portland, Maine, bar",
         "Two men were shot outside a bar in Portland, Maine, early on Saturday, and a suspect was arrested at "
         "the scene, police said."),
    ]),
    "quake-al-hoceima": ("quake-amizmiz", 37, [
        ("reuters", 400, "Moderate earthquake shakes northern Morocco, no damage",
         "A magnitude 4.9 earthquake struck off Al Hoceima on Morocco's Mediterranean coast on Monday; it was "
         "felt in Nador but caused no damage, the geophysics institute said."),
    ]),
    "anthrax-sinazongwe": ("cholera-lusaka", 37, [
        ("lusakatimes", 400, "Anthrax outbreak in Sinazongwe kills 20 hippos and sickens villagers",
         "Zambia's health ministry confirmed an anthrax outbreak in Sinazongwe after villagers ate meat from "
         "hippos found dead on the lake shore; 14 people are being treated."),
    ]),
    "bus-shimla": ("bus-gorge-kullu", 37, [
        ("tribune", 300, "Bus overturns in Shimla, five passengers hurt",
         "A state transport bus overturned on a narrow road near Theog in Shimla district on Tuesday, injuring "
         "five passengers, police said."),
    ]),
    "rail-strike-belgium": ("port-strike-antwerp", 38, [
        ("vrt", 300, "Belgian rail strike cancels most trains for two days",
         "Belgian rail unions began a 48-hour strike on Wednesday over staffing, and only one train in three ran "
         "between Brussels and Ghent, the operator said."),
    ]),
    "wildfire-rhodes": ("wildfire-limni", 39, [
        ("bbc", 300, "Wildfire on Rhodes forces tourists to flee hotels",
         "Thousands of tourists left hotels on the Greek island of Rhodes on Saturday as a wildfire spread "
         "towards the coast at Kiotari, the fire service said."),
    ]),
    "pipeline-blast-houston": ("plant-blast-port-neches", 39, [
        ("kprc", 400, "Pipeline explosion in Houston suburb sends fireball over homes",
         "A pipeline ruptured and exploded in Deer Park, Texas, on Monday, sending flames above a neighbourhood; "
         "residents nearby were told to shelter in place."),
    ]),
    "tornado-amory": ("tornado-rolling-fork", 40, [
        ("wtva", 300, "Tornado damages homes in Amory, Mississippi",
         "A tornado touched down in Amory on Sunday evening, tearing roofs off homes and downing power lines; "
         "two people were hurt, the county said."),
    ]),
    "avalanche-davos": ("avalanche-zermatt", 40, [
        ("swissinfo", 400, "Avalanche near Davos buries two ski tourers, both rescued",
         "Two ski tourers were buried by an avalanche above Davos in Graubünden on Wednesday and dug out alive "
         "by their companions, police said."),
    ]),
    # The same post, another event; the same act, another actor.
    "orpo-nato-summit": ("orpo-kyiv-visit", 44, [
        ("yle", 400, "Finnish prime minister backs higher NATO spending target",
         "Finland's prime minister told the alliance's summit in Washington that members should spend more "
         "than two percent of output on defence."),
    ]),
    "nvidia-earnings": ("huang-computex-keynote", 43, [
        ("cnbc", 400, "Nvidia chief executive hails record data-centre sales",
         "Nvidia's chief executive said demand for its chips would outstrip supply well into next year, as "
         "quarterly revenue tripled."),
    ]),
    "pope-easter": ("pope-ajaccio-visit", 45, [
        ("vaticannews", 400, "Pontiff calls for Gaza ceasefire in Easter address",
         "The pontiff used his Easter blessing in St Peter's Square to appeal for a ceasefire in Gaza and the "
         "release of hostages."),
    ]),
    "boe-cut": ("lagarde-rate-cut", 45, [
        ("sky", 500, "Bank of England cuts rates for first time since 2020",
         "The Bank of England lowered its base rate to 5% on Thursday, and Governor Andrew Bailey said "
         "further cuts would come gradually."),
    ]),
    "orban-eu-veto": ("orban-beijing-trip", 46, [
        ("politico", 400, "Hungarian leader blocks EU aid package for Ukraine",
         "Hungary's prime minister vetoed a 50 billion euro aid package for Ukraine at a summit in Brussels, "
         "leaving other leaders to seek a workaround."),
    ]),
    "anthropic-ceo": ("altman-ousted", 47, [
        ("theverge", 400, "Anthropic chief executive warns of AI risks at Senate hearing",
         "Anthropic's chief executive told senators that AI systems could help attackers make biological "
         "weapons within two years."),
    ]),
    "princess-cancer": ("king-cancer", 47, [
        ("sky", 450, "Princess of Wales reveals she is having cancer treatment",
         "The Princess of Wales said in a video message that tests after major abdominal surgery had found "
         "cancer, and that she had begun preventive chemotherapy."),
    ]),
    "tiktok-ceo-hearing": ("zuckerberg-senate-apology", 48, [
        ("axios", 400, "TikTok CEO grilled by House over China links",
         "TikTok's chief executive told members of Congress that the app did not share American users' data "
         "with the Chinese government."),
    ]),
    "sharif-oath": ("modi-oath", 48, [
        ("dawn", 450, "Shehbaz Sharif sworn in as Pakistan's prime minister",
         "Shehbaz Sharif took the oath of office for a second term on Monday after a coalition deal that "
         "followed a disputed election."),
    ]),
    "netanyahu-pacemaker": ("netanyahu-surgery", 50, [
        ("ap", 300, "Israeli prime minister fitted with pacemaker after heart scare",
         "Israel's prime minister had a pacemaker fitted at Sheba hospital overnight, a week after he was "
         "treated for what his office called dehydration."),
    ]),
    "scholz-budget": ("scholz-confidence-vote", 50, [
        ("dw", 400, "German chancellor fires finance minister over budget row",
         "Germany's chancellor dismissed Finance Minister Christian Lindner on Wednesday, collapsing his "
         "three-party coalition."),
    ]),
    # The same post doing another thing, and the same act by another post's holder.
    "macron-names-pm": ("macron-snap-election", 53, [
        ("lemonde", 200, "French president names Michel Barnier prime minister",
         "France's president appointed the former Brexit negotiator to lead the government on Thursday, "
         "two months after the election left no party with a majority."),
    ]),
    "portugal-dissolves": ("macron-snap-election", 52, [
        ("publico", 200, "Portuguese president dissolves parliament, calls early election",
         "Portugal's president dissolved the assembly on Thursday after the prime minister resigned over a "
         "corruption inquiry, and set a vote for March."),
    ]),
    "trudeau-carbon-tax": ("trudeau-cabinet-shuffle", 53, [
        ("cbc", 500, "Canadian prime minister defends carbon tax as premiers revolt",
         "Canada's prime minister told reporters in Ottawa that the levy would stay, after seven provincial "
         "premiers asked him to pause the April increase."),
    ]),
    "albanese-reshuffle": ("trudeau-cabinet-shuffle", 52, [
        ("abc-au", 500, "Australian prime minister reshuffles cabinet, names new home affairs minister",
         "Australia's prime minister moved Tony Burke to home affairs on Sunday in a reshuffle forced by two "
         "ministers' retirements."),
    ]),
    "guterres-climate": ("guterres-article-99", 54, [
        ("un-news", 200, "UN secretary-general warns world is on 'highway to climate hell'",
         "The UN secretary-general told leaders at the climate summit in Sharm el-Sheikh that humanity had "
         "to cooperate or perish."),
    ]),
    "milei-general-strike": ("milei-davos-speech", 54, [
        ("buenosairesherald", 500, "Argentine president faces first general strike after six weeks in office",
         "Unions brought Buenos Aires to a halt on Wednesday against Argentina's president's decree cutting "
         "labour protections, as Congress debated his reform bill."),
    ]),
    "li-qiang-davos": ("milei-davos-speech", 53, [
        ("scmp", 400, "Chinese premier tells World Economic Forum economy grew 5.2%",
         "China's premier told business leaders in Davos that the country had met its growth target without "
         "massive stimulus and was open to foreign investment."),
    ]),
    "zelensky-defence-minister": ("zelensky-sacks-zaluzhny", 55, [
        ("kyivindependent", 300, "Ukrainian president replaces defence minister amid procurement scandals",
         "Ukraine's president asked parliament to dismiss Oleksii Reznikov and named Rustem Umerov to run the "
         "defence ministry."),
    ]),
    "putin-shoigu": ("zelensky-sacks-zaluzhny", 54, [
        ("meduza", 200, "Russian president removes Shoigu as defence minister",
         "Russia's president proposed economist Andrei Belousov to replace Sergei Shoigu at the defence ministry, "
         "the Kremlin said on Sunday."),
    ]),
    "yoon-washington": ("yoon-martial-law", 55, [
        ("yonhap", 500, "South Korean president arrives in Washington for alliance summit",
         "South Korea's president began a state visit to the United States on Monday, with talks on "
         "nuclear deterrence and chip investment."),
    ]),
    "peru-emergency": ("yoon-martial-law", 54, [
        ("reuters", 500, "Peruvian president declares state of emergency in Lima over crime wave",
         "Peru's president suspended some civil liberties in the capital for 60 days and sent troops onto "
         "the streets after a spate of extortion killings."),
    ]),
    "cook-china-visit": ("cook-vision-pro", 56, [
        ("scmp", 300, "Apple chief executive opens Shanghai store, praises Chinese suppliers",
         "Apple's chief executive greeted crowds at the company's new flagship store in Shanghai on Thursday "
         "and met the commerce minister."),
    ]),
    "zuckerberg-quest": ("cook-vision-pro", 55, [
        ("theverge", 400, "Meta chief executive unveils cheaper Quest headset",
         "Meta's chief executive showed off the Quest 3 mixed-reality headset at the company's Connect "
         "conference, priced at $499."),
    ]),
    # Another event in the same town a day or so later, by the same outlet or another: the shared town must not join
    # them (story18).
    "temple-puri": ("cyclone-puri", 61, [
        ("timesofindia", 60, "Puri temple reopens to devotees after repairs to kitchen",
         "The Jagannath temple in Puri reopened its kitchen on Wednesday after a month of repairs, and devotees "
         "queued from dawn for the offering."),
    ]),
    "mine-chivay": ("quake-chivay", 61, [
        ("andina", 100, "Miners block road near Chivay in protest over permits",
         "Informal gold miners blocked the main road into Chivay on Wednesday, demanding the government extend "
         "their permits, police said."),
    ]),
    "fire-ikeja-market": ("collapse-ikeja", 61, [
        ("vanguardngr", 600, "Ikeja market fire destroys dozens of shops",
         "A fire broke out at the Computer Village market in Ikeja on Wednesday night, destroying dozens of "
         "shops before firefighters contained it."),
    ]),
    "crash-grafton": ("flood-grafton", 62, [
        ("abc-au", 120, "Grafton truck driver dies in Pacific Highway crash",
         "A truck driver died when his semi-trailer left the Pacific Highway near Grafton on Thursday morning, "
         "police said."),
    ]),
    "council-selby": ("derailment-mallard", 62, [
        ("yorkshirepost", 500, "Selby council approves new leisure centre",
         "Councillors in Selby approved plans for a £12m leisure centre with a swimming pool on Thursday night."),
    ]),
    "protest-karachi": ("fire-karachi-mall", 63, [
        ("dawn", 30, "Traders shut Rashid Minhas Road shops in tax protest",
         "Shopkeepers on Rashid Minhas Road pulled down their shutters on Friday in protest at a new tax on "
         "small businesses, the traders' association said."),
    ]),
    "cycle-lanes-galway": ("storm-galway", 63, [
        ("independent-ie", 400, "Galway council weighs new cycle lanes for city centre",
         "Galway city councillors debated plans for protected cycle lanes along Eyre Square on Friday evening."),
    ]),
    "gothenburg-stabbing": ("strike-gothenburg", 64, [
        ("thelocal-se", 60, "Man held after stabbing in central Gothenburg",
         "Police arrested a man after another was stabbed near the central station in Gothenburg on Saturday "
         "morning."),
    ]),
    "drowning-puri": ("cyclone-puri", 61, [
        ("odishatv", 60, "Two tourists drown off Puri beach despite warnings",
         "Two tourists from Kolkata drowned while bathing off Puri's sea beach on Wednesday morning, ignoring "
         "lifeguards' flags, police said."),
    ]),
    "festival-chivay": ("quake-chivay", 61, [
        ("larepublica", 30, "Chivay dance festival draws record crowd",
         "The Colca valley town of Chivay hosted its yearly Wititi dance festival on Wednesday, and hotels "
         "reported every room taken."),
    ]),
    "airport-ikeja": ("collapse-ikeja", 61, [
        ("premiumtimesng", 700, "Flights delayed at Ikeja airport after power failure",
         "Passengers at the international airport in Ikeja waited hours on Wednesday night after a power "
         "failure halted check-in, the airports authority said."),
    ]),
    "school-grafton": ("flood-grafton", 62, [
        ("northernstar-au", 30, "Grafton school wins state robotics title",
         "Students from a Grafton high school beat 40 teams to win the state robotics championship in Sydney "
         "on Thursday."),
    ]),
    "robbery-karachi": ("fire-karachi-mall", 62, [
        ("geo", 700, "Gunmen rob jewellery shop on Rashid Minhas Road",
         "Armed men looted a jewellery shop on Rashid Minhas Road in Karachi on Thursday evening and escaped on "
         "motorbikes, police said."),
    ]),
    "hospital-galway": ("storm-galway", 63, [
        ("rte", 500, "Galway hospital trolley numbers hit record",
         "University Hospital Galway had 70 patients waiting on trolleys on Friday, the highest in the country, "
         "the nurses' union said."),
    ]),
    "ferry-gothenburg": ("strike-gothenburg", 63, [
        ("svt", 600, "Ferry runs aground outside Gothenburg",
         "A passenger ferry bound for Kiel ran aground in the archipelago outside Gothenburg on Friday evening; "
         "none of its 300 passengers was hurt, the coastguard said."),
    ]),
    "concert-gothenburg": ("strike-gothenburg", 64, [
        ("gp-se", 0, "Thousands attend harbour concert in Gothenburg",
         "Thousands of fans filled the Eriksberg harbour area for an open-air concert by a Swedish pop band on "
         "Saturday night, organisers said, with extra trams laid on to bring them home."),
    ]),
    "election-puri": ("cyclone-puri", 61, [
        ("hindustantimes", 200, "BJP names candidate for Puri Lok Sabha seat",
         "The Bharatiya Janata Party named its spokesman as its candidate for the Puri parliamentary "
         "constituency on Wednesday, setting up a contest with the sitting Biju Janata Dal member."),
    ]),
    "cricket-karachi": ("fire-karachi-mall", 63, [
        ("espncricinfo", 100, "Karachi Kings sign English opener for new season",
         "The franchise signed the batter for the coming Pakistan Super League season, its coach told reporters "
         "at the National Stadium on Friday."),
    ]),
    "terminal-ikeja": ("collapse-ikeja", 62, [
        ("thenationng", 60, "Governor opens new bus terminal in Ikeja",
         "The Lagos State governor opened a bus terminal in Ikeja on Thursday, saying it would cut commuting "
         "times for thousands of workers heading to the island."),
    ]),
    # Another event in the same town on the same day, whose report shares the town and next to nothing else
    # (branch story19): a bus strike, a port's record, a fine, a council vote, a club signing.
    "bus-strike-leeds": ("gas-blast-leeds", 66, [
        ("bbc", 200, "Leeds bus drivers vote to strike over pay",
         "Bus drivers at the First depot in Leeds have voted to walk out for five days next month in a dispute "
         "over pay, the Unite union said."),
    ]),
    "stabbing-armley": ("gas-blast-leeds", 66, [
        ("thesun", 300, "Teen knifed in Armley street brawl",
         "A 17-year-old boy was knifed in Armley, Leeds, on Monday afternoon and is in a serious condition, "
         "police said."),
    ]),
    "port-record-mombasa": ("flood-kisauni", 66, [
        ("the-star-ke", 240, "Mombasa port handles record cargo volumes",
         "The port of Mombasa handled a record 36 million tonnes of cargo last year, the Kenya Ports Authority "
         "said on Monday."),
    ]),
    "cabinet-mombasa": ("flood-kisauni", 66, [
        ("capitalfm-ke", 300, "Mombasa governor unveils county cabinet",
         "The Mombasa governor named ten county executives on Monday, promising to tackle waste collection and "
         "water shortages."),
    ]),
    "cafe-fine-melbourne": ("tram-derail-melbourne", 67, [
        ("heraldsun", 200, "Melbourne cafe owner fined over underpaid staff",
         "A Melbourne cafe owner was fined $80,000 on Tuesday for underpaying six workers, the Fair Work "
         "Ombudsman said."),
    ]),
    "storm-signing-melbourne": ("tram-derail-melbourne", 67, [
        ("9news-au", 400, "Melbourne Storm sign Kiwi prop on three-year deal",
         "The Melbourne Storm have signed a New Zealand prop on a three-year deal, the club announced."),
    ]),
    "council-loan-cebu": ("mall-fire-cebu", 67, [
        ("philstar", 300, "Cebu City council approves bus rapid transit loan",
         "The Cebu City council on Tuesday approved a loan for the long-delayed bus rapid transit project."),
    ]),
    "boycott-bristol": ("water-main-bristol", 68, [
        ("theguardian", 300, "Bristol university staff begin marking boycott",
         "Lecturers at the University of Bristol began a marking boycott on Wednesday in a row over pay and "
         "pensions."),
    ]),
    "pub-brawl-bristol": ("water-main-bristol", 68, [
        ("bristolpost", 400, "Man arrested after Bristol pub brawl",
         "Police arrested a man after a fight outside a pub in Bristol city centre on Wednesday night left two "
         "men injured."),
    ]),
    "house-prices-auckland": ("ferry-strike-auckland", 68, [
        ("stuff-nz", 300, "Auckland house prices fall for sixth month",
         "Average house prices in Auckland fell for a sixth straight month, a property index showed on "
         "Wednesday."),
    ]),
    "motorway-crash-auckland": ("ferry-strike-auckland", 68, [
        ("1news", 500, "One dead in Auckland motorway crash",
         "One person died in a crash on Auckland's Southern Motorway on Wednesday night, police said."),
    ]),
    "captain-kolkata": ("flyover-cracks-kolkata", 69, [
        ("ndtv", 300, "Kolkata Knight Riders name new captain",
         "Kolkata Knight Riders named their new captain on Thursday ahead of the IPL season."),
    ]),
    "metro-hours-kolkata": ("flyover-cracks-kolkata", 69, [
        ("hindustantimes", 400, "Kolkata Metro to run later trains from next week",
         "Kolkata Metro will run trains until 11pm from next week, officials said on Thursday."),
    ]),
    "festival-baguio": ("landslide-baguio", 69, [
        ("pna-ph", 300, "Baguio flower festival draws record crowds",
         "The Panagbenga flower festival parade drew record crowds to Baguio's Session Road, the city tourism "
         "office said."),
    ]),
    # The rows of story19's review: another event in the same town (or a name the town shares: Lincoln City,
    # Chelsea, Paris Hilton), sharing little but the town with the first report (``ANCHORS``), by another outlet
    # and (``so-``) by the same.
    "rv-davao-two": ("rv-davao-two-first", 84, [
        ("sunstar", 180, "Davao City bans firecrackers ahead of fiesta",
         "Davao City officials on Saturday reminded residents of a ban on firecrackers ahead of the fiesta."),
    ]),
    "rv-lincoln-name": ("rv-lincoln-name-first", 93, [
        ("bbc", 120, "Lincoln City beat Bolton",
         "Lincoln City beat Bolton 2-1 at Sincil Bank on Saturday."),
    ]),
    "rv-chelsea-name": ("rv-chelsea-name-first", 96, [
        ("thesun", 120, "Chelsea crash out of FA Cup",
         "Chelsea crashed out of the FA Cup on Sunday after a shock defeat."),
    ]),
    "rv-paris-name": ("rv-paris-name-first", 99, [
        ("dailymail", 100, "Paris Hilton launches new fragrance",
         "Paris Hilton launched a new fragrance in Los Angeles on Wednesday."),
    ]),
    "rv-weekday-headline-two": ("rv-weekday-headline-two-first", 102, [
        ("dailypost", 160, "Wrexham council tax to rise, Monday meeting decides",
         "Wrexham council decided at Monday's meeting that council tax will rise by seven per cent."),
    ]),
    "rv-h-kisauni-flood-fire": ("rv-h-kisauni-flood-fire-first", 105, [
        ("standard-ke", 120, "Fire razes Kisauni shops",
         "Fire destroyed a row of shops in Kisauni on Tuesday, traders said."),
    ]),
    "rv-armley-two": ("rv-armley-two-first", 108, [
        ("bbc", 200, "New library opens in Armley",
         "A new community library has opened in Armley, Leeds, with funding from the city council."),
    ]),
    "rv-so-swindon-two": ("rv-so-swindon-two-first", 111, [
        ("swindonadvertiser", 180, "Swindon shop worker threatened with knife",
         "A shop worker in Swindon was threatened with a knife during a robbery on Friday evening."),
    ]),
    "rv-so-cebu-two": ("rv-so-cebu-two-first", 114, [
        ("sunstar", 150, "Cebu City hall suspends classes over heat",
         "Cebu City hall suspended afternoon classes on Friday because of extreme heat."),
    ]),
    "rv-h-davao-blackout-water": ("rv-h-davao-blackout-water-first", 117, [
        ("sunstar", 150, "Water interruption in Davao City on Saturday",
         "The Davao City Water District said taps would run dry in six villages on Saturday for pipe repairs."),
    ]),
    "rv-so-armley-two": ("rv-so-armley-two-first", 123, [
        ("yorkshireeveningpost", 300, "Armley house fire: family rescued",
         "Firefighters rescued a family of four from a house fire in Armley on Saturday night."),
    ]),
    "rv-so-kisauni-two": ("rv-so-kisauni-two-first", 144, [
        ("nation-ke", 200, "Kisauni youths stage demo over killing",
         "Youths in Kisauni on Tuesday protested over the killing of a motorcycle taxi rider."),
    ]),
    # The same town and the same kind of act, another event within days (story20): place and act alone must not
    # join them, so the guard on the story's centre still decides.
    "pa-collapse-onitsha-two": ("pa-collapse-onitsha", 149, [
        ("punchng", 30, "Another building collapses in Onitsha, no casualties",
         "A two-storey house caved in at Awada, Onitsha, on Friday; occupants had left after cracks appeared, "
         "officials said."),
    ]),
    "pa-derail-harbin-two": ("pa-derail-harbin", 150, [
        ("reuters", 30, "Tram derails in Harbin city centre, three hurt",
         "A tram left the rails on a bend in central Harbin on Saturday, injuring three passengers, the city "
         "transport bureau said."),
    ]),
    "pa-flood-hebden-two": ("pa-flood-hebden", 152, [
        ("bbc", 30, "Hebden Bridge flood defence scheme approved",
         "Calderdale council approved a new flood wall for Hebden Bridge on Monday, with work to start next year."),
    ]),
    "pa-stabbing-croydon-two": ("pa-stabbing-croydon", 151, [
        ("standard", 30, "Man stabbed in Croydon town centre",
         "A man in his forties was stabbed near West Croydon station late on Wednesday, police said; he is in a "
         "serious condition."),
    ]),
    "pa-quake-hualien-two": ("pa-quake-hualien", 154, [
        ("ap", 30, "Hualien earthquake drill tests new warning system",
         "Schools in Hualien held an earthquake drill on Tuesday to test text alerts sent before shaking arrives."),
    ]),
    "pa-strike-rotterdam-two": ("pa-strike-rotterdam", 154, [
        ("nltimes", 30, "Rotterdam metro strike cancels morning services",
         "RET drivers walked out on Wednesday morning over rosters, leaving Rotterdam metro lines idle until noon."),
    ]),
    "pa-blaze-kano-two": ("pa-blaze-kano", 155, [
        ("dailytrust", 30, "Fire guts Kano filling station",
         "A tanker caught fire while discharging fuel at a filling station on Zaria Road, Kano, on Saturday, the "
         "fire service said."),
    ]),
    "pa-landslide-gisborne-two": ("pa-landslide-gisborne", 156, [
        ("rnz", 30, "Gisborne landslide repairs to cost $20m",
         "Repairing slips on the region's roads after last year's storms will cost about $20 million, the Gisborne "
         "district council said."),
    ]),
    "pa-blaze-kano-three": ("pa-blaze-kano", 153, [
        ("premiumtimesng", 60, "Kano fire: blaze at hospital ward forces patients out",
         "Patients were moved to other wards after a fire broke out in a store room of a Kano teaching hospital on "
         "Thursday morning, hospital officials said."),
    ]),
    "pa-stabbing-croydon-three": ("pa-stabbing-croydon", 150, [
        ("croydonadvertiser", 300, "Croydon stabbing: woman injured in Thornton Heath flat",
         "A woman in her twenties was stabbed at a flat in Thornton Heath on Tuesday night; a man has been "
         "arrested, police said."),
    ]),
    "pa-strike-rotterdam-three": ("pa-strike-rotterdam", 152, [
        ("ft", 200, "Rotterdam airport strike grounds holiday flights",
         "Security staff at Rotterdam The Hague airport walked out on Monday, cancelling most departures."),
    ]),
    "pa-collapse-onitsha-three": ("pa-collapse-onitsha", 147, [
        ("vanguardngr", 300, "Onitsha collapse: footbridge gives way over expressway",
         "A pedestrian bridge over the Onitsha-Enugu expressway caved in on Wednesday night; no one was hurt, police "
         "said."),
    ]),
    "pa-derail-harbin-three": ("pa-derail-harbin", 148, [
        ("scmp", 260, "Harbin derailment: second freight wagon leaves rails at marshalling yard",
         "Two empty wagons came off the rails at a Harbin marshalling yard on Thursday evening in a separate "
         "incident, the railway bureau said."),
    ]),
    "pa-landslide-gisborne-three": ("pa-landslide-gisborne", 154, [
        ("nzherald", 300, "Gisborne landslide: house slips down hillside in Kaiti",
         "A family escaped as their home slid down a bank in the Kaiti suburb of Gisborne on Sunday evening."),
    ]),
    # Story20's review: one event or a town's next event told in UK, Irish, Indian, South African, Australian,
    # Philippine, Canadian, Kenyan, US and New Zealand copy (the reviewer's own items, not labelled data).
    "r20-cebu-market-fire": ("r20-cebu-fire", 214, [
        ("sunstar", 30, "Fire hits Cebu City public market stalls",
         "A fire gutted 30 stalls at the Carbon Public Market in Cebu City on Thursday morning. No one was hurt, "
         "the fire bureau said."),
    ]),
    "r20-leeds-strike": ("r20-leeds-libraries", 232, [
        ("yorkshirepost", 60, "Leeds council refuse workers strike over pay",
         "Bin collections across Leeds were suspended on Friday as refuse workers employed by the council walked "
         "out in a dispute over pay, Unite said."),
    ]),
    "r20-swindon-crash": ("r20-swindon-robbery", 233, [
        ("swindonadvertiser", 30, "Swindon police arrest driver after fatal crash on A419",
         "A man has been arrested on suspicion of causing death by dangerous driving after a motorcyclist died on "
         "the A419 near Swindon on Sunday, police said."),
    ]),
    "r20-donegal-hospital": ("r20-donegal-storm", 235, [
        ("donegalnews", 30, "Donegal hospital postpones surgeries amid nurse shortage",
         "Letterkenny University Hospital has cancelled elective operations for a week because of a shortage of "
         "nurses, the HSE said on Monday."),
    ]),
    "r20-wagga-lotto": ("r20-wagga-ramraid", 237, [
        ("dailyadvertiser", 30, "Wagga man scoops 1 million lotto prize",
         "A Wagga Wagga man says he will pay off his mortgage after winning a division one prize in Saturday "
         "night's draw, The Lott said."),
    ]),
    "r20-sheffield-tram-repairs": ("r20-sheffield-tram", 201, [
        ("thestar", 60, "Sheffield tram services suspended for overhead line repairs",
         "Supertram will not run between the city centre and Meadowhall this weekend while engineers replace "
         "overhead cables, the operator said."),
    ]),
    "r20-pune-metro": ("r20-pune-bridge", 205, [
        ("toi", 60, "Pune metro bridge work halted after crack found in pillar",
         "Maha Metro stopped work on an elevated section in Pimpri after engineers found a crack in a pier, "
         "officials said on Monday."),
    ]),
    "r20-durban-port": ("r20-durban-taxi", 207, [
        ("iol", 30, "Durban port strike: container backlog grows as Transnet talks stall",
         "More than 40 ships were waiting off Durban on Tuesday as dock workers continued their strike over wages,"
         " the port authority said."),
    ]),
    "r20-bristol-amnesty": ("r20-bristol-stab", 210, [
        ("bristolpost", 30, "Bristol police launch knife amnesty bins at six stations",
         "Avon and Somerset Police have placed surrender bins in six police stations across Bristol for a two-week"
         " knife amnesty starting on Monday."),
    ]),
    "r20-adelaide-ramping": ("r20-adelaide-heat", 211, [
        ("advertiser", 60, "Adelaide ambulance ramping hits record hours in March",
         "Ambulances spent 5,100 hours waiting outside Adelaide hospitals last month, state health data released "
         "on Friday shows."),
    ]),
    "r20-kisumu-hyacinth": ("r20-kisumu-boat", 217, [
        ("nation", 60, "Kisumu fishermen protest over Lake Victoria water hyacinth",
         "Hundreds of fishermen marched through Kisumu on Friday demanding that the county clear water hyacinth "
         "choking the lake's beaches."),
    ]),
    "r20-dayton-shooting": ("r20-dayton-water", 219, [
        ("daytondailynews", 30, "Dayton police investigate downtown shooting",
         "A man was shot and wounded on Fifth Street in downtown Dayton early on Tuesday, police said. No arrests "
         "have been made."),
    ]),
    "r20-glasgow-bins": ("r20-glasgow-cleaners", 221, [
        ("herald", 60, "Glasgow bin workers announce strike dates",
         "Refuse workers in Glasgow will walk out for eight days next month after rejecting a pay offer from the "
         "council, the GMB said."),
    ]),
    "r20-auckland-prices": ("r20-auckland-power", 223, [
        ("nzherald", 30, "Auckland power prices to rise 8 per cent, Vector says",
         "Households in Auckland will pay about 12 dollars a month more for their power from April, lines company "
         "Vector said on Monday."),
    ]),
    "r20-toronto-station": ("r20-toronto-shoot", 215, [
        ("cp", 30, "Scarborough police station to close, Toronto police say",
         "Toronto police will close 43 Division's front counter in Scarborough next year and move staff to a new "
         "hub, the service said on Monday."),
    ]),
    "r20-luton-car": ("r20-luton-murder", 241, [
        ("lutontoday", 60, "Police appeal after car set alight in Luton",
         "Bedfordshire Police are appealing for witnesses after a car was set on fire on a driveway in Marsh Farm,"
         " Luton, in the early hours of Tuesday."),
    ]),
    "r20-killarney-hospital": ("r20-kerry-storm", 244, [
        ("kerryman", 60, "Hospital in Killarney cancels clinics over staff shortage",
         "Outpatient clinics at the community hospital in Killarney have been cancelled for two weeks because of a"
         " shortage of nurses, the HSE said on Sunday."),
    ]),
    "r20-killarney-hotel": ("r20-kerry-storm", 245, [
        ("irishexaminer", 30, "Hotel in Killarney sold to US investors",
         "One of the best-known hotels in Killarney has been sold to a US investment group for an undisclosed sum,"
         " the agents said on Monday."),
    ]),
    "r20-bradford-strike": ("r20-bradford-budget", 247, [
        ("telegraphargus", 60, "Council workers walk out in Bradford over pay",
         "Unison members employed by the council in Bradford went on strike on Friday over a pay dispute, closing "
         "several offices."),
    ]),
    "r20-bradford-library": ("r20-bradford-budget", 247, [
        ("bbc", 200, "Library in Bradford reopens after flood repairs",
         "A library in Bradford that was closed for a year after flooding has reopened to the public, the council "
         "said on Friday."),
    ]),
    "r20-hamilton-house": ("r20-hamilton-fire", 250, [
        ("stuff", 60, "House fire in Hamilton kills elderly man",
         "An elderly man died in a house fire in Dinsdale, Hamilton, on Wednesday night, police said. The fire is "
         "not being treated as suspicious."),
    ]),
    "r20-luton-murder2": ("r20-luton-murder", 242, [
        ("bbc", 60, "Second murder inquiry launched in Luton",
         "Detectives have launched a murder investigation after a woman was found dead at a flat in Lewsey Farm, "
         "Luton, on Wednesday, Bedfordshire Police said."),
    ]),
    "r20-kendal-school": ("r20-cumbria-storm", 260, [
        ("westmorlandgazette", 240, "School in Kendal rated inadequate by Ofsted",
         "A secondary school in Kendal has been placed in special measures after inspectors found weak leadership "
         "and poor behaviour, a report published on Thursday said."),
    ]),
    # In the drift guard's band (score over 0.17, centre under 0.19): the next day's look-alike of one town and
    # one kind of act, the shape a waiver of the guard on the town and the act would pull in.
    "r20-ludhiana-truck": ("r20-punjab-fog", 263, [
        ("babushahi", 60, "Two killed as car hits tree in Ludhiana",
         "Two men died when their car hit a roadside tree on Ferozepur Road late on Wednesday. Police said the "
         "driver, a property dealer returning from a wedding in Moga, had been speeding and neither man wore a "
         "seatbelt. Their families have been told."),
    ]),
    "r20-cork-flood-two": ("r20-cork-flood", 202, [
        ("corkbeo", 420, "Burst water main floods Cork street",
         "Homes on a Blackpool terrace were left without water on Thursday after a main burst and sent water "
         "running down the hill. Uisce Eireann said crews expected to restore supply by teatime and apologised "
         "to residents, some of whom had to queue at a tanker with buckets. A creche on the terrace shut early."),
    ]),
    "r20-ludhiana-bus": ("r20-punjab-fog", 262, [
        ("tribune", 300, "Bus drivers in Ludhiana strike over unpaid wages",
         "Contract drivers of the state roadways in Ludhiana stopped work on Tuesday afternoon, saying they had "
         "not been paid for three months."),
    ]),
    "r20-ingham-council": ("r20-qld-floods", 264, [
        ("townsvillebulletin", 300, "Council in Ingham names new chief executive",
         "Hinchinbrook Shire Council in Ingham has appointed a new chief executive after a six-month search, the "
         "mayor announced on Monday."),
    ]),
    # Story21's look-alikes: the place and the kind of one of its events, another event (days or weeks apart).
    "s21-derby-fire-two": ("s21-derby-warehouse", 276, [
        ("derbytelegraph", 60, "Firefighters tackle blaze at Derby recycling plant",
         "Crews from across Derbyshire were called to a recycling plant on Sinfin Lane in Derby on Monday after "
         "a pile of waste caught fire. Residents were told to keep windows shut."),
    ]),
    "s21-derby-fire-three": ("s21-derby-warehouse", 270, [
        ("bbc", 600, "House fire in Derby leaves woman in hospital",
         "A woman was taken to hospital after a fire at a house in Normanton, Derby, on Tuesday evening, "
         "Derbyshire Fire and Rescue Service said."),
    ]),
    "s21-nepal-quake-two": ("s21-quake-jajarkot", 290, [
        ("reuters", 30, "Earthquake shakes far-western Nepal, homes damaged",
         "A magnitude 5.3 earthquake struck Bajhang district in far-western Nepal on Sunday, damaging dozens of "
         "homes and injuring 12 people, officials said."),
    ]),
    "s21-nz-teachers-strike": ("s21-nz-nurses-strike", 279, [
        ("rnz", 30, "Thousands of teachers walk off the job across New Zealand",
         "Secondary school teachers began a one-day strike on Thursday after pay talks between the Post Primary "
         "Teachers' Association and the Ministry of Education broke down."),
    ]),
    "s21-nz-nurses-vote": ("s21-nz-nurses-strike", 300, [
        ("nzherald", 60, "Nurses accept pay offer, ending dispute",
         "Members of the Nurses Organisation voted to accept Health New Zealand's latest offer, the union said on "
         "Friday, ending months of industrial action."),
    ]),
    "s21-sask-derail-two": ("s21-derail-melville", 280, [
        ("cbc", 90, "Train derails near Yorkton, Sask., spilling grain",
         "Twelve cars of a CP Kansas City grain train left the tracks west of Yorkton, Saskatchewan, on Tuesday, "
         "RCMP said. Nobody was hurt and the highway stayed open."),
    ]),
    "s21-kenya-governor-charged": ("s21-kenya-cs-jailed", 281, [
        ("nation-ke", 60, "Former governor charged over Sh1.2 billion tender fraud",
         "Former Nairobi governor Mike Sonko was charged at the Milimani Law Courts on Monday with abuse of office "
         "over a roads tender. He denied the charges and was freed on bail."),
    ]),
    "s21-abbott-glucose-recall": ("s21-formula-recall", 290, [
        ("ap", 60, "Abbott recalls glucose monitor readers over battery fire risk",
         "Abbott is recalling about 4.2 million FreeStyle Libre readers because their batteries can overheat and "
         "catch fire, the FDA said on Friday."),
    ]),
    "s21-qantas-strike": ("s21-qantas-outage", 283, [
        ("abc-au", 60, "Qantas flights cancelled as engineers strike",
         "Qantas cancelled dozens of domestic flights on Monday as licensed aircraft engineers walked off the job "
         "in a pay dispute, the airline said."),
    ]),
    "s21-sydney-stabbing-two": ("s21-bondi-stabbing", 281, [
        ("9news", 90, "Man stabbed at Parramatta shopping centre",
         "A man was stabbed in a fight outside Westfield Parramatta in Sydney's west on Tuesday evening and taken "
         "to hospital in a stable condition, NSW Police said."),
    ]),
    "s21-byelection-two": ("s21-runcorn-byelection", 296, [
        ("pa", 30, "Labour holds Hamilton by-election in Scottish Parliament vote",
         "Labour's Davy Russell won the Hamilton, Larkhall and Stonehouse by-election, beating the SNP and Reform "
         "UK, the returning officer announced early on Friday."),
    ]),
    "s21-rangers-derby": ("s21-old-firm", 298, [
        ("dailyrecord", 60, "Rangers beat Celtic 2-0 in Ibrox derby",
         "James Tavernier scored twice as Rangers beat Celtic 2-0 at Ibrox on Saturday to reopen the Premiership "
         "title race."),
    ]),
    "s21-rba-hold": ("s21-rba-cut", 295, [
        ("reuters", 30, "Australia's central bank holds rates, says cuts not assured",
         "The Reserve Bank of Australia kept its cash rate at 4.10% on Tuesday and Governor Michele Bullock said "
         "the board was not yet confident enough to ease again."),
    ]),
    "s21-swansea-fire": ("s21-swansea-blast", 286, [
        ("walesonline", 60, "Family escape house fire in Swansea",
         "A family of four escaped unhurt after fire broke out at their home in Townhill, Swansea, on Friday night, "
         "Mid and West Wales Fire and Rescue Service said."),
    ]),
    "s21-rio-grande-drought": ("s21-porto-alegre-floods", 300, [
        ("reuters", 60, "Drought in southern Brazil hits soy harvest in Rio Grande do Sul",
         "A dry spell has cut soybean yields in Rio Grande do Sul state, farmers' groups said on Monday, and "
         "Governor Eduardo Leite declared an emergency in 90 towns."),
    ]),
    "s21-snowdon-rescue-two": ("s21-snowdon-hiker", 291, [
        ("dailypost", 60, "Walker airlifted after fall on Snowdon",
         "A woman was flown to hospital by the coastguard helicopter on Saturday after she fell on the Miners' "
         "Track, the Llanberis Mountain Rescue Team said."),
    ]),
    "s21-pretoria-riot": ("s21-pretoria-escape", 292, [
        ("news24", 60, "Inmates riot at Kgosi Mampuru prison over food",
         "Inmates set mattresses alight at the Kgosi Mampuru II Correctional Centre in Pretoria on Sunday in a "
         "protest over food, the Department of Correctional Services said."),
    ]),
    "s21-boeing-cfo": ("s21-boeing-737-head", 299, [
        ("reuters", 60, "Boeing finance chief to step down after four years",
         "Boeing said on Tuesday that chief financial officer Brian West would leave the planemaker, the latest "
         "change in its senior management."),
    ]),
    "s21-optus-outage": ("s21-optus-hack", 297, [
        ("abc-au", 60, "Optus outage leaves millions of customers without phone or internet",
         "A network failure cut mobile and internet services for about 10 million Optus customers on Wednesday "
         "morning. The company said there was no sign of a cyber attack."),
    ]),
    "s21-delhi-water": ("s21-delhi-heat", 290, [
        ("timesofindia", 90, "Delhi faces water shortage as Yamuna level falls",
         "Parts of New Delhi went without piped water on Thursday as the Delhi Jal Board cut supply, blaming low "
         "levels in the Yamuna river during the heatwave."),
    ]),
    "s21-suez-two": ("s21-suez-grounding", 299, [
        ("ap", 60, "Tanker breaks down in Suez Canal, towed to anchorage",
         "An oil tanker suffered a rudder failure in the Suez Canal on Saturday and was towed aside by tugboats, "
         "the Suez Canal Authority said. Traffic was not affected."),
    ]),
    "s21-farmers-rail-roko": ("s21-shambhu-farmers", 297, [
        ("ndtv", 60, "Farmers block rail tracks in Punjab to press crop price demand",
         "Farmers squatted on railway tracks at 50 places across Punjab on Monday, halting trains, to demand "
         "guaranteed minimum support prices."),
    ]),
    "s21-cork-council-two": ("s21-cork-patrick-street", 298, [
        ("echolive", 60, "Cork councillors vote to raise parking charges",
         "Cork City Council voted on Monday night to raise on-street parking charges in the city centre by 20 cent "
         "an hour from March."),
    ]),
    "s21-manila-fire-two": ("s21-manila-fire", 297, [
        ("inquirer", 60, "Fire hits warehouse in Binondo, Manila",
         "A fire broke out at a five-storey warehouse in Binondo, Manila, on Sunday morning and reached the third "
         "alarm, the Bureau of Fire Protection said. No one was hurt."),
    ]),
    "s21-embakasi-fire": ("s21-nairobi-gas", 301, [
        ("the-star-ke", 60, "Fire destroys stalls at Embakasi market",
         "Traders counted losses after a night fire razed dozens of stalls at a market in Embakasi, Nairobi, "
         "firefighters said on Sunday."),
    ]),
    "s21-pearson-drugs": ("s21-toronto-pearson-gold", 302, [
        ("cp", 60, "Police seize cocaine worth $20 million at Toronto Pearson airport",
         "The Canada Border Services Agency said on Tuesday that officers had found 400 kg of cocaine hidden in a "
         "cargo shipment at Pearson airport. Two people were charged."),
    ]),
    # Same-day look-alikes of another outlet that name the event's persons or bodies (the beat's police, fire
    # service or prison department, the company and its chief): the shape a waiver on shared names would pull in.
    "s21-qantas-profit": ("s21-qantas-outage", 276, [
        ("afr", 240, "Qantas posts record half-year profit of $1.25 billion",
         "Qantas Airways reported a record first-half profit on Monday as strong demand for travel kept fares "
         "high, chief executive Vanessa Hudson said, announcing a $400 million buyback."),
    ]),
    "s21-boeing-deliveries": ("s21-boeing-737-head", 286, [
        ("bloomberg", 200, "Boeing deliveries slump as 737 Max output stays capped",
         "Boeing handed over 29 jets in March, down from 64 a year earlier, as the Federal Aviation "
         "Administration kept a cap on 737 Max production, chief executive Stan Deal told staff."),
    ]),
    "s21-nsw-police-parramatta": ("s21-bondi-stabbing", 278, [
        ("smh", 300, "Teenager charged after Parramatta carjacking",
         "A 17-year-old boy was charged after a car was taken at knifepoint in Parramatta on Saturday evening, NSW "
         "Police said. The driver was not hurt."),
    ]),
    "s21-correctional-parole": ("s21-pretoria-escape", 285, [
        ("iol", 300, "Correctional Services says parole backlog cleared at Pretoria centres",
         "The Department of Correctional Services said on Wednesday that it had cleared a backlog of 1,200 parole "
         "hearings at its Pretoria centres, including Kgosi Mampuru, and Minister Pieter Groenewald praised staff."),
    ]),
    "s21-derbyshire-crews-chimney": ("s21-derby-warehouse", 270, [
        ("derbyshiretimes", 300, "Crews called to chimney fire in Chesterfield",
         "Derbyshire Fire and Rescue Service sent two engines to a chimney fire at a house in Chesterfield on "
         "Tuesday afternoon. No one was hurt."),
    ]),
    "s21-bfp-manila-grass": ("s21-manila-fire", 293, [
        ("gma", 300, "Grass fire near Manila North Cemetery put out",
         "The Bureau of Fire Protection put out a grass fire beside the Manila North Cemetery in Santa Cruz, "
         "Manila, on Thursday afternoon after 40 minutes. No houses were affected."),
    ]),
    "s21-abbott-earnings": ("s21-formula-recall", 275, [
        ("cnbc", 300, "Abbott beats profit estimates on medical device sales",
         "Abbott Laboratories reported quarterly earnings above forecasts on Friday as sales of its heart devices "
         "and FreeStyle Libre glucose monitors grew, though nutrition sales fell."),
    ]),
    "s21-milimani-sonko": ("s21-kenya-cs-jailed", 274, [
        ("citizen-ke", 300, "Sonko freed on bond as Milimani court sets hearing date",
         "Former Nairobi governor Mike Sonko was released on a Sh2 million bond by Chief Magistrate Eunice Nyutu at "
         "the Milimani Law Courts on Thursday in a separate graft case."),
    ]),
    # Story22's look-alikes: the place and the kind of one of its events, another event. Most state another day
    # (a week on, the same weekday or another); the same-day ones differ in the act, the people or the street.
    "s22-hull-fire-later": ("s22-hull-flats-fire", 316, [
        ("hulldailymail", 60, "Flat fire in Hull: man rescued from third floor",
         "Firefighters used a ladder to rescue a man from a third-floor flat in Bransholme, Hull, early on Tuesday, "
         "Humberside Fire and Rescue Service said. He was treated for smoke inhalation."),
    ]),
    "s22-hull-car-fires": ("s22-hull-flats-fire", 310, [
        ("hulldailymail", 300, "Three cars set alight in Hull street",
         "Humberside Police are investigating after three cars were set on fire in a street in east Hull in the "
         "early hours of Wednesday. No one was hurt."),
    ]),
    "s22-penang-hill-slip": ("s22-penang-landslide", 320, [
        ("thestar-my", 60, "Landslide blocks Penang Hill road, no injuries",
         "A landslide on Saturday cut the road up Penang Hill near Air Itam after a night of heavy rain, the state "
         "works department said. No one was hurt."),
    ]),
    "s22-penang-tree-fall": ("s22-penang-landslide", 312, [
        ("malaymail", 300, "Fallen trees crush cars in George Town after storm",
         "Strong winds and heavy rain brought down 15 trees across George Town, Penang, on Friday afternoon, "
         "damaging 12 cars, the city council said."),
    ]),
    "s22-adelaide-tram-strike": ("s22-adelaide-bus-strike", 322, [
        ("abc-au", 0, "Adelaide tram drivers strike over rosters",
         "Tram services between the city and Glenelg stopped for three hours on Monday as drivers walked off the "
         "job in a dispute over rosters, the Rail, Tram and Bus Union said."),
    ]),
    "s22-adelaide-bus-crash": ("s22-adelaide-bus-strike", 317, [
        ("adelaidenow", 120, "Adelaide Metro bus crashes into shopfront",
         "A bus ploughed into a shop on Unley Road on Wednesday morning, injuring the driver and two passengers, "
         "SA Police said."),
    ]),
    "s22-ogun-tanker-two": ("s22-ogun-tanker-blast", 324, [
        ("punchng", 60, "Another tanker crash on Lagos-Ibadan expressway injures three",
         "Three people were hurt on Wednesday when a diesel tanker hit a bus near Ibafo on the Lagos-Ibadan "
         "expressway in Ogun state, the FRSC said. The tanker did not catch fire."),
    ]),
    "s22-niger-tanker-same-day": ("s22-ogun-tanker-blast", 317, [
        ("premiumtimes", 300, "Tanker explosion kills five in Niger State",
         "Five people died when a petrol tanker exploded after a collision at Mokwa in Niger State on Wednesday, "
         "the Federal Road Safety Corps said."),
    ]),
    "s22-leeds-park-murder": ("s22-leeds-murder-sentence", 326, [
        ("yorkshireeveningpost", 60, "Man jailed for life for murder in Leeds park",
         "Kyle Dawson, 27, was jailed for life at Leeds Crown Court on Friday for murdering a man in Potternewton "
         "Park last summer. He must serve at least 19 years."),
    ]),
    "s22-leeds-driver-jailed": ("s22-leeds-murder-sentence", 319, [
        ("bbc", 240, "Driver jailed over Leeds crash that killed cyclist",
         "A woman who killed a cyclist while speeding in Headingley was jailed for six years at Leeds Crown Court "
         "on Friday, the judge calling her driving reckless."),
    ]),
    "s22-marlborough-quake": ("s22-wellington-quake", 329, [
        ("rnz", 0, "Magnitude 4.9 quake rattles Wellington region",
         "A magnitude 4.9 earthquake centred near Seddon in Marlborough was felt strongly in Wellington on Monday "
         "morning, GeoNet said. No damage was reported."),
    ]),
    "s22-wellington-rail-fault": ("s22-wellington-quake", 322, [
        ("stuff", 500, "Wellington trains cancelled after overhead wire fault",
         "Commuter trains on the Hutt Valley line were cancelled on Monday evening after an overhead wire came "
         "down near Petone, Metlink said."),
    ]),
    "s22-pune-hoarding-two": ("s22-pune-hoarding", 331, [
        ("timesofindia", 780, "Another hoarding falls in Pune, no one hurt",
         "A hoarding came down on a parked car near Katraj in Pune on Wednesday afternoon in strong winds. The "
         "Pune Municipal Corporation ordered a survey of all billboards."),
    ]),
    "s22-pune-tree-deaths": ("s22-pune-hoarding", 324, [
        ("punemirror", 900, "Tree falls on scooter in Pune storm, rider killed",
         "A 40-year-old man riding a scooter was killed when a gulmohar tree fell on him on Karve Road in Pune "
         "during Wednesday evening's storm, fire brigade officials said."),
    ]),
    "s22-beltline-main-break": ("s22-calgary-water-main", 333, [
        ("calgaryherald", 60, "Water main break floods street in Calgary's Beltline",
         "A water main burst under 12th Avenue in the Beltline on Friday morning, flooding several basements, the "
         "City of Calgary said. Service was restored by evening."),
    ]),
    "s22-kantamanto-fire": ("s22-accra-market-fire", 335, [
        ("myjoyonline", 900, "Fire destroys stalls at Accra's Kantamanto market",
         "A fire swept through Kantamanto market in Accra on Sunday night, destroying dozens of stalls of "
         "second-hand clothing, the Ghana National Fire Service said."),
    ]),
    "s22-sainsburys-online-glitch": ("s22-sainsburys-outage", 337, [
        ("guardian", 60, "Sainsbury's online orders hit by glitch",
         "Sainsbury's customers could not book home deliveries on Tuesday after a fault in its online system, a "
         "week after card payments failed in its stores."),
    ]),
    "s22-tesco-app-down": ("s22-sainsburys-outage", 330, [
        ("independent", 300, "Tesco app down as shoppers report login problems",
         "Thousands of Tesco customers were unable to log in to its app or website on Tuesday afternoon, the "
         "supermarket said, blaming a technical fault."),
    ]),
    "s22-thane-train-fall": ("s22-mumbra-train-deaths", 339, [
        ("mid-day", 780, "Man dies after falling from local train at Thane",
         "A 32-year-old commuter died after falling from a crowded train near Thane station on Thursday evening, "
         "the Government Railway Police said."),
    ]),
    "s22-kurla-waterlogging": ("s22-mumbra-train-deaths", 332, [
        ("hindustantimes", 360, "Mumbai local trains delayed as rain floods tracks at Kurla",
         "Central Railway suburban services ran up to 40 minutes late on Thursday afternoon after heavy rain "
         "flooded the tracks at Kurla, officials said."),
    ]),
    "s22-kalangala-fishermen-missing": ("s22-kalangala-boat", 341, [
        ("monitor-ug", 900, "Four missing after boat capsizes off Kalangala",
         "Four fishermen are missing after their boat capsized in a storm on Lake Victoria off Kalangala on "
         "Saturday night, the marine police said."),
    ]),
    "s22-kalangala-fishing-ban": ("s22-kalangala-boat", 334, [
        ("newvision", 360, "Kalangala fishermen protest crackdown on small nets",
         "Hundreds of fishermen marched in Kalangala on Saturday against the seizure of their nets by the fisheries "
         "protection unit on Lake Victoria."),
    ]),
    "s22-nsw-health-minister": ("s22-nsw-minister-quits", 343, [
        ("abc-au", 0, "NSW health minister resigns after hospital review",
         "NSW Health Minister Peter Lyons resigned on Monday after a review found his office had pressured hospital "
         "staff, the premier said."),
    ]),
    "s22-bolton-town-centre-stabbing": ("s22-bolton-stabbing", 345, [
        ("manchestereveningnews", 900, "Man stabbed in Bolton town centre",
         "A man in his 20s was taken to hospital with stab wounds after an attack on Bradshawgate in Bolton on "
         "Wednesday night, Greater Manchester Police said. His injuries are not life-threatening."),
    ]),
    "s22-farnworth-stabbing": ("s22-bolton-stabbing", 338, [
        ("boltonnews", 1000, "Woman, 45, hurt in Farnworth stabbing",
         "A 45-year-old woman was stabbed at a house in Farnworth, Bolton, on Wednesday night and a man was "
         "arrested, Greater Manchester Police said."),
    ]),
    "s22-nsl-signal-fault": ("s22-ewl-power-fault", 347, [
        ("straitstimes", 0, "Signal fault delays North-South Line trains",
         "Commuters on the North-South Line faced delays of up to 30 minutes on Friday morning after a signalling "
         "fault near Yishun, SMRT said."),
    ]),
    "s22-jurong-bus-fire": ("s22-ewl-power-fault", 340, [
        ("cna", 300, "SBS Transit bus catches fire in Jurong East",
         "A public bus caught fire near Jurong East interchange on Friday afternoon; the driver and 20 passengers "
         "got off safely, the Singapore Civil Defence Force said."),
    ]),
    # Story22's review: a town's second event of the kind six to eight days on (another street, another person,
    # another count).
    "s22r-s-swansea-flats-later": ("s22r-s-swansea-flats", 785, [
        ("swansea_ev", 180, "Residents evacuated as fire crews tackle blaze at Swansea flats",
         "Residents were evacuated on Tuesday as Mid and West Wales Fire and Rescue Service crews tackled a "
         "blaze at a block of flats in Sketty, Swansea."),
    ]),
    "s22r-s-perth-shark-later": ("s22r-s-perth-shark", 802, [
        ("watoday", 1260, "Perth beach closed after large shark sighted near swimmers",
         "Scarborough Beach was closed on Saturday after a large shark was sighted close to swimmers, Surf Life"
         " Saving WA said."),
    ]),
    "s22r-s-lagos-collapse-later": ("s22r-s-lagos-collapse", 827, [
        ("vanguard", 360, "Building collapses in Lagos, LASEMA says 4 rescued",
         "A two-storey building collapsed in Ojuelegba, Lagos, on Tuesday, and LASEMA said four people were "
         "rescued from the rubble."),
    ]),
    "s22r-s-croydon-stabbing-later": ("s22r-s-croydon-stabbing", 873, [
        ("mylondon", 1020, "Man stabbed in Croydon taken to hospital",
         "A man was stabbed in Croydon, south London, on Saturday evening and taken to hospital, the "
         "Metropolitan Police said."),
    ]),
    "s22r-s-kampala-boda-later": ("s22r-s-kampala-boda", 912, [
        ("newvision", 240, "Boda boda riders killed in Kampala road crash",
         "Three boda boda riders were killed in a crash with a bus on Jinja Road, Kampala, on Wednesday, police"
         " said."),
    ]),
    "s22r-s-glasgow-bus-later": ("s22r-s-glasgow-bus", 933, [
        ("glasgowtimes", 540, "Two hurt as bus crashes into shop in Glasgow",
         "Two people were hurt when a First Glasgow bus crashed into a shop on Paisley Road West, Glasgow, on "
         "Wednesday, Police Scotland said."),
    ]),
    "s22r-s-luas-disruption-later": ("s22r-s-luas-disruption", 955, [
        ("thejournal", 180, "Luas Red Line suspended after tram collides with car",
         "Luas Red Line services were suspended on Thursday after a tram collided with a car at Heuston, "
         "Transport for Ireland said."),
    ]),
    "s22r-s-cork-flood-warning-later": ("s22r-s-cork-flood-warning", 972, [
        ("echolive", 180, "Orange rain warning for Cork as flooding feared",
         "Met Eireann issued an orange rain warning for Cork on Sunday, with flooding feared in Midleton and "
         "Fermoy."),
    ]),
    "s22r-s-nairobi-matatu-later": ("s22r-s-nairobi-matatu", 995, [
        ("standardke", 60, "Commuters stranded as Nairobi matatu operators strike",
         "Commuters were stranded on Tuesday as matatu operators in Nairobi went on strike over county parking "
         "fees, the Matatu Owners Association said."),
    ]),
    "s22r-s-toronto-outage-later": ("s22r-s-toronto-outage", 1015, [
        ("torontostar", 540, "Thousands without power in Toronto",
         "Thousands of Toronto Hydro customers in Scarborough were without power on Monday, Toronto Hydro said."),
    ]),
    "s22r-s-manchester-tram-later": ("s22r-s-manchester-tram", 1039, [
        ("bbc", 120, "Metrolink services disrupted after tram fault in Manchester",
         "Metrolink services were disrupted on Thursday after a tram fault at Deansgate-Castlefield in "
         "Manchester, Transport for Greater Manchester said."),
    ]),
    "s22r-s-mumbai-fire-later": ("s22r-s-mumbai-fire", 1057, [
        ("mid-day", 600, "Mumbai high-rise fire, Mumbai Fire Brigade rescues residents",
         "The Mumbai Fire Brigade rescued residents after a fire broke out in a 22-storey high-rise in "
         "Goregaon, Mumbai, on Monday."),
    ]),
    "s22r-s-dublin-stabbing-sameweekday-story-grows-later": ("s22r-s-dublin-stabbing-sameweekday-story-grows", 1078, [
        ("herald", 1020, "Man stabbed in Dublin city centre, gardai say",
         "A man was stabbed on Talbot Street in Dublin city centre on Monday night, gardai said, and was taken "
         "to the Mater hospital."),
    ]),
    "s22r-s-m5-crash-later": ("s22r-s-m5-crash", 1352, [
        ("bbc", 120, "Lorry crash closes M5 near Bristol",
         "A lorry crash closed the M5 between junctions 18 and 19 near Bristol on Tuesday morning, National "
         "Highways said."),
    ]),
    "s22r-s-penang-landslide-later": ("s22r-s-penang-landslide", 1372, [
        ("nst", 1380, "Penang landslide after heavy rain, Fire and Rescue Department says",
         "A landslide hit homes in Paya Terubong, Penang, on Tuesday after heavy rain, the Fire and Rescue "
         "Department said."),
    ]),
    "s22r-s-karachi-cylinder-later": ("s22r-s-karachi-cylinder", 1393, [
        ("tribune", 420, "Five hurt in Karachi gas cylinder explosion",
         "Five people were hurt when a gas cylinder exploded in a house in Korangi, Karachi, on Monday, Rescue "
         "1122 said."),
    ]),
    "s22r-s-leicester-warehouse-later": ("s22r-s-leicester-warehouse", 1416, [
        ("bbc", 900, "Crews fight huge warehouse fire in Leicester",
         "Leicestershire Fire and Rescue Service crews fought a huge fire at a warehouse on Frog Island, "
         "Leicester, on Wednesday evening."),
    ]),
    "s22r-s-christchurch-boilwater-later": ("s22r-s-christchurch-boilwater", 1434, [
        ("stuff", 1200, "Christchurch boil water notice after E. coli found",
         "Christchurch City Council issued a boil water notice for Halswell on Monday after E. coli was found "
         "in the water supply."),
    ]),
    "s22r-s-cardiff-package-later": ("s22r-s-cardiff-package", 1459, [
        ("bbc", 540, "Shops evacuated over suspicious package in Cardiff",
         "Shops were evacuated as South Wales Police cordoned off St Mary Street in Cardiff on Thursday over a "
         "suspicious package."),
    ]),
    "s22r-s-singapore-mrt-later": ("s22r-s-singapore-mrt", 1478, [
        ("cna", 1140, "MRT train fault delays commuters, SMRT says",
         "A train fault on the North-South Line delayed commuters for an hour on Wednesday morning, SMRT said."),
    ]),
    "s22r-s-accra-floods-later": ("s22r-s-accra-floods", 1497, [
        ("citinewsroom", 600, "Floods in Accra after heavy rain, NADMO says",
         "Heavy rain flooded parts of Accra on Sunday, with Adabraka and Kwame Nkrumah Circle under water, "
         "NADMO said."),
    ]),
    "s22r-s-brisbane-hail-later": ("s22r-s-brisbane-hail", 1523, [
        ("brisbanetimes", 120, "SES flooded with calls as hail hits Brisbane",
         "The SES took hundreds of calls for help after hail hit Brisbane's western suburbs on Friday "
         "afternoon."),
    ]),
    "s22r-s-dundee-school-later": ("s22r-s-dundee-school", 1541, [
        ("eveningtelegraph", 540, "Pupils evacuated after fire at Dundee school",
         "Pupils at Baldragon Academy in Dundee were evacuated on Tuesday after a fire in a kitchen, Scottish "
         "Fire and Rescue Service said."),
    ]),
}

# A look-alike's first report, alone: the story it must stay out of, when no second telling of it is probed.
ANCHORS: dict[str, tuple[int, list[Item]]] = {
    "rv-davao-two-first": (84, [
        ("inquirer", 0, "Blackout hits Davao City",
         "Large parts of Davao City were without electricity for six hours on Saturday after a transmission fault."),
    ]),
    "rv-lincoln-name-first": (93, [
        ("lincolnshirelive", 0, "Lincoln bypass closed after lorry fire",
         "The Lincoln eastern bypass was closed on Saturday after a lorry caught fire, police said."),
    ]),
    "rv-chelsea-name-first": (96, [
        ("standard", 0, "Chelsea flat fire: 40 firefighters tackle blaze",
         "Forty firefighters tackled a blaze at a block of flats in Chelsea, west London, on Sunday, the London Fire "
         "Brigade said."),
    ]),
    "rv-paris-name-first": (99, [
        ("reuters", 0, "Paris metro line halted after power fault",
         "A power fault halted Paris metro line 4 during Wednesday's evening rush, operator RATP said."),
    ]),
    "rv-weekday-headline-two-first": (102, [
        ("bbc", 0, "Wrexham tower block evacuated on Monday night",
         "Residents of a Wrexham tower block were evacuated on Monday night after smoke was seen in a stairwell."),
    ]),
    "rv-h-kisauni-flood-fire-first": (105, [
        ("nation-ke", 0, "Kisauni homes under water",
         "Dozens of houses in Kisauni were submerged on Tuesday after a night of torrential downpour."),
    ]),
    "rv-armley-two-first": (108, [
        ("yorkshireeveningpost", 0, "Armley man stabbed",
         "A man in his thirties was taken to hospital with stab wounds after an incident on Town Street, Armley, on "
         "Saturday evening."),
    ]),
    "rv-so-swindon-two-first": (111, [
        ("swindonadvertiser", 0, "Two hurt in Swindon collision",
         "Two people were taken to the Great Western Hospital after two cars collided in Swindon on Friday afternoon."),
    ]),
    "rv-so-cebu-two-first": (114, [
        ("sunstar", 0, "Cebu City jeepney overturns, 12 hurt",
         "Twelve passengers were hurt when a jeepney overturned on a steep road in Cebu City on Friday morning."),
    ]),
    "rv-h-davao-blackout-water-first": (117, [
        ("inquirer", 0, "Blackout hits Davao City",
         "Large parts of Davao City were without electricity for six hours on Saturday after a transmission fault."),
    ]),
    "rv-so-armley-two-first": (123, [
        ("yorkshireeveningpost", 0, "Armley man stabbed",
         "A man in his thirties was taken to hospital with stab wounds after an incident on Town Street, Armley, on "
         "Saturday evening."),
    ]),
    "rv-so-kisauni-two-first": (144, [
        ("nation-ke", 0, "Kisauni homes under water",
         "Dozens of houses in Kisauni were submerged on Tuesday after a night of torrential downpour."),
    ]),
    # Story20's review: one event or a town's next event told in UK, Irish, Indian, South African, Australian,
    # Philippine, Canadian, Kenyan, US and New Zealand copy (the reviewer's own items, not labelled data).
    "r20-leeds-libraries": (230, [
        ("yorkshirepost", 0, "Leeds council votes to close three libraries",
         "Leeds City Council's executive board voted on Wednesday to close libraries in Armley, Belle Isle and "
         "Rothwell to save 1.2 million pounds."),
    ]),
    "r20-swindon-robbery": (232, [
        ("swindonadvertiser", 0, "Police appeal after woman robbed in Swindon town centre",
         "Wiltshire Police are appealing for witnesses after a woman in her 70s had her handbag snatched on Regent"
         " Street, Swindon, on Saturday afternoon."),
    ]),
    "r20-donegal-storm": (234, [
        ("rte", 0, "Storm brings down trees across Donegal, thousands without power",
         "High winds toppled trees across County Donegal on Sunday, blocking roads including the route to "
         "Letterkenny University Hospital, and leaving 12,000 homes without power, ESB Networks said."),
    ]),
    "r20-wagga-ramraid": (236, [
        ("dailyadvertiser", 0, "Wagga man charged over ram raid on Baylis Street store",
         "A 24-year-old Wagga Wagga man has been charged after a stolen ute was driven into a phone shop on Baylis"
         " Street early on Tuesday, police said."),
    ]),
    # Story22's review: the first event of each of its look-alike pairs.
    "s22r-s-swansea-flats": (778, [
        ("walesonline", 120, "Fire crews tackle blaze at Swansea flats",
         "Mid and West Wales Fire and Rescue Service crews tackled a blaze at a block of flats in Townhill, "
         "Swansea, on Tuesday and residents were evacuated."),
    ]),
    "s22r-s-perth-shark": (796, [
        ("perthnow", 1200, "Cottesloe Beach closed after shark sighting",
         "Cottesloe Beach was closed on Sunday after a large shark was sighted close to swimmers, Surf Life "
         "Saving WA said."),
    ]),
    "s22r-s-lagos-collapse": (819, [
        ("punch", 360, "Three-storey building collapses in Lagos, LASEMA rescues 5",
         "A three-storey building collapsed in Ebute Metta, Lagos, on Monday, and LASEMA said five people were "
         "rescued from the rubble."),
    ]),
    "s22r-s-croydon-stabbing": (865, [
        ("standard", 960, "Teenager stabbed in Croydon, Met Police say",
         "A teenager was stabbed in Croydon, south London, on Friday evening, the Metropolitan Police said, and"
         " was taken to hospital."),
    ]),
    "s22r-s-kampala-boda": (903, [
        ("monitor", 240, "Two boda boda riders killed in Kampala crash",
         "Two boda boda riders were killed in a crash with a truck on Entebbe Road, Kampala, on Monday, police "
         "said."),
    ]),
    "s22r-s-glasgow-bus": (925, [
        ("dailyrecord", 540, "Bus crashes into shop in Glasgow",
         "A First Glasgow bus crashed into a shop on Dumbarton Road, Glasgow, on Tuesday, Police Scotland said,"
         " and two people were hurt."),
    ]),
    "s22r-s-luas-disruption": (948, [
        ("rte", 120, "Luas Red Line services suspended after collision",
         "Luas Red Line services were suspended on Thursday morning after a collision between a tram and a car "
         "at Blackhorse, Transport for Ireland said."),
    ]),
    "s22r-s-cork-flood-warning": (966, [
        ("irishexaminer", 180, "Met Eireann issues orange rain warning for Cork",
         "Met Eireann issued an orange rain warning for Cork on Monday, with flooding expected in Bandon and "
         "Clonakilty."),
    ]),
    "s22r-s-nairobi-matatu": (987, [
        ("nation", 60, "Matatu operators strike in Nairobi over fuel prices",
         "Matatu operators in Nairobi went on strike on Monday over fuel prices, leaving commuters stranded, "
         "the Matatu Owners Association said."),
    ]),
    "s22r-s-toronto-outage": (1009, [
        ("cbc", 480, "Power outage hits thousands in downtown Toronto",
         "A power outage hit thousands of Toronto Hydro customers in downtown Toronto on Tuesday, Toronto Hydro"
         " said."),
    ]),
    "s22r-s-manchester-tram": (1031, [
        ("men", 720, "Metrolink tram derails in Manchester city centre",
         "A Metrolink tram derailed near Piccadilly Gardens in Manchester city centre on Wednesday, Transport "
         "for Greater Manchester said."),
    ]),
    "s22r-s-mumbai-fire": (1050, [
        ("hindustantimes", 540, "Fire breaks out in Mumbai high-rise, no casualties",
         "A fire broke out in a 20-storey high-rise in Andheri, Mumbai, on Monday, and the Mumbai Fire Brigade "
         "said no one was hurt."),
    ]),
    "s22r-s-m5-crash": (1344, [
        ("bristolpost", 120, "M5 closed near Bristol after lorry crash",
         "The M5 was closed between junctions 16 and 17 near Bristol on Monday morning after a lorry crash, "
         "National Highways said."),
    ]),
    "s22r-s-penang-landslide": (1365, [
        ("thestar", 1320, "Landslide hits homes in Penang after heavy rain",
         "A landslide hit homes in Tanjung Bungah, Penang, on Tuesday after heavy rain, the Fire and Rescue "
         "Department said."),
    ]),
    "s22r-s-karachi-cylinder": (1386, [
        ("dawn", 360, "Gas cylinder blast injures five in Karachi",
         "A gas cylinder exploded in a shop in Saddar, Karachi, on Monday, injuring five people, Rescue 1122 "
         "said."),
    ]),
    "s22r-s-leicester-warehouse": (1409, [
        ("leicestermercury", 840, "Huge fire at Leicester warehouse",
         "Leicestershire Fire and Rescue Service crews fought a huge fire at a warehouse on Thurmaston Lane, "
         "Leicester, on Wednesday evening."),
    ]),
    "s22r-s-christchurch-boilwater": (1427, [
        ("press", 1140, "Boil water notice for Christchurch suburb",
         "Christchurch City Council issued a boil water notice for Sumner on Monday after E. coli was found in "
         "the water supply."),
    ]),
    "s22r-s-cardiff-package": (1452, [
        ("walesonline", 480, "Cardiff street cordoned off over suspicious package",
         "South Wales Police cordoned off Queen Street in Cardiff on Thursday over a suspicious package, and "
         "shops were evacuated."),
    ]),
    "s22r-s-singapore-mrt": (1470, [
        ("straitstimes", 1140, "Circle Line train fault delays commuters",
         "A train fault on the Circle Line delayed commuters for two hours on Tuesday morning, SMRT said."),
    ]),
    "s22r-s-accra-floods": (1491, [
        ("graphic", 600, "Heavy rain floods parts of Accra",
         "Heavy rain flooded parts of Accra on Monday, with Kaneshie and Odawna under water, NADMO said."),
    ]),
    "s22r-s-brisbane-hail": (1517, [
        ("couriermail", 120, "Hailstorm smashes Brisbane suburbs",
         "A hailstorm smashed Brisbane's northern suburbs on Saturday afternoon, and the SES took hundreds of "
         "calls for help."),
    ]),
    "s22r-s-dundee-school": (1533, [
        ("thecourier", 540, "Dundee school evacuated after fire alarm",
         "Pupils at Harris Academy in Dundee were evacuated on Monday after a fire in a science lab, Scottish "
         "Fire and Rescue Service said."),
    ]),
}
