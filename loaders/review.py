"""Ingest and review: extracted candidates are staged as proposals in the store, and only
the ones a person accepts become graph facts (with their provenance).

A proposal's id is the id of the node or relationship it proposes, so re-ingesting the
same article stages nothing new, and a rejected fact never reappears.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import DangjianError, UnknownProposalError
from graph.model import GraphData, Node, Relationship, Source
from graph.store import GraphStore
from loaders.extract import Candidates, Gazetteer, extract_file, extract_text

QUERY_DIR = Path(__file__).resolve().parents[1] / "queries" / "proposals"
STATUSES = ("pending", "accepted", "rejected")


def _cypher(name: str) -> str:
    return (QUERY_DIR / f"{name}.cypher").read_text(encoding="utf-8")


@dataclass
class IngestReport:
    documents: list[str]
    staged: int
    already_known: int
    accepted: int


def ingest_files(store: GraphStore, files: list[Path], *, accept: bool = False) -> IngestReport:
    gazetteer = Gazetteer.from_graph(store.fetch_graph())
    candidates = Candidates()
    for path in files:
        candidates.extend(extract_file(path, gazetteer=gazetteer))
    return _stage(store, candidates, accept=accept)


def ingest_text(
    store: GraphStore, text: str, *, name: str, date: str | None = None, accept: bool = False
) -> IngestReport:
    gazetteer = Gazetteer.from_graph(store.fetch_graph())
    candidates = extract_text(text, document_name=name, article_date=date, gazetteer=gazetteer)
    return _stage(store, candidates, accept=accept)


def _stage(store: GraphStore, candidates: Candidates, *, accept: bool) -> IngestReport:
    graph = candidates.to_graph()
    existing = {r["id"] for r in store.run("MATCH (n:Entity) RETURN n.id AS id")}
    docs = {n.id: n for n in graph.nodes if n.label == "Document"}
    rows: list[dict[str, Any]] = []
    for node in graph.nodes:
        if node.label == "Document" or node.id in existing:
            continue
        rows.append(_row("node", node.id, f"{node.label} {node.name}", node, docs))
    names = {n.id: n.name for n in graph.nodes}
    for rel in graph.relationships:
        if rel.type == "MENTIONS":
            continue
        summary = f"{names.get(rel.start, rel.start)} -{rel.type}-> {names.get(rel.end, rel.end)}"
        rows.append(_row("rel", rel.id, summary, rel, docs))
    seen = {r["id"] for r in store.run(_cypher("list"), {"status": None})}
    if rows:
        store.run(_cypher("stage"), {"rows": rows}, write=True)
    new = [r["id"] for r in rows if r["id"] not in seen]
    accepted = review(store, accept=new) if accept else 0
    return IngestReport(
        documents=[d.name for d in docs.values()],
        staged=len(new),
        already_known=len(rows) - len(new),
        accepted=accepted,
    )


def _row(
    kind: str,
    element_id: str,
    summary: str,
    element: Node | Relationship,
    docs: dict[str, Node],
) -> dict[str, Any]:
    source = element.sources[0] if element.sources else None
    document = docs.get(source.document) if source else None
    return {
        "id": element_id,
        "kind": kind,
        "summary": summary,
        "document": document.name if document else "",
        "confidence": 1.0,
        "payload": json.dumps(
            {
                "element": element.model_dump(),
                "document": document.model_dump() if document else None,
            },
            ensure_ascii=False,
        ),
    }


def proposals(store: GraphStore, status: str | None = "pending") -> list[dict[str, Any]]:
    if status is not None and status not in STATUSES:
        raise DangjianError(f"status must be one of {', '.join(STATUSES)}")
    rows = store.run(_cypher("list"), {"status": status})
    return [{k: v for k, v in r.items() if k != "payload"} for r in rows]


def review(store: GraphStore, *, accept: Sequence[str] = (), reject: Sequence[str] = ()) -> int:
    """Accept or reject proposals by id; accepted ones are written as graph facts.

    Accepting a relationship accepts the proposed nodes at its ends too, so the graph never
    holds a relationship to a node that is not there. Returns how many were accepted.
    """
    pending = {r["id"]: r for r in store.run(_cypher("list"), {"status": "pending"})}
    unknown = [i for i in [*accept, *reject] if i not in pending]
    if unknown:
        raise UnknownProposalError(unknown[:5])
    if reject:
        store.run(_cypher("set_status"), {"ids": list(reject), "status": "rejected"}, write=True)
    if not accept:
        return 0
    chosen = {i: json.loads(pending[i]["payload"]) for i in accept}
    for payload in list(chosen.values()):
        element = payload["element"]
        if "type" in element:
            for end in (element["start"], element["end"]):
                if end in pending and end not in chosen:
                    chosen[end] = json.loads(pending[end]["payload"])
    graph = _graph_of(store, chosen.values())
    store.ensure_schema()
    store.write_graph(graph)
    store.run(_cypher("set_status"), {"ids": list(chosen), "status": "accepted"}, write=True)
    return len(chosen)


def _graph_of(store: GraphStore, payloads: Any) -> GraphData:
    docs: dict[str, Node] = {}
    nodes: dict[str, Node] = {}
    rels: list[Relationship] = []
    for payload in payloads:
        if payload["document"]:
            doc = Node.model_validate(payload["document"])
            doc.sources = doc.sources or [Source(document=doc.id, quote=doc.name)]
            docs[doc.id] = doc
        element = payload["element"]
        if "type" in element:
            rels.append(Relationship.model_validate(element))
        else:
            node = Node.model_validate(element)
            nodes[node.id] = node
    known = {r["id"] for r in store.run("MATCH (n:Entity) RETURN n.id AS id")}
    for rel in rels:
        for end in (rel.start, rel.end):
            if end not in nodes and end not in known:
                raise DangjianError(f"{rel.type} {rel.id} points to {end}: not in the graph, not accepted")
    mentions = [
        Relationship.create("MENTIONS", docs[s.document], n, sources=[s])
        for n in nodes.values()
        for s in n.sources[:1]
        if s.document in docs
    ]
    return GraphData(nodes=[*docs.values(), *nodes.values()], relationships=[*rels, *mentions])
