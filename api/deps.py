"""Shared dependencies: the store, the settings, the API key check."""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Request

from dangjian.config import Settings
from graph.errors import StoreUnavailableError
from graph.store import Batch, GraphStore, Progress, WriteResult

log = logging.getLogger(__name__)


class BoundedStore(GraphStore):
    """A store whose every query returns within a deadline, or raises StoreUnavailableError.

    A server that hangs (rather than refusing connections) would otherwise hold a request
    for as long as the socket waits; the query runs in a worker thread that is abandoned
    when the deadline passes, and the caller gets a prompt 503.
    """

    def __init__(self, inner: GraphStore, deadline_s: float, workers: int = 32) -> None:
        self.inner = inner
        self.kind = inner.kind
        self.deadline_s = deadline_s
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="store")

    def run(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        write: bool = False,
        timeout_s: float | None = None,
    ) -> list[dict[str, Any]]:
        future = self._pool.submit(self.inner.run, cypher, params, write=write, timeout_s=timeout_s)
        try:
            return future.result(timeout=self.deadline_s)
        except FutureTimeout:
            raise StoreUnavailableError(f"the store did not answer within {self.deadline_s:.0f} s") from None

    def ensure_schema(self) -> None:
        self.inner.ensure_schema()

    def write_batches(self, batches: Iterable[Batch], progress: Progress | None = None) -> WriteResult:
        return self.inner.write_batches(batches, progress)

    def clear(self) -> None:
        self.inner.clear()

    def ping(self) -> bool:
        future = self._pool.submit(self.inner.ping)
        try:
            return future.result(timeout=self.deadline_s)
        except FutureTimeout:
            return False

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.inner.close()


class StoreProvider:
    """Opens the store on first use and again after it went away, so the API recovers by
    itself when the store returns (and restarts the embedded store if it died)."""

    def __init__(self, settings: Settings, store: GraphStore | None = None) -> None:
        self.settings = settings
        self._deadline_s = settings.query_timeout_s + settings.connect_timeout_s
        self._store: GraphStore | None = BoundedStore(store, self._deadline_s) if store else None
        self._owned = store is None  # a store handed in is closed by whoever opened it
        self._lock = threading.Lock()
        self._suspect = False

    def get(self) -> GraphStore:
        with self._lock:
            if self._store is not None and self._suspect:
                if self._store.ping():
                    self._suspect = False
                elif self._owned and self._store.kind == "falkordb":
                    # The embedded server died: opening the store again starts a new one.
                    self._close()
            if self._store is None:
                from graph.factory import open_store

                self._store = BoundedStore(open_store(self.settings), self._deadline_s)
                self._suspect = False
            return self._store

    def mark_unavailable(self) -> None:
        self._suspect = True

    def _close(self) -> None:
        store, self._store = self._store, None
        if store is None:
            return
        try:
            store.close()
        except Exception as exc:  # noqa: BLE001 - closing a dead store may fail any way
            log.info("closing the unreachable store: %s", exc)

    def close(self) -> None:
        with self._lock:
            if self._owned:
                self._close()


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    provider: StoreProvider = request.app.state.stores
    try:
        return provider.get()
    except StoreUnavailableError:
        provider.mark_unavailable()
        raise


def require_api_key(
    request: Request,
    x_api_key: Annotated[str | None, Header(description="The API key for writes.")] = None,
) -> None:
    """Writes need the configured key; compared in constant time and never logged."""
    expected = request.app.state.settings.api_key
    if (
        expected is None
        or x_api_key is None
        or not hmac.compare_digest(x_api_key.encode(), expected.get_secret_value().encode())
    ):
        raise HTTPException(status_code=401, detail="a valid X-API-Key header is needed for writes")


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
ApiKeyDep = Depends(require_api_key)
