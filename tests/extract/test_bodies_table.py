"""Organizations from the reference table (``data/organizations.tsv``): linked by their Arabic names and
acronyms with their class, names the registry lacks added to its bodies, and known only by their names."""

import re

from rdflib import OWL, RDF

from kg.build import curation
from kg.extract.gazetteer import bodies
from kg.extract.pipeline import extract
from kg.normalize import LETTERS
from tests.extract.test_genre_relations import stated


def linked(gazetteer, sentence: str) -> list[tuple[str, str | None]]:
    r = extract(sentence, gazetteer)
    return [(r.quote(m), m.entity) for m in r.mentions]


def test_the_table_is_well_formed(onto):
    classes = {str(c).rsplit("#", 1)[-1] for c in onto.subjects(RDF.type, OWL.Class)}
    table = bodies()
    assert len(table) >= 50
    for body in table.values():
        assert curation.ENTITY_ID.match(body.entity) and body.entity.startswith("organization/")
        assert body.cls in classes, body
        assert body.names and all(re.search("[\u0600-\u06ff]", n) for n in body.names)
        assert body.en and body.fr
    # one name, one body: a name two bodies share would link either
    owners: dict[str, str] = {}
    for body in table.values():
        for name in body.names:
            key = " ".join(name.translate(LETTERS).split())
            assert owners.setdefault(key, body.entity) == body.entity, name


def test_no_name_of_the_table_is_a_name_of_another_entity(gazetteer):
    # a name two entities share is an ambiguous link (0.6) in every document that writes it
    table = bodies()
    owners: dict[tuple[str, ...], set[str]] = {}
    for name in gazetteer.names:
        owners.setdefault(name.keys, set()).add(name.entity)
    shared = {keys: entities for keys, entities in owners.items() if len(entities) > 1 and entities & table.keys()}
    assert not shared


def test_a_body_of_the_table_is_linked_by_its_name_and_acronym(gazetteer):
    found = linked(gazetteer, "ووقعت منظمة الأمم المتحدة للطفولة (UNICEF) وصندوق النقد الدولي اتفاقا.")
    assert ("منظمة الأمم المتحدة للطفولة", "organization/unicef") in found
    assert ("UNICEF", "organization/unicef") in found
    assert ("وصندوق النقد الدولي", "organization/imf") in found
    assert extract("وقدمت الوكالة الأمريكية للتنمية الدولية دعما.", gazetteer).mentions[0].cls == "DevelopmentAgency"


def test_a_body_of_the_registry_gains_the_names_of_the_table(gazetteer):
    assert ("الوكالة الأممية للهجرة", "organization/iom") in linked(gazetteer, "وقالت الوكالة الأممية للهجرة إن …")
    assert ("الوكالة السويسرية للتنمية والتعاون", "organization/sdc") in linked(
        gazetteer, "ونظمت الورشة بدعم من الوكالة السويسرية للتنمية والتعاون.")


def test_a_body_of_the_table_is_no_translation_of_a_name_like_it(gazetteer):
    # «المجلس الاستشاري لحقوق الإنسان» shares three words of four with «المجلس الوطني لحقوق الإنسان»: another body
    assert linked(gazetteer, "وأصدر المجلس الاستشاري لحقوق الإنسان تقريرا.") == [("المجلس الاستشاري لحقوق الإنسان", None)]


def test_a_known_body_named_short_has_its_office(gazetteer):
    text = ("وقدمت الوكالة اليابانية للتعاون الدولي دعما للمشروع. وقال السيد أساهيكو كاراشيما، الممثل المقيم لمكتب "
            "الوكالة اليابانية بالمغرب، إن …")
    assert ("«أساهيكو كاراشيما»", "organization/jica") in stated(extract(text, gazetteer), "holds_position_in")


def test_the_first_words_of_two_known_bodies_name_no_office(gazetteer):
    text = ("ووقع برنامج الأمم المتحدة الإنمائي وبرنامج الأمم المتحدة للمستوطنات البشرية اتفاقا. وقال السيد جون سميث، "
            "مدير مكتب برنامج الأمم المتحدة بتونس، إن الاتفاق مهم.")
    posts = {body for _, body in stated(extract(text, gazetteer), "holds_position_in")}
    assert "organization/undp" not in posts and "organization/un-habitat" not in posts
    one = text.replace("وبرنامج الأمم المتحدة للمستوطنات البشرية ", "")
    assert {body for _, body in stated(extract(one, gazetteer), "holds_position_in")} == {"organization/undp"}


def test_a_known_body_named_again_by_its_head_and_nafsuhu(gazetteer):
    text = ("وعقدت اللجنة الوطنية للطعون اجتماعها الأول بمقر المجلس الوطني لحقوق الإنسان. وعقدت اللجنة "
            "اجتماعها الثاني بمقر المجلس نفسه.")
    hosts = stated(extract(text, gazetteer), "hosts")
    assert ("organization/cndh", "«اجتماعها الثاني»") in hosts
    # without «نفسه», a bare «المجلس» names the council named last before too (``test_nineteenth_round``)
    bare = text.replace("المجلس نفسه", "المجلس")
    assert ("organization/cndh", "«اجتماعها الثاني»") in stated(extract(bare, gazetteer), "hosts")
