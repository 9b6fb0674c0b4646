"""Faults, really done: the embedded store's server is killed in the middle of a load."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dangjian.cli import app
from graph.errors import StoreError
from graph.falkordb_store import FalkorDBStore
from graph.model import GraphData, Node, Relationship, Source


def big_graph(n: int) -> GraphData:
    src = [Source(document="document-x", quote="某句话")]
    council = Node.create("Council", "大型联席会议", properties={"level": "district"}, sources=src)
    units = [Node.create("Unit", f"单位{i:06d}", sources=src) for i in range(n)]
    rels = [Relationship.create("MEMBER_OF", u, council, sources=src) for u in units]
    return GraphData(nodes=[council, *units], relationships=rels)


@pytest.mark.parametrize("delay_s", [0.0, 0.05, 0.3, 1.0])
def test_killing_the_server_mid_load_leaves_all_or_nothing(delay_s: float, short_tmp: Path) -> None:
    data_dir = short_tmp
    store = FalkorDBStore(data_dir=data_dir, graph_name="fault")
    base = big_graph(10)
    store.write_graph(base)
    before = store.counts()
    load = big_graph(30_000)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            store.write_graph(load, batch_size=500)
        except StoreError as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    time.sleep(delay_s)
    pid = int((data_dir / "falkordb.pid").read_text())
    os.kill(pid, signal.SIGKILL)
    worker.join(timeout=60)
    assert not worker.is_alive()
    store.server.process = None  # it is dead; nothing to shut down
    again = FalkorDBStore(data_dir=data_dir, graph_name="fault")
    try:
        assert again.restarted_after_crash
        after = again.counts()
        whole = (before.nodes + len(load.nodes) - 1, before.relationships + len(load.relationships))
        assert (after.nodes, after.relationships) in {(before.nodes, before.relationships), whole}
        if errors:  # the load reported failure, so none of it may be there
            assert (after.nodes, after.relationships) == (before.nodes, before.relationships)
    finally:
        again.close()


def test_the_next_command_restarts_the_store_and_says_so(short_tmp: Path) -> None:
    data_dir = short_tmp
    env = {"DANGJIAN_DATA_DIR": str(data_dir), "DANGJIAN_STORE": "embedded"}
    store = FalkorDBStore(data_dir=data_dir)
    store.write_graph(big_graph(3))
    os.kill(int((data_dir / "falkordb.pid").read_text()), signal.SIGKILL)
    store.server.process.wait(timeout=10)
    store.server.process = None
    result = CliRunner().invoke(app, ["stats"], env=env)
    assert result.exit_code == 0, result.output
    assert "stopped unexpectedly" in result.output and "started again" in result.output
    assert "The graph holds 4 nodes" in result.output
