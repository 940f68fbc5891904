"""Events in news text: an attack, a strike, a war, with actor, target, place, date and toll.

An event mention is a trigger noun ("drone strike", "attack", "war") or verb ("struck",
"attacking") with what the words around it say: an agent ("A US drone strike", "attacks by X",
"X struck"), places ("in Iraq and Syria"), a target ("on X", "targeting X"), a time ("Wednesday's",
"late last month") and a toll ("killed three US troops and injured 41"). Mentions of one event are
then merged within the article and matched to known events by date, place, toll and type.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.dates import TimeRef

__all__ = ["EventMention", "find_event_triggers", "parse_count", "compatible", "score_known"]

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12,
    "dozens": None, "scores": None, "hundreds": None,
}
NUM = r"(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|around\s+|up\s+to\s+)?(?P<n>\d[\d,]*|a\s+dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"

_NOUN = re.compile(
    r"\b(?!(?<=to\s)(?:attack|strike|raid|assault|ambush|bomb|shell)\b)(?P<trig>(?:(?:air|drone|missile|rocket|suicide|ballistic|cruise|naval|ground|precision|one-way|bomb)\s)?"
    r"(?:air)?(?:strikes?|attacks?|raids?|bombings?|assaults?|barrages?|offensive|war|campaign|seizure|hijacking|ambush|shelling|bombardment|incursion|suspension|truce|ceasefire|assassinations?|(?:rocket|missile|mortar|artillery)\s+fire|(?<=the\s)operation|(?<=the\s)killing|(?<=the\s)incident|blasts?|explosions?|exchanges?\s+of\s+fire|clashes))\b"
    r"(?!\s+(?:drones?|helicopters?|aircraft|craft|boats?|submarines?|dogs?|jets?|planes?|surface))",
    re.I,
)
_VERB = re.compile(
    r"\b(?P<trig>(?<=to\s)attack\b|(?:slammed|smashed|crashed|ploughed|plowed)\s+into|(?:traded|trading|exchanged|exchanging)\s+fire|(?:suspending|suspended|halting|halted|pausing|paused)(?=\s+(?:all\s+|its\s+|their\s+)?(?:military\s+|armed\s+)?(?:operations|attacks))|struck|strikes\s+(?=on\b)|hit(?=\s+(?:a|an|the|two|three|four|five|several|dozens|more|at|their|its|his|her|it|them|\d[\d,]*|\w+['’]s)\b)|(?<=was\s)hit\b|(?<=were\s)hit\b|(?<=been\s)hit\b|(?<=being\s)hit\b|(?:(?<=that\s)|(?<=which\s))hit(?!\s+(?:back|out)\b)|(?:(?<=were\s)|(?<=was\s)|(?<=been\s))(?:fired|launched)(?=\s+(?:at|on|towards?|into)\s)|(?:(?<=strike\s)|(?<=attack\s)|(?<=missile\s)|(?<=drone\s)|(?<=rocket\s)|(?<=missiles\s)|(?<=rockets\s)|(?<=drones\s)|(?<=shells\s))hit\b|(?:(?<=gunship\s)|(?<=drone\s)|(?<=missile\s)|(?<=rocket\s)|(?<=helicopter\s)|(?<=jet\s)|(?<=warplane\s)|(?<=shell\s)|(?<=bomb\s))killed\b|(?:(?<=had\s)|(?<=has\s)|(?<=have\s)|(?<=jets\s)|(?<=warplanes\s)|(?<=aircraft\s))hit\b|exploded(?=\s+(?:in|at|near|on|inside|outside|over)\s)|(?:(?<=began\s)|(?<=begun\s)|(?<=started\s)|(?<=kept\s)|(?<=continued\s)|(?<=resumed\s)|(?<=been\s))striking\b|attacked|attacking|bombed|bombing|raided|shelled|seized|hijacked|targeted|targeting|ambushed|stormed(?=\s+(?:a|an|the|into|two|three|several)\b)|opened\s+fire(?=\s+(?:on|at)\b)|shot\s+dead|blew\s+(?:himself|herself|themselves)\s+up|(?:(?<=bomb\s)|(?<=bombs\s)|(?<=device\s)|(?<=devices\s)|(?<=explosives\s))(?:exploded|detonated|went\s+off)|launched\s+(?:a|an|two|three|several)?\s*(?:\w+\s+)?(?:attack|strike|missile|drone|rocket)s?|launched\s+(?:(?:more|fewer)\s+than\s+|at\s+least\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,]*|dozens|hundreds|scores)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}(?:missiles?|rockets?|drones?)(?:\s+and\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|drones?))?|fired\s+[\"“]?(?:[\w-]+\s+){0,4}(?:missiles?|rockets?|drones?))\b",
    re.I,
)


@dataclass
class EventMention:
    """One mention of an event in one sentence (and, after merging, the event it names)."""

    start: int
    end: int
    text: str
    trigger: str
    kind: str                       # Strike | Attack | Conflict | Event
    plural: bool = False
    definite: bool = False
    progressive: bool = False
    verb: bool = False
    agent: str | None = None        # entity id
    agent_via: str | None = None    # adj | by | subject | possessive
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    time: TimeRef | None = None
    fatalities: int | None = None
    injuries: int | None = None
    killed: list[str] = field(default_factory=list)
    known: str | None = None        # the id of a named event (a gazetteer match)
    words: set[str] = field(default_factory=set)  # its words of more than three letters, lower case, not of names
    sentence: int = 0
    event: int | None = None        # index of the merged event
    heads: set = field(default_factory=set)
    victims: list[str] = field(default_factory=list)  # states whose people it killed or injured
    co_agents: list[str] = field(default_factory=list)
    relative: bool = False              # timed by another act of the story ("eight hours after the tanker was hit")
    unnamed_dead: tuple | None = None   # (sentence, frame, offset) of "killed a senior commander", named later
    last_sentence: int = 0              # (merged events) the last sentence that mentions it  # "The United States and Britain have bombed ..."

# The same patterns without re.I, run on the lower-cased text: the same matches, twice as fast.
_NOUN_LC = rx.compile(_NOUN.pattern)
_VERB_LC = rx.compile(_VERB.pattern)


# where a noun or a verb trigger can begin (rx.scan's head finders joined): the text is walked once for both
_BOTH_HEADS = rx.joint_head_finder(_NOUN_LC, _VERB_LC)


def find_event_triggers(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, trigger, is_verb) for each event word of `text`. On ASCII text the lower-case
    patterns are tried only where the text begins with a trigger's first letters (as `rx.scan`
    does, for both patterns at once)."""
    low = text.lower()
    if len(low) == len(text) and _BOTH_HEADS is not None:
        nouns, verbs = [], []
        noun_end = verb_end = 0
        noun_at, verb_at = _NOUN_LC.match, _VERB_LC.match
        for head in _BOTH_HEADS.finditer(low):
            at = head.start()
            if at >= noun_end:
                m = noun_at(low, at)
                if m:
                    noun_end = m.end()
                    nouns.append(m)
            if at >= verb_end:
                m = verb_at(low, at)
                if m:
                    verb_end = m.end()
                    verbs.append(m)
    elif len(low) == len(text):
        nouns, verbs = rx.scan(_NOUN_LC, low), rx.scan(_VERB_LC, low)
    else:
        nouns, verbs = _NOUN.finditer(text), _VERB.finditer(text)
    out = []
    for m in nouns:
        out.append((m.start("trig"), m.end("trig"), text[m.start("trig"): m.end("trig")].strip(), False))
    for m in verbs:
        if any(a <= m.start() < b for a, b, *_ in out):
            continue
        out.append((m.start("trig"), m.end("trig"), text[m.start("trig"): m.end("trig")].strip(), True))
    if "killed" in low:
        # "a drone launched by the rebels killed a man": the weapon's kill is the act (when no other trigger
        # between tells it: "a drone strike on a car killed two" is the strike's)
        for m in _WEAPON_KILLED.finditer(low):
            if not any(m.start() <= a < m.end() or a <= m.start() < b for a, b, *_ in out):
                out.append((m.start("trig"), m.end("trig"), text[m.start("trig"): m.end("trig")], True))
    return sorted(out)


