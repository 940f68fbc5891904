"""`proxygraph load ...`: merge sources into the store, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from proxygraph.cli._common import StoreOption, cli_errors, console, store_path
from proxygraph.graph import load_or_new, save

load_app = typer.Typer(help="Load sources into the store (each load commits whole or not at all).", no_args_is_help=True)


@load_app.command("reference")
@cli_errors
def load_reference_cmd(
    paths: Annotated[list[Path], typer.Argument(help="YAML/CSV files or folders in the reference format (docs/data-format.md).")],
    store: StoreOption = None,
) -> None:
    """Load curated reference files (sources, entities, claims) into the store.

    Example:  proxygraph load reference my-data/ --store /tmp/graph.json
    """
    from proxygraph.cli.pipeline import load_reference

    path = store_path(store)
    graph = load_or_new(path)
    report = load_reference(graph, *paths)
    if report.changed or not path.exists():
        save(graph, path)
    console.print(report.summary(), markup=False)
    for old, new in report.merged.items():
        console.print(f"merged '{old}' into '{new}'", markup=False)


@load_app.command("articles")
@cli_errors
def load_articles_cmd(
    paths: Annotated[list[Path], typer.Argument(help="News articles (.txt, .md, .html, optional title:/outlet:/url:/published: header) or folders.")],
    published: Annotated[Optional[str], typer.Option("--published", help="Publication date (YYYY-MM-DD) when a header gives none.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the extraction.")] = 1,
    store: StoreOption = None,
) -> None:
    """Extract news articles into entities and claims and merge them into the store (all or nothing).

    Example:  proxygraph load articles reporting/ --published 2024-02-08
    """
    from proxygraph.cli.cmd_extract import _date, load_articles

    path = store_path(store)
    graph = load_or_new(path)
    report = load_articles(graph, *paths, published=_date(published), progress=True, jobs=jobs)
    if report.changed or not path.exists():
        save(graph, path)
    console.print(report.summary(), markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(load_app, name="load")
