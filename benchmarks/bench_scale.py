"""Scale benchmarks on both stores, side by side: load, area coverage, API, maps.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_scale.py --units 10000 100000

For each size it synthesizes a network (`loaders.synth`), loads it with the streaming
loader into the embedded FalkorDB and into a Neo4j it starts itself (scripts/neo4j), and
measures. Everything runs on loopback and stops by itself. Results go to
benchmarks/results/scale-<time>.json and a table on stdout. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load_test import free_port  # noqa: E402
from graph.falkordb_store import FalkorDBStore  # noqa: E402
from graph.neo4j_store import Neo4jStore  # noqa: E402
from graph.store import GraphStore  # noqa: E402
from loaders.synth import synthesize  # noqa: E402
from queries.runner import run_named  # noqa: E402

LOAD_SCRIPT = """
import resource, sys, time, json
from pathlib import Path
sys.path.insert(0, {root!r})
from graph.falkordb_store import FalkorDBStore
from graph.neo4j_store import Neo4jStore
from loaders.bulk import load_bulk
kind, data, target = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])
store = FalkorDBStore(data_dir=Path(target["dir"])) if kind == "falkordb" else Neo4jStore(
    target["uri"], "neo4j", target["password"], query_timeout_s=600)
store.clear()
start = time.perf_counter()
written = load_bulk(store, data, batch_size=5000)
seconds = time.perf_counter() - start
store.close()
print(json.dumps({{"seconds": seconds, "nodes": written.nodes, "relationships": written.relationships,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def timed_load(kind: str, data: Path, target: dict[str, str]) -> dict[str, Any]:
    """Load in a child process, so its peak memory is the load's alone."""
    out = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT.format(root=str(ROOT)), kind, str(data), json.dumps(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def merge_per_row(store: GraphStore, data: Path, sample: int = 1000) -> float:
    """Rows per second when each relationship row is its own MERGE round trip (the baseline)."""
    rows = []
    with (data / "facts" / "relationships.csv").open(encoding="utf-8") as f:
        next(f)
        for line, _ in zip(f, range(sample), strict=False):
            rows.append(line)
    units = [r["id"] for r in store.run("MATCH (u:Unit) RETURN u.id AS id LIMIT 2000")]
    bodies = [r["id"] for r in store.run("MATCH (c:Council) RETURN c.id AS id LIMIT 50")]
    rng = random.Random(0)
    cypher = (
        "MATCH (a:Entity {id: $a}) MATCH (b:Entity {id: $b}) "
        "MERGE (a)-[r:MEMBER_OF {id: $id}]->(b) SET r.src_docs = ['x']"
    )
    # One round trip and one commit per row, without the embedded store's snapshot per write
    # (which would make the baseline look worse than a plain MERGE loop is).
    write = (
        store._graph.query if isinstance(store, FalkorDBStore) else lambda c, p: store.run(c, p, write=True)
    )
    start = time.perf_counter()
    for i in range(len(rows)):
        write(cypher, {"a": rng.choice(units), "b": rng.choice(bodies), "id": f"bench-{i}"})
    per_second = len(rows) / (time.perf_counter() - start)
    store.run("MATCH ()-[r:MEMBER_OF]->() WHERE r.id STARTS WITH 'bench-' DELETE r", write=True)
    return per_second


def coverage_latency(store: GraphStore, per_kind: int = 25) -> dict[str, Any]:
    """p50/p99 of the area-coverage query over random places of every kind, overall and per
    kind (a district's answer holds every unit in it, a building's a handful)."""
    places = store.run(
        "MATCH (a:Entity) WHERE a.label IN ['Area', 'Street', 'District', 'Building'] "
        "RETURN a.id AS id, coalesce(a.kind, a.label) AS kind"
    )
    rng = random.Random(1)
    by_kind: dict[str, list[str]] = {}
    for a in places:
        by_kind.setdefault(a["kind"], []).append(a["id"])
    out: dict[str, Any] = {}
    every: list[float] = []
    for kind, ids in sorted(by_kind.items()):
        times, rows = [], []
        for area in (rng.choice(ids) for _ in range(per_kind)):
            start = time.perf_counter()
            rows.append(len(run_named(store, "area_coverage", {"area": area})))
            times.append(1000 * (time.perf_counter() - start))
        every += times
        out[kind] = {
            "p50_ms": percentile(times, 0.5),
            "p99_ms": percentile(times, 0.99),
            "rows_p50": percentile(rows, 0.5),
        }
    out["all"] = {"p50_ms": percentile(every, 0.5), "p99_ms": percentile(every, 0.99), "queries": len(every)}
    return out


def api_throughput(
    env: dict[str, str], areas: list[str], seconds: float = 15, clients: int = 16
) -> dict[str, float]:
    import httpx

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "dangjian.cli", "serve", "--port", str(port)],
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        latencies: list[float] = []
        errors = [0]
        lock = threading.Lock()
        stop_at = time.monotonic() + seconds

        def client(k: int) -> None:
            rng = random.Random(k)
            mine = []
            with httpx.Client(base_url=base, timeout=30) as http:
                while time.monotonic() < stop_at:
                    start = time.perf_counter()
                    r = http.get(f"/areas/{rng.choice(areas)}/units", params={"limit": 50})
                    mine.append(1000 * (time.perf_counter() - start))
                    if r.status_code != 200:
                        with lock:
                            errors[0] += 1
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "rps": len(latencies) / seconds,
        "p50_ms": percentile(latencies, 0.5),
        "p99_ms": percentile(latencies, 0.99),
        "errors": errors[0],
        "clients": clients,
    }


def start_neo4j(folder: Path) -> dict[str, str]:
    env = {**os.environ, "NEO4J_HEAP": os.environ.get("BENCH_NEO4J_HEAP", "4g"), "NEO4J_PAGECACHE": "1g"}
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "neo4j" / "start.sh"), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    values = dict(
        line.removeprefix("export ").split("=", 1)
        for line in out.stdout.splitlines()
        if line.startswith("export ")
    )
    return {"uri": values["DANGJIAN_NEO4J_URI"], "password": values["DANGJIAN_NEO4J_PASSWORD"]}


def bench_size(units: int, work: Path, neo4j: dict[str, str], results: dict[str, Any]) -> None:
    data = work / f"synth-{units}"
    start = time.perf_counter()
    report = synthesize(units, 1, data)
    results["synth_s"] = time.perf_counter() - start
    results["files_mb"] = sum(p.stat().st_size for p in (data / "facts").iterdir()) / 2**20
    for kind in ("falkordb", "neo4j"):
        entry: dict[str, Any] = results.setdefault(kind, {})
        target = {"dir": str(work / f"fdb-{units}")} if kind == "falkordb" else neo4j
        entry["load"] = timed_load(kind, data, target)
        store: GraphStore = (
            FalkorDBStore(data_dir=Path(target["dir"]), query_timeout_s=60)
            if kind == "falkordb"
            else Neo4jStore(neo4j["uri"], "neo4j", neo4j["password"], query_timeout_s=60)
        )
        try:
            entry["merge_per_row_rows_per_s"] = merge_per_row(store, data)
            entry["bulk_rows_per_s"] = (entry["load"]["nodes"] + entry["load"]["relationships"]) / entry[
                "load"
            ]["seconds"]
            entry["speedup_vs_merge_per_row"] = entry["bulk_rows_per_s"] / entry["merge_per_row_rows_per_s"]
            entry["area_coverage"] = coverage_latency(store)
            areas = [r["id"] for r in store.run("MATCH (a:Area) RETURN a.id AS id LIMIT 500")]
            direct = []
            for area in areas[:200]:
                t = time.perf_counter()
                run_named(store, "area_coverage", {"area": area})
                direct.append(1000 * (time.perf_counter() - t))
            entry["direct_p50_ms"] = percentile(direct, 0.5)
            env = (
                {"DANGJIAN_STORE": "embedded", "DANGJIAN_DATA_DIR": target["dir"]}
                if kind == "falkordb"
                else {
                    "DANGJIAN_STORE": "neo4j",
                    "DANGJIAN_NEO4J_URI": neo4j["uri"],
                    "DANGJIAN_NEO4J_PASSWORD": neo4j["password"],
                }
            )
            entry["api"] = api_throughput(env, areas)
        finally:
            store.close()
    print(json.dumps({"units": units, "nodes": report.nodes, **results}, indent=1), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dj-bench-", dir="/tmp"))
    neo4j_dir = work / "neo4j"
    neo4j = start_neo4j(neo4j_dir)
    all_results: dict[str, Any] = {
        "machine": {
            "cores": os.cpu_count(),
            "cpu": next(
                (
                    ln.split(":", 1)[1].strip()
                    for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if "model name" in ln
                ),
                "?",
            ),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "python": sys.version.split()[0],
        },
        "sizes": {},
    }
    try:
        for units in args.units:
            results: dict[str, Any] = {}
            all_results["sizes"][str(units)] = results
            bench_size(units, work, neo4j, results)
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "neo4j" / "stop.sh"), str(neo4j_dir)], check=False)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    path = out / f"scale-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(all_results, indent=2), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
