"""The relations a sentence states about events and what its speakers say of them (perpetrated,
targeted, located_in, killed, retaliation_for; responsibility, blame, suspicion, denial), each given
the claimant and modality of the frame it sits in; a mixin of the extraction run. Relations between
actors and places are in structure.py; people described rather than named, framings and patterns
of attack in coref.py."""

from __future__ import annotations

import operator
import re
from itertools import compress

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.events import EventMention
from proxygraph.loaders.articles.frames import Frame
from proxygraph.loaders.articles.mentions import Mention
from proxygraph.loaders.articles.patterns import (
    _BACKING_CUES,
    _HEDGE,
    _MEMBER_CUES,
    _ROLE,
    _STRUCTURE_CUES,
    ACTOR_TYPES,
    PLACE_TYPES,
)
from proxygraph.loaders.articles.coref import _EXCHANGE, CorefPass
from proxygraph.loaders.articles.structure import StructurePass
from proxygraph.loaders.articles.text import Sentence
from proxygraph.loaders.articles.support import SupportPass
from proxygraph.loaders.articles.ties import TiesPass


_RETALIATION_CUES = {"response", "retaliation", "reprisal", "revenge", "retaliatory", "retaliate", "retaliated", "retaliating", "avenge", "respond"}


_WAR = re.compile(r"\b(?:war|wars|offensive|conflict|hostilities)\b", re.I)
# "rumours that X was behind ...", "claims that ...": what others say, not the speaker
_OTHERS_SAY = re.compile(r"\b(?:rumou?rs?|claims?|allegations?|accusations?|reports?|suggestions?|speculation|charges?)\s+(?:\w+\s+){0,2}?[\"“]?that\s+[^\"”]*$", re.I)
_NO_EVIDENCE = re.compile(r"\b(?:no|not\s+(?:yet\s+)?(?:seen|found|have|had)(?:\s+any)?)\s+(?:\w+\s+)?(?:evidence|proof|indications?|signs?|information)\b", re.I)
_THE_ONE_THAT = re.compile(r"\bincluding\s+the\s+one\s+(?:that|which)\s+(?:killed|wounded|injured)\b", re.I)
# "accused X of helping Y": an accusation of backing
_HELPING = re.compile(r"\bof\s+(?:helping|aiding|assisting|supporting|funding|financing|arming|backing|supplying|working\s+with)\s+(?:the\s+)?", re.I)
# "... from the north of": the words before a place, not an actor (looked for among the last three words)
_PLACE_PREP = rx.compile(r"\b(?:beyond|from|in|with|against|to|at|near|inside)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$", re.I)
_EID = operator.attrgetter("entity_id")


def _ends_with_and(left: str) -> bool:
    """Does `left` end with the word "and" (or "and the") and white space? (What a list of places
    ending before a mention needs: "in Iraq, Syria and ".)"""
    if not left[-1:].isspace():
        return False
    words = left.rsplit(None, 2)
    return words[-1:] == ["and"] or words[-2:] == ["and", "the"]
_PERSON_OR_COALITION = frozenset(("Person", "Coalition"))
_FALSE = re.compile(r"\b(?:wrong|false|baseless|lies|lying|untrue|unfounded|nonsense|fabricated|fabrications?)\b", re.I)


