"""One error hierarchy for the product.

Library code raises these; the CLI and the API turn them into user messages.
"""

from __future__ import annotations


class DangjianError(Exception):
    """Root of every error the product reports to a user."""


class SchemaError(DangjianError):
    """A node or relationship does not fit the schema in graph/schema.py."""


class DataFileError(DangjianError):
    """A data file cannot be loaded; names the file, the line and the field."""

    def __init__(self, file: str, line: int | None, field: str | None, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        where = file if line is None else f"{file}:{line}"
        what = f" [{field}]" if field else ""
        super().__init__(f"{where}{what}: {message}")


class StoreError(DangjianError):
    """The store failed to do what was asked."""


class StoreUnavailableError(StoreError):
    """The store cannot be reached right now; the caller may retry later."""


class NotFoundError(DangjianError):
    """A reference (id, name or alias) matches no node."""

    def __init__(self, ref: str, suggestions: list[str] | None = None) -> None:
        self.ref = ref
        self.suggestions = suggestions or []
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"No node matches {ref!r}.{hint}")


class UnknownProposalError(NotFoundError):
    """A review names a proposal that is not pending."""

    def __init__(self, ids: list[str]) -> None:
        self.ref = ", ".join(ids)
        self.suggestions = []
        DangjianError.__init__(self, f"no pending proposal with id {self.ref}")


class QueryError(DangjianError):
    """A named query is unknown or was called with bad parameters."""


class PosterError(DangjianError):
    """A poster cannot be drawn as asked (format, paper size, too much to fit)."""
