"""The gazetteer is the graph: every name (label, alt-label, acronym, in every language) of every
entity of the registry, indexed by the matching keys of its words, so that it grows as the graph grows.

Matching is by whole words, longest name first, on the keys of ``kg.extract.text`` (clitics and the
article set aside), with two guards against common words: a name must agree word by word in
definiteness (the name شراكة does not match بالشراكة, nor مشروع شراكة «المشروع بالشراكة»), and a
Latin acronym must be written in capitals. The first word may also carry a conjunction or preposition
without the article (بوزارة, لمنظمة), unless the name is a single word other than a place's.
"""

from __future__ import annotations

import builtins
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox
from babel import Locale

from kg import queryfiles
from kg.extract import places
from kg.extract.model import Mention
from kg.extract.text import Text, Token

PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_TO_LAM = ("لل", "ولل", "فلل")
_PREFERENCE = {"prefLabel": 0, "acronym": 1, "altLabel": 2}
_ARABIC = re.compile("[\u0600-\u06ff]")
# Places are background knowledge, like a geographic gazetteer: no document teaches them.
PLACES = {"country", "region", "area", "city"}


@dataclass(frozen=True)
class Entry:
    entity: str           # registry id: organization/iom
    cls: str              # most specific asserted class (local name)
    reference: bool       # a place, or has an external identifier: background knowledge, not from a document
    sources: frozenset    # ids of the documents whose facts name it
    registered: bool = True     # in the registry (else from a reference table only)
    classes: frozenset[str] = frozenset()   # every class the registry asserts (local names): IOM is a UN system entity
                                            # too, though its most telling class is an intergovernmental organization

    @property
    def kind(self) -> str:
        return self.entity.split("/", 1)[0]


@dataclass(frozen=True)
class Known:
    cls: str                            # the most specific class (local name)
    label: str                          # Arabic
    registry: dict[str, str] | None     # ar, en, fr labels of an entity the registry lacks, for the registry


@dataclass(frozen=True)
class Name:
    keys: tuple[str, ...]
    entity: str
    text: str
    property: str         # prefLabel | altLabel | acronym
    articles: tuple[bool, ...]  # per word: carries the article (False for Latin words)
    capitals: bool        # a Latin acronym: must be written in capitals
    joined: tuple[bool, ...] = ()     # per word: و with the article («والهجرة»): «X والمغرب» is not «X بالمغرب»

    @builtins.property  # to type checkers, the field ``property`` hides the builtin in this class
    def definite(self) -> bool:
        return self.articles[0]


def token_keys(tokens: list[Token]) -> list[str]:
    return [t.key if t.arabic else t.key.casefold() for t in tokens]


REGION_WORD = "جهه"     # «جهة», as a key


