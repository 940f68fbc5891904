"""The query catalogue: named analyst questions, each as SPARQL and as Cypher (``catalogue.yaml``).

The catalogue is loaded and checked once: every query names its parameters and columns, its
SPARQL parses and projects every parameter (Oxigraph binds only projected variables) and every
column, and its Cypher uses every parameter as ``$name``. Parameters are typed and always passed
as bound values, never spliced into the query text.

>>> from proxygraph.graph.store import ClaimGraph
>>> cat = load_catalogue()
>>> "who-is-blamed" in cat.queries
True
>>> cat.run_sparql("contested-claims", ClaimGraph()).rows
[]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from rdflib import Graph, Literal
from rdflib.namespace import XSD

from proxygraph.graph.rdf import PG, entity_iri
from proxygraph.graph.sparql import DEFAULT_TIMEOUT, PREFIXES, QueryResult, rdf_store, run
from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import InvalidValueError, NotFoundError, OntologyError, load_ontology, parse_date
from proxygraph.ontology.yamlio import load_yaml

__all__ = ["PARAM_TYPES", "Param", "NamedQuery", "Catalogue", "load_catalogue"]

PARAM_TYPES = ("entity", "claimant", "date", "string", "integer")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str = ""
    default: object = None


@dataclass(frozen=True)
class NamedQuery:
    """One analyst question: its parameters, result columns, SPARQL and Cypher."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    sparql: str
    cypher: str
    ordered: bool = False

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise InvalidValueError(f"query '{self.name}' has no parameter '{name}'; its parameters: {known}")


class Catalogue:
    """The named queries, and running them with typed, bound parameters."""

    def __init__(self, queries: dict[str, NamedQuery]):
        self.queries = queries

    def __iter__(self):
        return iter(self.queries.values())

    def get(self, name: str) -> NamedQuery:
        try:
            return self.queries[name]
        except KeyError:
            raise NotFoundError(f"no query named '{name}'; known: {', '.join(self.queries)}") from None

    def values(self, name: str, raw: Mapping[str, object], graph: ClaimGraph | None = None) -> dict:
        """Typed parameter values from loose input (CLI text): entities resolved by id, name or alias.

        Every parameter must be given or have a default; unknown names are errors.
        """
        query = self.get(name)
        for key in raw:
            query.param(key)
        out = {}
        for p in query.params:
            value = raw.get(p.name, p.default)
            if value is None:
                raise InvalidValueError(f"query '{name}' needs --param {p.name}=... ({p.description})")
            out[p.name] = _typed(p, value, graph)
        return out

    def sparql_bindings(self, name: str, values: Mapping[str, object]) -> dict:
        """The values as RDF terms for ``initBindings`` (an entity as its IRI, a date as xsd:date)."""
        query = self.get(name)
        return {p.name: _term(p, values[p.name]) for p in query.params}

    def cypher_params(self, name: str, values: Mapping[str, object]) -> dict:
        """The values as Cypher ``$params`` (an entity as its id, a date as a date)."""
        query = self.get(name)
        return {p.name: values[p.name] for p in query.params}

    def run_sparql(
        self,
        name: str,
        rdf: Graph | ClaimGraph,
        params: Mapping[str, object] | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        backend: str = "oxigraph",
    ) -> QueryResult:
        """Run a named query's SPARQL on `rdf` (a claim graph is put on `backend` first)."""
        graph = rdf if isinstance(rdf, ClaimGraph) else None
        if graph is not None:
            rdf = rdf_store(graph, backend)
        query = self.get(name)
        values = self.values(name, params or {}, graph)
        result = run(rdf, query.sparql, self.sparql_bindings(name, values), timeout)
        index = [result.columns.index(c) for c in query.columns]
        return QueryResult(list(query.columns), [tuple(row[i] for i in index) for row in result.rows])

    def run_cypher(self, name: str, driver, params: Mapping[str, object] | None = None) -> QueryResult:
        """Run a named query's Cypher through the Neo4j sync's ``run_cypher`` (ids as params)."""
        from proxygraph.graph.neo4j_sync import run_cypher

        query = self.get(name)
        values = self.values(name, params or {})
        columns, rows = run_cypher(driver, query.cypher, self.cypher_params(name, values))
        return QueryResult(list(columns), [tuple(r) for r in rows])


