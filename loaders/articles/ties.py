"""Ties between actors and places that news tells in passing, and the nationality of the groups it
refers back to. A mixin of the extraction run, used by the relation pass (relations.py).

How news is written, rule by rule (each with invented sentences in
`tests/loaders/articles/test_claim_ties.py`):

- *A group referred back to by its nationality*: "the Palestinian group", "the Lebanese movement",
  "the Yemeni rebels", "its Palestinian ally" mean the group of that country named before, not the
  article's most-mentioned group. A group's country is read from its name ("Islamic Resistance in
  Iraq"), the reference description ("Lebanon's Shia movement"), or the article ("Lebanon's
  Hezbollah", "the Houthis in Yemen").
- *A town placed by an adjective*: "the Israeli town of Kiryat Shmona", "the Syrian border village
  of X", "Yemen's port city of Hodeidah" -> located_in the state.
- *A town on a state's coast*: "the port of Hodeidah on Yemen's Red Sea coast" -> located_in Yemen.
- *Places in apposition* (moved here from structure.py): "Tower 22, a logistics base in Jordan",
  "al-Qaim, the Iraqi border town", "Boukamal, on the Syrian side of the border".
- *An outlet placed by its city*: "Al-Quds, a Gaza newspaper" -> located_in Gaza.
- *Members counted with the named one*: "killed X and three other Hamas commanders", "X and two
  fellow Hezbollah fighters" -> X member_of the group, said by whoever says the sentence.
- *A group naming or mourning its dead*: "Hezbollah mourned X as a great commander", "X, whom
  the group hailed as a martyr", "Hamas confirmed the commander's death and named him as X" -> X
  member_of the group, the group's own statement.
- *A unit owned by a short name*: "the Guards' Quds Force" -> part_of the entity named before
  whose name ends in "Guards".
- *Blame in a description*: "called the killing a dangerous escalation by Israel" -> Israel
  perpetrated the act, blamed by the speaker (the subject before an apposition, not a name in it).
"""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.frames import Frame
from proxygraph.loaders.articles.gazetteer import DEMONYMS
from proxygraph.loaders.articles.patterns import ACTOR_TYPES, PLACE_TYPES

__all__ = ["TiesPass", "nation_of_word"]

# A word naming a country (or the Palestinian territories) -> the country, lower case.
_NATIONS = {k: v.lower() for k, v in DEMONYMS.items() if len(k) > 3}
_NATIONS.update({v.lower(): v.lower() for v in DEMONYMS.values()})
_NATIONS.update({
    "palestinian": "palestine", "palestinians": "palestine", "palestine": "palestine", "gaza": "palestine", "gazan": "palestine",
    "lebanon": "lebanon", "yemen": "yemen", "iraq": "iraq", "syria": "syria", "iran": "iran", "israel": "israel",
    "afghan": "afghanistan", "afghanistan": "afghanistan", "libyan": "libya", "libya": "libya", "sudanese": "sudan",
    "sudan": "sudan", "somali": "somalia", "somalia": "somalia", "kurdish": "kurds", "bahraini": "bahrain",
})


def nation_of_word(word: str) -> str | None:
    """ "Lebanese" / "Lebanon's" / "Lebanon" -> "lebanon"; None for a word naming no country."""
    w = word.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
    return _NATIONS.get(w)


# The first country word of a description, not one inside a compound ("Iran-backed", "US-led")
_COUNTRY_WORD = re.compile(r"(?<![\w-])([A-Z][a-z]+)(?:['’]s)?(?![\w-])")
# "al-Qaim, the Iraqi border town" (a place described), not "Baghdad, the first US strike there"
_PLACE_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|capital|port|province|region|district|governorate|"
                         r"area|suburb|neighbou?rhood|island|coast|base|outpost|garrison|crossing|border)s?\b", re.I)
_GROUP_TYPES = ("ArmedGroup", "Coalition")
_TOWN = r"(?:border\s+|coastal\s+|northern\s+|southern\s+|eastern\s+|western\s+|frontier\s+|port\s+|southern\s+border\s+|northern\s+border\s+)?" \
        r"(?:town|village|city|port|hamlet|district|suburb|camp|refugee\s+camp)"
