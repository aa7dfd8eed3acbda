"""Classes of phrasing that state a typed relation: lists announced by a plural noun, what an item brings
together, a partner of the agent before the trigger, a share of the work taken on in a relative clause,
whom an agreement is made with, who signs during an event. Sentences of the develop split of
tests/data/extraction-dev (fund_, inst_, law_) and made-up variants, each with a variant that must not
give the fact (no sentence of the measure split)."""

from kg.extract.pipeline import extract

from .test_events_and_speakers import develop, relations


def quoted(result, role: str) -> set[tuple[str, str]]:
    """(agent, item) of the facts of a role, each as its entity or its quote."""
    def arg(m):
        return m.entity or result.quote(m)
    return {(arg(f.args[0][1]), arg(f.args[1][1])) for f in result.facts if f.role == role}


# A plural noun, «المشاركة في ITEM», then the list after «وهي / وهم» --------------------------------

_PROGRAMME = "ووقعت الوزارة برنامج «الهجرة والتنمية المستدامة» مع شركائها. "


def test_the_agencies_taking_part_in_a_programme_listed_after_wa_hiya_develop(gazetteer):
    sentence = develop("law_snia_un_joint_programme_2016",
                       "بقيةُ الوكالات المشاركة في البرنامج، وهي منظمة العمل الدولية، والمفوضية السامية للأمم المتحدة "
                       "لشؤون اللاجئين (UNHCR)، وهيئة الأمم المتحدة للمرأة")
    result = extract(_PROGRAMME + "وانضمت إلى التوقيع " + sentence + ".", gazetteer)
    assert {a for a, item in quoted(result, "partner") if item == "الهجرة والتنمية المستدامة"} \
        == {"organization/ilo", "organization/unhcr", "organization/un-women"}


def test_the_countries_taking_part_in_an_event_are_its_participants(gazetteer):
    result = extract("وانطلقت أشغال «المنتدى الإقليمي للهجرة» بالرباط، وكانت الدول المشاركة في المنتدى، وهي "
                     "المغرب وإسبانيا والسنغال، قد وافقت على البيان.", gazetteer)
    assert {a for a, _ in quoted(result, "participant")} >= {"country/morocco", "country/spain", "country/senegal"}


def test_a_plural_noun_without_its_list_names_no_one(gazetteer):
    result = extract(_PROGRAMME + "وأشادت الوكالات المشاركة في البرنامج بدور منظمة العمل الدولية.", gazetteer)
    assert quoted(result, "partner") == set()


# «ITEM الذي يجمع X و Y» --------------------------------------------------------------------------

def test_the_countries_a_project_brings_together_are_its_partners_develop(gazetteer):
    sentence = develop("fund_eutf_bmz_southsouth_2019",
                       "الإطلاق الرسمي لمشروع «التعاون جنوب-جنوب في مجال الهجرة» الذي يجمع المغرب وكوت ديفوار ومالي والسنغال")
    result = extract(sentence + ".", gazetteer)
    assert quoted(result, "partner") == {(c, "التعاون جنوب-جنوب في مجال الهجرة") for c in
                                         ("country/morocco", "country/cote-divoire", "country/mali", "country/senegal")}


def test_a_programme_that_includes_two_organizations(gazetteer):
    result = extract("وأطلق برنامج «شباب المتوسط» الذي يضم المنظمة الدولية للهجرة ومنظمة العمل الدولية.", gazetteer)
    assert quoted(result, "partner") == {("organization/iom", "شباب المتوسط"), ("organization/ilo", "شباب المتوسط")}


def test_one_country_an_item_brings_together_or_an_item_far_before_is_no_partnership(gazetteer):
    assert quoted(extract("وأطلق مشروع «جسور» الذي يجمع المغرب بشركائه.", gazetteer), "partner") == set()
    result = extract("وأطلق مشروع «جسور» في الرباط خلال السنة الماضية بعد نقاش طويل، وهو ما يجمع المغرب وإسبانيا.",
                     gazetteer)
    assert quoted(result, "partner") == set()


def test_whom_an_event_brought_together_took_part_in_it(gazetteer):
    """Past too, the verb first or after the event, past an aside of when and where, people as well as bodies."""
    result = extract("جمع اجتماع تنسيقي، يوم الخميس بالرباط، وزارة الداخلية والمنظمة الدولية للهجرة والاتحاد الأوروبي.",
                     gazetteer)
    assert {a for a, item in quoted(result, "participant") if item == "اجتماع تنسيقي"} \
        >= {"organization/iom", "organization/eu"}
    result = extract("ونظمت الوزارة ندوة جمعت بين المفوضية السامية لشؤون اللاجئين ومنظمة العمل الدولية.", gazetteer)
    assert quoted(result, "participant") == {("organization/unhcr", "ندوة"), ("organization/ilo", "ندوة")}
    result = extract("جمع لقاء تشاوري بمقر الوزارة كلا من الاتحاد الأوروبي والمنظمة الدولية للهجرة.", gazetteer)
    assert quoted(result, "participant") == {("organization/eu", "لقاء تشاوري"), ("organization/iom", "لقاء تشاوري")}
    result = extract("وكان لقاء جمع السيد ناصر بوريطة والسيد أنطونيو فيتورينو قد انعقد بجنيف.", gazetteer)
    assert {item for _, item in quoted(result, "participant")} == {"لقاء"}    # (the verb is no word of its name)


