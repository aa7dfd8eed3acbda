"""What a SPARQL request is, read off its tokens before anything runs it.

The endpoint must know a request's form (to negotiate the response format, and to refuse updates
with 403 instead of a parser's 400), and which
endpoints its ``SERVICE`` clauses would call (server-side request forgery, refused unless allowed).
A keyword only counts outside strings, IRIs, comments and language tags, so ``"SERVICE"`` or
``# DELETE`` in a query change nothing. The parser proper is the engine's; a request that lexes
oddly here is still answered by the engine's own error message.

Oxigraph's parser reads a keyword wherever its letters stand, without a word boundary:
``SERVICE:x`` is ``SERVICE`` and ``:x``, ``DESCRIBE:a`` is ``DESCRIBE`` and ``:a``,
``SERVICEsilent<…>`` is ``SERVICE SILENT <…>``. So a name that begins with a keyword is read as
that keyword and the rest, and for ``SERVICE`` every name that begins with it (or has it after a
dot) is taken for a call: a query can only be refused too often, never let through. Every
pattern is linear (possessive quantifiers): a 64 KB query lexes in milliseconds.
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
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*+>)
  | (?P<variable>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]++)
  | (?P<langtag>@[A-Za-z]++(?:-[A-Za-z0-9]++)*+)
  | (?P<name>[^\W\d][\w.\-]*+(?::(?:[\w\-:%.]|\\.)*+)?)
  | (?P<pname>:(?:[\w\-:%.]|\\.)*+)
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
    """The tokens that matter: words (keywords, function names), prefixed names, IRIs, variables,
    strings, language tags and single characters; spaces and comments dropped."""
    found = []
    for match in _TOKEN.finditer(text):
        kind, value = match.lastgroup or "other", match.group()
        if kind == "name":
            kind = "pname" if ":" in value else "word"
        if kind not in ("space", "comment"):
            found.append(Token(kind, value))
    return found


def _keyword(token: Token, keywords: tuple[str, ...]) -> tuple[str, Token | None] | None:
    """``token`` read as Oxigraph reads it where a keyword may stand: one of ``keywords`` and the
    rest (``DESCRIBE:a`` → DESCRIBE, ``:a``), or None."""
    if token.kind not in ("word", "pname"):
        return None
    for keyword in keywords:
        head, rest = token.text[:len(keyword)], token.text[len(keyword):]
        if head.upper() == keyword and (not rest or rest.startswith(":")):
            return keyword, Token("pname", rest) if rest else None
    return None


@lru_cache(maxsize=256)  # dashboards send the same queries again and again
def shape(text: str) -> Shape:
    toks = tokens(text)
    form, prefixes = None, {}
    i = 0
    # The prologue: BASE <iri> and PREFIX p: <iri>, in any order (PREFIX:<…> is PREFIX : <…>).
    while i < len(toks) and (read := _keyword(toks[i], ("BASE", "PREFIX"))) is not None:
        keyword, rest = read
        name = rest if rest is not None else toks[i + 1] if i + 1 < len(toks) else None
        at = i + (1 if rest is not None else 2)
        if keyword == "PREFIX" and name is not None and at < len(toks) and toks[at].kind == "iri":
            prefixes[name.text[:-1]] = toks[at].text[1:-1]
            i = at + 1
        else:
            i = at if keyword == "PREFIX" else i + 2
    if i < len(toks) and (read := _keyword(toks[i], QUERY_FORMS + UPDATE_KEYWORDS)) is not None:
        form = read[0]
    return Shape(form, prefixes, tuple(_services(toks, prefixes)))


def _services(toks: list[Token], prefixes: dict[str, str]) -> list[str]:
    """Every endpoint a SERVICE could call, as an IRI where it resolves, else as written."""
    found = []
    for j, tok in enumerate(toks):
        if tok.kind not in ("word", "pname"):
            continue
        upper = tok.text.upper()
        at = upper.find("SERVICE")
        if at < 0 or (at > 0 and upper[at - 1] != "."):
            continue  # a name that merely contains the word (dcat:DataService) is no keyword
        rest = tok.text[at + len("SERVICE"):]
        if rest[:6].upper() == "SILENT":
            rest = rest[6:]
        following = toks[j + 1:j + 3]
        if not rest and following and following[0].kind == "word" and following[0].text.upper() == "SILENT":
            following = following[1:]
        target = Token("pname" if ":" in rest else "word", rest) if rest else following[0] if following else None
        found.append(_resolve(target, prefixes) if target is not None else "(nothing)")
    return found


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
        if kind == "name":
            kind = "word"
        if kind == "word" and value.upper() in QUERY_FORMS:
            seen_form = True
        elif kind == "word" and value.upper() == "WHERE":
            seen_where = True
        elif kind == "other" and value == "{" and (seen_where or (seen_form and not _has_where(text))):
            return match.end()
    return None


@lru_cache(maxsize=256)
def _has_where(text: str) -> bool:
    return any(m.lastgroup == "name" and m.group().upper() == "WHERE" for m in _TOKEN.finditer(text))
