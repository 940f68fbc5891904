"""Push a claim graph into Neo4j: batched, idempotent, and completed by the next push when cut off.

Writes are ``UNWIND $rows ...`` statements, one per label or relation type, with the data only
ever in parameters. Nodes are created when the database does not hold them yet and merged (by
id) when it does; claims are created between their nodes, or found by their id and updated
when the database already holds them. The shape is :mod:`proxygraph.graph.neo4j_model`'s.

>>> push(mini_graph, driver).summary()                   # doctest: +SKIP
'3 entities, 2 sources, 3 claims pushed; 0 nodes and 0 relationships pruned (0.2s)'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from operator import itemgetter

import neo4j
from neo4j import exceptions as nx_exc

try:  # the driver's wire form of a value; see _wire_props
    from neo4j._codec.packstream import Structure as _Structure
except ImportError:  # pragma: no cover - a driver that moved it: dates then go through its hooks
    _Structure = None

from proxygraph.graph.neo4j_model import (
    claim_keys,
    claim_props,
    claim_values,
    entity_labels,
    entity_props,
    one_line,
    relationship_type,
    schema_statements,
    source_props,
)
from proxygraph.graph.neo4j_server import PushError
from proxygraph.graph.store import ClaimGraph

__all__ = ["push", "PushReport", "BATCH_SIZE", "WRITERS"]

BATCH_SIZE = 10_000
# Claim transactions running at once: creating relationships takes its locks at commit, in
# order, so two writers rarely wait on each other, and the server works on both cores.
WRITERS = 2


@dataclass
class PushReport:
    """What a push wrote and removed, and how long it took."""

    entities: int = 0
    sources: int = 0
    claims: int = 0
    pruned_nodes: int = 0
    pruned_relationships: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.entities} entities, {self.sources} sources, {self.claims} claims pushed; "
            f"{self.pruned_nodes} nodes and {self.pruned_relationships} relationships pruned "
            f"({self.seconds:.1f}s)"
        )


def push(
    graph: ClaimGraph, driver: neo4j.Driver, batch_size: int = BATCH_SIZE, prune: bool = True, writers: int = WRITERS
) -> PushReport:
    """Make the database hold `graph`: schema, then sources, entities and claims, batched.

    Nodes are written with a ``MERGE`` on their id. Claims are written knowing which ones the
    database already holds (read once, at the start): those are updated in place (a ``MATCH``
    on the claim id, then ``SET``), the others created (a ``CREATE`` between the two nodes,
    much cheaper than a ``MERGE`` that has to look at the relationships already there). So
    pushing twice changes nothing, and a push that stopped midway is completed by the next
    one (whatever it had committed is read as existing). With `prune`, entities, sources and
    claims the graph no longer has are removed from the database (other nodes are left alone).
    """
    started = time.perf_counter()
    with _gc_frozen():
        report = _push(graph, driver, batch_size, prune, writers)
    report.seconds = time.perf_counter() - started
    return report


def _push(graph: ClaimGraph, driver: neo4j.Driver, batch_size: int, prune: bool, writers: int) -> PushReport:
    report = PushReport(sources=len(graph.sources))
    writer = _Writer(driver, batch_size, writers)
    writer.schema(schema_statements(graph.ontology))
    existing = _existing_claims(graph, writer, prune)
    nodes = _existing_nodes(writer)
    if prune:
        report.pruned_relationships, report.pruned_nodes = _prune(graph, writer, existing, nodes)
    with ThreadPoolExecutor(1) as pool:
        # The claims' rows are built while the nodes are written (that thread mostly waits).
        claim_statements = pool.submit(lambda: list(_claim_statements(graph, existing.kept)))
        for what, statement, rows in _source_statements(graph, nodes["Source"]):
            writer.write(what, statement, rows)
        for what, statement, rows in _entity_statements(graph, nodes["Entity"]):
            writer.write(what, statement, rows)
            report.entities += len(rows)
        claims = claim_statements.result()
        writer.flush()  # every node is in before the claims that need them
        with writer.concurrently():
            for what, statement, rows in claims:
                writer.write(what, statement, rows, expect_all=True)
                report.claims += len(rows)
    writer.flush()
    return report


def _source_statements(graph: ClaimGraph, present: set[str]) -> Iterator[tuple[str, str, list[dict]]]:
    """Sources the database holds (ids in `present`) updated by a MERGE, the others created."""
    rows = _no_gc(lambda: [{"id": s.id, "props": _wire_props(source_props(s))} for s in graph.sources.values()])
    old = [row for row in rows if row["id"] in present]
    new = [row for row in rows if row["id"] not in present]
    if old:
        yield "sources", "UNWIND $rows AS row MERGE (n:Source {id: row.id}) SET n = row.props", old
    if new:
        yield "sources", "UNWIND $rows AS row CREATE (n:Source) SET n = row.props", new


def _entity_statements(graph: ClaimGraph, present: set[str] = frozenset()) -> Iterator[tuple[str, str, list[dict]]]:
    """Per entity type, entities the database holds (ids in `present`) updated by a MERGE that
    sets their labels and removes every other ontology label; the others created with theirs
    (a ``CREATE`` need not look the id up first)."""
    onto = graph.ontology
    merged = defaultdict(list)
    for old, new in graph.redirects.items():
        merged[new].append(old)
    by_type: dict[str, list[dict]] = defaultdict(list)

    def build() -> None:
        for e in graph.entities():
            by_type[e.type].append({"id": e.id, "props": _wire_props(entity_props(e, sorted(merged.get(e.id, ()))))})

    _no_gc(build)
    all_labels = sorted({label for t in onto.entity_types.values() if "Entity" in t.ancestry for label in t.ancestry})
    for type_name, rows in sorted(by_type.items()):
        labels = entity_labels(onto, type_name)
        others = [label for label in all_labels if label not in labels]
        label_text = "".join(f":`{label}`" for label in labels)
        old = [row for row in rows if row["id"] in present]
        new = [row for row in rows if row["id"] not in present]
        if old:
            statement = (
                f"UNWIND $rows AS row MERGE (n:Entity {{id: row.id}}) SET n = row.props SET n{label_text}"
                + (f" REMOVE n{''.join(f':`{label}`' for label in others)}" if others else "")
            )
            yield f"entities of type {type_name}", statement, old
        if new:
            yield f"entities of type {type_name}", f"UNWIND $rows AS row CREATE (n{label_text}) SET n = row.props", new


def _claim_statements(graph: ClaimGraph, kept: set[str] = frozenset()) -> Iterator[tuple[str, str, list]]:
    """Per relation type, two statements: one updating the claims in `kept` (already in the
    database, with the same type and ends), found by their id; one creating the others between
    their subject and object nodes. Both count the relationships they wrote.

    A created claim travels as a list, ``[subject, object, *values]`` in the order of
    :func:`~proxygraph.graph.neo4j_model.claim_keys`: a third fewer bytes to pack, send and
    read than a map repeating the property names in every row; the ``CREATE`` names them once
    (a null value sets nothing)."""
    weights: dict[str, float] = {}
    keys = {p: claim_keys(graph.ontology, p) for p in graph.ontology.relations}
    updates: dict[str, list[dict]] = defaultdict(list)
    creates: dict[str, list[list]] = defaultdict(list)

    def build() -> None:
        for c in graph.claims():
            if c.grade not in weights:
                weights[c.grade] = float(graph.weight(c))
            contested = graph.is_contested(c.id)
            if c.id in kept:
                updates[c.predicate].append({"id": c.id, "props": _wire_props(claim_props(c, weights[c.grade], contested))})
            else:
                values = claim_values(c, weights[c.grade], contested, keys[c.predicate])
                creates[c.predicate].append([c.subject, c.object, *map(_wire_value, values)])

    _no_gc(build)
    for predicate in sorted({*updates, *creates}):
        rtype = relationship_type(predicate)
        if updates.get(predicate):
            yield (
                f"'{predicate}' claims",
                f"UNWIND $rows AS row MATCH ()-[r:`{rtype}` {{id: row.id}}]->() SET r = row.props "
                "RETURN count(r) AS written",
                updates[predicate],
            )
        if creates.get(predicate):
            # Sorted by subject, consecutive rows touch the same nodes (warm pages, fewer locks).
            rows = sorted(creates[predicate], key=itemgetter(0))
            props = ", ".join(f"{key}: row[{i}]" for i, key in enumerate(keys[predicate], start=2))
            yield (
                f"'{predicate}' claims",
                "UNWIND $rows AS row MATCH (s:Entity {id: row[0]}) MATCH (o:Entity {id: row[1]}) "
                f"CREATE (s)-[r:`{rtype}` {{{props}}}]->(o) RETURN count(r) AS written",
                rows,
            )


class _Writer:
    """Runs batched statements and explains failures.

    Rows go in chunks of at most `batch_size`; consecutive chunks share one transaction until
    it holds `batch_size` rows, so a small graph costs a few commits, not one per statement.
    Inside :meth:`concurrently`, up to `writers` transactions run at once (each in a session of
    its own); elsewhere one at a time, in order. A transaction Neo4j refuses as transient (a
    deadlock between two writers) was rolled back, and is run again.
    """

    RETRIES = 5

    def __init__(self, driver: neo4j.Driver, batch_size: int, writers: int = 1):
        self.driver = driver
        self.batch_size = max(1, batch_size)
        self.writers = max(1, writers)
        self.pending: list[tuple[str, str, list, bool]] = []
        self.pending_rows = 0
        self.batches = 0
        self._local = threading.local()
        self._pool: ThreadPoolExecutor | None = None
        self._running: list[Future] = []

    @property
    def current(self) -> str:
        return getattr(self._local, "current", "")

    @current.setter
    def current(self, value: str) -> None:
        self._local.current = value

    def schema(self, statements: list[str]) -> None:
        """Create the constraints and indexes the database does not have yet (by name)."""
        def existing(session) -> set[str]:
            return {*session.run("SHOW CONSTRAINTS YIELD name").value("name"),
                    *session.run("SHOW INDEXES YIELD name").value("name")}

        def create(session, missing: list[str]) -> None:
            with session.begin_transaction() as tx:  # one schema transaction, not one per statement
                for statement in missing:
                    tx.run(statement).consume()
                tx.commit()

        have = self._guard("reading the constraints and indexes", existing)
        missing = [st for st in statements if st.split()[2] not in have]
        if missing:
            self._guard("setting up constraints and indexes", lambda s: create(s, missing))

    def write(self, what: str, statement: str, rows: list, expect_all: bool = False) -> None:
        for start in range(0, len(rows), self.batch_size):
            chunk = rows[start:start + self.batch_size]
            if self.pending and self.pending_rows + len(chunk) > self.batch_size:
                self.flush()
            self.pending.append((what, statement, chunk, expect_all))
            self.pending_rows += len(chunk)

    @contextlib.contextmanager
    def concurrently(self):
        """Within it, transactions run `writers` at a time; all are done when it ends.

        Only for statements that may commit in any order (claims, once their nodes are in)."""
        self.flush()
        if self.writers == 1:
            yield
            self.flush()
            return
        self._pool = ThreadPoolExecutor(self.writers, thread_name_prefix="neo4j-push")
        try:
            yield
            self.flush()
        finally:
            pool, self._pool = self._pool, None
            try:
                self._wait(len(self._running))  # the first failure, once the others are done
            finally:
                pool.shutdown()

    def flush(self) -> None:
        if not self.pending:
            return
        pending, self.pending, self.pending_rows = self.pending, [], 0
        if self._pool is None:
            self._check(self._commit(pending))
            return
        if len(self._running) >= self.writers:
            self._wait(len(self._running) - self.writers + 1)
        self._running.append(self._pool.submit(self._commit, pending))

    def _wait(self, n: int) -> None:
        """Wait for the `n` oldest running transactions; raise the first failure once all of
        them are done (so no transaction is still running when the push reports it)."""
        done, self._running = self._running[:n], self._running[n:]
        failure = None
        for future in done:
            try:
                self._check(future.result())
            except BaseException as e:  # noqa: BLE001 - re-raised below
                failure = failure or e
        if failure is not None:
            rest, self._running = self._running, []
            for future in rest:
                with contextlib.suppress(BaseException):
                    future.result()
            raise failure

    def _commit(self, pending: list) -> list[tuple[str, int, int]]:
        def attempt(session):
            for retry in range(self.RETRIES + 1):
                try:
                    return self._run_batch(session, pending)
                except nx_exc.TransientError:  # rolled back (a deadlock): run it again
                    if retry == self.RETRIES:
                        raise
                    time.sleep(0.05 * (retry + 1))

        short = self._guard("writing", attempt)
        self.batches += 1
        return short

    def _check(self, short: list[tuple[str, int, int]]) -> None:
        if short:
            what, missing, total = short[0]
            raise PushError(
                f"the push stopped midway while writing {what}: {missing} of {total} claims found "
                "no subject or object node in the database (or, already there, vanished during the push); "
                "run the push again, it completes what is missing"
            )

    def _run_batch(self, session: neo4j.Session, pending: list) -> list[tuple[str, int, int]]:
        short = []
        with session.begin_transaction() as tx:
            for what, statement, rows, expect_all in pending:
                self.current = what
                record = tx.run(statement, rows=_Rows(rows)).single()
                if expect_all and record is not None and record["written"] != len(rows):
                    short.append((what, len(rows) - record["written"], len(rows)))
            tx.commit()
        return short

    def _guard(self, what: str, work):
        self.current = ""
        try:
            with self.driver.session() as session:
                return work(session)
        except (nx_exc.ServiceUnavailable, nx_exc.SessionExpired, OSError) as e:
            raise PushError(
                f"the push stopped midway while {self._doing(what)} ({self.batches} transactions "
                f"committed): lost Neo4j: {one_line(e)}; start it again and rerun the push, it "
                "completes what is missing"
            ) from None
        except nx_exc.Neo4jError as e:
            raise PushError(
                f"the push stopped midway while {self._doing(what)} ({self.batches} transactions "
                f"committed): Neo4j refused it: {one_line(e)}; fix that and rerun the push, it "
                "completes what is missing"
            ) from None

    def _doing(self, what: str) -> str:
        return f"{what} {self.current}" if self.current else what


class _Rows(list):
    """The rows of one statement, with a short ``repr``: the driver (6.x) formats every RUN
    message's parameters for its debug log even when that log is off, and the ``repr`` of ten
    thousand rows took 40% of a push's Python time. They are packed as any list."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


