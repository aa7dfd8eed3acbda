"""Mentions: the gazetteer's names, then new entities the graph does not know yet.

A new organization, programme, event or agreement is found from its head noun (منظمة، وكالة،
وزارة، برنامج، ندوة، اتفاقية …) and the words that qualify it: definite adjectives and
complements (الوكالة البلجيكية للتنمية), one proper word right after an indefinite head (جمعية
كارفور) or a chain of nouns in construct to its definite word (هيئة تنظيم سوق العمل), "حول"/"من أجل"
before a definite word, a genitive with ل and its construct chain, a name of the gazetteer inside it
(مكتب الأمم المتحدة), and an acronym in brackets. A و before a new head noun
starts a new name. A head with only descriptive adjectives is a description, not a name (مشروع
هام; المشروع الجديد refers back). Also: a title in quotes after its head noun, a definite phrase
before a new bracketed acronym, any other Latin acronym in capitals, what a director directs, an
organization's office in a country, an agreement or programme named by its parties (اتفاق المقر بين X
و Y), a summit named by a place in quotes (قمة « la valette »), and a new name close to a known one of
its kind (linked to it, unless the two name different nations), and an event named by nothing but what
happened where its clause makes it one (خلال ندوة نظمتها …، عقدت اجتماعا، اجتماعها الأول، حفل التوقيع), by an
accusative head and adjective (يوما دراسيا), as an official launch (الإطلاق الرسمي) or a series (سلسلة
الورشات). An event's name goes on over what it is about («حول» and a construct: ورشة حول حقوق المهاجرين), what
it is for (ورشة لإعداد خطة …) and a compound adjective (الأورو-إفريقي); a title in quotes that starts with its
head noun is whole («ندوة تعزيز تنقل اليد العاملة …»); an organization's second purpose is not its name
(الصندوق الكويتي للتنمية … | لدعم اللاجئين); a ministry delegated to a minister is (الوزارة المنتدبة لدى وزير
…), and so is a body's regional section after a dash (منظمة المدن … المتحدة - إفريقيا); a verb with its object
pronoun after an indefinite head ends it (مشروع موّله البرنامج …: a relative clause), and a number after an
organization's head is an amount, not its name (رصدت الوكالة 5 ملايين); so is a definite head noun after an
adjective (الجامعة العربية | الاجتماع التشاوري), while «عشر» goes on after an ordinal (الدورة الحادية عشرة), a
city after a declaration (إعلان مراكش) and a known one-word item that is a head noun after an indefinite head
(اتفاقية شراكة). An event is also held in the accusative with its adjective (حفلا ختاميا، اجتماعا تنسيقيا) and
named by days with theirs (الأيام الدراسية). A new person is found after an
honorific (السيد، السيدة، الدكتور …) or as the words before a comma and a post title (ميريام ماسايا،
مساعد الاتصال), at a line's start or after a word that cannot begin a name (ومثّل المنظمةَ باسكوالي
لابولي، المدير …) or a verb of saying or acting (وقال ماركو روسي، مدير …); or as two to four proper words
right after a post title and the body it names (وزير الداخلية الإيطالي ماتيو روسي، …; المدير العام
للوكالة جان بيير مارتان), closed by punctuation, a stop word or the next one of a list (ونظيره، والسيد);
or as two to four proper words between commas after a title («المدير العام للوكالة، كريم الوردي،»); or with no
post, by an age in brackets after a verb of telling (ويروي محمود عبد الجواد (29 عاما)) or in a byline (كتب – X،
حاورته: X): such a person takes part in nothing the text reports (``relations``). A title
may be the next of a list (ورئيس المجلس الجهوي X), possessed (ممثلها لدى دول مجلس التعاون X) or placed (سفير
المملكة بمدريد X); «أمين» is a title only before «عام». بن، ولد، آل، عبد join a name's words uncounted (خالد بن
راشد آل خليفة), and «الحاج»، «الشيخ» after the given name an honorific opens are one of them (السيد منير الحاج
عمر); a profession's adjective (الخبير الدولي X), an accusative after the family name (… الخياطي
عرضا), a preposition with the article (للصحفيين) or «بأن» is no word of it. A new person's whole name again is
the same person; the family name alone later refers to it (``anaphors``). An acronym in Arabic letters in
brackets after a new name is that name's, and names it again later (… (إيغاد) … الإيغاد).
Names nested in a long name and anaphors (الوزارة; الجمعية for the new association named before; الوزير for
the person last named with that title) are arguments of facts, not mentions.

Also: a bare indefinite item with a relative clause or «مع» after it is an unnamed item («اتفاق أبرمته X»،
«اتفاقية مع …»، «اتفاقا»), described (``described``) by its clause as a curator would name it; a body named
short after its full name is that body (rule ``short-form``); a known name of a head noun and words that only
describe or count («شراكة»، «البرنامج المشترك») names its entity only where the document names it otherwise
(``_in_context``); a country's development cooperation by its adjective («التعاون الإيطالي»); a name in
capitalized Latin words after its head noun («منظمة Caritas Maroc»); a new name cut short goes on to its
acronym in brackets; an occasion after the subject of the verb that organizes it («نظمت جمعية … حفلا»);
«التابعة لوزارة …» ends a national institution's name; a one-word place after «في» is a place, not a word of
the name after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Container
from dataclasses import replace
from functools import lru_cache

from kg.extract import places
from kg.extract.gazetteer import PLACES, PROCLITICS, REGION_WORD, Gazetteer, table_keys
from kg.extract.model import Mention, covered
from kg.extract.text import Text, Token, unmarked
from kg.extract.triggers import SAYING_VERBS
from kg.extract.values import MONEY_AFTER, SCALE_WORD, SUM_AT, WEEKDAY_NUMBERS
from kg.normalize import LETTERS, stem

TALKS = {"مباحثات", "محادثات"}      # talks: one event, though plural
# Head noun (matching key) → (id kind, ontology class)
HEADS: dict[str, tuple[str, str]] = {
    "منظمه": ("organization", "IntergovernmentalOrganization"),
    "وكاله": ("organization", "PublicAgency"),
    "وزاره": ("organization", "Ministry"),
    "مديريه": ("organization", "GovernmentDepartment"),
    "اداره": ("organization", "GovernmentDepartment"),
    "مجلس": ("organization", "Committee"),
    "لجنه": ("organization", "Committee"),
    "هيءه": ("organization", "Committee"),
    "امانه": ("organization", "Committee"),
    "وحده": ("organization", "Committee"),
    "فريق": ("organization", "Committee"),
    "فرقه": ("organization", "Committee"),       # فرقة العمل الثلاثية: a task force
    "جمعيه": ("organization", "Association"),
    "صندوق": ("organization", "Fund"),
    "مرفق": ("organization", "Fund"),     # a facility: مرفق الشراكة من أجل التنقل، مرفق التمويل من أجل الاستقرار
    "بنك": ("organization", "DevelopmentAgency"),          # البنك الإفريقي للتنمية، البنك الدولي
    "مكتب": ("organization", "PublicAgency"),
    "ديوان": ("organization", "PublicAgency"),    # الديوان الوطني للتونسيين بالخارج
    "فرع": ("organization", "GovernmentDepartment"),
    "مرصد": ("organization", "PublicAgency"),
    "مركز": ("organization", "PublicAgency"),
    "معهد": ("organization", "AcademicInstitution"),
    "اكاديميه": ("organization", "PublicAgency"),     # الأكاديمية الجهوية للتربية والتكوين: a regional education authority
    "مختبر": ("organization", "AcademicInstitution"),     # مختبر الدراسات حول الهجرة: a research laboratory
    "مدرسه": ("organization", "AcademicInstitution"),
    "جامعه": ("organization", "AcademicInstitution"),
    "كليه": ("organization", "AcademicInstitution"),      # كلية الحقوق، كلية الآداب والعلوم الإنسانية
    "مؤسسه": ("organization", "PublicAgency"),
    "مستشفي": ("organization", "PublicAgency"),                 # المستشفى الجامعي محمد السادس
    "شباك": ("organization", "PublicAgency"),      # الشباك الوحيد لإدماج المهاجرين: a one-stop shop
    "دار": ("organization", "PublicAgency"),       # دار الشباب، دار المهاجر: a house that serves (الدار البيضاء: a city first)
    "متحف": ("organization", "PublicAgency"),      # المتحف الوطني لتاريخ الهجرة: a museum
    "مكتبه": ("organization", "PublicAgency"),     # مكتبة الإسكندرية، المكتبة الوطنية: a library
    "نادي": ("organization", "Association"),       # النادي المصري بالكويت، نادي رجال الأعمال: a club
    "مفوضيه": ("organization", "IntergovernmentalOrganization"),
    "مفوض": ("organization", "IntergovernmentalOrganization"),       # المفوض السامي: the High Commissioner's office
    "اتحاد": ("organization", "IntergovernmentalOrganization"),
    "شبكه": ("organization", "Network"),
    "حكومه": ("organization", "NationalGovernment"),
    "امم": ("organization", "IntergovernmentalOrganization"),        # الأمم المتحدة
    "عمليه": ("organization", "ConsultativeProcess"),
    "مسار": ("organization", "ConsultativeProcess"),        # مسار الرباط (with a place only: مسار is also a route)
    "منتدي": ("event", "ForumMeeting"),
    "برنامج": ("programme", "Programme"),
    "مبادره": ("programme", "Initiative"),
    "مشروع": ("project", "Project"),
    "مرحله": ("phase", "Phase"),
    "مكون": ("component", "Component"),
    "اتفاقيه": ("agreement", "Agreement"),
    "اتفاق": ("agreement", "Agreement"),
    "ميثاق": ("agreement", "Agreement"),
    "مذكره": ("agreement", "Agreement"),          # مذكرة تفاهم، مذكرات التفاهم
    "مذكرات": ("agreement", "Agreement"),
    "معاهده": ("agreement", "Treaty"),
    "شراكه": ("agreement", "Agreement"),
    "بروتوكول": ("agreement", "Agreement"),       # بروتوكول تعاون، بروتوكول اتفاق
    "ملحق": ("agreement", "Agreement"),           # ملحق تعديلي، الملحق الثاني لاتفاقية …: an addendum (``_names_nothing``)
    "برتوكول": ("agreement", "Agreement"),
    "استراتيجيه": ("strategy", "Strategy"),
    "سياسه": ("policy", "Policy"),
    "خطه": ("plan", "ActionPlan"),
    "اجنده": ("plan", "ActionPlan"),        # الأجندة الإفريقية حول الهجرة، أجندة 2030
    "مخطط": ("plan", "ActionPlan"),
    "اعلان": ("declaration", "Declaration"),
    "قرار": ("resolution", "Resolution"),
    "قانون": ("policy", "Law"),             # القانون رقم 02.03 المتعلق بـ…، مشروع القانون رقم 27.14
    "مرسوم": ("policy", "Law"),
    "ظهير": ("policy", "Law"),
    "ندوه": ("event", "Seminar"),
    "موتمر": ("event", "Meeting"),
    "مؤتمر": ("event", "Meeting"),
    "اجتماع": ("event", "Meeting"),
    "ملتقي": ("event", "Meeting"),
    "لقاء": ("event", "Meeting"),
    **{talks: ("event", "Meeting") for talks in TALKS},      # «أجرى الوزير مباحثات مع نظيره»: talks
    "قمه": ("event", "Summit"),
    "ورشه": ("event", "Workshop"),
    "ورشات": ("event", "Workshop"),
    "حفل": ("event", "Event"),               # حفل التوقيع: a ceremony named by what it marks
    "موكب": ("event", "Event"),              # موكب الإمضاء: a ceremony, in the Tunisian press
    "زياره": ("event", "Event"),
    "جلسه": ("event", "Event"),
    "ماءده": ("event", "Event"),             # مائدة مستديرة
    "مراسم": ("event", "Event"),
    "مراسيم": ("event", "Event"),            # مراسيم التوقيع (of a ceremony only: مراسيم are also decrees)
    "تظاهره": ("event", "Event"),
    "مناظره": ("event", "Event"),
    "احتفال": ("event", "Event"),
    "احتفاليه": ("event", "Event"),
    "فعاليه": ("event", "Event"),      # فعالية جانبية (the plural فعاليات is as often a society's actors)
    "حدث": ("event", "Event"),               # حدث جانبي، الحدث رفيع المستوى
    "محاضره": ("event", "Event"),          # a lecture
    "رحله": ("event", "Event"),             # a trip, a match, a tournament (not جولة: as often a round of talks)
    "مباراه": ("event", "Event"),
    "بطوله": ("event", "Event"),
    "حوار": ("event", "Dialogue"),
    "دوره": ("event", "Meeting"),
    "مشاورات": ("event", "Dialogue"),
    "استعراضات": ("event", "Meeting"),      # الاستعراضات الإقليمية للاتفاق العالمي (plurals only: مراجعة القانون is revising it)
    "مراجعات": ("event", "Meeting"),
    "يوم": ("event", "Event"),               # اليوم العالمي للاجئين, اليوم الدراسي: with its adjective only (يوم 9 دجنبر is a date)
    "ايام": ("event", "Event"),              # الأيام الدراسية، الأيام الثقافية: with their adjective only too
    "حمله": ("programme", "Programme"),      # حملة تحسيسية: a campaign runs for months, carried out and funded
    "جاءزه": ("programme", "Programme"),     # «جائزة التميز لمغاربة العالم»: a prize, awarded each year, funded and run
    "وقفه": ("event", "Event"),              # وقفة تضامنية
    "قافله": ("event", "Event"),             # قافلة طبية
    "معرض": ("event", "Event"),
    "مهرجان": ("event", "Event"),
    "امسيه": ("event", "Event"),             # أمسية ثقافية، أمسية فنية
    "مسابقه": ("event", "Event"),            # a competition
    "جوله": ("event", "Event"),              # «الجولة الثالثة من المفاوضات»، «جولة ميدانية»: a round of talks, a tour
    "هاكاثون": ("event", "Event"),           # a hackathon («هاكاثون الهجرة الآمنة»)
    "بعثه": ("organization", "CountryOffice"),
    "مجموعه": ("organization", "Network"),   # المجموعة الدولية حول الهجرة (مجموعة من … is no name)
    "اطار": ("framework", "StrategicFramework"),   # إطار عمل الأمم المتحدة (في إطار … is no name)
    "جماعه": ("organization", "RegionalOrLocalAuthority"),   # جماعة وجدة (with a place only: جماعة is also a group)
    "بلديه": ("organization", "RegionalOrLocalAuthority"),   # بلدية مدريد
    "ميناء": ("organization", "PublicAgency"),               # ميناء طنجة المتوسط
    "سفاره": ("organization", "CountryOffice"),              # سفارة ألمانيا بأبيدجان
    "غرفه": ("organization", "PublicAgency"),                # غرفة التجارة والصناعة (of trades only: غرفة is also a room)
    "قنصليه": ("organization", "CountryOffice"),
    "مندوبيه": ("organization", "PublicAgency"),
    "عصبه": ("organization", "Association"),                  # العصبة المغربية لحقوق الإنسان
    "رابطه": ("organization", "Association"),
    "فيدراليه": ("organization", "Network"),
    "فدراليه": ("organization", "Network"),         # (the spelling without ي: الفدرالية الوطنية لـ…)
    "كونفدراليه": ("organization", "Network"),      # كونفدرالية النقابات، الكونفدرالية الديمقراطية للشغل
    "كنفدراليه": ("organization", "Network"),       # (without و: الكنفدرالية العامة الإيطالية للشغل)
    "تنسيقيه": ("organization", "Network"),
    "نقابه": ("organization", "Association"),
    "هلال": ("organization", "Association"),               # الهلال الأحمر المصري
    "صليب": ("organization", "Association"),               # الصليب الأحمر الدولي
    "جهاز": ("organization", "PublicAgency"),              # جهاز مكافحة الهجرة غير الشرعية
    "سلطة": ("organization", "PublicAgency"),              # سلطة المياه الأردنية، سلطة الطيران المدني
    "شركة": ("organization", "PrivateSectorBody"),         # شركة مياه اليرموك
    "محكمة": ("organization", "GovernmentBody"),           # المحكمة الابتدائية بالناظور
    "خفر": ("organization", "GovernmentDepartment"),       # خفر السواحل الليبي
    "حرس": ("organization", "GovernmentDepartment"),       # الحرس المدني الإسباني، حرس الحدود
    "درك": ("organization", "GovernmentDepartment"),       # الدرك الوطني الفرنسي
    "شرطة": ("organization", "GovernmentDepartment"),      # الشرطة الوطنية الإسبانية
    "جيش": ("organization", "GovernmentDepartment"),       # الجيش اللبناني
    "عماله": ("organization", "RegionalOrLocalAuthority"),  # عمالة وجدة أنكاد، عمالة إقليم الناظور (with a place only)
    "ولايه": ("organization", "RegionalOrLocalAuthority"),  # ولاية جهة طنجة تطوان الحسيمة (with «جهة» and a region only)
}
# «عملية الرباط» (a consultative process by its place); «العملية الثانية / الاستثنائية …» (an operation: a programme)
_HIGH = {"سامي", "ساميه"}
_OPERATION = "عمليه"
_ORDINAL = re.compile(r"(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|استثناءيه|استثناءي)")
# Head nouns that name something only with what follows: rites of a ceremony (مراسيم are also decrees), a chamber of
# trades (غرفة is also a room: «الغرفة الجهوية للتجارة»، «الغرفة الفلاحية» by their adjective)
_RITES = "مراسيم"
_CEREMONIES = {"توقيع", "افتتاح", "اختتام", "تنصيب", "تسليم", "تدشين", "احتفال", "استقبال", "تكريم", "اطلاق", "امضاء"}
_CEREMONIES_OF = {"ل" + w for w in _CEREMONIES | {"تقديم"}}    # with ل: «حفلا لاختتام …»، «اجتماعا لتقديم …»
_CHAMBER = "غرفه"
_FORCES = {"حرس", "درك", "شرطه"}
_COMMUNES = {"جماعه", "بلديه"}
_GENERIC_HEADS = {"سلطه": {w.translate(LETTERS) for w in ("القانون", "قانون", "القضاء", "قضاء", "محلية", "المحلية", "محليات",
                                                          "عمومية", "تنفيذية", "تشريعية", "قضائية", "الدولة", "دولة")},
                  "شركه": {w.translate(LETTERS) for w in ("خاصة", "طيران", "الطيران", "مكلفة", "المكلفة", "عمومية",
                                                          "أجنبية", "وطنية", "محلية", "نقل")}}
_TRADES = {"تجاره", "صناعه", "فلاحه", "صيد", "صناعات", "خدمات", "مهن", "جهويه", "فلاحيه", "تجاريه", "صناعيه"}
# «غرفة تجارة وصناعة أربيل»، «غرفة التجارة والصناعة والخدمات لجهة سوس ماسة»، «غرفة صناعة إربد»: a chamber's trades,
# joined by «و», and the place it is of are its name (as the golds write it, twenty times of twenty)
_OF_REGION = {"لجهه", "بجهه", "لجهات"}


def _chamber_end(text: Text, tokens: list[Token], i: int, known: dict[int, Mention]) -> int | None:
    """Where the name of a chamber of trades at ``i`` ends (its last token + 1), when a place ends it; None else."""
    j = i + 1
    while j < len(tokens) and (tokens[j].key in _TRADES or j > i + 1 and tokens[j].text[0] == "و"
                               and tokens[j].key.removeprefix("و") in _TRADES) \
            and _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])):
        j += 1
    region = j < len(tokens) and tokens[j].key in _OF_REGION and bool(_NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])))
    if tokens[j - 1].definite and not region:
        return None             # («وزار وفد من غرفة التجارة والصناعة والخدمات السنغال»: definite trades, then an object)
    j += region                 # «… لجهة سوس ماسة»
    place = known.get(j)
    # (a place with a preposition is where the chamber sits, «غرفة التجارة والصناعة بأكادير»)
    if place is None or place.kind not in ("city", "region", "country") or place.first != j \
            or not _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])) or not (region or _unprefixed(tokens[j], place)):
        return None
    return place.last


# Head nouns that name something only before one of these words: a house that serves (دار is also «took place»: «دار
# اللقاء حول …»)، a task force (فرقة is also a troupe), a ceremony (موكب is also a procession)
_HEADS_BEFORE = {"دار": {w.translate(LETTERS) for w in ("شباب", "مهاجر", "مهاجرين", "مهاجرات", "طالب", "طالبة", "أطفال",
                                                         "أمومة", "مسنين", "إنصات", "رعاية", "ثقافة", "مواطن", "ضيافة",
                                                         "فتاة", "مرأة", "مغاربة")},
                 "فرقه": {"عمل"},
                 # a facility that funds («مرفق الشراكة من أجل التنقل»، «مرفق التمويل من أجل الاستقرار»); not a building or
                 # a service («مرفق صحي»، «المرفق العمومي»، «مرفق الاستقبال»)
                 "مرفق": {w.translate(LETTERS) for w in ("تمويل", "شراكة", "شراكات", "استقرار", "اتحاد", "مشترك", "خبرة")},
                 # («موكب الإمضاء / التوقيع»: a ceremony; «موكب السيارات» is a motorcade)
                 "موكب": {w.translate(LETTERS) for w in ("إمضاء", "توقيع", "تنصيب", "تدشين", "افتتاح", "اختتام", "تكريم",
                                                         "استقبال", "احتفال", "تسليم")}}
# Head nouns that name something only with a city or region right after them.
_PLACE_HEADS = {"جماعه", "بلديه", "ميناء", "مسار", "عماله"}   # (العمالة alone is the workforce)
_PREFECTURE, _PROVINCE = "عماله", "اقليم"
_WILAYA, _REGION = "ولايه", REGION_WORD
_BANK = "بنك"
_NATIONAL = "وطنيه"
_ACADEMY = "اكاديميه"
_COUNCIL = "مجلس"
HEADS = {k.translate(LETTERS): v for k, v in HEADS.items()}   # keys as matching spells them (مؤسسة → مءسسه)
# Words that never continue a name: prepositions, relatives, pronouns, particles.
_STOP = set("في من الي علي عن مع الذي التي الذين اللذين هو هي هم ان أن قد كما او ثم حيث بين لدي عند خلال "
            "منذ بعد قبل حتي كل هذا هذه ذلك تلك لا لم لن ما اذ اذا وقد وهو وهي كان كانت تم يتم سيتم "
            # («… سلمان النجادا وعدد من المسؤولين»: more people, unnamed, after a name)
            "وعدد وجمع ولفيف وثله وحشد".split())
# Verbs of saying and acting in the past (و/ف before, the feminine ت after) whose subject a name may be:
# «وقال X، مدير …»، «وأوضحت X، منسقة …»، «ومثّل الوزارة X، …»
_SAYING = re.compile(("[وف]?(?:" + SAYING_VERBS + "|دعا|دع|عبر|ترأس|افتتح|اختتم|استقبل|حضر|مثل|القي|القت|وقع|"
                      "حسب|بحسب|وفق)ت?").translate(LETTERS))   # «وحسب X، رئيس …»: according to X
_ACTIONS = {"اداره", "عمليه"}     # also verbal nouns (management, operation): لإدارة الهجرة is no name
_BENEFICIARY = {"لفاءده", "لصالح"}   # «لفائدة المشاركين»: for whom, not part of the name
# «برنامج بقيمة 15 مليون يورو»: what it costs, not part of the name (a programme so named took the place of the one
# the text names after it; «اتفاقية بقيمة …» stays the signed agreement's only name)
_PRICED = {w.translate(LETTERS) for w in ("بقيمة", "بكلفة", "بتكلفة", "بمبلغ", "بميزانية", "بغلاف", "بقيمته", "بكلفته")}
_CONNECTORS = {"حول", "بشان"}
_SPOKE_ABOUT = "حول"    # «عرض قدّمه الدكتور عمر الزعبي | حول …»: what he spoke about, no word of his name


def _priced_for(text: Text, tokens: list[Token], j: int) -> int | None:
    """The token of what an agreement is for, after the sum its price word at ``j`` says («… بقيمة 45 مليون يورو
    لدعم البلديات»: «لدعم»), when a verbal noun with ل follows the sum right away (not «لفائدة»، «لكل»: for whom)."""
    if (money := SUM_AT.match(text.norm, tokens[j].end)) is None:
        return None
    k = j + 1
    while k < len(tokens) and tokens[k].start < money.end():
        k += 1
    return k if k + 1 < len(tokens) and tokens[k].text[0] == "ل" and len(tokens[k].text) > 3 \
        and not tokens[k].text.startswith("لل") and tokens[k].key not in _BENEFICIARY \
        and not text.norm[tokens[k - 1].end:tokens[k].start].strip() else None


_TOPIC = "موضوع"        # «في موضوع «…»»: on the subject of
# Definite words with a preposition attached start a phrase of their own (بالرباط, كالوكالة).
_PREPOSITIONAL = ("بال", "وبال", "فبال", "كال", "وكال")
# Head nouns that are adjectives too (a nisba): after a name's noun or adjective, its adjective («اللجنة التنسيقية»)
_ADJECTIVE_HEADS = {"تنسيقيه", "فيدراليه", "فدراليه", "كونفدراليه", "كنفدراليه", "اكاديميه"}     # («للشؤون الأكاديمية»: academic)
_GOVERNING = {"مكلفه", "مكلف", "معنيه", "معني", "خاصه", "خاص", "متعلقه", "متعلق", "مهتمه", "مقيمين", "مقيم", "مقيمه",
              "اتجار", "نهوض", "تكفل"}  # … بالمغاربة، الاتجار بالأشخاص، النهوض بالمقاولة: still the name
# Words that nationals abroad are named with, so «بالخارج» after them is still the name: «مجلس الجالية
# المغربية بالخارج»، «الوزارة المكلفة بالمغاربة المقيمين بالخارج» (not «… الدعم بالخارج»)
_ABROAD, _NATIONALS = "خارج", {"جاليه", "مغربيه", "مصريه", "تونسيه", "جزاءريه", "مغاربه", "مغربيين", "مصريين",
                                "تونسيين", "جزاءريين", "مواطنين"}
# Adjectives (masculine keys) that describe a thing without naming it: المشروع الجديد, الاتفاق الموقع;
# after an indefinite head, also those that classify it (منظمة دولية, دورة خاصة), which with the article
# often name (الاتفاق العالمي, المرحلة الثالثة, البرنامج المشترك).
_DESCRIPTIVE = {"جديد", "طموح", "هام", "مهم", "كبير", "موقع", "مبرم", "صادر", "منعقد", "مقرر", "مذكور", "حالي",
                "سابق", "مقبل", "اخير", "مماثل", "مختلف", "عديد", "ممول", "منفذ"}
# the feminine elatives a name's adjective may be: «الهيئة العليا …»، «اللجنة الكبرى»، «المحكمة الدنيا» (normalized)
_ELATIVES = {w.translate(LETTERS) for w in ("عليا", "كبرى", "وسطى", "عظمى", "دنيا", "قصوى", "أولى", "صغرى")}
_TRAILING = {"منعقد", "مشارك", "مقرر", "موقع", "مبرم", "صادر", "معتمد", "منبثق", "مسءول", "متواجد", "مذكور", "ممول", "منفذ",
             "محدث", "مستحدث", "منشا", "تابع"}      # … المحدث سنة 1990: when it was set up, not its name; … التابعة لـ:
                                                     # whose it is
# … and these before «من طرف / من قبل» only (المنظمة is also «the organization», inside many names)
_PASSIVE = {"منظم", "منظمه", "منجز", "منجزه"}
_CLASSIFYING = {"رايد", "راءد", "مرتبط", "سريع", "معترف", "متماسك", "انساني", "تنموي", "دولي", "اقليمي", "وطني",
                "جهوي", "عالمي", "محلي", "خاص", "عام", "اخر", "اخري", "مشترك", "اول", "ثاني", "ثالث", "نموذجي",
                "تدريبي", "هادف"}
_TIME = {"فتره", "سنه", "سنوات", "عام", "اعوام", "مده", "مدته", "مدتها", "شهر", "يوم", "يومي", "ايام",
         "صباح", "مساء", "امس", "غدا", "ظهر"}     # «التقى وزير الداخلية الإيطالي صباح أمس نظيره …»: when, no name
# «السفير توربيورن بيترسون»: a title used as an honorific before a name (no post: the title may be honorary)
_ENVOYS = {"سفير", "سفيره"}
# post nouns that are an event's adjectives too: «الحفل الكبير»، «العودة الطوعية المساعدة»، «الورشة المساعدة»
_EVENT_ADJECTIVE_POSTS = {"كبير", "كبيره", "مساعد", "مساعده", "مكلف", "مكلفه"}
# Professions of the arts and the press that open a name as an honorific does («المخرج السنغالي موسى توري»، «الإعلامية
# فاطمة الإفريقي»), but not after a definite noun they describe («المؤتمر الصحفي»، «العمل الروائي»)
_ARTS = {"مخرج", "مخرجه", "شاعر", "شاعره", "روائي", "روائيه", "فنان", "فنانه", "مغني", "مغنيه", "ناقد", "ناقده",
         "اعلامي", "اعلاميه", "صحفي", "صحفيه"}
# Military and police ranks and the bar's title, which open a name as «السيد» does («العقيد إبراهيم
# بيرو»، «الجنرال محمد حرمو»، «المحامية فاطمة …»)
_RANKS = {"عقيد", "لواء", "جنرال", "كولونيل", "محامي", "محاميه", "نقيب", "عميد", "ادميرال", "اميرال"}
# (not القاضي: «القاضي بعقد …», which provides for; «النقيب»: a captain or a bar's president, «عن الهيئة النقيب X»)
_COMMANDS = {"قاءد", "امر", "رءيس"}      # «العقيد قائد الكتيبة»: the rank, then the post, no name
_HONORIFICS = {"سيد", "سيده", "دكتور", "دكتوره", "استاذ", "استاذه", "معالي", "سعاده", "فخامه", "سمو", "باحث",
               "باحثه", "خبير", "خبيره", "شيخ", "شيخه", "مهندس", "مهندسه", "بروفيسور", "حاج", "حاجه", "ساده"} | _ARTS | _RANKS
# Who a witness or a beneficiary is, before the name a report gives them («الشابة سلمى العمراني»، «المهاجرة الغينية
# فاطوماتا كامارا»، «اللاجئ السوري X»), with an adjective too (not «العامل / العاملة»: a governor, «القوى العاملة»)
_WITNESSES = {"شاب", "شابه", "مهاجر", "مهاجره", "لاجء", "لاجءه"}
_HONORIFICS |= _WITNESSES
# («فخامة / سمو» are mostly before a title, «سمو ولي العهد»: not read as a name's lead)
_ADDRESSES = {"معالي", "سعاده"}
_FORUM = "منتدي"
# Honorifics that are professions, often with an adjective before the name (الخبير الدولي، الباحثة المغربية)
_PROFESSIONS = {"دكتور", "دكتوره", "استاذ", "استاذه", "باحث", "باحثه", "خبير", "خبيره", "مهندس", "مهندسه",
                "بروفيسور"} | _ARTS | _WITNESSES
# Honorifics that are also words of names: after «ولد»، «بن» … (إسماعيل ولد الشيخ أحمد) a name goes on
_NAMED_TOO = {"شيخ", "حاج"}
_NAME_LINKS = {"ولد", "بن", "ابن", "بنت", "ابو", "عبد", "ال"}
_SON_OF = {"ولد", "بن", "ابن", "بنت"}     # (not «عبد»: «الشيخ عبد الله …» is the honorific before a name)
_ALI = "علي"       # the given name علي is the preposition على once normalized: a name word after a link (بن علي)
# First words of a post title (matching keys): "NAME، مدير …" makes NAME a person.
POST_NOUNS = {"مدير", "مديره", "رءيس", "رءيسه", "نائب", "نائبه", "متحدث", "متحدثه", "ناطق", "مساعد", "مساعده",
              "منسق", "منسقه", "كبير", "كبيره", "وزير", "وزيره", "سفير", "سفيره", "ممثل", "ممثله", "مستشار", "امين",
              "وكيل", "وكيله", "كاتب", "كاتبه", "مفوض", "مفوضه", "مكلف", "مكلفه",
              # a governor (والي، عامل الإقليم), a mayor, a consul, a delegate, an official
              "والي", "عامل", "عمده", "قنصل", "قنصله", "مندوب", "مندوبه", "مسءول", "مسءوله",
              "عميد", "عميده",                # a dean (of a faculty)
              "مشرف", "مشرفه",                # a supervisor general («المشرف العام على المركز»)
              "نقيب", "نقيبه",                # the head of a union or a bar («نقيب المحامين»، «نقيبها»)
              "نظير", "نظيره", "نظيرته",      # «ونظيره الإسباني X»: his counterpart
              "استاذ", "استاذه", "باحث", "باحثه"}     # a professor or a researcher («X، أستاذة الاقتصاد في الجامعة …»)
POST_NOUNS = {w.translate(LETTERS) for w in POST_NOUNS} | {"محافظ"}    # a governor (محافظ المفرق)
# «X ونظيره النيجري السيد Y»: his counterpart's title, after the one before it
_COUNTERPARTS = {w.translate(LETTERS) for w in ("نظيره", "نظيرته", "ونظيره", "ونظيرته")}
# A title in the accusative after a name ends it: «عيّن السيد X رئيسا لـY»، «… مديرا …»; «أمينا/أمينة» only
# before «عاما/عامة» (أمينة is also a first name).
_PLURAL_POSTS = {w.translate(LETTERS) for w in ("ممثلو", "ممثلي", "ممثلون", "مسؤولو", "مسؤولي", "أعضاء", "رؤساء", "مدراء",
                                                  "مديرو", "منتخبو", "منتخبي")}
_ACCUSATIVE = {w.translate(LETTERS) for w in ("رئيسا", "مديرا", "نائبا", "منسقا", "ممثلا", "مستشارا", "سفيرا",
                                                "وزيرا", "عضوا", "رئيسة", "مديرة", "نائبة", "منسقة", "ممثلة",
                                                "مستشارة", "سفيرة", "وزيرة", "عضوة")}
_SECRETARY = ({"امينا", "امينه"}, {"عاما", "عامه"})
# what a secretary is after «أمين»: general, executive or permanent («الأمين الدائم للجنة»: a permanent secretary)
_SECRETARY_KINDS = {"عام", "عامه", "تنفيذي", "تنفيذيه", "داءم", "داءمه"}
_NAME_GAP = re.compile(r"(?!\s*\n\s*\n)(?:\s*|\s*[-/]\s*)\Z")     # لجنة التدبير/العمل (a blank line ends a name)
# What else goes on in a name: «على المستوى الوزاري», «في المجال الحضري» (a scope and its adjective);
# «تابعة لـ…» (whose it is); an adjective in construct, «عديمي الجنسية»; «على» after the verbal nouns
# that govern it, «المساعدة على العودة».
# A verb with its object pronoun (نظمتها، احتضنتها، تنفذها): never a word of a name (ة is ه in the
# normalized text, so the ending ـته would take مؤقتة: only ـها، ـهما; and ـهم would take تفاهم).
_ABOUT_VERBS = {w.translate(LETTERS) for w in ("يتعلق", "تتعلق", "يهم", "تهم", "يهدف", "تهدف", "يرمي", "ترمي", "يقضي",
                                                 "تقضي", "يتضمن", "تتضمن", "يجمع", "تجمع", "يضم", "تضم")}
# «لقاء جمع X بـY»، «ندوة ضمت ممثلي …»: whom an event brought together (past: a noun after other heads, «مشروع جمع المعطيات»)
_GATHERED = {"جمع", "جمعت", "ضم", "ضمت"}
_ON_HIM = {"عليه", "عليها", "عليهم", "عليهما"}     # على with a pronoun
_VERB_WITH_OBJECT = re.compile(r"[وف]?(?:[تي]\w{3,6}|\w{2,6}ت)(?:ها|هما)")
# (the original's ه, not ة: see the caller; the past of a verb that hosts, holds or carries out: «حفل احتضنه فندق …»)
_VERB_WITH_HIM = re.compile(r"[وف]?(?:[تي]\w{3,5}|\w{2,5}ت|احتضن|استضاف|نظم|عقد|اقام|مول|نفذ|انجز|اطلق)ه")
_SCOPES = {"مستوي", "صعيد", "مجال", "وسط"}
_BELONGING = {"تابع", "تابعه"}
_ADMINISTRATIONS = {w.translate(LETTERS) for w in ("وزارة", "مندوبية", "مديرية", "إدارة", "حكومة", "ولاية", "عمالة")}
# Ordinals before «عشر/عشرة» (الحادي عشر، الثانية عشرة …)
_TEENS = {w + e for w in ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع") for e in ("", "ه")}
_HALF = "نصف"
_IMPROPER = {"عديمي", "عديمو", "ذوي", "ذوو", "طالبي", "متعددي", "غير"}    # (غير النظامية، غير المرافقين، غير الحكومية)
_ON = {"مساعده", "حصول", "تشجيع", "قدره", "حث"}
# اليوم العالمي: a day observed, not a date; يوم دراسي / تحسيسي / تواصلي: a day of study, of awareness …
_OBSERVED = {"عالمي", "دولي", "وطني", "دراسي", "تحسيسي", "تواصلي", "اعلامي", "تكويني", "تشاوري", "مفتوح"}
# … and days of culture (الأيام الثقافية); an accusative event held with its adjective (حفلا ختاميا، اجتماعا تنسيقيا)
_DAYS = {"يوم", "ايام"}
_OBSERVED_DAYS = _OBSERVED | {"ثقافي"}
_HELD = _OBSERVED | {"ختامي", "افتتاحي", "تنسيقي", "تقييمي", "تكريمي", "تحضيري", "تاسيسي", "تشاركي",
                     "مشترك", "اقليمي", "جهوي", "وزاري", "استثنائي"}     # اجتماعا مشتركا، لقاء جهويا


# A title in quotes after its head noun or "entitled": مشروع “DEPOMI”, برنامج ” الطريق … “, تحت عنوان “…”
_QUOTE = "“”\"«»"
# (the lead word starts a word: tried from inside a long word, every position would read the rest of it)
# A title opens with an opening mark: a quotation closed before it («…هنا»، تقول … مشروع «إدماج»») never pairs with
# the next one (curly quotes are typed either way round; guillemets the other way round are ``Text``'s to turn)
_TITLE = re.compile(rf"(?<![^\W\d_])(?P<lead>[^\W\d_]+)[ ,]*[“”\"«]\s*(?P<title>[^{_QUOTE}\n]{{2,150}}?)\s*[“”\"»]")
# a study, a survey, a guide or a report a project makes, named by its title in quotes only («دراسة بعنوان «…»»، «دليل
# «…»»، ««الكتاب الأبيض حول …»»): a project of its own, carried out and funded (the bare noun is too common a word)
_WORKS = {w.translate(LETTERS) for w in ("دراسة", "دليل", "تقرير", "مسح", "كتاب", "أطلس", "استطلاع")}
_STUDY = ("project", "Study")
_TITLE_WORK = re.compile(r"(?:ال)?(?:دليل|دراسه|تقرير|مسح|كتاب)\Z")     # the first word of a title in quotes that says
                                                                     # it is one (not «أطلس للاستشارة»: a firm's name)


def study_word(key: str) -> str | None:
    """The study's or guide's head noun a word is, bare, definite or accusative («دراسة»، «الدليل»، «تقريرا»), or None."""
    bare = key[2:] if key.startswith("ال") else key[:-1] if key.endswith("ا") and key[:-1] in _WORKS else key
    return bare if bare in _WORKS else None


def study_head(text: Text, m: Mention) -> str | None:
    """The head noun a study was named with: its title's first word («دليل المهاجرين …») or the word before its quoted
    title («دراسة «…»»، «دراسة بعنوان «…»»)."""
    tokens = text.tokens
    return next((h for k in (m.first, m.first - 1, m.first - 2) if 0 <= k < len(tokens)
                 and (h := study_word(tokens[k].key)) is not None), None)


# what a service a body launches is, by the noun right before its name in quotes only («منصة «رفيق»»، «تطبيق «دليلي»»،
# «بوابة «عودة»»: a platform, an app, a portal are programmes; alone, «تطبيق» is applying, «بوابة» a gate)
_TOOLS = {w.translate(LETTERS): ("programme", "Programme") for w in ("منصة", "تطبيق", "بوابة", "منصات")}
_TITLED = {"programme", "project", "event", "plan", "strategy", "policy", "agreement", "declaration", "resolution"}
# «… المنفذة لهذا المشروع»: a demonstrative refers back to another item, it does not go on with this name
_DEMONSTRATIVE = {"لهذا", "لهذه", "لذلك", "لتلك", "بهذا", "بهذه"}
_EXCHANGE = {"تبادل"}
_POSSESSING = {"ذا", "ذو", "ذي", "ذات"}   # «having»: المشروع ذو الأولوية، الاتفاقية ذات الصلة
_AGENT_NOUNS = {"طرف", "قبل"}     # من طرف، من قبل: by whom
# Particles that only a clause has (a quotation), never a title: أن، قد، لم، لن، سوف
# a clause in quotes: a verb in the imperfect then a preposition («يمتد على …»، «تهدف إلى …»), or a future
_STATEMENT = re.compile(r"(?:[يت]\S{3,}\s+(?:علي|في|الي|من|ب\S*|ل\S*)\s|س[يت]\S{2,}\s)")
_SAID_THAT = {"ان", "بان", "وان"}     # «قال إن …»، «أكد أن …»، «أوضح بأن …»: a statement's subject follows
# (a comma that opens what is said of the name is no end: «أن البرنامج «تمكين»، الممول من X، حقق …»)
_SAID_END = re.compile(r"\s*(?:[.;:]|\Z|,(?!\s*(?:الذي|التي|الممول|المنفذ|المنجز|الموجه|الرامي|الهادف)))")
_CLAUSAL = {"ان", "قد", "لم", "لن", "سوف"}
_NEGATIONS = {"لا", "لم", "لن", "ليس", "ليست"}    # «المشروع لا يقتصر على …»: a clause begins, the name has ended
# Head nouns that stand in apposition after another as its kind: الاتفاق الإطار، البرنامج الإطار
_APPOSED_HEADS = {"اطار"}
_ENTITLED = {"عنوان", "بعنوان", "سميت", "سمي", "يسمي", "تسمي", "المسمي", "المسماه", "اسم"}   # يحمل اسم «…»


# the words of a place a one-word name after them is the name of («ميناء الفاو»: a port, not FAO)
_PLACE_WORDS_BEFORE = {w.translate(LETTERS) for w in ("ميناء", "جزيرة", "قضاء", "مدينة", "منطقة", "بلدة", "مطار")}


def find(text: Text, gazetteer: Gazetteer) -> list[Mention]:
    """Known and new mentions, in text order, never overlapping."""
    matched = places.capitals_by_nation(text, places.capitals(text, places.plausible(text, gazetteer.match(text))))
    matched = places.metonyms(text, matched, gazetteer.entries)     # «خصصت له برلين …»: the country gives
    # (a body's one-word name after a place's word is that place's: «ميناء الفاو»، «شبه جزيرة الفاو», not FAO)
    matched = [m for m in matched if not (m.kind == "organization" and m.last - m.first == 1 and m.first
                                          and text.tokens[m.first - 1].key in _PLACE_WORDS_BEFORE)]
    known = _in_context(text, [_foreign(text, _continued(text, m)) for m in matched if not _longer_latin(text, m)],
                        gazetteer)
    tokens = text.tokens
    titles = _titles(text, known)
    titles += _labelled(text, known + titles)
    # (the head and adjective that describe a title in quotes name nothing of their own: «المنظمة المغربية «أمل»»)
    describing = {k for m in titles if (h := _described_head(text, m)) is not None for k in range(h, m.first)}
    inside = covered(titles) | describing
    known = [m for m in known if not inside.intersection(range(m.first, m.last))] + titles
    taken = covered(known) | describing
    known += _acronymed(text, taken) + _directed(text, taken)
    at = {m.first: m for m in known}
    taken = covered(known) | describing
    # a one-word place may be a word of a person's name: السيد أنيس بيرو
    loose = {m.first for m in known if m.kind in PLACES and m.last - m.first == 1 and m.rule == "gazetteer"
             and not (m.first and tokens[m.first - 1].key == "في")}     # (after «في», a place: «ممثلة المفوضية في مصر»)
    named = taken - loose
    seen = set(named)       # … and the names found so far: a title's body may be a new name (للوكالة الوطنية …)
    out, i = [], 0
    spelled: dict[str, tuple[str, str]] = {}     # acronyms in Arabic letters met so far → (kind, class)
    persons: dict[str, list[tuple[str, ...]]] = {}     # new persons' names so far (keys), by their first word
    while i < len(tokens):
        new = _new_name(text, tokens, i, at) if i not in taken or i in at else None
        if new is not None and new.rule == "head-noun":
            new = _linked(tokens, new, gazetteer)
        if new is None and i not in taken and tokens[i].key in spelled:
            # «الإيغاد» after «الهيئة الحكومية الدولية المعنية بالتنمية (إيغاد)»: the acronym again
            new = Mention(tokens[i].start, tokens[i].end, None, *spelled[tokens[i].key], "acronym", 0.45, i, i + 1)
        if new is None and i not in taken:
            new = _named_again(tokens, i, persons, taken)
        if new is None and i not in taken:
            new = _person(text, tokens, i, named, seen, taken)
            if new is not None and new.last - new.first > 1:
                persons.setdefault(tokens[new.first].key, []).append(tuple(t.key for t in tokens[new.first:new.last]))
        if new is not None:
            out.append(new)
            seen.update(range(new.first, new.last))
            i = new.last
            acronym = _bracketed(text, tokens, i)
            if acronym is None and new.rule == "head-noun" and _spelled_acronym(text, tokens, i):
                spelled[tokens[i].key] = (new.kind, new.cls)
                acronym = tokens[i]
            if acronym is not None and i not in taken:
                out.append(Mention(tokens[i].start, tokens[i].end, None, new.kind, new.cls, "acronym-in-brackets",
                                   0.5, i, i + 1))
                i += 1
            continue
        if i in at:
            out.append(at[i])
            i = at[i].last
        else:
            i += 1
    out = _acronyms(text, _parties(text, _offices(text, _through_acronym(text, _the_un_body(text, _short_forms(text, out), gazetteer)), gazetteer)))
    out = _national_cooperation(text, _sections(text, _of_the_one_before(text, _in_one_line(text, out))))
    return _current_parts(_entitled(text, _governments(text, _unnamed_meeting(text, _surnames(text, _counted(text, _occasions(
        text, _provinces(text, _units(text, _named_by_plural(text, _towns(text, out)))))))), gazetteer)))


def _current_parts(found: list[Mention]) -> list[Mention]:
    """A part that a later step replaced («الوكالة الوطنية لتنمية مناطق الواحات» read on to «… وشجر الأركان (ANDZOA)»
    after a short form took it as its full name) is the mention that replaced it: the one that starts there, of its kind."""
    spans = {(m.start, m.end) for m in found}
    at = {(m.start, m.kind): m for m in found}

    def current(m: Mention, part: Mention) -> Mention:
        # (not a part the mention itself holds: «المفوضية» of «المفوضية في النيجر», its office)
        q = at.get((part.start, part.kind))
        return part if (part.start, part.end) in spans or q is None or q is m or q.end < part.end else q

    return [replace(m, parts=tuple(current(m, p) for p in m.parts)) if m.parts else m for m in found]


# «دورة تدريبية متخصصة بعنوان «…»»، «ندوة تحت عنوان «…»»، «دورة تكوينية في موضوع «…»»: what kind of event, its
# adjectives (not a word joined by «و»: «… وورشة بعنوان …» is another), then its title
_UNDER_TITLE = re.compile(r"(?:\s+(?!و)(?:\S+(?:ه|ي)|عمل))*?\s+(?:(?:تحت\s+)?(?:ب)?عنوان|في\s+موضوع)\s*[«\"“]\s*")     # («ورشة عمل»)
_QUOTE_CLOSE = ("»", "\"", "”")


def _entitled(text: Text, found: list[Mention]) -> list[Mention]:
    """An event named by its kind and then its title in quotes is one mention of the whole phrase, as the annotators
    name it («ورشة عمل بعنوان «نحو سوق عمل أكثر توازنا»»), its closing quote mark too."""
    out: list[Mention] = []
    for m in found:
        before = out[-1] if out else None
        if m.kind == "event" and m.rule == "quoted-title" and before is not None and before.kind == "event" \
                and before.rule not in ("quoted-title", "entitled") and m.first - before.last <= 4 \
                and _UNDER_TITLE.fullmatch(text.norm, before.end, m.start):
            end = m.end + 1 if text.norm.startswith(_QUOTE_CLOSE, m.end) else m.end
            out[-1] = Mention(before.start, end, None, "event", m.cls, "entitled", 0.55, before.first, m.last)
            continue
        out.append(m)
    return out


# the word of a province or a governorate named by its chief city: «إقليم الناظور»، «ولاية صفاقس»، «محافظة المفرق»;
# two of them, or more: «محافظتي المفرق وإربد»، «ولايات القصرين وسيدي بوزيد وقفصة» (not «مقاطعة»: a boycott as often)
_PROVINCE_WORDS = {w.translate(LETTERS) for w in ("إقليم", "عمالة", "ولاية", "محافظة")}
_PROVINCE_DUALS = {w.translate(LETTERS) for w in ("إقليمي", "عمالتي", "ولايتي", "محافظتي")}
_PROVINCE_PLURALS = {w.translate(LETTERS) for w in ("أقاليم", "عمالات", "ولايات", "محافظات")}
_UNIT_CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب")
_ONE_CLITIC = {c for c in _UNIT_CLITICS if len(c) == 1}
_TWO_CLITICS = {c for c in _UNIT_CLITICS if len(c) == 2}
_PRESERVING = "علي"         # «بمحافظة طنجة على تراثها»: keeping (a verbal noun), no governorate
_GOVERNORATE = "محافظه"
_NOT_LISTED = {"مخيم", "مدينه", "عاصمه"}     # «… وإربد ومخيم الزعتري»: a place of another kind ends the list


def _unit_word(key: str, words: set[str]) -> bool:
    """A province's word, bare or after its clitics («بإقليم»، «لولاية»، «وبمحافظة»)."""
    return _unit_of_word(key, words) is not None


