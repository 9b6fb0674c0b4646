"""The data the map page runs on: nodes and edges for vis-network (built with pyvis) plus
everything the side panel, legend and filters need, as one JSON-ready dict."""

from __future__ import annotations

from collections import Counter
from typing import Any

from pyvis.network import Network
from pyvis.node import Node as PyvisNode

from graph.model import GraphData, Node
from viz import style
from viz.dates import as_text, node_start, rel_start
from viz.sources import cite


def _display_props(props: dict[str, Any]) -> dict[str, str]:
    return {k: str(v) for k, v in sorted(props.items())}


def _node_options(
    node: Node,
    degree: int,
    pos: tuple[float, float],
    streets: list[str],
    head: str | None,
    docs: dict[str, dict[str, str]],
) -> dict[str, Any]:
    look = style.label_style(node.label)
    return {
        "label": node.name,
        "shape": look.shape,
        "color": look.color,
        "size": round(style.node_size(degree, node.properties.get("stated_members")), 2),
        "x": pos[0],
        "y": pos[1],
        "kind": node.label,
        "name": node.name,
        "aliases": node.aliases,
        "props": _display_props(node.properties),
        "sources": cite(node.sources, docs),
        "streets": streets,
        "start": node_start(node),
        "degree": degree,
        "head": head,  # the body this node folds into when the page clusters
    }


class _Network(Network):
    """pyvis' Network, with its membership checks made constant-time: pyvis looks a node up in
    a list for every node and both ends of every edge, which is quadratic (hours for a
    network of 100k units). Directed, so pyvis' scan for duplicate edges does not run."""

    def get_nodes(self) -> dict[str, Any]:  # type: ignore[override]
        return self.node_map  # `in` on a dict, where pyvis' own list was scanned

    def add_node(  # type: ignore[override]
        self, n_id: str, label: str | None = None, shape: str = "dot", color: str = "#97c2fc", **options: Any
    ) -> None:
        if n_id in self.node_map:
            return
        if "group" not in options:
            options["color"] = color
        node = PyvisNode(n_id, shape, label=label or n_id, font_color=self.font_color, **options)
        self.nodes.append(node.options)
        self.node_ids.append(n_id)
        self.node_map[n_id] = node.options


def build_payload(
    graph: GraphData,
    *,
    positions: dict[str, tuple[float, float]],
    streets: dict[str, list[str]],
    heads: dict[str, str],
    docs: dict[str, dict[str, str]],
) -> dict[str, Any]:
    """Nodes and edges (pyvis does the vis-network option plumbing) plus legend data."""
    degree: Counter[str] = Counter()
    for r in graph.relationships:
        degree[r.start] += 1
        degree[r.end] += 1
    net = _Network(directed=True, cdn_resources="in_line")
    for n in graph.nodes:
        options = _node_options(
            n, degree[n.id], positions[n.id], streets.get(n.id, []), heads.get(n.id), docs
        )
        net.add_node(n.id, **options)
    for r in graph.relationships:
        look = style.edge_style(r.type)
        net.add_edge(
            r.start,
            r.end,
            id=r.id,
            type=r.type,
            color=look.color,
            dashes=look.dashes,
            width=look.width,
            props=_display_props(r.properties),
            sources=cite(r.sources, docs),
            start=rel_start(r),
            end=as_text(r.properties.get("to")),
        )
    labels = Counter(n.label for n in graph.nodes)
    types = Counter(r.type for r in graph.relationships)
    dates = {d for d in (node_start(n) for n in graph.nodes) if d}
    dates |= {d for r in graph.relationships for d in (rel_start(r), as_text(r.properties.get("to"))) if d}
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "labels": [
            {
                "label": lb,
                "zh": style.label_zh(lb),
                "color": style.label_style(lb).color,
                "shape": style.label_style(lb).shape,
                "count": labels[lb],
            }
            for lb in sorted(labels, key=lambda x: (style.label_style(x).rank, x))
        ],
        "types": [
            {
                "type": t,
                "zh": style.type_zh(t),
                "color": style.edge_style(t).color,
                "dashes": style.edge_style(t).dashes,
                "count": types[t],
            }
            for t in sorted(types)
        ],
        "years": sorted({d[:4] for d in dates}),
    }
