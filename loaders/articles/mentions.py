"""Entity mentions in a sentence: known names, demonyms, capitals as metonyms, and new names typed
from their context (a title before a person, a head word such as "Brigades" or "Ministry").

>>> from proxygraph.ontology import Entity
>>> g = Gazetteer([Entity("iran", "State", "Iran")])
>>> [(m.entity_id, m.kind) for m in find_mentions("Iranian-backed militias met Gen. Ali Reza.", 0, g)]
[('iran', 'demonym'), (None, 'new')]
"""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.gazetteer import (
    CAPITALS,
    DEMONYMS,
    Gazetteer,
    Token,
    fold,
    tokenize,
)
from proxygraph.loaders.articles.clues import ARTICLES
from proxygraph.loaders.articles.given_names import GIVEN_NAMES
from proxygraph.loaders.articles.lexicon import (
    COUNTRIES,
    CONNECT,
    COUNTRY_KEYS,
    GENERIC_HEADS,
    HEADS,
    LOCATIVE,
    NOT_NAMES,
    ORG_NOUNS,
    STATE_NOUNS,
    STATE_SHORT,
    TITLE_WORDS,
    TITLES,
    WORLD_DEMONYMS,
)
from proxygraph.loaders.articles.metonyms import CAPITAL_KEYS, capital_state, governs, opens_clause, state_mention
from proxygraph.loaders.articles.names import Mention, guess_type, heads_a_name, new_names
from proxygraph.loaders.articles.phrases import (
    aliases,
    define_acronyms,
    fixed_phrases,
    organ_in_title,
    state_forces,
    state_ministries,
    wars_by_sides,
)

__all__ = ["Mention", "find_mentions", "guess_type", "LOCATIVE"]

_PLACES = ("State", "Settlement", "Region", "Place", "Site")
# A state's name or adjective that only says where someone or something is from ("a Britain-based group",
# "a Greek-owned tanker") is no mention of the state (docs/articles-gold.md, section 3).
_ORIGIN = re.compile(r"-(?:based|owned|flagged|registered|operated|managed|headquartered|chartered|born|built)\b")


def _only_origin(text: str, offset: int, toks: list[Token], last: int) -> bool:
    """A place's name that only says where something is from or what time it is: "a Britain-based
    monitor", "a Greek-owned tanker", "6pm Amman time"."""
    end = toks[last - 1].end - offset
    return text[end: end + 1] == "-" and bool(_ORIGIN.match(text, end)) or (
        last < len(toks) and toks[last].text == "time" and toks[last].start - toks[last - 1].end == 1)


# Businesses a nationality adjective only describes ("a Japanese company", "British maritime security firm Ambrey")
_FIRMS = {"firm", "firms", "company", "companies", "airline", "bank", "lender", "insurer", "manufacturer", "contractor",
          "conglomerate", "consultancy", "operator", "shipowner", "shipper", "broker", "trader", "charterer", "exporter",
          "importer", "refiner", "retailer", "supplier", "startup", "carrier", "owner", "owners", "crew", "sailors", "seafarers"}


def _of_a_firm(toks: list[Token], i: int) -> bool:
    """A nationality adjective before (up to three lower-case words and) a business or a crew only says
    where it is from (docs/articles-gold.md, section 3: "a Japanese company", "Filipino seafarers")."""
    for k in range(i + 1, min(i + 5, len(toks))):
        if toks[k].upper:
            return False
        if toks[k].key in _FIRMS:
            return not (toks[k].key == "carrier" and k > i + 1 and toks[k - 1].key == "aircraft")
    return False


_WORLD = {" ".join(k) for k in COUNTRY_KEYS}
_ADJ_OR_CAPITAL = set(DEMONYMS) | set(WORLD_DEMONYMS) | set(CAPITAL_KEYS)  # what the loop over single words looks up
_U_S = re.compile(r"U.S", re.S)  # what "U.S." (U + S, one character apart) needs
_WORLD_NAMES = [c for c in COUNTRIES if " " not in c]


