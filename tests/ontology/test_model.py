"""The ontology loads once, resolves inheritance, and fails loudly on inconsistencies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from proxygraph.ontology import OntologyError, UnknownTypeError, load_ontology
from proxygraph.ontology.model import schema_dir


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_hierarchy_has_the_required_types(onto):
    for t in ("State", "StateOrgan", "ArmedGroup", "Coalition", "Person", "Organization"):
        assert onto.entity_types[t].ancestry[-2:] == ("Actor", t)
    for t in ("Attack", "Strike"):
        assert onto.is_a(t, "Event")
    assert onto.entity_types["Actor"].abstract
    assert set(onto.entity_types["Source"].properties) >= {"outlet", "title", "url", "published", "author"}


@pytest.mark.parametrize(
    "relation, subject, obj, allowed",
    [
        ("backs", "StateOrgan", "ArmedGroup", True),
        ("backs", "Attack", "ArmedGroup", False),
        ("member_of", "ArmedGroup", "Coalition", True),
        ("perpetrated", "Coalition", "Attack", True),
        ("perpetrated", "Attack", "Coalition", False),
        ("targeted", "Attack", "Site", True),
        ("killed", "Strike", "Person", True),
        ("killed", "Strike", "ArmedGroup", False),
        ("leads", "Person", "ArmedGroup", True),
        ("leads", "State", "ArmedGroup", False),
        ("retaliation_for", "Strike", "Attack", True),
    ],
)
def test_relations_check_domain_and_range(onto, relation, subject, obj, allowed):
    assert onto.relation(relation).allows(subject, obj) is allowed


def test_every_relation_and_type_says_what_it_means(onto):
    for rel in onto.relations.values():
        assert len(rel.description) > 20, rel.name
    for t in onto.entity_types.values():
        assert len(t.description) > 10, t.name
    assert "denies" in onto.claim_relations


def test_claim_model_modalities_and_grades(onto):
    assert list(onto.modalities) == [
        "asserted", "reported", "claimed_responsibility", "blamed", "suspected", "denied"
    ]
    assert onto.modalities["suspected"].weight < onto.modalities["asserted"].weight
    assert onto.grade_weight("A1") == 1.0
    assert onto.grade_weight("B2") == pytest.approx(0.85 * 0.85)
    assert onto.grade_weight("C3") < onto.grade_weight("B2")
    assert set(onto.enums["support_kind"]) == {
        "funds", "arms", "trains", "directs", "advises", "safe_haven", "intelligence", "political"
    }
    assert set(onto.enums["control_degree"]) == {"directed", "supported", "aligned", "inspired"}


def test_unknown_type_error_lists_the_known_ones(onto):
    with pytest.raises(UnknownTypeError, match="unknown entity type 'Militia'.*ArmedGroup"):
        onto.entity_type("Militia")


def _broken_copy(tmp_path: Path, file: str, old: str, new: str) -> Path:
    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    path = folder / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return folder


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        ("entities/actors.yaml", "extends: Actor\n    label: State\n", "extends: Actr\n    label: State\n", "extends unknown type 'Actr'"),
        ("relations/actors.yaml", "domain: [Person]", "domain: [Persn]", "unknown domain type 'Persn'"),
        ("relations/actors.yaml", "range: [ArmedGroup, Coalition, Organization, StateOrgan]", "range: [Group]", "unknown range type 'Group'"),
        ("relations/actors.yaml", "enum: support_kind", "enum: support_kinds", "unknown enum 'support_kinds'"),
        ("entities/events.yaml", "fatalities:", "killed:", "has the name of a relation"),
    ],
)
def test_a_broken_ontology_fails_loudly_naming_file_and_key(tmp_path, file, old, new, message):
    folder = _broken_copy(tmp_path, file, old, new)
    with pytest.raises(OntologyError, match=message):
        load_ontology(str(folder))
