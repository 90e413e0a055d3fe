"""The `newsradar` command: one entry point for operators, each sub-command with --help."""
from __future__ import annotations

import sys

import typer

from newsradar.errors import NewsRadarError
from newsradar.settings import get_settings

# Pretty tracebacks print local variables, which may hold secrets: keep them off.
app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="NewsRadar: watch news feeds, extract who claims what, alert when a story spreads.")


def fail(exc: Exception) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(2)


@app.command()
def up() -> None:
    """Fetch (once) and start Kafka and Elasticsearch on 127.0.0.1, then create topics and indices."""
    from infra.services import up as services_up
    try:
        statuses = services_up(get_settings(), log=lambda m: typer.echo(m, err=True))
    except NewsRadarError as exc:
        fail(exc)
    _print_status(statuses)


@app.command()
def down() -> None:
    """Stop the Kafka and Elasticsearch that `newsradar up` started (data is kept)."""
    from infra.services import down as services_down
    services_down(get_settings(), log=typer.echo)


@app.command()
def status() -> None:
    """Show whether Kafka and Elasticsearch answer, their pids and where their logs are."""
    from infra.services import status as services_status
    statuses = services_status(get_settings())
    _print_status(statuses)
    if not all(s.healthy for s in statuses):
        raise typer.Exit(1)


def _print_status(statuses) -> None:
    for s in statuses:
        state = "healthy" if s.healthy else "DOWN"
        pid = f"pid {s.pid}" if s.pid else "not started here"
        typer.echo(f"{s.name:<14} {state:<8} {s.address:<24} {pid:<18} log: {s.log} {s.detail}")


def main() -> None:
    try:
        app()
    except NewsRadarError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)
