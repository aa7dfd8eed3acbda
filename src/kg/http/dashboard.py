"""``/dashboard``: headline numbers, the funding network, a timeline, the places involved, the
funding ties and the agreements, drawn in the browser from the curated-query API alone
(``/api/queries/…``) with Apache ECharts, which the Makefile installs from the npm registry and we
serve (no CDN at run time). The filters live in the page's URL, so a view can be shared; every panel
follows them or says in a note that it does not (the headline numbers are the whole graph's). The
page speaks Arabic, English and French."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from kg.http import pages, templating
from kg.http.templating import templates

LANGUAGES = ("ar", "en", "fr")
FILTERS = ("funder", "place", "theme", "since", "until")  # parameters of the curated queries

UI = {
    "en": {
        "numbers_note": "Totals for the whole graph: the filters do not change these numbers.",
        "places_place_note": "The country filter does not narrow this chart (it compares places): the chosen country is "
        "highlighted.", "ties_note": "Every tie with its funded items; the evidence is on the tie's own page.",
        "count_ties": "{n} funding ties shown.", "count_ties_one": "{n} funding tie shown.",
        "count_agreements": "{n} agreements shown.", "count_agreements_one": "{n} agreement shown.", "csv": "CSV",
        "evidence": "Evidence", "quotes_link": "quotes", "agreements_title": "Agreements",
        "agreements_note": "With their parties and dates. The funder filter keeps the agreements it is party to.",
        "agreement_col": "Agreement", "date": "Date", "parties": "Parties", "undated": "undated",
        "none_named": "none named",
        "title": "Who does what in migration governance", "lead": "Funding, implementation, agreements and "
        "meetings stated in the Arabic sources — every number below comes from the curated-query API.",
        "funder": "Funder", "place": "Country", "theme": "Theme", "since": "From", "until": "To", "any": "All",
        "reset": "Reset", "network": "Funding network", "network_note": "Funders → funded programmes → "
        "implementers and partners. Drag to rearrange, scroll to zoom.", "timeline": "Timeline",
        "timeline_note": "Agreements, programmes, events and founding dates. A funder keeps itself, what it funds "
        "and what it takes part in.", "places": "Countries and regions involved",
        "places_note": "Programmes, events and agreements per place; the funder, theme and period filters "
        "apply to each.", "ties": "Funding ties", "amount": "Amount",
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
        "numbers_note": "Totaux de tout le graphe : les filtres ne changent pas ces chiffres.",
        "places_place_note": "Le filtre de pays ne restreint pas ce graphique (il compare les lieux) : le pays choisi "
        "est mis en évidence.", "ties_note": "Chaque financement avec ce qu'il finance ; les preuves sont sur sa propre page.",
        "count_ties": "{n} financements affichés.", "count_ties_one": "{n} financement affiché.",
        "count_agreements": "{n} accords affichés.", "count_agreements_one": "{n} accord affiché.", "csv": "CSV",
        "evidence": "Preuves", "quotes_link": "citations", "agreements_title": "Accords",
        "agreements_note": "Avec leurs parties et leurs dates. Le filtre de bailleur garde les accords dont il est partie.",
        "agreement_col": "Accord", "date": "Date", "parties": "Parties", "undated": "sans date",
        "none_named": "aucune nommée",
        "title": "Qui fait quoi dans la gouvernance des migrations", "lead": "Financements, mise en œuvre, accords "
        "et réunions tels que les sources arabes les rapportent — chaque chiffre ci-dessous vient de l'API des "
        "requêtes préparées.",
        "funder": "Bailleur", "place": "Pays", "theme": "Thème", "since": "De", "until": "À", "any": "Tous",
        "reset": "Réinitialiser", "network": "Réseau des financements", "network_note": "Bailleurs → programmes "
        "financés → opérateurs et partenaires. Faites glisser pour réorganiser, défilez pour zoomer.",
        "timeline": "Chronologie", "timeline_note": "Accords, programmes, événements et dates de fondation. Un bailleur garde lui-même, ce qu'il "
        "finance et ce à quoi il participe.",
        "places": "Pays et régions concernés", "places_note": "Programmes, événements et accords par lieu ; les filtres de bailleur, de thème et de "
        "période s'appliquent à chacun.",
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
        "numbers_note": "مجاميع المخطط كله: المرشحات لا تغير هذه الأرقام.",
        "places_place_note": "مرشح البلد لا يضيق هذا الرسم (فهو يقارن الأماكن): البلد المختار مميز.",
        "ties_note": "كل رابط تمويل مع ما يموله؛ الأدلة في صفحة الرابط نفسه.",
        "count_ties": "المعروض: {n} من روابط التمويل.", "count_ties_one": "المعروض: رابط تمويل واحد.",
        "count_agreements": "المعروض: {n} من الاتفاقيات.", "count_agreements_one": "المعروض: اتفاقية واحدة.", "csv": "CSV",
        "evidence": "الأدلة", "quotes_link": "الاقتباسات", "agreements_title": "الاتفاقيات",
        "agreements_note": "مع أطرافها وتواريخها. مرشح الممول يبقي الاتفاقيات التي هو طرف فيها.",
        "agreement_col": "الاتفاقية", "date": "التاريخ", "parties": "الأطراف", "undated": "غير مؤرخة",
        "none_named": "لم تذكر",
        "title": "من يفعل ماذا في حوكمة الهجرة", "lead": "التمويل والتنفيذ والاتفاقيات والاجتماعات كما وردت في "
        "المصادر العربية — كل رقم أدناه مصدره واجهة الاستعلامات المنسقة.",
        "funder": "الممول", "place": "البلد", "theme": "الموضوع", "since": "من سنة", "until": "إلى سنة", "any": "الكل",
        "reset": "إعادة الضبط", "network": "شبكة التمويل", "network_note": "الممولون ← البرامج الممولة ← الجهات "
        "المنفذة والشركاء. اسحب لإعادة الترتيب، ومرر للتكبير.", "timeline": "الخط الزمني",
        "timeline_note": "الاتفاقيات والبرامج والفعاليات وتواريخ التأسيس. مرشح الممول يبقي الممول نفسه وما يموله "
        "وما يشارك فيه.", "places": "البلدان والجهات المعنية",
        "places_note": "البرامج والفعاليات والاتفاقيات لكل مكان؛ مرشحات الممول والموضوع والفترة تنطبق على كل منها.", "ties": "روابط التمويل", "amount": "المبلغ",
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
