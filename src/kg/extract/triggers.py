"""Triggers of relations and where their arguments stand: a lexicon of verbs, verbal nouns and
participles, each matched through its morphology (conjunction و/ف, future س, the imperfect ت/ي, the
feminine ت, an object pronoun ـه/ـها/ـهما) on the normalized text (``kg.extract.text``: no diacritics,
ة → ه, ى → ي, أ/إ/آ → ا), and the roles its clause gives:

    agents   "after": the list right after the trigger (verb–subject order, or a preposition that
             marks the agent: من طرف، بتمويل من، مع، بحضور)
    item     "before": what the trigger's pronoun refers to (مشروع نفذته X) or what the clause is
             about; "after": the object after the agents (وتمول السويد البرنامج); "near": the nearest;
             each falls back to the document's most salient item of the kind (``relations._Topic``)

    funding         مول/تمول/موله، بتمويله، تمويل يقدمه، بمساهمة من، مساهمة من (about an item its sentence names
                    before it)، تسهم فيه، خصص، رصد (with an amount after them)، منح، قدّم (منحة، تمويلا …)، تكفّلت بتمويله،
                    بمنحة من، صادق/وافق X على تمويله / على تمويل Y، ساهم X في تمويل Y / الذي يساهم في تمويله X،
                    تعهد X بتمويل Y، أعلن X عن تمويل Y، التي يدعمها X، تبرع/قدم X (AMOUNT) … لـY (an item named)،
                    تتحمل X تمويلا (مشتركا) / تكاليف Y، تكفلت X بتمويل Y (a programme or project, else the topic)،
                    ساهم X بـ(ما قيمته) AMOUNT، مساهمة X، البالغة / بقيمة AMOUNT، غلاف مالي قدره AMOUNT رصده/تقدمه X
    implementing    نفذته/تنفذهما/انجزتها/تنجزه، تشرف على تنفيذه، (س)يتولى تنفيذه، تنفذ/تنجز X، تتكفل فيه/تسهر عليه/تشرف عليه X،
                    ستتكفل/تضطلع/تقوم X بتنفيذ Y (بتنفيذه)، أسندت (الوزارة) (مهمة) تنفيذه / تنفيذ Y إلى X، عهدت … بتنفيذ Y إلى X،
                    Y من إنجاز/تنفيذ X، تعد X الجهة المنفذة لـY، تشرف X على مشروع Y، تشارك في تنفيذ(ه) Y X، تشارك X في تنفيذ Y،
                    تولاه/اضطلع به X، أوكل/أسند إلى X، بتمويل من Y وتنفيذ X، تسيير/إدارة مشروع/مركز beside تنفيذ،
                    تتقاسم (تنفيذه / تنفيذ Y) X، يُدار Y من قبل X، تسهر على تنفيذ أنشطته X (not «تنفيذ التزاماتها»)
                    (بمبادرة من، تحت قيادة/إشراف were tried: the item nearest before is as often another one)
    signatory       وقع/ابرم X (الوثيقة) … AGREEMENT مع Y، اتفاق ابرمته X مع Y، (تم) توقيع AGREEMENT … X (persons
                    sign as signatories, organizations and countries as parties; «نيابة عن Y» signs for Y too)
    signatory       (cont.) وقعها/وقع عليها (the agreement named before, else the document's)، (ال)موقعة من طرف X، تولى التوقيع
                    عن Y X، مهر (المذكرة) بتوقيعه X، جدد X و Y اتفاقية …؛ a state that ratifies or accedes, صادق على / انضم إلى
                    AGREEMENT (not لم/لن/لا، not a future or «أن تصادق»); a headline's present, its subject first,
                    «X و Y توقعان اتفاقا»، «X يوقع مذكرة تفاهم مع Y»
    participant     شارك (فيها)، بمشاركة، حضر/حضره (الاجتماع، المؤتمر)، بحضور (ممثلين عن)، الكلمة … كل من،
                    إلى جانب ممثلين عن / ممثلي، ممثلو/ممثلون عن، برئاسة مشتركة (co-chairs; ترأس/برئاسة alone was tried: it cost
                    precision on unseen text, and so did «تحت الرئاسة المشتركة»); ترأس X و Y بشكل مشترك; بمشاركة/بحضور
                    after the people who come, «وزراء وممثلين عن / خبراء من / وفود تمثل X»، or a count, «57 دولة من بينها X»,
                    or a group and some of them, «وزراء الداخلية لعدة دول، من بينهم X»;
                    افتتح/اختتم/أشرف على افتتاح X (أشغال) EVENT (only an aside between X and the event: ``OPENED``);
                    also ``SPEAKING`` … ``DURING`` EVENT (``relations._Sentence.spoken``)
    organizer       من تنظيم X، بتنظيم (مشترك) من / بين X; EVENT … بمبادرة من X (an event named before it); وترأس EVENT X
                    (who chairs an event named right after the verb organizes it and takes part in it); EVENT، الذي ترأسه X
    host            EVENT … بدعوة من X (an event named before it)

Patterns are spelled as written and translated through ``kg.normalize.LETTERS``; each starts with a
literal or a short class so ``re`` scans in C; a gap between words is bounded (``{0,100}?`` at most), so a match
costs at most that many characters more (``tests/extract``'s hostile-input checks time every reading).
"""

from __future__ import annotations

import re
import re._constants as _sre  # the parsed form of a pattern: which words every match contains
import re._parser as _parse
from dataclasses import dataclass, field

from kg.normalize import LETTERS

_W = r"(?<![^\s\"“”«(,:\-])"   # a word starts here
_CONJ = r"(?:و|ف)?"
_ADVERB = r"(?:(?:حينها|يومها|آنذاك|حينئذ|بدوره|بدورها)\s)?"     # «وقعه حينها X»، «بدوره»: an adverb before who acts
_PRONOUN = r"(?:ه|ها|هما|هم)"
_SHARE = r"(?:نصف|ثلث|ثلثي|ربع|الجزء الأكبر|جزءا)"     # a share of a cost
_NO_BURDEN = r"(?:(?!مسؤولي|المسؤولي|عبء|العبء)[^.;])"     # any character, not past a responsibility or a burden
# what one runs or manages, by its head noun: «تسيير المشروع / البرنامج / المركز …» (``relations`` reads it too)
RUN_ITEM = r"(?:ال)?(?:مشروع|برنامج|مبادره|مركز|فضاء)"
# what is carried out that is no programme or project: «تسهر X على تنفيذ التزاماتها / توصيات الندوة / مقتضيات القانون»
# (normalized, as ``relations`` reads it too)
NOT_CARRIED_OUT = r"(?:ال)?(?:التزام|مهام|واجب|تعهد|توصي|قرار|مخرج|بنود|مقتضي|احكام|سياس)"
# «أسندت (الوزارة) …»، «عهدت اليونيسف ب…»، «يُعهد ب…»، «تُسند …»: entrusting, then what and to whom
_ENTRUST = (r"(?:(?:(?:أسند|اسند)(?:ت)?|س?[تي]سند)\s(?:[^.;:]{1,60}?\s)?|(?:عهد(?:ت)?|س?يعهد)\s(?:[^.;:]{1,60}?\s)?ب)")
# «بمشاركة وزراء وممثلين عن X و Y»، «حضور خبراء من X»: the people who attend, by a plural noun (one or two joined
# by و), then the bodies or countries they come from after «من / عن»
_GROUP = (r"(?:وزراء|مسؤولين|مسؤولي|مسؤولون|خبراء|ممثلين|ممثلي|ممثلون|ممثلو|سفراء|مندوبين|مندوبون|وفود|فاعلين|فاعلون|"
          r"برلمانيين|برلمانيون|أكاديميين|أكاديميون|باحثين|باحثون|دبلوماسيين|دبلوماسيون|مبعوثين|مبعوثي|مبعوثون|مبعوثو)")
# some of a group first named («بلدان العبور، لا سيما X»، «57 دولة من بينها X»), written normalized
# («في مقدمتها / على رأسها X»: first among them)
AMONG = r"(?:من بينها|من بينهم|منها|بينها|هي|وهي|مثل|(?:و)?لا سيما|(?:و)?خاصه|بما فيها|(?:و)?في مقدمتها|(?:و)?في مقدمتهم" \
    r"|(?:و)?علي راسها|(?:و)?علي راسهم)"
