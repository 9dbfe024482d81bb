"""The desk's manual entries in the dashboard: enter one (/add), withdraw or correct it on its article page.

Each form runs the library functions `accord add|withdraw|amend` and the API run
(`accord.manual`), so an entry is stored with its provenance and every change is in the
audit log. Posts are checked like every desk form (`accord.web.curate.checked_form`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accord.api.deps import writes_allowed
from accord.core import INSTRUMENT_STATUSES, INSTRUMENT_TYPES, MEETING_KINDS
from accord.errors import AccordError
from accord.manual import KINDS, ManualInput, ManualResult, add_entry, amend, entry_of, withdraw
from accord.store import Store
from accord.store.manual import ManualData
from accord.web.curate import Field, checked_form, record_url, run_locked
from accord.web.desk import READ_ONLY, DeskRefused, desk_of, flash, signed_in
from accord.web.render import error_page, render

router = APIRouter(include_in_schema=False)

KIND_LABELS = {"meeting": "Enter a meeting", "instrument": "Enter an instrument",
               "commitment": "Enter a commitment"}
# what an entry's form asks beyond the pair, the reference and the day, by kind
_OWN: dict[str, tuple[tuple[str, str, tuple[str, ...], bool], ...]] = {
    "meeting": (("meeting_kind", "Kind of meeting", MEETING_KINDS, True), ("place", "Place", (), False),
                ("participants", "Participants (comma-separated)", (), False)),
    "instrument": (("type", "Type", INSTRUMENT_TYPES, True), ("subject", "Subject", (), True),
                   ("status", "Status", INSTRUMENT_STATUSES, True),
                   ("sectors", "Sectors (comma-separated)", (), False)),
    "commitment": (("actor", "Who undertook it", (), False), ("action", "What they undertook", (), True),
                   ("deadline", "Deadline (YYYY-MM-DD, YYYY-MM or YYYY)", (), False)),
}
_DEFAULTS = {"meeting_kind": "talks", "status": "signed"}
_LISTS = ("participants", "sectors")


def _shown(entry: ManualInput | None, name: str) -> str:
    value = getattr(entry, name, None) if entry is not None else None
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value) if value else _DEFAULTS.get(name, "")


def entry_fields(kind: str, entry: ManualInput | None = None) -> tuple[Field, ...]:
    """Return the fields of a manual entry's form, filled in from `entry` when given."""
    common = (Field("pair", "Pair of states (e.g. PK-BY)", value=_shown(entry, "pair")),
              Field("reference", "Reference (note verbale, file number)", value=_shown(entry, "reference")),
              Field("date", "Day it happened (YYYY-MM-DD)", required=False, value=_shown(entry, "date")))
    own = tuple(Field(name, label, tuple((c, c.replace("_", " ")) for c in choices), required,
                      _shown(entry, name)) for name, label, choices, required in _OWN[kind])
    return (*common, *own, Field("text", "Note (optional)", required=False, value=_shown(entry, "text")))


def _input(kind: str, form: Mapping[str, str], who: str) -> ManualInput:
    """Return the entry a posted form describes."""
    values: dict[str, Any] = {f.name: form.get(f.name, "").strip() or None for f in entry_fields(kind)}
    for name in _LISTS:
        if name in values:
            values[name] = tuple(p.strip() for p in (values[name] or "").split(",") if p.strip())
    values["pair"], values["reference"] = values["pair"] or "", values["reference"] or ""
    return ManualInput(kind=kind, who=who, **values)


def _amendment(store: Store, article_id: int, form: Mapping[str, str], who: str) -> dict[str, Any]:
    """Return the changes a correction form makes to an entry (every field it shows, and who)."""
    kind = entry_of(store, article_id).kind
    corrected = _input(kind, form, who)
    return {f.name: getattr(corrected, f.name) for f in entry_fields(kind)} | {"who": who}


