"""Loaders: sources (the curated dataset, articles, structured datasets) into streams of records."""

from proxygraph.loaders.base import Loader, iter_files  # noqa: F401
from proxygraph.loaders.reference import ReferenceLoader, bundled_reference_dir  # noqa: F401