_WEAPON_KILLED = re.compile(r"\b(?:drone|missile|rocket|shell|bomb|gunship|jet|warplane|helicopter|mortar)s?\b(?:\s+(?!(?:and|but|who|which|that|was|were|had|has)\b)[\w'-]+){0,6}?\s+(?P<trig>killed)\b")


@functools.lru_cache(maxsize=4096)
def kind_of(trigger: str, agent_type: str | None, plural: bool, progressive: bool) -> str:
    """The event's type from its trigger word, its agent's type and its number (asked for a few times per
    event: cached by those small units)."""
    t = trigger.lower()
    if rx.search(r"suspen|truce|ceasefire|halt|paus", t):
        return "Event"
    if rx.search(r"war|offensive|campaign|(?:traded|trading|exchanged|exchanging|exchanges?\s+of)\s+fire|clashes", t):
        return "Conflict"
    if progressive:
        return "Conflict"
    if rx.search(r"seiz|hijack|ambush", t):
        return "Attack"
    state = agent_type in ("State", "StateOrgan")
    if rx.search(r"airstrike|air strike", t) and agent_type is None:
        return "Strike"
    if rx.search(r"strike|struck|bomb|shell|bombard|raid", t):  # "American raids" are a state's strikes
        return "Strike" if state else "Attack"
    if state:
        return "Strike"
    return "Attack"


