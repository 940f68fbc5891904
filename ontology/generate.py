"""Derive OWL/RDFS and SHACL from the ontology, and regenerate the committed files.

``python -m proxygraph.ontology.generate`` rewrites ``ontology/generated/``; a test regenerates and
compares, so the committed files cannot drift from the YAML.

>>> owl = ontology_graph(load_ontology())
>>> (PG.ArmedGroup, RDFS.subClassOf, PG.Actor) in owl
True
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from proxygraph.ontology.model import NAMESPACE, Ontology, PropertySpec, load_ontology

__all__ = [
    "PG",
    "XSD_OF",
    "CLAIM_PROPERTIES",
    "ontology_graph",
    "shapes_graph",
    "generated_dir",
    "write_generated",
]

PG = Namespace(NAMESPACE)
XSD_OF = {
    "string": XSD.string,
    "date": XSD.date,
    "integer": XSD.integer,
    "number": XSD.decimal,
    "url": XSD.anyURI,
    "boolean": XSD.boolean,
    "list": XSD.string,
    "enum": XSD.string,
}
# The claim model's fields as RDF properties (camelCase, as RDF vocabularies are written).
CLAIM_PROPERTIES = {
    "subject": PG.subject,
    "predicate": PG.predicate,
    "object": PG.object,
    "claimant": PG.claimant,
    "modality": PG.modality,
    "source": PG.source,
    "evidence": PG.evidence,
    "stated": PG.stated,
    "valid_from": PG.validFrom,
    "valid_to": PG.validTo,
    "grade": PG.grade,
    "weight": PG.weight,
    "denies": PG.denies,
    "evidence_start": PG.evidenceStart,
    "evidence_end": PG.evidenceEnd,
}


def _classes(g: Graph, names) -> URIRef | BNode:
    names = list(names)
    if len(names) == 1:
        return PG[names[0]]
    node = BNode(f"union-{'-'.join(names)}")
    g.add((node, RDF.type, OWL.Class))
    lst = BNode(f"list-{'-'.join(names)}")
    Collection(g, lst, [PG[n] for n in names])
    g.add((node, OWL.unionOf, lst))
    return node


def _datatype_property(g: Graph, spec: PropertySpec, domain) -> None:
    prop = PG[spec.name]
    g.add((prop, RDF.type, OWL.DatatypeProperty))
    g.add((prop, RDFS.label, Literal(spec.name)))
    if spec.description:
        g.add((prop, RDFS.comment, Literal(spec.description)))
    g.add((prop, RDFS.range, XSD_OF[spec.type]))
    if domain is not None:
        g.add((prop, RDFS.domain, domain))


def ontology_graph(onto: Ontology) -> Graph:
    """The ontology as OWL/RDFS: classes with their hierarchy, relations with domain and range."""
    g = Graph()
    g.bind("pg", PG)
    g.bind("owl", OWL)
    root = URIRef(NAMESPACE.rstrip("#"))
    g.add((root, RDF.type, OWL.Ontology))
    g.add((root, RDFS.label, Literal("proxygraph ontology")))
    g.add((root, RDFS.comment, Literal(
        "Actors, events and places of conflicts with proxies, and the claim model: every relation "
        "is a claim with a claimant, a modality, a source, evidence, dates and an Admiralty grade."
    )))
    props: dict[str, tuple[PropertySpec, set]] = {}
    for t in onto.entity_types.values():
        cls = PG[t.name]
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.label, Literal(t.label)))
        g.add((cls, RDFS.comment, Literal(t.description)))
        if t.parent:
            g.add((cls, RDFS.subClassOf, PG[t.parent]))
        for name, spec in t.properties.items():
            owner = next(a for a in t.ancestry if name in onto.entity_types[a].properties)
            props.setdefault(name, (spec, set()))[1].add(owner)
    for name, (spec, owners) in sorted(props.items()):
        _datatype_property(g, spec, _classes(g, sorted(owners)))
    for r in onto.relations.values():
        prop = PG[r.name]
        g.add((prop, RDF.type, OWL.ObjectProperty))
        if r.symmetric:
            g.add((prop, RDF.type, OWL.SymmetricProperty))
        g.add((prop, RDFS.label, Literal(r.label)))
        g.add((prop, RDFS.comment, Literal(r.description)))
        g.add((prop, RDFS.domain, _classes(g, r.domain)))
        g.add((prop, RDFS.range, _classes(g, r.range)))
        for spec in r.attributes.values():
            _datatype_property(g, spec, PG.Claim)
    g.add((PG.Claim, RDF.type, OWL.Class))
    g.add((PG.Claim, RDFS.label, Literal("Claim")))
    g.add((PG.Claim, RDFS.comment, Literal(
        "A statement by a claimant, in a source, that a relation holds between two entities."
    )))
    g.add((PG.Reporter, RDF.type, OWL.Class))
    g.add((PG.Reporter, RDFS.comment, Literal("The source itself, as claimant of what it says in its own voice.")))
    g.add((PG.reporter, RDF.type, PG.Reporter))
    for field, prop in CLAIM_PROPERTIES.items():
        spec = onto.claim_fields.get(field)
        is_object = field in ("subject", "object", "claimant", "source", "denies", "predicate")
        g.add((prop, RDF.type, OWL.ObjectProperty if is_object else OWL.DatatypeProperty))
        g.add((prop, RDFS.domain, PG.Claim))
        g.add((prop, RDFS.label, Literal(field)))
        if spec and spec.description:
            g.add((prop, RDFS.comment, Literal(spec.description)))
    for name, rel in onto.claim_relations.items():
        g.add((PG[name], RDFS.range, PG.Claim))
        g.add((PG[name], RDFS.comment, Literal(" ".join(str(rel["description"]).split()))))
    g.add((PG.weight, RDFS.comment, Literal("Numeric weight derived from the grade.")))
    return g


def _prop_shape(g: Graph, shape, path, **constraints) -> BNode:
    node = BNode(f"{shape.split('#')[-1]}-{path.split('#')[-1]}")
    g.add((shape, SH.property, node))
    g.add((node, SH.path, path))
    for key, value in constraints.items():
        if key == "in_":
            lst = BNode(f"{node}-in")
            Collection(g, lst, value)
            g.add((node, SH["in"], lst))
        elif key == "or_":
            g.add((node, SH["or"], _or_list(g, f"{node}-or", value)))
        else:
            g.add((node, SH[key], value))
    return node


def _or_list(g: Graph, name: str, alternatives) -> BNode:
    items = []
    for i, (key, value) in enumerate(alternatives):
        alt = BNode(f"{name}-{i}")
        g.add((alt, SH[key], value))
        items.append(alt)
    lst = BNode(f"{name}-list")
    Collection(g, lst, items)
    return lst


def shapes_graph(onto: Ontology) -> Graph:
    """SHACL shapes for the RDF export: entities, sources, claims, and each relation's domain/range."""
    g = Graph()
    g.bind("pg", PG)
    g.bind("sh", SH)
    one = Literal(1)
    ent = PG.EntityShape
    g.add((ent, RDF.type, SH.NodeShape))
    g.add((ent, SH.targetClass, PG.Entity))
    _prop_shape(g, ent, RDFS.label, minCount=one, maxCount=one, datatype=XSD.string)
    for t in onto.entity_types.values():
        if t.is_source or not t.properties:
            continue
        shape = PG[f"{t.name}Shape"]
        own = {k: v for k, v in t.properties.items() if t.parent is None or k not in onto.entity_types[t.parent].properties}
        if not own:
            continue
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, PG[t.name]))
        for spec in own.values():
            kw = {"maxCount": one, "datatype": XSD_OF[spec.type]}
            if spec.minimum is not None:
                kw["minInclusive"] = Literal(spec.minimum)
            if spec.maximum is not None:
                kw["maxInclusive"] = Literal(spec.maximum)
            if spec.pattern:
                kw["pattern"] = Literal(spec.pattern)
            _prop_shape(g, shape, PG[spec.name], **kw)
    src = PG.SourceShape
    g.add((src, RDF.type, SH.NodeShape))
    g.add((src, SH.targetClass, PG.Source))
    for name, spec in onto.entity_types["Source"].properties.items():
        kw = {"maxCount": one, "datatype": XSD_OF[spec.type]}
        if spec.required:
            kw["minCount"] = one
        _prop_shape(g, src, PG[name], **kw)
    claim = PG.ClaimShape
    g.add((claim, RDF.type, SH.NodeShape))
    g.add((claim, SH.targetClass, PG.Claim))
    for field in ("subject", "object"):
        _prop_shape(g, claim, CLAIM_PROPERTIES[field], minCount=one, maxCount=one, **{"class": PG.Entity})
    _prop_shape(g, claim, PG.predicate, minCount=one, maxCount=one, in_=[PG[r] for r in onto.relations])
    _prop_shape(g, claim, PG.claimant, minCount=one, maxCount=one,
                or_=[("class", PG.Actor), ("hasValue", PG.reporter)])
    _prop_shape(g, claim, PG.modality, minCount=one, maxCount=one, in_=[Literal(m) for m in onto.modalities])
    _prop_shape(g, claim, PG.source, minCount=one, maxCount=one, **{"class": PG.Source})
    _prop_shape(g, claim, PG.evidence, minCount=one, maxCount=one, datatype=XSD.string)
    _prop_shape(g, claim, PG.grade, minCount=one, maxCount=one, pattern=Literal("^[A-F][1-6]$"))
    _prop_shape(g, claim, PG.weight, maxCount=one, datatype=XSD.decimal)
    for field in ("stated", "valid_from", "valid_to"):
        _prop_shape(g, claim, CLAIM_PROPERTIES[field], maxCount=one, datatype=XSD.date)
    _prop_shape(g, claim, PG.denies, **{"class": PG.Claim})
    for r in onto.relations.values():
        shape = PG[f"{r.name}DomainRangeShape"]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetSubjectsOf, PG[r.name]))
        g.add((shape, RDFS.comment, Literal(f"Subjects of '{r.name}' are {' or '.join(r.domain)}; objects {' or '.join(r.range)}.")))
        if len(r.domain) == 1:
            g.add((shape, SH["class"], PG[r.domain[0]]))
        else:
            g.add((shape, SH["or"], _or_list(g, f"{r.name}-domain", [("class", PG[t]) for t in r.domain])))
        if len(r.range) == 1:
            _prop_shape(g, shape, PG[r.name], **{"class": PG[r.range[0]]})
        else:
            _prop_shape(g, shape, PG[r.name], or_=[("class", PG[t]) for t in r.range])
    return g


def generated_dir() -> Path:
    return Path(__file__).resolve().parent / "generated"


def render(onto: Ontology | None = None) -> dict[str, str]:
    """The generated files' names and Turtle text."""
    onto = onto or load_ontology()
    header = "# GENERATED from ontology/schema/*.yaml by `python -m proxygraph.ontology.generate`; do not edit.\n"
    return {
        "proxygraph.owl.ttl": header + ontology_graph(onto).serialize(format="turtle"),
        "proxygraph.shacl.ttl": header + shapes_graph(onto).serialize(format="turtle"),
    }


def write_generated(folder: Path | None = None) -> list[Path]:
    folder = folder or generated_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render().items():
        (folder / name).write_text(text, encoding="utf-8")
        written.append(folder / name)
    return written


if __name__ == "__main__":
    for path in write_generated(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(f"wrote {path}")
