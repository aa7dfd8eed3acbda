"""Places as background knowledge: countries, Morocco's regions and cities from ``data/places.tsv``
(countries and their Arabic names from CLDR via Babel, regions and cities by hand, Wikidata ids only
from the shared reference list; its header says where each column comes from), added to the
gazetteer beside the registry's own places, each linked to its reference entry.

Then what the text says of them:

- a name that is also a common word (مالي «financial») is a place only where a place is expected:
  after في or with ب attached, after جمهورية/دولة (and after a preposition with و: ومع مالي), or listed with
  other countries;
- ``capitals``: a country's name after «العاصمة (التونسية)» or «مدينة» is the capital that has its name (تونس، الكويت);
- ``metonyms``: a capital named as the giver of money (بتمويل من روما، ما خصصته ستوكهولم) stands for
  its country (not wired into ``mentions.find`` yet: the funding rules then tie the country to the
  wrong item); anywhere else it is the city (الرباط، 9 شتنبر, بالرباط: the city, never the government);
- ``located``: a city or region said to be in a region or country — «الدار البيضاء بالمغرب»,
  «أديس أبابا في إثيوبيا», «مدينتا داكار وكاولاك بالسنغال», «مدينة أبيدجان الإيفوارية» — is part of it
  (mg:partOf); an event or agreement followed by «بـ/في CITY» took place there (mg:place), as did one
  in a sentence whose only city is marked as where (بالمضيق) and the lead event of a dateline, past
  a headline («القاهرة، ٢٥ تموز ٢٠١٦ – أعلنت … خلال احتفال رسمي»: the event the lead's action happens during); an embassy, office, municipality or association followed by
  «بـ/في PLACE» sits there, and so does any new body followed by «بـCITY» (جمعية … بالناظور، مؤسسة …
  بمدينة وجدة); «بمدينة / في مدينة / بالعاصمة (المغربية)» may stand before the city. An event said to be held
  in a city took place there, «EVENT المنعقد (يومي …) بمراكش»، «EVENT الذي انعقد / التي نظمت في CITY»; an
  organization sits where its seat is said to be, «…، ومقرها طنجة»، «التي يوجد مقرها بوجدة»; a project or
  programme followed by «بـ/في CITY or REGION» runs there (mg:place), as does one its implementer carries out
  «في PLACE» («تنفذ X (ACR) في موريتانيا، …، مشروعا»: ``run_in``); a city and its country in brackets, «أكادير (المغرب)», is part of it. A dateline may
  carry the agency's tag, «الرباط (و م ع) –», and name a city by its country's name, «تونس –» (Tunis). A sentence's one city locates only the
  events and agreements of its clause (not past «ثم» or «؛»). Only what the text states: the
  reference's containment raises the confidence, it never adds a fact alone. A bare «في CITY» is where
  only what comes after it is («عُقد في مدريد … الاجتماع»); a project set up «بالرباط (في DATE)،» right
  before it is there; an event a city hosts (a host fact) took place there; a place is in the region or
  country an aside names («وجدة، المركز الإداري لجهة الشرق في شمال شرق المغرب»). («احتضنت مدينة X … EVENT»
  read without a host fact was tried again: a wrong place on unseen text.) An event named by its head noun and a
  city, «مؤتمر مراكش حول الهجرة»، «منتدى الرباط الإقليمي», took place in that city.
- ``home``: the country a document is written from, by its dateline («الرباط، … –» → Morocco; «تونس، … –» the
  country itself): whose government a minister named without a nation serves.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from kg.extract.model import Fact, Mention
from kg.extract.text import Text
from kg.extract.values import DAY_MONTH
from kg.normalize import LETTERS

CLASSES = {"country": "Country", "region": "Region", "city": "City", "area": "GeographicArea"}
PLACE_KINDS = {"country", "region", "city", "area"}


@dataclass(frozen=True)
class Place:
    entity: str
    kind: str
    iso2: str
    wikidata: str
    part_of: str
    capital_of: str
    adjective: str
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def table() -> dict[str, Place]:
    """The places of ``data/places.tsv`` by id."""
    out = {}
    text = resources.files("kg.extract").joinpath("data/places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        entity, kind, iso2, wikidata, part_of, capital_of, adjective, names = line.split("\t")
        listed = names.split("|")
        if kind == "country":   # «والجمهورية البرتغالية»، «المملكة البلجيكية»: the state's word and its adjective
            listed += [formal for a in filter(None, adjective.split("|")) for state in _STATE_WORDS
                       if (formal := f"{state} {a}ة") not in listed]
        out[entity] = Place(entity, kind, iso2, wikidata, part_of, capital_of, adjective, tuple(listed))
    return out


_STATE_WORDS = ("الجمهورية", "المملكة")


@lru_cache(maxsize=4096)
def normalized_names(entity: str) -> frozenset[str]:
    """A known place's names in the normalized spelling of ``Text.norm``."""
    place = table().get(entity)
    return frozenset(n.translate(LETTERS) for n in place.names) if place is not None else frozenset()


def containers(entity: str) -> list[str]:
    """What the reference says contains a place, nearest first (a city's region, then its country)."""
    out, seen = [], {entity}
    place = table().get(entity)
    while place is not None and place.part_of and place.part_of not in seen:
        out.append(place.part_of)
        seen.add(place.part_of)
        place = table().get(place.part_of)
    return out


@lru_cache(maxsize=1)
def adjectives() -> dict[str, str]:
    """Nationality adjectives (matching keys, masculine and feminine) → country («|» between a country's several)."""
    out = {}
    for p in table().values():
        for adjective in filter(None, p.adjective.split("|")):
            key = adjective.translate(LETTERS).removeprefix("ال")
            out[key] = out[key + "ه"] = p.entity
    return out


@lru_cache(maxsize=1)
def unit_names() -> dict[str, str]:
    """Regions and provinces by their names of more than one word, normalized («جهة الشرق»، «ولاية مدنين»، «كفر الشيخ»):
    where a name with its unit's word is looked up (``mentions._named_by_plural``)."""
    return {name.translate(LETTERS): p.entity for p in table().values() if p.kind == "region"
            for name in p.names if " " in name}


