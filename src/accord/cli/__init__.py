"""The `accord` command line: a thin layer over the library's functions."""

from __future__ import annotations

import sys

from accord.nlp_import import hide_torch_from_thinc

hide_torch_from_thinc()  # before any command module can import spaCy

# importing a command module registers its commands on `app`
from accord.cli import (  # noqa: F401
    desk_cmds,
    eval_cmd,
    export_cmd,
    extract_cmd,
    manual_cmds,
    register_cmds,
    serve_cmd,
    store_cmds,
    watch_cmd,
)
from accord.cli.app import app, hoist_global_options


def main() -> None:
    """Run the CLI (the `accord` console script); global options may follow the command."""
    app(args=hoist_global_options(sys.argv[1:]))


__all__ = ["app", "main"]