def _unit_of_word(key: str, words: Container[str]) -> str | None:
    """The word of ``words`` that ``key`` is, bare or after its clitics, or None."""
    # (as a loop over ``_UNIT_CLITICS`` in their order, unrolled: asked of nearly every word of a document; every
    # two-letter clitic begins with a one-letter one)
    if key in words:
        return key
    if key[:1] in _ONE_CLITIC:
        if key[1:] in words:
            return key[1:]
        if key[:2] in _TWO_CLITICS and key[2:] in words:
            return key[2:]
    return None


# the plural and dual of a unit's word → its singular («جهات / جهتي» → «جهة»)
_UNIT_PLURALS = {w.translate(LETTERS): one.translate(LETTERS) for one, many in (
    ("جهة", ("جهات", "جهتي")), ("ولاية", ("ولايات", "ولايتي")), ("محافظة", ("محافظات", "محافظتي")),
    ("إقليم", ("أقاليم", "إقليمي")), ("عمالة", ("عمالات", "عمالتي"))) for w in many}


def _named_by_plural(text: Text, found: list[Mention]) -> list[Mention]:
    """«بجهات الشرق وسوس ماسة»، «في جهتي الشرق والرباط-سلا-القنيطرة»: the first words after the plural or dual of a
    unit's word, not yet a mention, are the unit the reference names by the singular word and them («جهة الشرق»),
    when the name closes there (punctuation, «و» or the end: not «جهات الشرق الليبي») and the document names a place of
    that unit's country (not «جهتي الشرق والغرب من مدينة الفاشر»)."""
    tokens = text.tokens
    taken = covered(found)
    units = places.unit_names()
    lands: set[str] | None = None       # the places the document names and what holds them, once one is needed
    out = list(found)
    for i, t in enumerate(tokens[:-1]):
        one = _unit_of_word(t.key, _UNIT_PLURALS)
        if one is None or t.definite or i + 1 in taken:
            continue
        for j in (i + 3, i + 2):        # two words, then one
            if j <= len(tokens) and not taken.intersection(range(i + 1, j)) \
                    and all(_NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])) for k in range(i + 1, j)) \
                    and (j == len(tokens) or not _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j]))
                         or tokens[j].text[0] == "و") \
                    and (entity := units.get(_UNIT_PLURALS[one] + " " + text.norm[tokens[i + 1].start:tokens[j - 1].end])):
                if lands is None:
                    lands = {c for m in found if m.entity and m.kind in PLACES for c in (m.entity, *places.containers(m.entity))}
                if (places.containers(entity) or [entity])[-1] not in lands:
                    continue        # (no place of its country named: the one-word name is tried next)
                out.append(Mention(tokens[i + 1].start, tokens[j - 1].end, entity, "region", "Region", "unit-plural", 0.6,
                                   i + 1, j))
                taken.update(range(i + 1, j))
                break
    return sorted(out, key=lambda m: m.start)


def _provinces(text: Text, found: list[Mention]) -> list[Mention]:
    """A province or a governorate named by its chief city is a place of its own, the region the city is in
    («جرجيس التابعة لولاية مدنين»، «مدينة صفاقس، مركز ولاية صفاقس»); after a dual, each of the two cities that follow
    names one, after a plural each city of the list."""
    tokens = text.tokens
    out: list[Mention] = []
    left = 0                # how many more cities of a list after «محافظتي / ولايات …» name provinces
    for m in found:
        before = tokens[m.first - 1] if m.first else None
        unit = None         # the province's word right before the city: «ولاية»، «محافظتي»، «ولايات»
        if m.kind in ("city", "region") and before is not None and not before.definite \
                and _NAME_GAP.match(_gap(text, before, tokens[m.first])) \
                and not (m.last < len(tokens) and tokens[m.last].key == _PRESERVING and before.key.endswith(_GOVERNORATE)):
            unit = next((words for words in (_PROVINCE_WORDS, _PROVINCE_DUALS, _PROVINCE_PLURALS)
                         if _unit_word(before.key, words)), None)
        gap = text.norm[out[-1].end:m.start].strip() if out else ""
        joined = left > 0 and m.kind in ("city", "region") and (gap == "," or not gap and text.norm[m.start] == "و") \
            and tokens[m.first].key.removeprefix("و") not in _NOT_LISTED
        if m.kind == "region":
            # a governorate the table knows, in the list: «في محافظات كفر الشيخ والبحيرة وأسيوط» (Asyut the province too)
            out.append(m)
            left = left - 1 if joined else 0 if unit in (None, _PROVINCE_WORDS) else 1 if unit is _PROVINCE_DUALS \
                else _ROSTER_OF_PROVINCES
        elif unit is _PROVINCE_WORDS and before is not None:
            out.append(Mention(before.start, m.end, None, "region", "Region", "province", 0.6, m.first - 1, m.last))
            left = 0
        elif joined or unit is not None:
            # (the list's «و» is no letter of the province's name: «ومادبا» → «مادبا», not «ووجدة» → «ووجدة»)
            start = m.start + 1 if joined and _conjoined(text, m) else m.start
            out.append(Mention(start, m.end, None, "region", "Region", "province", 0.55, m.first, m.last))
            left = left - 1 if joined else 1 if unit is _PROVINCE_DUALS else _ROSTER_OF_PROVINCES
        else:
            out.append(m)
            left = 0
    return out


_ROSTER_OF_PROVINCES = 24


def _conjoined(text: Text, m: Mention) -> bool:
    """Whether a known place's mention starts with the «و» of a list, not its name's own letter («ووجدة»)."""
    return text.norm[m.start + 1:m.end] in places.normalized_names(m.entity or "")


_NOT_TOWNS = {"غير", "ذات", "مثل", "كل", "نموذج"} | {w.translate(LETTERS) for w in (
    "صغيرة", "كبيرة", "جديدة", "قديمة", "متوسطة", "واحدة", "أخرى", "حدودية", "ساحلية", "فلاحية", "نائية")}


def _town_closes(text: Text, tokens: list[Token], k: int) -> bool:
    """Whether a town's name may end before token ``k``: the end, punctuation, a preposition or a word with ب/ل/في, a
    definite word («التابعة لإقليم …»، «المغربية»), a point of the compass («جنوب …») or a time («صباح …»); a dual's first
    town closes where its second does."""
    if k >= len(tokens) or not _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])):
        return True
    nxt = tokens[k]
    return nxt.definite or nxt.text[0] in "بل" or nxt.key in _STOP or nxt.key in _COMPASS or nxt.key in _TIME


_COMPASS = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "ضواحي"}
# «بمدينة سلوان»، «مدينتي الرمثا وجرش»، «بلدة كارتايا»: the word for a town, then a name the gazetteer does not know
_TOWN_WORDS = {w.translate(LETTERS) for w in ("مدينة", "بمدينة", "ومدينة", "لمدينة", "مدينتي", "بمدينتي", "ومدينتي",
                                              "بلدة", "ببلدة", "وبلدة", "لبلدة", "بلدتي", "ببلدتي", "وبلدتي")}


def _towns(text: Text, found: list[Mention]) -> list[Mention]:
    """A town named after its word that no other mention covers: one word without the article, not a stop word,
    a head noun or what may be an adjective or a feminine noun, and closing its phrase (punctuation, a preposition,
    a definite adjective or participle, «التابعة …»: not «بمدينة تستقبل آلاف …», a verb and its object); two towns
    after a dual («مدينتي X و Y»)."""
    tokens = text.tokens
    taken = covered(found)
    towns = {m.first for m in found if m.kind == "city"}
    out = list(found)
    for i, t in enumerate(tokens[:-1]):
        if t.text not in _TOWN_WORDS or i + 1 in taken or not _NAME_GAP.match(_gap(text, t, tokens[i + 1])):
            continue
        names = [i + 1]
        dual = t.key.endswith("تي") and i + 2 < len(tokens) and tokens[i + 2].text[:1] == "و"
        if t.key.endswith("تي") and not dual:
            continue        # («بلدتي تفتقر …»: my town, in a quote)
        if dual and i + 2 not in taken:
            names.append(i + 2)
        for n, k in enumerate(names):
            w = tokens[k]
            key = w.key[1:] if n else w.key      # (the second of a dual after its و)
            # (a name with the article or the ending of an adjective or a plural is a town's where the text places it:
            # «مدينة الجنينة، عاصمة …»، «بمدينة المتلوي من ولاية قفصة»)
            placed = len(names) == 1 and _placed_after(text, tokens, k + 1)
            if w.definite and not placed or not _place_name_word(w, key) or key in _NOT_TOWNS \
                    or not placed and (key.endswith(("ي", "ين", "ات", "يه"))
                                       or key.endswith("ه") and not _in_province(tokens, k + 1)) \
                    or not (_town_closes(text, tokens, k + 1 + (len(names) > 1 and not n))
                            or dual and k + 1 in towns):      # («بلدتي سلوان وزايو»: the second one known)
                break           # («مدينة ساحلية»، «مدينة جديدة»، «مدينة واحدة»، «مدينة كبرى»: what kind of town)
            # (the second of a dual without its و: «وتيفلت» is Tiflet)
            start = w.start + 1 if n else w.start
            out.append(Mention(start, w.end, None, "city", "City", "town-word", 0.45, k, k + 1))
    return sorted(out + _camps(text, taken), key=lambda m: m.start)


# «بولاية واداي»، «مقاطعة أونتاريو»، «جزيرة لمبيدوزا»، «بجهة لومبارديا الإيطالية»: a region or province of another
# country by its unit's word, named by words the gazetteer does not know. «جهة» and «إقليم» are also a side, a party
# and a territory in general («جهة اتصال»، «إقليم عبور»): by those, only where a country, its adjective or a point of
# the compass follows the name.
_FOREIGN_UNITS = {w.translate(LETTERS) for w in ("ولاية", "مقاطعة", "جزيرة", "محافظة", "معتمدية")}
_WEAK_UNITS = {w.translate(LETTERS) for w in ("جهة", "إقليم")}
# the definite adjectives that end a region's name («إنيدي الشرقية»، «ساكسونيا السفلى»)
_NAME_ADJECTIVES = {w.translate(LETTERS) for w in ("شرقية", "غربية", "شمالية", "جنوبية", "وسطى", "سفلى", "عليا",
                                                   "كبرى")}
_UNITS = _FOREIGN_UNITS | _WEAK_UNITS
# what follows a unit's word that is no name: an adjective, «أمن» («ولاية أمن الناظور»: the police's command of a city,
# a body), and the nouns a side or a territory in general is of («جهة اتصال»، «إقليم عبور»، «بلد منشأ»)
_NOT_UNIT_NAMES = _NOT_TOWNS | {w.translate(LETTERS) for w in (
    "آخر", "ثان", "واحد", "جديد", "كبير", "أمن", "اتصال", "تنسيق", "عبور", "استقبال", "انطلاق", "وصول", "لجوء", "منشأ",
    "مقصد", "إقامة", "عمل", "تمويل", "وساطة", "تنفيذ", "إشراف", "تدخل", "اختصاص", "نفوذ", "نزاع", "صراع")}
# what says «ولاية» is a term of office: the words before it and the adjectives after the name («خلال ولاية ميركل»،
# «تجديد ولاية X»، «ولاية ترامب الرئاسية»، «انتهت ولاية غراندي على رأس المفوضية»)
_TERM_BEFORE = {w.translate(LETTERS) for w in ("خلال", "طيلة", "طوال", "إبان", "تجديد", "تمديد", "انتهاء", "نهاية", "بداية",
                                               "مطلع", "انتهت", "بدأت", "منذ", "فترة")}
_TERM_AFTER = {w.translate(LETTERS) for w in ("رئاسية", "انتدابية", "تشريعية", "ثانية", "أولى", "ثالثة", "على")}


def _units(text: Text, found: list[Mention]) -> list[Mention]:
    """A region named after its unit's word (``_FOREIGN_UNITS``, ``_WEAK_UNITS``) that no other mention covers: one or
    two words without the article (a governorate's one word with it, ``_unit_name_word``) that may be a place's name
    and are no feminine or plural adjective («ولاية ثانية»، «مقاطعة واسعة»), maybe a definite adjective of the compass
    or size, and closing their phrase as a town's name does; not a term of office («ولاية بايدن الثانية»، «خلال ولاية
    X»), nor keeping («محافظة X على»); after «جهة» or «إقليم», only with a country or a point of the compass after it
    or a seat's word before it («عاصمة إقليم كتالونيا»)."""
    tokens = text.tokens
    taken = covered(found)
    countries = {m.first for m in found if m.kind == "country"}
    firsts = {m.first: m for m in found}
    out = list(found)
    for i, t in enumerate(tokens[:-1]):
        unit = _unit_of_word(t.key, _UNITS)
        if unit is None or t.definite or i in taken or not _NAME_GAP.match(_gap(text, t, tokens[i + 1])):
            continue
        if unit == _WILAYA and i and tokens[i - 1].key.removeprefix("و") in _TERM_BEFORE:
            continue        # («خلال ولاية ميركل»: a term of office)
        if (compassed := _compass_named(text, tokens, i, unit, firsts)) is not None:
            # «ولاية غرب دارفور»، «ولاية شمال كردفان»: a point of the compass and a region's name (known or not) name
            # a unit of its own, in place of the region it is part of
            k, inner = compassed
            if unit not in _WEAK_UNITS or _country_follows(tokens, k, countries) or i and tokens[i - 1].key in _SEAT_WORDS:
                out = [m for m in out if m is not inner]
                out.append(Mention(t.start, tokens[k - 1].end, None, "region", "Region", "unit-word", 0.45, i, k))
                taken.update(range(i, k))
            continue
        k = i + 1
        while k < len(tokens) and k - i <= 2 and k not in taken and _unit_name_word(tokens[k], unit, k == i + 1) \
                and (k == i + 1 or _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k]))):
            k += 1
            if _town_closes(text, tokens, k) or tokens[k - 1].definite:
                break
        if k == i + 1 or not (_town_closes(text, tokens, k) or _listed_next(tokens, k, taken)):
            continue
        if k < len(tokens) and tokens[k].key in _NAME_ADJECTIVES and _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])):
            k += 1
        after = tokens[k] if k < len(tokens) else None
        if after is not None and after.definite and _NAME_GAP.match(_gap(text, tokens[k - 1], after)) \
                and (any(after.key.startswith(o) for o in _ORDINALS)
                     or after.text[:2] in ("ال", "وال") and not after.key.endswith(("ه", "ي"))):
            continue        # («ولاية بايدن الثانية»: a term of office; «مقاطعة يعقوب المنصور»: a name that goes on,
                            # no adjective of the unit)
        if after is not None and (unit == _WILAYA and after.key in _TERM_AFTER or after.key == _PRESERVING):
            continue        # («ولاية ترامب الرئاسية»: a term; «محافظة الجالية على هويتها»: keeping)
        if unit in _WEAK_UNITS and not _country_follows(tokens, k, countries) and not (i and tokens[i - 1].key in _SEAT_WORDS) \
                or k in taken and tokens[k].text[0] not in "وب" and _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])):
            continue        # («محافظة جبل لبنان»: a name that goes on with a known one)
        out.append(Mention(t.start, tokens[k - 1].end, None, "region", "Region", "unit-word", 0.45, i, k))
        taken.update(range(i, k))
    return sorted(out, key=lambda m: m.start)


_POINTS = {"شمال", "جنوب", "شرق", "غرب", "وسط"}


def _compass_named(text: Text, tokens: list[Token], i: int, unit: str, firsts: dict[int, Mention]) -> tuple[int, Mention | None] | None:
    """Where the name of the unit at ``i`` ends when it is a point of the compass and a region's name («ولاية غرب
    دارفور»: a known region, which the new name holds; «إقليم شمال إيجه»: a word a place's name may be), closing its
    phrase; with the known region's mention, else None."""
    if i + 2 >= len(tokens) or tokens[i + 1].key not in _POINTS or tokens[i + 1].definite \
            or not _NAME_GAP.match(_gap(text, tokens[i], tokens[i + 1])) or not _NAME_GAP.match(_gap(text, tokens[i + 1], tokens[i + 2])):
        return None
    inner = firsts.get(i + 2)
    if inner is not None and (inner.kind != "region" or inner.start != tokens[i + 2].start):
        return None         # (not «ولاية شمال | بالمغرب», nor a country's name: «جنوب السودان» is one)
    k = inner.last if inner is not None else i + 3
    if inner is None and not _unit_name_word(tokens[i + 2], unit, False):
        return None
    return (k, inner) if _town_closes(text, tokens, k) else None


_LISTED_UNITS = _UNITS | _PROVINCE_WORDS


def _listed_next(tokens: list[Token], k: int, taken: set[int]) -> bool:
    """Whether token ``k`` adds another place to a list: «و» on a place's name or a unit's word («جزيرة لمبيدوزا
    ومقاطعة …»)."""
    return k < len(tokens) and tokens[k].text[0] == "و" \
        and (k in taken or tokens[k].key[1:] in _LISTED_UNITS)


def _unit_name_word(w: Token, unit: str, first: bool) -> bool:
    """Whether ``w`` may be a word of the name after ``unit``: no article (but a governorate's one word, «محافظة
    الغربية»، «محافظة البلقاء»), a place's name word, no adjective of a kind (feminine or plural after a feminine unit,
    a nisba after «إقليم»)."""
    key = w.key
    if key[0] in "تي" and len(key) <= 4 and key[-1] not in "اهي":
        return False        # («في محافظة تقع شمال الأردن»، «جزيرة تبعد …»: an imperfect verb)
    named = unit == _GOVERNORATE and first and w.text.startswith("ال")
    return (not w.definite or named) and _place_name_word(w, key) and key not in _NOT_UNIT_NAMES and key not in POST_NOUNS \
        and key not in _COMPASS and not key.endswith(("ين", "ات", "ون")) \
        and (named or not key.endswith("ي" if unit == _PROVINCE else "ه"))


# the word of a place's seat or chief town before a unit («برشلونة، عاصمة إقليم كتالونيا»، «كبرى مدن إقليم …»)
_SEAT_WORDS = {w.translate(LETTERS) for w in ("عاصمة", "مركز", "حاضرة", "مدن")}


def _country_follows(tokens: list[Token], k: int, countries: set[int]) -> bool:
    """Whether a country (its name, with «ب» or «في» before it, or its adjective) or a point of the compass (with «ب»
    or «في» too) follows token ``k - 1``."""
    if k >= len(tokens):
        return False
    if tokens[k].key.removeprefix("ب") in _COMPASS or tokens[k].definite and tokens[k].key.endswith("يه") \
            or tokens[k].key == "في" and k + 1 < len(tokens) and tokens[k + 1].key in _COMPASS:
        return True
    if tokens[k].key == "في":
        k += 1
    return k in countries


# «مخيم الأزرق»، «بمخيم دوقي»: a camp by its word, named (a place where people live, as the annotators file it: a city),
# in a document about refugees or the displaced (not a summer camp, «مخيم الأطفال بإفران»)
_CAMP_WORDS = {w.translate(LETTERS) for w in ("مخيم", "بمخيم", "ومخيم", "لمخيم", "فمخيم")}
_DISPLACED = re.compile(r"(?:لاجء|نازح|نزوح|مهجر)")
# what a camp is for, whom or how it is, not its name: «مخيم الإيواء»، «مخيم العبور»، «مخيم صيفي»، «مخيم اللاجئين»
_NOT_CAMPS = {w.translate(LETTERS) for w in ("إيواء", "عبور", "استقبال", "تدريب", "اعتصام", "لجوء", "جديد", "كبير",
                                             "صغير", "مؤقت", "رسمي", "دائم", "آخر", "ثان", "واحد", "كل", "هذا", "ذلك",
                                             "إغاثة", "أطفال", "شباب", "إبداع", "صداقة", "صيف", "كشافة", "تخييم",
                                             "عمل", "تكوين")}


def _camps(text: Text, taken: set[int]) -> list[Mention]:
    """A camp named by one word after its word that no other mention covers, with the article or without, not a
    plural of people («مخيم اللاجئين»), an adjective or what it is for (``_NOT_CAMPS``), and closing its phrase."""
    tokens = text.tokens
    out: list[Mention] = []
    if not _DISPLACED.search(text.norm):
        return out
    for i, t in enumerate(tokens[:-1]):
        if t.text not in _CAMP_WORDS or i + 1 in taken or not _NAME_GAP.match(_gap(text, t, tokens[i + 1])):
            continue
        w = tokens[i + 1]
        if not _place_name_word(w, w.key) or w.key in _NOT_CAMPS or w.key.endswith(("ين", "ون", "ات", "يه", "ي")) \
                or w.text[0] == "ل" and not w.definite or not _town_closes(text, tokens, i + 2):
            continue
        out.append(Mention(t.start, w.end, None, "city", "City", "camp", 0.45, i, i + 2))
    return out


def _place_name_word(w: Token, key: str) -> bool:
    """Whether a word after a place's word («مدينة»، «مخيم») may be its name: Arabic, of three letters at least, no stop
    word and no head noun."""
    return w.arabic and key not in _STOP and w.text not in _STOP and len(key) >= 3 and _head_key(key) is None


def _in_province(tokens: list[Token], k: int) -> bool:
    """Whether a province's word follows at ``k``, after «من» or «التابعة ل»: «بمدينة سبيطلة من ولاية القصرين»، «بلدة
    تالة التابعة لولاية …» (a word that may be feminine is a town's name only where the text places it so)."""
    if k < len(tokens) and tokens[k].key in _OF_PROVINCE:
        k += 1
    return k < len(tokens) and _unit_word(tokens[k].key, _PROVINCE_WORDS)


_OF_PROVINCE = {"من", "تابعه", "تابع"}
# «مدينة الجنينة، عاصمة …»: what places a town right after its name (or a unit's word, ``_in_province``: «مدينة الرمثا
# التابعة لمحافظة إربد»)
_PLACED_AFTER = re.compile(r"\s*,\s*عاصمه\s")
# what a «city of …» with the article may be that no town is: «مدينة العلوم / الثقافة / الملاهي / الشباب …»، «مدينة الضباب»
_NOT_TOWN_NAMES = {w.translate(LETTERS) for w in ("علوم", "ثقافة", "ملاهي", "ألعاب", "شباب", "رياضة", "فنون", "معارض",
                                                  "مهن", "ضباب", "أنوار", "إعلام", "صناعة", "طب", "جامعية")}


def _placed_after(text: Text, tokens: list[Token], k: int) -> bool:
    """Whether the words at ``k`` place the town named before them: a province's word after «من» or «التابعة ل»,
    «، عاصمة», or its country's adjective («مدينة تاجورة الليبية»، «مدينة الخمس الليبية»); or the town, named without
    the article, hosts what follows («احتضنت مدينة تاجورة اجتماعا»). (A name with the article is a town's only where
    the text places it so: not «مدينة العلوم بتونس», a body; nor a word of what a «city of …» is,
    ``_NOT_TOWN_NAMES``.)"""
    if tokens[k - 1].key in _NOT_TOWN_NAMES:
        return False
    # (a name with the article after a hosting verb may be a campus or a facility: «احتضنت مدينة العرفان بالرباط»)
    hosting = k >= 2 and not tokens[k - 1].definite \
        and bool(places.HOSTING_CITY.search(text.norm, max(0, tokens[k - 2].start - 30), tokens[k - 1].start))
    adjective = k < len(tokens) and tokens[k].definite and tokens[k].key in places.adjectives() \
        and _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])) is not None
    return _in_province(tokens, k) or hosting or adjective \
        or k < len(tokens) and _PLACED_AFTER.match(text.norm, tokens[k - 1].end) is not None


