"""Linked data: every IRI of the graph dereferences, for machines and for people.

The IRI policy (the README has it for users):

    <base>id/<kind>/<slug>            things: organizations, programmes, places, people, facts …
    <base>source/<id>                 source documents
    <base>evidence/<source>/<a>-<b>   evidence: the span of characters a–b of a source
    <base>graph/<name>                named graphs (graph/source/<id>, graph/entities, …)
    <base>dataset                     the dataset (VoID)
    https://w3id.org/mgkg/ontology    the ontology; its terms are hash IRIs (…/ontology#Funding)
    https://w3id.org/mgkg/vocab/…     the SKOS vocabularies (themes, roles, posts, genres)

The server answers for these IRIs on whatever host it runs: a request path is read relative to
the base. Cool URIs, the 303 recipe: the IRI of a thing answers ``303 See Other`` to the document
that describes it in the format asked for (``/doc/<path>.ttl|.nt|.rdf|.jsonld|.html``); a document
IRI without an extension negotiates and answers 200 with ``Content-Location`` and ``Vary: Accept``.
Format by ``Accept`` (q-values) or ``format=``; an extension wins over both.

What a description holds is ``queries/ld/describe.rq``; the HTML pages are ``kg.http.pages``.
"""

from __future__ import annotations

import difflib
import json
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from rdflib import Graph

from kg import queryfiles
from kg.config import Config
from kg.errors import NoStore, NotAcceptable, NotFound
from kg.http import files, negotiation, pages
from kg.namespaces import MG, PREFIXES, TERMS_ROOT
from kg.normalize import search_key, search_terms
from kg.query import engine

SEARCH_RESULTS = 100
SEARCH_WORDS = 5  # the words of a search that must all match: ?t1 … ?t5 in queries/ld/search.rq
THING_PREFIXES = ("id", "source", "evidence", "graph", "vocab")
FORMATS = negotiation.RDF[:4] + (negotiation.HTML,)  # turtle, ntriples, rdfxml, jsonld, html
EXTENSIONS = {"ttl": "turtle", "nt": "ntriples", "rdf": "rdfxml", "jsonld": "jsonld", "html": "html"}
EXTENSION = {name: ext for ext, name in EXTENSIONS.items()}

SEARCH_KEY = str(MG.searchKey)
RDF_TYPE = pages.RDF_TYPE
OWL_THING = ox.NamedNode("http://www.w3.org/2002/07/owl#Thing")
NAMING = frozenset(pages.NAMING)
FACT, EVIDENCE = str(MG.Fact), str(MG.Evidence)

router = APIRouter()


# --- IRIs and paths -----------------------------------------------------------------------------

def thing_iri(config: Config, path: str) -> str:
    """The canonical IRI a request path stands for (``path`` without its leading slash)."""
    if path == "ontology" or path.startswith("vocab/"):
        return TERMS_ROOT + path
    return config.base_iri + path


def _named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise NotFound(f"nothing is known about {iri}") from None


def _kind(path: str) -> str:
    if path in ("ontology", "dataset"):
        return path
    return "graph" if path.startswith("graph/") else "source" if path.startswith("source/") else "resource"


# --- engine calls ---------------------------------------------------------------------------------

def query(name: str) -> str:
    return queryfiles.text("ld", f"{name}.rq")


async def run(request: Request, name: str, fmt: str, **bindings) -> bytes:
    """Run ``queries/ld/<name>.rq`` with ``bindings`` (RDF terms, never text) on the current engine."""
    current = request.app.state.backend.engine()
    if current is None:
        raise NoStore()
    job = engine.Request(text=query(name), format=fmt, bindings=tuple(sorted(bindings.items())))
    return (await current.run(job)).body


async def select(request: Request, name: str, **bindings) -> list[dict]:
    document = json.loads(await run(request, name, "json", **bindings))
    return document["results"]["bindings"]


async def exists(request: Request, iri: str) -> bool:
    answer = await run(request, "exists", "json", resource=_named_node(iri))
    return json.loads(answer)["boolean"]


async def describe(request: Request, iri: str) -> list[ox.Triple]:
    body = await run(request, "describe", "ntriples", resource=_named_node(iri))
    return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))


# --- routes --------------------------------------------------------------------------------------

