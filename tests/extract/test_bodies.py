"""Names of bodies the genre writes without a registry entry: a country's development cooperation by its
adjective («التعاون الإيطالي», from the develop split's fund_italy_iom_salem_2008), an embassy by the
country's bare name and which one by its place («سفارة إيطاليا بالمغرب»), a national institution under its
ministry («مؤسسة التعاون الوطني التابعة لوزارة …») against an international body's own («… التابع للاتحاد
الأوروبي»), and who approves the funding of an item funds it («الذي صادق التعاون الإيطالي على تمويله»).
Made-up variants, each class with one that must not give it."""

import pytest
from rdflib import Dataset
from rdflib.namespace import SKOS

from kg.extract.output import Candidates
from kg.extract.pipeline import extract
from kg.extract.reader import from_bytes
from tests.extract.test_genre_relations import stated


def names(result, kind: str = "organization") -> list[str]:
    return [result.quote(m) for m in result.mentions if m.kind == kind]


@pytest.mark.parametrize("text, expected", [
    ("وصادق التعاون الإيطالي على تمويل المشروع.", ["التعاون الإيطالي"]),
    ("بتمويل من التعاون البلجيكي والتعاون الألماني.", ["التعاون البلجيكي", "والتعاون الألماني"]),
    # cooperation between two countries, or framed: no agency
    ("ويندرج اللقاء في إطار التعاون الإيطالي المغربي.", []),
    ("وأكد الطرفان أهمية التعاون المغربي الإسباني في مجال الهجرة.", []),
    ("وذلك في إطار التعاون الإيطالي.", []),
])
def test_a_countrys_development_cooperation_is_a_body(gazetteer, text, expected):
    assert names(extract(text, gazetteer)) == expected


@pytest.mark.parametrize("text, body, place", [
    ("أعلنت سفارة إيطاليا بالمغرب عن تمويل المشروع.", "سفارة إيطاليا", "country/morocco"),
    ("وقدمت قنصلية إسبانيا بطنجة دعما للجمعية.", "قنصلية إسبانيا", "city/tangier"),
])
def test_an_embassy_by_the_countrys_bare_name_is_where_its_place_says(gazetteer, text, body, place):
    result = extract(text, gazetteer)
    assert names(result) == [body]
    assert stated(result, "located_in") == {(f"«{body}»", place)}


def test_which_embassy_is_in_its_description(gazetteer, base_iri):
    document = from_bytes("أعلنت سفارة إيطاليا بالمغرب عن تمويل المشروع.".encode(), "made-up.txt")
    ds = Dataset()
    ds.parse(data=Candidates(document, extract(document.text, gazetteer), base_iri).trig(), format="trig")
    assert {str(o) for _, _, o, _ in ds.quads((None, SKOS.altLabel, None, None))} == {"سفارة إيطاليا بالمغرب"}


@pytest.mark.parametrize("text, expected", [
    # under a national ministry: affiliated, not part of its name; the ministry a body of its own
    ("بشراكة مع مؤسسة التعاون الوطني التابعة لوزارة التنمية الاجتماعية.",
     ["مؤسسة التعاون الوطني", "لوزارة التنمية الاجتماعية"]),
    # an international body's own: part of its name
    ("بتمويل من الصندوق الائتماني للطوارئ التابع للاتحاد الأوروبي.",
     ["الصندوق الائتماني للطوارئ التابع للاتحاد الأوروبي"]),
])
def test_an_affiliation_ends_a_name_under_a_national_administration(gazetteer, text, expected):
    assert names(extract(text, gazetteer)) == expected


def test_a_list_goes_on_past_an_affiliation(gazetteer):
    """«بتعاون مع X، وY التابع للمندوبية السامية للتخطيط، وZ»: whose Y is, not one more partner."""
    text = ("أطلقت الجمعية مشروع «جسور» بتعاون مع مؤسسة الأمل، ومركز الدراسات الديموغرافية التابع للمندوبية "
            "السامية للتخطيط، والجمعية الإيطالية للتنمية.")
    partners = {a for a, _ in stated(extract(text, gazetteer), "partner_of")}
    assert partners == {"«مؤسسة الأمل»", "«ومركز الدراسات الديموغرافية»", "«والجمعية الإيطالية للتنمية»"}


