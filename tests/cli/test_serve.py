"""`dangjian serve --workers 2` on the embedded store: two processes answer, both from the one
embedded server the parent started, and stopping the parent stops that server with the data kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from benchmarks.load_test import free_port, wait_healthy

ROOT = Path(__file__).resolve().parents[2]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")


def test_two_workers_share_the_embedded_store_and_stop_it(short_tmp: Path) -> None:
    env = {**os.environ, "DANGJIAN_DATA_DIR": str(short_tmp / "store"), "DANGJIAN_STORE": "embedded"}
    cli = [sys.executable, "-m", "dangjian.cli"]
    subprocess.run([*cli, "load", str(ROOT / "data")], env=env, cwd=ROOT, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [*cli, "serve", "--port", str(port), "--workers", "2"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_healthy(base, 60), "dangjian serve --workers 2 did not come up"
        redis_pid = int((short_tmp / "store" / "falkordb.pid").read_text())
        workers = [p for p in _children(server.pid) if p != redis_pid]
        # uvicorn's supervisor has the two workers as its children (the embedded server too).
        assert len([p for p in workers if "python" in Path(f"/proc/{p}/cmdline").read_text()]) >= 2
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(20):
                r = http.get("/areas/兴业太古汇商圈/units")
                assert r.status_code == 200, r.text
                assert r.json()["total"] > 5
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
    assert not _alive(redis_pid), "the embedded server outlived `dangjian serve`"
    # The data is still there for the next command.
    out = subprocess.run([*cli, "stats"], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    assert "Unit" in out.stdout
