"""Selection of what a map shows: street, ego network, as-of date and labels."""

from __future__ import annotations

import pytest

from graph.errors import QueryError
from graph.model import GraphData
from graph.neighbourhood import street_core
from tests.viz.handmade import nanxi
from viz.select import select


def _names(graph: GraphData, label: str | None = None) -> set[str]:
    return {n.name for n in graph.nodes if label is None or n.label == label}


def area_councils(graph: GraphData, street: str) -> set[str]:
    """The street's area joint councils (商圈党建联席会议), not its joint party committees."""
    index = graph.node_index()
    return {
        index[i].name
        for i in street_core(graph, street)
        if index[i].label == "Council"
        and index[i].properties.get("level") == "area"
        and index[i].properties.get("kind", "joint_council") == "joint_council"
    }


def test_street_subgraph_of_the_dataset(dataset: GraphData, nanxi_id: str) -> None:
    shown = select(dataset, street=nanxi_id)
    areas = area_councils(dataset, nanxi_id)
    assert len(areas) == 4, areas
    assert areas <= _names(shown, "Council")
    assert any("兴业太古汇" in n for n in _names(shown))
    assert not _names(shown, "Document")
    assert all(r.type != "MENTIONS" for r in shown.relationships)
    core = street_core(dataset, nanxi_id)
    street_level = {n.id for n in shown.nodes if n.properties.get("level") == "street"}
    assert street_level <= core, "another street's council leaked into the street map"


def test_handmade_street_holds_structure_and_members() -> None:
    g = nanxi(members_per_area=2)
    street = next(n.id for n in g.nodes if n.label == "Street")
    shown = select(g, street=street)
    assert len(_names(shown, "Council")) == 5
    assert len(_names(shown, "Alliance")) == 3
    assert "白领驿家" in _names(shown) and "国际集团大厦" in _names(shown)
    assert "兴业成员单位01有限公司" in _names(shown)


def test_as_of_hides_members_not_yet_joined() -> None:
    g = nanxi(members_per_area=3)
    early = select(g, as_of="2017-06")
    assert "恒隆成员单位00有限公司" in _names(early)  # joined 2017
    assert "恒隆成员单位01有限公司" not in _names(early)  # joined 2018
    assert "校际联盟成员0" not in _names(early)  # joined 2018-12
    assert "校际联盟成员0" in _names(select(g, as_of="2018-12-05"))
    chairs = [r for r in select(g, as_of="2018").relationships if r.type == "CHAIRS"]
    assert not chairs  # chairs from 2019 were not in office yet


def test_ego_depth_and_labels() -> None:
    g = nanxi(members_per_area=2)
    focus = next(n.id for n in g.nodes if n.name == "兴业太古汇商圈党建联席会议")
    one = select(g, focus=focus, depth=1)
    assert "兴业太古汇" in _names(one) and "恒隆成员单位00有限公司" not in _names(one)
    assert "恒隆成员单位00有限公司" in _names(select(g, focus=focus, depth=3))
    only = select(g, labels=["Council", "Alliance"])
    assert {n.label for n in only.nodes} == {"Council", "Alliance"}


def test_unknown_ids_are_errors() -> None:
    g = nanxi(members_per_area=1)
    with pytest.raises(QueryError, match="not a node"):
        select(g, focus="unit-nope")
    council = next(n.id for n in g.nodes if n.label == "Council")
    with pytest.raises(QueryError, match="not a Street"):
        select(g, street=council)
