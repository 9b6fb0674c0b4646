"""The one graph model: what loaders produce, stores write, maps draw and the API returns."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from pydantic import BaseModel, Field

from graph import schema
from graph.ids import node_id, normalise_name, rel_id


class Source(BaseModel):
    """Where a fact comes from: a document id and the sentence quoted from it."""

    document: str
    quote: str


class Node(BaseModel):
    id: str
    label: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)

    @classmethod
    def create(
        cls,
        label: str,
        name: str,
        *,
        aliases: Iterable[str] = (),
        properties: dict[str, Any] | None = None,
        sources: Iterable[Source] = (),
    ) -> Node:
        """Build a node checked against the schema, with its id derived from label and name."""
        spec = schema.node_spec(label)
        canonical = normalise_name(name) if isinstance(name, str) else ""
        if not canonical:
            raise schema.SchemaError(f"{label} node has an empty name")
        schema.check_name(canonical)
        props = schema.check_props(f"{label} {canonical!r}", spec, properties or {})
        names = [normalise_name(a) for a in aliases if normalise_name(a)]
        for alias in names:
            schema.check_name(alias)
        return cls(
            id=node_id(label, canonical),
            label=label,
            name=canonical,
            aliases=sorted(set(names) - {canonical}),
            properties=props,
            sources=list(sources),
        )

    def record(self) -> dict[str, Any]:
        """Flat property map as stored: lists of document ids and quotes side by side."""
        return {
            **self.properties,
            "id": self.id,
            "label": self.label,  # a property too, so portable Cypher can read it as n.label
            "name": self.name,
            "aliases": self.aliases,
            "src_docs": [s.document for s in self.sources],
            "src_quotes": [s.quote for s in self.sources],
        }


class Relationship(BaseModel):
    id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any] = Field(default_factory=dict)
    sources: list[Source] = Field(default_factory=list)

    @classmethod
    def create(
        cls,
        rel_type: str,
        start: NodeRef,
        end: NodeRef,
        *,
        properties: dict[str, Any] | None = None,
        sources: Iterable[Source] = (),
    ) -> Relationship:
        """Build a relationship checked against the schema (types of both ends included)."""
        rid, props = check_relationship(rel_type, start, end, properties or {})
        return cls(
            id=rid,
            type=rel_type,
            start=start.id,
            end=end.id,
            properties=props,
            sources=list(sources),
        )

    def record(self) -> dict[str, Any]:
        return rel_record(
            self.id, self.properties, [s.document for s in self.sources], [s.quote for s in self.sources]
        )


class NodeRef(Protocol):
    """What a relationship needs of its ends: a Node, or anything as light with these fields."""

    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def name(self) -> str: ...


def check_relationship(
    rel_type: str, start: NodeRef, end: NodeRef, properties: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The id and checked properties of a relationship, or SchemaError.

    The one place a relationship is validated: `Relationship.create` and the bulk loader's
    fast path (which builds write rows without models) both call it.
    """
    spec = schema.rel_spec(rel_type)

    def where() -> str:
        return f"{rel_type} {start.name!r} -> {end.name!r}"

    if start.label not in spec.starts:
        raise schema.SchemaError(
            f"{where()}: a {rel_type} cannot start at a {start.label}; allowed: {', '.join(spec.starts)}"
        )
    if end.label not in spec.ends:
        raise schema.SchemaError(
            f"{where()}: a {rel_type} cannot end at a {end.label}; allowed: {', '.join(spec.ends)}"
        )
    props = schema.check_props(where, spec, properties) if properties or spec.required else {}
    key = tuple(props.get(k, "") for k in spec.key)
    return rel_id(rel_type, start.id, end.id, key), props


def rel_record(rid: str, properties: dict[str, Any], docs: list[str], quotes: list[str]) -> dict[str, Any]:
    """A relationship's stored property map: its properties, id and provenance side by side."""
    return {**properties, "id": rid, "src_docs": docs, "src_quotes": quotes}


class GraphData(BaseModel):
    """A whole graph or a piece of one, as plain data."""

    nodes: list[Node] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)

    def node_index(self) -> dict[str, Node]:
        return {n.id: n for n in self.nodes}

    def by_label(self) -> dict[str, list[Node]]:
        out: dict[str, list[Node]] = {}
        for n in self.nodes:
            out.setdefault(n.label, []).append(n)
        return out

    def by_type(self) -> dict[str, list[Relationship]]:
        out: dict[str, list[Relationship]] = {}
        for r in self.relationships:
            out.setdefault(r.type, []).append(r)
        return out

    def iter_sources(self) -> Iterator[tuple[str, Source]]:
        """Every (element id, source) pair, nodes first."""
        for n in self.nodes:
            for s in n.sources:
                yield n.id, s
        for r in self.relationships:
            for s in r.sources:
                yield r.id, s


def node_from_record(label: str, record: dict[str, Any]) -> Node:
    """Rebuild a Node from a stored property map (the inverse of Node.record)."""
    props = {k: v for k, v in record.items() if k not in schema.RESERVED_PROPS}
    docs = record.get("src_docs") or []
    quotes = record.get("src_quotes") or []
    return Node(
        id=record["id"],
        label=label,
        name=record["name"],
        aliases=list(record.get("aliases") or []),
        properties=props,
        sources=[Source(document=d, quote=q) for d, q in zip(docs, quotes, strict=False)],
    )


def rel_from_record(rel_type: str, start: str, end: str, record: dict[str, Any]) -> Relationship:
    props = {k: v for k, v in record.items() if k not in schema.RESERVED_PROPS}
    docs = record.get("src_docs") or []
    quotes = record.get("src_quotes") or []
    return Relationship(
        id=record["id"],
        type=rel_type,
        start=start,
        end=end,
        properties=props,
        sources=[Source(document=d, quote=q) for d, q in zip(docs, quotes, strict=False)],
    )
