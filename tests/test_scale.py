"""kg.scale: copies of the built graph under renamed IRIs, laid out as a build."""

import pyoxigraph as ox

from kg import store
from kg.config import Config
from kg.scale import replicate

BASE = "https://w3id.org/mgkg/"


def test_copies_keep_the_shape_and_rename_what_belongs_to_documents(small, tmp_path):
    source = store.open_read_only(store.current_store(small))
    quads = list(source)
    shared = [q for q in quads if not any(isinstance(t, ox.BlankNode) or isinstance(t, ox.NamedNode) and any(
        t.value.startswith(BASE + p) for p in ("id/", "evidence/", "source/", "graph/source/", "funding/"))
        for t in (q.subject, q.object, q.graph_name))]
    per_copy = len(quads) - len(shared)
    var = replicate(source, tmp_path / "scale", len(quads) + 2 * per_copy - 5, BASE)
    config = Config(var_dir=str(var))
    copies = store.open_read_only(store.current_store(config))
    assert len(copies) == len(shared) + 3 * per_copy      # the ontology and vocabularies once
    assert store.current_manifest(config)["copies"] == 3
    # copy 0 is the graph itself; the others rename entities and source graphs, not the vocabulary
    assert all(q in copies for q in quads)
    subjects = {q.subject.value for q in copies if isinstance(q.subject, ox.NamedNode)}
    ids = {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(BASE + "id/")}
    assert ids and all(f"{s}-1" in subjects and f"{s}-2" in subjects for s in ids if "#" not in s)
    assert {q.predicate for q in copies} == {q.predicate for q in quads}
    classes = {q.object for q in copies if q.predicate.value.endswith("#type")}
    assert classes == {q.object for q in quads if q.predicate.value.endswith("#type")}


def test_a_copy_of_that_size_is_made_once(small, tmp_path):
    source = store.open_read_only(store.current_store(small))
    var = replicate(source, tmp_path / "scale", 10, BASE)
    manifest = store.current_manifest(Config(var_dir=str(var)))
    assert replicate(source, tmp_path / "scale", 10, BASE) == var
    assert store.current_manifest(Config(var_dir=str(var))) == manifest
