"""What a SPARQL request is, read off its tokens before anything runs it.

The endpoint must know a request's form (to negotiate the response format, and to refuse updates
with 403 instead of a parser's 400), and which
endpoints its ``SERVICE`` clauses would call (server-side request forgery, refused unless allowed).
A keyword only counts outside strings, IRIs, comments and language tags, so ``"SERVICE"`` or
``# DELETE`` in a query change nothing. The parser proper is the engine's; a request that lexes
oddly here is still answered by the engine's own error message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)
             | '''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)
             | "(?:[^"\\\n\r]|\\.)*"? | '(?:[^'\\\n\r]|\\.)*'?)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w\-:%.]|\\.)*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


@dataclass(frozen=True)  # shared by every caller through the cache of ``shape``
class Shape:
    """The parts of a request the endpoint acts on."""

    form: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE; an update keyword; None when unreadable
    prefixes: dict[str, str] = field(default_factory=dict)
    services: tuple[str, ...] = ()  # IRIs, or "?var" for a variable endpoint

    @property
    def is_update(self) -> bool:
        return self.form in UPDATE_KEYWORDS

    @property
    def is_graph(self) -> bool:
        """CONSTRUCT and DESCRIBE answer with RDF; SELECT and ASK with a results table or boolean."""
        return self.form in ("CONSTRUCT", "DESCRIBE")


def tokens(text: str) -> list[Token]:
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            found.append(Token(kind, match.group()))
    return found


@lru_cache(maxsize=1024)  # dashboards send the same queries again and again
def shape(text: str) -> Shape:
    toks = tokens(text)
    form, prefixes, services = None, {}, []
    i = 0
    # The prologue: BASE <iri> and PREFIX p: <iri>, in any order.
    while i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("BASE", "PREFIX"):
        if toks[i].text.upper() == "PREFIX" and i + 2 < len(toks) and toks[i + 2].kind == "iri":
            prefixes[toks[i + 1].text[:-1]] = toks[i + 2].text[1:-1]
            i += 3
        else:
            i += 2
    if i < len(toks) and toks[i].kind == "word":
        keyword = toks[i].text.upper()
        if keyword in QUERY_FORMS + UPDATE_KEYWORDS:
            form = keyword
    for j, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        keyword = tok.text.upper()
        if keyword == "SERVICE":
            target = toks[j + 1] if j + 1 < len(toks) else None
            if target and target.kind == "word" and target.text.upper() == "SILENT":
                target = toks[j + 2] if j + 2 < len(toks) else None
            if target is not None:
                services.append(_resolve(target, prefixes))
    return Shape(form, prefixes, tuple(services))


def undeclared_prefixes(text: str) -> list[str]:
    """Prefixes used in prefixed names but never declared (a common cause of syntax errors)."""
    declared = shape(text).prefixes
    used = [t.text.partition(":")[0] for t in tokens(text) if t.kind == "pname" and not t.text.startswith("_:")]
    return sorted(set(used) - set(declared))


def _resolve(token: Token, prefixes: dict[str, str]) -> str:
    if token.kind == "iri":
        return token.text[1:-1]
    if token.kind == "pname":
        prefix, _, local = token.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return token.text


def where_group_start(text: str) -> int | None:
    """The offset just inside the brace that opens the query's WHERE clause (the first ``{``
    after ``WHERE``, or after the query form when ``WHERE`` is omitted), or None."""
    seen_form = seen_where = False
    for match in _TOKEN.finditer(text):
        kind, value = match.lastgroup, match.group()
        if kind == "word" and value.upper() in QUERY_FORMS:
            seen_form = True
        elif kind == "word" and value.upper() == "WHERE":
            seen_where = True
        elif kind == "other" and value == "{" and (seen_where or (seen_form and not _has_where(text))):
            return match.end()
    return None


@lru_cache(maxsize=256)
def _has_where(text: str) -> bool:
    return any(m.lastgroup == "word" and m.group().upper() == "WHERE" for m in _TOKEN.finditer(text))
