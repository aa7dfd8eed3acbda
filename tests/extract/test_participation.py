"""Who takes part in an event, in the wordings of wire copy on conferences: delegations, experts or ministers
from countries («وشاركت في المؤتمر وفود من X وY»، «مشاركة وزراء داخلية X وY»), and attending the sessions of an
event («وحضر أشغال المؤتمر …»). Made-up sentences, with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

from .conftest import assert_linear

OPENED = "انطلقت أشغال المؤتمر الإقليمي حول الهجرة. "


@pytest.mark.parametrize("text, agents", [
    (OPENED + "وشاركت في المؤتمر وفود من المغرب والسنغال ومالي.",
     {"country/morocco", "country/senegal", "country/mali"}),
    (OPENED + "وشارك في المؤتمر خبراء من فرنسا وبلجيكا.", {"country/france", "country/belgium"}),
    (OPENED + "وحضر أشغال المؤتمر السيد أحمد العلوي، وزير الشغل.", {"«أحمد العلوي»"}),
    # a count of countries, then some of them: «أزيد من ثلاثين بلدا إفريقيا، من بينها X و Y»
    (OPENED + "وشارك في المؤتمر وزراء ومسؤولون من أزيد من ثلاثين بلدا إفريقيا، من بينها السنغال ومالي.",
     {"country/senegal", "country/mali"}),
    ("انطلقت أشغال المؤتمر الإقليمي حول الهجرة، بمشاركة أزيد من ثلاثين بلدا، من بينها السنغال والنيجر.",
     {"country/senegal", "country/niger"}),
    # countries the event is about, not who came
    (OPENED + "وتناول المؤتمر أوضاع المهاجرين في المغرب والسنغال.", set()),
    ("انطلقت أشغال المؤتمر الإقليمي حول الهجرة، بمشاركة عشرين دولة ليس من بينها المغرب.", set()),
])
def test_who_takes_part_by_delegation(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents


CONFERENCE = "المؤتمر الإقليمي حول الهجرة"


@pytest.mark.parametrize("text, expected", [
    # a person beside the one event the sentence names, whatever the verb
    (f"وعرف {CONFERENCE} حضور السيد أحمد العلوي، وزير الشغل.", {("«أحمد العلوي»", f"«{CONFERENCE}»")}),
    (f"وتميز {CONFERENCE} بمداخلة السيدة فاطمة الزهراء بناني حول تنقل الكفاءات.",
     {("«فاطمة الزهراء بناني»", f"«{CONFERENCE}»")}),
    # a body or a country beside it is not taken to be there
    (f"وعرف {CONFERENCE} تقديم دراسة أعدتها المنظمة الدولية للهجرة حول المغرب.", set()),
    # two events: which one the person was at is not said
    (f"وذكّر السيد أحمد العلوي بنتائج {CONFERENCE} والندوة الوطنية حول اللجوء.", set()),
    # the patron of an event, an event only asked for
    (f"وتحت الرعاية السامية لصاحب الجلالة الملك محمد السادس، انطلقت أشغال {CONFERENCE}.", set()),
    ("ودعا السيد أحمد العلوي إلى تنظيم مؤتمر دولي حول الهجرة.", set()),
])
def test_a_person_named_beside_the_one_event_of_the_sentence_takes_part(gazetteer, text, expected):
    assert stated(extract(text, gazetteer), "participates_in") == expected


# «وقد حضر هذا اللقاء كل من X و Y»: the event named again by a demonstrative, the attendants as a list
WORKSHOP = "نظمت المنظمة الدولية للهجرة، يوم 4 أكتوبر 2022 بالرباط، ورشة عمل حول إدماج المهاجرين. "


@pytest.mark.parametrize("text, agents", [
    (WORKSHOP + "وقد حضر هذه الورشة كل من السيد أحمد بنعلي، مدير الهجرة، والسيدة فاطمة العلوي، ممثلة المفوضية.",
     {"«أحمد بنعلي»", "«فاطمة العلوي»"}),
    (WORKSHOP + "وحضر أشغال هذه الورشة ممثلون عن المجلس الوطني لحقوق الإنسان.", {"organization/cndh"}),
    # a meeting the text never named: no event to attend
    ("وقد حضر هذا الاجتماع كل من السيد أحمد بنعلي والسيدة فاطمة العلوي.", set()),
    # attending is not organizing, and a list with no attending verb is nobody's attendance
    (WORKSHOP + "وتناولت الورشة أوضاع المهاجرين كل من المغرب والسنغال.", set()),
])
def test_who_attends_an_event_named_again(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents


SEMINAR = "نظمت جمعية الأمل ندوة حول الهجرة. "


@pytest.mark.parametrize("text, agents", [
    # who leads or moderates the sessions of the event named again (a demonstrative may stand before it)
    (SEMINAR + "وأطر أشغال هذه الندوة الأستاذ محمد الزهراوي والسيدة سعاد بنعمر.", {"«محمد الزهراوي»", "«سعاد بنعمر»"}),
    (SEMINAR + "وقام بتنشيط أشغال الندوة السيد محمد الزهراوي.", {"«محمد الزهراوي»"}),
    (SEMINAR + "وسير أشغال الندوة السيد محمد الزهراوي.", {"«محمد الزهراوي»"}),
    # its course is no one's part in it
    (SEMINAR + "وسهرت الجمعية على حسن سير أشغال الندوة.", set()),
    (SEMINAR + "ويسير السيد محمد الزهراوي الجمعية منذ 2010.", set()),     # runs a body, not the event
])
def test_who_leads_the_sessions_of_an_event_takes_part(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents


def test_only_an_event_is_organized(gazetteer):
    """«لجنة الطعون تقيّم العملية الثانية …» (law_morocco_regularization_appeals_2017): normalized without its shadda,
    تقيّم («evaluates») reads as تقيم («holds»); what is held is an event, not a programme."""
    text = "لجنة الطعون تقيّم العملية الثانية لتسوية وضعية المهاجرين"
    assert stated(extract(text, gazetteer), "organizes") == set()


@pytest.mark.parametrize("text, agents", [
    # the group with a complement of its own, then some of them («من بينهم»), each after his title
    (OPENED + "وعرف المؤتمر مشاركة وزراء الداخلية لعدة دول، من بينهم السيد فرناندو مارلاسكا والسيد جيرالد دارمانان.",
     {"«فرناندو مارلاسكا»", "«جيرالد دارمانان»"}),
    # the list goes on after «، إلى جانب / فضلا عن»
    (OPENED + "وحضر المؤتمر ممثلون عن السنغال ومالي، إلى جانب المنظمة الدولية للهجرة.",
     {"country/senegal", "country/mali", "organization/iom"}),
    (OPENED + "وشاركت في المؤتمر وفود من السنغال، فضلا عن منظمة العمل الدولية.", {"country/senegal", "organization/ilo"}),
    # the country a title names («وسفير إسبانيا بالمغرب السيد Y») is the title's, not one more who attends
    ("انطلقت أشغال ندوة الهجرة بحضور السيد أحمد العلوي وسفير إسبانيا بالمغرب السيد ريكاردو دييز.",
     {"«أحمد العلوي»", "«ريكاردو دييز»"}),
    ("انطلقت أشغال ندوة الهجرة بحضور السيد أحمد العلوي، إلى جانب سفير إسبانيا بالمغرب السيد ريكاردو دييز.",
     {"«أحمد العلوي»", "«ريكاردو دييز»"}),
    # … but a country named as such is one
    ("انطلقت أشغال ندوة الهجرة بحضور السيد أحمد العلوي وسفير إسبانيا.", {"«أحمد العلوي»", "country/spain"}),
    # the group with no one of them named takes no part by its complement
    (OPENED + "وعرف المؤتمر مشاركة وزراء الداخلية لعدة دول إفريقية.", set()),
])
def test_a_list_of_those_who_attend_goes_on(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents


WORKSHOP = "نظمت جمعية الأمل للتنمية، يوم السبت بطنجة، ورشة عمل حول إدماج المهاجرين. "


@pytest.mark.parametrize("text, agents", [
    # a delegation after the event, by its nation; a delegation from or for a country or body
    (OPENED + "وشارك في المؤتمر وفد كويتي رفيع المستوى.", {"country/kuwait"}),
    (OPENED + "وحضر المؤتمر وفد رفيع المستوى من الكويت.", {"country/kuwait"}),
    (OPENED + "وحضر المؤتمر ممثلون من السنغال ومالي.", {"country/senegal", "country/mali"}),
    # troupes, students, staff … from a country or a body
    (OPENED + "وعرف المؤتمر مشاركة فرق فنية من السنغال ومالي.", {"country/senegal", "country/mali"}),
    (OPENED + "وعرف المؤتمر مشاركة طلبة من جامعة محمد الخامس.", {"«جامعة محمد الخامس»"}),
    ("انطلقت أشغال المؤتمر الإقليمي حول الهجرة بحضور وفد يمثل الاتحاد الأوروبي.", {"organization/eu"}),
    # a delegation of no nation
    (OPENED + "وشارك في المؤتمر وفد رفيع المستوى.", set()),
    # a speech with no other occasion named is given at the document's event («في كلمتها»، «في كلمة له»)
    (WORKSHOP + "من جهتها، أبرزت السيدة فاطمة بناني، ممثلة المنظمة، في كلمتها، أهمية الشراكة.", {"«فاطمة بناني»"}),
    (WORKSHOP + "وقال السيد أحمد العلوي، في كلمة له، إن الورشة مهمة.", {"«أحمد العلوي»"}),
    # … not one given before another audience, nor in a document that reports no event
    (WORKSHOP + "وقال السيد أحمد العلوي، في كلمة له أمام البرلمان، إن الهجرة مهمة.", set()),
    ("أطلقت جمعية الأمل للتنمية مشروعا جديدا. وقال السيد أحمد العلوي، في كلمة له، إن المشروع مهم.", set()),
])
def test_delegations_and_speeches_take_part(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents


@pytest.mark.parametrize("text, agents", [
    # a person beside the document's event named again by its head noun, whatever the verb
    (WORKSHOP + "وأشادت السيدة فاطمة بناني، خلال الورشة، بجهود الجمعية.", {"«فاطمة بناني»"}),
    # … not the agent of a relative clause on another item
    (WORKSHOP + "واستعرضت الورشة حصيلة العملية التي أطلقها السيد أحمد العلوي سنة 2016.", set()),
    # … nor in a sentence that names the event of no head noun of its own
    (WORKSHOP + "وأشادت السيدة فاطمة بناني بجهود الجمعية.", set()),
])
def test_a_person_beside_the_event_named_again(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents


ORGANIZED = "نظمت جمعية الأمل للتنمية ورشة تكوينية حول حقوق المهاجرين. "
IOM_AND_ENTRAIDE = {("organization/iom", "«ورشة تكوينية حول حقوق المهاجرين»"),
                    ("organization/entraide-nationale", "«ورشة تكوينية حول حقوق المهاجرين»")}


@pytest.mark.parametrize("text", [
    # the bodies' representatives, in construct («ممثلو X»، «ممثلي X»)
    ORGANIZED + "وشارك في هذه الورشة ممثلو المنظمة الدولية للهجرة ومؤسسة التعاون الوطني.",
    # a number of bodies, some of them named
    ORGANIZED + "وعرفت الورشة حضور ممثلي عدد من الهيئات، من بينها المنظمة الدولية للهجرة ومؤسسة التعاون الوطني.",
    ORGANIZED + "وعرفت الورشة مشاركة عدة جمعيات، منها المنظمة الدولية للهجرة ومؤسسة التعاون الوطني.",
])
def test_representatives_and_bodies_some_of_them_named(gazetteer, text):
    assert stated(extract(text, gazetteer), "participates_in") == IOM_AND_ENTRAIDE


def test_a_number_of_bodies_none_named_takes_no_part(gazetteer):
    result = extract(ORGANIZED + "وعرفت الورشة حضور ممثلي عدد من الهيئات الوطنية والدولية.", gazetteer)
    assert stated(result, "participates_in") == set()


@pytest.mark.parametrize("unit", [
    "حضور ممثلي عدد من الهيئات، من بينها المنظمة و",     # bodies some of them named, the list going on
    "وتقود المنظمة مشروع «جسور» و",                       # leading, again and again
])
def test_representatives_and_leading_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)


def test_events_of_a_kind_are_none_a_person_was_at(gazetteer):
    """«… من خلال دورات للتكوين المهني وورشات للدعم النفسي»: what a project did, not an event the speaker attended."""
    result = extract("وأوضح السيد محمد العلوي أن المشروع استفاد منه 600 مهاجر، من خلال دورات للتكوين المهني وورشات للدعم "
                     "النفسي والاجتماعي.", gazetteer)
    assert stated(result, "participates_in") == set()
    result = extract("وأوضح السيد محمد العلوي أن المشروع استفاد منه 600 مهاجر. وحضر الورشة الختامية السيد محمد العلوي.",
                     gazetteer)
    assert {p for p, _ in stated(result, "participates_in")} == {"«محمد العلوي»"}


MEETING = "انعقد الاجتماع الوزاري حول الهجرة بالرباط. "
COMMISSIONS = {("organization/european-commission", "«الاجتماع الوزاري حول الهجرة»"),
               ("«ومفوضية الاتحاد الإفريقي»", "«الاجتماع الوزاري حول الهجرة»")}


@pytest.mark.parametrize("text", [
    # past a relative clause on the event
    MEETING + "وشارك في هذا الاجتماع، الذي نظمته الوزارة، ممثلو المفوضية الأوروبية ومفوضية الاتحاد الإفريقي.",
    # a group unnamed, then those beside it named
    MEETING + "وشارك في هذا الاجتماع وزراء وممثلو 57 دولة، إلى جانب المفوضية الأوروبية ومفوضية الاتحاد الإفريقي.",
    # … attending, or at the opening (``beside_group`` for every attendance trigger)
    MEETING + "وحضر الاجتماع ممثلون عن ثلاثين دولة، إلى جانب المفوضية الأوروبية ومفوضية الاتحاد الإفريقي بصفة مراقب.",
    "انعقد الاجتماع الوزاري حول الهجرة بمشاركة وفود تمثل أزيد من عشرين بلدا إفريقيا وأوروبيا، فضلا عن المفوضية "
    "الأوروبية ومفوضية الاتحاد الإفريقي.",
    # past where and when the event was («… في الاجتماع بالرباط»، «…، يومي 10 و11 مارس بالرباط،»)
    MEETING + "وشارك في الاجتماع بالرباط ممثلو المفوضية الأوروبية ومفوضية الاتحاد الإفريقي.",
    MEETING + "وشارك في الاجتماع، يومي 10 و11 مارس بالرباط، ممثلو المفوضية الأوروبية ومفوضية الاتحاد الإفريقي.",
])
def test_who_took_part_past_an_aside_or_beside_a_group(gazetteer, text):
    assert stated(extract(text, gazetteer), "participates_in") == COMMISSIONS


def test_a_group_with_no_one_beside_it_takes_no_part(gazetteer):
    result = extract(MEETING + "وشارك في هذا الاجتماع وزراء وممثلو 57 دولة إفريقية.", gazetteer)
    assert stated(result, "participates_in") == set()


def test_an_aside_naming_a_body_is_no_setting_to_pass(gazetteer):
    """«وشارك في الاجتماع، بدعوة من المفوضية الأوروبية، …»: the aside names a body; who took part is not read past it."""
    result = extract(MEETING + "وشارك في الاجتماع، بتنسيق مع المفوضية الأوروبية، وزراء من عدة دول.", gazetteer)
    assert stated(result, "participates_in") == set()


@pytest.mark.parametrize("text, agents", [
    # one representative of a body («ممثل عن X»), and people attached to bodies («أطر تابعة لـX وY»)
    ("نظمت جمعية الأمل حفل اختتام مشروع «جسور». وحضر الحفل ممثل عن المنظمة الدولية للهجرة.", {"organization/iom"}),
    ("نظمت جمعية الأمل قافلة طبية. وعرفت القافلة مشاركة أطر طبية تابعة للمفوضية الأوروبية ومنظمة العمل الدولية.",
     {"organization/european-commission", "organization/ilo"}),
    ("نظمت جمعية الأمل قافلة طبية. وشارك في القافلة أطباء تابعون لمنظمة الصحة العالمية.", {"organization/who"}),
    # (a representative of no one named: no one)
    ("نظمت جمعية الأمل حفل اختتام مشروع «جسور». وحضر الحفل ممثل عن السلطات المحلية.", set()),
])
def test_representatives_and_staff_of_bodies_take_part(gazetteer, text, agents):
    assert {a for a, _ in stated(extract(text, gazetteer), "participates_in")} == agents
