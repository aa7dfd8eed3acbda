"""What the HTML pages share: the Jinja2 environment, our static files, and the front-end
libraries installed from the npm registry by ``make web`` — of which only the files the pages use
are served (``VENDOR``), never the rest of ``node_modules``."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from kg import __version__
from kg.config import Config
from kg.errors import NotFound

STATIC_DIR = Path(__file__).parent / "static"
# The front-end files the pages load, relative to KG_WEB_DIR: the editor, the dashboard, /docs.
VENDOR = frozenset({
    "@zazuko/yasgui/build/yasgui.min.js",
    "@zazuko/yasgui/build/yasgui.min.css",
    "echarts/dist/echarts.min.js",
    "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui-dist/swagger-ui.css",
})

templates = Environment(loader=PackageLoader("kg.http", "templates"), autoescape=select_autoescape(["html"]))
templates.globals["version"] = __version__

router = APIRouter()


@router.get("/vendor/{path:path}", include_in_schema=False)
def vendor(request: Request, path: str) -> FileResponse:
    config: Config = request.app.state.config
    file = Path(config.web_dir, path)
    if path not in VENDOR or not file.is_file():
        raise NotFound(f"nothing is known about /vendor/{path}")
    return FileResponse(file, headers={"Cache-Control": "public, max-age=86400"})


def has_vendor(config: Config, path: str) -> bool:
    """Whether a front-end file is installed (pages fall back to plain HTML without it)."""
    return path in VENDOR and Path(config.web_dir, path).is_file()


def mount(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(router)
