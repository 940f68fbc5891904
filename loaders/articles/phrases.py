"""Mentions made of phrases rather than names: set phrases ("the Lebanese capital", "the US-led
coalition", "the Zionist regime", "Iranian state television", "the air base at Erbil"), a state's
military, the organ in a person's title, a war named by its sides, acronyms defined in brackets and
"X, known as Y"."""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.gazetteer import CAPITALS, DEMONYMS, Gazetteer, Token, fold
from proxygraph.loaders.articles.names import Mention

__all__ = ["fixed_phrases", "state_forces", "state_ministries", "organ_in_title", "wars_by_sides", "define_acronyms", "aliases"]

_STATE_MEDIA = re.compile(r"\b(?:Iranian|Syrian|Iraqi|Israeli|Lebanese|Yemeni|Saudi|Russian|Chinese|Turkish|Egyptian|Jordanian|Qatari)\s+state(?:-run)?\s+(?:television|TV|media|news\s+agency|broadcaster|radio)\b")
_LED = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?P<name>(?:Saudi|US|U\.S\.|American|Iranian|Israeli|Russian|Turkish|Emirati|British|French|NATO|UN)-led\s+(?:coalition|alliance|mission|naval\s+mission|task\s+force))\b")

# Epithets of states in militant and state rhetoric (docs/articles-gold.md: quoted epithets are mentions).
EPITHETS = {"zionist regime": "Israel", "zionist entity": "Israel", "zionist enemy": "Israel", "great satan": "United States",
            "occupied palestine": "Israel"}
_EPITHETS = re.compile(r"\b(?:Zionist\s+(?:regime|entity|enemy)|Great\s+Satan|occupied\s+Palestine)\b", re.I)
# The coalition against Islamic State, by the descriptions news gives it (docs/articles-gold.md, section 5.8).
_ANTI_IS = re.compile(r"\b(?:(?:US|U\.S\.|American)-led\s+|international\s+|global\s+)?coalition(?=\s+(?:fighting|against|to\s+defeat|"
                      r"battling|that\s+fights|formed\s+to\s+fight)\s+(?:the\s+)?(?:Islamic\s+State|ISIS|ISIL|IS|Daesh)\b)"
                      r"|\banti-(?:ISIS|ISIL|IS|Daesh|Islamic\s+State)\s+coalition\b")
ANTI_IS_COALITION = "Global Coalition to Defeat ISIS"
# "attacks on US and Coalition forces": the Coalition (a name, in capitals) US troops in Iraq and Syria serve in
_US_AND_COALITION = re.compile(r"\b(?:US|U\.S\.|American)\s+and\s+(?P<c>Coalition)\s+(?:forces|troops|personnel|bases|"
                               r"service\s*members|soldiers|positions|facilities)\b")

# Seats of government that stand for their state, like capitals ("the Kremlin said", "Downing Street said").
SEATS = {"kremlin": "Russia", "downing": "United Kingdom", "elysee": "France"}
_SEATS = re.compile(r"\b(?:Kremlin|Downing\s+Street|Elys[ée]e(?:\s+Palace)?)(?![\w-])")
_BASE_AT = re.compile(r"\bthe\s+(?P<head>air\s+base|airbase|airfield|naval\s+base)\s+(?:at|in)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_ORGAN_TITLE = re.compile(r"\b(?P<organ>(?:[A-Za-z]+\s+){0,2}(?:[Mm]inistry|[Dd]epartment|[Oo]ffice|[Cc]ommand|[Aa]gency))"
                          r"(?:['’]s)?\s+(?:(?:press|deputy|chief|senior)\s+)?(?:spokes(?:man|woman|person)|secretary|official|adviser)\s+$")


def organ_in_title(text: str, offset: int, toks: list[Token], taken: list[bool], person: Mention, gaz: Gazetteer) -> Mention | None:
    """The organ in a known person's title is the one the reference links them to, when its name
    has the title's words: "Foreign ministry spokesman <P>" with P of the foreign ministry."""
    t = _ORGAN_TITLE.search(text, max(0, person.start - offset - 60), person.start - offset)
    organ = gaz.entities.get(gaz.affiliations[person.entity_id])
    if t is None or organ is None or organ.type != "StateOrgan":
        return None
    a, b = t.start("organ") + offset, t.end("organ") + offset
    idx = [k for k, tok in enumerate(toks) if a <= tok.start < b]
    words = [tok.key for tok in toks[idx[0]: idx[-1] + 1]] if idx else []
    while words and words[0] in ("the", "a", "an", "his", "her", "its"):
        words, idx = words[1:], idx[1:]
    if not idx or any(taken[k] for k in idx):
        return None
    names = [set(fold(n).replace("-", " ").split()) for n in (organ.name, *organ.aliases)]
    if not any(set(words) <= n for n in names):
        return None
    for k in idx:
        taken[k] = True
    return Mention(toks[idx[0]].start, toks[idx[-1]].end, "", "name", organ.id, first=idx[0], last=idx[-1] + 1)


