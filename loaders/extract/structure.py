"""Structural facts that rest on more than one sentence's names: chair hand-overs between two
units' people, and the stations a street or party committee runs.

Hand-over: "现任轮值主席甲向新任轮值主席、B党委委员乙交接理事会理事长单位铜牌" — 甲 chaired the
council until the day, 甲's unit (named in the sentence or, earlier in the article, in 甲's
title) was its chair unit until then and B from then; "理事会理事长单位" handed over means
both units chaired the council's board (理事会) too.

Stations: "X与Y共同协商、携手打造…服务站" (both run it), "在P开设…工作站" (the subject runs
it, it sits in P), "继A和B之后又一个…站点" (the stations at A and B are the subject's too).
"""

from __future__ import annotations

import re

from loaders.extract.entities import Mention, whole_names
from loaders.extract.relations import Found

_CHAIRED = ("Council", "Alliance", "Committee")
_HANDOVER = re.compile(r"向(?:新任|新一任|下一任|下任)?")
_PASSED = re.compile(r"交接|移交")
_ROTATING = re.compile(r"轮值主席|轮值理事长")
_BOARD = re.compile(r"理事会(?:理事长|轮值理事长)单位")
_WORKERS = ("Unit", "Street")


def find_handover(
    sentence: str,
    mentions: list[Mention],
    date: str | None,
    context: Mention | None,
    employers: dict[str, Mention],
) -> tuple[list[Mention], list[Found]]:
    """The outgoing chair, the two chair units, and the board they chair (a new node when the
    article has not named it). Returns (new mentions, facts)."""
    passed = _PASSED.search(sentence)
    to = _HANDOVER.search(sentence, 0, passed.start()) if passed else None
    if to is None or not _ROTATING.search(sentence, 0, passed.start()):
        return [], []
    before = [m for m in mentions if m.end <= to.start()]
    council = next((m for m in reversed(before) if m.label in _CHAIRED), None)
    if council is None and context is not None and context.label in _CHAIRED:
        council = context
    outgoing = next((m for m in reversed(before) if m.label == "Person"), None)
    if council is None or outgoing is None:
        return [], []
    incoming = next((m for m in mentions if m.start >= to.end() and m.label == "Person"), None)
    until = {"to": date} if date else {}
    since = {"from": date} if date else {}
    facts = [Found("CHAIRS", outgoing, council, {"role": "轮值主席", **until}, 0.5)]
    floor = council.end if council in before else 0
    old_unit = _unit_of(outgoing, [m for m in before if m.start >= floor], employers)
    new_unit = next(
        (
            m
            for m in mentions
            if m.label in _WORKERS and m.start >= to.end() and (incoming is None or m.end <= incoming.start)
        ),
        None,
    )
    if new_unit is None and incoming is not None:
        new_unit = employers.get(incoming.name)
    if old_unit is not None:
        facts.append(Found("CHAIRS", old_unit, council, {"role": "轮值主席单位", **until}, 0.5))
    extra: list[Mention] = []
    if _BOARD.search(sentence, passed.end()) and not council.name.endswith("理事会"):
        # "交接理事会理事长单位铜牌": the units chair the council's board as well.
        board = Mention("Council", council.name + "理事会", passed.end(), passed.end(), confidence=0.4)
        extra.append(board)
        for unit, when in ((old_unit, until), (new_unit, since)):
            if unit is not None:
                facts.append(Found("CHAIRS", unit, board, {"role": "理事长单位", **when}, 0.4))
    return extra, facts


def _unit_of(person: Mention, before: list[Mention], employers: dict[str, Mention]) -> Mention | None:
    """The unit a person speaks for: written in the person's title right before the name
    (no clause break between), else the one the article gave the person earlier."""
    here = next(
        (m for m in reversed(before) if m.label in _WORKERS and m.end <= person.start),
        None,
    )
    return here if here is not None and here.end >= person.start - 12 else employers.get(person.name)


# "…轮值主席单位代表甲": 甲 speaks for the council's chair unit, the unit of 甲's other title.
_DELEGATE = re.compile(r"(轮值主席|理事长|轮值理事长|会长)单位代表")
_SEGMENT_BREAK = re.compile(r"[、，,。；;：:]")


