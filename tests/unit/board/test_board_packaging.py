"""The installed board package runs on the runtime dependencies: test-only ones stay out of it."""
from __future__ import annotations

import ast
from pathlib import Path

BOARD = Path(__file__).resolve().parents[3] / "board"
TEST_ONLY = {"selenium", "pytest"}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_board_imports_no_test_only_dependency() -> None:
    found = {f"{path.relative_to(BOARD)}: {name}" for path in BOARD.rglob("*.py")
             for name in imported(path) if name.split(".")[0] in TEST_ONLY}
    assert not found
