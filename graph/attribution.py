"""Attribution paths: from an event back to the actors held responsible, every hop with who says so.

A path starts at an event and walks back along claims: the actor that `perpetrated` it, then up
the responsibility relations (the members of a front that did it, the sponsor that `backs` a
group, the parent a unit is `part_of`, the person who `leads` it). Each hop keeps all its claims
(claimant, modality, source, evidence, grade) and the denials beside them; nothing is flattened
into one "attributed to" edge. Scoring is in :mod:`proxygraph.graph.attribution_score`.

>>> from proxygraph.graph.store import ClaimGraph
>>> from proxygraph.ontology import Claim, Entity, Source
>>> g = ClaimGraph()
>>> _ = g.apply([
...     Entity("iran", "State", "Iran"),
...     Entity("kataib-hezbollah", "ArmedGroup", "Kataib Hezbollah"),
...     Entity("tower-22-attack", "Attack", "Tower 22 drone attack"),
...     Source("wire", "Test Wire", "Report", published=dt.date(2024, 1, 29)),
...     Claim.from_dict({"subject": "kataib-hezbollah", "predicate": "perpetrated",
...         "object": "tower-22-attack", "claimant": "reporter", "modality": "suspected",
...         "source": "wire", "evidence": "Officials suspect the group.", "grade": "B3"}),
...     Claim.from_dict({"subject": "iran", "predicate": "backs", "object": "kataib-hezbollah",
...         "claimant": "reporter", "modality": "asserted", "source": "wire",
...         "evidence": "Iran arms the group.", "grade": "B2"}),
... ])
>>> [p.actor for p in attribution_paths(g, "tower-22-attack")]
['kataib-hezbollah', 'iran']
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from proxygraph.graph import attribution_score as S
from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import Claim, InvalidValueError, NoPathError, normalize_name, parse_date, parse_grade

__all__ = [
    "ClaimFilter",
    "Hop",
    "AttributionPath",
    "ActorSummary",
    "Attribution",
    "attribution_paths",
    "attribute",
    "actor_summary",
    "source_key",
    "claimant_name",
]

_WIRE = re.compile(r"\(([^()]+)\)\s*$")


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims count: made by `as_of`, graded at least `min_grade`, not by excluded claimants.

    `at` is the day the relations must hold (the event's date, else `as_of`).
    """

    as_of: dt.date | None = None
    min_grade: str | None = None
    exclude_claimants: frozenset[str] = frozenset()
    at: dt.date | None = None

    def why_not(self, c: Claim) -> str | None:
        """Why `c` is left out (a short reason), or None when it counts."""
        if c.claimant in self.exclude_claimants:
            return "by an excluded claimant"
        if self.as_of is not None and (c.stated is None or c.stated > self.as_of):
            return f"made after {self.as_of}" if c.stated else "of unknown date"
        if self.min_grade is not None and (c.grade[0] > self.min_grade[0] or c.grade[1] > self.min_grade[1]):
            return f"graded below {self.min_grade}"
        if self.at is not None and (
            (c.valid_from is not None and c.valid_from > self.at) or (c.valid_to is not None and c.valid_to < self.at)
        ):
            return f"not valid on {self.at}"
        return None


@dataclass(frozen=True)
class Hop:
    """One step of a path: the claims that `subject predicate object`, and the denials beside them.

    `actor` is the entity this hop makes responsible; `sources` are the independent sources (one
    per outlet or wire) that back it, strongest first. `denials` deny this hop's claims;
    `role_denials` deny that `actor` had a hand in the event at all (Iran: "no connection to the
    attack"), shown beside the hop that brings the actor in.
    """

    subject: str
    predicate: str
    object: str
    actor: str
    claims: tuple[Claim, ...]
    denials: tuple[Claim, ...]
    score: float
    sources: tuple[str, ...]
    role_denials: tuple[Claim, ...] = ()

    @property
    def contested(self) -> bool:
        return bool(self.denials or self.role_denials)

    @property
    def corroborated(self) -> bool:
        return len(self.sources) > 1