@lru_cache(maxsize=1)
def city_names() -> dict[str, str]:
    """Cities by their names as normalized text (one or two words) → id."""
    return {name.translate(LETTERS): p.entity for p in table().values() if p.kind == "city" for name in p.names}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Countries by their names as matching keys of their words, space-separated («اليابان» → يابان) → id."""
    return {" ".join(t.key for t in Text(name).tokens): p.entity for p in table().values() if p.kind == "country"
            for name in p.names}


def _named_for(text: Text, ms: list[Mention]) -> list[Fact]:
    """«مؤتمر مراكش حول الهجرة»، «منتدى الرباط الإقليمي»: an event named by its head noun and a city took place
    in that city."""
    tokens, cities, out = text.tokens, city_names(), []
    for m in ms:
        if m.kind != "event" or m.last - m.first < 2 or PROCESS.fullmatch(tokens[m.first].key):
            continue        # («حوار أبوظبي»، «مسلسل الرباط»: a process named for where it began, met anywhere)
        for width in (2, 1):
            if m.first + width < m.last and (city := cities.get(" ".join(t.text for t in tokens[m.first + 1:m.first + 1 + width]))):
                there = Mention(tokens[m.first + 1].start, tokens[m.first + width].end, city, "city", CLASSES["city"],
                                "in-name", 0.55, m.first + 1, m.first + 1 + width)
                out.append(_fact(m, there, "place", m.start, m.end, "located:named-for", 0.55))
                break
    return out


# head nouns (keys) of a process of meetings, named for the city it began in: حوار أبوظبي، مسلسل الرباط، مسار الخرطوم
PROCESS = re.compile(r"(?:[وف]?[بل]|لل|[وف])?(?:ال)?(?:حوار|مسلسل|مسار|عمليه)")
# Place names that are also common words: مالي (financial: دعم مالي).
_AMBIGUOUS = {"مالي"}
_EXPECTING = {"في", "جمهوريه", "دوله", "من", "الي", "مع"}
_LIST_GAP = re.compile(r"[\s,]*\Z")


def plausible(text: Text, mentions: list[Mention]) -> list[Mention]:
    """Without the places whose one word is more likely a common word here (see the module)."""
    tokens = text.tokens
    out = []
    for k, m in enumerate(mentions):
        if m.kind in PLACE_KINDS and m.last - m.first == 1 and tokens[m.first].key.removeprefix("و") in _AMBIGUOUS:
            # («بدعم فني ومالي»: the adjective after و too; «السنغال ومالي» is listed with a country)
            t = tokens[m.first]
            before = tokens[m.first - 1].key if m.first else ""
            if not (_listed_with_country(text, mentions, k) or t.text[0] == "ب" or before in _EXPECTING or before[:1] == "و" and before[1:] in _EXPECTING):
                continue
        if m.entity == _AMMAN and m.last - m.first == 1 and _listed_with_country(text, mentions, k):
            m = replace(m, entity=_OMAN, kind="country", cls="Country")    # «وقعت عمان والمغرب …»: the sultanate
        if m.kind in PLACE_KINDS and (text.norm[max(0, m.start - 1):m.end + 1] in (f"/{text.norm[m.start:m.end]}/",
                                                                                  f"({text.norm[m.start:m.end]})")
                                      and text.norm[m.start:m.end].replace(" ", "") in _AGENCIES):
            continue    # «الدوحة /قنا/»، «الدوحة (قنا)»: a news agency's tag (Qatar's), no place (Qena)
        if m.kind == "area" and m.last - m.first == 1 and m.first and _ADJECTIVE_AFTER.fullmatch(text.norm, tokens[m.first - 1].start, m.start) \
                and not tokens[m.first - 1].definite and tokens[m.first].text.endswith("يا") and tokens[m.first].text[0] != "و" \
                and not tokens[m.first - 1].key.endswith("ها") and tokens[m.first - 1].key not in _PARTICLES \
                and not (k and mentions[k - 1].last == m.first and mentions[k - 1].kind in PLACE_KINDS):
            continue    # «بلدا إفريقيا»، «شريكا إفريقيا»: the nisba adjective in the accusative (إفريقيًّا), no place
        out.append(m)
    return out


_AMMAN, _OMAN = "city/amman", "country/oman"     # «عمان» is the name of both


def _listed_with_country(text: Text, mentions: list[Mention], k: int) -> bool:
    """Whether ``mentions[k]`` is listed with a country right before or after it («عمان والمغرب»، «بين المغرب وعمان»)."""
    prev = mentions[k - 1] if k else None
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    return prev is not None and prev.kind == "country" and bool(_LIST_GAP.match(text.norm[prev.end:mentions[k].start])) \
        or nxt is not None and nxt.kind == "country" and bool(_LIST_GAP.match(text.norm[mentions[k].end:nxt.start]))


def capitals(text: Text, mentions: list[Mention]) -> list[Mention]:
    """«العاصمة (التونسية) تونس»، «مدينة الكويت»: a country's name after the word for a capital or a city is its
    capital's, where the capital has the country's name (``_capitals``)."""
    out = []
    for k, m in enumerate(mentions):
        capital = _capitals().get(m.entity or "") if m.kind == "country" else None
        if capital is not None and (_CAPITAL_WORD.search(text.norm, max(0, m.start - 30), m.start)
                                    or _UNITS_WORD.search(text.norm, max(0, m.start - 12), m.start)
                                    and k + 1 < len(mentions) and mentions[k + 1].kind == "city"
                                    and _LISTED.fullmatch(text.norm, m.end, mentions[k + 1].start)):
            m = replace(m, entity=capital, kind="city", cls=CLASSES["city"], rule="capital")
        out.append(m)
    return out


def capitals_by_nation(text: Text, mentions: list[Mention]) -> list[Mention]:
    """«بالعاصمة التونسية»، «في العاصمة السنغالية»: the capital a nationality adjective names, when no name follows
    (not «العاصمة المالية»: also the financial capital); ``mentions`` with these among them, in text order."""
    tokens, nations, capitals = text.tokens, adjectives(), _capital_cities()
    named = {k for m in mentions for k in range(m.first, m.last)}
    out = []
    for k in range(len(tokens) - 1):
        if tokens[k].key != _CAPITAL or not tokens[k].definite or k in named or k + 1 in named:
            continue
        nation = nations.get(tokens[k + 1].key) if tokens[k + 1].definite and tokens[k + 1].key not in _ALSO_COMMON else None
        city = capitals.get(nation or "")
        if city is not None and not (k + 2 < len(tokens) and k + 2 in named):
            out.append(Mention(tokens[k].start, tokens[k + 1].end, city, "city", CLASSES["city"], "capital-by-nation", 0.55,
                               k, k + 2))
    return sorted(mentions + out, key=lambda m: m.start) if out else mentions


@lru_cache(maxsize=1)
def _capital_cities() -> dict[str, str]:
    """Country → its capital city (every capital; ``_capitals``: those named after their country)."""
    return {p.capital_of: p.entity for p in table().values() if p.kind == "city" and p.capital_of}


_CAPITAL = "عاصمه"
_ALSO_COMMON = {"ماليه", "مالي"}     # Malian, and financial


# «ولايات تونس وصفاقس وقفصة»، «بلديات …»: the first of a list of cities after the plural of their unit («ولايات تونس»
# alone is Tunisia's governorates)
_UNITS_WORD = re.compile(r"(?<!\S)(?:ب|في\s+)?(?:ولايات|ولايتي|مدن|مدينتي|محافظات|محافظتي|بلديات|بلديتي)\s+\Z")
_LISTED = re.compile(r"\s*,?\s*")
_CAPITAL_WORD = re.compile(r"(?<!\S)(?:ب|في\s+)?(?:العاصمه(?:\s+ال\S+يه)?|مدينه)\s+\Z")
_ADJECTIVE_AFTER = re.compile(r"\S{2,}[اى]\s+")     # an indefinite accusative noun right before: بلدا، شريكا
_PARTICLES = {w.translate(LETTERS) for w in ("سيما", "أيضا", "هنا", "هذا", "كذا", "إلى", "على", "حتى", "لدى")}


# («الذي خصصت له برلين …»، «وتقدم روما …»: to whom after the verb, the present too)
_GIVING = re.compile(r"(?:(?:تمويل|دعم|منحه|منح|مساهمه|هبه)(?: مالي)? من|(?<!\S)[وف]?(?:(?:خصص|قدم|مول|رصد|منح|تبرع)ت|س?ت(?:خصص|قدم|مول|رصد|منح|تبرع))"
                     r"(?:ه|ها)?(?:\s+(?:له|لها|لهما))?)\s*\Z")


def metonyms(text: Text, mentions: list[Mention], entries) -> list[Mention]:
    """A capital as the giver of money is its country (``entries``: the gazetteer's, for the class)."""
    out = []
    for m in mentions:
        place = table().get(m.entity or "")
        if place is not None and place.capital_of and place.capital_of in entries \
                and _GIVING.search(text.norm, max(0, m.start - 40), m.start):
            entry = entries[place.capital_of]
            m = replace(m, entity=entry.entity, kind=entry.kind, cls=entry.cls, rule="capital-metonym",
                        confidence=0.6)
        out.append(m)
    return out


_IN_GAP = re.compile(r"\s*(?:في\s*)?\Z")
_COMMA_GAP = re.compile(r"\s*,\s*")
# «بمدينة طنجة»، «في مدينة الناظور»، «بالعاصمة (المغربية) الرباط»، «بالمدينة الحمراء مراكش» (a city by its epithet)
WEEKDAYS = r"(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)"
# «احتضنت / تحتضن / استضافت / شهدت مدينة X»: the city is where what follows it happens
# («احتضنت العاصمة (البلجيكية) بروكسل»: the capital, by its nation's adjective; a city whose known name has the word,
# «احتضنت مدينة الداخلة»)
# (not what is only planned: «يرتقب / من المقرر أن تحتضن …»، «على أن تستضيف …»; relations._ONLY_PLANNED)
_HOSTING = r"(?<!\S)(?<!ان )[وف]?(?:احتضن|استضاف|(?:س?[تي])(?:حتضن|ستضيف)|شهد)(?:ت)?\s+"
HOSTING_CITY = re.compile(_HOSTING + r"(?:مدينه|العاصمه(?:\s+ال\S+)?)\s+\Z")
_HOSTING_NAMED = re.compile(_HOSTING + r"\Z")
# («وكانت نواذيبو قد احتضنت في مارس الماضي ورشة …»: the past after «قد», and when, between)
_HOSTS_NEXT = re.compile(r"\s+(?:قد\s+)?(?:(?:س?[تي])(?:حتضن|ستضيف)|احتضن(?:ت)?|استضاف(?:ت)?)\s+(?:(?:اليوم|غدا)\s+)?"
                         r"(?:(?:في|خلال)\s+(?:شهر\s+)?\S+\s+(?:الماضي|المنصرم|المقبل|[\d٠-٩]{4})\s+)?(?:(?:اشغال|فعاليات|اعمال)\s+)?")
# between the city and the event: an aside of when («، يوم 28 يونيو 2019،»), or nothing
_HOSTED_GAP = re.compile(r"\s*(?:,[^,.;:]{0,50},\s*|(?:يوم(?:ي)?|في|بين|خلال)\s+(?:" + WEEKDAYS + r"\s+)?[\d٠-٩][^,.;:]{0,30}?\s"
                         r"|(?:(?:امس|اليوم)\s+|يوم\s+)(?:" + WEEKDAYS + r"\s+)?(?:(?:ال)?(?:ماضي|منصرم|اخير|مقبل)\s+)?"
                         # «مع نهاية الأسبوع الماضي»، «على مدى يومين»: when, said in words
                         r"|(?:مع|في|خلال)\s+(?:نهايه|بدايه|مطلع|منتصف)\s+(?:الاسبوع|الشهر)\s+(?:(?:ال)?(?:ماضي|منصرم|جاري|حالي|مقبل)\s+)?"
                         r"|علي\s+مدي\s+(?:يومين|ثلاثه\s+ايام|اربعه\s+ايام|اسبوع)\s+|مءخرا\s+)?(?:تنظيم\s+|انعقاد\s+|اشغال\s+|فعاليات\s+|انطلاق\s+|افتتاح\s+|اختتام\s+"
                         r"|(?:حفل\s+)?توقيع\s+(?:علي\s+)?)?")     # («شهدت دبي أمس توقيع اتفاقية …»)
_UNIT_WORDS = r"جهة|إقليم|عمالة|ولاية|محافظة"      # the words of a region or a province before its name
_UNIT = r"(?:" + _UNIT_WORDS + r")"
# «… بجهة X»، «… في إقليم Y»: in the unit named after its word
UNIT_WORD_AT = (r"(?:في\s+|ب)" + _UNIT + r"\s+").translate(LETTERS)
_IN_UNIT = re.compile(r"\s*" + UNIT_WORD_AT)
# («في ولايات مدنين وقابس»، «في كل من وجدة والناظور»: the cities of a list)
_CITY_WORD = r"(?:في\s+|ب)(?:مدينه|مدينتي|مدن|جماعه|العاصمه(?:\s+ال\S+يه)?|المدينه\s+ال\S+|ولايات|ولايتي|بلديات|بلديتي|كل\s+من" \
    r"|بلده|بلدات|قريه|قري|مخيم|مخيمات|مخيمي|محافظه|محافظات|محافظتي|مقاطعه|مقاطعات)\s+"     # (a town, a camp, a governorate)
IN_CITY = re.compile(r"\s*" + _CITY_WORD)
_IN_CITIES = re.compile(r"\s*(?:في\s+|ب)(?:مدن|مدينتي|ولايات|ولايتي|بلديات|بلديتي|جماعات|اقاليم|بلدات|مخيمات|مخيمي|محافظات|محافظتي"
                        r"|مقاطعات|كل\s+من)\s+")
# «مشروع «Y» الذي تنفذه X»: a relative clause whose verb's subject is the body right after it
_CARRIED_BY = re.compile(r"[»”\"]*\s*,?\s*(?:الذي|التي)\s+\S+\s+")
# «المؤتمر … المنعقد (يومي 10 و11 دجنبر) بمراكش»، «الندوة التي انعقدت في طنجة»، «في حفل أقيم في عمّان»: an event said
# to be held, then where
_HELD_WHERE = r"(?:" + _CITY_WORD + r"|في\s+)?"      # where, after the verb of holding and what may stand between
_HELD_AT = re.compile((r"\s*(?:,\s*)?(?:(?:ال)?(?:منعقد|مقام|منظم)(?:ة)?|(?:الذي|التي)\s+(?:(?:ت|ي)?(?:نعقد|عقد|نظم|قام)|انعقد"
                       r"|أقيم|جر(?=ى|ت))(?:ى|ت)?)\s+(?:[^,.;:()«»]{0,40}?\s)?" + _HELD_WHERE).translate(LETTERS))
# (no relative pronoun after an indefinite event, as Arabic writes it: where right after the verb, or past a phrase of
# where or when, «في حفل أقيم في عمّان»، «… أقيم بمقر الوزارة في عمّان»، «… انعقدت الأربعاء بمقرها في تونس»; not a new
# clause, «بعد اختتام ورشة العمل جرى نقل المشاركين إلى …»)
_HELD_BARE = re.compile((r"\s+(?:أقيم|انعقد|جر(?=ى|ت))(?:ى|ت)?\s+(?:(?:ب|في\s|يوم|أمس|اليوم|" + WEEKDAYS
                         + r")[^,.;:()«»]{0,40}?\s)?" + _HELD_WHERE).translate(LETTERS))
# «جمعية … ، ومقرها طنجة»، «… التي يوجد مقرها بوجدة»: where an organization has its seat
# «ومقرها طنجة»، «، الكائن مقرها بمدينة الناظور»، «التي يوجد مكتبها الإقليمي بالرباط»: where a body sits or has its
# office, said right before the city
# («مكتبه» is also «مكتبة», a library: a body's office only as «مكتبها»)
_SEAT = (r"(?:و|التي\s+|الذي\s+|الكائن\s+|الكائنة\s+)?(?:(?:يوجد|توجد|يقع|تقع)\s+)?(?:مقر(?:ها|ه)|مكتبها)"
         r"(?:\s+(?:الرئيسي|الإقليمي|الجهوي|الفرعي))?\s+(?:" + _CITY_WORD + r"|في\s+)?").translate(LETTERS)
_SEAT_AT = re.compile(r"\s*[»”\"]?\s*[,(]?\s*" + _SEAT)
# «الإسكوا، التي تتخذ من بيروت مقرا لها»: the city it takes as its seat, between the verb and «مقرا»
_TAKES_AT = re.compile((r"\s*[»”\")]?\s*,?\s*(?:التي\s+|الذي\s+|و)?(?:[تي]تخذ|اتخذت?)\s+من\s+(?:مدينة\s+)?").translate(LETTERS))
_AS_SEAT = re.compile(r"\s+مقرا(?:\s+(?:رئيسيا|دائما|إقليميا))?(?:\s+(?:لها|له))?(?=[\s,.;:]|\Z)".translate(LETTERS))
# the word for a body's seat before its name: «مقر X», or its central, main or new seat, «المقر المركزي لـX» (the ل on the
# body's name)
SEAT_WORD = r"(?:مقر|المقر(?:\s+ال(?:مركزي|رءيسي|رءيس|جديد|عام|داءم|اقليمي|جهوي))?)"
_SEAT_WORD_BEFORE = re.compile(r"(?<!\S)[وف]?[بل]?(?:في\s+)?" + SEAT_WORD + r"\s+\Z")     # «بمقر X»، «لمقر X»
_SEAT_BEFORE = re.compile(r"(?:^|(?<!في)\s)" + _SEAT + r"\Z")    # (not «في مقرها بالرباط»: held there)
_CONTAINED = {"city": {"region", "country"}, "region": {"country"}}
_DESCRIBED = re.compile(r"\s+ال\S+(?:يه|ي)(?=\s)")    # a place's own adjective (its nation's is read before)


def _listed_by_plural(text: Text, ms: list[Mention], k: int) -> list[Mention]:
    """The places of the list up to ``ms[k]`` when the plural of a unit's word opens it («بمدن العرائش والقصر الكبير
    وأصيلة»، «معتمديات جرجيس وبن قردان»): an adjective in the feminine singular after the list agrees with that plural,
    and is said of each (after a dual, «مدينتي صفاقس وجرجيس، التابعة لولاية مدنين», it is the last one's); else ``ms[k]``
    alone."""
    run = _run(text, ms, k)
    return run if len(run) > 1 and run[-1].first and _units_plural(text.tokens[run[-1].first - 1].key) else [ms[k]]


def _units_plural(key: str) -> bool:
    """Whether a word is the plural of a unit's word, after «و» or «ب» («بمدن»، «ومعتمديات»; «بلدات» is one)."""
    return any(key[n:] in _UNITS_PLURAL for n in range(3) if n == 0 or key[:n] in ("و", "ب", "وب"))


_SITED = {"event", "agreement"}
_RUN_AT = {"project", "programme"}
# after its quoted name (past whom it is for: «مشروع «Y» لفائدة المهاجرين في مدن X و Z»)
# (whom it is for, not a clause on them: «الطلبة الذين …»; the unit's word: «… بولاية الحوض الشرقي»)
_RUNS_IN = re.compile(r"[\s»”\"]*(?:(?:لفاءده|لصالح)\s+(?:(?!(?:الذين|اللواتي|اللاتي|الذي|التي)\s)[^\s,.;:()«»]+\s+){1,4}?(?=في\s|ب))?"
                      r"(?P<word>في\s+|" + _CITY_WORD + r"|" + UNIT_WORD_AT + r")?")
# Head nouns (matching keys) of what has a seat: an embassy, an office, a municipality, an association
_SEATED = {w.translate(LETTERS) for w in ("سفارة", "قنصلية", "مكتب", "بعثة", "بلدية", "جماعة", "مندوبية", "جمعية",
                                          "مركز", "فرع", "مقر", "جامعة", "معهد", "مدرسة", "مرصد")}


def _seated(key: str) -> bool:
    """A body's head noun that sits somewhere, also the second of a list («وجامعة غرناطة بإسبانيا»)."""
    return key in _SEATED or key[:1] in "وف" and key[1:] in _SEATED


def located(text: Text, mentions: list[Mention]) -> list[Fact]:
    """Containment and sites the text states (see the module): facts of kind ``located``, role
    ``partOf`` (a place in a place) or ``place`` (an event or agreement at a place)."""
    tokens = text.tokens
    starts = [t.start for t in tokens]
    by_adjective = adjectives()
    ms = sorted(mentions, key=lambda m: m.start)
    out: list[Fact] = []
    for k, m in enumerate(ms):
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        # «مدينة أبيدجان الإيفوارية»: a city and the adjective of its country
        if m.kind in _CONTAINED and m.last < len(tokens) and tokens[m.last].definite \
                and (country := by_adjective.get(tokens[m.last].key)) and not text.norm[m.end:tokens[m.last].start].strip():
            there = _nation(tokens, m.last, country, 0.6)
            # (each place of a list its plural word opens: «بمدن خاركيف وأوديسا الأوكرانية»)
            out += [_fact(place, there, "partOf", place.start, there.end, "located:adjective")
                    for place in _listed_by_plural(text, ms, k)]
            if not HOSTING_CITY.search(text.norm, max(0, m.start - 30), m.start):
                continue        # (a hosting city's event may follow: «احتضنت مدينة تاجورة الليبية، يوم …، اجتماعا»)
        if m.kind == "city" and (capital := _CAPITAL_OF_NATION.search(text.norm, max(0, m.start - 40), m.start)) is not None \
                and (n := bisect_left(starts, capital.start(1))) < len(tokens) \
                and (country := by_adjective.get(tokens[n].key)) is not None:
            # «العاصمة السنغالية داكار»: the capital of the country its adjective names
            there = _nation(tokens, n, country, 0.6)
            out.append(_fact(m, there, "partOf", there.start, m.end, "located:capital-adjective", 0.6))
        if m.kind in _CONTAINED and (part := _PART_OF_NATION.match(text.norm, m.end)) is not None \
                and (n := bisect_left(starts, part.end())) < len(tokens) and tokens[n].start == part.end() \
                and tokens[n].definite and (country := by_adjective.get(tokens[n].key)):
            # «مدينة صفاقس، مركز ولاية صفاقس بالجنوب الشرقي التونسي»: in a part of the country named by its adjective
            # (each place of a list before: «ولايات القصرين وسيدي بوزيد وقفصة بالوسط الغربي التونسي»)
            there = _nation(tokens, n, country, 0.55)
            out += [_fact(place, there, "partOf", place.start, there.end, "located:part-adjective", 0.55)
                    for place in _run(text, ms, k)]
        if nxt is None:
            continue
        gap = text.norm[m.end:nxt.start]
        if m.kind in _CONTAINED and (described := _DESCRIBED.match(gap)) is not None:
            gap = gap[described.end():]     # «بلدة أدري الحدودية بولاية وداي»: past the place's own adjective
        if m.kind in _SITED or m.rule == "quoted-title":
            gap = gap.lstrip("»”\"")       # «ندوة «تنقل اليد العاملة» في نيروبي»، «جمعية "أمان" بأكادير»: after its quoted name
        # (a place marked by ب as where, not one whose name starts with it: «… في النيجر⏎⏎بروكسل، 3 يوليو»)
        where = marked(text, nxt)
        attached = not gap.strip() and where
        if m.kind == "event" and nxt.kind == "city" \
                and (_HELD_AT.fullmatch(gap) or not tokens[m.first].definite and _HELD_BARE.fullmatch(gap)) \
                and (gap.rstrip().endswith(("في", "مدينه", "مدينتي")) or "عاصمه" in gap or where):
            # the city is marked as where (بـ، في، بمدينة، بالعاصمة)
            out.append(_fact(m, nxt, "place", m.start, nxt.end, "located:held-at", 0.6))
            continue
        hosting = m.kind == "city" and (HOSTING_CITY.search(text.norm, max(0, m.start - 30), m.start)
                                        or named_with_word(text, m)
                                        and _HOSTING_NAMED.search(text.norm, max(0, m.start - 20), m.start))
        if m.kind == "city" and nxt.kind in _SITED and _HOSTED_GAP.fullmatch(gap) \
                and (hosting or nxt.kind == "agreement" and _HOSTING_NAMED.search(text.norm, max(0, m.start - 20), m.start)):
            # «احتضنت مدينة طنجة، يوم 28 يونيو 2019، الإطلاق الرسمي …»: what the city hosts took place there (and
            # the city is its host, ``city_hosts``)
            out.append(_fact(nxt, m, "place", m.start, nxt.end, "located:hosting-city", 0.55))
            continue
        if hosting and (event := _past_asides(text, ms, k)) is not None:
            # «احتضنت مدينة طنجة، يوم …، بمبادرة من جمعية X، أشغال الندوة …»: what it hosts, past asides between
            # commas that name others
            out.append(_fact(event, m, "place", m.start, event.end, "located:hosting-city", 0.55))
            if nxt.kind not in ("region", "country") or not _in(m, nxt):
                continue        # (the unit the city is in, past which the asides begin: «مدينة الحمامات بولاية نابل»)
        if m.kind == "city" and nxt.kind in _SITED and _HOSTS_NEXT.fullmatch(gap):
            # «داكار تحتضن الاجتماع الوزاري …» (a headline: the city first): what it hosts took place there
            out.append(_fact(nxt, m, "place", m.start, nxt.end, "located:city-hosts", 0.55))
            continue
        if m.kind in _RUN_AT and nxt.kind in ("city", "region") \
                and (runs_in := _RUNS_IN.fullmatch(gap)) is not None \
                and (runs_in.group("word") or where):
            # «مشروع «إدماج» بالناظور»، «برنامج «تمكين» في جهة الشرق»: where a local project or programme runs
            # (and the cities listed after it: «في مدن سبها وطرابلس»)
            out += [_fact(m, city, "place", m.start, city.end, "located:runs-in", 0.55)
                    for city in [nxt] + _listed_after(text, ms, k + 1)]
            continue
        if _in(m, nxt) and gap.strip() == "(" \
                and text.norm[nxt.end:nxt.end + 3].strip().startswith(")"):
            # «أكادير (المغرب)»، «نيامي (النيجر)»: the country in brackets right after a city
            out.append(_fact(m, nxt, "partOf", m.start, nxt.end, "located:bracketed", 0.6))
            continue
        if m.kind == "organization" and nxt.kind in ("city", "country") \
                and (_SEAT_AT.fullmatch(gap) or _TAKES_AT.fullmatch(gap) and _AS_SEAT.match(text.norm, nxt.end)):
            # «جمعية …، ومقرها طنجة»، «الإسكوا، التي تتخذ من بيروت مقرا لها»
            out.append(_fact(m, nxt, "place", m.start, nxt.end, "located:seat-of", 0.6))
            continue
        if nxt.kind == "region" and _IN_UNIT.fullmatch(gap) and _in(m, nxt):
            # «طنجة وتطوان بجهة طنجة تطوان الحسيمة»، «مدينة أدري في إقليم وداي»: every place of the list before is in
            # the unit its word names (the word is not part of the unit's mention), up to one that may not be (a
            # region of the list is in no region: «لإقليم فجيج بجهة الشرق ولإقليم تارودانت بجهة سوس ماسة»)
            run = _run(text, ms, k)
            inside = next((n for n, place in enumerate(run) if not _in(place, nxt)), len(run))
            out += [_fact(place, nxt, "partOf", place.start, nxt.end, "located:in-unit", 0.6) for place in run[:inside]]
            continue
        if _COMMA_GAP.fullmatch(gap) and where and _in(m, nxt) and m.entity is not None \
                and nxt.entity in containers(m.entity):
            # «بمدينة وجدة، بجهة الشرق»: after a comma, where the reference puts it (unknown ones after a comma may be
            # the next place of a sentence: «بالرباط، بمقر …»، «بأكادير، بالمغرب وفرنسا»)
            out.append(_fact(m, nxt, "partOf", m.start, nxt.end, "located:in", 0.7))
            continue
        if not (attached or gap.strip() == "في") or not _IN_GAP.match(gap):
            if m.kind == "organization" and nxt.kind == "city" and _IN_CITIES.fullmatch(gap):
                # «مشروع «Y» الذي تنفذه جمعية X في مدن وجدة والناظور»: no body sits in several cities; the item
                # its relative clause is about runs there
                item = ms[k - 1] if k else None
                if item is not None and item.kind in _RUN_AT and _CARRIED_BY.fullmatch(text.norm, item.end, m.start):
                    out += [_fact(item, city, "place", item.start, city.end, "located:runs-in", 0.55)
                            for city in [nxt] + _listed_after(text, ms, k + 1)]
                continue
            if m.kind in _SITED | {"organization"} and nxt.kind == "city" and IN_CITY.fullmatch(gap):
                # «ندوة بمدينة طنجة»، «جمعية … في مدينة الناظور»: the word for a city between
                rule = "located:seat" if m.kind == "organization" else "located:held-in"
                if m.kind != "organization" or (_seated(tokens[m.first].key) or m.rule == "head-noun") \
                        and not _session_of(text, m):
                    out += [_fact(m, city, "place", m.start, city.end, rule, 0.6)
                            for city in ([nxt] + _listed_after(text, ms, k + 1) if m.kind in _SITED else [nxt])]
            continue
        at_seat = m.kind == "organization" and nxt.kind == "city" \
            and _SEAT_WORD_BEFORE.search(text.norm, max(0, m.start - 30), m.start) is not None
        if _in(m, nxt):
            # «مدينتا داكار وكاولاك بالسنغال»: every place of the list before
            for place in _run(text, ms, k):
                known = place.entity is not None and nxt.entity in containers(place.entity)
                out.append(_fact(place, nxt, "partOf", place.start, nxt.end, "located:in",
                                 0.8 if known else 0.6))
        elif m.kind in _SITED and nxt.kind == "city":
            # (and the cities listed after it: «قافلة طبية بمدن بركان والناظور وجرادة»)
            out += [_fact(m, city, "place", m.start, city.end, "located:held-in", 0.6)
                    for city in [nxt] + _listed_after(text, ms, k + 1)]
        elif m.kind == "organization" and nxt.kind in ("city", "country") and (
                (m.last > m.first or m.rule == "quoted-title")
                and (_seated(tokens[m.first].key) or nxt.kind == "city" and m.rule in ("head-noun", "quoted-title"))
                or at_seat) \
                and not _session_of(text, m):
            # «سفارة ألمانيا بأبيدجان»، «بلدية مدريد بإسبانيا»، «جمعية … بالناظور»: where it sits (a new body's
            # name followed by «بـCITY» too: the city is where it is, not a word of its name); any body after the
            # word for its seat, «مقر المجلس الوطني لحقوق الإنسان بالرباط»، «المقر المركزي لأنابيك بالرباط»: and
            # what is held or signed there is in that city too (``_in_sentence``)
            out.append(_fact(m, nxt, "place", m.start, nxt.end, "located:at-seat" if at_seat else "located:seat", 0.6))
    # what the text holds elsewhere is not where the city of «احتضنت مدينة X» hosts it (one lookup a fact: linear)
    held: dict[int, set[str | None]] = {}
    for f in out:
        if f.rule in ("located:held-at", "located:held-in"):
            held.setdefault(f.args[0][1].start, set()).add(f.args[1][1].entity)
    out = [f for f in out if f.rule != "located:hosting-city"
           or not held.get(f.args[0][1].start, set()) - {f.args[1][1].entity}]
    return _chained([f for f in _unique(out + _visited(ms) + _apposed(text, ms) + _in_sentence(text, ms, out)
                                        + _the_unit(text, ms) + _dateline(text, ms) + _named_for(text, ms) + _headline_place(text, ms)
                                        + _units_listed(text, ms))
                     if not (f.rule in _BY_DIRECTION and _contradicted(f))])


# «في ثلاث من محافظات المملكة هي …»، «الولايات الداخلية التونسية هي …»، «من ثلاث جهات بالمملكة هي …»: the plural of
# a unit's word, a few words, its country (named or by its adjective), then «هي» and the units listed
_UNITS_PLURAL = {w.translate(LETTERS) for w in ("محافظات", "ولايات", "جهات", "مدن", "أقاليم", "بلديات", "مناطق", "معتمديات",
                                                 "جماعات", "قرى", "بلدات", "مخيمات")}
_THEY_ARE = "هي"
_LIST_JOIN = re.compile(r"\s*(?:,|و)?\s*")


def _units_listed(text: Text, ms: list[Mention]) -> list[Fact]:
    """«في ثلاث من محافظات المملكة هي إربد والمفرق والزرقاء»: each place listed after «هي» is in the country the units'
    plural is said of (by its name or adjective, at most four words after the plural, «هي» right after it)."""
    tokens = text.tokens
    starts = [m.start for m in ms]
    nations = adjectives()
    out: list[Fact] = []
    for n, t in enumerate(tokens):
        if t.key != _THEY_ARE or n < 2 or not any(_units_plural(tokens[k].key) for k in range(max(0, n - 5), n - 1)):
            continue
        before = tokens[n - 1]
        at = bisect_left(starts, before.start)
        named = next((m for m in ms[max(0, at - 1):at + 1] if m.kind == "country" and m.end == before.end), None)
        country = named or (_nation(tokens, n - 1, nations[before.key], 0.55)
                            if before.definite and before.key in nations else None)
        if country is None or country.entity is None:
            continue
        k, last = bisect_left(starts, t.end), t.end
        while k < len(ms) and ms[k].kind in ("city", "region") and _LIST_JOIN.fullmatch(text.norm, last, ms[k].start):
            out.append(_fact(ms[k], country, "partOf", t.start, ms[k].end, "located:units-listed", 0.55))
            last, k = ms[k].end, k + 1
    return out


def _nation(tokens, n: int, country: str, confidence: float) -> Mention:
    """The country a nationality adjective (token ``n``) names, as a mention of it."""
    return Mention(tokens[n].start, tokens[n].end, country, "country", "Country", "adjective", confidence, n, n + 1)


# readings of a part of a country or its capital that say less than they seem («جزر الكناري غرب المغرب»: west of it;
# «القادمون من طرابلس بالجنوب التونسي»: where they are now; «العاصمة المالية»: the financial one; «عاصمة الجهة»: of
# the region named before, maybe not its own): checked against the reference table
_BY_DIRECTION = {"located:of-unit", "located:in-part", "located:part-adjective", "located:capital-adjective",
                 "located:the-unit", "located:in-unit", "located:units-listed"}


def _contradicted(fact: Fact) -> bool:
    """Whether the reference table puts a known place elsewhere than a fact of ``_BY_DIRECTION`` says."""
    (_, what), (_, where) = fact.args
    if what.entity is None or where.entity is None:
        return False
    known = containers(what.entity)
    return bool(known) and where.entity not in known


def _chained(facts: list[Fact]) -> list[Fact]:
    """One chain of containment stated at once is every link of it: «بمدينة سلوان، التابعة لإقليم الناظور بجهة الشرق في
    شمال شرق المملكة» puts the province in the kingdom too (a place in a place that the same mention of it is in)."""
    for _ in range(_CHAIN_ROUNDS):      # (a chain of a few links: town, province, region, country)
        inside: dict[tuple[int, int], list[Fact]] = {}
        for f in facts:
            if f.role == "partOf":
                inside.setdefault((f.args[0][1].start, f.args[0][1].end), []).append(f)
        more = [_fact(f.args[0][1], g.args[1][1], "partOf", min(f.start, g.start), max(f.end, g.end), "located:chain", 0.5)
                for f in facts if f.role == "partOf"
                for g in inside.get((f.args[1][1].start, f.args[1][1].end), []) if g.args[1][1].start > f.args[1][1].start]
        before = len(facts)
        facts = _unique(facts + more)
        if len(facts) == before:
            break
    return facts


_CHAIN_ROUNDS = 3     # rounds of joining two links: paths of up to eight


# «الرباط: ندوة حول …»، «تطوان.. برنامج «مدن متضامنة» يحط الرحال …»: a place that opens a line before a colon or two
# points, then what the line is about (at most two words before it: «توقيع اتفاقية …»، «إطلاق مشروع …»)
_HEADLINE_PLACE = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<place>[^\s:.,]+(?:[ \t]+[^\s:.,]+)?)[ \t]*(?::|\.\.+)[ \t]*")
_HEADLINE_LEAD = re.compile(r"(?:[^\s.,;:«»\"]+\s+){0,2}[«\"“”]?\s*")
_HEADLINED = {"event", "agreement", "programme", "project"}


