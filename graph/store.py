"""The GraphStore interface: what every backend does, and the Cypher they share."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph import schema
from graph.model import GraphData, Relationship, node_from_record, rel_from_record

ENTITY = "Entity"  # every node carries it besides its own label, so one index finds any id

Progress = Callable[[int], None]  # told how many rows were just written


@dataclass
class WriteResult:
    nodes: int = 0
    relationships: int = 0

    def add(self, batch: Batch) -> None:
        if batch.kind == "node":
            self.nodes += len(batch.rows)
        else:
            self.relationships += len(batch.rows)


@dataclass
class Counts:
    nodes: int = 0
    relationships: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)


def batched(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def node_merge_cypher(label: str) -> str:
    """MERGE a batch of nodes of one label. The label comes from the schema, never from input."""
    schema.node_spec(label)
    return f"UNWIND $rows AS row MERGE (n:{ENTITY}:{label} {{id: row.id}}) SET n = row"


def rel_merge_cypher(rel_type: str) -> str:
    """MERGE a batch of relationships of one type between nodes found by id."""
    schema.rel_spec(rel_type)
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{ENTITY} {{id: row.start}}) MATCH (b:{ENTITY} {{id: row.end}}) "
        f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b) SET r = row.props"
    )


@dataclass
class Batch:
    """Rows of one label (kind "node") or one relationship type (kind "rel"), ready to write.

    Node rows are stored property maps (`Node.record()`); relationship rows are
    `{"id", "start", "end", "props"}`. Loaders that stream large files produce these
    directly, without building a GraphData.
    """

    kind: str
    name: str
    rows: list[dict[str, Any]]

    def cypher(self) -> str:
        return node_merge_cypher(self.name) if self.kind == "node" else rel_merge_cypher(self.name)


def graph_batches(graph: GraphData, batch_size: int) -> Iterator[Batch]:
    """A graph as write batches: nodes by label first, then relationships by type."""
    for label, nodes in sorted(graph.by_label().items()):
        for chunk in batched(nodes, batch_size):
            yield Batch("node", label, [n.record() for n in chunk])
    for rel_type, rels in sorted(graph.by_type().items()):
        for chunk in batched(rels, batch_size):
            yield Batch("rel", rel_type, [rel_row(r) for r in chunk])


def rel_row(rel: Relationship) -> dict[str, Any]:
    return rel_write_row(rel.id, rel.start, rel.end, rel.record())


def rel_write_row(rid: str, start: str, end: str, record: dict[str, Any]) -> dict[str, Any]:
    """A relationship row as `rel_merge_cypher` reads it (`record` as `Relationship.record()`)."""
    return {"id": rid, "start": start, "end": end, "props": record}


COUNT_LABELS = f"MATCH (n:{ENTITY}) UNWIND labels(n) AS label RETURN label, count(*) AS n"
COUNT_TYPES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"
FETCH_NODES = f"MATCH (n:{ENTITY}) RETURN labels(n) AS labels, properties(n) AS props"
FETCH_RELS = (
    f"MATCH (a:{ENTITY})-[r]->(b:{ENTITY}) "
    "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"
)


class GraphStore(ABC):
    """One graph database behind one interface. Backends: falkordb_store, neo4j_store."""

    kind: str

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the indexes and constraints the product relies on (idempotent)."""

    def write_graph(
        self, graph: GraphData, batch_size: int = 1000, progress: Progress | None = None
    ) -> WriteResult:
        """Write the whole graph in one transaction: all of it lands, or none of it."""
        return self.write_batches(graph_batches(graph, batch_size), progress)

    @abstractmethod
    def write_batches(self, batches: Iterable[Batch], progress: Progress | None = None) -> WriteResult:
        """Write batches in one transaction: all of them land, or none."""

    @abstractmethod
    def run(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_s: float | None = None,
    ) -> list[dict[str, Any]]:
        """Run one parameterised query and return its rows as plain dicts."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship."""

    @abstractmethod
    def ping(self) -> bool:
        """True when the store answers."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def counts(self) -> Counts:
        labels = {r["label"]: r["n"] for r in self.run(COUNT_LABELS)}
        types = {r["type"]: r["n"] for r in self.run(COUNT_TYPES)}
        return Counts(
            nodes=labels.pop(ENTITY, 0),
            relationships=sum(types.values()),
            labels=dict(sorted(labels.items())),
            types=dict(sorted(types.items())),
        )

    def fetch_graph(self) -> GraphData:
        """The whole graph as plain data (for maps and exports)."""
        nodes = [node_from_record(_own_label(r["labels"]), r["props"]) for r in self.run(FETCH_NODES)]
        rels = [rel_from_record(r["type"], r["start"], r["end"], r["props"]) for r in self.run(FETCH_RELS)]
        nodes.sort(key=lambda n: n.id)
        rels.sort(key=lambda r: r.id)
        return GraphData(nodes=nodes, relationships=rels)


def _own_label(labels: list[str]) -> str:
    return next(label for label in labels if label != ENTITY)
