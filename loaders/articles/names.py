"""New names: capitalised words the gazetteer does not know, typed from their words and neighbours
(a title before a person, a head word such as "Brigades" or "Ministry", a place after "in").

The words the clues are made of (titles, kinds of organisations, head words, place words, the
world's states) are in :mod:`lexicon`; they hold no names of the actors of a particular story.

>>> from proxygraph.loaders.articles.gazetteer import tokenize
>>> text = "The airline Cedar Wings flew Defence Minister Ali Reza from Port Sudan to Mersin."
>>> toks = tokenize(text)
>>> [(m.name, m.type) for m in new_names(text, 0, toks, [False] * len(toks))]
[('Cedar Wings', 'Organization'), ('Ali Reza', 'Person'), ('Port Sudan', 'Settlement'), ('Mersin', 'Settlement')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.clues import (
    CHIEFS,
    MEMBERS,
    NEWS_AGENCIES,
    SPEAK,
    article_before,
    early_type,
    extra_type,
    of_the,
    organ_before_title,
    particles,
    states_army,
    title_in_name,
)
from proxygraph.loaders.articles.gazetteer import CAPITALS, DEMONYMS, Token
from proxygraph.loaders.articles.given_names import GIVEN_NAMES
from proxygraph.loaders.articles.lexicon import (
    ADDRESSEES,
    AFTER_PLACE,
    AID,
    APPOS_KINDS,
    APPOS_NP,
    APPOS_ORG,
    APPOS_PLACE,
    ARMED,
    ARMED_SERVICE,
    COALITION_HEADS,
    COMPASS,
    CONNECT,
    COUNTRY_KEYS,
    DOCUMENTS,
    GROUP_HEADS,
    GROUP_NOUNS,
    HEADS,
    HIT_NOUNS,
    HOLY,
    KNOWN_GROUPS,
    KNOWN_ORGANS,
    LIST_TYPES,
    LOCATIVE,
    MEDIA,
    NATIONALITIES,
    NOT_ACTORS,
    NOT_NAMES,
    OCCUPATIONS,
    ORG_SHORT,
    OF_PLACE,
    ORGAN_HEADS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_KINDS,
    PLACE_WORDS,
    REGION_HEADS,
    ROLES,
    SHIP_WORDS,
    SITE_HEADS,
    STATE_ACRONYMS,
    STATE_SHORT,
    TITLES,
    TITLE_WORDS,
    TO_HEADS,
    WORLD_CAPITALS,
    WORLD_DEMONYMS,
)

__all__ = ["Mention", "new_names", "guess_type", "heads_a_name"]


@dataclass
class Mention:
    """A stretch of a sentence that names an entity (known: `entity_id`; new: `name` and `type`)."""

    start: int
    end: int
    text: str
    kind: str                  # name | demonym | capital | new
    entity_id: str | None = None
    name: str | None = None
    type: str | None = None
    first: int = 0             # token indexes [first, last) in the sentence
    last: int = 0
    candidates: tuple[str, ...] = field(default_factory=tuple)


def new_names(text: str, offset: int, toks: list[Token], taken: list[bool], known: dict[int, str] | None = None) -> list[Mention]:
    """The new names of a sentence's untaken tokens, each typed by :func:`guess_type` (untyped ones are
    left out). `known` maps the last token of each entity already found to its type: a name
    coordinated with a place ("around Mayadeen and Abu Kamal") is a place of the same kind, and a
    unit an armed group owns ("Hezbollah's elite Radwan Force") is an armed group."""
    places = {k: v for k, v in (known or {}).items() if v in _PLACE_TYPES}
    groups = {k for k, v in (known or {}).items() if v in ("ArmedGroup", "Coalition")}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if taken[i] or not t.upper or t.key in NOT_NAMES or t.base in NOT_NAMES or t.key in TITLES and not title_in_name(toks, taken, i) \
                or t.text.isdigit():
            i += 1
            continue
        country = next((n for n in (4, 3, 2) if i + n <= len(toks) and tuple(tk.key for tk in toks[i: i + n]) in COUNTRY_KEYS
                        and not any(taken[i: i + n])), 0) if t.key in _COUNTRY_FIRST else 0
        if country:  # "the United Arab Emirates": a state's name, whatever its words ("Hong Kong-based" is no mention)
            end = toks[i + country - 1].end
            if text[end - offset: end - offset + 1] != "-":
                out.append(Mention(t.start, end, "", "new", None, text[t.start - offset: end - offset], "State", first=i, last=i + country))
                taken[i: i + country] = [True] * country
            i += country
            continue
        j, nick = _extent(text, offset, toks, taken, i)
        if i == 0 and j > 2 and (toks[1].key in ("in", "at") or toks[1].key == "of" and _common_plural(toks[0])) and toks[0].base not in HEADS:
            i = 1  # "Critics in Congress", "Residents of Sadr City": a common noun opening the sentence, then a name
            continue
        i0 = i
        i, j, titled = _after_title(toks, i, j)
        if titled and i > i0:
            organ = organ_before_title(toks, taken, i0, i)  # "CIA Director William Burns"
            if organ is not None:
                a, k, name = organ
                taken[a:k] = [True] * (k - a)
                out.append(Mention(toks[a].start, toks[k - 1].end, "", "new", None, name, "StateOrgan", first=a, last=k))
        if all(tk.key in TITLE_WORDS for tk in toks[i:j]) and not (toks[j - 1].base in _BODY_TITLES and (j - i >= 2 or states_army(toks, i, j))) \
                or _modifier(text, offset, toks, i, j):
            i = j
            continue
        j = _widen(toks, taken, i, j)
        if toks[j - 1].base in DOCUMENTS:  # "UN Security Council Resolution 1701", "the Paris Agreement": a text, not a body
            if not (j - i > 1 and toks[j - 2].base in HEADS):
                i = j
                continue
            j -= 1  # the body that made the text is named
        span = toks[i:j]
        keys = tuple(t.key for t in span[:-1]) + (span[-1].base if span[-1].base != span[-1].key or not span[-1].text.endswith(("'s", "’s"))
                                                  else span[-1].key[:-1],)  # "France's" -> france, "EU's" -> eu
        if _not_a_name(text, offset, toks, i, j, keys):
            i = j
            continue
        if keys in STATE_SHORT or keys in ORG_SHORT and span[0].text.rstrip("'’s").isupper():  # "the UAE", "the UN said"
            short = (STATE_SHORT[keys], "State") if keys in STATE_SHORT else (ORG_SHORT[keys], "Organization")
            out.append(Mention(span[0].start, span[-1].end, "", "new", None, short[0], short[1], first=i, last=j))
            taken[i:j] = [True] * (j - i)
            i = j
            continue
        if keys in KNOWN_GROUPS or keys in KNOWN_ORGANS:
            known_type = "ArmedGroup" if keys in KNOWN_GROUPS else "StateOrgan"
            out.append(Mention(span[0].start, span[-1].end, "", "new", None, _KNOWN_BODIES[keys], known_type, first=i, last=j))
            taken[i:j] = [True] * (j - i)
            i = j
            continue
        if span[0].text.isupper() and 2 <= len(span[0].text) <= 5 and span[0].key not in STATE_ACRONYMS \
                and ARMED_SERVICE.match(text, span[0].end - offset):
            j, span, etype = i + 1, span[:1], "StateOrgan"  # "RAAF Hornet jets": an air force, navy or army by its arms
        elif keys in COUNTRY_KEYS:
            etype = "State"
        elif titled and all(t.upper for t in span) and len(span) <= 4:
            etype = "Person"
        else:
            ctx = i - 1 if article_before(text, offset, toks, taken, i) else i  # "and al-Baaj": the words before the article
            etype = guess_type(span, toks, ctx, j, text, offset)
        if etype in ("StateOrgan", "Organization", "Coalition", "ArmedGroup") and len(span) == 1 and not span[0].text.isupper() \
                and span[0].base in HEADS and not (span[0].key in ("army", "navy") and states_army(toks, i, j)) \
                and not (span[0].base in ORG_HEADS and i and toks[i - 1].upper and toks[i - 1].base in DEMONYMS):  # "the Syrian Observatory"
            etype = None  # "Navy", "Guards": a lone common word, not a name (but "the Lebanese Army" is one)
        elif etype and len(span) == 1 and span[0].key in ("army", "navy"):
            etype = "StateOrgan"
        if etype is None:
            etype = _listed_place(text, offset, toks, i - 1 if article_before(text, offset, toks, taken, i) else i, j, places)
        if etype == "StateOrgan" and any(k in groups and toks[k].key != toks[k].base and all(not t.upper for t in toks[k + 1: i])
                                         for k in range(max(0, i - 3), i)):
            etype = "ArmedGroup"  # "Hezbollah's elite Radwan Force": a unit of an armed group is no organ of a state
        if etype is None and i == 0 and j > 1:
            i = 1  # "Residents of Mafraq": a sentence's first word may be a common noun; the name may follow
            continue
        if etype == "Region" and i >= 2 and toks[i - 1].key in COMPASS and toks[i - 2].key == "the":
            i -= 1  # "the eastern Mediterranean": the compass word is part of the region's name
            span = toks[i:j]
        if etype == "Person":
            # "commander Fuad Shukr in Beirut": a person's name has no "in", "of" or "at"; what follows is another name
            cut = next((k for k in range(i + 1, j) if toks[k].key in ("in", "at", "of", "for", "from", "to", "the")), None)
            if cut is not None:
                j, span = cut, toks[i:cut]
        if etype and article_before(text, offset, toks, taken, i):
            i -= 1  # "struck al-Dailami air base": the Arabic article in lower case belongs to the name
            span = toks[i:j]
        if etype:
            name = text[span[0].start - offset: span[-1].end - offset]
            if nick is not None and nick >= i:
                name = text[span[0].start - offset: toks[nick - 1].end - offset] + " " + text[toks[nick + 1].start - offset: span[-1].end - offset]
            name = rx.sub(r"['’]s?$", "", name)
            name = rx.sub(r"\b(?:[A-Z]\.){2,}", lambda a: a.group().replace(".", ""), name)  # "U.N. Security Council" -> "UN ..."
            out.append(Mention(span[0].start, span[-1].end, "", "new", None, name, etype, first=i, last=j))
            taken[i:j] = [True] * (j - i)
            if etype in _PLACE_TYPES:
                places[j - 1] = etype
        i = j
    return out


def _extent(text: str, offset: int, toks: list[Token], taken: list[bool], i: int) -> tuple[int, int | None]:
    """Where a name starting at token `i` ends (capitalised words and the small words between them),
    and the token of a quoted nickname inside it (Abraham "Rami" Ungar), if any."""
    j, nick = i + 1, None
    if j + 1 < len(toks) and toks[j].start - toks[i].end > 1 and rx.fullmatch(r"\s*[\"“]", text[toks[i].end - offset: toks[j].start - offset]) \
            and rx.fullmatch(r"[\"”]\s*", text[toks[j].end - offset: toks[j + 1].start - offset]) and toks[j + 1].upper:
        nick = j
        j += 1
    while j < len(toks) and not taken[j] and toks[j].start - toks[j - 1].end <= 3 \
            and (toks[j].start - toks[j - 1].end == 1 and text[toks[j].start - offset - 1] in " -"
                 or not _BREAK.search(text, toks[j - 1].end - offset, toks[j].start - offset)) \
            and (toks[j].upper or ((toks[j].key in CONNECT or (toks[j].key == "to" and toks[j - 1].key in TO_HEADS))
                                   and j + 1 < len(toks) and toks[j + 1].upper and not taken[j + 1])
                 or of_the(toks, taken, j) or particles(toks, taken, j)):
        if toks[j].key in NOT_NAMES and toks[j].key not in CONNECT:
            break
        if toks[j].key in ("in", "at", "of") and j - 1 == i and _common_plural(toks[j - 1]) and toks[j - 1].key not in ("affairs", "arms"):
            break  # "Republicans in Congress", "residents of Kfar Nour": people somewhere, not a name
        if toks[j].key == "in" and (toks[j - 1].key in _PLACED_HEADS or toks[i].key in ("camp", "fort")
                                    or toks[i].key in GIVEN_NAMES  # "loyal to Ibrahim al-Hafl in Deir Ezzor": a person and a place
                                    or j + 1 < len(toks) and (toks[j + 1].key in CAPITALS or toks[j + 1].key in WORLD_CAPITALS)):
            break  # "Dover Air Force Base in Delaware", "the Ministry of Defence in London": a body and a place
        if (toks[j - 1].base != toks[j - 1].key or text[toks[j - 1].end - offset: toks[j - 1].end - offset + 1] in "'’" and toks[j - 1].key.endswith("s")
                or text[toks[j - 1].end - offset - 2: toks[j - 1].end - offset] in ("'s", "’s")) \
                and toks[j].base not in _GROUP_HEADS:
            break  # "the Philippines' Department of Migrant Workers": the possessor ends the name (not "the Martyrs' Brigades")
        j += 1
    while j > i + 1 and toks[j - 1].key in CONNECT:
        j -= 1
    return j, nick


def _after_title(toks: list[Token], i: int, j: int) -> tuple[int, int, bool]:
    """The person's name after a title at the start or inside the name ("Secretary of State Antony
    Blinken", "CIA Director William Burns"), cut before "in", "at" ("Netanyahu in Jerusalem")."""
    if toks[i].key in TITLES and title_in_name(toks, [False] * len(toks), i):
        return i, j, toks[i].key in ("haj", "hajj", "hajji")
    k = i
    while k < j - 1 and toks[k].key in TITLE_WORDS:
        k += 1
    titled = False
    if k > i and (toks[k - 1].key in TITLES or toks[k - 1].key in ("state", "affairs")) and toks[k].key not in CONNECT:
        titled, i = True, k
    else:
        p = next((p for p in range(j - 2, i, -1) if toks[p].key in TITLES and toks[p + 1].key not in _TITLE_CONNECT), None)
        if p is not None:
            titled, i = True, p + 1
    if titled:
        j = next((q for q in range(i + 1, j) if toks[q].key in ("in", "at", "for", "the")), j)
    return i, j, titled


