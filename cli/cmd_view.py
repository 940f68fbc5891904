"""`proxygraph view`: write an interactive, offline network view (one HTML file) of the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from proxygraph.cli._common import StoreOption, cli_errors, console, err_console, store_path
from proxygraph.graph import ClaimGraph, load

__all__ = ["view", "build_step", "register"]


@cli_errors
def view(
    focus: Annotated[Optional[str], typer.Option("--focus", help="Show only the neighbourhood of this entity (id, name or alias).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="With --focus: how many claims away to go.")] = 1,
    types: Annotated[Optional[list[str]], typer.Option("--type", help="Keep entities of this type or its subtypes (repeatable), e.g. ArmedGroup, Actor.")] = None,
    claimant: Annotated[Optional[str], typer.Option("--claimant", help="Keep claims made by this actor (or 'reporter').")] = None,
    modality: Annotated[Optional[list[str]], typer.Option("--modality", help="Keep claims with this modality (repeatable), e.g. asserted.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Keep claims stated on or after this day (YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Keep claims stated on or before this day (YYYY-MM-DD).")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", dir_okay=False, help="HTML file to write.")] = Path("proxygraph-view.html"),
    title: Annotated[str, typer.Option("--title", help="Heading of the page.")] = "proxygraph",
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Trim larger views to the most connected entities (the page says so).")] = 15_000,
    store: StoreOption = None,
) -> None:
    """Write an interactive network view: one self-contained HTML file that works offline.

    Nodes are coloured and shaped by entity type, edges styled by relation and modality; hover or
    click for the claims behind an edge; filter by type, claimant, modality and date in the page.

    Example:  proxygraph view --focus "Kataib Hezbollah" --depth 2 -o kh.html
    """
    from proxygraph.graph.views import filter_graph, render_html

    graph = load(store_path(store))
    sel = filter_graph(
        graph, focus=focus, depth=depth, types=types, claimant=claimant, modality=modality,
        date_from=date_from, date_to=date_to,
    )
    info = render_html(
        graph, output, entities=sel.entities, claims=sel.claims, title=title,
        subtitle=sel.description or None, focus=sel.focus, max_nodes=max_nodes,
    )
    console.print(
        f"wrote {output} ({info.entities} entities, {info.edges} edges, {info.claims} claims"
        f"{', large-graph layout' if info.large else ''})",
        markup=False,
    )
    if info.notice:
        err_console.print(f"warning: {info.notice}", markup=False)


def build_step(graph: ClaimGraph, result) -> str:
    """`proxygraph build` step: the whole-graph view next to the store (``graph.json`` -> ``graph.html``)."""
    from proxygraph.graph.views import render_html

    path = Path(result.store).with_suffix(".html")
    info = render_html(graph, path, title="proxygraph: whole graph")
    trimmed = f"; {info.notice}" if info.notice else ""
    return f"whole-graph view: {path} ({info.entities} entities, {info.edges} edges){trimmed}"


def register(app: typer.Typer) -> None:
    app.command()(view)
