"""SPARQL speed: a synthetic claim graph of about a million triples on Oxigraph and on rdflib's memory store.

The graph is scaled like the real data: many events and claims, fewer actors (per million triples:
~8,300 entities, ~11,300 sources, ~65,000 claims of which ~4% are denials; an event draws ~8
claims, a few hub actors draw many, sponsors sit above clients in chains of `backs`). It is built as a
checked :class:`ClaimGraph`, mapped to RDF by :mod:`proxygraph.graph.rdf` and written as N-Triples;
the bench then loads that file into each store and runs every catalogue query on both, side by
side, checking that both give the same rows.

    .venv/bin/python bench/sparql_bench.py                 # ~1,000,000 triples
    .venv/bin/python bench/sparql_bench.py --triples 200000 --memory-timeout 10

Oxigraph's time is the best of --repeat runs; rdflib's one run, cut off at --memory-timeout seconds
(a cut-off query counts as that many seconds, so the ratio is then a lower bound, shown with >=).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import random
import sys
import tempfile
import time
from pathlib import Path

from proxygraph.graph import ClaimGraph
from proxygraph.graph.catalogue import load_catalogue
from proxygraph.graph.rdf import triples
from proxygraph.graph.sparql import QueryTimeoutError, load_rdf
from proxygraph.ontology import Claim, Entity, Source, load_ontology

# Entities per million triples, by type, and claims per million triples, by relation.
ENTITIES = {
    "State": 60, "StateOrgan": 240, "ArmedGroup": 600, "Coalition": 40, "Person": 1500, "Organization": 100,
    "Attack": 2600, "Strike": 1200, "Conflict": 30, "Settlement": 600, "Site": 300, "Region": 80,
}
SOURCES = 10_000
CLAIMS = {
    "backs": 5000, "member_of": 1500, "part_of": 300, "leads": 2000, "allied_with": 1000, "hostile_to": 1000,
    "sanctioned": 1500, "perpetrated": 22000, "targeted": 5000, "killed": 3000, "located_in": 8000,
    "retaliation_for": 1500, "part_of_event": 3600,
}
DENIALS = 2600
MODALITIES = ["asserted", "reported", "claimed_responsibility", "blamed", "suspected"]
DAY0 = dt.date(2015, 1, 1)
TRIPLES_AT_SCALE_1 = 882_000  # what the counts above give (measured), to aim --triples


def synthetic_graph(scale: float, seed: int = 7) -> ClaimGraph:
    """A random, valid claim graph; `scale` 1.0 gives about 882,000 triples."""
    rnd = random.Random(seed)
    onto = load_ontology()
    n = lambda k: max(2, int(k * scale))  # noqa: E731
    entities, by_type = [], {}
    for etype, count in ENTITIES.items():
        for i in range(n(count)):
            eid = f"{etype.lower()}-{i}"
            props = {}
            if onto.is_a(etype, "Event"):
                props = {"date": DAY0 + dt.timedelta(days=rnd.randrange(3650)), "fatalities": rnd.randrange(50)}
            aliases = tuple(f"{etype} alias {i}-{j}" for j in range(rnd.randrange(3)))
            ext = {"wikidata": f"Q{1000 + len(entities)}"} if rnd.random() < 0.3 else {}
            entities.append(Entity(eid, etype, f"{etype} {i}", aliases, ext, props))
            by_type.setdefault(etype, []).append(eid)
    sources = [
        Source(f"s{i}", rnd.choice(["Wire", "Daily", "Gazette", "Herald"]), f"Report {i}",
               f"https://example.org/{i}", DAY0 + dt.timedelta(days=rnd.randrange(3650)))
        for i in range(n(SOURCES))
    ]

    def pick(types):
        pool = [t for t in by_type if any(onto.is_a(t, x) for x in types)]
        t = rnd.choice(pool)
        ids = by_type[t]
        if onto.is_a(t, "Event") or onto.is_a(t, "Place"):
            return rnd.choice(ids)  # an event draws a handful of claims (about 8 on average)
        # Actors are skewed: a few hubs (an Iran, a Kataib Hezbollah) draw many claims.
        return ids[int(len(ids) * rnd.random() ** 2)]

    actors = [e for t in ("State", "StateOrgan", "ArmedGroup", "Coalition", "Person", "Organization") for e in by_type[t]]
    claims = []
    for predicate, count in CLAIMS.items():
        rel = onto.relations[predicate]
        for _ in range(n(count)):
            subject, obj = pick(rel.domain), pick(rel.range)
            if predicate == "backs":  # sponsors above clients, as in real proxy networks
                subject = pick(["State", "StateOrgan"] if rnd.random() < 0.8 else ["ArmedGroup"])
                obj = pick(rnd.choice([["StateOrgan"], ["ArmedGroup"], ["ArmedGroup"], ["ArmedGroup"], ["Coalition"], ["Organization"]]))
            claims.append(_claim(rnd, len(claims), subject, predicate, obj, actors, sources))
    for i in range(n(DENIALS)):
        target = rnd.choice(claims)
        denial = _claim(rnd, len(claims), target.subject, target.predicate, target.object, actors, sources)
        claims.append(denial.with_(modality="denied", denies=(target.id,), claimant=rnd.choice(actors)))
    graph = ClaimGraph(onto)
    graph.apply([*sources, *entities])
    graph.apply(claims)
    return graph


def _claim(rnd, i, subject, predicate, obj, actors, sources) -> Claim:
    attrs = {}
    if predicate == "backs":
        attrs = {"support": rnd.sample(["funds", "arms", "trains", "directs"], rnd.randint(1, 2))}
    if predicate == "leads":
        attrs = {"role": "commander"}
    start = DAY0 + dt.timedelta(days=rnd.randrange(3650)) if predicate == "leads" else None
    return Claim(
        id=f"c{i}", subject=subject, predicate=predicate, object=obj,
        claimant="reporter" if rnd.random() < 0.5 else rnd.choice(actors),
        modality=rnd.choice(MODALITIES), source=rnd.choice(sources).id,
        evidence=f"Evidence sentence {i} about {subject} and {obj}.", grade=rnd.choice(["A1", "B2", "B3", "C3", "F6"]),
        valid_from=start, attributes=attrs,
    )


def write_ntriples(graph: ClaimGraph, path: Path) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for s, p, o in triples(graph):
            f.write(f"{s.n3()} {p.n3()} {o.n3()} .\n")
            count += 1
    return count


def params_for(graph: ClaimGraph) -> dict:
    """Busy entities for the parameters, so the queries have real work to do."""
    def busiest(type_, predicate=None, role="object"):
        ids = {e.id for e in graph.entities(type_)}
        counts = {}
        for c in graph.claims(predicate=predicate):
            who = getattr(c, role)
            if who in ids:
                counts[who] = counts.get(who, 0) + 1
        return max(counts, key=counts.get)

    return {
        # Per-query choices where the shared one would give an empty answer.
        "retaliations:event": busiest("Event", "retaliation_for"),
        "denials-by:actor": _top_denier(graph),
        "actor": busiest("ArmedGroup", "backs"), "sponsor": busiest("State", "backs", "subject"),
        "coalition": busiest("Coalition", "member_of"), "since": "2020-01-01",
        "event": busiest("Attack", "perpetrated"), "claimant": busiest("State", None, "claimant"),
        "entity": busiest("ArmedGroup"), "group": busiest("ArmedGroup", "leads"), "place": busiest("State", "located_in"),
    }


def _top_denier(graph: ClaimGraph) -> str:
    counts: dict[str, int] = {}
    for c in graph.claims(modality="denied"):
        if c.claimant != graph.ontology.reporter:
            counts[c.claimant] = counts.get(c.claimant, 0) + 1
    return max(counts, key=counts.get)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="about how many triples (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=3, help="Oxigraph runs per query; the best counts")
    ap.add_argument("--memory-timeout", type=float, default=60.0, help="cut-off per rdflib query, seconds")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--oxigraph-only", action="store_true", help="skip rdflib's memory store (quick look)")
    args = ap.parse_args(argv)
    cat = load_catalogue()

    t = time.perf_counter()
    graph = synthetic_graph(args.triples / TRIPLES_AT_SCALE_1, args.seed)
    build_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "synthetic.nt"
        n_triples = write_ntriples(graph, nt)
        print(f"synthetic graph: {graph.number_of_entities():,} entities, {len(graph.sources):,} sources, "
              f"{graph.number_of_claims():,} claims -> {n_triples:,} triples (built in {build_s:.1f} s)", flush=True)
        params = params_for(graph)
        print("parameters: " + ", ".join(f"{k}={v}" for k, v in params.items()), flush=True)
        stores, load_s = {}, {}
        for backend in ("oxigraph",) if args.oxigraph_only else ("oxigraph", "memory"):
            gc.collect()
            t = time.perf_counter()
            stores[backend] = load_rdf(nt, "nt", backend)
            load_s[backend] = time.perf_counter() - t
    del graph
    if args.oxigraph_only:
        load_s["memory"] = float("nan")
    print(f"\nload N-Triples: oxigraph {load_s['oxigraph']:.2f} s, rdflib memory {load_s['memory']:.2f} s, "
          f"ratio {load_s['memory'] / load_s['oxigraph']:.1f}x\n", flush=True)

    header = f"{'query':<24}{'rows':>7}{'oxigraph s':>12}{'rdflib s':>12}{'ratio':>10}  same rows"
    print(header + "\n" + "-" * len(header), flush=True)
    total_ox = total_mem = 0.0
    capped = slow = False
    finished = []  # (oxigraph s, rdflib s) of the queries rdflib finished
    for q in cat:
        p = {x.name: params.get(f"{q.name}:{x.name}", params[x.name]) for x in q.params}
        times, ox_rows = [], None
        for _ in range(args.repeat):
            t = time.perf_counter()
            ox_rows = cat.run_sparql(q.name, stores["oxigraph"], p, timeout=None).plain()
            times.append(time.perf_counter() - t)
        ox = min(times)
        try:
            if args.oxigraph_only:
                raise QueryTimeoutError(0)
            t = time.perf_counter()
            mem_rows = cat.run_sparql(q.name, stores["memory"], p, timeout=args.memory_timeout).plain()
            mem, cut = time.perf_counter() - t, False
            finished.append((min(times), mem))
            same = "yes" if (mem_rows == ox_rows if q.ordered else sorted(map(repr, mem_rows)) == sorted(map(repr, ox_rows))) else "NO"
        except QueryTimeoutError:
            mem, cut, same = args.memory_timeout, True, "(cut off)"
            capped = True
        total_ox += ox
        total_mem += mem
        slow |= ox >= 1.0
        ge = ">=" if cut else ""
        print(f"{q.name:<24}{len(ox_rows):>7}{ox:>12.3f}{ge + format(mem, '.2f'):>12}{ge + format(mem / ox, '.0f') + 'x':>10}  {same}", flush=True)
    ge = ">=" if capped else ""
    print("-" * len(header))
    print(f"{'catalogue total':<24}{'':>7}{total_ox:>12.3f}{ge + format(total_mem, '.2f'):>12}{ge + format(total_mem / total_ox, '.0f') + 'x':>10}")
    if finished:
        f_ox, f_mem = sum(o for o, _ in finished), sum(m for _, m in finished)
        geo = math.exp(sum(math.log(m / o) for o, m in finished) / len(finished))
        print(f"{'without cut-off queries':<24}{'':>7}{f_ox:>12.3f}{f_mem:>12.2f}{format(f_mem / f_ox, '.0f') + 'x':>10}"
              f"  ({len(finished)} queries; geometric mean of their ratios {geo:.0f}x)")
    print(f"\ntarget: Oxigraph >= 10x faster overall: {'met' if total_mem / total_ox >= 10 else 'NOT met'}; "
          f"every query < 1 s on Oxigraph: {'met' if not slow else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
