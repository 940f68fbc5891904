"""The common base of loaders: a loader turns one kind of source into a stream of records.

Loaders never write to a store. They yield :class:`Entity`, :class:`Source` and :class:`Claim`
records, each with its origin (file, line), and yield a located :class:`RecordError` for each bad
record instead of stopping, so one run reports every problem. The graph's ``apply`` then commits the
whole stream or nothing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from proxygraph.ontology import LoaderError, Location, Record, RecordError

__all__ = ["Loader", "iter_files"]


class Loader(ABC):
    """One kind of source. Subclasses set `name` and `suffixes` and implement `records_from_file`."""

    name: str = "base"
    suffixes: tuple[str, ...] = ()

    def records(self, *paths: str | Path) -> Iterator[Record | RecordError]:
        """Records from every file of `paths` (files, or folders read in name order)."""
        for path in iter_files(paths, self.suffixes):
            try:
                yield from self.records_from_file(path)
            except RecordError as e:
                yield e.at(Location(str(path)))

    @abstractmethod
    def records_from_file(self, path: Path) -> Iterator[Record | RecordError]:
        """Records of one file."""


def iter_files(paths, suffixes: tuple[str, ...]) -> Iterator[Path]:
    """The files named by `paths`; folders give their files with one of `suffixes`, sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes) and not p.name.startswith("."))
            if not found:
                raise LoaderError(f"no {' or '.join(suffixes)} files in this folder", Location(str(path)))
            yield from found
        elif path.exists():
            yield path
        else:
            raise LoaderError("file not found", Location(str(path)))
