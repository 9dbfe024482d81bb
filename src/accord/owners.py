"""Who carries a record: the ministry or agency the desk assigned, else one suggested from its sectors.

The desk assigns an owner with the `assign-owner` curation (see `accord.curation`), which
writes it into the record's `owner` field; without one, the owner is suggested from the
record's sectors through a sector -> owner table (`accord/data/owners.toml`, replaceable per
deployment with `--owners FILE` / `Settings.owners`).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from accord import shapes
from accord.errors import ConfigError
from accord.normalize.sectors import labels as sector_labels
from accord.normalize.sectors import sectors_for
from accord.resolve import Record

OWNER_FIELD = "owner"  # the record field an assign-owner curation sets
SHIPPED = "accord/data/owners.toml"


class OwnersFileError(ConfigError):
    """An owners table that cannot be read: bad TOML, an unknown sector, a value that is no name."""

    code = "E201"


@dataclass(frozen=True, slots=True)
class Owner:
    """A ministry or agency that carries a record, its focal point, and whether accord only suggests it."""

    name: str
    focal_point: str | None = None
    suggested: bool = False

    def to_json(self) -> shapes.Owner:
        """Return the owner as a JSON-ready dict."""
        return {"name": self.name, "focal_point": self.focal_point, "suggested": self.suggested}


@dataclass(frozen=True, slots=True)
class OwnerTable:
    """Sector label -> suggested owner, and the owner of records with no sector."""

    sectors: tuple[tuple[str, Owner], ...]
    default: Owner | None
    source: str

    def suggest(self, sectors: Sequence[str]) -> Owner | None:
        """Return the owner of the first of `sectors` the table names, else the default."""
        table = dict(self.sectors)
        for sector in sectors:
            if sector in table:
                return table[sector]
        return self.default


def _line_of(text: str, key: str) -> int:
    pattern = re.compile(rf'^[ \t]*"?{re.escape(key)}"?[ \t]*=', re.MULTILINE)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _owner(value: object, source: str, line: int) -> Owner:
    if isinstance(value, str) and value.strip():
        return Owner(value.strip(), None, True)
    if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip():
        focal = value.get("focal_point")
        if focal is not None and not isinstance(focal, str):
            raise OwnersFileError(f"{source}: line {line}: focal_point must be text")
        return Owner(value["name"].strip(), focal.strip() if focal and focal.strip() else None, True)
    raise OwnersFileError(f"{source}: line {line}: give an owner as a name "
                          "or { name = ..., focal_point = ... }")


def parse_owners(text: str, source: str) -> OwnerTable:
    """Return the owner table a TOML text describes; raise OwnersFileError naming the file and line."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise OwnersFileError(f"{source}: {exc}") from None
    unknown = sorted(set(raw) - {"default", "sectors"})
    if unknown:
        raise OwnersFileError(f"{source}: line {_line_of(text, unknown[0])}: unknown key {unknown[0]!r} "
                              "(the table has `default` and [sectors])")
    sectors = raw.get("sectors", {})
    if not isinstance(sectors, dict):
        raise OwnersFileError(f"{source}: line {_line_of(text, 'sectors')}: `sectors` must be a table")
    known = set(sector_labels())
    pairs: list[tuple[str, Owner]] = []
    for label, value in sectors.items():
        line = _line_of(text, label)
        if label not in known:
            raise OwnersFileError(f"{source}: line {line}: {label!r} is not a sector "
                                  "of accord/data/sectors.json")
        pairs.append((label, _owner(value, source, line)))
    default = _owner(raw["default"], source, _line_of(text, "default")) if "default" in raw else None
    return OwnerTable(tuple(pairs), default, source)


@lru_cache(maxsize=8)
def _read(path: str, _mtime: float) -> OwnerTable:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OwnersFileError(f"{path}: cannot read the owners table: {exc}") from None
    return parse_owners(text, path)


@lru_cache(maxsize=1)
def shipped_owners() -> OwnerTable:
    """Return the table shipped with accord (accord/data/owners.toml)."""
    return parse_owners(files("accord.data").joinpath("owners.toml").read_text(encoding="utf-8"), SHIPPED)


def load_owners(path: Path | str | None) -> OwnerTable:
    """Return the owner table in `path` (read again when the file changes), or the shipped one."""
    if path is None or str(path) == "":
        return shipped_owners()
    try:
        mtime = Path(path).stat().st_mtime
    except OSError as exc:
        raise OwnersFileError(f"{path}: cannot read the owners table: {exc.strerror}") from None
    return _read(str(path), mtime)


def assigned_owner(record: Record) -> Owner | None:
    """Return the owner the desk assigned to a record, if any."""
    value = record.fields.get(OWNER_FIELD)
    if not isinstance(value, dict) or not value.get("name"):
        return None
    return Owner(str(value["name"]), value.get("focal_point"), False)


def record_sectors(record: Record) -> tuple[str, ...]:
    """Return a record's sectors: the ones it states, else those its action or subject names."""
    stated = record.fields.get("sectors")
    if stated:
        return tuple(str(s) for s in stated)
    text = record.fields.get("action") or record.fields.get("subject") or ""
    return sectors_for(str(text))


def owner_of(record: Record, table: OwnerTable) -> Owner | None:
    """Return who carries a record: the owner the desk assigned, else the one the table suggests."""
    return assigned_owner(record) or table.suggest(record_sectors(record))


def owner_names(table: OwnerTable) -> Callable[[Record], str | None]:
    """Return the lookup of a record's owner's name (assigned, else suggested by `table`)."""
    def name_of(record: Record) -> str | None:
        found = owner_of(record, table)
        return found.name if found is not None else None
    return name_of


def owner_key(name: str) -> str:
    """Return an owner's name as it is compared: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def owner_matches(owner: Owner | None, name: str) -> bool:
    """Say whether an owner is the ministry `name` (case and spacing ignored)."""
    return owner is not None and owner_key(owner.name) == owner_key(name)


def owner_value(name: str, focal_point: str | None) -> str:
    """Return how an assign-owner curation stores its owner in the audit log's value."""
    return json.dumps({"name": name, "focal_point": focal_point}, ensure_ascii=False)


def owner_field(value: str | None) -> dict[str, Any] | None:
    """Return the record field an assign-owner curation's value sets (None: the owner was cleared)."""
    if not value:
        return None
    data = json.loads(value)
    return {"name": data["name"], "focal_point": data.get("focal_point")}


def assignment_label(value: str | None) -> str:
    """Return what an assign-owner curation's value says, for people: the owner, or "(cleared)"."""
    field = owner_field(value)
    return owner_label(Owner(field["name"], field["focal_point"])) if field else "(cleared)"


def owner_label(owner: Owner | None) -> str:
    """Return an owner as one line of text: "Ministry (focal point), suggested"."""
    if owner is None:
        return ""
    focal = f" ({owner.focal_point})" if owner.focal_point else ""
    return f"{owner.name}{focal}{', suggested' if owner.suggested else ''}"
