from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from dangjian.config import Settings
from graph.store import GraphStore


@pytest.fixture
def client(dataset_store: GraphStore) -> TestClient:
    """The API over a store holding the curated dataset."""
    settings = Settings(api_key="test-key-123")  # type: ignore[arg-type]
    return TestClient(create_app(settings, dataset_store))
