"""Pushing the claim graph into a real Neo4j, pulling it back, and running Cypher on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import neo4j
import pytest
from hypothesis import HealthCheck, given, settings
from neo4j_strategies import claim_graphs

from proxygraph.graph import neo4j_server
from proxygraph.graph.neo4j_push import _Writer
from proxygraph.graph.neo4j_server import CypherError, Neo4jUnavailableError, PushError
from proxygraph.graph.neo4j_sync import (
    connect,
    pull,
    push,
    run_cypher,
    schema_statements,
)
from proxygraph.graph.persist import to_document
from proxygraph.ontology import Source


def snapshot(driver) -> dict:
    """Everything the database holds: nodes with labels and properties, relationships likewise."""
    nodes = driver.execute_query(
        "MATCH (n) RETURN elementId(n) AS k, labels(n) AS l, properties(n) AS p"
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p"
    ).records
    return {
        "nodes": sorted((sorted(r["l"]), sorted(r["p"].items(), key=str)) for r in nodes),
        "rels": sorted((r["a"], r["t"], r["b"], sorted(r["p"].items(), key=str)) for r in rels),
    }


# -- the model -------------------------------------------------------------------------------------


def test_entities_carry_every_label_of_their_ancestry(empty_db, mini_graph):
    push(mini_graph, empty_db)
    cols, rows = run_cypher(empty_db, "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels ORDER BY id")
    labels = {i: sorted(ls) for i, ls in rows}
    assert labels["kataib-hezbollah"] == ["Actor", "ArmedGroup", "Entity"]
    assert labels["iran"] == ["Actor", "Entity", "State"]
    assert labels["tower-22-attack"] == ["Attack", "Entity", "Event"]


def test_entity_properties_follow_the_model(empty_db, mini_graph):
    push(mini_graph, empty_db)
    iran = empty_db.execute_query("MATCH (n:Entity {id: 'iran'}) RETURN n").records[0]["n"]
    assert iran["name"] == "Iran" and iran["type"] == "State"
    assert iran["aliases"] == ["Tehran", "Islamic Republic of Iran"]
    assert iran["ext_wikidata"] == "Q794" and iran["iso3"] == "IRN"
    attack = empty_db.execute_query("MATCH (n:Attack) RETURN n").records[0]["n"]
    assert attack["date"] == neo4j.time.Date(2024, 1, 28) and attack["fatalities"] == 3


def test_claims_are_relationships_with_their_provenance(empty_db, mini_graph):
    push(mini_graph, empty_db)
    r = empty_db.execute_query("MATCH (:State)-[r:BACKS {id: 'wire-iran-backs-kh'}]->(:ArmedGroup) RETURN r").records[0]["r"]
    assert r["claimant"] == "reporter" and r["modality"] == "asserted" and r["source"] == "src-a"
    assert r["grade"] == "B2" and r["weight"] == pytest.approx(mini_graph.weight(mini_graph.claim("wire-iran-backs-kh")))
    assert r["stated"] == neo4j.time.Date(2024, 1, 29)
    assert r["support"] == ["arms", "funds"] and r["control"] == "directed"
    assert r["contested"] is True and "denies" not in r  # denies nothing: no property
    denial = empty_db.execute_query("MATCH ()-[r {modality: 'denied'}]->() RETURN r").records[0]["r"]
    assert denial["denies"] == ["wire-iran-backs-kh"] and denial["contested"] is False


def test_sources_are_nodes(empty_db, mini_graph):
    push(mini_graph, empty_db)
    _, rows = run_cypher(empty_db, "MATCH (s:Source) RETURN s.id, s.outlet, s.published ORDER BY s.id")
    assert rows[0] == ["src-a", "Test Wire", "2024-01-29"]


def test_push_creates_the_constraints_derived_from_the_ontology(empty_db, mini_graph):
    push(mini_graph, empty_db)
    names = {r["name"] for r in empty_db.execute_query("SHOW CONSTRAINTS YIELD name").records}
    names |= {r["name"] for r in empty_db.execute_query("SHOW INDEXES YIELD name").records}
    assert {"pg_entity_id", "pg_source_id", "pg_backs_id", "pg_perpetrated_id", "pg_entity_name"} <= names
    assert len(schema_statements(mini_graph.ontology)) == len([n for n in names if n.startswith("pg_")])


# -- idempotence, pruning, failures ----------------------------------------------------------------


def test_pushing_twice_changes_nothing(empty_db, reference_graph):
    push(reference_graph, empty_db)
    first = snapshot(empty_db)
    report = push(reference_graph, empty_db)
    assert snapshot(empty_db) == first
    assert report.pruned_nodes == report.pruned_relationships == 0
    assert len(first["rels"]) == reference_graph.number_of_claims()
    assert len(first["nodes"]) == reference_graph.number_of_entities() + len(reference_graph.sources)


def test_push_removes_what_the_graph_no_longer_has(empty_db, mini_graph):
    push(mini_graph, empty_db)
    smaller = mini_graph.copy()
    smaller._write("claim", "wire-iran-backs-kh", None)  # the denial goes with what it denies
    for c in list(smaller.claims(modality="denied")):
        smaller._write("claim", c.id, None)
    report = push(smaller, empty_db)
    assert report.pruned_relationships == 2
    assert to_document(pull(empty_db)) == to_document(smaller)


def test_a_claim_that_moved_to_other_ends_is_moved(empty_db, mini_graph):
    push(mini_graph, empty_db)
    moved = mini_graph.copy()
    old = moved.claim("wire-iran-backs-kh")
    moved._write("claim", old.id, old.with_(subject="iran", object="kataib-hezbollah", predicate="allied_with", attributes={}))
    push(moved, empty_db)
    _, rows = run_cypher(empty_db, "MATCH ()-[r {id: 'wire-iran-backs-kh'}]->() RETURN type(r)")
    assert rows == [["ALLIED_WITH"]]


def test_an_entity_whose_type_changed_gets_its_new_labels(empty_db, mini_graph):
    push(mini_graph, empty_db)
    changed = mini_graph.copy()
    kh = changed.entity("kataib-hezbollah")
    changed._write("entity", kh.id, kh.__class__(kh.id, "Organization", kh.name, kh.aliases))
    push(changed, empty_db)
    _, rows = run_cypher(empty_db, "MATCH (n {id: 'kataib-hezbollah'}) RETURN labels(n)")
    assert sorted(rows[0][0]) == ["Actor", "Entity", "Organization"]


def test_a_push_refused_midway_says_why_and_the_next_push_completes(empty_db, mini_graph):
    graph = mini_graph.copy()
    graph.apply([Source("src-c", "Test Wire", "Test report on a drone attack")])  # same title as src-a
    empty_db.execute_query("CREATE CONSTRAINT test_unique_title IF NOT EXISTS FOR (s:Source) REQUIRE s.title IS UNIQUE")
    try:
        with pytest.raises(PushError, match=r"midway while writing sources .*refused.*already exists"):
            push(graph, empty_db, batch_size=1)
    finally:
        empty_db.execute_query("DROP CONSTRAINT test_unique_title IF EXISTS")
    push(graph, empty_db)
    assert to_document(pull(empty_db)) == to_document(graph)


def test_a_push_cut_off_midway_says_so_and_the_next_push_completes(empty_db, reference_graph, monkeypatch):
    real = _Writer._run_batch
    calls = {"n": 0}

    def flaky(self, session, pending):
        calls["n"] += 1
        if calls["n"] == 5:
            raise neo4j.exceptions.ServiceUnavailable("connection to the server was lost")
        return real(self, session, pending)

    monkeypatch.setattr(_Writer, "_run_batch", flaky)
    with pytest.raises(PushError, match=r"midway .*lost Neo4j.*rerun the push"):
        push(reference_graph, empty_db, batch_size=20)
    monkeypatch.undo()
    push(reference_graph, empty_db)
    assert to_document(pull(empty_db)) == to_document(reference_graph)


def test_a_push_cut_off_among_the_claims_creates_none_twice(empty_db, reference_graph, monkeypatch):
    # Claims are created (not merged) when the push started without them: the next push must
    # read the ones a stopped push committed as existing, and update them, not create them again.
    real = _Writer._run_batch
    calls = {"claims": 0}

    def flaky(self, session, pending):
        if any(what.endswith(" claims") for what, *_ in pending):
            calls["claims"] += 1
            if calls["claims"] == 3:
                raise neo4j.exceptions.ServiceUnavailable("connection to the server was lost")
        return real(self, session, pending)

    monkeypatch.setattr(_Writer, "_run_batch", flaky)
    with pytest.raises(PushError, match=r"midway .*lost Neo4j.*rerun the push"):
        push(reference_graph, empty_db, batch_size=10)
    monkeypatch.undo()
    written = empty_db.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    assert 0 < written < reference_graph.number_of_claims()
    push(reference_graph, empty_db, batch_size=10)
    ids = [r["id"] for r in empty_db.execute_query("MATCH ()-[r]->() RETURN r.id AS id").records]
    assert sorted(ids) == sorted(c.id for c in reference_graph.claims())
    assert to_document(pull(empty_db)) == to_document(reference_graph)


def test_a_claim_already_there_gets_its_new_properties(empty_db, mini_graph):
    push(mini_graph, empty_db)
    changed = mini_graph.copy()
    old = changed.claim("wire-iran-backs-kh")
    changed._write("claim", old.id, old.with_(evidence="Another sentence.", modality="reported"))
    push(changed, empty_db, writers=1)
    _, rows = run_cypher(empty_db, "MATCH ()-[r {id: 'wire-iran-backs-kh'}]->() RETURN r.evidence, r.modality")
    assert rows == [["Another sentence.", "reported"]]
    assert to_document(pull(empty_db)) == to_document(changed)


# -- pull and the round trip -----------------------------------------------------------------------


@pytest.mark.parametrize("which", ["mini_graph", "reference_graph"])
def test_round_trip_is_lossless(empty_db, request, which):
    graph = request.getfixturevalue(which)
    push(graph, empty_db)
    assert to_document(pull(empty_db)) == to_document(graph)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(graph=claim_graphs())
def test_round_trip_of_any_graph_is_lossless(neo4j_driver, graph):
    push(graph, neo4j_driver)  # prunes what the previous example left
    assert to_document(pull(neo4j_driver)) == to_document(graph)


def test_pull_ignores_what_is_not_in_the_model(empty_db, mini_graph):
    push(mini_graph, empty_db)
    empty_db.execute_query("MATCH (n:Entity {id: 'iran'}) SET n.note = 'added by hand', n:Extra")
    empty_db.execute_query("CREATE (:Unrelated {id: 'x'})")
    assert to_document(pull(empty_db)) == to_document(mini_graph)


# -- Cypher ------------------------------------------------------------------------------------------


def test_run_cypher_gives_plain_values(empty_db, mini_graph):
    push(mini_graph, empty_db)
    cols, rows = run_cypher(
        empty_db,
        "MATCH p = (s:State)-[r:BACKS {modality: 'asserted'}]->(g) "
        "RETURN s, r, g.aliases AS aliases, r.stated AS stated, p, {when: r.stated} AS m, $n + 1 AS n",
        {"n": 41},
    )
    assert cols == ["s", "r", "aliases", "stated", "p", "m", "n"]
    assert rows == [[
        "iran", "wire-iran-backs-kh", ["Kataib Hizbollah", "Kata'ib Hizballah", "KH"], "2024-01-29",
        ["iran", "wire-iran-backs-kh", "kataib-hezbollah"], {"when": "2024-01-29"}, 42,
    ]]


def test_parameters_are_bound_not_spliced(empty_db, mini_graph):
    push(mini_graph, empty_db)
    _, rows = run_cypher(empty_db, "MATCH (n:Entity) WHERE n.name = $name RETURN n", {"name": "Iran' OR 1=1 //"})
    assert rows == []
    _, rows = run_cypher(empty_db, "MATCH (n:Event) WHERE n.date >= $since RETURN n", {"since": dt.date(2024, 1, 1)})
    assert rows == [["tower-22-attack"]]


def test_a_cypher_syntax_error_is_one_line_with_neo4js_message(neo4j_driver):
    with pytest.raises(CypherError) as info:
        run_cypher(neo4j_driver, "MATC (n) RETURN n")
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("Cypher syntax error: Invalid input 'MATC'") and "line 1, column 1" in message


def test_a_missing_parameter_is_a_clear_error(neo4j_driver):
    with pytest.raises(CypherError, match="Expected parameter"):
        run_cypher(neo4j_driver, "RETURN $nothing")


# -- connecting ---------------------------------------------------------------------------------------


def test_connect_reads_the_environment(neo4j_uri):
    with connect() as driver:
        assert run_cypher(driver, "RETURN 1 AS one") == (["one"], [[1]])


def test_connect_without_any_server_says_how_to_get_one(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("PROXYGRAPH_HOME", str(tmp_path))
    with pytest.raises(Neo4jUnavailableError, match="proxygraph neo4j start"):
        connect()


def test_connect_to_nothing_names_the_uri(neo4j_server_session):
    with pytest.raises(Neo4jUnavailableError, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        connect("bolt://127.0.0.1:1")


def test_connect_finds_the_started_server_from_its_state_file(neo4j_server_session, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setattr(neo4j_server, "default_data_dir", lambda: Path(neo4j_server_session.data))
    with connect() as driver:
        assert run_cypher(driver, "RETURN 1 AS one") == (["one"], [[1]])
