"""The HTML pages of linked data: an entity, a source document, the index, search, dumps, 404.

Server-rendered (Jinja2) from what ``kg.http.resources`` got from the engine; no JavaScript needed.
Labels come in the page's language (``ar``, ``en``, ``fr``), falling back to English, Arabic,
French. Arabic text is marked ``lang="ar" dir="rtl"`` wherever it appears.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlencode

import pyoxigraph as ox
from babel import Locale
from babel.numbers import format_decimal
from fastapi import Request

from kg import store
from kg.http import querytext
from kg.http.templating import templates
from kg.namespaces import MG, PREFIXES, TERMS_ROOT, compact

Term = ox.NamedNode | ox.BlankNode | ox.Literal  # what a page shows; RDF-star triple terms it does not

LANGUAGES = ("ar", "en", "fr")
FALLBACK = ("en", "ar", "fr")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = PREFIXES["skos"]
OA = PREFIXES["oa"]
NAMING = (SKOS + "prefLabel", PREFIXES["dcterms"] + "title", PREFIXES["rdfs"] + "label")
ALSO_KNOWN = (SKOS + "altLabel", str(MG.acronym))
# Shown in the page's header, or not at all (machinery of evidence and search).
HIDDEN = {RDF_TYPE, *NAMING, *ALSO_KNOWN, SKOS + "hiddenLabel", str(MG.searchKey), str(MG.evidence),
          str(MG.text), str(MG.attestsProperty), OA + "hasBody", OA + "hasTarget", OA + "hasSource"}
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SUMMARY_DATES = {str(MG[n]) for n in ("dateFounded", "dateLaunched", "startDate", "endDate", "dateSigned",
                                         "dateAdopted", "dateInForce")}
SUMMARY_PLACES = {str(MG[n]) for n in ("country", "targetPlace", "place")}
FACT_MACHINERY = frozenset({str(MG.confidence), PREFIXES["prov"] + "wasDerivedFrom"})  # not shown on a fact
FACT_TYPES = {str(MG.Funding), str(MG.Participation), str(MG.PostHolding), PREFIXES["org"] + "Membership"}

# Properties by the group a reader looks for them in; anything else is under "about".
GROUPS = {
    "funding": "funds fundedBy funder fundedItem recipient amount budget benefitsFrom hasBeneficiary "
               "beneficiaryCount eligibleFor hasEligible minimumContribution",
    "implementation": "implements implementedBy accountableFor hasAccountable manages managedBy supports supportedBy "
                      "supervises supervisedBy secretariatOf hasSecretariat",
    "partnerships": "partnerIn hasPartner involvedIn involves initiates initiatedBy proposes proposedBy launches "
                    "launchedBy launchedAt championOf hasChampion cooperatesWith relatedOrganizationOf "
                    "hasRelatedOrganization",
    "agreements": "partyTo hasParty signatoryOf hasSignatory dateSigned dateAdopted dateInForce withinFramework "
                  "adoptedBy adopted adoptedAt",
    "events": "organizes organizedBy hosts hostedBy chairs chairedBy coChairs coChairedBy participatesIn "
              "hasParticipant participatingCountry editionOf editionNumber participantCount place meetingsPerYear "
              "meetingQuarter heldBeforeMeetingOf",
    "people": "holdsPostIn postTitle attestedOn",
}
GROUP_OF = {str(MG[name]): group for group, names in GROUPS.items() for name in names.split()}
GROUP_OF.update({PREFIXES["org"] + n: "people" for n in ("member", "hasMember", "memberOf", "organization", "role")})
GROUP_ORDER = ("funding", "implementation", "partnerships", "agreements", "events", "people", "about")

UI = {
    "en": {"funded_by": "funded by", "where": "where", "characters": "characters", "nav_dashboard": "Dashboard", "nav_ontology": "Ontology", "nav_queries": "Queries", "did_you_mean": "Did you mean", "all_types": "All types", "by_type": "By type", "matched": "matched", "run": "Run", "rows": "rows", "next": "next", "funding": "Funding", "implementation": "Implementation", "partnerships": "Partnerships",
           "agreements": "Agreements", "events": "Events", "people": "People and posts", "about": "About",
           "facts": "Facts", "incoming": "Referred to by", "also": "Also known as", "source": "Source",
           "quote": "Quote", "search": "Search", "search_hint": "A name in Arabic, English or French",
           "types": "Types", "entities": "entities", "results": "results for", "no_results": "Nothing matches",
           "not_found": "Not found", "not_found_text": "Nothing is known about this address. Try a search, or browse the types.",
           "as": "This page as", "query": "Query it in SPARQL", "text": "Full text", "quotes": "Quotes",
           "dumps": "Downloads", "file": "File", "size": "Size", "statements": "Statements", "version": "Store version",
           "browse": "Browse", "home_lead": "Who funds, implements and partners in which migration programmes, "
           "which agreements bind whom, which meetings happened where — every fact with the sentence it came from.",
           "contents": "Contents of this graph", "triples": "triples", "value": "Value", "property": "Property"},
    "fr": {"funded_by": "financé par", "where": "où", "characters": "caractères", "nav_dashboard": "Tableau de bord", "nav_ontology": "Ontologie", "nav_queries": "Requêtes", "did_you_mean": "Vouliez-vous dire", "all_types": "Tous les types", "by_type": "Par type", "matched": "nom trouvé", "run": "Exécuter", "rows": "lignes", "next": "suivant", "funding": "Financement", "implementation": "Mise en œuvre", "partnerships": "Partenariats",
           "agreements": "Accords", "events": "Événements", "people": "Personnes et fonctions", "about": "Description",
           "facts": "Faits", "incoming": "Cité par", "also": "Autres noms", "source": "Source",
           "quote": "Citation", "search": "Rechercher", "search_hint": "Un nom en arabe, en anglais ou en français",
           "types": "Types", "entities": "entités", "results": "résultats pour", "no_results": "Aucun résultat",
           "not_found": "Introuvable", "not_found_text": "Rien n'est connu à cette adresse. Essayez une recherche ou parcourez les types.",
           "as": "Cette page en", "query": "L'interroger en SPARQL", "text": "Texte intégral", "quotes": "Citations",
           "dumps": "Téléchargements", "file": "Fichier", "size": "Taille", "statements": "Énoncés",
           "version": "Version du graphe", "browse": "Parcourir", "home_lead": "Qui finance, met en œuvre et "
           "s'associe à quels programmes migratoires, quels accords lient qui, quelles réunions ont eu lieu où — "
           "chaque fait avec la phrase dont il provient.", "contents": "Contenu de ce graphe", "triples": "triplets",
           "value": "Valeur", "property": "Propriété"},
    "ar": {"funded_by": "بتمويل من", "where": "المكان", "characters": "المحارف", "nav_dashboard": "لوحة المتابعة", "nav_ontology": "الأنطولوجيا", "nav_queries": "الاستعلامات", "did_you_mean": "هل تقصد", "all_types": "كل الأنواع", "by_type": "حسب النوع", "matched": "الاسم المطابق", "run": "تشغيل", "rows": "صفوف", "next": "التالي", "funding": "التمويل", "implementation": "التنفيذ", "partnerships": "الشراكات", "agreements": "الاتفاقيات",
           "events": "الفعاليات", "people": "الأشخاص والمناصب", "about": "نبذة", "facts": "الوقائع",
           "incoming": "مذكور في", "also": "يعرف أيضا باسم", "source": "المصدر", "quote": "الاقتباس",
           "search": "بحث", "search_hint": "اسم بالعربية أو الإنجليزية أو الفرنسية", "types": "الأنواع",
           "entities": "كيانات", "results": "نتائج البحث عن", "no_results": "لا توجد نتائج",
           "not_found": "غير موجود", "not_found_text": "لا توجد معلومات عن هذا العنوان. جرّب البحث أو تصفح الأنواع.",
           "as": "هذه الصفحة بصيغة", "query": "استعلم عنه بلغة SPARQL", "text": "النص الكامل", "quotes": "الاقتباسات",
           "dumps": "التنزيلات", "file": "الملف", "size": "الحجم", "statements": "العبارات", "version": "إصدار المخزن",
           "browse": "تصفح", "home_lead": "من يموّل وينفّذ ويشارك في أي برامج للهجرة، وأي اتفاقيات تلزم من، وأي "
           "اجتماعات عقدت وأين — كل واقعة مع الجملة التي جاءت منها.", "contents": "محتوى هذا المخطط",
           "triples": "ثلاثية", "value": "القيمة", "property": "الخاصية"},
}


# Error page titles by status; the message itself is the error's own sentence.
STATUS = {
    "en": {400: "Bad request", 403: "Not allowed", 404: "Not found", 405: "Method not allowed",
           406: "Format not available", 413: "Too large", 415: "Unsupported body", 422: "Invalid parameters",
           500: "Server error", 501: "Not supported", 502: "Upstream error", 503: "Unavailable"},
    "fr": {400: "Requête incorrecte", 403: "Non autorisé", 404: "Introuvable", 405: "Méthode non autorisée",
           406: "Format non disponible", 413: "Trop volumineux", 415: "Corps non pris en charge",
           422: "Paramètres invalides", 500: "Erreur du serveur", 501: "Non pris en charge",
           502: "Erreur en amont", 503: "Indisponible"},
    "ar": {400: "طلب غير صالح", 403: "غير مسموح", 404: "غير موجود", 405: "طريقة غير مسموح بها",
           406: "الصيغة غير متاحة", 413: "حجم كبير جدا", 415: "نوع المحتوى غير مدعوم", 422: "معاملات غير صالحة",
           500: "خطأ في الخادم", 501: "غير مدعوم", 502: "خطأ في الخدمة البعيدة", 503: "الخدمة غير متاحة"},
}
ERROR_UI = {"en": {"error": "Error", "request_id": "Request id", "details": "Details"},
            "fr": {"error": "Erreur", "request_id": "Identifiant de la requête", "details": "Détails"},
            "ar": {"error": "خطأ", "request_id": "معرّف الطلب", "details": "التفاصيل"}}


# Nouns by CLDR plural category (Babel knows which category a number takes in each language:
# Arabic has six — 1 كيان، 2 كيانان، 3–10 كيانات، 11–99 كيانًا، 100 كيان).
PLURALS = {
    "entities": {"en": {"one": "entity", "other": "entities"},
                 "fr": {"one": "entité", "other": "entités"},
                 "ar": {"zero": "كيان", "one": "كيان", "two": "كيانان", "few": "كيانات", "many": "كيانًا", "other": "كيان"}},
    "facts": {"en": {"one": "fact", "other": "facts"},
              "fr": {"one": "fait", "other": "faits"},
              "ar": {"zero": "واقعة", "one": "واقعة", "two": "واقعتان", "few": "وقائع", "many": "واقعة", "other": "واقعة"}},
    "documents": {"en": {"one": "source document", "other": "source documents"},
                  "fr": {"one": "document source", "other": "documents sources"},
                  "ar": {"zero": "وثيقة", "one": "وثيقة", "two": "وثيقتان", "few": "وثائق", "many": "وثيقة",
                         "other": "وثيقة"}},
    "rows": {"en": {"one": "row", "other": "rows"},
             "fr": {"one": "ligne", "other": "lignes"},
             "ar": {"zero": "صف", "one": "صف", "two": "صفان", "few": "صفوف", "many": "صفًا", "other": "صف"}},
}


def number(value: object, lang: str) -> str:
    """A number as the page's language writes it (CLDR, through Babel); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return format_decimal(value, locale=lang)