def _in_one_line(text: Text, found: list[Mention]) -> list[Mention]:
    """A new name read past the end of its sentence onto a fact sheet's next line («… للطوارئ من أجل إفريقيا⏎الجهة
    المنفذة: …») ends with its line."""
    ends = [e for _, e in text.sentences]
    out = []
    for m in found:
        if not m.new or "\n" not in text.norm[m.start:m.end]:    # (a sentence ends inside a name only at a line's end)
            out.append(m)
            continue
        k = bisect_left(ends, m.start + 1)
        if k < len(ends) and ends[k] < m.end:
            last = max(j for j in range(m.first, m.last) if text.tokens[j].end <= ends[k]) + 1 \
                if text.tokens[m.first].end <= ends[k] else m.first
            if last > m.first:
                out.append(replace(m, end=text.tokens[last - 1].end, last=last))
            continue
        out.append(m)
    return out


_GOVERNMENT = "حكومه"
_PREPOSED = re.compile(r"^[وف]?(?:لل|[بل])?")       # the clitics a construct's first word may carry
_FEDERAL = {"فيدراليه", "فدراليه", "اتحاديه"}


def _governments(text: Text, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A country's government is the country, as a funder or a party: «حكومة اليابان»، «الحكومة اليابانية»، «حكومة
    مملكة هولندا»، «الحكومة الفيدرالية الألمانية» → the country, quoted by all its words."""
    tokens = text.tokens
    nations, names = places.adjectives(), places.country_names()

    def government(k: int) -> bool:       # «(ال)حكومة»، «والحكومة»، «بحكومة»، «لحكومة»، «للحكومة»
        return 0 <= k < len(tokens) and _PREPOSED.sub("", tokens[k].key) == _GOVERNMENT

    out: list[Mention] = []
    for m in found:
        first = m.first          # «(ال)حكومة (الفيدرالية) [الألمانية]»: the words before the mention
        if first and tokens[first - 1].definite and tokens[first - 1].key in _FEDERAL:
            first -= 1
        if first and not government(first) and government(first - 1):
            first -= 1
        if out and out[-1].last > first:
            first = m.first      # (a word of the mention before)
        if m.kind == "country" and m.entity and first < m.first and government(first) and not tokens[first].definite \
                and text.norm[m.start] not in "وفبل" and not text.norm[tokens[first].end:tokens[m.first].start].strip(" "):
            # (in construct: «حكومة اليابان»; not «الحكومة وفرنسا»، «دعت الحكومة إسبانيا»)
            out.append(replace(m, start=tokens[first].start, first=first, rule="government"))
            continue
        if m.kind == "organization" and m.entity is None and government(first):
            rest = [t for t in tokens[first + 1:m.last] if t.key not in _FEDERAL and t.key not in _STATES]
            country = names.get(" ".join(t.key for t in rest)) if rest else None
            last = m.last
            if country is None and rest and rest[0].definite and (len(rest) == 1 or rest[1].text[0] == "ل"):
                country = nations.get(rest[0].key)
                last = next(j for j in range(first + 1, m.last) if tokens[j] is rest[0]) + 1
                # («رصدت الحكومة الهولندية للمبادرة الجديدة …»: the government, then what it gives to)
            if country is not None and country in gazetteer.entries:
                out.append(Mention(tokens[first].start, tokens[last - 1].end, country, "country", "Country", "government",
                                   m.confidence, first, last))
                continue
        out.append(m)
    return out


# the meetings a report may speak of without naming them: «استقبل الوالي … سفيرة هولندا …. وتناول اللقاء …»
_MEETINGS = {w.translate(LETTERS) for w in ("لقاء", "اجتماع", "مباحثات", "محادثات", "حفل", "جلسة")}
# … once it has told one by its verb
MEETING_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:استقبل|التقي|اجتمع|تباحث|اجري)(?:ت)?\s")


def _unnamed_meeting(text: Text, found: list[Mention]) -> list[Mention]:
    """A report that tells a meeting by its verb («استقبل X …»، «التقى»، «أجرى مباحثات»), names no event, and then
    speaks of one by its bare definite head noun («وتناول اللقاء …»، «وحضر المباحثات …»، «خلال هذا الاجتماع»): the
    first such word is that event, new (rule ``unnamed-event``); the later ones name it again (``relations._Topic``).
    (Without the verb, a bare «هذا اللقاء» was tried as an event: it is as often a phrase on another one, «ويأتي هذا
    اللقاء تتويجا للشراكة بين …».)"""
    if any(m.kind == "event" for m in found) or (verb := MEETING_VERB.search(text.norm)) is None:
        return found
    taken = covered(found)
    for i, t in enumerate(text.tokens):
        head = _head_key(t.key)
        if t.definite and head in _MEETINGS and i not in taken and t.text[0] not in "بل" and t.start > verb.start():
            event = Mention(t.start, t.end, None, "event", HEADS[head][1], "unnamed-event", 0.4, i, i + 1)
            return sorted([*found, event], key=lambda m: m.start)
    return found


# (the whole gap, within one line and one sentence: not a list's next item, «الصندوق الكويتي …: قرض.\n- هولندا»)
_SECTION_DASH = re.compile(r"[^\n.:;!?]*?[^\S\n][-–—][^\S\n]+")
_UNION = "اتحاد"        # «الاتحاد الأوروبي – المغرب» pairs two parties: a union of states has no national section
# … nor does a known intergovernmental body or bank («البنك الأوروبي للاستثمار – المغرب»): civil society's bodies have
_SECTIONED = {"CivilSocietyOrganization", "Association"}


def _sections(text: Text, found: list[Mention]) -> list[Mention]:
    """«منظمة أطباء العالم – بلجيكا»، «أطباء بلا حدود - فرنسا»، «منظمة أوكسفام إيطاليا»: a body's national section, the
    country after a spaced dash (or right after it, bare: ``_bare_section``) a word of its name (the same entity when
    the body is known), not a country of its own."""
    out: list[Mention] = []
    for n, m in enumerate(found):
        before = out[-1] if out else None
        if m.kind == "country" and before is not None and before.kind == "organization" \
                and (before.entity is None or before.cls in _SECTIONED) \
                and _head_key(text.tokens[before.first].key) != _UNION \
                and (_SECTION_DASH.fullmatch(text.norm[before.end:m.start])
                     or _bare_section(text, before, m, found[n + 1] if n + 1 < len(found) else None)):
            out[-1] = replace(before, end=m.end, last=m.last)
            continue
        out.append(m)
    return out


def _bare_section(text: Text, body: Mention, country: Mention, after: Mention | None) -> bool:
    """«منظمة أوكسفام إيطاليا»، «الإغاثة الإسلامية فرنسا»: a country right after a body, bare (no article, no و/ب/ل: by
    its first letter, so «… ليبيا» is not read so), one alone (not a list: «ودعت منظمة العفو الدولية إسبانيا والمغرب»),
    after no verb that takes it as its object («وزار وفد من جمعية الأمل تونس»، «دعمت منظمة أوكسفام المغرب»), on the
    same line (a heading's last words are no section: «… في مركز الوردية⏎⏎تونس، 16 جوان»)."""
    listed = after is not None and after.kind in ("country", "city", "region") \
        and text.norm[country.end:after.start].strip(" ,") in ("", "و")
    return not text.norm[body.end:country.start].strip(" \t") and text.norm[country.start] not in "وبل" \
        and not text.norm.startswith("ال", country.start) and not listed \
        and not _OBJECT_VERB.search(text.norm, max(0, body.start - 40), body.start)


# a verb whose object a country after its subject may be
_OBJECT_VERB = re.compile(r"(?<!\S)(?:و|ف)?(?:دع|زار|حث|طالب|دعم|ساند|شكر|هنا|رافق|استقبل|ناشد)(?:ت|ا)?\s+(?:[^\s,.;:]+\s+){0,6}\Z")


def _of_the_one_before(text: Text, found: list[Mention]) -> list[Mention]:
    """A registry's short name that is a bare definite head noun («المفوضية»: UNHCR) names the body of that head the
    document named before it («مفوضية الاتحاد الإفريقي … المفوضية»), when it never names the registry's body in full:
    no mention of its own (``anaphors`` reads it as the one before)."""
    tokens = text.tokens
    full = {m.entity for m in found if m.last - m.first > 1}
    out: list[Mention] = []
    heads: dict[str, set[str | None]] = {}      # the head keys of the bodies named in full so far, and their entities
    for m in found:
        if m.rule == "gazetteer" and m.kind == "organization" and m.last - m.first == 1 and tokens[m.first].definite \
                and m.entity not in full and (key := _head_key(tokens[m.first].key)) is not None \
                and heads.get(key, set()) - {m.entity}:
            continue
        if m.kind == "organization" and m.last - m.first > 1 and (key := _head_key(tokens[m.first].key)) is not None:
            heads.setdefault(key, set()).add(m.entity)
        out.append(m)
    return out


# Items named by how many there are: «خمس اتفاقيات»، «ثلاث ورشات تكوينية»، and two by the dual: «اتفاقيتي تعاون»،
# «ورشتين»، «مشروعين» (a plural alone is the items in general: «الاتفاقيات الدولية»)
_COUNT_WORDS = {w.translate(LETTERS) for w in (
    "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة",
    "عشر", "عشرة")}
_PLURAL_HEADS = {k.translate(LETTERS): v for k, v in {
    "اتفاقيات": ("agreement", "Agreement"), "اتفاقات": ("agreement", "Agreement"),
    "ورشات": ("event", "Workshop"), "ورش": ("event", "Workshop"), "ندوات": ("event", "Conference"),
    "لقاءات": ("event", "Meeting"), "اجتماعات": ("event", "Meeting"), "دورات": ("event", "Training")}.items()}
_DUALS = ("تين", "تي", "ين")          # ورشتين، اتفاقيتي (in construct)، مشروعين
_COUNTABLE = {"agreement", "event"}


def _counted(text: Text, found: list[Mention]) -> list[Mention]:
    tokens = text.tokens
    taken = covered(found)
    out = list(found)
    for i, t in enumerate(tokens):
        if i in taken or not (t.arabic or t.text.isdecimal()) or t.definite:
            continue
        if t.key in _COUNT_WORDS or t.text.isdecimal() and 1 < int(t.text) < 100:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or i + 1 in taken or nxt.key not in _PLURAL_HEADS or not _NAME_GAP.match(_gap(text, t, nxt)):
                continue
            head, last = _PLURAL_HEADS[nxt.key], i + 2
        else:
            suffix = next((d for d in _DUALS if t.key.endswith(d) and len(t.key) > len(d) + 2), None)
            single = t.key[:-len(suffix)] + ("ه" if suffix in ("تين", "تي") else "") if suffix else None
            if single is None or single not in HEADS or HEADS[single][0] not in _COUNTABLE \
                    or suffix == "ين" and HEADS[single][0] == "event":
                continue
            head, last = HEADS[single], i + 1
        # … and, after the dual in construct, the genitive that says of what: «اتفاقيتي تعاون» (after a plural, the next
        # word may as well be a verb: «ثمانية مشاريع تهم …»، «ثلاثة مشاريع شرعت …»)
        if t.key.endswith("تي") and last < len(tokens) and last not in taken and tokens[last].arabic \
                and not tokens[last].definite and tokens[last].key not in _STOP and _head_key(tokens[last].key) is None \
                and tokens[last].text[0] not in "لبكوف" and _NAME_GAP.match(_gap(text, tokens[last - 1], tokens[last])):
            last += 1
        out.append(Mention(t.start, tokens[last - 1].end, None, *head, "counted", 0.45, i, last))
        taken.update(range(i, last))
    return sorted(out, key=lambda m: m.start)


def arguments(text: Text, found: list[Mention]) -> list[Mention]:
    """The mentions relations may take as arguments: not a group named by its count («خمس ورشات»: which of them was
    held where, the count does not say), but a counted group of agreements as a whole («وقّعت X اتفاقيتي منحة مع Y»:
    both signed both), unless the text goes on to tell its agreements apart («الاتفاقية الأولى / الثانية»: who signed
    which, it says there)."""
    tokens = text.tokens
    told_apart = max((m.start for m in found if m.kind == "agreement" and m.rule == "head-noun" and m.last - m.first >= 2
                      and tokens[m.first].definite and tokens[m.first + 1].key.removesuffix("ه") in _ORDINALS
                      and not _OF_ITS_KIND.match(text.norm, tokens[m.first + 1].end)), default=-1)
    return [m for m in found if m.rule != "counted"
            or m.kind == "agreement" and told_apart < m.start and not _EACH_APART.match(text.norm, m.end)]


# «الاتفاقية الأولى من نوعها»: the first of its kind, no agreement told apart; «اتفاقيتين منفصلتين مع …»، «… مع كل من
# X و Y»، «… على التوالي»: one agreement with each, which the count does not say
_OF_ITS_KIND = re.compile(r"\s+من\s+نوع")
_EACH_APART = re.compile(r"[^.;:]{0,80}?(?:(?<!\S)منفصل|(?<!\S)مع\s+كل\s+من\s|(?<!\S)علي\s+التوالي(?=[\s,.;:]|\Z))")


def label(text: Text, m: Mention) -> str:
    """A new entity's label: its quote without the conjunction or preposition written onto its first word
    («والقانون رقم …» → «القانون رقم …»، «للمنظمة …» → «المنظمة …»، «ومنظمة …» → «منظمة …»); a person's and a
    known word's («وجدة»، «ولد») as written."""
    quote = " ".join(text.quote(m.start, m.end).split())
    first = text.tokens[m.first] if m.first < len(text.tokens) else None
    if first is None or first.start != m.start or m.kind == "person":
        return quote
    if first.definite and quote.startswith(("وال", "فال", "بال", "كال")):
        return quote[1:]
    if first.definite and quote.startswith("لل"):
        return "ال" + quote[2:]
    head = _head_key(first.key)
    if not first.definite and head is not None and head != first.key and first.key.endswith(head):
        return quote[len(first.key) - len(head):]
    return quote


def identity(text: Text, m: Mention) -> str:
    """What makes two new mentions one entity: the label, less a province's word before its chief city's name
    («ولاية مدنين» and the «مدنين» of «ولايات مدنين وتطاوين» are one governorate); a department a director's title
    names, the directorate of its name («مدير الحالة المدنية» heads «مديرية الحالة المدنية»)."""
    tokens = text.tokens
    if m.rule == "province" and m.last - m.first > 1 and _unit_word(tokens[m.first].key, _PROVINCE_WORDS):
        return " ".join(text.quote(tokens[m.first + 1].start, m.end).split())
    if m.rule == "post-title" and not (m.last < len(tokens) and tokens[m.last].text[0] in "بل"):
        return _DIRECTORATE + " " + label(text, m)      # (not «مدير الشؤون القانونية بالوزارة»: that body's)
    return label(text, m)


_DIRECTORATE = "مديرية"


def _surnames(text: Text, found: list[Mention]) -> list[Mention]:
    """A person named by an honorific and the family name alone after the whole name, «السيدة لورا بالاتيني» …
    «وأوضحت السيدة بالاتيني»: that person again, not a new one (known: linked; new: rule ``short-form``, the
    whole name as its part). Not the family name of two persons of different first names."""
    tokens = text.tokens
    families: dict[str, Mention | None] = {}
    out = []
    for m in found:
        if m.kind == "person" and m.rule == "honorific" and m.last - m.first == 1 \
                and (person := families.get(tokens[m.first].key)) is not None:
            m = Mention(m.start, m.end, person.entity, "person", person.cls, "short-form" if person.new else "surname",
                        0.5, m.first, m.last, parts=(person,) if person.new else ())
        elif m.kind == "person" and m.last - m.first > 1:
            _add_family(families, tokens, m)
        out.append(m)
    return out


def _add_family(families: dict[str, Mention | None], tokens: list[Token], m: Mention) -> None:
    """Record a person's whole name by its family name (its last word); a family name two persons of
    different first names share names neither (None)."""
    key = tokens[m.last - 1].key
    named = families.get(key, m)
    families[key] = m if named is not None and tokens[named.first].key == tokens[m.first].key else None


_ORDINALS = {"اول", "اولي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "اخير"}
_NUMBERED = _ORDINALS | {"سنوي", "دوري", "عادي", "استثنائي"}     # what tells one of someone's meetings from another
# Words that describe or count but name nothing: a known name of a head noun and these alone is a common word
# («اتفاق المقر»: a headquarters agreement, any body's)
_GENERIC = _DESCRIPTIVE | _ORDINALS | {"مشترك", "عام", "وطني", "دولي", "مقر"}
# «مجلس الإدارة»، «مجلس الأمناء»: a board named without whose it is, any body's
_BOARD_OF = {"مجلس": {"اداره", "امناء", "توجيه"}}
_WORK = "عمل"
# adjectives whose first letter و is the root's, not «and»: ندوة وطنية، اجتماع وزاري، مباراة ودية
_WAW_ADJECTIVES = {"وطني", "وزاري", "ودي", "وقائي", "وظيفي"}
_CITY_WORD = "مدينه"


def _generic(tokens: list[Token]) -> bool:
    """A head noun and words that only describe or count: «شراكة»، «البرنامج المشترك»، «الاجتماع الثالث»، «خطة عمل»
    (an action plan, a working meeting: «عمل» without the article, not «منظمة العمل الدولية»)، «مجلس الإدارة» (any
    body's board)."""
    if len(tokens) == 2 and tokens[1].text.startswith("ال") and tokens[1].key in _BOARD_OF.get(tokens[0].key, ()):
        return True
    return _head_key(tokens[0].key) is not None \
        and all(t.key in _GENERIC or t.key.removesuffix("ه") in _GENERIC or t.key == _WORK and not t.definite
                for t in tokens[1:])


_ABOUT = {"حول", "بشان", "عن"}
_CHAINED = {"organization", "programme", "project"}     # named by a chain of nouns in construct after the head


def _a_description(tokens: list[Token]) -> bool:
    """An indefinite head noun described by an indefinite nisba or «حول / بشأن»: «اجتماع إقليمي …»، «منتدى حول
    الهجرة» introduces an event, where a known one would be named definite («الاجتماع الإقليمي …»)."""
    if len(tokens) < 2 or tokens[0].definite or _head_key(tokens[0].key) is None:
        return False
    second = tokens[1]
    return second.key in _ABOUT or not second.definite and second.key.endswith(("ي", "يه"))


# one-word names of the registry that are common nouns elsewhere: «الرئاسة» (the GFMD's chair in one source) is any
# presidency or chairmanship in another document
_COMMON_NOUNS = {"رءاسه"}


def _in_context(text: Text, known: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A known name made of a head noun and words that only describe or count («شراكة»، «البرنامج المشترك»،
    «الاجتماع الثالث»، «المفوضية»، «اتفاق المقر») names that entity only in a document that also names it
    otherwise, or names a body its full name names (IOM for «اتفاق المقر بين المملكة المغربية والمنظمة الدولية
    للهجرة»); elsewhere it is the common word (another document's joint programme, another body's headquarters
    agreement, a third meeting)."""
    tokens = text.tokens

    def generic(m: Mention) -> bool:
        # (a bare definite head noun, «المفوضية»، «المنظمة», is the registry's short name: the anaphora rules
        # weigh it)
        return m.rule == "gazetteer" and m.kind not in PLACES and (_generic(tokens[m.first:m.last]) \
            and not (m.last - m.first == 1 and tokens[m.first].definite)
            and (m.entity, tuple(t.key for t in tokens[m.first:m.last])) not in table_keys()
            or m.last - m.first == 1 and tokens[m.first].key in _COMMON_NOUNS)

    named = {m.entity for m in known if not generic(m)}
    # a bare «المفوضية» is not the registry's body of that short name in a document that names no such body in full
    # but gives the head noun to another one («… لمفوضية الاتحاد الإفريقي … بمقر المفوضية»: the AU Commission)
    named_in_full = {m.entity for m in known if m.last - m.first > 1 or not tokens[m.first].definite}
    bare = {m.first for m in known if m.last - m.first == 1}       # (not the short name itself: «المفوضية اليوم»)
    heads_used = {h for i in range(len(tokens) - 1) if (h := _head_key(tokens[i].key)) is not None and i not in bare
                  and tokens[i + 1].text.startswith("ال") and not _gap(text, tokens[i], tokens[i + 1]).strip()}

    def elsewhere(m: Mention) -> bool:
        return m.rule == "gazetteer" and m.kind not in PLACES and m.last - m.first == 1 and tokens[m.first].definite \
            and m.entity not in named_in_full and tokens[m.first].key in heads_used

    return [m for m in known if (m.entity in named or not generic(m)
            or m.entity is not None and gazetteer.bodies_named_in(m.entity) & named) and not elsewhere(m)]


def name_keys(tokens: list[Token], indices) -> tuple[str, ...]:
    """The matching keys of a name's words, its head without a bare proclitic (ومكتب → مكتب): how two
    namings of one body compare."""
    keys = [tokens[k].key for k in indices]
    return (_head_key(keys[0]) or keys[0], *keys[1:]) if keys else ()


_NAMED_SHORT = {"organization", "agreement", "programme", "project"}
_SHORT_WORDS = 6


def _short_forms(text: Text, found: list[Mention]) -> list[Mention]:
    """A new name that is the first words of a name of its kind the document gave before is that body or item named
    short: «الوكالة اليابانية للتعاون الدولي» … «تسهم فيه الوكالة اليابانية»، «للوكالة اليابانية بالمغرب» (two to
    ``_SHORT_WORDS`` words; when the words begin two names, neither). A known one's is linked to it; a new one's keeps
    the full name as its part (rule ``short-form``: the same new entity, not one of its own)."""
    tokens = text.tokens
    out: list[Mention] = []
    full: dict[tuple[str, ...], list[Mention]] = {}      # the first words of the names so far → the names
    for m in found:
        if m.kind not in _NAMED_SHORT:
            out.append(m)
            continue
        keys = name_keys(tokens, range(m.first, m.last))
        named = {n.entity or (n.start, n.end) for n in full.get(keys, [])}
        if m.new and m.rule == "head-noun" and len(keys) >= 2 and len(named) == 1:
            whole = full[keys][0]
            m = Mention(m.start, m.end, whole.entity, m.kind, whole.cls, "short-form", 0.5, m.first, m.last,
                        parts=() if whole.entity else (whole,))
        else:
            for n in range(2, min(len(keys), _SHORT_WORDS + 1)):     # (a name of thousands of words stays linear)
                full.setdefault(keys[:n], []).append(m)
        out.append(m)
    return out


_OF_THE_UN = {"اممي", "امميه"}      # «الأممي(ة)»: of the United Nations
_UN_NAME = re.compile(r"(?<!\S)(?:ال|لل)امم المتحده")
_NO_UN_HEADS = {"جمعيه", "نادي", "رابطه"}      # «نادي نموذج الأمم المتحدة»: no UN body


def _the_un_body(text: Text, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """«المنظمة الأممية»، «الوكالة الأممية»، «المكتب الأممي»: a definite head noun and «الأممي(ة)» alone name no body
    of their own but the UN body named before (a known UN system entity that is no post, or a body's name with «الأمم
    المتحدة» in it): of those of that head noun if one was, else of all, the one named most often so far, the last of
    equals (a document's own UN body is named again after another's: «برنامج الأغذية العالمي … المفوضية … لصالح
    الوكالة الأممية»); when none was named yet, the first named after it (a headline names it so before its text
    does). Linked to it as a short form (a new one keeps it as its part). Not «وكالة أممية»: some agency."""
    tokens = text.tokens
    out: list[Mention] = []
    times: Counter[object] = Counter()        # how often each UN body was named so far (a new one: by its words)
    best: dict[str, Mention] = {}             # the one named most so far, of each head noun and ("") of all

    def head(m: Mention) -> str:
        return _head_key(tokens[m.first].key) or tokens[m.first].key

    def named(m: Mention) -> object:
        return m.entity or (head(m), *(t.key for t in tokens[m.first + 1:m.last]))

    def describing(m: Mention) -> bool:
        return m.kind == "organization" and m.rule == "head-noun" and m.last - m.first == 2 \
            and tokens[m.first + 1].key in _OF_THE_UN and tokens[m.first].definite and tokens[m.first + 1].definite

    def of_the_un(m: Mention) -> bool:
        return m.kind == "organization" and head(m) not in POST_NOUNS and head(m) not in _NO_UN_HEADS \
            and (_UN_NAME.search(text.norm, m.start, m.end) is not None or m.entity is not None
                 and "UNSystemEntity" in getattr(gazetteer.entries.get(m.entity), "classes", ()))

    def own(m: Mention) -> Mention:
        return m.parts[0] if m.rule == "short-form" and m.parts else m      # (a new body named short: the whole)

    un = [not describing(m) and of_the_un(m) for m in found]
    bodies = [own(m) for m, body in zip(found, un, strict=True) if body]
    first = {key: body for body in reversed(bodies) for key in (head(body), "")}    # the first named, of each head
    for m, is_body in zip(found, un, strict=True):
        if is_body:
            body = own(m)
            times[named(body)] += 1
            for key in (head(body), ""):
                if key not in best or times[named(body)] >= times[named(best[key])]:
                    best[key] = body
        elif describing(m) and (best or first):
            whole = best.get(head(m), best[""]) if best else first.get(head(m), first[""])
            m = Mention(m.start, m.end, whole.entity, m.kind, whole.cls, "short-form", 0.5, m.first, m.last,
                        parts=() if whole.entity else (whole,))
        out.append(m)
    return out


_COOPERATION = "تعاون"
_FRAMING = {w.translate(LETTERS) for w in ("إطار", "مجال", "تعزيز", "تطوير", "تقوية", "أوجه", "آفاق", "علاقات", "مستوى")}


def _national_cooperation(text: Text, found: list[Mention]) -> list[Mention]:
    """«التعاون الإيطالي»، «التعاون البلجيكي»: a country's development cooperation, its agency, named by the
    nationality adjective — not the cooperation between two countries («التعاون المغربي الإسباني») nor one
    framed («في إطار التعاون الإيطالي …»)."""
    tokens = text.tokens
    taken = covered(found)
    nations = places.adjectives()
    out = list(found)
    for i in range(len(tokens) - 1):
        t, adjective = tokens[i], tokens[i + 1]
        if t.key != _COOPERATION or not t.definite or i in taken or i + 1 in taken or not adjective.definite \
                or adjective.key not in nations or _gap(text, t, adjective).strip() \
                or i > 0 and tokens[i - 1].key in _FRAMING \
                or i + 2 < len(tokens) and tokens[i + 2].key in nations and not _gap(text, adjective, tokens[i + 2]).strip():
            continue
        out.append(Mention(t.start, adjective.end, None, "organization", "DevelopmentAgency", "national-cooperation",
                           0.5, i, i + 2))
    return sorted(out, key=lambda m: m.start)


# An event named by nothing but what happened, when its clause makes it one: «خلال ندوة نظمتها
# الوزارة», «عقدت (اللجنة) اجتماعا» (a cue up to three words before, in the same clause), «ورشة احتضنتها وجدة»; and «اجتماعها الأول»: the first of someone's.
_OCCASION_CUES = set("خلال وخلال اثناء واثناء عقدت عقد وعقد وعقدت نظمت نظم ونظم ونظمت احتضنت احتضن واحتضن واحتضنت في وفي "
                     "اقامت اقام واقامت واقام اجري واجري اجرت واجرت جرت وجرت جري وجري".split())
# verbs of attending a ceremony named by its verbal noun right after them («وحضر افتتاح المأوى …»)
_ATTENDED = set("حضر وحضر حضرت وحضرت شهد وشهد شهدت وشهدت".split())
_SUBJECT_WORDS = 12         # words of the subject between an organizing verb and the occasion it names
_WHEN_ASIDE = re.compile(r",[^,.;:()«»]{1,50},\s*\Z")
_CLAUSE_MARK = re.compile(r"[,.;:()«»\"“”]")
_SERIES = "سلسله"
_LAUNCHES = {"اطلاق", "انطلاق", "انطلاقه", "افتتاح", "اختتام", "تدشين"}
# «ورشة بمشاركة هيئات عدة»، «ندوة بحضور …»: with whom, by whom it is done, after an indefinite head; no word of its name
_CIRCUMSTANCES = {"بمشاركه", "بحضور", "بتنظيم", "بشراكه", "بدعم", "بتمويل", "بتعاون", "بمبادره", "برءاسه", "باشراف",
                  "بتنسيق"}
_OFFICIAL = {"رسمي", "رسميه"}


def _occasions(text: Text, found: list[Mention]) -> list[Mention]:
    tokens = text.tokens
    starts = [t.start for t in tokens]
    taken = covered(found)
    places = {m.first: m for m in found if m.kind in ("country", "city", "region")}     # by first word (a visit's end)
    out = list(found)
    for i, t in enumerate(tokens):
        if i in taken:
            continue
        if t.key == _SERIES and i + 1 < len(tokens) and i + 1 not in taken and _NAME_GAP.match(_gap(text, t, tokens[i + 1])) \
                and (series := head_of(tokens[i + 1].key)) is not None and HEADS[series][0] == "event":
            # «سلسلة الورشات»، «سلسلة لقاءات»: a series of events is one
            out.append(Mention(t.start, tokens[i + 1].end, None, "event", HEADS[series][1], "occasion", 0.45, i, i + 2))
            continue
        if (visit := _visit(text, tokens, i, taken, places)) is not None:
            out.append(visit)
            continue
        if t.key in _CEREMONIES and not t.definite and i and tokens[i - 1].text in _ATTENDED \
                and _NAME_GAP.match(_gap(text, tokens[i - 1], t)):
            # «وحضر افتتاح المأوى والي صفاقس»، «شهد توقيع …»: a ceremony attended, by its verbal noun (and what it opens)
            last = i + 2 if i + 1 < len(tokens) and i + 1 not in taken and tokens[i + 1].definite \
                and _head_key(tokens[i + 1].key) is None and _NAME_GAP.match(_gap(text, t, tokens[i + 1])) else i + 1
            out.append(Mention(t.start, tokens[last - 1].end, None, "event", "Event", "occasion", 0.45, i, last))
            continue
        if t.definite:
            # «الإطلاق الرسمي»، «الافتتاح الرسمي»: an official launch or opening is an event
            if t.key in _LAUNCHES and i + 1 < len(tokens) and i + 1 not in taken and tokens[i + 1].key in _OFFICIAL \
                    and _NAME_GAP.match(_gap(text, t, tokens[i + 1])):
                out.append(Mention(t.start, tokens[i + 1].end, None, "event", "Event", "occasion", 0.45, i, i + 2))
            elif (said := _made_by(text, tokens, i, taken, out)) is not None:
                out.append(said)
            continue
        head = head_of(t.key) or _his(t.key)
        nxt = tokens[i + 1] if i + 1 < len(tokens) and _NAME_GAP.match(_gap(text, t, tokens[i + 1])) else None
        if head is None or HEADS[head][0] != "event" or head in _DAYS and not (
                nxt is not None and not nxt.definite and _observed(nxt)) \
                or t.key == "معرض" and nxt is not None and _IN_REPLY.fullmatch(nxt.text):
            continue            # يوم 9 دجنبر is a date; يوما دراسيا an event; «في معرض جوابه»: in the course of his reply
        if head == _his(t.key) and head != t.key:     # اجتماعها الأول، دورته الثالثة
            # (and its periodic adjective: «مؤتمره السنوي الثالث»، «دورتها العادية»; a nisba too: «اجتماعها الفني
            # السادس»، «اجتماعه التنسيقي»)
            last = i + 1
            while last < len(tokens) and last - i <= 3 and last not in taken and tokens[last].text.startswith("ال") \
                    and tokens[last].text not in _STOP \
                    and (tokens[last].key.removesuffix("ه") in _NUMBERED or tokens[last].key.removesuffix("ه").endswith("ي")) \
                    and _NAME_GAP.match(_gap(text, tokens[last - 1], tokens[last])):
                last += 1
            if last > i + 1:
                out.append(Mention(t.start, tokens[last - 1].end, None, "event", HEADS[head][1], "occasion", 0.45, i, last))
            continue
        # (no clause mark between the cue and the head; one before the cue is no matter: «…، وذلك في حفل …»)
        cued = any(tokens[k].text in _OCCASION_CUES and not any(
            _CLAUSE_MARK.search(_gap(text, tokens[n], tokens[n + 1])) for n in range(k, i)) for k in range(max(0, i - 3), i))
        if not cued and not t.definite:
            # «نظمت جمعية أمل للتنمية حفلا …»، «أقامت المنظمة … حفلا»: the cue before the subject the verb names
            # (past an aside of when or where: «نظمت جمعية الأمل، يوم السبت 25 مارس 2023، حفلا …»)
            aside = _WHEN_ASIDE.search(text.norm, max(0, t.start - 60), t.start)
            first = k = i - 1 if aside is None else bisect_left(starts, aside.start()) - 1
            # (past the subject's name and its honorific: «وأجرى السيد X مباحثات»)
            while k >= 0 and i - k <= _SUBJECT_WORDS and (k in taken or tokens[k].key in _HONORIFICS) \
                    and (k == first != i - 1 or not _CLAUSE_MARK.search(_gap(text, tokens[k], tokens[k + 1]))):
                k -= 1
            cued = k < first and k >= 0 and tokens[k].text in _OCCASION_CUES
        last = _described(text, tokens, i + 1, taken)
        # an accusative head with its accusative adjective is the object of what happened: يوما دراسيا
        made = t.key != head and t.key.endswith("ا") and last > i + 1 and tokens[i + 1].key.removesuffix("ا") in _HELD
        if t.key != head and t.key.endswith("ا") and nxt is not None and nxt.key in _CEREMONIES_OF:
            # «حفلا لاختتام مشروع Y»، «اجتماعا لتقديم …»: an accusative head and the ceremony it is held for
            out.append(Mention(t.start, t.end, None, "event", HEADS[head][1], "occasion", 0.45, i, i + 1))
            continue
        if cued or made or nxt is not None and _VERB_WITH_OBJECT.fullmatch(nxt.text):
            if last + 1 < len(tokens) and tokens[last].key in _CONNECTORS and last not in taken \
                    and (about := _quoted_whole(text, tokens, last + 1, about=True)) is not None:
                last = about    # «يوما دراسيا حول «الهجرة الدائرية …»»: what it is about, a title in quotes
            out.append(Mention(t.start, tokens[last - 1].end, None, "event", HEADS[head][1], "occasion", 0.45, i, last))
    return sorted(out, key=lambda m: m.start)


# «الورشة (التكوينية)، التي نظمتها X»، «اللقاء الذي احتضنه مقر …»: what a relative clause says was organized, held or
# hosted (the verb with the pronoun of its object)
# a past verb of holding or attending an event, as a word of its own («حفل نظم …»، «لقاء حضره …»، «ورشة احتضنتها …»)
_HELD_VERB = re.compile(r"(?:نظم|عقد|احتضن|استضاف|اقام|اقيم|حضر|شهد|عرف|ترا[سء]|افتتح|اختتم)(?:ت)?(?:ه|ها|هم|هما)?")
_MADE_BY = re.compile(r"\s*(?:,\s*)?(?:الذي|التي)\s+(?:[تي]?(?:نظم|عقد|حتضن|ستضيف|قيم)|نظم|عقد|احتضن|استضاف|اقام)(?:ت)?(?:ه|ها)(?=\s)")


def _made_by(text: Text, tokens: list[Token], i: int, taken: set[int], found: list[Mention]) -> Mention | None:
    """A definite event head noun (and its adjective) that a relative clause says was organized, held or hosted
    (``_MADE_BY``) is the event, when the document named no event before it: «وتندرج الورشة التي نظمتها الجمعية …»
    (after «ورشة عمل حول …», or after «هذه», it names an event again, ``relations`` reads it; inside another name,
    «سلسلة الورشات التي نظمتها …», it is that name's)."""
    head = _head_key(tokens[i].key)
    if head is None or HEADS[head][0] != "event" or tokens[i].text[0] in "وفبل" and tokens[i].text[:2] != "ال":
        return None
    last = i + 1
    if last < len(tokens) and last not in taken and tokens[last].definite and _adjectival(tokens[last]) \
            and _NAME_GAP.match(_gap(text, tokens[i], tokens[last])) and tokens[last].key not in _STOP:
        last += 1               # «الدورة التكوينية»
    if not _MADE_BY.match(text.norm, tokens[last - 1].end) or any(m.first <= i < m.last for m in found[-2:]) \
            or i and tokens[i - 1].key in _DEMONSTRATIVES or any(m.kind == "event" and m.start < tokens[i].start for m in found):
        return None
    return Mention(tokens[i].start, tokens[last - 1].end, None, "event", HEADS[head][1], "occasion", 0.45, i, last)


_VISIT = "زياره"
_TO = "الي"
_VISIT_REACH = 6            # words between «زيارة» and «إلى» (who visits, the kind of visit)


def _visit(text: Text, tokens: list[Token], i: int, taken: set[int], places: dict[int, Mention]) -> Mention | None:
    """«زيارة وزيرة الداخلية الألمانية إلى الرباط»، «بزيارة عمل إلى مدريد»: a visit to a place the document names
    (``places``, by their first word) is an event, named from «زيارة» to the place (not «الزيارة» alone, nor a visit to
    no place named: «زيارة ميدانية»)."""
    t = tokens[i]
    if t.definite or (t.key if t.key == _VISIT else _head_key(t.key)) != _VISIT and _his(t.key) != _VISIT:
        return None
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + _VISIT_REACH)):
        if k in taken and k not in places or _CLAUSE_MARK.search(_gap(text, tokens[k - 1], tokens[k])):
            return None
        if tokens[k].key == _TO and (place := places.get(k + 1)) is not None \
                and not _CLAUSE_MARK.search(_gap(text, tokens[k], tokens[k + 1])):
            return Mention(t.start, place.end, None, "event", "Event", "visit", 0.45, i, place.last)
        if tokens[k].text[0] == "ل" and (place := places.get(k)) is not None:     # «زيارتها الرسمية للمغرب»
            return Mention(t.start, place.end, None, "event", "Event", "visit", 0.45, i, place.last)
    return None


_DEMONSTRATIVES = {"هذا", "هذه", "ذلك", "تلك"}    # (and with ل or ب attached, _DEMONSTRATIVE)
_JOINT = {"مشتركا", "مشتركه"}     # اجتماعا مشتركا: held together (no nisba, in the same case)


@lru_cache(maxsize=65536)
def _possessed(word: str, kinds: tuple[str, ...] | None = None) -> str | None:
    """The head noun (a key of HEADS, of one of ``kinds`` if given) a word is with «his» or «her» (دورته، اجتماعه،
    دورتها، مشروعها، برنامجه), or None."""
    # (and «their»: «اجتماعهم»، «دورتهم»)
    keys = (word[:-3] + "ه" if word.endswith(("تها", "تهم")) else "", word[:-2] + "ه" if word.endswith("ته") else "",
            word[:-2] if word.endswith(("ها", "هم")) else "", word[:-1] if word.endswith("ه") else "")
    return next((k for k in keys if k in HEADS and (kinds is None or HEADS[k][0] in kinds)), None)


def _owned_head(word: str) -> tuple[str, str] | None:
    """The item a head noun with a possessive pronoun names («مشروعها»، «برنامجه»، «مبادرتها»): its head's kind, for a
    programme or a project only, or None."""
    key = _possessed(word, ("programme", "project"))
    return HEADS[key] if key is not None else None


def _his(key: str) -> str | None:
    """The event head noun a word is with «his» or «her» (دورته، اجتماعه، دورتها، اجتماعها), or None."""
    return _possessed(key, ("event",))


def _described(text: Text, tokens: list[Token], k: int, taken: set[int]) -> int:
    """Where the indefinite adjectives of an occasion starting at token ``k`` end (اجتماعا تنسيقيا، يوما
    دراسيا تحسيسيا): nisbas in the same case, two at most."""
    j = k
    while j < len(tokens) and j - k < 2 and j not in taken and not tokens[j].definite and tokens[j].arabic \
            and (tokens[j].key.endswith(("يا", "يه", "ي")) or tokens[j].key in _JOINT) and len(tokens[j].key) > 3 \
            and (tokens[j].text[0] != "و" or tokens[j].key.removesuffix("ا").removesuffix("ه") in _WAW_ADJECTIVES) \
            and _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])) and tokens[j].key not in _STOP \
            and not tokens[j].key.startswith(("يوم", "سنو", "شهر")):      # اجتماعا يومي 9 و10: a date
        j += 1
    return j


