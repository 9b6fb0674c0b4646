"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and whether a fact holds as of a date.

The page's JavaScript applies the same rules (static/map.js, `activeAsOf`); keep them in step.
"""

from __future__ import annotations

from typing import Any

from graph.model import Node, Relationship


def as_text(value: Any) -> str | None:
    """A date-like property as an ISO string, or None (years may be stored as ints)."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def _cmp(a: str, b: str) -> int:
    """Compare two partial dates at their common precision: '2018' equals '2018-06'."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def started_by(start: str | None, as_of: str) -> bool:
    # A start in the same period as as_of counts as started: the articles are vague.
    return start is None or _cmp(start, as_of) <= 0


def not_ended(end: str | None, as_of: str) -> bool:
    return end is None or _cmp(end, as_of) >= 0


def rel_start(rel: Relationship) -> str | None:
    props = rel.properties
    for key in ("from", "date", "year"):
        text = as_text(props.get(key))
        if text:
            return text
    return None


def rel_active(rel: Relationship, as_of: str) -> bool:
    return started_by(rel_start(rel), as_of) and not_ended(as_text(rel.properties.get("to")), as_of)


def node_start(node: Node) -> str | None:
    """Events and projects carry their own date or year; other nodes have none."""
    return as_text(node.properties.get("date")) or as_text(node.properties.get("year"))


def node_active(node: Node, as_of: str) -> bool:
    return started_by(node_start(node), as_of)
