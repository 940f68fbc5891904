"""The ontology of proxygraph: entity types, relation types and the claim model, as data.

The definitions live in ``schema/`` (YAML, one file per family); :func:`load_ontology` reads and
checks them once. Records (:class:`Entity`, :class:`Source`, :class:`Claim`) are what loaders yield
and the graph stores; ``generate`` derives OWL and SHACL from the same objects.
"""

from proxygraph.ontology.exc import *  # noqa: F401,F403 - the exception tree is public API
from proxygraph.ontology.model import (  # noqa: F401
    ID_NAMESPACE,
    NAMESPACE,
    EntityType,
    Modality,
    Ontology,
    PropertySpec,
    RelationType,
    load_ontology,
)
from proxygraph.ontology.records import Claim, Entity, Record, Source, content_id  # noqa: F401
from proxygraph.ontology.values import normalize_name, parse_date, parse_grade, slugify  # noqa: F401