def _acting(toks: list[Token], i: int) -> bool:
    """A state's adjective before a word for its organs, forces or officials, perhaps through a list of
    adjectives ("Turkish warplanes", "Qatari and Egyptian mediators")."""
    k = i + 1
    while k + 1 < len(toks) and (toks[k].key in ("and", "or") or toks[k].base in DEMONYMS or toks[k].base in WORLD_DEMONYMS) and k - i < 5:
        k += 1
    return k < len(toks) and toks[k].start - toks[k - 1].end == 1 and (
        toks[k].key in STATE_NOUNS and not toks[k].upper or toks[k].upper and toks[k].key in _TITLE_HEADS)


# Capitalised words of a title after a state's adjective ("Saudi Crown Prince X", "French President X")
_TITLE_HEADS = {"president", "prime", "foreign", "defence", "defense", "interior", "crown", "king", "queen", "vice", "deputy",
                "ambassador", "envoy", "minister", "chancellor", "premier", "emir", "sultan"}


_NAME_WORDS: dict[str, frozenset] = {}


def _someone_else(ent, toks: list[Token], first: int, matched: int, last: int) -> bool:
    """Whether the given names before a known person's matched surname are none of theirs, so that
    the name is another person's ("Mohammed Ali al-Houthi" after the known "Abdul-Malik al-Houthi")."""
    if any(t.base in HEADS for t in toks[first:matched]):
        return True  # "Saraya Thar al-Muhandis": a group named after the person
    if last - matched > 2 or toks[matched].key in GIVEN_NAMES:
        return False  # more than a surname was matched
    words = _NAME_WORDS.get(ent.id)
    if words is None:
        words = _NAME_WORDS[ent.id] = frozenset(w for n in ent.names() for w in re.split(r"[\s'’\"“”-]+", fold(n)) if w)
    given = [t for t in toks[first:matched] if t.key not in ("al", "el", "bin", "ibn", "abu")]
    return bool(given) and all(t.key in GIVEN_NAMES and t.key not in words for t in given)


_BACKING = re.compile(r"-(?:backed|funded|armed|aligned|allied|supported|sponsored|brokered|mediated|controlled|run|affiliated|linked)\b")


def _backing_states(text: str, offset: int, toks: list[Token], taken: list[bool], out: list[Mention], gaz: Gazetteer) -> None:
    """"Saudi-backed", "UAE-backed", "Egypt-brokered": a state the reference lacks, named in a word of
    backing or brokering, is mentioned (as "Iran-backed" is)."""
    for i, t in enumerate(toks):
        if taken[i] or not t.upper or not _BACKING.match(text, t.end - offset):
            continue
        state = DEMONYMS.get(t.key) or WORLD_DEMONYMS.get(t.key) or STATE_SHORT.get((t.key,)) \
            or next((c for c in _WORLD_NAMES if c.lower() == t.key), None)
        if state and not gaz.by_name(state) and not (i and toks[i - 1].upper and toks[i - 1].key not in NOT_NAMES and toks[i - 1].end + 1 == t.start):
            taken[i] = True
            out.append(Mention(t.start, t.end, "", "new", None, state, "State", first=i, last=i + 1))


def _inside_name(text: str, offset: int, toks: list[Token], taken: list[bool], i: int) -> bool:
    """A state's adjective between capitalised words of one name: "the Free Syrian Army", "Royal Saudi
    Air Force" (not "Senior Iranian officials", nor "US Iranian" lists)."""
    if not 0 < i < len(toks) - 1:
        return False
    a, b = toks[i - 1], toks[i + 1]
    return a.upper and b.upper and not taken[i - 1] and a.key not in NOT_NAMES and a.key not in TITLE_WORDS \
        and a.base not in DEMONYMS and b.key not in NOT_NAMES and a.end + 1 == toks[i].start and toks[i].end + 1 == b.start \
        and text[a.end - offset] == " " and text[toks[i].end - offset] == " " and a.key not in CAPITAL_KEYS


