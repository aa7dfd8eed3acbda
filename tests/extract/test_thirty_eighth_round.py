"""Readings of the thirty-eighth session: the places a programme runs in, listed on past the first ones («، ولا سيما بمدن
…»، «، إلى جانب محافظة …»، a word of the list no place we know, a list longer than the reach of its first place; not the
unit a city of the list is in); the units a plural or dual of their word names («بجهات الشرق وسوس ماسة»); the partners
of a body that is the subject of «أن …» or of an opening verb of working, past an aside.
Made-up sentences, each with a variant that must not give the reading."""

import pytest

from kg.extract.pipeline import extract

from .conftest import alternative_names, assert_linear, assert_output_names_every_argument
from .test_genre_relations import stated

PROGRAMME = "أطلق الاتحاد الأوروبي برنامج «آفاق» لتشغيل الشباب. "
PROJECT = "أطلقت جمعية الأيادي المتضامنة مشروع «جسور» لفائدة المهاجرين. "
ASSOCIATION = "«جمعية الأيادي المتضامنة»"


def _where(gazetteer, text: str) -> set[str]:
    """Where the programme «آفاق» runs, each place as its entity or its «quote»."""
    return {place for what, place in stated(extract(PROGRAMME + text, gazetteer), "located_in") if what == "«آفاق»"}


# The places a programme runs in --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, places", [
    # carried on past a word of singling out and the cities' word
    ("وسينفذ البرنامج في جهة الشرق، ولا سيما بمدن وجدة والناظور.", {"region/oriental", "city/oujda", "city/nador"}),
    # past a word of adding and the unit's word
    ("وينشط البرنامج في محافظتي أسوان والأقصر، إلى جانب محافظة سوهاج.", {"«أسوان»", "«الأقصر»", "«محافظة سوهاج»"}),
    # a word of the list that names no place we know is passed over
    ("ويستهدف البرنامج الشباب بجهات الشرق وسوس ماسة والجنوب وبني ملال-خنيفرة.",
     {"region/oriental", "region/souss-massa", "region/beni-mellal-khenifra"}),
])
def test_a_programme_runs_in_every_place_its_list_names(gazetteer, text, places):
    assert _where(gazetteer, text) == places


def test_a_list_goes_on_past_the_reach_of_its_first_place(gazetteer):
    # the first place far from the programme, the list further on, past words of it that name no place we know
    places = _where(gazetteer, "ويستهدف البرنامج الشباب والنساء والأطفال في القرى الأكثر تصديرا للهجرة غير النظامية "
                               "بمحافظات كفر الشيخ والبحيرة والغربية والمنوفية والشرقية والدقهلية والفيوم وأسيوط.")
    assert places == {"region/kafr-el-sheikh", "region/beheira", "region/menoufia", "region/dakahlia", "city/faiyum",
                      "city/asyut"}


@pytest.mark.parametrize("text", [
    "وسينفذ البرنامج في جهة الشرق، والمقر الرئيسي بالرباط.",       # a new phrase after the list, not one of it
    "وسينفذ البرنامج في جهة الشرق والمناطق المتاخمة للجزائر.",      # what borders a country is not in it
])
def test_a_place_after_words_of_another_phrase_is_no_place_of_the_list(gazetteer, text):
    assert _where(gazetteer, text) == {"region/oriental"}


def test_the_unit_a_listed_city_is_in_is_no_place_the_programme_runs_in(gazetteer):
    # «بجهة …» without «و» after a city of the list is the city's region; the list goes on past it
    assert _where(gazetteer, "وينفذ البرنامج في مدينتي طنجة، بجهة طنجة تطوان الحسيمة، والناظور، بجهة الشرق.") \
        == {"city/tangier", "city/nador"}


def test_a_list_ends_at_a_word_that_joins_nothing(gazetteer):
    # after the list, another clause's place is not one the programme runs in
    assert _where(gazetteer, "وسينفذ البرنامج في جهة الشرق، وتقع طنجة شمال المغرب.") == {"region/oriental"}


# Units named by the plural or dual of their word ---------------------------------------------------------------------

@pytest.mark.parametrize("text, regions", [
    ("ويستهدف المشروع الشباب بجهات الشرق وسوس ماسة.", ["region/oriental", "region/souss-massa"]),
    ("وينفذ المشروع في جهتي الشرق والرباط-سلا-القنيطرة.", ["region/oriental", "region/rabat-sale-kenitra"]),
    ("وينفذ المشروع بالمغرب في جهتي الشرق", ["region/oriental"]),      # the last word of the document
])
def test_a_plural_of_a_units_word_names_the_unit_of_its_first_name(gazetteer, text, regions):
    result = extract(text, gazetteer)
    assert [m.entity for m in result.mentions if m.kind == "region"] == regions


