"""More clues to the type of a new name, for names the head words and neighbours of
:func:`names.guess_type` leave untyped, and parts of names the extent of :mod:`names` needs.

Types: a common given name ("killed Hassan Jaafar"), the object of a verb only people undergo or do
("assassinated Karim Haddad", "met Rafik Dagher"), a nom de guerre ("the commander, known as Hajj
Mahdi"), a wire agency or an unknown acronym that speaks ("UNRWA said", "an AFP tally"), an acronym
with fighters or targets ("struck PKK targets"), a service before its head's title ("CIA chief X"),
a facility named by its place ("the Fordow site"), a ship in apposition ("its vessel, the Sea
Falcon"), where one goes ("fled to Hermel"), both ends of "the road between Tyre and Naqoura", a
group calling itself X, a flagged ship whatever its words, an international body (no state's organ).
Parts of names: "of the" inside a body's name, a title inside a site's name ("Prince Sultan Air
Base"), the acronym of a service before a title ("CIA Director William Burns").

>>> from proxygraph.loaders.articles.gazetteer import tokenize
>>> text = "A drone killed Wissam Haddad on the road between Tyre and Sidon, UNRWA said."
>>> toks = tokenize(text)
>>> extra_type(toks[3:5], toks, 3, 5, text, 0), extra_type(toks[9:10], toks, 9, 10, text, 0)
('Person', 'Settlement')
>>> extra_type(toks[12:13], toks, 12, 13, text, 0)
'Organization'
"""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.gazetteer import DEMONYMS
from proxygraph.loaders.articles.given_names import GIVEN_NAMES
from proxygraph.loaders.articles.lexicon import (
    COALITION_HEADS,
    COUNTRY_KEYS,
    GROUP_HEADS,
    HEADS,
    KNOWN_ORGANS,
    NOT_NAMES,
    OF_PLACE,
    ORG_HEADS,
    ORGAN_HEADS,
    PLACE_WORDS,
    REGION_HEADS,
    SHIP_WORDS,
    SITE_HEADS,
    STATE_ACRONYMS,
    TITLE_WORDS,
)

__all__ = ["article_before", "states_army", "ARTICLES", "extra_type", "early_type", "organ_before_title", "title_in_name", "of_the", "particles", "NEWS_AGENCIES", "SPEAK", "MEMBERS", "CHIEFS"]

CHIEFS = {"director", "chief", "head"}

# The world's wire agencies and large outlets by the names news gives them; an outlet is an entity when it
# reports something in its own name ("Reuters reported", "an AFP tally"), not when one talks to it.
NEWS_AGENCIES = {"reuters", "afp", "ap", "xinhua", "tass", "anadolu", "bloomberg", "axios", "politico", "irna", "isna", "tasnim",
                 "fars", "mehr", "wafa", "petra", "kuna", "wam", "spa", "qna", "mena", "bernama", "yonhap", "kyodo", "dpa", "ansa", "efe",
                 "haaretz", "ynet", "maariv", "kan", "asharq", "annahar", "rudaw", "shafaq", "kurdistan24", "almasirah", "semafor"}
# What an outlet or a body does in its own name.
SPEAK = {"said", "says", "reported", "reports", "announced", "added", "warned", "stated", "confirmed", "denied", "estimated",
         "tally", "count", "report", "reporting", "calculation", "analysis", "investigation", "survey", "found", "quoted", "cited"}
_PEOPLE_VERBS = {"killed", "killing", "assassinated", "assassinating", "executed", "kidnapped", "abducted", "arrested", "detained",
                 "wounded", "injured", "interviewed", "sentenced"}
MEMBERS = {"targets", "positions", "hideouts", "commanders", "militants", "fighters", "operatives", "gunmen", "insurgents", "cells"}
_FACILITIES = {"site", "facility", "plant", "complex", "refinery", "airfield", "terminal", "oilfield", "reactor", "dam", "depot", "barracks"}
_SHIPS = "vessel|ship|tanker|carrier|freighter|bulker|containership|warship|destroyer|frigate"
_MEETINGS = {"met", "talks", "spoke", "meeting", "meetings", "call", "conversation", "phoned", "talked", "speaking"}
_MOTION = {"returned", "return", "fled", "flee", "fleeing", "travelled", "traveled", "travelling", "flew", "went", "headed", "heading",
           "moved", "sailed", "sailing", "drove", "deployed", "sent", "evacuated", "relocated", "retreated", "withdrew", "diverted",
           "bound", "redeployed", "rerouted", "escaped", "transferred", "taken", "brought", "airlifted", "towed"}
_WORLD_BODIES = {"international", "world", "un", "united", "global", "african", "european", "gulf"}
_OUTLET_WORDS = {"reuters", "xinhua", "bloomberg", "axios", "politico", "anadolu", "tasnim", "haaretz", "ynet", "maariv", "rudaw",
                 "semafor", "asharq", "annahar", "shafaq", "kan"}  # outlets written as words, not in capitals
