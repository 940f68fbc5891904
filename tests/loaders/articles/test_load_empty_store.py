"""`proxygraph load articles` into a store with no reference data: known actors are recognised
from the bundled reference, and their curated records come along so every claim's ends exist."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from proxygraph.cli.cmd_extract import load_articles
from proxygraph.cli.main import app
from proxygraph.graph import ClaimGraph, load_or_new
from proxygraph.loaders.articles.loader import NEW_NOTE, bundled_articles_dir, reference_gazetteer

ARTICLE = """title: Strike in Baghdad
published: 2024-02-08

A US drone strike in Baghdad killed a commander of the Iranian-backed Kataib Hezbollah on Wednesday.
The Pentagon said the strike was in response to attacks on US forces.
"""


def _write(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_empty_store_recognises_known_actors(tmp_path):
    graph = ClaimGraph()
    report = load_articles(graph, _write(tmp_path))
    assert report.changed
    ref = reference_gazetteer().entities
    for eid in ("united-states", "iran", "kataib-hezbollah"):
        assert graph.entity(eid) == ref[eid]  # the curated record, not a new one
        assert graph.entity(eid).properties.get("description") != NEW_NOTE
    claims = list(graph.claims())
    assert any((c.subject, c.predicate, c.object) == ("iran", "backs", "kataib-hezbollah") for c in claims)
    for c in claims:
        assert graph.has_entity(c.subject) and graph.has_entity(c.object)
        assert c.claimant == "reporter" or graph.has_entity(c.claimant)


def test_loading_twice_changes_nothing(tmp_path):
    graph = ClaimGraph()
    path = _write(tmp_path)
    load_articles(graph, path)
    assert not load_articles(graph, path).changed


def test_what_was_loaded_before_does_not_change_an_article(tmp_path):
    # after a first load the store holds only the reference entities articles mentioned; the
    # reference stays known, so the bundled samples give the same claims again
    graph = ClaimGraph()
    first = load_articles(graph, bundled_articles_dir())
    assert first.changed
    assert not load_articles(graph, bundled_articles_dir()).changed


def test_cli_load_articles_into_empty_store(tmp_path, store):
    result = CliRunner().invoke(app, ["load", "articles", str(_write(tmp_path))])
    assert result.exit_code == 0, result.output
    graph = load_or_new(store)
    assert graph.entity("kataib-hezbollah").properties.get("description") != NEW_NOTE
    shown = CliRunner().invoke(app, ["extract", str(_write(tmp_path)), "--json"])
    doc = json.loads(shown.output)
    assert {"kataib-hezbollah", "iran"} <= {e["id"] for e in doc["entities"] if not e["new"]}


def test_jobs_gives_the_same_documents(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE.replace("Baghdad", "Baghdad" + " " * i), encoding="utf-8")
    one = CliRunner().invoke(app, ["extract", str(tmp_path), "--json"])
    two = CliRunner().invoke(app, ["extract", str(tmp_path), "--json", "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert json.loads(one.output) == json.loads(two.output)
