"""The Python types of the claim model: what loaders yield and the graph stores.

Records are plain frozen dataclasses. ``from_dict`` builds one from loosely typed input (a YAML
mapping, a CSV row, JSON) and checks the field shapes with located errors; checks that need the
whole graph (does the subject exist? is it in the relation's domain?) are the graph's.

>>> c = Claim.from_dict({"subject": "iran", "predicate": "backs", "object": "kataib-hezbollah",
...     "claimant": "reporter", "modality": "asserted", "source": "ft-2024-02-08",
...     "evidence": "Iran backs the group.", "grade": "B2"})
>>> c.id.startswith("c-")
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from proxygraph.ontology.exc import InvalidValueError, Location, MissingFieldError, MissingSourceError
from proxygraph.ontology.values import ID_RE, format_date, parse_date, parse_grade

__all__ = ["Entity", "Source", "Claim", "Record", "content_id"]

_WEB_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def content_id(prefix: str, *parts: Any) -> str:
    """A stable id from content: the same content gives the same id on every run."""
    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return f"{prefix}-{hashlib.sha1(blob.encode('utf-8')).hexdigest()[:16]}"


def _text(raw: dict, key: str, loc: Location, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise MissingFieldError(f"'{key}' is required", loc.with_field(key, _line(raw, key, loc)))
        return None
    if isinstance(value, (dict, list, tuple, bool)):
        raise InvalidValueError(f"expected text, got {value!r}", loc.with_field(key, _line(raw, key, loc)))
    return " ".join(str(value).split())


def _id(raw: dict, key: str, loc: Location, required: bool = True) -> str | None:
    value = _text(raw, key, loc, required)
    if value is not None and not ID_RE.match(value):
        raise InvalidValueError(
            f"'{value}' is not an id; expected lower-case letters, digits and - . : _",
            loc.with_field(key, _line(raw, key, loc)),
        )
    return value


def _line(raw: dict, key: str, loc: Location) -> int | None:
    line_of = getattr(raw, "line_of", None)
    return line_of(key) if line_of else loc.line


def _strings(value: Any, loc: Location, key: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise InvalidValueError(f"expected a list of text, got {value!r}", loc.with_field(key))
    out = []
    for v in value:
        if isinstance(v, (dict, list)) or v is None:
            raise InvalidValueError(f"expected text, got {v!r}", loc.with_field(key))
        s = " ".join(str(v).split())
        if s and s not in out:
            out.append(s)
    return tuple(out)


def _mapping(value: Any, loc: Location, key: str) -> dict:
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise InvalidValueError(f"expected a mapping, got {value!r}", loc.with_field(key))
    return dict(value)


@dataclass(frozen=True)
class Source:
    """A document claims come from."""

    id: str
    outlet: str
    title: str
    url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    origin: Location | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_dict(cls, raw: dict, loc: Location | None = None) -> Source:
        loc = loc or Location()
        outlet = _text(raw, "outlet", loc, required=True)
        title = _text(raw, "title", loc, required=True)
        url = _text(raw, "url", loc)
        if url is not None and not _WEB_URL.match(url):
            raise InvalidValueError(
                f"'{url}' is not an http(s) URL", loc.with_field("url", _line(raw, "url", loc))
            )
        sid = _id(raw, "id", loc, required=False) or content_id("s", url or [outlet, title])
        published = parse_date(raw.get("published"), loc.with_field("published", _line(raw, "published", loc)), "published")
        return cls(sid, outlet, title, url, published, _text(raw, "author", loc), origin=loc)

    def to_dict(self) -> dict:
        d = {k: v for k, v in asdict(self).items() if k != "origin"}
        d["published"] = format_date(self.published)
        return d


@dataclass(frozen=True)
class Entity:
    """A typed entity with a stable id, a canonical name, aliases and external ids."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    external_ids: dict[str, str] = field(default_factory=dict)
    properties: dict[str, Any] = field(default_factory=dict)
    origin: Location | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_dict(cls, raw: dict, loc: Location | None = None) -> Entity:
        loc = loc or Location()
        name = _text(raw, "name", loc, required=True)
        etype = _text(raw, "type", loc, required=True)
        eid = _id(raw, "id", loc, required=True)
        aliases = tuple(a for a in _strings(raw.get("aliases"), loc, "aliases") if a != name)
        ext = {str(k): str(v) for k, v in _mapping(raw.get("external_ids"), loc, "external_ids").items() if v not in (None, "")}
        props = _mapping(raw.get("properties"), loc, "properties")
        return cls(eid, etype, name, aliases, ext, props, origin=loc)

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def to_dict(self) -> dict:
        props = {k: (format_date(v) if isinstance(v, dt.date) else v) for k, v in self.properties.items()}
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "external_ids": dict(self.external_ids),
            "properties": props,
        }


@dataclass(frozen=True)
class Claim:
    """One edge of the graph: a claimant says, in some way, in a source, that a relation holds."""

    id: str
    subject: str
    predicate: str
    object: str
    claimant: str
    modality: str
    source: str
    evidence: str
    grade: str
    stated: dt.date | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    denies: tuple[str, ...] = ()
    evidence_start: int | None = None
    evidence_end: int | None = None
    origin: Location | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_dict(cls, raw: dict, loc: Location | None = None) -> Claim:
        loc = loc or Location()
        if not raw.get("source"):
            raise MissingSourceError(
                "a claim needs a source: every edge must say who says so, where",
                loc.with_field("source", _line(raw, "source", loc)),
            )
        values = {k: _id(raw, k, loc) for k in ("subject", "object", "source")}
        values["predicate"] = _text(raw, "predicate", loc, required=True)
        values["claimant"] = _id(raw, "claimant", loc)
        values["modality"] = _text(raw, "modality", loc, required=True)
        values["evidence"] = _text(raw, "evidence", loc, required=True)
        values["grade"] = parse_grade(raw.get("grade"), loc.with_field("grade", _line(raw, "grade", loc)))
        for key in ("stated", "valid_from", "valid_to"):
            values[key] = parse_date(raw.get(key), loc.with_field(key, _line(raw, key, loc)), key)
        if values["valid_from"] and values["valid_to"] and values["valid_to"] < values["valid_from"]:
            raise InvalidValueError(
                f"valid_to {values['valid_to']} is before valid_from {values['valid_from']}",
                loc.with_field("valid_to", _line(raw, "valid_to", loc)),
            )
        values["attributes"] = _mapping(raw.get("attributes"), loc, "attributes")
        values["denies"] = _strings(raw.get("denies"), loc, "denies")
        for key in ("evidence_start", "evidence_end"):
            v = raw.get(key)
            try:
                values[key] = None if v in (None, "") else int(v)
            except (TypeError, ValueError):
                raise InvalidValueError(
                    f"expected a character offset (a whole number), got {v!r}", loc.with_field(key, _line(raw, key, loc))
                ) from None
        cid = _id(raw, "id", loc, required=False) or content_id(
            "c",
            values["subject"], values["predicate"], values["object"], values["claimant"],
            values["modality"], values["source"], values["evidence"], values["attributes"],
            format_date(values["valid_from"]), format_date(values["valid_to"]),
        )
        return cls(id=cid, origin=loc, **values)

    def with_(self, **changes) -> Claim:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = {k: v for k, v in asdict(self).items() if k != "origin"}
        for key in ("stated", "valid_from", "valid_to"):
            d[key] = format_date(d[key])
        d["denies"] = list(self.denies)
        return d


Record = Entity | Source | Claim
