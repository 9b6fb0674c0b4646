"""Relationships from the verbs between names in one sentence.

Each rule looks for a verb family and takes the names on either side of it: the subject
before the verb (a list "A、B等N家" counts as several subjects) and the object after it.
The schema decides what may stand at each end; a pair that does not fit is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import schema
from loaders.extract.entities import Mention, whole_names
from loaders.extract.lists import list_before

_ORG = ("Unit", "Council", "Alliance", "Committee", "Station")
_PLACE = ("Street", "Area", "Building", "District")


@dataclass(slots=True)
class Found:
    type: str
    start: Mention
    end: Mention
    properties: dict[str, object] = field(default_factory=dict)
    confidence: float = 0.6


@dataclass(frozen=True)
class _Rule:
    type: str
    verbs: re.Pattern[str]
    # True: the subject is written after the verb ("成员单位有A、B"), the body before it.
    reversed_: bool = False
    symmetric: bool = False


_RULES = [
    # "成为X联盟首批成员单位": the body stands between the verb and 成员, after the verb's end.
    _Rule("MEMBER_OF", re.compile(r"加入|成为(?=[^，,。；;]{0,12}?成员)|纳入")),
    # "我校作为X联盟常务理事单位": the body is named between 作为 and the kind of member.
    _Rule("MEMBER_OF", re.compile(r"(?:作为|是)(?=[^，,。；;]{2,30}?(?:常务理事|理事|成员|会员)单位)")),
    _Rule("MEMBER_OF", re.compile(r"成员单位(?:包括|有|为|涵盖)|涵盖|吸纳"), reversed_=True),
    _Rule("CLAIMED", re.compile(r"认领")),
    _Rule("SIGNED_AGREEMENT", re.compile(r"签订|签署|签约|交换.{0,6}?协议"), symmetric=True),
    _Rule("PAIRED_WITH", re.compile(r"结对|结成(?:共建)?对子|联建共建|共驻共建|共建共驻"), symmetric=True),
    _Rule("LOCATED_IN", re.compile(r"设在|设于|位于|坐落于|坐落在|地处|落户")),
    _Rule("COVERS", re.compile(r"覆盖|辐射|服务范围(?:包括|涵盖)?|服务于")),
]
_CEREMONY = re.compile(r"仪式|活动|大会")
_CO_BUILDING = frozenset({"联建共建", "共驻共建", "共建共驻"})
_ANY_VERB = re.compile("|".join(f"(?:{r.verbs.pattern})" for r in _RULES))
_CHAIR = re.compile(r"轮值主席|理事长单位|轮值理事长|主席单位|会长单位")
_HANDOVER = re.compile(r"交接|移交")
# A founding is an event of its own as a ceremony, or as news of its own ("X联盟在P成立。");
# otherwise it is part of a meeting. (A lookbehind or an optional word before the
# alternatives would make the engine try every position: the 的 is checked after 成立.)
_ACTION = re.compile(
    r"成立(?:(?=仪式|大会)|(?=[，,。；;！]|$)(?<!的成立))|[揭挂]牌(?:成立)?|启动|签约仪式|授牌|启用"
)
# "X联盟在P成立。", "X联盟正式成立，…": a network body's founding told as news of its own.
_FOUNDED = ("Alliance", "Council", "Committee")
# Words that make an occasion a time ("成立仪式当天"), not an event the sentence reports.
_WHEN = ("当天", "当日", "之际", "期间", "前夕")
_ORGANISE = re.compile(r"举办|举行|开展|推出|发起|组织|主办|启动|发布|打造")


def fits(rel_type: str, start: Mention, end: Mention) -> bool:
    """Whether the schema allows a relationship of this type between the two (not a loop)."""
    spec = schema.REL_SPECS[rel_type]
    return start.label in spec.starts and end.label in spec.ends and start.name != end.name


def _left(mentions: list[Mention], pos: int) -> list[Mention]:
    # A name inside a longer one at its start ("SMG" in "SMG纪录片中心党总支") is not the
    # nearest name: the whole is.
    before = [m for m in mentions if m.end <= pos]
    return [
        m
        for m in before
        if not any(o.start == m.start and o.end > m.end and o.label == m.label for o in before)
    ]


def _right(mentions: list[Mention], pos: int) -> list[Mention]:
    return [m for m in mentions if m.start >= pos]


def _group(sentence: str, mentions: list[Mention], anchor: Mention) -> list[Mention]:
    """The list anchor belongs to: names joined by 、/和/与/及 (A、B、C等3家)."""
    # Names nested in another ("宝龙广场" in "宝龙广场有限公司") are not items of the list.
    whole = {id(m) for m in whole_names(mentions)}
    ordered = sorted((m for m in mentions if m is anchor or id(m) in whole), key=lambda m: m.start)
    i = ordered.index(anchor)
    out = [anchor]
    j, head = i, anchor.start
    while j > 0:
        prev = ordered[j - 1]
        gap = sentence[prev.end : head]
        if gap == "" and prev.label in ("Street", "District"):
            j, head = j - 1, prev.start  # "、X镇金家村党总支": the item's place qualifies it
            continue
        if gap not in {"、", "和", "及", "以及", ",", "，"}:
            break
        j, head = j - 1, prev.start
        out.insert(0, prev)
    j = i
    while j + 1 < len(ordered):
        nxt = ordered[j + 1]
        gap = sentence[out[-1].end : nxt.start]
        placed = j + 2 < len(ordered) and ordered[j + 2].start == nxt.end
        if gap == "、" and nxt.label in ("Street", "District") and placed:
            j += 1  # "A、X镇B": B is the item, X镇 its place
            nxt = ordered[j + 1]
        if gap not in {"、", "和", "及", "以及"}:
            break
        j += 1
        out.append(nxt)
    return out


def find_relations(
    sentence: str,
    mentions: list[Mention],
    *,
    date: str | None,
    year: int | None,
    context: Mention | None = None,
) -> list[Found]:
    """Relationships a sentence states between its mentions. `context` is the body the
    paragraph is about, for sentences that name only the subject ("…担任轮值主席单位")."""
    found: list[Found] = []
    if not mentions:
        return found
    # One scan for all the verbs first: most sentences hold none of them.
    for rule in _RULES if _ANY_VERB.search(sentence) else ():
        for verb in rule.verbs.finditer(sentence):
            spec = schema.REL_SPECS[rule.type]
            before, after = _left(mentions, verb.start()), _right(mentions, verb.end())
            if not rule.symmetric:
                # The nearest name that can stand at each end under the schema.
                if rule.reversed_:
                    before = [m for m in before if m.label in spec.ends]
                    after = [m for m in after if m.label in spec.starts]
                else:
                    before = [m for m in before if m.label in spec.starts]
                    after = [m for m in after if m.label in spec.ends]
            if rule.symmetric:
                # "A与B签订…": both parties written before the verb, joined by 与/和. A ceremony
                # ("签约仪式在X举行") or a kind of co-building names its parties only so.
                pairs = _pairs_with(sentence, mentions, verb.start()) or _listed_parties(
                    sentence, mentions, verb.start()
                )
                named_only = _CEREMONY.match(sentence, verb.end()) is not None or verb.group() in _CO_BUILDING
                if not pairs and before and after and not named_only:
                    others = _group(sentence, mentions, after[0])
                    pairs = [(s, o) for s in _group(sentence, mentions, before[-1]) for o in others]
                for a, b in pairs:
                    props: dict[str, object] = {}
                    if rule.type == "SIGNED_AGREEMENT" and date:
                        props["date"] = date
                    if fits(rule.type, a, b):
                        found.append(Found(rule.type, a, b, props))
                continue
            if rule.reversed_:
                bodies, subjects = before[-1:], (_group(sentence, mentions, after[0]) if after else [])
            else:
                subjects = _group(sentence, mentions, before[-1]) if before else []
                bodies = after[:1]
            if not bodies and rule.type == "MEMBER_OF" and subjects:
                # "X委员会成立于…，A、B等单位成为首批成员单位": the body the sentence is about.
                topic = _council_before(mentions, min(m.start for m in subjects), context)
                bodies = [topic] if topic is not None else []
            if not bodies and context is not None:
                bodies = [context]
            if rule.type == "CLAIMED" and bodies and bodies[0].in_list:
                # "认领了A、B等项目" of a programme the sentence names: the claim is in the programme,
                # named before the verb or closing the list ("认领A、B等“X项目”"); when several claim
                # several projects, the text does not say who claimed which.
                last = max(m.end for m in mentions if m.in_list)
                programme = [
                    p
                    for p in mentions
                    if p.label == "Project"
                    and not p.in_list
                    and (p.end <= verb.start() or sentence[last : p.start] == "等")
                ][:1]
                bodies = programme if programme and len(subjects) > 1 else bodies + programme
            if rule.type == "LOCATED_IN":
                # "X镇地处Y区西南部": a street or town is part of its district (a fact the text
                # states only by naming both), not a thing that sits in it.
                subjects = [m for m in subjects if m.label not in ("Street", "District")]
            for s in subjects:
                for b in bodies:
                    props = {}
                    if rule.type == "CLAIMED" and year:
                        props["year"] = year
                    if fits(rule.type, s, b):
                        found.append(Found(rule.type, s, b, props))
    found.extend(_chairs(sentence, mentions, date, context))
    if "授牌" in sentence or "颁牌" in sentence:
        found.extend(_chair_plaques(sentence, mentions, date, context))
    found.extend(_member_delegates(sentence, mentions, context))
    if "成员" in sentence:
        found.extend(_listed_members(sentence, mentions, context))
    if "包括" in sentence:
        found.extend(_included_members(sentence, mentions, context))
    if "框架" in sentence or "体系" in sentence:
        found.extend(_within_frame(sentence, mentions))
    if "共同" in sentence or "协议" in sentence:
        found.extend(_founding_members(sentence, mentions))
    if "位于" in sentence:
        found.extend(_located_relative(sentence, mentions))
    if "组成" in sentence:
        found.extend(_made_up_of(sentence, mentions))
    return found


_MADE_UP = re.compile(
    r"由([^，,。；;]{2,120}?)(?:等?\s*[\d一二三四五六七八九十百]+\s*家[\u4e00-\u9fff]{0,6}?)?(?:共同)?组成"
)


def _made_up_of(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "X联盟由A、B、C等12家单位组成": the units are members of the body before 由."""
    out: list[Found] = []
    for hit in _MADE_UP.finditer(sentence):
        body = max(
            (m for m in mentions if m.label in ("Council", "Alliance", "Committee") and m.end <= hit.start()),
            key=lambda m: m.end,
            default=None,
        )
        items = [m for m in whole_names(mentions) if hit.start(1) <= m.start and m.end <= hit.end(1)]
        out += [
            Found("MEMBER_OF", m, body, {}, 0.5)
            for m in items
            if body is not None and fits("MEMBER_OF", m, body)
        ]
    return out