# «مشروع الهجرة بين المدن المتوسطية (MC2CM)»: what stands before an item's acronym, after a preposition
_ACRONYM_ITEMS = {"programme", "project", "component", "plan", "strategy", "agreement", "event"}
_ON_TO_ACRONYM = {"بين", "في", "من", "حول", "عبر", "بشان"}


def _through_acronym(text: Text, found: list[Mention]) -> list[Mention]:
    """An item's name cut at a preposition, whose words go on to an acronym in brackets (read, with no
    head noun of its own, as an organization's: «… بين المدن المتوسطية (MC2CM)»), is one name with its
    acronym: «مشروع الهجرة بين المدن المتوسطية (MC2CM)»."""
    tokens = text.tokens
    out: list[Mention] = []
    n = 0
    while n < len(found):
        m = found[n]
        if n + 2 < len(found) and m.kind in _ACRONYM_ITEMS and m.last < len(tokens) \
                and tokens[m.last].key in _ON_TO_ACRONYM and found[n + 1].rule == "before-acronym" \
                and found[n + 1].first == m.last + 1 and found[n + 2].rule == "acronym-in-brackets" \
                and _NAME_GAP.match(_gap(text, tokens[m.last - 1], tokens[m.last])) \
                and _NAME_GAP.match(_gap(text, tokens[m.last], tokens[m.last + 1])):
            named, acronym = found[n + 1], found[n + 2]
            out += [Mention(m.start, named.end, None, m.kind, m.cls, "head-noun", 0.5, m.first, named.last),
                    replace(acronym, kind=m.kind, cls=m.cls)]
            n += 3
            continue
        out.append(m)
        n += 1
    return out


def _longer_latin(text: Text, m: Mention) -> bool:
    """A known Latin word followed by another Latin word is a word of a longer name: JLMP in
    «(JLMP Action)» is not the JLMP (a known Latin name of several words followed by its acronym is); one after a
    capitalized Latin word ends it: Maroc in «Caritas Maroc», Belgique in «Médecins du Monde Belgique»."""
    tokens = text.tokens
    if m.last != m.first + 1 or tokens[m.first].arabic:
        return False
    if m.last < len(tokens) and not tokens[m.last].arabic and text.norm[tokens[m.last - 1].end:tokens[m.last].start] == " ":
        return True
    before = tokens[m.first - 1] if m.first else None
    return before is not None and not before.arabic and before.text[:1].isupper() and not before.text.isupper() \
        and text.norm[before.end:tokens[m.first].start] == " "


def _continued(text: Text, m: Mention) -> Mention:
    """A known name whose complement goes on past it is the longer name of the same entity: «الوزارة
    المنتدبة المكلفة بالمغاربة المقيمين بالخارج» + «وشؤون الهجرة» (a ministry's remit grows)."""
    tokens, k = text.tokens, m.last
    if m.kind != "organization" or k + 1 >= len(tokens) or not any(t.key in _GOVERNING for t in tokens[m.first:k]):
        return m
    t, nxt = tokens[k], tokens[k + 1]
    if t.text[0] == "و" and not t.definite and _bare_head(t.key) is None and nxt.definite \
            and _NAME_GAP.match(_gap(text, tokens[k - 1], t)) and _NAME_GAP.match(_gap(text, t, nxt)):
        return replace(m, end=nxt.end, last=k + 2)
    return m


_MINISTRIES = {"Ministry", "GovernmentDepartment"}
_MOROCCAN_MINISTRY = "organization/ministry-"     # the registry's ids of Morocco's ministries


def _foreign(text: Text, m: Mention) -> Mention:
    """A known ministry's name followed by another nation's adjective is that nation's ministry, a new body:
    «وزارة الشؤون الخارجية والتعاون الدولي | الإيطالية» is not Morocco's; so is one whose remit goes on before the
    adjective: «وزارة الهجرة | واللجوء اليونانية»، «وزارة الداخلية والأمن العمومي | والإدارة الترابية النيجرية»."""
    tokens, k = text.tokens, m.last
    if m.cls not in _MINISTRIES or k >= len(tokens) or not (m.entity or "").startswith(_MOROCCAN_MINISTRY):
        return m        # (a foreign ministry the registry knows keeps its link: «الوزارة الاتحادية … الألمانية» is BMZ)
    nations = places.adjectives()
    while k + 1 < len(tokens) and k - m.last < _REMIT_REACH and tokens[m.last].text[0] == "و" and tokens[k].definite \
            and tokens[k].key not in nations and _head_key(tokens[k].key) is None \
            and (tokens[k].text[0] == "و" or _adjectival(tokens[k])) and not _gap(text, tokens[k - 1], tokens[k]).strip():
        k += 1          # (the remit's words after «و»: «واللجوء»، «والمهجرين»; not another body, «والمنظمة الإيطالية»)
    adjective = tokens[k]
    nation = nations.get(adjective.key)
    if not adjective.definite or nation is None or nation == places.MOROCCO or _gap(text, tokens[k - 1], adjective).strip() \
            or k > m.last and not adjective.key.endswith("ه"):
        return m        # (past a remit, the nation's adjective agrees with «وزارة»: feminine)
    return replace(m, end=adjective.end, last=k + 1, entity=None, rule="head-noun")


_REMIT_REACH = 4    # the words a foreign ministry's remit goes on with past the registry's name, before its nation


def _acronyms(text: Text, found: list[Mention]) -> list[Mention]:
    """A Latin acronym in brackets right after a name is that name's: «منظمة العمل الدولية (ILO)»,
    «… وإعادة الإدماج (AVRR)», «… المهاجرين” (IRAM)»."""
    tokens = text.tokens
    taken = covered(found)
    # known Latin acronyms by their token: «(AMAPPE)» after a name the registry knows by its acronym
    known = {m.first: m for m in found if not m.new and m.last == m.first + 1 and not tokens[m.first].arabic}
    out: list[Mention] = []
    for m in found:
        out.append(m)
        k = m.last
        # the last of «X و Y (ACR)» does not own the acronym: «… المشترك بين المنظمة … وبرنامج الأمم المتحدة الإنمائي (M4SD)»
        joined = len(out) > 1 and text.norm[m.start] == "و" and not text.norm[out[-2].end:m.start].strip()
        if not joined and m.new and m.rule == "head-noun" and (upto := _to_acronym(text, m, taken, known)) > k:
            # «الجمعية المغربية لدعم النهوض | بالمقاولة الصغرى (AMAPPE)»: a name cut short before its acronym (a
            # known acronym's entity)
            acronym = known.get(upto)
            m = out[-1] = replace(m, end=tokens[upto - 1].end, last=upto, entity=acronym.entity if acronym else None,
                                  rule="before-acronym" if acronym else m.rule)
            taken.update(range(k, upto))
            k = upto
        elif not joined and m.new and m.rule == "head-noun" and (acronym := known.get(k)) is not None \
                and acronym.kind == m.kind and text.norm[m.end:tokens[k].start].strip() == "(":
            # «الوزارة الاتحادية الألمانية للتعاون الاقتصادي والتنمية (BMZ)»: a name worded otherwise than the
            # registry's is the body its known acronym names
            m = out[-1] = replace(m, entity=acronym.entity, cls=acronym.cls, rule="before-acronym")
        if not joined and k < len(tokens) and k not in taken \
                and _in_brackets(text, tokens[k], text.norm[m.end:tokens[k].start].strip(" ”“\"»«") == "("):
            # «جمعية التضامن والتنمية بالناظور (ASD)»: after the place that locates a body, the body's acronym
            owner = out[-2] if len(out) > 1 and m.kind in _LOCATING and text.norm[m.start] == "ب" \
                and out[-2].kind == "organization" and not text.norm[out[-2].end:m.start].strip() else m
            out.append(Mention(tokens[k].start, tokens[k].end, owner.entity, owner.kind, owner.cls, "acronym-in-brackets",
                               0.5, k, k + 1))
            taken.add(k)
        elif not joined and (latin := _latin_in_brackets(text, m, taken)) is not None:
            # «الإجراءات التحفيزية» (JLMP Action): a Latin name in brackets right after a name is that name's
            out.append(Mention(tokens[k].start, tokens[latin - 1].end, m.entity, m.kind, m.cls, "acronym-in-brackets",
                               0.5, k, latin))
            taken.update(range(k, latin))
    # Any other Latin acronym in capitals names something new: «(AVRR)» after a name cut short,
    # «التعاون التقني البلجيكي، GIZ، FE»; of the kind of the bare head noun right before it («مشروع SALEM»), else
    # of the new name just before it, if any.
    for k, t in enumerate(tokens):
        # («وCMMA»: the conjunction written onto the acronym is no part of it)
        glued = int(t.text[:1] in "وفل" and _ACRONYM.fullmatch(t.text, 1) is not None)
        if k in taken or t.arabic and not glued or not glued and not _ACRONYM.fullmatch(t.text):
            continue
        # (not a person's or an event's kind: «منسقة برامج AMAL»، «… ندوة صحفية. وتعتبر AMAL …» name a body)
        before = [m for m in out if m.end <= t.start and t.start - m.end <= 80 and m.new and m.kind not in _NOT_ACRONYMED]
        head = _head_key(tokens[k - 1].key) if k and not tokens[k - 1].definite \
            and not _gap(text, tokens[k - 1], t).strip() else None
        kind, cls = HEADS[head] if head is not None else \
            (before[-1].kind, before[-1].cls) if before else ("organization", "PublicAgency")
        out.append(Mention(t.start + glued, t.end, None, kind, cls, "acronym", 0.4, k, k + 1))
    return sorted(out, key=lambda m: m.start)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,11}")
_NOT_ACRONYMED = {"person", "event", *PLACES}     # kinds a bare acronym does not take from the name before it
_LATIN_WORDS = 4          # words of a name in Latin letters after its head noun


# lower-case words inside a Latin name («Movimiento por la Paz»، «Médecins du Monde»), never its first or last
_LATIN_PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "du", "des", "la", "las", "le", "les", "los", "el",
                    "por", "pour", "per", "para", "e", "et", "y", "and", "of", "for", "the", "van", "von", "sans", "sin"}


def _latin_name(text: Text, tokens: list[Token], j: int) -> int:
    """Where the capitalized Latin words from token ``j`` end (at most a few, none an acronym in capitals; the
    particles between them, «por la», «du», and «&» go on)."""
    k = end = j
    while k < len(tokens) and k - j < _LATIN_WORDS + 2 and not tokens[k].arabic \
            and (k == j or not _gap(text, tokens[k - 1], tokens[k]).strip(" -&")):
        word = tokens[k].text
        if word[:1].isupper() and not word.isupper():
            end = k = k + 1
        elif k > j and word in _LATIN_PARTICLES:
            k += 1
        else:
            break
    return end


_IN_REPLY = re.compile(r"(?:جواب|رد|ردود|حديث|تعقيب|تدخل|كلمت|تقديم|عرض)(?:ه|ها|هم|هما)")   # «في معرض جوابه»
_LATIN_NAMED = {"organization", "programme", "project"}    # what a Latin name after an Arabic head noun names
_DESCRIBING = 3             # adjectives (nisbas) between a head noun and its Latin name («غير الحكومية الإسبانية»)


def _latin_after(text: Text, tokens: list[Token], i: int, known: dict[int, Mention]) -> int | None:
    """Where a name in Latin words right after the head noun ``i`` ends, past what describes it (the definite head's
    adjectives: «المنظمة غير الحكومية الإسبانية Movimiento …»), or None: two words or more (one after a bare head
    noun: «جمعية Ennakhil»), none an acronym in capitals (``_acronyms``), none a known name («الوكالة الفرنسية
    Expertise France» is Expertise France)."""
    k = i + 1
    if tokens[i].definite:
        while k < len(tokens) and k - i <= _DESCRIBING and tokens[k].arabic \
                and (tokens[k].definite and tokens[k].key.endswith(("ي", "يه")) or tokens[k].key == "غير") \
                and _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])):
            k += 1
    if k >= len(tokens) or tokens[k].arabic or not _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])):
        return None
    if tokens[i].definite and k == i + 1:
        return None     # «وتمول المشروع Junta de Andalucía»: a definite noun, then the next phrase
    latin = _latin_name(text, tokens, k)
    if any(j in known and known[j].kind not in places.PLACE_KINDS for j in range(k, latin)):
        return None     # (a place may be a word of it: «Bank of Africa»)
    return latin if latin > k + 1 or latin > k and not tokens[i].definite else None


_TO_ACRONYM = 4           # words between a name cut short and its acronym in brackets


def _to_acronym(text: Text, m: Mention, taken: set[int], known: dict[int, Mention]) -> int:
    """Where the words between ``m`` and a Latin acronym in brackets a few words after it end (the token of
    the acronym, new or ``known``), when nothing else is named there and no punctuation stands between;
    else ``m.last``."""
    tokens, j = text.tokens, m.last
    while j < len(tokens) and j - m.last < _TO_ACRONYM and j not in taken and tokens[j].arabic \
            and _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])):
        j += 1
    if j > m.last and j < len(tokens) and (j not in taken or j in known) \
            and _in_brackets(text, tokens[j], _gap(text, tokens[j - 1], tokens[j]).strip() == "("):
        return j
    return m.last


def _latin_in_brackets(text: Text, m: Mention, taken: set[int]) -> int | None:
    """Where a bracket of two to four Latin words right after ``m`` ends (its last token + 1), or None."""
    tokens, k = text.tokens, m.last
    if k >= len(tokens) or text.norm[m.end:tokens[k].start].strip(" ”“\"»«") != "(":
        return None
    j = k
    while j < len(tokens) and j - k < 4 and j not in taken and not tokens[j].arabic \
            and (j == k or not text.norm[tokens[j - 1].end:tokens[j].start].strip(" -/")):    # (PROTECT-LY): one
        j += 1
    closed = j < len(tokens) + 1 and text.norm[tokens[j - 1].end:tokens[j - 1].end + 1] == ")"
    lettered = any(c.isalpha() for t in tokens[k:j] for c in t.text)      # (not years: «(2021-2025)»)
    return j if j - k >= 2 and closed and lettered else None


_PLACED = {"country", "region", "area"}
# (nor has a university: «جامعة غرناطة بإسبانيا» is where it is)
_NOT_OFFICES = {"NationalGovernment", "Ministry", "GovernmentDepartment", "RegionalOrLocalAuthority", "AcademicInstitution"}
_EMBASSIES = {"سفاره", "قنصليه"}        # an embassy in a country is there, no office of it: «سفارة إيطاليا بالمغرب»


def _offices(text: Text, found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """An organization followed by «في المغرب» or «بالمغرب» is its office there: «المنظمة الدولية
    للهجرة بالمغرب», «مكتب الأمم المتحدة في المغرب» (linked when it resembles a known office)."""
    out: list[Mention] = []
    for n, m in enumerate(found):
        before = out[-1] if out else None
        # (not the first of a list of places, «تنفذه المفوضية في السودان وتشاد»: where the body works, not an office)
        listed = n + 1 < len(found) and found[n + 1].kind in PLACES and text.norm[m.end:found[n + 1].start].strip() == "" \
            and text.norm[found[n + 1].start] == "و"
        if before is not None and before.kind == "organization" and before.cls not in _NOT_OFFICES \
                and _head_key(text.tokens[before.first].key) not in _EMBASSIES and not listed \
                and m.kind == "country" and (text.norm[before.end:m.start].strip() == "في"
                                             or not text.norm[before.end:m.start].strip() and text.norm[m.start] == "ب"):
            # (the body whose office it is, when known: a post there is a post in it, ``relations._offices_of``)
            office = Mention(before.start, m.end, None, "organization", "CountryOffice", "office-in", 0.45,
                             before.first, m.last, parts=(before,) if before.entity else ())
            linked = _linked(text.tokens, office, gazetteer)
            # linked to a known office only: منظمة العمل الدولية بالمغرب resembles the ILO's own name too
            out[-1] = _with_office_word(text, linked if linked.new or linked.cls == "CountryOffice" else office)
            continue
        gap = text.norm[before.end:m.start].strip() if before is not None else None
        if before is not None and before.rule == "head-noun" and m.kind in _PLACED \
                and (before.kind != "organization" or m.kind != "country") \
                and (gap == "في" or not gap and text.norm[m.start] == "ب" and before.kind in ("programme", "project")):
            # a new programme, meeting or association «… في المنطقة العربية», a programme «… بالمغرب»:
            # where it is is part of its name
            out[-1] = Mention(before.start, m.end, None, before.kind, before.cls, "head-noun", 0.45, before.first, m.last)
            continue
        out.append(_with_office_word(text, m) if m.cls == "CountryOffice" else m)
    return out


def _with_office_word(text: Text, office: Mention) -> Mention:
    """A country office with the word of the office before the body's name, when known or a mission: «بعثة المنظمة
    الدولية للهجرة في المغرب» (the word before a new office is left out, as the golds write it: «مكتب المفوضية … في
    تونس»)."""
    k = office.first - 1
    if k >= 0 and body_office(text.tokens, k) and (not office.new or _head_key(text.tokens[k].key) == _MISSION) \
            and _NAME_GAP.match(_gap(text, text.tokens[k], text.tokens[office.first])):
        return replace(office, start=text.tokens[k].start, first=k)
    return office


# What names an agreement or a programme by its parties: «اتفاق المقر بين X و Y», «البرنامج العالمي
# المشترك بين X و Y», «الاتفاق الموقع سنة 2007 بين X و Y», «للاتفاقية المبرمة بين الوزارة و X و Y».
_BY_PARTIES = {"agreement", "programme", "project", "framework", "plan"}
_SHARED = {"مشترك", "مشتركه"}
_LOCATING = {"country", "city", "region"}
_PARTY_GAP = re.compile(r"\s*(?:[,\-–]\s*)?\Z")


def _parties(text: Text, found: list[Mention]) -> list[Mention]:
    """A new agreement or programme of one or two words (or a known one that only classifies its head
    noun, البرنامج المشترك) followed by «بين X و Y …» (after a participle
    and a year, if any) is named by its parties, as curators and the genre name it; X and Y become its ``parts``.
    A bare definite head noun is a party too (الوزارة: the ministry the page is about)."""
    tokens = text.tokens
    at = {m.first: m for m in found}
    out: list[Mention] = []
    skip = 0
    for m in found:
        if m.first < skip:
            continue
        out.append(m)
        # a known name that only classifies its head (البرنامج المشترك: another document's) names nothing here
        generic = m.last - m.first == 2 and _descriptive(tokens[m.first + 1], False)
        if not (m.new or generic) or m.kind not in _BY_PARTIES or m.last - m.first > 2:
            continue            # a name of its own (البرنامج العالمي للهجرة من أجل …) is not named by its parties
        k = m.last
        while k < len(tokens) and k not in at and (tokens[k].definite and (tokens[k].key in _TRAILING | _SHARED or
                                                                          tokens[k].key[:-1] in _TRAILING)
                                                   or tokens[k].key in _TIME and k + 1 < len(tokens)
                                                   and tokens[k + 1].text[0].isdigit()):
            k += 2 if tokens[k].key in _TIME else 1
        tail = tokens[m.last - 1]
        if k >= len(tokens) or tokens[k].key != "بين" or k == m.last and not tail.definite \
                and not {tail.key, tail.key[:-1]} & _TRAILING:
            continue        # (an indefinite kind right before «بين» is named by its kind, as the rounds' golds name it:
                            # «وقّعا مذكرة تفاهم | بين بنك مصر والهيئة …»; a definite one is the parties' own, «اتفاق
                            # المقر بين …», and so is a described one, «اتفاقية موقعة بين …»)
        parties: list[Mention] = []
        places: list[Mention] = []
        k += 1
        while k < len(tokens) and (not parties or _PARTY_GAP.match(_gap(text, tokens[k - 1], tokens[k]))):
            located = k + 1 if tokens[k].key == "في" else k
            if parties and located in at and at[located].kind in _LOCATING and (located > k or tokens[k].text[0] == "ب"):
                places.append(at[located])  # «… في الرباط», «… بالمغرب»: where the party before is
                k = at[located].last
                continue
            if k in at and at[k].kind in ("organization", "country"):
                parties.append(at[k])
            elif tokens[k].definite and _head_key(tokens[k].key) in _ANAPHORS:
                parties.append(Mention(tokens[k].start, tokens[k].end, None, "organization", "Organization",
                                       "anaphora", 0.4, k, k + 1))
            else:
                break
            k = parties[-1].last
            if parties[-1].rule != "anaphora" and len(parties) > 1 and text.norm[parties[-1].start] != "و":
                parties.pop()       # «بين X، Y»: a list goes on only with و
                break
        if len(parties) < 2:
            continue
        last = parties[-1]
        out[-1] = Mention(m.start, last.end, None, m.kind, m.cls, "named-by-parties", 0.45, m.first, last.last,
                          tuple(sorted((p for p in parties + places if p.rule != "anaphora" and p.end <= last.end),
                                       key=lambda p: p.start)))
        skip = last.last
    return out


def nested(text: Text, gazetteer: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The names inside a known name of three words or more (الاتفاق الموقع … بين المغرب والمفوض السامي …),
    and the parties a name is made of."""
    parts = [p for m in found if m.rule != "short-form" for p in m.parts]
    return parts + [n for m in found + parts if not m.new and m.last - m.first > 2
                    for n in gazetteer.match(text, m.first + 1, m.last)]


# head nouns that normalizing makes one with another word: a library «مكتبة» (not «مكتبه», his office), a club «نادي»
# (not «نادى», called for); the letter they end with as written
_SPELLED_HEADS = {"مكتبه": "ة", "نادي": "ي"}
# the words of a body's office, normalized («مكتب الوكالة …»، «فرع الجمعية …»، «بعثة المنظمة الدولية للهجرة …»)
_OFFICE_HEADS = set(places.OFFICE_WORDS)
_MISSION, _UNION = "بعثه", "اتحاد"
_OFFICE_NAMES = {"امم", "مفوض"}


def body_office(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is the office of the body named after it, a post there a post in the body («مكتب
    الوكالة …»، «فرع الجمعية …»، «بعثة المنظمة الدولية للهجرة …»): not a body named by its office («مكتب الأمم
    المتحدة …»، «مكتب المفوض السامي …»), nor the EU's mission («بعثة الاتحاد الأوروبي»), a delegation of its own."""
    head = _head_key(tokens[i].key)
    return head in _OFFICE_HEADS and i + 1 < len(tokens) and tokens[i + 1].key not in _OFFICE_NAMES \
        and not (head == _MISSION and tokens[i + 1].key == _UNION)


# A bare definite head noun refers back to the last name it headed: الوزارة → the ministry named before.
_ANAPHORS = {"وزاره", "منظمه", "وكاله", "مفوضيه", "حكومه", "صندوق", "مكتب", "مركز", "بنك"}   # (اتحاد: tried, −1 right +1 wrong on measure)
# «في دورتها الرابعة، المنظمة بشراكة مع …»، «الندوة الوطنية المنظمة من طرف …»: the participle «organized», not «the
# Organization»
_ORGANIZED = {"منظمه", "منظم"}
_ORGANIZED_BY = re.compile(r"\s+(?:من طرف|من قبل|من لدن|بشراكه|بالشراكه|بتعاون|بالتعاون|بتنسيق|بالتنسيق|بمبادره|بدعم"
                           r"|تحت\s+(?:شعار|رعايه|اشراف)|يوم|يومي|خلال|في اطار|مؤخرا)\s")
_SAME = re.compile(r"\s+(?:نفس|ذات)(?:ه|ها)(?=[\s,.;:]|\Z)")    # «المجلس نفسه»، «المنظمة ذاتها»
# «في تصريح لـ / في حديث لـ / في مقابلة مع X»: the outlet a statement is given to (a dialogue, «حوار X», is not)
_TOLD_TO = re.compile(r"(?<!\S)(?:(?:تصريح|تصريحات|حديث)\s+(?:(?:خص|ادلي)\s+ب(?:ه|ها)\s+)?(?:مع\s+)?|(?:حوار|مقابله)\s+مع\s+)\Z")


OPENING_MARKS = ('"', "«", "“")     # what opens a title in quotes
_PHASED = {"programme", "project", "plan", "strategy", "agreement"}    # what a phase is of
# words no name begins with that a title in quotes is called by too («منصة «حماية»»، «تطبيق «مرحبا»»)
_TITLED_WORDS = {w.translate(LETTERS) for w in ("منصة", "تطبيق", "خدمة", "بوابة", "فضاء", "دليل", "فيلم")}


def head_index(text: Text, m: Mention) -> int:
    """The token of a name's head noun: its first, or the bare head noun right before the quote that opens
    the title it names («جمعية "أيادي التضامن"», «وجمعية «الأمل»»; not «لجمعية «…»», not «المنظمة "…"»: a
    definite noun before quoted words is what they are said of, not a name)."""
    tokens = text.tokens
    if m.rule != "quoted-title" or not m.first or _head_key(tokens[m.first].key) is not None:
        return m.first
    if (described := _described_head(text, m)) is not None:
        return described
    head = tokens[m.first - 1]
    bare = head.key in HEADS or head.text[0] == "و" and head.key[1:] in HEADS
    opened = _gap(text, head, tokens[m.first]).strip() in OPENING_MARKS
    return m.first - 1 if bare and opened and not head.definite else m.first


def _described_head(text: Text, m: Mention) -> int | None:
    """The definite head noun of a title in quotes that a nisba describes first: «الجمعية المغربية «أمل للتنمية»»،
    «المنظمة الإيطالية "إنترسوس"» (the quoted words are the name, as curators write it; the head and its
    adjective say what it is)."""
    tokens = text.tokens
    k = m.first - 1
    if k < 1 or _head_key(tokens[m.first].key) is not None or not tokens[k].definite or not tokens[k].key.endswith(("ي", "يه")) \
            or _gap(text, tokens[k], tokens[m.first]).strip() not in OPENING_MARKS:
        return None
    head = tokens[k - 1]
    return k - 1 if head.definite and _head_key(head.key) is not None and _NAME_GAP.match(_gap(text, head, tokens[k])) \
        else None


def anaphors(text: Text, found: list[Mention]) -> list[Mention]:
    """Bare «الوزارة», «المنظمة» … as the known entity last named with that head noun (or, when none
    was named yet, the first named after it: a ministry's page calls itself «الوزارة» long before
    its full name): arguments of facts (بين الوزارة ومكتب …), not names of their own."""
    tokens = text.tokens
    headed: dict[str, list[Mention]] = {}
    new: dict[str, list[Mention]] = {}         # organizations by head noun, new or known: «جمعية الأمل» … «الجمعية»
    listed: dict[str, list[Mention]] = {}      # … named after «و», as one more of a list
    for m in found:
        if _TOLD_TO.search(text.norm, max(0, m.start - 24), m.start):
            continue        # «وفي تصريح لوكالة المغرب العربي للأنباء، أوضحت …، مديرة … بالوكالة»: the press a statement
                            # is given to is not what a bare «الوكالة» names again
        head = head_index(text, m)
        titled = head != m.first
        key = _head_key(tokens[head].key)
        if key in _ANAPHORS and not m.new:
            headed.setdefault(key, []).append(m)
        if key is not None and m.kind == "organization" and HEADS[key][0] == "organization" \
                and (m.last - m.first > 1 or titled) and (m.new or any(tokens[k].definite for k in range(m.first, m.last))):
            # (not a known name matched on an indefinite description, «إحداث لجنة تقنية»: it is no name the
            # bare «اللجنة» could name again, and does not hide the new one before it)
            # («… بشراكة مع X وجمعية أجيال …»: a body named as one more of a list is the bare noun's only when no
            # other of its head was named before: «رئيسة الجمعية» is the subject's)
            (listed if text.norm[m.start] == "و" else new).setdefault(key, []).append(m)
    societies_too(new)
    societies_too(listed)
    # (an agreement named by its parties covers only the names among them: «بين الصندوق والمنظمة» are anaphors)
    taken = covered(n for m in found for n in (m.parts or (() if m.rule == "named-by-parties" else (m,))))
    ends = {key: [m.last for m in named] for key, named in new.items()}     # (found is in text order)
    listed_ends = {key: [m.last for m in named] for key, named in listed.items()}
    out = []
    for i, t in enumerate(tokens):
        if i in taken or not t.definite or t.key in _ORGANIZED and _ORGANIZED_BY.match(text.norm, t.end) and i \
                and t.text[0] != "و" and ("," in _gap(text, tokens[i - 1], t) or tokens[i - 1].definite):
            continue            # (after its event, a comma or an adjective between; not a verb's subject, «تنفذه
                                # المنظمة», nor one more of a list, «بين الصندوق والمنظمة»)
        if i + 1 < len(tokens) and tokens[i + 1].text == _NOT and _NAME_GAP.match(_gap(text, t, tokens[i + 1])):
            continue            # «المنظمة غير الحكومية الإيطالية CISV»: what a body is, no body named again
        if t.key in headed:
            named = headed[t.key]
            a = next((m for m in reversed(named) if m.last <= i), named[0])
            out.append(Mention(t.start, t.end, a.entity, a.kind, a.cls, "anaphora", 0.5, i, i + 1))
        elif (t.key in new or t.key in listed) and t.text[0] not in "وف" and t.key not in _ACTIONS \
                and (before := _last_before(new.get(t.key, []), ends.get(t.key, []), i)
                     or _last_before(listed.get(t.key, []), listed_ends.get(t.key, []), i)) is not None \
                and (before.rule in ("head-noun", "quoted-title", "gazetteer", "short-form") or not before.new and _SAME.match(text.norm, t.end)):
            # the organization of that head named last before, new or known («كما نظم المجلس …» after «مجلس
            # الجالية المغربية بالخارج»; «بمقر المجلس نفسه» after «المجلس الوطني لحقوق الإنسان»): the bare head
            # noun stands for it
            out.append(Mention(t.start, t.end, before.entity, before.kind, before.cls, "anaphora", 0.45, i, i + 1,
                               parts=(before,) if before.new else ()))
    return out + _surnamed(text, found, taken) + _titled_again(text, found, taken)


_NOT = "غير"
_SOCIETY = "جمعيه"


def societies_too(by_head: dict[str, list[Mention]]) -> None:
    """Bodies by head noun: a bare «الجمعية» names again a Red Crescent or a Red Cross society, an association
    («الهلال الأحمر المصري» … «الأمين العام للجمعية»), when no body named «جمعية …» was named."""
    if _SOCIETY not in by_head and (red := [m for key in _RED_SOCIETIES for m in by_head.get(key, ())]):
        by_head[_SOCIETY] = sorted(red, key=lambda m: m.start)


# Titles that name another person than the one named with them before: a counterpart, a deputy, an official
_NOT_AGAIN = {w.translate(LETTERS) for w in ("نظير", "نظيره", "نظيرته", "نائب", "نائبه", "مساعد", "مساعده", "مسؤول",
                                             "مسؤوله", "ممثل", "ممثله", "كبير", "كبيره", "مكلف", "مكلفه")}


def _titled_again(text: Text, found: list[Mention], taken: set[int]) -> list[Mention]:
    """A person named again by the bare title he was named with: «السيد X، وزير الداخلية، …» … «وقال الوزير في
    كلمته …»، «وزيرة الهجرة Y» … «وأكدت الوزيرة»: the last person before it whose title starts with that word
    (in the same gender); an argument of facts, not a name of its own. A title with a name or a body after it
    names someone (perhaps another); «نظيره»، «نائب» … name another person."""
    tokens = text.tokens
    starts = {m.first for m in found}
    titled: list[tuple[int, str, Mention]] = []         # (token, title word, person) in text order
    for m in found:
        if m.kind != "person":
            continue
        after = tokens[m.last] if m.last < len(tokens) else None
        if after is not None and after.key in POST_NOUNS and _gap(text, tokens[m.last - 1], after).strip() == ",":
            titled.append((m.last, after.key, m))       # «X، وزير …»
        elif m.rule in ("title-before-name", "title-comma-name") or m.rule == "honorific" and m.first > 0:
            at = m.first - (m.rule == "honorific")
            # «وزير الشؤون الاقتصادية حينها، السيد X»: the honorific in apposition after the title, too (not
            # «وزير الاقتصاد، والسيد X»: the next one of a list)
            k = title_before(text, tokens, at, taken, comma=m.rule == "title-comma-name" or at > 0
                             and m.rule == "honorific" and tokens[at].text[0] != "و"
                             and _gap(text, tokens[at - 1], tokens[at]).strip() == ",")
            if k is not None and tokens[k].key in POST_NOUNS:
                titled.append((m.first, tokens[k].key, m))   # «وزير الداخلية الإيطالي X»
    if not titled:
        return []
    out = []
    last: dict[str, Mention] = {}
    appositions = {k for k, _, m in titled if k == m.last}    # «X، الوالي …»: the title itself, not X again
    queue = iter(sorted(titled, key=lambda x: x[0]))
    pending = next(queue, None)
    for i, t in enumerate(tokens):
        while pending is not None and pending[0] <= i:
            last[pending[1]] = pending[2]
            pending = next(queue, None)
        person = last.get(t.key)
        if person is None or not t.definite or i in taken or i in appositions or t.key in _NOT_AGAIN or t.text[0] in "ول" \
                or i + 1 < len(tokens) and (i + 1 in starts or _NAME_GAP.match(_gap(text, t, tokens[i + 1]))
                                            and (tokens[i + 1].definite or tokens[i + 1].text[0] == "ل")):
            continue            # «الوزير X»، «الوزير الإسباني»، «المدير العام للمنظمة»: a title that names someone
        out.append(Mention(t.start, t.end, person.entity, person.kind, person.cls, "anaphora", 0.45, i, i + 1,
                           parts=(person,)))
    return out


def _surnamed(text: Text, found: list[Mention], taken: set[int]) -> list[Mention]:
    """A new person named again by the last word of the name alone, after it: «فيليبو غراندي» … «وقال
    غراندي»: an argument of facts, not a name of its own (a word that is also a head noun, a title, a
    stop or a time word stands for none, nor the family name of two persons of different first names)."""
    tokens = text.tokens
    families: dict[str, Mention | None] = {}
    for m in found:
        if m.kind == "person" and m.new and m.last - m.first > 1:
            _add_family(families, tokens, m)
    out = []
    for i, t in enumerate(tokens):
        person = families.get(t.key)
        if person is None or i in taken or i < person.last or t.definite and not tokens[person.last - 1].definite \
                or not _plain_word(t) and not _family(t) or len(t.key) < 3:
            continue
        out.append(Mention(t.start, t.end, None, person.kind, person.cls, "anaphora", 0.45, i, i + 1, parts=(person,)))
    return out


def _last_before(named: list[Mention], ends: list[int], i: int) -> Mention | None:
    """The last of ``named`` (in text order, ``ends`` their last tokens) that ends before token ``i``."""
    at = bisect_left(ends, i + 1)
    return named[at - 1] if at else None


# «اسم المشروع: …»، «عنوان البرنامج: …»، «المشروع رقم 3: …»: a fact sheet's line that names its item (``relations``
# reads the other lines of the card: «الجهة الممولة: …»)
LABEL_OF_ITEM = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-•*][ \t]*)?(?:(?:اسم|عنوان)\s+)?(?:ال)?(?P<head>مشروع|برنامج|مبادره)"
                            r"(?:\s+رقم\s+\d+)?[ \t]*:[ \t]*(?P<value>[^\n]{2,160})")
