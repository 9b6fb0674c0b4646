"""An article → candidate nodes and relationships, each resting on one sentence."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from graph import schema
from graph.ids import node_id, normalise_name
from loaders.extract.candidate import CandidateNode, CandidateRel, Candidates, DocumentInfo, Evidence
from loaders.extract.dates import ArticleDate, detect_article_date, resolve_date, resolve_year
from loaders.extract.entities import (
    Mention,
    find_districts,
    find_organisations,
    find_people,
)
from loaders.extract.linking import Gazetteer
from loaders.extract.ownership import find_ownership
from loaders.extract.quoted import find_project_lists, find_quoted
from loaders.extract.relations import Found, find_events, find_relations
from loaders.extract.text import Sentence, split_sentences
from loaders.textfile import read_text

_PLACES = ("Street", "Area", "Building", "District")
_BODIES = ("Council", "Alliance", "Committee")
# Generic heads that stand for "this street's …" in a street's own article.
_OWN = re.compile(r"^(?:街道|区域化党建)")
_GENERIC_STREET = {"街道", "镇"}
_HEADLINE = re.compile(r"^[^。，,；;：:]{6,40}$")


def extract_file(path: Path, *, gazetteer: Gazetteer | None = None) -> Candidates:
    """Read an article (encoding detected) and extract its candidate graph."""
    return extract_text(read_text(path), document_name=path.name, gazetteer=gazetteer)


def extract_text(
    text: str,
    *,
    document_name: str,
    article_date: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Candidates:
    sentences = split_sentences(text)
    whole = "".join(s.text for s in sentences)
    date = ArticleDate.parse(article_date) if article_date else detect_article_date(whole)
    doc = DocumentInfo(title=_title(text, sentences, document_name), file=document_name, date=date.iso())
    doc_id = node_id("Document", doc.title)
    gaz = gazetteer or Gazetteer()

    found = [(s, _mentions(s.text, gaz)) for s in sentences]
    _rescan(found)
    main_street = _main_street(found)
    out = Candidates(documents=[doc])
    nodes: dict[tuple[str, str], CandidateNode] = {}
    rels: dict[tuple[object, ...], CandidateRel] = {}
    districts: set[tuple[str, str]] = set()
    context: Mention | None = None

    for sentence, mentions in found:
        for m in mentions:
            _qualify(m, main_street)
            _link(m, gaz)
        # Still generic ("街道党工委" with no street in the article): not a particular body.
        mentions[:] = [m for m in mentions if m.linked or not _OWN.match(m.name)]
        if main_street:
            mentions[:] = sorted([*mentions, *_bare_street(sentence.text, mentions, main_street)], key=_order)
        evidence = _evidence(text, sentence, doc_id)
        sdate = resolve_date(sentence.text, date)
        year = resolve_year(sentence.text, date)
        events = find_events(sentence.text, mentions, sdate)
        all_mentions = [*mentions, *(e for e, _ in events)]
        for m in all_mentions:
            _add_node(nodes, m, evidence)
            if m.label == "District":
                districts.add((m.label, m.name))
        people = [m for m in mentions if m.label == "Person"]
        facts: list[Found] = [f for _, fs in events for f in fs]
        facts += find_relations(sentence.text, mentions, date=sdate, year=year, context=context)
        facts += _positions(sentence.text, mentions, people, sdate)
        facts += _containment(mentions)
        facts += find_ownership(sentence.text, mentions)
        for f in facts:
            _add_rel(rels, nodes, f, evidence)
        bodies = [m for m in mentions if m.label in _BODIES]
        if bodies:
            context = bodies[-1]

    # A street written in an article about one district lies in that district.
    if len(districts) == 1:
        district = nodes[next(iter(districts))]
        for n in list(nodes.values()):
            if n.label == "Street":
                _add_candidate_rel(rels, "PART_OF", n, district, {}, n.source, 0.4)

    out.nodes = list(nodes.values())
    out.relationships = list(rels.values())
    return out


def _title(text: str, sentences: list[Sentence], fallback: str) -> str:
    """The first headline-like line: short and without sentence punctuation."""
    for line in text.splitlines()[:40]:
        squashed = "".join(line.split())
        if _HEADLINE.match(squashed) and not re.search(r"\d{4}年\d{1,2}月\d{1,2}日$", squashed):
            return squashed
    return fallback


def _mentions(sentence: str, gaz: Gazetteer) -> list[Mention]:
    people = find_people(sentence)
    ms = [*find_districts(sentence), *find_organisations(sentence)]
    ms += [q.mention for q in find_quoted(sentence)]
    ms += find_project_lists(sentence)
    ms += [p for p, _, _ in people]
    for start, end, known in gaz.scan(sentence):
        ms.append(Mention(known.label, known.name, start, end, confidence=0.9, linked=True, nested_ok=True))
    # Drop a name inside a longer one at the same place unless it names something itself.
    keep = []
    for m in ms:
        inside = any(
            o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in ms
        )
        if inside and not (m.nested_ok or m.label in _PLACES):
            continue
        if any(o is not m and (o.start, o.end) == (m.start, m.end) and o.linked and not m.linked for o in ms):
            continue
        keep.append(m)
    keep.sort(key=lambda m: (m.start, -m.end))
    return keep


def _order(m: Mention) -> tuple[int, int]:
    return (m.start, -m.end)


# Names the article itself has put in quotes are names wherever it repeats them unquoted
# ("“福民项目”…" then "推进福民项目"); only the labels that have no suffix of their own.
_RESCAN = ("Project", "Brand")
_MIN_RESCAN = 3


def _rescan(found: list[tuple[Sentence, list[Mention]]]) -> None:
    names: dict[str, str] = {}
    for _, ms in found:
        for m in ms:
            if m.label in _RESCAN and len(m.name) >= _MIN_RESCAN and not m.in_list:
                names.setdefault(m.name, m.label)
    if not names:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for sentence, ms in found:
        extra = [
            Mention(names[hit.group()], hit.group(), hit.start(), hit.end(), confidence=0.5, nested_ok=True)
            for hit in pattern.finditer(sentence.text)
            if not any(m.start <= hit.start() and hit.end() <= m.end for m in ms)
        ]
        if extra:
            ms[:] = sorted([*ms, *extra], key=_order)


# "街道" standing alone in a street's own article is that street ("街道将为…", "现场，街道启动了…").
_BARE_STREET = re.compile(r"(?<![各全多个些该本])街道(?![和、与及])")


def _bare_street(sentence: str, mentions: list[Mention], main_street: str) -> list[Mention]:
    return [
        Mention("Street", main_street, hit.start(), hit.end(), confidence=0.5, linked=True)
        for hit in _BARE_STREET.finditer(sentence)
        if not any(m.start <= hit.start() < m.end for m in mentions)
    ]


def _main_street(found: list[tuple[Sentence, list[Mention]]]) -> str | None:
    counts = Counter(m.name for _, ms in found for m in ms if m.label == "Street")
    return counts.most_common(1)[0][0] if counts else None


def _qualify(m: Mention, main_street: str | None) -> None:
    """ "街道区域化党建联席会议" in a street's article is that street's council."""
    if main_street and m.label in (*_BODIES, "Unit", "Station") and not m.linked and _OWN.match(m.name):
        short = m.name
        m.name = main_street + (short[2:] if short.startswith("街道") else short)
        m.aliases.append(short)


def _link(m: Mention, gaz: Gazetteer) -> None:
    if m.linked:
        return
    known = gaz.lookup(m.name, m.label) or next((k for a in m.aliases if (k := gaz.lookup(a, m.label))), None)
    if known is not None:
        m.label, m.name, m.linked, m.confidence = known.label, known.name, True, 0.9
        m.properties = {}


def _evidence(text: str, sentence: Sentence, doc_id: str) -> Evidence:
    return Evidence(doc_id, sentence.start, sentence.end, text[sentence.start : sentence.end])


def _props(label: str, props: dict[str, object]) -> dict[str, object]:
    spec = schema.NODE_SPECS[label]
    out = {k: v for k, v in props.items() if spec.prop_type(k)}
    if label == "Council":
        out.setdefault("level", "street")
    if label == "Area":
        out.setdefault("kind", "block")
    return out


def _add_node(nodes: dict[tuple[str, str], CandidateNode], m: Mention, ev: Evidence) -> CandidateNode:
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


def _add_rel(
    rels: dict[tuple[object, ...], CandidateRel],
    nodes: dict[tuple[str, str], CandidateNode],
    f: Found,
    ev: Evidence,
) -> None:
    start = nodes.get((f.start.label, normalise_name(f.start.name)))
    end = nodes.get((f.end.label, normalise_name(f.end.name)))
    if start is None or end is None or start is end:
        return
    _add_candidate_rel(rels, f.type, start, end, f.properties, ev, f.confidence)


def _add_candidate_rel(
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
    key = (rel_type, start.label, start.name, end.label, end.name)
    if rel_type in ("SIGNED_AGREEMENT", "PAIRED_WITH"):
        # Symmetric: one relationship per pair, whichever way the sentence puts it.
        key = (rel_type, *sorted([(start.label, start.name), (end.label, end.name)]))
    if key not in rels:
        rels[key] = CandidateRel(rel_type, start, end, dict(props), ev, confidence)


def _positions(
    sentence: str, mentions: list[Mention], people: list[Mention], date: str | None
) -> list[Found]:
    """ "X公司党委书记张三": the person holds the title in the body written just before it."""
    out = []
    for p in people:
        # The title runs from the end of the nearest body before the name to the name.
        before = [
            m for m in mentions if m.end <= p.start and m.label in ("Unit", *_BODIES, "Station", "Street")
        ]
        if not before:
            continue
        org = before[-1]
        title = sentence[org.end : p.start].strip("、") or str(p.properties.get("title", ""))
        if org.aliases and title == p.properties.get("title"):
            pass  # "X公司党委书记": the party suffix is part of the title, already whole
        elif org.aliases and sentence[org.end - 2 : org.end] in ("党委", "党组") and len(title) <= 3:
            title = sentence[org.end - 2 : p.start]
        if not title or len(title) > 24 or re.search(r"[，,。；;]", sentence[org.end : p.start]):
            continue
        props: dict[str, object] = {"title": title}
        if date:
            props["as_of"] = date
        out.append(Found("HOLDS_POSITION", p, org, props, 0.5))
    return out


def _containment(mentions: list[Mention]) -> list[Found]:
    """ "X公司党委" is part of "X公司", "X街道党工委" of "X街道": a name that extends
    another by a suffix names a body inside it."""
    out = []
    for outer in mentions:
        for inner in mentions:
            if (
                inner is not outer
                and outer.start == inner.start
                and inner.end < outer.end
                and outer.name.startswith(inner.name)
                and outer.label not in _PLACES
                and inner.label != "Person"
            ):
                # A station named after its building ("X大厦党群服务站") sits in it.
                kind = "LOCATED_IN" if inner.label in ("Building", "Area") else "PART_OF"
                out.append(Found(kind, outer, inner, {}, 0.5))
    return out