def entry_forms(store: Store, manual: ManualData | None) -> list[tuple[str, str, tuple[Field, ...]]]:
    """Return the forms an entry's article page offers (address, label, fields): none once withdrawn."""
    if manual is None or manual.withdrawn:
        return []
    url = f"/articles/{manual.article_id}"
    entry = entry_of(store, manual.article_id)
    return [(f"{url}/amend", "Correct this entry", entry_fields(entry.kind, entry)),
            (f"{url}/withdraw", "Withdraw this entry", ())]


def _add_page(request: Request, kind: str, entry: ManualInput | None = None, code: int = 200,
              problem: str | None = None) -> HTMLResponse:
    return render("add.html", request, code, kind=kind, kinds=KIND_LABELS, problem=problem,
                  fields=entry_fields(kind, entry))


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request, kind: str = "meeting") -> Response:
    """Return the form a desk officer enters a meeting, instrument or commitment with."""
    if not writes_allowed(request.app.state):
        return error_page(request, 404, READ_ONLY)
    if kind not in KINDS:
        return error_page(request, 404, f"kind {kind!r}: choose one of {', '.join(KINDS)}")
    desk = desk_of(request)
    if desk is None or desk.who is None:
        return RedirectResponse(f"/sign-in?next={quote(f'/add?kind={kind}', safe='')}", 303)
    return _add_page(request, kind)


async def _writer(request: Request) -> tuple[Mapping[str, str], str] | Response:
    """Return a checked form and who sent it, or the error page."""
    form = await checked_form(request)
    if isinstance(form, Response):
        return form
    try:
        return form, signed_in(request)
    except DeskRefused as exc:
        return error_page(request, 403, exc.message)


def _landing(result: ManualResult) -> str:
    return record_url(result.records[0]) if result.records else f"/articles/{result.entry.article_id}"


@router.post("/add/{kind}")
async def add_post(request: Request, kind: str) -> Response:
    """Store a manual entry from the form and go to its record; a refused entry comes back filled in."""
    checked = await _writer(request)
    if isinstance(checked, Response):
        return checked
    form, who = checked
    if kind not in KINDS:
        return error_page(request, 404, f"kind {kind!r}: choose one of {', '.join(KINDS)}")
    entry = _input(kind, form, who)

    def run(store: Store) -> Response:
        try:
            result = add_entry(store, entry)
        except AccordError as exc:
            return _add_page(request, kind, entry, 400, exc.message)
        flash(request, "done", f"Saved: manual {kind} entered (audit log entry {result.audit.id}).")
        return RedirectResponse(_landing(result), 303)
    return await run_locked(request, run)


_ENTRY_ACTIONS: dict[str, Callable[[Store, int, Mapping[str, str], str], ManualResult]] = {
    "withdraw": lambda store, article_id, form, who: withdraw(store, article_id, form.get("why", ""), who),
    "amend": lambda store, article_id, form, who: amend(store, article_id,
                                                        _amendment(store, article_id, form, who),
                                                        form.get("why", "")),
}


@router.post("/articles/{article_id}/{name}")
async def entry_post(request: Request, article_id: int, name: str) -> Response:
    """Withdraw or correct a manual entry from its article page, then show the entry now in force."""
    checked = await _writer(request)
    if isinstance(checked, Response):
        return checked
    form, who = checked
    action = _ENTRY_ACTIONS.get(name)
    if action is None:
        return error_page(request, 404, f"no action {name!r}: choose one of {', '.join(_ENTRY_ACTIONS)}")

    def run(store: Store) -> Response:
        try:
            result = action(store, article_id, form, who)
        except AccordError as exc:
            flash(request, "refused", f"Not saved: {exc.message}")
            return RedirectResponse(f"/articles/{article_id}", 303)
        flash(request, "done", f"Saved: {result.audit.action} (audit log entry {result.audit.id}).")
        return RedirectResponse(f"/articles/{result.entry.article_id}", 303)
    return await run_locked(request, run)