# «بمشاركة 57 دولة من بينها X و Y»، «أزيد من ثلاثين بلدا إفريقيا، من بينها X»: a count of countries or bodies, then
# some of them
ABOUT = r"(?:(?:أزيد|أكثر) من\s|حوالي\s|نحو\s|قرابة\s)"      # a count's approximation, «أكثر من 20 دولة»
COUNTED = (ABOUT + r"?(?:عدد من\s(?:ال)?|\S+\s(?:عشرة\s|عشر\s|و\S+\s)?)?"
           r"(?:دولة|دول|بلدا|بلدان|منظمة|منظمات|هيئة|هيئات|جمعية|جمعيات|مؤسسات|جهات|وكالات|شريكا|شركاء)"
           r"(?:\s(?:(?:و)?\S+(?:ية|يا|ي|ة)|عضوا|(?:ال)?أعضاء)){0,2}(?:\s(?:من|في)\s[^\s,.;:]+(?:\s[^\s,.;:]+){0,3}|\sلل\S+)?\s*(?:,\s*)?"
           r"" + AMONG + r"\s(?:كل من\s)?")
# (adjectives only, «إفريقية وأوروبية»، «مرسلة ومستقبلة للعمالة», or where they are from, «… دولة من ضفتي المتوسط، من
# بينها كل من X»: not «ليس من بينها»)
# an event named again by its definite head noun
_MEETING = (r"(?:الاجتماع|اللقاء|الندوة|الحفل|الورشة|المؤتمر|المنتدى|الملتقى|الجلسة|الدورة|الاحتفال|الاحتفالية|المناظرة|الأيام"
            r"|الحدث|التظاهرة|الفعالية|المراسم)")
# the proceedings of an event a verb of opening or closing reaches in its clause: «افتتح X (… ) أشغال …»
_PROCEEDINGS_AHEAD = r"[^.;]{0,150}?\s(?:على )?(?:افتتاح |اختتام )?(?:أشغال|فعاليات|أعمال)\s"
# («مشاركة وزراء الداخلية لعدة دول، من بينهم X»: the group with a complement of its own, then some of them)
# («وفود تمثل كلا من مالي وغينيا»: each of a list, كل in the accusative too)
# («نحو تسعين مندوبا يمثلون …»: a count of people, one of them in the accusative or, after hundreds, the genitive,
# «أزيد من خمسمائة مندوب»; two kinds joined, «نحو 150 مسؤولا وخبيرا من …»، «نحو ثلاثين نائبا وممثلون عن …»)
GOVERNMENTS = r"(?:حكومات|سلطات|برلمانات)"     # «ممثلون عن حكومات X و Y»: the countries whose governments send them
# (artists, players and students too: «أكثر من مائتي فنان من مصر والسودان»)
_PEOPLE = (r"(?:مندوب|ممثل|خبير|مشارك|مسؤول|وفد|نائب|برلماني|باحث|صحفي|منتخب|فنان|لاعب|رياضي|طالب|موسيقي|مخرج|فاعل"
           r"|نقابي|إعلامي|مفتش|محامي)(?:ا|ين|ون)?")     # («نحو تسعين نقابيا يمثلون …»)
# (a number in digits or words: tens, hundreds, thousands, «ستة عشر»، «خمسة»)
_COUNTED_PEOPLE_WORDS = (r"(?:(?:(?:أزيد|أكثر) من\s|ما (?:يزيد|يربو) (?:عن|على)\s|حوالي\s|نحو\s|قرابة\s)?(?:[\d٠-٩]+|(?:\S+\s+و)?(?:عشرين|ثلاثين|أربعين|خمسين|ستين"
                  r"|سبعين|ثمانين|تسعين|مائة|مئة|\S+مائة|\S+مئة|مائتي|مئتي|ألف|ألفي|عشرات|مئات|آلاف"
                  r"|(?:ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع)(?:ة)?(?:\sعشر(?:ة)?)?|عشر(?:ة)?))\s" + _PEOPLE
                  + r"(?:\sو" + _PEOPLE + r")?)")
COUNTED_PEOPLE = _COUNTED_PEOPLE_WORDS + r"\s"        # (the words, then the space before what follows them)
# a word of a group's own before «منها / وهما» (the group then named, some or all of it): no name of a list, «وفود عن
# المغرب وتونس، منها …», no «عن / من» + a definite word, «وفود عن المغرب، منها وفد …» (those are named, then some of the
# delegations); written normalized, as it reads in relations too
GROUP_WORD = r"(?!و(?!كالات|فود|زراء))(?!(?:عن|من)\s+ال)[^\s,.;:]+"
# («وفود حكومية من …»، «مسؤولين رفيعي المستوى من …»: the group's adjective before where they are from; «يمثلون
# حكومات كل من X و Y»: the governments of the countries)
_DELEGATES = (r"(?:" + _COUNTED_PEOPLE_WORDS + r"(?:\s[^\s,.;:]+){0,4}?\s*,?\s*(?:و)?(?:من بين(?:هم|ها)|من(?:هم|ها)"
              r"|من ضمن(?:هم|ها))\s"
              # («ممثلي المنظمتين الشريكتين، وهما X و Y»، «مبعوثين عن وكالات أممية، من بينها X»: a group, then some or
              # all of it by name, before a group alone is tried)
              + r"|" + _GROUP + r"(?:\s" + GROUP_WORD + r"){0,4}?\s*(?:,\s*)?(?:من بين(?:هم|ها)|من(?:هم|ها)|من ضمن(?:هم|ها)"
              r"|وهما|وهم)\s"
              # («بمشاركة أزيد من 150 فاعلا، من بينها جمعية X …»: some of those counted, by name)
              r"|(?:" + _GROUP + r"\s(?:و" + _GROUP + r"\s)?(?:\S+ية\s|رفيع\S* المستوى\s)?|" + COUNTED_PEOPLE
              + r")(?:(?:من|عن|تمثل|يمثلون)\s(?:" + GOVERNMENTS + r"\s)?(?:كلا من\s|كل من\s)?)?(?:" + COUNTED
              + r")?|" + COUNTED + r")?")


def required(pattern: re.Pattern) -> tuple[str, ...]:
    """Words one of which every match of ``pattern`` contains (the longest such set the parse shows), or ()
    when none is certain: a sentence without any of them is not scanned (a scan costs the same for every
    pattern, and most sentences hold few triggers)."""
    def best(items) -> tuple[str, ...]:
        found: list[tuple[str, ...]] = []
        run = ""
        for op, av in items:
            if op is _sre.LITERAL:
                run += chr(av)
                continue
            found.append((run,)) if run else None
            run = ""
            if op is _sre.SUBPATTERN:
                found.append(best(av[3]))
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
                found.append(best(av[2]))
            elif op is _sre.BRANCH:
                options = [best(alternative) for alternative in av[1]]
                if all(options):
                    found.append(tuple(sorted({w for o in options for w in o})))
        if run:
            found.append((run,))
        found = [f for f in found if f and min(map(len, f)) >= 2]
        return max(found, key=lambda f: min(map(len, f)), default=())
    return best(_parse.parse(pattern.pattern, pattern.flags))


@dataclass(frozen=True)
class Trigger:
    name: str
    pattern: re.Pattern
    kind: str          # funding | participation
    role: str          # funding | implementing | party | participant
    item: str          # where the item stands: before | after | near
    items: str         # the kinds of item: activities | funded | agreements | events
    confidence: float
    with_: bool = False   # «… مع Y» after the clause names another agent (a co-signatory)

    pronoun: bool = False  # the item is what the trigger's pronoun refers to (نفذته، بتمويله، تسهم فيه)
    named: bool = False    # the item must be named in the sentence: the document's topic does not stand in
    money: bool = False    # only with an amount after it (خصص، رصد: what is allocated may be time or a session)
    needs: tuple[str, ...] = field(default=(), compare=False)    # ``required(pattern)``


def _t(name: str, pattern: str, kind: str, role: str, item: str, items: str, confidence: float,
       with_: bool = False, pronoun: bool | None = None, named: bool = False, money: bool = False) -> Trigger:
    if pronoun is None:
        pronoun = _PRONOUN in pattern and item == "before"
    compiled = re.compile((_W + pattern).translate(LETTERS))
    return Trigger(name, compiled, kind, role, item, items, confidence, with_, pronoun, named, money, required(compiled))


_NOT_ITS_END = "".join(f"(?<!{w} )" for w in ("وقف", "إيقاف", "توقيف", "تعليق", "تجميد", "إنهاء", "قطع", "خفض", "تقليص",
                                            "سحب", "رفض", "عدم", "تم", "على"))