@pytest.mark.parametrize("text", [
    "وتعمل الجمعية مع الجهات الشرقية للمملكة.",      # the article: «الجهات», no unit's word before a name
    "وأكد أن جهات الشرق الأوسط تعرف موجات هجرة.",     # the reference names no «جهة الشرق الأوسط»; «الشرق» is no unit here
    "ووزعت المنظمة مساعدات على النازحين في جهات الشرق الليبي.",      # the name goes on: Libya's east
    "انتشرت فرق المفوضية في جهتي الشرق والغرب من مدينة الفاشر.",     # no place of Morocco named
])
def test_no_unit_is_named_without_its_plural_word_and_a_known_name(gazetteer, text):
    assert not [m for m in extract(text, gazetteer).mentions if m.entity == "region/oriental"]


# The partners of a clause's subject ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the body after «أن», past an aside of where it sits
    "وأضافت أن الجمعية، التي يوجد مقرها بالرباط، اشتغلت بشراكة مع التعاون الوطني وأنابيك.",
    # a sentence that opens with a verb of working, past an aside of the frame
    "كما ستعمل الجمعية، في إطار هذا المشروع، بشراكة مع التعاون الوطني وأنابيك.",
    # a word in ة is no verb with its object pronoun («توعية»)
    "كما ستعمل الجمعية على توعية الشباب بشراكة مع التعاون الوطني وأنابيك.",
])
def test_the_body_a_clause_is_about_is_the_partners(gazetteer, text):
    assert stated(extract(PROJECT + text, gazetteer), "partner_of") == {
        ("organization/entraide-nationale", ASSOCIATION), ("organization/anapec", ASSOCIATION)}


@pytest.mark.parametrize("text", [
    "وأضافت أن الجمعية تنفذه بشراكة مع التعاون الوطني.",       # its pronoun: a partner in what it carries out
    "وأضافت أن الجمعية ستطلق المرحلة الثانية من المشروع بشراكة مع التعاون الوطني.",   # an item between
    "ونفذت الجمعية المرحلة الثانية بشراكة مع التعاون الوطني.",   # an opening verb with an object: not of working
    # a clause of its own between: those the associations care for
    "وأضافت أن الجمعية تستقبل المهاجرين الذين تتكفل بهم جمعيات محلية بشراكة مع التعاون الوطني.",
    # «أنهم»: whom the pronoun stands for, unsure
    "وأكدت أن الجمعية تستقبل المهاجرين، وأوضحت أنهم يشتغلون بشراكة مع التعاون الوطني.",
])
def test_a_partner_in_what_the_clause_does_is_not_its_subjects(gazetteer, text):
    assert ("organization/entraide-nationale", ASSOCIATION) not in stated(extract(PROJECT + text, gazetteer), "partner_of")


# Those of a counted group named after «من بينها» ------------------------------------------------------------------------

@pytest.mark.parametrize("text, agents", [
    # a group with its definite adjective
    ("نظمت الجمعية الملتقى الوطني الخامس للهجرة بالرباط. ويشارك في الملتقى عدد من الجمعيات الأعضاء، من بينها كاريتاس "
     "المغرب والمنظمة الدولية للهجرة.", {"organization/caritas-maroc", "organization/iom"}),
    # unionists counted, the bodies they represent counted, then some of them
    ("انعقد المؤتمر العربي الإفريقي للنقابات بعمان. وشارك في الأشغال نحو تسعين نقابيا يمثلون اثنتين وعشرين منظمة، من "
     "بينها الاتحاد المغربي للشغل ومنظمة العمل الدولية.", {"«الاتحاد المغربي للشغل»", "organization/ilo"}),
])
def test_the_bodies_named_of_a_counted_group_take_part(gazetteer, text, agents):
    assert {agent for agent, _ in stated(extract(text, gazetteer), "participates_in")} == agents


def test_a_group_named_without_a_verb_of_taking_part_takes_no_part(gazetteer):
    text = "نظمت الجمعية الملتقى الوطني الخامس للهجرة بالرباط. ويضم الاتحاد عددا من الجمعيات الأعضاء، من بينها كاريتاس المغرب."
    assert not stated(extract(text, gazetteer), "participates_in")


# Entities called as the document names them --------------------------------------------------------------------------

@pytest.mark.parametrize("text, called", [
    # a phase with what it is a phase of
    ("أطلقت المنظمة المرحلة الثانية من برنامج «سجلي» بالقاهرة.", "المرحلة الثانية من برنامج «سجلي»"),
    ("ويمول الاتحاد الأوروبي المرحلة الثالثة من مشروع «جسور» للمهاجرين.", "المرحلة الثالثة من مشروع «جسور»"),
    # a title with the word before it that no name begins with
    ("وأطلقت الوزارة منصة «حماية» لتلقي الشكاوى.", "منصة «حماية»"),
    ("ويتيح تطبيق «مرحبا» للمسافرين حجز مواعيد العبور.", "تطبيق «مرحبا»"),
    # a place with its word: a known city, a new one
    ("وأقيم الحفل بمدينة أسوان بحضور الوزيرة.", "مدينة أسوان"),
    ("ووصلت القافلة إلى مقاطعة باسكنو شرق البلاد.", "مقاطعة باسكنو"),
])
def test_an_entity_is_also_called_as_the_document_names_it(gazetteer, base_iri, text, called):
    assert called in alternative_names(text, gazetteer, base_iri)


