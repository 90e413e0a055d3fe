"""`newsradar extract --format table` shows an editor why each speaker was chosen. Project-written text."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from cli.main import app

ARTICLE = ("NAIROBI, Kenya (AP) — The health minister, Grace Wanjiru, opened the clinic on Monday.\n\n"
           "Kenya’s health minister said 40 nurses would be hired by June.\n\n"
           "“Will the clinic open at night?” radio host Mary Otieno asked Wanjiru.\n\n"
           "“It will, from the first of July,” she said.\n")


def test_the_table_shows_the_dateline_the_role_and_why_each_speaker(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "dateline 'NAIROBI, Kenya (AP)': place NAIROBI, Kenya, agency AP" in out
    assert "role: health minister of Kenya" in out
    assert "why this speaker: role 'health minister' named earlier: Grace Wanjiru" in out
    assert "why this speaker: pronoun 'she': the one just asked by Mary Otieno, answering" in out


def test_the_json_carries_the_same_dateline_role_and_resolution(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE.replace("Mary Otieno", "Peter Otieno"), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["dateline"]["place"] == "NAIROBI, Kenya"
    nurses = next(c for c in data["claims"] if "40 nurses" in c["content"])
    assert (nurses["speaker_role"], nurses["speaker_org"], nurses["speaker_resolved"]) == \
        ("health minister", "Kenya", "Grace Wanjiru")
    assert nurses["resolution"] == "role 'health minister' named earlier: Grace Wanjiru"
    # every claim says why, whichever rule found it (“...,” she said is the parser-independent one)
    assert all(c["resolution"] for c in data["claims"]), [(c["speaker"], c["rule"]) for c in data["claims"]]


def test_extract_has_help():
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "--format" in result.output and "--url" in result.output
    assert "review" in result.output


def test_the_url_option_tells_a_recipe_whose_figures_describe(tmp_path):
    path = tmp_path / "recipe.txt"
    path.write_text("This cake serves eight and takes about 45 minutes from start to finish.\n", encoding="utf-8")
    args = ["extract", str(path), "--title", "Lemon drizzle cake"]
    news = json.loads(CliRunner().invoke(app, args).output)
    recipe = json.loads(CliRunner().invoke(app, [*args, "--url", "https://www.example.com/food/recipes/lemon-drizzle"])
                        .output)
    assert [c["content"][:9] for c in news["claims"]] == ["This cake"] and recipe["claims"] == []