TRIGGERS = [
    # funding: the funder after the trigger
    _t("funding:mawwala", _CONJ + r"(?:(?:س?[تي])?مول(?:ت)?|س?[تي]مول(?:ان|ون))\s", "funding", "funding", "after", "funded", 0.75),
    # («يمولها بالكامل X»: how much of it, between the verb and its funder)
    _t("funding:mawwalahu", r"(?:الذي |التي |و)?(?:س?[تي])?مول(?:ت)?" + _PRONOUN + r"\s(?:(?:بالكامل|كليا|جزئيا|بدوره|بدورها)\s)?",
       "funding", "funding", "before", "funded", 0.8),
    # «ساهمت X في تمويل مشروع Y»، «الذي يساهم في تمويله X»: taking part in funding is funding
    _t("funding:sahama-fi-tamwil", _CONJ + r"(?:س?[تي])?(?:ساهم|سهم|أسهم)(?:ت)?\s(?=[^.;]{0,100}?في تمويل\s)", "funding",
       "funding", "after", "funded", 0.7),
    # «ويشارك في تمويل المشروع كل من X، بمساهمة قدرها …، و Y»: the verb first, the item, then those who fund it
    # (the item's words, no relative clause on it: «في تمويل المشروع الذي يستفيد منه كل من X» names beneficiaries)
    _t("funding:yusharik-fi-tamwil", _CONJ + r"(?:س?[تي])?(?:شارك|ساهم|سهم|أسهم)(?:ت)? في تمويل\s"
       r"(?:(?!(?:الذي|التي|الذين)\s)[^\s.;:,]+\s){1,8}?(?=كل من\s)",
       "funding", "funding", "after", "funded", 0.7),
    # «فيما ساهمت جماعة الدار البيضاء بالباقي»، «فيما تتكفل المفوضية بباقي الكلفة»: who pays the rest funds it too
    # («بالباقي من مواردها الذاتية»، «بتغطية الجزء المتبقي»، «تتحمل X النسبة المتبقية»; not «الجزء المتبقي من المسؤولية»)
    _t("funding:al-baqi", _CONJ + r"(?:س?[تي])?(?:ساهم|سهم|أسهم|تكفل|تحمل)(?:ت)?\s(?=[^.;]{0,80}?\s(?:(?:ب)?(?:الباقي|المتبقي)"
       r"(?=\s*[.,;]|$|\sمن\s(?:موارد|ميزاني))|(?:ب)?(?:باقي|الباقي|المتبقي من)\s(?:ال)?(?:كلفة|تكلفة|ميزانية|مبلغ|تمويل|المبلغ)"
       r"|(?:ب)?(?:تغطية\s)?(?:ال)?(?:جزء|نسبة|حصة|مبلغ)\s(?:ال)?(?:متبقي|متبقية|باقي|باقية)"
       r"(?=\s*[.,;]|$|\sمن\s(?:موارد|ميزاني|(?:ال)?(?:كلفة|تكلفة|تمويل|ميزانية|مبلغ))|\s(?:و?قدره|و?قدرها|أي|بقيمة)\s)))", "funding", "funding",
       "before", "funded", 0.65),
    # «وتتحمل كاريتاس إسبانيا قرابة نصفها / الجزء الأكبر منه»، «ويتحمل الاتحاد الأوروبي الجزء الأكبر من تكلفته»: bearing a share of
    # «it» or of its cost is funding it (or its whole cost: «في حين تتحمل X كلفته»; not a body's own running costs,
    # «وتتحمل الجمعية نفقاتها الإدارية») (not «يتحمل X جزءا من المسؤولية»، «نصف العبء»; the costs: ``funding:tahammala``)
    _t("funding:tahammala-share", _CONJ + r"(?:س?[تي])?(?:تحمل|تكفل)(?:ت)?\s(?=" + _NO_BURDEN + r"{0,50}?\s"
       r"(?:(?:قرابة|نحو|حوالي|زهاء)\s)?(?:" + _SHARE + r"(?:\sمن)?(?:ها|ه)(?:[\s.,;]|$)|(?:كلفت|تكلفت|تكاليف|نفقات|ميزانيت)(?:ها|ه)(?:[.,;]|\s(?!(?:الإدارية|الخاصة|التشغيلية|الذاتية)\b))|" + _SHARE
       + r"\s(?:من\s)?(?:ال)?(?:كلفة|تكلفة|كلفته|تكلفته|كلفتها|تكلفتها|تكاليف|نفقات|ميزانية)))", "funding", "funding", "before",
       "funded", 0.65),
    _t("funding:sahama-fi-tamwilihi", r"(?:الذي |التي |و)?(?:س?[تي])?(?:ساهم|سهم|أسهم|شارك)(?:ت)? في تمويل" + _PRONOUN + r"\s",
       "funding", "funding", "before", "funded", 0.75),
    _t("funding:bi-tamwilihi", _CONJ + r"ب?تمويل" + _PRONOUN + r"\s", "funding", "funding", "before", "funded", 0.7),
    _t("funding:tamwil-yuqaddimuhu", r"تمويل(?:ا)? (?:مشترك(?:ا)? )?[يت]?قدم(?:ت)?" + _PRONOUN + r"\s", "funding",
       "funding", "before", "funded", 0.8, pronoun=False),   # يقدمه: the funding itself
    # «بغلاف مالي قدره مليونا يورو تقدمه الوكالة الإيطالية»: a sum, then who gives it (ـه: the sum)
    _t("funding:mablagh-yuqaddimuhu", r"(?:ب)?(?:غلاف مالي|مبلغ|منحة|هبة|دعم مالي) (?:(?:إجمالي|قدره|قدرها|قيمته|قيمتها|"
       r"بقيمة|يبلغ|تبلغ) )?[^.;«»]{1,50}? (?:(?:ي|ت)(?:قدم|منح)|(?:رصد|خصص)(?:ت)?)(?:ه|ها)\s", "funding", "funding", "before", "funded", 0.7,
       pronoun=False),
    _t("funding:musahama-min", _CONJ + r"(?:ب)?مساهمة (?:مالية )?(?:مشتركة )?(?:من طرف|من قبل|من لدن|من)\s", "funding",
       "funding", "before", "funded", 0.75, named=True),
    _t("funding:tusahim-fihi", _CONJ + r"(?:[تي](?:سهم|ساهم)|(?:ساهم|أسهم)(?:ت)?) في" + _PRONOUN + r"\s", "funding",
       "funding", "before", "funded", 0.75),
    # «وتتقاسم تمويل مشروع «Y» ألمانيا والاتحاد الأوروبي»: sharing the funding, the item right after the noun
    _t("funding:taqasama", _CONJ + r"(?:[تي])?تقاسم(?:ت)? تمويل\s", "funding", "funding", "after", "funded", 0.7),
    _t("funding:taqasama-hu", r"(?:الذي |التي |و)?(?:[تي])?تقاسم(?:ت)? تمويل" + _PRONOUN + r"\s", "funding",
       "funding", "before", "funded", 0.75),
    # «تبلغ كلفته 45 مليون يورو، يتحمل الصندوق منها 40 مليون يورو»: bearing a share of the cost named before
    _t("funding:tahammala-minha", _CONJ + r"(?:س?[تي])?(?:تحمل|تكفل)(?:ت)?\s(?=[^.;,]{1,60}?\sمن(?:ها|ه)\s)", "funding",
       "funding", "before", "funded", 0.7, money=True),
    # «ورصدت له الكنفدرالية السويسرية غلافا ماليا قدره …»: allocated to what the pronoun names (an amount after it)
    _t("funding:khassasa-lahu", _CONJ + r"(?:س?[تي])?(?:خصص|رصد)(?:ت)?\s(?:له|لها|لهما)\s", "funding", "funding", "before",
       "funded", 0.7, pronoun=True, money=True),
    _t("funding:khassasa", _CONJ + r"(?:س?[تي])?(?:خصص|رصد)(?:ت)?\s", "funding", "funding", "after", "funded", 0.7,
       money=True),
    # «ودعمت الحكومة الإيطالية برنامج «Y» بمبلغ …»: supporting with money (an amount after: support alone may be
    # advice or a word)
    _t("funding:daamat", _CONJ + r"(?:دعمت|س?[تي]دعم)\s", "funding", "funding", "after", "funded", 0.7, money=True),
    # «قررت X تخصيص 15 مليون فرنك … لتمويل …»، «أعلنت X عن رصد …»: deciding or announcing an allocation (an amount after)
    _t("funding:qarrara-takhsis", _CONJ + r"(?:س?[تي])?(?:قرر|أعلن)(?:ت)?\s(?=[^.;]{0,80}?\s(?:عن )?(?:تخصيص|رصد)\s)",
       "funding", "funding", "after", "funded", 0.7, money=True),
    # «فيما تساهم الحكومة الإيطالية بمليون يورو»: contributing an amount (ب before it, right after the contributor)
    # («وساهمت إيطاليا بما قيمته مليون يورو»)
    # («وأسهمت المفوضية الأوروبية بـ 15 مليون يورو»، «فقد تبرعت المملكة المتحدة بمبلغ …»: the amount after بـ and a space;
    # «فيما يتكفل مجلس العمالة بمليون درهم»، «بينما تساهم الوكالة بغلاف مالي قدره …»: bearing a sum, a sum's noun first)
    _t("funding:sahama-bi", _CONJ + r"(?:س?[تي])?(?:ساهم|سهم|أسهم|تبرع|تكفل)(?:ت)?\s(?=(?:[^.;,]{0,60}?\s)?(?:عبر\s[^.;,]{1,80}?\s)?(?:[^.;,]{0,60}?,[^.;,]{1,60},\s)?ب\s?(?:مبلغ\s|مساهمة\s|قيمة\s|ما قيمته\s|ما قدره\s"
       r"|(?:تمويل|غلاف مالي|مساهمة مالية)\s(?:قدره\s|قيمته\s|بقيمة\s|يناهز\s)?)?"
       # (a sum in words too: «بغلاف مالي يناهز ثلاثة ملايين درهم»، «بخمسمائة ألف يورو»)
       r"(?:[\d٠-٩]|مليون|ملايين|مليار|ألف|آلاف|نحو|حوالي|أزيد|قرابة|(?:اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مائ|مئ)\S*\s))",
       "funding", "funding", "before", "funded", 0.6, money=True),
    # «في حين قدّم الصندوق الكويتي 5 ملايين دولار»: money given, its amount right after the giver (no purpose said)
    _t("funding:qaddama-mablagh", _CONJ + r"(?:س?[تي])?قدم(?:ت)?\s(?=[^.;,]{0,60}?\s(?:مبلغ(?:ا)?\s|ما قيمته\s)?[\d٠-٩]"
       r"[^.;,]{0,20}?\s(?:مليون|ملايين|مليار|ألف|آلاف|دولار|يورو|درهم))", "funding", "funding", "before", "funded", 0.6,
       money=True),
    # «وتأتي مساهمة الكويت، البالغة مليوني دولار، …»: the contribution of X, with its amount right after it
    _t("funding:musahamat", _CONJ + r"(?:ب|ل)?مساهمة\s(?=[^.;,]{2,60}?[\s,]+(?:البالغة|بقيمة|قدرها|التي تبلغ|التي بلغت)\s"
       r"(?:[\d٠-٩]|مليون|مليوني|ملايين|مليار|ألف|آلاف|نحو|حوالي|أزيد|ما يناهز))", "funding", "funding", "before", "funded",
       0.6, money=True),
    # «في حين تتحمل ألمانيا تمويلا مشتركا قدره …»، «وتحملت الوكالة تكاليف المشروع»: bearing the funding or the cost
    # (not past a responsibility or a burden: «وتتحمل الحكومة المسؤولية عن ارتفاع تكاليف المعيشة»)
    _t("funding:tahammala", _CONJ + r"(?:س?[تي])?(?:تحمل|تكفل)(?:ت)?\s(?=(?:" + _NO_BURDEN + r"{0,60}?\s)?(?:ب)?(?:تمويلا|التمويل|تمويل|تكاليف|"
       r"التكاليف|كلفة|تكلفة|نفقات)\s)", "funding", "funding", "after", "activities", 0.7),
    # «وقدّم الصندوق منحة بقيمة … لدعم Y»: offering, when what is offered is money (a grant, funding, a loan)
    # (a contribution or support is money when its amount follows: «مساهمة (جديدة) بقيمة / قدرها …»، «دعما إضافيا بقيمة …»)
    _t("funding:qaddama", _CONJ + r"(?:س?[تي])?قدم(?:ت)?\s(?=[^.;]{0,80}?(?:منحة|تمويلا|دعما ماليا|مساهمة مالية|هبة|قرضا"
       r"|(?:مساهمة|دعما) (?:\S+ )?(?:بقيمة|قدرها|قدره|بمبلغ))\s)",
       "funding", "funding", "after", "funded", 0.65),
    # «وأعلنت X عن مساهمة (مالية) قدرها … في المشروع»: announcing a contribution of money to an item
    # (not «أعلنت X عن تلقيها مساهمة …»: money X received, ``given``)
    # («وأعلنت ألمانيا، عبر GIZ، مساهمة بقيمة …»: the contribution the verb's object, without «عن»)
    _t("funding:alana-musahama", _CONJ + r"(?:س?[تي])?علن(?:ت)?\s(?=[^.;]{0,60}?(?:عن\s(?:(?!تلقي|تسلم)\S+\s)?|[,،]\s)مساهم(?:ة|ات)\s)"
       r"|" + _CONJ + r"أعلن(?:ت)?\s(?=[^.;]{0,60}?(?:عن\s(?:(?!تلقي|تسلم)\S+\s)?|[,،]\s)مساهم(?:ة|ات)\s)", "funding", "funding", "after", "funded",
       0.65, money=True),
    # «فقد تكفّلت بتمويله X»: X took the funding of what the pronoun refers to upon itself
    _t("funding:takaffala-bi-tamwilihi", _CONJ + r"(?:[تي])?تكفل(?:ت)? بتمويل" + _PRONOUN + r"\s", "funding", "funding",
       "before", "funded", 0.75),
    # «بينما تكفل الاتحاد الأوروبي بتمويله»: the funder between the verb and the pronoun
    _t("funding:takaffala-x-bi-tamwilihi", _CONJ + r"(?:(?:س?[تي])?تكفل|تكفلت)\s(?=[^.;]{0,100}?\sبتمويل" + _PRONOUN
       + r"(?![^\s,.;:]))", "funding", "funding", "before", "funded", 0.75, pronoun=True),
    # «الذي صادق X على تمويله»، «وافقت X على تمويل مشروع Y»: who approves the funding of an item funds it
    _t("funding:sadaqa-ala-tamwilihi", r"(?:الذي |التي |و)?(?:س?[تي])?(?:صادق|وافق)(?:ت)?\s(?=[^.;]{0,80}?\sعلى تمويل"
       + _PRONOUN + r"(?![^\s,.;:]))", "funding", "funding", "before", "funded", 0.75, pronoun=True),
    _t("funding:sadaqa-ala-tamwil", _CONJ + r"(?:س?[تي])?(?:صادق|وافق)(?:ت)?\s(?=[^.;]{0,80}?\sعلى تمويل\s)", "funding",
       "funding", "after", "funded", 0.7),
    # «بمنحة (مقدمة) من X»: a grant of X
    # («بهبة من X»: a gift, as a grant)
    _t("funding:minha-min", _CONJ + r"ب?(?:منحة|هبة) (?:مالية )?(?:مقدمة )?(?:من طرف|من قبل|من لدن|من)\s", "funding", "funding", "before",
       "funded", 0.75),
    # «منحت X Y منحة / هبة قدرها …»: granting money (not «يمنح المنظمة وضعا قانونيا»: a status)
    _t("funding:manaha", _CONJ + r"(?:س?[تي])?منح(?:ت)?\s(?=[^.;]{0,80}?(?:منحة|هبة|تمويلا|دعما ماليا|مساهمة|قرضا|مبلغ|غلاف|"
       r"[\d٠-٩]|مليون|مليوني|ملايين|مليار|ألف|آلاف))", "funding", "funding", "after", "funded", 0.65),
    # «وتعهدت X بتمويل المشروع»، «أعلنت X عن تمويل مشروع Y»: a pledge or an announcement of funding
    _t("funding:taahhada-bi-tamwil", _CONJ + r"(?:(?:س?[تي])?(?:تعهد|لتزم)|التزم)(?:ت)?\s(?=[^.;]{0,80}?\sبتمويل\s)", "funding",
       "funding", "after", "funded", 0.7),
    # «تلتزم X بتقديم منحة بقيمة …»، «التزم X بتعبئة 8 ملايين درهم»، «… بمساهمة تناهز …»: a pledge to give money (only
    # with an amount after the verb)
    _t("funding:iltazama-bi-taqdim", _CONJ + r"(?:(?:س?[تي])?(?:تعهد|لتزم)|التزم)(?:ت)?\s(?=[^.;]{0,80}?\sب(?:تقديم|منح|رصد|تخصيص|تعبئة|مساهمة)\s)",
       "funding", "funding", "after", "funded", 0.7, money=True),
    # («أعلن X تمويله برنامج Y»: its funding of it, the pronoun the funder's; not «وقف / تجميد / خفض تمويله»: its end or
    # cut, nor «أعلن X أن المشروع الذي تم تمويله …»، «… وافق على تمويلها»: another's funding)
    _t("funding:alana-an-tamwil", _CONJ + r"(?:(?:س?[تي])?علن|أعلن)(?:ت)?\s(?=[^.;]{0,80}?\s(?:عن تمويل|" + _NOT_ITS_END
       + r"(?:تمويله|تمويلها))\s)", "funding", "funding",
       "after", "funded", 0.7),
    # «أعلنت X عن تخصيص / رصد / منح غلاف مالي … لتمويل Y»، «أعلن X عن برنامج جديد بقيمة …»: money allocated (only with
    # an amount after the verb)
    _t("funding:alana-an-takhsis", _CONJ + r"(?:(?:س?[تي])?علن|أعلن)(?:ت)?\s(?=[^.;]{0,80}?\sعن (?:تخصيص|رصد|منح|منحة|هبة"
       r"|برنامج|غلاف مالي|دعم مالي)\s)",
       "funding", "funding", "after", "funded", 0.7, money=True),
    # «المبادرة التي يدعمها X»: what the pronoun refers to (the subject-first «X تدعم Y» is ``relations.funds``)
    _t("funding:yadamuhu", r"(?:الذي |التي |و)?(?:س?[تي])?دعم(?:ت)?" + _PRONOUN + r"\s", "funding", "funding", "before", "funded",
       0.7),
    # «وتبرعت X بمبلغ … لدعم البرنامج»، «وقدمت X ٣ ملايين فرنك لمشروع Y»: money given, an amount after the verb, to a
    # programme or project (one given to a body is ``relations.given``)
    _t("funding:tabarraa", _CONJ + r"(?:س?[تي])?(?:تبرع|قدم)(?:ت)?\s(?=[^.;]{0,100}?\s(?:(?:لدعم|لتمويل) (?:ال)?|ل|لل)"
       r"(?:مشروع|برنامج|مبادرة|خطة)[\s.,;:])", "funding", "funding", "after", "funded", 0.65, money=True),
    # implementing: the implementer after the trigger
    # («الدراسة، التي أعدها مختبر …»: who prepared a study carried it out)
    _t("implementing:naffadhahu", r"(?:الذي |التي |و)?(?:(?:س?[تي])?(?:نفذ|نجز)|أنجز|أعد)(?:ت)?" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.8),
    # «مشروع «Y»، الذي أطلقته جمعية X سنة 2022»: who launched it carries it out (a relative clause: «وأطلقه» is too
    # often a statement, a slogan or a call)
    _t("implementing:atlaqahu", r"(?:الذي|التي) (?:أطلق|اطلق)(?:ت)?" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.7),
    # «المشروع، الذي تنسقه جامعة X»، «التي تديرها المنظمة»، «وتدير المنظمة المشروع»: who runs or coordinates it
    # («المركز الذي تسيره جمعية X»، «تحالف تقوده منظمة X»: who runs or leads it)
    _t("implementing:yudiruhu", r"(?:الذي |التي |و)?(?:(?:س?[تي])(?:دير|نسق|سير|قود)|أدار(?:ت)?|قاد(?:ت)?)" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.75),
    # «مشروع «Y» بقيادة منظمة X»: led by a body (not a person: «وفد بقيادة الوزير»)
    _t("implementing:bi-qiyada", _CONJ + r"بقيادة\s", "participation", "implementing", "before", "activities", 0.65,
       named=True),
    _t("implementing:yudir", _CONJ + r"(?:س?[تي])دير\s(?=[^.;,]{0,60}?\s(?:ال)?(?:مشروع|برنامج|مبادرة)[\s«\"“.,])",
       "participation", "implementing", "after", "activities", 0.65),
    # («وقد أشرفت على تنفيذه X»: the past too)
    _t("implementing:ala-tanfidhihi", _CONJ + r"(?:قد )?(?:(?:[تي](?:شرف|سهر)|أشرف(?:ت)?|سهر(?:ت)?) على |س?[تي]تولى |تولت? )(?:تنفيذ|إنجاز|تسيير|إدارت|تنزيل)"
       + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.8),
    # «وتسهر على تنفيذ المشروع (ميدانيا) جمعية X»، «ويتولى تنفيذ البرنامج، الممتد …، X»: the item after the verbal noun,
    # who carries it out after it («تنزيل»: putting it in place, as Moroccan officialese says)
    _t("implementing:tashar-ala-tanfidh", _CONJ + r"(?:قد )?(?:(?:[تي](?:شرف|سهر)|أشرف(?:ت)?|سهر(?:ت)?) على |س?[تي]تولى |تولت? )"
       r"(?:تنفيذ|إنجاز|تسيير|إدارة|تنزيل)\s"
       r"(?!" + NOT_CARRIED_OUT + ")",
       "participation", "implementing", "after", "activities", 0.75),
    # «وتسهر على تنفيذ أنشطته الميدانية جمعية X»: the parts of what the pronoun refers to (its activities, components,
    # phases), then who carries them out (not «تنفيذ التزاماتها»: a body's own duties)
    _t("implementing:ala-tanfidh-ajzaihi", _CONJ + r"(?:قد )?(?:[تي](?:شرف|سهر)|أشرف(?:ت)?|سهر(?:ت)?|س?[تي]تولى|تولت?) (?:على )?"
       r"(?:تنفيذ|إنجاز|تسيير|تنزيل) (?:أنشطت|مكونات|مراحل|محاور|برامج)" + _PRONOUN + r"(?: ال\S+)?\s",
       "participation", "implementing", "before", "activities", 0.7, pronoun=True),
    # «فيما تتقاسم تنفيذه X و Y»، «وتتقاسم إدارة البرنامج X و Y»: sharing the carrying out is carrying it out
    _t("implementing:taqasama-hu", r"(?:الذي |التي |و|ف)?(?:[تي])?تقاسم(?:ت|ان)? (?:تنفيذ|إدارت|تسيير)" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.75),
    _t("implementing:taqasama", _CONJ + r"(?:[تي])?تقاسم(?:ت|ان)? (?:تنفيذ|إدارة|تسيير)\s", "participation", "implementing",
       "after", "activities", 0.7),
    # «ويُدار البرنامج من قبل X»، «وتُدار المراكز من طرف X»: the passive, its agent after «من (قبل / طرف)»
    _t("implementing:yudaru", _CONJ + r"(?:[تي]دار|أدير(?:ت)?)\s", "participation", "implementing", "after", "activities", 0.65),
    _t("implementing:naffadha", _CONJ + r"(?:(?:(?:س?[تي])?(?:نفذ|نجز)|أنجز|أعد)(?:ت)?|س?[تي](?:نفذ|نجز)(?:ان|ون))\s", "participation", "implementing",
       "after", "activities", 0.7),
    # «وتشرف الوكالة الألمانية للتعاون الدولي على مشروع «THAMM»»: who oversees a programme or project carries it out
    _t("implementing:ashrafa-ala", _CONJ + r"(?:س?[تي]شرف|أشرف(?:ت)?)\s(?=[^.;]{0,80}?\sعلى\s(?:ال)?(?:مشروع|برنامج|مبادرة)[\s«\"“])",
       "participation", "implementing", "after", "activities", 0.65),
    # «وتقود منظمة العمل الدولية مشروع «جسور»»: who leads a programme or project carries it out (not «الذي يقود
    # اتحاد الجهات المنفذة …»: a relative clause's subject is its antecedent)
    _t("implementing:qada", r"(?<!الذي )(?<!التي )" + _CONJ + r"(?:(?:س?[تي])قود|قاد(?:ت)?)\s", "participation",
       "implementing", "after", "activities", 0.65),
    # «دورة تكوينية تشرف عليها X (بالتعاون مع Y)»: who oversees an event the pronoun refers to organizes it
    _t("organizer:tushrif-alayha", r"(?:الذي |التي |و)?(?:[تي]شرف|أشرف(?:ت)?) على" + _PRONOUN + r"\s",
       "participation", "organizer", "before", "events", 0.7),
    # «هاكاثون …، الذي أشرفت الوكالة على تنظيمه (بتعاون مع Y)»، «… الذي أشرفت على تنظيمه X»، «ورشة …، وأشرف على
    # تنظيمها المعهد»: who oversees the organizing of the event a relative clause or «it» is on organizes it
    _t("organizer:ashrafa-ala-tanzimihi", r"(?:(?:الذي |التي )(?:[تي]شرف|أشرف(?:ت)?) (?:على تنظيم(?:ه|ها)\s|(?=[^.;,«»]{2,80}? "
       r"على تنظيم(?:ه|ها)(?:[\s,.;:]|$)))|(?:و|ف)(?:قد )?(?:[تي]شرف|أشرف(?:ت)?) على تنظيم(?:ه|ها)\s)",
       "participation", "organizer", "before", "events", 0.7),
    # «وأشرف على تنظيم هذا الحفل كل من X و Y»: the event right after «تنظيم», who oversaw its organizing after it
    _t("organizer:ashrafa-ala-tanzim-event", _CONJ + r"(?:قد )?(?:[تي]شرف|أشرف(?:ت)?) على تنظيم\s(?=(?:هذا |هذه )?"
       + _MEETING + r"\s)", "participation", "organizer", "after", "events", 0.7),
    # (after «و» only the verb right before «على تنظيمها», who after it: «وتشرف الوزارة على تنظيمها» may be of
    # regulating what was named, «الهجرة الموسمية»)
    # «تتكفل فيه X بالشق الطبي»، «تسهر عليه X»: the item is what the pronoun refers to
    _t("implementing:tatakaffal-fihi", _CONJ + r"(?:[تي]تكفل|[تي]سهر|[تي]شرف) (?:في|ب|علي)" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.75),
    # «ستتكفل X بتنفيذ مشروع Y»، «تضطلع X بتنفيذ Y»: X takes the carrying out upon itself (the item after it);
    # «فيما تضطلع X بتنفيذه»: what the pronoun refers to
    # («وتقوم X بتنفيذ برنامج Y»: doing the carrying out)
    # «على أن تسهر الوكالة على تنفيذه»: who sees to its carrying out, between the verb and «على تنفيذه»
    _t("implementing:sahara-ala-tanfidhihi", _CONJ + r"(?:(?:س?[تي])?سهر|سهر)(?:ت)?\s(?=[^.;]{0,100}?\sعلى تنفيذ"
       + _PRONOUN + r"(?![^\s,.;:]))", "participation", "implementing", "before", "activities", 0.75, pronoun=True),
    # («وتتكفل الجمعية بالتنفيذ الميداني للمشروع»: the carrying out with the article, what is carried out after it)
    _t("implementing:takaffala-bi-tanfidh", _CONJ + r"(?:(?:س?[تي])?(?:تكفل|ضطلع|قوم)|اضطلع|قام)(?:ت)?\s(?=[^.;]{0,100}?\sب(?:(?:تنفيذ|التنفيذ)\s|(?:تسيير|إدارة)\s+" + RUN_ITEM + r"))",
       "participation", "implementing", "after", "activities", 0.75),
    _t("implementing:takaffala-bi-tanfidhihi", _CONJ + r"(?:(?:س?[تي])?(?:تكفل|ضطلع|قوم)|اضطلع|قام)(?:ت)?\s(?=[^.;]{0,100}?\sب(?:تنفيذ|تسيير|إدارت)"
       + _PRONOUN + r"(?![^\s,.;:]))", "participation", "implementing", "before", "activities", 0.75, pronoun=True),
    # «أما المكون الثاني فقد تولته الوكالة X»، «وتتولاه المفوضية»، «اضطلع به المرصد»: who takes upon itself what the
    # pronoun refers to carries it out (not «وتكفلت به X»: taking care of someone as often)
    _t("implementing:tawallahu", _CONJ + r"(?:قد )?(?:(?:س?[تي]تولا|تولا|تولت)" + _PRONOUN + r"|(?:س?[تي]ضطلع|اضطلع)(?:ت)?"
       r" ب" + _PRONOUN + r")\s", "participation", "implementing", "before", "activities", 0.7),
    # «أما المكون الرابع فقد أُوكل / أُسند إلى X»: entrusted to X, with no other object
    # (not «وأسندت إلى X مهمة التواصل»: a task named after whom it is given to)
    _t("implementing:ukila-ila", _CONJ + r"(?:قد )?(?:أوكل|اوكل|أسند|اسند)(?:ت)? (?:إلى|الى)\s(?![^.;,]{0,80}?\s(?:مهمة|مهام|دور|مسؤولية)\s)",
       "participation", "implementing", "before", "activities", 0.7),
    # «وأسندت (مهمة) تنفيذه إلى X»، «أسند تنفيذ المشروع إلى X»: whom the carrying out is entrusted to (by whom, between:
    # «وأسندت الوزارة تنفيذ Y إلى X»، «وعهدت اليونيسف بتنفيذ Y إلى X»)
    _t("implementing:asnada", _CONJ + _ENTRUST + r"(?:مهمة\s)?"
       r"(?:تنفيذ|تسيير|إدارت)" + _PRONOUN + r"\s(?:إلى|الى)\s", "participation", "implementing", "before", "activities", 0.75),
    # («ويُعهد بالتنفيذ إلى X»: the item the document is about; «ويُعهد بتنزيل البرنامج إلى X»; not what is run or
    # developed, «أسندت أعمال التشغيل لمحطة … إلى شركة»، «يعهد بتطوير الكفاءات إلى …»: no item of ours)
    _t("implementing:asnada-tanfidh", _CONJ + _ENTRUST
       + r"(?:مهمة\s)?(?:(?:تنفيذ|تسيير|إدارة|تنزيل)\s[^.;:]{0,80}?|التنفيذ)\s(?:إلى|الى)\s",
       "participation", "implementing", "near", "activities", 0.7),
    # «ومشروع Y من إنجاز X»، «وهو مشروع من تنفيذ X»: the work of X, about the item named before
    _t("implementing:min-injaz", r"(?<!\S)من (?:إنجاز|تنفيذ)\s", "participation", "implementing", "before", "activities", 0.7,
       named=True),
    # «وتعد X الجهة المنفذة لمشروع Y»، «… الجهة المنفذة له»: who is named the implementing body
    _t("implementing:al-jiha-al-munaffidha", _CONJ + r"(?:[تي])?(?:عد|عتبر)\s(?=[^.;]{0,100}?\s(?:ال)?(?:جهة|جهات|هيئة|وكالة|شريك)"
       r" (?:ال)?منفذة?\sل)", "participation", "implementing", "after", "activities", 0.7),
    # «وتشارك في تنفيذ المشروع X»، «ويشارك في تنفيذه X»، «تشارك X في تنفيذ مشروع Y»: taking part in carrying it out
    _t("implementing:sharaka-fi-tanfidh", _CONJ + r"(?:[تي])?شارك(?:ت)? في تنفيذ\s", "participation", "implementing", "after",
       "activities", 0.7),
    _t("implementing:sharaka-fi-tanfidhihi", _CONJ + r"(?:[تي])?شارك(?:ت)? في تنفيذ" + _PRONOUN + r"\s", "participation",
       "implementing", "before", "activities", 0.75),
    _t("implementing:sharaka-x-fi-tanfidh", _CONJ + r"(?:[تي])?شارك(?:ت)?\s(?=[^.;]{0,100}?\sفي تنفيذ\s)", "participation",
       "implementing", "after", "activities", 0.7),
    # signing: the signatories after the verb, the agreement after them (or before a pronoun)
    # («وُقّعت الاتفاقية من طرف السيد X …، والسيد Y»: the passive, who signs after «من طرف»)
    # («وتولى التوقيع عن X السيد Y»: taking the signing upon oneself; «ووقع حينها …»: an adverb of then, before who signs)
    _t("signatory:waqqaa", _CONJ + r"(?:قد )?(?:(?:وقع|أبرم|أمضى|أمضت)(?:ت|ا|تا)?|(?:[تي]?تولى|تولت) (?:مهمة )?التوقيع(?: على)?)\s"
       r"(?:(?:على )?(?:هذه |هذا |هذين |هاتين )?(?:الوثيقة|الاتفاق|الاتفاقية|المذكرة|الإعلان|البروتوكول|الاتفاقيتين|الاتفاقيات|المذكرتين|الاتفاقين|البروتوكولين)"
       r"(?: |, ?)(?:(?:من طرف|من قبل|من لدن) )?)?" + _ADVERB,
       "participation", "party", "after", "agreements", 0.75, with_=True),
    # «إيطاليا والسنغال توقعان اتفاقا …»، «المغرب يوقع مذكرة تفاهم مع …»: the present, its subject first (a headline's
    # order), the agreement right after it («توقع» alone is also «expecting»)
    _t("signatory:yuwaqqiu", _CONJ + r"س?[تي]وقع(?:ان|ون)?\s(?=(?:على\s)?(?:ال)?(?:اتفاق|مذكر|بروتوكول|إعلان)\S*\s)",
       "participation", "party", "after", "agreements", 0.7, with_=True),
    # «وجدد مجلس جهة سوس ماسة ومجلس جهة بريتاني اتفاقية التعاون»: who renew an agreement sign it again (not «جدد
    # التزامه بالاتفاقية»: the agreement's noun after a space, of a kind of agreement)
    _t("signatory:jaddada", _CONJ + r"(?:قد )?(?:س?[تي])?جدد(?:ت|ا|تا)?\s(?=(?:[^.;]{0,120}?\s)?(?:ال)?(?:اتفاقي|اتفاق|مذكر|بروتوكول)"
       r"\S*\s(?:ال)?(?:تعاون|شراك|تفاهم|توأم))", "participation", "party", "after", "agreements", 0.65),
    # «أشرف الوزير X ونظيره Y، يوم …، على توقيع بروتوكول …»: who oversee a signing sign it
    # (the first «على» after the verb: not «أشرف على افتتاح الدورة، التي تنعقد بعد سنة على توقيع …»)
    _t("signatory:ashrafa-ala-tawqi", _CONJ + r"(?:قد )?(?:[تي]شرف|أشرف(?:ت|ا|تا)?)\s"
       r"(?=(?:(?!\sعلى\s)[^.;]){0,200}?\sعلى (?:توقيع|التوقيع على)\s)",
       "participation", "party", "after", "agreements", 0.7),
    # «وقد مهر المذكرة بتوقيعه السيد X»: who puts his signature on it
    # («ومهر الاتفاقيات عن المركز X»: the agreement, no «بتوقيعه»)
    _t("signatory:mahara", _CONJ + r"(?:قد )?مهر(?:ت|ا|تا)?\s(?:(?:هذه |هذا )?(?:الوثيقة|الاتفاق|الاتفاقية|المذكرة|الاتفاقيتين"
       r"|الاتفاقيات|المذكرتين)\s(?!بتوقيع)|(?:(?:هذه |هذا )?(?:الوثيقة|الاتفاق|الاتفاقية|المذكرة)\s)?بتوقيع" + _PRONOUN + r"\s)"
       + _ADVERB, "participation", "party", "after", "agreements", 0.7),
    # «وتم توقيع الاتفاقية من طرف X و Y»، «بعد توقيع اتفاقية Z بين …»: the agreement after the noun, who signs after it
    _t("signatory:tawqi", r"(?:(?:تم|جرى|يتم|سيتم) )?(?:توقيع|التوقيع على)\s", "participation", "party", "after",
       "agreements", 0.7, with_=True),
    _t("signatory:waqqaahu", r"(?:الذي |التي |و)?(?:وقع|أبرم|أمضى|أمضا|أمضت)(?:ت)?(?: على)?" + _PRONOUN + r"\s" + _ADVERB, "participation", "party",
       "before", "agreements", 0.8, with_=True),
    # «وصادق المغرب على الاتفاقية الدولية …»، «وانضمت موريتانيا إلى اتفاقية جنيف»، «وصادقت كل من X و Y على إعلان كمبالا»: a
    # state that ratifies, accedes to or endorses an agreement or a declaration named after the verb is a party to it (not
    # «لم تنضم بعد»: not yet)
    _t("signatory:sadaqa", r"(?<!لم )(?<!لا )(?<!لن )" + _CONJ + r"(?:قد )?(?:(?<!أن )[تي](?:صادق|نضم)|صادق|انضم)(?:ت|ا|تا)?\s"
       r"(?:(?:على|إلى) (?:هذا |هذه )?(?:الإعلان|الاتفاقية|الاتفاق|الميثاق|البروتوكول|المعاهدة)(?:, ?| (?!ال))"   # (not a name going on)
       r"|(?=(?:[^.;]{0,80}?\s)?(?:على|إلى)\s(?:ال)?(?:اتفاقي|اتفاق|بروتوكول|ميثاق|معاهد|مواثيق|صكوك|صك|إعلان)\S*\s))",
       "participation", "party", "after", "agreements", 0.7),
    # «صادق المجلس البلدي … على اتفاقية شراكة مع بلدية X»: a council that approves a convention with another body is
    # its party (the other one, after «مع», is read by the relations: ``party:agreement-with``)
    _t("signatory:sadaqa-maa", r"(?<!لم )(?<!لا )(?<!لن )(?<!أن )" + _CONJ + r"(?:قد )?[تي]?(?:صادق|وافق)(?:ت)?\s"
       r"(?=[^.;]{0,120}?\sعلى\s(?:مشروع\s)?(?:ال)?(?:اتفاقي|اتفاق|مذكر|بروتوكول)\S*\s[^.;]{0,80}?\sمع\s)",
       "participation", "party", "after", "agreements", 0.65),
    # «والاتفاقية موقعة من طرف X و Y»: the passive participle, the agreement before it
    _t("signatory:muwaqqaa", r"(?:ال)?موقعة? (?:من طرف|من قبل|من لدن)\s", "participation", "party", "before", "agreements", 0.7),
    # taking part: the participants after the trigger
    _t("participant:sharaka", _CONJ + r"(?:[تي])?شارك(?:ت)?(?: في" + _PRONOUN + r")?\s", "participation",
       "participant", "near", "events", 0.7),
    # «وضمت الوفود المشاركة كلا من X و Y»: the delegations that came include them
    # («وتضم قائمة الدول المشاركة كلا من X و Y»: the countries taking part, by their list)
    _t("participant:dammat-al-wufud", _CONJ + r"(?:[تي])?ضم(?:ت)?\s(?:قائمة\s)?(?:(?:ال)?وفود(?:\s(?:ال)?مشاركة)?"
       r"|(?:ال)?(?:دول|بلدان)\s(?:ال)?مشاركة)\s(?:كلا من\s|كل من\s)?",
       "participation", "participant", "near", "events", 0.65),
    # «ومن بين البلدان التي حضرت وفودها X و Y»، «ومن بين المنظمات المشاركة X»: among those who came, by name
    _t("participant:min-bayn", _CONJ + r"من بين (?:ال)?(?:دول|بلدان|منظمات|هيئات|جهات|مؤسسات|جمعيات|وفود)(?: (?:ال)?\S+ية)?"
       r" (?:(?:التي|الذين) (?:[تي])?(?:حضر|شارك)(?:ت|وا)?(?: وفودها| وفودهم| ممثلوها| ممثلوهم| فيها| فيه| في"
       r"(?: هذا| هذه)? " + _MEETING + r")?|(?:ال)?مشاركة|(?:ال)?حاضرة)\s(?:كل من\s)?",
       "participation", "participant", "near", "events", 0.65),
    _t("participant:bi-musharaka", _CONJ + r"ب?مشاركة\s" + _DELEGATES, "participation", "participant", "near", "events",
       0.7),
    # («وقد حضر هذا اللقاء كل من X و Y»: the event named again by a demonstrative, the attendants as a list)
    # («وحضر الافتتاح / حفل الافتتاح X»: the opening of the event the sentence or the document names)
    _t("participant:hadara", _CONJ + r"(?:قد )?(?:[تي])?حضر(?:ت)?" + _PRONOUN + r"?\s(?:(?:أشغال |أعمال |فعاليات )?(?:هذا |هذه )?"
       + _MEETING + r"\s|(?:حفل |الجلسة )?(?:الافتتاح|الافتتاحية)\s)?(?:إلى جانب" + _PRONOUN + r"\s)?(?:كل من\s)?(?:ممثلون عن\s|ممثلو\s|ممثلي\s|ممثلة?\s(?:عن\s)?)?",
       "participation", "participant", "near", "events", 0.7),
    # («بحضور ممثل المفوضية …»: the body whose representative attends, one or several)
    _t("participant:bi-hudur", _CONJ + r"ب?حضور\s" + _DELEGATES + r"(?:ممثل(?:ي|ة)?\s)?", "participation", "participant",
       "near", "events", 0.7),
    _t("participant:kullun-min", r"الكلم(?:ة|ات)\s(?:[^.;]{0,80}?\s)?كل من\s", "participation", "participant", "near",
       "events", 0.7),
    # «… إلى جانب ممثلين عن X و Y»: the bodies whose representatives attend
    # («ممثلون عن وزارات العمل في X و Y»: the countries of the ministries)
    _t("participant:mumaththilin", r"(?:(?:إلى جانب |رفقة |و)?ممثل(?:ين|ي|و|ون) عن|(?:إلى جانب|رفقة) ممثلي)\s"
       r"(?:(?:وزارات|" + GOVERNMENTS + r")\s(?:\S+\s){0,2}?في\s)?", "participation",
       "participant", "near",
       "events", 0.6),
    # «من تنظيم X»، «بتنظيم (مشترك) من X»، «بتنظيم مشترك بين X و Y»: the organizers of an event, after the noun
    # («بتنظيم مشترك مع X»، «بالاشتراك مع X»: who organizes it with the verb's subject)
    _t("organizer:min-tanzim", _CONJ + r"(?:(?:من تنظيم|بتنظيم)\s(?:مشترك\s)?(?:(?:من|بين|مع)\s)?(?:(?:طرف|قبل|لدن)\s)?"
       r"|بالاشتراك مع\s)", "participation", "organizer", "near", "events", 0.7),
    # «انعقد المؤتمر بمبادرة من X»: who takes the initiative of an event the sentence names before organizes it
    # (as implementing, «بمبادرة من» was tried: the item nearest before is as often another one)
    _t("organizer:bi-mubadara", _CONJ + r"ب?(?:مبادرة|بادرة) (?:مشتركة )?(?:من|بين)\s", "participation", "organizer", "before",
       "events", 0.6, named=True),
    # «انعقد المؤتمر بدعوة من X»: who invites to an event the sentence names before convenes it (the rounds' golds: it
    # organizes the event, eight times in nine)
    _t("organizer:bi-dawa", _CONJ + r"ب?دعوة (?:كريمة |مشتركة )?(?:من|بين)\s", "participation", "organizer", "before", "events", 0.6,
       named=True),
    # «وترأس X و Y بشكل مشترك EVENT»، «ويرأس الاجتماع مناصفة كل من X و Y»: co-chairs (ترأس alone was tried: it cost
    # precision on unseen text)
    _t("participant:taraasa-mushtarak", r"(?:الذي |التي |و|ف)?(?:[تي])?(?:ترأس|رأس)(?:ت|ا|تا)?" + _PRONOUN
       + r"?\s(?=[^.;]{0,120}?\s(?:بشكل مشترك|مناصفة)(?![^\s,.;:]))",
       "participation", "participant", "near", "events", 0.6),
    # «وترأس الاجتماعَ X و Y»، «وأشرف على الحفل السيد X»، «وأطّرت الورشةَ الخبيرة X»: who chairs, oversees or leads an
    # event named (or named again by its head noun) right after the verb takes part in it; only in this order (the
    # event first: «ترأس X وفدا» chairs no event; ``relations._Sentence.triggered``)
    # («وسيّر / ونشّط / وأدار أشغال الندوة X»، «وقام بتأطير الورشة X»: who moderates or leads it, و first: «حسن سير
    # أشغال الندوة» is its course)
    # «وترأس الجانب المغربي السيد X، فيما قاد الوفد الإيطالي السيد Y»: who heads a side or a delegation at an event
    # takes part in it (a side by its adjective, the one who heads it next: not «ترأس وفد تونس خلال مفاوضات …»)
    _t("participant:raasa-al-wafd", _CONJ + r"(?:(?:[تي])?ترأس|[تي]رأس|قاد|[تي]قود)(?:ت)?\sال(?:جانب|وفد)\s(?:ال\S+\s)(?!خلال\s|في\s)",
       "participation", "participant", "near", "events", 0.6),
    _t("participant:taraasa", r"(?:" + _CONJ + r"(?:قد )?(?:(?:[تي])?ترأس|[تي]رأس|(?:[تي])?شرف على|أشرف على|(?:[تي])?ؤطر|أطر"
       r"|قام(?:ت)? ب(?:تأطير|تنشيط|تسيير|إدارة))|و(?:قد )?(?:[تي]?(?:سير|نشط)|أدار|[تي]دير))(?:ت)?\s",
       "participation", "participant", "near", "events", 0.6),
    # «الاجتماع، الذي ترأسه وزير الداخلية X»: who chairs the event the relative clause is on organizes it (as a
    # participant too it was 2 facts the unseen gold does not give; «وترأسه X», the event named farther back, was
    # tried: 4 wrong events on unseen text)
    _t("organizer:taraasahu", r"(?:الذي |التي )(?:[تي])?ترأس(?:ت|ا|تا)?" + _PRONOUN + r"\s", "participation", "organizer",
       "before", "events", 0.65),
    # «ومثّل المغربَ في هذا المؤتمر وفد …»: who is represented at an event named (or named again) right after takes part
    # in it (``relations._Sentence.triggered``; «مثل» is also «such as»: only before «في EVENT»)
    _t("participant:maththala", _CONJ + r"(?:قد )?مثل(?:ت)?\s", "participation", "participant", "near", "events", 0.6),
    # «افتتح X أشغال EVENT»، «أشرف X على افتتاح EVENT»: who opens or closes the sessions of an event the sentence names
    # takes part in it (the event after the agents: «افتتح X مقرا» opens no event)
    # «وافتتح الأشغال / الاجتماع السيد X»: who opens or closes the event named (again) right after the verb takes part
    _t("participant:iftataha-event", _CONJ + r"(?:(?:س?[تي])?(?:فتتح|ختتم)|افتتح|اختتم)(?:ت)?\s(?=(?:هذا |هذه )?(?:"
       + _MEETING + r"|الأشغال|الفعاليات|الأعمال)\s)", "participation", "participant", "after", "events", 0.65),
    # «اختتم المعهد القضائي، اليوم الأربعاء، دورة تدريبية»: who closes an event named after it (a body organizes it, a
    # person takes part: ``relations._Sentence.facts``)
    _t("organizer:ikhtatama", _CONJ + r"(?:س?[تي]ختتم|اختتم)(?:ت)?\s", "participation", "organizer", "after", "events", 0.6),
    # «افتتح المتحف الوطني …، مساء الخميس …، معرضا بعنوان «…»»: a body that opens an event (not its proceedings, read
    # below) organizes it (``relations._AGENT_KINDS``: a body only; a minister opening a fair takes part)
    _t("organizer:iftataha", _CONJ + r"(?:افتتح|دشن)(?:ت)?\s(?!" + _PROCEEDINGS_AHEAD + ")",
       "participation", "organizer", "after", "events", 0.65),
    _t("participant:iftataha", _CONJ + r"(?:(?:س?[تي])?(?:فتتح|ختتم)|افتتح|اختتم|(?:[تي])?شرف|أشرف)(?:ت)?\s"
       r"(?=" + _PROCEEDINGS_AHEAD + ")", "participation", "participant", "after", "events", 0.65),
    # «انعقد الاجتماع … برئاسة وزير الداخلية X»، «تحت الرئاسة المشتركة لنيجيريا والاتحاد الأوروبي»: who chairs an event the
    # sentence names takes part in it (``relations._Sentence.triggered``: not the document's event)
    _t("participant:bi-riasa", _CONJ + r"(?:برئاسة|تحت (?:ال)?رئاسة (?:ال)?مشتركة)\s", "participation", "participant", "near",
       "events", 0.6),
    # «برئاسة مشتركة للسيد X، … والسيد Y»: the co-chairs of a meeting take part in it
    _t("participant:ri-asa-mushtaraka", _CONJ + r"ب?رئاسة مشتركة\s(?:بين\s)?", "participation", "participant", "near",
       "events", 0.65),
]

