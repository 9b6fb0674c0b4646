"""The curated dataset: every fact carries a quote that occurs in the article it cites."""

from __future__ import annotations

from pathlib import Path

from graph.model import GraphData
from loaders.datafiles import document_ids
from loaders.textfile import read_text, squash

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def test_every_seed_article_is_in_the_corpus_and_described(dataset: GraphData) -> None:
    files = set(document_ids(dataset).values())
    corpus = {p.name for p in CORPUS.glob("*.txt")}
    assert files == corpus, (
        "every article in data/corpus has a data file, and no data file cites a missing one"
    )
    if SEEDS.is_dir():
        assert {p.name for p in SEEDS.glob("*.txt")} <= corpus


def test_every_node_and_relationship_has_a_verbatim_quote(dataset: GraphData) -> None:
    files = document_ids(dataset)
    texts = {doc_id: squash(read_text(CORPUS / name)) for doc_id, name in files.items()}
    missing = [n.id for n in dataset.nodes if not n.sources] + [
        r.id for r in dataset.relationships if not r.sources
    ]
    assert not missing, f"facts without a source: {missing[:5]}"
    for element_id, source in dataset.iter_sources():
        assert source.document in texts, f"{element_id} cites an unknown document {source.document}"
        assert squash(source.quote), f"{element_id} has an empty quote"
        assert squash(source.quote) in texts[source.document], (
            f"{element_id}: {source.quote!r} does not occur in {files[source.document]}"
        )


def test_no_dangling_references(dataset: GraphData) -> None:
    ids = {n.id for n in dataset.nodes}
    assert len(ids) == len(dataset.nodes), "node ids are unique"
    for r in dataset.relationships:
        assert r.start in ids and r.end in ids, f"{r.type} {r.id} points outside the graph"


def test_every_article_mentions_what_it_supports(dataset: GraphData) -> None:
    mentioned = {(r.start, r.end) for r in dataset.relationships if r.type == "MENTIONS"}
    for n in dataset.nodes:
        if n.label == "Document":
            continue
        for s in n.sources:
            assert (s.document, n.id) in mentioned


def _named(dataset: GraphData, name: str) -> list[tuple[str, str]]:
    return [(n.label, n.name) for n in dataset.nodes if n.name == name or name in n.aliases]


def test_aliases_resolve_to_one_node(dataset: GraphData) -> None:
    for alias in ("上海国际集团", "国际集团", "上海国际集团有限公司"):
        assert _named(dataset, alias) == [("Unit", "上海国际集团有限公司")], alias


def test_different_things_stay_different(dataset: GraphData) -> None:
    hang_lung = {(n.label, n.name) for n in dataset.nodes if "恒隆" in n.name}
    labels = {label for label, _ in hang_lung}
    assert {"Building", "Area", "Council"} <= labels, hang_lung
    assert len(hang_lung) >= 4, hang_lung  # building, area, area council, joint party committee …


def test_stated_sizes_are_recorded(dataset: GraphData) -> None:
    sizes = {n.name: n.properties.get("stated_members") for n in dataset.nodes}
    assert sizes.get("兴业太古汇商圈党建联席会议") == 25  # 涵盖了……等在内的 25 家党组织
    assert 92 in sizes.values()  # 静安寺: 经调整增至92家
    assert 34 in sizes.values()  # 静安南京西路商圈党建联盟: 34家企业党组织
    assert 14 in sizes.values()  # 商务社会组织党总支: 14家社会组织


def test_dataset_doc_is_current() -> None:
    import contextlib
    import io
    import sys

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "scripts"))
    import dataset_doc

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        dataset_doc.main()
    assert (root / "docs" / "dataset.md").read_text(encoding="utf-8") == buf.getvalue(), (
        "docs/dataset.md is stale: run python scripts/dataset_doc.py > docs/dataset.md"
    )
