"""`proxygraph query` on the command line: named queries, ad-hoc SPARQL, formats, errors, Cypher."""

from __future__ import annotations

import csv
import io
import json
import sys
import types

import pytest
from typer.testing import CliRunner

from proxygraph.cli.main import app
from proxygraph.graph import save
from proxygraph.graph.catalogue import load_catalogue

runner = CliRunner()


@pytest.fixture
def mini_store(mini_graph, store):
    save(mini_graph, store)
    return store


def invoke(*args):
    return runner.invoke(app, ["query", *args])


def test_list_names_every_query_with_its_parameters(mini_store):
    result = invoke("--list", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = {q["name"]: q for q in json.loads(result.output)}
    assert set(listed) == set(load_catalogue().queries)
    assert listed["who-is-blamed"]["params"] == [
        {"name": "event", "type": "entity", "description": listed["who-is-blamed"]["params"][0]["description"]}
    ]
    table = invoke("--list")
    assert "who-is-blamed" in table.output and "event (entity)" in table.output


def test_a_named_query_takes_entities_by_name_or_alias(mini_store):
    result = invoke("--named", "who-is-blamed", "--param", "event=Tower 22 drone attack", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["actor"], r["claimant"], r["modality"], r["stated"]) for r in rows] == [
        ("kataib-hezbollah", "reporter", "suspected", "2024-01-29")
    ]
    by_alias = invoke("-n", "backers", "-p", "actor=KH", "-f", "csv", "--store-backend", "memory")
    assert by_alias.output == "backer,direct\niran,true\n"


def test_json_output_is_sparql_results_json(mini_store):
    result = invoke("-n", "contested-claims", "-f", "json")
    doc = json.loads(result.output)
    assert doc["head"]["vars"] == list(load_catalogue().get("contested-claims").columns)
    (row,) = doc["results"]["bindings"]
    assert row["claim"] == {"type": "literal", "value": "wire-iran-backs-kh"}
    assert row["denier"]["value"] == "iran"


def test_ad_hoc_sparql_from_text_or_file_with_bound_parameters(mini_store, tmp_path):
    query = "SELECT ?name ?target WHERE { ?x pg:backs ?target ; rdfs:label ?name }"
    result = invoke("--sparql", query, "--param", "target=Kataib Hizbollah", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("Iran,https://w3id.org/proxygraph/id/entity/kataib-hezbollah")
    path = tmp_path / "q.rq"
    path.write_text("SELECT ?d WHERE { ?e pg:date ?d . FILTER(?d >= ?since) } ")
    dated = invoke("--sparql-file", str(path), "-p", "since=2024-01-01", "-f", "csv", "--store-backend", "memory")
    # the parameter is unprojected: fine for rdflib, refused by Oxigraph with a clear message
    assert dated.output == "d\n2024-01-28\n"
    refused = invoke("--sparql-file", str(path), "-p", "since=2024-01-01")
    assert refused.exit_code == 1 and "SELECT clause" in refused.output


def test_a_malformed_query_is_one_line_with_line_and_column(mini_store):
    result = invoke("--sparql", "SELECT ?x WHERE {\n  ?x pg:backs \n}")
    assert result.exit_code == 1
    assert result.output.startswith("error: SPARQL syntax error at line 3, column 1:")
    assert "Traceback" not in result.output


def test_a_slow_query_stops_at_the_timeout(mini_store):
    result = invoke("--sparql", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "--timeout", "0.3")
    assert result.exit_code == 1 and "did not finish within 0.3 s" in result.output


@pytest.mark.parametrize("args, message", [
    ([], "exactly one of"),
    (["--sparql", "ASK {}", "--named", "backers"], "exactly one of"),
    (["--named", "backers"], "needs --param actor"),
    (["--named", "backers", "-p", "actor"], "NAME=VALUE"),
    (["--named", "nope"], "no query named 'nope'"),
    (["--named", "backers", "-p", "actor=iran", "-f", "xml"], "unknown format"),
    (["--named", "backers", "-p", "actor=iran", "--store-backend", "disk"], "unknown store backend"),
])
def test_usage_errors_are_one_line(mini_store, args, message):
    result = invoke(*args)
    assert result.exit_code == 1 and message in result.output, result.output


def test_the_cypher_engine_gets_the_catalogues_cypher_and_bound_ids(mini_store, monkeypatch):
    calls = []
    fake = types.ModuleType("proxygraph.graph.neo4j_sync")
    fake.connect = lambda uri=None, user=None, password=None: ("driver", uri, user, password)
    fake.run_cypher = lambda driver, query, params: calls.append((driver, query, params)) or (["backer", "direct"], [["iran", True]])
    monkeypatch.setitem(sys.modules, "proxygraph.graph.neo4j_sync", fake)
    result = invoke("-n", "backers", "-p", "actor=KH", "--engine", "cypher", "--uri", "bolt://x:7687", "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.output == "backer,direct\niran,true\n"
    ((driver, query, params),) = calls
    assert driver == ("driver", "bolt://x:7687", None, None)
    assert query == load_catalogue().get("backers").cypher and params == {"actor": "kataib-hezbollah"}
    calls.clear()
    raw = invoke("--cypher", "MATCH (n {id: $id}) RETURN n.id AS id", "-p", "id=iran", "-f", "json")
    assert raw.exit_code == 0 and calls[0][2] == {"id": "iran"}


def test_quotes_keep_a_name_a_string(mini_store):
    query = "SELECT ?x ?label WHERE { ?x rdfs:label ?label }"
    as_string = invoke("--sparql", query, "-p", 'label="Iran"', "-f", "csv")
    assert as_string.output == "x,label\nhttps://w3id.org/proxygraph/id/entity/iran,Iran\n"
    as_entity = invoke("--sparql", query, "-p", "label=Iran", "-f", "csv")  # the IRI: no label equals it
    assert as_entity.output == "x,label\n"
