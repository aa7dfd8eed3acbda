"""One document through the extractor: text → normalized view → mentions → values → facts → values on
their subjects."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.extract import mentions, places, relations, values
from kg.extract.gazetteer import Gazetteer, Known
from kg.extract.model import Fact, Mention
from kg.extract.text import Text


@dataclass
class Extraction:
    text: Text
    mentions: list[Mention]
    dates: list[values.DateValue]
    amounts: list[values.Amount]
    facts: list[Fact]
    implicit: list[Mention]     # names nested in others, anaphors (الوزارة): arguments of facts, never mentions
    values: list[relations.Attached] = field(default_factory=list)   # the dates and amounts on their subjects
    # a place in a place (mg:partOf), an event at a place (mg:place): kind "located", written by output.py
    # with the values (not as a participation or post), so kept apart from ``facts``
    located: list[Fact] = field(default_factory=list)
    # the class and Arabic label of each known entity the output names (``Gazetteer.describe``)
    known: dict[str, Known] = field(default_factory=dict)
    groups: list[relations.Group] = field(default_factory=list)     # who an item is for, as the text words them

    def span(self, item) -> tuple[int, int]:
        """Original offsets of anything with normalized ``start``/``end``."""
        return self.text.span(item.start, item.end)

    def quote(self, item) -> str:
        return self.text.quote(item.start, item.end)


def _as_found(found: list[Mention], implicit: list[Mention], facts: list[Fact]) -> list[Fact]:
    """The facts with each argument as the document's mention of the same span and kind: a name a relation read again
    (a title's body, «مديرة المكتب الإقليمي … التابع لمنظمة العمل الدولية») is the one the mentions linked since (to
    the acronym after it), so that every argument is a mention the output knows."""
    by_span = {(m.start, m.end, m.kind): m for m in found}
    # (else, a new one the output names no mention of is the found one of that kind that starts there: a heading's name
    # read on past its line's end by a possessive, «٣. اللجنة الوطنية لحقوق الإنسان ⏎ الدور: … أمينها العام»)
    by_start = {(m.start, m.kind): m for m in found}
    implied = {(m.start, m.end, m.kind) for m in implicit}
    def same(m: Mention) -> Mention:
        key = (m.start, m.end, m.kind)
        return by_span.get(key) or (m if key in implied or m.entity else by_start.get((m.start, m.kind), m))
    return [f if all(same(m) is m for _, m in f.args) else replace(f, args=tuple((k, same(m)) for k, m in f.args))
            for f in facts]


def extract(original: str, gazetteer: Gazetteer) -> Extraction:
    text = Text(original)
    found = mentions.find(text, gazetteer)
    # (a currency's name alone is the one of the country the document is written from: «درهم» datelined Abu Dhabi)
    country = places.home(text, found)
    # («المملكة» is the dateline's kingdom past a headline too: «عمّان – …» after a title line)
    kingdom = country or places.home(text, found, headline=True)
    found = places.the_land(text, places.national(text, places.kingdom(text, found, kingdom), country), country)
    entry = places.table().get(country.entity or "") if country is not None else None
    local = values.local_currency(entry.iso2) if entry is not None and entry.iso2 else None
    dates, amounts = values.dates(text), relations.unclaimed(text, values.amounts(text, local))
    implicit = sorted(mentions.nested(text, gazetteer, found) + mentions.anaphors(text, found), key=lambda m: m.start)
    # (a group named by its count has its values; which relations take it, ``mentions.arguments`` says)
    arguments = mentions.arguments(text, found)
    facts, placed = relations.affirmed(text, relations.find(text, arguments, amounts, implicit,
                                                            places.government(text, found, country)),
                                       places.located(text, arguments))
    # where the document's agreement was signed, read by the relations (``_Sentence.signed_at``): a place's fact
    sited = [f for f in facts if f.kind == "located"]
    facts = [f for f in facts if f.kind != "located"]
    # (a bare «الجمعية» standing for the association named before is where a value may be of it: «وتأسست الجمعية سنة 2005»)
    again = [replace(m, rule="referent") for m in implicit if m.rule == "anaphora" and m.parts]
    attached, groups = relations.attach(text, sorted(found + again, key=lambda m: m.start), facts, amounts, dates)
    located = placed + sited + places.hosted(facts, placed) + places.run_in(text, arguments, facts) \
        + places.in_own_name(text, found, lambda first, last: gazetteer.match(text, first, last))
    facts = _as_found(found, implicit, facts + places.city_hosts(located))
    located = _as_found(found, implicit, located)
    named = [*found, *(m for f in facts + located for _, m in f.args), *(v.subject for v in attached if v.subject)]
    known = {m.entity: d for m in named if m.entity and (d := gazetteer.describe(m.entity)) is not None}
    return Extraction(text, found, dates, amounts, facts, implicit, attached, located, known, groups)