# XSD number types a reader sees as numbers in the page's format (years and dates stay as written).
NUMBERS = {XSD + n for n in ("integer", "decimal", "double", "float", "nonNegativeInteger", "positiveInteger",
                             "negativeInteger", "nonPositiveInteger", "long", "int", "short", "byte",
                             "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


def plain(value: str, datatype: str | None, lang: str) -> tuple[str, str | None]:
    """A literal as a person reads it: the text, and a note naming its datatype only when it is
    not XSD's (a year, a date, an amount are what they say; the datatype is for machines)."""
    if datatype in NUMBERS:
        try:
            return format_decimal(Decimal(value), locale=lang, decimal_quantization=False), None
        except (InvalidOperation, ValueError):
            return value, None
    if not datatype or datatype.startswith(XSD) or datatype == RDF_LANGSTRING:
        return value, None
    return value, compact(datatype)


STRONG = re.compile(r"[A-Za-z\u00C0-\u024F]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


def direction(text: str) -> str:
    """``rtl`` if the first strong character of ``text`` is Arabic (or Hebrew), else ``ltr``."""
    found = STRONG.search(text or "")
    return "rtl" if found and found.group() >= "\u0590" else "ltr"


def counted(n: int, noun: str, lang: str) -> str:
    """«67 كيانًا», «1 entity», «2 entités»: the number and the noun in the form it governs."""
    forms = PLURALS[noun][lang]
    category = Locale.parse(lang).plural_form(n)
    return f"{number(n, lang)} {forms.get(category, forms['other'])}"


# The footer of every page: the licence, the store version, how to cite it.
FOOTER = {"en": {"licence": "Data", "version": "store version", "cite": "Cite as",
                 "tagline": "every fact carries the sentence it came from"},
          "fr": {"licence": "Données", "version": "version du graphe", "cite": "Citer ainsi",
                 "tagline": "chaque fait porte la phrase dont il provient"},
          "ar": {"licence": "البيانات", "version": "إصدار المخزن", "cite": "للاستشهاد",
                 "tagline": "كل واقعة تحمل الجملة التي جاءت منها"}}


def citation(request: Request | None, lang: str = "en") -> dict[str, str]:
    """What the footer says: the licence, and when a store of ours is served, its version and the
    citation of that version (``kg.store.citation``). A template global: every page has it,
    whether it was rendered with a ``Page`` or only the request."""
    found = {**FOOTER.get(lang, FOOTER["en"]), "licence_url": store.LICENCE, "licence_name": store.LICENCE_NAME}
    engine = request.app.state.backend.engine() if request is not None else None
    if request is not None and engine is not None and engine.versioned and engine.version:
        base = request.app.state.config.base_iri
        found.update(store_version=engine.version, iri=store.version_iri(base, engine.version),
                     citation=store.citation(base, engine.version))
    return found


templates.globals.update(counted=counted, citation=citation)
templates.filters.update(number=number, direction=direction)


def language(request: Request) -> str:
    """``?lang=ar|en|fr``, else the best of them for ``Accept-Language``, else English."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGES:
        return asked
    best, best_q = "en", 0.0
    for part in (request.headers.get("accept-language") or "").split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


def link(iri: str) -> str | None:
    """``iri`` as a link if it is http(s), else None: a page never links a scheme a click could run."""
    return iri if iri.lower().startswith(("http://", "https://")) else None


def pick(labels: dict[str, str], lang: str) -> str | None:
    """The label in ``lang``, else in the fallback languages, else any."""
    for tag in (lang, *FALLBACK):
        if tag in labels:
            return labels[tag]
    return next(iter(labels.values()), None)


def slug(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


class Terms:
    """Labels of the ontology's terms, inverse properties, superclasses (``queries/ld/terms.rq``)."""

    def __init__(self, rows: list[dict]) -> None:
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.inverse: dict[str, str] = {}
        self.supers: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            term = row["term"]["value"]
            if "label" in row:
                self.labels[term].setdefault(row["label"].get("xml:lang", "en"), row["label"]["value"])
            if "inverse" in row:
                self.inverse[term] = row["inverse"]["value"]
            if "super" in row:
                self.supers[term].add(row["super"]["value"])

    def label(self, iri: str, lang: str) -> str:
        return pick(self.labels.get(iri, {}), lang) or compact(iri)

    def most_specific(self, classes: set[str]) -> list[str]:
        broader = set().union(*(self.ancestors(c) for c in classes)) if classes else set()
        return sorted(c for c in classes if c not in broader)

    def ancestors(self, cls: str) -> set[str]:
        """Every broader class, or every broader property."""
        seen, todo = set(), [cls]
        while todo:
            for parent in self.supers.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen


class Index:
    """The triples of a description, by subject and by object (terms as plain strings)."""

    def __init__(self, triples: list[ox.Triple]) -> None:
        self.out: dict[str, list[tuple[str, Term]]] = defaultdict(list)
        self.into: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for t in triples:
            if isinstance(t.object, ox.Triple):
                continue
            self.out[_key(t.subject)].append((t.predicate.value, t.object))
            if isinstance(t.object, (ox.NamedNode, ox.BlankNode)):
                self.into[_key(t.object)].append((_key(t.subject), t.predicate.value))

    def values(self, subject: str, predicate: str) -> list[Term]:
        return [o for p, o in self.out.get(subject, ()) if p == predicate]

    def first(self, subject: str, predicate: str) -> str | None:
        values = self.values(subject, predicate)
        return values[0].value if values else None

    def labels(self, subject: str) -> dict[str, str]:
        for predicate in NAMING:
            found = {(o.language or "en"): o.value for o in self.values(subject, predicate)
                     if isinstance(o, ox.Literal)}
            if found:
                return found
        return {}


def _value_key(term: Term) -> str:
    return term.value if isinstance(term, ox.Literal) else _key(term)


def _key(term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else "_:" + term.value


def in_language(triples: list[ox.Triple], resource: ox.NamedNode, lang: str) -> list[ox.Triple]:
    """``triples`` with the labels of neighbours cut to ``lang``, where a neighbour has one."""
    has_lang = {t.subject for t in triples if t.predicate.value in NAMING and t.subject != resource
                and isinstance(t.object, ox.Literal) and t.object.language == lang}
    return [t for t in triples if not (t.subject in has_lang and t.predicate.value in NAMING
                                       and isinstance(t.object, ox.Literal) and t.object.language != lang)]


# --- page models ---------------------------------------------------------------------------------

@dataclass
class Page:
    """What every page template gets: the language, its strings, how to link."""

    request: Request
    lang: str
    base_iri: str = ""

    @property
    def t(self) -> dict[str, str]:
        return UI[self.lang]

    def href(self, iri: str) -> str | None:
        """A link that dereferences ``iri`` here, in the page's language; other http(s) IRIs as
        they are; anything else (``javascript:``, ``urn:``) is no link."""
        for root in (self.base_iri, TERMS_ROOT):
            if root and iri.startswith(root):
                rest, _, fragment = iri[len(root):].partition("#")
                return f"/{quote(rest)}?lang={self.lang}" + (f"#{fragment}" if fragment else "")
        return link(iri)

    def named(self, iri: str, labels: dict[str, str], fallback: str | None = None) -> Value:
        """A link to ``iri`` named in the page's language (else the fallback languages, else
        ``fallback`` or the IRI's last segment), marked with the language of the name shown."""
        text = pick(labels, self.lang) or fallback or slug(iri)
        return Value(text, self.href(iri), lang=next((k for k, v in labels.items() if v == text), None))

    def lang_link(self, lang: str) -> str:
        params = dict(self.request.query_params)
        params["lang"] = lang
        # One leading slash: a path like //host/x must not become a link to another host.
        return "/" + self.request.url.path.lstrip("/") + f"?{urlencode(params)}"


@dataclass
class Value:
    text: str
    href: str | None = None
    lang: str | None = None
    note: str | None = None  # datatype, currency …

    @property
    def dir(self) -> str:
        """The direction of a block holding this value alone (``dir="auto"`` on the block would not
        see it: the value is isolated, and the auto rule skips what has its own ``dir``)."""
        return direction(self.text)



def render(name: str, page: Page, **context) -> str:
    return templates.get_template(name).render(page=page, t=page.t, lang=page.lang, languages=LANGUAGES, **context)


def _page(request: Request, lang: str) -> Page:
    return Page(request, lang, request.app.state.config.base_iri)


class Entity:
    """The view of one resource: header, grouped statements, facts, incoming links, quotes."""

    def __init__(self, page: Page, iri: str, index: Index, terms: Terms) -> None:
        self.page, self.iri, self.index, self.terms = page, iri, index, terms
        lang = page.lang
        labels = index.labels(iri)
        self.title = pick(labels, lang) or slug(iri)
        self.title_lang = next((k for k, v in labels.items() if v == self.title), None)
        self.other_names = sorted({v for k, v in labels.items() if v != self.title}
                                  | {o.value for p in ALSO_KNOWN for o in index.values(iri, p)})
        types = {o.value for o in index.values(iri, RDF_TYPE)}
        self.types = [Value(terms.label(c, lang), page.href(c)) for c in terms.most_specific(types)
                      if c.startswith((str(MG), PREFIXES["org"], PREFIXES["foaf"], SKOS, OA))]
        self.groups = self._groups()
        self.facts = self._facts()
        self.incoming = self._incoming()
        self.summary = self._summary()

    def value(self, term) -> Value:
        if isinstance(term, ox.Literal):
            datatype = term.datatype.value
            # A reader sees a year, a date or a number as such; the datatype is for machines.
            note = None if term.language or datatype.startswith(XSD) else compact(datatype)
            value = Value(term.value, lang=term.language, note=note)
        elif isinstance(term, ox.NamedNode) and self.index.values(term.value, str(MG.amountValue)):
            amount = self.index.first(term.value, str(MG.amountValue)) or ""
            value = Value(f"{float(amount):,.0f}" if amount.replace(".", "", 1).isdigit() else amount,
                          note=self.index.first(term.value, str(MG.currency)))
        elif isinstance(term, ox.NamedNode):
            labels = self.index.labels(term.value) or self.terms.labels.get(term.value, {})
            value = self.page.named(term.value, labels, compact(term.value))
        else:
            value = Value("…")
        return value

    def quotes(self, subject: str, predicate: str | None, obj=None) -> list[dict]:
        """The quotes that state (subject, predicate, obj): for a fact node, its own evidence."""
        found = []
        for evidence in self.index.values(subject, str(MG.evidence)):
            ev = evidence.value
            if predicate is not None:
                attested = {o.value for o in self.index.values(ev, str(MG.attestsProperty))}
                bodies = {o.value for o in self.index.values(ev, OA + "hasBody")}
                if predicate not in attested or (isinstance(obj, ox.NamedNode) and obj.value not in bodies):
                    continue
            found.append(self.quote(ev))
        return sorted(found, key=lambda q: (q["source"], q["start"]))

    def quote(self, evidence: str) -> dict:
        target = self.index.first(evidence, OA + "hasTarget") or ""
        selectors = self.index.values(target, OA + "hasSelector")
        exact, start, end = "", 0, 0
        for selector in selectors:
            exact = self.index.first(selector.value, OA + "exact") or exact
            start = int(self.index.first(selector.value, OA + "start") or start)
            end = int(self.index.first(selector.value, OA + "end") or end)
        source = self.index.first(target, OA + "hasSource") or ""
        title = pick(self.index.labels(source), self.page.lang) or slug(source)
        return {"text": exact, "source": title, "start": start, "end": end,
                "href": f"{self.page.href(source)}#q-{start}-{end}"}

    def _groups(self) -> list[tuple[str, list[dict]]]:
        """Statements by group, then by property: the values, and once below them the quotes
        that state them (one quote often names several values)."""
        by_group: dict[str, dict[str, dict]] = defaultdict(dict)
        for predicate, obj in self._specific(self.iri):
            label = self.terms.label(predicate, self.page.lang)
            row = by_group[GROUP_OF.get(predicate, "about")].setdefault(label, {"label": label, "values": [], "quotes": []})
            row["values"].append(self.value(obj))
            for q in self.quotes(self.iri, predicate, obj):
                if q not in row["quotes"]:
                    row["quotes"].append(q)
        return [(g, [by_group[g][k] for k in sorted(by_group[g])]) for g in GROUP_ORDER if g in by_group]

    def _summary(self) -> list[tuple[str, list[Value]]]:
        """The box at the top: when, who funds it and how much, where — read off the statements
        the page shows below, so it never says anything they do not."""
        when = [(p, o) for p, o in self.index.out.get(self.iri, ()) if p in SUMMARY_DATES]
        where = [o for p, o in self.index.out.get(self.iri, ()) if p in SUMMARY_PLACES]
        funders = []
        for tie, predicate in self.index.into.get(self.iri, ()):
            if predicate != str(MG.fundedItem):
                continue
            for funder in self.index.values(tie, str(MG.funder)):
                value = self.value(funder)
                amounts = [self.value(a) for a in self.index.values(tie, str(MG.amount))]
                if amounts:
                    value.note = " + ".join(f"{a.text} {a.note or ''}".strip() for a in amounts)
                funders.append(value)
        rows = [(self.terms.label(p, self.page.lang), [self.value(o)]) for p, o in sorted(when, key=lambda x: x[1].value)]
        if funders:
            rows.append((self.page.t["funded_by"], funders))
        if where:
            rows.append((self.page.t["where"], [self.value(o) for o in dict.fromkeys(where)]))
        return rows

    def _specific(self, subject: str, leave_out: frozenset[str] = frozenset()) -> list[tuple[str, Term]]:
        """The statements of ``subject`` a reader should see: none of the machinery (HIDDEN), and a
        value stated under a property not repeated under the broader ones the reasoner and the
        alignments derive from it (involved in, schema:funder, dcterms:hasPart …)."""
        statements = [(p, o) for p, o in self.index.out.get(subject, ()) if p not in HIDDEN and p not in leave_out]
        broader: dict[str, set[str]] = defaultdict(set)
        for predicate, obj in statements:
            broader[_value_key(obj)] |= self.terms.ancestors(predicate)
        return [(p, o) for p, o in statements if p not in broader[_value_key(o)]]

    def _facts(self) -> list[dict[str, Any]]:
        facts: list[dict[str, Any]] = []
        for subject, predicate in self.index.into.get(self.iri, ()):
            types = {o.value for o in self.index.values(subject, RDF_TYPE)}
            kind = next((t for t in sorted(types) if t in FACT_TYPES), None)
            if kind is None or any(f["iri"] == subject for f in facts):
                continue
            rows: dict[str, list[Value]] = defaultdict(list)      # a property once, with all its values
            for p, o in self._specific(subject, FACT_MACHINERY):
                rows[self.terms.label(p, self.page.lang)].append(self.value(o))
            facts.append({"iri": subject, "href": self.page.href(subject), "kind": self.terms.label(kind, self.page.lang),
                          "group": GROUP_OF.get(predicate, "about"), "rows": sorted(rows.items()),
                          "quotes": self.quotes(subject, None)})
        return sorted(facts, key=lambda f: (GROUP_ORDER.index(f["group"]), f["kind"], f["iri"]))

    def _incoming(self) -> list[tuple[str, list[Value]]]:
        by_label: dict[str, list[Value]] = defaultdict(list)
        facts = {f["iri"] for f in self.facts}
        incoming = self.index.into.get(self.iri, [])
        broader: dict[str, set[str]] = defaultdict(set)  # as in _specific: each link once, most specific
        for subject, predicate in incoming:
            broader[subject] |= self.terms.ancestors(predicate)
        for subject, predicate in incoming:
            if (subject in facts or predicate in HIDDEN or subject.startswith("_:") or "#" in subject
                    or predicate in broader[subject]):
                continue
            inverse = self.terms.inverse.get(predicate)
            label = (self.terms.label(inverse, self.page.lang) if inverse else
                     f"{self.terms.label(predicate, self.page.lang)} ←")
            by_label[label].append(self.value(ox.NamedNode(subject)))
        return sorted(by_label.items())


def entity_page(request: Request, lang: str, iri: str, triples, term_rows, graph: bool = False) -> str:
    page = _page(request, lang)
    entity = Entity(page, iri, Index(triples), Terms(term_rows))
    return render("entity.html", page, entity=entity, iri=iri, doc=_doc_links(page, iri), graph=graph,
                  sparql=_sparql_link(iri))


def source_page(request: Request, lang: str, iri: str, triples, term_rows, spans: list[dict]) -> str:
    page = _page(request, lang)
    index = Index(triples)
    entity = Entity(page, iri, index, Terms(term_rows))
    text = index.first(iri, str(MG.text)) or ""
    quotes = _quotes_of(page, spans)
    return render("source.html", page, entity=entity, iri=iri, doc=_doc_links(page, iri), sparql=_sparql_link(iri),
                  pieces=_highlight(text, quotes), quotes=quotes)


def _quotes_of(page: Page, spans: list[dict]) -> list[dict]:
    """One entry per quoted span: its offsets and the labelled things it supports."""
    by_span: dict[tuple[int, int], dict] = {}
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in spans:
        key = (int(row["start"]["value"]), int(row["end"]["value"]))
        entry = by_span.setdefault(key, {"start": key[0], "end": key[1], "id": f"q-{key[0]}-{key[1]}", "nodes": set()})
        node = row["node"]["value"]
        entry["nodes"].add(node)
        if "label" in row:
            labels[node][row["label"].get("xml:lang", "en")] = row["label"]["value"]
    quotes = []
    for entry in sorted(by_span.values(), key=lambda e: (e["start"], e["end"])):
        named = sorted((pick(labels[n], page.lang) or slug(n), n) for n in entry.pop("nodes") if labels.get(n))
        entry["links"] = [Value(text, page.href(n)) for text, n in named]
        quotes.append(entry)
    return quotes


def _highlight(text: str, quotes: list[dict]) -> list[dict]:
    """``text`` cut at every quote boundary; each piece knows the quotes covering it (quotes
    overlap), links to the innermost one's first entity and opens each quote's anchor."""
    cuts = sorted({0, len(text), *(q["start"] for q in quotes), *(q["end"] for q in quotes)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [q for q in quotes if q["start"] <= a and b <= q["end"]]
        innermost = min(covering, key=lambda q: q["end"] - q["start"], default=None)
        pieces.append({"text": text[a:b], "quotes": " ".join(q["id"] for q in covering),
                       "anchors": [q["id"] for q in quotes if q["start"] == a],
                       "href": innermost["links"][0].href if innermost and innermost["links"] else
                       (f"#list-{innermost['id']}" if innermost else None)})
    return pieces


def _doc_links(page: Page, iri: str) -> list[tuple[str, str]]:
    path = (page.href(iri) or "").split("?")[0].split("#")[0]  # our own IRIs: always a local path
    return [(name, f"/doc{path}.{ext}") for name, ext in
            (("Turtle", "ttl"), ("JSON-LD", "jsonld"), ("RDF/XML", "rdf"), ("N-Triples", "nt"))]


def _sparql_link(iri: str) -> str:
    text = f"SELECT ?property ?value WHERE {{\n  <{iri}> ?property ?value\n}}"
    return "/sparql?" + urlencode({"query": text})


HOME = {
    "en": {"title": "Who does what in migration governance", "figures": "{facts} from {sources} in Arabic about Morocco, on {entities}.",
           "ask": "Ask a question", "ask_text": "Curated questions with a form each, or any question in SPARQL.",
           "example_funding": "Who funds which programme, and how much?", "example_sparql": "The SPARQL editor, with examples",
           "browse_text": "Organizations, programmes, agreements, meetings and places, in Arabic, English and French.",
           "example_entity": "Everything about the IOM", "example_search": "Search in Arabic: «الهجرة»",
           "dashboard": "Dashboard", "dashboard_text": "Funding network, timeline and places, with filters.",
           "sources": "Source documents"},
    "fr": {"title": "Qui fait quoi dans la gouvernance des migrations", "figures": "{facts} tirés de {sources} en arabe sur le Maroc, sur {entities}.",
           "ask": "Poser une question", "ask_text": "Des questions préparées avec leur formulaire, ou toute question en SPARQL.",
           "example_funding": "Qui finance quel programme, et combien ?", "example_sparql": "L'éditeur SPARQL et ses exemples",
           "browse_text": "Organisations, programmes, accords, réunions et lieux, en arabe, anglais et français.",
           "example_entity": "Tout sur l'OIM", "example_search": "Rechercher en arabe : «الهجرة»",
           "dashboard": "Tableau de bord", "dashboard_text": "Réseau des financements, chronologie et lieux, avec filtres.",
           "sources": "Documents sources"},
    "ar": {"title": "من يفعل ماذا في حوكمة الهجرة", "figures": "{facts} من {sources} عربية عن المغرب، حول {entities}.",
           "ask": "اطرح سؤالًا", "ask_text": "أسئلة جاهزة لكل منها استمارة، أو أي سؤال بلغة SPARQL.",
           "example_funding": "من يموّل أي برنامج، وبكم؟", "example_sparql": "محرر SPARQL مع أمثلة",
           "browse_text": "المنظمات والبرامج والاتفاقيات والاجتماعات والأماكن، بالعربية والإنجليزية والفرنسية.",
           "example_entity": "كل ما يتعلق بالمنظمة الدولية للهجرة", "example_search": "ابحث بالعربية: «الهجرة»",
           "dashboard": "لوحة المتابعة", "dashboard_text": "شبكة التمويل والخط الزمني والأماكن، مع مرشحات.",
           "sources": "الوثائق المصدرية"},
}


def home(request: Request, manifest: dict[str, Any], source_rows: list[dict]) -> str:
    """The front page: what this is, its figures, three ways in with worked examples, its sources."""
    lang = language(request)
    page = _page(request, lang)
    titles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in source_rows:
        titles[row["source"]["value"]][row["title"].get("xml:lang", "en")] = row["title"]["value"]
    sources = sorted((page.named(iri, ts) for iri, ts in titles.items()), key=lambda v: v.text)
    figures = HOME[lang]["figures"].format(
        facts=counted(sum(manifest.get("facts_per_source", {}).values()), "facts", lang),
        sources=counted(len(sources), "documents", lang),
        entities=counted(sum(manifest.get("entities_per_type", {}).values()), "entities", lang))
    return render("home.html", page, h=HOME[lang], sources=sources, figures=figures)


def browse_page(request: Request, lang: str, rows: list[dict], term_rows: list[dict]) -> str:
    page = _page(request, lang)
    terms = Terms(term_rows)
    types = [(Value(terms.label(r["class"]["value"], lang), f"/browse/{quote(compact(r['class']['value']), safe=':')}?lang={lang}"),
              int(r["entities"]["value"])) for r in rows]
    return render("browse.html", page, types=types)


def type_page(request: Request, lang: str, cls: str, rows: list[dict], term_rows: list[dict]) -> str:
    page = _page(request, lang)
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        labels[row["entity"]["value"]][row["label"].get("xml:lang", "en")] = row["label"]["value"]
    entities = sorted((page.named(iri, ls) for iri, ls in labels.items()), key=lambda v: v.text.casefold())
    return render("type.html", page, title=Terms(term_rows).label(cls, lang), entities=entities,
                  cls=Value(compact(cls), page.href(cls)))


def search_page(request: Request, lang: str, text: str, results: list[tuple[str, dict[str, str], str | None, str]],
                suggestions: list[str], kinds: list[tuple[str, str, int]] | None = None, chosen: str = "") -> str:
    """Results in the page's language, each with the name that matched when it is another; the
    types of the results as facets (``kinds``: IRI, label, count), each a link to its results only."""
    page = _page(request, lang)
    facets = [{"label": label, "count": n, "current": iri == chosen,
               "href": f"/search?{urlencode({'q': text, 'lang': lang, 'type': compact(iri)})}"}
              for iri, label, n in kinds or ()]
    every = f"/search?{urlencode({'q': text, 'lang': lang})}" if chosen else None
    values = []
    for iri, labels, matched, kind in results:
        shown = page.named(iri, labels)
        values.append((shown, matched if matched and matched != shown.text else None, kind))
    links = [(s, f"/search?{urlencode({'q': s, 'lang': lang})}") for s in suggestions]
    return render("search.html", page, text=text, results=values, suggestions=links, facets=facets, every=every)


def dumps_page(request: Request, lang: str, index: dict) -> str:
    return render("dumps.html", _page(request, lang), index=index)


def error_page(request: Request, status: int, message: str, errors: list[str], request_id: str) -> str:
    """An error for a person, in the reader's language: what went wrong and a way on."""
    lang = language(request)
    title = STATUS[lang].get(status) or ERROR_UI[lang]["error"]
    return render("error.html", _page(request, lang), status=status, title=title, message=message,
                  details=[e for e in errors if e != message], request_id=request_id, path=request.url.path,
                  e=ERROR_UI[lang])


def catalogue_page(request: Request, queries: list) -> str:
    """The curated queries for a person, in the page's language: each with its form."""
    page = _page(request, language(request))
    return render("queries.html", page, queries=[querytext.described(q, page.lang) for q in queries], values={},
                  qt=querytext.UI[page.lang])


def rows_page(request: Request, query, values: dict[str, str], rows: list[dict], total: int,
              next_url: str | None) -> str:
    """One page of a curated query's rows as a table, its labels linked to our pages; the query's
    title, form and column headings in the page's language."""
    page = _page(request, language(request))
    here = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    shown = querytext.described(query, page.lang)
    return render("query.html", page, query=shown, values=values, rows=rows, total=total, columns=shown["columns"],
                  next=next_url, qt=querytext.UI[page.lang],
                  csv=f"{request.url.path}?{urlencode([*here, ('format', 'csv')])}",
                  json=f"{request.url.path}?{urlencode([*here, ('format', 'json')])}")
