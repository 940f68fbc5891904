"""`proxygraph attribute`: the table, the JSON, the offline view and the no-path message."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from proxygraph.cli.main import app

HERE = Path(__file__).parent
runner = CliRunner()

HOSTILE = """
sources:
  - {id: hostile-src, outlet: "<b>Outlet</b>", title: "t", url: 'https://example.org/x"onmouseover="alert(1)', published: 2024-01-29}
entities:
  - {id: hostile-group, type: ArmedGroup, name: "<script>alert('x')</script> Brigade"}
  - {id: hostile-attack, type: Attack, name: "Attack on <img src=x onerror=alert(1)>", properties: {date: 2024-01-28}}
claims:
  - {subject: hostile-group, predicate: perpetrated, object: hostile-attack, claimant: reporter,
     modality: asserted, source: hostile-src, grade: B2, evidence: "</td><script>alert(2)</script> [bold]x[/bold]"}
"""


@pytest.fixture
def chain_store(store, tmp_path):
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    (hostile / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    for folder in (HERE / "fixtures", hostile):
        result = runner.invoke(app, ["load", "reference", str(folder), "--store", str(store)])
        assert result.exit_code == 0, result.output
    return store


def run(store, *args):
    return runner.invoke(app, ["attribute", *args, "--store", str(store)], terminal_width=200)


def test_the_table_shows_paths_hops_claimants_and_denials(chain_store, monkeypatch):
    from proxygraph.cli._common import console

    monkeypatch.setattr(console, "width", 400)  # no wrapping inside cells
    result = run(chain_store, "tower-22-attack", "--to", "Iran")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Islamic Resistance in Iraq" in out and "IRGC Quds Force" in out
    assert "United States" in out and "blamed" in out
    assert "DENIED" in out and "CONTESTED" in out
    assert "2 independent sources" in out
    assert "Actors held responsible" in out


def test_json_has_every_hop_with_its_claims_and_sources(chain_store):
    result = run(chain_store, "tower-22-attack", "--to", "iran", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    best = doc["paths"][0]
    assert best["nodes"] == ["tower-22-attack", "islamic-resistance-in-iraq", "kataib-hezbollah",
                             "irgc-quds-force", "irgc", "iran"]
    first = best["hops"][0]
    assert first["claims"][0]["claimant"] == "united-states"
    assert first["claims"][0]["source"]["url"] == "https://example.org/c"
    assert first["denials"][0]["claimant"] == "iran" and first["contested"]
    assert doc["actors"][0]["id"] == "iran"


def test_what_if_options_reach_the_library(chain_store):
    result = run(chain_store, "tower-22-attack", "--exclude-claimant", "iran", "--min-grade", "B3",
                 "--as-of", "2024-02-01", "--max-hops", "2", "--top", "2", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["query"]["as_of"] == "2024-02-01" and doc["query"]["min_grade"] == "B3"
    assert len(doc["paths"]) == 2 and all(len(p["hops"]) <= 2 for p in doc["paths"])


def test_no_path_is_a_clear_message_and_exit_1(chain_store):
    result = run(chain_store, "tower-22-attack", "--as-of", "2024-01-27")
    assert result.exit_code == 1
    assert "no claim links Tower 22 drone attack (tower-22-attack) to any actor" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [["--as-of", "27/01/2024"], ["--min-grade", "Z9"], ["--to", "nobody-at-all"]])
def test_bad_input_is_one_line_and_exit_1(chain_store, args):
    result = run(chain_store, "tower-22-attack", *args)
    assert result.exit_code == 1 and "error:" in result.output and "Traceback" not in result.output


def _offline(text: str) -> None:
    """No request leaves the page: no remote src/href on any tag, a CSP that forbids fetching."""
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", text, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', text)
    assert csp and "default-src 'none'" in html.unescape(csp.group(1))


def test_the_view_is_an_offline_page_with_the_paths(chain_store, tmp_path):
    page = tmp_path / "out.html"
    result = run(chain_store, "tower-22-attack", "--to", "iran", "--view", str(page))
    assert result.exit_code == 0, result.output
    assert f"wrote {page}" in result.output
    text = page.read_text(encoding="utf-8")
    _offline(text)
    for entity in ("tower-22-attack", "islamic-resistance-in-iraq", "kataib-hezbollah", "irgc-quds-force", "iran"):
        assert entity in text
    assert "Tehran says the groups act independently" in text  # the denial is on the page


def test_the_view_escapes_names_and_evidence_from_articles(chain_store, tmp_path, monkeypatch):
    from proxygraph.cli._common import console

    monkeypatch.setattr(console, "width", 400)
    page = tmp_path / "hostile.html"
    result = run(chain_store, "hostile-attack", "--view", str(page))
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    _offline(text)
    assert "<script>alert" not in text and "<img src=x" not in text and "<b>Outlet" not in text
    assert 'onmouseover="alert' not in text
    assert "[bold]x[/bold]" in result.output  # the table does not read article text as markup


@pytest.mark.parametrize("event", ["tower-22-attack", "hostile-attack"])
def test_the_minimal_fallback_page_has_no_script_and_escapes_everything(chain_store, event):
    from proxygraph.graph import load
    from proxygraph.graph.attribution import attribute
    from proxygraph.graph.attribution_view import render_html

    graph = load(chain_store)
    text = render_html(graph, attribute(graph, event))
    _offline(text)
    assert "<script" not in text.lower() and "<img" not in text.lower() and "<b>" not in text
    assert 'onmouseover="alert' not in text
    assert "<svg" in text


def test_the_minimal_page_is_used_when_the_views_renderer_is_missing(chain_store, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "proxygraph.graph.views", None)  # import fails
    page = tmp_path / "min.html"
    result = run(chain_store, "tower-22-attack", "--view", str(page))
    assert result.exit_code == 0, result.output
    assert "minimal view" in result.output and "<svg" in page.read_text(encoding="utf-8")
