"""Persons named after their title without an honorific, from made-up sentences of the regional press:
an envoy's title whose body is a one-word country («سفير إيطاليا بالرباط X»), a name closed by the next
title («وزير الداخلية الإيطالي X نظيره التونسي Y») or by a place after ب («… Y بتونس العاصمة»), long
names whose links are not counted («محمد أحمد ولد محمد سالم»), and «بن علي» (علي is also the preposition
على once normalized); the post of a title whose body has its acronym in brackets («… (GIZ)، السيد X»)
and of «المفوض السامي» alone, the High Commissioner's office; each with a variant that must not give the
person or the post."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated
from tests.extract.test_mentions import find


def persons(result) -> list[str]:
    return [result.quote(m) for m in result.mentions if m.kind == "person"]


@pytest.mark.parametrize("text, names", [
    ("وقال سفير إيطاليا بالرباط أرماندو فاريكيو إن التعاون مستمر.", ["أرماندو فاريكيو"]),
    ("وأكدت سفيرة ألمانيا بتونس كلاوديا شميدت أن البرنامج ناجح.", ["كلاوديا شميدت"]),
    ("التقى وزير الداخلية الإيطالي ماتيو بيانتيدوزي نظيره التونسي كمال الفقي بتونس العاصمة.",
     ["ماتيو بيانتيدوزي", "كمال الفقي"]),
    ("استقبل وزير الخارجية الإسباني خوسيه ألباريس نظيره المغربي ناصر بوريطة بمدريد.",
     ["خوسيه ألباريس", "ناصر بوريطة"]),
    ("قال وزير الداخلية الموريتاني محمد أحمد ولد محمد سالم إن بلاده ملتزمة بالتعاون.",
     ["محمد أحمد ولد محمد سالم"]),
    ("وأوضح المنسق الإقليمي لمنظمة العمل الدولية أحمد بن علي أن البرنامج مهم.", ["أحمد بن علي"]),
    ("وقال السيد أحمد بن علي، مدير الوكالة الوطنية للتشغيل، إن البرنامج مهم.", ["أحمد بن علي"]),
    # what the person held closes the name: «… ناصر بوريطة اجتماعا / لقاء مع …» (no word of his name)
    ("وعقد وزير الشؤون الخارجية ناصر بوريطة اجتماعا مع نظيره الإسباني.", ["ناصر بوريطة"]),
    ("وعقد وزير الشؤون الخارجية ناصر بوريطة لقاء مع نظيره الإسباني.", ["ناصر بوريطة"]),
    # … and after an honorific: «وألقى السيد أحمد العلوي محاضرة»
    ("وألقى السيد أحمد العلوي محاضرة بالمناسبة.", ["أحمد العلوي"]),
    ("وعقد السيد أحمد العلوي اجتماعا مع الوفد.", ["أحمد العلوي"]),
    # … and what the person praised, with a preposition and the article: «وأشادت السيدة X بالشراكة»
    ("وأشادت السيدة كارمن غارسيا بالشراكة القائمة بين البلدين.", ["كارمن غارسيا"]),
    ("ونوه السيد محمد بنعيسى بالدعم الإسباني للمشروع.", ["محمد بنعيسى"]),
    # a family name of that shape closed by a comma is the name's: «السيد أومبرتو لوكيزي بالي، سفير …»
    ("وقال السيد أومبرتو لوكيزي بالي، سفير إيطاليا، إن المشروع مهم.", ["أومبرتو لوكيزي بالي"]),
    # a verb of holding after the name: «وكان السيد X يشغل منصب …»
    ("وكان السيد عماد الدين التوزاني يشغل منصب مدير التشغيل.", ["عماد الدين التوزاني"]),
    # a fourth word when the sentence's end closes the name, as a comma does; not when the sentence goes on
    ("قدمه وزير الداخلية السيد محمد أحمد ولد محمد الأمين.", ["محمد أحمد ولد محمد الأمين"]),
    ("وشاركت السيدة ماريا خيسوس هيريرا سيبايوس بفعالية.", ["ماريا خيسوس هيريرا"]),
    # a name in apposition between commas, its links not counted, a family name that is a title word closed by the comma
    ("ووقع المذكرة وزير الداخلية الموريتاني، محمد أحمد ولد محمد الأمين، أمس.", ["محمد أحمد ولد محمد الأمين"]),
    # forms of address that never take the article
    ("ووقعها عن الجانب الإماراتي معالي عبد الرحمن العور، وزير الموارد البشرية.", ["عبد الرحمن العور"]),
    ("وأكد سعادة السفير أن التعاون مستمر.", []),
    # in apposition at the sentence's end; after a one-word country; «علي» (with ي) as a first name, not «على هامش»
    ("ووقعت الاتفاق المديرة التنفيذية لبرنامج الأغذية العالمي، سيندي ماكين.", ["سيندي ماكين"]),
    ("وقال سفير إيطاليا، فابريزيو سابيلي، إن بلاده ملتزمة.", ["فابريزيو سابيلي"]),
    ("وقال وزير الخارجية المصري، علي الحفني، إن الأمر مهم.", ["علي الحفني"]),
    ("وقال وزير الخارجية المصري، على هامش اللقاء، إن الأمر مهم.", []),
    ("وقال المدير العام للوكالة، إن الوضع خطير.", []),
    # a given name that begins with ل (the letter is otherwise a preposition after the title's body)
    ("وشاركت مديرة الوكالة ليلى الطرابلسي في اللقاء.", ["ليلى الطرابلسي"]),
    ("وقال مدير الوكالة لحسن أوبلا إن البرنامج مهم.", ["لحسن أوبلا"]),
    ("وشاركت وزيرة الهجرة التونسية ليلى بن علي في اللقاء.", ["ليلى بن علي"]),
    ("وقال ممثل المفوضية لشمال أفريقيا إن الوضع صعب.", []),
])
def test_a_person_after_a_title(gazetteer, text, names):
    assert persons(extract(text, gazetteer)) == names


@pytest.mark.parametrize("text, posts", [
    ("وقال سفير إيطاليا بالرباط أرماندو فاريكيو إن التعاون مستمر.", {("«أرماندو فاريكيو»", "country/italy")}),
    ("التقى وزير الداخلية الإيطالي ماتيو بيانتيدوزي نظيره التونسي كمال الفقي بتونس العاصمة.",
     {("«ماتيو بيانتيدوزي»", "country/italy"), ("«كمال الفقي»", "country/tunisia")}),
    # «X ونظيره النيجري السيد Y»: the counterpart's title ends X's name and gives Y's nation
    ("ترأس وزير الداخلية المغربي السيد عبد الوافي لفتيت ونظيره النيجري السيد محمد بازوم، الاجتماع.",
     {("«عبد الوافي لفتيت»", "country/morocco"), ("«محمد بازوم»", "country/niger")}),
    ("واستقبل السيد ناصر بوريطة نظيرته الإسبانية السيدة أرانتشا غونزاليس لايا.", {("«أرانتشا غونزاليس لايا»", "country/spain")}),
    # an envoy's nation by its adjective, not the country after «لدى» where he is posted
    ("وقال السفير البلجيكي لدى المغرب، مارك تراتسارت، إن الشراكة مهمة.", {("«مارك تراتسارت»", "country/belgium")}),
    ("وقال السيد مارك تراتسارت، السفير البلجيكي لدى المغرب، إن الشراكة مهمة.", {("«مارك تراتسارت»", "country/belgium")}),
    ("وقال سفير بلجيكا لدى المغرب، مارك تراتسارت، إن الشراكة مهمة.", {("«مارك تراتسارت»", "country/belgium")}),
])
def test_the_title_gives_the_post(gazetteer, text, posts):
    assert stated(extract(text, gazetteer), "holds_position_in") == posts


@pytest.mark.parametrize("text", [
    # when, not who: a time between the title and the next one
    "التقى وزير الداخلية الإيطالي صباح أمس نظيره التونسي بتونس العاصمة.",
    "استقبل وزير الخارجية الإسباني مساء الأربعاء نظيره المغربي بمدريد.",
    "وقال سفير إيطاليا بالرباط أمس إن التعاون مستمر.",
    # what the minister did: an accusative and a known place after ب close nothing of one word
    "واستقبل وزير الداخلية وفدا رفيعا بالرباط.",
])
def test_no_person_where_no_name_follows_the_title(gazetteer, text):
    assert persons(extract(text, gazetteer)) == []


def test_ali_after_no_link_is_the_preposition(gazetteer):
    assert "كمال علي" not in persons(extract("وأكد وزير الداخلية التونسي كمال على ضرورة التعاون.", gazetteer))


@pytest.mark.parametrize("text, posts", [
    ("وقال المدير الإقليمي للوكالة الألمانية للتعاون الدولي (GIZ)، السيد ديرك أوفرمان، إن المشروع ناجح.",
     {("«ديرك أوفرمان»", "organization/giz")}),
    ("وقال المفوض السامي فيليبو غراندي إن الوضع صعب.", {("«فيليبو غراندي»", "organization/unhcr")}),
])
def test_the_post_a_title_with_its_body_gives(gazetteer, text, posts):
    assert stated(extract(text, gazetteer), "holds_position_in") == posts


def test_a_bracket_that_is_no_acronym_gives_no_post(gazetteer):
    """A word in brackets after the title is no body's acronym: the title does not reach the name."""
    text = "وقال المدير الإقليمي (سابقا)، السيد ديرك أوفرمان، إن المشروع ناجح."
    assert stated(extract(text, gazetteer), "holds_position_in") == set()


