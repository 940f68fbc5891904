"""Reading articles: header block, HTML and markdown, page furniture, sentences with offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from proxygraph.loaders.articles import parse_article, sentences
from proxygraph.loaders.articles.text import html_to_text
from proxygraph.ontology import LoaderError

ARTICLE = """title: US strike kills commander
outlet: Test Wire
url: https://example.org/a
published: 2024-02-08

Stay informed with free updates
A US drone strike in Iraq killed a commander. The Pentagon said Mr. Smith was not hurt.
Share this article
By Jane Doe
Read the full article here
"""


def test_header_block_gives_the_source_fields():
    a = parse_article(ARTICLE)
    assert (a.title, a.outlet, a.url, a.published) == (
        "US strike kills commander", "Test Wire", "https://example.org/a", dt.date(2024, 2, 8))


def test_furniture_and_bylines_are_not_sentences():
    texts = [s.text for s in sentences(parse_article(ARTICLE))]
    assert texts == ["A US drone strike in Iraq killed a commander.", "The Pentagon said Mr. Smith was not hurt."]


def test_offsets_point_into_the_text():
    a = parse_article(ARTICLE)
    for s in sentences(a):
        assert a.text[s.start:s.end] == s.text


def test_a_text_without_header_starts_at_the_top():
    a = parse_article("A strike hit. Nobody was hurt.")
    assert a.title is None and [s.text for s in sentences(a)] == ["A strike hit.", "Nobody was hurt."]


def test_bad_published_date_is_a_located_error():
    with pytest.raises(LoaderError, match="published"):
        parse_article("title: x\npublished: next week\n\nText here.", path="a.txt")


def test_html_is_stripped_and_its_metadata_read():
    page = """<!doctype html><html><head><title>Strike in Iraq</title>
    <meta property="og:site_name" content="Wire"><meta property="article:published_time" content="2024-02-08T10:00:00Z">
    <script>var x = "A fake sentence.";</script></head><body><nav>Home | World</nav>
    <article><p>A US drone strike in Iraq killed a commander.</p><p>The Pentagon said so.</p></article>
    <footer>Copyright 2024</footer></body></html>"""
    a = parse_article(page, kind=".html")
    assert a.outlet == "Wire" and a.published == dt.date(2024, 2, 8) and a.title == "Strike in Iraq"
    assert [s.text for s in sentences(a)] == ["A US drone strike in Iraq killed a commander.", "The Pentagon said so."]
    assert "fake" not in html_to_text(page)[0]


def test_markdown_is_stripped():
    a = parse_article("# Headline here today\n\nA **US** strike hit [Iraq](https://x.org). It was late.\n", kind=".md")
    assert [s.text for s in sentences(a)] == ["A US strike hit Iraq.", "It was late."]


def test_dateline_is_not_part_of_the_first_sentence():
    a = parse_article("BAGHDAD (Reuters) - A drone strike hit a car in Baghdad on Wednesday.")
    assert sentences(a)[0].text == "A drone strike hit a car in Baghdad on Wednesday."
