"""The web server: one FastAPI app serving the JSON API (/api/v1) and the dashboard (/)."""

from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from accord import __version__
from accord.settings import Settings

# how `accord serve --workers N` hands its settings to the worker processes it starts
TOKEN_ENV = "ACCORD_TOKEN"


def create_app(settings: Settings, token: str | None = None, cache_recheck: float = 1.0) -> FastAPI:
    """Return the app for the store `settings` names; writes need `token` (None: read-only).

    Answers to GETs are kept until the store changes (see `accord.response_cache`); a change
    made by another process is noticed within `cache_recheck` seconds.
    """
    from accord.api import router as api_router
    from accord.api.deps import store_of
    from accord.queries import register_version
    from accord.response_cache import ResponseCache
    from accord.web import router as web_router

    app = FastAPI(title="accord", version=__version__, openapi_url="/openapi.json",
                  description="A source-grounded register of bilateral diplomacy.")
    app.state.settings = settings
    app.state.token = token
    app.include_router(api_router, prefix="/api/v1")
    app.include_router(web_router)
    app.mount("/static", StaticFiles(packages=[("accord.web", "static")]), name="static")
    app.add_middleware(ResponseCache, version_of=lambda state: register_version(store_of(state)),
                       recheck=cache_recheck, owner=app.state)
    return app


def server_environment(settings: Settings, token: str | None) -> dict[str, str]:
    """Return the environment worker processes need to build the same app (see `app_from_env`)."""
    env = {"ACCORD_DB": settings.db_url, "ACCORD_MODEL": settings.model,
           "ACCORD_EXTRACTOR": settings.extractor, "ACCORD_MAX_BYTES": str(settings.max_bytes)}
    if token:
        env[TOKEN_ENV] = token
    return env


def app_from_env() -> FastAPI:
    """Return the app the ACCORD_* environment describes (the factory each worker process calls)."""
    return create_app(Settings.from_env(), os.environ.get(TOKEN_ENV) or None)