def test_what_a_body_gathers_is_no_event_it_brought_together(gazetteer):
    result = extract("وجمعت الجمعية تبرعات من المحسنين والمنظمة الدولية للهجرة.", gazetteer)
    assert quoted(result, "participant") == set() and quoted(result, "partner") == set()


def test_a_bare_head_noun_names_again_the_last_event_of_that_head(gazetteer):
    """«الاجتماع»، «هذا الاجتماع» after a meeting and then a ceremony: the meeting, not the ceremony named since."""
    lead = "وعقدت الوزارة اجتماعا تنسيقيا مع المنظمة الدولية للهجرة. ونظمت الجمعية حفلا ختاميا لمشروع «أمل». "
    for sentence in ("ومثل المغرب في هذا الاجتماع السيد خالد الزروالي.", "وحضر الاجتماع السيد خالد الزروالي."):
        result = extract(lead + sentence, gazetteer)
        assert {item for _, item in quoted(result, "participant")} == {"اجتماعا تنسيقيا"}, sentence
    result = extract(lead + "وحضر الحفل السيد خالد الزروالي.", gazetteer)
    assert {item for _, item in quoted(result, "participant")} == {"حفلا ختاميا"}


def test_the_second_verb_of_a_relative_clause_past_the_first_one_s_acronym(gazetteer):
    result = extract("ويهدف برنامج «تنقل»، الذي تموله الوكالة الألمانية للتعاون الدولي (GIZ)، وتنفذه الوكالة الوطنية "
                     "لإنعاش التشغيل والكفاءات (أنابيك)، إلى تيسير ولوج المهاجرين إلى سوق الشغل.", gazetteer)
    assert quoted(result, "implementing") == {("organization/anapec", "تنقل")}
    assert quoted(result, "funding") == {("organization/giz", "تنقل")}


def test_an_item_in_the_accusative_for_a_purpose_with_the_article(gazetteer):
    """«مشروعا للتكوين المهني»: the object of the verb, funded and carried out; not «مشروعا للمنظمة …» (the body's)."""
    result = extract("وتمول الوكالة الإسبانية للتعاون الدولي من أجل التنمية بمبلغ ثلاثة ملايين يورو مشروعا للتكوين "
                     "المهني تنفذه منظمة العمل الدولية.", gazetteer)
    assert quoted(result, "funding") == {("organization/aecid", "مشروعا للتكوين المهني")}
    assert quoted(result, "implementing") == {("organization/ilo", "مشروعا للتكوين المهني")}
    result = extract("وأطلقت الوزارة مشروعا للمنظمة الدولية للهجرة.", gazetteer)
    assert [m.entity for m in result.mentions] == ["organization/iom"]


def test_a_bare_head_noun_that_is_a_word_of_the_event_s_name(gazetteer):
    """«الاجتماع» of «الدورة الثامنة للاجتماع التشاوري …»; «الحفل» of no event named with it: none."""
    result = extract("انطلقت في الرباط الدورة الثامنة للاجتماع التشاوري العربي حول الهجرة. وشاركت في الاجتماع منظمة "
                     "العمل الدولية.", gazetteer)
    assert quoted(result, "participant") == {("organization/ilo", "الدورة الثامنة للاجتماع التشاوري العربي حول الهجرة")}
    result = extract("انطلقت في الرباط الدورة الثامنة للاجتماع التشاوري العربي حول الهجرة. وشاركت في الحفل منظمة "
                     "العمل الدولية.", gazetteer)
    assert quoted(result, "participant") == set()


# «نفذته X بشراكة مع Y»: Y is X's partner ----------------------------------------------------------

def test_a_partner_of_the_agent_before_the_trigger_develop(gazetteer):
    sentence = develop("fund_eutf_bmz_southsouth_2019",
                       "وتشرف على تنفيذه الوكالة الألمانية للتعاون الدولي (GIZ) بتعاون مع الوكالة الفرنسية Expertise France.")
    result = extract("وأطلق مشروع «جسور» في طنجة. " + sentence, gazetteer)
    partners = quoted(result, "partner")
    assert len(partners) == 1 and next(iter(partners))[1] == "organization/giz"


def test_a_partner_in_what_the_agents_do_next_is_not_the_agent_s(gazetteer):
    """«نظمت X بالتعاون مع Y حوارا»: the object follows the list; Y is not X's partner."""
    result = extract("ونظمت المنظمة الدولية للهجرة بالتعاون مع منظمة العمل الدولية حوارا حول الهجرة.", gazetteer)
    assert ("organization/ilo", "organization/iom") not in quoted(result, "partner")


