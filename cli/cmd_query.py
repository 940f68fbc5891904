"""`proxygraph query`: SPARQL (Oxigraph or rdflib's memory store), Cypher, and the query catalogue."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Optional

import typer

from proxygraph.cli._common import StoreOption, cli_errors, console, print_json, store_path
from proxygraph.ontology import InvalidValueError

_INT = re.compile(r"^-?\d+$")


@cli_errors
def query(
    sparql: Annotated[Optional[str], typer.Option("--sparql", help="A SPARQL query (prefixes pg:, pgid:, rdfs:, owl:, xsd: are known).")] = None,
    sparql_file: Annotated[Optional[Path], typer.Option("--sparql-file", help="A file holding a SPARQL query.", exists=True, dir_okay=False)] = None,
    cypher: Annotated[Optional[str], typer.Option("--cypher", help="A Cypher query, run on Neo4j (see --uri).")] = None,
    named: Annotated[Optional[str], typer.Option("--named", "-n", help="A query of the catalogue (see --list).")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the catalogue's queries and their parameters.")] = False,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="A parameter as NAME=VALUE (repeatable); entities by id, name or alias.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json (SPARQL 1.1 results JSON).")] = "table",
    engine: Annotated[str, typer.Option("--engine", help="For --named: sparql or cypher.")] = "sparql",
    backend: Annotated[str, typer.Option("--store-backend", help="SPARQL store: oxigraph (fast) or memory (plain rdflib).")] = "oxigraph",
    timeout: Annotated[float, typer.Option("--timeout", help="Give up on a SPARQL query after this many seconds.")] = 30.0,
    uri: Annotated[Optional[str], typer.Option("--uri", help="Neo4j URI for Cypher (default: the Neo4j sync's).")] = None,
    user: Annotated[Optional[str], typer.Option("--user", help="Neo4j user.")] = None,
    password: Annotated[Optional[str], typer.Option("--password", help="Neo4j password.")] = None,
    store: StoreOption = None,
) -> None:
    """Ask the graph a question in SPARQL or Cypher, or run a named query of the catalogue.

    Values given with --param are bound parameters, never pasted into the query. In an ad-hoc
    SPARQL query, a value that names one entity binds its IRI, an ISO date an xsd:date, a whole
    number an integer, <...> an IRI, "..." a string, anything else a string; every parameter must
    be SELECTed (Oxigraph binds only projected variables).

    Example:  proxygraph query --named who-is-blamed --param event="Tower 22 drone attack"

    Example:  proxygraph query --sparql 'SELECT ?name WHERE { ?g pg:backs ?x ; rdfs:label ?name }' -f csv
    """
    from proxygraph.graph.catalogue import load_catalogue
    from proxygraph.graph.results import FORMATS, render

    if fmt not in FORMATS:
        raise InvalidValueError(f"unknown format '{fmt}'; expected one of: {', '.join(FORMATS)}")
    if engine not in ("sparql", "cypher"):
        raise InvalidValueError(f"unknown engine '{engine}'; expected sparql or cypher")
    chosen = [x for x in (sparql, sparql_file, cypher, named) if x is not None]
    if list_:
        _list(load_catalogue(), fmt)
        return
    if len(chosen) != 1:
        raise InvalidValueError("give exactly one of --sparql, --sparql-file, --cypher, --named or --list")
    raw = _params(param or [])
    if sparql_file is not None:
        sparql = sparql_file.read_text(encoding="utf-8")
    if named is not None:
        cat = load_catalogue()
        cat.get(named)
        graph = _graph_if_any(store)
        values = cat.values(named, raw, graph)
        if engine == "cypher":
            result = cat.run_cypher(named, _driver(uri, user, password), values)
        else:
            result = cat.run_sparql(named, _rdf(graph, store, backend), values, timeout=timeout)
    elif cypher is not None:
        from proxygraph.graph.sparql import QueryResult

        from proxygraph.graph.neo4j_sync import run_cypher

        columns, rows = run_cypher(_driver(uri, user, password), cypher, raw)
        result = QueryResult(list(columns), [tuple(r) for r in rows])
    else:
        from proxygraph.graph.sparql import run

        graph = _load(store)
        bindings = {k: _adhoc_term(v, graph) for k, v in raw.items()}
        result = run(_rdf(graph, store, backend), sparql, bindings, timeout=timeout)
    typer.echo(render(result.columns, result.rows, fmt, result.boolean), nl=False)


def _list(cat, fmt: str) -> None:
    if fmt == "json":
        print_json([
            {"name": q.name, "title": q.title, "description": q.description, "columns": list(q.columns),
             "ordered": q.ordered, "params": [{"name": p.name, "type": p.type, "description": p.description} for p in q.params]}
            for q in cat
        ])
        return
    from proxygraph.graph.results import render

    rows = [(q.name, ", ".join(f"{p.name} ({p.type})" for p in q.params) or "-", q.title) for q in cat]
    if fmt == "csv":
        typer.echo(render(["name", "params", "title"], rows, "csv"), nl=False)
        return
    from rich.table import Table

    table = Table("name", "parameters", "question", show_edge=False, pad_edge=False)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidValueError(f"a parameter is NAME=VALUE, got '{item}'")
        out[name.strip()] = value.strip()
    return out


def _load(store):
    from proxygraph.graph import load

    return load(store_path(store))


def _graph_if_any(store):
    path = store_path(store)
    return _load(store) if path.exists() else None


def _rdf(graph, store, backend: str):
    from proxygraph.graph.sparql import rdf_store

    return rdf_store(graph if graph is not None else _load(store), backend)


def _driver(uri, user, password):
    from proxygraph.graph.neo4j_sync import connect

    return connect(uri=uri, user=user, password=password)


def _adhoc_term(value: str, graph):
    """An ad-hoc SPARQL parameter: an entity's IRI, an xsd:date, an integer or a string."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    from proxygraph.graph.rdf import entity_iri

    if len(value) > 1 and value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if len(value) > 1 and value.startswith('"') and value.endswith('"'):
        return Literal(value[1:-1])
    ids = graph.resolve(value) if value else []
    if len(ids) == 1:
        return entity_iri(ids[0])
    try:
        return Literal(dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
    except ValueError:
        pass
    if _INT.match(value):
        return Literal(int(value), datatype=XSD.integer)
    return Literal(value)


def register(app: typer.Typer) -> None:
    app.command()(query)
