"""One article into entities and claims: the extraction pipeline.

``extract(article, known_entities)`` reads the sentences, finds the entities (known ones through
the gazetteer, new ones typed from context), the events with their actor, place, target, date and
toll, and the claims each sentence makes with its claimant and modality. Nothing here writes: the
result is an :class:`Extraction` that prints as JSON or turns into records for the graph.

>>> from proxygraph.ontology import Entity
>>> from proxygraph.loaders.articles.text import parse_article
>>> known = [Entity("iran", "State", "Iran"), Entity("houthis", "ArmedGroup", "Houthis", ("Houthi",))]
>>> x = extract(parse_article("published: 2024-02-08\\n\\nThe Iranian-backed Houthis seized a ship."), known)
>>> ('iran', 'backs', 'houthis', 'reporter', 'asserted') in {c.key for c in x.claims}
True
"""

from __future__ import annotations

import functools
import operator
import re
from collections import Counter
from collections.abc import Iterable

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.dates import TimeRef, find_dates
from proxygraph.loaders.articles.event_pass import EventPass
from proxygraph.loaders.articles.events import EventMention
from proxygraph.loaders.articles.frames import Frame, find_frames
from proxygraph.loaders.articles.gazetteer import DEMONYMS, Gazetteer, tokenize
from proxygraph.loaders.articles.mentions import Mention, find_mentions
from proxygraph.loaders.articles.patterns import (
    _ACTOR_NOUNS,
    _DATE_CUES,
    _EVENT_CUES,
    _FRAME_CUES,
    _NOMINAL,
    ACTOR_TYPES,
    CORE,
    EVENT_TYPES,
    GRADES,
    PLACE_TYPES,
)
from proxygraph.loaders.articles.relations import RelationPass
from proxygraph.loaders.articles.resolve import claims_of, resolve_events
from proxygraph.loaders.articles.result import Extraction, XClaim, XEntity
from proxygraph.loaders.articles.text import Article, Sentence, sentences
from proxygraph.ontology import Entity, load_ontology, slugify

__all__ = ["Extraction", "XEntity", "XClaim", "extract", "GRADES"]

_slug = functools.lru_cache(maxsize=8192)(slugify)  # a new name's id, asked for at each of its mentions
_PERSON_NOMINAL = re.compile(r"\b[Tt]he\s+(?:slain\s+|dead\s+|senior\s+|top\s+)?(?:commander|leader|cleric)\b")
_KEY, _BASE, _FIRST = operator.attrgetter("key"), operator.attrgetter("base"), operator.itemgetter(slice(None, 1))
_EID = operator.attrgetter("entity_id")
# the words before a mention that make it no subject ("Since the Hamas attack ..."): a match holds at
# most three words and ends the text, so it is looked for among the last three only (rx.ends_with)
_NOT_SUBJECT = rx.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Ii]n|[Oo]n|[Aa]t|[Ff]or|[Ff]rom|[Ww]ith|[Bb]y|[Oo]f|[Tt]o|[Aa]gainst|[Nn]ear|[Ff]ollowing|[Dd]uring|[Aa]mid)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$")
_ORGAN_NOMINAL = re.compile(r"\b[Tt]he\s+(?P<noun>department|ministry|agency|administration|command)\b(?!\s+of\b)")


class _Types(dict):
    """Entity id -> type, kept once asked for (an entity's type does not change); an id not known
    (yet) is an "Event", not kept: a new name's id may be added later."""

    __slots__ = ("ents", "known")

    def __init__(self, ents: dict, known: dict):
        super().__init__()
        self.ents, self.known = ents, known

    def __missing__(self, eid):
        e = self.ents.get(eid) or self.known.get(eid)
        if e is None:
            return "Event"
        t = self[eid] = e.type
        return t


