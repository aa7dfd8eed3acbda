"""``/dashboard``: headline numbers, the funding network, a timeline, the places involved and the
funding ties, drawn in the browser from the curated-query API alone (``/api/queries/…``) with
Apache ECharts, which the Makefile installs from the npm registry and we serve (no CDN at run
time). The filters live in the page's URL, so a view can be shared; the page speaks Arabic and
English."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg.http import pages, templating
from kg.http.templating import templates

LANGUAGES = ("ar", "en", "fr")
FILTERS = ("funder", "place", "theme", "since", "until")  # parameters of the curated queries

UI = {
    "en": {
        "title": "Who does what in migration governance", "lead": "Funding, implementation, agreements and "
        "meetings stated in the Arabic sources — every number below comes from the curated-query API.",
        "funder": "Funder", "place": "Country", "theme": "Theme", "since": "From", "until": "To", "any": "All",
        "reset": "Reset", "network": "Funding network", "network_note": "Funders → funded programmes → "
        "implementers and partners. Drag to rearrange, scroll to zoom.", "timeline": "Timeline",
        "timeline_note": "Agreements, programmes, events and founding dates.", "places": "Countries and regions involved",
        "places_note": "Programmes, events and agreements per place.", "ties": "Funding ties", "amount": "Amount",
        "item": "Funded", "not_stated": "not stated", "nothing": "Nothing matches these filters.",
        "period_note": "Undated programmes are left out when a period is set.", "loading": "Loading…",
        "failed": "The data could not be loaded", "role_funder": "Funder", "role_item": "Funded item",
        "role_implementer": "Implementer", "role_partner": "Partner", "funds": "funds", "implements": "implements",
        "partner": "partner", "programmes": "Programmes", "events": "Events", "agreements": "Agreements",
        "organizations": "Organizations", "countries": "Countries", "funding": "Funding ties", "people": "People",
        "sources": "Sources", "quotes": "Quotes", "agreement": "Agreements", "programme": "Programmes",
        "event": "Events", "policy": "Policies", "organization": "Organizations founded", "membership": "Memberships",
        "data": "Data", "api": "API", "sparql": "SPARQL",
    },
    "fr": {
        "title": "Qui fait quoi dans la gouvernance des migrations", "lead": "Financements, mise en œuvre, accords "
        "et réunions tels que les sources arabes les rapportent — chaque chiffre ci-dessous vient de l'API des "
        "requêtes préparées.",
        "funder": "Bailleur", "place": "Pays", "theme": "Thème", "since": "De", "until": "À", "any": "Tous",
        "reset": "Réinitialiser", "network": "Réseau des financements", "network_note": "Bailleurs → programmes "
        "financés → opérateurs et partenaires. Faites glisser pour réorganiser, défilez pour zoomer.",
        "timeline": "Chronologie", "timeline_note": "Accords, programmes, événements et dates de fondation.",
        "places": "Pays et régions concernés", "places_note": "Programmes, événements et accords par lieu.",
        "ties": "Financements", "amount": "Montant", "item": "Financé", "not_stated": "non précisé",
        "nothing": "Rien ne correspond à ces filtres.",
        "period_note": "Les programmes sans date sont écartés quand une période est choisie.", "loading": "Chargement…",
        "failed": "Les données n'ont pas pu être chargées", "role_funder": "Bailleur", "role_item": "Élément financé",
        "role_implementer": "Opérateur", "role_partner": "Partenaire", "funds": "finance", "implements": "met en œuvre",
        "partner": "partenaire", "programmes": "Programmes", "events": "Événements", "agreements": "Accords",
        "organizations": "Organisations", "countries": "Pays", "funding": "Financements", "people": "Personnes",
        "sources": "Sources", "quotes": "Citations", "agreement": "Accords", "programme": "Programmes",
        "event": "Événements", "policy": "Politiques", "organization": "Organisations fondées",
        "membership": "Adhésions", "data": "Données", "api": "API", "sparql": "SPARQL",
    },
    "ar": {
        "title": "من يفعل ماذا في حوكمة الهجرة", "lead": "التمويل والتنفيذ والاتفاقيات والاجتماعات كما وردت في "
        "المصادر العربية — كل رقم أدناه مصدره واجهة الاستعلامات المنسقة.",
        "funder": "الممول", "place": "البلد", "theme": "الموضوع", "since": "من سنة", "until": "إلى سنة", "any": "الكل",
        "reset": "إعادة الضبط", "network": "شبكة التمويل", "network_note": "الممولون ← البرامج الممولة ← الجهات "
        "المنفذة والشركاء. اسحب لإعادة الترتيب، ومرر للتكبير.", "timeline": "الخط الزمني",
        "timeline_note": "الاتفاقيات والبرامج والفعاليات وتواريخ التأسيس.", "places": "البلدان والجهات المعنية",
        "places_note": "البرامج والفعاليات والاتفاقيات لكل مكان.", "ties": "روابط التمويل", "amount": "المبلغ",
        "item": "الجهة الممولة", "not_stated": "غير مذكور", "nothing": "لا شيء يطابق هذه المرشحات.",
        "period_note": "تستبعد البرامج غير المؤرخة عند تحديد فترة.", "loading": "جار التحميل…",
        "failed": "تعذر تحميل البيانات", "role_funder": "ممول", "role_item": "برنامج ممول",
        "role_implementer": "جهة منفذة", "role_partner": "شريك", "funds": "يمول", "implements": "ينفذ",
        "partner": "شريك", "programmes": "البرامج", "events": "الفعاليات", "agreements": "الاتفاقيات",
        "organizations": "المنظمات", "countries": "البلدان", "funding": "روابط التمويل", "people": "الأشخاص",
        "sources": "المصادر", "quotes": "الاقتباسات", "agreement": "الاتفاقيات", "programme": "البرامج",
        "event": "الفعاليات", "policy": "السياسات", "organization": "تأسيس المنظمات", "membership": "العضويات",
        "data": "البيانات", "api": "الواجهة البرمجية", "sparql": "SPARQL",
    },
}

router = APIRouter()


@router.get("/dashboard", summary="The dashboard (HTML), drawn from the curated-query API", tags=["Dashboard"],
            response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    lang = pages.language(request)
    lang = lang if lang in LANGUAGES else "en"
    config = request.app.state.config
    page = pages.Page(request, lang, config.base_iri)
    settings = {"lang": lang, "base": config.base_iri, "t": UI[lang], "filters": FILTERS}
    html = templates.get_template("dashboard.html").render(
        page=page, t=pages.UI[lang], d=UI[lang], lang=lang, languages=LANGUAGES,
        has_charts=templating.has_vendor(config, "echarts/dist/echarts.min.js"),
        settings=settings)
    return HTMLResponse(html, headers={"Vary": "Accept-Language"})
