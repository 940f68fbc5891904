"""SPARQL on Oxigraph and on rdflib's memory store: same answers, bound parameters, errors, timeout."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from rdflib import Literal, URIRef

from proxygraph.graph.rdf import entity_iri, serialize
from proxygraph.graph.results import render, to_json
from proxygraph.graph.sparql import BACKENDS, QuerySyntaxError, QueryTimeoutError, load_rdf, rdf_store, run
from proxygraph.ontology import InvalidValueError

BACKEND_NAMES = list(BACKENDS)


@pytest.fixture(scope="module", params=BACKEND_NAMES)
def mini_rdf(request, _mini):
    return rdf_store(_mini, request.param)


def test_a_simple_question_needs_only_the_plain_triples(mini_rdf):
    result = run(mini_rdf, "SELECT ?name WHERE { ?x pg:backs ?y . ?x rdfs:label ?name }")
    assert result.columns == ["name"] and result.plain() == [("Iran",)]


def test_values_are_bound_parameters(mini_rdf):
    query = "SELECT ?name ?y WHERE { ?x pg:backs ?y . ?x rdfs:label ?name }"
    assert run(mini_rdf, query, {"y": entity_iri("kataib-hezbollah")}).plain()[0][0] == "Iran"
    assert run(mini_rdf, query, {"y": entity_iri("iran")}).rows == []


def test_a_hostile_value_stays_a_value(mini_rdf):
    hostile = Literal('Iran" } UNION { ?x ?p ?name } #')
    query = "SELECT ?x ?name WHERE { ?x rdfs:label ?name }"
    assert run(mini_rdf, query, {"name": hostile}).rows == []


def test_ask_gives_a_boolean(mini_rdf):
    assert run(mini_rdf, "ASK { ?x pg:perpetrated ?e }").boolean is True


def test_dates_and_numbers_come_back_typed(mini_rdf):
    result = run(mini_rdf, "SELECT ?d ?n WHERE { ?e pg:date ?d ; pg:fatalities ?n }")
    assert result.plain() == [("2024-01-28", 3)]


@pytest.mark.parametrize("query, oxigraph_at, memory_at", [
    ("SELECT ?x WHERE {\n  ?x pg:backs \n}", (3, 1), (2, 3)),
    ("SELECT ?x\nWHERE { ?x pg:backs ?y .\n  FILTER(?y = ) }", (3, 18), (3, 3)),
    ("SELEC ?x WHERE { ?x ?p ?o }", (1, 10), (1, 1)),
    ("SELECT ?x WHERE {\n ?x nope:backs ?y }", (2, 15), (2, 5)),
])
def test_a_malformed_query_gets_the_parsers_line_and_column(_mini, query, oxigraph_at, memory_at):
    for backend, (line, column) in (("oxigraph", oxigraph_at), ("memory", memory_at)):
        with pytest.raises(QuerySyntaxError) as err:
            run(rdf_store(_mini, backend), query)
        assert (err.value.line, err.value.column) == (line, column), backend
        assert str(err.value).startswith(f"SPARQL syntax error at line {line}, column {column}: ")
        assert len(str(err.value)) < 320


@pytest.mark.parametrize("backend", BACKEND_NAMES)
def test_a_query_gives_up_at_its_timeout(_mini, backend):
    rdf = rdf_store(_mini, backend)
    endless = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 81^4 rows
    start = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="0.3 s"):
        run(rdf, endless, timeout=0.3)
    # (the whole query would take minutes; 5 s leaves room for a loaded machine waking the caller late)
    assert time.monotonic() - start < 5
    assert run(rdf, "ASK { ?a ?b ?c }", timeout=5).boolean  # the store is still usable


def test_oxigraph_needs_bound_parameters_in_the_projection(_mini):
    rdf = rdf_store(_mini, "oxigraph")
    with pytest.raises(InvalidValueError, match=r"\?y.*SELECT"):
        run(rdf, "SELECT ?x WHERE { ?x pg:backs ?y }", {"y": entity_iri("kataib-hezbollah")})


@pytest.mark.parametrize("backend", BACKEND_NAMES)
@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld"])
def test_rdf_files_load_into_either_store(_mini, backend, fmt):
    rdf = load_rdf(serialize(_mini, fmt), fmt, backend)
    assert len(rdf) == len(rdf_store(_mini, "memory"))
    assert run(rdf, "SELECT ?x WHERE { ?x a pg:ArmedGroup }").plain() == [(str(entity_iri("kataib-hezbollah")),)]


def test_results_as_csv_table_and_sparql_json():
    columns = ["actor", "date", "n", "missing"]
    rows = [(URIRef("https://x/iran"), Literal("2024-01-28", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date")), Literal(3), None)]
    assert render(columns, rows, "csv") == "actor,date,n,missing\nhttps://x/iran,2024-01-28,3,\n"
    assert "https://x/iran" in render(columns, rows, "table")
    doc = json.loads(render(columns, rows, "json"))
    assert doc["head"]["vars"] == columns
    (binding,) = doc["results"]["bindings"]
    assert binding["actor"] == {"type": "uri", "value": "https://x/iran"}
    assert binding["date"]["datatype"].endswith("#date") and "missing" not in binding
    assert json.loads(to_json([], [], boolean=False)) == {"head": {}, "boolean": False}


def test_cypher_values_get_the_same_json_shape():
    doc = json.loads(to_json(["a", "d", "b", "l"], [("iran", dt.date(2024, 1, 28), True, ["x", "y"])]))
    b = doc["results"]["bindings"][0]
    assert b["a"] == {"type": "literal", "value": "iran"}
    assert b["d"]["value"] == "2024-01-28" and b["d"]["datatype"].endswith("#date")
    assert b["b"]["value"] == "true" and b["l"]["value"] == "x; y"