async def thing(request: Request) -> Response:
    """The IRI of a thing: 303 See Other to the document describing it in the format asked for."""
    config: Config = request.app.state.config
    path = request.url.path.lstrip("/")
    choice = negotiation.choose(FORMATS, request.headers.get("accept"), request.query_params.get("format"))
    if path != "dataset" and not await exists(request, thing_iri(config, path)):
        raise NotFound(f"nothing is known about /{path}")
    if choice is None:
        raise _not_acceptable()
    lang = request.query_params.get("lang")
    location = f"/doc/{path}.{EXTENSION[choice.format.name]}" + (f"?{urlencode({'lang': lang})}" if lang else "")
    return Response(status_code=303, headers={"Location": location, "Vary": "Accept",
                                              "Cache-Control": "public, max-age=3600"})


def _route(path: str, endpoint, summary: str | None = None) -> None:
    """GET, documented in OpenAPI when it has a summary (HEAD, which linked-data clients use, is
    every GET route's: ``kg.http.head``)."""
    router.add_api_route(path, endpoint, methods=["GET"], summary=summary, tags=["Linked data"],
                         include_in_schema=summary is not None, operation_id=f"ld_{endpoint.__name__}_"
                         + "".join(c for c in path if c.isalnum()))


for _prefix in THING_PREFIXES:
    _route(f"/{_prefix}/{{rest:path}}", thing, f"A thing's IRI under /{_prefix}/: 303 to its document")
_route("/ontology", thing, "The ontology (303 to its documents)")
_route("/dataset", thing, "The dataset (303 to its VoID description)")


async def document(request: Request, rest: str) -> Response:
    config: Config = request.app.state.config
    path, dot, ext = rest.rpartition(".")
    if not dot or ext not in EXTENSIONS or "/" in ext:
        path, ext = rest, ""
    choice = negotiation.choose(FORMATS, request.headers.get("accept"),
                                EXTENSIONS.get(ext) or request.query_params.get("format"))
    kind = _kind(path)
    iri = thing_iri(config, path)
    if not (path in ("ontology", "dataset") or path.split("/")[0] in THING_PREFIXES):
        raise NotFound(f"nothing is known about /{path}")
    if choice is None:
        raise _not_acceptable()
    fmt = choice.format.name
    if fmt == "html":
        response = await _page(request, kind, path, iri)
    else:
        response = Response(await _rdf(request, kind, iri, fmt), media_type=choice.content_type)
    if not ext:
        response.headers["Content-Location"] = f"/doc/{path}.{EXTENSION[fmt]}"
        response.headers["Vary"] = "Accept"
    response.headers.setdefault("Cache-Control", "public, max-age=300")
    version = getattr(request.app.state.backend.engine(), "version", "")
    response.headers["KG-Store-Version"] = version
    return response


_route("/doc/{rest:path}", document, "The document describing a resource: Turtle, N-Triples, RDF/XML, JSON-LD or HTML")


async def _rdf(request: Request, kind: str, iri: str, fmt: str) -> bytes:
    backend = request.app.state.backend
    build = backend.build_dir()
    if kind == "ontology":
        return files.convert(files.of_build(build, "dumps", "ontology.ttl"), fmt, files.of_build(build, "context.jsonld"))
    if kind == "dataset":
        return files.convert(files.of_build(build, "void.ttl"), fmt, files.of_build(build, "context.jsonld"))
    if kind == "graph":
        body = await run(request, "graph", "ntriples", graph=_named_node(iri))
        triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    else:
        triples = await describe(request, iri)
    if not triples:
        raise NotFound(f"nothing is known about {iri}")
    if "lang" in request.query_params:
        triples = pages.in_language(triples, ox.NamedNode(iri), pages.language(request))
    if kind != "graph":  # a named graph's document is its contents, as they are
        triples = for_reading(triples, iri)
    return serialize(triples, fmt, files.context(build))


def _internal(triple: ox.Triple) -> bool:
    """Machinery the data keeps and a description leaves out: search keys (for /search, which any
    SPARQL client can query) and ``a owl:Thing`` (the reasoner's, true of everything)."""
    return triple.predicate.value == SEARCH_KEY or (triple.predicate.value == RDF_TYPE and triple.object == OWL_THING)


