"""The web server: one FastAPI app serving the JSON API (/api/v1) and the dashboard (/)."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import State
from starlette.middleware.trustedhost import TrustedHostMiddleware

from accord.settings import Settings
from accord.version import __version__

log = logging.getLogger(__name__)

# how `accord serve --workers N` hands its settings to the worker processes it starts
TOKEN_ENV = "ACCORD_TOKEN"
HOSTS_ENV = "ACCORD_ALLOWED_HOSTS"
# the names this machine answers to; IPv6 addresses as the Host header writes them
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")
ALL_INTERFACES = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts(bind: str, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """Return the Host header values a server listening on `bind` answers: local names, `bind`, `extra`.

    Any other Host is refused (400): a page on another site that rebinds its DNS name to
    127.0.0.1 would otherwise read the store through the visitor's browser. A server on
    every interface answers only the names it is given, as `--allowed-host`.
    """
    named = [] if bind in ALL_INTERFACES else [bind]
    hosts = [f"[{h}]" if ":" in h and not h.startswith("[") else h for h in [*named, *extra]]
    return tuple(dict.fromkeys(h.strip().lower() for h in [*LOCAL_HOSTS, *hosts] if h.strip()))


def create_app(settings: Settings, token: str | None = None, cache_recheck: float = 1.0,
               warm: bool = False, hosts: Sequence[str] = LOCAL_HOSTS) -> FastAPI:
    """Return the app for the store `settings` names; writes need `token` (None: read-only).

    Requests whose Host header is not one of `hosts` are refused with 400 (see `allowed_hosts`).

    Answers to GETs are kept until the store changes (see `accord.response_cache`); a change
    made by another process is noticed within `cache_recheck` seconds. With `warm`, the
    register is read into memory in the background as the server starts, so the first
    visitor does not wait for it (`accord serve` does this).
    """
    from accord.api import router as api_router
    from accord.api.deps import store_of
    from accord.api.errors import method_not_allowed
    from accord.read import StoreCache, register_version
    from accord.response_cache import ResponseCache
    from accord.web import router as web_router
    from accord.web.desk import COOKIE, DeskSessions
    from accord.web.docs import router as docs_router
    from accord.web.headers import SecurityHeaders

    if warm:  # a server process: keep what it loads out of full garbage collections
        StoreCache.freeze = True

    # /docs is ours (accord.web.docs): FastAPI's own would load Swagger UI from a CDN
    app = FastAPI(title="accord", version=__version__, openapi_url="/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="A source-grounded register of bilateral diplomacy.")
    app.state.settings = settings
    app.state.token = token
    app.add_exception_handler(405, method_not_allowed)
    app.include_router(api_router, prefix="/api/v1")
    if warm:
        app.include_router(APIRouter(lifespan=_warming))
    app.include_router(web_router)
    app.include_router(docs_router)
    app.mount("/static", StaticFiles(packages=[("accord.web", "static")]), name="static")
    if token:  # the desk signs in to curate from the dashboard (a read-only server keeps no sessions)
        app.add_middleware(DeskSessions, token=token)
    app.add_middleware(ResponseCache, version_of=lambda state: register_version(store_of(state)),
                       recheck=cache_recheck, owner=app.state, private_cookie=COOKIE)
    # added last, so it runs first: a forged Host never reaches the cache or a page
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.add_middleware(SecurityHeaders)  # outermost: cached answers and refused hosts get the headers too
    return app


def warm_caches(state: State) -> None:
    """Read what the pages and lists share: the register, the fact index, what commitments are judged on."""
    from accord.api.deps import store_of
    from accord.read import current_register, tracking_register
    from accord.web.context import current_fact_index

    store = store_of(state)
    current_register(store, with_facts=False)
    current_fact_index(store)
    tracking_register(store)  # with the facts only for records saved before they kept their actions


@asynccontextmanager
async def _warming(app: FastAPI) -> AsyncIterator[None]:
    def work() -> None:
        try:
            warm_caches(app.state)
        except Exception:  # a store closed under it at shutdown: the next request reads it instead
            log.debug("warming the caches stopped", exc_info=True)

    app.state.warming = threading.Thread(target=work, name="accord-warm", daemon=True)
    app.state.warming.start()
    yield


def server_environment(settings: Settings, token: str | None,
                       hosts: Sequence[str] = LOCAL_HOSTS) -> dict[str, str]:
    """Return the environment worker processes need to build the same app (see `app_from_env`)."""
    env = {"ACCORD_DB": settings.db_url, "ACCORD_MODEL": settings.model,
           "ACCORD_EXTRACTOR": settings.extractor, "ACCORD_MAX_BYTES": str(settings.max_bytes),
           "ACCORD_SIMILARITY": settings.similarity, "ACCORD_DORMANT_AFTER": str(settings.dormant_after),
           HOSTS_ENV: ",".join(hosts)}
    if settings.owners is not None:
        env["ACCORD_OWNERS"] = str(settings.owners)
    if token:
        env[TOKEN_ENV] = token
    return env


def app_from_env() -> FastAPI:
    """Return the app the ACCORD_* environment describes (the factory each worker process calls)."""
    hosts = [h for h in os.environ.get(HOSTS_ENV, "").split(",") if h] or LOCAL_HOSTS
    return create_app(Settings.from_env(), os.environ.get(TOKEN_ENV) or None, warm=True, hosts=hosts)
