"""Shared dependencies: the store, the settings, the API key check."""

from __future__ import annotations

import hmac
import logging
import threading
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from dangjian.config import Settings
from graph.errors import StoreUnavailableError
from graph.store import GraphStore

log = logging.getLogger(__name__)


class StoreProvider:
    """Opens the store on first use and again after it went away, so the API recovers by
    itself when the store returns (and restarts the embedded store if it died)."""

    def __init__(self, settings: Settings, store: GraphStore | None = None) -> None:
        self.settings = settings
        self._store: GraphStore | None = store
        self._owned = store is None  # a store handed in is closed by whoever opened it
        self._lock = threading.Lock()
        self._suspect = False

    def get(self) -> GraphStore:
        with self._lock:
            if self._store is not None and self._suspect:
                if self._store.ping():
                    self._suspect = False
                elif self._store.kind == "falkordb":
                    self._close()
            if self._store is None:
                from graph.factory import open_store

                self._store = open_store(self.settings)
                self._suspect = False
            return self._store

    def mark_unavailable(self) -> None:
        self._suspect = True

    def _close(self) -> None:
        store, self._store = self._store, None
        if store is not None:
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
