"""The curated queries (``queries/*.rq``) as units: the loader, each parameter type, the OpenAPI
schemas, the editor's example text, and every query run on the real graph."""

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.config import ROOT
from kg.errors import CurationError
from kg.namespaces import PREFIXES
from kg.query.catalogue import MAX_TEXT, RESERVED, CannedQuery, InvalidParameter, Parameter, load, parse
from kg.query.engine import Values, with_table
from kg.store import current_store

XSD = "http://www.w3.org/2001/XMLSchema#"
MG = "https://w3id.org/mgkg/ontology#"
IOM = "https://w3id.org/mgkg/id/organization/iom"
QUERY_FILES = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
CATALOGUE = {q.name: q for q in load()}
HEADER = """#+ title: A test query
#+ description: For the loader's tests.
#+ parameters:
#+   since: {type: year, description: From this year.}
#+ columns:
#+   thing: {type: iri, description: A thing.}
#+   year: {type: integer, description: Its year.}
#+ order: [thing]
SELECT ?thing ?year WHERE { ?thing ?p ?year }
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return path


# --- the loader ---------------------------------------------------------------------------------

def test_every_file_is_loaded_by_its_name():
    assert sorted(CATALOGUE) == QUERY_FILES
    assert len(QUERY_FILES) >= 15
    for name in QUERY_FILES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), name


@pytest.mark.parametrize("name", QUERY_FILES)
def test_every_query_is_documented(name):
    query = CATALOGUE[name]
    assert query.title.strip() and query.description.strip()
    assert query.columns, "a query declares its columns"
    assert all(c.description for c in query.columns), [c.name for c in query.columns if not c.description]
    assert all(p.description for p in query.parameters), [p.name for p in query.parameters if not p.description]
    assert 0 < query.page_size <= query.max_page_size
    assert not {p.name for p in query.parameters} & set(RESERVED)


@pytest.mark.parametrize("name", QUERY_FILES)
def test_every_parameter_is_a_variable_of_the_query(name):
    """A parameter the text never mentions would be accepted and change nothing."""
    query = CATALOGUE[name]
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("#"))
    for parameter in query.parameters:
        slots = [parameter.name] + ([f"{parameter.name}{i}" for i in range(1, 6)] if parameter.type == "search" else [])
        for slot in slots:
            assert re.search(rf"\?{slot}\b", body), f"{name}: ?{slot} is not in the query"


def test_a_loaded_query_keeps_its_metadata(tmp_path):
    write(tmp_path, "a-test", HEADER)
    [query] = load(tmp_path)
    assert query.name == "a-test" and query.title == "A test query"
    assert [(c.name, c.type) for c in query.columns] == [("thing", "iri"), ("year", "integer")]
    assert [(p.name, p.type, p.required) for p in query.parameters] == [("since", "year", False)]
    assert query.order == ("thing",)


@pytest.mark.parametrize("name", ["Bad", "bad_name", "bad--name", "-bad", "bad name"])
def test_a_file_name_that_is_not_lowercase_hyphenated_is_refused(tmp_path, name):
    write(tmp_path, name, HEADER)
    with pytest.raises(CurationError, match=re.escape(f"{name}.rq")):
        load(tmp_path)


@pytest.mark.parametrize("reserved", RESERVED)
def test_a_parameter_with_a_reserved_name_is_refused(tmp_path, reserved):
    write(tmp_path, "reserved", HEADER.replace("  since: {type: year", f"  {reserved}: {{type: year"))
    with pytest.raises(CurationError, match=r"queries/reserved\.rq.*" + reserved):
        load(tmp_path)


@pytest.mark.parametrize("header, message", [
    ("#+ title: [unclosed\n", "not YAML"),
    ("#+ title: x\n#+ parameters:\n#+   a: {type: iri\n", "not YAML"),
    ("#+ description: no title\n", "title"),
    ("#+ - a list\n", "title"),
    ("#+ title: x\n#+ parameters:\n#+   a: {type: float}\n", "type 'float'"),
    ("#+ title: x\n#+ columns:\n#+   a: {type: money}\n", "type 'money'"),
    ("#+ title: x\n#+ columns:\n#+   a: {type: iri}\n#+ order: [b]\n", "order names 'b'"),
    ("#+ title: x\n#+ columns:\n#+   a: {type: iri}\n#+ order: a\n", "order is a list"),
    ("#+ title: x\n#+ parameters:\n#+   y: {type: year, default: nineteen}\n", "default or example is invalid"),
    ("#+ title: x\n#+ parameters:\n#+   y: {type: year, example: 10000}\n", "default or example is invalid"),
    ("#+ title: x\n#+ parameters:\n#+   d: {type: date, default: \"2023-02-30\"}\n", "default or example is invalid"),
    ("#+ title: x\n#+ parameters:\n#+   d: {type: date, default: 2023-02-30}\n", "not YAML"),  # YAML reads a date
    ("#+ title: x\n#+ parameters:\n#+   n: {type: integer, minimum: one}\n", "whole numbers"),
    ("#+ title: x\n#+ parameters: [a, b]\n", "mapping"),
    ("#+ title: x\n#+ columns: a\n", "mapping"),
    ("#+ title: x\n#+ parameters:\n#+   e: {type: enum, values: [a, b], default: c}\n", "default or example"),
    ("#+ title: x\n#+ parameters:\n#+   e: {type: enum}\n", "lists its values"),
    ("#+ title: x\n#+ parameters:\n#+   a-b: {type: string}\n", "variable name"),
    ("#+ title: x\n#+ parameters:\n#+   a: {type: iri, class: nope:Thing}\n", "nope:Thing"),
    ("#+ title: x\n#+ page_size: 50\n#+ max_page_size: 10\n", "page_size"),
    ("#+ title: x\n#+ page_size: 0\n", "page_size"),
    ("#+ title: x\n#+ page_size: ten\n", "page_size"),
    # An unquoted comma ends a description in a flow mapping and makes the rest a key: refused.
    ("#+ title: x\n#+ columns:\n#+   a: {type: iri, description: Its country, where stated.}\n", "where stated"),
    ("#+ title: x\n#+ parameters:\n#+   a: {type: iri, descripton: typo}\n", "descripton"),
])
def test_a_bad_header_is_a_curation_error_naming_the_file(tmp_path, header, message):
    write(tmp_path, "broken", header + "SELECT * WHERE { ?s ?p ?o }\n")
    with pytest.raises(CurationError) as error:
        load(tmp_path)
    assert "queries/broken.rq" in str(error.value)
    assert message in str(error.value)


def test_a_quoted_description_keeps_its_commas():
    header = '#+ title: x\n#+ columns:\n#+   a: {type: iri, description: "Its country, where stated."}\n'
    query = parse("x", header + "SELECT ?a {}")
    assert query.columns[0].description == "Its country, where stated."


def test_prefixed_classes_and_enum_namespaces_are_expanded():
    actors = CATALOGUE["actors"]
    assert actors.parameter("country").cls == MG + "Country"
    assert actors.parameter("kind").iri == MG
    assert CATALOGUE["people"].parameter("person").cls == PREFIXES["foaf"] + "Person"


# --- parameter types ----------------------------------------------------------------------------

def refused(parameter: Parameter, raw: str) -> bool:
    try:
        parameter.terms(raw)
    except InvalidParameter:
        return True
    return False


IRI = Parameter("funder", "iri")
VALID_IRIS = ["https://w3id.org/mgkg/id/organization/sdc", "http://example.org/a?b=c&d#e", "https://x/%20y",
              "https://例え.jp/パス", "https://" + "a" * 1990]
BAD_IRIS = ["<x> } DROP ALL", "https://x/> } ; DROP ALL ; <y", "https://a b", "https://a\tb", "https://a\nb",
            "ftp://example.org/a", "urn:isbn:123", "mailto:a@b.c", "example.org", "//example.org", "", "https://",
            'https://x/"y', "https://x/{y}", "https://x/a|b", "https://x/a\\b", "https://x/a^b", "https://x/a`b",
            " https://x/a", "https://" + "a" * 1995]


@pytest.mark.parametrize("raw", VALID_IRIS)
def test_an_iri_becomes_a_named_node(raw):
    assert IRI.terms(raw) == {"funder": ox.NamedNode(raw)}


@pytest.mark.parametrize("raw", BAD_IRIS)
def test_what_is_not_an_absolute_http_iri_is_refused(raw):
    with pytest.raises(InvalidParameter, match="funder"):
        IRI.terms(raw)


def test_a_string_is_a_plain_literal_of_bounded_length():
    text = Parameter("text", "string")
    hostile = 'a" } ; DROP ALL ; """ \n\u0000 { <x>'
    assert text.terms(hostile) == {"text": ox.Literal(hostile)}
    assert text.terms(hostile)["text"].datatype == ox.NamedNode(XSD + "string")
    assert text.terms("x" * MAX_TEXT)["text"].value == "x" * MAX_TEXT
    with pytest.raises(InvalidParameter, match=f"at most {MAX_TEXT}"):
        text.terms("x" * (MAX_TEXT + 1))


@pytest.mark.parametrize("raw, text, tag", [
    ("text@ar", "text", "ar"), ("الرباط@ar", "الرباط", "ar"), ("Rabat@EN", "Rabat", "en"),
    ("a@b.c@fr", "a@b.c", "fr"), ("Genève@fr-CH", "Genève", "fr-ch"),
])
def test_a_langstring_becomes_a_literal_with_its_language(raw, text, tag):
    term = Parameter("name", "langstring").terms(raw)["name"]
    assert term == ox.Literal(text, language=tag)
    assert term.language == tag


@pytest.mark.parametrize("raw", ["text", "@ar", "text@", "text@a_r", "text@abcdefghi", "text@ar-", "text@ar b"])
def test_a_malformed_langstring_is_refused(raw):
    assert refused(Parameter("name", "langstring"), raw)


def test_an_integer_is_checked_against_its_bounds():
    number = Parameter("n", "integer", minimum=1, maximum=10)
    assert number.terms("7") == {"n": ox.Literal("7", datatype=ox.NamedNode(XSD + "integer"))}
    assert number.terms("+10")["n"].value == "10" and number.terms("1")["n"].value == "1"
    for raw in ("0", "11", "-3", "1.5", "1e3", "seven", "", "0x5", "5 5", "1" * 19):
        assert refused(number, raw), raw
    unbounded = Parameter("n", "integer")
    assert unbounded.terms("-123456789")["n"].value == "-123456789"


def test_a_year_is_between_1_and_9999():
    year = Parameter("since", "year")
    assert year.terms("2013") == {"since": ox.Literal("2013", datatype=ox.NamedNode(XSD + "integer"))}
    assert year.terms("1")["since"].value == "1" and year.terms("9999")["since"].value == "9999"
    for raw in ("0", "10000", "-2013", "2013.0", "MMXIII", "2013-01", ""):
        assert refused(year, raw), raw


def test_a_date_is_a_real_calendar_day():
    day = Parameter("on", "date")
    assert day.terms("2023-02-28") == {"on": ox.Literal("2023-02-28", datatype=ox.NamedNode(XSD + "date"))}
    assert day.terms("2024-02-29")["on"].value == "2024-02-29"
    for raw in ("2023-02-30", "2023-02-29", "2023-13-01", "2023-2-3", "20230203", "2023-02-28T00:00",
                "2023", "2023-02", "tomorrow", ""):
        assert refused(day, raw), raw


def test_an_enum_without_a_namespace_is_a_literal():
    category = CATALOGUE["timeline"].parameter("category")
    assert category.iri is None
    assert category.terms("event") == {"category": ox.Literal("event")}
    assert refused(category, "Event") and refused(category, "events") and refused(category, "")


def test_an_enum_with_a_namespace_is_an_iri():
    role = CATALOGUE["programme-actors"].parameter("role")
    assert role.terms("funding") == {"role": ox.NamedNode("https://w3id.org/mgkg/vocab/role/funding")}
    kind = CATALOGUE["actors"].parameter("kind")
    assert kind.terms("Ministry") == {"kind": ox.NamedNode(MG + "Ministry")}
    assert refused(kind, "ministry") and refused(kind, "Ministry> } DROP ALL")


def test_a_search_binds_the_normalized_phrase_and_five_word_slots():
    q = CATALOGUE["search"].parameter("q")
    terms = q.terms("والمنظمة الدولية للهجرة")
    assert {name: term.value for name, term in terms.items()} == {
        "q": "منظمه دوليه هجره", "q1": "منظمه", "q2": "دوليه", "q3": "هجره", "q4": "", "q5": ""}
    assert all(isinstance(term, ox.Literal) for term in terms.values())
    assert q.terms("والمنظمة")["q1"].value == "منظمه"
    assert q.terms("MIGRATION")["q"].value == "migration"
    assert q.terms("Égalité")["q1"].value == "egalite"
    many = q.terms("one two three four five six seven")
    assert [many[f"q{i}"].value for i in range(1, 6)] == ["one", "two", "three", "four", "five"]
    repeated = q.terms("migration MIGRATION Migration")
    assert repeated["q1"].value == "migration" and repeated["q2"].value == ""


@pytest.mark.parametrize("raw", ["", "   ", "!!!", '"""', "} { . ;", "x" * (MAX_TEXT + 1)])
def test_a_search_without_words_or_too_long_is_refused(raw):
    assert refused(CATALOGUE["search"].parameter("q"), raw)


# --- OpenAPI schemas ----------------------------------------------------------------------------

def test_each_type_has_its_json_schema():
    iri_schema = Parameter("a", "iri").schema()     # an IRI or an entity's slug (the API resolves it)
    assert "format" not in iri_schema
    assert all(re.search(iri_schema["pattern"], v) for v in ("https://w3id.org/mgkg/id/x", "country/morocco", "morocco"))
    assert not any(re.search(iri_schema["pattern"], v) for v in ("javascript:x", "Morocco!", "a b"))
    assert Parameter("a", "iri").schema()["maxLength"] == 2000
    assert Parameter("a", "year").schema() == {"type": "integer", "minimum": 1, "maximum": 9999}
    assert Parameter("a", "integer", minimum=0).schema() == {"type": "integer", "minimum": 0}
    assert Parameter("a", "integer").schema() == {"type": "integer"}
    assert Parameter("a", "date").schema() == {"type": "string", "format": "date"}
    assert Parameter("a", "enum", values=("x", "y")).schema() == {"type": "string", "enum": ["x", "y"]}
    assert Parameter("a", "string").schema() == {"type": "string", "minLength": 1, "maxLength": MAX_TEXT}
    search = Parameter("a", "search").schema()
    assert search["type"] == "string" and search["maxLength"] == MAX_TEXT and search["pattern"]
    assert Parameter("a", "year", default="2010").schema()["default"] == 2010
    assert Parameter("a", "enum", values=("x", "y"), default="y").schema()["default"] == "y"


@pytest.mark.parametrize("kind, good, bad", [
    ("iri", VALID_IRIS, BAD_IRIS),
    ("langstring", ["text@ar", "a@b@en", "الرباط@ar"], ["text", "@ar", "text@", "text@a_r"]),
    ("search", ["migration", "الهجرة", "والمنظمة الدولية", "x!", "2013", "Genève"], ["!!!", "   ", "_", '"""']),
])
def test_a_schema_pattern_agrees_with_the_check(kind, good, bad):
    """What the schema allows, the check accepts, and the other way round (re.ASCII: in the
    ECMA-262 regular expressions of JSON Schema, \\w and \\d are ASCII-only)."""
    parameter = Parameter("a", kind)
    schema = parameter.schema()
    pattern = re.compile(schema["pattern"], re.ASCII)
    for raw in good:
        assert pattern.search(raw) and len(raw) <= schema.get("maxLength", 10**9) and not refused(parameter, raw), raw
    for raw in bad:
        assert refused(parameter, raw), raw
        assert not pattern.search(raw) or len(raw) > schema.get("maxLength", 10**9), raw


# Escapes an ECMA-262 regular expression may hold with the u flag (ajv's default): syntax characters,
# / and -, and the escapes with a meaning. Any other (\", \<) is a syntax error there.
ECMA_ESCAPES = set("^$\\.*+?()[]{}|/-") | set("dDwWsSbBfnrtv0xuc")


@pytest.mark.parametrize("kind", ["iri", "langstring", "search", "string", "date", "year"])
def test_schema_patterns_are_portable_ecma_262(kind):
    pattern = Parameter("a", kind).schema().get("pattern", "")
    escapes = re.findall(r"\\(.)", pattern.replace("\\\\", ""))
    assert set(escapes) <= ECMA_ESCAPES, escapes
    assert "\\w" not in pattern  # ASCII-only in JavaScript: it would refuse every Arabic word


def test_every_documented_example_satisfies_its_schema():
    for query in CATALOGUE.values():
        for p in query.parameters:
            if p.example is None:
                continue
            schema = p.schema()
            if "pattern" in schema:
                assert re.search(schema["pattern"], p.example, re.ASCII), (query.name, p.name, p.example)
            if "enum" in schema:
                assert p.example in schema["enum"]
            if schema["type"] == "integer":
                assert schema.get("minimum", -10**18) <= int(p.example) <= schema.get("maximum", 10**18)
            assert not refused(p, p.example)


# --- the example text shown in the editor ------------------------------------------------------

@pytest.mark.parametrize("name", QUERY_FILES)
def test_the_example_text_parses_and_binds_only_required_parameters(name):
    query = CATALOGUE[name]
    text = query.example_text()
    ox.Store().query(text)  # raises SyntaxError if the VALUES block broke the query
    bound = [p for p in query.parameters if p.required or p.default is not None]
    if bound:
        assert text != query.text
        block = re.search(r"VALUES \(([^)]*)\)", text)
        assert block, text
        names = block.group(1).split()
        for p in bound:
            assert f"?{p.name}" in names
        for p in query.parameters:
            if p not in bound:
                assert f"?{p.name}" not in names
    else:
        assert text == query.text


def test_the_example_text_binds_defaults_and_required_examples_but_not_optional_examples():
    query = parse("x", """#+ title: x
#+ parameters:
#+   resource: {type: iri, required: true, example: "https://w3id.org/mgkg/id/organization/iom"}
#+   since: {type: year, default: 2010}
#+   until: {type: year, example: 2020}
#+ columns:
#+   resource: {type: iri}
SELECT ?resource WHERE { ?resource ?p ?o FILTER(!BOUND(?until) || ?o <= ?until) FILTER(?o >= ?since) }
""")
    text = query.example_text()
    block = re.search(r"VALUES \((.*)\) \{ \((.*)\) \}", text)
    assert block.group(1) == "?resource ?since"
    assert block.group(2) == f'<{IOM}> "2010"^^<{XSD}integer>'
    ox.Store().query(text)


def test_evidence_and_search_examples_are_bound_in_the_text():
    assert f"<{IOM}>" in CATALOGUE["evidence"].example_text()
    search = CATALOGUE["search"].example_text()
    assert "VALUES (?q ?q1 ?q2 ?q3 ?q4 ?q5)" in search and '"هجره"' in search


def test_hostile_literals_stay_values_in_the_text():
    """Quotes, braces, newlines and NUL in a value are escaped by the serializer, never pasted raw."""
    hostile = 'a" } ; DROP ALL ; """\n\u0000 { <x> # \\'
    text = with_table("SELECT ?v WHERE { }", Values(("v",), ((ox.Literal(hostile),),)))
    [row] = list(ox.Store().query(text))
    assert row["v"].value == hostile


# --- every query on the real graph --------------------------------------------------------------

@pytest.fixture(scope="module")
def store(built):
    config, _ = built
    assert current_store(config) == Path(config.var_dir) / "current" / "store"
    return ox.Store.read_only(str(current_store(config)))


def run(store, query: CannedQuery, values: dict[str, str] | None = None) -> ox.QuerySolutions:
    terms = {}
    for name, raw in (values or {}).items():
        terms.update(query.parameter(name).terms(raw))
    table = Values(tuple(terms), (tuple(terms.values()),)) if terms else None
    return store.query(with_table(query.text, table))


@pytest.mark.parametrize("name", QUERY_FILES)
def test_every_query_projects_its_declared_columns_in_order(store, name):
    query = CATALOGUE[name]
    solutions = run(store, query)
    assert [v.value for v in solutions.variables] == [c.name for c in query.columns]
    rows = list(solutions)
    if not any(p.required for p in query.parameters):
        assert rows, f"{name} has no rows on the real graph"


@pytest.mark.parametrize("name", QUERY_FILES)
def test_every_query_runs_with_all_its_examples(store, name):
    query = CATALOGUE[name]
    examples = {p.name: p.example for p in query.parameters if p.example is not None}
    solutions = run(store, query, examples)
    assert [v.value for v in solutions.variables] == [c.name for c in query.columns]
    list(solutions)


@pytest.mark.parametrize("name", QUERY_FILES)
def test_every_example_iri_is_an_instance_of_its_class(store, name):
    """The examples are what the documentation and the OpenAPI offer: they must be accepted."""
    for p in CATALOGUE[name].parameters:
        if p.type == "iri" and p.example is not None:
            if p.cls:
                assert store.query(f"ASK {{ <{p.example}> a <{p.cls}> }}"), (name, p.name, p.example)
            else:
                assert store.query(f"ASK {{ <{p.example}> ?p ?o }}"), (name, p.name, p.example)


@pytest.mark.parametrize("name", QUERY_FILES)
def test_every_column_type_matches_what_the_query_yields(store, name):
    query = CATALOGUE[name]
    examples = {p.name: p.example for p in query.parameters if p.required}
    kinds = {c.name: c.type for c in query.columns}
    for row in run(store, query, examples):
        for column, kind in kinds.items():
            term = row[column]
            if term is None:
                continue
            if kind == "iri":
                assert isinstance(term, ox.NamedNode), (name, column, term)
            else:
                assert isinstance(term, ox.Literal), (name, column, term)
            if kind == "integer":
                assert re.fullmatch(r"-?\d+", term.value), (name, column, term)
            if kind == "decimal":
                float(term.value)
            if kind == "date":
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", term.value), (name, column, term)
