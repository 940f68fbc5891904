"""The CLI is a thin layer: each command has help with an example; errors are one line, exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.main import get_command
from typer.testing import CliRunner

from proxygraph.cli.main import app

FIXTURES = Path(__file__).parents[1] / "fixtures"
runner = CliRunner()


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,), cmd


ALL_COMMANDS = sorted(path for path, _ in _commands(get_command(app)))


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=[" ".join(p) for p in ALL_COMMANDS])
def test_every_command_has_help_with_an_example(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output and "proxygraph" in result.output


def test_load_reference_then_show_by_alias(store):
    result = runner.invoke(app, ["load", "reference", str(FIXTURES / "mini")])
    assert result.exit_code == 0, result.output
    assert "claims: 3 added" in result.output
    again = runner.invoke(app, ["load", "reference", str(FIXTURES / "mini")])
    assert "claims: 0 added, 0 updated, 3 unchanged" in again.output
    shown = runner.invoke(app, ["show", "Kata'ib Hizballah", "--json"])
    assert shown.exit_code == 0, shown.output
    doc = json.loads(shown.output)
    assert doc["entity"]["id"] == "kataib-hezbollah"
    assert {c["source"]["outlet"] for c in doc["claims"]} == {"Test Wire", "Test Gazette"}
    assert any(c["contested"] for c in doc["claims"])


def test_a_bad_load_is_one_located_error_and_leaves_the_store_alone(store, tmp_path):
    runner.invoke(app, ["load", "reference", str(FIXTURES / "mini")])
    before = store.read_bytes()
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - {subject: iran, predicate: backs, object: nobody, claimant: reporter,"
                   " modality: asserted, source: src-a, evidence: e, grade: B2}\n")
    result = runner.invoke(app, ["load", "reference", str(bad)])
    assert result.exit_code == 1
    assert "error: 1 error(s)" in result.output
    assert "bad.yaml:2, field 'object': object 'nobody' is no known entity" in result.output
    assert "Traceback" not in result.output
    assert store.read_bytes() == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["show", "Nobody At All"], "error: no entity is called 'Nobody At All'"),
        (["export", "--format", "pdf"], "error: unknown format 'pdf'"),
        (["info"], "run 'proxygraph build' first"),
    ],
)
def test_user_errors_are_one_clear_line(store, args, message):
    if args[0] != "info":
        runner.invoke(app, ["load", "reference", str(FIXTURES / "mini")])
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_export_graphml_to_a_file(store, tmp_path):
    runner.invoke(app, ["load", "reference", str(FIXTURES / "mini")])
    out = tmp_path / "g.graphml"
    result = runner.invoke(app, ["export", "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(out).number_of_edges() == 3


def test_store_option_and_env_are_honoured(tmp_path, monkeypatch):
    monkeypatch.setenv("PROXYGRAPH_HOME", str(tmp_path / "env-home"))
    explicit = tmp_path / "explicit.json"
    runner.invoke(app, ["load", "reference", str(FIXTURES / "mini"), "--store", str(explicit)])
    assert explicit.exists() and not (tmp_path / "env-home").exists()
    runner.invoke(app, ["load", "reference", str(FIXTURES / "mini")])
    assert (tmp_path / "env-home" / "graph.json").exists()


def test_console_script_runs_and_exits_non_zero_on_error(tmp_path):
    exe = Path(sys.executable).parent / "proxygraph"
    env = {"PROXYGRAPH_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    ok = subprocess.run([str(exe), "--help"], capture_output=True, text=True, env=env)
    assert ok.returncode == 0 and "proxygraph" in ok.stdout
    bad = subprocess.run([str(exe), "show", "Iran"], capture_output=True, text=True, env=env)
    assert bad.returncode == 1
    assert bad.stderr.startswith("error: ") and "Traceback" not in bad.stderr
