"""Capitals as metonyms: when "Baghdad", "Tehran" or "Manila" stands for the state's government
and when it is the city (docs/articles-gold.md, section 3: metonyms are mentions of the state).

>>> from proxygraph.loaders.articles.gazetteer import tokenize
>>> toks = tokenize("Amman reacted angrily, but officials in Oslo said little.")
>>> [governs("Amman reacted angrily, but officials in Oslo said little.", 0, toks, i, set()) for i in (0, 6)]
[True, True]
"""

from __future__ import annotations

import re

from proxygraph.loaders.articles.gazetteer import CAPITALS, DEMONYMS, Gazetteer, Token
from proxygraph.loaders.articles.lexicon import COUNTRIES, LOCATIVE, WORLD_CAPITALS
from proxygraph.loaders.articles.names import Mention

__all__ = ["capital_state", "governs", "opens_clause", "state_mention"]

# A capital standing for its government: the subject of a verb ("Baghdad reacted", "Manila has asked").
_GOVERNS = re.compile(r"\s+[\"“]?(?:has|have|had|is|was|were|will|would|could|should|must|may|might|can|cannot|did|does|do|"
                      r"says|insists|wants|fears|hopes|believes|denies|accuses|blames|rejects|[a-z]{3,}ed)\b")
_OFFICIALS = {"officials", "authorities", "diplomats", "leaders", "ministers", "government", "lawmakers"}
_SPEECH = re.compile(r"\b(?:said|says|told|announced|warned|insisted|denied|confirmed|added|stated|urged|called|blamed|accused|"
                     r"condemned|rejected|vowed|pledged)\b")
_GOVERNMENT = re.compile(r"\b(?:[Mm]inist(?:er|ry)|[Ss]ecretary|[Pp]resident|[Pp]remier|[Cc]hancellor|[Gg]overnment|[Oo]fficials)\b")
_ADDRESSED = {"warned", "urged", "pressed", "accused", "blamed", "criticised", "criticized", "condemned", "told", "asked",
             "pressured", "lobbied", "rebuked", "reassured", "thanked", "threatened", "warns", "urges", "accuses", "blames"}
_COUNTRY_NAMES = {c.lower(): c for c in COUNTRIES}
_CITY_PARTS = {"streets", "street", "suburbs", "southern", "northern", "eastern", "western", "central", "old", "outskirts",
               "airport", "skies", "skyline", "centre", "center", "residents", "mayor", "governor", "population", "districts",
               "neighbourhoods", "neighborhoods", "main", "international", "port", "university", "hospitals", "hospital"}
_CLAUSE_OPENERS = {"but", "while", "that", "as", "because", "since", "when", "if", "although", "though", "whereas", "both",
                   "said", "says", "meanwhile", "which", "who", "where"}


def capital_state(key: str) -> str | None:
    """The state a capital city stands for, by name."""
    return CAPITALS.get(key) or WORLD_CAPITALS.get(key) if key in CAPITAL_KEYS else None


CAPITAL_KEYS = frozenset(CAPITALS) | frozenset(WORLD_CAPITALS)


def governs(text: str, offset: int, toks: list[Token], i: int, states: set[int]) -> bool:
    """Whether the capital at token `i` stands for its government: "Baghdad reacted angrily", "which
    Manila has asked", "Tehran's government", "officials in Manila said", "In Oslo, the foreign
    minister said ...", "no response from Tehran or Damascus" (not "talks between Doha and Muscat
    stalled": the verb is the talks')."""
    prev = toks[i - 1].key if i else ""
    rest = text[toks[i].end - offset:]
    if prev == "in":
        speech = _SPEECH.search(rest) if i == 1 and rest.startswith(",") else None
        if speech and _GOVERNMENT.search(rest, 0, speech.start()):
            return True  # "In Oslo, the foreign minister said": where the government speaks (not "In Oslo, a lawmaker said")
        if i >= 2 and toks[i - 2].key in _OFFICIALS:
            origin = DEMONYMS.get(toks[i - 3].base) if i >= 3 else None
            return origin is None or origin == capital_state(toks[i].base)  # not "US officials in Baghdad"
        return False
    if prev in LOCATIVE or prev == "the":
        return False
    if toks[i].base != toks[i].key and i + 1 < len(toks) and not toks[i + 1].upper and toks[i + 1].key not in _CITY_PARTS:
        return True  # "Tehran's government", "Tehran's proxies" (but "Beirut's southern suburbs")
    if prev in ("and", "or") and i - 2 in states or prev in _ADDRESSED:
        return True  # "from Tehran or Damascus"; "warned Baghdad", "urged Tehran": one warns a government, not a city
    return opens_clause(text, offset, toks, i, states) and bool(_GOVERNS.match(rest))


def opens_clause(text: str, offset: int, toks: list[Token], i: int, states: set[int]) -> bool:
    """Whether the capital at token `i` stands where a clause's subject does: first in the sentence
    or the clause ("Washington and London will ...", "..., but Tehran ...", "which Baghdad has"),
    or coordinated with a state; `states` are the last tokens of the states found so far. Not
    "talks between Doha and Cairo", "left Cairo"."""
    if not i or text[toks[i - 1].end - offset: toks[i].start - offset].strip() in (",", ";"):
        return True
    prev = toks[i - 1].key
    if prev in ("and", "or"):
        return i >= 2 and (i - 2 in states or bool(capital_state(toks[i - 2].base)) and opens_clause(text, offset, toks, i - 2, states))
    return prev in _CLAUSE_OPENERS


def state_mention(gaz: Gazetteer, city: str, toks: list[Token], i: int) -> Mention | None:
    """The state a capital at token `i` stands for: known, or a new State when it is one of the world's."""
    state = capital_state(city)
    if not state:
        return None
    ids = gaz.by_name(state)
    if ids:
        return Mention(toks[i].start, toks[i].end, "", "capital", ids[0], first=i, last=i + 1)
    if state.lower() in _COUNTRY_NAMES:
        return Mention(toks[i].start, toks[i].end, "", "new", None, state, "State", first=i, last=i + 1)
    return None
