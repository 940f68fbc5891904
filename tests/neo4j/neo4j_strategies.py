"""Hypothesis strategies: random valid claim graphs, for the graph -> Neo4j -> graph round trip."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import Claim, Entity, Source, load_ontology
from proxygraph.ontology.model import PropertySpec

ONTO = load_ontology()
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    lambda s: s.strip()
)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2030, 12, 31))
GRADES = st.builds(lambda r, c: f"{r}{c}", st.sampled_from("ABCDEF"), st.sampled_from("123456"))


def value_of(spec: PropertySpec):
    if spec.type == "date":
        return DATES
    if spec.type == "integer":
        return st.integers(int(spec.minimum or 0), int(spec.maximum or 10_000))
    if spec.type == "number":
        lo = -90.0 if spec.minimum is None else spec.minimum
        hi = 90.0 if spec.maximum is None else spec.maximum
        return st.floats(lo, hi, allow_nan=False, allow_infinity=False)
    if spec.type == "boolean":
        return st.booleans()
    if spec.type == "enum":
        return st.sampled_from(sorted(ONTO.enums[spec.enum]))
    if spec.type == "list":
        items = st.sampled_from(sorted(ONTO.enums[spec.enum])) if spec.enum else TEXT
        return st.lists(items, min_size=1, max_size=3, unique=True)
    if spec.type == "url":
        return st.from_regex(r"https://example\.org/[a-z0-9]{1,8}", fullmatch=True)
    if spec.pattern:
        return st.from_regex(spec.pattern, fullmatch=True)
    return TEXT


def _props(draw, specs: dict[str, PropertySpec]) -> dict:
    chosen = draw(st.lists(st.sampled_from(sorted(specs)), unique=True, max_size=len(specs))) if specs else []
    return {name: draw(value_of(specs[name])) for name in chosen}


@st.composite
def claim_graphs(draw, max_entities: int = 8, max_claims: int = 12) -> ClaimGraph:
    """A valid claim graph: typed entities with properties, sources, claims with attributes, denials."""
    graph = ClaimGraph()
    sources = [
        Source(f"s{i}", draw(TEXT), draw(TEXT), draw(st.none() | value_of(PropertySpec("url", "url"))),
               draw(st.none() | DATES), draw(st.none() | TEXT))
        for i in range(draw(st.integers(1, 3)))
    ]
    types = ONTO.concrete_types()
    entities = []
    for i in range(draw(st.integers(2, max_entities))):
        etype = draw(st.sampled_from(types))
        aliases = tuple(f"alias {i}.{j} {draw(TEXT)}" for j in range(draw(st.integers(0, 2))))
        ext = draw(st.dictionaries(st.sampled_from(["wikidata", "acled", "opensanctions"]), TEXT, max_size=2))
        entities.append(Entity(f"e{i}", etype, f"name {i} {draw(TEXT)}", aliases, ext,
                               _props(draw, ONTO.entity_types[etype].properties)))
    graph.apply([*sources, *entities])
    claims: list[Claim] = []
    actors = [e.id for e in entities if ONTO.is_a(e.type, "Actor")]
    for _ in range(draw(st.integers(0, max_claims))):
        predicate = draw(st.sampled_from(sorted(ONTO.relations)))
        rel = ONTO.relations[predicate]
        subjects = [e.id for e in entities if rel.allows_subject(e.type)]
        objects = [e.id for e in entities if rel.allows_object(e.type)]
        if not subjects or not objects:
            continue
        subject, obj = draw(st.sampled_from(subjects)), draw(st.sampled_from(objects))
        modality = draw(st.sampled_from(sorted(ONTO.modalities)))
        denies = ()
        if modality == "denied":  # a denial is about the relation of the claims it denies
            deniable = [c for c in claims if c.modality != "denied"]
            if not deniable:
                continue
            target = draw(st.sampled_from(deniable))
            predicate, subject, obj = target.predicate, target.subject, target.object
            rel = ONTO.relations[predicate]
            same = [c.id for c in deniable if (c.predicate, c.subject, c.object) == (predicate, subject, obj)]
            denies = tuple(draw(st.lists(st.sampled_from(same), min_size=1, max_size=2, unique=True)))
        valid_from = draw(st.none() | DATES)
        valid_to = draw(st.none() | DATES)
        if valid_from and valid_to and valid_to < valid_from:
            valid_from, valid_to = valid_to, valid_from
        start = draw(st.none() | st.integers(0, 5000))
        claims.append(Claim(
            id=f"c{len(claims)}", subject=subject, predicate=predicate, object=obj,
            claimant=draw(st.sampled_from(["reporter", *actors])), modality=modality,
            source=draw(st.sampled_from(sources)).id, evidence=draw(TEXT), grade=draw(GRADES),
            stated=draw(st.none() | DATES), valid_from=valid_from, valid_to=valid_to,
            attributes=_props(draw, rel.attributes), denies=denies,
            evidence_start=start, evidence_end=None if start is None else start + draw(st.integers(1, 400)),
        ))
    graph.apply(claims)
    for i in range(draw(st.integers(0, 2))):  # ids merged into an entity survive the trip too
        graph.add_redirect(f"old-{i}", draw(st.sampled_from(entities)).id)
    return graph
