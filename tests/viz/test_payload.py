"""The page's payload: viz.payload replaces pyvis' list look-ups (quadratic: hours at 100k
units) with dict ones, and must still hand the page exactly what pyvis' own Network gives."""

from __future__ import annotations

from pyvis.network import Network

from graph.model import GraphData
from viz import payload


def _build(graph: GraphData) -> dict:
    positions = {n.id: (float(k), 0.0) for k, n in enumerate(graph.nodes)}
    return payload.build_payload(graph, positions=positions, streets={}, heads={}, docs={})


def test_the_constant_time_network_builds_what_pyvis_builds(dataset: GraphData) -> None:
    fast = _build(dataset)
    original = payload._Network
    try:
        payload._Network = Network  # type: ignore[misc]
        slow = _build(dataset)
    finally:
        payload._Network = original  # type: ignore[misc]
    assert fast["nodes"] == slow["nodes"] and fast["edges"] == slow["edges"]
    assert len(fast["nodes"]) == len(dataset.nodes)
    assert len(fast["edges"]) == len(dataset.relationships)