# Heads of bodies named after a place with "of" ("The Times of Israel", "Voice of America", "University of Baghdad").
_OF_PLACE_BODIES = {"times", "voice", "university", "radio", "bank", "post", "chamber"}


# Words after a place's name that make a longer name of a region of its own ("Jordan Valley", "Litani River").
_LAND_HEADS = {"valley", "river", "plain", "plains", "basin", "lake", "mountains", "mountain", "hills", "desert", "delta", "governorate"}


def _in_org_name(toks: list[Token], first: int, last: int) -> bool:
    """A place's name inside an organisation's name after a word for its kind: "the airline Fly
    Cairo", "the outlet Idlib 24" (not a mention of the place)."""
    c = first
    while c > 0 and toks[c - 1].upper and toks[c - 1].key not in NOT_NAMES and toks[c].start - toks[c - 1].end <= 1:
        c -= 1
    if not c or toks[c - 1].key not in ORG_NOUNS:
        return False
    more = last < len(toks) and toks[last].start - toks[last - 1].end <= 1 and (toks[last].upper or toks[last].text.isdigit())
    return c < first or more


def find_mentions(text: str, offset: int, gaz: Gazetteer, tokens: list[Token] | None = None,
                  acronyms: dict[str, tuple] | None = None) -> list[Mention]:
    """Every entity mention of one sentence, left to right, without overlaps. `acronyms`, kept by the
    caller across an article's sentences, holds the acronyms the article has defined ("the Kurdistan
    Workers' Party (PKK)") so that a later "PKK" is the same entity."""
    toks = tokens if tokens is not None else tokenize(text, offset)
    out: list[Mention] = []
    taken = [False] * len(toks)
    states: set[int] = set()  # last tokens of the states found so far
    for g in gaz.find(text, offset, toks):
        first, last = g.first, g.last
        ent = gaz.entities[g.entity_id]
        if last - first == 1 and toks[first].key in CAPITALS and last < len(toks) and toks[last].upper \
                and toks[last].start - toks[first].end <= 1 and toks[last].key not in NOT_NAMES:
            continue  # "Washington Institute": a longer name, not the metonym
        if ent.type in _PLACES and (
                _only_origin(text, offset, toks, last)
                or _in_org_name(toks, first, last)
                or first >= 2 and toks[first - 1].key == "of" and toks[first - 2].upper and toks[first - 2].base in _OF_PLACE_BODIES
                or last - first == 1 and ent.type in ("Settlement", "Region") and heads_a_name(toks, last)  # "Petra News Agency"
                or last - first == 1 and last < len(toks) and toks[last].upper and toks[last].base in _LAND_HEADS
                and toks[last].start - toks[first].end == 1  # "the Jordan Valley", "the Euphrates River": a place of its own
                or last - first == 1 and first and toks[first - 1].key in TITLES and last < len(toks) and toks[last].upper
                and not taken[last - 1] and toks[last].start - toks[first].end == 1):  # "Foreign Minister Jordan Bardella"
            continue
        if not g.exact and any(toks[k].key in TITLES for k in range(first, last)):
            continue  # "Foreign Minister" is a title, not a spelling of "Foreign Ministry"
        if not g.exact and last - first == 1 and first and toks[first - 1].upper and not taken[first - 1] \
                and toks[first - 1].key not in NOT_NAMES and toks[first].start - toks[first - 1].end == 1:
            continue  # "the village of Tal Hamis" is not a spelling of Hamas: a word of a longer name
        if last - first == 1 and len(toks[first].text) >= 3 and toks[first].text.isupper() and ent.type in _PLACES \
                and toks[first].text not in ent.names():
            continue  # an acronym is not a place's name in capitals: "SANA" (an agency) is not Sana'a
        if ent.type == "Person" and last - first == 1 and last < len(toks) and toks[last].start - toks[first].end <= 1 \
                and (toks[last].upper and toks[last].key not in NOT_NAMES or toks[last].key in ("al", "el", "bin", "ibn")
                     and last + 1 < len(toks) and toks[last + 1].upper):
            continue  # "Qasim al-Araji" is not the known Naim Qassem: a surname alone is not followed by more of a name
        if ent.type == "Person":  # "Wisam Mohammed “Abu Baqer” al-Saadi": the given names belong to it
            matched = first
            while first > 0 and toks[first - 1].upper and toks[first - 1].key not in NOT_NAMES and not taken[first - 1] \
                    and toks[first].start - toks[first - 1].end <= 3 and toks[first - 1].key not in TITLE_WORDS \
                    and not rx.search(r"[,;:()]", text[toks[first - 1].end - offset: toks[first].start - offset]):
                first -= 1
            if first < matched and _someone_else(ent, toks, first, matched, last):
                continue  # "Mohammed Ali al-Houthi" is not the known Abdul-Malik al-Houthi: other given names
        if ent.type in ("Event", "Attack", "Strike", "Conflict", "Designation") and last - first > 1:
            # "Israel-Hamas war": the belligerents named inside an event's name are mentioned too
            for inner in _inner_names(gaz, text, offset, toks, first, last, g.entity_id):
                j, k = first + inner.first, first + inner.last
                kind = gaz.entities[inner.entity_id].type
                place = kind in ("Place", "Settlement", "Site", "Region")
                if inner.entity_id != g.entity_id and toks[j].upper and kind not in ("Event", "Attack", "Strike", "Conflict", "Designation") \
                        and (not place or (j > first and toks[j - 1].key in ("in", "on", "at", "near", "against"))):
                    # "the war in Gaza", "the attack on Tower 22" (not "the Gaza war")
                    out.append(Mention(toks[j].start, toks[k - 1].end, "", "inner", inner.entity_id, first=j, last=k))
        if ent.type in ("Coalition", "ArmedGroup") and last + 1 < len(toks) and toks[last].key == "in" and toks[last + 1].upper \
                and toks[last - 1].base in GENERIC_HEADS and toks[last].start - toks[last - 1].end == 1:
            continue  # "the Islamic Resistance in Bahrain" is another group than the known "Islamic Resistance"
        kind = "demonym" if last - first == 1 and toks[first].base in DEMONYMS else "name"
        if kind == "demonym" and _inside_name(text, offset, toks, taken, first):
            continue  # "the Free Syrian Army": the adjective is inside a longer name
        if last - first == 1 and capital_state(toks[first].base) and ent.type in ("Settlement", "Place") \
                and governs(text, offset, toks, first, states):
            state = state_mention(gaz, toks[first].base, toks, first)
            if state is not None:
                taken[first] = True
                states.add(first)
                out.append(state)
                continue
        if ent.type == "State":
            states.add(last - 1)
        m = Mention(toks[first].start, toks[last - 1].end, "", kind, g.entity_id, first=first, last=last, candidates=g.candidates)
        for j in range(first, last):
            taken[j] = True
        out.append(m)
    for i in [i for i, t in enumerate(toks) if t.base in _ADJ_OR_CAPITAL]:  # (the words the loop can take)
        if taken[i]:
            continue
        t = toks[i]
        key = t.base
        if (key in DEMONYMS or key in WORLD_DEMONYMS) and t.upper and (len(key) > 3 or t.text.rstrip("'’s").isupper()) \
                and not _only_origin(text, offset, toks, i + 1) and not _of_a_firm(toks, i) and not _inside_name(text, offset, toks, taken, i):
            state = DEMONYMS.get(key) or WORLD_DEMONYMS[key]
            ids = gaz.by_name(state)
            if ids:
                taken[i] = True
                states.add(i)
                out.append(Mention(t.start, t.end, "", "demonym", ids[0], first=i, last=i + 1))
            elif state.lower() in _WORLD and t.text == t.text.capitalize() and _acting(toks, i):
                # "Turkish warplanes", "the Greek government": the state acting, though the reference lacks it
                # (not a person's nationality: "Filipino seafarers", "Ukrainian nationals")
                taken[i] = True
                states.add(i)
                out.append(Mention(t.start, t.end, "", "new", None, state, "State", first=i, last=i + 1))
        elif t.upper and key in CAPITAL_KEYS:
            if _only_origin(text, offset, toks, i + 1) or (i + 1 < len(toks) and toks[i + 1].upper and toks[i + 1].start - t.end <= 1) \
                    or (i and toks[i - 1].upper and toks[i - 1].key not in NOT_NAMES and t.start - toks[i - 1].end <= 1) or not (
                    governs(text, offset, toks, i, states) or key in CAPITALS and opens_clause(text, offset, toks, i, states)):
                continue  # "in Baghdad" is the city, left to the new-name pass
            state = state_mention(gaz, key, toks, i)
            if state is not None:
                taken[i] = True
                states.add(i)
                out.append(state)
    if "-" in text and _BACKING.search(text):
        _backing_states(text, offset, toks, taken, out, gaz)
    # "U.S." tokenises as U + S
    for i in range(len(toks) - 1) if _U_S.search(text) else ():
        if toks[i].text == "U" and toks[i + 1].text == "S" and not taken[i] and toks[i + 1].start == toks[i].end + 1:
            ids = gaz.by_name("United States")
            if ids:
                taken[i] = taken[i + 1] = True
                out.append(Mention(toks[i].start, toks[i + 1].end + 1, "", "demonym", ids[0], first=i, last=i + 2))
    fixed_phrases(text, offset, toks, taken, out, gaz)
    if "military" in text or "army" in text:
        state_forces(text, offset, toks, out, gaz)
    for m in [m for m in out if m.entity_id in gaz.affiliations and gaz.entities[m.entity_id].type == "Person"]:
        organ = organ_in_title(text, offset, toks, taken, m, gaz)
        if organ is not None:
            out.append(organ)
    if " war " in text or "conflict " in text:
        out.extend(wars_by_sides(text, offset, toks, out, gaz))
    if acronyms:
        for i in [i for i, t in enumerate(toks) if t.text in acronyms]:
            if not taken[i]:
                eid, name, etype = acronyms[toks[i].text]
                t = toks[i]
                taken[i] = True
                out.append(Mention(t.start, t.end, "", "name" if eid else "new", eid, name, etype, first=i, last=i + 1))
    if acronyms:
        _repeated_names(toks, taken, out, acronyms)
    known = {m.last - 1: gaz.entities[m.entity_id].type for m in out if m.entity_id and m.last}
    for m in new_names(text, offset, toks, taken, known):
        generic = m.type in ("Organization", "StateOrgan") or m.type in ("Coalition", "ArmedGroup") and toks[m.last - 1].base in GENERIC_HEADS
        lead = next((d for d in out if d.last == m.first and generic and text[d.end - offset: m.start - offset] == " "
                     and (d.kind == "demonym" or d.kind == "name" and gaz.entities[d.entity_id].type == "State" and not rx.search(r"['’]s?$", text[d.start - offset: d.end - offset])
                          or d.kind == "new" and d.type == "State" and (toks[d.first].base in WORLD_DEMONYMS or toks[d.first].base in DEMONYMS))), None)
        if lead is not None:
            # "Syrian Observatory for Human Rights", "UK Maritime Trade Operations", "Syrian Democratic Forces":
            # before a name of common words, the adjective is part of the name
            out.remove(lead)
            m.start, m.first = lead.start, lead.first
            m.name = text[m.start - offset: m.end - offset]
        known = gaz.by_tail(m.name) if m.name else None
        if known:
            m.kind, m.entity_id = "name", known
        out.append(m)
        if acronyms is not None and m.kind == "new":
            _remember(toks, m, acronyms)
    if " ministry" in text:
        state_ministries(text, offset, toks, out, gaz)  # "Iraq's defence ministry", after the new names of states
    out.sort(key=lambda m: m.start)
    if "(" in text:
        define_acronyms(text, offset, toks, out, gaz, acronyms if acronyms is not None else {})
    if "known as" in text:
        aliases(text, offset, out, gaz)
    for m in out:
        m.text = text[m.start - offset: m.end - offset]
    return out


