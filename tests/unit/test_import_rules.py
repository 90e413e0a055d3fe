"""The house rules of the package tree, read from the source with ``ast``.

Floors, lowest first: the contract (``newsradar``), the shared loop
(``consumers.runner``, ``consumers.lag``, ``consumers.young_gc``), the stages (``producers`` and one
package per consumer stage), the read side (``search``), and the composition
(``cli``, ``flows``, ``demo``) that alone may know every stage. ``infra`` starts
services and imports only the contract. A stage never imports another stage:
what two stages share belongs to the contract. And no import cycle, at any
depth, including the imports deferred into functions.
"""
from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("newsradar", "cli", "flows", "demo", "infra", "search", "board", "producers", "consumers")
STAGES = ("producers", "consumers.enricher", "consumers.indexer", "consumers.alerter", "consumers.notifier")
RUNNER = ("consumers.runner", "consumers.lag", "consumers.young_gc", "consumers")
COMPOSITION = ("cli", "flows", "demo")

# Which rooms a room may import besides itself; the composition may import anything.
ALLOWED = {
    "newsradar": set(),
    "runner": {"newsradar"},
    **{stage: {"newsradar", "runner"} for stage in STAGES},
    "search": {"newsradar"},
    "board": {"newsradar", "search"},
    "infra": {"newsradar"},
}


def room_of(module: str) -> str:
    for stage in STAGES:
        if module == stage or module.startswith(stage + "."):
            return stage
    if module in RUNNER:
        return "runner"
    return module.split(".")[0]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, module) of every project import in ``path``, deferred ones included."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # ``from pkg import mod`` imports the module pkg.mod when there is one
            out += [(node.lineno, f"{node.module}.{a.name}") if _is_module(root, f"{node.module}.{a.name}")
                    else (node.lineno, node.module) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            raise AssertionError(f"{path}:{node.lineno}: relative import; spell the module out")
    return [(line, m) for line, m in out if m.split(".")[0] in PACKAGES]


def _is_module(root: Path, dotted: str) -> bool:
    base = root.joinpath(*dotted.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def graph(root: Path) -> dict[str, list[tuple[Path, int, str]]]:
    edges: dict[str, list[tuple[Path, int, str]]] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if path.name == "__main__.py":
                continue  # an entry script: nothing imports it
            edges[module_name(path, root)] = [(path, line, m) for line, m in imports_of(path, root)]
    return edges


def floor_violations(root: Path) -> list[str]:
    out = set()
    for module, edges in graph(root).items():
        src = room_of(module)
        if src in COMPOSITION:
            continue
        for path, line, target in edges:
            dst = room_of(target)
            if dst != src and dst not in ALLOWED[src]:
                out.add(f"{path.relative_to(root)}:{line}: {src} imports {target} ({dst})")
    return sorted(out)


def cycles(root: Path) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    imports = graph(root)
    edges = {m: sorted({t for _, _, t in e if t in imports} - {m}) for m, e in imports.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_room_imports_above_its_floor_or_from_another_stage():
    found = floor_violations(ROOT)
    assert not found, "imports that break the floors:\n" + "\n".join(found)


def test_there_is_no_import_cycle():
    found = cycles(ROOT)
    assert not found, "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)


# The checker itself, on planted trees: each rule must catch its breach.

def plant(root: Path, files: dict[str, str]) -> Path:
    for package in PACKAGES:
        (root / package).mkdir(parents=True, exist_ok=True)
        (root / package / "__init__.py").touch()
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(root).parents:
            if str(parent) != ".":
                (root / parent / "__init__.py").touch()
        path.write_text(textwrap.dedent(text))
    return root


@pytest.mark.parametrize(("files", "expected"), [
    ({"consumers/alerter/rules/base.py": "",
      "consumers/notifier/stage.py": "from consumers.alerter.rules.base import x\n"},
     "consumers.notifier imports consumers.alerter.rules.base (consumers.alerter)"),
    ({"consumers/enricher/stage.py": "def f():\n    import consumers.indexer.stage\n",
      "consumers/indexer/stage.py": ""},
     "consumers.enricher imports consumers.indexer.stage (consumers.indexer)"),
    ({"newsradar/settings.py": "from consumers.runner import Runner\n", "consumers/runner.py": ""},
     "newsradar imports consumers.runner (runner)"),
    ({"newsradar/cli.py": "from flows import pipeline\n", "flows/pipeline.py": ""},
     "newsradar imports flows.pipeline (flows)"),
    ({"consumers/runner.py": "from consumers.indexer.stage import Indexer\n", "consumers/indexer/stage.py": ""},
     "runner imports consumers.indexer.stage (consumers.indexer)"),
    ({"producers/poller.py": "from search.queries import stats\n", "search/queries.py": ""},
     "producers imports search.queries (search)"),
    ({"infra/services.py": "from consumers.lag import consumer_lag\n", "consumers/lag.py": ""},
     "infra imports consumers.lag (runner)"),
])
def test_the_checker_catches_a_planted_breach(tmp_path, files, expected):
    found = floor_violations(plant(tmp_path, files))
    assert [v.split(": ", 1)[1] for v in found] == [expected]


def test_the_checker_lets_the_composition_and_the_floors_below_through(tmp_path):
    root = plant(tmp_path, {
        "consumers/runner.py": "from newsradar import clock\n", "newsradar/clock.py": "",
        "consumers/alerter/stage.py": "from consumers.runner import Runner\nfrom consumers.alerter.rules import x\n",
        "consumers/alerter/rules/__init__.py": "",
        "cli/main.py": "from consumers.alerter.stage import Alerter\nfrom flows import pipeline\n",
        "flows/pipeline.py": "from consumers.alerter import stage\n",
    })
    assert floor_violations(root) == []


def test_the_checker_finds_a_cycle_even_through_a_deferred_import(tmp_path):
    root = plant(tmp_path, {
        "newsradar/a.py": "from newsradar.b import f\n",
        "newsradar/b.py": "def f():\n    from newsradar import c\n",
        "newsradar/c.py": "import newsradar.a\n",
    })
    assert cycles(root) == [["newsradar.a", "newsradar.b", "newsradar.c"]]
