"""The Prefect checks before polling: a one-off run needs the API, a schedule needs the scheduler too."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flows.deploy import check_api, check_scheduler
from newsradar.errors import ServiceUnavailableError
from newsradar.settings import Settings


class _NoScheduler(BaseHTTPRequestHandler):
    """A self-hosted Prefect server as /health and /admin/settings show it, its scheduler off."""

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        body = b"true" if self.path.endswith("/health") else json.dumps(
            {"server": {"services": {"scheduler": {"enabled": False}}}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def scheduler_off_api(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NoScheduler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("PREFECT_API_URL", f"http://127.0.0.1:{server.server_address[1]}/api")
    yield
    server.shutdown()
    server.server_close()


def test_check_api_accepts_a_server_without_scheduler(scheduler_off_api):
    check_api(Settings())


def test_check_scheduler_refuses_a_server_without_scheduler(scheduler_off_api):
    with pytest.raises(ServiceUnavailableError, match="runs without its scheduler service"):
        check_scheduler(Settings())


def test_run_once_checks_only_the_api(monkeypatch, tmp_path):
    """`newsradar run --once` starts its one flow run itself: a scheduler-less server must not stop it."""
    from typer.testing import CliRunner

    import cli.main as main
    import flows.deploy
    import flows.pipeline

    checked = []
    monkeypatch.setattr(main, "_validate_configs", lambda feeds, rules: None)
    monkeypatch.setattr(main, "_check_services", lambda settings: None)
    monkeypatch.setattr(flows.deploy, "check_api", lambda settings: checked.append("api"))
    monkeypatch.setattr(flows.deploy, "check_scheduler", lambda settings: checked.append("scheduler"))
    monkeypatch.setattr(flows.pipeline, "run_once", lambda *a, **k: type("S", (), {"lines": lambda self: []})())
    out = CliRunner().invoke(main.app, ["run", "--once", "--feeds", str(tmp_path / "f.yaml"),
                                        "--rules", str(tmp_path / "r.yaml")])
    assert out.exit_code == 0, out.output
    assert checked == ["api"]


def test_demo_needs_only_the_api(scheduler_off_api, monkeypatch):
    """The demo's poll is one flow run it starts itself, as `run --once`: no scheduler needed."""
    from typer.testing import CliRunner

    import cli.main as main
    import demo.runner

    ran = []
    monkeypatch.setattr(main, "_check_services", lambda settings: None)
    monkeypatch.setattr(demo.runner, "run_demo", lambda settings, port, echo: ran.append(port))
    out = CliRunner().invoke(main.app, ["demo", "--port", "8799"])
    assert out.exit_code == 0, out.output
    assert ran == [8799]
