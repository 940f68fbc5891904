"""The `proxygraph` command: a thin layer over the library, one sub-module per area.

Every module of this package named ``cmd_*.py`` registers its commands by defining
``register(app)``; they are found and added in name order, so an area adds its commands without
touching this file.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer

import proxygraph.cli as _pkg

app = typer.Typer(
    name="proxygraph",
    help="A typed, sourced knowledge graph of state and non-state actors and their proxy "
    "relationships: who backs whom, who did what, and who says so.\n\n"
    "Start with:  proxygraph build",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _register_all() -> None:
    for mod in sorted(pkgutil.iter_modules(_pkg.__path__), key=lambda m: m.name):
        if mod.name.startswith("cmd_"):
            importlib.import_module(f"proxygraph.cli.{mod.name}").register(app)


_register_all()


def main() -> None:
    """Console-script entry point."""
    sys.exit(app())


if __name__ == "__main__":
    main()
