"""After the sentences: one node for one thing the article names in several ways (a meeting
described twice, a short form of a full name, a party body and its unit, a name without its
bracketed part, a body's other forms, an alias), its relationships moved onto it."""

from __future__ import annotations

import re

from graph.ids import normalise_name
from loaders.extract.candidate import CandidateNode, CandidateRel
from loaders.extract.collect import add_candidate_rel
from loaders.extract.entities import PARENT_SUFFIXES

_NOT_CORE = re.compile(r"[\d年度“”\"'《》（）()、，,：:·\-—]")
_MIN_CORE = 4


def _core(name: str) -> str:
    return _NOT_CORE.sub("", name)


def _merge_core(name: str) -> str:
    # "区域化党建工作联席会议" and "区域化党建联席会议" are one body's meeting: 工作 is filler.
    return _core(name).replace("工作", "")


def merge_events(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """One occurrence described twice in an article ("召开2020年联席会议" in the headline, "举行
    2020年联席会议理事会暨…" in the text) is one Event: the fuller description names it."""
    # The fullest description first; of equal ones, the one that names the year.
    events = sorted(
        (n for n in nodes.values() if n.label == "Event"), key=lambda n: (-len(_core(n.name)), -len(n.name))
    )
    kept: list[CandidateNode] = []
    into: dict[int, CandidateNode] = {}
    for e in events:
        core = _merge_core(e.name)
        same = next((k for k in kept if len(core) >= _MIN_CORE and core in _merge_core(k.name)), None)
        if same is None:
            kept.append(e)
            continue
        into[id(e)] = same
        if e.name not in same.aliases:
            same.aliases.append(e.name)
    merge(nodes, rels, into)


# "上海国际集团有限公司 … 国际集团": a short form of a full name written in the same article is
# the same unit: the full name is the short one with a place in front and a legal form behind.
_PLACE_FRONT = re.compile(r"(?:中国|中共|上海市?|[\u4e00-\u9fff]{2}[省市区])?")
_LEGAL_BACK = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|(?:集团)?有限公司|集团(?:公司)?)?")
# Labels whose names are written short after the full form ("国际集团大厦" for "上海国际集团大厦").
_SHORTENED = ("Unit", "Station", "Building")


def _full_form(short: str, full: str) -> bool:
    """Whether `full` is `short` with a place (or, "北京大学人民医院青岛医院" for "青岛医院", the
    parent body) in front and a legal form behind."""
    at = full.find(short)  # cheap test first: most pairs share nothing
    return (
        at >= 0
        and len(full) > len(short)
        and (_PLACE_FRONT.fullmatch(full[:at]) is not None or full[:at].endswith(PARENT_SUFFIXES))
        and _LEGAL_BACK.fullmatch(full[at + len(short) :]) is not None
    )


