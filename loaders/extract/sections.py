"""Long reports made of sections, and a district's own council.

* A section is about one subject (a street, a brand, a committee, a council, a district): a
  sentence that opens with it sets it ("X街道党工委…"/"X区委…" set their place). In later
  sentences with no maker of their own, what a clause launches ("开展“X”游园会", "推出A、B等
  项目") is ORGANISED by the subject, or BRANDED by it when it is a brand; in a brand's
  section a project with no maker is the brand's. Bodies a committee or council 成立s are
  PART_OF it (those a district 成立s, of the district's council); "联手A、B等成员单位" are
  MEMBER_OF it. "借助/依托/发挥X" makes X a helper (PARTICIPATED_IN), not the maker.
* In a district-wide report the district's council is named once in full ("X区“Y”区域化党建联席
  会议"); "区级联席会议", "区的联席会议", the council without its district and "区域化党建联席
  会议…" (its boards) are that council, not a street's. Its boards ("下设理事会") and the
  committees it sets up ("同时设立A、B等7个专业委员会") are PART_OF it, a committee named
  after it ("X区“Y”区域化党建经济贸易委员会") is one of those committees, and a 理事长 chairs
  its 理事会.
* In a report on several streets, a street's section owns the stations, schools and alliances
  named there by common words ("社区党建服务中心" → "X街道社区党建服务中心"; its brand's
  platforms) and the buildings named there (LOCATED_IN).
* Works named after a verb of making: "开发评弹党课《X》", "编制《Y规范》", "推出“Z”。",
  "推出A、“B”等福利" are projects; "组建“X队”" is a team (a Unit) that takes part in the
  project of its sentence; units a volunteer action attracts ("吸引了来自A、B…参与") take part.
  An occasion named after one of the article's brands, in its quotes, is the brand's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from graph import schema
from loaders.extract.entities import Mention
from loaders.extract.relations import Found

_SUBJECTS = ("Street", "District", "Brand", "Committee", "Council", "Alliance")
_MADE = ("Project", "Event")
_MAKERS = tuple(lab for lab in schema.REL_SPECS["ORGANISED"].starts if lab != "Person")
# Verbs by which a section's subject launches something.
_MAKE = re.compile(r"推出|打造|创办|开发|编制|制定|开展|举办|整合|实施|推行|发起|组织")
_CLAUSE = re.compile(r"[，,；;：:。]")
# "区级联席会议", "区的联席会议": the district's (not "社区的联席会议", "商区的…").
_DISTRICT_REF = re.compile(r"(?<![社街商园校片景城辖市])区(?:级|的)联席会议")
_DISTRICT_COMMITTEE = re.compile(r"(?:“[^“”]{1,8}”)?区域化党建([\u4e00-\u9fff]{2,4}?)(?:专业)?委员会")
_BOARD = re.compile(r"下设(常务理事会|理事会)")
_OWN_COUNCIL = "区域化党建联席会议"
# "开发评弹党课《X》", "编制《X规范》": a work made, named by its title (and its kind).
_TITLED = re.compile(
    r"(?:开发|编制|制定|推出|编写|编印|创作|出版)了?((?![了一这该])[\u4e00-\u9fff]{0,6}?)《([^《》]{2,30})》"
)
# "推出“共享空间”，": a quoted name standing alone after a verb of making.
_QUOTED_MADE = re.compile(r"(?:推出|创办|打造|开发|搭建)了?“([^“”]{2,12})”(?=[，,。；;]|$)")
# After a sentence's opening name: it is described or listed, not acting ("X由…组成", "X和Y").
_DESCRIBED = re.compile(r"[由是和与及、的]")
_HELPED = re.compile(r"(?:借助|依托|依靠|发挥)$")
_HELPER_WORD = re.compile(r"借助|依托|依靠|发挥")
_BODIES = ("Council", "Committee", "Alliance")
_RELATIVE = re.compile(r"(?:开展|推出|举办|组织|实施|打造)的$")
_SECTION_BODY = re.compile(r"(?:社区|党群)(?:党建)?(服务中心|党校|联盟)")
_SECTION_LABELS = {"服务中心": "Station", "党校": "Unit", "联盟": "Alliance"}
_PARTY_CELLS = ("党总支", "党支部", "党委", "联合党委")
_MEMBER_LIST = re.compile(r"等\s*(?:[\d一二三四五六七八九十]+\s*家)?成员单位")
_ATTRACT = re.compile(r"吸引了?([^。；;]*?)(?:参与|参加|加入)")
# "推出A、“B”等福利": a list of things offered, closed by what they are.
_OFFER_LIST = re.compile(
    r"(?:推出|提供|开展|发放)了?((?:[^，,。；;、]{3,18}、)+[^，,。；;、]{3,18}?)等(?:福利|惠民服务|服务项目|惠民项目)"
)
_OFFER_CLOSE = re.compile(r"等(?:福利|惠民|服务项目)")
_TEAM = re.compile(r"组建了?\s*“([^“”]{2,12}[队团])”")


class _Named(Protocol):
    label: str
    name: str
    aliases: list[str]
    linked: bool


_SHORT_LABELS = ("Alliance", "Area", "Council")
# Heads of names made of common words only: a street's own station, school or hall.
_GENERIC_HEADS = ("社区", "党建", "党群", "市民", "综合")


@dataclass
class SectionState:
    """What the sentences read so far say about the article's sections."""

    subject: Mention | None = None
    council: Mention | None = None  # the last council named (one ending in 联席会议)
    boards: dict[str, Mention] = field(default_factory=dict)  # council name → its 理事会
    street: str | None = None  # the street whose section this is
    brands: dict[str, Mention] = field(default_factory=dict)  # the brands named so far
    # Of the whole article: the district's own council, the districts and places it names,
    # and whether it reports on several streets (their sections own generic bodies).
    district_council: str | None = None
    districts: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    multi: bool = False

    @classmethod
    def for_article(
        cls, found: list[tuple[object, list[Mention]]], main_street: str | None, dominant: bool
    ) -> SectionState:
        council = district_council(found, main_street, dominant)
        districts = {m.name for _, ms in found for m in ms if m.label == "District"}
        streets = {m.name for _, ms in found for m in ms if m.label == "Street"}
        return cls(
            district_council=council,
            districts=districts,
            places=districts | streets,
            multi=bool(council) or not dominant,
        )


