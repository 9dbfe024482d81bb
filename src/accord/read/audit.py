"""The audit log: every curation, oldest first, in one JSON form for the CLI and the API."""

from __future__ import annotations

from typing import Any

from accord.store import Store
from accord.store.db import utc_iso
from accord.store.register_store import AuditData, audit_entries


def audit_list(store: Store) -> list[AuditData]:
    """Return every curation, oldest first."""
    return audit_entries(store)


def audit_json(entry: AuditData, *, mentions: bool = False) -> dict[str, Any]:
    """Return one curation of the audit log as a JSON-ready dict, its time in UTC; with `mentions`,
    the mention keys it applies to (what the CLI prints; the API leaves them in the store)."""
    keys = {"mentions": [list(m) for m in entry.mentions]} if mentions else {}
    return {"id": entry.id, "at": utc_iso(entry.at), "who": entry.who, "action": entry.action,
            "records": list(entry.records), **keys, "value": entry.value, "why": entry.why}
