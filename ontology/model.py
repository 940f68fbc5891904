"""Load the ontology's data files once, resolve inheritance, and fail loudly on any inconsistency.

The ontology is data (``ontology/schema/``): entity types, relation types and the claim model.
Everything else (Python checks, OWL, SHACL, Neo4j constraints, view styles) is derived from the
:class:`Ontology` object built here.

>>> onto = load_ontology()
>>> onto.is_a("ArmedGroup", "Actor")
True
>>> onto.relation("backs").allows("ArmedGroup", "Coalition")
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from proxygraph.ontology.exc import (
    InvalidValueError,
    Location,
    MissingFieldError,
    OntologyError,
    UnknownTypeError,
)
from proxygraph.ontology.values import parse_date, parse_grade
from proxygraph.ontology.yamlio import load_yaml

__all__ = [
    "NAMESPACE",
    "ID_NAMESPACE",
    "PropertySpec",
    "EntityType",
    "RelationType",
    "Modality",
    "Ontology",
    "load_ontology",
    "schema_dir",
]

NAMESPACE = "https://w3id.org/proxygraph/ontology#"
ID_NAMESPACE = "https://w3id.org/proxygraph/id/"

_VALUE_TYPES = {"string", "date", "integer", "number", "url", "boolean", "list", "enum"}
_URL_RE = re.compile(r"^https?://[^\s]+$")


@dataclass(frozen=True)
class PropertySpec:
    """A typed property of an entity type or attribute of a relation."""

    name: str
    type: str
    description: str = ""
    required: bool = False
    enum: str | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class EntityType:
    """An entity type with its resolved ancestry (root first) and inherited properties."""

    name: str
    label: str
    description: str
    parent: str | None
    abstract: bool
    ancestry: tuple[str, ...]
    properties: dict[str, PropertySpec]
    style: dict[str, str]
    file: str

    @property
    def is_source(self) -> bool:
        return self.name == "Source"


@dataclass(frozen=True)
class RelationType:
    """A relation type: what it means, which types it links, which attributes it carries."""

    name: str
    label: str
    description: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    attributes: dict[str, PropertySpec]
    symmetric: bool
    style: dict[str, str]
    file: str
    _onto: Ontology = field(repr=False, compare=False, default=None)

    def allows_subject(self, entity_type: str) -> bool:
        return any(self._onto.is_a(entity_type, t) for t in self.domain)

    def allows_object(self, entity_type: str) -> bool:
        return any(self._onto.is_a(entity_type, t) for t in self.range)

    def allows(self, subject_type: str, object_type: str) -> bool:
        return self.allows_subject(subject_type) and self.allows_object(object_type)


@dataclass(frozen=True)
class Modality:
    name: str
    description: str
    weight: float
    style: dict = field(default_factory=dict)


class Ontology:
    """The loaded ontology: look-ups by name and the checks every record goes through."""

    def __init__(
        self,
        entity_types: dict[str, EntityType],
        relations: dict[str, RelationType],
        modalities: dict[str, Modality],
        reliability: dict[str, dict],
        credibility: dict[str, dict],
        enums: dict[str, dict[str, str]],
        claim_fields: dict[str, PropertySpec],
        claim_relations: dict[str, dict],
        reporter: str,
    ):
        self.entity_types = entity_types
        self.relations = relations
        self.modalities = modalities
        self.reliability = reliability
        self.credibility = credibility
        self.enums = enums
        self.claim_fields = claim_fields
        self.claim_relations = claim_relations
        self.reporter = reporter

    # -- look-ups -------------------------------------------------------------------------
    def entity_type(self, name: str, location: Location | None = None) -> EntityType:
        """The entity type called `name`; an :class:`UnknownTypeError` names the known ones."""
        try:
            return self.entity_types[name]
        except (KeyError, TypeError):
            known = ", ".join(sorted(self.concrete_types()))
            raise UnknownTypeError(
                f"unknown entity type '{name}'; expected one of: {known}",
                (location or Location()).with_field("type"),
            ) from None

    def relation(self, name: str, location: Location | None = None) -> RelationType:
        try:
            return self.relations[name]
        except (KeyError, TypeError):
            raise UnknownTypeError(
                f"unknown relation '{name}'; expected one of: {', '.join(sorted(self.relations))}",
                (location or Location()).with_field("predicate"),
            ) from None

    def is_a(self, type_name: str, ancestor: str) -> bool:
        t = self.entity_types.get(type_name)
        return t is not None and ancestor in t.ancestry

    def subtypes(self, ancestor: str) -> list[str]:
        """Every type that is `ancestor` or descends from it, in file order."""
        return [n for n, t in self.entity_types.items() if ancestor in t.ancestry]

    def concrete_types(self) -> list[str]:
        return [n for n, t in self.entity_types.items() if not t.abstract and not t.is_source]

    # -- grades and modalities ----------------------------------------------------------------
    def grade_weight(self, grade: str) -> float:
        """Numeric weight of an Admiralty grade: reliability weight times credibility weight.

        >>> load_ontology().grade_weight("A1")
        1.0
        """
        g = parse_grade(grade)
        return round(self.reliability[g[0]]["weight"] * self.credibility[g[1]]["weight"], 4)

    def modality(self, name: str, location: Location | None = None) -> Modality:
        try:
            return self.modalities[name]
        except (KeyError, TypeError):
            raise InvalidValueError(
                f"unknown modality '{name}'; expected one of: {', '.join(self.modalities)}",
                (location or Location()).with_field("modality"),
            ) from None

    # -- value checks -----------------------------------------------------------------------------
    def check_value(self, spec: PropertySpec, value: Any, location: Location) -> Any:
        """Parse and check one property or attribute value; returns the clean value."""
        loc = location.with_field(location.field or spec.name)
        kind = spec.type
        if kind == "date":
            return parse_date(value, loc, loc.field)
        if kind in ("integer", "number"):
            if isinstance(value, bool) or not isinstance(value, (int, float, str)):
                raise InvalidValueError(f"expected a {kind}, got {value!r}", loc)
            try:
                num = int(value) if kind == "integer" else float(value)
            except (TypeError, ValueError):
                raise InvalidValueError(f"expected a {kind}, got {value!r}", loc) from None
            if kind == "integer" and isinstance(value, float) and value != int(value):
                raise InvalidValueError(f"expected an integer, got {value!r}", loc)
            if spec.minimum is not None and num < spec.minimum:
                raise InvalidValueError(f"{num} is below the minimum {spec.minimum}", loc)
            if spec.maximum is not None and num > spec.maximum:
                raise InvalidValueError(f"{num} is above the maximum {spec.maximum}", loc)
            return num
        if kind == "boolean":
            if isinstance(value, bool):
                return value
            raise InvalidValueError(f"expected true or false, got {value!r}", loc)
        if kind == "enum":
            return self._check_enum(spec.enum, value, loc)
        if kind == "list":
            items = value if isinstance(value, (list, tuple)) else [value]
            out = [self._check_enum(spec.enum, v, loc) if spec.enum else str(v) for v in items]
            return sorted(set(out), key=out.index)
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise InvalidValueError(f"expected text, got {value!r}", loc)
        text = str(value).strip()
        if kind == "url" and not _URL_RE.match(text):
            raise InvalidValueError(f"'{text}' is not an http(s) URL", loc)
        if spec.pattern and not re.match(spec.pattern, text):
            raise InvalidValueError(f"'{text}' does not match {spec.pattern}", loc)
        return text

    def _check_enum(self, enum: str, value: Any, loc: Location) -> str:
        allowed = self.enums[enum]
        if value not in allowed:
            raise InvalidValueError(
                f"'{value}' is not a {enum}; expected one of: {', '.join(allowed)}", loc
            )
        return value

    def check_properties(self, type_name: str, props: dict, location: Location) -> dict:
        """Check an entity's properties against its type; unknown keys are errors."""
        etype = self.entity_type(type_name, location)
        out = {}
        for key, value in (props or {}).items():
            spec = etype.properties.get(key)
            if spec is None:
                allowed = ", ".join(sorted(etype.properties)) or "none"
                raise InvalidValueError(
                    f"'{key}' is not a property of {type_name}; allowed: {allowed}",
                    location.with_field(key),
                )
            if value is None or value == "":
                continue
            out[key] = self.check_value(spec, value, location.with_field(key))
        for key, spec in etype.properties.items():
            if spec.required and key not in out:
                raise MissingFieldError(f"{type_name} needs '{key}'", location.with_field(key))
        return out

    def check_attributes(self, relation: str, attrs: dict, location: Location) -> dict:
        rel = self.relation(relation, location)
        out = {}
        for key, value in (attrs or {}).items():
            spec = rel.attributes.get(key)
            if spec is None:
                allowed = ", ".join(sorted(rel.attributes)) or "none"
                raise InvalidValueError(
                    f"'{key}' is not an attribute of '{relation}'; allowed: {allowed}",
                    location.with_field(f"attributes.{key}"),
                )
            if value is None or value == "" or value == []:
                continue
            out[key] = self.check_value(spec, value, location.with_field(f"attributes.{key}"))
        return out