@pytest.mark.parametrize("text, expected", [
    ("أما مشروع «سالم»، الذي صادق التعاون الإيطالي على تمويله، فيهدف إلى حماية القاصرين.",
     {("«التعاون الإيطالي»", "«سالم»")}),
    ("ووافقت الوكالة الإسبانية للتعاون الدولي من أجل التنمية على تمويل مشروع «إدماج» بالناظور.",
     {("organization/aecid", "«إدماج»")}),
    # approving a law funds nothing
    ("وصادق البرلمان على القانون الجديد للهجرة.", set()),
])
def test_who_approves_the_funding_of_an_item_funds_it(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "funds") == expected


@pytest.mark.parametrize("text, expected", [
    # the example (fund_jica_unhcr_refugees_2021): a phrase of the item's own before «تسهم فيه»
    ("أرست المفوضية السامية للأمم المتحدة لشؤون اللاجئين (HCR) والوكالة اليابانية للتعاون الدولي (JICA)، يوم "
     "الجمعة بالرباط، مشروعا مشتركا لدعم اللاجئين في مواجهة الجائحة، تسهم فيه الوكالة اليابانية بغلاف مالي "
     "قدره ٢٧٥ ألف دولار أمريكي.", {("organization/jica", "«مشروعا مشتركا لدعم اللاجئين»")}),
    ("أطلقت الجمعية مشروعا نموذجيا لإدماج المهاجرين عبر التكوين المهني، ساهمت فيه السفارة الهولندية بمبلغ 50 ألف يورو.",
     {("«السفارة الهولندية»", "«مشروعا نموذجيا لإدماج المهاجرين»")}),
])
def test_the_item_a_funders_pronoun_refers_to_across_a_phrase_of_its_own(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "funds") == expected


@pytest.mark.parametrize("text, expected", [
    # a closing quote, a longer phrase of the item's own and the place it runs in, then «، الذي تنفذه X»
    ("أعطيت الانطلاقة الرسمية لمشروع \"آفاق\" لدعم الإدماج الاجتماعي والاقتصادي للمهاجرين بجهة الشرق، الذي تنفذه "
     "المنظمة الدولية للهجرة.", {("organization/iom", "«آفاق»")}),
    ("أطلقت الوزارة مشروع «آفاق» بجهة الشرق، الذي تنفذه المنظمة الدولية للهجرة.", {("organization/iom", "«آفاق»")}),
    # a clause of its own between them (a verb, not a phrase): the relative clause is not on the item
    ("أطلقت الوزارة مشروع «آفاق» وعقدت اجتماعا مع الشركاء بالرباط، الذي تنفذه المنظمة الدولية للهجرة.", set()),
])
def test_the_item_an_implementers_pronoun_refers_to_across_a_phrase_of_its_own(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "implements") == expected


def test_a_mission_in_another_country_is_not_the_known_one(gazetteer):
    """«بعثة المنظمة الدولية للهجرة في ليبيا» is no «بعثة المنظمة الدولية للهجرة بالمغرب» of the registry."""
    result = extract("وقال السيد فيديريكو سودا، رئيس بعثة المنظمة الدولية للهجرة في ليبيا، إن العمل مستمر.", gazetteer)
    office = next(m for m in result.mentions if m.kind == "organization")
    assert office.entity is None and result.quote(office) == "بعثة المنظمة الدولية للهجرة في ليبيا"


@pytest.mark.parametrize("text, entity", [
    ("وتربط الجمعية شراكة مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين.", "project/sharaka"),
    ("وعقد المجلس الاجتماع الثالث لدورته العادية.", "event/gfmd-2009"),
    ("أطلق الاتحاد الأوروبي ومنظمة العمل الدولية البرنامج المشترك لتعزيز حوكمة هجرة اليد العاملة.",
     "programme/un-joint-programme-snia"),
])
def test_a_generic_known_name_is_the_common_word_elsewhere(gazetteer, text, entity):
    """Names of the registry made of a head noun and words that only describe or count («شراكة»، «الاجتماع
    الثالث»، «البرنامج المشترك») name their entity only where the document names it otherwise too."""
    assert entity not in {m.entity for m in extract(text, gazetteer).mentions}


def test_a_generic_known_name_is_that_entity_where_the_document_names_it(gazetteer):
    text = "أشادت المفوضية السامية للأمم المتحدة لشؤون اللاجئين بالتعاون. وأكدت المفوضية التزامها."
    assert [m.entity for m in extract(text, gazetteer).mentions] == ["organization/unhcr", "organization/unhcr"]


