"""Content negotiation: which of the formats we offer a request gets.

A request names a format either by ``Accept`` (q-values honoured, parsed by ``mimeparse``) or by
an explicit ``format=`` parameter, which wins. The same table serves the SPARQL endpoint and,
later, linked-data dereferencing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import mimeparse

from kg.errors import NotAcceptable


@dataclass(frozen=True)
class Format:
    name: str  # what ``format=`` and the engine call it
    media_type: str  # what we answer with
    aliases: tuple[str, ...] = ()  # other media types a client may ask for it by
    names: tuple[str, ...] = ()  # other ``format=`` spellings

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml", "triples",
                                                                                     "quads", "trig"))
        return self.media_type + ("; charset=utf-8" if textual else "")


HTML = Format("html", "text/html", ("application/xhtml+xml",))
JSON = Format("json", "application/json")  # plain JSON: catalogues, search results

# Answers to SELECT and ASK, in order of preference when the client accepts any.
RESULTS = (
    Format("json", "application/sparql-results+json", ("application/json",)),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
    HTML,
)
BOOLEAN = RESULTS[:2] + (HTML,)  # CSV and TSV have no boolean form

# Rows of a curated query (kg.http.api): flat JSON objects first, then CSV, then the standard JSON.
ROWS = (
    JSON,
    Format("csv", "text/csv"),
    Format("sparql-json", "application/sparql-results+json", (), ("sparql",)),
)

# Answers to CONSTRUCT and DESCRIBE, and RDF documents generally.
RDF = (
    Format("turtle", "text/turtle", ("application/x-turtle", "text/n3"), ("ttl", "n3")),  # Turtle is N3
    Format("ntriples", "application/n-triples", ("text/plain",), ("nt", "n-triples")),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdf", "xml", "rdf+xml")),
    Format("jsonld", "application/ld+json", ("application/json",), ("json-ld", "json")),
    Format("trig", "application/trig"),
    Format("nquads", "application/n-quads", (), ("nq", "n-quads")),
    HTML,
)


# rdflib's serializer names for the RDF formats, where we serialize with rdflib.
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "jsonld": "json-ld",
                  "trig": "trig", "nquads": "nquads"}


@dataclass(frozen=True)
class Choice:
    format: Format
    media_type: str  # the media type matched: the format's own, or the alias the client asked for

    @property
    def content_type(self) -> str:
        if self.media_type == self.format.media_type:
            return self.format.content_type
        return self.media_type + "; charset=utf-8"


@lru_cache(maxsize=512)  # a handful of distinct Accept headers come back on every request
def choose(offered: tuple[Format, ...], accept: str | None, format_param: str | None = None) -> Choice | None:
    """The best of ``offered`` for this request, or None (answer 406)."""
    if format_param:
        wanted = format_param.strip().lower()
        for fmt in offered:
            if wanted == fmt.name or wanted in fmt.names or wanted == fmt.media_type:
                return Choice(fmt, fmt.media_type)
            if wanted in fmt.aliases:
                return Choice(fmt, wanted)
        return None
    by_type: dict[str, Format] = {}
    for fmt in offered:  # own media types first, in order of preference; aliases only after them
        by_type.setdefault(fmt.media_type, fmt)
    for fmt in offered:
        for alias in fmt.aliases:
            by_type.setdefault(alias, fmt)
    # mimeparse breaks ties in favour of the last candidate: list the preferred ones last.
    candidates = list(reversed(by_type))
    try:
        matched = mimeparse.best_match(candidates, accept or "*/*")
    except mimeparse.MimeTypeParseException:
        matched = mimeparse.best_match(candidates, "*/*")  # a malformed Accept is ignored (RFC 9110)
    return Choice(by_type[matched], matched) if matched else None


def choose_any(offered: tuple[Format, ...], accept: str | None, format_values: tuple[str, ...]) -> Choice | None:
    """As ``choose``, for a request that names formats more than once: the first value we
    understand wins, and only when none is understood is it a 406."""
    if not format_values:
        return choose(offered, accept)
    for value in format_values:
        if (choice := choose(offered, accept, value)) is not None:
            return choice
    return None


PAGE = (JSON, HTML)  # a document that is data for programs and a page for people


def wants_page(accept: str | None, format_param: str | None, what: str) -> bool:
    """Whether a ``PAGE`` document goes out as HTML (else JSON); neither acceptable is a 406
    saying what ``what`` is available as."""
    choice = choose(PAGE, accept, format_param)
    if choice is None:
        raise NotAcceptable(f"{what} is available as {describe(PAGE)}")
    return choice.format is HTML


def describe(offered: tuple[Format, ...]) -> str:
    return ", ".join(f"{f.media_type} (format={f.name})" for f in offered)
