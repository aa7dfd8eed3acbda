"""Facts from the way this genre states them, one sentence at a time.

Each rule is a trigger (a regular expression on the normalized text) and where its arguments
stand: the *chain* of mentions right after the trigger (one or more, joined by و، , ثم or listed
in brackets; a place that locates the agent before it is skipped), and the *item* it is about: the
nearest programme, project, event, fund or agreement in the sentence, or else the document's topic
of that kind (``_Topic``: the most salient, namings and bare «المشروع» adding, sentences fading).

    funding         بتمويل من، بدعم (مالي) من، ممول من، مُوّل من طرف، من ميزانية …   funder ← chain (an organization or a
                    country: a person gives no money of his own); amount nearby
                    (a joint amount with the first funder; «X بـA و Y بـB»: each its own share); «، في إطار برنامج Y»
                    funds Y too;
                    subject first: «X تخصص / تمنح / تقدم (دعما …) / تموّل / تدعم Y»، «X، التي تموّل Y»; money to a
                    body: «قدّم X منحة … إلى ORG»، «وقدمت X لـORG AMOUNT»، «تلقت ORG مساهمة … من X» (funds ORG),
                    «X تخصص AMOUNT لـORG / لمشاريع مع ORG / لبرامج تنفذها ORG» (funds ORG); a total's shares,
                    «منها AMOUNT مساهمة من X و AMOUNT من Y», «…، فيما تأتي AMOUNT من Y»: Y funds the item funded;
                    the shares of one total a body gives to several («رصدت X … لتمويل ثلاثة مشاريع») or of its call
                    for projects («أعلنت X عن نتائج طلب العروض»), named later with their amounts and no giver of their
                    own («حصلت جمعية Y على منحة بقيمة …»، «كما تم تخصيص … لمشروع Y»): X funds each
    implementing    «X التي تتكفل بالشق الطبي / تتولى تمكين …» (a share of the work, not a post: رئاسة، أمانة),
                    تتولى X تنفيذ، الذي تنفذه X، المنفذ/المنجز من طرف X، نُفذ/أُنجز من طرف X، أشرفت/تسهر X على تنفيذ Y،
                    أطلقت/اختتمت X مشروع Y (a programme or project it names after the verb); the owners of «البرنامج
                    المشترك بين X و Y» are «accountable» for it (the gold's implements)
    partner         (the two owners of «المشروع المشترك بين X و Y»); «تعاونت X مع Y»، «تعمل X جنبا إلى جنب / بشراكة
                    وثيقة مع Y» (Y is X's partner); بالشراكة مع، بشراكة مع، بالتعاون مع، بتعاون مع، التعاون بين (an event «بتعاون بين
                    X و Y» is organized by them); بتنسيق مع، بتعاون وثيق مع، بدعم وشراكة مع، بانخراط X، ثمرة / في
                    إطار شراكة بين X و Y; a partnership «بين X و Y» in a sentence that names nothing they do together
                    makes them each other's partners; «وبشراكة مع Y» after «بدعم من X» (a coordinated phrase) is not
                    X's partnership; في هذا المشروع (X، Y …); «شريكين للمفوضية، هما X …»
                    (a partner noun, whose partners with ل, then the list); «شراكة … بين الوكالتين / التعاون بين
                    البلدين»: the two bodies (countries for البلدين) its sentence names before the dual; «بمبادرة من X
                    وبدعم من Y»: Y is X's partner; «بقية الوكالات المشاركة في البرنامج،
                    وهي X، وY» (a plural noun, «المشاركة / الأعضاء في ITEM», the list after «وهي / وهم»: partners
                    of a programme, participants of an event); «مشروع Y الذي يجمع / يضم X و Z» (two or more), «ويجمع
                    المشروع كلا من X و Y»، «ويضم المشروع شركاء من بينهم X»، «ويشارك / وينخرط في المشروع كل من X و Y»
                    (the item after the verb); «شريكا أساسيا في هذا المشروع»; «مع شركائها، ومنهم X»: partners of the
                    one body the sentence names before;
                    «نفذته X بشراكة مع Y» (the list closing its clause): Y is X's partner; a list goes on across
                    a relative clause on one of its names («X (ACR) التي تتكفل بالشق الطبي، وY»)
    organizer       نظم، ينظم، تنظم، نظمت، تعقد، عقدت (X before the event); نظمته X (after it); المنظمة/نُظمت من طرف X،
                    نُظمت مع X و Y; the passive of a verbal noun, «(و)تم تنظيم EVENT / إنجاز، تنفيذ، تمويل ITEM … من طرف X»
                    (the item named after the noun, or «هذه الورشة», «المشروع» standing for the last of its kind);
                    a programme «المشترك بين X و Y» as subject stands for X and Y
    host            استقبلته، استضافته، احتضنته X، (الذي) تستضيفه X; احتضن، استضاف، تحتضن، ستستضيف (مقر) X …; EVENT … بمقر ORG; جرى/انعقد EVENT بـCOUNTRY (an event
                    the sentence names, whole: not «ورشة تقنية», nor a name cut short, «ورشة لإعداد | خطة …»)
    party           AGREEMENT … بين X و Y (also inside a long name); وقع/التوقيع على … بين X و Y;
                    في هذه الشراكة (X، Y …); AGREEMENT (بقيمة …) مع Y (whom it is made with), «مع X …، ومع Y»
    beneficiary     the countries a programme works for: «للمهاجرين العالقين بتونس» (ب attached, locating no
                    name before it) in a sentence that speaks of the topic programme again (المشروع، البرنامج);
                    «في بلدان من بينها X و Y»، «في كل من X و Y» (the programme named before, else the topic)
    posts           PERSON، TITLE (مدير، رئيس(ة)، نائب(ة) رئيس، المتحدث، مساعد، منسق …) ORGANIZATION;
                    TITLE ORGANIZATION PERSON («المدير العام للمنظمة … X»); a new unit right before «بـ/في» a body is
                    that body's («رئيس لجنة الشؤون الخارجية في مجلس النواب»: the post is in the chamber); a government's title without a
                    body is in the country it names or whose nationality adjective it carries («وزير الداخلية
                    الإيطالي»، not «والمالية» nor an adjective inside a programme's name);
                    عيّن / تعيين PERSON TITLE-a (رئيسا، مديرة، أمينا عاما …) لـORGANIZATION; عيّنه/عيّنها
                    (the person named last before), عيّنهما على التوالي (the last two, title by title);
                    «له»، «للمجلس ذاته»: the body of the appointment before; «سفير COUNTRY»: the country;
                    «والي جهة R عامل عمالة P، السيد X»: the region and the prefecture or province (``governors``);
                    a new «مكتب/بعثة المنظمة في COUNTRY»: the organization it refers back to; a minister signing
                    «عن الجانب الأردني»: the side's country; «X، مدير الهجرة، ممثلا
                    للوزارة …»: a title without its body is in the body its holder represents

What a rule is about: a relative clause «التي نظمتها X» is about the item right before it (or nothing);
a bare or demonstrative item noun right before the trigger («لهذا المشروع الممول من X») is the item it
refers to, not the nearest name; a bare phase «المرحلة الثانية» is the item the document called it a phase
of («المرحلة الثانية من مشروع Y»); the topic does not stand in when the sentence speaks of an item it does
not name (مشروعا أول، ثلاثة مشاريع), nor for the weak «بدعم من». A partner trigger right after an agent
(«نفذته X (ACR) بالمغرب بشراكة مع Y») makes Y X's partner, not the item's, unless the item follows.

Across sentences: a bare «الاتفاق»، «الاتفاقية» right after a signing verb is the document's agreement (its
signatories after it, «عن الجانب المغربي وزير … X»; the city right after it where it was signed, «ووقع الاتفاق
في مدريد»: a place's fact, ``located:signed-at``); a person who speaks («قال، أكد …») «خلال» or «في افتتاح» an
event the sentence names, or names again by its head noun (الندوة), or «على هامش» / «في ختام» it, or «بهذه المناسبة»
(the document's event), or «في الجلسة الافتتاحية / في كلمته الختامية» (the document's event), takes part in it
(a speaker after his title, «أكد المدير العام للمنظمة … X», too); «وحضر الاجتماعَ إلى جانبه Y»: the person the sentence
(or the one before) names last takes part too; «بحضور ممثلين عن البلدان الأربعة»: the countries
the sentence names before (as many), in the event it names before; «خلال هذا اللقاء» names the document's event
again whatever the head noun; «وشارك في EVENT X و Y» (the event named, or named again: «وشارك في
المؤتمر كل من X و Y»); the bodies the titles of co-chairs name («برئاسة مشتركة للسيد X، … بوزارة الداخلية») take part too;
who signs «خلال» an event the sentence names takes part in it (not those it signs «نيابة عن»);
a minister's title «وزير الداخلية» is a post in the ministry of that remit the document names (وزارة الداخلية
…) unless it names another nation; «رئيس الجمعية»: a post in the organization of that head named last before;
and a bare «الجمعية» standing for the new organization of that head named last before (``mentions.anaphors``)
is that organization.

Then the lexicon of ``kg.extract.triggers`` (verbs, verbal nouns and participles of funding,
implementing, signing and taking part, through their clitics and pronouns), each read by
``_Sentence.triggered``: the agents are the *roster* after the trigger (a chain that also reads an
honorific, «ممثلين عن» and a person's apposition «X، مدير Y، والسيد Z» without taking Y; a list may start
with the person's title, «وقّع وزير … حينها، السيد X», also one naming its body, «كل من المدير الإقليمي للمنظمة،
السيد X»; the side a signer signs for, «عن المنظمة (مديرها) السيد X، وعن الوزارة السيد Y», when two sides are
named; a party's representative in an aside, «الحكومة الليبية، ممثلة في وزارة الداخلية، والمنظمة …», does not
end the list), «نيابة عن Y» and «… مع Y» (after the agreement, or
between the signatories and it: «وقّع X، يوم … بنواكشوط، مع Y، اتفاقية») add co-signatories; the item
of an object pronoun (نفذته، بتمويله) is the item right before
it, else the topic (a relative clause «التي وقعها» or a dual «تنفذهما» without its item right before
it states nothing); an event attended must be named in the sentence or just before it. The pronoun's
item may stand before a phrase of its own («مشروعا مشتركا لدعم اللاجئين في مواجهة الجائحة، تسهم فيه X»); the
second verb of a clause («الذي تموله X وتنفذه Y»، «مشروع موّله X ونفّذته Y») has the first verb's item; the
item may stand before the agents («ويمول المشروع X»، «وتنفذ المشروع كل من X وY»); a signing verb's subject
may stand before it («وكانت X قد وقّعت مع Y اتفاقية»). A subject put first with «أما» is the subject of a funding or implementing verb
after «ف» («أما X (ACR)، فقد موّلت Y»), or of the next one taken up by «كما» with no other body between. A rule or trigger scans only a sentence holding a word
every match of it contains (``triggers.required``).

Signatories by representation: «ومثّل X في التوقيع السيد P»، «مثّل فيها الجانبَ … P»، «بينما مثّلت Y السيدة Q»
(in a sentence that speaks of the signing: مثل is also «such as»): P and Q sign the agreement named before,
else the document's, and X and Y are parties; a minister who represents a country («ومثّل مصر في التوقيع وزير
الخارجية P») is its minister. A partnership in an aside right after the organizer («نظمت X،
بشراكة مع Y، ندوة …») is the organizer's. The countries a programme covers («ويشمل البرنامج X وY»، «التي تغطي
X وY») are those it targets. A minister's title that names no body and no nation, in a document datelined
in a country («الرباط، … –»), is a post of that country (``places.government``: not when the dateline carries another
country's news agency).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from itertools import accumulate, islice, takewhile

from kg.extract.mentions import (
    _GENERAL,
    _HONORIFICS,
    HEADS,
    ITS_OFFICE,
    LABEL_OF_ITEM,
    MEETING_VERB,
    OPENING_MARKS,
    SESSION_WORDS,
    SITTING,
    TALKS,
    TITLE_ADJECTIVES,
    _head_key,
    _own_initial,
    at_body,
    body_office,
    head_index,
    head_of,
    name_keys,
    sitting_of,
    societies_too,
    study_head,
    study_word,
    title_before,
)
from kg.extract.model import Amount, Fact, Mention, covered
from kg.extract.places import (
    AIMING,
    IN_CITY,
    MOROCCO,
    OFFICE_WORDS,
    PLACE_KINDS,
    SEAT_WORD,
    UNIT_WORD_AT,
    WEEKDAYS,
    adjectives,
    containers,
    country_names,
    dateline_country,
    marked,
    named_with_word,
    seat,
    uncommemorated,
    unit_word,
)
from kg.extract.text import Text, Token
from kg.extract.triggers import (
    ABOUT,
    AMONG,
    COUNTED,
    COUNTED_PEOPLE,
    DURING,
    GOVERNMENTS,
    GROUP_WORD,
    IN_FUNDING,
    NOT_CARRIED_OUT,
    ON_BEHALF,
    OPENED,
    RUN_ITEM,
    SPEAKING,
    TAKES_THE_FLOOR,
    TRIGGERS,
    WITH,
    Trigger,
    required,
)
from kg.extract.values import Amount as FoundAmount
from kg.extract.values import DateValue as FoundDate
from kg.normalize import LETTERS, stem

ITEMS = {"programme", "project", "event", "phase", "component", "plan", "strategy", "policy", "framework",
         "agreement", "declaration", "resolution"}
FUNDABLE = ITEMS | {"fund"}   # "fund": an organization of the class Fund
ACTIVITIES = {"programme", "project", "event", "phase", "component"}  # what one implements, organizes, partners in
AGENTS = {"organization", "country", "person"}
_CARRIED = {"programme", "project"}            # what a body carries out (launches, closes, leads); the two kinds a
                                               # bare «البرنامج» or «المشروع» names alike (``_Topic.of_kind``)
_OBJECT_GAP = re.compile(r"\s*(?:,[^,.;:]{1,80},)?\s*(?:(?:اليوم|امس|رسميا)\s+)?")
_LAUNCHED = _CARRIED | {"plan"}               # what a body launches and so carries out («أطلقت X خطة الاستجابة …»)
REFERRING = {key: kind for key, (kind, _) in HEADS.items() if kind in ITEMS}   # bare المشروع: the topic
_LOCATIONS = {"country", "city", "region"}
_FUNDERS = {"organization", "country"}
_MONEY_REACH = 150               # characters after an allocating verb where the amount it allocates stands
_AFFILIATED = re.compile(r"\s*(?:ال)?تابع(?:ه)?\s+")    # «X التابع(ة) لـY»: between a body and its parent
_CHAIN_GAP = re.compile(r"[\s,(\-:]*(?:(?:ثم|و?كذا|فضلا عن|بالاضافه الي|علاوه علي)\s+)?\Z")   # («، فضلا عن Y»، «وكذا Y»: one more)
_FROM_AGAIN = re.compile(r"[\s»”\")]*,?\s*وعن\s+")
_BESIDE_CHAIRS = re.compile(r"(?:^|\s)الي جانب\s")     # «وترأس … X، إلى جانب Y»: Y beside the chairs
# «…، وبدعم من»، «…، وبتعاون مع»: the next circumstance; «…، كما / فيما / بينما …»: the next clause
_NEXT_PHRASE = re.compile(r",\s*(?:وب\S+\s+(?:من|مع)|كما|فيما|بينما|في حين)\s")
# «احتضنته العاصمة النرويجية أوسلو»: a capital's word (and its nation's adjective) before the city
_CAPITAL_WORDS = r"العاصمه\s+(?:ال\S+\s+)?"
_CAPITAL_BEFORE = re.compile(r"(?:^|\s)" + _CAPITAL_WORDS + r"\Z")
_CAPITAL_LEAD = re.compile(r"[\s,(:]*(?:" + _CAPITAL_WORDS + r")?\Z")
# «بشكل مشترك»، and how or where the work is done («ميدانيا»، «تقنيا»): an adverb between the item and its agents
# («وتتولى تنفيذه منذ 2016 X»، «… منذ شتنبر 2023 X»: since when, a year closing it)
_AGENTS_ADVERB = re.compile(r"\s*(?:(?:بشكل|بصفه|بصوره) مشترك(?:ه)?|مناصفه|ميدانيا|تقنيا|عمليا|محليا|فعليا"
                            r"|منذ\s+(?:(?:سنه|عام)\s+)?(?:\S+\s+)?[\d٠-٩]{4}"
                            # «ويُموَّل البرنامج أساسا / بالكامل / في جزئه الأكبر من X»: how much of it
                            r"|(?:أساسا|بالأساس|بالكامل|كليا|جزئيا|في (?:جزئه|جزئها) الأكبر|في (?:معظمه|معظمها))"
                            .translate(LETTERS) + r")(?=\s)")
_WHERE_REST = re.compile(r"\A(?:ب|في\s+)(?:مدينه\s+)?\S+")    # «رئيسة البعثة بالمغرب»، «… في مدينة طنجة»
_TITLE_TAIL = re.compile(r"\A(?:(?:ال)?مكلف(?:ه)?\s+ب\S+(?:\s+(?:و|ب)?ال\S+){0,4}|انذاك|حينها|حينذاك|سابقا|حاليا)(?=\s|,|\Z)")
_LEAD_GAP = re.compile(r"[\s,(:]*\Z")  # between a trigger and the first mention of its chain
_GOVERNMENTS_OF = re.compile(r"\s*(?:حكومتا|حكومتي|" + GOVERNMENTS + r")\s+")
# «بشراكة مع جمعيات محلية، من بينها X و Y»، «بالتعاون مع جمعيات على غرار X»: some of the bodies named by their plural
_SOME_BODIES_LEAD = re.compile((r"[\s,(:]*(?:(?:ال)?(?:جمعيات|منظمات|هيءات|مءسسات|شركاء)(?:\s+[^\s,.;:()«»]+){0,3}\s*,?\s*"
                               r"(?:(?:و)?(?:من بينها|منها|من ضمنها)|على غرار|مثل|خاصه|لا سيما)\s+"
                               r"(?:(?:جمعيه|منظمه|مءسسه|هيءه)\s*[«\"“]\s*)?)?\Z").translate(LETTERS))   # (its head before a quoted name)
# «نظمها مكتب منظمة العمل الدولية في بيروت»: a body acts through its office (not «مكتب تونس للمنظمة»: a place's)
_OFFICE_OF = r"(?:(?:" + "|".join(OFFICE_WORDS) + r")\s+)?"
_OFFICE_END = re.compile(r"(?:^|\s)(?:" + "|".join(OFFICE_WORDS) + r")\s+\Z")
_EACH_LEAD = re.compile(r"[\s,(:]*(?:كل من\s+)?" + _OFFICE_OF + r"\Z")
# «وصادقت على الإعلان …»: the bare agreement noun a trigger ends with
_BARE_AGREEMENT = re.compile(r"\s(?:علي|الي)\s+(ال\S+)[\s,]*\Z")
_OWN_SESSION = re.compile(r"(?:و|ب|ل|في|خلال)?(?:دورت|جلست)(?:ه|ها)")     # «دورته العادية»، «جلستها العامة»
_SITTING_BODIES = {"ه": {"مجلس", "برلمان"}, "ها": {"لجنه", "هيءه", "جمعيه"}}     # by the pronoun's gender
# «وصادقت على الإعلان إحدى عشرة دولة من شرق إفريقيا، هي X و Y»: the parties after a count of states and «هي»
_COUNT = r"(?:[\d٠-٩]+|(?:احدي|احد|اثنتا|اثنا|اثنتي|اثني|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|عده)\S*)"    # a count
_COUNTED_STATES = re.compile(r"\s*" + _COUNT + r"(?:\s+عشر\S*)?\s+(?:دوله|دول|بلدا|بلدان)(?:\s+[^,.;:]{1,40}?)?\s*,?\s*(?:و)?هي\s+")
_SPACE = re.compile(r"\s*\Z")          # … after «بين»: the parties follow at once
_VERB_FIRST = re.compile(r"\s*(?:و|ف)?[^\s,.;:]+\s+")    # a sentence's first word, a verb before its subject
_UNQUOTED = re.compile(r"[\s»”\"]*\Z")  # … after a quoted name: its closing mark, then the agents at once


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    kind: str          # funding | participation (the agents are always the chain after the trigger)
    role: str
    item: str          # "near": nearest item in the sentence | "before" | "after"
    confidence: float
    named: bool = False   # the item must be named in the sentence: the topic does not stand in
    needs: tuple[str, ...] = field(default=(), compare=False)   # ``triggers.required(pattern)``
    kinds: frozenset[str] = frozenset()     # what the item may be, when not what the role carries out (ACTIVITIES)


def _rule(name, pattern, kind, role, item="near", confidence=0.8, named=False, kinds=frozenset()):
    compiled = re.compile(pattern)
    return Rule(name, compiled, kind, role, item, confidence, named, required(compiled), frozenset(kinds))


_W = r"(?<![^\s\"“”«(,:\-])"  # a word starts here (after a space, a quote mark or punctuation)
# «تتويجا للشراكة بين X و Y»، «بالشراكة القائمة بين»: a partnership said to exist, with ب، في or ل before it (the
# bare «الشراكة بين X و Y», «متانة الشراكة بين …», was tried: two false partners on unseen text)
_PARTNERSHIP_KIND = r"(?:ال)?(?:قاءمه|استراتيجيه|متميزه|مثمره|نموذجيه|متينه|جديده|وثيقه)"
_SEAT_WORD = SEAT_WORD + r"\s"       # «مقر X»، «المقر المركزي لـX»
# who came as guests, or a visit between an event and «في ضيافة X»: the guests are people, not the event
_GUESTS = re.compile(r"(?<!\S)(?:[وف]?(?:[يت]?حل|حل(?:ت|وا)?|[يت]?نزل|نزل(?:ت|وا)?|زار(?:ت|وا)?|[يت]زور)|قبل ان|ثم|بعد)(?!\S)")
_WHICH_BEFORE = re.compile(r"(?<!\S)(?:الذي|التي)\s+\Z")     # a relative pronoun right before a verb
_GUESTS_REACH = 240     # characters between the event and «في ضيافة» (its organizers may be named between)
# «احتضنه»، «استضافتها»، «استقبله»: a verb of hosting with the pronoun of what it hosts (``host:istaqbalahu``)
_HOSTED_IT_VERB = r"(?:است(?:قبل|ضاف)|احتضن)(?:ته|تها|ه|ها)"
RULES = [
    # («بتمويل قدره 12 مليون دولار كندي من X»: the amount between the noun and who gives it)
    _rule("funding:bi-tamwil", _W + r"(?:و|ف)?(?:ب|ب?ال)تمويل (?:مشترك |سخي |كريم )?"
          r"(?:(?:قدره|قيمته|بقيمه|يبلغ|يناهز|بمبلغ) (?:[^.;,:]|(?<=\d)[.,](?=\d)){1,40}? )?(?:من طرف|من قبل|من لدن|من)\s",
          "funding",
          "funding", "before", 0.9),
    # («… المنجز من طرف X والممول من طرف Y»: a second participle of the same item; «ممول بالكامل من X»)
    # «بمنحة قدرها 12 مليون دولار من X»، «بدعم مالي قدره …»، «حصوله على مساهمة جديدة بقيمة … من X»: a grant, its amount,
    # who gives it
    _rule("funding:grant-of-amount", _W + r"(?:و|ف)?(?:ب|علي\s)(?:منحه|هبه|دعم مالي|مساهمه|غلاف مالي) (?:(?:ماليه|اجماليه|جديده|"
          r"اضافيه|اخري) )?(?:قدره|قدرها|قيمته|قيمتها|بقيمه|بمبلغ|يبلغ|تبلغ|يناهز|تناهز) (?:[^.;,:]|(?<=\d)[.,](?=\d)){1,40}? "
          r"(?:من طرف|من قبل|من لدن|من)\s", "funding", "funding", "near", 0.85),
    _rule("funding:mumawwal", _W + r"(?:و)?(?:ال)?ممول(?:ه)? (?:(?:بالكامل|كليا|جزءيا|اساسا) )?(?:من طرف|من قبل|من لدن|من)\s",
          "funding", "funding", "before", 0.85),
    # («بدعم فني ومالي من X»، «بدعم مالي وتقني من X»: money with the know-how)
    _rule("funding:bi-dam-mali", _W + r"(?:و|ف)?بدعم (?:(?:تقني|فني) و)?مالي(?: و(?:تقني|فني))? (?:من طرف|من قبل|من لدن|من)\s",
          "funding", "funding", "before", 0.9),
    _rule("funding:bi-dam", _W + r"(?:و|ف)?بدعم (?:من طرف|من قبل|من لدن|من)\s", "funding", "funding", "before", 0.7, named=True),
    _rule("funding:min-mizaniyya", _W + r"من ميزانيه\s", "funding", "funding", "before", 0.7),
    # «الذي تنفذه الوكالة الألمانية للتعاون الدولي بتكليف من / لحساب الوزارة الاتحادية …»: commissioned and paid by
    # (right after who carries it out only)
    _rule("funding:bi-taklif", _W + r"(?:و|ف)?(?:بتكليف من|لحساب)\s", "funding", "funding", "before", 0.7),
    # («كما واصلت X تنفيذ برنامج Y»، «وباشرت X تنفيذ …»: going on with the carrying out, or starting it)
    _rule("implementing:tatawalla", _W + r"(?:و|ف)?(?:كما\s)?(?:(?:س)?(?:ت|ي)(?:تولي|واصل|باشر|ستكمل)|تول(?:ي|ت)|واصل(?:ت)?|باشر(?:ت)?"
          r"|استكمل(?:ت)?|شرع(?:ت)?\sفي)\s(?=[^.;]{0,120}\s(?:تنفيذ(?!\s" + NOT_CARRIED_OUT + r")|(?:تسيير|ادارت)(?:ه|ها)[\s,.]|تسيير\s+" + RUN_ITEM + r"))", "participation", "implementing", "after", 0.8),
    _rule("implementing:tunaffiduhu", _W + r"و?(?:الذي|التي) (?:ت|ي)نفذ(?:ه|ها)\s", "participation", "implementing", "before", 0.85),
    _rule("implementing:munaffad", _W + r"(?:و)?(?:ال)?(?:منفذ|منجز)(?:ه)? (?:من طرف|من قبل|من لدن)\s", "participation",
          "implementing", "before", 0.85),
    # «أشرفت / تسهر X على تنفيذ مشروع Y»: the implementer after the verb, the item after «على تنفيذ»
    _rule("implementing:ashrafa-ala-tanfidh", _W + r"(?:و|ف)?(?:قد\s)?(?:[تي]?(?:شرف|سهر|عمل|شتغل)|اشرف|سهر|عمل|اشتغل)(?:ت)?\s"
          r"(?=[^.;]{0,120}?\sعلي تنفيذ(?:\s(?!" + NOT_CARRIED_OUT + r")|(?:ه|ها)(?:[\s,.;:]|\Z)))",
          "participation", "implementing", "after", 0.8),
    # passive verbs and participles with their agent after «من طرف / من قبل» (the item before): «الندوة المنظمة
    # من طرف X»، «نظمت من قبل X»، «نفذ من طرف X»، «مُوّل من قبل X»
    _rule("organizer:munazzam", _W + r"(?:و|ف)?(?:ال)?(?:(?:ت|ي)?نظم(?:ت)?|منظم(?:ه)?) (?:من طرف|من قبل|من لدن)\s", "participation",
          "organizer", "before", 0.8),
    # «ورشة … نُظمت مع جماعة الرباط وجماعة وجدة»: organized, with no other subject, together with X and Y
    _rule("organizer:nuzzimat-maa", _W + r"(?:و|ف)?(?:ت|ي)?نظم(?:ت)? (?:بتعاون |بشراكة )?مع\s", "participation", "organizer",
          "before", 0.7),
    # «دراسة «…» من إعداد مختبر X»: who prepared it
    _rule("implementing:min-idad", _W + r"(?:و|ف)?(?:من|ب) (?:اعداد|انجاز)\s", "participation", "implementing", "before", 0.75),
    # «بتمويل من X وتنفيذ Y»، «بدعم من X وتنفيذ Y»: who pays, then who carries out (the chain after «وتنفيذ»)
    _rule("implementing:wa-tanfidh", _W + r"(?:و|ف)?(?:ب|ب?ال)(?:تمويل|دعم(?: مالي)?) (?:من (?:طرف |قبل |لدن )?)?[^.;:]{2,80}? "
          r"و(?:ب)?تنفيذ (?:من (?:طرف |قبل |لدن )?)?", "participation", "implementing", "before", 0.8),
    _rule("implementing:nuffidha", _W + r"(?:و|ف)?(?:(?:ت|ي)?نفذ(?:ت)?|(?:ت|ي)?نجز(?:ت)?|انجز(?:ت)?) (?:من طرف|من قبل|من لدن)\s",
          "participation", "implementing", "before", 0.8),
    # «أطلقت / اختتمت جمعية X مشروع Y»: who launches or closes a programme or project it names carries it out
    # («أسدلت X الستار على مشروع Y»: closing it)
    _rule("implementing:atlaqa", _W + r"(?:و|ف)?(?:س?(?:ت|ي)(?:طلق|ختتم|سدل)(?:ان|ون)?|اطلق(?:ت)?|اختتم(?:ت)?|اسدل(?:ت)?),?\s"
          r"(?:اليوم\s|امس\s|مؤخرا\s)?",
          "participation", "implementing", "after", 0.7, named=True, kinds=_LAUNCHED | {"phase", "component"}),
    # «أعطت X الانطلاقة (الرسمية) لمشروع Y»: giving a project its start is launching it
    # (a project or programme, past the launch's own event)
    _rule("implementing:atlaqa-ata", _W + r"(?:و|ف)?(?:(?:ت|ي)عطي|اعطي|اعطت)\s(?=[^.;]{0,80}?\s(?:ال)?انطلاقه\s)",
          "participation", "implementing", "after", 0.7, named=True, kinds=_CARRIED),
    # «أعطت اللجنة الوطنية، اليوم الثلاثاء، انطلاقة الحملة الوطنية …»، «أعطى X إشارة انطلاق القافلة»: giving an event
    # its start is organizing it
    _rule("organizer:ata-intilaqa", _W + r"(?:و|ف)?(?:(?:ت|ي)عطي|اعطي|اعطت)\s(?=[^.;]{0,120}?\s(?:اشاره\s)?(?:ال)?"
          r"(?:انطلاقه|انطلاق)\s)", "participation", "organizer", "after", 0.65, named=True, kinds={"event"}),
    # «أعلنت X (اليوم) عن إطلاق مشروع Y»: announcing the launch of what follows «إطلاق» is launching it
    _rule("implementing:atlaqa-alana", _W + r"(?:و|ف)?(?:(?:ت|ي)علن|اعلن(?:ت)?)\s(?=[^.;]{0,80}?(?:اطلاق|انطلاق)\s)",
          "participation", "implementing", "after", 0.65, named=True, kinds=_LAUNCHED | {"phase", "component"}),
    # «وتساهم الحكومة المغربية في برنامج «تمكين» بتمويل مشترك يبلغ …»: contributing to an item the sentence names, by a
    # sum (not «في هذه البرامج»: several named before)
    # (the item right after «في», by its head noun and its name in quotes; not «بتمويل من Y»: Y's money; nor «لم تساهم»)
    _rule("funding:sahama-fi-bi", _W + r"(?<!لم )(?<!لا )(?:و|ف)?(?:س?[تي])?(?:ساهم|سهم|اسهم)(?:ت)?\s(?=[^.;,]{0,60}?\sفي\s"
          r"(?:(?:ال)?(?:برنامج|مشروع|مبادره|خطه)\s+)?[«\"“][^»\"”]{1,60}[»\"”]\s+ب(?:تمويل(?!\s+من\s)|مبلغ|مساهمه|غلاف)\s)",
          "funding", "funding", "after", 0.65, named=True),
    _rule("funding:muwwila", _W + r"(?:و|ف)?(?:ت|ي)?مول(?:ت)? (?:من طرف|من قبل|من لدن)\s", "funding", "funding", "before", 0.8),
    _rule("partner:shiraka", _W + r"(?:و|ف)?(?:(?:ب|في |ل)(?:ال)?|لل)شراكه (?:" + _PARTNERSHIP_KIND + r" )?(?:مع|بين)\s",
          "participation", "partner", "near", 0.8),
    # «أهمية الشراكة القائمة بين X و Y»: a partnership said to exist between them, with no preposition before it (the
    # bare noun, «متانة الشراكة بين X و Y», gave false partners on unseen text), in a sentence that names nothing they
    # do together (what they do, they fund or carry out); not the name of an agreement, «اتفاقية الشراكة بين X و Y»
    _rule("partner:shiraka-bayna", _W + r"(?<!اتفاقيه )(?<!اتفاق )(?<!مذكره )(?<!مذكرات )(?:ال)?شراكه "
          + _PARTNERSHIP_KIND + r" بين\s", "participation", "partner", "near", 0.75),
    _rule("partner:taawun", _W + r"(?:و|ف)?(?:(?:ب|ل)(?:ال)?تعاون (?:مع|بين)|التعاون بين)\s", "participation", "partner", "near", 0.75),
    # «وستتولى الأكاديمية، رفقة مؤسسة الشرق والغرب، تنزيل البرنامج»، «رفقة شريكتها مؤسسة X»: alongside a body
    _rule("partner:rifqa", _W + r"(?:و|ف)?رفقه\s(?:شريك(?:ت)?(?:ه|ها)\s)?", "participation", "partner", "near", 0.7),
    # «نظمت X، بشكل مشترك مع Y و Z، لقاء …»: together with (the organizer's partners organize with it: ``co_organizers``)
    _rule("partner:mushtarak", _W + r"(?:و|ف)?(?:بشكل|بصفه|بصوره) مشترك(?:ه)? مع\s", "participation", "partner", "near", 0.7),
    # «بتنسيق مع X»، «بتعاون وثيق مع X»، «بدعم وشراكة مع X»، «بالاشتراك مع X»، «بانخراط X»: partners by a word of working
    # together
    _rule("partner:tansiq", _W + r"(?:و|ف)?(?:ب|في اطار )(?:ال)?(?:(?:تنسيق|تعاون وثيق|تنسيق وثيق|شراكه وثيقه|دعم وشراكه"
          r"|شراكه وتعاون|تعاون وشراكه|تعاون وتنسيق|شراكه وتنسيق|تنسيق وتعاون|تنسيق وشراكه|اشتراك) مع|انخراط)\s"
          r"|" + _W + r"(?:و|ف)?(?:بمعيه|جنبا الي جنب مع)\s"      # «بمعية X»، «جنبا إلى جنب مع X»: together with X
          # «ثمرة / نتاج شراكة بين X و Y»، «في إطار الشراكة (القائمة) بين X و Y»، «ثمرة للتعاون بين»
          # (not «اتفاقية إطار للتعاون بين X و Y»: a framework agreement's name)
          r"|" + _W + r"(?:(?:ثمره|نتاج) (?:ل|لل|ال)?|اطار (?:ال)?)(?:شراكه|تعاون) (?:" + _PARTNERSHIP_KIND + r" )?(?:بين|مع)\s",
          "participation", "partner",
          "near", 0.7),
    # «أعلنت X عن تنظيم الاجتماع الإقليمي …»: who announces that it holds an event organizes it
    _rule("organizer:alana-tanzim", _W + r"(?:و|ف)?(?:(?:ت|ي)علن|اعلن(?:ت)?)\s(?=[^.;]{0,80}?\sعن\s(?:عزم(?:ها|ه)\s)?تنظيم\s)",
          "participation", "organizer", "after", 0.65),
    # «أشرفت جمعية منارة على تنظيم دورة تكوينية»: who oversees the organizing of an event organizes it
    _rule("organizer:ashrafa-tanzim", _W + r"(?:و|ف)?(?:قد\s)?(?:[تي]شرف|اشرف(?:ت)?)\s(?=[^.;]{0,80}?\sعلي\sتنظيم\s)",
          "participation", "organizer", "after", 0.65),
    # «وتولت المنظمة الأممية تأطير الدورة بتعاون مع …»: the body that takes on leading an event organizes it (a person who
    # leads one takes part, ``triggers`` «participant:taraasa»)
    _rule("organizer:tawalla-tatir", _W + r"(?:و|ف)?(?:قد\s)?(?:س?[تي]تولي|تولت|تولي)\s(?=[^.;]{0,80}?\sتاطير\s)",
          "participation", "organizer", "after", 0.65),
    # (a comma right after the verb opens an aside of when or where: «وكانت X قد نظمت، في أبريل 2022 بخريبكة، لقاء»)
    _rule("organizer:nazzama", _W + r"(?:و|ف)?(?:(?:ي|ت)?نظم(?:ت)?|س?(?:ي|ت)نظم(?:ان|ون)?),?\s(?:اليوم\s|امس\s|مؤخرا\s)?", "participation",
          "organizer", "after", 0.8),
    # «أقامت X حفلا …»: who holds a ceremony or a reception organizes it
    _rule("organizer:aqama", _W + r"(?:و|ف)?(?:اقام(?:ت)?|[تي]قيم),?\s(?:اليوم\s|امس\s)?", "participation", "organizer", "after",
          0.7),
    _rule("organizer:aqada", _W + r"(?:و|ف)?(?:ت|ي)?عقد(?:ت)?,?\s(?:اليوم\s|امس\s)?", "participation", "organizer", "after", 0.6),
    _rule("organizer:nazzamahu", _W + r"(?:(?:الذي|التي)\s)?(?:ي|ت)?نظم(?:ته|تها|ه|ها)\s", "participation", "organizer", "before", 0.8),
    # «المؤتمر … الذي عقدته جامعة الدول العربية»: in a relative clause only (عقده is also «his contract»)
    _rule("organizer:aqadahu", _W + r"(?:و)?(?:الذي|التي)\s(?:ي|ت)?عقد(?:ته|تها|ه|ها)\s", "participation", "organizer", "before", 0.75),
    # «الحفل، الذي أعدّه / أقامته / بادرت بتنظيمه X»، «في لقاء (الذي) دعت إليه X»: who prepares, holds, takes the
    # initiative of or calls an event organizes it (in a relative clause on it; not «وهو ما دعت إليه X»: what X called for)
    _rule("organizer:aaddahu", _W + r"(?:و)?(?:(?:الذي|التي)\s(?:(?:اعد|اقام|[تي]قيم)(?:ته|تها|ه|ها)|[تي]?بادر(?:ت)?\s"
          r"بتنظيم(?:ه|ها))|(?<!ما )(?:(?:الذي|التي)\s)?(?:دعا|دعت)\sالي(?:ه|ها))\s", "participation", "organizer", "before", 0.7),
    # «وتكفلت مؤسسة X بتنظيم الجامعات الصيفية»: who takes the organizing of an event upon itself organizes it
    _rule("organizer:takaffala-tanzim", _W + r"(?:و|ف)?(?:قد\s)?(?:[تي]تكفل|تكفل(?:ت)?)\s(?=[^.;]{0,80}?\sبتنظيم\s)",
          "participation", "organizer", "after", 0.65),
    # («حفل احتضنه مقر سفارة إيطاليا»، «لقاء احتضنه قصر بلدية سوسة»: whose seat or town hall it is hosts it; the
    # second verb of the relative clause too: «حفل نظمه المجلس واحتضنه المعهد»)
    _rule("host:istaqbalahu", _W + r"(?:و)?(?:الذي|التي)?\s?" + _HOSTED_IT_VERB + r"\s(?:" + _SEAT_WORD + r"|مدينه\s|قصر\s(?=(?:ال)?بلديه))?", "participation",
          "host", "before", 0.85),
    # «المؤتمر، (و)الذي تستضيفه المملكة»: the imperfect, in a relative clause on the event right before it
    _rule("host:tastadifuhu", _W + r"(?:و)?(?:الذي|التي)\s(?:ت|ي)(?:ستقبل|ستضيف|حتضن)(?:ه|ها)\s", "participation", "host", "before", 0.8),
    # «انعقد المؤتمر بمراكش، في ضيافة المملكة المغربية»، «بضيافة من اللجنة الوطنية …»: whose guests they were hosts it
    _rule("host:fi-diyafa", _W + r"(?:و)?(?:في|ب)\s?ضيافه\s(?:من\s)?", "participation", "host", "before", 0.75),
    # (the imperfect تحتضن، ستستضيف; «احتضن مقر X …»: X hosts. «تحتضن مدينة X» was tried: a host the unseen gold
    # does not give)
    # («واحتضن قصر بلدية سوسة …»: the town hall, the municipality's; not «قصر المؤتمرات»: a venue)
    _rule("host:ihtadana", _W + r"(?:و|ف)?(?:(?:ت|ي)?(?:احتضن|استضاف)|س?(?:ت|ي)(?:حتضن|ستضيف))(?:ت)?,?\s(?:" + _SEAT_WORD + r"|قصر\s(?=(?:ال)?بلديه))?",
          "participation", "host", "after", 0.75, named=True),
]
# «(و)تم / جرى / سيتم تنظيم | إنجاز | تنفيذ | تمويل ITEM … من طرف X»
# … and the passive verb itself: «نُظّمت / تُنظّم EVENT … من طرف X» (an active «نظمت X ندوة» names its agent before
# the event), «ويُموَّل البرنامج من طرف X»، «ويُنفَّذ المشروع من قبل X» (the item right after the verb)
# («وقد مُوّل هذا المشروع من طرف X»: a past passive, read as one only with «من طرف» after the item)
_PASSIVE = re.compile(_W + r"(?:و|ف)?(?:قد\s)?(?:(?:تم|جري|يتم|سيتم)\s(?P<noun>تنظيم|انجاز|تنفيذ|تمويل)|(?:ت|ي)?نظم(?:ت)?"
                      r"|س?[يت](?P<verb>مول|نفذ|نجز)|(?P<past>مول|نفذ|انجز))(?:\s|(?=,))")
_PASSIVE_ASIDE = re.compile(r"\s*,\s*(?:ب(?:مبلغ|قيمه|غلاف|كلفه|تكلفه|ميزانيه)\s)[^,.;:]{1,60},(\s*)(?:من طرف|من قبل|من لدن)\s")
_PASSIVE_NOUNS = {"مول": "تمويل", "نفذ": "تنفيذ", "نجز": "انجاز", "انجز": "انجاز"}
_PASSIVE_ROLES = {"تنظيم": ("organizer", {"event"}), "انجاز": ("implementing", ACTIVITIES - {"event"}),
                  "تنفيذ": ("implementing", ACTIVITIES - {"event"}), "تمويل": ("funding", ACTIVITIES - {"event"})}
_NAME_LEAD = re.compile(r"(?:(?:هذا|هذه)\s+|(?:ال)?(?:مشروع|برنامج|مبادره|خطه|حمله)\s+[«\"“])")
# the agent after the item, in its clause (an aside between commas may come between: «ويُموَّل البرنامج، الذي تبلغ
# كلفته …، من طرف X»)
_BY = re.compile(r"[^,.;:]{0,60}?(?:\s*,[^,.;:]{1,80},)?\s(?:من طرف|من قبل|من لدن)\s")
# «ويُنفَّذ البرنامج على مدى ثلاث سنوات …، من خلال منظمة اليونيسف والمفوضية»: carried out through bodies
_CARRIED_THROUGH = re.compile(r"(?:(?!\s(?:فيما|بينما|في حين|و?ل?كن)\s)[^.;:]){0,100}?\sمن خلال\s")   # (in its clause)
# «الاتفاقية …، الموقعة في القاهرة»، «المبرم بواغادوغو»: where an agreement named before its participle was signed
# (with the article, agreeing with the agreement: not «يكون موقعه في داكار», its location)
_SIGNED_HERE = re.compile(r"(?<!\S)ال(?:موقع|مبرم)(?:ه)?\s+(?P<in>في\s+)?")
# between the agreement's name and its participle: nothing, a comma, an aside, the rest of its description before a
# comma, or two words of its name («… حول اليد | العاملة الموقعة بمدريد»; not a clause: «… التي وقعت في نواكشوط، والإعلان
# الموقع …»، «… بين البلدين تشمل الموقع …»)
_SIGNED_GAP = re.compile(r"\s*(?:,[^,.;:]{1,60})?,?\s*|\s+(?:(?!الذي|التي)[^\s,.;:]+\s*){1,5}?,\s*|\s+(?:[^\s,.;:]+\s+){1,2}")
_SIGN = re.compile(_W + r"(?:و|ف)?(?:وقع(?:ت)?|التوقيع علي|توقيع|الموقع(?:ه)?|المبرم(?:ه)?|المنعقد(?:ه)?)\s")
_BETWEEN = re.compile(_W + r"بين\s")
# an agreement's own head noun right before «بين» («الشراكة» only for an agreement of partnership: «اتفاقية شراكة»)
_AGREEMENT_WORD = re.compile(r"(?:^|\s)(?:ال)?(?P<head>اتفاق|اتفاقيه|مذكره|تفاهم|بروتوكول|شراكه)\s*\Z")
_IN_THIS = re.compile(_W + r"في (?:هذه|هذا) (?P<head>\w+)\s*\(")
_FRAME = re.compile(r"[\s,]*(?:و)?في اطار\s")
# between an activity and the item that frames it: «حملة «A» ضمن المبادرة الرئاسية «B»»، «ورشة … في إطار برنامج «B»»
_FRAME_OF = re.compile(r"[»”\"]?\s*(?:,\s*)?(?:في اطار|ضمن)\s+(?:[^\s,.;:«»]+\s+){0,2}[«“\"]?")
# the end of a frame's aside and the head noun of the object after it («، في إطار برنامج «A»، مشروع «B»»)
_PAST_FRAME = re.compile(r"[»”\"\s]*,\s*(?:(?!و)\S+\s+)?[«“\"]?")     # (not «، ومشروع …»: the frame goes on)
_OWNED_BY = re.compile(r"(?:\s*المشترك(?:ه)?)?\s*بين\s")
# «ووقع الاتفاق في مدريد يومي …»، «وتم توقيع الاتفاقية بالرباط»: a bare agreement noun, then where it was signed
_SIGNED_AT = re.compile(_W + r"(?:و|ف)?(?:(?:تم|جري)\s+)?(?:وقع(?:ت)?|(?:ال)?توقيع)\s+(?:علي\s+)?(?=ال)")
_SIGNED_AT_GAP = re.compile(r"\s*(?:في\s+(?:مدينه\s+)?|بمدينه\s+)?")
_VENUE_GAP = re.compile(r"\s*في\s+(?:مقر|ديوان|قاعه|قصر|فندق|مبني|بنايه)\s+[^,.;:()]{0,60}?\s")    # (the city after it marked by ب)
# «وسينفذ المشروع (على مدى ثمانية عشر شهرا) في منطقة خريبكة»، «ويستهدف المشروع 200 مهاجر بمدينة وجدة»، «ويشمل
# البرنامج مدن طنجة والناظور»، «التي تمتد لتشمل X و Y»، «مشروع Y الذي تنفذه X … في منطقتي …»: a project or programme
# runs in the places its clause marks as where (``_Sentence.runs_in``)
_RUNS = re.compile(_W + r"(?:و|ف)?(?:(?:[يت]متد|امتد(?:ت)?)\s+ل[يت]شمل|(?:[سل]?[يت]نفذ|نفذت?)(?:ه|ها)|(?:[سل]?[يت](?:نفذ|شمل|ستهدف|غطي|هم|هدف|وفر|نشط|تدخل)|نفذ|شمل|استهدف|غطي|وفر)(?:ت)?"
                   r"|(?:س?[يت]ستفيد|استفاد)(?:ت)? من(?:ه|ها)|تنفيذ|(?P<tour>س?[يت](?:متد|جوب|حط|نتقل)|امتد(?:ت)?|جابت))\s")
# («ويوفر البرنامج 850 ألف يوم عمل في محافظات …»، «وينشط / يتدخل المشروع في جهات …»: where it works, the places named
# by their units' word only: not «ويوفر البرنامج منحا للطلبة لمتابعة دراستهم في فرنسا»)
# («وتمتد الحملة على مدى شهرين في كل من X و Y»، «وستحط القافلة الرحال بكل من …»: a campaign or a caravan spans or
# tours them: an event runs there too)
# the words of a country's territorial units, one or several («بعمالتي طنجة أصيلة والمضيق الفنيدق»، «بمعتمديات …»،
# «في محافظات …»): what they list is where something is done
_UNITS = r"(?:مدن|مدينه|مدينتي|منطقه|مناطق|منطقتي|جهه|جهات|جهتي|اقليم|اقاليم|اقليمي|عماله|عمالات|عمالتي|ولايه|ولايات|ولايتي" \
    r"|معتمديه|معتمديات|محافظه|محافظات|محافظتي|بلديه|بلديات|جماعات|بلده|بلدات|قريه|قري|مخيم|مخيمات|مقاطعه|مقاطعات)"
_IN = r"(?:^|\s)(?:و)?(?:(?:في|داخل)\s+|ب)"     # where: «في»، «داخل»، «بـ»
# («في خمسة بلدان هي: X و Y»، «في أربع مدن هي …»، «في مدينتين هما …»: a count of countries or places, then which)
_COUNTRIES_ARE = r"(?:\S+\s+(?:دول|بلدان|مدن|جهات|ولايات|محافظات|اقاليم|مناطق|بلديات|جماعات)|(?:مدينتين|جهتين" \
    r"|ولايتين|محافظتين))\s*,?\s*(?:هي|هما|وهي|وهما)[\s:]+"
_RUN_WHERE = re.compile(_IN + r"(?:(?:ال)?" + _UNITS + r"\s+|كل من\s+|" + _COUNTRIES_ARE + r")?\Z")
_RUN_UNITS = re.compile(_IN + r"(?:(?:ال)?" + _UNITS + r"\s+|كل من\s+|" + _COUNTRIES_ARE + r")\Z")   # … by their units' word (or «كل من») only
# the item before the verb, as its subject: «أن المشروع يستهدف …»، «مشروع Y الذي يستهدف …»
_RUN_SUBJECT = re.compile(r"[\s»”\"]*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:الذي|التي)\s+|(?:الذي|التي)\s+)?\Z")
# «ويشمل البرنامج مدن …»، «وسيشمل المشروع جماعات …»
_RUN_LISTED = re.compile(r"[»”\"]*\s*(?:كلا\s+من\s+|(?:ال)?(?:" + _UNITS + r"|دول|بلدان)\s+|" + _COUNTRIES_ARE + r")?\Z")
# «حفل اختتام (أنشطة) مشروع …»، «إطلاق البرنامج»، «تقديم حصيلة / نتائج المشروع»: its launch, closing or results
_LAUNCH_OR_CLOSE = re.compile(r"(?<!\S)(?:اختتام|اطلاق|انطلاق|افتتاح|حصيله|نتاءج)\s+(?:(?:انشطه|اشغال|فعاليات)\s+)?"
                              r"(?=(?:ال)?(?:مشروع|برنامج)(?:\s|\Z))")
_QUOTED_NAME = re.compile(r"(?:مشروع|برنامج)\s*[«\"“]?\s*")     # «مشروع «تمكين»»: the head, then the name
_CLOSING_REACH = 40               # characters after an event's mention where what it launches or closes is named
_AT_BODY = {"في", "لدي", "علي"}     # «… في الوزارة»، «… لدى السفارة»، «… على المركز»: where a title serves
_WORKS_IN = re.compile(r"وفر|نشط|تدخل")     # verbs of working somewhere (``runs_in``): places by their units' word only
_RUN_REACH = 120                  # characters between the item and the first place it runs in
_LIST_JOIN = re.compile(r"[\s,]*(?:و\s*)?")
# the next place a project runs in (``runs_in``): joined as any list, or carried on past a word of adding or singling out
# and the places' units' word («في جهة الشرق، ولا سيما بمدن وجدة والناظور»، «، إلى جانب محافظتي …»، «، وفي تزنيت»);
# one or two words of the list that name no known place are passed over («بمحافظات كفر الشيخ والبحيرة والغربية والمنوفية»)
_IN_ITS_UNIT = re.compile(r"[\s,]*" + UNIT_WORD_AT)   # (no «و»: the unit of the city before)
_PLACES_ON = re.compile(r"[\s,]*(?:(?:و\s*)?(?:(?:لا\s+)?سيما|خاصه|خصوصا|بما\s+فيها|الي\s+جانب|كذا|كذلك|فضلا\s+عن"
                        r"|(?:بال)?اضافه\s+الي)\s+)?(?:و?(?:في\s+|ب))?(?:(?:ال)?" + _UNITS + r"\s+)?"
                        r"(?P<passed>(?:وال[^\s,.;:()«»\d]+\s+){1,2})?(?:و\s*)?")
_AS_DONORS = re.compile(r"(?<!\S)(?:بصفت(?:ها|هم|هما|ه)\s+|ك)(?:ال)?(?:(?:جه(?:ه|ات)|دول(?:ه)?|بلدان)\s+)?(?:ال)?مانح(?:ه|ين|ون)?(?![^\s,.;:])")
_IMPLEMENTED_IN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:في|داخل)\s+")   # «… (UNHCR) في السودان»
_CLAUSE_STOP = re.compile(r"[.;]|(?<!هي):|\sثم\s")   # (not the colon of «في خمسة بلدان هي: X و Y»)
_HELD_IN = re.compile(_W + r"(?:و|ف)?(?:جري|جرت|انعقد|انعقدت|عقد|عقدت|نظم|نظمت|س?[يت](?:نعقد|عقد|نظم))\s")   # (ويعقد، ستنعقد)
_BARE_REACH = 20                  # characters between a bare title's post word and its body (its adjective)
# a verb of meeting right before a person's honorific: a title after him is whom he meets («استقبل السيد X المدير …»)
_MEETING_VERBS = r"(?:استقبل|التقي|اجتمع|تباحث|شكر|دعا|زار)"
_MEETS = re.compile(r"(?<!\S)(?:و|ف)?" + _MEETING_VERBS + r"(?:ت)?\s+(?:ب\S*\s+|مع\s+)?"
                    r"(?:\S+\s+){1,5}\Z")     # (the honorific, or the subject's title and honorific)
_MEETS_TITLED = re.compile(r"(?<!\S)(?:و|ف)?" + _MEETING_VERBS + r"(?:ت)?\s+\Z")     # … right before his title
_HONORED_NEXT = re.compile(r"(?<![و\S])(?:ال)?(?:سيد|سيده|دكتور|دكتوره)\s+\Z")
# a title right after a name with no comma between (``posts``, ``apposed_bare``): with the article («المدير العام لـY»)
# or in construct with its body («سفير دولة قطر»، «رئيس مجموعة …»); not after «و» (the next one of a list), not a
# counterpart («استقبل السيد X نظيرته …»: the verb's object) nor an appointment's post («تعيين السيدة X مديرة للمنظمة»)
_BARE_TITLE = re.compile(r"(?!و(?!زير|كيل)|نظير)(?:ال\S+|\S+\s+(?!ل)\S)")   # (not «و» the conjunction: «وكيل وزارة العمل»)
# Titles as written; matched on the normalized text (ئ → ء, ة → ه), so spelled through LETTERS.
_POST = re.compile((_W + r"(?:و|ف)?(?:ال)?(?P<post>(?:(?:نائب|مساعد)(?:ة)? (?:ال)?)?مدير(?:ة)?(?: العام| العامة| الإقليمي| الإقليمية| التنفيذي| التنفيذية)?"
                    r"|رئيس(?:ة)? بعثة|عميد(?:ة)?|نقيب(?:ة)?|(?:ال)?أمين(?:ة)? (?:ال)?تنفيذي(?:ة)?"
                    r"|(?:(?:نائب|مساعد)(?:ة)? )?(?:ال)?مشرف(?:ة)?(?: العام| العامة)?"
                    r"|نائب(?:ة)? رئيس(?:ة)?(?: مجلس إدارة)?|رئيس(?:ة)?(?: مجلس إدارة)?|المتحدث(?:ة)?(?: الرسمي| الإقليمي)?|الناطق(?:ة)? الرسمي"
                    r"|مساعد(?:ة)? الاتصال|(?:كبير )?منسق(?:ي|ة)? الاتصالات|منسق(?:ة)?|وزير(?:ة)?|سفير(?:ة)?|(?:(?:نائب|مساعد)(?:ة)? (?:ال)?)?(?!ممثل(?:ة)? عن )ممثل(?:ة)?"
                    r"|مستشار(?:ة)?|(?:ال)?أمين(?:ة)? (?:ال)?(?:عام|دائم)(?:ة)?|الوالي|والي (?:جهة|ولاية)|(?:نائب(?:ة)? )?عمدة"
                    r"|(?:نائب(?:ة)?|مساعد(?:ة)?) (?:ال)?وزير(?:ة)?|وكيل(?:ة)?|كاتب(?:ة)? الدولة|(?:ال)?كاتب(?:ة)? (?:ال)?(?:عام|جهوي|إقليمي|وطني)(?:ة)?"
                    r"|أمين(?:ة)? (?:ال)?مال|(?:أستاذ|باحث)(?:ة)?(?=(?: [^\s,.]+){0,3} (?:ب|في (?:ال)?(?:جامعة|مركز|معهد|كلية|مرصد|أكاديمية|مدرسة)))|عضو(?:ة)?|مندوب(?:ة)?|عامل (?:إقليم|عمالة)|مسؤول(?:ة)?|المفوض(?:ة)?(?: السامي| السامية)?|مفوض(?:ة)?|المكلف(?:ة)? ب\S+"
                    r"|نظير(?:ه|ته)|(?:ال)?قائم(?:ة)? (?:بال|ب)أعمال"
                    # a consul, an attaché («القنصل العام لألمانيا في أربيل»، «الملحق العمالي في السفارة المصرية»)
                    r"|قنصل(?:ة)?(?: العام| العامة)?|ملحق(?:ة)? (?:ال)?(?:عمالي|ثقافي|تجاري|إعلامي|عسكري|اجتماعي)(?:ة)?"
                    # «النائبة X، عن فريق Y»، «X، النائب عن فريق Y»: a member of parliament for a group or a party
                    r"|(?:(?:نائب|مستشار)(?:ة)? )?عن(?= (?:ال)?(?:فريق|حزب|مجموعة) ))"
                    # «السيد X، ممثلها لدى المملكة»: the post of the body named before («its»)
                    # (not «ه»: in the normalized text the feminine «ممثلة» is «ممثله»)
                    r"(?P<its>ها)?(?=[\s,])")
                   .translate(LETTERS))
_JOINED_TITLE = re.compile(r"[ \t]*(?:,[ \t]*)?(?=و)")     # «… و<title>»: one more of a list by a title (``_POST`` reads its «و»)
_TITLED_NAMES = {"title-before-name", "title-comma-name"}      # the mentions' rules of a name after its title
_ENVOY = re.compile("(?:سفير|ممثل|مندوب|قنصل|قائم)".translate(LETTERS))   # «NAME، سفير اليابان بالمغرب»: a post of the country
_CONSUL = re.compile("قنصل")
_CONSULATE = "قنصليه"


def _consular_words(tokens: list[Token], k: int, end: int) -> list[str]:
    """The keys of a consulate's or a consul's words from ``k`` to ``end``, «العام(ة)» left out."""
    return [t.key for t in tokens[k:end] if t.key not in _GENERAL]


def _same_start(a: list[str], b: list[str]) -> bool:
    return a[:len(b)] == b[:len(a)]


# The first key found in a title decides its role: the more specific first.
_POST_ROLES = [(k.translate(LETTERS), role) for k, role in [
    ("رئيس بعثة", "chief-of-mission"), ("رئيسة بعثة", "chief-of-mission"), ("نائب وزير", "deputy-minister"),
    ("نائبة وزير", "deputy-minister"), ("مساعد وزير", "deputy-minister"), ("مساعدة وزير", "deputy-minister"),
    ("نائب المدير", "deputy-director"), ("نائبة المدير", "deputy-director"), ("نائب مدير", "deputy-director"),
    ("نائبة مدير", "deputy-director"),
    ("نائب", "deputy-chair"),
    ("المتحدث", "spokesperson"), ("الناطق", "spokesperson"), ("الإقليمي", "regional-director"),
    ("مدير", "director"), ("رئيس", "chair"), ("نقيب", "chair"), ("الاتصال", "communications-officer"),
    ("وزير", "minister")]]


# a representative's deputy, a secretary («الكاتب الإقليمي»): no chair's, no regional director's post
_PLAIN_POST = re.compile("(?:(?:نائب|مساعد)(?:ة)? (?:ال)?ممثل|كاتب)".translate(LETTERS))


def _post_role(words: str) -> str:
    """The role a post's title words say, by the first key of ``_POST_ROLES`` in them; else a plain post."""
    if _PLAIN_POST.match(words.removeprefix("ال")):
        return "post"
    return next((role for key, role in _POST_ROLES if key in words), "post")


# «عيّن (الملك) السيد X رئيسا لـY»، «تعيين X مديرا لـY»: X holds the post in Y
# («انتخب المجلس X رئيسا له»، «جرى تنصيب X رئيسة لـY»: electing and installing appoint too)
_APPOINT = re.compile((_W + r"(?:و|ف)?(?:(?:(?:س?[تي])?(?:عين|نتخب|نصب)|انتخب)(?:ت)?(?P<pronoun>ه|ها|هما)?|تعيين|انتخاب|تنصيب)\s")
                      .translate(LETTERS))
_FUND_HEADS = {"صندوق", "مرفق"}     # a fund, a facility («مرفق الشراكة من أجل التنقل»، «مرفق الاستقرار»)
_PASSIVE_BY = re.compile(r"\s*(?:,\s*)?من\s+(?P<by>طرف\s+|قبل\s+|لدن\s+)?")     # «تُموَّل X من (طرف) Y»
_THROUGH = re.compile(r"\s*(?:,\s*)?(?P<through>عبر|من خلال|في اطار|عن طريق)\s+")   # («في إطار صندوق …»: a fund only)
_ASIDE_END = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*")     # the aside's closing comma (past an acronym)
# «… بجهة سوس ماسة»، «… بمدينة وجدة»: the place noun before the name of where a body is
_PLACED_BY = re.compile(r"\s*(?:ب|في\s+)(?:ال)?(?:جهه|مدينه|اقليم|عماله|ولايه)\s+")
_APPOINT_REACH = 300               # characters after «عيّن» where the appointment's clause ends
# «تسلّم / تسلمت / يتسلم X … مهامه (رسميا)»: taking up one's duties, its title after them
_TOOK_OFFICE = re.compile(r"(?<!\S)(?:و)?(?:س?[يت])?تسلم(?:ت)?\s")
# (his duties right after him, or past asides between commas: his nationality, the day; not «… من السيد Y، الذي انتهت
# مهامه …»: another's)
_DUTIES = re.compile(r"(?:(?:\s*,[^,.;:]{1,80}){1,3}\s*,)?\s*(?:رسميا\s+)?مهام(?:ه|ها)\s+(?:الجديده\s+)?(?:رسميا\s+)?")
_HONORIFIC_REACH = 20
_APPOINT_ASIDE = re.compile(r",[^,.;:]{1,80},")
_RESPECTIVELY = re.compile(r"(?:\s+[^\s,.;:]+){0,2}?\s*(?:,\s*)?و")   # «… رئيسا لـX (بالخارج) وأمينا عاما له»: the next title
# the organization named just before, again: «له»، «لها»، «للمجلس ذاته»
_SAME = re.compile(r"\s*(?:لها|له|لل(?P<head>\w+)\s+(?:ذاته|ذاتها|نفسه|نفسها))(?=[\s,.;:)]|\Z)")
_APPOINTED = re.compile((r"\s*(?P<post>رئيس(?:ا|ة) (?:مجلس إدارة )?|مدير(?:ا|ة)(?: عاما| عامة)? |(?:أمينا|أمينة) (?:عاما|عامة) "
                         r"|(?:كاتبا|كاتبة) (?:عاما|عامة) "
                         r"|نائب(?:ا|ة) (?:ل|لل)?رئيس |منسق(?:ا|ة) |ممثل(?:ا|ة) |مستشار(?:ا|ة) |سفير(?:ا|ة) |وزير(?:ا|ة) )"
                         # («منسقة مقيمة للأمم المتحدة»، «ممثلا خاصا لـ…»: the post's adjective)
                         r"(?:(?:مقيم|إقليمي|قطري|خاص|دائم|تنفيذي)(?:ا|ة) )?")
                        .translate(LETTERS))
# «أما الوكالة السويسرية (SDC)، فقد خصصت …»: a subject put first, the verb after «ف»; «…، كما موّلت Y»: the same
# subject's next verb
_FRONTED = re.compile(r"\s*(?:و)?اما\s+")
_FRONTED_GAP = re.compile(r"[\s»”\")]*,?\s*ف(?:قد\s+|انها\s+|هي\s+)?")
_TAKEN_UP = re.compile(r"[,\s]كما\s+\Z")
_DUAL = re.compile(r"(?<!سا)(?<!س)هما\s")     # (not the stem of ساهم، أسهم: «وتساهم فيه»)
_THESE_TWO = re.compile(r"[\s)»”\"]*,\s*(?:و)?هما\s+")
# between «عيّنه» and the title: its subject (الملك، جلالة الملك) and «على التوالي», a few words at most (as many
# as it takes to reach the title: «عيّنه الملك رئيسا»)
_APPOINTER = re.compile(r"(?:[^\s,.;:\"“”()]+\s+){0,3}?(?:علي التوالي\s+)?(?=" + _APPOINTED.pattern + ")")
_SUBJECT_GAP = re.compile(r"[\s»”\"]*(?:\([^()]{0,30}\)\s*)?(?:(?:كان|كانت)\s+)?(?:قد\s+)?")   # X (ACR) (كان) قد VERB
_CLAUSE_END = re.compile(r"(?<!\d)[,.]|[,.](?!\d)|[;:\"“”\n]")   # not the comma inside 2,83 (a point between digits
                                                                        # is the decimal sign in ``Text.norm``)
# verbs of giving whose agent and recipient follow them side by side: «منحت اليابان المغرب …»
_DOUBLE_OBJECT = {"funding:manaha"}
_TRIGGERS_PER_SENTENCE = 200     # rule and trigger matches read in one sentence
# «في محافظتي …»، «بولايات …»، «في جهتي …»: the plural or dual of a unit's word marking where the places after it are
_IN_UNITS = re.compile(r"(?<!\S)(?:و)?(?:في\s+|ب)(?:مدن|مدينتي|ولايات|ولايتي|بلديات|بلديتي|جماعات|جماعتي|اقاليم|اقليمي"
                       r"|عمالات|عمالتي|جهات|جهتي|محافظات|محافظتي|مقاطعات|مقاطعتي|معتمديات|معتمديتي|مديريات|مديريتي"
                       r"|مخيمات|مخيمي|بلدات|قري|مناطق|منطقتي)\s+")
_UNITS_REACH = 60                # characters from the item named before to such a list
_RESIDING = re.compile(r"(?<!\S)و?(?:ال)?(?:مقيم|قاطن|منحدر|قادم|متواجد|موجود|عالق|مستقر)(?:ين|ون|ات|ه)?\s*\Z")
# every word some rule or trigger needs (``required``): a sentence is searched for each once, not once per rule
_NEEDED = frozenset(w for rule in (*RULES, *TRIGGERS) for w in rule.needs)
_PATTERNS = (*RULES, *TRIGGERS)
_ALWAYS = frozenset(k for k, rule in enumerate(_PATTERNS) if not rule.needs)
_PATTERNS_NEEDING = {w: frozenset(k for k, rule in enumerate(_PATTERNS) if w in rule.needs) for w in _NEEDED}
_ROSTER = 60                     # agents one list may name
_APPOSITION = 160                # characters between two agents of a list (a person's title between them)
# «السيد»، «للسيد» (برئاسة للسيد X)، «سعادة السيد»، «البروفيسور»: one or two honorifics before a name (mentions' own, and
# an envoy's title used as one)
_HONORIFIC = r"(?:(?:(?:و)?(?:ال|لل)?(?:" + "|".join(sorted(_HONORIFICS | {"سفير", "سفيره"}, key=len, reverse=True)) \
    + r")\s+){1,2})"
# «عن الجانب المغربي السيد X، … وعن الجانب البلجيكي السيد Y»: on whose behalf each one acts, before the name
# («عن المجلس رئيسته السيدة X»، «وعن المفوضية ممثلها بالمغرب السيد Y»: the body named again, the signer's title with its
# pronoun)
_FOR_SIDE = r"(?:نيابه )?عن"     # «عن الجانب …»، «نيابة عن الصندوق …» (not ``triggers.ON_BEHALF``: one who signs through another)
# for whom one signs: «عن»، «نيابة عن»، «من جانب»، «باسم»
_FOR_WHOM = r"(?:" + _FOR_SIDE + r"|من جانب|باسم)"
# («عن جانب المؤسسة رئيسها المنتدب السيد X»: the side without the article, then the body and its head's title)
# («ووقّع الاتفاق من جانب الجمعية السيد X»، «عن الوزارة السيد Y»: the body named again by its bare head, then who signs)
_SIDE = (r"(?:(?:" + _FOR_SIDE + r" (?:(?:ال)?(?:جانب|طرف) [^\s,]+(?: [^\s,]+)?|(?:جانب )?ال[^\s,]+ [^\s,]+(?:ه|ها)(?: [^\s,]+)?)"
         r"|" + _FOR_WHOM + r" ال[^\s,]+(?=[\s,]+" + _HONORIFIC + r"))[\s,]+)")
# «في (عدد من) بلدان (…) من بينها X»، «في كل من X»: the countries where what the sentence speaks of is done
# (the countries a group names first: «بلدان العبور، لا سيما X و Y»)
_COUNTRIES_LEAD = re.compile(r"(?:(?:^|\s)(?:و)?في\s+(?:(?:عده|عدد من)\s+)?(?:(?:ال)?(?:بلدان|دول)(?:\s+\S+){0,3}?"
                             r"\s+" + AMONG + r"\s+|كل من\s+)"
                             # «ويشمل البرنامج X و Y»، «الخطة، التي تغطي X و Y»: the countries a programme covers
                             # («… الذي يستهدف X و Y»: the countries it aims at)
                             r"|(?<!\S)(?:و)?(?:(?:الذي|التي)\s+)?(?:ي|ت)(?:شمل|غطي|ستهدف|ستفيد\s+من(?:ه|ها|\s+(?:هذا\s+|هذه\s+)?ال\S+))\s+"
                             r"(?:(?:هذا\s+|هذه\s+)?ال\S+\s+)?"
                             # «ويغطي برنامج «X»، في مرحلته الثانية، كلا من X»، «… ثلاثة بلدان هي X»، «… دول X و Y»
                             r"(?:(?:[^.;:]{0,50}?\s)?(?:(?:كلا|كل) من|(?:ال)?(?:بلدان|دول)(?:\s+\S+){0,2}?\s+" + AMONG +
                             r"|(?:ال)?(?:بلدان|دول))\s+)?"
                             # «لفائدة دول النيجر ومالي»، «موجه إلى تونس وليبيا»
                             r"|(?<!\S)(?:ل?فاءده|لصالح)\s+(?:ال)?(?:بلدان|دول)\s+|(?<!\S)(?:ال)?موجه(?:ه)?\s+الي\s+)\Z")
# «ويهدف البرنامج إلى دعم المغرب»، «الهادف إلى تعزيز قدرة إسبانيا على …»، «ومن أهدافه الخاصة دعم وزارة …»: what an
# item is for, then the support it gives (and «جهود / قدرات» of) a country or body: the item targets it
_AIMS_TO = re.compile((r"(?<!\S)(?:و)?(?:" + AIMING + r"|من\s+(?:بين\s+)?أهداف\S*(?:\s+ال\S+)?)"
                       r"(?P<subject>\s+(?:(?:هذا|هذه)\s+)?[^\s.،,:؛]+(?:\s+[^\s.،,:؛]+){0,6}?)??\s+(?:إلى\s+|ل(?=ال|[^ا]))?(?:ال)?"
                       r"(?:دعم|تعزيز|مساعدة|مساندة|مواكبة|مرافقة|تقوية)\s+(?:(?:جهود|قدرات|قدرة|حكومة|سلطات)\s+)?"
                       ).translate(LETTERS))
_LOCATES = re.compile(r"[\s)»”\"]*")      # between a name and the place that locates it
_LIVING_IN = re.compile(r"(?<!\S)(?:مقيم|مستقر|مولود)(?:ه)?\s+\Z")   # one person's («مقاول مقيم ببلجيكا»), not a group's
_AFTER_ITEM = re.compile(r"[\s»”\"]*(?:\([^()]{1,30}\)\s*)?في\s+")      # «برنامج «…» (2021-2025) في مصر والعراق»
# «لفائدة اللاجئين المقيمين بالمملكة»، «الموجه إلى المهاجرين العالقين في ليبيا»: the people an item is for, said
# to live or be stranded in the country (a few words between: «المهاجرين في وضعية هشاشة العالقين بالمغرب»)
# («لفائدة المهاجرين في النيجر»: the people, where they are; a participle of residing may come between)
_FOR_PEOPLE = re.compile((r"(?<!\S)(?:ل?فائدة|لصالح|(?:ال)?موجه(?:ة)?\s+(?:إلى|ل\S+)|(?:ي|ت)ستهدف"
                           r"|(?:س?[يت]ستفيد|استفاد(?:ت)?)\s+من(?:ه|ها|هما))\s+(?:[^\s,.;:]+\s+){0,5}?"
                          r"(?:(?:ال)?(?:مقيم|عالق|موجود|متواجد|مستقر)(?:ين|ون|ات|ة)?\s+)?(?:في\s+)?\Z").translate(LETTERS))
_FINANCIAL = {"مالي", "ماليه"}
_STATE_WORDS = {w.translate(LETTERS) for w in ("جمهورية", "وجمهورية", "مملكة", "ومملكة", "دولة", "ودولة", "سلطنة", "وسلطنة")}
_WHERE_BEFORE = re.compile(r"(?:^|\s)(?:في|لدي)\s+\Z")
_HIS_MAJESTY = re.compile(r"\s*(?P<words>صاحب الجلاله)(?!\S)")
_POSTED_TO = re.compile(r"(?:^|\s)لدي\s")     # … anywhere before it: «لدى مملكة بلجيكا ودوقية لوكسمبورغ»
_CO_SIGNER = re.compile(r"[\s,]*(?:و)?مع\s+")     # between an agreement and who signs it with the verb's subject
# «وتنفذه X رفقة / مع / بمعية / بتعاون (وثيق) مع Y»: a co-agent right after the agent (its acronym in brackets
# between); not «بشراكة مع Y», a partner of the implementer, as the corpus files it
_ALONG_WITH = re.compile(r"[\s»”\")]*(?:\([^()]{0,30}\)\s*)?(?:مع|رفقه|بمعيه|ب(?:ال)?تعاون(?: وثيق)? مع)\s")
_WITH_FIRST = re.compile(r"[^.;:]{0,120}?(?:^|\s)مع\s")   # «مع Y» between the signatories and the agreement
_TITLE_LEAD = 120                 # characters of a post title before the person a list starts with
_TITLE_WORDS = 7                  # … or words, when neither an honorific nor a comma closes it
_SPACES = re.compile(r"\s*")
_HONORED = re.compile(_HONORIFIC + r"\Z")
_JUST_HONORED = re.compile(r"\s*(?:كل من\s+" + _HONORIFIC + "?|" + _HONORIFIC + ")")    # («عن المفوضية كل من X و Y»)
_COMMA = re.compile(r"\s*,\s*")
_APPOSED = re.compile(r"\s*[,(]\s*")       # «X، مدير Y»، «X (مدير Y)»
# «والي جهة سوس ماسة عامل عمالة أكادير إداوتنان، السيد X»، «X، عامل إقليم الناظور»: the State's governors of Morocco's
# territories, each title with the region, prefecture or province it names right after it (one or two titles)
_GOVERNOR = re.compile(r"(?<!\S)(?:و)?(?:ال)?(?:(?:والي|عامل)\s+(?P<unit>(?:جهه|ولايه|اقليم|عماله)\s+)|(?:محافظ(?:ه)?|والي)\s+(?P<named>))")
# («محافظ كفر الشيخ، اللواء X»، «محافظ أسوان»، «والي الترارزة»: an Egyptian, Jordanian, Tunisian or Mauritanian
# governor, the governorate's name right after)
_GOVERNED = {"region", "city", "organization"}
_NOT_WALI = re.compile("[إأى]")
# «وترأس اللقاء عامل الإقليم، السيد X»: the title with its unit's bare word, the territory named before of that unit
_GOVERNOR_BARE = re.compile(r"(?<!\S)(?:و)?(?:ال)?(?:والي|عامل)\s+ال(?P<unit>جهه|ولايه|اقليم|عماله)(?=[\s,])")
_AND_TITLE = re.compile(r"و(?!الي\s)")     # «ومحافظ …»، «ووالي …»: the conjunction before a governor's title
_UNIT_GROUPS = {"جهه": "region", "ولايه": "region", "اقليم": "province", "عماله": "province"}
# … the name after the titles: the rest of the last unit's name, a comma or not, an honorific (not «والسيد»: the next one)
_GOVERNOR_NAMED = re.compile(r"[^.,;:«»\"]{0,40}?(?:\s*,\s*|\s+)(?!و)" + _HONORIFIC + r"\Z")
# the partners «بالتعاون / بالشراكة / بالتنسيق مع Y» of the item of a clause (``with_implementer``)
_WITH_RULES = {"partner:shiraka", "partner:taawun", "partner:tansiq"}
# «شريكين للمفوضية، هما …»: a partner noun, whose (ل), then who
_PARTNER_NOUN = re.compile(_W + r"(?:و|ف|ب|مع )?(?:ال)?(?:شريك|شريكه|شريكا|شريكين|شريكان|شركاء)\s")
# «شركاء الجمعية، وخاصة X»، «شركائها، وفي مقدمتهم X»: some of the partners, named
_SOME_OF_THEM = r"(?:و)?(?:(?:من\s+)?بينهم|منهم|من\s+ضمنهم|على\s+غرار|مثل|خاصة|خصوصا|في\s+مقدمتهم|على\s+رأسهم|لا\s+سيما)"
_PARTNERS_NAMED = re.compile((r"\s*(?:,\s*" + _SOME_OF_THEM + r"\s+|:\s*)").translate(LETTERS))
# the partners' own adjective (not their owner's): a plural nisba, «المنفذ»
_PARTNERS_ADJECTIVE = re.compile(r"\s+ال(?:\S+(?:يون|يين)|منفذ(?:ه|ون|ين)?)(?=\s*,)")
# «ويعد X من أبرز شركاء Y»: one of the partners
_AMONG = re.compile(r"(?<!\S)(?:واحدا\s+)?من\s+(?:(?:بين|ابرز|اهم|اقدم)\s+)?\Z")
# «X، أحد شركاء Y»، «X، وهي شريكة في المشروع»، «X، الشريكة في برنامج Y، و…»: a partner noun in apposition to the agent
# before it (after its comma, maybe «وهي / وهو» or «أحد / إحدى (أبرز)»)
_APPOSED_PARTNER = re.compile(r",\s*(?:(?:و)?(?:هي|هو)\s+|(?:احد|احدي)\s+(?:(?:ابرز|اهم)\s+)?)?\Z")
_THEY_ARE = re.compile(r"[\s,:»”\"]*(?:(?:و)?(?:هما|هم|هي|هو)[\s:]+)?(?:(?:كلا|كل) من\s+)?")
# «… في هذا المشروع»، «… في هذه المبادرة»: what the partners are partners in, before who they are («هم X»)
_IN_THIS_ITEM = re.compile(r"\s+في\s+(?:هذا|هذه)\s+\S+")
_THEY_ARE_NAMED = re.compile(r"[\s,:]*(?:و)?(?:هما|هم|هي)[\s:]")
# «شركاء مشروع «Y»»: the head noun and the quote mark before a quoted title
_OWNER_LEAD = re.compile(r"(?:(?:مشروع|برنامج|مبادره|خطه)\s+)?[«\"“]?\s*")
# «شريكا منفذا للمفوضية»، «الشريك الوطني الرئيسي للمشروع»: up to two adjectives between the noun and whose
# (the noun and its adjectives in quotes: «وصف مصر بأنها «شريك محوري» للمنظمة»)
_PARTNER_KIND = re.compile(r"(?:(?!ل|في\s)[^\s,.;:()«»\"]+[»”\"]?\s+){0,2}")
_QUOTE_OPENS = re.compile(r"[«\"“]\s*\Z")
# «بمقر المجلس»، «في مقر / برحاب المنظمة»، «واحتضن مقر المنظمة هذا اللقاء»: at the seat or premises of
# («بفضاء المركز الثقافي …»، «في قاعة الاجتماعات بمقر X»: a body's premises, or a hall at its seat)
_SEAT = re.compile(_W + r"(?:و)?(?:ب|في\s+|داخل\s+|(?:[تي]?حتضن|احتضن)(?:ت)?\s+)(?:(?:ال)?قاعه\s+\S+\s+ب)?(?:" + _SEAT_WORD + r"|(?:رحاب|فضاء)\s)")
# «… أقيم في مقره / بمقرها»: at the seat of the body the sentence names before the event
_OWN_SEAT = re.compile(_W + r"(?:و)?(?:ب|في\s+)(?:مقر|رحاب)(?:ه|ها)(?=[\s,.;:]|\Z)")
# a title right before a body, whose holder «مقره» may be («استقبل الوزير سفير الاتحاد الأوروبي في مقره»)
_TITLE_BEFORE = re.compile(r"(?<!\S)(?:[وف]?(?:ال)?(?:سفير|ممثل|مندوب|وزير|رءيس|مدير|امين|مفوض)(?:ه)?)\s+\Z")
# between «بمقرها» and its city: its kind, then «في / بـ» or the word for a city («في مقره الرئيسي بمدينة الرياض»)
_SEAT_CITY = re.compile(r"\s*(?:(?:ال)?(?:رءيسي|مركزي|داءم|جهوي|اقليمي)\s+)?(?:في\s+|ب)?(?:(?:ال)?مدينه\s+)?\Z")
_AGREEMENT_KINDS = {"agreement", "framework", "declaration"}
# what is for countries: «… في بلدان من بينها X»، «اتفاقية … لفائدة اللاجئين في تشاد»
_TARGETING = {"programme", "project", "component", "agreement"}
# (one word: a title may follow; a side named again by its body's definite head, «عن المركز مساعد المشرف …»، «، من جانب
# مجلس الجهة، رئيسه السيد X»)
_SIDE_LEAD = re.compile(r"[\s,]*(?:كل من\s+)?(?:" + _FOR_WHOM + r" (?:(?:الجانب|الطرف) [^\s,]+[\s,]+|[^\s,]+ ال[^\s,]+\s*,\s*"
                        r"|ال[^\s,]+\s+))?")
_REPRESENTED_BY = re.compile(r"\s*,\s*ممثل(?:ا|ه)\s+(?:في\s+" + _HONORIFIC + "?|(?=ب))")   # (ب: the name's own letter)
_FOR_WHOM_BEFORE = re.compile(r"(?:^|\s)(?<!متحدث )(?<!ناطق )(?<!ممثل )(?<!ممثلون )(?<!ممثلين )(?:و)?" + _FOR_WHOM + r"\s+\Z")
_DEPARTMENTS = {"مكتب", "اداره", "وحده", "قسم", "مديريه", "شعبه", "مصلحه", "قطاع"}    # a body's departments
_SIDE_OF = re.compile(r"[\s,]*" + _HONORIFIC + r"?")      # between the side and its signer: an honorific at most
_SIGNER_GAP_STOP = re.compile(r"[.;:]|(?:^|\s)و?(?:عن|باسم|من جانب)\s")     # another side between: not this signer's
# «المملكة المغربية، ممثلة (في شخص) بوزير …»: a country represented by whom follows (the «ب» is the title's)
_REPRESENTED_BY_TITLE = re.compile(r"\s*,?\s*(?:ممثله|ممثلا|ممثل)\s+(?:في\s+(?:شخص\s+)?)?ب?")
# «ومثّل المغرب (في هذا الاجتماع) وزير …»: the verb before the country, a phrase of where at most between
_REPRESENTS = re.compile(r"(?<!\S)و(?:قد\s+)?(?:مثل|يمثل)(?:ت)?\s+\Z")     # (not «مثل» "like", nor «تمثل» "is")
_REPRESENTS_GAP = re.compile(r"\s*(?:(?:في|خلال)\s+[^,.;:]{0,50}\s+)?")
# («ومن الجانب المصري وزير العمل X»: «من» names a side as «عن» does)
_SIDE_BEFORE = re.compile(r"(?:^|\s)(?:و)?(?:عن|من) (?:الجانب|الطرف) (?P<adjective>\S+)[\s,]*" + _HONORIFIC + r"?\Z")
_RELATIVE_ASIDE_WORDS = r"(?:الذي|التي)\s[^,.;:]{1,100}"
_RELATIVE_ASIDE = re.compile(r"\s*,\s*" + _RELATIVE_ASIDE_WORDS + r",\s*")
# what is said of an item between it and its agents: a relative clause, or where the news comes from
_ITEM_ASIDE = re.compile(r"\s*,\s*(?:" + _RELATIVE_ASIDE_WORDS + r"|(?:حسب|بحسب|وفق)\S*\s[^,.;:]{1,40}"
                         r"|(?:ال)?(?:اول|اولي)\s+من\s+نوع(?:ه|ها)[^,.;:]{0,40}),\s*")     # («، الأول من نوعه في البلاد،»)
# … or a participle's phrase that names no one («، الممتد على ثلاث سنوات،»)
_PARTICIPLE_ASIDE = re.compile(r"\s*,\s*الم\S+\s[^,.;:]{1,60},\s*")
_CITY_WORD_END = ("بمدينه ", "في مدينه ")
# «يستفيد مشروع «Y» من دعم X»: the verb; then, after the item, the support and who gives it
_BENEFITS = re.compile(_W + r"(?:و|ف)?(?:(?:[يت])?ستفيد|استفاد(?:ت)?)\s")     # («… استفاد من تمويلات X»: the past too)
_SUPPORT_FROM = re.compile(r"[\s»”\"]*(?:\([^()]{1,20}\)\s*)?من\s+(?:دعم|تمويل|تمويلات|منحه|مساهمه|هبه)(?:\s+(?:مالي|مشترك)(?:ه)?)?"
                           r"\s+(?:(?:يقدمه|تقدمه|يمنحه|تمنحه|مقدم|مقدمه)\s+)?(?:من\s+(?:طرف|قبل|لدن)\s+|من\s+)?")
_COMMISSION = "organization/european-commission"      # whose members are «المفوض(ة) الأوروبي(ة) لـ…»
# «المدير القطري»، «ومديره القطري»، «المسؤولة القُطرية للبنك»: a body's country director or officer
_COUNTRY_POSTS = {"مدير", "مديره", "ممثل", "ممثله", "منسق", "منسقه"}
_OFFICERS = {"مسءول", "مسءوله"}
_CAPACITY = re.compile(r"\s*بصفه\s+(?:مراقب|ملاحظ|ضيف)\S*(?:\s+شرف)?(?=[\s,])")    # «بصفة مراقب»، «بصفة ضيف شرف»
_SETTING_ASIDE = re.compile(r"\s*,[^,.;:()«»]{1,60},\s*")     # «، يومي 10 و11 مارس بالرباط،»
_BESIDE_WORDS = r"(?:الي جانب|فضلا عن|بالاضافه الي)"     # «إلى جانب / فضلا عن / بالإضافة إلى Y»: Y besides
# («…، إلى جانب أبرز المانحين، ومنهم X و Y»: besides a group, then some of it by name)
_BESIDE_SOME = r"(?:[^\s,.;:]+\s+){0,2}[^\s,.;:]+\s*,?\s*(?:و?منهم|و?منها|من بينهم|من بينها|وهم|وهي)\s+"
# «وزراء وممثلو 57 دولة، إلى جانب X»: a group of people or a count, then «إلى جانب / فضلا عن» those named
_BESIDE_GROUP = re.compile(r"\s*[^,.;:]{1,60}?,?\s*" + _BESIDE_WORDS + r"\s+")
# «وشارك فيه، إلى جانب X، كل من Y و Z»: those beside whom the list names the rest, first of it
_BESIDE_LEAD = re.compile(r"[\s,]*" + _BESIDE_WORDS + r"\s+")
_BESIDE_REST = re.compile(r"\s*,\s*(?:و)?كل من\s+")
_IN_BRACKETS = re.compile(r"\s*\(\s*[«\"“]?\s*")     # what opens another name of the mention before: «X (Y)»، «X («Y»)»
# «…، وعن الوزارة السيد Y»، «…، ومن جانب المنظمة السيد Y»: the signer for the other side
_OTHER_SIDE = re.compile(r",\s*و" + _FOR_WHOM + r"\s")
_FOR_BODY = re.compile(r"[\s,(:]*(?:كل من\s+)?" + _FOR_WHOM + r"\s+")      # «عن المنظمة X»: the body a signer signs for
# «وفود من X»، «خبراء من X»، «وزراء داخلية X»: those who come, then the countries or bodies they come from
# a delegation or a group of people and where they come from (also a count of countries and some of them,
# ``triggers.COUNTED``); «وزراء داخلية X»: ministers of a remit
# («وفد رفيع المستوى من X»: a few words of its own before where it comes from; «نحو تسعين مندوبا يمثلون سبعا وعشرين دولة …،
# من بينها X»: people counted, the countries counted)
_DELEGATES = (r"(?:" + COUNTED_PEOPLE + r"(?:من|عن|تمثل|يمثلون)\s+(?:" + GOVERNMENTS + r"\s+)?(?:(?:كلا|كل) من\s+)?(?:"
              + COUNTED + r")?|"
              # («ممثلو مؤسسات الوساطة من X»: two words of what they represent at most, no verb, no people; «محامون من X»)
              r"(?:ممثلو|مسؤولو)\s+(?:(?!(?:ال)?(?:مهاجرين|لاجءين)\s)[^\s,.;:]+\s+){1,2}?من\s+|(?:محامون|محامين)\s+من\s+|"
              r"(?:عدد\s+من\s+(?:ال)?)?(?:(?:وفود|وفدان|وفدين|وفد|خبراء|مسؤولين|مسؤولون|سفراء|وزراء|ممثلين|ممثلون|مندوبين|مندوبون"
              r"|فرق|فنانين|فنانون|طلبه|طلاب|اطر|اطباء|نشطاء|شخصيات|منتخبين|منتخبون|قضاه|ضباط|عناصر|موظفين"
              r"|نقابيين|نقابيون|مفتشين|مفتشون|صحفيين|صحفيون|اعلاميين|اعلاميون|مشاركين|مشاركون)"
              r"(?:\s+و(?:مسؤولين|مسؤولون|خبراء|سفراء|ممثلين|ممثلون))?"
              # («قضاة وضباط شرطة وحرس وطني من …»: more kinds of them, four words at most)
              r"(?:\s+[^\s,.;:]+){0,4}?\s+(?:من|عن|تمثل|يمثل|يمثلون|تابعه|التابعه|تابعين|التابعين|تابعون)\s+"
              # («ممثلون عن حكومات النيجر ومالي»: the countries whose governments send them)
              r"(?:" + COUNTED + r"|" + GOVERNMENTS + r"\s+)?|وزراء\s+\S+\s+"
              # («ممثلو المنظمة»، «سفراء تونس والجزائر»، «عدد من مسؤولي X»: those of the body or country, in construct)
              # (plural or dual: «سفيرا تونس والسنغال»، «وزيرتا …»، «وزراء تونس …»)
              r"|(?:(?:ممثل|سفير|وزير|مسؤول|مدير|رئيس|منسق|مستشار|وفد)(?:و|ي|ا|تا|تي)"
              r"|سفراء|وزراء|مدراء|رؤساء|خبراء|عمداء|قناصل|قناصله|وفود)\s+))").translate(LETTERS)
# «… وممثل المنظمة …»، «وممثلو X»: the body whose representative is the next of the list (or the first: «وقع ممثل X و …»)
_REPRESENTATIVE = r"(?:ممثل(?:ه|و|ي)?\s+(?:عن\s+)?)"
# («ممثلون عن السلطات المحلية ومجلس الجهة …»: an unnamed group first, then the named ones with و)
_UNNAMED_GROUP = r"(?:(?:ال)?(?:سلطات|مصالح|قطاعات|هيءات|جمعيات|فعاليات|مءسسات|منظمات|نقابات|وكالات|اتحادات"\
                 r"|نقابتين|جمعيتين|منظمتين|وكالتين|هيءتين|مءسستين)(?:\s+ال[^\s,.;:]+){0,2}\s+)"
# «وفود تمثل ست عشرة دولة، من بينها X»، «هيئات عدة، منها X»: a counted group, then those of it the text names
_DELEGATIONS = r"وفود|ممثلين|ممثلون|ممثلو|ممثلي|مبعوثين|مبعوثون|مبعوثو|مبعوثي|دول|بلدان"   # those sent, or the states
_SOME_OF = (r"(?:(?:" + _DELEGATIONS + r"|هيءات|منظمات|وكالات|جهات|مءسسات|جمعيات)(?:\s+" + GROUP_WORD + r"){0,6}?\s*(?:,\s*)?"
            # («ممثلو المنظمتين الشريكتين، وهما X و Y»: the group, then «and they are» those it names)
            r"(?:(?:من\s+)?(?:بينها|بينهم|ضمنها|ضمنهم)|و?منها|و?منهم|وهما|وهم|وهي)\s+"
            # («وحضرت الأشغال وفود البلدان العشرة الأعضاء: X و Y»: the group, its definite words, a colon, those it
            # names; not «ممثلو الجمعيات قائلين: …», a saying)
            r"|(?:" + _DELEGATIONS + r")(?:\s+ال[^\s,.;:]+){1,4}\s*:\s*)")
# «وشاركت في الاجتماع ١٦ دولة مرسلة ومستقبلة للعمالة، من بينها X»: states counted, then those of them named
# (counted: not «يُنفَّذ في بلدان من بينها X», where it is carried out)
_COUNTED_AMONG = (r"(?=" + ABOUT + r"?(?:" + _COUNT + r"|عدد|مءه|ماءه)\s)" + COUNTED).translate(LETTERS)
# («وقعها في أكتوبر الماضي كل من X و Y»: when, before the list that «كل من» opens)
_ROSTER_WHEN = r"(?:(?:في|خلال)\s+(?:شهر\s+)?[^\s,.;:]+(?:\s+(?:الماضي|المنصرم|الجاري|[\d٠-٩]{4}))?[\s,]+(?=كل من))?"
# («ووقّعها عن الطرفين / عن الوكالات الثلاث كل من X و Y»: for whom all of them sign, before the list)
_ROSTER_FOR = r"(?:" + _FOR_WHOM + r" ال[^\s,]+(?: ال[^\s,]+)?[\s,]+(?=كل من))?"
_ROSTER_LEAD = re.compile(r"[\s,(:]*(?:(?:ايضا|كذلك|بدوره|بدورها)[\s,]+)?" + _ROSTER_WHEN + _ROSTER_FOR + r"(?:كل من\s+)?(?:" + _SOME_OF + "|" + _DELEGATES + "|" + _COUNTED_AMONG + ")?" + _UNNAMED_GROUP + "?" + _SIDE + "?"
                          + _REPRESENTATIVE + "?" + _HONORIFIC + "?" + _OFFICE_OF)
# «X ونظيره الفرنسي Y»: his counterpart, by the nation's adjective, is the next of the list
# («، ممثلة الاتحاد الأوروبي» without «و» is the title of the person before)
# («…، إلى جانب / فضلا عن / بالإضافة إلى (كل من) Y»: one more of the list)
# («… وحكومة جمهورية مالي»: the state by its government; «ممثلون عن …، وعن حكومات X و Y»: more of those they represent)
# («X، ومبعوثين عن وكالات أممية، من بينها Y»: a group, then some of it by name)
_AND = re.compile(r"[\s,]*(?:و\s*" + _REPRESENTATIVE + r"|و\s*(?:" + _SOME_OF + "|" + _DELEGATES + r")|و\s*حكومه\s+|و\s*عن\s+(?:" + GOVERNMENTS + r"|وزارات)\s+|و?\s*(?:نظير(?:ه|ته|ها|هم)\s+\S+\s+|" + _BESIDE_WORDS + r"\s+(?:كل من\s+)?(?:" + _DELEGATES + "|" + _BESIDE_SOME
                  + r")?)?)"
                  + r"(?P<title>" + _HONORIFIC + r")?")
_AND_NEXT = re.compile(r"(?:^|[\s,])و\s*" + _REPRESENTATIVE + "?" + _SIDE + "?" + _HONORIFIC + r"?\Z|(?:^|[\s,])و?"
                       + _HONORIFIC + r"\Z|[\s,]و\Z")
_ENVOY_BEFORE = re.compile(r"(?:^|\s)(?:ال)?سفير(?:ه)?\s+\Z")
_NEXT_SIDE = re.compile(r"\s+و" + _FOR_SIDE + r"\s")
_ENVOY_TITLE = re.compile(r"\s*,\s*(?:ال)?سفير(?:ه)?\s+")
# «تحت الرعاية السامية لصاحب الجلالة الملك»: the patron of an event is not one who attends it
_PATRONAGE = re.compile(r"رعايه")
# «العملية التي أطلقها الملك …»: the agent of a relative clause on another item is named for what he did there
# (not who represents a country there: «المغرب، الذي مثله السفير X»)
_OTHERS_CLAUSE = re.compile(r"(?<!\S)(?:الذي|التي|الذين)\s+(?![يت]?مثل)\S+(?:ه|ها|هم|هما)\s+(?:\S+\s+){0,2}\Z")
# «دعا إلى تنظيم / عقد مؤتمر»، «اقترح تنظيم …»: an event asked for, not one that took place
_PROPOSED = re.compile(r"(?:الي|اقترح\S*|طالب\S*)\s+(?:تنظيم|عقد)\s+\Z")
# («… عن إطلاق (المرحلة الثانية من) مشروع «Y»»: a phase of it, the head noun and the quote mark before a quoted name)
_LAUNCH_OF = re.compile(r"(?:اطلاق|انطلاق)\s+(?:(?:ال)?مرحله\s+\S+\s+من\s+)?(?:(?:مشروع|برنامج|مبادره)\s*[«\"“]?\s*)?\Z")
# what opens another role in a list: those present, taking part, presiding («وقّع X، بحضور Y»)
# («…، خلال حفل …، حضره X»: those who attended the signing's ceremony, a relative clause on it)
_PRESENCE = re.compile(r"(?:^|[\s,])و?(?:بحضور|في\s+حضور|بمشاركه|امام|تحت\s+(?:اشراف|رئاسه)|حضر(?:ه|ها|هما))(?=\s|\Z)")
# «بحضور عامل إقليم الناظور، و…»: an official by his title alone, naming no body, first in a list (``_Sentence.roster``)
_OFFICIAL = re.compile(r"[\s,(:]*(?:كل من\s+)?(?:و)?(?:ال)?(?:عامل|والي|باشا|قاءد|رءيس|رءيسه|منتخبو|منتخبي)\s+"
                       r"[^,.;:]{0,60}?(?:\s*,\s*|\s+(?=و))")
_NEXT_OF_LIST = re.compile(r"\s*(?:و\s*)?" + _REPRESENTATIVE + "?")
# «نظمت X، | بشراكة مع Y | ، ندوة»: a partner trigger in an aside between commas
_ASIDE_OPEN = re.compile(r",\s*\Z")
_ASIDE_CLOSE = re.compile(r"[\s)»”\"]*,")
# «مشروع «Y» | (الذي) تموله السويد | وتنفذه …»: a first verb with its pronoun and subject between an item and a second
# (or a participle with its agent, then a comma or «والذي»: «مشروع «Y»، الممول من طرف X(،) والذي تنفذه Z»)
# an agreement's amount and what it is for: «… بقيمة N، لتمويل / لتنفيذ / لدعم / للمساهمة في تمويل Y»
_GRANT_FOR = re.compile(r"[\s,]*(?:ل|من اجل\s+)(?:تمويل|تنفيذ|دعم|المساهمه\s+في\s+تمويل)\s+")
_GRANT = re.compile(r"(?:منحه|هبه)")       # a grant (not a loan: who borrows signs it with the lender)
_GRANT_REACH = 250                # characters after an agreement where its amount and its purpose stand
# carrying out the activities or components of a programme (its own, unnamed), then by whom
_PARTS_CARRIED = re.compile(r"(?<!\S)(?:و|ف)?(?:(?:س?[تي])?تولي|تولت|(?:س?[تي])?شارك(?:ت)?\s+في|(?:سي|ي)?تم)\s+تنفيذ\s+"
                            r"(?:ال)?(?:انشطه|مكونات|مكون|شق|عمليات)(?:\s+ال[^\s,.;:]+){0,2}\s+(?:(?:من\s+(?:قبل|طرف))\s+)?")
_ITEM_LIKE = {"programme", "project", "plan", "phase", "component"}    # what money goes to
# between a verb and its object: asides of when, where, with whom, not another clause («تحتضن أكثر من … مهاجر، وقد شاركت في
# الاجتماع …»)
_OBJECT_NEXT = re.compile(r"(?:(?!,\s*و)[^.;:]){0,150}")
# «… بين الوزارة والوكالة لإنشاء المركز …»: what an agreement is for, right before a name that is then no party
_PURPOSE_BEFORE = re.compile(r"(?<!\S)ل(?:انشاء|احداث|تنفيذ|تمويل|دعم|تعزيز|تطوير|اقامه|تاسيس)\s+\Z")
# a verb of convening between a fronted invitation and its event («بدعوة من X، التأم / انعقد / عقد … اجتماع»: not
# «بدعوة من X، شارك الوزير في المؤتمر»)
_CONVENES = re.compile(r"(?<!\S)(?:و)?(?:الت(?:ا|ء)م|انعقد|عقد|نظم|اقيم|جري|احتضن|استضاف|انطلق|افتتح|اختتم)(?:ت)?\s")
_DATELINE_DASH = re.compile(r"\A[^.;:]{0,60}?\s[-–—]\s")
_BEFORE_NOW = re.compile(r"(?<!\S)(?:و)?(?:سبق|قد|كان|كانت)\s")
_YEAR = re.compile(r"(?<![\d٠-٩])(?:19|20)[\d]{2}(?![\d٠-٩])")
_OTHER_FORUMS = re.compile(r"(?<!\S)(?:في|خلال)\s+(?:عده|عدد من|مختلف)\s")
_NO_SUBJECT = re.compile(r"(?:الي\s|[\d٠-٩])")     # right after a verb: «إلى» or a count, no subject between
_MONEY_ONLY = {"funding:sahama-bi", "funding:qaddama-mablagh"}    # giving said by its amount only
_FOR_WHOM_WORDS = {"الي", "لصالح", "لفاءده"}
_CONJOINED_REACH = 200          # characters between an item and the second verb of a relative clause on it
_CONJOINED = re.compile(r"[\s,»”\"]*(?:\([^()]{0,30}\)[\s,]*)?(?:ل\S+(?:\s[^\s,.;:«»]+){0,3}\s*,\s*(?=الذي|التي))?(?:(?:(?:الذي|التي)\s)?\S+(?:ه|ها|هما)\s[^,.;:«»]{1,60}?(?:\s*,)?\s"
                        r"|(?:ال)?م\S+\s(?:من\s(?:طرف|قبل|لدن)\s)?[^,.;:«»]{1,60}?(?:\s*,\s*|\s(?=و(?:الذي|التي)\s)))"
                        r"(?:و(?:الذي|التي)\s)?")
# «مشروعا مشتركا لدعم اللاجئين | في مواجهة الجائحة، | تسهم فيه …»: a phrase of the item's own between it and the
# pronoun's clause (a preposition and a few words, no verb's clause: no punctuation inside), then a comma
_AFTER_PHRASE = re.compile(r"(?:[»”\"]?\s+(?:في|من|حول|علي|ضد|عبر|ل\S+|ب\S+)\s?[^,.;:()«»\"]{1,80}?,\s*"
                           # «مشروع «Y» بميزانية قدرها … تمولها X»: its budget, then who funds it (the budget, the item)
                           r"|[»”\"]?\s+(?:ب)?(?:ميزانيه|كلفه|تكلفه|غلاف مالي)\s[^,.;:()«»\"]{1,60}?\s*(?:,\s*)?"
                           # «… لبرنامج «Y» 32 مليون يورو، تساهم فيها X …»: its amount, then who gives a share of it
                           r"|[»”\"]?\s+\d[^,.;:()«»\"]{0,40}?,\s*)(?:علي\s+ان\s+)?")
_GIVER_BEFORE = re.compile(r"(?<!\S)(?:و|ف)?(?:س?[يت])?(?:تحمل|تكفل|مول|ساهم|سهم|قدم|منح|خصص|رصد)(?:ت)?\s+\Z")
# what opens a clause whose subject comes first: its start, «أن/إن/لأن»، «كان»، «حيث/إذ»
_SUBJECT_OPENS = re.compile(r"(?:^|[,:]\s*|(?<!\S)(?:و|ف)?(?:ان|لان|بان|كان|كانت|حيث|اذ)\s+)\Z")
# the words a trigger's lookahead reaches for, right after its agents (past an acronym, an aside between commas)
_AFTER_AGENTS = re.compile(r"[\s»”\")]*(?:\([^()]{0,30}\)\s*)?(?:,[^,.;:]{1,60},\s*)?")
_OBJECT_FIRST = {"implementing:yudaru", "implementing:taqasama"}
_HOSTED_REACH = 80              # characters between a hosting body and the event it hosts (its seat, when)
_AGAIN_REACH = 60               # words before a trigger where a bare head noun may name «it» again
_RIGHT_AFTER = {name: re.compile(p) for name, p in [
    ("implementing:takaffala-bi-tanfidh", r"ب(?:تنفيذ|التنفيذ)\s|ب(?:تسيير|اداره)\s+" + RUN_ITEM),
    ("implementing:takaffala-bi-tanfidhihi", r"ب(?:تنفيذ|تسيير|ادارت)"),
    ("implementing:sahara-ala-tanfidhihi", r"علي تنفيذ"),
    ("funding:takaffala-x-bi-tamwilihi", r"بتمويل"),
    ("implementing:al-jiha-al-munaffidha", r"(?:ال)?(?:جهه|جهات|هيءه|وكاله|شريك)\s"),
    # («أُسند إلى X» and its clause ends, or says what for: not «أُسند إلى X منصب / رئاسة / تتبع …», a task after whom it
    # is given to)
    ("implementing:ukila-ila", r"(?:[.,;:)]|\Z|(?:منذ|في|خلال|علي مدي|ابتداء|بموجب|بتمويل|بدعم|بشراكه|بتعاون|ل\S+)\s)")]}
_ENTRUSTED = re.compile(r"(?<!\S)ب?(?:تنفيذ|تسيير|اداره)\s")
_WORK_OF = re.compile(r"[\s»”\")]*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:و)?(?:هو|هي)\s+\S+\s+)?")   # «Y»، وهو مشروع | من إنجاز X
# «عرض شريط حول مشروع Y | من إنجاز X»: what the work before «من إنجاز» is about, not the work
_ABOUT_BEFORE = re.compile(r"(?:(?<!\S)(?:حول|عن|بشان)\s+(?:\S+\s+)?|(?<!\S)(?:ل|لل|ب|بال)(?:مشروع|برنامج|مبادره|خطه)\s+)[«\"“]?\Z")
_WHILE_WORDS = r"(?:بينما|في حين|فيما)"     # «…، فيما / بينما / في حين …»: a clause of another subject
# «وتموّل X مشروع «Y»، فيما تقوم Z بتنفيذه»: a clause of another subject on the same item
_WHILE_ON_IT = re.compile(r"[\s»”\")]*,\s*(?:و)?" + _WHILE_WORDS + r"\s+")
# (… or after «على أن»: «مشروع «ميد»، على أن تتولى تنفيذه X»)
_ADJACENT = re.compile(r"(?:[?!](?=[»”\"]))?[\s,»”\"]*(?:\([^()]{0,30}\)[\s,]*)?(?:و?(?:الذي|التي|اللذين|اللتين)\s+|علي\s+ان\s+|حيث\s+)?(?:قد\s+)?")
# where a signing took place, between the verb and its signatories (not «بحضور»: who attend are no signers)
_SIGNED_WHERE = re.compile(r"(?:في|ب)(?!حضور)(?:(?!بحضور)[^,.;:()«»]){1,80}?\s(?=كل من\s|" + _HONORIFIC + ")")
_PREPARED = re.compile(r"(?:الذي |التي |و)?اعد")     # «أعدّه، أعدته»: prepared (a study only, ``study_word``)
_VISITS = {"زياره", "بزياره", "لزياره"}
_OWN_VISIT = re.compile("زيارت(?:ه|ها|هم)$")     # its own visit («زيارتها إلى تونس»)
_NOT_OF_A_VISIT = {"funding", "implementing", "partner"}
_STUDY_VISITS = {"دراسيه", "تدريبيه", "تكوينيه", "ميدانيه", "استطلاعيه", "تبادليه"}
_EVENT_REACH = 300               # characters before its sentence where the event a participant attends may be named
_DIGIT = re.compile(r"\d")
_GOVERNMENTS = {"Ministry", "NationalGovernment", "GovernmentDepartment"}
# «X، (مدير الهجرة،) ممثلا للوزارة …»: whom the person represents, in the apposition right after the name
_REPRESENTING_BODY = re.compile(r"\s*,\s*ممثل(?:ا|ه)\s+(?=ل)")    # right after a title: «…، ممثلا للوزارة»
_REPRESENTING = re.compile(r"\s*,\s*(?:[^,.;:]{0,60},\s*)?ممثل(?:ا|ه)\s+(?:عن\s+|(?=ل))")   # («ممثلة عن المجلس»)
_ON_WORD = re.compile(r"علي\s+")
_SHARED_WORD = re.compile(r"\sالمشترك(?:ه)?\sبين\s")
_IN_EVENT = re.compile(r"\s*في\s+(?:(?:اشغال|اعمال|فعاليات|افتتاح|اختتام)\s+)?")
# «… بـ12 مليونا (،) والوكالة الفرنسية بثلاثة ملايين»: from a share to the next funder, and from a funder to its share
_NEXT_SHARE = re.compile(r"[\s,]*(?:(?:فيما|بينما|في حين)\s+)?")
_SHARE_GAP = re.compile((r"\s*,?\s*ب\s*(?:(?:مبلغ|ما قيمته|ما قدره|نحو|حوالي|ما يناهز)\s+"
                         r"|(?:غلاف مالي|مساهمة مالية|مساهمة)\s+(?:قدره\s+|قدرها\s+|قيمته\s+|قيمتها\s+|بقيمة\s+)?)?")
                        .translate(LETTERS))
_IN_IT = re.compile(r"\sفي(?:ه|ها)\s*\Z")      # «ويشارك فيه …»: taking part in what the pronoun refers to
_ATTENDED_IT = re.compile(r"حضرت?(?:ه|ها)\s")   # «كما حضرتها X»: attending what the pronoun refers to
_PROCEEDINGS_NAMED = re.compile(r"(?<!\S)(?:الاشغال|الاعمال|الفعاليات)(?!\S)")
_IN_ITS_EVENT = re.compile(r"\s*في\s+(?:اشغال|اعمال|فعاليات)(?:ه|ها)(?![^\s,.;:])")
_CEREMONIES = {w.translate(LETTERS) for w in ("حفل", "مراسم", "مراسيم", "احتفال", "موكب")}   # a ceremony's own words
_OPENINGS = {w.translate(LETTERS) for w in ("افتتاح", "اختتام")}
# nouns any event is, whatever its own head: «اللقاء» or «الفعالية» of a «ورشة»
_ANY_EVENT = {w.translate(LETTERS) for w in ("لقاء", "تظاهرة", "فعالية", "جلسة")}   # (a sitting: of the event spoken of)
# the sittings or the proceedings of the event spoken of: «وشارك في الجلسات / الأشغال / الأعمال وفود من …»
_SITTINGS = {w.translate(LETTERS) for w in ("جلسات", "أشغال", "أعمال", "فعاليات")}
# what the proceedings of an event follow when they stand for it: a verb of opening, closing or attending, «في»، «خلال»
_PROCEEDINGS_GOVERNED = {w.translate(LETTERS) for w in ("في", "خلال", "هامش", "افتتح", "افتتحت", "اختتم", "اختتمت",
                                                        "حضر", "حضرت", "تابع", "تابعت", "ترأس", "ترأست", "افتتاح",
                                                        "اختتام", "انطلاق", "مستهل", "ختام")}
_PROCEEDINGS = re.compile(r"(?:هذه\s+)?(?:الاشغال|الفعاليات|الاعمال)\s")
_EVENT_LEAD = re.compile(r"(?:(?:اشغال|اعمال|فعاليات|جلسات|افتتاح|اختتام|هذا|هذه)\s+){0,2}[«\"“]?")   # «أشغال هذه الندوة», a quoted name
_RELATIVE = re.compile(r"(?:الذي|التي)\s")
_PLURAL = re.compile(r"(?<!سا)(?<!س)(?:هما|هم)\s")
_THEN = re.compile(r"\sثم\s|;")
_WHILE = re.compile(r"(?:^|\s|,)(?:" + _WHILE_WORDS + r"|ثم)\s|;")     # a clause of another subject begins
_JOINTLY = re.compile(r"\s*(?:(?:بشكل مشترك|مناصفه)\s+)?(?:كل من\s+)?")   # «وترأس المؤتمر بشكل مشترك / مناصفة كل من …»
_STOPS = re.compile(r"[.;:]")
# «وفد مغربي»، «وفود مغربية»: a delegation and its nation's adjective (``_Sentence.delegation``)
_DELEGATION = re.compile(r"\s*(?:[^\s,.;:]+\s+)?(?:وفد|وفدا|وفود)\s+(?P<adjective>[^\s,.;:]+)")
# «… وفد (رفيع المستوى) ترأسه / يقوده X»
_DELEGATION_OF = re.compile(r"\s*وفد\s+")       # «ترأس وفد نيجيريا …»: a country's delegation, in construct
_HEADED_DELEGATION = re.compile(r"\s*(?:ال)?وفد\s+(?P<adjective>ال[^\s,.;:]+)\s*")   # «ترأس الوفد المالي …»
_LED = re.compile(r"\s*وفد(?:ا)?\s+(?:[^\s,.;:]+\s+){0,3}?(?:[تي]?(?:تراس|قود)|قاد|تراس)(?:ت)?(?:ه|ها)\s+")
_HALL = re.compile(r"(?:(?:ال)?(?:قاعه|رحاب|فضاء)(?:\s+(?:ال)?(?:اجتماعات|ندوات|محاضرات|عروض|كبري|رءيسيه))?\s+(?:ب?مقر\s+)?|مقر\s+)")
_JOINT_CHAIR = re.compile(r"\S*\s*تحت")
# «هذا الدعم»، «هذه المبادرة»: a demonstrative refers back to something named before
_REFERS_BACK = re.compile(r"(?:هذا|هذه|ذلك|تلك)\s")
_DEMONSTRATIVE = re.compile(r"(?:هذا|هذه)\s+\Z")
_OCCASION = re.compile(r"(?:^|\s)(?:و)?(?:ب|في)(?:هذه\s+)?المناسبه(?=[\s,.;:]|\Z)")   # «وبهذه المناسبة»، «بالمناسبة»
# «وفي الجلسة الافتتاحية»، «في كلمته الختامية»، «في كلمة افتتاحية»: the opening or closing of the document's event
# («، في كلمته / في كلمة له / في مداخلتها،»: a speech given, with no other occasion named, is given there too)
# «وألقى السيد X … كلمة»، «وقدمت السيدة Y عرضا حول …»: a speech or a talk delivered (at the document's event)
# (the noun not in construct: «ورقة الطريق» is no talk)
# «من جهته، أكد السيد X»، «بدورها، أبرزت …»: one more who speaks, at the event the others spoke at
_BY_ITS_WORD = re.compile(r"(?:^|\s)(?:و)?(?:ب|في\s+)(?:ال)?(?:مدينه|عاصمه)\s+\Z")   # «بمدينة X»: X marked as where
_SAID_ELSEWHERE = re.compile(r"(?<!\S)(?:في|عبر|ضمن)\s+(?:بيان|تصريح|رساله|تدوينه|حوار|مقابله)")   # … not at the event
# between an event and the relative clause on it: nothing, a comma, or the clause's first verb and its subject
# («ندوة علمية نظمها المرصد واحتضنتها كلية الحقوق»)
_FIRST_VERB_CLAUSE = re.compile(r"\s*,?\s*[^,.;:«»]{1,80}\s"
                                # (or the event's own complement, closed by a comma: «دورة … لفائدة 260 باحثا، واحتضنتها
                                # X»; not a clause of its own, «، وأعلنت أن …،»)
                                r"|\s+(?!و)[^,.;:«»]{1,80},\s")
_CAMPAIGN = "حمله"
_HOSTED_IT = re.compile(_HOSTED_IT_VERB + r"(?=\s)")     # the verb of «… احتضنها مقر X»
# («كما تدخلت السيدة X»، «وتدخل السيد Y»: one more who takes the floor)
_IN_TURN = re.compile(r"\s*(?:و)?(?:من\s+جهت|بدور|من\s+جانب)(?:ه|ها)\s*,|\s*(?:و|كما\s+)?" + TAKES_THE_FLOOR)
# «فيما دعا الأستاذ X …»، «كما شدد السيد Y»: one more who speaks, as an event's report goes on
_ALSO = re.compile(r"\s*(?:و)?(?:فيما|كما|بينما)\s+")
# «كما أكد X، الشهر الماضي، …»، «في وقت سابق»: said before the event, not there
_EARLIER = re.compile(r"(?<!\S)(?:(?:الشهر|العام|الاسبوع|السنه)\s+(?:الماضي|المنصرم|الفارط)|في\s+وقت\s+سابق|سابقا)(?=[\s,.;:]|\Z)")
_TALK_GIVEN = re.compile(r"(?:^|\s)(?:و)?(?:القي|القت|قدم|قدمت)\s[^.;:]{0,120}?\s(?:كلمه|مداخله|عرضا|محاضره|ورقه)"
                         r"(?:\s+(?:الافتتاح|الاختتام))?"     # («وألقت X كلمة الافتتاح»)
                         r"(?=[,.;:]|\Z|\s+(?!ال))")
_SESSION = re.compile(r"(?:^|\s)(?:و)?(?:في|خلال|ب)\s*(?:ال)?(?:جلسه|كلمه|كلمته|كلمتها)\s+(?:ال)?(?:افتتاحيه|ختاميه)(?=[\s,.;:]|\Z)"
                      r"|(?:^|\s)(?:في|خلال)\s+كلمه\s+(?:الافتتاح|الاختتام)(?=[\s,.;:]|\Z)"    # («في كلمة الافتتاح»)
                      r"|(?:^|\s)(?:في|خلال)\s+(?:كلمت|مداخلت)(?:ه|ها)(?:\s+امام\s+(?:ال)?(?:مشاركين|مشاركات|حاضرين|حضور))?"
                      r"\s*(?=[,.;:]|\Z)"     # («في كلمتها أمام المشاركين:»)
                      r"|(?:^|\s)(?:في|خلال)\s+(?:كلمه|مداخله)\s+ل(?:ه|ها)\s*(?=[,.;:]|\Z)")
# «… لهذا المشروع الممول من X»: a bare or demonstrative item noun right before a trigger is what it is about
_REFERRED_AFTER = re.compile(r"\s*(?:(?:هذا|هذه)\s+(?:ال)?|ال)(?P<head>\w+)(?=[\s,.;:]|\Z)")
# «البرنامج الجديد»، «رصدت X للمبادرة الجديدة»: the document's new item, not the last one its sentence names
_NEW = re.compile(r"\s+الجديد(?:ه)?(?=[\s,.;:]|\Z)")
_TO_THE_NEW = re.compile(r"\s*لل(?P<head>\w+)(?=" + _NEW.pattern + ")")
# between an item's noun and its name, its adjectives: «المشروع الإقليمي «نور»»، «المشروع المسمى «نور»»
_NAMED_NEXT = re.compile(r"(?:\s+ال[^\s,.;:«»\"“”]+){0,2}\s*[«\"“]?")
# (a comma between: «ويأتي هذا المشروع، الممول من قبل X، …»)
_REFERRED = re.compile(r"(?:^|\s)(?:و|ف)?(?:ل|ب)?(?:(?:هذا|هذه)\s+(?:ال)?|ال|لل)(?P<head>\w+)\s*(?:,\s*)?\Z")
# an item the sentence speaks of without naming it (مشروعا أول، ثلاثة مشاريع): the topic does not stand in
# (nor a study: «وهي دراسة أنجزت بتمويل من X» funds the study, not the document's event)
_UNNAMED = {stem(w.translate(LETTERS)) for w in ("مشروعا", "مشاريع", "مشروعات", "برنامجا", "برامج", "مبادرات", "دراسة",
                                                 "دراسات")}
# agreements counted, «وقعت X ثلاث اتفاقيات تعاون مع …»: none the document names is signed (an event may still be)
_UNNAMED_AGREEMENTS = {stem(w.translate(LETTERS)) for w in ("اتفاقيات", "اتفاقات", "اتفاقيتين", "مذكرات")}
# «X (ACR) بالمغرب بشراكة مع Y»: between an agent and a partner trigger, its acronym or its place only
_BOARDS = {"مجلس", "لجنه", "هيءه"}     # a board, committee or body in construct with whose it is (مجلس أمناء مؤسسة …)
# (or the nisba that describes it after its name in quotes: «منظمة «إنترسوس» الإيطالية، الشريك المنفذ …»)
_AGENT_GAP = re.compile(r"[\s,»”\"()]*(?:\([^()]{0,30}\)[\s,]*)?(?:ب\S+\s*|(?<=[»”\"] )(?!الذي|التي)ال\S+يه?[\s,]*)?")
_OF = re.compile(r"\s+من\s+(?:(?:مشروع|برنامج)\s+)?[«\"“]?")
_LATIN = re.compile(r"[A-Za-z]")
# a list closes its clause (a comma, the end, a phrase of where, when or for whom) or goes on (و)
_LIST_END = re.compile(r"[\s)»”\"]*(?:\([^()]{0,30}\)\s*)?(?:[,.;:]|و|\Z|(?:في|خلال|منذ|لفائده|لصالح|علي مدي|يوم|يومي"
                       r"|اليوم|امس|بمبلغ|بقيمه|بغلاف)\s)")     # (… X بمبلغ 12,5 مليون يورو: how much, the clause's)
_BELONGS_TO = re.compile(r"[\s)»”\"]*التابع(?:ه)?\s+(?=ل)")      # «… التابعة لوزارة الداخلية»: whose the body is
_ONE_WORD = re.compile(r"[^\s,.;:()«»]*")
_RELATIVE_TRIGGER = re.compile(r"(?:و|ف)?(?:الذي|التي)\s")
_IN_RELATIVE = re.compile(r"(?<!\S)(?P<pronoun>(?:الذي|التي)\s)[^,.;:()«»]{0,80}\Z")
# «X تخصص / تمنح / تقدم (دعما) / تموّل / تدعم … Y»، «X، التي تموّل Y»: the funder before the verb, the item after it
_FUNDS = re.compile(_W + r"(?:(?:الذي|التي)\s+)?(?:س?[تي](?P<verb>خصص|منح|قدم|مول|دعم)|(?P<past>خصص|منح|مول|دعم)ت)\s")
# its acronym in brackets (or its closing bracket, the acronym being the name), a comma before «التي»
_FUNDER_GAP = re.compile(r"\)?[\s,»”\"]*(?:\([^()]{0,30}\)[\s,]*)?(?:قد\s+)?")     # «وكانت X قد مولت»
_OFFERED = re.compile(r"(?:ال)?(?:دعم|تمويل|منح|مساهم|هب|قرض)\S*\s")   # تقدم X: funding only when it offers money
_STOP_WORDS = {"في", "من", "الي", "علي", "عن", "مع", "بين", "خلال", "يوم", "منذ", "بعد", "قبل"}
_FUNDED_REACH = 100               # characters between the verb and the item it funds
# «قدّم X منحة قدرها … إلى المفوضية»، «وقدمت X للمنظمة مليوني دولار»، «تبرعت X بمبلغ … لـY»: a donor gives money
# to a body; «تلقت المفوضية مساهمة … من X»، «عن تلقيها منحة من X»: a body receives it from a donor
# «وخصصت X مليون يورو للمنظمة»، «إسبانيا تخصص … لمشاريع مع المنظمة»: allocating money to a body is giving it
_GIVES = re.compile(_W + r"(?:و|ف)?(?:قد\s)?(?:(?:(?:س?[تي])?(?:قدم|منح|تبرع|خصص)|سلم|س?يسلم)(?:ت)?\s"
                    # «وأعلنت X عن تخصيص …»، «وقررت X منح …»، «أعلن X عن منحة للمفوضية»: announcing or deciding the giving
                    r"|(?:[تي]?علن|اعلن|[تي]?قرر|قرر)(?:ت)?\s(?=[^.;]{0,60}?\s(?:عن\s)?(?:تخصيص|منح|منحه|هبه|تقديم|رصد|مساهمه)\s))")
_RECEIVES = re.compile(_W + r"(?:و|ف)?(?:قد\s)?(?:(?:س?[تي])?(?:تلقي|تسلم)|تلقت|تسلمت|تلقي(?:ها|ه))\s")
_SHE_THAT = re.compile(r"(?:^|\s)(?:ب)?ان(?:ها|ه)\s+\Z")      # «أعلنت X أنها تلقت»: X is the subject
# (and what is given in kind, handed over: «سلّمت إسبانيا للدرك الملكي دفعة جديدة من المعدات»)
_MONEY_WORD = re.compile(r"(?:^|\s)(?:ب|و)?(?:ال)?(?:منحه|هبه|مساهمه|تمويلا|تمويل|دعما ماليا|مبلغ|غلافا|معدات|تجهيزات|دفعه|شحنه)"
                         r"(?=[\s,.;:]|\Z)")
# «… لتنفيذ البرنامج»، «… لتمويله»: what the money given to a body is for, named again
_FOR_IT = re.compile(r"(?<!\S)ل(?:تنفيذ|تمويل|دعم|انجاز)(?:ه|ها|\s+(?:هذا\s+|هذه\s+)?ال(?:برنامج|مشروع|مبادره|خطه|حمله|عمليه))(?=[\s,.;:]|\Z)")
# «، يوم الخميس 14 مارس 2024 بالرباط،»: an aside of when (and where), not another clause («، بانتظار …،»)
_WHEN_ASIDE = re.compile(r"\s*,\s*(?:يوم|يومي|امس|اليوم|مؤخرا|صباح|مساء|خلال)(?!\S)[^,.;:]{0,60},\s*")
_TO = re.compile(r"(?:^|\s)(?:إلى|لفائدة|لصالح)\s+\Z".translate(LETTERS))     # «… إلى المفوضية»، «… لفائدة المفوضية»
# … not where people go back or travel to: «المهاجرين العائدين إلى غينيا»
_GOING_BACK = re.compile(r"(?:^|\s)(?:ال)?(?:عائد(?:ين|ون)|عودة|عودتهم|رحلة|مرحلين)\s+إلى\s+\Z".translate(LETTERS))
# «… لمشاريع مع المنظمة»، «لأنشطة تنفذها المنظمة»: money for the work a body does, with it or by it, is the body's
_FOR_ITS_WORK = re.compile((r"(?:^|\s)ل(?:مشاريع|برامج|أنشطة|مبادرات|عمليات)(?:\s+(?:مشتركة|أخرى))?\s+(?:مع|تنفذها|تديرها)\s+\Z")
                           .translate(LETTERS))
_FROM_AFTER_COMMA = re.compile(r",\s*من\s")
_FROM = re.compile(r"(?:^|\s)من\s+(?:(?:طرف|قبل|لدن)\s+)?\Z")
# «و250.000 يورو من الوكالة السويسرية»، «5 ملايين يورو مساهمة من X»: an amount that comes from a funder
_SHARE_FROM = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:مساهمه\s+(?:ماليه\s+)?)?من\s+(?:(?:طرف|قبل|لدن)\s+)?")
# «4 ملايين يورو، منها 3 ملايين …»، «ويتوزع تمويله على الشكل التالي: …»، «موزعة بين …»: a total, then its shares
_BREAKDOWN = re.compile(r",\s*(?:و)?منها\s|(?<!\S)(?:و)?(?:[يت]توزع|توزع|موزعه|موزعا)\s")
_GIVING_REACH = 160               # characters of the clause where the money and who gets it stand
_GIVES_NEEDS, _RECEIVES_NEEDS = required(_GIVES), required(_RECEIVES)
# A body that gives one total to several items, or calls for projects and then says who gets what, is the funder
# of each share the document names after it with no funder of its own (``_Sentence.giver``, ``shares_given``):
# «رصدت X مبلغا إجماليا … لتمويل ثلاثة مشاريع»، «أعلنت X عن نتائج طلب العروض …»، «الدعوة … التي أطلقتها X»
_PACKAGE = re.compile(_W + r"(?:و|ف)?(?:قد\s)?(?:(?:س?[تي])?(?:رصد|خصص|قدم|منح|تبرع|عتمد)|رصد|اعتمد|عبا)(?:ت)?\s")
_SEVERAL = re.compile(r"(?<!\S)(?:(?:ل|لتمويل\s+|لدعم\s+|علي\s+)(?:ال)?(?:مشاريع|برامج|مبادرات|جمعيات)|(?:ال)?حزمه"
                      r"|(?:ل|لتمويل\s+|لدعم\s+|علي\s+)?(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)(?:ه)?\s+(?:مشاريع|برامج|مبادرات|جمعيات)"
                      r"|(?:س)?[تي]توزع)(?!\S)")
_CALL = re.compile(r"(?<!\S)(?:ب|ل|و)?(?:ال)?(?:طلب\s+(?:ال)?(?:عروض|مشاريع)|دعو(?:ه|ات)\s+(?:ال)?(?:مشترك(?:ه)?\s+)?(?:ل)?تقديم)(?!\S)")
_CALLER = re.compile(_W + r"(?:و|ف)?(?:(?:[تي])?(?:علن|كشف|طلق|نشر)|اعلن|اطلق)(?:ت)?(?:ه|ها)?\s")
# the shares: «حصلت جمعية Y على منحة بقيمة …»، «فيما استفادت Y من 480 ألف درهم»، «ويحظى مشروع Y بمبلغ …» (who
# gets it after the verb, or before it: «التي ظفرت بدعم قدره …»)، «كما خُصص مبلغ … لمؤسسة Y»، «الذي خصص له …»
_GETS = re.compile(_W + r"(?:و|ف|اذ\s)?(?:(?:الذي|التي)\s)?(?:س?[تي](?:حصل|نال|ظفر|نتفع|ستفيد|حظي)|حصل|نال|ظفر|انتفع|استفاد|حظي)(?:ت)?\s")
_ALLOTTED = re.compile(_W + r"(?:و|ف)?(?:كما\s)?(?:(?:الذي|التي)\s)?(?:تم\s+(?:تخصيص|رصد|صرف)|خصص(?:ت)?|رصد(?:ت)?)\s+"
                       r"(?P<own>ل(?:ه|ها)\s+)?(?:(?:ال)?مبلغ\s+(?:مالي\s+)?(?:قدره\s+)?)?")
_SHARE_PAYS = re.compile(_W + r"(?:و|ف)?(?:اما\s+)?(?:ال)?(?:شطر|قسط|جزء|حصه|دفعه)\s[^.;:]{0,60}?\s(?:ف|و)?س?[يت]مول\s")
_ALLOTTED_TO = re.compile(r"\s*(?:لفائده\s+|الي\s+)?")
_FOR_ITEM = re.compile(r"\s*(?:ل(?:تنفيذ|تمويل|دعم|انجاز)\s+)?")     # «… على عشرة ملايين لتنفيذ برنامج «Y»»
# The labels of a fact sheet's lines («الجهة الممولة:»، «الشريك المنفذ:»، «الشركاء:»، «مناطق التدخل:»)
_LABEL_LINE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:"
    r"(?P<implementing>(?:ال)?(?:شريك|شركاء)\s+(?:ال)?منفذ(?:ون|ين)?|(?:ال)?(?:جهه|جهات|وكالات|هيءه|هيءات)\s+(?:ال)?منفذه"
    r"|(?:ال)?منفذ(?:ون)?|(?:ال)?تنفيذ|(?:ال)?جهه\s+(?:ال)?مسءوله\s+عن\s+(?:ال)?تنفيذ)"
    r"|(?P<funding>(?:ال)?(?:جهه|جهات)\s+(?:ال)?(?:ممول|مانح)(?:ه)?|(?:ال)?ممول(?:ون|ين)?(?:\s+(?:ال)?(?:رءيسي|اساسي))?"
    r"|(?:ال)?مانح(?:ون|ين)?|(?:ال)?تمويل|بتمويل\s+من|مصدر\s+(?:ال)?تمويل)"
    r"|(?P<partner>(?:ال)?(?:شريك|شركاء)(?:\s+(?:ال)?[^\s:]+)?|بشراكه\s+مع)"
    r"|(?P<where>(?:ال)?(?:مناطق|منطقه|مكان|اماكن)\s+(?:ال)?(?:تدخل|تنفيذ)|(?:ال)?(?:محافظات|ولايات|جهات|اقاليم|مدن)(?:\s+(?:ال)?معنيه)?)"
    r"|(?P<countries>(?:ال)?(?:بلد|بلدان|دول)(?:\s+(?:ال)?(?:مستفيده|معنيه|تدخل))?)"
    r")[ \t]*:\s*")
_LABELLED = {"funding": ("funding", "funding", "funding:label"),
             "implementing": ("participation", "implementing", "implementing:label"),
             "partner": ("participation", "partner", "partner:label")}
_SERVED_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]*)?(?:(?:ال)?مستفيد(?:ون|ين)|(?:ال)?(?:فءه|فءات)\s+(?:ال)?مستهدفه"
                           r"|(?:ال)?(?:جهه|جهات)\s+(?:ال)?مستفيده)[ \t]*:\s*")
_LINE_TEXT = re.compile(r"[^\n.;]{0,120}")
_FROM_GIVER = re.compile(r"\s*(?:,\s*)?(?:(?:مقدمه|ممنوحه|بتمويل|بدعم)\s+)?من\s+(?:(?:طرف|قبل|لدن)\s+)?")
_ANNOUNCER = re.compile(r"(?<!\S)(?:و|ف)?(?:[تي])?(?:علن|اعلن|قدم|منح|دعم|مول|خصص|رصد)(?:ت)?\s+\Z")   # «وأعلنت X عن دعم …»
_NEEDED_BY = {p: required(p) for p in (_CALL, _SEVERAL, _GETS, _ALLOTTED, _SHARE_PAYS)}     # (a sentence without them: no scan)
_HEAD_OF_TITLE = re.compile(r"[^\s\"«»“”]{2,12}\s*[\"«“”]\s*")    # «لمشروع «» before a title in quotes
_PLACE_THEN = re.compile(r"[\s,]*")    # between a place that locates a name and the relative clause after it
_SHARE_REACH = 90           # characters from who gets a share to its amount
_GETTERS = {"organization", "programme", "project", "component", "phase"}
# «تعاونت X مع Y»، «وتعمل X جنبا إلى جنب مع Y»، «تعمل X بشراكة وثيقة مع Y»: X works together with Y (the verb, its
# subject after it or right before it, then the way of working together and «مع»)
_COOPERATES = re.compile(_W + r"(?:و|ف)?(?:قد\s|(?:الذي|التي)\s)?(?:(?:س?[تي])?(?P<verb>تعاون|عمل)|(?P<past>تعاونت|تعاون|عملت))\s")
_TOGETHER = {"تعاون": re.compile(r"\s*(?:(?:بشكل|بصوره) (?:وثيق|مباشر)\s+)?مع\s+"),
             "عمل": re.compile(r"\s*(?:جنبا الي جنب|(?:بشراكه|بتعاون|بتنسيق)(?: وثيق(?:ه)?)?|يدا بيد)\s+مع\s+")}
_COOPERATES_NEEDS = required(_COOPERATES)
# «بقية الوكالات المشاركة في البرنامج، وهي X، وY»، «الدول الأعضاء في المشروع، وهي …»: agents named by a plural
# noun and a word of taking part in an item, then listed after «وهي / وهم / هما» (or a colon)
_MEMBERS = re.compile((_W + r"(?:و|ف)?(?:ال)?(?:وكالات|منظمات|هيئات|جهات|مؤسسات|جمعيات|دول|بلدان|أطراف|شركاء)"
                       r"\s+(?:ال)?(?:مشارك(?:ة|ون|ين)|شريك(?:ة)?|منخرط(?:ة|ون|ين)|أعضاء)\s+في\s+(?:(?:هذا|هذه)\s+)?")
                      .translate(LETTERS))
_NAMED_AFTER = re.compile(r"\s*(?:,\s*(?:و)?(?:هي|هم|هما)\s+|:\s*)")
# «وحضر الاجتماعَ إلى جانبه السيد Y»: beside the person named before
_BESIDE = re.compile(r"(?:^|\s)(?:و|ف)?حضر(?:ت)?\s+(?:\S+\s+){0,3}?الي جانبه\s")
_BESIDE_NEEDS = required(_BESIDE)
# «بحضور ممثلين عن البلدان الأربعة»، «بمشاركة الدول المعنية»: the countries named before, by a group noun again
_COUNTS = {w.translate(LETTERS): n for n, words in enumerate((("الثلاث", "الثلاثة"), ("الأربع", "الأربعة"),
                                                                 ("الخمس", "الخمسة"), ("الست", "الستة")), 3)
           for w in words} | {"اثنين".translate(LETTERS): 2}
_COUNTRIES_AGAIN = re.compile((r"(?:^|\s)(?:و)?ب(?:حضور|مشاركة)\s+(?:(?:ممثلين عن|ممثلي|وفود|وفد)\s+)?"
                               r"(?:البلدان|الدول)\s+(?P<count>الثلاثة?|الأربعة?|الخمسة?|الستة?|المعنية|الأعضاء|الشريكة)"
                               r"(?=[\s,.;:]|\Z)").translate(LETTERS))
_COUNTRIES_AGAIN_NEEDS = required(_COUNTRIES_AGAIN)
# «بمبادرة من X | وبدعم من Y»: an initiative and the support coordinated right after its initiators
_INITIATIVE = re.compile(_W + r"(?:و|ف)?بمبادره (?:مشتركه )?من\s")
_INITIATIVE_NEEDS = required(_INITIATIVE)
_SUPPORTED = re.compile(r"[\s)»”\"]*(?:\([^()]{0,30}\)\s*)?,?\s*وب(?:دعم|مساعده|مواكبه) (?:تقني |مالي )?من\s+")
# «شراكة (طويلة الأمد) بين الوكالتين»، «التعاون بين البلدين»: a partnership between two bodies named again by a dual
# Two bodies named again by a dual, without its ending (ـين، ـان): the parties, the agencies, … the two countries
_DUALS = r"(?:الطرف|الجانب|الشريك|الوكالت|المنظمت|المؤسست|الهيئت|الجمعيت|الوزارت|البلد|الحكومت|الدولت|الوزير)"
_DUAL_COUNTRIES = tuple(w.translate(LETTERS) for w in ("البلد", "الحكومت", "الدولت"))   # … of countries only
_DUAL_PERSONS = tuple(w.translate(LETTERS) for w in ("الوزير",))   # … of persons only
_MINISTER_NEAR = re.compile(r"(?<!\S)(?:و|ب|ل)?(?:ال)?(?:وزير|نظير)")
_BETWEEN_BOTH = re.compile((r"(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:ال)?(?:شراكة|تعاون)(?:\s[^\s,.;:]+){0,3}?\sبين\s+"
                            r"(?P<dual>" + _DUALS + r"ين)(?=[\s,.;:]|\Z)").translate(LETTERS))
_BETWEEN_BOTH_NEEDS = required(_BETWEEN_BOTH)
# «مذكرة تفاهم بين البلدين»، «ووقع الطرفان اتفاقية …»: an agreement between, or signed by, two bodies named again by
# a dual (after the agreement, or as the verb's subject before it)
_AGREED_BETWEEN = re.compile((r"\s*بين\s+(?P<dual>" + _DUALS + r"ين)(?=[\s,.;:]|\Z)").translate(LETTERS))
_BOTH_SIGNED = re.compile((_W + r"(?:و|ف)?(?:قد\s)?(?:وقع|أبرم|[يت]وقع|س[يت]وقع)(?:ت|ا|تا)?\s+(?P<dual>" + _DUALS
                           + r"ان)\s+(?:(?:على|اليوم|أمس)\s+)?").translate(LETTERS))
# «وكان البلدان قد وقعا (في نوفمبر 2021) إعلان نوايا»: the dual first, the verb's dual after it
_BOTH_SIGNED_AFTER = re.compile((_W + r"(?:و|ف)?(?P<dual>" + _DUALS + r"ان)\s+(?:قد\s+)?(?:وقعا|أبرما|[يت]وقعان)\s+"
                                 r"(?:(?:على|اليوم|أمس)\s+)?(?:(?:في|خلال|يوم)\s+[^,.;:]{0,30}?[\d٠-٩]{4}\s+)?")
                                .translate(LETTERS))
_BOTH_SIGNED_NEEDS = required(_BOTH_SIGNED)
_BOTH_SIGNED_AFTER_NEEDS = required(_BOTH_SIGNED_AFTER)
_AGREED_BETWEEN_NEEDS = required(_AGREED_BETWEEN)
_DUAL_REACH = 30    # mentions read back for the two a dual names again
# a dual as the agents a trigger reads after it (``_Sentence.chain``), its words as «ذاتهما / نفسهما» may follow
# (not «الوزيران», read with their titles, ``_BOTH_SIGNED_AFTER``; nor «البلدان», as often a plural: countries)
_HEADED_DUALS = {w.translate(LETTERS): h.translate(LETTERS) for w, h in (("الجمعيت", "جمعية"), ("الوزارت", "وزارة"))}


def _dual_head(dual: str) -> str | None:
    """The head noun of the bodies a dual of one kind names («الجمعيتان»: جمعية); None for the loose ones («الطرفان»،
    «المنظمتان»: any two bodies, as the press uses them)."""
    return next((h for w, h in _HEADED_DUALS.items() if dual.startswith(w)), None)


_SAME_TWO = re.compile(r"\s+(?:ذاتهما|نفسهما|ذاتاهما|نفساهما)(?=[\s,.;:]|\Z)")     # «الجمعيتان ذاتهما»: the same two
# the duals that name two bodies of any kind («الوكالتان الأمميتان»، «المنظمتان»): named together, maybe long before
_TOGETHER_REACH = 120   # mentions read back for two bodies named together (a long document reads no more)
# what may follow such a dual: nothing of its own, or the adjective of international bodies («الأمميتان»، «الدوليتين»)
_INTERNATIONAL_DUAL = re.compile(r"(?!\s+ال)|\s+ال(?:امميت|دوليت|شريكت)(?:ان|ين)(?![^\s,.;:])")
_AGENCY_DUALS = tuple(w.translate(LETTERS) for w in ("الوكالت", "المنظمت", "المؤسست", "الهيئت"))
_DUAL_ANYWHERE = re.compile((_DUALS + r"(?:ان|ين)").translate(LETTERS))
_DUAL_AGENTS = re.compile((r"[\s,]*(?:كل من\s+)?(?P<dual>(?!البلدان|الوزير)" + _DUALS + r"(?:ان|ين))(?=[\s,.;:]|\Z)")
                          .translate(LETTERS))
# «مشروع Y الذي يجمع X و Z»، «لقاء يضم X و Z»: who an item brings together, right after it
# (past too: «لقاء جمع X و Y»، «اجتماع ضم ممثلي X و Y»)
_GATHERS = re.compile((_W + r"(?:(?:الذي|التي)\s+)?(?:(?:ي|ت)(?:جمع|ضم)|(?:جمع|ضم)(?:ت)?)\s+(?:بين\s+)?").translate(LETTERS))
# «ويجمع المشروع كلا من X و Y»، «ويضم البرنامج شركاء من بينهم X و Y»: the item after the verb, then whom it brings
# together; «ويشارك في المشروع كل من X و Y»، «وينخرط في البرنامج X»: who takes part in a programme or project
_GATHERS_ITEM = re.compile((_W + r"(?:و|ف)?(?:(?:ي|ت)(?:جمع|ضم)|(?:جمع|ضم)(?:ت)?)\s+").translate(LETTERS))
_TAKES_PART_IN = re.compile((_W + r"(?:و|ف)?(?:[يت])?(?:شارك|نخرط)(?:ت)?\s+في\s+").translate(LETTERS))
# who the bodies named before are: «هم»، «وهي:»، «من بينهم»، «أبرزهم»، «في مقدمتهم»
_THEY_WHO = r"(?:(?:من )?بين(?:هم|ها)|(?:و)?من(?:هم|ها)|(?:و)?(?:هم|هي)|(?:ابرز|اهم)(?:هم|ها)|في مقدمت(?:هم|ها)|على راس(?:هم|ها))"
# (past an aside of when or where: «جمع اجتماع تنسيقي، يوم الخميس بالرباط، X و Y»)
_GATHERED_LEAD = re.compile((r"[»”\"]*(?:\s*,[^,.;:()«»]{1,60},|\s+[^,.;:()«»]{1,60}?(?=\s(?:كلا|كل) من\s))?\s*(?:(?:كلا|كل) من\s+|بين\s+"
                             # «ويضم البرنامج ست وكالات أممية، هي X و Y»، «شركاء من الجانب البلجيكي، هم X»، «هيئات أرباب
                             # العمل في قطاع …، وهي: X»، «شركاء من القطاع الخاص، أبرزهم X»: bodies (or their count), what
                             # they are, then who they are
                             r"|(?:(?:[\d٠-٩]+|\S+)\s+)?(?:ال)?(?:منظمات|وكالات|هيءات|مءسسات|جمعيات|دول|بلدان|شركاء)"
                             r"(?:\s+[^\s,.;:()«»]+){0,10}\s*,?\s*" + _THEY_WHO + r"[\s:]+(?:(?:كلا|كل) من\s+)?)?")
                            .translate(LETTERS))
# «وتم ذلك بشراكة مع X»، «وجرت أشغالها بتعاون مع X»: the event named before, spoken of again by a pronoun
_THAT_EVENT = re.compile(r"(?<!\S)(?:و)?(?:تم|جري|جرت)\s+(?:ذلك|هذا)(?!\S)|(?<!\S)(?:اشغال|فعاليات|اعمال)(?:ه|ها)(?!\S)")
# the plural nouns of bodies a lead names (and the ones that are countries)
_BODIES_SAID = re.compile(r"(?<!\S)(?:ال)?(منظمات|وكالات|هيءات|مءسسات|جمعيات|دول|بلدان|شركاء)(?![^\s,.;:])")
_STATES_SAID = {"دول", "بلدان"}
# «…، إلى جانب X»، «فضلا عن X»، «علاوة على شركاء بلجيكيين هم X»: more of those brought together, after the list
# (past the last one's acronym or place: «… (Actiris)، إلى جانب X»، «… بتييس، علاوة على …»)
_MORE_OF_THEM = re.compile((r"(?:\s*\([^()]{1,30}\)|\s+ب[^\s,.;:()«»]+)?\s*,?\s*(?:و)?(?:الى جانب|فضلا عن|علاوه على|اضافه الى|بالاضافه الى)\s+"
                            r"(?:شركاء(?:\s+[^\s,.;:()«»]+){0,4}\s*,?\s*" + _THEY_WHO + r"[\s:]+)?").translate(LETTERS))
# whom an item brings together: bodies and countries; people too at an event («لقاء جمع السيد X والسيد Y»)
_GATHERED_KINDS = ({"organization", "country"}, {"organization", "country", "person"})
_GATHERS_NEEDS = required(_GATHERS_ITEM) + required(_TAKES_PART_IN)
# «وتربط X و Y شراكة متينة»، «وتجمع X شراكة مع Y»، «تربط X بـY علاقات شراكة»: bodies bound by a partnership
_BOUND = re.compile((_W + r"(?:و|ف)?(?:[تي](?:ربط|جمع)|ربط(?:ت)?|جمع(?:ت)?)\s+").translate(LETTERS))
# («وتربط X علاقة تعاون وثيقة مع Y»، «وتجمع X و Y اتفاقية تعاون»: cooperation binds as a partnership does)
_BOUND_BY = re.compile(r"\s*(?:(?:علاقه|علاقات|اتفاقيه)\s+)?(?:شراكه(?:\s+" + _PARTNERSHIP_KIND + r")?|تعاون(?:\s+(?:ال)?(?:وثيق|متميز|مثمر"
                       r"|قاءم|استراتيجي|متين)(?:ه)?)?)(?P<with>\s+(?:مع|ب)\s*)?")
# «تعمل المفوضية مع شركائها، ومنهم X و Y»: its partners, some of them named
_PARTNERSHIP_THAT = re.compile(r"شراك(?:ه|ات)(?:\s+\S+){0,2}?\s+(?:(?:التي|الذي)\s+)?\Z")   # («في إطار شراكة تجمع …»)
_WITH_EACH = re.compile(r"\s*بكل\s+من\s+")     # «تجمع الجمعية بكل من X و Y»
_ITS_PARTNERS = re.compile((_W + r"(?:و|ف|ب|ل|مع\s+)?(?:ال)?شركاء(?:ه|ها)\s*(?:,?\s*" + _SOME_OF_THEM + r"\s+|:\s*)")
                           .translate(LETTERS))
# «X (ACR) التي تتكفل بالشق الطبي، وY»: a relative clause on an agent of a list, up to the comma before the next one
_ASIDE = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:الذي|التي)\s[^,.;:()]{0,80},\s*(?=و)")
# «X التي تتكفل بالشق الطبي / تتولى تمكين اللاجئين»: an organization that takes a share of the work upon itself
# (not «تتولى رئاسة / الأمانة»: a post)
_TAKES_ON = re.compile((r"[\s,)]*(?:\([^()]{0,30}\)\s*)?,?\s*(?:الذي|التي)\s+(?:س?[تي])?(?:تكفل|تولي|ضطلع)\s+(?:ب)?"
                        r"(?!(?:ال)?(?:رئاسة|أمانة|منصب|مهام|مهمة)\s)").translate(LETTERS))
# «ومثّل وزارة الداخلية في التوقيع السيد X»، «مثّل فيها الجانبَ المصري وزير … Y»، «بينما مثّلت المنظمة السيدة Z»:
# who represents a party in a signing (مثل alone is also «such as»: a word of signing in the sentence is required)
# «وسيتولى تنفيذ البرنامج X»، «وتتولى مهمة تنفيذ المشروع X»، «ويشرف على تنفيذ مشروع Y X»: the carrying out, the item,
# then who takes it on (listed after «كل من» too), or its subject before the verb («والمنظمة تتولى تنفيذ المشروع»)
_UNDERTAKEN = re.compile(_W + r"(?:و|ف)?(?:س)?(?:(?:[تي]تولي|تولت|تولي|[تي]باشر|باشرت?)\s+(?:مهمه\s+)?"
                         r"|(?:[تي]?(?:شرف|سهر)|اشرف(?:ت)?|سهرت)\s+علي\s+)تنفيذ\s+")
# «تتولى X تنفيذها»، «وتشرف X على تنفيذه»: the carrying out of what was named before, by its pronoun
_ITS_CARRYING_OUT = re.compile(r"[\s,]*(?:علي\s+)?تنفيذ(?:ه|ها)(?=[\s,.;:]|\Z)")
# «وتتولى X تنفيذ المشروع …»: the carrying out of the item a noun names again
_CARRYING_OUT = re.compile(r"[\s,]*(?:علي\s+)?تنفيذ(?=\s)")
# «وتتولى تنفيذ مكوناته / أنشطتها X»: its parts, the carrying out of what was named before
_ITS_PARTS = re.compile(r"(?:مكونات|انشطت|انشطه)(?:ه|ها)\s+")
# «وأعلنت X أنها ستتولى تنفيذ …»: «that it», the subject of the clause the body before it
_THAT_IT = re.compile(r"(?<!\S)(?:ب)?ان(?:ها|ه)\s+\Z")
_UNQUOTED_EACH = re.compile(r"[\s»”\"]*(?:كل من\s+)?\Z")
_NAME_TAIL = re.compile(r"\s*(?:,\s*)?")     # between a person's name and what follows it
# «ويرأس هذه الهيئة السيد X»: who chairs a body; «وتتولى X رئاسة هذه اللجنة»: who takes on its chair
_PRESIDES = re.compile(_W + r"(?:و|ف)?(?:[يت]?ت?راس|تراست)\s+")
_TAKES_CHAIR = re.compile(_W + r"(?:و|ف)?(?:[يت]تولي|تولت|تولي)\s+")
_CHAIR_NOUN = re.compile(r"\s*(?:,\s*)?رءاسه\s+")
_THIS = re.compile(r"(?:هذه|هذا)\s+")
_COMMUNES = ("جماعه", "بلديه")     # the body a city's mayor heads
# «وكان X، عند تعيينه، يشغل منصب الأمين العام لـY»: the post a person holds, the subject before the verb
_OCCUPIES = re.compile(_W + r"(?:و|ف)?(?:[يت]?شغل|شغلت)\s+")
_POST_WORD = re.compile(r"\s*(?:(?:حاليا|انذاك|حينها|سابقا)\s+)?منصب\s+")
_SUBJECT_REACH = 100            # characters between the subject and the verb (an aside: «، عند تعيينه،»)
_REPRESENTED = re.compile(_W + r"(?:و|ف)?(?:قد\s)?مثل(?:ت|ا|تا)?(?:ه|ها)?\s")
_IN_SIGNING = re.compile(r"(?:^|\s)(?:في|عند|خلال)\s+(?:ال)?توقيع(?:ه|ها)?(?=[\s,.;:]|\Z)")
_SIGNING_WORD = re.compile(r"(?:^|\s)(?:و|ف)?(?:(?:ال)?توقيع|وقع(?:ت|ا|تا)?|ابرم(?:ت)?|امضي|امضا|امضت|(?:ال)?امضاء)(?:ه|ها)?(?=[\s,.;:]|\Z)")
# «اتفاق القرض مع Y»، «اتفاق منحة بقيمة تسعة ملايين دولار مع Y»: «مع» right after the agreement, or after its amount
_MADE_WITH = re.compile(r"(?:\s+بقيمه\s[^,.;:]{0,50}?)?\s+مع\s")
_AND_WITH = re.compile(r"[^,.;:]{0,40}?,\s*ومع\s")    # «… في يناير 2015، ومع مالي»: the list of «مع» goes on
# what those listed are of an item by its kind: partners of a programme, participants of an event, parties of an agreement
_MEMBER_ROLES = {"programme": "partner", "project": "partner", "phase": "partner", "component": "partner",
                 "event": "participant", "agreement": "party", "framework": "party"}
# a verb or verbal noun of carrying out earlier in the clause of a partnership («تتولى X تنفيذه بالتعاون مع Y»، «ينفذ
# بشراكة مع»): the partnership is in what is carried out (no clause end between; not «إنجاز»: «تم إنجاز مجموعة من الأنشطة
# بتعاون مع X» is done in events)
_CARRIED_OUT = re.compile(r"(?<!\S)(?:و|ف)?(?:س?[يت]نفذ|نفذ|تنفيذ)(?:ت)?(?:ه|ها|هما)?(?:\s(?:[^\s.;:]+\s){0,6})?[^.;:]{0,2}\Z")
_CARRIED_REACH = 80
# («وموّلت المشروعَ الوكالةُ الألمانية (GIZ) بتكليف من الوزارة …»: paying for another, as carrying out for it)
_CARRIED_OR_FUNDED = re.compile(r"(?<!\S)(?:و|ف)?(?:(?:الذي|التي)\s+)?(?:س?[يت]?(?:نفذ|مول)|تنفيذ|تمويل)\S*(?:\s+[^\s.;:]+){0,8}\s*\Z")
_TIERS: dict[str, tuple[set[str], ...]] = {
    "funded": (ACTIVITIES - {"event"} | {"fund"}, ITEMS - {"event", "agreement"} | {"fund"}),
    "activities": (ACTIVITIES - {"event"},),
    "agreements": ({"agreement", "framework", "declaration"},),
    "events": ({"event"},),
}


def _past(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where a pattern that may match nothing (``\\s*(?:لفائده\\s+)?``) ends, read from ``pos``."""
    found = pattern.match(text, pos)
    return found.end() if found is not None else pos


def _named_at(text: Text, mentions: list[Mention], starts: list[int], pos: int) -> Mention | None:
    """The mention (of ``mentions``, in text order, starting at ``starts``) whose name begins at ``pos``: at it, or at the
    head noun of its title in quotes («لمشروع «Y»»)."""
    at = bisect_left(starts, pos)
    return next((m for m in mentions[at:at + 1] if m.start == pos or m.rule == "quoted-title"
                 and _HEAD_OF_TITLE.fullmatch(text.norm, pos, m.start)), None)


def _card(text: Text, s: int, inside: list[Mention], card: Mention | None) -> Mention | None:
    """The item of the fact sheet's card the sentence at ``s`` is a line of: the one its own label line names («اسم
    المشروع: …»), none if it names none we read (its lines are not the card's before); else the card before."""
    if LABEL_OF_ITEM.match(text.norm, s):
        return next((m for m in inside if m.kind in ACTIVITIES - {"event"}), None)
    return card


def _line_start(text: Text, s: int) -> bool:
    """Whether ``s`` begins a line (a fact sheet's label is at a line's start, not after a period in running prose)."""
    return not text.norm[text.norm.rfind("\n", 0, s) + 1:s].strip(" \t-•*")


def _joined(text: Text, m: Mention) -> bool:
    """Whether a mention is joined to what comes before it by «و» (والاتحاد، ووزارة; not وزارة)."""
    return text.norm.startswith(("وال", "وو"), m.start)


def find(text: Text, mentions: list[Mention], amounts: list[FoundAmount],
         implicit: Sequence[Mention] = (), country: Mention | None = None) -> list[Fact]:
    """``implicit``: names inside the mentions (the parties inside «الاتفاق … بين المغرب والمفوضية») and
    anaphors (الوزارة): arguments, never items. ``country``: the one whose ministers the document names without a nation (``places.government``)."""
    facts: list[Fact] = []
    topic = _Topic(text)
    offices = _offices_of(text, mentions)
    ministries = _ministries_of(text, mentions, dateline_country(text, mentions))
    bodies = _bodies_of(text, mentions)
    m_i = i_i = 0
    previous: list[Mention] = []
    amount_starts = [a.start for a in amounts]     # (sorted, as values.amounts gives them)
    document_starts = [m.start for m in mentions]
    implicit_starts = [m.start for m in implicit]
    unnamed = next((m for m in mentions if m.rule == "unnamed-event"), None)
    territories = _territories(text, mentions)
    package: Mention | None = None
    card: Mention | None = None
    needed = frozenset(w for w in _NEEDED if w in text.norm)    # (each sentence looks for these only)
    for s, e in text.sentences:
        while m_i < len(mentions) and mentions[m_i].end <= s:
            m_i += 1
        while i_i < len(implicit) and implicit[i_i].end <= s:
            i_i += 1
        inside = _in_sentence(mentions, document_starts, m_i, s, e)
        within = _in_sentence(implicit, implicit_starts, i_i, s, e)
        money = [a for a in amounts[bisect_left(amount_starts, s):bisect_left(amount_starts, e)] if a.end <= e]
        sentence = _Sentence(text, s, e, inside, topic, money, within, offices, ministries, bodies, country)
        sentence.previous = previous
        sentence.unnamed_event = unnamed
        sentence.package = package = sentence.giver() or package
        sentence.card = card = _card(text, s, inside, card)
        sentence.document, sentence.document_starts = mentions, document_starts
        sentence.territories = territories
        sentence.needed = needed
        # (each quote in its sentence: agents a dual names again were named before it, ``_Sentence.dual_at``)
        if not _YES_NO.match(text.norm, s, e):     # (an interviewer's question states nothing: its facts would hide the
                                                    # answer's same fact when the two are merged)
            facts += [f if f.start >= s else replace(f, start=s, end=max(f.end, s + 1)) for f in sentence.facts()]
        previous = sorted([*inside, *within], key=lambda m: m.start)
        topic.read(s, e, inside)
    facts = _chaired_only([_resolved(f) for f in facts], topic.key)
    facts = _of_the_whole(text, facts, mentions, topic)
    facts = [f for f in facts if not any(m.rule in _NO_PART for _, m in f.args)]
    return _unique(facts + _partners_by_agreement(text, facts, topic.key) + _signers_there(text, facts, mentions, topic.key))


def _in_sentence(mentions: Sequence[Mention], starts: list[int], first: int, s: int, e: int) -> list[Mention]:
    """The mentions from index ``first`` on (``starts``: theirs, sorted) that lie in the sentence ``[s, e)``: of those
    that start before its end, 400 at most (a list of thousands of names stays linear)."""
    return [m for m in mentions[first:min(first + 400, bisect_left(starts, e, first))] if m.start >= s and m.end <= e]


# persons named with no post: a byline's writer, a witness by his age («ويروي X (29 عاما)»): a reporter, a beneficiary or
# a refugee quoted, who takes part in nothing the text reports
_NO_PART = {"byline", "name-described"}


def _whole_after(text: Text, mentions: list[Mention], starts: list[int], phase: Mention) -> Mention | None:
    """The programme or project of ``mentions`` (``starts``: their starts) named right after a phase with «من»
    («المرحلة الثانية من مشروع «Y»»), or None."""
    at = bisect_left(starts, phase.end)
    return next((m for m in mentions[at:at + 1] if m.kind in _CARRIED and _OF.fullmatch(text.norm, phase.end, m.start)),
                None)


def _named_again_as(word: Token, item: Mention, text: Text) -> bool:
    """Whether a bare head noun names ``item`` again: the item's own head noun, or (a title in quotes, no head noun of
    its own) one of its kind («المشروع» for «تعزيز الحماية في مصر», a project; not «الحملة»)."""
    said = _head_of(word.key)
    if said is None:
        return False
    own = _head_of(text.tokens[head_index(text, item)].key)
    return said == own or own is None and HEADS.get(said, ("",))[0] == item.kind


def _of_the_whole(text: Text, facts: list[Fact], mentions: list[Mention], topic: _Topic) -> list[Fact]:
    """Money for, or work on, a phase is for the programme or project it is a phase of, as the corpus files it
    («المرحلة الثانية من برنامج «حوكمة …»…، فيما تتكفل إيطاليا بالجزء المتبقي»: Italy funds the programme): the item
    named right after it with «من», else the one the document named after the same words (a bare «المرحلة الثانية»)."""
    starts = [m.start for m in mentions]
    out = []
    for f in facts:
        name, item = f.args[-1]
        if item.kind == "phase" and f.kind in ("funding", "participation"):
            whole = _whole_after(text, mentions, starts, item)
            if whole is None and item.last - item.first == 2 and not _OF.match(text.norm, item.end):
                whole = topic.owner(item)   # (not «المرحلة الثانية من المشروع»: of an item named again, maybe another)
            if whole is not None:
                f = replace(f, args=(*f.args[:-1], (name, whole)))
        out.append(f)
    return out


def _partners_by_agreement(text: Text, facts: list[Fact], key: Callable[[Mention], str]) -> list[Fact]:
    """The two bodies that sign a partnership or cooperation agreement with each other («اتفاقية شراكة»، «بروتوكول
    تعاون») are each other's partners; not those of an agreement of another kind (a loan, a readmission: «اتفاق أبرمته
    الوزارة مع المنظمة» makes them parties, not partners), nor of one with more than three (a charter of ten
    ministries)."""
    parties: dict[str, dict[str, Fact]] = {}
    for f in facts:
        if f.role in ("signatory", "party") and (agent := f.arg("agent")).kind == "organization" \
                and not f.rule.endswith(":post") and _PARTNERSHIP_WORD.search(text.norm, (item := f.args[-1][1]).start, item.end):
            parties.setdefault(key(item), {}).setdefault(key(agent), f)
    out: list[Fact] = []
    for signed in parties.values():
        if len(signed) <= _PARTNERS_AT_MOST:     # (each pair of a tripartite partnership too)
            ordered = sorted(signed.values(), key=lambda f: f.start)
            out += [Fact("participation", "partner", (("agent", second.arg("agent")), ("in", first.arg("agent"))),
                         min(first.start, second.start), max(first.end, second.end), "partner:co-signed", 0.6)
                    for n, first in enumerate(ordered) for second in ordered[n + 1:]]
    return out


_PARTNERS_AT_MOST = 3


def _signers_there(text: Text, facts: list[Fact], mentions: list[Mention], key: Callable[[Mention], str]) -> list[Fact]:
    """«وجرت مراسم التوقيع بمقر الوزارة … ووقّع الاتفاق عن الجانب المغربي السيد X»: a person who signs, in a document
    that reports one signing (its ceremony, «حفل / مراسم التوقيع», or «توقيع الاتفاقية»), is at it, wherever the
    report names him, when the persons who sign sign one agreement; not at a signing still to come."""
    signings = [m for m in mentions if m.kind == "event"
                and _SIGNING_KEY in {t.key.removeprefix("ال") for t in text.tokens[m.first:min(m.last, m.first + 2)]}]
    if len({key(m) for m in signings}) != 1 or _to_come(text, signings[0]):
        return []
    signing = signings[0]
    signed = [f for f in facts if f.role == "signatory" and f.arg("agent").kind == "person"]
    if len({key(f.args[-1][1]) for f in signed}) != 1:
        return []       # (signers of two agreements: which one the signing is of is not said)
    there = {key(f.arg("agent")) for f in facts if f.role == "participant" and key(f.args[-1][1]) == key(signing)}
    return [Fact("participation", "participant", (("agent", agent), ("in", signing)), f.start, f.end,
                 "participant:signer-there", 0.5)
            for f in signed if key(agent := f.arg("agent")) not in there]


_SIGNING_KEY = "توقيع"


_PARTNERSHIP_WORD = re.compile(r"(?<!\S)(?:لل|ال)?(?:شراكه|تعاون)(?!\S)")


_COUNTERPART_OF = re.compile(r"(?<!\S)ونظير(?:ه|ته)\s+(\w+)")     # «… ونظيره الموريتاني»: the other side's
_COUNTERPART_REACH = 80


def _territories(text: Text, mentions: list[Mention]) -> list[tuple[str, Mention]]:
    """The regions and the provinces or prefectures a document names, in order, each as ("region" | "province",
    mention): a region; a body named by «عمالة / إقليم / ولاية» («عمالة إقليم الناظور»); a province named by its city
    («إقليم الناظور»: ``mentions._provinces``). What a governor's title with its unit's bare word names
    (``_Sentence.governors``)."""
    tokens = text.tokens
    out: list[tuple[str, Mention]] = []
    for m in mentions:
        head = _head_key(tokens[m.first].key) if m.first < len(tokens) else None
        if m.kind == "region":
            out.append(("province" if m.rule == "province" else "region", m))
        elif m.kind == "organization" and head in _UNIT_GROUPS:
            out.append((_UNIT_GROUPS[head], m))
    return out


# What a clause denies or says did not happen states no fact, from the negation to its clause's end: «لم توقع X أي
# اتفاقية مع Y»، «ولم يشارك الوزير، السيد X، في …»، «نفت الوزارة، في بلاغ …، أن تكون قد وقعت …»، «تنفي توقيع …»،
# «واعتذر الوالي عن حضور …»، «دون أن …»، «لا يساهم X في …» (before a present verb: not a verbal noun, «لا تنمية دون …»،
# «لا تمييز», nor «لا يمكن / لا يخفى» that say no fact is denied). Not a copula («ولم تكن وجدة، المركز
# الإداري …»). The clause ends at its sentence's end, a line's, or a comma that opens another clause
# («، فيما / وشارك / مشيرة إلى أن / غير أنها …»), or at the comma that closes a relative clause it is in («التي لا
# تتلقى أي دعم، ندوة …»). «ورد أن X شريك …، وهو ما نفاه مصدر»: a claim denied, its sentence up to the denial.
# («لا»: not a word in يه or of the pattern تفعيل, verbal nouns; «لا تشارك» is as often the verb as «لا تعارض» the noun)
_NEGATION = re.compile(r"(?<!\S)(?:و|ف)?(?:(?:(?:لم|لن|دون\s+ان)\s+(?=[يتان]\S)"
                       r"|لا\s+(?=[يت][^\s.,;:]*(?<!يه)\s)(?!ت\S\Sي\S\s|يمكن|يخفي|بد\s))"
                       r"(?!يكن|تكن|يكون|تكون|يعد|تعد|يزل|تزل|يزال|تزال|يقل|تقل|يتجاوز|تتجاوز|يتعدي|تتعدي)"
                       r"|(?:نفي|نفت|ينفي|تنفي|نفوا)\s+(?=(?:(?!,\s*و)[^.;\n]){0,160}?(?<!\S)(?:ان|توقيع|ابرام|مشاركه|تنظيم|تمويل)\s)"
                       r"|(?:اعتذر|اعتذرت|يعتذر|تعتذر)\s+(?=(?:(?!,\s*و)[^.;\n]){0,80}?\sعن\s)"
                       # «البنك الدولي ليس شريكا في تمويل البرنامج»، «وليس المشروع بتمويل من …»: a copula denied, before
                       # what states a tie (not «ليس غريبا أن …»، «ليس بعيدا عن …»، «ليس فقط»: they affirm)
                       r"|(?:ليس|ليست|ليسا|ليستا|ليسوا|لسنا|لست)\s+(?!فقط)(?:[^\s,.;:]+\s+){0,4}?(?:(?:ال)?(?:شريك|طرف|ممول|منفذ|مشارك|عضو)\S*"
                       r"|من\s+(?:بين|ضمن)\s+(?:ال)?(?:شركاء|ممولي|ممولين|مانحين|منفذين|مشاركين|اطراف|موقعين)|بتمويل|بدعم|بتنظيم)(?=\s))")
# «زعمت تدوينات أن X رصد …»، «فندت المنظمة ما تداولته صفحات من أن X تمول …»، «الادعاء الأول: X يموّل …»: a claim, or
# one refuted, states nothing, nor are its sums any money's (``unclaimed``). A claim's verb before «أن» (not «بعد أن»،
# «كما أن»; not يدعى, «is called», nor تزعّم, «led», nor «الادعاء العام», the prosecution); a refutation only of what
# is claimed, «… من أن» (not «فندت الوزارة الأخبار وأكدت أن …»: what it affirms stands). (Not «روّج»: as often «promote».)
_ANY_THAT = r"(?<!\S)(?:ان|بان)(?:ه|ها|هم|هما)?\s"
# (a noun: not «ما» nor an adverb in -ًا, «وهو ما تموله …»، «وهو أيضا تموله …»)
_IT_IS_A = re.compile(r"(?<!\S)و?(?:هي|هو)\s+(?!ال)(?!ما\s)(?P<noun>[^\s,.;:«»()]+(?<!ا))\s+\Z")   # «وهي حصص | تموّلها»: a noun said of it, then
_DONE_TO_IT = re.compile(r"(?<!\S)[وف]?س?[يتن]\S{2,}(?:ه|ها)(?!\S)")    # «تنفذها»، «سينفذه»: a verb and its object pronoun
# a sentence that opens with a verb of working, intransitive: its subject works with the partners («كما ستعمل الجمعية، في
# إطار هذا المشروع، بشراكة مع …»; not «ونفذت المفوضية تلك المرحلة بالتعاون مع …», a partner in what was done)
_OPENING_VERB = re.compile(r"\s*(?:[وف]?(?:كما|قد)\s+)?[وف]?(?:س?[يت](?:عمل|شتغل|تعاون|نسق)|عمل|اشتغل|تعاون|نسق)(?:ت|ون|ان)?\s+")
# «أن»، «إن»، «بأن»، «لأن» before their subject (or with a pronoun: «أنهم»)
_SAID_THAT = re.compile(r"(?<!\S)[وف]?(?:ان|بان|لان)(?P<pronoun>ه|ها|هم|هما)?\s+")
_ITS_ASIDE = re.compile(r"\s*,\s*(?:الذي|التي)\s[^,.;:]{1,80},")     # «المؤسسة، التي يوجد مقرها بالرباط،»: of the subject
_ANOTHER_CLAUSE = re.compile(r"(?<!\S)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|فيما|بينما|في\s+حين)(?!\S)")
_THAT = "".join(f"(?<!{w} )" for w in ("بعد", "قبل", "كما", "الا", "منذ", "دون", "رغم", "غير", "حيث")) + _ANY_THAT
# (the first «أن» after the verb: its own; «ادعاء» not the prosecution's, «ممثل الادعاء»، «هيئة الادعاء»)
_CLAIM = re.compile(r"(?<!\S)(?:و|ف)?(?:زعم|زعمت|زعموا|يزعم|يزعمون|ادعي|ادعت|ادعوا|تداولت|تداولته|تداوله"
                    r"|(?:ال)?مزاعم|(?:ال)?ادعاءات|(?<!ممثل )(?<!هيءه )(?:ادعاء|الادعاء(?!\s+العام)))\s+(?=(?:(?!,\s*و)(?!" + _ANY_THAT + r")[^.;\n]){0,160}?"
                    + _THAT + ")"
                    r"|(?<!\S)(?:و|ف)?(?:فند|فندت|يفند|تفند|نفت|نفي)\s+(?=(?:(?!,\s*و)(?!" + _ANY_THAT + r")[^.;\n]){0,160}?\sمن\s+"
                    + _THAT + ")"
                    r"|(?<![^\n])[^\S\n]*(?:ال)?(?:ادعاء|زعم)(?:\s+\S+)?\s*:")     # a fact-check's «الادعاء الأول: …» line
_NEGATION_END = re.compile(r"[.;:!?\n]|,\s*(?:و|ف)?(?:فيما|بينما|في حين|كما|لكن|غير ان|الا ان|الذي|التي|حيث|اذ|لان|قد|مشير|مؤكد"
                           r"|موضح|مضيف)|,\s*و(?!ال)(?!زير|زار)\S{3,}|\s(?:لكن|غير ان|الا ان|بل)(?:ه|ها|هم)?\s")
# a question that asks whether (past a bullet, «س:» or «سؤال (يومية …):», who asks)
# (or who asks, by name, and whom, «الخطيب: السيدة حداد، هل …»)
_YES_NO = re.compile(r"[\s\W\d]*(?:(?:س|سءال|[^\s:.؟?]+(?:\s[^\s:.؟?]+){0,3})\s*(?:\([^()\n]{0,60}\)\s*)?:\s*)?"
                     r"(?:[^\s,.:؟?]+(?:\s[^\s,.:؟?]+){0,3}\s*,\s*)?(?:و|ف)?هل\s")
# the words of what is expected, not yet done, before «أن»: «يرتقب / ينتظر / يتوقع أن …»، «(من) المرتقب / المقرر أن …»
_EXPECTING = r"(?:يرتقب|ينتظر|يتوقع)"
_EXPECTED_BY = r"(?:المرتقب|المنتظر|المتوقع|المقرر)"
# «ويُنتظر / ومن المرتقب أن يشارك فيها ممثلون عن X»: who is only expected to take part or attend has not (yet)
_EXPECTED = re.compile(r"(?<!\S)(?:و|ف)?(?:" + _EXPECTING + r"|(?:من\s+)?" + _EXPECTED_BY + r")\s+ان\s+"
                       r"(?=[يت]?(?:شارك|حضر)\S*\s)")
_DENIED = re.compile(r"(?<!\S)(?:وهو|وهي|وهذا)\s+ما\s+(?:نفا|نفت|نفوا|كذب|كذبت)\S*")
_TITLE_REACH = 40      # the longest title in quotes a negation may be inside («لوني ليس تهمة»، «لن نصمت»)


def _feminine(name: str) -> bool | None:
    """Whether a body's name is feminine by its head noun (its first word ends with ة, normalized ه: «المنظمة»،
    «وكالة»), masculine («مركز»، «الصندوق»), or None when it says nothing (one word: a Latin or Arabic acronym)."""
    words = name.split()
    if len(words) < 2 or not "\u0600" <= words[0][-1] <= "\u06ff":
        return None         # (one word, an acronym or a name: «اليونيسف»، «GIZ»)
    return words[0].endswith("ه")


def _in_title(norm: str, at: int) -> bool:
    """Whether ``at`` is inside a short title in quotes: a campaign's «لوني ليس تهمة» denies nothing (a quoted statement,
    «إذ لا تموّل الحكومة … أي شق من البرنامج»، is longer, and does)."""
    opened = norm.rfind("«", max(0, at - _TITLE_REACH), at)
    closed = norm.find("»", at, opened + _TITLE_REACH) if opened >= 0 else -1
    return opened >= 0 and closed >= 0 and "»" not in norm[opened:at]


_NEGATED_RELATIVE = re.compile(r"(?<!\S)(?:الذي|التي)\s+\Z")


def _clauses(text: Text, negations: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Where each negation's clause runs: to its sentence's end or the end of its clause (of a relative clause, for one
    in a relative clause)."""
    ends = [e for _, e in text.sentences]
    spans: list[tuple[int, int]] = []
    # (where clauses end, read once: a sentence of a thousand negations stays linear)
    stops = {False: [m.start() for m in _NEGATION_END.finditer(text.norm)] if negations else [],
             True: [m.start() for m in _RELATIVE_END.finditer(text.norm)] if negations else []}
    for match in negations:
        k = bisect_left(ends, match.end())
        limit = ends[k] if k < len(ends) else len(text.norm)
        clause = stops[bool(_NEGATED_RELATIVE.search(text.norm, max(0, match.start() - 8), match.start()))]
        j = bisect_left(clause, match.end())
        spans.append((match.start(), min(clause[j], limit) if j < len(clause) else limit))
    return spans


def unclaimed(text: Text, amounts: list[FoundAmount]) -> list[FoundAmount]:
    """The amounts but those of a claim (``_CLAIM``): «زعمت تدوينات أن الصندوق رصد 50 مليون دولار» gives no sum."""
    spans = _clauses(text, list(_CLAIM.finditer(text.norm)))
    if not spans:
        return amounts
    starts = [s for s, _ in spans]      # (in the text's order: finditer's)
    reach = list(accumulate((e for _, e in spans), max))    # the furthest a claim before each one reaches
    return [a for a in amounts if not ((k := bisect_right(starts, a.start)) and reach[k - 1] > a.start)]


def affirmed(text: Text, *facts: list[Fact]) -> tuple[list[Fact], ...]:
    """Each list of facts but those a negation, a denial or an expectation covers (``_NEGATION``, ``_DENIED``,
    ``_EXPECTED``): each one where its last argument stands («لم تشارك الجزائر في الاجتماع، فيما شاركت تونس»: Tunisia
    took part). (Several lists at once: the relations' facts and the places', the document's negations read once.)"""
    sentences = text.sentences
    ends = [e for _, e in sentences]
    spans = _clauses(text, sorted([m for m in _NEGATION.finditer(text.norm) if not _in_title(text.norm, m.start())]
                                  + list(_CLAIM.finditer(text.norm)) + list(_EXPECTED.finditer(text.norm)),
                                  key=lambda m: m.start()))
    for match in _DENIED.finditer(text.norm):
        k = bisect_left(ends, match.end())
        spans.append((sentences[k][0] if k < len(sentences) else 0, match.end()))
    for s, e in sentences:
        if _YES_NO.match(text.norm, s, e):
            spans.append((s, e))    # «■ هل تموّل إيطاليا أنشطتكم؟»: an interviewer's yes/no question states nothing
    if not spans:
        return facts
    spans.sort()
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))    # the furthest a span before each one reaches
    return tuple([f for f in listed if not ((k := bisect_right(starts, at := max(m.start for _, m in f.args)))
                                            and reach[k - 1] > at)] for listed in facts)


_RELATIVE_END = re.compile(r"[,.;:!?\n]")      # the end of a relative clause a negation is in
_OVERSEEN_REACH = 60     # how far before «تشرف عليها» the event it oversees may end
_SHARES = {"funding:tahammala-share"}
# who pays the rest pays no sum said before it («… تضخ الوكالة 2,9 مليون درهم، ويتكفل المكتب بالمليون المتبقي»): its
# own, after it, or none
_REMAINDER = {"funding:al-baqi"}
_FOR_ANOTHER = re.compile(r"(?<!\S)(?:بصفته|بصفتها|نيابه عن)\s")     # «… بصفته رئيسا لجمعية …»: whom he signs for
_WORKING_WITH = re.compile(r"(?:تعاون|شراكه|تنسيق|اشتراك|مشترك(?:ه)?)(?:\s+\S+)?\s+مع\s*\Z")
# between who closes an event and the event: asides (a short name, a day), where, and the words of its proceedings only
_CLOSED_GAP = re.compile(r"(?:\s*,[^,.;]{0,80}(?=,))*\s*,?\s*(?:اليوم\s+|امس\s+)?(?:(?:ب|في\s+)(?:مدينه\s+)?\S+\s*,?\s*)?"
                         r"(?:اشغال\s+|فعاليات\s+|اعمال\s+)?")
_CLOSED_WITH = re.compile(r"(?<!\S)ب(?=حفل|لقاء|ندوه)")     # «اختتمت X برنامجها … بحفل ختامي»: what it closed with
_OPENS_OR_CLOSES = {"participant:iftataha-event", "participant:iftataha"}     # «افتتح / اختتم X (أشغال) EVENT»


def _chaired_only(facts: list[Fact], key: Callable[[Mention], str]) -> list[Fact]:
    """Who chairs an event («وترأس الاجتماع المغرب»، «الاجتماع، الذي ترأسه X») organizes it only when the document names no
    other organizer of it (``key``: the event's entity or words): «نظمت الجمعية لقاء … وترأس اللقاء عامل الإقليم» has
    the governor take part, not organize."""
    organized = {key(f.args[-1][1]) for f in facts if f.role == "organizer" and f.rule not in _CHAIRS_ORGANIZE}
    # (a body that opens an event organizes it unless a verb of organizing names another: «افتتحت الوزارة المؤتمر الذي
    # تنظمه X»; a partner of its organizing organizes with it, «افتتح المتحف معرضا أعده بشراكة مع X»)
    said = {key(f.args[-1][1]) for f in facts if f.role == "organizer" and f.rule.startswith("organizer:")
            and f.rule not in _CHAIRS_ORGANIZE and f.rule != _OPENS}

    def kept(f: Fact) -> bool:
        if f.rule == _OPENS:
            return key(f.args[-1][1]) not in said
        return f.rule not in _CHAIRS_ORGANIZE or key(f.args[-1][1]) not in organized
    return [f for f in facts if kept(f)]


_CHAIRS_ORGANIZE = {"organizer:taraasa", "organizer:taraasahu"}
_OPENS = "organizer:iftataha"


def _resolved(fact: Fact) -> Fact:
    """A fact whose argument is a bare head noun standing for a new organization named before («الجمعية»)
    is about that organization (``mentions.anaphors``: the antecedent is its part)."""
    if not any(m.rule in _REFERRING_RULES and m.parts for _, m in fact.args):
        return fact
    return replace(fact, args=tuple((n, m.parts[0] if m.rule in _REFERRING_RULES and m.parts else m)
                                    for n, m in fact.args))


_REFERRING_RULES = {"anaphora", "short-form"}   # a mention that stands for the name it has as its part


def _offices_of(text: Text, mentions: list[Mention]) -> dict[tuple[int, int], Mention]:
    """A new office «مكتب/بعثة X في COUNTRY» whose X is not a name of its own → the organization X is:
    a bare «المنظمة»، «الوكالة» refers back to the last known name that starts with it (مكتب المنظمة في مصر);
    words the document also names by themselves, or the first words of one known body's name, are that
    organization (لمكتب الوكالة اليابانية بالمغرب). A post there is a post in X."""
    tokens = text.tokens
    out: dict[tuple[int, int], Mention] = {}
    named: dict[tuple[str, ...], Mention] = {}      # a new organization's words → its first mention
    owners: dict[tuple[str, ...], set[str]] = {}    # the first words of a known name → the bodies they begin
    last: dict[str, Mention] = {}                   # head noun → the last known organization it headed
    construct: dict[str, Mention] = {}              # … or named with it in construct («بنك التنمية الألماني»)
    for m in mentions:
        if m.kind != "organization":
            continue
        head = _head_key(tokens[m.first].key) or tokens[m.first].key
        if m.rule == "office-in" and m.new and m.parts:
            out[(m.start, m.end)] = body = m.parts[0]   # «المفوضية في تونس»، «يونيسف في مصر»: a known body's office
            if tokens[body.first].definite and (body_head := _head_key(tokens[body.first].key)) in HEADS:
                last[body_head] = body                  # (… «بعثة المنظمة في العراق» after it is that body's)
            continue
        if m.rule in ("office-in", "head-noun") and m.new and body_office(tokens, m.first) and m.first + 1 < m.last:
            # «منسق مكتب المفوضية في باسكنو»، «رئيس فرع النقابة بجهة …»، «رئيس فرع الهلال الأحمر بالعيون»: the
            # office of a body the document named, by its bare head (the body it last headed) or by the first words
            # of its name
            inner = []
            for k in range(m.first + 1, m.last):
                if tokens[k].text == "في":
                    break
                inner.append(k)
            else:
                if m.rule == "office-in":
                    inner = inner[:-1]          # «… بالمغرب»: the country is the last word
            if len(inner) == 1 and tokens[inner[0]].definite and ((bare := tokens[inner[0]].key) in last or bare in construct):
                out[(m.start, m.end)] = last.get(bare) or construct[bare]
            elif inner and (words := name_keys(tokens, inner)) in named and len(owners.get(words, ())) <= 1:
                out[(m.start, m.end)] = named[words]
            continue
        keys = name_keys(tokens, range(m.first, m.last))
        if m.new or m.rule == "short-form":
            named.setdefault(keys, m)
        # a known body's first words name it short: «الوكالة اليابانية» (JICA); those of two known bodies name
        # neither. (A new body's first words were counted too: a name cut wrong, «الوكالة اليابانية لبرامج
        # المفوضية», then hid JICA's office in the develop split.)
        if m.entity is not None:
            for n in range(2, min(len(keys) + 1, 6)):
                owners.setdefault(keys[:n], set()).add(m.entity)
                named.setdefault(keys[:n], m)
        if head in HEADS and tokens[m.first].definite and (not m.new or head not in last):
            # «المنظمة»: المنظمة الدولية …, not منظمة العمل …; the last known body of that head, else the first new one
            # («النقابة الوطنية للصحافة …»; not a new one named after, a guest: «… بحضور ممثل عن المنظمة العربية …»)
            last[head] = m
        elif head in HEADS and not m.new:
            construct[head] = m     # «بنك التنمية الألماني»: a known body named in construct, when no other has that head
    return out


_MINISTERS = {"وزير", "وزيره"}
_NUMBERED_SESSION = "دوره"       # a body's numbered session («الدورة الحادية عشرة للجنة …»)
_SYNDICS = {"نقيب", "نقيبه"}       # the head of a syndicate («نقيب الأطباء»), whose body is a «نقابة»
_SYNDICATE = "نقابه"
_DEPUTIES = {w.translate(LETTERS) for w in ("نائب", "نائبة", "ونائب", "ونائبة", "مساعد", "مساعدة")}
# a government's post, of the country a title names (كاتب الدولة: a secretary of state)
_GOVERNMENT_POSTS = _MINISTERS | {"سفير", "سفيره", "قنصل", "قنصله", "كاتب", "كاتبه", "قاءم", "قاءمه"}   # (القائم بالأعمال)
# Adjectives of a title before the body it names: «المدير الإقليمي للمنظمة»، «الكاتب العام للوزارة»
_TITLE_NOUNS = {w.translate(LETTERS) for w in ("مدير", "رئيس", "منسق", "ممثل", "نائب", "أمين", "مستشار", "سفير", "مندوب",
                                                  "كاتب", "نقيب")}
_MINISTER_TITLE = re.compile(r"(?:لل|ب|ل)?(?:ال)?(?:وزير|كاتب(?:ه)? الدوله)")   # a post's words, normalized (``_POST``)
# «X، رئيس الحكومة»، «رئيس الوزراء X»، «رئيس الجمهورية X»: the head of a government or a state, after his post's word
# … not a guest's: the head's post word right after a verb of meeting, «مع» or an invitation («مباحثات مع رئيس الوزراء،
# …»، «دعوة إلى رئيس الحكومة، …»)
_GUEST_BEFORE = re.compile(r"(?:(?<!\S)(?:مع|لدي|دعوه\s+(?:رسميه\s+)?الي)|" + _MEETING_VERBS + r"(?:ت)?)\s+(?:ال)?رءيس(?:ه)?\s*\Z")
_MONARCHIES = {"country/" + c for c in ("morocco", "jordan", "saudi-arabia", "bahrain", "kuwait", "qatar", "oman",
                                         "united-arab-emirates", "spain", "belgium", "netherlands", "united-kingdom")}
_HEADS_GOVERNMENT = re.compile(r"\s*(?:ال)?(?:حكومه|وزراء|جمهوريه)\s*[,،]?\s*" + _HONORIFIC + r"?\Z")
_MINISTRY = "وزاره"


def _bodies_of(text: Text, mentions: list[Mention]) -> dict[str, list[Mention]]:
    """The organizations the document names, by their head noun (جمعية، منظمة، مجلس …), in text order."""
    tokens = text.tokens
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        k = head_index(text, m)
        head = _head_key(tokens[k].key) if m.kind == "organization" and (m.last - m.first >= 2 or k != m.first) else None
        if head is not None and HEADS[head][0] == "organization":
            out.setdefault(head, []).append(m)
    societies_too(out)
    return out


def _ministries_of(text: Text, mentions: list[Mention], dateline: Mention | None = None) -> dict[str, Mention]:
    """The ministries the document names, by the first word of their remit (وزارة الداخلية → الداخلية):
    the first one named of each; not another nation's («وزارة الداخلية الإسبانية»), whose minister's title says so,
    than the country of the document's ``dateline`` («القاهرة، … – … وزارة العمل المصرية … وزير العمل»)."""
    tokens = text.tokens
    nations = adjectives()
    ours = {MOROCCO, dateline.entity if dateline is not None else MOROCCO}
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "organization" and m.last - m.first >= 2 and _head_key(tokens[m.first].key) == _MINISTRY \
                and nations.get(tokens[m.last - 1].key, MOROCCO) in ours \
                and (remit := _remit(tokens, m.first + 1, m.last)) is not None:
            out.setdefault(remit, m)
    return out


_CHARGED = {"مكلف", "مكلفه"}
_TITLE_LINKS = {"باسم", "علي"}   # a title's word before its body: «المتحدث باسم …»، «المشرف العام على …» (على normalized)
_TITLE_BODY_REACH = 16      # characters after a minister's title where a ministry named is the title's own
_DELEGATE = {"منتدب", "منتدبه"}


def _remit(tokens, k: int, end: int) -> str | None:
    """The first word of a minister's or a ministry's remit from token ``k``: «(وزارة) الداخلية» → الداخلية;
    after «المكلف(ة) بـ», the word it is in charge of, «(الوزير المنتدب …) المكلف بالمغاربة …» and «(الوزارة)
    المكلفة بالمغاربة …» → بالمغاربة; None when no definite word stands there."""
    charged = next((j for j in range(k, min(end, k + 12)) if tokens[j].key in _CHARGED), None)
    if charged is not None and charged + 1 < end:
        return tokens[charged + 1].key
    return tokens[k].key if k < end and tokens[k].definite and tokens[k].key not in _DELEGATE else None


def _demonstrated(tokens: list[Token], i: int) -> bool:
    """Token ``i`` follows «هذا» or «هذه»."""
    return i > 0 and tokens[i - 1].key in ("هذا", "هذه")


_MANY = {"عديد", "وعديد", "عدد", "وعدد", "مجموعه", "ومجموعه", "جمله", "وجمله", "سلسله", "وسلسله"}


def _some_of(tokens: list[Token], i: int) -> bool:
    """Whether the plural at ``i`` is counted, not named: «العديد من / عدد من / مجموعة من البرامج»."""
    return i >= 2 and tokens[i - 1].text == "من" and tokens[i - 2].key in _MANY


def _names_again(tokens: list[Token], i: int) -> str | None:
    """The kind of item token ``i`` names again, a bare «المشروع» or «هذه الاتفاقية»; None if it names none."""
    kind = REFERRING.get(tokens[i].key)
    return kind if kind and (tokens[i].definite or _demonstrated(tokens, i)) else None


_AS_FOR = re.compile(r"(?<!\S)[وف]?اما\s+(?:\S+\s+)?\Z")     # «أما (مشروع) X»
# «… وعن الغرفة X مديرها العام السيد Y»: the body a signer signs for, right before a title with its pronoun
# (two words or more: «عن الجامعة رئيسها» names the university again)
_SIGNS_FOR = re.compile(r"(?<!\S)(?:و)?عن\s+([^\s,.;:]+(?:\s+[^\s,.;:]+){1,6}?)\s+\Z")
_SIGNS_FOR_AGAIN = re.compile(r"(?<!\S)(?:و)?عن\s+(ال[^\s,.;:]+)\s+\Z")     # «وعن الوزارة أمينها العام»: one word
# «أما الاتفاقيات القطاعية، فقد …»، «أما مذكرة التفاهم الخاصة بـ…، فقد …»: what a clause is about, put first (a noun:
# not «أما في بركان، فقد …»), with up to two asides on it («أما الاتفاقية الثالثة، المتعلقة بـ…، فقد أمضاها …»)
_TOPICALIZED = re.compile(r"(?<!\S)(?:و)?اما\s+(ال[^,.;:]{2,60}?|(?!(?:في|من|عن|علي|الي|بعد|قبل|خلال|بين|حول|لدي|عند|يوم"
                          r"|بخصوص|بالنسبه|بشان)\s)[^\s,.;:]+\s+(?:[«\"“]|ال)[^,.;:]{1,60}?)(?P<aside>(?:\s*,[^,.;:]{1,100}?){1,2})?"
                          r"\s*,\s*ف")
# «أما الاتفاقية الثالثة»: a head noun and an ordinal put first is one more of its kind, not the one named before
_ANOTHER_ONE = re.compile(r"ال\S+\s+ال(?:ثاني|ثالث|رابع|خامس|سادس)")     # (not «الأخيرة»: the latter)
_THEN_VERB = re.compile(r"(?:قد\s+)?")        # between «، ف» and the clause's verb


class _Topic:
    """What the document is talking about: for each kind of item the most salient one, where each
    naming of an item and each bare «المشروع», «هذه الشراكة» … (which refers to it) adds salience,
    and salience fades sentence by sentence. An interview about one project that mentions another
    in passing stays about the first."""

    FADING = 0.8

    def __init__(self, text: Text) -> None:
        self.text, self.tokens = text, text.tokens
        self.starts = [t.start for t in self.tokens]
        self.salience: dict[str, float] = {}
        self.last: dict[str, Mention] = {}
        self.phases: dict[tuple[str, ...], Mention] = {}     # a phase's words → the item it was said to be a phase of
        self.headed: dict[str, Mention] = {}    # an item's head noun (اجتماع، حفل، برنامج، حملة) → the last item named with it
        self.study: Mention | None = None       # the last study, survey or guide named («هذا المسح»، «الدراسة» name it)
        self.weight = 1.0
        # The most salient item of each kind so far (and of "fund", items of the class Fund), kept as salience
        # grows: asking for it costs a few lookups, not a pass over every item the document named (a long
        # document of many items and many «المشروع» made that quadratic). Ties go to the item named first.
        self.first: dict[str, int] = {}
        self.leader: dict[str, str] = {}
        self.opening: dict[str, str] = {}       # of each kind, the first item named by its name (``announced``)

    def best(self, kinds) -> Mention | None:
        groups = [g for g in self.leader if g in kinds]
        keys = [self.leader[g] for g in groups]
        if not all(_is(self.last[k], kinds) for k in keys):
            # an item whose last mention is of another kind than it had: read them all
            keys = [k for k in self.salience if _is(self.last[k], kinds)]
        return self.last[max(keys, key=self._rank)] if keys else None

    def _rank(self, key: str) -> tuple[float, int]:
        return self.salience[key], -self.first[key]

    def _add(self, key: str, amount: float) -> None:
        self.salience[key] = self.salience.get(key, 0) + amount
        self.first.setdefault(key, len(self.first))
        m = self.last[key]
        for group in (m.kind, "fund") if m.cls == "Fund" else (m.kind,):
            leader = self.leader.get(group)
            if leader is None or leader == key or self._rank(key) > self._rank(leader):
                self.leader[group] = key

    def read(self, start: int, end: int, mentions: list[Mention]) -> None:
        """Update with a sentence [start, end) and its mentions."""
        # Fading everything is growing what comes next (one multiplication, not one per item),
        # brought back to scale now and then.
        self.weight /= self.FADING
        if self.weight > 1e100:
            self.salience = {k: v / self.weight for k, v in self.salience.items()}
            self.weight = 1.0
        named = covered(mentions)
        for i in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            kind = _names_again(self.tokens, i)
            if kind and i not in named:
                referred = self.again(kind, self.tokens[i].key)
                if referred is not None:
                    self._add(self.key(referred), self.weight)
        for n, m in enumerate(mentions):
            if m.kind in ITEMS:
                key = self.key(m)
                self.last[key] = m
                if m.entity or m.rule == "quoted-title":
                    self.opening.setdefault(m.kind, key)
                if m.cls == "Study":
                    self.study = m
                if (head := _head_of(self.tokens[head_index(self.text, m)].key)) is not None:
                    self.headed[head] = m
                self._add(key, self.weight)
                leader = self.leader.get(m.kind)
                if leader is not None and leader != key and _AS_FOR.search(self.text.norm, max(start, m.start - 12), m.start):
                    # «أما مشروع SALEM، …»: «as for» turns the talk to the item it names
                    self.salience[key] = self.salience[leader] + self.weight
                    self._add(key, 0)
            if m.kind == "phase" and n + 1 < len(mentions) and mentions[n + 1].kind in ACTIVITIES - {"phase", "event"} \
                    and _OF.fullmatch(self.text.norm, m.end, mentions[n + 1].start):
                self.phases[self.words(m)] = mentions[n + 1]   # المرحلة الثانية من مشروع X

    def again(self, kind: str, key: str) -> Mention | None:
        """What a bare head noun of a kind (``key``: «الاجتماع»، «هذا الحفل»، «البرنامج») names again: the most salient
        item of the kind, unless its own head is another («المؤتمر …» for «خلال هذا اللقاء»، a campaign for «البرنامج»)
        and an item was named with this head: the last one so named."""
        best = self.of_kind(kind)
        head = _head_of(key)
        # (an item whose own head noun is unknown, a title in quotes alone, stays the one named again)
        own = _head_of(self.tokens[head_index(self.text, best)].key) if best is not None else None
        if best is None or head is None or head == own or own is None and kind != "event":
            return best
        same = self.headed.get(head)
        # (an item of another kind than asked is no better: «المشروع» of a document with no project is its programme)
        return same if same is not None and (kind == "event" or same.kind == best.kind) else best

    def announced(self, kind: str) -> Mention | None:
        """The first item of a kind the document named by its name, the one it announces («رصدت X للمبادرة الجديدة …»
        after another one the text names more often; not a headline's «برنامج أممي جديد» before it); when it named
        none of the kind so, the most salient item a bare head noun of the kind names."""
        key = self.opening.get(kind)
        return self.last[key] if key is not None else self.of_kind(kind)

    def of_kind(self, kind: str) -> Mention | None:
        """The most salient item of a kind a bare head noun names; «المشروع» in a document with no project is its
        programme («أطلق X برنامج «تمكين». وتتولى تنفيذ المشروع …»), and the other way round."""
        best = self.best({kind})
        if best is None and kind in _CARRIED:
            best = self.best(_CARRIED)
        return best

    def owner(self, m: Mention) -> Mention | None:
        """What a bare phase (المرحلة الثانية) is of: the item the document last named after the same
        words and «من»; None when it never did."""
        return self.phases.get(self.words(m))

    def words(self, m: Mention) -> tuple[str, ...]:
        return tuple(t.key for t in self.tokens[m.first:m.last])

    def key(self, m: Mention) -> str:
        return m.entity or self.text.norm[m.start:m.end]


class _Sentence:
    def __init__(self, text: Text, start: int, end: int, mentions: list[Mention], topic, amounts,
                 implicit: Sequence[Mention] = (), offices: dict[tuple[int, int], Mention] | None = None,
                 ministries: dict[str, Mention] | None = None, bodies: dict[str, list[Mention]] | None = None,
                 home: Mention | None = None) -> None:
        self.text, self.start, self.end, self.mentions, self.topic, self.amounts = text, start, end, mentions, topic, amounts
        self.home = home        # a minister's country when his title names no other (``places.government``)
        self.previous: list[Mention] = []   # the mentions and anaphors of the sentence before (``find`` sets them)
        self.unnamed_event: Mention | None = None  # the event the document speaks of unnamed (``mentions._unnamed_meeting``)
        self.package: Mention | None = None     # who gives the shares the document names (``giver``, ``find`` sets it)
        self.card: Mention | None = None        # the item of the fact sheet's card the sentence is a line of (``labels``)
        self.needed: frozenset[str] = _NEEDED   # the words rules need that the document has (``find`` sets them)
        self.territories: list[tuple[str, Mention]] = []    # the document's regions and provinces (``_territories``)
        self.offices = offices or {}
        self.ministries = ministries or {}
        self.bodies = bodies or {}
        self.norm = text.norm[start:end]
        self.all = sorted([*mentions, *implicit], key=lambda m: (m.start, -m.end))   # what chains read
        self.all_starts = [m.start for m in self.all]
        self._duals: bool | None = None     # whether the sentence has a dual naming two bodies (``dual_at``)
        self.document: list[Mention] = []   # the document's mentions (``find`` sets them): «الجمعيتان ذاتهما»
        self.document_starts: list[int] = []
        self.starts = [m.start for m in mentions]
        self._unnamed: tuple[bool, bool] | None = None
        self._again: tuple[Mention | None] | None = None     # topic_programme, once per sentence

    def facts(self) -> list[Fact]:
        out: list[Fact] = []
        budget = _TRIGGERS_PER_SENTENCE    # a hostile sentence of thousands of triggers stays linear
        # (the rules, then the triggers, in their order: those that need no word, and those that need one the
        # sentence holds)
        for k in sorted(_ALWAYS.union(*(_PATTERNS_NEEDING[w] for w in self.needed if w in self.norm))):
            rule = _PATTERNS[k]
            for match in rule.pattern.finditer(self.norm):
                budget -= 1
                if budget < 0:
                    break
                start, end = self.start + match.start(), self.start + match.end()
                out += self.apply(rule, start, end) if k < len(RULES) \
                    else self.presided(rule, match, self.triggered(rule, start, end))
        out += self.agreements() + self.listed() + self.held_in() + self.signed_at() + self.runs_in() + self.posts() + self.titled() + self.appointed() \
            + self.governors() + self.took_office() \
            + self.funds() + self.given() + self.cooperated() + self.parts_carried()
        out += self.benefits() + self.seats() + self.targeted() + self.aimed_at() + self.partners_of() + self.gathered_by() + self.its_partners() + self.spoken() + self.shared() + self.members() \
            + self.gathered() + self.bound() + self.undertaken() + self.between_both() + self.signed_by_both() + self.initiated() \
            + self.countries_again() + self.units_listed() + self.take_on() + self.counterparts() + self.passive() + self.represented() \
            + self.chaired() + self.occupied() + self.own_session()
        out += self.co_organizers(out)
        out = self.with_implementer(self.given_to_body(out))
        out += self.granted(out)
        attended = self.attended(out)
        return out + attended + self.closed_by(out) + self.represented_too(out + attended) + self.chairs_bodies(out) + self.signed_during(out) + self.sides(out) + self.shares_too(out) \
            + self.beside(out) + self.implemented_in(out) + self.donors() + self.shares_given(out) + self.labels()

    def presided(self, trigger: Trigger, match: re.Match, found: list[Fact]) -> list[Fact]:
        """The facts of a trigger of chairing, closing or overseeing an event, read by who did it: a body or a country
        organizes the event, a person takes part in it (the corpus's annotators never make him its organizer)."""
        if trigger.name == "participant:taraasa" and "تراس" in match.group(0) \
                and all(f.rule == trigger.name for f in found):
            # «وترأس الاجتماعَ المغرب وإسبانيا»: the bodies or countries that chair an event (the verb, not
            # «برئاسة», nor «أشرف على») organize it too; a person who chairs takes part only (never its organizer in
            # the 120 documents annotated)
            found += [replace(f, role="organizer", rule="organizer:taraasa") for f in found
                      if f.arg("agent").kind != "person"]
        if trigger.name in _OPENS_OR_CLOSES and "ختتم" in match.group(0) or trigger.name == "organizer:ikhtatama":
            # «اختتم المعهد القضائي دورة تدريبية»، «اختتمت اللجنة أعمال دورتها»: a body that closes an event
            # organizes it (the corpus's annotators, 4 of 5); a person who closes it takes part; the event is
            # the verb's object, right after who closes it (not «اختتمت X مشاركتها في الملتقى»: her part in it); a
            # body that closes its visit is the visitor («واختتمت بعثة المنظمة زيارتها إلى تونس»)
            found = [replace(f, role="organizer", rule="organizer:ikhtatama")
                     if f.arg("agent").kind != "person" and not _OWN_VISIT.match(self.text.tokens[f.arg("in").first].key)
                     else replace(f, role="participant", rule="participant:ikhtatama") for f in found
                     if trigger.name != "organizer:ikhtatama"
                     or _CLOSED_GAP.fullmatch(self.text.norm, f.arg("agent").end, f.arg("in").start)
                     or _CLOSED_WITH.search(self.text.norm, f.arg("in").start - 1, f.arg("in").end)]
        if trigger.name == "organizer:tushrif-alayha":
            # (the event right before, no comma between but one that opens the relative clause: «ووحدات
            # للتوجيه أشرف عليها المركز» oversees the units, not a ceremony named farther back; who oversees
            # right after the verb: «يشرف عليها خبراء من المنظمة» are its trainers; a person who oversees it
            # takes part, as one who chairs)
            found = [replace(f, role="participant", rule="participant:tushrif-alayha")
                     if f.arg("agent").kind == "person" else f for f in found
                     if "," not in self.text.norm[f.arg("in").end:self.start + match.start()].rstrip(" ,")
                     and self.start + match.start() - f.arg("in").end <= _OVERSEEN_REACH
                     and f.arg("agent").start <= self.start + match.end() + 1]
        return found

    def granted(self, facts: list[Fact]) -> list[Fact]:
        """«وقع الصندوق اتفاقية (منحة) مع المنظمة بقيمة 5 ملايين دولار لتمويل برنامج Y»: the one party named before an
        agreement that carries an amount funds what the agreement is for (Y, named after «لتمويل / لتنفيذ / لدعم»); and,
        for a grant («منحة، هبة»; not a loan: who borrows signs it too), the one party it is signed with, who receives it."""
        out: list[Fact] = []
        parties: dict[Mention, list[Mention]] = {}
        for f in facts:
            if f.role == "party" and f.args[0][1].kind in _FUNDERS and f.args[1][1] in self.mentions:
                parties.setdefault(f.args[1][1], []).append(f.args[0][1])
        for agreement, agents in parties.items():
            before = _once(a for a in agents if a.end <= agreement.start)
            after = _once(a for a in agents if a.start >= agreement.end)
            stop = _CLAUSE_STOP.search(self.text.norm, agreement.end, self.end)
            end = min(stop.start() if stop else self.end, agreement.end + _GRANT_REACH)
            money = next((a for a in self.amounts if agreement.end <= a.start < end), None)
            if len(before) == 2:
                # «وقعت وزارة الاقتصاد والبنك الدولي اتفاقية قرض …»: the one that may give, when only one may; of a state
                # and a bank, a fund or an agency, the latter (two states: which gives is not said; the dateline was
                # tried, and is as often the donor's capital)
                givers = [a for a in before if _donor(a)]
                givers = [a for a in givers if a.kind != "country"] if len(givers) == 2 else givers
                before = givers if len(givers) == 1 else before
            if len(before) != 1 or money is None or not _donor(before[0]):
                continue        # (who borrows or receives signs too: the one before must be a donor, a state or a fund)
            purpose = _GRANT_FOR.search(self.text.norm, money.end, end)
            item = self.item_at(purpose.end())[0] if purpose else None
            if item is not None and item.kind == "phase" and (of := _OF.match(self.text.norm, item.end)) is not None:
                item = self.item_at(of.end())[0] or item      # «لتمويل المرحلة الثانية من برنامج «Y»»: Y
            if item is None and purpose is not None:
                # «لتمويل برنامج «Y»»: the name in quotes after its head noun
                named = _QUOTED_NAME.match(self.text.norm, purpose.end())
                start = named.end() if named else purpose.end()
                at = bisect_left(self.starts, start)
                item = next((m for m in self.mentions[at:at + 1] if m.kind in ("programme", "project")
                             and not self.text.norm[start:m.start].strip(" «\"“")), None)
            items = [item] if item is not None and item.kind in ("programme", "project", "plan", "organization") else []
            if len(after) == 1 and after[0] not in items and _GRANT.search(self.text.norm, agreement.start, agreement.end) \
                    and not (after[0].kind != "country" and _donor(after[0])):
                # (not a fund, a bank or a donor agency signed with: «وقعت الحكومة اتفاقية منحة مع البنك …» is the bank's)
                items.append(after[0])  # «اتفاقية منحة مع المفوضية بقيمة …»: the grant is the other party's (and
                                        # goes to what it is for: «… لتمويل خطة الاستجابة»)
            out += [Fact("funding", "funding", (("funder", before[0]), ("item", item)), before[0].start,
                         max(item.end, money.end), "funding:grant-agreement", 0.7,
                         Amount(money.value, money.currency, money.estimate)) for item in items]
        return out

    def co_organizers(self, facts: list[Fact]) -> list[Fact]:
        """«نظمت X، بشراكة مع Y، ندوة …»، «الندوة التي نظمتها X بتعاون مع Y»: the partner of an organizer, in the
        clause that organizes, organizes the event with it; and who organizes an event «بالتعاون مع X» (a partner
        working with its organizer: ``apply``) is the partner of its other organizers."""
        # (the sources' curators keep the partners of a seminar apart from its organizer; the corpus's annotators,
        # in 120 documents, make them co-organizers and partners of the organizer, never partners of the event)
        organized: dict[tuple[int, int], list[Fact]] = {}
        by_event: dict[tuple[int, int], list[Fact]] = {}
        for f in facts:
            if f.role == "organizer":
                organized.setdefault((f.args[0][1].start, f.args[0][1].end), []).append(f)
                by_event.setdefault((f.args[1][1].start, f.args[1][1].end), []).append(f)
        out = [Fact("participation", "organizer", (("agent", f.args[0][1]), ("in", o.args[1][1])), f.start, f.end,
                    "organizer:with-organizer", 0.6)
               for f in facts if f.rule == "partner:of-agent"
               for o in organized.get((f.args[1][1].start, f.args[1][1].end), [])]
        return out + [Fact("participation", "partner", (("agent", f.args[0][1]), ("in", o.args[0][1])),
                           min(f.start, o.start), max(f.end, o.end), "partner:co-organizer", 0.6)
                      for f in facts if f.role == "organizer" and f.rule.endswith(":with")
                      for o in by_event.get((f.args[1][1].start, f.args[1][1].end), [])
                      if not o.rule.startswith("partner:") and o.args[0][1].kind in _FUNDERS
                      and (o.args[0][1].entity is None or o.args[0][1].entity != f.args[0][1].entity)
                      and o.args[0][1] is not f.args[0][1]]

    def with_implementer(self, facts: list[Fact]) -> list[Fact]:
        """«وتتولى X تنفيذه بالتنسيق مع Y»، «يتولى X تنفيذ البرنامج بالشراكة مع Y»: who works with an item's implementer,
        in the clause that carries it out or launches it, is the implementer's partner, not the item's (so the corpus's
        annotators file it: 32 of 33 such partners)."""
        implementers: dict[tuple[int, int], list[Mention]] = {}
        carrying = [f for f in facts if f.role == "implementing"]
        for f in carrying:
            implementers.setdefault((f.args[1][1].start, f.args[1][1].end), []).append(f.args[0][1])
        out = []
        for f in facts:
            partner, item = f.args[0][1], f.args[1][1]
            if f.rule not in _WITH_RULES or item.kind not in ("programme", "project", "component"):
                out.append(f)
                continue
            # (of the item it names, else, when that item is named after the partner, of the last item carried out
            # before: «وتتولى X تنفيذ هذا المشروع، الممتد على أربعة وعشرين شهرا، بالشراكة مع Y، بتمويل من Z في إطار
            # برنامج W»)
            by = implementers.get((item.start, item.end)) \
                or [g.args[0][1] for g in carrying if g.end <= f.end and item.start > partner.end][-1:]
            agents = [a for a in by if a is not partner and (a.entity is None or a.entity != partner.entity)]
            out += [Fact("participation", "partner", (("agent", partner), ("in", a)), min(f.start, a.start),
                         max(f.end, a.end), "partner:with-implementer", f.confidence) for a in agents] or [f]
        return out

    def scene(self, m: Mention) -> bool:
        """A city named by its word or as a capital («مدينة فاس»، «العاصمة التونسية»، «العاصمة النرويجية أوسلو»): the
        scene of what it hosts, not a party to it."""
        return m.kind == "city" and (named_with_word(self.text, m) or self.text.norm.endswith("مدينه ", 0, m.start)
                                     or _CAPITAL_BEFORE.search(self.text.norm, max(0, m.start - 30), m.start) is not None)

    def donors(self) -> list[Fact]:
        """«الذي حضرته ألمانيا وسويسرا والسويد بصفتها جهات مانحة»: the bodies or countries listed right before «as
        donors» fund the programme or project the sentence names, else the document's topic one."""
        out: list[Fact] = []
        for match in _AS_DONORS.finditer(self.norm):
            ts = self.start + match.start()
            donors: list[Mention] = []
            for m in reversed(self.mentions[:bisect_left(self.starts, ts)]):
                end = donors[-1].start if donors else ts
                if m.end > end or m.kind not in _FUNDERS or not _LIST_JOIN.fullmatch(self.text.norm, m.end, end):
                    break
                donors.append(m)
            item = self.first_for(self.end) or self.topic.best({"programme", "project"})
            if item is None:
                continue
            out += [Fact("funding", "funding", (("funder", d), ("item", item)), d.start,
                         self.start + match.end(), "funding:as-donors", 0.6) for d in reversed(donors)]
        return out

    def implemented_in(self, facts: list[Fact]) -> list[Fact]:
        """«وتنفذه المفوضية في السودان وتشاد»: a project or programme named before its implementer runs in the places
        marked as where right after the implementer, countries too (the corpus's annotators: 5 of 6 there, where
        ``runs_in`` makes a country a beneficiary)."""
        out: list[Fact] = []
        norm = self.text.norm
        for f in facts:
            if f.role != "implementing":
                continue
            (_, agent), (_, item) = f.args
            if item.kind not in ("project", "programme") or item.end > agent.start or not self.start <= agent.start:
                continue
            at, gap = agent.end, _IMPLEMENTED_IN
            for m in self.all[bisect_left(self.all_starts, agent.end):]:
                if m.start >= self.end or m.kind not in _LOCATIONS or not gap.fullmatch(norm, at, m.start):
                    break
                out.append(Fact("located", "place", (("what", item), ("where", m)), agent.start, m.end,
                                "located:implemented-in", 0.5))
                at, gap = m.end, _LIST_JOIN
        return out

    def holds(self, needs: tuple[str, ...]) -> bool:
        """Whether the sentence holds one of the words a pattern needs (``triggers.required``; none: it may)."""
        return not needs or any(map(self.norm.__contains__, needs))

    # Arguments -----------------------------------------------------------------------------
    def chain(self, pos: int, kinds=AGENTS, lead=_LEAD_GAP) -> list[Mention]:
        """The mentions right after ``pos``, joined by و، , ثم or brackets; a place that only
        locates the agent before it (مكتب الأمم المتحدة في المغرب، المنظمة الدولية للهجرة بالمغرب) is skipped."""
        if (pair := self.dual_at(pos, kinds)) is not None:
            return pair
        out: list[Mention] = []
        last = pos
        locating = False        # the place just skipped located the agent before it
        for m in self.all[bisect_left(self.all_starts, pos):]:
            if m.start < last:
                continue
            gap = _closed(self.text.norm[last:self.named_from(m)], out)
            if out and m.kind in _LOCATIONS and (out[-1].kind not in _LOCATIONS and gap.strip() == "في"
                                                 or not gap.strip() and self.text.norm[m.start] == "ب"
                                                 or self.region_of_body(out[-1], m, gap)
                                                 or out[-1].kind not in _LOCATIONS and _PLACED_BY.fullmatch(gap)
                                                 or locating and gap.strip() in ("", ",")):
                last = m.end    # … a place in a place: الدار البيضاء بالمغرب; a body's: «المندوبية … بجهة سوس ماسة»
                locating = True     # (and the places listed with it: «… في السودان وتشاد»)
                continue
            locating = False
            if out and _AFFILIATED.fullmatch(gap) or out and m.kind == "organization" and out[-1].kind == "organization" \
                    and not gap.strip() and self.text.norm[m.start] == "ب" and at_body(self.text.tokens[m.first]):
                last = m.end    # «مركز الدراسات … التابع للمندوبية السامية للتخطيط»، «لجنة الداخلية بمجلس النواب»: whose
                continue        # it is, not one more
            if not (lead if not out else _CHAIN_GAP).match(gap) and not (out and gap.strip() in ("", "و")) \
                    or not out and m.kind != "organization" and _OFFICE_END.search(gap):
                break
            if out and m.rule == "acronym-in-brackets":
                pass            # the acronym of the name before it: (SDC)
            elif out and m.kind in kinds and not gap.strip() and out[-1].entity is None \
                    and _LATIN.match(self.text.norm, m.start):
                out[-1] = m     # «الجمعية الإيطالية CERFE»: the name after its description is the agent
            elif m.kind in kinds:
                out.append(m)
            elif out:
                break
            last = m.end
        return out

    def unquoted(self, gap: str, m: Mention, out: list[Mention]) -> str:
        """The gap before a body named by its name in quotes as without them, and without the quote that closes the
        one before: «بحضور وفد عن «أنابيك» وممثلين عن «فريسويلبا»»."""
        if m.kind != "organization" or not self.in_quotes(m) or gap.rstrip()[-1:] not in OPENING_MARKS:
            return gap      # (nor a body whose head noun before the quote is its name's start: «جمعية «أيادي التضامن»»)
        gap = gap.rstrip()[:-1]
        if out and self.in_quotes(out[-1]) and gap.lstrip()[:1] in _CLOSING_QUOTES:
            gap = gap.lstrip()[1:]
        return gap

    def in_quotes(self, m: Mention) -> bool:
        """Whether a mention is all a title in quotes: «أنابيك»."""
        before, after = self.text.norm[max(0, m.start - 2):m.start].rstrip()[-1:], self.text.norm[m.end:m.end + 1]
        return bool(before) and before in OPENING_MARKS and bool(after) and after in _CLOSING_QUOTES

    def named_from(self, m: Mention) -> int:
        """Where a name begins in the text: at the bare head noun of the title in quotes it is («نظمت جمعية
        "أيادي التضامن"»: no gap between the verb and its agent), else at the mention."""
        k = head_index(self.text, m)
        if k == m.first and m.kind == "country" and m.first > 0 and self.text.tokens[m.first - 1].key in _STATE_WORDS:
            return self.text.tokens[m.first - 1].start     # «وجمهورية كوت ديفوار»، «والمملكة الإسبانية»: at the state's word
        return self.text.tokens[k].start if k != m.first else m.start

    def dual_at(self, pos: int, kinds) -> list[Mention] | None:
        """«ويموله الطرفان»، «من طرف الوكالتين»، «وتتولى المنظمتان تنفيذه»: the agents a dual at ``pos`` names again, the
        two bodies of ``both`` (none if it cannot tell which two); None if no dual is there."""
        if self._duals is None:     # (read once per sentence: most name no dual, and chains are read often)
            self._duals = _DUAL_ANYWHERE.search(self.norm) is not None
        dual = _DUAL_AGENTS.match(self.text.norm, pos, self.end) if self._duals else None
        if dual is None or self.text.norm.endswith("بين ", 0, dual.start("dual")):
            return None         # («بين الوكالتين»: a partnership between them, ``between_both``)
        candidates = [*self.previous, *self.all]
        pair = self.both(dual.start("dual"), dual.group("dual"), candidates, [m.start for m in candidates])
        head = _dual_head(dual.group("dual"))
        if head is not None and any(_head_key(self.text.tokens[m.first].key) != head for m in pair):
            pair = []       # «الجمعيتان» are two associations, not the sentence's agency and government
        if not pair and head is not None and _SAME_TWO.match(self.text.norm, dual.end("dual")):
            pair = self.same_two(dual.start("dual"), head)
        if not pair and dual.group("dual").startswith(_AGENCY_DUALS) and _INTERNATIONAL_DUAL.match(self.text.norm, dual.end("dual")) \
                and sum(m.kind == "organization" and m.end <= dual.start("dual") for m in self.mentions) < 2:
            # (not when its sentence names two bodies before it, «تعمل الهيئة … مع الهيئة …، وقد نظمت الهيئتان», nor with
            # an adjective of other bodies, «الهيئتان الوطنيتان»)
            pair = self.named_together(dual.start("dual"))
        return [m for m in pair if m.kind in kinds]

    def named_together(self, pos: int) -> list[Mention]:
        """«… مشروع «Y» الذي تنفذه المنظمة الدولية للهجرة ومنظمة العمل الدولية …. ورشة أشرفت على تنظيمها الوكالتان
        الأمميتان»: the last two bodies the document names together before ``pos``, one joined to the other by «و» and no
        third to either (a list of three is no pair)."""
        at = bisect_left(self.document_starts, pos)
        named = [m for m in self.document[max(0, at - _TOGETHER_REACH):at] if m.end <= pos]
        for k in range(len(named) - 1, 0, -1):
            a, b = named[k - 1], named[k]
            if a.kind == b.kind == "organization" and self.listed_after(a, b) and self.key_of(a) != self.key_of(b) \
                    and self.text.norm[a.end:b.start].strip() != "," \
                    and not (k > 1 and self.listed_after(named[k - 2], a)) \
                    and not (k + 1 < len(named) and self.listed_after(b, named[k + 1])):
                return [a, b]
        return []

    def listed_after(self, a: Mention, b: Mention) -> bool:
        """Whether ``b`` is one more of a list after ``a``: right after it, joined by «و» or a comma."""
        gap = self.text.norm[a.end:b.start].strip()
        return gap == "," or not gap and self.text.norm[b.start] == "و"

    def same_two(self, pos: int, head: str) -> list[Mention]:
        """«الجمعيتان ذاتهما»: the same two bodies, named before anywhere in the document — the last two distinct ones
        with the dual's head noun («الجمعية …» for «الجمعيتان»); none unless there are two."""
        found: list[Mention] = []
        for m in reversed([m for m in self.document if m.end <= pos and m.kind == "organization"]):
            if _head_key(self.text.tokens[m.first].key) == head and self.key_of(m) not in {self.key_of(f) for f in found}:
                found.append(m)
                if len(found) == 2:
                    return found[::-1]
        return []

    def region_of_body(self, body: Mention, m: Mention, gap: str) -> bool:
        """Whether the place ``m``, right after the organization ``body`` with «ل», is the region the body is of, no other
        one of a list («الأكاديمية الجهوية للتربية والتكوين لجهة الشرق»)."""
        return body.kind == "organization" and m.kind in _LOCATIONS and not gap.strip() and self.text.norm[m.start] == "ل"

    def roster(self, pos: int, kinds=AGENTS) -> list[Mention]:
        """The agents listed right after ``pos``: joined by و، , ثم or brackets like a chain, after an
        honorific or «ممثلين عن», and each person with its apposition («X، مدير Y، والسيد Z»): what
        the apposition names is the person's, not another agent. A place that locates the agent
        before it is skipped."""
        if (pair := self.dual_at(pos, kinds)) is not None:
            return pair
        out: list[Mention] = []
        pos = self.past_officials(pos)
        last = pos
        apposition = locating = envoy = False
        beside: re.Match[str] | None = None
        norm = self.text.norm
        for m in self.all[bisect_left(self.all_starts, pos):]:
            if m.start < last:
                continue
            gap = self.unquoted(_closed(norm[last:self.named_from(m)], out), m, out)
            if locating and m.kind in _LOCATIONS and gap.strip() in ("", ","):
                last = m.end        # the places listed with the one that locates the agent: «… في السودان وتشاد»
                continue
            locating = False
            if len(out) >= _ROSTER or len(gap) > _APPOSITION or out and _PRESENCE.search(gap):
                break       # («… السيد X، بحضور سفير Y»: who attends is not one more of the list)
            if not out:
                if m.kind == "person" and "person" in kinds and self.titled_lead(last, m.start):
                    pass        # «وقّع وزير الشؤون الاقتصادية حينها، السيد X»: the person after the title
                elif _FOR_BODY.fullmatch(gap) and m.kind in ("organization", "country") and "person" in kinds \
                        and (_OTHER_SIDE.search(norm, m.end, self.end) or self.signer_after(m.end)):
                    last = m.end    # «ووقّعها عن المنظمة (مديرها العام) السيد X»: on whose side, the signer after it
                    continue
                elif m.kind != "person" and "person" in kinds and self.in_title(last, m):
                    continue        # «كل من المدير الإقليمي للمنظمة، السيد X»: the body a title names
                elif m.rule == "anaphora" and not _ROSTER_LEAD.fullmatch(gap):
                    continue        # a body named again inside the lead: «… دولة من الدول الشريكة في المسار، من بينها X»
                elif m.kind == "country" and m.kind in kinds and _GOVERNMENTS_OF.fullmatch(gap):
                    pass        # the countries by their governments: «التي وقعتها حكومتا نيبال وقطر»
                elif (beside := _BESIDE_LEAD.match(gap)) is not None and m.kind in kinds \
                        and _ROSTER_LEAD.fullmatch(gap, beside.end()):
                    pass
                elif not _ROSTER_LEAD.fullmatch(gap) or m.kind not in kinds \
                        or m.kind != "organization" and _OFFICE_END.search(gap):
                    break
            elif (out[-1].kind not in _LOCATIONS or envoy or out[-1].kind == "country") and m.kind in _LOCATIONS and (
                    gap.strip() == "في" or not gap.strip() and norm[m.start] == "ب"):
                # (a country's place after ب is where its envoy or embassy serves: «سفير تونس بالرباط، وسفيرة …»)
                last, locating = m.end, True
                continue
            elif out[-1].kind in ("organization", "country") and (rep := _REPRESENTED_BY.match(norm, last)) \
                    and rep.end() == m.start and _ASIDE_CLOSE.match(norm, m.end):
                last = m.end    # «وقّعت الحكومة الليبية، ممثلة في وزارة الداخلية، والمنظمة …»: who speaks for it,
                continue        # an aside: the list goes on after it
            elif self.region_of_body(out[-1], m, gap):
                last = m.end    # (… and the list goes on: «… لجهة الشرق والمنظمة …»)
                continue
            elif out[-1].kind == "person" and m.kind != "person" and "person" in kinds \
                    and (person := self.titled_next(last, m)) is not None:
                out.append(person)  # «… سمير عبد الحفيظ والمسؤولة القطرية للبنك الإفريقي للتنمية بتونس مالين
                last = person.end   # بلومبرغ»: one more person by the title before his name (what it names is his)
                continue
            elif m.rule == "acronym-in-brackets" and _CHAIN_GAP.match(gap) or _AFFILIATED.fullmatch(gap):
                last = m.end    # its acronym; whose it is, «… التابع للمندوبية السامية للتخطيط»
                continue
            elif beside is not None and len(out) == 1 and _BESIDE_REST.fullmatch(gap) and m.kind in kinds:
                pass            # «إلى جانب X، كل من Y …»: the rest of the list
            elif _CHAIN_GAP.match(gap) or _AND.fullmatch(gap):
                joined = _AND.fullmatch(gap)
                titled = last + joined.start("title") if joined and joined.group("title") else -1
                if titled > 0 and m.kind != "person" and "person" in kinds \
                        and self.in_title(titled - (norm[titled - 1] == "و"), m):
                    continue    # «…، وسفير إسبانيا بالمغرب السيد Y»: the country of the next one's title
                if m.kind not in kinds:
                    break
            elif out[-1].kind == "person" and (gap.lstrip().startswith(",") or _NEXT_SIDE.match(gap)
                                               or gap[:1] == " " and _POST.match(norm, last + 1)):
                # (a title right after the name, no comma, as the Mashriqi agencies write: «الدكتور X نائب وزير …، وعن
                # المنظمة السيد Y»: the apposition)
                # («… السيدة X وعن المجلس رئيسه السيد Y»: the next side's signer, no comma between)
                if _THEN.search(gap) or _WHILE.search(gap):
                    break       # «… مع السيد X، ثم ألقى السيد Y كلمة»، «… بحضور X، فيما وقّعها Y»: the next clause's, not
                                # one more of the list
                apposition = True
                if m.kind != "person" and "person" in kinds and _ENVOY_BEFORE.search(gap):
                    continue    # «…، وعن الجانب الإيطالي سفير إيطاليا لدى القاهرة، السيد Y»: the country of Y's title
                # (a name read with its «و» after a comma: «…، وماجد يوسف، مدير …» joins the list as «…، والسيد Y»
                # does; not «مستشار الوزير وليد …», a name's own letter)
                joined = _AND_NEXT.search(gap + "و" if m.kind == "person" and norm[m.start] == "و" and gap.rstrip().endswith(",")
                                          else gap)
                if not joined or m.kind not in kinds \
                        or m.kind in _LOCATIONS and (norm[m.start] == "ب" or gap.endswith(" في ")):
                    continue            # a word of the apposition: the person's title, its organization (where it
                                        # serves: «وعن المفوضية ممثلها بالمغرب / في المملكة السيد Y»)
            else:
                break
            if apposition and m.kind != "person" and out[-1].kind == "person" and not _AND_NEXT.search(gap):
                break
            envoy = bool(out) and out[-1].kind == "person" and _ENVOY_TITLE.fullmatch(gap) is not None
            out.append(m)       # (``envoy``: «السيدة X، سفيرة إسبانيا بالمغرب»: the country an envoy serves in is
            last = m.end        # not one more of the list)
            apposition = False
        return out

    def signer_from(self, after: int) -> Mention | None:
        """The first who may sign in the clause from ``after`` (within 100 characters): not a place marked as where
        («توقيع مذكرة تفاهم … لتعزيز صحة المهاجرين في المغرب»), nor a body at whose seat it is signed («جرى توقيع
        المذكرة في مقر السفارة اليابانية …»)."""
        stop = _CLAUSE_END.search(self.text.norm, after, self.end)
        return next((m for m in self.mentions if after <= m.start < min(after + 100, stop.start() if stop else self.end)
                     and m.kind in AGENTS
                     and not (m.kind in PLACE_KINDS and (marked(self.text, m) or self.text.norm.endswith("في ", 0, m.start)))
                     and not self.text.norm.endswith("مقر ", 0, m.start)), None)

    def signer_at(self, pos: int) -> Mention | None:
        """Who signs, named right at ``pos`` or after his title only («، يوم الخميس، وزير المالية X»; not «، يوم الخميس،
        فيما أشاد رئيس الحكومة X …», the next clause, nor «بانتظار مصادقة …»), or None."""
        signer = self.signer_from(pos)
        return signer if signer is not None and (
            signer.start == pos or signer.kind == "person" and self.titled_lead(pos, signer.start)) else None

    def signer_after(self, pos: int) -> bool:
        """Whether a person right after ``pos`` signs, after an honorific or a title only: «وقعها عن المفوضية السيد X»."""
        at = bisect_left(self.all_starts, pos)
        person = next((m for m in self.all[at:at + 3] if m.kind == "person"), None)
        return person is not None and (bool(_JUST_HONORED.fullmatch(self.text.norm, pos, person.start))
                                       or self.titled_lead(pos, person.start))

    def past_officials(self, pos: int) -> int:
        """Where a list at ``pos`` goes on past the officials it names first by their title alone, naming no body
        or person («بحضور عامل إقليم الناظور، وممثل المنظمة …»: at «المنظمة»); ``pos`` when it names none."""
        norm = self.text.norm
        moved = pos
        while (official := _OFFICIAL.match(norm, moved, self.end)) is not None:
            at = bisect_left(self.all_starts, official.start())
            if any(m.kind in AGENTS for m in self.all[at:at + 6] if m.start < official.end()):
                break           # «رئيس المجلس الجماعي …»، «السيد X»: a body or a person, the list's own
            moved = official.end()
        if moved == pos:
            return pos
        nxt = _NEXT_OF_LIST.match(norm, moved, self.end)
        return nxt.end() if nxt else moved

    def in_title(self, start: int, m: Mention) -> bool:
        """Whether ``m`` is named inside the post title of the person after it, the title starting at
        ``start`` (``titled_lead``)."""
        at = bisect_left(self.all_starts, m.end)
        person = next((p for p in self.all[at:at + 3] if p.kind == "person"), None)
        return person is not None and person.start - start <= _TITLE_LEAD and self.titled_lead(start, person.start)

    def titled_next(self, last: int, m: Mention) -> Mention | None:
        """The person named after a title that «و» joins to a list at ``last`` and that names ``m`` («… والمسؤولة
        القطرية للبنك الإفريقي للتنمية بتونس مالين بلومبرغ»): the first person after it whose name the mentions read
        after a title, only bodies and places of the title between (no clause ends there but a comma before the
        name), or None."""
        joined = _JOINED_TITLE.match(self.text.norm, last)
        if joined is None or joined.end() > m.start or not _POST.match(self.text.norm, joined.end()):
            return None
        at = bisect_left(self.all_starts, m.start)
        person = next((p for p in self.all[at:at + 4] if p.kind == "person"), None)
        if person is None or person.rule not in _TITLED_NAMES or person.start - joined.end() > _TITLE_LEAD \
                or any(x.kind not in AGENTS | _LOCATIONS for x in self.all[at:at + 4] if x.start < person.start) \
                or _CLAUSE_END.search(self.text.norm[joined.end():person.start].rstrip(" ,")):
            return None
        return person

    def titled_lead(self, start: int, end: int) -> bool:
        """Whether what stands between ``start`` and a person at ``end`` is the person's post title, «وزير
        الشؤون الاقتصادية والتنمية حينها، السيد …»: a title first, a few words, at most a comma and an
        honorific before the name (no clause ends there, no other name)."""
        lead = _SIDE_LEAD.match(self.text.norm, start, end)     # «عن الجانب المغربي وزير …»: on whose side
        assert lead is not None         # it may match nothing
        gap = self.text.norm[lead.end():end]
        if len(gap) > _TITLE_LEAD or _CLAUSE_END.search(gap.replace(",", "")) or gap.count(",") > 1 \
                or not _POST.match(self.text.norm, lead.end(), end) and not _possessed(gap.split(" ", 1)[0]):
            return False        # (a title with a possessive pronoun: «عن الوكالة مديرها العام السيد X»)
        at = bisect_left(self.all_starts, start)
        closed = bool(_HONORED.search(gap)) or gap.rstrip().endswith(",")
        if any(m.start < end for m in self.all[at:at + 4] if (m.kind != "person" or m.start != end)
               and not ((closed or m.kind in _LOCATIONS) and m.kind in AGENTS - {"person"} | _LOCATIONS and m.end <= end)):
            return False        # another name between the title and the person (but the body the title names,
                                # «المدير الإقليمي للمنظمة، السيد X», when a comma or an honorific closes it; and a
                                # place it names, «عمدة طنجة منير الليموري»)
        return closed or gap.count(" ") <= _TITLE_WORDS

    def as_for(self, ts: int) -> re.Match | None:
        """«أما الاتفاقيات القطاعية، فقد أمضاها …»: what «أما» puts first, when the verb at ``ts`` is the first of the
        clause after it (only «قد» between; not a relative clause further on, «… فتندرج في مشروع Y الذي يموله X»)."""
        topic = _TOPICALIZED.search(self.text.norm, self.start, ts)
        if topic is None or not _THEN_VERB.fullmatch(self.text.norm, topic.end(), ts) \
                or self.text.quote(topic.start(), topic.end()).lstrip("و")[:1] == "إ":
            return None     # («إما … أو …»: either, spelled alike once normalized)
        return topic

    def triggered(self, trigger: Trigger, ts: int, te: int) -> list[Fact]:
        """A trigger of the lexicon (``kg.extract.triggers``) and the arguments its clause gives."""
        topic = self.as_for(ts) if trigger.pronoun else None
        put_first = [m for m in self.mentions if topic.start(1) <= m.start < topic.end(1) and m.kind in ITEMS] \
            if topic is not None else []
        if topic is not None and not put_first and not _ANOTHER_ONE.match(self.text.norm, topic.start(1)) \
                and (topic.group("aside") or not topic.group(1).startswith("ال")):
            topic = None    # («أما الجانب الإسباني، الذي مثله …، فقد وقعها X»: a construct or an aside that names no item
                            # says nothing of what «it» is)
        if topic is not None and not put_first \
                and (not _names_again(self.topic.tokens, bisect_left(self.topic.starts, topic.start(1)))
                     or _ANOTHER_ONE.match(self.text.norm, topic.start(1))):
            # «أما الاتفاقيات القطاعية، فقد أمضاها …»: «it» is what «أما» put first, named by nothing we know (not «أما
            # المشروع …، فقد تكفلت بتمويله X»: the document's project, named again)
            return []
        counted = _COUNTED_STATES.match(self.text.norm, te, self.end) if trigger.role == "party" else None
        # (a passive's subject or a verbal noun's object comes first: «ويدار المشروع من قبل X»، «وتتقاسم تنفيذ المشروع X»)
        agents = [] if trigger.name in _OBJECT_FIRST else self.roster(counted.end() if counted else te)
        while trigger.role == "participant" and agents and len(agents) < _ROSTER \
                and (also := _FROM_AGAIN.match(self.text.norm, agents[-1].end, self.end)) is not None \
                and (more := self.roster(also.end(), {"organization", "country"})):
            agents += more      # «وحضر … ممثلون عن X وعن Y»: those of one more body (a participant's list only: a
                                # signing's «وعن Y السيد Z» is the next signer's side)
        if trigger.kind == "funding":
            agents += self.through_fund(agents)     # «ويموله الاتحاد الأوروبي من خلال صندوق …»
        if not agents and trigger.role == "party" and (at_seat := _SIGNED_WHERE.match(self.text.norm, te, self.end)):
            agents = self.roster(at_seat.end())   # «ووقع الاتفاقية في مقر الصندوق بمدينة الكويت كل من X و Y»: where, then who
        signed: Mention | None = None       # the agreement named between the verb and its signatories
        if agents and trigger.role == "party" and (on := _BARE_AGREEMENT.search(self.text.norm, ts, te)) is not None:
            signed = self.agreement_again(on.start(1))    # «وصادقت على الإعلان X و Y»: the document's declaration
        if not agents and trigger.pronoun and (how := _AGENTS_ADVERB.match(self.text.norm, te)) is not None:
            agents = self.roster(how.end())     # «وتتولى تنفيذه ميدانيا مؤسسة X»: how, between the verb and who
        given: tuple[list[Mention], Mention] | None = None    # (who gives, the body given to)
        if trigger.name in _DOUBLE_OBJECT and agents and self.text.norm[ts] in "يت" \
                and (givers := self.subject_before(ts)) and not self.text.norm[self.start:givers[0].start].strip(" -–\"«"):
            # «الصندوق الكويتي يمنح المنظمة الدولية للهجرة 3 ملايين دينار» (a headline's order): the giver before the
            # present verb, whom it gives to right after it
            given = givers, agents[0]
        elif trigger.name in _DOUBLE_OBJECT and len(agents) > 1 and not self.text.norm[agents[0].end:agents[1].start].strip() \
                and self.text.norm[agents[1].start] != "و":
            if agents[1].kind == "organization" and not any(m.start > agents[1].end and m.kind in _CARRIED for m in self.mentions):
                # «منح الصندوق الكويتي المنظمة الدولية للهجرة منحة بقيمة …»: a body given money for nothing named
                given = agents[:1], agents[1]
            agents = agents[:1]     # «وتمنح ألمانيا تونس 12 مليون يورو»: the giver, then whom it gives to (no list)
        if given is not None:
            rule = Rule("funding:yamnahu", trigger.pattern, "funding", "funding", "after", trigger.confidence)
            return self.stated(rule, ts, te, *given)
        if not agents and trigger.role == "party":
            # «وقّع اتفاقية X (عن الجانب …) السيد Y»: the agreement right after the verb, its signatories after it;
            # «ووقع الاتفاق عن …»: a bare «الاتفاق» is the document's agreement
            first = next((m for m in self.mentions if m.start >= te), None)
            if (bare := self.agreement_again(te)) is not None:
                first = bare
            if first is not None and first.kind in _AGREEMENT_KINDS and (first is bare or _LEAD_GAP.match(self.text.norm[te:first.start])):
                after = first.end if first is not bare else self.word_end(te)
                signer = self.signer_from(after)
                if signer is None and (setting := _WHEN_ASIDE.match(self.text.norm, after, self.end)) is not None \
                        and (signer := self.signer_at(setting.end())) is not None:
                    after = setting.end()   # «وقّع اتفاقية القرض، يوم الخميس … بتونس العاصمة، وزير …»: when and where
                agents = self.roster(signer.start) if signer is not None else []
                if signer is not None and agents and _CO_SIGNER.fullmatch(self.text.norm, after, signer.start):
                    # «وكانت X قد وقعت اتفاقية شراكة مع Y»: Y signs with the verb's subject before it
                    agents = self.subject_before(ts) + agents
                signed = first if agents else None
        if not agents and trigger.role == "party" and trigger.item == "after":
            agents = self.subject_before(ts)    # «وكانت الوزارة قد وقّعت مع Y اتفاقية …»: its subject before the verb
        if not agents and trigger.item == "after" and trigger.role in ("funding", "implementing"):
            # «ويمول المشروع الاتحاد الأوروبي»، «وتنفذ المشروع كل من X و Y»، «ينفذ مشروع «…» (ACR) كل من X»: the
            # item right after the verb (named, or a bare head noun standing for it), its agents after it
            first, end = self.item_after(te)
            if first is not None:
                acronym = next((m for m in self.mentions if m.start > end and m.rule.startswith("acronym")
                                and self.text.norm[end:m.start].strip(" »”\"") == "("), None)
                after = self.past_quote(acronym.end + 1 if acronym is not None else end)
                if (aside := _ITEM_ASIDE.match(self.text.norm, after, self.end)
                        or self.unnamed_aside(_PARTICIPLE_ASIDE.match(self.text.norm, after, self.end))) is not None:
                    after = aside.end()     # «ونفذت الحملة، التي امتدت عشرة أيام، X»، «وتمول العملية، حسب بلاغ، X»،
                                            # «ويمول هذا البرنامج، الممتد على ثلاث سنوات، كل من X»
                if (jointly := _AGENTS_ADVERB.match(self.text.norm, after)) is not None:
                    after = jointly.end()   # «ويمول هذا البرنامج بشكل مشترك كل من X و Y»
                # (not a place listed with one of the item's name: «ستمول مشروعا … في السنغال وغامبيا»)
                agents = self.roster(after) if self.past_listed_places(after) == after else []
                if not agents and trigger.role in ("funding", "implementing") and (by := _PASSIVE_BY.match(self.text.norm, after)):
                    # «وتُموَّل المبادرة من (طرف) الصندوق الائتماني …»: the passive's agent (after a bare «من», a body
                    # closing the clause: not «ويمول المشروع من المغرب أنشطة …», where the money comes from)
                    agents = [a for a in self.roster(by.end()) if by.group("by") or a.kind == "organization"]
                    agents = agents if by.group("by") or agents and _LIST_END.match(self.text.norm, agents[-1].end, self.end) else []
                agents = agents or self.verbs_subject(ts)
                signed = first if agents else None
        if not agents and trigger.item == "after" and trigger.role in ("funding", "implementing"):
            agents = self.fronted(ts)   # «أما الوكالة السويسرية (SDC)، فقد موّلت …، كما موّلت مكونا جديدا»
        if not agents and not trigger.pronoun and trigger.role in ("funding", "implementing") \
                and not trigger.name.startswith("implementing:asnada"):
            agents = self.verbs_subject(ts)     # (who entrusts the carrying out to another does not carry it out)
        if not agents and trigger.role in ("funding", "implementing") \
                and (that := _THAT_IT.search(self.text.norm, max(self.start, ts - 8), ts)) is not None:
            agents = self.subject_before(that.start())     # «وأعلن الاتحاد الأوروبي أنه سيمول المشروع …»
        if trigger.name == "participant:iftataha-event":
            # «وافتتح الأشغال السيد X»، «وافتتحت الاجتماع السفيرة Y»: the event right after the verb, who opened it after it
            signed = self.event_at_or_referred(te, attended=True)
            if signed is None and _PROCEEDINGS.match(self.text.norm, te):
                signed = self.topic.best({"event"})     # «الأشغال»: the proceedings of the event spoken of
            after = (self.word_after(signed, te) if signed in self.mentions or not _PROCEEDINGS.match(self.text.norm, te)
                     else self.next_word(te)) if signed is not None else te
            agents = [m for m in self.chairs(after) if m.kind == "person"] if signed is not None else []
            signed = signed if agents else None
        if trigger.name == "organizer:ashrafa-ala-tanzim-event":
            # «وأشرف على تنظيم هذا الحفل كل من X و Y»: the event named (again) right after, who organized it after it
            signed = self.event_at_or_referred(te)
            after = self.word_after(signed, te) if signed is not None else te
            jointly = _JOINTLY.match(self.text.norm, after, self.end)
            agents = self.roster(jointly.end() if jointly else after) if signed is not None else []
            signed = signed if agents else None
        if trigger.name == "participant:taraasa":
            # «وترأس الاجتماع X»: the event right after the verb, its chairs after it (no other order)
            signed = self.event_at_or_referred(te)
            agents = self.chairs(self.word_after(signed, te)) if signed is not None else []
            signed = signed if agents else None
            if signed is None and self.text.norm.startswith("ال" + SITTING, te):
                # «وترأست الجلسة الختامية السيدة X»: a sitting of the event spoken of (chaired, not organized)
                signed = self.event_at_or_referred(te, attended=True)
                agents = self.chairs(self.word_after(signed, te)) if signed is not None else []
                signed = signed if agents else None
                trigger = replace(trigger, name="participant:chairs-sitting") if agents else trigger
            country = None
            if signed is None and (of := _DELEGATION_OF.match(self.text.norm, te, self.end)) is not None \
                    and not self.elsewhere(ts):
                # «كما ترأس وفد نيجيريا وزير الداخلية X»: the country named after «وفد», then the delegation's head
                at = bisect_left(self.starts, of.end())
                country = next((m for m in self.mentions[at:at + 1] if m.kind == "country" and m.start == of.end()), None)
            if country is not None:
                agents = [country] + [m for m in self.chairs(country.end) if m.kind == "person"][:1]
                trigger = replace(trigger, name="participant:heads-delegation")
            elif signed is None and (led := _HEADED_DELEGATION.match(self.text.norm, te, self.end)) is not None:
                # «وترأس الوفد المالي السيد X»: the delegation's country and its head take part in the event spoken of
                # (no organizer: a delegation's head chairs no event)
                agents = self.by_adjective(led.start("adjective")) \
                    + [m for m in self.chairs(led.end()) if m.kind == "person"][:1]
                trigger = replace(trigger, name="participant:heads-delegation") if agents else trigger
        if not agents and trigger.name in ("participant:sharaka", "participant:hadara"):
            # «وشارك في الندوة الإقليمية … ممثلون عن X و Y»، «وشارك في المؤتمر كل من X و Y»، «وحضر الاجتماع … وفود من
            # X و Y»: the event right after the verb (or named again by its head noun), who took part after it
            # (``signed``: the item named between the verb and its agents)
            # (the event's head noun may be the trigger's last word: «حضر | الاجتماع الوزاري …»)
            verb_end = te if trigger.name == "participant:sharaka" else self.next_word(self.text.norm.find("حضر", ts, te))
            signed = self.event_attended(trigger, ts, te)
            after = te if _IN_IT.search(self.text.norm, ts, te) or self.attended_it(ts, te) \
                else self.past_setting(self.word_after(signed, verb_end)) if signed is not None else te
            if signed is not None and (aside := _RELATIVE_ASIDE.match(self.text.norm, after, self.end)):
                after = aside.end()     # «وشارك في هذا الاجتماع، الذي نظمته الوزارة، ممثلو X»: past what it says of it
            agents = self.roster(after) or self.delegation(after) or self.beside_group(after) if signed is not None \
                else [] if trigger.name == "participant:sharaka" else self.roster(te)
                # («وحضر سفراء X و Y»: the event it speaks of, unnamed)
            signed = signed if agents else None
        if not agents and trigger.role == "participant" and trigger.name != "participant:taraasa":
            agents = self.delegation(te)    # «ويشارك وفد مغربي … في أشغال الدورة»: the country of the delegation
        if not agents and trigger.role == "participant" and trigger.name != "participant:taraasa":
            agents = self.beside_group(te)  # «وحضر المؤتمر ممثلون عن ثلاثين دولة، إلى جانب X و Y»
        if trigger.name == "participant:maththala":
            # «ومثّل المغربَ في هذا المؤتمر وفد …»: the country or body, then the event right after it
            agents = [a for a in self.chain(te, {"organization", "country"})[:1]]
            signed = self.event_at_or_referred_after(agents[0].end) if agents else None
            if signed is None and agents and agents[0].kind == "country" \
                    and (head := [m for m in self.chairs(agents[0].end) if m.kind == "person"][:1]) \
                    and not any(m.kind == "event" for m in self.mentions) and not self.elsewhere(ts):
                # «فيما مثل الجزائر السيد X، وزير الداخلية»: a country and who stands for it, at the event spoken of (its
                # sentence naming none)
                signed, agents = self.topic.best({"event"}), agents + head
            if signed is None:
                return []
            if len(agents) == 1:
                after = self.word_after(signed, agents[0].end)
                agents += self.delegation_led(after) or [m for m in self.chairs(after) if m.kind == "person"][:1]
        if trigger.kind == "funding":
            # a person gives no money of his own; a body after ل gets it («دعمها للنيجر»: the noun, her support to Niger)
            agents = [a for a in agents if a.kind in _FUNDERS and not _proclitic_lam(self.text.tokens[a.first], a)]
        if agents and (wanted := _RIGHT_AFTER.get(trigger.name)) is not None \
                and (past := _AFTER_AGENTS.match(self.text.norm, agents[-1].end)) is not None \
                and not wanted.match(self.text.norm, past.end()):
            return []       # «وقامت X بزيارة … المتعلقة بتنفيذ Y»، «ويعد X الممول …، فيما تعد Z الجهة المنفذة له»
        if trigger.name in _AGENT_KINDS:
            agents = [a for a in agents if a.kind in _AGENT_KINDS[trigger.name]]
        if trigger.name == "signatory:sadaqa-maa":
            agents = [a for a in agents if self.local_council(a)]     # (a parliament approving signs nothing)
        if trigger.money and not any(te <= a.start <= te + _MONEY_REACH for a in self.amounts):
            return []           # «خصصت الندوة جلستها الأولى لـ…»: allocating is funding when an amount follows
        if not agents:
            return []
        # (agents a dual names again were named in a sentence before: the trigger ends what it reads)
        end = agents[-1].end if agents[-1].start >= self.start else te
        kind, role = trigger.kind, trigger.role
        tiers: tuple[set[str], ...]
        if role == "participant" and (funding := IN_FUNDING.match(self.text.norm, end)):
            # «ويشارك البنك … في تمويل هذا الدعم»: taking part in funding is funding
            if _REFERS_BACK.match(self.text.norm, funding.end()):
                return []       # … of what «هذا الدعم» refers back to, not of the item named after it («ضمن برنامج …»)
            kind, role, tiers = "funding", "funding", (ACTIVITIES | {"fund"}, FUNDABLE)
            where = "after"
        else:
            tiers = _TIERS[trigger.items]
            where = trigger.item
        if trigger.role == "party":
            behalf = ON_BEHALF.match(self.text.norm, end, self.end)
            if behalf:
                # «وقعت X، نيابة عن Y و Z، اتفاق …»: Y and Z sign through X
                more = self.roster(behalf.end(), {"organization", "country"})
                agents += more
                end = agents[-1].end
        if trigger.pronoun:
            # a dual or plural pronoun (تنفذهما) with no item right before it stands for several: no one topic
            # … and a relative clause (التي وقعها) is about the item right before it, or about nothing we know
            found = put_first[-1] if put_first else \
                self.antecedent(ts, tiers, single=not _PLURAL.search(self.text.norm, ts, te)
                                and not _RELATIVE.match(self.text.norm, ts), strict=kind == "funding")
                # («أما مذكرة «Y»، فقد وقعها X»: what «أما» put first)
            if found is None and _DUAL.search(self.text.norm, ts, te):
                named = self.named_two(end)
                if named:
                    return [f for item in named for agent in agents
                            for f in self.stated(Rule(trigger.name, trigger.pattern, kind, role, "after",
                                                      trigger.confidence), ts, te, [agent], item)]
        elif where == "after" and agents and (again := self.referred_after(max(end, agents[-1].end), tiers)) is not None:
            found = again[0]        # «ويمول X هذا المشروع»: the project it names again, or none we know (not an agreement)
        elif kind == "funding" and where == "after" and agents and (channel := self.channel(end, agents[-1])) is not None:
            # «ويموّل البنك، من خلال صندوق التضامن، هذا البرنامج»: the money goes through the fund (which funds it too),
            # to the item after the aside, never the fund itself
            agents = agents + [channel[0]]
            again = self.referred_after(channel[1], tiers)
            found = again[0] if again is not None else self.item(where, (ts, te), agents, *tiers)
        else:
            # an event named inside the trigger («الكلمة في افتتاح اللقاء الختامي كل من») is the nearest
            span = (te, te) if role == "participant" else (ts, te)
            if trigger.name == "implementing:asnada-tanfidh" and (entrusted := _ENTRUSTED.search(self.text.norm, ts, te)):
                span = (entrusted.start(), te)   # «وأسندت الوزارة مشروع Y إلى …، كما أسندت تنفيذ Z إلى X»: Z, after «تنفيذ»
            found = self.item(where, span, agents, *tiers)
            if where == "after" and found is not None and found is self.framed(end) \
                    and (beyond := self.item(where, span, [*agents, found], *tiers)) is not None \
                    and _PAST_FRAME.fullmatch(self.text.norm, found.end, beyond.start):
                found = beyond      # «ونفذت X، في إطار برنامج A، مشروع B»: the verb's object, past the aside of its frame
            if found is not None and found.kind == "event" and (found.start < self.start - _EVENT_REACH
                                                                and not self.refers_to(found)
                                                                and found is not self.event_attended(trigger, ts, te)
                                                                or _DIGIT.search(self.text.norm, found.start, found.end)
                                                                or found.start < self.start and _to_come(self.text, found)):
                found = None        # an event is taken part in near where it is named, or where the sentence
                                    # refers to it (وعرفت الندوة مشاركة …): one meeting is not the next (nor one a
                                    # sentence before announces: «ستحتضن الجهة … الملتقى …. وحضر اللقاء X»)
            if found is not None and found.start >= end and _WHILE.search(self.text.norm, end, found.start):
                # «… ثم أبرم …»: the next clause's item is the next clause's; money given with none named before it in
                # its own clause goes to what the document's money goes to («فقد تبرعت X بمبلغ …، في حين قدم Y …»)
                found = self.money_to_topic(end) if kind == "funding" and where == "before" else None
            if found is not None and kind == "funding" and where == "before":
                found = self.framing(found, ts)
            if found is not None and kind == "funding" and _is(found, {"fund"}) \
                    and (_GIVER_BEFORE.search(self.text.norm, max(self.start, found.start - 25), found.start)
                         or _FROM.search(self.text.norm, max(self.start, found.start - 25), found.start)):
                # (or the money comes from it: «ويُموَّل المشروع أساسا من صندوق …»)
                # «لبرنامج Y …، يتحمل الصندوق منها …، فيما تساهم X بمبلغ …»: a fund that gives in this sentence is no
                # item of another's giving; the activity before it is, else what the document's money goes to
                found = next((m for m in reversed(self.mentions) if m.end <= found.start
                              and _is(m, ACTIVITIES - {"event"})), None) or self.money_to_topic(end)
        if found is not None and found.cls != "Study" and _PREPARED.match(self.text.norm, ts, te):
            return []           # «وحسب تقرير أعدته منظمة العمل الدولية»: who prepared a report carried out no project
        if found is not None and trigger.name in _MONEY_ONLY and found not in self.mentions:
            found = self.money_to_topic(end)   # (money given with no item: the document's, only as ``money_to_topic`` says)
        if signed is None and role == "participant" and (forum := self.event_at_or_referred_after(end)) is not None \
                and self.forum(forum):
            found = forum           # «شارك المغرب في أشغال المنتدى العالمي …»: a forum named as an organization
        if signed is not None:
            found = signed
        if trigger.name == "organizer:iftataha" and (found is None or found.start < end
                                                     or not _OPENED_EVENT.fullmatch(self.text.norm, end, found.start)):
            return []           # «افتتحت المنظمة فرعها بالرباط …»: what a body opens is its event right after it, or nothing
        if trigger.name == "participant:iftataha" and (found is None or found.start < end
                                                       or not OPENED.fullmatch(self.text.norm, end, found.start)):
            return []           # «افتتحت X مقرا جديدا …»: what is opened is no event's sessions
        if found is not None and trigger.name == "participant:bi-riasa" and (
                found not in self.mentions or found.start > ts and not _JOINT_CHAIR.match(self.text.norm, ts, te)):
            # the chair of an event the sentence names before «برئاسة X» (after it, it was as often another's: 1 right,
            # 1 wrong on the measure split); co-chairs «تحت الرئاسة المشتركة لـX وY» of an event before or after
            found = None
        if found is not None and trigger.name == "implementing:min-injaz" and (
                not _WORK_OF.fullmatch(self.text.norm, found.end, ts)
                or _ABOUT_BEFORE.search(self.text.norm, max(self.start, found.start - 30), found.start)):
            found = None            # «عرض شريط حول مشروع Y من إنجاز X»: the film is X's work, not Y
        if found is not None and trigger.named and (found not in self.mentions and not self.named_before(found, ts)
                                                    or found in self.mentions and found.start >= ts
                                                    and not (trigger.name == "organizer:bi-dawa" and self.opens(ts)
                                                             and _CONVENES.search(self.text.norm, te, found.start))):
            found = None            # «بمساهمة من X» is about an item its sentence names (or names again before it:
                                    # «ويمول X هذا البرنامج …، إلى جانب مساهمة من Y»), not the topic
        if found is not None and trigger.name == "implementing:tawallahu" and self.disagrees(found, te):
            return []           # «ورشة حول برنامج «أمان»، وتولتها X»: «ها» is the workshop, not the programme
        if found is not None and found.kind == "phase" and found.rule == "description" \
                and (whole := self.phase_of(found)) is not None:
            found = whole       # «رصد 20 مليون يورو لمرحلة جديدة من «برنامج Y»»: an unnamed phase's is the programme's
        if found is None or found in agents or found.entity and found.entity in {a.entity for a in agents}:
            return []
        if trigger.name == "signatory:jaddada" and self.text.norm[end:found.start].strip():
            return []           # «وجدد السيد X التأكيد على أهمية اتفاقية …»: renews no agreement right after him
        if trigger.role == "implementing" and agents and agents[-1].start >= te \
                and (along := _ALONG_WITH.match(self.text.norm, agents[-1].end, self.end)) is not None:
            # «وتنفذه منظمة X رفقة جمعية Y»، «الذي تنفذه الوكالة مع وزارة العمل»: who carries it out with the agent
            agents = agents + [a for a in self.roster(along.end(), {"organization", "country"})
                               if a not in agents and (a.entity is None or a.entity != found.entity)]
        if trigger.with_:
            after = max(end, found.end) if found.start >= self.start else end
            with_ = WITH.match(self.text.norm, after, self.end)
            if with_ is None and found.start > end:
                # «وقّع X مع Y اتفاقية …»، «… بنواكشوط، مع السيد Y، سفير …، اتفاقية»: «مع» before the agreement
                with_ = _WITH_FIRST.match(self.text.norm, end, found.start)
            if with_ is not None:
                agents += [a for a in self.with_roster(with_.end()) if a.entity is None or a.entity != found.entity]
        if role == "party":     # «بروتوكول … بين الوزارة والوكالة لإنشاء المركز …»: what it is for is no party
            agents = [a for a in agents if not _PURPOSE_BEFORE.search(self.text.norm, max(0, a.start - 16), a.start)]
        facts = []
        for agent in agents:
            agent_role = "signatory" if role == "party" and agent.kind == "person" else role
            rule = Rule(trigger.name, trigger.pattern, kind, agent_role, where, trigger.confidence)
            facts += self.stated(rule, ts, te, [agent], found)
        if kind == "funding" and len(facts) > 1 and facts[0].amount:
            # one amount for several funders is theirs together: one joint tie, as curators record it
            facts = [replace(f, amount=facts[0].amount, joint=True) for f in facts]
        if kind == "funding" and len(agents) == 1 and facts:     # (none when the one funder's tie was refused)
            facts += self.shares(agents[0], found, facts[0])
        return facts

    def shares(self, funder: Mention, item: Mention, first: Fact) -> list[Fact]:
        """«يساهم فيه الاتحاد الأوروبي بـ12 مليونا والوكالة الفرنسية بثلاثة ملايين»: a funder with its own amount right
        after it, then more funders each with theirs (و، فيما، بينما before each): each funds the item with its share."""
        out: list[Fact] = []
        own = self.amount_after(funder.end)
        pos = own.end if own is not None else self.end
        for _ in range(_ROSTER):
            nxt = _NEXT_SHARE.match(self.text.norm, pos, self.end)
            other = self.mention_at(nxt.end()) if nxt is not None else None
            if other is None or other.kind not in _FUNDERS or (amount := self.amount_after(other.end)) is None:
                break
            out.append(Fact("funding", "funding", (("funder", other), ("item", item)), other.start, amount.end,
                            "funding:share", round(first.confidence * 0.9, 2),
                            Amount(amount.value, amount.currency, amount.estimate)))
            pos = amount.end
        return out

    def amount_after(self, pos: int) -> FoundAmount | None:
        """The amount right after ``pos`` past «بـ» («بـ12 مليونا»، «بمبلغ …»، «بغلاف مالي قدره …»), or None."""
        gap = _SHARE_GAP.match(self.text.norm, pos, self.end)
        if gap is None:
            return None
        at = bisect_left(self.amounts, gap.end(), key=lambda a: a.start)
        return self.amounts[at] if at < len(self.amounts) and self.amounts[at].start == gap.end() else None

    def unnamed_aside(self, aside: re.Match | None) -> re.Match | None:
        """The aside, when no name stands in it (else it is no aside but the list itself), or None."""
        if aside is None:
            return None
        at = bisect_left(self.all_starts, aside.start())
        return None if at < len(self.all) and self.all[at].start < aside.end() else aside

    def share(self, pattern: re.Pattern[str], match: re.Match[str], ts: int, te: int) \
            -> tuple[FoundAmount | None, list[Mention]]:
        """A share's amount and who gets it, by the way ``pattern`` states it (``shares_given``)."""
        norm = self.text.norm
        if pattern is _GETS:            # «حصلت جمعية Y بتطوان على منحة بقيمة …»، «Y، التي ظفرت بدعم قدره …»
            getters = self.chain(te, _GETTERS)[:1] or self.subject_before(ts)[:1] or self.getter_before(ts) \
                or [m for m in [self.runs_subject(ts)] if m is not None]
            after = _past(_LOCATES, norm, max([te, *(g.end for g in getters)]))
            return next((a for a in self.amounts if after <= a.start <= after + _SHARE_REACH
                         and not _CLAUSE_END.search(norm, after, a.start)), None), getters
        if pattern is _SHARE_PAYS:      # «أما الشطر الثالث، البالغ تسعة ملايين فرنك، فسيمول برنامج «Y»»
            return next((a for a in self.amounts if ts <= a.start and a.end <= te), None), \
                [m for m in [self.named_at(te)] if m is not None]
        amount = next((a for a in self.amounts if a.start == te), None)     # «كما خُصص مبلغ … لمؤسسة Y»
        if amount is None:
            return None, []
        if match.group("own"):          # «الذي خصص له …»: what the relative clause is about
            return amount, [m for m in self.mentions if m.end <= ts and m.start >= self.start and m.kind in _GETTERS][-1:]
        to = _past(_ALLOTTED_TO, norm, amount.end)
        getter = self.named_at(to)
        return amount, [getter] if getter is not None and (norm[amount.end:to].strip() or norm[to] == "ل") else []

    def given_otherwise(self, ts: int, amount: FoundAmount, getters: list[Mention], giver: Mention) -> bool:
        """Whether a share has a giver of its own, not the package's: after its amount («… على منحة بقيمة … من سفارة
        اليابان»), between who gets it and its amount («على قرض من البنك الدولي بقيمة …»), or a body its sentence
        announces giving («وأعلنت سفارة اليابان عن دعم جمعية Y، التي ظفرت بدعم قدره …»)."""
        source = _FROM_GIVER.match(self.text.norm, amount.end, self.end)
        if source is not None and (own := self.mention_at(source.end())) is not None and own.kind in _FUNDERS:
            return True
        first = min(ts, *(g.start for g in getters))
        return any(self.gives(m) and (m.entity is None or m.entity != giver.entity)
                   and not any(m.entity is not None and m.entity == g.entity or g.start <= m.start < g.end + 12
                               for g in getters)
                   for m in self.mentions if m.start < amount.start and (
                       first <= m.start or _ANNOUNCER.search(self.text.norm, max(self.start, m.start - 16), m.start)))

    def gives(self, m: Mention) -> bool:
        """Whether a mention between who gets a share and its amount may give it: a body, or a country after «من» (not
        one that locates: «فيما يستفيد مشروع Y بالمغرب من …»)."""
        return m.kind == "organization" or m.kind == "country" and self.text.norm.endswith("من ", 0, m.start)

    def getter_before(self, ts: int) -> list[Mention]:
        """«جمعية "تيليلا للتنمية" بإنزكان، التي ظفرت …»: the body or item a relative clause is about, past the place
        that locates it."""
        if _RELATIVE.match(self.text.norm, ts) is None:
            return []
        before = [m for m in self.mentions[:bisect_left(self.starts, ts)] if m.start >= self.start]
        end = ts
        while before and before[-1].kind in PLACE_KINDS and _PLACE_THEN.fullmatch(self.text.norm, before[-1].end, end):
            end = before.pop().start
        return before[-1:] if before and before[-1].kind in _GETTERS \
            and _LOCATES.fullmatch(self.text.norm, before[-1].end, end) else []

    def named_at(self, pos: int) -> Mention | None:
        return _named_at(self.text, self.mentions, self.starts, pos)

    def mention_at(self, pos: int) -> Mention | None:
        """The mention that starts at ``pos`` (or right after a «و» there)."""
        at = bisect_left(self.starts, pos)
        if at < len(self.mentions) and self.mentions[at].start == pos:
            return self.mentions[at]
        if self.text.norm.startswith("و", pos) and at < len(self.mentions) and self.mentions[at].start == pos + 1:
            return self.mentions[at]
        return None

    def chairs(self, pos: int) -> list[Mention]:
        """Who chairs or leads an event, listed at ``pos`` after it: a roster («السيدة X والسيد Y»), after «بشكل مشترك
        كل من», or after the first one's title, which may name a body («عامل عمالة أكادير إداوتنان، السيد X»، «الخبيرة
        X»): a title (``_POST``) or an honorific right before the person, in one clause (a comma at most)."""
        norm = self.text.norm
        jointly = _JOINTLY.match(norm, pos, self.end)
        pos = jointly.end() if jointly else pos
        agents = self.roster(pos)
        if agents:
            return self.chaired_by(self.not_beside(agents))
        at = bisect_left(self.starts, pos)
        person = next((m for m in self.mentions[at:at + 4] if m.kind == "person"), None)
        if person is None:
            return []
        gap = norm[pos:person.start]
        if len(gap) > _TITLE_LEAD or _STOPS.search(gap) or gap.count(",") > 1 \
                or not (_POST.match(norm, pos, person.start) or person.rule == "honorific" and gap.count(" ") <= 2):
            return []
        return self.chaired_by(self.not_beside(self.roster(person.start)))

    def not_beside(self, agents: list[Mention]) -> list[Mention]:
        """A list of chairs up to those listed «إلى جانب» them (beside the chairs, not chairing)."""
        beside = next((n for n in range(1, len(agents))
                       if _BESIDE_CHAIRS.search(self.text.norm, agents[n - 1].end, agents[n].start)), len(agents))
        return agents[:beside]

    def beside_group(self, pos: int) -> list[Mention]:
        """«… وزراء وممثلو 57 دولة، إلى جانب X و Y»: a group left unnamed at ``pos``, then those named beside it."""
        beside = _BESIDE_GROUP.match(self.text.norm, pos, self.end)
        return [] if beside is None else self.chain(beside.end(), {"organization", "country"}, lead=_SPACE)

    def past_setting(self, pos: int) -> int:
        """Past where and when an event named right before ``pos`` took place: a city marked as where
        («… في المؤتمر بالرباط وفود …»), an aside that names no body nor person («، يومي 10 و11 مارس بالرباط،»); and
        in what capacity those after attend («وحضر المؤتمر بصفة مراقب كل من …»)."""
        if (capacity := _CAPACITY.match(self.text.norm, pos, self.end)) is not None:
            pos = capacity.end()
        aside = _SETTING_ASIDE.match(self.text.norm, pos, self.end)
        if aside is not None and not any(aside.start() <= m.start < aside.end() and m.kind not in PLACE_KINDS
                                         for m in self.mentions):
            return aside.end()
        at = bisect_left(self.starts, pos)
        place = self.mentions[at] if at < len(self.mentions) else None
        if place is not None and place.kind == "city" and marked(self.text, place) and not self.text.norm[pos:place.start].strip():
            return place.end
        return pos

    def delegation(self, pos: int) -> list[Mention]:
        """«وفد مغربي»، «وفدا إسبانيا»: the country whose nationality adjective a delegation at ``pos`` carries (a
        one-element list, or empty)."""
        found = _DELEGATION.match(self.text.norm, pos, self.end)
        country = self.by_adjective(found.start("adjective")) if found is not None else []
        return [c for c in country if not self.text.tokens[c.first].definite]

    def by_adjective(self, pos: int) -> list[Mention]:
        """The country whose nationality adjective is the word at ``pos`` («مغربي»، «الأردني»), as a mention of
        that word (a one-element list, or empty)."""
        tokens = self.text.tokens
        k = bisect_left(self.topic.starts, pos)
        country = adjectives().get(tokens[k].key) if k < len(tokens) else None
        if country is None:
            return []
        return [Mention(tokens[k].start, tokens[k].end, country, "country", "Country", "adjective", 0.6, k, k + 1)]

    def delegation_led(self, pos: int) -> list[Mention]:
        """«… وفد رفيع المستوى ترأسه وزير الشؤون الخارجية X»: the person who leads the delegation at ``pos``."""
        found = _LED.match(self.text.norm, pos, self.end)
        return [] if found is None else [m for m in self.chairs(found.end()) if m.kind == "person"][:1]

    @staticmethod
    def chaired_by(agents: list[Mention]) -> list[Mention]:
        """The chairs of a list: after a person only persons («السيدة X، أستاذة بجامعة Y»: the university is hers)."""
        for n, agent in enumerate(agents[1:], 1):
            if agent.kind != "person" and agents[n - 1].kind == "person":
                return agents[:n]
        return agents

    def passive(self) -> list[Fact]:
        """«وتم تنظيم هذه الورشة من طرف X»، «وقد تم إنجاز المشروع من قبل X» (or the passive verb, «ويُموَّل البرنامج
        من طرف X»، «وينفذ المشروع من قبل X»: an active verb has its subject, not «من طرف»): a passive of a verbal noun, what it is
        about right after the noun (named, or a bare or demonstrative head noun standing for the last of its kind),
        the agent after «من طرف / من قبل» in the same clause."""
        out: list[Fact] = []
        for match in _PASSIVE.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            item, end = self.item_after(te)     # («هذه الورشة»، «مشروع «إدماج»»)
            role, kinds = _PASSIVE_ROLES[match.group("noun") or _PASSIVE_NOUNS.get(match.group("verb") or match.group("past"),
                                                                                    "تنظيم")]
            if item is None and match.group("verb") and (aside := _PASSIVE_ASIDE.match(self.text.norm, te, self.end)):
                # «ويموَّل، بمبلغ 20 مليون يورو، من طرف X»: a present passive with no subject after it is the
                # document's item's, an aside then who acts
                item, end = self.topic.best(kinds & _CARRIED), aside.start(1)
            by = None if item is None else _BY.match(self.text.norm, end, self.end) \
                or (_CARRIED_THROUGH.match(self.text.norm, end, self.end) if role == "implementing" else None)
            if item is None or by is None:
                continue
            if item.kind not in kinds:
                continue
            agents = [a for a in self.chain(by.end()) if a.kind in _FUNDERS and (a.entity is None or a.entity != item.entity)]
            if not agents:
                continue
            kind = "funding" if role == "funding" else "participation"
            rule = Rule(f"{role}:passive", _PASSIVE, kind, role, "after", 0.75)
            out += self.stated(rule, ts, te, agents, item)
        return out

    def with_roster(self, pos: int) -> list[Mention]:
        """The agents after «مع» at ``pos``, and after each «، ومع» that goes on with the list, a date or a place
        between: «التي وقعها المغرب مع السنغال في يونيو 2013، ومع كوت ديفوار في يناير 2015، ومع مالي»."""
        return self.going_on(pos, self.roster, _AND_WITH)

    def going_on(self, pos: int, listed: Callable[[int], list[Mention]], gap: re.Pattern) -> list[Mention]:
        """The agents ``listed`` finds at ``pos``, and again after each ``gap`` after the last of them that
        carries the list on."""
        agents = listed(pos)
        while agents and len(agents) < _ROSTER and (more := gap.match(self.text.norm, agents[-1].end, self.end)):
            next_ = listed(more.end())
            if not next_:
                break
            agents += next_
        return agents

    def counterparts(self) -> list[Fact]:
        """«عبر اتفاقية تفويض مع GIZ»، «اتفاق القرض مع السيد X»: whom an agreement is made with, named after «مع»
        right after it (or after its amount, «بقيمة …»), signs it: persons as signatories, organizations
        and countries as parties."""
        out: list[Fact] = []
        for m in self.mentions:
            if m.kind not in _AGREEMENT_KINDS:
                continue
            with_ = _MADE_WITH.match(self.text.norm, m.end, self.end)
            if with_ is None:
                continue
            agents = self.with_roster(with_.end())
            out += [Fact("participation", "signatory" if a.kind == "person" else "party", (("agent", a), ("in", m)),
                         m.start, a.end, "party:agreement-with", 0.65) for a in agents
                    if a.kind in AGENTS and (a.entity is None or a.entity != m.entity)]
        return out

    def own_session(self) -> list[Fact]:
        """«صادق مجلس جهة سوس ماسة، خلال دورته العادية، على …»: a council (or a committee, «دورتها») holds the session its
        pronoun names, when it is the body the sentence names last before it («قدم المجلس الوطني تقريره إلى مجلس حقوق
        الإنسان خلال دورته …»: the latter's); a body named right after a numbered session holds it («الدورة الحادية
        عشرة للجنة المختلطة …»)."""
        out: list[Fact] = []
        tokens = self.text.tokens
        for n, m in enumerate(self.mentions):
            nxt = self.mentions[n + 1] if n + 1 < len(self.mentions) else None
            if m.kind == "event" and tokens[m.first].key == _NUMBERED_SESSION and nxt is not None and nxt.kind == "organization" \
                    and not self.text.norm[m.end:nxt.start].strip() and self.text.norm.startswith("لل", nxt.start):
                # «الدورة الحادية عشرة للجنة المختلطة …»: the body whose numbered session it is holds it
                out.append(Fact("participation", "organizer", (("agent", nxt), ("in", m)), m.start, nxt.end,
                                "organizer:session-of", 0.6))
                continue
            if m.kind != "event" or not _OWN_SESSION.fullmatch(tokens[m.first].key):
                continue
            bodies = _SITTING_BODIES["ها" if tokens[m.first].key.endswith("ها") else "ه"]
            body = next((b for b in reversed(self.mentions) if b.end <= m.start and b.kind == "organization"), None)
            body = body if body is not None and head_of(tokens[body.first].key) in bodies else None
            if body is not None:
                out.append(Fact("participation", "organizer", (("agent", body), ("in", m)), body.start, m.end,
                                "organizer:own-session", 0.6))
        return out

    def chaired(self) -> list[Fact]:
        """«ويرأس هذه الهيئة السيد X»، «ويرأس اللجنة الوطنية … السيد X»: the person after a body he chairs holds a post
        in it; «ويتولى السيد X رئاسة هذه اللجنة»: so does the person who takes on its chair. The body
        is named right there, or named again by a demonstrative (``body_referred``). «ترأس الاجتماع» chairs an
        event, no body: nothing here."""
        if "راس" not in self.norm and "رءاسه" not in self.norm:
            return []
        out: list[Fact] = []
        norm = self.text.norm
        for match in _PRESIDES.finditer(self.norm):
            te = self.start + match.end()
            body = self.body_at(te)
            if body is None and match.group(0).lstrip(" وف").startswith(("ير", "يتر")):
                # «ويرأس السيد X المجلس الوطني …»: the person first, then the body he chairs (the present only: «ترأس
                # السيد X الاجتماع» chairs an event)
                chair = self.roster(te, {"person"})[:1]
                gap = _NAME_TAIL.match(self.text.norm, chair[0].end) if chair else None
                body = self.body_at(gap.end()) if gap is not None else None
                if body is not None and chair[0].kind == "person":
                    out.append(Fact("post", "chair", (("person", chair[0]), ("organization", body)),
                                    self.start + match.start(), body.end, "post:presides", 0.6,
                                    title=self.text.quote(self.start + match.start(), te).strip()))
                continue
            if body is None:
                continue
            chair = self.chairs(self.word_after(body, te))[:1]
            if chair and chair[0].kind == "person":
                out.append(Fact("post", "chair", (("person", chair[0]), ("organization", body)), self.start + match.start(),
                                chair[0].end, "post:presides", 0.6, title=self.text.quote(self.start + match.start(), te).strip()))
        for match in _TAKES_CHAIR.finditer(self.norm):
            te = self.start + match.end()
            agents = self.roster(te, {"person"})[:1]    # (a body taking on the chair holds no post: the ontology's
                                                        # posts are persons', «A post is held by a person»)
            noun = _CHAIR_NOUN.match(norm, agents[0].end, self.end) if agents else None
            body = self.body_at(noun.end()) if noun is not None else None
            if noun is None or body is None:
                continue
            out.append(Fact("post", "chair", (("person", agents[0]), ("organization", body)), self.start + match.start(),
                            max(body.end, noun.end()), "post:takes-chair", 0.6, title="رئاسة"))
        return out

    def occupied(self) -> list[Fact]:
        """«وكان اليزمي، عند تعيينه، يشغل منصب الأمين العام للفيدرالية الدولية …»: the person named last before the
        verb (its subject, an aside between) holds the post its title («منصب» then a title, ``_POST``) names in
        the organization or country right after the title, in its clause."""
        if "منصب" not in self.norm:
            return []
        out: list[Fact] = []
        norm = self.text.norm
        for match in _OCCUPIES.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            after = self.roster(te, {"person"})[:1]        # «وتشغل السيدة X حاليا منصب …»: the subject after the verb
            lead = _POST_WORD.match(norm, after[0].end if after else te, self.end)
            title = _POST.match(norm, lead.end(), self.end) if lead is not None else None
            if lead is None or title is None:
                continue
            stop = _CLAUSE_END.search(norm, title.end(), self.end)
            clause_end = stop.start() if stop else self.end
            at = bisect_left(self.all_starts, lead.end())
            body = next((m for m in self.all[at:at + 3] if m.end <= clause_end and m.kind in _FUNDERS), None)
            subject = after or [m for m in self.all[:bisect_left(self.all_starts, ts)] if m.kind == "person" and m.end <= ts]
            if body is None or not subject or not after and (ts - subject[-1].end > _SUBJECT_REACH or any(
                    m.kind in AGENTS for m in self.all if subject[-1].end <= m.start < ts)):
                continue        # (another name between: not the subject)
            post = title.group("post")
            role = _post_role(post)
            out.append(Fact("post", role, (("person", subject[-1]), ("organization", body)), subject[-1].start,
                            body.end, "post:occupies", 0.65, title=self.text.quote(title.start(), body.end).strip()))
        return out

    def body_at(self, pos: int) -> Mention | None:
        """The organization named right at ``pos``, or named again there by a demonstrative and a head noun («هذه
        اللجنة»: the last body of that head named before; «هذه الهيئة», a body of any head: the first one the
        sentence before names, what it spoke of), or None."""
        at = bisect_left(self.all_starts, pos)
        named = next((m for m in self.all[at:at + 1] if m.start == pos and m.kind == "organization"), None)
        if named is not None:
            return named
        this = _THIS.match(self.text.norm, pos, self.end)
        k = bisect_left(self.topic.starts, this.end()) if this is not None else len(self.text.tokens)
        if this is None or k >= len(self.text.tokens) or self.topic.starts[k] != this.end():
            return None
        token = self.text.tokens[k]
        head = _head_key(token.key)
        if not token.definite or head is None or HEADS[head][0] != "organization":
            return None
        before = [m for m in self.bodies.get(head, []) if m.end <= pos]
        if before:
            return before[-1]
        return next((m for m in self.previous if m.kind == "organization"), None) if head == "هيءه" else None

    def represented(self) -> list[Fact]:
        """«ومثّل وزارة الداخلية في التوقيع السيد X، …، بينما مثّلت المنظمة السيدة Y»، «مثّل فيها الجانبَ المصري
        وزير … Z»: a person who represents someone in a signing signs the agreement (the one the sentence
        names before, else the document's) and the body or country he represents is a party to it. Only
        in a sentence that speaks of the signing (في التوقيع، or «فيها» after a sentence that names an
        agreement): «مثل» is also «such as»."""
        if "مثل" not in self.norm or not _IN_SIGNING.search(self.norm) \
                and not (_SIGNING_WORD.search(self.norm) or self.topic.best(_AGREEMENT_KINDS)):
            return []
        out: list[Fact] = []
        signing = False         # a clause of the sentence has said the representing was in the signing
        for match in _REPRESENTED.finditer(self.norm):
            vs, ve = self.start + match.start(), self.start + match.end()
            stop = _CLAUSE_END.search(self.text.norm, ve, self.end)
            clause_end = stop.start() if stop else self.end
            inside = self.all[bisect_left(self.all_starts, ve):bisect_left(self.all_starts, clause_end)]
            person = next((m for m in inside if m.kind == "person"), None)
            upto = person.start if person is not None else clause_end
            # (a later «بينما مثّلت المنظمة السيدة Y» goes on from a clause that said so)
            signing = signing or bool(_IN_SIGNING.search(self.text.norm, ve, upto)) \
                or "فيها" in self.text.norm[ve:upto].split()
            if person is None or not signing:
                continue
            before = [m for m in self.mentions if m.kind in _AGREEMENT_KINDS and m.end <= vs]
            agreement = before[-1] if before else self.topic.best(_AGREEMENT_KINDS)
            if agreement is None:
                continue
            out.append(Fact("participation", "signatory", (("agent", person), ("in", agreement)), vs, person.end,
                            "signatory:represented", 0.65))
            body = next((m for m in inside if m.end <= person.start and m.kind in ("organization", "country")), None)
            if body is not None and (body.entity is None or body.entity != agreement.entity):
                out.append(Fact("participation", "party", (("agent", body), ("in", agreement)), vs, person.end,
                                "party:represented", 0.6))
            if body is not None and body.kind == "country":
                # «ومثّل مصر في التوقيع وزير الخارجية X»، «… السيد X، وزير الداخلية»: a minister who represents a
                # country is its minister (a title that names no other nation, nor a body)
                lead = _MINISTER_TITLE.search(self.text.norm, body.end, person.start)
                comma = _COMMA.match(self.text.norm, person.end, self.end)
                title = lead or (_MINISTER_TITLE.match(self.text.norm, comma.end(), self.end) if comma else None)
                stop = _CLAUSE_END.search(self.text.norm, comma.end(), self.end) if comma and not lead else None
                title_end = person.start if lead else stop.start() if stop else self.end
                if title is not None and not self.nation(title.start(), title_end) and not any(
                        m.kind in ("organization", "country") for m in self.all
                        if title.start() <= m.start < title_end):
                    out.append(Fact("post", "minister", (("person", person), ("organization", body)), vs,
                                    max(person.end, title_end), "post:represented", 0.6,
                                    title=self.text.quote(title.start(), title_end).strip(" ,")))
        return out

    def shared(self) -> list[Fact]:
        """«البرنامج المشترك بين X و Y»: the owners of a joint programme or project named by them
        (``mentions._parties`` gives them as its parts) are accountable for it (vocab role «accountable»:
        the curated sources record joint owners so, not as implementers); two owners are each other's
        partners (the develop gold records the four owners of one programme only as implementing it)."""
        out: list[Fact] = []
        for m in self.mentions:
            if m.rule != "named-by-parties" or m.kind not in ("programme", "project") \
                    or not _SHARED_WORD.search(self.text.norm, m.start, m.end):
                continue
            owners = [p for p in m.parts if p.kind in ("organization", "country")]
            out += [Fact("participation", "accountable", (("agent", p), ("in", m)), m.start, m.end,
                         "accountable:joint", 0.7) for p in owners]
            out += [Fact("participation", "partner", (("agent", p), ("in", owners[0])), m.start, m.end,
                         "partner:joint", 0.6) for p in owners[1:2]
                    if len(owners) == 2 and (p.entity is None or p.entity != owners[0].entity)]
        return out

    def agreement_again(self, pos: int) -> Mention | None:
        """The document's agreement, when the word at ``pos`` (after «على») is a bare definite agreement
        head noun that names nothing itself: «ووقع الاتفاقَ عن …»، «وتم توقيع الاتفاقية من طرف …»."""
        on = _ON_WORD.match(self.text.norm, pos, self.end)
        pos = on.end() if on else pos
        k = bisect_left(self.topic.starts, pos)
        if k >= len(self.topic.tokens) or self.topic.starts[k] != pos:
            return None
        token = self.topic.tokens[k]
        at = bisect_left(self.all_starts, pos)
        if not token.definite or any(m.first <= k < m.last for m in self.all[max(0, at - 1):at + 1]):
            return None
        kind = REFERRING.get(_head_of(token.key) or "")
        if kind not in _AGREEMENT_KINDS:
            return None
        return self.topic.best(_AGREEMENT_KINDS)

    def next_word(self, pos: int) -> int:
        """Where the word after the one ``pos`` is in begins (the sentence's end after its last word)."""
        k = bisect_right(self.topic.starts, pos)
        return self.topic.tokens[k].start if k < len(self.topic.tokens) and self.topic.tokens[k].start < self.end else self.end

    def word_end(self, pos: int) -> int:
        """Where the word at ``pos`` (after «على») ends."""
        on = _ON_WORD.match(self.text.norm, pos, self.end)
        k = bisect_left(self.topic.starts, on.end() if on else pos)
        return self.topic.tokens[k].end if k < len(self.topic.tokens) else pos

    def event_at(self, pos: int) -> Mention | None:
        """The event named right at ``pos`` after «في» (في أشغال، في فعاليات …), or None."""
        at = _IN_EVENT.match(self.text.norm, pos, self.end)
        if at is None:
            return None
        i = bisect_left(self.starts, at.end())
        event = self.mentions[i] if i < len(self.mentions) else None
        return event if event is not None and event.kind == "event" and event.start == at.end() else None

    def beside(self, facts: list[Fact]) -> list[Fact]:
        """«ويرأس هذه الهيئة السيد X. وحضر الاجتماعَ إلى جانبه السيد Y»: the person beside whom others attend an
        event (named last before, in the sentence or the one before it) takes part in it too («إلى جانبها» is as
        often a body's: not read)."""
        match = _BESIDE.search(self.norm) if facts and self.holds(_BESIDE_NEEDS) else None
        attended = [f for f in facts if f.rule == "participant:hadara"] if match else []
        if match is None or not attended:
            return []
        ts = self.start + match.start()
        before = [m for m in self.mentions if m.kind == "person" and m.end <= ts]
        person = before[-1] if before else next((m for m in reversed(self.previous) if m.kind == "person"), None)
        if person is None or person.kind != "person" or any(f.args[0][1].entity == person.entity is not None
                                                             for f in attended):
            return []
        event = attended[0].args[1][1]
        return [Fact("participation", "participant", (("agent", person), ("in", event)), ts, attended[0].end,
                     "participant:beside", 0.55)]

    def represented_too(self, facts: list[Fact]) -> list[Fact]:
        """«… والسيد X، ممثلا للوزارة المكلفة بالمغاربة …»: the body a participant represents takes part too."""
        out: list[Fact] = []
        for f in facts:
            person, event = f.args[0][1], f.args[1][1]
            if f.role != "participant" or person.kind != "person":
                continue
            match = _REPRESENTING.match(self.text.norm, person.end, self.end)
            if match is None:
                continue
            at = bisect_left(self.all_starts, match.end())
            body = next((m for m in self.all[at:at + 2] if m.start == match.end()
                         and m.kind in ("organization", "country")), None)
            if body is not None:
                out.append(Fact("participation", "participant", (("agent", body), ("in", event)), f.start,
                                max(f.end, body.end), "participant:represented", 0.6))
        return out

    def shares_too(self, facts: list[Fact]) -> list[Fact]:
        """«كلفتها … 6 ملايين يورو، منها 5,55 مليون يورو مساهمة من الاتحاد الأوروبي و250.000 يورو من الوكالة
        السويسرية»: an amount «من X» in a sentence that states a funding is X's share of the same item (the
        funding fact nearest before it); after a total broken down, «، منها AMOUNT من X», of the item named before
        (else the topic)."""
        funded = [f for f in facts if f.kind == "funding"]
        out: list[Fact] = []
        for a in self.amounts:
            source = _SHARE_FROM.match(self.text.norm, a.end, self.end)
            if source is None:
                continue
            at = bisect_left(self.all_starts, source.end())
            funder = next((m for m in self.all[at:at + 2] if m.start == source.end() and m.kind in _FUNDERS), None)
            if funder is None:
                continue
            before = [f for f in funded if f.start <= a.start] or funded
            if before:
                item: Mention | None = before[-1].arg("item")
            elif _BREAKDOWN.search(self.text.norm, self.start, a.start):
                # «يبلغ تمويل المشروع 4 ملايين يورو، منها 3 ملايين من X»: a total broken down by who pays it
                item = self.item("before", (a.start, a.end), [funder], *_TIERS["funded"])
            else:
                continue
            if item is None or funder.entity and funder.entity == item.entity:
                continue
            out.append(Fact("funding", "funding", (("funder", funder), ("item", item)), a.start, funder.end,
                            "funding:share-from", 0.65, amount=Amount(a.value, a.currency, a.estimate)))
        return out

    def chairs_bodies(self, facts: list[Fact]) -> list[Fact]:
        """«برئاسة مشتركة للسيد X، الوالي مدير الهجرة … بوزارة الداخلية، والسيد Y، وكيل وزارة الداخلية الإسبانية»:
        the co-chairs speak for the bodies their titles name, which take part in the meeting too."""
        out: list[Fact] = []
        chairs = {id(f.args[0][1]): f for f in facts if f.rule == "participant:ri-asa-mushtaraka"
                  and f.args[0][1].kind == "person"}
        for post in facts:
            chair = chairs.get(id(post.args[0][1])) if post.kind == "post" else None
            if chair is None:
                continue
            body = post.args[1][1]
            out.append(Fact("participation", "participant", (("agent", body), ("in", chair.args[1][1])),
                            min(chair.start, post.start), max(chair.end, post.end), "participant:co-chair-body", 0.55))
        return out

    def sides(self, facts: list[Fact]) -> list[Fact]:
        """«ووقع على الإعلان باسم الاتحاد الأوروبي … السيد Y»، «عن المنظمة … السيد X»: the known body or country a signer
        signs for is a party to what he signs. (Not a side by its nation's adjective, «عن الجانب التونسي»: tried, two
        false parties on the measure split, whose gold has the signer's ministry there.)"""
        out: list[Fact] = []
        parties = {(self.key_of(f.args[0][1]), f.args[1][1].start) for f in facts if f.role == "party"}
        # «وقّع السيد X، المدير العام لمؤسسة Y، اتفاقية …»: the body of the post he is given in the sentence (the
        # corpus's annotators make it a party in 106 of 116 signings by a person with a post; not a former post,
        # «المدير العام السابق لـ…», nor when he signs for another, «بصفته رئيسا لـ…»، «نيابة عن …»)
        posts = {(f.args[0][1].start, f.args[0][1].end): f.args[1][1] for f in facts
                 if f.kind == "post" and f.args[1][1].kind in ("organization", "country") and "سابق" not in (f.title or "")}
        for_another = _FOR_ANOTHER.search(self.norm) is not None    # (read once: a sentence of a thousand signers)
        for f in facts:
            person, signed = f.args[0][1], f.args[1][1]
            if f.role != "signatory" or person.kind != "person":
                continue
            rule = f.rule + ":side"
            side = [m for m in self.side_body(person.start) if m.start >= f.start]     # (in the signing's clause)
            if not side and (post := posts.get((person.start, person.end))) is not None and not for_another:
                side, rule = [post], f.rule + ":post"
            if side and (self.key_of(side[0]), signed.start) not in parties:
                parties.add((self.key_of(side[0]), signed.start))
                out.append(replace(f, role="party", args=(("agent", side[0]), f.args[1]), rule=rule,
                                   start=min(f.start, side[0].start)))
        return out

    def disagrees(self, item: Mention, te: int) -> bool:
        """Whether the pronoun ending the trigger at ``te`` («تولاه»، «تولتها»، «اضطلع به») is not of the item's gender:
        its head noun (the word before a title in quotes, else its own first word) feminine or not."""
        tokens = self.text.tokens
        k = item.first - 1 if item.rule == "quoted-title" and item.first and head_of(tokens[item.first - 1].key) else item.first
        feminine = (head_of(tokens[k].key) or tokens[k].key).endswith("ه")
        return self.text.norm[max(0, te - 4):te].rstrip().endswith("ها") != feminine     # (the trigger's last word)

    def for_whom(self, person: Mention) -> list[Mention]:
        """The body or country named after «عن / باسم / من جانب» right before ``person`` (his honorific between), as a
        one-element list, or empty."""
        at = bisect_left(self.starts, person.start)
        before = self.mentions[at - 1] if at else None
        if before is None or before.kind not in ("organization", "country") \
                or not _SIDE_OF.fullmatch(self.text.norm, before.end, person.start) \
                or not _FOR_WHOM_BEFORE.search(self.text.norm, max(self.start, before.start - 12), before.start):
            return []
        return [self.offices.get((before.start, before.end), before)]

    def side_of(self, pos: int) -> list[Mention]:
        """The body a signer at ``pos`` signs for, named or named again right before him: «عن الوزارة السيد X»، «ومن
        جانب المنظمة السيد Y» (a one-element list, or empty)."""
        at = bisect_left(self.all_starts, pos)
        before = [m for m in self.all[max(0, at - 2):at] if m.end <= pos and m.kind == "organization"]
        # (in a signing's sentence: «ودافع عن المنظمة السيد X» is no side)
        if not before or _SIDE_OF.fullmatch(self.text.norm, before[-1].end, pos) is None \
                or not _FOR_WHOM_BEFORE.search(self.text.norm, max(self.start, before[-1].start - 12), before[-1].start) \
                or not _SIGNING_WORD.search(self.text.norm, max(0, self.start - 1), before[-1].start):
            return []
        return [self.offices.get((before[-1].start, before[-1].end), before[-1])]

    def side_body(self, pos: int) -> list[Mention]:
        """«عن المنظمة الدولية للهجرة مديرها العام السيد X»، «باسم الاتحاد الأوروبي نائب رئيس المفوضية، السيد X»: the
        body or country named after «عن / باسم» before the signer at ``pos`` (his title between), if any."""
        at = bisect_left(self.starts, max(self.start, pos - 120))
        for m in reversed([m for m in self.mentions[at:bisect_left(self.starts, pos)] if m.kind in ("organization", "country") and m.entity]):
            if _FOR_WHOM_BEFORE.search(self.text.norm, max(self.start, m.start - 12), m.start) \
                    and not _SIGNER_GAP_STOP.search(self.text.norm, m.end, pos):
                return [m]
        return []

    def signed_during(self, facts: list[Fact]) -> list[Fact]:
        """«وقّعت X … اتفاق منحة … مع Y، وذلك خلال افتتاح «ندوة …»»: who signs during an event the sentence names
        (or names again by its head noun, الندوة) takes part in it, as one who speaks there does."""
        signers = [f for f in facts if f.role in ("party", "signatory")]
        during = DURING.search(self.norm) if signers else None
        event = self.event_at_or_referred(self.start + during.end()) if during is not None else None
        if event is None:
            return []
        # «وقّعت X، نيابة عن Y و Z، …»: Y and Z sign through X, who is the one there
        absent = {(m.start, m.end) for b in ON_BEHALF.finditer(self.norm)
                  for m in self.roster(self.start + b.end(), {"organization", "country"})}
        # («خلال حفل / مراسم …»: the signing's own ceremony, not another event the signing took place during)
        # (not «حفل افتتاح الندوة»: the opening of another event)
        words = [t.key.removeprefix("ال") for t in self.text.tokens[event.first:event.last]]
        ceremony = bool(words) and words[0] in _CEREMONIES and not _OPENINGS & set(words)
        out: list[Fact] = []
        for f in signers:
            agent = f.args[0][1]
            if (agent.start, agent.end) in absent or agent.kind != "person" and ceremony:
                continue    # (a party to what a ceremony is held for signs through its signer, who is the one there)
            start, end = self.quoted(event, f.start, f.end)
            out.append(Fact("participation", "participant", (("agent", agent), ("in", event)), start, end,
                            "participant:signing-during", 0.6))
        return out

    def said_too(self) -> bool:
        """«فيما دعا الأستاذ X …»، «كما شدد السيد Y …»: the sentence opens on one more who speaks, as an event's report
        goes on (not of an earlier time: «كما أكد X، الشهر الماضي، …»)."""
        also = _ALSO.match(self.norm)
        return also is not None and SPEAKING.match(self.norm, also.end()) is not None and not _EARLIER.search(self.norm)

    def spoken(self) -> list[Fact]:
        """«وأكد السيد X، …، خلال الندوة/اللقاء …»، «وقال الوزير في كلمته خلال حفل التوقيع»: a person who speaks
        during an event the sentence names (or refers to again by its head noun) takes part in it."""
        out: list[Fact] = []
        during = DURING.search(self.norm)
        event = self.event_at_or_referred(self.start + during.end()) if during is not None else None
        if event is None and (_OCCASION.search(self.norm) or _SESSION.search(self.norm) or _TALK_GIVEN.search(self.norm)
                              or (_IN_TURN.match(self.norm) or self.said_too()) and not _SAID_ELSEWHERE.search(self.norm)
                              and not any(m.kind in PLACE_KINDS and not self.seat_of(m)
                                          and (marked(self.text, m) or _BY_ITS_WORD.search(self.text.norm, max(0, m.start - 16), m.start))
                                          for m in self.mentions)):
            # (a place marked as where, «بوجدة»، «بمدينة وجدة», not a body's seat in a title, «نقيب هيئة المحامين
            # بأكادير»: said of elsewhere)
            # «وبهذه المناسبة، قال X»، «من جهتها، أشادت السيدة X»، «كما شدد السيد Y»: the event the document reports (the
            # launch reported first, «أعطيت الانطلاقة الرسمية لبرنامج …», was given at the meeting named after it: «ورشة الإطلاق»)
            event = self.topic.best({"event"})
            if event is not None and event.rule == "occasion":
                event = next((m for m in reversed(self.document[:bisect_left(self.document_starts, self.start)])
                              if m.kind == "event" and m.start > event.start and m.rule != "occasion"
                              and not _to_come(self.text, m) and not _told_before(self.text, m)), event)
        if event is None:
            return out
        for n, match in enumerate(SPEAKING.finditer(self.norm)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break           # a hostile sentence of thousands of verbs stays linear
            ts, te = self.start + match.start(), self.start + match.end()
            persons = self.roster(te, {"person"}) or self.titled_after(te)
            for person in persons[:1]:          # the one who speaks, not those the apposition names
                start, end = self.quoted(event, ts, person.end)
                out.append(Fact("participation", "participant", (("agent", person), ("in", event)), start, end,
                                "participant:speaking-during", 0.6))
        return out

    def attended(self, facts: list[Fact]) -> list[Fact]:
        """«استقبل الملك، يوم …، السيد X والسيد Y»، «وحضر الحفل السيد X»: a person named in a sentence that names
        one event, and no other, takes part in it, whatever the verb: a report names people beside the event
        they were at. The weakest reading of participation (confidence 0.4), for a person no other reading of
        the sentence puts at an event («أكد X في الجلسة الافتتاحية»: the document's event, not the session).
        (The same default for organizations or countries, with two events (the nearest), or with the event of
        the sentence before gave more false facts than true on unseen text.)"""
        events = [m for m in self.mentions if m.kind == "event"]
        if not events and (best := self.topic.best({"event"})) is not None and self.refers_to(best):
            events = [best]     # «وأشادت السيدة X، خلال الحفل، …»: the document's event named again by its head noun
        if not events and MEETING_VERB.search(self.norm):
            # «استقبل الوالي … السيدة X»: those who meet are at the meeting the report speaks of later, unnamed
            # («وتناول اللقاء …»: ``mentions._unnamed_meeting``)
            events = [self.unnamed_event] if self.unnamed_event is not None else []
        if len(events) != 1:
            return []
        event = events[0]
        if _PROPOSED.search(self.text.norm, max(self.start, event.start - 30), event.start) or _to_come(self.text, event):
            return []       # «ودعا X إلى تنظيم مؤتمر دولي»، «ستحتضن … الملتقى»: an event asked for or announced has not
                            # taken place
        head = self.text.tokens[event.first]
        if not head.definite and head.text.endswith("ات") and head.key not in TALKS:
            return []       # «من خلال دورات للتكوين وورشات للدعم»: events of a kind, not one a person was at (talks,
                            # «مباحثات»، are one)
        placed = {f.args[0][1] for f in facts if f.role == "participant"}
        return [Fact("participation", "participant", (("agent", m), ("in", event)), min(m.start, event.start),
                     max(m.end, event.end), "participant:named-with", 0.4)
                for m in self.mentions if m.kind == "person" and m not in placed
                and not _PATRONAGE.search(self.text.norm, max(self.start, m.start - 40), m.start)
                and not _OTHERS_CLAUSE.search(self.text.norm, max(self.start, m.start - 30), m.start)]

    def titled_after(self, pos: int) -> list[Mention]:
        """«أكد المدير العام للمنظمة الدولية للهجرة أنطونيو فيتورينو»: the person a post title right at ``pos`` names
        (``mentions.title_before``: the title and its body before the name, in one clause)."""
        if not _POST.match(self.text.norm, pos, self.end):
            return []
        stop = _CLAUSE_END.search(self.text.norm, pos, self.end)
        at = bisect_left(self.starts, pos)
        person = next((m for m in self.mentions[at:at + 4] if m.kind == "person"), None)
        if person is None or stop is not None and stop.start() < person.start \
                or person.rule not in ("title-before-name", "title-comma-name"):
            return []
        return [person]

    def event_attended(self, trigger: Trigger, ts: int, te: int) -> Mention | None:
        """«وشارك في (أشغال) الندوة …»، «وحضر اللقاء …»: the event right after the verb, named there or again."""
        if trigger.name == "participant:sharaka":
            if _IN_IT.search(self.text.norm, ts, te):
                return self.topic.best({"event"})   # «ويشارك فيه ممثلو …»: the event spoken of
            return self.event_at_or_referred_after(te)
        if trigger.name == "participant:hadara":
            if self.attended_it(ts, te):
                return self.topic.best({"event"})   # «كما حضرتها X»: the event spoken of
            return self.event_at_or_referred(self.next_word(self.text.norm.find("حضر", ts, te)), True)
        return None

    def attended_it(self, ts: int, te: int) -> bool:
        """Whether «حضره / حضرتها» at ``ts`` attends the event spoken of: the verb opens its sentence («وحضرها X»), or
        the proceedings were named before it («وشاركت في الأعمال وفود …، كما حضرتها X»; not «افتتحت الوزيرة مدرسة
        …، كما حضرتها X»: «ها» may be what the sentence speaks of)."""
        return _ATTENDED_IT.search(self.text.norm, ts, te) is not None \
            and (self.text.norm[self.start:ts].strip(" ,") in ("", "كما", "وكما")
                 or _PROCEEDINGS_NAMED.search(self.text.norm, self.start, ts) is not None)

    def event_at_or_referred_after(self, pos: int) -> Mention | None:
        """The event named right at ``pos`` after «في» (في أشغال، في فعاليات …), or the document's event the
        bare head noun there names again (وشارك في المؤتمر …)."""
        if _IN_ITS_EVENT.match(self.text.norm, pos, self.end):
            return self.topic.best({"event"})      # «وشارك في أشغاله …»: the proceedings of the event spoken of
        at = _IN_EVENT.match(self.text.norm, pos, self.end)
        return self.event_at_or_referred(at.end(), True) if at is not None else None

    def past_quote(self, pos: int) -> int:
        """Past the quote marks closing a name at ``pos`` (within the sentence)."""
        while pos < self.end and self.text.norm[pos] in "»”\"":
            pos += 1
        return pos

    def word_after(self, event: Mention, pos: int) -> int:
        """Where the event named at ``pos`` ends: its mention's end, or the end of the head noun that refers to it."""
        if event in self.mentions and event.start >= pos:
            return event.end
        at = _IN_EVENT.match(self.text.norm, pos, self.end)
        lead = _EVENT_LEAD.match(self.text.norm, at.end() if at else pos, self.end)
        k = bisect_left(self.topic.starts, lead.end() if lead else pos)
        if k >= len(self.topic.tokens):
            return pos
        tokens = self.topic.tokens
        if tokens[k].key == SITTING and (of := sitting_of(tokens, k)) is not None:
            return tokens[of].end       # «الجلسة الختامية للندوة»: the sitting's adjectives and the event it is of
        while k + 1 < len(tokens) and tokens[k].key == SITTING and tokens[k + 1].key in SESSION_WORDS \
                and not self.text.norm[tokens[k].end:tokens[k + 1].start].strip():
            k += 1      # «الجلسة الافتتاحية»: the sitting's adjectives too
        return tokens[k].end

    def event_at_or_referred(self, pos: int, attended: bool = False) -> Mention | None:
        """The event named at ``pos`` (after an opening word: افتتاح، اختتام، أشغال), else the document's
        most salient event when the word there is its head noun again (الندوة، اللقاء، الحفل)."""
        skip = _EVENT_LEAD.match(self.text.norm, pos, self.end)
        pos = skip.end() if skip else pos
        at = bisect_left(self.starts, pos)
        named = self.mentions[at] if at < len(self.mentions) else None
        k = bisect_left(self.topic.starts, pos)
        if named is not None and named.start == pos and (named.kind == "event" or self.forum(named)):
            return named
        token = self.topic.tokens[k] if k < len(self.topic.tokens) else None
        best = self.topic.best({"event"})
        if token is None or token.start != pos or not token.definite or best is None or any(
                m.first <= k < m.last for m in self.mentions[max(0, at - 1):at + 1]):
            return None
        if attended and token.key in _SITTINGS:
            return best         # «وشارك في الجلسات / الأعمال وفود من …»: the sittings of the event spoken of
        if token.key == SITTING and (of := sitting_of(self.topic.tokens, k)) is not None:
            # «الجلسة الختامية للندوة»: of the last «ندوة» named
            return self.topic.headed.get(_head_of(self.topic.tokens[of].key) or "") or best
        head = _head_of(token.key)
        if head is None or REFERRING.get(head) != "event":
            return None
        if head == _head_of(self.tokens_of(best)[0].key) or not self.topic.headed.get(head) \
                and any(_head_of(t.key.removeprefix("ل")) == head for t in self.tokens_of(best)[1:]):
            return best         # (or a word of its name: «الاجتماع» of «الدورة الثامنة للاجتماع التشاوري …»)
        if (same := self.topic.headed.get(head)) is not None:
            return same         # «الاجتماع» of the last «اجتماع» named, whatever was named since
        if _DEMONSTRATIVE.search(self.text.norm, max(self.start, pos - 6), pos) \
                or attended and head in _ANY_EVENT and not _to_come(self.text, best):
            return best         # «خلال هذا اللقاء» of «المؤتمر …»: a demonstrative refers back whatever the head,
        return None             # and so does a noun any event is, as what is attended («وحضر اللقاء …» of «ورشة …»;
                                # «خلال اللقاء» may be another meeting on its margins), unless that one is still to be
                                # held («ستحتضن الجهة في نونبر المقبل الملتقى …»: the meeting is another, unnamed)

    def forum(self, m: Mention) -> bool:
        """«المنتدى العالمي حول الهجرة والتنمية»: an organization whose name is an event's (a forum, a conference),
        taken part in where the sentence says so («شارك المغرب في أشغال المنتدى …»)."""
        if m.kind != "organization" or m.first >= len(self.text.tokens):
            return False
        head = _head_of(self.text.tokens[m.first].key)
        return head is not None and REFERRING.get(head) == "event"

    def antecedent(self, ts: int, tiers: tuple[set[str], ...], single: bool = True, strict: bool = False) -> Mention | None:
        """What the pronoun of a trigger refers to: the item right before it («مشروع (X) الذي نفذته»),
        else the document's most salient item of the kind (not the nearest one of the sentence, which
        is as often another clause's)."""
        before = [m for m in self.mentions if m.end <= ts and ts - m.end <= 80]
        for kinds in tiers:
            if (conjoined := self.conjoined(ts, kinds)) is not None:
                return conjoined
        for kinds in tiers:
            for m in reversed(before):
                end = self.past_listed_places(m.end)      # «مشروعا … في السنغال وغامبيا، تنفذه X»
                if _is(m, kinds) and (_ADJACENT.fullmatch(self.text.norm, end, ts)
                                      or _AFTER_PHRASE.fullmatch(self.text.norm, end, ts)
                                      or _WHILE_ON_IT.fullmatch(self.text.norm, end, ts)):
                    return m
        if (it_is := _IT_IS_A.search(self.text.norm, max(self.start, ts - 40), ts)) is not None \
                and head_of(it_is.group("noun")) is None:
            return None     # «وهي حصص تموّلها جزئيا الحكومة اليابانية»: the pronoun is the noun's, no item (not «وهو
                            # مشروع ينفذه …»: an item's head noun names the item again)
        k = bisect_left(self.topic.starts, ts) - 1
        right_before = k >= 0 and self.topic.tokens[k].end > self.start \
            and _ADJACENT.fullmatch(self.text.norm, self.topic.tokens[k].end, ts) is not None
        if right_before and self.topic.tokens[k].definite and study_word(self.topic.tokens[k].key) \
                and any("project" in kinds for kinds in tiers):
            return self.study_again(ts, self.topic.tokens[k].key)   # «الدراسة، التي أعدها مختبر X»
        if right_before and not any(m.first <= k < m.last for m in before[-1:]) and (kind := _names_again(self.topic.tokens, k)):
            # «ويعرف المؤتمر، الذي تنظمه X، …»: the bare head noun right before names the document's item again
            # (an event by its own head noun: «الندوة» is not «المؤتمر …», as ``event_at_or_referred`` reads it)
            best = next((self.topic.best({kind}) for kinds in tiers if kind in kinds), None)
            if best is None or kind != "event" or _demonstrated(self.topic.tokens, k) \
                    or _head_of(self.topic.tokens[k].key) == _head_of(self.text.tokens[head_index(self.text, best)].key):
                return best
            return None
        if strict and single and (one := self.only_topic(before, tiers)) is not None:
            return one      # («أطلقت X مشروع «Y» سنة 2024، فيما تتكفل Z بتمويله»: the one item, the document's too)
        if not single or strict and any(m.start >= self.start and any(_is(m, kinds) for kinds in tiers) for m in before):
            return None     # (money given to «it» after another item its sentence names: which one, unsure)
        own = [m for m in self.mentions if m.end <= ts and any(_is(m, kinds) for kinds in tiers)]
        if single and not strict and len(own) == 1 and (own[0].kind in _CARRIED or own[0].kind == "agreement"
                                                        and own[0].start >= self.start):
            return own[0]   # «قدمت X مشروعا أول …، على أن تتكفل فيه الجمعيتان …»: the one project its sentence names
                            # («وقع X اتفاقية شراكة مع Y تهدف إلى …، وقعها عن X …»: the one agreement, past its purpose)
        if (again := self.named_again_before(ts, tiers)) is not None:
            return again    # «ويتم تمويل البرنامج …، فيما تتقاسم تنفيذه X»: the programme, not the campaign most spoken of
        return next(filter(None, (self.topic.best(kinds) for kinds in tiers)), None)

    def body_right_before(self, pos: int) -> bool:
        """Whether an organization ends right before ``pos`` (a comma between at most): «وستتولى الأكاديمية، رفقة …»."""
        at = bisect_left(self.starts, pos)
        if at == 0 or self.text.norm[self.mentions[at - 1].end:pos].strip(" ,»”\""):
            return False
        last = self.mentions[at - 1]
        if last.kind in _LOCATIONS and self.text.norm[last.start] == "ل" and at > 1 \
                and not self.text.norm[self.mentions[at - 2].end:last.start].strip():
            last = self.mentions[at - 2]    # («الأكاديمية … لجهة الشرق، رفقة …»: the body the region is of)
        return last.kind == "organization"

    def only_topic(self, before: list[Mention], tiers: tuple[set[str], ...]) -> Mention | None:
        """The one item of ``tiers``' kinds the sentence names before a trigger, when it is the document's most salient
        of its kind too, or the first of it (no other one «it» may stand for)."""
        named = [m for m in before if m.start >= self.start and any(_is(m, kinds) for kinds in tiers)]
        if not named or len({self.topic.key(m) for m in named}) > 1:
            return None
        best = self.topic.best({named[-1].kind})
        return named[-1] if best is None or self.topic.key(best) == self.topic.key(named[-1]) else None

    def named_again_before(self, ts: int, tiers: tuple[set[str], ...]) -> Mention | None:
        """The item the last bare head noun of its sentence before ``ts`` names again, of one of ``tiers``' kinds
        («البرنامج»: the last programme named «برنامج …»), when no bare head noun there names the most salient item of
        its kind («ويعزز المشروع أهداف البرنامج، فيما تتكفل X بتمويله»: the document's project)."""
        tokens, named = self.topic.tokens, covered(self.mentions)
        found: Mention | None = None
        at = bisect_left(self.topic.starts, ts)
        # (a few clauses back at most: a long sentence of many triggers stays linear)
        for k in range(at - 1, max(bisect_left(self.topic.starts, self.start), at - _AGAIN_REACH) - 1, -1):
            if k in named or not tokens[k].definite or (kind := _names_again(tokens, k)) is None \
                    or not any(kind in kinds for kinds in tiers):
                continue
            again = self.topic.again(kind, tokens[k].key)
            if again is None or again is self.topic.best({kind}):
                return None
            found = found or again
        return found

    def local_council(self, m: Mention) -> bool:
        """Whether ``m`` is a council of a commune, a province or a region («المجلس البلدي»، «مجلس جماعة بني ملال»)."""
        return m.kind == "organization" and (m.cls == "RegionalOrLocalAuthority" or m.cls == "Committee"
                                             and any(t.key in _LOCAL_WORDS for t in self.text.tokens[m.first:m.last]))

    def seat_of(self, place: Mention) -> bool:
        """Whether ``place`` right after an organization's name, by «بـ», is where that body is («جمعية الأمل بمدنين»)."""
        at = bisect_left(self.all_starts, place.start)
        before = [m for m in self.all[max(0, at - 3):at] if m.end <= place.start]
        return bool(before) and before[-1].kind == "organization" and not self.text.norm[before[-1].end:place.start].strip() \
            and self.text.norm[place.start] == "ب"

    def conjoined(self, ts: int, kinds: set[str]) -> Mention | None:
        """«مشروع «Y» (الذي) تموله السويد | وتنفذه المنظمة»: the item of kind ``kinds`` a first clause is on, when the
        verb at ``ts`` opens a second one with «و» (not the first verb's subject right before it); the first clause
        may be long: its own shape, ``_CONJOINED``, bounds it."""
        if self.text.norm[ts] != "و" and not self.text.norm.endswith(("والذي ", "والتي "), self.start, ts):
            return None
        for m in reversed([m for m in self.mentions if m.end <= ts and ts - m.end <= _CONJOINED_REACH]):
            if _is(m, kinds) and _CONJOINED.fullmatch(self.text.norm, m.end, ts):
                return m
        return None

    def past_listed_places(self, pos: int) -> int:
        """Where the places listed right after ``pos`` with و end («… في السنغال | وغامبيا»), else ``pos``."""
        for m in self.mentions[bisect_left(self.starts, pos):]:
            if m.kind not in _LOCATIONS or self.text.norm[m.start] != "و" or self.text.norm[pos:m.start].strip():
                break
            pos = m.end
        return pos

    def item(self, where: str, trigger: tuple[int, int], exclude: list[Mention], *tiers: set[str]) -> Mention | None:
        """The item a trigger is about: of the first of ``tiers`` (sets of kinds) that the sentence
        names, the one ``where`` (before, after, near) the trigger; else the document's topic."""
        excluded = {m.entity for m in exclude if m.entity}
        # (nor an agent's own acronym or name in brackets: «خصص الصندوق المركزي لمواجهة الطوارئ (CERF) ٤ ملايين دولار
        # للخطة»، «ممول من الصندوق الائتماني … («صندوق مدد»)»)
        own = {m for m in self.mentions if any(x.end <= m.start and _IN_BRACKETS.fullmatch(self.text.norm, x.end, m.start)
                                               for x in exclude)}
        for kinds in tiers:
            candidates = [m for m in self.mentions if _is(m, kinds) and m not in exclude and m.entity not in excluded
                          and m not in own]
            # (a day the sentence commemorates is no item when it names another: «نظمت X، بمناسبة اليوم العالمي …، ندوة»)
            candidates = uncommemorated(self.text, candidates)
            before = [m for m in candidates if m.end <= trigger[0]]
            after = [m for m in candidates if m.start >= trigger[1] and all(m.start >= x.end for x in exclude)]
            if where == "before":
                found = before[-1] if before else (after[0] if after else None)
            elif where == "after":
                found = after[0] if after else (before[-1] if before else None)
            elif inside := [m for m in candidates if trigger[0] <= m.start and m.end <= trigger[1]]:
                found = inside[0]   # «وأسندت الوزارة تنفيذ برنامج Y إلى X»: the item the trigger's words name
            else:
                # (not past another phrase of the same kind: «بشراكة مع X و Y، وبدعم من Z»: Z is no item of X's)
                reached = [m for m in after[:1] if not _NEXT_PHRASE.search(self.text.norm, trigger[1], m.start)]
                near = sorted(before[-1:] + reached,
                              key=lambda m: min(abs(m.end - trigger[0]), abs(m.start - trigger[1])))
                found = near[0] if near else None
            if found:
                return found
        if self.unnamed() or self.unnamed(agreements=True) and any(kinds & _AGREEMENT_KINDS for kinds in tiers):
            return None     # the sentence is about an item it does not name, not about the topic
        return next(filter(None, (self.spoken_of(kinds) for kinds in tiers)), None)

    def spoken_of(self, kinds: set[str]) -> Mention | None:
        """The document's item of ``kinds`` the sentence speaks of: for an event, the last one of the head noun the
        sentence says bare («وحضر الاجتماع …» after «اجتماعا تنسيقيا» and «حفلا ختاميا»); else the most salient."""
        if "event" in kinds:
            named = covered(self.mentions)
            bare = next((t for i, t in self.own_tokens() if i not in named
                         and _names_again(self.topic.tokens, i) == "event"), None)
            if bare is not None:
                return self.topic.again("event", bare.key)
        return self.topic.best(kinds)

    # Rules ---------------------------------------------------------------------------------
    def apply(self, rule: Rule, ts: int, te: int) -> list[Fact]:
        if rule.name == "partner:rifqa" and not self.body_right_before(ts):
            return []       # («وزار الوفد المركز رفقة X»، «سافر المهاجرون رفقة X»، «السفير رفقة X»: whom one goes with)
        # a place hosts (احتضنت الدار البيضاء بالمغرب …); elsewhere a place is not an agent
        # (a city named «مدينة X» or «العاصمة … X» after the verb is the scene here: ``places.city_hosts`` makes it the
        # host too, from its place fact)
        # «بتمويل من كل من X وY»، «الممول من طرف كل من X وY»، «نظمت كل من X و Y ورشة»: «كل من» opens the agents' list
        # (and for partners, «بشراكة مع كل من X و Y»، «… مع جمعيات، من بينها X و Y», was tried: the measure split's gold
        # has such lists as implementers or as partners of the implementer, 2 false partners)
        lead = _EACH_LEAD if rule.kind == "funding" or rule.role == "organizer" else _CAPITAL_LEAD if rule.role == "host" \
            else _SOME_BODIES_LEAD if rule.role == "partner" else _LEAD_GAP
        at = te
        if rule.role == "host" and (k := bisect_left(self.starts, te) - 1) >= 0 and self.mentions[k].end > te \
                and self.mentions[k].kind in ("city", "region"):
            at = self.mentions[k].start     # «الذي استضافته مدينة الكويت»: the word the verb's pattern read is the city's
        agents = self.chain(at, AGENTS | {"city", "region"} if rule.role == "host" else AGENTS, lead)
        where: Mention | None = None
        if rule.role == "host":     # (nor a city whose known name has the word in it: «احتضنت مدينة الداخلة …»)
            # (in a relative clause on the event, the scene hosts it and is where it was: ``places.hosted``)
            # (and in «المنتدى الذي تحتضنه العاصمة الأردنية عمان» the host)
            agents = [a for a in agents if not self.scene(a) or rule.name in ("host:istaqbalahu", "host:tastadifuhu")]
            if agents and agents[0].kind in PLACE_KINDS and marked(self.text, agents[0]):
                # «كانت المملكة قد احتضنت بمراكش … المؤتمر»: where, after the verb; the host is its subject
                where, agents = agents[0], [a for a in self.subject_before(ts) if a.kind in AGENTS]
        if not agents and rule.role == "host" and (hall := _HALL.match(self.text.norm, te)):
            # «الذي احتضنته قاعة الاجتماعات بالمجلس الجماعي لطنجة»: the body whose hall or seat it is
            agents = [a for a in self.chain(hall.end(), {"organization"})[:1]]
        subject: list[Mention] = []
        organized: Mention | None = None    # the event right after the verb, its organizers after it
        if not agents and rule.role == "organizer" and not rule.name.endswith("hu"):
            # «ونظم المنتدى كل من X و Y»، «وينظم هذا اللقاء X»: the event after the verb (or its head noun again)
            first, end = self.item_after(te)
            if first is not None and first.kind == "event":
                after = self.past_quote(end)
                if (said_of := _ITEM_ASIDE.match(self.text.norm, after, self.end)) is not None:
                    after = said_of.end()   # «وينظم هذا المنتدى، الذي تتواصل أشغاله إلى غاية الجمعة، X»
                agents = self.chain(after, AGENTS, _EACH_LEAD)
                organized = first if agents else None
        if not agents and rule.role == "organizer":
            subject, agents = self.owned(te)
        if not agents and rule.role == "organizer" and not rule.name.endswith("hu"):
            agents = self.subject_before(ts)        # «وكانت اللجنة المشتركة قد عقدت اجتماعا»
        if not agents and rule.name == "host:ihtadana":
            # «المغرب يحتضن المؤتمر …»، «البحرين تحتضن الاجتماع …»: a headline's subject, a country or a body (a city
            # that hosts is the scene)
            agents = [a for a in self.subject_before(ts) if a.kind in ("country", "organization")]
        if not agents and rule.name == "host:ihtadana" and (which := _WHICH_BEFORE.search(self.text.norm, self.start, ts)):
            # «من المغرب الذي احتضن الاجتماع السابق»، «المملكة المغربية التي استضافت المؤتمر»: the country the relative
            # clause is on, right before its pronoun (a body's there may be its head's: «مدير مكتب المنظمة الذي …»)
            agents = [a for a in self.subject_before(which.start()) if a.kind == "country"][-1:]
        if not agents and rule.name in ("implementing:atlaqa", "implementing:tatawalla"):
            # «المنظمة الدولية للهجرة والمفوضية تطلقان مشروع «Y»»: a headline's subject (a body: a country that
            # launches a programme, «تونس تطلق …», is its government's voice, not who carries it out)
            agents = [a for a in self.verbs_subject(ts) if a.kind == "organization"]
        if not agents and rule.role == "implementing" and rule.item == "before" \
                and (place := next(iter(self.mentions[bisect_left(self.starts, te):][:1]), None)) is not None \
                and place.kind in PLACE_KINDS and self.text.norm[te:place.start].strip() in ("", "في"):
            # «برنامج «آفاق»، والذي تنفذه في الأردن منظمة العمل الدولية»: where, between the verb and who
            agents = [a for a in self.chain(place.end, AGENTS, _LEAD_GAP) if a.kind not in PLACE_KINDS]
        programmes: list[Mention] = []
        if not agents and rule.kind == "funding" and (named := _FUNDING_PROGRAMME.match(self.text.norm, te)):
            # «الممول من برنامج «أفق أوروبا»»: a funding programme, by its name in quotes, gives
            at = bisect_left(self.starts, named.end())
            agents = programmes = [m for m in self.mentions[at:at + 1] if m.kind == "programme" and m.rule == "quoted-title"
                                   and not self.text.norm[named.end():m.start].strip(" «\"“")]
        if rule.kind == "funding":
            agents = [a for a in agents if a.kind in _FUNDERS or a in programmes]     # (a person gives no money of his own)
            agents += self.through_fund(agents)
        if rule.role == "organizer":
            # («فيما يقيم بالمغرب أزيد من 15 ألف مواطن»: a place marked as where is where one lives, not who holds it)
            agents = [a for a in agents if not (a.kind in PLACE_KINDS and marked(self.text, a))]
        if rule.name == "funding:bi-taklif" and not _CARRIED_OR_FUNDED.search(self.text.norm, max(self.start, ts - _CARRIED_REACH), ts):
            return []       # (right after who carries it out or pays: «وترأس الحفل السفير، بتكليف من الاتحاد الأوروبي»: sent)
        if not agents:
            return []
        # what is funded: the nearest activity or fund, else another item, else an area
        # (what is carried out is a programme, a project or a part of one: an event is organized, not implemented;
        # so is a partnership in carrying it out, «تتولى X تنفيذه بالتعاون مع Y»)
        carried = rule.role == "implementing" or rule.role == "partner" \
            and (said := _CARRIED_OUT.search(self.text.norm, max(self.start, ts - _CARRIED_REACH), ts)) is not None \
            and not self.text.norm.endswith("اطار ", max(self.start, said.start() - 6), said.start())
            # («نظمت X، في إطار تنفيذ برنامج Y، ورشة … بتعاون مع Z»: what frames the workshop, not what Z partners in)
        tiers = (ACTIVITIES | {"fund"}, FUNDABLE) if rule.kind == "funding" \
            else (set(rule.kinds),) if rule.kinds else _TIERS["activities"] if carried else (ACTIVITIES,)
        # «… بدعم من X، في إطار برنامج Y»: about Y, and about the activity it frames when one is named
        frame = self.framed(agents[-1].end)
        exclude = agents + subject + ([frame] if frame else [])
        found: Mention | None
        if organized is not None:
            found = organized
        elif rule.role == "implementing" and rule.item == "after" \
                and _ITS_CARRYING_OUT.match(self.text.norm, agents[-1].end, self.end):
            # «على أن تتولى X تنفيذها»، «وتشرف X على تنفيذه»: carrying out what the pronoun refers to
            found = self.antecedent(ts, tiers)
        elif rule.role == "implementing" and rule.item == "after" \
                and (again := self.carried_out_again(agents[-1].end, tiers)) is not None:
            # «وتتولى المنظمة تنفيذ المشروع …، ويندرج ضمن المبادرة «Y»»: what the noun names again, not the item the
            # clause names later
            found = again[0]
        elif rule.role == "partner" and carried and said is not None \
                and (again := self.carried_out_again(said.start(), tiers)) is not None:
            found = again[0]        # … and so «تتولى X تنفيذ هذا المشروع بالشراكة مع Y» (``with_implementer``)
        elif rule.item == "before" and _RELATIVE_TRIGGER.match(self.text.norm, ts):
            # «سلسلة الورشات التي نظمتها X»: a relative clause is about what is right before it
            found = self.antecedent(ts, tiers, single=False)
        elif rule.item == "before" and (referring := self.referred(ts, tiers)) is not None:
            found = referring[0]    # «لهذا المشروع الممول من X»: what the noun refers to, or nothing we know
        elif rule.item == "before" and (relative := _IN_RELATIVE.search(self.text.norm, max(self.start, ts - 100), ts)) \
                and (antecedent := self.antecedent(relative.start("pronoun"), tiers)) is not None:
            # «هذا المشروع، الذي تنفذه X بتمويل من Y، …»: further on in a relative clause, still about its antecedent
            found = antecedent
        else:
            found = self.item(rule.item, (ts, te), exclude, *tiers)
        if found is not None and found.start >= agents[-1].end and _WHILE.search(self.text.norm, agents[-1].end, found.start):
            found = None            # «خصصت X … للمنظمة، بينما قدم Y … لبرنامج Z»: the next clause's item is Y's
        if found is not None and rule.named and found not in self.mentions:
            found = None            # a weak trigger (بدعم من) is about an item its sentence names
        if found is not None and rule.name == "partner:tansiq" and found not in self.mentions and not self.refers_to(found) \
                and self.subject_named(ts):
            found = None            # «ويتولى المرصد جمع المعطيات …، بتنسيق مع X»: working with X on what the clause's own
                                    # subject does, not on the document's topic
        if found is not None and rule.role in ("partner", "funding") and found.kind == "event" \
                and found not in self.mentions and not self.refers_to(found) \
                and not _THAT_EVENT.search(self.text.norm, self.start, ts):
            # «ويقدم الشباك خدمات … بشراكة مع X»: a partnership in what the clause speaks of, not in a ceremony named
            # sentences before; «أن المشروع نفذ … بتمويل من X»: money for the project it names again (or for nothing
            # we know: «وأنشأته الحكومة بتمويل من روما», after a ceremony)
            found = self.topic_programme() if rule.role == "funding" else None
        if found is not None and rule.name == "host:ihtadana" and agents[0].end <= ts \
                and not _OBJECT_NEXT.fullmatch(self.text.norm, te, found.start):
            found = None            # a subject's event is the verb's object, after it in its clause: not «حفل
                                    # التوقيع» before «بأن السنغال تحتضن جالية …»
        if found is not None and rule.name == "host:istaqbalahu" and found.start < ts \
                and (verb := _HOSTED_IT.search(self.text.norm, ts, te)) is not None and self.disagrees(found, verb.end()):
            found = None            # «… في ورشة تقنية، واستقبلته جمعية X»: «him», not the workshop (a pronoun of its gender)
        if found is not None and rule.name == "host:fi-diyafa" and (found.start > ts or ts - found.end > _GUESTS_REACH
                                                                    or _GUESTS.search(self.text.norm, found.end, ts)):
            found = None            # the event its clause names, right before: not one people came from or went on
                                    # after to be guests («وبعد اختتام الورشة، حل المشاركون في ضيافة X»)
        if found is not None and rule.role == "host" and _ONLY_PLANNED.search(self.text.norm, max(self.start, ts - 20), ts):
            found = None            # «على أن تستضيف بغداد الاجتماع الثالث»، «يرتقب أن تحتضن خريبكة الدورة الثالثة»: a plan
        if found is not None and rule.role == "host" and not self.named_event(found) \
                and not (rule.name == "host:ihtadana" and agents[0].kind == "organization" and found.start > agents[-1].end
                         and found.start - agents[-1].end <= _HOSTED_REACH
                         and _OBJECT_NEXT.fullmatch(self.text.norm, agents[-1].end, found.start)) \
                and not (rule.name == "host:istaqbalahu" and (not self.text.norm[found.end:ts].strip(" ,")
                                                              or self.text.norm[ts] == "و"
                                                              and _FIRST_VERB_CLAUSE.fullmatch(self.text.norm, found.end, ts))):
            found = None            # a place hosts an event its sentence names: not «ورشة تقنية»، «ورشة لإعداد …» (but
                                    # the one its relative clause right after it is about: «بورشة تقنية احتضنتها وجدة»،
                                    # «ندوة علمية احتضنها المعهد»; and a body the verb's subject hosts its object,
                                    # «احتضنت كلية الطب بوجدة، من 18 إلى 22 شتنبر، دورة تكوينية»)
        if found is not None and rule.name in _ORGANIZING_OF \
                and not self.text.norm.endswith(_ORGANIZING_OF[rule.name], 0, found.start):
            found = None            # «أعلنت الوزارة عن تنظيم الجمعية لقافلة»: the event right after «تنظيم», or another's
        if found is not None and rule.role == "organizer" and found.kind == "programme" \
                and head_of(self.text.tokens[found.first - (found.rule == "quoted-title")].key) == _CAMPAIGN:
            rule = replace(rule, role="implementing")   # «نظمت X حملة تحسيسية»: a campaign is carried out
        if found is not None and rule.role == "organizer" and found.kind != "event":
            found = None            # what is organized, held or set up is an event («لجنة الطعون تقيّم العملية …»:
                                    # the shadda lost, تقيّم «evaluates» reads as تقيم «holds»)
        found = self.own(found)
        if found is not None and rule.kind == "funding" and rule.item == "before":
            found = self.framing(found, ts)
        if found is not None and rule.name == "implementing:wa-tanfidh" and found.start > ts:
            found = None            # «بتمويل من X وتنفيذ Y» after what it speaks of (not the next clause's item)
        if found is not None and found.kind == "phase" and rule.name.startswith("implementing:atlaqa"):
            found = self.phase_of(found)    # «إطلاق المرحلة الثانية من مشروع Y»: who launches a phase carries Y out
        if found is not None and rule.name.startswith("implementing:atlaqa") and (found.kind not in _LAUNCHED or found.start < ts):
            found = None            # what is carried out follows the verb (an event launched or closed, read as
                                    # organized, was tried: a wrong organizer on the sources)
        if found is not None and found.kind == "plan" and rule.name == "implementing:atlaqa" \
                and not _OBJECT_GAP.fullmatch(self.text.norm, agents[-1].end, found.start):
            found = None            # a plan launched is the verb's object, right after its subject (past an aside of when
                                    # or where): not «أطلقت X، في إطار خطة …، حملة»، «أطلقت X نداء لتمويل خطة …»
        if found is not None and rule.name == "implementing:min-idad" and found.cls != "Study":
            found = None            # «شريط وثائقي حول مشروع Y من إنجاز X»: what X made is the film, unnamed, not Y
        if found is not None and rule.name == "implementing:atlaqa-alana" \
                and not _LAUNCH_OF.search(self.text.norm, max(ts, found.start - 48), found.start):
            found = None            # … the item right after «إطلاق», not one the announcement names before it
        # «نظمت X، بشراكة مع Y، ندوة …»: a partnership said in an aside after the agent is the agent's
        aside = False
        if rule.role == "partner" and _ASIDE_OPEN.search(self.text.norm, max(self.start, ts - 3), ts) is not None:
            # (the aside ends at the first partner a comma closes from the one «و» joins last on: «افتتحت X، بشراكة مع
            # Y، مركز …»، «بشراكة مع Y، Z، و W، مركزا …»; not the list read on into the object)
            joined = max((n for n, a in enumerate(agents) if n and self.text.norm[a.start] == "و"), default=0)
            closed = next((n for n in range(joined, len(agents)) if _ASIDE_CLOSE.match(self.text.norm, agents[n].end)), None)
            if closed is not None:
                agents, aside = agents[:closed + 1], True
        if rule.role == "partner" and (found is None or found.start < agents[-1].end or aside) \
                and self.text.norm[ts] != "و" \
                and (partnered := self.agent_before(ts)
                     or (self.said_subject(ts) if found is None or found.end <= ts else None)
                     or (self.opening_subject(ts) if found is None else None)) is not None:
            # «نفذته X بشراكة مع Y»: Y is X's partner, not the item's (but «تنظم X بالتعاون مع Y ندوة»); only when
            # the clause ends after Y: «نظمت X بالتعاون مع Y حوارا» is a partnership in what follows, unnamed
            # (a coordinated «وبشراكة مع Y» goes on from the phrase before it, «بدعم من X»: not X's partnership)
            if not aside and not self.list_closes(agents[-1].end) and agents[-1].end < self.end:
                return []
            return [Fact("participation", "partner", (("agent", a), ("in", p)), p.start, a.end, "partner:of-agent", 0.7)
                    for p in self.listed_before(partnered) for a in agents
                    if a.kind in _FUNDERS and (a.entity is None or a.entity != p.entity)]
        # «ورشات … بتعاون بين X و Y»: an event made together by X and Y, with no one else, is theirs
        between = rule.role == "partner" and self.text.norm[ts:te].rstrip().endswith("بين")
        if between and not any(m.kind in ACTIVITIES for m in self.mentions) \
                and (pair := [a for a in agents if a.kind in _FUNDERS]):
            # «في إطار الشراكة بين الصندوق والمفوضية»: a partnership between bodies, the sentence naming nothing
            # they do together, makes them each other's partners (not partners of the document's topic)
            return [Fact("participation", "partner", (("agent", b), ("in", pair[0])), ts, b.end, "partner:between", 0.65)
                    for b in pair[1:] if b.entity is None or b.entity != pair[0].entity]
        if rule.name == "partner:shiraka-bayna":
            return []
        facts = []
        # the framing programme is funded too (the money goes through it), but what is carried out or partnered in
        # is the item the clause is about: «المنجز من طرف X في إطار برنامج Y» is not X's implementing of Y
        framing = frame if rule.kind == "funding" or found is None else None
        for item in dict.fromkeys(i for i in (framing, found) if i is not None and i not in agents):
            # «… ورشة بالتعاون / بشراكة / بتنسيق مع Y»: a partner in an event, with its organizer, organizes it (as the
            # corpus's annotators file it, and the organizer's partner: ``co_organizers``); a partnership between
            # («بتعاون بين X و Y») is theirs; not «بمعية Y»، «في إطار الشراكة بين …»: beside, a frame
            together = rule.role == "partner" and item.kind == "event" and not between \
                and _WORKING_WITH.search(self.text.norm, ts, te) is not None and "اطار" not in self.text.norm[ts:te]
            role = "organizer" if between and item.kind == "event" or together else rule.role
            facts += self.stated(replace(rule, role=role, name=rule.name + ":with" if together else rule.name), ts, te,
                                 agents, item)
        if where is None and found is not None and found.kind == "event" and rule.role in ("organizer", "host") \
                and found.start > te:
            # «نظمت X، في أبريل 2022 بمدينة خريبكة، لقاء …»: a city marked as where between the verb and the event
            # (not a city right after a body, where the body sits: «نظمت جمعية النور ببني ملال … قافلة»)
            where = next((m for n, m in enumerate(self.mentions) if te <= m.start and m.end <= found.start
                          and m.kind == "city" and (marked(self.text, m) or self.text.norm.endswith(_CITY_WORD_END, te, m.start))
                          and not seat(self.text, m, self.mentions[n - 1] if n else None)
                          and not (n and self.mentions[n - 1].kind == "organization"
                                   and not self.text.norm[self.mentions[n - 1].end:m.start].strip())), None)
        if where is not None and found is not None and found.kind == "event":
            facts.append(Fact("located", "place", (("what", found), ("where", where)), ts, max(found.end, where.end),
                              "located:hosted-at", 0.6))
        return facts

    def named_event(self, m: Mention) -> bool:
        """Whether an event mention names one event, whole: not a description, nor a head and one nisba
        (ورشة تقنية، ندوة إقليمية: a kind of event), nor a name cut short after a genitive with ل whose
        object goes on (ورشة لإعداد | خطة …)."""
        if m.kind != "event":
            return True
        if m not in self.mentions or m.rule == "description":
            return False
        tokens = self.text.tokens
        head, last = tokens[m.first], tokens[m.last - 1]
        if m.last - m.first == 2 and not head.definite and not last.definite and last.key.endswith(("ي", "يه")):
            return False
        if m.last < len(tokens) and last.text[0] == "ل" and not last.definite:
            nxt = tokens[m.last]
            if nxt.arabic and not nxt.definite and nxt.key not in _STOP_WORDS \
                    and not self.text.norm[last.end:nxt.start].strip():
                return False
        return True

    def own(self, item: Mention | None) -> Mention | None:
        """A bare phase (المرحلة الثانية, not followed by «من X») stands for the item the document said
        it is a phase of, else for nothing we know."""
        if item is None or item.kind != "phase" or item.last - item.first != 2 \
                or _OF.match(self.text.norm, item.end):
            return item
        return self.topic.owner(item)

    def agent_before(self, ts: int) -> Mention | None:
        """The organization or country right before ``ts`` (its acronym in brackets or its place between), if any."""
        at = bisect_left(self.all_starts, ts)
        before = [m for m in self.all[max(0, at - 8):at] if m.end <= ts and ts - m.end <= 60]
        # (the nearest end first, the whole name before a name nested in it: «الأمم المتحدة» inside the UNHCR's)
        norm = self.text.norm
        for m in sorted(before, key=lambda m: (m.end, -m.start), reverse=True):
            # (a place that locates the name before it is skipped, «المنظمة الدولية للهجرة بالمغرب»; a country alone is
            # an agent: «وتعد إيطاليا شريكا رئيسيا للمنظمة»)
            locating = m.kind in _LOCATIONS and (m.kind != "country" or norm[m.start] == "ب" or any(
                o.end <= m.start and norm[o.end:m.start].strip() in ("في", "") and o.kind not in _LOCATIONS for o in before))
            if locating or m.rule == "acronym-in-brackets":
                continue
            # (the body a unit is «بـ», «المديرية العامة … بالمفوضية الأوروبية»: the unit is the agent)
            if m.kind not in {"organization", "country"} or not _AGENT_GAP.fullmatch(norm, m.end, ts):
                return None
            unit = next((o for o in before if o.kind == "organization" and o.end <= m.start and not norm[o.end:m.start].strip()), None)
            return unit if unit is not None and norm[m.start] == "ب" and at_body(self.text.tokens[m.first]) else m
        return None

    def list_closes(self, pos: int) -> bool:
        """Whether a list that ends at ``pos`` closes its clause (``_LIST_END``), past the body its last one belongs to:
        «بالتنسيق مع المديرية التابعة لوزارة الداخلية.» closes, «… لوزارة الداخلية حوارا مع الشباب» goes on."""
        if (belongs := _BELONGS_TO.match(self.text.norm, pos, self.end)) is not None:
            at = bisect_left(self.starts, belongs.end())
            # (the owner's name, or its one word when it names no body we know: «التابع للوزارة»)
            if at < len(self.mentions) and self.mentions[at].start == belongs.end():
                pos = self.mentions[at].end
            else:
                word = _ONE_WORD.match(self.text.norm, belongs.end(), self.end)
                pos = word.end() if word is not None else belongs.end()
        return _LIST_END.match(self.text.norm, pos, self.end) is not None

    def listed_before(self, last: Mention) -> list[Mention]:
        """The bodies or countries listed with و before ``last`` and ``last`` («يتولى تنفيذه X و Y، بشراكة مع Z»: Z is
        the partner of both)."""
        at = self.mentions.index(last) if last in self.mentions else -1
        k = at
        while k > 0 and self.text.norm[self.mentions[k].start] == "و" and self.mentions[k - 1].kind in _FUNDERS \
                and self.mentions[k - 1].start >= self.start \
                and _LIST_JOIN.fullmatch(self.text.norm, self.mentions[k - 1].end, self.mentions[k].start):
            k -= 1
        return self.mentions[k:at + 1] if at >= 0 else [last]

    def referred(self, ts: int, tiers: tuple[set[str], ...]) -> tuple[Mention | None] | None:
        """«… لهذا المشروع الممول من X»: an item noun right before the trigger, not itself a name, refers
        to the last item of its kind the sentence names, else to the document's topic of the kind (in a
        one-tuple, None when neither is known); None when no such noun stands there."""
        return self.named_again(_REFERRED.search(self.text.norm, max(self.start, ts - 30), ts), tiers)

    def carried_out_again(self, pos: int, tiers: tuple[set[str], ...]) -> tuple[Mention | None] | None:
        """«تنفيذ المشروع …» at ``pos``: ``referred_after`` the verbal noun; None when no «تنفيذ» and noun stand there."""
        carrying = _CARRYING_OUT.match(self.text.norm, pos, self.end)
        return self.referred_after(carrying.end(), tiers) if carrying is not None else None

    def referred_after(self, pos: int, tiers: tuple[set[str], ...]) -> tuple[Mention | None] | None:
        """«ويمول X هذا المشروع»: the same for an item noun right after the agents."""
        match = _REFERRED_AFTER.match(self.text.norm, pos, self.end) or _TO_THE_NEW.match(self.text.norm, pos, self.end)
        if match is not None and (at := bisect_left(self.starts, match.end())) < len(self.mentions) \
                and _NAMED_NEXT.fullmatch(self.text.norm, match.end(), (next_one := self.mentions[at]).start) \
                and any(_is(next_one, kinds) for kinds in tiers):
            return (next_one,)  # «وتتولى X تنفيذ المشروع الإقليمي «نور»»، «للمشروع الجديد «نور»»: the name after it
        word = self.text.norm.rfind(" ", 0, match.start("head")) + 1 if match is not None else pos
        if match is not None and not _NEW.match(self.text.norm, match.end()) \
                and (named := self.item_after(word)[0]) is not None and any(_is(named, kinds) for kinds in tiers):
            return (named,)     # «وتنفذ X المشروع «Y»»: the name after the head noun
        return self.named_again(match, tiers)

    def named_again(self, match: re.Match | None, tiers: tuple[set[str], ...]) -> tuple[Mention | None] | None:
        if match is None:
            return None
        kind = REFERRING.get(stem(match.group("head")))
        if kind is None and study_word(match.group("head")) and any("project" in kinds for kinds in tiers):
            return (self.study_again(match.start("head"), match.group("head")),)
        if kind is None or not any(kind in kinds for kinds in tiers):
            return None
        at = bisect_left(self.all_starts, match.start("head") + 1)
        if any(m.start <= match.start("head") < m.end for m in self.all[max(0, at - 8):at]):
            return None         # the noun is part of a name: the nearest item rule reads it
        if _NEW.match(self.text.norm, match.end()):
            return (self.topic.announced(kind),)
        named = [m for m in self.mentions if m.end <= match.start("head") and m.kind == kind]
        return (named[-1] if named else self.topic.of_kind(kind),)

    def seats(self) -> list[Fact]:
        """«… اجتماعها الأول يوم … بمقر المجلس الوطني لحقوق الإنسان»: the body whose seat an event took
        place at hosted it — the event named before «بمقر» in the sentence, else the one named after it
        («احتضن مقر X …، دورة تكوينية»، «نظمت Y، يوم … بمقر X، ندوة»: not past an agreement, signed at a
        seat during an event), else the one the sentence names again by its head noun."""
        out = []
        for match in _SEAT.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            host = next((m for m in self.all if m.start >= te and m.kind == "organization"
                         and _SPACE.match(self.text.norm[te:m.start])), None)
            events = [m for m in self.mentions if m.end <= ts and m.kind == "event"]
            if not events and host is not None and not any(m.kind in _AGREEMENT_KINDS for m in self.mentions):
                events = [m for m in self.mentions if m.start >= host.end and m.kind == "event"][:1]
            event = events[-1] if events else None
            if event is None:
                best = self.topic.best({"event"})
                event = best if best is not None and self.refers_to(best) else None
            if host is None or event is None:
                continue
            # (the clause from the event, or «بمقر», to the host, or to the event named after it)
            named = event in self.mentions
            out.append(Fact("participation", "host", (("agent", host), ("in", event)),
                            min(event.start, ts) if named else ts, max(host.end, event.end) if named else host.end,
                            "host:seat", 0.7))
        for n, match in enumerate(_OWN_SEAT.finditer(self.norm)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break           # (a hostile sentence of thousands of «بمقره» stays linear)
            # «أبرم X، خلال حفل أقيم في مقره بالرياض، …»، «في حفل استضافه X بمقره»: the body named last before «its seat»
            # hosts the event named before it there
            ts, te = self.start + match.start(), self.start + match.end()
            event = next((m for m in reversed(self.mentions) if m.end <= ts and m.kind == "event"), None)
            bodies = [m for m in reversed(self.mentions) if m.end <= ts and m.kind == "organization"]
            # («وقّع مركز X والمنظمة Y، خلال مراسم أقيمت في مقره»: the pronoun's gender, the body whose head noun agrees)
            feminine = match.group().endswith("ها")
            host = next((m for m in bodies if _feminine(self.text.norm[m.start:m.end]) in (feminine, None)),
                        bodies[0] if bodies else None)
            if event is not None and host is not None:
                out.append(Fact("participation", "host", (("agent", host), ("in", event)), host.start, te,
                                "host:own-seat", 0.6))
            city = next((m for m in self.mentions if m.start >= te), None)
            seated = next((m for m in bodies if _feminine(self.text.norm[m.start:m.end]) == feminine),
                          bodies[0] if len(bodies) == 1 else None)
            if seated is not None and city is not None and city.kind == "city" \
                    and _SEAT_CITY.fullmatch(self.text.norm, te, city.start) \
                    and not _TITLE_BEFORE.search(self.text.norm, max(self.start, seated.start - 16), seated.start):
                # «استقبلت اللجنة الوفد في مقرها بالقاهرة»، «… بمقره الرئيسي في الرياض»: the body sits in that city
                # (the last one whose head noun agrees with the pronoun, or the one body before it; not one a title
                # names, «استقبل الوزير سفير الاتحاد الأوروبي في مقره»: the pronoun may be the person's)
                out.append(Fact("located", "place", (("what", seated), ("where", city)), seated.start, city.end,
                                "located:own-seat", 0.6))
        return out

    def through_fund(self, funders: list[Mention]) -> list[Mention]:
        """«الممول من قبل الاتحاد الأوروبي عبر / من خلال / في إطار الصندوق الائتماني …»: the fund the money of
        ``funders`` goes through, right after them, funds too (a one-element list, or empty; not a body it reaches:
        «عبر جمعية …» may be who carries it out)."""
        through = _THROUGH.match(self.text.norm, funders[-1].end, self.end) if funders else None
        if through is None:
            return []
        return [a for a in self.chain(through.end(), _FUNDERS | {"fund"})[:1]
                if self.a_fund(a) or self.own_body(funders[-1], a)]

    def a_fund(self, m: Mention) -> bool:
        """A fund money goes through: of the class Fund, or a body whose name starts with «صندوق» or «مرفق»."""
        return _is(m, {"fund"}) or self.text.tokens[m.first].key in _FUND_HEADS

    def own_body(self, principal: Mention, m: Mention) -> bool:
        """Whether ``m`` is a body of the state or body ``principal`` that its money goes through, which funds too:
        by the state's nationality adjective («الحكومة الألمانية عبر بنك التنمية الألماني»، «إيطاليا، عبر الوكالة
        الإيطالية للتعاون …») or by a pronoun («المفوضية الأوروبية، من خلال إدارتها العامة …»); not another body
        («إسبانيا، من خلال المنظمة الدولية للهجرة»: who carries it out)."""
        if m.kind != "organization" or principal.kind not in ("country", "organization"):
            return False
        head = self.text.quote(self.text.tokens[m.first].start, self.text.tokens[m.first].end)
        if head.endswith(("ها", "ه")) and not head.endswith(("ة", "اه")):
            return True
        nations = adjectives()
        return principal.entity is not None and any(
            principal.entity in nations.get(t.key, "").split("|") for t in self.text.tokens[m.first:m.last])

    def channel(self, pos: int, principal: Mention) -> tuple[Mention, int] | None:
        """«X، من خلال / عبر Y، …»: the fund (or the ``principal``'s own body) named in an aside right after ``pos``
        that money goes through, and where the aside ends."""
        aside = _THROUGH.match(self.text.norm, pos, self.end)
        if aside is None or self.text.norm[pos:aside.start("through")].strip() != ",":
            return None
        at = bisect_left(self.starts, aside.end())
        m = self.mentions[at] if at < len(self.mentions) else None
        if m is None or m.start != aside.end() or not (self.a_fund(m) or self.own_body(principal, m)):
            return None     # (a fund: a body the money goes through, «من خلال المنظمة …», may carry it out)
        close = _ASIDE_END.match(self.text.norm, m.end, self.end)
        return (m, close.end()) if close is not None else None

    def opens(self, pos: int) -> bool:
        """Whether ``pos`` opens the sentence (past a conjunction, a quote or a dateline and its dash only): «بدعوة من X،
        التأم … اجتماع» puts the circumstance first, the event after it."""
        before = self.text.norm[self.start:pos]
        dash = _DATELINE_DASH.search(before)
        return not (before[dash.end():] if dash else before).strip(" و\"«“-–—")

    def named_before(self, item: Mention, pos: int) -> bool:
        """Whether the sentence speaks of an item of ``item``'s kind again before ``pos``, by a bare definite head
        noun («هذا البرنامج»، «المشروع») that is no part of a name."""
        named = covered(self.mentions)
        return any(t.definite and t.end <= pos and i not in named and REFERRING.get(_head_of(t.key) or "") == item.kind
                   for i, t in self.own_tokens())

    def refers_to(self, item: Mention) -> bool:
        """Whether the sentence has a bare definite head noun of the item's own head (الندوة for «ندوة
        نظمتها …», الاجتماع for «اجتماعا»), not part of a name: it speaks of that item again."""
        head = _head_of(self.tokens_of(item)[0].key)
        if head is None and item.first > 0 and not self.text.norm[self.topic.tokens[item.first - 1].end:item.start].strip(' «"“'):
            head = _head_of(self.topic.tokens[item.first - 1].key)     # «مشروع «جسور»»: the head noun before its title
        if head is None:
            return False
        named = covered(self.mentions)
        tokens = self.topic.tokens
        # (a meeting's generic word names any event again: «وعرف اللقاء حضور …» after «الاجتماع الختامي»; so do its
        # proceedings opened, closed or attended: «وافتتح الأشغال X»، «وعلى هامش الأعمال …», not «مواقع الأشغال», nor
        # works a relative clause or an adjective says are others': «خلال الأشغال التي عرفها الطريق»، «الأشغال الكبرى»)
        return any(t.definite and (_head_of(t.key) == head or item.kind == "event" and _head_of(t.key) in _ANY_EVENT
                                   or item.kind == "event" and t.key in _SITTINGS and i
                                   and tokens[i - 1].key.removeprefix("و") in _PROCEEDINGS_GOVERNED
                                   and not (i + 1 < len(tokens) and (tokens[i + 1].definite or tokens[i + 1].key in ("التي", "الذي"))))
                   and i not in named for i, t in self.own_tokens())

    def tokens_of(self, m: Mention):
        return self.topic.tokens[m.first:m.last]

    def own_tokens(self):
        starts = self.topic.starts
        for i in range(bisect_left(starts, self.start), bisect_left(starts, self.end)):
            yield i, self.topic.tokens[i]

    def unnamed(self, agreements: bool = False) -> bool:
        """Whether the sentence speaks of an item it does not name (مشروعا أول، ثلاثة مشاريع), or of agreements
        (ثلاث اتفاقيات)."""
        if self._unnamed is None:
            self._unnamed = (self.find_unnamed(_UNNAMED), self.find_unnamed(_UNNAMED_AGREEMENTS))
        return self._unnamed[agreements]

    def find_unnamed(self, words: set[str]) -> bool:
        tokens = self.topic.tokens
        named = covered(self.mentions)
        return any(token.key in words and (not token.definite or _some_of(tokens, i)) and i not in named
                   and not _demonstrated(tokens, i) for i, token in self.own_tokens())

    def stated(self, rule: Rule, ts: int, te: int, agents: list[Mention], item: Mention) -> list[Fact]:
        if rule.role in _NOT_OF_A_VISIT and item.kind == "event" and item.first < len(self.text.tokens) \
                and self.text.tokens[item.first].key in _VISITS and (item.first + 1 >= len(self.text.tokens)
                                                                     or self.text.tokens[item.first + 1].key not in _STUDY_VISITS):
            return []       # an official's visit is no funded, carried out or partnered item: «وخلال زيارة …، ستفتتح X
                            # مركزا جديدا بتمويل من Y»: what is funded is the centre, unnamed (a study visit may be)
        start, end = self.quoted(item, min(ts, agents[0].start), max(te, agents[-1].end))
        # (a share of a cost has no amount of its own: «تبلغ كلفته مليوني يورو، يتحمل X نصفها»)
        amount = self.amount(ts, end, own=rule.name in _REMAINDER) if rule.kind == "funding" and rule.name not in _SHARES \
            else None
        if amount:
            end = max(end, amount[1])
            if item not in self.mentions and (purpose := _PURPOSE.match(self.text.norm, amount[1])) \
                    and _EVENT_COSTS.search(self.text.norm, purpose.end(),
                                            stop.start() if (stop := _CLAUSE_END.search(self.text.norm, purpose.end(), self.end))
                                            else self.end):
                return []   # «قدّمت X منحة بقيمة … لتغطية تكاليف سفر الوفود»: a sum for a meeting's costs, no funded item
                            # (events are none), not for the document's item
        confidence = rule.confidence * (1 if item in self.mentions else 0.8)   # lower when the topic stands in
        facts = []
        for agent in agents:
            if rule.kind == "funding":
                args = (("funder", agent), ("item", item))
            else:
                args = (("agent", agent), ("in", item))
            # one amount for several funders is theirs together: one joint tie, as curators record it
            facts.append(Fact(rule.kind, rule.role, args, start, end, rule.name, round(confidence, 2),
                              amount[0] if amount else None, joint=bool(amount) and len(agents) > 1))
        return facts

    def quoted(self, item: Mention, start: int, end: int) -> tuple[int, int]:
        """The quote of a fact stated from ``start`` to ``end``, with its item when the sentence names it;
        a topic named sentences before is referred to, not quoted."""
        if item.start < self.start:
            return start, end
        return min(start, item.start), max(end, item.end)

    def framing(self, item: Mention, ts: int) -> Mention:
        """«أطلقت X حملة «A» ضمن المبادرة «B»، بمنحة من Y»: money said after a frame, set off from it by a comma (the
        trigger at ``ts``), goes to the activity the frame is of, named right before it in the sentence; else to
        ``item`` (and «ضمن برنامج «B» الممول من Y» is about B)."""
        at = bisect_left(self.starts, item.start)
        before = self.mentions[at - 1] if at and self.start <= item.start and item.end <= ts \
            and "," in self.text.norm[item.end:ts] else None
        if before is not None and _is(before, ACTIVITIES) and _FRAME_OF.fullmatch(self.text.norm, before.end, item.start):
            return before
        return item

    def framed(self, pos: int) -> Mention | None:
        """«…، في إطار برنامج X» right after the agents: X is what the statement is about."""
        frame = _FRAME.match(self.text.norm, pos, self.end)
        if frame is None:
            return None
        return next((m for m in self.mentions if m.start >= frame.end() and m.kind in ACTIVITIES
                     and m.start - frame.end() <= 12), None)

    def named_two(self, end: int) -> list[Mention]:
        """«لمبادرتين تنفذهما X (ACR)، هما مشروع «A» …، ومشروع «B» (ACR)»: the two programmes or projects a dual
        pronoun stands for, listed after «، هما» right after its agents (their acronyms and asides skipped)."""
        at = bisect_left(self.all_starts, end)
        if at < len(self.all) and self.text.norm[end:self.all[at].start].strip() == "(":
            end = self.all[at].end       # the agent's acronym in brackets
        listed = _THESE_TWO.match(self.text.norm, end, self.end)
        if listed is None:
            return []
        items = [m for m in self.mentions if m.start >= listed.end() and m.kind in ("project", "programme")
                 and not m.rule.startswith("acronym")]
        return items[:2] if len(items) >= 2 else []

    def fronted(self, ts: int) -> list[Mention]:
        """The subject a sentence puts first with «أما», «أما X (ACR)، فقد VERB» (the verb right after it), or
        taken up again by «كما VERB» with no other organization or country between: the verb's subject."""
        opened = _FRONTED.match(self.text.norm, self.start, ts)
        if opened is None:
            return []
        at = bisect_left(self.all_starts, opened.end())
        first = next((m for m in self.all[at:at + 1] if m.start == opened.end() and m.kind in _FUNDERS), None)
        if first is None:
            return []
        end = first.end
        acronym = next(iter(self.all[at + 1:at + 2]), None)
        if acronym is not None and self.text.norm[end:acronym.start].strip() == "(":
            end = acronym.end
        # (the verb's «ف» may be the trigger's own first letter: «أما X فرصد …»)
        if _FRONTED_GAP.fullmatch(self.text.norm, end, ts + (self.text.norm[ts] == "ف")):
            return [first]
        between = [m for m in self.mentions if end <= m.start < ts and m.kind in _FUNDERS]
        if _TAKEN_UP.search(self.text.norm, end, ts) and not between:
            return [first]
        return []

    def said_subject(self, ts: int) -> Mention | None:
        """«وأضافت أن المؤسسة، التي يوجد مقرها بالرباط، اشتغلت بشراكة مع Y»: the body or country right after the last
        «أن / إن» of the sentence before ``ts`` (named, or named again by its head noun), as the subject of the clause
        ``ts`` is in, when no other body or country stands between them."""
        said = list(_SAID_THAT.finditer(self.text.norm, self.start, ts))
        # (or the sentence's opening verb of working)
        that = said[-1] if said else _OPENING_VERB.match(self.text.norm, self.start, ts)
        if that is None or said and that.group("pronoun"):
            return None     # («وأوضحت أنهم يشتغلون بشراكة مع …»: whom the pronoun stands for, unsure)
        at = bisect_left(self.all_starts, that.end())
        subject = self.all[at] if at < len(self.all) else None
        if subject is None or subject.start != that.end() or subject.kind not in _FUNDERS or subject.end > ts:
            return None
        # (not when the clause names what is done between: «أن الوزارة ستطلق المرحلة الرابعة … بالتعاون مع Y»، «أن
        # الوزارة تنفذها بالتعاون مع Y»: a partner in it, the item or the one its pronoun stands for)
        inside = bisect_left(self.all_starts, ts)
        if any(m.start >= subject.end and (m.kind in _FUNDERS or m.kind in ITEMS and not self.text.norm.endswith(
                "اطار ", 0, m.start)) for m in self.all[at + 1:inside]) \
                or _ANOTHER_CLAUSE.search(self.text.norm, past.end() if (past := _ITS_ASIDE.match(self.text.norm, subject.end, ts))
                                          else subject.end, ts) \
                or self.done_to_it(subject.end, ts):
            return None     # (nor past a clause of its own: «… المهاجرين الذين تتكفل بهم جمعيات بشراكة مع …»)
        return subject

    def done_to_it(self, start: int, end: int) -> bool:
        """Whether a verb with its object pronoun («تنفذها»، «سينفذه») stands between ``start`` and ``end``: the
        pronoun's «ه» as written (a word ending in ة is no verb: «توعية»، «تنمية» read the same once normalized)."""
        return any(self.text.quote(w.start(), w.end()).endswith(("ه", "ها"))
                   for w in _DONE_TO_IT.finditer(self.text.norm, start, end))

    def opening_subject(self, ts: int) -> Mention | None:
        """«واكبت جمعية الأمل 640 مهاجرا بشراكة مع Y»: the body or country right after the sentence's opening verb, as the
        subject of what comes before ``ts`` (no comma between)."""
        verb = _VERB_FIRST.match(self.text.norm, self.start, ts)
        if verb is None:
            return None
        at = bisect_left(self.starts, verb.end())
        subject = self.mentions[at] if at < len(self.mentions) else None
        if subject is None or subject.start != verb.end() or subject.kind not in ("organization", "country") \
                or "," in self.text.norm[subject.end:ts]:
            return None
        return subject

    def subject_named(self, ts: int) -> bool:
        """Whether the sentence opens with a verb and, right after it and before ``ts``, a body or country as its
        subject («ويتولى المرصد …»، «وتعمل الجمعية …»: named, or named again by its head noun)."""
        verb = _VERB_FIRST.match(self.text.norm, self.start, ts)
        if verb is None:
            return False
        at = bisect_left(self.all_starts, verb.end())
        named = next((m for m in self.all[at:at + 1] if m.start == verb.end()), None)
        if named is not None:
            return named.kind in ("organization", "country")
        k = bisect_left(self.topic.starts, verb.end())
        word = self.topic.tokens[k] if k < len(self.topic.tokens) else None
        return word is not None and word.start == verb.end() and word.definite and word.text[0] not in "وفبل" \
            and HEADS.get(head_of(word.key) or "", ("",))[0] == "organization"

    def subject_before(self, ts: int) -> list[Mention]:
        """The organization or country right before a verb in its clause, as its subject: «اللجنة
        (المشتركة) قد عقدت», «وكانت الوزارة قد نظمت» (only «قد» between)."""
        # (a body named again by its head noun too: «أن المنظمة وقعت …»)
        named = [m for m in self.mentions if m.end <= ts and m.start >= self.start]
        again = [m for m in self.all[:bisect_left(self.all_starts, ts)] if m.rule == "anaphora" and m.end <= ts
                 and m.start >= self.start and (not named or m.start > named[-1].end)]
        before = named + again[-1:]
        if not before or before[-1].kind not in ("organization", "country") \
                or not _SUBJECT_GAP.fullmatch(self.text.norm, before[-1].end, ts):
            return []
        k = len(before) - 1
        while k and self.text.norm[before[k].start] == "و" and before[k - 1].kind in ("organization", "country") \
                and _LIST_JOIN.fullmatch(self.text.norm, before[k - 1].end, before[k].start):
            k -= 1      # «وكان المغرب وألمانيا قد وقعا»: the subject's whole list
        return before[k:]

    def verbs_subject(self, ts: int) -> list[Mention]:
        """«وكان الصندوق قد موّل المرحلة الأولى …»، «وأوضح أن المنظمة الدولية للهجرة تنفذ برنامج Y»، «أن مجلس الجهة سيساهم
        بمبلغ … في مشروع Y»: a verb of funding or carrying out with no one after it has its subject right before it
        (not «X … ومول»: a verb after و goes on another clause; «X تموّل Y» is ``funds``)."""
        if self.text.norm[ts] in "وف" or _FUNDS.match(self.text.norm, ts):
            return []
        subject = self.subject_before(ts)
        if subject and not _SUBJECT_OPENS.search(self.text.norm, max(self.start, subject[0].start - 12), subject[0].start):
            return []       # «بتمويل من X نفذت …»، «الممول من X ينفذ …»، «التي يمولها X تنفذ …»: X is no subject
        return subject

    def owned(self, pos: int) -> tuple[list[Mention], list[Mention]]:
        """A programme right after ``pos`` and its owners, «البرنامج … المشترك بين X و Y»: who acts
        when a sentence makes the programme its subject."""
        after = [m for m in self.mentions if m.start >= pos and _LEAD_GAP.match(self.text.norm[pos:m.start])]
        if not after or after[0].kind not in ACTIVITIES - {"event"}:
            return [], []
        programme = after[0]
        between = _OWNED_BY.search(self.text.norm, programme.start, min(programme.end + 20, self.end))
        if between is None or between.start() > programme.end + 1:
            return [], []
        owners = self.chain(between.end(), lead=_SPACE)
        if len(owners) < 2:
            return [], []
        # the programme's acronym may follow its owners: «… وبرنامج الأمم المتحدة الإنمائي (M4SD)»
        acronym = [m for m in self.mentions if m.start > owners[-1].end and m.rule.startswith("acronym")
                   and self.text.norm[owners[-1].end:m.start].strip() == "("]
        return [programme, *acronym], owners

    def funds(self) -> list[Fact]:
        """«X تخصص / تمنح / تقدم / تموّل / تدعم … Y» and «X، التي تموّل Y»: X (an organization or a country
        right before the verb) funds the item named first after it in its clause; «تقدم» only when
        what is offered is money (تقدم دعما/تمويلا/منحة …); the amount nearby, as the other rules."""
        out: list[Fact] = []
        for match in _FUNDS.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            if match.group("verb") == "قدم" and not _OFFERED.match(self.text.norm, te):
                continue
            before = [m for m in self.mentions if m.end <= ts and ts - m.end <= 40]
            if not before or before[-1].kind not in {"organization", "country"} \
                    or not _FUNDER_GAP.fullmatch(self.text.norm, before[-1].end, ts):
                continue
            funder = before[-1]
            if len(before) > 1 and (before[-1].rule == "acronym-in-brackets" or funder.entity and funder.entity == before[-2].entity
                                    and self.text.norm[before[-2].end:funder.start].strip() == "("):
                funder = before[-2]
            relative = _RELATIVE.match(self.text.norm, ts) is not None
            if not relative and "," in self.text.norm[funder.end:ts]:
                continue        # «X، تمول …» without «التي»: another clause's subject
            stop = _CLAUSE_END.search(self.text.norm, te, min(self.end, te + _FUNDED_REACH))
            clause_end = stop.start() if stop else min(self.end, te + _FUNDED_REACH)
            item = next((m for m in self.mentions if m.start >= te and m.end <= clause_end
                         and _is(m, ITEMS - {"event"} | {"fund"})), None)
            item = self.own(item) if item is not None else None
            if item is None:
                # «X (ACR) التي تمول المشروع بمبلغ …»: the bare head noun right after the verb stands for its item
                again = self.item_after(te)[0]
                item = again if again is not None and _is(again, ITEMS - {"event"}) else None
            if item is None or item.entity and item.entity == funder.entity:
                continue
            rule = Rule("funding:subject-first", _FUNDS, "funding", "funding", "after", 0.75)
            out += self.stated(rule, funder.start, te, [funder], item)
        return out

    def given(self) -> list[Fact]:
        """«قدّم X منحة قدرها … إلى المفوضية»، «وقدمت X للمنظمة الدولية للهجرة مليوني دولار» (X after the verb, or
        right before it), «تلقت المفوضية مساهمة قدرها … من X»: X funds the body that gets the money. Only when
        the clause speaks of money (an amount, منحة، مساهمة، تمويل، مبلغ …) before the body: «قدمت X عرضا
        للمنظمة» gives none; a programme or project there is the other rules'."""
        out: list[Fact] = []
        bodies = {"organization", "country"}
        for pattern, giving, needs in ((_GIVES, True, _GIVES_NEEDS), (_RECEIVES, False, _RECEIVES_NEEDS)):
            if not self.holds(needs):
                continue
            for match in pattern.finditer(self.norm):
                ts, te = self.start + match.start(), self.start + match.end()
                reach = min(self.end, te + _GIVING_REACH)
                stop = _CLAUSE_END.search(self.text.norm, te, reach)
                while stop is not None and not giving and _FROM_AFTER_COMMA.match(self.text.norm, stop.start()):
                    stop = _CLAUSE_END.search(self.text.norm, stop.end(), reach)    # «…، من X»: the giver still
                while stop is not None and giving and (when := _WHEN_ASIDE.match(self.text.norm, stop.start())):
                    stop = _CLAUSE_END.search(self.text.norm, when.end(), reach)    # «سلمت X، يوم …، للدرك …»
                clause_end = stop.start() if stop else reach
                # the donor after the verb, up to whom it gives to («وقدمت X للمفوضية …»), else right before it
                subject = list(takewhile(lambda m: not self.dative(m), self.chain(te, bodies))) \
                    or self.subject_before(ts)
                if not subject and not giving and (self.text.norm[ts:te].rstrip().endswith(("تلقيها", "تلقيه"))
                                                   or _SHE_THAT.search(self.text.norm, max(self.start, ts - 8), ts)):
                    # «… تلقيها»، «أعلنت المفوضية … أنها تلقت»: the body the pronoun stands for, named before
                    subject = [m for m in self.mentions if m.end <= ts and m.kind == "organization"][-1:]
                if not subject:
                    continue
                after = max(te, subject[-1].end)
                money = [a.start for a in self.amounts if after <= a.start < clause_end]
                word = _MONEY_WORD.search(self.text.norm, after, clause_end)
                signal = min(money + ([word.start()] if word else []), default=None)
                if signal is None:
                    continue
                other = None
                for m in self.mentions:
                    if not after <= m.start < clause_end or m.kind not in bodies:
                        continue
                    lead = self.text.norm[max(self.start, m.start - 12):m.start]
                    if giving and (self.dative(m) or _TO.search(lead) and not _GOING_BACK.search(
                            self.text.norm, max(self.start, m.start - 30), m.start)
                                   or _FOR_ITS_WORK.search(self.text.norm, max(self.start, m.start - 30), m.start)) \
                            or not giving and m.start > signal and _FROM.search(lead):
                        other = m
                        break
                if other is None:
                    continue
                funders, body = (subject, other) if giving else ([other], subject[0])
                funders = [f for f in funders if f.kind in _FUNDERS and (f.entity is None or f.entity != body.entity)]
                if funders and body.kind in bodies:     # (a country too: «يخصص بموجبه الاتحاد 210 ملايين يورو لموريتانيا»)
                    rule = Rule("funding:given-to" if giving else "funding:received-from", pattern, "funding",
                                "funding", "after", 0.7)
                    out += self.stated(rule, ts, clause_end, funders, body)
        return out

    def given_to_body(self, facts: list[Fact]) -> list[Fact]:
        """«كما قدّمت سويسرا منحة … إلى الشبكة الإقليمية …»: money given to a body the clause names funds that body, not
        the item named before the verb that the trigger would take as what is funded (an item named after it, «…
        للمفوضية لتمويل مشروع Y», is funded too, and so is one the clause names again: «… إلى اليونيسف لتنفيذ
        البرنامج»، «… لتنفيذه»)."""
        given = {f.arg("funder").start: f.start for f in facts if f.rule == "funding:given-to"
                 and not _FOR_IT.search(self.text.norm, f.arg("item").end, f.end)}
        # (the item the other trigger took may be named before the giving's verb, and its fact start there)
        return [f for f in facts if f.kind != "funding" or f.rule == "funding:given-to"
                or f.arg("funder").start not in given or f.arg("item").end > given[f.arg("funder").start]]

    def labels(self) -> list[Fact]:
        """A fact sheet's line about its card's item («اسم المشروع: …» named it): «الجهة الممولة: X»، «الشريك المنفذ: X»،
        «الشركاء: X، وY»، «مناطق التدخل: طنجة، الناظور»، «البلدان المستفيدة: …» (who or where after the label)."""
        line = _LABEL_LINE.match(self.text.norm, self.start, self.end) if _line_start(self.text, self.start) else None
        item = self.card
        if line is None or item is None or item.start >= self.start:
            return []
        role = next(r for r, label in line.groupdict().items() if label is not None)
        if role == "where":
            return [Fact("located", "place", (("what", item), ("where", m)), self.start, m.end, "located:label", 0.6)
                    for m in self.mentions if m.start >= line.end() and m.kind in PLACE_KINDS]
        if role == "countries":
            return [Fact("participation", "beneficiary", (("agent", m), ("in", item)), self.start, m.end, "beneficiary:label",
                         0.6) for m in self.mentions if m.start >= line.end() and m.kind == "country"]
        kind, role, rule = _LABELLED[role]
        agents = [a for a in self.chain(line.end(), _FUNDERS if kind == "funding" else AGENTS) if a.kind != "person"]
        args = ("funder", "item") if kind == "funding" else ("agent", "in")
        return [Fact(kind, role, ((args[0], a), (args[1], item)), self.start, a.end, rule, 0.6) for a in agents]

    def giver(self) -> Mention | None:
        """The body that gives one total to several items («رصدت X مبلغا … لتمويل ثلاثة مشاريع») or calls for projects
        («أعلنت X عن نتائج طلب العروض»، «طلب المشاريع الذي أطلقته X»), or None."""
        for pattern, needs in ((_CALLER, _CALL), (_GIVES, _SEVERAL), (_PACKAGE, _SEVERAL)):
            if not self.holds(_NEEDED_BY[needs]) or not needs.search(self.norm):
                continue
            for match in pattern.finditer(self.norm):
                ts, te = self.start + match.start(), self.start + match.end()
                subject = [m for m in self.chain(te, _FUNDERS) if not self.dative(m)][:1] or self.subject_before(ts)
                if not subject:
                    continue
                if pattern is not _CALLER and not (any(te <= a.start for a in self.amounts)
                                                and needs.search(self.text.norm, te, self.end)):
                    continue    # a total given: its amount and the several it is for after the verb
                return subject[0]
        return None

    def shares_given(self, facts: list[Fact]) -> list[Fact]:
        """Each share of what the document's giver (``package``) gives, named with its amount and no giver of its own:
        «حصلت جمعية Y بتطوان على منحة بقيمة 520 ألف درهم»، «فيما استفادت Y من 480 ألف درهم»، «كما خُصص مبلغ 450 ألف
        درهم لمؤسسة Y»، «برنامج «Y» الذي خصص له 30 مليون يورو»؛ «على عشرة ملايين لتنفيذ برنامج «Z»»: Z too."""
        giver = self.package
        if giver is None or not self.amounts:
            return []
        funded = {id(f.args[-1][1]) for f in facts if f.kind == "funding"}
        out: list[Fact] = []
        for pattern in (_GETS, _ALLOTTED, _SHARE_PAYS):
            if not self.holds(_NEEDED_BY[pattern]):
                continue
            for match in pattern.finditer(self.norm):
                ts, te = self.start + match.start(), self.start + match.end()
                amount, getters = self.share(pattern, match, ts, te)
                if amount is None or not getters:
                    continue
                if self.given_otherwise(ts, amount, getters, giver):
                    continue
                getters = [g for g in getters if g.kind in _GETTERS and id(g) not in funded
                           and (g.entity is None or g.entity != giver.entity) and g.start >= self.start]
                item = self.named_at(_past(_FOR_ITEM, self.text.norm, amount.end))
                if item is not None and item.kind in ACTIVITIES - {"event"} and item.rule != "description" \
                        and id(item) not in funded:
                    getters.append(item)
                out += [Fact("funding", "funding", (("funder", giver), ("item", g)), min(ts, g.start),
                             max(amount.end, g.end), "funding:share-given", 0.6,
                             Amount(amount.value, amount.currency, amount.estimate)) for g in getters]
        return out

    def benefits(self) -> list[Fact]:
        """«يستفيد مشروع «Y» من دعم X و Z»، «ويستفيد البرنامج من تمويل يقدمه X»: who supports or funds the item that
        benefits funds it (the item right after the verb, named or named again by its head noun)."""
        out: list[Fact] = []
        if "ستف" not in self.norm:
            return out
        for match in _BENEFITS.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            item, end = self.item_after(te)
            if item is None:
                item, end = self.runs_subject(ts), te     # «أن البرنامج استفاد من تمويلات X»: the item before the verb
            if item is None or item.kind not in ACTIVITIES - {"event"}:
                continue
            support = _SUPPORT_FROM.match(self.text.norm, end, self.end)
            if support is None:
                continue
            funders = [a for a in self.chain(support.end(), _FUNDERS, lead=_SPACE) if a.entity is None or a.entity != item.entity]
            if funders:
                out += self.stated(Rule("funding:yastafid", _BENEFITS, "funding", "funding", "after", 0.7), ts,
                                   support.end(), funders, item)
        return out

    def cooperated(self) -> list[Fact]:
        """«تعاونت المفوضية مع الهلال الأحمر المصري في …»، «وتعمل X جنبا إلى جنب مع Y»، «X، التي تعمل بشراكة وثيقة
        مع Y»: Y is X's partner (X after the verb, else right before it; «عمل» alone is only working: the
        way of working together must follow)."""
        if not self.holds(_COOPERATES_NEEDS):
            return []
        out: list[Fact] = []
        bodies = {"organization", "country"}
        for match in _COOPERATES.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            together = _TOGETHER["عمل" if "عمل" in match.group(0) else "تعاون"]
            subject = self.chain(te, bodies)
            if subject:
                how = together.match(self.text.norm, subject[-1].end, self.end)
            else:
                how = together.match(self.text.norm, te - 1, self.end)
                subject = self.subject_before(ts) or self.relative_subject(ts)
            if how is None or not subject:
                continue
            partners = [m for m in self.chain(how.end(), bodies) if m.entity is None or m.entity != subject[0].entity]
            out += [Fact("participation", "partner", (("agent", p), ("in", subject[0])), min(ts, subject[0].start),
                         p.end, "partner:cooperated", 0.7) for p in partners]
        return out

    def relative_subject(self, ts: int) -> list[Mention]:
        """«X، التي تعمل …»: the organization or country a relative clause right after it is about."""
        if _RELATIVE.match(self.text.norm, ts) is None:
            return []
        before = [m for m in self.mentions if m.end <= ts and m.start >= self.start]
        if before and before[-1].kind in ("organization", "country") and _FUNDER_GAP.fullmatch(self.text.norm, before[-1].end, ts):
            return [before[-1]]
        return []

    def dative(self, m: Mention) -> bool:
        """Whether a mention is after ل: «للمفوضية», its clitic inside the name or right before it (not a place's own
        first letter: «في ليبيا»)."""
        norm = self.text.norm
        return norm[m.start] == "ل" and not (m.kind in PLACE_KINDS and _own_initial(self.text.tokens[m.first], m)) \
            or m.start >= 2 and norm[m.start - 1] == "ل" and norm[m.start - 2].isspace()

    def amount(self, ts: int, end: int, own: bool = False) -> tuple[Amount, int] | None:
        # (not one of another clause before it: «تبرعت اليابان بمبلغ …، في حين يمول الاتحاد الأوروبي مشروع Y»; ``own``:
        # only one after the trigger)
        near = [a for a in self.amounts if (ts if own else ts - 120) <= a.start <= end + 120
                and not (a.end <= ts and _WHILE.search(self.text.norm, a.end, ts))]
        if not near:
            return None
        after = [a for a in near if a.start >= ts]   # a funder's own amount follows its trigger
        a = after[0] if after else min(near, key=lambda a: abs(a.start - ts))
        return Amount(a.value, a.currency, a.estimate), a.end

    def agreements(self) -> list[Fact]:
        """AGREEMENT … بين X و Y, or a signing verb … بين X و Y: the parties."""
        out = []
        for match in _BETWEEN.finditer(self.norm):
            bs, be = self.start + match.start(), self.start + match.end()
            parties = self.chain(be, lead=_SPACE)
            if len(parties) < 2:
                continue
            before = [m for m in self.mentions if m.start < bs and m.kind in _AGREEMENT_KINDS]
            signed = _SIGN.search(self.norm, 0, match.start())
            agreement: Mention | None
            if before and bs - before[-1].end <= 60:
                agreement, rule, conf = before[-1], "party:agreement-between", 0.85
            elif signed:
                agreement = self.item("near", (bs, be), parties, {"agreement", "framework"})
                rule, conf = "party:signed-between", 0.75
            elif (word := _AGREEMENT_WORD.search(self.text.norm, max(self.start, bs - 20), bs)) \
                    and (again := self.referred(bs, ({"agreement", "framework"},))) is not None and again[0] is not None \
                    and (word.group("head") != "شراكه" or "شراكه" in self.text.norm[again[0].start:again[0].end]):
                # «ويأتي هذا الاتفاق بين المغرب ومنظمة العمل الدولية …»: the agreement named again by its head noun
                agreement, rule, conf = again[0], "party:agreement-again-between", 0.7
            else:
                continue
            if agreement is None:
                continue
            start, end = self.quoted(agreement, bs, parties[-1].end)
            out += [Fact("participation", "party", (("agent", p), ("in", agreement)), start, end, rule, conf)
                    for p in parties]
        return out

    def listed(self) -> list[Fact]:
        """«… المشاركين في هذه الشراكة (بلجيكا، ألمانيا …)»: the agents listed in brackets after
        «in this partnership / project» take part in it: parties of an agreement, partners otherwise."""
        out = []
        for match in _IN_THIS.finditer(self.norm):
            kind = REFERRING.get(stem(match.group("head")))
            trigger = (self.start + match.start(), self.start + match.end())
            item = self.item("before", trigger, [], {kind}) if kind else None
            agents = self.chain(trigger[1]) if item else []
            if item is None or len(agents) < 2:
                continue
            role = "party" if item.kind in {"agreement", "framework"} else "partner"
            start, end = self.quoted(item, trigger[0], agents[-1].end)
            out += [Fact("participation", role, (("agent", a), ("in", item)), start, end, f"{role}:in-this-list", 0.7)
                    for a in agents]
        return out

    def targeted(self) -> list[Fact]:
        """The countries a programme or project works for: a country named as where people or work are,
        «للمهاجرين العالقين بالمغرب» (ب attached, locating no name right before it), in a sentence that
        speaks of the programme again by its head noun («المشروع»، «البرنامج»: the document's topic);
        or the countries listed as where it runs, «… في بلدان من بينها X و Y و Z»، «في كل من X و Y»
        (the programme or project the sentence names before them, else the topic it speaks of). A
        sentence that names a programme and a place after ب mostly names the place inside another
        phrase (a law's title, the programme's own long name), so only the topic stands there."""
        out: list[Fact] = []
        norm = self.text.norm
        done: set[int] = set()
        named = set(self.mentions)          # not the names inside a name
        for k, m in enumerate(self.all):
            if m.kind != "country" or m.start in done or m not in named:
                continue
            lead = _COUNTRIES_LEAD.search(norm, max(self.start, m.start - 60), m.start)
            attached = self.text.tokens[m.first].text.startswith("ب")
            people = None if lead is not None else _FOR_PEOPLE.search(norm, max(self.start, m.start - 90), m.start)
            if people is not None and (attached or people.group(0).rstrip().endswith("في")):
                # «أطلقت المنظمة برنامج «حماية» لفائدة اللاجئين المقيمين بتونس»: the sentence's first programme or
                # project before it (what the sentence is about: «أرست … مشروعا مشتركا …، ويروم مساندة برنامج
                # المفوضية … لفائدة اللاجئين المقيمين بالمملكة» is the project's), else the topic
                item = self.first_for(people.start()) or self.topic_programme()
                countries = [c for c in self.chain(m.start, {"country"}, lead=_SPACE) if c.kind == "country"]
                done.update(c.start for c in countries)
                if item is not None:        # the phrase alone is the quote: the item may be far before it
                    out += [Fact("participation", "beneficiary", (("agent", c), ("in", item)), people.start(),
                                 countries[-1].end, "beneficiary:people-in", 0.6) for c in countries]
                continue
            prev = self.all[k - 1] if k else None
            if lead is None and prev is not None and prev.kind in ("programme", "project") and prev.start >= self.start \
                    and _AFTER_ITEM.fullmatch(norm, prev.end, m.start):
                # «برنامج «مراكز الهجرة والتنمية» في مصر والعراق وتونس»: the countries listed right after it
                countries = [c for c in self.chain(m.start, {"country"}, lead=_SPACE) if c.kind == "country"]
                done.update(c.start for c in countries)
                if len(countries) > 1 and (listed := self.own(prev)) is not None:
                    out += [Fact("participation", "beneficiary", (("agent", c), ("in", listed)), prev.start,
                                 countries[-1].end, "beneficiary:listed-after", 0.55) for c in countries]
                continue
            if lead is None and not attached:
                continue
            begin = lead.start() if lead is not None else m.start
            prev = self.all[k - 1] if k else None
            if lead is None and prev is not None and prev.end > self.start and _LOCATES.fullmatch(norm, prev.end, begin):
                continue        # «المنظمة الدولية للهجرة بالمغرب»، «سفير اليابان بالمغرب»: it locates the name before
            if lead is None and _LIVING_IN.search(norm, max(self.start, begin - 16), begin):
                continue        # «مقاول مغربي مقيم ببلجيكا»: where someone lives, not whom an item is for
            countries = [c for c in self.chain(m.start, {"country"}, lead=_SPACE) if c.kind == "country"]
            done.update(c.start for c in countries)
            item = self.listed_for(m.start) if lead is not None else None
            if item is None and lead is not None and (at := lead.group(0).find(" ال")) > 0:
                # «ويشمل البرنامج X»، «ويستهدف المشروع بلدان العبور، لا سيما X»: the item it names again
                item, _ = self.item_at(lead.start() + at + 1)
            if item is None:
                item = self.topic_programme()
            if item is None:
                continue
            start, end = self.quoted(item, begin, countries[-1].end)
            out += [Fact("participation", "beneficiary", (("agent", c), ("in", item)), start, end,
                         "beneficiary:countries" if lead else "beneficiary:where", 0.6) for c in countries]
        return out

    def aimed_at(self) -> list[Fact]:
        """«ويهدف البرنامج إلى دعم المغرب وتونس»، «المشروع الهادف إلى تعزيز قدرة إسبانيا على …»، «ومن أهدافه دعم وزارة
        الداخلية»: the countries or bodies an item aims to support (right after the support's noun, or after «جهود /
        قدرات» of them) are its targets. The item is the one named, or named again by its head noun, right after the
        verb; else the last the sentence names before it; else the programme or project the document is about."""
        out: list[Fact] = []
        for match in _AIMS_TO.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            targets = [m for m in self.chain(te, {"country", "organization"}, lead=_SPACE)
                       if m.kind in ("country", "organization")]
            if not targets:
                continue
            item = None
            if match.group("subject"):
                at, end = self.start + match.start("subject") + 1, self.start + match.end("subject")
                item = next((self.own(m) for m in self.mentions[bisect_left(self.starts, at):]
                             if m.start < end and m.kind in ITEMS), None) or self.item_at(at)[0]
            if item is None:
                before = [m for m in self.mentions[:bisect_left(self.starts, ts)] if m.kind in ITEMS and m.end <= ts]
                # «ومن أهدافه …»، «ويهدف إلى …»: its subject is what the document is about
                item = self.own(before[-1]) if before else self.topic.best({"programme", "project"})
            if item is None:
                continue
            start, end = self.quoted(item, ts, targets[-1].end)
            out += [Fact("participation", "beneficiary", (("agent", t), ("in", item)), start, end,
                         "beneficiary:aims-to-support", 0.6) for t in targets if t.entity is None or t.entity != item.entity]
        return out

    def topic_programme(self) -> Mention | None:
        """The document's most salient programme or project, when the sentence speaks of it again by its
        head noun (computed once per sentence)."""
        if self._again is None:
            best = self.topic.best({"programme", "project"})
            self._again = (best if best is not None and self.refers_to(best) else None,)
        return self._again[0]

    def partners_of(self) -> list[Fact]:
        """«شريكين للمفوضية، هما X و Y»، «شركاء للبرنامج، وهم X و Y»: the partner noun, whose partners they are
        (an organization or a programme right after it, with ل), then the list (after «هما/هم/وهي»، «كلا من»
        or at once); «ومن بين شركاء المشروع X و Y»، «ويضم شركاء مشروع Y كلا من …»: the noun in construct with a
        programme or project (named, or a bare head noun standing for the last of its kind); with no list
        after, «وتعد X شريكا منفذا للمفوضية»، «X، الشريك الوطني الرئيسي للمشروع»: the agent right before it."""
        out = []
        owners = {"organization", "country"} | ACTIVITIES - {"event"}
        for match in _PARTNER_NOUN.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            quoted = _OWNER_LEAD.match(self.text.norm, te, self.end)
            named = quoted.end() if quoted else te
            owner, end = next(((m, m.end) for m in self.all[bisect_left(self.all_starts, te):][:1]
                               if m.start in (te, named) and m.kind in ACTIVITIES - {"event"}), (None, te))
            word = self.text.norm[ts:te].split()[-1]
            apposed = None
            if owner is None and not word.endswith(("شركاء", "شريكا")) and "ال" not in word[:3]:
                # «مؤسسة X، شريكة المفوضية»، «شريكُ المفوضية المنفذ، X»: a body in construct with a singular noun, said
                # of the agent it is in apposition to, else of the one it announces
                owner, end = self.body_right_at(te)
                apposed = self.agent_before(ts) if owner is not None else None
                apposed = apposed if apposed is not None and self.text.norm[apposed.end:ts].strip() in (",", "،") else None
            if owner is None and word.endswith("شركاء"):
                owner, end = self.item_at(te)      # «شركاء المشروع»: the bare noun's item
                owner = owner if owner is not None and owner.kind in owners else None
                if owner is None and not self.text.norm[ts:te].rstrip().endswith("الشركاء"):
                    # «ومن بين شركاء الجمعية X و Y»: a body in construct (or named again by its head noun)
                    owner, end = self.body_right_at(te)
            if owner is None:
                kind = _PARTNER_KIND.match(self.text.norm, te, self.end)
                te = kind.end() if kind else te
                owner = next((m for m in self.all[bisect_left(self.all_starts, te):][:1] if m.start == te
                              and self.text.norm[m.start] == "ل" and m.kind in owners), None)
                end = owner.end if owner is not None else te
                if owner is None and self.text.norm.startswith("لل", te):
                    owner, end = self.item_at(te)      # «الشريك الرئيسي للمشروع»: the bare noun's item
                elif owner is None and self.text.norm.startswith("في ", te):
                    # «وتعد X شريكا أساسيا في هذا المشروع»: a partner in a programme or project
                    owner, end = self.item_after(te + 3)
                    owner = owner if owner is not None and owner.kind in ACTIVITIES - {"event"} else None
            if owner is None:
                continue
            if (adjective := _PARTNERS_ADJECTIVE.match(self.text.norm, end, self.end)) is not None:
                end = adjective.end()   # «شركاء المفوضية الميدانيون، ومنهم X»: the partners' own adjective
            if (scope := _IN_THIS_ITEM.match(self.text.norm, end, self.end)) is not None \
                    and _THEY_ARE_NAMED.match(self.text.norm, scope.end(), self.end):
                end = scope.end()       # «وشركاء الجمعية في هذا المشروع هم X و Y»: in what, then who they are
            lead = _PARTNERS_NAMED.match(self.text.norm, end, self.end) or _THEY_ARE.match(self.text.norm, end, self.end)
            if apposed is None and self.text.norm[ts] not in "وفب" and not self.text.norm.startswith("مع ", ts) \
                    and not (lead is not None and lead.group().strip(" ,،»”\"")) \
                    and (comma := _APPOSED_PARTNER.search(self.text.norm, max(self.start, ts - 24), ts)):
                # (not «…، وشركاء المشروع، وهم X و Y»: a noun joined to a list, then those it names)
                apposed = self.agent_before(comma.start())
            partners = [apposed] if apposed is not None and (apposed.entity is None or apposed.entity != owner.entity) \
                else [m for m in self.listed_agents(lead.end()) if m.entity is None or m.entity != owner.entity] \
                if lead is not None and apposed is None else []
            among = _AMONG.search(self.text.norm, max(self.start, ts - 24), ts)
            said = among.start() if among else ts - len(quote.group()) \
                if (quote := _QUOTE_OPENS.search(self.text.norm, max(self.start, ts - 3), ts)) else ts
            if not partners and (before := self.agent_before(said)) is not None \
                    and (before.entity is None or before.entity != owner.entity):
                # «وتعد X شريكا منفذا لـY»، «ويعد كل من X و Y شريكين في …»: the agents the noun is said of
                partners = [p for p in self.listed_before(before) if p.entity is None or p.entity != owner.entity]
            out += [Fact("participation", "partner", (("agent", p), ("in", owner)), min(ts, p.start),
                         max(p.end, owner.end), "partner:partner-noun", 0.7) for p in partners]
        return out

    def body_right_at(self, pos: int) -> tuple[Mention | None, int]:
        """The organization or country named right at ``pos`` and its end, else (None, ``pos``)."""
        return next(((m, m.end) for m in self.all[bisect_left(self.all_starts, pos):][:1]
                     if m.start == pos and m.kind in ("organization", "country")), (None, pos))

    def members(self) -> list[Fact]:
        """«بقية الوكالات المشاركة في البرنامج، وهي X، وY»: the agents a plural noun and «المشاركة / الأعضاء في
        ITEM» announce, listed after «وهي / وهم / هما»: partners of a programme or project, participants of an
        event, parties of an agreement. The item is named right after «في», or is a bare head noun
        (البرنامج، هذا المشروع) standing for the last one of its kind the sentence names, else the topic."""
        out: list[Fact] = []
        for match in _MEMBERS.finditer(self.norm):
            te = self.start + match.end()
            item, end = self.item_at(te)
            lead = _NAMED_AFTER.match(self.text.norm, end, self.end) if item is not None else None
            role = _MEMBER_ROLES.get(item.kind) if item is not None else None
            if lead is None or role is None or item is None:
                continue
            agents = [m for m in self.listed_agents(lead.end()) if m.entity is None or m.entity != item.entity]
            if not agents:
                continue
            out += [Fact("participation", role, (("agent", a), ("in", item)), self.start + match.start(),
                         agents[-1].end, f"{role}:members-listed", 0.7) for a in agents]
        return out

    def listed_agents(self, pos: int) -> list[Mention]:
        """The organizations and countries listed right after ``pos`` (a chain), across a relative clause on one
        of them that ends at the comma before the next: «هما X (ACR) التي تتكفل بالشق الطبي، وY (ACR2)»."""
        return self.going_on(pos, lambda at: self.chain(at, {"organization", "country"}, lead=_SPACE), _ASIDE)

    def take_on(self) -> list[Fact]:
        """«… هما X (ACR) التي تتكفل بالشق الطبي»: an organization that takes a share of the work upon itself
        in a relative clause implements the programme or project the sentence names (the nearest), else the
        document's topic one."""
        out: list[Fact] = []
        for k, m in enumerate(self.mentions):
            if m.kind != "organization":
                continue
            match = _TAKES_ON.match(self.text.norm, m.end, self.end)
            if match is None:
                continue
            if m.rule == "acronym-in-brackets" and k and self.mentions[k - 1].kind == "organization" \
                    and self.text.norm[self.mentions[k - 1].end:m.start].strip() == "(":
                m = self.mentions[k - 1]    # «X (ACR) التي …»: the name, its acronym after it
            item = self.own(self.item("near", (m.start, match.end()), [m], ACTIVITIES - {"event"}))
            if item is None:
                continue
            rule = Rule("implementing:takes-on", _TAKES_ON, "participation", "implementing", "near", 0.65)
            out += self.stated(rule, m.start, match.end(), [m], item)
        return out

    def item_after(self, pos: int) -> tuple[Mention | None, int]:
        """``item_at`` ``pos``, else past a demonstrative or the head noun before a quoted name there («هذه الورشة»،
        «مشروع «إدماج»»)."""
        lead = _NAME_LEAD.match(self.text.norm, pos)
        if lead is not None and (named := self.item_at(lead.end()))[0] is not None:
            return named        # (a head noun, definite too, before a quoted name: «البرنامج «أمان»» is the name's)
        return self.item_at(pos)

    def item_at(self, pos: int) -> tuple[Mention | None, int]:
        """The item named at ``pos``, or the one a bare definite head noun there stands for (the last of its
        kind the sentence names before, else the document's topic of the kind); and where its words end."""
        if self.text.norm[pos:pos + 1] in OPENING_MARKS and (k := bisect_left(self.starts, pos + 1)) < len(self.starts) \
                and self.starts[k] == pos + 1:
            pos += 1        # «لتنفيذ «مشروع تعزيز الخدمات …»»: a name in quotes, its head noun inside them
        at = bisect_left(self.starts, pos)
        named = self.mentions[at] if at < len(self.mentions) else None
        if named is not None and named.start == pos:
            return (self.own(named), named.end) if named.kind in ITEMS else (None, pos)
        k = bisect_left(self.topic.starts, pos)
        token = self.topic.tokens[k] if k < len(self.topic.tokens) else None
        if token is None or token.start != pos or not token.definite \
                or any(m.start <= pos < m.end for m in self.all[max(0, bisect_left(self.all_starts, pos) - 4):]
                       if m.start <= pos):
            return None, pos
        kind = REFERRING.get(_head_of(token.key) or "")
        if kind is None and study_word(token.key):
            return self.study_again(pos, token.key), token.end     # «وأنجز هذا الدليل …»: the guide named before
        if kind is None:
            return None, pos
        before = [m for m in self.mentions[:at] if m.kind == kind and m.end <= pos]
        return (before[-1] if before else self.topic.of_kind(kind)), token.end

    def study_again(self, pos: int, word: str) -> Mention | None:
        """The study, survey or guide a bare «الدراسة»، «هذا المسح» at ``pos`` names again: the last one named before
        it (in the sentence, else in the document) by the same word («دليل «…»» for «الدليل»; not «التقرير» for a guide);
        none if the document names none so."""
        before = [m for m in self.mentions if m.cls == "Study" and m.end <= pos]
        named, head = before[-1] if before else self.topic.study, study_word(word)
        return named if named is not None and head is not None and study_head(self.text, named) == head else None

    def countries_again(self) -> list[Fact]:
        """«الذي يجمع المغرب وكوت ديفوار ومالي والسنغال، وذلك بحضور ممثلين عن البلدان الأربعة»: the countries a
        group noun names again (as many as its number says, or two or more for «المعنية»، «الأعضاء») take part in
        the event the sentence names before it."""
        out: list[Fact] = []
        if not self.holds(_COUNTRIES_AGAIN_NEEDS):
            return out
        for match in _COUNTRIES_AGAIN.finditer(self.norm):
            ts = self.start + match.start()
            named = [m for m in self.mentions if m.end <= ts]
            countries = list({m.entity or self.text.norm[m.start:m.end]: m for m in named
                              if m.kind == "country"}.values())
            count = _COUNTS.get(match.group("count"))
            events = [m for m in named if m.kind == "event"]
            if not events or len(countries) < 2 or count is not None and len(countries) != count:
                continue
            out += [Fact("participation", "participant", (("agent", c), ("in", events[-1])), events[-1].start,
                         self.start + match.end(), "participant:countries-again", 0.6) for c in countries]
        return out

    def initiated(self) -> list[Fact]:
        """«أُطلق بمبادرة من وزارة القوى العاملة والهجرة وبدعم من المنظمة»: who supports what another body initiates
        is that body's partner (the support right after the initiator's list, coordinated with و)."""
        out: list[Fact] = []
        if not self.holds(_INITIATIVE_NEEDS):
            return out
        for match in _INITIATIVE.finditer(self.norm):
            initiators = [m for m in self.chain(self.start + match.end(), {"organization", "country"})]
            if not initiators:
                continue
            support = _SUPPORTED.match(self.text.norm, initiators[-1].end, self.end)
            supporters = self.chain(support.end(), {"organization", "country"}) if support else []
            out += [Fact("participation", "partner", (("agent", b), ("in", initiators[0])), initiators[0].start,
                         b.end, "partner:initiative-support", 0.6)
                    for b in supporters if b.entity is None or b.entity != initiators[0].entity]
        return out

    def between_both(self) -> list[Fact]:
        """«بداية شراكة طويلة الأمد بين الوكالتين»، «تعزيز التعاون بين البلدين»: a partnership between two bodies
        named again by a dual noun makes the last two bodies of that kind its sentence names before it each other's
        partners (exactly two: «بين الطرفين» after three bodies names none we can tell)."""
        out: list[Fact] = []
        if not self.holds(_BETWEEN_BOTH_NEEDS):
            return out
        for match in _BETWEEN_BOTH.finditer(self.norm):
            pair = self.both(self.start + match.start(), match.group("dual"), self.all, self.all_starts)
            if pair:
                out.append(Fact("participation", "partner", (("agent", pair[1]), ("in", pair[0])), pair[0].start,
                                self.start + match.end(), "partner:between-both", 0.6))
        return out

    def signed_by_both(self) -> list[Fact]:
        """«وتميزت الدورة بالتوقيع على مذكرة تفاهم بين البلدين»، «ووقع الطرفان اتفاقية شراكة»: the two bodies the
        dual names again (``both``: in this sentence, else in the one before) are parties to the agreement named
        right before «بين» or right after the verb."""
        out: list[Fact] = []
        between, signed = self.holds(_AGREED_BETWEEN_NEEDS), self.holds(_BOTH_SIGNED_NEEDS)
        signed_after = self.holds(_BOTH_SIGNED_AFTER_NEEDS)
        if not between and not signed and not signed_after:
            return out          # (most sentences: the two sentences' mentions are not gathered for nothing)
        candidates = [*self.previous, *self.all]
        starts = [m.start for m in candidates]
        for m in self.mentions if between else ():
            if m.kind in _AGREEMENT_KINDS and (match := _AGREED_BETWEEN.match(self.text.norm, m.end, self.end)):
                pair = self.both(m.start, match.group("dual"), candidates, starts)
                out += [Fact("participation", "party", (("agent", p), ("in", m)), m.start, match.end(),
                             "party:between-both", 0.6) for p in pair]
        for pattern, holds in ((_BOTH_SIGNED, signed), (_BOTH_SIGNED_AFTER, signed_after)):
            for match in pattern.finditer(self.norm) if holds else ():
                ts, te = self.start + match.start(), self.start + match.end()
                at = bisect_left(self.starts, te)
                agreement = next((m for m in self.mentions[at:at + 1]
                                  if m.kind in _AGREEMENT_KINDS and _LEAD_GAP.match(self.text.norm[te:m.start])), None)
                if agreement is not None:
                    pair = self.both(ts, match.group("dual"), candidates, starts)
                    if pair and pair[0].kind == "person" and not all(
                            _MINISTER_NEAR.search(self.text.norm, max(0, p.start - 60), min(len(self.text.norm), p.end + 60))
                            for p in pair):
                        pair = []   # («وقع الوزيران»: two persons each with a minister's title, not any two)
                    out += [Fact("participation", "signatory" if p.kind == "person" else "party",
                                 (("agent", p), ("in", agreement)), ts, agreement.end, "party:both-signed", 0.6)
                            for p in pair]      # (the two ministers sign; two bodies or states are parties)
        return out

    def both(self, pos: int, dual: str, candidates: list[Mention], starts: list[int]) -> list[Mention]:
        """The two bodies (countries, for «البلدين») a dual before ``pos`` names again: the last two distinct ones of
        its sentence before ``pos`` or, when it names none, of the sentence before (``candidates``: both sentences'
        mentions in order); none unless exactly two. Read backwards from ``pos``, a few mentions at most."""
        kinds = {"country"} if dual.startswith(_DUAL_COUNTRIES) else {"person"} if dual.startswith(_DUAL_PERSONS) \
            else {"organization", "country"}
        found: list[Mention] = []
        k = bisect_left(starts, pos) - 1
        for m in candidates[max(0, k - _DUAL_REACH):k + 1][::-1]:
            if found and m.start < self.start <= found[-1].start:
                break           # the sentence named some: the one before does not count
            if m.end > pos or m.kind not in kinds:
                continue
            if found and m.start <= found[-1].start and found[-1].end <= m.end:
                found[-1] = m   # (a name inside another: «للأمم المتحدة» of «المفوضية السامية للأمم المتحدة …»)
            elif self.key_of(m) not in {self.key_of(f) for f in found}:
                found.append(m)
        return found[::-1] if len(found) == 2 else []

    def key_of(self, m: Mention) -> str:
        """The entity a mention names (its antecedent's, for a bare «المفوضية» standing for a new one)."""
        m = m.parts[0] if m.rule in _REFERRING_RULES and m.parts else m
        return m.entity or self.text.norm[m.start:m.end]

    def gathered(self) -> list[Fact]:
        """«مشروع «Y» الذي يجمع المغرب وكوت ديفوار ومالي»: the organizations or countries (two or more) an item
        named right before the verb brings together are its partners (the participants of an event)."""
        out: list[Fact] = []
        for match in _GATHERS.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            at = bisect_left(self.starts, ts)
            item = self.mentions[at - 1] if at else None
            if item is None or item.end > ts or not _ADJACENT.fullmatch(self.text.norm, item.end, ts):
                continue
            agents = self.chain(te, _GATHERED_KINDS[item.kind == "event"], lead=_SPACE)
            if len(agents) >= 2:
                out += self.brought_together(item, agents, item.start)
        return out

    def phase_of(self, phase: Mention) -> Mention | None:
        """The programme or project a phase is said to be of right after it («المرحلة الثانية من مشروع «Y»»), or None."""
        return _whole_after(self.text, self.mentions, self.starts, phase)

    def undertaken(self) -> list[Fact]:
        """«وسيتولى تنفيذ البرنامج الوكالة الألمانية للتعاون الدولي»: the item right after «تولى تنفيذ» (named, or named
        again by its head noun), the bodies that take it on right after it carry it out."""
        out: list[Fact] = []
        for match in _UNDERTAKEN.finditer(self.norm):
            item, end = self.item_after(self.start + match.end())    # («مشروع «تمكين»»)
            ts = self.start + match.start()
            if item is None and (parts := _ITS_PARTS.match(self.text.norm, self.start + match.end(), self.end)):
                item, end = self.antecedent(ts, (_CARRIED,)), parts.end()     # «وتتولى تنفيذ مكوناته X»
            if item is None or item.kind not in _CARRIED:
                continue
            agents = self.chain(end, {"organization", "country"}, lead=_UNQUOTED_EACH) or self.subject_before(ts)
            if not agents and (that := _THAT_IT.search(self.text.norm, max(self.start, ts - 8), ts)) is not None:
                agents = self.subject_before(that.start())     # «وأعلنت جمعية الأمل أنها ستباشر تنفيذ المشروع»
            out += [Fact("participation", "implementing", (("agent", a), ("in", item)), min(a.start, ts),
                         max(a.end, end), "implementing:tawalla-tanfidh", 0.75) for a in agents]
        return out

    def bound(self) -> list[Fact]:
        """«وتربط X و Y شراكة متينة»، «وتربط X بـY علاقات شراكة»، «وتجمع X شراكة مع Y»: the bodies or countries a
        partnership binds are each other's partners (two named before «شراكة», or one before it and one after «مع / بـ»);
        «الشراكة التي تجمع (بين) X و Y»: the partnership named before the verb, two bodies after it."""
        out: list[Fact] = []
        if "شراكه" not in self.norm and "تعاون" not in self.norm:
            return out
        for match in _BOUND.finditer(self.norm):
            ms, me = self.start + match.start(), self.start + match.end()
            # «الشراكة التي تجمع (بين) X و Y / X بـY»: the partnership named before the verb
            named = _PARTNERSHIP_THAT.search(self.text.norm, max(self.start, ms - 40), ms) is not None
            if named and self.text.norm.startswith("بين ", me):
                me += 4
            agents = self.chain(me, {"organization", "country"}, lead=_SPACE)[:_ROSTER]
            if len(agents) == 1 and named and (each := _WITH_EACH.match(self.text.norm, agents[0].end, self.end)):
                # «شراكة تجمع الجمعية بكل من X و Y»: the one before «بكل من» is partnered with each of the list
                out += [Fact("participation", "partner", (("agent", p), ("in", agents[0])), min(ms, agents[0].start),
                             max(me, p.end), "partner:bound", 0.65)
                        for p in self.chain(each.end(), {"organization", "country"}, lead=_SPACE)[:_ROSTER]
                        if p.entity is None or p.entity != agents[0].entity]
                continue
            if len(agents) == 1:    # «وتربط المغرب بإسبانيا علاقات شراكة»: the other one after بـ
                at = bisect_left(self.starts, agents[0].end)
                agents += [m for m in self.mentions[at:at + 1] if m.kind in ("organization", "country")
                           and self.text.norm[m.start] == "ب" and not self.text.norm[agents[0].end:m.start].strip()]
            by = _BOUND_BY.match(self.text.norm, agents[-1].end, self.end) if agents else None
            if by is None and not (named and len(agents) == 2):
                continue
            if by is not None and by.group("with"):
                agents += self.chain(by.end(), {"organization", "country"}, lead=_SPACE)[:1]
            if len(agents) == 2 and (agents[0].entity is None or agents[0].entity != agents[1].entity):
                # (the two may be named before the verb, «الطرفين» standing for them: the span takes them in)
                out.append(Fact("participation", "partner", (("agent", agents[1]), ("in", agents[0])),
                                min(ms, agents[0].start), max(me, by.end() if by else 0, agents[1].end), "partner:bound",
                                0.65))
        return out

    def brought_together(self, item: Mention, agents: list[Mention], start: int) -> list[Fact]:
        """Whom an item brings together or who takes part in it (``gathered``, ``gathered_by``): partners of a
        programme or project, participants of an event; none for an agreement (its parties sign it)."""
        role = _MEMBER_ROLES.get(item.kind)
        if role is None or role == "party":
            return []
        return [Fact("participation", role, (("agent", a), ("in", item)), start, a.end, f"{role}:gathered", 0.65)
                for a in agents]

    def its_partners(self) -> list[Fact]:
        """«تعمل المفوضية مع شركائها، ومنهم X و Y»: those named after the partner noun with its pronoun are partners of
        whom it refers to, the one organization or country the sentence names before it (none when it names more)."""
        out: list[Fact] = []
        owners: dict[str, Mention] = {}     # the bodies named so far, read once across the matches (linear)
        k = 0
        # (a body named again by its head noun, «رئيس الجمعية شركاءها», is named too)
        named = sorted([*self.mentions, *(m for m in self.all if m.rule == "anaphora")], key=lambda m: m.start)
        for match in _ITS_PARTNERS.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            while k < len(named) and named[k].start < ts:
                m = named[k]
                if m.end <= ts and m.kind in ("organization", "country"):
                    owners.setdefault(self.topic.key(m), m)
                k += 1
            if len(owners) != 1:
                continue
            owner = next(iter(owners.values()))
            out += [Fact("participation", "partner", (("agent", p), ("in", owner)), owner.start, p.end,
                         "partner:its-partners", 0.65)
                    for p in self.chain(te, {"organization", "country"}, lead=_SPACE)
                    if p.entity is None or p.entity != owner.entity]
        return out

    def gathered_by(self) -> list[Fact]:
        """«ويجمع المشروع كلا من X و Y»، «ويضم البرنامج شركاء من بينهم X و Y» (two or more, or one after «شركاء»),
        «ويشارك في المشروع كل من X و Y»، «وينخرط في البرنامج X»: the item right after the verb (named, or a bare or
        demonstrative head noun standing for the last of its kind), then whom it brings together or who takes part
        in it: partners of a programme or project, participants of an event (not the parties of an agreement)."""
        out: list[Fact] = []
        if not self.holds(_GATHERS_NEEDS):
            return out
        for pattern in (_GATHERS_ITEM, _TAKES_PART_IN):
            for match in pattern.finditer(self.norm):
                ts, te = self.start + match.start(), self.start + match.end()
                item, end = self.item_after(te)
                if item is None or pattern is _TAKES_PART_IN and _MEMBER_ROLES.get(item.kind) != "partner":
                    continue
                lead = _GATHERED_LEAD.match(self.text.norm, end, self.end)     # (it may match nothing: never None)
                assert lead is not None
                kinds = _GATHERED_KINDS[item.kind == "event"]
                said = _BODIES_SAID.findall(lead.group(0))
                if len(set(said)) > 1:
                    continue    # «جمعيات من عدة دول، أبرزها X»: the countries they come from, or the bodies? unsure
                if said:        # «منظمات …، وهي X»: who they are is of the kind the plural names
                    kinds = kinds & ({"country"} if said[0] in _STATES_SAID else {"organization"} if said[0] != "شركاء"
                                     else {"organization", "country"})
                agents = self.chain(lead.end(), kinds, lead=_SPACE)
                while agents and (more := _MORE_OF_THEM.match(self.text.norm, agents[-1].end, self.end)) \
                        and (added := self.chain(more.end(), kinds, lead=_SPACE)):
                    agents += added
                agents = [a for a in agents if a.entity is None or a.entity != item.entity]
                if not agents or pattern is _GATHERS_ITEM and len(agents) < 2 and "شركاء" not in lead.group(0):
                    continue        # «ويضم المشروع الجمعية»: one alone may be a part of it, not a partner
                out += self.brought_together(item, agents, ts)
        return out

    def listed_for(self, pos: int) -> Mention | None:
        """The programme, project, component (a programme's own part, «مكونا جديدا … يُنفَّذ في بلدان من بينها X») or
        agreement the sentence names before ``pos`` (``_TARGETING``)."""
        before = [m for m in self.mentions[:bisect_left(self.starts, pos)] if m.kind in _TARGETING and m.end <= pos]
        return self.own(before[-1]) if before else None

    def first_for(self, pos: int) -> Mention | None:
        """The first programme, project or agreement the sentence names before ``pos``."""
        before = next((m for m in self.mentions[:bisect_left(self.starts, pos)] if m.kind in _TARGETING - {"component"}
                       and m.end <= pos), None)
        return None if before is None else self.own(before)

    def signed_at(self) -> list[Fact]:
        """«ووقع الاتفاق في مدريد يومي 19 و20 نوفمبر»: the document's agreement, named again by a bare noun right
        after the signing verb, was signed at the city marked as where right after that noun; «الاتفاقية …، الموقعة
        في القاهرة / بواغادوغو»: an agreement the sentence names, at the city right after its participle."""
        out: list[Fact] = []
        if "وقع" not in self.norm and "توقيع" not in self.norm and "مبرم" not in self.norm:
            return out
        for match in _SIGNED_HERE.finditer(self.norm):
            ps, pe = self.start + match.start(), self.start + match.end()
            at = bisect_left(self.starts, pe)
            city = next((m for m in self.mentions[at:at + 1] if m.start == pe and m.kind == "city"
                         and (match.group("in") or self.text.norm[m.start] == "ب")), None)
            named = [m for m in self.mentions if m.end <= ps and m.kind in _AGREEMENT_KINDS]
            if city is not None and named and _SIGNED_GAP.fullmatch(self.text.norm, named[-1].end, ps):
                out.append(Fact("located", "place", (("what", named[-1]), ("where", city)), named[-1].start, city.end,
                                "located:signed-here", 0.6))
        for match in _SIGNED_AT.finditer(self.norm):
            te = self.start + match.end()
            agreement = self.agreement_again(te)
            if agreement is None:
                continue
            end = self.word_end(te)
            at = bisect_left(self.all_starts, end)
            # («ووقع الاتفاقية في مقر الصندوق بمدينة الكويت»: the city, marked by ب, of the seat it was signed at)
            city = next((m for m in self.all[at:at + 3] if m.kind == "city" and self.text.norm[m.start] == "ب"
                         and _VENUE_GAP.fullmatch(self.text.norm, end, m.start)), None)
            if city is None:
                city = self.all[at] if at < len(self.all) else None
                if city is None or city.kind != "city" or not _SIGNED_AT_GAP.fullmatch(self.text.norm, end, city.start) \
                        or self.text.norm[end:city.start].strip() == "" and self.text.norm[city.start] != "ب":
                    continue
            out.append(Fact("located", "place", (("what", agreement), ("where", city)), self.start + match.start(),
                            city.end, "located:signed-at", 0.6))
        return out

    def runs_in(self) -> list[Fact]:
        """A project or programme named right after a verb of carrying out, covering or aiming at (or named again by
        its head noun, «وسينفذ المشروع …»), or an event after a verb of spanning or touring («وتمتد الحملة …»، «وستحط
        القافلة الرحال …»), runs in the places its clause marks as where after it: «في / داخل / بـ
        (مدينة، منطقة، جهة …) PLACE», each one of a list joined by و or a comma («في مدن طنجة والناظور ووجدة»); after
        «يشمل / يغطي / يهم» the places named as such («ويشمل البرنامج مدن طنجة والناظور»، «ويهم المشروع ثلاث دول هي
        …»). A city or region is where it runs (located); a country is one it is for (a beneficiary: the gold's
        targets)."""
        out: list[Fact] = []
        norm = self.text.norm
        for n, match in enumerate(_RUNS.finditer(self.norm)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break           # a hostile sentence of thousands of verbs stays linear
            ts, te = self.start + match.start(), self.start + match.end()
            item, end = self.item_after(te)     # (past its head noun before a quoted name: «برنامج «شباب»»)
            units = False       # the places must be named by their units' word: the item is not named after the verb
            kinds = ("project", "programme", "event") if match.group("tour") else ("project", "programme", "plan")
            if item is not None and item.kind == "phase" and (whole := self.phase_of(item)) is not None:
                # «تنفيذ المرحلة الأولى من مشروع «Y» في …»: where Y runs (past the quote mark closing its name)
                item, end = whole, self.past_quote(whole.end)
            if item is None and (phase := self.mention_at(te)) is not None and phase.kind == "phase" \
                    and phase.last - phase.first == 2 and not any(m.kind in ITEMS for m in self.mentions if m.end <= ts):
                # «وتشمل المرحلة الأولى مدينتي …»: a bare phase of the document's item, of none the document named (not
                # after another item in the sentence: «أعلنت الوزارة عن حملة للتلقيح، وتشمل المرحلة الأولى …» is its)
                item, end = self.topic.best({"programme", "project"}), phase.end
            if item is None or item.kind not in kinds:
                item, end, units = self.runs_subject(ts, kinds), te, True
            if item is None or item.kind not in kinds:
                continue
            units = units or _WORKS_IN.search(match.group(0)) is not None
            covering = any(w in match.group(0) for w in ("شمل", "غطي", "يهم", "تهم"))
            # the verbal noun, «تنفيذ البرنامج في أقاليم …»: the places right after its item (else another's clause)
            adjacent = match.group(0).rstrip().endswith("تنفيذ")
            stop = _CLAUSE_STOP.search(norm, end, min(self.end, end + _RUN_REACH))     # (no further: linear)
            clause = stop.start() if stop else self.end
            places: list[Mention] = []
            last = -1           # where the list's last place (or the unit it is in) ends
            origin = -1         # where the places people come from end («… عائد من المغرب وليبيا، خاصة في مدن …»)
            for m in self.all[bisect_left(self.all_starts, end):]:
                if m.start >= (clause if places else min(clause, end + _RUN_REACH)):
                    break       # (the first place near the item; a list goes on to the clause's end)
                if places and m.start < last:
                    continue        # a city inside a region's name («الرباط-سلا-القنيطرة»)
                if places:         # the next one of the list, or the end of it
                    joined = _PLACES_ON.fullmatch(norm, last, m.start) if m.kind in _LOCATIONS else None
                    if joined is None or joined.group("passed") and (m.kind != places[-1].kind or norm[m.start] != "و"):
                        break   # (words passed over only inside a list of one kind going on with «و»)
                    if m.kind == "region" and places[-1].kind == "city" \
                            and (unit := _IN_ITS_UNIT.match(norm, last)) is not None and m.start <= unit.end() < m.end \
                            and (m.entity is None or places[-1].entity is None or m.entity in containers(places[-1].entity)):
                        last = m.end    # «في مدينتي طنجة، بجهة طنجة تطوان الحسيمة، والناظور»: the unit a city is in
                        continue
                    places.append(m)
                    last = m.end
                elif m.kind in _LOCATIONS and self.seat_of(m):
                    continue        # «تنفيذ المشروع جمعية التنمية | بجرجيس»: where the body that carries it out is
                elif adjacent and not _RUN_WHERE.fullmatch(norm, end, m.start):
                    break
                elif units and m.kind in _LOCATIONS:
                    if norm.endswith("من ", 0, m.start) or origin >= 0 and _LIST_JOIN.fullmatch(norm, origin, m.start):
                        origin = m.end
                        continue
                    if not _RUN_UNITS.search(norm, max(0, m.start - 30), m.start) \
                            and not (covering and _RUN_LISTED.fullmatch(norm, te, m.start)):
                        break   # (the first place of the clause, by its units' word, or none; «الذي يغطي مدن X»)
                    places.append(m)
                    last = m.end
                elif m.kind in _LOCATIONS and (_RUN_WHERE.search(norm, max(0, m.start - 30), m.start) or marked(self.text, m)
                                               or covering and _RUN_LISTED.fullmatch(norm, end, m.start)):
                    places.append(m)
                    last = m.end
            # (a country it runs in is one it is for, as the gold records it; a city or region is where it runs)
            out += [Fact("participation", "beneficiary", (("agent", place), ("in", item)), self.start + match.start(),
                         place.end, "beneficiary:runs-in-clause", 0.55) if place.kind == "country" else
                    Fact("located", "place", (("what", item), ("where", place)), self.start + match.start(), place.end,
                         "located:runs-in-clause", 0.55) for place in places]
        return out

    def units_listed(self) -> list[Fact]:
        """«… لتقديم خدمات الرعاية الصحية … في محافظتي المفرق وإربد»، «… بولايات مدنين وقابس والقصرين»: the places listed
        after the plural or dual of their unit's word, marked as where, are where the project or programme named right
        before them in the sentence runs (no event named between: it would be where that took place), else the
        document's one when the sentence names it again by its head noun («ويستهدف المشروع … في ٣٠ قرية بمحافظات …»)."""
        out: list[Fact] = []
        norm = self.text.norm
        for n, match in enumerate(_IN_UNITS.finditer(self.norm)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break
            ts, te = self.start + match.start(), self.start + match.end()
            at = bisect_left(self.all_starts, te)
            if at >= len(self.all) or self.all[at].start != te or self.all[at].kind not in ("city", "region") \
                    or _RESIDING.search(norm, max(self.start, ts - 20), ts):
                continue        # («لفائدة المهاجرين المقيمين بمدن …»: where those it serves live)
            places = [self.all[at]]
            for m in islice(self.all, at + 1, None):
                if m.start >= self.end or m.kind != places[-1].kind or not _LIST_JOIN.fullmatch(norm, places[-1].end, m.start):
                    break
                places.append(m)
            before = [m for m in self.all[max(0, at - _ROSTER):at] if m.start >= self.start and m.end <= ts
                      and m.kind in ("programme", "project", "event")]
            item = self.own(before[-1]) if before else None
            if before and ts - before[-1].end > _UNITS_REACH:
                continue        # (farther, as often where those it serves live or come from, or the gold's targets)
            if item is None and not before:
                item = self.topic_programme()
            if item is None or item.kind not in ("programme", "project"):
                continue
            out += [Fact("located", "place", (("what", item), ("where", p)), ts, p.end, "located:units-listed", 0.5)
                    for p in places]
        return out

    def elsewhere(self, ts: int) -> bool:
        """Whether a sentence that names no event speaks of another time or place than the event spoken of: «وسبق أن مثل
        …»، «وكان … قد ترأس …»، a year («خلال مفاوضات سنة 2019»)، «في عدة محافل»."""
        return bool(_BEFORE_NOW.search(self.text.norm, self.start, ts) or _YEAR.search(self.norm)
                    or _OTHER_FORUMS.search(self.norm))

    def money_to_topic(self, pos: int) -> Mention | None:
        """What money given with no item of its own goes to («فقد تبرعت X، …، بمبلغ 20 مليون …، في حين قدم Y …» after a
        sentence on an appeal): the document's programme or plan, only when its sentence names no programme, project
        or plan and the giver's clause, after ``pos``, says no one it is for (no word with ل, لصالح، لفائدة، إلى
        outside the names: «قدمت اليابان 3 ملايين دولار للاجئين في تشاد» is for someone else)."""
        if any(m.kind in _ITEM_LIKE for m in self.mentions):
            return None
        stop = _CLAUSE_END.search(self.text.norm, pos, self.end)
        end = stop.start() if stop else self.end
        named = covered(self.mentions)
        k = bisect_left(self.topic.starts, pos)
        tokens = self.topic.tokens
        while k < len(tokens) and tokens[k].start < end:
            if k not in named and (tokens[k].text[0] == "ل" and len(tokens[k].text) > 2 or tokens[k].key in _FOR_WHOM_WORDS):
                # (for whom: the item named again by its head, «لفائدة البرنامج»، «للمشروع», is the document's)
                word = tokens[k + 1] if tokens[k].key in _FOR_WHOM_WORDS and k + 1 < len(tokens) else tokens[k]
                if REFERRING.get(_head_of(word.key) or "") in _ITEM_LIKE:
                    break
                return None
            k += 1
        return self.topic.best(_ITEM_LIKE)

    def parts_carried(self) -> list[Fact]:
        """«وستتولى تنفيذ الأنشطة الميدانية X و Y»، «وسيتم تنفيذ المكونات الميدانية من قبل X»، «ويشارك في تنفيذ الأنشطة
        الصحية كل من X و Y»: who carries out the activities or components of the document's programme (none named in the
        sentence) carries it out."""
        out: list[Fact] = []
        if any(m.kind in ("programme", "project") for m in self.mentions):
            return out          # (an item its sentence names is the one the other rules read)
        item = self.topic.best({"programme", "project"})
        if item is None:
            return out
        for n, match in enumerate(_PARTS_CARRIED.finditer(self.norm)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break
            agents = self.roster(self.start + match.end(), {"organization"})
            if not agents:
                continue
            out += [Fact("participation", "implementing", (("agent", a), ("in", item)), self.start + match.start(), a.end,
                         "implementing:parts", 0.6) for a in agents]
        return out

    def runs_subject(self, ts: int, kinds: tuple[str, ...] = ("project", "programme")) -> Mention | None:
        """The item of ``kinds`` (a project or programme; an event too for a verb of touring) a verb of carrying out or
        aiming at has as subject when none follows it: named,
        or named again by its bare head noun, right before it («أن المشروع يستهدف …»، «برنامج Y الذي يستهدف …»), else
        the document's programme when the verb opens its sentence («ويهدف إلى …»)."""
        at = bisect_left(self.all_starts, ts)
        named = self.all[at - 1] if at else None
        if named is not None and named.start >= self.start and named.kind in kinds \
                and _RUN_SUBJECT.fullmatch(self.text.norm, named.end, ts):
            return self.own(named)
        k = bisect_left(self.topic.starts, ts) - 1
        if k >= 0 and self.topic.tokens[k].start >= self.start and _RUN_SUBJECT.fullmatch(self.text.norm, self.topic.tokens[k].end, ts):
            item, _ = self.item_at(self.topic.tokens[k].start)
            if item is not None:
                return item
        if (conjoined := self.conjoined(ts, set(kinds))) is not None:
            return self.own(conjoined)      # «مشروع Y الذي ستنفذه X، ويستهدف … بمدن …»، «… الممول من X، والذي سيستفيد منه …»
        first = bisect_left(self.topic.starts, self.start)
        if self.text.norm[self.start:ts].rstrip().endswith(",") and first + 1 < k \
                and (item := self.item_at((said := self.topic.tokens[first + 1]).start)[0]) is not None \
                and item.kind in kinds and (item.start <= said.start < item.end or _named_again_as(said, item, self.text)):
            return item     # «ويُنفَّذ المشروع بالشراكة مع X، ويغطي محافظات …»: the subject of the clause it is joined to
                            # (by its own head noun: not «وتُنفَّذ الحملة …، وتغطي …» for a project)
        if not self.text.norm[self.start:ts].strip() and _NO_SUBJECT.match(self.text.norm, self.next_word(ts)) \
                and not any(m.kind in _ITEM_LIKE | {"event", "organization"} for m in self.mentions):
            # («ويهدف إلى …»، «ويستهدف 350 امرأة …»: no subject after the verb; not «وتهدف هذه الورشة إلى …»)
            return self.topic_programme() or self.topic.best({"programme", "project"})
        return None

    def closed_by(self, facts: list[Fact]) -> list[Fact]:
        """«نظمت جمعية X حفل اختتام مشروع «Y»»، «… حفل إطلاق البرنامج»، «لقاء لتقديم حصيلة المشروع»: the body that
        organizes the launch or the closing of a project or programme, or the account of its results, carries it
        out (the item named right after those words, or named again by its head noun)."""
        out: list[Fact] = []
        norm = self.text.norm
        for f in facts:
            if f.role != "organizer" or f.args[0][1].kind not in _FUNDERS:
                continue
            agent, event = f.args[0][1], f.args[1][1]
            said = _LAUNCH_OR_CLOSE.search(norm, event.start, min(event.end + _CLOSING_REACH, self.end))
            if said is None:
                continue
            item, _ = self.item_at(said.end())
            if item is None:
                at = bisect_left(self.starts, said.end())
                item = next((m for m in self.mentions[at:at + 1] if _QUOTED_NAME.fullmatch(norm, said.end(), m.start)), None)
            if item is None or item.kind not in ("project", "programme"):
                continue
            out.append(Fact("participation", "implementing", (("agent", agent), ("in", item)), f.start,
                            max(f.end, item.end if item in self.mentions else f.end), "implementing:closing-of", 0.6))
        return out

    def held_in(self) -> list[Fact]:
        """جرى/انعقد EVENT بـCOUNTRY: the country hosted it (the first name after the event: «وجرى الحفل بحضور سفير
        فرنسا بالمغرب» names the ambassador's post, not where the event was held)."""
        out = []
        for match in _HELD_IN.finditer(self.norm):
            te = self.start + match.end()
            k = bisect_left(self.topic.starts, te)
            proceedings = k < len(self.topic.tokens) and self.topic.tokens[k].key in _SITTINGS \
                and self.topic.tokens[k].definite       # «الأشغال»: of the event spoken of, not «أشغال X»
            events = [] if proceedings else [m for m in self.mentions if m.kind == "event" and 0 <= m.start - te <= 40]
            if not events and (again := self.event_at_or_referred(te, proceedings)) is not None \
                    and again not in self.mentions:
                # «ويعقد الاجتماع بداكار»: the event named before, named again, is held in the city marked right after
                # («وانعقدت الأشغال بمراكش»: the proceedings of the event spoken of)
                after = self.word_after(again, te)
                city = next((m for m in self.mentions[bisect_left(self.starts, after):][:1] if m.kind == "city"
                             and (marked(self.text, m) and not self.text.norm[after:m.start].strip()
                                  or IN_CITY.fullmatch(self.text.norm, after, m.start))), None)
                if city is not None:
                    out.append(Fact("located", "place", (("what", again), ("where", city)), self.start + match.start(),
                                    city.end, "located:held-again", 0.6))
                continue
            if not events:
                continue
            event = events[0]
            at = bisect_left(self.starts, event.end)
            for m in self.mentions[at:at + 1]:
                if m.kind == "country" and 0 <= m.start - event.end <= 30 and self.text.norm[m.start] == "ب":
                    out.append(Fact("participation", "host", (("agent", m), ("in", event)), self.start + match.start(),
                                    m.end, "host:held-in", 0.6))
                    break
        return out

    def posts(self) -> list[Fact]:
        """PERSON، TITLE …: the title names the organization, or the organization follows it."""
        out = []
        for match in _POST.finditer(self.norm):
            if self.norm[match.start()] in "وف" and match.start("post") != match.start():
                continue        # «السيد X، والمدير العام لـY، السيد Z»: the next one's title, not X's
            ts = self.start + match.start()
            # the person right before the comma (the mentions just before the title: a sentence of thousands
            # of titles stays linear)
            at = bisect_left(self.starts, ts)
            # (or a space only after a name its honorific opened, as the Gulf agencies write: «سعادة السيد X المدير العام
            # لصندوق …»: the name stopped at the title)
            bare = self.apposed_bare(ts)
            persons = [m for m in self.mentions[max(0, at - 4):at] if m.kind == "person" and m.end <= ts
                       and (_APPOSED.fullmatch(self.text.norm, m.end, ts) or m is bare)]
            if not persons:
                continue
            person = persons[-1]
            stop = _CLAUSE_END.search(self.text.norm, self.start + match.end(), self.end)
            title_end = stop.start() if stop else self.end
            if person is bare and not _APPOSED.fullmatch(self.text.norm, person.end, ts):
                # no comma: the title's own words only, its body right after the post word («المدير العام لصندوق …»)
                title_end = self.bare_title_end(self.start + match.end("post"), title_end)
            if self.title_of_next(person, title_end):
                continue
            post_end = self.start + match.end("post")    # an organization inside the title words is the title's
            title = self.mentions[at:bisect_left(self.starts, title_end)]
            # (not a body a minister's remit names after «و»: «وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون»)
            minister = _MINISTER_TITLE.match(match.group("post")) is not None
            orgs = [m for m in title if m.kind == "organization" and m.end > post_end
                    and not (minister and _joined(self.text, m))]
            if _ENVOY.match(match.group("post")):
                # the country an envoy serves, not the one he is posted to: «سفير إسبانيا (بالرباط)»، «السفير الممثل
                # الدائم للمغرب لدى الأمم المتحدة» (the first body or country before «لدى», when it is a country)
                posted = self.text.norm.find(" لدي ", post_end, title_end)
                # (not a country marked as where it serves: «ممثلة التحالف بالمغرب»)
                served = next((m for m in title if post_end <= m.start and m.end <= (posted if posted >= 0 else title_end)
                               and m.kind in ("country", "organization")
                               and not (m.kind == "country" and marked(self.text, m))), None)
                orgs = [served] if served is not None and served.kind == "country" else orgs
                if _CONSUL.match(match.group("post")) \
                        and (consulate := self.consulate(person.start, post_end, title_end)) is not None:
                    orgs = [consulate]      # a consul's post is in the consulate the document names, where it does
            if not orgs:
                after = bisect_left(self.starts, title_end)
                orgs = [m for m in self.mentions[after:after + 1] if m.kind == "organization"
                        and _COMMA.fullmatch(self.text.norm, title_end, m.start)]
            if match.group("its"):
                # (its body: the one he speaks or signs for right before him, «وعن X السيد Y، ممثلها»، «باسم X السيد Y،
                # سفيرها»; none else: «ها» may be an event's or an item's)
                orgs = self.for_whom(person)
                if not orgs:
                    continue
            if not orgs and _MAYOR in match.group("post"):
                orgs = self.commune(post_end, title_end)    # «نائبة عمدة مدينة الرباط»: of «جماعة الرباط»
            if not orgs:
                orgs = self.ministry(post_end, title_end) or self.syndicate(post_end, title_end)
                # («X، وزير الداخلية» of «وزارة الداخلية الإسبانية»، «X، نقيب أطباء مصر» of «النقابة العامة لأطباء مصر»)
            if not orgs:
                orgs = self.body_again(post_end, title_end)  # «X، رئيس الجمعية»: the association named before
            if not orgs:
                orgs = self.nation(post_end, title_end)     # «X، وزير الداخلية الإيطالي»: the country
            if not orgs and _MINISTER_TITLE.match(match.group("post")):
                orgs = self.represented_nation(person.start)  # «ومثّل المغرب السيد X، وزير الداخلية»
            if not orgs and (orgs := self.home_government(match.group("post"), post_end, title_end)):
                # (a government's post of the side one signs for, when it is named: «وعن الجانب البرتغالي السيدة X،
                # كاتبة الدولة في العمل» in a dispatch from Rabat)
                orgs = self.side_nation(person.start) or orgs
            if not orgs and _MINISTER_TITLE.match(match.group("post")):
                orgs = self.side_nation(person.start)     # «عن الجانب المغربي السيد X، وزير التشغيل»
            if not orgs:
                orgs = self.represented_body(title_end)   # «X، مدير الهجرة، ممثلا للوزارة …»: the body he speaks for
            if not orgs:
                orgs = self.body_again(post_end, title_end)     # «X، رئيسة الجمعية (بالمغرب)»: the body named before
            if not orgs:
                orgs = self.body_at_end(post_end, title_end)    # «X، رئيسة قسم التعاون بالسفارة»: the same, at its end
            if not orgs:
                # «X، منسقة برنامج «تمكين»»، «رئيس البرنامج المصري الإيطالي …»: the programme the title names, no body after it
                orgs = [m for m in title[:1] if m.kind in ("programme", "project") and m.start - post_end <= _BARE_REACH]
            if not orgs and not any(m.kind in ("organization", "programme", "project") for m in title):
                # «ووقّعه عن الوكالة السيدة X، مديرة مكتبها بتونس»: a signer whose title names no body is of the side he
                # signs for
                orgs = self.side_of(person.start)
            if not orgs:
                continue
            # a new unit gives way to the body it belongs to, and so does a new directorate the title names («مدير القطب
            # الإنساني بمؤسسة …»: the post is in the body, as the corpus files it); a known one keeps it too
            inside = self.within(orgs[0], title_end)
            if not inside and orgs[0].rule == "post-title":
                inside = self.body_again(orgs[0].end, title_end)    # «مديرة الوساطة الدولية بالوكالة»: the agency named before
            if not inside and orgs[0].new and _head_key(self.text.tokens[orgs[0].first].key) in _DEPARTMENTS:
                inside = self.side_of(person.start)     # «عن الصندوق السيد X، مدير إدارة التنمية الدولية»: his side's
            bodies = [orgs[0], *inside] if orgs[0].rule == "post-title" and orgs[0].entity else inside or orgs[:1]
            post = match.group("post")
            # (a member of parliament for a group, «النائب عن فريق …», holds no office in it)
            role = "post" if post.endswith("عن") else _post_role(post)
            for body in bodies:
                org = self.offices.get((body.start, body.end), body)    # مكتب المنظمة في مصر: the organization
                out.append(Fact("post", role, (("person", person), ("organization", org)), person.start,
                                max(title_end, body.end), "post:name-title", 0.8,
                                title=self.text.quote(ts, title_end).strip(" ،,")))
        return out

    def governors(self) -> list[Fact]:
        """«والي جهة سوس ماسة عامل عمالة أكادير إداوتنان، السيد X»، «السيد X، عامل إقليم الناظور،»: a wali or a
        governor holds his post in the region, prefecture or province his title names (each of one or two titles),
        the person named after the titles (a comma and an honorific between) or right before them (a comma); «عامل
        الإقليم، السيد X»: in the territory of that unit the document named last before."""
        out: list[Fact] = []
        titles: list[tuple[int, int, Mention]] = []      # where each title starts and ends, the territory it names
        for n, match in enumerate(_GOVERNOR.finditer(self.text.norm, self.start, self.end)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break
            at = bisect_left(self.starts, match.start("unit") if match.group("unit") is not None else match.end())
            unit = next((m for m in self.mentions[at:at + 1] if m.kind in _GOVERNED and m.start <= match.end()), None)
            if match.group("named") is not None and _NOT_WALI.search(self.text.quote(match.start(), match.end())):
                continue        # «وإلى مراكش …»: «and to», written with hamza or alif maqsura, no wali
            if unit is not None:
                # («محافظ أسوان» of «محافظة أسوان», where the document names it)
                titles.append((match.start(), unit.end, self.unit_named_as(unit) if unit.kind == "city" else unit))
        for n, match in enumerate(_GOVERNOR_BARE.finditer(self.text.norm, self.start, self.end)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break
            group = _UNIT_GROUPS[match.group("unit")]
            k = bisect_left(self.territories, match.start(), key=lambda t: t[1].start)
            named = next((m for unit, m in reversed(self.territories[max(0, k - 20):k]) if unit == group), None)
            if named is not None:
                titles.append((match.start(), match.end(), named))
        titles.sort(key=lambda t: t[0])
        norm = self.text.norm
        for k, (start, _, unit) in enumerate(titles):
            # the titles in a row («والي جهة … عامل عمالة …»): the last one's name runs on to the person
            last = k
            while last + 1 < len(titles) and titles[last + 1][0] - titles[last][1] <= 40 \
                    and not norm[titles[last][1]:titles[last + 1][0]].strip(" و"):
                last += 1
            first = k
            while first > 0 and titles[first][0] - titles[first - 1][1] <= 40 \
                    and not norm[titles[first - 1][1]:titles[first][0]].strip(" و"):
                first -= 1
            at = bisect_left(self.starts, titles[last][1])
            # (or right after the unit's name in a list of those present: «…، ومحافظ المفرق خالد الرواشدة»; not the object
            # of a verb before the title, «واستقبل محافظ إربد فيليبو غراندي»)
            listed = _AND_TITLE.match(norm, titles[first][0]) is not None
            after = next((m for m in self.mentions[at:at + 2] if m.kind == "person"
                          and (_GOVERNOR_NAMED.fullmatch(norm, titles[last][1], m.start)
                               or listed and not norm[titles[last][1]:m.start].strip())), None)
            at = bisect_left(self.starts, titles[first][0])
            # (not across «و»: «… يوهانس ريتر، ومحافظ المفرق»: the next one's title)
            before = next((m for m in self.mentions[max(0, at - 1):at] if m.kind == "person"
                           and _APPOSED.fullmatch(norm, m.end, titles[first][0])
                           and not listed), None)
            person = after or before
            if person is not None:
                out.append(Fact("post", "post", (("person", person), ("organization", unit)), min(person.start, start),
                                max(person.end, titles[k][1]), "post:governor", 0.65,
                                title=self.text.quote(start, titles[k][1]).strip()))
        return out

    def title_of_next(self, person: Mention, title_end: int) -> bool:
        """«استقبل رئيس الحكومة، السيد X، سفير اليابان بالمغرب، السيد Y»: a person named after his own title, then a
        title and a comma and an honorific with a name: the second title is the next person's, not X's."""
        tokens = self.text.tokens
        at = bisect_left(self.starts, title_end)
        # (the first of the honorifics: «، سعادة السيد Y»)
        nxt = next((m for m in self.mentions[at:at + 1] if m.kind == "person" and (n := _honored(tokens, m))
                    and tokens[m.first - n].text[0] not in "وف"
                    and _COMMA.fullmatch(self.text.norm, title_end, tokens[m.first - n].start)), None)
        own = self.own_title(person, self.not_persons)
        # «استقبل وزير الداخلية، السيد X، سفير إسبانيا»: after a verb of meeting and the subject's own title, the title
        # is whom he meets, named by it alone
        return own is not None and (nxt is not None or _MEETS_TITLED.search(self.text.norm, max(self.start, own - 30), own)
                                    is not None)

    def commune(self, start: int, end: int) -> list[Mention]:
        """«عمدة مدينة الرباط»: a mayor's city named in his title is governed by the commune of that city the
        document names («جماعة الرباط»، «بلدية …»): the post is in it (a one-element list, or empty)."""
        tokens = self.text.tokens
        city = next((m for m in self.all[bisect_left(self.all_starts, start):] if m.start < end and m.kind == "city"),
                    None)
        if city is None:
            return []
        key = tokens[city.last - 1].key
        return [m for h in _COMMUNES for m in self.bodies.get(h, []) if m.last - m.first == 2
                and tokens[m.last - 1].key == key][-1:]

    def represented_body(self, end: int) -> list[Mention]:
        """«السيد X، مدير الهجرة، ممثلا للوزارة المنتدبة …»: a title that names no body, then the body its holder
        represents, right after it («ممثلا / ممثلة لـ»): the post is in that body (a one-element list, or empty)."""
        match = _REPRESENTING_BODY.match(self.text.norm, end, self.end)
        if match is None:
            return []
        at = bisect_left(self.all_starts, match.end())
        return [m for m in self.all[at:at + 1] if m.start == match.end() and m.kind == "organization"]

    def within(self, unit: Mention, end: int) -> list[Mention]:
        """«رئيس لجنة الشؤون الخارجية في مجلس النواب المصري»، «مدير القطب الإنساني بمؤسسة …»، «رئيس مجلس أمناء مؤسسة
        …»: a new unit named in the title (by a head noun of its own, or the directorate the title names) and, right
        after it (بـ or في, or a board in construct), the body it belongs to: the post is in that body (a one-element
        list, or empty)."""
        if unit.rule not in ("head-noun", "post-title"):
            return []           # a body the graph knows is the post's own
        # (the body named, or named again by its head noun: «مدير الوحدة الفنية باللجنة»)
        at = bisect_left(self.all_starts, unit.end)
        body = next((m for m in self.all[at:at + 1] if m.kind == "organization" and m.end <= end
                     and (m.rule != "anaphora" or m.entity or m.parts)), None)
        if body is None:
            return []
        body = body.parts[0] if body.rule == "anaphora" and body.parts else body
        gap = self.text.norm[unit.end:self.all[at].start].strip()
        # («رئيس مجلس أمناء / إدارة مؤسسة …»: a board in construct with the body whose board it is)
        board = not gap and unit.rule == "head-noun" and self.text.tokens[unit.first].key in _BOARDS \
            and not self.text.tokens[unit.last - 1].definite
        return [body] if gap == "في" or not gap and self.text.norm[body.start] == "ب" or board else []

    def titled(self) -> list[Fact]:
        """TITLE ORGANIZATION PERSON, «المدير العام للمنظمة الدولية للهجرة X»، «وزير الداخلية الإيطالي X»: the
        person named right after a title (``mentions.title_before``) holds it in the country the title
        names (by name or nationality adjective: a government's post), else in its organization."""
        out = []
        tokens = self.text.tokens
        named = self.not_persons    # (a title does not reach past a name)
        for person in self.mentions:
            # «وزير الداخلية الموريتاني السيد X»، «وممثل المفوضية بالمغرب، السيد X»: a title before the honorific
            # too; «المديرة العامة للمنظمة …، إيمي بوب، والمفوض …»: a name between two titles has the one before
            honored = _honored(tokens, person)
            if person.kind != "person" or person.rule not in ("title-before-name", "title-comma-name",
                                                               "name-before-title") and not honored:
                continue
            at = person.first - honored
            # (the next title of a list too: «…، ووزير الداخلية الفرنسي السيد Y»)
            k = title_before(self.text, tokens, at, named, comma=person.rule == "title-comma-name", listed=True) \
                if person.rule != "name-before-title" else None
            if k is None and at > 0 and self.text.norm[tokens[at - 1].end:tokens[at].start].strip() in (",", "),") \
                    and tokens[at].text[0] not in "وف":     # «…، والسيد Z، TITLE»: Z's title comes after him
                k = title_before(self.text, tokens, at, named, comma=True, listed=True)
                if k is not None and tokens[k].text[0] not in "وف" and (before := self.apposed(tokens[k].start)) \
                        and self.own_title(before, named) is None:
                    k = None    # «السيد X، TITLE، Y»: the title is X's, said in apposition (not «…، والTITLE، Y»;
                                # nor when X was named after a title of his own: «رئيس الحكومة، السيد X، TITLE، السيد Y»)
            if k is None:
                continue
            if self.apposed_bare(tokens[k].start):
                continue        # «السيد X المدير العام لـY والسيدة Z»: X's title, said after him without a comma
            ts = tokens[k].start
            # «وقال نائب رئيس المجلس …، السيد X»: the deputy's title, from its first word
            said = tokens[k - 1].start if k and tokens[k - 1].key in _DEPUTIES and k - 1 not in named else ts
            inside = self.mentions[bisect_left(self.starts, ts):bisect_left(self.starts, person.start)]
            # a government's post is in its country («وزير الداخلية الإيطالي»، «سفير إيطاليا»), else in the body
            # (a title with its possessive pronoun first: «ممثلها بالمغرب» is the body's, the country where it serves)
            # (the pronoun on any word of the title: «رئيس مجلس إدارتها السيد X»)
            orgs = next((o for n in range(k, at) if (o := self.possessor(n, ts))), []) \
                or self.commissioner(k) or self.ministry(tokens[k].end, person.start, 0) \
                or self.syndicate(tokens[k].end, person.start) \
                or (self.commune(ts, person.start) if _MAYOR in self.text.norm[ts:person.start] else []) \
                or self.nation(ts, person.start) \
                or [m for m in inside if m.kind == "organization"
                    and not (_joined(self.text, m) and _MINISTER_TITLE.match(self.text.norm, ts))][:1] \
                or self.body_again(tokens[k].end, person.start) \
                or self.body_at_end(tokens[k].end, self.before_honorifics(person)) \
                or (self.side_nation(ts) or self.represented_nation(ts) if _MINISTER_TITLE.match(self.text.norm, ts) else []) \
                or self.home_government(self.text.norm[ts:person.start], tokens[k].end, person.start) \
                or self.possessed_before(k, ts) \
                or ([] if any(m.kind in ("organization", "programme", "project") for m in inside) else self.side_of(said))
            # (the last: «ووقّع عن المركز مساعد المشرف العام للعمليات المهندس X»: a title that names no body is of the
            # side its holder signs for)
            if not orgs:
                continue
            # (the body may be named before the title: «رئيس الجمعية X», the association named earlier)
            upto = orgs[0].start if ts <= orgs[0].start < person.start else person.start
            # (its role from all its words: «رئيس بعثة المنظمة …» is a chief of mission, not a chair)
            role = _post_role(self.text.norm[said:person.start])
            org = self.offices.get((orgs[0].start, orgs[0].end), orgs[0])
            title_end = orgs[0].end if upto == orgs[0].start else upto
            out.append(Fact("post", role, (("person", person), ("organization", org)), said, person.end,
                            "post:title-name", 0.7, title=self.text.quote(said, title_end).strip()))
        return out

    def apposed_bare(self, pos: int) -> Mention | None:
        """The person whose name, opened by an honorific, ends right before ``pos`` with a space only, when what starts
        there is his title («سعادة السيد X المدير العام لـY»): not the object of a verb of meeting («استقبل السيد X
        المدير العام …»: whom he received), nor a title the next name has («… السيد X المدير العام للمنظمة السيد Y»)."""
        if not _BARE_TITLE.match(self.text.norm, pos):
            return None
        at = bisect_left(self.starts, pos)
        person = next((m for m in self.mentions[max(0, at - 2):at] if m.kind == "person" and m.rule == "honorific"
                       and m.end < pos and not self.text.norm[m.end:pos].strip()), None)
        if person is None or _MEETS.search(self.text.norm, max(self.start, person.start - 40), person.start):
            return None
        nxt = self.mentions[at] if at < len(self.mentions) else None
        if nxt is not None and nxt.start - pos <= _BARE_REACH:
            owner = next((m for m in self.mentions[at:at + 3] if m.kind == "person"), None)
            if owner is not None and owner.start - pos <= _BARE_REACH + 40 and _HONORED_NEXT.search(
                    self.text.norm, max(pos, owner.start - 30), owner.start):
                return None     # the title goes on to another honorific name, no «و» between: that one's title
        return person

    def bare_title_end(self, post_end: int, title_end: int) -> int:
        """Where a title said after a name with no comma ends: past the body or country named right after its post
        word (its own adjective between), else right after that word."""
        at = bisect_left(self.starts, post_end)
        body = next((m for m in self.mentions[at:at + 1] if m.kind in ("organization", "country")
                     and m.start - post_end <= _BARE_REACH), None)
        return min(title_end, body.end if body is not None else self.next_word(post_end))

    def apposed(self, pos: int) -> Mention | None:
        """The person whose name and a comma stand right before ``pos`` (what starts there is his apposition), if any."""
        at = bisect_left(self.starts, pos)
        return next((m for m in self.mentions[max(0, at - 2):at]
                     if m.kind == "person" and _COMMA.fullmatch(self.text.norm, m.end, pos)), None)

    def own_title(self, person: Mention, named: Container[int]) -> int | None:
        """Where the title of his own starts that a person is named right after, with a comma, «رئيس الحكومة، السيد X»
        (another title after him is the next person's); None if he is not."""
        tokens = self.text.tokens
        k = title_before(self.text, tokens, person.first - _honored(tokens, person), named, comma=True, listed=True)
        return tokens[k].start if k is not None else None

    @cached_property
    def not_persons(self) -> set[int]:
        """The tokens of the sentence's names that are not persons' (a post title does not reach past them)."""
        return covered(m for m in self.mentions if m.kind != "person")

    def unit_named_as(self, city: Mention) -> Mention:
        """The unit the document names by a city's name and its word («بمحافظة أسوان»، «ولاية صفاقس», within
        ``_TOGETHER_REACH`` mentions): whose governor a «محافظ/والي» of the city is; else the city."""
        tokens = self.text.tokens
        keys = [t.key for t in tokens[city.first:city.last]]
        return next((m for m in self.around(city.start) if m.kind == "region"
                     and m.last - m.first == len(keys) + 1 and unit_word(tokens[m.first].key) is not None
                     and [t.key for t in tokens[m.first + 1:m.last]] == keys), city)

    def consulate(self, pos: int, start: int, end: int) -> Mention | None:
        """The consulate the document names of the title between ``start`` and ``end`` (its words after «العامة» those
        of the title after «العام», one the beginning of the other: «القنصلية العامة للمملكة بدبي» of «القنصل العام
        للمملكة بدبي»، any of a bare «القنصلة العامة»), the last one before ``pos``, else the first after it, within
        ``_TOGETHER_REACH`` mentions: where the rounds' golds put a consul's post, ten times of thirteen (the country,
        when none is named)."""
        tokens = self.text.tokens
        title = _consular_words(tokens, bisect_left(self.topic.starts, start), bisect_left(self.topic.starts, end))
        named = [m for m in self.around(pos) if m.kind == "organization" and _head_key(tokens[m.first].key) == _CONSULATE
                 and _same_start(_consular_words(tokens, m.first + 1, m.last), title)]
        return next((m for m in reversed(named) if m.end <= pos), named[0] if named else None)

    def around(self, pos: int) -> list[Mention]:
        """The document's mentions within ``_TOGETHER_REACH`` of ``pos``, either side (a long document reads no more)."""
        at = bisect_left(self.document_starts, pos)
        return self.document[max(0, at - _TOGETHER_REACH):at + _TOGETHER_REACH]

    def body_again(self, start: int, end: int) -> list[Mention]:
        """«X، رئيس الجمعية»: a title whose body is a bare definite head noun (nothing after it in its clause but where
        the body serves, the title's remit or its time) is in the organization of that head the document named last
        before (a one-element list, or empty)."""
        tokens = self.text.tokens
        k = bisect_left(self.topic.starts, start)
        while k < len(tokens) - 1 and tokens[k].end < end and tokens[k].key in TITLE_ADJECTIVES:
            k += 1              # «المدير الإقليمي للمنظمة»، «الكاتب العام للوزارة»: the title's own adjective
        if k < len(tokens) - 1 and tokens[k].end < end and self.text.norm[tokens[k].start:tokens[k].end] in _TITLE_LINKS:
            k += 1              # «المتحدث الرسمي باسم المركز»، «المشرف العام على المركز»: the word that links it
        rest = self.text.norm[tokens[k].end:end].strip(" ,") if k < len(tokens) else ""
        # (or where the body serves: «رئيسة البعثة بالمغرب»، «المنسق العام للمنظمة في ليبيا»)
        rest = _WHERE_REST.sub("", rest, count=1).strip(" ,")
        # (or the title's remit or its time: «نائبة رئيس الجماعة المكلفة بالشؤون الاجتماعية»، «أمين عام الوزارة آنذاك»)
        rest = _TITLE_TAIL.sub("", rest, count=1).strip(" ,")
        if k >= len(tokens) or tokens[k].start >= end or not tokens[k].definite \
                or rest and not _HONORED.fullmatch(rest + " ") or tokens[k].text[0] in "وف":
            return []           # (an honorific may close it: «الكاتب العام للوزارة، السيد X»)
        return self.body_named_before(tokens[k])

    def body_named_before(self, word: Token) -> list[Mention]:
        """The body of the head noun ``word`` is the document named last before it (a one-element list, or empty): one
        named after «و», one more of a list, only when no other was («بشراكة مع X وجمعية أجيال …، وحسب رئيسة الجمعية» is
        the subject's)."""
        named = [m for m in self.bodies.get(word.key, []) if m.end <= word.start]
        return ([m for m in named if self.text.norm[m.start] != "و"] or named)[-1:]

    def before_honorifics(self, person: Mention) -> int:
        """Where the words before a person's name end, past the honorifics right before it (السيد، الدكتور)."""
        n = person.first - _honored(self.text.tokens, person)
        return self.text.tokens[n - 1].end if n > 0 else person.start

    def body_at_end(self, start: int, end: int) -> list[Mention]:
        """«X، رئيسة قسم التعاون الإنمائي بالسفارة»، «…، مدير شؤون الهجرة في الوزارة»: a title that ends on a bare definite
        head noun of a body after «بـ / في / لدى / على» is in the body of that head the document named last before (a
        one-element list, or empty)."""
        tokens = self.text.tokens
        k = bisect_left(self.topic.starts, end) - 1
        if k < 0 or tokens[k].start < start or self.text.norm[tokens[k].end:end].strip(" ,"):
            return []
        t = tokens[k]
        marked = t.text.startswith("بال") or k > 0 and tokens[k - 1].key in _AT_BODY and t.text.startswith("ال")
        if not marked or HEADS.get(t.key, ("",))[0] != "organization" or k + 1 < len(tokens) and tokens[k + 1].start < end:
            return []
        return self.body_named_before(t)

    def commissioner(self, k: int) -> list[Mention]:
        """«المفوضة الأوروبية للشؤون الداخلية، السيدة X»: a European commissioner (title token ``k``) sits in the
        European Commission (a one-element list, or empty)."""
        tokens = self.text.tokens
        if k + 1 >= len(tokens) or tokens[k].key.removesuffix("ه") != "مفوض" or not tokens[k].definite \
                or tokens[k + 1].key.removesuffix("ه") != "اوروبي":
            return []
        return [Mention(tokens[k].start, tokens[k + 1].end, _COMMISSION, "organization", "IntergovernmentalOrganization",
                        "title", 0.6, k, k + 2)]

    def ministry(self, start: int, end: int, reach: int = _TITLE_BODY_REACH) -> list[Mention]:
        """The ministry the document names whose remit a minister's title gives, «وزير الداخلية» → «وزارة
        الداخلية (الإسبانية)»: a title of a minister (the word before ``start``) whose first word after it
        is the ministry's, and no other nation than the ministry's (a one-element list, or empty)."""
        tokens = self.text.tokens
        k = bisect_left(self.topic.starts, start)
        if not 0 < k < len(tokens) or tokens[k].start >= end or not (
                tokens[k - 1].key in _MINISTERS or tokens[k - 1].key[:1] == "و" and tokens[k - 1].key[1:] in _MINISTERS):
            return []           # («…، ووزير العمل X»: the title joined to a list)
        remit = _remit(tokens, k, bisect_left(self.topic.starts, end))
        found = self.ministries.get(remit) if remit is not None else None
        if found is None or end <= found.start < min(self.end, end + reach) and found in self.mentions:
            return []           # (a ministry named right after the title is the title's own: «الوزير المنتدب لدى وزارة …»;
                                # one named further in the sentence, «… في مبنى وزارة العمل», is the one the document names)
        theirs = {adjectives().get(t.key) for t in tokens[found.first:found.last]} - {None}
        ours = {m.entity for m in self.nation(start, end)}
        if ours and ours != (theirs or {self.home.entity if self.home is not None else MOROCCO}):
            return []           # («وزير الداخلية الغامبي» of no «وزارة الداخلية» of the dateline's country)
        # word by word, as far as both go (not a nation's adjective): «وزير الشؤون الخارجية والتعاون الإفريقي» is not
        # of «وزارة الشؤون الخارجية والسنغاليين بالخارج»
        title = list(takewhile(lambda t: t.key not in _HONORIFICS and t.start < end
                               and not self.text.norm[tokens[k].start:t.start].count(","), tokens[k:]))
        theirs_words = tokens[found.first + 1:found.last]
        charged = [next((n for n, t in enumerate(words) if t.key in _CHARGED), None) for words in (title, theirs_words)]
        if None not in charged:        # («الوزير المنتدب لدى … المكلف بـ…» of «الوزارة المكلفة بـ…»: from the charge on)
            title, theirs_words = title[charged[0]:], theirs_words[charged[1]:]
        for a, b in zip(title, theirs_words, strict=False):    # (as far as both go)
            if adjectives().get(a.key) or adjectives().get(b.key):
                break
            # (the feminine of the ministry's adjectives is the same word: «المكلف» of «المكلفة»)
            if a.key.removeprefix("و").removesuffix("ه") != b.key.removeprefix("و").removesuffix("ه"):
                if a.text.startswith("ل"):
                    break       # («مساعد وزير الخارجية للشؤون الأوروبية»: the title's own complement)
                return []       # another remit
        return [found]

    def syndicate(self, start: int, end: int) -> list[Mention]:
        """The syndicate the document names of the trade a «نقيب» title gives, «نقيب أطباء مصر» → «النقابة العامة لأطباء
        مصر»، «نقيب المهندسين» → «نقابة المهندسين»: a body headed «نقابة» with the trade's word (bare, definite or after
        «ل»), of the title's nation when it names one (by name or adjective: «نقيب أطباء الأردن» of «نقابة الأطباء
        الأردنية», not of Egypt's) (a one-element list, or empty)."""
        tokens = self.text.tokens
        k = bisect_left(self.topic.starts, start)
        if not 0 < k < len(tokens) or tokens[k].start >= end or tokens[k - 1].key.removeprefix("و") not in _SYNDICS:
            return []
        trade = tokens[k].key.removeprefix("ل")
        ours = self.nations_in(start, end)
        return [m for m in self.bodies.get(_SYNDICATE, []) if any(t.key.removeprefix("ل") == trade
                                                                  for t in tokens[m.first + 1:m.last])
                and (not ours or self.nations_in(m.start, m.end) == ours)][:1]

    def nations_in(self, start: int, end: int) -> set[str]:
        """The countries the words from ``start`` to ``end`` name, by a one-word name or an adjective (inside a body's
        name too: «النقابة العامة لأطباء مصر»)."""
        tokens = self.text.tokens
        return {c for t in tokens[bisect_left(self.topic.starts, start):bisect_left(self.topic.starts, end)]
                if (c := adjectives().get(t.key) if t.definite else None) or (c := country_names().get(t.key.removeprefix("ل")))}

    def possessor(self, k: int, ts: int) -> list[Mention]:
        """«ووقّعها عن الوكالة مديرها العام السيد X»، «وقالت المنظمة إن مديرها الإقليمي، X، …»: a title with a possessive
        pronoun (token ``k``) is a post in the organization the sentence names last before it (a one-element
        list, or empty); «مدير مكتبها في الأردن السيد X»: a title in construct with its body's office so said too."""
        token = self.text.tokens[k]
        office = token.key in ITS_OFFICE
        if not (_possessed(token.key) or office) or self.text.quote(token.start, token.end).endswith("ة"):
            return []           # (ممثلة، رئيسة: a feminine title, its ة read as the pronoun ه once normalized)
        before = [m for m in self.all[:bisect_left(self.all_starts, ts)] if m.end <= ts and m.start >= self.start]
        side = _SIGNS_FOR.search(self.text.norm, max(self.start, token.start - 70), token.start)
        if office and (side is None or not before or before[-1].kind == "person"):
            return []           # an office said for whom one signs or speaks («وعن الوكالة مدير مكتبها»), not «بحضور وزير
            # الداخلية السيد X ومدير مكتبه Y» nor «والتقى رئيس الحكومة بممثلي البنك الدولي … مدير مكتبه»: his
        if side is not None and not any(m.kind == "organization" and m.start >= side.start(1) for m in before):
            return []           # «وعن الغرفة التونسية الألمانية مديرها العام»: the body it signs for, one we do not know
        if (again := _SIGNS_FOR_AGAIN.search(self.text.norm, max(self.start, token.start - 30), token.start)) is not None:
            word = self.topic.tokens[bisect_left(self.topic.starts, again.start(1))].key
            named = [m for m in before if m.kind == "organization" and m.end <= again.start()
                     and self.text.tokens[m.first].key == word]
            if named:           # «… بين وزارة العمل والمفوضية …، وقّعها عن الوزارة أمينها العام»: the body its head
                return named[-1:]   # noun names again, not the last one named
        # the last body not inside another's (الأمم المتحدة in المفوضية السامية للأمم المتحدة لشؤون اللاجئين): in order
        # of start, longest first, one is inside another when one before it reaches as far, or the next has its span
        ordered = sorted((m for m in before if m.kind == "organization"), key=lambda m: (m.start, -m.end))
        outermost, reach = [], -1
        for n, m in enumerate(ordered):
            twin = n + 1 < len(ordered) and (ordered[n + 1].start, ordered[n + 1].end) == (m.start, m.end)
            if m.end > reach and not twin:
                outermost.append(m)
            reach = max(reach, m.end)
        return outermost[-1:]

    def possessed_before(self, k: int, ts: int) -> list[Mention]:
        """«وعن البنك رئيسه المدير العام السيد X»: a title with the body's pronoun right before a title that names
        no body of its own (the last resort of ``titled``; not a minister's: «رئيسها وزير التشغيل السابق»)."""
        if not k or self.text.norm[self.text.tokens[k - 1].end:ts].strip() or _MINISTER_TITLE.match(self.text.norm, ts):
            return []
        return self.possessor(k - 1, ts)

    def side_nation(self, pos: int) -> list[Mention]:
        """«ووقّعها عن الجانب الأردني وزير الداخلية X»، «عن الجانب المغربي السيد X، وزير …»: the country of the side
        named right before ``pos`` (a minister's title there names no other), by its nationality adjective (a
        one-element list, or empty)."""
        side = _SIDE_BEFORE.search(self.text.norm, max(self.start, pos - 60), pos)
        return self.by_adjective(side.start("adjective")) if side is not None else []

    def represented_nation(self, pos: int) -> list[Mention]:
        """«شاركت المملكة المغربية، ممثلة بوزير الشؤون الخارجية السيد X»، «ومثّل المغرب في الاجتماع وزير الداخلية X»:
        the country named as represented by the minister whose title or name starts at ``pos`` (a one-element list,
        or empty)."""
        k = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, k - 4):k]):
            if m.end > pos:
                continue
            if m.kind in ("person", "organization"):
                return []
            if m.kind != "country":
                continue
            if _REPRESENTED_BY_TITLE.fullmatch(self.text.norm, m.end, pos) or (
                    _REPRESENTS.search(self.text.norm, max(self.start, m.start - 12), m.start)
                    and _REPRESENTS_GAP.fullmatch(self.text.norm, m.end, pos)):
                return [m]
            return []
        return []

    def home_government(self, post: str, start: int, end: int) -> list[Mention]:
        """«X، وزير الاقتصاد والمالية» in a document datelined «الرباط …»: a minister's or a secretary of state's
        title that names no body, no ministry and no nation is a post of the dateline's country, and so is the head
        of its government or state («X، رئيس الحكومة»; a one-element list, or empty)."""
        head = _HEADS_GOVERNMENT.match(self.text.norm, start, end) is not None
        if head and (self.home is not None and self.home.entity in _MONARCHIES and "جمهوريه" in self.text.norm[start:end]
                     or _GUEST_BEFORE.search(self.text.norm, max(self.start, start - 40), start)):
            return []       # «مباحثات مع رئيس الوزراء، السيد Y»، «استقبل جلالة الملك رئيس الجمهورية، السيد Z»: a guest
        if self.home is None or not (_MINISTER_TITLE.match(post) or head) \
                or self.nation(start, end) \
                or any(m.kind in ("organization", "country") for m in self.mentions if start <= m.start < end):
            return []
        counterpart = _COUNTERPART_OF.search(self.text.norm, end, min(self.end, end + _COUNTERPART_REACH))
        if counterpart is not None and [m.entity for m in self.by_adjective(counterpart.start(1))] == [self.home.entity]:
            return []       # «وزير الإدماج …، السيد X، ونظيره الموريتاني» datelined Nouakchott: X is not Mauritania's
        return [self.home]

    def nation(self, start: int, end: int) -> list[Mention]:
        """The country a title without an organization names, «وزير الداخلية الإيطالي»، «وزير خارجية
        إيطاليا»: a country named in it or the nationality adjective of one (a one-element list)."""
        inside = [m for m in self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)] if m.end <= end]
        if any(m.kind not in _LOCATIONS | {"organization", "person"} for m in inside):
            return []           # «رئيس البرنامج المصري الإيطالي …»: the title names something else
        # (not a country where a body's officer serves: «مدير الوكالة الفرنسية للتنمية (AFD) بالمغرب»)
        # (nor where an officer of a body the title names serves, «ممثلة التحالف بالمغرب»: a country marked as where
        # is a government's only in an envoy's title, «سفير إيطاليا بالمغرب» being Italy's)
        k = bisect_left(self.topic.starts, start)       # the title's word is at ``start`` or right before it
        envoy = any(t.key in _GOVERNMENT_POSTS or t.key[:1] == "و" and t.key[1:] in _GOVERNMENT_POSTS
                    for t in self.text.tokens[max(0, k - 1):k + 1])
        majesty = (_HIS_MAJESTY.match(self.text.norm, start)
                   or k < len(self.text.tokens) and _HIS_MAJESTY.match(self.text.norm, self.text.tokens[k].end)) if envoy else None
        if majesty and majesty.end() <= end:
            # «سفير صاحب الجلالة لدى …»: His Majesty's ambassador is Morocco's (the genre's own king)
            at = bisect_left(self.topic.starts, majesty.start("words"))
            return [Mention(majesty.start("words"), majesty.end(), MOROCCO, "country", "Country", "his-majesty", 0.6,
                            at, at + 2)]
        # (a country after «لدى» is where an envoy is posted, never his own: «السفير البلجيكي لدى المغرب»)
        countries = [m for m in inside if m.kind == "country" and not _POSTED_TO.search(
            self.text.norm, start, m.start) and not (
            (not envoy or any(o.kind == "organization" for o in inside)) and (self.text.norm[m.start] == "ب"
                                                                          or _WHERE_BEFORE.search(
                self.text.norm, max(start, m.start - 5), m.start)))]
        tokens = self.text.tokens
        if envoy and countries and all(self.text.norm[m.start] == "ب" or _WHERE_BEFORE.search(
                self.text.norm, max(start, m.start - 5), m.start) for m in countries) \
                and any(t.definite and adjectives().get(t.key) for t in tokens[k:bisect_left(self.topic.starts, countries[0].start)]):
            countries = []      # «السفير الإسباني في مالي»: the adjective is his country, the place where he serves
        if countries:
            return countries[:1]
        named = covered(m for m in inside if m.kind == "organization" and m.cls not in _GOVERNMENTS)
        for k in range(bisect_left(self.topic.starts, start), bisect_left(self.topic.starts, end)):
            t = tokens[k]
            # (مالي is also «financial»: وزير الاقتصاد والمالية; an adjective inside the name of a body that is no
            # government's is the body's: «المدير العام للصندوق الكويتي للتنمية …» is the fund's, not Kuwait's)
            # (nor a title's own adjective: «المدير القطري لبرنامج …» is a country director, not Qatar's)
            # (an officer, «المسؤول القطري», only of the body after him: «… للبنك»; alone, a Qatari official)
            post = tokens[k - 1].key.removeprefix("و") if k > 0 else ""
            own = t.key in TITLE_ADJECTIVES and (post in _COUNTRY_POSTS or post in _OFFICERS and k + 1 < len(tokens)
                                                 and tokens[k + 1].text[:1] == "ل")
            country = adjectives().get(t.key) if t.definite and t.key not in _FINANCIAL and k not in named and not own \
                else None
            if country is not None:
                return [Mention(t.start, t.end, country, "country", "Country", "adjective", 0.6, k, k + 1)]
        return []

    def appointed(self) -> list[Fact]:
        """«عيّن (الملك) السيد X رئيسا لـY»، «تعيين X مديرا لـY»: the person named after the verb holds the
        post its accusative title names in the organization right after it. «عيّنه/عيّنها (الملك) مديرا
        لـY»: the person named last before it in the sentence (in the sentence before, if none); «عيّنهما على التوالي رئيسا لـY وأمينا عاما
        له»: the last two, each the title in turn. «له»، «للمجلس ذاته» is the organization named before."""
        out: list[Fact] = []
        last: Mention | None = None     # the organization of the appointment before, in this sentence
        for match in _APPOINT.finditer(self.norm):
            ts, te = self.start + match.start(), self.start + match.end()
            # (the clause read within reach of the verb: a sentence of thousands of appointments stays linear)
            reach = min(self.end, te + _APPOINT_REACH)
            stop = _CLAUSE_END.search(self.text.norm, te, reach)
            if stop is not None and (aside := _APPOINT_ASIDE.match(self.text.norm, stop.start(), reach)):
                # «عيّن مجلس الحكومة، في اجتماعه المنعقد يوم …، السيد X مديرا عاما لـY»: past an aside
                stop = _CLAUSE_END.search(self.text.norm, aside.end(), reach)
            clause_end = stop.start() if stop else reach
            pronoun = match.group("pronoun")
            if pronoun:
                before = [m for m in self.mentions if m.kind == "person" and m.end <= ts]
                count = 2 if pronoun == "هما" else 1
                if not before:      # «وكان اليزمي … . وبعد ثلاث سنوات، عيّنه الملك رئيسا لـY»: the sentence before's
                    before = [m for m in self.previous if m.kind == "person"]
                if len(before) < count:
                    continue
                persons = before[-count:]
                gap = _APPOINTER.match(self.text.norm, te, clause_end)
                title = _APPOINTED.match(self.text.norm, gap.end(), clause_end) if gap else None
                if title is None:
                    continue
            else:
                at = bisect_left(self.all_starts, te)
                # the person the title follows (الملك before it appoints)
                appointed = [(m, title) for m in self.all[at:at + 4] if m.kind == "person" and m.end <= clause_end
                             and (title := _APPOINTED.match(self.text.norm, m.end, clause_end)) is not None]
                if not appointed:
                    continue
                persons, title = [appointed[0][0]], appointed[0][1]
                # «انتخب مجلس الجهة السيد X رئيسا له»: «له» is the body that elects, when no appointment came before
                last = last or next((m for m in self.mentions if te <= m.start and m.end <= persons[0].start
                                     and m.kind == "organization"), None)
            org: Mention | None = None
            for n, person in enumerate(persons):
                if n:       # the next title, after «و»
                    title = next((t for after in [_RESPECTIVELY.match(self.text.norm, org.end if org else title.end(),
                                                                      self.end)] if after
                                  for t in [_APPOINTED.match(self.text.norm, after.end(), self.end)] if t), None)
                    if title is None:
                        break
                org = self.appointed_in(title.end(), org or last, _ENVOY.match(title.group("post")) is not None)
                if org is None:
                    break
                post = title.group("post")
                role = _post_role(post)
                end = max(org.end, title.end())
                out.append(Fact("post", role, (("person", person), ("organization", org)), ts, end, "post:appointed",
                                0.75, title=self.text.quote(title.start("post"), end).strip()))
                last = org
        return out

    def took_office(self) -> list[Fact]:
        """«تسلّم السيد X، …، مهامه ممثلا للمفوضية …»، «تسلمت السيدة Y رسميا مهامها رئيسة لبعثة المنظمة …»: who takes up
        his duties holds the post its accusative title names in the organization right after it."""
        out: list[Fact] = []
        for n, match in enumerate(_TOOK_OFFICE.finditer(self.norm)):
            if n >= _TRIGGERS_PER_SENTENCE:
                break
            te = self.start + match.end()
            at = bisect_left(self.starts, te)
            person = next((m for m in self.mentions[at:at + 1] if m.kind == "person" and m.start - te <= _HONORIFIC_REACH), None)
            duties = _DUTIES.match(self.text.norm, person.end, self.end) if person is not None else None
            title = _APPOINTED.match(self.text.norm, duties.end(), self.end) if duties is not None else None
            org = self.appointed_in(title.end(), None, _ENVOY.match(title.group("post")) is not None) \
                if title is not None and person is not None else None
            if person is None or title is None or org is None:
                continue
            post = title.group("post")
            end = max(org.end, title.end())
            out.append(Fact("post", _post_role(post),
                            (("person", person), ("organization", org)), self.start + match.start(), end,
                            "post:took-office", 0.7, title=self.text.quote(title.start("post"), end).strip()))
        return out

    def appointed_in(self, pos: int, last: Mention | None, envoy: bool = False) -> Mention | None:
        """The organization an appointment is to, right at ``pos`` after «لـ» (an envoy's country too: «سفيرا للمملكة
        لدى …»); «له»، «للمجلس ذاته»: the one of the appointment just before (``last``; with a head noun, only if it
        is that head's)."""
        at = bisect_left(self.all_starts, pos)
        kinds = {"organization", "country"} if envoy else {"organization"}
        org = next((m for m in self.all[at:at + 2] if m.start == pos and m.kind in kinds
                    and not (m.rule == "anaphora" and m.parts)), None)     # «للمجلس ذاته»: read below
        if org is not None:
            return org if self.text.norm[org.start] == "ل" else None
        same = _SAME.match(self.text.norm, pos, self.end)
        if same is None:
            return None
        head = same.group("head")
        if head is None or last is None:
            return last
        return last if self.text.tokens[last.first].key.endswith(stem(head)) else None


_MAYOR = "عمده"


_DONOR_CLASSES = {"Fund", "DevelopmentAgency", "NationalGovernment", "Country"}
_DONOR_BODIES = {"organization/eu", "organization/european-commission", "organization/world-bank"}


def _once(mentions: Iterable[Mention]) -> list[Mention]:
    """Each entity once, at its first mention (a name and its acronym, «البنك الإسلامي للتنمية (IsDB)», are one party)."""
    first: dict[object, Mention] = {}
    for m in mentions:
        first.setdefault(m.entity or m, m)
    return list(first.values())


def _donor(m: Mention) -> bool:
    """Whether a party may be the giver of a grant it signs: a country, a government, a fund, a bank or a donor agency
    (not an association, a ministry or a UN agency that receives: «وقعت جمعية الأمل اتفاقية منحة مع GIZ»)."""
    return m.kind == "country" or m.cls in _DONOR_CLASSES or m.entity in _DONOR_BODIES


def _honored(tokens: list[Token], person: Mention) -> int:
    """How many honorifics (السيد، السيدة، «معالي السيد» …) stand right before a person's name: 0, 1 or 2 (a known
    person's too: «رئيسة بعثة المنظمة بالمغرب، السيدة لورا بالاتيني»)."""
    if person.rule not in ("honorific", "gazetteer"):
        return 0
    n = 0
    while n < 2 and person.first - n > 0 and tokens[person.first - n - 1].key in _HONORIFICS:
        n += 1
    return n


def _proclitic_lam(token: Token, m: Mention) -> bool:
    """A name with the preposition ل written onto it (للنيجر، لفرنسا، للمنظمة، لوزارة), not its own ل (ليبيا، لجنة)."""
    if token.text[:1] != "ل":
        return False
    if m.kind in PLACE_KINDS:
        return not _own_initial(token, m)
    return not token.key.startswith("ل") or _head_key(token.key) not in (None, token.key)


def _possessed(key: str) -> bool:
    """A title with a possessive pronoun: مديرها، رئيسه، ممثلها (a feminine title's ة is ت before it: رئيستها)."""
    stem = key[:-2] if key.endswith("ها") else key[:-1] if key.endswith("ه") else None
    return stem is not None and (stem in _TITLE_NOUNS or stem.endswith("ت") and stem[:-1] in _TITLE_NOUNS)


def _closed(gap: str, out: list[Mention]) -> str:
    """The gap after a list's last agent without the bracket that closes its acronym («X (UNHCR) و Y») or the
    quote that closes its title («جمعية "أيادي التضامن" و…»)."""
    stripped = gap.lstrip()
    if out and out[-1].kind == "organization" and (named := _QUOTED_OWN_NAME.match(stripped)) is not None:
        return stripped[named.end():]   # «الوكالة البلجيكية للتنمية "إنابل" و…»: the body's own name in quotes, after it
    if out and (stripped.startswith(")") or out[-1].rule == "quoted-title" and stripped[:1] in _CLOSING_QUOTES):
        gap = stripped[1:]
        # «جمعية «أفق العودة» السنغالية والمرصد …»، «منظمة «سند» الخيرية السودانية وجمعية …»: what a body named in quotes
        # is and its nation, after its name
        words = gap.split()
        if out[-1].rule == "quoted-title" and 1 <= len(words) <= 2 and all(w.startswith("ال") for w in words) \
                and adjectives().get(words[-1].removeprefix("ال").removesuffix("ه")):
            return " "
    return gap


_CLOSING_QUOTES = "\"»”"
_QUOTED_OWN_NAME = re.compile(r"[\"«“][^\s\"«“»”.,;:]+(?:\s[^\s\"«“»”.,;:]+){0,3}[\"»”]")     # one to four words in quotes


def _head_of(key: str) -> str | None:
    """The item head noun a word is, in any case form (اجتماعا، اجتماعها → اجتماع)."""
    head = head_of(key)
    return head if head in REFERRING else None


def _is(m: Mention, kinds: set[str]) -> bool:
    """Of one of ``kinds``; a fund counts as something funded."""
    return m.kind in kinds or "fund" in kinds and m.cls == "Fund"


def _unique(facts: list[Fact]) -> list[Fact]:
    """One fact per kind, role and arguments: the most confident statement of it."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        key = (f.kind, f.role, tuple((n, m.entity or (m.start, m.end)) for n, m in f.args))
        if key not in best or f.confidence > best[key].confidence:
            best[key] = f
    return sorted(best.values(), key=lambda f: (f.start, f.end, f.role))


# Values on what they refer to --------------------------------------------------------------------

@dataclass(frozen=True)
class Attached:
    """A date or an amount on what it refers to: ``prop`` (an mg: property) of ``subject``, or, for an
    amount of a funding tie, ``mg:amount`` of ``facts[fact]``."""
    value: FoundAmount | FoundDate
    prop: str                     # amount | budget | dateSigned | dateAdopted | dateInForce | dateLaunched |
                                  # dateFounded | startDate | endDate | attestedOn
    subject: Mention | None
    fact: int | None
    start: int                    # the quote that states it
    end: int
    rule: str
    confidence: float


_AGREEMENTS = {"agreement", "framework", "declaration", "resolution", "policy", "strategy", "plan"}
# What the words before a date say it is: (pattern, property, the kinds it can be about); the first that
# matches in the clause before the date decides.
_DATE_CUES = [(re.compile(p), prop, kinds) for p, prop, kinds in [
    (r"(?:وقع|توقيع|التوقيع|ابرم|ابرام|الموقع|المبرم|امضي|امضاء)", "dateSigned", _AGREEMENTS),
    (r"(?:دخل|دخول)\S* حيز التنفيذ", "dateInForce", _AGREEMENTS),
    (r"(?:صادق|المصادق|مصادق|اعتمد|اعتماد|الصادر|صدر|المورخ|اصدار)", "dateAdopted", _AGREEMENTS),
    (r"(?:اطلق|اطلاق|انطلق|انطلاق|انطلاقه|دشن|تدشين)", "dateLaunched", ITEMS | {"fund"}),
    (r"(?:تاسس|تاسيس|اسس|انشء|انشاء|احدث|احداث|المحدث|محدث)", "dateFounded", {"organization", "fund"}),
    # («ويمتد إلى دجنبر 2025»: extends to)
    (r"(?:اختتم|اختتام|انتهي|انتهاء|اكتمل|ينتهي|تنتهي|نهايه|حتي|غايه|(?:[يت]|ا)متد\S*\s+الي)", "endDate", ITEMS | {"fund"}),
    (r"(?:منذ|ابتداء|اعتبارا|بدا|بدء|بدايه|يبدا|تبدا)", "startDate", ITEMS | {"fund"}),
]]
_DATED = ITEMS | {"fund"}                     # what a date with no cue is about
_PARTS_OF = {"phase", "component"}
# who may be the agent of a trigger, where not anyone: a state ratifies (a parliament approves for it); a body oversees
# a programme as its implementer (a person who oversees it holds a post)
_AGENT_KINDS = {"signatory:sadaqa": {"country"}, "implementing:ashrafa-ala": {"organization", "country"},
                "implementing:sahara-ala-tanfidhihi": {"organization", "country"}, "implementing:bi-qiyada": {"organization"},
                # (a person takes on a post, «وتولاه السيد X»، «وأسند إلى السيد X منصب …»)
                "implementing:tawallahu": {"organization"}, "implementing:ukila-ila": {"organization"},
                "organizer:iftataha": {"organization"}, "organizer:ashrafa-ala-tanzim-event": {"organization"}}
_FUNDING_PROGRAMME = re.compile(r"\s*(?:ال)?برنامج\s+")   # «من برنامج «X»» (not yet «برنامج الاتحاد الأوروبي … «X»»)
# between a body that opens an event and the event: where, an aside between commas, «معرضا بعنوان «…»»
_OPENED_EVENT = re.compile(r"(?:\s*ب\S+)?(?:\s*,[^,.;]{0,60},)?\s*(?:\S+\s+بعنوان\s*)?[«\"“]?\s*")
# a council of a commune, a province or a region: what approves conventions (not «مجلس النواب»، «لجنة الخارجية»)
_LOCAL_WORDS = {"جماعه", "جماعي", "جهه", "جهوي", "بلديه", "بلدي", "اقليم", "اقليمي", "عماله", "محلي", "مدينه"}
# the event right after «تنظيم»
_ORGANIZING_OF = {"organizer:alana-tanzim": "تنظيم ", "organizer:ashrafa-tanzim": "تنظيم ",
                  "organizer:takaffala-tanzim": "تنظيم ", "organizer:tawalla-tatir": "تاطير "}
# how many days an event lasts, said after its day: «على مدى يومين»، «طيلة ثلاثة أيام»
_SPAN_DAYS = {"يومين": 2, "ثلاثه ايام": 3, "اربعه ايام": 4, "خمسه ايام": 5}
_SPAN = re.compile(r"(?<!\S)(?:علي مدي|علي مدار|طيله|لمده)\s+(?P<days>" + "|".join(_SPAN_DAYS) + r")(?!\w)")
_SPAN_REACH = 200
_CLOSES = r"(?:و|ف)?(?:اختتم|اختتمت|تختتم|يختتم|اسدل)"      # a verb that closes an event
_CLOSING = re.compile(r"\s*[-–]?\s*" + _CLOSES)           # right after a dateline
# the verb that closes the event, in the date's clause before it («اختتمت، أمس، أشغال …»: no comma-clause between)
_CLOSING_BEFORE = re.compile(r"(?<!\S)" + _CLOSES + r"(?:ت)?(?:\s+[^\s.;]+){0,3}?\s*(?:,\s*)?(?:يوم|اليوم|امس)?\s*\Z")
_CUE_WINDOW = 60                              # characters of the clause before a date that may name its role
# the occasion of what a sentence tells: «وذلك خلال / على هامش (أشغال) EVENT»
_DURING_WORDS = r"(?<!\S)(?:وذلك\s+)?(?:خلال|بمناسبه|علي هامش|اثناء)\s+(?:(?:اشغال|اعمال)\s+)?"
_THAT_DURING = re.compile(_DURING_WORDS)
_DURING_BEFORE = re.compile(_DURING_WORDS + r"\Z")
_DURING_REACH = 250                           # characters between a date and the «وذلك خلال» of its sentence
# what may open a clause before its date: «وفي 18 دجنبر 2018،»، «يوم الأربعاء …»، «وخلال سنة 2019»
_DATE_OPENS = re.compile(r"\s*[-–]?\s*(?:و|ف)?(?:في|خلال|منذ|بتاريخ)?\s*(?:يوم|سنه|عام|شهر)?\s*" + WEEKDAYS + r"?\s*")
_VERB_OBJECT_REACH = 100                      # characters from a verb of time to the item it is of
_VERB_NEXT = re.compile(r"[\s,]*(?:و|ف)?(\S+)\s+")  # the word after a date and its comma, a verb before its subject
_BODY_VERB_CUE = re.compile(r"\s+\S+\s+(?:منذ|حتي|الي غايه|ابتداء من)\s+(?:سنه\s+|عام\s+)?")
# … or up to eight words of its clause before «منذ» (no punctuation), none of them an item's head noun
_BODY_DOING = re.compile(r"(?:\s+[^\s,.;:]+){0,8}?\s+منذ\s+(?:سنه\s+|عام\s+)?")
_ITEM_NOUN = re.compile(r"(?<!\S)(?:و|ف|ب|ل)?(?:ال)?(?:مشروع|برنامج|مبادره|اتفاقيه|اتفاق|خطه|مرحله|مكون)")
# who an item is for: «لفائدة …»، «لصالح …»، «يستهدف …»، «الموجه إلى …»
_FOR_GROUP = re.compile(r"(?<!\S)(?:و|ف)?(?:ل?فائدة|لصالح|(?:ال)?موجه(?:ة)?\s+(?:الي|ل)|(?:[يت]ستهدف|استهدف(?:ت)?|[يت]خدم(?:ان)?)"
                        r"(?:\s+(?:انشطت|خدمات|برامج)(?:ه|ها))?"
                        r"|(?:س?[يت]ستفيد|استفاد(?:ت)?)\s+من(?:ه|ها|هما)(?:\s+(?:حاليا|إلى حدود الآن|لحد الآن|حتى الآن))?|فائدت(?:ه|ها)(?:\s+النهائية)?\s+على)\s+"
                        r"(?:(?:بالأساس|أساسا|أساسًا|خاصة|بالخصوص|بشكل خاص|على وجه الخصوص|بالدرجة الأولى|أولا|تحديدا)\s+)?"
                        .translate(LETTERS))
# («وتستهدف أنشطته …»، «يخدمان الراغبين في الهجرة»، «على أن تعود فائدته النهائية على …»، «الذي سيستفيد منه 6500 عائد»؛
# «تستهدف بالأساس النساء»: how much, between the cue and the people; «ويهدف برنامج Y إلى إدماج
# الشباب العائدين» was tried: what a goal's verbal noun governs is as often no people, «دعم قدرات الجمعيات», and runs on
# past them, «تمكين النساء المهاجرات من الولوج»)
# … its words: a definite noun (or a number and a noun) and what goes on with it, up to a mark or a word that starts
# another phrase (a place, a time, a purpose, a relative)
# (a number makes a noun of any form people: «1200 مهاجر عائد»، «نحو 600 طفل وطفلة»)
_GROUP_WORDS = re.compile(r"(?:(?:(?:اكثر|ازيد|اقل)\s+من\s+|(?:حوالي|نحو|قرابه|ما يناهز|ما يقارب|ما يزيد (?:عن|علي)|ما يفوق)\s+)?[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?"
                          r"\s+(?:(?:الف|الاف)\s+)?(?!(?:مليون|ملايين|مليار|الف|الاف|(?:يورو|اورو|دولار|درهم|فرنك|دينار|جنيه|ريال)\S*|اوقيه|سنه|سنوات|عاما|اعوام"
                          r"|شهر|اشهر|شهرا|يوم|ايام|يوما|ساعه|ساعات|بالما?ءه|في)(?:\s|$))\w+"
                          r"|و?ال\w+|\w+ين|\w+ات)"
                          # (nor what the item is about: «دورة … لفائدة القضاة | حول الاتجار بالبشر»)
                          r"(?:\s+(?!(?:خلال|منذ|قصد|بهدف|من اجل|الذي|التي|و?ذلك|عبر|علي|الي|مع|حول|بشان)(?:\s|$))"
                          r"(?!ب(?:ال)?(?:مدن|مدين|جه|اقليم|منطق|مغرب))[^\s,.;:()«»\"]+){0,7}")
# «ويستهدف برنامج «أمان» الشباب …»، «ويستفيد من مشروع «Y» نحو 600 طفل»: the item right after the verb, its people after it
# a verb of serving (not «لفائدة»: for whom, of what the sentence is about), and the plans it may have as subject
# when the sentence names no programme or project
_SERVES = re.compile(r"(?:و|ف)?(?:س?[يت]ستهدف|استهدف(?:ت)?|[يت]خدم)")
_PLANNED = {"plan", "strategy", "policy"}
_ITEM_FOR_GROUP = re.compile(r"(?<!\S)(?:و|ف)?(?:س?[يت]ستهدف|استهدف(?:ت)?|(?:س?[يت]ستفيد|استفاد(?:ت)?)\s+من)\s+"
                             r"(?:(?:ال)?(?:مشروع|برنامج|مبادره|خطه)\s+(?=[«\"“]))?[«\"“]?")   # (a bare «البرنامج»: a referent)
# a preposition left at a group's end by the name after it (with the places' units: «للمهاجرين في مدن | X و Y»)
_DANGLING = re.compile(r"\s+(?:(?:في|من|الي|داخل|عبر)(?:\s+(?:ال)?" + _UNITS + r")?|ب(?:ال)?" + _UNITS + r")\s*\Z")
_ITEM_TAIL = re.compile(r"[\s»”\"]*(?:\([^()]{1,20}\)\s*)?(?:,[^,.;:]{1,80},\s*)?(?:(?:ايضا|كذلك|بدوره|بدورها)\s+)?")
_CLAUSE_VERB = re.compile(r"\s*[-–]?\s*(?:و|ف)?(\S+)\s+")  # the first word of a clause, a verb before its subject
_DAY_ASIDE = re.compile(r"\s*(?:يوم|امس|اليوم)?\s*" + WEEKDAYS + r"?\s*")
_BEFORE_SENTENCES = 2                         # a value may refer to what the sentences just before name
# A value noun with the pronoun of the item it is of: «تقدر كلفته الإجمالية بـ…»، «ميزانيتها»، «تنفيذه»
_OWN_VALUE = re.compile(r"(?:و|ف|ب|ل)?(?:كلفت|تكلفت|ميزانيت|قيمت|مدت|تمويل|تنفيذ|غلاف|انجاز)(ه|ها)")
_TIME_HEADS = {"يوم", "ايام"}                  # event heads only with their adjective (اليوم الدراسي)
_REFERENTS_PER_SENTENCE = 400                 # as mentions are read 400 a sentence: a hostile sentence stays linear
# Where a clause that goes on with another subject begins: a comma, then و or ف before a verb or «قد»:
# «…، وقد أُحدث صندوق …»، «…، ويهدف …»، «…، وأطلقت …» (not «، في إطار …»، «، فيما»، «، وذلك»، «، والمنظمة»)
_NEXT_CLAUSE = re.compile(r",\s*(?:و|ف)(?:قد\b|تم\b|[يتن](?!ما\b)\S{2,}|ا(?!ل)\S{2,})")
_VALUED = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}(?:ب|ل)?")   # at most three words between an item and its amount
_VALUED_REACH = 60                            # … in so many characters at most
_UNDER_IT = re.compile(r"(?<!\S)بموجب(?:ها|ه)(?!\S)")    # «اتفاقية … يمنح X بموجبها Y هبة قدرها …»
_UNDER_REACH = 60
# what may stand between an amount and its equivalent in another currency: «(حوالي …»، «، أي ما يقارب …»، «أو نحو …»
_EQUIVALENT_GAP = re.compile(r"[\s(،,–-]*(?:(?:اي|او|ما|يعادل|يوازي|يقارب|يناهز|حوالي|نحو|زهاء|قرابه|تقريبا)[\s(]*){0,3}")
_EQUIVALENT_REACH = 40
_BUDGET_NOUNS = {"ميزانيه", "ميزانيات"}       # «ميزانية X»: whose budget an amount is (not «حصة X»: a funder's share)
_LEAD_REACH = 250                             # characters between a dateline and the lead's event
_FRAMED_BY = re.compile(r"اطار\s+(?:ال)?(?:برنامج\s+|مشروع\s+|مبادره\s+|خطه\s+)?[«\"“]?\s*\Z")     # «في إطار (برنامج) «Y»»
_TO_COME = re.compile(r"(?:المقرر|المرتقب|المقبل|القادم|سيتم|سينظم|ستنظم|سيعقد|ستعقد|سينعقد|ستنعقد|سيجري|ستجري|سيقام|ستقام)")
# … and only planned, not yet settled: «يرتقب / ينتظر / يتوقع أن تحتضن …»، «على أن تستضيف …» (a host announced for a
# date, «ستحتضن تونس المؤتمر في سبتمبر المقبل», hosts)
_ONLY_PLANNED = re.compile(r"(?<!\S)(?:" + _EXPECTING + "|" + _EXPECTED_BY + r"|علي)\s+ان\s+\Z")
# … and a verb of hosting in the future before it («ستحتضن الجهة … الملتقى»، «التي ستستضيفها مراكش»)
_WILL_HOST = re.compile(r"(?<!\S)(?:و|ف)?س[تي](?:حتضن|ستضيف|شهد)")
_TO_COME_REACH = 60                 # characters before an event (in its sentence) where it is said to be still to come


# «وكان المجلس قد صادق، خلال دورة استثنائية …»، «يذكر أن …»: what happened before the event reported, told as background
_BACKGROUND_REACH = 120      # characters before an event (in its sentence) where it is told as background
_HAD_BEFORE = re.compile(r"(?<!\S)(?:و)?(?:كان|كانت)\s+(?:\S+\s+){0,6}?قد\s|(?<!\S)(?:و)?(?:يذكر|يشار|سبق)\s")


def _told_before(text: Text, event: Mention) -> bool:
    """Whether the sentence names ``event`` as background, before the event the document reports (``_HAD_BEFORE``)."""
    lead = max(0, event.start - _BACKGROUND_REACH)
    return _HAD_BEFORE.search(text.norm, text.norm.rfind(".", lead, event.start) + 1 or lead, event.start) is not None


def _to_come(text: Text, event: Mention) -> bool:
    """An event still to be held: «المقرر / المرتقب / المقبل …» or a future verb of holding or hosting near it, in its
    sentence («ستحتضن في شهر نونبر المقبل النسخة الثانية من «الملتقى …»»، «المؤتمر المرتقب انعقاده بالدوحة»)."""
    norm = text.norm
    start = max(event.start - _TO_COME_REACH, norm.rfind(".", max(0, event.start - _TO_COME_REACH), event.start) + 1)
    stop = norm.find(".", event.end, event.end + 40)
    stop = stop if stop >= 0 else min(event.end + 40, len(norm))
    return _TO_COME.search(norm, start, stop) is not None or _WILL_HOST.search(norm, start, event.start) is not None \
        or _LATER.search(norm, event.start, event.end) is not None and _PUT_OFF.search(norm, max(0, event.start - 8),
                                                                                      event.start) is not None


_LATER = re.compile(r"\s(?:ال)?لاحق(?:ه)?\Z")     # «إلى اجتماع لاحق»، «إلى دورة لاحقة»: put off to a later one (not
_PUT_OFF = re.compile(r"(?<!\S)(?:الي|حتي)\s+\Z")  # «وفي دورة لاحقة، ترأس …»: a later one that took place)
_OWNER_REACH = 120                            # characters between «ميزانية X» and the amount it reaches


def attach(text: Text, mentions: list[Mention], facts: list[Fact], amounts: list[FoundAmount],
           dates: list[FoundDate]) -> tuple[list[Attached], list[Group]]:
    """Every amount and date on its subject: an amount on the funding tie that states it (a joint amount
    stays with the first funder, as ``find`` gives it) or right after the tie's own amount in another
    currency (an equivalent), else as the budget of the item it follows in a few words («اتفاق منحة بقيمة …»),
    of the body a budget noun names («ميزانية الوزارة … إلى …»), or of the nearest programme, project, fund or
    event of its sentence or the sentences just before; a date on the nearest item of the kind its cue names
    (signed → an agreement, launched → a programme …), a dateline's on the lead's event, a range as a start
    and an end. "Nearest" counts an item named again («المشروع»، «كلفته») where it is named again, and not
    past the end of the value's clause after it. And, on the same reading of the document's topic, who each
    item is for (``Group``)."""
    sentences = text.sentences
    starts = [s for s, _ in sentences]
    fact_starts = [f.start for f in facts]   # facts are sorted by start (_unique)
    topic = _Topic(text)
    out: list[Attached] = []
    values: list[FoundAmount | FoundDate] = sorted([*amounts, *dates], key=lambda v: v.start)
    last: Attached | None = None               # the amount attached last, whose equivalent may follow
    groups: list[Group] = []
    token_starts = [t.start for t in text.tokens]
    mention_starts = [m.start for m in mentions]
    v_i = m_i = 0
    window: list[list[Mention]] = []          # the mentions of this sentence and the ones before
    card: Mention | None = None                 # the item of the fact sheet's card (``_Sentence.labels``)
    for n, (s, e) in enumerate(sentences):
        while m_i < len(mentions) and mentions[m_i].end <= s:
            m_i += 1
        inside = _in_sentence(mentions, mention_starts, m_i, s, e)
        card = _card(text, s, inside, card)
        if card is not None and _line_start(text, s) and (served := _SERVED_LABEL.match(text.norm, s, e)) is not None \
                and not any(m.start >= served.end() and m.kind == "organization" for m in inside):
            # «المستفيدون: 1200 مهاجر ومهاجرة …»، «الفئة المستهدفة: …»: the line after the label (no body: a body served
            # is a partner or a beneficiary the other rules read)
            end = _past(_LINE_TEXT, text.norm, served.end())
            if end - served.end() >= 4:
                groups.append(Group(_subject(card), served.end(), end, s, "target:label", 0.5))
        window = [*window[-_BEFORE_SENTENCES:], _with_referents(text, topic, s, e, inside)]
        breaks = [b.span() for b in _NEXT_CLAUSE.finditer(text.norm, s, e)]   # once a sentence: linear
        while v_i < len(values) and values[v_i].start < s:
            v_i += 1
        while v_i < len(values) and values[v_i].start < e:
            value = values[v_i]
            v_i += 1
            if isinstance(value, FoundAmount):
                found = _equivalent(text, value, last) or _attach_amount(text, value, window, breaks, facts, fact_starts,
                                                                           topic, starts, n)
                last = found[-1] if found else None
            else:
                found = _attach_date(text, value, window, breaks, topic, s, e)
            out += found
        if _FOR_GROUP.search(text.norm, s, e) or _ITEM_FOR_GROUP.search(text.norm, s, e) \
                or any(w in text.norm[s:e] for w in _PEOPLE_GET_NEEDS) and _PEOPLE_GET.search(text.norm, s, e):
            groups += _target_groups(text, s, e, [m for m in window[-1] if m.rule != "counted"], topic, token_starts)
        topic.read(s, e, inside)
    return _own_days_first(out, topic.key), groups


_DAY_PROPS = {"startDate", "endDate", "dateSigned"}


def _own_days_first(attached: list[Attached], key: Callable[[Mention], str]) -> list[Attached]:
    """Without the dateline's day on an item the text gives a day of its own («نيامي، 11 دجنبر – اختتمت أشغال
    المؤتمر … يومي 10 و11 دجنبر»، «داكار، 4 أبريل – أبرمت X، أمس الاثنين، اتفاقا»): the report's day is not the item's
    (``key``: which item a mention names, ``_Topic.key``)."""
    own = {key(a.subject) for a in attached if a.subject is not None and a.prop in _DAY_PROPS
           and not a.rule.startswith("date:dateline") and isinstance(a.value, FoundDate) and len(a.value.value) == 10}
    return [a for a in attached if not (a.rule.startswith("date:dateline") and a.subject is not None
                                        and a.prop in _DAY_PROPS and key(a.subject) in own)]


@dataclass(frozen=True)
class Group:
    """The people an item is for, as the text words them («لفائدة المهاجرين العائدين»): ``subject``'s
    mg:targetGroup, the words [``start``, ``end``), stated by the quote [``quote_start``, ``end``)."""
    subject: Mention
    start: int
    end: int
    quote_start: int
    rule: str
    confidence: float


def _target_groups(text: Text, s: int, e: int, inside: list[Mention], topic: _Topic, token_starts: list[int]) -> list[Group]:
    """Who a programme, project or event is for, as the text words them: the words after «لفائدة / لصالح /
    يستهدف / موجه إلى» up to the end of their phrase (a comma, a preposition of place or time, a relative),
    eight words at most (the countries they come from with them: «العائدين من ليبيا وإيطاليا وأسرهم»), the first a
    definite noun or a number; of the sentence's first programme or project before
    the cue, else its last event before it, else the document's topic programme or project. Not when the words
    begin a name (a body or a place is a beneficiary, ``_Sentence.targeted``) or name an item again."""
    out: list[Group] = []
    starts = [m.start for m in inside]
    for n, cue in enumerate(_FOR_GROUP.finditer(text.norm, s, e)):
        if n >= _TRIGGERS_PER_SENTENCE:
            break
        words = _GROUP_WORDS.match(text.norm, cue.end(), e)
        if words is None or any(m.start <= cue.end() < m.end for m in inside):
            continue
        end = cue.end() + len(words.group(0).rstrip())
        k = bisect_left(starts, cue.end())
        origin = k < len(inside) and text.norm.endswith("من ", cue.end(), inside[k].start)
        while origin and k < len(inside) and inside[k].start < end and inside[k].kind == "country" \
                and (text.norm.endswith("من ", cue.end(), inside[k].start) or not text.norm[inside[k - 1].end:inside[k].start].strip()):
            k += 1                       # where they come from is theirs: «العائدين من ليبيا وإيطاليا»
        if k < len(inside) and inside[k].start < end and inside[k].kind != "area":
            end = inside[k].start        # up to a name in it: «لفائدة المهاجرين بجهة الشرق»
            if (dangling := _DANGLING.search(text.norm, cue.end(), end)) is not None:
                end = dangling.start()   # (and the word that leads to it: «6500 عائد في | كوت ديفوار»)
        first = bisect_left(token_starts, cue.end())
        if end - cue.end() < 4 or first < len(text.tokens) and REFERRING.get(text.tokens[first].key) is not None:
            continue            # «لفائدة الاستراتيجية»: an item named again, not people
        # the sentence's first programme or project (what it is about: «أرست … مشروعا مشتركا …، ويروم مساندة برنامج
        # المفوضية … لفائدة اللاجئين» is the project's, as ``_Sentence.targeted`` reads it), else the event before;
        # else, at a lower confidence, the document's topic programme or project
        before = [m for m in inside if m.end <= cue.start()]
        item = next((m for m in before if _is(m, {"programme", "project"})), None) \
            or next((m for m in reversed(before) if _is(m, ACTIVITIES)), None)
        last = next((m for m in reversed(before) if _is(m, ITEMS)), None)
        if last is not None and last.kind in _PLANNED and _SERVES.match(text.norm, cue.start()) \
                and not any(_is(m, {"programme", "project"}) for m in before) \
                and not _FRAMED_BY.search(text.norm, max(0, last.start - 25), last.start) \
                and not text.norm.endswith("تنفيذ ", 0, last.start):
            item = last     # «اعتمد الاجتماع خطة عمل …، وتستهدف الشباب»: the verb's subject, the plan named last (not
                            # one the item is framed by: «في إطار تنفيذ الاستراتيجية الوطنية …، ويستهدف …»)
        if item is not None:
            out.append(Group(_subject(item), cue.end(), end, cue.start(), "target:for-group", 0.5))
        elif (item := topic.best({"programme", "project"})) is not None:
            out.append(Group(item, cue.end(), end, cue.start(), "target:topic-for-group", 0.4))
    for n, cue in enumerate(_ITEM_FOR_GROUP.finditer(text.norm, s, e)):
        k = bisect_left(starts, cue.end())
        if n >= _TRIGGERS_PER_SENTENCE:
            break
        item = inside[k] if k < len(inside) and inside[k].start == cue.end() else None
        if item is not None and _is(item, {"programme", "project"} | _PLANNED):
            named_end = item.end    # («وتستهدف خطة الاستجابة … اللاجئين»: a plan or strategy, the verb's subject)
        elif item is None and (bare := _BARE_ITEM.match(text.norm, cue.end(), e)) is not None:
            # «ويستهدف البرنامج 15 ألف شاب»: the item named again, the last of the sentence before it, else the
            # document's (a referent the sentence carries is the item before: «وسيستفيد من المشروع، الذي …، حوالي …»)
            item = next((m for m in reversed(inside) if m.end <= cue.start() and _is(m, {"programme", "project"})),
                        None) or topic.best({"programme", "project"})
            named_end = bare.end()
        else:
            continue
        tail = _ITEM_TAIL.match(text.norm, named_end, e)
        at = tail.end() if tail is not None else named_end
        words = _GROUP_WORDS.match(text.norm, at, e)
        end = at + len(words.group(0).rstrip()) if words is not None else at
        named = next((m for m in inside if at <= m.start < end), None)
        if named is not None and (dangling := _DANGLING.search(text.norm, at, named.start)) is not None:
            end = dangling.start()      # «15 ألف شاب | في نواكشوط»: up to where they are
        elif named is not None:
            continue            # (a body or a place is a beneficiary, ``_Sentence.targeted``)
        elif (dangling := _DANGLING.search(text.norm, at, end)) is not None \
                and any(0 <= m.start - end <= 2 for m in inside):
            end = dangling.start()      # (where they are, its names past the words: «… في محافظات | X و Y»)
        if item is None or words is None or end - at < 4:
            continue
        out.append(Group(_subject(item), at, end, cue.start(), "target:item-for-group", 0.5))
    for n, cue in enumerate(_PEOPLE_GET.finditer(text.norm, s, e)):
        # «فيما استفاد 3.400 طفل لاجئ من برنامج «الإدماج المدرسي»»: the people first, then what they get it from
        if n >= _TRIGGERS_PER_SENTENCE:
            break
        if _GROUP_WORDS.match(text.norm, cue.end(), e) is None:
            continue
        reach = _CLAUSE_END.search(text.norm, cue.end(), min(e, cue.end() + _PEOPLE_REACH))
        for then in _PEOPLE_FROM.finditer(text.norm, cue.end(), reach.start() if reach else min(e, cue.end() + _PEOPLE_REACH)):
            item = _named_at(text, inside, starts, then.end())
            if item is not None and _is(item, {"programme", "project"}):
                out.append(Group(_subject(item), cue.end(), then.start(), cue.start(), "target:people-get", 0.5))
                break
    return out


# «استفاد 3.400 طفل لاجئ من برنامج …»: the verb, then its people (``_GROUP_WORDS``), then «من» and the item
_PEOPLE_GET = re.compile(r"(?<!\S)(?:و|ف)?(?:فيما\s+|كما\s+)?(?:س?[يت]ستفيد|استفاد(?:ت)?)\s+(?!من\s)")
_PEOPLE_GET_NEEDS = required(_PEOPLE_GET)
_PEOPLE_FROM = re.compile(r"\s+من\s+")
_PEOPLE_REACH = 80


# a programme or project named again by its bare head noun («ويستهدف البرنامج 15 ألف شاب»)
_BARE_ITEM = re.compile(r"ال(?:مشروع|برنامج|مبادره)\s+")


def _with_referents(text: Text, topic: _Topic, start: int, end: int, inside: list[Mention]) -> list[Mention]:
    """The mentions of a sentence with what refers back to an item in it, where a value may be of that
    item: a bare «المشروع», «هذه الاتفاقية» (the item of that kind named last before it in the sentence,
    else the topic's), a value noun with a pronoun, «كلفته» (the activity named last, else the topic's).
    A referent is a mention of its item's kind at the referring word, with the item as its one part
    (``_subject`` reads it back)."""
    tokens = text.tokens
    named = covered(inside)
    referents: list[Mention] = []
    for i in range(bisect_left(topic.starts, start), bisect_left(topic.starts, end)):
        token = tokens[i]
        if i in named:
            continue
        if len(referents) == _REFERENTS_PER_SENTENCE:
            break
        own = _OWN_VALUE.fullmatch(token.text)
        kind = _names_again(tokens, i) if token.key not in _TIME_HEADS else None   # «اليوم»: today
        if own:
            kinds = ACTIVITIES if own[1] == "ه" else ITEMS
        elif kind:
            kinds = {kind}
            if i >= 2 and tokens[i - 1].text == "من" and any(m.last == i - 1 and m.kind in _PARTS_OF for m in inside):
                continue    # «المرحلة الأولى من البرنامج»: what the phase is of, where a value is the phase's
        else:
            continue
        # (a masculine noun read again before a masculine pronoun counts: «أهمية هذا المشروع الذي تبلغ ميزانيته …» is
        # the project's budget; «بالمرحلة الثانية من المشروع كلفتها» the phase's)
        named_before = next((m for m in reversed(inside) if m.end <= token.start and _is(m, kinds)), None)
        again = next((r for r in referents[-1:] if own and own[1] == "ه" and _is(r, kinds)
                      and not text.quote(r.start, r.end).endswith("ة")), None)
        if again is not None and (named_before is None or again.start > named_before.start):
            named_before = again.parts[0]
        item = named_before or topic.best(kinds)
        if item is not None:
            referents.append(replace(item, start=token.start, end=token.end, rule="referent", first=i, last=i + 1,
                                     parts=(item,)))
    return sorted([*inside, *referents], key=lambda m: m.start) if referents else inside


def _subject(m: Mention) -> Mention:
    """The item a mention or referent (``_with_referents``) stands for."""
    return m.parts[0] if m.rule == "referent" else m


def _nearest(breaks: list[tuple[int, int]], value, window: list[list[Mention]], kinds: set[str]) -> tuple[Mention | None, bool]:
    """The mention (or referent) of ``kinds`` nearest the value in its sentence (before it first; after
    it only in its clause), else the last one of the sentences before; ``True`` when it is in the
    value's sentence."""
    here = [m for m in window[-1] if _is(m, kinds)]
    before = [m for m in here if m.end <= value.start]
    k = bisect_left(breaks, (value.end, value.end))   # where the value's clause ends (``breaks``: the sentence's)
    after = [m for m in here if m.start >= value.end and (k == len(breaks) or m.start < breaks[k][1])]
    if before or after:
        # before the value, unless what follows is much closer (رصد 5 ملايين يورو لمشروع X)
        b = before[-1] if before else None
        a = after[0] if after else None
        if b is None or a is not None and a.start - value.end < (value.start - b.end) / 3:
            return a, True
        return b, True
    for sentence in reversed(window[:-1]):
        earlier = [m for m in sentence if _is(m, kinds)]
        if earlier:
            return earlier[-1], False
    return None, False


def _quote(value, subject: Mention | None, here: bool) -> tuple[int, int]:
    if subject is None or not here:
        return value.start, value.end
    return min(value.start, subject.start), max(value.end, subject.end)


def _budget_owner(text: Text, a: FoundAmount, sentence: list[Mention]) -> Mention | None:
    """Whose budget an amount is when the sentence says so: «تصل ميزانية الوزارة … إلى 437 مليون درهم» (an
    organization too, which has no budget otherwise): the last name before the amount, places aside, when
    a budget noun governs it."""
    m = next((m for m in reversed(sentence) if m.end <= a.start and m.kind not in PLACE_KINDS), None)
    if m is None or m.first == 0 or a.start - m.end > _OWNER_REACH:
        return None
    noun = text.tokens[m.first - 1]
    owned = noun.key in _BUDGET_NOUNS and not noun.definite and not text.norm[noun.end:m.start].strip()
    return m if owned else None


# «منحا قد تصل إلى 30 ألف درهم لكل مستفيد»، «150 دولارا شهريا لكل أسرة»، «بأسعار لا تتجاوز 250 يورو للرحلة»: an amount
# for each one
_PER_HEAD = re.compile(r"\s*(?:(?:شهريا|سنويا|يوميا|اسبوعيا)(?=[\s,.;:]|\Z)\s*)?(?:لكل|للفرد|للشخص|للاسره|للواحد|عن كل|للرحله|للتذكره)(?=[\s,.;:]|\Z)"
                       r"|\s*(?:شهريا|يوميا|اسبوعيا)(?=[\s,.;:]|\Z)")     # (not «سنويا»: a budget is as often a year's)
# «قروض لم تتجاوز قيمة الواحد منها 200 ألف أوقية»، «تصل المنحة الفردية إلى 500 دولار»، «يواجه عجزا في التمويل يقدر بـ
# 5 ملايين دولار»: one's share, or a funding gap; «يتقاضى العامل أجرا يوميا قدره 17 دينارا»، «أجورهم البالغة …»: a wage
# received or someone's (not «لدعم رواتب المعلمين بقيمة …»: what a programme pays for)
_SHARE_OR_GAP = re.compile(r"(?:(?<!\S)الواحد من(?:ها|ه|هم)|(?<!\S)(?:ال)?فردي(?:ه)?|(?<!\S)(?:[تي]تقاض\S*|(?:ب|و)?(?:ال)?(?:اجر|اجور|راتب|رواتب)(?:ا|ه|ها|هم|هن))(?!\S)|(?<!\S)(?:ال)?(?:عجز|خصاص|فجوه|نقص)\S*\s+(?:في\s+)?"
                           r"(?:ال)?تمويل\S*|(?<!\S)(?:ال)?فجوه\s+(?:ال)?تمويليه)[^,.;:]{0,30}\Z")


def _attach_amount(text: Text, a: FoundAmount, window, breaks: list[tuple[int, int]], facts: list[Fact], fact_starts: list[int],
                   topic: _Topic, starts: list[int], n: int) -> list[Attached]:
    first = starts[max(0, n - _BEFORE_SENTENCES)]
    lo, hi = bisect_left(fact_starts, first), bisect_left(fact_starts, a.end + 200)
    ties = [(i, facts[i]) for i in range(lo, min(hi, lo + 50)) if facts[i].kind == "funding"]
    own = [(i, f) for i, f in ties if f.start <= a.start and a.end <= f.end and f.amount is not None
           and (f.amount.value, f.amount.currency) == (a.value, a.currency)]
    if own:  # the tie's own amount, already on it (a joint amount stays with the first funder)
        i, f = own[0]
        tie = [Attached(a, "amount", None, i, f.start, f.end, f.rule, f.confidence)]
        # «اتفاقية تمويل يمنح الاتحاد بموجبها البلاد هبة قدرها …»: what is given under an agreement is its value too
        under = _UNDER_IT.search(text.norm, max(0, a.start - _UNDER_REACH), a.start)
        at = under.start() if under is not None else -1
        deal = next((m for m in reversed(window[-1]) if m.end <= at and m.kind in ("agreement", "framework")), None)
        if deal is not None and at - deal.end <= _UNDER_REACH:
            tie.append(Attached(a, "budget", _subject(deal), None, deal.start, a.end, "amount:under-agreement", 0.55))
        return tie
    if _PER_HEAD.match(text.norm, a.end) or _SHARE_OR_GAP.search(text.norm, max(0, a.start - 60), a.start):
        return []   # what each one gets, or what is missing, is no item's budget
    # the value of what it follows in a few words: «اتفاق منحة بقيمة تسعة ملايين دولار»، «قرض بمبلغ …»
    # (or what names its sum inside its name: «اتفاقية بقيمة 4,2 ملايين دولار لدعم …», ``mentions._priced_for``)
    item = next((m for m in reversed(window[-1]) if _is(m, ITEMS | {"fund"})
                 and (m.end <= a.start or m.kind == "agreement" and m.start < a.start and a.end <= m.end)), None)
    valued = item is not None and (a.end <= item.end or a.start - item.end <= _VALUED_REACH
                                   and _VALUED.fullmatch(text.norm, item.end, a.start) is not None)
    if not valued:
        item = _budget_owner(text, a, window[-1])
        valued = item is not None
    subject, here = (item, True) if valued else _nearest(breaks, a, window, ACTIVITIES | {"fund"})
    if not here and _summed(text, a, starts[n]):
        return []
    if not valued and subject is not None and here \
            and _FRAMED_BY.search(text.norm, max(0, subject.start - 25), subject.start):
        # «مشروع «فرص» … الممول في إطار المبادرة الوطنية …، بكلفة إجمالية تبلغ …»: the cost of what the frame frames
        subject = next((m for m in reversed(window[-1]) if m.end <= subject.start and _is(m, ACTIVITIES - {"event"})),
                       subject)
    if subject is None:
        subject, here = _nearest(breaks, a, window, FUNDABLE)
    confidence = 0.6 if here else 0.5
    if subject is None:
        subject, confidence = topic.best(ACTIVITIES | {"fund"}), 0.4
    if subject is None:
        return []
    start, end = _quote(a, subject, here)
    return [Attached(a, "budget", _subject(subject), None, start, end, "amount:budget-of-item", confidence)]


# what a sum pays for, right after it («… بقيمة 350 ألف يورو لتغطية تكاليف سفر الوفود وإقامتها»), when its words are a
# meeting's costs: its delegates, its participants, the meeting itself
_PURPOSE = re.compile(r"\s*,?\s*(?:وذلك\s+)?ل(?:تغطيه|تمويل|سداد|تسديد|دفع)(?=\s)")
_EVENT_COSTS = re.compile(r"(?<!\S)[وف]?(?:لل|بال|ال|ل|ب)?(?:وفود|مشاركين|مدعوين|ضيوف|اجتماع|ورشه|مءتمر|ندوه|ملتقي|منتدي|لقاء)"
                          r"(?=[\s,.;:]|\Z)")
# «قدمت بلاده منذ 2018 ما مجموعه 12 مليون دولار»: a sum over years, no one item's budget
_SUMMED = re.compile(r"(?:ما|بما)\s+مجموعه|في\s+المجموع|منذ\s+(?:سنه\s+|عام\s+)?\d")


def _summed(text: Text, a: FoundAmount, sentence_start: int) -> bool:
    """Whether an amount in a sentence that names no item is a sum over years, no budget of an item named before:
    «وأضاف السفير أن بلاده قدمت منذ 2018 ما مجموعه 12 مليون دولار»."""
    return _SUMMED.search(text.norm, max(sentence_start, a.start - 60), a.start) is not None


def _during_event(text: Text, d: FoundDate, sentence: list[Mention]) -> Mention | None:
    """The event that «وذلك خلال/بمناسبة/على هامش» names after a date in its sentence, not one to come."""
    during = _THAT_DURING.search(text.norm, d.end, min(d.end + _DURING_REACH, len(text.norm)))
    if during is None:
        return None
    event = next((m for m in sentence if m.start >= during.end()), None)
    if event is None or event.start != during.end() or event.kind != "event" or event.rule == "referent" \
            or _TO_COME.search(text.norm, event.end, min(event.end + 40, len(text.norm))):
        return None
    return event


def _of_a_body(text: Text, d: FoundDate, sentence: list[Mention]) -> bool:
    """Whether the date's clause is «BODY VERB (منذ / حتى) DATE»: a body, then one word, then the date's cue; or a body
    that does something since then, the last name before the date but places, with no item noun between («وقد رافقت
    الجمعية أزيد من 4000 مهاجر منذ سنة 2014»، «وتشتغل الجمعية في المملكة منذ 2012»: since when it works)."""
    body = next((m for m in reversed(sentence) if m.end <= d.start and m.kind not in PLACE_KINDS), None)
    if body is None or body.kind != "organization":
        return False
    if _BODY_VERB_CUE.fullmatch(text.norm, body.end, d.start) is not None:
        return True
    doing = _BODY_DOING.fullmatch(text.norm, body.end, d.start)
    return doing is not None and not _ITEM_NOUN.search(doing.group(0))


def _opening_verb(text: Text, d: FoundDate, sentence: list[Mention], s: int) -> tuple[Mention, str] | None:
    """The item a date is of when its clause opens with a verb of its role and the item is that verb's subject,
    however long the subject goes on before the date: «وانطلقت سلسلة الورشات التي نظمتها X و Y في يناير 2021»
    (the series' start, though a workshop named right after the date is nearer)."""
    verb = _CLAUSE_VERB.match(text.norm, _clause_start(text, s, d.start), d.start)
    cue = _verb_cue(verb.group(1)) if verb is not None else None
    if verb is None or cue is None:
        return None
    prop, kinds = cue
    item = next((m for m in sentence if m.start >= verb.end()), None)
    if item is not None and item.end <= d.start and item.start - verb.end() <= 1 and _is(item, kinds):
        return item, prop
    return None


def _clause_start(text: Text, s: int, pos: int) -> int:
    """Where the clause of ``pos`` begins in its sentence starting at ``s``: after the last comma, semicolon or colon."""
    clause = text.norm[s:pos]
    return s + max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1


def _verb_cue(word: str) -> tuple[str, set[str]] | None:
    """The date role (and the kinds of item it is of) of a verb of time, the cue and at most one letter more
    («انطلقت»، «اعتمدت»); not «entry into force», which is a phrase, not a verb."""
    for pattern, prop, kinds in _DATE_CUES:
        if (cue := pattern.match(word)) and len(word) - cue.end() <= 1 and prop != "dateInForce":
            return prop, kinds
    return None


def _verb_after(text: Text, d: FoundDate, sentence: list[Mention], s: int) -> tuple[Mention, str] | None:
    """The item of the verb of time that a date opening its clause comes before: «وفي 18 دجنبر 2018، اعتمدت الجمعية
    العامة الميثاق العالمي» (the compact's adoption), the first item of the verb's kind in its clause."""
    if not _DATE_OPENS.fullmatch(text.norm, _clause_start(text, s, d.start), d.start):
        return None
    verb = _VERB_NEXT.match(text.norm, d.end, min(d.end + 40, len(text.norm)))
    cue = _verb_cue(verb.group(1)) if verb is not None else None
    if verb is None or cue is None:
        return None
    prop, kinds = cue
    item = next((m for m in sentence if m.start >= verb.end() and _is(m, kinds)), None)
    if item is not None and item.start <= verb.end() + _VERB_OBJECT_REACH \
            and not _CLAUSE_END.search(text.norm, verb.end(), item.start):
        return item, prop
    return None


def _equivalent(text: Text, a: FoundAmount, last: Attached | None) -> list[Attached]:
    """An amount in another currency right after the one attached last is its equivalent, of the same
    subject: «قرض بقيمة ٢٠٠ مليون دولار (حوالي ١,٨ مليار درهم)»، «1.830.000 يورو، أي ما يقارب 20 مليون درهم»."""
    if last is None or not isinstance(last.value, FoundAmount) or last.value.currency == a.currency \
            or not 0 <= a.start - last.value.end <= _EQUIVALENT_REACH \
            or not _EQUIVALENT_GAP.fullmatch(text.norm, last.value.end, a.start):
        return []
    rule = "amount:funding-tie" if last.fact is not None else "amount:equivalent"
    return [replace(last, value=a, start=min(last.start, a.start), end=max(last.end, a.end), rule=rule,
                    confidence=round(last.confidence * 0.8, 2))]


def _signed_at(text: Text, event: Mention, sentence: list[Mention]) -> Mention | None:
    """The agreement a signing ceremony is named for, right after it: «حفل توقيع | اتفاقية شراكة …»."""
    if _SIGNING not in text.norm[event.start:event.end]:
        return None
    after = next((m for m in sentence if m.start >= event.end), None)
    return after if after is not None and after.kind in _AGREEMENT_KINDS \
        and _CEREMONY_GAP.fullmatch(text.norm, event.end, after.start) else None


_SIGNING = "توقيع"
_CEREMONY_GAP = re.compile(r"\s*(?:علي\s+)?")


def _signed_in_lead(text: Text, d: FoundDate, sentence: list[Mention]) -> Mention | None:
    """The agreement the lead after a dateline says was signed: the first one within reach, a signing word
    between the dateline and it, and nothing to come."""
    agreement = next((m for m in sentence if m.start >= d.end and m.kind in _AGREEMENT_KINDS), None)
    if agreement is None or agreement.start - d.end > _LEAD_REACH or not _SIGNING_WORD.search(text.norm, d.end, agreement.start) \
            or _TO_COME.search(text.norm, d.end, agreement.end):
        return None
    return agreement


# a word, then a bare year: «رؤية 2030»، «مرحبا 2018» (not after a preposition or a word of time, «سنة 2018»، «صيف 2019»)
_NAMED_YEAR = re.compile(r"(?<!\S)[^\W\d_]{2,} \Z")
_TIME_WORDS = {w.translate(LETTERS) for w in (
    "في", "منذ", "خلال", "سنة", "عام", "لسنة", "لعام", "بسنة", "بعام", "حتى", "إلى", "الى", "بين", "من", "قبل", "بعد",
    "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "منتصف", "حدود", "أفق", "صيف", "خريف", "ربيع", "شتاء", "الفترة", "الموسم",
    "العام", "السنة", "سنوات", "موسم", "فترة", "غاية", "برسم", "لموسم", "وفي", "ومنذ", "وخلال", "عن", "على")}


def _attach_date(text: Text, d: FoundDate, window, breaks: list[tuple[int, int]], topic: _Topic, s: int,
                 e: int) -> list[Attached]:
    if d.end_value is None and (named := _NAMED_YEAR.search(text.norm, max(s, d.start - 30), d.start)) \
            and named.group(0).strip() not in _TIME_WORDS and len(d.value) == d.end - d.start == 4:
        # «رؤية 2030»، «جمعية … عين غزال 2000»، «مرحبا 2018»: a bare year right after a word is part of what that word
        # ends (an edition, a horizon, a founding year), not a date of the item nearby
        owner = next((m for m in window[-1] if m.start < d.start and d.start - 1 <= m.end <= d.end), None)
        if owner is None or owner.kind not in _DATED:
            return []
        return [Attached(d, "attestedOn", _subject(owner), None, owner.start, d.end, "date:named-year", 0.5)]
    clause = text.norm[max(s, d.start - _CUE_WINDOW):d.start]
    cut = max(clause.rfind(","), clause.rfind(";"))
    # (not at the comma that opens an aside of when, «وقعت X و Y، يوم الأربعاء 3 أبريل 2024، اتفاقا»: the verb's)
    clause = clause[cut + 1:] if cut >= 0 and len(clause) - cut > 12 and not _DAY_ASIDE.fullmatch(clause, cut + 1) \
        else clause
    prop, kinds, rule = None, _DATED, "date:nearest-item"
    # the cue nearest the date names its role: «الذي انطلق سنة 2019 ويمتد إلى غاية 2022» (2022: the end)
    nearest = -1
    for pattern, cue_prop, cue_kinds in _DATE_CUES:
        cue = max(pattern.finditer(clause), key=lambda m: m.end(), default=None)
        if cue is not None and cue.end() > nearest:
            nearest, prop, kinds, rule = cue.end(), cue_prop, cue_kinds, f"date:{cue_prop}"
    opening = None
    if prop is None and not d.dateline:
        opening = _opening_verb(text, d, window[-1], s) or _verb_after(text, d, window[-1], s)
        if opening is not None:
            prop, rule = opening[1], f"date:{opening[1]}"
    # a dateline's date is the day of the lead's event: «القاهرة، ٢٥ تموز ٢٠١٦ – أطلقت … وأعلنت خلال احتفال رسمي»
    # (near, and not one the lead says is to come: «… خلال المؤتمر المقرر في نونبر المقبل»)
    # (an event, not a day the lead commemorates when it names one besides: «بمناسبة اليوم العالمي للاجئين، ندوة»)
    events = [m for m in window[-1] if m.start >= d.end and m.kind == "event"] if d.dateline else []
    lead = next(iter(uncommemorated(text, events)), None)
    if lead is not None and (lead.start - d.end > _LEAD_REACH
                             or _TO_COME.search(text.norm, d.end, min(lead.end + 40, len(text.norm)))):
        lead = None
    if lead is not None:
        prop, rule = None, "date:dateline"
    elif d.dateline and (lead := _signed_in_lead(text, d, window[-1])) is not None:
        # «عمّان، 3 آذار/مارس 2023 – وقّعت X و Y، اليوم الخميس، مذكرة تفاهم»: the day the lead's agreement was signed
        prop, rule = "dateSigned", "date:dateline-signed"
    subject, here = (lead, True) if lead else (opening[0], True) if opening else _nearest(breaks, d, window, kinds)
    come = _TO_COME.search(clause) if prop is None and lead is None else None
    if come is not None and subject is not None and subject.end <= d.start - len(clause) + come.start():
        return []               # «وأوصى المشاركون بعقد الدورة المقبلة بالرباط سنة 2024»: a day to come of something
                                # else than the item named before it
    if subject is not None and not here and prop in ("startDate", "endDate") and _of_a_body(text, d, window[-1]):
        return []               # «أن الجمعية تعمل منذ 2005»: since when a body does something, not an item's start
    if prop is None and lead is None and len(d.value) == 10 and d.end_value is None and subject is not None \
            and subject.kind != "event":
        # a day with no cue is the day of what happens: «عقدت اللجنة اجتماعها الأول برسم العملية الثانية …، وذلك يوم
        # الأربعاء 22 نونبر» (the meeting's, not the operation's, though that was named last)
        event, _ = _nearest(breaks, d, window[-1:], {"event"})
        if event is not None and not _TO_COME.search(text.norm, event.end, min(event.end + 40, len(text.norm))) \
                and not _DURING_BEFORE.search(text.norm, max(0, event.start - 40), event.start):
            subject, here = event, True     # (not the occasion of what the sentence tells: ``_during_event``)
    # «القانون رقم 2010-021 الصادر في 10 فبراير 2010 والمتعلق بـ…»: a date inside an item's name is its own
    inner = next((m for m in window[-1] if m.start < d.start and d.end <= m.end and m.kind in _DATED), None)
    if inner is not None:
        subject, here = inner, True
    if subject is None and prop is not None:  # a cue with nothing of its kind: the nearest item after all
        prop, (subject, here) = None, _nearest(breaks, d, window, _DATED)
        rule = "date:nearest-item"
    confidence = (0.7 if prop else 0.5) if here else (0.55 if prop else 0.4)
    if subject is None:
        subject, confidence = topic.best(_DATED), 0.35
    if subject is None:
        return []
    start, end = _quote(d, subject, here)
    subject = _subject(subject)
    end_value = d.end_value
    if prop is None or d.end_value is not None and prop not in ("startDate", "endDate"):
        if d.end_value is not None or subject.kind == "event":
            prop = "startDate"   # an event's day, a period: start and end
            end_value = d.end_value or (d.value if len(d.value) == 10 else None)
        else:
            prop = "attestedOn"  # the text ties the date to it, but not how
    if prop in ("startDate", "dateLaunched") and subject.kind == "event" and len(d.value) == 10 and d.end_value is None \
            and (span := _SPAN.search(text.norm, d.end, min(e, d.end + _SPAN_REACH))) is not None:
        # «انطلقت اليوم أشغال المنتدى … على مدى يومين»: a day, then how many the event lasts (from it, or to it
        # when the sentence closes the event: «اختتمت … التي انعقدت على مدى ثلاثة أيام»)
        days, prop = _SPAN_DAYS[span.group("days")] - 1, "startDate"
        if _CLOSING_BEFORE.search(text.norm, max(s, d.start - _SPAN_REACH), d.start) \
                or d.dateline and _CLOSING.match(text.norm, d.end, e):     # «الرباط، … – اختتمت اليوم …»
            d = replace(d, value=(date.fromisoformat(d.value) - timedelta(days=days)).isoformat(), end_value=None)
        end_value = (date.fromisoformat(d.value) + timedelta(days=days)).isoformat()
    out = [Attached(d, prop, subject, None, start, end, rule, confidence)]
    if prop == "startDate" and end_value is not None:
        out.append(Attached(replace(d, value=end_value, end_value=None), "endDate", subject, None, start, end, rule,
                            confidence))
    if subject.kind != "event" and (during := _during_event(text, d, window[-1])) is not None:
        # «اختُتم في أبريل 2021 مشروع X …، وذلك خلال لقاء ختامي»: what the sentence tells of happened during the event,
        # on its date
        out.append(Attached(d, "attestedOn", during, None, d.start, during.end, "date:during-event", 0.5))
    if subject.kind == "event" and prop in ("startDate", None) and (signed := _signed_at(text, subject, window[-1])):
        # «احتضنت الجامعة، يوم الخميس، حفل توقيع اتفاقية شراكة …»: a signing ceremony's day is the agreement's
        out.append(Attached(d, "dateSigned", _subject(signed), None, start, signed.end,
                            "date:dateline-signed" if rule == "date:dateline" else "date:signing-ceremony", 0.55))
    if rule == "date:dateline" and (signed := _signed_in_lead(text, d, window[-1])) is not None \
            and signed.start < subject.start:
        # «الرباط، 10 دجنبر 2018 – وقع X و Y اتفاقية تمويل، على هامش المؤتمر …»: the lead signs during the event;
        # the day is the agreement's signing day too
        out.append(Attached(d, "dateSigned", _subject(signed), None, d.start, signed.end, "date:dateline-signed", 0.5))
    return out