@functools.lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """The bundled catalogue (``graph/catalogue.yaml``), checked once."""
    path = resources.files("proxygraph.graph") / "catalogue.yaml"
    return _build(load_yaml(str(path), path.read_text(encoding="utf-8")), str(path))


def _build(raw, where: str) -> Catalogue:
    if not isinstance(raw, dict) or not isinstance(raw.get("queries"), dict):
        raise OntologyError(f"{where}: expected a mapping 'queries'")
    queries = {}
    for name, spec in raw["queries"].items():
        queries[name] = _query(name, spec, f"{where}: query '{name}'")
    return Catalogue(queries)


def _query(name: str, spec: dict, where: str) -> NamedQuery:
    for key in ("title", "columns", "sparql", "cypher"):
        if not spec.get(key):
            raise OntologyError(f"{where}: '{key}' is required")
    params = []
    for pname, p in (spec.get("params") or {}).items():
        if p.get("type") not in PARAM_TYPES:
            raise OntologyError(f"{where}: parameter '{pname}' has type {p.get('type')!r}; expected one of {PARAM_TYPES}")
        params.append(Param(pname, p["type"], " ".join(str(p.get("description", "")).split()), p.get("default")))
    query = NamedQuery(
        name=name,
        title=str(spec["title"]),
        description=" ".join(str(spec.get("description", "")).split()),
        params=tuple(params),
        columns=tuple(spec["columns"]),
        sparql=str(spec["sparql"]),
        cypher=str(spec["cypher"]),
        ordered=bool(spec.get("ordered", False)),
    )
    _check(query, where)
    return query


def _check(query: NamedQuery, where: str) -> None:
    from rdflib.plugins.sparql import prepareQuery

    try:
        parsed = prepareQuery(query.sparql, initNs=PREFIXES)
    except Exception as e:
        raise OntologyError(f"{where}: the SPARQL does not parse: {e}") from None
    projected = {str(v) for v in parsed.algebra.get("PV", ())}
    for name in (*query.columns, *(p.name for p in query.params)):
        if name not in projected:
            raise OntologyError(f"{where}: the SPARQL must SELECT ?{name}")
    for p in query.params:
        if not re.search(rf"\${p.name}\b", query.cypher):
            raise OntologyError(f"{where}: the Cypher does not use ${p.name}")
    for col in query.columns:
        if not re.search(rf"\bAS {re.escape(col)}\b", query.cypher):
            raise OntologyError(f"{where}: the Cypher does not return a column '{col}'")


def _typed(p: Param, value, graph: ClaimGraph | None):
    if p.type in ("entity", "claimant"):
        text = str(value).strip()
        if p.type == "claimant" and text == load_ontology().reporter:
            return text
        return graph.lookup(text).id if graph is not None else text
    if p.type == "date":
        if isinstance(value, dt.date):
            return value
        parsed = parse_date(str(value), field=p.name)
        if parsed is None:
            raise InvalidValueError(f"parameter '{p.name}' needs a date (YYYY-MM-DD), got {value!r}")
        return parsed
    if p.type == "integer":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise InvalidValueError(f"parameter '{p.name}' needs a whole number, got {value!r}") from None
    return str(value)


def _term(p: Param, value):
    if p.type == "entity":
        return entity_iri(value)
    if p.type == "claimant":
        return PG.reporter if value == load_ontology().reporter else entity_iri(value)
    if p.type == "date":
        return Literal(value.isoformat(), datatype=XSD.date)
    if p.type == "integer":
        return Literal(int(value), datatype=XSD.integer)
    return Literal(value)

