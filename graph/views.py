"""Interactive network views: one self-contained, offline HTML page per view.

Public API (used by ``proxygraph view``, ``proxygraph build`` and ``proxygraph attribute --view``):

- :func:`filter_graph` ``(graph, *, focus=None, depth=1, types=None, claimant=None,
  modality=None, date_from=None, date_to=None) -> Selection``: which entities and claims a view
  shows; ``Selection.entities`` / ``.claims`` are sets of ids, ``.description`` says how it was cut.
- :func:`render_html` ``(graph, path, *, entities=None, claims=None, highlight=None,
  title="proxygraph", subtitle=None, focus=None, max_nodes=MAX_NODES,
  large_threshold=LARGE_THRESHOLD) -> ViewInfo``: write the page. ``highlight`` is a list of
  paths, each a list of entity ids (``[["iran", "kataib-hezbollah", "tower-22-attack"]]``); the
  edges between consecutive ids are drawn bold and the page offers the paths in a menu.
- :func:`to_html` takes the same arguments without ``path`` and returns ``(html, ViewInfo)``.
- :func:`render_subgraph` ``(graph, subgraph, path, *, highlight=None, **options)``: the same page
  for a ``networkx`` subgraph of ``graph.nx`` (its nodes and claim-keyed edges); ``highlight`` may
  also be one flat path (``["iran", "kataib-hezbollah"]``). ``proxygraph attribute --view`` uses it.

The page draws one edge per (subject, relation, object); the edge carries every claim behind it,
denials included. Node colour and shape come from the ontology's type ``style``, edge colour and
arrows from the relation's ``style``, the dash pattern from the strongest modality (by the
ontology's modality weight) among the visible claims, and a bar across an edge marks a claim that
someone denies. The vis-network library is read from the installed pyvis package and inlined; the
page carries a Content-Security-Policy that allows only its own inline scripts (by hash) and no
request at all. Graph data goes in as JSON in a ``<script type="application/json">`` block with
``< > &`` and U+2028/9 escaped, and the page builds every label and tooltip with text nodes:
names and quotes from articles are untrusted text and never markup.

>>> from proxygraph.ontology import Claim, Entity, Source
>>> from proxygraph.graph import ClaimGraph
>>> g = ClaimGraph()
>>> _ = g.apply([Entity("iran", "State", "Iran"), Entity("kh", "ArmedGroup", "Kataib Hezbollah"),
...     Source("s", "Wire", "Report"), Claim.from_dict({"subject": "iran", "predicate": "backs",
...     "object": "kh", "claimant": "reporter", "modality": "asserted", "source": "s",
...     "evidence": "Iran arms <the> group.", "grade": "B2"})])
>>> html, info = to_html(g, title="Iran & friends")
>>> (info.entities, info.edges, "<the>" in html, "Iran &amp; friends" in html)
(2, 1, False, True)
"""

from __future__ import annotations

import base64
import collections
import datetime as dt
import functools
import hashlib
import html as html_lib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from proxygraph.graph.persist import atomic_write
from proxygraph.graph.store import ClaimGraph
from proxygraph.graph.view_layout import ring_layout
from proxygraph.ontology import InvalidValueError, NotFoundError, ProxygraphError, parse_date

__all__ = [
    "MAX_NODES",
    "LARGE_THRESHOLD",
    "Selection",
    "ViewInfo",
    "filter_graph",
    "render_html",
    "render_subgraph",
    "to_html",
]

#: Above this many entities a view is trimmed to the most connected ones, with a notice.
MAX_NODES = 15_000
#: Above this many entities the page skips physics and draws a layout computed here.
LARGE_THRESHOLD = 1_000
#: Dash pattern per modality (a view concern, so it lives here; colours come from the ontology).
_DEFAULT_DASHES = [4, 4]
_WEB_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")


@dataclass(frozen=True)
class Selection:
    """The entities and claims a view shows, and a line saying how they were chosen."""

    entities: frozenset[str]
    claims: frozenset[str]
    description: str = ""
    focus: str | None = None


