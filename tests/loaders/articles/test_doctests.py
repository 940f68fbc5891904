"""The examples in the article modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["__init__", "text", "dates", "gazetteer", "mentions", "extract"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module("proxygraph.loaders.articles" + ("" if name == "__init__" else f".{name}"))
    result = doctest.testmod(module)
    assert result.attempted and not result.failed
