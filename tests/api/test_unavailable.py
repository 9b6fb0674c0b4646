"""When the store is down: 503 with Retry-After, /health says so, and the API recovers."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from dangjian.config import Settings


def test_unreachable_neo4j_answers_503_quickly() -> None:
    settings = Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:9", connect_timeout_s=1, retry_after_s=7)  # type: ignore[arg-type]
    client = TestClient(create_app(settings))
    r = client.get("/areas")
    assert r.status_code == 503
    assert r.headers["retry-after"] == "7"
    assert "not available" in r.json()["detail"]
    health = client.get("/health")
    assert health.status_code == 503
    assert health.json()["reachable"] is False and health.json()["store"] == "neo4j"


def test_embedded_store_killed_then_recovered_without_restarting_the_api(short_tmp: Path) -> None:
    data_dir = short_tmp
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


def _hang_and_resume(client: TestClient, pid: int, limit_s: float) -> None:
    import time

    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        r = client.get("/areas")
        took = time.monotonic() - started
        assert r.status_code == 503, r.text
        assert "retry-after" in r.headers
        assert took < limit_s + 1.5, f"a hung store kept the request waiting {took:.1f} s"
    finally:
        os.kill(pid, signal.SIGCONT)
    for _ in range(50):  # the API recovers by itself once the store answers again
        if client.get("/areas").status_code == 200:
            break
        time.sleep(0.2)
    assert client.get("/areas").status_code == 200
    assert client.get("/health").json()["reachable"] is True


def test_a_hung_embedded_store_gives_a_prompt_503_then_recovers(short_tmp: Path) -> None:
    data_dir = short_tmp
    settings = Settings(data_dir=data_dir, query_timeout_s=1, connect_timeout_s=1)  # type: ignore[arg-type]
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 200
        _hang_and_resume(client, int((data_dir / "falkordb.pid").read_text()), limit_s=2)


def test_a_hung_neo4j_gives_a_prompt_503_then_recovers() -> None:
    from tests.conftest import require

    uri, pid = os.environ.get("DANGJIAN_TEST_NEO4J_URI"), os.environ.get("DANGJIAN_TEST_NEO4J_PID")
    if not uri or not pid:
        require("neo4j", "needs DANGJIAN_TEST_NEO4J_URI and _PID (the server's process id)")
    settings = Settings(
        store="neo4j",
        neo4j_uri=uri,
        neo4j_user=os.environ.get("DANGJIAN_TEST_NEO4J_USER", "neo4j"),
        neo4j_password=os.environ.get("DANGJIAN_TEST_NEO4J_PASSWORD", ""),
        query_timeout_s=1,
        connect_timeout_s=1,
    )  # type: ignore[arg-type]
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 200
        _hang_and_resume(client, int(pid), limit_s=2)
