"""`accord serve`: the JSON API and the dashboard over the store, on this machine by default."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from accord.cli.app import app, console, err_console, fail, owners_of, settings_of
from accord.errors import AccordError
from accord.server import ALL_INTERFACES, allowed_hosts, server_environment
from accord.store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def is_loopback(host: str) -> bool:
    """Say whether `host` is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_to_open(host: str, port: int) -> str:
    """Return the address to open in a browser for a server bound to `host`."""
    shown = "127.0.0.1" if host in ALL_INTERFACES else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def _token(given: str | None, token_file: Path | None) -> str | None:
    """Return the write token: --token-file when given, else --token or ACCORD_TOKEN (exit 2: unreadable)."""
    if token_file is None:
        return given
    try:
        lines = token_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"--token-file: cannot read {token_file} ({exc.__class__.__name__})", 2) from exc
    token = lines[0].strip() if lines else ""
    if not token:
        raise fail(f"--token-file: {token_file} holds no token on its first line", 2)
    return token


def _check_store(db_url: str) -> None:
    # open (and migrate) once here, so a bad --db fails with a message, not a traceback at start-up
    try:
        Store.open(db_url).close()
    except AccordError as exc:
        raise fail(str(exc)) from exc


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0: every interface).")
                    ] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
    token: Annotated[str | None, typer.Option(
        envvar="ACCORD_TOKEN", show_envvar=True,
        help="Allow writes (ingest, curation) to requests bearing this token; without it the server is "
             "read-only. A token on the command line is visible to other users (ps): prefer ACCORD_TOKEN "
             "or --token-file.")] = None,
    token_file: Annotated[Path | None, typer.Option(
        "--token-file", help="Read the write token from the first line of this file (instead of --token).",
        dir_okay=False)] = None,
    workers: Annotated[int, typer.Option(
        min=1, max=32, help="Server processes (each with its own cache).")] = 1,
    access_log: Annotated[bool, typer.Option(
        "--access-log/--no-access-log", help="Print a line for every request served.")] = False,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", help="Also answer requests addressed to this host name (repeatable); only "
        "127.0.0.1, localhost, [::1], --host and these are answered, any other Host header gets 400.")
    ] = None,
) -> None:
    """Serve the JSON API (/api/v1, docs at /docs) and the dashboard (/) over the store."""
    import uvicorn

    from accord.server import create_app

    settings = settings_of(ctx)
    token = _token(token, token_file)
    hosts = allowed_hosts(host, allowed_host or ())
    _check_store(settings.db_url)
    owners_of(settings)  # a bad owners table stops the start, not the first request
    console.print(Text.assemble(("accord: ", "bold"), "open ", (url_to_open(host, port), "underline"),
                                "   (API: /api/v1, OpenAPI: /openapi.json)"), highlight=False)
    console.print(Text("writes allowed with the bearer token; the desk signs in at /sign-in to curate"
                       if token else "read-only: pass --token (or set ACCORD_TOKEN) to allow writes"),
                  highlight=False)
    if not is_loopback(host):
        err_console.print(Text(f"warning: listening on {host}: other machines can reach this server",
                               style="yellow"), highlight=False)
    if workers > 1:
        # each worker process builds its own app from the environment (see server.app_from_env)
        os.environ.update(server_environment(settings, token, hosts))
        uvicorn.run("accord.server:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="info", access_log=access_log)
        return
    uvicorn.run(create_app(settings, token or None, warm=True, hosts=hosts), host=host, port=port,
                log_level="info", access_log=access_log)
