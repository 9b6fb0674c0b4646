"""A street's network: the walk with a prebuilt adjacency (one pass for every street) must
reach exactly what the definition says, checked against a plain fixpoint written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import GraphData
from graph.neighbourhood import (
    STRUCTURE_LABELS,
    STRUCTURE_TYPES,
    _is_boundary,
    street_core,
    street_node_ids,
    street_subgraph,
)
from loaders.datafiles import load_dataset
from loaders.synth import synthesize


def fixpoint_core(graph: GraphData, street: str) -> set[str]:
    """The definition, as slowly as it reads: grow until no structural tie adds a node."""
    index = graph.node_index()
    core = {street}
    grew = True
    while grew:
        grew = False
        for r in graph.relationships:
            if r.type not in STRUCTURE_TYPES:
                continue
            for a, b in ((r.start, r.end), (r.end, r.start)):
                node = index.get(b)
                structural = node is not None and node.label in STRUCTURE_LABELS
                if a in core and b not in core and structural and not _is_boundary(node, street):
                    core.add(b)
                    grew = True
    return core


@pytest.fixture(scope="module", params=["dataset", "synthetic"])
def graph(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> GraphData:
    if request.param == "dataset":
        return load_dataset(Path(__file__).resolve().parents[2] / "data")
    folder = tmp_path_factory.mktemp("synth")
    synthesize(600, 3, folder)
    return load_dataset(folder)  # the curated loader reads the synthetic files too


def test_every_street_reaches_what_the_definition_says(graph: GraphData) -> None:
    streets = [n.id for n in graph.nodes if n.label == "Street"]
    assert len(streets) >= 2
    all_at_once = street_node_ids(graph)
    assert set(all_at_once) == set(streets)
    for street in streets:
        core = fixpoint_core(graph, street)
        assert street_core(graph, street) == core
        assert all_at_once[street] == {n.id for n in street_subgraph(graph, street).nodes}
        assert core <= all_at_once[street]