@dataclass
class _Existing:
    """The claims the database holds before a push: `kept` are the ids the graph has with the
    same relationship type and ends (updated in place), `stale` by type the others (pruned)."""

    kept: set[str]
    stale: dict[str, set[str]]


def _existing_claims(graph: ClaimGraph, writer: _Writer, prune: bool) -> _Existing:
    """Read the claim relationships the database holds (one pass, streamed), sorted against `graph`.

    A claim the database holds with another type or other ends is stale: pruned (with `prune`),
    then created anew. Without `prune` it stays, and the claim is created next to it, as a
    ``MERGE`` would do (a clash with a uniqueness constraint is reported like any refusal).
    """
    types = {relationship_type(p): p for p in graph.ontology.relations}
    kept: set[str] = set()
    stale: dict[str, set[str]] = defaultdict(set)

    def read(session):
        result = session.run(
            "MATCH (s)-[r]->(o) WHERE type(r) IN $types AND r.id IS NOT NULL "
            "RETURN r.id AS id, type(r) AS type, s.id AS s, o.id AS o",
            types=list(types),
        )
        for cid, rtype, s, o in result:
            claim = graph.claim(cid) if graph.has_claim(cid) else None
            if claim is not None and relationship_type(claim.predicate) == rtype and (claim.subject, claim.object) == (s, o):
                if cid in kept:  # twice in the database (written without the constraints): start afresh
                    kept.discard(cid)
                    stale[rtype].add(cid)
                elif cid not in stale[rtype]:
                    kept.add(cid)
            else:
                stale[rtype].add(cid)

    writer._guard("reading the claims the database holds", read)
    return _Existing(kept, {t: ids for t, ids in stale.items() if ids})