# «افتتح X (، يوم … بمراكش،) (أشغال) EVENT»: between the openers and the event only an aside between commas
OPENED = re.compile(r"(?:\s*,[^,.;]{0,60},)?\s*(?:اليوم\s+|امس\s+)?(?:علي\s+)?(?:افتتاح\s+|اختتام\s+)?(?:(?:اشغال|فعاليات|اعمال)\s+)?")
# «وقال/وأكد X … خلال EVENT»: a person who speaks during an event the clause names takes part in it
# («تدخل السيد X، رئيس الجمعية، لدى السلطات»: stepping in with someone, «لدى» right after the verb or after a comma; not
# a title's «سفير … لدى السنغال»)
TAKES_THE_FLOOR = r"تدخل(?:ت)?\s(?!لدي\s|[^.;]{0,80}?,\s*لدي\s|[^.;]{0,80}?\sفي شءون\s)"
# (and «بيّنت / عقّب / تناول / رأت / نبّه / حذّر / جدّد / تطرّق / ركّز / لاحظ / تساءل / استهل / حثّ / دعت / أوصى …»: more
# verbs of what one said there; not «بين» and «رأى», which are also «between» and «an opinion» once normalized)
# (the verbs of saying, also the word before a name that cannot be the name's first: ``mentions``; «وعرض X، مدير …،
# نتائج الدراسة»: presenting)
SAYING_VERBS = (r"قال|تحدث|أكد|أوضح|أشار|أضاف|اعتبر|صرح|أعلن|شدد|أبرز|كشف|أفاد|نوه|قدم|أشاد|ثمن|أعرب"
                r"|استعرض|عرض|سجل|ذكر|لفت|عقب|تناول|نبه|حذر|جدد|تطرق|ركز|لاحظ|تساءل|استهل|حث")
