"""Every CLI command and option is documented in the README."""

from __future__ import annotations

from typing import Any

import typer

from accord.cli import app
from tests.conftest import REPO


# Typer builds on its own copy of click, so commands and options are read by duck typing.
def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def _long_options(command: Any) -> list[str]:
    return [opt for p in command.params if p.param_type_name == "option"
            for opt in p.opts if opt.startswith("--") and opt != "--help"]


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in _commands() if f"accord {name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_option_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [f"{name} {opt}" for name, cmd in _commands().items()
               for opt in _long_options(cmd) if opt not in readme]
    group = typer.main.get_command(app)
    missing += [f"(global) {opt}" for opt in _long_options(group) if opt not in readme]
    assert not missing, f"options missing from README.md: {missing}"
