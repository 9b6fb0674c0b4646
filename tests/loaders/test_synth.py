"""The synthetic network: deterministic, shaped like the real one, valid data."""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
from pathlib import Path

from loaders.datafiles import load_dataset
from loaders.synth import synthesize


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    synthesize(500, 3, tmp_path / "a")
    synthesize(500, 3, tmp_path / "b")
    synthesize(500, 4, tmp_path / "c")
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert digest(tmp_path / "a") != digest(tmp_path / "c")


def test_the_network_is_valid_data_and_shaped_like_the_real_one(tmp_path: Path) -> None:
    report = synthesize(600, 1, tmp_path)
    graph = load_dataset(tmp_path)  # the same checks as the curated dataset: schema, quotes, references
    assert len(graph.nodes) == report.nodes
    labels = Counter(n.label for n in graph.nodes)
    assert labels["Unit"] == 600
    for label in (
        "District",
        "Street",
        "Area",
        "Building",
        "Council",
        "Alliance",
        "Committee",
        "Station",
        "Project",
    ):
        assert labels[label] > 0, label
    types = Counter(r.type for r in graph.relationships)
    for rel_type in ("PART_OF", "MEMBER_OF", "CHAIRS", "LOCATED_IN", "COVERS", "CLAIMED", "RUNS", "MENTIONS"):
        assert types[rel_type] > 0, rel_type
    index = graph.node_index()
    kinds = Counter(n.properties.get("kind") for n in graph.nodes if n.label == "Area")
    assert {"commercial_district", "residential", "grid"} <= set(kinds)
    members = Counter(r.end for r in graph.relationships if r.type == "MEMBER_OF")
    sizes = sorted(members.values())
    assert max(sizes) >= 4 * statistics.median(sizes), "membership counts are heavy-tailed"
    chairs = [r for r in graph.relationships if r.type == "CHAIRS"]
    assert {r.properties["from"][:4] for r in chairs} == {"2018", "2019", "2020"}, "chairs rotate yearly"
    assert all(index[r.start].label == "Unit" for r in chairs)
