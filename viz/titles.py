"""Titles of maps and posters, derived from the data (the council's structure, the brand)."""

from __future__ import annotations

from graph.model import GraphData, Node
from graph.neighbourhood import street_core


def _quoted(text: str) -> str:
    return text if text.startswith(("“", '"', "「")) else f"“{text}”"


def street_council(graph: GraphData, street: str) -> Node | None:
    """The street-level joint council of a street's structure, if the data has one."""
    index = graph.node_index()
    councils = [
        index[i]
        for i in street_core(graph, street)
        if index[i].label == "Council" and index[i].properties.get("level") == "street"
    ]
    councils.sort(key=lambda n: (n.properties.get("kind") != "joint_council", n.name))
    return councils[0] if councils else None


def _full_form(brand: Node) -> str:
    """The fullest way the articles write a brand (福民“共同家园” rather than 共同家园)."""
    forms = [a for a in brand.aliases if brand.name in a] + [brand.name]
    return max(forms, key=lambda f: (len(f), f))


def _brands(graph: GraphData, owners: list[str]) -> list[str]:
    index = graph.node_index()
    for owner in owners:  # the council's brand first, else the street's
        names = sorted(
            _full_form(index[r.end])
            for r in graph.relationships
            if r.type == "BRANDED" and r.start == owner and r.end in index
        )
        if names:
            return names
    return []


def map_title(graph: GraphData, street: str | None = None) -> str:
    """E.g. 南京西路街道区域化党建“1+4+X”福民“共同家园”党建版图, or 静安区区域化党建版图."""
    index = graph.node_index()
    if street and street in index:
        council = street_council(graph, street)
        structure = council.properties.get("structure") if council else None
        # Only the council's own brand: a street's brands include stations' and projects'.
        brand = "".join(_brands(graph, [council.id])[:1]) if council else ""
        middle = (_quoted(str(structure)) if structure else "") + brand
        return f"{index[street].name}区域化党建{middle}{'党建' if middle else ''}版图"
    return f"{home_district(graph)}区域化党建版图"


def home_district(graph: GraphData) -> str:
    """The district the data is about: not one marked outside_district, and the one most
    streets belong to (others appear only as partners)."""
    index = graph.node_index()
    streets: dict[str, int] = {}
    for r in graph.relationships:
        if r.type == "PART_OF" and index[r.start].label == "Street":
            streets[r.end] = streets.get(r.end, 0) + 1
    districts = sorted(
        (n for n in graph.nodes if n.label == "District"),
        key=lambda n: (bool(n.properties.get("outside_district")), -streets.get(n.id, 0), n.name),
    )
    return districts[0].name if districts else ""
