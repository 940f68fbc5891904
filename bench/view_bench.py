"""How long the network view takes to be drawn and stable in headless Chromium, by graph size.

Usage:  .venv/bin/python bench/view_bench.py [--sizes 500 2000 10000] [--large-threshold N] [--keep DIR]

For each size it builds a synthetic claim graph (actors with hubs, attacks, alliances; about 1.5
claims per entity), writes the view with `proxygraph.graph.views.render_html` and opens it in
Debian's Chromium (/usr/bin/chromium, through Playwright). It reports:

- render: seconds to write the HTML in Python, and its size;
- drawn: wall-clock seconds from navigation until the page says it is drawn and stable (physics
  stabilised and turned off, or, in the large-graph mode, the pre-computed layout drawn), and the
  page's own ``performance.now()`` at that moment;
- redraw / filter: milliseconds for one full redraw and for one type filter round trip after that
  (how responsive the tab is);
- longest task: the longest main-thread task while loading (a frozen tab shows as seconds here).

Targets (issue): 2,000 nodes drawn under 3 s; 10,000 nodes usable with the large-graph mode.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from proxygraph.graph.synthetic import synthetic_graph
from proxygraph.graph.views import LARGE_THRESHOLD, render_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver(l => l.getEntries().forEach(e => window.__longTasks.push(e.duration)))
  .observe({entryTypes: ["longtask"]});
"""
FILTER_ROUND_TRIP = """() => {
  const box = document.querySelector("#pg-types input[data-type='Person']");
  const t = performance.now();
  box.click(); box.click();
  return performance.now() - t;
}"""
MARKS = """Object.fromEntries(performance.getEntriesByType("mark").filter(m => m.name.startsWith("pg:"))
  .map(m => [m.name.slice(3), Math.round(m.startTime)]))"""
REDRAW = """() => { const t = performance.now(); proxygraphView.network.redraw(); return performance.now() - t; }"""


def bench(sizes: list[int], threshold: int, keep: Path | None) -> list[dict]:
    from playwright.sync_api import sync_playwright

    out_dir = keep or Path(tempfile.mkdtemp(prefix="view-bench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in sizes:
            graph = synthetic_graph(n)
            path = out_dir / f"view-{n}.html"
            t = time.perf_counter()
            info = render_html(graph, path, title=f"bench {n}", large_threshold=threshold)
            render_s = time.perf_counter() - t
            ctx = browser.new_context(viewport={"width": 1400, "height": 900})
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
            page = ctx.new_page()
            page.add_init_script(LONG_TASKS)
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-ready]", state="attached", timeout=180_000)
            drawn_s = time.perf_counter() - t
            ready_ms = page.evaluate("proxygraphView.readyAt")
            marks = page.evaluate(MARKS)
            longest = page.evaluate("Math.max(0, ...window.__longTasks)")
            redraw = sorted(page.evaluate(REDRAW) for _ in range(3))[1]
            filt = page.evaluate(FILTER_ROUND_TRIP)
            ctx.close()
            rows.append({
                "nodes": info.entities, "edges": info.edges, "mode": "large (layout in Python)" if info.large else "physics",
                "render_s": render_s, "html_mb": path.stat().st_size / 1e6, "drawn_s": drawn_s,
                "page_ready_ms": ready_ms, "marks": marks, "redraw_ms": redraw, "filter_ms": filt, "longest_task_ms": longest,
            })
            print(_line(rows[-1]), flush=True)
        browser.close()
    return rows


def _line(r: dict) -> str:
    return (f"{r['nodes']:>6} nodes {r['edges']:>6} edges  {r['mode']:<25} render {r['render_s']:5.2f} s "
            f"({r['html_mb']:.1f} MB)  drawn+stable {r['drawn_s']:5.2f} s (page {r['page_ready_ms'] / 1000:5.2f} s)  "
            f"redraw {r['redraw_ms']:6.0f} ms  filter {r['filter_ms']:6.0f} ms  longest task {r['longest_task_ms']:6.0f} ms\n"
            f"        page timeline (ms since navigation): {r['marks']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    ap.add_argument("--large-threshold", type=int, default=LARGE_THRESHOLD,
                    help=f"entities above which the page uses the pre-computed layout (default {LARGE_THRESHOLD})")
    ap.add_argument("--keep", type=Path, help="write the pages to this folder and keep them")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run scripts/setup.d/20-chromium.sh", file=sys.stderr)
        return 1
    print(f"chromium {CHROMIUM}; large-graph mode above {args.large_threshold} entities")
    bench(args.sizes, args.large_threshold, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
