"""`newsradar run --once`: a drain that gives up ends the command with a plain error, not a traceback."""
from __future__ import annotations

from typer.testing import CliRunner

from newsradar.errors import StalledError


def test_run_once_that_gives_up_on_a_batch_prints_why_and_exits_non_zero(monkeypatch, tmp_path):
    import cli.main as main
    import flows.deploy
    import flows.pipeline

    def stalled(*args, **kwargs):
        raise StalledError("enricher: gave up on a batch (news.raw[0] offsets 0-9) that failed 9 times in a row "
                           "over 121 s; nothing of it is committed. Last error: the index lacks a field "
                           "(run `newsradar up`)")
    monkeypatch.setattr(main, "_validate_configs", lambda feeds, rules: None)
    monkeypatch.setattr(main, "_check_services", lambda settings: None)
    monkeypatch.setattr(flows.deploy, "check_api", lambda settings: None)
    monkeypatch.setattr(flows.pipeline, "run_once", stalled)
    out = CliRunner().invoke(main.app, ["run", "--once", "--feeds", str(tmp_path / "f.yaml"),
                                        "--rules", str(tmp_path / "r.yaml")])
    assert out.exit_code == 2, out.output
    assert "error: enricher: gave up on a batch" in out.output and "run `newsradar up`" in out.output
    assert "Traceback" not in out.output