# «X (ACR) التي تتكفل بالشق الطبي، وY (ACR)»: a share of the work, across the list ------------------

_PARTNERS = develop("fund_jica_unhcr_refugees_2021",
                    "وسيجري التنفيذ بتعاون وثيق مع شريكين للمفوضية، هما الجمعية المغربية لتنظيم الأسرة (AMPF) التي تتكفل "
                    "بالشق الطبي، والجمعية المغربية لدعم النهوض بالمقاولة الصغرى (AMAPPE) التي تتولى تمكين اللاجئين عبر "
                    "التشغيل الذاتي")


def test_a_share_of_the_work_taken_on_is_implementing_and_the_list_goes_on_develop(gazetteer):
    result = extract("وقدمت المفوضية مشروع «الصمود» لدعم اللاجئين. " + _PARTNERS + ".", gazetteer)
    implementers = {a for a, item in quoted(result, "implementing") if item == "الصمود"}
    assert "الجمعية المغربية لتنظيم الأسرة" in implementers and len(implementers) == 2
    partners = {a for a, item in quoted(result, "partner") if item == "organization/unhcr"}
    assert len(partners) == 2


def test_a_post_taken_on_is_not_implementing(gazetteer):
    result = extract("وقدمت المفوضية مشروع «الصمود» لدعم اللاجئين، وجمعية الأمل للتنمية التي تتولى رئاسة لجنة "
                     "التتبع.", gazetteer)
    assert quoted(result, "implementing") == set()


# «اتفاق Y مع Z»: whom an agreement is made with ----------------------------------------------------

def test_whom_an_agreement_is_made_with_signs_it_develop(gazetteer):
    sentence = develop("fund_eutf_bmz_southsouth_2019", "ويدبر المبلغ بصيغة غير مباشرة عبر اتفاقية تفويض مع GIZ")
    assert quoted(extract(sentence + ".", gazetteer), "party") == {("organization/giz", "اتفاقية تفويض")}
    loan = develop("fund_jica_unhcr_refugees_2021", "ثم أبرم الوزير اتفاق القرض مع السيد كنجي يوكوتا")
    assert quoted(extract(loan + ".", gazetteer), "signatory") == {("كنجي يوكوتا", "اتفاق القرض")}


def test_a_grant_agreement_with_its_amount_before_the_counterpart_develop(gazetteer):
    sentence = develop("inst_au_jlmp_labour_migration_2018",
                       "اتفاق منحة بقيمة تسعة ملايين دولار أمريكي مع الوكالة السويدية للتعاون الإنمائي الدولي (SIDA)")
    result = extract("وأبرمت المنظمة الدولية للهجرة " + sentence + ".", gazetteer)
    assert {a for a, _ in quoted(result, "party")} == {"organization/iom", "organization/sida"}


def test_the_list_of_mae_goes_on_after_wa_mae(gazetteer):
    result = extract("وذكّر بمذكرات التفاهم التي وقعها المغرب مع السنغال في يونيو 2013، ومع كوت ديفوار في يناير 2015، "
                     "ومع مالي في فبراير 2019.", gazetteer)
    assert {a for a, _ in quoted(result, "party")} >= {"country/senegal", "country/cote-divoire", "country/mali"}


def test_mae_after_another_verb_is_not_the_agreement_s(gazetteer):
    result = extract("وأعد الخبراء اتفاقية تفويض وناقشوا تفاصيلها مع الوكالة الألمانية للتعاون الدولي.", gazetteer)
    assert quoted(result, "party") == set()


# Who signs during an event takes part in it ----------------------------------------------------------

_GRANT = develop("inst_au_jlmp_labour_migration_2018",
                 "إذ وقّعت المنظمة الدولية للهجرة، نيابة عن مفوضية الاتحاد الأفريقي ومنظمة العمل الدولية، اتفاق منحة بقيمة "
                 "تسعة ملايين دولار أمريكي مع الوكالة السويدية للتعاون الإنمائي الدولي (SIDA)، وذلك خلال افتتاح «ندوة تعزيز "
                 "تنقل اليد العاملة داخل أفريقيا ومنها»")


def test_who_signs_during_an_event_takes_part_in_it_develop(gazetteer):
    result = extract(_GRANT + ".", gazetteer)
    participants = {a for a, event in quoted(result, "participant")
                    if event == "ندوة تعزيز تنقل اليد العاملة داخل أفريقيا ومنها"}
    # those on whose behalf the grant is signed are not there: only the one who signs and its counterpart
    assert participants == {"organization/iom", "organization/sida"}


def test_a_signature_with_no_event_in_its_sentence_is_no_participation(gazetteer):
    result = extract("ووقّعت المنظمة الدولية للهجرة اتفاق منحة مع الوكالة السويدية للتعاون الإنمائي الدولي.", gazetteer)
    assert relations(result, "participant") == set()
