"""`re` functions over a larger, faster pattern cache, with a literal pre-check and grouped
alternations; :func:`scan` (a pattern tried only where its matches can begin) and
:func:`search_span` (a search between two offsets, pre-checked) for compiled patterns.

The extractor applies hundreds of small patterns per sentence, and most of them cannot match: a
pattern such as ``\\b(?:has|had|have)\\s+nothing\\s+to\\s+do\\s+with`` needs the word "nothing"
somewhere in the text. Each pattern is read once (with `re`'s own parser) for the literal strings
one of which every match must contain; when the text has none of them, the answer (no match) is
given without running the pattern, which would otherwise try every position of the text
(`str.__contains__` is far cheaper). Long alternations are compiled grouped by their first
letter (:func:`factor`). Both leave every result exactly as `re` gives it.

>>> search(r"\\bnothing\\s+to\\s+do\\b", "The group has nothing to do with it").group()
'nothing to do'
>>> _entry(r"\\b(?:if|unless)\\s+\\w+", 0)[1]
('if', 'unless')
"""

from __future__ import annotations

import functools
import re

try:
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - a Python whose `re` keeps its parser elsewhere: no pre-check
    _c = _parser = None

_MAX_LITERALS = 24   # more alternatives than this and the pre-check costs about what the pattern does


def _needed(items) -> tuple[str, ...] | None:
    """Strings one of which every match of the parsed sequence `items` contains (None: no such set).
    Of the candidates the sequence offers, the one with the fewest and longest strings is kept, but
    a set whose strings are all longer than three letters comes first: "the" or "by" is in nearly
    every sentence and rules nothing out ("the ... hallmarks of": "hallmark" is the useful one). A
    lookaround's strings are kept only when the match itself offers none ("hit", not the "was" of
    ``(?<=was\s)hit``)."""
    best: tuple[str, ...] | None = None
    around: tuple[str, ...] | None = None
    run: list[str] = []

    def rank(cand):
        shortest = min(map(len, cand))
        return shortest <= 3, len(cand), -shortest

    def better(cand, than) -> bool:
        return bool(cand) and (than is None or rank(cand) < rank(than))

    def consider(cand):
        nonlocal best
        if better(cand, best):
            best = cand

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & re.IGNORECASE:
                return None  # a case change inside: not worth the bookkeeping
            consider(_needed(sub))
        elif op is _c.ATOMIC_GROUP:
            consider(_needed(av))
        elif op is _c.ASSERT:
            cand = _needed(av[1])  # a lookaround that must match lies inside the text too
            if better(cand, around):
                around = cand
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                consider(_needed(av[2]))
        elif op is _c.BRANCH:
            alts = [_needed(alt) for alt in av[1]]
            if all(alts):
                consider(tuple(dict.fromkeys(s for alt in alts for s in alt)))
    if run:
        consider(("".join(run),))
    return best or around


_QUANTIFIERS = "?*+{"


def factor(pattern: str, flags: int = 0) -> str:
    """The same pattern with long alternations grouped by their first letter: ``said|says|told``
    becomes ``s(?:aid|ays)|told``. `re` tries the alternatives of a group one after another at every
    position, so a list of a hundred verbs costs a hundred tests per word; grouped, a word is tested
    against the first letters, then against the few alternatives of its letter. Alternatives keep
    their order wherever two could match at the same place (one that does not begin with a plain
    letter is a boundary nothing is moved across), so the matches are the same.

    >>> factor("(?P<v>said|says|told|tells|sa(?=y)|[Aa]ccording|added|adds)")
    '(?P<v>s(?:aid|ays|a(?=y))|t(?:old|ells)|[Aa]ccording|a(?:dded|dds))'
    """
    try:
        out, i = _alternation(pattern, 0, bool(flags & re.IGNORECASE))
    except ValueError:
        return pattern
    return out if i == len(pattern) else pattern