@dataclass(frozen=True)
class ViewInfo:
    """What a written view holds: counts shown and in the selection, and whether it was trimmed."""

    path: Path | None
    entities: int
    edges: int
    claims: int
    total_entities: int
    total_claims: int
    large: bool
    notice: str | None = None
    trimmed: bool = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "trimmed", self.entities < self.total_entities)


def filter_graph(
    graph: ClaimGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    types: Iterable[str] | None = None,
    claimant: str | None = None,
    modality: str | Iterable[str] | None = None,
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
) -> Selection:
    """Pick the entities and claims to draw; the page's own filters follow the same rules.

    `types` keep entities of those types or their subtypes (``Actor`` keeps every actor).
    `claimant`, `modality` and the dates keep claims; a claim's date is the day it was stated
    (else the start of its validity) and a dated filter drops undated claims. When a claim filter
    is given, entities left without any claim are dropped. `focus` (a name, alias or id) keeps
    the entities within `depth` claims of it, either direction.

    >>> from proxygraph.ontology import Claim, Entity, Source
    >>> g = ClaimGraph()
    >>> _ = g.apply([Entity("iran", "State", "Iran", aliases=("Tehran",)),
    ...     Entity("kh", "ArmedGroup", "Kataib Hezbollah"), Entity("t22", "Attack", "Tower 22"),
    ...     Source("s", "Wire", "Report"),
    ...     Claim.from_dict({"subject": "iran", "predicate": "backs", "object": "kh",
    ...         "claimant": "reporter", "modality": "asserted", "source": "s", "evidence": "...",
    ...         "grade": "B2"}),
    ...     Claim.from_dict({"subject": "kh", "predicate": "perpetrated", "object": "t22",
    ...         "claimant": "reporter", "modality": "suspected", "source": "s", "evidence": "...",
    ...         "grade": "B3"})])
    >>> sel = filter_graph(g, focus="Tehran", depth=2, modality="asserted")
    >>> sorted(sel.entities), len(sel.claims)
    (['iran', 'kh'], 1)
    """
    onto = graph.ontology
    said: list[str] = []
    type_names = list(types or ())
    for t in type_names:
        onto.entity_type(t)
    modalities = [modality] if isinstance(modality, str) else list(modality or ())
    for m in modalities:
        onto.modality(m)
    who = None
    if claimant is not None:
        who = onto.reporter if claimant == onto.reporter else graph.lookup(claimant).id
        said.append(f"claimant {claimant}")
    lo = parse_date(date_from, field="from") if date_from else None
    hi = parse_date(date_to, field="to") if date_to else None
    if lo and hi and hi < lo:
        raise InvalidValueError(f"the date range ends ({hi}) before it starts ({lo})")
    if type_names:
        said.append("type " + ", ".join(type_names))
    if modalities:
        said.append("modality " + ", ".join(modalities))
    if lo or hi:
        said.append(f"dated {lo or '…'} to {hi or '…'}")

    keep = {
        e.id for e in graph.entities()
        if not type_names or any(onto.is_a(e.type, t) for t in type_names)
    }
    claims = [
        c for c in graph.claims()
        if c.subject in keep and c.object in keep
        and (who is None or c.claimant == who)
        and (not modalities or c.modality in modalities)
        and _in_range(c, lo, hi)
    ]
    if who is not None or modalities or lo or hi:
        keep = {c.subject for c in claims} | {c.object for c in claims}
    focus_id = None
    if focus is not None:
        focus_id = graph.lookup(focus).id
        if depth < 0:
            raise InvalidValueError(f"depth must be 0 or more, got {depth}")
        keep = _neighbourhood(focus_id, claims, depth) & (keep | {focus_id})
        claims = [c for c in claims if c.subject in keep and c.object in keep]
        said.insert(0, f"within {depth} of {graph.entity(focus_id).name}")
    return Selection(frozenset(keep), frozenset(c.id for c in claims), "; ".join(said), focus_id)


