"""The gazetteer is the graph: every name (label, alt-label, acronym, in every language) of every
entity of the registry, indexed by the matching keys of its words, so that it grows as the graph grows.

Matching is by whole words, longest name first, on the keys of ``kg.extract.text`` (clitics and the
article set aside), with two guards against common words: a one-word name must agree in
definiteness (the name شراكة does not match بالشراكة), and a Latin acronym must be written in capitals.
A word may also carry a conjunction or preposition without the article (بوزارة, لمنظمة).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.config import ROOT
from kg.extract.model import Mention
from kg.extract.text import Text, Token

QUERIES = ROOT / "queries" / "extract"
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_PREFERENCE = {"prefLabel": 0, "acronym": 1, "altLabel": 2}


@dataclass(frozen=True)
class Entry:
    entity: str           # registry id: organization/iom
    cls: str              # most specific asserted class (local name)
    reference: bool       # has an external identifier: background knowledge, not from a document
    sources: frozenset    # ids of the documents whose facts name it

    @property
    def kind(self) -> str:
        return self.entity.split("/", 1)[0]


@dataclass(frozen=True)
class Name:
    keys: tuple[str, ...]
    entity: str
    text: str
    property: str         # prefLabel | altLabel | acronym
    definite: bool        # (one-word names) carries the article
    capitals: bool        # a Latin acronym: must be written in capitals


def token_keys(tokens: list[Token]) -> list[str]:
    return [t.key if t.arabic else t.key.casefold() for t in tokens]


class Gazetteer:
    def __init__(self, entries: dict[str, Entry], names: list[Name]) -> None:
        self.entries = entries
        self.names = names
        self.index: dict[str, list[Name]] = defaultdict(list)
        for name in sorted(names, key=lambda n: (-len(n.keys), _PREFERENCE[n.property], n.entity)):
            self.index[name.keys[0]].append(name)

    # Building ------------------------------------------------------------------------------
    @classmethod
    def from_store(cls, store: ox.Store, base_iri: str) -> "Gazetteer":
        prefix = base_iri + "id/"
        entries = {}
        for row in store.query((QUERIES / "entities.rq").read_text()):
            entity = row["entity"].value.removeprefix(prefix)
            classes = row["classes"].value.split()
            entries[entity] = Entry(entity, _local(classes), row["external"] is not None,
                                    frozenset(s.rsplit("/", 1)[-1] for s in (row["sources"].value.split()
                                                                              if row["sources"] else [])))
        rows = [(r["entity"].value.removeprefix(prefix), r["name"].value, r["property"].value.rsplit("#", 1)[-1])
                for r in store.query((QUERIES / "names.rq").read_text())]
        return cls(entries, [n for e, text, p in rows if e in entries for n in [make_name(e, text, p)] if n])

    def without(self, source: str, texts: dict[str, str]) -> "Gazetteer":
        """What is known without document ``source``: entities that other documents name, or
        reference entities; and of their names only those not attested in ``source`` alone."""
        others = [Text(t) for s, t in texts.items() if s != source]
        own = Text(texts[source])
        other_keys = [" ".join(token_keys(t.tokens)) for t in others]
        own_keys = " ".join(token_keys(own.tokens))

        def attested(keys: tuple[str, ...], joined: str) -> bool:
            return f" {' '.join(keys)} " in f" {joined} "

        entries = {e: x for e, x in self.entries.items() if x.reference or (x.sources - {source})}
        names = [n for n in self.names if n.entity in entries
                 and (n.property == "prefLabel" and entries[n.entity].reference
                      or not attested(n.keys, own_keys) or any(attested(n.keys, k) for k in other_keys))]
        return Gazetteer(entries, names)

    # Matching ------------------------------------------------------------------------------
    def match(self, text: Text) -> list[Mention]:
        tokens = text.tokens
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
                                    "gazetteer", 0.6 if ambiguous else 0.95, i, i + n))
            i += n
        return mentions

    def longest(self, tokens: list[Token], keys: list[str], i: int):
        """The longest name starting at token ``i``: (name, ambiguous, length) or None."""
        first = tokens[i]
        heads = [keys[i]]
        if first.arabic and not first.definite:
            heads += [keys[i][len(p):] for p in _PROCLITICS if keys[i].startswith(p) and len(keys[i]) - len(p) >= 3]
        for head in heads:
            best = None
            for name in self.index.get(head, ()):
                n = len(name.keys)
                if best and n < len(best.keys):
                    break
                if tuple(keys[i + 1:i + n]) != name.keys[1:] or i + n > len(keys):
                    continue
                if n == 1 and first.arabic and (first.definite != name.definite or head != keys[i]):
                    continue
                if name.capitals and tokens[i].text != name.text:
                    continue
                if best is None:
                    best = name
                elif best.entity != name.entity:
                    return best, True, len(best.keys)
            if best:
                return best, False, len(best.keys)
        return None


def make_name(entity: str, text: str, prop: str) -> Name | None:
    tokens = Text(text).tokens
    if not tokens:
        return None
    capitals = prop == "acronym" and len(tokens) == 1 and not tokens[0].arabic and len(text) <= 6
    return Name(tuple(token_keys(tokens)), entity, tokens[0].text if capitals else text, prop,
                tokens[0].definite if len(tokens) == 1 else False, capitals)


def _local(classes: list[str]) -> str:
    """The most telling class: the ontology's own before FOAF's."""
    own = sorted(c.rsplit("#", 1)[-1] for c in classes if "/mgkg/ontology#" in c)
    if own:
        return own[-1] if len(own) == 1 else sorted(own, key=len)[-1]
    return "foaf:Person" if any(c.endswith("/Person") for c in classes) else (classes[0].rsplit("/", 1)[-1] if classes else "")
