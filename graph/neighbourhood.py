"""Neighbourhoods in a graph: the part that belongs to a street's structure.

Shared by the summary `dangjian build` prints, the maps and the poster, so that they all
mean the same thing by "a street's network".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from graph.model import GraphData, Node

HIDDEN_LABELS = frozenset({"Document"})
HIDDEN_TYPES = frozenset({"MENTIONS"})
# Relationship types that make up a street's structure, and the labels it is made of.
STRUCTURE_TYPES = frozenset({"PART_OF", "COVERS", "LOCATED_IN", "RUNS", "BRANDED"})
STRUCTURE_LABELS = frozenset({"Council", "Alliance", "Committee", "Station", "Area", "Building"})


def induced(graph: GraphData, keep: Iterable[str]) -> GraphData:
    """The nodes in `keep` and the relationships between them, in the graph's order."""
    ids = set(keep)
    return GraphData(
        nodes=[n for n in graph.nodes if n.id in ids],
        relationships=[r for r in graph.relationships if r.start in ids and r.end in ids],
    )


def drawable(graph: GraphData) -> GraphData:
    """The graph without source articles and MENTIONS: what maps draw."""
    keep = [n.id for n in graph.nodes if n.label not in HIDDEN_LABELS]
    pruned = induced(graph, keep)
    pruned.relationships = [r for r in pruned.relationships if r.type not in HIDDEN_TYPES]
    return pruned


def _is_boundary(node: Node, street: str) -> bool:
    """Nodes the street's structure may reach but not grow through: the district level
    and other streets, whose own structures would otherwise leak in."""
    if node.label in ("District", "Street"):
        return node.id != street
    return node.label == "Council" and node.properties.get("level") == "district"


def structure_adjacency(graph: GraphData) -> dict[str, list[str]]:
    """Node id → the nodes it is structurally tied to, either way (built once, used per street)."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in graph.relationships:
        if r.type in STRUCTURE_TYPES:
            out[r.start].append(r.end)
            out[r.end].append(r.start)
    return out


def street_core(
    graph: GraphData,
    street: str,
    *,
    index: dict[str, Node] | None = None,
    adjacency: dict[str, list[str]] | None = None,
) -> set[str]:
    """The street and the councils, areas, alliances, stations … structurally tied to it: what
    a walk from the street reaches through such nodes, stopping at other streets and the
    district level. `index` and `adjacency` may be passed in when asking for many streets."""
    index = index if index is not None else graph.node_index()
    adjacency = adjacency if adjacency is not None else structure_adjacency(graph)
    core = {street}
    frontier = [street]
    while frontier:
        for b in adjacency.get(frontier.pop(), ()):
            if b not in core:
                node = index.get(b)
                if node and node.label in STRUCTURE_LABELS and not _is_boundary(node, street):
                    core.add(b)
                    frontier.append(b)
    return core


def street_node_ids(graph: GraphData) -> dict[str, set[str]]:
    """Street id → the ids of its subgraph's nodes (`street_subgraph`), for every street at
    once: one pass over the relationships, not one per street."""
    index = graph.node_index()
    adjacency = structure_adjacency(graph)
    linked: dict[str, list[str]] = defaultdict(list)
    for r in graph.relationships:
        linked[r.start].append(r.end)
        linked[r.end].append(r.start)
    out: dict[str, set[str]] = {}
    for street in (n.id for n in graph.nodes if n.label == "Street"):
        core = street_core(graph, street, index=index, adjacency=adjacency)
        out[street] = {i for i in core.union(*(linked.get(c, ()) for c in core)) if i in index}
    return out


def street_subgraph(graph: GraphData, street: str) -> GraphData:
    """The street's structure plus everything directly linked to it (members, chairs …)."""
    core = street_core(graph, street)
    keep = set(core)
    for r in graph.relationships:
        if r.start in core:
            keep.add(r.end)
        if r.end in core:
            keep.add(r.start)
    return induced(graph, keep)