_MEDIA_JOBS = {"journalist", "journalists", "correspondent", "reporter", "photographer", "photojournalist", "cameraman", "editor",
              "anchor", "presenter", "producer", "columnist", "videographer"}
_WHERE = {"in", "near", "outside", "across", "into", "inside", "around", "toward", "towards", "off", "between"}  # "in Bandar Abbas"
_ROUTE = {"road", "highway", "border", "route", "frontier", "crossing", "area", "towns", "cities", "villages", "stretch", "corridor"}
_WHERE_HIT = _WHERE | {"hit", "struck", "shelled", "bombed", "of"}
_ALL_HEADS = HEADS | SITE_HEADS | REGION_HEADS
_ORGAN_ORG_HEADS = ORGAN_HEADS | ORG_HEADS
_GROUP_HEADS = GROUP_HEADS | COALITION_HEADS
_PLACE_AFTER = {"street", "square", "neighbourhood", "neighborhood", "district", "mosque", "hospital", "school", "university", "shrine",
                "camp", "road", "highway", "bridge", "village", "town", "city", "province", "base", "airport", "port", "area", "region"}


_CALLING = re.compile(r"\b(?:group|faction|militia|organi[sz]ation|outfit|movement|cell|brigade|network)s?,?\s+(?:calling\s+itself|"
                      r"that\s+calls\s+itself|which\s+calls\s+itself|called|named|known\s+as)\s+(?:the\s+)?[\"“']?$", re.I)


_CLAIMED = re.compile(r",?\s+(?:has\s+|had\s+|later\s+|quickly\s+)?claimed\s+(?:responsibility|the\s+(?:attack|strike|operation|bombing))")


def early_type(span: list, toks: list, i: int, text: str, offset: int) -> str | None:
    """A type the words around a name make sure of before its own words are read: "a group calling
    itself Ashab al-Kahf" (not a person for its "al-"), "the Greek-owned Sea Champion" (a ship, not a sea);
    "-" when the name is surely no entity ("Al Jazeera journalist X": an outlet only employing a journalist)."""
    if i >= 2 and toks[i - 1].key in ("flagged", "owned", "operated", "registered", "managed", "chartered") \
            and text[toks[i - 1].start - offset - 1: toks[i - 1].start - offset] == "-" and len(span) <= 4 \
            and not {t.base for t in span} & HEADS:
        return "Site"
    first = span[0].key
    j = i + len(span)
    if first in ("abu", "umm") and i and toks[i - 1].key in _WHERE_HIT and len(span) <= 3 \
            and not {t.base for t in span} & _ALL_HEADS and not (toks[i - 1].key == "of" and not _of_place(toks, i)):
        return "Settlement"  # "clashes in Abu Kamal", "a drone hit Umm al-Maarik": a place, not a person's "Abu"
    if j + 1 < len(toks) and toks[j].key in _MEDIA_JOBS and toks[j + 1].upper and len(span) <= 3:
        return "-"  # "Al Jazeera journalist Ismail al-Ghoul": the outlet a journalist works for is no entity (no claimant)
    if first == "channel" and len(span) == 2 and span[1].text.isdigit():
        return "Organization"  # "Israel's Channel 12 reported"
    if [t.key for t in span] in (["abu", "dhabi"], ["kuwait", "city"]):
        return "Settlement"  # capitals of two words, one a person's ("Abu") or a state's
    words = {t.base for t in span}
    if first in _WORLD_BODIES and len(span) >= 2 and words & _ORGAN_ORG_HEADS and not words & _GROUP_HEADS:
        return "Organization"  # "International Atomic Energy Agency", "UN Security Council": no state's organ
    end = span[-1].end - offset
    if first not in GIVEN_NAMES and first not in ("abu", "umm") and "claim" in text[end: end + 20] and _CLAIMED.match(text, end):
        return "ArmedGroup"  # "Saraya Awliya al-Dam claimed the attack": groups claim attacks (a person's name has a clue of its own)
    before = text[max(0, span[0].start - offset - 50): span[0].start - offset]
    if len(span) <= 6 and ("call" in before or "named" in before or "known" in before) and _CALLING.search(before):
        return "ArmedGroup"
    return None


