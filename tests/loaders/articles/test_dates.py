"""Time expressions resolve against the publication date, and say so when they cannot."""

from __future__ import annotations

import datetime as dt

import pytest

from proxygraph.loaders.articles.dates import find_dates

PUB = dt.date(2024, 2, 8)  # a Thursday


@pytest.mark.parametrize("text, earliest, latest", [
    ("Wednesday’s strike", "2024-02-07", "2024-02-07"),
    ("late last month", "2024-01-21", "2024-01-31"),
    ("last month", "2024-01-01", "2024-01-31"),
    ("last weekend", "2024-02-02", "2024-02-04"),
    ("since October 18", "2023-10-18", "2023-10-18"),
    ("last Friday", "2024-02-02", "2024-02-02"),
    ("on January 28", "2024-01-28", "2024-01-28"),
    ("on 28 January 2024", "2024-01-28", "2024-01-28"),
    ("yesterday", "2024-02-07", "2024-02-07"),
])
def test_relative_dates_resolve_against_publication(text, earliest, latest):
    t = find_dates(text, PUB)[0]
    assert (str(t.earliest), str(t.latest)) == (earliest, latest)


def test_since_is_flagged():
    assert find_dates("since October 18", PUB)[0].since


def test_without_publication_date_relative_dates_stay_unresolved():
    t = find_dates("Wednesday’s strike", None)[0]
    assert t.earliest is None and "publication date" in t.note


def test_absolute_dates_need_no_publication_date():
    assert str(find_dates("on 28 January 2024", None)[0].earliest) == "2024-01-28"


def test_may_the_verb_is_not_a_month():
    assert find_dates("Iran may respond", PUB) == []
