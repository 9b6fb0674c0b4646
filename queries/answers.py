"""Answers built from named queries: the shapes the API returns and the CLI prints.

Each function takes a store and already-resolved node ids and returns plain data.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.schema import RESERVED_PROPS
from graph.store import GraphStore
from queries import get_query

COVERAGE_VIA = ("located", "member", "station")


def _run(store: GraphStore, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    query = get_query(name)
    full = {p.name: None for p in query.params} | params
    return store.run(query.cypher_for(store.kind), full)


def documents(store: GraphStore) -> dict[str, dict[str, Any]]:
    """Document id → {title, file, date}: how sources are shown to people."""
    rows = store.run("MATCH (d:Document) RETURN d.id AS id, d.name AS title, d.file AS file, d.date AS date")
    return {r["id"]: {"title": r["title"], "file": r["file"], "date": r["date"]} for r in rows}


def source(doc_id: str | None, quote: str | None, docs: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    if doc_id is None:
        return None
    doc = docs.get(doc_id, {})
    return {"document": doc_id, "title": doc.get("title"), "file": doc.get("file"), "quote": quote}


def node(store: GraphStore, node_id: str, docs: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """A node with its properties and every source it rests on."""
    rows = _run(store, "node", {"ref": node_id})
    props = rows[0]["node"]
    if docs is None:  # only the titles of this node's own sources
        docs = {d["id"]: d for d in rows[0]["documents"]}
    sources = [
        source(d, q, docs)
        for d, q in zip(props.get("src_docs") or [], props.get("src_quotes") or [], strict=False)
    ]
    return {
        "id": props["id"],
        "label": props.get("label"),
        "name": props["name"],
        "aliases": list(props.get("aliases") or []),
        "properties": {k: v for k, v in sorted(props.items()) if k not in RESERVED_PROPS},
        "sources": sources,
    }


def ref_of(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    return {"id": row[f"{prefix}id"], "name": row[f"{prefix}name"], "label": row[f"{prefix}label"]}


def area_coverage(
    store: GraphStore,
    area_id: str,
    *,
    as_of: str | None = None,
    via: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """One page of the units that cover an area, each with every way it does and the source
    of each, and the number of such units. Grouping, ranking and paging happen in the store:
    a district's answer holds tens of thousands of links, a page a hundred units."""
    params = {"area": area_id, "as_of": as_of, "via": via, "offset": offset, "limit": limit}
    rows = _run(store, "area_coverage", params)
    total = rows[0]["total"] if rows else 0
    units: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["id"] is None:  # the page is past the end: only the total
            continue
        unit = units.setdefault(r["id"], {**ref_of(r), "via": []})
        doc = {r["document"]: {"title": r["title"], "file": r["file"]}} if r["document"] else {}
        unit["via"].append(
            {
                "kind": r["via"],
                "relation": r["relation"],
                "through": ref_of(r, "through_"),
                "source": source(r["document"], r["quote"], doc),
            }
        )
    return list(units.values()), total