@dataclass(frozen=True)
class AttributionPath:
    """A chain of hops from `event` to the actor it ends at, with its score (product of hops)."""

    event: str
    hops: tuple[Hop, ...]
    score: float

    @property
    def actor(self) -> str:
        return self.hops[-1].actor

    @property
    def nodes(self) -> tuple[str, ...]:
        return (self.event, *(h.actor for h in self.hops))

    @property
    def contested(self) -> bool:
        return any(h.contested for h in self.hops)


@dataclass(frozen=True)
class ActorSummary:
    """One actor across all paths found: best score, how many paths, whose word they rest on."""

    actor: str
    score: float
    paths: int
    claimants: tuple[str, ...]
    contested: bool


@dataclass
class Attribution:
    """The answer to "who is behind this event, and on whose word?"."""

    event: str
    paths: list[AttributionPath]
    actors: list[ActorSummary]
    filter: ClaimFilter
    to: str | None = None
    max_hops: int = S.DEFAULT_MAX_HOPS
    top_k: int | None = S.DEFAULT_TOP_K
    excluded: tuple[str, ...] = field(default=())


def attribution_paths(
    G: ClaimGraph,
    event: str,
    *,
    to: str | None = None,
    as_of: dt.date | str | None = None,
    min_grade: str | None = None,
    exclude_claimants: Iterable[str] = (),
    exclude_related: bool = True,
    max_hops: int = S.DEFAULT_MAX_HOPS,
    top_k: int | None = S.DEFAULT_TOP_K,
) -> Iterator[AttributionPath]:
    """Generate attribution paths from `event`, best score first, at most `top_k` of them.

    Every prefix of a chain is a path of its own (the group that did it, then its sponsor, ...).
    With `to`, only paths ending at that actor are generated. The search is best-first over a heap;
    scores only fall along a chain, so paths come out in order. Cut-offs: `max_hops` hops per path,
    `top_k` paths, and each actor is expanded at most `top_k` times. Raises :class:`NoPathError`
    saying which hop is missing when there is no path at all.

    Entities may be given by id, name or alias (``reporter`` for sources in their own voice). With
    `exclude_related` (the default) excluding a claimant also excludes its organs (``part_of``,
    transitively) and the people who lead them or are members: doubting the US doubts CENTCOM and
    the White House spokesman.
    """
    filt = _filter(G, event, as_of, min_grade, exclude_claimants, exclude_related)
    yield from _paths(G, event, to, filt, max_hops, top_k)


def _paths(G: ClaimGraph, event: str, to: str | None, filt: ClaimFilter, max_hops: int, top_k: int | None):
    """The search behind :func:`attribution_paths`, with the claim filter already made."""
    search = _Search(G, event, to, filt, max_hops, top_k)
    found = 0
    for path in search.run():
        found += 1
        yield path
    if not found:
        raise NoPathError(search.explain())


def attribute(
    G: ClaimGraph,
    event: str,
    *,
    to: str | None = None,
    as_of: dt.date | str | None = None,
    min_grade: str | None = None,
    exclude_claimants: Iterable[str] = (),
    exclude_related: bool = True,
    max_hops: int = S.DEFAULT_MAX_HOPS,
    top_k: int | None = S.DEFAULT_TOP_K,
) -> Attribution:
    """The top paths from `event` (see :func:`attribution_paths`) and a per-actor summary."""
    filt = _filter(G, event, as_of, min_grade, exclude_claimants, exclude_related)
    paths = list(_paths(G, event, to, filt, max_hops, top_k))
    return Attribution(
        event=G.lookup(event).id,
        paths=paths,
        actors=actor_summary(paths),
        filter=filt,
        to=G.lookup(to).id if to else None,
        max_hops=max_hops,
        top_k=top_k,
        excluded=tuple(sorted(filt.exclude_claimants)),
    )


