"""The API docs at /docs: Swagger UI (5.x, which reads OpenAPI 3.1) served from the files the
installed `fastapi-offline` package ships.

Nothing is loaded from a CDN, so the page works offline and runs no third-party script
beside the write token; its CSP allows only our own scripts and styles.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse

from accord.web.headers import DOCS_CSP

router = APIRouter(include_in_schema=False)

# only its files are used: its own page builder writes inline scripts, which our CSP forbids
ASSETS = Path(fastapi_offline.__file__).parent / "static"
# the only files the page needs; nothing else of the package is served
SERVED = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript",
          "favicon.png": "image/png"}
PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>accord API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon.png">
</head>
<body>
<div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


@router.get("/docs")
def docs_page() -> HTMLResponse:
    """Return the Swagger UI page over /openapi.json."""
    return HTMLResponse(PAGE, headers={"Content-Security-Policy": DOCS_CSP})


@router.get("/docs/assets/{name}")
def docs_asset(name: str) -> FileResponse:
    """Return one of Swagger UI's files from the installed package."""
    if name not in SERVED:
        raise HTTPException(404, "no such file")
    return FileResponse(ASSETS / name, media_type=SERVED[name])
