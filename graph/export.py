"""Exports of the claim graph for other tools: GraphML and GEXF (Gephi, yEd, Cytoscape), JSON.

GraphML and GEXF hold only flat values, so each entity becomes a node with its type, name,
aliases and external ids as text, and each claim an edge with its claimant, modality, source
(outlet, title, url, date), evidence, dates, grade and weight. Several claims between the same two
entities stay several edges.

>>> from proxygraph.graph.store import ClaimGraph
>>> flat = flat_graph(ClaimGraph())
>>> flat.number_of_nodes()
0
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx

from proxygraph.graph.persist import atomic_write, to_document
from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import InvalidValueError

__all__ = ["FORMATS", "flat_graph", "export", "export_bytes"]

FORMATS = ("ttl", "nt", "jsonld", "graphml", "gexf", "json")


def _node_attrs(graph: ClaimGraph, e) -> dict:
    etype = graph.ontology.entity_type(e.type)
    attrs = {
        "label": e.name,
        "type": e.type,
        "ancestry": " > ".join(etype.ancestry[1:]),
        "aliases": "; ".join(e.aliases),
        "color": etype.style.get("color", ""),
    }
    for key, value in e.external_ids.items():
        attrs[f"ext_{key}"] = str(value)
    for key, value in e.properties.items():
        attrs[f"prop_{key}"] = value.isoformat() if hasattr(value, "isoformat") else value
    return attrs


def _edge_attrs(graph: ClaimGraph, c) -> dict:
    src = graph.sources[c.source]
    claimant = c.claimant if c.claimant == graph.ontology.reporter else graph.entity(c.claimant).name
    attrs = {
        "id": c.id,
        "label": c.predicate,
        "predicate": c.predicate,
        "claimant": c.claimant,
        "claimant_name": claimant,
        "modality": c.modality,
        "evidence": c.evidence,
        "grade": c.grade,
        "weight": graph.weight(c),
        "source": c.source,
        "source_outlet": src.outlet,
        "source_title": src.title,
        "source_url": src.url or "",
        "source_published": src.published.isoformat() if src.published else "",
        "stated": c.stated.isoformat() if c.stated else "",
        "valid_from": c.valid_from.isoformat() if c.valid_from else "",
        "valid_to": c.valid_to.isoformat() if c.valid_to else "",
        "attributes": json.dumps(c.attributes, sort_keys=True) if c.attributes else "",
        "denies": "; ".join(c.denies),
        "contested": graph.is_contested(c.id),
    }
    return attrs


def flat_graph(graph: ClaimGraph) -> nx.MultiDiGraph:
    """A copy of the graph with only flat attributes, as GraphML and GEXF need."""
    flat = nx.MultiDiGraph(name="proxygraph")
    for e in sorted(graph.entities(), key=lambda e: e.id):
        flat.add_node(e.id, **_node_attrs(graph, e))
    # GraphML declares one type per key: a key missing on some nodes is fine, mixed types are not.
    for c in sorted(graph.claims(), key=lambda c: c.id):
        flat.add_edge(c.subject, c.object, key=c.id, **_edge_attrs(graph, c))
    return flat


def export_bytes(graph: ClaimGraph, fmt: str) -> bytes:
    """The graph serialized as `fmt` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return json.dumps(to_document(graph), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt in ("ttl", "nt", "jsonld"):
        from proxygraph.graph.rdf import serialize

        return serialize(graph, fmt)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat_graph(graph), buf, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(flat_graph(graph), buf, encoding="utf-8", prettyprint=True)
    else:
        raise InvalidValueError(f"unknown export format '{fmt}'; expected one of: {', '.join(FORMATS)}")
    return buf.getvalue()


def export(graph: ClaimGraph, fmt: str, path: str | Path) -> Path:
    """Write the graph as `fmt` to `path` atomically; returns the path."""
    atomic_write(path, export_bytes(graph, fmt))
    return Path(path)
