"""graph -> RDF -> graph gives back the same graph, in every format, for any valid graph."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxygraph.graph import ClaimGraph
from proxygraph.graph.persist import to_document
from proxygraph.graph.rdf import RDF_FORMATS, from_rdf, parse, serialize, to_rdf
from proxygraph.ontology import Claim, Entity, Source, load_ontology

ONTO = load_ontology()


def canonical(graph: ClaimGraph) -> dict:
    """The graph's document with the values RDF keeps as sets (aliases, list attributes, denies) sorted."""
    doc = to_document(graph)
    for e in doc["entities"]:
        e["aliases"] = sorted(e["aliases"])
    for c in doc["claims"]:
        c["denies"] = sorted(c["denies"])
        c["attributes"] = {k: sorted(v) if isinstance(v, list) else v for k, v in c["attributes"].items()}
    return doc


def assert_same_graph(a: ClaimGraph, b: ClaimGraph) -> None:
    assert canonical(a) == canonical(b)
    assert set(to_rdf(a)) == set(to_rdf(b))


# -- fixed graphs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_the_mini_graph_survives_every_format(mini_graph, fmt):
    data = serialize(mini_graph, fmt)
    assert_same_graph(parse(data, fmt), mini_graph)


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_the_reference_graph_survives_every_format(reference_graph, fmt):
    assert_same_graph(parse(serialize(reference_graph, fmt), fmt), reference_graph)


def test_merged_ids_survive_as_owl_same_as(mini_graph):
    mini_graph.add_redirect("kataib-hizbollah", "kataib-hezbollah")
    back = from_rdf(to_rdf(mini_graph))
    assert back.redirects == {"kataib-hizbollah": "kataib-hezbollah"}
    assert back.entity("kataib-hizbollah").id == "kataib-hezbollah"


# -- any valid graph (Hypothesis) -------------------------------------------------------------------

_ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85\u2028\u2029")
TEXT = st.text(_ALPHABET, min_size=1, max_size=30).map(lambda s: " ".join(s.split())).filter(bool)
DATES = st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31))
CONCRETE = ONTO.concrete_types()


def _properties(etype: str):
    spec = ONTO.entity_type(etype).properties
    choices = {"description": TEXT, "start_date": DATES}
    if "iso3" in spec:
        choices["iso3"] = st.from_regex(r"\A[A-Z]{3}\Z")
    if "date" in spec:
        choices["date"] = DATES
        choices["fatalities"] = st.integers(0, 10_000)
    if "latitude" in spec:
        choices["latitude"] = st.floats(-90, 90, allow_nan=False).map(lambda f: round(f, 4))
    if "program" in spec:
        choices["program"] = TEXT
    return st.fixed_dictionaries({}, optional=choices)


@st.composite
def entities(draw):
    n = draw(st.integers(1, 7))
    out = []
    for i in range(n):
        etype = draw(st.sampled_from(CONCRETE))
        word = draw(TEXT)
        aliases = tuple(f"{draw(TEXT)} a{i}x{j}" for j in range(draw(st.integers(0, 3))))
        ext = draw(st.dictionaries(st.sampled_from(["wikidata", "acled", "gtd"]), st.from_regex(r"\AQ[1-9][0-9]{0,6}\Z"), max_size=2))
        out.append(Entity(f"e{i}", etype, f"{word} n{i}", aliases, ext, draw(_properties(etype))))
    return out


@st.composite
def graphs(draw):
    ents = draw(entities())
    sources = [
        Source(f"s{i}", draw(TEXT), draw(TEXT), draw(st.none() | st.just(f"https://example.org/{i}?q=a&b=\"c\"")),
               draw(st.none() | DATES), draw(st.none() | TEXT))
        for i in range(draw(st.integers(1, 3)))
    ]
    graph = ClaimGraph(ONTO)
    graph.apply([*sources, *ents])
    claims: list[Claim] = []
    feasible = [
        r for r in ONTO.relations.values()
        if any(r.allows_subject(e.type) for e in ents) and any(r.allows_object(e.type) for e in ents)
    ]
    for i in range(draw(st.integers(1, 8)) if feasible else 0):
        actors = ["reporter", *(e.id for e in ents if ONTO.is_a(e.type, "Actor"))]
        if claims and draw(st.integers(0, 3)) == 0:
            # A denial: about the same relation as the claims it denies.
            target = draw(st.sampled_from(claims))
            denies = [c.id for c in claims if (c.subject, c.predicate, c.object) == (target.subject, target.predicate, target.object)]
            rel, subject, obj, modality = ONTO.relations[target.predicate], target.subject, target.object, "denied"
        else:
            rel = draw(st.sampled_from(feasible))
            subject = draw(st.sampled_from([e for e in ents if rel.allows_subject(e.type)])).id
            obj = draw(st.sampled_from([e for e in ents if rel.allows_object(e.type)])).id
            denies, modality = [], draw(st.sampled_from([m for m in ONTO.modalities if m != "denied"]))
        attrs = {}
        if "support" in rel.attributes:
            attrs["support"] = draw(st.lists(st.sampled_from(list(ONTO.enums["support_kind"])), max_size=3, unique=True))
        for key in ("control",):
            if key in rel.attributes and draw(st.booleans()):
                attrs[key] = draw(st.sampled_from(list(ONTO.enums["control_degree"])))
        for key in ("role", "unit", "program"):
            if key in rel.attributes and draw(st.booleans()):
                attrs[key] = draw(TEXT)
        start = draw(st.none() | DATES)
        end = draw(st.none() | DATES.filter(lambda d: start is None or d >= start))
        offsets = draw(st.none() | st.tuples(st.integers(0, 500), st.integers(0, 500)))
        claims.append(Claim.from_dict({
            "id": f"c{i}", "subject": subject, "predicate": rel.name, "object": obj,
            "claimant": draw(st.sampled_from(actors)), "modality": modality,
            "source": draw(st.sampled_from(sources)).id, "evidence": draw(TEXT),
            "grade": draw(st.from_regex(r"\A[A-F][1-6]\Z")), "stated": draw(st.none() | DATES),
            "valid_from": start, "valid_to": end, "attributes": attrs, "denies": denies,
            "evidence_start": offsets and offsets[0], "evidence_end": offsets and offsets[1],
        }))
    graph.apply(claims)
    if len(ents) > 1 and draw(st.booleans()):
        graph.add_redirect("merged-away", ents[0].id)
    return graph


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_any_graph_survives_the_round_trip_through_rdf(graph):
    assert_same_graph(from_rdf(to_rdf(graph)), graph)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs(), st.sampled_from(list(RDF_FORMATS)))
def test_any_graph_survives_each_serialization(graph, fmt):
    assert_same_graph(parse(serialize(graph, fmt), fmt), graph)
