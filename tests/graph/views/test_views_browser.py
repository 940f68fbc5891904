"""The network view in a real headless Chromium: what it draws, shows, filters, and never does."""

from __future__ import annotations

import time

import pytest

from proxygraph.graph import ClaimGraph
from proxygraph.ontology import Claim, Entity, Source

pytestmark = pytest.mark.integration

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_ALIAS = '<a href="javascript:alert(2)">href</a>'
XSS_EVIDENCE = "Officials said </script><script>alert(3)</script> it was them\u2028really."


def _hover(view, point: dict) -> None:
    view.page.mouse.move(point["x"] + 40, point["y"] + 40)
    view.page.mouse.move(point["x"], point["y"], steps=4)


def _edge_point(view, subject, predicate, obj) -> dict:
    return view.page.evaluate("j => proxygraphView.edgeCenter(j)", view.edge(subject, predicate, obj))


def _node_point(view, entity_id) -> dict:
    return view.page.evaluate("i => proxygraphView.nodeCenter(i)", view.index(entity_id))


# -- what it draws ------------------------------------------------------------------------------------


def test_mini_graph_draws_one_node_per_entity_and_one_edge_per_relation(open_view, mini_graph):
    view = open_view(mini_graph)
    assert view.counts() == {"nodes": 3, "edges": 2}
    drawn = view.page.evaluate("[proxygraphView.network.body.nodeIndices.length, proxygraphView.network.body.edgeIndices.length]")
    assert drawn == [3, 2]
    assert (view.info.entities, view.info.edges, view.info.claims) == (3, 2, 3)


def test_node_colour_and_shape_come_from_the_ontology(open_view, mini_graph):
    view = open_view(mini_graph)
    onto = mini_graph.ontology
    for eid, etype in (("iran", "State"), ("kataib-hezbollah", "ArmedGroup"), ("tower-22-attack", "Attack")):
        item = view.page.evaluate("i => proxygraphView.nodes.get(i)", view.index(eid))
        assert item["shape"] == onto.entity_types[etype].style["shape"]
        assert item["color"]["background"] == onto.entity_types[etype].style["color"]


def test_edge_style_shows_modality_and_contested_claims(open_view, mini_graph):
    view = open_view(mini_graph)
    backs = view.page.evaluate("j => proxygraphView.edges.get(j)", view.edge("iran", "backs", "kataib-hezbollah"))
    suspected = view.page.evaluate("j => proxygraphView.edges.get(j)", view.edge("kataib-hezbollah", "perpetrated", "tower-22-attack"))
    assert backs["dashes"] is False and backs["arrows"]["middle"]["enabled"] is True  # asserted, and denied by Iran
    assert suspected["dashes"] and suspected["arrows"]["middle"]["enabled"] is False
    assert backs["color"]["color"] == mini_graph.ontology.relations["backs"].style["color"]
    legend = view.page.inner_text("#pg-legend")
    assert "State" in legend and "suspected" in legend and "contested" in legend


# -- what it shows -----------------------------------------------------------------------------------