def _headline_place(text: Text, ms: list[Mention]) -> list[Fact]:
    """The place a line opens with, as flashes and headlines write it: where what the line is about took place or runs
    (only the first item after it, and only a place the line opens with whole)."""
    out: list[Fact] = []
    starts = [m.start for m in ms]
    for line in _HEADLINE_PLACE.finditer(text.norm):
        at = bisect_left(starts, line.start("place"))
        place = ms[at] if at < len(ms) else None
        if place is None or place.kind not in PLACE_KINDS or (place.start, place.end) != line.span("place"):
            continue
        item = ms[at + 1] if at + 1 < len(ms) else None
        end = text.norm.find("\n", line.end())
        elsewhere = [m for m in ms[at + 2:at + 12] if m.start < (end if end != -1 else len(text.norm))
                     and m.kind in PLACE_KINDS and m.entity != place.entity and place.entity not in containers(m.entity or "")
                     and m.entity not in containers(place.entity or "")]
        if item is not None and item.kind in _HEADLINED and not (place.kind == "country" and elsewhere) \
                and _HEADLINE_LEAD.fullmatch(text.norm, line.end(), item.start) \
                and (item.entity is not None or item.rule == "quoted-title" or text.tokens[item.first].definite
                     or item.last - item.first > 2):
            # (not what a line describes in two words, «الحمامات: ورشة إقليمية …»، «النيجر: مشروع أممي …»: the text
            # names the item after; not a country when the line names another place, «ألمانيا: مشروع «مسارات» يدعم
            # الهجرة من تونس»: who speaks or pays)
            out.append(_fact(item, place, "place", place.start, item.end, "located:headline", 0.55))
    return out


