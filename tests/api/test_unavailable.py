"""When the store is down: 503 with Retry-After, /health says so, and the API recovers."""

from __future__ import annotations

import os
import signal
import uuid
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from dangjian.config import Settings


def test_unreachable_neo4j_answers_503_quickly() -> None:
    settings = Settings(
        store="neo4j", neo4j_uri="bolt://127.0.0.1:9", connect_timeout_s=1, retry_after_s=7
    )  # type: ignore[arg-type]
    client = TestClient(create_app(settings))
    r = client.get("/areas")
    assert r.status_code == 503
    assert r.headers["retry-after"] == "7"
    assert "not available" in r.json()["detail"]
    health = client.get("/health")
    assert health.status_code == 503
    assert health.json()["reachable"] is False and health.json()["store"] == "neo4j"


def test_embedded_store_killed_then_recovered_without_restarting_the_api() -> None:
    data_dir = Path("/tmp") / f"dj-api-{uuid.uuid4().hex[:8]}"
    app = create_app(Settings(data_dir=data_dir))  # type: ignore[arg-type]
    with TestClient(app) as client:
        assert client.get("/health").status_code == 200
        pid = int((data_dir / "falkordb.pid").read_text())
        os.kill(pid, signal.SIGKILL)
        down = client.get("/areas")
        assert down.status_code == 503
        assert "retry-after" in down.headers
        back = client.get("/areas")
        assert back.status_code == 200, back.text
        assert client.get("/health").json()["reachable"] is True
