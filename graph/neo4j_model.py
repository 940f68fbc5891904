"""The claim graph's shape in Neo4j, shared by push and pull: labels, relationship types,
constraints and the properties of entities, sources and claims.

Entities are nodes with every label of their type's ancestry (``:Entity:Actor:ArmedGroup``),
sources are ``:Source`` nodes, and each claim is a relationship from subject to object typed by
its predicate in upper case (``BACKS``) carrying the claim's properties. Labels and types are the
only names written into Cypher text; they come from the ontology and are checked to be plain names.

>>> relationship_type("member_of")
'MEMBER_OF'
"""

from __future__ import annotations

import re

from proxygraph.graph.neo4j_server import PushError
from proxygraph.ontology import Claim, Entity, Ontology, Source

__all__ = ["EXT_PREFIX", "MERGED_IDS", "CLAIM_FIELDS", "entity_labels", "relationship_type", "schema_statements",
           "entity_props", "source_props", "claim_keys", "claim_values", "claim_props", "one_line"]

EXT_PREFIX = "ext_"
# The ids merged into an entity (its redirects), so a pull gives back the same graph.
MERGED_IDS = "merged_ids"
_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def entity_labels(ontology: Ontology, type_name: str) -> list[str]:
    """The labels of an entity of `type_name`: its ancestry, root first (``Entity, Actor, State``)."""
    return [_checked_name(t) for t in ontology.entity_type(type_name).ancestry]


def relationship_type(predicate: str) -> str:
    """The relationship type of a predicate: ``backs`` -> ``BACKS``."""
    return _checked_name(predicate.upper())


def schema_statements(ontology: Ontology) -> list[str]:
    """Constraints and indexes derived from the ontology (all ``IF NOT EXISTS``).

    Entity and source ids are unique (a seek for ``MATCH (:Entity {id: $x})``), entity names are
    indexed, and each claim's id is unique within its relationship type (a seek by claim id).
    """
    out = [
        "CREATE CONSTRAINT pg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT pg_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX pg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    ]
    for predicate in ontology.relations:
        rtype = relationship_type(predicate)
        out.append(
            f"CREATE CONSTRAINT pg_{rtype.lower()}_id IF NOT EXISTS "
            f"FOR ()-[r:`{rtype}`]-() REQUIRE r.id IS UNIQUE"
        )
    return out


def entity_props(e: Entity, merged_ids: list[str]) -> dict:
    props = {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)}
    for key, value in e.external_ids.items():
        props[f"{EXT_PREFIX}{key}"] = value
    for key, value in e.properties.items():
        if value is not None:
            props[key] = list(value) if isinstance(value, tuple) else value
    if merged_ids:
        props[MERGED_IDS] = merged_ids
    return props


def source_props(s: Source) -> dict:
    props = {"id": s.id, "outlet": s.outlet, "title": s.title, "url": s.url, "published": s.published, "author": s.author}
    return {k: v for k, v in props.items() if v is not None}


# A claim's properties, in the order claim_values gives them; its relation's attributes follow.
CLAIM_FIELDS = (
    "id", "claimant", "modality", "source", "evidence", "stated", "valid_from", "valid_to",
    "grade", "weight", "denies", "contested", "evidence_start", "evidence_end",
)


def claim_keys(ontology: Ontology, predicate: str) -> tuple[str, ...]:
    """The property names of a claim of `predicate`: the claim's fields, then its relation's attributes."""
    attributes = sorted(ontology.relations[predicate].attributes)
    clash = sorted(set(attributes) & set(CLAIM_FIELDS))
    if clash:
        raise PushError(f"relation '{predicate}' has an attribute named like a claim property: {', '.join(clash)}")
    return (*CLAIM_FIELDS, *(_checked_name(a) for a in attributes))


def claim_values(c: Claim, weight: float, contested: bool, keys: tuple[str, ...]) -> list:
    """The values of `c`'s properties in the order of `keys` (from :func:`claim_keys`), None
    where it has none (a claim that denies nothing has no ``denies``)."""
    values = [
        c.id, c.claimant, c.modality, c.source, c.evidence, c.stated, c.valid_from, c.valid_to,
        c.grade, weight, list(c.denies) or None, contested, c.evidence_start, c.evidence_end,
    ]
    for key in keys[len(CLAIM_FIELDS):]:
        value = c.attributes.get(key)
        values.append(list(value) if isinstance(value, (list, tuple)) else value)
    return values


def claim_props(c: Claim, weight: float, contested: bool) -> dict:
    """The properties of `c` as a map (those it has)."""
    keys = (*CLAIM_FIELDS, *c.attributes)
    return {k: v for k, v in zip(keys, claim_values(c, weight, contested, keys)) if v is not None}


def one_line(error: BaseException, first_only: bool = False) -> str:
    message = (getattr(error, "message", None) or str(error)).strip() or type(error).__name__
    if first_only:
        message = message.splitlines()[0]
    return " ".join(message.split())


def _checked_name(name: str) -> str:
    # Labels and relationship types are written into Cypher text, so only plain names pass.
    if not _NAME_RE.match(name):
        raise PushError(f"'{name}' cannot be a Neo4j label or relationship type")
    return name