def _alternation(src: str, i: int, icase: bool) -> tuple[str, int]:
    """The alternation from `i` up to the ")" that closes it (or the end), factored; and where it stopped."""
    alts: list[str] = []
    cur: list[str] = []
    while i < len(src):
        c = src[i]
        if c == "\\":
            cur.append(src[i: i + 2])
            i += 2
        elif c == "[":
            j = i + 1
            j += src[j] == "^" if j < len(src) else 0
            j += src[j] == "]" if j < len(src) else 0
            while j < len(src) and src[j] != "]":
                j += 2 if src[j] == "\\" else 1
            if j >= len(src):
                raise ValueError("unclosed set")
            cur.append(src[i: j + 1])
            i = j + 1
        elif c == "(":
            head = _group_head(src, i)
            inner, j = _alternation(src, head, icase)
            if j >= len(src) or src[j] != ")":
                raise ValueError("unclosed group")
            cur.append(src[i:head] + inner + ")")
            i = j + 1
        elif c == ")":
            break
        elif c == "|":
            alts.append("".join(cur))
            cur = []
            i += 1
        else:
            cur.append(c)
            i += 1
    alts.append("".join(cur))
    return _grouped(alts, icase), i


def _group_head(src: str, i: int) -> int:
    """Where the body of the group opening at `i` starts; ValueError for constructs left alone
    (conditionals, back-references, comments, inline flags)."""
    if not src.startswith("?", i + 1):
        return i + 1
    for head in ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?>"):
        if src.startswith(head, i):
            return i + len(head)
    if src.startswith("(?P<", i):
        end = src.find(">", i)
        if end > 0:
            return end + 1
    raise ValueError("construct not factored")


def _grouped(alts: list[str], icase: bool) -> str:
    if len(alts) < 6:
        return "|".join(alts)
    out: list[str] = []
    run: dict[str, list[str]] = {}   # first letter -> alternatives, in order, since the last boundary

    def flush():
        for group in run.values():
            out.append(group[0] if len(group) == 1 else group[0][0] + "(?:" + "|".join(a[1:] for a in group) + ")")
        run.clear()

    for a in alts:
        if a[:1].isascii() and a[:1].isalpha() and (len(a) == 1 or a[1] not in _QUANTIFIERS):
            run.setdefault(a[0].lower() if icase else a[0], []).append(a)
        else:
            flush()
            out.append(a)
    flush()
    return "|".join(out)


_ENTRIES: dict = {}   # pattern (flags 0) or (pattern, flags) -> _entry's answer
_MAX_ENTRIES = 4096


def _entry(pattern: str, flags: int = 0) -> tuple[re.Pattern, tuple[str, ...] | None, bool]:
    """The compiled pattern, the literals a match needs (lower case when the pattern ignores
    case) or None, and whether it ignores case. (A plain dict, looked up by the pattern alone when
    there are no flags: the wrappers below ask for it about 1,700 times an article.)"""
    key = (pattern, flags) if flags else pattern
    found = _ENTRIES.get(key)
    if found is None:
        if len(_ENTRIES) >= _MAX_ENTRIES:
            _ENTRIES.clear()
        compiled = re.compile(factor(pattern, flags) if isinstance(pattern, str) and not flags & re.VERBOSE else pattern, flags)
        found = _ENTRIES[key] = (compiled, *_literals(pattern, flags))
    return found


@functools.lru_cache(maxsize=1024)
def _literals(pattern: str, flags: int) -> tuple[tuple[str, ...] | None, bool]:
    """The literals a match of `pattern` needs (see :func:`_entry`) and whether it ignores case."""
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - the pre-check is an optimisation only (also: no parser at all)
        return None, False
    icase = bool(parsed.state.flags & re.IGNORECASE)
    lits = _needed(parsed.data) if isinstance(pattern, str) else None
    if lits and icase:
        lits = tuple(s.lower() for s in lits) if all(s.isascii() for s in lits) else None
    if lits and len(lits) > 6:  # many words: their first letters ("back" for "backs", "backed") do
        lits = tuple(dict.fromkeys(s[:4] for s in lits))
    if lits:  # a word that holds another one of the set adds nothing
        lits = tuple(s for s in dict.fromkeys(lits) if not any(o != s and o in s for o in lits))
    if not lits or len(lits) > _MAX_LITERALS:
        lits = None
    return lits, icase


def _absent(lits: tuple[str, ...], icase: bool, string: str) -> bool:
    """None of `lits` is in `string`, so the pattern cannot match it."""
    if icase:
        if not string.isascii() and ("ı" in string or "ſ" in string):
            return False  # the two letters `re` also takes for an ASCII "i" and "s" when ignoring case
        string = string.lower()
    for s in lits:
        if s in string:
            return False
    return True


def compile(pattern, flags=0):  # noqa: A001 - mirrors re.compile
    return _entry(pattern, flags)[0]


