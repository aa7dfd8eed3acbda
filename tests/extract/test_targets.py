"""The countries a programme or project is for, by the people it serves and where they live («لفائدة
اللاجئين المقيمين بالمملكة»، «الموجه إلى المهاجرين العالقين في ليبيا والنيجر»): the sentence's first programme
or project named before the phrase, else the document's topic; and the countries or bodies an item aims to support
(«ويهدف البرنامج إلى دعم المغرب»). Develop sentences (fund_jica_unhcr_refugees_2021,
fund_spain_iom_return_2025, shortened) and made-up variants, with variants that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import check, stated

from .conftest import assert_linear


@pytest.mark.parametrize("text, expected", [
    ("انطلق مشروع «دعم العودة الطوعية» لفائدة المهاجرين العالقين في ليبيا والنيجر.",
     {("country/libya", "«دعم العودة الطوعية»"), ("country/niger", "«دعم العودة الطوعية»")}),
    ("أطلقت المنظمة برنامج «حماية» لفائدة اللاجئات المقيمات بتونس.", {("country/tunisia", "«حماية»")}),
    ("انطلق مشروع «دعم العودة الطوعية» الموجه إلى المهاجرين العالقين في ليبيا.",
     {("country/libya", "«دعم العودة الطوعية»")}),
    # develop (fund_jica_unhcr_refugees_2021): the project the sentence is about, not the programme it supports
    ("أرست المفوضية والوكالة اليابانية، يوم الجمعة بالرباط، مشروعا مشتركا لدعم اللاجئين في مواجهة الجائحة، ويروم "
     "مساندة برنامج المفوضية للاستجابة لأزمة كوفيد-١٩ لفائدة اللاجئين المقيمين بالمملكة.",
     {("country/morocco", "«مشروعا مشتركا لدعم اللاجئين»")}),
])
def test_the_country_where_the_people_served_live(gazetteer, text, expected):
    check(gazetteer, text, "targets", expected)


@pytest.mark.parametrize("text", [
    # no programme or project in the sentence, none as the topic
    "ويبلغ عدد اللاجئين المقيمين بالمغرب نحو عشرين ألفا.",
    # the country is the giver, not where the people are
    "وقدمت إسبانيا دعما لفائدة المهاجرين بتمويل من الاتحاد الأوروبي.",
    # the programme is named after the phrase
    "ويعيش آلاف المهاجرين العالقين في ليبيا، حسب تقرير برنامج «رصد».",
])
def test_people_in_a_country_without_an_item_before_target_nothing(gazetteer, text):
    check(gazetteer, text, "targets", set())


def test_the_countries_listed_right_after_a_programme(gazetteer):
    check(gazetteer, "أطلقت الوكالة الألمانية للتعاون الدولي برنامج «مراكز الهجرة والتنمية» في مصر والعراق وتونس.",
          "targets", {("country/egypt", "«مراكز الهجرة والتنمية»"), ("country/iraq", "«مراكز الهجرة والتنمية»"),
                      ("country/tunisia", "«مراكز الهجرة والتنمية»")})


@pytest.mark.parametrize("text", [
    # one country: where it runs, not a list of the countries it is for
    "أطلقت الوكالة برنامج «مراكز الهجرة والتنمية» في مصر.",
    # the countries are not right after the programme
    "أطلقت الوكالة برنامج «مراكز الهجرة والتنمية» بتمويل من ألمانيا وهولندا.",
])
def test_one_country_or_countries_apart_after_a_programme_target_nothing(gazetteer, text):
    check(gazetteer, text, "targets", set())


# What an item aims to support (develop: fund_spain_iom_return_2025 «الهادف إلى تعزيز قدرة إسبانيا على …»,
# law_mauritania_sngm_eu_iom_2023 «ومن أهدافه الخاصة دعم وزارة …»; the rest made up) --------------------------

@pytest.mark.parametrize("text, expected", [
    ("ويهدف برنامج «تنقل» إلى دعم المغرب وتونس في تدبير الهجرة.",
     {("country/morocco", "«تنقل»"), ("country/tunisia", "«تنقل»")}),
    ("وأعلنت الوكالة عن مشروع «حماية» الهادف إلى تعزيز قدرة إسبانيا على تدبير التدفقات الهجرية.",
     {("country/spain", "«حماية»")}),
    ("أطلقت المنظمة مشروع «أمل». ومن أهدافه الخاصة دعم جهود السنغال في إدماج العائدين.",
     {("country/senegal", "«أمل»")}),
    ("أطلقت المنظمة مشروع «أمل» بهدف مواكبة المملكة المغربية في تنزيل استراتيجيتها.",
     {("country/morocco", "«أمل»")}),
])
def test_what_an_item_aims_to_support(gazetteer, text, expected):
    check(gazetteer, text, "targets", expected)


@pytest.mark.parametrize("text", [
    # no item in the sentence and none the document is about
    "وقالت الوزيرة إن الحكومة تهدف إلى دعم المغرب.",
    # what is strengthened is cooperation between the two, not either of them
    "ويهدف مشروع «أمل» إلى تعزيز التعاون بين المغرب وبلجيكا.",
    # the aim is to support a programme, not a country
    "ويروم مشروع «أمل» مساندة برنامج المفوضية لفائدة اللاجئين.",
])
def test_an_aim_that_names_no_country_or_body_to_support_targets_nothing(gazetteer, text):
    assert not {c for c, _ in stated(extract(text, gazetteer), "targets")} & {"country/morocco", "country/belgium"}


@pytest.mark.parametrize("unit", [
    "ويهدف البرنامج إلى دعم المغرب و",            # an aim, a country, a list that goes on
    "ويهدف برنامج «أمل» إلى ",                     # an aim with nothing to support
])
def test_aims_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
