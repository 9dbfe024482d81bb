"""The dashboard: server-rendered pages (Jinja2) over the same query functions as the API."""

from __future__ import annotations

from accord.web.pages import router

__all__ = ["router"]
