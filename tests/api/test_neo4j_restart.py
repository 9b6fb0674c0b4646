"""Neo4j really stopped and started again while the API serves: 503 with Retry-After while
it is down, answers again afterwards without restarting the API."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

from api.main import create_app
from dangjian.config import Settings
from tests.conftest import require

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts" / "neo4j"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(folder: Path, port: int) -> None:
    env = {**os.environ, "NEO4J_BOLT_PORT": str(port), "PYTHON": sys.executable}
    subprocess.run(["bash", str(SCRIPTS / "start.sh"), str(folder)], env=env, check=True, capture_output=True)


def _stop(folder: Path) -> None:
    subprocess.run(["bash", str(SCRIPTS / "stop.sh"), str(folder)], check=False, capture_output=True)


def test_neo4j_stopped_and_started_again_while_serving(tmp_path: Path) -> None:
    if not (shutil.which("java") and shutil.which("mvn")):
        require("neo4j", "starting a dedicated Neo4j needs java and mvn")
    folder, port = tmp_path / "neo4j", _free_port()
    _start(folder, port)
    try:
        settings = Settings(
            store="neo4j",
            neo4j_uri=f"bolt://127.0.0.1:{port}",
            neo4j_password=(folder / "password").read_text().strip(),
            query_timeout_s=2,
            connect_timeout_s=2,
            retry_after_s=3,
        )  # type: ignore[arg-type]
        client = TestClient(create_app(settings))
        assert client.get("/health").status_code == 200
        _stop(folder)
        started = time.monotonic()
        down = client.get("/areas")
        assert down.status_code == 503 and down.headers["retry-after"] == "3"
        assert time.monotonic() - started < 4 + 1.5, "nothing waits longer than the time-outs"
        assert client.get("/health").json()["reachable"] is False
        _start(folder, port)
        assert client.get("/areas").status_code == 200
        assert client.get("/health").json()["reachable"] is True
    finally:
        _stop(folder)
