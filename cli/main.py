"""The `newsradar` command: one entry point for operators, each sub-command with --help."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer

from newsradar.errors import NewsRadarError
from newsradar.settings import apply_prefect_defaults, get_settings

# Pretty tracebacks print local variables, which may hold secrets: keep them off.
app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="NewsRadar: watch news feeds, extract who claims what, alert when a story spreads.")


def fail(exc: Exception) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(2)


@app.command()
def up() -> None:
    """Fetch (once) and start Kafka, Elasticsearch and the Prefect server on 127.0.0.1, then create topics and indices."""
    from infra.services import up as services_up
    try:
        statuses = services_up(get_settings(), log=lambda m: typer.echo(m, err=True))
    except NewsRadarError as exc:
        fail(exc)
    _print_status(statuses)


@app.command()
def down() -> None:
    """Stop the Kafka, Elasticsearch and Prefect server that `newsradar up` started (data is kept)."""
    from infra.services import down as services_down
    services_down(get_settings(), log=typer.echo)


@app.command()
def status() -> None:
    """Show whether the services answer, their pids and logs, each stage's consumer lag, and the poll schedules."""
    from infra.services import status as services_status
    settings = get_settings()
    statuses = services_status(settings)
    _print_status(statuses)
    if not all(s.healthy for s in statuses):
        raise typer.Exit(1)
    from consumers.lag import consumer_lag
    typer.echo(f"\n{'group':<22} {'topic':<16} {'part':>4} {'committed':>10} {'end':>10} {'lag':>8}")
    for row in consumer_lag(settings):
        committed = "-" if row.committed is None else str(row.committed)
        typer.echo(f"{row.group:<22} {row.topic:<16} {row.partition:>4} {committed:>10} {row.end:>10} {row.lag:>8}")
    from flows.deploy import deployment_status
    rows = deployment_status(settings)
    typer.echo(f"\n{'deployment':<32} {'schedule':<11} {'state':<8} {'served':<6} {'last run':<26} "
               f"{'last state':<11} next run")
    for d in rows:
        typer.echo(f"{d.name:<32} {d.schedule:<11} {'paused' if d.paused else 'active':<8} "
                   f"{'yes' if d.served else 'no':<6} {d.last_run:<26} {d.last_state:<11} {d.next_run}")
    if not rows:
        typer.echo("(none yet: `newsradar run` or `newsradar serve` creates one per feed group)")


@app.command()
def run(
    feeds: Path = typer.Option(None, "--feeds", help="feeds YAML (default: configs/feeds.yaml)"),
    rules: Path = typer.Option(None, "--rules", help="alert rules YAML (default: configs/alerts.yaml)"),
    once: bool = typer.Option(False, "--once", help="poll every feed once, drain the pipeline, print a summary, exit"),
) -> None:
    """Run the pipeline: poll feeds, enrich, index, alert, notify."""
    settings = get_settings()
    feeds = feeds or settings.feeds_file
    rules = rules or settings.rules_file
    _validate_configs(feeds, rules)
    _check_services(settings)
    from flows.deploy import check_api, check_scheduler
    try:
        # Before any stage starts: without a scheduler, `run` would announce polling and never poll;
        # `--once` starts its one flow run itself, so it needs only the API.
        (check_api if once else check_scheduler)(settings)
        if once:
            from flows.pipeline import run_once
            # a drain that gave up on a batch or on reading Kafka (StalledError) says why
            summary = run_once(settings, feeds, rules, log=lambda m: typer.echo(m, err=True))
    except NewsRadarError as exc:
        fail(exc)
    if once:
        for line in summary.lines():
            typer.echo(line)
        return
    from flows.supervisor import run_forever
    run_forever(settings, feeds, rules, log=lambda m: typer.echo(m, err=True))