# "位于X(42楼)的Y": Y lies in X (the place is named first, as a qualifier).
_WHERE_IN = re.compile(r"(?:[\dA-Za-z一二三四五六七八九十]+(?:楼|层|号|栋|幢)|底楼)*的")


def _located_relative(sentence: str, mentions: list[Mention]) -> list[Found]:
    out: list[Found] = []
    whole = whole_names(mentions)
    starts = {m.start: m for m in whole}
    for verb in re.finditer("位于", sentence):
        place = starts.get(verb.end())
        link = _WHERE_IN.match(sentence, place.end) if place is not None else None
        thing = starts.get(link.end()) if link is not None else None
        if place is not None and thing is not None and fits("LOCATED_IN", thing, place):
            out.append(Found("LOCATED_IN", thing, place, {}, 0.5))
    return out


# "A、B等12家单位共同点亮“X联盟”", "A、B、C共同发起成立X联盟".
_FOUND_TOGETHER = re.compile(r"共同(?:点亮|成立|组建|发起成立|发起组建|发起|启动)了?")
_SIGN_BODY = re.compile(r"签署|签订")


def _founding_members(sentence: str, mentions: list[Mention]) -> list[Found]:
    """The parties of a list that found a body together, or sign its agreement ("A、B代表共同
    签署《X联盟协议书》"), are its members."""
    out: list[Found] = []
    for verb in _SIGN_BODY.finditer(sentence):
        for a, body in _listed_parties(sentence, mentions, verb.start()):
            if body.label in ("Alliance", "Council") and fits("MEMBER_OF", a, body):
                out.append(Found("MEMBER_OF", a, body, {}, 0.5))
    for verb in _FOUND_TOGETHER.finditer(sentence):
        body = next(
            (m for m in mentions if m.label in ("Alliance", "Council") and 0 <= m.start - verb.end() <= 1),
            None,
        )
        parties = _parties_before(sentence, mentions, verb.start())
        out += [Found("MEMBER_OF", a, body, {}, 0.5) for a in parties if body and fits("MEMBER_OF", a, body)]
    return out