def actor_summary(paths: Iterable[AttributionPath]) -> list[ActorSummary]:
    """Per actor: the best path score, the number of paths, every claimant on them; best first."""
    best: dict[str, float] = {}
    count: Counter = Counter()
    who: dict[str, dict[str, None]] = defaultdict(dict)
    contested: dict[str, bool] = defaultdict(bool)
    for p in paths:
        best[p.actor] = max(best.get(p.actor, 0.0), p.score)
        count[p.actor] += 1
        contested[p.actor] |= p.contested
        for h in p.hops:
            who[p.actor].update(dict.fromkeys(c.claimant for c in h.claims))
    return sorted(
        (ActorSummary(a, best[a], count[a], tuple(who[a]), contested[a]) for a in best),
        key=lambda s: (-s.score, s.actor),
    )


@functools.lru_cache(maxsize=4096)
def source_key(outlet: str) -> str:
    """What makes two sources independent: the wire credited in brackets, else the outlet.

    >>> source_key("Cyprus Mail (Reuters)") == source_key("Reuters")
    True
    """
    m = _WIRE.search(outlet)
    return normalize_name(m.group(1) if m else outlet)


# -- the search ---------------------------------------------------------------------------------


def _filter(G, event, as_of, min_grade, exclude_claimants, related=True) -> ClaimFilter:
    ev = G.lookup(event)
    if not G.ontology.is_a(ev.type, "Event"):
        near = sorted({n for n in (*G.nx._pred[ev.id], *G.nx._succ[ev.id]) if G.ontology.is_a(G.entity(n).type, "Event")})
        hint = f" (events linked to it: {', '.join(near[:5])})" if near else ""
        raise InvalidValueError(f"'{ev.id}' is a {ev.type}, not an event; attribution starts from an event{hint}")
    as_of = parse_date(as_of, field="as_of")
    when = ev.properties.get("date") or as_of
    excluded: set[str] = set()
    for name in exclude_claimants:
        if name == G.ontology.reporter:
            excluded.add(name)
        else:
            who = G.lookup(name).id
            excluded |= _with_related(G, who) if related else {who}
    return ClaimFilter(as_of, parse_grade(min_grade) if min_grade else None, frozenset(excluded), when)


def _with_related(G: ClaimGraph, actor: str) -> set[str]:
    """`actor`, its organs (``part_of`` it, transitively) and the people who lead them or are members.

    Only claims that are not denials count; dates and grades do not (who speaks for whom is not
    what is being doubted).
    """
    organs, todo = {actor}, [actor]
    while todo:
        node = todo.pop()
        for sub, keys in G.nx._pred[node].items():
            if sub not in organs and _has(keys, "part_of", affirmed=True):
                organs.add(sub)
                todo.append(sub)
    people = {
        p for organ in organs for p, keys in G.nx._pred[organ].items()
        if G.ontology.is_a(G.nx.nodes[p]["entity"].type, "Person")
        and (_has(keys, "leads", affirmed=True) or _has(keys, "member_of", affirmed=True))
    }
    return organs | people