_AGAIN = "\x00"  # prefix of the keys of `acronyms` that hold new names told before (not acronyms)
_INITIALS = "\x01"  # prefix of the keys that hold new bodies' names by their initials


def _remember(toks: list[Token], m: Mention, acronyms: dict) -> None:
    """A new place or person the article has typed is the same entity when its name (a person: the
    surname) comes back bare in a later sentence ("a strike on the village of Kfar Nour" ... "the strike
    hit Kfar Nour"; "named him as Omar Hadid" ... "it had killed Hadid"), where nothing else types it."""
    if m.type in ("ArmedGroup", "Coalition", "StateOrgan", "Organization") and m.name and m.last - m.first >= 2:
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’]*", m.name) if w.lower() not in CONNECT)
        if len(initials) >= 2:  # "the Syrian Democratic Forces" ... "the SDF said"
            acronyms.setdefault(_INITIALS + initials, (None, m.name, m.type))
        return
    if m.type in ("Settlement", "Region", "Site") and (m.last - m.first == 1 or m.last - m.first == 2 and toks[m.first].key in ARTICLES):
        word = toks[m.last - 1].text
    elif m.type == "Person" and m.last - m.first >= 2:
        word = toks[m.last - 1].text
    else:
        return
    if len(word) >= 4 and word[:1].isupper() and not word.isupper() and toks[m.last - 1].key not in NOT_NAMES:
        acronyms.setdefault(_AGAIN + word, (None, m.name, m.type))


