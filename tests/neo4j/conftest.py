"""A real Neo4j for the integration tests: started once per session, stopped at the end.

The server is the one ``scripts/setup.d/10-neo4j.sh`` installs (``make test`` runs it first). On a
machine with Java, and always in CI, a server that cannot start fails the tests; only where there
is no Java at all (and not in CI) are they skipped, with a message that says how to enable them.
Other test folders can use these fixtures by moving them to a plugin module (see docs/neo4j.md).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from proxygraph.graph import neo4j_server

ENABLE = (
    "the Neo4j integration tests need Java 17+ and the server: install OpenJDK 17 "
    "(Debian: apt-get install openjdk-17-jdk-headless) and Maven, then run "
    "'bash scripts/setup.d/10-neo4j.sh' (make test does)"
)


def _java_present() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and (Path(home) / "bin" / "java").exists()))


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def neo4j_available() -> None:
    """Skips, saying how to enable them, where the tests cannot run: no Java, and not in CI."""
    if not _java_present() and not os.environ.get("CI"):
        pytest.skip(ENABLE)


@pytest.fixture(scope="session")
def neo4j_server_session(neo4j_available):
    """A Neo4j server in a temporary folder on a free port (a :class:`ServerStatus`)."""
    with neo4j_server.temporary_server(heap="512m", pagecache="128m") as server:
        yield server


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_server_session):
    """A driver connected to the session's server."""
    from proxygraph.graph.neo4j_sync import connect

    driver = connect(neo4j_server_session.uri)
    yield driver
    driver.close()


@pytest.fixture
def neo4j_uri(neo4j_server_session, monkeypatch) -> str:
    """The session server's URI, also set as NEO4J_URI for code that reads the environment."""
    monkeypatch.setenv("NEO4J_URI", neo4j_server_session.uri)
    monkeypatch.delenv("NEO4J_USER", raising=False)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    return neo4j_server_session.uri


@pytest.fixture
def empty_db(neo4j_driver):
    """The session database, emptied first (constraints and indexes stay)."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    return neo4j_driver
