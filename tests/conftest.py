"""Fixtures shared by the whole suite: real stores, parametrised over both backends.

The embedded FalkorDB store is started in a temporary directory. Neo4j is the server
named by DANGJIAN_TEST_NEO4J_URI (with _USER and _PASSWORD); without it the Neo4j half of
each store test is skipped, unless DANGJIAN_REQUIRE_NEO4J=1 (as in CI), which makes the
missing server a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.falkordb_store import FalkorDBStore
from graph.model import GraphData
from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from loaders.datafiles import load_dataset
from loaders.load import load_into

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"
BACKENDS = ["falkordb", "neo4j"]


def require(what: str, reason: str) -> None:
    """Skip for a missing tool or server, or fail when DANGJIAN_REQUIRE_<WHAT> or
    DANGJIAN_REQUIRE_ALL says it must be there."""
    if (
        os.environ.get(f"DANGJIAN_REQUIRE_{what.upper()}") == "1"
        or os.environ.get("DANGJIAN_REQUIRE_ALL") == "1"
    ):
        pytest.fail(f"{reason} (required here by DANGJIAN_REQUIRE_{what.upper()}/ALL)")
    pytest.skip(reason)


@dataclass
class StoreHandle:
    store: GraphStore
    holds_dataset: bool = False


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A fresh directory with a short path (unix-socket paths are limited to ~107 bytes),
    removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="dj-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def dataset() -> GraphData:
    return load_dataset(DATA_DIR)


@pytest.fixture(scope="session")
def falkordb_handle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreHandle]:
    # Short path: unix sockets are limited to ~107 bytes.
    data_dir = Path(tmp_path_factory.mktemp("fdb"))
    store = FalkorDBStore(data_dir=data_dir, graph_name="test")
    yield StoreHandle(store)
    store.close()


@pytest.fixture(scope="session")
def neo4j_handle() -> Iterator[StoreHandle]:
    uri = os.environ.get("DANGJIAN_TEST_NEO4J_URI")
    if not uri:
        require("neo4j", "no Neo4j server configured: set DANGJIAN_TEST_NEO4J_URI")
    store = Neo4jStore(
        uri,  # type: ignore[arg-type]
        os.environ.get("DANGJIAN_TEST_NEO4J_USER", "neo4j"),
        os.environ.get("DANGJIAN_TEST_NEO4J_PASSWORD", ""),
    )
    if not store.ping():
        require("neo4j", f"the Neo4j server at {uri} does not answer")
    count = store.run("MATCH (n) RETURN count(n) AS n")[0]["n"]
    if count and os.environ.get("DANGJIAN_TEST_NEO4J_RESET") != "1":
        pytest.exit(
            f"the Neo4j database at {uri} holds {count} nodes; the tests clear it. "
            "Point DANGJIAN_TEST_NEO4J_URI at a throw-away server or set DANGJIAN_TEST_NEO4J_RESET=1.",
            returncode=2,
        )
    yield StoreHandle(store)
    store.close()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def handle(backend: str, request: pytest.FixtureRequest) -> StoreHandle:
    return request.getfixturevalue(f"{backend}_handle")


@pytest.fixture
def empty_store(handle: StoreHandle) -> GraphStore:
    """A store with nothing in it (and the schema's indexes)."""
    handle.store.clear()
    handle.holds_dataset = False
    handle.store.ensure_schema()
    return handle.store


@pytest.fixture
def dataset_store(handle: StoreHandle) -> GraphStore:
    """A store holding exactly the curated dataset. Tests must not write to it."""
    if not handle.holds_dataset:
        handle.store.clear()
        load_into(handle.store, DATA_DIR)
        handle.holds_dataset = True
    return handle.store