# -- loading --------------------------------------------------------------------------------------


def schema_dir() -> Path:
    """The folder of the bundled ontology files."""
    return Path(str(resources.files("proxygraph.ontology") / "schema"))


def _spec(name: str, raw: Any, where: str, enums: dict) -> PropertySpec:
    if not isinstance(raw, dict):
        raise OntologyError(f"{where}: '{name}' must be a mapping")
    kind = raw.get("type", "string")
    if kind not in _VALUE_TYPES:
        raise OntologyError(f"{where}: '{name}' has unknown value type '{kind}'")
    enum = raw.get("enum")
    if enum is not None and enum not in enums:
        raise OntologyError(f"{where}: '{name}' refers to unknown enum '{enum}'")
    if kind == "enum" and enum is None:
        raise OntologyError(f"{where}: '{name}' is an enum but names none")
    return PropertySpec(
        name=name,
        type=kind,
        description=str(raw.get("description", "")).strip(),
        required=bool(raw.get("required", False)),
        enum=enum,
        pattern=raw.get("pattern"),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
    )


def _read_family(folder: Path, key: str) -> dict[str, tuple[dict, str]]:
    found: dict[str, tuple[dict, str]] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = load_yaml(path) or {}
        items = doc.get(key)
        if not isinstance(items, dict):
            raise OntologyError(f"{path.name}: expected a top-level '{key}' mapping")
        for name, raw in items.items():
            if name in found:
                raise OntologyError(f"{path.name}: '{name}' is defined again (first in {found[name][1]})")
            if not isinstance(raw, dict):
                raise OntologyError(f"{path.name}:{items.line_of(name)}: '{name}' must be a mapping")
            found[name] = (raw, f"{path.name}:{items.line_of(name)}")
    return found


