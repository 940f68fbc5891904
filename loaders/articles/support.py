"""More of how news says who backs, lists, shelters and hedges: a mixin of the extraction run, used
by the relation pass (relations.py). Each rule has invented sentences in
`tests/loaders/articles/test_claim_ties.py`.

- *Backing told from the client's side*: "Hezbollah receives weapons and money from Iran", "the
  rebels get their drones from Tehran" -> Iran backs the group.
- *A proxy by nationality*: "the Houthis, an Iranian proxy", "X is a Syrian client" -> backs.
- *Backing someone says*: "X, which Washington says is backed by Iran" -> backs, said by Washington.
- *Several members at once*: "X and Y, both members of Z" -> each member_of Z.
- *Under an umbrella*: "X operates under the umbrella of Z" / "under the Z banner" -> member_of a
  coalition, part_of a state organ.
- *Sanctions as a state*: "X is under US sanctions", "X, which the US designated a terrorist
  organisation" -> sanctioned.
- *Alliance as a predicate*: "Hezbollah is Iran's closest ally" -> allied_with.
- *The outlet's hedges*: "X allegedly carried out the attack" (suspected), "X reportedly funded
  it" (reported), "Iran is believed to have armed the group" (suspected), all the reporter's.
- *Supplying to*: "the weapons that Iran supplies to the Houthis", "Iran has sent drones to X".
- *Labels*: "the pro-Iranian militia X", "X, which is aligned with Iran", "X is Iran-aligned",
  "X, which is close to the Revolutionary Guards" -> backs (control aligned; a state or its organ).
- *Accusations in the passive*: "Iran is accused of arming X" (reporter, reported), "... accused by
  Israel of supplying X" (Israel, blamed), "X is accused of carrying out the attack".
- *Sanctions*: "sanctions meant to cut off the group's funding" (each coordinated state), "X, a group
  sanctioned by Turkey", "X was designated a terrorist organisation by Y".
- *Across sentences*: "It is backed by Iran" (the group the story is about), "The group, which Iran
  funds and arms,", "The group is led by X", "he had been a member of G", a quotation running on
  into the next sentence ('"...," X said. "..."': still X's words).
- *Blame and denial*: "pointed the finger at X", "a charge the group denied", "X said Y had ordered
  the attack", "X distanced itself from the attack" (in relations.py: "was to blame", "had not been
  involved", "rejected the accusation" by a spokesman: the accusation against his side).
"""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.frames import Frame
from proxygraph.loaders.articles.patterns import ACTOR_TYPES

__all__ = ["SupportPass"]

_GROUPS = ("ArmedGroup", "Coalition")
_SUPPLY = r"(?:weapons|arms|money|funding|funds|cash|financing|training|drones|missiles|rockets|support|equipment|guidance|orders|instructions|backing|ammunition|explosives)"
_SUPPLY_WORD = rf"\b{_SUPPLY}\b"
_RECEIVES = re.compile(rf"\b(?:receives?|received|receiving|gets?|got|getting|obtains?|obtained|sources?|sourced)\s+(?:most\s+of\s+|much\s+of\s+|all\s+of\s+)?(?:its|their|the\s+bulk\s+of\s+its|the\s+bulk\s+of\s+their)?\s*"
                       rf"(?:[\w-]+\s+){{0,2}}?{_SUPPLY}(?:\s*(?:,|and|as\s+well\s+as)\s+(?:[\w-]+\s+){{0,2}}?{_SUPPLY})*\s+(?:directly\s+)?from\s+(?:the\s+)?")
_PROXY_ADJ = re.compile(r"\s+(?:[\w-]+\s+)?(?:proxy|proxies|client|clients|surrogate|surrogates)\b")
_BOTH = re.compile(r",\s+(?:both|all|each)\s+(?:of\s+them\s+)?(?:members?|parts?|factions?|components?)\s+of\s+(?:the\s+)?")
_UMBRELLA = re.compile(r"\b(?:operates?|operated|operating|fights?|fought|fighting|serves?|served|is|are|was|were|falls?|fell|sits?)\s+(?:nominally\s+|formally\s+|officially\s+)?"
                       r"under\s+(?:the\s+)?(?:(?:umbrella|banner|command|wing)\s+of\s+(?:the\s+)?)?")
