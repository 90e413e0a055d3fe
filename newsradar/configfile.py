"""Load a YAML config file into a pydantic model, with errors that name file, line and key.

PyYAML's safe loader is used with a small subclass that remembers where each
mapping key stood, so a validation error on ``rules[2].min_outlets`` can say
``configs/alerts.yaml:41: rules[2].min_outlets: Input should be ...``.
The loader is libyaml's when PyYAML was built with it: the pure-Python scanner
took 0.4 to 0.8 s for a feeds.yaml of 1,000 feeds, which every poll reads.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from newsradar.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


# libyaml's nodes carry the same marks (line, column), so every error still names its line.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):
    pass


def _refuse_duplicate_keys(loader: _LineLoader, node: yaml.MappingNode) -> None:
    """YAML lets the last of two equal keys win in silence; a config that says a thing twice is refused."""
    first: dict = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue  # ``<<: *defaults`` overriding is what a merge is for
        key = loader.construct_object(key_node)
        if key in first:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark,
                f"duplicate key {key!r} (first at line {first[key]}, again at line {key_node.start_mark.line + 1})",
                key_node.start_mark)
        first[key] = key_node.start_mark.line + 1


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    _refuse_duplicate_keys(loader, node)
    mapping = loader.construct_mapping(node, deep=True)
    lines = {}
    for key_node, _ in node.value:
        lines[loader.construct_object(key_node)] = key_node.start_mark.line + 1
    return _Located(mapping, lines, node.start_mark.line + 1)


class _Located(dict):
    """A dict that also knows the line of itself and of each of its keys."""

    def __init__(self, data: dict, key_lines: dict, line: int):
        super().__init__(data)
        self.key_lines = key_lines
        self.line = line


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _line_of(data: Any, loc: tuple) -> int | None:
    line = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, _Located) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            line = getattr(node, "line", line)
        elif isinstance(node, _Located) and isinstance(part, str):
            continue  # a discriminated union's tag (``topic`` in rules[0].topic.window) is no key
        else:
            break
    return line


def _key_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load_yaml(path: Path) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", file=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text (byte {exc.start})", file=str(path)) from exc
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"not valid YAML: {getattr(exc, 'problem', exc)}", file=where) from exc


def load_model(path: Path, model: type[M]) -> M:
    """Read ``path`` and validate it as ``model``; the first errors are reported with lines."""
    data = load_yaml(path)
    if data is None:
        raise ConfigError("the file is empty", file=str(path))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False)[:5]:
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            line = _line_of(data, loc)
            where = f"{path}:{line}" if line else str(path)
            problems.append(f"{where}: {_key_path(loc) or '(top level)'}: {err['msg']}")
        first_loc = _key_path(tuple(exc.errors()[0]["loc"])) if exc.errors() else None
        raise ConfigError("invalid configuration\n  " + "\n  ".join(problems),
                          file=str(path), key=first_loc) from exc