def may_match(compiled: re.Pattern, string: str) -> bool:
    """False when `string` lacks every literal a match of `compiled` needs (it cannot match it,
    nor any part of it)."""
    lits, icase = _literals(compiled.pattern, compiled.flags)
    return lits is None or not _absent(lits, icase, string)


def search_span(compiled: re.Pattern, string: str, pos: int, endpos: int):
    """``compiled.search(string, pos, endpos)``, pre-checked on the whole of `string` (what the
    whole lacks no part of it holds)."""
    return compiled.search(string, pos, endpos) if may_match(compiled, string) else None


def _possible(pattern, string, flags):
    """The compiled `pattern`, or None when `string` lacks a literal every match needs."""
    found = _ENTRIES.get((pattern, flags) if flags else pattern)
    compiled, lits, icase = _entry(pattern, flags) if found is None else found
    if lits is None:
        return compiled
    if icase:
        if not string.isascii() and ("ı" in string or "ſ" in string):
            return compiled
        string = string.lower()
    for s in lits:
        if s in string:
            return compiled
    return None


_NEW_LIST = object()  # (findall's answer when nothing can match: a new empty list each time)


def _pre_checked(method, nothing):
    """``method(compiled, string)`` over the pattern cache, or `nothing` when `string` lacks a
    literal every match needs. The wrapper does :func:`_possible`'s work itself, one call less:
    they are asked for about 1,700 times an article."""
    def call(pattern, string, flags=0):
        found = _ENTRIES.get((pattern, flags) if flags else pattern) or _entry(pattern, flags)
        lits = found[1]
        if lits is not None:
            if found[2]:
                if string.isascii() or not ("ı" in string or "ſ" in string):
                    low = string.lower()
                    for s in lits:
                        if s in low:
                            break
                    else:
                        return [] if nothing is _NEW_LIST else nothing
            else:
                for s in lits:
                    if s in string:
                        break
                else:
                    return [] if nothing is _NEW_LIST else nothing
        return method(found[0], string)

    call.__name__ = call.__qualname__ = method.__name__
    call.__doc__ = f"``re.{method.__name__}`` with the pattern cache and the literal pre-check."
    return call


search = _pre_checked(re.Pattern.search, None)
match = _pre_checked(re.Pattern.match, None)
fullmatch = _pre_checked(re.Pattern.fullmatch, None)
finditer = _pre_checked(re.Pattern.finditer, iter(()))  # (an empty iterator: the same one serves every time)
findall = _pre_checked(re.Pattern.findall, _NEW_LIST)


def split(pattern, string, maxsplit=0, flags=0):
    compiled = _possible(pattern, string, flags)
    return [string] if compiled is None else compiled.split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    compiled = _possible(pattern, string, flags)
    return string if compiled is None else compiled.sub(repl, string, count)


def ends_with(pattern, left: str, flags: int = 0, words: int = 3):
    """``search(pattern, left, flags)`` for a pattern whose matches end the text (``$``) with white
    space and hold at most `words` words: such a match lies in the last `words` words of `left`
    (which must end with white space), so the search starts where they do."""
    if not left[-1:].isspace():
        return None
    if not isinstance(pattern, re.Pattern):
        pattern = (_ENTRIES.get((pattern, flags) if flags else pattern) or _entry(pattern, flags))[0]
    parts = left.rsplit(None, words)
    return pattern.search(left, len(parts[0]) if len(parts) > words else 0)


_HEAD_LEN = 5        # the texts a match begins with, cut at this many characters ("attac")
_MAX_HEADS = 80      # more such texts than this and the pattern is left to finditer


def _heads(items, i: int, prefix: str) -> set[tuple[str, bool]]:
    """The texts a match of the parsed sequence `items[i:]` can begin with, after `prefix`, each cut
    at _HEAD_LEN characters or where the pattern stops being plain letters: (text, whether the
    sequence ends there). Zero-width items (``\\b``, lookarounds) add nothing."""
    if i == len(items):
        return {(prefix, True)}
    if len(prefix) >= _HEAD_LEN:
        return {(prefix, False)}
    op, av = items[i]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _heads(items, i + 1, prefix)
    if op is _c.LITERAL:
        return _heads(items, i + 1, prefix + chr(av))
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= 4:
        return set().union(*(_heads(items, i + 1, prefix + chr(c)) for _, c in av))
    alts = None
    if op is _c.SUBPATTERN and not (av[1] | av[2]):
        alts = [av[3]]
    elif op is _c.BRANCH:
        alts = av[1]
    if alts is not None:
        out: set[tuple[str, bool]] = set()
        for alt in alts:
            for text, ended in _heads(alt, 0, prefix):
                out |= _heads(items, i + 1, text) if ended else {(text, False)}
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] <= 1:
        once = {(text, False) for text, _ in _heads(av[2], 0, prefix)}
        return once | _heads(items, i + 1, prefix) if av[0] == 0 else once
    return {(prefix, False)}


