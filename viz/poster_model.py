"""What a poster shows, read off a selected graph: the centre council, the groups (bodies
with their members), the service stations at their buildings, and the counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from graph.model import GraphData, Node
from viz.titles import street_council

GROUP_LABELS = ("Council", "Alliance", "Committee")
KIND_ZH = {
    "joint_council": "联席会议",
    "board": "理事会",
    "joint_party_committee": "联合党委",
    "branch": "分会",
    "programme": "项目",
}


@dataclass
class Member:
    name: str
    label: str
    chair: bool = False


@dataclass
class Group:
    head: Node
    members: list[Member] = field(default_factory=list)
    area: bool = False  # a council part of the centre: drawn beside it and linked to it

    @property
    def subtitle(self) -> str:
        kind = KIND_ZH.get(str(self.head.properties.get("kind", "")), "")
        label = {"Alliance": "联盟", "Committee": "专业委员会"}.get(self.head.label, kind)
        stated = self.head.properties.get("stated_members")
        count = f"成员{stated}家" if isinstance(stated, int) else ""
        if self.members:
            shown = f"列出{len(self.members)}家"
            count = f"{count}，{shown}" if count else shown
        chairs = "、".join(m.name for m in self.members if m.chair)
        parts = [p for p in (label, count, f"★ 轮值主席 {chairs}" if chairs else "") if p]
        return " · ".join(parts)


@dataclass
class PosterModel:
    centre: Group | None
    groups: list[Group]
    stations: list[tuple[str, str]]  # (station, building or "")
    counts: Counter[str]
    relationships: int


def _centre_node(graph: GraphData, street: str | None) -> Node | None:
    if street:
        return street_council(graph, street)
    district = [n for n in graph.nodes if n.label == "Council" and n.properties.get("level") == "district"]
    district.sort(key=lambda n: (n.properties.get("kind") != "joint_council", n.name))
    return district[0] if district else None


def build_model(graph: GraphData, street: str | None = None) -> PosterModel:
    index = graph.node_index()
    members: dict[str, dict[str, Member]] = defaultdict(dict)
    chairs: set[tuple[str, str]] = set()
    for r in graph.relationships:
        if r.type == "CHAIRS":
            chairs.add((r.start, r.end))
    for r in graph.relationships:
        if r.type in ("MEMBER_OF", "CHAIRS") and index[r.end].label in GROUP_LABELS:
            node = index[r.start]
            members[r.end][r.start] = Member(node.name, node.label, (r.start, r.end) in chairs)
    centre_node = _centre_node(graph, street)
    heads = sorted(
        (n for n in graph.nodes if n.label in GROUP_LABELS and n is not centre_node),
        key=lambda n: (n.label, str(n.properties.get("level", "")), n.name),
    )

    # Councils directly part of the centre sit beside it, linked to it (the "4" of "1+4+X").
    parts = {
        r.start
        for r in graph.relationships
        if centre_node and r.type == "PART_OF" and r.end == centre_node.id
    }

    def group(node: Node) -> Group:
        ms = sorted(members.get(node.id, {}).values(), key=lambda m: (not m.chair, m.name))
        return Group(node, ms, node.label == "Council" and node.id in parts)

    buildings = {
        r.start: index[r.end].name
        for r in sorted(graph.relationships, key=lambda r: r.id)
        if r.type == "LOCATED_IN" and index[r.end].label == "Building"
    }
    stations = sorted((n.name, buildings.get(n.id, "")) for n in graph.nodes if n.label == "Station")
    return PosterModel(
        centre=group(centre_node) if centre_node else None,
        groups=[group(n) for n in heads],
        stations=stations,
        counts=Counter(n.label for n in graph.nodes),
        relationships=len(graph.relationships),
    )
