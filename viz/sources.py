"""Source quotes with the article they come from (title, file, date), for maps to show."""

from __future__ import annotations

from typing import Any

from graph.model import GraphData, Source


def documents(graph: GraphData) -> dict[str, dict[str, str]]:
    """Document id -> title, file and date, from the Document nodes of the full graph."""
    out: dict[str, dict[str, str]] = {}
    for n in graph.nodes:
        if n.label == "Document":
            p = n.properties
            out[n.id] = {
                "title": str(p.get("title") or n.name),
                "file": str(p.get("file") or ""),
                "date": str(p.get("date") or ""),
            }
    return out


def cite(sources: list[Source], docs: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    out = []
    for s in sources:
        doc = docs.get(s.document, {"title": s.document, "file": "", "date": ""})
        out.append({"quote": s.quote, "document": s.document, **doc})
    return out


def used_documents(graph: GraphData, docs: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """The articles the drawn elements rest on, oldest first (for the poster's footnote)."""
    ids = {s.document for _, s in graph.iter_sources()}
    rows = [{"id": i, **docs.get(i, {"title": i, "file": "", "date": ""})} for i in ids]
    return sorted(rows, key=lambda d: (d["date"], d["file"], d["id"]))