_ADJECTIVES: dict[str, list[str]] = {}
for _adj, _state in DEMONYMS.items():
    _ADJECTIVES.setdefault(_state, []).append(_adj)


def state_forces(text: str, offset: int, toks: list[Token], out: list[Mention], gaz: Gazetteer) -> None:
    """"Israel's military" is the organ the gazetteer knows as "Israeli military" (or army)."""
    for i, m in enumerate(out):
        if not m.entity_id or m.last >= len(toks) or toks[m.last].key not in ("military", "army") \
                or gaz.entities[m.entity_id].type != "State" or not rx.search(r"['’]s?$", text[m.start - offset: m.end - offset]):
            continue
        state = gaz.entities[m.entity_id]
        organ = next((ids[0] for adj in _ADJECTIVES.get(state.name, ()) for ids in [gaz.by_name(f"{adj} {toks[m.last].key}")] if ids), None)
        if organ and gaz.entities[organ].type == "StateOrgan":
            out[i] = Mention(m.start, toks[m.last].end, "", "name", organ, first=m.first, last=m.last + 1)


_MINISTRY = re.compile(r"\b(?P<st>[A-Z][\w]+)(?:['’]s)?\s+(?P<w>defen[cs]e|foreign|interior|health|finance|oil|information|justice|"
                       r"economy|transport|intelligence)\s+ministry\b")


def state_ministries(text: str, offset: int, toks: list[Token], out: list[Mention], gaz: Gazetteer) -> None:
    """"Iraq's defence ministry", "the Jordanian foreign ministry": a state's ministry, in lower case, is
    an organ of its own, named like the reference's ("Iran foreign ministry") when the gazetteer lacks it."""
    for m in _MINISTRY.finditer(text):
        a, b = m.start() + offset, m.end() + offset
        st = next((x for x in out if x.start == a and x.end <= m.end("st") + offset + 2), None)
        if any(x.start <= m.start("w") + offset < x.end for x in out):
            continue  # the words are part of a name found already
        if st is None:
            continue
        if st.entity_id:
            ent = gaz.entities[st.entity_id]
            if ent.type != "State":
                continue
            state = ent.name
        elif st.type == "State" and st.name:
            state = st.name
        else:
            continue
        word = m["w"]
        names = [f"{state} {word} ministry"] + [f"{adj} {word} ministry" for adj in _ADJECTIVES.get(state, ())]
        known = next((ids[0] for n in names for ids in [gaz.by_name(n)] if ids), None)
        a = m.start("w") + offset  # the state keeps its own mention ("Iraq's"), the organ is the words after it
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        out.append(Mention(a, b, "", "name" if known else "new", known, None if known else names[0], None if known else "StateOrgan",
                           first=idx[0], last=idx[-1] + 1))


_WAR_BY_SIDE = re.compile(r"\b(?:war|conflict)\s+(?P<rel>between|with|against)\s+(?:the\s+)?")


def wars_by_sides(text: str, offset: int, toks: list[Token], out: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A known war named by its sides: "the war between Israel and Hamas", "Israel's war with
    Hamas", "the war with Hamas" is the one known war whose name has those sides (the sides stay
    mentioned on their own)."""
    at = {m.start - offset: m for m in out if m.entity_id}
    ends = {m.end - offset: m for m in out if m.entity_id}
    found = []
    for w in _WAR_BY_SIDE.finditer(text):
        side = at.get(w.end())
        if side is None:
            continue
        sides, end = [side], side.end - offset
        if w["rel"] == "between":
            other = rx.match(r"\s+and\s+(?:the\s+)?", text[end:])
            second = at.get(end + other.end()) if other else None
            if second is None:
                continue
            sides.append(second)
            end = second.end - offset
        else:
            owner = rx.search(r"['’]s?\s+$", text[: w.start()])
            owner = owner and (ends.get(owner.start()) or ends.get(len(text[: w.start()].rstrip())))
            if owner:
                sides.append(owner)
            elif not rx.search(r"\b(?:the|that|this)\s+$", text[: w.start()]):
                continue  # "Hamas went to war with Israel" says what happened, it names no war
        war = _known_war(gaz, {m.entity_id for m in sides})
        if war is None:
            continue
        idx = [k for k, t in enumerate(toks) if w.start() + offset <= t.start < end + offset]
        found.append(Mention(w.start() + offset, end + offset, "", "name", war, first=idx[0], last=idx[-1] + 1))
    return found


def _known_war(gaz: Gazetteer, sides: set[str]) -> str | None:
    """The one known war or conflict whose name names every one of `sides`."""
    wanted = [fold(gaz.entities[s].name) for s in sides if s in gaz.entities]
    if not wanted:
        return None
    wanted = [set(w.split()) for w in wanted]
    hits = {eid for eid, names in gaz.conflict_words() if any(all(w <= words for w in wanted) for words in names)}
    return next(iter(hits)) if len(hits) == 1 else None


_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Z0-9-]{1,7})\)")


def define_acronyms(text: str, offset: int, toks: list[Token], out: list[Mention], gaz: Gazetteer, acronyms: dict[str, tuple]) -> None:
    """"the Kurdistan Workers' Party (PKK)": the acronym in brackets is a mention of the name before
    it, and is remembered for the article's later sentences."""
    for m in list(out):
        a = _ACRONYM.match(text, m.end - offset)
        if a is None or not (m.entity_id or m.type) or m.kind in ("demonym", "capital", "inner"):
            continue
        start = a.start("acr") + offset
        k = next((k for k, t in enumerate(toks) if t.start == start), None)
        if k is None or any(x.first <= k < x.last and x.entity_id and x.kind != "new" for x in out):
            continue  # a known acronym stays what the gazetteer says
        out[:] = [x for x in out if not (x.first <= k < x.last)]
        acronyms.setdefault(a["acr"], (m.entity_id if m.kind != "new" else None, m.name, m.type))
        eid, name, etype = acronyms[a["acr"]]
        out.append(Mention(start, toks[k].end, "", "name" if eid else "new", eid, name, etype, first=k, last=k + 1))
    out.sort(key=lambda m: m.start)


