"""The `accord` command line: a thin layer over the library's functions.

A process that runs one command imports only the module that defines it: importing them
all (the store, the web server, the brief's PDF) cost `accord extract` about 2 s.
`from accord.cli import app` gives the application with every command.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn

from accord.nlp_import import defer_spacy_cli, hide_torch_from_thinc

hide_torch_from_thinc()  # before any command module can import spaCy
defer_spacy_cli()

from accord.cli.app import GLOBAL_OPTIONS, hoist_global_options  # noqa: E402 (after the line above)

if TYPE_CHECKING:
    import typer

# the module of each command (importing a command module registers its commands on the app);
# tests/test_cli_options.py checks this against the commands registered
COMMANDS = {
    "desk_cmds": ("due", "progress"),
    "eval_cmd": ("eval",),
    "export_cmd": ("export",),
    "extract_cmd": ("extract",),
    "manual_cmds": ("add", "withdraw", "amend"),
    "register_cmds": ("register", "commitments", "initiatives", "conflicts", "timeline", "brief",
                      "recompute", "merge", "split", "set-status", "assign", "audit"),
    "serve_cmd": ("serve",),
    "store_cmds": ("ingest", "facts", "show", "stats"),
    "watch_cmd": ("watch",),
}
_MODULE_OF = {command: module for module, commands in COMMANDS.items() for command in commands}

# `import accord.cli.app` bound the submodule to the name `app` here; the name belongs to the
# application, which __getattr__ gives with every command loaded
del globals()["app"]


def load_commands(command: str | None = None) -> typer.Typer:
    """Return the application with the module of `command` imported, or every module when None or unknown."""
    modules = [_MODULE_OF[command]] if command in _MODULE_OF else list(COMMANDS)
    for module in modules:
        import_module(f"accord.cli.{module}")
    application: typer.Typer = import_module("accord.cli.app").app
    return application


def command_named(args: list[str]) -> str | None:
    """Return the command the (hoisted) arguments name, or None (help, version, no command)."""
    i = 0
    while i < len(args) and args[i].startswith("-"):
        i += 2 if args[i] in GLOBAL_OPTIONS else 1
    return args[i] if i < len(args) else None


def main() -> None:
    """Run the CLI (the `accord` console script); global options may follow the command."""
    args = hoist_global_options(sys.argv[1:])
    load_commands(command_named(args))(args=args)


def run() -> NoReturn:
    """Run the CLI as a process of its own (`accord`, `python -m accord`) and end it when done."""
    try:
        main()
    except SystemExit as exc:
        leave(exc.code if exc.code is None or isinstance(exc.code, str | int) else str(exc.code))
    leave(0)


def leave(code: str | int | None) -> NoReturn:
    """End the process with exit code `code` once its output is written, without tearing down its heap.

    Python's own exit frees every object one by one (the parsing model's vocabulary, the
    modules): about 0.4 s of CPU after `accord extract`, for memory the system takes back
    whole. The exit handlers still run and the output is flushed; with other threads still
    running, or a message for an exit code, the process ends as usual.
    """
    if isinstance(code, str) or threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be written
            code = code or 1
    os._exit(code or 0)


def __getattr__(name: str) -> Any:
    if name == "app":
        return load_commands()
    raise AttributeError(f"module 'accord.cli' has no attribute {name!r}")


__all__ = ["COMMANDS", "app", "command_named", "leave", "load_commands", "main", "run"]
