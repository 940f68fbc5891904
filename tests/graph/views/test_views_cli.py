"""`proxygraph view` and the whole-graph view that `proxygraph build` writes."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from proxygraph.cli.main import app
from proxygraph.graph import save

runner = CliRunner()


def _data(path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="pg-data">(.*?)</script>', page, re.S).group(1))


def test_view_writes_a_filtered_page(mini_graph, store, tmp_path):
    save(mini_graph, store)
    out = tmp_path / "kh.html"
    result = runner.invoke(app, ["view", "--focus", "Kataib Hizbollah", "--depth", "1", "--modality", "asserted",
                                 "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out} (2 entities, 1 edges, 1 claims)" in result.output
    data = _data(out)
    assert {n["id"] for n in data["nodes"]} == {"iran", "kataib-hezbollah"}
    assert "within 1 of Kataib Hezbollah" in data["subtitle"]


def test_view_reports_a_bad_filter_as_one_line(mini_graph, store, tmp_path):
    save(mini_graph, store)
    result = runner.invoke(app, ["view", "--type", "Militia", "--store", str(store), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert "unknown entity type 'Militia'" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()


def test_view_warns_when_trimmed(mini_graph, store, tmp_path):
    save(mini_graph, store)
    result = runner.invoke(app, ["view", "--max-nodes", "2", "--store", str(store), "-o", str(tmp_path / "t.html")])
    assert result.exit_code == 0
    assert "warning: Trimmed: showing 2 of 3 entities" in result.output


def test_build_writes_the_whole_graph_view_next_to_the_store(store):
    result = runner.invoke(app, ["build", "--store", str(store)])
    assert result.exit_code == 0, result.output
    page = store.with_suffix(".html")
    assert f"whole-graph view: {page}" in result.output
    data = _data(page)
    graph = json.loads(store.read_text())
    assert len(data["nodes"]) == len(graph["entities"])
    assert len(data["claims"]) == len(graph["claims"])


def test_view_has_help_with_an_example():
    result = runner.invoke(app, ["view", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_the_view_is_the_last_build_step():
    from proxygraph.cli.pipeline import BUILD_STEPS

    assert BUILD_STEPS[-1][0] == "view"  # it draws what every step before it loaded
