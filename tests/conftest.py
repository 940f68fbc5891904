"""Shared fixtures: the small test fixture graph and the bundled reference graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxygraph.graph import ClaimGraph
from proxygraph.loaders import ReferenceLoader, bundled_reference_dir

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _load(*paths) -> ClaimGraph:
    graph = ClaimGraph()
    graph.apply(ReferenceLoader().records(*paths))
    return graph


@pytest.fixture(scope="session")
def _mini() -> ClaimGraph:
    return _load(FIXTURES / "mini")


@pytest.fixture
def mini_graph(_mini) -> ClaimGraph:
    """Iran -> Kataib Hezbollah -> the Tower 22 attack, with one denial (a fresh copy per test)."""
    return _mini.copy()


@pytest.fixture(scope="session")
def reference_graph() -> ClaimGraph:
    """The bundled reference dataset, loaded once; call .copy() before changing it."""
    return _load(bundled_reference_dir())


@pytest.fixture
def store(tmp_path, monkeypatch) -> Path:
    """A store path in a temporary PROXYGRAPH_HOME, so no test touches the user's data."""
    monkeypatch.setenv("PROXYGRAPH_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "graph.json"
