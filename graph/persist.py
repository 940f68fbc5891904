"""Saving and loading a claim graph as one JSON file, written atomically.

A save writes a temporary file beside the target, syncs it to disk and renames it over the target,
so a crash mid-save leaves either the old file or the new one, never a broken one.

>>> import tempfile, pathlib
>>> from proxygraph.graph.store import ClaimGraph
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> save(ClaimGraph(), path)
>>> load(path).number_of_entities()
0
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from platformdirs import user_data_dir

from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import Claim, Entity, InvalidDataError, Location, NotFoundError, Source, StoreError

__all__ = ["FORMAT", "default_store_path", "save", "load", "load_or_new", "to_document", "from_document", "atomic_write"]

FORMAT = "proxygraph-claim-graph"
VERSION = 1


def default_store_path() -> Path:
    """``$PROXYGRAPH_HOME/graph.json``, else ``graph.json`` in the user's data directory."""
    home = os.environ.get("PROXYGRAPH_HOME")
    base = Path(home) if home else Path(user_data_dir("proxygraph", appauthor=False))
    return base / "graph.json"


def to_document(graph: ClaimGraph) -> dict:
    """The graph as a JSON-ready document (entities, sources, claims, merged ids)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "entities": [e.to_dict() for e in sorted(graph.entities(), key=lambda e: e.id)],
        "sources": [s.to_dict() for s in sorted(graph.sources.values(), key=lambda s: s.id)],
        "claims": [c.to_dict() for c in sorted(graph.claims(), key=lambda c: c.id)],
        "redirects": dict(sorted(graph.redirects.items())),
    }


def records_of(doc: dict, name: str = "<document>") -> Iterator:
    """The records of a document made by :func:`to_document` (redirects come as merge entities)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise StoreError(f"{name}: not a proxygraph graph file (no format '{FORMAT}')")
    if doc.get("version") != VERSION:
        raise StoreError(f"{name}: graph file version {doc.get('version')} is not supported (expected {VERSION})")
    for i, raw in enumerate(doc.get("sources", [])):
        yield Source.from_dict(raw, Location(name, field=f"sources[{i}]"))
    for i, raw in enumerate(doc.get("entities", [])):
        yield Entity.from_dict(raw, Location(name, field=f"entities[{i}]"))
    for i, raw in enumerate(doc.get("claims", [])):
        yield Claim.from_dict(raw, Location(name, field=f"claims[{i}]"))


def from_document(doc: dict, name: str = "<document>") -> ClaimGraph:
    graph = ClaimGraph()
    try:
        graph.apply(records_of(doc, name), name)
        for old, new in (doc.get("redirects") or {}).items():
            graph.add_redirect(old, new)
    except (InvalidDataError, NotFoundError) as e:
        raise StoreError(f"{name}: the graph file is damaged or was edited by hand: {e}") from None
    return graph


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never half."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror}") from None
    try:
        # mkstemp makes the file private; keep the mode of the file we replace, else the umask's.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise StoreError(f"cannot write {path}: {e.strerror}") from None
        raise


def save(graph: ClaimGraph, path: str | Path) -> None:
    """Save the graph to `path` atomically."""
    text = json.dumps(to_document(graph), ensure_ascii=False, indent=1, sort_keys=False)
    atomic_write(path, text.encode("utf-8"))


def load(path: str | Path) -> ClaimGraph:
    """Load a graph saved by :func:`save`; a damaged file raises :class:`StoreError`."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StoreError(f"{path}: no graph here yet; run 'proxygraph build' first") from None
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(f"{path}: cannot read the graph file: {e}") from None
    except json.JSONDecodeError as e:
        raise StoreError(f"{path}:{e.lineno}: the graph file is not valid JSON: {e.msg}") from None
    return from_document(doc, str(path))


def load_or_new(path: str | Path) -> ClaimGraph:
    """The graph at `path`, or an empty one when there is none yet."""
    return load(path) if Path(path).exists() else ClaimGraph()