def to_html(
    graph: ClaimGraph,
    *,
    entities: Iterable[str] | None = None,
    claims: Iterable[str] | None = None,
    highlight: list[list[str]] | None = None,
    title: str = "proxygraph",
    subtitle: str | None = None,
    focus: str | None = None,
    max_nodes: int = MAX_NODES,
    large_threshold: int = LARGE_THRESHOLD,
) -> tuple[str, ViewInfo]:
    """The page as a string and what it holds (see :func:`render_html`)."""
    data, info = _payload(
        graph, entities, claims, highlight, title, subtitle, focus, max_nodes, large_threshold
    )
    return _page(title, data), info


def render_html(graph: ClaimGraph, path: str | Path, **options) -> ViewInfo:
    """Write the view of `graph` (or of the given `entities`/`claims`) to `path`, atomically.

    Takes the keyword arguments of :func:`to_html`. Returns the counts; ``info.notice`` says
    when the view was trimmed (the page says so too, in a banner).
    """
    page, info = to_html(graph, **options)
    atomic_write(path, page.encode("utf-8"))
    os.chmod(path, 0o644)  # a page to open and share, not a private temporary file
    return ViewInfo(Path(path), info.entities, info.edges, info.claims, info.total_entities,
                    info.total_claims, info.large, info.notice)


def render_subgraph(graph: ClaimGraph, subgraph, path: str | Path, *, highlight=None, **options) -> ViewInfo:
    """Write the view of a networkx subgraph of ``graph.nx`` (nodes = entity ids, edge keys = claim ids).

    `highlight` is a list of paths or one flat path of entity ids, drawn bold.
    """
    if highlight and all(isinstance(h, str) for h in highlight):
        highlight = [list(highlight)]
    claims = [k for _, _, k in subgraph.edges(keys=True)] if subgraph.is_multigraph() else [
        d["claim"].id for _, _, d in subgraph.edges(data=True)
    ]
    return render_html(graph, path, entities=list(subgraph.nodes), claims=claims,
                       highlight=highlight or None, **options)


# -- selection helpers --------------------------------------------------------------------------


def _in_range(claim, lo: dt.date | None, hi: dt.date | None) -> bool:
    if lo is None and hi is None:
        return True
    day = claim.stated or claim.valid_from
    return day is not None and (lo is None or day >= lo) and (hi is None or day <= hi)


def _neighbourhood(start: str, claims, depth: int) -> set[str]:
    adjacent = collections.defaultdict(set)
    for c in claims:
        adjacent[c.subject].add(c.object)
        adjacent[c.object].add(c.subject)
    seen, frontier = {start}, [start]
    for _ in range(depth):
        frontier = [n for f in frontier for n in adjacent[f] if n not in seen]
        seen.update(frontier)
    return seen


# -- the page's data ----------------------------------------------------------------------------