@pytest.mark.parametrize("text, name", [
    # a second complement before the acronym (develop: fund_jica_unhcr_refugees_2021's AMAPPE, here a new one)
    ("وتنظم الشبكة المغربية لمناهضة الاتجار بالبشر (RMLT) حملة تحسيسية.", "الشبكة المغربية لمناهضة الاتجار بالبشر"),
    ("نظمت الجمعية المغربية لدعم النهوض بالمقاولة الصغرى (AMAPPE) ورشة تكوينية.",
     "الجمعية المغربية لدعم النهوض بالمقاولة الصغرى"),
])
def test_a_name_cut_short_goes_on_to_its_acronym(gazetteer, text, name):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"][0] == name


def test_a_name_does_not_go_on_to_an_acronym_past_a_comma(gazetteer):
    result = extract("وتنظم الشبكة المغربية لمناهضة الاتجار، بتعاون مع الوكالة (RMLT)، حملة تحسيسية.", gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"][0] == "الشبكة المغربية لمناهضة الاتجار"


@pytest.mark.parametrize("text, name", [
    ("وتعاونت المفوضية مع الهلال الأحمر المصري في توزيع المساعدات.", "الهلال الأحمر المصري"),
    ("وأنقذ خفر السواحل الليبي مئات المهاجرين.", "خفر السواحل الليبي"),
    ("وأعلن جهاز مكافحة الهجرة عن ترحيل المهاجرين.", "جهاز مكافحة الهجرة"),
    ("نظمت منظمة Caritas Maroc ورشة تكوينية بالرباط.", "منظمة Caritas Maroc"),      # a name in Latin words
])
def test_bodies_of_the_regional_press(gazetteer, text, name):
    result = extract(text, gazetteer)
    assert name in [result.quote(m) for m in result.mentions if m.kind == "organization"]


def test_an_acronym_after_a_head_noun_is_no_latin_name(gazetteer):
    result = extract("نظمت جمعية ALCS ورشة تكوينية بأكادير.", gazetteer)
    assert "جمعية ALCS" not in [result.quote(m) for m in result.mentions]


@pytest.mark.parametrize("text, names", [
    ("ويعد مسار الرباط، الذي أطلق سنة 2006، إطارا للحوار.", ["مسار الرباط"]),     # a regional process
    ("ويتتبع التقرير مسار الهجرة من النيجر إلى ليبيا.", []),                    # a route
])
def test_a_process_named_by_its_city(gazetteer, text, names):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"] == names


def test_a_nations_agency_is_not_another_nations(gazetteer):
    """«الوكالة الكورية للتعاون الدولي» resembles GIZ's Arabic name in all but its nation: no link."""
    result = extract("وقدمت الوكالة الكورية للتعاون الدولي (كويكا) منحة للمشروع.", gazetteer)
    assert "organization/giz" not in {m.entity for m in result.mentions}


@pytest.mark.parametrize("text, name", [
    ("ساهم المجلس الجماعي لوجدة في تمويل مشروع «مواكبة».", "المجلس الجماعي لوجدة"),
    ("بشراكة مع المجلس الإقليمي لبني ملال والوكالة الوطنية لإنعاش التشغيل والكفاءات.", "المجلس الإقليمي لبني ملال"),
])
def test_a_local_council_of_its_place(gazetteer, text, name):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"][0] == name


@pytest.mark.parametrize("text, names", [
    ("ساهمت عمالة إقليم الناظور في تمويل مشروع «مواكبة».", ["عمالة إقليم الناظور"]),     # a prefecture
    ("وتعاني العمالة المهاجرة من الهشاشة.", []),                                     # the workforce
])
def test_a_prefecture_by_its_place(gazetteer, text, names):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"] == names


@pytest.mark.parametrize("text, names", [
    ("ونفذت المشروع منظمة SOLETERRE الإيطالية بشراكة مع جمعية CMMA.", ["SOLETERRE", "CMMA"]),   # up to 12 capitals
    ("وينفذ المشروع بشراكة مع SOLETERRE وCMMA بالدار البيضاء.", ["SOLETERRE", "CMMA"]),   # «و» written onto it
    ("وينفذ المشروع بشراكة مع Soleterre ومع جمعيات محلية.", []),           # one capitalized word alone names nothing
])
def test_a_latin_name_in_capitals_is_a_body(gazetteer, text, names):
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "organization"] == names