def test_hovering_an_edge_shows_the_evidence_and_the_denial(open_view, mini_graph):
    view = open_view(mini_graph)
    _hover(view, _edge_point(view, "iran", "backs", "kataib-hezbollah"))
    tip = view.page.locator("#pg-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    text = tip.inner_text()
    assert "The wire says Iran arms and funds the group." in text
    assert "Test Wire" in text and "asserted" in text
    assert "denied by Iran" in text


def test_clicking_an_edge_lists_its_claims_with_a_link_to_the_source(open_view, mini_graph):
    view = open_view(mini_graph)
    p = _edge_point(view, "kataib-hezbollah", "perpetrated", "tower-22-attack")
    view.page.mouse.click(p["x"], p["y"])
    details = view.page.locator("#pg-details")
    details.get_by_text("Officials suspect the group of the attack.").wait_for(timeout=5000)
    link = details.locator("a").first
    assert link.get_attribute("href") == "https://example.org/a"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert "2024-01-29" in details.inner_text() and "suspected" in details.inner_text()


def test_hovering_an_entity_shows_its_type_aliases_and_external_ids(open_view, mini_graph):
    view = open_view(mini_graph)
    _hover(view, _node_point(view, "iran"))
    tip = view.page.locator("#pg-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    text = tip.inner_text()
    assert "Iran" in text and "State" in text and "Tehran" in text and "Q794" in text


def test_search_finds_an_entity_by_alias(open_view, mini_graph):
    view = open_view(mini_graph)
    view.page.fill("#pg-search", "kataib hizballah")
    hit = view.page.locator("#pg-search-results button[data-node='kataib-hezbollah']")
    hit.wait_for(timeout=5000)
    hit.click()
    assert "Kataib Hezbollah" in view.page.inner_text("#pg-details")
    assert view.page.evaluate("proxygraphView.network.getSelectedNodes()") == [view.index("kataib-hezbollah")]


# -- what it filters -----------------------------------------------------------------------------------


def test_type_filter_hides_the_entities_and_their_edges(open_view, mini_graph):
    view = open_view(mini_graph)
    view.page.uncheck("#pg-types input[data-type='Attack']")
    assert view.counts() == {"nodes": 2, "edges": 1}
    assert view.page.evaluate("i => proxygraphView.nodes.get(i).hidden", view.index("tower-22-attack")) is True
    edge = view.edge("kataib-hezbollah", "perpetrated", "tower-22-attack")
    assert edge not in view.page.evaluate("proxygraphView.network.body.edgeIndices")  # what vis draws
    assert "Showing 2 of 3 entities" in view.page.inner_text("#pg-status")


def test_claimant_filter_keeps_only_that_claimants_claims(open_view, mini_graph):
    view = open_view(mini_graph)
    view.page.select_option("#pg-claimant", "iran")
    assert view.counts() == {"nodes": 2, "edges": 1}
    item = view.page.evaluate("j => proxygraphView.edges.get(j)", view.edge("iran", "backs", "kataib-hezbollah"))
    assert item["hidden"] is False and item["dashes"] == [1, 7]  # only the denial is left


def test_modality_filter_hides_suspected_claims(open_view, mini_graph):
    view = open_view(mini_graph)
    view.page.uncheck("#pg-modalities input[data-modality='suspected']")
    assert view.counts() == {"nodes": 2, "edges": 1}
    view.page.click("#pg-reset")
    assert view.counts() == {"nodes": 3, "edges": 2}


def test_date_range_keeps_claims_stated_inside_it(open_view, mini_graph):
    view = open_view(mini_graph)
    view.page.fill("#pg-from", "2024-01-30")
    assert view.counts() == {"nodes": 2, "edges": 1}  # only the denial is from the 30th
    view.page.fill("#pg-from", "")
    view.page.fill("#pg-to", "2024-01-29")
    assert view.counts() == {"nodes": 3, "edges": 2}


def test_double_click_shows_only_the_neighbourhood(open_view, mini_graph):
    view = open_view(mini_graph)
    view.page.select_option("#pg-depth", "1")
    p = _node_point(view, "tower-22-attack")
    view.page.mouse.dblclick(p["x"], p["y"])
    assert sorted(view.page.evaluate("proxygraphView.visibleNodeIds()")) == ["kataib-hezbollah", "tower-22-attack"]
    view.page.click("#pg-focus-clear")
    assert view.counts()["nodes"] == 3


def test_an_attribution_path_is_highlighted(open_view, mini_graph):
    path = ["iran", "kataib-hezbollah", "tower-22-attack"]
    view = open_view(mini_graph, highlight=[path])
    assert "Iran \u2192 Kataib Hezbollah \u2192 Tower 22 drone attack" in view.page.inner_text("#pg-paths")
    on = view.page.evaluate("j => proxygraphView.edges.get(j).width", view.edge("iran", "backs", "kataib-hezbollah"))
    view.page.select_option("#pg-paths", "")
    off = view.page.evaluate("j => proxygraphView.edges.get(j).width", view.edge("iran", "backs", "kataib-hezbollah"))
    assert on > off


# -- what it never does ---------------------------------------------------------------------------------


def _crafted_graph() -> ClaimGraph:
    g = ClaimGraph()
    g.apply([
        Entity("evil", "ArmedGroup", XSS_NAME, aliases=(XSS_ALIAS,), external_ids={"x": "<svg onload=alert(4)>"}),
        Entity("iran", "State", "Iran"),
        Source("s1", "<b onmouseover=alert(5)>Outlet</b>", "</title><script>alert(6)</script>", 'https://example.org/"><script>alert(7)</script>'),
        Claim.from_dict({"subject": "iran", "predicate": "backs", "object": "evil", "claimant": "reporter",
                         "modality": "asserted", "source": "s1", "evidence": XSS_EVIDENCE, "grade": "B2"}),
    ])
    return g


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_crafted_names_and_quotes_show_as_text_and_run_nothing(open_view, bypass_csp):
    view = open_view(_crafted_graph(), bypass_csp=bypass_csp, title="<script>alert(8)</script>")
    page = view.page
    _hover(view, _node_point(view, "evil"))
    page.locator("#pg-tooltip").wait_for(state="visible", timeout=5000)
    assert XSS_NAME in page.inner_text("#pg-tooltip")
    assert XSS_ALIAS in page.inner_text("#pg-tooltip")
    p = _edge_point(view, "iran", "backs", "evil")
    page.mouse.click(p["x"], p["y"])
    page.get_by_text("it was them", exact=False).first.wait_for(timeout=5000)
    details = page.inner_text("#pg-details")
    assert "</script><script>alert(3)</script>" in details
    assert "</title><script>alert(6)</script>" in details
    page.fill("#pg-search", "<img")
    page.locator("#pg-search-results button").first.wait_for(timeout=5000)
    assert page.inner_text("#pg-title") == "<script>alert(8)</script>"
    assert view.dialogs == []
    # nothing from the data became markup: no images, no script or javascript: links but ours
    assert page.evaluate("document.querySelectorAll('img, svg[onload], b, iframe').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.evaluate("[...document.querySelectorAll('a')].filter(a => !/^https?:/.test(a.href)).length") == 0


def test_the_page_makes_no_network_request(open_view, mini_graph):
    view = open_view(mini_graph)
    _hover(view, _node_point(view, "iran"))
    view.page.uncheck("#pg-types input[data-type='Attack']")
    assert view.requests == [view.path.as_uri()]
    assert view.blocked == []
    csp = view.page.get_attribute("meta[http-equiv='Content-Security-Policy']", "content")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


# -- large graphs and the reference graph ------------------------------------------------------------------


def test_a_large_graph_is_drawn_without_physics_and_says_when_it_was_trimmed(open_view, synthetic):
    graph = synthetic(600)
    view = open_view(graph, max_nodes=400, large_threshold=100)
    assert view.info.trimmed and view.info.large
    assert view.counts()["nodes"] == 400
    assert view.page.evaluate("proxygraphView.network.physics.physicsEnabled") is False
    notice = view.page.locator("#pg-notice")
    assert notice.is_visible()
    assert "showing 400 of 600 entities" in notice.inner_text()


def test_reference_graph_view_and_screenshot(open_view, reference_graph, artifacts):
    view = open_view(reference_graph, "reference-graph.html", viewport=(1600, 1000), title="proxygraph: reference graph")
    relations = {(c.subject, c.predicate, c.object) for c in reference_graph.claims()}
    assert view.counts() == {"nodes": reference_graph.number_of_entities(), "edges": len(relations)}
    view.page.fill("#pg-search", "Kataib Hezbollah")
    view.page.locator("#pg-search-results button").first.click()
    view.page.locator("#pg-details h3").wait_for(timeout=5000)
    view.page.click("#pg-fit")
    view.page.screenshot(path=str(artifacts / "reference-graph.png"))
    assert (artifacts / "reference-graph.png").stat().st_size > 10_000


def test_dashes_are_dropped_when_zoomed_far_out_and_come_back_when_zoomed_in(open_view, synthetic):
    view = open_view(synthetic(600), large_threshold=100)
    dashed = "proxygraphView.edges.get().filter(e => e.dashes).length"
    assert view.page.evaluate("proxygraphView.network.getScale()") < 0.3
    assert view.page.evaluate(dashed) == 0  # sub-pixel dashes are invisible and slow to draw
    view.page.evaluate("proxygraphView.network.moveTo({scale: 1})")
    assert _poll(view, dashed) > 0


def _poll(view, expression: str, timeout: float = 5.0):
    """Poll an expression from Python: the page's CSP forbids the eval that wait_for_function uses."""
    end = time.monotonic() + timeout
    while True:
        value = view.page.evaluate(expression)
        if value or time.monotonic() > end:
            return value
        time.sleep(0.05)


def test_an_empty_view_opens_and_says_there_is_nothing_to_show(open_view):
    view = open_view(ClaimGraph())
    assert view.counts() == {"nodes": 0, "edges": 0}
    assert "Nothing to show" in view.page.inner_text("#pg-notice")
