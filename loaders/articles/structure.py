"""The structure a sentence states between actors and places: part_of, member_of and leads,
hostile_to and allied_with, sanctioned (with the designation as an event), backing, and where
places are; each given the claimant and modality of the frame it sits in. A mixin of the run."""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.mentions import Mention
from proxygraph.loaders.articles.patterns import (
    _BACKED,
    _ROLE,
    _SUPPORT,
    ACTOR_TYPES,
    PLACE_TYPES,
)
from proxygraph.loaders.articles.result import XEntity

# "al-Qaim, the Iraqi border town" (a place described), not "Baghdad, the first US strike there"
_PLACE_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|capital|port|province|region|district|governorate|"
                         r"area|suburb|neighbou?rhood|island|coast|base|outpost|garrison|crossing|border)s?\b", re.I)


class StructurePass:
    """Relations between actors and places (needs the run's mentions, frames and helpers)."""

    def _structure(self, s, ments, frames, subject) -> None:
        """part_of, member_of by role words, hostile_to, allied_with, sanctioned."""
        text, off = s.text, s.start
        kinds = ("ArmedGroup", "Coalition", "StateOrgan", "Organization")
        # "the Quds Force, the arm of the Revolutionary Guards"; "KH, a unit of the PMF"
        for m in (rx.finditer(r",\s+(?:the|an?|its)\s+(?:\w+\s+){0,2}?(?:arm|wing|branch|unit|division|brigade|formation|component)s?\s+of\s+(?:the\s+)?", text) if self._keys & {"arm", "wing", "branch", "unit", "division", "brigade", "formation", "component", "arms", "wings", "branches", "units", "divisions", "brigades", "formations", "components"} else ()):
            left = [x for x in ments if x.end - off <= m.start() and m.start() - (x.end - off) <= 2 and self.type_of(x.entity_id) in kinds]
            right = self._mention_at(ments, m.end() + off, slack=20)
            if left and right and self.type_of(right) in kinds + ("State",) and right != left[-1].entity_id:
                self._add(s, left[-1].entity_id, "part_of", right, frames, m.start())
        # "Another faction of the Islamic Resistance in Iraq, Kataib Sayyid al-Shuhada, ..."
        for m in (rx.finditer(r"\b(?:another|a|one)\s+(?:\w+\s+)?(?:faction|member|group|militia|component)\s+(?:of|in|within)\s+(?:the\s+)?", text, re.I) if self._keys & {"faction", "member", "group", "militia", "component"} else ()):
            coal = self._mention_at(ments, m.end() + off, slack=0)
            if coal and self.type_of(coal) == "Coalition":
                after = rx.match(r",\s+(?:the\s+)?", text[self._end_of(ments, coal) - off:])
                member = self._mention_at(ments, self._end_of(ments, coal) + after.end(), slack=0) if after else None
                if member and self.type_of(member) in ("ArmedGroup",) and member != coal:
                    self._add(s, member, "member_of", coal, frames, m.start())
        # "It is also the dominant force in the Islamic Resistance in Iraq"
        for m in (rx.finditer(r"\b(?:is|was|are|were|remains|became)\s+(?:also\s+)?(?:(?:a|an|the|one)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?)?(?:member|part|faction|force|component|group|militia|pillar|unit)s?\s+(?:in|of|within)\s+(?:what\s+[\w’'-]+\s+(?:calls?|called|describes?\s+as|dubs?)\s+)?(?:the\s+)?", text) if self._keys & {"member", "part", "faction", "force", "component", "group", "militia", "pillar", "unit", "members", "parts", "factions", "forces", "components", "groups", "militias", "pillars", "units"} else ()):
            who = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "Person")
                   and not rx.search(r"[;]", text[x.end - off: m.start()])]
            member = who[0].entity_id if who else (subject if rx.match(r"\s*(It|They|The\s+group)\b", text) else None)
            coal = self._mention_at(ments, m.end() + off, slack=0)
            if member and coal and self.type_of(coal) == "StateOrgan" and self.type_of(member) == "ArmedGroup":
                self._add(s, member, "part_of", coal, frames, m.start())  # "one of the factions of the PMF"
                continue
            if member and coal and self.type_of(coal) in ("Coalition", "ArmedGroup") and coal != member:
                self._add(s, member, "member_of", coal, frames, m.start())
                along = rx.search(r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as|like)\s+(?:the\s+)?", text[m.end():])
                other = self._mention_at(ments, m.end() + along.end() + off, slack=0) if along else None
                if other and self.type_of(other) in ("ArmedGroup", "Coalition") and other not in (coal, member):
                    self._add(s, other, "member_of", coal, frames, m.start())
        # "went to war with", "traded fire with", "at war with", "X's war against Y"
        for m in (rx.finditer(r"\b(?:at\s+war\s+with|went\s+to\s+war\s+(?:with|against)|traded?\s+(?:fire|blows)\s+with|trading\s+fire\s+with|(?:has|have|had)\s+(?:been\s+)?fighting|fought|clash(?:ed|ing)?\s+with|(?:war|campaign|offensive)\s+(?:against|on)|(?:military\s+)?operations\s+against)\s+(?:the\s+|an?\s+)?", text) if self._keys & {"war", "fire", "blows", "fighting", "fought", "clash", "clashed", "clashing", "campaign", "offensive", "operations"} else ()):
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES and not self._modifier(ments, x.entity_id, text, off)
                 and not self._adjective(x, text, off)
                 and not rx.search(r"\b(in|at|near|from|to|of|on)\s+(the\s+)?(?:[a-z-]+\s+)?$", text[: x.start - off])]
            b = self._mention_at(ments, m.end() + off, slack=0)
            if rx.match(r"(?:war|campaign|offensive)\b", m.group()):
                # "Israel's war against Hamas": the side is the possessor; "its war" is left alone
                lo = max(0, m.start() - 40)
                owner = rx.search(r"['’]s?\s+(?:[\w-]+\s+)?$", text[lo: m.start()])
                if owner:
                    a = [x for x in ments if lo + owner.start() <= x.end - off <= lo + owner.start() + 2 and self.type_of(x.entity_id) in ACTOR_TYPES]
                elif rx.search(r"\b(?:its|their|his|her|the|a|this|that)\s+(?:[\w-]+\s+)?$", text[lo: m.start()], re.I):
                    a = []
            if a and b and self.type_of(b) in ACTOR_TYPES and a[-1].entity_id != b:
                self._add(s, a[-1].entity_id, "hostile_to", b, frames, m.start())
        # "Israel and Hezbollah have exchanged fire"
        for m in (rx.finditer(r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:exchanged|traded)\s+(?:fire|blows)\b", text) if self._keys & {"exchanged", "traded"} else ()):
            pair = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES]
            if len(pair) >= 2 and rx.fullmatch(r"\s+and\s+(?:the\s+)?", text[pair[-2].end - off: pair[-1].start - off]):
                self._add(s, pair[-1].entity_id, "hostile_to", pair[-2].entity_id, frames, m.start())
        # "opened a support front for Hamas", "in solidarity with"
        for m in (rx.finditer(r"\b(?:support\s+front|solidarity)\s+(?:for|with)\s+(?:the\s+)?", text) if self._keys & {"front", "solidarity"} else ()):
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "State")
                 and not self._modifier(ments, x.entity_id, text, off)]
            b = self._mention_at(ments, m.end() + off, slack=0)
            if a and b and self.type_of(b) in ACTOR_TYPES and a[-1].entity_id != b:  # the nearest actor opened the front
                self._add(s, a[-1].entity_id, "allied_with", b, frames, m.start())
        # "an ally of Iran", "X and its ally Y", "allied with"
        for m in (rx.finditer(r"\b(?:allied\s+with|an?\s+(?:close\s+|key\s+)?ally\s+of|allies\s+of)\s+(?:the\s+)?", text) if self._keys & {"allied", "ally", "allies"} else ()):
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES and not rx.search(r"[;.]", text[x.end - off: m.start()])]
            b = self._mention_at(ments, m.end() + off, slack=0)
            if a and b and a[-1].entity_id != b and self.type_of(b) in ACTOR_TYPES:
                self._add(s, a[-1].entity_id, "allied_with", b, frames, m.start())
        # "the Treasury sanctioned X"; "designated X a terrorist organisation"; "imposed sanctions on X"
        for m in (rx.finditer(r"\b(?:sanctioned|designated|designating|designates|blacklisted|re-designated|redesignated|listed|returned|added|imposed\s+sanctions\s+(?:on|targeting|against)|slapped\s+sanctions\s+on|sanctions\s+(?:on|against|targeting))\s+(?:the\s+)?", text) if self._keys & {"sanctioned", "designated", "designating", "designates", "blacklisted", "redesignated", "listed", "returned", "added", "sanctions", "designated"} else ()):
            if rx.match(r"(?:returned|added)", m.group()) and not rx.search(r"\b(?:to|on)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}(?:list|blacklist)", text[m.end(): m.end() + 80]):
                continue
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("State", "StateOrgan")
                 and not rx.search(r"[;]", text[x.end - off: m.start()]) and not rx.search(r"\b(in|at|near|from|of|on)\s+(the\s+)?$", text[: x.start - off])]
            b = self._mention_at(ments, m.end() + off, slack=12)
            if b and any(x.entity_id == b and x.start - off >= m.end() and self._adjective(x, text, off) for x in ments):
                named = rx.match(r"(?:another|an?|the)?\s*[\w-]+\s+(?:faction|group|militia|movement|organi[sz]ation|airline|company|network),\s+", text[m.end():])
                b = self._mention_at(ments, m.end() + named.end() + off, slack=0) if named else None
            if b and rx.match(rf"\s+(?:{_ROLE}|leaders|commanders|officials|members|figures|financiers|operatives)s?\b", text[self._end_of(ments, b) - off:], re.I):
                b = None
            if a and b and self.type_of(b) in ACTOR_TYPES and a[-1].entity_id != b:
                prog = rx.search(r"\b(FTO|SDGT|Specially\s+Designated\s+Global\s+Terrorists?|Foreign\s+Terrorist\s+Organi[sz]ation)\b", text)
                attrs = {"program": "FTO" if prog and rx.match(r"F", prog[1]) else "SDGT"} if prog else {}
                for target in [b, *[c for c in self._conjuncts(s, ments, b) if self.type_of(c) in ACTOR_TYPES]]:
                    self._add(s, a[-1].entity_id, "sanctioned", target, frames, m.start(), attrs=attrs)
                    self._designation(s, m, target, attrs)
        for m in (rx.finditer(r"\b(?:has|have|had)\s+been\s+(?:listed|designated|sanctioned|blacklisted)\s+as\b|\b(?:the\s+)?(?:designation|listing|blacklisting)\s+of\s+(?:the\s+)?", text) if self._keys & {"listed", "designated", "sanctioned", "blacklisted", "designation", "listing", "blacklisting"} else ()):
            if m.group().startswith(("has", "have", "had")):
                obj = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES - {"State"}
                       and not rx.search(r"[;.]", text[x.end - off: m.start()])]
                obj = obj[-1].entity_id if obj else None
                others = [x.entity_id for x in ments if x.start - off > m.end() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition")
                          and rx.match(r"\s+as\s+an?\s", text[x.end - off:])]
            else:
                obj, others = self._mention_at(ments, m.end() + off, slack=0), []
            who = next((r[0] for r in reversed(self.raw) if r[1] == "sanctioned"), None) or next(iter(self.gaz.by_name("United States")), None)
            for target in [obj, *others]:
                if who and target and self.type_of(target) in ACTOR_TYPES and target != who:
                    self._add(s, who, "sanctioned", target, frames, m.start())
        for m in (rx.finditer(r"\b(?:US|U\.S\.|American)-(?:designated|sanctioned|listed)\s+", text) if self._keys & {"designated", "sanctioned", "listed"} else ()):
            b = self._mention_at(ments, m.end() + off, slack=25)
            us = self.gaz.by_name("United States")
            if b and us and self.type_of(b) in ACTOR_TYPES:
                self._add(s, us[0], "sanctioned", b, [], m.start())

    def _place_apposition(self, s, ments, frames) -> None:
        """ "Tower 22, a logistics base in Jordan"; "al-Qaim, the Iraqi border town" -> located_in."""
        text, off = s.text, s.start
        for p in ments:
            if self.type_of(p.entity_id) not in PLACE_TYPES:
                continue
            inside = rx.match(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?", text[p.end - off:])
            if inside and self.type_of(p.entity_id) in ("Site", "Settlement"):
                q = self._mention_at(ments, p.end + inside.end(), slack=0)
                if q and q != p.entity_id and self.type_of(q) in ("State", "Region", "Settlement") and not any(x.entity_id == q and x.kind == "demonym" for x in ments):
                    self._add(s, p.entity_id, "located_in", q, frames, p.start - off)
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
                if t in PLACE_TYPES | {"State"} and rx.search(r"\b(in|inside)\s+(the\s+)?(?:[a-z-]+\s+)?$", before):
                    self._add(s, p.entity_id, "located_in", x.entity_id, frames, p.start - off)
                    break

    def _designation(self, s, m, target: str, attrs: dict) -> None:
        """A dated listing ("the Treasury on Friday designated X") is an event of its own (a Designation)."""
        day = next((t.day for t in self.dates if s.start <= t.start < s.end and t.day and not t.since), None)
        if day is None:
            return
        eid = f"{target}-designation-{day.isoformat()}"
        if eid not in self.ents:
            name = f"{self.ents[target].name if target in self.ents else target} designation {day.isoformat()}"
            self.ents[eid] = XEntity(eid, name, "Designation", True, properties={"date": day, **attrs})
        words = s.text[m.start(): m.end()].strip()
        self.ents[eid].mentions.append((words, m.start() + s.start, m.start() + s.start + len(words)))

    def _backing(self, s, ments, actors, frames) -> None:
        text, off = s.text, s.start
        for m in _BACKED.finditer(text):
            backer = [a for a in actors if a.end - off == m.start()]
            if not backer:
                continue
            how = m["how"].lower()
            attrs = {}
            if how in _SUPPORT:
                attrs["support"] = _SUPPORT[how]
            if how in ("aligned", "allied"):
                attrs["control"] = "aligned"
            if how == "directed":
                attrs["control"] = "directed"
            if how == "led":
                continue
            obj = self._backed_object(s, m.end(), ments)
            if obj:
                quoted = _inside_quotes(text, m.start())
                self._add(s, backer[0].entity_id, "backs", obj, frames if quoted else [], m.start(), attrs=attrs)
        for m in (rx.finditer(r"\b(?:proxy|proxies|client|clients|surrogate|surrogates)\s+(?:of|for)\s+(?:the\s+)?", text) if self._keys & {"proxy", "proxies", "client", "clients", "surrogate", "surrogates"} else ()):
            patron = self._mention_at(ments, m.end() + off, slack=0)
            client = [a for a in actors if a.end - off <= m.start() and self.type_of(a.entity_id) in ("ArmedGroup", "Coalition")
                      and not rx.search(r"[;.]", text[a.end - off: m.start()])]
            if patron and client and self.type_of(patron) in ACTOR_TYPES and patron != client[-1].entity_id:
                self._add(s, patron, "backs", client[-1].entity_id, frames, m.start())
        # "X, backed by Iran" / "X is backed by Iran" / "Iran backs X"
        for m in (rx.finditer(r"\b(?:backed|supported|funded|armed|sponsored|trained)\s+by\s+", text) if self._keys & {"backed", "supported", "funded", "armed", "sponsored", "trained"} else ()):
            backer = self._mention_at(ments, m.end() + off, slack=6)
            client = [a for a in actors if a.end - off <= m.start() and a.entity_id != backer and a.kind != "demonym"
                      and not rx.search(r"\b(in|at|near|from|to|of)\s+(the\s+)?$", text[: a.start - off])
                      and rx.fullmatch(r"['’]?s?\s*(?:,\s+(?:the|a|an)\s+[^,;]{0,60}?)?\s*,?\s*(?:(?:which|who|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+|(?:is|are|was|were|being)\s+)?(?:long\s+)?(?:\w+\s+and\s+)?", text[a.end - off: m.start()])]
            if backer and client and self.type_of(backer) in ACTOR_TYPES:
                self._add(s, backer, "backs", client[-1].entity_id, frames, m.start())
            whose = rx.search(r"\b[Ww]hose\s+(?:movement|group|militia|organi[sz]ation|party|faction)\b[^,;]*$", text[: m.start()])
            people = [a.entity_id for a in actors if whose and a.end - off <= whose.start() and self.type_of(a.entity_id) == "Person"]
            group = self._affiliation(people[-1]) if people else None
            if backer and group and self.type_of(backer) in ACTOR_TYPES and group != backer:
                self._add(s, backer, "backs", group, frames, m.start())  # "Nasrallah, whose movement is backed by Iran"
        for m in rx.finditer(r"\b(?P<v>backs|backed|supports|supported|funds|funded|arms|armed|finances|financed|sponsors|sponsored|bankrolls|supplies|supplied|supplying|trains|trained|equips|equipped|provides|provided)\s+(?:the\s+)?", text):
            backer = [a for a in actors if a.end - off <= m.start() and not rx.search(r"[,;]", text[a.end - off: m.start()])
                      and not self._modifier(ments, a.entity_id, text, off)
                      and not rx.search(r"\b(in|at|near|from|to|of|on|by|with)\s+(the\s+)?$", text[: a.start - off])]
            client = self._mention_at(ments, m.end() + off, slack=0)
            if backer and client and self.type_of(client) in ACTOR_TYPES and client != backer[-1].entity_id \
                    and self.type_of(backer[-1].entity_id) in ("State", "StateOrgan", "ArmedGroup", "Coalition", "Person"):
                v = m["v"].lower()
                attrs = {}
                rest = text[m.end(): m.end() + 80]
                if v.startswith(("fund", "financ", "bankroll")):
                    attrs["support"] = ["funds"]
                elif v.startswith(("arm", "equip")) or rx.match(r"[^.;]{0,30}\bwith\s+(?:\w+\s+){0,3}(?:weapons|missiles|drones|rockets|arms)", rest):
                    attrs["support"] = ["arms"]
                elif v.startswith("train"):
                    attrs["support"] = ["trains"]
                for c in [client, *self._conjuncts(s, ments, client)]:
                    if c != backer[-1].entity_id and self.type_of(c) in ("ArmedGroup", "Coalition", "Person", "Organization"):
                        self._add(s, backer[-1].entity_id, "backs", c, frames, m.start(), attrs=attrs)

    def _affiliation(self, person: str) -> str | None:
        """The group a person leads or belongs to: said in this article, else in the reference data."""
        said = [r[2] for r in self.raw if r[0] == person and r[1] in ("leads", "member_of") and isinstance(r[2], str)]
        return said[0] if said else self.gaz.affiliations.get(person)

    def _backed_object(self, s, pos: int, ments) -> str | None:
        text, off = s.text, s.start
        rest = text[pos:]
        # a name right after: "Iran-backed Kataib Hezbollah", "Iranian-backed Houthi rebels"
        for m in ments:
            if m.start - off >= pos and self.type_of(m.entity_id) in ACTOR_TYPES and not self._adjective(m, text, off):
                between = text[pos: m.start - off]
                if rx.fullmatch(r"\s*(?:(?:shia|shiite|sunni|armed|militant|rebel|islamist|paramilitary|iraqi|yemeni|lebanese|syrian|palestinian|powerful|hardline)\s+){0,2}", between, re.I):
                    return m.entity_id
                break
        noun = rx.match(r"\s*(?:[\w-]+\s+){0,2}?(militias?|groups?|movement|rebels|fighters|factions?|proxies|forces|militants|organi[sz]ations?)\b", rest, re.I)
        if not noun:
            return None
        plural = noun[1].lower().endswith("s") and noun[1].lower() not in ("rebels",) \
            or bool(rx.match(r"\s+(?:groups|militias|factions|forces|fighters|organi[sz]ations)\b", rest[noun.end():]))  # "militia groups"
        # apposition: "the Islamic Resistance in Iraq, an umbrella group of Iranian-backed militias"
        left = text[:pos]
        other = rx.search(r"\s+and\s+(?:other|fellow|allied)\s+[\w’'-]+$", left)
        if other:
            head = [m for m in ments if m.end - off == other.start() and self.type_of(m.entity_id) in ("ArmedGroup", "Coalition")]
            if head:
                return head[0].entity_id
        app = rx.search(r",\s+(?:a|an|the)\s+[^,;]*$", left)
        if app:
            head = [m for m in ments if m.end - off <= app.start() and app.start() - (m.end - off) <= 2]
            if head and self.type_of(head[0].entity_id) in ("ArmedGroup", "Coalition"):
                return head[0].entity_id
        after = rest[noun.end():]
        named = rx.match(r"\s*,?\s*(?:which|who)\s+(?:call|calls|called)\s+themselves\s+(?:the\s+)?[\"“]?", after)
        if named:
            m = self._mention_at(ments, pos + noun.end() + named.end() + off, slack=0)
            if m and self.type_of(m) in ("ArmedGroup", "Coalition"):
                return m
        app2 = rx.match(r"\s*(?:,\s*(?:such\s+as|including|like)?|such\s+as|including|like)\s*(?:the\s+)?", after)
        if app2:
            m = self._mention_at(ments, pos + noun.end() + app2.end() + off, slack=0)
            if m and self.type_of(m) in ("ArmedGroup", "Coalition"):
                return m
        if plural:
            return None
        return self.main_group

    def _membership(self, s, ments, frames) -> None:
        text, off = s.text, s.start
        for p in ments:
            if self.type_of(p.entity_id) != "Person":
                continue
            after = text[p.end - off:]
            m = rx.match(rf",\s+(?P<det>the|a|an|its|their)\s+(?P<role>(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE})(?:\s+(?:in\s+charge\s+of|of|for|in|at)\b)?)\s*(?P<rest>[^,;.]*)", after, re.I)
            if not m:
                m2 = rx.search(rf"\b(?P<role>{_ROLE})s?\s*,?\s+$", text[: p.start - off], re.I)
                g = [x for x in ments if m2 and x.end - off <= m2.start() and rx.fullmatch(r"(['’]s?)?\s+(?:(?:military|political|armed|top|senior|chief|deputy|former|new)\s+)*", text[x.end - off: m2.start()])
                     and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "StateOrgan", "Organization")]
                if m2 and not g and rx.search(r"\b(?:its|their)\s+(?:\w+\s+)?$", text[: m2.start()], re.I):
                    grp = self._recent(("ArmedGroup", "Coalition"), before=p.start)
                    g = [Mention(0, 0, "", "nominal", grp)] if grp else []
                if m2 and g and self.type_of(g[-1].entity_id) not in ("StateOrgan",):
                    pred = "leads" if m2["role"].lower() in ("leader", "head", "chief", "founder", "secretary-general") else "member_of"
                    self._add(s, p.entity_id, pred, g[-1].entity_id, frames, p.start - off, attrs={"role": m2["role"].lower()})
                continue
            start = p.end - off + m.start("rest")
            # "a senior Hamas official based in Lebanon": the body inside the role first, then after it
            org = [x for x in ments if p.end - off + m.start("role") <= x.start - off < start and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "StateOrgan", "Organization")]
            if not org:
                org = [x for x in ments if start <= x.start - off <= start + len(m["rest"]) and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "StateOrgan", "Organization", "State")]
            if not org:
                continue
            o = org[0]
            role_text = (m["role"] + " " + m["rest"]).strip()
            role_text = role_text.replace(o.text, " ").replace("’s", "").replace("'s", "")
            role_text = " ".join(role_text.split()).strip(" ,")
            tail = rx.match(rf"(?:\s*(?:and|,)?\s*(?:{_ROLE})\b)*", m["rest"], re.I).group()
            role_word = rx.findall(rf"\b({_ROLE})\b", m["role"] + " " + tail, re.I)[-1].lower()
            pred = "leads" if m["det"].lower() == "the" and role_word in ("leader", "head", "chief", "founder", "secretary-general") \
                and not rx.search(r"\b(deputy|regional|local|military|field)\b", m["role"], re.I) else "member_of"
            if self.type_of(o.entity_id) == "State" or (self.type_of(o.entity_id) == "StateOrgan" and role_word not in ("commander", "member", "fighter", "operative")):
                continue  # official titles ("Iran's foreign ministry spokesman") are not memberships
            self._add(s, p.entity_id, pred, o.entity_id, frames, p.start - off, attrs={"role": role_text})
        for p in ments:
            if self.type_of(p.entity_id) != "Person":
                continue
            m = rx.match(r",?\s+(?:who\s+)?(?P<v>leads|led|heads|headed|runs|ran|founded|commands|commanded)\s+(?:the\s+)?", text[p.end - off:])
            if not m:
                continue
            g = self._mention_at(ments, p.end + m.end(), slack=10)
            if g and self.type_of(g) in ("ArmedGroup", "Coalition", "Organization"):
                v = m["v"]
                if v.startswith("command"):
                    self._add(s, p.entity_id, "member_of", g, frames, p.start - off, attrs={"role": "commander"})
                else:
                    self._add(s, p.entity_id, "leads", g, frames, p.start - off, attrs={"role": "founder" if v == "founded" else "leader"})
        # group in coalition: "X, part of / a member of the Y", "Y, an umbrella group that includes X"
        for m in rx.finditer(r",?\s+(?:which\s+is\s+|is\s+|are\s+|as\s+)?(?:a\s+member|part|one|a\s+faction|a\s+component|members)\s+of\s+(?:the\s+)?", text):
            left = [x for x in ments if x.end - off <= m.start() and (m.start() - (x.end - off) <= 2 or
                    (m.group().lstrip(", ").startswith("as") and not rx.search(r"[;.]", text[x.end - off: m.start()])))
                    and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition")]
            right = self._mention_at(ments, m.end() + off, slack=30)
            if left and right and self.type_of(right) in ("Coalition", "ArmedGroup") and right != left[-1].entity_id:
                self._add(s, left[-1].entity_id, "member_of", right, frames, m.start())
        for m in rx.finditer(r"\b(?:includes|including|comprises|comprising|which\s+includes|such\s+as|under\s+which|made\s+up\s+of)\s+", text):
            coal = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) == "Coalition" and not rx.search(r"[;.]", text[x.end - off: m.start()])]
            if not coal and self._cur_subject and self.type_of(self._cur_subject) == "Coalition" \
                    and rx.search(r"\b(?:umbrella|banner|front|coalition|alliance|grouping|network)\b", text[: m.start()], re.I):
                coal = [Mention(0, 0, "", "nominal", self._cur_subject)]
            if not coal:
                continue
            for x in ments:
                if x.start - off >= m.end() and self.type_of(x.entity_id) == "ArmedGroup" and not rx.search(r"[;.]", text[m.end(): x.start - off]):
                    self._add(s, x.entity_id, "member_of", coal[-1].entity_id, frames, m.start())


def _inside_quotes(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
