"""The dataset's VoID statistics (``kg.build.void``): corrected by a change, they are what counting gives."""

import random

import pyoxigraph as ox

from kg.build import void
from kg.build.loading import Delta

BASE = "https://w3id.org/mgkg/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _term(rng: random.Random, kind: str):
    n = rng.randrange(6)
    if kind == "subject":
        return rng.choice([ox.NamedNode(f"{BASE}id/thing/{n}"), ox.NamedNode(f"http://example.org/{n}"), ox.BlankNode(f"b{n}")])
    return rng.choice([ox.NamedNode(f"{BASE}id/thing/{n}"), ox.Literal(str(n)), ox.Literal(f"name {n}", language="ar"),
                       ox.NamedNode(f"{BASE}ontology#Class{n % 3}")])


def _triple(rng: random.Random) -> ox.Triple:
    predicate = rng.choice([RDF_TYPE, *(ox.NamedNode(f"http://example.org/p{n}") for n in range(3))])
    return ox.Triple(_term(rng, "subject"), predicate, _term(rng, "object"))


def _store(triples: set[ox.Triple]) -> ox.Store:
    store = ox.Store()
    store.extend([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples])
    return store


def test_statistics_corrected_by_a_change_are_the_statistics_counted_anew():
    rng = random.Random(7)
    for _ in range(40):
        before = {_triple(rng) for _ in range(rng.randrange(0, 40))}
        after = {t for t in before if rng.random() < 0.7} | {_triple(rng) for _ in range(rng.randrange(0, 15))}
        old, new = _store(before), _store(after)
        updated = void.updated(void.statistics(old, BASE), old, new, Delta(after - before, before - after), BASE)
        assert updated == void.statistics(new, BASE)


def test_the_statistics_count_what_the_default_graph_holds():
    thing = ox.NamedNode(BASE + "id/thing/1")
    stats = void.statistics(_store({ox.Triple(thing, RDF_TYPE, ox.NamedNode(BASE + "ontology#Class1")),
                                    ox.Triple(ox.BlankNode("x"), ox.NamedNode("http://example.org/p1"), thing)}), BASE)
    assert stats == {"subjects": 2, "objects": 2, "entities": 1, "classes": {BASE + "ontology#Class1": 1},
                     "properties": {str(RDF_TYPE.value): 1, "http://example.org/p1": 1}}
