"""The `proxygraph` command line (typer). See :mod:`proxygraph.cli.main`."""
