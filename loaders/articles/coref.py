"""What a sentence says about someone it does not name, or says in someone else's words: people
described rather than named, across sentences ("a militia commander responsible for planning
attacks on US forces", named in a later sentence; "this individual", "the commander", named in an
earlier one), framings quoted from an actor ("in what it calls support for its ally"), and enmity
told as a pattern of attacks ("the group has been attacking Israeli and US targets"). A mixin of
the extraction run, used by the relation pass.

News often introduces a person by role first and names them a sentence later ("... killed a
militia commander ... . A source said the strike killed X, the commander in charge of ..."), or
names them first and refers back by role ("the commander"). A description of a person as the
author of attacks ("a commander responsible for planning attacks on US forces", said plainly) is a
statement of fact by whoever says it (`asserted`), not an accusation (`blamed` needs a verb of
blame or a predication such as "said X was behind the attack"; docs/articles-gold.md 5.6).
"""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.frames import Frame
from proxygraph.loaders.articles.patterns import _ROLE

# "a Kataib Hezbollah commander responsible for (directly) planning and participating in attacks",
# "the commander behind the attacks", "describing the commander as responsible for attacks"; no
# copula before it (that is a predication, see relations.py)
_AUTHOR_OF = re.compile(
    rf"\b(?P<det>a|an|the|this|that)\s+(?P<mods>(?:[\w’'-]+\s+){{0,4}}?)(?P<role>{_ROLE}|individual|man)\s*,?\s+"
    r"(?:as\s+(?:being\s+)?|(?:who|that)\s+(?:was|is|had\s+been|has\s+been)\s+)?"
    r"(?:(?:directly\s+|personally\s+|allegedly\s+)?responsible\s+for|behind)\s+",
    re.I,
)
# what stands between "responsible for" and the event: "(directly) planning and participating in"
_ROLE_IN_ACT = re.compile(
    r"(?:\w+ly\s+)?(?:planning|directing|ordering|orchestrating|organi[sz]ing|overseeing|coordinating|leading|carrying\s+out|"
    r"conducting|launching|participating\s+in|taking\s+part\s+in|executing)\s+(?:(?:and|or|,)\s+(?:\w+ly\s+)?(?:planning|directing|ordering|"
    r"orchestrating|organi[sz]ing|overseeing|coordinating|leading|carrying\s+out|conducting|launching|participating\s+in|"
    r"taking\s+part\s+in|executing)\s+)*",
    re.I,
)
_LOOKAHEAD_SENTENCES = 2
# "the largest of the more than 140 attacks", "the first deaths since the group began attacking"
_EPISODE = re.compile(r"\bthe\s+(?:first|latest|largest|biggest|deadliest|worst|most\s+\w+|second|third|fourth|fifth)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:of\s+(?:the\s+)?(?:more\s+than\s+|over\s+|nearly\s+|at\s+least\s+|some\s+|about\s+|around\s+)?(?:\d[\d,]*\s+)?|since\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:began|started)\s+)", re.I)
# "the targets were in al-Qaim", "Among the sites struck were targets around al-Qaim"
_TARGETS_IN = re.compile(r"\b(?:targets|sites|facilities|locations)\s+(?:(?:hit|struck|targeted|attacked|bombed)\s+)?(?:were|was|are|included|lay)\s+"
                         r"(?:located\s+|(?:targets|sites|facilities)\s+)?(?:in|around|near|at)\s+(?:the\s+)?", re.I)