class Gazetteer:
    def __init__(self, entries: dict[str, Entry], names: list[Name]) -> None:
        self.entries = entries
        self.names = names
        self.index: dict[str, list[Name]] = defaultdict(list)
        self._by_word: dict[str, list[Name]] | None = None
        self._name_words: dict[Name, frozenset[str]] = {}
        self._attested: dict[str, frozenset[Name]] = {}
        self._labels: dict[str, str] | None = None
        self._bodies_named: dict[str, frozenset[str]] = {}
        own = {(n.entity, n.keys) for n in names}
        for name in sorted(names, key=lambda n: (-len(n.keys), _PREFERENCE[n.property], n.entity)):
            if name.keys[0] == REGION_WORD and (name.entity, name.keys[1:]) in own:
                continue        # «جهة سوس ماسة» (a label) is read as the unit's word and «سوس ماسة»: the mentions'
                                # rules read that word («مجلس جهة …»، «ولاية جهة …»); (a name that needs its word,
                                # «محافظة قنا» (قنا is also an agency), stays whole)
            self.index[name.keys[0]].append(name)

    def resembling(self, keys: list[str], kind: str) -> str | None:
        """The one entity of ``kind`` a new name most resembles, if it is close enough: nearly all
        its words (two or more) are words of one of the entity's names, spelled loosely (الاتفاق
        العالمي للهجرة ~ الميثاق العالمي من أجل الهجرة …). Translations of one name differ like this."""
        words = self._loose_words(keys)
        if len(words) < 2:
            return None
        if self._by_word is None:       # built on first use: most gazetteers never need it
            self._by_word = defaultdict(list)
            for name in self.names:
                if (name.entity, name.text) in _table_names():
                    continue    # a name of the bodies' table is matched whole, never resembled: المجلس الاستشاري
                                # لحقوق الإنسان is another council than المجلس الوطني لحقوق الإنسان, الوكالة الفرنسية
                                # (Expertise France) another agency than الوكالة الفرنسية للتنمية
                for word in self._words(name):
                    self._by_word[word].append(name)
        # … unless what follows the head is a name itself, or begins with one: مكتب الأمم المتحدة is the UN's office,
        # not the UN; وكالة الأمم المتحدة المعنية بالهجرة (IOM) is not شبكة الأمم المتحدة المعنية بالهجرة
        rest = tuple(keys[1:])
        swappable = len(words) > 2 and _institution(keys[0]) and \
            not any(n.keys == rest[:len(n.keys)] for n in self.index.get(rest[0] if rest else "", ()))
        own_head = _loose(keys[0])
        scores: dict[str, tuple[float, float]] = {}
        nations = self._nations(keys, words)
        ours_adjectives = _adjectives(keys)
        scopes = _SCOPES & words
        ordinals = _SERIES_WORDS & words
        for name in {n for w in words for n in self._by_word.get(w, ())}:
            if self.entries[name.entity].kind != kind:
                continue
            theirs = self._nations(name.keys, self._words(name))
            if (nations and theirs and nations.isdisjoint(theirs)) or (ours_adjectives and not theirs) \
                    or (not nations and _adjectives(name.keys)):
                continue        # الوكالة اليابانية للتعاون الدولي is not الوكالة الألمانية للتعاون الدولي; nor is a body
                                # of one nation's adjective one that names no country (الوكالة الغينية لإنعاش التشغيل is
                                # not ANAPEC, وكالة تنمية … not الوكالة البلجيكية للتنمية)
            if scopes and (other_scopes := _SCOPES & self._words(name)) and scopes.isdisjoint(other_scopes):
                continue        # المنتدى الإفريقي الأول حول الهجرة is not المنتدى العالمي الأول حول الهجرة والتنمية
            if ordinals and (other_ordinals := _SERIES_WORDS & self._words(name)) and ordinals != other_ordinals:
                continue        # الدورة الخامسة عشرة للمنتدى العالمي … is not its fifth meeting (المنتدى الخامس …)
            other = self._words(name)
            if len(keys) > 1 and len(name.keys) > 1 and _loose(keys[0]) in _ASSOCIATIONS \
                    and self._own_words(keys[1], name.keys[1], name.entity):
                continue        # جمعية الأمل للتنمية والهجرة is not جمعية كارفور للتنمية والهجرة: a name of its own after the head
            shared = len(words & other)
            score = (shared / len(words), shared / len(words | other))
            # (a head before the whole name is its office, «مكتب المنظمة الدولية للهجرة»: the body)
            their_head = _loose(name.keys[0])
            other_head = own_head in _BODY_HEADS and their_head in _BODY_HEADS and own_head != their_head \
                and name.keys != rest
            if other_head and swappable and _institution(name.keys[0]) and words - {own_head} == other - {their_head}:
                score = (1.0, 1.0)      # منظمة العمل الدولية ~ مكتب العمل الدولي: the same words after the head
            elif other_head:
                continue                # وكالة الأمم المتحدة المعنية بالهجرة (IOM) is not شبكة الأمم المتحدة …: another body
            # (half the words of both only when all of the new name's are the known one's: الاتفاق العالمي للهجرة ~ the
            # GCM, not الوكالة الوطنية لتشغيل الشباب ~ الوكالة الوطنية لإنعاش التشغيل والكفاءات)
            # (``score``, not the counts: an office's head swapped for the body's is (1, 1))
            if shared >= 2 and score[0] >= RESEMBLANCE and (score[1] > 0.5 or (score[1] == 0.5 and score[0] == 1)) \
                    and score > scores.get(name.entity, (0, 0)):
                scores[name.entity] = score
        ranked = sorted(scores.items(), key=lambda x: x[1], reverse=True)
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    @staticmethod
    def _nations(keys, words: frozenset[str]) -> frozenset[str]:
        """The countries a name names, by name or by nationality adjective."""
        named = {w for w in words if w.startswith("country/")}
        return frozenset(named | _adjectives(keys))

    def _own_words(self, ours: str, theirs: str, entity: str) -> bool:
        """Whether the words right after the two heads differ and are each a proper word, one that names nothing but
        ``entity`` among the known names or nothing known at all (كارفور، الأمل، طنجة), not a word many names share
        (التنمية، الهجرة، العالمي)."""
        assert self._by_word is not None
        ours, theirs = _loose(ours), _loose(theirs)
        return ours != theirs and all(not {n.entity for n in self._by_word.get(w, ())} - {entity} for w in (ours, theirs))

    def _words(self, name: Name) -> frozenset[str]:
        words = self._name_words.get(name)
        if words is None:
            words = self._name_words[name] = self._loose_words(name.keys)
        return words

    def _loose_words(self, keys) -> frozenset[str]:
        """The words of a name, loosely spelled, with each place it names as the place itself: حكومة
        المغرب and حكومة المملكة المغربية say the same."""
        words, i = set(), 0
        while i < len(keys):
            # (a place with ب or ل attached, «بعثة المنظمة بتونس», is the place: the office in Tunisia)
            place = next((n for key in (keys[i], keys[i][1:] if keys[i][:1] in ("ب", "ل") else None) if key
                          for n in self.index.get(key, ()) if n.entity.split("/", 1)[0] in PLACES
                          and (key, *keys[i + 1:i + len(n.keys)]) == n.keys), None)
            words.add(place.entity if place else _loose(keys[i]))
            i += len(place.keys) if place else 1
        return frozenset(words) - _FUNCTION_WORDS

    # Building ------------------------------------------------------------------------------
    @classmethod
    def from_store(cls, store: ox.Store, base_iri: str) -> Gazetteer:
        prefix = base_iri + "id/"
        entries = {}
        solutions = store.query(queryfiles.text("extract", "entities.rq"))
        assert isinstance(solutions, ox.QuerySolutions)  # a SELECT
        for row in solutions:
            entity = row["entity"].value.removeprefix(prefix)
            classes = row["classes"].value.split()
            reference = row["external"] is not None or entity.split("/", 1)[0] in PLACES
            entries[entity] = Entry(entity, _local(classes), reference,
                                    frozenset(s.rsplit("/", 1)[-1] for s in (row["sources"].value.split()
                                                                              if row["sources"] else [])),
                                    classes=frozenset(re.split("[#/]", c)[-1] for c in classes))
        solutions = store.query(queryfiles.text("extract", "names.rq"))
        assert isinstance(solutions, ox.QuerySolutions)  # a SELECT
        rows = [(r["entity"].value.removeprefix(prefix), r["name"].value, r["property"].value.rsplit("#", 1)[-1])
                for r in solutions]
        names = [n for e, text, p in rows if e in entries for n in [make_name(e, text, p)] if n]
        with_places(entries, names)
        with_bodies(entries, names)
        return cls(entries, names)

    def without(self, source: str, texts: dict[str, str]) -> Gazetteer:
        """What is known without document ``source``: entities that other documents name, or
        reference entities; and of their names only those not attested in ``source`` alone."""
        own = self.attested(texts[source])
        elsewhere = set().union(*(self.attested(t) for s, t in texts.items() if s != source))
        entries = {e: x for e, x in self.entries.items() if x.reference or (x.sources - {source})}
        names = [n for n in self.names if n.entity in entries
                 and (n.property == "prefLabel" and entries[n.entity].reference or entries[n.entity].kind in PLACES
                      or (n.entity, n.text) in _table_names() or n not in own or n in elsewhere)]
        return Gazetteer(entries, names)

    def attested(self, original: str) -> frozenset[Name]:
        """Every name that matches somewhere in the text ``original``, nested or not; once per text
        (leaving each of n documents out reads every text n times)."""
        found = self._attested.get(original)
        if found is None:
            text = Text(original)
            tokens, keys = text.tokens, token_keys(text.tokens)
            found = self._attested[original] = frozenset(
                name for i in range(len(tokens)) for head in self._heads(tokens, keys, i)
                for name in self.index.get(head, ()) if self._fits(name, tokens, keys, i, head))
        return found

    def describe(self, entity: str) -> Known | None:
        """What a candidate graph says of a known entity it links to, so that it reads without the graph:
        its class and Arabic label (the label first, else its first Arabic name); and for a body or place
        the registry lacks (from a reference table), its names in ar, en and fr for the registry."""
        if self._labels is None:        # built on first use
            self._labels = {}
            for name in sorted(self.names, key=lambda n: _PREFERENCE[n.property]):
                if _ARABIC.search(name.text):
                    self._labels.setdefault(name.entity, name.text)
        entry, label = self.entries.get(entity), self._labels.get(entity)
        if entry is None or label is None:
            return None
        return Known(entry.cls, label, None if entry.registered else _reference_labels(entity, label))

    def bodies_named_in(self, entity: str) -> frozenset[str]:
        """The known organizations a known entity's longest Arabic name names («اتفاق المقر بين المملكة المغربية
        والمنظمة الدولية للهجرة»: IOM): a document that names one of them may name the entity by a common phrase
        («اتفاق المقر»)."""
        if entity not in self._bodies_named:
            names = [n.text for n in self.names if n.entity == entity and _ARABIC.search(n.text)]
            longest = max(names, key=len, default="")
            self._bodies_named[entity] = frozenset(m.entity for m in self.match(Text(longest), 1)
                                                   if m.kind == "organization" and m.entity)    # (past its head: not itself)
        return self._bodies_named[entity]

    # Matching ------------------------------------------------------------------------------
    def match(self, text: Text, first: int = 0, last: int | None = None) -> list[Mention]:
        """The names in tokens ``[first, last)`` of ``text``, longest first, never overlapping."""
        tokens = text.tokens[first:last]
        keys = token_keys(tokens)
        mentions, i = [], 0
        while i < len(tokens):
            found = self.longest(tokens, keys, i)
            if found is None:
                i += 1
                continue
            name, ambiguous, n = found
            entry = self.entries[name.entity]
            mentions.append(Mention(tokens[i].start, tokens[i + n - 1].end, name.entity, entry.kind, entry.cls,
                                    "gazetteer", 0.6 if ambiguous else 0.95, first + i, first + i + n))
            i += n
        return mentions

    def longest(self, tokens: list[Token], keys: list[str], i: int):
        """The longest name starting at token ``i``: (name, ambiguous, length) or None."""
        for head in self._heads(tokens, keys, i):
            best = None
            for name in self.index.get(head, ()):
                if best and len(name.keys) < len(best.keys):
                    break
                if not self._fits(name, tokens, keys, i, head):
                    continue
                if best is None:
                    best = name
                elif best.entity != name.entity:
                    return best, True, len(best.keys)
            if best:
                return best, False, len(best.keys)
        return None

    @staticmethod
    def _heads(tokens: list[Token], keys: list[str], i: int) -> tuple[str, ...]:
        """The keys a name may start with at token ``i``: its own, or without a bare proclitic."""
        first = tokens[i]
        if first.arabic and first.definite and first.text.startswith(_TO_LAM):
            return keys[i], first.text[first.text.index("ل") + 1:]     # «لليبيا»، «وللبنان»: ل before a name's own ل
        if not first.arabic or first.definite:
            return (keys[i],)
        heads = _without_proclitic(keys[i])
        if keys[i][:1] == "ك" and len(keys[i]) == 5 and (i == 0 or keys[i - 1] not in _LIKE_AFTER):
            # ك «like» before a name of four letters only after a plural of places («دول كتونس ومالي»، «مدن كطنجة»):
            # «كلاوس باومان» is no «ك + لاوس»
            heads = tuple(h for h in heads if h != keys[i][1:])
        return heads

    @staticmethod
    def _fits(name: Name, tokens: list[Token], keys: list[str], i: int, head: str) -> bool:
        n = len(name.keys)
        if i + n > len(keys) or tuple(keys[i + 1:i + n]) != name.keys[1:]:
            return False
        if n == 1 and tokens[i].arabic and head != keys[i] and name.entity.split("/", 1)[0] not in PLACES \
                and (name.entity, name.text) not in _table_names():
            return False        # بشراكة is not the name شراكة; بسويسرا is Switzerland, لإنابل Enabel (the bodies' table's
                                # one-word names are proper names: no common word they could be)
        lam = head != keys[i] and tokens[i].definite      # (the name after «لل»: its ل is its own, no article)
        li_al = keys[i].startswith(_LI_AL) and head == keys[i][len(_LI_AL):]    # («لألمانيا»)
        if any(t.definite != d and not (k == 0 and (lam and not d or li_al and d))
               for k, (t, d) in enumerate(zip(tokens[i:i + n], name.articles, strict=False)) if t.arabic):
            return False
        if any(_joined(t) and not j for t, j in zip(tokens[i + 1:i + n], name.joined[1:], strict=False)):
            return False        # «المنظمة الدولية للهجرة والمغرب» is IOM and Morocco, not IOM's mission in Morocco
        return not name.capitals or tokens[i].text == name.text


