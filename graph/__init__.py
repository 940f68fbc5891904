"""The claim graph (networkx), its persistence and exports; later: RDF/SPARQL, Neo4j, attribution, views."""

from proxygraph.graph.persist import default_store_path, load, load_or_new, save  # noqa: F401
from proxygraph.graph.store import ApplyReport, ClaimGraph  # noqa: F401
