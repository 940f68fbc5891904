"""The committed OWL and SHACL files are what the YAML generates (they cannot drift)."""

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from proxygraph.ontology.generate import PG, generated_dir, render


def test_committed_files_match_a_fresh_generation():
    for name, text in render().items():
        committed = Graph().parse(generated_dir() / name, format="turtle")
        fresh = Graph().parse(data=text, format="turtle")
        assert isomorphic(committed, fresh), (
            f"ontology/generated/{name} is stale: run `python -m proxygraph.ontology.generate`"
        )


def test_owl_has_the_hierarchy_and_relations():
    owl = Graph().parse(generated_dir() / "proxygraph.owl.ttl")
    assert (PG.Coalition, RDFS.subClassOf, PG.Actor) in owl
    assert (PG.Strike, RDFS.subClassOf, PG.Event) in owl
    assert (PG.backs, RDF.type, OWL.ObjectProperty) in owl
    assert (PG.allied_with, RDF.type, OWL.SymmetricProperty) in owl
    assert (PG.killed, RDFS.range, PG.Person) in owl
