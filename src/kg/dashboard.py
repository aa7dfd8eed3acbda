"""``/dashboard``: headline numbers, the funding network, a timeline, the places involved and the
funding ties, drawn in the browser from the curated-query API alone (``/api/queries/…``), with
Apache ECharts served from ``web/node_modules`` (installed by the Makefile; no CDN at run time)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg import linked_data, pages
from kg.web import templates

router = APIRouter()


@router.get("/dashboard", summary="The dashboard (HTML), built on /api/queries", tags=["Dashboard"],
            response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    lang = linked_data.language(request)
    lang = lang if lang in ("ar", "en") else "en"  # the dashboard speaks Arabic and English
    has_charts = Path(request.app.state.config.web_dir, "echarts", "dist", "echarts.min.js").is_file()
    return HTMLResponse(templates.get_template("dashboard.html").render(
        request=request, lang=lang, dir="rtl" if lang == "ar" else "ltr", has_charts=has_charts,
        ui=pages.UI[lang] if hasattr(pages, "UI") else {}), headers={"Vary": "Accept-Language"})
