"""Config files are read with libyaml when PyYAML has it, and errors still name their lines."""
from __future__ import annotations

import pytest
import yaml

from newsradar import configfile
from newsradar.errors import ConfigError


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_the_loader_is_libyamls():
    # The pure-Python scanner took 0.4 to 0.8 s for a feeds.yaml of 1,000 feeds.
    assert issubclass(configfile._LineLoader, yaml.CSafeLoader)


def test_lines_of_keys_and_syntax_errors(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("a: 1\nb:\n  c: 2\n  d: [1, 2]\n")
    data = configfile.load_yaml(path)
    assert (data.line, data.key_lines) == (1, {"a": 1, "b": 2})
    assert data["b"].key_lines == {"c": 3, "d": 4}
    path.write_text("a: 1\nb: [1, 2\nc: 3\n")
    with pytest.raises(ConfigError, match=r"c\.yaml:3: .*not valid YAML"):
        configfile.load_yaml(path)
