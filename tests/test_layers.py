"""The store owns the SQL: no module outside `accord.store` imports SQLAlchemy or opens a session."""

from __future__ import annotations

import ast
from pathlib import Path

import accord

PACKAGE = Path(accord.__file__).parent
STORE = PACKAGE / "store"


def _outside_store() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if STORE not in p.parents]


def _imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _sessions(tree: ast.AST) -> list[int]:
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("session", "transaction") and not node.args]


def test_only_the_store_imports_sqlalchemy_or_opens_sessions() -> None:
    modules = _outside_store()
    assert len(modules) > 50  # the walk found the package
    found = []
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if {"sqlalchemy", "alembic"} & _imported(tree):
            found.append(f"{path.relative_to(PACKAGE)} imports SQLAlchemy")
        found += [f"{path.relative_to(PACKAGE)}:{line} opens a store session" for line in _sessions(tree)]
    assert found == []


def test_the_check_sees_an_import_and_a_session() -> None:
    tree = ast.parse("from sqlalchemy import select\nwith store.session() as s:\n    pass\n")
    assert "sqlalchemy" in _imported(tree) and _sessions(tree) == [2]
