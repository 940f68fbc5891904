"""Properties of the path search on random small claim graphs, against a brute-force enumeration."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxygraph.graph import ClaimGraph
from proxygraph.graph import attribution_score as S
from proxygraph.graph.attribution import attribution_paths
from proxygraph.ontology import Claim, Entity, NoPathError, Source, load_ontology

ONTO = load_ontology()
TYPES = ["State", "StateOrgan", "ArmedGroup", "Coalition", "Person"]
PREDICATES = ["perpetrated", "backs", "member_of", "part_of", "leads", "allied_with"]
MODALITIES = ["asserted", "reported", "blamed", "suspected", "claimed_responsibility", "denied"]
DAY = dt.date(2024, 1, 28)

claims_st = st.lists(
    st.tuples(
        st.integers(0, 5), st.sampled_from(PREDICATES), st.integers(0, 5),  # perpetrated: the event
        st.sampled_from(MODALITIES), st.sampled_from(["A1", "B2", "B3", "C3", "E5"]),
        st.integers(-3, 3), st.integers(0, 2), st.booleans(),
    ),
    max_size=30,
)


def build(types, raw) -> ClaimGraph:
    g = ClaimGraph(ONTO)
    for i, t in enumerate(types):
        g.add_entity(Entity(f"a{i}", t, f"Actor {i}"))
    g.add_entity(Entity("ev", "Attack", "The attack", properties={"date": DAY}))
    for sid, outlet in (("s0", "Alpha"), ("s1", "Beta"), ("s2", "Gamma (Alpha)")):
        g.add_source(Source(sid, outlet, "t"))
    for n, (s, p, o, m, grade, day, src, lapsed) in enumerate(raw):
        if s >= len(types) or o >= len(types):
            continue
        subj, obj = f"a{s}", ("ev" if p == "perpetrated" else f"a{o}")
        if subj == obj or not ONTO.relation(p).allows(g.entity(subj).type, g.entity(obj).type):
            continue
        g.add_claim(Claim(f"c{n}", subj, p, obj, "reporter", m, f"s{src}", "e", grade,
                          stated=DAY + dt.timedelta(days=day),
                          valid_to=DAY - dt.timedelta(days=1) if lapsed and p != "perpetrated" else None))
    return g


def oracle(g: ClaimGraph, as_of, max_hops) -> set[tuple[str, ...]]:
    """Every simple path by the documented rules, found the slow way."""
    def ok(c):
        return c.modality != "denied" and (as_of is None or c.stated <= as_of) and (
            c.valid_to is None or c.valid_to >= DAY)

    def steps(node):
        out = set()
        for c in g.claims():
            if not ok(c):
                continue
            if node == "ev":
                if c.predicate == "perpetrated" and c.object == "ev":
                    out.add(c.subject)
            elif S.RESPONSIBILITY.get(c.predicate) == "in" and c.object == node:
                if not (c.predicate == "member_of" and g.entity(c.subject).type == "Person"):
                    out.add(c.subject)
            elif S.RESPONSIBILITY.get(c.predicate) == "out" and c.subject == node:
                out.add(c.object)
        return out

    found, todo = set(), [("ev",)]
    while todo:
        path = todo.pop()
        if len(path) > 1:
            found.add(path)
        if len(path) <= max_hops:
            todo += [(*path, n) for n in steps(path[-1]) if n not in path]
    return found


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TYPES), min_size=2, max_size=6), claims_st,
       st.sampled_from([None, DAY, DAY + dt.timedelta(days=1)]), st.integers(1, 4))
def test_the_search_finds_every_path_best_first(types, raw, as_of, max_hops):
    g = build(types, raw)
    expected = oracle(g, as_of, max_hops)
    try:
        found = list(attribution_paths(g, "ev", as_of=as_of, max_hops=max_hops, top_k=None))
    except NoPathError:
        found = []
    assert {p.nodes for p in found} == expected
    assert len(found) == len(expected)  # each path once
    scores = [p.score for p in found]
    assert scores == sorted(scores, reverse=True)
    for p in found:
        assert 0 < p.score <= 1
        assert all(c.modality != "denied" for h in p.hops for c in h.claims)
        assert all(d.modality == "denied" for h in p.hops for d in (*h.denials, *h.role_denials))
    if found:
        top = list(attribution_paths(g, "ev", as_of=as_of, max_hops=max_hops, top_k=3))
        assert [p.nodes for p in top] == [p.nodes for p in found[:3]]
        target = found[-1].actor
        to = list(attribution_paths(g, "ev", to=target, as_of=as_of, max_hops=max_hops, top_k=None))
        assert [p.nodes for p in to] == [p.nodes for p in found if p.actor == target]
        # the cut-off (each entity expanded at most top_k times) keeps the best paths to a target
        best2 = list(attribution_paths(g, "ev", to=target, as_of=as_of, max_hops=max_hops, top_k=2))
        assert [p.nodes for p in best2] == [p.nodes for p in to[:2]]