def with_places(entries: dict[str, Entry], names: list[Name]) -> None:
    """Adds the places of the reference table (``kg.extract.places``) the registry does not have, and
    the names it does not give them; a place is background knowledge: ``reference``, no source."""
    _with_background(entries, names, ((p.entity, places.CLASSES[p.kind], [(n, "altLabel") for n in p.names])
                                      for p in places.table().values()))


def with_bodies(entries: dict[str, Entry], names: list[Name]) -> None:
    """Adds the organizations of the reference table ``data/organizations.tsv`` (``bodies``) as
    ``with_places`` adds places: a body the registry has keeps its class, and gains the names it lacks."""
    _with_background(entries, names, ((b.entity, b.cls, [*((n, "altLabel") for n in b.names),
                                                            *((a, "acronym") for a in b.acronyms)])
                                      for b in bodies().values()))


def _with_background(entries: dict[str, Entry], names: list[Name], known) -> None:
    """An entity of a reference table the registry lacks is added, ``reference`` and not ``registered``, its
    first name its label; one it has gains the names it lacks."""
    have = {(n.entity, n.text) for n in names}
    for entity, cls, labels in known:
        new = entity not in entries
        if new:
            entries[entity] = Entry(entity, cls, True, frozenset(), registered=False, classes=frozenset({cls}))
        for k, (text, prop) in enumerate(labels):
            if (entity, text) not in have:
                name = make_name(entity, text, "prefLabel" if new and k == 0 else prop)
                if name is not None:
                    names.append(name)
                    have.add((entity, text))


