"""Meetings and activities: what was held, by whom, where, and who took part.

* "X召开/举行/举办/开展 [YYYY年]…会议/仪式/论坛/活动" is an Event ORGANISED by X; "A暨B" is two.
  An event described rather than named ("召开了一场…的联席会议") is called after its organiser:
  "[YYYY年]X联席会议". The organiser is written into a generic name ("召开2020年学习讨论会" of
  street X → "2020年X学习讨论会"), the usual way district news names a body's own meeting.
* "在P举行 / 齐聚P" puts the event at P (HELD_AT).
* People and bodies that 出席 / 参加 / 主持 / 共同启动 / 揭牌 … take part in the event of the
  sentence, else in the meeting the article is reporting; so do people who speak at it
  (表示 / 指出 / 强调 …) (PARTICIPATED_IN).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import schema
from loaders.extract.entities import Mention, _cut, is_common_word
from loaders.extract.relations import Found

_HOLD = re.compile(r"召开|举行|举办|主办|承办|开展|发起")
_ANY_HOLD = re.compile(r"召开|举行|举办|主办|承办|开展|发起|齐聚")
# Words an event description ends in.
_HEAD = (
    r"(?:学习参观|参观学习|考察学习|学习考察|中心组学习|联席会议|理事会|研讨会|座谈会|讨论会|推进会|交流会|例会|年会|大会|会议|论坛|仪式|典礼|讲座|晚会|"
    r"演出|专场|大赛|竞赛|比赛|活动|游园会|展示|(?<!协)(?<!商)(?<!学)(?<!工)(?<!委员)(?<!联合)会)"
)
_EVENT = re.compile(rf"[^，,。；;：:！？]{{2,40}}?{_HEAD}(?=$|[，,。；;：:！？暨在]|[^\u4e00-\u9fff])")
# Meetings the article is about; later speakers and attendance lists refer to them.
_MEETING = re.compile(r"(?:会议|理事会|大会|会|论坛)$")
_FILLER = re.compile(r"^(?:了|一场|一次|一系列|部分|首届|首次|第[一二三四五六七八九十\d]+[届次]|\d{4}年度?)+")
_YEAR = re.compile(r"((?:19|20)\d\d)年度?")
_AT = re.compile(
    r"在([^，,。；;]{2,30}?)(?:隆重)?(?:举行|召开|举办)|齐聚([^，,。；;]{2,30}?)(?:[，,]|召开|举行)"
)
_ATTEND = re.compile(
    r"出席|参加|参与|列席|主持|共同启动|共同发布|揭牌|颁奖|颁发|宣读|上台|作为.{0,8}代表|齐聚"
)
_SPEAK = re.compile(r"^.{0,3}?(?:表示|指出|强调|提到|认为|介绍|讲话|致辞|发言|提出|说|代表|就)")
_DELEGATES = re.compile(r"代表们?(?=围绕|就|分别|先后|作|进行|出席|参加|发言|交流|讲述|分享)")
_AT_MEETING = re.compile(r"^(?:会上|会议上|会议中|会议现场|现场|活动上|活动中|同时)[，,]?")
_ACT = re.compile(r"宣布成立|成立|揭牌|共同发布|发布|启动|签约|交接")
_PLACES = ("Building", "Area", "Street", "Station", "Unit", "District")


@dataclass
class EventState:
    """The meeting the article is reporting on, for sentences that do not name it."""

    meeting: Mention | None = None
    found: list[Mention] = field(default_factory=list)
    # The study visit under way, for "…一行来到/参观X" later in the article.
    visit: Mention | None = None


def _fits(rel_type: str, start: Mention, end: Mention) -> bool:
    spec = schema.REL_SPECS[rel_type]
    return start.label in spec.starts and end.label in spec.ends and start.name != end.name


def _organisers(mentions: list[Mention]) -> list[Mention]:
    return [
        m for m in mentions if m.label in ("Unit", "Council", "Alliance", "Committee", "Street", "District")
    ]


def _describe(text: str, subject: Mention | None, sentence: str, mentions: list[Mention], at: int) -> str:
    """An event's description from the words after the verb."""
    year = _YEAR.search(text)
    if year is not None and year.start() > 0:
        text = text[year.start() :]  # "“theme”2019年X会议": the theme is not the description
    rest = _FILLER.sub("", text)
    if "的" in rest:
        before, after = rest.rsplit("的", 1)
        named = "“" in before or '"' in before or any(at <= m.start < at + len(text) for m in mentions)
        rest = before + after if named else after
    rest = _balance(rest)
    if subject is not None and subject.name not in rest and subject.label in ("Street", "Council", "Unit"):
        # "X中心组开展了中心组学习": the words the two share are written once.
        k = next(
            (k for k in range(min(len(subject.name), len(rest)), 1, -1) if subject.name.endswith(rest[:k])), 0
        )
        rest = subject.name + rest[k:]
    if year is None:
        year = _YEAR.search(sentence)
    return (f"{year[1]}年" if year else "") + rest


