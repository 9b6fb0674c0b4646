"""Deterministic node positions for the map page, computed before the page is written.

Bodies with members (councils, alliances, committees) are laid out as one disc each, with
their members on a sunflower spiral around them; the discs and the remaining nodes are
placed by a seeded spring layout and then pushed apart until no two discs overlap. This is
fast for thousands of nodes (the spring layout only sees the skeleton) and matches the
page's clusters, which collapse exactly these groups.
"""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx
import numpy as np

from graph.model import GraphData

SEED = 20181207
SPACING = 70.0  # pixels between neighbouring members on the page
GROUP_LABELS = ("Council", "Alliance", "Committee")
GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
MAX_SPRING_NODES = 1500  # above this the skeleton starts on a spiral (spring is O(n^2))


def groups(graph: GraphData) -> dict[str, list[str]]:
    """Head id -> its members' ids. A member of several bodies goes with the smallest,
    the most local one (an area council rather than the street council)."""
    index = graph.node_index()
    members: dict[str, set[str]] = defaultdict(set)
    for r in graph.relationships:
        head = index.get(r.end)
        if r.type == "MEMBER_OF" and head and head.label in GROUP_LABELS and r.start != r.end:
            members[r.end].add(r.start)
    heads = set(members)
    chosen: dict[str, list[str]] = {h: [] for h in sorted(heads)}
    owners: dict[str, list[str]] = defaultdict(list)
    for head, ms in members.items():
        for m in ms:
            if m not in heads:
                owners[m].append(head)
    for m in sorted(owners):
        best = min(owners[m], key=lambda h: (len(members[h]), h))
        chosen[best].append(m)
    return {h: ms for h, ms in chosen.items() if ms}


def _spiral(n: int, step: float, start: float = 0.0) -> np.ndarray:
    i = np.arange(n, dtype=float)
    radius = step * np.sqrt(i + start)
    angle = i * GOLDEN_ANGLE
    return np.column_stack((radius * np.cos(angle), radius * np.sin(angle)))


def _area_spiral(radii: np.ndarray) -> np.ndarray:
    """Discs on a golden-angle spiral whose radius grows with the area already used."""
    used = np.cumsum((2.0 * radii) ** 2)
    dist = np.sqrt(used / math.pi) * 1.3
    angle = np.arange(len(radii)) * GOLDEN_ANGLE
    return np.column_stack((dist * np.cos(angle), dist * np.sin(angle)))


def _separate(pos: np.ndarray, radii: np.ndarray, rounds: int = 60) -> np.ndarray:
    """Push overlapping discs apart, a little each round (deterministic, no randomness)."""
    if len(pos) < 2:
        return pos
    pos = pos.copy()
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(-1)) + np.eye(len(pos))
        need = radii[:, None] + radii[None, :]
        overlap = np.clip(need - dist, 0.0, None)
        np.fill_diagonal(overlap, 0.0)
        if not overlap.any():
            break
        push = (delta / dist[..., None]) * (overlap[..., None] / 2.0)
        pos += push.sum(axis=1)
    return pos


def _skeleton_positions(skeleton: nx.Graph, radii: dict[str, float]) -> dict[str, np.ndarray]:
    order = sorted(skeleton.nodes)
    if not order:
        return {}
    r = np.array([radii[n] for n in order])
    scale = math.sqrt(float((r**2).sum())) * 1.2
    if len(order) <= MAX_SPRING_NODES:
        init = {n: p for n, p in zip(order, _spiral(len(order), 1.0, 1.0), strict=True)}
        raw = nx.spring_layout(skeleton, pos=init, seed=SEED, iterations=60, weight="weight")
        pos = np.array([raw[n] for n in order]) * scale
        pos = _separate(pos, r * 1.15)
    else:
        pos = _area_spiral(r * 1.15)
    return dict(zip(order, pos, strict=True))


def layout(graph: GraphData) -> dict[str, tuple[float, float]]:
    """Node id -> (x, y) in page pixels; the same graph always gives the same positions."""
    grouped = groups(graph)
    owner = {m: h for h, ms in grouped.items() for m in ms}
    skeleton = nx.Graph()
    skeleton.add_nodes_from(sorted(n.id for n in graph.nodes if n.id not in owner))
    for rel in sorted(graph.relationships, key=lambda r: r.id):
        a, b = owner.get(rel.start, rel.start), owner.get(rel.end, rel.end)
        if a != b:
            w = skeleton.get_edge_data(a, b, {"weight": 0})["weight"]
            skeleton.add_edge(a, b, weight=w + 1)
    radii = {n: SPACING * (math.sqrt(len(grouped.get(n, [])) + 1.5)) for n in skeleton.nodes}
    centres = _skeleton_positions(skeleton, radii)
    out: dict[str, tuple[float, float]] = {}
    for node, (x, y) in centres.items():
        out[node] = (round(float(x), 2), round(float(y), 2))
        ms = sorted(grouped.get(node, []))
        for m, (dx, dy) in zip(ms, _spiral(len(ms), SPACING, 1.5), strict=True):
            out[m] = (round(float(x + dx), 2), round(float(y + dy), 2))
    return out