def test_according_to_is_no_word_of_the_name(gazetteer):
    result = extract("وحسب هشام الرشيدي، رئيس جمعية الأمل للتنمية والتضامن، فإن المشروع ناجح.", gazetteer)
    assert persons(result) == ["هشام الرشيدي"]


def test_an_honorific_and_the_family_name_alone_name_the_person_again(gazetteer):
    text = ("وحضر الحفل رئيس مجلس الجهة، السيد عبد النبي بعيوي، وممثلة المنظمة الدولية للهجرة بالمغرب، السيدة لورا "
            "بالاتيني. وأوضحت السيدة بالاتيني أن المشروع مهم. من جهته، أكد السيد بعيوي أن الجهة ستساهم في تمويله.")
    result = extract(text, gazetteer)
    again = {result.quote(m): m for m in result.mentions if m.kind == "person" and m.last - m.first == 1}
    assert again["بالاتيني"].entity == "person/laura-palatini"           # a known person: linked
    assert again["بعيوي"].rule == "short-form" and result.quote(again["بعيوي"].parts[0]) == "عبد النبي بعيوي"


def test_a_family_name_two_persons_share_names_neither(gazetteer):
    text = "وحضر السيد أحمد العلوي والسيد محمد العلوي. وقال السيد العلوي إن المشروع مهم."
    result = extract(text, gazetteer)
    [alone] = [m for m in result.mentions if result.quote(m) == "العلوي"]
    assert alone.new and not alone.parts


