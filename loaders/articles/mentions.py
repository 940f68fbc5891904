"""Entity mentions in a sentence: known names, demonyms, capitals as metonyms, and new names typed
from their context (a title before a person, a head word such as "Brigades" or "Ministry").

>>> from proxygraph.ontology import Entity
>>> g = Gazetteer([Entity("iran", "State", "Iran")])
>>> [(m.entity_id, m.kind) for m in find_mentions("Iranian-backed militias met Gen. Ali Reza.", 0, g)]
[('iran', 'demonym'), (None, 'new')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.gazetteer import (
    CAPITALS,
    DEMONYMS,
    Gazetteer,
    Token,
    tokenize,
)

__all__ = ["Mention", "find_mentions", "guess_type", "LOCATIVE"]

LOCATIVE = {"in", "near", "at", "from", "outside", "across", "off", "into", "over", "to", "inside", "around", "toward", "towards", "of"}
_TITLES = {
    "president", "secretary", "minister", "general", "gen", "lt", "col", "colonel", "maj", "major", "admiral", "adm",
    "sheikh", "commander", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "official", "adviser",
    "advisor", "envoy", "ambassador", "cleric", "mr", "mrs", "ms", "dr", "sgt", "capt", "captain", "brig",
    "premier", "king", "prince", "senator", "sen", "rep", "representative", "ayatollah", "imam", "sayyed", "sayyid",
    "head", "deputy", "founder", "emir", "cmdr", "lieutenant", "sergeant", "private", "specialist", "spc",
}
_GROUP_HEADS = {
    "brigades", "brigade", "kataib", "kataeb", "harakat", "asaib", "saraya", "liwa", "ansar", "hezbollah", "hizbollah",
    "hizballah", "movement", "militia", "battalion", "battalions", "party", "jihad", "army", "mujahideen", "faction",
    "group", "organisation", "organization", "jaish", "hashd", "badr", "nujaba", "fatemiyoun", "zainabiyoun",
}
_COALITION_HEADS = {"resistance", "coalition", "alliance", "axis", "front", "umbrella", "mobilization", "mobilisation"}
_ORGAN_HEADS = {
    "ministry", "department", "command", "corps", "guard", "guards", "administration", "pentagon", "navy",
    "council", "office", "agency", "directorate", "forces", "force", "military", "cabinet", "parliament",
    "treasury", "government", "intelligence", "commission",
}
_ORG_HEADS = {
    "carriers", "observatory", "company", "corp", "corporation", "inc", "ltd", "shipping", "maritime", "lines", "university", "institute",
    "committee", "cross", "crescent", "nations", "association", "union", "news", "times", "post", "journal",
    "bank", "foundation", "center", "centre", "watch", "agency",
}
_SITE_HEADS = {"base", "airbase", "air", "camp", "tower", "airport", "port", "harbour", "harbor", "facility", "outpost", "garrison", "compound", "embassy", "consulate"}
_REGION_HEADS = {"sea", "gulf", "strait", "province", "governorate", "region", "strip", "valley", "bank", "heights", "desert", "coast", "channel", "mountains", "bay", "ocean", "peninsula", "kurdistan"}
_NOT_NAMES = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "he", "she", "we", "i", "in", "on", "at",
    "but", "and", "or", "as", "after", "before", "since", "while", "when", "if", "though", "although", "some",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "read", "senior", "additional", "stay", "simply",
    "according", "meanwhile", "however", "also", "earlier", "later", "last", "next", "on", "for", "with", "by",
    "his", "her", "their", "our", "there", "here", "what", "who", "which", "why", "how", "one", "two", "three",
    "several", "many", "most", "more", "officials", "us", "tuesday's", "palestinians", "palestinian", "muslim", "muslims",
    "christian", "arab", "arabs", "kurdish",
}
# Well-known armed groups a regional gazetteer may lack, by the names news uses for them.
KNOWN_GROUPS = {("islamic", "state"): "Islamic State", ("isis",): "Islamic State", ("isil",): "Islamic State",
                ("daesh",): "Islamic State", ("al", "qaeda"): "al-Qaeda", ("taliban",): "Taliban"}
# Words of an official title before a name: dropped from the name, and they make it a person.
_TITLE_WORDS = _TITLES | {
    "prime", "foreign", "defense", "defence", "interior", "state", "of", "vice", "supreme", "deputy", "press",
    "secretary-general", "army", "navy", "military", "rear", "brigadier", "major-general", "lieutenant-general",
    "national", "security", "adviser", "the", "affairs", "treasury", "under", "assistant", "acting", "former",
}
COUNTRIES = (
    "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium "
    "Brazil Bulgaria Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Djibouti Egypt Eritrea Estonia "
    "Ethiopia Finland France Georgia Germany Greece Hungary India Indonesia Ireland Italy Japan Kazakhstan Kenya "
    "Kuwait Latvia Libya Lithuania Luxembourg Malaysia Malta Mexico Morocco Netherlands Nigeria Norway Oman Pakistan "
    "Palestine Panama Philippines Poland Portugal Qatar Romania Russia Serbia Singapore Slovakia Somalia Spain Sudan "
    "Sweden Switzerland Tajikistan Tunisia Turkey Turkmenistan Ukraine Uzbekistan Venezuela Vietnam Liberia Greece"
).split() + ["Saudi Arabia", "South Africa", "South Korea", "North Korea", "New Zealand", "United Arab Emirates",
            "Sri Lanka", "Marshall Islands", "Hong Kong", "Antigua and Barbuda", "Sierra Leone"]
_COUNTRY_KEYS = {tuple(c.lower().split()) for c in COUNTRIES}
_STATE_MEDIA = re.compile(r"\b(?:Iranian|Syrian|Iraqi|Israeli|Lebanese|Yemeni|Saudi|Russian|Chinese|Turkish|Egyptian|Jordanian|Qatari)\s+state(?:-run)?\s+(?:television|TV|media|news\s+agency|broadcaster|radio)\b")
_NATIONALITIES = {"palestinian", "palestinians", "kurdish", "arab", "persian", "shia", "shiite", "sunni", "druze", "yazidi", "emirati", "houthi"}
_TO_HEADS = {"coalition", "committee", "council", "mission", "campaign", "force", "agency", "office", "embassy", "envoy", "ambassador", "delegation"}
_LED = re.compile(r"\b(?:a|the)\s+(?P<name>(?:Saudi|US|U\.S\.|American|Iranian|Israeli|Russian|Turkish|Emirati|British|French|NATO|UN)-led\s+(?:coalition|alliance|mission|naval\s+mission|task\s+force))\b")
_SHIP_WORDS = {"ship", "vessel", "tanker", "carrier", "freighter", "destroyer", "frigate", "warship", "bulker", "containership", "cargo"}
_CONNECT = {"of", "al", "el", "bin", "ibn", "abu", "abd", "umm", "for", "in", "the", "ad", "as", "ash", "at", "bint"}


# Epithets of states in militant and state rhetoric (docs/articles-gold.md: quoted epithets are mentions).
EPITHETS = {"zionist regime": "Israel", "zionist entity": "Israel", "zionist enemy": "Israel", "great satan": "United States"}
_EPITHETS = re.compile(r"\b(?:Zionist\s+(?:regime|entity|enemy)|Great\s+Satan)\b", re.I)


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


def find_mentions(text: str, offset: int, gaz: Gazetteer, tokens: list[Token] | None = None) -> list[Mention]:
    """Every entity mention of one sentence, left to right, without overlaps."""
    toks = tokens if tokens is not None else tokenize(text, offset)
    out: list[Mention] = []
    taken = [False] * len(toks)
    for g in gaz.find(text, offset, toks):
        first, last = g.first, g.last
        ent = gaz.entities[g.entity_id]
        if last - first == 1 and toks[first].key in CAPITALS and last < len(toks) and toks[last].upper \
                and toks[last].start - toks[first].end <= 1 and toks[last].key not in _NOT_NAMES:
            continue  # "Washington Institute": a longer name, not the metonym
        if ent.type == "Person":  # "Wisam Mohammed “Abu Baqer” al-Saadi": the given names belong to it
            while first > 0 and toks[first - 1].upper and toks[first - 1].key not in _NOT_NAMES and not taken[first - 1] \
                    and toks[first].start - toks[first - 1].end <= 3 and toks[first - 1].key not in _TITLES \
                    and not rx.search(r"[,;:()]", text[toks[first - 1].end - offset: toks[first].start - offset]):
                first -= 1
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
        kind = "demonym" if last - first == 1 and toks[first].base in DEMONYMS else "name"
        if last - first == 1 and toks[first].base in CAPITALS and ent.type in ("Settlement", "Place") \
                and not (first and toks[first - 1].key in LOCATIVE | {"the"}) and (
                    toks[first].base != toks[first].key and last < len(toks) and toks[last].key in ("government", "leaders", "officials")
                    or rx.match(r"\s+(?:has|have|had|is|was|will|would|says|said|insists|insisted|warned|condemned|denied|accused|blamed|rejected|called|urged|demanded|responded|vowed)\b", text[toks[first].end - offset:])):
            state = gaz.by_name(CAPITALS[toks[first].base])
            if state:
                g = g.__class__(state[0], g.text, g.start, g.end, g.first, g.last, g.exact, tuple(state))
                ent = gaz.entities[state[0]]
                kind = "capital"
        m = Mention(toks[first].start, toks[last - 1].end, "", kind, g.entity_id, first=first, last=last, candidates=g.candidates)
        for j in range(first, last):
            taken[j] = True
        out.append(m)
    for i, t in enumerate(toks):
        if taken[i]:
            continue
        key = t.base
        if key in DEMONYMS and t.upper and (len(key) > 3 or t.text.rstrip("'’s").isupper()):
            ids = gaz.by_name(DEMONYMS[key])
            if ids:
                taken[i] = True
                out.append(Mention(t.start, t.end, "", "demonym", ids[0], first=i, last=i + 1))
        elif key in CAPITALS and t.upper:
            prev = toks[i - 1].key if i else ""
            if prev in LOCATIVE or (i + 1 < len(toks) and toks[i + 1].upper and toks[i + 1].start - t.end <= 1):
                continue  # "in Baghdad" is the city, left to the new-name pass
            ids = gaz.by_name(CAPITALS[key])
            if ids:
                taken[i] = True
                out.append(Mention(t.start, t.end, "", "capital", ids[0], first=i, last=i + 1))
    # "U.S." tokenises as U + S
    for i in range(len(toks) - 1):
        if toks[i].text == "U" and toks[i + 1].text == "S" and not taken[i] and toks[i + 1].start == toks[i].end + 1:
            ids = gaz.by_name("United States")
            if ids:
                taken[i] = taken[i + 1] = True
                out.append(Mention(toks[i].start, toks[i + 1].end + 1, "", "demonym", ids[0], first=i, last=i + 2))
    for m in (rx.finditer(r"\bthe\s+(?P<dem>[A-Z][a-z]+)\s+capital\b", text) if "capital" in text else ()):
        state = DEMONYMS.get(m["dem"].lower())
        city = next((c for c, st in CAPITALS.items() if st == state), None) if state else None
        if not city:
            continue
        a, b = m.start("dem") + offset, m.end() + offset
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        out[:] = [x for x in out if not (a <= x.start < b)]
        for k in idx:
            taken[k] = True
        ids = gaz.by_name(city.title())
        if ids:
            out.append(Mention(a, b, "", "name", ids[0], first=idx[0], last=idx[-1] + 1))
        else:
            out.append(Mention(a, b, "", "new", None, city.title(), "Settlement", first=idx[0], last=idx[-1] + 1))
    for m in (_LED.finditer(text) if "-led" in text else ()):
        a, b = m.start("name") + offset, m.end("name") + offset
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        if idx and not any(taken[k] for k in idx):
            out[:] = [x for x in out if not (a <= x.start < b)]
            for k in idx:
                taken[k] = True
            out.append(Mention(a, b, "", "new", None, m["name"][0].upper() + m["name"][1:], "Coalition", first=idx[0], last=idx[-1] + 1))
    for m in (_EPITHETS.finditer(text) if "ionist" in text or "atan" in text else ()):
        a, b = m.start() + offset, m.end() + offset
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        ids = gaz.by_name(EPITHETS[" ".join(m.group().lower().split())])
        if idx and ids and not any(taken[k] for k in idx):
            for k in idx:
                taken[k] = True  # "the Zionist regime", "the Great Satan": quoted names of a state
            out.append(Mention(a, b, "", "name", ids[0], first=idx[0], last=idx[-1] + 1))
    for m in (_STATE_MEDIA.finditer(text) if " state" in text else ()):
        a, b = m.start() + offset, m.end() + offset
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        if idx and not any(taken[k] for k in idx[1:]):
            # "Iranian state television": an outlet of its own, not the state
            out[:] = [x for x in out if not (a <= x.start < b)]
            for k in idx:
                taken[k] = True
            name = m.group()[0].upper() + m.group()[1:]
            out.append(Mention(a, b, "", "new", None, name, "Organization", first=idx[0], last=idx[-1] + 1))
    for m in _new_names(text, offset, toks, taken):
        lead = next((d for d in out if d.kind == "demonym" and d.last == m.first and m.type in ("Organization", "StateOrgan")
                     and text[d.end - offset: m.start - offset] == " "), None)
        if lead is not None:
            # "Syrian Observatory for Human Rights", "UK Maritime Trade Operations": the adjective is part of the name
            out.remove(lead)
            m.start, m.first = lead.start, lead.first
            m.name = text[m.start - offset: m.end - offset]
        known = gaz.by_tail(m.name) if m.name else None
        if known:
            m.kind, m.entity_id = "name", known
        out.append(m)
    for m in out:
        m.text = text[m.start - offset: m.end - offset]
    return sorted(out, key=lambda m: m.start)


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


def _new_names(text: str, offset: int, toks: list[Token], taken: list[bool]) -> list[Mention]:
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if taken[i] or not t.upper or t.key in _NOT_NAMES or t.base in _NOT_NAMES or t.key in _TITLES or t.text.isdigit():
            i += 1
            continue
        j = i + 1
        nick = None
        if j + 1 < len(toks) and rx.fullmatch(r"\s*[\"“]", text[t.end - offset: toks[j].start - offset]) \
                and rx.fullmatch(r"[\"”]\s*", text[toks[j].end - offset: toks[j + 1].start - offset]) and toks[j + 1].upper:
            nick = j  # Abraham "Rami" Ungar
            j += 1
        while j < len(toks) and not taken[j] and toks[j].start - toks[j - 1].end <= 3 \
                and not rx.search(r"[,;:()]", text[toks[j - 1].end - offset: toks[j].start - offset]) \
                and (toks[j].upper or ((toks[j].key in _CONNECT or (toks[j].key == "to" and toks[j - 1].key in _TO_HEADS))
                                       and j + 1 < len(toks) and toks[j + 1].upper and not taken[j + 1])):
            if toks[j].key in _NOT_NAMES and toks[j].key not in _CONNECT:
                break
            if toks[j].key == "in" and toks[j - 1].key in _SITE_HEADS | _REGION_HEADS:
                break  # "Dover Air Force Base in Delaware": two places
            if toks[j - 1].base != toks[j - 1].key or text[toks[j - 1].end - offset: toks[j - 1].end - offset + 1] in "'’" and toks[j - 1].key.endswith("s"):
                break  # "the Philippines' Department of Migrant Workers": the possessor ends the name
            j += 1
        while j > i + 1 and toks[j - 1].key in _CONNECT:
            j -= 1
        titled = False
        k = i
        while k < j - 1 and toks[k].key in _TITLE_WORDS:
            k += 1
        if k > i and (toks[k - 1].key in _TITLES or toks[k - 1].key in ("state", "affairs")) and toks[k].key not in _CONNECT:
            titled, i = True, k  # "Secretary of State Antony Blinken" -> "Antony Blinken"
        if all(tk.key in _TITLE_WORDS for tk in toks[i:j]):
            i = j
            continue
        if text[toks[j - 1].end - offset: toks[j - 1].end - offset + 1] == "-" and j - i <= 2:
            i = j  # "Swiss-owned", "Liberian-flagged": a modifier, not a name
            continue
        if j - i == 1 and (toks[i].base in DEMONYMS or toks[i].base in _NATIONALITIES):
            i = j  # "Lebanese", "Palestinian": an adjective, not a name
            continue
        if j < len(toks) and toks[j].key in ("province", "governorate", "district", "region", "administration", "movement", "garrison", "airbase") and not taken[j] \
                and toks[j].start - toks[j - 1].end <= 1:
            j += 1
        elif j + 1 < len(toks) and (toks[j].key, toks[j + 1].key) == ("air", "base") and not taken[j]:
            j += 2  # "the Harir air base"
        span = toks[i:j]
        keys = tuple(t.key for t in span)
        if i == 0 and len(span) == 1 and keys not in _COUNTRY_KEYS and not (j < len(toks) and toks[j].key in ("said", "says")):
            i = j
            continue
        before = text[max(0, span[0].start - offset - 14): span[0].start - offset].lower()
        if rx.search(r"\b(?:as\s+an?|told|quoted\s+by|interview\s+with)\s+(?:the\s+)?$", before):
            i = j  # "designated as a Specially Designated ...", "told NBC News": a label or a conduit
            continue
        if keys in KNOWN_GROUPS:
            out.append(Mention(span[0].start, span[-1].end, "", "new", None, KNOWN_GROUPS[keys], "ArmedGroup", first=i, last=j))
            for k in range(i, j):
                taken[k] = True
            i = j
            continue
        if keys in _COUNTRY_KEYS:
            etype = "State"
        elif titled and all(t.upper for t in span) and len(span) <= 4:
            etype = "Person"
        else:
            etype = guess_type(span, toks, i, j, text, offset)
        if etype in ("StateOrgan", "Organization", "Coalition", "ArmedGroup") and len(span) == 1 and not span[0].text.isupper():
            etype = None  # "Navy", "Guards": a lone common word, not a name
        if etype:
            name = text[span[0].start - offset: span[-1].end - offset]
            if nick is not None and nick >= i:
                name = text[span[0].start - offset: toks[nick - 1].end - offset] + " " + text[toks[nick + 1].start - offset: span[-1].end - offset]
            name = rx.sub(r"['’]s?$", "", name)
            out.append(Mention(span[0].start, span[-1].end, "", "new", None, name, etype, first=i, last=j))
            for k in range(i, j):
                taken[k] = True
        i = j
    return out


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
    if head in _SITE_HEADS and len(span) > 1:
        return "Site"
    if head in _REGION_HEADS and len(span) > 1:
        return "Region"
    if words & _COALITION_HEADS and not words & {"forces", "guard", "guards", "corps"}:
        return "Coalition"
    if words & _GROUP_HEADS or nxt in ("militia", "group", "movement", "militants", "fighters", "rebels"):
        return "ArmedGroup"
    if words & _ORGAN_HEADS:
        return "StateOrgan"
    if words & _ORG_HEADS:
        return "Organization"
    if words & _SITE_HEADS and len(span) > 1:
        return "Site"
    if words & _REGION_HEADS and len(span) > 1 or nxt in ("province", "governorate", "region"):
        return "Region"
    if prev == "the" and i >= 2 and toks[i - 2].key in ("seized", "hijacked", "hit", "struck", "attacked", "targeted", "boarded", "sank"):
        return "Site"  # "seized the Galaxy Leader": what was hit is a ship or a site
    flagged = prev in ("flagged", "owned", "operated", "registered", "managed") and i and text[toks[i - 1].start - offset - 1: toks[i - 1].start - offset] == "-"
    if prev in _SHIP_WORDS or nxt in _SHIP_WORDS or keys[0] in ("uss", "hms", "mv", "m/v", "ins", "fs") or flagged:
        return "Site"  # ships are targets, not actors
    if prev in _TITLES and head not in _NOT_NAMES:
        return "Person"
    if words & {"abu", "al", "bin", "ibn"} and len(span) >= 2 and keys[0] not in ("al",):
        return "Person"
    if len(span) >= 2 and rx.match(r",\s+(a|an|the|its|their)\s+([\w’'-]+\s+){0,4}(commander|leader|spokesman|spokeswoman|spokesperson|official|minister|member|chief|head|secretary|adviser|founder|cleric|negotiator|ambassador|envoy|general|officer)\b", after):
        return "Person"
    if len(span) in (2, 3) and rx.match(r"\s+(said|says|told|added|wrote|stated|warned|insisted)\b", after):
        return "Person"
    if len(span) in (2, 3) and rx.search(r"\b(?:ambassador|envoy|minister|spokesman|spokeswoman|spokesperson|commander|leader|chief|official|secretary|adviser|general)\b[^,;.]{0,30},\s+$",
                                         text[max(0, span[0].start - offset - 60): span[0].start - offset], re.I) and rx.match(r",", after):
        return "Person"
    if prev in LOCATIVE and len(span) <= 3 and i > 0 and prev not in ("of", "to"):
        return "Settlement"
    if prev == "of" and i >= 2 and toks[i - 2].key in ("town", "city", "village", "district", "port", "suburb", "neighbourhood", "neighborhood"):
        return "Settlement"  # "the Druze town of Majdal Shams"
    if prev in ("the", "eastern", "western", "northern", "southern", "central") and i >= 2 and len(span) <= 4 and (
            toks[i - 2].key in LOCATIVE - {"of", "to"} or (i >= 3 and toks[i - 2].key == "the" and toks[i - 3].key in LOCATIVE - {"of", "to"})):
        return "Region" if head in _REGION_HEADS or keys[0] in ("cape", "gulf", "strait", "mediterranean") or head == "mediterranean" else "Settlement"
    return None
