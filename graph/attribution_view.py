"""Renderings of an attribution: JSON (``--json``) and an offline HTML page (``--view``).

``proxygraph attribute --view`` uses the views area's interactive renderer
(``proxygraph.graph.views.render_subgraph``) and falls back to the minimal page here when that
renderer is missing or fails (e.g. no vis-network in the installed pyvis). The page is one file with an
inline SVG and no script or remote resource (a Content-Security-Policy forbids both), so it opens
air-gapped; every name, claimant and evidence sentence is escaped because they come from articles.
"""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from proxygraph.graph.attribution import Attribution, Hop, claimant_name
from proxygraph.graph.persist import atomic_write
from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import Claim, ProxygraphError

__all__ = ["to_json", "path_subgraph", "render_html", "write_view"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'"
_COL, _ROW, _W, _H = 470, 64, 230, 44


def to_json(G: ClaimGraph, result: Attribution) -> dict:
    """The attribution as a JSON-ready dict: every hop with its claims, sources and denials."""
    f = result.filter
    return {
        "event": _entity_json(G, result.event),
        "query": {
            "to": result.to,
            "as_of": f.as_of.isoformat() if f.as_of else None,
            "valid_on": f.at.isoformat() if f.at else None,
            "min_grade": f.min_grade,
            "excluded_claimants": list(result.excluded),
            "max_hops": result.max_hops,
            "top_k": result.top_k,
        },
        "paths": [
            {
                "rank": i,
                "score": round(p.score, 6),
                "actor": _entity_json(G, p.actor),
                "nodes": list(p.nodes),
                "contested": p.contested,
                "hops": [_hop_json(G, h) for h in p.hops],
            }
            for i, p in enumerate(result.paths, 1)
        ],
        "actors": [
            {
                **_entity_json(G, s.actor),
                "score": round(s.score, 6),
                "paths": s.paths,
                "claimants": list(s.claimants),
                "contested": s.contested,
            }
            for s in result.actors
        ],
    }


def _entity_json(G: ClaimGraph, entity_id: str) -> dict:
    e = G.entity(entity_id)
    return {"id": e.id, "name": e.name, "type": e.type}


def _hop_json(G: ClaimGraph, h: Hop) -> dict:
    return {
        "subject": h.subject,
        "predicate": h.predicate,
        "object": h.object,
        "actor": h.actor,
        "score": round(h.score, 6),
        "independent_sources": list(h.sources),
        "corroborated": h.corroborated,
        "contested": h.contested,
        "claims": [_claim_json(G, c) for c in h.claims],
        "denials": [_claim_json(G, d) for d in h.denials],
        "role_denials": [_claim_json(G, d) for d in h.role_denials],
    }


def _claim_json(G: ClaimGraph, c: Claim) -> dict:
    src = G.sources[c.source]
    return {
        "id": c.id,
        "claimant": c.claimant,
        "claimant_name": claimant_name(G, c),
        "modality": c.modality,
        "stated": c.stated.isoformat() if c.stated else None,
        "grade": c.grade,
        "evidence": c.evidence,
        "source": {"id": src.id, "outlet": src.outlet, "title": src.title, "url": src.url,
                   "published": src.published.isoformat() if src.published else None},
    }


def path_subgraph(G: ClaimGraph, result: Attribution) -> nx.MultiDiGraph:
    """The claims on the attribution's paths (hops' claims and denials), as a claim subgraph."""
    sub = nx.MultiDiGraph()
    for p in result.paths:
        for n in p.nodes:
            sub.add_node(n, entity=G.entity(n))
        for h in p.hops:  # a denial of an actor's role is an edge from the actor to the event
            for c in (*h.claims, *h.denials, *h.role_denials):
                sub.add_edge(c.subject, c.object, key=c.id, predicate=c.predicate, claim=c)
    return sub


def write_view(G: ClaimGraph, result: Attribution, path: str | Path) -> str:
    """Write the view to `path`; returns which renderer made it (``views`` or ``minimal``).

    The views area's interactive page (``proxygraph.graph.views.render_subgraph``) when it is
    there and works, every path offered in its menu and the best one drawn bold; else the minimal
    page of this module.
    """
    try:
        from proxygraph.graph.views import render_subgraph
    except ImportError:
        render_subgraph = None
    if render_subgraph is not None:
        ev = G.entity(result.event)
        try:
            render_subgraph(
                G, path_subgraph(G, result), path,
                highlight=[list(p.nodes) for p in result.paths],
                title=f"Who is behind {ev.name}?",
                subtitle=_subtitle(G, result),
                focus=ev.id,
            )
            return "views"
        except (TypeError, ProxygraphError):  # an older renderer or no vis-network: minimal page
            pass
    atomic_write(path, render_html(G, result).encode("utf-8"))
    return "minimal"


def _subtitle(G: ClaimGraph, result: Attribution) -> str:
    f = result.filter
    parts = [f"{len(result.paths)} path(s), best first"]
    if f.as_of:
        parts.append(f"claims made by {f.as_of}")
    if f.min_grade:
        parts.append(f"graded at least {f.min_grade}")
    if result.excluded:
        parts.append("not counting " + ", ".join(G.entity(x).name for x in result.excluded))
    return "; ".join(parts)


def render_html(G: ClaimGraph, result: Attribution) -> str:
    """The minimal page: one row per path (the event left, the actor held responsible right), then
    every hop's claims and denials in a table."""
    esc = html.escape
    svg = []
    for r, p in enumerate(result.paths):
        y = 30 + r * _ROW
        stroke = "#c62828" if r == 0 else "#555"
        svg.append(f'<text x="4" y="{y + 26}" font-size="12" font-weight="bold">{r + 1}</text>')
        svg.append(f'<text x="4" y="{y + 40}" font-size="10" fill="#555">{p.score:.2f}</text>')
        for i, n in enumerate(p.nodes):
            x = 36 + i * _COL
            e = G.entity(n)
            svg.append(
                f'<g><rect x="{x}" y="{y}" width="{_W}" height="{_H}" rx="6" fill="#fff" stroke="{stroke}" '
                f'stroke-width="{2 if r == 0 else 1}"/><text x="{x + 8}" y="{y + 18}" font-size="12" '
                f'font-weight="bold">{esc(e.name[:32])}</text><text x="{x + 8}" y="{y + 34}" font-size="10" '
                f'fill="#555">{esc(e.type)} · {esc(e.id[:28])}</text></g>'
            )
            if i == 0:
                continue
            h = p.hops[i - 1]
            color = "#c62828" if r == 0 else ("#ef6c00" if h.contested else "#777")
            dash = ' stroke-dasharray="6 4"' if h.contested else ""
            x0 = x - _COL + _W
            svg.append(f'<line x1="{x0}" y1="{y + _H / 2}" x2="{x}" y2="{y + _H / 2}" stroke="{color}" stroke-width="2"{dash}/>')
            how = "/".join(dict.fromkeys(c.modality for c in h.claims))
            who = ", ".join(dict.fromkeys(claimant_name(G, c) for c in h.claims))
            flags = (" · contested" if h.contested else "") + (f" · {len(h.sources)} sources" if h.corroborated else "")
            svg.append(
                f'<text x="{x0 + (_COL - _W) / 2}" y="{y + _H / 2 - 5}" text-anchor="middle" font-size="10" '
                f'fill="{color}"><title>{esc(who)}</title>{esc(h.predicate.replace("_", " "))}: {esc(how[:30])}</text>'
                f'<text x="{x0 + (_COL - _W) / 2}" y="{y + _H / 2 + 12}" text-anchor="middle" font-size="9" '
                f'fill="{color}">{esc(who[:34] + flags)}</text>'
            )
    width = 60 + max((len(p.nodes) for p in result.paths), default=1) * _COL
    height = 40 + len(result.paths) * _ROW
    rows = "".join(_path_rows(G, result))
    ev = G.entity(result.event)
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>Attribution: {esc(ev.name)}</title><style>"
        "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;font-size:13px}"
        "td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top}.den{color:#b71c1c}"
        "</style></head><body>"
        f"<h1>Who is behind {esc(ev.name)}, and on whose word?</h1>"
        "<p>One row per path, best first: the event on the left, the actor held responsible on the "
        "right; each link says the relation, how it is claimed and by whom. Dashed: a hop with a denial "
        "beside it (contested). Hover a link for every claimant.</p>"
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">{"".join(svg)}</svg>'
        "<h2>Paths</h2><table><tr><th>#</th><th>score</th><th>hop</th><th>claimant</th><th>modality</th>"
        f"<th>source</th><th>date</th><th>grade</th><th>evidence</th></tr>{rows}</table></body></html>\n"
    )


def _path_rows(G: ClaimGraph, result: Attribution):
    esc = html.escape
    for i, p in enumerate(result.paths, 1):
        chain = " ← ".join(G.entity(n).name for n in p.nodes)
        yield f'<tr><th>{i}</th><th>{p.score:.3f}</th><th colspan="7">{esc(chain)}</th></tr>'
        for h in p.hops:
            what = f"{G.entity(h.subject).name} {h.predicate.replace('_', ' ')} {G.entity(h.object).name}"
            for c, cls in [*((c, "") for c in h.claims), *((d, "den") for d in (*h.denials, *h.role_denials))]:
                src = G.sources[c.source]
                link = f'<a href="{esc(src.url)}">{esc(src.outlet)}</a>' if src.url and src.url.startswith(("http://", "https://")) else esc(src.outlet)
                yield (
                    f'<tr class="{cls}"><td></td><td></td><td>{esc(what)}</td><td>{esc(claimant_name(G, c))}</td>'
                    f"<td>{esc(c.modality)}</td><td>{link}</td><td>{esc(str(c.stated or ''))}</td>"
                    f"<td>{esc(c.grade)}</td><td>{esc(c.evidence)}</td></tr>"
                )