def _existing_nodes(writer: _Writer) -> dict[str, set[str]]:
    """The ids of the entity and source nodes the database holds."""

    def read(session):
        return {label: set(session.run(f"MATCH (n:{label}) WHERE n.id IS NOT NULL RETURN n.id AS id").value("id"))
                for label in ("Entity", "Source")}

    return writer._guard("reading what the database holds", read)


def _prune(graph: ClaimGraph, writer: _Writer, existing: _Existing, present: dict[str, set[str]]) -> tuple[int, int]:
    """Remove claims, entities and sources the graph no longer has (or that moved); the ids
    removed leave `present`."""
    nodes = {}
    for label, have in (("Entity", graph.nx), ("Source", graph.sources)):
        nodes[label] = sorted(i for i in present[label] if i not in have)
        present[label].difference_update(nodes[label])
    pruned_rels = 0
    for rtype, ids in existing.stale.items():
        ids = sorted(set(ids))
        writer.write(f"removing stale {rtype} claims",
                     f"UNWIND $rows AS id MATCH ()-[r:`{rtype}` {{id: id}}]->() DELETE r", ids)
        pruned_rels += len(ids)
    for label, ids in nodes.items():
        writer.write(f"removing stale {label} nodes",
                     f"UNWIND $rows AS id MATCH (n:{label} {{id: id}}) DETACH DELETE n", ids)
    return pruned_rels, sum(len(ids) for ids in nodes.values())


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def _wire_props(props: dict) -> dict:
    """`props` with its dates as the structure the driver sends for them (days since 1970).

    The same bytes on the wire and the same Neo4j ``date`` in the database as a
    ``datetime.date`` gives, without the driver's per-value Python hook, which costs more than
    packing the whole rest of a claim; a driver without the structure gets the dates as they are.
    """
    if _Structure is None:
        return props
    for key, value in props.items():
        if type(value) is dt.date:
            props[key] = _wire_value(value)
    return props


def _wire_value(value):
    """One value as :func:`_wire_props` sends it."""
    if type(value) is dt.date and _Structure is not None:
        return _Structure(b"D", value.toordinal() - _EPOCH_ORDINAL)
    return value


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False
_gc_freezes = 0


@contextlib.contextmanager
def _gc_frozen():
    """Keep the objects alive when a push starts (the whole claim graph, millions of them for a
    big one) out of the cyclic collector's sight until it ends: the driver's short-lived garbage
    would otherwise make the collector walk them all again and again (Python CPU of a push of a
    million claims: 81 s without, 62 s with). Nested and concurrent pushes share one freeze."""
    global _gc_freezes
    with _gc_lock:
        if _gc_freezes == 0:
            gc.freeze()
        _gc_freezes += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_freezes -= 1
            if _gc_freezes == 0:
                gc.unfreeze()


def _no_gc(build):
    """Run `build()` with Python's cyclic garbage collector paused: building a million rows of
    fresh dicts (none of them cyclic) otherwise sets it off again and again, for nothing. The
    collector is global: it comes back when the last of the builds running at once is done."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        return build()
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()
