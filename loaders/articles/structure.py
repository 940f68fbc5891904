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
)
from proxygraph.loaders.articles.result import XEntity

class StructurePass:
    """Relations between actors and places (needs the run's mentions, frames and helpers)."""

    def _structure(self, s, ments, frames, subject) -> None:
        """part_of, member_of by role words, hostile_to, allied_with, sanctioned."""
        text, off = s.text, s.start
        kinds = ("ArmedGroup", "Coalition", "StateOrgan", "Organization")
        # "the Quds Force, the arm of the Revolutionary Guards"; "KH, a unit of the PMF"
        for m in (rx.finditer(r",\s+(?:the|an?|its)\s+(?:\w+\s+){0,2}?(?:arm|wing|branch|unit|division|brigade|formation|component)s?\s+of\s+(?:the\s+)?", text) if not self._keys.isdisjoint(("arm", "wing", "branch", "unit", "division", "brigade", "formation", "component", "arms", "wings", "branches", "units", "divisions", "brigades", "formations", "components")) else ()):
            left = [x for x in ments if x.end - off <= m.start() and m.start() - (x.end - off) <= 2 and self.type_of(x.entity_id) in kinds]
            right = self._mention_at(ments, m.end() + off, slack=20)
            if left and right and self.type_of(right) in kinds + ("State",) and right != left[-1].entity_id:
                self._add(s, left[-1].entity_id, "part_of", right, frames, m.start())
        # "the Quds Force, the Guards' overseas arm": the possessor is the whole
        for m in (rx.finditer(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:arm|wing|branch|unit|division|brigade)\b", text) if not self._keys.isdisjoint(("arm", "wing", "branch", "unit", "division", "brigade")) else ()):
            owner = [x for x in ments if x.end - off == m.start() and self.type_of(x.entity_id) in kinds]
            head = rx.ends_with(r",\s+(?:the\s+)?$", text[: owner[0].start - off]) if owner else None
            part = [x for x in ments if head and x.end - off <= head.start() and head.start() - (x.end - off) <= 1 and self.type_of(x.entity_id) in kinds]
            if owner and part and part[-1].entity_id != owner[0].entity_id:
                self._add(s, part[-1].entity_id, "part_of", owner[0].entity_id, frames, m.start())
        # "Hezbollah's elite Radwan Force", "the Guards' Quds Force": a unit named with its owner's possessive
        for m in (rx.finditer(r"['’]s?\s+(?:(?:elite|special|overseas|external|naval|air|armed|military|intelligence)\s+)?(?=[A-Z])", text) if not self._keys.isdisjoint(("force", "forces", "brigade", "brigades", "corps", "unit", "division")) else ()):
            owner = next((x for x in ments if x.start - off < m.start() <= x.end - off and self.type_of(x.entity_id) in kinds), None)
            unit = self._mention_at(ments, m.end() + off, slack=0)
            if owner is None or unit is None or unit == owner.entity_id or self.type_of(unit) not in ("ArmedGroup", "StateOrgan"):
                continue
            if rx.match(r"[\w’' -]*?\b(?:Force|Forces|Brigades?|Corps|Unit|Division)\b", text[m.end():m.end() + 40]):
                self._add(s, unit, "part_of", owner.entity_id, frames, m.start())
        # "Another faction of the Islamic Resistance in Iraq, Kataib Sayyid al-Shuhada, ..."
        for m in (rx.finditer(r"\b(?:another|a|one)\s+(?:\w+\s+)?(?:faction|member|group|militia|component)\s+(?:of|in|within)\s+(?:the\s+)?", text, re.I) if not self._keys.isdisjoint(("faction", "member", "group", "militia", "component")) else ()):
            coal = self._mention_at(ments, m.end() + off, slack=0)
            if coal and self.type_of(coal) == "Coalition":
                after = rx.match(r",\s+(?:the\s+)?", text[self._end_of(ments, coal) - off:])
                member = self._mention_at(ments, self._end_of(ments, coal) + after.end(), slack=0) if after else None
                if member and self.type_of(member) in ("ArmedGroup",) and member != coal:
                    self._add(s, member, "member_of", coal, frames, m.start())
        # "It is also the dominant force in the Islamic Resistance in Iraq"
        for m in (rx.finditer(r"\b(?:is|was|are|were|remains|became|as)\s+(?:also\s+)?(?:(?:a|an|the|one)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?)?(?:member|part|faction|force|component|group|militia|pillar|unit)s?\s+(?:in|of|within)\s+(?:what\s+[\w’'-]+\s+(?:calls?|called|describes?\s+as|dubs?)\s+)?(?:the\s+)?", text) if not self._keys.isdisjoint(("member", "part", "faction", "force", "component", "group", "militia", "pillar", "unit", "members", "parts", "factions", "forces", "components", "groups", "militias", "pillars", "units")) else ()):
            who = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "Person")
                   and not rx.search(r"[;]", text[x.end - off: m.start()])]
            member = who[0].entity_id if who else (subject if rx.match(r"\s*(It|They|The\s+group)\b", text) else None)
            coal = self._mention_at(ments, m.end() + off, slack=0)
            if member and coal and self.type_of(coal) == "StateOrgan" and self.type_of(member) == "ArmedGroup":
                self._add(s, member, "part_of", coal, frames, m.start())  # "one of the factions of the PMF"
                # "... of the PMF and part of the Islamic Resistance in Iraq": a second body it belongs to
                also = rx.match(r"\s*,?\s+and\s+(?:also\s+)?(?:a\s+member|part|one\s+of\s+the\s+(?:[\w-]+\s+)?(?:factions|members|groups))\s+of\s+(?:the\s+)?",
                                text[self._end_of(ments, coal) - off:])
                other = self._mention_at(ments, self._end_of(ments, coal) + also.end(), slack=0) if also else None
                if other and other not in (member, coal) and self.type_of(other) in ("Coalition", "ArmedGroup"):
                    self._add(s, member, "member_of", other, frames, m.start())
                continue
            if member and coal and self.type_of(coal) in ("Coalition", "ArmedGroup") and coal != member:
                self._add(s, member, "member_of", coal, frames, m.start())
                along = rx.search(r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as|like)\s+(?:the\s+)?", text[m.end():])
                other = self._mention_at(ments, m.end() + along.end() + off, slack=0) if along else None
                if other and self.type_of(other) in ("ArmedGroup", "Coalition") and other not in (coal, member):
                    self._add(s, other, "member_of", coal, frames, m.start())
        # "went to war with", "traded fire with", "at war with", "X's war against Y"
        for m in (rx.finditer(r"\b(?:at\s+war\s+with|went\s+to\s+war\s+(?:with|against)|traded?\s+(?:fire|blows)\s+with|trading\s+fire\s+with|(?:exchanged|exchanging|exchanges?\s+of)\s+(?:fire|blows)\s+with|(?:has|have|had)\s+(?:been\s+)?fighting|fought|clash(?:ed|ing)?\s+with|(?:war|campaign|offensive)\s+(?:against|on)|(?:military\s+)?operations\s+against)\s+(?:the\s+|an?\s+)?", text) if not self._keys.isdisjoint(("war", "fire", "blows", "fighting", "fought", "clash", "clashed", "clashing", "campaign", "offensive", "operations")) else ()):
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES and not self._modifier(ments, x.entity_id, text, off)
                 and not self._adjective(x, text, off)
                 and not rx.ends_with(r"\b(in|at|near|from|to|of|on|by)\s+(the\s+)?(?:[a-z-]+\s+)?$", text[: x.start - off])]
            # ("Hezbollah, which is backed by Iran, has been exchanging fire with ...": not the relative clause's actor)
            b = self._mention_at(ments, m.end() + off, slack=0)
            if rx.match(r"(?:war|campaign|offensive)\b", m.group()):
                # "Israel's war against Hamas": the side is the possessor; "its war" is left alone
                lo = max(0, m.start() - 40)
                owner = rx.ends_with(r"['’]s?\s+(?:[\w-]+\s+)?$", text[lo: m.start()])
                if owner:
                    a = [x for x in ments if lo + owner.start() <= x.end - off <= lo + owner.start() + 2 and self.type_of(x.entity_id) in ACTOR_TYPES]
                elif rx.ends_with(r"\b(?:its|their|his|her|the|a|this|that)\s+(?:[\w-]+\s+)?$", text[lo: m.start()], re.I):
                    a = []
            if a and b and self.type_of(b) in ACTOR_TYPES and a[-1].entity_id != b:
                self._add(s, a[-1].entity_id, "hostile_to", b, frames, m.start())
        # "Israel and Hezbollah have exchanged fire"
        for m in (rx.finditer(r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:exchanged|traded)\s+(?:fire|blows)\b", text) if not self._keys.isdisjoint(("exchanged", "traded")) else ()):
            pair = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES]
            if len(pair) >= 2 and rx.fullmatch(r"\s+and\s+(?:the\s+)?", text[pair[-2].end - off: pair[-1].start - off]):
                self._add(s, pair[-1].entity_id, "hostile_to", pair[-2].entity_id, frames, m.start())
        # "opened a support front for Hamas", "in solidarity with"
        for m in (rx.finditer(r"\b(?:support\s+front|solidarity)\s+(?:for|with)\s+(?:the\s+)?", text) if not self._keys.isdisjoint(("front", "solidarity")) else ()):
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "State")
                 and not self._modifier(ments, x.entity_id, text, off)]
            b = self._mention_at(ments, m.end() + off, slack=0)
            framing = [f for f in frames if f.verb == "calls" and f.start <= m.start() < f.end]
            if framing:  # "in what it describes as solidarity with Hamas": the one whose words these are
                a = [Mention(0, 0, "", "nominal", framing[-1].claimant)]
            if a and b and self.type_of(b) in ACTOR_TYPES and a[-1].entity_id != b:  # the nearest actor opened the front
                self._add(s, a[-1].entity_id, "allied_with", b, frames, m.start())
        # "an ally of Iran", "X and its ally Y", "allied with"
        for m in (rx.finditer(r"\b(?:allied\s+with|an?\s+(?:close\s+|key\s+)?ally\s+of|allies\s+of)\s+(?:the\s+)?", text) if not self._keys.isdisjoint(("allied", "ally", "allies")) else ()):
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES and not rx.search(r"[;.]", text[x.end - off: m.start()])]
            b = self._mention_at(ments, m.end() + off, slack=0)
            if a and b and a[-1].entity_id != b and self.type_of(b) in ACTOR_TYPES:
                self._add(s, a[-1].entity_id, "allied_with", b, frames, m.start())
                self._allies_in(s, ments, frames, m, a[-1].entity_id, b)
        # "since their Palestinian ally Hamas went to war": the owner of "their" is the nearest group named before
        for m in (rx.finditer(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:ally|allies)\s+(?:the\s+)?(?=[A-Z])", text) if not self._keys.isdisjoint(("ally", "allies")) else ()):
            owner = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition")
                     and not self._modifier(ments, x.entity_id, text, off) and not self._adjective(x, text, off)]
            b = self._mention_at(ments, m.end() + off, slack=0)
            if owner and b and owner[-1].entity_id != b and self.type_of(b) in ACTOR_TYPES:
                self._add(s, owner[-1].entity_id, "allied_with", b, frames, m.start())
        # "Hezbollah, Iran's most powerful ally," / "Iran's ally Hezbollah": the possessor's ally
        for m in (rx.finditer(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:ally|allies)\b(?!\s+of\b)", text) if not self._keys.isdisjoint(("ally", "allies")) else ()):
            owner = next((x for x in ments if x.start - off < m.start() <= x.end - off + 1 and self.type_of(x.entity_id) in ACTOR_TYPES), None)
            if owner is None:
                continue
            after = rx.match(r"\s+(?:the\s+)?(?=[A-Z])", text[m.end():])
            ally = self._mention_at(ments, m.end() + after.end() + off, slack=0) if after else None
            if ally is None and rx.ends_with(r",\s+$", text[: owner.start - off]):
                head = [x for x in ments if x.end - off <= owner.start - off and not rx.search(r"[;.]", text[x.end - off: owner.start - off])
                        and rx.fullmatch(r",\s+", text[x.end - off: owner.start - off])]
                ally = head[-1].entity_id if head else None
            listed = rx.match(r"(?:\s+in\s+the\s+region)?\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?", text[m.end():]) if ally is None else None
            if listed:  # "Iran's allies in the region, including Hezbollah and the Houthis"
                ally = self._mention_at(ments, m.end() + listed.end() + off, slack=0)
                for c in self._conjuncts(s, ments, ally) if ally else ():
                    if c != owner.entity_id and self.type_of(c) in ACTOR_TYPES - {"Person"}:
                        self._add(s, c, "allied_with", owner.entity_id, frames, m.start())
            if ally and ally != owner.entity_id and self.type_of(ally) in ACTOR_TYPES:
                self._add(s, ally, "allied_with", owner.entity_id, frames, m.start())
        # "the Treasury sanctioned X"; "designated X a terrorist organisation"; "imposed sanctions on X"
        for m in (rx.finditer(r"\b(?:sanctioned|designated|designating|designates|blacklisted|re-designated|redesignated|listed|returned|added|imposed\s+sanctions\s+(?:on|targeting|against)|slapped\s+sanctions\s+on|sanctions\s+(?:on|against|targeting))\s+(?:the\s+)?", text) if not self._keys.isdisjoint(("sanctioned", "designated", "designating", "designates", "blacklisted", "redesignated", "listed", "returned", "added", "sanctions", "designated")) else ()):
            if rx.match(r"(?:returned|added)", m.group()) and not rx.search(r"\b(?:to|on)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}(?:list|blacklist)", text[m.end(): m.end() + 80]):
                continue
            a = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("State", "StateOrgan")
                 and not rx.search(r"[;]", text[x.end - off: m.start()]) and not rx.ends_with(r"\b(in|at|near|from|of|on)\s+(the\s+)?$", text[: x.start - off])]
            b = self._mention_at(ments, m.end() + off, slack=12)
            if b and any(x.entity_id == b and x.start - off >= m.end() and self._adjective(x, text, off) for x in ments):
                named = rx.match(r"(?:another|an?|the)?\s*[\w-]+\s+(?:faction|group|militia|movement|organi[sz]ation|airline|company|network),\s+", text[m.end():])
                b = self._mention_at(ments, m.end() + named.end() + off, slack=0) if named else None
            own = rx.match(rf"(?:['’]s?)?\s+(?:(?!and\b|as\b)[\w-]+\s+){{0,2}}?(?:{_ROLE})\s*,?\s+", text[self._end_of(ments, b) - off:], re.I) if b else None
            person = self._mention_at(ments, self._end_of(ments, b) + own.end(), slack=0) if own else None
            if person and self.type_of(person) == "Person":
                b = person  # "sanctions on the Houthis' spokesman, X": the man named, not his group
            elif b and rx.match(rf"\s+(?:{_ROLE}|leaders|commanders|officials|members|figures|financiers|operatives)s?\b", text[self._end_of(ments, b) - off:], re.I):
                # "sanctions on three KH leaders and on the Iraqi airline Fly Baghdad": the second "on" names one
                again = rx.search(r"\band\s+(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=[A-Z])", text[self._end_of(ments, b) - off:][:80])
                b = self._mention_at(ments, self._end_of(ments, b) + again.end(), slack=0) if again else None
                b = b if b and self.type_of(b) != "State" else None
            if a and b and self.type_of(b) in ACTOR_TYPES and a[-1].entity_id != b:
                prog = rx.search(r"\b(FTO|SDGT|Specially\s+Designated\s+Global\s+Terrorists?|Foreign\s+Terrorist\s+Organi[sz]ation)\b", text)
                attrs = {"program": "FTO" if prog and rx.match(r"F", prog[1]) else "SDGT"} if prog else {}
                targets = [b, *[c for c in self._conjuncts(s, ments, b) if self.type_of(c) in ACTOR_TYPES]]
                # "designated the faction, and its secretary-general X, as ...": the leader named with it
                chief = rx.match(rf",?\s+(?:and|as\s+well\s+as)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})s?\s*,?\s+", text[self._end_of(ments, targets[-1]) - off:], re.I)
                person = self._mention_at(ments, self._end_of(ments, targets[-1]) + chief.end(), slack=0) if chief else None
                if person and self.type_of(person) == "Person":
                    targets.append(person)
                # "Britain and the United States imposed sanctions on X": each of them
                by = [a[-1].entity_id]
                for x in reversed(a[:-1]):
                    nxt = next(y for y in a if y.start > x.start)
                    if not rx.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[x.end - off: nxt.start - off]):
                        break
                    by.append(x.entity_id)
                for target in targets:
                    for who in dict.fromkeys(by):
                        if who != target:
                            self._add(s, who, "sanctioned", target, frames, m.start(), attrs=attrs)
                    self._designation(s, m, target, attrs)
        for m in (rx.finditer(r"\b(?:has|have|had)\s+been\s+(?:listed|designated|sanctioned|blacklisted)\s+as\b|\b(?:the\s+)?(?:designation|listing|blacklisting)\s+of\s+(?:the\s+)?", text) if not self._keys.isdisjoint(("listed", "designated", "sanctioned", "blacklisted", "designation", "listing", "blacklisting")) else ()):
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
        # "The designation, announced on Monday, also covers X": the organ that made it lists X too
        for m in (rx.finditer(r"\b(?:designations?|sanctions|listing|measures?)\b[^.;]{0,60}?\b(?:also\s+)?(?:covers?|covered|targets?|targeted|includes?|included|names?|named)\s+(?:the\s+)?", text, re.I) if not self._keys.isdisjoint(("designation", "designations", "sanctions", "listing", "measure", "measures")) else ()):
            who = next((r[0] for r in reversed(self.raw) if r[1] == "sanctioned"), None)
            target = self._mention_at(ments, m.end() + off, slack=0)
            if who and target and target != who and self.type_of(target) in ACTOR_TYPES - {"State"}:
                self._add(s, who, "sanctioned", target, frames, m.start())
        for m in (rx.finditer(r"\b(?:US|U\.S\.|American)-(?:designated|sanctioned|listed)\s+", text) if not self._keys.isdisjoint(("designated", "sanctioned", "listed")) else ()):
            b = self._mention_at(ments, m.end() + off, slack=25)
            us = self.gaz.by_name("United States")
            if b and us and self.type_of(b) in ACTOR_TYPES:
                self._add(s, us[0], "sanctioned", b, [], m.start())

    def _allies_in(self, s, ments, frames, m, a: str, b: str) -> None:
        """ "X, an ally of Y in the Z front": both are members of the front (a coalition)."""
        text, off = s.text, s.start
        inside = rx.match(r"\s+(?:in|within)\s+(?:the\s+)?", text[self._end_of(ments, b) - off:])
        coal = self._mention_at(ments, self._end_of(ments, b) + inside.end(), slack=0) if inside else None
        if coal and self.type_of(coal) == "Coalition":
            for member in (a, b):
                if member != coal and self.type_of(member) in ("ArmedGroup", "Coalition"):
                    self._add(s, member, "member_of", coal, frames, m.start())

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
        for m in (rx.finditer(r"\b(?:proxy|proxies|client|clients|surrogate|surrogates)\s+(?:of|for)\s+(?:the\s+)?", text) if not self._keys.isdisjoint(("proxy", "proxies", "client", "clients", "surrogate", "surrogates")) else ()):
            patron = self._mention_at(ments, m.end() + off, slack=0)
            client = [a for a in actors if a.end - off <= m.start() and self.type_of(a.entity_id) in ("ArmedGroup", "Coalition")
                      and not rx.search(r"[;.]", text[a.end - off: m.start()])]
            if patron and client and self.type_of(patron) in ACTOR_TYPES and patron != client[-1].entity_id:
                self._add(s, patron, "backs", client[-1].entity_id, frames, m.start())
        for m in (rx.finditer(r"['’]s?\s+(?:[\w-]+\s+)?(?:proxy|proxies|surrogates?)\b", text) if not self._keys.isdisjoint(("proxy", "proxies", "surrogate", "surrogates")) else ()):
            # "Iran's proxies, including Hezbollah and the Houthis"; "X, one of Iran's proxies"; "Iran's proxy X"
            patron = next((a.entity_id for a in actors if a.start - off < m.start() <= a.end - off + 1 and self.type_of(a.entity_id) in ("State", "StateOrgan")), None)
            if patron is None:
                continue
            start = min(a.start - off for a in actors if a.entity_id == patron and a.start - off < m.start())
            tail = text[m.end():]
            lead = rx.match(r",?\s+(?:including|such\s+as|like|among\s+them)\s+", tail) or rx.match(r"\s+(?=[A-Z])", tail)
            stop = rx.search(r"[;.]|,\s+(?!and\b)(?:[a-z])", tail[lead.end():]) if lead else None
            span = (m.end() + lead.end(), m.end() + lead.end() + (stop.start() if stop else len(tail))) if lead else None
            clients = [a.entity_id for a in actors if span and span[0] <= a.start - off < span[1]]
            one_of = rx.ends_with(r",\s+(?:one\s+of|among|part\s+of)\s+$", text[:start])
            if one_of:
                clients += [a.entity_id for a in actors if a.end - off == one_of.start()]
            for c in dict.fromkeys(clients):
                if c != patron and self.type_of(c) in ("ArmedGroup", "Coalition"):
                    self._add(s, patron, "backs", c, [], m.start())  # the outlet's label, like "Iran-backed"
        # "X, backed by Iran" / "X is backed by Iran" / "Iran backs X"
        for m in (rx.finditer(r"\b(?:backed|supported|funded|armed|sponsored|trained)\s+by\s+", text) if not self._keys.isdisjoint(("backed", "supported", "funded", "armed", "sponsored", "trained")) else ()):
            backer = self._mention_at(ments, m.end() + off, slack=6)
            client = [a for a in actors if a.end - off <= m.start() and a.entity_id != backer and a.kind != "demonym"
                      and not rx.ends_with(r"\b(in|at|near|from|to|of)\s+(the\s+)?$", text[: a.start - off])
                      and rx.fullmatch(r"['’]?s?\s*(?:,\s+(?:the|a|an)\s+[^,;]{0,60}?)?\s*,?\s*(?:(?:which|who|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+|(?:is|are|was|were|being)\s+)?(?:long\s+)?(?:\w+\s+and\s+)?", text[a.end - off: m.start()])]
            if backer and client and self.type_of(backer) in ACTOR_TYPES:
                self._add(s, backer, "backs", client[-1].entity_id, frames, m.start())
            whose = rx.search(r"\b[Ww]hose\s+(?:movement|group|militia|organi[sz]ation|party|faction)\b[^,;]*$", text[: m.start()])
            people = [a.entity_id for a in actors if whose and a.end - off <= whose.start() and self.type_of(a.entity_id) == "Person"]
            group = self._affiliation(people[-1]) if people else None
            if backer and group and self.type_of(backer) in ACTOR_TYPES and group != backer:
                self._add(s, backer, "backs", group, frames, m.start())  # "Nasrallah, whose movement is backed by Iran"
        for m in rx.finditer(r"\b(?P<v>backs|backed|supports|supported|funds|funded|arms|armed|finances|financed|sponsors|sponsored|bankrolls|supplies|supplied|supplying|trains|trained|equips|equipped|provides|provided|gives|gave|directs|controls)\s+(?:the\s+)?", text):
            if any(f.kind in ("deny", "negated") and f.start <= m.start() < f.end and not rx.search(r"[,;]", text[f.start: m.start()]) for f in frames):
                continue  # "Iran denied it arms X": the denial's content (relations.py), not the outlet's statement
            if rx.search(r"\b(?:accused|accuses|accusing|accuse)\s+(?:(?:by\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+)?of\s+$", text[max(0, m.start() - 60): m.start()]):
                continue  # "Iran has been accused of supplying X": an accusation (support.py), not the outlet's statement
            # "Iran, which backs Hezbollah, ...": the antecedent of the relative pronoun backs
            backer = [a for a in actors if a.end - off <= m.start() and (not rx.search(r"[,;]", text[a.end - off: m.start()])
                                                                      or rx.fullmatch(r",\s+(?:which|who)\s+(?:also\s+|has\s+long\s+|long\s+)?", text[a.end - off: m.start()]))
                      and not self._modifier(ments, a.entity_id, text, off)
                      and not rx.ends_with(r"\b(in|at|near|from|to|of|on|by|with)\s+(the\s+)?$", text[: a.start - off])]
            client = self._mention_at(ments, m.end() + off, slack=0)
            if client is None and rx.match(r"(?:such|these|those)\s+(?:groups|militias|factions)\s+(?:training|funding|money|weapons|arms|support|drones|missiles)\b|(?:them|it)\s+with\b|them\s*(?:[.,;]|and\b|$)",
                                           text[m.end():], re.I):
                # "Iran gives such groups training and weapons", "supplies them with missiles": the groups just named
                client = self._recent(("ArmedGroup", "Coalition"), before=s.start)
            elif m["v"].lower() in ("gives", "gave"):
                client = None if not rx.match(r"(?:[\w’'-]+\s+){1,4}(?:training|funding|money|weapons|arms|support|drones|missiles)\b", text[m.end():]) else client
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
                elif v in ("directs", "controls"):
                    attrs["control"] = "directed"
                listed = self._conjuncts(s, ments, client) if any(x.entity_id == client for x in ments) else []
                for c in [client, *listed]:
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
        of = rx.match(r"\s+(?:of|in|within)\s+(?:the\s+)?(?:so-called\s+)?[\"“]?", after)
        if of:  # "the Iran-aligned groups of the so-called axis of resistance": the front they make up
            m = self._mention_at(ments, pos + noun.end() + of.end() + off, slack=0)
            if m and self.type_of(m) == "Coalition":
                return m
        app2 = rx.match(r"\s*(?:,\s*(?:such\s+as|including|like)?|such\s+as|including|like)\s*(?:the\s+)?", after)
        if app2:
            m = self._mention_at(ments, pos + noun.end() + app2.end() + off, slack=0)
            if m and self.type_of(m) in ("ArmedGroup", "Coalition"):
                return m
        if plural:
            # "X is one of several Iran-backed factions in Iraq": the one the copula describes
            one_of = rx.search(r"(?:\b(?:is|was|remains|are|were)|,)\s+(?:also\s+)?one\s+of\s+(?:the\s+)?(?:several|many|numerous|dozens\s+of|a\s+number\s+of|a\s+handful\s+of)?\s*(?:[\w-]+est\s+|most\s+\w+\s+)?\S*$", left)
            if one_of:
                head = [m for m in ments if m.end - off <= one_of.start() and self.type_of(m.entity_id) in ("ArmedGroup", "Coalition")
                        and not rx.search(r"[;.,]", text[m.end - off: one_of.start()].rstrip(","))]
                return head[-1].entity_id if head else None
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
                m2 = rx.ends_with(rf"\b(?P<role>{_ROLE})s?\s*,?\s+$", text[: p.start - off], re.I)
                g = [x for x in ments if m2 and x.end - off <= m2.start() and rx.fullmatch(r"(['’]s?)?\s+(?:(?:military|political|armed|top|senior|chief|deputy|former|new)\s+)*", text[x.end - off: m2.start()])
                     and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "StateOrgan", "Organization")]
                if not m2:
                    # "A spokesman for the Houthis, Mohammed Abdulsalam, said": the role and its body, then the name
                    m2 = rx.search(rf"\b(?P<role>{_ROLE})\s+(?:for|of)\s+(?:the\s+)?[^,;.]{{1,60}},\s+$", text[: p.start - off], re.I)
                    g = [x for x in ments if m2 and m2.end("role") < x.start - off < m2.end() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition")]
                if m2 and not g and rx.ends_with(r"\b(?:its|their)\s+(?:\w+\s+)?$", text[: m2.start()], re.I):
                    grp = self._recent(("ArmedGroup", "Coalition"), before=p.start)
                    g = [Mention(0, 0, "", "nominal", grp)] if grp else []
                if m2 and g and self.type_of(g[-1].entity_id) not in ("StateOrgan",):
                    pred = "leads" if m2["role"].lower() in ("leader", "head", "chief", "founder", "secretary-general") else "member_of"
                    self._add(s, p.entity_id, pred, g[-1].entity_id, frames, p.start - off, attrs={"role": m2["role"].lower()})
                continue
            start = p.end - off + m.start("rest")
            # "a senior Hamas official based in Lebanon": the body inside the role first, then after it
            org = [x for x in ments if p.end - off + m.start("det") <= x.start - off < start and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "StateOrgan", "Organization")]
            if not org:
                org = [x for x in ments if start <= x.start - off <= start + len(m["rest"]) and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "StateOrgan", "Organization", "State")]
            if not org:
                continue
            o = org[0]
            if len(org) > 1 and rx.fullmatch(r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?", text[o.end - off: org[1].start - off]) \
                    and self.type_of(org[1].entity_id) in ("ArmedGroup", "Coalition", "StateOrgan"):
                o = org[1]  # "a commander in Hezbollah's elite Radwan Force": the unit the possessive owns
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
            if right is not None and self.type_of(right) == "State":  # "a member of the Iranian-led axis": the body, not the adjective
                right = next((x.entity_id for x in ments if m.end() <= x.start - off <= m.end() + 30 and self.type_of(x.entity_id) in ("Coalition", "ArmedGroup")
                              and not rx.search(r"[,;.]", text[m.end(): x.start - off])), right)
            if left and right and self.type_of(right) in ("Coalition", "ArmedGroup") and right != left[-1].entity_id:
                self._add(s, left[-1].entity_id, "member_of", right, frames, m.start())
        for m in rx.finditer(r"\b(?:includes|including|comprises|comprising|which\s+includes|such\s+as|under\s+which|made\s+up\s+of)\s+", text):
            coal = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) == "Coalition" and not rx.search(r"[;.]", text[x.end - off: m.start()])]
            umbrella = ([None] + list(rx.finditer(r"\b(?:umbrella|banner|front|coalition|alliance|grouping|network)\b", text[: m.start()], re.I)))[-1]
            if not coal and self._cur_subject and self.type_of(self._cur_subject) == "Coalition" and umbrella:
                coal = [Mention(0, 0, "", "nominal", self._cur_subject)]
            if not coal and umbrella and rx.search(r"\b(?:it|they|the\s+(?:front|alliance|coalition|network|umbrella|grouping))\s+(?:is|are|was|were|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", text[: umbrella.start()], re.I):
                # "Analysts say it is a banner for militias such as X": "it" is the front the story is about
                found = self._recent(("Coalition",), before=s.start)
                coal = [Mention(0, 0, "", "nominal", found)] if found else []
            organ = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) == "StateOrgan" and not rx.search(r"[;.]", text[x.end - off: m.start()])] \
                if not coal and umbrella else []
            if not coal and not organ:
                continue
            for x in ments:
                if x.start - off >= m.end() and self.type_of(x.entity_id) == "ArmedGroup" and not rx.search(r"[;.]", text[m.end(): x.start - off]):
                    if coal:
                        self._add(s, x.entity_id, "member_of", coal[-1].entity_id, frames, m.start())
                    else:
                        # "the Popular Mobilization Forces, the state-backed alliance that includes the group's brigades"
                        self._add(s, x.entity_id, "part_of", organ[0].entity_id, frames, m.start())


def _inside_quotes(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