# between a hosting city and what it hosts: asides between commas (each short, none closing the clause), then the
# event's lead words («أشغال»، «فعاليات» …) at most
# (after the city's country adjective, if any: «احتضنت مدينة تاجورة الليبية، يوم الأحد، اجتماعا»)
# (and what contains it: «احتضنت مدينة جرجيس التابعة لولاية مدنين في جنوب شرق تونس، في جوان 2020، دورة …»)
_ASIDES = re.compile(r"(?:\s+ال\S+يه(?=[\s,]))?(?:\s+" + UNIT_WORD_AT + r"[^,.;:«»]{1,40}?(?=\s*,))?"     # («بولاية نابل»)
                     r"(?:\s+ال(?:تابع|واقع)\S*\s[^,.;:«»]{1,60}?\s*,(?:[^,.;:«»]{1,60},){0,2}"
                     r"|(?:\s*,[^,.;:«»]{1,60}){1,3},)?\s*"
                     r"(?:(?:تنظيم|انعقاد|اشغال|فعاليات|اعمال)\s+)?")
_ASIDES_REACH = 200


def _past_asides(text: Text, ms: list[Mention], k: int) -> Mention | None:
    """The event (or agreement) a hosting city ``ms[k]`` hosts past its country's adjective and up to three asides
    between commas that may name others («…، يوم …، بمبادرة من جمعية X، أشغال الندوة»): the first event after them,
    or None."""
    m = ms[k]
    for nxt in ms[k + 1:]:
        if nxt.start - m.end > _ASIDES_REACH:
            return None
        if nxt.kind in _SITED:
            return nxt if _ASIDES.fullmatch(text.norm, m.end, nxt.start) else None
    return None


def _visited(ms: list[Mention]) -> list[Fact]:
    """«زيارة وزيرة الداخلية الألمانية إلى الرباط»: a visit (``mentions._visit``) took place where it went, the place
    its name ends with."""
    ends = {(m.end, m.kind): m for m in ms if m.kind in PLACE_KINDS}
    return [_fact(m, place, "place", m.start, m.end, "located:visit", 0.6) for m in ms if m.rule == "visit"
            for place in [next((ends[(m.end, k)] for k in ("city", "country", "region") if (m.end, k) in ends), None)]
            if place is not None]


# «التابعة»، «الواقع»، «التابعتين»: a participle of belonging, the many of a dual or a plural («many»)
_BELONGING = r"(?:ال)?(?:تابع|واقع)(?:ة|(?P<many>ان|ين|تان|تين))?"
# («… وأصيلة، التابعة لجهة …»: the feminine singular agrees with a plural of things, the list's unit word; not «… ومخيم
# الزعتري التابع لمحافظة المفرق», the last place's, nor «…، عاصمة جهة …»)
_BELONGS_FEMININE = re.compile(r"(?:تابع|واقع)ه(?!\S)")
# a part of a country by a point of the compass: «شمال»، «جنوبي»، «شمال شرق»، «أقصى جنوب»
_COMPASS_PART = r"(?:أقصى\s+)?(?:شمال|جنوب|شرق|غرب|وسط)ي?(?:\s+(?:شرق|غرب)ي?)?"
# «وجدة، المركز الإداري لجهة الشرق»، «مدينة الناظور، التابعة لجهة الشرق»، «أكادير، عاصمة جهة سوس ماسة»: a
# place and, in an aside after it, the region or country it is the seat of or belongs to
# («مدينة دسوق التابعة لمحافظة كفر الشيخ»، «سلوان، التابعة لإقليم الناظور»، «مخيم الزعتري التابع لمحافظة المفرق»: no comma
# before a participle, a province; «بالرباط وسلا، التابعتين لجهة …»: a dual or a plural, for each of a list; «جرجيس،
# المدينة الساحلية التابعة لولاية مدنين»: the town's word before it; a part of a country, «الواقعة جنوب المغرب», not of a
# unit, «الواقعة شمال ولاية مدنين»: north of it, outside)
_APPOSED = re.compile((r"\s*(?:[,،]\s*(?:(?:ال)?مركز(?:\s+الإداري)?|عاصمة|كبرى\s+مدن|إحدى\s+(?:مدن|معتمديات|جماعات|بلديات|دوائر))"
                        r"|[,،]?\s*(?:(?:ال)?(?:مدينة|بلدة|قرية)(?:\s+ال\S+)?\s+)?" + _BELONGING
                        + r"(?:\s+في)?(?:\s+(?P<part>(?:شمال|جنوب|شرق|غرب|وسط)(?:\s+(?:شرق|غرب))?))?)\s+"
                       r"(?:ل|ب)?(?:" + _UNIT + r"\s+)?").translate(LETTERS))