@app.command()
def consume(
    stage: str = typer.Argument(..., help="enricher | indexer | alerter | notifier"),
    rules: Path = typer.Option(None, "--rules", help="alert rules YAML (alerter, notifier)"),
) -> None:
    """Run one consumer stage until stopped (SIGTERM/Ctrl-C); start several to share the load."""
    from consumers.runner import Runner
    from flows.pipeline import batch_size_for, build_stage
    settings = get_settings()
    _check_services(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    built = build_stage(stage, settings, rules)
    runner = Runner(built, settings, batch_size=batch_size_for(stage, settings),
                    on_batch=lambda c: typer.echo(f"{stage}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())),
                                                 err=True))
    try:
        runner.run()
    finally:
        # After the last commit: the enricher's spaCy process ignores the group's SIGTERM and stops here.
        if hasattr(built, "close"):
            built.close()


@app.command()
def demo(port: int = typer.Option(8765, help="port of the local demo feed server")) -> None:
    """Serve the bundled offline demo feeds on localhost and run the pipeline once over them."""
    from demo.runner import run_demo
    from flows.deploy import check_api
    settings = get_settings()
    _check_services(settings)
    try:
        check_api(settings)  # the demo starts its one poll run itself: no scheduler needed
        run_demo(settings, port=port, echo=typer.echo)
    except NewsRadarError as exc:
        fail(exc)


@app.command()
def extract(
    file: str = typer.Argument(..., help="a plain-text article, or - for standard input"),
    fmt: str = typer.Option("json", "--format", help="json | table"),
    title: str = typer.Option("", help="the article's title, if not the first line"),
    url: str = typer.Option("", help="the article's web address: with the title, it tells a review, a recipe or a "
                                     "quiz (whose figures describe, not report), as the pipeline does"),
) -> None:
    """Print the entities, claims and keyphrases of a plain-text article."""
    from consumers.enricher.nlp.pipeline import Extractor, render_table
    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    from newsradar.terminal import printable
    enrichment = Extractor().extract_text(text, title=title, url=url or None)
    if fmt == "table":
        typer.echo(printable(render_table(enrichment)))
    else:
        # JSON escapes C0 controls itself, but not C1 or bidi controls, which stay valid JSON when removed
        typer.echo(printable(enrichment.model_dump_json(indent=2)))


@app.command()
def verify(allow_dead_letters: bool = typer.Option(
        False, "--allow-dead-letters", help="Report dead letters without failing on them.")) -> None:
    """Ledger check: every published article indexed exactly once with its claims, no record twice on
    any topic, no dead letters; prints the table it checked; exit 1 if not."""
    from cli.verify import check
    settings = get_settings()
    _check_services(settings)
    ledger = check(settings, allow_dead_letters=allow_dead_letters)
    for line in ledger.lines():
        typer.echo(line)
    if not ledger.ok:
        raise typer.Exit(1)


def _validate_configs(feeds: Path, rules: Path) -> None:
    """Refuse a bad feeds or rules file before anything starts, naming file, line and key."""
    from consumers.alerter.rules import load_rules
    from producers.config import load_feeds
    try:
        load_feeds(feeds)
        load_rules(rules)
    except NewsRadarError as exc:
        fail(exc)


def _check_services(settings) -> None:
    from newsradar.clients import check_es, check_kafka
    try:
        check_kafka(settings)
        check_es(settings)
    except NewsRadarError as exc:
        fail(exc)


def _print_status(statuses) -> None:
    for s in statuses:
        state = "healthy" if s.healthy else "DOWN"
        pid = f"pid {s.pid}" if s.pid else "not started here"
        typer.echo(f"{s.name:<14} {state:<8} {s.address:<26} {pid:<18} log: {s.log} {s.detail}")


from cli.alerts import alerts_app  # noqa: E402 - registered below
from cli.feeds import feeds_command, serve_command  # noqa: E402
from cli.search import search_command, stats_command  # noqa: E402
from cli.claims import claims_app  # noqa: E402
from cli.web import web_command  # noqa: E402

app.command("search")(search_command)
app.command("stats")(stats_command)
app.command("feeds")(feeds_command)
app.command("serve")(serve_command)
app.command("web")(web_command)
app.add_typer(alerts_app, name="alerts", help="Recent alerts, and rule backtests over indexed history.")
app.add_typer(claims_app, name="claims", help="Claims across outlets: trace one to its origin, list the top ones.")

kibana_app = typer.Typer(no_args_is_help=True, help="Kibana saved objects shipped in infra/kibana/.")
app.add_typer(kibana_app, name="kibana")


@kibana_app.command("import")
def kibana_import(
    url: str = typer.Option(..., "--url", help="Kibana's base URL, e.g. http://127.0.0.1:5601"),
) -> None:
    """Import the data views, saved searches, visualisations and dashboard (overwrites on re-import).

    The API key, if Kibana needs one, comes from NEWSRADAR_KIBANA_API_KEY.
    """
    import os

    from infra.kibana import import_objects
    try:
        result = import_objects(url, api_key=os.environ.get("NEWSRADAR_KIBANA_API_KEY"))
    except NewsRadarError as exc:
        fail(exc)
    typer.echo(f"imported {result.get('successCount', 0)} saved objects into {url}")


def main() -> None:
    apply_prefect_defaults(get_settings())
    try:
        app()
    except NewsRadarError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        sys.exit(2)
