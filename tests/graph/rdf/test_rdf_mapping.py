"""The RDF view: what each entity and claim becomes, SHACL conformance, and export/import on the CLI."""

from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, XSD
from typer.testing import CliRunner

from proxygraph.cli.main import app
from proxygraph.graph import load
from proxygraph.graph.export import export_bytes
from proxygraph.graph.persist import to_document
from proxygraph.graph.rdf import PG, WD, claim_iri, entity_iri, from_rdf, parse, source_iri, to_rdf
from proxygraph.ontology import StoreError
from proxygraph.ontology.generate import generated_dir

runner = CliRunner()
IRAN, KH, TOWER = entity_iri("iran"), entity_iri("kataib-hezbollah"), entity_iri("tower-22-attack")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(generated_dir() / "proxygraph.shacl.ttl")


def test_an_entity_is_typed_with_its_ancestry_and_carries_names_and_ids(mini_graph):
    g = to_rdf(mini_graph)
    assert {o for o in g.objects(IRAN, RDF.type)} == {PG.Entity, PG.Actor, PG.State}
    assert g.value(IRAN, RDFS.label) == Literal("Iran")
    assert set(g.objects(IRAN, PG.alias)) == {Literal("Tehran"), Literal("Islamic Republic of Iran")}
    assert (IRAN, OWL.sameAs, WD.Q794) in g
    assert (IRAN, PG.externalId, Literal("wikidata:Q794")) in g
    assert g.value(TOWER, PG.date) == Literal("2024-01-28", datatype=XSD.date)


def test_a_claim_is_a_node_of_its_own_with_its_provenance(mini_graph):
    g = to_rdf(mini_graph)
    c = claim_iri("wire-iran-backs-kh")
    assert (c, RDF.type, PG.Claim) in g
    assert (g.value(c, PG.subject), g.value(c, PG.predicate), g.value(c, PG.object)) == (IRAN, PG.backs, KH)
    assert g.value(c, PG.claimant) == PG.reporter
    assert g.value(c, PG.source) == source_iri("src-a")
    assert str(g.value(c, PG.modality)) == "asserted" and str(g.value(c, PG.grade)) == "B2"
    assert g.value(c, PG.stated) == Literal("2024-01-29", datatype=XSD.date)
    assert set(map(str, g.objects(c, PG.support))) == {"arms", "funds"}


def test_the_plain_triple_is_there_for_every_claim_but_a_denial(reference_graph):
    g = to_rdf(reference_graph)
    relations = {PG[r] for r in reference_graph.ontology.relations}
    plain = {(s, p, o) for s, p, o in g if p in relations}
    assert plain == {
        (entity_iri(c.subject), PG[c.predicate], entity_iri(c.object))
        for c in reference_graph.claims() if c.modality != "denied"
    }
    denial = next(c for c in reference_graph.claims() if c.modality == "denied")
    assert set(g.objects(claim_iri(denial.id), PG.denies)) == {claim_iri(d) for d in denial.denies}


@pytest.mark.parametrize("which", ["mini_graph", "reference_graph"])
def test_the_turtle_export_conforms_to_the_shacl_shapes(which, request, shapes):
    graph = request.getfixturevalue(which)
    data = Graph().parse(data=export_bytes(graph, "ttl"), format="turtle")
    conforms, _, report = validate(data, shacl_graph=shapes)
    assert conforms, report


def test_the_shapes_catch_a_broken_claim(mini_graph, shapes):
    data = to_rdf(mini_graph)
    data.remove((claim_iri("wire-iran-backs-kh"), PG.source, None))
    data.add((claim_iri("wire-iran-backs-kh"), PG.grade, Literal("Z9")))
    conforms, _, report = validate(data, shacl_graph=shapes)
    assert not conforms
    assert "source" in report and "Z9" in report


def test_rdf_that_is_not_ours_is_a_clear_error():
    with pytest.raises(StoreError, match="not valid ttl"):
        parse(b"@prefix broken", "ttl")
    foreign = Graph()
    foreign.add((claim_iri("x"), RDF.type, PG.Claim))
    foreign.add((claim_iri("x"), PG.subject, WD.Q1))
    with pytest.raises(StoreError, match="not a proxygraph entity IRI"):
        from_rdf(foreign)


@pytest.mark.parametrize("fmt, suffix", [("ttl", ".ttl"), ("nt", ".nt"), ("jsonld", ".jsonld")])
def test_export_then_import_on_the_command_line(mini_graph, store, tmp_path, fmt, suffix):
    from proxygraph.graph import save

    save(mini_graph, store)
    out = tmp_path / f"graph{suffix}"
    exported = runner.invoke(app, ["export", "--format", fmt, "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    other = tmp_path / "other.json"
    imported = runner.invoke(app, ["import", str(out), "--store", str(other)])
    assert imported.exit_code == 0, imported.output
    assert "claims: 3 added" in imported.output
    assert to_document(load(other))["claims"] == to_document(from_rdf(to_rdf(mini_graph)))["claims"]
    again = runner.invoke(app, ["import", str(out), "--store", str(other)])
    assert "claims: 0 added, 0 updated, 3 unchanged" in again.output


def test_import_of_a_bad_file_is_one_line_and_changes_nothing(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    result = runner.invoke(app, ["import", str(bad), "--store", str(tmp_path / "g.json")])
    assert result.exit_code == 1 and "not valid ttl" in result.output
    assert not (tmp_path / "g.json").exists()
