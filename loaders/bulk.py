"""Loading large datasets in the CSV format without holding them in memory.

The same files `loaders.datafiles` reads, with one rule more: each node is declared once,
with its canonical name and its aliases (no merging of declarations across files). One
streaming pass: each row is checked (schema, references, quotes) and goes to the store in
a batch as soon as its batch is full, inside one transaction, so the store writes while
this process reads on. A bad row anywhere raises before the commit, and the transaction is
rolled back (Neo4j) or its queue dropped (FalkorDB's MULTI): nothing is written. What is
kept is an index of names (one entry per node and alias) and the Document -MENTIONS-> node
rows, spilled to a temporary file and sent last. The graph is the one `load_dataset`
builds from the same files.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from graph.errors import DataFileError, SchemaError
from graph.ids import normalise_name
from graph.model import Node, NodeRef, check_relationship, rel_record
from graph.store import Batch, GraphStore, Progress, WriteResult, rel_write_row
from loaders.datafiles import _Collected, _NodeDecl, _read_yaml, _RelDecl, iter_csv
from loaders.gc_relaxed import gc_relaxed

_Ref = tuple[str, str]  # (label, normalised name)


def load_bulk(
    store: GraphStore, data_dir: Path, *, batch_size: int = 5000, progress: Progress | None = None
) -> WriteResult:
    """Check and write a dataset folder (facts/ + corpus/) of any size, all or nothing."""
    with _Plan(data_dir) as plan, gc_relaxed():
        store.ensure_schema()
        return store.write_batches(plan.stream(batch_size), progress)


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
        self.index: dict[_Ref, _End] = {}  # one _End per node, under its name and each alias
        self.refs: dict[str, _End] = {}  # "Label:name" as written → its node (rows repeat them)
        # The mentions, on disk until every other row is sent (deleted when closed).
        self.mentions: IO[bytes] = tempfile.TemporaryFile(prefix="dangjian-bulk-")  # noqa: SIM115 - closed by __exit__

    def __enter__(self) -> _Plan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.mentions.close()

    def stream(self, batch_size: int = 5000) -> Iterator[Batch]:
        """Every checked row in batches: documents, nodes, relationships, then the mentions.
        Raises DataFileError (file, line, field) at the first bad row."""
        yield Batch("node", "Document", [d.node.record() for d in self.collected.documents.values()])
        documents = {d.node.id: d.node for d in self.collected.documents.values()}
        nodes = _Batcher(batch_size)
        mentions = _Batcher(batch_size)
        for decl in self._node_decls():
            node = _node(decl)
            end = _End(node.id, node.label, node.name)
            for name in (node.name, *node.aliases):
                known = self.index.get((node.label, name))
                if known is not None and known.id != node.id:
                    raise decl.where.error("name", f"{name!r} names two {node.label} nodes")
                if known is not None and name == node.name:
                    raise decl.where.error("name", f"{node.label} {name!r} is declared twice")
                self.index[(node.label, name)] = end
            yield from nodes.add("node", node.label, node.record())
            # Document -MENTIONS-> node, quoting the node's sentence (as load_dataset does);
            # sent last, when every node it points at has been written.
            mention = _rel_row("MENTIONS", documents[decl.document], end, {}, decl.document, decl.quotes[:1])
            for batch in mentions.add("rel", "MENTIONS", mention):
                pickle.dump(batch, self.mentions, protocol=pickle.HIGHEST_PROTOCOL)
        yield from nodes.flush()  # every node before the first relationship
        rels = _Batcher(batch_size)
        for decl in self._rel_decls():
            yield from rels.add("rel", decl.type, self._relationship(decl))
        yield from rels.flush()
        yield from mentions.flush()
        self.mentions.seek(0)
        while True:
            try:
                yield pickle.load(self.mentions)  # noqa: S301 - our own temporary file
            except EOFError:
                break

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

    def _relationship(self, decl: _RelDecl) -> dict[str, Any]:
        """The write row of a relationship: what rel_row(Relationship.create(...)) gives."""
        start = self._resolve(decl, "start", decl.start)
        end = self._resolve(decl, "end", decl.end)
        try:
            return _rel_row(decl.type, start, end, decl.props, decl.document, decl.quotes)
        except SchemaError as exc:
            raise decl.where.error(None, str(exc)) from None

    def _resolve(self, decl: _RelDecl, field: str, ref: str) -> _End:
        known = self.refs.get(ref)
        if known is not None:
            return known
        label, sep, name = ref.partition(":")
        found = self.index.get((label, normalise_name(name))) if sep else None
        if found is None:
            raise decl.where.error(field, f"no {label} named {name!r}: declare it in a nodes file")
        self.refs[ref] = found
        return found


def _rel_row(
    rel_type: str, start: NodeRef, end: NodeRef, props: dict[str, Any], document: str, quotes: list[str]
) -> dict[str, Any]:
    """A checked relationship's write row, built without pydantic models (a million rows cost
    seconds of model construction): the same checks as Relationship.create, by the same function."""
    rid, checked = check_relationship(rel_type, start, end, props)
    return rel_write_row(rid, start.id, end.id, rel_record(rid, checked, [document] * len(quotes), quotes))


class _End(NamedTuple):
    """What a relationship reads of a node (id, label, name): far cheaper than a Node (and a
    tuple of strings, which the garbage collector stops tracking)."""

    id: str
    label: str
    name: str


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


class _Batcher:
    """Groups rows by label or type; `add` gives back a batch when one is full."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.pending: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def add(self, kind: str, name: str, row: dict[str, Any]) -> list[Batch]:
        rows = self.pending.setdefault((kind, name), [])
        rows.append(row)
        if len(rows) < self.size:
            return []
        self.pending[(kind, name)] = []
        return [Batch(kind, name, rows)]

    def flush(self) -> list[Batch]:
        full = [Batch(kind, name, rows) for (kind, name), rows in self.pending.items() if rows]
        self.pending = {}
        return full