def _common_plural(t: Token) -> bool:
    """A plural that is no head of a name: "Residents", "Thousands" (not "Forces", "Heights", "Brigades")."""
    return t.key.endswith("s") and not t.key.endswith("ss") and t.key not in _PLURAL_HEADS \
        and t.key[:-1] not in _ALL_HEADS


def _modifier(text: str, offset: int, toks: list[Token], i: int, j: int) -> bool:
    """"Swiss-owned", "Liberian-flagged", "Lebanese", "Palestinian": an adjective, not a name."""
    return text[toks[j - 1].end - offset: toks[j - 1].end - offset + 1] == "-" and j - i <= 2 \
        or j - i == 1 and (toks[i].base in DEMONYMS or toks[i].base in NATIONALITIES or toks[i].base in WORLD_DEMONYMS)


def _widen(toks: list[Token], taken: list[bool], i: int, j: int) -> int:
    """A name's end with the lower-case word or number that belongs to it: "Anbar province", "the
    Harir air base", "the broadcaster Channel 12" (but "the Karrada district of Baghdad" is Karrada)."""
    if j < len(toks) and toks[j].key in ("province", "governorate", "district", "region", "administration", "movement", "garrison", "airbase", "crossing") \
            and not taken[j] and toks[j].start - toks[j - 1].end <= 1 and not (toks[j].key == "district" and j + 1 < len(toks) and toks[j + 1].key == "of"):
        return j + 1
    if j + 1 < len(toks) and (toks[j].key, toks[j + 1].key) in (("air", "base"), ("oil", "field"), ("gas", "field")) and not taken[j]:
        return j + 2
    if (i and toks[i - 1].key in ORG_NOUNS or toks[j - 1].key == "channel") and j < len(toks) and toks[j].text.isdigit() \
            and toks[j].start - toks[j - 1].end == 1:
        return j + 1
    return j