def _repeated_names(toks: list[Token], taken: list[bool], out: list[Mention], acronyms: dict) -> None:
    """Bare repeats of the new names :func:`_remember` kept, standing alone (not inside a longer name)."""
    for i in [i for i, t in enumerate(toks) if t.upper]:
        if taken[i]:
            continue
        t = toks[i]
        hit = acronyms.get(_AGAIN + t.text)
        if hit is None:
            if len(t.text) < 2 or not t.text.isupper():
                continue
            hit = acronyms.get(_INITIALS + t.text)  # "the SDF" after "the Syrian Democratic Forces"
        article = i and toks[i - 1].key in ARTICLES and toks[i - 1].end + 1 == t.start and not taken[i - 1]  # "Al-Hafl"
        if hit is None or (i and toks[i - 1].upper and toks[i - 1].key not in NOT_NAMES and toks[i].start - toks[i - 1].end <= 1 and not article) \
                or (i + 1 < len(toks) and toks[i + 1].upper and toks[i + 1].start - t.end <= 1):
            continue
        first = i - 1 if article else i
        taken[first: i + 1] = [True] * (i + 1 - first)
        out.append(Mention(toks[first].start, t.end, "", "new", None, hit[1], hit[2], first=first, last=i + 1))


def _inner_names(gaz: Gazetteer, text: str, offset: int, toks: list[Token], first: int, last: int, own: str) -> list:
    """Names inside an event's name ("Israel-Hamas war", "attack on Tower 22"), other than the event."""
    out, j = [], first
    while j < last:
        found = next(iter(gaz.find(text, offset, toks[j:last])), None)
        if found is None:
            break
        if found.first == 0 and found.entity_id != own:
            out.append(found.__class__(found.entity_id, found.text, found.start, found.end, found.first + j - first,
                                       found.last + j - first, found.exact, found.candidates))
            j += found.last
        else:
            j += found.first or 1  # skip to the next name, or past the event's own
    return out
