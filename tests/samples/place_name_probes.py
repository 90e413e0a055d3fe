"""A probe set for one place under two names (``configs/aliases.yaml``) in story clustering: short feed items
written for NewsRadar (CC0), each event told by two outlets that name its place differently ("Kiev", "Kyiv").

``EVENTS``: name -> (day, [(outlet, minutes after the day's 06:00 UTC, headline, summary)]); every item of one
event belongs in one story. ``APART``: pairs of events an editor keeps apart: one topic on one day in two places
that each have two names (a drone strike on Kyiv and one on Kharkiv), and one topic on one day in two places of
one name, which no alias row may join (Holland, Michigan and the Netherlands; Odessa, Texas and Odesa; Derry,
New Hampshire and Londonderry).
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
    "mumbai-floods": (10, [
        ("westernindia", 30, "Bombay streets flooded after heavy rain, schools shut",
         "Heavy rain flooded streets across Bombay on Thursday, and authorities closed schools and suspended "
         "suburban trains, the municipal corporation said."),
        ("konkanpost", 140, "Schools closed in Mumbai as heavy rain floods streets",
         "Schools were closed and suburban trains suspended in Mumbai on Thursday after heavy rain flooded "
         "streets across the city, municipal officials said."),
    ]),
    "michigan-tulips": (12, [
        ("greatlakesnews", 0, "Tulip festival in Holland draws record crowds",
         "A record number of visitors flocked to the annual tulip festival in Holland, Michigan, at the weekend, "
         "with millions of tulips in bloom along the town's streets."),
    ]),
    "dutch-tulips": (12, [
        ("lowlandspost", 60, "Netherlands tulip fields draw record crowds",
         "A record number of visitors flocked to the tulip fields in the Netherlands at the weekend, with millions "
         "of tulips in bloom, tourism officials said."),
    ]),
    "odessa-texas-storm": (13, [
        ("permianwire", 0, "Storm knocks out power to thousands in Odessa",
         "A severe storm knocked out power to thousands of homes in Odessa, Texas, on Wednesday night, and crews "
         "were working to restore electricity, the utility said."),
    ]),
    "odesa-outage": (13, [
        ("blackseanews", 90, "Thousands without power in Odesa after overnight attack",
         "Thousands of homes in Odesa were left without power after an overnight attack, and crews were working "
         "to restore electricity, the regional governor said."),
    ]),
    "nh-fire": (14, [
        ("granitestatenews", 0, "House fire in Derry, New Hampshire, leaves family homeless",
         "A family of five was left homeless after a fire gutted their house in Derry, New Hampshire, overnight; "
         "no one was hurt, the fire chief said."),
    ]),
    "ni-fire": (14, [
        ("ulsterwire", 50, "Londonderry house fire leaves family of five homeless",
         "A family of five escaped unhurt but lost their home after a fire broke out overnight in Londonderry, "
         "firefighters said."),
    ]),
}

APART: list[tuple[str, str]] = [
    ("kyiv-drones", "kharkiv-drones"),
    ("bengaluru-fire", "kolkata-fire"),
    ("michigan-tulips", "dutch-tulips"),
    ("odessa-texas-storm", "odesa-outage"),
    ("nh-fire", "ni-fire"),
]