def section_mentions(sentence: str, mentions: list[Mention], state: SectionState) -> list[Mention]:
    """Names this module adds to a sentence's: works, the district council's bodies, a street
    section's own bodies."""
    extra = find_works(sentence, mentions)
    if "委员会" in sentence:
        extra += district_committees(sentence, mentions)
    if state.district_council:
        extra += district_mentions(sentence, mentions, state.district_council)
    if state.multi and state.street:
        extra += qualify_in_section(sentence, mentions, state)
    return extra


def section_facts(
    sentence: str,
    mentions: list[Mention],
    all_mentions: list[Mention],
    facts: list[Found],
    state: SectionState,
    line_start: Callable[[], int],
) -> list[Found]:
    """The facts of a sentence, given those the other rules found: helpers, the council's
    parts, teams, what the section's subject launches, the 理事会 a 理事长 chairs."""
    if _HELPER_WORD.search(sentence):
        facts = helpers_take_part(sentence, facts)
    if "委员" in sentence or "理事会" in sentence:
        facts += council_parts(mentions, state.district_council, state)
    if "组建" in sentence:
        facts += team_parts(mentions)
    facts += unit_in_project(mentions)
    for m in mentions:
        if m.label == "Brand":
            state.brands.setdefault(m.name, m)
    if "”" in sentence and state.brands:
        facts += branded_occasions(all_mentions, state.brands)
    if state.multi and state.street:
        facts += brand_platforms(mentions, state) + section_buildings(mentions, state)
    facts += carry_subject(sentence, all_mentions, facts, state, line_start)
    if state.boards and "理事长" in sentence:
        facts = chairs_board(sentence, facts, state)
    if "委员会" in sentence:
        facts = drop_inherited(facts)
    return facts


def district_council(
    found: list[tuple[object, list[Mention]]], main_street: str | None, dominant: bool
) -> str | None:
    """The district's council in a district-wide report (about no one street, or naming its
    district at least as often as its main street): a council named after a district."""
    districts = Counter(m.name for _, ms in found for m in ms if m.label == "District")
    if not districts:
        return None
    if dominant:
        streets = sum(1 for _, ms in found for m in ms if m.label == "Street" and m.name == main_street)
        if districts.most_common(1)[0][1] < streets:
            return None
    counts = Counter(
        m.name
        for _, ms in found
        for m in ms
        if m.label == "Council" and m.name.endswith("联席会议") and m.name.startswith(tuple(districts))
    )
    return counts.most_common(1)[0][0] if counts else None


