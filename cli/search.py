"""`newsradar search QUERY [--claims] ...` and `newsradar stats`: tables (or JSON) from Elasticsearch.

Wire into the main CLI with ``app.command("search")(search_command)`` and
``app.command("stats")(stats_command)``, or mount ``cli.search.app``.
"""
from __future__ import annotations

import json
import re
import sys
import textwrap

import typer

from newsradar.terminal import printable, printable_tree
from search.queries import search_articles, search_claims, since_expr, stats

app = typer.Typer(help="Search articles and claims in Elasticsearch.", no_args_is_help=True)
_HL = re.compile(r"\[\[(.*?)\]\]")


def _mark(text: str, tty: bool) -> str:
    return _HL.sub((lambda m: f"\033[1m{m.group(1)}\033[0m") if tty else (lambda m: f"*{m.group(1)}*"), text)


def _snippet(hit: dict, field: str, fallback: str, width: int) -> str:
    frags = hit.get("highlight", {}).get(field)
    text = " … ".join(frags) if frags else (hit.get(fallback) or "")
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def render_articles(hits: list[dict], tty: bool = False) -> str:
    if not hits:
        return "no articles found"
    lines = [f"{'published (UTC)':<17} {'outlet':<18} title / match", "-" * 100]
    for h in hits:
        when = (h.get("published_at") or "")[:16].replace("T", " ")
        title = _snippet(h, "title", "title", 200)
        lines.append(f"{when:<17} {h.get('outlet', '')[:18]:<18} {_mark(title, tty)}")
        body = _snippet(h, "body", "summary", 160)
        if body:
            lines.append(f"{'':<36} {_mark(body, tty)}")
        lines.append(f"{'':<36} {h.get('url', '')}")
    return "\n".join(lines)


def render_claims(hits: list[dict], tty: bool = False) -> str:
    if not hits:
        return "no claims found"
    lines = [f"{'published (UTC)':<17} {'speaker':<24} {'outlet':<16} claim", "-" * 110]
    for h in hits:
        when = (h.get("published_at") or "")[:16].replace("T", " ")
        speaker = h.get("speaker_resolved") or h.get("speaker") or "?"
        flags = "".join(f" [{f}]" for f in ("hedged", "negated") if h.get(f))
        content = _snippet(h, "content", "content", 200)
        lines.append(f"{when:<17} {speaker[:24]:<24} {h.get('outlet', '')[:16]:<16} "
                     f"{h.get('cue') or ''}: {_mark(content, tty)}{flags}")
    return "\n".join(lines)


def render_stats(s: dict) -> str:
    lines = [f"documents ({'index':<9} count)"]
    lines += [f"  {k:<10} {'-' if v is None else v}" for k, v in s["counts"].items()]
    for title, key in (("top outlets", "top_outlets"), ("top entities", "top_entities"),
                       ("top speakers", "top_speakers")):
        lines.append(f"{title} (last {s['window']})")
        lines += [f"  {n:>6}  {k}" for k, n in s[key]] or ["  (none)"]
    return "\n".join(lines)


def _check_period(value: str | None) -> None:
    try:
        since_expr(value)
    except ValueError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None


def _client():
    from newsradar.clients import check_es  # noqa: PLC0415
    from newsradar.settings import get_settings  # noqa: PLC0415
    settings = get_settings()
    return check_es(settings), settings


@app.command("search")
def search_command(
    query: str = typer.Argument("", help="words to find, in any word form"),
    claims: bool = typer.Option(False, "--claims", help="search claims instead of articles"),
    speaker: str | None = typer.Option(None, "--speaker", help="claims by this speaker (name or part of it)"),
    entity: str | None = typer.Option(None, "--entity", help="canonical entity name"),
    outlet: str | None = typer.Option(None, "--outlet"),
    since: str | None = typer.Option(None, "--since", help="e.g. 24h, 7d, 2w, 3m, or an ISO date"),
    size: int = typer.Option(20, "--size", min=1, max=1000),
    as_json: bool = typer.Option(False, "--json", help="print the hits as JSON"),
) -> None:
    """Search articles (or, with --claims or --speaker, claims) by text and word forms."""
    _check_period(since)
    es, settings = _client()
    if claims or speaker:
        hits = search_claims(es, settings, query or None, speaker=speaker, entity=entity, outlet=outlet,
                             since=since, size=size)
        out = json.dumps(hits, indent=2, default=str) if as_json else render_claims(
            printable_tree(hits), sys.stdout.isatty())
    else:
        hits = search_articles(es, settings, query, since=since, outlet=outlet, entity=entity, size=size)
        # json.dumps escapes control characters itself; the tables get feed text, cleaned before the
        # highlighting adds its own escapes
        out = json.dumps(hits, indent=2, default=str) if as_json else render_articles(
            printable_tree(hits), sys.stdout.isatty())
    typer.echo(out)


@app.command("stats")
def stats_command(
    window: str = typer.Option("30d", "--window", help="period of the top lists, e.g. 7d"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Documents per index, and the top outlets, entities and speakers."""
    _check_period(window)
    es, settings = _client()
    s = stats(es, settings, window)
    typer.echo(json.dumps(s, indent=2) if as_json else printable(render_stats(s)))
