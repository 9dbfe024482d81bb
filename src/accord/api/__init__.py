"""The JSON API under /api/v1 (read-only unless the server has a write token)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
