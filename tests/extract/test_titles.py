"""Whose post a title names: a minister «المكلف بـ» a remit is in the ministry in charge of it (from the develop
split: law_snia_un_joint_programme_2016, law_morocco_regularization_appeals_2017), a deputy or an assistant
of a minister, a title before the honorific («وزير الداخلية الموريتاني السيد X»), an envoy of the country he
serves, not of where he is posted («… للمغرب لدى الأمم المتحدة»), and a minister whose title names no nation
in a document datelined in a country. Made-up sentences, each class with a variant that must not give it."""

import pytest

from tests.extract.test_genre_relations import stated

MINISTRY_MRE = "ونظمت الوزارة المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة ندوة حول الهجرة. "


@pytest.mark.parametrize("text, posts", [
    (MINISTRY_MRE + "وتناول الكلمة السيد أنيس بيرو، الوزير المكلف بالمغاربة المقيمين بالخارج وشؤون الهجرة.",
     {("«أنيس بيرو»", "organization/ministry-mre")}),
    (MINISTRY_MRE + "وحضر السيد عبد الكريم بنعتيق، الوزير المنتدب لدى وزير الشؤون الخارجية والتعاون الدولي المكلف "
                    "بالمغاربة المقيمين بالخارج وشؤون الهجرة.",
     {("«عبد الكريم بنعتيق»", "organization/ministry-mre")}),
    # in charge of another remit: not that ministry's
    (MINISTRY_MRE + "وحضر السيد مصطفى الخلفي، الوزير المكلف بالعلاقات مع البرلمان.", set()),
])
def test_a_minister_in_charge_of_a_remit_is_in_the_ministry_in_charge_of_it(gazetteer, text, posts):
    assert stated(_extract(text, gazetteer), "holds_position_in") == posts


@pytest.mark.parametrize("text, posts", [
    ("وشارك في المؤتمر السيد أنطونيو روسي، نائب وزير الخارجية الإيطالي.", {("«أنطونيو روسي»", "country/italy")}),
    ("وترأس الاجتماع وزير الداخلية الموريتاني السيد محمد ولد أحمد.", {("«محمد ولد أحمد»", "country/mauritania")}),
    ("ومثّل المغرب السيد عمر هلال، السفير الممثل الدائم للمغرب لدى الأمم المتحدة.",
     {("«عمر هلال»", "country/morocco")}),
    # an envoy of a body, posted to a country: the body's
    ("وقال السيد باتريك سيمونيه، سفير الاتحاد الأوروبي لدى المغرب، إن الاتحاد يدعم المشروع.",
     {("«باتريك سيمونيه»", "organization/eu")}),
])
def test_whose_government_or_body_a_title_serves(gazetteer, text, posts):
    assert stated(_extract(text, gazetteer), "holds_position_in") == posts


@pytest.mark.parametrize("text, posts", [
    ("الرباط، 12 ماي 2019 – حضر اللقاء السيد أحمد العلوي، وزير الشغل والإدماج المهني.",
     {("«أحمد العلوي»", "country/morocco")}),
    ("تونس، 3 مارس 2022 – وأكد السيد كمال السالمي، كاتب الدولة المكلف بالهجرة، أهمية البرنامج.",
     {("«كمال السالمي»", "country/tunisia")}),
    # no dateline: whose minister is not said
    ("حضر اللقاء السيد أحمد العلوي، وزير الشغل والإدماج المهني.", set()),
    # a director is no government's post
    ("الرباط، 12 ماي 2019 – حضر اللقاء السيد أحمد العلوي، مدير الهجرة.", set()),
])
def test_a_minister_of_no_nation_is_the_datelines_countrys(gazetteer, text, posts):
    assert stated(_extract(text, gazetteer), "holds_position_in") == posts


def _extract(text, gazetteer):
    from kg.extract.pipeline import extract
    return extract(text, gazetteer)


@pytest.mark.parametrize("text, speaker", [
    ("ووقع الاتفاقية السيد أحمد ولد محمد، وزير الاقتصاد، والسيد هانس مولر، سفير ألمانيا. وقال الوزير في كلمته "
     "خلال حفل التوقيع إن الاتفاقية مهمة.", "«أحمد ولد محمد»"),
    ("وصلت السيدة ماري دوبون، سفيرة بلجيكا، إلى الرباط. وأكدت السفيرة خلال الندوة الإقليمية حول الهجرة أهمية "
     "الشراكة.", "«ماري دوبون»"),
])
def test_a_person_named_again_by_the_bare_title(gazetteer, text, speaker):
    """«السيد X، وزير الاقتصاد …» … «وقال الوزير في كلمته خلال حفل التوقيع»: the title alone names him again
    (inst_egypt_imis3_closing_2016, law_mauritania_sngm_eu_iom_2023)."""
    assert {a for a, _ in stated(_extract(text, gazetteer), "participates_in")} == {speaker}