def extra_type(span: list, toks: list, i: int, j: int, text: str, offset: int) -> str | None:
    """The type of the new name toks[i:j] (= span) from the clues above, or None."""
    keys = [t.key for t in span]
    words = {t.base for t in span}
    prev = toks[i - 1].key if i else ""
    nxt = toks[j].key if j < len(toks) else ""
    if words & _ALL_HEADS or keys[0] in PLACE_WORDS or tuple(keys) in COUNTRY_KEYS:
        return None
    cut = next((k for k in range(2, len(span) - 1) if keys[k] in ("in", "at")), None)
    if cut is not None and span[cut + 1].upper:  # "met Rafik Dagher in Ramallah": a person and a place
        person = _person(span[:cut], toks, i, i + cut, text, offset, keys[:cut], words - {t.base for t in span[cut:]}, prev, "in")
        if person:
            return person
    return _person(span, toks, i, j, text, offset, keys, words, prev, nxt) or _other(span, toks, i, j, text, offset, keys, words, prev, nxt)


def _person(span, toks, i, j, text, offset, keys, words, prev, nxt) -> str | None:
    """Person by a given name or by what is done to them."""
    after = text[span[-1].end - offset: span[-1].end - offset + 2]
    if 2 <= len(span) <= 4 and keys[0] in GIVEN_NAMES and prev not in _WHERE and not after.startswith("-") and nxt not in _PLACE_AFTER \
            and not words & {"of", "for", "the", "in", "at", "and"} and span[-1].key not in NOT_NAMES:
        return "Person"  # "killed Hassan Jaafar", "met Wissam Tawil": a common given name and a surname
    met = prev in ("met", "phoned", "telephoned") or prev == "with" and i >= 2 and toks[i - 2].key in _MEETINGS
    if 2 <= len(span) <= 4 and (prev in _PEOPLE_VERBS or met) and i >= 1 and not words & {"of", "for", "the", "in", "at"} \
            and nxt not in _PLACE_AFTER and not after.startswith("-"):
        return "Person"  # "assassinated Karim Haddoub", "met Rafik Dagher": only people are killed, arrested, met
    return None


def _other(span, toks, i, j, text, offset, keys, words, prev, nxt) -> str | None:
    """The other clues: a nom de guerre, a facility, an acronym or outlet that speaks, a road's ends."""
    if len(span) <= 3 and prev == "as" and not words & {"of", "for", "the", "in"} and rx.search(
            r"\b(?:commander|leader|man|official|chief|fighter|militant|member|cleric|officer|operative|figure|deputy)s?,?\s+"
            r"(?:also\s+|only\s+|simply\s+)?known\s+(?:only\s+|simply\s+)?as\s+$", text[max(0, span[0].start - offset - 60): span[0].start - offset]):
        return "Person"  # "the commander, known as Hajj Mahdi": a person's nom de guerre
    if nxt == "refugee" and j + 1 < len(toks) and toks[j + 1].key == "camp" and len(span) <= 2:
        return "Settlement"  # "raided Jenin refugee camp"
    if nxt in ("gas", "oil") and j + 1 < len(toks) and toks[j + 1].key in ("field", "fields", "facility", "plant", "refinery", "terminal") \
            and len(span) <= 2:
        return "Site"  # "the Omar oil field"
    if len(span) <= 4 and prev in ("the", "named", "called") and rx.search(r"\b(?:" + _SHIPS + r"),?\s+(?:the\s+|named\s+(?:the\s+)?|called\s+(?:the\s+)?)$",
                                    text[max(0, span[0].start - offset - 40): span[0].start - offset]):
        return "Site"  # "its vessel, the Sea Falcon", "the tanker, named Blue Heron": a ship
    if len(span) == 1:
        word = span[0]
        acronym = word.text.isupper() and 3 <= len(word.text) <= 7 and word.key not in STATE_ACRONYMS
        if acronym and text[word.end - offset: word.end - offset + 1] == "," and rx.match(r",\s+(?:a|an|the)\s[^,;.]{3,80},\s+(?:said|says|reported|announced|added|warned|confirmed)\b",
                                text[word.end - offset:]):
            return "Organization"  # "UNIFIL, the UN peacekeeping force in the south, said"
        if acronym and nxt in CHIEFS and j + 1 < len(toks) and toks[j + 1].upper:
            return "StateOrgan"  # "CIA chief William Burns": a service by its acronym before its head's title
        if acronym and nxt in MEMBERS:
            return "ArmedGroup"  # "struck PKK targets", "HTS fighters": the acronym of an armed group
        if (word.key in NEWS_AGENCIES and (word.text.isupper() or word.key in _OUTLET_WORDS)
                or acronym) and (nxt in SPEAK or nxt == "citing" or prev == "to" and i >= 2 and toks[i - 2].key == "according"):
            return "Organization"  # "UNRWA said", "an AFP tally", "according to IRNA"
        if prev == "between" and i >= 2 and toks[i - 2].key in _ROUTE and rx.match(r"\s+and\s+[A-Z]", text[word.end - offset:]):
            return "Settlement"  # "the road between Tyre and Naqoura"
    owner = i and toks[i - 1].key != toks[i - 1].base and not toks[i - 1].upper  # "the army's Branit barracks"
    if prev == "to" and i >= 2 and toks[i - 2].key in _MOTION and len(span) <= 3 and not span[0].text.isupper():
        return "Settlement"  # "fled to Qaryatayn", "the ship was diverted to Berbera": where one goes is a place
    if len(span) <= 2 and (prev == "the" or owner) and nxt in _FACILITIES and not words & {"of", "the"}:
        return "Site"  # "the Fordow site", "the Baiji refinery": a facility named by its place
    if prev == "and" and i >= 4 and len(span) <= 2 and toks[i - 3].key == "between" and i >= 4 and toks[i - 4].key in _ROUTE:
        return "Settlement"
    return None


