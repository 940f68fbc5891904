"""The claim graph checks every record against the ontology and commits batches whole."""

from __future__ import annotations

import pytest

from proxygraph.graph import ClaimGraph
from proxygraph.ontology import (
    AmbiguousEntityError,
    Claim,
    ConflictError,
    DanglingReferenceError,
    DomainError,
    Entity,
    InvalidDataError,
    InvalidValueError,
    MissingSourceError,
    NotFoundError,
    RangeError,
    Source,
    UnknownTypeError,
)


def claim(**over) -> Claim:
    raw = {
        "subject": "iran", "predicate": "backs", "object": "kataib-hezbollah",
        "claimant": "reporter", "modality": "asserted", "source": "src-a",
        "evidence": "Iran backs the group.", "grade": "B2",
    }
    raw.update(over)
    return Claim.from_dict(raw)


def test_lookup_by_id_name_alias_and_spelling_variant(mini_graph):
    for name in ("kataib-hezbollah", "Kataib Hezbollah", "Kataib Hizbollah", "KATA'IB HIZBALLAH", "kh"):
        assert mini_graph.lookup(name).id == "kataib-hezbollah"
    assert mini_graph.lookup("Tehran").id == "iran"
    with pytest.raises(NotFoundError, match="no entity is called 'Hamas'"):
        mini_graph.lookup("Hamas")


def test_several_claims_between_two_entities_stay_separate(mini_graph):
    backs = list(mini_graph.claims(subject="iran", object="kataib-hezbollah", predicate="backs"))
    assert len(backs) == 2
    assert mini_graph.nx.number_of_edges("iran", "kataib-hezbollah") == 2
    mini_graph.apply([Source("src-c", "Other Wire", "Second report"), claim(source="src-c")])
    assert mini_graph.nx.number_of_edges("iran", "kataib-hezbollah") == 3


def test_a_denial_stands_beside_the_claim_it_denies(mini_graph):
    denied = mini_graph.claim("wire-iran-backs-kh")
    denials = mini_graph.denials_of(denied.id)
    assert [d.claimant for d in denials] == ["iran"]
    assert denials[0].modality == "denied"
    assert mini_graph.is_contested(denied.id)
    assert mini_graph.has_claim(denied.id)


def test_stated_defaults_to_the_source_date_and_weight_comes_from_the_grade(mini_graph):
    c = mini_graph.claim("wire-iran-backs-kh")
    assert c.stated.isoformat() == "2024-01-29"
    assert mini_graph.weight(c) == pytest.approx(0.7225)


@pytest.mark.parametrize(
    "records, error, message",
    [
        ([Entity("x", "Militia", "X")], UnknownTypeError, "unknown entity type 'Militia'"),
        ([Entity("x", "Actor", "X")], UnknownTypeError, "'Actor' cannot be given to an entity"),
        ([claim(predicate="sponsors")], UnknownTypeError, "unknown relation 'sponsors'"),
        ([claim(subject="tower-22-attack")], DomainError, "'backs' needs a subject of type Actor; 'tower-22-attack' is a Attack"),
        ([claim(predicate="perpetrated", object="iran")], RangeError, "needs an object of type Event"),
        ([claim(object="hamas")], DanglingReferenceError, "object 'hamas' is no known entity"),
        ([claim(object="kataib-hizbollah")], DanglingReferenceError, "did you mean 'kataib-hezbollah'"),
        ([claim(source="nowhere")], DanglingReferenceError, "source 'nowhere' is no known source"),
        ([claim(claimant="tower-22-attack")], DomainError, "claimant must be an actor"),
        ([claim(modality="alleged")], InvalidValueError, "unknown modality 'alleged'"),
        ([claim(attributes={"support": ["money"]})], InvalidValueError, "'money' is not a support_kind"),
        ([claim(attributes={"strength": "high"})], InvalidValueError, "'strength' is not an attribute of 'backs'"),
        ([claim(denies=["wire-iran-backs-kh"])], InvalidValueError, "only a claim with modality 'denied'"),
        ([claim(modality="denied", denies=["no-such-claim"])], DanglingReferenceError, "denies 'no-such-claim'"),
        ([claim(predicate="allied_with", modality="denied", denies=["wire-iran-backs-kh"])], InvalidValueError, "a denial must be about the same relation"),
        ([Entity("iran", "ArmedGroup", "Iran")], ConflictError, "is a ArmedGroup but 'iran' is a State"),
        ([Entity("t", "Attack", "T", properties={"fatalities": -1})], InvalidValueError, "below the minimum"),
        ([Entity("t", "Attack", "T", properties={"date": "28 Jan"})], InvalidValueError, "expected YYYY-MM-DD"),
        ([Entity("t", "Attack", "T", properties={"colour": "red"})], InvalidValueError, "'colour' is not a property of Attack"),
    ],
)
def test_each_bad_record_raises_its_own_error_and_changes_nothing(mini_graph, records, error, message):
    before = mini_graph.copy()
    with pytest.raises(InvalidDataError) as info:
        mini_graph.apply(records)
    assert len(info.value.errors) == 1
    assert isinstance(info.value.errors[0], error)
    assert message in str(info.value.errors[0])
    assert _same(mini_graph, before)