@pytest.mark.parametrize("text, bodies", [
    # a commissioner's title is no body; only «المفوض السامي …» stands for the High Commissioner's office
    ("بوريطة يستقبل المفوض الأوروبي للشؤون الداخلية بالرباط.", []),
    ("واستقبل المفوض السامي لشؤون اللاجئين وفدا مغربيا.", ["organization/unhcr"]),
])
def test_a_commissioner_is_an_office_only_as_high_commissioner(gazetteer, text, bodies):
    result = extract(text, gazetteer)
    assert [m.entity or result.quote(m) for m in result.mentions if m.kind == "organization"] == bodies


@pytest.mark.parametrize("text", [
    "واستقبل وزير الداخلية السيد محمد العلوي الأربعاء بالرباط سفير إسبانيا.",
    "واستقبل وزير الداخلية السيد محمد العلوي اليوم الخميس بالرباط سفير إسبانيا.",
])
def test_a_day_after_a_name_is_when_not_who(gazetteer, text):
    assert persons(extract(text, gazetteer)) == ["محمد العلوي"]


@pytest.mark.parametrize("text, name", [
    ("وأشرفت السيدة Paola Rossi، مديرة المشروع، على الورشة.", "Paola Rossi"),
    ("وقال السيد Jean-Marc Dupont إن التعاون مستمر.", "Jean-Marc Dupont"),
    ("وقالت السيدة paola إن التعاون مستمر.", None),          # a word in lower case is no name
])
def test_a_name_in_latin_letters_after_the_honorific(gazetteer, text, name):
    assert persons(extract(text, gazetteer)) == ([name] if name else [])


def test_a_title_in_brackets_after_the_name(gazetteer):
    result = extract("وتحدث السيد عمر الفاسي (مدير المرصد الوطني للهجرة) عن الأرقام.", gazetteer)
    assert stated(result, "holds_position_in") == {("«عمر الفاسي»", "«المرصد الوطني للهجرة»")}
    assert stated(extract("وتحدث السيد عمر الفاسي (المغرب) عن الأرقام.", gazetteer), "holds_position_in") == set()


@pytest.mark.parametrize("sentence, name", [
    # a given name written with the article, then a family name in ا: not an accusative of what the person did
    ("وقال السيد الحسن أوبلا إن الورشة مهمة.", "الحسن أوبلا"),
    # … but after a family name with the article it is («السيدة نادية الخياطي عرضا»، «السيد العلوي عرضا»)
    ("وقدمت السيدة نادية الخياطي عرضا حول المشروع.", "نادية الخياطي"),
    ("وقدم السيد العلوي عرضا حول المشروع.", "العلوي"),
])
def test_a_given_name_with_the_article_goes_on_with_the_family_name(sentence, name):
    assert [quote for _, kind, _, quote in find(sentence) if kind == "person"] == [name]


@pytest.mark.parametrize("text, name", [
    ("وألقت المفوضة الأوروبية للشؤون الداخلية، السيدة يلفا يوهانسون، كلمة في افتتاح المؤتمر.", "«يلفا يوهانسون»"),
    ("وقال المفوض الأوروبي للجوار والتوسيع، أوليفر فارهيلي، إن الاتحاد ملتزم.", "«أوليفر فارهيلي»"),
])
def test_a_european_commissioner_sits_in_the_commission(gazetteer, text, name):
    assert stated(extract(text, gazetteer), "holds_position_in") == {(name, "organization/european-commission")}


def test_a_high_commissioner_is_no_european_commissioner(gazetteer):
    result = extract("وقال المفوض السامي للأمم المتحدة لشؤون اللاجئين، فيليبو غراندي، إن الوضع خطير.", gazetteer)
    assert stated(result, "holds_position_in") == {("«فيليبو غراندي»", "organization/unhcr")}