# «بمدينة سبيطلة من ولاية القصرين»: a place of the unit its word names after «من» (where a unit's word follows only:
# «وفد من طنجة» is from; not after a word of going: «وصل الوفد إلى جرجيس من ولاية صفاقس» comes from it)
_OF_UNIT = re.compile((r"\s+من\s+(?=" + _UNIT + r"\s)").translate(LETTERS))
_GOING_TO = re.compile(r"(?<!\S)(?:الي|إلى|نحو|من|عبر)\s+(?:مدينة\s+)?\Z".translate(LETTERS))
# «العاصمة السنغالية داكار»: the capital by its country's adjective
_CAPITAL_OF_NATION = re.compile(r"(?<!\S)(?:[وب]|في\s+)?(?:ال)?عاصمة\s+(ال\S+)\s+\Z".translate(LETTERS))
# a part of a country with the article: «الجنوب الشرقي»، «الشمال»
_THE_PART = r"ال(?:شمال|جنوب|شرق|غرب|وسط)(?:\s+ال(?:شرقي|غربي))?"
# «… بالجنوب الشرقي التونسي»، «… في الشمال المغربي»: a part of a country by the country's adjective
_PART_OF_NATION = re.compile((r"\s*,?\s*(?:في\s+|ب)" + _THE_PART + r"\s+").translate(LETTERS))
# «جهة الشرق في شمال شرق المغرب»، «وتقع طنجة في أقصى شمال المغرب»: in a part of the country («… جنوب المغرب»، «…
# شمالي المملكة»، «… بشمال مصر»: without «في» too; «ولاية مدنين، جنوب شرق تونس»: in an aside; «بالجنوب الشرقي لتونس»:
# the part with the article, the country after ل or من, ``_IN_PART_OF``: «في أقصى الجنوب الشرقي من ليبيا»)
_IN_PART = re.compile((r"\s*,?\s*(?:(?:ت|ي)قع\s+)?(?:في\s+|ب)?" + _COMPASS_PART + r"\s+").translate(LETTERS))
_FROM_BEFORE = re.compile(r"\sمن\s+\Z")
_IN_PART_OF = re.compile((r"\s*,?\s*(?:(?:ت|ي)قع\s+)?(?:في\s+|ب)(?:أقصى\s+)?" + _THE_PART + r"\s+(?:من\s+)?").translate(LETTERS))
# «ولاية مدنين، شمال ليبيا وجنوب الجزائر»: after a comma, a list of parts of countries, not where the place is
_AND_PART = re.compile((r"\s*و(?:في\s+|ب)?(?:ال)?" + _COMPASS_PART + r"\s").translate(LETTERS))


def _apposed(text: Text, ms: list[Mention]) -> list[Fact]:
    """A place in the region or country an aside after it names (``_APPOSED``), and that region in the
    country named after «في شمال/جنوب …» (``_IN_PART``), as the place too: «وجدة، المركز الإداري لجهة الشرق
    في شمال شرق المغرب» → Oujda in the Oriental, the Oriental and Oujda in Morocco."""
    out: list[Fact] = []
    for k, m in enumerate(ms):
        if m.kind not in _CONTAINED:
            continue
        # (a province named by its city is a place of its own: «سلوان، التابعة لإقليم الناظور», ``mentions._provinces``)
        nxt = next((n for n in ms[k + 1:k + 3] if n.kind in PLACE_KINDS), None)
        if nxt is None or nxt.start - m.end > 40 or not _in(m, nxt):
            continue
        if (unit := _OF_UNIT.match(text.norm, m.end)) is not None and unit.end() == nxt.start \
                and not _GOING_TO.search(text.norm, max(0, m.start - 16), m.start):
            out += [_fact(place, nxt, "partOf", place.start, nxt.end, "located:of-unit", 0.55)
                    for place in _listed_by_plural(text, ms, k)]
        elif (apposed := _APPOSED.fullmatch(text.norm, m.end, nxt.start)) and all(
                n.kind not in PLACE_KINDS for n in ms[k + 1:] if n.start < nxt.start) \
                and not (apposed.group("part") and nxt.kind != "country"):
            # (each of a list before a dual or a plural: «بالرباط وسلا، التابعتين لجهة …»)
            out += [_fact(place, nxt, "partOf", place.start, nxt.end, "located:apposed", 0.6)
                    for place in (_run(text, ms, k) if apposed.group("many")
                                  else _listed_by_plural(text, ms, k) if _BELONGS_FEMININE.search(apposed.group()) else [m])]
            j = k + 1 + ms[k + 1:].index(nxt)
            country = ms[j + 1] if j + 1 < len(ms) else None
            if country is not None and _in(nxt, country) and _IN_PART.fullmatch(text.norm, nxt.end, country.start):
                out += [_fact(nxt, country, "partOf", nxt.start, country.end, "located:in-part", 0.6),
                        _fact(m, country, "partOf", m.start, country.end, "located:apposed", 0.55)]
        elif ms[k + 1] is nxt and (_IN_PART.fullmatch(text.norm, m.end, nxt.start)
                                   or (text.norm[nxt.start] == "ل" or _FROM_BEFORE.search(text.norm, m.end, nxt.start))
                                   and _IN_PART_OF.fullmatch(text.norm, m.end, nxt.start)) \
                and not ("," in text.norm[m.end:nxt.start] and _AND_PART.match(text.norm, nxt.end)):
            # (every place of a list before: «في محافظتي المفرق وإربد شمالي الأردن»)
            out += [_fact(place, nxt, "partOf", place.start, nxt.end, "located:in-part", 0.6) for place in _run(text, ms, k)]
    return out


# «بني ملال، عاصمة الجهة»، «مدينة صفاقس، مركز الولاية»، «بتطوان، ثاني كبريات مدن الجهة»، «زاكورة وتنغير التابعين للجهة»،
# «جماعتي تيسينت وفم زكيد بالإقليم»، «الرباط وسلا وتمارة وغيرها من مدن الجهة»: a place, then the definite word of a
# unit alone, which stands for a unit of that word the text names (``_the_unit``; each of a list before a plural, «بـ»
# or «غيرها»; «chief»: the place is the unit's chief town)
_THE_UNIT = re.compile((r"(?:\s*[,،]\s*(?P<chief>(?:ال)?مركز|عاصمة|حاضرة|(?:(?:ثاني|ثالث)\s+)?(?:كبرى|أكبر|كبريات)\s+مدن|إحدى\s+مدن)\s+ال"
                        r"|\s*[,،]?\s*" + _BELONGING + r"\s+(?:لل|بال|في\s+ال)"
                        r"|\s+(?P<listed>بال|في\s+ال)"
                        r"|\s*[,،]?\s*(?P<others>و?غيرها\s+من\s+مدن\s+ال))"
                        r"(?P<unit>" + _UNIT_WORDS + r")(?![^\s,.;:()])").translate(LETTERS))
# what may follow the unit's word that names no other unit («الجهة الشرقية» is a region of its own)
_AFTER_THE_UNIT = re.compile(r"\s*(?:[,.;:()]|\Z|(?:التي|الذي|الواقعه|الواقع|نفسه|نفسها|ذاته|ذاتها|التابعه|التابع)(?!\S)|[^\sا]\S*|ا[^ل]\S*)")
# the province's two words are one unit's (Morocco's «إقليم» and «عمالة»)
UNIT_CLASS = {"اقليم": "اقليم", "عماله": "اقليم", "جهه": "جهه", "ولايه": "ولايه", "محافظه": "محافظه"}


def unit_word(key: str) -> str | None:
    """The unit a word names, a conjunction or a preposition written onto it or not («ولاية»، «بجهة»، «لإقليم»), or
    None."""
    return next((u for clitics in ("", "و", "ب", "ل", "وب", "ول") if key.startswith(clitics)
                 and (u := UNIT_CLASS.get(key[len(clitics):])) is not None), None)


def _unit_of(text: Text, r: Mention) -> str | None:
    """The word of the unit a region mention is named by («ولاية صفاقس»، «بجهة الشرق»، «لإقليم الحوز»: its first word
    or the word right before it), a known region of the reference table without one a «جهة»."""
    for n in (r.first, r.first - 1):
        if (unit := unit_word(text.tokens[n].key if n >= 0 else "")) is not None:
            return unit
    return "جهه" if r.entity is not None and r.entity.startswith("region/") else None


def _the_unit(text: Text, ms: list[Mention]) -> list[Fact]:
    """A place in the unit a definite unit word after it stands for (``_THE_UNIT``): the unit of that word named like
    the place, anywhere in the text («مدينة صفاقس، مركز الولاية» is the chief town of «ولاية صفاقس»), else one named
    before it that the reference table puts it in, else the one unit of that word named before it, if only one is (not
    a governorate's or wilaya's chief town: each is named like its own, which the text need not name)."""
    out: list[Fact] = []
    before: dict[str, dict[str, Mention]] = {}      # the units of each word named so far, by entity or name
    units = [_unit_of(text, m) if m.kind == "region" else None for m in ms]
    by_name = {(unit, text.tokens[m.last - 1].key): m for m, unit in zip(ms, units, strict=True) if unit is not None}
    taken = [(m.start, m.end) for m in ms]
    for k, m in enumerate(ms):
        if (unit := units[k]) is not None:
            before.setdefault(unit, {})[m.entity or text.tokens[m.last - 1].key] = m
        if m.kind not in _CONTAINED or (said := _THE_UNIT.match(text.norm, m.end)) is None \
                or not _AFTER_THE_UNIT.match(text.norm, said.end()) \
                or any(s < said.end() and said.start("unit") < e for s, e in taken[k + 1:k + 3]):
            continue
        unit = UNIT_CLASS[said.group("unit")]
        name = text.tokens[m.last - 1].key
        named = before.get(unit, {})
        region = by_name.get((unit, name)) or by_name.get((unit, name[1:])) \
            or next((r for r in named.values() if r.entity is not None and r.entity in containers(m.entity or "")), None) \
            or (next(iter(named.values())) if len(named) == 1 and not (said.group("chief") is not None
                                                                       and unit in _NAMED_LIKE_ITS_TOWN) else None)
        if region is None or region is m or not _in(m, region):
            continue
        many = said.group("many") or said.group("listed") is not None or said.group("others") is not None
        out += [_fact(place, region, "partOf", place.start, said.end(), "located:the-unit", 0.55)
                for place in (_run(text, ms, k) if many else [m])]
    return out


_NAMED_LIKE_ITS_TOWN = {"ولايه", "محافظه"}     # units named like their chief town (Tunisia's, Jordan's, Egypt's)


# between two places of a list: a comma, a «و» (a province's is outside its name: «المفرق وإربد»), or both
_RUN_GAP = re.compile(r"\s*(?:,\s*)?و?")


def _in(m: Mention, place: Mention) -> bool:
    """Whether a place of ``m``'s kind may be in one of ``place``'s: a city in a region or a country, a region in a
    country, a province named by its city in a region («لإقليم الناظور بجهة الشرق»)."""
    return place.kind in _CONTAINED.get(m.kind, ()) or m.rule == "province" and place.kind == "region" and place.rule != "province"


def _listed(text: Text, before: Mention, m: Mention, by_comma: bool = False) -> bool:
    """Whether ``m`` is the next place of a list after ``before``, of its kind: joined by «و» (in the gap, or the first
    letter of a name read with it), or by a comma alone when ``by_comma``."""
    gap = text.norm[before.end:m.start]
    return m.kind == before.kind and _RUN_GAP.fullmatch(gap) is not None \
        and ("و" in gap or by_comma and "," in gap or text.norm[m.start] == "و")


def _run(text: Text, ms: list[Mention], k: int) -> list[Mention]:
    """The places of one kind listed up to ``ms[k]`` («داكار وكاولاك»، «المفرق، إربد والزرقاء»), the last first."""
    run, j = [ms[k]], k
    while j > 0 and k - j < 12 and _listed(text, ms[j - 1], ms[j], by_comma=True):
        j -= 1
        run.append(ms[j])
    return run


