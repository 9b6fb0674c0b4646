"""Ingest and review on both stores: proposals, acceptance with provenance, no duplicates,
rejected facts never come back."""

from __future__ import annotations

from pathlib import Path

from graph.store import GraphStore
from loaders.load import load_into
from loaders.review import ingest_files, ingest_text, proposals, review
from tests.conftest import DATA_DIR, StoreHandle

ARTICLE = """新华路街道召开2021年区域化党建联席会议

3月18日，新华路街道在社区党群服务中心召开2021年区域化党建联席会议。上海星辰科技有限公司党支部、
上海明德律师事务所党支部等12家单位加入街道区域化党建联席会议。会上，上海星辰科技有限公司与新华路街道签订共建协议。
"""


def test_ingest_stages_proposals_then_accept_writes_facts(empty_store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "2021-新华路.txt"
    path.write_text(ARTICLE, encoding="gb18030")
    report = ingest_files(empty_store, [path])
    assert report.staged > 0 and report.accepted == 0
    assert empty_store.counts().nodes == 0, "nothing enters the graph before review"
    pending = proposals(empty_store)
    rels = [p for p in pending if p["kind"] == "rel"]
    assert rels, pending
    accepted = review(empty_store, accept=[rels[0]["id"]])
    assert accepted >= 3  # the relationship and the nodes at its ends
    graph = empty_store.fetch_graph()
    assert any(r.id == rels[0]["id"] for r in graph.relationships)
    for element_id, source in graph.iter_sources():
        assert "".join(source.quote.split()) in "".join(ARTICLE.split()), element_id
    again = ingest_files(empty_store, [path])
    assert again.staged == 0, "re-ingesting the same article stages nothing new"


def test_rejected_facts_never_reappear(empty_store: GraphStore) -> None:
    ingest_text(empty_store, ARTICLE, name="a.txt")
    pending = proposals(empty_store)
    rejected = [p["id"] for p in pending]
    review(empty_store, reject=rejected)
    assert proposals(empty_store) == []
    report = ingest_text(empty_store, ARTICLE, name="a.txt")
    assert report.staged == 0
    assert {p["id"] for p in proposals(empty_store, "rejected")} == set(rejected)
    assert empty_store.counts().nodes == 0


def test_accept_all_links_to_known_nodes_without_duplicates(handle: StoreHandle) -> None:
    dataset_store = handle.store
    dataset_store.clear()
    load_into(dataset_store, DATA_DIR)
    handle.holds_dataset = False  # this test adds to it
    before = dataset_store.counts()
    streets_before = dataset_store.run("MATCH (s:Street) RETURN count(*) AS n")[0]["n"]
    text = ARTICLE.replace("新华路街道", "南京西路街道")
    report = ingest_text(dataset_store, text, name="b.txt", accept=True)
    try:
        assert report.accepted > 0
        streets = dataset_store.run("MATCH (s:Street) RETURN count(*) AS n")[0]["n"]
        assert streets == streets_before, "a known street is linked, not created again"
        dupes = dataset_store.run(
            "MATCH (n:Entity) WITH n.name AS name, n.label AS l, count(*) AS c WHERE c > 1 RETURN name"
        )
        assert dupes == []
        assert dataset_store.counts().nodes > before.nodes
    finally:
        dataset_store.clear()