_LABELLED_WORDS = 15


def _labelled(text: Text, known: list[Mention]) -> list[Mention]:
    """The item a fact sheet's line names after its label («اسم المشروع: "مسارات" لدعم …»): the rest of the line up to a
    comma, unless a name already found starts it (a title in quotes, a known programme) or a body or a person stands in
    it (then it is a sentence about the item, «المشروع: انطلق سنة 2020 … بتمويل من الاتحاد الأوروبي», not its name)."""
    tokens = text.tokens
    starts = [t.start for t in tokens]
    named = covered(m for m in known if m.kind in ("organization", "person"))     # (a place may be a word of it)
    begun = {m.first for m in known}
    out = []
    for line in LABEL_OF_ITEM.finditer(text.norm):
        first = bisect_left(starts, line.start("value"))
        comma = text.norm.find(",", line.start("value"), line.end("value"))
        last = bisect_left(starts, comma if comma != -1 else line.end("value"))
        if first >= last or last - first > _LABELLED_WORDS or not named.isdisjoint(range(first, last)) \
                or not begun.isdisjoint(range(first, min(first + 2, last))):
            continue
        kind, cls = HEADS[line.group("head")]
        out.append(Mention(tokens[first].start, tokens[last - 1].end, None, kind, cls, "labelled", 0.5, first, last))
    return out


def _titles(text: Text, known: list[Mention]) -> list[Mention]:
    """Titles in quotes named by the head noun before them (or by the name before «entitled»); a title
    the gazetteer knows as a whole keeps its entity."""
    tokens = text.tokens
    positions = [t.start for t in tokens]
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    exact = {(m.start, m.end): m for m in known}
    owner = {i: m for m in known for i in range(m.first, m.last)}     # the known name each token is in
    out = []
    for match in _TITLE.finditer(text.norm):
        lead = match.group("lead")
        head = HEADS.get(lead) or HEADS.get(stem(lead)) or _bare_head(lead) or _accusative_head(lead) \
            or _owned_head(lead) or (_STUDY if study_word(lead) else None) or _TOOLS.get(stem(lead))
        named = ends.get(match.end("lead"))      # where the name begins if the title is a place's
        if head is None and named and tokens[named].definite and _adjectival(tokens[named]) \
                and (owned := _owned_head(tokens[named - 1].key)) is not None:
            head = owned            # «مشروعها الجديد «Y»»: the head with its pronoun, then its adjective
        if head is not None and (_owned_head(lead) or named and _owned_head(tokens[named - 1].key)) \
                and _STATEMENT.match(match.group("title")):
            continue                # «مشروعها «يمتد على ثلاث سنوات»»: what it does, a clause, not its name
        if head is None and named and tokens[named].definite and (key := _head_key(tokens[named - 1].key)):
            head, named = HEADS[key], named - 1     # مخطط العمل « la valette »: the head noun's phrase
        if head is None and named and tokens[named].definite:
            # المشروع ذا الأولوية «JLMP Priority»، البرنامج ذو البعد الجهوي «…»: the head noun with what it has
            having = next((j for j in range(named - 1, max(0, named - 3), -1) if tokens[j].key in _POSSESSING), None)
            if having and (key := _head_key(tokens[having - 1].key)) and HEADS[key][0] in _TITLED \
                    and all(t.definite for t in tokens[having + 1:named + 1]):
                head = HEADS[key]
        if head is None and lead in _ENTITLED:      # the kind of the head noun before: المشروع … تحت عنوان
            near = tokens[bisect_left(positions, match.start() - 120):bisect_left(positions, match.start())]
            before = [HEADS[k] for t in near for k in [_head_key(t.key) or _accusative_key(t.key)]
                      if k and HEADS[k][0] in _TITLED] + [_STUDY for t in near[-2:] if study_word(t.key)] \
                + [_TOOLS[k] for t in near[-4:] if not t.definite for k in [t.key.removesuffix("ا")] if k in _TOOLS]
                # («تطبيقا ذكيا يحمل اسم «دليلي»»: a tool introduced, right before its name)
            head = before[-1] if before else None
        if head is not None and stem(lead) == _PARTNERSHIP and not (
                named and (word := _head_key(tokens[named - 1].key)) is not None and HEADS[word][0] == "agreement"):
            head = HEADS["برنامج"]  # «شراكة «آفاق»»: a partnership named as a programme is, no agreement (but «اتفاقية
                                    # شراكة «…»» is one)
        first, last = starts.get(match.start("title")), ends.get(match.end("title"))
        if head is None and first is not None and _TITLE_WORK.match(tokens[first].key):
            head = _STUDY           # «قدمت الجمعية «دليل المهاجرين للولوج إلى الحقوق»»: a title that says what it is
        if head is not None and first is not None and (own := _head_key(tokens[first].key)) is not None \
                and head[0] == "organization" and HEADS[own][0] != "organization":
            head = HEADS[own]       # «أطلقت الوكالة الإيطالية «مبادرة …»»: an item's title after a body is of its own kind
        elif head is not None and head[0] == "organization" and first is not None and _TITLE_WORK.match(tokens[first].key):
            head = _STUDY           # («قدمت جمعية الأمل «دليل المهاجرين …»»: a guide's title after a body, a study too)
        if head is None or first is None or last is None or first in owner and owner[first].first < first \
                or last in owner and last < owner[last].last - 1:
            continue            # a known name across the quote mark: not a title
        if any(tokens[k].text in _CLAUSAL for k in range(first, last + 1)):
            continue            # «إن اللجنة «تسعى إلى أن تشمل …»»: what it says, a clause, not a title
        if named and (tokens[named].definite or _owned_head(tokens[named].key)) and tokens[named - 1].text in _SAID_THAT \
                and _SAID_END.match(text.norm, match.end()):
            continue            # «قال إن المشروع «سيستقبل في مرحلته الأولى …»،»: what the project will do, in his words
                                # (the quote ends the clause: «أكد أن البرنامج «تمكين» حقق …» names it)
        same = exact.get((match.start("title"), match.end("title")))
        if same and same.kind in PLACES and head[0] not in PLACES and named is not None:
            # قمة « la valette »: a title that is a place names the summit only with its head noun
            out.append(Mention(tokens[named].start, same.end, None, *head, "quoted-title", 0.6, named, last + 1))
            continue
        out.append(same or Mention(match.start("title"), match.end("title"), None, *head, "quoted-title", 0.6,
                                   first, last + 1))
    return out


def _linked(tokens: list[Token], m: Mention, gazetteer: Gazetteer) -> Mention:
    """A new name that closely resembles a known entity's name is that entity (see ``Gazetteer.resembling``)."""
    if _generic(tokens[m.first:m.last]):
        return m                # «البرنامج المشترك»: resembling a name of such words proves nothing
    if m.kind == "event" and _a_description(tokens[m.first:m.last]):
        return m                # «اجتماع إقليمي حول الهجرة»، «منتدى حول الهجرة»: an event described, a new one
    keys = [t.key for t in tokens[m.first:m.last]]
    first = tokens[m.first]
    if not first.definite:      # ومنظمة: the head without its bare proclitic
        keys[0] = _head_key(keys[0]) or keys[0]
    entity = gazetteer.resembling(keys, m.kind)
    if entity is None and keys[0] in POST_NOUNS:
        # a title standing for its office, cut short: «المفوض السامي» is the one known body whose name it begins
        # (المفوض السامي للأمم المتحدة لشؤون اللاجئين)
        owners = {n.entity for n in gazetteer.index.get(keys[0], ()) if n.keys[:len(keys)] == tuple(keys)
                  and len(n.keys) > len(keys) and gazetteer.entries[n.entity].kind == m.kind}
        entity = owners.pop() if len(owners) == 1 else None
    if entity is None:
        return m
    entry = gazetteer.entries[entity]
    return Mention(m.start, m.end, entity, entry.kind, entry.cls, "resembling-name", 0.5, m.first, m.last)


# what a title's own adjective says of it (المدير العام، المدير الإقليمي، الممثل المقيم): no body's name
TITLE_ADJECTIVES = {"عام", "عامه", "اقليمي", "اقليميه", "جهوي", "جهويه", "تنفيذي", "تنفيذيه", "مقيم", "مقيمه",
                    "قطري", "قطريه", "رسمي", "رسميه"}      # («المتحدث الرسمي باسم …»)


def _directed(text: Text, covered: set[int]) -> list[Mention]:
    """What a director directs, when the title names it without a head noun: «مدير الشؤون العالمية
    بوزارة الخارجية» (the director of Global Affairs at the ministry): a department; «مدير الحالة المدنية،» with no
    body after it, the directorate of that name the text names too («مديرية الحالة المدنية»)."""
    tokens = text.tokens
    out = []
    named = _directorates(text, tokens)
    for i in range(len(tokens) - 2):
        if tokens[i].key not in ("مدير", "مديره") or tokens[i].definite:
            continue
        j = _definite_run(text, tokens, i + 1, len(tokens), covered)
        if j > i + 1 and j < len(tokens) and (tokens[j].text[0] in "بل"
                                              or _PUNCTUATED.match(_gap(text, tokens[j - 1], tokens[j]))
                                              and " ".join(t.key for t in tokens[i + 1:j]) in named) \
                and tokens[i + 1].key not in HEADS \
                and not all(t.key in TITLE_ADJECTIVES for t in tokens[i + 1:j]):     # «مديره العام بالإنابة»
            out.append(Mention(tokens[i + 1].start, tokens[j - 1].end, None, "organization", "GovernmentDepartment",
                               "post-title", 0.45, i + 1, j))
    return out


def _directorates(text: Text, tokens: list[Token]) -> set[str]:
    """The name after each «مديرية» of the text: its definite words up to the first that is not (what a director's
    title names, read as ``_directed`` reads it)."""
    out: set[str] = set()
    for k, t in enumerate(tokens):
        if t.key.removeprefix("و") in _DIRECTORATE_KEYS:
            j = _definite_run(text, tokens, k + 1, min(len(tokens), k + 7))
            out.add(" ".join(u.key for u in tokens[k + 1:j]))
    return out


def _definite_run(text: Text, tokens: list[Token], j: int, end: int, covered: Container[int] = ()) -> int:
    """Past the definite words from token ``j`` (up to ``end``, none of ``covered``), none with a conjunction or a
    preposition before its article and no punctuation between them: what a director's title or a directorate names."""
    while j < end and j not in covered and tokens[j].definite and tokens[j].text[0] not in "وفبل" \
            and _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])):
        j += 1
    return j


_DIRECTORATE_KEYS = {"مديريه", "بمديريه", "لمديريه"}
_PUNCTUATED = re.compile(r"\s*[,.;:،]")


def _acronymed(text: Text, covered: set[int]) -> list[Mention]:
    """A definite phrase right before a new acronym in brackets is an organization's name:
    «بتمويل من التعاون الإنمائي السويسري (SDC)». (A phrase with a head noun is found as any other.)"""
    tokens = text.tokens
    out = []
    for k in range(1, len(tokens)):
        if k in covered or _bracketed(text, tokens, k) is None:
            continue
        i = k
        while i > 0 and k - i < 6 and i - 1 not in covered and tokens[i - 1].definite and tokens[i - 1].text[0] not in "وف" \
                and _NAME_GAP.match(_gap(text, tokens[i - 1], tokens[i] if i < k else tokens[i - 1])):
            i -= 1
        if k - i < 2 or tokens[i].key in HEADS:
            continue
        if i > 0 and tokens[i - 1].key not in _STOP and _NAME_GAP.match(_gap(text, tokens[i - 1], tokens[i])):
            continue            # the phrase goes on before: الجمعية المغربية لدعم تطوير المقاولة الصغرى (AMAPPE)
        out += [Mention(tokens[i].start, tokens[k - 1].end, None, "organization", "PublicAgency", "before-acronym",
                        0.45, i, k),
                Mention(tokens[k].start, tokens[k].end, None, "organization", "PublicAgency", "acronym-in-brackets",
                        0.5, k, k + 1)]
    return out


def _named_again(tokens: list[Token], i: int, persons: dict[str, list[tuple[str, ...]]], taken: set[int]) -> Mention | None:
    """A new person's whole name again, with no title this time: «وأوضح عبد الكريم الإدريسي أن …»."""
    for name in persons.get(tokens[i].key, ()):
        j = i + len(name)
        if j <= len(tokens) and all(tokens[k].key == key and k not in taken for k, key in zip(range(i, j), name, strict=True)):
            return Mention(tokens[i].start, tokens[j - 1].end, None, "person", "foaf:Person", "name-again", 0.5, i, j)
    return None


def _spelled_acronym(text: Text, tokens: list[Token], i: int) -> bool:
    """Token ``i`` is one Arabic word alone in brackets right after the name before it, the acronym of
    that name spelled in Arabic letters: «… المعنية بالتنمية (إيغاد)»، «… للتنمية (أجيد)» (a word of a
    name, a time or a place in brackets is none: «(سابقا)», «(المغرب)» is known)."""
    if not 0 < i < len(tokens) - 1:
        return False
    t = tokens[i]
    return t.arabic and len(t.key) >= 3 and t.text[0] not in "وفبلك" and t.key not in _STOP \
        and _head_key(t.key) is None and t.key not in _TIME and t.key not in _THEN and t.key not in POST_NOUNS \
        and _gap(text, tokens[i - 1], t).strip() == "(" and _gap(text, t, tokens[i + 1]).strip()[:1] == ")"


def _in_brackets(text: Text, token: Token, opened: bool) -> bool:
    """``token`` is a Latin acronym in capitals closed by ")", and ``opened`` by "(" (as its caller reads
    what stands before it)."""
    return opened and not token.arabic and token.text.isupper() and text.norm[token.end:token.end + 1] == ")"


def _bracketed(text: Text, tokens: list[Token], i: int) -> Token | None:
    """Token ``i`` if it is a Latin acronym in brackets right after the previous token: … (AMAPPE)."""
    if 0 < i < len(tokens) and _in_brackets(text, tokens[i], _gap(text, tokens[i - 1], tokens[i]).strip() == "("):
        return tokens[i]
    return None


def _gap(text: Text, a: Token, b: Token) -> str:
    return text.norm[a.end:b.start]


_SESSION, _TENS = "دوره", {"عشر", "عشره"}     # a body's numbered session (الدورة الحادية عشرة)
SITTING = "جلسه"              # a sitting of an event (الجلسة الافتتاحية …): relations reads it too
_RED_SOCIETIES, _RED = {"هلال", "صليب"}, "احمر"
# what tells one sitting of an event from another («الجلسة الافتتاحية / الأولى / الختامية»): no event's name
SESSION_WORDS = _ORDINALS | _TEENS | {"افتتاحيه", "ختاميه", "عامه", "رسميه", "اولي", "ثانيه", "ثالثه", "رابعه", "خامسه",
                                      "اخيره", "عمل", "صباحيه", "مسائيه"}


