"""More of how news tells an event: who did it when the subject is a weapon ("an Israeli drone
struck"), the toll told before the event's noun ("five people were wounded in the assault"), the
named dead in a list ("killed seven people, including X"), the dead named in a later sentence
("Hezbollah named him as X"), "said it was behind the attack" and "answered with strikes"; a mixin
of the extraction run, called from the event pass (event_pass.py)."""

from __future__ import annotations

import datetime as dt
import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.dates import TimeRef
from proxygraph.loaders.articles.events import NUM, EventMention, kind_of, parse_count
from proxygraph.loaders.articles.frames import Frame
from proxygraph.loaders.articles.mentions import Mention
from proxygraph.loaders.articles.patterns import _NP_BREAK, _ROLE, ACTOR_TYPES
from proxygraph.loaders.articles.text import Sentence

# "X killed Y and three other fighters in a strike": the strike's author, its dead and its target
_KILLED_IN = re.compile(r"\b(?:killed|assassinated|eliminated)\s+(?P<obj>[^,;.]{1,100}?)\s+in\s+(?:an?|the|one|two|three|several)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "an American outpost", "a US warship": a post or ship of that state (what was hit, when an act hits it)
_STATE_SITE = re.compile(r"\s+(?:(?:military|naval|army|air|diplomatic|small|remote)\s+)?(?:outposts?|bases?|embassy|consulate|warships?|destroyers?|"
                         r"frigates?|patrol\s+boats?|military\s+positions?|positions?|garrisons?|premises|compound|mission|facilit(?:y|ies))\b", re.I)
# "An Israeli drone struck", "a US warship fired": a state's weapon or unit as the verb's subject
_WEAPON = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:drones?|jets?|warplanes?|aircraft|missiles?|rockets?|helicopters?|gunships?|warships?|"
                     r"destroyers?|frigates?|submarines?|tanks?|artillery|forces|troops|army|military|navy|soldiers|commandos?|"
                     r"special\s+forces|fighter\s+jets?|bombers?|planes?)\b", re.I)