def merge_short_names(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    # Longest first, so that "上海国际集团" has joined "上海国际集团有限公司" before "国际集团" looks.
    units = sorted((n for n in nodes.values() if n.label in _SHORTENED), key=lambda n: -len(n.name))
    into: dict[int, CandidateNode] = {}
    for short in units:
        if short.linked or len(short.name) < 3:
            continue
        full = [
            n
            for n in units
            if short.name in n.name
            and n is not short
            and n.label == short.label
            and id(n) not in into
            and _full_form(short.name, n.name)
        ]
        if len(full) == 1:
            into[id(short)] = full[0]
            if short.name not in full[0].aliases:
                full[0].aliases.append(short.name)
    merge(nodes, rels, into)


_PARTY_BODY = re.compile(r"(?:党委|党总支|党支部)$")


def merge_party_bodies(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """ "SMG纪录片中心党总支" and "SMG纪录片中心" in one article are one unit, its party body an
    alias (as "X有限公司党委" is X)."""
    into: dict[int, CandidateNode] = {}
    for n in nodes.values():
        if n.label != "Unit" or n.linked or not _PARTY_BODY.search(n.name):
            continue
        base = nodes.get(("Unit", normalise_name(_PARTY_BODY.sub("", n.name))))
        if base is not None and base is not n:
            into[id(n)] = base
            if n.name not in base.aliases:
                base.aliases.append(n.name)
    if into:
        merge(nodes, rels, into)


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def merge_bracketed(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """ "张园商圈" is "张园(丰盛里-吴江路)商圈" written without the part in brackets."""
    full = {
        (n.label, bare): n
        for n in nodes.values()
        if "(" in n.name or "（" in n.name
        if (bare := _BRACKETED.sub("", n.name)) != n.name
    }
    if not full:
        return
    into: dict[int, CandidateNode] = {}
    for n in nodes.values():
        target = full.get((n.label, n.name))
        if target is not None and target is not n and not n.linked:
            into[id(n)] = target
            if n.name not in target.aliases:
                target.aliases.append(n.name)
    merge(nodes, rels, into)


_FILLER = re.compile(r"工作(?=联席会议|协调委员会|委员会$|理事会$)")


def merge_body_forms(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """ "经贸专委会" is the short form of "经济贸易专业委员会": the field abbreviated by the first
    character of each two-character word (or written whole), 专业委员会 as 专委会. Also
    "X工作联席会议" is the council "X联席会议" when the article names both."""
    committees = [n for n in nodes.values() if n.label == "Committee"]
    full = {n.name[: -len("专业委员会")]: n for n in committees if n.name.endswith("专业委员会")}
    into: dict[int, CandidateNode] = {}
    for short in committees:
        if not short.name.endswith("专委会") or short.linked:
            continue
        field = short.name[: -len("专委会")]
        hits = [n for f, n in full.items() if f == field or (len(f) == 2 * len(field) and f[::2] == field)]
        if len(hits) == 1:
            into[id(short)] = hits[0]
            hits[0].aliases.append(short.name)
    # "X区域化党建工作联席会议" is "X区域化党建联席会议", "X党建工作协调委员会" is "X党建协调
    # 委员会": 工作 is filler in a council's name.
    councils = {n.name: n for n in nodes.values() if n.label == "Council"}
    for n in councils.values():
        plain = councils.get(_FILLER.sub("", n.name))
        if plain is not None and plain is not n and not n.linked:
            into[id(n)] = plain
            plain.aliases.append(n.name)
    if into:
        merge(nodes, rels, into)


def merge_by_alias(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """A project or brand written once as “X”项目 and once as X项目 is one: a node whose name is
    another's alias of the same label merges into it."""
    by_alias: dict[tuple[str, str], CandidateNode] = {}
    for n in nodes.values():
        if n.label in ("Project", "Brand", "Committee"):
            for a in n.aliases:
                by_alias.setdefault((n.label, a), n)
    into = {
        id(n): target
        for n in nodes.values()
        if (target := by_alias.get((n.label, n.name))) is not None and target is not n and not n.linked
    }
    # Only one step: a node that others merge into stays.
    into = {k: v for k, v in into.items() if id(v) not in into}
    for n in nodes.values():
        if id(n) in into and n.name not in into[id(n)].aliases:
            into[id(n)].aliases.append(n.name)
    merge(nodes, rels, into)


# A slogan in quotes written before a body's name ("“荟聚世博”世博地区X联盟").
_SLOGAN_HEAD = re.compile(r"“[^“”]{2,16}”(?=[\u4e00-\u9fff]{4})")
_BODIES = ("Council", "Alliance", "Committee")


def merge_body_suffixes(
    nodes: dict[tuple[str, str], CandidateNode], rels: dict[tuple[object, ...], CandidateRel]
) -> None:
    """A body written once in full and once shorter in the same article is one: "共治联盟" after
    "华之门共建共治联盟", "世博地区X联盟" after "上海市浦东新区世博地区X联盟", and the name with a
    slogan in quotes before it. The shorter form must end the name of exactly one other body
    of its kind (a bare "联盟" in an article about one alliance is that alliance)."""
    bodies = sorted((n for n in nodes.values() if n.label in _BODIES), key=lambda n: -len(n.name))
    if len(bodies) < 2:
        return
    into: dict[int, CandidateNode] = {}

    def bare(n: CandidateNode) -> str:
        return _SLOGAN_HEAD.sub("", n.name, count=1) if n.name.startswith("“") else n.name

    for short in reversed(bodies):  # shortest first: it joins the one full form it ends
        if short.linked or id(short) in into or len(bare(short)) < 4:
            continue
        name = bare(short)
        longer = [
            n
            for n in bodies
            if n is not short
            and n.label == short.label
            and id(n) not in into
            and len(bare(n)) >= len(name)
            and bare(n).endswith(name)
            and (bare(n) != name or len(n.name) < len(short.name))
        ]
        if len(longer) == 1:
            into[id(short)] = longer[0]
            if short.name not in longer[0].aliases:
                longer[0].aliases.append(short.name)
    merge(nodes, rels, into)


def merge(
    nodes: dict[tuple[str, str], CandidateNode],
    rels: dict[tuple[object, ...], CandidateRel],
    into: dict[int, CandidateNode],
) -> None:
    """Replace each node id(n) in `into` by its target, in the nodes and the relationships."""
    if not into:
        return
    for key in [k for k, n in nodes.items() if id(n) in into]:
        del nodes[key]
    old = list(rels.items())
    rels.clear()
    for key, r in old:
        start, end = into.get(id(r.start), r.start), into.get(id(r.end), r.end)
        if start is r.start and end is r.end:
            rels.setdefault(key, r)  # untouched: its key stands
        elif start is not end:
            add_candidate_rel(rels, r.type, start, end, r.properties, r.source, r.confidence)
