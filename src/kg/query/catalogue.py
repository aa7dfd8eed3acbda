"""The curated queries in ``queries/*.rq``: SPARQL files whose leading ``#+`` comment lines are
YAML metadata (grlc's decorators, Datasette's canned queries).

    #+ title: Funding ties
    #+ description: Who funds what, with the amount and currency where the source states them.
    #+ tags: [funding]
    #+ parameters:
    #+   funder: {type: iri, class: mg:Organization, description: Only this funder's ties.}
    #+   since: {type: year, description: Only ties of programmes running in or after this year.}
    #+ columns:
    #+   funder: {type: iri}
    #+   amount: {type: decimal}
    #+ order: [funder, -amount]
    #+ page_size: 100
    #+ max_page_size: 1000
    PREFIX mg: <https://w3id.org/mgkg/ontology#>
    SELECT ?funder ?amount WHERE { … }

A parameter is a variable of the query. Its value is checked against its type, made an RDF term
and joined to the WHERE clause as a ``VALUES`` row (``engine.Values``); it is never pasted into
the text. A parameter left out stays an unbound variable, so the file runs as-is in any editor:
the query is written to mean "any" for an unbound parameter (``FILTER(!BOUND(?since) || …)``).

Parameter types: ``iri`` (optionally of a ``class``), ``string``, ``langstring`` (``text@ar``),
``integer`` (``minimum``/``maximum``), ``year``, ``date``, ``enum`` (``values``, optionally minted
into IRIs under ``iri``), ``search`` (Arabic-aware words: binds ``?<name>`` to the normalized
phrase and ``?<name>1`` … ``?<name>5`` to its words, "" when unused).

Column types say how the API writes a value: ``iri`` (an object with the IRI and its label),
``string``, ``integer``, ``decimal``, ``boolean``, ``date`` (its lexical form: 2014, 2014-06 or
2014-06-07).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import yaml

from kg import queryfiles
from kg.errors import CurationError
from kg.namespaces import PREFIXES
from kg.normalize import search_key, search_terms
from kg.query.engine import Values, with_table

MARK = "#+"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAMETER_TYPES = ("iri", "string", "langstring", "integer", "year", "date", "enum", "search")
COLUMN_TYPES = ("iri", "string", "integer", "decimal", "boolean", "date")
RESERVED = ("lang", "format", "limit", "offset", "sort")  # the API's own request parameters
PARAMETER_KEYS = ("type", "description", "required", "default", "example", "class", "values", "iri",
                  "minimum", "maximum")
COLUMN_KEYS = ("type", "description")
SEARCH_WORDS = 5
MAX_TEXT = 200
DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 100, 1000
# The OpenAPI patterns are ECMA-262 regular expressions, read by JavaScript (Swagger UI, ajv with
# the u flag) as well as by Python: no escape that the u flag refuses (\"), and no \w, which is
# ASCII-only there and would declare every Arabic search invalid.
IRI_PATTERN = r'^https?://[^\s<>"{}|\\^`]+$'
# The HTTP API also takes an entity's slug for an IRI (country/morocco, or morocco when one entity of
# the parameter's class has it); the API resolves it against the graph.
SLUG_PATTERN = r"^[a-z][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)?$"
SEARCH_PATTERN = "[0-9A-Za-z\u00aa-\ud7ff\ue000-\uffff]"  # an ASCII letter or digit, or a non-ASCII character
_LANGUAGE_TAG = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")
_INTEGER = re.compile(r"[+-]?[0-9]{1,18}", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def parse_integer(raw: str) -> int | None:
    """A whole number written in ASCII digits (what ``int`` and SPARQL both read the same), or None:
    ``²``, ``①`` and ``١٢`` are refused here rather than half-accepted somewhere later."""
    text = raw.strip()
    return int(text) if _INTEGER.fullmatch(text) else None


def parse_iri(raw: str) -> ox.NamedNode | None:
    """An absolute http(s) IRI as the engine will read it, or None: the check is pyoxigraph's own
    parser, so a value that passes here never fails later."""
    if len(raw) > 2000 or not re.fullmatch(IRI_PATTERN, raw):
        return None
    try:
        return ox.NamedNode(raw)
    except ValueError:
        return None
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class InvalidParameter(ValueError):
    """A request's value that its parameter's type refuses (answered 422)."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str = ""
    required: bool = False
    default: str | None = None
    example: str | None = None
    cls: str | None = None  # type iri: the class its value must be an instance of (expanded IRI)
    values: tuple[str, ...] = ()  # type enum
    iri: str | None = None  # type enum: the values are IRIs under this namespace
    minimum: int | None = None
    maximum: int | None = None

    def terms(self, raw: str) -> dict[str, ox.NamedNode | ox.Literal]:
        """The variables this parameter binds for the request's value ``raw``, as RDF terms."""
        if len(raw) > MAX_TEXT and self.type != "iri":
            raise InvalidParameter(f"{self.name}: at most {MAX_TEXT} characters")
        if self.type == "search":
            words = search_terms(raw, SEARCH_WORDS)
            if not words:
                raise InvalidParameter(f"{self.name}: give at least one word")
            slots = words + [""] * (SEARCH_WORDS - len(words))
            return {self.name: ox.Literal(search_key(raw)),
                    **{f"{self.name}{i + 1}": ox.Literal(w) for i, w in enumerate(slots)}}
        return {self.name: self.term(raw)}

    def term(self, raw: str) -> ox.NamedNode | ox.Literal:
        kind = self.type
        if kind == "iri":
            iri = parse_iri(raw)
            if iri is None:
                raise InvalidParameter(f"{self.name}: {raw[:80]!r} is not an absolute http(s) IRI")
            return iri
        if kind == "string":
            return ox.Literal(raw)
        if kind == "langstring":
            text, at, tag = raw.rpartition("@")
            if not at or not text or not _LANGUAGE_TAG.fullmatch(tag):
                raise InvalidParameter(f"{self.name}: write a language-tagged string as text@tag, e.g. الرباط@ar")
            return ox.Literal(text, language=tag.lower())
        if kind in ("integer", "year"):
            number = parse_integer(raw)
            if number is None:
                raise InvalidParameter(f"{self.name}: {raw[:80]!r} is not a whole number (digits 0-9)")
            low, high = (self.minimum, self.maximum) if kind == "integer" else (1, 9999)
            if (low is not None and number < low) or (high is not None and number > high):
                raise InvalidParameter(f"{self.name}: {number} is outside {low}…{high}")
            return ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer"))
        if kind == "date":
            try:
                day = datetime.date.fromisoformat(raw) if _DATE.fullmatch(raw) else None
            except ValueError:
                day = None
            if day is None:
                raise InvalidParameter(f"{self.name}: {raw[:80]!r} is not a date (YYYY-MM-DD)")
            return ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if kind == "enum":
            if raw not in self.values:
                raise InvalidParameter(f"{self.name}: {raw[:80]!r} is not one of {', '.join(self.values)}")
            return ox.NamedNode(self.iri + raw) if self.iri else ox.Literal(raw)
        raise AssertionError(kind)

    def schema(self) -> dict:
        """This parameter's JSON Schema, for OpenAPI."""
        kind = self.type
        schema: dict = {"type": "string"}
        if kind in ("integer", "year"):
            schema = {"type": "integer"}
            low, high = (self.minimum, self.maximum) if kind == "integer" else (1, 9999)
            schema.update({k: v for k, v in (("minimum", low), ("maximum", high)) if v is not None})
        elif kind == "iri":
            schema.update(pattern=f"{IRI_PATTERN}|{SLUG_PATTERN}", maxLength=2000,
                          description="an absolute IRI, or an entity's slug: country/morocco, morocco")
        elif kind == "date":
            schema.update(format="date")
        elif kind == "enum":
            schema["enum"] = list(self.values)
        elif kind == "langstring":
            schema.update(pattern=f"^.+@{_LANGUAGE_TAG.pattern}$", maxLength=MAX_TEXT)
        else:
            schema.update(minLength=1, maxLength=MAX_TEXT)
        if kind == "search":
            schema["pattern"] = SEARCH_PATTERN
        if self.default is not None:
            schema["default"] = int(self.default) if kind in ("integer", "year") else self.default
        return schema