def _balance(text: str) -> str:
    """Cut what stands before an unmatched closing quote (the tail of a theme in quotes)."""
    if "”" in text and text.count("“") < text.count("”"):
        text = text[text.rfind("”") + 1 :]
    if text.count('"') % 2:
        text = text[text.rfind('"') + 1 :]
    return text


def may_hold(sentence: str) -> bool:
    """Whether a sentence has a verb of holding at all (a cheap test before the real one)."""
    return _ANY_HOLD.search(sentence) is not None


def find_held(sentence: str, mentions: list[Mention], date: str | None) -> list[tuple[Mention, list[Found]]]:
    """Events a sentence says were held, with their organiser and place."""
    out: list[tuple[Mention, list[Found]]] = []
    if not may_hold(sentence):
        return out
    place = _place(sentence, mentions)
    for verb in _HOLD.finditer(sentence):
        obj = _EVENT.match(sentence, verb.end())
        if obj is None:
            continue
        subject = _subject(sentence, mentions, verb.start())
        if _generic(obj.group()):
            # "A与B开展联建活动": a kind of activity is a particular one only through its doers.
            doers = _doers(sentence, mentions, verb.start()) or (subject.name if subject else "")
            if doers:
                name = doers + _FILLER.sub("", obj.group()).rsplit("的", 1)[-1]
                out.append(_event(name, obj.start(), obj.end(), date, subject, place))
            continue
        parts = _split(sentence, obj.start(), obj.end())
        # "先后举办A、B", "举行A暨B": every event of the list was held.
        while sentence.startswith(("、", "暨"), obj.end()) and (nxt := _EVENT.match(sentence, obj.end() + 1)):
            obj = nxt
            parts.append((obj.start(), obj.end()))
        for i, (start, end) in enumerate(parts):
            text = sentence[start:end]
            # A later event of the list that names itself ("…暨X党群服务站揭牌仪式") keeps its words.
            named = i > 0 and any(start <= m.start < end for m in mentions)
            name = _FILLER.sub("", text) if named else _describe(text, subject, sentence, mentions, start)
            out.append(_event(name, start, end, date, subject, place))
    # "…联席会议在福民会馆举行": the event is written before 在.
    for at in _AT.finditer(sentence):
        if any(e.start >= at.end() - 2 for e, _ in out):
            continue
        before = re.search(rf"([^，,。；;：:]{{2,40}}?{_HEAD})$", sentence[: at.start()])
        if before:
            subject = _subject(sentence, mentions, before.start(1))
            name = _describe(before[1], subject, sentence, mentions, before.start(1))
            out.append(_event(name, before.start(1), at.start(), date, subject, place))
    return out


# "启动了“X”微网站", "发布《X》", "共同发布了…“X”党建版图": a launch or release of a named
# thing is an event of its own, "<thing>启动/发布".
_LAUNCH = re.compile(r"(启动|发布|发出)了?([^，,。；;：:！？]{2,48})(?=[，,。；;：:！？]|$)")
_NAMED = re.compile(r"《[^》]{2,40}》|[“\"][^”\"]{1,20}[”\"]")
_LAUNCH_WORD = {"发出": "发布"}
# A project is launched too, but it is the project that the text is about, not the launch.
_PROJECT_END = re.compile(r"(?:项目|行动|计划|工程)[”\"]?$")
_COUNT_START = re.compile(r"^\d")


def find_launches(
    sentence: str, mentions: list[Mention], date: str | None
) -> list[tuple[Mention, list[Found]]]:
    out = []
    for hit in _LAUNCH.finditer(sentence):
        thing = hit[2]
        if not _NAMED.search(thing) or _PROJECT_END.search(thing) or _COUNT_START.match(thing):
            continue
        if '"' in thing:
            thing = re.sub(r'"([^"]*)"', r"“\1”", thing)
        name = thing + _LAUNCH_WORD.get(hit[1], hit[1])
        subject = _subject(sentence, mentions, hit.start())
        out.append(_event(name, hit.start(2), hit.end(2), date, subject, None))
    return out


def _doers(sentence: str, mentions: list[Mention], verb: int) -> str:
    """ "A与B" written right before the verb, when both are names."""
    names = [m for m in _organisers(mentions) if m.end <= verb]
    if len(names) < 2:
        return ""
    a, b = names[-2], names[-1]
    between, tail = sentence[a.end : b.start], sentence[b.end : verb]
    return sentence[a.start : b.end] if between in ("与", "和", "同") and tail in ("", "共同", "联合") else ""