@pytest.mark.parametrize("text", [
    # «الوزير الإسباني»: a title with its nation may name another minister
    "وحضر الاجتماع السيد أحمد ولد محمد، وزير الاقتصاد. وقال الوزير الإسباني خلال الاجتماع إن الشراكة مهمة.",
    # «نظيره»: his counterpart is another person
    "وحضر الاجتماع السيد أحمد ولد محمد، وزير الاقتصاد. وقال نظيره خلال الاجتماع إن الشراكة مهمة.",
])
def test_a_title_that_may_name_another_person_is_no_one_named_again(gazetteer, text):
    assert stated(_extract(text, gazetteer), "participates_in") == set()


@pytest.mark.parametrize("text, posts", [
    # «TITLE، NAME، والTITLE2، NAME2»: each the title before him, none the next one's
    ("وقّعت المديرة العامة للمنظمة الدولية للهجرة، إيمي بوب، والمفوض السامي للأمم المتحدة لشؤون اللاجئين، فيليبو "
     "غراندي، مذكرة تفاهم مشتركة.", {("«إيمي بوب»", "organization/iom"), ("«فيليبو غراندي»", "organization/unhcr")}),
    # «السيد X، والTITLE لـY»: the next one's title is not X's
    ("وقّع وزير التشغيل، السيد يونس السكوري، والمدير العام للمنظمة الدولية للهجرة، السيد أنطونيو فيتورينو، اتفاقية.",
     {("«أنطونيو فيتورينو»", "organization/iom")}),
    # (the second one's post is in the programme his title names, as the develop gold gives it: not IOM)
    ("وحضر الاجتماع السيد عمرو طه، رئيس مكتب المنظمة الدولية للهجرة، والسيد ماركو بلاتزر، رئيس البرنامج الإيطالي "
     "لمبادلة الديون.", {("«عمرو طه»", "organization/iom"), ("«ماركو بلاتزر»", "«البرنامج الإيطالي لمبادلة الديون»")}),
])
def test_each_title_of_a_list_is_its_own_persons(gazetteer, text, posts):
    assert stated(_extract(text, gazetteer), "holds_position_in") == posts


@pytest.mark.parametrize("text, posts", [
    # a family name with the article, no honorific
    ("وأكد محمد العمراني، رئيس جمعية الأمل للتنمية، أن المشروع حقق أهدافه.",
     {("«محمد العمراني»", "«جمعية الأمل للتنمية»")}),
    # the titles of associations and local administrations
    ("وأكد السيد محمد العمراني، الكاتب العام لجمعية الأمل للتنمية، أن المشروع حقق أهدافه.",
     {("«محمد العمراني»", "«لجمعية الأمل للتنمية»")}),
    ("وقالت السيدة نوال الإدريسي، عضوة المكتب التنفيذي لجمعية الأمل للتنمية، إن المشروع مهم.",
     {("«نوال الإدريسي»", "«المكتب التنفيذي لجمعية الأمل للتنمية»")}),
    # a title is no first name
    ("وقال رئيس الجمعية، في تصريح للصحافة، إن المشروع حقق أهدافه.", set()),
])
def test_posts_of_the_local_register(gazetteer, text, posts):
    assert stated(_extract(text, gazetteer), "holds_position_in") == posts


@pytest.mark.parametrize("text, person, role", [
    ("وصرح رئيس بعثة المنظمة الدولية للهجرة في ليبيا، فيديريكو سودا، بأن العمل مستمر.", "فيديريكو سودا",
     "chief-of-mission"),
    ("وقالت ممثلة المفوضية في مصر، حنان حمدان، إن عدد اللاجئين تضاعف.", "حنان حمدان", "post"),
])
def test_a_name_after_a_title_that_ends_in_a_country(gazetteer, text, person, role):
    """«… في مصر، حنان حمدان،»: after «في» a one-word place is a place, not a word of the name after it."""
    result = _extract(text, gazetteer)
    assert [(result.quote(f.args[0][1]), f.role) for f in result.facts if f.kind == "post"] == [(person, role)]


