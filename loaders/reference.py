"""The curated reference dataset: YAML or CSV files of sources, entities and claims.

The format is described in ``docs/data-format.md``. The bundled dataset (the cast of the source
article and its wider network, every claim cited) is in ``loaders/data/reference``.

>>> records = list(ReferenceLoader().records(bundled_reference_dir()))
>>> any(getattr(r, "id", None) == "kataib-hezbollah" for r in records)
True
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from proxygraph.loaders.base import Loader
from proxygraph.ontology import (
    Claim,
    Entity,
    InvalidValueError,
    LoaderError,
    Location,
    MissingFieldError,
    RecordError,
    Source,
)
from proxygraph.ontology.yamlio import load_yaml, read_text

__all__ = ["ReferenceLoader", "bundled_reference_dir"]

_KINDS = {"sources": Source, "entities": Entity, "claims": Claim}
_LIST_SEP = " | "


def bundled_reference_dir() -> Path:
    """The folder of the bundled curated dataset."""
    return Path(str(resources.files("proxygraph.loaders") / "data" / "reference"))


class ReferenceLoader(Loader):
    """Loads the curated dataset format; sources must give outlet, title, url and published date."""

    name = "reference"
    suffixes = (".yaml", ".yml", ".csv")

    def records_from_file(self, path: Path) -> Iterator[Entity | Source | Claim | RecordError]:
        if path.name.lower().endswith(".csv"):
            yield from self._csv(path)
        else:
            yield from self._yaml(path)

    # -- YAML -----------------------------------------------------------------------------------
    def _yaml(self, path: Path):
        doc = load_yaml(path)
        if doc is None:
            return
        if not isinstance(doc, dict):
            raise LoaderError("expected a mapping with 'sources', 'entities' or 'claims'", Location(str(path), 1))
        for key in doc:
            if key not in _KINDS:
                raise LoaderError(
                    f"unknown section '{key}'; expected sources, entities or claims",
                    Location(str(path), doc.line_of(key), key),
                )
        for key, cls in _KINDS.items():
            items = doc.get(key) or []
            if not isinstance(items, list):
                raise LoaderError(f"'{key}' must be a list", Location(str(path), doc.line_of(key), key))
            lines = getattr(items, "item_lines", [doc.line_of(key)] * len(items))
            for raw, line in zip(items, lines):
                loc = Location(str(path), line)
                if not isinstance(raw, dict):
                    yield InvalidValueError(f"each item of '{key}' must be a mapping", loc)
                    continue
                yield from self._record(cls, raw, loc)

    def _record(self, cls, raw: dict, loc: Location):
        try:
            rec = cls.from_dict(raw, loc)
            if cls is Source:
                for key in ("url", "published"):
                    if not raw.get(key):
                        raise MissingFieldError(
                            f"a reference source needs '{key}' (outlet, title, url and published date)",
                            loc.with_field(key),
                        )
            yield rec
        except RecordError as e:
            yield e.at(loc)

    # -- CSV ----------------------------------------------------------------------------------------
    def _csv(self, path: Path):
        kind = next((k for k in _KINDS if path.name.lower().endswith(f".{k}.csv")), None)
        if kind is None:
            raise LoaderError(
                "a CSV file's name must end with .sources.csv, .entities.csv or .claims.csv",
                Location(str(path)),
            )
        reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
        if not reader.fieldnames:
            return
        for row in reader:
            loc = Location(str(path), reader.line_num)
            if None in row:
                yield InvalidValueError(
                    f"row has {len(reader.fieldnames) + len(row[None])} cells, the header {len(reader.fieldnames)}",
                    loc,
                )
                continue
            try:
                raw = _csv_row(kind, {k.strip(): (v or "").strip() for k, v in row.items()}, loc)
            except RecordError as e:
                yield e
                continue
            yield from self._record(_KINDS[kind], raw, loc)


def _pairs(text: str, loc: Location, field: str) -> dict:
    out = {}
    for item in filter(None, (p.strip() for p in text.split(_LIST_SEP.strip()))):
        key, sep, value = item.partition("=")
        if not sep:
            raise InvalidValueError(f"'{item}' is not key=value", loc.with_field(field))
        value = value.strip()
        out[key.strip()] = value.split("+") if "+" in value else value
    return out


def _csv_row(kind: str, row: dict, loc: Location) -> dict:
    split = lambda v: [p.strip() for p in v.split(_LIST_SEP.strip()) if p.strip()]  # noqa: E731
    if kind == "entities":
        base = {"id", "type", "name", "aliases", "external_ids"}
        raw = {k: row.get(k) for k in ("id", "type", "name")}
        raw["aliases"] = split(row.get("aliases", ""))
        raw["external_ids"] = _pairs(row.get("external_ids", ""), loc, "external_ids")
        raw["properties"] = {k: v for k, v in row.items() if k not in base and v != ""}
        return raw
    if kind == "claims":
        raw = dict(row)
        raw["attributes"] = _pairs(row.get("attributes", ""), loc, "attributes")
        raw["denies"] = split(row.get("denies", ""))
        for key in ("evidence_start", "evidence_end"):
            if raw.get(key):
                try:
                    raw[key] = int(raw[key])
                except ValueError:
                    raise InvalidValueError(f"expected a whole number, got {raw[key]!r}", loc.with_field(key)) from None
        return raw
    return row
