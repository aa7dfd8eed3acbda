"""kg.extract.reader: what `kg extract` accepts, what it refuses, and the text offsets point into."""

import hashlib
import io
import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.config import ROOT
from kg.errors import InputError
from kg.extract.reader import Document, from_bytes, read

SOURCES = sorted((ROOT / "data" / "sources").glob("*.txt"))
ARABIC = "عقدت وزارة الهجرة اجتماعا مع المنظمة الدولية للهجرة في الرباط لبحث سبل التعاون."
ARABIC_BYTES = ARABIC.encode()


def refused(raw: bytes, name: str = "doc.txt", media_type: str | None = None) -> str:
    with pytest.raises(InputError) as caught:
        from_bytes(raw, name, media_type)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    return message


# Real sources ------------------------------------------------------------------------------------

def test_there_are_sources():
    assert len(SOURCES) >= 5


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_source_reads_back_verbatim(path):
    raw = path.read_bytes()
    document = read(path)
    assert document.text == raw.decode("utf-8").removeprefix("\ufeff")
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.media_type == "text/plain"
    assert document.name == str(path)
    assert document.id == path.stem.replace("_", "-")


def test_read_accepts_a_string_path():
    assert read(str(SOURCES[0])) == read(SOURCES[0])


def test_document_is_frozen():
    document = from_bytes(ARABIC_BYTES, "a.txt")
    with pytest.raises(AttributeError):
        document.text = "x"  # type: ignore[misc]


def test_leading_bom_removed_and_nothing_else():
    raw = "\ufeff" + "  " + ARABIC + "\r\n\u200f\u0640\ufeff\n"
    document = from_bytes(raw.encode(), "bom.txt")
    assert document.text == raw[1:]
    assert document.sha256 == hashlib.sha256(raw.encode()).hexdigest()


def test_latin_acronyms_inside_arabic_are_fine():
    text = "وقعت المملكة المغربية مع المنظمة الدولية للهجرة (OIM) والمفوضية (UNHCR) اتفاقية جديدة."
    assert from_bytes(text.encode(), "a.txt").text == text


# Ids -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("Press Release 01.txt", "press-release-01"),
    ("bulletin.v2.final.txt", "bulletin-v2-final"),
    ("some/dir/Report_2023.TXT", "report-2023"),
    ("  Spaces   and--dashes .txt", "spaces-and-dashes"),
    ("بلاغ 2023.txt", "2023"),
    ("Communiqué de presse.html", "communiqu-de-presse"),
    ("noextension", "noextension"),
    ("<stdin>", "stdin"),
])
def test_id_is_a_slug_of_the_stem(name, expected):
    assert from_bytes(ARABIC_BYTES, name).id == expected


@pytest.mark.parametrize("name", ["بلاغ صحفي.txt", "بلاغ.html", "_.txt", "دليل/بلاغ"])
def test_id_of_a_name_without_ascii_is_the_hash(name):
    document = from_bytes(ARABIC_BYTES, name)
    assert document.id == "doc-" + hashlib.sha256(ARABIC_BYTES).hexdigest()[:12]
    assert document.name == name


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(ARABIC_BYTES)))
    document = read("-")
    assert document == Document("stdin", "<stdin>", ARABIC, "text/plain", hashlib.sha256(ARABIC_BYTES).hexdigest())


def test_stdin_errors_name_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", types.SimpleNamespace(buffer=io.BytesIO(b"")))
    with pytest.raises(InputError, match=r"^<stdin>: empty"):
        read("-")


# Refusals ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [b"", b"  \n\t\r\n ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n\xef\xbb\xbf",
                                 "\u00a0\u2003\n".encode()], ids=["0 bytes", "whitespace", "BOM", "BOMs", "nbsp"])
def test_empty(raw):
    assert refused(raw).startswith("doc.txt: empty")


@pytest.mark.parametrize("raw, kind", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", "PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "Office"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
])
def test_binary_by_magic_number(raw, kind):
    message = refused(raw)
    assert "binary (" in message and kind in message
    assert "convert it to text first" in message


def test_pdf_message_exactly():
    assert refused(b"%PDF-1.7\n", "a.pdf") == "a.pdf: binary (PDF) — convert it to text first"


def test_binary_nul_byte():
    message = refused(ARABIC_BYTES + b"\x00" + ARABIC_BYTES)
    assert "binary" in message and "NUL" in message


