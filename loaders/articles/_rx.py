"""`re` functions over a larger, faster pattern cache: the extractor applies hundreds of small
patterns per article, and `re`'s own cache lookup is a noticeable share of its time."""

from __future__ import annotations

import functools
import re

compile = functools.lru_cache(maxsize=4096)(re.compile)  # noqa: A001 - mirrors re.compile


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)
