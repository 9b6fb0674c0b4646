"""Analyses that Cypher alone does poorly, computed with networkx on a query's rows."""

from __future__ import annotations

from typing import Any

import networkx as nx
from networkx.algorithms import bipartite


def brokers(rows: list[dict[str, Any]], limit: int = 20) -> list[dict[str, Any]]:
    """Units that link the most otherwise separate councils and alliances.

    Rows are (unit, body) pairs. On the body–body projection (two bodies are linked when a
    unit belongs to both), a unit's broker score is the number of body pairs it alone links,
    i.e. pairs with no other shared member; ties are broken by the unit's betweenness
    centrality in the bipartite unit–body graph.
    """
    g = nx.Graph()
    names: dict[str, str] = {}
    for r in rows:
        u, b = ("u", r["unit_id"]), ("b", r["body_id"])
        g.add_node(u, bipartite=0)
        g.add_node(b, bipartite=1)
        g.add_edge(u, b)
        names[r["unit_id"]] = r["unit_name"]
        names[r["body_id"]] = r["body_name"]
    if g.number_of_edges() == 0:
        return []
    bodies = {n for n, d in g.nodes(data=True) if d["bipartite"] == 1}
    shared = bipartite.weighted_projected_graph(g, bodies)  # edge weight: shared members
    betweenness = nx.betweenness_centrality(g, seed=0)
    out = []
    for node in g.nodes:
        if node[0] != "u":
            continue
        mine = sorted(g.neighbors(node))
        pairs = [(a, b) for i, a in enumerate(mine) for b in mine[i + 1 :]]
        sole = sum(1 for a, b in pairs if shared[a][b]["weight"] == 1)
        if len(mine) < 2:
            continue
        out.append(
            {
                "id": node[1],
                "name": names[node[1]],
                "bodies": len(mine),
                "body_names": [names[b[1]] for b in mine],
                "bridged_pairs": sole,
                "betweenness": round(betweenness[node], 6),
            }
        )
    out.sort(key=lambda r: (-r["bridged_pairs"], -r["betweenness"], -r["bodies"], r["name"]))
    return out[:limit]
