"""The countries a programme or project is for, by the people it serves and where they live («لفائدة
اللاجئين المقيمين بالمملكة»، «الموجه إلى المهاجرين العالقين في ليبيا والنيجر»): the sentence's first programme
or project named before the phrase, else the document's topic. Develop sentences (fund_jica_unhcr_refugees_2021,
fund_spain_iom_return_2025, shortened) and made-up variants, with variants that must not give the fact."""

import pytest

from tests.extract.test_genre_relations import check


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