def parse_count(text: str) -> int | None:
    text = " ".join(text.lower().split())
    if text in _NUMBER_WORDS:
        return _NUMBER_WORDS[text]
    try:
        return int(text.replace(",", ""))
    except ValueError:
        return None


_FAMILY = {"Strike": "hit", "Attack": "hit", "Event": "any", "Conflict": "war"}


def compatible(a: EventMention, b: EventMention, types=None, same=None) -> bool:
    """Could `a` and `b` be the same event: no clash in kind, date, agent, place, site hit or toll
    (`types`: entity id -> type, to tell states from towns and sites)."""
    same = same or (lambda x, y: x == y)
    if a.known and b.known and a.known != b.known:
        return False
    if a.kind != b.kind and "Event" not in (a.kind, b.kind):
        if {a.kind, b.kind} != {"Strike", "Attack"} or (a.agent and b.agent and not same(a.agent, b.agent)):
            return False
    if a.time and b.time and a.time.earliest and b.time.earliest:
        if a.time.latest < b.time.earliest or b.time.latest < a.time.earliest:
            return False
    elif a.time and b.time and not a.time.earliest and not b.time.earliest:
        x, y = a.time.text.lower(), b.time.text.lower()
        if x not in y and y not in x:
            return False  # unresolved, but "Wednesday" and "last weekend" are not the same day
    if (a.agent and a.agent in b.targets) or (b.agent and b.agent in a.targets):
        return False
    if a.agent and b.agent and not same(a.agent, b.agent) and a.agent not in b.co_agents and b.agent not in a.co_agents:
        return False  # ("the American and British strikes" / "Britain's strikes": one act of both)
    if (a.agent and a.agent in b.victims) or (b.agent and b.agent in a.victims):
        return False
    # a toll told again with a new figure ("The blast killed 14, officials later said") is no clash when one
    # mention is a bare anaphor with nothing else of its own: tolls rise as news comes in
    x, y = a.fatalities, b.fatalities
    u, v = a.injuries, b.injuries
    if (x is not None and y is not None and x != y) or (u is not None and v is not None and u != v):
        if not any(m.definite and not (m.agent or m.time or m.places or m.targets or m.known) for m in (a, b)):
            return False
    if a.places and b.places and not set(a.places) & set(b.places):
        if types is None:
            return False
        # a state and a town in it are no clash ("the strike in Damascus" / "the strike in Syria"): compare
        # states with states and other places with other places
        for level in (True, False):
            x = {p for p in a.places if (types(p) == "State") == level}
            y = {p for p in b.places if (types(p) == "State") == level}
            if x and y and not x & y:
                return False
    if types is not None and a.targets and b.targets and not set(a.targets) & set(b.targets):
        # an attack on one ship (or base) is not an attack on another the same day
        x = {t for t in a.targets if types(t) == "Site"}
        y = {t for t in b.targets if types(t) == "Site"}
        if x and y:
            return False
    return True


def shares(a: EventMention, b: EventMention, same=None) -> bool:
    """Do two compatible mentions share something specific (a date, a toll, a place, a name)?"""
    if same is not None and a.agent and b.agent and (same(a.agent, b.agent) or a.agent in b.co_agents or b.agent in a.co_agents) \
            and {*a.places, *a.targets} & {*b.places, *b.targets}:
        return True  # "Iran fired missiles at Israel" / "the Guards fired drones at targets in Israel"
    if a.known and a.known == b.known:
        return True
    if a.fatalities is not None and a.fatalities == b.fatalities:
        return True
    if a.injuries is not None and a.injuries == b.injuries:
        return True
    if a.time and b.time and a.time.day and a.time.day == b.time.day:
        return True
    dated = a.time and b.time and a.time.earliest and b.time.earliest
    # a place in common, and the same agent or both dated; a target in common, both dated
    # (the cheap tests before the sets)
    if a.places and b.places and ((a.agent and a.agent == b.agent) or dated) and not set(a.places).isdisjoint(b.places):
        return True
    if a.targets and b.targets and dated and not set(a.targets).isdisjoint(b.targets):
        return True
    return False


