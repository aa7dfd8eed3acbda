"""Classes of names on documents no rule was written for (kg.extract.mentions): persons of the Gulf and the
Maghreb with بن/ولد/آل, a profession's adjective before a name, names in a list of titles (ورئيس …), a
representative «لدى دول …», a post «بمدريد», «أمين» as a given name, a name repeated whole or by its
family name; events held in the accusative (حفلا ختاميا), days of study (الأيام الدراسية), ordinals with
«عشر»; protocols, a declaration named by its city, «اتفاقية شراكة» beside a known «شراكة»; acronyms in
Arabic letters; and what a name must not swallow (للصحفيين، عرضا،
الاجتماع after an adjective). Every sentence is made up for these tests; none comes from the measure
split of tests/data/extraction-dev (agr_, ngo_, coop_)."""

import pytest

from kg.extract import mentions
from kg.extract.pipeline import extract
from kg.extract.text import Text

from .test_mentions import EMPTY, assert_well_formed, find, gazetteer_of, new

IOM = gazetteer_of(("organization/iom", "IntergovernmentalOrganization", "المنظمة الدولية للهجرة"))


def persons(sentence: str, gazetteer=EMPTY) -> list[str]:
    return [quote for kind, quote in new(sentence, gazetteer) if kind == "person"]


# Persons ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("وأشار سعادة السفير خالد بن راشد آل خليفة إلى أهمية التعاون.", "خالد بن راشد آل خليفة"),
    ("وقالت السيدة لطيفة بنت محمد آل ثاني، رئيسة اللجنة، إن الدعم مستمر.", "لطيفة بنت محمد آل ثاني"),
    ("وقال السيد محمد الأمين ولد أحمد إن المشروع ناجح.", "محمد الأمين ولد أحمد"),
], ids=["al", "bint", "ould-and-amin"])
def test_links_of_a_name_are_not_counted_among_its_four_words(sentence, name):
    assert persons(sentence) == [name]


def test_a_fifth_word_without_a_link_or_a_comma_is_still_left_out():
    # (the fourth word only when a comma closes the name: what follows may be the verb's object)
    assert persons("واستقبل الشيخ سالم عبد الله الجابر الصباح نظيره") == ["سالم عبد الله الجابر"]


@pytest.mark.parametrize("sentence, name", [
    ("وأشرف على تأطير الورشة الخبير الدولي بيير مونتاني.", "بيير مونتاني"),
    ("وقدمت الأستاذة الجامعية نادية الخياطي عرضا حول الموضوع.", "نادية الخياطي"),
], ids=["expert", "professor-and-accusative"])
def test_a_professions_adjective_and_an_accusative_after_the_family_name_are_no_words_of_the_name(sentence, name):
    assert persons(sentence) == [name]


def test_amin_is_a_given_name_unless_a_secretary_general():
    assert persons("وحضر اللقاء السيد أمين الصبيحي والسيدة أمينة بوعياش.") == ["أمين الصبيحي", "أمينة بوعياش"]
    assert persons("وترأس الاجتماع السيد الأمين العام للوزارة.") == []


def test_the_next_title_of_a_list_names_its_holder():
    sentence = "وحضر اللقاء والي الجهة محمد الكريمي ورئيس المجلس الجهوي عبد النبي الصالحي."
    assert persons(sentence) == ["محمد الكريمي", "عبد النبي الصالحي"]


def test_a_list_of_titles_after_a_known_body_and_a_foreign_name_with_lam():
    sentence = "وشارك في الاجتماع وممثل المنظمة الدولية للهجرة لوران دي بوك."
    assert persons(sentence, IOM) == ["لوران دي بوك"]
    # a region or a verbal noun with ل goes on with the title's body, and after a new name no name begins
    assert persons("وقال المدير الإقليمي للمنظمة الدولية للهجرة لشمال أفريقيا إن العدد ارتفع.", IOM) == []
    assert persons("وشارك الوزير في المؤتمر الدولي لإعادة إعمار دارفور.") == []


def test_a_representative_to_the_states_of_a_council():
    sentence = "ووقع عن المفوضية ممثلها لدى دول مجلس التعاون الخليجي خالد الهاشمي."
    assert "خالد الهاشمي" in persons(sentence)


def test_a_post_at_a_place_right_before_the_name(gazetteer):
    assert "كريمة بنعلي" in persons("وقال سفير المملكة المغربية بمدريد كريمة بنعلي إن العلاقات ممتازة.", gazetteer)


def test_a_title_and_its_complement_before_a_name_in_apposition():
    sentence = "وقالت كاتبة الدولة المكلفة بالهجرة، سعاد الإدريسي، إن الحكومة عازمة."
    assert persons(sentence) == ["سعاد الإدريسي"]


@pytest.mark.parametrize("sentence, name", [
    ("وقال المتحدث باسم المفوضية بابار بالوش للصحفيين في جنيف إن العدد ارتفع.", "بابار بالوش"),
    ("صرح الأمين العام للأمم المتحدة أنطونيو غوتيريش بأن الهجرة ظاهرة عالمية.", "أنطونيو غوتيريش"),
], ids=["preposition-with-article", "that"])
def test_what_closes_a_name_after_its_title(sentence, name):
    found = persons(sentence, gazetteer_of(
        ("organization/unhcr", "IntergovernmentalOrganization", "المفوضية"),
        ("organization/un", "IntergovernmentalOrganization", "الأمم المتحدة")))
    assert found == [name]


def test_a_phrase_with_a_preposition_is_no_family_name():
    # «بصفتها تتولى الكتابة الدائمة للعملية»: definite words with the article first only
    assert persons("ممثلة بإدارة السياسات السكانية بصفتها تتولى الكتابة الدائمة للعملية تمثيلها") == []