_UNDER_SANCTIONS = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:already\s+|also\s+)?(?:under|subject\s+to)\s+(?P<who>[A-Z][\w.]*\s+)?sanctions\b")
_WHICH_DESIGNATED = re.compile(r",\s+(?:which|whom|who)\s+(?:the\s+)?(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
                               r"(?:designated|listed|blacklisted|sanctioned)\b")
_IS_ALLY = re.compile(r"\b(?:is|was|remains|are|were|has\s+long\s+been|has\s+been)\s+(?:also\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ally|allies|partner)\b")
# "Iran supplies weapons to the Houthis", "the weapons that Iran sends to the rebels"
_SUPPLIES_TO = re.compile(r"\s+(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:supplies|supplied|supplying|supply|sends|sent|sending|provides|provided|providing|delivers|delivered|"
                          r"ships|shipped|smuggles|smuggled|smuggling|gives|gave|transfers|transferred|funnels|funnelled|funneled)\s+(?P<what>(?:[\w-]+\s+){0,5}?)to\s+(?:the\s+)?")
# "he had been a member of Kataib Hezbollah", "X was a commander in the group"
_HAD_BEEN = re.compile(r"\b(?P<he>[Hh]e|[Ss]he)?\s*(?:had\s+been|has\s+been|was|is|had\s+become|became)\s+(?:a|an|the)\s+(?:most\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:member|commander|fighter|leader|official|operative|militant)\s+(?:of|in|with|within)\s+(?:the\s+)?")
# "X, which is close to Iran's Revolutionary Guards", "X is one of the factions closest to the IRGC"
_CLOSE_TO = re.compile(r"(?:,\s+(?:which|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+|\s+(?:is|are|was|were|remains?)\s+(?:one\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:groups|factions|militias)\s+)?|,\s+)"
                       r"(?:seen\s+as\s+|widely\s+seen\s+as\s+|considered\s+)?(?:very\s+|particularly\s+|most\s+)?(?:close|closest|closely\s+tied|closely\s+linked|tied|linked)\s+to\s+(?:the\s+)?")
# "It is backed by Iran", "They are funded and armed by Tehran": the group the last sentences were about
_PRONOUN_BACKED = re.compile(r"(?:It|They)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+)?(?:backed|supported|funded|armed|sponsored|financed|trained|equipped)"
                             r"(?:\s*(?:,|and)\s+(?:backed|supported|funded|armed|sponsored|financed|trained|equipped))*\s+by\s+(?:the\s+)?")
# "X, which Iran funds and arms,": the antecedent is the client
_WHICH_BACKS = re.compile(r",\s+(?:which|whom|who)\s+(?:the\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:has\s+long\s+|long\s+|also\s+|openly\s+)?"
                          r"(?:backs|backed|funds|funded|arms|armed|supports|supported|sponsors|sponsored|finances|financed|trains|trained|equips|equipped|supplies|supplied)\b")
# "The group is led by X", "Jaish al-Jabal is headed by X"
_LED_BY = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|are|were)\s+(?:now\s+|currently\s+|still\s+)?(?P<v>led|headed|run|commanded)\s+by\s+(?:the\s+)?")
# "sanctions meant to cut off the group's funding": whose money the sanctions go after
_SANCTIONS_AT = re.compile(r"\bsanctions\s+(?:meant|aimed|designed|intended)\s+(?:at|to)\s+(?:\w+\s+){0,2}?(?:the\s+)?")
# "X, a group sanctioned by Turkey", "X was designated by the State Department"
_SANCTIONED_BY = re.compile(r"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|already\s+)?)"
                            r"(?:sanctioned|designated|blacklisted|listed)\s+(?:(?:as\s+)?(?:an?\s+|the\s+)?[^,.;]{0,60}?\s+)?(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?")
# "The Houthis, who are aligned with Iran", "X is affiliated with the IRGC", "The Houthis are Iran-aligned"
_ALIGNED_WITH = re.compile(r"(?:,\s+(?:which|who|that)\s+(?:is|are|was|were|has\s+been|have\s+been)|\s+(?:is|are|was|were|remains?|has\s+been|have\s+been))\s+"
                           r"(?:closely\s+|firmly\s+|loosely\s+|also\s+|widely\s+seen\s+as\s+)?(?:aligned|affiliated)\s+(?:with|to)\s+(?:the\s+)?")
