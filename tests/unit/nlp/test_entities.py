from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from consumers.nlp.entities import AliasTable, clean_name, short_name_map, strip_titles
from newsradar.errors import ConfigError


def test_entities_titles_are_folded():
    assert strip_titles("Rep. Jim Banks") == "Jim Banks"
    assert strip_titles("Prime Minister Keir Starmer") == "Keir Starmer"
    assert strip_titles("Madonna") == "Madonna"


def test_entities_clean_name_keeps_abbreviations():
    assert clean_name("the U.S.") == "U.S."
    assert clean_name("Biden’s") == "Biden"


def test_entities_short_names_map_to_the_full_name():
    mapping = short_name_map(Counter({"Vladimir Putin": 1, "Putin": 4, "Team Biden": 1, "Joe Biden": 2, "Biden": 3}))
    assert mapping["Putin"] == "Vladimir Putin"
    assert mapping["Biden"] == "Joe Biden"
    assert mapping["Team Biden"] == "Joe Biden"


def test_entities_ambiguous_short_name_stays():
    mapping = short_name_map(Counter({"Joe Biden": 2, "Hunter Biden": 2, "Biden": 3}))
    assert "Biden" not in mapping


def test_entities_alias_table_from_repo_config():
    table = AliasTable.load(None)
    assert table.lookup("U.S.") == table.lookup("America") == "United States"
    assert table.lookup("Britain") == "United Kingdom"
    assert table.labels["Taliban"] == "ORG"


def test_entities_bad_alias_file_names_the_key(tmp_path: Path):
    bad = tmp_path / "aliases.yaml"
    bad.write_text("labels:\n  Taliban: TEAM\n")
    with pytest.raises(ConfigError, match="labels.Taliban"):
        AliasTable.load(bad)


def test_entities_in_a_document(extractor):
    text = ("Germany's Chancellor Olaf Scholz met U.K. officials in London.\n\n"
            "Scholz said Britain and the United Kingdom's allies must act.\n\n"
            "by Jane Roe, Staff Writer\n\n"
            "Soldiers patrol the border. / Mark Tell / Reuters")
    e = extractor.extract_text(text)
    names = {x.canonical: x for x in e.entities}
    assert names["Olaf Scholz"].count == 2
    assert names["United Kingdom"].count >= 2 and names["United Kingdom"].label == "GPE"
    assert "Jane Roe" not in names and "Mark Tell" not in names
