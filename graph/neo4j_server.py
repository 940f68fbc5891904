"""A local Neo4j Community server: locate the install, start, stop and report on it.

The server is Neo4j's own (``org.neo4j.server.CommunityEntryPoint``, what the tarball's
``bin/neo4j console`` runs), put together from Maven Central by ``scripts/setup.d/10-neo4j.sh``
into ``.neo4j/lib`` (see ``docs/neo4j.md``). Each server lives in a data directory of its own
(config, store, logs and a state file ``server.json``) and listens on 127.0.0.1 only.

>>> status("/nonexistent/neo4j-data").running
False
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_data_dir

from proxygraph.ontology import ProxygraphError

__all__ = [
    "Neo4jError",
    "Neo4jNotInstalledError",
    "Neo4jUnavailableError",
    "CypherError",
    "PushError",
    "ServerStatus",
    "NEO4J_VERSION",
    "install_dir",
    "find_java",
    "default_data_dir",
    "start",
    "stop",
    "status",
    "temporary_server",
    "QUICK_JAVA_OPTIONS",
]

NEO4J_VERSION = "5.26"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
STATE_FILE = "server.json"
SETUP_HINT = "run 'bash scripts/setup.d/10-neo4j.sh' in the proxygraph checkout (make test does)"

# The JVM flags bin/neo4j of the official distribution passes (the ones that matter off-Windows),
# but for the collector. bin/neo4j picks G1, tuned for short pauses on many cores; on a laptop's two
# to four cores a bulk push under G1 spent more CPU in young collections than in Neo4j itself
# (each transaction's state outlives several small young generations and is copied again and
# again: 441 pauses, 68 s of a 258 s push of a million claims). The throughput collector with a
# young generation of half the heap collects a transaction's garbage once: java CPU for 300,000
# claims fell from 78 s to 49 s (bench/neo4j_push.py, docs/neo4j.md). Pauses are longer, which a
# local, single-user server does not mind.
_JVM_FLAGS = [
    "-XX:+UseParallelGC",
    "-XX:NewRatio=1",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]


# For short-lived servers (tests): compiling with C1 only starts the server and warms Cypher up
# about twice as fast on two busy cores as the default tiered compilation.
QUICK_JAVA_OPTIONS = ("-XX:TieredStopAtLevel=1",)


class Neo4jError(ProxygraphError):
    """Neo4j could not be installed, started, reached or queried."""


class Neo4jNotInstalledError(Neo4jError):
    """No Java, or the server's jars are not installed; says how to fix it."""


class Neo4jUnavailableError(Neo4jError):
    """No Neo4j answers where proxygraph looked (or it refused the credentials)."""


class CypherError(Neo4jError):
    """Neo4j refused a Cypher query; the message is Neo4j's, on one line."""


class PushError(Neo4jError):
    """A push stopped midway; the database is left in a state the next push completes."""


@dataclass(frozen=True)
class ServerStatus:
    """Where a local server is and whether it answers."""

    data: str
    running: bool
    uri: str | None = None
    port: int | None = None
    pid: int | None = None
    log: str | None = None
    already_running: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


# -- locating the install -------------------------------------------------------------------------


def install_dir() -> Path:
    """The folder holding the server's jars in ``lib/``: ``$PROXYGRAPH_NEO4J_HOME``, else ``.neo4j/``
    of the checkout proxygraph runs from."""
    env = os.environ.get("PROXYGRAPH_NEO4J_HOME")
    return Path(env) if env else Path(__file__).resolve().parents[1] / ".neo4j"