def test_binary_control_characters():
    text = ARABIC[:40]  # 40 characters, 73 bytes
    assert "binary" in refused(text.encode() + b"\x01\x02\x1b")  # 3 in 43 characters: 7%
    assert from_bytes(text.encode() + b"\x1b\x0c\t", "doc.txt").text == text + "\x1b\x0c\t"  # 1 in 43: 2%


@pytest.mark.parametrize("raw, encoding", [
    (b"\xff\xfe" + ARABIC.encode("utf-16-le"), "UTF-16"),
    (b"\xfe\xff" + ARABIC.encode("utf-16-be"), "UTF-16"),
    (b"\xff\xfe\x00\x00" + ARABIC.encode("utf-32-le"), "UTF-32"),
])
def test_utf16_and_utf32_refused_with_the_command(raw, encoding):
    message = refused(raw, "u.txt")
    assert message.startswith(f"u.txt: {encoding}")
    assert f"iconv -f {encoding} -t UTF-8 u.txt" in message


def test_utf16_without_bom_is_binary():
    assert "binary" in refused(ARABIC.encode("utf-16-le"))


def test_windows_1256_is_not_utf8_with_the_byte_offset():
    raw = b"Title: " + ARABIC.encode("cp1256")
    message = refused(raw, "old.txt")
    assert message.startswith("old.txt: not UTF-8")
    assert "byte offset 7" in message
    assert "iconv -f WINDOWS-1256 -t UTF-8 old.txt" in message


def test_not_utf8_offset_after_valid_arabic():
    raw = ARABIC_BYTES + "ع".encode("cp1256")
    assert f"byte offset {len(ARABIC_BYTES)}" in refused(raw)


def test_english_is_not_arabic():
    text = "The Ministry met the International Organization for Migration in Rabat today. " * 3
    message = refused(text.encode())
    assert message.startswith("doc.txt: not Arabic (0% of its letters are Arabic")


def test_french_with_a_few_arabic_words_is_not_arabic():
    arabic = "المنظمة الدولية للهجرة"  # 20 Arabic letters
    french = "Le ministère chargé des Marocains résidant à l'étranger a signé un accord avec " + arabic + "."
    latin = sum(c.isalpha() for c in french) - 20
    share = 20 * 100 // (20 + latin)
    assert refused(french.encode()).startswith(f"doc.txt: not Arabic ({share}% of its letters are Arabic)")
    assert 0 < share < 50


def test_too_few_arabic_letters():
    message = refused("بلاغ صحفي".encode())
    assert "not Arabic (100% of its letters are Arabic; only 8 Arabic letters, at least 20" in message


def test_half_arabic_is_enough():
    text = "ا" * 20 + "a" * 20
    assert from_bytes(text.encode(), "doc.txt").text == text
    assert "49%" in refused(("ا" * 49 + "a" * 51).encode())


def test_directory(tmp_path):
    with pytest.raises(InputError, match=r"^.*: is a directory"):
        read(tmp_path)


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        read(missing)


def test_unreadable_file(tmp_path, monkeypatch):
    """Permission denied, whoever runs the suite (root reads a chmod-000 file, so the refusal is
    the operating system's answer, played here)."""
    path = tmp_path / "secret.txt"
    path.write_bytes(ARABIC_BYTES)

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match=r"secret\.txt: cannot be read \(permission denied\)"):
        read(path)


@pytest.mark.parametrize("error, message", [
    (PermissionError(13, "Permission denied"), "cannot be read (permission denied)"),
    (OSError(5, "Input/output error"), "cannot be read (Input/output error)"),
])
def test_read_errors_become_input_errors(monkeypatch, error, message):
    def fail(self):
        raise error
    monkeypatch.setattr("pathlib.Path.read_bytes", fail)
    with pytest.raises(InputError) as caught:
        read("press.txt")
    assert str(caught.value).startswith(f"press.txt: {message}")


def test_unknown_media_type():
    assert "unsupported media type" in refused(ARABIC_BYTES, media_type="application/pdf")


# HTML ------------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>بلاغ صحفي  |  وزارة الهجرة</title>
  <meta name="description" content="وصف لا يظهر">
  <script>var menu = "<p>لا يظهر</p>"; if (a < b && c > d) {}</script>
  <style>p { color: red; } /* لا يظهر */</style>
  <link rel="stylesheet" href="/site.css">
