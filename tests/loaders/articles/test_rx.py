"""The pattern helpers of the extractor give exactly what `re` gives, only faster."""

from __future__ import annotations

import re

import pytest

from proxygraph.loaders.articles import _rx as rx

PATTERNS = [
    (r"\b(?P<verb>said|says|told|tells|sa(?=y)|[Aa]ccording\s+to|added|adds|claimed\s+responsibility|claimed)\b", 0),
    (r"\b(?:in|on|by|for|to|after|following|that|which|who|and|of|with)\b", re.I),
    (r"\b(?:Said|told|said|Told|sAid|tell|Tell)\b", re.I),   # mixed case under re.I: order kept
    (r"\b(?:the|a|an|its|their|of)\s+$", 0),
    (r"\b(?:has|had|have)\s+nothing\s+to\s+do\s+with\s+|\b(?:was|were)\s+not\s+(?:involved|behind)\s+", re.I),
    (r"(?:a|an|are|after|and|at|as|also)(?:x|y)?", 0),
    (r"[,;]|\b(?:killed|killing|that|which|who|was|were|is|are)\b", 0),
]
TEXTS = [
    "A spokesman said the group has nothing to do with it.",
    "SAID and TOLD and Said, according to officials; sayings",
    "Officials told reporters that the group, which was not involved in the attack, ",
    "the strike on the ",
    "Kataib Hezbollah’s fighters were killed in Iraq and Syria",
    "laſt week the ıf clause",
    "",
]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_grouped_alternations_match_the_same(pattern, flags):
    plain, grouped = re.compile(pattern, flags), re.compile(rx.factor(pattern, flags), flags)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in plain.finditer(text)] == [(m.span(), m.groups()) for m in grouped.finditer(text)]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_the_literal_pre_check_never_hides_a_match(pattern, flags):
    plain = re.compile(pattern, flags)
    for text in TEXTS:
        for piece in (text, text[:20], text[10:], text.upper(), text.lower()):
            assert bool(rx.search(pattern, piece, flags)) == bool(plain.search(piece))
            assert rx.findall(pattern, piece, flags) == plain.findall(piece)
            assert rx.split(pattern, piece, flags=flags) == plain.split(piece)


def test_constructs_left_alone():
    for pattern in (r"(?P<x>a)(?P=x)|b|c|d|e|f|g", r"(?i)said|says|told|tells|adds|added|ago", r"(a)?(?(1)b|c)|d|e|f|g|h|i"):
        assert rx.factor(pattern) == pattern



def test_scan_finds_what_finditer_finds():
    from proxygraph.loaders.articles.events import _NOUN_LC, _VERB_LC
    texts = [t.lower() for t in TEXTS] + [
        "a us drone strike killed him; the militia had attacked the base, and was hit in the airstrikes",
        "he vowed to attack. forces struck back; the strikes on sanaa hit two sites that hit the port",
        "rocket fire and exchanges of fire, the operation, one-way attack drones hijacked ships",
        "attackattack strikestrike hithit white whitehit struck-off",
    ]
    for compiled in (_NOUN_LC, _VERB_LC, re.compile(r"\b(?:air|drone)?(?:strikes?|raids?)\b"), re.compile(r"x*")):
        for text in texts:
            assert [(m.span(), m.groups()) for m in rx.scan(compiled, text)] == [(m.span(), m.groups()) for m in compiled.finditer(text)]


def test_scan_of_a_pattern_led_by_a_word_boundary():
    """Such a pattern is looked for at word boundaries only: the same matches, in mixed-case text,
    after punctuation and digits, inside words, and under re.ASCII (where "é" is no word letter)."""
    from proxygraph.loaders.articles.dates import _PATTERNS
    from proxygraph.loaders.articles.frames import _VERBS
    texts = TEXTS + [
        "Since March 3 the US said, on Monday, that Iran backed it; officials denied (Tuesday) it.",
        "“They blamed Hezbollah,” he told reporters.Sunday's attack;since October 7 2023-10-07,said",
        "unsaid resaid mistold Monday-Tuesday 3rd March2024 éstrike strikeé _strike 9strike",
    ]
    plain = [compiled for kind, compiled in _PATTERNS if not compiled.flags & re.I] + [_VERBS]
    ascii_ = re.compile(r"\b(?:strike|raid)s?", re.ASCII)
    assert rx._head_finder(ascii_.pattern, ascii_.flags).pattern.startswith("\\b")
    for compiled in [*plain, ascii_]:
        for text in texts:
            assert [(m.span(), m.groups()) for m in rx.scan(compiled, text)] == [(m.span(), m.groups()) for m in compiled.finditer(text)]
    assert [m.start() for m in rx.scan(ascii_, "éstrike strikeé _strike")] == [m.start() for m in ascii_.finditer("éstrike strikeé _strike")] == [1, 8]


def test_search_span_is_a_search_between_offsets():
    compiled = re.compile(r"\b(?:killed|assassinated)\s+(?P<obj>[^,;.]{1,40}?)\s+in\s+(?:an?|the)\s+$", re.I)
    text = "The army said it KILLED the commander in a strike on Wednesday."
    found = []
    for pos, endpos in ((0, 40), (0, 43), (14, 43), (20, 43), (0, len(text))):
        ours, theirs = rx.search_span(compiled, text, pos, endpos), compiled.search(text, pos, endpos)
        assert (ours and ours.span()) == (theirs and theirs.span())
        found.append(bool(ours))
    assert any(found) and not all(found)
    assert rx.search_span(compiled, "No one was hurt in a strike", 0, 22) is None


def test_a_joint_head_finder_finds_where_either_pattern_can_begin():
    from proxygraph.loaders.articles.events import _NOUN_LC, _VERB_LC
    joint = rx.joint_head_finder(_NOUN_LC, _VERB_LC)
    for text in [t.lower() for t in TEXTS] + ["a drone strike hit the base; attackattack, they struck back"]:
        alone = {m.start() for p in (_NOUN_LC, _VERB_LC) for m in rx._head_finder(p.pattern, p.flags).finditer(text)}
        assert {m.start() for m in joint.finditer(text)} == alone
    assert rx.joint_head_finder(_NOUN_LC, re.compile(r"x*")) is None  # one without a finder: none for both
    assert not rx.may_match(re.compile(r"\bnothing\s+to\s+do\b"), "The group denied it") and rx.may_match(re.compile(r"\bnothing\b"), "nothing")