def qualify_district(m: Mention, council: str, districts: set[str]) -> None:
    """ "区级联席会议", "“Y”区域化党建联席会议", "区域化党建联席会议常务理事会" → the district's."""
    if m.linked or m.label != "Council" or m.name == council:
        return
    short = m.name
    if _DISTRICT_REF.fullmatch(short):
        m.name = council
    elif short.startswith(_OWN_COUNCIL):
        m.name = council + short[len(_OWN_COUNCIL) :]
    elif council.endswith(short) and council[: -len(short)] in districts:
        m.name = council
    else:
        return
    m.aliases.append(short)


def district_committees(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "X区“Y”区域化党建经济贸易委员会": one of the district council's committees, by its field."""
    out = []
    for d in mentions:
        hit = _DISTRICT_COMMITTEE.match(sentence, d.end) if d.label == "District" else None
        if hit:
            field = hit[1]
            name = sentence[d.start : hit.end()]
            out.append(
                Mention("Committee", name, d.start, hit.end(), {"domain": field}, [field + "专业委员会"], 0.5)
            )
    return out


def district_mentions(sentence: str, mentions: list[Mention], council: str) -> list[Mention]:
    """ "区的联席会议" and the board "下设理事会" as names."""
    out = []
    for hit in _DISTRICT_REF.finditer(sentence):
        if not any(m.start <= hit.start() < m.end for m in mentions):
            out.append(
                Mention("Council", council, hit.start(), hit.end(), aliases=[hit.group()], linked=True)
            )
    for hit in _BOARD.finditer(sentence):
        out.append(Mention("Council", council + hit[1], hit.start(1), hit.end(1), {"kind": "board"}, [], 0.5))
    return out


def council_parts(mentions: list[Mention], council: str | None, state: SectionState) -> list[Found]:
    """Boards set up under the council, committees set up in a list: PART_OF the council the
    sentence names, else the last one named, else the district's."""
    parts = [
        m
        for m in mentions
        if (m.label == "Committee" and "domain" in m.properties)
        or (
            m.label == "Council"
            and m.properties.get("kind") == "board"
            and council
            and m.name.startswith(council)
        )
    ]
    if not parts:
        return []
    named = [m for m in mentions if m.label == "Council" and m.name.endswith("联席会议")]
    whole = named[-1] if named else state.council
    if whole is None and council:
        whole = Mention("Council", council, 0, 0, linked=True)
    if whole is None:
        return []
    return [Found("PART_OF", p, whole, {}, 0.5) for p in parts if p.name != whole.name]


def find_works(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Titled works and quoted things made by a verb of making; teams formed."""
    out = []
    if "《" in sentence:
        for hit in _TITLED.finditer(sentence):
            name = hit[1] + "《" + hit[2] + "》"
            out.append(Mention("Project", name, hit.start(1), hit.end(), confidence=0.5))
    if _OFFER_CLOSE.search(sentence):
        out += find_offers(sentence, mentions)
    if "“" in sentence:
        for hit in _QUOTED_MADE.finditer(sentence):
            if not any(m.start <= hit.start(1) < m.end for m in mentions):
                out.append(Mention("Project", hit[1], hit.start(1) - 1, hit.end(1) + 1, confidence=0.5))
        for hit in _TEAM.finditer(sentence):
            out.append(
                Mention("Unit", hit[1], hit.start(1) - 1, hit.end(1) + 1, {"kind": "other"}, confidence=0.5)
            )
    return out


def find_offers(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """ "推出艺海剧场话剧票、“水晶花制作活动”等福利": each item is a project."""
    out = []
    for hit in _OFFER_LIST.finditer(sentence):
        at = hit.start(1)
        for item in hit[1].split("、"):
            start, end = at, at + len(item)
            at = end + 1
            name = item.strip('“”"')
            if len(name) >= 3 and not any(
                m.start <= start and end <= m.end for m in mentions if m.label == "Project"
            ):
                out.append(Mention("Project", name, start, end, confidence=0.4, in_list=True))
    return out


def unit_in_project(mentions: list[Mention]) -> list[Found]:
    """ "艺海剧场话剧票": a unit whose name opens a project's name takes part in it."""
    projects = [m for m in mentions if m.label == "Project"]
    if not projects:
        return []
    return [
        Found("PARTICIPATED_IN", u, p, {}, 0.4)
        for p in projects
        for u in mentions
        if u.label == "Unit" and u.start == p.start and u.end < p.end and p.name.startswith(u.name)
    ]


def branded_occasions(mentions: list[Mention], brands: dict[str, Mention]) -> list[Found]:
    """ "“共同行动”工地中秋慰问晚会": an occasion named after a brand of the article, in its
    quotes, is the brand's."""
    return [
        Found("BRANDED", m, brands[inner], {}, 0.4)
        for m in mentions
        if m.label == "Event" and m.name.startswith("“") and (inner := m.name[1 : m.name.find("”")]) in brands
    ]


def team_parts(mentions: list[Mention]) -> list[Found]:
    """A team formed in a sentence that names one project takes part in it."""
    teams = [
        m
        for m in mentions
        if m.label == "Unit" and m.properties.get("kind") == "other" and m.name[-1] in "队团"
    ]
    projects = {m.name: m for m in mentions if m.label == "Project"}
    if not teams or len(projects) != 1:
        return []
    project = next(iter(projects.values()))
    return [Found("PARTICIPATED_IN", t, project, {}, 0.4) for t in teams]


def _opening(sentence: str, mentions: list[Mention], line_start: Callable[[], int]) -> Mention | None:
    """The name a sentence opens with, whole ("X街道党工委", not "X街道"). A headline without a
    full stop runs on into the sentence under it: a subject opening its second line opens it."""
    at = 1 if sentence[:1] in '“"' else 0
    best: Mention | None = None
    for m in mentions:
        if m.start <= at and (best is None or m.end - m.start > best.end - best.start):
            best = m
    if best is not None:
        return best
    subjects = [m for m in mentions if m.label in _SUBJECTS]
    if not subjects:
        return None
    second = line_start()
    for m in subjects:
        if m.start == second and (best is None or m.end - m.start > best.end - best.start):
            best = m
    return best


def carry_subject(
    sentence: str,
    mentions: list[Mention],
    facts: list[Found],
    state: SectionState,
    line_start: Callable[[], int] = lambda: -1,
) -> list[Found]:
    """What a sentence with no maker of its own launches is its section's subject's.
    `line_start`: where the line under a run-on headline starts in the sentence (-1: none)."""
    opening = _opening(sentence, mentions, line_start)
    out: list[Found] = []
    # The sentence's own subject (a brand's own sentences are ownership's), else its section's.
    own = opening if opening is not None and opening.label in ("Street", "District") else None
    subject = own if own is not None else None if opening is not None else state.subject
    if subject is not None:
        if _MAKE.search(sentence) and any(m.label in _MADE for m in mentions):
            out = _launched(sentence, mentions, facts, subject)
        if subject.label == "Brand" and own is None:
            out += _brand_projects(sentence, mentions, [*facts, *out], subject)
        if "成立" in sentence and own is None:
            out += _founded(sentence, mentions, subject, state.council)
    if "成员单位" in sentence:
        out += _members(sentence, mentions, state.subject)
    if "吸引" in sentence:
        out += _attracted(sentence, mentions)
    if opening is not None:
        if _DESCRIBED.match(sentence, opening.end):
            pass  # "区的联席会议由…组成": described, not acting
        elif opening.label in _SUBJECTS:
            state.subject = opening
        elif opening.label == "Unit":
            # "X街道党工委…", "X区委…": the place's section; another unit's is no section's.
            place = next((p for p in sorted(state.places, key=len, reverse=True) if p in opening.name), None)
            state.subject = Mention(_place_label(place), place, 0, 0, linked=True) if place else None
        subject = state.subject
        if subject is None or subject.label != "Brand":  # a brand's section stays its street's
            state.street = subject.name if subject is not None and subject.label == "Street" else None
    for m in mentions:
        if m.label != "Council":
            continue
        if m.name.endswith("联席会议"):
            state.council = m
        elif m.name.endswith("理事会") and not m.name.endswith("常务理事会"):
            state.boards.setdefault(m.name[: -len("理事会")], m)
    return out


def helpers_take_part(sentence: str, facts: list[Found]) -> list[Found]:
    """ "借助/依托X的优势，开发Y", "发挥X的作用，编制Y": X helps with Y (PARTICIPATED_IN)
    rather than making it."""
    return [
        Found("PARTICIPATED_IN", f.start, f.end, {}, f.confidence)
        if f.type == "ORGANISED" and _HELPED.search(sentence, max(0, f.start.start - 2), f.start.start)
        else f
        for f in facts
    ]


def _founded(
    sentence: str, mentions: list[Mention], subject: Mention, council: Mention | None
) -> list[Found]:
    """ "(专委会…)成立X商圈党建联盟": a body a council or committee sets up is part of it; one a
    district sets up is part of the district's council (the last council named)."""
    if subject.label == "District" and council is not None and council.name.startswith(subject.name):
        subject = council
    if subject.label not in _BODIES:
        return []
    out = []
    for m in mentions:
        if m.label not in _BODIES and not (m.label == "Unit" and m.name.endswith(_PARTY_CELLS)):
            continue
        clause = max((c.end() for c in _CLAUSE.finditer(sentence, 0, m.start)), default=0)
        verb = sentence.rfind("成立", clause, m.start)
        if (
            verb >= 0
            and not sentence.startswith("的", verb + 2)
            and not any(o.label in _MAKERS and clause <= o.start < verb for o in mentions)
        ):
            out.append(Found("PART_OF", m, subject, {}, 0.4))
    return out


def _members(sentence: str, mentions: list[Mention], subject: Mention | None) -> list[Found]:
    """ "联手A、B等成员单位": A and B are members of the body the sentence (or section) is about."""
    out = []
    for hit in _MEMBER_LIST.finditer(sentence):
        clause = max((c.end() for c in _CLAUSE.finditer(sentence, 0, hit.start())), default=0)
        bodies = [m for m in mentions if m.label in _BODIES and m.end <= clause]
        body = bodies[-1] if bodies else subject
        if body is None or body.label not in _BODIES:
            continue
        items = [
            m
            for m in mentions
            if clause <= m.start
            and m.end <= hit.start()
            and m.label in schema.REL_SPECS["MEMBER_OF"].starts
            and sentence[m.end] in "、等"
        ]
        out += [Found("MEMBER_OF", m, body, {}, 0.4) for m in items if m.name != body.name]
    return out


def _attracted(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "“X”志愿行动吸引了来自A、B等单位的志愿者参与": A and B take part in X."""
    hit = _ATTRACT.search(sentence)
    if hit is None:
        return []
    clause = max((c.end() for c in _CLAUSE.finditer(sentence, 0, hit.start())), default=0)
    target = [m for m in mentions if m.label in _MADE and clause <= m.start and m.end <= hit.start()]
    if not target:
        return []
    return [
        Found("PARTICIPATED_IN", m, target[-1], {}, 0.4)
        for m in mentions
        if hit.start(1) <= m.start < hit.end(1) and m.label in _MAKERS and m.label not in ("District",)
    ]


def _place_label(name: str) -> str:
    return "Street" if name.endswith(("街道", "镇")) else "District"


def chairs_board(sentence: str, facts: list[Found], state: SectionState) -> list[Found]:
    """A 理事长 chairs the council's 理事会 when the article names one; with no body named in
    the sentence ("轮值理事长单位X" in a caption), the board named last."""
    out = []
    for f in facts:
        if f.type == "CHAIRS" and "理事长" in str(f.properties.get("role", "")) and state.boards:
            board = state.boards.get(f.end.name)
            if board is None and not any(n in sentence for n in (f.end.name, *f.end.aliases)):
                board = next(reversed(state.boards.values()))
            if board is not None:
                f = Found("CHAIRS", f.start, board, f.properties, f.confidence)
        out.append(f)
    return out


def _brand_projects(
    sentence: str, mentions: list[Mention], facts: list[Found], brand: Mention
) -> list[Found]:
    """In a brand's section, a project with no maker named is the brand's ("通过“X”项目…"), not
    one a relative clause gives a maker of its own ("居民区开展的X")."""
    owned = {id(f.end) for f in facts if f.type == "ORGANISED"} | {
        id(f.start) for f in facts if f.type == "BRANDED"
    }
    return [
        Found("BRANDED", m, brand, {}, 0.3)
        for m in mentions
        if m.label == "Project"
        and id(m) not in owned
        and m.name != brand.name
        and not _RELATIVE.search(sentence, max(0, m.start - 4), m.start)
    ]


def _launched(sentence: str, mentions: list[Mention], facts: list[Found], subject: Mention) -> list[Found]:
    """Projects and events a clause launches with no maker written before its verb."""
    owned = {id(f.end) for f in facts if f.type == "ORGANISED"} | {
        id(f.start) for f in facts if f.type == "BRANDED"
    }
    out = []
    for m in mentions:
        if m.label not in _MADE or id(m) in owned or m.name == subject.name:
            continue
        at = m.start
        if m.in_list:
            at = min(q.start for q in mentions if q.in_list and q.label == m.label)
        clause = max((c.end() for c in _CLAUSE.finditer(sentence, 0, at)), default=0)
        verb = None
        for v in _MAKE.finditer(sentence, clause, at):
            verb = v
        # "居民区开展的X": the maker of a relative clause is written before its verb.
        if (
            verb is None
            or sentence.startswith("的", verb.end())
            or any(o.label in _MAKERS and clause <= o.start < verb.start() for o in mentions)
        ):
            continue
        if subject.label == "Brand":
            out.append(Found("BRANDED", m, subject, {}, 0.4))
        elif subject.label in schema.REL_SPECS["ORGANISED"].starts:
            out.append(Found("ORGANISED", subject, m, {}, 0.4))
    return out


def drop_inherited(facts: list[Found]) -> list[Found]:
    """A committee named after the district's council ("X区“Y”区域化党建Z委员会") is part of the
    council; the district and the brand in its name are the council's (COVERS, BRANDED)."""
    return [
        f
        for f in facts
        if not (
            f.type in ("COVERS", "BRANDED")
            and f.start.label == "Committee"
            and "domain" in f.start.properties
        )
    ]


def district_short_forms(nodes: Iterable[_Named], districts: set[str]) -> dict[int, _Named]:
    """ "南京西路商圈党建联盟" is "静安南京西路商圈党建联盟" when the article names both: the full
    name is the short one with its district (or the district's short name) in front."""
    fronts = districts | {d[:-1] for d in districts if len(d) >= 3 and d.endswith("区")}
    pool = [n for n in nodes if n.label in _SHORT_LABELS]
    names = {(n.label, n.name): n for n in pool}
    into: dict[int, _Named] = {}
    for n in pool:
        if n.linked:
            continue
        full = [names[(n.label, f + n.name)] for f in fronts if (n.label, f + n.name) in names]
        if len(full) == 1:
            into[id(n)] = full[0]
            if n.name not in full[0].aliases:
                full[0].aliases.append(n.name)
    return into


def qualify_in_section(sentence: str, mentions: list[Mention], state: SectionState) -> list[Mention]:
    """In a report on several streets, a station, school or alliance named by common words
    alone ("党建资源配送站", "社区党建服务中心", "社区党校", "社区联盟") in a street's section is
    that street's. Returns those the suffix rules drop as generic."""
    if not state.street:
        return []
    for m in mentions:
        if m.label in ("Unit", "Station") and not m.linked and m.name.startswith(_GENERIC_HEADS):
            m.aliases.append(m.name)
            m.name = state.street + m.name
    out = []
    if "社区" in sentence or "党群" in sentence:
        for hit in _SECTION_BODY.finditer(sentence):
            if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                continue
            label = _SECTION_LABELS[hit[1]]
            out.append(
                Mention(label, state.street + hit.group(), hit.start(), hit.end(), {}, [hit.group()], 0.4)
            )
    return out


def brand_platforms(mentions: list[Mention], state: SectionState) -> list[Found]:
    """In a brand's section of a street, the street's own stations and schools named by
    common words are the brand's platforms (BRANDED)."""
    brand = state.subject
    if brand is None or brand.label != "Brand" or not state.street:
        return []
    return [
        Found("BRANDED", m, brand, {}, 0.4)
        for m in mentions
        if m.label in ("Unit", "Station") and any(a.startswith(_GENERIC_HEADS) for a in m.aliases)
    ]


def section_buildings(mentions: list[Mention], state: SectionState) -> list[Found]:
    """In a report on several streets, a building named in a street's section lies in it."""
    street = Mention("Street", state.street, 0, 0, linked=True) if state.street else None
    return [Found("LOCATED_IN", m, street, {}, 0.3) for m in mentions if street and m.label == "Building"]
