"""`newsradar claims trace QUERY|CLUSTER_ID` and `newsradar claims top --since 24h`, as text or ``--json``."""
from __future__ import annotations

import json
import textwrap

import typer

from newsradar.terminal import printable
from search.claims import ClaimNotFoundError, top, trace

claims_app = typer.Typer(no_args_is_help=True, help="Claims across outlets: who said it first, who repeated it.")


def _client():
    from newsradar.clients import check_es  # noqa: PLC0415
    from newsradar.settings import get_settings  # noqa: PLC0415
    settings = get_settings()
    return check_es(settings), settings


def _when(ts: str | None) -> str:
    return (ts or "")[:16].replace("T", " ")


def _short(text: str, width: int = 100) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def render_trace(t: dict) -> str:
    lines = [f"claim {t['cluster_id']}: \"{_short(t['text'], 160)}\"",
             f"carried by {t['outlets']} outlet(s), {t['articles']} article(s)"]
    o = t["origin"]
    lines.append(f"origin:     {o['source']} ({o['kind']}), cited by {o['outlet']} at {_when(o['published_at'])}"
                 if o else "origin:     none named (the outlets state it as their own)")
    f = t["first_seen"]
    lines.append(f"first seen: {f['outlet']} at {_when(f['published_at'])}  {f['url']}")
    more = t["carriers_total"] - len(t["carriers"])
    lines.append("carriers, in order:" + (f" (the first {len(t['carriers'])} of {t['carriers_total']})" if more else ""))
    for c in t["carriers"]:
        cited = f"citing {c['cited_source']} ({c['source_kind']})" if c["cited_source"] else f"({c['source_kind']})"
        nums = f"  [{', '.join(c['numbers'])}]" if c["numbers"] else ""
        lines.append(f"  {_when(c['published_at'])}  {c['outlet']:<18} {cited}{nums}")
        lines.append(f"  {'':<18}{_short(c['text'])}")
    if t["number_variants"]:
        drift = "  DRIFT: the figures differ beyond rounding" if t.get("number_drift") else ""
        lines.append("number variants:" + drift)
        lines += [f"  {v['value']:<20} {', '.join(v['outlets'])}" for v in t["number_variants"]]
    for title, key in (("denials", "denials"), ("reactions", "reactions")):
        if t[key]:
            lines.append(f"{title}:")
            lines += [f"  {_when(d['published_at'])}  {d['outlet']:<18} {d['speaker']}: {_short(d['text'], 90)}"
                      for d in t[key]]
    return "\n".join(lines)


def render_top(rows: list[dict]) -> str:
    if not rows:
        return "no claim clusters in that period"
    lines = [f"{'outlets':>7} {'articles':>8}  {'origin':<10} {'first seen (UTC)':<17} {'first outlet':<18} claim",
             "-" * 120]
    for r in rows:
        lines.append(f"{r['outlets']:>7} {r['articles']:>8}  {(r['origin_kind'] or '-'):<10} "
                     f"{_when(r['first_seen']['published_at']):<17} {r['first_seen']['outlet'][:18]:<18} "
                     f"{_short(r['text'], 70)}")
        lines.append(f"{'':>36}{r['cluster_id']}")
    return "\n".join(lines)


@claims_app.command("trace")
def trace_command(
    ref: str = typer.Argument(..., help="words of the claim, or a cluster id (k + 23 hex digits)"),
    as_json: bool = typer.Option(False, "--json", help="print the trace as JSON"),
) -> None:
    """Who said it first, citing whom, who repeated it and when, its number variants, denials and reactions."""
    es, settings = _client()
    try:
        result = trace(es, settings, ref)
    except ClaimNotFoundError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(result, indent=2) if as_json else printable(render_trace(result)))


@claims_app.command("top")
def top_command(
    since: str = typer.Option("24h", "--since", help="clusters seen in this period: 24h, 7d, or an ISO date"),
    size: int = typer.Option(20, "--size", min=1, max=500),
    as_json: bool = typer.Option(False, "--json", help="print the list as JSON"),
) -> None:
    """The claim clusters carried by the most outlets, with the kind of their origin."""
    es, settings = _client()
    try:
        rows = top(es, settings, since, size)
    except ValueError as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(rows, indent=2) if as_json else printable(render_top(rows)))