@dataclass(frozen=True)
class Column:
    name: str
    type: str = "string"
    description: str = ""


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    text: str
    description: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    parameters: tuple[Parameter, ...] = ()
    columns: tuple[Column, ...] = ()
    order: tuple[str, ...] = ()  # column names, "-name" for descending
    page_size: int = DEFAULT_PAGE_SIZE
    max_page_size: int = MAX_PAGE_SIZE
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def example_text(self) -> str:
        """The query with its defaults, and an example for each required parameter, bound in a
        ``VALUES`` block: what the SPARQL editor shows, so that a researcher sees where to change
        a value. Optional parameters without a default stay free: the query then means "any"."""
        terms: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.parameters:
            value = p.default if p.default is not None else p.example if p.required else None
            if value is not None:
                terms.update(p.terms(value))
        return with_table(self.text, Values(tuple(terms), (tuple(terms.values()),)) if terms else None)


def _expand(name: str, curie: str) -> str:
    prefix, colon, local = curie.partition(":")
    if colon and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    if curie.startswith(("http://", "https://")):
        return curie
    raise CurationError(f"queries/{name}.rq: {curie!r} is neither an IRI nor a known prefixed name")


def _parameter(query: str, name: str, spec) -> Parameter:
    where = f"queries/{query}.rq: parameter {name!r}"
    if not isinstance(spec, dict):
        spec = {"type": spec}
    _known_keys(where, spec, PARAMETER_KEYS)
    kind = spec.get("type", "string")
    if kind not in PARAMETER_TYPES:
        raise CurationError(f"{where}: type {kind!r} is not one of {', '.join(PARAMETER_TYPES)}")
    if not _VARIABLE.fullmatch(name) or name in RESERVED:
        raise CurationError(f"{where}: a parameter is a variable name, other than {', '.join(RESERVED)}")
    if kind == "enum" and not spec.get("values"):
        raise CurationError(f"{where}: an enum lists its values")
    str_or_none = lambda key: None if spec.get(key) is None else str(spec[key])  # noqa: E731
    parameter = Parameter(
        name=name, type=kind, description=str(spec.get("description", "")).strip(),
        required=bool(spec.get("required", False)), default=str_or_none("default"),
        example=str_or_none("example"), cls=_expand(query, spec["class"]) if spec.get("class") else None,
        values=tuple(str(v) for v in spec.get("values", ())),
        iri=_expand(query, spec["iri"]) if spec.get("iri") else None,
        minimum=spec.get("minimum"), maximum=spec.get("maximum"))
    if any(bound is not None and type(bound) is not int for bound in (parameter.minimum, parameter.maximum)):
        raise CurationError(f"{where}: minimum and maximum are whole numbers")
    for value in (parameter.default, parameter.example):
        if value is not None:
            try:
                parameter.terms(value)
            except InvalidParameter as error:
                raise CurationError(f"{where}: its default or example is invalid: {error}") from None
    return parameter