_TOWN_OF = re.compile(rf"(?:\s+|['’]s?\s+){_TOWN}\s+of\s+(?:the\s+)?", re.I)
_ON_COAST = re.compile(r",?\s+on\s+(?:the\s+)?")
_MEMBER_NOUN = r"(?:fighters|operatives|members|commanders|officials|leaders|militants|officers|figures|combatants)"
_OTHERS = re.compile(r"(?:\s+(?:was|were|had\s+been|has\s+been)\s+(?:killed|wounded|injured|arrested|detained|captured|targeted))?\s+(?:and|along\s+with|alongside|together\s+with|with)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of|dozens\s+of)\s+)?"
                     r"(?:other|fellow)\s+(?:senior\s+|top\s+|high-ranking\s+|mid-level\s+|field\s+)?", re.I)
_OUTLET = re.compile(r",\s+(?:a|an|the)\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+(?:daily|weekly|newspaper|paper|broadcaster|television|TV|radio|channel|"
                     r"news\s+agency|news\s+site|outlet|website|magazine|think[- ]tank|monitor)\b")
_MOURN = re.compile(r"\b(?:mourned|mourns|eulogi[sz]ed|hailed|hails|honou?red|praised|remembered)\s+")
_AS_ROLE = re.compile(r"\s*,?\s+as\s+(?:an?|the|its|their|one\s+of\s+(?:its|their|the))\s+(?:[\w“”\"'-]+\s+){0,3}?[“\"]?(?:[\w-]+\s+)?"
                      r"(?:leaders?|commanders?|martyrs?|fighters?|heroes|hero|members?|officials?|founders?|knights?|mujahid|mujahideen)\b", re.I)
_NAMED_AS = re.compile(r"\b(?:named|identified)\s+(?:him|her|the\s+(?:dead\s+|slain\s+|killed\s+)?(?:man|commander|fighter)|"
                       r"(?:its|their)\s+(?:dead\s+|slain\s+|killed\s+)?(?:commander|fighter|member))\s+as\s+")
_OWN_DEAD = re.compile(r"\b(?:commander|fighter|member|leader|official|operative)['’]?s?\b[^.;]{0,40}?\b(?:death|killing|martyrdom)\b|"
                       r"\b(?:death|killing|martyrdom)\s+of\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:commander|fighter|member|leader|official|operative)\b", re.I)
_SHORT_OWNER = re.compile(r"\b[Tt]he\s+(?P<w>[A-Z][\w-]+)['’]s?\s+(?:(?:elite|special|overseas|external|naval|air|armed|military|intelligence)\s+)?(?=[A-Z])")
_BLAME_DESC = re.compile(
    r"\b(?:called|calling|described|describing|denounced|denouncing|condemned|condemning|branded|branding|termed)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,4}?[\w-]+|it|this)\s+(?:as\s+)?[\"“]?(?:a|an|another)\s+[^.;,\"”]{0,60}?\b"
    r"(?:escalation|aggression|crime|attack|assassination|act|violation|massacre|provocation|breach|assault)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?")
# "condemned what he called 'brutal Israeli aggression'", "denounced the raid as a new Zionist crime"
_BLAME_ADJ = re.compile(
    r"\b(?:called|calling|described|describing|denounced|denouncing|condemned|condemning|decried|decrying|branded|branding)\s+"
    r"(?:what\s+(?:he|she|it|they|[A-Z][\w-]+)\s+(?:called|calls|described\s+as|describes\s+as|termed)\s+|(?:the\s+(?:[\w-]+\s+){0,4}?[\w-]+|it|this)\s+(?:as\s+)?)"
    r"[\"“]?(?:an?\s+|another\s+|the\s+)?(?:[a-z-]+\s+){0,2}(?P<who>[A-Z][\w-]+)\s+(?:aggression|crimes?|terrorism|massacre|escalation|assault|provocation)\b")
_TIE_CUES = {"coast", "coastline", "shore", "town", "village", "city", "port", "hamlet", "district", "suburb", "camp", "other", "fellow", "mourned", "mourns",
             "eulogised", "eulogized", "hailed", "hails", "honoured", "honored", "praised", "remembered", "named", "identified",
             "ally", "allies", "partner", "partners", "daily", "weekly", "newspaper", "paper", "broadcaster", "television",
             "tv", "radio", "channel", "agency", "site", "outlet", "website", "magazine", "monitor", "tank", "force", "forces",
             "brigade", "brigades", "corps", "unit", "division"}
_BLAME_VERBS = {"called", "calling", "described", "describing", "denounced", "denouncing", "condemned", "condemning", "decried",
                "decrying", "branded", "branding", "termed"}
_TIE_CUES |= _BLAME_VERBS


