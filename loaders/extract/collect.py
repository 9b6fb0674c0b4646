"""The candidate graph as the sentences fill it: one node per label and name, one relationship
per type, ends and key properties; the first sentence that states a fact is its source."""

from __future__ import annotations

from graph import schema
from graph.ids import normalise_name
from loaders.extract.candidate import CandidateNode, CandidateRel, Evidence
from loaders.extract.entities import PARTY_BODIES, Mention
from loaders.extract.relations import Found


def _props(label: str, props: dict[str, object]) -> dict[str, object]:
    spec = schema.NODE_SPECS[label]
    out = {k: v for k, v in props.items() if spec.prop_type(k)}
    if label == "Council":
        out.setdefault("level", "street")
    if label == "Area":
        out.setdefault("kind", "block")
    return out


def add_node(nodes: dict[tuple[str, str], CandidateNode], m: Mention, ev: Evidence) -> CandidateNode:
    key = (m.label, normalise_name(m.name))
    node = nodes.get(key)
    if node is None:
        props = _props(m.label, {} if m.linked else m.properties)  # required ones get defaults
        node = CandidateNode(m.label, key[1], [], props, ev, m.confidence, m.linked)
        nodes[key] = node
    node.confidence = max(node.confidence, m.confidence)
    for a in m.aliases:
        a = normalise_name(a)
        if a != node.name and a not in node.aliases and not m.linked:
            node.aliases.append(a)
    return node


def add_rel(
    rels: dict[tuple[object, ...], CandidateRel],
    nodes: dict[tuple[str, str], CandidateNode],
    f: Found,
    ev: Evidence,
) -> None:
    start = nodes.get((f.start.label, normalise_name(f.start.name)))
    end = nodes.get((f.end.label, normalise_name(f.end.name)))
    if start is None or end is None or start is end:
        return
    if f.type in _BETWEEN_TWO and _own_body(start.name, end.name):
        return  # "城桥镇" and "城桥镇党委": one side, its own party body, pairs with nobody
    add_candidate_rel(rels, f.type, start, end, f.properties, ev, f.confidence)


# Agreements and pairings join two sides.
_BETWEEN_TWO = frozenset({"SIGNED_AGREEMENT", "PAIRED_WITH"})


def _own_body(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in PARTY_BODIES


# The properties that enter a relationship's identity, by type (an observation date does not).
_KEY_PROPS = {t: tuple(k for k in spec.key if k != "as_of") for t, spec in schema.REL_SPECS.items()}


def add_candidate_rel(
    rels: dict[tuple[object, ...], CandidateRel],
    rel_type: str,
    start: CandidateNode,
    end: CandidateNode,
    props: dict[str, object],
    ev: Evidence,
    confidence: float,
) -> None:
    spec = schema.REL_SPECS[rel_type]
    if start.label not in spec.starts or end.label not in spec.ends:
        return
    key: tuple[object, ...] = (rel_type, start.label, start.name, end.label, end.name)
    if _KEY_PROPS[rel_type]:
        # Key properties tell two relationships between the same ends apart (two titles).
        key += tuple(str(props.get(k, "")) for k in _KEY_PROPS[rel_type])
    if rel_type in ("SIGNED_AGREEMENT", "PAIRED_WITH"):
        # Symmetric: one relationship per pair, whichever way the sentence puts it.
        key = (rel_type, *sorted([(start.label, start.name), (end.label, end.name)]))
    if key not in rels:
        rels[key] = CandidateRel(rel_type, start, end, dict(props), ev, confidence)
