"""After the sentences: merge event mentions into events, match them to known events, and turn the
raw claims into checked, de-duplicated claims with grades, dates and denials."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.events import EventMention, compatible, known_facts, known_pool, score_known, score_prep, shares
from proxygraph.loaders.articles.patterns import ACTOR_TYPES, EVENT_TYPES, GRADES, PLACE_TYPES
from proxygraph.loaders.articles.result import XClaim, XEntity
from proxygraph.ontology import slugify

__all__ = ["resolve_events", "claims_of"]


def resolve_events(run) -> dict[int, str]:
    """Merge the event mentions of the article into events, match them to known ones; index -> id."""
    groups: list[list[EventMention]] = []
    rep: list[EventMention] = []
    # "strikes ... in retaliation for a missile attack": what answers an event is never that event
    apart = {frozenset((id(r[0]), id(r[2]))) for r in run.raw if r[1] == "retaliation_for"}
    answered = {(id(r[0]), id(r[2])) for r in run.raw if r[1] == "retaliation_for"}  # (the answer, what it answers)

    verbal: list[bool] = []  # the group has a mention told by a verb
    recency: list[tuple[int, int]] = []  # (last_sentence, index) of each group, sorted
    spans: dict[int, list[tuple[int, int, int]]] = {}  # sentence -> (start, end, group) of the mentions grouped so far

    def may_join(ev: EventMention, i: int) -> bool:
        return not apart or not any(frozenset((id(ev), id(g))) in apart for g in groups[i])

    for ev in run.events:
        if ev.agent in ev.targets:  # an actor does not strike itself: a misread target
            ev.targets = [t for t in ev.targets if t != ev.agent]
        target = None
        if ev.known:
            target = next((i for i, r in enumerate(rep) if r.known == ev.known), None)
        if target is None:
            # "launched unprecedented attacks": a trigger inside another one's words is the same mention
            target = next((i for a, b, i in spans.get(ev.sentence, ()) if a < ev.end and ev.start < b and not (ev.known and rep[i].known)), None)
            if target is not None and ev.kind == "Conflict" and ev.plural and not rep[target].known:
                rep[target].kind = "Conflict"  # the plural noun says it is a campaign
        # a mention refers to a recent event: the one mentioned last first ("the killing" after a sentence
        # about the strike that killed him, not an older strike told before it)
        # (the last 60, by (last_sentence, index), the latest first: `recency` keeps those pairs sorted)
        lo = len(rep) - 60
        order = [j for _, j in reversed(recency) if j >= lo] if target is None else ()
        if target is None and ev.definite and not ev.known and ev.targets:
            # "the strike hit Jouaiya": the strike told before as hitting that place or site
            hit = {t for t in ev.targets if run.type_of(t) in ("Site", "Settlement")}
            target = next((i for i in order if hit & set(rep[i].targets) and compatible(ev, rep[i], run.type_of, same=run.same_side)
                           and may_join(ev, i)), None) if hit else None
        if target is None and order:
            target = _main_event(run, ev, rep, groups, order, answered, may_join)
        head = _head(ev) if target is None else None
        # (what of the tests below depends on `ev` alone, once: an anaphor is definite and not both dated and
        # attributed; shares() needs one of these of `ev` to find anything in common)
        may_refer = ev.definite and not (ev.time and ev.agent)
        may_share = target is None and bool((ev.agent and (ev.places or ev.targets)) or ev.known or ev.fatalities is not None or ev.injuries is not None
                                            or (ev.time and ev.time.day) or ((ev.places or ev.targets) and ev.time and ev.time.earliest))
        for strict in (True, False):
            if target is not None:
                break
            for i in order:
                r = rep[i]
                if ev.known and r.known:
                    continue
                # "the strike" refers back to a strike before an attack; failing that, to either
                # (a plural anaphor also refers back to an act told by a verb, which has no number: "US forces
                # bombed three facilities ... in the American raids")
                anaphor = may_refer and (ev.plural == r.plural or ((strict or (verbal[i] and ev.agent and r.agent and run.same_side(ev.agent, r.agent))) and ev.plural)) \
                    and not (r.kind == "Conflict" and ev.kind != "Conflict" and not ev.plural)  # "the attack" is not a campaign
                same_kind = anaphor and (head in r.heads if strict else ({ev.kind, r.kind} <= {"Strike", "Attack"} or (ev.kind == r.kind != "Conflict")))
                # (the cheap tests first: all of them are pure)
                if (same_kind or (may_share and shares(ev, r, run.same_side))) and compatible(ev, r, run.type_of, same=run.same_side) and may_join(ev, i):
                    target = i
                    break
        if target is None and not (ev.agent or ev.time or ev.places or ev.known) and ev.kind in ("Strike", "Attack"):
            # "... when missiles hit their vehicle": an unattributed, undated hit right after an event elaborates it
            for i in range(len(rep) - 1, max(-1, len(rep) - 4), -1):
                r = rep[i]
                if r.kind in ("Strike", "Attack") and ev.sentence - r.last_sentence <= 2 and compatible(ev, r, run.type_of, same=run.same_side) \
                        and may_join(ev, i) and not (ev.targets and r.targets and not set(ev.targets) & set(r.targets)) \
                        and not (ev.verb and rx.search(r"\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?$", run.article.text[max(0, ev.start - 30): ev.start])):
                    # (nor is "militants who had fired a missile at the base": the act of those the act before hit)
                    # ("struck two militia sites a day after militants had fired a missile at the air base": what
                    # it hit is not what the act before hit, so it is not that act)
                    target = i
                    break
        if target is None and ev.agent and ev.kind in ("Strike", "Attack") and not (ev.time and ev.time.earliest):
            # "the Houthis said they had hit a vessel in the Gulf. CENTCOM said a drone struck the Genco Picardy":
            # the same actor's undated act in the next sentence tells more of the same act, unless it hit something else
            for i in range(len(rep) - 1, max(-1, len(rep) - 3), -1):
                r = rep[i]
                if r.kind in ("Strike", "Attack") and r.agent and run.same_side(r.agent, ev.agent) and ev.sentence - r.last_sentence == 1 \
                        and not (r.time and r.time.earliest and (r.targets or not ev.targets)) and not (ev.targets and r.targets and not set(ev.targets) & set(r.targets)) \
                        and compatible(ev, r, run.type_of, same=run.same_side) and may_join(ev, i):
                    target = i
                    break
        if target is None and ev.kind in ("Strike", "Attack") and not (ev.time and ev.time.earliest) and not ev.known:
            # "Lloyd's List said the vessel had been hit by two missiles": the attack told before on that ship
            sites = {t for t in ev.targets if run.type_of(t) == "Site"}
            target = next((i for i in order if sites & set(rep[i].targets) and rep[i].kind in ("Strike", "Attack")
                           and compatible(ev, rep[i], run.type_of, same=run.same_side) and may_join(ev, i)), None) if sites else None
        if target is None and ev.agent and ev.kind in ("Strike", "Attack") and not ev.time and not ev.known and not ev.plural \
                and not rx.search(r"\b(?:earlier|previous|prior|last|again|another|other|separate|second|new|since|dozens|scores|hundreds|"
                                  r"repeatedly|times|has|have|years?|months?|weeks|days?|after|before)\b",
                                  run.article.text[max(0, ev.start - 40): ev.end + 40], re.I):
            # "The Israeli military said its jets had hit Houthi targets in the port area": the undated act of
            # the side whose dated act the story tells is that act, unless the text marks it as another one
            main = next((i for i, r in enumerate(rep) if r.kind in ("Strike", "Attack") and r.time and r.time.earliest and not r.plural
                         and r.agent and (run.same_side(r.agent, ev.agent) or ev.agent in r.co_agents)), None)
            if main is not None and compatible(ev, rep[main], run.type_of, same=run.same_side) and may_join(ev, main) \
                    and not any(g.sentence == ev.sentence for g in groups[main]):
                target = main
        if target is None and ev.kind in ("Strike", "Attack") and not (ev.known or ev.agent or ev.time or ev.places or ev.targets or ev.killed
                                                                    or ev.fatalities is not None or ev.injuries is not None or ev.plural):
            # "when it was struck", "abandoned the ship after an attack", "reported an explosion": an act told with
            # nothing of its own is the story's own act, the first dated one the article tells
            main = next((i for i, r in enumerate(rep) if r.kind in ("Strike", "Attack") and r.time and r.time.earliest and not r.plural), None)
            # (not when the sentence already tells the story's act: "The strike followed an attack that ...")
            if main is not None and compatible(ev, rep[main], run.type_of, same=run.same_side) and may_join(ev, main) \
                    and not any(g.sentence == ev.sentence for g in groups[main]):
                target = main
        if target is None:
            groups.append([ev])
            rep.append(_copy(ev))
            rep[-1].last_sentence = ev.sentence
            bisect.insort(recency, (ev.sentence, len(rep) - 1))
            rep[-1].heads = {_head(ev)}
            verbal.append(ev.verb)
        else:
            verbal[target] = verbal[target] or ev.verb
            groups[target].append(ev)
            _merge(rep[target], ev)
            del recency[bisect.bisect_left(recency, (rep[target].last_sentence, target))]
            rep[target].last_sentence = ev.sentence
            bisect.insort(recency, (ev.sentence, target))
            rep[target].heads.add(_head(ev))
        ev.event = target if target is not None else len(groups) - 1
        spans.setdefault(ev.sentence, []).append((ev.start, ev.end, ev.event))
    names, known_events = run.gaz.event_index()
    names = _names_of(rep, names, run) if known_events else {}
    published = run.article.published
    # (each known event with its day, for the first cut of known_pool)
    known_days = [(e, known_facts(e)[2]) for e in known_events]
    ids: dict[int, str] = {}
    run.event_entities = {}
    blamed: set[int] | None = None
    for i, r in enumerate(rep):
        eid = r.known
        if eid is None and known_events and not (r.relative and not (r.time and r.time.earliest)):
            # (an undated act told as hours after another act of the story is news of its own, not a known event)
            specific = frozenset(e for e in {*r.places, *r.targets} if (run.type_of(e) if isinstance(e, str) else None) in ("Site", "Settlement"))
            state = bool(r.agent) and run.type_of(r.agent) == "State"
            group = bool(r.agent) and run.type_of(r.agent) in ("ArmedGroup", "Coalition")
            pool = known_pool(r, known_days, published)
            prep = score_prep(r, names) if pool else None
            scored = sorted(((score_known(r, e, names, specific, state, group, prep), e.id) for e in pool), reverse=True)
            threshold = 1.5 if r.kind == "Conflict" else (3.0 if r.time else 2.0)  # a day we cannot check is no match
            if scored and r.kind != "Conflict" and not (r.time and r.time.earliest) and _old(run.gaz.entities[scored[0][1]], run.article.published):
                threshold += 1.5  # an undated act is news of the last weeks; an older one must fit closely
            if scored and scored[0][0] >= threshold and (len(scored) == 1 or scored[0][0] > scored[1][0]) \
                    and _beyond_date(r, run.gaz.entities[scored[0][1]], names, specific, state, group):
                eid = scored[0][1]
        new = eid is None
        if new and r.kind == "Conflict" and not (r.agent or r.places):
            continue  # "attacks on US forces in the region": too vague to be an event of its own
        if new and r.kind == "Conflict" and not r.targets and not rx.search(r"war|offensive|fire|clash", r.trigger, re.I):
            continue  # "Washington has struck back several times": a campaign is known by whom it hits
        if new and not (r.time or r.places or r.targets or r.killed or r.fatalities is not None):
            # "US strikes" with no when, where or whom is no event of its own; when an act before it
            # was the subject of a blame ("blamed Israel for what it called an assassination"), it is that act
            prior = [j for j in ids if j < i and rep[j].kind in ("Strike", "Attack")] if r.kind in ("Strike", "Attack") else []
            if r.agent:  # the act of the same side told before, else one whose author was not told
                prior = [j for j in prior if rep[j].agent and (run.same_side(r.agent, rep[j].agent) or r.agent in rep[j].co_agents)] or [j for j in prior if not rep[j].agent]
            if blamed is None:  # the event mentions someone is said (not by the outlet) to have carried out
                blamed = {id(x[2]) for x in run.raw if x[1] == "perpetrated" and x[4] != "asserted"}
            if prior and any(id(ev) in blamed for ev in groups[i]):
                ids[i] = ids[prior[-1]]
            continue
        if new:
            eid = _event_slug(run, r)
        ids[i] = eid
        ent = run.ents.get(eid) or run.event_entities.get(eid)
        if ent is None:
            known = run.gaz.entities.get(eid)
            ent = XEntity(eid, known.name if known else _event_name(run, r), known.type if known else r.kind, new)
            run.event_entities[eid] = ent
        for ev in groups[i]:
            if (ev.text, ev.start, ev.end) not in ent.mentions:
                ent.mentions.append((ev.text, ev.start, ev.end))
        if new:
            if r.time and r.time.day:
                ent.properties["date"] = r.time.day
            if r.fatalities is not None:
                ent.properties["fatalities"] = r.fatalities
            if r.injuries is not None:
                ent.properties["injuries"] = r.injuries
    return ids


def _main_event(run, ev: EventMention, rep, groups, order, answered, may_join) -> int | None:
    """A bare "the attack" / "the operation" after a paragraph about an older act the story's act answered
    ("... in retaliation for a strike on its consulate. The April 1 strike killed seven ... Iran's envoy
    described the operation as self-defence", in the next paragraph): news comes back to its own act, the
    first one the article tells; "that attack", or an anaphor with details of its own, is left to the usual rules."""
    if not ev.definite or ev.known or ev.agent or ev.time or ev.places or ev.targets or ev.killed or ev.kind not in ("Strike", "Attack"):
        return None
    if not rx.search(r"\bthe\s+(?:[\w-]+\s+)?$", run.article.text[max(0, ev.start - 20): ev.start]):
        return None  # ("that attack", "Israel's attack")
    main = next((i for i, r in enumerate(rep) if r.kind in ("Strike", "Attack") and r.agent and r.time and r.time.earliest), None)
    if main is None or not compatible(ev, rep[main], run.type_of, same=run.same_side) or not may_join(ev, main):
        return None
    recent = next((i for i in order if compatible(ev, rep[i], run.type_of, same=run.same_side) and may_join(ev, i)
                   and rep[i].kind in ("Strike", "Attack")), None)
    if recent is None or recent == main:
        return None
    older = rep[recent].time and rep[recent].time.earliest and rep[recent].time.latest < rep[main].time.earliest
    answers = any((id(a), id(b)) in answered for a in groups[main] for b in groups[recent])
    # (within the paragraph that tells the older act, "the attack" is still that act)
    new_paragraph = "\n" in run.article.text[max(g.end for g in groups[recent]): ev.start]
    return main if older and answers and new_paragraph else None


def _beyond_date(r: EventMention, entity, names, specific, state: bool, group: bool) -> bool:
    """A known event is only taken when something besides the day fits (an actor, a target, a place,
    the toll or a word of its name): two things happen on most days."""
    if not (r.time and r.time.earliest) or entity.type == "Conflict":
        return True
    undated = _copy(r)
    undated.time = None
    undated.kind = entity.type  # the type was weighed already; here only the details count
    penalty = 0.5 if known_facts(entity)[2] else 0.0  # score_known's charge for a missing day
    return score_known(undated, entity, names, specific, state, group) + penalty > 0


_RECENT_DAYS = 60


def _old(entity, published: dt.date | None) -> bool:
    when = known_facts(entity)[2]
    return bool(published and when and entity.type != "Conflict" and (published - when).days > _RECENT_DAYS)


def _names_of(rep: list[EventMention], known: dict, run) -> dict:
    """Entity id -> its names, for the ids the merged events name (agent, targets, places, dead): what
    ``ChainMap(known, {id: [name] of each new entity})`` gives for them, as a plain dict."""
    new = None
    out: dict = {}
    for r in rep:
        for x in (r.agent, *r.targets, *r.places, *r.killed):
            try:
                if x in out:
                    continue
                if x in known:
                    out[x] = known[x]
                    continue
            except TypeError:  # (not an id: looked up, it fails as it would in the ChainMap)
                continue
            if new is None:
                new = {eid: [e.name] for eid, e in run.ents.items() if e.new}
            if x in new:
                out[x] = new[x]
    return out


def _head(ev: EventMention) -> str:
    """The event's head word, singular: "drone strikes" -> "strike", "struck" -> "strike"."""
    return _head_of(ev.trigger)


@functools.lru_cache(maxsize=4096)
def _head_of(trigger: str) -> str:
    t = trigger.lower().split()[-1] if trigger.strip() else ""
    t = rx.sub(r"(?<=[a-z]{4})s$", "", t)
    return _HEAD_WORDS.get(t, t)


# verbs and synonyms under the noun a later "the strike" / "the attack" would use
_HEAD_WORDS = {"struck": "strike", "airstrike": "strike", "bombed": "strike", "bombing": "strike", "bombardment": "strike",
               "attacked": "attack", "attacking": "attack", "hit": "attack", "raided": "raid",
               # "a bomb exploded" / "a car bomb went off" / "the blast" / "the explosion": one bombing
               "blast": "strike", "explosion": "strike", "exploded": "strike", "detonated": "strike", "off": "strike", "up": "strike",
               "stormed": "attack", "ambushed": "ambush", "dead": "attack", "striking": "strike"}


def _copy(ev: EventMention) -> EventMention:
    c = EventMention.__new__(EventMention)  # (the fields as they are: EventMention(**ev.__dict__))
    c.__dict__.update(ev.__dict__)
    c.targets, c.places, c.killed, c.words = list(ev.targets), list(ev.places), list(ev.killed), set(ev.words)
    c.victims = list(ev.victims)
    c.co_agents = list(ev.co_agents)
    return c


def _merge(r: EventMention, ev: EventMention) -> None:
    r.agent = r.agent or ev.agent
    r.known = r.known or ev.known
    if ev.kind != "Event" and (r.kind == "Event" or (r.kind == "Attack" and ev.kind == "Strike")):
        r.kind = ev.kind
    for attr in ("targets", "places", "killed", "victims", "co_agents"):
        for x in getattr(ev, attr):
            if x not in getattr(r, attr):
                getattr(r, attr).append(x)
    if ev.time and r.time is None:
        r.time = ev.time
    elif ev.time and ev.time.earliest and (r.time is None or not r.time.earliest or (ev.time.latest - ev.time.earliest) < (r.time.latest - r.time.earliest)):
        r.time = ev.time
    # (a later, higher figure of a rising toll: "killed at least 12 ... the blast killed 20")
    r.fatalities = ev.fatalities if r.fatalities is None or (ev.fatalities is not None and ev.fatalities > r.fatalities) else r.fatalities
    r.injuries = ev.injuries if r.injuries is None or (ev.injuries is not None and ev.injuries > r.injuries) else r.injuries
    r.words |= ev.words
    r.plural = r.plural and ev.plural


def _event_name(run, r: EventMention) -> str:
    name = lambda eid: run.ents[eid].name if eid in run.ents else eid  # noqa: E731
    noun = {"Strike": "strike", "Attack": "attack", "Conflict": "attacks", "Event": "event"}[r.kind]
    if r.kind == "Conflict" and rx.search(r"war|offensive|campaign", r.trigger, re.I):
        noun = rx.search(r"war|offensive|campaign", r.trigger, re.I).group().lower()
    parts = [name(r.agent)] if r.agent else []
    parts.append(noun)
    if r.targets:
        parts.append("on " + name(r.targets[0]))
    if r.places:
        parts.append("in " + " and ".join(name(p) for p in r.places[:2]))
    if r.time and r.time.day:
        parts.append(r.time.day.isoformat())
    return " ".join(parts)


def _event_slug(run, r: EventMention) -> str:
    """A new event's id as the annotation guide writes them: what, where (or whom), when.

    "drone-strike-baghdad-2024-02-07", "attack-genco-picardy-2024-01-17"; campaigns keep no date.
    """
    name = lambda eid: run.ents[eid].name if eid in run.ents else eid  # noqa: E731
    what = " ".join(w for w in r.trigger.lower().split() if w.isalpha()) or r.kind.lower()
    if what.split()[0] in ("fired", "launched"):
        weapon = next((w for w in ("missile", "drone", "rocket") if w in what), "")
        what = f"{weapon} attack".strip()
    what = {"struck": "strike", "attacked": "attack", "attacking": "attacks", "hit": "attack", "targeted": "attack",
            "targeting": "attacks", "seized": "seizure", "bombed": "bombing", "fired": "attack", "exploded": "bombing",
            "detonated": "bombing", "went off": "bombing", "blew himself up": "bombing", "blew herself up": "bombing",
            "blew themselves up": "bombing", "stormed": "attack", "ambushed": "ambush", "shot dead": "shooting", "opened fire": "shooting", "striking": "strikes",
            "killed": "strike"}.get(what, what)
    if r.agent and run.type_of(r.agent) == "State":
        what = f"{name(r.agent)} {what}"
    where = [p for p in r.places if run.type_of(p) != "State"] or r.places or [t for t in r.targets if run.type_of(t) in PLACE_TYPES]
    parts = [what]
    if where:
        parts.append(name(where[0]))
    elif r.targets:
        parts.append(name(r.targets[0]))
    if r.time and r.time.day and r.kind != "Conflict":
        parts.append(r.time.day.isoformat())
    return slugify(" ".join(parts))


def claims_of(run, event_ids: dict[int, str]) -> list[XClaim]:
    onto = run.onto
    out: list[XClaim] = []
    seen: dict[tuple, int] = {}

    def ident(x):
        if isinstance(x, EventMention):
            return event_ids.get(x.event)
        return x

    def etype(eid):
        if eid in run.ents:
            return run.ents[eid].type
        if eid in run.event_entities:
            return run.event_entities[eid].type
        return run.gaz.entities[eid].type if eid in run.gaz.entities else None

    told = set()  # targets and places the claimant states in a clause of its own ("X fired at Y, Z said")
    event_of: dict = {}  # event id -> its mention with the best date (see _event_of), asked for once
    by_index: dict = {}  # merged event index -> its mentions, in order
    for e in run.events:
        by_index.setdefault(e.event, []).append(e)
    for subj, pred, obj, claimant, modality, s, attrs, valid_from in run.raw:
        clause = pred in ("targeted", "located_in") and isinstance(subj, EventMention) and subj.verb \
            and subj.trigger.lower() != "attack"  # ("use the facilities to attack US forces": a purpose, not a clause told)
        subj, obj = ident(subj), ident(obj)
        if clause:
            told.add((s.start, claimant, subj, pred, obj))
        if not subj or not obj or subj == obj:
            continue
        st, ot = etype(subj), etype(obj)
        rel = onto.relations.get(pred)
        if rel is None or st is None or ot is None:
            continue
        if not _allows(rel, st, ot):
            continue
        if pred in ("perpetrated", "targeted") and _is_war(run, obj if pred == "perpetrated" else subj):
            continue  # a war has sides (hostile_to), not an author and a target
        if claimant != "reporter" and (etype(claimant) not in ACTOR_TYPES):
            claimant = "reporter"
        if pred == "located_in" and (st in PLACE_TYPES or st == "Conflict"):
            # where a place or a war is, is background: the outlet's, even inside quoted speech
            # (also when the sentence passes on an anonymous source: the geography is not what they told)
            claimant, modality = "reporter", "asserted"
        if claimant == subj and modality == "blamed":
            continue
        c = XClaim(subj, pred, obj, claimant, modality, s.text, s.start, s.end, attributes=attrs)
        c.grade = GRADES.get(("reporter" if claimant == "reporter" else "actor", modality), "C3")
        about = subj if st in EVENT_TYPES else obj if ot in EVENT_TYPES else None
        ev = event_of[about] if about in event_of else event_of.setdefault(about, _event_of(by_index, event_ids, about))
        if ev is not None and ev.time and ev.time.day and pred in ("perpetrated", "located_in", "targeted", "killed"):
            c.valid_from = ev.time.day
        if ev is not None and ev.time and ev.time.since and ev.time.earliest:
            c.valid_from = ev.time.earliest
        if c.key in seen:
            continue
        seen[c.key] = len(out)
        out.append(c)
    out = _dedupe(_own_members(_background_descriptions(out, told)))
    for i, c in enumerate(out):
        if c.modality == "denied":
            c.denies = [j for j, d in enumerate(out) if j != i and d.modality != "denied"
                        and (d.subject, d.predicate, d.object) == (c.subject, c.predicate, c.object)]
    return out


_ALLOWS: dict[tuple, tuple] = {}  # (id of a relation, subject type, object type) -> (the relation, its answer)


def _allows(rel, subject_type: str, object_type: str) -> bool:
    """``rel.allows(subject_type, object_type)``, asked once per relation and pair of types."""
    key = (id(rel), subject_type, object_type)
    hit = _ALLOWS.get(key)
    if hit is None or hit[0] is not rel:
        if len(_ALLOWS) > 10_000:
            _ALLOWS.clear()
        hit = _ALLOWS[key] = (rel, rel.allows(subject_type, object_type))
    return hit[1]


_ATTRIBUTION = {"blamed", "suspected", "denied"}  # about another actor's act; an actor announcing its own keeps it all


def _background_descriptions(claims: list[XClaim], told=frozenset()) -> list[XClaim]:
    """When a claimant says who carried out an event ("the Pentagon said the attack on Tower 22
    bore the footprints of X"), the words that pick the event out (its target, its place) are the
    reporter's description of it, not part of what the claimant says; but what the claimant tells
    in a clause ("the Houthis fired a missile at the destroyer, according to central command") is
    the claimant's (`told`: (start, claimant, subject, predicate, object) of such claims)."""
    about = {(c.start, c.claimant, c.object) for c in claims if c.predicate == "perpetrated" and c.modality in _ATTRIBUTION}
    for c in claims:
        if c.predicate in ("targeted", "located_in") and c.claimant != "reporter" and (c.start, c.claimant, c.subject) in about \
                and (c.start, c.claimant, c.subject, c.predicate, c.object) not in told:
            c.claimant, c.modality = "reporter", "asserted"
            c.grade = GRADES[("reporter", "asserted")]
    return claims


def _own_members(claims: list[XClaim]) -> list[XClaim]:
    """A spokesman or leader the article ties to a group ("A spokesman for the Houthis, X, said the
    group had attacked ...") saying the group did it claims the act for it (docs/articles-gold.md 4.3)."""
    members = {(c.subject, c.object) for c in claims if c.predicate in ("member_of", "leads")}
    for c in claims:
        if c.predicate == "perpetrated" and c.modality == "blamed" and (c.claimant, c.subject) in members:
            c.modality = "claimed_responsibility"
            c.grade = GRADES.get(("actor", "claimed_responsibility"), c.grade)
    return claims


def _dedupe(claims: list[XClaim]) -> list[XClaim]:
    seen, out = set(), []
    for c in claims:
        if c.key not in seen:
            seen.add(c.key)
            out.append(c)
    return out


def _is_war(run, eid: str) -> bool:
    e = run.event_entities.get(eid) or run.gaz.entities.get(eid)
    return e is not None and e.type == "Conflict" and bool(rx.search(r"\b(?:war|conflict|hostilities)\b", e.name, re.I))


def _event_of(by_index: dict, event_ids: dict[int, str], eid: str | None):
    """The mention with the best date of the first merged event with id `eid` that has mentions
    (`by_index`: merged event index -> its mentions, in order)."""
    if eid is None:
        return None
    for i, e in event_ids.items():
        if e == eid and i in by_index:
            return _best_time(by_index[i])
    return None


def _best_time(evs: list[EventMention]) -> EventMention:
    best = evs[0]
    for e in evs:
        if e.time and e.time.earliest and (best.time is None or not best.time.earliest or
                                          (e.time.latest - e.time.earliest) < (best.time.latest - best.time.earliest)):
            best = e
    return best