class _Run(EventPass, RelationPass):
    """The state of one article's extraction."""

    def __init__(self, article: Article, gaz: Gazetteer):
        self.article = article
        self.gaz = gaz
        self.onto = load_ontology()
        self.ents: dict[str, XEntity] = {}
        self.raw: list[tuple] = []          # (s, p, o, claimant, modality, sentence, attrs, valid_from)
        self.events: list[EventMention] = []
        self.dates: list[TimeRef] = []
        self.subjects: list[str | None] = []
        self.counts: Counter = Counter()
        self._state_cache: dict[str, str | None] = {}
        self._types = _Types(self.ents, gaz.entities)
        self.type_of = self._types.__getitem__
        self._cur_ments: list[Mention] = []
        self._cur_subject: str | None = None
        self._keys: set[str] = set()
        self._sent_starts: list[int] = [0]
        self._frames_hint: list[Frame] = []

    # -- entities ---------------------------------------------------------------------------------
    # type_of(eid): an entity's type, "Event" for an id not known (yet); an instance attribute, the
    # _Types map's own lookup (asked about a thousand times an article: no Python call when known)
    type_of = None

    def note(self, m: Mention) -> str | None:
        if m.entity_id:
            eid = m.entity_id
            if eid not in self.ents:
                e = self.gaz.entities[eid]
                self.ents[eid] = XEntity(eid, e.name, e.type, False)
        else:
            eid = self._new_id(m)
            if eid is None:
                return None
        self.ents[eid].mentions.append((m.text, m.start, m.end))
        m.entity_id = eid
        return eid

    def _new_id(self, m: Mention) -> str | None:
        slug = _slug(m.name)
        for e in self.ents.values():   # "al-Saadi" after "Wisam al-Saadi": the same new person
            if e.new and e.type == m.type and (e.id == slug or (m.type == "Person" and e.id.endswith("-" + slug))):
                return e.id
        known = self.gaz.entities.get(slug)
        if known is not None and known.type == m.type:  # loaded before from another article
            self.ents.setdefault(slug, XEntity(slug, known.name, known.type, False))
            return slug
        if known is not None:
            slug = f"{slug}-{m.type.lower()}"
        self.ents.setdefault(slug, XEntity(slug, m.name, m.type, True))
        return slug

    # -- the pass over sentences ----------------------------------------------------------------------
    def run(self, sents: list[Sentence]) -> None:
        views = []
        toks_of = {}
        self._sent_starts = [s.start for s in sents] or [0]
        acronyms: dict[str, tuple] = {}  # "(PKK)" defined in one sentence names the same entity in the next
        for s in sents:
            toks = toks_of[s.index] = tokenize(s.text, s.start)
            ments = find_mentions(s.text, s.start, self.gaz, toks, acronyms)
            for m in ments:
                if self.note(m):
                    self.counts[m.entity_id] += 1
            views.append((s, ments))
        self.main_group = next((e for e, _ in self.counts.most_common() if self.type_of(e) in ("ArmedGroup",)), None)
        prev_subject = None
        by_start = operator.attrgetter("start")
        for s, ments in views:
            toks = toks_of[s.index]
            keys = self._keys = set(map(_KEY, toks))
            keys.update(map(_BASE, toks))  # "group's" -> group
            ments = [m for m in ments if m.entity_id]
            ments += self._nominals(s, ments)
            ments.sort(key=by_start)
            subject = self._subject(s, ments, prev_subject)
            times = find_dates(s.text, self.article.published, s.start) if not keys.isdisjoint(_DATE_CUES) or any(map(str.isdigit, map(_FIRST, keys))) else []
            self.dates.extend(times)
            self._frames_hint = find_frames(s.text, self._speaker(s, ments), subject) if not keys.isdisjoint(_FRAME_CUES) else []
            self._fix_speakers(s, self._frames_hint)
            evs = self._events(s, ments, times, subject) if not keys.isdisjoint(_EVENT_CUES) or not EVENT_TYPES.isdisjoint(map(self.type_of, map(_EID, ments))) else []
            frames = self._frames_hint
            self._cur_ments = ments
            self._keys = keys
            self._cur_subject = subject
            self._relations(s, ments, evs, frames, subject)
            prev_subject = subject or prev_subject
            self.subjects.append(subject)

    def _fix_speakers(self, s: Sentence, frames: list[Frame]) -> None:
        """ "he said" is the last person named; a blame reported by a named speaker is that speaker's."""
        person = None
        for f in frames:
            if rx.fullmatch(r"\s*(?:he|she)\b\s*(?:\w+\s*)?", s.text[f.speaker_start: f.speaker_end], re.I):
                person = person or self._last_speaker(s) or self._recent(("Person",), before=s.start)
                if person:
                    f.claimant, f.anonymous = person, False
                    f.modality = "asserted" if f.modality == "reported" else f.modality
        for f in frames:
            if f.kind in ("blame", "suspect", "deny"):
                outer = [g for g in frames if g.kind == "speech" and g.start <= f.speaker_start < g.end and not g.anonymous
                         and g.claimant != "reporter" and g is not f]
                if outer:
                    # "He said the Iraqi armed forces held the coalition responsible"; "Afif said the group denies ..."
                    f.actor, f.claimant = f.claimant, outer[-1].claimant

    def _last_speaker(self, s: Sentence) -> str | None:
        """ "he said" continues the person quoted in the last few sentences, not the last one named
        (often the dead man the story is about)."""
        for r in reversed(self.raw):
            if r[5].index < s.index - 3:
                break
            if r[3] != "reporter" and self.type_of(r[3]) == "Person":
                return r[3]
        return None

    def _nominals(self, s: Sentence, ments: list[Mention]) -> list[Mention]:
        out = []
        sites = not self._keys.isdisjoint(("base", "outpost", "garrison", "airbase", "vessel", "ship", "tanker"))
        for m in (rx.finditer(r"\b(?:the|this)\s+(?:air\s+)?(?:base|outpost|garrison|airbase|vessel|ship|tanker)\b", s.text, re.I) if sites else ()):
            a, b = m.start() + s.start, m.end() + s.start
            if any(x.start < b and a < x.end for x in ments):
                continue
            if rx.match(r",?\s+(?:known\s+as|called|named)\b", s.text[m.end():]):
                continue
            eid = self._salient(("Site",), before=a, since=self._sent_starts[max(0, s.index - 3)])
            if eid:
                out.append(Mention(a, b, m.group(), "nominal", eid))
        nouns = not self._keys.isdisjoint(("group", "militia", "movement", "rebel", "rebels", "militants", "organisation", "organization",
                              "faction", "umbrella", "coalition"))
        for m in (_NOMINAL.finditer(s.text) if nouns else ()):
            a, b = m.start() + s.start, m.end() + s.start
            if any(x.start < b and a < x.end and (self.type_of(x.entity_id) in ("ArmedGroup", "Coalition") or not (x.kind == "demonym" or self._modifier(ments, x.entity_id, s.text, s.start))) for x in ments):
                continue
            noun = m["noun"].lower()
            want = ("Coalition",) if "umbrella" in noun or "coalition" in noun else ("ArmedGroup", "Coalition")
            if m["det"].lower() in ("a", "an"):
                continue
            eid = self._national_referent(s.text, m, want, a) or self._salient(want, before=a, since=self._sent_starts[max(0, s.index - 2)])
            if eid:
                out.append(Mention(a, b, m.group(), "nominal", eid))
                self.ents[eid].mentions.append((m.group(), a, b))
        chiefs = not self._keys.isdisjoint(("commander", "leader", "cleric"))
        for m in (_PERSON_NOMINAL.finditer(s.text) if chiefs else ()):
            # "the commander it targeted": the person the last sentences were about
            a, b = m.start() + s.start, m.end() + s.start
            if any(x.start < b and a < x.end for x in ments) or rx.match(r"\s+(?:of|in)\b", s.text[m.end():]):
                continue
            eid = self._salient(("Person",), before=a, since=self._sent_starts[max(0, s.index - 3)])
            if eid:
                out.append(Mention(a, b, m.group(), "nominal", eid))
                self.ents[eid].mentions.append((m.group(), a, b))
        organs = not self._keys.isdisjoint(("department", "ministry", "agency", "administration", "command"))
        for m in (_ORGAN_NOMINAL.finditer(s.text) if organs else ()):
            # "the department", "the ministry": the state organ of that kind named last
            a, b = m.start() + s.start, m.end() + s.start
            if any(x.start < b and a < x.end for x in ments):
                continue
            noun = m["noun"].lower()
            organs = [(max(st for _, st, _ in e.mentions if st < a), eid) for eid, e in self.ents.items()
                      if e.type == "StateOrgan" and noun in e.name.lower() and any(st < a for _, st, _ in e.mentions)]
            if organs:
                eid = max(organs)[1]
                out.append(Mention(a, b, m.group(), "nominal", eid))
                self.ents[eid].mentions.append((m.group(), a, b))
        return out

    def _recent(self, types, before: int, current: list[Mention] | None = None) -> str | None:
        best = None
        for eid, e in self.ents.items():
            if e.type not in types:
                continue
            starts = [st for _, st, _ in e.mentions if st < before]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), eid)
        return best[1] if best else None

    def _salient(self, types, before: int, since: int) -> str | None:
        """The group of `types` named most in the article, among those named since `since`."""
        near = [eid for eid, e in self.ents.items() if e.type in types and any(since <= st < before for _, st, _ in e.mentions)]
        if not near:
            return self._recent(types, before)
        return max(near, key=lambda eid: (sum(1 for _, st, _ in self.ents[eid].mentions if st < before),
                                          max(st for _, st, _ in self.ents[eid].mentions if st < before)))

    def _subject(self, s: Sentence, ments: list[Mention], prev: str | None) -> str | None:
        if s.text.startswith(("It", "They", "He", "She")) and rx.match(r"(It|They|He|She)\b", s.text):
            return prev
        for m in ments:
            if rx.ends_with(_NOT_SUBJECT, s.text[max(0, m.start - s.start - 30): m.start - s.start]):
                continue  # "Since the Hamas attack on Israel they have fired ...": not the subject
            if self.type_of(m.entity_id) in ACTOR_TYPES and m.start - s.start < 60:
                # "The US military's central command": the head of a possessive chain
                possessive = rx.match(r"^['’]s\b", s.text[m.end - s.start:])
                nxt = [x for x in ments if x.start > m.start and x.start - m.end < 25] if possessive else []
                if nxt and self.type_of(nxt[0].entity_id) in ACTOR_TYPES:
                    return nxt[0].entity_id
                return m.entity_id
        return None

    def _speaker(self, s: Sentence, ments: list[Mention]):
        def speaker_at(a: int, b: int, first: bool = False, person: bool = False) -> str | None:
            inside = [m for m in ments if a <= m.start - s.start and m.end - s.start <= b and self.type_of(m.entity_id) in ACTOR_TYPES
                      and (not person or self.type_of(m.entity_id) == "Person")]
            heads = [m for m in inside if not rx.ends_with(r"\b(?:to|at|in|from|for|with|on|against|by)\s+(?:the\s+)?$", s.text[: m.start - s.start])]
            lo = max(a, b - 90)
            appo = None if first else rx.search(r",\s+[^,]{1,80},\s*$", s.text[lo:b])
            if appo and not any(self.type_of(m.entity_id) == "Person" and m.start - s.start >= lo + appo.start() for m in inside):
                # "Abu Hussein al-Hamidawi, the secretary-general of Kataib Hezbollah, said": the
                # apposition describes the speaker, who is the name before it (but "Iran's
                # ambassador, Hossein Akbari, said": a name in the apposition is the speaker)
                before = [m for m in (heads or inside) if m.end - s.start <= lo + appo.start()]
                heads, inside = before or heads, before or inside
            found = [m.entity_id for m in (heads or inside)]
            if not found:
                return None
            return found[0] if first else found[-1]
        return speaker_at

    # -- events ----------------------------------------------------------------------------------------------
    def _adjective(self, m: Mention, text: str, off: int) -> bool:
        """A demonym used as a plain adjective ("Iranian targets"), not as an actor ("US forces")."""
        if m.kind != "demonym":
            return False
        nxt = rx.match(r"\s+([a-z][\w-]*)", text[m.end - off:])
        if nxt and nxt[1] in ("and", "or"):
            after = rx.match(r"\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w.-]*\s+([a-z][\w-]*)", text[m.end - off:])
            return bool(after) and after[1] not in _ACTOR_NOUNS
        return bool(nxt) and nxt[1] not in _ACTOR_NOUNS

    def _conjuncts(self, s, ments: list[Mention], eid: str) -> list[str]:
        """Mentions joined to the one of `eid` by "and", commas or "as well as" (an apposition skipped)."""
        off, text = s.start, s.text
        out = []
        end = self._end_of(ments, eid)
        for _ in range(6):
            rest = text[end - off:]
            m = rx.match(r"(?:,\s+the\s+[^,;]{0,60},)?\s*(?:,\s*and\s+|,\s*|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?", rest)
            if not m:
                break
            nxt = next((x for x in ments if x.start == end + m.end()), None)
            if nxt is None:
                break
            out.append(nxt.entity_id)
            end = nxt.end
            tail = rx.match(r"\s+in\s+[A-Z][\w-]+", text[end - off:])  # "Hezbollah in Lebanon"
            if tail:
                end += tail.end()
        return out

    def _modifier(self, ments: list[Mention], eid: str, text: str, off: int) -> bool:
        """Is the mention of `eid` a modifier ("Iranian-backed", "US-led") rather than a head?"""
        if "-" not in text:
            return False
        for m in ments:  # a loop, not any(...): this is asked for every mention near every event
            if m.entity_id == eid and text[m.end - off: m.end - off + 1] == "-":
                return True
        return False

    def _mention_at(self, ments: list[Mention], pos: int, slack: int = 0) -> str | None:
        for i, m in enumerate(ments):
            if pos <= m.start <= pos + slack + 1 or m.start <= pos < m.end:
                nxt = ments[i + 1] if i + 1 < len(ments) else None
                if nxt is not None and m.text.endswith(("'s", "’s")) and 0 <= nxt.start - m.end <= 1 and (
                        (self.type_of(nxt.entity_id) in PLACE_TYPES and self.type_of(m.entity_id) in PLACE_TYPES | {"State"})
                        or (self.type_of(nxt.entity_id) in ACTOR_TYPES and self.type_of(m.entity_id) in ACTOR_TYPES)):
                    return nxt.entity_id  # "Iraq's Kurdistan region", "Iran's Quds Force"
                return m.entity_id
        return None

    def _start_of(self, ments: list[Mention], eid: str, after: int = 0) -> int:
        return min((m.start for m in ments if m.entity_id == eid and m.start >= after), default=after)

    def _end_of(self, ments: list[Mention], eid: str) -> int:
        return max(m.end for m in ments if m.entity_id == eid)

    # -- relations -------------------------------------------------------------------------------------------
    def _frame_at(self, frames: list[Frame], pos: int, core: bool) -> Frame | None:
        if any(f.speaker_start <= pos < f.speaker_end and f.kind != "negated" for f in frames):
            return None  # "Yahya Saree, the Houthis' spokesman, said": the description is the reporter's
        inside = [f for f in frames if f.start <= pos < f.end and (core or f.kind not in CORE or f.kind == "negated")]
        return max(inside, key=lambda f: f.start) if inside else None

    def _add(self, s, subj, pred, obj, frames, pos, core=False, attrs=None, frame=None, valid_from=None):
        if subj is None or obj is None:
            return
        f = frame or self._frame_at(frames, pos, core)
        if f is not None and f.kind == "negated":
            return
        if frame is None and f is not None:
            for twin in frames:  # "Tehran and Damascus both blamed it on Israel": one claim per speaker
                if twin is not f and (twin.start, twin.end, twin.verb, twin.kind) == (f.start, f.end, f.verb, f.kind):
                    self._add(s, subj, pred, obj, frames, pos, core, attrs, twin, valid_from)
        claimant, modality = (f.claimant, f.modality) if f else ("reporter", "asserted")
        if modality == "denied" and not core:
            f = self._frame_at([x for x in frames if x.kind != "deny"], pos, False)
            claimant, modality = (f.claimant, f.modality) if f else ("reporter", "asserted")
        if f is not None and claimant != "reporter" and modality == "asserted" and self.type_of(claimant) == "Organization" \
                and rx.match(r"report", f.verb, re.I):
            modality = "reported"  # "the Wall Street Journal reported, citing ..."
        if pred == "perpetrated" and f is not None and f.kind == "speech" and claimant != "reporter" and modality == "asserted":
            # a named claimant saying who did it: its own act, or an accusation (docs/articles.md)
            modality = "claimed_responsibility" if self._own_act(s, f, subj, claimant) else "blamed"
        self.raw.append((subj, pred, obj, claimant, modality, s, dict(attrs or {}), valid_from))

    def _own_act(self, s, f: Frame, agent, claimant: str) -> bool:
        if not isinstance(agent, str):
            return False
        if agent in (claimant, self.gaz.affiliations.get(claimant)) or self._state_of(agent) and self._state_of(agent) == self._state_of(claimant):
            return True  # "Yahya Saree said the Houthis fired ...": a spokesman for the group that did it
        off = s.start
        speaker = [m.entity_id for m in self._cur_ments if f.speaker_start <= m.start - off and m.end - off <= f.speaker_end]
        return any(e == agent or (self._state_of(e) and self._state_of(e) == self._state_of(agent)) for e in speaker)

    def same_side(self, a: str, b: str) -> bool:
        """Is `a` the same actor as `b`, or an organ of the same state ("US Central Command", "the US")?"""
        return a == b or (self._state_of(a) is not None and self._state_of(a) == self._state_of(b))

    def _state_of(self, eid: str) -> str | None:
        """The state an actor belongs to, when its name says so ("US Central Command" -> the US)."""
        t = self.type_of(eid)
        if t == "State":
            return eid
        if t == "Person":  # a named official stands for the state the reference data links them to
            org = self.gaz.affiliations.get(eid)
            return self._state_of(org) if org and org != eid else None
        if t != "StateOrgan":
            return None
        if eid in self._state_cache:
            return self._state_cache[eid]
        e = self.gaz.entities.get(eid) or self.ents.get(eid)
        names = [e.name, *getattr(e, "aliases", ())] if e else []
        words = {w.lower() for n in names for w in rx.findall(r"[\w.]+", n)}
        found = None
        for w in words:
            ids = self.gaz.by_name(DEMONYMS.get(w.rstrip("."), w)) if w else []
            if ids and self.type_of(ids[0]) == "State":
                found = ids[0]
                break
        self._state_cache[eid] = found
        return found

