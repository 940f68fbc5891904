"""Find known entities in text: names and aliases, folded for spelling and transliteration.

Names fold as :func:`proxygraph.ontology.normalize_name` does (case, accents, apostrophes,
hyphens), and a token may also match a variant with the same consonant skeleton and a small edit
distance, so Hizbollah / Hezbollah / Hizballah and Kataib / Kata'ib / Kataeb fold, but Hamas and
Homs do not (a two-letter change in a five-letter word).

>>> from proxygraph.ontology import Entity
>>> g = Gazetteer([Entity("kataib-hezbollah", "ArmedGroup", "Kataib Hezbollah")])
>>> [(m.entity_id, m.text) for m in g.find("The US blamed Kata'ib Hizbollah.")]
[('kataib-hezbollah', "Kata'ib Hizbollah")]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from proxygraph.ontology import Entity

__all__ = ["Gazetteer", "GazMatch", "Token", "tokenize", "fold", "skeleton", "similar", "DEMONYMS", "CAPITALS"]

_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*", re.UNICODE)
_APOS = dict.fromkeys(map(ord, "'’‘`´ʼʻʿʾ"), None)
_VOWELS = re.compile(r"[aeiouyw]+")
_STOP_NAMES = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "at", "by", "with"}

# Adjectives and short forms that name a state. Values are the state's name, looked up in the gazetteer.
DEMONYMS = {
    "american": "United States", "us": "United States", "u.s": "United States", "usa": "United States",
    "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "jordanian": "Jordan", "israeli": "Israel",
    "lebanese": "Lebanon", "yemeni": "Yemen", "british": "United Kingdom", "uk": "United Kingdom",
    "saudi": "Saudi Arabia", "russian": "Russia", "chinese": "China", "turkish": "Turkey",
    "egyptian": "Egypt", "qatari": "Qatar", "emirati": "United Arab Emirates", "bahraini": "Bahrain",
    "kuwaiti": "Kuwait", "french": "France", "german": "Germany", "omani": "Oman", "pakistani": "Pakistan",
}
# Capitals used as metonyms for their state ("Tehran insists", "Washington is being drawn in").
CAPITALS = {
    "washington": "United States", "tehran": "Iran", "baghdad": "Iraq", "damascus": "Syria",
    "amman": "Jordan", "beirut": "Lebanon", "jerusalem": "Israel", "london": "United Kingdom",
    "moscow": "Russia", "beijing": "China", "riyadh": "Saudi Arabia", "ankara": "Turkey",
    "cairo": "Egypt", "doha": "Qatar", "muscat": "Oman", "paris": "France",
}


class Token:
    """A word of the text: its offsets, its folded key, the key without a possessive 's, and
    whether it is capitalised (worked out from the text when not given)."""

    __slots__ = ("text", "start", "end", "key", "base", "upper")

    def __init__(self, text: str, start: int, end: int, key: str, base: str, upper: bool | None = None):
        self.text, self.start, self.end, self.key, self.base = text, start, end, key, base
        self.upper = text[:1].isupper() if upper is None else upper

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class GazMatch(NamedTuple):
    """A known name found in the text (a tuple: cheap to make, one per name found)."""

    entity_id: str
    text: str
    start: int
    end: int
    first: int      # token indexes [first, last)
    last: int
    exact: bool
    candidates: tuple[str, ...] = ()


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case, accents and apostrophes folded: ``Kata'ib`` -> ``kataib``."""
    if word.isascii():
        return word.translate(_APOS).lower()
    text = unicodedata.normalize("NFKD", word)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_APOS).casefold()


@functools.lru_cache(maxsize=65536)
def _variants_key(word: str) -> str:
    """Where a word's transliterated variants are filed: its skeleton and first letter."""
    return skeleton(word) + word[:1]


@functools.lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """Consonants with doubles collapsed: ``hizballah`` and ``hezbollah`` -> ``hzblh``."""
    s = _VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", s)