# "has struck", "have been attacking", "had repeatedly hit": a perfect or progressive act
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|repeatedly\s+|long\s+|regularly\s+)?(?:been\s+)?$", re.I)
_EXCHANGE = re.compile(r"\b(?:traded|trading|exchanged|exchanging|exchanges?\s+of)\s+fire\b|\bclashes\b", re.I)
_YEARS = re.compile(r"\b(?:for\s+(?:many\s+)?(?:years|decades)|over\s+the\s+(?:years|decades))\b", re.I)
_DURATION = re.compile(r"\b(?:for\s+(?:years|decades|months)|over\s+the\s+years|repeatedly|regularly)\b", re.I)
# "Israeli and US targets", "American forces": whose targets (adjectives of states before a target noun)
_ENEMY_OBJECT = re.compile(r"\s+(?:(?:[A-Z][\w-]*|and|or|,)\s+){1,5}(?:targets|forces|troops|positions|interests|bases|sites|ships|vessels)\b")
# "this individual", "the commander", "the slain cleric": a person referred to by role
_PERSON_REF = re.compile(r"\b(?:[Tt]his|[Tt]he|[Tt]hat)\s+(?:slain\s+|dead\s+|senior\s+|top\s+)?(?:individual|man|commander|leader|cleric|militant|figure|operative)\b")
# "opened what it calls a support front for Hamas": the words after are the actor's own
_WHAT_CALLS = re.compile(r"\bwhat\s+(?P<who>it|they|he|she|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
                         r"(?:calls?|called|describes?\s+as|described\s+as|terms?|termed|dubs?|dubbed)\s+")

__all__ = ["CorefPass"]


