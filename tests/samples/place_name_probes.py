"""A probe set for one place under two names (``newsradar.place_names``) in story clustering: short feed items
written for NewsRadar (CC0), each event told by two outlets that name its place differently ("Kiev", "Kyiv").

``EVENTS``: name -> (day, [(outlet, minutes after the day's 06:00 UTC, headline, summary)]); every item of one
event belongs in one story. ``APART``: pairs of events an editor keeps apart: one topic on one day in two places
that each have two names (a drone strike on Kyiv and one on Kharkiv), and a word that names a place and something
else ("Turkey" the bird beside Türkiye's prices).
"""
from __future__ import annotations

from tests.samples.story_probes import Item

EVENTS: dict[str, tuple[int, list[Item]]] = {
    "kyiv-drones": (2, [
        ("continentalwire", 10, "Drone debris sets Kiev apartment block ablaze, two injured",
         "Air defences downed a wave of drones over Kiev before dawn on Wednesday, but falling debris set fire to a "
         "nine-storey apartment block and injured two residents, the city's military administration said."),
        ("eastpost", 70, "Two hurt as falling drone wreckage sparks fire in Kyiv high-rise",
         "Wreckage of a downed drone crashed into a nine-storey residential building in Kyiv overnight, starting a "
         "fire and injuring two people, officials said; firefighters put it out within an hour."),
    ]),
    "kharkiv-drones": (2, [
        ("balticnews", 30, "Drones hit Kharkov power substation, thousands without electricity",
         "Russian drones struck a power substation in Kharkov early on Wednesday, cutting electricity to some "
         "30,000 households, the regional governor said; repair crews were at the site."),
        ("dniprowire", 95, "30,000 homes lose power after drone strike on substation in Kharkiv",
         "An overnight drone strike damaged a substation in Kharkiv, the governor said, leaving about 30,000 homes "
         "without power as engineers worked to restore supply."),
    ]),
    "odesa-port": (3, [
        ("seatrade", 0, "Missile strike damages grain terminal in Odessa port",
         "A missile hit a grain terminal in the port of Odessa on Thursday, damaging silos and a loading berth, "
         "the port authority said; no ships were hit."),
        ("blackseanews", 120, "Grain terminal in Odesa hit as strikes on ports continue",
         "Silos and a berth at a grain terminal in Odesa were damaged by a missile on Thursday, port officials "
         "said, the latest in a string of attacks on Ukraine's export hubs."),
    ]),
    "yangon-protest": (4, [
        ("asiawire", 15, "Police fire tear gas at garment workers' protest in Rangoon",
         "Police fired tear gas to break up a protest by several hundred garment workers demanding unpaid wages "
         "in Rangoon's Hlaing Tharyar industrial zone on Friday, witnesses said."),
        ("irrawaddypost", 90, "Yangon factory workers dispersed with tear gas over unpaid wages",
         "Hundreds of garment workers rallying for unpaid wages in an industrial zone of Yangon were dispersed "
         "with tear gas on Friday, according to workers and witnesses."),
    ]),
    "ivorian-floods": (5, [
        ("africadesk", 0, "Floods kill 18 in Ivory Coast's main city after torrential rain",
         "At least 18 people died when torrential rain caused floods and landslides in Ivory Coast's commercial "
         "capital overnight, the government said on Saturday, as rescuers searched flattened homes."),
        ("sahelpress", 150, "Heavy rain triggers deadly floods in Côte d'Ivoire, 18 dead",
         "Landslides and flooding after a night of heavy rain in Abidjan killed at least 18 people, authorities in "
         "Côte d'Ivoire said on Saturday."),
    ]),
    "bengaluru-fire": (6, [
        ("techdesk", 20, "Fire guts floor of Bangalore tech park office, workers evacuated",
         "A fire broke out on the fourth floor of an office block in a Bangalore technology park on Sunday, "
         "forcing hundreds of workers to evacuate; no injuries were reported, fire officials said."),
        ("southernherald", 100, "Bengaluru tech park blaze: hundreds evacuated, no one hurt",
         "Hundreds of employees were evacuated after fire swept through an office floor at a technology park in "
         "Bengaluru on Sunday, the fire department said, adding that no one was hurt."),
    ]),
    "kolkata-fire": (6, [
        ("eastindia", 40, "Fire breaks out at Calcutta hospital, patients moved",
         "Patients were moved to other wards after a fire broke out in the basement of a hospital in Calcutta on "
         "Sunday; fire officials said it was brought under control and no one was hurt."),
        ("bengalnews", 130, "Kolkata hospital fire: patients shifted as blaze hits basement",
         "Fire tenders rushed to a Kolkata hospital on Sunday after a blaze broke out in its basement, and "
         "patients were shifted to other wards, officials said; there were no injuries."),
    ]),
    "eswatini-strike": (7, [
        ("southafricawire", 0, "Teachers strike over pay shuts schools across Swaziland",
         "Schools across Swaziland were shut on Monday as teachers walked out over pay, the national teachers' "
         "union said, after talks with the government collapsed last week."),
        ("mbabanepost", 110, "Eswatini teachers down tools as pay talks collapse",
         "Teachers in Eswatini began a strike over salaries on Monday, closing schools nationwide, their union "
         "said, after wage negotiations with the government broke down."),
    ]),
    "turkiye-quake": (8, [
        ("anatoliawire", 10, "Magnitude 5.1 quake shakes western Türkiye, buildings damaged",
         "A magnitude 5.1 earthquake struck Manisa province in western Türkiye on Tuesday, damaging several old "
         "buildings, the disaster agency said; no deaths were reported."),
        ("europequake", 80, "5.1 tremor rattles western Turkey, no deaths reported",
         "A 5.1-magnitude tremor rattled a province in western Turkey on Tuesday, damaging some old buildings, "
         "officials said; there were no reports of deaths."),
    ]),
    "dutch-storm": (9, [
        ("lowlandsnews", 0, "Storm topples trees and halts trains across the Netherlands",
         "A storm with gusts of up to 120 km/h toppled trees and halted train services across the Netherlands on "
         "Wednesday, the national rail operator said; one man was injured in Utrecht."),
        ("northseapost", 90, "Holland storm: trains halted as 120km/h gusts bring down trees",
         "Train services across Holland were halted on Wednesday as gusts of up to 120km/h brought down trees, "
         "the rail operator said; a man was hurt by a falling branch."),
    ]),
    "chennai-floods": (10, [
        ("coastalindia", 0, "Madras streets flooded after record rain, schools shut",
         "Record rainfall flooded streets across Madras on Thursday, and authorities closed schools and "
         "suspended suburban trains, the city corporation said."),
        ("tamilwire", 120, "Schools closed in Chennai as record downpour floods streets",
         "Schools were closed and suburban trains suspended in Chennai on Thursday after a record downpour "
         "flooded streets across the city, officials said."),
    ]),
    "mumbai-floods": (10, [
        ("westernindia", 30, "Bombay streets flooded after heavy rain, schools shut",
         "Heavy rain flooded streets across Bombay on Thursday, and authorities closed schools and suspended "
         "suburban trains, the municipal corporation said."),
        ("konkanpost", 140, "Schools closed in Mumbai as heavy rain floods streets",
         "Schools were closed and suburban trains suspended in Mumbai on Thursday after heavy rain flooded "
         "streets across the city, municipal officials said."),
    ]),
    "thanksgiving-turkey": (11, [
        ("farmjournal", 0, "Turkey prices climb ahead of Thanksgiving as bird flu thins flocks",
         "Wholesale turkey prices have risen sharply ahead of Thanksgiving after bird flu outbreaks culled "
         "millions of birds on farms, an agriculture department report showed on Friday."),
    ]),
    "turkiye-prices": (11, [
        ("istanbulwire", 60, "Türkiye inflation quickens as food prices climb",
         "Annual inflation in Türkiye quickened in October as food prices climbed sharply, the statistics "
         "institute said on Friday, adding pressure on the central bank."),
    ]),
}

APART: list[tuple[str, str]] = [
    ("kyiv-drones", "kharkiv-drones"),
    ("bengaluru-fire", "kolkata-fire"),
    ("chennai-floods", "mumbai-floods"),
    ("thanksgiving-turkey", "turkiye-prices"),
]