</head>
<body>
  <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">الأخبار</a></li></ul></nav>
  <!-- تعليق لا يظهر -->
  <article>
    <h1>توقيع   اتفاقية تعاون</h1>
    <p>وقعت الوزارة&nbsp;والمنظمة الدولية للهجرة (OIM) &amp; شركاؤها
       اتفاقية في <b>الر</b>باط يوم &#1633;&#1636; شتنبر 2016.</p>
    <p>	وتهدف الاتفاقية إلى:</p>
    <ul>
      <li>دعم إدماج المهاجرين؛</li>
      <li>تقوية   القدرات.</li>
    </ul>
    <table>
      <tr><th>البرنامج</th><th>الميزانية</th></tr>
      <tr><td>الإدماج</td><td>120&#x20;مليون</td></tr>
    </table>
    <noscript>فعّل جافاسكريبت</noscript>
    <svg viewBox="0 0 10 10"><title>شعار</title><path d="M0 0"/></svg>
  </article>
  <footer>جميع الحقوق محفوظة &copy; 2016</footer>
</body>
</html>
"""

PAGE_TEXT = """بلاغ صحفي | وزارة الهجرة

الرئيسية
الأخبار

توقيع اتفاقية تعاون

وقعت الوزارة والمنظمة الدولية للهجرة (OIM) & شركاؤها اتفاقية في الرباط يوم ١٤ شتنبر 2016.

وتهدف الاتفاقية إلى:

دعم إدماج المهاجرين؛
تقوية القدرات.

البرنامج الميزانية
الإدماج 120 مليون