def _build_entity_types(raw_types: dict, enums: dict) -> dict[str, EntityType]:
    def ancestry(name: str, seen: tuple = ()) -> tuple[str, ...]:
        raw, where = raw_types[name]
        parent = raw.get("extends")
        if parent is None:
            return (name,)
        if parent not in raw_types:
            raise OntologyError(f"{where}: '{name}' extends unknown type '{parent}'")
        if parent in seen:
            raise OntologyError(f"{where}: inheritance cycle through '{name}'")
        return ancestry(parent, seen + (name,)) + (name,)

    types: dict[str, EntityType] = {}
    for name, (raw, where) in raw_types.items():
        chain = ancestry(name)
        props: dict[str, PropertySpec] = {}
        for ancestor in chain:
            for pname, praw in (raw_types[ancestor][0].get("properties") or {}).items():
                props[pname] = _spec(pname, praw, raw_types[ancestor][1], enums)
        if not raw.get("description"):
            raise OntologyError(f"{where}: '{name}' needs a description")
        types[name] = EntityType(
            name=name,
            label=str(raw.get("label", name)),
            description=" ".join(str(raw["description"]).split()),
            parent=raw.get("extends"),
            abstract=bool(raw.get("abstract", False)),
            ancestry=chain,
            properties=props,
            style=dict(raw.get("style") or {}),
            file=where,
        )
    return types


@functools.lru_cache(maxsize=4)
def load_ontology(path: str | None = None) -> Ontology:
    """Load the ontology from `path` (default: the bundled ``schema/`` folder), checked."""
    folder = Path(path) if path else schema_dir()
    if not (folder / "claims.yaml").is_file():
        raise OntologyError(f"{folder}: no claims.yaml; not an ontology folder")
    claims_doc = load_yaml(folder / "claims.yaml")
    for key in ("claim", "modalities", "grades", "enums", "reporter"):
        if key not in claims_doc:
            raise OntologyError(f"claims.yaml: missing '{key}'")
    enums = {k: dict(v) for k, v in claims_doc["enums"].items()}
    types = _build_entity_types(_read_family(folder / "entities", "types"), enums)
    onto = Ontology(
        entity_types=types,
        relations={},
        modalities={
            n: Modality(n, " ".join(str(m["description"]).split()), float(m["weight"]), dict(m.get("style") or {}))
            for n, m in claims_doc["modalities"].items()
        },
        reliability=dict(claims_doc["grades"]["reliability"]),
        credibility={str(k): v for k, v in claims_doc["grades"]["credibility"].items()},
        enums=enums,
        claim_fields={
            n: PropertySpec(n, str(f.get("type")), str(f.get("description", "")), bool(f.get("required")))
            for n, f in claims_doc["claim"]["fields"].items()
        },
        claim_relations=dict(claims_doc.get("claim_relations") or {}),
        reporter=str(claims_doc["reporter"]),
    )
    for name, (raw, where) in _read_family(folder / "relations", "relations").items():
        for end in ("domain", "range"):
            ends = raw.get(end)
            if not ends:
                raise OntologyError(f"{where}: relation '{name}' needs a {end}")
            for t in ends:
                if t not in types:
                    raise OntologyError(f"{where}: relation '{name}' has unknown {end} type '{t}'")
        if not raw.get("description"):
            raise OntologyError(f"{where}: relation '{name}' needs a description")
        onto.relations[name] = RelationType(
            name=name,
            label=str(raw.get("label", name)),
            description=" ".join(str(raw["description"]).split()),
            domain=tuple(raw["domain"]),
            range=tuple(raw["range"]),
            attributes={
                a: _spec(a, araw, where, enums) for a, araw in (raw.get("attributes") or {}).items()
            },
            symmetric=bool(raw.get("symmetric", False)),
            style=dict(raw.get("style") or {}),
            file=where,
            _onto=onto,
        )
    for t in types.values():
        for pname in t.properties:
            if pname in onto.relations:
                raise OntologyError(f"{t.file}: property '{pname}' of {t.name} has the name of a relation; rename one")
    if "Source" not in types:
        raise OntologyError("the ontology must define a 'Source' type")
    return onto
