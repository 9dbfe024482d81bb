"""The desk's forms: sign in and out, and the curation actions a record page offers.

Every action is one `Action`: the fields its form asks for (given the register and the
record; None when it is not for that record) and the use case it runs, the same one the
API runs (`accord.usecases`), so each change lands in the audit log with who and why.
A form post is checked (`accord.web.desk.read_form`), runs under the app's write lock and
answers with a redirect (303) to the record, with a message shown once.
To offer another action, add an `Action` to `ACTIONS`: the record page and the route
(`POST /records/{id}/{name}`) pick it up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from accord.api.deps import is_token, store_of, write_lock_of, writes_allowed
from accord.curation import CuratedRegister, mention_key
from accord.errors import AccordError
from accord.owners import assigned_owner
from accord.read import current_register, record_detail
from accord.registry import pair_key
from accord.resolve import Record
from accord.store import NotFoundError, Store
from accord.store.register_store import AuditData
from accord.titles import record_title
from accord.track import STATUSES
from accord.usecases import curate_merge, curate_owner, curate_split, curate_status
from accord.web.desk import (
    READ_ONLY,
    DeskRefused,
    FormError,
    csrf_token,
    flash,
    officer_name,
    read_form,
    sign_in,
    sign_out,
    signed_in,
)
from accord.web.render import error_page, render

router = APIRouter(include_in_schema=False)

QUOTE_CHARS = 90  # of a mention's quote, in the split form's choices


@dataclass(frozen=True, slots=True)
class Field:
    """One input of an action's form: a choice among `choices` (value, label), else a line of text."""

    name: str
    label: str
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = True
    value: str = ""  # what a line of text starts with


# store, the record the form is on, the form's fields, why, who -> the audit entry
Run = Callable[[Store, Record, Mapping[str, str], str, str], AuditData]


@dataclass(frozen=True, slots=True)
class Action:
    """A curation a record page offers: its form's fields for a record (None: not offered), its use case."""

    name: str
    label: str
    fields: Callable[[CuratedRegister, Record], tuple[Field, ...] | None]
    run: Run
    why_required: bool = True


def _merge(store: Store, record: Record, form: Mapping[str, str], why: str, who: str) -> AuditData:
    return curate_merge(store, [record.id, form.get("other", "")], why, who)


def _split(store: Store, record: Record, form: Mapping[str, str], why: str, who: str) -> AuditData:
    return curate_split(store, record.id, form.get("mention", ""), why, who)


def _status(store: Store, record: Record, form: Mapping[str, str], why: str, who: str) -> AuditData:
    return curate_status(store, record.id, form.get("status", ""), why, who)


def _merge_fields(register: CuratedRegister, record: Record) -> tuple[Field, ...] | None:
    others = sorted((f"{record_title(r)} ({r.id})", r.id) for r in register.records.values()
                    if r.kind == record.kind and r.id != record.id and pair_key(r) == pair_key(record))
    if not others:
        return None
    return (Field("other", "The same thing as", tuple((rid, label) for label, rid in others)),)


def _split_fields(register: CuratedRegister, record: Record) -> tuple[Field, ...] | None:
    if len(record.mentions) < 2:
        return None
    choices = tuple((mention_key(m), f"{m.outlet or m.article_name}, "
                     f"{m.published.isoformat() if m.published else 'undated'}: “{_cut(m.quote)}”")
                    for m in record.mentions)
    return (Field("mention", "Take out the mention", choices),)


def _status_fields(register: CuratedRegister, record: Record) -> tuple[Field, ...] | None:
    if record.kind != "commitments":
        return None
    return (Field("status", "Status", tuple((s, s) for s in STATUSES)),)


def _owner_fields(register: CuratedRegister, record: Record) -> tuple[Field, ...] | None:
    now = assigned_owner(record)
    return (Field("owner", "Ministry or agency (empty: clear the desk's owner)", required=False,
                  value=now.name if now else ""),
            Field("focal_point", "Focal point (optional)", required=False,
                  value=(now.focal_point or "") if now else ""))


def _owner(store: Store, record: Record, form: Mapping[str, str], why: str, who: str) -> AuditData:
    owner = form.get("owner", "").strip() or None
    return curate_owner(store, record.id, owner, form.get("focal_point", "").strip() or None, why, who)


def _cut(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS - 1].rstrip() + "…"


ACTIONS: dict[str, Action] = {a.name: a for a in (
    Action("merge", "Merge with another record", _merge_fields, _merge),
    Action("split", "Split a mention off", _split_fields, _split),
    Action("status", "Set the status", _status_fields, _status),
    Action("owner", "Assign the owner", _owner_fields, _owner, why_required=False),
)}