def _not_a_name(text: str, offset: int, toks: list[Token], i: int, j: int, keys: tuple[str, ...]) -> bool:
    """Capitalised words that are no new entity: a sentence's first word with nothing to say it is a
    name; a label or an outlet one talks to ("designated as a Specially Designated ...", "told NBC
    News"); feasts, operations' code names, saints and the labels of sanctions lists."""
    end = toks[j - 1].end - offset
    if i == 0 and j == 1 and keys not in COUNTRY_KEYS and not _named_anyway(text, end, toks, keys):
        return True
    before = text[max(0, toks[i].start - offset - 14): toks[i].start - offset].lower()
    if " to " in before or "with" in before:
        before = text[max(0, toks[i].start - offset - 30): toks[i].start - offset].lower()
    conduit = rx.search(r"\b(?:as\s+an?|told|quoted\s+by|interviews?\s+with|(?:spoke|speaking|talking|talked|comments|remarks|statement)\s+to)"
                        r"\s+(?:the\s+)?$", before)
    if conduit and not (conduit.group().startswith("told") and {t.base for t in toks[i:j]} & ADDRESSEES):
        return True
    return keys[0] in NOT_ACTORS and not (keys[0] == "hajj" and j - i > 1) or j - i == 1 and i > 0 and toks[i - 1].key in HOLY or bool({"designated", "terrorist"} & set(keys))