def hosted(facts: list[Fact], placed: list[Fact]) -> list[Fact]:
    """An event a city hosts took place there: «احتضنت الدار البيضاء … ورشة العمل الإقليمية» (the host
    fact's own frame, so no second reading of the sentence); and one a body hosts, in the city the text seats that
    body in right there: «ورشة احتضنها المعهد العالي للقضاء بالرباط»، «حفل احتضنته مدينة العلوم بتونس»."""
    seats = {(f.args[0][1].start, f.args[0][1].end): f for f in placed
             if f.role == "place" and f.args[1][1].kind == "city" and f.rule in _SEATS}
    out = []
    for f in facts:
        if f.kind == "participation" and f.role == "host":
            (_, host), (_, event) = f.args
            if host.kind == "city":
                out.append(_fact(event, host, "place", f.start, f.end, "located:hosted", 0.6))
            elif (seat := seats.get((host.start, host.end))) is not None and event.kind in _SITED:
                city = seat.args[1][1]
                out.append(_fact(event, city, "place", min(f.start, seat.start), max(f.end, seat.end),
                                 "located:hosted-at-seat", 0.55))
    return out


# a body's seat, by «بـCITY» after its name, «ومقرها CITY» or «بمقر X بـCITY»
_SEATS = {"located:seat", "located:seat-of", "located:at-seat"}


def city_hosts(located: list[Fact]) -> list[Fact]:
    """A city that hosts what took place in it is its host too: «احتضنت مدينة طنجة، يوم 28 يونيو 2019، الإطلاق
    الرسمي …»، «الرباط تحتضن المنتدى …» (the place fact's own frame; the corpus's gold and the made-up releases'
    annotators both give the city as host)."""
    out = []
    for f in located:
        if f.rule in ("located:hosting-city", "located:city-hosts"):
            (_, event), (_, city) = f.args
            out.append(Fact("participation", "host", (("agent", city), ("in", event)), f.start, f.end, "host:city",
                            f.confidence))
    return out


# between an implementing agent and «في PLACE»: its acronym in brackets («المنظمة الدولية للهجرة (OIM) في موريتانيا»)
_AGENT_IN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*في\s+")
# between the place and the item: an aside of when or how long («، على مدى ستة وثلاثين شهرا (2023-2026)،»)
_AGENT_IN_TAIL = re.compile(r"[^.;:]{0,100}")


_ITS_CARRYING_IN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:تنفيذ|انجاز|تسيير)(?:ه|ها)\s+(?:في\s+|ب)(?=\S)")


def run_in(text: Text, mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """A project or programme an agent carries out «في PLACE» runs there: «تنفذ المنظمة الدولية للهجرة (OIM) في
    موريتانيا، على مدى ستة وثلاثين شهرا، مشروعا بعنوان …» (the implementing fact's own frame: the place right
    after its agent, the item after both, no other name between)."""
    out: list[Fact] = []
    ms = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ms]
    for f in facts:
        if f.kind != "participation" or f.role != "implementing":
            continue
        (_, agent), (_, item) = f.args
        if item.kind in _RUN_AT and item.end <= agent.start and (its := _ITS_CARRYING_IN.match(text.norm, agent.end)) \
                and (k := bisect_left(starts, its.end())) < len(ms) and ms[k].start == its.end() and ms[k].kind == "city":
            # «وستتولى X تنفيذه في أكادير وإنزكان وتارودانت»: what the pronoun refers to runs where it is carried out
            out += [_fact(item, city, "place", agent.start, city.end, "located:run-in", 0.55)
                    for city in [ms[k]] + _listed_after(text, ms, k)]
            continue
        if item.kind not in _RUN_AT or not agent.end < item.start:
            continue
        k = bisect_left(starts, agent.end)
        if k < len(ms) and ms[k].kind == "organization" and text.norm[ms[k].start - 1:ms[k].start] == "(":
            k += 1                          # the agent's acronym in brackets
        place = ms[k] if k < len(ms) else None
        if place is None or place.kind not in ("country", "region", "city") or place.end > item.start \
                or not _AGENT_IN.fullmatch(text.norm, agent.end, place.start) \
                or k + 1 < len(ms) and ms[k + 1].start < item.start \
                or not _AGENT_IN_TAIL.fullmatch(text.norm, place.end, item.start):
            continue
        out.append(_fact(item, place, "place", agent.start, item.end, "located:run-in", 0.55))
    return out


# «… في نينوى»، «… بجهة الشرق»، «… في محافظتي إربد والمفرق»: a place marked as where inside an item's name by «في» or
# its unit's word (by a «ب» written onto it: ``marked``), or the next one of such a list
_WHERE_IN_NAME = re.compile(r"(?:(?<!\S)و?في\s+|" + UNIT_WORD_AT + r"|" + _CITY_WORD + r")\Z")


def in_own_name(text: Text, found: list[Mention], inside: Callable[[int, int], list[Mention]]) -> list[Fact]:
    """A project or programme whose own name says where it is, «مشروع «دعم العودة المستدامة في نينوى»»، «مشروع دعم
    المهاجرين في وضعية هشاشة بولاية صفاقس»: it is located in the cities and regions its name marks as where (``inside``:
    the places named in a span of tokens). A country its name says is whom it is for, not read here."""
    out: list[Fact] = []
    for m in found:
        if m.kind not in _RUN_AT or m.last - m.first < 3:
            continue
        where: list[Mention] = []
        for p in inside(m.first + 1, m.last):
            if p.kind in ("city", "region") and (
                    _WHERE_IN_NAME.search(text.norm, max(m.start, p.start - 30), p.start) or marked(text, p)
                    or where and _listed(text, where[-1], p)):
                where.append(p)
        out += [_fact(m, p, "place", m.start, m.end, "located:in-own-name", 0.6) for p in where]
    return out


def _unique(facts: list[Fact]) -> list[Fact]:
    """One fact per mention and place: the first rule that states it."""
    seen, out = set(), []
    for f in facts:
        (_, what), (_, where) = f.args
        key = (what.start, what.end, where.entity or (where.start, where.end))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


# «عقد الاجتماع الوزاري يومي 29 و30 يناير 2024 في دبي»: an event, its days, then «في» and where
_DATED_THEN_IN = re.compile(r"\s*(?:,\s*)?(?:(?:يوم(?:ي)?|من)\s+)?(?:" + WEEKDAYS + r"\s+)?\d[^,.;:]{0,40}?\s+في\s+")
_COMING = {"مقبل", "مقبله", "قادم", "قادمه"}      # an event's adjective: the next one, to come


def seat(text: Text, city: Mention, before: Mention | None) -> bool:
    """Whether a city is said as where a body sits or has its office: «التي يوجد مكتبها الإقليمي بالرباط», «مكتب
    منظمة العمل الدولية في بيروت» (``before``: the mention right before the city)."""
    if _SEAT_BEFORE.search(text.norm, max(0, city.start - 60), city.start) is not None:
        return True
    if before is None or before.kind not in ("organization", "country"):
        return False
    gap = text.norm[before.end:city.start].strip()
    if gap != "في" and (gap or not marked(text, city)):
        return False
    lead = max(0, before.start - 12)
    return _POSTED_TO.search(text.norm, lead, before.start) is not None \
        or _ENVOY_BEFORE.search(text.norm, lead, before.start) is not None \
        or before.kind == "organization" and _OFFICE_BEFORE.search(text.norm, lead, before.start) is not None


# «الممثل الدائم للمغرب لدى الأمم المتحدة بنيويورك»، «سفارة اليابان بالرباط»: where one is posted, an embassy
_POSTED_TO = re.compile(r"(?:^|\s)(?:لدي|[وب]?(?:ال|لل)?(?:سفاره|قنصليه))\s+\Z")
# «بحضور سفير إسبانيا بالرباط»، «ممثل الاتحاد الأوروبي بالمغرب»: where an envoy is posted, not where the event is
_ENVOY_BEFORE = re.compile(r"(?:^|\s)و?(?:ال)?(?:سفير|سفيره|قنصل|قنصله|ممثل|ممثله|مندوب|مندوبه)\s+\Z")
# an office's words («مكتب المنظمة في …»، «بعثة الاتحاد …»، «فرع …»), normalized
OFFICE_WORDS = ("مكتب", "بعثه", "فرع")
_OFFICE_BEFORE = re.compile(r"(?:^|(?<!في)\s)[ول]?(?:ال|لل)?(?:" + "|".join(OFFICE_WORDS) + r")\s+\Z")   # (not «بمكتب X في Y»:
                                                                                                         # held there)


def _in_sentence(text: Text, ms: list[Mention], stated: list[Fact]) -> list[Fact]:
    """What one sentence says together: an event or agreement of a sentence with one city marked as
    where (بالمضيق، بمدينة نواكشوط، في نواكشوط before it) and no other city took place there («عقدت اجتماعا يومي 9 و10 ماي
    بالمضيق»). A place and its country named in one sentence is no statement that one holds the
    other: the reference's containment alone adds nothing."""
    out: list[Fact] = []
    sited = {f.args[0][1] for f in stated if f.role == "place"}
    # «جمعية الأمل، التي يوجد مقرها بوجدة، مشروعا»: a city that says where a body sits sets up nothing (but the city of
    # «بمقر X بالرباط», ``located:at-seat``, is where what is held at that seat is too)
    seats = {(f.args[1][1].start, f.args[1][1].end) for f in stated if f.rule in ("located:seat", "located:seat-of")} \
        | {(m.start, m.end) for n, m in enumerate(ms) if m.kind == "city" and seat(text, m, ms[n - 1] if n else None)}
    starts = [m.start for m in ms]
    for s, e in text.sentences:
        inside = ms[bisect_left(starts, s):bisect_left(starts, e)]
        wheres = {m.entity for m in inside if m.kind == "city" and (
            marked(text, m) or _AFTER_CITY_WORD.search(text.norm, max(0, m.start - 30), m.start))}
        # a bare «في CITY» is where only for what comes after it («عُقد في مدريد … الاجتماع الوزاري»، «اختتمت
        # … أمس في القاهرة ورشة عمل»): after an event it is where that one is (held-in), not the agreement
        # signed «خلال افتتاح ندوة في نيروبي»
        ahead = {m.entity for m in inside if m.kind == "city" and _AFTER_IN.search(text.norm, max(0, m.start - 4), m.start)}
        # («… السيدة X، رئيسة مكتب المنظمة بوجدة»: where the office is, not the event)
        unseated = [m for m in inside if m.kind == "city" and (m.start, m.end) not in seats]
        wheres &= {m.entity for m in unseated}
        ahead &= {m.entity for m in unseated}
        if len(wheres | ahead) != 1 or len({m.entity for m in unseated}) != 1:
            continue
        city = unseated[0]
        breaks = [(b.start(), b.end()) for b in _CLAUSE_BREAK.finditer(text.norm, s, e)]  # (once a sentence: linear)
        # a project or programme set up where the city before it says («أرست X وY، يوم الجمعة بالرباط، مشروعا
        # مشتركا»، «قدمت المفوضية، بالرباط في ١٣ أبريل ٢٠١٨، مشروعا أول»): the city marked as where right
        # before it (only a date between: «اعتمده … بأديس أبابا في إثيوبيا، يواصل البرنامج» is no setting up)
        items = [m for m in inside if (m.kind in _SITED and (wheres or m.start > city.end
                                                             or m.kind == "event" and m.end <= city.start
                                                             and _DATED_THEN_IN.fullmatch(text.norm, m.end, city.start)))
                 or (m.kind in _RUN_AT and any(c.kind == "city" and c.end < m.start and marked(text, c)
                                               and _SET_UP_GAP.fullmatch(text.norm, c.end, m.start)
                                               and (c.start, c.end) not in seats for c in inside))]
        for n, m in enumerate(items):
            # in the same clause: «… بالرباط …، ثم أبرم الوزير اتفاق القرض» does not say where the loan was signed
            lo, hi = (m.end, city.start) if m.end <= city.start else (city.end, m.start)
            if m in sited or _broken(breaks, lo, hi):
                continue
            if n and items[n - 1].start > city.end and (aim := _PURPOSE.match(text.norm, items[n - 1].end, m.start)) \
                    and "," not in text.norm[aim.end():m.start]:
                continue    # «… بأبوجا، مذكرة تفاهم تهدف إلى دعم تنفيذ بروتوكول …»: what it is for was not signed there
            if any(t.key in _COMING for t in text.tokens[m.first:m.last]):
                continue    # «وأعلن الوزير في الرباط أن الاجتماع الوزاري المقبل …»: an event to come is not where it is said
            if n and items[n - 1].kind == "event" and items[n - 1].end <= m.start and not text.norm[items[n - 1].end:m.start].strip() \
                    and text.norm[m.start] == "ل":
                continue    # «الاجتماع الوزاري السابع لحوار أبوظبي»: what the event is of, not where it met
            out.append(_fact(m, city, "place", min(m.start, city.start), max(m.end, city.end),
                             "located:sentence", 0.5))
    return out


