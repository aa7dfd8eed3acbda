"""Readings found by the nineteenth round (five helpers wrote 40 made-up releases of new genres: calls for
proposals and their results, annual reports, releases translated from French with Latin script, news flashes and
headlines, features and interviews; no sentence of the measure split). Each with a variant that must not give the
fact."""

from kg.extract.pipeline import extract

from .test_genre_relations import stated

# Names: a title in quotes after a quotation closed before it ---------------------------------------------------


def test_a_quotation_closed_before_a_title_does_not_swallow_it(gazetteer):
    text = ("«لم أكن أتصور أنني سأفتح ورشتي الخاصة هنا»، تقول بابتسامة. عائشة واحدة من 120 مستفيدا من مشروع «إدماج»، "
            "الذي أطلقته المنظمة الدولية للهجرة بوجدة.")
    assert ("organization/iom", "«إدماج»") in stated(extract(text, gazetteer), "implements")


def test_a_document_that_writes_its_guillemets_the_other_way_names_titles_too(gazetteer):
    text = "قالت: »لم أكن أتصور ذلك«. ويعد مشروع »جسور«، الذي أطلقته المنظمة الدولية للهجرة، من أهم المشاريع."
    assert ("organization/iom", "«جسور»") in stated(extract(text, gazetteer), "implements")


def test_a_quotation_is_no_title(gazetteer):
    text = "«لم أكن أتصور أنني سأفتح ورشتي الخاصة هنا»، تقول بابتسامة. وأطلقت المنظمة الدولية للهجرة المشروع بوجدة."
    assert not any("أتصور" in o for _, o in stated(extract(text, gazetteer), "implements"))


# Implementing: who launched a project, in a relative clause ----------------------------------------------------

def test_who_launched_a_project_in_a_relative_clause_carries_it_out(gazetteer):
    text = "ويعد مشروع «جسور»، الذي أطلقته المنظمة الدولية للهجرة سنة 2022، من أهم المشاريع بالجهة."
    assert stated(extract(text, gazetteer), "implements") == {("organization/iom", "«جسور»")}


def test_a_slogan_launched_is_nothing_carried_out(gazetteer):
    text = "وردد المشاركون الشعار الذي أطلقته المنظمة الدولية للهجرة خلال مشروع «جسور» بالجهة."
    assert not stated(extract(text, gazetteer), "implements")
