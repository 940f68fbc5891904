"""`proxygraph query --cypher` and `--named ... --engine cypher` against a real Neo4j."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from proxygraph.cli.main import app
from proxygraph.graph.neo4j_sync import push
from proxygraph.graph.persist import save

runner = CliRunner()


@pytest.fixture
def pushed(neo4j_uri, neo4j_driver, mini_graph, store):
    """The mini graph in the store and in Neo4j (NEO4J_URI points at the test server)."""
    save(mini_graph, store)
    push(mini_graph, neo4j_driver)
    return store


def query(*args):
    return runner.invoke(app, ["query", *args])


def test_cypher_as_json(pushed):
    result = query("--cypher", "MATCH (s:State)-[r:BACKS]->(g) WHERE r.modality <> 'denied' "
                   "RETURN s AS sponsor, g.name AS client, r.stated AS stated", "-f", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["head"]["vars"] == ["sponsor", "client", "stated"]
    [row] = doc["results"]["bindings"]
    assert {k: v["value"] for k, v in row.items()} == {"sponsor": "iran", "client": "Kataib Hezbollah", "stated": "2024-01-29"}


def test_cypher_as_csv_with_a_bound_parameter(pushed):
    result = query("--cypher", "MATCH (n:Entity) WHERE n.name = $name RETURN n.id AS id, n.aliases AS aliases",
                   "--param", "name=Iran", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows == [["id", "aliases"], ["iran", "Tehran; Islamic Republic of Iran"]]


def test_cypher_as_a_table(pushed):
    result = query("--cypher", "MATCH (n:Event) RETURN n.id AS event, n.date AS date")
    assert result.exit_code == 0, result.output
    assert "tower-22-attack" in result.output and "2024-01-28" in result.output and "(1 row)" in result.output


def test_a_cypher_syntax_error_is_one_clear_line(pushed):
    result = query("--cypher", "MATCH (n RETURN n")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: Cypher syntax error: ")
    assert "line 1" in lines[0]


def test_named_query_on_neo4j_answers_like_sparql(pushed):
    args = ["--named", "who-is-blamed", "--param", "event=Tower 22 drone attack", "-f", "json"]
    on_neo4j = query(*args, "--engine", "cypher")
    in_sparql = query(*args)
    assert on_neo4j.exit_code == 0 and in_sparql.exit_code == 0, on_neo4j.output + in_sparql.output
    def rows(output):
        return sorted(
            json.dumps({k: v["value"] for k, v in b.items()}, sort_keys=True)
            for b in json.loads(output)["results"]["bindings"]
        )
    assert rows(on_neo4j.output) == rows(in_sparql.output)
    assert '"actor": "kataib-hezbollah"' in rows(on_neo4j.output)[0]


def test_cypher_without_a_server_says_how_to_get_one(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("PROXYGRAPH_HOME", str(tmp_path))
    result = query("--cypher", "RETURN 1")
    assert result.exit_code == 1 and "proxygraph neo4j start" in result.output