جميع الحقوق محفوظة © 2016"""


def test_html_page_text():
    document = from_bytes(PAGE.encode(), "bulletin.html")
    assert document.media_type == "text/html"
    assert document.text == PAGE_TEXT
    assert document.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert document.id == "bulletin"


@pytest.mark.parametrize("name", ["page", "page.txt", "<stdin>"])
@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf", b"\n  \r\n"])
def test_html_sniffed(name, prefix):
    document = from_bytes(prefix + PAGE.encode(), name)
    assert (document.media_type, document.text) == ("text/html", PAGE_TEXT)


def test_html_sniff_case_and_bare_html_tag():
    raw = ("<HTML><BODY><P>" + ARABIC + "</P></BODY></HTML>").encode()
    assert from_bytes(raw, "x").text == ARABIC
    raw = ("<!DocType HTML><p>" + ARABIC).encode()
    assert from_bytes(raw, "x").text == ARABIC


@pytest.mark.parametrize("suffix", [".html", ".HTM", ".xhtml"])
def test_html_by_suffix_without_doctype(suffix):
    raw = f"<div>{ARABIC}</div><div>{ARABIC}</div>".encode()
    document = from_bytes(raw, "x" + suffix)
    assert (document.media_type, document.text) == ("text/html", ARABIC + "\n" + ARABIC)


def test_media_type_argument_wins():
    raw = f"<p>{ARABIC}</p>".encode()
    assert from_bytes(raw, "x.txt", "text/html; charset=utf-8").text == ARABIC
    page = f"<!doctype html><p>{ARABIC}</p>"
    assert from_bytes(page.encode(), "x.html", "text/plain").text == page


def test_not_html_when_the_tag_is_not_first():
    raw = f"{ARABIC}\n<html> ليس في البداية".encode()
    assert from_bytes(raw, "x").media_type == "text/plain"


def test_html_blank_lines_collapse():
    raw = f"<html><p>{ARABIC}</p><p>&nbsp;</p><p> </p><br><br><br><div><div>{ARABIC}</div></div>".encode()
    assert from_bytes(raw, "x").text == ARABIC + "\n\n" + ARABIC


def test_html_pre_keeps_its_lines():
    raw = f"<html><pre>  {ARABIC}\n\tسطر ثان   بمسافات\n\n\n\nآخر</pre>".encode()
    assert from_bytes(raw, "x").text == f"{ARABIC}\nسطر ثان بمسافات\n\nآخر"


@pytest.mark.parametrize("markup, expected", [
    (f"<html><body><p>{ARABIC}<p>الفقرة الثانية <b", f"{ARABIC}\n\nالفقرة الثانية <b"),
    (f"<html><head><title>العنوان</title><p>{ARABIC}", f"العنوان\n\n{ARABIC}"),
    (f"<html><title>العنوان<p>{ARABIC}", f"العنوان\n\n{ARABIC}"),
    (f"<html><p>{ARABIC}</div></span></p></p><i>", ARABIC),
    (f"<html><p>{ARABIC}<!-- comment never closed", f"{ARABIC}<!-- comment never closed"),
    (f"<html><p><![if gte mso 9]>{ARABIC}<![endif]>", ARABIC),
    (f"<html><p><![bogus keyword>{ARABIC}", f"<![bogus keyword>{ARABIC}"),  # html.parser asserts on it
    (f"<html><p a=\"{ARABIC}\">{ARABIC}</p><p &amp;>", ARABIC),
])
def test_malformed_html_still_gives_text(markup, expected):
    assert from_bytes(markup.encode(), "x.html").text == expected


def test_html_declaring_windows_1256_is_not_utf8():
    raw = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>' \
        + b"<body><p>" + ARABIC.encode("cp1256")
    message = refused(raw, "old.html")
    assert message.startswith("old.html: not UTF-8")
    assert f"byte offset {raw.index(b'<body><p>') + 9}" in message
    assert "windows-1256" in message and "iconv -f WINDOWS-1256 -t UTF-8 old.html" in message


def test_html_without_text_is_empty():
    assert refused(b"<!doctype html><html><head><script>x</script></head><body> </body></html>",
                   "e.html").startswith("e.html: empty")


def test_html_of_english_is_not_arabic():
    raw = ("<html><title>" + ARABIC + "</title><body><p>" + "English text only. " * 20).encode()
    assert "not Arabic" in refused(raw, "en.html")


# Fuzz ------------------------------------------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ARABIC_CHARS = st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى ـًٌٍَُِّْ\ufefb\ufee3\ufecc٠١٢")
MIXED_TEXT = st.text(alphabet=st.one_of(ARABIC_CHARS, st.characters()), max_size=200)


def check(raw: bytes, name: str) -> Document | None:
    try:
        document = from_bytes(raw, name)
    except InputError as error:
        assert str(error).startswith(f"{name}: ")
        return None
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    assert document.text.strip()
    if document.media_type == "text/plain":
        assert document.text == raw.decode("utf-8").removeprefix("\ufeff")
    return document


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_bytes(raw):
    check(raw, "fuzz.txt")


@FUZZ
@given(MIXED_TEXT, st.sampled_from(["fuzz.txt", "fuzz", "fuzz.html"]))
def test_fuzz_text(text, name):
    check(text.encode("utf-8", "surrogatepass"), name)


TAG = st.sampled_from(["p", "div", "b", "i", "h1", "li", "ul", "br", "table", "tr", "td", "script", "style",
                       "head", "title", "svg", "pre", "noscript", "template", "span", "html", "body"])
MARKUP = st.one_of(
    TAG.map(lambda t: f"<{t}>"), TAG.map(lambda t: f"</{t}>"), TAG.map(lambda t: f"<{t}/>"),
    TAG.map(lambda t: f'<{t} class="x" id=\'y\'>'),
    st.sampled_from(["<!-- c -->", "<!--", "-->", "&nbsp;", "&amp;", "&#1575;", "&#x627;", "&bogus;", "&#",
                     "<!doctype html>", "<![CDATA[x]]>", "<![if x]>", "<?php ?>", "<", ">", "</", "\n", "\t", "  "]),
    MIXED_TEXT,
)


@FUZZ
@given(st.lists(MARKUP, max_size=30), st.sampled_from(["fuzz.html", "fuzz"]))
def test_fuzz_html(pieces, name):
    document = check("".join(pieces).encode("utf-8", "surrogatepass"), name)
    if document is not None and document.media_type == "text/html":
        assert "\n\n\n" not in document.text
        for line in document.text.split("\n"):
            assert line == line.strip(" \t") and "  " not in line


WORDS_MARKUP = {"<p>": " ", "</p>": " ", "<br>": " ", "<li>": " ", "<b>": "", "</b>": "",
                "<script>x</script>": "", "&nbsp;": " "}


@FUZZ
@given(st.lists(st.sampled_from([ARABIC, "\n", "\n\n", " ", "OIM", *WORDS_MARKUP]), max_size=20))
def test_fuzz_html_keeps_every_word(pieces):
    markup = "".join(pieces) + ARABIC
    document = from_bytes(("<html>" + markup).encode(), "x")
    for tag, replacement in WORDS_MARKUP.items():
        markup = markup.replace(tag, replacement)
    assert document.text.split() == markup.split()
