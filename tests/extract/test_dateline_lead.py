"""The dateline past a headline: a press release opens on its headline, a blank line, then «CITY، DATE –»
and the lead sentence (inst_egypt_imis3_closing_2016, law_snia_un_joint_programme_2016); the «#» lines at
the top are skipped whatever «;» they hold. The dateline city is where the lead's event took place when the
lead's action happens «خلال / في / أثناء / بمناسبة / على هامش» it; not an event held online, nor one of a lead
that names another place. Made-up sentences beside the develop ones."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

HEADLINE = "وزارة الهجرة تطلق موقعها الإلكتروني وتطوي مرحلة من مشروعها\n\n"
SOURCE = "# source: written for this corpus (own wording; every fact taken from: https://example.org/a ; https://example.org/b)\n"


def sited(gazetteer, text: str) -> set[tuple[str, str]]:
    return stated(extract(text, gazetteer), "located_in")


@pytest.mark.parametrize("text, fact", [
    # develop: inst_egypt_imis3_closing_2016 (headline, then the dateline)
    (SOURCE + HEADLINE + "القاهرة، ٢٥ تموز ٢٠١٦ – أطلقت السفيرة نبيلة مكرم عبيد عبد الشهيد، وزيرة الدولة للهجرة "
     "وشؤون المصريين بالخارج، اليوم الموقع الإلكتروني الجديد لوزارتها، وأعلنت خلال احتفال رسمي اختتام المشروع.",
     ("«احتفال رسمي»", "city/cairo")),
    # develop: law_snia_un_joint_programme_2016
    ("الأمم المتحدة والمغرب يوقّعان برنامجاً مشتركاً لدعم الاستراتيجية الوطنية للهجرة في ذكراها الثالثة\n\n"
     "الرباط، ٩ أيلول/سبتمبر ٢٠١٦ – وقّعت الوزارة المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة ومنظومة الأمم "
     "المتحدة في المغرب، يوم الجمعة، برنامجاً مشتركاً، خلال ندوة نظمتها الوزارة احتفاءً بالذكرى الثالثة.",
     ("«ندوة»", "city/rabat")),
    # made up: another headline, a dash without a date, «على هامش»
    ("دكار تحتضن لقاء حول هجرة اليد العاملة\n\nدكار – وقّع الجانبان على هامش الندوة الإقليمية حول تنقل "
     "العمال مذكرة تفاهم.", ("«الندوة الإقليمية حول تنقل العمال»", "city/dakar")),
    ("شراكة جديدة لحماية المهاجرين\n\nأكادير، 3 مارس 2022 – قدّمت المنظمة الدولية للهجرة، أثناء ورشة عمل "
     "جهوية، نتائج الدراسة.", ("«ورشة عمل جهوية»", "city/agadir")),
    # a one-word headline: not read with the dateline after it as one dateline
    ("الهجرة\n\nالرباط – أعلنت الوزارة خلال ندوة حول الهجرة اختتام المشروع.", ("«ندوة حول الهجرة»", "city/rabat")),
])
def test_the_dateline_after_a_headline_is_where_the_lead_event_took_place(gazetteer, text, fact):
    assert fact in sited(gazetteer, text)


@pytest.mark.parametrize("text", [
    # an event held online took place nowhere
    HEADLINE + "وجدة – اختُتم في أبريل 2021 مشروع الحكامة، وذلك خلال لقاء ختامي عن بعد شارك فيه نحو مائة شخص.",
    # the lead names another city: which one is where is not said
    HEADLINE + "الرباط – أعلنت الوزارة خلال ندوة حول الهجرة اختتام مشروعها لفائدة المهاجرين المقيمين في طنجة.",
    # the event is only named by the lead's action, not the frame it happens in
    HEADLINE + "الرباط – أعلنت الوزارة عن تنظيم ندوة دولية حول الهجرة الشهر المقبل.",
    # a headline that ends as a sentence is the lead: no dateline there
    "الوزارة تطوي مشروعها.\n\nالرباط – أعلنت الوزارة خلال ندوة حول الهجرة اختتام المشروع.",
])
def test_no_place_from_the_dateline(gazetteer, text):
    assert not {f for f in sited(gazetteer, text) if f[1].startswith("city/")}


def test_a_headline_is_no_dateline_for_a_ministers_country(gazetteer):
    """``places.home`` still reads the first sentence only (past a headline: as many wrong posts as right)."""
    text = HEADLINE + "الرباط، 12 ماي 2019 – حضر اللقاء السيد أحمد العلوي، وزير الشغل والإدماج المهني."
    assert ("«أحمد العلوي»", "country/morocco") not in stated(extract(text, gazetteer), "holds_position_in")


@pytest.mark.parametrize("text, expected", [
    ("عمّان، 3 آذار/مارس 2023 – وقّعت وزارة العمل الأردنية ومنظمة العمل الدولية، اليوم الخميس، مذكرة تفاهم لتنفيذ "
     "برنامج \"فرص\".", {("dateSigned", "2023-03-03", "مذكرة تفاهم")}),
    ("الرباط، 5 ماي 2021 – أبرم المغرب وإسبانيا اتفاقية للتعاون الأمني.",
     {("dateSigned", "2021-05-05", "اتفاقية للتعاون الأمني")}),
    # an agreement to be signed later: not the dateline's day
    ("الرباط، 5 ماي 2021 – أعلنت الوزارة أنه سيتم توقيع اتفاقية للتعاون مع إسبانيا.", set()),
])
def test_the_dateline_is_the_day_the_leads_agreement_was_signed(gazetteer, text, expected):
    result = extract(text, gazetteer)
    # (the day the lead says, «اليوم الخميس», stands for the dateline's: the same day)
    assert {(v.prop, v.value.value, result.quote(v.subject)) for v in result.values
            if v.prop == "dateSigned"} == expected
