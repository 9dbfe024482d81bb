"""The JSON API under /api/v1 (read-only unless the server has a write token).

`read` holds the lists, records and exports, `write` the ingest and curation routes, `desk`
the deadlines calendar, the changes feed and the progress report;
both answer errors in one JSON shape (`errors`) and share the app's store (`deps`).
"""

from __future__ import annotations

from fastapi import APIRouter

from accord.api import desk, read, write
from accord.api.deps import lifespan

router = APIRouter(lifespan=lifespan)
router.include_router(read.router)
router.include_router(write.router)
router.include_router(desk.router)

__all__ = ["router"]