def test_a_phase_of_nothing_named_has_no_such_name(gazetteer, base_iri):
    # «من» and a date: no item after it
    assert not any(name.startswith("المرحلة الثانية") for name in alternative_names(
        "وانطلقت المرحلة الثانية من البرنامج في شهر مارس من السنة الماضية.", gazetteer, base_iri))


# Places and known bodies as the document calls them -------------------------------------------------------------------

def test_a_city_is_not_called_by_a_units_word(gazetteer, base_iri):
    # «جهة طنجة» names the region, not the city
    assert "جهة طنجة" not in alternative_names("وزار الوفد جهة طنجة والتقى بالمسؤولين.", gazetteer, base_iri)


@pytest.mark.parametrize("text, called", [
    ("وأعلنت الأونروا عن برنامج جديد.", {"الأونروا"}),
    # without the «و» of the list
    ("وحضر ممثلو المنظمة الدولية للهجرة واليونيسف اللقاء.", {"اليونيسف"}),
    # a place's own name that starts like an attached letter and the article («بالاو»)
    ("ووقع المغرب اتفاقا مع بالاو.", set()),
])
def test_a_known_body_is_also_called_as_the_document_names_it(gazetteer, base_iri, text, called):
    assert {name for name in alternative_names(text, gazetteer, base_iri) if " " not in name} == called


def test_a_body_linked_by_likeness_is_not_called_by_the_documents_words(gazetteer, base_iri):
    # a known name like the document's words is no name the document gives it
    text = "وتتولى وزارة العمل متابعة البرنامج، ولن تنضم الغرفة إلى اللجنة التوجيهية في دورتها الحالية."
    result = extract(text, gazetteer)
    liked = [m for m in result.mentions if m.rule in ("head-noun", "resembling-name") and m.entity]
    assert not {result.quote(m) for m in liked} & alternative_names(text, gazetteer, base_iri)


# A pronoun of a noun said of it ---------------------------------------------------------------------------------------

def test_the_pronoun_after_a_noun_said_of_it_is_that_nouns(gazetteer):
    text = PROJECT + "ويوزع البرنامج الحصص الغذائية، وهي حصص تموّلها جزئيا الحكومة اليابانية."
    assert not [f for f in stated(extract(text, gazetteer), "funds") if f[0] == "country/japan"]


@pytest.mark.parametrize("text", ["وهو ما تموّله الحكومة اليابانية.", "وهو أيضا تموّله الحكومة اليابانية."])
def test_the_pronoun_after_no_noun_is_the_items(gazetteer, text):
    assert ("country/japan", "«جسور»") in stated(extract(PROJECT + text, gazetteer), "funds")


def test_the_pronoun_after_an_items_head_noun_is_the_items(gazetteer):
    text = PROJECT + "وهو مشروع تموّله الحكومة اليابانية."
    assert [f for f in stated(extract(text, gazetteer), "funds") if f[0] == "country/japan"]


# Who carries out: a counted group listed after «هي», and the past of «تولى» ----------------------------------------------

def test_the_bodies_a_counted_group_names_carry_it_out(gazetteer):
    text = ("أطلق الاتحاد الأوروبي برنامج «آفاق». وتتقاسم تنفيذ البرنامج ثلاث جهات أوروبية هي الوكالة الألمانية للتعاون "
            "الدولي، ووكالة التنمية البلجيكية، والمنظمة الدولية للهجرة.")
    assert {a for a, _ in stated(extract(text, gazetteer), "implements")} >= {
        "organization/giz", "organization/enabel", "organization/iom"}


@pytest.mark.parametrize("text, implements", [
    ("أطلق الاتحاد الأوروبي برنامج «آفاق». وتولّت منظمة العمل الدولية، بالتعاون مع وزارة العمل، تنفيذ البرنامج.", True),
    ("أطلق الاتحاد الأوروبي برنامج «آفاق». وتولّت منظمة العمل الدولية رئاسة اللجنة.", False),     # no carrying out
])
def test_who_took_on_the_carrying_out_carries_it_out(gazetteer, text, implements):
    assert (("organization/ilo", "«آفاق»") in stated(extract(text, gazetteer), "implements")) is implements


def test_the_readings_name_every_argument(gazetteer, base_iri):
    assert_output_names_every_argument(
        PROJECT + "وأضافت أن الجمعية اشتغلت بشراكة مع التعاون الوطني. " + PROGRAMME
        + "ويستهدف البرنامج الشباب بجهات الشرق وسوس ماسة، ولا سيما بمدن وجدة والناظور.", gazetteer, base_iri)


@pytest.mark.parametrize("unit", [
    "ويستهدف البرنامج الشباب بمحافظات أسوان والأقصر، ولا سيما بمدن وجدة والناظور ",     # one sentence, no full stop
    "وأضافت أن الجمعية، التي يوجد مقرها بالرباط، اشتغلت بشراكة مع التعاون الوطني، ",
    "وأضاف أن ",
    "في جهات الشرق وجهتي الشرق ",
    "وهي حصص تموّلها الحكومة اليابانية، ",
])
def test_the_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
