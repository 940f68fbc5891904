"""Query results as a table, CSV or JSON (SPARQL 1.1 Query Results JSON), for SPARQL and Cypher.

A result is column names and rows; a value is an RDF term (from SPARQL), a plain Python value
(from Cypher: str, int, float, bool, date, list) or None when unbound.

>>> print(render(["actor", "sources"], [("iran", 3)], "csv"), end="")
actor,sources
iran,3
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from proxygraph.ontology import InvalidValueError

__all__ = ["FORMATS", "plain", "text", "render", "to_csv", "to_json", "to_table"]

FORMATS = ("table", "csv", "json")
_INTEGERS = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger, XSD.positiveInteger}
_FLOATS = {XSD.decimal, XSD.double, XSD.float}


def plain(value):
    """A value as plain Python: IRIs and text as str, dates as ISO strings, numbers, booleans."""
    if value is None or isinstance(value, (bool, int, float, str)) and not isinstance(value, (URIRef, Literal)):
        return value
    if isinstance(value, Literal):
        if value.datatype == XSD.boolean:
            return value.toPython() is True or str(value) in ("true", "1")
        if value.datatype in _INTEGERS:
            return int(value)
        if value.datatype in _FLOATS:
            return float(value)
        return str(value)
    if isinstance(value, (URIRef, BNode)):
        return str(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    iso = getattr(value, "iso_format", None)  # neo4j.time.Date and friends
    return iso() if callable(iso) else str(value)


def text(value) -> str:
    """A value as one cell of text ("" when unbound; lists joined with "; ")."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(text(v) for v in value)
    return str(value)


def to_table(columns: Sequence[str], rows: Sequence[Sequence]) -> str:
    """An aligned plain-text table (rich renders it; wide cells wrap)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_edge=False, pad_edge=False, header_style="bold")
    for row in rows:
        table.add_row(*(text(v) for v in row))
    buf = io.StringIO()
    Console(file=buf, width=200, highlight=False, color_system=None).print(table)
    return buf.getvalue() + f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def to_csv(columns: Sequence[str], rows: Sequence[Sequence]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([text(v) for v in row])
    return buf.getvalue()


def _json_term(value) -> dict:
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    if isinstance(value, Literal):
        out = {"type": "literal", "value": str(value)}
        if value.language:
            out["xml:lang"] = value.language
        elif value.datatype and value.datatype != XSD.string:
            out["datatype"] = str(value.datatype)
        return out
    # A plain value (Cypher): typed as the literal SPARQL would give for it.
    if isinstance(value, bool):
        return {"type": "literal", "value": "true" if value else "false", "datatype": str(XSD.boolean)}
    if isinstance(value, int):
        return {"type": "literal", "value": str(value), "datatype": str(XSD.integer)}
    if isinstance(value, (float, Decimal)):
        return {"type": "literal", "value": str(value), "datatype": str(XSD.decimal)}
    if isinstance(value, dt.date) or callable(getattr(value, "iso_format", None)):
        return {"type": "literal", "value": plain(value), "datatype": str(XSD.date)}
    return {"type": "literal", "value": text(value)}


def to_json(columns: Sequence[str], rows: Sequence[Sequence], boolean: bool | None = None) -> str:
    """SPARQL 1.1 Query Results JSON (unbound values are left out of their binding)."""
    if boolean is not None:
        return json.dumps({"head": {}, "boolean": boolean}, indent=2) + "\n"
    bindings = [
        {col: _json_term(v) for col, v in zip(columns, row) if v is not None} for row in rows
    ]
    doc = {"head": {"vars": list(columns)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render(columns: Sequence[str], rows: Sequence[Sequence], fmt: str = "table", boolean: bool | None = None) -> str:
    """The result in `fmt`: ``table``, ``csv`` or ``json``."""
    if fmt == "json":
        return to_json(columns, rows, boolean)
    if boolean is not None:
        columns, rows = ["answer"], [(boolean,)]
    if fmt == "csv":
        return to_csv(columns, rows)
    if fmt == "table":
        return to_table(columns, rows)
    raise InvalidValueError(f"unknown output format '{fmt}'; expected one of: {', '.join(FORMATS)}")
