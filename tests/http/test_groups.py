"""Entity pages group properties by meaning (kg.http.pages.GROUPS): every shortcut a participation
role derives (ontology/vocabularies.ttl, mg:shortcut) and its inverse has a group, not "about"."""

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from kg.config import ROOT
from kg.http.pages import GROUP_OF

MG = "https://w3id.org/mgkg/ontology#"


def test_every_shortcut_of_a_role_and_its_inverse_has_a_group():
    vocabularies = Graph().parse(ROOT / "ontology" / "vocabularies.ttl")
    ontology = Graph().parse(ROOT / "ontology" / "mgkg.ttl")
    shortcuts = set(vocabularies.objects(None, URIRef(MG + "shortcut")))
    assert shortcuts
    inverses = {i for p in shortcuts for i in ontology.objects(p, OWL.inverseOf)} | \
        {s for p in shortcuts for s in ontology.subjects(OWL.inverseOf, p)}
    missing = sorted(str(p) for p in shortcuts | inverses if str(p) not in GROUP_OF)
    assert not missing, missing
