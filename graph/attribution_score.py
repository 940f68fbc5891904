"""How an attribution path is scored: every parameter in one place, each with the reason for it.

A path goes from an event back to an actor held responsible; each step (a *hop*) rests on one or
more claims. The weights of modalities (asserted 1.0 ... suspected 0.4) and of Admiralty grades
(A1 = 1.0 ... E5 = 0.09) are the ontology's (``ontology/schema/claims.yaml``); what is here is only
how they combine along a path. ``docs/attribution.md`` says the same in plain words.

>>> round(hop_score([0.5]), 3), round(hop_score([0.5, 0.5]), 3)
(0.5, 0.625)
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "RESPONSIBILITY",
    "PREDICATE_FACTOR",
    "BACKS_CONTROL_FACTOR",
    "CORROBORATION",
    "DENIAL_WEIGHT",
    "DEFAULT_MAX_HOPS",
    "DEFAULT_TOP_K",
    "claim_weight",
    "hop_score",
]

# Which relations carry responsibility one step further, and in which direction. `in` means the
# next responsible actor is the claim's subject (KH member_of IRI: from IRI go to KH; the Quds
# Force backs KH: from KH go to the Quds Force; a person leads KH: from KH go to the person);
# `out` means it is the claim's object (the Quds Force part_of the IRGC: from the Quds Force go to
# the IRGC). The first hop is always `perpetrated` (actor -> event), walked backwards.
RESPONSIBILITY: dict[str, str] = {
    "member_of": "in",
    "part_of": "out",
    "backs": "in",
    "leads": "in",
}

# How much of the responsibility passes along each relation, before the claims are weighed.
# A parent answers for its unit almost fully; a sponsor as much as it controls its client (see
# BACKS_CONTROL_FACTOR); being one member of a front that claimed an act is weaker than doing it;
# a leader's responsibility for his group's act is command responsibility, weaker still.
PREDICATE_FACTOR: dict[str, float] = {
    "perpetrated": 1.0,
    "part_of": 0.95,
    "backs": 1.0,
    "member_of": 0.8,
    "leads": 0.6,
}

# For `backs`: how much the sponsor controls the client (the claims' `control` attribute; the
# strongest claim that states one decides). Unstated counts as `supported`.
BACKS_CONTROL_FACTOR: dict[str | None, float] = {
    "directed": 1.0,
    "supported": 0.8,
    "aligned": 0.6,
    "inspired": 0.4,
    None: 0.8,
}

# Corroboration: the strongest independent source counts fully; each further independent source
# closes part of the remaining gap to 1 (noisy-or, discounted by this factor because outlets often
# repeat the same official line). 0 means corroboration never raises a hop; 1 is a plain noisy-or.
CORROBORATION = 0.5

# A denial is shown beside the hop it denies and marks it contested. By default it does not lower
# the hop: denials mostly come from the accused or their patrons, who would deny either way. Set
# this above 0 to let a denial weigh: hop * (1 - DENIAL_WEIGHT * the strongest denial's grade weight).
DENIAL_WEIGHT = 0.0

# Cut-offs of the path search (the CLI's --max-hops and --top defaults).
DEFAULT_MAX_HOPS = 6
DEFAULT_TOP_K = 10


def claim_weight(modality_weight: float, grade_weight: float) -> float:
    """One claim's weight: how it is said (modality) times how far source and content are trusted."""
    return modality_weight * grade_weight


def hop_score(
    weights: Iterable[float],
    predicate_factor: float = 1.0,
    denial: float = 0.0,
) -> float:
    """A hop's score from the weights of its independent sources (one per source, any order).

    Always in [0, 1] and never above the strongest source's weight times `predicate_factor`
    plus its corroboration, so a path's score (a product of hops) only falls as it grows.
    """
    ws = sorted((w for w in weights if w > 0), reverse=True)
    if not ws:
        return 0.0
    gap = 1.0 - ws[0]
    for w in ws[1:]:
        gap *= 1.0 - CORROBORATION * w
    score = (1.0 - gap) * predicate_factor
    return score * (1.0 - DENIAL_WEIGHT * denial)
