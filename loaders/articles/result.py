"""What an extraction gives: entities with their mentions, claims with their evidence, dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from proxygraph.loaders.articles.dates import TimeRef
from proxygraph.loaders.articles.text import Article

__all__ = ["XEntity", "XClaim", "Extraction"]


@dataclass
class XEntity:
    id: str
    name: str
    type: str
    new: bool
    mentions: list = field(default_factory=list)
    properties: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {"id": self.id, "name": self.name, "type": self.type, "new": self.new,
             "mentions": [{"text": t, "start": s, "end": e} for t, s, e in self.mentions]}
        if self.properties:
            d["properties"] = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.properties.items()}
        return d


@dataclass
class XClaim:
    subject: str
    predicate: str
    object: str
    claimant: str
    modality: str
    evidence: str
    start: int
    end: int
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    attributes: dict = field(default_factory=dict)
    denies: list[int] = field(default_factory=list)   # indexes of claims of this extraction
    grade: str = "B2"

    @property
    def key(self) -> tuple:
        return (self.subject, self.predicate, self.object, self.claimant, self.modality)

    def to_dict(self, ids: list[str] | None = None) -> dict:
        d = {"subject": self.subject, "predicate": self.predicate, "object": self.object, "claimant": self.claimant,
             "modality": self.modality, "evidence": self.evidence, "start": self.start, "end": self.end,
             "valid_from": self.valid_from.isoformat() if self.valid_from else None,
             "valid_to": self.valid_to.isoformat() if self.valid_to else None,
             "attributes": dict(self.attributes), "grade": self.grade}
        if ids is not None:
            d["id"] = ids[0]
            d["denies"] = ids[1]
        return d


@dataclass
class Extraction:
    article: Article
    entities: list[XEntity]
    claims: list[XClaim]
    dates: list[TimeRef]
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
