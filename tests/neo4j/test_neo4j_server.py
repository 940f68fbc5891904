"""The local server: installed, started, reported, stopped; and the `proxygraph neo4j` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from proxygraph.cli.main import app
from proxygraph.graph import neo4j_push, neo4j_server
from proxygraph.graph.neo4j_server import Neo4jError, Neo4jNotInstalledError
from proxygraph.graph.persist import load, save, to_document

runner = CliRunner()


def test_a_folder_without_a_server_is_not_running(tmp_path):
    assert neo4j_server.status(tmp_path).running is False


def test_starting_again_reports_the_running_server(neo4j_server_session):
    again = neo4j_server.start(neo4j_server_session.data)
    assert again.already_running
    assert (again.uri, again.pid) == (neo4j_server_session.uri, neo4j_server_session.pid)


def test_the_server_listens_on_loopback_only(neo4j_server_session):
    assert neo4j_server_session.uri.startswith("bolt://127.0.0.1:")
    conf = (Path(neo4j_server_session.data) / "conf" / "neo4j.conf").read_text()
    assert f"server.bolt.listen_address=127.0.0.1:{neo4j_server_session.port}" in conf
    assert "dbms.security.auth_enabled=false" in conf and "server.http.enabled=false" in conf


def test_a_taken_port_is_refused_before_starting(neo4j_server_session, tmp_path):
    with pytest.raises(Neo4jError, match=f"port {neo4j_server_session.port} .* is taken"):
        neo4j_server.start(tmp_path / "other", port=neo4j_server_session.port)


def test_a_missing_install_says_how_to_install_it(neo4j_available, tmp_path, monkeypatch):
    monkeypatch.setenv("PROXYGRAPH_NEO4J_HOME", str(tmp_path / "nothing"))
    with pytest.raises(Neo4jNotInstalledError, match="scripts/setup.d/10-neo4j.sh"):
        neo4j_server.start(tmp_path / "data")


def test_a_state_file_left_by_a_dead_server_is_cleared(tmp_path):
    (tmp_path / "server.json").write_text(json.dumps({"pid": 2**22 + 7, "port": 1, "uri": "bolt://127.0.0.1:1", "log": "x"}))
    assert neo4j_server.status(tmp_path).running is False
    assert not (tmp_path / "server.json").exists()


def test_the_cli_runs_a_server_and_a_push_cut_off_by_its_stop_completes_next_time(neo4j_available, tmp_path, mini_graph, monkeypatch):
    """start, status, push, (server stopped midway), start, push, pull, stop, by the commands."""
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("PROXYGRAPH_NEO4J_JAVA_OPTS", " ".join(neo4j_server.QUICK_JAVA_OPTIONS))
    data, store, pulled = tmp_path / "neo4j", tmp_path / "graph.json", tmp_path / "pulled.json"
    save(mini_graph, store)
    try:
        result = runner.invoke(app, ["neo4j", "start", "--data", str(data), "--heap", "512m", "--pagecache", "64m"])
        assert result.exit_code == 0, result.output
        assert "started" in result.output and "bolt://127.0.0.1:" in result.output and "neo4j.log" in result.output
        result = runner.invoke(app, ["neo4j", "start", "--data", str(data)])
        assert "already running" in result.output
        status = json.loads(runner.invoke(app, ["neo4j", "status", "--data", str(data), "--json"]).output)
        assert status["running"] and status["uri"].startswith("bolt://127.0.0.1:")

        real, calls = neo4j_push._Writer._run_batch, {"n": 0}

        def stop_on_third(self, session, pending):
            calls["n"] += 1
            if calls["n"] == 3:
                neo4j_server.stop(data)
            return real(self, session, pending)

        monkeypatch.setattr(neo4j_push._Writer, "_run_batch", stop_on_third)
        result = runner.invoke(app, ["neo4j", "push", "--store", str(store), "--data", str(data), "--batch-size", "2"])
        assert result.exit_code == 1
        assert "error: the push stopped midway" in result.output and "lost Neo4j" in result.output
        monkeypatch.setattr(neo4j_push._Writer, "_run_batch", real)

        assert runner.invoke(app, ["neo4j", "status", "--data", str(data)]).exit_code == 1
        assert runner.invoke(app, ["neo4j", "start", "--data", str(data), "--heap", "512m", "--pagecache", "64m"]).exit_code == 0
        result = runner.invoke(app, ["neo4j", "push", "--store", str(store), "--data", str(data)])
        assert result.exit_code == 0, result.output
        assert f"{mini_graph.number_of_claims()} claims pushed" in result.output
        result = runner.invoke(app, ["neo4j", "pull", "--store", str(pulled), "--data", str(data)])
        assert result.exit_code == 0, result.output
        assert to_document(load(pulled)) == to_document(mini_graph)
        result = runner.invoke(app, ["neo4j", "pull", "--store", str(pulled), "--data", str(data)])
        assert result.exit_code == 1 and "--force" in result.output
        result = runner.invoke(app, ["neo4j", "stop", "--data", str(data)])
        assert result.exit_code == 0 and "stopped" in result.output
        assert runner.invoke(app, ["neo4j", "status", "--data", str(data)]).exit_code == 1
    finally:
        neo4j_server.stop(data)


def test_push_and_pull_reach_any_server_by_uri(neo4j_uri, neo4j_driver, mini_graph, tmp_path):
    store, pulled = tmp_path / "graph.json", tmp_path / "pulled.json"
    save(mini_graph, store)
    result = runner.invoke(app, ["neo4j", "push", "--store", str(store), "--uri", neo4j_uri])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["neo4j", "pull", "--store", str(pulled)])  # NEO4J_URI
    assert result.exit_code == 0, result.output
    assert to_document(load(pulled)) == to_document(mini_graph)


def test_push_to_nothing_is_one_clear_line(tmp_path, mini_graph):
    save(mini_graph, tmp_path / "graph.json")
    result = runner.invoke(app, ["neo4j", "push", "--store", str(tmp_path / "graph.json"), "--uri", "bolt://127.0.0.1:1"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: cannot reach Neo4j at bolt://127.0.0.1:1")
    assert "Traceback" not in result.output