def _generic(text: str) -> bool:
    """ "开展结对活动", "开展了为期一天的体验活动": a kind of activity, not a particular one."""
    text = _FILLER.sub("", text).rsplit("的", 1)[-1]
    if not text.endswith("活动"):
        return False  # a meeting described ("一场…的联席会议") is named after its organiser
    return len(re.sub(r"[“”\"《》]", "", text[: -len("活动")])) < 3


def _split(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "A暨B": two events held together."""
    parts, lo = [], start
    for joint in re.finditer("暨", sentence[start:end]):
        parts.append((lo, start + joint.start()))
        lo = start + joint.end()
    parts.append((lo, end))
    return [(s, e) for s, e in parts if re.search(rf"{_HEAD}$", sentence[s:e])]


def _event(
    name: str, start: int, end: int, date: str | None, subject: Mention | None, place: Mention | None
) -> tuple[Mention, list[Found]]:
    props: dict[str, object] = {"date": date} if date else {}
    event = Mention("Event", name, start, end, props, confidence=0.5, nested_ok=True)
    rels = []
    if subject is not None and _fits("ORGANISED", subject, event):
        rels.append(Found("ORGANISED", subject, event, {}, 0.5))
    if place is not None and _fits("HELD_AT", event, place):
        rels.append(Found("HELD_AT", event, place, {}, 0.5))
    return event, rels


def _subject(sentence: str, mentions: list[Mention], verb: int) -> Mention | None:
    """The organiser: the body written last before the verb (the whole name, not a name inside
    it), outside a place phrase "在P" that stands between them."""
    at = _AT.search(sentence)
    if at is not None and at.start() < verb <= at.end():
        verb = at.start()
    before = [m for m in _organisers(mentions) if m.end <= verb]
    return max(before, key=lambda m: (m.end, m.end - m.start), default=None)


def _place(sentence: str, mentions: list[Mention]) -> Mention | None:
    at = _AT.search(sentence)
    if at is None:
        return None
    lo, hi = at.span(1) if at[1] else at.span(2)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.label in _PLACES]
    # The place itself, not a body named inside it: the longest name there.
    return max(inside, key=lambda m: (m.end - m.start, m.label == "Building"), default=None)


def find_participants(
    sentence: str, mentions: list[Mention], events: list[Mention], state: EventState
) -> list[Found]:
    """Who took part: attendance lists, and people who speak at the meeting."""
    # Those who launch a project together take part in it as well as in the meeting.
    launched = _launched_project(sentence, mentions)
    target = events[-1] if events else state.meeting
    if target is None:
        return launched
    here = bool(events)
    out: list[Found] = launched
    attend = _ATTEND.search(sentence)
    if attend:
        people = [m for m in mentions if m.label == "Person"]
        bodies = [
            m
            for m in mentions
            if m.end <= attend.start()
            and m.label in ("Unit", "Council", "Alliance")
            # whole names only: "SMG" in "SMG纪录片中心党总支" does not attend apart
            and not any(o.start == m.start and o.end > m.end and o.label == m.label for o in mentions)
        ]
        # Bodies only when no person is named ("A、B、C共同启动"), or when the people are there
        # for them ("A副书记甲、B董事长乙作为成员单位代表").
        bodies = bodies if not people or attend.group().startswith("作为") else []
        for m in [*people, *bodies]:
            if m.name in target.name:
                continue  # a body's own meeting ("X理事会联席会议"): it holds it
            if _fits("PARTICIPATED_IN", m, target) and not (here and _is_part_of_name(m, target)):
                out.append(Found("PARTICIPATED_IN", m, target, {}, 0.4))
    else:
        for m in mentions:
            if m.label == "Person" and _SPEAK.match(sentence[m.end : m.end + 8]):
                out.append(Found("PARTICIPATED_IN", m, target, {}, 0.4))
    # "会上，A和B宣布成立", "会上，…四个商圈党建联席会议的轮值主席共同发布了…": the bodies a
    # sentence about the meeting names as its subjects take part.
    if _AT_MEETING.match(sentence):
        verb = _ACT.search(sentence)
        for m in mentions:
            if (
                verb is not None
                and m.end <= verb.start()
                and m.label in ("Council", "Alliance", "Committee")
                and _fits("PARTICIPATED_IN", m, target)
                and not (here and _is_part_of_name(m, target))
            ):
                out.append(Found("PARTICIPATED_IN", m, target, {}, 0.4))
    # "A、B、C代表围绕…发言": the bodies whose delegates speak or attend take part.
    for d in _DELEGATES.finditer(sentence):
        for m in _list_before(sentence, mentions, d.start()):
            if _fits("PARTICIPATED_IN", m, target):
                out.append(Found("PARTICIPATED_IN", m, target, {}, 0.4))
    return out


_TOGETHER = re.compile(r"共同(?:发布|启动|推出)了?")


def _launched_project(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "A总监甲和B所长乙共同发布“X”项目": the people, and the bodies they speak for, take part
    in the project they launch."""
    verb = _TOGETHER.search(sentence)
    if verb is None:
        return []
    project = next((m for m in mentions if m.label == "Project" and 0 <= m.start - verb.end() <= 1), None)
    if project is None:
        return []
    before = [m for m in mentions if m.end <= verb.start()]
    # Whole names only: "X公司Y部" stands for X公司's department, not for X公司 as well.
    whole = [
        m for m in before if not any(o is not m and o.start <= m.start and m.end <= o.end for o in before)
    ]
    takers = [m for m in whole if m.label in ("Person", "Unit", "Council", "Alliance")]
    return [
        Found("PARTICIPATED_IN", m, project, {}, 0.4) for m in takers if _fits("PARTICIPATED_IN", m, project)
    ]


def _list_before(sentence: str, mentions: list[Mention], at: int) -> list[Mention]:
    """The 、-list of names that ends right at `at`."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: -m.end):
        if m.end == at and m.label != "Person":
            out.insert(0, m)
            at = m.start - 1
            if at < 0 or sentence[at] != "、":
                break
    return out


def _is_part_of_name(m: Mention, event: Mention) -> bool:
    return m.start >= event.start and m.end <= event.end


def update_state(state: EventState, events: list[Mention]) -> None:
    for e in events:
        state.found.append(e)
        if _MEETING.search(e.name):
            state.meeting = e
        if _VISIT.search(e.name):
            state.visit = e


_VISIT = re.compile(r"学习|参观|考察|调研")
# "中心组一行来到了X", "一行前往X进行交流学习", "一行参观了A、B和C".
_GO = re.compile(r"一行(?:[^，,。；;]{0,6}?)(?:来到|前往|参观|考察|走进|走访|赴|到访)")
_IN_PLACE = re.compile(r"^在([^，,。；;]{2,16})[，,]")


def qualify_in_place(sentence: str, mentions: list[Mention]) -> None:
    """ "在X街道，…参观了市民驿站": a body named by common words alone is the street's."""
    opening = _IN_PLACE.match(sentence)
    if opening is None:
        return
    place = next((m for m in mentions if m.start == 1 and m.end == opening.end(1)), None)
    if place is None or place.label != "Street":
        return
    for m in mentions:
        if m.start > opening.end() and m.label in ("Unit", "Station") and not m.linked:
            words = _cut(m.name)
            if len(words) > 1 and is_common_word(words[0]) and "街道" not in m.name:
                m.name = place.name + m.name


def find_venues(
    sentence: str, mentions: list[Mention], events: list[Mention], state: EventState
) -> list[Found]:
    """ "在主会场和X分会场参加活动": the meeting is held at X too (HELD_AT)."""
    target = events[-1] if events else state.meeting
    if target is None:
        return []
    return [
        Found("HELD_AT", target, m, {}, 0.5)
        for m in mentions
        if sentence.startswith(("分会场", "主会场", "会场"), m.end) and _fits("HELD_AT", target, m)
    ]


def find_visits(sentence: str, mentions: list[Mention], state: EventState) -> list[Found]:
    """Places a study visit goes to (HELD_AT), and what it sees there, in the place the sentence
    opens with ("在X镇，中心组一行参观了A和B": A, B LOCATED_IN X镇)."""
    if state.visit is None or "一行" not in sentence:
        return []
    go = _GO.search(sentence)
    if go is None:
        return []
    visit = state.visit
    seen = [
        m
        for m in mentions
        if m.start >= go.end()
        and m.label != "District"
        and not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
    ]
    out = [Found("HELD_AT", visit, m, {}, 0.4) for m in seen if _fits("HELD_AT", visit, m)]
    opening = _IN_PLACE.match(sentence)
    if opening is not None:
        place = next((m for m in mentions if m.start == 1 and m.end == opening.end(1)), None)
        if place is not None:
            out += [Found("LOCATED_IN", m, place, {}, 0.4) for m in seen if _fits("LOCATED_IN", m, place)]
            if _fits("HELD_AT", visit, place):
                out.append(Found("HELD_AT", visit, place, {}, 0.4))
    return out
