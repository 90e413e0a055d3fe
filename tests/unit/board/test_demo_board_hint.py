"""`newsradar demo` ends by saying how to start the board and where it is."""
from __future__ import annotations

from demo.runner import _show_board
from newsradar.settings import Settings


def test_demo_names_the_command_and_the_url():
    lines: list[str] = []
    _show_board(Settings(board_url=None), lines.append)
    assert any("newsradar web" in line for line in lines)
    assert any("http://127.0.0.1:8750/" in line for line in lines)
    lines.clear()
    _show_board(Settings(board_url="https://radar.example.org"), lines.append)
    assert any("https://radar.example.org/" in line for line in lines)