def for_reading(triples: list[ox.Triple], iri: str) -> list[ox.Triple]:
    """A description in the order a reader takes it in, which Turtle keeps (a subject's triples are
    written together, as one block): the subject's own block first, then its #nodes; the facts
    about it (funding ties, participations, posts); the evidence, each annotation with its target
    and selectors; the things it links to or that link to it; last, the names of its neighbours'
    classes and sources. In a block: its types, its names, then the rest by property. Internal
    triples are left out (``_internal``)."""
    def key(term) -> str:
        return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"

    kept = [t for t in triples if not _internal(t)]
    types: dict[str, set[str]] = {}
    owner: dict[str, str] = {}  # a blank node goes with the block that points to it
    statements: dict[str, set[str]] = {}
    for t in kept:
        subject = key(t.subject)
        statements.setdefault(subject, set()).add(t.predicate.value)
        if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            types.setdefault(subject, set()).add(t.object.value)
        if isinstance(t.object, ox.BlankNode):
            owner.setdefault(key(t.object), subject)

    def anchor(subject: str, hops: int = 0) -> str:
        """The block a node belongs with: a #node with its IRI, a blank node with its owner's."""
        if subject.startswith("_:"):
            return anchor(owner[subject], hops + 1) if subject in owner and hops < 10 else subject
        return subject.split("#", 1)[0]

    def group(node: str) -> int:
        if node == iri:
            return 0
        if FACT in types.get(node, ()):
            return 1
        if EVIDENCE in types.get(node, ()):
            return 2
        return 4 if statements.get(node, set()) <= NAMING else 3

    def order(t: ox.Triple) -> tuple:
        subject = key(t.subject)
        node = anchor(subject)
        predicate = t.predicate.value
        return (group(node), node, subject != node, subject, predicate != RDF_TYPE, predicate not in NAMING,
                predicate, str(t.object))

    return sorted(kept, key=order)


def serialize(triples: list[ox.Triple], fmt: str, context: dict | None) -> bytes:
    if fmt != "jsonld":
        body = ox.serialize(triples, format=engine.RDF_FORMATS[fmt], prefixes=PREFIXES if fmt != "ntriples" else None)
        assert body is not None  # no output file given: the bytes come back
        return body
    # JSON-LD compacted with our published @context, embedded so that the document stands alone.
    graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph.serialize(format="json-ld", context=context, auto_compact=True, encoding="utf-8")


async def _page(request: Request, kind: str, path: str, iri: str) -> Response:
    lang = pages.language(request)
    build = request.app.state.backend.build_dir()
    if kind == "ontology":
        return FileResponse(files.of_build(build, "ontology.html"), media_type="text/html; charset=utf-8")
    if kind == "dataset":
        return HTMLResponse(pages.dumps_page(request, lang, files.current_dumps(request)[2]))
    triples = await describe(request, iri)
    if not triples:
        raise NotFound(f"nothing is known about {iri}")
    terms = await _terms(request)
    if kind == "source":
        spans = await select(request, "spans", resource=ox.NamedNode(iri))
        return HTMLResponse(pages.source_page(request, lang, iri, triples, terms, spans))
    return HTMLResponse(pages.entity_page(request, lang, iri, triples, terms, graph=kind == "graph"))


# --- index and search -------------------------------------------------------------------------------

async def _terms(request: Request) -> list[dict]:
    return await select(request, "terms", ontology=ox.NamedNode(request.app.state.config.base_iri + "graph/ontology"))


async def home_page(request: Request) -> str:
    """The front page: what this is, three ways in, the sources."""
    return pages.home(request, request.app.state.backend.manifest(), await select(request, "sources"))


async def browse_page(request: Request) -> str:
    """The types with their counts and a search box."""
    rows = await select(request, "types", space=ox.Literal(request.app.state.config.base_iri + "id/"))
    return pages.browse_page(request, pages.language(request), rows, await _terms(request))


@router.get("/browse", summary="The types of things, with counts (HTML)", tags=["Linked data"],
            response_class=HTMLResponse)
async def browse(request: Request) -> Response:
    return HTMLResponse(await browse_page(request))


@router.get("/browse/{name}", summary="The things of one type, alphabetical in the page's language (HTML)",
            tags=["Linked data"], response_class=HTMLResponse)
async def browse_type(request: Request, name: str) -> Response:
    prefix, _, local = name.partition(":")
    cls = (_named_node(PREFIXES[prefix] + local) if prefix in PREFIXES and local.replace("_", "").isalnum()
           else None)
    rows = await select(request, "entities", **{"class": cls}) if cls else []
    if cls is None or not rows:
        raise NotFound(f"no things of the type {name} are known")
    return HTMLResponse(pages.type_page(request, pages.language(request), cls.value, rows, await _terms(request)))


