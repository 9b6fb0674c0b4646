"""Loading large datasets in the CSV format without holding them in memory.

The same files `loaders.datafiles` reads, with one rule more: each node is declared once,
with its canonical name and its aliases (no merging of declarations across files). Two
streaming passes: the first checks every row (schema, references, quotes) and keeps only
the ids; the second writes, in one transaction, so a bad row anywhere writes nothing.
The graph is the one `load_dataset` builds from the same files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

from graph.errors import DataFileError, SchemaError
from graph.ids import normalise_name
from graph.model import Node, Relationship
from graph.store import Batch, GraphStore, Progress, WriteResult, rel_row
from loaders.datafiles import _Collected, _NodeDecl, _read_yaml, _RelDecl, iter_csv

_Ref = tuple[str, str]  # (label, normalised name)


def load_bulk(
    store: GraphStore, data_dir: Path, *, batch_size: int = 5000, progress: Progress | None = None
) -> WriteResult:
    """Check, then write, a dataset folder (facts/ + corpus/) of any size."""
    plan = _Plan(data_dir)
    plan.check()
    store.ensure_schema()
    return store.write_batches(plan.batches(batch_size), progress)


class _Plan:
    def __init__(self, data_dir: Path) -> None:
        facts = data_dir / "facts"
        if not facts.is_dir():
            raise DataFileError(str(facts), None, None, "no such folder of data files")
        self.corpus = data_dir / "corpus"
        self.yaml_files = sorted(p for p in facts.iterdir() if p.suffix in {".yaml", ".yml"})
        csv_files = sorted(p for p in facts.iterdir() if p.suffix == ".csv")
        self.collected = _Collected()
        for path in self.yaml_files:
            _read_yaml(path, self.corpus, self.collected)
        self.node_files = [p for p in csv_files if _is_node_file(p)]
        self.rel_files = [p for p in csv_files if p not in self.node_files]
        self.index: dict[_Ref, tuple[str, str]] = {}  # → (id, label)

    # --- pass 1: check everything, keep only ids ----------------------------------------

    def check(self) -> None:
        for decl in self._node_decls():
            node = _node(decl)
            for name in (node.name, *node.aliases):
                known = self.index.get((node.label, name))
                if known is not None and known[0] != node.id:
                    raise decl.where.error("name", f"{name!r} names two {node.label} nodes")
                if known is not None and name == node.name:
                    raise decl.where.error("name", f"{node.label} {name!r} is declared twice")
                self.index[(node.label, name)] = (node.id, node.label)
        for decl in self._rel_decls():
            self._relationship(decl)

    # --- pass 2: the write, as a stream of batches -------------------------------------

    def batches(self, size: int) -> Iterator[Batch]:
        documents = [d.node for d in self.collected.documents.values()]
        yield Batch("node", "Document", [d.record() for d in documents])
        pending: dict[str, list[dict[str, Any]]] = {}
        for decl in self._node_decls():
            node = _node(decl)
            rows = pending.setdefault(node.label, [])
            rows.append(node.record())
            if len(rows) >= size:
                yield Batch("node", node.label, rows)
                pending[node.label] = []
        yield from (Batch("node", label, rows) for label, rows in pending.items() if rows)
        pending = {}
        for decl in self._rel_decls():
            rel = self._relationship(decl)
            rows = pending.setdefault(rel.type, [])
            rows.append(rel_row(rel))
            if len(rows) >= size:
                yield Batch("rel", rel.type, rows)
                pending[rel.type] = []
        yield from (Batch("rel", rel_type, rows) for rel_type, rows in pending.items() if rows)
        yield from self._mentions(size, {d.id: d for d in documents})

    def _mentions(self, size: int, documents: dict[str, Node]) -> Iterator[Batch]:
        """Document -MENTIONS-> every node, quoting the node's sentence (as load_dataset does)."""
        rows: list[dict[str, Any]] = []
        for decl in self._node_decls():
            node = _node(decl)
            source = node.sources[0]
            mention = Relationship.create("MENTIONS", documents[source.document], node, sources=[source])
            rows.append(rel_row(mention))
            if len(rows) >= size:
                yield Batch("rel", "MENTIONS", rows)
                rows = []
        if rows:
            yield Batch("rel", "MENTIONS", rows)

    # --- helpers ------------------------------------------------------------------------

    def _node_decls(self) -> Iterator[_NodeDecl]:
        yield from self.collected.nodes
        for path in self.node_files:
            for decl in iter_csv(path, self.collected.documents):
                assert isinstance(decl, _NodeDecl)
                yield decl

    def _rel_decls(self) -> Iterator[_RelDecl]:
        yield from self.collected.rels
        for path in self.rel_files:
            for decl in iter_csv(path, self.collected.documents):
                assert isinstance(decl, _RelDecl)
                yield decl

    def _relationship(self, decl: _RelDecl) -> Relationship:
        ends = [self._resolve(decl, field, ref) for field, ref in (("start", decl.start), ("end", decl.end))]
        try:
            return Relationship.create(decl.type, *ends, properties=decl.props, sources=decl.sources)
        except SchemaError as exc:
            raise decl.where.error(None, str(exc)) from None

    def _resolve(self, decl: _RelDecl, field: str, ref: str) -> Node:
        label, sep, name = ref.partition(":")
        found = self.index.get((label, normalise_name(name))) if sep else None
        if found is None:
            raise decl.where.error(field, f"no {label} named {name!r}: declare it in a nodes file")
        return cast(Node, _End(found[0], found[1], name))


class _End:
    """What Relationship.create reads of a node (id, label, name): far cheaper than a Node."""

    __slots__ = ("id", "label", "name")

    def __init__(self, node_id: str, label: str, name: str) -> None:
        self.id, self.label, self.name = node_id, label, name


def _node(decl: _NodeDecl) -> Node:
    try:
        return Node.create(
            decl.label, decl.name, aliases=decl.aliases, properties=decl.props, sources=decl.sources
        )
    except SchemaError as exc:
        raise decl.where.error(None, str(exc)) from None


def _is_node_file(path: Path) -> bool:
    with path.open("rb") as f:
        header = f.readline().decode("utf-8", errors="replace").lstrip("\ufeff")
    return "label" in header.strip().split(",")