def _reference_labels(entity: str, label: str) -> dict[str, str]:
    """The names of a body or place of the reference tables in the registry's three languages: a body's from
    its table, a country's from CLDR (Babel) by its ISO code; none known is left empty for the curator."""
    body, place = bodies().get(entity), places.table().get(entity)
    en, fr = (body.en, body.fr) if body else ("", "")
    if place is not None and place.iso2:
        en, fr = (Locale(lang).territories.get(place.iso2, "") for lang in ("en", "fr"))
    return {"ar": label, "en": en, "fr": fr}


@lru_cache(maxsize=1)
def _table_names() -> frozenset[tuple[str, str]]:
    """(entity, name) of the bodies' table: background knowledge, known whatever document is left out."""
    return frozenset((b.entity, n) for b in bodies().values() for n in (*b.names, *b.acronyms))


@lru_cache(maxsize=1)
def table_keys() -> frozenset[tuple[str, tuple[str, ...]]]:
    """(entity, matching keys) of the bodies' table's Arabic names: proper names chosen by hand, a body's own even
    when its words look common («البنك الدولي»)."""
    return frozenset((entity, tuple(token_keys(Text(name).tokens))) for entity, name in _table_names()
                     if _ARABIC.search(name))


@dataclass(frozen=True)
class Body:
    entity: str
    cls: str                    # the ontology's class (local name), for a body the registry does not have
    en: str                     # the established names, for the registry when a curator accepts a fact on it
    fr: str
    names: tuple[str, ...]      # Arabic, the label first
    acronyms: tuple[str, ...]


