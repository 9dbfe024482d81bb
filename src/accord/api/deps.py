"""What the API's routes depend on: the app's one store, its write lock, and the write token.

The store is opened once per app from `app.state.settings.db_url` (at start-up, or by the
first request when the app runs without its lifespan, as a bare test client does) and
closed at shutdown. SQLAlchemy gives file-based SQLite a connection pool that may be used
across threads, and every query opens its own session, so requests served in the thread
pool never share a session. Writes take one lock: SQLite has one writer at a time.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import State

from accord.api.errors import ApiError
from accord.owners import OwnerTable, load_owners
from accord.settings import Settings
from accord.store import Store

_OPEN_LOCK = threading.Lock()
bearer = HTTPBearer(auto_error=False, description="The token the server was started with "
                                                  "(accord serve --token, or ACCORD_TOKEN).")


def _open(state: State) -> Store:
    with _OPEN_LOCK:
        store = getattr(state, "store", None)
        if store is None:
            settings: Settings = state.settings
            store = Store.open(settings.db_url)
            state.store = store
            state.write_lock = threading.Lock()
        return store


def store_of(state: State) -> Store:
    """Return the app's store, opening it on first use."""
    store = getattr(state, "store", None)
    return store if isinstance(store, Store) else _open(state)


def write_lock_of(state: State) -> threading.Lock:
    """Return the lock every write to the app's store takes."""
    store_of(state)
    lock: threading.Lock = state.write_lock
    return lock


def get_store(request: Request) -> Store:
    """Return the store of the app serving the request."""
    return store_of(request.app.state)


def get_settings(request: Request) -> Settings:
    """Return the settings of the app serving the request."""
    settings: Settings = request.app.state.settings
    return settings


def get_owners(request: Request) -> OwnerTable:
    """Return the sector -> owner table the app's settings name (the shipped one by default)."""
    return load_owners(get_settings(request).owners)


@asynccontextmanager
async def lifespan(app: Any) -> AsyncIterator[None]:
    """Open the store when the server starts (a bad database fails the start) and close it at the end."""
    store_of(app.state)
    try:
        yield
    finally:
        store = getattr(app.state, "store", None)
        if isinstance(store, Store):
            store.close()
            app.state.store = None


def writes_allowed(state: State) -> bool:
    """Say whether the app was started with a write token (without one it is read-only)."""
    return bool(getattr(state, "token", None))


def is_token(state: State, given: str) -> bool:
    """Say whether `given` is the app's write token (compared in constant time)."""
    token: str | None = getattr(state, "token", None)
    return bool(token and given) and hmac.compare_digest(given.encode(), str(token).encode())


def require_writer(request: Request,
                   credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """Refuse the request unless the server takes writes and the bearer token is its token."""
    if not writes_allowed(request.app.state):
        raise ApiError(403, "writes_disabled",
                       "this server is read-only: start it with --token (or ACCORD_TOKEN) to allow writes")
    if not is_token(request.app.state, credentials.credentials if credentials is not None else ""):
        raise ApiError(401, "unauthorized", "give the server's token as 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
OwnersDep = Annotated[OwnerTable, Depends(get_owners)]
