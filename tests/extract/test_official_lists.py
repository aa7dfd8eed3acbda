"""A list of those who attend goes on past the officials it names by their title alone, and takes the body of
«وممثل X»: made-up sentences in the register of local closing ceremonies («بحضور عامل إقليم الناظور، وممثل
المنظمة الدولية للهجرة، والسيد X»، «وحضر الحفل عامل الإقليم والسيد X، رئيس …، وممثلو المفوضية …»), and variants
that must not give more (an unnamed official is no participant, a title that names a body is not skipped)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

CEREMONY = "نظمت جمعية أمل للتنمية حفل اختتام المشروع بالناظور"
EVENT = "«حفل اختتام المشروع»"


@pytest.mark.parametrize("text, agents", [
    (CEREMONY + "، بحضور عامل إقليم الناظور، وممثل المنظمة الدولية للهجرة، والسيد أحمد العلوي.",
     {"organization/iom", "«أحمد العلوي»"}),
    (CEREMONY + ". وحضر الحفل عامل إقليم الناظور والسيد أحمد العلوي، رئيس المجلس الجماعي للناظور، وممثلو المفوضية "
     "السامية للأمم المتحدة لشؤون اللاجئين.", {"«أحمد العلوي»", "organization/unhcr"}),
    (CEREMONY + "، بحضور والي جهة الشرق وممثلة المنظمة الدولية للهجرة.", {"organization/iom"}),
])
def test_a_list_past_its_unnamed_officials(gazetteer, text, agents):
    assert {a for a, e in stated(extract(text, gazetteer), "participates_in") if e == EVENT} == agents


@pytest.mark.parametrize("text", [
    CEREMONY + "، بحضور عامل إقليم الناظور.",
    CEREMONY + "، بحضور عامل إقليم الناظور وعدد من المستفيدين.",
])
def test_an_unnamed_official_alone_is_no_participant(gazetteer, text):
    assert not stated(extract(text, gazetteer), "participates_in")