def _named_anyway(text: str, end: int, toks: list[Token], keys: tuple[str, ...]) -> bool:
    """Whether a sentence's one-word opening is a name all the same: a known short name ("UAE",
    "Mossad", "Haaretz"), a speaker ("X said"), an acronym that speaks, has fighters or a chief ("UNRWA
    said", "HTS fighters", "CIA chief X") or an apposition ("Ambrey, a security firm")."""
    if keys in STATE_SHORT or keys in ORG_SHORT or keys in KNOWN_ORGANS or keys in KNOWN_GROUPS or keys[0] in NEWS_AGENCIES:
        return True
    nxt = toks[1].key if len(toks) > 1 else ""
    acronym = toks[0].text.isupper()
    return nxt in ("said", "says") or acronym and (nxt in SPEAK or nxt in MEMBERS or nxt in CHIEFS or text[end: end + 1] == ",") \
        or bool(APPOS_ORG.match(text, end)) or bool(APPOS_PLACE.match(text, end))


_PLACE_TYPES = ("Settlement", "Region", "Site")
_BODY_TITLES = {"army", "navy", "military", "guard"}  # title words that end a body's name ("National Army", "Royal Navy")
_LONGER_NAME_HEADS = HEADS | SITE_HEADS - {"air"} | {"city", "town"}  # "Gaza City", "Basra Oil Company"
_BREAK = re.compile(r"[,;:()]")  # punctuation that ends a name
# unions of the lexicon's sets, made once (not per call)
_KNOWN_BODIES = KNOWN_GROUPS | KNOWN_ORGANS
_PLACED_HEADS = SITE_HEADS | REGION_HEADS | ORGAN_HEADS
_GROUP_HEADS = GROUP_HEADS | COALITION_HEADS
_TITLE_CONNECT = TITLE_WORDS | CONNECT
_ALL_HEADS = HEADS | REGION_HEADS | SITE_HEADS
_PLURAL_HEADS = _ALL_HEADS | TITLE_WORDS
_BODY_HEADS = ORGAN_HEADS | ORG_HEADS | GROUP_HEADS
_ORGAN_ORG_HEADS = ORGAN_HEADS | ORG_HEADS
_LOCATIVE_NOT_OF_TO = LOCATIVE - {"of", "to"}
_LOCATIVE_NOT_OF = LOCATIVE - {"of"}
_COUNTRY_FIRST = {k[0] for k in COUNTRY_KEYS if len(k) > 1}  # first words of the states' names of several words


