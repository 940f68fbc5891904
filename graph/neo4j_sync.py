"""The claim graph in Neo4j: connect, push, pull, and run Cypher.

The database follows the Neo4j graph model of ``docs/contributing-areas.md`` (labels, types and
properties in :mod:`proxygraph.graph.neo4j_model`); :func:`push` (in
:mod:`proxygraph.graph.neo4j_push`) writes a claim graph into it, :func:`pull` reads one back, and
:func:`run_cypher` runs a query with its parameters.

>>> driver = connect()                                   # doctest: +SKIP
>>> push(mini_graph, driver).summary()                   # doctest: +SKIP
'3 entities, 2 sources, 3 claims pushed; 0 nodes and 0 relationships pruned (0.2s)'
>>> run_cypher(driver, "MATCH (s:State)-[:BACKS]->(g) RETURN s, g.name")   # doctest: +SKIP
(['s', 'g.name'], [['iran', 'Kataib Hezbollah']])
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable

import neo4j
from neo4j import exceptions as nx_exc
from neo4j.graph import Node, Path, Relationship

from proxygraph.graph import neo4j_server
from proxygraph.graph.neo4j_model import (
    EXT_PREFIX,
    MERGED_IDS,
    entity_labels,
    relationship_type,
    schema_statements,
)
from proxygraph.graph.neo4j_model import one_line as _one_line
from proxygraph.graph.neo4j_push import PushReport, push
from proxygraph.graph.neo4j_server import CypherError, Neo4jUnavailableError
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