_KNOWN_AS = re.compile(r",?\s+(?:also\s+|better\s+|widely\s+)?known\s+as\s+")


def aliases(text: str, offset: int, out: list[Mention], gaz: Gazetteer) -> None:
    """"Taleb Abdallah, known as Abu Taleb": the second name is the same person's."""
    def person(m: Mention) -> bool:
        return m.type == "Person" if m.entity_id is None else gaz.entities[m.entity_id].type == "Person"

    for prev, m in zip(out, out[1:]):
        if person(m) and person(prev) and _KNOWN_AS.fullmatch(text, prev.end - offset, m.start - offset):
            m.kind, m.entity_id, m.name, m.type = prev.kind, prev.entity_id, prev.name, prev.type


def fixed_phrases(text: str, offset: int, toks: list[Token], taken: list[bool], out: list[Mention], gaz: Gazetteer) -> None:
    """Mentions made of set phrases, over the names found before them: "the Lebanese capital", "the
    US-led coalition", "the coalition fighting Islamic State", quoted epithets, "Iranian state
    television", "the air base at Erbil"."""
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
    for m in (_ANTI_IS.finditer(text) if "oalition" in text else ()):
        a, b = m.start() + offset, m.end() + offset
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        if idx and not any(taken[k] for k in idx):
            out[:] = [x for x in out if not (a <= x.start < b)]
            for k in idx:
                taken[k] = True
            ids = gaz.by_name(ANTI_IS_COALITION)
            out.append(Mention(a, b, "", "name" if ids else "new", ids[0] if ids else None, ANTI_IS_COALITION, "Coalition",
                               first=idx[0], last=idx[-1] + 1))
    for m in (_US_AND_COALITION.finditer(text) if "oalition " in text and " and " in text else ()):
        a, b = m.start("c") + offset, m.end("c") + offset
        k = next((k for k, t in enumerate(toks) if t.start == a), None)
        if k is not None and not taken[k]:
            taken[k] = True
            ids = gaz.by_name(ANTI_IS_COALITION)
            out.append(Mention(a, b, "", "name" if ids else "new", ids[0] if ids else None, ANTI_IS_COALITION, "Coalition", first=k, last=k + 1))
    for m in (_SEATS.finditer(text) if "Kremlin" in text or "Downing" in text or "Elys" in text else ()):
        a, b = m.start() + offset, m.end() + offset  # "the Kremlin said", "Downing Street": the seat of government for the state
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        if idx and not any(taken[k] for k in idx if toks[k].key != "the"):
            out[:] = [x for x in out if not (a <= x.start < b)]
            for k in idx:
                taken[k] = True
            state = SEATS[m.group().split()[0].lower().replace("é", "e")]
            ids = gaz.by_name(state)
            out.append(Mention(a, b, "", "name" if ids else "new", ids[0] if ids else None, state, "State", first=idx[0], last=idx[-1] + 1))
    for m in (_EPITHETS.finditer(text) if "ionist" in text or "atan" in text or "ccupied" in text else ()):
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
    for m in (_BASE_AT.finditer(text) if "base" in text or "airfield" in text else ()):
        # "the air base at Erbil" is the Erbil air base (a site), not the town
        a, b = m.start() + offset, m.end() + offset
        idx = [k for k, t in enumerate(toks) if a <= t.start < b]
        if idx and not any(taken[k] for k in idx if toks[k].start >= m.start("place") + offset):
            out[:] = [x for x in out if not (a <= x.start < b)]
            for k in idx:
                taken[k] = True
            name = f"{m['place']} {' '.join(m['head'].split())}"
            ids = gaz.by_name(name)
            out.append(Mention(a, b, "", "name" if ids else "new", ids[0] if ids else None, name, "Site", first=idx[0], last=idx[-1] + 1))
