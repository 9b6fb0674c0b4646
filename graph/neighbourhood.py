"""Neighbourhoods in a graph: the part that belongs to a street's structure.

Shared by the summary `dangjian build` prints, the maps and the poster, so that they all
mean the same thing by "a street's network".
"""

from __future__ import annotations

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


def street_core(graph: GraphData, street: str) -> set[str]:
    """The street and the councils, areas, alliances, stations … structurally tied to it."""
    index = graph.node_index()
    structural = [r for r in graph.relationships if r.type in STRUCTURE_TYPES]
    core = {street}
    grew = True
    while grew:
        grew = False
        for r in structural:
            for a, b in ((r.start, r.end), (r.end, r.start)):
                if a in core and b not in core:
                    node = index.get(b)
                    if node and node.label in STRUCTURE_LABELS and not _is_boundary(node, street):
                        core.add(b)
                        grew = True
    return core


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
