"""`proxygraph neo4j ...`: run a local Neo4j, push the claim graph into it, pull it back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from proxygraph.cli._common import StoreOption, cli_errors, console, print_json, store_path
from proxygraph.ontology import StoreError

neo4j_app = typer.Typer(
    help="A real Neo4j: start a local server, push the claim graph into it, pull it back.",
    no_args_is_help=True,
)

DataOption = Annotated[
    Optional[Path],
    typer.Option("--data", help="The local server's folder (default: neo4j/ in the user's data directory).", file_okay=False),
]
UriOption = Annotated[
    Optional[str],
    typer.Option("--uri", envvar="NEO4J_URI", help="A Neo4j to use instead of the local server, e.g. neo4j+s://xxxx.databases.neo4j.io."),
]
UserOption = Annotated[Optional[str], typer.Option("--user", envvar="NEO4J_USER", help="Neo4j user name.")]
PasswordOption = Annotated[Optional[str], typer.Option("--password", envvar="NEO4J_PASSWORD", help="Neo4j password.")]


def _driver(uri: str | None, user: str | None, password: str | None, data: Path | None):
    from proxygraph.graph import neo4j_server
    from proxygraph.graph.neo4j_sync import connect

    if uri is None and data is not None:
        local = neo4j_server.status(data)
        if not local.running:
            raise neo4j_server.Neo4jUnavailableError(f"no server runs in {data}; start it with 'proxygraph neo4j start --data {data}'")
        uri = local.uri
    return connect(uri, user, password)


@neo4j_app.command("start")
@cli_errors
def start(
    data: DataOption = None,
    port: Annotated[Optional[int], typer.Option("--port", help="Bolt port on 127.0.0.1 (default: a free one).")] = None,
    heap: Annotated[str, typer.Option("--heap", help="Java heap of the server, e.g. 1g.")] = "1g",
    pagecache: Annotated[str, typer.Option("--pagecache", help="Neo4j page cache, e.g. 512m.")] = "512m",
) -> None:
    """Start a local Neo4j Community server on 127.0.0.1 and print its Bolt URI.

    Starting it again reports the one that runs. Install it first with scripts/setup.d/10-neo4j.sh.

    Example:  proxygraph neo4j start --port 7687
    """
    from proxygraph.graph import neo4j_server

    server = neo4j_server.start(data, port=port, heap=heap, pagecache=pagecache)
    if server.already_running:
        console.print(f"already running (pid {server.pid}): {server.uri}", markup=False)
    else:
        console.print(f"started (pid {server.pid}): {server.uri}", markup=False)
    console.print(f"data: {server.data}", markup=False)
    console.print(f"log:  {server.log}", markup=False)


@neo4j_app.command("stop")
@cli_errors
def stop(data: DataOption = None) -> None:
    """Stop the local Neo4j server (a clean shutdown).

    Example:  proxygraph neo4j stop
    """
    from proxygraph.graph import neo4j_server

    before = neo4j_server.stop(data)
    if before.running:
        console.print(f"stopped the server at {before.uri} (pid {before.pid})", markup=False)
    else:
        console.print(f"no server runs in {before.data}", markup=False)


@neo4j_app.command("status")
@cli_errors
def status(
    data: DataOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the status as JSON.")] = False,
) -> None:
    """Whether the local Neo4j server runs, its URI, data folder and log; exit code 1 when it does not.

    Example:  proxygraph neo4j status --json
    """
    from proxygraph.graph import neo4j_server

    server = neo4j_server.status(data)
    if as_json:
        print_json(server.to_dict())
    elif server.running:
        console.print(f"running (pid {server.pid}): {server.uri}", markup=False)
        console.print(f"data: {server.data}", markup=False)
        console.print(f"log:  {server.log}", markup=False)
    else:
        console.print(f"not running (data: {server.data})", markup=False)
    if not server.running:
        raise typer.Exit(1)


@neo4j_app.command("push")
@cli_errors
def push(
    store: StoreOption = None,
    uri: UriOption = None,
    user: UserOption = None,
    password: PasswordOption = None,
    data: DataOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per transaction.")] = 10_000,
    prune: Annotated[bool, typer.Option("--prune/--no-prune", help="Remove entities, sources and claims the graph no longer has.")] = True,
) -> None:
    """Push the claim graph into Neo4j: constraints, entities, sources and claims, batched.

    Pushing twice changes nothing; a push that stopped midway is completed by the next one.

    Example:  proxygraph neo4j push --store /tmp/graph.json
    """
    from proxygraph.graph import load
    from proxygraph.graph.neo4j_sync import push as do_push

    graph = load(store_path(store))
    with _driver(uri, user, password, data) as driver:
        report = do_push(graph, driver, batch_size=batch_size, prune=prune)
    console.print(report.summary(), markup=False)


@neo4j_app.command("pull")
@cli_errors
def pull(
    store: StoreOption = None,
    uri: UriOption = None,
    user: UserOption = None,
    password: PasswordOption = None,
    data: DataOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the store when it already exists.")] = False,
) -> None:
    """Read the graph back from Neo4j into the store (checked against the ontology like any load).

    Example:  proxygraph neo4j pull --store /tmp/pulled.json
    """
    from proxygraph.graph import save
    from proxygraph.graph.neo4j_sync import pull as do_pull

    path = store_path(store)
    if path.exists() and not force:
        raise StoreError(f"{path} exists; give --force to replace it, or another --store")
    with _driver(uri, user, password, data) as driver:
        graph = do_pull(driver)
    save(graph, path)
    console.print(
        f"wrote {path}: {graph.number_of_entities()} entities, {len(graph.sources)} sources, "
        f"{graph.number_of_claims()} claims",
        markup=False,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app, name="neo4j")
