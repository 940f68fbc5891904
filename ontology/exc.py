"""The one exception tree of proxygraph.

Every error a user can cause derives from :class:`ProxygraphError`; the CLI turns any of them into
one line and a non-zero exit. Errors about a record carry where it came from (file, line, field) so
the message can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ProxygraphError",
    "OntologyError",
    "Location",
    "RecordError",
    "UnknownTypeError",
    "DomainError",
    "RangeError",
    "MissingSourceError",
    "MissingFieldError",
    "DanglingReferenceError",
    "InvalidValueError",
    "ConflictError",
    "InvalidDataError",
    "LoaderError",
    "NotFoundError",
    "AmbiguousEntityError",
    "StoreError",
    "NoPathError",
]


class ProxygraphError(Exception):
    """Base of every error proxygraph raises on purpose."""


class OntologyError(ProxygraphError):
    """The ontology files are inconsistent (an unknown parent, domain, range or enum)."""


@dataclass(frozen=True)
class Location:
    """Where a record or value came from: a file, a line, a field (any may be unknown)."""

    file: str | None = None
    line: int | None = None
    field: str | None = None

    def with_field(self, field: str | None, line: int | None = None) -> Location:
        return Location(self.file, line if line is not None else self.line, field)

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file if self.line is None else f"{self.file}:{self.line}")
        elif self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ", ".join(parts)


class RecordError(ProxygraphError):
    """One record (entity, source or claim) is wrong; says what, and where when known."""

    def __init__(self, message: str, location: Location | None = None):
        self.message = message
        self.location = location or Location()
        where = str(self.location)
        super().__init__(f"{where}: {message}" if where else message)

    def at(self, location: Location | None) -> RecordError:
        """The same error, placed at `location` when it has none of its own."""
        if location is None or self.location != Location():
            return self
        return type(self)(self.message, location)


class UnknownTypeError(RecordError):
    """An entity type or relation type the ontology does not define."""


class DomainError(RecordError):
    """A claim's subject has a type outside its relation's domain."""


class RangeError(RecordError):
    """A claim's object has a type outside its relation's range."""


class MissingSourceError(RecordError):
    """A claim without a source: every edge must say who says so, where."""


class MissingFieldError(RecordError):
    """A required field is absent or empty."""


class DanglingReferenceError(RecordError):
    """A reference (entity, source, claim) to nothing."""


class InvalidValueError(RecordError):
    """A field has a value of the wrong kind (a bad date, grade, modality, attribute)."""


class ConflictError(RecordError):
    """Two records that must agree do not (an entity merged with one of an unrelated type)."""


class InvalidDataError(ProxygraphError):
    """A batch had errors; nothing of it was committed. `errors` lists each located error."""

    def __init__(self, errors: list[RecordError], source: str | None = None):
        self.errors = list(errors)
        shown = "\n".join(f"  {e}" for e in self.errors[:20])
        more = f"\n  ... and {len(self.errors) - 20} more" if len(self.errors) > 20 else ""
        what = f" in {source}" if source else ""
        super().__init__(
            f"{len(self.errors)} error(s){what}; nothing was loaded:\n{shown}{more}"
        )


class LoaderError(RecordError):
    """A source file cannot be read or parsed (not found, not UTF-8, bad YAML or CSV)."""


class NotFoundError(ProxygraphError):
    """No entity, claim or file matches what was asked for."""


class AmbiguousEntityError(ProxygraphError):
    """A name or alias matches several entities; lists them so the user can pick an id."""

    def __init__(self, name: str, candidates: list[str]):
        self.name = name
        self.candidates = sorted(candidates)
        super().__init__(
            f"'{name}' is ambiguous: it names {', '.join(self.candidates)}; use an id"
        )


class StoreError(ProxygraphError):
    """The graph file cannot be read or written."""


class NoPathError(ProxygraphError):
    """No path links what was asked: says which hop is missing."""
