"""How each label and relationship type looks, shared by the map page and the poster."""

from __future__ import annotations

from dataclasses import dataclass

from graph import schema


@dataclass(frozen=True)
class LabelStyle:
    color: str
    shape: str  # a vis-network shape whose label sits below it
    rank: int  # draw and legend order: the structure first


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    dashes: bool | list[int]
    width: float


LABEL_STYLES: dict[str, LabelStyle] = {
    "District": LabelStyle("#7f1d1d", "star", 0),
    "Street": LabelStyle("#b91c1c", "star", 1),
    "Council": LabelStyle("#dc2626", "diamond", 2),
    "Committee": LabelStyle("#ea580c", "triangle", 3),
    "Alliance": LabelStyle("#d97706", "hexagon", 4),
    "Area": LabelStyle("#15803d", "square", 5),
    "Building": LabelStyle("#0f766e", "square", 6),
    "Station": LabelStyle("#0891b2", "triangleDown", 7),
    "Unit": LabelStyle("#2563eb", "dot", 8),
    "Project": LabelStyle("#7c3aed", "diamond", 9),
    "Brand": LabelStyle("#db2777", "star", 10),
    "Event": LabelStyle("#64748b", "triangle", 11),
    "Person": LabelStyle("#a16207", "dot", 12),
    "Document": LabelStyle("#94a3b8", "square", 13),
}
DEFAULT_LABEL_STYLE = LabelStyle("#6b7280", "dot", 99)

EDGE_STYLES: dict[str, EdgeStyle] = {
    "PART_OF": EdgeStyle("#991b1b", False, 2.5),
    "MEMBER_OF": EdgeStyle("#2563eb", False, 1.2),
    "CHAIRS": EdgeStyle("#dc2626", False, 3.0),
    "LOCATED_IN": EdgeStyle("#0f766e", [2, 4], 1.0),
    "COVERS": EdgeStyle("#15803d", [8, 4], 1.5),
    "RUNS": EdgeStyle("#0891b2", [6, 3], 1.5),
    "CLAIMED": EdgeStyle("#7c3aed", [4, 4], 1.2),
    "SIGNED_AGREEMENT": EdgeStyle("#be185d", [10, 3, 2, 3], 1.5),
    "PAIRED_WITH": EdgeStyle("#c2410c", [3, 3], 1.5),
    "HOLDS_POSITION": EdgeStyle("#a16207", [1, 3], 1.0),
    "PARTICIPATED_IN": EdgeStyle("#64748b", [2, 2], 1.0),
    "ORGANISED": EdgeStyle("#475569", False, 1.0),
    "HELD_AT": EdgeStyle("#94a3b8", [1, 2], 1.0),
    "AWARDED": EdgeStyle("#ca8a04", [6, 2], 1.5),
    "BRANDED": EdgeStyle("#db2777", [5, 5], 1.2),
    "MENTIONS": EdgeStyle("#cbd5e1", [1, 4], 0.5),
}
DEFAULT_EDGE_STYLE = EdgeStyle("#9ca3af", False, 1.0)


def label_style(label: str) -> LabelStyle:
    return LABEL_STYLES.get(label, DEFAULT_LABEL_STYLE)


def edge_style(rel_type: str) -> EdgeStyle:
    return EDGE_STYLES.get(rel_type, DEFAULT_EDGE_STYLE)


def label_zh(label: str) -> str:
    spec = schema.NODE_SPECS.get(label)
    return spec.zh if spec else label


def type_zh(rel_type: str) -> str:
    spec = schema.REL_SPECS.get(rel_type)
    return spec.zh if spec else rel_type


def node_size(degree: int, stated_members: object = None) -> float:
    """A stated member count (92家) says more about a body than the links we hold for it."""
    weight = max(degree, stated_members if isinstance(stated_members, int) else 0)
    return 8.0 + 4.0 * min(weight, 400) ** 0.5