_IS_COMPOUND = re.compile(r"\s+(?:is|are|was|were|remains?)\s+(?:also\s+|firmly\s+|closely\s+)?(?=[A-Z][\w.]*-(?:backed|aligned|funded|armed|sponsored|supported|affiliated)\b)")
# "Iran is accused of arming the Houthis", "X has been accused by Israel of carrying out the attack"
_ACCUSED_OF = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:widely\s+|often\s+|long\s+|also\s+|repeatedly\s+)?accused\s+"
                         r"(?:by\s+(?:the\s+)?(?P<by>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+)?of\s+(?P<what>arming|funding|financing|supplying|backing|supporting|training|"
                         r"equipping|directing|helping|carrying\s+out|launching|staging|orchestrating|being\s+behind|ordering)\s+(?:the\s+)?")
_FINGER = re.compile(r"\b(?:pointed|points|point|pointing)\s+(?:the|an|a)\s+(?:accusing\s+)?finger\s+(?:of\s+blame\s+)?at\s+")
_CHARGE_DENIED = re.compile(r",\s+(?:a|an|the)\s+(?:charge|claim|accusation|allegation)s?\s+(?:that\s+|which\s+)?(?P<who>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+"
                            r"(?:has\s+|had\s+|have\s+)?(?:strongly\s+|flatly\s+|swiftly\s+|quickly\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses)\b")
_ALLEGEDLY = re.compile(r"\b(?:allegedly|reportedly|purportedly|apparently)\b", re.I)
_BELIEVED_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|generally\s+)?(?:believed|thought|suspected|said)\s+to\s+(?:have\s+)?"
                          r"(?:supplied|supply|armed|arm|funded|fund|financed|finance|trained|train|backed|back|provided|provide|sent|send|equipped|equip|directed|direct)\b")
_SUPPORT_CUES = {"pro", "aligned", "affiliated", "accused", "meant", "aimed", "intended", "backs", "funds", "arms", "supports", "sponsors", "finances", "financed", "trains", "trained", "equips", "equipped",
                 "supplies", "supplied", "led", "headed", "run", "commanded", "close", "closest", "tied", "linked", "supplies", "supplied", "supplying", "supply", "sends", "sent", "sending", "provides", "provided", "providing", "delivers",
                 "delivered", "ships", "shipped", "smuggles", "smuggled", "smuggling", "gives", "gave", "transfers", "transferred",
                 "funnels", "funnelled", "funneled", "member", "commander", "fighter", "leader", "official", "operative", "militant",
                 "receives", "receive", "received", "receiving", "gets", "get", "got", "getting", "obtains", "obtain", "obtained",
                 "source", "sources", "sourced", "proxy", "proxies", "client", "clients", "surrogate", "surrogates", "backed", "supported",
                 "funded", "armed", "sponsored", "directed", "controlled", "members", "parts", "factions", "components", "umbrella",
                 "banner", "wing", "command", "designated", "listed", "blacklisted", "sanctioned", "sanctions",
                 "ally", "allies", "partner", "charge", "claim", "accusation", "allegation", "charges", "claims", "accusations", "allegations"}


# cue sets of the rules below (built once)
_BELIEVED_CUES = frozenset({"believed", "thought", "suspected", "said"})
_RECEIVE_WORDS = frozenset({"receives", "receive", "received", "receiving", "gets", "get", "got", "getting", "obtains", "obtain",
                   "obtained", "source", "sources", "sourced"})
_PROXY_WORDS = frozenset({"proxy", "proxies", "client", "clients", "surrogate", "surrogates"})
_SAYS_WORDS = frozenset({"says", "say", "said", "claims", "believes"})
_BACKED_PARTICIPLES = frozenset({"backed", "supported", "funded", "armed", "sponsored", "directed", "controlled"})
_ALL_OF_WORDS = frozenset({"both", "all", "each"})
_MEMBER_WORDS = frozenset({"member", "members", "part", "parts", "faction", "factions", "component", "components"})
_UMBRELLA_WORDS = frozenset({"umbrella", "banner", "command", "wing"})
_DESIGNATED_WORDS = frozenset({"designated", "listed", "blacklisted", "sanctioned"})
_SUPPLY_WORDS = frozenset({"supplies", "supplied", "supplying", "supply", "sends", "sent", "sending", "provides", "provided", "providing", "delivers",
                   "delivered", "ships", "shipped", "smuggles", "smuggled", "smuggling", "gives", "gave", "transfers", "transferred",
                   "funnels", "funnelled", "funneled"})