@lru_cache(maxsize=1)
def bodies() -> dict[str, Body]:
    """The organizations of ``data/organizations.tsv`` by id."""
    out = {}
    text = resources.files("kg.extract").joinpath("data/organizations.tsv").read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not 5 <= len(fields) <= 6:
            raise ValueError(f"data/organizations.tsv, line {n}: {len(fields)} fields, not 6 (tab-separated)")
        entity, cls, en, fr, arabic, acronyms = [*fields, ""][:6]     # (an editor may drop a trailing tab)
        out[entity] = Body(entity, cls, en, fr, tuple(arabic.split("|")), tuple(a for a in acronyms.split("|") if a))
    return out


_ASSOCIATIONS = {"جمعي", "رابط", "شبك"}   # heads whose next word is the body's own name (جمعية الأمل، رابطة …)


def _adjectives(keys) -> set[str]:
    """The countries a name's nationality adjectives name (اليابانية، الغينية)."""
    return {c for k in keys if (c := places.adjectives().get(k))}


RESEMBLANCE = 0.7   # the share of a new name's words a known name must have for the two to be linked
# Head nouns translations swap for one institution (International Labour Organization / Office).
_INSTITUTIONS = {"منظم", "مكتب", "هيء", "وكال"}
# Head nouns of bodies (loosely spelled): a name with another head names another body, but for the institutions
# whose names swap heads (منظمة العمل الدولية ~ مكتب العمل الدولي)
_BODY_HEADS = _INSTITUTIONS | {"شبك", "مجلس", "لجن", "صندوق", "مفوضي", "وزار", "جمعي", "مءسس", "مركز", "مرصد", "اتحاد",
                               "تحالف", "اءتلاف", "منتدي", "بعث", "ممثلي", "سفار", "قنصلي", "مندوبي"}