class CorefPass:
    """Descriptions, framings and patterns of attack (needs the run's mentions, frames and helpers)."""

    def _what_calls(self, s, ments) -> list[Frame]:
        """ "in what it calls support for its ally", "what Tehran called an act of terrorism": the
        phrase after the verb is the actor's framing, said by it (up to the next comma)."""
        text, off = s.text, s.start
        out = []
        for m in (_WHAT_CALLS.finditer(text) if not self._keys.isdisjoint(("calls", "call", "called", "describes", "described", "terms", "termed", "dubs", "dubbed")) else ()):
            if m["who"].lower() in ("it", "they", "he", "she"):
                prior = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ("ArmedGroup", "Coalition", "State", "StateOrgan", "Person")
                         and not self._modifier(ments, x.entity_id, text, off) and not self._adjective(x, text, off)
                         and not rx.ends_with(r"\b(?:in|on|at|of|from|to|near|with|by|for|into|against|across)\s+(?:the\s+)?$", text[: x.start - off])]
                # the subject before a verb ("Hezbollah has shelled Israel in what it calls ..."), else the last named
                subjects = [x for x in prior if rx.match(r"\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|[a-z]+ed|[a-z]+s)\b", text[x.end - off:])]
                who = (subjects or prior)[-1].entity_id if prior else None
            else:
                who = self._mention_at(ments, m.start("who") + off, slack=4)
            if who is None:
                continue
            stop = rx.search(r"[,;]|$", text[m.end():])
            out.append(Frame(m.end(), m.end() + stop.start(), who, "asserted", "calls", "speech", m.start("who"), m.end("who")))
        return out

    def _surname_speakers(self, s, frames: list[Frame]) -> None:
        """ "..., Blinken said": a speaker named by surname only is the person of that surname the
        article named in full before (not an unnamed source)."""
        for f in frames:
            if f.claimant != "reporter" or not f.anonymous:
                continue
            name = rx.fullmatch(r"\s*(?:[A-Z][\w’'-]+\s+){0,2}?([A-Z][\w’'-]{2,})\s*", s.text[f.speaker_start: f.speaker_end])
            if not name:
                continue
            known = [eid for eid, e in self.ents.items() if e.type == "Person" and e.name.split()[-1].lower() == name[1].lower()
                     and any(st < s.start for _, st, _ in e.mentions)]
            if len(known) == 1:
                f.claimant, f.anonymous = known[0], False
                f.modality = "asserted" if f.modality == "reported" else f.modality

    def _habitual_hostility(self, s, ments, ev, frames) -> bool:
        """ "the axis of resistance has been attacking Israeli and US targets", "Israel, which has
        struck Iranian targets in Syria for years": a pattern of attacks by a group (or over years)
        states enmity (hostile_to), not one event. True when the sentence's event is read so."""
        text, off = s.text, s.start
        a = ev.start - off
        if not ev.verb or not ev.agent or not _PERFECT.search(text[max(0, a - 40): a]) or _EXCHANGE.search(ev.trigger):
            return False  # (trading fire is a known kind of conflict, with sides of its own)
        if ev.time and ev.time.day and not ev.time.since:
            return False  # "has struck a base on Sunday": one act
        agent_type = self.type_of(ev.agent)
        clause = text[a: a + 120].split(";")[0]
        if agent_type not in ("ArmedGroup", "Coalition") and not _YEARS.search(clause):
            return False  # a state's strikes "repeatedly since January" are a campaign; "for years", enmity
        many = ev.trigger.lower().endswith("ing") or _DURATION.search(clause) or (ev.time and ev.time.since) \
            or rx.match(r"\s+(?:[\w-]+\s+){0,4}?(?:targets|forces|troops|positions|interests|bases|sites|ships|vessels)\b", text[ev.end - off:])
        if not many:
            return False  # "the group has attacked a ship": one act, not a pattern
        enemies = [t for t in ev.targets if self.type_of(t) in ("State", "ArmedGroup", "Coalition")]
        for t in list(enemies):
            enemies += [c for c in self._conjuncts(s, ments, t) if self.type_of(c) in ("State", "ArmedGroup", "Coalition")]
        obj = _ENEMY_OBJECT.match(text, ev.end - off)
        if obj:  # "Israeli and US targets": the states the adjectives name
            enemies += [m.entity_id for m in ments if ev.end - off <= m.start - off < obj.end() and m.kind == "demonym"
                        and self.type_of(m.entity_id) == "State"]
        enemies = [e for e in dict.fromkeys(enemies) if e != ev.agent]
        for e in enemies:
            self._add(s, ev.agent, "hostile_to", e, frames, a)
        return bool(enemies)

    def _episodes(self, s, ments, evs, frames) -> None:
        """ "the largest of the more than 140 attacks on US forces", "the first deaths since the group
        began attacking merchant shipping": the act the sentence tells is one episode of the campaign."""
        text, off = s.text, s.start
        for m in (_EPISODE.finditer(text) if not self._keys.isdisjoint(("of", "since")) else ()):
            act = [e for e in evs if e.start - off < m.start() and e.kind in ("Strike", "Attack") and not e.plural]
            campaign = next((e for e in evs if e.start - off >= m.end() and (e.plural or e.progressive or e.kind == "Conflict")
                             and e.start - off - m.end() <= 25), None)
            if act and campaign is not None:
                self._add(s, act[0], "part_of_event", campaign, frames, m.start())

    def _targets_were_in(self, s, ments, evs, frames) -> None:
        """ "The targets were in al-Qaim and in Jurf al-Sakhar", "Among the sites struck were targets
        around al-Qaim": where the strikes told before (or in this sentence) hit."""
        text, off = s.text, s.start
        for m in (_TARGETS_IN.finditer(text) if not self._keys.isdisjoint(("targets", "sites", "facilities")) else ()):
            # what "the targets" were targets of: a strike of this sentence, else the last strike told
            ev = next((e for e in evs if e.kind in ("Strike", "Attack") and e.start - off < m.start()), None) \
                or next((e for e in reversed(self.events) if e.kind == "Strike" and e.sentence < s.index), None)
            if ev is None:
                continue
            end = m.end()
            while True:
                place = self._mention_at(ments, end + off, slack=0)
                if not place or self.type_of(place) not in ("Settlement", "Region", "Site", "State"):
                    break
                self._add(s, ev, "located_in", place, frames, m.start())
                # "in al-Qaim, near the Syrian border, and in Jurf al-Sakhar": the next place of the list
                more = rx.match(r"(?:,[^,;]{0,40})?,?\s+and\s+(?:in|around|near|at)\s+(?:the\s+)?", text[self._end_of(ments, place) - off:])
                if not more:
                    break
                end = self._end_of(ments, place) - off + more.end()

    def _authors(self, s, ments, evs, frames) -> None:
        """ "a commander responsible for planning attacks on X": the person perpetrated the attacks."""
        text, off = s.text, s.start
        for m in (_AUTHOR_OF.finditer(text) if not self._keys.isdisjoint(("responsible", "behind")) else ()):
            if m["det"].lower() == "the" and rx.match(r"(?:was|is|were|are|had|has)\b", m["mods"].strip(), re.I):
                continue
            if rx.ends_with(r"\b(?:was|were|is|are|been|be)\s+$", text[: m.start()]):
                continue  # "X was the commander behind ...": a predication, handled with blame
            person = self._described_person(s, ments, m)
            if person is None:
                continue
            act = _ROLE_IN_ACT.match(text, m.end())
            at = act.end() if act else m.end()
            ev = next((e for e in evs if e.start - off >= at and not rx.search(r"[;]", text[at: e.start - off])), None)
            if ev is None or ev.start - off - at > 40:
                continue
            f = self._frame_at(frames, m.start(), core=True)
            if f is not None and f.kind == "negated":
                continue
            if f is None or f.claimant == "reporter":
                frame = Frame(0, 0, "reporter", f.modality if f else "asserted", "described", "describe")
            elif f.kind == "speech":
                frame = Frame(0, 0, f.claimant, "asserted", f.verb, "describe")  # said plainly: a statement of fact
            else:
                frame = f
            self._add(s, person, "perpetrated", ev, frames, m.start(), core=True, frame=frame)
            self._describe_as_reporter(s, ev, frame.claimant)

    def _describe_as_reporter(self, s, ev, claimant: str) -> None:
        """The words that name the attacks a person is said to be responsible for (their target,
        their place) are the reporter's description of them, as for a blame."""
        if claimant == "reporter":
            return
        for i, r in enumerate(self.raw):
            if r[5] is s and r[0] is ev and r[1] in ("targeted", "located_in") and r[3] == claimant:
                self.raw[i] = (r[0], r[1], r[2], "reporter", "asserted", *r[5:])

    def _described_person(self, s, ments, m) -> str | None:
        """The person a role phrase ("a Kataib Hezbollah commander", "the commander") stands for:
        named right before it ("X, a commander ..."), before it in the article ("the commander"), or
        in the next sentences ("a commander ... . ... X, the commander of ...")."""
        text, off = s.text, s.start
        before = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) == "Person"
                  and rx.fullmatch(r"\s*,\s*", text[x.end - off: m.start()])]
        if before:
            return before[-1].entity_id
        inside = [x for x in ments if m.start() <= x.start - off < m.end() and self.type_of(x.entity_id) == "Person" and x.kind != "nominal"]
        if inside:
            return None  # "a commander of X's militia": a name in the phrase is not the one described
        role = m["role"].lower()
        if m["det"].lower() in ("the", "this", "that"):  # "describing the commander as responsible for ..."
            return self._referent(s, m.start() + off)
        return self._named_later(s, role)

    def _referent(self, s, before: int) -> str | None:
        """The person "the commander" / "this individual" refers back to: one the last sentences
        named who is not a speaker, the dead first (news refers back to the man a strike killed)."""
        since = self._sent_starts[max(0, s.index - 3)]
        speakers = {r[3] for r in self.raw} | {f.claimant for f in self._frames_hint}
        near = [eid for eid, e in self.ents.items() if e.type == "Person" and eid not in speakers
                and any(since <= st < before for _, st, _ in e.mentions)]
        dead = [eid for eid in near if any(r[1] == "killed" and r[2] == eid for r in self.raw)]
        pool = dead or near
        if not pool:
            return None
        return max(pool, key=lambda eid: max(st for _, st, _ in self.ents[eid].mentions if st < before))

    def _person_by_role(self, s, start: int, end: int) -> str | None:
        """ "This individual was involved in ...", "the commander was behind ...": a person referred
        to by a demonstrative or role noun in text[start:end] is the person the last sentences named."""
        found = _PERSON_REF.search(s.text, start, end)
        if not found:
            return None
        return self._referent(s, s.start + found.start())

    def _named_later(self, s, role: str) -> str | None:
        """The one person a later sentence names with the same role ("X, the commander ...",
        "commander X"), within the next sentences; none when two could be meant."""
        starts = self._sent_starts
        lo = s.end
        hi = starts[s.index + 1 + _LOOKAHEAD_SENTENCES] if s.index + 1 + _LOOKAHEAD_SENTENCES < len(starts) else len(self.article.text)
        body = self.article.text
        found = set()
        for eid, e in self.ents.items():
            if e.type != "Person":
                continue
            for _, a, b in e.mentions:
                if not (lo <= a < hi):
                    continue
                after = body[b: b + 40]
                prior = body[max(0, a - 30): a]
                if rx.match(rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{role}s?\b", after, re.I) or rx.search(rf"\b{role}\s+$", prior, re.I):
                    found.add(eid)
        return found.pop() if len(found) == 1 else None

