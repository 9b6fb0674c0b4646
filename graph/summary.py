"""What a graph holds, in numbers: per label, per type and per street."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graph.model import GraphData
from graph.neighbourhood import drawable, street_subgraph


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
        lines.append("Per street (nodes in its structure and linked to it · articles that mention it):")
        lines += [f"  {name}  {s['nodes']:>4} · {s['documents']}" for name, s in self.streets.items()]
        return "\n".join(lines)


def summarise(graph: GraphData) -> Summary:
    labels = Counter(n.label for n in graph.nodes)
    types = Counter(r.type for r in graph.relationships)
    mentioned_by: dict[str, set[str]] = {}
    for r in graph.relationships:
        if r.type == "MENTIONS":
            mentioned_by.setdefault(r.end, set()).add(r.start)
    drawn = drawable(graph)
    streets = {
        n.name: {
            "nodes": len(street_subgraph(drawn, n.id).nodes),
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
