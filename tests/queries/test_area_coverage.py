"""The area-coverage query groups, ranks and pages in the store: its pages, walked end to end,
must give exactly what a plain Python walk over the same graph gives, on both stores."""

from __future__ import annotations

from collections import defaultdict

import pytest

from graph.model import GraphData
from graph.store import GraphStore
from queries.answers import area_coverage

PLACES = {"District", "Street", "Area", "Building"}
Way = tuple[str, str, str]  # (kind, relation, through id)


def _valid(props: dict[str, object], as_of: str | None) -> bool:
    """The query's as_of rule: started by then, not ended (at the end date's own precision)."""
    if as_of is None:
        return True
    start = props.get("from") or props.get("date") or (str(props["year"]) if props.get("year") else "")
    end = props.get("to")
    return str(start) <= as_of and (end is None or str(end) >= as_of[: len(str(end))])


def expected_coverage(graph: GraphData, area: str, as_of: str | None = None) -> dict[str, set[Way]]:
    """Unit id → the ways it covers `area`, by a breadth-first walk in Python."""
    labels = {n.id: n.label for n in graph.nodes}
    inward: dict[str, list[str]] = defaultdict(list)  # place → what is PART_OF / LOCATED_IN it
    incoming: dict[tuple[str, str], list[tuple[str, dict[str, object]]]] = defaultdict(list)
    for r in graph.relationships:
        if r.type in ("PART_OF", "LOCATED_IN"):
            inward[r.end].append(r.start)
        incoming[(r.end, r.type)].append((r.start, r.properties))
    inside, frontier = {area}, {area}
    for _ in range(4):  # the query's *0..4
        frontier = {s for p in frontier for s in inward[p]} - inside
        inside |= frontier
    ways: dict[str, set[Way]] = defaultdict(set)
    for p in inside:
        for u, props in incoming[(p, "LOCATED_IN")]:
            if labels[u] == "Unit" and _valid(props, as_of):
                ways[u].add(("located", "LOCATED_IN", p))
        for rel in ("COVERS", "LOCATED_IN"):
            for body, _ in incoming[(p, rel)]:
                for u, props in incoming[(body, "MEMBER_OF")]:
                    if labels[u] == "Unit" and _valid(props, as_of):
                        ways[u].add(("member", "MEMBER_OF", body))
                if labels[body] == "Station":
                    for u, props in incoming[(body, "RUNS")]:
                        if labels[u] == "Unit" and _valid(props, as_of):
                            ways[u].add(("station", "RUNS", body))
    return dict(ways)


def walk_pages(store: GraphStore, area: str, page_size: int, **kw: str | None) -> tuple[list[dict], int]:
    units: list[dict] = []
    offset = 0
    while True:
        page, total = area_coverage(store, area, offset=offset, limit=page_size, **kw)
        units += page
        offset += page_size
        if offset >= total:
            return units, total


@pytest.fixture
def graph(dataset_store: GraphStore) -> GraphData:
    return dataset_store.fetch_graph()


def test_pages_walked_end_to_end_give_the_python_walk(dataset_store: GraphStore, graph: GraphData) -> None:
    areas = [n for n in graph.nodes if n.label in PLACES]
    assert len(areas) > 20
    checked_nonempty = 0
    for area in areas:
        expected = expected_coverage(graph, area.id)
        units, total = walk_pages(dataset_store, area.id, page_size=7)
        got = {u["id"]: {(w["kind"], w["relation"], w["through"]["id"]) for w in u["via"]} for u in units}
        assert total == len(expected) == len(units), area.name
        assert got == expected, area.name
        # Ranked: most ways first, then by name; no unit on two pages.
        keys = [(-len(u["via"]), u["name"]) for u in units]
        assert keys == sorted(keys), area.name
        checked_nonempty += bool(units)
    assert checked_nonempty >= 5


@pytest.mark.parametrize("as_of", ["2019-06-30", "2020-06-30", "2021"])
def test_as_of_filters_like_the_python_walk(dataset_store: GraphStore, graph: GraphData, as_of: str) -> None:
    street = next(n for n in graph.nodes if n.label == "Street" and n.name == "南京西路街道")
    expected = expected_coverage(graph, street.id, as_of)
    units, total = walk_pages(dataset_store, street.id, page_size=50, as_of=as_of)
    assert total == len(expected)
    assert {u["id"] for u in units} == set(expected)


def test_via_and_a_page_past_the_end(dataset_store: GraphStore, graph: GraphData) -> None:
    street = next(n for n in graph.nodes if n.label == "Street" and n.name == "南京西路街道")
    expected = expected_coverage(graph, street.id)
    members = {u for u, ways in expected.items() if any(w[0] == "member" for w in ways)}
    units, total = walk_pages(dataset_store, street.id, page_size=40, via="member")
    assert total == len(members) and {u["id"] for u in units} == members
    assert all(w["kind"] == "member" for u in units for w in u["via"])
    page, total = area_coverage(dataset_store, street.id, offset=10_000, limit=10)
    assert page == [] and total == len(expected)
    # Every way carries its source: the document's id, title and the quote.
    for unit in area_coverage(dataset_store, street.id, limit=20)[0]:
        for way in unit["via"]:
            assert way["source"]["title"] and way["source"]["quote"], unit["name"]