def find_java() -> str:
    """The ``java`` to run the server with (``$JAVA_HOME/bin/java``, else the one on PATH), 17+."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home and (Path(home) / "bin" / "java").exists() else shutil.which("java")
    if not java:
        raise Neo4jNotInstalledError(
            f"Neo4j {NEO4J_VERSION} needs Java 17 or newer and none was found; "
            "install OpenJDK 17 (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME"
        )
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    found = re.search(r'version "(\d+)', out)
    if found and int(found.group(1)) < 17:
        raise Neo4jNotInstalledError(f"Neo4j {NEO4J_VERSION} needs Java 17 or newer; {java} is Java {found.group(1)}")
    return java


def _classpath() -> str:
    lib = install_dir() / "lib"
    jars = list(lib.glob("neo4j-[0-9]*.jar")) if lib.is_dir() else []
    if not jars:
        raise Neo4jNotInstalledError(f"the Neo4j server is not installed in {lib}; {SETUP_HINT}")
    return f"{lib}{os.sep}*"


def default_data_dir() -> Path:
    """``$PROXYGRAPH_HOME/neo4j``, else ``neo4j`` in the user's data directory."""
    home = os.environ.get("PROXYGRAPH_HOME")
    return (Path(home) if home else Path(user_data_dir("proxygraph", appauthor=False))) / "neo4j"


# -- start, stop, status ---------------------------------------------------------------------------


def status(data: str | Path | None = None) -> ServerStatus:
    """Whether the server of `data` (default :func:`default_data_dir`) runs, and where.

    A state file left by a server that died is removed, so the next start begins clean.
    """
    data = Path(data or default_data_dir()).resolve()
    state = _read_state(data)
    if state and _alive(state.get("pid"), data):
        return ServerStatus(str(data), True, state["uri"], state["port"], state["pid"], state["log"])
    if state:
        (data / STATE_FILE).unlink(missing_ok=True)
    return ServerStatus(str(data), False, log=str(data / "logs" / "neo4j.log"))


def start(
    data: str | Path | None = None,
    port: int | None = None,
    heap: str = "1g",
    pagecache: str = "512m",
    timeout: float = 120.0,
    java_options: tuple[str, ...] = (),
    die_with_us: bool = False,
) -> ServerStatus:
    """Start a server on 127.0.0.1 (a free port unless `port`) and wait until Bolt answers.

    Idempotent: when the server of `data` already runs, its status comes back with
    ``already_running`` set. `java_options` (and ``$PROXYGRAPH_NEO4J_JAVA_OPTS``) go to the JVM
    as they are. With `die_with_us` (Linux) the server is stopped when this process dies, so a
    killed test run leaves no server behind. Raises
    :class:`Neo4jError` with the end of the log when it fails.
    """
    data = Path(data or default_data_dir()).resolve()
    current = status(data)
    if current.running:
        return ServerStatus(**{**current.to_dict(), "already_running": True})
    java, classpath = find_java(), _classpath()
    port = port or _free_port()
    if not _port_free(port):
        raise Neo4jError(f"port {port} on 127.0.0.1 is taken; give another with --port or leave it out")
    for sub in ("conf", "logs", "data", "plugins", "import", "run"):
        (data / sub).mkdir(parents=True, exist_ok=True)
    (data / "conf" / "neo4j.conf").write_text(_config(data, port, heap, pagecache), encoding="utf-8")
    console = data / "logs" / "console.log"
    cmd = [
        java, f"-Xms{heap}", f"-Xmx{heap}", *_JVM_FLAGS,
        *os.environ.get("PROXYGRAPH_NEO4J_JAVA_OPTS", "").split(), *java_options, "-cp", classpath, ENTRY_POINT,
        f"--home-dir={data}", f"--config-dir={data / 'conf'}",
    ]
    with open(console, "ab") as out:
        proc = subprocess.Popen(cmd, cwd=data, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, preexec_fn=_stop_when_parent_dies if die_with_us else None)
    uri = f"bolt://127.0.0.1:{port}"
    log = str(data / "logs" / "neo4j.log")
    _write_state(data, {"pid": proc.pid, "port": port, "uri": uri, "log": log, "started": time.time()})
    try:
        _wait_for_bolt(uri, proc, timeout, data)
    except BaseException:
        _terminate(proc.pid, 20)
        (data / STATE_FILE).unlink(missing_ok=True)
        raise
    return ServerStatus(str(data), True, uri, port, proc.pid, log)


