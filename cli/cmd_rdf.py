"""`proxygraph import`: merge RDF (Turtle, N-Triples, JSON-LD) written by proxygraph into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from proxygraph.cli._common import StoreOption, cli_errors, console, store_path


@cli_errors
def import_(
    path: Annotated[Path, typer.Argument(help="An RDF file (.ttl, .nt, .jsonld) in proxygraph's mapping.", exists=True, dir_okay=False)],
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="ttl, nt or jsonld (default: from the file suffix).")] = None,
    store: StoreOption = None,
) -> None:
    """Import a graph exported as RDF (proxygraph export -f ttl|nt|jsonld) into the store, all or nothing.

    Example:  proxygraph import proxies.ttl --store /tmp/graph.json
    """
    from proxygraph.graph import load_or_new, save
    from proxygraph.graph.persist import records_of, to_document
    from proxygraph.graph.rdf import read_rdf

    target = store_path(store)
    imported = read_rdf(path, fmt)
    graph = load_or_new(target)
    report = graph.apply(records_of(to_document(imported), str(path)), str(path))
    for old, new in imported.redirects.items():
        if graph.has_entity(new):
            graph.add_redirect(old, new)
    if report.changed or not target.exists():
        save(graph, target)
    console.print(report.summary(), markup=False)


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