def test_a_source_link_must_be_a_web_address(mini_graph):
    with pytest.raises(InvalidValueError, match="'javascript:alert\\(1\\)' is not an http\\(s\\) URL"):
        Source.from_dict({"outlet": "X", "title": "Y", "url": "javascript:alert(1)"})
    with pytest.raises(InvalidDataError, match="is not an http"):
        mini_graph.apply([Source("bad", "X", "Y", url="javascript:alert(1)")])


def test_missing_source_is_its_own_error():
    with pytest.raises(MissingSourceError, match="needs a source"):
        claim(source=None)


def test_a_batch_with_one_bad_record_commits_nothing(mini_graph):
    before = mini_graph.copy()
    good = [Entity("hamas", "ArmedGroup", "Hamas"), Source("src-z", "Z", "Z"), claim(object="hamas", source="src-z")]
    with pytest.raises(InvalidDataError):
        mini_graph.apply([*good, claim(object="nobody")])
    assert _same(mini_graph, before)
    assert not mini_graph.has_entity("hamas")


def test_merge_by_alias_redirects_the_new_id(mini_graph):
    report = mini_graph.apply([
        Entity("kataib-hizbollah", "ArmedGroup", "Kataib Hizbollah", aliases=("Hezbollah Brigades",)),
        Source("src-c", "C", "C"),
        claim(object="kataib-hizbollah", source="src-c"),
    ])
    assert report.merged == {"kataib-hizbollah": "kataib-hezbollah"}
    assert mini_graph.lookup("Hezbollah Brigades").id == "kataib-hezbollah"
    assert mini_graph.number_of_entities() == 3
    assert {c.object for c in mini_graph.claims(predicate="backs")} == {"kataib-hezbollah"}


def test_merge_keeps_the_more_specific_type():
    g = ClaimGraph()
    g.apply([Entity("strike-x", "Event", "Strike X")])
    g.apply([Entity("strike-x", "Strike", "Strike X", properties={"date": "2024-02-07"})])
    assert g.entity("strike-x").type == "Strike"


def test_an_alias_shared_by_two_entities_is_reported_as_ambiguous(mini_graph):
    mini_graph.apply([Entity("kh-2", "Person", "Someone", aliases=("KH",))])
    with pytest.raises(AmbiguousEntityError, match="kataib-hezbollah, kh-2"):
        mini_graph.lookup("KH")


def test_applying_the_same_records_twice_changes_nothing(mini_graph):
    records = [Entity("hamas", "ArmedGroup", "Hamas"), Source("src-z", "Z", "Z"), claim(object="hamas", source="src-z")]
    first = mini_graph.apply(records)
    after_first = mini_graph.copy()
    second = mini_graph.apply(records)
    assert sum(first.added.values()) == 3
    assert not second.changed and sum(second.unchanged.values()) == 3
    assert _same(mini_graph, after_first)


def test_same_claim_id_with_different_content_in_one_batch_is_a_conflict(mini_graph):
    with pytest.raises(InvalidDataError, match="given twice with different content"):
        mini_graph.apply([claim(id="dup"), claim(id="dup", evidence="Other words.")])


def test_stats_count_by_type_relation_and_modality(mini_graph):
    s = mini_graph.stats()
    assert s["entities"] == 3 and s["claims"] == 3 and s["sources"] == 2
    assert s["entities_by_type"] == {"State": 1, "ArmedGroup": 1, "Attack": 1}
    assert s["claims_by_predicate"] == {"backs": 2, "perpetrated": 1}
    assert s["contested_claims"] == 1 and s["denials"] == 1


def _same(a: ClaimGraph, b: ClaimGraph) -> bool:
    from proxygraph.graph.persist import to_document

    return to_document(a) == to_document(b)
