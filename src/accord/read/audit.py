"""The audit log: every curation, oldest first, in one JSON form for the CLI and the API."""

from __future__ import annotations

from typing import Any

from accord.store import Store
from accord.store.db import utc_iso
from accord.store.register_store import AuditData, audit_entries


def audit_list(store: Store) -> list[AuditData]:
    """Return every curation, oldest first."""
    return audit_entries(store)


def audit_json(entry: AuditData) -> dict[str, Any]:
    """Return one curation of the audit log as a JSON-ready dict (its time in UTC; the mention keys it
    applies to stay in the store, where the register's rebuild reads them)."""
    return {"id": entry.id, "at": utc_iso(entry.at), "who": entry.who, "action": entry.action,
            "records": list(entry.records), "value": entry.value, "why": entry.why}
