"""What the extractor proposes: mentions of entities and facts, each with where, how and how sure.

Offsets are into the normalized text (``Text.norm``) until the pipeline maps them to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str | None      # registry id (organization/iom); None: a new entity to review
    kind: str               # the id's kind: organization, person, country, programme, event …
    cls: str                # a class of the ontology (local name), or foaf:Person
    rule: str               # gazetteer | head-noun | honorific | name-before-title
    confidence: float
    first: int              # token indices [first, last)
    last: int
    parts: tuple[Mention, ...] = field(default=(), compare=False)   # names inside a name made of them

    @property
    def new(self) -> bool:
        return self.entity is None


def covered(mentions) -> set[int]:
    """The token indices the mentions cover."""
    return {i for m in mentions for i in range(m.first, m.last)}


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str
    estimate: bool = False


@dataclass(frozen=True)
class Fact:
    kind: str                          # funding | participation | post
    role: str                          # funding; a role of vocab/role; a post of vocab/post
    args: tuple[tuple[str, Mention], ...]
    start: int                         # the clause that states it
    end: int
    rule: str
    confidence: float
    amount: Amount | None = None
    title: str | None = None           # a post's title as written
    joint: bool = False                # funding: the amount is the funders' of this clause together

    def arg(self, name: str) -> Mention:
        return dict(self.args)[name]