def _payload(graph, entities, claims, highlight, title, subtitle, focus, max_nodes, threshold):
    paths = [[graph.entity(i).id for i in p] for p in (highlight or [])]
    on_path = {i for p in paths for i in p}
    if entities is None and claims is None:
        ids = {e.id for e in graph.entities()}
    elif entities is None:
        ids = set()
    else:
        ids = {graph.entity(i).id for i in entities}
    chosen = [graph.claim(c) for c in claims] if claims is not None else None
    if chosen is not None and entities is None:
        ids |= {c.subject for c in chosen} | {c.object for c in chosen}
    ids |= on_path
    focus_id = graph.entity(focus).id if focus else None
    if focus_id:
        ids.add(focus_id)
    pool = chosen if chosen is not None else [
        c for e in ids for c in graph.claims(subject=e) if c.object in ids
    ]
    pool = [c for c in pool if c.subject in ids and c.object in ids]
    total_entities, total_claims = len(ids), len(pool)
    notice = None
    if max_nodes is not None and len(ids) > max_nodes:
        ids = _trim(ids, pool, on_path, focus_id, max_nodes)
        pool = [c for c in pool if c.subject in ids and c.object in ids]
        notice = (
            f"Trimmed: showing {len(ids):,} of {total_entities:,} entities (the most connected) and "
            f"{len(pool):,} of {total_claims:,} claims. Narrow the view with --focus, --type, "
            f"--claimant or the date range, or raise --max-nodes."
        )
    large = len(ids) > threshold
    nodes, index = _nodes(graph, ids, pool)
    edges, claim_rows, source_rows = _edges_and_claims(graph, pool, index)
    if large:
        pairs = [(e["from"], e["to"]) for e in edges]
        for node, (x, y) in zip(nodes, ring_layout(len(nodes), pairs)):
            node["x"], node["y"] = x, y
    onto = graph.ontology
    data = {
        "title": title,
        "subtitle": subtitle or "",
        "notice": notice,
        "large": large,
        "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "total": {"entities": graph.number_of_entities(), "claims": graph.number_of_claims()},
        "types": {
            n: {"label": t.label, "ancestry": list(t.ancestry), **_style(onto, n)}
            for n, t in onto.entity_types.items() if not t.is_source
        },
        "relations": {
            n: {"label": r.label, "color": r.style.get("color", "#888888"),
                "arrows": r.style.get("arrows", "to"), "symmetric": r.symmetric}
            for n, r in onto.relations.items()
        },
        "modalities": {
            n: {"weight": m.weight, "description": m.description,
                "dashes": m.style.get("dashes", _DEFAULT_DASHES)}
            for n, m in onto.modalities.items()
        },
        "reporter": onto.reporter,
        "nodes": nodes,
        "edges": edges,
        "claims": claim_rows,
        "sources": source_rows,
        "paths": [[index[i] for i in p] for p in paths],
        "focus": index.get(focus_id),
    }
    info = ViewInfo(None, len(nodes), len(edges), len(claim_rows), total_entities, total_claims,
                    large, notice)
    return data, info


def _style(onto, type_name: str) -> dict:
    """The type's style, else the nearest ancestor's: the ontology is the only source of colours."""
    for name in reversed(onto.entity_types[type_name].ancestry):
        style = onto.entity_types[name].style
        if style.get("color") and style.get("shape"):
            return {"color": style["color"], "shape": style["shape"]}
    return {"color": "#9e9e9e", "shape": "dot"}


def _trim(ids, pool, on_path, focus_id, max_nodes) -> set[str]:
    degree = collections.Counter()
    for c in pool:
        degree[c.subject] += 1
        degree[c.object] += 1
    near = _neighbourhood(focus_id, pool, 2) if focus_id else set()
    rank = sorted(ids, key=lambda i: (i not in on_path, i != focus_id, i not in near, -degree[i], i))
    return set(rank[:max(max_nodes, len(on_path))])


def _text(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value]
    return value if isinstance(value, (int, float, bool)) or value is None else str(value)


def _nodes(graph, ids, pool):
    degree = collections.Counter()
    for c in pool:
        degree[c.subject] += 1
        degree[c.object] += 1
    nodes, index = [], {}
    for eid in sorted(ids, key=lambda i: (-degree[i], i)):
        e = graph.entity(eid)
        index[eid] = len(nodes)
        nodes.append({
            "id": eid, "name": e.name, "type": e.type, "aliases": list(e.aliases),
            "ext": {k: str(v) for k, v in e.external_ids.items()},
            "props": {k: _text(v) for k, v in e.properties.items()},
            "degree": degree[eid],
        })
    return nodes, index


