"""Conformance: both stores take the same graph and give the same answers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.errors import DataFileError
from graph.falkordb_store import FalkorDBStore
from graph.model import GraphData, Node, Relationship, Source
from graph.store import GraphStore
from loaders.load import load_into
from tests.conftest import StoreHandle
from tests.loaders.test_datafiles import GOOD, make_dataset

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


def small_graph() -> GraphData:
    src = [Source(document="document-x", quote="某句话")]
    unit = Node.create(
        "Unit", "上海国际集团有限公司", aliases=["国际集团"], properties={"kind": "company"}, sources=src
    )
    council = Node.create(
        "Council",
        "南京西路街道区域化党建联席会议",
        properties={"level": "street", "stated_members": 25},
        sources=src,
    )
    member = Relationship.create("MEMBER_OF", unit, council, properties={"from": "2018-12"}, sources=src)
    chair = Relationship.create(
        "CHAIRS", unit, council, properties={"from": "2020-06-29", "role": "轮值主席单位"}, sources=src
    )
    return GraphData(nodes=[unit, council], relationships=[member, chair])


def test_write_and_fetch_round_trip(empty_store: GraphStore) -> None:
    graph = small_graph()
    empty_store.write_graph(graph)
    fetched = empty_store.fetch_graph()
    assert {n.id: n.name for n in fetched.nodes} == {n.id: n.name for n in graph.nodes}
    by_id = {n.id: n for n in fetched.nodes}
    unit = next(n for n in graph.nodes if n.label == "Unit")
    assert by_id[unit.id].aliases == ["国际集团"]
    assert by_id[unit.id].sources == unit.sources
    assert by_id[unit.id].properties["kind"] == "company"
    assert {r.id for r in fetched.relationships} == {r.id for r in graph.relationships}
    chair = next(r for r in fetched.relationships if r.type == "CHAIRS")
    assert chair.properties["from"] == "2020-06-29" and chair.properties["role"] == "轮值主席单位"


def test_writing_twice_changes_nothing(empty_store: GraphStore) -> None:
    graph = small_graph()
    empty_store.write_graph(graph)
    first = empty_store.fetch_graph()
    empty_store.write_graph(graph)
    assert empty_store.fetch_graph() == first
    counts = empty_store.counts()
    assert (counts.nodes, counts.relationships) == (2, 2)
    assert counts.labels == {"Council": 1, "Unit": 1}


def test_dataset_loads_idempotently(empty_store: GraphStore) -> None:
    load_into(empty_store, DATA_DIR)
    first = empty_store.fetch_graph()
    counts = empty_store.counts()
    load_into(empty_store, DATA_DIR)
    assert empty_store.counts() == counts
    assert empty_store.fetch_graph() == first
    assert counts.nodes > 0 and counts.relationships > 0


def test_a_broken_file_leaves_the_store_unchanged(empty_store: GraphStore, tmp_path: Path) -> None:
    load_into(empty_store, DATA_DIR)
    before = empty_store.fetch_graph()
    dangling = "  - type: MEMBER_OF\n    start: Alliance:物业联盟\n    end: Council:不存在的联席会议\n"
    broken = GOOD + dangling + "    quote: 物业联盟\n"
    with pytest.raises(DataFileError, match="no Council named"):
        load_into(
            empty_store,
            make_dataset(tmp_path, {"a.yaml": broken}),
        )
    assert empty_store.fetch_graph() == before


def test_indexes_and_unique_ids(empty_store: GraphStore) -> None:
    empty_store.ensure_schema()  # twice is fine
    graph = small_graph()
    empty_store.write_graph(graph)
    from graph.errors import QueryError

    with pytest.raises(QueryError):
        empty_store.run(
            "CREATE (n:Entity:Unit {id: $id, name: 'dup'})", {"id": graph.nodes[0].id}, write=True
        )


def test_reads_cannot_write(empty_store: GraphStore) -> None:
    from graph.errors import QueryError

    with pytest.raises(QueryError):
        empty_store.run("CREATE (n:Entity:Unit {id: 'x', name: 'x'})")
    assert empty_store.counts().nodes == 0


def test_both_stores_agree_on_the_dataset(request: pytest.FixtureRequest) -> None:
    graphs = []
    for backend in ("falkordb", "neo4j"):
        handle = request.getfixturevalue(f"{backend}_handle")
        if not handle.holds_dataset:
            handle.store.clear()
            load_into(handle.store, DATA_DIR)
            handle.holds_dataset = True
        graphs.append(handle.store.fetch_graph())
    assert graphs[0] == graphs[1]


def test_embedded_store_survives_a_restart(short_tmp: Path) -> None:
    data_dir = short_tmp
    store = FalkorDBStore(data_dir=data_dir, graph_name="restart")
    try:
        store.write_graph(small_graph())
        before = store.fetch_graph()
    finally:
        store.close()
    assert store.server is not None and store.server.process is None
    again = FalkorDBStore(data_dir=data_dir, graph_name="restart")
    try:
        assert again.fetch_graph() == before
    finally:
        again.close()


def test_two_loads_at_once_both_finish_without_duplicates(empty_store: GraphStore) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from loaders.datafiles import load_dataset

    graph = load_dataset(DATA_DIR)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: empty_store.write_graph(graph, batch_size=50), range(2)))
    assert all(r.nodes == len(graph.nodes) for r in results)
    counts = empty_store.counts()
    assert (counts.nodes, counts.relationships) == (len(graph.nodes), len(graph.relationships))
    dupes = empty_store.run("MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id")
    assert dupes == []


def test_neo4j_routing_uri_works(neo4j_handle: StoreHandle) -> None:
    from graph.neo4j_store import Neo4jStore

    bolt = neo4j_handle.store.uri  # type: ignore[attr-defined]
    routed = Neo4jStore(
        bolt.replace("bolt://", "neo4j://"),
        os.environ.get("DANGJIAN_TEST_NEO4J_USER", "neo4j"),
        os.environ.get("DANGJIAN_TEST_NEO4J_PASSWORD", ""),
    )
    try:
        assert routed.ping()
        assert routed.run("RETURN 1 AS one") == [{"one": 1}]
    finally:
        routed.close()


def test_bad_neo4j_uri_is_a_clear_error() -> None:
    from graph.errors import StoreError
    from graph.neo4j_store import Neo4jStore

    with pytest.raises(StoreError, match="bad Neo4j URI"):
        Neo4jStore("http://127.0.0.1:7474")
