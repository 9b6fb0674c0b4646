"""The streaming loader: the same graph as load_dataset, errors that name the row, nothing
written on an error, and memory that does not grow with the file."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import DataFileError, SchemaError
from graph.model import Node, Relationship, Source
from graph.store import Batch, GraphStore, rel_row
from loaders.bulk import _Plan, _rel_row, load_bulk
from loaders.load import load_into
from loaders.synth import synthesize


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synth")
    synthesize(400, 5, folder)
    return folder


def copy_of(dataset: Path, folder: Path) -> Path:
    """A dataset folder whose facts can be edited (the corpus is shared)."""
    (folder / "facts").mkdir(parents=True)
    (folder / "corpus").symlink_to(dataset / "corpus")
    for path in (dataset / "facts").iterdir():
        (folder / "facts" / path.name).write_bytes(path.read_bytes())
    return folder


def test_bulk_builds_the_same_graph_as_the_curated_loader(empty_store: GraphStore, small: Path) -> None:
    load_bulk(empty_store, small, batch_size=300)
    streamed = empty_store.fetch_graph()
    empty_store.clear()
    load_into(empty_store, small)
    assert empty_store.fetch_graph() == streamed
    load_bulk(empty_store, small)  # and loading again changes nothing
    assert empty_store.fetch_graph() == streamed


def test_a_bad_row_writes_nothing_and_is_named(empty_store: GraphStore, small: Path, tmp_path: Path) -> None:
    broken = copy_of(small, tmp_path / "broken")
    rels = broken / "facts" / "relationships.csv"
    lines = rels.read_text(encoding="utf-8").splitlines()
    first = lines[1].split(",")
    first[3] = "Street:不存在的街道"
    lines.insert(len(lines) - 1, ",".join(first))
    rels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        # Small batches: dozens of them reach the store before the bad row is read.
        load_bulk(empty_store, broken, batch_size=100)
    assert info.value.file.endswith("relationships.csv")
    assert info.value.line == len(lines) - 1 and info.value.field == "end"
    counts = empty_store.counts()
    assert counts.nodes == 0 and counts.relationships == 0


def test_a_node_declared_twice_is_refused(small: Path, tmp_path: Path, empty_store: GraphStore) -> None:
    folder = copy_of(small, tmp_path / "twice")
    nodes = folder / "facts" / "nodes.csv"
    lines = nodes.read_text(encoding="utf-8").splitlines()
    nodes.write_text("\n".join([*lines, lines[-1]]) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="declared twice"):
        load_bulk(empty_store, folder)


def test_the_files_are_streamed_not_held(tmp_path: Path) -> None:
    synthesize(4000, 2, tmp_path)
    file_bytes = sum(p.stat().st_size for p in (tmp_path / "facts").glob("*.csv"))
    tracemalloc.start()
    with _Plan(tmp_path) as plan:
        for _ in plan.stream(500):
            pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Rows held as Python objects would take several times the files' size; what stays is the
    # index of names (one entry per node) and one batch.
    assert peak < file_bytes, (peak, file_bytes)


def test_a_failure_while_writing_keeps_nothing(
    empty_store: GraphStore, small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches are sent as they are read: an error after some of them were sent must still
    leave the store as it was, and usable."""
    from loaders import bulk

    real = bulk._Plan.stream

    def failing(self: bulk._Plan, batch_size: int = 5000) -> Iterator[Batch]:
        stream = real(self, batch_size)
        yield next(stream)
        yield next(stream)
        raise RuntimeError("the spill file went away")

    monkeypatch.setattr(bulk._Plan, "stream", failing)
    with pytest.raises(RuntimeError, match="spill"):
        load_bulk(empty_store, small, batch_size=100)
    assert empty_store.counts().nodes == 0
    monkeypatch.undo()
    written = load_bulk(empty_store, small)
    assert empty_store.counts().nodes == written.nodes


def test_the_fast_rows_are_the_models_rows(small: Path) -> None:
    """The bulk loader builds relationship rows without models; they must be exactly the rows
    Relationship.create and rel_row give, and it must refuse what Relationship.create refuses."""
    with _Plan(small) as plan:
        batches = list(plan.stream())
        ends = {end.id: end for end in plan.index.values()}
        nodes = {i: Node(id=e.id, label=e.label, name=e.name) for i, e in ends.items()}
        nodes |= {d.node.id: d.node for d in plan.collected.documents.values()}
        checked = 0
        for batch in batches:
            for row in batch.rows if batch.kind == "rel" else []:
                start, end, record = nodes[row["start"]], nodes[row["end"]], row["props"]
                props = {k: v for k, v in record.items() if k not in ("id", "src_docs", "src_quotes")}
                docs, quotes = record["src_docs"], record["src_quotes"]
                sources = [Source(document=d, quote=q) for d, q in zip(docs, quotes, strict=True)]
                model = Relationship.create(batch.name, start, end, properties=props, sources=sources)
                assert _rel_row(batch.name, start, end, props, docs[0], quotes) == rel_row(model) == row
                checked += 1
    assert checked > 1000
    unit = next(n for n in nodes.values() if n.label == "Unit")
    council = next(n for n in nodes.values() if n.label == "Council")
    document = next(n for n in nodes.values() if n.label == "Document")
    for rel_type, end, props in [
        ("PART_OF", document, {}),
        ("CHAIRS", council, {"bogus": 1}),
        ("CHAIRS", council, {"from": "2020-13"}),
        ("HOLDS_POSITION", council, {}),
    ]:
        with pytest.raises(SchemaError) as by_model:
            Relationship.create(rel_type, unit, end, properties=props)
        with pytest.raises(SchemaError) as by_row:
            _rel_row(rel_type, unit, end, props, document.id, ["q"])
        assert str(by_row.value) == str(by_model.value)
