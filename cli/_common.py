"""What every command shares: the store option, turning library errors into one clean line."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from proxygraph.ontology import ProxygraphError

__all__ = ["StoreOption", "store_path", "cli_errors", "console", "err_console", "print_json"]

console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

StoreOption = Annotated[
    Optional[Path],
    typer.Option(
        "--store",
        help="Graph file to use (default: $PROXYGRAPH_HOME/graph.json, else the user's data directory).",
        envvar=None,
        dir_okay=False,
    ),
]


def store_path(store: Path | None) -> Path:
    from proxygraph.graph.persist import default_store_path

    return store or default_store_path()


def cli_errors(fn):
    """Turn proxygraph's own errors into `error: ...` on stderr and exit code 1, no traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ProxygraphError as e:
            err_console.print(f"error: {e}", markup=False)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err_console.print("interrupted", markup=False)
            raise typer.Exit(130) from None

    return wrapper


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
