"""Neo4j push speed: :func:`~proxygraph.graph.neo4j_sync.push` (batched ``UNWIND $rows ...``)
against one ``MERGE`` statement per row.

Builds a synthetic, checked claim graph (default 100,000 entities and 1,000,000 claims), starts a
throw-away Neo4j (or uses --uri), and in one run:

1. pushes the entities and sources, then a sample of --naive claims one statement per row (an
   auto-commit ``MATCH ... MERGE ... SET`` each, the way a loop over the driver would), timed
   after 500 untimed ones have warmed the server up;
2. with --warmup N, pushes an N-claim sample of the graph batched, untimed, and empties the
   database again: a server that has run for a while has compiled Cypher's and the store's hot
   code (the JVM's JIT), which a push right after ``neo4j start`` does on the way (by default
   there is no such warm-up: the server has only run the naive statements);
3. empties the database and pushes the whole graph with :func:`proxygraph.graph.neo4j_sync.push`
   (schema, entities, sources, claims), timed;

and reports relationships per second for both and their ratio. Targets: >= 20,000 relationships/s
batched on a 2-core machine, and >= 20x the naive rate. Run it with --warmup 100000 as well for the
figure of a server that has run batched pushes before (both are reported in docs/neo4j.md).

    .venv/bin/python bench/neo4j_push.py                      # 100k entities, 1M claims
    .venv/bin/python bench/neo4j_push.py --entities 10000 --claims 100000 --naive 2000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time

from proxygraph.graph import ClaimGraph, neo4j_server
from proxygraph.graph.neo4j_model import claim_props, relationship_type
from proxygraph.graph.neo4j_sync import connect, push
from proxygraph.ontology import Claim, Entity, Source, load_ontology

# Share of entities by type and of claims by relation (roughly the shape of the real data).
ENTITIES = {
    "State": 1, "StateOrgan": 3, "ArmedGroup": 8, "Coalition": 1, "Person": 20, "Organization": 2,
    "Attack": 35, "Strike": 16, "Conflict": 1, "Settlement": 8, "Site": 4, "Region": 1,
}
CLAIMS = {
    "backs": 9, "member_of": 3, "part_of": 1, "leads": 4, "allied_with": 2, "hostile_to": 2,
    "sanctioned": 3, "perpetrated": 40, "targeted": 9, "killed": 5, "located_in": 15,
    "retaliation_for": 3, "part_of_event": 4,
}
MODALITIES = ["asserted", "reported", "claimed_responsibility", "blamed", "suspected"]
DAY0 = dt.date(2015, 1, 1)


def synthetic_graph(n_entities: int, n_claims: int, seed: int = 7) -> ClaimGraph:
    """A random, valid claim graph of about `n_entities` entities and `n_claims` claims (1% denials)."""
    rnd = random.Random(seed)
    onto = load_ontology()
    total = sum(ENTITIES.values())
    graph = ClaimGraph(onto)
    sources = [Source(f"s{i}", f"Outlet {i % 50}", f"Report {i}", f"https://example.org/{i}",
                      DAY0 + dt.timedelta(days=rnd.randrange(3650))) for i in range(max(10, n_claims // 100))]
    entities, by_type = [], {}
    for etype, share in ENTITIES.items():
        for i in range(max(2, n_entities * share // total)):
            props = {"date": DAY0 + dt.timedelta(days=rnd.randrange(3650)), "fatalities": rnd.randrange(50)} \
                if onto.is_a(etype, "Event") else {}
            e = Entity(f"{etype.lower()}-{i}", etype, f"{etype} {i}", (f"{etype[:3]}{i}",), {}, props)
            entities.append(e)
            by_type.setdefault(etype, []).append(e.id)
    graph.apply([*sources, *entities])
    ends = {}
    for rel in onto.relations.values():
        subjects = [i for t, ids in by_type.items() if rel.allows_subject(t) for i in ids]
        objects = [i for t, ids in by_type.items() if rel.allows_object(t) for i in ids]
        ends[rel.name] = (subjects, objects)
    predicates = [p for p, w in CLAIMS.items() for _ in range(w)]
    claims: list[Claim] = []
    for i in range(n_claims):
        if i % 100 == 99 and claims:  # a denial of an earlier claim, about the same relation
            target = claims[rnd.randrange(len(claims))]
            if target.modality != "denied":
                claims.append(target.with_(id=f"c{i}", modality="denied", claimant="reporter", denies=(target.id,),
                                           evidence=f"Denial {i}.", attributes={}))
                continue
        predicate = rnd.choice(predicates)
        subjects, objects = ends[predicate]
        attributes = {"support": rnd.sample(["arms", "funds", "trains", "advises"], 2)} if predicate == "backs" else {}
        claims.append(Claim(
            id=f"c{i}", subject=rnd.choice(subjects), predicate=predicate, object=rnd.choice(objects),
            claimant="reporter", modality=rnd.choice(MODALITIES), source=rnd.choice(sources).id,
            evidence=f"Evidence sentence number {i} of the synthetic graph.", grade=rnd.choice(["A1", "B2", "C3"]),
            valid_from=DAY0 + dt.timedelta(days=rnd.randrange(3650)), attributes=attributes,
        ))
    graph.apply(claims)
    return graph


def naive_push(graph: ClaimGraph, driver, claims: list[Claim]) -> float:
    """One auto-commit statement per claim; returns the seconds taken."""
    started = time.perf_counter()
    with driver.session() as session:
        for c in claims:
            session.run(
                "MATCH (s:Entity {id: $s}) MATCH (o:Entity {id: $o}) "
                f"MERGE (s)-[r:`{relationship_type(c.predicate)}` {{id: $id}}]->(o) SET r = $props",
                s=c.subject, o=c.object, id=c.id,
                props=claim_props(c, float(graph.weight(c)), graph.is_contested(c.id)),
            ).consume()
    return time.perf_counter() - started


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--naive", type=int, default=10_000, help="claims pushed one statement per row")
    ap.add_argument("--batch-size", type=int, default=10_000)
    ap.add_argument("--warmup", type=int, default=0,
                    help="claims pushed batched (untimed, then removed) before the timed push; default 0")
    ap.add_argument("--uri", help="an existing Neo4j to use (its database is emptied!) instead of a throw-away one")
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--pagecache", default="1g")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    graph = synthetic_graph(args.entities, args.claims)
    print(f"graph: {graph.number_of_entities():,} entities, {len(graph.sources):,} sources, "
          f"{graph.number_of_claims():,} claims (built in {time.perf_counter() - t:.0f}s)", flush=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start", flush=True)
    if args.uri:
        return run(graph, connect(args.uri), args)
    with neo4j_server.temporary_server(heap=args.heap, pagecache=args.pagecache, java_options=()) as server:
        print(f"server: {server.uri} (heap {args.heap}, page cache {args.pagecache})", flush=True)
        with connect(server.uri) as driver:
            return run(graph, driver, args)


def run(graph: ClaimGraph, driver, args) -> int:
    driver.execute_query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
    nodes_only = graph.copy()
    for c in list(nodes_only.claims()):
        nodes_only._write("claim", c.id, None)
    push(nodes_only, driver, batch_size=args.batch_size)
    picked = random.Random(1).sample(sorted(graph.claims(), key=lambda c: c.id), min(args.naive + 500, graph.number_of_claims()))
    warmup, sample = picked[:500], picked[500:]
    naive_push(graph, driver, warmup)  # untimed: the naive statements run on a warm server too
    driver.execute_query("MATCH ()-[r]->() DELETE r")
    naive_s = naive_push(graph, driver, sample)
    naive_rate = len(sample) / naive_s
    print(f"naive:   {len(sample):,} relationships in {naive_s:.1f}s = {naive_rate:,.0f} relationships/s", flush=True)

    if args.warmup:
        warm_graph = graph.copy()
        keep = {c.id for c in sorted(graph.claims(), key=lambda c: c.id)[: args.warmup]}
        for c in list(warm_graph.claims()):
            if c.id not in keep:
                warm_graph._write("claim", c.id, None)
        t = time.perf_counter()
        push(warm_graph, driver, batch_size=args.batch_size)
        print(f"warm-up: {warm_graph.number_of_claims():,} claims pushed batched in {time.perf_counter() - t:.1f}s "
              "(untimed, removed before the timed push)", flush=True)
    else:
        print("warm-up: none (the server has run only the naive statements)", flush=True)
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    report = push(graph, driver, batch_size=args.batch_size)
    rate = graph.number_of_claims() / report.seconds
    print(f"batched: {graph.number_of_claims():,} relationships (+ {graph.number_of_entities():,} entities, "
          f"{len(graph.sources):,} sources) in {report.seconds:.1f}s = {rate:,.0f} relationships/s "
          f"(whole push, schema included)", flush=True)
    count = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    assert count == graph.number_of_claims(), f"the database holds {count} relationships"
    ratio = rate / naive_rate
    print(f"ratio:   {ratio:.0f}x the naive rate; load average {os.getloadavg()[0]:.1f} at the end")
    ok = rate >= 20_000 and ratio >= 20
    print("targets (>= 20,000 relationships/s and >= 20x naive): " + ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
