"""Benchmark: top-10 attribution paths from an event on synthetic claim graphs.

Builds a synthetic claim graph per size (claims : entities = 10 : 1, e.g. 1,000,000 claims and
100,000 actors and events) shaped like the real one: events perpetrated by groups, groups in
fronts, sponsors backing groups with a few hub sponsors (Zipf), organs part of states, leaders,
denials, corroborating claims from several outlets and unrelated claims as noise. Then times
``attribution_paths(graph, event, top_k=10)`` for 100 random events that have a perpetrator and
reports the median (and p90, max) wall time per size, and the median CPU time.

    .venv/bin/python bench/attribution_bench.py                  # 100k, 300k, 1M claims
    .venv/bin/python bench/attribution_bench.py --sizes 100000 --events 50

The graph is filled through ``ClaimGraph._write`` (the store's own write path, without the
per-record checks of ``add_claim``): the checks are not what is measured and would make building
1M claims take minutes. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import sys
import time

from proxygraph.graph.attribution import attribution_paths
from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import Claim, Entity, NoPathError, Source

GRADES = ["A1", "A2", "B1", "B2", "B2", "B3", "B3", "C2", "C3", "D4", "F6"]
MODALITIES = ["asserted", "asserted", "reported", "blamed", "suspected", "claimed_responsibility"]
NOISE = [("located_in", "event", "state"), ("hostile_to", "actor", "actor"), ("allied_with", "actor", "actor"),
         ("targeted", "event", "actor"), ("retaliation_for", "event", "event")]


def build(n_claims: int, seed: int = 1) -> ClaimGraph:
    """A synthetic claim graph of `n_claims` claims over n_claims/10 entities."""
    rng = random.Random(seed)
    g = ClaimGraph()
    n = n_claims // 10
    counts = {"State": max(n // 500, 5), "StateOrgan": n // 25, "Coalition": n // 50, "ArmedGroup": n // 4, "Person": n // 6}
    counts["Attack"] = n - sum(counts.values())
    ids: dict[str, list[str]] = {}
    for etype, k in counts.items():
        ids[etype] = [f"{etype.lower()}-{i}" for i in range(k)]
        for eid in ids[etype]:
            g._write("entity", eid, Entity(eid, etype, f"{etype} {eid.split('-')[1]}"))
    outlets = [f"Outlet {i}" for i in range(300)]
    sources = []
    for i in range(3000):
        s = Source(f"src-{i}", rng.choice(outlets), f"Report {i}", published=dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500)))
        g._write("source", s.id, s)
        sources.append(s)
    actors = ids["State"] + ids["StateOrgan"] + ids["Coalition"] + ids["ArmedGroup"] + ids["Person"]
    groups = ids["ArmedGroup"] + ids["Coalition"]
    sponsors = ids["State"] + ids["StateOrgan"]
    sponsor_w = [1.0 / (r + 1) for r in range(len(sponsors))]  # a few hub sponsors back most groups
    made = 0
    recent: list[Claim] = []

    def claim(s, p, o, modality=None, denies=()):
        nonlocal made
        src = rng.choice(sources)
        c = Claim(
            id=f"c-{made}", subject=s, predicate=p, object=o,
            claimant=rng.choice(("reporter", rng.choice(actors))),
            modality=modality or rng.choice(MODALITIES), source=src.id, evidence="synthetic",
            grade=rng.choice(GRADES), stated=src.published, denies=tuple(denies),
        )
        g._write("claim", c.id, c)
        recent.append(c)
        made += 1

    shares = [("perpetrated", 0.25), ("backs", 0.12), ("member_of", 0.08), ("part_of", 0.04),
              ("leads", 0.04), ("denied", 0.04), ("noise", 0.43)]
    for pred, share in shares:
        for _ in range(int(n_claims * share)):
            if pred == "perpetrated":
                claim(rng.choice(groups if rng.random() < 0.8 else actors), pred, rng.choice(ids["Attack"]))
            elif pred == "backs":
                claim(rng.choices(sponsors, sponsor_w)[0], pred, rng.choice(groups))
            elif pred == "member_of":
                claim(rng.choice(ids["ArmedGroup"]), pred, rng.choice(ids["Coalition"]))
            elif pred == "part_of":
                organ = rng.choice(ids["StateOrgan"])
                claim(organ, pred, rng.choice(ids["State"]) if rng.random() < 0.7 else rng.choice(ids["StateOrgan"]))
            elif pred == "leads":
                claim(rng.choice(ids["Person"]), pred, rng.choice(groups))
            elif pred == "denied":
                target = rng.choice(recent)
                claim(target.subject, target.predicate, target.object, "denied", (target.id,))
            else:
                p, sk, ok = rng.choice(NOISE)
                pick = {"event": ids["Attack"], "state": ids["State"], "actor": actors}
                claim(rng.choice(pick[sk]), p, rng.choice(pick[ok]))
    # top up to exactly n_claims with corroborating copies of earlier claims from other outlets
    while made < n_claims:
        t = rng.choice(recent)
        claim(t.subject, t.predicate, t.object, t.modality if t.modality != "denied" else "asserted")
    return g


def _perpetrated(g: ClaimGraph, event: str) -> bool:
    return any(d["predicate"] == "perpetrated" and d["claim"].modality != "denied"
               for keys in g.nx._pred[event].values() for d in keys.values())


def bench(g: ClaimGraph, n_events: int, seed: int = 2) -> list[float]:
    rng = random.Random(seed)
    events = [e for e in (f"attack-{i}" for i in range(g.number_of_entities())) if e in g.nx and _perpetrated(g, e)]
    times, cpu = [], []
    for ev in rng.sample(events, min(n_events, len(events))):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            list(attribution_paths(g, ev, top_k=10))
        except NoPathError:
            pass
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return times, cpu


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    ap.add_argument("--events", type=int, default=100)
    args = ap.parse_args(argv)
    print(f"load average at start: {os.getloadavg()[0]:.1f} (wall times suffer when other jobs share the cores; "
          "CPU time does less)")
    print(f"{'claims':>10} {'entities':>9} {'build s':>8} {'median ms':>10} {'p90 ms':>8} {'max ms':>8} "
          f"{'median CPU ms':>14}  paths/query")
    for size in args.sizes:
        t0 = time.perf_counter()
        g = build(size)
        built = time.perf_counter() - t0
        times, cpu = bench(g, args.events)
        ms = sorted(t * 1000 for t in times)
        sample = [e for e in (f"attack-{i}" for i in range(200)) if _perpetrated(g, e)][:5]
        found = [len(list(attribution_paths(g, e, top_k=10))) for e in sample]
        print(
            f"{size:>10,} {g.number_of_entities():>9,} {built:>8.1f} {statistics.median(ms):>10.2f} "
            f"{ms[int(len(ms) * 0.9)]:>8.2f} {ms[-1]:>8.2f} {statistics.median(cpu) * 1000:>14.2f}  {found}",
            flush=True,
        )
        del g
        gc.collect()


if __name__ == "__main__":
    sys.exit(main())