def organ_before_title(toks: list, taken: list, a: int, b: int) -> tuple[int, int, str] | None:
    """The body named before a title in a name ("CIA Director William Burns", "Shin Bet Director Ronen
    Bar"): an acronym or a known service before "Director", "Chief" or "Head", as (first, last, name)."""
    k = a
    while k < b and toks[k].key not in TITLE_WORDS:
        k += 1
    if k == a or k - a > 2 or k >= b or toks[k].key not in CHIEFS or any(taken[a:k]):
        return None
    keys = tuple(t.key for t in toks[a:k])
    one = toks[a].text
    if keys in KNOWN_ORGANS:
        return a, k, KNOWN_ORGANS[keys]
    if k - a == 1 and one.isupper() and 2 <= len(one) <= 6 and toks[a].key not in STATE_ACRONYMS:
        return a, k, one
    return None


def title_in_name(toks: list, taken: list, i: int) -> bool:
    """A title that is part of a name: "the Sultan Qaboos Port", "Prince Sultan Air Base" (a site's or
    body's name), "known as Hajj Qassem" (an honorific and one name: a nom de guerre as a whole)."""
    k = i + 1
    while k < len(toks) and toks[k].upper and not taken[k] and toks[k].start - toks[k - 1].end == 1:
        k += 1
    return k - i >= 2 and (toks[k - 1].base in HEADS or toks[k - 1].base in SITE_HEADS and toks[k - 1].key != "air"
                           or toks[i].key in ("haj", "hajj", "hajji") and k - i == 2)


def of_the(toks: list, taken: list, j: int) -> bool:
    """"of the" inside a body's name: "the International Committee of the Red Cross", "Ministry of
    the Interior" (after a head word only: "residents of the town" is no name)."""
    return toks[j].key in ("of", "for") and toks[j - 1].base in HEADS and j + 2 < len(toks) and toks[j + 1].key == "the" \
        and toks[j + 2].upper and not taken[j + 2] and toks[j + 2].key not in NOT_NAMES


ARTICLES = {"al", "el", "ad", "as", "ash", "ar", "az", "an", "at", "ath", "adh", "ed", "es", "ez", "et"}  # the Arabic article
_PARTICLES = {"von", "van", "der", "den", "de", "du", "da", "di", "dos", "del", "la", "le", "bin", "ibn", "al", "el"}


def particles(toks: list, taken: list, j: int) -> bool:
    """Lower-case particles of a name, one after the other: "Ursula von der Leyen", "Mohammed bin al-Hassan"."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].key in _PARTICLES and not toks[k].upper:
        k += 1
    return k > j and k < len(toks) and toks[k].upper and not taken[k] and (toks[j - 1].upper or toks[j - 1].key in _PARTICLES)


def article_before(text: str, offset: int, toks: list, taken: list, i: int) -> bool:
    """Whether the name at token `i` starts with the Arabic article in lower case ("al-Baaj")."""
    return bool(i) and toks[i - 1].key in ARTICLES and not toks[i - 1].upper and not taken[i - 1] \
        and toks[i].start == toks[i - 1].end + 1 and text[toks[i - 1].end - offset] == "-"


def states_army(toks: list, i: int, j: int) -> bool:
    """"the Lebanese Army said": a state's army or navy acting, named by its adjective (not "US Army
    soldiers" or "a US Navy destroyer", where it only says whose the soldiers or the ship are, nor a
    quoted name callers give themselves)."""
    return j == i + 1 and i >= 2 and toks[i - 2].key == "the" and toks[i - 1].start - toks[i - 2].end == 1 and toks[i - 1].upper \
        and toks[i - 1].base in DEMONYMS and toks[i].start - toks[i - 1].end == 1 and not (j < len(toks) and not toks[j].upper and toks[j].key in _SERVICE_NOUNS)


_SERVICE_NOUNS = SHIP_WORDS | {"soldiers", "soldier", "troops", "personnel", "ships", "officers", "sailors", "units", "base", "bases",
                               "vessels", "jets", "pilots", "members", "veteran", "veterans", "reservists"}


def _of_place(toks: list, i: int) -> bool:
    """"the town of Abu Kamal": "of" after a word for a place."""
    return i >= 2 and toks[i - 2].key in OF_PLACE
