"""The query catalogue's Cypher side: each named query gives the same rows on Neo4j as its SPARQL
twin on the same data (the reference dataset, pushed once), for every value of its parameters."""

from __future__ import annotations

import itertools

import pytest

from proxygraph.graph.catalogue import load_catalogue
from proxygraph.graph.neo4j_sync import push
from proxygraph.graph.sparql import rdf_store

CATALOGUE = load_catalogue()
DATES = ["2000-01-01", "2023-10-07", "2024-01-28", "2024-06-01"]


@pytest.fixture(scope="module")
def reference_in_neo4j(neo4j_driver, reference_graph):
    push(reference_graph, neo4j_driver)
    return neo4j_driver


@pytest.fixture(scope="module")
def reference_rdf(reference_graph):
    return rdf_store(reference_graph, "oxigraph")


def parameter_sets(query, graph) -> list[dict]:
    """Every entity for an entity parameter, every claimant, a few dates: all combinations."""
    choices = []
    for p in query.params:
        if p.type == "entity":
            values = sorted(e.id for e in graph.entities())
        elif p.type == "claimant":
            values = sorted({c.claimant for c in graph.claims()})
        elif p.type == "date":
            values = DATES
        else:
            values = [p.default] if p.default is not None else []
        choices.append([(p.name, v) for v in values])
    return [dict(combo) for combo in itertools.product(*choices)]


def canonical(rows, ordered: bool) -> list:
    rows = [tuple(tuple(v) if isinstance(v, list) else v for v in row) for row in rows]
    return rows if ordered else sorted(rows, key=repr)


@pytest.mark.parametrize("name", sorted(CATALOGUE.queries))
def test_named_query_gives_the_same_rows_on_neo4j_as_in_sparql(name, reference_in_neo4j, reference_rdf, reference_graph):
    query = CATALOGUE.get(name)
    differences, non_empty = [], 0
    for params in parameter_sets(query, reference_graph):
        sparql = CATALOGUE.run_sparql(name, reference_rdf, params)
        cypher = CATALOGUE.run_cypher(name, reference_in_neo4j, params)
        assert cypher.columns == list(query.columns)
        expected, got = canonical(sparql.plain(), query.ordered), canonical(cypher.plain(), query.ordered)
        non_empty += bool(expected)
        if expected != got:
            differences.append(
                f"{params}: only in SPARQL {[r for r in expected if r not in got][:3]}, "
                f"only in Cypher {[r for r in got if r not in expected][:3]}"
                + (" (same rows, other order)" if sorted(expected, key=repr) == sorted(got, key=repr) else "")
            )
    assert not differences, f"{len(differences)} parameter set(s) disagree:\n" + "\n".join(differences[:10])
    assert non_empty, "no parameter set gave any row: the comparison proved nothing"
