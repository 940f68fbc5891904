"""Shared by the pattern tests: an invented news text through the extractor, and its claims as
comparable tuples."""

from __future__ import annotations

from proxygraph.loaders.articles import Gazetteer, extract, parse_article


def extract_text(body: str, known: Gazetteer, published: str):
    """The extraction of `body` as an article of a test wire published on `published`."""
    return extract(parse_article(f"title: t\noutlet: Test Wire\npublished: {published}\n\n{body}\n"), known)


def claim_tuples(extraction) -> set[tuple]:
    """(subject, predicate, object, claimant, modality) of every claim found."""
    return {(c.subject, c.predicate, c.object, c.claimant, c.modality) for c in extraction.claims}
