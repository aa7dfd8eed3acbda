"""What the HTML pages share: the Jinja2 environment and the static files (ours and the
front-end libraries installed from the npm registry by ``make web``)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from kg import __version__
from kg.config import Config

STATIC_DIR = Path(__file__).parent / "static"

templates = Environment(loader=PackageLoader("kg.http", "templates"), autoescape=select_autoescape(["html"]))
templates.globals["version"] = __version__


def mount(app: FastAPI, config: Config) -> None:
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    vendor = Path(config.web_dir)
    if vendor.is_dir():
        app.mount("/vendor", StaticFiles(directory=vendor), name="vendor")