# --------------------------------------------------------------------------------------------------
def extract(article: Article, known: Iterable[Entity] | Gazetteer = ()) -> Extraction:
    """Entities, events and claims of one article; `known` are the graph's entities (or a gazetteer)."""
    gaz = known if isinstance(known, Gazetteer) else Gazetteer(known)
    run = _Run(article, gaz)
    warnings = []
    sents = sentences(article)
    if not sents:
        warnings.append("no content: the file has no sentences once page furniture is removed")
    if article.truncated:
        warnings.append("the text ends mid-sentence; the file may be truncated")
    run.run(sents)
    event_ids = resolve_events(run)
    claims = claims_of(run, event_ids)
    used = {c.subject for c in claims} | {c.object for c in claims} | {c.claimant for c in claims}
    ents = [e for e in run.ents.values() if e.mentions and (e.type not in EVENT_TYPES or e.id in used or not e.new or e.type == "Designation")]
    listed = {x.id for x in ents}
    ents += [e for e in run.event_entities.values() if e.id not in listed and (e.id in used or not e.new)]
    for e in ents:
        e.mentions.sort(key=lambda m: m[1])
    if article.published is None and any(not d.earliest for d in run.dates):
        warnings.append("relative dates are unresolved: no publication date (give --published or a 'published:' header)")
    return Extraction(article, sorted(ents, key=lambda e: (e.mentions[0][1] if e.mentions else 0, e.id)), claims, run.dates, warnings)
