"""The dashboard: server-rendered pages (Jinja2) over the same query functions as the API."""

from __future__ import annotations

from fastapi import APIRouter

from accord.web.curate import router as curate_router
from accord.web.entries import router as entries_router
from accord.web.pages import router as pages_router

router = APIRouter(include_in_schema=False)
router.include_router(pages_router)
router.include_router(curate_router)
router.include_router(entries_router)

__all__ = ["router"]
