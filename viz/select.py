"""Which part of the graph a map shows: street, ego network, as-of date and labels.

Everything works on GraphData and returns GraphData, so the map page and the poster draw
the same selection.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.errors import QueryError
from graph.model import GraphData
from graph.neighbourhood import drawable, induced, street_node_ids, street_subgraph
from viz.dates import node_active, rel_active


def to_networkx(graph: GraphData) -> nx.MultiGraph:
    g = nx.MultiGraph()
    g.add_nodes_from(n.id for n in graph.nodes)
    g.add_edges_from((r.start, r.end, r.id, {"type": r.type}) for r in graph.relationships)
    return g


def as_of_filter(graph: GraphData, as_of: str) -> GraphData:
    """The network as of a date: relationships not yet begun (or already ended) go, and so
    do nodes all of whose relationships went (members who had not joined yet)."""
    rels = [r for r in graph.relationships if rel_active(r, as_of)]
    had_edges = {x for r in graph.relationships for x in (r.start, r.end)}
    still = {x for r in rels for x in (r.start, r.end)}
    keep = [n.id for n in graph.nodes if node_active(n, as_of) and (n.id in still or n.id not in had_edges)]
    return induced(GraphData(nodes=graph.nodes, relationships=rels), keep)


def street_memberships(graph: GraphData) -> dict[str, list[str]]:
    """For each node, the streets whose subgraph holds it (for the page's street filter)."""
    members = street_node_ids(graph)
    out: dict[str, list[str]] = {}
    order = {n.id: k for k, n in enumerate(graph.nodes)}
    for street in sorted(members):
        for node_id in sorted(members[street], key=order.__getitem__):
            out.setdefault(node_id, []).append(street)
    return out


def ego(graph: GraphData, focus: str, depth: int) -> GraphData:
    g = to_networkx(graph)
    return induced(graph, nx.ego_graph(g, focus, radius=max(depth, 0)).nodes)


def label_filter(graph: GraphData, labels: Iterable[str]) -> GraphData:
    wanted = set(labels)
    return induced(graph, [n.id for n in graph.nodes if n.label in wanted])


def _require(graph: GraphData, node_id: str, what: str, label: str | None = None) -> None:
    node = graph.node_index().get(node_id)
    if node is None:
        raise QueryError(f"{what} {node_id!r} is not a node of the graph")
    if label and node.label != label:
        raise QueryError(f"{what} {node_id!r} is a {node.label}, not a {label}")


def select(
    graph: GraphData,
    *,
    street: str | None = None,
    focus: str | None = None,
    depth: int = 2,
    as_of: str | None = None,
    labels: list[str] | None = None,
) -> GraphData:
    """Apply the options in a fixed order: draw set, date, street, ego network, labels."""
    out = drawable(graph)
    if street:
        _require(out, street, "street", "Street")
    if focus:
        _require(out, focus, "focus")
    if as_of:
        out = as_of_filter(out, as_of)
    if street and street in out.node_index():
        out = street_subgraph(out, street)
    if focus:
        out = ego(out, focus, depth) if focus in out.node_index() else GraphData()
    if labels:
        out = label_filter(out, labels)
    return out
