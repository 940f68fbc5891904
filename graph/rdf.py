"""The claim graph as RDF, using the ontology's IRIs, and back.

Entities are resources typed with their type and its ancestors (so ``?x a pg:Actor`` finds every
actor), with ``rdfs:label``, ``pg:id``, ``pg:alias`` and external ids (``pg:externalId "key:value"``;
a Wikidata QID also as ``owl:sameAs wd:Q...``). Every claim is a resource of its own (``pg:Claim``,
plain reification, not RDF-star) carrying subject, predicate, object, claimant, modality, source,
evidence, dates, grade, weight and the relation's attributes; for claims that are not denials, the
plain triple ``subject predicate object`` is added too so simple queries stay simple. An id merged
into another entity is kept as ``<old> owl:sameAs <new>``.

:func:`from_rdf` reads that mapping back (graph -> RDF -> graph gives the same graph; aliases and
list-valued attributes are sets in RDF and come back sorted, in the ontology's enum order).

>>> from proxygraph.graph.store import ClaimGraph
>>> len(to_rdf(ClaimGraph())) > 0
False
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from proxygraph.graph.store import ClaimGraph
from proxygraph.ontology import InvalidValueError, Ontology, StoreError, load_ontology
from proxygraph.ontology.generate import CLAIM_PROPERTIES, PG
from proxygraph.ontology.model import ID_NAMESPACE

__all__ = [
    "PG", "ID", "WD", "RDF_FORMATS", "entity_iri", "claim_iri", "source_iri", "triples", "to_rdf",
    "from_rdf", "serialize", "parse", "read_rdf", "format_of",
]

ID = Namespace(ID_NAMESPACE)
WD = Namespace("http://www.wikidata.org/entity/")

# Our format names -> rdflib's, with the usual file suffixes.
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
_SUFFIXES = {".ttl": "ttl", ".turtle": "ttl", ".nt": "nt", ".ntriples": "nt", ".jsonld": "jsonld", ".json": "jsonld"}
_CLAIM_SCALARS = ("modality", "evidence", "grade", "stated", "valid_from", "valid_to", "evidence_start", "evidence_end")


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


def _values(value) -> list:
    return list(value) if isinstance(value, (list, tuple)) else [value]


def triples(graph: ClaimGraph) -> Iterator[tuple]:
    """The RDF triples of the claim graph, one by one (see the module docstring for the mapping)."""
    onto = graph.ontology
    for e in graph.entities():
        node = entity_iri(e.id)
        for t in onto.entity_type(e.type).ancestry:
            yield node, RDF.type, PG[t]
        yield node, RDFS.label, _literal(e.name)
        yield node, PG.id, _literal(e.id)
        for alias in e.aliases:
            yield node, PG.alias, _literal(alias)
        for key, value in e.external_ids.items():
            yield node, PG.externalId, _literal(f"{key}:{value}")
            if key == "wikidata":
                yield node, OWL.sameAs, WD[value]
        for key, value in e.properties.items():
            for v in _values(value):
                yield node, PG[key], _literal(v)
    for old, new in graph.redirects.items():
        yield entity_iri(old), OWL.sameAs, entity_iri(new)
    for s in graph.sources.values():
        node = source_iri(s.id)
        yield node, RDF.type, PG.Source
        yield node, PG.id, _literal(s.id)
        for key in ("outlet", "title", "author", "published"):
            value = getattr(s, key)
            if value:
                yield node, PG[key], _literal(value)
        if s.url:
            yield node, PG.url, Literal(s.url, datatype=XSD.anyURI)
    for c in graph.claims():
        node = claim_iri(c.id)
        subj, obj = entity_iri(c.subject), entity_iri(c.object)
        yield node, RDF.type, PG.Claim
        yield node, PG.id, _literal(c.id)
        yield node, PG.subject, subj
        yield node, PG.predicate, PG[c.predicate]
        yield node, PG.object, obj
        yield node, PG.claimant, PG.reporter if c.claimant == onto.reporter else entity_iri(c.claimant)
        yield node, PG.source, source_iri(c.source)
        for field in _CLAIM_SCALARS:
            value = getattr(c, field)
            if value is not None:
                yield node, CLAIM_PROPERTIES[field], _literal(value)
        yield node, PG.weight, _literal(float(graph.weight(c)))
        for key, value in c.attributes.items():
            for v in _values(value):
                yield node, PG[key], _literal(v)
        for denied in c.denies:
            yield node, PG.denies, claim_iri(denied)
        if c.modality != "denied":
            yield subj, PG[c.predicate], obj


def to_rdf(graph: ClaimGraph, store: str = "default") -> Graph:
    """The claim graph as an rdflib graph (`store`: an rdflib store name, e.g. ``"Oxigraph"``)."""
    g = Graph(store=store)
    g.bind("pg", PG)
    g.bind("pgid", ID)
    g.bind("owl", OWL)
    g.addN((s, p, o, g) for s, p, o in triples(graph))
    return g


# -- RDF -> claim graph ---------------------------------------------------------------------------


def from_rdf(rdf: Graph, ontology: Ontology | None = None) -> ClaimGraph:
    """Read a claim graph back from RDF written by :func:`to_rdf` (all or nothing).

    >>> from proxygraph.graph.persist import to_document
    >>> to_document(from_rdf(to_rdf(ClaimGraph()))) == to_document(ClaimGraph())
    True
    """
    from proxygraph.graph.persist import records_of

    onto = ontology or load_ontology()
    doc, redirects = _document(rdf, onto)
    graph = ClaimGraph(onto)
    graph.apply(records_of(doc, "<rdf>"), "<rdf>")
    for old, new in redirects.items():
        graph.add_redirect(old, new)
    return graph


def _plain(term):
    """An RDF term as the loosely typed value records are built from."""
    if not isinstance(term, Literal):
        return str(term)
    value = term.toPython()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(term)


def _id_of(node, kind: str, ids: dict) -> str:
    """The id of a resource: its ``pg:id``, else the tail of its IRI in our id namespace."""
    if node in ids:
        return ids[node]
    prefix = f"{ID_NAMESPACE}{kind}/"
    if isinstance(node, URIRef) and str(node).startswith(prefix):
        return str(node)[len(prefix):]
    raise StoreError(f"<rdf>: {node} is not a proxygraph {kind} IRI")


def _local(node) -> str:
    text = str(node)
    if not text.startswith(str(PG)):
        raise StoreError(f"<rdf>: {node} is not a term of the proxygraph ontology")
    return text[len(str(PG)):]


def _document(rdf: Graph, onto: Ontology) -> tuple[dict, dict]:
    by_subject: dict = defaultdict(lambda: defaultdict(list))
    for s, p, o in rdf:
        by_subject[s][p].append(o)
    ids = {s: str(props[PG.id][0]) for s, props in by_subject.items() if props.get(PG.id)}
    kinds = {s: {str(t) for t in props.get(RDF.type, ())} for s, props in by_subject.items()}
    entities, sources, claims, redirects = [], [], [], {}
    for node, props in by_subject.items():
        types = kinds[node]
        if str(PG.Claim) in types:
            claims.append(_claim_dict(node, props, ids, onto))
        elif str(PG.Source) in types:
            sources.append(_source_dict(node, props, ids))
        elif str(PG.Entity) in types:
            entities.append(_entity_dict(node, props, ids, types, onto))
        elif not types:
            for other in props.get(OWL.sameAs, ()):
                if str(other).startswith(f"{ID_NAMESPACE}entity/"):
                    redirects[_id_of(node, "entity", ids)] = _id_of(other, "entity", ids)
    from proxygraph.graph.persist import FORMAT, VERSION

    doc = {"format": FORMAT, "version": VERSION, "entities": sorted(entities, key=lambda d: d["id"]),
           "sources": sources, "claims": sorted(claims, key=lambda d: d["id"])}
    return doc, redirects


def _one(props, prop, default=None):
    values = props.get(prop)
    return _plain(values[0]) if values else default


def _entity_dict(node, props, ids, types, onto: Ontology) -> dict:
    known = [t for t in onto.entity_types.values() if str(PG[t.name]) in types]
    if not known:
        raise StoreError(f"<rdf>: entity {node} has no type of the ontology")
    etype = max(known, key=lambda t: len(t.ancestry))
    props_out = {}
    for name, spec in etype.properties.items():
        values = [_plain(v) for v in props.get(PG[name], ())]
        if values:
            props_out[name] = sorted(values) if spec.type == "list" else values[0]
    ext = dict(str(v).split(":", 1) for v in props.get(PG.externalId, ()) if ":" in str(v))
    return {
        "id": _id_of(node, "entity", ids),
        "type": etype.name,
        "name": _one(props, RDFS.label),
        "aliases": sorted(str(a) for a in props.get(PG.alias, ())),
        "external_ids": ext,
        "properties": props_out,
    }


def _source_dict(node, props, ids) -> dict:
    out = {"id": _id_of(node, "source", ids)}
    for key in ("outlet", "title", "author", "published", "url"):
        out[key] = _one(props, PG[key])
    return out


def _claim_dict(node, props, ids, onto: Ontology) -> dict:
    predicate = _local(props[PG.predicate][0]) if props.get(PG.predicate) else None
    claimant = props.get(PG.claimant, [None])[0]
    out = {
        "id": _id_of(node, "claim", ids),
        "subject": _id_of(props[PG.subject][0], "entity", ids) if props.get(PG.subject) else None,
        "predicate": predicate,
        "object": _id_of(props[PG.object][0], "entity", ids) if props.get(PG.object) else None,
        "claimant": onto.reporter if claimant == PG.reporter else claimant and _id_of(claimant, "entity", ids),
        "source": _id_of(props[PG.source][0], "source", ids) if props.get(PG.source) else None,
        "denies": sorted(_id_of(d, "claim", ids) for d in props.get(PG.denies, ())),
    }
    for field in _CLAIM_SCALARS:
        out[field] = _one(props, CLAIM_PROPERTIES[field])
    relation = onto.relations.get(predicate)
    attrs = {}
    for name, spec in (relation.attributes if relation else {}).items():
        values = [_plain(v) for v in props.get(PG[name], ())]
        if not values:
            continue
        if spec.type == "list":
            order = list(onto.enums.get(spec.enum, ())) if spec.enum else []
            attrs[name] = sorted(values, key=lambda v: (order.index(v) if v in order else len(order), str(v)))
        else:
            attrs[name] = values[0]
    out["attributes"] = attrs
    return out


# -- formats --------------------------------------------------------------------------------------


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """Our name of an RDF format (ttl, nt, jsonld), given or guessed from the file suffix."""
    if fmt:
        if fmt not in RDF_FORMATS:
            raise InvalidValueError(f"unknown RDF format '{fmt}'; expected one of: {', '.join(RDF_FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise InvalidValueError(f"cannot tell the RDF format of '{path}'; give one of: {', '.join(RDF_FORMATS)}")
    return _SUFFIXES[suffix]


def _context() -> dict:
    return {"pg": str(PG), "pgid": str(ID), "owl": str(OWL), "rdfs": str(RDFS), "xsd": str(XSD), "wd": str(WD)}


def serialize(graph: ClaimGraph | Graph, fmt: str = "ttl") -> bytes:
    """The claim graph (or its RDF) as Turtle, N-Triples or JSON-LD bytes."""
    rdf = graph if isinstance(graph, Graph) else to_rdf(graph)
    fmt = format_of("", fmt)
    if fmt == "jsonld":
        return rdf.serialize(format="json-ld", context=_context(), indent=1, encoding="utf-8")
    return rdf.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")


def parse(data: bytes | str, fmt: str = "ttl", ontology: Ontology | None = None) -> ClaimGraph:
    """A claim graph from Turtle, N-Triples or JSON-LD text written by :func:`serialize`."""
    return from_rdf(_parse_rdf(data, format_of("", fmt)), ontology)


def read_rdf(path: str | Path, fmt: str | None = None, ontology: Ontology | None = None) -> ClaimGraph:
    """A claim graph from an RDF file (format from `fmt` or the file suffix)."""
    fmt = format_of(path, fmt)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise StoreError(f"cannot read {path}: {e.strerror}") from None
    return from_rdf(_parse_rdf(data, fmt, str(path)), ontology)


def _parse_rdf(data: bytes | str, fmt: str, name: str = "<rdf>") -> Graph:
    g = Graph()
    try:
        g.parse(data=data, format=RDF_FORMATS[fmt])
    except Exception as e:  # rdflib's parsers raise many kinds; all mean "not valid RDF"
        raise StoreError(f"{name}: not valid {fmt} RDF: {e}") from None
    return g
