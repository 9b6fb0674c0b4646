"""Run named queries against a store: check and convert parameters, resolve references."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

from graph import schema
from graph.errors import NotFoundError, QueryError
from graph.store import GraphStore
from queries import NamedQuery, Param, all_queries, get_query
from queries.analysis import brokers

# Analyses computed in Python on the rows of a named query: name → (query, function).
ANALYSES: dict[str, tuple[str, Callable[[list[dict[str, Any]], int], list[dict[str, Any]]]]] = {
    "brokers": ("membership_projection", brokers),
}


def query_names() -> list[str]:
    return sorted([*all_queries(), *ANALYSES])


def describe(name: str) -> dict[str, Any]:
    """Title, question and parameters of a named query or analysis."""
    if name in ANALYSES:
        source = get_query(ANALYSES[name][0])
        return {
            "name": name,
            "title": "Brokers",
            "answers": "units that link the most otherwise separate councils and alliances "
            f"(networkx betweenness on the projection of {source.name})",
            "params": [{"name": "limit", "type": "int", "optional": True, "description": "rows"}],
            "examples": [f"dangjian query {name} --param limit=10"],
        }
    q = get_query(name)
    return {
        "name": q.name,
        "title": q.title,
        "answers": q.answers,
        "params": [
            {"name": p.name, "type": p.type, "optional": p.optional, "description": p.description}
            for p in q.params
        ],
        "examples": list(q.examples),
    }


def coerce(param: Param, value: Any) -> Any:
    """Convert a parameter given as text (CLI, query string) to its declared type."""
    if value is None or value == "":
        return None
    try:
        if param.type == "int":
            return int(value)
        if param.type == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).lower()
            if text not in {"true", "false", "1", "0", "yes", "no"}:
                raise ValueError(value)
            return text in {"true", "1", "yes"}
        if param.type == "date":
            return schema.check_value(param.name, "date", str(value))
    except (ValueError, schema.SchemaError):
        raise QueryError(f"parameter {param.name!r} must be a {param.type}, got {value!r}") from None
    return str(value)


def resolve_ref(store: GraphStore, ref: str, labels: tuple[str, ...] = ()) -> dict[str, Any]:
    """The node that an id, canonical name or alias names; NotFoundError with suggestions."""
    for name in ("resolve_ref", "resolve_alias"):  # indexed id and name first, then aliases
        rows = store.run(get_query(name).cypher_for(store.kind), {"ref": ref})
        if labels:
            rows = [r for r in rows if r["label"] in labels]
        if rows:
            rows.sort(key=lambda r: (labels.index(r["label"]) if labels else 0, r["label"], r["name"]))
            return rows[0]
    raise NotFoundError(ref, suggest(store, ref, labels))


def suggest(store: GraphStore, ref: str, labels: tuple[str, ...] = (), n: int = 5) -> list[str]:
    """Names close to `ref`: those containing it or a part of it, then the closest spellings."""
    search = get_query("search").cypher_for(store.kind)
    names: list[str] = []
    for part in dict.fromkeys([ref, ref[:4], ref[-4:], ref[:2]]):
        if not part:
            continue
        rows = store.run(search, {"q": part, "label": None})
        names += [r["name"] for r in rows if not labels or r["label"] in labels]
        if len(names) >= n:
            break
    close = difflib.get_close_matches(ref, list(dict.fromkeys(names)), n=n, cutoff=0.0)
    return close[:n]


def bind(store: GraphStore, query: NamedQuery, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Check the given parameters against the header and convert them; refs become ids."""
    known = {p.name for p in query.params}
    unknown = set(raw) - known
    if unknown:
        raise QueryError(
            f"query {query.name!r} has no parameter {', '.join(sorted(unknown))}; "
            f"it takes: {', '.join(sorted(known)) or 'none'}"
        )
    params: dict[str, Any] = {}
    for p in query.params:
        value = coerce(p, raw.get(p.name))
        if value is None and not p.optional:
            raise QueryError(f"query {query.name!r} needs the parameter {p.name!r}")
        if value is not None and p.type == "ref":
            value = resolve_ref(store, value, p.labels)["id"]
        params[p.name] = value
    return params


def run_named(store: GraphStore, name: str, raw: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run a named query or analysis with parameters given as text or values."""
    raw = dict(raw or {})
    if name in ANALYSES:
        source, func = ANALYSES[name]
        limit = raw.pop("limit", None)
        if raw:
            raise QueryError(f"{name!r} takes only the parameter 'limit'")
        limit_value = coerce(Param("limit", "int", True, ""), limit) or 20
        return func(run_named(store, source), limit_value)
    query = get_query(name)
    return store.run(query.cypher_for(store.kind), bind(store, query, raw))
