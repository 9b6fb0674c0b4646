"""The embedded store's data directory full or read-only: a clear error, the data intact.

These tests mount small tmpfs file systems, which needs root (as in CI)."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dangjian.cli import app
from graph.errors import StoreError
from graph.falkordb_store import FalkorDBStore
from tests.conftest import require
from tests.graph.test_faults import big_graph


@pytest.fixture
def small_disk() -> Iterator[Path]:
    if os.geteuid() != 0:
        require("root", "mounting a small file system needs root")
    mount = Path("/tmp") / f"dj-disk-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
        mount.rmdir()


def test_read_only_data_directory_is_a_clear_error_and_data_survive(small_disk: Path) -> None:
    data_dir = small_disk / "store"
    store = FalkorDBStore(data_dir=data_dir)
    store.write_graph(big_graph(50))
    before = store.counts()
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(StoreError, match="not writable"):
        FalkorDBStore(data_dir=data_dir)
    result = CliRunner().invoke(app, ["stats"], env={"DANGJIAN_DATA_DIR": str(data_dir)})
    assert result.exit_code == 1 and "not writable" in result.output and "Traceback" not in result.output
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    again = FalkorDBStore(data_dir=data_dir)
    try:
        assert again.counts() == before
    finally:
        again.close()


def test_a_full_disk_fails_the_load_and_keeps_the_previous_data(small_disk: Path) -> None:
    data_dir = small_disk / "store"
    store = FalkorDBStore(data_dir=data_dir)
    store.write_graph(big_graph(50))
    before = store.counts()
    filler = small_disk / "filler"
    with filler.open("wb") as f:  # fill the disk to the last block
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    with pytest.raises(StoreError):
        store.write_graph(big_graph(20_000))
    if store.server and store.server.process and store.server.process.poll() is not None:
        store.server.process = None  # the server gave up on its append-only file and exited
    else:
        store.close()
    filler.unlink()
    again = FalkorDBStore(data_dir=data_dir)
    try:
        assert again.counts() == before
    finally:
        again.close()
