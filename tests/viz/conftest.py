"""Fixtures for the map tests: the real dataset's streets, headless Chromium with the
network cut off, and the poppler tools. A missing browser or tool skips, unless
DANGJIAN_REQUIRE_ALL=1 makes it a failure (see tests/conftest.py `require`)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from graph.model import GraphData
from tests.conftest import ROOT, require
from viz.headless import CHROMIUM, CHROMIUM_ARGS

ARTIFACTS = ROOT / "tests" / "artifacts"


def street_id(graph: GraphData, name: str) -> str:
    ids = [n.id for n in graph.nodes if n.label == "Street" and name in (n.name, *n.aliases)]
    assert ids, f"the dataset has no street {name}: data/facts is incomplete"
    return ids[0]


@pytest.fixture(scope="session")
def nanxi_id(dataset: GraphData) -> str:
    return street_id(dataset, "南京西路街道")


def tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        require("all", f"{name} is not installed (apt-get install poppler-utils)")
    return str(path)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        require("all", f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require("all", "the playwright package is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class PageWatch:
    """What a page did that it must not: requests off the machine, errors, dialogs."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert not self.blocked, f"the page tried the network: {self.blocked}"
        assert not self.failed, f"requests failed: {self.failed}"
        assert not self.errors, f"console errors: {self.errors}"
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """Open an HTML file with every request but file: and data: aborted and recorded."""
    contexts = []

    def _open(path: Path, *, wait_ready: bool = True) -> PageWatch:
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(page)

        def route(r: Any) -> None:
            if r.request.url.startswith(("file:", "data:", "blob:")):
                r.continue_()
            else:
                watch.blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on("requestfailed", lambda req: watch.failed.append(req.url))
        page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: watch.errors.append(str(e)))

        def on_dialog(d: Any) -> None:
            watch.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        page.goto(path.as_uri())
        if wait_ready:
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
        return watch

    yield _open
    for c in contexts:
        c.close()