_MEMBER_ROLES = frozenset({"member", "commander", "fighter", "leader", "official", "operative", "militant"})
_CLOSE_WORDS = frozenset({"close", "closest", "tied", "linked"})
_SUPPORTED_PARTICIPLES = frozenset({"backed", "supported", "funded", "armed", "sponsored", "financed", "trained", "equipped"})
_BACKING_VERBS = frozenset({"backs", "backed", "funds", "funded", "arms", "armed", "supports", "supported", "sponsors", "sponsored", "finances",
                   "financed", "trains", "trained", "equips", "equipped", "supplies", "supplied"})
_LED_WORDS = frozenset({"led", "headed", "run", "commanded"})
_PURPOSE_WORDS = frozenset({"meant", "aimed", "designed", "intended"})
_SANCTIONED_WORDS = frozenset({"sanctioned", "designated", "blacklisted", "listed"})
_ALIGNED_WORDS = frozenset({"aligned", "affiliated"})
_ACCUSATION_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "charges", "claims", "accusations", "allegations"})
_ALLY_WORDS = frozenset({"ally", "allies", "partner"})


class _Actors:
    """The actor mentions of a sentence, listed on first use (most sentences need none)."""

    __slots__ = ("run", "ments", "items")

    def __init__(self, run, ments):
        self.run, self.ments, self.items = run, ments, None

    def __iter__(self):
        if self.items is None:
            self.items = [x for x in self.ments if self.run.type_of(x.entity_id) in ACTOR_TYPES]
        return iter(self.items)


