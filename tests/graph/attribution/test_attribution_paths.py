"""Attribution paths on the made-up Tower 22 chain: what a path is, how it is ranked and filtered."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from proxygraph.graph import attribution_score as S
from proxygraph.graph.attribution import attribute, attribution_paths, source_key
from proxygraph.ontology import InvalidValueError, NoPathError

CHAIN = (
    "tower-22-attack",
    "islamic-resistance-in-iraq",
    "kataib-hezbollah",
    "irgc-quds-force",
    "irgc",
    "iran",
)


def paths(graph, event="tower-22-attack", **kw):
    return list(attribution_paths(graph, event, **kw))


def test_the_chain_of_the_issue_reaches_iran_with_the_us_as_claimant(chain_graph):
    found = paths(chain_graph, to="iran")
    best = found[0]
    assert best.nodes == CHAIN
    assert [h.predicate for h in best.hops] == ["perpetrated", "member_of", "backs", "part_of", "part_of"]
    first = best.hops[0]
    assert [c.id for c in first.claims] == ["us-blames-iri-tower22"]
    assert first.claims[0].claimant == "united-states" and first.claims[0].modality == "blamed"


def test_a_denial_is_shown_beside_its_hop_and_marks_it_contested(chain_graph):
    best = paths(chain_graph, to="iran")[0]
    first, backs = best.hops[0], best.hops[2]
    assert first.contested and [d.id for d in first.denials] == ["iran-denies-iri"]
    assert backs.contested and [d.claimant for d in backs.denials] == ["iran"]
    assert best.contested
    assert all(d.modality == "denied" for h in best.hops for d in h.denials)
    assert not any(c.modality == "denied" for h in best.hops for c in h.claims)


def test_the_accused_denying_any_role_is_shown_beside_the_hop_that_brings_it_in(chain_graph):
    best = paths(chain_graph, to="iran")[0]
    last = best.hops[-1]
    assert (last.subject, last.predicate, last.object) == ("irgc", "part_of", "iran")
    assert [d.id for d in last.role_denials] == ["iran-denies-any-role"] and last.contested
    assert not best.hops[3].role_denials  # the IRGC denies nothing


def test_a_denial_does_not_lower_the_score_unless_the_parameter_says_so(chain_graph, monkeypatch):
    before = paths(chain_graph, to="iran")[0].score
    monkeypatch.setattr(S, "DENIAL_WEIGHT", 0.5)
    after = paths(chain_graph, to="iran")[0].score
    assert after < before


def test_paths_come_best_first_and_every_prefix_is_a_path(chain_graph):
    found = paths(chain_graph, top_k=None)
    scores = [p.score for p in found]
    assert scores == sorted(scores, reverse=True)
    ends = {p.nodes for p in found}
    for i in range(2, len(CHAIN) + 1):
        assert CHAIN[:i] in ends


def test_path_score_is_the_product_of_its_hops(chain_graph):
    for p in paths(chain_graph):
        product = 1.0
        for h in p.hops:
            product *= h.score
        assert p.score == pytest.approx(product)


def test_member_of_is_walked_from_the_front_to_its_member_groups_not_persons(chain_graph):
    found = paths(chain_graph, top_k=None)
    assert ("tower-22-attack", "islamic-resistance-in-iraq", "kataib-hezbollah") in {p.nodes for p in found}
    assert "foot-soldier" not in {p.actor for p in found}


def test_leads_makes_the_leader_a_candidate(chain_graph):
    found = paths(chain_graph, top_k=None)
    assert "abu-fadak" in {p.actor for p in found}
    hop = next(p for p in found if p.actor == "abu-fadak").hops[-1]
    assert (hop.subject, hop.predicate, hop.object) == ("abu-fadak", "leads", "kataib-hezbollah")


def test_a_relation_not_valid_on_the_day_of_the_event_is_no_hop(chain_graph):
    assert "old-sponsor" not in {p.actor for p in paths(chain_graph, top_k=None)}


def test_a_suspicion_weighs_less_than_a_blame(chain_graph):
    found = {p.nodes: p for p in paths(chain_graph, top_k=None)}
    blamed = found[("tower-22-attack", "islamic-resistance-in-iraq")].hops[0]
    suspected = found[("tower-22-attack", "kataib-hezbollah")].hops[0]
    assert suspected.claims[0].modality == "suspected"
    assert suspected.score < blamed.score


def test_independent_sources_raise_a_hop_and_syndicated_copies_count_once(chain_graph):
    backs = paths(chain_graph, to="iran")[0].hops[2]
    assert len(backs.claims) == 3  # the profile, the wire and the wire's syndicated copy
    assert set(backs.sources) == {"epsilon review", "alpha wire"}
    assert backs.corroborated
    w = 0.85 * 0.85  # asserted, B2
    factor = S.PREDICATE_FACTOR["backs"] * S.BACKS_CONTROL_FACTOR["supported"]
    assert backs.score == pytest.approx(S.hop_score([w, w], factor))
    assert backs.score > S.hop_score([w], factor)
    assert source_key("Beta Daily (Alpha Wire)") == source_key("Alpha Wire")


@pytest.mark.parametrize("weights", [[0.3], [0.3, 0.3], [0.9, 0.1, 0.5], [1.0, 1.0]])
def test_a_hop_score_stays_in_0_1_and_grows_with_corroboration(weights):
    score = S.hop_score(weights)
    assert 0 <= score <= 1
    assert score >= max(weights) - 1e-12
    assert S.hop_score([*weights, 0.4]) >= score


def test_top_k_and_max_hops_cut_the_search(chain_graph):
    assert len(paths(chain_graph, top_k=3)) == 3
    assert max(len(p.hops) for p in paths(chain_graph, top_k=None, max_hops=2)) == 2


def test_the_generator_is_lazy(chain_graph):
    first = list(itertools.islice(attribution_paths(chain_graph, "tower-22-attack", top_k=None), 1))
    assert first[0].actor == "islamic-resistance-in-iraq"


def test_names_and_aliases_are_accepted(chain_graph):
    assert paths(chain_graph, "Tower 22 drone attack", to="Tehran")[0].nodes == CHAIN


def test_a_strike_is_attributed_to_centcom_on_its_own_word(chain_graph):
    best = paths(chain_graph, "baghdad-strike-2024-02-07")[0]
    assert best.actor == "us-centcom"
    claim = best.hops[0].claims[0]
    assert (claim.claimant, claim.modality) == ("us-centcom", "asserted")


def test_excluding_a_claimant_removes_its_hops_and_changes_the_answer(chain_graph):
    # Both 'perpetrated' claims are the US's: without them nothing links the attack to anyone.
    with pytest.raises(NoPathError, match=r"2 by an excluded claimant"):
        paths(chain_graph, exclude_claimants=["United States"])


def test_excluding_a_state_excludes_its_organs(chain_graph):
    with pytest.raises(NoPathError, match="no claim links"):
        paths(chain_graph, "baghdad-strike-2024-02-07", exclude_claimants=["US"])


def test_excluding_only_the_named_claimant_keeps_its_organs(chain_graph):
    best = paths(chain_graph, "baghdad-strike-2024-02-07", exclude_claimants=["US"], exclude_related=False)[0]
    assert best.actor == "us-centcom"


def test_excluding_the_denier_drops_its_denials_not_the_path(chain_graph):
    result = attribute(chain_graph, "tower-22-attack", exclude_claimants=["iran"], to="iran")
    assert {"iran", "irgc", "irgc-quds-force"} <= set(result.excluded)
    assert result.paths[0].nodes == CHAIN
    assert not any(h.denials for p in result.paths for h in p.hops)


def test_min_grade_keeps_claims_graded_at_least_as_well_on_both_scales(chain_graph):
    found = paths(chain_graph, min_grade="B2", top_k=None)
    assert all(c.grade[0] <= "B" and c.grade[1] <= "2" for p in found for h in p.hops for c in h.claims)
    assert "kataib-hezbollah" not in {p.nodes[1] for p in found}  # the suspicion is graded B3
    assert not any(h.denials for p in found for h in p.hops)  # the denials are graded C3


def test_as_of_uses_only_claims_made_by_then(chain_graph):
    found = paths(chain_graph, as_of="2024-01-29", top_k=None)
    assert {p.nodes[1] for p in found} == {"kataib-hezbollah"}
    assert all(c.stated <= dt.date(2024, 1, 29) for p in found for h in p.hops for c in (*h.claims, *h.denials))


def test_as_of_before_the_attack_finds_no_attribution_and_says_why(chain_graph):
    with pytest.raises(NoPathError) as e:
        paths(chain_graph, as_of=dt.date(2024, 1, 27))
    msg = str(e.value)
    assert "no claim links Tower 22 drone attack (tower-22-attack) to any actor" in msg
    assert "2 made after 2024-01-27" in msg


def test_no_path_to_a_given_actor_says_which_hop_is_missing(chain_graph):
    with pytest.raises(NoPathError) as e:
        paths(chain_graph, to="jordan")
    msg = str(e.value)
    assert "no chain of claims leads from Tower 22 drone attack (tower-22-attack) to Jordan (jordan)" in msg
    assert "no claim makes Jordan (jordan) responsible for any actor" in msg


def test_no_path_within_max_hops_names_the_link_not_reached(chain_graph):
    with pytest.raises(NoPathError) as e:
        paths(chain_graph, to="iran", max_hops=3)
    msg = str(e.value)
    assert "Iran (iran) is linked as responsible only to Islamic Revolutionary Guard Corps (irgc), which no chain reaches" in msg
    assert "stopped at 3 hops" in msg


def test_an_event_nobody_is_blamed_for(chain_graph):
    with pytest.raises(NoPathError, match=r"no 'perpetrated' claim names it"):
        paths(chain_graph, "unclaimed-attack")
    with pytest.raises(NoPathError, match="only 'perpetrated' claims are denials"):
        paths(chain_graph, "denied-only-attack")


def test_attribution_starts_from_an_event(chain_graph):
    with pytest.raises(InvalidValueError, match="not an event"):
        paths(chain_graph, "kataib-hezbollah")


@pytest.mark.parametrize("kw", [{"max_hops": 0}, {"top_k": 0}])
def test_cutoffs_must_be_positive(chain_graph, kw):
    with pytest.raises(InvalidValueError):
        paths(chain_graph, **kw)


def test_the_actor_summary_takes_the_best_path_per_actor(chain_graph):
    result = attribute(chain_graph, "tower-22-attack", top_k=20)
    iran = next(s for s in result.actors if s.actor == "iran")
    assert iran.score == max(p.score for p in result.paths if p.actor == "iran")
    assert iran.paths == sum(1 for p in result.paths if p.actor == "iran")
    assert "united-states" in iran.claimants and iran.contested
    assert [s.score for s in result.actors] == sorted((s.score for s in result.actors), reverse=True)


@pytest.mark.parametrize("kw", [{"as_of": "28/01/2024"}, {"min_grade": "G7"}])
def test_bad_filters_raise_located_errors(chain_graph, kw):
    with pytest.raises(InvalidValueError):
        paths(chain_graph, **kw)
