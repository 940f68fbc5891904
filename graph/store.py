"""The claim graph: a networkx multigraph where every edge is a claim checked against the ontology.

Entities are nodes, claims are edges keyed by claim id (several claims between the same two
entities stay separate), sources are kept beside the graph. Every addition is checked: an unknown
type, a subject outside the relation's domain, an object outside its range, a missing or unknown
source and a reference to nothing each raise their own error. :meth:`ClaimGraph.apply` takes a
batch of records and commits all of it or none of it.

>>> from proxygraph.ontology import Claim, Entity, Source
>>> g = ClaimGraph()
>>> report = g.apply([
...     Entity("iran", "State", "Iran", aliases=("Tehran",)),
...     Entity("kataib-hezbollah", "ArmedGroup", "Kataib Hezbollah"),
...     Entity("tower-22-attack", "Attack", "Tower 22 drone attack"),
...     Source("ft", "Financial Times", "US strike kills militia commander"),
...     Claim.from_dict({"subject": "kataib-hezbollah", "predicate": "perpetrated",
...         "object": "tower-22-attack", "claimant": "reporter", "modality": "suspected",
...         "source": "ft", "evidence": "The US suspected the group.", "grade": "B3"}),
... ])
>>> g.lookup("Tehran").id, g.number_of_claims()
('iran', 1)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import networkx as nx

from proxygraph.ontology import (
    AmbiguousEntityError,
    Claim,
    ConflictError,
    DanglingReferenceError,
    DomainError,
    Entity,
    InvalidDataError,
    InvalidValueError,
    Location,
    NotFoundError,
    Ontology,
    RangeError,
    RecordError,
    Source,
    UnknownTypeError,
    load_ontology,
    normalize_name,
)

__all__ = ["ClaimGraph", "ApplyReport"]


@dataclass
class ApplyReport:
    """What a batch changed: counts per kind and the entities merged into others by alias."""

    added: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    merged: dict[str, str] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or sum(self.updated.values()))

    def summary(self) -> str:
        kinds = {"entity": "entities", "source": "sources", "claim": "claims"}
        parts = [
            f"{plural}: {self.added[k]} added, {self.updated[k]} updated, {self.unchanged[k]} unchanged"
            for k, plural in kinds.items()
        ]
        return "; ".join(parts)


class ClaimGraph:
    """A typed, sourced claim graph over a :class:`networkx.MultiDiGraph`."""

    def __init__(self, ontology: Ontology | None = None):
        self.ontology = ontology or load_ontology()
        self.nx = nx.MultiDiGraph()
        self.sources: dict[str, Source] = {}
        self._claims: dict[str, Claim] = {}
        self._names: dict[str, set[str]] = defaultdict(set)
        self._redirects: dict[str, str] = {}
        self._denied_by: dict[str, set[str]] = defaultdict(set)
        self._journal: list | None = None

    # -- reading --------------------------------------------------------------------------------
    def number_of_entities(self) -> int:
        return self.nx.number_of_nodes()

    def number_of_claims(self) -> int:
        return len(self._claims)

    def has_entity(self, entity_id: str) -> bool:
        return self.canonical_id(entity_id) in self.nx

    def canonical_id(self, entity_id: str) -> str:
        """The id an entity is stored under, following merges (``kataib-hizbollah`` -> ...)."""
        return self._redirects.get(entity_id, entity_id)

    def entity(self, entity_id: str) -> Entity:
        try:
            return self.nx.nodes[self.canonical_id(entity_id)]["entity"]
        except KeyError:
            raise NotFoundError(f"no entity with id '{entity_id}'") from None

    def entities(self, type: str | None = None) -> Iterator[Entity]:
        """Entities, optionally only those of `type` or a subtype (``type="Actor"``)."""
        for _, data in self.nx.nodes(data="entity"):
            if type is None or self.ontology.is_a(data.type, type):
                yield data

    def resolve(self, name: str) -> list[str]:
        """Ids of the entities whose id, name or alias matches `name` (case, accents, ' and - fold)."""
        if name in self.nx or name in self._redirects:
            return [self.canonical_id(name)]
        return sorted(self._names.get(normalize_name(name), ()))

    def lookup(self, name: str) -> Entity:
        """The one entity `name` refers to, by id, name or alias; raises when none or several."""
        ids = self.resolve(name)
        if not ids:
            raise NotFoundError(f"no entity is called '{name}'")
        if len(ids) > 1:
            raise AmbiguousEntityError(name, ids)
        return self.entity(ids[0])

    def claim(self, claim_id: str) -> Claim:
        try:
            return self._claims[claim_id]
        except KeyError:
            raise NotFoundError(f"no claim with id '{claim_id}'") from None

    def has_claim(self, claim_id: str) -> bool:
        return claim_id in self._claims

    def claims(
        self,
        subject: str | None = None,
        object: str | None = None,
        predicate: str | None = None,
        claimant: str | None = None,
        modality: str | None = None,
        entity: str | None = None,
    ) -> Iterator[Claim]:
        """Claims matching every filter given; `entity` matches either end."""
        subject, object, claimant = (
            None if x is None else self.canonical_id(x) for x in (subject, object, claimant)
        )
        if entity is not None:
            eid = self.canonical_id(entity)
            if eid not in self.nx:
                return
            edges = [*self.nx.out_edges(eid, keys=True), *self.nx.in_edges(eid, keys=True)]
            pool: Iterable[Claim] = (self._claims[k] for k in dict.fromkeys(k for _, _, k in edges))
        elif subject is not None:
            edges = self.nx.out_edges(subject, keys=True) if subject in self.nx else ()
            pool = (self._claims[k] for _, _, k in edges)
        elif object is not None:
            edges = self.nx.in_edges(object, keys=True) if object in self.nx else ()
            pool = (self._claims[k] for _, _, k in edges)
        else:
            pool = self._claims.values()
        for c in pool:
            if (
                (subject is None or c.subject == subject)
                and (object is None or c.object == object)
                and (predicate is None or c.predicate == predicate)
                and (claimant is None or c.claimant == claimant)
                and (modality is None or c.modality == modality)
            ):
                yield c

    def denials_of(self, claim_id: str) -> list[Claim]:
        """The denials that point at `claim_id` (they stand beside it, never replace it)."""
        return [self._claims[d] for d in sorted(self._denied_by.get(claim_id, ()))]

    def is_contested(self, claim_id: str) -> bool:
        return bool(self._denied_by.get(claim_id))

    def weight(self, claim: Claim) -> float:
        """The numeric weight of a claim's Admiralty grade (see ``ontology/schema/claims.yaml``)."""
        return self.ontology.grade_weight(claim.grade)

    def stats(self) -> dict:
        """Summary statistics: counts by type, relation, modality, claimant and source."""
        by_type = Counter(e.type for e in self.entities())
        claims = list(self._claims.values())
        dates = sorted(c.stated for c in claims if c.stated)
        return {
            "entities": self.number_of_entities(),
            "claims": len(claims),
            "sources": len(self.sources),
            "entities_by_type": dict(by_type.most_common()),
            "claims_by_predicate": dict(Counter(c.predicate for c in claims).most_common()),
            "claims_by_modality": dict(Counter(c.modality for c in claims).most_common()),
            "top_claimants": dict(Counter(c.claimant for c in claims).most_common(10)),
            "contested_claims": sum(1 for c in claims if self.is_contested(c.id)),
            "denials": sum(1 for c in claims if c.modality == "denied"),
            "claims_stated_from": dates[0].isoformat() if dates else None,
            "claims_stated_to": dates[-1].isoformat() if dates else None,
        }

    # -- writing ----------------------------------------------------------------------------------
    def add_source(self, source: Source) -> str:
        return self._add_source(source)[0]

    def add_entity(self, entity: Entity) -> str:
        """Add or merge an entity; returns the id it is stored under.

        An entity merges into an existing one with the same id, or, failing that, with the one
        whose name or alias equals its name (types must be the same or one a subtype of the other).
        """
        return self._add_entity(entity)[0]

    def add_claim(self, claim: Claim, check_denies: bool = True) -> str:
        """Check a claim against the ontology and the graph, then add it (or replace its old version)."""
        return self._add_claim(claim, check_denies)[0]

    def add_redirect(self, old_id: str, entity_id: str) -> None:
        """Record that `old_id` names the entity stored as `entity_id` (kept by save and load)."""
        target = self.entity(entity_id).id
        if old_id != target and old_id not in self.nx:
            self._set("redirect", old_id, target)

    def _add_source(self, source: Source) -> tuple[str, str]:
        loc = source.origin or Location()
        spec = self.ontology.entity_type("Source").properties
        for key in ("outlet", "title", "url", "author"):
            value = getattr(source, key)
            if value is not None:
                self.ontology.check_value(spec[key], value, loc.with_field(key))
        return source.id, self._put("source", source.id, source)

    def _add_entity(self, entity: Entity) -> tuple[str, str]:
        entity = self._checked_entity(entity)
        target = self._merge_target(entity)
        if target is None:
            return entity.id, self._put("entity", entity.id, entity)
        status = self._put("entity", target, self._merged(self.entity(target), entity))
        if entity.id != target:
            self._set("redirect", entity.id, target)
        return target, status

    def _add_claim(self, claim: Claim, check_denies: bool = True) -> tuple[str, str]:
        claim = self._checked_claim(claim)
        if check_denies:
            self._check_denies(claim)
        return claim.id, self._put("claim", claim.id, claim)

    def _put(self, kind: str, key: str, value) -> str:
        old = self._raw(kind, key)
        if old == value:
            return "unchanged"
        self._set(kind, key, value)
        return "added" if old is None else "updated"

    def apply(self, records: Iterable, source_name: str | None = None) -> ApplyReport:
        """Add a batch of records all together or not at all.

        Every record is checked; if any fails, the graph is left exactly as it was and an
        :class:`InvalidDataError` lists each error with its location.
        """
        report = ApplyReport()
        errors: list[RecordError] = []
        records = list(records)
        self._journal = []
        try:
            claims = []
            seen: dict[tuple[str, str], object] = {}
            for rec in records:
                if isinstance(rec, (Source, Claim)):
                    key = (type(rec).__name__, rec.id)
                    if key in seen and seen[key] != rec:
                        first = seen[key].origin
                        errors.append(ConflictError(
                            f"{key[0].lower()} id '{rec.id}' is given twice with different content"
                            + (f" (first at {first})" if first else ""),
                            (rec.origin or Location()).with_field("id"),
                        ))
                        continue
                    seen[key] = rec
                if isinstance(rec, RecordError):  # a loader may hand over its parse errors
                    errors.append(rec)
                elif isinstance(rec, Claim):
                    claims.append(rec)
                else:
                    self._try(rec, report, errors)
            for rec in claims:
                self._try(rec, report, errors, check_denies=False)
            for rec in claims:
                if self.has_claim(rec.id):
                    try:
                        self._check_denies(self._claims[rec.id])
                    except RecordError as e:
                        errors.append(e.at(rec.origin))
            if errors:
                raise InvalidDataError(errors, source_name)
        except BaseException:
            self._rollback()
            raise
        finally:
            self._journal = None
        return report

    # -- checks ---------------------------------------------------------------------------------
    def _try(self, rec, report: ApplyReport, errors: list, check_denies: bool = True) -> None:
        try:
            if isinstance(rec, Entity):
                kind, (stored, status) = "entity", self._add_entity(rec)
                if stored != rec.id:
                    report.merged[rec.id] = stored
            elif isinstance(rec, Source):
                kind, (stored, status) = "source", self._add_source(rec)
            elif isinstance(rec, Claim):
                kind, (stored, status) = "claim", self._add_claim(rec, check_denies)
            else:
                errors.append(RecordError(f"not a record: {rec!r}"))
                return
            getattr(report, status)[kind] += 1
        except RecordError as e:
            errors.append(e.at(rec.origin))

    def _checked_entity(self, e: Entity) -> Entity:
        loc = e.origin or Location()
        etype = self.ontology.entity_type(e.type, loc)
        if etype.abstract or etype.is_source:
            raise UnknownTypeError(
                f"'{e.type}' cannot be given to an entity; "
                f"expected one of: {', '.join(self.ontology.concrete_types())}",
                loc.with_field("type"),
            )
        props = self.ontology.check_properties(e.type, e.properties, loc)
        return e if props == e.properties else replace(e, properties=props)

    def _merge_target(self, e: Entity) -> str | None:
        if e.id in self.nx or e.id in self._redirects:
            return self.canonical_id(e.id)
        found = [
            i for i in self._names.get(normalize_name(e.name), ())
            if self._compatible(self.entity(i).type, e.type)
        ]
        if len(found) > 1:
            raise ConflictError(
                f"entity '{e.id}' ({e.name}) matches several entities by name: "
                f"{', '.join(sorted(found))}; give it the id of the one it is",
                (e.origin or Location()).with_field("name"),
            )
        return found[0] if found else None

    def _compatible(self, a: str, b: str) -> bool:
        return self.ontology.is_a(a, b) or self.ontology.is_a(b, a)

    def _merged(self, old: Entity, new: Entity) -> Entity:
        if not self._compatible(old.type, new.type):
            raise ConflictError(
                f"entity '{new.id}' is a {new.type} but '{old.id}' is a {old.type}",
                (new.origin or Location()).with_field("type"),
            )
        etype = new.type if self.ontology.is_a(new.type, old.type) else old.type
        aliases = [a for a in (*old.aliases, new.name, *new.aliases) if a != old.name]
        ext = dict(old.external_ids)
        for key, value in new.external_ids.items():
            if ext.get(key, value) != value:
                raise ConflictError(
                    f"external id {key}={value} conflicts with {key}={ext[key]} of '{old.id}'",
                    (new.origin or Location()).with_field(f"external_ids.{key}"),
                )
            ext[key] = value
        props = {**new.properties, **old.properties} if new.id != old.id else {**old.properties, **new.properties}
        return replace(
            old, type=etype, aliases=tuple(dict.fromkeys(aliases)), external_ids=ext, properties=props
        )

    def _ref(self, entity_id: str, field_name: str, loc: Location) -> Entity:
        eid = self.canonical_id(entity_id)
        if eid in self.nx:
            return self.nx.nodes[eid]["entity"]
        hint = self.resolve(entity_id)
        did_you_mean = f" (did you mean {', '.join(repr(h) for h in hint)}?)" if hint else ""
        raise DanglingReferenceError(f"{field_name} '{entity_id}' is no known entity{did_you_mean}", loc.with_field(field_name))

    def _checked_claim(self, c: Claim) -> Claim:
        loc = c.origin or Location()
        onto = self.ontology
        rel = onto.relation(c.predicate, loc)
        onto.modality(c.modality, loc)
        subject = self._ref(c.subject, "subject", loc)
        obj = self._ref(c.object, "object", loc)
        if not rel.allows_subject(subject.type):
            raise DomainError(
                f"'{c.predicate}' needs a subject of type {' or '.join(rel.domain)}; "
                f"'{subject.id}' is a {subject.type}",
                loc.with_field("subject"),
            )
        if not rel.allows_object(obj.type):
            raise RangeError(
                f"'{c.predicate}' needs an object of type {' or '.join(rel.range)}; "
                f"'{obj.id}' is a {obj.type}",
                loc.with_field("object"),
            )
        claimant = c.claimant
        if claimant != onto.reporter:
            who = self._ref(claimant, "claimant", loc)
            if not onto.is_a(who.type, "Actor"):
                raise DomainError(
                    f"the claimant must be an actor or '{onto.reporter}'; '{who.id}' is a {who.type}",
                    loc.with_field("claimant"),
                )
            claimant = who.id
        source = self.sources.get(c.source)
        if source is None:
            raise DanglingReferenceError(f"source '{c.source}' is no known source", loc.with_field("source"))
        if c.denies and c.modality != "denied":
            raise InvalidValueError(
                f"only a claim with modality 'denied' can deny others (this one is '{c.modality}')",
                loc.with_field("denies"),
            )
        attrs = onto.check_attributes(c.predicate, c.attributes, loc)
        return replace(
            c,
            subject=subject.id,
            object=obj.id,
            claimant=claimant,
            attributes=attrs,
            stated=c.stated or source.published,
        )

    def _check_denies(self, c: Claim) -> None:
        for target in c.denies:
            if target not in self._claims:
                raise DanglingReferenceError(
                    f"denies '{target}', which is no known claim", (c.origin or Location()).with_field("denies")
                )
            if target == c.id:
                raise InvalidValueError("a claim cannot deny itself", (c.origin or Location()).with_field("denies"))
            denied = self._claims[target]
            ends = {(denied.subject, denied.object)}
            if self.ontology.relation(denied.predicate).symmetric:
                ends.add((denied.object, denied.subject))
            if denied.predicate != c.predicate or (c.subject, c.object) not in ends:
                raise InvalidValueError(
                    f"denies '{target}' ({denied.subject} {denied.predicate} {denied.object}) but is about "
                    f"{c.subject} {c.predicate} {c.object}; a denial must be about the same relation",
                    (c.origin or Location()).with_field("denies"),
                )

    # -- the only mutations; each is journaled so a failed batch can be rolled back -------------
    def _set(self, kind: str, key: str, value) -> None:
        if self._journal is not None:
            self._journal.append((kind, key, self._raw(kind, key)))
        self._write(kind, key, value)

    def _raw(self, kind: str, key: str):
        if kind == "entity":
            node = self.nx.nodes.get(key)
            return node["entity"] if node else None
        if kind == "redirect":
            return self._redirects.get(key)
        if kind == "source":
            return self.sources.get(key)
        return self._claims.get(key)

    def _write(self, kind: str, key: str, value) -> None:
        if kind == "source":
            if value is None:
                self.sources.pop(key, None)
            else:
                self.sources[key] = value
        elif kind == "redirect":
            if value is None:
                self._redirects.pop(key, None)
            else:
                self._redirects[key] = value
        elif kind == "entity":
            old = self._raw("entity", key)
            if old is not None:
                for n in old.names():
                    self._names[normalize_name(n)].discard(key)
            if value is None:
                self.nx.remove_node(key)
                return
            if old is None:
                self.nx.add_node(key, entity=value)
            else:
                self.nx.nodes[key]["entity"] = value
            for n in value.names():
                self._names[normalize_name(n)].add(key)
        else:
            old = self._claims.pop(key, None)
            if old is not None:
                self.nx.remove_edge(old.subject, old.object, key=key)
                for d in old.denies:
                    self._denied_by[d].discard(key)
            if value is not None:
                self._claims[key] = value
                self.nx.add_edge(value.subject, value.object, key=key, predicate=value.predicate, claim=value)
                for d in value.denies:
                    self._denied_by[d].add(key)

    def _rollback(self) -> None:
        for kind, key, prev in reversed(self._journal or []):
            self._write(kind, key, prev)

    def copy(self) -> ClaimGraph:
        """An independent copy (records are immutable, so they are shared)."""
        other = ClaimGraph(self.ontology)
        other.nx = self.nx.copy()
        other.sources = dict(self.sources)
        other._claims = dict(self._claims)
        other._names = defaultdict(set, {k: set(v) for k, v in self._names.items()})
        other._redirects = dict(self._redirects)
        other._denied_by = defaultdict(set, {k: set(v) for k, v in self._denied_by.items()})
        return other

    @property
    def redirects(self) -> dict[str, str]:
        return dict(self._redirects)

    def __repr__(self) -> str:
        return f"<ClaimGraph {self.number_of_entities()} entities, {self.number_of_claims()} claims>"
