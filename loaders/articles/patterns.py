"""Word lists and patterns the article extractor shares: entity type groups, cue words that let a
sentence skip whole passes, and the patterns of noun phrases, roles and backing."""

from __future__ import annotations

import re

from proxygraph.loaders.articles import _rx as rx
from proxygraph.loaders.articles.frames import BLAME, DENY, SPEECH, SUSPECT

__all__ = ["ACTOR_TYPES", "CORE", "EVENT_TYPES", "GRADES", "PLACE_TYPES", "_ACTOR_NOUNS", "_BACKED", "_BACKING_CUES", "_DATE_CUES", "_EVENT_CUES", "_FRAME_CUES", "_HEDGE", "_MEMBER_CUES", "_NOMINAL", "_NOT_MODIFIER", "_NP_BREAK", "_ROLE", "_STRUCTURE_CUES", "_SUPPORT"]

ACTOR_TYPES = {"State", "StateOrgan", "ArmedGroup", "Coalition", "Person", "Organization"}
PLACE_TYPES = {"Place", "Settlement", "Site", "Region"}
EVENT_TYPES = {"Event", "Attack", "Strike", "Conflict", "Designation"}
# Default Admiralty grades by (claimant is the reporter, modality); see docs/articles.md.
GRADES = {
    ("reporter", "asserted"): "B2", ("reporter", "reported"): "C3", ("actor", "asserted"): "B3",
    ("actor", "reported"): "C3", ("actor", "claimed_responsibility"): "B3", ("actor", "blamed"): "C3",
    ("actor", "suspected"): "C4", ("actor", "denied"): "C3", ("reporter", "blamed"): "C3",
    ("reporter", "suspected"): "C4", ("reporter", "denied"): "C3", ("reporter", "claimed_responsibility"): "C3",
}
CORE = {"blame", "suspect", "deny", "claim"}
_NOMINAL = re.compile(
    r"\b(?P<det>the|this)\s+(?:(?:[\w-]+)\s+){0,3}?(?P<noun>group|militia|movement|rebel\s+group|rebels|militants|organi[sz]ation|faction|umbrella\s+group|coalition)\b(?!\s+(?:of(?!\s+\w+ing\b)|that|which|in)\b)",
    re.I,
)
# Cheap token cues: a sentence without any skips the date, frame or event patterns.
_DATE_CUES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
    "thursdays", "fridays", "saturdays", "sundays", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "last", "this", "next", "since", "ago", "old", "yesterday", "today", "tonight",
    "weekend", "week", "month", "year", "earlier", "later",
}
_FRAME_CUES = set(rx.findall(r"[a-z]+", SPEECH + "|" + BLAME + "|" + SUSPECT + "|" + DENY + "|according|responsibility|credit"))
_EVENT_CUES = {
    w for w in rx.findall(r"[a-z]+", "strike strikes airstrike airstrikes attack attacks raid raids bombing bombings "
                          "assault assaults barrage barrages offensive war campaign campaigns seizure hijacking ambush "
                          "shelling bombardment incursion struck attacked attacking bombed raided shelled seized hijacked "
                          "targeted targeting launched fired hit under operation fire slammed smashed crashed ploughed plowed assassination assassinations killing clashes suspension suspending suspended halting halted pausing paused truce ceasefire "
                          # the blast, an explosion, the incident, gunmen stormed, ambushed, shot dead, a bomb exploded /
                          # went off, blew himself up, opened fire, began striking (events.py)
                          "blast blasts explosion explosions incident stormed ambushed shot exploded detonated went blew opened striking "
                          # "Hezbollah named him as X": the dead of an event told before (event_rules.py)
                          "named identified "
                          # "missiles had landed inside X", "the strikes caused damage at ...": where the act hit (event_rules.py)
                          "landed fell impacted damage")
}
_ACTOR_NOUNS = {
    "forces", "troops", "military", "army", "navy", "jets", "warplanes", "aircraft", "officials", "government",
    "administration", "soldiers", "drones", "fighter", "fighters", "warships", "destroyer", "bombers", "officers",
    "blamed", "said", "says", "struck", "accused", "denied", "carried", "launched", "has", "had", "have", "is", "was",
    "personnel", "servicemen", "servicemembers",
}
_BACKING_CUES = {
    "proxy", "proxies", "client", "clients", "surrogate", "surrogates",
    "backs", "backed", "supports", "supported", "funds", "funded", "arms", "armed", "finances", "financed", "sponsors",
    "sponsored", "bankrolls", "supplies", "supplied", "supplying", "trains", "trained", "equips", "equipped", "provides",
    "provided", "militia", "militias", "groups", "group", "factions", "proxies",
}
_MEMBER_CUES = {"includes", "including", "comprises", "comprising", "such", "under", "made", "part", "member", "members", "umbrella"}
_STRUCTURE_CUES = {
    "arm", "wing", "branch", "unit", "division", "brigade", "formation", "component", "faction", "member", "part", "force",
    "group", "militia", "pillar", "war", "fire", "blows", "fighting", "fought", "clash", "clashed", "clashing", "operations",
    "ally", "allied", "allies", "sanctioned", "designated", "blacklisted", "listed", "sanctions", "redesignated",
    "designating", "designates", "designation", "listing", "blacklisting", "returned", "added", "campaign", "offensive",
    "solidarity",
}
# "bore the hallmarks of", "pointed to", "likely carried out by": a suspect named by a speaker. A
# pattern for rx.search(_HEDGE, text, re.I), which skips texts without "hallmark", "point", ...
_HEDGE = (
    r"\b(?:bore|bears|bear|had|has|carried|carries)\s+(?:all\s+)?the\W{1,3}(?:footprints?|hallmarks?|fingerprints?|signature|trademarks?)\W{1,3}of\s+"
    r"|\b(?:pointed|points)\s+to\s+|\b(?:likely|probably|believed\s+to\s+have\s+been)\s+(?:\w+\s+)?by\s+"
)
_NOT_MODIFIER = rx.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|called|call|calls|condemned|condemns|denounced|described|"
    r"launched|carried|out|conducted|has|have|had|was|were|is|are|will|would|could|said|says|blamed|after|before)\b", re.I)
_NP_BREAK = rx.compile(r"[,;()]|\b(?:in|on|by|for|to|after|following|that|which|who|and|of|with|from|at|was|were|is|are|has|have|had|said|says|killed|struck)\b", re.I)
_BACKED = re.compile(r"-(?P<how>backed|supported|funded|armed|aligned|allied|affiliated|sponsored|trained|directed|linked|led)\b", re.I)
_SUPPORT = {"funded": ["funds"], "armed": ["arms"], "trained": ["trains"], "directed": ["directs"]}
_ROLE = r"commander|leader|head|chief|founder|member|spokesman|spokeswoman|spokesperson|official|secretary[- ]general|deputy|figure|fighter|operative|militant|emir|cleric|negotiator|minister"
