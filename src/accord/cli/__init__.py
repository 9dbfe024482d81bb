"""The `accord` command line: a thin layer over the library's functions."""

from __future__ import annotations

# importing a command module registers its commands on `app`
from accord.cli import (  # noqa: F401
    eval_cmd,
    export_cmd,
    extract_cmd,
    register_cmds,
    serve_cmd,
    store_cmds,
    watch_cmd,
)
from accord.cli.app import app


def main() -> None:
    """Run the CLI (the `accord` console script)."""
    app()


__all__ = ["app", "main"]
