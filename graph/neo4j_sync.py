"""The claim graph in Neo4j: connect, push, pull, and run Cypher.

The database follows the Neo4j graph model of ``docs/contributing-areas.md``: entities are nodes
with every label of their type's ancestry (``:Entity:Actor:ArmedGroup``), sources are ``:Source``
nodes, and each claim is a relationship from subject to object typed by its predicate in upper case
(``BACKS``) carrying the claim's properties. Writes are batched ``UNWIND $rows ...`` statements
(``MERGE`` for nodes; for claims ``CREATE``, or ``MATCH`` by claim id and ``SET`` for those already
there), one per label or relation type; data only ever travels as parameters (the labels and
types in the text come from the ontology, not from the data).

>>> driver = connect()                                   # doctest: +SKIP
>>> push(mini_graph, driver).summary()                   # doctest: +SKIP
'3 entities, 2 sources, 3 claims pushed; 0 nodes and 0 relationships pruned (0.2s)'
>>> run_cypher(driver, "MATCH (s:State)-[:BACKS]->(g) RETURN s, g.name")   # doctest: +SKIP
(['s', 'g.name'], [['iran', 'Kataib Hezbollah']])
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import neo4j
from neo4j import exceptions as nx_exc
from neo4j.graph import Node, Path, Relationship

try:  # the driver's wire form of a value; see _wire_props
    from neo4j._codec.packstream import Structure as _Structure
except ImportError:  # pragma: no cover - a driver that moved it: dates then go through its hooks
    _Structure = None

from proxygraph.graph import neo4j_server
from proxygraph.graph.neo4j_server import CypherError, Neo4jUnavailableError, PushError
from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import Claim, Entity, Ontology, Source

__all__ = [
    "connect",
    "push",
    "pull",
    "run_cypher",
    "schema_statements",
    "entity_labels",
    "relationship_type",
    "PushReport",
    "EXT_PREFIX",
    "MERGED_IDS",
]

EXT_PREFIX = "ext_"
# The ids merged into an entity (its redirects), so a pull gives back the same graph.
MERGED_IDS = "merged_ids"
BATCH_SIZE = 10_000
# Claim transactions running at once: creating relationships takes its locks at commit, in
# order, so two writers rarely wait on each other, and the server works on both cores.
WRITERS = 2
_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


# -- connecting and querying -------------------------------------------------------------------------


def connect(uri: str | None = None, user: str | None = None, password: str | None = None) -> neo4j.Driver:
    """A driver for the Neo4j at `uri` (default ``$NEO4J_URI``, else the server that
    ``proxygraph neo4j start`` runs), checked to answer; credentials default to ``$NEO4J_USER``
    and ``$NEO4J_PASSWORD``. Raises :class:`Neo4jUnavailableError` when nothing answers.
    """
    uri = uri or os.environ.get("NEO4J_URI")
    user = user or os.environ.get("NEO4J_USER")
    password = password or os.environ.get("NEO4J_PASSWORD")
    if not uri:
        local = neo4j_server.status()
        if not local.running:
            raise Neo4jUnavailableError(
                "no Neo4j to talk to: start one with 'proxygraph neo4j start', "
                "or give the URI of a running one with --uri or NEO4J_URI"
            )
        uri = local.uri
    auth = (user or "neo4j", password or "") if (user or password) else None
    try:
        # Notifications (performance hints, deprecations) would be logged as multi-line
        # warnings under every answer; the server is asked not to send them.
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=10, notifications_min_severity="OFF")
    except (ValueError, nx_exc.ConfigurationError) as e:
        raise Neo4jUnavailableError(f"'{uri}' is not a Neo4j URI: {e}") from None
    try:
        driver.verify_connectivity()
    except nx_exc.AuthError as e:
        driver.close()
        raise Neo4jUnavailableError(f"Neo4j at {uri} refused the credentials: {_one_line(e)}") from None
    except (nx_exc.DriverError, nx_exc.Neo4jError, OSError) as e:
        driver.close()
        raise Neo4jUnavailableError(f"cannot reach Neo4j at {uri}: {_one_line(e)}") from None
    return driver


def run_cypher(driver: neo4j.Driver, query: str, params: dict | None = None) -> tuple[list[str], list[list]]:
    """Run one Cypher query; returns its column names and rows of plain JSON-able values.

    Nodes and relationships come back as their ``id`` property, Neo4j dates and times as ISO
    strings, lists and maps as lists and dicts. A refused query raises :class:`CypherError`
    with Neo4j's message on one line.
    """
    try:
        with driver.session() as session:
            result = session.run(query, params or {})
            columns = list(result.keys())
            rows = [[_plain(v) for v in record.values()] for record in result]
    except nx_exc.CypherSyntaxError as e:  # its later lines repeat the query and point at the error
        raise CypherError(f"Cypher syntax error: {_one_line(e, first_only=True)}") from None
    except (nx_exc.ServiceUnavailable, nx_exc.SessionExpired) as e:
        raise Neo4jUnavailableError(f"lost Neo4j while running the query: {_one_line(e)}") from None
    except nx_exc.ClientError as e:
        raise CypherError(f"Neo4j refused the query: {_one_line(e)}") from None
    except nx_exc.Neo4jError as e:
        raise CypherError(f"Neo4j failed to run the query: {_one_line(e)}") from None
    except (TypeError, ValueError) as e:  # a parameter the driver cannot send
        raise CypherError(f"cannot send the query's parameters to Neo4j: {e}") from None
    return columns, rows


# -- the model: labels, types, constraints -------------------------------------------------------------


def entity_labels(ontology: Ontology, type_name: str) -> list[str]:
    """The labels of an entity of `type_name`: its ancestry, root first (``Entity, Actor, State``)."""
    return [_checked_name(t) for t in ontology.entity_type(type_name).ancestry]


def relationship_type(predicate: str) -> str:
    """The relationship type of a predicate: ``backs`` -> ``BACKS``."""
    return _checked_name(predicate.upper())


def schema_statements(ontology: Ontology) -> list[str]:
    """Constraints and indexes derived from the ontology (all ``IF NOT EXISTS``).

    Entity and source ids are unique (a seek for ``MATCH (:Entity {id: $x})``), entity names are
    indexed, and each claim's id is unique within its relationship type (a seek by claim id).
    """
    out = [
        "CREATE CONSTRAINT pg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT pg_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX pg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    ]
    for predicate in ontology.relations:
        rtype = relationship_type(predicate)
        out.append(
            f"CREATE CONSTRAINT pg_{rtype.lower()}_id IF NOT EXISTS "
            f"FOR ()-[r:`{rtype}`]-() REQUIRE r.id IS UNIQUE"
        )
    return out


# -- push ------------------------------------------------------------------------------------------------


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
    report = PushReport(sources=len(graph.sources))
    writer = _Writer(driver, batch_size, writers)
    writer.schema(schema_statements(graph.ontology))
    existing = _existing_claims(graph, writer, prune)
    if prune:
        report.pruned_relationships, report.pruned_nodes = _prune(graph, writer, existing)
    with ThreadPoolExecutor(1) as pool:
        # The claims' rows are built while the nodes are written (that thread mostly waits).
        claim_statements = pool.submit(lambda: list(_claim_statements(graph, existing.kept)))
        writer.write(
            "sources",
            "UNWIND $rows AS row MERGE (n:Source {id: row.id}) SET n = row.props",
            _no_gc(lambda: [{"id": s.id, "props": _wire_props(_source_props(s))} for s in graph.sources.values()]),
        )
        for what, statement, rows in _entity_statements(graph):
            writer.write(what, statement, rows)
            report.entities += len(rows)
        claims = claim_statements.result()
        writer.flush()  # every node is in before the claims that need them
        with writer.concurrently():
            for what, statement, rows in claims:
                writer.write(what, statement, rows, expect_all=True)
                report.claims += len(rows)
    writer.flush()
    report.seconds = time.perf_counter() - started
    return report


def _entity_statements(graph: ClaimGraph) -> Iterator[tuple[str, str, list[dict]]]:
    """One MERGE per entity type: its labels set, every other ontology label removed."""
    onto = graph.ontology
    merged = defaultdict(list)
    for old, new in graph.redirects.items():
        merged[new].append(old)
    by_type: dict[str, list[dict]] = defaultdict(list)

    def build() -> None:
        for e in graph.entities():
            by_type[e.type].append({"id": e.id, "props": _wire_props(_entity_props(e, sorted(merged.get(e.id, ()))))})

    _no_gc(build)
    all_labels = sorted({label for t in onto.entity_types.values() if "Entity" in t.ancestry for label in t.ancestry})
    for type_name, rows in sorted(by_type.items()):
        labels = entity_labels(onto, type_name)
        others = [label for label in all_labels if label not in labels]
        statement = (
            "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props "
            f"SET n{''.join(f':`{label}`' for label in labels)}"
            + (f" REMOVE n{''.join(f':`{label}`' for label in others)}" if others else "")
        )
        yield f"entities of type {type_name}", statement, rows


def _claim_statements(graph: ClaimGraph, kept: set[str] = frozenset()) -> Iterator[tuple[str, str, list[dict]]]:
    """Per relation type, two statements: one updating the claims in `kept` (already in the
    database, with the same type and ends), found by their id; one creating the others between
    their subject and object nodes. Both count the relationships they wrote."""
    weights: dict[str, float] = {}
    updates: dict[str, list[dict]] = defaultdict(list)
    creates: dict[str, list[dict]] = defaultdict(list)

    def build() -> None:
        for c in graph.claims():
            if c.grade not in weights:
                weights[c.grade] = float(graph.weight(c))
            props = _wire_props(_claim_props(c, weights[c.grade], graph.is_contested(c.id)))
            if c.id in kept:
                updates[c.predicate].append({"id": c.id, "props": props})
            else:
                creates[c.predicate].append({"s": c.subject, "o": c.object, "props": props})

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
            rows = sorted(creates[predicate], key=lambda row: row["s"])
            yield (
                f"'{predicate}' claims",
                "UNWIND $rows AS row MATCH (s:Entity {id: row.s}) MATCH (o:Entity {id: row.o}) "
                f"CREATE (s)-[r:`{rtype}`]->(o) SET r = row.props RETURN count(r) AS written",
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
                record = tx.run(statement, rows=rows).single()
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
                f"committed): lost Neo4j: {_one_line(e)}; start it again and rerun the push, it "
                "completes what is missing"
            ) from None
        except nx_exc.Neo4jError as e:
            raise PushError(
                f"the push stopped midway while {self._doing(what)} ({self.batches} transactions "
                f"committed): Neo4j refused it: {_one_line(e)}; fix that and rerun the push, it "
                "completes what is missing"
            ) from None

    def _doing(self, what: str) -> str:
        return f"{what} {self.current}" if self.current else what


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


def _prune(graph: ClaimGraph, writer: _Writer, existing: _Existing) -> tuple[int, int]:
    """Remove claims, entities and sources the graph no longer has (or that moved)."""

    def read(session):
        nodes = {}
        for label, have in (("Entity", graph.nx), ("Source", graph.sources)):
            ids = session.run(f"MATCH (n:{label}) WHERE n.id IS NOT NULL RETURN n.id AS id").value("id")
            nodes[label] = [i for i in ids if i not in have]
        return nodes

    nodes = writer._guard("reading what the database holds", read)
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


def _entity_props(e: Entity, merged_ids: list[str]) -> dict:
    props = {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)}
    for key, value in e.external_ids.items():
        props[f"{EXT_PREFIX}{key}"] = value
    for key, value in e.properties.items():
        if value is not None:
            props[key] = list(value) if isinstance(value, tuple) else value
    if merged_ids:
        props[MERGED_IDS] = merged_ids
    return props


def _source_props(s: Source) -> dict:
    props = {"id": s.id, "outlet": s.outlet, "title": s.title, "url": s.url, "published": s.published, "author": s.author}
    return {k: v for k, v in props.items() if v is not None}


def _claim_props(c: Claim, weight: float, contested: bool) -> dict:
    props = {
        "id": c.id, "claimant": c.claimant, "modality": c.modality, "source": c.source,
        "evidence": c.evidence, "stated": c.stated, "valid_from": c.valid_from, "valid_to": c.valid_to,
        "grade": c.grade, "weight": weight, "denies": list(c.denies),
        "contested": contested, "evidence_start": c.evidence_start, "evidence_end": c.evidence_end,
    }
    for key, value in c.attributes.items():
        props[key] = list(value) if isinstance(value, (list, tuple)) else value
    return {k: v for k, v in props.items() if v is not None}


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
            props[key] = _Structure(b"D", value.toordinal() - _EPOCH_ORDINAL)
    return props


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


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


# -- pull ------------------------------------------------------------------------------------------------


def pull(driver: neo4j.Driver, ontology: Ontology | None = None) -> ClaimGraph:
    """Read a database written by :func:`push` back into a claim graph (checked like any load).

    Properties outside the model (added by hand in Neo4j) are ignored; records the ontology
    refuses raise :class:`~proxygraph.ontology.InvalidDataError` naming them.
    """
    graph = ClaimGraph(ontology)
    onto = graph.ontology
    predicates = {relationship_type(p): p for p in onto.relations}
    try:
        with driver.session() as session:
            sources = [_source(p) for p in session.run(
                "MATCH (n:Source) RETURN properties(n) AS p ORDER BY n.id").value("p")]
            entity_rows = session.run("MATCH (n:Entity) RETURN properties(n) AS p ORDER BY n.id").value("p")
            claim_rows = session.run(
                "MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) IN $types "
                "RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS p ORDER BY r.id",
                types=list(predicates),
            ).data()
    except (nx_exc.ServiceUnavailable, nx_exc.SessionExpired) as e:
        raise Neo4jUnavailableError(f"lost Neo4j while pulling: {_one_line(e)}") from None
    except nx_exc.Neo4jError as e:
        raise CypherError(f"Neo4j refused the pull: {_one_line(e)}") from None
    entities = [_entity(onto, _native(p)) for p in entity_rows]
    claims = [_claim(onto, predicates[r["t"]], r["s"], r["o"], _native(r["p"])) for r in claim_rows]
    graph.apply([*sources, *entities, *claims], source_name="the Neo4j database")
    for e, p in zip(entities, entity_rows):
        for old in p.get(MERGED_IDS) or ():
            graph.add_redirect(old, e.id)
    return graph


def _source(p: dict) -> Source:
    p = _native(p)
    return Source(p.get("id"), p.get("outlet"), p.get("title"), p.get("url"), p.get("published"), p.get("author"))


def _entity(onto: Ontology, p: dict) -> Entity:
    etype = onto.entity_types.get(p.get("type"))
    known = etype.properties if etype else {}
    return Entity(
        id=p.get("id"),
        type=p.get("type"),
        name=p.get("name"),
        aliases=tuple(p.get("aliases") or ()),
        external_ids={k[len(EXT_PREFIX):]: v for k, v in sorted(p.items()) if k.startswith(EXT_PREFIX)},
        properties={k: v for k, v in p.items() if k in known},
    )


def _claim(onto: Ontology, predicate: str, subject: str, obj: str, p: dict) -> Claim:
    attributes = onto.relations[predicate].attributes
    return Claim(
        id=p.get("id"), subject=subject, predicate=predicate, object=obj,
        claimant=p.get("claimant"), modality=p.get("modality"), source=p.get("source"),
        evidence=p.get("evidence"), grade=p.get("grade"),
        stated=p.get("stated"), valid_from=p.get("valid_from"), valid_to=p.get("valid_to"),
        attributes={k: v for k, v in p.items() if k in attributes},
        denies=tuple(p.get("denies") or ()),
        evidence_start=p.get("evidence_start"), evidence_end=p.get("evidence_end"),
    )


# -- values ------------------------------------------------------------------------------------------------


def _native(value):
    """Neo4j values as the Python values records hold (``neo4j.time.Date`` -> ``datetime.date``)."""
    if isinstance(value, dict):
        return {k: _native(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_native(v) for v in value]
    if isinstance(value, neo4j.time.Date):
        return value.to_native()
    return value


def _plain(value):
    """A query result value as plain JSON-able data (entities by id, dates as ISO text)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (Node, Relationship)):
        return value.get("id", value.element_id)
    if isinstance(value, Path):
        out = [_plain(value.start_node)]
        for rel in value.relationships:
            out += [_plain(rel), _plain(rel.end_node)]
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Iterable):  # spatial points
        return list(value)
    return str(value)


def _one_line(error: BaseException, first_only: bool = False) -> str:
    message = (getattr(error, "message", None) or str(error)).strip() or type(error).__name__
    if first_only:
        message = message.splitlines()[0]
    return " ".join(message.split())


def _checked_name(name: str) -> str:
    # Labels and relationship types are written into Cypher text, so only plain names pass.
    if not _NAME_RE.match(name):
        raise PushError(f"'{name}' cannot be a Neo4j label or relationship type")
    return name
