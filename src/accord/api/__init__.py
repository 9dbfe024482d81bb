"""The JSON API under /api/v1 (read-only unless the server has a write token).

`read` holds the lists, records and exports, `write` the ingest and curation routes;
both answer errors in one JSON shape (`errors`) and share the app's store (`deps`).
"""

from __future__ import annotations

from fastapi import APIRouter

from accord.api import read, write
from accord.api.deps import lifespan

router = APIRouter(lifespan=lifespan)
router.include_router(read.router)
router.include_router(write.router)

__all__ = ["router"]