def _distance(a: str, b: str, cap: int = 3) -> int:
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@functools.lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Two folded words that are one transliteration apart (same skeleton, a small edit)."""
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0] or skeleton(a) != skeleton(b):
        return False
    d = _distance(a, b)
    return d <= 1 or (d <= 2 and min(len(a), len(b)) >= 6)


@functools.lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str, str, bool]:
    """(key, base, capitalised) of a word; `base` drops a possessive 's ("Iran's" -> "iran")."""
    key = fold(word)
    # ("EU's": a short word's 's is a possessive when the word is in capitals; "it's" is not)
    base = key[:-1] if key[-1:] == "s" and word[-2:-1] in ("'", "’", "ʼ") and (len(key) > 3 or word[:-2].isupper()) else key
    return key, base, word[:1].isupper()


_new = object.__new__
# The same words as _TOKEN's, in a group (for re.split), and in ASCII text, where a word character
# other than "_" is a letter or a digit and "'" and "`" are the only apostrophes: then quicker to find
_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]+)")
_SPLIT_ASCII_APOS = re.compile(r"([A-Za-z0-9][A-Za-z0-9]*(?:['`][A-Za-z0-9]+)*)")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The words of `text`, their offsets shifted by `offset` (a word's folded forms are cached).

    The text is split into the words and what lies between them, so that each offset is the sum of
    the lengths before it. Tokens are made without calling ``Token.__init__`` (the same attributes,
    set here)."""
    if text.isascii():
        parts = (_SPLIT_ASCII_APOS if "'" in text or "`" in text else _SPLIT_ASCII).split(text)
    else:
        parts = _SPLIT.split(text)
    out = []
    append = out.append
    pos = offset + len(parts[0])
    for word, gap in zip(parts[1::2], parts[2::2]):
        key, base, upper = _word(word)
        t = _new(Token)
        t.text = word
        t.start = pos
        pos += len(word)
        t.end = pos
        t.key = key
        t.base = base
        t.upper = upper
        append(t)
        pos += len(gap)
    return out


def name_keys(name: str) -> tuple[str, ...]:
    keys = [fold(m.group()) for m in _TOKEN.finditer(name)]
    while keys and keys[0] == "the":
        keys = keys[1:]
    return tuple(keys)


_MEMO_SIZE = 65536  # words remembered per trie node and for what a word can start


class _Node:
    """A node of the name trie: the next words of names (folded), the names that end here, and the
    next words by consonant skeleton and first letter, where transliterated variants are looked up."""

    __slots__ = ("children", "ends", "fuzz", "memo")

    def __init__(self):
        self.children: dict[str, _Node] = {}
        self.ends: list[tuple[str, bool]] = []    # (entity id, acronym) of the names ending here
        self.fuzz: dict[str, list[str]] = {}       # skeleton + first letter -> next words
        self.memo: dict = {}                       # (word, alt) -> what :meth:`step` gave

    def child(self, key: str) -> _Node:
        node = self.children.get(key)
        if node is None:
            node = self.children[key] = _Node()
            self.fuzz.setdefault(_variants_key(key), []).append(key)
            self.memo.clear()
        return node

    def step(self, word: str, alt: str = "") -> list[tuple[_Node, bool]]:
        """The nodes of the next words that `word` (or `alt`, exactly) matches: (node, exact),
        remembered per word (the list is shared: not to be changed)."""
        out = self.memo.get((word, alt))
        if out is None:
            if len(self.memo) >= _MEMO_SIZE:
                self.memo.clear()  # (a long batch meets ever more words: kept bounded)
            out = self.memo[(word, alt)] = self._step(word, alt)
        return out

    def _step(self, word: str, alt: str) -> list[tuple[_Node, bool]]:
        out = []
        node = self.children.get(word)
        if node is not None:
            out.append((node, True))
        if alt and alt != word:
            node = self.children.get(alt)
            if node is not None:
                out.append((node, True))
        if len(word) >= 4:
            for key in self.fuzz.get(_variants_key(word), ()):
                if key != word and key != alt and similar(word, key):
                    out.append((self.children[key], False))
        return out


class Gazetteer:
    """Known entities by folded name; :meth:`find` gives the longest match at each position.

    Names are a trie of folded words, so a sentence is read once: at each capitalised word (or a
    word that starts a name) the trie is walked over the following words, exact words first and
    transliterated variants through the node's skeleton index. What a word can start (its first
    trie nodes) is cached per distinct word."""

    def __init__(self, entities: Iterable[Entity] = (), affiliations: dict[str, str] | None = None):
        self.entities: dict[str, Entity] = {}
        # person -> the group, organ or state they lead or belong to (from curated leads/member_of claims)
        self.affiliations: dict[str, str] = dict(affiliations or {})
        self._exact: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        self._root = _Node()
        self._surnames: dict[str, set[str]] = {}
        self._event_index = None
        self._tails: dict[tuple[str, ...], set[str]] = {}
        self._starts: dict[str, tuple | None] = {}   # a word's text -> what it can start (None: nothing)
        self._surname_firsts: set[str] = set()       # first words of the surnames of two words
        self._by_name: dict[str, list[str]] = {}
        self._by_tail: dict[str, str | None] = {}
        for e in entities:
            self.add(e)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        self._starts.clear()  # rebuilt lazily
        self._by_name.clear()
        self._by_tail.clear()
        for name in entity.names():
            keys = name_keys(name)
            if not keys:
                continue
            acronym = len(keys) == 1 and name.strip().isupper()
            self._exact.setdefault(keys[0], []).append((keys, entity.id, acronym))
            node = self._root
            for k in keys:
                node = node.child(k)
            node.ends.append((entity.id, acronym))
            if len(keys) >= 3 and entity.type not in ("Person",):
                self._tails.setdefault(keys[1:], set()).add(entity.id)
            if entity.type == "Person" and len(keys) >= 2:
                tail = keys[-2:] if keys[-2] in ("al", "el", "bin", "ibn", "abu") else keys[-1:]
                self._surnames.setdefault(tail, set()).add(entity.id)
                if len(tail) == 2:
                    self._surname_firsts.add(tail[0])

    def event_index(self) -> tuple[dict[str, list[str]], list[Entity]]:
        """Names of every entity (for matching events' places and actors) and the known events; built once."""
        if getattr(self, "_event_index", None) is None or self._event_index[2] != len(self.entities):
            names = {eid: [e.name, *[a for a in e.aliases if len(a) > 1]] for eid, e in self.entities.items()}
            events = [e for e in self.entities.values() if e.type in ("Event", "Attack", "Strike", "Conflict", "Designation")]
            self._event_index = (names, events, len(self.entities))
        return self._event_index[0], self._event_index[1]

    def conflict_words(self) -> list[tuple[str, list[set[str]]]]:
        """The known conflicts with the word sets of their names that have "war" or "conflict" (folded,
        split at spaces and hyphens); built once."""
        if getattr(self, "_conflict_words", None) is None or self._conflict_words[1] != len(self.entities):
            found = []
            for e in self.event_index()[1]:
                if e.type == "Conflict":
                    words = [set(re.split(r"[\s-]+", fold(name))) for name in (e.name, *e.aliases)]
                    found.append((e.id, [w for w in words if w & {"war", "conflict"}]))
            self._conflict_words = (found, len(self.entities))
        return self._conflict_words[0]

    def by_tail(self, name: str) -> str | None:
        """The one entity with an alias that ends with `name` ("White House" in "Biden White House")."""
        if name in self._by_tail:
            return self._by_tail[name]
        keys = name_keys(name)
        ids = self._tails.get(keys, set()) if len(keys) >= 2 else set()
        exact = self.by_name(name)
        if len(self._by_tail) >= _MEMO_SIZE:
            self._by_tail.clear()
        found = self._by_tail[name] = next(iter(ids)) if len(ids) == 1 and not exact else None
        return found

    def by_name(self, name: str) -> list[str]:
        """Ids of entities named exactly `name` (folded), e.g. a state's name from a demonym."""
        ids = self._by_name.get(name)
        if ids is None:
            keys = name_keys(name)
            ids = self._by_name[name] = sorted({eid for k, eid, _ in self._exact.get(keys[0] if keys else "", ()) if k == keys})
        return list(ids)

    def find(self, text: str, offset: int = 0, tokens: list[Token] | None = None) -> list[GazMatch]:
        """Non-overlapping longest matches in `text`, left to right."""
        toks = tokens if tokens is not None else tokenize(text, offset)
        out: list[GazMatch] = []
        starts = self._exact
        known = self._starts
        i, n_toks = 0, len(toks)
        while i < n_toks:
            t = toks[i]
            if not t.upper and t.key not in starts:
                i += 1  # most words: lower case and starting no name
                continue
            start = known.get(t.text, False)
            if start is False:  # (a word's key, base and case follow from its text)
                if len(known) >= _MEMO_SIZE:
                    known.clear()
                start = known[t.text] = self._start(t.key, t.base, t.upper)
            if start is None:
                i += 1  # a word that starts no name and is no surname
                continue
            best = self._match_at(toks, i, start)
            if best is None:
                i += 1
                continue
            n, ids, exact = best
            first, last = t, toks[i + n - 1]
            out.append(GazMatch(ids[0], text[first.start - offset: last.end - offset], first.start, last.end, i, i + n, exact, tuple(ids)))
            i += n
        return out

    def _start(self, key: str, base: str, upper: bool) -> tuple:
        """What a word can start: (names of one word it is: [(id, acronym, exact)], trie nodes of
        longer names it begins: [(node, exact)]). A lower-case word only starts names exactly;
        a capitalised one also by its possessive-free form and by transliteration. None when the
        word starts nothing and cannot be a known person's surname either (see :meth:`_surname_at`)."""
        firsts = {key: self._root.children[key]} if key in self._root.children else {}
        if upper:
            if base != key and base in self._root.children:
                firsts[base] = self._root.children[base]
            if len(key) >= 4:
                for k in self._root.fuzz.get(_variants_key(base), ()):
                    firsts[k] = self._root.children[k]
        ends, nodes = [], []
        for k, node in firsts.items():
            if node.ends:  # a one-word name: the word as a whole, without a possessive
                exact = k == base or k == key
                if exact or similar(base, k):
                    ends.extend((eid, acronym, exact) for eid, acronym in node.ends)
            if node.children:
                exact = k == key
                if exact or similar(key, k):
                    nodes.append((node, exact))
        if not ends and not nodes and not (upper and (key in self._surname_firsts or len(base) > 3 and (base,) in self._surnames)):
            return None
        return ends, nodes

    def _match_at(self, toks: list[Token], i: int, start: tuple):
        """(length, ids, exact) of the longest name starting at word `i` (exact spellings win a
        tie), else a known person's surname there, else None. `start`: what the word can start."""
        t = toks[i]
        ends, nodes = start
        if not ends and not nodes:
            return self._surname_at(toks, i) if t.upper else None
        best_len, best_exact, best_ids = 0, False, set()
        for eid, acronym, exact in ends:
            if not t.upper or (acronym and not t.text.rstrip("'’s").isupper()):  # ("IRGC's" is the IRGC)
                continue  # a lone lower-case word ("us", "hamas") is not a name; acronyms are upper case
            if best_len == 0 or (exact and not best_exact):
                best_len, best_exact, best_ids = 1, exact, {eid}
            elif exact == best_exact:
                best_ids.add(eid)
        stack = [(node, 1, exact) for node, exact in nodes]
        n_toks = len(toks)
        while stack:
            node, depth, exact = stack.pop()
            j = i + depth
            if j >= n_toks or toks[j].start - toks[j - 1].end > 3:
                continue  # the words of a name are next to each other
            tok = toks[j]
            n = depth + 1
            same = tok.base == tok.key  # (then both steps below are the same)
            steps = node.step(tok.key) if same else None
            if n >= best_len:
                for nxt, ok in steps if same else node.step(tok.base, tok.key):
                    if nxt.ends:
                        full = exact and ok
                        if n > best_len or (full and not best_exact):
                            best_len, best_exact, best_ids = n, full, {eid for eid, _ in nxt.ends}
                        elif n == best_len and full == best_exact:
                            best_ids.update(eid for eid, _ in nxt.ends)
            for nxt, ok in steps if same else node.step(tok.key):
                if nxt.children:
                    stack.append((nxt, n, exact and ok))
        if not best_len:
            return self._surname_at(toks, i)
        return best_len, sorted(best_ids), best_exact

    def _surname_at(self, toks: list[Token], i: int):
        """A known person's surname at word `i`: "al-Saadi" (two words) or "Kanaani" (one, longer
        than three letters), when it names one person only."""
        if i + 1 < len(toks) and toks[i + 1].upper:
            ids = self._surnames.get((toks[i].key, toks[i + 1].base))
            if ids and len(ids) == 1:
                return 2, sorted(ids), True
        t = toks[i]
        if t.upper and len(t.base) > 3:
            ids = self._surnames.get((t.base,))
            if ids and len(ids) == 1:
                return 1, sorted(ids), True
        return None
