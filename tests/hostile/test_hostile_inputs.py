"""Hostile and broken input: a clear error and an unchanged store, or plain text stored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.errors import DataFileError
from graph.store import GraphStore
from loaders.datafiles import load_dataset
from loaders.load import load_into
from loaders.textfile import MAX_FILE_BYTES
from tests.conftest import StoreHandle
from tests.hostile.cases import CASES, HEADER, Case
from tests.loaders.test_datafiles import make_dataset


def test_the_corpus_has_at_least_40_bad_inputs() -> None:
    assert len([c for c in CASES if c.stored is None]) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [c for c in CASES if c.stored is None], ids=lambda c: c.name)
def test_bad_input_gets_a_clear_error(case: Case, tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as info:
        load_dataset(make_dataset(tmp_path, case.files))
    exc = info.value
    assert re.search(case.match, str(exc)), str(exc)
    assert Path(exc.file).name in {*case.files, "facts"} or exc.file.endswith(tuple(case.files))
    if case.line is not None:
        assert exc.line == case.line
    if case.field_name is not None:
        assert exc.field == case.field_name
    assert "Traceback" not in str(exc)


def test_no_bad_input_changes_the_store(dataset_store: GraphStore, tmp_path: Path) -> None:
    loaded = dataset_store
    before = loaded.fetch_graph()
    for i, case in enumerate(c for c in CASES if c.stored is None):
        folder = tmp_path / str(i)
        folder.mkdir()
        with pytest.raises(DataFileError):
            load_into(loaded, make_dataset(folder, case.files))
    assert loaded.fetch_graph() == before


@pytest.mark.parametrize("case", [c for c in CASES if c.stored is not None], ids=lambda c: c.name)
def test_odd_names_are_stored_as_plain_text(case: Case, handle: StoreHandle, tmp_path: Path) -> None:
    store = handle.store
    store.clear()
    handle.holds_dataset = False
    load_into(store, make_dataset(tmp_path, case.files))
    rows = store.run("MATCH (n:Unit) RETURN n.name AS name")
    assert [r["name"] for r in rows] == [case.stored]
    assert store.counts().labels == {"Document": 1, "Unit": 1}


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    folder = make_dataset(tmp_path, {"a.yaml": HEADER})
    big = folder / "facts" / "b.yaml"
    with big.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.truncate(200 * 1024 * 1024)
    assert big.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(DataFileError, match="MiB"):
        load_dataset(folder)


def test_path_traversal_in_file_arguments_is_a_clear_error(tmp_path: Path, short_tmp: Path) -> None:
    from typer.testing import CliRunner

    from dangjian.cli import app

    env = {"DANGJIAN_DATA_DIR": str(short_tmp)}
    runner = CliRunner()
    for argument in ("../../../../etc/passwd", "/etc/shadow", str(tmp_path / ".." / "nope.yaml")):
        result = runner.invoke(app, ["load", argument], env=env)
        assert result.exit_code == 1, (argument, result.output)
        assert "error:" in result.output and "Traceback" not in result.output
    stats = runner.invoke(app, ["stats"], env=env)
    assert "The graph holds 0 nodes" in stats.output