def _new_name(text: Text, tokens: list[Token], i: int, known: dict[int, Mention]) -> Mention | None:
    head = tokens[i]
    action = head.key[:1] == "ل" and _head_key(head.key) in _ACTIONS
    kind_cls = HEADS.get(head.key) or (None if head.definite or action else _bare_head(head.key)) \
        or _lam_head(head)
    # «مشروعا مشتركا لدعم اللاجئين»، «برنامجا مشتركا لدعم …»: an item introduced as the object of a verb, with
    # its accusative adjectives (a word in the accusative is in no construct) and what it is for
    accusative = False
    if kind_cls is None and not head.definite and (kind_cls := _accusative_head(head.key)) is not None:
        if kind_cls[0] in _SIGNED and (i + 1 >= len(tokens) or not _accusative_adjective(tokens[i + 1])):
            # «وقّع المغرب وفرنسا اتفاقا لإعادة القبول»: an agreement the sentence does not name
            return Mention(head.start, head.end, None, *kind_cls, "description", 0.4, i, i + 1)
        if kind_cls[0] not in _ACCUSATIVE_ITEMS or i + 1 >= len(tokens) \
                or not (_accusative_adjective(tokens[i + 1]) or _purpose(tokens[i + 1]) and (
                    not tokens[i + 1].definite or i + 2 < len(tokens) and tokens[i + 2].definite)):
            return None     # («برنامجا للتكوين» alone: what it is about; «… للتكوين المهني»: an item described)
        accusative = True
    if kind_cls is None or i in known and known[i].last - i > 1:
        return None
    if (spelled := next((_SPELLED_HEADS[head.key[n:]] for n in range(3) if head.key[n:] in _SPELLED_HEADS), None)) \
            and text.quote(head.start, head.end)[-1:] != spelled:
        return None     # «بمكتبه» (in his office), «ونادى» (called for): no library, no club
    if body_office(tokens, i) and i + 2 < len(tokens) \
            and not (i + 1 in known and known[i + 1].last < len(tokens) and tokens[known[i + 1].last].text.startswith("ل")
                     and _NAME_GAP.match(_gap(text, tokens[known[i + 1].last - 1], tokens[known[i + 1].last]))) \
            and tokens[i + 1].text.startswith("ال") \
            and HEADS.get(_head_key(tokens[i + 1].key) or "", ("",))[0] == "organization" \
            and (tokens[i + 2].text.startswith("لل") or tokens[i + 2].text.startswith("ال") and _adjectival(tokens[i + 2])
                 and tokens[i + 2].definite) \
            and _NAME_GAP.match(_gap(text, head, tokens[i + 1])) and _NAME_GAP.match(_gap(text, tokens[i + 1], tokens[i + 2])):
        return None     # «مدير مكتب الوكالة الإيطالية بالرباط»، «فرع الهيئة الوطنية للإغاثة»: a body's office is the
                        # body, named after it (a post there, where it sits; a bare «مكتب المنظمة في مصر» is a known
                        # one's, ``relations._offices_of``); not «مكتب الأمم المتحدة لتنسيق …»، «مكتب المفوض السامي
                        # لشؤون اللاجئين», bodies by the name of their office, nor a known body's name that goes on
                        # («مكتب الاتحاد الأوروبي للدعم في مجال اللجوء»: an agency of its own)
    if head.definite and head.key.endswith("يه") and head.text.startswith("ال") and i and tokens[i - 1].definite \
            and tokens[i - 1].text.startswith("ال") and _head_key(tokens[i - 1].key) is None \
            and _gap(text, tokens[i - 1], head) == " ":
        return None     # «مدير الشؤون القنصلية …»: a nisba describing the noun before it (consular), no consulate
    if kind_cls[0] == "project" and i + 1 < len(tokens) and HEADS.get(tokens[i + 1].key, ("", ""))[1] == "Law" \
            and _NAME_GAP.match(_gap(text, head, tokens[i + 1])):
        # «مشروع القانون رقم 27.14 المتعلق بـ…»، «مشروع قانون يتعلق بـ…»: a draft law is the law (in draft)
        law = _new_name(text, tokens, i + 1, known)
        return replace(law, start=head.start, first=i) if law is not None else None
    kind, cls = kind_cls
    if cls == "ConsultativeProcess" and _head_key(head.key) == _OPERATION and not (i + 1 in known and known[i + 1].kind in ("city", "country")):
        # «عملية الرباط»: a consultative process by its place; «العملية الثانية لتسوية وضعية …»: an operation, a
        # programme of its own, by an ordinal or a purpose; «عملية التسليم» (a handing over): nothing
        if i + 1 >= len(tokens) or not (_ORDINAL.fullmatch(tokens[i + 1].key) or _purpose(tokens[i + 1])):
            return None
        kind, cls = "programme", "Programme"
    if kind == "programme" and i + 1 < len(tokens) and tokens[i + 1].text == "الامم":
        kind, cls = HEADS["امم"]    # برنامج الأمم المتحدة الإنمائي، … للمستوطنات البشرية: a UN body, not an item
    if _head_key(head.key) == _FORUM and head.definite and i + 1 < len(tokens) and tokens[i + 1].definite \
            and tokens[i + 1].key.removesuffix("ه") in places.adjectives():
        kind, cls = "organization", "CivilSocietyOrganization"
        # «المنتدى التونسي للحقوق الاقتصادية والاجتماعية»، «المنتدى المغربي للهجرة»: a nation's forum is an
        # association (a forum that meets: «المنتدى العالمي …»، «المنتدى الإقليمي …»، «منتدى الرباط»)
    if _names_nothing(text, tokens, i):
        return None
    local = _head_key(head.key) in _PLACE_HEADS or kind == "organization" and not head.definite
    # (a university or a municipality by its city, also a country's name: «جامعة تونس المنار»، «جامعة الجزائر»، «بلدية تونس»)
    # (and a bank by its country or continent: «بنك المغرب»، «بنك مصر»، «بنك إفريقيا»)
    placed = i + 1 in known and (known[i + 1].kind in ("city", "region") or known[i + 1].kind == "country"
                                 and (kind_cls[1] == "AcademicInstitution" or _head_key(head.key) in _PLACE_HEADS
                                      and places.capital_named_as(known[i + 1].entity or "") is not None)
                                 or _head_key(head.key) == _BANK and known[i + 1].kind in ("country", "area")) \
        and _unprefixed(tokens[i + 1], known[i + 1])
    # «عمالة إقليم الناظور»: a prefecture of a province named by its city; «ولاية جهة طنجة تطوان الحسيمة»: a
    # wilaya of a region
    province = not placed and i + 2 < len(tokens) and i + 2 in known and known[i + 2].kind in ("city", "region") \
        and (_head_key(head.key) == _PREFECTURE and tokens[i + 1].key == _PROVINCE
             or _head_key(head.key) == _WILAYA and tokens[i + 1].key == _REGION)
    # «بلدية مدينة ليل»، «جماعة مدينة مدريد»: a municipality named by «مدينة» and its city, known or not
    city_named = i + 2 < len(tokens) and tokens[i + 1].key == _CITY_WORD and not tokens[i + 1].definite \
        and (i + 2 in known and known[i + 2].kind == "city"
             or i + 2 not in known and tokens[i + 2].arabic and not tokens[i + 2].definite and tokens[i + 2].key not in _STOP
             and tokens[i + 2].text[0] != "و")
    placed = placed or province or city_named
    if _head_key(head.key) in _COMMUNES and head.text[0] == "ب" and head.text[1:2] != "ل" and not city_named and i \
            and (HEADS.get(_head_key(tokens[i - 1].key) or "", ("",))[0] == "event"
                 or not tokens[i - 1].definite and tokens[i - 1].key.endswith(("يه", "ي"))):
        placed = False          # «قافلة طبية بجماعة بني انصار»: in the commune's town, where (its body is not named;
                                # not after a verb: «اتفاقية تربطها بجماعة وجدة»)
    if province and _head_key(head.key) == _WILAYA:
        place = known[i + 2]        # (the region's name is the wilaya's last words)
        return Mention(head.start, place.end, None, kind, cls, "head-noun", 0.5, i, place.last)
    if _head_key(head.key) == _CENTRE and i + 1 < len(tokens) and tokens[i + 1].key in places.UNIT_CLASS \
            and i and "," in _gap(text, tokens[i - 1], head):
        return None             # «زحلة، مركز محافظة البقاع»: in an aside, the chief town of a unit, no centre that is a body
    if _head_key(head.key) == _RITES and (i + 1 >= len(tokens) or tokens[i + 1].key not in _CEREMONIES):
        return None             # «المراسيم التطبيقية»: decrees; «مراسيم التوقيع»: a ceremony
    if i + 1 < len(tokens) and tokens[i + 1].key in _GENERIC_HEADS.get(_head_key(head.key) or "", ()) \
            and not (head.definite and tokens[i + 1].key == _NATIONAL and i + 2 < len(tokens)
                     and tokens[i + 2].text.startswith("لل")):
        return None             # «سلطة القانون»، «السلطة المحلية»، «شركة خاصة»، «شركة الطيران»: no body's name (but
                                # «الشركة الوطنية للإذاعة والتلفزة»: what it is of names it)
    if _head_key(head.key) in _FORCES and not head.definite and (i + 1 >= len(tokens) or not tokens[i + 1].definite):
        return None             # «ضباط شرطة وحرس وطني»: officers of some force; a force is named «الشرطة الوطنية»، «حرس الحدود»
    if _head_key(head.key) in _HEADS_BEFORE and (i + 1 >= len(tokens) or tokens[i + 1].key not in _HEADS_BEFORE[_head_key(head.key) or ""]) \
            and not (i + 1 in known and known[i + 1].kind == "country"):
        return None             # «دار اللقاء حول …»: a verb; «فرقة أحواش»: a troupe (but «دار المغرب بباريس»: a country's house)
    if head.key == "معرض" and i + 1 < len(tokens) and _IN_REPLY.fullmatch(tokens[i + 1].text):
        return None             # «في معرض جوابه / رده على سؤال …»: in the course of his answer, no exhibition
    if _head_key(head.key) == _CHAMBER and (i + 1 >= len(tokens) or tokens[i + 1].key not in _TRADES):
        return None             # «غرفة العمليات»، «قاعة … غرفة»: a room; a chamber is of trades («غرفة التجارة …»)
    if _head_key(head.key) == _CHAMBER and not head.definite and (chamber := _chamber_end(text, tokens, i, known)):
        return Mention(head.start, tokens[chamber - 1].end, None, kind, cls, "head-noun", 0.5, i, chamber)
    if _head_key(head.key) in _PLACE_HEADS and not placed:
        return None             # جماعة من …: a group; ميناء …: a port named by its place only
    if _head_key(head.key) == _WILAYA and not (province and head.text[0] != "ب"):
        return None             # ولايته الأولى: a term; «بولاية وهران»: where (the city), no body
    if head.key == "امم" and head.text not in ("الامم", "والامم") or head.key == "مفوض" and not head.definite \
            or head.key == "مفوض" and (i + 1 >= len(tokens) or tokens[i + 1].key not in _HIGH):
        return None             # للأمم المتحدة: of the UN, part of a longer name; تدبير مفوض: delegated; «المفوض
                                # الأوروبي للشؤون الداخلية»: a person's title (only «المفوض السامي …» is an office)
    board = head.key == "مجلس" and i + 2 < len(tokens) and tokens[i + 1].key == "اداره"     # مجلس إدارة …
    if board and tokens[i + 2].key in HEADS and i > 0 and tokens[i - 1].key in POST_NOUNS \
            or head.key == "اداره" and i > 0 and tokens[i - 1].key == "مجلس":
        return None             # «نائبة رئيس مجلس إدارة أمانة …»: the board of the name that follows, part of a title
    if board and not head.definite:
        # مجلس إدارة صندوق الائتمان: the board of what the name after it names
        owner = known[i + 2] if i + 2 in known else \
            _new_name(text, tokens, i + 2, known) if tokens[i + 2].key != "مجلس" else None   # one level deep
        if owner is not None:
            return Mention(head.start, owner.end, None, kind, cls, "head-noun", 0.5, i, owner.last)
    if kind in _LATIN_NAMED and (latin := _latin_after(text, tokens, i, known)) is not None:
        # «جمعية Ennakhil»، «المنظمة غير الحكومية الإسبانية Movimiento por la Paz»، «برنامج Mobilité Pro»: a name in
        # Latin words after the head noun and what describes it
        return Mention(head.start, tokens[latin - 1].end, None, kind, cls, "head-noun", 0.5, i, latin)
    if kind in _TITLED and (whole := _quoted_whole(text, tokens, i)) is not None:
        # «ندوة تعزيز تنقل اليد العاملة داخل أفريقيا ومنها»: a title in quotes that starts with its head noun
        return Mention(head.start, tokens[whole - 1].end, None, kind, cls, "head-noun", 0.5, i, whole)
    j, bracket, indefinite = i + 1, False, not head.definite
    if _head_key(head.key) in _RED_SOCIETIES and j < len(tokens) and tokens[j].key == _RED:
        j += 1                  # «الهلال / الصليب الأحمر التشادي»: a Red Crescent or Red Cross society is named by its adjectives
    if cls == "Law" and (numbered := _law_number(text, tokens, j)) is not None:
        j, indefinite = numbered, False     # القانون (رقم) 02.03، القانون رقم 2010-021: its number, then what it is on
    relative = False            # a relative clause right after the bare head: «اتفاقية وقّعتها الوزارة مع …»
    purposed = False            # «من أجل …» read already
    purposes = 0                # genitives with ل read so far
    past_known = -1             # where the last known name read ends
    price = purpose = -1        # the price word an agreement's name read past, and what it is for («اتفاقية بقيمة … لدعم …»)
    while j < len(tokens):
        gap = _gap(text, tokens[j - 1], tokens[j])
        t = tokens[j]
        # (the word after, when nothing but a space or a dash stands between: the rules that read two or
        # three words at once read one phrase, never across a comma, a quote or a sentence end)
        nxt = tokens[j + 1] if j + 1 < len(tokens) and _NAME_GAP.match(_gap(text, t, tokens[j + 1])) else None
        if _in_brackets(text, t, gap.strip() == "("):
            j, bracket = j + 1, True
            break
        if not _NAME_GAP.match(gap):
            break
        if placed and i + 1 in known and j == past_known == known[i + 1].last and t.text[0] in "وف":
            break               # «بنك إفريقيا | والقرض الفلاحي»، «جماعة وجدة | وبركان»: a body named by its place ends there
        if t.key[:1] == "ب" and (t.key[1:] in _WHERE_LIST or kind == "event" and t.key[1:] in _FOREIGN_UNITS):
            break               # «قافلة طبية بمدينتي بركان والناظور»، «… بمدن …»، «ورشة بولاية واداي»: where, no word
                                # of the name
        if indefinite and j == i + 1 and kind in _SIGNED and t.key == "مع" and head.key in HEADS and head.key != _PARTNERSHIP:
            relative = True     # «وقّعت الوزارة اتفاقية مع المنظمة»: an agreement with whom, unnamed
            break
        if nxt is not None and nxt.key == "من" and j + 2 < len(tokens) and tokens[j + 2].key in _AGENT_NOUNS \
                and t.arabic and t.key[:1] == "م" and t.text[0] not in "وف":
            break               # «مشروع ممول من طرف …»، «الندوة المنظمة من قبل …»: a passive participle says who did it
                                # (not the last of a list: «… الآمنة والمنظمة والنظامية | من قبل …»)
        if indefinite and j == i + 1 and kind == "event" and _HELD_VERB.fullmatch(t.key):
            break               # «خلال حفل نظم بالرباط»، «لقاء حضره …»: a past verb begins a relative clause
        if indefinite and j == i + 1 and t.text[0] == "ي" and len(t.text) >= 4 and t.key not in _STOP and nxt is not None \
                and (nxt.definite or nxt.key in _STOP or nxt.text[0] in "بل" and t.key[-1] not in "هي" and nxt.key != "بن") \
                and j not in known:
            break               # «اتفاقية يمنح الاتحاد …»، «مشروع يهدف إلى …»، «مشروع يُنجز بشراكة مع …»: an imperfect
                                # verb begins the clause (not «ورشات يومية لفائدة …»، «مشروع ياباني لدعم …»: an
                                # adjective; nor «جمعية يوسف بن تاشفين»: a name)
        if gap == "-" and t.arabic and not t.definite and tokens[j - 1].definite:
            j += 1              # الأورو-إفريقي: the second half of a compound adjective
        elif t.key in _CONNECTORS and kind == "event" and j + 1 < len(tokens) \
                and (end := _quoted_whole(text, tokens, j + 1 + (nxt is not None and nxt.key == _TOPIC), about=True,
                                          asks=True)) is not None:
            j = end             # ندوة وطنية حول «حق اللجوء في المغرب: …»: what it is about, a title in quotes (whole,
                                # before its first word is read as a construct's: «ورشة جهوية حول «الهجرة المناخية: …»»;
                                # «حول موضوع «…»» too)
        elif kind == "event" and t.key == "بعنوان" and _quoted_whole(text, tokens, j + 1, about=True) is not None:
            break               # «ندوة بعنوان «…»»: its title in quotes follows, one mention with it (``_entitled``)
        elif kind == "event" and indefinite and t.key == "في" and nxt is not None and nxt.key == _TOPIC and j + 2 < len(tokens) \
                and (end := _quoted_whole(text, tokens, j + 2, about=True)) is not None:
            j = end             # «دورة تكوينية في موضوع «…»»: what it is on, a title in quotes (not «تدخل المشاركون في
                                # الندوة في موضوع «…»»: what they spoke on)
        elif t.key in _CONNECTORS and nxt and nxt.definite:
            j += 1
        elif t.key in _CONNECTORS and kind == "event" and (end := _construct(text, tokens, j + 1)) is not None:
            j = end             # ندوة حول حقوق المهاجرين، ورشة … حول دور مؤسسات العمل: what it is about, in construct
        elif t.key in _CONNECTORS and kind == "agreement" and nxt and nxt.arabic and not nxt.definite \
                and nxt.key not in _STOP and _head_key(nxt.key) is None:
            # تبادل مذكرات بشأن قرض ياباني: what an agreement is about, indefinite, and its adjective
            j += 2
            if j < len(tokens) and not tokens[j].definite and tokens[j].key.endswith(("ي", "يه")) \
                    and _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])):
                j += 1
            break
        elif t.key in ("علي", "في") and nxt and nxt.definite and nxt.key in _SCOPES and j + 2 < len(tokens) \
                and tokens[j + 2].definite and _adjectival(tokens[j + 2]) \
                and _NAME_GAP.match(_gap(text, nxt, tokens[j + 2])):
            j += 3              # … على المستوى الوزاري, … في المجال الحضري
        elif t.key == "علي" and tokens[j - 1].definite and tokens[j - 1].key in _ON and nxt and nxt.definite:
            j += 1              # المساعدة على العودة
        elif t.key in _BELONGING and nxt and nxt.text[0] == "ل" and (
                not t.definite or _head_key(nxt.key) not in _ADMINISTRATIONS):
            j += 1              # وحدة تدبير تابعة للمنظمة …، الصندوق الائتماني للطوارئ التابع للاتحاد الأوروبي (an
                                # international body's own; «مؤسسة التعاون الوطني | التابعة لوزارة …»: a national
                                # institution under its ministry, not part of its name)
        elif t.key in ("عشر", "عشره") and tokens[j - 1].definite and tokens[j - 1].key in _TEENS:
            j += 1              # الدورة الحادية عشرة، المؤتمر الثالث عشر: the ordinal's second word
        elif t.key == _HALF and nxt and nxt.definite and _adjectival(nxt):
            j += 2              # الاجتماع نصف المرحلي، التقرير نصف السنوي: a compound adjective
        elif t.key in _IMPROPER and nxt and nxt.definite and (t.key != "غير" or j > i + 1):
            j += 2              # والأشخاص عديمي الجنسية، الهجرة غير النظامية (not right after the head: «المنظمة غير
                                # الحكومية» describes a kind of body, it names none)
        elif t.key == "من" and _head_key(head.key) == _ROUND and nxt is not None and nxt.arabic \
                and (nxt.definite or nxt.key in _TALKS and _construct(text, tokens, j + 1) is not None) \
                and j == i + 2 and _NAME_GAP.match(_gap(text, t, nxt)):
            # «الجولة الثالثة من المفاوضات التونسية الإيطالية»، «… من مفاوضات الهجرة»: a round of talks
            j = j + 1 if nxt.definite else _construct(text, tokens, j + 1) or j + 1
        elif t.key == "من" and nxt and nxt.key == "اجل" and j + 2 < len(tokens) and not purposed \
                and (tokens[j + 2].definite or j + 2 in known and known[j + 2].kind in ("area", "region", "country")) \
                and _NAME_GAP.match(_gap(text, nxt, tokens[j + 2])):
            # («… للطوارئ من أجل إفريقيا»: what for, a world region too, to its end)
            j = known[j + 2].last if j + 2 in known and not tokens[j + 2].definite else j + 2
            purposed = True     # (once: «… من أجل إفريقيا من أجل …» does not go on)
        elif t.key == "من" and nxt and nxt.key == "اجل" and j + 3 < len(tokens) and not purposed \
                and tokens[j + 2].arabic and not tokens[j + 2].definite and tokens[j + 2].key not in _STOP \
                and tokens[j + 2].text[0] not in "وفبل" and _head_key(tokens[j + 2].key) is None \
                and tokens[j + 3].definite and tokens[j + 3].text.startswith("ال") \
                and all(_NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])) for k in (j + 2, j + 3)) \
                and not (i and tokens[i - 1].key.removeprefix("و") in _STRIVING):
            j += 4              # «فدرالية التونسيين من أجل مواطنة الضفتين»، «الجمعية اللبنانية من أجل ديمقراطية
            purposed = True     # الانتخابات»: what for, a noun in construct (not after a verb of striving: «تعمل جمعية
                                # الأمل من أجل تحسين الظروف …», what it works for)
        elif t.key == "لدي" and cls == "CountryOffice" and nxt is not None \
                and (to := known.get(j + 1) or (_new_name(text, tokens, j + 1, known)
                                                if HEADS.get(nxt.key, ("", "CountryOffice"))[1] != "CountryOffice" else None)) \
                and to.kind == "organization":
            # (one level: a mission to a body that is no mission, so a chain of «البعثة لدى …» stays linear)
            j = to.last             # «البعثة الدائمة للمغرب لدى مكتب الأمم المتحدة (بجنيف)»: a mission to a body
        elif t.key == "لدي" and tokens[j - 1].key in _DELEGATED and nxt and nxt.key in POST_NOUNS \
                and j + 2 < len(tokens) and tokens[j + 2].definite:
            j += 2              # الوزارة المنتدبة لدى وزير الشؤون الخارجية …: delegated to a minister
        elif t.text in _PRICED and kind == "agreement" and j == i + 1 and (priced := _priced_for(text, tokens, j)) is not None:
            # «اتفاقية بقيمة 4,2 ملايين دولار أمريكي لدعم عودة …»: its sum, then what it is for (a bare head's only:
            # «اتفاقية منحة | بقيمة …» is named by its kind)
            j, price, purpose = priced, j, priced
        elif t.key in _STOP or t.text in _STOP or t.text in _NEGATIONS or t.key in _BENEFICIARY \
                or t.text in _PRICED and kind != "agreement" \
                or t.key in _TIME and t.text not in ("العام", "والعام") or \
                t.text.startswith(_PREPOSITIONAL) and tokens[j - 1].key not in _GOVERNING \
                and not (t.key == _ABROAD and tokens[j - 1].key in _NATIONALS) \
                and not (j in known and _own_initial(t, known[j])):     # («بلدية باليرمو»: Palermo's own letters)
            break
        elif head.definite and j == i + 1 and t.key in _IN_CHARGE and i and tokens[i - 1].key in POST_NOUNS \
                and head.key[-1] != "ه":
            break               # «نائب رئيس المجلس | المكلف بالتنمية الاجتماعية»: the title's remit, not the body's name
                                # (but «مدير الوكالة المكلفة بإنعاش التشغيل»: a body named by what it is in charge of)
        elif head.definite and j == i + 1 and (not _agrees(t) or _unlike_gender(head, t)):
            break               # a noun with the article governs no genitive: what follows it is its adjective or
                                # not its name («الوكالة المكون 1»، «الوكالة لمواجهة الجائحة»، «المجلس الدفاع عن …»); a
                                # masculine adjective is not a feminine noun's: «نائب رئيس الجامعة | المكلف بالابتكار»،
                                # «مكتب المنظمة | الفرعي في عدن» (the title's)
        elif j in known:
            # لقاء برلين, in construct (المنتدى بمراكش, with the article, is where the forum met)
            # (إعلان مراكش، ميثاق الرباط: a declaration or a charter too)
            meeting = kind in ("event", "declaration", "agreement") and j == i + 1 \
                and known[j].kind == "city" and not head.definite \
                and _unprefixed(t, known[j])     # (not «ندوة | بوجدة»: where it met)
            # مجلس جهة الشرق، جماعة وجدة، بلدية مدريد: a local body named by its place, in construct
            meeting = meeting or local and placed and j == i + 1
            # «منظمة المدن والحكومات المحلية المتحدة - إفريقيا»: a body's regional section, after a dash
            meeting = meeting or kind == "organization" and gap.strip() in ("-", "–") and known[j].kind in ("area", "region")
            # اتفاقية شراكة: a known name of one word that is a head noun itself, in construct (another
            # document's «شراكة» project), is what kind of item this one is
            meeting = meeting or indefinite and j == i + 1 and known[j].last == j + 1 and t.key in HEADS
            # «حكومة جمهورية جيبوتي»: a body of a country named with its state's word, in construct
            meeting = meeting or kind == "organization" and j == i + 2 and known[j].kind == "country" \
                and tokens[j - 1].key in _STATES and not tokens[j - 1].definite
            # سفارة إيطاليا، قنصلية إسبانيا: a country's embassy or consulate, by the country's bare name
            # (and after ل past its adjective: «البعثة الدائمة لجمهورية ألمانيا الاتحادية»)
            meeting = meeting or cls == "CountryOffice" and known[j].kind == "country" and (j == i + 1 or t.text[0] == "ل")
            # مجلس جهة طنجة تطوان الحسيمة، مجلس عمالة الرباط: a body of a region or a province named by its place
            meeting = meeting or kind == "organization" and j == i + 2 and tokens[j - 1].key in _UNIT_WORDS \
                and not tokens[j - 1].definite and known[j].kind in ("city", "region") \
                and _unprefixed(t, known[j])
            # المجلس الجماعي لوجدة، المجلس الإقليمي لبني ملال: a local council of the place after ل
            meeting = meeting or _head_key(head.key) == _COUNCIL and t.text[0] == "ل" and known[j].kind in ("city", "region")
            # البرنامج الإقليمي للتنمية والحماية لشمال إفريقيا، المكتب الإقليمي لغرب إفريقيا: a world region after ل
            # is the scope of a programme or a body
            meeting = meeting or t.text[0] == "ل" and known[j].kind == "area" and j > i + 1
            # «المكتب الإقليمي لمنظمة العمل الدولية …»، «المكتب الإقليمي للدول العربية التابع لمنظمة …»: a body's office
            # by its adjective, or a unit said to be a body's, is named with the body
            meeting = meeting or t.text[0] == "ل" and known[j].kind == "organization" and (
                tokens[j - 1].key in _BELONGING and j > i + 2
                or head.definite and _head_key(head.key) in _OFFICE_HEADS and j > i + 1
                and all(x.definite and _adjectival(x) for x in tokens[i + 1:j]))
            if head.definite and j == i + 1 and known[j].kind in ("country", "city") and t.definite:
                break           # «وشارك في المؤتمر المغرب وتونس»: a definite head governs no place; the list begins
            if not meeting and (not known[j].new and not t.definite or t.text[0] in "وف"):
                break           # a known name joined by و, or a bare proper name: not part of this one
            if known[j].kind == "organization" and j > i + 1 and _new_after_genitive(tokens, j):
                break           # «منح الصندوق الكويتي للتنمية | المنظمة الدولية للهجرة …»: the next body begins
            if known[j].kind == "organization" and _subject_after(tokens, i, j, kind):
                break           # «ويتولى المشروع الخاص بالمغرب | المنظمة الدولية للهجرة»: the verb's subject
            j = past_known = known[j].last
        elif t.definite:
            if head.key == _SESSION and j > i + 1 and t.text.startswith("لل") \
                    and all(x.key in SESSION_WORDS or x.key in _TENS for x in tokens[i + 1:j]) \
                    and (_lam_head(t) or HEADS.get(t.key, ("", "")))[0] == "organization":
                break           # «الدورة الحادية عشرة | للجنة المختلطة …»: the session, then the body whose it is
            if (t.key in _HONORIFICS or t.key in _ENVOYS) and not _describing(text, tokens, j) \
                    and not (j == i + 1 and _named_for(text, tokens, j)) \
                    or kind == "event" and t.key in POST_NOUNS and t.key not in _EVENT_ADJECTIVE_POSTS:
                break           # وحضر الاجتماع السيد …: a person begins (not «اليوم الإعلامي»، «الندوة الصحفية»); so
                                # does an official by his post, «وحضر الحفل المندوب الإقليمي …» (not «الحفل الكبير»)
            if (j > i + 2 and tokens[i + 1].key in _NAMESAKES and tokens[i + 1].definite
                    or j > i + 3 and tokens[i + 1].key == "عبد" and not head.definite) \
                    and t.text.startswith("ال") and _head_key(t.key) is not None:
                break           # «زار رئيس جامعة القاضي عياض | المركز»، «ومولت مؤسسة عبد الحميد شومان | المشروع»: after
                                # a person's name, the verb's object
            if j > i + 1 and t.text.startswith("ال") and t.key in _LAUNCHES:
                break           # «وأعطت X ووزارة الداخلية | الانطلاقة الرسمية لمشروع …»: the verb's object begins
            if t.text[0] in "وف" and t.key in HEADS and not (nxt and nxt.text[0] in "وف"):
                break           # والمديرية العامة …: a second name begins (والمنظمة والنظامية does not)
            if j > i + 1 and t.text.startswith("ال") and t.key in HEADS and t.key not in _APPOSED_HEADS \
                    and tokens[j - 1].definite and tokens[j - 1].text.startswith("ال") and _adjectival(tokens[j - 1]) \
                    and not (t.key in _ADJECTIVE_HEADS and not (nxt is not None and nxt.definite and _adjectival(nxt))):
                # (a head that is also an adjective: «اللجنة الوطنية التنسيقية لمكافحة …»، «الجمهورية الألمانية
                # الفيدرالية»: the name goes on; not when an adjective of its own follows, «الجمعية المغربية |
                # التنسيقية الوطنية لجمعيات …», a noun)
                break           # «الجامعة العربية الاجتماع التشاوري …»: no noun after an adjective; the next name begins
            if t.text.startswith("ال") and t.key in _PEOPLE_NOUNS and tokens[j - 1].text.startswith("ال") \
                    and (j == i + 1 or tokens[j - 1].key.endswith(("ي", "يه"))):
                break           # «وتستهدف خطة الاستجابة الأردنية | اللاجئين السوريين»، «وتستهدف الخطة | المجتمعات …»:
                                # nor people after a definite head or a nisba; the verb's object (but «المهاجرين العائدين»)
            if j > i + 1 and t.text.startswith("ال") and (HEADS.get(t.key, ("",))[0] == "event" and past_known == j
                                                          or _new_after_genitive(tokens, j)):
                break           # «نظمت جمعية أمل للتنمية الندوة …»: an event with the article after a genitive begins
                                # (or after a known name: «استضافت حكومة جمهورية جيبوتي الاجتماع»); so does a body, «منح
                                # الصندوق الكويتي للتنمية المنظمة الدولية للهجرة …»
            if j > i + 1 and kind == "organization" and t.text.startswith("ال") and tokens[j - 1].definite \
                    and HEADS.get(t.key, ("organization",))[0] != "organization":
                break           # «نظمت جمعية الأمل | الندوة الدولية …»: a definite word ends a construct; an item begins
            if HEADS.get(t.key, ("",))[0] == "organization" and _subject_after(tokens, i, j, kind) \
                    and nxt is not None and nxt.definite and nxt.text.startswith("ال"):
                break           # «ويتولى المكون الخاص بالسنغال | المكتب الوطني …»: the verb's subject begins (not an
                                # adjective, «الخاص بالهجرة المنظمة (والنظامية)»)
            if j > i + 1 and t.text.startswith("ال") and not _adjectival(t) and t.key not in _ELATIVES \
                    and not (t.key.endswith("ه") and tokens[j - 1].key.endswith("ه")) \
                    and tokens[j - 1].definite and tokens[j - 1].text.startswith("ال") \
                    and (tokens[j - 1].key.removesuffix("ه") in places.adjectives() or _ORDINAL.fullmatch(tokens[j - 1].key)):
                break           # «وزارة الشؤون الاجتماعية التونسية | الإعداد اللوجستي»، «الجلسة الأولى | النتائج …»: a
                                # nation's adjective or an ordinal ends a name; a noun after it (no adjective) is the
                                # verb's object (not after any nisba: «وزارة القوى العاملة»، «المؤتمر الوزاري الأورو-…»;
                                # nor a feminine word after a feminine one: «المدرسة البريطانية الحديثة», its adjective)
            if head.definite and j == i + 1 and t.text[0] in "وف" and not t.key.endswith(("ي", "يه")):
                break           # للحكومة والمجتمع, الحوار والتعاون: two nouns, not a name
            if j == i + 1 and head.key.endswith("ه") and t.key.endswith("يون"):
                break           # «شركاء المفوضية | الميدانيون»: a plural's adjective, not the feminine head's
            if j > i + 1 and (t.key in _TRAILING or t.key[:-1] in _TRAILING and t.key.endswith("ه")
                              or nxt and nxt.key == "بين" and (not t.key.endswith(("ي", "يه", "يين", "يون"))
                                                 or t.key.removesuffix("ه") in _IN_FORCE)
                              or t.key in _PASSIVE and nxt and nxt.key == "من"):
                break           # … المنعقد, … المسؤولة عن, … المشترك بين: what follows says something of it (not a
                                # nisba: «… بتنقل العمال الموسميين | بين المغرب والبرتغال»، «برنامج التعاون الفني | بين …»)
            if _coordinated(tokens[j - 1]) and t.text[0] != "و" and not _adjectival(t) and not t.text.startswith("لل") \
                    and not (t.text[0] == "ب" and tokens[j - 1].key in _GOVERNING):   # («… والاتجار بالبشر»)
                break           # … والمغتربين والهجرة الإشراف: after «و X» an adjective or a genitive goes on
            j, indefinite = j + 1, False
            purposes += t.text.startswith("لل") and t.key not in HEADS    # للتنمية (not للوكالة): a purpose too
        elif t.text[:1] == "و" and nxt and nxt.definite and _bare_head(t.key) is None and (any(
                x.key in _GOVERNING or x.key == "علي" or x.text.startswith("لل") for x in tokens[i + 1:j])
                or cls in _MINISTRIES and t.key[1:] in _REMITS):
            j += 2              # المكلفة بالمغاربة … وشؤون الهجرة, للشغل وإنعاش الكفاءات: the complement goes on (a
                                # ministry's second remit too: «وزارة الخارجية وشؤون المغتربين»)
        elif t.text[0] == "ب" and not t.definite and len(t.text) > 3 and tokens[j - 1].key in _GOVERNING \
                and _head_key(t.key) is None and (end := _construct(text, tokens, j + 1, known=known)) is not None:
            j = end             # المعني بفيروس نقص المناعة …، المكلفة بتدبير الهجرة: what it is in charge of, in construct
        elif t.text[0] == "ل" and len(t.text) > 3 and not _coordinated(tokens[j - 1]) and t.text not in _DEMONSTRATIVE \
                and t.text not in HEADS \
                and not (kind in _ONE_PURPOSE and purposes and not t.definite and t.text[1:] not in _REMITS
                         and _head_key(t.key) is None) \
                and (end := _construct(text, tokens, j + 1, heads=kind == "event" and j == i + 1, known=known)) is not None:
            j = end             # a genitive with ل: لانعاش التشغيل, لمجلس البرنامج, لدعم تطوير المقاولة (… والنظامية
                                # لتبادل الممارسات: after «و X», what for); an organization's or a plan's second one, a
                                # verbal noun, is what the sentence says it does: «الصندوق الكويتي للتنمية … | لدعم
                                # اللاجئين»، «الخطة الإقليمية للاجئين | لدعم …»
            purposes += 1
        elif _VERB_WITH_OBJECT.fullmatch(t.text):
            relative = indefinite and j == i + 1
            break               # ندوة نظمتها الوزارة, ورشة احتضنتها وجدة: a relative clause says what befell it
        elif indefinite and j == i + 1 and _VERB_WITH_HIM.fullmatch(t.text) \
                and unmarked(text.quote(t.start, t.end)).endswith("ه"):
            relative = True
            break               # «لقاء نظمته في …»، «ندوة عقدته …»: a relative clause whose subject is not said again
        elif indefinite and j == i + 1 and (t.key in _ABOUT_VERBS or kind == "event" and t.key in _GATHERED):
            relative = True
            break               # «مشروع قانون يتعلق بـ…»، «اتفاقية تهدف إلى …»: what it is about, no name
        elif indefinite and j == i + 1 and t.arabic and t.text[0] in "تي" and len(t.key) >= 4 and nxt is not None \
                and not (len(t.key) == 5 and t.key[3] == "ي") and (nxt.key in _ON_HIM or nxt.key == _ALI and unmarked(text.quote(nxt.start, nxt.end)).endswith("ى")):
            relative = True
            break               # «مشروع تشرف على تنفيذه جمعية …»، «برنامج يسهر عليه …»: a present verb with على, no name
                                # (not a verbal noun of the pattern تفعيل, «ورشة تدريب على …»; nor the name علي,
                                # «مؤسسة يوسف علي»)
        elif indefinite and j == i + 1 and nxt is not None and nxt.key in _WHEREBY:
            relative = True
            break               # «اتفاقية تتولى بموجبها المنظمة …»: a relative clause under which …, no name
        elif indefinite and j == i + 1 and _relative_verb(text, t, nxt, j + 1 in known):
            relative = True
            break               # مشروع موّله البرنامج …، اتفاق أبرمته الحكومة: a relative clause, not a name
        elif accusative and indefinite:
            if not _accusative_adjective(t) or j - i > 2:
                break
            j += 1              # مشروعا مشتركا، مشروعا أول (two adjectives at most)
        elif indefinite and j == i + 2 and kind in _CHAINED and not placed \
                and (chain := _nouns_in_construct(text, tokens, i, known)):
            j, indefinite = chain, False    # «هيئة تنظيم سوق العمل»، «جمعية دعم حقوق المهاجرين»: nouns in construct
                                            # after the head, the last with the article
        elif indefinite and j == i + 2 and kind in _CHAINED and t.text[0] == "و" and t.arabic and not t.definite \
                and _head_key(t.key) is None and _verbal_noun(t.key[1:]) and not _descriptive(tokens[i + 1], False) \
                and nxt is not None and nxt.definite and nxt.text.startswith("ال") and j + 1 not in known:
            j, indefinite = j + 2, False    # «هيئة تنمية وتطوير المهارات»، «مكتب رصد ومكافحة الاتجار …»، «جمعية منتجي
                                            # ومصدري الفراولة»: two nouns in construct with one genitive
        elif indefinite and j == i + 2 and t.key in _SON_OF and _head_key(head.key) in _NAMED_FOR_PERSONS \
                and nxt is not None and nxt.arabic and not nxt.definite and nxt.key not in _STOP and j + 1 not in known:
            j = _name_joined(tokens, j + 1, i)     # «كلية محمد بن راشد للإدارة …»، «جامعة محمد بن عبد الله»، «مؤسسة
                                                    # محمد بن راشد آل مكتوم»: the person it is named for, his father's name
        elif indefinite and t.arabic and (t.text[0] != "و" or t.key.removesuffix("ه") in _WAW_ADJECTIVES) \
                and t.text not in _CIRCUMSTANCES and (j == i + 1 or t.key.endswith(("يه", "ي")) and len(t.key) > 3 and t.key not in HEADS
                     or tokens[j - 1].key in _NAMED_FOR and t.key not in _STOP):
            j += 1              # construct state or indefinite adjectives: جمعية كارفور, ندوة أفروأسيوية إقليمية; a city
                                # the gazetteer does not know after «مدينة»: بلدية مدينة ليل; the name after «ابن»:
                                # جامعة ابن زهر
        elif j > i + 1 and tokens[j - 1].definite and tokens[j - 1].key in _NAMESAKES and t.arabic and not t.definite \
                and t.key not in _STOP and t.text[0] not in "وف":
            # «مركز الملك سلمان للإغاثة»، «مؤسسة الأمير مولاي عبد الله»، «جامعة القاضي عياض»: the name of whom it is named for
            j = _name_joined(tokens, j, i)
            if tokens[i + 1].key not in _ROYAL and j == i + 3 and _family_name(text, tokens, j, known):
                j += 1          # «جامعة الشيخ أنتا ديوب»: a person's family name after his given one (a king's
                                # name has none)
        elif kind == "organization" and j == i + 3 and tokens[i + 1].key == "عبد" and not head.definite \
                and tokens[i + 2].definite and _family_name(text, tokens, j, known):
            j += 1              # «مؤسسة عبد الحميد شومان»: a body named for a person, his family name after «عبد X»
        elif kind == "organization" and t.key == "بلا" and nxt is not None and nxt.key == "حدود" and j - i < 6:
            j += 2              # «جمعية ثقافة بلا حدود»، «محامون بلا حدود»: «without borders» belongs to the name
        elif j == i + 1 and kind != "organization" and _label_number(text, t):
            j, indefinite = j + 1, False    # المكون 1، برنامج 2008 (not «الوكالة 5 ملايين يورو»: an amount after its
                                            # giver); a number ends what indefinite words a head reads: «برنامج 2008
                                            # ميزانية …» (the budget is the verb's object)
        else:
            break
    if bracket:             # the acronym in brackets is a mention of its own
        j -= 1
    if 0 < price and j <= purpose:
        j = price + 1           # (nothing read of what it is for: the name stops at the price word, as before)
    if j > i and _NAMED_AFTER.match(text.norm, tokens[j - 1].end):
        return None             # «مشروعا جديدا يحمل اسم «بيت الأمل»»: the name in quotes after it is the item's
    if j - i < 2:
        # «اتفاقية وقّعتها الوزارة»، «مشروع تنفذه المنظمة»: the clause introduces an item it does not name
        return Mention(head.start, head.end, None, kind, cls, "description", 0.4, i, j) \
            if relative and kind in _INTRODUCED else None
    if head.definite and _head_key(head.key) == SITTING and all(t.key in SESSION_WORDS for t in tokens[i + 1:j]) \
            and not (j < len(tokens) and tokens[j].text[0] == "ل" and _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j]))):
        return None             # «الجلسة الافتتاحية / الأولى / الختامية»: a sitting of the document's event, no event of its
                                # own (but «الجلسة الأولى لمشروع «إدماج»»: the sitting of what it names)
    if head.definite and _head_key(head.key) == SITTING and j - i >= 3 and sitting_of(tokens, i) == j - 1:
        return None             # «الجلسة الختامية للورشة»: a sitting of the event named before by its head noun
    if _head_key(head.key) == _PRIZE:
        # («جائزة التميز للطالبة المغربية …»، «جائزة المغرب للكتاب للفائزين»: who receives it is not its name)
        j = next((k for k in range(i + 2, j) if tokens[k].text[0] == "ل" and tokens[k].arabic
                  and (tokens[k].key.removesuffix("ه") in _RECIPIENTS or _head_key(tokens[k].key) is not None
                       or tokens[k].key in _PEOPLE_NOUNS)), j)
        if "«" not in text.norm[head.end:tokens[j - 1].end] and (
                not (tokens[i + 1].definite or i + 1 in known) or tokens[i + 1].key in HEADS
                or not any(t.text[0] == "ل" and t.arabic for t in tokens[i + 2:j])) \
                or _ORDINAL.fullmatch(tokens[i + 1].key) or tokens[i + 1].key in _ELATIVES:
            return None         # a prize is named for what it rewards («جائزة الدوحة للعمل الإنساني»، «جائزة «…»»),
                                # not «الجائزة الأولى»، «جائزة لجنة التحكيم»، «جائزة مالية» (a prize given, no programme)
    if all(_descriptive(t, head.definite) for t in tokens[i + 1:j]) or kind == "policy" and not head.definite \
            or head.definite and _descriptive(tokens[i + 1], True):
        # المشروع الجديد (للتعاون مع …) refers back (the topic stands for it); مشروع هام, or «الاتفاقية المبرمة بين …»,
        # introduces something unnamed; an indefinite policy is a kind of policy (سياسة هجرة إنسانية)
        introduced = not head.definite or any(t.key == "بين" for t in tokens[j:j + 3])
        return Mention(head.start, tokens[j - 1].end, None, kind, cls, "description", 0.4, i, j) if introduced else None
    if i > 0 and tokens[i - 1].key == "اول" and not tokens[i - 1].definite and _NAME_GAP.match(_gap(text, tokens[i - 1], head)):
        i -= 1                  # أول منتدى عالمي …: the first one is that one
    elif i > 0 and tokens[i - 1].key in _EXCHANGE and head.key in HEADS and HEADS[head.key][0] == "agreement" \
            and _NAME_GAP.match(_gap(text, tokens[i - 1], head)):
        i -= 1                  # تبادل مذكرات/رسائل: an exchange of notes is the agreement
    if kind == "programme" and j - i >= 3 and tokens[i + 1].key == "تنفيذي" and tokens[i + 2].key[:1] == "ل" \
            and HEADS.get(tokens[i + 2].key[1:], ("",))[0] == "agreement":
        kind, cls = "agreement", "Agreement"     # «البرنامج التنفيذي لاتفاقية …»: an agreement's implementing protocol
    return Mention(tokens[i].start, tokens[j - 1].end, None, kind, cls, "head-noun", 0.5, i, j)


# «… يحمل اسم / بعنوان / تحت اسم / المسمى «Y»»: the item's name in quotes follows
_NAMED_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:[يت]حمل|[يت]سمي)\s+(?:اسم|عنوان)|بعنوان|تحت\s+(?:اسم|عنوان)|(?:ال)?مسم(?:ي|اه))"
                          r"\s*[«\"“]")
# what a bare head noun with a relative clause after it introduces: an agreement, an event, a project
_INTRODUCED = {"agreement", "event", "project", "programme"}
_OPENING = re.compile(r"[«“\"]\s*\Z")
_CLOSING = re.compile(r"\s*[»”\"]")
_CLOSING_ASKED = re.compile(r"\s*[؟?!]?\s*[»”\"]")     # what an event is about may ask or exclaim: «أيّ حلول؟»
_QUOTED_WORDS = 15        # words of a title in quotes


def sitting_of(tokens: list[Token], k: int) -> int | None:
    """The token that names with «لل», by its head noun, the event a sitting at token ``k`` is of, past the sitting's
    adjectives (three at most: «الجلسة الختامية للندوة»), or None (relations reads it too)."""
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tokens[j].key in SESSION_WORDS:
        j += 1
    named = j < len(tokens) and tokens[j].text.startswith("لل") \
        and HEADS.get(_head_key(tokens[j].key) or "", ("",))[0] == "event"
    return j if named else None


def _quoted_whole(text: Text, tokens: list[Token], i: int, about: bool = False, asks: bool = False) -> int | None:
    """Where a title in quotes that opens right before token ``i`` ends (its last token + 1), when it
    closes within a few words, no punctuation inside (``about``, what an event is about after «حول»: a colon too,
    «حول «الهجرة المناخية: من الهشاشة إلى الصمود»»; a quote elsewhere may be a clause said, «المشروع: …»; ``asks``: it
    may end on a question or an exclamation, «حول «هجرة الكفاءات: أيّ حلول؟»», a speech's never); else None."""
    before = text.norm[tokens[i - 1].end if i else 0:tokens[i].start]
    if not _OPENING.search(before):
        return None
    for j in range(i + 1, min(i + _QUOTED_WORDS, len(tokens)) + 1):
        gap = text.norm[tokens[j - 1].end:tokens[j].start] if j < len(tokens) else text.norm[tokens[j - 1].end:]
        if (_CLOSING_ASKED if asks else _CLOSING).match(gap):
            return j if j > i + 1 else None
        if gap.strip(" -/:" if about else " -/") or j < len(tokens) and tokens[j].text in _NEGATIONS:
            return None     # (a quoted clause, «المشروع لا يقتصر على التكوين», is what was said, no title)
    return None


# what an unnamed item's description may run on to: its clause, a few words at most
_DESCRIPTION_END = re.compile(r"[,.;:()«»\"“”\n]")
_DESCRIPTION_WORDS = 6
_DESCRIPTION_REACH = 300      # characters it may run on (a text with no punctuation stays linear)
_DESCRIBED = {"event", "agreement", "programme", "project", "phase", "component", "plan", "strategy", "policy",
              "framework", "declaration"}


def described(text: Text, m: Mention, names: dict[int, Mention]) -> tuple[int, int] | None:
    """An unnamed item (an indefinite head noun: «اتفاقية ثنائية»، «ورشة تقنية»، «اتفاق») with what its clause
    goes on to say of it, as a curator would name it: «اتفاقية ثنائية لاستكمال هذه المرحلة»، «ورشة تقنية
    احتضنتها وجدة»، «اتفاق أبرمته وزارة الداخلية الإسبانية مع المنظمة الدولية للهجرة»: the span up to the end of
    its clause, a few words at most, a name of ``names`` (the mentions by their first token) read whole as one;
    None for a name, or when nothing follows."""
    tokens = text.tokens
    if m.entity is None and m.kind == "organization" and _head_key(tokens[m.first].key) in _EMBASSIES:
        # «سفارة إيطاليا | بالمغرب»، «سفارة اليابان | في الرباط»: which of a country's embassies
        place = next((n for k in (m.last, m.last + 1) if (n := names.get(k)) is not None
                      and n.kind in ("country", "city")), None)
        if place is not None and (text.norm[m.end:place.start].strip() == "في"
                                  or place.first == m.last and text.norm[place.start] == "ب"):
            return m.start, place.end
        return None
    if m.kind not in _DESCRIBED or m.first >= len(tokens) or tokens[m.first].definite or m.entity is not None:
        return None
    stop = _DESCRIPTION_END.search(text.norm, m.end, m.end + _DESCRIPTION_REACH)
    limit = stop.start() if stop else m.end + _DESCRIPTION_REACH
    end, last, words = m.end, m.last, 0
    while last < len(tokens) and words < _DESCRIPTION_WORDS:
        upto = max(names[last].last if last in names else last + 1, last + 1)
        if tokens[upto - 1].end > limit:
            break
        end, last, words = tokens[upto - 1].end, upto, words + 1
    return (m.start, end) if last > m.last else None


_PHASE_OF = re.compile(r"\s+من\s+(?:[^\s«»\"“”,.;:]+\s+){0,2}?[«\"“]?\s*\Z")   # «المرحلة الثانية | من برنامج «»


def phase_whole(text: Text, m: Mention, names: dict[int, Mention]) -> tuple[int, int] | None:
    """A new phase with the item it is a phase of right after «من», «المرحلة الثانية من برنامج «سجلي»»، «الدفعة الأولى
    من المشروع»: the whole phrase (to the item's closing quote), as a reader names that phase; else None."""
    if m.kind != "phase" or m.entity is not None:
        return None
    whole = next((n for k in range(m.last, min(m.last + 4, len(text.tokens))) if (n := names.get(k)) is not None), None)
    if whole is None or whole.kind not in _PHASED or not _PHASE_OF.fullmatch(text.norm, m.end, whole.start):
        return None
    closing = text.norm[whole.end:whole.end + 1]
    return m.start, whole.end + (closing in "»”\"" and closing != "")


# the words of a place before its name, as a text names it («مدينة أسوان»، «ولاية مدنين»، «مقاطعة باسكنو»)
_NAMED_TOWN_WORDS = {w.translate(LETTERS) for w in ("مدينة", "بلدة", "قرية", "مقاطعة", "جزيرة", "مخيم")}
_NAMED_PLACE_WORDS = _NAMED_TOWN_WORDS | {w.translate(LETTERS) for w in ("ولاية", "محافظة", "منطقة", "إقليم", "جهة", "عمالة")}


def with_place_word(text: Text, m: Mention) -> tuple[int, int] | None:
    """A city's or region's name after its place's word, «بمدينة أسوان»، «ومقاطعة باسكنو»، «بإقليم صقلية»: the word
    (without what is attached before it) and the name, as the text calls the place (a town's word for a city: «جهة
    طنجة» names the region); None when no such word is right before it or the mention holds it already."""
    if m.kind not in ("city", "region") or m.first == 0:
        return None
    before = text.tokens[m.first - 1]
    word = _unit_of_word(before.key, _NAMED_PLACE_WORDS if m.kind == "region" else _NAMED_TOWN_WORDS)
    if word is None or not before.text.endswith(word) or not _NAME_GAP.match(_gap(text, before, text.tokens[m.first])):
        return None
    return before.end - len(word), m.end


def title_within(text: Text, m: Mention) -> tuple[int, int] | None:
    """A new item named by a head noun and a title in quotes, «ورشة إقليمية حول «حماية اللاجئين»»، «برنامج «تمكين»
    لإدماج المهاجرين»: the title alone (without its quotes), which a reader also calls it by; None for a name that is
    all one title or has none."""
    if m.entity is not None:
        return None
    opened = text.norm.find("«", m.start + 1, m.end)
    if opened < 0:
        return None
    closed = text.norm.find("»", opened + 1, m.end)
    end = closed if closed >= 0 else m.end
    return (opened + 1, end) if text.norm[opened + 1:end].strip() else None


def headed_title(text: Text, m: Mention) -> tuple[int, int] | None:
    """A new title in quotes right after its head noun, «برنامج «رعاية»»، «لمشروع «جسور»»: the head noun (without a
    conjunction or preposition on it) and the title in its quotes, which a reader also calls it by; else None."""
    if m.entity is not None or m.rule != "quoted-title" or m.first == 0:
        return None
    tokens = text.tokens
    before = tokens[m.first - 1]
    head = _head_key(before.key) or _unit_of_word(before.key, _TITLED_WORDS)
    if head is None or not before.text.endswith(head) or _gap(text, before, tokens[m.first]).strip() not in OPENING_MARKS:
        return None
    closing = text.norm[m.end:m.end + 1]
    return before.end - len(head), m.end + (closing in "»”\"" and closing != "")


def _subject_after(tokens: list[Token], i: int, j: int, kind: str) -> bool:
    """Whether the definite word ``j`` may begin the verb's subject after an item's name (head ``i``) and its complement
    with «بال…»: «ويتولى المكون الخاص بالسنغال | المكتب …» (the caller says whether the word names a body)."""
    return j > i + 1 and kind != "organization" and tokens[j].text.startswith("ال") \
        and tokens[j - 1].text.startswith("بال")


def _unprefixed(token: Token, place: Mention) -> bool:
    """A place named in construct, with no conjunction or preposition written onto it: «جماعة وجدة»، «لقاء برلين» (not
    «ندوة بوجدة», where it met)."""
    return token.text[0] not in "وفبل" or _own_initial(token, place)


def _own_initial(token: Token, place: Mention) -> bool:
    """Whether a place's name itself starts with the letter a conjunction or preposition would be (وجدة،
    وزان، بركان، بني ملال): «جماعة وجدة» is Oujda's commune, «جماعة وطنجة» no name."""
    entry = places.table().get(place.entity or "")
    return entry is not None and any(name.translate(LETTERS).split()[0] == token.text for name in entry.names)


# «تعمل / تسعى / يناضل X من أجل …»: what a body strives for, after it, is no part of its name
_STRIVING = {w.translate(LETTERS) for w in ("تعمل", "يعمل", "تسعى", "يسعى", "تناضل", "يناضل", "تكافح", "يكافح", "تجتهد",
                                            "يجتهد", "تتحرك", "يتحرك", "تدعو", "يدعو", "تنشط", "ينشط", "تتجند", "يتجند")}
# «بموجبها»، «بمقتضاه»: under it, after a verb of a relative clause on the item before
_WHEREBY = {w.translate(LETTERS) for w in ("بموجبها", "بموجبه", "بمقتضاها", "بمقتضاه")}


def _relative_verb(text: Text, t: Token, nxt: Token | None, named: bool = False) -> bool:
    """A verb with its object pronoun ـه (not the ة of a noun: the original spelling tells them apart) and
    its subject after it, definite, a name (``named``) or a head noun in construct: «مشروع موّله البرنامج …»،
    «اتفاق أبرمته الحكومة»، «اتفاق أبرمته وزارة الداخلية …»، «مشروع تنفذه المنظمة»."""
    return nxt is not None and (nxt.definite or named or _head_key(nxt.key) is not None) and nxt.key not in _STOP \
        and t.arabic and len(t.key) >= 4 and unmarked(text.quote(t.start, t.end)).endswith("ه")


