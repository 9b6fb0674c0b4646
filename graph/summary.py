"""What a graph holds, in numbers: per label, per type and per street."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graph.model import GraphData

# Relationships that tie an organisation or place to a street's network.
_STRUCTURAL = {"PART_OF", "MEMBER_OF", "CHAIRS", "LOCATED_IN", "COVERS", "RUNS", "CLAIMED"}


@dataclass
class Summary:
    nodes: int
    relationships: int
    labels: dict[str, int]
    types: dict[str, int]
    streets: dict[str, dict[str, int]]  # street name → {"nodes": …, "documents": …}

    def as_text(self) -> str:
        lines = [f"The graph holds {self.nodes} nodes and {self.relationships} relationships."]
        lines.append("Nodes per label:")
        lines += [f"  {label:<10} {n:>5}" for label, n in self.labels.items()]
        lines.append("Relationships per type:")
        lines += [f"  {t:<16} {n:>5}" for t, n in self.types.items()]
        lines.append("Per street (nodes in its network · articles that mention it):")
        lines += [f"  {name}  {s['nodes']:>4} · {s['documents']}" for name, s in self.streets.items()]
        return "\n".join(lines)


def street_network(graph: GraphData, street_id: str) -> set[str]:
    """Ids of the nodes whose structural links reach the street without passing through
    another street or the district: its bodies, areas, buildings, stations and their members."""
    labels = {n.id: n.label for n in graph.nodes}
    adjacent: dict[str, set[str]] = {}
    for r in graph.relationships:
        if r.type in _STRUCTURAL:
            adjacent.setdefault(r.start, set()).add(r.end)
            adjacent.setdefault(r.end, set()).add(r.start)
    seen = {street_id}
    frontier = [street_id]
    while frontier:
        nxt = []
        for node in frontier:
            for other in adjacent.get(node, ()):
                if other in seen or labels.get(other) in {"Street", "District"}:
                    continue
                seen.add(other)
                # Members are leaves: a unit in two streets' councils must not pull the
                # other street's whole network in.
                if labels.get(other) not in {"Unit", "Person", "Project"}:
                    nxt.append(other)
        frontier = nxt
    return seen


def summarise(graph: GraphData) -> Summary:
    labels = Counter(n.label for n in graph.nodes)
    types = Counter(r.type for r in graph.relationships)
    mentioned_by: dict[str, set[str]] = {}
    for r in graph.relationships:
        if r.type == "MENTIONS":
            mentioned_by.setdefault(r.end, set()).add(r.start)
    streets = {
        n.name: {
            "nodes": len(street_network(graph, n.id)),
            "documents": len(mentioned_by.get(n.id, set())),
        }
        for n in sorted(graph.nodes, key=lambda n: n.name)
        if n.label == "Street"
    }
    return Summary(
        nodes=len(graph.nodes),
        relationships=len(graph.relationships),
        labels=dict(sorted(labels.items())),
        types=dict(sorted(types.items())),
        streets=streets,
    )
