import pytest

from kg.query.text import shape, undeclared_prefixes


@pytest.mark.parametrize("text, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("prefix ex: <http://example.org/>\nBASE <http://b/>\nask { ex:a ?p ?o }", "ASK"),
    ("# a comment with SELECT\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://example.org/a>", "DESCRIBE"),
    ("PREFIX : <http://e/> INSERT DATA { :a :b :c }", "INSERT"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
    ("{ ?s ?p ?o }", None),
])
def test_form_is_the_first_keyword_after_the_prologue(text, form):
    assert shape(text).form == form


def test_updates_and_graph_forms():
    assert shape("DROP ALL").is_update and not shape("SELECT * {}").is_update
    assert shape("DESCRIBE ?x WHERE {}").is_graph and not shape("ASK {}").is_graph


def test_keywords_inside_strings_iris_comments_and_language_tags_do_not_count():
    text = '''SELECT * WHERE {
      ?s ?p "SERVICE <http://evil/> { }" , """multi
      SERVICE line""" , 'SERVICE' , "x"@service .
      # SERVICE <http://evil/> { ?a ?b ?c }
      ?s <http://example.org/SERVICE> ?SERVICE . ?s ex:SERVICE ?o }'''
    assert shape(text).services == ()


def test_service_targets_are_read_with_prefixes_silent_and_variables():
    text = """PREFIX w: <https://query.wikidata.org/>
    SELECT * { SERVICE <http://a.example/sparql> { ?s ?p ?o }
               SERVICE SILENT w:sparql { ?s ?p ?o }
               service ?endpoint { ?s ?p ?o } }"""
    assert shape(text).services == ("http://a.example/sparql", "https://query.wikidata.org/sparql", "?endpoint")


def test_prefixes_are_collected_and_undeclared_ones_reported():
    text = "PREFIX mg: <https://w3id.org/mgkg/ontology#> SELECT * { ?s rdfs:label ?l ; mg:x _:b ; skos:y ?z }"
    assert shape(text).prefixes == {"mg": "https://w3id.org/mgkg/ontology#"}
    assert undeclared_prefixes(text) == ["rdfs", "skos"]


def test_where_group_start_skips_braces_in_strings_iris_comments_and_templates():
    from kg.query.text import where_group_start
    text = 'CONSTRUCT { ?s ?p "{" } # WHERE {\nWHERE { ?s ?p <http://x/{> }'
    assert text[:where_group_start(text)].endswith("WHERE {")
    assert where_group_start("ASK { }") == 5
    assert where_group_start("PREFIX a: <http://{>\nSELECT * { ?s ?p ?o }") == len("PREFIX a: <http://{>\nSELECT * {")
    assert where_group_start("not a query") is None
