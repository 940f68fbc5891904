"""The bundled reference dataset: big enough, cited, the article's cast and contested points in it."""

from __future__ import annotations

import re

import networkx as nx
import pytest
from pyshacl import validate
from rdflib import Graph

from proxygraph.graph.export import export
from proxygraph.graph.rdf import to_rdf
from proxygraph.ontology.generate import generated_dir

CAST = {
    "iran": "Iran",
    "irgc": "IRGC",
    "irgc-quds-force": "Quds Force",
    "kataib-hezbollah": "Kataib Hizbollah",
    "harakat-al-nujaba": "Nujaba",
    "kataib-sayyid-al-shuhada": "Kataib Sayyid al-Shuhada",
    "islamic-resistance-in-iraq": "Islamic Resistance in Iraq",
    "popular-mobilization-forces": "PMF",
    "houthis": "Ansar Allah",
    "hezbollah": "Hizballah",
    "hamas": "Hamas",
    "palestinian-islamic-jihad": "PIJ",
    "iraq": "Iraq",
    "syria": "Syria",
    "jordan": "Jordan",
    "israel": "Israel",
    "yemen": "Yemen",
    "united-states": "Washington",
    "us-dod": "Pentagon",
    "us-centcom": "central command",
    "united-kingdom": "United Kingdom",
    "abu-baqir-al-saadi": "Abu Baqer al-Saadi",
    "tower-22-attack": None,
    "us-strikes-2024-02-02": None,
    "baghdad-strike-2024-02-07": None,
    "red-sea-shipping-attacks": None,
}


def test_it_is_big_enough(reference_graph):
    actors = list(reference_graph.entities(type="Actor"))
    assert len(actors) >= 40
    assert reference_graph.number_of_claims() >= 100


@pytest.mark.parametrize("entity_id, alias", CAST.items())
def test_the_cast_is_there_and_found_by_its_aliases(reference_graph, entity_id, alias):
    assert reference_graph.has_entity(entity_id)
    if alias:
        assert reference_graph.lookup(alias).id == entity_id


def test_every_claim_cites_a_dated_public_source(reference_graph):
    for source in reference_graph.sources.values():
        assert source.outlet and source.title and source.published, source.id
        assert re.match(r"^https?://", source.url or ""), source.id
    for c in reference_graph.claims():
        assert c.source in reference_graph.sources and c.evidence and c.stated, c.id


def test_the_contested_points_of_the_article(reference_graph):
    g = reference_graph
    blame = g.claim("us-blames-iri-tower22")
    assert (blame.subject, blame.predicate, blame.object, blame.modality) == (
        "islamic-resistance-in-iraq", "perpetrated", "tower-22-attack", "blamed")
    assert g.ontology.is_a(g.entity(blame.claimant).type, "Actor")
    suspect = g.claim("us-suspects-kh-tower22")
    assert (suspect.subject, suspect.object, suspect.modality) == ("kataib-hezbollah", "tower-22-attack", "suspected")
    iran_denials = [c for c in g.claims(modality="denied") if c.claimant in ("iran", "nasser-kanaani") or
                    g.entity(c.claimant).name.lower().startswith("iran")]
    assert iran_denials, "Iran's denial that it directs the groups must be in the dataset"
    assert any(d.denies for d in iran_denials)
    for d in iran_denials:
        for target in d.denies:
            assert g.has_claim(target)  # the denied claim stays beside its denial


def test_two_sources_saying_the_same_thing_are_two_claims(reference_graph):
    seen = {}
    for c in reference_graph.claims():
        seen.setdefault((c.subject, c.predicate, c.object), set()).add(c.source)
    assert any(len(sources) > 1 for sources in seen.values())


def test_rdf_export_conforms_to_the_shacl_shapes(reference_graph):
    shapes = Graph().parse(generated_dir() / "proxygraph.shacl.ttl")
    conforms, _, report = validate(to_rdf(reference_graph), shacl_graph=shapes, inference="none")
    assert conforms, report[:3000]


def test_graphml_export_opens_in_networkx_with_the_cast(reference_graph, tmp_path):
    back = nx.read_graphml(export(reference_graph, "graphml", tmp_path / "ref.graphml"))
    assert back.number_of_nodes() >= 40 and back.number_of_edges() >= 100
    labels = " | ".join(d["label"] for _, d in back.nodes(data=True))
    for name in ("Iran", "Kataib Hezbollah", "Islamic Resistance in Iraq", "Central Command", "Houthi", "Tower 22", "al-Saadi"):
        assert name.lower() in labels.lower(), name