def find_chair_delegate(
    sentence: str, mentions: list[Mention], date: str | None
) -> tuple[list[Mention], list[Found]]:
    """ "A部副主任、X区域化党建轮值主席单位代表甲": A chairs X's council (written out, or the
    street's regional party-building council "X街道区域化党建…"); 甲 holds the delegate's post
    in it. Returns (new mentions, facts)."""
    extra: list[Mention] = []
    facts: list[Found] = []
    for d in _DELEGATE.finditer(sentence):
        person = next((m for m in mentions if m.label == "Person" and m.start == d.end()), None)
        if person is None:
            continue
        seg = max((b.end() for b in _SEGMENT_BREAK.finditer(sentence, 0, d.start())), default=0)
        council = next(
            (m for m in mentions if m.label in _CHAIRED and seg <= m.start and m.end <= d.start()), None
        )
        if council is None:
            street = next(
                (
                    m
                    for m in mentions
                    if m.label == "Street" and seg <= m.start and sentence.startswith("区域化党建", m.end)
                ),
                None,
            )
            if street is None:
                continue
            council = Mention(
                "Council", street.name + "区域化党建联席会议", street.start, d.start(), confidence=0.4
            )
            extra.append(council)
        clause = max(
            (b.end() for b in _SEGMENT_BREAK.finditer(sentence, 0, seg) if b.group() != "、"), default=0
        )
        unit = next(
            (m for m in reversed(mentions) if m.label == "Unit" and clause <= m.start and m.end <= seg), None
        )
        when = {"year": int(date[:4])} if date else {}
        if unit is not None:
            facts.append(Found("CHAIRS", unit, council, {"role": d.group(1) + "单位", **when}, 0.4))
        props: dict[str, object] = {"title": d.group()}
        if date:
            props["as_of"] = date
        facts.append(Found("HOLDS_POSITION", person, council, props, 0.4))
    return extra, facts


# Setting up or building a station: its makers run it.
_BUILD = re.compile(r"(?:共同|携手|联合)?(?:打造|共建|建设|开设|设立|建立|创建|开办|运营)了?")
_RUNNERS = ("Unit", "Council", "Alliance", "Committee", "Street", "District")
_CLAUSE = re.compile(r"[，,。；;：:]")
_MAX_GAP = 2  # "开设内…工作站": a character or two between the verb and the station