def test_a_title_with_a_possessive_pronoun_is_a_post_in_the_body_before_it(gazetteer):
    """«ووقّعها عن الوكالة مديرها العام السيد X»: «مديرها» is the director of the body the sentence names last."""
    text = ("وقّعت الوكالة الوطنية لإنعاش التشغيل والكفاءات اتفاقية مع المكتب الفرنسي للهجرة والإدماج. ووقّعها عن الوكالة "
            "مديرها العام السيد عماد برقاد.")
    posts = stated(_extract(text, gazetteer), "holds_position_in")
    assert {p for p, _ in posts} == {"«عماد برقاد»"} and len(posts) == 1


@pytest.mark.parametrize("text, posts", [
    # each title of a list, the next ones after «و»
    ("وحضر اللقاء وزير الداخلية الإسباني السيد فرناندو مارلاسكا، ووزير الداخلية الفرنسي السيد جيرالد دارمانان، "
     "ووزيرة الداخلية البلجيكية السيدة أنيليس فيرليندن.",
     {("«فرناندو مارلاسكا»", "country/spain"), ("«جيرالد دارمانان»", "country/france"),
      ("«أنيليس فيرليندن»", "country/belgium")}),
    # «و» joining two remits inside one title is not the next title of a list
    ("وحضر اللقاء مدير الهجرة ومراقبة الحدود السيد خالد الزروالي.", set()),
])
def test_every_title_of_a_list_gives_its_post(gazetteer, text, posts):
    assert stated(_extract(text, gazetteer), "holds_position_in") == posts


def test_a_feminine_title_is_no_possessive(gazetteer):
    # «ممثلة اليونيسف بالمغرب، السيدة Y»: ممثلة (feminine), not ممثله «his representative», whose body is the one before
    text = ("وترأست الجلسة السيدة آمنة بوعياش، رئيسة المجلس الوطني لحقوق الإنسان، بحضور ممثلة اليونيسف بالمغرب، "
            "السيدة جيوفانا باربيريس.")
    posts = stated(_extract(text, gazetteer), "holds_position_in")
    assert ("«جيوفانا باربيريس»", "organization/cndh") not in posts
    assert ("«آمنة بوعياش»", "organization/cndh") in posts


def test_the_side_a_minister_signs_for_comes_before_the_datelines_country(gazetteer):
    """«وعن الجانب الإيفواري وزيرة التشغيل …، السيدة X» in a document datelined in Rabat: the Ivorian minister."""
    from kg.extract.pipeline import extract
    text = ("الرباط، 14 أكتوبر 2024 – وقع المغرب وكوت ديفوار مذكرة تفاهم في مجال الهجرة.\n\nووقع المذكرة عن الجانب "
            "المغربي وزير التشغيل، السيد يونس السكوري، وعن الجانب الإيفواري وزيرة التشغيل والحماية الاجتماعية، "
            "السيدة آمي توري.")
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«يونس السكوري»", "country/morocco"),
                                                                      ("«آمي توري»", "country/cote-divoire")}


@pytest.mark.parametrize("text, post", [
    # the country where a body's officer serves is not his employer
    ("وحضر الحفل مدير الوكالة الفرنسية للتنمية (AFD) بالمغرب السيد ميشيل دوبون.",
     ("«ميشيل دوبون»", "organization/afd")),
    # an envoy's country is the one he serves, not where he is posted
    ("وحضر الحفل سفير إسبانيا بالمغرب السيد خوان لوبيز.", ("«خوان لوبيز»", "country/spain")),
])
def test_a_country_where_one_serves_is_no_employer(gazetteer, text, post):
    from kg.extract.pipeline import extract
    assert stated(extract(text, gazetteer), "holds_position_in") == {post}


def test_the_bare_head_noun_of_a_title_is_not_the_last_listed_partner(gazetteer):
    """«… بشراكة مع المنظمة الدولية للهجرة وجمعية أجيال للتنمية. وحسب رئيسة الجمعية …»: the association the
    document is about, not one more of a list."""
    from kg.extract.pipeline import extract
    text = ("اختتمت جمعية التضامن والتنمية مشروع «تمكين» المنجز بشراكة مع المنظمة الدولية للهجرة وجمعية أجيال للتنمية. "
            "وحسب رئيسة الجمعية، السيدة فاطمة الزهراء المرابط، فإن المشروع حقق أهدافه.")
    assert stated(extract(text, gazetteer), "holds_position_in") == {("«فاطمة الزهراء المرابط»",
                                                                      "«جمعية التضامن والتنمية»")}