class RelationPass(StructurePass, CorefPass, TiesPass, SupportPass):
    """Turns a sentence's mentions, events and frames into raw claims (needs the run's helpers)."""

    def _relations(self, s: Sentence, ments: list[Mention], evs: list[EventMention], frames: list[Frame], subject) -> None:
        text, off = s.text, s.start
        keys = self._keys
        self._surname_speakers(s, frames)
        frames = frames + self._what_calls(s, ments)
        frames = frames + self._quote_frames(s, frames)
        if not keys.isdisjoint(("allegedly", "reportedly", "purportedly", "believed", "thought", "suspected")):
            frames = frames + self._hedge_frames(s, ments)  # the outlet's hedges: "X allegedly carried out ..."
        actors = list(compress(ments, map(ACTOR_TYPES.__contains__, map(self.type_of, map(_EID, ments)))))
        # events: perpetrated, located_in, targeted, killed
        for ev in evs:
            pos = ev.start - off
            if ev.kind == "Event" and not ev.known:
                if ev.agent:
                    self._add(s, ev.agent, "perpetrated", ev, [], pos)  # "X announced it was suspending attacks"
                continue
            # "avoided blaming Tehran for the Hamas attack on Israel": a negation denies the frame's
            # verb, not the words that name the event (its premodifier agent, target and place)
            named = [f for f in frames if f.kind != "negated"] if not ev.verb else frames
            if self._habitual_hostility(s, ments, ev, named):
                continue  # "Israel, which has struck Iranian targets for years": enmity, not one event
            if _WAR.search(ev.trigger):
                # "Israel's war against Hamas": a war has sides, not an author and a target
                for p in ev.places:
                    self._add(s, ev, "located_in", p, named, pos)
                continue
            if _EXCHANGE.search(ev.trigger):
                # "Hezbollah has traded fire with Israeli forces": who fires is said, but both sides are
                # hit; "Israel and Hezbollah have exchanged fire": neither is the author
                if ev.agent and not ev.co_agents:
                    self._add(s, ev.agent, "perpetrated", ev, frames, pos, core=True)
                for p in ev.places:
                    self._add(s, ev, "located_in", p, named, pos)
                continue
            if ev.agent and ev.agent_via == "adj":
                # "KH said one of its fighters was killed in an American strike": the speaker says who did it
                # (blamed; its own side's act is claimed), as with "an attack by X" said by a third party
                for who in (ev.agent, *ev.co_agents):
                    self._add(s, who, "perpetrated", ev, named, pos)
            elif ev.agent:
                # "US officials suspect the drone was launched by Kataib Hezbollah": the suspicion's content
                self._add(s, ev.agent, "perpetrated", ev, frames, pos, core=True)
            for co in ev.co_agents if ev.agent_via != "adj" else ():
                self._add(s, co, "perpetrated", ev, frames, pos)
            for p in ev.places:
                self._add(s, ev, "located_in", p, named, pos)
            for t in ev.targets:
                if t != ev.agent:
                    # "the first strike on the Lebanese capital": a town or region is where, not whom
                    pred = "located_in" if self.type_of(t) in ("Settlement", "Region") else "targeted"
                    self._add(s, ev, pred, t, named, pos)
            for k in ev.killed:
                self._add(s, ev, "killed", k, frames, pos)
        self._authors(s, ments, evs, frames)
        self._episodes(s, ments, evs, frames)
        self._targets_were_in(s, ments, evs, frames)
        for m in (rx.finditer(r"\b(?:had\s+been|has\s+been|have\s+been|was|were)\s+claimed\s+by\s+(?:the\s+)?", text) if "claimed" in keys else ()):
            who = self._mention_at(ments, m.end() + off, slack=0)
            ev = next((e for e in reversed(evs) if e.start - off < m.start()), None) or self._last_act()
            # "claimed by the group's military spokesman, Yahya Saree": the spokesman claims it for the group
            named = rx.match(rf"(?:[\w’'-]+\s+){{0,4}}?(?:{_ROLE})\s*,\s+", text[m.end():])
            person = self._mention_at(ments, m.end() + named.end() + off, slack=0) if named else None
            if person and self.type_of(person) == "Person" and ev is not None:
                group = next((x.entity_id for x in ments if m.end() <= x.start - off < m.end() + named.end()
                              and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "State", "StateOrgan")), None) or self._affiliation(person)
                if group:
                    self._add(s, group, "perpetrated", ev, frames, m.start(), core=True,
                              frame=Frame(0, 0, person, "claimed_responsibility", "claimed", "claim"))
                continue
            if who and ev is not None and self.type_of(who) in ACTOR_TYPES:
                self._add(s, who, "perpetrated", ev, frames, m.start(), core=True,
                          frame=Frame(0, 0, who, "claimed_responsibility", "claimed", "claim"))
        for m in (rx.finditer(r"\b(?:launched|fired|sent)\s+from\s+(?P<x>[A-Z][\w’'-]*?)-(?:controlled|held|run)\b", text) if not keys.isdisjoint(("launched", "fired", "sent")) else ()):
            who = self._mention_at(ments, m.start("x") + off, slack=0)
            ev = next((e for e in evs if e.start - off < m.start() or e.verb), None) or self._last_act()
            if who and ev is not None and ev.agent != who and self.type_of(who) in ACTOR_TYPES:
                self._add(s, who, "perpetrated", ev, frames, m.start())
        for m in (rx.finditer(r"\b(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:launched|fired|carried\s+out|conducted|sent|caused)\s+by\s+(?:the\s+|an?\s+)?", text) if not keys.isdisjoint(("launched", "fired", "carried", "conducted", "sent", "caused")) else ()):
            who = self._mention_at(ments, m.end() + off, slack=0)
            if who and self.type_of(who) in ACTOR_TYPES and not self._modifier(ments, who, text, off):
                ev = next((e for e in evs if e.start - off < m.start()), None) or self._last_act()
                if ev is not None and ev.agent != who:
                    self._add(s, who, "perpetrated", ev, frames, m.start(), core=True)
        # "Abu Taqwa was killed along with an aide when missiles hit": the named dead of the sentence's event
        for m in (rx.finditer(r"(?<=,)\s+(?:the|a|an)\s+[^,;]{0,40}?\b(?:killed|assassinated|slain)\s+(?:by|in)\s+", text) if not keys.isdisjoint(("killed", "assassinated", "slain")) else ()):
            dead = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) == "Person"]
            ev = next((e for e in evs if e.start - off >= m.end()), None)
            if dead and ev is not None:
                self._add(s, ev, "killed", dead[-1].entity_id, frames, m.start())  # "Soleimani, the general killed by a US strike"
        for m in (rx.finditer(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}(?:killed|assassinated|slain)\b", text) if not keys.isdisjoint(("killed", "assassinated", "slain")) else ()):
            dead = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) == "Person"
                    and not rx.search(r"[;]|\b(?:said|says)\b", text[x.end - off: m.start()])]
            ev = next((e for e in evs if e.start - off >= m.end()), None) or (evs[-1] if evs else None) or self._last_act()
            for d in dict.fromkeys(x.entity_id for x in dead):
                if ev is not None:
                    self._add(s, ev, "killed", d, frames, m.start())
            by = rx.match(r"\s+by\s+(?:an?\s+|the\s+)?", text[m.end():])
            who = self._mention_at(ments, m.end() + by.end() + off, slack=0) if by else None
            if who and ev is not None and dead and any(x.entity_id == who and x.kind == "demonym" for x in ments) \
                    and rx.match(r"\s+(?:[\w-]+\s+)?(?:drones?|strikes?|missiles?|jets?|warplanes?|aircraft|forces|troops|raid)\b", text[self._end_of(ments, who) - off:]):
                self._add(s, who, "perpetrated", ev, frames, m.start())  # "killed by an American drone"
        # "Among the dead was Abu Baqir al-Saadi"; "X and Y were among those killed in Monday's strike"
        for m in (rx.finditer(r"\bamong\s+(?:the\s+)?(?:dead|killed|victims|those\s+killed)\b", text, re.I) if "among" in keys else ()):
            after = rx.match(r"\s+(?:was|were)\s+", text[m.end():])
            dead = [self._mention_at(ments, off + m.end() + after.end(), slack=0)] if after else \
                [x.entity_id for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) == "Person"
                 and not rx.search(r"[;]", text[x.end - off: m.start()])]
            ev = next((e for e in evs if e.start - off >= m.end()), None) or (evs[-1] if evs else None) or self._last_act()
            for d in dict.fromkeys(d for d in dead if d and self.type_of(d) == "Person"):
                if ev is not None:
                    self._add(s, ev, "killed", d, frames, m.start())
        # retaliation: "in response to", "retaliatory", "following", "in retaliation for"
        for m in (rx.finditer(r"\b((?:in|a|the|direct)\s+[\"“]?(?:direct\s+|sustained\s+|swift\s+|measured\s+|first\s+|initial\s+|further\s+)?(?:response|retaliation|reprisal|revenge)(?:\s+(?:to|for)|(?=\s*[.,;]))|retaliat\w*|to\s+avenge|respond\s+to)\b", text, re.I) if not keys.isdisjoint(_RETALIATION_CUES) else ()):
            later = [e for e in evs if e.start - off >= m.end()]
            if not later and rx.match(r"\s*[.;]", text[m.end():]):
                # "... struck Hezbollah targets in response.": the last act told before by the other side
                # (no one retaliates for its own strike), a deadly one first
                doer = next((e.agent for e in evs if e.start - off < m.start() and e.agent), None)
                prior = [e for e in self.events if e.sentence < s.index and e.kind != "Conflict"
                         and not (doer and e.agent and self.same_side(doer, e.agent))]
                later = ([e for e in prior if e.fatalities or e.killed] or prior)[-1:]
            if rx.match(r"retaliat", m.group(), re.I):
                later = [e for e in evs if e.start - off >= m.end() and rx.search(r"\b(following|after|for|over)\b", text[m.end(): e.start - off])]
            # "retaliation for American support for Israel's war": answering the support, not the war
            later = [e for e in later if not rx.search(r"\b(?:support|backing|aid|help|presence|policy|policies|role|involvement|occupation)\b",
                                                      text[m.end(): e.start - off])]
            earlier = [e for e in evs if e.start - off < m.start()]
            if later and not earlier and not text[: m.start()].strip():
                # "In response to the killing, Hezbollah fired rockets ...": the act after the opening phrase answers it
                comma = text.find(",", later[0].end - off)
                after = [e for e in later[1:] if comma >= 0 and e.start - off > comma]
                later, earlier = later[:1], after[:1]
            if later and earlier:
                self._add(s, earlier[0], "retaliation_for", later[0], frames, m.start())
        for m in (rx.finditer(r"\b(?:called|calling|condemned|condemning|described|describing|denounced|denouncing)\s+(?:the\s+[\w-]+|it)\s+(?:as\s+)?[\"“]?(?:a|an|another)\s+(?:new\s+|fresh\s+)?(?P<who>[A-Z][\w-]+)\s+(?:crime|act|aggression|attack|assassination|terrorism)", text) if not keys.isdisjoint(("called", "calling", "condemned", "condemning", "described", "describing", "denounced", "denouncing")) else ()):
            culprit = self._mention_at(ments, m.start("who") + off, slack=0)
            speaker = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES]
            ev = next((e for e in evs if m.start() <= e.start - off), None) or (evs[-1] if evs else None) or self._last_act()
            if culprit and speaker and ev is not None and culprit != speaker[-1].entity_id:
                self._add(s, culprit, "perpetrated", ev, frames, m.start(), core=True,
                          frame=Frame(0, 0, speaker[-1].entity_id, "blamed", "called", "blame"))
        if not _PERSON_OR_COALITION.isdisjoint(map(self.type_of, map(_EID, ments))) or not self._keys.isdisjoint(_MEMBER_CUES):
            self._membership(s, ments, frames)
        # core frames: blame, suspicion, responsibility, denial
        for f in frames:
            nested = any(g is not f and g.kind in ("blame", "suspect", "deny") and f.start <= g.start < f.end for g in frames)
            if f.kind in ("blame", "suspect", "claim") or (f.kind == "speech" and not nested):
                self._responsibility(s, f, ments, evs, frames)
            if f.kind in ("deny", "speech"):
                self._denial(s, f, ments, evs, frames)
        keys = self._keys
        if "-" in text or not keys.isdisjoint(_BACKING_CUES):
            self._backing(s, ments, actors, frames)
        if not PLACE_TYPES.isdisjoint(map(self.type_of, map(_EID, ments))):
            self._place_apposition(s, ments, frames)
        if not keys.isdisjoint(_STRUCTURE_CUES) or "-" in text:
            self._structure(s, ments, frames, subject)
        self._ties(s, ments, evs, frames, subject)
        self._cur_evs = evs
        self._support(s, ments, frames, subject)
        if "finger" in keys:
            self._finger(s, ments, evs, frames)

    def _event_ref(self, evs: list[EventMention], after: int, off: int) -> EventMention | None:
        later = [e for e in evs if e.start - off >= after]
        if later:
            return later[0]
        return self._last_act()

    def _last_act(self) -> EventMention | None:
        acts = [e for e in self.events if e.kind != "Conflict"]
        return acts[-1] if acts else (self.events[-1] if self.events else None)

    def _responsibility(self, s, f: Frame, ments, evs, frames) -> None:
        text, off = s.text, s.start
        content = text[f.start: f.end]
        actors = [m for m in ments if f.start <= m.start - off < f.end and self.type_of(m.entity_id) in ACTOR_TYPES
                  and not self._modifier(ments, m.entity_id, text, off) and not self._adjective(m, text, off)
                  and not rx.ends_with(_PLACE_PREP, text[: m.start - off])
                  and not (_ends_with_and(text[: m.start - off])
                           and rx.search(r"\b(?:in|from|across|inside)\s+(?:the\s+)?[\w’'-]+(?:,\s+[\w’'-]+)*,?\s+and\s+(?:the\s+)?$", text[max(0, m.start - off - 80): m.start - off]))]
        if f.kind == "claim":
            who = f.claimant if f.claimant != "reporter" else None
            if who and self.type_of(who) == "Person":
                # "Yahya Saree, the Houthi military spokesman, claimed the attack": the group did it
                group = [r[2] for r in self.raw if r[0] == who and r[1] in ("member_of", "leads") and r[5] is s]
                if group:
                    ev = self._event_ref(evs, f.start, off)
                    if ev:
                        self._add(s, group[0], "perpetrated", ev, frames, f.start, core=True,
                                  frame=Frame(0, 0, who, "claimed_responsibility", f.verb, "claim"))
                    return
            ev = self._event_ref(evs, f.start, off)
            if who and ev is not None and ev.agent is None and any(e is ev for e in evs) and ev.definite:
                # "The Houthis claimed the attack": the act the claim is about is theirs, not the other side's told last
                ev.agent, ev.agent_via = who, "claim"
            included = [e for e in evs if e.start - off >= f.start and rx.ends_with(r"\bincluding\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", text[: e.start - off], words=4)]
            if _THE_ONE_THAT.search(text, f.start):
                # "claimed attacks on bases, including the one that killed the soldiers": the deadly act told before
                deadly = [e for e in self.events if e.sentence < s.index and e.kind in ("Attack", "Strike") and (e.fatalities or e.killed)]
                included += deadly[-1:]
            seen: list = []
            for e in [ev, *included] if who else ():
                if e is not None and not any(e is x for x in seen):
                    seen.append(e)
                    self._add(s, who, "perpetrated", e, frames, f.start, core=True, frame=Frame(0, 0, who, "claimed_responsibility", f.verb, "claim"))
            return
        if f.kind == "speech":
            hedge = rx.search(_HEDGE, content, re.I)
            if hedge:
                y = self._mention_at(ments, off + f.start + hedge.end(), slack=8)
                ev = self._event_ref(evs, f.start, off) if not [e for e in evs if e.start - off < f.start + hedge.start()] else \
                    [e for e in evs if e.start - off < f.start + hedge.start()][-1]
                if y and ev and self.type_of(y) in ACTOR_TYPES:
                    self._add(s, y, "perpetrated", ev, frames, f.start, core=True, frame=Frame(0, 0, f.claimant, "suspected", f.verb, "suspect"))
                return
            m = ("behind" in content or "responsible" in content or "involved" in content or "blame" in content) and \
                rx.search(r"\b(?:was|were|is|are|had\s+been|been)\s+(?:\w+\s+)?[\"“]?(behind|responsible\s+for|involved\s+in|to\s+blame|responsible(?=\s*(?:[.,;\"”]|$)))", content)
            if not m and not self._keys.isdisjoint(("ordered", "orchestrated", "masterminded", "directed", "planned")):
                # "Turkey said Iran had ordered the attack": who gave the order is who did it, says the speaker
                m = rx.search(r"\b(?:had|has|have)\s+(?:personally\s+|directly\s+)?(ordered|orchestrated|masterminded|directed|planned)\s+(?=(?:the|an?|this|that|these|those|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", content)
            if not m or rx.search(r"\b(?:not|never|n't)\b", m.group()):
                return  # "was not involved in": a denial, found by _denial
            if _NO_EVIDENCE.search(content[: m.start()]):
                return  # "we have not seen evidence that X was behind it": no claim at all (docs/articles-gold.md 4.3)
            if m[1].startswith("responsible") and m[1] != "responsible" and not any(0 <= e.start - off - (f.start + m.end()) <= 40 for e in evs) \
                    and not rx.match(r"\s*(?:it|this|that|them|these|those|the\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|bombings?|blasts?|explosions?|killings?|raids?|assaults?|incidents?|shelling|barrage))\b", content[m.end():], re.I):
                return  # "X is responsible for security in the area": no act
            who = [a for a in actors if a.start - off < f.start + m.start()]
            y = who[-1].entity_id if who else self._person_by_role(s, f.start, f.start + m.start())
            if y is None:
                return
            modality = "claimed_responsibility" if y == f.claimant else ("blamed" if f.claimant != "reporter" else "reported")
            if _OTHERS_SAY.search(content[: m.start()]):
                # "X said others spread rumours that Iran was behind it ... 'They are wrong'": someone
                # else's claim, reported by the speaker; a denial when the speaker calls it false
                if f.claimant == "reporter" or not _FALSE.search(text[f.start:]):
                    return
                modality = "denied"
            ev = self._event_ref(evs, f.start + m.end(), off)
            if ev:
                self._add(s, y, "perpetrated", ev, frames, f.start, core=True, frame=Frame(0, 0, f.claimant, modality, f.verb, "blame"))
            return
        if f.kind == "blame" and self._accused_of_helping(s, f, ments, frames):
            return
        if rx.search(r"\b(?:responsible|blame\w*)\s+for\s+(?:any|every|all\s+future|future)\b", text[f.start - 60 if f.start > 60 else 0: f.end], re.I):
            return  # "we hold X responsible for any attack": a warning, no act in particular
        pronoun = f.kind in ("blame", "suspect") and rx.match(r"\s*(?:it|them)\s+(?:for|of)\b", content, re.I)
        if pronoun:  # "Washington has blamed it for the attack": the group the last sentences were about
            said = next((x for x in reversed(self.subjects) if x and self.type_of(x) in ("ArmedGroup", "Coalition")), None)
            told = any(e.start - off >= f.start for e in evs)  # the act named here, not one told before
            actors = [Mention(0, 0, "", "nominal", said)] if said and told else []
        if not actors:
            return
        y = actors[0].entity_id
        if y == f.claimant and len(actors) > 1:
            y = actors[1].entity_id
        if f.kind == "blame" and (rx.search(r"\b(pinned|attributed)\b", f.verb, re.I) or rx.match(r"blame", f.verb, re.I)
                                  and rx.search(r"\bon\s+(?:what\s+\w+\s+called\s+)?(?:the\s+)?[\"“]?[A-Z]", content)):
            # "blamed the attack on Israel", "an attack that Tehran blamed on Israel": the culprit follows "on"
            after = [a for a in actors if rx.search(r"\b(on|to)\s+(?:what\s+\w+\s+called\s+)?(the\s+)?[\"“]?$", text[: a.start - off])]
            y = after[0].entity_id if after else y
        ev = self._event_ref(evs, f.start, off)
        if ev is None:
            return
        others = [] if pronoun else [c for c in self._conjuncts(s, ments, y) if self.type_of(c) in ACTOR_TYPES]
        for who in [y, *others]:
            if who != f.claimant:
                self._add(s, who, "perpetrated", ev, frames, f.start, core=True)

    def _accused_of_helping(self, s, f: Frame, ments, frames) -> bool:
        """ "accused X of helping Y", "X, which it accused of funding Y": an accusation of backing
        (blamed), not of an attack."""
        text, off = s.text, s.start
        helping = _HELPING.search(text, f.start, min(f.end, f.start + 120))
        if not helping:
            return False
        helped = self._mention_at(ments, helping.end() + off, slack=0)
        accused = [m.entity_id for m in ments if f.start <= m.start - off < helping.start() and self.type_of(m.entity_id) in ACTOR_TYPES
                   and not self._adjective(m, text, off) and not self._modifier(ments, m.entity_id, text, off)]
        if not accused:
            head = rx.search(r",?\s+(?:which|who|whom)\s+(?:\w+\s+){0,2}\w+\s*$", text[: f.start])
            accused = [m.entity_id for m in ments if head and m.end - off <= head.start() and head.start() - (m.end - off) <= 1]
        if not accused or not helped or helped == accused[-1] or self.type_of(helped) not in ACTOR_TYPES:
            return True  # an accusation of help all the same: no attack is blamed on anyone
        self._add(s, accused[-1], "backs", helped, frames, f.start, core=True, frame=Frame(0, 0, f.claimant, "blamed", f.verb, "blame"))
        return True

    def _denial(self, s, f: Frame, ments, evs, frames) -> None:
        text, off = s.text, s.start
        content = text[f.start: f.end]
        who = f.claimant
        if who == "reporter":
            return
        frame = Frame(0, 0, who, "denied", f.verb, "deny")
        if f.actor and f.actor != "reporter":
            who = f.actor  # "Afif said the group denies carrying out the attack": the group's act, Afif's claim
        if f.kind == "speech":
            # "Iran has nothing to do with the attacks"; "was not involved in"
            nd = rx.search(r"\b(?:has|had|have)\s+nothing\s+to\s+do\s+with\s+|\b(?:was|were|is|are|had|has|have)\s+(?:not|never)\s+(?:been\s+)?(?:involved|behind)\b\s*(?:in\s+)?|\bplayed\s+no\s+(?:role|part)\s+in\s+|\bno\s+(?:role|involvement|hand)\s+in\s+", content, re.I)
            if nd:
                actor = [m for m in ments if f.start <= m.start - off < f.start + nd.start() and self.type_of(m.entity_id) in ACTOR_TYPES]
                denier = actor[-1].entity_id if actor else who
                ev = self._event_ref(evs, f.start + nd.start(), off)
                if ev:
                    self._add(s, denier, "perpetrated", ev, frames, f.start, core=True, frame=frame)
                return
            # "the attack was a surprise to everyone, including Iran": Iran had no part in it
            surprise = rx.search(r"\bsurprise\s+to\s+(?:everyone|everybody|all|us\s+all)\b[^.;]{0,20}?\bincluding\s+(?:the\s+)?", content, re.I)
            unaware = self._mention_at(ments, off + f.start + surprise.end(), slack=0) if surprise else None
            if unaware and self.type_of(unaware) in ACTOR_TYPES:
                ev = next((e for e in evs if f.start <= e.start - off < f.start + surprise.start()), None) or self._last_act()
                if ev:
                    self._add(s, unaware, "perpetrated", ev, frames, f.start, core=True, frame=frame)
                return
        if f.kind == "deny" and f.verb.lower().startswith("distanc"):
            # "Hezbollah distanced itself from the attack": no part in it, says the group
            if rx.match(r"\s+(?:itself|themselves|himself|herself)\s+from\b", content):
                ev = self._event_ref(evs, f.start, off)
                if ev:
                    self._add(s, who, "perpetrated", ev, frames, f.start, core=True, frame=frame)
            return
        if f.kind == "deny":
            if rx.match(r"\s+(?:any\s+|all\s+)?(?:\w+\s+)?(involvement|role|responsibility|link|part|connection|hand)\b", content, re.I) \
                    or rx.match(r"[\"”]?\s+(?:carrying\s+out|launching|conducting|being\s+behind|firing|ordering)\b", content, re.I) \
                    or rx.match(r"\s+(?:that\s+)?(?:it|they|the\s+(?:group|movement|militia|organi[sz]ation|faction)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
                                r"(?:was|were|had\s+been|had)\s+(?:\w+\s+)?(behind|involved|responsible)", content) \
                    or rx.match(r"\s+(?:the\s+)?(?:accusations?|allegations?|claims?|charges?|reports?)\b", content, re.I):
                inner = [m for m in ments if f.start <= m.start - off < f.start + 40 and self.type_of(m.entity_id) == "State"
                         and rx.match(r"\s+(?:role|involvement|hand|part)\b", text[m.end - off:])]
                if inner:
                    who = inner[0].entity_id
                # "rejected accusations that Tehran was behind the attack": the accused is the one named
                # "denied that the group was involved" / "denied the group was involved": the one named
                accused_rx = r"\s+(?:the\s+)?(?P<x>.{1,60}?)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:behind|involved|responsible)\b"
                that = rx.search(r"\bthat" + accused_rx, content[:160]) or rx.match(accused_rx, content[:160])
                accused = self._mention_at(ments, off + f.start + that.start("x"), slack=0) if that else None
                if that and rx.match(r"(?:group|movement|militia|organi[sz]ation|faction)\b", that["x"], re.I):
                    # "X's spokesman, Y, denied the group was involved": the group the speaker speaks for
                    own = [r[2] for r in self.raw if r[0] == f.claimant and r[1] in ("member_of", "leads") and r[5] is s]
                    accused = own[0] if own else accused
                if accused and self.type_of(accused) in ACTOR_TYPES:
                    who = accused
                ev = self._event_ref(evs, f.start, off)
                self._independence(s, f, ments, frames, f.claimant, text[f.start:] if "saying" in text[f.start:] else "")
                if rx.match(r"\s+(?:the\s+)?(?:accusations?|allegations?|charges?|claims?)\s*(?:[,.;]|$|on\b|as\b)", content, re.I):
                    earlier = [r for r in reversed(self.raw) if r[1] == "perpetrated" and r[0] == who and r[4] in ("blamed", "suspected")]
                    if not earlier and self.type_of(who) == "Person":
                        # "Iran's spokesman, X, rejected the accusation": the accusation against the side he speaks for
                        sides = {m.entity_id for m in ments if m.start - off < f.start and self.type_of(m.entity_id) in ("State", "StateOrgan", "ArmedGroup", "Coalition")}
                        sides |= {self._affiliation(who), self._state_of(who)} - {None}
                        blamed = [r for r in reversed(self.raw) if (r[4] in ("blamed", "suspected") or r[4] == "asserted" and r[3] not in ("reporter", who))
                                  and r[1] in ("perpetrated", "backs")
                                  and r[5].index >= s.index - 3 and any(r[0] == x or self.same_side(r[0], x) for x in sides)]
                        for r in blamed[:1]:
                            self._add(s, r[0], r[1], r[2], frames, f.start, core=True, attrs=r[6], frame=frame)
                        return
                    if earlier:
                        ev = earlier[0][2]
                if ev:
                    self._add(s, who, "perpetrated", ev, frames, f.start, core=True, frame=frame)
                return
            m = rx.match(r"\s+(?:\w+\s+)?(backing|arming|supporting|funding|directing|controlling|supplying|training)\s+", content, re.I) \
                or rx.match(r"\s+(?:that\s+)?(?:it|they|[A-Z][\w’'-]+)\s+(?:\w+\s+)?(backs|arms|funds|supports|supplies|controls|directs|trains|finances|"
                            r"(?:provides|sends|gives|ships)\s+(?:[\w-]+\s+){0,3}?to)\s+(?:the\s+)?", content)  # "denies that it arms X"
            if m:
                obj = self._mention_at(ments, f.start + m.end() + off, slack=20)
                if obj and self.type_of(obj) in ACTOR_TYPES:
                    attrs = {"control": "directed"} if m[1].lower() in ("directing", "controlling", "directs", "controls") else {}
                    self._add(s, who, "backs", obj, frames, f.start, core=True, attrs=attrs, frame=frame)
            return
        self._independence(s, f, ments, frames, who, content)

    def _independence(self, s, f: Frame, ments, frames, who: str, content: str) -> None:
        """ "X insists the groups it backs act independently": a denial of direction, not of backing."""
        off = s.start
        if not content or who == "reporter":
            return
        frame = Frame(0, 0, who, "denied", f.verb, "deny")
        # "X insists the groups it backs act independently / take no orders from it"
        # "the group takes its decisions without Iranian direction": the claimant is the client
        own = rx.search(r"\b(?:takes?|took|making|makes?|made)\s+(?:its|their)\s+(?:own\s+)?decisions?\b|\bwithout\s+(?P<who>[\w’'-]+\s+)?(?:direction|orders|instructions|guidance|interference)\b", content, re.I)
        if own and self.type_of(who) in ("ArmedGroup", "Coalition"):
            backer = None
            if own["who"]:
                backer = self._mention_at(ments, off + f.start + own.start("who"), slack=0)
            backer = backer or next((m.entity_id for m in ments if f.start <= m.start - off and self.type_of(m.entity_id) == "State"), None)
            if backer and backer != who:
                self._add(s, backer, "backs", who, frames, f.start, core=True, attrs={"control": "directed"}, frame=frame)
            return
        if self.type_of(who) not in ("State", "StateOrgan"):
            who = self._state_of(who)  # "Kanaani insisted ...": the backing denied is his state's
            if who is None:
                return  # a group saying it acts alone names no backer
        if rx.search(r"\b(independent(ly)?|on\s+their\s+own|own\s+decisions?|no\s+orders|not\s+take\s+orders|not\s+(?:under|controlled)|no\s+control|does\s+not\s+control|do\s+not\s+receive\s+orders)\b", content, re.I):
            objs = [m for m in ments if f.start <= m.start - off < f.end and self.type_of(m.entity_id) in ("ArmedGroup", "Coalition")]
            obj = objs[0].entity_id if objs else None
            if obj is None and rx.search(r"\b(groups|militias|proxies|allies|factions)\b", content, re.I):
                obj = self._recent(("Coalition",), before=s.start) or self._recent(("ArmedGroup",), before=s.start)
            elif obj is None and rx.search(r"\b(group|militia|movement)\b", content, re.I):
                obj = self._recent(("ArmedGroup", "Coalition"), before=s.start)
            if obj:
                self._add(s, who, "backs", obj, frames, f.start, core=True, attrs={"control": "directed"}, frame=frame)