@router.get("/search", summary="Name search, Arabic-aware (HTML, or JSON by Accept)", tags=["Linked data"])
async def search(request: Request, q: str = "", format: str | None = None, type: str = "") -> Response:
    """Each result with its names and types; ``facets`` counts the results of each type (its most
    specific), and ``type=`` (a compact IRI, ``mg:Programme``, or a full one) keeps one type's."""
    words = search_terms(q[:200], SEARCH_WORDS)
    choice = negotiation.choose((negotiation.HTML, negotiation.JSON),
                                request.headers.get("accept"), format)
    if choice is None:
        raise _not_acceptable()
    results: dict[str, dict] = {}
    if words:
        slots = words + [""] * (SEARCH_WORDS - len(words))
        bindings = {f"t{i + 1}": ox.Literal(w) for i, w in enumerate(slots)}
        rows = await select(request, "search", phrase=ox.Literal(search_key(q[:200])), **bindings)
        for row in rows:
            entry = results.setdefault(row["resource"]["value"],
                                       {"score": 3, "labels": {}, "names": set(), "types": set()})
            entry["score"] = min(entry["score"], int(row["rank"]["value"]))
            if "label" in row:
                entry["labels"].setdefault(row["label"].get("xml:lang", "en"), set()).add(row["label"]["value"])
            for name in ("label", "alias"):
                if name in row:
                    entry["names"].add(row[name]["value"])
            if "type" in row:
                entry["types"].add(row["type"]["value"])
        for entry in results.values():  # rows come in any order: choose the same names whatever it is
            entry["labels"] = {lang: min(names) for lang, names in entry["labels"].items()}
            entry["matched"] = _matched(sorted(entry.pop("names"), key=lambda n: (len(n), n)), words)
    ranked = sorted(results.items(), key=lambda item: (item[1]["score"], pages.pick(item[1]["labels"], "en") or ""))
    terms = pages.Terms(await _terms(request) if ranked else [])
    facets: dict[str, int] = {}
    for _, entry in ranked:
        entry["kinds"] = terms.most_specific(entry["types"])
        for kind in entry["kinds"]:
            facets[kind] = facets.get(kind, 0) + 1
    chosen = _expand(type) if type else ""
    if chosen:
        ranked = [(iri, e) for iri, e in ranked if chosen in e["kinds"]]
    ranked = ranked[:SEARCH_RESULTS]
    suggestions = await _suggestions(request, words) if words and not results else []
    by_count = sorted(facets.items(), key=lambda f: (-f[1], f[0]))
    headers = {"Vary": "Accept, Accept-Language"}
    if choice.format is negotiation.HTML:
        lang = pages.language(request)
        found = [(iri, e["labels"], e["matched"], ", ".join(terms.label(c, lang) for c in e["kinds"]))
                 for iri, e in ranked]
        kinds = [(c, terms.label(c, lang), n) for c, n in by_count]
        return HTMLResponse(pages.search_page(request, lang, q, found, suggestions, kinds, chosen), headers=headers)
    body = {"query": q, "words": words, "suggestions": suggestions, "type": chosen or None,
            "facets": [{"type": c, "count": n} for c, n in by_count], "results": [
        {"iri": iri, "labels": e["labels"], "matched": e["matched"], "types": sorted(e["types"]), "score": e["score"]}
        for iri, e in ranked]}
    return Response(json.dumps(body, ensure_ascii=False), media_type="application/json", headers=headers)


def _expand(name: str) -> str:
    """``mg:Programme`` as a full IRI; a full IRI as it is."""
    prefix, colon, local = name.partition(":")
    return PREFIXES[prefix] + local if colon and prefix in PREFIXES else name


def _matched(names: list[str], words: list[str]) -> str | None:
    """The name whose search key holds every word of the search: what the reader typed, found."""
    for name in names:
        key = " " + search_key(name)
        if all(f" {w}" in key for w in words):
            return name
    return None


_VOCABULARY: dict[str, list[str]] = {}  # store version → the distinct words of its search keys


async def _suggestions(request: Request, words: list[str]) -> list[str]:
    """For a search that found nothing: the same search with each unknown word replaced by the
    closest word of the graph's search keys (difflib's ratio, at least 0.75), if that changes it."""
    version = getattr(request.app.state.backend.engine(), "version", "")
    if version not in _VOCABULARY:
        rows = await select(request, "search-words")
        _VOCABULARY.clear()  # one store version at a time
        _VOCABULARY[version] = sorted({w for r in rows for w in r["key"]["value"].split()})
    vocabulary = _VOCABULARY[version]
    known = set(vocabulary)
    corrected = [w if w in known else next(iter(difflib.get_close_matches(w, vocabulary, n=1, cutoff=0.75)), w)
                 for w in words]
    return [" ".join(corrected)] if corrected != words else []


# --- answers -------------------------------------------------------------------------------------

def _not_acceptable() -> NotAcceptable:
    return NotAcceptable(f"this resource is available as {negotiation.describe(FORMATS)}")
