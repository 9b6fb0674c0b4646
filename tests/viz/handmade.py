"""Small graphs built by hand for edge cases (the real dataset is used for correctness)."""

from __future__ import annotations

from graph.model import GraphData, Node, Relationship, Source

DOC = Node.create(
    "Document", "测试文章", properties={"file": "test.txt", "date": "2019-05", "title": "测试文章"}
)
EVIL = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def src(quote: str = "引文") -> list[Source]:
    return [Source(document=DOC.id, quote=quote)]


def nanxi(members_per_area: int = 8, evil: bool = False) -> GraphData:
    """A 南京西路-like street: a street council, four area councils with members, alliances,
    a station at its building, and a brand."""
    nodes: list[Node] = [DOC]
    rels: list[Relationship] = []

    def node(label: str, name: str, **props: object) -> Node:
        n = Node.create(label, name, properties=props, sources=src(name))
        nodes.append(n)
        return n

    def rel(kind: str, a: Node, b: Node, **props: object) -> None:
        rels.append(Relationship.create(kind, a, b, properties=props, sources=src(a.name)))

    street = node("Street", "南京西路街道")
    council = node(
        "Council", "南京西路街道区域化党建联席会议", level="street", kind="joint_council", structure="1+4+X"
    )
    brand = node("Brand", "福民“共同家园”")
    rel("PART_OF", council, street)
    rel("BRANDED", council, brand)
    for i, area in enumerate(["恒隆广场商圈", "兴业太古汇商圈", "张园(丰盛里-吴江路)商圈", "巨富长商圈"]):
        a = node("Area", area, kind="commercial_district")
        rel("PART_OF", a, street)
        c = node("Council", f"{area}党建联席会议", level="area", kind="joint_council", stated_members=25)
        rel("PART_OF", c, council)
        rel("COVERS", c, a)
        for j in range(members_per_area):
            u = node("Unit", f"{area[:2]}成员单位{j:02d}有限公司", kind="company")
            rel("MEMBER_OF", u, c, **({"from": f"{2017 + j % 3}"}))
            if j == 0:
                rel("CHAIRS", u, c, **{"from": "2019"})
        if i == 1:
            u = node("Unit", "兴业太古汇", kind="company")
            rel("MEMBER_OF", u, c)
    for name in ["校际联盟", "文化联盟", "物业联盟"]:
        al = node("Alliance", f"南京西路街道区域化党建{name}")
        rel("PART_OF", al, council)
        for j in range(3):
            u = node("Unit", f"{name}成员{j}", kind="school")
            rel("MEMBER_OF", u, al, **{"from": "2018-12"})
    building = node("Building", "国际集团大厦")
    station = node("Station", "白领驿家")
    rel("LOCATED_IN", station, building)
    rel("RUNS", council, station)
    if evil:
        bad = node("Unit", EVIL, kind="other")
        rel("MEMBER_OF", bad, council)
    for n in nodes[1:]:
        rels.append(Relationship.create("MENTIONS", DOC, n, sources=src()))
    return GraphData(nodes=nodes, relationships=rels)