def _observed(t: Token) -> bool:
    """An adjective of a day observed or held (اليوم العالمي، يوما دراسيا، الأيام الدراسية), in any
    case or gender."""
    return t.key.removesuffix("ا") in _OBSERVED or t.key.removesuffix("ه") in _OBSERVED_DAYS


_ANNEX = "ملحق"
# what makes «ملحق» an addendum: its kind («تعديلي»، «تمديد»، «إضافي»), its rank («الملحق الثاني»), or the agreement it
# is to, after ل (not «الملحق العمالي»، «ملحق صحفي»: an attaché, a supplement)
_ANNEX_WORDS = {w + end for w in ("تعديلي", "اضافي") for end in ("", "ا", "ه")} | {"تمديد"}
_ADDENDUM_RANKS = {"اول", "ثاني", "ثان", "ثالث", "رابع"}     # (alone, «الملحق الثاني: قائمة المشاركين»: a report's annex)


def _an_addendum(text: Text, tokens: list[Token], i: int) -> bool:
    """Whether «ملحق» at ``i`` is an addendum to an agreement: of a kind of ``_ANNEX_WORDS``, or to an agreement named
    right after it (in construct or after ل: «ملحق الاتفاقية»، «ملحقا لاتفاقية …»), its rank between («الملحق الثاني
    لاتفاقية المنحة»), in one phrase."""
    k = i + 1
    if k < len(tokens) and tokens[k].key in _ADDENDUM_RANKS and _NAME_GAP.match(_gap(text, tokens[i], tokens[k])):
        k += 1
    if k >= len(tokens) or not _NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])):
        return False
    head = _head_key(tokens[k].key)
    return k == i + 1 and tokens[k].key in _ANNEX_WORDS or head is not None and HEADS[head][0] == "agreement"


def _names_nothing(text: Text, tokens: list[Token], i: int) -> bool:
    """Head nouns that name nothing here: يوم 9 دجنبر (a date: a day is named by its adjective, اليوم
    العالمي); في إطار (in the framework of); عملية المنتدى العالمي (the process of a named thing: that
    thing is the name), إدارة مكون … (managing an item); ما مجموعه (in all); مركز الولاية (its chief town); شهادات أكاديمية معترف بها (a head noun that
    is also an adjective, indefinite after a plural: its adjective; not «أكاديمية محمد السادس لكرة القدم»)."""
    key, after = _head_key(tokens[i].key), tokens[i + 1] if i + 1 < len(tokens) else None
    before = tokens[i - 1].key if i > 0 else None
    return key in _DAYS and (after is None or not _observed(after)) \
        or (key == _ANNEX or tokens[i].key == _ANNEX + "ا") and not _an_addendum(text, tokens, i) \
        or key == "اطار" and before in ("في", "ضمن", "وفي", "وضمن") \
        or key in _ACTIONS and after is not None and (head := _head_key(after.key)) in HEADS \
        and (after.definite or HEADS[head][0] in _MANAGED) \
        or before == "ما" \
        or key == _CENTRE and after is not None and after.text.startswith("ال") and after.key in places.UNIT_CLASS \
        or key == _ACADEMY and not tokens[i].definite and before is not None and before.endswith("ات")


_MANAGED = {"programme", "project", "component"}     # «أُسندت إدارة مكون تطوير الخدمات …»: managing an item, no department
_CENTRE = "مركز"       # «مدينة صفاقس، مركز الولاية»، «مركز المحافظة»: the unit's chief town, no centre of its
_ROYAL = {"ملك", "امير"}            # a body named for a king or a prince: his name is in its name
# titles of the person a body is named for, right after its head noun («جامعة القاضي عياض»، «مؤسسة الشيخ زايد»،
# «جامعة الشيخ أنتا ديوب»، «مستشفى الدكتور X»): his name is in its name too
_NAMESAKES = _ROYAL | {"شيخ", "قاضي", "امام", "سلطان", "حاج", "دكتور", "زعيم", "شهيد"}
# … the head nouns of bodies named so (not «فريق الدكتور X»: a team led by him)
_NAMED_FOR_PERSONS = {w.translate(LETTERS) for w in ("جامعة", "مؤسسة", "مستشفى", "مركز", "معهد", "مدرسة", "كلية", "جمعية",
                                                     "دار", "مكتبة", "مسجد", "ثانوية", "قاعة", "مجمع", "مصحة")}
_STATES = {"جمهوريه", "مملكه", "دوله", "سلطنه", "اماره", "امارات", "امبراطوريه"}     # a state's word before its name
_SESSIONS = {"اشغال", "فعاليات", "اعمال"}      # «افتتح السيد X أشغال …»: what he opened, no word of his name
_DELEGATIONS = {"وفد", "وفدا", "وفود"}    # «ترأس السيد X وفد المفوضية»: what he led, no word of his name
_MUNICIPALITY = "بلديه"
_KEEPER, _SEALS = "حافظ", "اختام"
_WHICH = {"الذي", "التي", "اللذين", "اللتين", "الذين"}   # relative pronouns: a verb follows, no name («الذي احتضنه …»)
_UNIT_WORDS = {"جهه", "اقليم", "عماله", "ولايه", "جماعه", "مدينه"}   # a territorial unit named by its place after it
_NAMED_FOR = {_CITY_WORD, "ابن", "بن", "ابي", "ابو"}    # a word whose next one is a name: مدينة ليل، جامعة ابن زهر
_NAME_JOINS = {"بن", "عبد", "ال", "ولد"}
# Adjectives that are neither nisbas nor participles (المشاورات الرفيعة المستوى، الهيئة العليا، المنتدى الخامس)
_ADJECTIVES = {"رفيع", "رفيعه", "عليا", "اوسط", "كبري", "صغري", "عامل", "ابطال", "بطل", "بطله",
               "رابع", "رابعه", "خامس", "خامسه", "سادس", "سادسه", "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه",
               "عاشر", "عاشره", "حادي", "احمر", "داءم", "داءمه"}      # (الهلال الأحمر، الصليب الأحمر؛ البعثة الدائمة)


def _name_joined(tokens: list[Token], j: int, i: int) -> int:
    """Where a person's name that a body at ``i`` is named for ends, from its word at ``j``: «عبد» and the word after
    it, then the words that join a name (… بن عبد العزيز، … آل مكتوم), within eight words of the head."""
    j += 2 if tokens[j].key == "عبد" and j + 1 < len(tokens) else 1
    while j + 1 < len(tokens) and tokens[j].key in _NAME_JOINS \
            and (not tokens[j + 1].definite or tokens[j].key == "عبد") and j - i < 8:
        j += 2
    return j


# A verbal noun or a participle's plural in construct, the second of two nouns with one genitive («هيئة تنمية | وتطوير
# المهارات»، «مركز حماية | ودعم …»، «جمعية منتجي | ومصدري …»): the patterns تفعيل، إفعال، a noun in ة, مفعلي; not a past
# verb («مشروع تكوين | وأكد المدير»: «أكد»، «أعلن») nor people («وشركاء المشروع»)
_SHORT_VERBAL_NOUNS = {"دعم", "رصد", "بحث", "نقل", "حفظ", "صون", "جمع", "نشر"}


def _verbal_noun(key: str) -> bool:
    if key in _PEOPLE_NOUNS or key in POST_NOUNS or key in _STOP:
        return False
    return key in _SHORT_VERBAL_NOUNS or len(key) >= 4 and (
        key.endswith("ه") or key[0] == "ت" and len(key) == 5 and key[3] == "ي" or key[0] == "ا" and len(key) == 5
        and key[3] == "ا" or key[0] == "م" and key.endswith("ي"))


def _agrees(t: Token) -> bool:
    """Whether ``t``, right after a head noun with the article, may go on with its name: an adjective
    with the article that agrees with a thing (a nisba, a participle, an ordinal: الوكالة الوطنية، المرحلة
    الثالثة), a head noun in apposition (الاتفاق الإطار), or a word the name loop reads on its own terms
    (a proclitic و, a preposition, a Latin word, a number). Not another head noun with the article (a
    second name: «الوكالة المكون 1»), a verbal noun (المجلس الدفاع عن …), a plural of persons (أعضاء
    اللجنة الممثلين لـ…) or a genitive with ل (الوكالة لمواجهة الجائحة، الوزارة للتواصل مع …: what it does)."""
    if t.text[0] == "ل" and t.arabic:
        return t.key in _STOP or t.text in _STOP
    if not t.definite or t.text[0] in "وف":
        return True
    if t.key in HEADS:
        # (a head that is also an adjective is one here: «اللجنة التنسيقية لمكافحة …»)
        return t.key in _APPOSED_HEADS or t.key in _ADJECTIVE_HEADS
    if t.key.endswith(("ين", "ون")) and not t.key.endswith(("يين", "يون")):
        return False
    if t.key in _TITLE_HEADS:
        return False    # «ومن جانب المنظمة المدير الإقليمي … السيد X»: a person's title begins
    return _adjectival(t) or t.key in _ADJECTIVES


def _unlike_gender(head: Token, t: Token) -> bool:
    """A singular masculine adjective with the article (المكلف، المساعد، الفرعي) after a feminine noun (الجامعة،
    الوزارة، المنظمة: its ة, ه once normalized): not that noun's adjective."""
    return head.key.endswith("ه") and t.definite and t.arabic and t.text[0] not in "وفبل" \
        and not t.key.endswith(("ه", "ين", "ون", "ات")) and t.key not in _ELATIVES and t.key not in HEADS \
        and (t.key.endswith("ي") or t.key[:1] == "م" and len(t.key) > 3)


_PRIZE = "جاءزه"
# who receives a prize, after «لـ»: not its name («جائزة التميز للطالبة …»، «جائزة … للفائزين»)
_RECIPIENTS = {"فاءز", "فاءزين", "فاءزات", "طالب", "طالبه", "مشارك", "مشاركين", "مشروع", "افضل"}
_ROUND = "جوله"
_TALKS = {"مفاوضات", "محادثات", "مشاورات", "حوار"}     # what a round is of: «الجولة الثالثة من مفاوضات الهجرة»
_IN_FORCE = {"جاري", "ساري", "حالي", "سابق", "قاءم", "ماضي"}     # «مذكرة التفاهم الحالية | بين …»: when, not which


# titles of persons, with the article after a head noun with it: an apposition begins, not the name's adjective (not
# «المكلفة»: «الوزارة المكلفة بالمغاربة …» is a ministry's name)
_TITLE_HEADS = {"مدير", "مديره", "رءيس", "رءيسه", "نائب", "نائبه", "منسق", "منسقه", "سفير", "سفيره", "وزير", "وزيره",
                "مستشار", "امين", "كاتب", "كاتبه"}
_ACCUSATIVE_ITEMS = {"programme", "project", "component", "plan", "strategy", "agreement", "declaration"}
_SIGNED = {"agreement", "declaration"}       # what is signed: «اتفاقا»، «إعلانا مشتركا»، «اتفاقية مع …»
_PARTNERSHIP = "شراكه"                       # (بشراكة مع, شراكة مع: working together, no agreement named)


def _purpose(t: Token) -> bool:
    """What an item is for, with ل on a verbal noun: «مشروعا لدعم إدماج المهاجرين»، «برنامجا لتعزيز …»، «مشروعا
    للتكوين المهني» (with the article: not a body's head noun, «مشروعا للمنظمة …»)."""
    return t.arabic and t.text[0] == "ل" and len(t.text) > 3 and t.text not in _DEMONSTRATIVE \
        and (not t.definite or t.text.startswith("لل") and _head_key(t.key) is None)


def _accusative_adjective(t: Token) -> bool:
    """An indefinite adjective in the accusative, after an accusative head noun: مشتركا، جديدا، إقليميا,
    and the elative أول (which takes no tanween)."""
    return t.arabic and not t.definite and (t.text[0] not in "وفبل" or t.key[:-1] in _WAW_ADJECTIVES) \
        and t.key not in _STOP and t.key not in _SMALL \
        and (t.key == "اول" or t.key.endswith("ا") and len(t.key) > 3 and _head_key(t.key[:-1]) is None)


_SMALL = {"صغيرا", "مدرا"}     # «مشروعا صغيرا»، «مشروعا مدرا للدخل»: a small business, no project of the genre's
_NUMBER_GOES_ON = re.compile(r"[.,/٫]\d")
_LABEL = re.compile(r"\d{1,3}[^\W\d_]?|(?:19|20)\d\d")      # 1, 3أ, 2008


_ISSUED = re.compile(r" (?:ال)?صادر(?:ه)? (?:في|بتاريخ) (?:[0-9]{1,2} )?\S+ [0-9]{4}(?![0-9])")


def _law_number(text: Text, tokens: list[Token], j: int) -> int | None:
    """The end of a law's number at token ``j``, «(رقم) 02.03»، «رقم 2010-021»، «25/2003» (groups of digits joined by
    a dot, a dash or a slash, no space), or None."""
    if j < len(tokens) and tokens[j].key == "رقم":
        j += 1
    if j >= len(tokens) or not tokens[j].text.isdigit():
        return None
    while j + 1 < len(tokens) and tokens[j + 1].text.isdigit() and _gap(text, tokens[j], tokens[j + 1]) in ("٫", "-", "/"):
        j += 1
    j += 1
    # «… الصادر في 10 فبراير 2010»: the day it was issued is part of its title
    issued = _ISSUED.match(text.norm, tokens[j - 1].end)
    while issued is not None and j < len(tokens) and tokens[j].start < issued.end():
        j += 1
    return j


def _label_number(text: Text, t: Token) -> bool:
    """A number that labels the thing its head noun names: one to three digits (and a letter) or a year
    (المكون 1، المكون 3أ، الدورة 12، برنامج 2008), whole (not the first group of «الاجتماع 25.690 طلبا»: a count), and
    not an amount («لهذه المرحلة 200 مليون يورو»)."""
    return _LABEL.fullmatch(t.text) is not None and not _NUMBER_GOES_ON.match(text.norm, t.end) \
        and not MONEY_AFTER.match(text.norm, t.end) and not (len(t.text) < 4 and _COUNTED_AFTER.match(text.norm, t.end))


# «ويستهدف المشروع 200 مهاجر»، «… 40 شخصا»: a number (not a year: «رصد برنامج 2008 ميزانية») followed by a bare
# noun counts it (no preposition, article or particle before the noun: «الدورة 12 حول …»، «المكون 1 من البرنامج»)
_COUNTED_AFTER = re.compile(r" (?!(?:" + "|".join(sorted(_STOP | {"حول", "ضمن", "تحت", "عبر", "نحو", "وفق", "لدي"}))
                            + r")(?=[\s,.;:]|\Z))(?![لبكوف]|ال)[^\W\d_]{2,}")


def _coordinated(token: Token) -> bool:
    """A definite word joined by و (والنظامية, والهجرة): the last of a list in a name."""
    return token.definite and token.text[0] == "و"


def _adjectival(token: Token) -> bool:
    """Could be an adjective: a nisba (الدولي، الإقليمية، المغاربيين), a participle (المنظمة، المقبلة)
    or one of the adjectives listed here."""
    key = token.key[1:] if not token.definite and token.key[:1] in "وف" else token.key   # والمنظمة's key is منظمه
    return key.endswith(("ي", "يه", "يين", "يون")) or key[:1] == "م" or _descriptive(token, False) or key in _ELATIVES


def _construct(text: Text, tokens: list[Token], k: int, heads: bool = False,
               known: dict[int, Mention] | None = None) -> int | None:
    """Where a construct chain starting at token ``k`` ends, after its definite last word (تطوير المقاولة) or the
    country the gazetteer knows right after it (``known``: «لأطباء مصر | بالتعاون مع …»; a city after a process's word,
    «لحوار أبوظبي»), or None: the words a
    genitive with ل governs. ``heads``: a head noun may be one of them (what an event is for: ورشة لإعداد خطة
    للتكوين). A chain is one phrase: nothing but spaces from the word before ``k`` to its end (not across a comma, a
    quote or a sentence end: «لمشروع «إدماج». ورصدت الوكالة», «مرحلة لاحقة، رصدت الحكومة»)."""
    for n in range(k, min(k + 3, len(tokens))):
        if n and not _NAME_GAP.match(_gap(text, tokens[n - 1], tokens[n])):
            return None
        if known is not None and n == k and n in known and (
                known[n].kind == "country" or known[n].kind == "city" and places.PROCESS.fullmatch(tokens[k - 1].key)
                and _unprefixed(tokens[n], known[n])):
            return known[n].last        # (the country right after the genitive: not «لإغاثة متضرري فيضانات درنة شرقي»،
                                        # nor a unit's place, «المركز الإداري لجهة فاس-مكناس», the region's chief town;
                                        # a process named for its city: «اجتماع كبار المسؤولين لحوار أبوظبي»)
        if tokens[n].definite:
            return n + 1
        if not tokens[n].arabic or tokens[n].key in _STOP or tokens[n].key in HEADS and not heads:
            return None
    return None


# a verb's look: the imperfect («يستهدف»، «تنظم»: short after ت), a pronoun of its object or of its owner («أطلقته»)
_VERB_LIKE = re.compile(r"(?:ي\S{2,}|ت\S{2,3}|\S+(?:ته|تها|ها|هم|هما))")


def _nouns_in_construct(text: Text, tokens: list[Token], i: int, known: dict[int, Mention]) -> int:
    """Where the head at ``i`` and the indefinite noun after it end when they go on in construct over one or two more
    indefinite nouns and a definite last word with the article («هيئة تنظيم | سوق العمل»، «نقابة أصحاب | مكاتب استقدام
    العاملات»), else 0. Not past a verb («برنامج دعم | يستهدف …»، «برنامج تكوين | أطلقته …»), an adjective («برنامج
    دعم | جديد للمهاجرين»، «صندوق ائتمان | استعجالي»), a word of time («برنامج دعم | مطلع السنة»), a title or a known
    name; not after ابن, nor after a title before the head (a person's name may follow: «مدير مشروع إدماج | محمد
    العلوي»). (A body named by its place, «رئيس بلدية جرجيس | أنور الجلاصي», is the caller's to leave out.)"""
    second = tokens[i + 1] if i + 1 < len(tokens) else None
    if second is None or second.key in _NAMED_FOR or second.key.endswith(("ي", "يه")) or i + 1 in known \
            or i and tokens[i - 1].key in POST_NOUNS:
        return 0
    for k in range(i + 2, min(i + 5, len(tokens))):      # one or two more nouns, then the definite word
        word = tokens[k]
        if k in known or not word.arabic or not _NAME_GAP.match(_gap(text, tokens[k - 1], word)) \
                or word.key in _TIME or word.key in POST_NOUNS:
            return 0
        if k > i + 2 and word.definite and word.text.startswith("ال"):
            return k + 1
        if word.definite or word.text[0] in "وفبل" or word.key in _STOP or word.key.endswith(("ي", "يه")) \
                or _head_key(word.key) is not None or _VERB_LIKE.fullmatch(word.key):
            return 0
    return 0


def _descriptive(token: Token, definite: bool) -> bool:
    """An adjective that describes rather than names: مشروع هام، منظمة دولية، المشروع الجديد."""
    words = _DESCRIPTIVE if definite else _DESCRIPTIVE | _CLASSIFYING
    key = token.key[1:] if token.key[:1] in "وف" and token.key[1:] in words else token.key
    return key in words or key.endswith("ه") and key[:-1] in words


def _lam_head(token: Token) -> tuple[str, str] | None:
    """A head noun that begins with ل after ل and the article, spelled with two lams, not three («رئيسا للجنة الوطنية
    …»: its key, «جنه», has lost the noun's own first letter)."""
    return HEADS.get("ل" + token.key) if token.definite and _TWO_LAMS.match(token.text) else None


_TWO_LAMS = re.compile(r"[وف]?لل")


@lru_cache(maxsize=65536)
def _head_key(key: str) -> str | None:
    """The head noun a key is, itself or behind a bare conjunction or preposition (ومكتب, لوزارة)."""
    return key if key in HEADS else next((key[len(p):] for p in PROCLITICS
                                          if key.startswith(p) and key[len(p):] in HEADS), None)


@lru_cache(maxsize=65536)
def head_of(key: str) -> str | None:
    """The head noun a word is, in any case form: itself or behind a bare conjunction or preposition
    (ومكتب), an indefinite accusative (اجتماعا), or with a possessive pronoun (اجتماعها)."""
    return _head_key(key) or _accusative_key(key) or _possessed(key)


def _accusative_key(key: str) -> str | None:
    """The head noun an indefinite accusative is (مشروعا، برنامجا: the tanween alif)."""
    return key[:-1] if key.endswith("ا") and key[:-1] in HEADS else None


def _accusative_head(key: str) -> tuple[str, str] | None:
    """The kind of an indefinite accusative head noun: «مشروعا «…»»."""
    head = _accusative_key(key)
    return HEADS[head] if head else None


def _bare_head(key: str) -> tuple[str, str] | None:
    """A head noun behind a bare conjunction or preposition: ومكتب, لوزارة, بمنظمة."""
    head = _head_key(key)
    return HEADS[head] if head and head != key else None


def _named_for(text: Text, tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is the title of the person a body is named for, right after its bare head noun («جامعة
    الشيخ أنتا ديوب»، «مستشفى الدكتور X»: a word of the body's name, no person's honorific)."""
    head = tokens[k - 1] if k > 0 else None
    return head is not None and not head.definite and _head_key(head.key) in _NAMED_FOR_PERSONS \
        and tokens[k].key in _NAMESAKES and bool(_NAME_GAP.match(_gap(text, head, tokens[k])))


def _family_name(text: Text, tokens: list[Token], j: int, known: Container[int]) -> bool:
    """Whether token ``j`` may be a person's family name after his given one, in a body's name: a bare word no
    other name takes, no head noun, stop word, conjunction or preposition, and one that closes the name (punctuation,
    a known name, a definite nisba after it: «جامعة الشيخ أنتا ديوب بداكار»، «مؤسسة عبد الحميد شومان الأردنية»), not
    the verb's object or a word of when («مؤسسة الشيخ زايد مساعدات إنسانية / أمس / دعما للمفوضية»), nor a verb unless
    the name closes right after it («مؤسسة الشيخ زايد تنظم …»، «مؤسسة الشيخ أحمد ياسين،»)."""
    if j >= len(tokens) or j in known:
        return False
    t = tokens[j]
    if not t.arabic or t.definite or _head_key(t.key) is not None or t.key in _STOP or t.key in _TIME \
            or t.text[0] in "وفل" or t.key.endswith("ا") or not _NAME_GAP.match(_gap(text, tokens[j - 1], t)):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    closed = nxt is None or not _NAME_GAP.match(_gap(text, t, nxt)) or j + 1 in known or nxt.key in _STOP \
        or _head_key(nxt.key) is not None       # («مؤسسة عبد الرحيم بوعبيد ندوة»: the verb's object, a head noun)
    return closed or not (t.text[0] in "يتن" and len(t.text) > 3) and nxt is not None and nxt.definite \
        and nxt.key.endswith(("ي", "يه"))


def _describing(text: Text, tokens: list[Token], i: int) -> bool:
    """A profession of the press or the arts that is a nisba right after a definite noun describes it («المؤتمر الصحفي»،
    «اليوم الإعلامي»), and so does a witness's word («الأسر اللاجئة»، «الكفاءات الشابة»): an adjective, no honorific."""
    t = tokens[i]
    return (t.key in _ARTS and t.key.endswith(("ي", "يه")) or t.key in _WITNESSES) and i > 0 and tokens[i - 1].definite \
        and bool(_NAME_GAP.match(_gap(text, tokens[i - 1], t)))


def _person(text: Text, tokens: list[Token], i: int, covered: set[int], seen: set[int] | None = None,
            places: set[int] | None = None) -> Mention | None:
    """``covered``: tokens of known names; ``seen``: also those of the names found before ``i``; ``places``:
    ``covered`` and the one-word places it leaves out (they may be words of a name: السيد أنيس بيرو)."""
    t = tokens[i]
    envoy = t.key in _ENVOYS and t.definite and i + 1 < len(tokens) and not tokens[i + 1].definite
    # «معالي / سعادة X»: forms of address that never take the article (a name after them, not «سعادة السفير»)
    bare = t.key in _ADDRESSES and not t.definite and i + 1 < len(tokens) and not tokens[i + 1].definite
    if (t.key in _HONORIFICS or envoy) and (t.definite or bare) and not _named_for(text, tokens, i) and not _describing(text, tokens, i) \
            and not (t.key in _NAMED_TOO and i and tokens[i - 1].key in _NAME_LINKS):
        if t.key in _RANKS and i + 1 < len(tokens) and (tokens[i + 1].definite or _post_word(tokens, i + 1)
                                                         or _head_key(tokens[i + 1].key) is not None
                                                         or tokens[i + 1].key in _COMMANDS):
            return None         # «المحامي العام»، «اللواء المدرع»، «العقيد قائد الكتيبة»: a title or a unit, no name
        if t.key in _PROFESSIONS and i + 2 < len(tokens) and tokens[i + 1].definite \
                and tokens[i + 1].key.endswith(("ي", "يه")) and _NAME_GAP.match(_gap(text, t, tokens[i + 1])):
            i += 1              # «الخبير الدولي X»، «الأستاذة الجامعية X»: the profession's adjective is no name
        # (بن، ولد، آل، عبد … join the words of a name and are not counted: خالد بن راشد آل خليفة; علي (also على)
        # is a name right after the honorific, «السيد علي خليل», and second when spelled with ي, «السيد محمد علي النفطي»
        # (the preposition is «على»); after two words, a definite word with a preposition
        # is what the person did, «وأشادت السيدة كارمن غارسيا | بالشراكة», and after one when an adjective follows it,
        # «السيد خليفة | بالشراكة الاستراتيجية» (not «السيد أحمد بالفقيه»), unless a comma closes it (a family name:
        # «السيد أومبرتو لوكيزي بالي، سفير …»), and «ونظيره، والسيد، وأكد» the next one of a list; an accusative after
        # the family name is what the person did: «السيدة نادية الخياطي عرضا»، «… محاضرة»)
        if i + 1 < len(tokens) and i + 1 not in covered and _NAME_GAP.match(_gap(text, t, tokens[i + 1])) \
                and (latin := _latin_name(text, tokens, i + 1)) > i + 1:
            # «السيدة Paola Rossi»: a name in Latin letters after the honorific
            return Mention(tokens[i + 1].start, tokens[latin - 1].end, None, "person", "foaf:Person", "honorific", 0.6,
                           i + 1, latin)
        j, links = i + 1, 0
        while j < len(tokens) and j - i - links <= 4 and j not in covered and tokens[j].arabic \
                and (tokens[j].key not in _STOP or tokens[j].key == _ALI and (j == i + 1 or tokens[j - 1].key in _NAME_LINKS
                                                                   or j == i + 2 and _second_name_ali(text, tokens, j))) \
                and not _post_word(tokens, j) and tokens[j].key not in _THAT \
                and not (tokens[j].text[0] == "و" and tokens[j].text[1:] in _SIDE_WORDS) \
                and tokens[j].key not in _HOLDING and not at_body(tokens[j]) \
                and not (j - i - links > 2 and places is not None and j in places and tokens[j].text[0] == "ب") \
                and not _titled(tokens, j) and _NAME_GAP.match(_gap(text, tokens[j - 1], tokens[j])) \
                and not (j - i - links > 2 and _next_one(tokens[j])
                         or j - i - links > 1 and _prepositional(tokens[j]) and not _COMMA_NEXT.match(text.norm, tokens[j].end)
                         and (j - i - links > 2 or j + 1 < len(tokens) and tokens[j + 1].text.startswith("ال"))) \
                and not (j > i + 1 and (_after_family(text, tokens, j) or _agreement_noun(tokens[j]) or _held(tokens[j])
                                        or tokens[j].key in _DELIVERED or tokens[j].key == _SPOKE_ABOUT
                                        or tokens[j].key in WEEKDAY_NUMBERS or tokens[j].key in _TIME
                                        or tokens[j].key in _SESSIONS or tokens[j].key in _DELEGATIONS
                                        or tokens[j].definite and _head_key(tokens[j].key) is not None)):
            links += tokens[j].key in _NAME_LINKS
            j += 1
        if j - i - links == 5 and tokens[j - 2].key not in _NAME_LINKS \
                and not _CLOSED_NAME.match(_gap(text, tokens[j - 1], tokens[j]) if j < len(tokens) else ","):
            j -= 1              # a fourth word only when a comma or the sentence's end closes the name: السيدة ماريا
                                # خيسوس هيريرا سيبايوس، (or a link before it: عبد الرحمن ولد محمد; «… ولد محمد الأمين.»)
        if j - i >= 2:
            return Mention(tokens[i + 1].start, tokens[j - 1].end, None, "person", "foaf:Person", "honorific", 0.6,
                           i + 1, j)
        return None
    # NAME، TITLE at the start of a line or after a colon (the media contacts of a press release), or
    # in a sentence after a word that cannot be part of the name: «ومثّل المنظمةَ باسكوالي لابولي، المدير …»
    if _SAYING.fullmatch(t.text):
        return None             # «وقال X، مدير …» at the start of a line: the name is after the verb
    if _BYLINE.search(text.norm, max(0, t.start - 16), t.start) and not t.definite and t.key not in _NOT_WRITERS:
        # «كتب – أحمد عبد الحميد»، «حاورته: منى رشاد»: a byline's writer, the words to the line's end (not «كتب –
        # المحرر الاقتصادي»، «مراسل الجزيرة نت»)
        line_end = next((k for k in range(i + 2, min(i + 5, len(tokens)) + 1) if k == len(tokens)
                         or "\n" in _gap(text, tokens[k - 1], tokens[k])), None)
        if line_end is not None and _bare_name(text, tokens, i, line_end, covered):
            return Mention(t.start, tokens[line_end - 1].end, None, "person", "foaf:Person", "byline", 0.5, i, line_end)
    if i and tokens[i - 1].key in _CALLED and not t.definite and _NAME_GAP.match(_gap(text, tokens[i - 1], t)) \
            and text.quote(tokens[i - 1].start, tokens[i - 1].end).rstrip(_DIACRITICS).endswith("ى"):
        # «وقال أحد العائدين، ويدعى تشيدي أوكونكوو، …»، «شهادة مهاجر غيني يدعى مامادو ديالو»: the name after «named»,
        # written with ى (not «وتدّعي منظمات …», claim, the same word once normalized); a third word when a comma or a
        # full stop closes it
        for n in (3, 2):
            j = i + n
            if j <= len(tokens) and _bare_name(text, tokens, i, j, covered) \
                    and (n == 2 or j == len(tokens) or _CLOSED_NAME.match(_gap(text, tokens[j - 1], tokens[j]))):
                return Mention(t.start, tokens[j - 1].end, None, "person", "foaf:Person", "name-called", 0.5, i, j)
    if i and (tokens[i - 1].key in _POINTING or _WITNESS_VERB.fullmatch(tokens[i - 1].key)) \
            and not t.definite and t.key not in POST_NOUNS \
            and not any(tokens[k].key in POST_NOUNS for k in range(max(0, i - 4), i)):
        for n in (2, 3, 4):
            j = i + n
            if j <= len(tokens) and _bare_name(text, tokens, i, j, covered) and _AGED.match(text.norm, tokens[j - 1].end):
                # «ويروي محمود عبد الجواد (29 عاما)، …»، «ومن بين هؤلاء أيمن الحشّاني (32 سنة)»: a witness by his age,
                # right after a verb of telling (no title before him: «وقال الوزير X (60 عاما)» is the title's)
                return Mention(t.start, tokens[j - 1].end, None, "person", "foaf:Person", "name-described", 0.5, i, j)
    before = _last_on_line(text.norm, t.start)
    if before and before != ":" and not _name_starts(text, tokens, i, covered):
        return _after_title(text, tokens, i, covered, seen, places)
    for n in (2, 3, 4):
        j = i + n
        # (the title and the comma first: they are cheap, and rarely there)
        if j < len(tokens) and (tokens[j].key in POST_NOUNS or tokens[j].key == "امينه" and _post_word(tokens, j)) \
                and _COMMA_ONLY.fullmatch(_gap(text, tokens[j - 1], tokens[j])) and _bare_name(text, tokens, i, j, covered):
            return Mention(t.start, tokens[j - 1].end, None, "person", "foaf:Person", "name-before-title", 0.55, i, j)
    return _after_title(text, tokens, i, covered, seen, places)


_COMMA_ONLY = re.compile(r"\s*,\s*")
# a person's age in brackets right after the name
_AGED = re.compile(r"\s*\(\s*[0-9٠-٩]{1,3}\s*(?:عاما|عام|سنه|سنوات)\s*\)")
# the verbs of telling a witness's name follows, past or present («روت»، «يقول»، «وتحكي»), and «قال» and the like
_WITNESS_VERB = re.compile(("[وف]?(?:[يت]?(?:قول|روي|حكي|ضيف|وضح)|روي|روت|حكي|حكت|" + SAYING_VERBS + ")ت?").translate(LETTERS))
_NOT_WRITERS = {w.translate(LETTERS) for w in ("مراسل", "مراسلة", "محرر", "محررة", "قسم", "فريق", "مكتب")}
# a byline at a line's start: who wrote the piece or interviewed its speaker
_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:كتب|كتبت|بقلم|حاور(?:ه|ها|هم|ته|تها|تهم)|اعداد)[ \t]*[-–—:][ \t]*\Z")
_CALLED = {w.translate(LETTERS) for w in ("يدعى", "تدعى", "ويدعى", "وتدعى")}   # «named» («اسمها»: as often «its name»)
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"    # a word's last letter as written, past its vowels
_POINTING = {"هءلاء", "اولءك", "هولاء"}     # «ومن بين هؤلاء X (32 سنة)»: whom the sentence points to, no word of a name


def _bare_name(text: Text, tokens: list[Token], i: int, j: int, covered: set[int]) -> bool:
    """Whether tokens ``[i, j)`` may be a person's name with nothing before it to say so: Arabic words of no known
    name, no honorific and no head noun, one phrase (a stop word may stand inside a name, not first: محمد علي
    أبونجيلة, علي being also على; nor a verb after a relative pronoun: «الذي احتضنه مقر مجلس الجهة، والي …»)."""
    t = tokens[i]
    return t.key not in _STOP and not _no_first_name(t) and not (i and tokens[i - 1].key in _WHICH) \
        and all(k not in covered and tokens[k].arabic and tokens[k].key not in _HONORIFICS
                and _head_key(tokens[k].key) is None for k in range(i, j)) \
        and all(_NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k]))
                and not _DATELINE_DASH.search(text.quote(tokens[k - 1].end, tokens[k].start)) for k in range(i + 1, j))


def _second_name_ali(text: Text, tokens: list[Token], j: int) -> bool:
    """Whether «علي» at ``j``, after a given name, is a second name: spelled with ي (the preposition is «على»; a
    diacritic on it aside), before a family name with the article or at the name's end («السيد محمد علي النفطي»،
    «السيد محمد علي، وزير …»; not «الدكتور خالد علي أهمية التعاون»)."""
    return text.quote(tokens[j].start, tokens[j].end).rstrip(_DIACRITICS)[-1:] == "ي" \
        and (j + 1 >= len(tokens) or tokens[j + 1].text.startswith("ال") or _gap(text, tokens[j], tokens[j + 1]).strip() != "")


_IN_CHARGE = {w.translate(LETTERS) for w in ("مكلف", "مكلفه")}
_DELEGATED = {"منتدب", "منتدبه"}
_REMITS = {w.translate(LETTERS) for w in ("شؤون", "قضايا")}    # what a title's body is in charge of: «… وشؤون X»
# people a name never goes on with after its adjective (they are whom a verb or a clause speaks of)
_PEOPLE_NOUNS = {w.translate(LETTERS) for w in ("لاجئين", "مهاجرين", "نازحين", "عائدين", "أطفال", "نساء", "شباب", "عمال",
                                                 "طلبة", "أسر", "ضحايا", "سكان", "مواطنين", "مهاجرات", "لاجئات",
                                                 "مجتمعات")}
_ONE_PURPOSE = {"organization", "plan", "strategy"}     # kinds whose name says what it is for once (``_new_name``)
# «مدير مكتبها»، «رئيس بعثته»، «رئيس مجلس إدارتها»: a body's office or board by a possessive pronoun, a word a title
# goes on with
ITS_OFFICE = {office + pronoun for office in ("مكتب", "بعثت", "فرع", "ادارت") for pronoun in ("ه", "ها")}
_IN_TITLE = {"باسم", "في", "لدي", "صاحب"}   # words a title goes on with: المتحدث باسم، ممثلة … في، الوزير المنتدب لدى، سفير صاحب الجلالة
_SUPERVISORS = {"مشرف", "مشرفه"}     # … and «على» after a supervisor's word only: «المشرف العام على المركز» (not «مساعدة
                                     # الحكومات على المشاركة»: assistance, «مساعدة» being an aide's word too)
