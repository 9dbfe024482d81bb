"""Each module names a thing once: a module-level name bound a second time silently replaces the first for
every reader above it too (two word lists under one name, the first never used). Extending a name with
itself ("ROLE_HEADS = ROLE_HEADS | …") is one thing growing, not two."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parent.parent / "src" / "accord").rglob("*.py"))


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def _extends_itself(node: ast.stmt, name: str) -> bool:
    value = getattr(node, "value", None)
    return value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))


def rebound_names(source: str) -> list[str]:
    """Return the module-level names a module binds again without building on the first binding."""
    seen: set[str] = set()
    out: list[str] = []
    for node in ast.parse(source).body:
        for name in _bound(node):
            if name in seen and not _extends_itself(node, name):
                out.append(name)
            seen.add(name)
    return out


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_a_module_binds_each_name_once(path: Path) -> None:
    assert rebound_names(path.read_text(encoding="utf-8")) == []


def test_a_second_list_under_one_name_is_found() -> None:
    assert rebound_names("A = frozenset({'x'})\ndef f(): return A\nA = frozenset({'y'})\n") == ["A"]
    assert rebound_names("def g(): pass\ndef g(): pass\n") == ["g"]


def test_a_name_extended_with_itself_is_one_thing() -> None:
    assert rebound_names("A = frozenset({'x'})\nA = A | {'y'}\n") == []
    assert rebound_names("A: int\nA = 1\n") == []
