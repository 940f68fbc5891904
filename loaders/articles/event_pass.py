"""Event mentions of a sentence with their agent, targets, places, time and toll (see events.py for
the event model and matching); a mixin of the extraction run."""

from __future__ import annotations

import re
from dataclasses import replace

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.dates import TimeRef
from proxygraph.loaders.articles.event_rules import (_BY_AGENT, _COUNT_INJURED, _DETERMINER_BEFORE, _GAP_WORDS, _INJURED_COUNT,
                                                     _ITS_THEIR, _ITS_THEIR_I, _IT_THEY, _KILL_COUNT, _KILL_NEXT, _KILLED_IN, _KNOWN_AS, _LAST_CLAUSE_CUT,
                                                     _LAST_NP_BREAK, _LONG_WORDS, _LIST_GOES_ON, _NEAR_END, _OBJECT_END, _ON_TARGET, _PASSIVE_BEFORE,
                                                     _PLACE_WORD, _PRONOUN_BEFORE, _ROLE_AFTER, _ROLE_NEAR, _ROLE_OF, _STATE_SITE,
                                                     _SUBJECT_DEFINITE, _THAT_BEGAN, _TIMES_OVER, _VERB_OBJECT, EventRules,
                                                     _last_determiner)
from proxygraph.loaders.articles.events import (
    EventMention,
    find_event_triggers,
    kind_of,
    parse_count,
    words_of,
)
from proxygraph.loaders.articles.mentions import Mention
from proxygraph.loaders.articles.patterns import (
    _NOT_MODIFIER,
    _NP_BREAK,
    ACTOR_TYPES,
    EVENT_TYPES,
    PLACE_TYPES,
)
from proxygraph.loaders.articles.text import Sentence



# After "attacks on X", "in <place>" says where X is when X is people or their bases ("US forces in
# Iraq"), but where it happened when X is what was hit ("Houthi targets in Yemen").
_WHERE_THEY_ARE = re.compile(r"\s*(?:[\w'’-]+\s+)?(?:forces|troops|personnel|soldiers|service\s*members|servicemen|bases|"
                             r"citizens|nationals|diplomats|interests|allies)\s*", re.I)
# "About eight hours after the tanker was hit, US forces struck ...": an act timed by another act of the story
_RELATIVE = re.compile(r"\b(?:hours?|minutes?|days?)\s+after\s+(?:the|a|an|it|its|their)\b[^,;]{0,60}\b(?:was|were|had\s+been)\s+(?:hit|struck|attacked|targeted|seized)\b", re.I)
_WAR_WORD = re.compile(r"\b(?:war|offensive|conflict|campaign)\b", re.I)
_PEOPLE = r"(?:forces|troops|personnel|soldiers|service\s*members|servicemen|bases|citizens|nationals|diplomats|interests)"
# "US and coalition troops have been attacked": people as the subject of a passive act
_PEOPLE_ATTACKED = re.compile(rf"\b{_PEOPLE}\s+(?:(?:have|has|had)\s+)?(?:been|were|was|are|is)\s+(?:\w+ly\s+)?$", re.I)
# "attacks against US and coalition personnel in Iraq": where the people attacked are, even when
# their side is only an adjective; "attacks by Iranian-backed militias in Iraq": where the attackers are
_WHO_IS_WHERE = re.compile(
    rf"\s+(?:(?:on|against|targeting)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_PEOPLE}|"
    r"by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:militias|groups|factions|fighters|rebels|militants|proxies|forces))\s*",
    re.I,
)


