"""`proxygraph attribute`: who is behind an event, and on whose word (a thin layer over graph/attribution)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from proxygraph.cli._common import StoreOption, cli_errors, console, err_console, print_json, store_path
from proxygraph.graph import attribution_score as S
from proxygraph.ontology import parse_date


@cli_errors
def attribute(
    event: Annotated[str, typer.Argument(help="The event: an id, name or alias, e.g. tower-22-attack.")],
    to: Annotated[Optional[str], typer.Option("--to", help="Only paths ending at this actor (id, name or alias).")] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Use only claims made by this day (YYYY-MM-DD).")] = None,
    min_grade: Annotated[Optional[str], typer.Option("--min-grade", help="Use only claims graded at least this well on both scales, e.g. B3.")] = None,
    exclude_claimant: Annotated[Optional[list[str]], typer.Option("--exclude-claimant", help="Leave out what this actor says, and its organs and officials; repeatable ('reporter' for sources in their own voice).")] = None,
    exclude_exact: Annotated[bool, typer.Option("--exclude-exact", help="Exclude only the named claimants, not their organs and officials.")] = False,
    max_hops: Annotated[int, typer.Option("--max-hops", min=1, help="Longest chain to follow.")] = S.DEFAULT_MAX_HOPS,
    top: Annotated[int, typer.Option("--top", min=1, help="How many paths to show.")] = S.DEFAULT_TOP_K,
    as_json: Annotated[bool, typer.Option("--json", help="Print the paths, hops and claims as JSON.")] = False,
    view: Annotated[Optional[Path], typer.Option("--view", help="Also write an offline HTML page of the paths.", dir_okay=False)] = None,
    store: StoreOption = None,
) -> None:
    """Rank the chains of claims from an event to the actors held responsible, every hop with who says so.

    Walks back from the event: who perpetrated it, then the members of a front, the sponsors that
    back a group, the parents of a unit, the people who lead them. Scoring: docs/attribution.md.

    Example:  proxygraph attribute tower-22-attack --to Iran --exclude-claimant "United States"
    """
    from proxygraph.graph import load
    from proxygraph.graph.attribution import attribute as run
    from proxygraph.graph.attribution_view import to_json

    graph = load(store_path(store))
    result = run(
        graph,
        event,
        to=to,
        as_of=parse_date(as_of, field="as_of") if as_of else None,
        min_grade=min_grade,
        exclude_claimants=exclude_claimant or (),
        exclude_related=not exclude_exact,
        max_hops=max_hops,
        top_k=top,
    )
    if view is not None:
        from proxygraph.graph.attribution_view import write_view

        how = write_view(graph, result, view)
    if as_json:
        print_json(to_json(graph, result))
    else:
        _print(graph, result)
    if view is not None:
        (err_console if as_json else console).print(f"wrote {view} ({how} view, offline)", markup=False)


def _print(graph, result) -> None:
    from proxygraph.graph.attribution import claimant_name

    name = lambda i: graph.entity(i).name  # noqa: E731
    f = result.filter
    head = f"Who is behind {name(result.event)} ({result.event})"
    if f.at:
        head += f", {f.at}"
    console.print(Text(head, style="bold"))
    conds = [s for s in (
        f"claims made by {f.as_of}" if f.as_of else "",
        f"graded at least {f.min_grade}" if f.min_grade else "",
        ("not counting " + ", ".join(name(x) for x in result.excluded)) if result.excluded else "",
        f"ending at {name(result.to)}" if result.to else "",
    ) if s]
    if conds:
        console.print(Text("Only " + "; ".join(conds)))

    paths = Table("#", "score", "held responsible", escape("chain: ← relation [modality, claimants] ← actor"), title="Paths", show_lines=True)
    for i, p in enumerate(result.paths, 1):
        chain = name(p.event)
        for h in p.hops:
            who = ", ".join(dict.fromkeys(claimant_name(graph, c) for c in h.claims))
            flags = (", contested" if h.contested else "") + (f", {len(h.sources)} sources" if h.corroborated else "")
            how = "/".join(dict.fromkeys(c.modality for c in h.claims))
            chain += f" ← {h.predicate} [{how}, {who}{flags}] ← {name(h.actor)}"
        paths.add_row(str(i), f"{p.score:.3f}", Text(name(p.actor)), Text(chain))
    console.print(paths)

    hops = Table("hop", "claimant", "modality", "source", "date", "grade", "evidence", title="Evidence, hop by hop", show_lines=True)
    seen = set()
    for p in result.paths:
        for h in p.hops:
            key = (h.subject, h.predicate, h.object)
            if key in seen:
                continue
            seen.add(key)
            label = f"{name(h.subject)} {h.predicate.replace('_', ' ')} {name(h.object)} ({h.score:.2f})"
            if h.corroborated:
                label += f"\n{len(h.sources)} independent sources"
            if h.contested:
                label += "\nCONTESTED"
            rows = [*((c, c.modality) for c in h.claims), *((d, "DENIED") for d in h.denials),
                    *((d, "DENIED any role") for d in h.role_denials)]
            for j, (c, how) in enumerate(rows):
                src = graph.sources[c.source]
                hops.add_row(
                    Text(label if j == 0 else ""),
                    Text(claimant_name(graph, c)),
                    Text(how, style="bold red" if c.modality == "denied" else ""),
                    Text(f"{src.outlet}: {src.title}" + (f"\n{src.url}" if src.url else "")),
                    str(c.stated or ""),
                    c.grade,
                    Text(c.evidence),
                )
    console.print(hops)

    actors = Table("actor", "type", "best score", "paths", "on the word of", "contested", title="Actors held responsible")
    for s in result.actors:
        e = graph.entity(s.actor)
        who = ", ".join(x if x == graph.ontology.reporter else name(x) for x in s.claimants)
        actors.add_row(Text(e.name), e.type, f"{s.score:.3f}", str(s.paths), Text(who), "yes" if s.contested else "")
    console.print(actors)


def register(app: typer.Typer) -> None:
    app.command()(attribute)