_THEN = {w.translate(LETTERS) for w in ("آنذاك", "حينها", "حينذاك", "سابقا", "حاليا")}   # «وزير … آنذاك X»: when
_TITLE_REACH = 9          # words between a post title and the name it precedes (the body it serves: «وزير الشؤون
                          # الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد X»)
_NAME_WORDS = (2, 3, 4)   # words of a name after its title
# What a regional title's body goes on with: «… للمنظمة الدولية للهجرة لشمال أفريقيا»، «… لمنطقة الساحل»
_REGIONAL = {w.translate(LETTERS) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "منطقة", "دول", "بلدان", "مكتب")}
_COMMA_NEXT = re.compile(r"\s*,")
_CLOSED_NAME = re.compile(r"\s*[,.]")
_COMMA_GAP = re.compile(r"\s*,\s*")
# a verb of saying that takes no object (not «حضر حفلا رسميا، سفير …»، «وقدمت دعما ماليا، …»: its object) and the
# adverbs after it that end in «ا»
_SAID = re.compile("[وف]?(?:قال|اكد|اوضح|اشار|اضاف|صرح|شدد|افاد|نوه|لفت|تساءل|حذر|ابرز)ت?")
_ADVERBS = {w.translate(LETTERS) for w in ("أيضا", "مجددا", "مؤخرا", "سابقا", "حاليا", "دائما", "كثيرا", "خصوصا", "تحديدا",
                                           "أساسا", "رسميا", "شخصيا", "صراحة", "بدورها", "بدوره", "كذلك", "قائلا", "مضيفا",
                                           "مناصفة", "ممثلا", "ممثلة", "مرفوقا", "مرفوقة")}
_NAME_END = re.compile(r"\s*(?:[,.;:()«»\"“”\-–]|\Z)")
# What no name before its title starts with: «إلى جانب X، …»، «أما X، سفير …»، «إلا أن ممثلها، مدير …»، «وشارك كذلك X،
# …»، «وفق ما أوضحته X، نائبة …» (a particle, an adverb, a verb of saying with its object); nor does a name go on past a
# dateline's dash («الدمام – افتتح X، وزير …»)
# («…، بانتظار مصادقة البرلمان، وزير …»: a circumstance, no name)
_NOT_FIRST_NAMES = {w.translate(LETTERS) for w in ("جانب", "أما", "إلا", "بينما", "حيث", "كما", "فيما", "بانتظار",
                                                   "بمناسبة", "بحضور", "بعد", "قبل", "خلال", "عقب", "إثر", "حسب", "وفق")}
_SAID_IT = re.compile(_SAID.pattern + "(?:ه|ها)")
_DATELINE_DASH = re.compile("[–—]")      # as written (normalizing makes them «-», as in «جان - ماري»)


def _no_first_name(t: Token) -> bool:
    return t.key in _NOT_FIRST_NAMES or t.key in _ADVERBS or bool(_SAID_IT.fullmatch(t.key))


# «… بأن»، «… أنه»: what the person said begins (no word of a name)
_THAT = {"بان", "بانه", "بانها", "انه", "انها"}
# «وكان السيد التوزاني | يشغل منصب …»: what the person holds or does, after the name (no word of it)
_HOLDING = {w.translate(LETTERS) for w in ("يشغل", "تشغل", "يتولى", "تتولى", "يرأس", "ترأس", "يدير", "تدير", "يعمل",
                                           "تعمل", "يشرف", "تشرف", "شغل", "شغلت", "تولى", "تولت")}


def title_before(text: Text, tokens: list[Token], i: int, covered: Container[int], comma: bool = False,
                 listed: bool = False) -> int | None:
    """The post title (its first word) that token ``i`` follows through the body it names, «وزير الداخلية
    الإيطالي | X»، «المدير العام للمنظمة الدولية للهجرة | X»، «الوزير | X»: definite words, names
    and head nouns in construct between them, with no punctuation; None when there is none. ``comma``:
    a comma before ``i`` (the name in apposition, «المدير العام للوكالة، X،»), and nowhere else. ``listed``:
    a title after «و» too, the next one of a list («… ورئيس المجلس الجهوي X»)."""
    k = i - 1
    while k >= 0 and i - k <= _TITLE_REACH:
        gap = _gap(text, tokens[k], tokens[k + 1]).strip()
        want = "," if comma and k == i - 1 else ""
        # (the body's acronym in brackets, one word, a mention or right after the body's name: «والمدير العام للوكالة …
        # (AECID)، السيد X»، «والمديرة القطرية للصندوق الدولي للتنمية الزراعية (إيفاد) بتونس، X»; a dash inside a name,
        # «رئيس مجلس جهة مراكش-آسفي، السيد X»)
        acronym = gap == ")" + want and k and _gap(text, tokens[k - 1], tokens[k]).strip() == "(" \
            and (k in covered or k - 1 in covered)
        if gap != want and not acronym \
                and not (gap in ("-", "–") and k in covered and k + 1 in covered) \
                and not (gap == "(" and k + 2 <= i and (k + 1 in covered or k in covered)
                         and _gap(text, tokens[k + 1], tokens[k + 2]).strip().startswith(")")):
            return None
        t = tokens[k]
        # (a title with its possessive pronoun, «ممثلها لدى …»: its representative; right before the name too, «عن
        # المجلس رئيسه السيد X»، «رئيستها السيدة Y»: the pronoun names the body)
        possessed = _possessive_title(text, t)
        if (_post_word(tokens, k) or possessed or listed and t.key[:1] == "و" and t.key[1:] in POST_NOUNS
                or t.key in _COUNTERPARTS) \
                and (t.definite or k + 1 < i or possessed) \
                and not (t.key in _GREAT and k in covered and k - 1 in covered):
            # (not the adjective «الكبير» inside a name: «وكالة تنمية الأطلس الكبير»)
            if t.key not in _IN_CHARGE:
                return k
            if not t.definite:
                return None     # «الوزارة المكلفة بحقوق …»: a complement follows
            # «كاتبة الدولة المكلفة بالهجرة، X»: the title's complement; its first word is further back
        if not (t.definite or k in covered or acronym or _head_key(t.key) is not None or t.key in _THEN and k == i - 1
                or (t.key in _IN_TITLE or t.key == "علي" and _supervised(tokens, k)) and k + 1 < i
                and (tokens[k + 1].definite or k + 1 in covered
                                                         or _in_construct(tokens, k + 1, i, covered))
                or _in_construct(tokens, k, i, covered) or t.key in ITS_OFFICE
                # «مدير الهجرة ومراقبة الحدود»: a second remit joined by و, in construct
                or t.text[:1] == "و" and not t.definite and k + 1 < i and tokens[k + 1].definite and len(t.key) > 3
                or k == i - 1 and t.text[0] == "ب" and len(t.text) > 3 and t.key not in _STOP
                or t.key[:1] in "لو" and t.key[1:] in _REGIONAL and k + 1 in covered
                or t.key in _AFFAIRS and k and tokens[k - 1].key == _CHARGE
                # «القائم بأعمال السفارة الألمانية في عمّان X»: where the post is, a place the text names
                or t.key == "في" and k + 1 < i and k + 1 in covered and k and (tokens[k - 1].definite or k - 1 in covered)
                or t.key in _GENERAL and k and _post_word(tokens, k - 1) and not tokens[k - 1].definite
                and tokens[k - 1].key not in _DEPUTY):
            return None         # («المتحدث باسم المفوضية»، «ممثلة المفوضية في تشاد»: a preposition and a name;
                                # «سفير المملكة المغربية بمدريد X»: where the post is, with ب, right before the name;
                                # «المدير الإقليمي للمنظمة لغرب | ووسط أفريقيا، السيد X»: a region of the title's scope)
        k -= 1
    return None


_GREAT = {"كبير", "كبيره"}      # a post word («كبير المستشارين») that is also an adjective


def _possessive_title(text: Text, t: Token) -> bool:
    """A post title with a possessive pronoun: ممثلها، رئيسه، رئيستها (not a feminine title's ة, ه once normalized)."""
    key = t.key
    stem = key[:-2] if key.endswith("ها") else key[:-1] if key.endswith("ه") and text.quote(t.start, t.end)[-1:] == "ه" \
        else None
    return stem is not None and (stem in POST_NOUNS or stem.endswith("ت") and (stem[:-1] in POST_NOUNS
                                                                              or stem[:-1] + "ه" in POST_NOUNS))


# «بحضور»، «بمشاركة»، «برئاسة»: the phrase after a title is who else was there or who chaired, no name
_IN_PRESENCE = {w.translate(LETTERS) for w in ("بحضور", "بمشاركة", "برئاسة", "بإشراف")}
# what an official gives or delivers, said right after his title with the verb first: no name
_GIVEN_THINGS = {w.translate(LETTERS) for w in ("كلمة", "كلمته", "إشارة", "رسالة", "مداخلة", "تحية", "شهادة", "جائزة",
                                                "هدية", "دعوة", "عرضا", "توصيات", "تعليمات", "انطلاقة", "وعدا",
                                                "نتائج", "حصيلة", "أبرز", "مضامين", "تفاصيل", "ملامح",
                                                # … and what he affirms («وأكد رئيس الجامعة أهمية الموضوع»)
                                                "أهمية", "ضرورة", "استعداد", "التزام", "حرص")}
# Nouns in construct inside a title's body: «ممثل المفوضية لدى دول مجلس التعاون الخليجي X»
_BODY_NOUNS = {w.translate(LETTERS) for w in ("دول", "بلدان", "دولة", "منطقة", "جهة", "إقليم", "عمالة", "ولاية",
                                              "مدينة", "بلدية", "حكومة",
                                              "برامج", "مشاريع")} \
    | _STATES   # «منسق برامج الطوارئ بالهلال الأحمر …»؛ a state by its word, «سفير جمهورية كينيا، X»


def _in_construct(tokens: list[Token], k: int, i: int, covered: Container[int]) -> bool:
    """Token ``k`` (before the name at ``i``) is a noun of place or nation in construct with what follows:
    «دول مجلس التعاون»، «منطقة الساحل»."""
    return k + 1 < i and tokens[k].key in _BODY_NOUNS and (tokens[k + 1].definite or k + 1 in covered
                                                           or _head_key(tokens[k + 1].key) is not None)


def _after_title(text: Text, tokens: list[Token], i: int, covered: set[int],
                 seen: set[int] | None = None, places: set[int] | None = None) -> Mention | None:
    """A name right after a post title and the body it names: «وزير الداخلية الإيطالي ماتيو بيانتيدوسي،»:
    two to four proper words (not definite but after عبد/ولد …, no stop word, head noun, title or
    time word, not all accusative) closed by punctuation or a stop word."""
    t = tokens[i]
    if not i or t.definite:
        return None             # (the test below, first: most words it is asked about carry the article)
    # (a first word with ل: a foreign name right after a known body only, «… للهجرة لوران دي بوك», none of
    # its words definite; not a region or a head noun, «… لشمال أفريقيا»، «… لمكتب …»)
    # (a given name that begins with ل is a name: «مديرة الوكالة ليلى …», «… لحسن …»)
    preposition = t.text[0] == "ل" and t.key not in _LAM_NAMES
    lam = preposition and (_head_key(t.key) is not None or t.key[1:] in _REGIONAL
                           or i - 1 not in covered and not (i and _gap(text, tokens[i - 1], t).strip() == ","
                                                            and not t.definite and i + 1 < len(tokens)
                                                            and not tokens[i + 1].definite))
    # (after a title and a comma, «رئيس قسم التعاون بالبعثة، لوكاس برانتنر،»: a name in apposition, not «لـ»)
    # («علي» spelled with ي, not the preposition «على»: a first name, «وزير الخارجية المصري، علي الحفني،»)
    ali = t.key == _ALI and text.quote(t.start, t.end).endswith("ي") and _gap(text, tokens[i - 1], t).strip() == "," if i else False
    # («… للشؤون الأوروبية بجمهورية النمسا»: where the post is, a state's word after ب, no name)
    where = t.text[0] == "ب" and t.key[1:] in _WHERE_WORDS
    # («وزير العدل حافظ الأختام»: the keeper of the seals is the minister's second title, no name)
    if t.key == _KEEPER and i + 1 < len(tokens) and tokens[i + 1].key == _SEALS:
        return None
    if t.key in _GIVEN_THINGS or t.key in _COMPASS or t.text in _CAMP_WORDS or t.key.removeprefix("و") in _COUNT_WORDS \
            or t.text.removeprefix("و") in _IN_PRESENCE:
        return None             # («وألقى رئيس الجمعية كلمة افتتاحية»، «أعطى والي الجهة إشارة انطلاق …»: what he gave;
                                # «وترأس الورشة الوزير بحضور وفد عن …»: who else was there;
                                # «… النائب العام الليبي وسبعة ضباط»: a count of people;
                                # «زار الوزير مدينة صفاقس جنوب البلاد»، «وتفقد الوزير مخيم …»: where, no name)
    if _headline_verb(t.key) or t.text[0] == "ب" and (t.key[1:] in _PLURAL_POSTS or t.key[1:] in POST_NOUNS) \
            or SCALE_WORD.fullmatch(t.key) is not None and MONEY_AFTER.match(text.norm, t.end) is not None:
        return None             # («وزير العمل يفتتح مركزا»: a headline's verb after its subject; «التقى الوزير بممثلي
                                # الجمعيات»: whom he met, by their post; «… (إيكو) بمليوني يورو»: a sum, no name)
    # («رئيس جماعة إيموزار كندر، السيد X»، «عمدة بلدية خيريث …»: the words after a territorial unit are its place's name)
    unit = i > 0 and not tokens[i - 1].definite and (tokens[i - 1].key in _UNIT_WORDS or tokens[i - 1].key == _MUNICIPALITY)
    if not i or unit or t.definite or not (_plain_word(t) or ali) or lam or where or _his(t.key) is not None or t.text[0] == "و" and (
            t.text[1:] in _REMITS or t.key.endswith("ه") and i + 1 < len(tokens) and tokens[i + 1].definite
            or t.key[1:] in _PLURAL_POSTS or t.key[1:] in POST_NOUNS
            or t.key[1:2] == "م" and len(t.key) > 5 and t.key.endswith(("ين", "ون", "ات"))):
        # («… لمؤسسة التعاون الوطني ومنتخبين وفعاليات جمعوية»: people by a plural participle, unnamed)
        # («عامل الإقليم وممثلو المصالح الخارجية»، «سفير تونس وسفير السنغال»: more officials, unnamed)
        return None             # «… للمنظمة الدولية للهجرة لشمال أفريقيا»، «… للهجرة وشؤون المصريين»، «… المساعدة
                                # وإعادة الإدماج»: the body's name goes on
    # (a one-word place is a word of the title's body before the name: «سفير إيطاليا بالرباط X»)
    places = covered if places is None else places
    if title_before(text, tokens, i, places, listed=True) is None:
        # (a one-word place may end the title: «سفير إيطاليا، X،»)
        return _title_comma_name(text, tokens, i, covered, _Either(covered if seen is None else seen, places))
    for n in _NAME_WORDS:
        # (بن، ولد … join the words of a name and are not counted: «محمد أحمد ولد محمد الأمين»)
        j = _words_on(tokens, i, n)
        if j > len(tokens):
            return None
        if not _name_words(text, tokens, i, j, covered) or preposition and any(w.definite for w in tokens[i:j + 1]) \
                or any(_headline_verb(w.key) for w in tokens[i + 1:j]) or any(w.key in _NO_NAME_WORDS for w in tokens[i:j]):
            continue
        end = tokens[j - 1].end
        # (what closes the name: punctuation, a stop word, the next one of a list, a title, «نظيره التونسي Y»,
        # or a place after ب, «… كمال الفقي بتونس»)
        if _NAME_END.match(text.norm, end) or j < len(tokens) and (tokens[j].key in _STOP or _next_one(tokens[j])
                                                                   or _post_word(tokens, j)
                                                                   or tokens[j].text[0] == "ب" and j in places
                                                                   or tokens[j].key in _THAT
                                                                   or _prepositional(tokens[j])
                                                                   and not any(w.definite for w in tokens[i:j])
                                                                   or tokens[j].text[:1] == "و" and tokens[j].text[1:] in _STOP
                                                                   or _held(tokens[j]) or _signed_item(tokens[j])
                                                                   or _headline_verb(tokens[j].key)
                                                                   or tokens[j].key in _ADVERBS
                                                                   or tokens[j].key in _GIVEN_THINGS):
            # («… لفتيت وعن الجانب الإسباني …»: a stop word after و closes the name too; so does what the
            # person held or signed, «… ناصر بوريطة اجتماعا / لقاء مع …»، «… اتفاقا / مذكرة تفاهم مع …»; an
            # adverb, «… سامح شكري مناصفة مع …»; and what the person gave or presented, «… سها جندي نتائج …»)
            return Mention(t.start, end, None, "person", "foaf:Person", "title-before-name", 0.5, i, j)
    return None


# words of a clause after a title, never of a name: «مسؤول في الوزارة فضّل عدم ذكر اسمه»، «ممثل السفارة رغم توجيه الدعوة …»
_NO_NAME_WORDS = {prefix + word for word in ("عدم", "رغم") for prefix in ("", "و", "ف", "ب", "ل", "وب", "ول")} | {"رغما"} \
    | _DELEGATIONS
# the verbs a headline puts right after its subject, in the present («وزير العمل يفتتح …»، «نائبة المدير العام … تزور
# طنجة وتعلن …»), without their prefix ي / ت (and a future س): a name's word is none of them
_HEADLINE_VERBS = {w.translate(LETTERS) for w in (
    "زور", "زوران", "فتتح", "فتتحان", "علن", "علنان", "ستقبل", "ستقبلان", "ترأس", "بحث", "بحثان", "دعو", "دعوان", "ؤكد",
    "شيد", "وقع", "وقعان", "طلق", "طلقان", "دشن", "منح", "قدم", "لتقي", "جري", "حل", "شارك", "ستعرض", "تفقد", "عقد",
    "طلع", "سلم", "تباحث", "تباحثان", "ختتم", "ختتمان", "نظم", "حتضن", "ستضيف", "مول", "دعم", "عزز", "ناقش", "ناقشان",
    "وجه", "حذر", "طالب", "ثمن", "نوه", "شرف", "تسلم", "صادق", "عين", "لقي", "حث", "رصد", "خصص",
    # (and after a title in a sentence: «غير أن ممثلها يتابع الأشغال»، «ومديرها يمثل المنظمة»)
    "تابع", "مثل", "عمل", "حضر", "تولى", "قود", "شغل")}


@lru_cache(maxsize=65536)
def _headline_verb(key: str) -> bool:
    """Whether a word is a headline's verb in the present: ي / ت (after an optional س) and one of ``_HEADLINE_VERBS``."""
    bare = key[1:] if key[:1] == "س" else key
    return bare[:1] in ("ي", "ت") and bare[1:] in _HEADLINE_VERBS


# Given names that begin with ل, as the genre spells them (the letter is otherwise the preposition after a title's
# body, «… لشمال أفريقيا»)
_LAM_NAMES = {w.translate(LETTERS) for w in ("ليلى", "لطيفة", "لبنى", "لمياء", "لحسن", "لحسين", "لينا", "لوران", "لويس",
                                             "لورا", "لوسي", "ليندا", "لوك", "لوكا", "ليونيل", "لودوفيك", "لارا", "لمين")}


def _held(token: Token) -> bool:
    """An indefinite event noun, what someone held: «اجتماعا»، «لقاء»، «لقاءات» (no word of a name)."""
    head = head_of(token.key)
    return not token.definite and (head is not None and HEADS[head][0] == "event" and head not in _DAYS
                                   or _PLURAL_HEADS.get(token.key, ("",))[0] == "event")


def _signed_item(token: Token) -> bool:
    """An item noun, bare or in the accusative, that someone signs or launches: «اتفاقا»، «مذكرة»، «مشروعا» (no word
    of a name)."""
    head = _head_key(token.key)
    return head is not None and HEADS[head][0] not in ("organization", "country") \
        or not token.definite and _accusative_head(token.key) is not None


def _words_on(tokens: list[Token], i: int, n: int) -> int:
    """The token after ``n`` words of a name from ``i``, the links (بن، ولد …) not counted."""
    j, words = i, 0
    while j < len(tokens) and words < n:
        words += tokens[j].key not in _NAME_LINKS or j == i
        j += 1
    return j if words == n else len(tokens) + 1


def _name_words(text: Text, tokens: list[Token], i: int, j: int, covered: set[int]) -> bool:
    """Whether ``tokens[i:j]`` may be a person's name: none taken yet, proper words after the first
    (a definite one only as a family name; «علي» spelled with ي after a given name, «محمد علي النفطي»), nothing but
    spaces between them, not all accusative."""
    words = tokens[i:j]
    return not any(k in covered for k in range(i, j)) and not any(_particle(text, w) for w in words) \
        and all(_plain_word(w) or w.definite and _family(w) or _second_name_amin(tokens, k, prev) or w.key == _ALI and (
                    prev.key in _NAME_LINKS or _plain_word(prev) and text.quote(w.start, w.end).endswith("ي"))
                for k, prev, w in zip(range(i + 1, j), words, words[1:], strict=False)) \
        and all(_NAME_GAP.match(_gap(text, tokens[k - 1], tokens[k])) for k in range(i + 1, j)) \
        and not all(w.text.endswith("ا") for w in words)


# Particles that open a clause («أما ممثل المفوضية فقد نوّه …»، «وذكّر المسؤول المغربي بأن …»): no word of a name
# (spelled with their hamza: «بان كي مون»، «فان دير بيك» are names)
# (and in whose capacity: «…، بصفتهما رئيسين مشتركين»، «بصفة ملاحظ»)
_PARTICLES = {"فقد", "لقد", "ولقد", "بصفه", "بصفته", "بصفتها", "بصفتهما", "بصفتهم", "وبصفته", "وبصفتها", "وبصفتهما",
              "وبصفتهم"}
_PARTICLES_WRITTEN = {"بأن", "فإن", "لأن", "بأنه", "بأنها", "فإنه", "فإنها", "لأنه", "لأنها", "أنه", "أنها", "إنه", "إنها"}


def _particle(text: Text, t: Token) -> bool:
    return t.key in _PARTICLES or unmarked(text.quote(t.start, t.end)) in _PARTICLES_WRITTEN


_APPOSED_WORDS = (2, 3, 4)   # words of a name in apposition, between two commas
_COMMA_AFTER = re.compile(r"\s*(?:,|\.(?!\d)|\Z)")    # (or the sentence's end: «ووقعت الاتفاق المديرة …، سيندي ماكين.»)


class _Either:
    """Membership in either of two sets of token indices (a union without copying them: read once per name)."""
    __slots__ = ("a", "b")

    def __init__(self, a: set[int], b: set[int]) -> None:
        self.a, self.b = a, b

    def __contains__(self, k: object) -> bool:
        return k in self.a or k in self.b


def _title_comma_name(text: Text, tokens: list[Token], i: int, covered: set[int], seen: Container[int]) -> Mention | None:
    """A name in apposition to the post title before it, between two commas: «وأكد المدير العام للوكالة،
    كريم الوردي، أن …»، «وقال وزير الخارجية الموريتاني، إسماعيل ولد الشيخ أحمد، إن …»: two to four
    proper words (a definite one only after the first, as in a family name), and a comma right after."""
    k = title_before(text, tokens, i, seen, comma=True, listed=True)
    if k is None or k and k - 1 in seen and _gap(text, tokens[k - 1], tokens[k]).strip() == "," \
            and tokens[k].text[0] != "و":
        return None     # «السيدة X، ممثلة التحالف بالمغرب، بانخراط …»: the title is X's, in apposition; no name follows
                        # (but «X، والمفوض السامي …، Y،»: the next one of a list)
    for n in _APPOSED_WORDS:
        j = _words_on(tokens, i, n)     # (بن، ولد … not counted: «محمد أحمد ولد محمد الأمين»)
        if j > len(tokens):
            return None
        # (a family name that is also a title word, closed by the comma: «… ولد محمد الأمين،»)
        if not _name_words(text, tokens, i, j, covered) and not (
                j - i > 2 and _name_words(text, tokens, i, j - 1, covered) and tokens[j - 1].text.startswith("ال")
                and tokens[j - 1].key in POST_NOUNS and _NAME_GAP.match(_gap(text, tokens[j - 2], tokens[j - 1]))
                and _COMMA_AFTER.match(text.norm, tokens[j - 1].end)):
            return None
        if _COMMA_AFTER.match(text.norm, tokens[j - 1].end):
            return Mention(tokens[i].start, tokens[j - 1].end, None, "person", "foaf:Person", "title-comma-name", 0.5,
                           i, j)
    return None


def _next_one(t: Token) -> bool:
    """A word after «و» that starts the next one of a list (no word of the name): «… X ووزيرة …»،
    «… X والسيد …»، «… X ونظيره …», or a verb of saying: «… X وأكد»."""
    if not t.text.startswith("و") or len(t.text) < 3:
        return False
    rest = stem(t.text[1:])
    return t.definite and _head_key(t.key) is None or rest in POST_NOUNS or rest in _HONORIFICS \
        or rest.startswith("نظير") or _SAYING.fullmatch(t.text) is not None


def at_body(t: Token) -> bool:
    """A head noun behind «بـ» or «لـ» (بجامعة، بالمعهد، لوزارة): where a person works, never a word of the name
    («الأستاذ بجامعة محمد الخامس» is a post, not «السيد X»)."""
    if t.definite:
        return t.text.startswith(("بال", "لل")) and t.key in HEADS
    return t.text[0] in "بل" and t.key not in HEADS and _head_key(t.key) is not None


def _prepositional(t: Token) -> bool:
    """A preposition with the article (للصحفيين، بالتعاون، كالمعتاد): a phrase after a name, never a word of it."""
    return t.definite and t.text[0] in "بلك"


def _new_after_genitive(tokens: list[Token], j: int) -> bool:
    """Whether a head noun of an event or a body with the article at ``j``, right after a genitive with «لل», begins a
    new name rather than going on with the one before («جمعية أمل للتنمية | الندوة …»، «الصندوق الكويتي للتنمية |
    المنظمة …»)."""
    return tokens[j].text.startswith("ال") and HEADS.get(tokens[j].key, ("",))[0] in ("event", "organization") \
        and tokens[j - 1].text.startswith("لل")


def _second_name_amin(tokens: list[Token], k: int, prev: Token) -> bool:
    """«الأمين» at ``k`` after a given name is a name's («محمد الأمين بن عمر»), not the title «الأمين العام»."""
    return tokens[k].key == _AMIN and tokens[k].definite and _plain_word(prev) \
        and not (k + 1 < len(tokens) and tokens[k + 1].key in _GENERAL)


_AMIN = "امين"
_DEPUTY = {w.translate(LETTERS) for w in ("نائب", "نائبة")}     # «نائب عام»: a public prosecutor
_GENERAL = {"عام", "عامه"}      # (also «مدير عام مؤسسة …»، «أمين عام الوزارة …»: a general title in construct with its body)


def _family(t: Token) -> bool:
    """A definite word that may go on a name (عبد الكريم، العلوي، ولد الشيخ): the article first (not a
    preposition's: للصحفيين), no head noun, title, stop or time word, nor a day of the week (مساء الأربعاء)."""
    return t.arabic and _head_key(t.key) is None and t.key not in POST_NOUNS and t.key not in _TIME \
        and t.key not in _DAYS and t.key not in WEEKDAY_NUMBERS and t.text.startswith("ال") \
        and t.key not in _STOP and (t.key not in _HONORIFICS or t.key in _NAMED_TOO) and t.key not in places.adjectives()


def _plain_word(t: Token) -> bool:
    """A word that may be part of a person's name: Arabic, without the article, and not a stop word,
    a head noun, a post title or a time word."""
    return t.arabic and not t.definite and t.key not in _STOP and t.text not in _STOP and _head_key(t.key) is None \
        and not (t.text[0] == "و" and t.text[1:] in _SIDE_WORDS) and t.key not in POST_NOUNS and t.key not in _TIME and t.key not in _HONORIFICS and t.key not in _THEN \
        and t.key != "غير" and t.key not in _PLACE_WORDS
    # («للمنظمة غير الحكومية»: a body's name goes on (non-), no person's; «زار الوزير مدينة سلا»: a place)


_PLACE_WORDS = {"مدينه", "مدينتي", "عاصمه", "اقليم", "عماله", "جهه", "ولايه", "قريه", "بلده"}
_SIDE_WORDS = {"عن", "من", "في", "علي", "الي", "مع"}    # «… السيدة X وعن المجلس …»: the next side of a list, no name
_WHERE_LIST = {"مدينه", "مدينتي", "مدن", "بلده", "اقاليم", "جهات", "جهتي", "ولايات", "عمالات", "محافظتي", "محافظات"}     # places listed after them
_WHERE_WORDS = _STATES | _BODY_NOUNS | _PLACE_WORDS     # after ب: where a post is, no word of a name


_LINE_OPENERS = " -•*\"“”«»"      # what may open a line before a name: a dash, a bullet, a quote


def _last_on_line(norm: str, position: int) -> str:
    """The last character on ``position``'s line before it, past any line openers; "" at the line's
    start. (Read backwards one character at a time, not the whole line: a text of one long line
    would make every name cost the text's length.)"""
    k = position - 1
    while k >= 0 and norm[k] in _LINE_OPENERS:
        k -= 1
    return "" if k < 0 or norm[k] == "\n" else norm[k]


def _name_starts(text: Text, tokens: list[Token], i: int, covered: set[int]) -> bool:
    """Whether a foreign name may start at token ``i`` inside a sentence: the word before it is named,
    definite, a stop word or a verb of saying or acting whose subject the name is («وقال X، مدير …»,
    «وأكدت X، رئيسة …»: it cannot be the name's first word), and the words from ``i`` are proper
    words, not all accusative (دعما ماليا، …) unless a verb of saying is before them, no adverb among them, and a
    comma and a post's title after them («وقالت أنخيلا فيغيروا، ممثلة …»: names end in «ا» too)."""
    prev = tokens[i - 1] if i else None
    if prev is not None and not (i - 1 in covered or prev.definite or prev.key in _STOP or prev.text in _STOP
                                 or _SAYING.fullmatch(prev.text) or _no_first_name(prev)):
        return False
    words = tokens[i:i + 3]
    # (a family name may carry the article: «وأكد محمد العمراني، رئيس …»; the first name never does)
    return all(w.arabic and _head_key(w.key) is None and w.key not in _TIME for w in words[:2]) \
        and not words[0].definite and words[0].key not in POST_NOUNS \
        and not (all(w.text.endswith("ا") for w in words[:2])
                 and not (prev is not None and _SAID.fullmatch(prev.text) and len(words) == 3
                          and not any(w.key in _ADVERBS for w in words[:2])
                          and _COMMA_GAP.fullmatch(_gap(text, words[1], words[2])) and words[2].key in POST_NOUNS))


_GOVERNOR = "عامل"
_PROVINCES = {"اقليم", "عماله"}
_CHARGE = "قاءم"
_AFFAIRS = {"باعمال", "اعمال"}     # (بأعمال، بالأعمال)


def _supervised(tokens: list[Token], j: int) -> bool:
    """Token ``j`` («على») follows a supervisor's word, maybe with its adjective: «المشرف (العام) على …»."""
    return any(tokens[n].key in _SUPERVISORS for n in range(max(0, j - 2), j))


def _post_word(tokens: list[Token], j: int) -> bool:
    """Token ``j`` is a post title's first word: «أمين» only before «عام» or «تنفيذي» (الأمين العام; أمين, the
    given name, in «السيد محمد الأمين ولد أحمد», «السيد أمين الصبيحي»)."""
    key = tokens[j].key
    if key == "امينه" and tokens[j].definite:
        key = "امين"        # «الأمينة التنفيذية للإسكوا»: with the article, a title (أمينة alone is a given name)
    if key not in POST_NOUNS and not tokens[j].definite:
        key = _post_after_preposition(key)
    if key == _CHARGE:
        return j + 1 < len(tokens) and tokens[j + 1].key in _AFFAIRS     # «القائم بأعمال السفارة»: the chargé d'affaires
    if key == _GOVERNOR:
        # «عامل إقليم الناظور»، «عامل العمالة»: a governor of his province (not «العامل الأردني في مصر», a worker)
        return j + 1 < len(tokens) and tokens[j + 1].key in _PROVINCES
    if key not in POST_NOUNS:
        return False
    return key != "امين" or j + 1 < len(tokens) and tokens[j + 1].key in _SECRETARY[1] | _SECRETARY_KINDS


@lru_cache(maxsize=65536)
def _post_after_preposition(key: str) -> str:
    """«والتقى الوفد بسفير اليابان، السيد X»، «ولرئيس بعثة …»: the title with a preposition (and و) written onto it;
    else the key itself."""
    return next((key[len(p):] for p in PROCLITICS if p[-1] in "بل" and key.startswith(p) and key[len(p):] in POST_NOUNS),
                key)


def _after_family(text: Text, tokens: list[Token], j: int) -> bool:
    """Token ``j``, an indefinite accusative (عرضا، دعما) after a family name with the article, is what
    the person did, not a word of the name: «السيدة نادية الخياطي عرضا …» (not after a name whose own first
    letters are أل, «السيد ألفريد غاسانا»: the article is written without hamza)."""
    t, before = tokens[j], tokens[j - 1]
    return not t.definite and t.key.endswith("ا") and before.definite and before.text.startswith("ال") \
        and not text.quote(before.start, before.end).lstrip("و").startswith(("أل", "إل")) \
        and j >= 2 and tokens[j - 2].key not in _NAME_LINKS \
        and not (before.key in _GIVEN_WITH_ARTICLE and tokens[j - 2].key in _HONORIFICS)   # «السيد الحسن أوبلا»


# what a person delivers, right after the name: «ألقى السيد محمد العلمي كلمة»، «… مداخلة»، «… عرضا»
_DELIVERED = {w.translate(LETTERS) for w in ("كلمة", "كلمته", "كلمتها", "مداخلة", "محاضرة", "خطابا", "تصريحا", "عرضا",
                                             "ورقة")}


# given names written with the article (الحسن، المهدي …): right after an honorific, the first of the name's words
_GIVEN_WITH_ARTICLE = {"حسن", "حسين", "مهدي", "مصطفي", "طيب", "هادي", "بشير", "طاهر", "مختار", "حبيب", "عربي", "صديق",
                       "غالي", "حاج", "عياشي", "تهامي", "معطي", "صافي", "ناجي"}


_SIGNED_KINDS = {"agreement", "declaration"}


def _agreement_noun(t: Token) -> bool:
    """An indefinite agreement noun ends the name before it: what the person signs, «وقّع السيد أحمد العلوي
    اتفاقية تعاون»، «… مذكرة تفاهم»; so do «رئاسة» and «منصب», the office he holds (no name has such a word)."""
    if t.definite:
        return False
    if t.key in ("رءاسه", "منصب"):
        return True         # «ويتولى السيد X رئاسة اللجنة»، «وتشغل السيدة X منصب …»: the office he holds
    head = _head_key(t.key) or _accusative_key(t.key)
    return head is not None and HEADS[head][0] in _SIGNED_KINDS


def _titled(tokens: list[Token], j: int) -> bool:
    """Token ``j`` ends the name before it: another honorific («السيد X والسيد Y») or an accusative
    title («السيد X رئيسا لـY»، «أمينا عاما»)."""
    t = tokens[j]
    if t.key in _NAMED_TOO and (j and tokens[j - 1].key in _SON_OF or j + 1 < len(tokens) and tokens[j + 1].key in _SON_OF):
        return False        # «محمد ولد الشيخ الغزواني»، «السيد الشيخ ولد أحمدو»: a word of the name, by a link beside it
    if t.key in _NAMED_TOO and t.text.startswith("ال") and j > 1 and tokens[j - 2].key in _HONORIFICS \
            and not tokens[j - 1].definite and j + 1 < len(tokens) \
            and (nxt := tokens[j + 1]).arabic and not nxt.definite and nxt.text[0] not in "وفبل" and nxt.key not in _STOP \
            and nxt.key not in _HONORIFICS and nxt.key not in POST_NOUNS:
        return False        # «السيد منير الحاج عمر»: between the given name after an honorific and the next word, a word
                            # of the name (not after a whole name: «السيد ناصر بوريطة | الشيخ محمد …», another person)
    if t.definite and (t.key in _HONORIFICS or t.key in _ENVOYS) or t.key in _ACCUSATIVE:
        return True
    return t.key in _SECRETARY[0] and j + 1 < len(tokens) and tokens[j + 1].key in _SECRETARY[1]