def test_a_name_repeated_whole_is_the_same_person():
    sentence = ("وقال رئيس جمعية الأمل للتنمية، عبد الكريم الإدريسي، إن المشروع يستهدف 300 مهاجر. "
                "وأوضح عبد الكريم الإدريسي أن الجمعية تشتغل منذ 2010.")
    found = find(sentence)
    assert [(rule, quote) for _, kind, rule, quote in found if kind == "person"] == \
        [("title-comma-name", "عبد الكريم الإدريسي"), ("name-again", "عبد الكريم الإدريسي")]


def test_a_family_name_alone_later_stands_for_the_person():
    result = extract("وقال السيد ماركو بوليني، رئيس الوكالة، إن الدعم سيستمر. ووقع بوليني الاتفاقية.", EMPTY)
    [again] = [m for m in result.implicit if m.kind == "person"]
    assert result.quote(again) == "بوليني" and result.quote(again.parts[0]) == "ماركو بوليني"
    assert not [m for m in result.mentions if result.quote(m) == "بوليني"]


def test_a_family_name_of_two_persons_stands_for_neither():
    result = extract("وحضر السيد كريم العلوي والسيدة سعاد العلوي. وقال العلوي إن اللقاء ناجح.", EMPTY)
    assert not [m for m in result.implicit if m.kind == "person"]


def test_an_unnamed_official_is_no_person():
    assert persons("وقال مسؤول في الوزارة إن البرنامج سيمتد لثلاث سنوات.") == []


# Events ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("ونظمت الجمعية، بشراكة مع المفوضية، حفلا ختاميا للمشروع بمدينة الناظور.", "حفلا ختاميا"),
    ("وعقد الطرفان اجتماعا تنسيقيا.", "اجتماعا تنسيقيا"),
    ("ونظمت الوزارة أياما دراسية حول الهجرة.", "أياما دراسية"),
    ("واختتمت أمس فعاليات الأيام الثقافية للمهاجرين.", "الأيام الثقافية للمهاجرين"),
    ("وشارك في الدورة الحادية عشرة للمنتدى ممثلو 150 دولة.", "الدورة الحادية عشرة للمنتدى"),
    ("ونظمت الجمعية محاضرة حول حقوق المهاجرين بمدينة وجدة.", "محاضرة حول حقوق المهاجرين"),
], ids=["closing-ceremony", "coordination", "days-of-study", "days-of-culture", "eleventh", "lecture"])
def test_events(sentence, name):
    assert ("event", name) in new(sentence)


def test_days_without_their_adjective_are_no_event():
    assert new("وقضى الوفد أياما في الرباط، ثم عاد يوم 9 دجنبر.") == []


def test_no_noun_goes_on_after_an_adjective():
    found = new("واحتضن مقر الجامعة العربية الاجتماع التشاوري الإقليمي حول الهجرة.")
    assert ("organization", "الجامعة العربية") in found
    assert ("event", "الاجتماع التشاوري الإقليمي حول الهجرة") in found


# Agreements ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("وأعلن الطرفان عن بروتوكول تعاون في مجال الهجرة.", "بروتوكول تعاون"),
    ("ووقع الطرفان بروتوكول اتفاق لتنظيم الهجرة الموسمية.", "بروتوكول اتفاق لتنظيم الهجرة الموسمية"),
])
def test_protocols(sentence, name):
    assert ("agreement", name) in new(sentence)


def test_a_declaration_named_by_its_city():
    marrakesh = gazetteer_of(("city/marrakesh", "City", "مراكش"))
    assert ("declaration", "إعلان مراكش") in new("وتوجت أشغال المنتدى بالمصادقة على إعلان مراكش.", marrakesh)


def test_a_known_one_word_item_that_is_a_head_noun_says_the_kind_of_agreement():
    sharaka = gazetteer_of(("project/sharaka", "Project", "شراكة"))
    found = find("ووقعت الوزارة اتفاقية شراكة مع الجمعية.", sharaka)
    assert [(kind, quote) for _, kind, _, quote in found] == [("agreement", "اتفاقية شراكة")]
    # alone, it is the common word (the registry's name of one word that only classifies names nothing by itself)
    assert "project/sharaka" not in [e for e, *_ in find("وانطلق مشروع آخر بعد شراكة.", sharaka)]


# Acronyms --------------------------------------------------------------------------------------------

def test_an_acronym_in_arabic_letters_and_the_acronym_again():
    sentence = ("وأطلقت الهيئة الحكومية الدولية المعنية بالتنمية (إيغاد) إطار الهجرة الإقليمي، "
                "وأكدت الإيغاد التزامها.")
    found = find(sentence)
    assert [(kind, rule, quote) for _, kind, rule, quote in found if kind == "organization"] == [
        ("organization", "head-noun", "الهيئة الحكومية الدولية المعنية بالتنمية"),
        ("organization", "acronym-in-brackets", "إيغاد"),
        ("organization", "acronym", "الإيغاد")]
    text = Text(sentence)
    assert_well_formed(text, mentions.find(text, EMPTY))


@pytest.mark.parametrize("sentence", [
    "وأطلقت الجمعية المغربية للتنمية (سابقا) مشروعا جديدا.",
    "وتعمل الجمعية (في الرباط) منذ سنوات.",
], ids=["then", "preposition"])
def test_a_word_in_brackets_that_is_no_acronym(sentence):
    assert not [quote for _, _, rule, quote in find(sentence) if rule.startswith("acronym")]
