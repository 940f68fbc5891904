"""A fast layout for the large-graph mode of the network views (the page then runs no physics).

>>> ring_layout(3, [(0, 1), (0, 2)])[0] != ring_layout(3, [(0, 1), (0, 2)])[1]
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable

__all__ = ["ring_layout"]


def ring_layout(n: int, pairs: Iterable[tuple[int, int]], spacing: float = 40.0) -> list[tuple[int, int]]:
    """Positions for nodes ``0..n-1``: a radial tree per component, components packed in rows.

    Each component is walked breadth-first from its first node; a node sits on the ring of its
    depth, inside the angular sector of its parent, the sector sized by how many nodes hang below
    it (a radial tree layout). O(nodes + edges) in pure Python (no numpy), deterministic. Give the
    nodes most-connected first so each component is centred on its hub. It is a starting point to
    look at; the page's "Relax layout" button runs physics from it.
    """
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        if a != b:
            adjacent[a].append(b)
            adjacent[b].append(a)
    seen = [False] * n
    placed: list[tuple[dict[int, tuple[float, float]], float]] = []
    for root in range(n):
        if seen[root]:
            continue
        seen[root] = True
        order, children, depth = [root], {root: []}, {root: 0}
        for f in order:  # grows while walked: breadth-first
            for m in sorted(set(adjacent[f])):
                if not seen[m]:
                    seen[m] = True
                    children[f].append(m)
                    children[m] = []
                    depth[m] = depth[f] + 1
                    order.append(m)
        placed.append(_radial(order, children, depth, spacing))
    return _pack(placed, n)


def _radial(order, children, depth, spacing) -> tuple[dict[int, tuple[float, float]], float]:
    size = {}
    for v in reversed(order):
        size[v] = 1 + sum(size[c] for c in children[v])
    per_ring: dict[int, int] = {}
    for v in order:
        per_ring[depth[v]] = per_ring.get(depth[v], 0) + 1
    radius, r = {0: 0.0}, 0.0
    for k in range(1, max(per_ring) + 1):
        r = max(r + spacing * 2.5, per_ring[k] * spacing / (2 * math.pi))
        radius[k] = r
    sector = {order[0]: (0.0, 2 * math.pi)}
    local = {}
    for v in order:
        lo, hi = sector[v]
        a = (lo + hi) / 2
        local[v] = (radius[depth[v]] * math.cos(a), radius[depth[v]] * math.sin(a))
        below = sum(size[c] for c in children[v])
        for c in children[v]:
            span = (hi - lo) * size[c] / below
            sector[c] = (lo, lo + span)
            lo += span
    return local, r + spacing


def _pack(placed, n: int) -> list[tuple[int, int]]:
    """Components side by side in rows, largest first, in a roughly square block."""
    pos = [(0.0, 0.0)] * n
    row_width = max(2000.0, math.sqrt(sum((2 * r) ** 2 for _, r in placed)) * 1.1)
    x = y = row_h = 0.0
    for local, r in sorted(placed, key=lambda t: -t[1]):
        if x + 2 * r > row_width and x > 0:
            x, y, row_h = 0.0, y + row_h, 0.0
        for node, (lx, ly) in local.items():
            pos[node] = (x + r + lx, y + r + ly)
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return [(round(px), round(py)) for px, py in pos]