def find_runs(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "A与B共同协商、携手打造X服务站", "街道在P开设X工作站": the bodies written before the
    verb in its clause run the station; set up "在P", it is part of P when P is a station, and
    lies in the building P is named after (or in P when P is a building)."""
    out: list[Found] = []
    for verb in _BUILD.finditer(sentence):
        station = next(
            (m for m in mentions if m.label == "Station" and 0 <= m.start - verb.end() <= _MAX_GAP),
            None,
        )
        if station is None:
            continue
        clause = max((c.end() for c in _CLAUSE.finditer(sentence, 0, verb.start())), default=0)
        place_at = sentence.rfind("在", clause, verb.start())
        place = None
        if place_at >= 0:
            place = next((m for m in mentions if m.start == place_at + 1 and m.end <= verb.start()), None)
        floor = place_at if place is not None else verb.start()
        runners = whole_names(
            [m for m in mentions if clause <= m.start and m.end <= floor and m.label in _RUNNERS]
        )
        out += [Found("RUNS", r, station, {}, 0.4) for r in runners]
        if place is not None:
            out += _placed(station, place, mentions)
    for hit in _RUN_BY.finditer(sentence):
        # "X服务中心由Y负责运营": Y runs the station written before 由.
        station = next((m for m in mentions if m.label == "Station" and m.end == hit.start()), None)
        runner = next((m for m in mentions if m.start == hit.start() + 1 and m.label in _RUNNERS), None)
        if station is not None and runner is not None:
            out.append(Found("RUNS", runner, station, {}, 0.4))
    return out


_RUN_BY = re.compile(r"由[^，,。；;]{2,30}?(?:负责)?(?:运营|运行|管理|管理运营)")


def _placed(station: Mention, place: Mention, mentions: list[Mention]) -> list[Found]:
    if place.label == "Building":
        return [Found("LOCATED_IN", station, place, {}, 0.4)]
    if place.label != "Station":
        return []
    out = [Found("PART_OF", station, place, {}, 0.4)]
    building = next(
        (m for m in mentions if m.label == "Building" and m.start == place.start and m.end < place.end), None
    )
    if building is not None:
        out.append(Found("LOCATED_IN", station, building, {}, 0.4))
    return out


# "继A和B之后又一个…站点": the stations at A and B are the subject's as well.
_AFTER = re.compile(r"继(.{2,30}?)之后(?:的)?又一(?:个|座|家|处)")
_STATION_HEAD = re.compile(
    r"((?:党群|党建|服务|活动|党员)[\u4e00-\u9fff]{0,4}?(?:站点|服务站|服务中心|驿站))"
)
_ITEM_BREAK = re.compile(r"和|与|及|、")


def find_earlier_stations(
    sentence: str, mentions: list[Mention], known_stations: list[str]
) -> tuple[list[Mention], list[Found]]:
    """The places named in "继A和B之后又一个<…>站点" each hold a station of the same kind run by
    the same subject: a known station named after the place, else "<place><kind>" (the kind
    as the sentence writes it). Returns (new mentions, facts)."""
    hit = _AFTER.search(sentence)
    if hit is None:
        return [], []
    head = _STATION_HEAD.search(sentence, hit.end())
    if head is None or _CLAUSE.search(sentence, hit.end(), head.start()):
        return [], []
    clause = max((c.end() for c in _CLAUSE.finditer(sentence, 0, hit.start())), default=0)
    runners = whole_names(
        [m for m in mentions if clause <= m.start and m.end <= hit.start() and m.label in _RUNNERS]
    )
    extra: list[Mention] = []
    facts: list[Found] = []
    at = hit.start(1)
    for item in _ITEM_BREAK.split(hit.group(1)):
        start, end = at, at + len(item)
        at = end + 1
        place = next((m for m in mentions if m.start == start and m.end == end), None)
        if place is None:
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", item):
                continue
            place = Mention("Building", item, start, end, confidence=0.4)
            extra.append(place)
        if place.label == "Station":
            station = place
        elif place.label == "Building":
            name = next((s for s in known_stations if s.startswith(place.name)), place.name + head.group(1))
            station = Mention("Station", name, start, end, confidence=0.4)
            extra.append(station)
            facts.append(Found("LOCATED_IN", station, place, {}, 0.4))
        else:
            continue
        facts += [Found("RUNS", r, station, {}, 0.4) for r in runners]
    return extra, facts


# "在X的总体框架下，…在四个…联席会议": the councils an earlier list counted ("A、B、C、D四个商圈
# 党建联席会议") are the parts meant.
_FRAME = re.compile(r"在([^，,。；;]{2,30}?)的?(?:总体|整体)?(?:框架|体系)(?:下|内|中)")
_COUNT = re.compile(r"“?(\d+|[两二三四五六七八九十]+)”?个")
_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def find_counted_parts(sentence: str, mentions: list[Mention], lists: list[list[Mention]]) -> list[Found]:
    """Parts of the frame's council named by their number only: the last list of councils or
    alliances the article counted with that number."""
    frame = _FRAME.search(sentence)
    if frame is None or not lists:
        return []
    whole = next(
        (
            m
            for m in reversed(mentions)
            if m.label == "Council" and frame.start(1) <= m.start and m.end <= frame.end(1)
        ),
        None,
    )
    if whole is None:
        return []
    out = []
    for count in _COUNT.finditer(sentence, frame.end()):
        n = _number(count.group(1))
        kind = sentence[count.end() : count.end() + 20]
        for items in reversed(lists):
            if len(items) == n and any(kind.find(i.name[-4:]) >= 0 for i in items[:1]):
                out += [Found("PART_OF", i, whole, {}, 0.4) for i in items if i.name != whole.name]
                break
    return out


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + _NUMBERS.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _NUMBERS.get(tens, 0) * 10 + _NUMBERS.get(ones, 0)
    return _NUMBERS.get(text, 0)


# "中信泰富广场物业经理甲": the building's management, named by the building, employs 甲.
_STAFF_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:经理|总经理|总监|主管|店长|负责人|董事长|副总裁|总裁)$")


def find_building_staff(
    sentence: str, mentions: list[Mention], date: str | None
) -> tuple[list[Mention], list[Found]]:
    """A building written at the head of a business title ("X广场物业经理甲") stands for the
    unit that runs it there: a Unit of the building's name, in the building, where 甲 holds
    the title. Returns (new mentions, facts)."""
    extra: list[Mention] = []
    facts: list[Found] = []
    for person in (m for m in mentions if m.label == "Person"):
        seg = max((b.end() for b in _SEGMENT_BREAK.finditer(sentence, 0, person.start)), default=0)
        inside = [m for m in mentions if seg <= m.start and m.end <= person.start and m.label != "Person"]
        building = next((m for m in inside if m.label == "Building" and m.start == seg), None)
        if building is None or any(m.end > building.end for m in inside):
            continue
        title = sentence[building.end : person.start]
        if not _STAFF_TITLE.match(title):
            continue
        unit = Mention(
            "Unit", building.name, building.start, building.end, {"kind": "company"}, confidence=0.4
        )
        extra.append(unit)
        props: dict[str, object] = {"title": title}
        if date:
            props["as_of"] = date
        facts += [
            Found("HOLDS_POSITION", person, unit, props, 0.4),
            Found("LOCATED_IN", unit, building, {}, 0.4),
        ]
    return extra, facts


def find_building_committees(sentence: str, mentions: list[Mention]) -> tuple[list[Mention], list[Found]]:
    """In a sentence about buildings' joint party committees ("以楼宇综合体为单位的楼宇联合党委"),
    "X联合党委" is the committee of the building X even where X has no building's suffix
    ("兴业太古汇"): a Building X, which the committee COVERS. Returns (new mentions, facts)."""
    extra: list[Mention] = []
    facts: list[Found] = []
    for c in mentions:
        if c.label != "Council" or not c.name.endswith("联合党委"):
            continue
        raw = sentence[c.start : c.end]
        end = c.start + len(raw.removesuffix("联合党委").removesuffix("楼宇"))
        if end - c.start < 2 or any(m is not c and m.start == c.start and m.end <= end for m in mentions):
            continue  # the building is named already (containment covers it), or nothing is
        building = Mention("Building", sentence[c.start : end], c.start, end, confidence=0.4)
        extra.append(building)
        facts.append(Found("COVERS", c, building, {}, 0.4))
    return extra, facts


# "SMG融媒体中心": a group's acronym and a centre or channel of it.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
_SUB_UNIT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:中心|频道)(?!组)")


def find_acronym_units(sentence: str, mentions: list[Mention]) -> tuple[list[Mention], list[Found]]:
    """A centre or channel written right after a known group's Latin acronym is a unit of the
    group ("SMG融媒体中心" PART_OF SMG's group). Returns (new mentions, facts)."""
    extra: list[Mention] = []
    facts: list[Found] = []
    starts = {m.start for m in mentions}
    for group in mentions:
        if (
            group.label != "Unit"
            or not group.linked
            or not _ACRONYM.fullmatch(sentence[group.start : group.end])
        ):
            continue
        sub = _SUB_UNIT.match(sentence, group.end)
        if (
            sub is None
            or group.end in starts
            or any(m.start == group.start and m.end > group.end for m in mentions)
        ):
            continue
        unit = Mention("Unit", sentence[group.start : sub.end()], group.start, sub.end(), confidence=0.4)
        extra.append(unit)
        facts.append(Found("PART_OF", unit, group, {}, 0.4))
    return extra, facts


_BOARD_CHAIR = re.compile(r"(?:轮值)?理事长(?:单位)?")


def find_board_chair(
    sentence: str, mentions: list[Mention], context: Mention | None
) -> tuple[list[Mention], list[Found]]:
    """ "轮值理事长单位X" of a council (named in the sentence, else the one the text is about):
    X chairs the council's board (理事会), which is part of the council. Returns (new
    mentions, facts)."""
    chair = _BOARD_CHAIR.search(sentence)
    if chair is None or _PASSED.search(sentence):
        return [], []
    if any(m.label == "Person" and m.start >= chair.end() for m in mentions):
        return [], []  # "理事长单位…X总经理甲": the person chairs (see positions)
    councils = [m for m in mentions if m.label == "Council" and m.end <= chair.start()]
    council = councils[-1] if councils else context
    if council is None or council.label != "Council" or council.name.endswith("理事会"):
        return [], []
    units = sorted(
        (m for m in mentions if m.label in _WORKERS),
        key=lambda m: min(abs(m.start - chair.end()), abs(chair.start() - m.end)),
    )
    if not units:
        return [], []
    board = Mention("Council", council.name + "理事会", chair.start(), chair.start(), confidence=0.4)
    facts = [
        Found("CHAIRS", units[0], board, {"role": chair.group()}, 0.4),
        Found("PART_OF", board, council, {}, 0.4),
    ]
    return [board], facts
