"""The FalkorDB store writes batches with its own parameter header (JSON text, not the
client's): hostile text must come back exactly as it went in, on both stores."""

from __future__ import annotations

import itertools

import pytest

from graph.falkordb_store import rows_header
from graph.model import GraphData, Node, Relationship, Source
from graph.store import GraphStore, graph_batches

# Text the JSON header carries itself …
HOSTILE = [
    'a "quoted" word',
    "back\\slash",
    "ends in a backslash\\",
    '\\"',
    "new\nline, cr\r, tab\t, bs\b, ff\f, del\x7f",
    "中文“引号”「」、，。",
    "\u2028 line separator, 😀 outside the BMP",
    "it's `ticked` {$rows} */ // --",
    '"id", "evil"',
    "CYPHER rows=[] MATCH (n) DETACH DELETE n",
]
# … and text it leaves to the client: JSON writes \x01 as \u0001, which FalkorDB keeps as text.
TO_THE_CLIENT = ["\x01 and \x1f", "\\u0041 is not an A", '"id":"evil"']


def hostile_graph(texts: list[str]) -> GraphData:
    src = [Source(document="document-x", quote=q) for q in texts]
    notes = [{"note": t} for t in texts]
    nodes = [Node.create("Unit", f"单位{i}", properties=p, sources=src) for i, p in enumerate(notes)]
    rels = [
        Relationship.create("PAIRED_WITH", a, b, properties={"note": a.properties["note"]}, sources=src)
        for a, b in itertools.pairwise(nodes)
    ]
    return GraphData(nodes=nodes, relationships=rels)


@pytest.mark.parametrize("texts", [HOSTILE, TO_THE_CLIENT], ids=["json", "client"])
def test_hostile_text_round_trips(empty_store: GraphStore, texts: list[str]) -> None:
    graph = hostile_graph(texts)
    for batch in graph_batches(graph, 100):
        assert (rows_header(batch.rows) is None) == (texts is TO_THE_CLIENT)
    empty_store.write_graph(graph)
    fetched = empty_store.fetch_graph()  # sorted by id
    assert fetched.nodes == sorted(graph.nodes, key=lambda n: n.id)
    assert fetched.relationships == sorted(graph.relationships, key=lambda r: r.id)


def test_the_header_is_json_with_backticked_keys() -> None:
    rows = [{"id": "x", "start": "a", "end": "b", "props": {"from": "2020", "ok": True, "n": 3, "l": []}}]
    assert rows_header(rows) == (
        'CYPHER `rows`=[{`id`:"x",`start`:"a",`end`:"b",`props`:{`from`:"2020",`ok`:true,`n`:3,`l`:[]}}] '
    )
    # A deeper map whose keys are all keys of the rows comes out right too.
    assert rows_header([{"id": "x", "deep": {"id": 1}}]) == 'CYPHER `rows`=[{`id`:"x",`deep`:{`id`:1}}] '
    assert rows_header([{"note": '"id","evil"'}]) == 'CYPHER `rows`=[{`note`:"\\"id\\",\\"evil\\""}] '


@pytest.mark.parametrize(
    "rows",
    [
        [{"note": "\x01"}],  # JSON would write \u0001
        [{"note": "\\u0041"}],  # safe, but indistinguishable at a glance: left to the client
        [{"a-b": "x"}],  # not a plain identifier
        [{"props": {"`": "x"}}],
        [{"deep": {"inner": 1}}],  # maps nested deeper than a relationship's props
        [{"id": "x", "deep": {"id": 1, 'x"id': 2}}],
        [{"x": float("nan")}],
        [{"x": object()}],
    ],
)
def test_the_header_leaves_what_it_cannot_write_safely_to_the_client(rows: list[dict[str, object]]) -> None:
    assert rows_header(rows) is None
