"""Core commands: build, info, show, export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from proxygraph.cli._common import StoreOption, cli_errors, console, print_json, store_path
from proxygraph.graph import load
from proxygraph.ontology import InvalidValueError


@cli_errors
def build(store: StoreOption = None) -> None:
    """Load the bundled sources into the store and print a summary (the main job).

    Loading is all or nothing and loading twice changes nothing.

    Example:  proxygraph build --store /tmp/graph.json
    """
    from proxygraph.cli.pipeline import build as run_build

    path = store_path(store)
    result = run_build(path)
    for line in result.lines:
        console.print(line, markup=False)
    _print_stats(result.graph.stats(), title=f"Graph at {path}")


@cli_errors
def info(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the statistics as JSON.")] = False,
) -> None:
    """Summary statistics of the graph in the store.

    Example:  proxygraph info --json
    """
    path = store_path(store)
    stats = load(path).stats()
    if as_json:
        print_json({"store": str(path), **stats})
    else:
        _print_stats(stats, title=f"Graph at {path}")


def _print_stats(stats: dict, title: str) -> None:
    console.print(
        f"{title}: {stats['entities']} entities, {stats['claims']} claims, "
        f"{stats['sources']} sources, {stats['contested_claims']} contested claims",
        markup=False,
    )
    for key, label in (
        ("entities_by_type", "entity type"),
        ("claims_by_predicate", "relation"),
        ("claims_by_modality", "modality"),
    ):
        table = Table(label, "count", show_edge=False, pad_edge=False)
        for name, count in stats[key].items():
            table.add_row(name, str(count))
        console.print(table)


@cli_errors
def show(
    entity: Annotated[str, typer.Argument(help="An entity id, name or alias, e.g. 'Kataib Hizbollah'.")],
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entity and its claims as JSON.")] = False,
) -> None:
    """Look up an entity by id, name or alias and list the claims about it with their sources.

    Example:  proxygraph show "Kataib Hizbollah"
    """
    graph = load(store_path(store))
    e = graph.lookup(entity)
    claims = sorted(graph.claims(entity=e.id), key=lambda c: (str(c.stated or ""), c.id))
    if as_json:
        print_json({
            "entity": e.to_dict(),
            "claims": [
                {**c.to_dict(), "source": graph.sources[c.source].to_dict(), "contested": graph.is_contested(c.id)}
                for c in claims
            ],
        })
        return
    console.print(f"{e.name}  [{e.type}]  id={e.id}", markup=False)
    if e.aliases:
        console.print("aliases: " + "; ".join(e.aliases), markup=False)
    if e.external_ids:
        console.print("external ids: " + ", ".join(f"{k}={v}" for k, v in e.external_ids.items()), markup=False)
    for key, value in e.properties.items():
        console.print(f"{key}: {value}", markup=False)
    table = Table("claim", "claimant", "modality", "grade", "source", "evidence", show_lines=True)
    for c in claims:
        who = c.claimant if c.claimant == graph.ontology.reporter else graph.entity(c.claimant).name
        src = graph.sources[c.source]
        flag = " (contested)" if graph.is_contested(c.id) else ""
        table.add_row(
            f"{graph.entity(c.subject).name} {c.predicate} {graph.entity(c.object).name}{flag}",
            who,
            c.modality,
            c.grade,
            f"{src.outlet}, {src.title}, {src.published or 'n.d.'} {src.url or ''}",
            c.evidence,
        )
    console.print(table)


@cli_errors
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, nt, jsonld, graphml, gexf or json.")] = "graphml",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: standard output).", dir_okay=False)] = None,
    store: StoreOption = None,
) -> None:
    """Export the graph as RDF (Turtle, N-Triples, JSON-LD), GraphML, GEXF (Gephi opens both) or JSON.

    Example:  proxygraph export --format gexf -o proxies.gexf
    """
    from proxygraph.graph.export import FORMATS, export as do_export, export_bytes

    if fmt not in FORMATS:
        raise InvalidValueError(f"unknown format '{fmt}'; expected one of: {', '.join(FORMATS)}")
    graph = load(store_path(store))
    if output is None:
        typer.echo(export_bytes(graph, fmt).decode("utf-8"), nl=False)
    else:
        do_export(graph, fmt, output)
        console.print(f"wrote {output} ({fmt}, {graph.number_of_entities()} nodes, {graph.number_of_claims()} edges)", markup=False)


def register(app: typer.Typer) -> None:
    app.command()(build)
    app.command()(info)
    app.command()(show)
    app.command()(export)
