"""Readings of the thirty-sixth session: a title in quotes after «حول» may end on a question or an exclamation; a
facility («مرفق …») is a fund, and the facility money goes through funds too; a name goes on over a chain of nouns in
construct; whose guests they were («في ضيافة X») hosts the event. Made-up sentences, each with a variant
that must not give the fact."""

import pytest

from kg.extract.pipeline import extract

from .test_genre_relations import stated


def _events(result) -> list[str]:
    return [result.quote(m) for m in result.mentions if m.kind == "event"]


def _named(gazetteer, text: str) -> list[str]:
    """The words of every mention of ``text``."""
    result = extract(text, gazetteer)
    return [result.quote(m) for m in result.mentions]


# A title that asks or exclaims ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["«هجرة الكفاءات الصحية: أيّ حلول؟»", "«الهجرة الدائرية: فرصة للجميع!»"])
def test_a_title_ending_on_a_question_or_an_exclamation_is_the_events(gazetteer, title):
    text = (f"نظم المرصد الوطني للهجرة ندوة وطنية حول {title} بتونس. "
            "وافتتح أشغال الندوة السيد كريم الجلاصي.")
    result = extract(text, gazetteer)
    words = title.strip("«»؟!").split()
    assert any(e.startswith("ندوة وطنية حول") and e.rstrip("»؟!").endswith(words[-1]) for e in _events(result))


def test_a_question_said_after_an_event_is_no_part_of_its_name(gazetteer):
    result = extract("نظم المرصد الوطني للهجرة ندوة وطنية بتونس. وتساءل السيد كريم الجلاصي «أيّ حلول؟»", gazetteer)
    assert _events(result) == ["ندوة وطنية"]


@pytest.mark.parametrize("said, name", [
    ("وتساءل رئيس الجمعية: «ندوة أخرى بلا نتائج؟»", "ندوة أخرى"),
    ("وقال الخبير إن «مشروع إدماج المهاجرين في خطر!» بسبب نقص التمويل.", "مشروع إدماج المهاجرين"),
])
def test_a_question_or_an_exclamation_in_quoted_speech_names_nothing(gazetteer, said, name):
    assert name in _named(gazetteer, said)


# A facility -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "ويُنفذ برنامج «وفيرة» بتمويل من الاتحاد الأوروبي عبر مرفق الشراكة من أجل التنقل (MPF).",
    "ويُنفذ برنامج «وفيرة» بتمويل من الاتحاد الأوروبي، من خلال مرفق الشراكة من أجل التنقل، منذ سنة 2021.",
])
def test_the_facility_money_goes_through_funds_too(gazetteer, said):
    funds = stated(extract(said, gazetteer), "funds")
    assert ("organization/eu", "«وفيرة»") in funds
    assert ("«مرفق الشراكة من أجل التنقل»", "«وفيرة»") in funds


def test_a_body_money_goes_through_may_carry_it_out_and_funds_nothing(gazetteer):
    funds = stated(extract("ويُنفذ برنامج «وفيرة» بتمويل من الاتحاد الأوروبي عبر جمعية الأمل للتنمية.", gazetteer), "funds")
    assert ("organization/eu", "«وفيرة»") in funds
    assert not any(funder == "«جمعية الأمل للتنمية»" for funder, _ in funds)


@pytest.mark.parametrize("said", [
    "وافتتحت المنظمة الدولية للهجرة مرفقا صحيا جديدا في المخيم.",
    "وأكد الوزير على تحسين جودة المرفق العمومي لفائدة المهاجرين.",
    "وتم تسليم مرفق المياه والصرف الصحي لبلدية الزرقاء بدعم من اليونيسف.",
    "وقامت الجمعية بتجهيز مرفق الاستقبال في مخيم الزعتري.",
])
def test_a_building_or_a_public_service_is_no_body(gazetteer, said):
    result = extract(said, gazetteer)
    assert not any(m.kind == "organization" and "مرفق" in result.quote(m) for m in result.mentions)


def test_a_public_service_money_goes_through_funds_nothing(gazetteer):
    funds = stated(extract("ويُنفذ برنامج «تأهيل» بتمويل من الاتحاد الأوروبي عبر المرفق العمومي للتشغيل.", gazetteer),
                   "funds")
    assert {funder for funder, _ in funds} == {"organization/eu"}


# A chain of nouns in construct ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["هيئة تنظيم سوق العمل", "جمعية دعم حقوق المهاجرين", "برنامج دعم تشغيل الشباب",
                                  "نقابة أصحاب مكاتب استقدام العاملات"])
def test_a_name_goes_on_over_a_chain_of_nouns_in_construct(gazetteer, name):
    assert name in _named(gazetteer, f"وأعلنت {name} عن حصيلة عملها خلال السنة الماضية.")


