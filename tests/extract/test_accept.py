"""kg.extract.accept: a reviewed proposal becomes curated data, on a copy of data/ — exactly what was
accepted, or nothing at all."""

import hashlib
import shutil

import pytest
import yaml
from rdflib import URIRef

from kg.build import curation
from kg.config import ROOT
from kg.errors import CurationError
from kg.extract import reader
from kg.extract.accept import accept
from kg.extract.output import Candidates
from kg.extract.pipeline import extract
from kg.namespaces import MG

from .conftest import SOURCES

PRESS_RELEASE = ("الرباط، 3 مارس 2024 – أعلنت الوزارة أن مشروع “DEPOMI” يستفيد بدعم مالي من الوكالة البلجيكية للتنمية. "
                 "وتتولى جمعية الأمل للتنمية تنفيذ المشروع في الجهة الشرقية.\n")


def snapshot(directory):
    return {p.relative_to(directory): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def data(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    return copy


class Review:
    """The review file `kg extract` writes for a document, to edit like a reviewer."""

    def __init__(self, path, gazetteer, base_iri, directory, source_id=None):
        self.document = reader.read(path)
        self.result = extract(self.document.text, gazetteer)
        candidates = Candidates(self.document, self.result, base_iri, source_id=source_id, path=str(path))
        self.path = directory / f"{candidates.source_id}.review.yaml"
        self.content = yaml.safe_load(candidates.review())
        self.id = candidates.source_id

    def fact(self, **body):
        """The proposed fact whose body (funding/participation/post) has these values."""
        [fact] = [f for f in self.content["facts"]
                  if any(all(f.get(kind, {}).get(k) == v for k, v in body.items())
                         for kind in ("funding", "participation", "post"))]
        return fact

    def entity(self, label):
        [entity] = [e for e in self.content["entities"] if e["label"]["ar"] == label]
        return entity

    def implementer(self, english=None, **changes):
        """The new association, with ``changes`` (accept, id) and an ``english`` label, and its
        implementing fact accepted: what a reviewer does to promote a new entity."""
        new = self.entity("جمعية الأمل للتنمية")
        new.update(changes)
        if english:
            new["label"]["en"] = english
        self.fact(agent=new["ref"], role="implementing")["accept"] = True
        return new

    def save(self):
        self.path.write_text(yaml.safe_dump(self.content, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return self.path


@pytest.fixture
def press_release(tmp_path, gazetteer, base_iri):
    path = tmp_path / "press-release.txt"
    path.write_text(PRESS_RELEASE, encoding="utf-8")
    review = Review(path, gazetteer, base_iri, tmp_path)
    assert review.id == "press-release"
    return review


def test_the_proposals_of_the_press_release(press_release):
    funding = press_release.fact(funder="organization/enabel", item="project/depomi")
    assert funding["accept"] is False and "بدعم مالي من" in funding["quote"]
    new = press_release.entity("جمعية الأمل للتنمية")
    assert new["ref"].startswith("organization/new-") and new["accept"] is False
    implementing = press_release.fact(agent=new["ref"], role="implementing")
    assert implementing["participation"]["in"] == "project/depomi"


# (a) nothing accepted ---------------------------------------------------------------------------

def test_nothing_accepted_on_a_known_source_changes_nothing(data, onto, gazetteer, base_iri, tmp_path):
    doc = "depomi-launch-interview-2021"
    review = Review(SOURCES[doc], gazetteer, base_iri, tmp_path, source_id=doc)
    review.content["source"]["path"] = str(SOURCES[doc])
    before = snapshot(data)
    done = accept(review.save(), data, onto, base_iri)
    assert (done.facts, done.entities, done.vendored, done.files) == (0, 0, False, [])
    assert snapshot(data) == before


def test_nothing_accepted_on_a_new_document_changes_nothing(data, onto, base_iri, press_release):
    before = snapshot(data)
    done = accept(press_release.save(), data, onto, base_iri)
    assert (done.facts, done.entities) == (0, 0)
    assert snapshot(data) == before


# (b) one fact between known entities -----------------------------------------------------------

def test_an_accepted_fact_of_a_new_document_is_promoted(data, onto, base_iri, press_release, tmp_path):
    fact = press_release.fact(funder="organization/enabel", item="project/depomi")
    fact["accept"] = True
    others = snapshot(data)

    done = accept(press_release.save(), data, onto, base_iri)

    assert (done.source, done.facts, done.entities, done.vendored) == ("press-release", 1, 0, True)
    vendored = data / "sources" / "press-release.txt"
    assert vendored.read_bytes() == (tmp_path / "press-release.txt").read_bytes()
    registered = yaml.safe_load((data / "sources" / "sources.yaml").read_text(encoding="utf-8"))
    [entry] = [e for e in registered if e["id"] == "press-release"]
    assert entry["file"] == "press-release.txt"
    assert entry["sha256"] == hashlib.sha256(vendored.read_bytes()).hexdigest()
    assert entry["language"] == "ar" and entry["title"]["ar"]
    assert [e["id"] for e in registered[:-1]] == list(SOURCES)     # the others are untouched
    facts_file = data / "facts" / "press-release.extracted.yaml"
    promoted = yaml.safe_load(facts_file.read_text(encoding="utf-8"))
    assert promoted == {"source": "press-release",
                        "facts": [{"quote": fact["quote"], "funding": fact["funding"], "confidence": fact["confidence"]}]}
    assert set(done.files) == {data / "sources" / "sources.yaml", vendored, facts_file}
    changed = {p for p, content in snapshot(data).items() if others.get(p) != content}
    assert changed == {p.relative_to(data) for p in done.files}

    loaded = curation.load(data, onto, base_iri)
    assert loaded.fact_counts["press-release"] == 1
    graph = loaded.dataset.graph(URIRef(f"{base_iri}graph/source/press-release"))
    tie = URIRef(f"{base_iri}id/funding/enabel--depomi")
    assert (tie, MG.funder, URIRef(f"{base_iri}id/organization/enabel")) in graph
    assert (tie, MG.fundedItem, URIRef(f"{base_iri}id/project/depomi")) in graph


# (c) a new entity that is not accepted ----------------------------------------------------------

def test_a_fact_naming_an_entity_not_accepted_is_refused(data, onto, base_iri, press_release):
    new = press_release.implementer()
    before = snapshot(data)
    with pytest.raises(CurationError) as caught:
        accept(press_release.save(), data, onto, base_iri)
    assert new["ref"] in str(caught.value) and "not an accepted entity" in str(caught.value)
    assert snapshot(data) == before


def test_an_entity_accepted_without_an_id_is_refused(data, onto, base_iri, press_release):
    press_release.implementer(accept=True, id="Jamiyat al-Amal")
    before = snapshot(data)
    with pytest.raises(CurationError, match="accepted without an id"):
        accept(press_release.save(), data, onto, base_iri)
    assert snapshot(data) == before


# (d) a new entity with an id --------------------------------------------------------------------

def test_an_accepted_new_entity_is_created(data, onto, base_iri, press_release):
    press_release.implementer(accept=True, id="organization/al-amal-association",
                              english="Al Amal Association for Development")

    done = accept(press_release.save(), data, onto, base_iri)

    assert (done.facts, done.entities) == (1, 1)
    entities_file = data / "entities" / "press-release.extracted.yaml"
    assert yaml.safe_load(entities_file.read_text(encoding="utf-8")) == [
        {"id": "organization/al-amal-association", "type": "Association",
         "label": {"ar": "جمعية الأمل للتنمية", "en": "Al Amal Association for Development"}}]
    promoted = yaml.safe_load((data / "facts" / "press-release.extracted.yaml").read_text(encoding="utf-8"))
    [fact] = promoted["facts"]
    assert fact["participation"] == {"agent": "organization/al-amal-association", "in": "project/depomi",
                                     "role": "implementing"}
    loaded = curation.load(data, onto, base_iri)
    assert "organization/al-amal-association" in loaded.entities


def test_an_accepted_id_already_in_the_registry_links_instead_of_creating(data, onto, base_iri, press_release):
    press_release.implementer(accept=True, id="organization/carrefour-development-migration")

    done = accept(press_release.save(), data, onto, base_iri)

    assert (done.facts, done.entities) == (1, 0)
    assert not (data / "entities" / "press-release.extracted.yaml").exists()
    promoted = yaml.safe_load((data / "facts" / "press-release.extracted.yaml").read_text(encoding="utf-8"))
    assert promoted["facts"][0]["participation"]["agent"] == "organization/carrefour-development-migration"


def test_a_new_entity_without_an_english_label_is_refused_and_rolled_back(data, onto, base_iri, press_release):
    # data/README.md: every entity needs label.ar and label.en; the review file proposes only ar
    press_release.implementer(accept=True, id="organization/al-amal-association")
    before = snapshot(data)
    with pytest.raises(CurationError, match="needs a label in en"):
        accept(press_release.save(), data, onto, base_iri)
    assert snapshot(data) == before


# (e) an edited quote ----------------------------------------------------------------------------

def test_a_quote_no_longer_in_the_text_restores_every_file(data, onto, base_iri, press_release):
    fact = press_release.fact(funder="organization/enabel", item="project/depomi")
    fact["accept"] = True
    fact["quote"] = fact["quote"].replace("بدعم مالي", "بدعم تقني")
    press_release.implementer(accept=True, id="organization/al-amal-association",
                              english="Al Amal Association for Development")
    before = snapshot(data)
    with pytest.raises(CurationError, match="quote not found"):
        accept(press_release.save(), data, onto, base_iri)
    assert snapshot(data) == before
    assert not (data / "sources" / "press-release.txt").exists()
    curation.load(data, onto, base_iri)   # still the curated data kg build reads


def test_accepting_on_a_known_source_does_not_vendor_it_again(data, onto, gazetteer, base_iri, tmp_path):
    doc = "m4sd-board-rabat-2022"
    review = Review(SOURCES[doc], gazetteer, base_iri, tmp_path, source_id=doc)
    fact = review.fact(funder="organization/sdc", item="programme/m4sd")
    fact["accept"] = True
    sources_before = snapshot(data / "sources")
    done = accept(review.save(), data, onto, base_iri)
    assert (done.facts, done.vendored) == (1, False)
    assert snapshot(data / "sources") == sources_before
    assert done.files == [data / "facts" / f"{doc}.extracted.yaml"]
    assert curation.load(data, onto, base_iri).fact_counts[doc] > 1


@pytest.mark.parametrize("content, message", [
    ("source: {id: ../../escape}\nfacts: []\n", "is not a slug"),
    ("source: {id: Press Release}\n", "is not a slug"),
    ("source: [unclosed\n", "not a readable review file"),
    ("- a list\n", "not a review file of kg extract"),
    ("facts: []\n", "not a review file of kg extract"),
])
def test_a_malformed_review_is_refused_before_anything_is_written(data, onto, base_iri, tmp_path, content, message):
    before = snapshot(data)
    path = tmp_path / "broken.review.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CurationError, match=message):
        accept(path, data, onto, base_iri)
    assert snapshot(data) == before
    assert not (tmp_path / "escape.txt").exists()


# (f) a body of the reference tables -------------------------------------------------------------

UNICEF_RELEASE = ("الرباط، 3 مارس 2024 – أعلنت الوزارة أن مشروع “DEPOMI” يستفيد بدعم مالي من منظمة الأمم المتحدة "
                  "للطفولة.\n")


def test_a_body_of_the_reference_table_joins_the_registry_with_the_fact_that_names_it(data, onto, base_iri, gazetteer,
                                                                                     tmp_path):
    path = tmp_path / "unicef-release.txt"
    path.write_text(UNICEF_RELEASE, encoding="utf-8")
    review = Review(path, gazetteer, base_iri, tmp_path)
    [listed] = [e for e in review.content["entities"] if e.get("reference")]
    assert listed["id"] == "organization/unicef" and listed["accept"] is False
    assert listed["label"] == {"ar": "منظمة الأمم المتحدة للطفولة", "en": "United Nations Children's Fund",
                               "fr": "Fonds des Nations unies pour l'enfance"}
    review.fact(funder="organization/unicef", item="project/depomi")["accept"] = True

    done = accept(review.save(), data, onto, base_iri)

    assert (done.facts, done.entities) == (1, 1)
    [entry] = yaml.safe_load((data / "entities" / "unicef-release.extracted.yaml").read_text(encoding="utf-8"))
    assert entry == {"id": "organization/unicef", "type": "UNSystemEntity", "label": listed["label"]}
    assert "organization/unicef" in curation.load(data, onto, base_iri).entities


def test_a_country_of_the_reference_table_has_its_cldr_names(gazetteer):
    known = gazetteer.describe("country/niger")
    assert known is not None and known.cls == "Country"
    assert known.registry == {"ar": known.label, "en": "Niger", "fr": "Niger"}
    assert gazetteer.describe("organization/iom").registry is None      # in the registry already
