"""SPARQL over the claim graph through rdflib, on Oxigraph (default) or rdflib's memory store.

rdflib is the API either way: :func:`rdf_store` puts the claim graph into an rdflib ``Graph``
backed by Oxigraph (``oxrdflib``, fast, written in Rust) or by rdflib's own memory store, and
:func:`run` answers a query on it with bound parameters (``initBindings``, never spliced into the
text), a timeout, and syntax errors that name the line and column.

>>> from proxygraph.graph.store import ClaimGraph
>>> rdf = rdf_store(ClaimGraph(), "memory")
>>> run(rdf, "SELECT ?x WHERE { ?x a pg:Actor }").rows
[]
"""

from __future__ import annotations

import ctypes
import re
import threading
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from proxygraph.graph.rdf import ID, PG, WD, to_rdf, triples
from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import InvalidValueError, ProxygraphError

__all__ = [
    "BACKENDS",
    "DEFAULT_TIMEOUT",
    "PREFIXES",
    "QueryResult",
    "QueryError",
    "QuerySyntaxError",
    "QueryTimeoutError",
    "rdf_store",
    "load_rdf",
    "run",
]

# Our backend names -> rdflib store names.
BACKENDS = {"oxigraph": "Oxigraph", "memory": "default"}
DEFAULT_TIMEOUT = 30.0
# Prefixes every query may use without declaring them (given to the parser, not pasted into the
# text, so the line numbers of errors are the user's).
PREFIXES = {k: str(v) for k, v in {"pg": PG, "pgid": ID, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "wd": WD}.items()}


class QueryError(ProxygraphError):
    """A query the engine could not answer."""


class QuerySyntaxError(QueryError):
    """A malformed query: the parser's message with the line and column (1-based)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.line, self.column, self.detail = line, column, message
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"SPARQL syntax error{where}: {message}")


class QueryTimeoutError(QueryError):
    """A query that did not finish within its time limit."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        super().__init__(f"the query did not finish within {timeout:g} s (raise it with --timeout)")


@dataclass
class QueryResult:
    """A query's answer: column names and rows of RDF terms (None where a variable is unbound).

    An ASK query has no columns and its answer in `boolean`.
    """

    columns: list[str]
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None

    def plain(self) -> list[tuple]:
        """The rows as plain Python values (ids and text as str, dates as ISO strings, numbers)."""
        from proxygraph.graph.results import plain

        return [tuple(plain(v) for v in row) for row in self.rows]


def rdf_store(graph: ClaimGraph, backend: str = "oxigraph") -> Graph:
    """The claim graph as an rdflib graph on `backend` (``oxigraph`` or ``memory``)."""
    store = _store_name(backend)
    if store == "Oxigraph":
        rdf = _oxigraph_graph()
        rdf.store._inner.extend(_to_quads(triples(graph), rdf.identifier))
        return rdf
    return _bind(to_rdf(graph, store=store))


def load_rdf(source: str | Path | bytes, fmt: str = "nt", backend: str = "oxigraph") -> Graph:
    """An rdflib graph on `backend` holding RDF from a file or bytes (Oxigraph loads in bulk)."""
    from proxygraph.graph.rdf import RDF_FORMATS

    store = _store_name(backend)
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if store == "Oxigraph":
        import pyoxigraph as ox

        rdf = _oxigraph_graph()
        mime = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}.get(fmt)
        if mime is not None:
            rdf.store._inner.bulk_load(data, format=mime, to_graph=ox.BlankNode(str(rdf.identifier)))
            return rdf
        rdf.parse(data=data, format=RDF_FORMATS[fmt])
        return rdf
    rdf = _bind(Graph(store=store))
    rdf.parse(data=data, format=RDF_FORMATS[fmt])
    return rdf