# the toll before the event's noun: "At least five people were wounded in the assault", "Two US soldiers
# were killed and eight wounded in a drone attack on ..."
_TOLL_BEFORE = rx.compile(
    rf"\b{NUM}\s+(?P<who>(?:[\w’'-]+\s+){{0,4}}?)(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)(?:\w+ly\s+)?(?P<v>killed|wounded|injured|hurt)"
    rf"(?:\s*,?\s+and\s+(?:{NUM.replace('(?P<n>', '(?P<n2>')}\s+(?:others?\s+|people\s+|more\s+)?)?(?:were\s+)?(?P<v2>killed|wounded|injured|hurt))?"
    r"\s+(?:\w+\s+){0,2}?(?:in|by)\s+(?:the|an?|one|two|three|several|[\w’'-]+['’]s)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "killed seven people, including X", "killed four members of the Guards, among them General X"
_INCLUDING = rx.compile(r"\bkill(?:ed|ing|s)\s+[^.;]{0,90}?(?:,\s*|\s+)(?:including|among\s+them|among\s+whom\s+(?:was|were))\s+", re.I)
# "killed a senior Hezbollah field commander": someone the next sentences may name
_UNNAMED = rx.compile(rf"\bkill(?:ed|ing|s)\s+(?:a|an|the|one|its|their)\s+(?:(?:senior|top|prominent|veteran|high-ranking|key|local|regional|military|field|deputy)\s+)*(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE})\b", re.I)
# "Hezbollah named him as X", "the army identified the dead commander as X", "confirmed the death of X"
_NAMED_AS = rx.compile(r"\b(?:named|identified)\s+(?:him|her|the\s+(?:dead\s+|slain\s+|killed\s+)?(?:man|woman|commander|leader|official|militant|fighter))\s+as\s+"
                       r"|\bconfirmed\s+the\s+(?:death|killing)\s+of\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?)?", re.I)
# "said it was behind the attack", "said they were responsible for the bombing": the speaker's own act
_OWN_BEHIND = rx.compile(r"\s*(?:that\s+)?(?:it|they|we|its\s+(?:fighters|forces|members|men)|their\s+(?:fighters|forces|members|men))\s+"
                         r"(?:was|were|had\s+been|is|are)\s+(?:\w+ly\s+)?(?:behind|responsible\s+for)\b", re.I)
# "The United States has answered with strikes on ...": the strikes answer the other side's acts told before
_ANSWERED = rx.compile(r"\b(?:answered|responded|retaliated|hit\s+back|struck\s+back|replied)\s+(?:[\w-]+\s+){0,2}?with\s+(?:[\w’'-]+\s+){0,5}$", re.I)

# "described the operation as an act of self-defence", "called the strikes a legitimate response": the
# speaker owns its side's act
_OWN_DEFENCE = rx.compile(r"\b(?:described|calling|called|describing|defended|justified|hailed)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:operation|attacks?|strikes?|retaliation|response)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:self-defen[cs]e|legitimate|lawful|justified|necessary|defensive|retaliation|punishment|response)\b", re.I)
# "a handful of missiles had landed inside Israel", "the strikes caused heavy damage at an air base in the
# Negev": where the act told before hit
_LANDED = rx.compile(r"\b(?:missiles?|rockets?|drones?|shells?|projectiles?|mortars?|bombs?|strikes?|attacks?)\s+(?:had\s+|have\s+|has\s+)?"
                     r"(?:landed|fell|impacted|crashed|caused\s+(?:\w+\s+){0,2}?damage)\s+(?:[\w-]+\s+){0,5}?(?:in|inside|near|on)\s+"
                     r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?", re.I)
# "was burning in the Gulf of Aden after it was struck": where the ship was is where it was hit
_WHERE_HIT = rx.compile(r"\b(?:in|off|near)\s+(?:the\s+)?(?P<place>[A-Z][^,;]{0,60}?)\s+(?:on\s+\w+\s+(?:night|morning|evening|afternoon)?\s*|late\s+on\s+\w+\s+)?"
                        r"(?:after|when|as)\s+(?:(?:it|she|they|the\s+\w+)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                        r"|(?:a|an|the|one|two|three|four|several|\d+)\s+(?:[\w-]+\s+){0,5}?(?:missiles?|rockets?|drones?|shells?|torpedo(?:es)?)\s+(?:[\w-]+\s+){0,4}?)$")

# "the campaign the Houthis have waged against merchant ships in the Red Sea and the Gulf of Aden": its side
# and its seas, told in a relative clause
_WAGED = rx.compile(r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?P<rest>(?:[\w’'-]+\s+){1,4}?(?:has|have|had)\s+(?:been\s+)?"
                    r"(?:waged|waging|fought|fighting|pursued|pursuing|conducted|conducting|led|leading|mounted|mounting|carried\s+out))\b", re.I)
# "one of the most damaging strikes yet in the campaign", "the latest attack in a series": an episode of it
_EPISODE_OF = rx.compile(r"\b(?:one\s+of\s+the|the\s+(?:latest|first|second|third|fourth|fifth|deadliest|largest|biggest|most\s+\w+))\s+"
                         r"(?:[\w-]+\s+){0,3}?(?P<ep>attacks?|strikes?|incidents?|raids?)\s+(?:yet\s+|so\s+far\s+)?(?:in|of)\s+(?:the|a|an|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?=(?:campaign|war|offensive|series|wave|string)\b)", re.I)

# -- for the event pass (event_pass.py) --
# patterns built once (not per call): tolls, and a role after a name
_KILL_COUNT = rf"\b(?:killed|killing|kills|left)\s+{NUM}\b(?!\s*(?:percent|%|km|miles|targets|sites))"
_INJURED_COUNT = rf"\b(?:injured|wounded|injuring|wounding)\s+{NUM}\b"
_COUNT_INJURED = rf"\b{NUM}\s+(?:\w+\s+){{0,2}}(?:were\s+)?(?:injured|wounded)\b"
_ROLE_OF = rf"(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})s?\s+(?:of|in|from)\s+(?:the\s+)?"
_ROLE_NEAR = rf"[\w\s’'-]*?\b({_ROLE})s?\b"
_ROLE_AFTER = rf"[\w\s’'-]*?\b({_ROLE})s?\b,?\s*"
# the words of an event's text of more than three letters: those of rx.findall(r"[a-z]+", ...) that long
_LONG_WORDS = rx.compile(r"[a-z]{4,}")
# where the words right after an event stop telling its place ("in Iraq and Syria, killing ...")
_NEAR_END = rx.compile(r"\b(?:killed|killing|that|which|who|was|were|is|are|has|have|had|would|will|could|can|may|might|did|does|said|says|in\s+response|in\s+retaliation|following|after|as|while)\b|[,;]")
_PLACE_WORD = rx.compile(r"\b(?:in|near|at|across|off|inside|outside|over|around)\s+(?:the\s+|a\s+)?(?:(?:busy|densely|crowded|residential|bustling|small|remote|central)\s+)?(?:(?:heart|centre|center|outskirts|suburbs?|north|south|east|west|edge|capital)\s+of\s+(?:the\s+)?)?(?:(?:[\w-]+\s+)?(?:town|city|village|district|port|province|region|area|camp)\s+of\s+)?(?:[\w-]+-(?:occupied|controlled|held|run)\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|neighbouring|neighboring|occupied|coastal)\s+)?")


# the last match of _NP_BREAK in a text: the greedy prefix tries it from the right (its matches are
# single characters and whole words, so none hides another)
_LAST_NP_BREAK = re.compile(r"(?s:.*)(" + _NP_BREAK.pattern + ")", re.I)
# a determiner or a possessive, the whole of a word: "the", "its", "Israel's", "the Houthis'"
_DETERMINER = re.compile(r"(?:the|this|that|these|those|its|their|a|an|[\w’'-]+['’]s?)", re.I)
_DETERMINERS = ("the", "this", "that", "these", "those", "its", "their", "a", "an")


def _last_determiner(np_text: str) -> str | None:
    """The last of ``rx.findall(r"(?:^|[\s\"“‘(])(the|...|[\w’'-]+['’]s?)(?=\s|$)", " " + np_text, re.I)``
    that is a determiner or ends as a possessive. A match is a whole word, up to a space or the end,
    right after a space, a quote or an opening bracket (none of which a word holds): in each
    space-free piece, only what follows its last quote or bracket can be one."""
    for piece in reversed(np_text.split()):
        if piece.isalpha():  # (letters only: the pattern's words are then the determiners, in any case)
            if piece.lower() in _DETERMINERS:
                return piece
            continue
        word = piece[max(piece.rfind('"'), piece.rfind("“"), piece.rfind("‘"), piece.rfind("(")) + 1:]
        if word and _DETERMINER.fullmatch(word) and (word.lower() in _DETERMINERS or word[-1:] in "'’" or word.lower().endswith(("'s", "’s"))):
            return word
    return None


# matched at the start of a text, called compiled (no pre-check over the whole text)
_ON_POST = rx.compile(r"\s+(?:on|against|at)\s+(?:the\s+|an?\s+)?")
_BLAST_WORD = rx.compile(r"(?:blasts?|explosions?|incident)")
# the last break before a verb's subject (its matches are single characters and whole words, so the greedy
# prefix finds the last one); where a verb's object ends
_LAST_CLAUSE_CUT = re.compile(r"(?s:.*)(?:[,;]|\b(?:and|but|that|which|who)\b)")
_OBJECT_END = rx.compile(r"[,;]|\b(?:in|near|across|inside|throughout|around|from|killing|wounding|injuring|that|which|as|after|(?<!-)linked|(?<!-)owned|"
                         r"(?<!-)bound|heading|belonging|tied|on\s+\w+day)\b")
_IT_OBJECT = rx.compile(r"\s+it\b")  # (nothing looked at before its start: matched at an offset as on a slice)

# patterns matched where a text begins, called compiled (rx.match's pre-check would scan the whole text)
_ITS_THEIR_I = rx.compile(r"(?:its|their)\b", re.I)
_BY_AGENT = rx.compile(r"[\"”’']?\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:(?:carried\s+out|launched|conducted|fired)\s+)?(?!claimed\b)(?:\w+\s+)?by\s+(?:an?\s+|the\s+)?")
_ON_TARGET = rx.compile(r"\s+(?:on|against|at)\s+(?:the\s+)?")
_VERB_OBJECT = rx.compile(r"\s+(?:the\s+)?")
_KNOWN_AS = rx.compile(r"\s+(?:on|against|at)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:known\s+as|called|named)\s+")
_KILL_NEXT = rx.compile(r"\s*kill")
# patterns ending in "\s+$", searched (as on text[:a]) only when the text before the verb ends with a
# word they end with
_DETERMINER_BEFORE = rx.compile(r"\b(?:the|a|an|its|their|of)\s+$")
_PASSIVE_BEFORE = rx.compile(r"\b(?:been|was|were|is|are|being|be|get|got)\s+(?:\w+ly\s+)?$")
_PRONOUN_BEFORE = rx.compile(r"\b(?!(?:and|then|when|after|before|because|that|which|so|said|says|but|as|if|since|where|while|also)\b)[a-z]+\s+(?:it|they|he|she|we)\s+$")
_GAP_WORDS = rx.compile(r"(['’]s)?(\s+[a-z-]+){0,3}\s*")
_SUBJECT_DEFINITE = rx.compile(r"\s*(the|this|that|it|its)\b", re.I)
_IT_THEY = rx.compile(r"(It|They)\b")
_ITS_THEIR = rx.compile(r"(its|their)\b")  # (no look before its start: matched at an offset as on a slice)
_LIST_GOES_ON = rx.compile(r"(?:,\s*(?!the\b)|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?")
# (these two need a word the text must hold, tested first as rx's pre-check would)
_TIMES_OVER = rx.compile(r"[^;.]{0,80}?\b(?:\d+|several|dozens\s+of|many|multiple)\s+times\b")
_THAT_BEGAN = rx.compile(r"[^.;]{0,80}\b(?:that|which)\s+(?:began|started)\b")


# the words a sentence needs before each rule is tried (the tokens of the sentence: self._keys)
_ANSWER_CUES = {"answered", "responded", "retaliated", "back", "replied"}
_NAMED_CUES = {"named", "identified", "confirmed"}
_EPISODE_CUES = {"campaign", "war", "offensive", "series", "wave", "string"}
_DESCRIBE_CUES = {"described", "calling", "called", "describing", "defended", "justified", "hailed"}
_LANDED_CUES = {"landed", "fell", "impacted", "crashed", "damage"}


class EventRules:
    """Rules of event writing added to the event pass (needs the run's mentions, frames and helpers)."""

    def _passive_killed(self, ev: EventMention, text: str, off: int, kv, ments: list[Mention]) -> bool:
        """"Two US soldiers were killed ... in a drone attack": the subject died (a state whose people they are was
        hit); nobody before the verb did the killing. True when the match was such a passive."""
        if not rx.search(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$", text[: kv.start()]):
            return False
        self._victims_of(ev, text, off, ments, max(0, kv.start() - 80), kv.start())
        return True

    def _victims_of(self, ev: EventMention, text: str, off: int, ments: list[Mention], lo: int, hi: int) -> None:
        for m in ments:
            if lo <= m.start - off < hi and self.type_of(m.entity_id) == "State" \
                    and rx.match(r"\s+(?:[\w-]+\s+)?(?:soldiers|troops|service\s*members|servicemen|personnel|sailors|marines|forces|citizens|nationals|diplomats)\b", text[m.end - off:]):
                if m.entity_id not in ev.victims:
                    ev.victims.append(m.entity_id)
                if not ev.targets and m.entity_id != ev.agent:
                    ev.targets.append(m.entity_id)  # ("attacks on US forces": the state's people were hit)

    def _event_details(self, ev: EventMention, s: Sentence, ments: list[Mention], a: int, b: int, is_verb: bool, passive, clause_from: int,
                       times=()) -> None:
        """Details of one event mention the event pass leaves out (offsets sentence-relative)."""
        text, off = s.text, s.start
        if ev.definite and not ev.known and _BLAST_WORD.fullmatch(ev.trigger.lower()):
            # "the blast had been caused by an Israeli interceptor missile": a word for what happened that refers
            # back to it; what it says caused it is someone's account, not the event's author
            ev.agent, ev.agent_via, ev.co_agents = None, None, []
            ev.kind = kind_of(ev.trigger, None, ev.plural, ev.progressive)
        if is_verb and ev.agent and self.type_of(ev.agent) == "Person" and rx.search(r"\b(?:[Ww]e|[Oo]ur\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}$", text[max(0, a - 40): a]):
            # "'..., we struck them,' the defence minister said": the speaker's side, not the speaker, did it
            side = self.gaz.affiliations.get(ev.agent) or self._state_of(ev.agent)
            ev.agent, ev.agent_via = (side, "subject") if side and side != ev.agent else (None, None)
            if not ev.known:
                ev.kind = kind_of(ev.trigger, self.type_of(ev.agent) if ev.agent else None, ev.plural, ev.progressive)
        if is_verb and not ev.agent and not passive:
            # "An Israeli drone struck his car", "US warships fired missiles at ...": the weapon's state
            for m in reversed(ments):
                if not (clause_from <= m.start - off and m.end - off <= a):
                    continue
                if m.kind != "demonym" or self.type_of(m.entity_id) not in ACTOR_TYPES:
                    break  # the nearest actor before the verb decides
                w = _WEAPON.match(text, m.end - off)
                if w and rx.fullmatch(r"\s*(?:(?:had|has|have|also|then|reportedly|allegedly|later)\s+)*", text[w.end(): a]):
                    ev.agent, ev.agent_via = m.entity_id, "subject"
                    if not ev.known:
                        ev.kind = kind_of(ev.trigger, self.type_of(m.entity_id), ev.plural, ev.progressive)
                break
        if not is_verb and not ev.definite and ('"' in text[max(0, a - 40): a] or "“" in text[max(0, a - 40): a] or "," in text[max(0, a - 40): a]) and rx.search(r"\bthe\s+(?:[\"“](?:[\w-]+,?\s+){1,3}|[\w-]+,\s+(?:[\w-]+\s+){1,2})$", text[max(0, a - 40): a]):
            # 'the "discrete, precision strikes"': a list of adjectives, quoted, does not end the determiner's phrase
            ev.definite = True
            if ev.kind == "Conflict" and ev.plural and not ev.known and not ev.progressive and ev.time is None and rx.search(r"strike|raid|bomb", ev.trigger, re.I):
                ev.kind = kind_of(ev.trigger, self.type_of(ev.agent) if ev.agent else None, False, False)
        if not is_verb and ev.kind == "Conflict" and ev.plural and not ev.known and not ev.progressive \
                and "with" in text and rx.search(r"\b(?:responded|answered|retaliated|hit\s+back|struck\s+back|replied)\s+(?:\w+\s+){0,2}?with\s+(?:[\w-]+\s+){0,2}$", text[max(0, a - 60): a]) \
                and not rx.search(r"\b(?:has|have|had|been|repeated|repeatedly|waves?|series|rounds?|weeks|months|campaign|since)\b", text[max(0, a - 60): b + 40]):
            # "Israel responded with air strikes on southern Lebanon": one answer, not a campaign (which
            # "have answered with repeated strikes" is)
            ev.kind = kind_of(ev.trigger, self.type_of(ev.agent) if ev.agent else None, False, False)
        if not is_verb and ev.kind == "Conflict" and not ev.agent and not ev.known:
            wg = _WAGED.match(text, b)
            who = ([m.entity_id for m in ments if wg.start("rest") <= m.start - off < wg.end("rest") and self.type_of(m.entity_id) in ACTOR_TYPES
                    and text[m.end - off: m.end - off + 1] != "-"] or [None])[-1] if wg else None
            if who and self.type_of(who) in ACTOR_TYPES:
                ev.agent, ev.agent_via = who, "subject"
                tail = rx.split(r"[;.]|,\s+(?:which|who|saying|and\s+the\s+\w+\s+(?:say|said))\b|\bsince\b", text[wg.end():])[0]
                for pm in rx.finditer(r"\b(?:in|across|off)\s+(?:the\s+)?", tail):
                    m = self._mention_at(ments, off + wg.end() + pm.end(), slack=0)
                    while m and self.type_of(m) in ("Region", "State", "Settlement"):
                        if m not in ev.places:
                            ev.places.append(m)
                        cont = rx.match(r"(?:,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?", text[self._end_of(ments, m) - off:])
                        m = self._mention_at(ments, self._end_of(ments, m) + cont.end(), slack=0) if cont else None
        if is_verb and not passive and not ev.targets and _IT_OBJECT.match(text, b):
            # "after two missiles hit it": the ship (or base) the sentence named before
            site = [m.entity_id for m in ments if m.end - off <= a and self.type_of(m.entity_id) == "Site"]
            if site:
                ev.targets.append(site[-1])
        if is_verb and not ev.places:
            self._where_hit(ev, s, ments, a)
        if is_verb and ev.time is None and not self._evs_before(ev, s):
            # "Before dawn on Friday a drone flew in from the sea and exploded in ...": the opening time is the act's
            first = next((t for t in times if t.start - off <= 25 and t.end - off <= a and not t.since), None)
            if first is not None and not rx.search(r"[;]|\b(?:said|says|told|announced)\b", text[first.end - off: a]):
                ev.time = first
        if ev.fatalities is None or ev.injuries is None:
            lo = max(clause_from, a - 160)
            seg = text[lo:a]
            tb = ("kill" in seg or "wound" in seg or "injur" in seg or "hurt" in seg) and ("were" in seg or "was" in seg or "been" in seg) \
                and rx.search_span(_TOLL_BEFORE, text, lo, a)
            if tb and not rx.search(r"[;]", tb.group()):
                for n, v in ((tb["n"], tb["v"]), (tb["n2"], tb["v2"])):
                    if v is None:
                        continue
                    count = parse_count(n) if n else None
                    if count is None:
                        continue
                    if v.lower() == "killed" and ev.fatalities is None:
                        ev.fatalities = count
                    elif v.lower() != "killed" and ev.injuries is None:
                        ev.injuries = count
                self._victims_of(ev, text, off, ments, tb.start("who"), tb.end("who") + 1)
        right = text[b: b + 220]
        if not is_verb and not ev.targets:
            # "Israel's attack on Iranian diplomatic premises", "a strike on an American base": the state's post
            on = _ON_POST.match(right)
            m = next((x for x in ments if x.start - off == b + on.end() and x.kind == "demonym"), None) if on else None
            if m is not None and self.type_of(m.entity_id) == "State" and _STATE_SITE.match(text, m.end - off) and m.entity_id != ev.agent:
                ev.targets.append(m.entity_id)
        if "includ" in right or "among" in right:
            inc = rx.search(_INCLUDING, right)
            if inc and not rx.search(r"\b(?:said|says|while|but)\b|[;]", right[: inc.start()]):
                pos = b + inc.end()
                for _ in range(4):
                    # (a rank or title before the name: "among them Brigadier General X")
                    m = next((x for x in ments if pos <= x.start - off <= pos + 45
                              and rx.fullmatch(r"\s*(?:(?:[A-Z][\w.-]*|the|a|an)\s+){0,4}", text[pos: x.start - off])), None)
                    if m is None or self.type_of(m.entity_id) != "Person":
                        break
                    if m.entity_id not in ev.killed:
                        ev.killed.append(m.entity_id)
                    nxt = rx.match(r"(?:,\s+(?:a|an|the)\s+[^,;]{1,60},)?\s*(?:,\s*and\s+|,\s*|\s+and\s+)", text[m.end - off:])
                    if not nxt:
                        break
                    pos = m.end - off + nxt.end()
        if not ev.killed and "kill" in right:
            un = _UNNAMED.search(right, 0, 150)
            if un and ";" not in right[: un.start()]:
                f = self._frame_at(self._frames_hint, a, False)
                ev.unnamed_dead = (s, f, a)  # named in a later sentence ("Hezbollah named him as X")

    def _sentence_event_rules(self, s: Sentence, ments: list[Mention], evs: list[EventMention], subject) -> None:
        text, off = s.text, s.start
        frames = self._frames_hint
        # "Al-Shabaab said it was behind the attack": the speaker claims its own act
        keys = self._keys
        if "behind" in keys or "responsible" in keys:
            for f in frames:
                if f.kind != "speech" or f.claimant == "reporter" or f.anonymous:
                    continue
                own = _OWN_BEHIND.match(text, f.start)
                if not own or own.end() > f.end:
                    continue
                ev = next((e for e in evs if e.start - off >= own.end()), None)
                if ev is None:
                    ev = self._last_told_act(s)
                if ev is not None and self.type_of(f.claimant) in ACTOR_TYPES:
                    who = self.gaz.affiliations.get(f.claimant) if self.type_of(f.claimant) == "Person" else f.claimant
                    self._add(s, who or f.claimant, "perpetrated", ev, frames, f.start, core=True,
                              frame=Frame(0, 0, f.claimant, "claimed_responsibility", f.verb, "claim"))
        # "The US and Britain have answered with repeated strikes on Houthi targets": the acts of the side
        # they hit, told before, are what the strikes answer
        if "with" in keys and not keys.isdisjoint(_ANSWER_CUES):
            for ev in evs:
                if ev.verb or not rx.search_span(_ANSWERED, text, max(0, ev.start - off - 90), ev.start - off):
                    continue
                if any(r[1] == "retaliation_for" and r[0] is ev for r in self.raw):
                    continue
                prior = [e for e in self.events if (e.sentence < s.index or e.end <= ev.start) and e is not ev and e.agent
                         and not (ev.agent and self.same_side(e.agent, ev.agent))]
                hit = [e for e in prior if e.agent in ev.targets]
                pick = (hit or prior)[-1:] if ev.agent else hit[-1:]
                if pick:
                    self._add(s, ev, "retaliation_for", pick[0], frames, ev.start - off)
        self._owned_and_placed(s, ments, evs, subject)
        if ("after" in keys or "before" in keys) and ("day" in keys or "days" in keys or "week" in keys or "weeks" in keys):
            self._days_apart(s, evs)
        if not keys.isdisjoint(_EPISODE_CUES):
            for ep in rx.finditer(_EPISODE_OF, text):
                act = next((e for e in evs if e.start - off == ep.start("ep")), None)
                whole = next((e for e in evs if e.start - off == ep.end() and e.kind == "Conflict"), None)
                if act is not None and whole is not None and act is not whole and act.kind in ("Strike", "Attack", "Conflict"):
                    self._add(s, act, "part_of_event", whole, frames, ep.start())
        # "Hezbollah named him as X": the dead of a recent event that killed someone unnamed
        if not keys.isdisjoint(_NAMED_CUES):
            na = rx.search(_NAMED_AS, text)
            who = self._mention_at(ments, off + na.end(), slack=2) if na else None
            if who and self.type_of(who) == "Person":
                ev = next((e for e in reversed(self.events) if getattr(e, "unnamed_dead", None) and s.index - e.sentence <= 3 and e.sentence < s.index), None)
                if ev is not None:
                    lede_s, lede_f, pos = ev.unnamed_dead
                    self._add(lede_s, ev, "killed", who, [], pos, frame=lede_f)
                    f = self._frame_at(frames, na.start(), False)
                    if f is None and subject and self.type_of(subject) in ACTOR_TYPES and rx.search(r"\b(?:named|identified|confirmed)\b", text[: na.end()]):
                        f = Frame(0, 0, subject, "asserted", "named", "speech")
                    self._add(s, ev, "killed", who, frames, na.start(), frame=f)

    def _owned_and_placed(self, s: Sentence, ments: list[Mention], evs: list[EventMention], subject) -> None:
        text, off = s.text, s.start
        frames = self._frames_hint
        if not self._keys.isdisjoint(_DESCRIBE_CUES):
            od = rx.search(_OWN_DEFENCE, text)
            ev = next((e for e in evs if od.start() <= e.start - off < od.end()), None) if od else None
            if ev is not None:
                f = self._frame_at(frames, od.start(), False)
                who = f.claimant if f is not None and f.claimant != "reporter" else None
                if who is None:  # ("X described ..."): the one who describes it
                    near = [m.entity_id for m in ments if m.end - off <= od.start() and self.type_of(m.entity_id) in ACTOR_TYPES
                            and not self._adjective(m, text, off) and not rx.search(r"[;]", text[m.end - off: od.start()])]
                    who = near[-1] if near else None
                # the speaker's side: its state, or the state in its title ("Iran's ambassador to the UN, X,")
                side = (self._state_of(who) if who else None) or next(
                    (m.entity_id for m in ments if m.end - off <= od.start() and self.type_of(m.entity_id) == "State"
                     and rx.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:ambassador|envoy|minister|president|spokes\w+|representative|mission|leader|government)\b", text[m.end - off:])), None)
                # (an anaphor's author is that of the act it refers back to: the speaker's side's last act)
                agent = ev.agent or next((e.agent for e in reversed(self.events) if e.agent and who and e is not ev
                                          and (self.same_side(who, e.agent) or side == e.agent)), None)
                if who and agent and (self.same_side(who, agent) or side == agent or who == agent):
                    self._add(s, agent, "perpetrated", ev, frames, od.start(), core=True,
                              frame=Frame(0, 0, who, "claimed_responsibility", "described", "claim"))
        if not self._keys.isdisjoint(_LANDED_CUES):
            ld = rx.search(_LANDED, text)
            where = self._mention_at(ments, off + ld.end(), slack=0) if ld else None
            if where is None and ld:  # "at a major air base in the Negev desert"
                inner = rx.match(r"[^,;.]{0,50}?\b(?:in|near)\s+(?:the\s+)?", text[ld.end():])
                where = self._mention_at(ments, off + ld.end() + inner.end(), slack=0) if inner else None
            if where and self.type_of(where) in ("State", "Region", "Settlement"):
                own = [e for e in evs if e.start - off <= ld.start() + 12 and e.kind in ("Strike", "Attack")]
                weapon = rx.match(r"\w+?(?=s?\b)", ld.group()).group()  # "missiles" -> "missile"
                # the last act told with that weapon ("launched 300 drones and missiles"), else the last act
                recent = [e for e in self.events if e.kind in ("Strike", "Attack") and s.index - e.sentence <= 3 and e.sentence < s.index
                          and not (e.agent and self._state_of(e.agent) == where)]
                armed = [e for e in recent if weapon in e.trigger.lower()]
                ev = own[-1] if own else (armed or recent or [None])[-1]
                if ev is not None and not (ev.agent and self._state_of(ev.agent) == where):
                    self._add(s, ev, "located_in", where, frames, ld.start())

    def _where_hit(self, ev: EventMention, s: Sentence, ments: list[Mention], a: int) -> None:
        """"A tanker was burning in the Gulf of Aden after it was struck by a missile": the ship's place."""
        text, off = s.text, s.start
        wh = rx.search_span(_WHERE_HIT, text, max(0, a - 140), a) if ("after" in text or "when" in text) else None
        if wh and wh.end() == a and not rx.search(r"[,;]", wh.group()):
            m = self._mention_at(ments, off + wh.start("place"), slack=0)
            if m and self.type_of(m) in ("Region", "Settlement", "State") and m not in ev.places:
                ev.places.append(m)

    def _days_apart(self, s: Sentence, evs: list[EventMention]) -> None:
        """"struck ... early on Wednesday, a day after an American gunship killed militants": the act after
        "a day after" is dated from the act it is told against (two acts, on two days)."""
        text, off = s.text, s.start
        for m in rx.finditer(r"\b(?P<n>a|one|two|three|four|five|six|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\s+", text):
            later = next((e for e in evs if m.end() <= e.start - off <= m.end() + 80 and e.time is None and e.kind in ("Strike", "Attack")), None)
            anchor = next((e for e in reversed(evs) if e.end - off <= m.start() and e.time and e.time.day), None)
            if later is None or anchor is None:
                continue
            n = 1 if m["n"] in ("a", "one") else (parse_count(m["n"]) or 0)
            days = n * (7 if m["unit"].startswith("week") else 1)
            if not days:
                continue
            shift = dt.timedelta(days=-days if m["dir"] == "after" else days)
            day = anchor.time.day + shift
            # (loosely told: "a day after" an early-morning strike may be late two days before)
            lo, hi = (day - dt.timedelta(days=1), day) if m["dir"] == "after" else (day, day + dt.timedelta(days=1))
            later.time = TimeRef(m.group().strip(), m.start() + off, m.end() + off, lo, hi, note=f"{m.group().strip()} {anchor.time.text}")

    def _evs_before(self, ev: EventMention, s: Sentence) -> bool:
        return any(e.sentence == s.index and e.start < ev.start for e in self.events[-4:])

    def _last_told_act(self, s: Sentence) -> EventMention | None:
        acts = [e for e in self.events if e.kind in ("Attack", "Strike") and s.index - e.sentence <= 2]
        return acts[-1] if acts else None

    def _killed_in(self, ev: EventMention, text: str, off: int, a: int, ments: list[Mention], clause_from: int, subject: str | None) -> None:
        """"the army said it had killed X and two other Hezbollah fighters in a strike on ...": who killed
        them made the strike; the people named are its dead, the group they belong to its target."""
        kv = rx.search_span(_KILLED_IN, text, max(clause_from, a - 160), a)
        if not kv or ev.agent or self._passive_killed(ev, text, off, kv, ments):
            return
        before = text[clause_from: kv.start()]
        if rx.search(r"\b(?:it|they|we)\s+(?:(?:had|has|have|also)\s+)*$", before, re.I):
            own = [f for f in self._frames_hint if f.start <= kv.start() and f.claimant != "reporter" and f.kind != "negated"]
            who = own[-1].claimant if own else subject
        else:
            subj = [m.entity_id for m in ments if clause_from <= m.start - off and m.end - off <= kv.start()
                    and self.type_of(m.entity_id) in ACTOR_TYPES and not self._adjective(m, text, off)
                    and not self._modifier(ments, m.entity_id, text, off)
                    and not rx.search(r"\b(?:in|on|at|of|from|to|near|with|by|for|into|against)\s+(?:the\s+)?$", text[: m.start - off])]
            who = subj[-1] if subj and not rx.search(r"[,;]|\b(?:that|which|who|when|after)\b", text[self._end_of(ments, subj[-1]) - off: kv.start()]) else None
        if who and self.type_of(who) in ACTOR_TYPES:
            ev.agent, ev.agent_via = who, "subject"
        for m in ments:
            if kv.start("obj") <= m.start - off < kv.end("obj"):
                if self.type_of(m.entity_id) == "Person" and m.entity_id not in ev.killed:
                    ev.killed.append(m.entity_id)
                elif self.type_of(m.entity_id) in ("ArmedGroup", "Coalition") and m.entity_id not in ev.targets \
                        and rx.match(r"\s+(?:[\w-]+\s+)?(?:fighters|operatives|members|commanders?|militants|officials?|leaders?)\b", text[m.end - off:]):
                    ev.targets.append(m.entity_id)
