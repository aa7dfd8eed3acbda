"""Who takes part in the event a document reports, and who are partners, from the way a document names them
again: a person by the title that stood before his honorific («وزير … حينها، السيد X» … «وقال الوزير في كلمته
خلال حفل التوقيع»); two bodies by a dual («بداية شراكة طويلة الأمد بين الوكالتين»); who supports an initiative
(«بمبادرة من X وبدعم من Y»); countries by a group noun («بحضور ممثلين عن البلدان الأربعة»); a person by
a pronoun («وحضر الاجتماعَ إلى جانبه Y»); a committee by its bare head noun past a description
(«إحداث لجنة تقنية … وعقدت اللجنة اجتماعها الثاني»). Sentences from the
develop split (law_mauritania_sngm_eu_iom_2023, fund_jica_unhcr_covid_2021, inst_egypt_imis3_closing_2016,
fund_eutf_bmz_south_south_2019, law_morocco_regularization_appeals_2017) and made-up variants, each with a variant
that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


def _participants(gazetteer, text):
    return stated(extract(text, gazetteer), "participates_in")


@pytest.mark.parametrize("text, speaker", [
    ("فقد وقّع وزير الشؤون الاقتصادية والتنمية حينها، السيد سيدي ولد التاه، يوم الأربعاء 26 سبتمبر 2012 بمقر وزارته "
     "في نواكشوط، اتفاقية تمويل. وقال الوزير في كلمته خلال حفل التوقيع إن بلاده «تواجه ضغطا هجرويا».",
     "«سيدي ولد التاه»"),
    ("استقبلت وزيرة الهجرة، السيدة فاطمة الزهراء بناني، وفدا أوروبيا. وأكدت الوزيرة خلال الندوة الإقليمية حول "
     "الهجرة أهمية الشراكة.", "«فاطمة الزهراء بناني»"),
    ("وقّع سفير ألمانيا آنذاك، السيد هانس مولر، الاتفاقية. وقال السفير خلال حفل التوقيع إن بلاده ملتزمة.",
     "«هانس مولر»"),
])
def test_a_title_before_the_honorific_names_him_again(gazetteer, text, speaker):
    assert {a for a, _ in _participants(gazetteer, text)} == {speaker}


def test_a_person_listed_after_the_title_is_not_its_holder(gazetteer):
    """«وزير الاقتصاد، والسيد X»: X is the next one of a list, not the minister «الوزير» names again."""
    text = ("حضر وزير الاقتصاد، والسيد هانس مولر، حفل الافتتاح. وقال الوزير في كلمته خلال حفل التوقيع إن بلاده "
            "ملتزمة.")
    assert ("«هانس مولر»", "«حفل التوقيع»") not in _participants(gazetteer, text)


def _partners(gazetteer, text):
    return stated(extract(text, gazetteer), "partner_of")


@pytest.mark.parametrize("text, partners", [
    # a partnership between two bodies named again by a dual noun (fund_jica_unhcr_covid_2021: «بين الوكالتين»)
    ("وأشادت الوكالة اليابانية للتعاون الدولي بعمل المفوضية السامية للأمم المتحدة لشؤون اللاجئين، فيما اعتبر الطرفان "
     "هذا المشروع بداية شراكة طويلة الأمد بين الوكالتين.", {("organization/unhcr", "organization/jica")}),
    ("وقّع المغرب وإسبانيا اتفاقا جديدا لتعزيز التعاون بين البلدين في مجال الهجرة.",
     {("country/spain", "country/morocco")}),
    ("التقت المنظمة الدولية للهجرة بالمفوضية السامية للأمم المتحدة لشؤون اللاجئين، وبحث الجانبان سبل تعزيز الشراكة "
     "بين المنظمتين.", {("organization/unhcr", "organization/iom")}),
])
def test_a_partnership_between_two_bodies_named_again_by_a_dual(gazetteer, text, partners):
    assert _partners(gazetteer, text) == partners


@pytest.mark.parametrize("text", [
    # three countries before «البلدين»: which two it names, the sentence does not tell
    "وقّع المغرب وإسبانيا والبرتغال اتفاقا جديدا لتعزيز التعاون بين البلدين في مجال الهجرة.",
    # «البلدين» names countries, not a country and an organization
    "وقالت المنظمة الدولية للهجرة إن الاجتماع مع المغرب يعزز التعاون بين البلدين.",
])
def test_a_dual_that_names_no_two_bodies_gives_no_partners(gazetteer, text):
    assert _partners(gazetteer, text) == set()


@pytest.mark.parametrize("text, partners", [
    # inst_egypt_imis3_closing_2016: the support coordinated right after the initiator
    ("أما النظام فيعود إلى عام ٢٠٠١، حين أُطلق بمبادرة من وزارة القوى العاملة والهجرة وبدعم من المنظمة الدولية "
     "للهجرة، وأنشأته الحكومة المصرية.", {("organization/iom", "«وزارة القوى العاملة والهجرة»")}),
    ("انطلق البرنامج بمبادرة من وزارة الداخلية، وبدعم تقني من المنظمة الدولية للهجرة والاتحاد الأوروبي.",
     {("organization/iom", "«وزارة الداخلية»"), ("organization/eu", "«وزارة الداخلية»")}),
])
def test_who_supports_an_initiative_is_the_initiators_partner(gazetteer, text, partners):
    assert _partners(gazetteer, text) == partners


@pytest.mark.parametrize("text", [
    # the support is another clause's: a body that gives money while another initiates
    "انطلق البرنامج بمبادرة من وزارة الداخلية، بينما قدم الاتحاد الأوروبي دعما ماليا.",
    # the support of a project the initiative is framed by, not coordinated with the initiator
    "انطلق البرنامج بمبادرة من وزارة الداخلية في إطار مشروع ممول بدعم من الاتحاد الأوروبي.",
])
def test_support_not_coordinated_with_the_initiative_makes_no_partner(gazetteer, text):
    assert _partners(gazetteer, text) == set()


@pytest.mark.parametrize("text, event, count", [
    # fund_eutf_bmz_south_south_2019
    ("طنجة – احتضنت مدينة طنجة، يوم 28 يونيو 2019، الإطلاق الرسمي لمشروع «التعاون جنوب-جنوب في مجال الهجرة» الذي "
     "يجمع المغرب وكوت ديفوار ومالي والسنغال، وذلك بحضور ممثلين عن البلدان الأربعة وعن الشركاء الدوليين.",
     "«الإطلاق الرسمي»", 4),
    ("نظمت المنظمة الدولية للهجرة بالرباط ورشة إقليمية حول الهجرة لفائدة المغرب وتونس والنيجر، بمشاركة ممثلي الدول "
     "المعنية.", "«ورشة إقليمية حول الهجرة»", 3),
])
def test_countries_named_again_by_a_group_noun_take_part(gazetteer, text, event, count):
    found = {(a, e) for a, e in _participants(gazetteer, text) if e == event and a.startswith("country/")}
    assert len(found) == count


@pytest.mark.parametrize("text", [
    # «البلدان الأربعة» after three countries: another group
    "نظمت المنظمة الدولية للهجرة بالرباط ورشة إقليمية حول الهجرة لفائدة المغرب وتونس والنيجر، بحضور ممثلين عن "
    "البلدان الأربعة.",
    "نظمت المنظمة الدولية للهجرة بالرباط ورشة إقليمية حول الهجرة لفائدة المغرب وتونس، بحضور ممثلين عن البلدان الثلاثة.",
])
def test_a_group_noun_of_another_count_names_no_country(gazetteer, text):
    assert {a for a, _ in _participants(gazetteer, text) if a.startswith("country/")} == set()


MEETING = "عقدت اللجنة الوطنية للتتبع والطعون اجتماعها الأول بمقر المجلس الوطني لحقوق الإنسان بالرباط. "


@pytest.mark.parametrize("text, beside", [
    # law_morocco_regularization_appeals_2017
    (MEETING + "ويرأس هذه الهيئة السيد إدريس اليزمي، رئيس المجلس الوطني لحقوق الإنسان. وحضر الاجتماعَ إلى جانبه السيد "
     "عبد الكريم بنعتيق، الوزير المنتدب، والسيد خالد الزروالي، الوالي مدير الهجرة.", "«إدريس اليزمي»"),
    (MEETING + "وترأس اللقاء السيد محمد العلوي. وحضر أشغال الاجتماع إلى جانبه السيد أحمد بناني.", "«محمد العلوي»"),
])
def test_who_others_attend_beside_takes_part(gazetteer, text, beside):
    assert (beside, "«اجتماعها الأول»") in _participants(gazetteer, text)


def test_beside_a_pronoun_that_may_be_a_bodys_names_no_one(gazetteer):
    """«إلى جانبها»: the committee's as often as a woman's."""
    text = MEETING + "وقال السيد إدريس اليزمي إن العملية ناجحة. وحضرت الاجتماع إلى جانبها السيدة فاطمة بناني."
    assert ("«إدريس اليزمي»", "«اجتماعها الأول»") not in _participants(gazetteer, text)


def _organizers(gazetteer, text):
    return stated(extract(text, gazetteer), "organizes")


def test_a_description_the_gazetteer_knows_does_not_hide_the_body_named_again(gazetteer):
    """law_morocco_regularization_appeals_2017: «قررت اللجنة إحداث لجنة تقنية» (an indefinite description, though the
    gazetteer matches it) … «وعقدت اللجنة اجتماعها الثاني»: the bare noun is the committee named before it."""
    text = ("عقدت اللجنة الوطنية للتتبع والطعون اجتماعها الأول بالرباط. وفي ختام أشغالها، قررت اللجنة إحداث لجنة تقنية "
            "لدراسة ما تبقى من الملفات. وعقدت اللجنة اجتماعها الثاني يوم الثلاثاء 27 مارس 2018 بمقر المجلس نفسه.")
    assert ("«اللجنة الوطنية للتتبع والطعون»", "«اجتماعها الثاني»") in _organizers(gazetteer, text)


def test_another_body_of_that_head_named_between_is_what_the_bare_noun_names(gazetteer):
    text = ("تأسست جمعية الأمل للتنمية بطنجة سنة 2010. والتقت الجمعية المغربية لتنظيم الأسرة بممثلي المهاجرين. ونظمت "
            "الجمعية ورشة تكوينية حول الصحة.")
    assert ("«جمعية الأمل للتنمية»", "«ورشة تكوينية حول الصحة»") not in _organizers(gazetteer, text)