_KNOWN_CACHE: dict[int, tuple] = {}


def known_facts(entity) -> tuple:
    """(text, words, date) of a known event, computed once per entity object."""
    hit = _KNOWN_CACHE.get(id(entity))
    if hit is not None and hit[0] is entity:
        return hit[1]
    props = entity.properties
    text = " ".join((entity.name, *entity.aliases, str(props.get("description", "")))).lower()
    words = {_SYN.get(w, w) for w in rx.findall(r"[a-z0-9]+", " ".join((entity.name, *entity.aliases)).lower())}
    when = props.get("date") or props.get("start_date")
    if isinstance(when, str):
        try:
            when = dt.date.fromisoformat(when)
        except ValueError:
            when = None
    facts = (text, words, when)
    if len(_KNOWN_CACHE) > 100_000:
        _KNOWN_CACHE.clear()
    _KNOWN_CACHE[id(entity)] = (entity, facts)
    return facts


def facts_title(entity) -> str:
    """The known event's name and aliases, lower case (cached with its other facts)."""
    hit = _TITLE_CACHE.get(id(entity))
    if hit is None or hit[0] is not entity:
        hit = (entity, " ".join((entity.name, *entity.aliases)).lower())
        _TITLE_CACHE[id(entity)] = hit
    return hit[1]


_TITLE_CACHE: dict[int, tuple] = {}


_ONE_DAY = dt.timedelta(days=1)
_STRIKE_ATTACK = {("Strike", "Attack"), ("Attack", "Strike")}


def known_pool(r: EventMention, known_days: list, published: dt.date | None) -> list:
    """The known events (of `known_days`: (event, its day as known_facts gives it) pairs) `r` may be:
    a cheap first cut before scoring: the type family, the day, and nothing after publication (what
    depends on `r` alone taken once)."""
    kind, t = r.kind, r.time
    limit = published + _ONE_DAY if published is not None else None
    dated = bool(t and t.earliest)
    lo = t.earliest - _ONE_DAY if dated else None
    out = []
    for e, when in known_days:
        etype = e.type
        if kind != etype and kind != "Event" and (kind, etype) not in _STRIKE_ATTACK:
            continue
        if limit is not None and when and when > limit:
            continue  # an article cannot report what happened after it was published
        if dated and etype != "Conflict" and when and not (lo <= when <= t.latest + _ONE_DAY):
            continue
        out.append(e)
    return out