class EventPass(EventRules):
    """Finds the events of each sentence (needs the run's mentions, frames and helpers)."""

    def _events(self, s: Sentence, ments: list[Mention], times: list[TimeRef], subject: str | None) -> list[EventMention]:
        text, off = s.text, s.start
        frames_hint = self._frames_hint
        evs: list[EventMention] = []
        named = [m for m in ments if self.type_of(m.entity_id) in EVENT_TYPES]
        triggers = [t for t in find_event_triggers(text) if not any(m.start - off <= t[0] < m.end - off for m in named)]
        spans = [(m.start - off, m.end - off, m.text, None, m) for m in named] + [(a, b, t, v, None) for a, b, t, v in triggers]
        spans.sort(key=lambda x: x[0])
        hypo = ("if" in text or "unless" in text or "should" in text) and bool(rx.search(r"\b(?:if|unless|should)\b", text))  # a conditional somewhere in the sentence
        # (the pre-checks rx.search_span makes on the whole sentence, once: a literal the pattern needs)
        may_kill_in, may_relative = rx.may_match(_KILLED_IN, text), rx.may_match(_RELATIVE, text)  # (search_span's pre-check, once)
        for k, (a, b, trig, is_verb, named_m) in enumerate(spans):
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            if is_verb and evs and trig.lower().endswith("ing") and rx.fullmatch(r"[^,;]{0,40}", text[evs[-1].end - off: a]) \
                    and not rx.search(r"\b(is|are|was|were|been|be|has|have|had|continue|continued)\b", text[evs[-1].end - off: a]):
                # "the second US attack in Iraq targeting a senior leader": the same event
                m = self._mention_at(ments, b + off + 1, slack=12)
                if m and self.type_of(m) in ACTOR_TYPES | PLACE_TYPES and m not in evs[-1].targets:
                    evs[-1].targets.append(m)
                continue
            # (for a verb: how the text before it ends, what the patterns ending "\s+$" below need)
            before_end = text[:a].rstrip() if is_verb else ""
            spaced = is_verb and len(before_end) < a
            if spaced and before_end.endswith(("the", "a", "an", "its", "their", "of")) and _DETERMINER_BEFORE.search(text, 0, a):
                continue
            if not is_verb and rx.search(r"\b(?:any|every|future|possible|potential)\s+(?:[\w-]+\s+)?$", text[:a], re.I):
                continue  # "responsible for any attack from its territory": no act in particular
            ev = EventMention(a + off, b + off, trig, trig, "Event", sentence=s.index, verb=bool(is_verb))
            clause_from = max([f.start for f in frames_hint if f.start <= a < f.end and f.kind != "negated"] + [0])
            if named_m:
                ev.known = named_m.entity_id
                ev.kind = self.type_of(named_m.entity_id)
                for m in ments:
                    if m.kind == "inner" and named_m.start <= m.start < named_m.end and self.type_of(m.entity_id) in PLACE_TYPES | {"State"} \
                            and rx.search(r"\bin\s+(the\s+)?$", text[: m.start - off]):
                        ev.places.append(m.entity_id)
            left = text[max(0, a - 60): a]
            cut = _LAST_NP_BREAK.match(left)  # (the last of _NP_BREAK's matches)
            np_text = left[cut.end(1):] if cut else left
            wave = rx.search(r"((?:\S+\s+){0,3}(?:wave|series|round|spate|barrage|volley|salvo|string|flurry|campaign)s?\s+of\s+)$", left) \
                if left.rstrip().endswith(" of") else None
            if wave and not np_text.strip():
                np_text = wave.group(1)
                cut = _LAST_NP_BREAK.match(np_text[:-3])
                np_text = np_text[cut.end(1):] if cut else np_text
            np_text = np_text.strip()
            det = _last_determiner(np_text)
            ev.definite = det is not None and det.lower() not in ("a", "an")
            ev.plural = trig.lower().endswith("s") and not trig.lower().endswith(("ss",)) and not is_verb
            # "have been attacking", "kept targeting": an ongoing campaign; "had been hit" is a passive act
            ev.progressive = bool(is_verb and trig.lower() == "attack") or bool(is_verb and trig.lower().endswith("ing") and rx.search(r"\b(been|is|are|was|were|continue|continued|began|begun|started|kept)\s+(\w+\s+)?$", text[max(0, a - 30): a]))
            # (the stripped phrase ends where `left` does, less its trailing space: "response to Israel's attack")
            np_start = a - (len(left) - len(left.rstrip())) - len(np_text)
            np_text = np_text.strip()
            # the agent: "A US drone strike", "Israel's offensive", "attacks by X", or the verb's subject
            if not is_verb and _ITS_THEIR_I.match(np_text):
                # "Israel pressed on with its offensive"; "the US said the group fired a missile, its 27th
                # attack": the nearest actor before it, else the sentence's subject
                near = [m.entity_id for m in ments if m.end - off <= np_start and self.type_of(m.entity_id) in ACTOR_TYPES
                        and not self._adjective(m, text, off) and not self._modifier(ments, m.entity_id, text, off)
                        # "Iran fired missiles at Israel, its first attack": what was aimed at owns nothing
                        and not rx.search(r"\b(?:at|on|against|targeting|towards?|into)\s+(?:the\s+)?$", text[: m.start - off])]
                owner = near[-1] if near else subject
                if owner and self.type_of(owner) in ACTOR_TYPES:
                    ev.agent, ev.agent_via = owner, "possessive"
            for m in ments if not is_verb else ():
                ma, mb = m.start - off, m.end - off
                if np_start <= ma and mb <= a and self.type_of(m.entity_id) in ACTOR_TYPES and text[mb: mb + 1] != "-":  # (not rx.search(r"-\s*$", ...) of one character)
                    gap = text[mb:a]
                    if _GAP_WORDS.fullmatch(gap) and not _NP_BREAK.search(gap) and not _NOT_MODIFIER.search(gap):
                        ev.agent, ev.agent_via = m.entity_id, "adj"
                        # "the American and British air strikes": both did it
                        for x in ments:
                            if x.end - off < ma and x.entity_id != m.entity_id and x.entity_id not in ev.co_agents and x.kind == m.kind == "demonym" \
                                    and self.type_of(x.entity_id) in ACTOR_TYPES and rx.fullmatch(r"\s+and\s+", text[x.end - off: ma]):
                                ev.co_agents.append(x.entity_id)
            if is_verb:
                cut = _LAST_CLAUSE_CUT.match(text, 0, a)  # (the last piece of a split of text[:a] on it)
                subj_np = text[cut.end(): a] if cut else text[:a]
                ev.definite = bool(_SUBJECT_DEFINITE.match(subj_np)) and not any(
                    a - len(subj_np) <= m.start - off < a and self.type_of(m.entity_id) in ACTOR_TYPES for m in ments)
            if not is_verb and "under" in text and rx.search(r"\bunder\s+$", text[:a]):
                # "US forces in Iraq and Syria have come under attack": the subject is the target
                clause = rx.split(r"[;]|\b(?:but|while|whereas)\b", text[:a])[-1]
                cstart = a - len(clause)
                for m in ments:
                    if cstart <= m.start - off < a and self.type_of(m.entity_id) in ACTOR_TYPES | {"Site"}:
                        if rx.search(r"\b(in|across|near|and)\s+(the\s+)?$", text[: m.start - off]) and self.type_of(m.entity_id) == "State":
                            if not ev.targets:  # "US forces in Iraq and Syria came under attack": where the forces are
                                ev.places.append(m.entity_id)
                        elif not ev.targets and not self._modifier(ments, m.entity_id, text, off):
                            ev.targets.append(m.entity_id)
                    elif cstart <= m.start - off < a and self.type_of(m.entity_id) in PLACE_TYPES:
                        ev.places.append(m.entity_id)
                ev.plural = bool(rx.match(r"\s+(?:\w+\s+){0,4}times\b", text[b:])) or ev.plural
            if not is_verb and not ev.agent:
                cv = rx.search(r"\b(?:carried\s+out|carry\s+out|carrying\s+out|conducted|conduct|conducting|launched|launch|launching|staged|mounted|executed|claimed|claims|claim|planned|plotted|orchestrated|organi[sz]ed|directed|committed|perpetrated|(?:to|help|helped|helping)\s+(?:plan|prepare|organi[sz]e|orchestrate|carry\s+out|launch)|pressed\s+(?:on|ahead)\s+with|(?:kept|keep|keeping|stepped|step|stepping)\s+up|escalated|intensified|resumed|(?:answered|responded|retaliated|hit\s+back|struck\s+back)\s+with)(?:\s+and\s+(?:supported|directed|funded|carried\s+out|executed|participated\s+in))?\s+[\"“]?(?P<np>(?:[\w’'-]+,?\s+){0,5})$", text[:a])
                if cv and cv.start() < clause_from:
                    cv = None
                # the words between are one noun phrase ("planned the air, land and sea incursion"), not
                # another clause ("directed or was behind this attack")
                if cv and not rx.search(r"\b(?:was|were|is|are|been|be|or|that|which|who)\b", cv["np"], re.I) \
                        and not rx.search(r"\b(?:not|n't|never|no)\s+(?:\w+\s+)?$", text[: cv.start()]):
                    before = text[: cv.start()]
                    if rx.search(r"\b(?:(?:its|their)\s+(?:own\s+)?(?:forces|troops|fighters|military|jets|aircraft|warplanes)|it|they)\s+(?:had\s+|have\s+|has\s+)?$", before, re.I):
                        # "its forces had carried out", "said it had carried out the attack": the speaker's own act
                        own = [f for f in frames_hint if f.start <= cv.start()] if frames_hint else []
                        who = own[-1].claimant if own and own[-1].claimant != "reporter" else subject
                        if who:
                            ev.agent, ev.agent_via = who, "subject"
                    else:
                        subj = [m for m in ments if clause_from <= m.start - off and m.end - off <= cv.start() and self.type_of(m.entity_id) in ACTOR_TYPES
                                and not self._modifier(ments, m.entity_id, text, off) and not self._adjective(m, text, off)
                                and not rx.search(r"\b(in|on|at|of|from|to|near|with|by|for|into|against)\s+(the\s+)?$", text[: m.start - off])]
                        if subj and not rx.search(r"[;]", text[subj[-1].end - off: cv.start()]):
                            if rx.match(r"(?:to|help\w*)\s", cv.group(), re.I):
                                # "worked with Hamas to plan the incursion": a hand in an act that is still
                                # the doers' own (the event keeps its agent, and mentions of it still merge)
                                ev.co_agents.append(subj[-1].entity_id)
                            else:
                                ev.agent, ev.agent_via = subj[-1].entity_id, "subject"
                                if len(subj) > 1 and rx.fullmatch(r"\s+and\s+(?:the\s+)?", text[subj[-2].end - off: subj[-1].start - off]):
                                    ev.co_agents.append(subj[-2].entity_id)  # "The US and Britain have carried out strikes"
            if not is_verb:
                if may_kill_in:  # (else it finds no kill and does nothing)
                    self._killed_in(ev, text, off, a, ments, clause_from, subject)
            ev.relative = may_relative and bool(rx.search_span(_RELATIVE, text, clause_from, a))
            right = text[b: nxt if nxt > b else len(text)]
            right = right[:160]
            kills = "kill" in right or "assassinat" in right
            by = _BY_AGENT.match(right)
            if by:
                dm = self._mention_at(ments, b + by.end() + off, slack=0)
                tail = rx.match(r"(?:\s+and\s+(?P<co>[A-Z][\w-]+))?\s+(?:[\w-]+\s+)?(?:drones?|jets?|warplanes?|aircraft|missiles?|forces|troops|army|"
                                r"military|navy|helicopters?|strikes?|ships|warships|submarines|destroyers|vessels)\b",
                                text[self._end_of(ments, dm) - off:]) if dm else None
                if dm and any(x.entity_id == dm and x.kind == "demonym" for x in ments) and tail:
                    ev.agent, ev.agent_via = dm, "by"  # "by American and British ships": both did it
                    co = self._mention_at(ments, self._end_of(ments, dm) + tail.start("co"), slack=0) if tail["co"] else None
                    if co and co != dm and self.type_of(co) in ACTOR_TYPES:
                        ev.co_agents.append(co)
                    by = None
            if by:
                m = self._mention_at(ments, b + by.end() + off)
                if m and self.type_of(m) in ACTOR_TYPES and not self._modifier(ments, m, text, off) \
                        and not any(x.entity_id == m and self._adjective(x, text, off) for x in ments) \
                        and not rx.match(r"['’]s\s+[a-z]", text[self._end_of(ments, m) - off:]):
                    ev.agent, ev.agent_via = m, "by"
            passive = is_verb and not trig.lower().endswith("ing") and spaced and before_end.endswith(("been", "was", "were", "is", "are", "being", "be", "get", "got", "ly")) \
                and _PASSIVE_BEFORE.search(text, 0, a)
            if passive and rx.search(r"\b(?:[Nn]o|[Nn]one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}(?:were|was|had\s+been|have\s+been|has\s+been)\s+$", text[max(0, a - 60): a]):
                continue  # "no targets inside Iran were hit": nothing happened
            if passive:
                subj = [m for m in ments if clause_from <= m.start - off and m.end - off <= a and self.type_of(m.entity_id) in ACTOR_TYPES | {"Site"}
                        and not rx.search(r"[;]|\b(that|which|who)\b", rx.sub(r",\s*(?:which|who|where)\b[^,;]*,", "", text[m.end - off: a]))
                        and not rx.search(r"\b(in|on|at|of|from|to|near|with|by|for|into|against)\s+(the\s+)?$", text[: m.start - off])
                        # ("the base, which hosts US troops, was hit": the base, not the relative clause's troops)
                        and not rx.search(r",\s*(?:which|who|where)\b[^,;]*$", text[clause_from: m.start - off])]
                rel = rx.search(r",\s+which\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$", text[max(0, a - 40): a])
                if not subj and rel:
                    # "the crew of the Ocean Star, which was struck by a missile": the relative pronoun's antecedent
                    head = [m for m in ments if m.end - off == max(0, a - 40) + rel.start() and self.type_of(m.entity_id) in ACTOR_TYPES | {"Site"}]
                    subj = head[-1:]
                if subj:
                    ev.targets.append(subj[0].entity_id)  # "Tower 22 was hit"
                pby = rx.match(r"[^,;.]{0,40}?\bby\s+(?:the\s+)?", text[b:])
                # "hit by six missiles fired by Israeli F-35 jets": the weapon's shooter is the agent
                pby = rx.match(r"[^,;.]{0,40}?\b(?:fired|launched|flown|sent|dropped)\s+by\s+(?:the\s+)?", text[b:]) or pby
                if pby:
                    who = self._mention_at(ments, b + pby.end() + off, slack=0)
                    if who and self.type_of(who) in ACTOR_TYPES and not self._modifier(ments, who, text, off) \
                            and not rx.match(r"['’]s\s+[a-z]", text[self._end_of(ments, who) - off:]):
                        ev.agent, ev.agent_via = who, "by"
            if (hypo and rx.search(r"\b(?:if|unless|should)\b[^,;.]*$", text[:a])) or (is_verb and ("would" in text or "will" in text or "could" in text or "might" in text or "threaten" in text or "vow" in text)
                                                                                         and rx.search(r"\b(?:would|will|could|might|threatened\s+to|vowed\s+to|threatens\s+to|vows\s+to)\s+(?:\w+\s+)?$", text[:a])):
                continue  # "if Israel launched a war on Lebanon": hypothetical
            if is_verb and not ev.agent:
                fired = ("fired" in text or "launched" in text or "sent" in text or "flown" in text) and rx.search(r"\b(?:fired|launched|sent|flown)\s+by\s+(?:the\s+)?", text[clause_from:a])
                if fired:
                    who = self._mention_at(ments, off + clause_from + fired.end(), slack=0)
                    if who and self.type_of(who) in ACTOR_TYPES and not self._modifier(ments, who, text, off):
                        ev.agent, ev.agent_via = who, "by"
            if is_verb and not ev.agent:
                fromx = "from" in text and rx.search(r"\b(?:launched|fired|sent)\s+from\s+(?P<x>[A-Z][\w’'-]*?)-(?:controlled|held|run)\b", text[clause_from:a])
                if fromx:
                    who = self._mention_at(ments, off + clause_from + fromx.start("x"), slack=0)
                    if who and self.type_of(who) in ACTOR_TYPES:
                        ev.agent, ev.agent_via = who, "subject"
            if is_verb and ("sanctions" in text or "measures" in text or "designation" in text or "restrictions" in text or "policies" in text
                            or "penalties" in text or "charges" in text) \
                    and rx.search(r"\b(?:sanctions|measures|designations?|restrictions|policies|penalties|charges)\s+(?:\w+\s+)?$", text[:a]):
                continue  # "imposed sanctions targeting Kata'ib Hizballah"
            if spaced and before_end.endswith(("it", "they", "he", "she", "we")) and _PRONOUN_BEFORE.search(text, 0, a):
                continue  # "the commander it targeted"
            if is_verb and trig.lower() == "attack" and rx.search(r"\b(?:ability|capacity|capabilit(?:y|ies)|means|plans?|intent|threats?|threatened|vowed|pledged|promised|intended|aim(?:ed)?|ready|able|continue)\s+(?:\w+\s+)?to\s+$", text[:a]):
                continue  # "to degrade the Houthis' ability to attack ships": not an act
            if is_verb and ("against" in text or "from" in text or "first" in text) and rx.search(r"\b(?:against|from)\s+$|\bthe\s+first\s+time\s+(?:that\s+)?(?:[\w-]+\s+){1,3}(?:had|has|have)\s+(?:\w+ly\s+)?$", text[:a]):
                # ("It was the first time Israel had openly struck Yemen": says what the story's act was)
                continue  # "warning Tehran against targeting American personnel"
            if is_verb and not ev.agent and not passive:
                lo = max(0, a - 40)
                rel = ("which" in text or "who" in text) and rx.search(r",\s+(?:which|who)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+|already\s+)?$", text[lo:a])
                head = self._mention_at(ments, off + lo + rel.start() - 1, slack=0) if rel and lo + rel.start() else None
                if head is None and rel:
                    near_ = [m for m in ments if m.end - off == lo + rel.start()]
                    head = near_[-1].entity_id if near_ else None
                if head and self.type_of(head) in ACTOR_TYPES:
                    ev.agent, ev.agent_via = head, "subject"  # "Israel, which has struck Iranian targets": Israel struck
            if is_verb and not ev.agent and not passive:
                subj = [m for m in ments if clause_from <= m.start - off and m.end - off <= a and not self._adjective(m, text, off) and self.type_of(m.entity_id) in ACTOR_TYPES
                        and not rx.search(r"[,;]|\b(that|which|who|when|after|before|while|because|as|if)\b", rx.sub(r",[^,;]{1,80},", "", text[m.end - off: a]))
                        and not rx.search(r"\b(in|on|at|of|from|to|near|with|by|for|into|against)\s+(the\s+)?$", text[: m.start - off], re.I)
                        # "since the Hamas attack ... they fired": a preposition; "since the Houthis began attacking": a clause
                        and not (rx.search(r"\b(since|after|before|following|during|amid)\s+(the\s+)?$", text[: m.start - off], re.I)
                                 and not rx.fullmatch(r"\s+(?:(?:had|has|have|was|were|is|are|been|began|begun|started|kept|continued|also|then)\s+)*", text[m.end - off: a]))
                        and not text[m.end - off: m.end - off + 1] == "-"]
                if subj:
                    ev.agent, ev.agent_via = subj[-1].entity_id, "subject"
                    # "The United States and Britain have bombed ...": both did it
                    if len(subj) > 1 and rx.fullmatch(r"\s+and\s+(?:the\s+)?", text[subj[-2].end - off: subj[-1].start - off]):
                        ev.co_agents.append(subj[-2].entity_id)
                elif _IT_THEY.match(text) and subject:
                    ev.agent, ev.agent_via = subject, "subject"
                elif rx.search(r"\b(?:it|they|we|(?:its|their|our)\s+(?:own\s+)?(?:forces|fighters|troops|military|jets|aircraft|warplanes|drones|navy|units))\s+"
                               r"(?:(?:had|has|have|would|will|was|were|is|are|also|then|had\s+been|have\s+been)\s+)*$", text[clause_from:a], re.I):
                    # "it had struck", "the group said its fighters had targeted ...": the speaker's (or subject's) own act
                    own = [f for f in frames_hint if f.start <= a < f.end and f.claimant != "reporter" and f.kind != "negated"]
                    who = own[-1].claimant if own else subject
                    if who and self.type_of(who) in ACTOR_TYPES:
                        ev.agent, ev.agent_via = who, "subject"
            if is_verb and not ev.agent and not passive:
                # "Iran-aligned groups, which call themselves the axis of resistance, have been attacking ...":
                # the groups are the name they go by
                called = rx.search(r"\b(?:which|who)\s+(?:call|calls|called)\s+themselves\s+(?:the\s+)?[\"“]?(?=[^,;]*,\s+[^,;]*$)", text[clause_from:a], re.I)
                who = self._mention_at(ments, off + clause_from + called.end(), slack=0) if called else None
                if who and self.type_of(who) in ("ArmedGroup", "Coalition"):
                    ev.agent, ev.agent_via = who, "subject"
            # targets: "on X", "against X", "targeting X", "attacking Houthi targets"
            target_end = None  # where an "on X" / "against X" target of a noun ends
            tgt = _ON_TARGET.match(right) if not is_verb else _VERB_OBJECT.match(right)
            if tgt and not is_verb and "blam" in text and rx.search(r"\bblam(?:ed|es|e|ing)\s+(?:\w+\s+){0,3}$", text[max(0, a - 60):a]):
                tgt = None  # "blamed the attack on Israel": "on" names the culprit
            if is_verb and not ev.targets and not (passive and rx.match(r"\s+(?:\w+\s+)?by\b", right)):
                # ("it was struck by a missile fired by Yemen's Houthis": a passive has no object)
                # "the US-owned bulk carrier X": a compound adjective does not end the object
                object_end = _OBJECT_END.search(right, 0, 60)  # (the first piece of a split of right[:60] on it)
                obj_np = right[: object_end.start()] if object_end else right[:60]
                for m in ments:
                    if b <= m.start - off < b + len(obj_np) and self.type_of(m.entity_id) in ACTOR_TYPES | {"Site", "Settlement"} \
                            and not self._adjective(m, text, off) and not self._modifier(ments, m.entity_id, text, off):
                        ev.targets.append(m.entity_id)
                        target_end = m.end - off  # "attacked US forces in Iraq": where the forces are
                        break
                    if b <= m.start - off < b + len(obj_np) and m.kind == "demonym" and self.type_of(m.entity_id) == "State" \
                            and _STATE_SITE.match(text[m.end - off:]):
                        ev.targets.append(m.entity_id)  # "struck a small American outpost": the state's post was hit
                        break
            known_as = _KNOWN_AS.match(right)
            if known_as:
                m = self._mention_at(ments, b + known_as.end() + off, slack=0)
                if m and self.type_of(m) in ACTOR_TYPES | PLACE_TYPES:
                    ev.targets.append(m)
            if tgt and _ITS_THEIR.match(right, tgt.end()) and subject and self.type_of(subject) != "Person":
                # ("missiles hit their vehicle": a person's car is no target of its own; the dead are `killed`)
                ev.targets.append(subject)
            elif tgt:
                m = self._mention_at(ments, b + tgt.end() + off, slack=12)
                if m and not is_verb:
                    target_end = self._end_of(ments, m) - off  # "attacks against US personnel in Iraq"
                if m and rx.search(r"\b(?:in|near|across|inside|around|at|throughout|from)\s", text[b + tgt.end(): self._start_of(ments, m, b + off) - off]):
                    m = None  # "struck targets in Iraq": where, not whom
                # the mention right there, not another of the same actor ("American raids ... attacks on US troops")
                here = next((x for x in ments if x.entity_id == m and x.start >= b + tgt.end() + off), None) if m else None
                if m and m not in ev.targets and self.type_of(m) in ACTOR_TYPES | PLACE_TYPES and not self._modifier(ments, m, text, off) \
                        and not (here and self._adjective(here, text, off)):
                    ev.targets.append(m)
                    target_end = (here.end if here else self._end_of(ments, m)) - off
            for k, t in enumerate(ev.targets):
                # "targeted Israeli military positions", "an Israeli army base": a post of that state, as with
                # "an American outpost" (docs/articles-gold.md, section 3), not the organ named as a modifier
                state = self._state_of(t) if self.type_of(t) == "StateOrgan" else None
                post = next((x for x in ments if x.entity_id == t and x.start - off >= b and _STATE_SITE.match(text, x.end - off)), None) if state else None
                if post is not None and any(x.entity_id == state for x in ments):  # (claims need the state's mention)
                    ev.targets[k] = state
            hit_last = ev.targets[-1] if ev.targets else None  # (what "on X" hit, before the dead's group is added)
            # "killed a Kataib Hizbollah commander": the group is targeted; named people are killed
            for km in (rx.finditer(r"\b(?:killed|killing|kills|assassinated|killing)\s+(?:(?:a|the|an|two|three|senior|top)\s+)*", right) if kills else ()):
                pos = b + km.end() + off
                m = self._mention_at(ments, pos, slack=2)
                if m and self.type_of(m) == "Person":
                    ev.killed.append(m)
                elif m is None or self.type_of(m) not in ("ArmedGroup", "Coalition"):
                    of = rx.match(_ROLE_OF, text[pos - off:])
                    g = self._mention_at(ments, pos + of.end(), slack=0) if of else None
                    if g and self.type_of(g) in ("ArmedGroup", "Coalition"):
                        ev.targets.append(g)
                elif m and self.type_of(m) in ("ArmedGroup", "Coalition") and rx.match(_ROLE_NEAR, text[self._end_of(ments, m) - off:][:40] or ""):
                    role = rx.match(_ROLE_AFTER, text[self._end_of(ments, m) - off:])
                    named = self._mention_at(ments, self._end_of(ments, m) + role.end(), slack=0)
                    if named and self.type_of(named) == "Person":
                        ev.killed.append(named)  # "killed Harakat al-Nujaba commander Abu Taqwa": the man, named
                    else:
                        ev.targets.append(m)  # "killed a Kataib Hizbollah commander": the group was hit
            # places: "in Iraq and Syria", "near Al-Qaim" - right after the event words
            cut = _NEAR_END.search(right)  # (the first piece of a split on it)
            near = right[: cut.start()] if cut else right
            for pm in _PLACE_WORD.finditer(near):
                pos = b + pm.end() + off
                if target_end is not None and not _WAR_WORD.search(trig) and _WHERE_THEY_ARE.fullmatch(text[target_end: b + pm.start()]):
                    continue  # "attacks on US forces in Iraq and Syria": the place is where the forces are
                if not _WAR_WORD.search(trig) and _WHO_IS_WHERE.fullmatch(text[b: b + pm.start()]):
                    continue
                if passive and _PEOPLE_ATTACKED.search(text[max(0, a - 60): a]):
                    continue  # "US troops have been attacked 19 times in Iraq and Syria": where the troops are
                if target_end is not None and ev.targets and self.type_of(hit_last) == "Site" \
                        and rx.fullmatch(r"\s*(?:(?:air\s+)?(?:base|airbase|garrison|outpost|airport|port|camp|compound)\s*)?", text[target_end: b + pm.start()]):
                    where = self._mention_at(ments, pos, slack=0) if rx.match(r"in\b", pm.group()) else None
                    if where and self.type_of(where) in ("State", "Region", "Settlement") and where != hit_last:
                        self._add(s, hit_last, "located_in", where, [], pos)  # (the outlet's geography)
                    continue  # "an attack on Al-Asad air base in western Iraq": where the base is
                if target_end is not None and ev.targets and self.type_of(hit_last) == "Settlement" and rx.match(r"in\b", pm.group()) \
                        and not text[target_end: b + pm.start()].strip():
                    # "a strike on the village of X in southern Lebanon": where the village is (the outlet's
                    # geography), not the strike's place (docs/articles.md, "in the town of X in the Golan Heights")
                    where = self._mention_at(ments, b + pm.end() + off, slack=0)
                    if where and self.type_of(where) in ("State", "Region") and where != hit_last:
                        self._add(s, hit_last, "located_in", where, [], b + pm.end() + off)
                    continue
                if ev.places and self.type_of(ev.places[-1]) in ("Settlement", "Site", "Region") and rx.match(r"in\b", pm.group()) \
                        and not text[self._end_of(ments, ev.places[-1]) - off: b + pm.start()].strip():
                    continue  # "in the town of Majdal Shams in the Golan Heights": where the town is
                m = self._mention_at(ments, pos, slack=0)
                if m and any(x.entity_id == m and x.kind == "demonym" and x.start >= pos for x in ments):
                    m = None
                first = True
                while m and self.type_of(m) in PLACE_TYPES | {"State"}:
                    if self.type_of(m) == "Site" and (rx.match(r"at\b", pm.group()) or not first):
                        # "at the base"; "in Iraq and the Al-Tanf garrison": a site listed is what was hit
                        if m not in ev.targets:
                            ev.targets.append(m)
                    elif m not in ev.places and m not in ev.targets:  # ("fired at Israel": whom, not where)
                        ev.places.append(m)
                    first = False
                    end = self._end_of(ments, m)
                    cont = _LIST_GOES_ON.match(text[end - off:])
                    m = self._mention_at(ments, end + cont.end(), slack=0) if cont else None
            after_kill = right[len(near):]
            if not _KILL_NEXT.match(after_kill):
                after_kill = ""  # (nothing to split or look in)
            after_kill = after_kill and rx.split(r"[;.]|,\s+(?:the|a|an|and|but|which|who)\b|\b(?:after|before|when|while|following|as)\b", after_kill)[0]
            for pm in rx.finditer(r"\b(?:in|near)\s+(?:the\s+)?(?:(?:east|eastern|west|western|north|northern|south|southern|central|busy)\s+)?", after_kill) if after_kill else ():
                m = self._mention_at(ments, b + len(near) + pm.end() + off, slack=0)
                if m and self.type_of(m) == "Settlement" and m not in ev.places and not ev.places:
                    ev.places.append(m)  # "... killed a commander in eastern Baghdad": a city, not a country
            # casualties
            # (within the event's own clause: not "..., saying it answered Israel's killing of its commanders")
            ofits = kills and rx.search(r"\bkill(?:ed|ing|s)\s+(?:\w+\s+){1,3}of\s+(?:its|their)\s+(?:fighters|members|commanders|men|troops|soldiers)\b",
                                        rx.split(r"[;]|,\s+(?:saying|adding|which|who|in\s+what)\b|\b(?:response|retaliation|revenge)\b", right)[0])
            if ofits and subject and self.type_of(subject) in ACTOR_TYPES and subject not in ev.targets:
                ev.targets.append(subject)
            kc = (kills or "left" in right) and rx.search(_KILL_COUNT, right)
            if kc:
                ev.fatalities = parse_count(kc["n"])
                who = self._mention_at(ments, b + off + kc.end(), slack=12)
                if who and self.type_of(who) == "State":
                    ev.victims.append(who)
            ic = ("injur" in right or "wound" in right) and (rx.search(_INJURED_COUNT, right) or rx.search(_COUNT_INJURED, right))
            if ic:
                ev.injuries = parse_count(ic["n"])
            # time: inside the noun phrase or the right context
            for t in times:
                if t.since and t.end - off <= a and rx.fullmatch(r",\s+when\s+(?:\w+\s+){0,3}", text[t.end - off: a]):
                    t = replace(t, since=False)  # "since November 19, when they seized the ship": that day's act
                if t.since and not ev.plural and not is_verb:
                    continue
                ts = t.start - off
                gap = text[t.end - off: a] if t.end - off <= a else ""
                if "ed" in gap and rx.search(r"\b(?!(?:armed|backed|suspected|alleged|unmanned|coordinated|renewed|repeated|sustained|unprecedented|failed|foiled|reported)\b)[a-z]+ed\b", gap):
                    continue  # "Khamenei on Tuesday hailed Hamas's attack": Tuesday is the hailing's
                if is_verb and ("who" in gap or "which" in gap) and rx.search(r"\b(?:who|which)\b", gap):
                    continue  # "struck depots on Wednesday, killing militants who had fired ...": not their day
                if b <= ts and rx.search(r"\b(?:said|says|told|announced|added|reported|confirmed|according)\b|\b(?:since|until|while|when)\s+\S+\s", text[b:ts]):
                    continue  # "the Pentagon said early on Friday": the statement's day, not the event's
                if np_start - 12 <= ts <= a or b <= ts < b + len(right) or (is_verb and 0 <= a - t.end + off <= 30):
                    ev.time = t
                    break
            if is_verb and (("times" in text and _TIMES_OVER.match(text[b:])) or (ev.time and ev.time.since)):
                ev.plural = True
                ev.progressive = True
            agent_type = self.type_of(ev.agent) if ev.agent else None
            if not named_m:
                ev.kind = kind_of(trig, agent_type, ev.plural, ev.progressive)
                if ev.plural and (ev.time is None or ev.time.since or not ev.time.earliest) and ev.kind != "Conflict" \
                        and not (ev.definite and ev.kind in ("Strike", "Attack") and rx.search(r"strike|raid|bomb", trig, re.I)):
                    # "the strikes", "these precision strikes" name a strike wave already told
                    ev.kind = "Conflict"
                elif ev.plural and (rx.search(r"\b(?:series|ongoing|dozens|scores|hundreds|string|campaign)\b|\b(?:more\s+than|at\s+least|over)\s+\d+", text[max(0, a - 60): a])
                                    or (("began" in text or "started" in text) and _THAT_BEGAN.match(text[b:]))):
                    ev.kind = "Conflict"  # "a series of attacks that began on October 17": a campaign
            # (of more than three letters: the only ones score_prep, their one reader, looks at)
            ev.words = set(_LONG_WORDS.findall((np_text + " " + trig + " " + right[:80]).lower()))
            words_lo, words_hi = a - 60 + off, b + 80 + off
            for m in ments:  # names count through agent, target and place, not as loose words
                if words_lo <= m.start <= words_hi:
                    ev.words -= words_of(m.text)
            if not is_verb and ev.agent_via in ("possessive", "adj") and trig.lower() == "campaign" and rx.match(r"\s+against\b", right):
                continue  # "the group's campaign against Israel": enmity (hostile_to), not one act
            if evs and not is_verb and "with" in text and rx.search(r"\b(?:beginning|starting|including)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", text[:a]):
                # "attacked 19 times ..., beginning with drone attacks on Al-Asad and Al-Tanf": the first of
                # those attacks, told as what they hit
                listed = rx.split(r"[;]|,\s+(?!and\b)|\s+(?:since|after|before)\s+|\s+on\s+(?=\d|[A-Z][a-z]+\s+\d|[A-Z][a-z]+day\b)", text[b:])[0]
                sites = [m.entity_id for m in ments if b <= m.start - off < b + len(listed) and self.type_of(m.entity_id) == "Site"]
                for x in [*ev.targets, *sites]:
                    if x not in evs[-1].targets and self.type_of(x) in ACTOR_TYPES | {"Site"}:
                        evs[-1].targets.append(x)
                continue
            head = evs[-1] if is_verb and evs and not evs[-1].verb else None
            if head is not None and not passive and rx.fullmatch(r"[\"”’']?\s+(?:(?:has|had|have|also|then|reportedly|allegedly)\s+)*", text[head.end - off: a]):
                # "an Israeli strike hit his car on January 8": the verb tells what the strike did
                for attr in ("targets", "places", "killed", "victims"):
                    for x in getattr(ev, attr):
                        if x not in getattr(head, attr):
                            getattr(head, attr).append(x)
                head.time = head.time or ev.time
                head.fatalities = head.fatalities if head.fatalities is not None else ev.fatalities
                head.injuries = head.injuries if head.injuries is not None else ev.injuries
                head.end = ev.end
                continue
            self._event_details(ev, s, ments, a, b, is_verb, passive, clause_from, times)
            evs.append(ev)
            self.events.append(ev)
        self._sentence_event_rules(s, ments, evs, subject)
        return evs