@pytest.mark.parametrize("text, name, other", [
    ("وقال رئيس بلدية جرجيس أنور الجلاصي إن المركز سيفتح أبوابه قريبا.", "بلدية جرجيس", "أنور الجلاصي"),
    ("واستقبلت جامعة ابن طفيل بالقنيطرة أولى الدورات.", "جامعة ابن طفيل", "بالقنيطرة"),
    ("وأطلقت المنظمة برنامج دعم يستهدف المهاجرين العائدين في تونس.", "برنامج دعم", "تونس"),
    ("وتشرف جمعية دعم تنظم الندوة السنوية على المشروع.", "جمعية دعم", "الندوة السنوية"),
    ("واستفاد 300 شاب من برنامج تكوين أطلقته الوكالة الوطنية لإنعاش التشغيل.", "برنامج تكوين",
     "الوكالة الوطنية لإنعاش التشغيل"),
])
def test_a_person_or_a_place_after_a_body_is_no_word_of_its_name(gazetteer, text, name, other):
    quotes = _named(gazetteer, text)
    assert name in quotes and other in quotes


@pytest.mark.parametrize("said, name", [
    ("وأحدث الاتحاد الأوروبي صندوق ائتمان استعجالي لفائدة الاستقرار في إفريقيا.", "صندوق ائتمان استعجالي"),
    ("أطلقت الوزارة برنامج دعم جديد للمهاجرين العائدين.", "برنامج دعم"),
    ("وأطلقت الحكومة برنامج دعم مطلع السنة الجارية لفائدة المهاجرين.", "برنامج دعم"),
    ("وأوضح مدير مشروع إدماج محمد العلوي أن المشروع مستمر.", "مشروع إدماج"),
])
def test_an_adjective_a_time_or_a_person_after_a_title_ends_the_chain(gazetteer, said, name):
    assert name in _named(gazetteer, said)


# Whose guests they were -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("said, host", [
    ("انعقد المؤتمر الوزاري الخامس حول الهجرة والتنمية بمراكش، في ضيافة المملكة المغربية.", "country/morocco"),
    ("وعُقد الاجتماع الوزاري في الرباط بضيافة وزارة الشؤون الخارجية.", "organization/ministry-foreign-affairs"),
    ("ونظمت السفارة احتفالية «يوم الجالية» بضيافة من النادي المصري بالسالمية.", "«النادي المصري»"),
    # (the body a relative clause of hosting is on)
    ("وتسلمت إسبانيا رئاسة المسار من المغرب الذي احتضن الاجتماع الوزاري السابق.", "country/morocco"),
    ("وشكر الوزير المملكة المغربية التي استضافت الاجتماع الوزاري الخامس.", "country/morocco"),
])
def test_whose_guests_they_were_or_the_body_a_relative_clause_of_hosting_is_on_hosts(gazetteer, said, host):
    assert any(agent == host for agent, _ in stated(extract(said, gazetteer), "hosts"))


@pytest.mark.parametrize("said", [
    "وبعد اختتام الورشة الإقليمية حول الهجرة، حل المشاركون في ضيافة جمعية الأمل بمدينة وجدة.",
    "وشارك الوزير في المؤتمر الدولي حول اللاجئين بجنيف، قبل أن يحل في ضيافة المفوضية السامية لشؤون اللاجئين.",
    "وشارك الوزير في الاجتماع الوزاري ببروكسل، ثم زار مركزا للاستقبال في ضيافة الوكالة الأوروبية للجوء.",
])
def test_people_who_come_as_guests_after_an_event_make_no_host_of_it(gazetteer, said):
    assert not stated(extract(said, gazetteer), "hosts")


def test_hospitality_as_a_trade_hosts_nothing(gazetteer):
    result = extract("ويستهدف برنامج «مهارات الضيافة من أجل الإدماج» تكوين الشباب في قطاع الضيافة بالرباط.", gazetteer)
    assert not stated(result, "hosts")


# A fact's evidence ----------------------------------------------------------------------------------------------------


def test_a_partnership_binding_both_parties_named_before_quotes_a_span_that_holds_them(gazetteer):
    text = ("ساهمت المفوضية السامية للأمم المتحدة لشؤون اللاجئين بما يفوق 60 في المائة من ميزانية مؤسسة الشرق والغرب، "
            "في إطار اتفاقية الشراكة التي تربط الطرفين منذ سنة 2005.")
    result = extract(text, gazetteer)
    bound = [f for f in result.facts if f.rule == "partner:bound"]
    assert bound and all(f.start < f.end and f.start <= min(m.start for _, m in f.args)
                         and f.end >= max(m.end for _, m in f.args) for f in bound)


def test_a_partnership_binding_a_body_with_each_of_a_list_quotes_a_span(gazetteer):
    text = ("وأشادت جمعية الأمل للتنمية بالشراكة التي تجمع الجمعية بكل من المنظمة الدولية للهجرة والمفوضية السامية للأمم "
            "المتحدة لشؤون اللاجئين.")
    bound = [f for f in extract(text, gazetteer).facts if f.rule == "partner:bound"]
    assert len(bound) == 2 and all(f.start < f.end and f.end >= f.args[0][1].end for f in bound)


# A person or a city before the relative pronoun of hosting -----------------------------------------------------------