def score_known(ev: EventMention, entity, names: dict[str, list[str]], specific: frozenset = frozenset(), agent_is_state: bool = False,
                agent_is_group: bool = False, prep: tuple | None = None) -> float:
    """How well a known event entity fits an extracted event (0: not at all). (`prep`: what
    :func:`score_prep` gives for the event and `names`, when the caller scores it against many.)"""
    if ev.kind != entity.type and ev.kind != "Event" and {ev.kind, entity.type} != {"Strike", "Attack"}:
        return 0.0
    props = entity.properties
    text, words, when = known_facts(entity)
    score = 0.0
    if ev.kind != entity.type:
        if ev.kind == "Event":
            score -= 0.5
        elif {ev.kind, entity.type} == {"Strike", "Attack"}:
            score -= 1.0
        else:
            return 0.0
    if ev.time and not ev.time.earliest and when and entity.type != "Conflict":
        return 0.0  # "Wednesday" without a publication date: the day cannot be checked
    if ev.time and ev.time.earliest and when and entity.type != "Conflict":
        slack = dt.timedelta(days=1)
        if ev.time.earliest <= when <= ev.time.latest:
            score += 3.0 if ev.time.day else 2.0
        elif ev.time.earliest - slack <= when <= ev.time.latest + slack:
            score += 1.0  # a day off (time zones, "overnight"): only with more that fits
        else:
            return 0.0
    elif entity.type != "Conflict" and when and not ev.time:
        score -= 0.5
    for key, alias, value in (("fatalities", "killed", ev.fatalities), ("injuries", "injured", ev.injuries)):
        if value is not None:
            known = props.get(key, props.get(alias))
            if known is not None:
                score += 1.0 if int(known) == value else -1.5
    title = facts_title(entity)
    for place in [*ev.places, *ev.targets]:
        if place in specific and _named(title, names.get(place, ())):
            score += 1.5
    if prep is None:
        prep = score_prep(ev, names)
    if ev.agent and any((on_low in title and _name_re(on).search(title)) or (against_low in title and _name_re(against).search(title))
                        for on_low, on, against_low, against in prep[1]):
        return 0.0  # "Attacks on US forces" was not carried out by the US
    if ev.agent and _named(text, names.get(ev.agent, ())):
        score += 1.0 if _named(title, names.get(ev.agent, ())) else 0.5
    elif ev.agent and entity.type == "Conflict" and (agent_is_state or agent_is_group) \
            and not (agent_is_group and any(_named(title, names.get(x, ())) for x in ev.targets)
                     and all(_named(text, names.get(p, ())) for p in ev.places)):
        # "the US and Britain have bombed the Houthis" is not "Houthi attacks on shipping"; Hezbollah
        # trading fire with Israel is not the Israel-Hamas war: a campaign's own side is named in it
        # (but a campaign named by whom it hits, "attacks on US forces", is carried out by groups it leaves unnamed)
        return 0.0
    hits = 0
    for target in ev.targets:
        if _named(text, names.get(target, ())):
            score += 1.0 if _named(title, names.get(target, ())) else 0.5
            hits += 1
    if hits and ev.agent and _named(text, names.get(ev.agent, ())):
        score += 0.5  # who and whom both fit
    for place in ev.places:
        if _named(text, names.get(place, ())):
            score += 1.0
    for person in ev.killed:  # "a drone strike killed Abu Taqwa": who died picks the event out
        if _named(text, names.get(person, ())):
            score += 1.5
    overlap = prep[0] & words
    score += 0.5 * len(overlap)
    return score


def score_prep(ev: EventMention, names) -> tuple:
    """What :func:`score_known` needs of the event alone: its words of more than three letters,
    synonyms merged (what a known event's name shares), and "on X" / "against X" for each name X of
    its agent (lower case, and as written)."""
    words = frozenset({_SYN.get(w, w) for w in ev.words if len(w) > 3})
    phrases = tuple(("on " + n.lower(), "on " + n, "against " + n.lower(), "against " + n) for n in names.get(ev.agent, ()) if n) if ev.agent else ()
    return words, phrases


_SYN = {w: "forces" for w in ("troops", "soldiers", "members", "personnel", "bases", "servicemembers", "forces")}
_SYN.update({w: "attacks" for w in ("attack", "attacks", "attacking", "attacked")})
_SYN.update({w: "strikes" for w in ("strike", "strikes", "struck", "airstrike", "airstrikes")})
_SYN.update({w: "war" for w in ("war", "wars", "offensive", "campaign", "conflict")})
_SYN.update({w: "ships" for w in ("ship", "ships", "shipping", "vessel", "vessels", "tanker", "tankers")})


def _named(text: str, names) -> bool:
    key = (text, tuple(names))  # the texts are the cached facts of known events: their hashes are kept
    hit = _NAMED.get(key)
    if hit is None:
        if len(_NAMED) > 50_000:
            _NAMED.clear()
        hit = _NAMED[key] = any(n and n.lower() in text and _name_re(n).search(text) for n in names)
    return hit


_NAMED: dict[tuple, bool] = {}


@functools.lru_cache(maxsize=8192)
def _name_re(name: str) -> re.Pattern:
    # "Israel-Hamas war" names both sides; "Iran-backed militias" does not name Iran as the one who acts
    return re.compile(rf"(?<![\w]){re.escape(name.lower())}(?![\w]|-(?:backed|led|aligned|linked|allied|sponsored|funded|"
                      rf"affiliated|controlled|held|run|based|owned|flagged|made|supplied|armed)\b)")


@functools.lru_cache(maxsize=4096)
def words_of(name: str) -> frozenset[str]:
    """The lower-case words of a mention's text (asked for at each event near the mention)."""
    return frozenset(re.findall(r"[a-z]+", name.lower()))
