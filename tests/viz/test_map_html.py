"""The page as text: self-contained, data escaped, layout fixed and deterministic."""

from __future__ import annotations

import json
import re
from pathlib import Path

from graph.model import GraphData
from tests.viz.handmade import EVIL, nanxi
from viz import render_map_html, write_map_html
from viz.layout import layout
from viz.select import select

REMOTE = re.compile(r"""(src|href)\s*=\s*["']?(https?:)?//""", re.IGNORECASE)


def _data(html: str) -> dict:
    block = re.search(r'<script id="map-data" type="application/json">(.*?)</script>', html, re.S)
    assert block
    return json.loads(block.group(1))


def test_page_is_self_contained(dataset: GraphData) -> None:
    html = render_map_html(dataset)
    assert not REMOTE.search(html), REMOTE.search(html)
    assert "<script src" not in html and "<link" not in html
    assert "vis.Network" in html and "@font-face" in html
    data = _data(html)
    assert len(data["nodes"]) == len(select(dataset).nodes)
    assert all(isinstance(n["x"], float | int) for n in data["nodes"])


def test_hostile_names_stay_inside_the_json_block() -> None:
    html = render_map_html(nanxi(members_per_area=1, evil=True))
    assert EVIL not in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert EVIL in [n["name"] for n in _data(html)["nodes"]]


def test_layout_is_deterministic(dataset: GraphData) -> None:
    shown = select(dataset)
    first = layout(shown)
    assert first == layout(shown)
    assert set(first) == {n.id for n in shown.nodes}
    reordered = GraphData(nodes=list(reversed(shown.nodes)), relationships=shown.relationships)
    assert layout(reordered) == first


def test_same_graph_same_page(tmp_path: Path) -> None:
    g = nanxi(members_per_area=4)
    a = write_map_html(g, tmp_path / "a.html").read_bytes()
    b = write_map_html(g, tmp_path / "b.html").read_bytes()
    assert a == b


def test_members_sit_around_their_council() -> None:
    g = nanxi(members_per_area=10)
    pos = layout(select(g))
    index = {n.name: n.id for n in g.nodes}
    hub = pos[index["恒隆广场商圈党建联席会议"]]
    near = pos[index["恒隆成员单位05有限公司"]]
    far = pos[index["巨富成员单位05有限公司"]]
    dist = lambda p: ((p[0] - hub[0]) ** 2 + (p[1] - hub[1]) ** 2) ** 0.5  # noqa: E731
    assert dist(near) < dist(far)
