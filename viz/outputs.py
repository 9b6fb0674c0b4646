"""The maps `dangjian build` writes: the district, and every street whose structure the
data describes (a street-level council with a stated structure such as 1+4+X)."""

from __future__ import annotations

from pathlib import Path

from graph.model import GraphData
from viz.interactive import write_map_html
from viz.poster import render_poster
from viz.titles import street_council


def structured_streets(graph: GraphData) -> list[tuple[str, str]]:
    """(id, name) of the streets with a street council that has a stated structure."""
    out = []
    for node in sorted(graph.nodes, key=lambda n: n.name):
        if node.label != "Street" or node.properties.get("outside_district"):
            continue
        council = street_council(graph, node.id)
        if council is not None and council.properties.get("structure"):
            out.append((node.id, node.name))
    return out


def write_standard_outputs(graph: GraphData, out_dir: Path) -> list[Path]:
    """out/map.html and out/poster.pdf for the district; out/<street>/… for each street."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [write_map_html(graph, out_dir / "map.html"), render_poster(graph, out_dir / "poster.pdf")]
    for street_id, name in structured_streets(graph):
        folder = out_dir / name
        folder.mkdir(exist_ok=True)
        written.append(write_map_html(graph, folder / "map.html", street=street_id))
        written.append(render_poster(graph, folder / "poster.pdf", street=street_id))
    return written
