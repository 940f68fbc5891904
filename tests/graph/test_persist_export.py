"""Saving is atomic and lossless; exports open in networkx (and so in Gephi)."""

from __future__ import annotations

import json
import os

import networkx as nx
import pytest

from proxygraph.graph import load, save
from proxygraph.graph.export import export, export_bytes
from proxygraph.graph.persist import to_document
from proxygraph.ontology import StoreError


def test_save_then_load_gives_the_same_graph(mini_graph, tmp_path):
    mini_graph.add_redirect("kh-old", "kataib-hezbollah")
    save(mini_graph, tmp_path / "g.json")
    again = load(tmp_path / "g.json")
    assert to_document(again) == to_document(mini_graph)
    assert again.lookup("kh-old").id == "kataib-hezbollah"


def test_a_crash_mid_save_leaves_the_old_file(mini_graph, tmp_path, monkeypatch):
    path = tmp_path / "g.json"
    save(mini_graph, path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StoreError, match="No space left"):
        save(mini_graph.copy(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else"}', "not a proxygraph graph file"),
        ('{"format": "proxygraph-claim-graph", "version": 99}', "version 99 is not supported"),
        (
            json.dumps({"format": "proxygraph-claim-graph", "version": 1, "entities": [], "sources": [],
                        "claims": [{"subject": "a", "predicate": "backs", "object": "b", "claimant": "reporter",
                                    "modality": "asserted", "source": "s", "evidence": "e", "grade": "B2"}]}),
            "damaged or was edited by hand",
        ),
    ],
)
def test_a_damaged_store_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "g.json"
    path.write_text(content)
    with pytest.raises(StoreError, match=message):
        load(path)


def test_missing_store_says_how_to_make_one(tmp_path):
    with pytest.raises(StoreError, match="run 'proxygraph build' first"):
        load(tmp_path / "none.json")


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_keep_every_claim_as_an_edge(mini_graph, tmp_path, fmt, reader):
    path = export(mini_graph, fmt, tmp_path / f"g.{fmt}")
    back = reader(path)
    assert back.number_of_nodes() == 3
    assert back.number_of_edges() == 3
    if fmt == "graphml":
        edges = {d["id"]: d for _, _, d in back.edges(data=True)}
        wire = edges["wire-iran-backs-kh"]
        assert wire["claimant"] == "reporter" and wire["source_outlet"] == "Test Wire"
        assert wire["contested"] is True
        assert back.nodes["kataib-hezbollah"]["type"] == "ArmedGroup"


def test_json_export_is_the_store_document(mini_graph):
    assert json.loads(export_bytes(mini_graph, "json")) == json.loads(json.dumps(to_document(mini_graph)))
