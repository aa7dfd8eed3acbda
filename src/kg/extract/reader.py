"""The documents ``kg extract`` is given: one file (or stdin) read into a checked ``Document``.

Accepted: UTF-8 plain text (one leading byte-order mark is removed, nothing else changes, so evidence
offsets point into it verbatim) and UTF-8 HTML, recognised by the media type given, a .html/.htm/.xhtml
suffix, or content starting with ``<!doctype html`` or ``<html``. HTML is reduced to its text (title as
the first line, one line per block element, a blank line between paragraphs, spaces collapsed, &nbsp;
as a space); that text is the document, offsets never point back into the markup.

Refused with ``InputError``, the message starting with the file name: a missing, unreadable or
directory path; an empty file (nothing but whitespace or BOMs); binary content (a NUL byte, the magic
number of a PDF, ZIP/DOCX/ODT, old Office, PNG, JPEG or GIF file, or more than 5% control characters);
UTF-16 and UTF-32, even with a byte-order mark (refused rather than decoded, so that the text of a plain
document is always its bytes decoded as UTF-8); anything else that is not valid UTF-8 (the offset of
the first bad byte is given, with the ``iconv`` command to convert from WINDOWS-1256); text that is not
Arabic: fewer than 20 Arabic-script letters, or fewer than half of its letters in Arabic script.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError

PLAIN, HTML = "text/plain", "text/html"
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MAGIC = [(b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP archive: DOCX, ODT, XLSX…"),
          (b"\xd0\xcf\x11\xe0", "old Microsoft Office document, e.g. .doc"),
          (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image")]
# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = [(b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
         (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")]
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f") + b"\x7f"
_CONTINUATION = bytes(range(0x80, 0xC0))  # UTF-8 continuation bytes: not counted as characters
_MAX_CONTROL = 0.05
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_MIN_ARABIC, _MIN_SHARE = 20, 0.5
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)


@dataclass(frozen=True)
class Document:
    id: str          # slug of the file name's stem, or "doc-" + 12 hex of sha256 when it has no ASCII
    name: str        # the file name as given ("<stdin>" for stdin)
    text: str        # what every offset points into
    media_type: str  # PLAIN or HTML
    sha256: str      # of the raw bytes


def read(path: Path | str) -> Document:
    """The document at ``path``; ``"-"`` reads standard input."""
    if str(path) == "-":
        return from_bytes(sys.stdin.buffer.read(), "<stdin>")
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file — check the path") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory — give the files in it, e.g. {name}/*.txt") from None
    except PermissionError:
        raise InputError(f"{name}: cannot be read (permission denied) — check its permissions") from None
    except OSError as error:
        raise InputError(f"{name}: cannot be read ({error.strerror or error}) — check the path") from None
    return from_bytes(raw, name)


def from_bytes(raw: bytes, name: str, media_type: str | None = None) -> Document:
    """``raw`` checked and decoded; ``media_type`` (text/plain or text/html) overrides the guess."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            raise InputError(f"{name}: {encoding} text, only UTF-8 is read — convert it: "
                             f"iconv -f {encoding} -t UTF-8 {name} > converted.txt")
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"{name}: binary ({kind}) — convert it to text first")
    if b"\0" in raw:
        raise InputError(f"{name}: binary (it contains NUL bytes; so does UTF-16 without a byte-order mark) "
                         "— convert it to UTF-8 text first")
    characters = len(raw) - len(raw.translate(None, _CONTINUATION))
    controls = len(raw) - len(raw.translate(None, _CONTROL))
    if controls > _MAX_CONTROL * characters:
        raise InputError(f"{name}: binary ({controls} control characters in {characters}) — convert it to text first")
    kind = _media_type(raw, name, media_type)
    text = _decode(raw, name, kind)
    if not text.replace("\ufeff", "").strip():
        raise InputError(f"{name}: empty — give a file with the text of a press release")
    if kind == HTML:
        text = html_text(text)
        if not text.strip():
            raise InputError(f"{name}: empty (the HTML has no text) — give the page of a press release")
    _check_arabic(text, name)
    raw_digest = hashlib.sha256(raw).hexdigest()
    return Document(_slug(name) or f"doc-{raw_digest[:12]}", name, text, kind, raw_digest)


