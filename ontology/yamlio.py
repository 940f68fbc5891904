"""YAML reading that remembers line numbers, so every error can name file, line and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from proxygraph.ontology.exc import LoaderError, Location

__all__ = ["LocatedDict", "LocatedList", "load_yaml", "read_text"]


class LocatedDict(dict):
    """A dict that knows the line it starts on and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LocatedList(list):
    """A list that knows the line it starts on and the line of each item (1-based)."""

    line: int = 0
    item_lines: list


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    out = LocatedDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "found an unhashable key", key_node.start_mark
            )
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}'", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LocatedList:
    out = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    # Dates stay strings: the model parses them, with a located error when they are bad.
    return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def read_text(path: str | Path, max_bytes: int | None = None) -> str:
    """Read a UTF-8 text file or raise a :class:`LoaderError` that says why not."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise LoaderError("file not found", Location(str(p))) from None
    except IsADirectoryError:
        raise LoaderError("is a directory, expected a file", Location(str(p))) from None
    except OSError as e:
        raise LoaderError(f"cannot read: {e.strerror}", Location(str(p))) from None
    if max_bytes is not None and len(data) > max_bytes:
        raise LoaderError(
            f"file is {len(data):,} bytes, more than the {max_bytes:,} allowed", Location(str(p))
        )
    if b"\x00" in data:
        raise LoaderError("binary file (contains NUL bytes), expected UTF-8 text", Location(str(p)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise LoaderError(
            f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})",
            Location(str(p), line),
        ) from None


def load_yaml(path: str | Path, text: str | None = None) -> Any:
    """Parse a YAML file; mappings and lists come back located (see :class:`LocatedDict`)."""
    if text is None:
        text = read_text(path)
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        problem = e.problem or e.context or "invalid YAML"
        raise LoaderError(f"invalid YAML: {problem}", Location(str(path), line)) from None
    except yaml.YAMLError as e:
        raise LoaderError(f"invalid YAML: {e}", Location(str(path))) from None