def run(
    rdf: Graph,
    query: str,
    bindings: Mapping[str, Node] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> QueryResult:
    """Answer a SPARQL query on `rdf` with `bindings` as bound variables, within `timeout` seconds.

    The rows are read in full before returning, so the time limit covers the whole evaluation.
    """
    bindings = dict(bindings or {})

    def evaluate() -> QueryResult:
        try:
            if _is_oxigraph(rdf):
                return _run_oxigraph(rdf, query, bindings)
            result = rdf.query(query, initNs=PREFIXES, initBindings=bindings)
        except SyntaxError as e:  # Oxigraph: "error at 3:2: expected ..."
            raise _oxigraph_syntax_error(e) from None
        except Exception as e:
            if type(e).__name__ in ("ParseException", "ParseSyntaxException"):  # rdflib's parser
                raise QuerySyntaxError(getattr(e, "msg", str(e)), e.lineno, e.col) from None
            prefix = _UNKNOWN_PREFIX.match(str(e))
            if prefix:  # rdflib names the prefix but not where it is
                raise QuerySyntaxError(str(e), *_position(query, prefix.group(1) + ":")) from None
            if "in its SELECT projection" in str(e):  # Oxigraph binds only projected variables
                raise InvalidValueError(
                    f"every bound parameter ({', '.join('?' + k for k in bindings)}) must be in the "
                    "query's SELECT clause (or use SELECT *): Oxigraph binds only projected variables"
                ) from None
            raise QueryError(f"the query failed: {type(e).__name__}: {e}") from e
        if result.type == "ASK":
            return QueryResult([], [], bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(["subject", "predicate", "object"], [tuple(t) for t in result.graph])
        columns = [str(v) for v in result.vars]
        return QueryResult(columns, [tuple(row.get(v) for v in result.vars) for row in result.bindings])

    return _with_timeout(evaluate, timeout)


# -- helpers ----------------------------------------------------------------------------------------


def _store_name(backend: str) -> str:
    try:
        return BACKENDS[backend]
    except KeyError:
        raise InvalidValueError(f"unknown store backend '{backend}'; expected one of: {', '.join(BACKENDS)}") from None


def _bind(rdf: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        rdf.bind(prefix, ns)
    return rdf


def _is_oxigraph(rdf: Graph) -> bool:
    return type(rdf.store).__name__ == "OxigraphStore"


def _run_oxigraph(rdf: Graph, query: str, bindings: Mapping[str, Node]) -> QueryResult:
    """What oxrdflib's ``query`` does, with a faster, caching conversion of the answer's terms.

    (oxrdflib builds a new rdflib term, parsing its value, for every cell; on large answers that
    took longer than Oxigraph's own evaluation.)
    """
    import pyoxigraph as ox

    store = rdf.store._inner
    terms = _to_ox_converter()
    prefixes = {**{p: str(ns) for p, ns in rdf.namespaces()}, **PREFIXES}
    result = store.query(
        query,
        prefixes=prefixes,
        default_graph=terms(rdf.identifier),
        substitutions={ox.Variable(k): terms(v) for k, v in bindings.items()},
    )
    if isinstance(result, ox.QueryBoolean):
        return QueryResult([], [], bool(result))
    back = _from_ox_converter()
    if isinstance(result, ox.QueryTriples):
        return QueryResult(["subject", "predicate", "object"], [(back(t.subject), back(t.predicate), back(t.object)) for t in result])
    columns = [v.value for v in result.variables]
    return QueryResult(columns, [tuple(back(v) for v in solution) for solution in result])


def _to_ox_converter():
    import pyoxigraph as ox

    from rdflib import Literal

    def ox_term(t):
        if isinstance(t, Literal):
            dtype = ox.NamedNode(t.datatype) if t.datatype else None
            return ox.Literal(str(t), language=t.language, datatype=dtype)
        return ox.BlankNode(str(t)) if isinstance(t, BNode) else ox.NamedNode(str(t))

    return ox_term


def _from_ox_converter():
    """Oxigraph terms to rdflib terms, each distinct term converted once."""
    import pyoxigraph as ox

    from rdflib import Literal, URIRef

    cache: dict = {}
    string = str(XSD.string)

    def convert(t):
        if t is None:
            return None
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        key = (t.value, t.datatype.value, t.language)
        term = cache.get(key)
        if term is None:
            if t.language:
                term = Literal(t.value, lang=t.language)
            elif key[1] == string:
                term = Literal(t.value)
            else:
                term = Literal(t.value, datatype=URIRef(key[1]))
            cache[key] = term
        return term

    return convert


def _oxigraph_graph() -> Graph:
    # A blank-node graph name, as rdflib gives by default: queries look in that graph.
    return _bind(Graph(store="Oxigraph", identifier=BNode()))


def _to_quads(rdf_triples, graph_name):
    """rdflib triples as Oxigraph quads in the graph rdflib queries by default."""
    import pyoxigraph as ox

    ox_term = _to_ox_converter()
    name = ox_term(graph_name)
    for s, p, o in rdf_triples:
        yield ox.Quad(ox_term(s), ox_term(p), ox_term(o), name)


_OX_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.S)
_UNKNOWN_PREFIX = re.compile(r"^Unknown namespace prefix\s*:\s*(\S+)")
_MAX_MESSAGE = 240


def _oxigraph_syntax_error(e: SyntaxError) -> QuerySyntaxError:
    text = str(e)
    m = _OX_POSITION.match(text)
    if m:
        message = " ".join(m.group(3).split())
        if len(message) > _MAX_MESSAGE:  # Oxigraph lists every expected character class
            message = message[:_MAX_MESSAGE].rsplit(",", 1)[0] + ", ..."
        return QuerySyntaxError(message, int(m.group(1)), int(m.group(2)))
    return QuerySyntaxError(text, e.lineno, e.offset)


def _position(text: str, needle: str) -> tuple[int | None, int | None]:
    """1-based line and column of the first `needle` in `text`."""
    at = text.find(needle)
    if at < 0:
        return None, None
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def _with_timeout(fn, timeout: float | None):
    """Run `fn` in a worker thread and give up after `timeout` seconds.

    On timeout a :class:`QueryTimeoutError` is raised here and also sent into the worker, which
    stops at its next step in Python (rdflib evaluates in Python; Oxigraph returns to Python
    between solutions and releases the GIL while it works, so the caller is never blocked).
    """
    if timeout is None:
        return fn()
    if timeout <= 0:
        raise InvalidValueError(f"the timeout must be positive, got {timeout:g}")
    outcome: dict = {}

    def work():
        # Oxigraph's result objects must be dropped on the thread that made them: free the
        # frames of a failed query here, not in the caller.
        try:
            try:
                outcome["value"] = fn()
            except _Cancelled:
                raise
            except BaseException as e:  # handed to the caller below
                traceback.clear_frames(e.__traceback__)
                outcome["error"] = e
        except _Cancelled:  # also when it lands while the handler above runs
            pass

    worker = threading.Thread(target=work, name="sparql-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(_Cancelled))
        raise QueryTimeoutError(timeout)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class _Cancelled(BaseException):
    """Raised inside a worker whose query timed out, to stop it."""
