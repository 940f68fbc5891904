"""`proxygraph extract`: what an article says (entities, events, claims) without touching the store;
and the library side of `proxygraph load articles` and the build step for the bundled articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Optional

import typer

from proxygraph.cli._common import (
    StoreOption,
    cli_errors,
    console,
    print_json,
    store_path,
)
from proxygraph.graph import ClaimGraph, load_or_new
from proxygraph.loaders import iter_files
from proxygraph.loaders.articles import (
    ArticleLoader,
    Gazetteer,
    bundled_articles_dir,
)
from proxygraph.loaders.articles.loader import known_gazetteer, map_articles
from proxygraph.ontology import Entity, InvalidValueError

__all__ = ["extract_cmd", "load_articles", "build_step"]

PublishedOption = Annotated[
    Optional[str],
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles whose header does not give one."),
]


JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (the gazetteer is built once per worker).")]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidValueError(f"--published '{value}' is not a date; expected YYYY-MM-DD") from None


def _gazetteer(store: Path | None) -> Gazetteer:
    """Known entities for `extract`: those of the store (when there is one) and the bundled reference."""
    path = store_path(store)
    return _known(load_or_new(path) if path.exists() else None)


def _known(graph: ClaimGraph | None) -> Gazetteer:
    if graph is None:
        return known_gazetteer()
    return known_gazetteer(graph.entities(), graph.claims(), graph.has_entity)


@cli_errors
def extract_cmd(
    articles: Annotated[list[Path], typer.Argument(help="Article files (.txt, .md, .html) or folders of them.")],
    published: PublishedOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document (a list when several articles).")] = False,
    jobs: JobsOption = 1,
    store: StoreOption = None,
) -> None:
    """Print the entities, events and claims found in news articles; the store is not changed.

    Known entities come from the store and the bundled reference dataset.

    Example:  proxygraph extract ../shared/corpus/000_65f04f461b61a948.txt --published 2024-02-08 --json
    Example:  proxygraph extract reporting/ --jobs 2
    """
    gaz = _gazetteer(store)
    files = list(iter_files(articles, ArticleLoader.suffixes))
    docs = []
    for doc in map_articles("json", files, gaz, _date(published), jobs):
        if as_json:
            docs.append(doc)
        else:
            _print(doc)
    if as_json:
        print_json(docs[0] if len(docs) == 1 else docs)


def _print(doc: dict) -> None:
    src = doc["source"]
    console.print(f"== {src.get('path')}: {src['outlet']}, {src['title']}, {src['published'] or 'no date'}", markup=False)
    names = {e["id"]: e["name"] for e in doc["entities"]}
    for e in doc["entities"]:
        flag = " (new)" if e["new"] else ""
        console.print(f"  {e['type']:11} {e['id']}{flag}  x{len(e['mentions'])}", markup=False)
    for c in doc["claims"]:
        who = c["claimant"] if c["claimant"] == "reporter" else names.get(c["claimant"], c["claimant"])
        console.print(
            f"  {names.get(c['subject'], c['subject'])} {c['predicate']} {names.get(c['object'], c['object'])}"
            f"  [{c['modality']} by {who}, {c['grade']}]  @{c['start']}-{c['end']}",
            markup=False,
        )
    for w in doc["warnings"]:
        console.print(f"  warning: {w}", markup=False)


def load_articles(graph: ClaimGraph, *paths, published: dt.date | None = None, progress: bool = False, jobs: int = 1):
    """Extract articles against the graph's entities and apply them all together or not at all.

    Known entities are the graph's curated ones and the bundled reference's (`known_gazetteer`); the
    known entities the articles mention come along, so every claim's ends exist in the graph.
    """
    gaz = _known(graph)
    files = list(iter_files(paths, ArticleLoader.suffixes))
    results = map_articles("records", files, gaz, published, jobs)
    records: list = []
    if progress and files:
        from rich.progress import Progress

        with Progress(transient=True, console=console) as bar:
            task = bar.add_task("extracting", total=len(files))
            for recs in results:
                records.extend(recs)
                bar.advance(task)
    else:
        for recs in results:
            records.extend(recs)
    # known entities already in the graph stay as they are
    records = [r for r in records if not (isinstance(r, Entity) and r.id in gaz.entities and graph.has_entity(r.id))]
    return graph.apply(records, source_name=", ".join(map(str, paths)))


def build_step(graph: ClaimGraph, result) -> str:
    """`proxygraph build`: the bundled sample articles."""
    folder = bundled_articles_dir()
    if not any(folder.glob("*.txt")):
        return "articles: none bundled"
    report = load_articles(graph, folder)
    result.changed |= report.changed
    return f"bundled articles: {report.summary()}"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