def _broken(breaks: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a clause break (``_CLAUSE_BREAK``'s matches in order) lies within ``lo`` … ``hi``."""
    k = bisect_left(breaks, (lo, lo))
    return k < len(breaks) and breaks[k][1] <= hi


_WHERE = re.compile(r"(?:و?ب|في\s+)")


def named_with_word(text: Text, m: Mention) -> bool:
    """Whether a city's mention starts with the word «مدينة» (a known name that has it, «مدينة الداخلة») or is a
    capital named by its nation («العاصمة التونسية»): the scene of what it hosts, not a party to it."""
    return m.kind == "city" and text.norm.startswith(("مدينه ", "العاصمه ", "بالعاصمه "), m.start)


def marked(text: Text, m: Mention) -> bool:
    """Whether a city's mention starts with ب (or وب) marking where: not a name that starts with it
    («بني انصار»، «بركان»، «بروكسل»)."""
    if not _WHERE.match(text.norm, m.start):
        return False
    surface = text.norm[m.start:m.end]
    return table().get(m.entity or "") is None or surface.removeprefix("و") not in normalized_names(m.entity or "")


# «على مدى يومين بمدينة طنجة»، «بأحد فنادق مدينة وجدة»: the city is where (a place in it marked, one word)
_AFTER_CITY_WORD = re.compile(r"(?:" + _CITY_WORD + r"|(?<!\S)(?:في\s+|ب)(?:احد\s+)?\S+\s+(?:مدينه|مدينتي)\s+)\Z")
def _listed_after(text: Text, ms: list[Mention], n: int) -> list[Mention]:
    """The places of ``ms[n]``'s kind listed with و right after it: cities («بمدن بركان والناظور وجرادة»), provinces
    («في ولايات مدنين وقابس وصفاقس»: the «و» outside the name)."""
    out = []
    while n + 1 < len(ms) and _listed(text, ms[n], ms[n + 1]):
        n += 1
        out.append(ms[n])
    return out


_AFTER_IN = re.compile(r"(?<!\S)و?في\s+\Z")              # «عُقد في مدريد … الاجتماع»: the place before the event
# between «بالرباط» and the project set up there: a comma, a date («في ١٣ أبريل ٢٠١٨»، «يوم 5 ماي»)
_SET_UP_GAP = re.compile(r"[\s,]*(?:(?:في|يوم)\s+(?:\S+\s+)?[\d٠-٩]+(?:\s+[^\s,]+){0,2}[\s,]+)?")
_CLAUSE_BREAK = re.compile(r"\sثم\s|;")
# the verbs and participles of aiming at («يهدف»، «الرامية»، «بهدف»), normalized (``relations._AIMS_TO`` too)
AIMING = r"(?:[يت]هدف|[يت]روم|[يت]رمي|بهدف|(?:ال)?(?:هادف|رامي)(?:ه)?)"
_PURPOSE = re.compile(r"[\s»”\")]*,?\s*(?:(?:الذي|التي)\s+)?(?:" + AIMING + r"|من اجل|قصد|ل(?:دعم|تنفيذ|تعزيز|تفعيل))\s")
# one to three words (the space between them required: a word cannot be split two ways, so a long
# first word is read once), a comma, a date ending in a year (a weekday and a Hijri date before it too: «عمّان،
# الثلاثاء 25 رجب 1445هـ الموافق 6 شباط/فبراير 2024 –»), the agency's tag in brackets («الرباط (و م ع) –»،
# «الكويت (كونا) –»), a dash
# («الدوحة في 21 أكتوبر /قنا/ –»، «عمّان، 6 شباط/فبراير –»: a day and a month without the year, an agency between
# slashes)
_DATELINE = re.compile(r"\s*[^\s,،\-–—]+(?:\s+[^\s,،\-–—]+){0,2}\s*[,،]?\s*"
                       r"(?:[^\n]{0,64}?(?:\d{4}|" + DAY_MONTH + r"|/[^/\n]{1,20}/))?\s*"
                       r"(?:\([^()\n]{1,20}\)\s*)?[\-–—]")


# «– أعلنت الوزيرة خلال احتفال رسمي …»: the lead's action happens during the event (its noun right after),
# or the lead reports its works, opening or closing («انطلقت اليوم أشغال المؤتمر»، «اختتام الورشة»)
# («أعمال / فعاليات المؤتمر»: its works, as the Mashriq says)
_DURING = re.compile(r"(?<!\S)(?<!جدول )(?:خلال|أثناء|في|بمناسبة|هامش|أشغال|أعمال|فعاليات|افتتاح|اختتام|انطلاق)\s+\Z"
                     .translate(LETTERS))     # (not «جدول أعمال المؤتمر»: its agenda)
# «لقاء ختامي عن بعد»، «ندوة افتراضية»: an event held online took place nowhere
_ONLINE_WORDS = r"عن\s+بعد|افتراضي|عبر\s+(?:تقنيه|الفيديو|الانترنت)"
_ONLINE = re.compile(r"\s*(?:" + _ONLINE_WORDS + ")")


# «بمناسبة اليوم العالمي للاجئين»، «تخليدا لليوم الدولي للمهاجرين»: a day commemorated is the occasion of what is done,
# not the event done there (the organizer's, the dateline's place and day are of the event named besides it)
_COMMEMORATING = re.compile(r"(?:بمناسبه|تخليدا|احتفاء|احتفالا)\s+\Z")
_MARKED_DAYS = {"يوم", "ذكري"}


def commemorated(text: Text, m: Mention) -> bool:
    """Whether an event is a day the sentence commemorates («بمناسبة اليوم العالمي للاجئين»)."""
    return m.kind == "event" and text.tokens[m.first].key in _MARKED_DAYS \
        and _COMMEMORATING.search(text.norm, max(0, m.start - 12), m.start) is not None


def uncommemorated(text: Text, ms: list[Mention]) -> list[Mention]:
    """The mentions but the days commemorated, when there are others (what is done, not its occasion)."""
    return [m for m in ms if not commemorated(text, m)] or ms


def _dateline(text: Text, ms: list[Mention]) -> list[Fact]:
    """«الرباط، ٩ أيلول/سبتمبر ٢٠١٦ – وقّعت …، خلال ندوة نظمتها الوزارة»: the city of a dateline (past a
    headline too) is where the first event or agreement of the lead sentence took place when the lead's
    action happens «خلال / في / أثناء / بمناسبة / على هامش» it or reports its «أشغال / افتتاح / اختتام»,
    it is not held online, and the lead names no
    other place than the city and what contains it («… مشروع … في مدينتي الرباط ووجدة»: which one is not
    said). (Any first event or agreement of a lead after a headline was tried: two wrong places on unseen
    text, none right.)"""
    found = _dateline_city(text, ms)
    if found is None:
        return []
    city, inside = found
    lead_end = next((e for s_, e in text.sentences if s_ <= city.start < e), len(text.norm))
    if _ONLINE_LEAD.search(text.norm, city.end, lead_end):
        return []       # «– شاركت الوزيرة، عبر تقنية الفيديو، في أعمال المؤتمر»: nothing took place where the dateline is
    out: list[Fact] = []
    signing = _SIGNS_FIRST.match(text.norm, city.end, inside[1].start if len(inside) > 1 else len(text.norm))
    signed = next((m for m in inside if m.kind in _SIGNED), None) if signing is not None else None
    if signing is not None and signed is not None and text.norm[signed.start] != "ل" \
            and not _NOT_SIGNED_HERE.search(text.norm, signing.end(), signed.start) \
            and not _ELSEWHERE_AFTER.search(text.norm, signed.end, lead_end) \
            and _only(city, [m for m in inside if m.kind in PLACE_KINDS - {"country"}]):
        # «الرباط، ٩ أيلول/سبتمبر ٢٠١٦ – وقّعت الوزارة ومنظومة الأمم المتحدة … برنامجاً مشتركاً»: the lead is the
        # signing, where the dateline is (a country the lead names is a party, not where: «تقدّم المملكة بموجبها …»); not
        # where the lead says when or where else, or what the agreement is part of («خلال زيارته إلى …»، «على هامش …»،
        # «في لوكسمبورغ»، «سنة 2013»، «تنفيذا للاتفاق …»; «وقع خلاف حول بنود …»: happened). (The agreement an addendum
        # amends, «ملحقا تعديليا لاتفاق …», is not signed there: the addendum, a mention of its own, is.)
        out.append(_fact(signed, city, "place", city.start, signed.end, "located:dateline", 0.5))
    item = next(iter(uncommemorated(text, [m for m in inside if m.kind in _SITED])), None)
    if item is not None and not (out and item == signed) \
            and _DURING.search(text.norm, max(0, item.start - 18), item.start) and not _ONLINE.match(text.norm, item.end) \
            and not _NEXT_ONE.match(text.norm, item.end) and not _NEXT_ONE.search(text.norm, item.start, item.end) \
            and all(f.args[1][1].entity == city.entity for f in _named_for(text, [item])) \
            and _only(city, [m for m in inside if m.kind in PLACE_KINDS]):
        out.append(_fact(item, city, "place", city.start, item.end, "located:dateline", 0.5))
    return out


def _only(city: Mention, places: list[Mention]) -> bool:
    """Whether ``places`` are the city and what contains it."""
    return all(m.entity == city.entity or m.entity in containers(city.entity or "") for m in places)


# the dateline's dash, then a verb of signing: the lead reports a signing («– وقّعت الوزارة …»، «– أبرم …»)
_SIGNS_FIRST = re.compile(r"[^\-–—\n]{0,80}?[\-–—]\s*(?:و)?(?:وقع|ابرم)(?:ت|ا|تا)?\s")
_SIGNED = {"agreement", "framework", "declaration"}     # what is signed
_ELSEWHERE = r"خلال|اثناء|هامش|زيار\S*"     # during a visit, on a summit's margins: somewhere else
_ELSEWHERE_AFTER = re.compile(r"(?<!\S)(?:" + _ELSEWHERE + r")(?=\s)")     # «… خلال زيارتها لإيطاليا»
_NOT_SIGNED_HERE = re.compile(r"(?<!\S)(?:" + _ELSEWHERE + r"|قبل|منذ|سنه|عام|تنفيذا|ملحق\S*|تعديل\S*|خلاف|نزاع|حول"
                              r"|بنود|في|داخل)(?=\s)")
_ONLINE_LEAD = re.compile(_ONLINE_WORDS + r"|بتقنيه\s+الفيديو")     # (anywhere in the lead)
_NEXT_ONE = re.compile(r"\s*(?:ال)?(?:مقبل|قادم|مرتقب)(?:ه)?(?=[\s,.;:]|\Z)")     # «المؤتمر الإقليمي المقبل»: still to come


def _dateline_city(text: Text, ms: list[Mention], kinds=("city",), headline: bool = True) -> tuple[Mention, list[Mention]] | None:
    """The city (or place of ``kinds``) of the lead sentence's dateline and the mentions of that sentence, or None
    (``headline``: past a headline and the «#» lines, else the first sentence not starting with «#»)."""
    lead = _lead(text) if headline else \
        next((sp for sp in text.sentences if not text.norm[sp[0]:sp[1]].lstrip().startswith("#")), None)
    if lead is None:
        return None
    inside = [m for m in ms if lead[0] <= m.start < lead[1]]
    dateline = _DATELINE.match(text.norm, lead[0])
    if inside and "city" in kinds and inside[0].kind == "country" and (capital := _capitals().get(inside[0].entity or "")):
        # «تونس، … –»، «الجزائر، … –»: a dateline names a city, the capital a country shares its name with
        inside[0] = replace(inside[0], entity=capital, kind="city", cls=CLASSES["city"])
    if not inside or inside[0].kind not in kinds or dateline is None or dateline.end() < inside[0].end:
        return None
    return inside[0], inside


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country → its capital, where the capital's name is the country's and a word more (تونس العاصمة، الجزائر
    العاصمة): the city a dateline names by the country's name."""
    table_ = table()
    return {p.capital_of: p.entity for p in table_.values() if p.kind == "city" and p.capital_of in table_
            and any(n.split()[0] in table_[p.capital_of].names for n in p.names)}


def capital_named_as(country: str) -> str | None:
    """The capital whose name is its country's («تونس»، «الجزائر»، «الكويت»), or None."""
    return _capitals().get(country)


def _lead(text: Text) -> tuple[int, int] | None:
    """The lead sentence: the first one on a line of its own past the «#» lines at the top (a «;» inside
    them ends no line), or the first of the next paragraph when that line is a headline, one line of
    its own without a dateline or a full stop before the body («وزارة الهجرة تطلق موقعها …» ¶ «القاهرة،
    ٢٥ تموز ٢٠١٦ – …»; an HTML page's title before its text)."""
    norm, start = text.norm, 0
    lines: list[tuple[int, int]] = []
    while start < len(norm) and len(lines) < 2:
        end = norm.find("\n", start)
        end = len(norm) if end < 0 else end
        line = norm[start:end]
        if line.strip() and (lines or not line.lstrip().startswith("#")):
            lines.append((start + len(line) - len(line.lstrip()), end))
        start = end + 1
    starts = [s for s, _ in text.sentences]
    for i, (s, e) in enumerate(lines):
        k = bisect_left(starts, s + 1) - 1       # the sentence the line starts in (one may run on from «#» lines)
        if k < 0:
            return None
        span = (s, text.sentences[k][1])
        if i == 0 and len(lines) == 2 and not _DATELINE.match(norm, s, e) and span[1] >= e - 1 \
                and norm.count("\n", e, lines[1][0]) >= 2 and not norm[s:e].rstrip().endswith((".", "!", "?", ":")):
            continue         # a headline: the dateline opens the body after it
        return span
    return None


def home(text: Text, ms: list[Mention], headline: bool = False) -> Mention | None:
    """The country a document is written from, by the city of its dateline («الرباط، ٩ أيلول/سبتمبر ٢٠١٦ –»
    → country/morocco, quoted by the city's words): whose government a minister named without a nation
    serves. None without one (``headline``: a dateline past a headline too)."""
    # «تونس، …», «الكويت، …»: a country's name too (past a headline: as many wrong posts as right ones on unseen text)
    found = _dateline_city(text, ms, ("city", "country"), headline=headline)
    # (the country a document names most, where it has no dateline, was tried: three wrong posts in five on
    # unseen text)
    place = found[0] if found is not None else None
    if place is None or place.entity is None:
        return None
    if place.kind == "country":
        return replace(place, rule="dateline")
    country = next((c for c in containers(place.entity) if (p := table().get(c)) and p.kind == "country"), None)
    return None if country is None else replace(place, entity=country, kind="country", cls="Country", rule="dateline")


# the national news agencies whose tag follows a dateline («أديس أبابا (و م ع) –»، «عمان (بترا) –»), normalized,
# without spaces: their country's
_AGENCIES = {"ومع": "country/morocco", "بترا": "country/jordan", "كونا": "country/kuwait", "واس": "country/saudi-arabia",
             "وام": "country/united-arab-emirates", "قنا": "country/qatar", "بنا": "country/bahrain",
             "العمانيه": "country/oman", "وات": "country/tunisia", "واج": "country/algeria", "اشا": "country/egypt",
             "سانا": "country/syria", "سبا": "country/yemen", "وال": "country/libya", "وما": "country/mauritania",
             "سونا": "country/sudan", "واع": "country/iraq", "وفا": "country/palestinian-territories"}
_TAG = re.compile(r"\(([^()\n]{1,20})\)\s*[\-–—]|/([^/\d٠-٩\n]{1,20})/")      # (not a date «12/03/2025»)
_TAG_AFTER = re.compile(r"\s*(\S+)\s*$", re.M)      # «عمان - بترا» on a line of its own


def government(text: Text, ms: list[Mention], place: Mention | None) -> Mention | None:
    """The country whose government a minister named without a nation serves: the dateline's (``home``), unless the
    dateline carries the tag of a news agency of another country («أديس أبابا (و م ع) – … وزير الشؤون الخارجية السيد
    ناصر بوريطة»، «باريس (و م ع) – قال وزير الداخلية، السيد جيرالد دارمانان»: the agency's minister as often as the
    host's; the dateline's country had posted Moroccan ministers abroad): none then. Past a headline, only a dateline
    whose agency is of its country («تونس في 22 جانفي 2025 (وات) –»: any dateline past a headline posted visiting
    ministers to the city they met in). ``place``: the dateline's country, ``home``'s."""
    if place is None:
        place = home(text, ms, headline=True)
        tag = _tag(text, place)
        return place if place is not None and tag is not None and _AGENCIES.get(tag) == place.entity else None
    return dateline_country(text, ms, place)


# «الدورة المقبلة للجنة المختلطة بمدينة مراكش»، «الاجتماع المقبل للجنة … بتونس»: a body whose session the words before
# it name (its name after ل): the city is where the session is held, not the body's seat
_SESSION_BEFORE = re.compile(r"(?<!\S)(?:ال)?(?:دوره|اجتماع|جلسه)(?:\s+(?:ال)?(?:مقبل|قادم|عادي|استثناءي|سنوي|اول|اولي|ثاني"
                             r"|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|عشر|عشره)(?:ه)?)*\s+\Z")


def _session_of(text: Text, m: Mention) -> bool:
    return text.norm[m.start] == "ل" and _SESSION_BEFORE.search(text.norm, max(0, m.start - 40), m.start) is not None


def dateline_country(text: Text, ms: list[Mention], place: Mention | None = None) -> Mention | None:
    """The country of the dateline (past a headline too, unless ``place`` is given), or None when the dateline carries
    the tag of another country's news agency (whose country a text written abroad is about is not said)."""
    place = place if place is not None else home(text, ms, headline=True)
    tag = _tag(text, place)
    country = _AGENCIES.get(tag) if tag is not None else None
    return None if country is not None and place is not None and country != place.entity else place


def _tag(text: Text, place: Mention | None) -> str | None:
    """The agency's tag of the dateline that names ``place`` («(و م ع)»، «عمان - بترا»): its words without spaces, or
    None."""
    dateline = _DATELINE.match(text.norm, place.start) if place is not None else None
    if place is None or dateline is None:
        return None
    tag = _TAG.search(text.norm, place.end, dateline.end())
    if tag is not None:
        return (tag.group(1) or tag.group(2)).replace(" ", "")
    after = _TAG_AFTER.match(text.norm, dateline.end())
    return after.group(1) if after is not None else None


# the Arab kingdoms a document may be written from: «المملكة» alone (the registry's name of Morocco) is the dateline's
# kingdom (not a European one: Morocco's agency writes «مدريد (و م ع) – … أن المملكة تولي …» of Morocco)
_KINGDOMS = {"country/saudi-arabia", "country/jordan", "country/bahrain"}
_MOROCCAN_AGENCY = re.compile(r"\(\s*و\s*م\s*ع\s*\)")
_THE_KINGDOM = "مملكه"


def kingdom(text: Text, found: list[Mention], home: Mention | None) -> list[Mention]:
    """The mentions, with a bare «المملكة» («للمملكة»، «بالمملكة») standing for the kingdom of the document's dateline
    when that is another kingdom than Morocco («عمان (بترا) – … شريك تنموي رئيسي للمملكة»: Jordan)."""
    if home is None or home.entity not in _KINGDOMS or _MOROCCAN_AGENCY.search(text.norm, 0, 200):
        return found
    tokens = text.tokens
    return [replace(m, entity=home.entity) if m.kind == "country" and m.last - m.first == 1
            and tokens[m.first].key == _THE_KINGDOM and tokens[m.first].definite else m for m in found]


_THE_LAND = "بلاد"
# «شمال شرقي البلاد»، «في أقصى جنوب البلاد»: a part of the country the document is about
_PART_OF_THE_LAND = re.compile((r"(?<!\S)" + _COMPASS_PART + r"\s+\Z").translate(LETTERS))


def the_land(text: Text, found: list[Mention], home: Mention | None) -> list[Mention]:
    """The mentions, with «البلاد» naming a country: by its adjective («البلاد التونسية»، «للبلاد المغربية»), or, after a
    part of it («شمال شرقي البلاد»), the country of the document's dateline (``home``, or past a headline), as the
    annotators read it."""
    home = home or dateline_country(text, found)
    tokens = text.tokens
    taken = {k for m in found for k in range(m.first, m.last)}
    nations = adjectives()
    starts = [m.start for m in found]
    out = []
    for k, t in enumerate(tokens):
        if t.key != _THE_LAND or not t.definite or k in taken:
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) and k + 1 not in taken and not text.norm[t.end:tokens[k + 1].start].strip() \
            else None
        if nxt is not None and nxt.definite and (country := nations.get(nxt.key)) is not None:
            out.append(Mention(t.start, nxt.end, country, "country", "Country", "the-land", 0.6, k, k + 2))
        elif home is not None and home.entity and _PART_OF_THE_LAND.search(text.norm, max(0, t.start - 30), t.start) \
                and not _another_land(text, found, starts, k, home.entity, nations):
            out.append(Mention(t.start, t.end, home.entity, "country", "Country", "the-land", 0.55, k, k + 1))
    return sorted(found + out, key=lambda m: m.start) if out else found


def _another_land(text: Text, found: list[Mention], starts: list[int], k: int, home: str, nations: dict[str, str]) -> bool:
    """Whether the words before token ``k`` in its sentence (forty at most) name another country than ``home``, by name
    or adjective («أعلنت السلطات الإسبانية … جنوب البلاد»: Spain's south)."""
    tokens = text.tokens
    sentence = text.sentences[max(0, bisect_right(text.sentences, (tokens[k].start, len(text.norm))) - 1)][0]
    first = k
    while first > max(0, k - _LAND_REACH) and tokens[first - 1].start >= sentence:
        first -= 1
    countries = {m.entity for m in found[bisect_left(starts, tokens[first].start):bisect_left(starts, tokens[k].start)]
                 if m.kind == "country"}
    return bool(countries - {None, home}) or any(t.definite and nations.get(t.key, home) != home for t in tokens[first:k])


_LAND_REACH = 40


MOROCCO = "country/morocco"
_NATIONAL_ITEMS = {"strategy", "policy", "plan"}
_MOROCCAN = ("مغرب", "مغربي", "مغربيه", "مملكه")


def national(text: Text, found: list[Mention], home: Mention | None) -> list[Mention]:
    """The mentions, with what a document datelined in another country than Morocco names as its own national strategy,
    plan or ministry left unlinked (new) when only a loose or short name made it one of Morocco's known ones: «تونس –
    … الاستراتيجية الوطنية للهجرة» is Tunisia's, «القاهرة – … وزارة الهجرة» Egypt's (not when its words name Morocco)."""
    if home is None or home.entity in (None, MOROCCO):
        return found
    tokens = text.tokens
    out = []
    for m in found:
        moroccan = any(t.key in _MOROCCAN for t in tokens[m.first:m.last])
        if m.entity and not moroccan and (m.kind in _NATIONAL_ITEMS and m.rule == "resembling-name"
                                          or m.cls == "Ministry" and m.last - m.first <= 2):
            m = replace(m, entity=None, rule="head-noun")
        out.append(m)
    return out


def _fact(place: Mention, container: Mention, role: str, start: int, end: int, rule: str,
          confidence: float = 0.6) -> Fact:
    return Fact("located", role, (("what", place), ("where", container)), start, end, rule, confidence)