def stop(data: str | Path | None = None, timeout: float = 60.0) -> ServerStatus:
    """Stop the server of `data` (a clean shutdown; killed after `timeout` seconds)."""
    data = Path(data or default_data_dir()).resolve()
    current = status(data)
    if current.running:
        _terminate(current.pid, timeout)
    (data / STATE_FILE).unlink(missing_ok=True)
    return current


@contextlib.contextmanager
def temporary_server(
    heap: str = "512m", pagecache: str = "256m", java_options: tuple[str, ...] = QUICK_JAVA_OPTIONS, keep: bool = False
) -> Iterator[ServerStatus]:
    """A throw-away server in a temporary data directory, stopped (and removed) at the end.

    >>> with temporary_server() as server:          # doctest: +SKIP
    ...     print(server.uri)
    bolt://127.0.0.1:41234
    """
    folder = tempfile.mkdtemp(prefix="proxygraph-neo4j-")
    try:
        server = start(folder, heap=heap, pagecache=pagecache, java_options=java_options, die_with_us=True)
        try:
            yield server
        finally:
            stop(folder)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


# -- helpers ----------------------------------------------------------------------------------------


def _config(data: Path, port: int, heap: str, pagecache: str) -> str:
    # Every setting that matters is explicit: Bolt on 127.0.0.1 only, no HTTP, no auth (a
    # local development server; reach a secured one with --uri/--user/--password).
    return "\n".join([
        "# Written by `proxygraph neo4j start` at every start; edits here are overwritten.",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        f"server.bolt.advertised_address=127.0.0.1:{port}",
        "server.bolt.enabled=true",
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=false",
        "dbms.usage_report.enabled=false",
        f"server.directories.data={data / 'data'}",
        f"server.directories.logs={data / 'logs'}",
        f"server.directories.plugins={data / 'plugins'}",
        f"server.directories.import={data / 'import'}",
        f"server.directories.run={data / 'run'}",
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={pagecache}",
        "db.tx_log.rotation.retention_policy=1 files",
        # Netty waits 5s per Bolt connector for stragglers at shutdown; a local server need not.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
        "internal.dbms.bolt.netty_server_shutdown_timeout=1",
        "",
    ])


def _wait_for_bolt(uri: str, proc: subprocess.Popen, timeout: float, data: Path) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError as DriverNeo4jError

    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise Neo4jError(f"Neo4j exited with code {proc.returncode} while starting:\n{_log_tail(data)}")
        try:
            with GraphDatabase.driver(uri, auth=None, connection_timeout=2) as driver:
                driver.verify_connectivity()
            return
        except (DriverError, DriverNeo4jError, OSError):
            pass
        if time.monotonic() > deadline:
            raise Neo4jError(f"Neo4j did not answer on {uri} within {timeout:.0f}s:\n{_log_tail(data)}")
        time.sleep(0.5)


def _log_tail(data: Path, lines: int = 15) -> str:
    out = []
    for name in ("console.log", "neo4j.log"):
        path = data / "logs" / name
        if path.exists():
            tail = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
            out.append(f"--- end of {path}:\n" + "\n".join(tail))
    return "\n".join(out) or "(no log written)"


def _stop_when_parent_dies() -> None:
    # Runs in the child before exec: ask Linux to send it SIGTERM when its parent exits.
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _terminate(pid: int | None, timeout: float) -> None:
    if not pid:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _pid_exists(pid):
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    while _pid_exists(pid) and time.monotonic() < deadline + 10:
        time.sleep(0.2)


def _pid_exists(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        # Reap it when it is our own child, so it does not linger as a zombie.
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _alive(pid, data: Path) -> bool:
    """Whether `pid` is a live Neo4j server of `data` (not another process that got its pid)."""
    if not isinstance(pid, int) or not _pid_exists(pid):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        try:
            args = cmdline.read_bytes().decode("utf-8", "replace").split("\0")
        except OSError:
            return False
        return ENTRY_POINT in args and f"--home-dir={data.resolve()}" in args
    return True


def _read_state(data: Path) -> dict | None:
    try:
        return json.loads((data / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_state(data: Path, state: dict) -> None:
    (data / STATE_FILE).write_text(json.dumps(state, indent=1), encoding="utf-8")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True