def heads_a_name(toks: list[Token], j: int) -> bool:
    """Whether the capitalised words from token `j` end in a word for a body or a site, so that a
    place just before them is part of a longer name ("Petra News Agency", "Basra Oil Company")."""
    k = j
    while k < len(toks) and toks[k].upper and toks[k].key not in NOT_NAMES and toks[k].start - toks[k - 1].end <= 1:
        k += 1
    return k > j and toks[k - 1].base in _LONGER_NAME_HEADS


def _listed_place(text: str, offset: int, toks: list[Token], i: int, j: int, places: dict[int, str]) -> str | None:
    """A name in a list after a place is a place of the same kind: "around Mayadeen and Abu Kamal",
    "Hodna, Jaroud and Tayba" (a comma alone only when the list goes on after the name)."""
    if not i:
        return None
    gap = text[toks[i - 1].end - offset: toks[i].start - offset]
    if i - 1 in places and gap.strip() == "," and rx.match(r",?\s+(?:and\s+|or\s+)?[A-Z]", text[toks[j - 1].end - offset:]):
        return places[i - 1]
    if i >= 2 and toks[i - 1].key in ("and", "or") and i - 2 in places and not text[toks[i - 2].end - offset: toks[i - 1].start - offset].strip(", "):
        return places[i - 2]
    return None


