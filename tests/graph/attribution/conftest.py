"""Fixtures of the attribution tests: the made-up Tower 22 chain (fixtures/chain.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxygraph.graph import ClaimGraph
from proxygraph.loaders import ReferenceLoader

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def _chain() -> ClaimGraph:
    graph = ClaimGraph()
    graph.apply(ReferenceLoader().records(HERE / "fixtures"))
    return graph


@pytest.fixture
def chain_graph(_chain) -> ClaimGraph:
    """Tower 22 attack <- IRI <- KH <- Quds Force <- IRGC <- Iran, with denials (read-only use)."""
    return _chain
