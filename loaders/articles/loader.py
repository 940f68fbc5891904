"""The article loader: files of news articles into Source, Entity and Claim records.

Like every loader it only yields records (and located errors); the graph's ``apply`` commits a
whole batch or nothing, and the same article gives the same ids on every run, so loading it twice
changes nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from proxygraph.loaders.articles.extract import Extraction, extract
from proxygraph.loaders.articles.gazetteer import Gazetteer
from proxygraph.loaders.articles.text import Article, read_article
from proxygraph.loaders.base import Loader
from proxygraph.ontology import (
    Claim,
    Entity,
    LoaderError,
    Location,
    Record,
    RecordError,
    Source,
    content_id,
)

__all__ = ["ArticleLoader", "bundled_articles_dir", "extract_file", "extraction_records", "to_json", "source_of", "NEW_NOTE",
           "reference_entities", "reference_claims", "reference_gazetteer", "known_gazetteer", "affiliations_of", "map_articles"]

# The description of an entity the extractor created. Such entities are not used as known names for
# later articles, so an article's extraction never depends on what other articles were loaded
# before it, and loading it again changes nothing.
NEW_NOTE = "Found in news reporting by the article extractor; not curated yet."

# Outlets recognisable from their page furniture or wire credits when no header names them.
_OUTLET_HINTS = [
    (re.compile(r"\bmyFT\b|\bFT\.com\b|Financial Times"), "Financial Times"),
    (re.compile(r"\(Reuters\)"), "Reuters"),
    (re.compile(r"\(AP\)|Associated Press"), "Associated Press"),
    (re.compile(r"\(AFP\)"), "AFP"),
]


def bundled_articles_dir() -> Path:
    """The folder of the bundled sample articles (with their gold annotations)."""
    return Path(str(resources.files("proxygraph.loaders") / "data" / "articles"))


def extract_file(path: str | Path, known: Iterable[Entity] | Gazetteer = (), published: dt.date | None = None) -> Extraction:
    """Read one article file and extract it (raises :class:`LoaderError` on unreadable input)."""
    return extract(read_article(path, published), known)


def curated(entities: Iterable[Entity]) -> Iterator[Entity]:
    """The entities an extraction may take as known: all but those earlier extractions created."""
    return (e for e in entities if e.properties.get("description") != NEW_NOTE)


def reference_entities() -> list[Entity]:
    """The bundled reference dataset's entities (read once per process)."""
    return [r for r in _reference_records() if isinstance(r, Entity)]


def reference_claims() -> list[Claim]:
    """The bundled reference dataset's claims (read once per process)."""
    return [r for r in _reference_records() if isinstance(r, Claim)]


@functools.lru_cache(maxsize=1)
def _reference_records() -> tuple[Record, ...]:
    from proxygraph.loaders import ReferenceLoader, bundled_reference_dir

    return tuple(r for r in ReferenceLoader().records(bundled_reference_dir()) if isinstance(r, (Entity, Claim)))


@functools.lru_cache(maxsize=1)
def reference_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled reference dataset, built once per process."""
    return Gazetteer(reference_entities(), affiliations_of(reference_claims()))


def known_gazetteer(entities: Iterable[Entity] = (), claims: Iterable[Claim] = (), present=None) -> Gazetteer:
    """What an extraction takes as known: the store's curated `entities` together with the bundled
    reference dataset's (the store's record wins; `present(id)` says whether the store has an id,
    following merges). An empty store, or one holding a part of the reference, knows the same
    actors, so an article's result does not depend on what was loaded before it."""
    own = list(curated(entities))
    if not own:
        return reference_gazetteer()
    ids = {e.id for e in own}
    present = present or ids.__contains__
    ref = [e for e in reference_entities() if not present(e.id)]
    links = affiliations_of([*reference_claims(), *(c for c in claims if c.subject in ids and c.object in ids)])
    return Gazetteer(own + ref, links)


def affiliations_of(claims: Iterable[Claim]) -> dict[str, str]:
    """Person -> the body they lead or belong to, from curated (not extracted, not denied) claims;
    a person named with two bodies keeps the one led, else the first."""
    out: dict[str, str] = {}
    for c in claims:
        if c.predicate in ("leads", "member_of") and c.modality != "denied" and c.valid_to is None:
            if c.predicate == "leads" or c.subject not in out:
                out[c.subject] = c.object
    return out


def source_of(article: Article) -> Source:
    """The article as a :class:`Source`: header fields first, then what the page itself shows."""
    outlet = article.outlet
    if not outlet:
        for pattern, name in _OUTLET_HINTS:
            if pattern.search(article.text):
                outlet = name
                break
    title = article.title or (Path(article.path).stem if article.path else "untitled article")
    body = " ".join(article.text[article.body_start:].split())
    sid = content_id("s", article.url) if article.url else content_id("s", body)
    return Source(sid, outlet or "unknown outlet", title, article.url, article.published, article.author,
                  origin=Location(article.path))