# cue sets of the rules below (built once)
_TOWN_WORDS = frozenset({"town", "village", "city", "port", "hamlet", "district", "suburb", "camp"})
_FELLOW_WORDS = frozenset({"other", "fellow"})
_MOURNING_WORDS = frozenset({"mourned", "mourns", "eulogised", "eulogized", "hailed", "hails", "honoured", "honored", "praised",
                   "remembered", "named", "identified"})
_ALLY_WORDS = frozenset({"ally", "allies", "partner", "partners"})
_OUTLET_WORDS = frozenset({"daily", "weekly", "newspaper", "paper", "broadcaster", "television", "tv", "radio",
                                   "channel", "agency", "site", "outlet", "website", "magazine", "monitor", "tank"})
_UNIT_WORDS = frozenset({"force", "forces", "brigade", "brigades", "corps", "unit", "division"})


class TiesPass:
    """Relations told in passing (needs the run's mentions, frames and helpers)."""

    # -- the country of a group ------------------------------------------------------------------
    def _home_of(self, eid: str) -> str | None:
        """The country a group belongs to: its name, its reference description, the article."""
        homes = self.__dict__.setdefault("_homes", {})
        if eid in homes:
            return homes[eid]
        home = None
        known = self.gaz.entities.get(eid)
        x = self.ents.get(eid)
        names = [known.name] if known is not None else [x.name] if x is not None else []
        for n in names:  # "Islamic Resistance in Iraq", "Palestinian Islamic Jihad"
            home = next((h for w in rx.findall(r"[A-Z][a-z]+", n) if (h := nation_of_word(w))), None)
        desc = (known.properties or {}).get("description") if known is not None and home is None else None
        if desc:  # "Lebanon's Shia movement", "The most powerful Iran-backed militia in Iraq"
            first = desc.split(". ")[0]
            home = next((h for w in _COUNTRY_WORD.findall(first) if (h := nation_of_word(w))), None)
        if home is None and x is not None:  # "Lebanon's Hezbollah", "the Houthis in Yemen"
            text = self.article.text
            for _, st, en in x.mentions[:8]:
                before = rx.ends_with(r"(?<![\w-])([A-Z][a-z]+)(?:['’]s)?\s+$", text[max(0, st - 25): st])
                after = rx.match(r"\s+in\s+([A-Z][a-z]+)\b", text[en: en + 25])
                home = (nation_of_word(before[1]) if before else None) or (nation_of_word(after[1]) if after else None)
                if home:
                    break
        homes[eid] = home
        return home

    def _national_referent(self, text: str, m, types, before: int) -> str | None:
        """ "the Palestinian group", "the Lebanese movement": the group of that country named last
        (None when the phrase names no country, or a name follows it: "the Iraqi group Kataib ...")."""
        words = rx.findall(r"(?<![\w-])[A-Z][a-z]+(?![\w-])", m.group()[3:])  # not "Iran-backed"
        nation = next((h for w in words if (h := nation_of_word(w))), None)
        if nation is None or rx.match(r"\s+[A-Z]", text[m.end():]):
            return None
        return self._of_nation(nation, types, before)

    def _of_nation(self, nation: str, types, before: int) -> str | None:
        best = None
        for eid, e in self.ents.items():
            if e.type not in types:
                continue
            last = max((st for _, st, _ in e.mentions if st < before), default=-1)
            if last >= 0 and (best is None or last > best[0]) and self._home_of(eid) == nation:
                best = (last, eid)
        return best[1] if best else None

    def _end_after(self, ments, pos: int, eid: str) -> int:
        """The end of the mention of `eid` found at `pos` (not of its last mention in the sentence)."""
        return next((x.end for x in ments if x.entity_id == eid and x.end > pos), pos)

    # -- places (moved here from structure.py) -----------------------------------------------------
    def _place_apposition(self, s, ments, frames) -> None:
        """ "Tower 22, a logistics base in Jordan"; "al-Qaim, the Iraqi border town" -> located_in."""
        text, off = s.text, s.start
        for p in ments:
            if self.type_of(p.entity_id) not in PLACE_TYPES:
                continue
            inside = rx.match(r"\s+in\s+(?:the\s+)?(?:[\w-]+-(?:occupied|controlled|held|run)\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?", text[p.end - off:])
            if inside and self.type_of(p.entity_id) in ("Site", "Settlement"):
                q = self._mention_at(ments, p.end + inside.end(), slack=0)
                if q and q != p.entity_id and self.type_of(q) in ("State", "Region", "Settlement") and not any(x.entity_id == q and x.kind == "demonym" for x in ments):
                    self._add(s, p.entity_id, "located_in", q, frames, p.start - off)
            houses = rx.match(r",\s+which\s+(?:houses|hosts|housed|hosted)\s+[^,;.]{0,60}?\s+in\s+(?:the\s+)?", text[p.end - off:]) \
                if self.type_of(p.entity_id) == "Site" else None
            where = self._mention_at(ments, p.end + houses.end(), slack=0) if houses else None
            if where and self.type_of(where) in ("State", "Region", "Settlement"):
                self._add(s, p.entity_id, "located_in", where, frames, p.start - off)  # "Al-Asad, which houses US troops in Anbar province"
            side = rx.match(r",\s+on\s+the\s+", text[p.end - off:]) if self.type_of(p.entity_id) in ("Settlement", "Site") else None
            state = self._mention_at(ments, p.end + side.end(), slack=0) if side else None
            if state and self.type_of(state) == "State" and rx.match(r"\s+side\s+of\b", text[self._end_of(ments, state) - off:]):
                self._add(s, p.entity_id, "located_in", state, frames, p.start - off)  # "Boukamal, on the Syrian side of the border"
            m = rx.match(r",\s+(?:a|an|the)\s+(?P<desc>[^,;.]{0,60})", text[p.end - off:])
            if not m:
                continue
            start = p.end - off + m.start("desc")
            for x in ments:
                xs = x.start - off
                if not (start <= xs < start + len(m["desc"])) or x.entity_id == p.entity_id:
                    continue
                t = self.type_of(x.entity_id)
                before = text[start:xs]
                if x.kind == "demonym" and t == "State" and len(before.split()) <= 1 and self.type_of(p.entity_id) in ("Settlement", "Region") \
                        and not rx.search(r"\b(in|of|near|from)\b", before) and _PLACE_NOUN.match(text[x.end - off:]):
                    self._add(s, p.entity_id, "located_in", x.entity_id, frames, p.start - off)
                    break
                if t in PLACE_TYPES | {"State"} and (rx.ends_with(r"\b(in|inside)\s+(the\s+)?(?:[a-z-]+\s+)?$", before)
                                                     or rx.ends_with(r"\b(?:suburbs?|district|neighbou?rhood|quarter|outskirts|province|region|port|town|city)\s+of\s+(the\s+)?$", before)):
                    # "Tower 22, a base in Jordan"; "Dahiyeh, the southern suburb of Beirut"
                    self._add(s, p.entity_id, "located_in", x.entity_id, frames, p.start - off)
                    break

    # -- the pass ----------------------------------------------------------------------------------
    def _ties(self, s, ments, evs, frames, subject) -> None:
        keys = self._keys
        if keys.isdisjoint(_TIE_CUES):
            return
        text, off = s.text, s.start
        if not keys.isdisjoint(_TOWN_WORDS) and " of " in text:
            self._town_of(s, ments, frames)
        if "coast" in keys or "coastline" in keys or "shore" in keys:
            self._on_the_coast(s, ments, frames)
        if not keys.isdisjoint(_FELLOW_WORDS):
            self._counted_members(s, ments, frames)
        if not keys.isdisjoint(_MOURNING_WORDS):
            self._own_dead(s, ments, frames)
        if not keys.isdisjoint(_ALLY_WORDS):
            self._national_ally(s, ments, frames)
        if "," in text and not keys.isdisjoint(_OUTLET_WORDS):
            for m in _OUTLET.finditer(text):
                org = [x for x in ments if x.end - off == m.start() and self.type_of(x.entity_id) == "Organization"]
                place = self._mention_at(ments, m.start("place") + off, slack=0)
                if org and place and self.type_of(place) in ("Settlement", "Region", "State") \
                        and not any(x.entity_id == place and x.kind == "demonym" for x in ments):
                    self._add(s, org[0].entity_id, "located_in", place, [], m.start())  # where an outlet is: the outlet's own label
        if not keys.isdisjoint(_UNIT_WORDS) and ("'" in text or "’" in text):
            self._short_owner(s, ments, frames)
        if not keys.isdisjoint(_BLAME_VERBS):
            self._blame_in_description(s, ments, evs, frames)

    def _town_of(self, s, ments, frames) -> None:
        """ "the Israeli town of Kiryat Shmona", "Yemen's port city of Hodeidah" -> located_in the state."""
        text, off = s.text, s.start
        for x in ments:
            if self.type_of(x.entity_id) != "State":
                continue
            m = _TOWN_OF.match(text, x.end - off)
            if not m or not (m.group()[:1] in "'’" or x.text.endswith(("'s", "’s"))) and not rx.search(r"\b(?:the|a|an)\s+$|^\s*$|[,;:(]\s*$", text[max(0, x.start - off - 6): x.start - off]):
                continue
            place = self._mention_at(ments, m.end() + off, slack=0)
            if place and place != x.entity_id and self.type_of(place) in ("Settlement", "Site", "Region"):
                self._add(s, place, "located_in", x.entity_id, [], m.start())  # background geography: the reporter's

    def _on_the_coast(self, s, ments, frames) -> None:
        """ "the port of Hodeidah on Yemen's Red Sea coast" -> located_in Yemen."""
        text, off = s.text, s.start
        for p in ments:
            if self.type_of(p.entity_id) not in ("Settlement", "Site", "Region"):
                continue
            m = _ON_COAST.match(text, p.end - off)
            x = next((x for x in ments if m and x.start - off == m.end()), None)  # (not "Yemen's Red Sea": the state itself)
            if x is not None and x.entity_id != p.entity_id and self.type_of(x.entity_id) == "State" \
                    and rx.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:coast|coastline|shore|border|side|frontier)\b", text[x.end - off:]):
                self._add(s, p.entity_id, "located_in", x.entity_id, [], m.start())  # background geography: the reporter's

    def _counted_members(self, s, ments, frames) -> None:
        """ "killed X and three other Hamas commanders" -> X member_of Hamas."""
        text, off = s.text, s.start
        for p in ments:
            if self.type_of(p.entity_id) != "Person":
                continue
            m = _OTHERS.match(text, p.end - off)
            if not m:
                continue
            g = self._mention_at(ments, m.end() + off, slack=0)
            if g is None and rx.match(r"(?:of\s+)?(?:its|their)\s", text[m.end():]):
                g = self._recent(_GROUP_TYPES, before=p.start)  # "X and two of its other fighters"
                end = m.end()
            else:
                end = self._end_after(ments, m.end() + off, g) - off if g else m.end()
            if g and self.type_of(g) in _GROUP_TYPES and rx.match(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?{_MEMBER_NOUN}\b|(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?{_MEMBER_NOUN}\b",
                                                                   text[end:]):
                self._add(s, p.entity_id, "member_of", g, frames, p.start - off)

    def _own_dead(self, s, ments, frames) -> None:
        """ "Hezbollah mourned X as a great commander", "X, whom the group hailed as a martyr",
        "Hamas confirmed the commander's death and named him as X": X is one of the group's own."""
        text, off = s.text, s.start
        groups = [x for x in ments if self.type_of(x.entity_id) in _GROUP_TYPES and not self._modifier(ments, x.entity_id, text, off)
                  and not self._adjective(x, text, off)]
        if not groups:
            return
        for m in _MOURN.finditer(text):
            g = [x for x in groups if x.end - off <= m.start() and rx.fullmatch(r"\s+(?:(?:group|movement|militia|organi[sz]ation|faction)\s+)?(?:(?:has|have|had|also|publicly|later|on\s+\w+|\w+ly)\s+){0,3}", text[x.end - off: m.start()])]
            if not g:
                continue
            p = self._mention_at(ments, m.end() + off, slack=0)
            if p and self.type_of(p) == "Person" and _AS_ROLE.match(text, self._end_after(ments, m.end() + off, p) - off):
                self._add(s, p, "member_of", g[-1].entity_id, frames, m.start(), frame=Frame(0, 0, g[-1].entity_id, "asserted", "mourned", "speech"))
                continue
            whom = rx.ends_with(r",\s+(?:whom|who)\s+(?:the\s+)?$", text[: g[-1].start - off])
            dead = [x for x in ments if whom and x.end - off == whom.start() and self.type_of(x.entity_id) == "Person"]
            if dead and _AS_ROLE.match(text, m.end() - 1):
                self._add(s, dead[0].entity_id, "member_of", g[-1].entity_id, frames, m.start(), frame=Frame(0, 0, g[-1].entity_id, "asserted", "mourned", "speech"))
        for m in _NAMED_AS.finditer(text):
            g = [x for x in groups if x.end - off <= m.start() and not rx.search(r"[;]|\b(?:said|says|told)\b", text[x.end - off: m.start()])]
            p = self._mention_at(ments, m.end() + off, slack=0)
            if not g or not p or self.type_of(p) != "Person":
                continue
            if rx.match(r"named\s+(?:him|her)\b", m.group()) and not _OWN_DEAD.search(text, g[-1].end - off, m.start()):
                continue  # "named him as X" is the group's own dead only when the sentence says whose death it is
            self._add(s, p, "member_of", g[-1].entity_id, frames, m.start(), frame=Frame(0, 0, g[-1].entity_id, "asserted", "named", "speech"))

    def _national_ally(self, s, ments, frames) -> None:
        """ "in what it calls support for its Palestinian ally": the group of that country named before."""
        text, off = s.text, s.start
        for m in rx.finditer(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?P<n>[A-Z][a-z]+)\s+(?:ally|allies|partner|partners)\b(?!\s+(?:the\s+)?[A-Z])", text):
            nation = nation_of_word(m["n"])
            if nation is None:
                continue
            framing = [f for f in frames if f.verb == "calls" and f.start <= m.start() < f.end]
            owner = [x.entity_id for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in _GROUP_TYPES + ("State",)
                     and not self._modifier(ments, x.entity_id, text, off) and not self._adjective(x, text, off)
                     and not rx.ends_with(r"\b(?:in|at|near|from|to|of|on|by|with|against|for)\s+(?:the\s+)?$", text[: x.start - off])]
            if framing:  # "in what it calls support for its ally": the one whose words these are
                owner = [framing[-1].claimant]
            ally = self._of_nation(nation, _GROUP_TYPES, before=off + m.start())
            if owner and ally and ally != owner[-1] and self.type_of(owner[-1]) in _GROUP_TYPES + ("State",):
                self._add(s, owner[-1], "allied_with", ally, frames, m.start())

    def _short_owner(self, s, ments, frames) -> None:
        """ "the Guards' Quds Force": the owner is the body named before whose name ends in "Guards"."""
        text, off = s.text, s.start
        for m in _SHORT_OWNER.finditer(text):
            if any(x.start - off <= m.start("w") < x.end - off for x in ments):
                continue  # a name the gazetteer knows: the structure pass reads it
            unit = self._mention_at(ments, m.end() + off, slack=0)
            if unit is None or self.type_of(unit) not in ("ArmedGroup", "StateOrgan") \
                    or not rx.match(r"[\w’' -]*?\b(?:Force|Forces|Brigades?|Corps|Unit|Division)\b", text[m.end(): m.end() + 40]):
                continue
            word = m["w"].lower()
            owner = None
            for eid, e in self.ents.items():
                if eid == unit or e.type not in ("ArmedGroup", "StateOrgan", "Coalition") or not any(st < off + m.start() for _, st, _ in e.mentions):
                    continue
                known = self.gaz.entities.get(eid)
                names = [e.name, *(getattr(known, "aliases", ()) or ())]
                if any(n.split()[-1].lower() == word for n in names if n.split()):
                    owner = eid
            if owner:
                self._add(s, unit, "part_of", owner, frames, m.start())

    def _blame_in_description(self, s, ments, evs, frames) -> None:
        """ "X called the killing a dangerous escalation by Israel": Israel did it, says X."""
        text, off = s.text, s.start
        found = [(m, m.end()) for m in _BLAME_DESC.finditer(text)] if "by" in self._keys else []
        found += [(m, m.start("who")) for m in _BLAME_ADJ.finditer(text)]
        for m, at in found:
            culprit = self._mention_at(ments, at + off, slack=0)
            if culprit is None or self.type_of(culprit) not in ACTOR_TYPES:
                continue
            before = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES
                      and not self._modifier(ments, x.entity_id, text, off) and not self._adjective(x, text, off)]
            speaker = None
            for x in before:  # "Al-Quds, a Gaza newspaper close to the group, called": the head, not the apposition
                between = text[x.end - off: m.start()]
                if rx.fullmatch(r"(?:['’]s)?(?:,\s+(?:a|an|the)\s+[^,;]{1,80},)?\s*(?:(?:has|have|had|also|on\s+\w+|\w+ly)\s+)*", between):
                    speaker = x.entity_id
                    break
            if speaker is None or speaker == culprit:
                continue
            ev = next((e for e in evs if m.start() <= e.start - off < m.end()), None) or self._last_act()
            if ev is not None and ev.agent in (None, culprit):
                self._add(s, culprit, "perpetrated", ev, frames, m.start(), core=True, frame=Frame(0, 0, speaker, "blamed", "called", "blame"))