def _head_texts(pattern: str, flags: int) -> tuple[set[str], str] | None:
    """The texts a match of `pattern` begins with and the boundary that leads it (r"\b" or ""), or
    None when that is not known or not worth it (a match may begin anywhere, or the pattern ignores case)."""
    if flags & (re.IGNORECASE | re.VERBOSE) or _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an optimisation only
        return None
    if parsed.state.flags & re.IGNORECASE or parsed.getwidth()[0] == 0:
        return None  # (an empty match would make finditer step on by itself)
    heads = {text for text, _ in _heads(parsed.data, 0, "")}
    if "" in heads or len(heads) > _MAX_HEADS:
        return None
    # a pattern that begins at a word boundary is looked for only at word boundaries: the
    # lookahead is then not tried inside words
    lead = r"\b" if parsed.data and tuple(parsed.data[0]) == (_c.AT, _c.AT_BOUNDARY) else ""
    return heads, lead


def _alternatives(heads: set[str]) -> str:
    return factor("|".join(re.escape(h) for h in sorted(heads)))


@functools.lru_cache(maxsize=64)
def _head_finder(pattern: str, flags: int) -> re.Pattern | None:
    """A pattern that finds, at once, each place where a match of `pattern` can begin (the texts
    its matches begin with, in a lookahead), or None when that is not known or not worth it (a
    match may begin anywhere, or the pattern ignores case)."""
    found = _head_texts(pattern, flags)
    if found is None:
        return None
    heads, lead = found
    return re.compile(lead + "(?=" + _alternatives(heads) + ")", flags & re.ASCII)


def joint_head_finder(*compiled: re.Pattern) -> re.Pattern | None:
    """One pattern for the places where a match of any of `compiled` can begin, when each of them
    begins at a word boundary (as :func:`_head_finder`): a text is then walked once for all of
    them. None when one of them has no such finder."""
    found = [_head_texts(c.pattern, c.flags) for c in compiled]
    if not found or any(f is None or f[1] != r"\b" for f in found):
        return None
    return re.compile(r"\b(?=" + _alternatives(set().union(*(f[0] for f in found))) + ")", compiled[0].flags & re.ASCII)


@functools.lru_cache(maxsize=64)
def _scanner(pattern: str, flags: int) -> tuple[re.Pattern | None, re.Pattern | None]:
    """What :func:`scan` looks with: the finder of :func:`_head_finder`, its places being where it
    ends; and None, or a pattern for the start of the text. When every match begins at a word
    boundary with a word letter, the places are those right after a non-word character (``\\W``,
    the same as ``\\b`` before a letter) and the start of the text: `re` then skips to the next
    non-word character in one step instead of trying the lookahead's test at every position."""
    found = _head_texts(pattern, flags)
    if found is None:
        return None, None
    heads, lead = found
    alts = _alternatives(heads)
    ascii_ = flags & re.ASCII
    if lead and all(re.match(r"\w", h[0], ascii_) for h in heads):
        return re.compile(r"\W(?=" + alts + ")", ascii_), re.compile("(?=" + alts + ")", ascii_)
    return _head_finder(pattern, flags), None


def scan(compiled: re.Pattern, string: str):
    """The matches of ``compiled.finditer(string)``, the pattern tried only where the text begins
    with what a match begins with ("attac", "struc", "hit", ...). A pattern led by ``\\b`` and a
    long alternation is otherwise tried, alternative by alternative, at every position."""
    finder, first = _scanner(compiled.pattern, compiled.flags)
    if finder is None:
        yield from compiled.finditer(string)
        return
    end = 0
    if first is not None and first.match(string):
        m = compiled.match(string)
        if m:
            end = m.end()
            yield m
    for head in finder.finditer(string):
        at = head.end()  # (where a zero-width head is, or right after the non-word character)
        if at >= end:
            m = compiled.match(string, at)
            if m:
                end = m.end()
                yield m
