"""Synthetic claim graphs of any size, for benchmarks and tests of the views.

>>> synthetic_graph(50).number_of_entities()
50
"""

from __future__ import annotations

import datetime as dt
import random

from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import Claim, Entity, Source

__all__ = ["synthetic_graph"]

ACTOR_TYPES = ["State", "ArmedGroup", "Person", "Coalition", "StateOrgan", "Organization"]
MODALITIES = ["asserted", "reported", "blamed", "suspected", "claimed_responsibility"]


def synthetic_graph(n: int, seed: int = 1) -> ClaimGraph:
    """`n` entities (actors and attacks), about 1.5 claims per entity, hubs by preferential attachment."""
    rng = random.Random(seed)
    records: list = [Source(f"s{i}", f"Outlet {i}", f"Report {i}", f"https://example.org/{i}",
                            dt.date(2023, 1, 1) + dt.timedelta(days=7 * i)) for i in range(40)]
    actors, attacks, targets = [], [], []
    for i in range(n):
        if i % 5 == 4:
            records.append(Entity(f"a{i}", "Attack", f"Attack {i}"))
            attacks.append(f"a{i}")
        else:
            records.append(Entity(f"e{i}", ACTOR_TYPES[i % len(ACTOR_TYPES)], f"Actor {i}", aliases=(f"Alias {i}",)))
            actors.append(f"e{i}")
    states = [a for i, a in enumerate(actors) if ACTOR_TYPES[int(a[1:]) % len(ACTOR_TYPES)] == "State"] or ["reporter"]

    def claim(s, p, o, k):
        return Claim.from_dict({
            "subject": s, "predicate": p, "object": o, "claimant": rng.choice(["reporter", rng.choice(states)]),
            "modality": rng.choice(MODALITIES) if p == "perpetrated" else rng.choice(MODALITIES[:4]),
            "source": f"s{rng.randrange(40)}", "evidence": f"Evidence sentence number {k}.", "grade": "B2",
        })

    k = 0
    for i, a in enumerate(actors[1:], start=1):
        target = rng.choice(targets) if targets and rng.random() < 0.7 else actors[rng.randrange(i)]
        targets += [target, a]
        records.append(claim(target, "backs", a, k))
        k += 1
    for t in attacks:
        records.append(claim(rng.choice(actors), "perpetrated", t, k))
        k += 1
    for _ in range(n // 3):
        a, b = rng.sample(actors, 2)
        records.append(claim(a, "allied_with", b, k))
        k += 1
    g = ClaimGraph()
    g.apply(records)
    return g