def _known_keys(where: str, spec: dict, known: tuple[str, ...]) -> None:
    """Refuse a key we do not read: in a flow mapping, ``{description: Its kind, where stated.}``
    silently ends the description at the comma and makes ``where stated.`` a key of its own."""
    unknown = [str(k) for k in spec if k not in known]
    if unknown:
        raise CurationError(f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} "
                            f"(known: {', '.join(known)}); quote a description that contains a comma")


def _column(query: str, name: str, spec) -> Column:
    if not isinstance(spec, dict):
        spec = {"type": spec}
    _known_keys(f"queries/{query}.rq: column {name!r}", spec, COLUMN_KEYS)
    kind = spec.get("type", "string")
    if kind not in COLUMN_TYPES:
        raise CurationError(f"queries/{query}.rq: column {name!r} has type {kind!r}, not one of {', '.join(COLUMN_TYPES)}")
    return Column(name, kind, str(spec.get("description", "")).strip())


def parse(name: str, text: str) -> CannedQuery:
    header = []
    for line in text.splitlines():
        if not line.startswith(MARK):
            break
        header.append(line[len(MARK):].removeprefix(" "))
    try:
        meta = yaml.safe_load("\n".join(header)) or {}
    except (yaml.YAMLError, ValueError) as error:  # ValueError: a date that is not one, e.g. 2023-02-30
        raise CurationError(f"queries/{name}.rq: its #+ header is not YAML: {error}") from None
    if not isinstance(meta, dict) or "title" not in meta:
        raise CurationError(f"queries/{name}.rq: its #+ header needs at least a title")
    for section in ("parameters", "columns"):
        if not isinstance(meta.get(section) or {}, dict):
            raise CurationError(f"queries/{name}.rq: {section} is a mapping of names to their specifications")
    if not isinstance(meta.get("order", ()), (list, tuple)):
        raise CurationError(f"queries/{name}.rq: order is a list of columns, e.g. [date, -amount]")
    columns = tuple(_column(name, k, v) for k, v in (meta.get("columns") or {}).items())
    order = tuple(str(o) for o in meta.get("order", ()))
    for key in order:
        if key.lstrip("-") not in {c.name for c in columns}:
            raise CurationError(f"queries/{name}.rq: order names {key!r}, which is not a column")
    page_size, max_page_size = meta.get("page_size", DEFAULT_PAGE_SIZE), meta.get("max_page_size", MAX_PAGE_SIZE)
    if not all(type(size) is int for size in (page_size, max_page_size)) or not 0 < page_size <= max_page_size:
        raise CurationError(f"queries/{name}.rq: page_size must be between 1 and max_page_size")
    return CannedQuery(name=name, title=str(meta["title"]), text=text,
                       description=str(meta.get("description", "")).strip(),
                       tags=tuple(meta.get("tags", ())),
                       parameters=tuple(_parameter(name, k, v) for k, v in (meta.get("parameters") or {}).items()),
                       columns=columns, order=order, page_size=page_size, max_page_size=max_page_size, meta=meta)


def load(directory: Path = queryfiles.ROOT) -> list[CannedQuery]:
    """Every curated query, by file name (subfolders hold the build's own queries)."""
    found = []
    for path in sorted(directory.glob("*.rq")):
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", path.stem):
            raise CurationError(f"queries/{path.name}: a query's name is lowercase words joined by hyphens")
        found.append(parse(path.stem, path.read_text(encoding="utf-8")))
    return found
