"""The map page in headless Chromium with the network cut off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import GraphData
from tests.viz.handmade import EVIL, nanxi
from viz import write_map_html
from viz.select import select

pytestmark = pytest.mark.browser


def _canvas_drawn(page: Any) -> bool:
    """True if the network canvas has pixels that are not background."""
    return bool(
        page.evaluate(
            """() => {
              const c = document.querySelector('#network canvas');
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let ink = 0;
              for (let i = 0; i < d.length; i += 4) {
                const dark = d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240;
                if (d[i + 3] > 0 && dark) ink++;
              }
              return ink > 500;
            }"""
        )
    )


def test_map_works_offline(dataset: GraphData, open_page: Any, tmp_path: Path, artifacts: Path) -> None:
    path = write_map_html(dataset, tmp_path / "map.html")
    watch = open_page(path)
    page = watch.page
    expected = len(select(dataset).nodes)
    assert page.evaluate("window.dangjianMap.nodeCount()") == expected
    assert len(page.evaluate("window.dangjianMap.visibleNodeIds()")) == expected
    assert f"{expected} / {expected}" in page.text_content("#status")
    assert _canvas_drawn(page)
    page.screenshot(path=str(artifacts / "map-overview.png"))

    hits = page.evaluate("window.dangjianMap.search('兴业太古汇')")
    assert hits, "no node named with 兴业太古汇 in the dataset (is data/facts complete?)"
    page.fill("#search", "兴业太古汇")
    page.wait_for_selector("#search-results li")
    first = page.text_content("#search-results li")
    assert "兴业太古汇" in first
    page.keyboard.press("Enter")
    assert "兴业太古汇" in page.text_content("#details h2")
    selected = page.evaluate("window.dangjianMap.network.getSelectedNodes()")
    assert len(selected) == 1
    page.screenshot(path=str(artifacts / "map.png"))
    watch.assert_clean()


def test_ego_and_date_controls(dataset: GraphData, open_page: Any, tmp_path: Path) -> None:
    watch = open_page(write_map_html(dataset, tmp_path / "map.html"))
    page = watch.page
    hit = page.evaluate("window.dangjianMap.search('兴业太古汇')")[0]
    page.evaluate(f"window.dangjianMap.setFocus({hit['id']!r})")
    shown = page.evaluate("window.dangjianMap.visibleNodeIds()")
    expected = select(dataset, focus=hit["id"], depth=2).nodes
    assert sorted(n.id for n in expected) == shown
    page.evaluate("window.dangjianMap.setFocus('')")
    early = page.evaluate(
        "(() => { window.dangjianMap.setDate('1990'); return window.dangjianMap.visibleNodeIds(); })()"
    )
    assert sorted(n.id for n in select(dataset, as_of="1990").nodes) == early
    watch.assert_clean()


def test_hostile_names_are_text(open_page: Any, tmp_path: Path, artifacts: Path) -> None:
    graph = nanxi(members_per_area=3, evil=True)
    watch = open_page(write_map_html(graph, tmp_path / "evil.html"))
    page = watch.page
    bad = page.evaluate("window.dangjianMap.search('onerror')")
    assert [b["name"] for b in bad] == [EVIL]
    page.fill("#search", "onerror")
    page.wait_for_selector("#search-results li")
    assert EVIL in page.text_content("#search-results li")
    page.keyboard.press("Enter")
    assert page.text_content("#details h2") == EVIL
    assert page.locator("#details img, #details script, #search-results img").count() == 0
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / "map-hostile.png"))
    watch.assert_clean()


def test_large_graph_starts_clustered(
    open_page: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from viz import interactive

    monkeypatch.setattr(interactive, "CLUSTER_ABOVE", 10)
    watch = open_page(write_map_html(nanxi(members_per_area=5), tmp_path / "clustered.html"))
    page = watch.page
    assert page.evaluate("window.dangjianMap.clustered()")
    clusters = page.evaluate(
        "(() => { const net = window.dangjianMap.network;"
        " return Object.keys(net.body.nodes).filter(id => net.isCluster(id)); })()"
    )
    assert len(clusters) == 7  # four area councils and three alliances
    page.evaluate(f"window.dangjianMap.network.openCluster({clusters[0]!r})")
    assert _canvas_drawn(page)
    watch.assert_clean()