def extraction_records(x: Extraction, known: Gazetteer | None = None) -> list[Record]:
    """Records of one extraction: the source, the entities, the claims (denials point at ids).

    With `known`, the known entities the article mentions (or its claims name) come along as their
    curated records, so every claim's ends exist even in a store that has no reference data yet.
    """
    src = source_of(x.article)
    loc = Location(x.article.path)
    out: list[Record] = [src]
    if known is not None:
        ids = dict.fromkeys([e.id for e in x.entities if not e.new]
                            + [i for c in x.claims for i in (c.subject, c.object, c.claimant)])
        out += [known.entities[i] for i in ids if i in known.entities]
    for e in x.entities:
        if e.new:
            out.append(Entity(e.id, e.type, e.name, properties={"description": NEW_NOTE, **e.properties}, origin=loc))
    claims = [_claim(c, src, loc) for c in x.claims]
    for c, built in zip(x.claims, list(claims)):
        if c.denies:
            i = claims.index(built)
            claims[i] = built.with_(denies=tuple(claims[j].id for j in c.denies))
    return out + claims


def _claim(c, src: Source, loc: Location) -> Claim:
    return Claim.from_dict({
        "subject": c.subject, "predicate": c.predicate, "object": c.object, "claimant": c.claimant,
        "modality": c.modality, "source": src.id, "evidence": c.evidence, "grade": c.grade,
        "stated": src.published, "valid_from": c.valid_from, "valid_to": c.valid_to,
        "attributes": c.attributes, "evidence_start": c.start, "evidence_end": c.end,
    }, loc)


def to_json(x: Extraction) -> dict:
    """The extraction as one JSON-ready document (see docs/articles.md)."""
    records = extraction_records(x)
    src = records[0]
    claims = [r for r in records if isinstance(r, Claim)]
    return {
        "source": {**src.to_dict(), "path": x.article.path},
        "entities": [e.to_dict() for e in x.entities],
        "claims": [{**c.to_dict(), "id": r.id, "denies": list(r.denies)} for c, r in zip(x.claims, claims)],
        "dates": [d.to_dict() for d in x.dates],
        "warnings": list(x.warnings),
    }


class ArticleLoader(Loader):
    """Loads news articles (.txt, .md, .html with an optional header block) against known entities."""

    name = "articles"
    suffixes = (".txt", ".md", ".markdown", ".html", ".htm")

    def __init__(self, known: Iterable[Entity] | Gazetteer = (), published: dt.date | None = None):
        self.gazetteer = known if isinstance(known, Gazetteer) else Gazetteer(curated(known))
        self.published = published

    def records_from_file(self, path: Path) -> Iterator[Record | RecordError]:
        try:
            x = extract_file(path, self.gazetteer, self.published)
        except RecordError:
            raise
        except (ValueError, RecursionError, MemoryError) as e:  # a malformed page must not crash a batch
            raise LoaderError(f"cannot extract this article: {e}", Location(str(path))) from None
        if not x.claims and not x.entities:
            return
        yield from extraction_records(x, self.gazetteer)


# -- several files, in worker processes ------------------------------------------------------------
_WORKER: dict = {}


def _init_worker(known: list[Entity], affiliations: dict, published: dt.date | None) -> None:
    _WORKER["loader"] = ArticleLoader(Gazetteer(known, affiliations), published)  # built once per worker
    gc.freeze()  # see map_articles


def _records_of(path: Path) -> list[Record | RecordError]:
    loader = _WORKER["loader"]
    try:
        return list(loader.records_from_file(path))
    except RecordError as e:
        return [e.at(Location(str(path)))]


def _json_of(path: Path) -> dict:
    loader = _WORKER["loader"]
    return to_json(extract_file(path, loader.gazetteer, loader.published))


def map_articles(kind: str, paths: list[Path], known: Iterable[Entity] | Gazetteer, published: dt.date | None = None,
                 jobs: int = 1) -> Iterator:
    """Each file's records (`kind="records"`) or JSON document (`kind="json"`), in order.

    With `jobs` > 1 the files go to a process pool; each worker builds the gazetteer once.
    """
    func = {"records": _records_of, "json": _json_of}[kind]
    jobs = max(1, min(jobs, len(paths)))
    if jobs == 1:
        gaz = known if isinstance(known, Gazetteer) else Gazetteer(known)
        _WORKER["loader"] = ArticleLoader(gaz, published)
        # The gazetteer and the ontology live as long as the batch: kept out of the collector's
        # full collections, which would otherwise walk them again and again (about 5% of the time).
        gc.freeze()
        try:
            yield from map(func, paths)
        finally:
            gc.unfreeze()
        return
    import multiprocessing as mp

    ents = list(known.entities.values()) if isinstance(known, Gazetteer) else list(known)
    links = known.affiliations if isinstance(known, Gazetteer) else {}
    with mp.get_context().Pool(jobs, initializer=_init_worker, initargs=(ents, links, published)) as pool:
        yield from pool.imap(func, paths, chunksize=max(1, len(paths) // (jobs * 4)))
