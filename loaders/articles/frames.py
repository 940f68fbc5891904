"""Who says it, and how: attribution frames of a sentence (claimant and modality).

A frame covers a stretch of the sentence (its content) and says who the claimant is and which
modality the words give: "central command said X" (asserted by CENTCOM), "a person familiar with the
matter said X" (reported, passed on by the reporter), "the US blamed Y for Z" (blamed), "they
suspected Y was behind it" (suspected), "Tehran insists ..." (a denial when the content rejects a
relation), "Y claimed responsibility" (claimed_responsibility). Outside every frame the reporter
asserts in its own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from proxygraph.loaders.articles import _rx as rx

__all__ = ["Frame", "find_frames", "ANON", "SPEECH", "BLAME", "SUSPECT", "DENY"]

SPEECH = (
    r"said|says|say|told|tells|stated|states|announced|announces|added|adds|confirmed|confirms|confirm|claimed|claims|"
    r"alleged|alleges|asserted|asserts|insisted|insists|insist|maintained|maintains|argued|argues|warned|warns|"
    r"acknowledged|acknowledges|noted|notes|wrote|writes|reported|reports|identified|identifies|named|names|"
    r"believes|believed|believe|estimated|estimates|concluded|assessed|assesses|indicated|indicates|"
    r"posted|tweeted|declared|declares|revealed|reveals|disclosed|explained|explains|testified|contends|contended|"
    r"described|describes|describing|considers|considered|labelled|labeled|saying|adding|admitted|admits"
)
BLAME = r"blamed|blames|blame|blaming|accused|accuses|accuse|accusing|held|holds|hold|holding|pinned|pins|attributed|attributes"
SUSPECT = r"suspected|suspects|suspect|suspecting|believe|believes|believed"  # "US officials believe the drone was launched by X"
DENY = r"distanced|distances|distancing|played\s+down|plays\s+down|downplayed|downplays|denied|denies|deny|denying|rejected|rejects|reject|dismissed|dismisses|dismiss|refuted|refutes|disputed|disputes"
_VERBS = re.compile(rx.factor(  # the verbs grouped by first letter: the same matches, faster
    rf"\b(?P<verb>claimed\s+responsibility|claims\s+responsibility|claim\s+responsibility|took\s+responsibility|"
    rf"(?:admitted|admits|accepted|accepts|acknowledged|acknowledges)\s+responsibility|(?:took|takes|taking|claimed|claims|claiming)\s+credit|"
    rf"(?:acknowledged|acknowledges|admitted|admits)\s+(?=(?:carrying\s+out|launching|conducting|firing|staging|being\s+behind)\b)|"
    rf"takes\s+responsibility|claiming\s+responsibility|announced\s+(?=(?:the|an|a)\s+(?:\w+\s+)?(?:attacks?|strikes?|operations?)\b)|claimed\s+(?=(?:rocket|missile|drone|mortar)\s+(?:fire|attacks?|strikes?)\b)|claimed\s+(?=(?:the|an|a|two|three|several|more\s+than|over|at\s+least|dozens\s+of|\d+|(?:most|many|some|all|several|dozens)\s+of\s+the)\s+(?:\w+\s+){{0,2}}(?:attacks?|strikes?|operations?)\b)|"
    rf"[Aa]ccording\s+to|{SPEECH}|{BLAME}|{SUSPECT}|{DENY})\b",
))
# An unnamed speaker ("a US official", "sources familiar with ..."). Searched with
# rx.search(_ANON_SRC, text, re.I), which reads the nouns a match needs from this unfactored source and
# skips a text without them; ANON is the same pattern compiled.
_ANON_NOUNS = (
    r"person|people|source|sources|official|officials|diplomat|diplomats|analyst|analysts|witness|witnesses|"
    r"resident|residents|spokesman|spokeswoman|spokesperson|aide|aides|observers|experts|insiders|commanders|member|members|"
    r"activist|activists|critics|campaigners|researchers|scholars|commentators|governments|countries|capitals|powers|media"
)
_ANON_SRC = (
    r"\b(?:(?:a|an|one|two|three|several|some|other)\s+)?(?:[\w’'-]+\s+){0,3}?"
    rf"(?P<noun>{_ANON_NOUNS})\b"
    r"(?:\s+(?:familiar|close|briefed|with\s+knowledge)\b[\w\s]*?(?=\s+(?:said|says|told|say)\b))?"
)
ANON = rx.compile(_ANON_SRC, re.I)
# Whether a text holds an unnamed speaker at all (bool(rx.search(_ANON_SRC, text, re.I))): the words
# before the noun are optional and what follows it too, so the noun alone decides, found much faster
_ANON_NOUN = rx.compile(rf"\b(?:{_ANON_NOUNS})\b", re.I)
_ANON_ONLY = re.compile(
    r"\b(person|people|source|sources|familiar|anonymity|condition|analysts?|activists?|experts?|observers|residents?|witnesses|"
    r"insiders|diplomats?|critics|campaigners|researchers|scholars|commentators|governments|countries|capitals|powers|(?<!state\s)media)\b|^\s*(?:an?|one)\s+(?:[\w’'-]+\s+){0,3}(?:official|officer|aide|commander|member)\b|"
    r"^\s*(?:two|three|four|five|several|some|other)\s+(?:[\w’'-]+\s+){0,3}(?:officials|officers|aides|commanders|members)\b",  # counted: unnamed
    re.I,
)


# A speaker kept unnamed on purpose: "who asked not to be named", "not authorised to brief the media"
_HIDDEN = re.compile(r"\banonymity\b|\bnot\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|brief|talk|comment|discuss)|"
                     r"\basked\s+not\s+to\s+be\s+(?:named|identified)|\b(?:declined|refused)\s+to\s+be\s+(?:named|identified)|"
                     r"\brequested\s+anonymity|\bspeaking\s+privately\b|\bon\s+background\b", re.I)


@dataclass
class Frame:
    start: int          # content span, sentence-relative
    end: int
    claimant: str       # entity id or "reporter"
    modality: str
    verb: str
    kind: str           # speech | blame | suspect | deny | claim
    speaker_start: int = 0
    speaker_end: int = 0
    anonymous: bool = False
    actor: str | None = None   # whose act or statement it is, when not the claimant ("X said the group denies ...")


# A trailing time adjunct after a comma places the statement in time: it is the reporter's, not the speaker's.
_ADJUNCT = re.compile(r",\s+(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|before)|"
                      r"(?:hours|days|weeks|months)\s+(?:after|before))\b", re.I)
_NEGATED = rx.compile(r"\b(?:not|n't|never|no\s+longer|avoided|avoids|refused\s+to|declined\s+to|stopped\s+short\s+of|without|yet\s+to)\s+(?:\w+\s+)?$", re.I)


# Words that are nouns as often as verbs of saying, and what makes them nouns ("published claims", "the reports")
_NOUN_OR_VERB = {"claims", "reports", "notes", "names", "states", "estimates", "warns"}
_NOUN_USE = re.compile(r"\b(?:the|these|those|such|his|her|its|their|of|published|made|making|spread|spreading|repeated|"
                       r"false|media|news|unconfirmed|earlier)\s+(?:[\w-]+\s+)?$", re.I)


def verb_kind(verb: str) -> str:
    v = " ".join(verb.lower().split())
    if "responsib" in v or "credit" in v or v in ("claimed", "claims", "announced", "acknowledged", "acknowledges", "admitted", "admits") and verb.endswith(" "):
        return "claim"
    if rx.fullmatch(BLAME, v):
        return "blame"
    if rx.fullmatch(SUSPECT, v):
        return "suspect"
    if rx.fullmatch(DENY, v):
        return "deny"
    if v.startswith("according"):
        return "according"
    return "speech"


# An opening adverbial before the subject ("In a letter to X,", "Speaking to Y,", "At a meeting with Z,")
_INTRO = re.compile(r"(?:In\s+(?:a|an|his|her|its|their)\s+(?:letter|message|call|note|speech|address|interview|meeting)|"
                    r"Speaking|Writing|At\s+a\s+(?:meeting|news\s+conference|press\s+conference|summit))\b[^,;.]{0,100},\s*")


# What may follow a trailing verb of saying: '..., the Pentagon said on Friday.', '..., Austin said in a
# statement.', '..., he told reporters.'
_AT_END = rx.compile(r"^\s*(?:(?:early|late|earlier|later|on|in|at|this|last|overnight|today|yesterday|tonight|morning|evening|"
                     r"afternoon|night|week|[A-Z][a-z]+day|\d{1,2}|[A-Z][a-z]{2,8}\.?|in\s+an?\s+(?:written\s+|joint\s+|separate\s+)?(?:statement|interview|briefing|post)|"
                     r"(?:told\s+)?reporters|on\s+(?:its|his|her|their)\s+(?:[\w-]+\s+)?(?:channel|account|website)|on\s+(?:X|Twitter|Telegram|social\s+media))\s*){0,4}(?:[.;!?,]|$)")


def find_frames(text: str, speaker_at, default_subject: str | None = None) -> list[Frame]:
    """Frames of one sentence. `speaker_at(start, end, first=False)` names the actor in text[start:end]."""
    frames: list[Frame] = []
    # ("published claims that ...", "the reports say": a noun, no one speaking; nor does it end the frame before it)
    # (the verbs are tried only where one can begin: rx.scan)
    matches = [m for m in rx.scan(_VERBS, text)
               if not (m["verb"].lower() in _NOUN_OR_VERB and rx.ends_with(_NOUN_USE, text[max(0, m.start() - 30): m.start()]))]
    for idx, m in enumerate(matches):
        kind = verb_kind(m["verb"])
        if m["verb"].lower() == "blame" and rx.ends_with(r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+)?to\s+$", text[max(0, m.start() - 25): m.start()]):
            continue  # "X was to blame": a predicate inside what someone says (relations.py), not a verb of blaming
        if m["verb"].lower() == "accused" and rx.ends_with(r"\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20): m.start()]):
            continue  # "Iran has been accused (by Israel) of arming X": a passive, read by support.py with its agent
        if m["verb"].lower() == "suspected" and rx.ends_with(r"\b(?:is|are|was|were|been|being|widely|also|strongly)\s+$", text[max(0, m.start() - 12): m.start()]) \
                and rx.match(r"\s+of\s+(?:\w+\s+)?(?:carrying|launching|being|staging|orchestrating|firing|conducting|involvement|planning|ordering|a\s+role)\b", text[m.end():]):
            # "X is suspected of carrying out the attack": the outlet's suspicion (or the speaker's, after "said")
            said = [g for g in frames if g.kind == "speech" and g.start <= m.start() < g.end]
            lo = said[-1].start if said else 0
            frames.append(Frame(lo + 1 if said else 0, len(text), said[-1].claimant if said else "reporter", "suspected", m["verb"], "suspect",
                                said[-1].speaker_start if said else 0, said[-1].speaker_end if said else 0))
            continue
        if m["verb"].lower().startswith("believ") and rx.ends_with(r"\b(?:is|are|was|were|been|be|widely|generally)\s+$", text[max(0, m.start() - 12): m.start()]):
            if rx.match(r"\s+to\s+(?:have\s+)?(?:been\s+)?(?:be\s+behind|carried|launched|fired|conducted|staged|responsible|orchestrated)\b", text[m.end():]):
                # "the attack is believed to have been carried out by X": the outlet's own hedge (4.3 `suspected`)
                frames.append(Frame(0, len(text), "reporter", "suspected", m["verb"], "suspect"))
            continue  # "Al-Saadi was believed to oversee ...": a hedge on a fact, no one suspecting an act
        if rx.ends_with(_NEGATED, text[max(0, m.start() - 40): m.start()], words=4):
            # "did not confirm", "avoided blaming": not a claim (docs/articles-gold.md, 4.3)
            end = matches[idx + 1].start() if kind != "speech" and idx + 1 < len(matches) else len(text)
            frames.append(Frame(m.end(), end, "reporter", "asserted", m["verb"], "negated"))
            continue
        nxt = matches[idx + 1].start() if idx + 1 < len(matches) else len(text)
        if kind == "blame" and m["verb"].lower().startswith(("held", "hold")) and not rx.search(r"\bresponsible\b", text[m.end(): m.end() + 80]):
            continue
        if kind == "according":
            after = text[m.end():]
            stop = rx.search(r",|$", after)
            who = speaker_at(m.end(), m.end() + stop.start())
            claimant, anon = _who(who, text[m.end(): m.end() + stop.start()])
            if m.start() < 3 or text[: m.start()].strip() == "":
                content = (m.end() + stop.end(), len(text))
            else:
                content = (0, m.start())
            frames.append(Frame(*content, claimant, "reported" if anon else "asserted", m["verb"], "speech", m.end(), m.end() + stop.start(), anon))
            continue
        left = text[: m.start()]
        after = text[m.end():]
        cut = max(left.rfind(","), left.rfind("”"), left.rfind('"'))
        if cut >= 0 and not left[cut + 1:].strip() and rx.fullmatch(r"said|says|added|adds|told|wrote|continued|stated", m["verb"], re.I) \
                and not rx.match(r"[^,]{1,80},\s+(?:the|a|an|its|their)\s+[^,]{1,80}$", left[:cut]) and len(rx.split(r"[.,;]", after)[0].split()) <= 6 \
                and not rx.search(r"\b(?:would|will|had|has|have|was|were|is|are|could|can|should|must|did|does|do|may|might)\b", rx.split(r"[.,;]", after)[0]) \
                and speaker_at(m.end(), m.end() + 40, True):
            # (not "X's spokesman, Y, said the group would retaliate": a clause follows, the speaker is before)
            # inverted: '..., said John Kirby.'
            stop = rx.search(r"[.,;]|$", after)
            who = speaker_at(m.end(), m.end() + stop.start())
            claimant, anon = _who(who, after[: stop.start()])
            frames.append(Frame(0, cut, claimant, _modality(kind, anon), m["verb"], kind, m.end(), m.end() + stop.start(), anon))
            continue
        if cut >= 0 and kind in ("speech", "deny", "suspect") and 0 < len(left[cut + 1:].split()) <= 8 and _AT_END.match(after):
            # (not "The designation, announced on Monday, covers ...": a participle, nobody speaking)
            # trailing: '..., the Pentagon said.'
            who = speaker_at(cut + 1, m.start())
            claimant, anon = _who(who, left[cut + 1:])
            frames.append(Frame(0, len(text), claimant, _modality(kind, anon), m["verb"], kind, cut + 1, m.start(), anon))
            both = left.find(" and ", cut + 1)
            other = speaker_at(cut + 1, both) if who is not None and not anon and both > 0 else None
            if other and other != claimant:
                # "..., Britain and the United States said.": each of the two says so
                frames.append(Frame(0, len(text), other, _modality(kind, False), m["verb"], kind, cut + 1, both, False))
            continue
        brk = max(left.rfind(";"), left.rfind(" and "), left.rfind(" but "), left.rfind(" that "), left.rfind(" while "), left.rfind(", "))
        if idx and kind != "speech":
            brk = max(brk, matches[idx - 1].end() - 1)  # "He said the armed forces held X responsible": the forces hold
        start = brk + 1 if brk >= 0 else 0
        seg = text[start: m.start()]
        who = speaker_at(start, m.start())
        if who is None and rx.ends_with(r"\b(they|it|he|she|we)\s+(\w+\s+){0,3}$", seg, re.I, words=4) and default_subject:
            who = default_subject
        if who is None and brk > 0 and rx.match(r"\s(?:that|which|who)\s", left[brk:]) and not rx.search(rf"\b(?:{SPEECH})\s*$", left[max(0, brk - 20):brk]):
            who = speaker_at(max(0, brk - 60), brk)  # "the Islamic Resistance in Iraq, the front that has claimed ..."
        lo = max(0, len(left) - 70)
        appo = rx.search(r",\s+[^,]{1,60},\s*$", left[lo:]) if who is None and not seg.strip() else None
        # "In a letter to X, ...": an opening adverbial names no speaker (X is whom it was written to)
        intro = _INTRO.match(text)
        lead = intro.end() if intro and intro.end() <= lo + (appo.start() if appo else len(left) - lo) else 0
        if appo and rx.match(r",\s+(?:who|which)\b", appo.group()):
            who = speaker_at(max(0, lo + appo.start() - 60), lo + appo.start())  # "X, who was unhurt, said": X
        elif appo and not speaker_at(lead, lo + appo.start(), person=True):
            who = speaker_at(lo + appo.start(), m.start(), person=True)  # "Iran's ambassador to Syria, Hossein Akbari, said"
        if who is None and brk >= 0 and not _ANON_NOUN.search(seg):
            who = speaker_at(lead, m.start(), True)
            seg = text[: m.start()]  # "A US defence official, speaking on condition of anonymity, told ..."
        if kind == "speech" and m["verb"].lower().endswith("ing") and rx.search(r",\s*$", left) and frames:
            # "..., Ryder said, describing the commander as ...": the participle is the same speaker's
            # (a plain statement even after a verb of blame: "held Iran responsible, saying Tehran had armed X")
            frames.append(Frame(m.end(), len(text), frames[-1].claimant, _modality("speech", frames[-1].anonymous), m["verb"], kind,
                                frames[-1].speaker_start, frames[-1].speaker_end, frames[-1].anonymous))
            continue
        claimant, anon = _who(who, seg)
        if not anon and who is not None and _HIDDEN.search(text, max(0, m.start() - 120), min(len(text), m.end() + 60)) \
                and not speaker_at(start, m.start(), person=True):
            claimant, anon = "reporter", True  # "Israeli officials, who asked not to be named, said": unnamed sources
        if who is None and not _ANON_NOUN.search(seg):
            if kind == "speech":
                continue  # "it is said", "was named": no one to quote
        end = nxt if kind != "speech" else len(text)
        adjunct = _ADJUNCT.search(text, m.end(), end)
        if adjunct:
            end = adjunct.start()  # "..., announced on Tuesday that ..., two days after a drone strike in Jordan ...": the reporter's
        frames.append(Frame(m.end(), end, claimant, _modality(kind, anon), m["verb"], kind, start, m.start(), anon))
        if brk > 0 and brk == left.rfind(" and ") and who is not None and not anon and rx.search(r"[A-Z][\w'’-]*$", left[:brk]):
            # "Tehran and Damascus both blamed it on Israel": each of the two says so
            other = speaker_at(max(0, brk - 30), brk)
            if other and other != claimant and not rx.search(r"\b(?:in|on|at|of|from|to|by|with|for)\s+(?:the\s+)?\S+$", left[:brk]):
                frames.append(Frame(m.end(), end, other, _modality(kind, False), m["verb"], kind, max(0, brk - 30), brk, False))
    return frames


def _who(who: str | None, seg: str) -> tuple[str, bool]:
    anon = bool(_ANON_NOUN.search(seg)) and (who is None or bool(_ANON_ONLY.search(seg)))
    if who is None or (anon and _ANON_ONLY.search(seg)):
        return "reporter", True
    return who, False


def _modality(kind: str, anon: bool) -> str:
    if kind == "blame":
        return "blamed"
    if kind == "suspect":
        return "suspected"
    if kind == "deny":
        return "denied"
    if kind == "claim":
        return "claimed_responsibility"
    return "reported" if anon else "asserted"