class _Search:
    def __init__(self, G: ClaimGraph, event: str, to, filt: ClaimFilter, max_hops: int, top_k: int | None):
        if max_hops < 1:
            raise InvalidValueError(f"max_hops must be at least 1, got {max_hops}")
        if top_k is not None and top_k < 1:
            raise InvalidValueError(f"top_k must be at least 1, got {top_k}")
        self.G, self.filt, self.max_hops, self.top_k = G, filt, max_hops, top_k
        self.event = G.lookup(event).id
        self.to = G.lookup(to).id if to else None
        self.onto = G.ontology
        self._hops: dict[tuple[str, str, str], Hop | None] = {}
        self._steps: dict[str, list[Hop]] = {}
        self._part_types: dict[str, bool] = {}
        self.reached: dict[str, None] = {}
        self.cut = False

    def run(self) -> Iterator[AttributionPath]:
        tie = itertools.count()
        heap = [(-1.0, next(tie), self.event, ())]
        visits: Counter = Counter()
        limit = self.top_k or float("inf")
        found = 0
        while heap:
            neg, _, node, hops = heapq.heappop(heap)
            if hops and (self.to is None or node == self.to):
                yield AttributionPath(self.event, hops, -neg)
                found += 1
                if found >= limit:
                    return
            visits[node] += 1
            if visits[node] > limit or node == self.to:
                continue
            if len(hops) >= self.max_hops:
                self.cut = True
                continue
            on_path = {self.event, *(h.actor for h in hops)}
            if node not in self._steps:  # a node popped again (another route) reuses its hops
                self._steps[node] = list(self._next(node, first=not hops))
            for hop in self._steps[node]:
                if hop.actor not in on_path:
                    self.reached[hop.actor] = None
                    heapq.heappush(heap, (neg * hop.score, next(tie), hop.actor, (*hops, hop)))

    def _next(self, node: str, first: bool) -> Iterator[Hop]:
        """The hops that make someone responsible for `node` (an event on the first step)."""
        nxg = self.G.nx
        steps: dict[tuple[str, str, str, str], None] = {}  # one pass over each adjacency, in order
        for s, keys in nxg._pred[node].items():
            for d in keys.values():
                pred = d["predicate"]
                if (pred == "perpetrated") if first else (S.RESPONSIBILITY.get(pred) == "in"):
                    steps[(s, node, pred, s)] = None
        # only part_of is walked forwards; skip the (possibly huge) out-adjacency of a sponsor that
        # cannot be part of anything (a state backing hundreds of groups)
        if not first and self._may_be_part(nxg.nodes[node]["entity"].type):
            for o, keys in nxg._succ[node].items():
                for d in keys.values():
                    pred = d["predicate"]
                    if S.RESPONSIBILITY.get(pred) == "out":
                        steps[(node, o, pred, o)] = None
        for s, o, pred, actor in steps:
            if pred == "member_of" and self.onto.is_a(nxg.nodes[s]["entity"].type, "Person"):
                continue  # a person's membership does not make him answer for the group's acts
            hop = self._hop(s, pred, o, actor)
            if hop is not None:
                yield hop

    def _may_be_part(self, etype: str) -> bool:
        if etype not in self._part_types:
            self._part_types[etype] = any(
                self.onto.relation(p).allows_subject(etype) for p, way in S.RESPONSIBILITY.items() if way == "out"
            )
        return self._part_types[etype]

    def _hop(self, s: str, pred: str, o: str, actor: str) -> Hop | None:
        key = (s, pred, o)
        if key not in self._hops:
            self._hops[key] = self._make_hop(s, pred, o, actor)
        return self._hops[key]

    def _make_hop(self, s: str, pred: str, o: str, actor: str) -> Hop | None:
        G, filt = self.G, self.filt
        same = [d["claim"] for d in G.nx._succ[s][o].values() if d["predicate"] == pred]
        claims = [c for c in same if c.modality != "denied" and filt.why_not(c) is None]
        if not claims:
            return None
        denials = {c.id: c for c in same if c.modality == "denied" and filt.why_not(c) is None}
        for c in claims:
            denials.update((d.id, d) for d in G.denials_of(c.id) if filt.why_not(d) is None)
        weight = {c.id: self._weight(c) for c in claims}
        claims.sort(key=lambda c: (-weight[c.id], c.stated or dt.date.max, c.id))
        per_source: dict[str, float] = {}
        for c in claims:
            k = source_key(G.sources[c.source].outlet)
            per_source[k] = max(per_source.get(k, 0.0), weight[c.id])
        factor = S.PREDICATE_FACTOR.get(pred, 1.0)
        if pred == "backs":
            control = next((c.attributes["control"] for c in claims if c.attributes.get("control")), None)
            factor *= S.BACKS_CONTROL_FACTOR.get(control, S.BACKS_CONTROL_FACTOR[None])
        role = self._role_denials(actor) if pred != "perpetrated" else ()
        denial = max((self._weight(d, "asserted") for d in (*denials.values(), *role)), default=0.0)
        score = S.hop_score(per_source.values(), factor, denial)
        ordered = tuple(sorted(per_source, key=lambda k: -per_source[k]))
        return Hop(s, pred, o, actor, tuple(claims), tuple(sorted(denials.values(), key=lambda d: d.id)), score,
                   ordered, role)

    def _role_denials(self, actor: str) -> tuple[Claim, ...]:
        """Denials that `actor` perpetrated the event ("Tehran had no connection to the attack")."""
        G, filt = self.G, self.filt
        said = [d["claim"] for d in G.nx._succ[actor].get(self.event, {}).values() if d["predicate"] == "perpetrated"]
        found = {c.id: c for c in said if c.modality == "denied" and filt.why_not(c) is None}
        for c in said:
            if c.modality != "denied":
                found.update((d.id, d) for d in G.denials_of(c.id) if filt.why_not(d) is None)
        return tuple(sorted(found.values(), key=lambda d: d.id))

    def _weight(self, c: Claim, modality: str | None = None) -> float:
        m = self.onto.modality(modality or c.modality).weight
        return S.claim_weight(m, self.onto.grade_weight(c.grade))

    # -- why there is no path -------------------------------------------------------------------
    def explain(self) -> str:
        G = self.G
        ev = _label(G, self.event)
        if not self.reached:
            return f"no claim links {ev} to any actor" + self._why_first()
        if self.to is None:  # pragma: no cover - reached actors always give paths without `to`
            return f"no attribution path from {ev}"
        reached = ", ".join(_label(G, a) for a in list(self.reached)[:8])
        more = f" and {len(self.reached) - 8} more" if len(self.reached) > 8 else ""
        msg = (
            f"no chain of claims leads from {ev} to {_label(G, self.to)} within {self.max_hops} hops; "
            f"the chains reach {reached}{more}"
        )
        below = self._below(self.to)
        if below:
            msg += f"; {_label(G, self.to)} is linked as responsible only to " + ", ".join(_label(G, b) for b in below[:8])
            msg += ", which no chain reaches"
        else:
            msg += f"; no claim makes {_label(G, self.to)} responsible for any actor (no unit, client, member or group it leads)"
        if self.cut:
            msg += f" (the search stopped at {self.max_hops} hops; a longer chain may exist: raise max hops)"
        return msg

    def _why_first(self) -> str:
        """Why no `perpetrated` claim counts: none at all, only denials, or all filtered out."""
        claims = [d["claim"] for keys in self.G.nx._pred[self.event].values() for d in keys.values() if d["predicate"] == "perpetrated"]
        if not claims:
            return " (no 'perpetrated' claim names it)"
        if all(c.modality == "denied" for c in claims):
            return " (its only 'perpetrated' claims are denials)"
        reasons = Counter(self.filt.why_not(c) or "kept" for c in claims if c.modality != "denied")
        parts = ", ".join(f"{n} {r}" for r, n in reasons.most_common())
        return f": its {sum(reasons.values())} 'perpetrated' claim(s) are all left out ({parts})"

    def _below(self, actor: str) -> list[str]:
        """The entities `actor` would be responsible for through one responsibility claim."""
        nxg, out = self.G.nx, []
        for pred, way in S.RESPONSIBILITY.items():
            if way == "out":  # x part_of actor: actor answers for x
                out += [s for s, keys in nxg._pred[actor].items() if _has(keys, pred)]
            else:  # actor backs / leads / is member of x
                out += [o for o, keys in nxg._succ[actor].items() if _has(keys, pred)]
        return list(dict.fromkeys(out))


def _has(keys: dict, predicate: str, affirmed: bool = False) -> bool:
    return any(d["predicate"] == predicate and not (affirmed and d["claim"].modality == "denied") for d in keys.values())


def _label(G: ClaimGraph, entity_id: str) -> str:
    return f"{G.entity(entity_id).name} ({entity_id})"


# -- output helpers ---------------------------------------------------------------------------


def claimant_name(G: ClaimGraph, c: Claim) -> str:
    """Who says so, for people: an actor's name, or the outlet when the source speaks for itself."""
    if c.claimant == G.ontology.reporter:
        return f"{G.sources[c.source].outlet} (reporter)"
    return G.entity(c.claimant).name
