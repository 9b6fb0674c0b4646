"""Time the maps on a synthetic graph of about 5,000 nodes: the page, the poster, and how
long headless Chromium takes until the page is interactive. Prints figures; asserts nothing.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_maps.py [NODES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from graph.model import GraphData, Node, Relationship, Source
from viz import render_map_html, render_poster
from viz.headless import CHROMIUM, CHROMIUM_ARGS


def synthetic(total: int = 5000) -> GraphData:
    """A district of streets, each with a council, four area councils and three alliances,
    and units spread over them (every unit sourced to one article)."""
    doc = Node.create("Document", "合成文章", properties={"file": "synthetic.txt", "date": "2020"})
    src = [Source(document=doc.id, quote="合成")]
    nodes: list[Node] = [doc]
    rels: list[Relationship] = []

    def add(label: str, name: str, **props: object) -> Node:
        n = Node.create(label, name, properties=props, sources=src)
        nodes.append(n)
        return n

    def link(kind: str, a: Node, b: Node, **props: object) -> None:
        rels.append(Relationship.create(kind, a, b, properties=props, sources=src))

    district = add("District", "合成区")
    bodies: list[Node] = []
    for s in range(14):
        street = add("Street", f"第{s}街道")
        link("PART_OF", street, district)
        council = add("Council", f"第{s}街道区域化党建联席会议", level="street", structure="1+4+X")
        link("PART_OF", council, street)
        bodies.append(council)
        for a in range(4):
            area = add("Council", f"第{s}街道第{a}商圈党建联席会议", level="area")
            link("PART_OF", area, council)
            bodies.append(area)
        for a in range(3):
            alliance = add("Alliance", f"第{s}街道第{a}联盟")
            link("PART_OF", alliance, council)
            bodies.append(alliance)
    i = 0
    while len(nodes) < total:
        unit = add("Unit", f"合成单位{i:05d}有限公司", kind="company")
        link("MEMBER_OF", unit, bodies[i % len(bodies)], **{"from": f"{2015 + i % 6}"})
        if i % 7 == 0:
            link("MEMBER_OF", unit, bodies[(i * 31) % len(bodies)])
        i += 1
    return GraphData(nodes=nodes, relationships=rels)


def timed(label: str, fn):
    start = time.perf_counter()
    value = fn()
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")
    return value


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    graph = timed(f"build synthetic graph ({total} nodes)", lambda: synthetic(total))
    print(f"{'':<44} {len(graph.nodes)} nodes, {len(graph.relationships)} relationships")
    street = next(n.id for n in graph.nodes if n.label == "Street")
    out = Path(tempfile.mkdtemp(prefix="bench_maps_"))
    html = timed("render_map_html (whole graph)", lambda: render_map_html(graph))
    page = out / "map.html"
    page.write_text(html, encoding="utf-8")
    print(f"{'':<44} {len(html.encode()) / 1e6:.1f} MB page")
    timed("render_map_html (one street)", lambda: render_map_html(graph, street=street))
    timed("render_poster A3 PDF (one street)", lambda: render_poster(graph, out / "s.pdf", street=street))
    timed("render_poster A3 PDF (whole district)", lambda: render_poster(graph, out / "d.pdf"))
    timed(
        "render_poster A3 PNG 300 dpi (one street)",
        lambda: render_poster(graph, out / "s.png", street=street),
    )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("playwright is not installed: no browser timing")
        return
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1600, "height": 1000})
        tab.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
        )
        start = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_selector("body[data-ready='1']", state="attached", timeout=300_000)
        print(f"{'page interactive in Chromium':<44} {time.perf_counter() - start:8.2f} s")
        start = time.perf_counter()
        tab.evaluate("window.dangjianMap.focusNode(window.dangjianMap.search('合成单位00042')[0].id)")
        print(f"{'search + zoom to a node':<44} {time.perf_counter() - start:8.2f} s")
        tab.screenshot(path=str(out / "map.png"))
        browser.close()
    print(f"outputs in {out}")


if __name__ == "__main__":
    main()