class SupportPass:
    """Backing, listing and membership told in more ways (needs the run's mentions, frames and helpers)."""

    def _hedge_frames(self, s, ments) -> list[Frame]:
        """ "X allegedly carried out the attack": the outlet's suspicion; "reportedly": passed on."""
        out = []
        for m in _ALLEGEDLY.finditer(s.text):
            w = m.group().lower()
            if w == "reportedly":
                out.append(Frame(0, len(s.text), "reporter", "reported", w, "speech", anonymous=True))
            elif w != "apparently":
                out.append(Frame(0, len(s.text), "reporter", "suspected", w, "speech"))
            break
        for m in _BELIEVED_TO.finditer(s.text) if not self._keys.isdisjoint(_BELIEVED_CUES) else ():
            out.append(Frame(0, len(s.text), "reporter", "suspected", "believed", "speech"))
            break
        return out

    def _quote_frames(self, s, frames) -> list[Frame]:
        """ '"We will strike again," the group said. "The enemy will pay."': a quotation that runs on
        into the next sentence, with no verb of saying of its own, is still the speaker's."""
        text = s.text
        last = self.__dict__.get("_last_quote")
        if '"' not in text and "“" not in text:
            self._last_quote = None
            return []
        speaker = next((f.claimant for f in frames if f.kind in ("speech", "according") and f.claimant != "reporter" and not f.anonymous), None)
        quoted = text[:1] in "\"“" or "“" in text or text.count('"') >= 2
        self._last_quote = (s.index, speaker) if speaker and quoted else (s.index, last[1]) if (last and text[:1] in "\"“" and not frames
                                                                                            and last[0] == s.index - 1) else None
        if frames or not last or last[0] != s.index - 1 or text[:1] not in "\"“":
            return []
        return [Frame(0, len(text), last[1], "asserted", "quoted", "speech")]

    def _finger(self, s, ments, evs, frames) -> None:
        """ "Turkey pointed the finger at X": a blame without a verb of blame."""
        text, off = s.text, s.start
        for m in _FINGER.finditer(text):
            who = [x for x in ments if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES
                   and not self._modifier(ments, x.entity_id, text, off) and not self._adjective(x, text, off)
                   and not rx.ends_with(r"\b(?:in|at|on|of|from|to|by|with|against|for)\s+(?:the\s+)?$", text[: x.start - off])]
            culprit = self._mention_at(ments, m.end() + off, slack=0)
            ev = self._event_ref(evs, m.end(), off)
            if not who or culprit is None or ev is None or self.type_of(culprit) not in ACTOR_TYPES:
                continue
            for c in [culprit, *self._conjuncts(s, ments, culprit)]:
                if c != who[-1].entity_id and self.type_of(c) in ACTOR_TYPES:
                    self._add(s, c, "perpetrated", ev, frames, m.start(), core=True, frame=Frame(0, 0, who[-1].entity_id, "blamed", "pointed", "blame"))

    def _support(self, s, ments, frames, subject=None) -> None:
        keys = self._keys
        if keys.isdisjoint(_SUPPORT_CUES):
            return
        text, off = s.text, s.start
        if not ments:
            return
        actors = _Actors(self, ments)  # worked out when a rule first needs them
        if not keys.isdisjoint(_RECEIVE_WORDS):
            for m in _RECEIVES.finditer(text):
                backer = self._mention_at(ments, m.end() + off, slack=0)
                client = [x for x in actors if x.end - off <= m.start() and self.type_of(x.entity_id) in _GROUPS + ("Person",)
                          and not rx.search(r"[;]|\b(?:said|says|say|told)\b", text[x.end - off: m.start()])
                          and not self._modifier(ments, x.entity_id, text, off) and not self._adjective(x, text, off)]
                if backer and client and backer != client[-1].entity_id and self.type_of(backer) in ACTOR_TYPES:
                    what = m.group().lower()
                    support = [k for k, words in (("funds", ("money", "fund", "cash", "financ")), ("arms", ("weapon", "arms", "drone", "missile", "rocket", "ammunition", "explosive", "equipment")),
                                                  ("trains", ("training",))) if any(w in what for w in words)]
                    attrs = {"support": support} if support else {}
                    if "orders" in what or "instructions" in what or "guidance" in what:
                        attrs["control"] = "directed"
                    self._add(s, backer, "backs", client[-1].entity_id, frames, m.start(), attrs=attrs)
        if not keys.isdisjoint(_PROXY_WORDS):
            for x in actors:
                if x.kind != "demonym" or self.type_of(x.entity_id) != "State":
                    continue
                m = _PROXY_ADJ.match(text, x.end - off)
                if not m:
                    continue
                lead = text[: x.start - off]
                head = rx.ends_with(r",\s+(?:an?|the|one\s+of\s+(?:the|several|many))\s+$|\b(?:is|are|was|were|as|remains)\s+(?:an?|one\s+of\s+(?:the|several|many))\s+(?:[\w-]+\s+)?$", lead, words=5)
                if head is None:
                    client = []
                elif head.group().startswith(","):  # "the Houthis, an Iranian proxy"
                    client = [y for y in actors if y.end - off == head.start() and self.type_of(y.entity_id) in _GROUPS]
                else:  # "Nujaba is an Iranian proxy"
                    client = [y for y in actors if y.end - off <= head.start() and self.type_of(y.entity_id) in _GROUPS
                              and not rx.search(r"[,;]", text[y.end - off: head.start()])]
                after = rx.match(r"\s*(?:,\s*)?(?:such\s+as|including|like|among\s+them)\s+(?:the\s+)?", text[m.end():])
                named = self._mention_at(ments, m.end() + after.end() + off, slack=0) if after else None
                found = [client[-1].entity_id] if client else []
                if named and self.type_of(named) in _GROUPS:
                    found += [named, *[c for c in self._conjuncts(s, ments, named) if self.type_of(c) in _GROUPS]]
                for c in dict.fromkeys(found):
                    if c != x.entity_id:
                        self._add(s, x.entity_id, "backs", c, [], m.start())  # the outlet's label, like "Iran-backed"
        if not keys.isdisjoint(_SAYS_WORDS) and not keys.isdisjoint(_BACKED_PARTICIPLES):
            # "X, which Washington says is backed by Iran": the antecedent is the client, the speaker says so
            for m in rx.finditer(r",\s+(?:which|who|that)\s+(?:[\w.-]+\s+){1,4}?(?:says?|said|claims?|believes?|alleges?)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                                 r"(?:\w+\s+)?(?:backed|supported|funded|armed|sponsored|directed|controlled)\s+by\s+(?:the\s+)?", text):
                client = [x for x in actors if x.end - off == m.start() and self.type_of(x.entity_id) in _GROUPS]
                backer = self._mention_at(ments, m.end() + off, slack=0)
                if client and backer and backer != client[0].entity_id and self.type_of(backer) in ACTOR_TYPES:
                    self._add(s, backer, "backs", client[0].entity_id, frames, m.end() - 1)
        if not keys.isdisjoint(_ALL_OF_WORDS) and not keys.isdisjoint(_MEMBER_WORDS):
            for m in _BOTH.finditer(text):
                coal = self._mention_at(ments, m.end() + off, slack=0)
                if coal is None or self.type_of(coal) not in _GROUPS:
                    continue
                last = [x for x in actors if x.end - off == m.start()]
                if not last:
                    continue
                members = [y.entity_id for y in actors if y.end - off <= m.start() and y.start - off >= 0
                           and rx.fullmatch(r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?(?:[\w’'-]+(?:\s+[\w’'-]+){0,5})?)*", text[y.end - off: m.start()])
                           and not rx.search(r"[;.]|\b(?:with|against|on|at|by|said|says)\b", text[y.end - off: m.start()])]
                for y in dict.fromkeys(members):
                    if y != coal and self.type_of(y) in _GROUPS:
                        self._add(s, y, "member_of", coal, frames, m.start())
        if "under" in keys and not keys.isdisjoint(_UMBRELLA_WORDS):
            for m in _UMBRELLA.finditer(text):
                body = self._mention_at(ments, m.end() + off, slack=0)
                if not body:
                    continue
                if not rx.search(r"(?:umbrella|banner|command|wing)\s+of\s+(?:the\s+)?$", m.group()) and not rx.match(r"(?:['’]s)?\s*(?:umbrella|banner)\b", text[self._end_after(ments, m.end() + off, body) - off:]):
                    continue
                who = [x for x in actors if x.end - off <= m.start() and self.type_of(x.entity_id) in _GROUPS
                       and not rx.search(r"[;,]", text[x.end - off: m.start()])]
                if not who or who[-1].entity_id == body:
                    continue
                t = self.type_of(body)
                if t == "Coalition" or t == "ArmedGroup" and self.type_of(who[-1].entity_id) == "ArmedGroup":
                    self._add(s, who[-1].entity_id, "member_of", body, frames, m.start())
                elif t == "StateOrgan" and self.type_of(who[-1].entity_id) == "ArmedGroup":
                    self._add(s, who[-1].entity_id, "part_of", body, frames, m.start())
        if "sanctions" in keys:
            for m in _UNDER_SANCTIONS.finditer(text):
                target = [x for x in actors if x.end - off <= m.start() and self.type_of(x.entity_id) in ACTOR_TYPES - {"State"}
                          and not rx.search(r"[;,]", text[x.end - off: m.start()])]
                who = self._mention_at(ments, m.start("who") + off, slack=0) if m["who"] else None
                if who is None:
                    by = rx.match(r"\s+(?:imposed\s+)?by\s+(?:the\s+)?", text[m.end():])
                    who = self._mention_at(ments, m.end() + by.end() + off, slack=0) if by else None
                if target and who and self.type_of(who) in ("State", "StateOrgan") and who != target[-1].entity_id:
                    self._add(s, who, "sanctioned", target[-1].entity_id, frames, m.start())
        if not keys.isdisjoint(_DESIGNATED_WORDS):
            for m in _WHICH_DESIGNATED.finditer(text):
                target = [x for x in actors if x.end - off == m.start() and self.type_of(x.entity_id) in ACTOR_TYPES - {"State"}]
                who = self._mention_at(ments, m.start("who") + off, slack=0)
                if target and who and self.type_of(who) in ("State", "StateOrgan") and who != target[0].entity_id:
                    self._add(s, who, "sanctioned", target[0].entity_id, frames, m.start())
        if not keys.isdisjoint(_SUPPLY_WORDS) and "to" in keys:
            for x in actors:
                m = _SUPPLIES_TO.match(text, x.end - off)
                if not m or self.type_of(x.entity_id) not in ("State", "StateOrgan", "ArmedGroup", "Person") or self._adjective(x, text, off) \
                        or self._modifier(ments, x.entity_id, text, off):
                    continue
                before = text[max(0, x.start - off - 40): x.start - off]
                if not (rx.search(_SUPPLY_WORD, m["what"]) or rx.search(rf"{_SUPPLY}\s+(?:that|which)\s+(?:the\s+)?$", before)):
                    continue
                client = self._mention_at(ments, m.end() + off, slack=0)
                if client and client != x.entity_id and self.type_of(client) in _GROUPS:
                    what = (m["what"] + " " + before).lower()
                    support = [k for k, words in (("funds", ("money", "fund", "cash", "financ")), ("arms", ("weapon", "arms", "drone", "missile", "rocket", "ammunition", "explosive")))
                               if any(w in what for w in words)]
                    self._add(s, x.entity_id, "backs", client, frames, m.start(), attrs={"support": support} if support else {})
        if not keys.isdisjoint(_MEMBER_ROLES):
            for m in _HAD_BEEN.finditer(text):
                g = self._mention_at(ments, m.end() + off, slack=0)
                if g is None or self.type_of(g) not in _GROUPS:
                    continue
                if m["he"]:  # "he had been a member of": the person the last sentences were about
                    p = self._recent(("Person",), before=off + m.start())
                else:
                    p = next((x.entity_id for x in ments if x.end - off <= m.start() and m.start() - (x.end - off) <= 1 and self.type_of(x.entity_id) == "Person"), None)
                if p and p != g:
                    self._add(s, p, "member_of", g, frames, m.start())
        if not keys.isdisjoint(_CLOSE_WORDS) and "to" in keys:
            for x in actors:
                if self.type_of(x.entity_id) not in _GROUPS or self._adjective(x, text, off) or self._modifier(ments, x.entity_id, text, off):
                    continue
                m = _CLOSE_TO.match(text, x.end - off)
                patron = self._mention_at(ments, m.end() + off, slack=0) if m else None
                if patron and patron != x.entity_id and self.type_of(patron) in ("State", "StateOrgan"):
                    self._add(s, patron, "backs", x.entity_id, frames, m.start(), attrs={"control": "aligned"})
        if not keys.isdisjoint(_SUPPORTED_PARTICIPLES) and subject and self.type_of(subject) in _GROUPS:
            m = _PRONOUN_BACKED.match(text)
            backer = self._mention_at(ments, m.end() + off, slack=0) if m else None
            if backer and backer != subject and self.type_of(backer) in ACTOR_TYPES:
                self._add(s, backer, "backs", subject, frames, m.start())
        if not keys.isdisjoint(_BACKING_VERBS) and ", wh" in text:
            for m in _WHICH_BACKS.finditer(text):
                client = [x for x in actors if x.end - off == m.start() and self.type_of(x.entity_id) in _GROUPS]
                backer = self._mention_at(ments, m.start("who") + off, slack=0)
                if client and backer and backer != client[0].entity_id and self.type_of(backer) in ("State", "StateOrgan", "ArmedGroup", "Coalition"):
                    self._add(s, backer, "backs", client[0].entity_id, frames, m.start())
        if not keys.isdisjoint(_LED_WORDS) and "by" in keys:
            for x in actors:
                if self.type_of(x.entity_id) not in _GROUPS + ("Organization",):
                    continue
                m = _LED_BY.match(text, x.end - off)
                p = self._mention_at(ments, m.end() + off, slack=0) if m else None
                if p and self.type_of(p) == "Person":
                    self._add(s, p, "member_of" if m["v"] == "commanded" else "leads", x.entity_id, frames, m.start())
        if "sanctions" in keys and not keys.isdisjoint(_PURPOSE_WORDS):
            for m in _SANCTIONS_AT.finditer(text):
                target = self._mention_at(ments, m.end() + off, slack=12)
                states = [x for x in actors if x.end - off <= m.start() and self.type_of(x.entity_id) in ("State", "StateOrgan")
                          and not self._adjective(x, text, off) and not rx.ends_with(r"\b(?:in|at|on|of|from|to|by|with|against|for)\s+(?:the\s+)?$", text[: x.start - off])
                          and not rx.search(r"[;.]", text[x.end - off: m.start()])]
                if target and states and self.type_of(target) in ACTOR_TYPES - {"State"}:
                    by = [states[0]]  # the subject, and those joined to it by "and"
                    for y in states[1:]:
                        if rx.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", text[by[-1].end - off: y.start - off]):
                            by.append(y)
                    for who in dict.fromkeys(y.entity_id for y in by):
                        if who != target:
                            self._add(s, who, "sanctioned", target, frames, m.start())
        if not keys.isdisjoint(_SANCTIONED_WORDS) and "by" in keys:
            for x in actors:
                m = _SANCTIONED_BY.match(text, x.end - off)
                if not m or self.type_of(x.entity_id) == "State":
                    continue
                who = self._mention_at(ments, m.end() + off, slack=0)
                if who and who != x.entity_id and self.type_of(who) in ("State", "StateOrgan"):
                    self._add(s, who, "sanctioned", x.entity_id, frames, m.start())
        if "-" in text and "pro" in keys:
            for x in actors:  # "the pro-Iranian militia X", "a pro-Iran group, X": the outlet's label, like "Iran-aligned"
                if self.type_of(x.entity_id) == "State" and text[max(0, x.start - off - 4): x.start - off].lower() == "pro-":
                    client = self._backed_object(s, x.end - off, ments)
                    if client and client != x.entity_id:
                        self._add(s, x.entity_id, "backs", client, [], x.start - off, attrs={"control": "aligned"})
        if not keys.isdisjoint(_ALIGNED_WORDS):
            for x in actors:
                if self.type_of(x.entity_id) not in _GROUPS or self._adjective(x, text, off) or self._modifier(ments, x.entity_id, text, off):
                    continue
                m = _ALIGNED_WITH.match(text, x.end - off)
                patron = self._mention_at(ments, m.end() + off, slack=0) if m else None
                if patron is None:
                    m = _IS_COMPOUND.match(text, x.end - off)
                    patron = self._mention_at(ments, m.end() + off, slack=0) if m else None
                if patron and patron != x.entity_id and self.type_of(patron) in ("State", "StateOrgan"):
                    self._add(s, patron, "backs", x.entity_id, frames, m.start(), attrs={"control": "aligned"})
        if "accused" in keys:
            for x in actors:
                m = _ACCUSED_OF.match(text, x.end - off)
                if not m or self._adjective(x, text, off) or self._modifier(ments, x.entity_id, text, off):
                    continue
                by = self._mention_at(ments, m.start("by") + off, slack=0) if m["by"] else None
                frame = Frame(0, 0, by, "blamed", "accused", "blame") if by else Frame(0, 0, "reporter", "reported", "accused", "speech", anonymous=True)
                if m["what"] in ("carrying out", "launching", "staging", "orchestrating", "being behind", "ordering") or rx.match(r"(?:carrying|being)", m["what"]):
                    ev = self._event_ref(getattr(self, "_cur_evs", []), m.end(), off)
                    if ev is not None:
                        self._add(s, x.entity_id, "perpetrated", ev, frames, m.start(), core=True, frame=frame)
                    continue
                client = self._mention_at(ments, m.end() + off, slack=0)
                if client and client != x.entity_id and self.type_of(client) in ACTOR_TYPES and self.type_of(x.entity_id) in ACTOR_TYPES:
                    self._add(s, x.entity_id, "backs", client, frames, m.start(), core=True, frame=frame)
        if not keys.isdisjoint(_ACCUSATION_NOUNS):
            for m in _CHARGE_DENIED.finditer(text):
                # "Turkey blamed the attack on X, a charge the group denied": X denies what it was blamed for
                who = self._mention_at(ments, m.start("who") + off, slack=0)
                blamed = [r for r in self.raw if r[5] is s and r[1] in ("perpetrated", "backs") and r[4] in ("blamed", "suspected")]
                if who is None or not blamed:
                    continue
                r = next((r for r in reversed(blamed) if r[0] == who), None) or blamed[-1]
                self._add(s, r[0] if who != r[0] and self.type_of(who) not in ACTOR_TYPES else who, r[1], r[2], frames, m.start(), core=True,
                          attrs=r[6], frame=Frame(0, 0, who, "denied", "denied", "deny"))
        if not keys.isdisjoint(_ALLY_WORDS):
            for m in _IS_ALLY.finditer(text):
                owner = self._mention_at(ments, m.start("who") + off, slack=0)
                subj = [x for x in actors if x.end - off <= m.start() and not rx.search(r"[;,]", text[x.end - off: m.start()])
                        and not self._modifier(ments, x.entity_id, text, off) and not self._adjective(x, text, off)]
                if owner and subj and owner != subj[-1].entity_id and self.type_of(owner) in ACTOR_TYPES:
                    self._add(s, subj[-1].entity_id, "allied_with", owner, frames, m.start())
