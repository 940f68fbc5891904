"""Precision, recall and F1 of the article extractor against the hand-written gold annotations.

Entities count when their id matches (known entities by reference id, new ones by the slug of their
name); claims count when subject, predicate, object, claimant and modality all match. Each article
is compared as a set, so a fact stated twice counts once.

    .venv/bin/python bench/extract_quality.py                 # the bundled sample set
    .venv/bin/python bench/extract_quality.py --verbose       # and every miss and false hit
    .venv/bin/python bench/extract_quality.py DIR             # another folder of NN-slug.txt + .gold.yaml
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

from proxygraph.loaders.articles import extract_file
from proxygraph.loaders.articles.loader import bundled_articles_dir, reference_gazetteer, reference_entities
from proxygraph.ontology import Entity

ROOT = Path(__file__).resolve().parents[1]


def known_entities() -> list[Entity]:
    return reference_entities()


def pairs(folder: Path):
    """(article path, gold dict) for each gold file of `folder`."""
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        if gold.get("article"):
            article = (ROOT / gold["article"]).resolve()
        else:
            stem = gold_path.name[: -len(".gold.yaml")]
            found = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".gold.yaml")]
            if not found:
                continue
            article = found[0]
        if article.exists():
            yield article, gold


EVENTS = {"Event", "Attack", "Strike", "Conflict", "Designation"}


def match_new_events(x, gold) -> dict[str, str]:
    """New events get ids nobody can guess exactly (docs/articles-gold.md, section 3): pair an
    extracted new event with a gold new event of the same type and the same date, or, for undated
    ones, the same participants (the entities their claims link them to)."""
    def links(claims, eid):
        return {c[k] for c in claims for k in ("subject", "object") if eid in (c["subject"], c["object"])} - {eid}

    gold_claims = gold.get("claims") or []
    got_claims = [{"subject": c.subject, "object": c.object} for c in x.claims]
    wanted = [g for g in gold.get("entities") or [] if g.get("new") and g.get("type") in EVENTS]
    rename, used = {}, set()
    for e in x.entities:
        if not e.new or e.type not in EVENTS:
            continue
        date = e.properties.get("date")
        date = date.isoformat() if hasattr(date, "isoformat") else date
        mine = links(got_claims, e.id)
        best = None
        for g in wanted:
            if g["id"] in used or g["type"] != e.type:
                continue
            gdate = str(g.get("date")) if g.get("date") else None
            shared = len(mine & links(gold_claims, g["id"]))
            if (date and gdate == date) or (shared >= 2 and not (date and gdate and gdate != date)):
                score = (date == gdate, shared)
                if best is None or score > best[0]:
                    best = (score, g["id"])
        if best:
            rename[e.id] = best[1]
            used.add(best[1])
    return rename


SYMMETRIC = {"allied_with", "hostile_to"}


def _sym(key: tuple) -> tuple:
    """Symmetric relations (the ontology's allied_with, hostile_to) match in either direction."""
    s, p, o, *rest = key
    return (*sorted((s, o)), p, *rest) if p in SYMMETRIC else key


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=bundled_articles_dir())
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    gaz = reference_gazetteer()  # what `proxygraph extract` uses without a store
    totals = {"entities": [0, 0, 0], "claims": [0, 0, 0]}
    rows = []
    for article, gold in pairs(args.folder):
        published = gold.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        x = extract_file(article, gaz, published)
        rename = match_new_events(x, gold)
        got_e = {rename.get(e.id, e.id) for e in x.entities}
        want_e = {e["id"] for e in gold.get("entities") or []}
        got_c = {_sym(tuple(rename.get(v, v) for v in c.key)) for c in x.claims}
        want_c = {_sym((c["subject"], c["predicate"], c["object"], c["claimant"], c["modality"])) for c in gold.get("claims") or []}
        counts = {}
        for kind, got, want in (("entities", got_e, want_e), ("claims", got_c, want_c)):
            tp, fp, fn = len(got & want), len(got - want), len(want - got)
            for i, v in enumerate((tp, fp, fn)):
                totals[kind][i] += v
            counts[kind] = prf(tp, fp, fn)
        rows.append((article.name, counts))
        if args.verbose:
            print(f"\n== {article.name}")
            for e in sorted(want_e - got_e):
                print(f"  missed entity  {e}")
            for e in sorted(got_e - want_e):
                print(f"  extra entity   {e}")
            for c in sorted(want_c - got_c):
                print(f"  missed claim   {' '.join(c)}")
            for c in sorted(got_c - want_c):
                print(f"  extra claim    {' '.join(c)}")
    if not rows:
        print(f"no gold files in {args.folder}", file=sys.stderr)
        return 1
    print(f"{'article':42} {'ent P':>6} {'ent R':>6} {'ent F1':>6}  {'clm P':>6} {'clm R':>6} {'clm F1':>6}")
    for name, c in rows:
        e, k = c["entities"], c["claims"]
        print(f"{name[:42]:42} {e[0]:6.2f} {e[1]:6.2f} {e[2]:6.2f}  {k[0]:6.2f} {k[1]:6.2f} {k[2]:6.2f}")
    print()
    for kind in ("entities", "claims"):
        tp, fp, fn = totals[kind]
        p, r, f = prf(tp, fp, fn)
        print(f"{kind:9} micro  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, fp {fp}, fn {fn}, {len(rows)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