@pytest.mark.parametrize("said", [
    "وأشاد الوزير بالسيد كريم الإدريسي الذي احتضن الاجتماع الوزاري السابق في بيته.",
    "وشكر الوزير مدينة الرباط التي احتضنت الاجتماع الوزاري الخامس.",
])
def test_a_person_or_a_city_before_the_relative_pronoun_is_no_body_that_hosts(gazetteer, said):
    assert not any(agent.startswith(("country/", "organization/")) for agent, _ in stated(extract(said, gazetteer), "hosts"))


# Partners in what, then who they are ----------------------------------------------------------------------------------

LAUNCH = "أطلقت جمعية الأمل للتنمية بوجدة، يوم الثلاثاء، مشروع «إدماج» لفائدة المهاجرين بتمويل من الاتحاد الأوروبي. "


def test_the_partners_in_an_item_named_then_who_they_are(gazetteer):
    said = "وشركاء الجمعية في هذا المشروع هم المنظمة الدولية للهجرة والوكالة البلجيكية للتنمية."
    partners = stated(extract(LAUNCH + said, gazetteer), "partner_of")
    assert {("organization/iom", "«جمعية الأمل للتنمية»"), ("organization/enabel", "«جمعية الأمل للتنمية»")} <= partners


def test_partners_in_an_item_with_no_one_named_are_no_one(gazetteer):
    said = "وتعمل الجمعية مع شركائها في هذا المشروع على تحسين الخدمات المقدمة للمهاجرين."
    assert not stated(extract(LAUNCH + said, gazetteer), "partner_of")


# Persons named with no post -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("ويروي محمود عبد الجواد (٢٩ عامًا)، العائد من ليبيا إلى قريته، قصته.", "محمود عبد الجواد"),
    ("ومن بين هؤلاء أيمن الحشّاني (32 سنة)، العائد من مدينة باليرمو.", "أيمن الحشّاني"),
    ("روت فاطمة آدم عبد الله (٤٢ عاماً) رحلتها من الخرطوم.", "فاطمة آدم عبد الله"),
    ("مصر تطلق نافذة تمويلية جديدة\nكتب - محمود عبد الحليم\nأعلنت وزارة التخطيط عن نافذة جديدة.", "محمود عبد الحليم"),
    ("س: ما هي أولوياتكم؟\nحاورتها: منى رشاد\nج: الصحة والتعليم.", "منى رشاد"),
    ("ثمّ استمعت اللجنة إلى السيد منير الحاج عمر، وزير الشؤون الاجتماعية.", "منير الحاج عمر"),
])
def test_a_witness_by_his_age_a_byline_s_writer_or_a_name_with_al_hajj_inside(gazetteer, text, name):
    assert name in _named(gazetteer, text)


@pytest.mark.parametrize("text", [
    "وقال الوزير، وهو يتحدث للصحافيين، إن البرنامج مهم.",
    "وشارك 25 طالبا (20 عاما) في الدورة التكوينية.",
    "وكتبت الوزارة في بيانها: سنواصل دعم المهاجرين.",
    "وسجل التقرير ارتفاعا ملحوظا، وهو ما يعكس حجم التحدي.",
    "ويمنح القانون تصريح إقامة (10 سنوات) للمستثمرين.",
    "وعاش في الغربة مدة طويلة (20 عاما) قبل أن يعود.",
    "الهجرة في أرقام\nكتب – المحرر الاقتصادي\nارتفعت التحويلات.",
    "الهجرة في أرقام\nكتب - مراسل الجزيرة نت\nارتفعت التحويلات.",
])
def test_no_person_where_no_name_is(gazetteer, text):
    result = extract(text, gazetteer)
    assert not [m for m in result.mentions if m.kind == "person"]


def test_a_witness_by_his_age_takes_part_in_nothing(gazetteer):
    text = ("نظمت الجمعية ورشة للحدادة بسوهاج لفائدة العائدين. ويروي محمود عبد الجواد (29 عاما) أنه شارك في "
            "الورشة مع عشرين شابا.")
    result = extract(text, gazetteer)
    assert "محمود عبد الجواد" in [result.quote(m) for m in result.mentions]
    assert not stated(result, "participates_in")


@pytest.mark.parametrize("text, person, body", [
    ("وقالت ممثلة المفوضية في المغرب ماريا خيسوس هيريرا (50 عاما) إن الدعم مستمر.", "«ماريا خيسوس هيريرا»",
     "organization/unhcr"),
])
def test_a_titled_person_with_an_age_keeps_the_title(gazetteer, text, person, body):
    assert (person, body) in stated(extract(text, gazetteer), "holds_position_in")


def test_al_shaykh_after_a_whole_name_opens_the_next_person(gazetteer):
    names = _named(gazetteer, "واستقبل السيد ناصر بوريطة الشيخ محمد بن عبد الرحمن آل ثاني بمقر الوزارة.")
    assert "ناصر بوريطة الشيخ" not in names


def test_a_relative_clause_of_hosting_on_a_body_s_head_makes_no_host(gazetteer):
    said = "وشكر المشاركون مدير مكتب المنظمة الدولية للهجرة الذي احتضن اللقاء التشاوري."
    assert not stated(extract(said, gazetteer), "hosts")
