"""The main job, `proxygraph build`, as a library function: bundled sources into the store.

Each step takes the graph and returns a line for the summary. Areas add their step to
:data:`BUILD_STEPS` (the article loader adds the bundled articles, the views write the whole-graph
view). The store is written once, atomically, after every step has succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from proxygraph.cli.cmd_extract import build_step as _step_articles
from proxygraph.cli.cmd_view import build_step as _step_view
from proxygraph.graph import ClaimGraph, load_or_new, save
from proxygraph.loaders import ReferenceLoader, bundled_reference_dir

__all__ = ["BuildResult", "BUILD_STEPS", "build", "load_reference"]


@dataclass
class BuildResult:
    graph: ClaimGraph
    store: Path
    lines: list[str] = field(default_factory=list)
    changed: bool = False


def load_reference(graph: ClaimGraph, *paths) -> str:
    """Load curated reference files (default: the bundled dataset) into `graph`, all or nothing."""
    paths = paths or (bundled_reference_dir(),)
    report = graph.apply(ReferenceLoader().records(*paths), source_name=", ".join(map(str, paths)))
    return report


def _step_reference(graph: ClaimGraph, result: BuildResult) -> str:
    report = load_reference(graph)
    result.changed |= report.changed
    return f"reference dataset: {report.summary()}"


# (name, step) pairs run in order by `build`.
BUILD_STEPS: list[tuple[str, Callable[[ClaimGraph, BuildResult], str]]] = [
    ("reference", _step_reference),
    ("articles", _step_articles),
    ("view", _step_view),  # keep last: it draws what the steps before it loaded
]


def build(store: Path, steps=None) -> BuildResult:
    """Run the build steps on the graph at `store` and save it; returns the graph and summary lines."""
    graph = load_or_new(store)
    result = BuildResult(graph, Path(store))
    for _name, step in steps or BUILD_STEPS:
        line = step(graph, result)
        if line:
            result.lines.append(line)
    if result.changed or not Path(store).exists():
        save(graph, store)
    return result