def offered(register: CuratedRegister, record: Record) -> list[tuple[Action, tuple[Field, ...]]]:
    """Return the actions a record's page offers, each with its form's fields."""
    out = []
    for action in ACTIONS.values():
        fields = action.fields(register, record)
        if fields is not None:
            out.append((action, fields))
    return out


def record_url(record_id: str) -> str:
    """Return the address of a record's page."""
    return f"/records/{quote(record_id, safe='')}"


def _landing(store: Store, keys: list[str], entry: AuditData) -> str:
    """Return the page to go back to: the record now holding the page's facts (not a split-off one)."""
    taken = {k for keys_ in entry.mentions for k in keys_} if entry.action == "split" else set()
    register = current_register(store, with_facts=False)
    for key in keys:
        record_id = register.record_of(key)
        if key not in taken and record_id is not None:
            return record_url(record_id)
    return "/"


def _apply(request: Request, store: Store, action: Action, record_id: str, form: Mapping[str, str],
           who: str) -> Response:
    try:
        record = record_detail(store, record_id).record
    except NotFoundError as exc:
        return error_page(request, 404, exc.message)
    keys = [mention_key(m) for m in record.mentions]
    try:
        entry = action.run(store, record, form, form.get("why", ""), who)
    except AccordError as exc:
        flash(request, "refused", f"Not saved: {exc.message}")
        return RedirectResponse(record_url(record_id), 303)
    flash(request, "done", f"Saved: {action.label.lower()} (audit log entry {entry.id}).")
    return RedirectResponse(_landing(store, keys, entry), 303)


async def checked_form(request: Request) -> dict[str, str] | Response:
    """Return a posted form's fields, or the error page (403: refused; 400: unreadable)."""
    try:
        return await read_form(request)
    except DeskRefused as exc:
        return error_page(request, 403, exc.message)
    except FormError as exc:
        return error_page(request, 400, exc.message)


@router.post("/records/{record_id}/{name}")
async def curate(request: Request, record_id: str, name: str) -> Response:
    """Run one curation action from a record page's form, then go back to the record."""
    form = await checked_form(request)
    if isinstance(form, Response):
        return form
    try:
        who = signed_in(request)
    except DeskRefused as exc:
        return error_page(request, 403, exc.message)
    action = ACTIONS.get(name)
    if action is None:
        return error_page(request, 404, f"no action {name!r}: choose one of {', '.join(ACTIONS)}")
    return await run_locked(request, lambda store: _apply(request, store, action, record_id, form, who))


async def run_locked(request: Request, fn: Callable[[Store], Response]) -> Response:
    """Return what `fn` answers, run on the app's store under its write lock (in the thread pool)."""
    store, lock = store_of(request.app.state), write_lock_of(request.app.state)

    def run() -> Response:
        with lock:
            return fn(store)
    return await run_in_threadpool(run)


# --------------------------------------------------------------------------- signing in and out


def local_path(text: str | None) -> str:
    """Return where to go after signing in: a path on this server, else the overview."""
    if not text or not text.startswith("/") or text.startswith("//") or "\\" in text:
        return "/"
    return text


def _sign_in_page(request: Request, next_path: str, code: int = 200,
                  problem: str | None = None) -> HTMLResponse:
    return render("sign_in.html", request, code, csrf=csrf_token(request), next=next_path, problem=problem)


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request, next: str | None = None) -> HTMLResponse:
    """Return the form a desk officer signs in with: the server's token and a name."""
    if not writes_allowed(request.app.state):
        return error_page(request, 404, READ_ONLY)
    return _sign_in_page(request, local_path(next))


@router.post("/sign-in")
async def sign_in_post(request: Request) -> Response:
    """Check the token, start the session for the name given, and go on to the page asked for."""
    form = await checked_form(request)
    if isinstance(form, Response):
        return form
    next_path = local_path(form.get("next"))
    if not is_token(request.app.state, form.get("token", "")):
        return _sign_in_page(request, next_path, 403, "That is not this server's token.")
    try:
        who = officer_name(form.get("who", ""))
    except DeskRefused as exc:
        return _sign_in_page(request, next_path, 400, exc.message)
    sign_in(request, who)
    flash(request, "done", f"Signed in as {who}.")
    return RedirectResponse(next_path, 303)


@router.post("/sign-out")
async def sign_out_post(request: Request) -> Response:
    """End the session and go to the overview."""
    form = await checked_form(request)
    if isinstance(form, Response):
        return form
    sign_out(request)
    flash(request, "done", "Signed out.")
    return RedirectResponse("/", 303)
