"""Time expressions in news text, resolved against the publication date.

Each expression becomes a :class:`TimeRef` with a range of days (``earliest`` .. ``latest``); a
single day has both equal. Relative expressions ("Wednesday", "last month", "since October 18")
need the publication date; without it they stay unresolved and say why.

>>> pub = dt.date(2024, 2, 8)   # a Thursday
>>> [(t.text, str(t.earliest), str(t.latest)) for t in find_dates("Wednesday's strike", pub)]
[('Wednesday', '2024-02-07', '2024-02-07')]
>>> find_dates("late last month", pub)[0].latest
datetime.date(2024, 1, 31)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from proxygraph.loaders.articles import _rx as rx

__all__ = ["TimeRef", "find_dates"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}

_M = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")),
    ("md", re.compile(rf"\b(?P<since>since\s+)?{_M}\s+{_D}\b{_Y}")),
    ("dm", re.compile(rf"\b(?P<since>since\s+)?{_D}\s+{_M}{_Y}\b")),
    ("ago", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("old", re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?P<unit>day|week|month|year)-old\b", re.I)),
    ("rel", re.compile(r"\b(?P<part>(?:late|early|earlier|mid|the\s+end\s+of|the\s+start\s+of)\s+)?(?P<which>last|this|next|earlier\s+this|later\s+this)\s+(?P<unit>week(?:end)?|month|year)\b", re.I)),
    ("lastday", re.compile(r"\b(?P<which>last|this|next)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b", re.I)),
    ("word", re.compile(r"\b(?P<w>yesterday|today|tonight)\b", re.I)),
    ("mon", re.compile(rf"\b(?P<since>since\s+)?(?:(?P<part>late|early|mid)[- ])?(?:in\s+)?{_M}(?:\s+(?P<year>(?:19|20)\d\d))?\b")),
    ("wd", re.compile(r"\b(?P<since>since\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
]

_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = re.compile("|".join(_MONTH_STEMS))
_DIGIT = re.compile(r"\d")
# What a match of "iso" and of "dm" cannot be without (looked for from a digit on, which is quick):
# a digit before "-" and a month's number, and a day's number before a month's name
_ISO_HINT = re.compile(r"\d-[01]\d-")
_DM_HINT = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:" + "|".join(_MONTH_STEMS) + ")")


def _possible(text: str, low: str) -> dict[str, bool]:
    """Which patterns may match `text` (`low`: lower case), by what none can match without: a
    month's name (every one begins with one of the stems, capitalised), a digit, a word. A cheap
    test first: most sentences have no month, no "ago", no "-old", no "yesterday"."""
    month = _MONTH.search(text) is not None
    digit = _DIGIT.search(text) is not None
    day = "day" in low
    unit = "week" in low or "month" in low or "year" in low
    # "last", "this", "next" (re.I also takes "ı" and "ſ" for "i" and "s": then not looked for),
    # wanted only with a unit or a day
    which = (unit or day) and ("last" in low or "this" in low or "next" in low or "ı" in low or "ſ" in low)
    return {
        "iso": digit and "-" in text and _ISO_HINT.search(text) is not None, "md": month and digit,
        "dm": month and digit and _DM_HINT.search(text) is not None, "ago": " ago" in low,
        "old": "-old" in low, "rel": which and unit,
        "lastday": which and day, "word": day and ("yesterday" in low or "today" in low) or "tonight" in low,
        "mon": month, "wd": day,
    }


@dataclass(frozen=True)
class TimeRef:
    """A time expression: its text and offsets, and the days it may mean (None when unresolved)."""

    text: str
    start: int
    end: int
    earliest: dt.date | None
    latest: dt.date | None
    since: bool = False
    note: str | None = None

    @property
    def day(self) -> dt.date | None:
        return self.earliest if self.earliest and self.earliest == self.latest else None

    def to_dict(self) -> dict:
        return {
            "text": self.text, "start": self.start, "end": self.end,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "since": self.since, "resolved": self.earliest is not None,
            **({"note": self.note} if self.note else {}),
        }


def find_dates(text: str, published: dt.date | None, offset: int = 0) -> list[TimeRef]:
    """Every time expression of `text`, left to right, resolved against `published` when given."""
    taken: list[tuple[int, int]] = []
    out: list[TimeRef] = []
    possible = _possible(text, text.lower())
    for kind, pattern in _PATTERNS:
        if not possible[kind]:
            continue
        for m in rx.scan(pattern, text):  # (where a match can begin only)
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == "mon" and not _month_context(text, m):
                continue
            rng, note = _resolve(kind, m, published)
            taken.append((m.start(), m.end()))
            since = bool(m.groupdict().get("since"))
            s = m.start("mon") if kind in ("md", "mon") and since else m.start()
            if since and kind in ("md", "dm", "mon", "wd"):
                s = m.start() + len(m["since"])
            out.append(TimeRef(text[s: m.end()], s + offset, m.end() + offset, rng[0], rng[1], since, note))
    return sorted(out, key=lambda t: t.start)


def _month_context(text: str, m: re.Match) -> bool:
    # "May" is also a verb; a bare month needs "in", "since", a part word or a year.
    if m["mon"].lower() != "may":
        return True
    return bool(m["year"] or m["part"] or m["since"] or re.search(r"\bin\s+$", text[: m.start()]))


def _resolve(kind: str, m: re.Match, pub: dt.date | None):
    g = m.groupdict()
    if kind == "iso":
        try:
            d = dt.date.fromisoformat(g["iso"])
            return (d, d), None
        except ValueError:
            return (None, None), "not a valid date"
    if kind in ("md", "dm"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        day = int(g["day"])
        year = int(g["year"]) if g.get("year") else None
        if year is None:
            if pub is None:
                return (None, None), "no publication date to give the year"
            year = pub.year
            try:
                if dt.date(year, month, day) > pub + dt.timedelta(days=7) or (g.get("since") and dt.date(year, month, day) > pub):
                    year -= 1
            except ValueError:
                return (None, None), "not a valid date"
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return (None, None), "not a valid date"
        return (d, d), None
    if kind == "mon":
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else None
        if year is None:
            if pub is None:
                return (None, None), "no publication date to give the year"
            year = pub.year if month <= pub.month else pub.year - 1
        return _part(_month_range(year, month), g.get("part")), None
    if pub is None:
        return (None, None), "relative date and no publication date (give --published or a 'published:' header)"
    if kind == "word":
        w = g["w"].lower()
        d = pub - dt.timedelta(days=1) if w == "yesterday" else pub
        return (d, d), None
    if kind == "wd":
        wd = _DAYS[g["wd"].lower()]
        back = (pub.weekday() - wd) % 7
        d = pub - dt.timedelta(days=back)
        return (d, d), None
    if kind == "lastday":
        wd = _DAYS[g["wd"].lower()]
        which = g["which"].lower()
        if which == "next":
            ahead = (wd - pub.weekday()) % 7 or 7
            d = pub + dt.timedelta(days=ahead)
        else:
            back = (pub.weekday() - wd) % 7 or 7
            if which == "this":
                back = (pub.weekday() - wd) % 7
            d = pub - dt.timedelta(days=back)
        return (d, d), None
    if kind == "ago":
        n = _num(g["n"])
        unit = g["unit"].lower()
        if unit == "day":
            d = pub - dt.timedelta(days=n)
            return (d, d), None
        if unit == "week":
            d = pub - dt.timedelta(weeks=n)
            return (d - dt.timedelta(days=3), d + dt.timedelta(days=3)), None
        if unit == "month":
            y, mo = _shift_month(pub.year, pub.month, -n)
            return _month_range(y, mo), None
        return (dt.date(pub.year - n, 1, 1), dt.date(pub.year - n, 12, 31)), None
    if kind == "old":
        n = _num(g["n"])
        unit = g["unit"].lower()
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        half = {"day": 0, "week": 3, "month": 15, "year": 182}[unit]
        d = pub - dt.timedelta(days=days)
        return (d - dt.timedelta(days=half), d + dt.timedelta(days=half)), "the start of something this old"
    # kind == "rel"
    which = " ".join(g["which"].lower().split())
    unit = g["unit"].lower()
    part = " ".join((g.get("part") or "").lower().split())
    if unit == "weekend":
        back = (pub.weekday() - 5) % 7 or 7 if which == "last" else (pub.weekday() - 5) % 7
        sat = pub - dt.timedelta(days=back)
        if which == "next":
            sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7)
        # News counts a Friday-night operation as "the weekend".
        return (sat - dt.timedelta(days=1), sat + dt.timedelta(days=1)), None
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        if which == "last":
            monday -= dt.timedelta(days=7)
        elif which == "next":
            monday += dt.timedelta(days=7)
        end = monday + dt.timedelta(days=6)
        if which in ("this", "earlier this"):
            end = min(end, pub)
        return (monday, end), None
    if unit == "month":
        step = {"last": -1, "next": 1}.get(which, 0)
        y, mo = _shift_month(pub.year, pub.month, step)
        rng = _month_range(y, mo)
        if which in ("this", "earlier this"):
            rng = (rng[0], pub)
        return _part(rng, part), None
    step = {"last": -1, "next": 1}.get(which, 0)
    rng = (dt.date(pub.year + step, 1, 1), dt.date(pub.year + step, 12, 31))
    if which in ("this", "earlier this"):
        rng = (rng[0], pub)
    return _part(rng, part), None


def _num(text: str) -> int:
    return int(text) if text.isdigit() else _NUM.get(text.lower(), 1)


def _shift_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _part(rng: tuple[dt.date, dt.date], part: str | None) -> tuple[dt.date, dt.date]:
    a, b = rng
    span = (b - a).days
    if part in ("late", "the end of"):
        return a + dt.timedelta(days=span * 2 // 3), b
    if part in ("early", "the start of"):
        return a, a + dt.timedelta(days=span // 3)
    if part == "mid":
        return a + dt.timedelta(days=span // 3), a + dt.timedelta(days=span * 2 // 3)
    return rng
