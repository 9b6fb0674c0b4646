"""The candidate graph an article proposes, for a person to accept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.model import GraphData, Node, Relationship, Source


@dataclass(slots=True)
class Evidence:
    """The sentence a fact rests on: text[start:end] == quote."""

    document: str
    start: int
    end: int
    quote: str

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(slots=True)
class CandidateNode:
    label: str
    name: str
    aliases: list[str]
    properties: dict[str, Any]
    source: Evidence
    confidence: float
    linked: bool = False

    def node(self) -> Node:
        return Node.create(
            self.label,
            self.name,
            aliases=self.aliases,
            properties=self.properties,
            sources=[Source(document=self.source.document, quote=self.source.quote)],
        )


@dataclass(slots=True)
class CandidateRel:
    type: str
    start: CandidateNode
    end: CandidateNode
    properties: dict[str, Any]
    source: Evidence
    confidence: float

    def relationship(self) -> Relationship:
        return Relationship.create(
            self.type,
            self.start.node(),
            self.end.node(),
            properties=self.properties,
            sources=[Source(document=self.source.document, quote=self.source.quote)],
        )


@dataclass
class DocumentInfo:
    title: str
    file: str
    date: str | None

    def node(self) -> Node:
        props: dict[str, Any] = {"file": self.file}
        if self.date:
            props["date"] = self.date
        return Node.create("Document", self.title, properties=props)


@dataclass
class Candidates:
    documents: list[DocumentInfo] = field(default_factory=list)
    nodes: list[CandidateNode] = field(default_factory=list)
    relationships: list[CandidateRel] = field(default_factory=list)

    def extend(self, other: Candidates) -> None:
        self.documents.extend(other.documents)
        self.nodes.extend(other.nodes)
        self.relationships.extend(other.relationships)

    def to_json(self) -> dict[str, Any]:
        docs = []
        for d in self.documents:
            node = d.node()
            docs.append({"id": node.id, "name": d.title, "title": d.title, "file": d.file, "date": d.date})
        nodes = []
        for c in self.nodes:
            n = c.node()
            nodes.append(
                {
                    "id": n.id,
                    "label": n.label,
                    "name": n.name,
                    "aliases": n.aliases,
                    "properties": n.properties,
                    "source": c.source.as_dict(),
                    "confidence": round(c.confidence, 2),
                    "linked": c.linked,
                }
            )
        rels = []
        for r in self.relationships:
            rel = r.relationship()
            rels.append(
                {
                    "id": rel.id,
                    "type": rel.type,
                    "start": rel.start,
                    "end": rel.end,
                    "properties": rel.properties,
                    "source": r.source.as_dict(),
                    "confidence": round(r.confidence, 2),
                }
            )
        return {"documents": docs, "nodes": nodes, "relationships": rels}

    def to_graph(self) -> GraphData:
        """Nodes and relationships as the graph model, plus the Document and its MENTIONS,
        as the curated loader builds them, so an accepted candidate merges by id."""
        docs = {d.file: d.node() for d in self.documents}
        by_doc = {n.id: n for n in docs.values()}
        nodes: dict[str, Node] = {}
        for c in self.nodes:
            n = c.node()
            if n.id in nodes:
                nodes[n.id].sources.extend(s for s in n.sources if s not in nodes[n.id].sources)
            else:
                nodes[n.id] = n
        rels: dict[str, Relationship] = {}
        for r in self.relationships:
            rel = r.relationship()
            rels.setdefault(rel.id, rel)
        mentions = []
        seen: set[tuple[str, str]] = set()
        for n in nodes.values():
            for s in n.sources:
                if s.document in by_doc and (s.document, n.id) not in seen:
                    seen.add((s.document, n.id))
                    mentions.append(Relationship.create("MENTIONS", by_doc[s.document], n, sources=[s]))
        return GraphData(nodes=[*docs.values(), *nodes.values()], relationships=[*rels.values(), *mentions])

    def rows(self) -> list[dict[str, Any]]:
        """One row per node and relationship, for a table."""
        out: list[dict[str, Any]] = []
        for c in self.nodes:
            out.append(
                {
                    "kind": "node",
                    "what": c.label,
                    "name": c.name,
                    "to": "",
                    "confidence": round(c.confidence, 2),
                    "linked": "yes" if c.linked else "",
                    "quote": c.source.quote,
                }
            )
        for r in self.relationships:
            out.append(
                {
                    "kind": "relationship",
                    "what": r.type,
                    "name": r.start.name,
                    "to": r.end.name,
                    "confidence": round(r.confidence, 2),
                    "linked": "",
                    "quote": r.source.quote,
                }
            )
        return out