SPEAKING = re.compile((_W + _CONJ + r"(?:(?:" + SAYING_VERBS + r")(?:ت)?"
                       r"|بينت|دعا|دعت|ألقى|ألقت|رأت|أوصى|أوصت)\s"
                       # («وتدخل السيد X»: taking the floor; not «تدخل … لدى السلطات»: stepping in with someone)
                       r"|" + _W + _CONJ + TAKES_THE_FLOOR)
                      .translate(LETTERS))
DURING = re.compile(r"(?:^|\s)(?:و)?(?:خلال|في كلم\S*\s+(?:ل(?:ه|ها)\s+)?(?:خلال|في|ب|امام)|اثناء|علي هامش|(?:في|عند)\s+(?:ختام|مستهل)\s+|(?:في|عند|لدي)\s+(?=(?:افتتاح|اختتام|اشغال|اعمال)\s))\s*")
# «X ، نيابة عن Y و Z ،»: Y and Z sign through X
ON_BEHALF = re.compile(r"[\s,]*نيابه عن\s")
# «… في تمويل»: taking part in funding is funding
IN_FUNDING = re.compile(r"\s*في تمويل\s")
WITH = re.compile(r"[^,.;]{0,60}?\sمع\s")   # «… اتفاق منحة بقيمة … مع Y»: Y signs too