def guess_type(span: list[Token], toks: list[Token], i: int, j: int, text: str, offset: int) -> str | None:
    """The ontology type of a new name from its words and its neighbours, or None when unsure."""
    keys = [t.base for t in span]
    head = keys[-1]
    words = set(keys)
    prev = toks[i - 1].key if i else ""
    nxt = toks[j].key if j < len(toks) else ""
    after = text[span[-1].end - offset: span[-1].end - offset + 40].lower()
    if head == "administration" and len(span) == 2:
        return "StateOrgan"  # "the Trump administration"
    if len(span) >= 2 and (keys[0] in ("camp", "fort") or keys[:3] == ["forward", "operating", "base"]):
        return "Site"  # "Camp Lemonnier", "Forward Operating Base Union III": a base by its first words
    if head == "international" and len(span) >= 2:
        return "Organization"  # "Amnesty International"
    if prev in ORG_NOUNS and span[0].key not in COUNTRY_KEYS and not (i >= 2 and toks[i - 2].key == "to"):
        return "Organization"  # "the airline Sky Wings", "the news agency WAFA"
    early = early_type(span, toks, i, text, offset)
    if early:
        return early if early != "-" else None
    if not words & HEADS and (nxt in ("news", "newspaper", "daily", "television", "tv", "broadcaster") and not rx.search(r"(?:ese|ian|ish)$", head)
                              or nxt in ("airline", "company", "firm") and len(span) > 1):
        return "Organization"  # "the Houthi-run Saba news agency", "the Sky Wings airline" (not "a Japanese company")
    if prev in GROUP_NOUNS and i >= 2 and text[toks[i - 1].end - offset: span[0].start - offset] == " ":
        return GROUP_NOUNS[prev]  # "the Islamist group Hayat Tahrir al-Sham", "the rebel alliance Fatah Halab"
    comma = text[span[-1].end - offset: span[-1].end - offset + 1] == "," or after.startswith(" (")  # an apposition follows
    kind = comma and _appositive_kind(text, span[-1].end - offset)
    if kind:
        return kind
    if prev in SHIP_WORDS and not words & _BODY_HEADS:
        return "Site"  # "the bulk carrier Ocean Pearl": a ship, whatever its name's words ("Ocean", "Gulf")
    if head in SITE_HEADS and len(span) > 1:
        return "Site"
    if head in REGION_HEADS and len(span) > 1:
        return "Region"
    if words & COALITION_HEADS and not words & {"forces", "guard", "guards", "corps"} and not (head in ORGAN_HEADS and head not in COALITION_HEADS):
        return "Coalition"
    if words & GROUP_HEADS or nxt in ("militia", "group", "movement", "militants", "fighters", "rebels"):
        return "ArmedGroup"
    if words & MEDIA and head in ORG_HEADS or words & AID and words & _ORGAN_ORG_HEADS:
        return "Organization"  # "National News Agency", "Al-Manar TV", "Norwegian Refugee Council": media and aid bodies
    if words & ORGAN_HEADS:
        return "StateOrgan"
    if words & ORG_HEADS:
        return "Organization"
    if keys[0] == "port" and len(span) > 1 or head in ("city", "town") and len(span) > 1:
        return "Settlement"  # "Port Sudan", "Sadr City": a town named for its port, a city named as one
    if prev == "of" and i >= 2 and toks[i - 2].key in OF_PLACE and not words & HEADS:
        return "Settlement"  # "the Druze town of Majdal Shams", "residents of Sadr City"
    if words & SITE_HEADS and len(span) > 1:
        return "Site"
    if nxt in ("neighbourhood", "neighborhood", "suburb", "quarter", "village", "town") and len(span) <= 3 and not words & HEADS:
        return "Settlement"  # "the Haret Hreik neighbourhood of Beirut": a place named with its kind after it
    if prev == "the" and i >= 2 and (toks[i - 2].key in ("seized", "hijacked", "hit", "struck", "attacked", "targeted", "boarded", "sank")
                                     or i >= 3 and toks[i - 2].key == "on" and toks[i - 3].base in HIT_NOUNS):
        # "seized the Galaxy Leader", "an attack on the Ocean Star": what was hit is a ship or a site (a
        # region's word inside the name, as in "Ocean Star", does not make it a region; its head word does)
        return "Site"
    if rx.match(r",\s+which\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:struck|hit|attacked|targeted|seized|hijacked|boarded)\b", after) \
            and head not in REGION_HEADS and len(span) <= 3:
        return "Site"  # "the crew of the Ocean Star, which was struck by a missile": what was hit is a ship or a site
    if words & REGION_HEADS and len(span) > 1 or nxt in ("province", "governorate", "region"):
        return "Region"
    flagged = prev in ("flagged", "owned", "operated", "registered", "managed") and i and text[toks[i - 1].start - offset - 1: toks[i - 1].start - offset] == "-"
    if prev in SHIP_WORDS or nxt in SHIP_WORDS or keys[0] in ("uss", "hms", "mv", "m/v", "ins", "fs") or flagged:
        return "Site"  # ships are targets, not actors
    if (prev in TITLES or prev in OCCUPATIONS) and head not in NOT_NAMES:
        return "Person"  # "Gen. Ali Reza", "the businessman Ali Hassan"
    if keys[0] in PLACE_WORDS and len(span) >= 2:
        return "Region" if keys[0] in ("wadi", "mount", "lake", "cape", "bab") else "Settlement"
    if words & {"abu", "al", "bin", "ibn"} and len(span) >= 2 and keys[0] not in ("al",):
        return "Person"
    if comma and APPOS_ORG.match(after):
        return "Organization"  # "Ambrey, a British maritime security firm"
    place = comma and APPOS_PLACE.match(text, span[-1].end - offset)
    if place and len(span) <= 3:
        return PLACE_KINDS.get(place.group(1).lower(), "Settlement")  # "Hodna, a town near the border"
    if len(span) in (2, 3) and rx.match(r",\s+(?:a|an|the)\s[^,;.]{3,60},\s+(?:said|says|told|added)\b", text[span[-1].end - offset:]):
        return "Person"  # "Ali Haddad, a resident of the town, said": a speaker described in passing
    if prev == "as" and rx.search(r"\b(?:named|identified|names|identifies)\s+(?:[\w’'-]+\s+){0,3}as\s+$",
                                  text[max(0, span[0].start - offset - 40): span[0].start - offset]):
        return "Person"  # "named the man as Ali Hassan"
    if len(span) >= 2 and rx.match(r",\s+(a|an|the|its|their|[\w’'-]+['’]s)\s+([\w’'-]+\s+){0,4}(commander|leader|spokesman|spokeswoman|spokesperson|official|minister|member|chief|head|secretary|adviser|founder|cleric|negotiator|ambassador|envoy|general|officer)\b", after):
        return "Person"
    personal = len(span) in (2, 3) and not words & {"of", "for", "the", "in", "at"} \
        and not (_common_plural(span[0]) and span[0].key not in GIVEN_NAMES)  # no "of" ("Residents of Metula"), not "Doctors Without ..."
    if personal and (prev in ("said", "says", "added", "wrote") or prev == "to" and i >= 2 and toks[i - 2].key == "according"
                                or rx.match(r",\s+(?:[\w’'-]+\s+){0,2}(?:" + ROLES + r")\s+(?:at|of|for|with)\b", after)):
        return "Person"  # "said Jane Roe, chief analyst at ...", "according to Jane Roe": a speaker (bodies have head words)
    if personal and rx.match(r",\s+(?:aged\s+)?\d{1,2},", after):
        return "Person"  # "Ali Haddad, 34, was killed": an age in apposition
    if personal and rx.match(r"\s+(said|says|told|added|wrote|stated|warned|insisted)\b", after):
        return "Person"
    if personal and rx.match(r",?\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|assassinated|slain|wounded|injured|arrested|detained|kidnapped|abducted)\b", after):
        return "Person"  # "Karim Haddoub was killed in a strike": only people are killed
    if len(span) in (2, 3) and rx.search(r"\b(?:ambassador|envoy|minister|spokesman|spokeswoman|spokesperson|commander|leader|chief|official|secretary|adviser|general)s?\b[^,;.]{0,50},\s+$",
                                         text[max(0, span[0].start - offset - 80): span[0].start - offset], re.I) and rx.match(r",", after):
        return "Person"
    listed = rx.match(r"(?:(?:,|,?\s+and|,?\s+or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+(provinces|governorates|regions|states|districts|cities|towns|villages)\b",
                      text[span[-1].end - offset:])
    if listed:
        return LIST_TYPES[listed.group(1)]  # "Ibb, Taiz and Marib provinces"
    if len(span) <= 3 and rx.match(r",\s+where\b", after):
        return "Settlement"  # "talks focused on Rafah, where ...": a place
    extra = extra_type(span, toks, i, j, text, offset)
    if extra:
        return extra
    if prev in LOCATIVE and len(span) <= 3 and i > 0 and (prev not in ("of", "to") or prev == "to" and rx.search(
            r"\bfrom\s+(?:the\s+)?[A-Z][^.;:,]{0,60}?\s+to\s+$", text[max(0, span[0].start - offset - 80): span[0].start - offset])):
        return "Settlement"  # "in Dera", "sailing from Port Said to Mersin"
    if prev in ("hit", "struck", "shelled", "bombed", "pounded") and len(span) <= 3 and not words & HEADS and not span[0].text.isupper():
        return "Settlement"  # "the rocket that hit Majdal Shams": a place hit, named without an article (ships have one)
    if prev == "on" and i >= 2 and toks[i - 2].base in HIT_NOUNS and len(span) <= 3 and not span[0].text.isupper():
        return "Settlement"  # "a strike on Jouaiya": what an unnamed strike hit, when no word says what it is
    if (prev == "the" or prev in COMPASS) and i >= 2 and len(span) <= 4 and (
            toks[i - 2].key in _LOCATIVE_NOT_OF_TO or (i >= 3 and toks[i - 2].key == "the" and toks[i - 3].key in _LOCATIVE_NOT_OF)):
        return "Region" if head in REGION_HEADS or keys[0] in ("cape", "gulf", "strait", "mediterranean") or head == "mediterranean" else "Settlement"
    if len(span) == 1 and (head in CAPITALS or head in WORLD_CAPITALS) and not (j < len(toks) and not toks[j].upper and toks[j].key not in AFTER_PLACE):
        return "Settlement"  # "left Cairo", "between Doha and Muscat" (not "our Cairo correspondent"): the city
    return None


def _appositive_kind(text: str, pos: int) -> str | None:
    """ArmedGroup or Coalition when the apposition after a name says so: ", a militia alliance",
    ", an armed group active in ...", ", an umbrella group of militias"."""
    m = APPOS_NP.match(text, pos)
    if not m:
        return None
    words = [w.lower().rstrip("’'") for w in (m.group(1) + (m.group(2) or "")).split()]
    kind = None
    for k, w in enumerate(words):
        if w in APPOS_KINDS:
            kind = APPOS_KINDS[w]
        elif w in ("group", "groups", "force", "movement", "organisation", "organization") and k and words[k - 1] in ARMED:
            kind = kind if kind == "Coalition" else "ArmedGroup"
    return kind
