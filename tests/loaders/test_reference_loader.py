"""The reference loader reads YAML and CSV; every bad input is a located error, nothing half-loaded."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from proxygraph.graph import ClaimGraph
from proxygraph.loaders import ReferenceLoader
from proxygraph.ontology import InvalidDataError, LoaderError

FIXTURES = Path(__file__).parents[1] / "fixtures"

GOOD_HEAD = """\
sources:
  - id: s1
    outlet: Test Wire
    title: A report
    url: https://example.org/r
    published: 2024-02-08
entities:
  - {id: iran, type: State, name: Iran}
  - {id: kh, type: ArmedGroup, name: Kataib Hezbollah}
claims:
"""


def load_text(tmp_path, text: str, name: str = "data.yaml") -> ClaimGraph:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    graph = ClaimGraph()
    graph.apply(ReferenceLoader().records(path))
    return graph


@pytest.mark.parametrize(
    "claims_yaml, line, field, message",
    [
        ("  - {subject: iran, predicate: backs, object: kh, claimant: reporter, modality: asserted, evidence: e, grade: B2}\n",
         11, "source", "needs a source"),
        ("  - {subject: iran, predicate: backs, object: kh, claimant: reporter, modality: asserted, source: s1, evidence: e, grade: Z9}\n",
         11, "grade", "not an Admiralty grade"),
        ("  - subject: iran\n    predicate: backs\n    object: kh\n    claimant: reporter\n    modality: asserted\n"
         "    source: s1\n    evidence: e\n    grade: B2\n    valid_from: 2024-13-01\n",
         19, "valid_from", "expected YYYY-MM-DD"),
        ("  - {subject: iran, predicate: funds, object: kh, claimant: reporter, modality: asserted, source: s1, evidence: e, grade: B2}\n",
         11, "predicate", "unknown relation 'funds'"),
        ("  - {subject: iran, predicate: backs, object: hamas, claimant: reporter, modality: asserted, source: s1, evidence: e, grade: B2}\n",
         11, "object", "'hamas' is no known entity"),
        ("  - {subject: kh, predicate: perpetrated, object: iran, claimant: reporter, modality: asserted, source: s1, evidence: e, grade: B2}\n",
         11, "object", "needs an object of type Event"),
        ("  - {subject: iran, predicate: backs, object: kh, claimant: reporter, modality: asserted, source: s1, grade: B2}\n",
         11, "evidence", "'evidence' is required"),
    ],
)
def test_claim_errors_name_file_line_and_field(tmp_path, claims_yaml, line, field, message):
    with pytest.raises(InvalidDataError) as info:
        load_text(tmp_path, GOOD_HEAD + claims_yaml)
    err = info.value.errors[0]
    assert err.location.file.endswith("data.yaml")
    assert err.location.line == line
    assert err.location.field == field
    assert message in str(err)
    assert f"data.yaml:{line}, field '{field}'" in str(info.value)


def test_every_error_is_reported_not_just_the_first(tmp_path):
    text = GOOD_HEAD + (
        "  - {subject: nobody, predicate: backs, object: kh, claimant: reporter, modality: asserted, source: s1, evidence: e, grade: B2}\n"
        "  - {subject: iran, predicate: backs, object: kh, claimant: reporter, modality: maybe, source: s1, evidence: e, grade: B2}\n"
    )
    with pytest.raises(InvalidDataError) as info:
        load_text(tmp_path, text)
    assert [(e.location.line, e.location.field) for e in info.value.errors] == [(11, "subject"), (12, "modality")]


def test_a_reference_source_needs_url_and_date(tmp_path):
    text = "sources:\n  - id: s1\n    outlet: Wire\n    title: T\n"
    with pytest.raises(InvalidDataError, match=r"data.yaml:2, field 'url'.*needs 'url'"):
        load_text(tmp_path, text)


@pytest.mark.parametrize(
    "content, message",
    [
        ("sources: [\n  - id: x\n", "invalid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        ("people:\n  - {id: x}\n", "unknown section 'people'"),
        ("entities:\n  - {id: x, type: State, name: X}\n  - {id: x, type: State, name: X, id: y}\n", "duplicate key 'id'"),
    ],
)
def test_malformed_files_are_located_loader_errors(tmp_path, content, message):
    with pytest.raises(InvalidDataError) as info:
        load_text(tmp_path, content)
    err = info.value.errors[0]
    assert isinstance(err, LoaderError) and message in str(err)
    assert err.location.file.endswith("data.yaml") and err.location.line is not None


def test_non_utf8_and_binary_files_are_refused_clearly(tmp_path):
    (tmp_path / "latin.yaml").write_bytes("entities:\n  - {id: x, type: State, name: Ir\xe1n}\n".encode("latin-1"))
    (tmp_path / "bin.yaml").write_bytes(b"\x00\x01\x02")
    for name, message in (("latin.yaml", "not valid UTF-8"), ("bin.yaml", "binary file")):
        with pytest.raises(InvalidDataError, match=message):
            ClaimGraph().apply(ReferenceLoader().records(tmp_path / name))


def test_missing_path_is_a_loader_error(tmp_path):
    with pytest.raises(LoaderError, match="file not found"):
        list(ReferenceLoader().records(tmp_path / "nope.yaml"))


def test_csv_files_load_like_yaml(tmp_path):
    (tmp_path / "t.sources.csv").write_text("id,outlet,title,url,published\ns1,Wire,T,https://example.org/t,2024-02-08\n")
    (tmp_path / "t.entities.csv").write_text(
        "id,type,name,aliases,external_ids,iso3\niran,State,Iran,Tehran | Islamic Republic of Iran,wikidata=Q794,IRN\n"
        "kh,ArmedGroup,Kataib Hezbollah,Kataib Hizbollah,,\n"
    )
    (tmp_path / "t.claims.csv").write_text(
        "subject,predicate,object,claimant,modality,source,evidence,grade,attributes\n"
        "iran,backs,kh,reporter,asserted,s1,Iran arms the group.,B2,support=arms+funds | control=supported\n"
    )
    graph = ClaimGraph()
    graph.apply(ReferenceLoader().records(tmp_path))
    assert graph.lookup("Tehran").external_ids == {"wikidata": "Q794"}
    assert graph.lookup("Tehran").properties == {"iso3": "IRN"}
    (c,) = graph.claims(predicate="backs")
    assert c.attributes == {"support": ["arms", "funds"], "control": "supported"}


def test_csv_errors_give_the_line(tmp_path):
    (tmp_path / "t.sources.csv").write_text("id,outlet,title,url,published\ns1,Wire,T,https://example.org/t,2024-02-08\n")
    (tmp_path / "t.claims.csv").write_text(
        "subject,predicate,object,claimant,modality,source,evidence,grade\n"
        "iran,backs,kh,reporter,asserted,s1,fine,B2\n"
        "iran,backs,kh,reporter,asserted,s1,bad,B2,extra\n"
    )
    with pytest.raises(InvalidDataError, match=r"t.claims.csv:3: row has 9 cells, the header 8"):
        ClaimGraph().apply(ReferenceLoader().records(tmp_path))


def test_a_csv_with_an_unknown_name_is_refused(tmp_path):
    (tmp_path / "actors.csv").write_text("id\n")
    with pytest.raises(InvalidDataError, match="must end with .sources.csv"):
        ClaimGraph().apply(ReferenceLoader().records(tmp_path / "actors.csv"))


def test_loading_the_same_file_twice_changes_nothing():
    graph = ClaimGraph()
    first = graph.apply(ReferenceLoader().records(FIXTURES / "mini"))
    second = graph.apply(ReferenceLoader().records(FIXTURES / "mini"))
    assert first.changed and not second.changed
