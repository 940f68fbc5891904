"""The claim graph as RDF, using the ontology's IRIs.

Entities are resources typed with their type and its ancestors (so ``?x a pg:Actor`` finds every
actor), with ``rdfs:label``, ``pg:alias`` and external ids (a Wikidata QID also as ``owl:sameAs``).
Every claim is a resource of its own (``pg:Claim``, plain reification) carrying subject, predicate,
object, claimant, modality, source, evidence, dates, grade and weight; for claims that are not
denials, the plain triple ``subject predicate object`` is added too so simple queries stay simple.

>>> from proxygraph.graph.store import ClaimGraph
>>> len(to_rdf(ClaimGraph())) > 0
False
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology.generate import CLAIM_PROPERTIES, PG
from proxygraph.ontology.model import ID_NAMESPACE

__all__ = ["PG", "ID", "WD", "entity_iri", "claim_iri", "source_iri", "to_rdf"]

ID = Namespace(ID_NAMESPACE)
WD = Namespace("http://www.wikidata.org/entity/")


def entity_iri(entity_id: str) -> URIRef:
    return ID[f"entity/{entity_id}"]


def claim_iri(claim_id: str) -> URIRef:
    return ID[f"claim/{claim_id}"]


def source_iri(source_id: str) -> URIRef:
    return ID[f"source/{source_id}"]


def _literal(value) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    return Literal(str(value))


def to_rdf(graph: ClaimGraph, store: str = "default") -> Graph:
    """The claim graph as an rdflib graph (`store`: an rdflib store name, e.g. ``"Oxigraph"``)."""
    g = Graph(store=store)
    g.bind("pg", PG)
    g.bind("pgid", ID)
    g.bind("owl", OWL)
    onto = graph.ontology
    for e in graph.entities():
        node = entity_iri(e.id)
        for t in onto.entity_type(e.type).ancestry:
            g.add((node, RDF.type, PG[t]))
        g.add((node, RDFS.label, _literal(e.name)))
        g.add((node, PG.id, _literal(e.id)))
        for alias in e.aliases:
            g.add((node, PG.alias, _literal(alias)))
        for key, value in e.external_ids.items():
            g.add((node, PG.externalId, _literal(f"{key}:{value}")))
            if key == "wikidata":
                g.add((node, OWL.sameAs, WD[value]))
        for key, value in e.properties.items():
            g.add((node, PG[key], _literal(value)))
    for s in graph.sources.values():
        node = source_iri(s.id)
        g.add((node, RDF.type, PG.Source))
        g.add((node, PG.id, _literal(s.id)))
        for key in ("outlet", "title", "author", "published"):
            value = getattr(s, key)
            if value:
                g.add((node, PG[key], _literal(value)))
        if s.url:
            g.add((node, PG.url, Literal(s.url, datatype=XSD.anyURI)))
    for c in graph.claims():
        node = claim_iri(c.id)
        subj, obj = entity_iri(c.subject), entity_iri(c.object)
        g.add((node, RDF.type, PG.Claim))
        g.add((node, PG.id, _literal(c.id)))
        g.add((node, PG.subject, subj))
        g.add((node, PG.predicate, PG[c.predicate]))
        g.add((node, PG.object, obj))
        claimant = PG.reporter if c.claimant == onto.reporter else entity_iri(c.claimant)
        g.add((node, PG.claimant, claimant))
        g.add((node, PG.source, source_iri(c.source)))
        for field in ("modality", "evidence", "grade", "stated", "valid_from", "valid_to", "evidence_start", "evidence_end"):
            value = getattr(c, field)
            if value is not None:
                g.add((node, CLAIM_PROPERTIES[field], _literal(value)))
        g.add((node, PG.weight, _literal(float(graph.weight(c)))))
        for key, value in c.attributes.items():
            for v in value if isinstance(value, list) else [value]:
                g.add((node, PG[key], _literal(v)))
        for denied in c.denies:
            g.add((node, PG.denies, claim_iri(denied)))
        if c.modality != "denied":
            g.add((subj, PG[c.predicate], obj))
    return g