_FUNCTION_WORDS = {"من", "اجل", "في", "حول", "علي", "الي", "عن", "مع", "بين", "بشان"}
_SYNONYMS = {"ميثاق": "اتفاق", "اتفاقي": "اتفاق"}   # one word, several translations: the Global Compact
# Words of scope (continental, regional, world): two names of different scopes name different things
_SCOPES = {"افريقي", "عربي", "اوروبي", "اورومتوسطي", "متوسطي", "مغاربي", "اسيوي", "امريكي", "عالمي", "اقليمي",
           "جهوي", "وطني", "محلي", "قاري"}
# which one of a series a name says, in loose forms («الخامسة عشرة» is خامس and عشر)
_SERIES_WORDS = {"اول", "اولي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "حادي", "عشر",
                 "عشرين", "ثلاثين"}


def _loose(key: str) -> str:
    """A word without the feminine ending, without a bare proclitic before four letters or more
    (وإنعاش ~ لإنعاش), and one spelling of synonyms: دولية ~ دولي, ميثاق ~ اتفاق."""
    key = key[:-1] if key.endswith("ه") and len(key) > 3 else key
    key = key[1:] if key[:1] in "وفبل" and len(key) > 4 else key
    return _SYNONYMS.get(key, key)


@lru_cache(maxsize=65536)
def _without_proclitic(key: str) -> tuple[str, ...]:
    """A key, then what it is without each bare proclitic it may carry (words repeat: cached)."""
    # (ك «like» before a name of three letters is rarer than a name that begins with it: كسلا is not «ك + سلا»)
    # (and «لألمانيا»: ل before a name whose first letters are those of the article, keyed without them as «ألمانيا»
    # is; ل before the article itself is written «لل»)
    return (key, *(key[len(p):] for p in PROCLITICS if key.startswith(p)
                   and len(key) - len(p) >= (4 if p.endswith("ك") else 3)),
            *((key[len(_LI_AL):],) if key.startswith(_LI_AL) and len(key) >= 6 else ()))


_LI_AL = "لال"
_LIKE_AFTER = {"دول", "دولا", "بلدان", "مدن", "مدنا", "عواصم", "مناطق", "بلاد"}


def _institution(key: str) -> bool:
    return _loose(key) in _INSTITUTIONS


def make_name(entity: str, text: str, prop: str) -> Name | None:
    tokens = Text(text).tokens
    if not tokens:
        return None
    capitals = prop == "acronym" and len(tokens) == 1 and not tokens[0].arabic and len(text) <= 6
    return Name(tuple(token_keys(tokens)), entity, tokens[0].text if capitals else text, prop,
                tuple(t.definite for t in tokens), capitals, tuple(_joined(t) for t in tokens))


def _joined(token: Token) -> bool:
    return token.arabic and token.definite and token.text[:1] == "و"


def _local(classes: list[str]) -> str:
    """The most telling class: the ontology's own before FOAF's."""
    own = sorted(c.rsplit("#", 1)[-1] for c in classes if "/mgkg/ontology#" in c)
    if own:
        return own[-1] if len(own) == 1 else sorted(own, key=len)[-1]
    return "foaf:Person" if any(c.endswith("/Person") for c in classes) else (classes[0].rsplit("/", 1)[-1] if classes else "")
