"""Helpers the routes share: pagination, reference resolution, date checks."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query

from graph import schema
from graph.errors import QueryError
from graph.store import GraphStore
from queries.runner import resolve_ref

T = TypeVar("T")

DATE_PATTERN = schema.DATE_RE.pattern  # the same rule as the data files
# Names and references are one line of printable text (as the schema requires of names).
TEXT = {"pattern": r"^[^\x00-\x1f\x7f]+$", "min_length": 1, "max_length": 200}


class Page:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=1000, description="Rows per page.")] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset

    def of(self, rows: list[T]) -> list[T]:
        return rows[self.offset : self.offset + self.limit]


PageDep = Annotated[Page, Depends()]

# Labels as an enum, so that the schema documents them and FastAPI checks them.
Label = StrEnum("Label", {label: label for label in schema.LABELS})  # type: ignore[misc]
AsOf = Annotated[
    str | None,
    Query(
        description="Only facts valid on this date (YYYY-MM-DD).",
        pattern=DATE_PATTERN,
        examples=["2020-06-30"],
    ),
]


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return str(schema.check_value("as_of", "date", value))
    except schema.SchemaError as exc:
        raise QueryError(str(exc)) from None


def resolve(store: GraphStore, ref: str, *labels: str) -> dict[str, Any]:
    """The node a path or query parameter names (id, canonical name or alias)."""
    return resolve_ref(store, ref, tuple(labels))