_FRAME = re.compile(r"在([^，,。；;]{2,30}?)的?(?:总体|整体)?(?:框架|体系)(?:下|内|中)")


def _within_frame(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "在X联席会议的总体框架下，…布局A联席会议，完善“B联盟”…": A and B are parts of X."""
    frame = _FRAME.search(sentence)
    if frame is None:
        return []
    inside = [
        m for m in mentions if m.label == "Council" and frame.start(1) <= m.start and m.end <= frame.end(1)
    ]
    if not inside:
        return []
    whole = inside[-1]
    parts = [
        m for m in mentions if m.start >= frame.end() and m.label in ("Council", "Alliance", "Committee")
    ]
    return [Found("PART_OF", p, whole, {}, 0.5) for p in parts if fits("PART_OF", p, whole)]


def _council_before(mentions: list[Mention], at: int, context: Mention | None) -> Mention | None:
    """The council or alliance the sentence names before `at`, else the one the paragraph is
    about (None when that is no council or alliance)."""
    bodies = [m for m in mentions if m.label in ("Council", "Alliance") and m.end <= at]
    body = bodies[-1] if bodies else context
    return body if body is not None and body.label in ("Council", "Alliance") else None


_AS_MEMBER = re.compile(r"作为(?:区域化党建)?(?:成员单位|理事单位)(?:的)?代表")


def _member_delegates(sentence: str, mentions: list[Mention], context: Mention | None) -> list[Found]:
    """ "A副书记甲、B董事长乙作为成员单位代表…": A and B are members of the body the sentence
    names, else of the one the paragraph is about."""
    said = _AS_MEMBER.search(sentence)
    if said is None:
        return []
    body = _council_before(mentions, said.start(), context)
    if body is None:
        return []
    units = [m for m in mentions if m.label == "Unit" and m.end <= said.start()]
    # A department written right after its unit ("X公司Y部党总支") is the unit's, not a member.
    ends = {m.end for m in units}
    return [
        Found("MEMBER_OF", u, body, {}, 0.5)
        for u in units
        if u.start not in ends and fits("MEMBER_OF", u, body)
    ]


# "A、B、C等街道党建协调委员会成员单位": the list's units are members of the body after 等.
_MEMBERS_OF = re.compile(r"(?:的)?(?:首批|全体|新增)?成员(?:单位)?")


# "A、B等15家党建联盟成员单位": members of the body the text is about, named by its kind.
_BARE_MEMBERS = re.compile(
    r"等\s*(?:[\d一二三四五六七八九十]+\s*家)?(?:党建)?(?:联盟|联席会议|联合体|共同体|联谊会|理事会)成员单位"
)


def _listed_members(sentence: str, mentions: list[Mention], context: Mention | None = None) -> list[Found]:
    out = []
    if context is not None and context.label in ("Council", "Alliance", "Committee"):
        for hit in _BARE_MEMBERS.finditer(sentence):
            units = list_before(sentence, mentions, hit.start())
            out += [Found("MEMBER_OF", u, context, {}, 0.5) for u in units if fits("MEMBER_OF", u, context)]
    for body in mentions:
        if body.label not in ("Council", "Alliance", "Committee"):
            continue
        if not _MEMBERS_OF.match(sentence, body.end):
            continue
        closer = re.search(r"等\s*(?:[\d一二三四五六七八九十]+\s*家)?$", sentence[: body.start])
        if closer is None:
            continue
        units = list_before(sentence, mentions, closer.start())
        out += [Found("MEMBER_OF", u, body, {}, 0.5) for u in units if fits("MEMBER_OF", u, body)]
    return out


# "X联盟由A牵头发起，包括A、B和C": the body the sentence opens with, then its members.
_INCLUDES = re.compile(
    r"(?:由[^，,。；;]{2,30}?(?:牵头)?(?:发起|组建|成立)[，,]?)?"
    r"(?P<count>(?:共有|现有|拥有|共)\s*\d+\s*家成员(?:单位)?[，,]?)?(?:成员单位)?(?:包括|包含)"
)
# A sentence that opens with a kind of body only ("党建联盟由…") is about the paragraph's body.
_BARE_BODY = re.compile(r"(?:该|这个)?(?:党建)?(?:联盟|联席会议|理事会|联合体|共同体)")


def _included_members(sentence: str, mentions: list[Mention], context: Mention | None) -> list[Found]:
    body = next((m for m in mentions if m.start <= 1), None)
    opening = 0 if body is None else body.end
    if body is None and context is not None and (bare := _BARE_BODY.match(sentence)):
        body, opening = context, bare.end()
    if body is None or body.label not in ("Council", "Alliance", "Committee"):
        return []
    verb = _INCLUDES.match(sentence, opening)
    if verb is None:
        return []
    # "共有45家成员单位，包括A、B，C、D等4个街道": a counted membership runs to the sentence's end.
    stops = "。；;" if verb["count"] else "，,。；;"
    ends = [i for i in range(verb.end(), len(sentence)) if sentence[i] in stops]
    clause_end = ends[0] if ends else len(sentence)
    members = whole_names([m for m in mentions if verb.end() <= m.start and m.end <= clause_end])
    return [Found("MEMBER_OF", m, body, {}, 0.5) for m in members if fits("MEMBER_OF", m, body)]


_LINK = re.compile(r"与|和|(?<![共协])同(?!时)")


def _pairs_with(sentence: str, mentions: list[Mention], verb: int) -> list[tuple[Mention, Mention]]:
    """ "A、B等N家单位分别与C签订…": every name of the list before 与 with the body after it."""
    # "A与B共同签署": 同 in 共同/协同/同时 links nothing.
    links = [m.start() for m in _LINK.finditer(sentence, 0, verb)]
    link = links[-1] if links else -1
    if link < 0:
        return []
    orgs = [m for m in mentions if m.label != "Person"]
    left = [m for m in orgs if m.end <= link]
    right = [m for m in orgs if link < m.start < verb]
    if not left or not right:
        return []
    # The longest name next to the link word, not a name nested in it ("X街道" in "X街道…联席会议").
    left.sort(key=lambda m: (m.end, m.end - m.start))
    right.sort(key=lambda m: (m.start, m.start - m.end))
    while len(right) > 1 and right[0].label in ("District", "Street") and right[1].start == right[0].end:
        right.pop(0)  # "与上海市黄浦区南京东路街道社区委员会": the place qualifies the body after it
    # "A与B、C、D签订…": A with each of them.
    others = [m for m in _group(sentence, orgs, right[0]) if m.start < verb]
    firsts = _group(sentence, orgs, left[-1])
    if sentence[link] == "和" and any(m in firsts for m in others):
        return []  # "A、B和C签署…": 和 closes one list of parties, it pairs no two sides
    return [(a, b) for a in firsts for b in others]


# What may stand between a list of parties and their signing ("举行了党建共建", "代表共同",
# "举行了“庆祝建党102周年”党建共建"); not a relative clause ("等参与签约的…代表出席").
_TO_SIGNING = re.compile(r"[^，,。；;：:、“”的]{0,12}(?:“[^“”]{1,24}”[^，,。；;：:、“”的]{0,8})?")
_ATTENDING = re.compile(r"参与|参加|出席|见证")
_AGREEMENT_NAME = re.compile(r"了?《([^《》]{2,40})》")


def _parties_before(
    sentence: str, mentions: list[Mention], verb: int, *, delegates: bool = False
) -> list[Mention]:
    """The 、-list of two or more bodies that ends right before the verb (but for a few words:
    "12家单位", "代表共同", "举行了“X”党建共建"), the subject of a joint act."""
    signers = schema.REL_SPECS["SIGNED_AGREEMENT"].starts
    orgs = [
        m
        for m in whole_names([m for m in mentions if m.label in signers])
        if m.label != "Person" and m.end <= verb
    ]
    if len(orgs) < 2:
        return []
    last = max(orgs, key=lambda m: m.end)
    gap = _TO_SIGNING.fullmatch(sentence, last.end, verb)
    if gap is None or _ATTENDING.search(gap.group()):
        return []
    parties = _group(sentence, orgs, last)
    if len(parties) == 1 and delegates:
        parties = _delegates_list(sentence, mentions, orgs, last)
    return parties if len(parties) > 1 else []


def _delegates_list(
    sentence: str, mentions: list[Mention], orgs: list[Mention], last: Mention
) -> list[Mention]:
    """ "A党委书记甲、B党工委书记乙共同签署": the bodies whose titled people are listed."""
    people = [m for m in mentions if m.label == "Person"]
    out = [last]
    for prev in sorted((o for o in orgs if o.end <= last.start), key=lambda o: -o.start):
        gap = sentence[prev.end : out[0].start]
        person = next((p for p in people if prev.end <= p.start and p.end <= out[0].start), None)
        if person is None or len(gap) > 12 or not sentence.startswith(("、", "和", "与"), person.end):
            break
        out.insert(0, prev)
    return out


def _listed_parties(sentence: str, mentions: list[Mention], verb: int) -> list[tuple[Mention, Mention]]:
    """ "A党支部、B党总支、C支部党建共建签约仪式", "A、B、C举行了共建签约仪式": the parties of
    a list right before the signing sign with one another."""
    if sentence.startswith("的", verb + 2):
        return []  # "A、B等参与签约的…代表出席": who attends, said of the signing
    parties = _parties_before(sentence, mentions, verb, delegates=True)
    if not parties:
        return []
    title = _AGREEMENT_NAME.match(sentence, verb + 2)
    named = [m for m in mentions if m.label in ("Council", "Alliance", "Committee")] if title else []
    body = next((m for m in named if title and title.start(1) <= m.start < title.end(1)), None)
    if body is not None:
        # "A、B共6家单位代表签署了《X联合体共建协议书》": each signs with the body it names.
        return [(a, body) for a in parties]
    return [(a, b) for i, a in enumerate(parties) for b in parties[i + 1 :]]


def _chairs(sentence: str, mentions: list[Mention], date: str | None, context: Mention | None) -> list[Found]:
    chair = _CHAIR.search(sentence)
    if not chair:
        return []
    if any(m.label == "Person" and m.start > chair.end() for m in mentions) and not _HANDOVER.search(
        sentence
    ):
        return []  # "…轮值主席、X公司总经理张三": the person chairs (see positions)
    bodies = [m for m in mentions if m.label in ("Council", "Alliance", "Committee")]
    handover = _HANDOVER.search(sentence)
    if not handover and sentence.endswith("的", 0, chair.start()):
        return []  # "四个商圈党建联席会议的轮值主席共同发布…": the role, its holders unnamed
    role = chair.group()
    props: dict[str, object] = {"role": role}
    if handover and date:
        props["from"] = date
    chairs: list[Mention] = []
    if handover:
        # "A向新任轮值主席B交接…": the new chair follows 向.
        to = sentence.find("向")
        chairs = (
            [m for m in mentions if m.start > to and m.label in ("Unit", "Person")][:1] if to >= 0 else []
        )
    else:
        # "轮值主席单位X" or "X担任轮值主席": the nearest unit on either side.
        near = sorted(
            (m for m in mentions if m.label in ("Unit", "Street")),
            key=lambda m: min(abs(m.start - chair.end()), abs(chair.start() - m.end)),
        )
        chairs = near[:1]
    if not bodies and context is not None:
        bodies = [context]
    out = []
    for c in chairs:
        # The body chaired: the one written before the role ("联盟首轮轮值主席"), else any.
        body = next((b for b in reversed(bodies) if b.end <= chair.start()), bodies[0] if bodies else None)
        if not handover and "理事长" in role and _not_a_board(body):
            continue  # a board chair chairs a council's board (see structure.find_board_chair)
        if body is not None and fits("CHAIRS", c, body):
            out.append(Found("CHAIRS", c, body, dict(props)))
    return out


# "为A、B、C、D四个轮值单位授牌": the chair units of the year receive their plaques.
_CHAIR_PLAQUES = re.compile(
    r"为(?P<units>[^。；;]{2,120}?)等?[\d一二三四五六七八九十两]+[个家](?:新一?[届任轮])?"
    r"(?:轮值(?:主席)?|主席)单位(?:授牌|颁牌|颁发)"
)


def _chair_plaques(
    sentence: str, mentions: list[Mention], date: str | None, context: Mention | None
) -> list[Found]:
    plaques = _CHAIR_PLAQUES.search(sentence)
    if plaques is None:
        return []
    body = _council_before(mentions, plaques.start(), context)
    if body is None:
        return []
    lo, hi = plaques.span("units")
    props: dict[str, object] = {"role": "轮值主席单位", **({"from": date} if date else {})}
    return [
        Found("CHAIRS", m, body, dict(props), 0.5)
        for m in mentions
        if m.label == "Unit" and lo <= m.start and m.end <= hi and fits("CHAIRS", m, body)
    ]


def _not_a_board(body: Mention | None) -> bool:
    """A committee, or a council that is not itself a board (理事会)."""
    return body is not None and (
        body.label == "Committee" or (body.label == "Council" and not body.name.endswith("理事会"))
    )


_DELEGATES = re.compile(r"负责人|代表|领导|书记|主任")
_FOUNDED_AT = re.compile(r"[”\"]?在([^，,。；;]{2,30}?)(?:正式|隆重)?(?:揭牌成立|揭牌|成立)")
_VENUES = ("Building", "Station", "Area", "Unit", "Street")


def find_events(
    sentence: str, mentions: list[Mention], date: str | None
) -> list[tuple[Mention, list[Found]]]:
    """成立 / 揭牌 / 启动 of a body: an Event named after it, organised by the subject."""
    out = []
    for m in _ACTION.finditer(sentence):
        objs = [x for x in mentions if x.label in (*_ORG, "Project") and abs(x.end - m.start()) <= 2]
        objs += [x for x in mentions if x.label in (*_ORG, "Project") and 0 <= x.start - m.end() <= 2]
        place: Mention | None = None
        founded = _FOUNDED_AT.search(sentence, 0, m.end())
        if founded is not None and founded.end() == m.end():
            # "“X联盟”在Y正式揭牌成立": the body the sentence opens with, founded at a place.
            at = founded.start()
            objs = [x for x in mentions if x.label in _ORG and at - 1 <= x.end <= at] or objs
            lo, hi = founded.span(1)
            place = max(
                (x for x in mentions if lo <= x.start and x.end <= hi and x.label in _VENUES),
                key=lambda x: x.end - x.start,
                default=None,
            )
        if m.group().endswith("成立") and sentence[m.end() : m.end() + 2] not in ("仪式", "大会"):
            objs = [x for x in objs if x.label in _FOUNDED and x.end <= m.start()]
        if not objs:
            continue
        obj = objs[0]
        word = m.group()
        tail = sentence[m.end() : m.end() + 2]
        name = obj.name + word + ("仪式" if tail == "仪式" else "")
        if sentence.startswith(_WHEN, m.end() + (2 if tail == "仪式" else 0)):
            continue  # "X成立仪式当天，…": a time, the occasion is told elsewhere
        props: dict[str, object] = {"kind": word}
        if date:
            props["date"] = date
        event = Mention(
            "Event", name, min(obj.start, m.start()), max(obj.end, m.end()), props, confidence=0.5
        )
        rels = []
        # People who unveil or launch take part (see events); the organiser is a body.
        subject = next(
            (
                x
                for x in reversed(_left(mentions, min(obj.start, m.start())))
                if x is not obj and x.label != "Person"
            ),
            None,
        )
        # "X书记甲共同启动…": X is the person's body, not the organiser.
        # "A、B有关负责人共同为X揭牌": people unnamed, the bodies send them.
        person_between = subject is not None and (
            any(x.label == "Person" and subject.end <= x.start and x.end <= m.start() for x in mentions)
            or _DELEGATES.search(sentence, subject.end, m.start()) is not None
        )
        if subject is not None and not person_between and fits("ORGANISED", subject, event):
            rels.append(Found("ORGANISED", subject, event, confidence=0.4))
        if place is None and word == "启用" and obj.label in ("Station", "Building"):
            place = obj  # "X党群服务中心正式启用": the opening is held there
            if subject is None:
                # ... by the street it is named after ("五角场街道党群服务中心").
                subject = next((x for x in mentions if x.label == "Street" and x.start == obj.start), None)
                if subject is not None and fits("ORGANISED", subject, event):
                    rels.append(Found("ORGANISED", subject, event, confidence=0.4))
        if place is not None and fits("HELD_AT", event, place):
            rels.append(Found("HELD_AT", event, place, confidence=0.4))
        out.append((event, rels))
    return out
