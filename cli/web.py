"""`newsradar web`: serve the board; mount with ``app.command("web")(web_command)``."""
from __future__ import annotations

import typer

from board.security import BoardSecurityError, require_token


def web_command(
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind; anything but loopback needs "
                                                         "NEWSRADAR_BOARD_TOKEN"),
    port: int = typer.Option(8750, "--port", min=1, max=65535, help="TCP port to serve on"),
) -> None:
    """Serve the read-only newsroom board (spreading stories, claim traces, search, alerts, feeds) over HTTP."""
    import uvicorn

    from board.app import create_app
    from newsradar.clients import check_es
    from newsradar.errors import NewsRadarError
    from newsradar.settings import get_settings

    settings = get_settings()
    token = settings.board_token.get_secret_value() if settings.board_token else None
    try:
        require_token(host, token)
        es = check_es(settings)
    except (BoardSecurityError, NewsRadarError) as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None
    typer.echo(f"NewsRadar board on http://{host}:{port}/ ; Ctrl-C stops it", err=True)
    if not settings.board_url:
        typer.echo("(alerts link to the board once NEWSRADAR_BOARD_URL names its public address)", err=True)
    uvicorn.run(create_app(settings, es=es, token=token, host=host), host=host, port=port, log_level="warning")
