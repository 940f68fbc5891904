"""Fixtures for the network views: one real headless Chromium per session, pages that record requests.

The browser tests never skip: without Debian's Chromium (scripts/setup.d/20-chromium.sh installs
it) they fail. Every page opened through `open_view` blocks and records any request that is not
``file:``, ``data:`` or ``about:``; the fixture fails the test when there was one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from proxygraph.graph import ClaimGraph
from proxygraph.graph.synthetic import synthetic_graph
from proxygraph.graph.views import ViewInfo, render_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
LOCAL = ("file:", "data:", "about:")
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, launched once for the whole session (Playwright gives it a fresh profile)."""
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.d/20-chromium.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class OpenedView:
    """A view open in the browser, with everything the page asked the network for."""

    page: object
    path: Path
    info: ViewInfo
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def remote_requests(self) -> list[str]:
        return [u for u in self.requests + self.blocked if not u.startswith(LOCAL)]

    def counts(self) -> dict:
        return self.page.evaluate("proxygraphView.counts()")

    def index(self, entity_id: str) -> int:
        return self.page.evaluate("id => proxygraphView.data.nodes.findIndex(n => n.id === id)", entity_id)

    def edge(self, subject: str, predicate: str, obj: str) -> int:
        return self.page.evaluate(
            """([s, p, o]) => { const d = proxygraphView.data;
               return d.edges.findIndex(e => d.nodes[e.from].id === s && e.predicate === p && d.nodes[e.to].id === o); }""",
            [subject, predicate, obj],
        )


@pytest.fixture
def open_view(browser, tmp_path):
    """Render a graph with `render_html` and open it; fails the test on any remote request."""
    opened: list[OpenedView] = []
    contexts = []

    def open_(graph: ClaimGraph, name: str = "view.html", *, bypass_csp: bool = False,
              viewport=(1400, 900), **options) -> OpenedView:
        path = tmp_path / name
        info = render_html(graph, path, **options)
        ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, bypass_csp=bypass_csp)
        contexts.append(ctx)
        page = ctx.new_page()
        view = OpenedView(page, path, info)
        opened.append(view)

        def route(r):
            if r.request.url.startswith(LOCAL):
                r.continue_()
            else:
                view.blocked.append(r.request.url)
                r.abort()

        ctx.route("**/*", route)
        page.on("request", lambda req: view.requests.append(req.url))
        page.on("pageerror", lambda e: view.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: view.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        page.on("dialog", lambda d: (view.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        # waiting on a selector needs no eval, which the page's Content-Security-Policy forbids
        page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
        return view

    yield open_
    for ctx in contexts:
        ctx.close()
    for view in opened:
        assert view.remote_requests == [], f"{view.path.name} made network requests"
        assert view.errors == [], f"{view.path.name} logged errors"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def synthetic():
    cache = {}

    def make(n: int) -> ClaimGraph:
        if n not in cache:
            cache[n] = synthetic_graph(n)
        return cache[n]

    return make

