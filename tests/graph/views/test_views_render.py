"""The view's page as text and the selection rules, without a browser."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from proxygraph.graph.views import filter_graph, render_html, render_subgraph, to_html
from proxygraph.ontology import (
    AmbiguousEntityError,
    Claim,
    Entity,
    InvalidValueError,
    NotFoundError,
    Source,
    UnknownTypeError,
)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(block)


def test_untrusted_text_cannot_leave_the_json_block(mini_graph):
    g = mini_graph
    g.apply([Entity("x", "ArmedGroup", "</script><script>alert(1)</script>"),
             Claim.from_dict({"subject": "iran", "predicate": "backs", "object": "x", "claimant": "reporter",
                              "modality": "asserted", "source": "src-a", "grade": "B2",
                              "evidence": "x"}).with_(evidence="a </SCRIPT> b <!-- c & d \u2028 e \u2029 f")])
    page, _ = to_html(g)
    block = re.search(r'<script type="application/json" id="pg-data">(.*?)</script>', page, re.S).group(1)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in block
    data = json.loads(block)
    assert {n["name"] for n in data["nodes"]} >= {"</script><script>alert(1)</script>"}
    assert "a </SCRIPT> b <!-- c & d \u2028 e \u2029 f" in {c["evidence"] for c in data["claims"]}
    parser = _Tags()
    parser.feed(page)
    assert [t for t, _ in parser.tags].count("script") == 3


def test_the_title_is_escaped(mini_graph):
    page, _ = to_html(mini_graph, title="</title><script>alert(1)</script>")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert _data(page)["title"] == "</title><script>alert(1)</script>"


def test_the_page_loads_nothing_from_elsewhere(mini_graph):
    page, _ = to_html(mini_graph)
    parser = _Tags()
    parser.feed(page)
    for tag, attrs in parser.tags:
        assert not ({"src", "href"} & set(attrs)), f"<{tag}> loads {attrs}"
        assert tag not in ("link", "iframe", "img", "object", "embed")
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "vis-network" in page and "@version 9" in page  # inlined from the pyvis wheel, licence header kept


def test_only_web_links_reach_the_page(mini_graph):
    g = mini_graph
    # The store refuses such a source; the view must not rely on that (defence in depth).
    g.sources["bad"] = Source("bad", "Outlet", "Title", "javascript:alert(1)")
    g.apply([Claim.from_dict({"subject": "iran", "predicate": "backs", "object": "kataib-hezbollah",
                              "claimant": "reporter", "modality": "reported", "source": "bad",
                              "evidence": "x", "grade": "C3"})])
    data = _data(to_html(g)[0])
    assert data["sources"]["bad"]["url"] is None
    assert data["sources"]["src-a"]["url"] == "https://example.org/a"


def test_types_and_relation_styles_come_from_the_ontology(mini_graph):
    data = _data(to_html(mini_graph)[0])
    onto = mini_graph.ontology
    assert data["types"]["ArmedGroup"]["color"] == onto.entity_types["ArmedGroup"].style["color"]
    assert data["types"]["Attack"]["shape"] == onto.entity_types["Attack"].style["shape"]
    assert data["relations"]["backs"]["color"] == onto.relations["backs"].style["color"]
    assert data["modalities"]["suspected"]["weight"] == onto.modalities["suspected"].weight


def test_one_edge_per_relation_carries_every_claim_and_its_denial(mini_graph):
    data = _data(to_html(mini_graph)[0])
    assert len(data["edges"]) == 2
    backs = next(e for e in data["edges"] if e["predicate"] == "backs")
    rows = [data["claims"][i] for i in backs["claims"]]
    assert sorted(r["modality"] for r in rows) == ["asserted", "denied"]
    asserted = next(r for r in rows if r["modality"] == "asserted")
    assert asserted["contested"] and asserted["deniedBy"][0]["claimant"] == "Iran"


@pytest.mark.parametrize(
    "kwargs, entities, claims",
    [
        ({}, {"iran", "kataib-hezbollah", "tower-22-attack"}, 3),
        ({"types": ["Actor"]}, {"iran", "kataib-hezbollah"}, 2),
        ({"types": ["Event"]}, {"tower-22-attack"}, 0),
        ({"claimant": "Tehran"}, {"iran", "kataib-hezbollah"}, 1),
        ({"claimant": "reporter"}, {"iran", "kataib-hezbollah", "tower-22-attack"}, 2),
        ({"modality": "suspected"}, {"kataib-hezbollah", "tower-22-attack"}, 1),
        ({"modality": ["asserted", "denied"]}, {"iran", "kataib-hezbollah"}, 2),
        ({"date_from": "2024-01-30"}, {"iran", "kataib-hezbollah"}, 1),
        ({"date_to": "2024-01-29"}, {"iran", "kataib-hezbollah", "tower-22-attack"}, 2),
        ({"focus": "tower 22 drone attack", "depth": 1}, {"kataib-hezbollah", "tower-22-attack"}, 1),
        ({"focus": "KH", "depth": 0}, {"kataib-hezbollah"}, 0),
    ],
)
def test_filter_graph_selects(mini_graph, kwargs, entities, claims):
    sel = filter_graph(mini_graph, **kwargs)
    assert set(sel.entities) == entities
    assert len(sel.claims) == claims


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"types": ["Militia"]}, UnknownTypeError),
        ({"modality": "rumoured"}, InvalidValueError),
        ({"focus": "Atlantis"}, NotFoundError),
        ({"date_from": "2024-02-01", "date_to": "2024-01-01"}, InvalidValueError),
        ({"date_from": "yesterday"}, InvalidValueError),
    ],
)
def test_filter_graph_refuses_what_it_cannot_mean(mini_graph, kwargs, error):
    with pytest.raises(error):
        filter_graph(mini_graph, **kwargs)


def test_an_ambiguous_focus_is_an_error(mini_graph):
    mini_graph.apply([Entity("kh-2", "Person", "Kh")])
    with pytest.raises(AmbiguousEntityError):
        filter_graph(mini_graph, focus="KH")


def test_a_trimmed_view_says_so(mini_graph, tmp_path):
    info = render_html(mini_graph, tmp_path / "v.html", max_nodes=2, highlight=[["tower-22-attack"]])
    assert info.trimmed and info.entities == 2 and info.total_entities == 3
    assert "showing 2 of 3 entities" in info.notice
    data = _data((tmp_path / "v.html").read_text())
    assert data["notice"] == info.notice
    assert "tower-22-attack" in {n["id"] for n in data["nodes"]}  # highlighted nodes are kept


def test_a_large_view_gets_a_layout(mini_graph):
    data = _data(to_html(mini_graph, large_threshold=2)[0])
    assert data["large"] and all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == 3


def test_a_highlight_must_name_known_entities(mini_graph):
    with pytest.raises(NotFoundError):
        to_html(mini_graph, highlight=[["iran", "atlantis"]])


def test_render_subgraph_takes_a_networkx_subgraph_and_a_flat_path(mini_graph, tmp_path):
    sub = nx.MultiDiGraph()
    c = next(mini_graph.claims(predicate="perpetrated"))
    sub.add_edge(c.subject, c.object, key=c.id, claim=c)
    info = render_subgraph(mini_graph, sub, tmp_path / "p.html", highlight=[c.subject, c.object])
    data = _data((tmp_path / "p.html").read_text())
    assert (info.entities, info.claims) == (2, 1)
    assert [[data["nodes"][i]["id"] for i in p] for p in data["paths"]] == [[c.subject, c.object]]
