"""Value parsing shared by the model, the loaders and the graph: dates, grades, names, ids."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from proxygraph.ontology.exc import InvalidValueError, Location

__all__ = ["parse_date", "format_date", "parse_grade", "normalize_name", "slugify", "ID_RE"]

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._:-]*$")
_GRADE_RE = re.compile(r"^([A-F])([1-6])$")
# Apostrophes, ayn/hamza marks and quotes vanish in transliteration: Kata'ib = Kataib.
_DROP = dict.fromkeys(map(ord, "'’‘`´ʼʻʿʾ\"“”"), None)
_SPACE = re.compile(r"[\s\-_/.,;:()\[\]]+")


def parse_date(value, location: Location | None = None, field: str = "date") -> dt.date | None:
    """Parse an ISO date (YYYY-MM-DD); empty means None. Raises a located error otherwise.

    >>> parse_date("2024-01-28")
    datetime.date(2024, 1, 28)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValueError(
            f"'{text}' is not a date; expected YYYY-MM-DD",
            (location or Location()).with_field(field),
        ) from None


def format_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def parse_grade(value, location: Location | None = None) -> str:
    """Check an Admiralty code: reliability A-F followed by credibility 1-6 (e.g. ``B2``)."""
    text = str(value or "").strip().upper()
    if not _GRADE_RE.match(text):
        raise InvalidValueError(
            f"'{value}' is not an Admiralty grade; expected a letter A-F and a digit 1-6, e.g. B2",
            (location or Location()).with_field("grade"),
        )
    return text


def normalize_name(name: str) -> str:
    """The key names are matched on: case, accents, apostrophes, hyphens and a leading 'the' fold.

    >>> normalize_name("Kata'ib Hizballah") == normalize_name("kataib  hizballah")
    True
    >>> normalize_name("The Houthis")
    'houthis'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_DROP).casefold()
    text = _SPACE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def slugify(name: str) -> str:
    """A stable id from a name: ``"Kataib Hezbollah"`` -> ``"kataib-hezbollah"``."""
    return normalize_name(name).replace(" ", "-") or "unnamed"