def area_units(
    store: GraphStore,
    area_id: str,
    *,
    as_of: str | None = None,
    via: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> dict[str, Any]:
    """`GET /areas/{ref}/units`: the area with its sources, one page of covering units, the total."""
    units, total = area_coverage(store, area_id, as_of=as_of, via=via, offset=offset, limit=limit)
    return {"area": node(store, area_id), "units": units, "total": total}


def body_members(store: GraphStore, body_id: str, *, as_of: str | None = None) -> dict[str, Any]:
    """Members of a body as of a date, its stated size beside the number known, and its chair."""
    docs = documents(store)
    body = node(store, body_id, docs)
    members = [
        {
            **ref_of(r),
            "role": r["role"],
            "from": r["from"],
            "to": r["to"],
            "source": source(r["document"], r["quote"], docs),
        }
        for r in _run(store, "body_members", {"body": body_id, "as_of": as_of})
    ]
    return {
        "body": body,
        "as_of": as_of,
        "stated_members": body["properties"].get("stated_members"),
        "stated_members_text": body["properties"].get("stated_members_text"),
        "known_members": len(members),
        "members": members,
        "chair": body_chairs(store, body_id, as_of=as_of, docs=docs) if as_of else [],
        "chair_history": body_chairs(store, body_id, docs=docs),
    }


def body_chairs(
    store: GraphStore,
    body_id: str,
    *,
    as_of: str | None = None,
    docs: dict[str, dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    docs = docs if docs is not None else documents(store)
    return [
        {
            **ref_of(r),
            "role": r["role"],
            "from": r["from"],
            "to": r["to"],
            "source": source(r["document"], r["quote"], docs),
        }
        for r in _run(store, "body_chairs", {"body": body_id, "as_of": as_of})
    ]


# How a unit's relationships are grouped in its profile: (type, direction) → section.
_PROFILE_SECTIONS = {
    ("MEMBER_OF", "out"): "memberships",
    ("MEMBER_OF", "in"): "members",
    ("CHAIRS", "out"): "chairs",
    ("CLAIMED", "out"): "projects",
    ("SIGNED_AGREEMENT", "out"): "agreements",
    ("SIGNED_AGREEMENT", "in"): "agreements",
    ("PAIRED_WITH", "out"): "pairings",
    ("PAIRED_WITH", "in"): "pairings",
    ("RUNS", "out"): "stations",
    ("HOLDS_POSITION", "in"): "people",
    ("PART_OF", "out"): "part_of",
    ("PART_OF", "in"): "parts",
    ("LOCATED_IN", "out"): "located_in",
    ("AWARDED", "out"): "awards",
}
PROFILE_SECTIONS = tuple(dict.fromkeys([*_PROFILE_SECTIONS.values(), "other"]))


def profile(store: GraphStore, node_id: str) -> dict[str, Any]:
    """A unit's (or any node's) profile: its links grouped by kind, and its sources."""
    docs = documents(store)
    out: dict[str, Any] = {"node": node(store, node_id, docs)}
    sections: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _run(store, "node_relations", {"ref": node_id}):
        props = r["props"]
        section = _PROFILE_SECTIONS.get((r["type"], r["direction"]), "other")
        sections[section].append(
            {
                "type": r["type"],
                "direction": r["direction"],
                "other": ref_of(r),
                "properties": {k: v for k, v in props.items() if k not in RESERVED_PROPS},
                "sources": [
                    source(d, q, docs)
                    for d, q in zip(props.get("src_docs") or [], props.get("src_quotes") or [], strict=False)
                ],
            }
        )
    for name in PROFILE_SECTIONS:
        out[name] = sorted(sections.get(name, []), key=lambda x: (x["type"], x["other"]["name"]))
    out["documents"] = [
        {"id": r["id"], "title": r["title"], "file": r["file"], "date": r["date"], "quote": r["quote"]}
        for r in _run(store, "node_documents", {"ref": node_id})
    ]
    return out


def connection(store: GraphStore, from_id: str, to_id: str) -> dict[str, Any] | None:
    """The shortest chain between two nodes with every hop's source, or None."""
    docs = documents(store)
    rows = _run(store, "shortest_path", {"from": from_id, "to": to_id})
    if not rows:
        return None
    nodes = rows[0]["nodes"]
    hops = [
        {
            "type": h["type"],
            "start": h["start"],
            "end": h["end"],
            "source": source(h["document"], h["quote"], docs),
        }
        for h in rows[0]["hops"]
    ]
    return {"length": len(hops), "nodes": nodes, "hops": hops}


def projects(
    store: GraphStore,
    *,
    year: int | None = None,
    brand: str | None = None,
    claimed_by: str | None = None,
    unclaimed: bool | None = None,
) -> list[dict[str, Any]]:
    docs = documents(store)
    rows = _run(
        store,
        "projects",
        {"year": year, "brand": brand, "claimed_by": claimed_by, "unclaimed": unclaimed},
    )
    return [
        {
            "id": r["id"],
            "name": r["name"],
            "year": r["year"],
            "category": r["category"],
            "brands": r["brands"],
            "claimants": [
                {**ref_of(c), "year": c["year"], "source": source(c["document"], c["quote"], docs)}
                for c in r["claimants"]
            ],
            "source": source(r["document"], r["quote"], docs),
        }
        for r in rows
    ]


def structure(store: GraphStore, root_id: str) -> dict[str, Any]:
    """The structure under a street, council or the district, as a nested tree."""
    root = node(store, root_id)
    rows = _run(store, "structure", {"root": root_id})
    children: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        children[r["parent_id"]].append(r)

    def subtree(node_id: str) -> list[dict[str, Any]]:
        return [
            {
                "id": r["id"],
                "name": r["name"],
                "label": r["label"],
                "level": r["level"],
                "kind": r["kind"],
                "structure": r["structure"],
                "stated_members": r["stated_members"],
                "children": subtree(r["id"]),
            }
            for r in sorted(children.get(node_id, []), key=lambda r: (r["label"], r["name"]))
        ]

    return {
        "id": root["id"],
        "name": root["name"],
        "label": root["label"],
        "structure": root["properties"].get("structure"),
        "children": subtree(root_id),
    }