def _edges_and_claims(graph, pool, index):
    names = {}

    def name(eid):
        if eid not in names:
            names[eid] = "reporter (the source itself)" if eid == graph.ontology.reporter else graph.entity(eid).name
        return names[eid]

    groups: dict[tuple, list] = {}
    for c in sorted(pool, key=lambda c: (c.stated or dt.date.min, c.id)):
        groups.setdefault((c.subject, c.predicate, c.object), []).append(c)
    edges, rows, row_of, sources = [], [], {}, {}
    for (s, p, o), group in sorted(groups.items(), key=lambda kv: (index[kv[0][0]], kv[0][1], index[kv[0][2]])):
        members = []
        for c in group:
            row_of[c.id] = len(rows)
            members.append(len(rows))
            rows.append(_claim_row(graph, c, name, sources))
        edges.append({"from": index[s], "to": index[o], "predicate": p, "claims": members})
    for row in rows:  # denials: say who denies a claim even when the denial itself is not shown
        for d in graph.denials_of(row["id"]):
            src = graph.sources.get(d.source)
            row["deniedBy"].append({
                "claimant": name(d.claimant), "date": _text(d.stated),
                "outlet": src.outlet if src else d.source, "evidence": d.evidence,
                "shown": d.id in row_of,
            })
    return edges, rows, sources


def _claim_row(graph, c, name, sources):
    if c.source not in sources:
        src = graph.sources.get(c.source)
        url = src.url if src and src.url and _WEB_URL.match(src.url) else None
        sources[c.source] = {
            "outlet": src.outlet if src else c.source, "title": src.title if src else "",
            "url": url, "rawUrl": None if url or not src else src.url,
            "published": _text(src.published) if src else None,
        }
    return {
        "id": c.id, "claimant": name(c.claimant), "claimantId": c.claimant,
        "modality": c.modality, "source": c.source, "evidence": c.evidence, "grade": c.grade,
        "date": _text(c.stated or c.valid_from), "from": _text(c.valid_from), "to": _text(c.valid_to),
        "attrs": {k: _text(v) for k, v in c.attributes.items()},
        "denies": [_claim_text(graph, d) for d in c.denies],
        "contested": graph.is_contested(c.id), "deniedBy": [],
    }


def _claim_text(graph, claim_id: str) -> str:
    """A short text for a claim: "reporter: Iran backs Kataib Hezbollah"."""
    try:
        c = graph.claim(claim_id)
    except NotFoundError:
        return claim_id
    rel = graph.ontology.relations[c.predicate].label
    return f"{graph.entity(c.subject).name} {rel} {graph.entity(c.object).name}"


# -- the page ------------------------------------------------------------------------------------


def _asset(name: str) -> str:
    return (resources.files("proxygraph.graph") / "view_assets" / name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _vis_network() -> tuple[str, str]:
    """vis-network's JS and CSS from the installed pyvis wheel (newest bundled version)."""
    try:
        lib = resources.files("pyvis") / "lib"
        versions = sorted(
            (d for d in lib.iterdir() if d.name.startswith("vis-") and (d / "vis-network.min.js").is_file()),
            key=lambda d: tuple(int(p) for p in re.findall(r"\d+", d.name)),
        )
        folder = versions[-1]
        return (folder / "vis-network.min.js").read_text("utf-8"), (folder / "vis-network.css").read_text("utf-8")
    except (ModuleNotFoundError, IndexError, OSError) as e:
        raise ProxygraphError(f"cannot read vis-network from the installed pyvis package: {e}") from None


def _json_for_html(data) -> str:
    """JSON that cannot end its <script> block or be read as markup (and stays valid JSON)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _page(title: str, data: dict) -> str:
    vis_js, vis_css = _vis_network()
    app_js, app_css = _asset("app.js"), _asset("app.css")
    for name, text in (("vis-network.min.js", vis_js), ("app.js", app_js)):
        if "</script" in text.lower() or "<!--" in text:
            raise ProxygraphError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    for name, text in (("vis-network.css", vis_css), ("app.css", app_css)):
        if "</style" in text.lower():
            raise ProxygraphError(f"{name} contains '</style' and cannot be inlined")
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    parts = {
        "TITLE": html_lib.escape(title),
        "CSP": html_lib.escape(csp),
        "VIS_CSS": vis_css,
        "APP_CSS": app_css,
        "DATA": _json_for_html(data),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    # one pass: text put in is never searched again for placeholders
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("template.html"))