def digest(text: str) -> str:
    """SHA-256 of ``text`` as UTF-8: what ``data/sources`` stores and ``kg build`` checks."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _media_type(raw: bytes, name: str, given: str | None) -> str:
    if given is not None:
        kind = given.split(";")[0].strip().lower()
        if kind not in (PLAIN, HTML):
            raise InputError(f"{name}: unsupported media type {given!r} — give {PLAIN} or {HTML}")
        return kind
    if Path(name).suffix.lower() in _HTML_SUFFIXES:
        return HTML
    head = raw.removeprefix(b"\xef\xbb\xbf").lstrip()[:14].lower()
    return HTML if head.startswith((b"<!doctype html", b"<html")) else PLAIN


def _decode(raw: bytes, name: str, kind: str) -> str:
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        declared = _META_CHARSET.search(raw[:4096]) if kind == HTML else None
        said = f", its <meta charset> says {declared.group(1).decode('ascii', 'replace')}" if declared else ""
        source = declared.group(1).decode("ascii", "replace").upper() if declared else "WINDOWS-1256"
        raise InputError(
            f"{name}: not UTF-8 (byte 0x{raw[error.start]:02X} at byte offset {error.start}{said}) — convert it, "
            f"e.g. iconv -f {source} -t UTF-8 {name} > converted.txt (WINDOWS-1256 is the usual legacy "
            "Arabic code page)") from None


def _check_arabic(text: str, name: str) -> None:
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if _ARABIC.match(c))
    share = arabic / len(letters) if letters else 0.0
    if arabic < _MIN_ARABIC or share < _MIN_SHARE:
        # Floor, so that a refused 49.6% never shows as 50%.
        detail = f"{int(share * 100)}% of its letters are Arabic"
        if arabic < _MIN_ARABIC:
            detail += f"; only {arabic} Arabic letters, at least {_MIN_ARABIC} are needed"
        raise InputError(f"{name}: not Arabic ({detail}) — kg extract reads Arabic press releases")


def _slug(name: str) -> str:
    # ASCII only: str.lower() would turn some non-ASCII letters (the Kelvin sign K) into ASCII ones.
    return "-".join(w.lower() for w in re.findall(r"[A-Za-z0-9]+", Path(name).stem))


# HTML ------------------------------------------------------------------------------------------

_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
_HEAD_ONLY = {"title", "meta", "link", "base", "style", "script", "noscript", "template"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "figure"}
_LINE = {"div", "li", "tr", "br", "hr", "section", "article", "header", "footer", "nav", "aside", "main",
         "dd", "dt", "figcaption", "caption", "address", "form", "fieldset", "details", "summary",
         "thead", "tbody", "tfoot", "title", "body", "html"}
_CELL = {"td", "th"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f\u00a0]+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skip: dict[str, int] = {}
        self.in_title, self.pre = False, 0
        self.pending = 0  # newlines owed before the next text: breaks merge instead of stacking

    def _break(self, newlines: int) -> None:
        self.pending = max(self.pending, newlines)

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.skip.get("head") and tag not in _HEAD_ONLY:
            self.skip["head"] = 0  # an unclosed <head> ends where the body's content begins
        if tag in _SKIP:
            self.skip[tag] = self.skip.get(tag, 0) + 1
        self.in_title = tag == "title"  # a title holds no elements: any tag ends an unclosed one
        self.pre += tag == "pre"
        self._tag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip.get(tag):
            self.skip[tag] -= 1
        if tag == "title":
            self.in_title = False
        if tag == "pre" and self.pre:
            self.pre -= 1
        self._tag(tag)

    def _tag(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self._break(2)
        elif tag in _LINE:
            self._break(1)
        elif tag in _CELL:
            self.handle_data(" ")

    def handle_data(self, data: str) -> None:
        if self.in_title and not any(self.skip.get(t) for t in _SKIP - {"head"}):
            self.title.append(data)
            return
        if any(self.skip.values()):
            return
        data = data.replace("\r\n", "\n").replace("\u00a0", " ") if self.pre else _HTML_SPACE.sub(" ", data)
        if not data.strip():
            if self.parts and not self.pending:
                self.parts.append(" ")  # the space between two inline elements
            return
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
        self.pending = 0
        self.parts.append(data)


def html_text(markup: str) -> str:
    """The text of an HTML page, laid out as the module docstring says."""
    try:
        parts = _extract(markup)
    except AssertionError:  # html.parser (3.11) asserts on an unknown "<![keyword" marked section
        parts = _extract(markup.replace("<![", "&lt;!["))
    lines = [re.sub(r"[ \t]+", " ", line).strip(" \t") for line in parts.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _extract(markup: str) -> str:
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    title = _HTML_SPACE.sub(" ", "".join(parser.title)).strip()
    body = "".join(parser.parts)
    return f"{title}\n\n{body}" if title else body
