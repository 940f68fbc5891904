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
from dataclasses import dataclass

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
    """A word of the text: its offsets, its folded key, the key without a possessive 's."""

    __slots__ = ("text", "start", "end", "key", "base", "upper")

    def __init__(self, text: str, start: int, end: int, key: str, base: str):
        self.text, self.start, self.end, self.key, self.base = text, start, end, key, base
        self.upper = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass(frozen=True)
class GazMatch:
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
def _keys(word: str) -> tuple[str, str]:
    key = fold(word)
    return key, (key[:-1] if len(key) > 3 and key[-1] == "s" and word[-2] in "'’ʼ" else key)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        key, base = _keys(word)
        s = m.start() + offset
        out.append(Token(word, s, s + len(word), key, base))
    return out


def name_keys(name: str) -> tuple[str, ...]:
    keys = [fold(m.group()) for m in _TOKEN.finditer(name)]
    while keys and keys[0] == "the":
        keys = keys[1:]
    return tuple(keys)


class Gazetteer:
    """Known entities by folded name; :meth:`find` gives the longest match at each position."""

    def __init__(self, entities: Iterable[Entity] = (), affiliations: dict[str, str] | None = None):
        self.entities: dict[str, Entity] = {}
        # person -> the group, organ or state they lead or belong to (from curated leads/member_of claims)
        self.affiliations: dict[str, str] = dict(affiliations or {})
        self._exact: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        self._fuzzy: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        self._surnames: dict[str, set[str]] = {}
        self._event_index = None
        self._tails: dict[tuple[str, ...], set[str]] = {}
        self._pools: dict[tuple, list] = {}
        for e in entities:
            self.add(e)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        self._pools.clear()  # word -> candidate names, rebuilt lazily
        for name in entity.names():
            keys = name_keys(name)
            if not keys:
                continue
            acronym = len(keys) == 1 and name.strip().isupper()
            entry = (keys, entity.id, acronym)
            self._exact.setdefault(keys[0], []).append(entry)
            self._fuzzy.setdefault(skeleton(keys[0]) + keys[0][:1], []).append(entry)
            if len(keys) >= 3 and entity.type not in ("Person",):
                self._tails.setdefault(keys[1:], set()).add(entity.id)
            if entity.type == "Person" and len(keys) >= 2:
                tail = keys[-2:] if keys[-2] in ("al", "el", "bin", "ibn", "abu") else keys[-1:]
                self._surnames.setdefault(tail, set()).add(entity.id)

    def event_index(self) -> tuple[dict[str, list[str]], list[Entity]]:
        """Names of every entity (for matching events' places and actors) and the known events; built once."""
        if getattr(self, "_event_index", None) is None or self._event_index[2] != len(self.entities):
            names = {eid: [e.name, *[a for a in e.aliases if len(a) > 1]] for eid, e in self.entities.items()}
            events = [e for e in self.entities.values() if e.type in ("Event", "Attack", "Strike", "Conflict", "Designation")]
            self._event_index = (names, events, len(self.entities))
        return self._event_index[0], self._event_index[1]

    def by_tail(self, name: str) -> str | None:
        """The one entity with an alias that ends with `name` ("White House" in "Biden White House")."""
        keys = name_keys(name)
        ids = self._tails.get(keys, set()) if len(keys) >= 2 else set()
        exact = self.by_name(name)
        return next(iter(ids)) if len(ids) == 1 and not exact else None

    def by_name(self, name: str) -> list[str]:
        """Ids of entities named exactly `name` (folded), e.g. a state's name from a demonym."""
        keys = name_keys(name)
        return sorted({eid for k, eid, _ in self._exact.get(keys[0] if keys else "", ()) if k == keys})

    def find(self, text: str, offset: int = 0, tokens: list[Token] | None = None) -> list[GazMatch]:
        """Non-overlapping longest matches in `text`, left to right."""
        toks = tokens if tokens is not None else tokenize(text, offset)
        out: list[GazMatch] = []
        starts = self._exact
        i = 0
        while i < len(toks):
            t = toks[i]
            if not t.upper and t.key not in starts:
                i += 1  # most words: lower case and starting no name
                continue
            best = self._match_at(toks, i)
            if best is None:
                i += 1
                continue
            n, ids, exact = best
            first, last = toks[i], toks[i + n - 1]
            out.append(GazMatch(ids[0], text[first.start - offset: last.end - offset], first.start, last.end, i, i + n, exact, tuple(ids)))
            i += n
        return out

    def _pool(self, key: str, base: str, upper: bool) -> list:
        """The names that may start at a word, longest first (built once per distinct word)."""
        cache_key = (key, base, upper)
        pool = self._pools.get(cache_key)
        if pool is None:
            pool = list(self._exact.get(key, ()))
            if upper:
                if base != key:
                    pool += self._exact.get(base, ())
                if len(key) >= 4:
                    pool += self._fuzzy.get(skeleton(base) + base[:1], ())
            pool.sort(key=lambda entry: -len(entry[0]))
            self._pools[cache_key] = pool
        return pool

    def _match_at(self, toks: list[Token], i: int):
        t = toks[i]
        pool = self._pools.get((t.key, t.base, t.upper))
        if pool is None:
            pool = self._pool(t.key, t.base, t.upper)
        if not pool:
            return self._surname_at(toks, i) if t.upper else None
        best_len, best_ids, best_exact = 0, [], False
        for keys, eid, acronym in pool:
            n = len(keys)
            if n < best_len:
                break  # longest first: nothing shorter can win
            if i + n > len(toks):
                continue
            exact = True
            ok = True
            for j, k in enumerate(keys):
                tok = toks[i + j]
                word = tok.base if j == n - 1 else tok.key
                if word == k or tok.key == k:
                    continue
                if j > 0 and toks[i + j].start - toks[i + j - 1].end > 3:
                    ok = False
                    break
                if similar(word, k):
                    exact = False
                    continue
                ok = False
                break
            if not ok:
                continue
            if any(toks[i + j].start - toks[i + j - 1].end > 3 for j in range(1, n)):
                continue
            if n == 1 and (not t.upper or (acronym and not t.text.isupper())):
                continue  # a lone lower-case word ("us", "hamas") is not a name
            if acronym and not t.text.rstrip("'’s").isupper():
                continue
            if n > best_len or (n == best_len and exact and not best_exact):
                best_len, best_ids, best_exact = n, [eid], exact
            elif n == best_len and exact == best_exact and eid not in best_ids:
                best_ids.append(eid)
        if not best_len:
            return self._surname_at(toks, i)
        return best_len, sorted(best_ids), best_exact

    def _surname_at(self, toks: list[Token], i: int):
        for n in (2, 1):
            if i + n > len(toks):
                continue
            keys = tuple(toks[i + j].key for j in range(n - 1)) + (toks[i + n - 1].base,)
            if not toks[i + n - 1].upper:
                continue
            ids = self._surnames.get(keys)
            if ids and len(ids) == 1 and (n == 2 or len(keys[0]) > 3):
                return n, sorted(ids), True
        return None
