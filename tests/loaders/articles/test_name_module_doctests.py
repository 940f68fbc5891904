"""The examples in the docstrings of the name-finding modules run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["names", "metonyms", "clues"])
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(f"proxygraph.loaders.articles.{name}"))
    assert result.attempted and not result.failed
