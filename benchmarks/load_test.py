"""A bounded load test of the API on loopback: mixed reads at N concurrent clients.

Starts `dangjian serve` on 127.0.0.1 (a free port) over the embedded store with the curated
dataset, drives it for a fixed time, and reports requests, errors, p50/p99 latency and the
server's memory after warm-up and at the end.

    python benchmarks/load_test.py --seconds 60 --clients 32      # the full form
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
READS = [
    "/health",
    "/areas",
    "/areas/静安区/units",
    "/areas/静安区/units?via=member",
    "/search?q=联盟",
    "/search?q=街道&label=Street",
    "/projects",
    "/queries",
    "/query/structure?root=静安区",
    "/query/brokers?limit=5",
]


@dataclass
class LoadReport:
    seconds: float
    clients: int
    requests: int = 0
    errors: int = 0
    rps: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    rss_after_warmup_mb: float = 0.0
    rss_at_end_mb: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_server(data_dir: Path, port: int, paths: list[str] | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DANGJIAN_DATA_DIR": str(data_dir), "DANGJIAN_STORE": "embedded"}
    subprocess.run([sys.executable, "-m", "dangjian.cli", "load"], env=env, check=True, cwd=ROOT)
    server = subprocess.Popen(
        [sys.executable, "-m", "dangjian.cli", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if wait_healthy(f"http://127.0.0.1:{port}", 30):
        return server
    server.kill()
    raise RuntimeError("the API did not come up within 30 s")


def wait_healthy(base: str, timeout_s: float) -> bool:
    """Whether the API at `base` answered GET /health with 200 within `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            time.sleep(0.1)
    return False


def drive(base: str, seconds: float, clients: int, paths: list[str]) -> tuple[list[float], dict[str, int]]:
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(k: int) -> None:
        mine: list[float] = []
        codes: dict[str, int] = {}
        with httpx.Client(base_url=base, timeout=10) as http:
            i = k
            while time.monotonic() < stop_at:
                path = paths[i % len(paths)]
                i += 1
                t = time.perf_counter()
                try:
                    code = str(http.get(path).status_code)
                except httpx.HTTPError as exc:
                    code = type(exc).__name__
                mine.append(time.perf_counter() - t)
                codes[code] = codes.get(code, 0) + 1
        with lock:
            latencies.extend(mine)
            for c, n in codes.items():
                statuses[c] = statuses.get(c, 0) + n

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, statuses


def run(seconds: float, clients: int, warmup_s: float = 3.0) -> LoadReport:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="dj-load-", dir="/tmp") as tmp:
        server = start_server(Path(tmp), port)
        try:
            base = f"http://127.0.0.1:{port}"
            drive(base, warmup_s, clients, READS)
            report = LoadReport(seconds=seconds, clients=clients, rss_after_warmup_mb=rss_mb(server.pid))
            latencies, statuses = drive(base, seconds, clients, READS)
            report.rss_at_end_mb = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    latencies.sort()
    report.requests = len(latencies)
    report.statuses = statuses
    report.errors = sum(n for code, n in statuses.items() if code != "200")
    report.rps = report.requests / seconds
    report.p50_ms = 1000 * latencies[len(latencies) // 2]
    report.p99_ms = 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=32)
    args = parser.parse_args()
    report = run(args.seconds, args.clients)
    print(json.dumps(asdict(report), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
