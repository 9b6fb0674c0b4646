"""Meetings and activities: what was held, by whom, where, and who took part.

* "X召开/举行/举办/开展 [YYYY年]…会议/仪式/论坛/活动" is an Event ORGANISED by X; "A暨B" is two.
  An event described rather than named ("召开了一场…的联席会议") is called after its organiser:
  "[YYYY年]X联席会议". The organiser is written into a generic name ("召开2020年学习讨论会" of
  street X → "2020年X学习讨论会"), the usual way district news names a body's own meeting.
* "在P举行 / 齐聚P" puts the event at P (HELD_AT).
* People and bodies that 出席 / 参加 / 主持 / 陪同 / 共同启动 / 揭牌 … take part in the event of the
  sentence, else in the meeting the article is reporting; so do people who speak at it
  (表示 / 指出 / 强调 …) (PARTICIPATED_IN). Bodies whose members attend, units a delegate
  speaks for, speakers at a sub-event the meeting held, the next sentence's signatories of a
  ceremony opened at the meeting, bodies drawn into an activity ("吸引了来自A、B的志愿者").
* "X书记甲一行调研Y" / "X一行来到Y考察" is a visit "X调研Y" ORGANISED by X, 甲 taking part;
  those who 陪同 it take part, and what "一行调研了…" sees hosts it (HELD_AT).
* An event held at the meeting with no organiser of its own is the meeting host's; partners
  ("联手A、B举办X") and the organiser's whole 、-list organise too; an unveiling told as a
  moment of the meeting ("活动上，…共同为X揭牌") is part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.extract.entities import Mention, cut_words, is_common_word, whole_names
from loaders.extract.lists import list_after, list_before
from loaders.extract.relations import Found, fits

_HOLD = re.compile(r"召开|举行|举办|主办|承办|开展|发起|开启")
_ANY_HOLD = re.compile(
    r"召开|举行|举办|主办|承办|开展|发起|开启|齐聚|(?:活动|仪式|大会)(?:正式)?(?:启动|开幕)"
)
# Words an event description ends in.
_HEAD = (
    r"(?:学习参观|参观学习|考察学习|学习考察|中心组学习|联席会议|理事会|研讨会|座谈会|讨论会|推进会|交流会|例会|年会|大会|会议|论坛|仪式|典礼|讲座|晚会|"
    r"演出|专场|大赛|竞赛|比赛|活动|游园会|展示|(?<![协商学工体机社理领])(?<!委员)(?<!联合)会)"
)
_EVENT = re.compile(rf"[^，,。；;：:！？]{{2,40}}?{_HEAD}(?=$|[，,。；;：:！？暨在和]|[^\u4e00-\u9fff])")
# "举办了“助力X建设，区域化党建Y”活动": a theme in quotes may hold commas of its own.
_QUOTED_EVENT = re.compile(rf"了?“[^“”]{{2,40}}”[\u4e00-\u9fff]{{0,6}}?{_HEAD}(?=$|[，,。；;：:！？暨在和])")
# "开展“不忘初心再立新功，牢记使命共建彩虹——彩虹地区党建共建暨庆祝建党98周年活动”": the whole
# title in quotes, a theme before a dash; the event is what follows the dash.
_QUOTED_TITLE = re.compile(rf"了?“[^“”]{{0,40}}?——([^“”—]{{2,40}}?{_HEAD})”")
_TITLE_EVENT = re.compile(rf"[^“”—]{{2,40}}?{_HEAD}")


def _quoted_title(sentence: str, at: int) -> re.Match[str] | None:
    title = _QUOTED_TITLE.match(sentence, at)
    return _TITLE_EVENT.fullmatch(sentence, title.start(1), title.end(1)) if title else None


# Meetings the article is about; later speakers and attendance lists refer to them.
_MEETING = re.compile(r"(?:会议|理事会|大会|会|论坛)(?:$|暨)")  # "X联席会议暨Y发布活动" is a meeting too
_OCCASION = re.compile(r"(?:仪式|典礼|活动|启动会|成立)$")
_SHORT_FOR = re.compile(r"[（(](?:以下|下文)?简称[^)）]*[)）]")
_FILLER = re.compile(r"^(?:了|一场|一次|一系列|部分|首届|首次|第[一二三四五六七八九十\d]+[届次]|\d{4}年度?)+")
_YEAR = re.compile(r"((?:19|20)\d\d)年度?")
_AT = re.compile(
    r"在([^，,。；;]{2,30}?)(?:隆重|顺利|成功)?(?:举行|召开|举办|开展)|齐聚([^，,。；;]{2,30}?)(?:[，,]|召开|举行)"
)
_ATTEND = re.compile(
    r"出席|参加|参与|参会|与会|列席|主持|共同(?:启动|发布|点亮|见证|按下|开启)|揭牌|颁奖|颁发|宣读|上台|交接"
    r"|作为.{0,8}代表|齐聚|陪同"
)
_BODIES_SPEAK = re.compile(r"(?:分别|先后|依次)?(?:作了?|进行了?)(?:交流|主题|典型|经验)?发言")
_IN_TURN = re.compile(r"(?:分别|先后|依次|轮流)(?:作|进行)?(?:了)?(?:交流)?(?:发言|讲话|分享)")
_SPEAK = re.compile(
    r"^.{0,3}?(?:表示|指出|强调|提到|认为|介绍|讲话|致辞|发言|提出|说|代表|就)|^为.{0,8}?致辞"
    r"|^.{0,4}?(?:带来了?的?|主讲|开讲|授课)"
)
_ATTENDED_BY = re.compile(
    r"(?:参加|出席)(?:会议|活动|仪式|签约仪式)?的(?:单位|领导|嘉宾|人员)?(?:有|还有|包括)"
)
_TAKERS = ("Person", "Unit", "Council", "Alliance", "Committee", "Street", "District", "Area")
_SPEECH = re.compile(r"致辞|讲话|作了?(?:主题|交流)?发言|介绍了|表示|指出|强调")
# "A、B联盟成员单位的代表出席": bodies whose members are there take part.
_MEMBERS = re.compile(r"(?:的)?(?:全体)?成员(?:单位)?")
# "X作为成员单位代表": the unit takes part, the person stands for it.
_ON_BEHALF = re.compile(r"^作为")
# A sub-event the meeting holds ("在“X”高峰论坛中分享"): later speakers speak there too.
_INSIDE = re.compile(r"中|上|期间|环节")
_DELEGATES = re.compile(r"代表们?(?=围绕|就|分别|先后|作|进行|出席|参加|发言|交流|讲述|分享)")
# "…等12家区域共建单位" right before 代表: the list ends before 等.
_COUNTED = re.compile(
    r"(?:等|在内的|共)(?:\d+|[两一二三四五六七八九十]+)?[余多]?[家个]?[^、，,。；;等]{0,16}?(?:单位|党组织|企业)$"
)
# Signing at a ceremony the sentence before opened: the signatories take part in it.
_SIGN = re.compile(r"签订|签署|交换")
_AT_MEETING = re.compile(r"^(?:会上|会议上|会议中|会议现场|现场|活动上|活动中|同时)[，,]?")
_ACT = re.compile(r"宣布成立|成立|揭牌|共同发布|发布|启动|签约|交接")
_PLACES = ("Building", "Area", "Street", "Station", "Unit", "District")


@dataclass
class EventState:
    """The meeting the article is reporting on, for sentences that do not name it."""

    meeting: Mention | None = None
    # An event named inside the meeting that later speakers speak at ("在“X”论坛中分享").
    sub: Mention | None = None
    # A ceremony the sentence before held at the meeting ("现场开展了X签约仪式。"): the next
    # sentence tells who took part in it.
    moment: Mention | None = None
    found: list[Mention] = field(default_factory=list)
    # Who organised each event seen (by event name): a body is not a guest at its own meeting.
    organisers: dict[str, list[Mention]] = field(default_factory=dict)
    # Who organised the events of the sentence before, for "先后举办A、B" with no subject.
    last_hosts: list[Mention] = field(default_factory=list)
    # The study visit under way, for "…一行来到/参观X" later in the article.
    visit: Mention | None = None
    # The article's first ceremony or activity: with no meeting reported, those later said to
    # attend ("…等出席签约仪式") or speak ("部长周明表示…") attend it.
    occasion: Mention | None = None


def _organisers(mentions: list[Mention]) -> list[Mention]:
    # A community (社区) or village (村) holds events too, through its party body; a commercial
    # district does not.
    return [
        m
        for m in mentions
        if m.label in ("Unit", "Council", "Alliance", "Committee", "Street", "District")
        or (m.label == "Area" and m.name.endswith(("社区", "村")))
    ]


# "“庆祝建党102周年”党建共建签约仪式": a ceremony named by its theme is not named after its host
# (an activity is: "2025年X街道“街区友好节”").
_THEMED_OCCASION = re.compile(r"^“[^“”]{2,30}”[^“”]{0,10}(?:仪式|典礼)$")
_STREET_BODY = re.compile(r"(街道)党工委$")
_THEMED = re.compile(r"^(?:一场|一次)?以[“\"][^”\"]*[”\"]为主题的?")


def _describe(text: str, subject: Mention | None, sentence: str, mentions: list[Mention], at: int) -> str:
    """An event's description from the words after the verb."""
    year = _YEAR.search(text)
    if year is not None and year.start() > 0:
        # "“theme”2019年X会议": the theme is not the description; a body right before the year
        # ("…为主题的安亭镇2023年度…活动") is.
        owner = next((m for m in _organisers(mentions) if m.end == at + year.start() and m.start >= at), None)
        subject = owner or subject
        text = text[year.start() :]
    rest = _THEMED.sub("", _FILLER.sub("", text))  # "以“X”为主题的共建签约仪式": the theme is no name
    if "的" in rest:
        before, after = rest.rsplit("的", 1)
        named = "“" in before or '"' in before or any(at <= m.start < at + len(text) for m in mentions)
        rest = before + after if named else after
    rest = _balance(rest)
    if (
        subject is not None
        and subject.name not in rest
        and subject.label in ("Street", "Council", "Unit")
        and not _THEMED_OCCASION.match(rest)
    ):
        # "X中心组开展了中心组学习": the words the two share are written once.
        k = next(
            (k for k in range(min(len(subject.name), len(rest)), 1, -1) if subject.name.endswith(rest[:k])), 0
        )
        # "A与B举行签约仪式": the event is the two parties'.
        joined = [m for m in mentions if m.end + 1 == subject.start and m.label != "Person"]
        partner = next((m for m in joined if sentence[m.end] in "与和同"), None)
        # "万里街道党工委召开…联席会议": the street's meeting, named after the street.
        owner = _STREET_BODY.sub(r"\1", subject.name)
        rest = (f"{partner.name}与" if partner else "") + owner + rest[k:]
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


# "街道将为…开展X活动": a plan, not an occurrence (the clause's verb follows 将).
_PLANNED = re.compile(r"将[^，,。；;]{0,30}$")


def may_hold(sentence: str) -> bool:
    """Whether a sentence has a verb of holding at all (a cheap test before the real one)."""
    return _ANY_HOLD.search(sentence) is not None


# "由A主办、B承办的X论坛": the event, its organiser and those who host it with it.
_SPONSORS = re.compile(
    r"由([^，,。；;]{2,40}?)(?:主办|发起|牵头|指导)(?:[、，,]([^，,。；;]{2,40}?)(?:承办|协办))?的"
)


def _sponsored(
    sentence: str, mentions: list[Mention], date: str | None, place: Mention | None
) -> list[tuple[Mention, list[Found]]]:
    hit = _SPONSORS.search(sentence) if "由" in sentence else None
    obj = _EVENT.match(sentence, hit.end()) if hit else None
    if hit is None or obj is None:
        return []
    spans = [hit.span(1), *([hit.span(2)] if hit.group(2) else [])]
    hosts = [
        [m for m in _organisers(whole_names(mentions)) if lo <= m.start and m.end <= hi] for lo, hi in spans
    ]
    if not hosts[0]:
        return []
    lead = hosts[0][0]
    event, facts = _event(
        _describe(obj.group(), lead, sentence, mentions, obj.start()), *obj.span(), date, lead, place
    )
    facts += [Found("ORGANISED", m, event, {}, 0.4) for group in hosts for m in group if m is not lead]
    return [(event, facts)]


def find_held(sentence: str, mentions: list[Mention], date: str | None) -> list[tuple[Mention, list[Found]]]:
    """Events a sentence says were held, with their organiser and place."""
    out: list[tuple[Mention, list[Found]]] = []
    if not may_hold(sentence):
        return out
    place = _place(sentence, mentions)
    sponsored = _sponsored(sentence, mentions, date, place)
    if sponsored:
        return sponsored
    for verb in _HOLD.finditer(sentence):
        obj = (
            _quoted_title(sentence, verb.end())
            or _EVENT.match(sentence, verb.end())
            or _QUOTED_EVENT.match(sentence, verb.end())
        )
        if obj is None or _PLANNED.search(sentence, 0, verb.start()):
            continue
        subject = _subject(sentence, mentions, verb.start())
        partners = _partners(sentence, mentions, verb.start())
        if partners and subject in partners:
            # "联手A、B举办X": the one who joins hands is written before them, if at all.
            subject = _subject(sentence, mentions, partners[0].start - 2)
        first = len(out)
        if _generic(obj.group()):
            # "A与B开展联建活动": a kind of activity is a particular one only through its doers.
            doers = _doers(sentence, mentions, verb.start()) or (subject.name if subject else "")
            if doers:
                name = doers + _FILLER.sub("", obj.group()).rsplit("的", 1)[-1]
                out.append(_event(name, obj.start(), obj.end(), date, subject, place))
            continue
        parts = _split(sentence, obj.start(), obj.end(), mentions)
        # "先后举办A、B", "举行A暨B": every event of the list was held.
        while sentence.startswith(("、", "暨", "和"), obj.end()) and (
            nxt := _EVENT.match(sentence, obj.end() + 1)
        ):
            joint, obj = sentence[obj.end()], nxt
            ceremony = _ceremony_with_meeting(sentence[: obj.start() - 1], obj.group())
            if (
                joint == "暨"
                and parts
                and not ceremony
                and not any(obj.start() <= m.start < obj.end() for m in mentions)
            ):
                parts[-1] = (parts[-1][0], obj.end())  # "A暨B" where B names nothing: one event
            else:
                parts.append((obj.start(), obj.end()))
        for i, (start, end) in enumerate(parts):
            text = sentence[start:end]
            # A later event of the list that names itself ("…暨X党群服务站揭牌仪式") keeps its words.
            named = i > 0 and any(start <= m.start < end for m in mentions)
            name = _FILLER.sub("", text) if named else _describe(text, subject, sentence, mentions, start)
            if name.endswith("认领仪式"):
                # "举行了“X项目”的认领仪式": named after the programme, as the district news does.
                name = re.sub(r"[“”\"]", "", name)
            out.append(_event(name, start, end, date, subject, place))
        others = [*partners, *(_co_subjects(sentence, mentions, subject)[:-1] if subject else [])]
        for event, facts in out[first:]:
            facts += [Found("ORGANISED", p, event, {}, 0.4) for p in others if fits("ORGANISED", p, event)]
    # "…联席会议在福民会馆举行": the event is written before 在.
    for at in _AT.finditer(sentence):
        if any(e.start >= at.end() - 2 or e.end == at.start() for e, _ in out):
            continue  # the event after 在, or the one a verb before it has named ("由X发起的Y在Z举行")
        before = _written_before(sentence, at.start(), 40)
        if before:
            subject = _subject(sentence, mentions, before.start(1)) or _owner(sentence, mentions, before)
            for i, (lo, hi) in enumerate(_split(sentence, before.start(1), at.start(), mentions)):
                # As in "举行A暨B": a later event that names itself keeps its words.
                named = i > 0 and any(lo <= m.start < hi for m in mentions)
                text = sentence[lo:hi]
                name = _FILLER.sub("", text) if named else _describe(text, subject, sentence, mentions, lo)
                out.append(_event(name, lo, hi, date, subject, place))
    # "“主题”X街道…主题活动暨…工作会议举行。": the event is written before its verb, no place.
    if not out:
        for verb in _HELD_AFTER.finditer(sentence):
            end = verb.start() - 2 if sentence.endswith(_HELD_HOW, 0, verb.start()) else verb.start()
            before = _written_before(sentence, end, 70)
            if before:
                subject = _subject(sentence, mentions, before.start(1)) or _owner(sentence, mentions, before)
                parts = _split(sentence, before.start(1), end, mentions)
                if len(parts) < 2:
                    # Named as written, without the theme in quotes before it.
                    name = _THEME.sub("", before[1]) or before[1]
                    out.append(_event(name, before.start(1), end, date, subject, place))
                    continue
                # "“X”…治理暨Y党群服务站揭牌仪式举行": two events held together, each as written.
                out += [_event(sentence[a:b], a, b, date, subject, place) for a, b in parts]
    return out


def _owner(sentence: str, mentions: list[Mention], described: re.Match[str]) -> Mention | None:
    """ "千里街道区域化党建工作会议顺利召开": a meeting described by its owner's name first (after
    a theme in quotes) is the owner's."""
    theme = _THEME.match(sentence, described.start(1))
    head = theme.end() if theme else described.start(1)
    return next(
        (m for m in whole_names(_organisers(mentions)) if m.start == head and m.end < described.end(1)), None
    )


def _written_before(sentence: str, end: int, longest: int) -> re.Match[str] | None:
    """An event described right before `end`: up to `longest` characters of one clause that end
    in an event word (group 1)."""
    return re.search(rf"([^，,。；;：:]{{2,{longest}}}?{_HEAD})$", sentence[:end])


_HELD_AFTER = re.compile(r"(?:举行|召开|举办|启动|开幕)(?=[，,。；;！]|$)")
# Adverbs between an event and its verb ("…会议顺利召开"); matched apart, as an optional word
# before the verbs would make the engine try every position.
_HELD_HOW = ("隆重", "正式", "顺利", "胜利", "圆满")
_THEME = re.compile(r"^[“\"][^”\"]*[”\"]")


# "启动了“X”微网站", "发布《X》", "共同发布了…“X”党建版图": a launch or release of a named
# thing is an event of its own, "<thing>启动/发布".
_LAUNCH = re.compile(
    r"(启动|发布|发出)了?(?!仪式|会|大会|典礼|活动)([^，,。；;：:！？]{2,48})(?=[，,。；;：:！？]|$)"
)
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
        # "A、B的轮值主席共同发布了X": those who launch together take part; the host is elsewhere.
        together = sentence.endswith("共同", 0, hit.start())
        subject = None if together else _subject(sentence, mentions, hit.start())
        out.append(_event(name, hit.start(2), hit.end(2), date, subject, None))
    return out


# "“X”志愿行动吸引了来自A、B等单位的志愿者参与": an activity that draws people from bodies.
_DRAWN = re.compile(r"(?:^|[，,])([^，,。；;]{2,40}?(?:行动|活动|比赛|大赛|讲座|志愿服务))吸引了?(?:来自)?")
_JOINED = re.compile(r"志愿者|参与|参加|加入")


def find_drawn(sentence: str, mentions: list[Mention], date: str | None) -> list[tuple[Mention, list[Found]]]:
    """An activity that draws volunteers or members from a list of bodies is an Event (named as
    written), and each body of the list takes part in it."""
    if "吸引" not in sentence:
        return []
    out = []
    for hit in _DRAWN.finditer(sentence):
        if not _JOINED.search(sentence, hit.end()):
            continue
        bodies = list_after(sentence, mentions, hit.end(), _BODY_LABELS)
        if not bodies:
            continue
        props: dict[str, object] = {"date": date} if date else {}
        event = Mention("Event", hit[1], hit.start(1), hit.end(1), props, confidence=0.5, nested_ok=True)
        out.append((event, [Found("PARTICIPATED_IN", b, event, {}, 0.5) for b in bodies]))
    return out


_BODY_LABELS = ("Unit", "Council", "Alliance", "Committee", "Station")


_PARTNER = re.compile(r"联手|携手|会同|牵手|联合(?=[^，,。；;]{2,}?[，,]?(?:举办|举行|开展|主办))")


_JOINED_BY = {"、", "和", "与", "及", "以及"}
_STOPS = re.compile(r"[，,。；;、]")


def _co_subjects(sentence: str, mentions: list[Mention], subject: Mention) -> list[Mention]:
    """ "A、B、C共同联手…发起X": the 、-list the organiser ends (A, B, C). A street written
    before a name of its own ("X街道区域化党建“Y联盟”") qualifies it and is passed over."""
    whole = sorted(
        (
            m
            for m in _organisers(mentions)
            if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
        ),
        key=lambda m: m.start,
    )
    if subject not in whole:
        return [subject]
    out, head = [subject], subject.start
    for prev in reversed(whole[: whole.index(subject)]):
        gap = sentence[prev.end : head]
        if gap in _JOINED_BY:
            out.insert(0, prev)
        elif not (
            prev.label in ("Street", "District") and len(gap) <= 8 and not re.search(r"[，,。；;、]", gap)
        ):
            break
        head = prev.start
    return out


def _partners(sentence: str, mentions: list[Mention], verb: int) -> list[Mention]:
    """ "联手A、B等成员单位，举办X": A and B organise X too."""
    # Not searched up to the verb only: the pattern looks ahead to the verb itself.
    hit = next((h for h in _PARTNER.finditer(sentence) if h.end() <= verb), None)
    if hit is None:
        return []
    return [m for m in list_after(sentence, mentions, hit.end(), _BODY_LABELS) if m.end <= verb]


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


_CEREMONY_END = re.compile(r"(?:仪式|典礼)$")


def _ceremony_with_meeting(first: str, second: str) -> bool:
    """ "表彰大会暨签约仪式": a ceremony (the second) held with an event (the first)."""
    return bool(_CEREMONY_END.search(second) and re.search(rf"{_HEAD}$", first))


def _split(sentence: str, start: int, end: int, mentions: list[Mention]) -> list[tuple[int, int]]:
    """ "A暨B": two events held together when B names a body or place of its own ("…理事会暨X
    党群服务站揭牌仪式") or is a ceremony after a meeting ("表彰大会暨签约仪式"); "白领午餐套餐展示
    暨白领技能比武大赛" is one event in two parts."""
    parts, lo, themed = [], start, set()
    for joint in re.finditer("暨", sentence[start:end]):
        hi = start + joint.start()
        nxt = sentence.find("暨", hi + 1, end)
        nxt = end if nxt < 0 else nxt
        # A ceremony held with a meeting ("“七一”表彰大会暨党建联建签约仪式") is an occasion too.
        ceremony = _ceremony_with_meeting(sentence[lo:hi], sentence[hi + 1 : nxt])
        if ceremony or any(hi < m.start and m.end <= nxt for m in mentions):
            parts.append((lo, hi))
            if sentence.startswith(("“", '"'), lo) and hi - lo >= 8:
                # "“川联治理·魅力街区”党建引领X街区治理暨Y揭牌仪式": a themed launch, named by its
                # theme and work, held with the ceremony.
                themed.add((lo, hi))
            lo = hi + 1
    parts.append((lo, end))
    return [(s, e) for s, e in parts if (s, e) in themed or re.search(rf"{_HEAD}$", sentence[s:e])]


def _event(
    name: str, start: int, end: int, date: str | None, subject: Mention | None, place: Mention | None
) -> tuple[Mention, list[Found]]:
    props: dict[str, object] = {"date": date} if date else {}
    name = _SHORT_FOR.sub("", name)  # "X中心(以下简称“Y”)揭牌仪式": the aside is no part of it
    event = Mention("Event", name, start, end, props, confidence=0.5, nested_ok=True)
    rels = []
    if subject is not None and fits("ORGANISED", subject, event):
        rels.append(Found("ORGANISED", subject, event, {}, 0.5))
    if place is not None and fits("HELD_AT", event, place):
        rels.append(Found("HELD_AT", event, place, {}, 0.5))
    return event, rels


# "X书记甲一行调研Y", "X一行来到Y调研", "X一行赴Y考察": a visit, named "X调研Y" after the body
# the leader speaks for and the place visited.
_VISIT_AFTER = re.compile(
    r"(?:一行|带队)(?:[近约]?\d+人)?(调研|考察|走访|视察)了?([^，,。；;：:、\s]{2,20}?)(?=$|[，,。；;]|并|时)"
)
_VISIT_BEFORE = re.compile(
    r"(?:一行|带队)(?:[近约]?\d+人)?(?:来到|前往|赴|莅临|走进|到)([^，,。；;：:、\s]{2,20}?)(调研|考察|视察|走访)"
)


def find_visit(sentence: str, mentions: list[Mention], date: str | None) -> list[tuple[Mention, list[Found]]]:
    """A visit by a body's delegation, with the leader taking part in it and the place visited."""
    led = "一行" in sentence or "带队" in sentence
    hit = _VISIT_AFTER.search(sentence) if led else None
    verb, where = (hit.group(1), hit.span(2)) if hit else ("", (0, 0))
    if hit is None and led and (before := _VISIT_BEFORE.search(sentence)):
        hit, verb, where = before, before.group(2), before.span(1)
    if hit is None:
        return []
    people = [m for m in mentions if m.label == "Person" and m.end <= hit.start()]
    leader = people[-1] if people else None
    floor = leader.start if leader else hit.start()
    bodies = [m for m in _organisers(mentions) if m.end <= floor and m.label != "District"]
    visitor = max(bodies, key=lambda m: (m.end, m.end - m.start), default=None)
    if visitor is None:
        return []
    place = next((m for m in mentions if m.start == where[0] and m.label != "Person"), None)
    name = visitor.name + verb + sentence[where[0] : where[1]]
    event, facts = _event(name, hit.start(), where[1], date, visitor, place)
    event.properties["kind"] = "study_visit"
    if leader is not None and fits("PARTICIPATED_IN", leader, event):
        facts.append(Found("PARTICIPATED_IN", leader, event, {}, 0.5))
    return [(event, facts)]


_SOURCE_OPENING = re.compile(r"^(?:据|来自)[^，,。：:]{2,16}?(?:消息|报道|讯)[：:，,]?")


def _subject(sentence: str, mentions: list[Mention], verb: int) -> Mention | None:
    """The organiser: the body written last before the verb (the whole name, not a name inside
    it), outside a place phrase "在P" that stands between them."""
    at = _AT.search(sentence)
    if at is not None and at.start() < verb <= at.end():
        verb = at.start()
    source = _SOURCE_OPENING.match(sentence)
    floor = source.end() if source else 0  # "据宝山区消息：": who reports, not who holds
    before = [m for m in _organisers(mentions) if floor <= m.start and m.end <= verb]
    return max(before, key=lambda m: (m.end, m.end - m.start), default=None)


def _place(sentence: str, mentions: list[Mention]) -> Mention | None:
    at = _AT.search(sentence)
    if at is None:
        return None
    lo, hi = at.span(1) if at[1] else at.span(2)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.label in _PLACES]
    # The place itself, not a body named inside it: the longest name there.
    return max(inside, key=lambda m: (m.end - m.start, m.label == "Building"), default=None)


def _founding(mentions: list[Mention], state: EventState) -> Mention | None:
    """ "…暨X联盟成立大会。…A、B等12家单位共同点亮“X联盟”": a sentence about a body whose founding
    the article reported is about that ceremony, not the meeting it was held with."""
    bodies = [m.name for m in mentions if m.label in ("Alliance", "Council", "Committee")]
    return next(
        (e for e in reversed(state.found) for b in bodies if b + "成立" in e.name or b + "揭牌" in e.name),
        None,
    )


def find_participants(
    sentence: str, mentions: list[Mention], events: list[Mention], state: EventState
) -> list[Found]:
    """Who took part: attendance lists, and people who speak at the meeting."""
    # Those who launch a project together take part in it as well as in the meeting.
    launched = _launched_project(sentence, mentions)
    if _AT_MEETING.match(sentence):
        state.sub = None  # "会上，…": back to the meeting itself, out of the sub-event
    attend = _ATTEND.search(sentence)
    # "…出席", "会上，…": the occasion reported, when no meeting is.
    # A speech or a view reported of it ("X院长甲致辞", "部长乙表示…") places the speaker there.
    at_occasion = attend or _AT_MEETING.match(sentence) or _SPEECH.search(sentence)
    occasion = state.occasion if at_occasion else None
    # "…等陪同调研": with no meeting reported, those who attend attend the visit.
    visit = state.visit if attend and state.meeting is None else None
    target = (
        events[-1]
        if events
        else (_founding(mentions, state) or state.moment or state.meeting or occasion or visit)
    )
    if target is None:
        return launched
    here = bool(events)
    takers: list[Mention] = []
    listed = _ATTENDED_BY.search(sentence) if attend else None
    if listed:
        # "参加会议的有A、B和C": those listed after it attend (the people, where it names people).
        after = [m for m in whole_names(mentions) if m.start >= listed.end() and m.label in _TAKERS]
        takers += [m for m in after if m.label == "Person"] or after
    if attend is None and not events and state.moment is not None:
        attend = _SIGN.search(sentence)
    if attend:
        people = [m for m in mentions if m.label == "Person"]
        gifted = _recipients(sentence)
        bodies = [
            m
            for m in mentions
            if m.end <= attend.start()
            and m.label in ("Unit", "Council", "Alliance")
            and not any(lo <= m.start < hi for lo, hi in gifted)
            # whole names only: "SMG" in "SMG纪录片中心党总支" does not attend apart
            and not any(o.start == m.start and o.end > m.end and o.label == m.label for o in mentions)
        ]
        # Bodies only when no person is named ("A、B、C共同启动"), or when the people are there
        # for them ("A副书记甲、B董事长乙作为成员单位代表": the units are the participants).
        on_behalf = _ON_BEHALF.match(attend.group()) is not None
        if on_behalf:
            people = []
        elif people:
            # "…甲到会指导，A、B等18家单位党组织负责人参加会议": bodies whose clause names no one
            # and holds the verb attend through their leaders.
            here_clause = _clause(sentence, attend.start())
            if any(_clause(sentence, p.start) == here_clause for p in people):
                bodies = []
            else:
                bodies = [b for b in bodies if _clause(sentence, b.start) == here_clause]
        for m in [*people, *bodies]:
            if m.name in target.name:
                continue  # a body's own meeting ("X理事会联席会议"): it holds it
            takers.append(m)
        # "A、B联盟成员单位的代表等出席": the bodies whose members attend take part, even at
        # their own meeting.
        hosts = {h.name for h in state.organisers.get(target.name, [])}
        takers += [m for m in _member_bodies(sentence, mentions, attend.start()) if m.name not in hosts]
    else:
        for m in mentions:
            if m.label == "Person" and _SPEAK.match(sentence[m.end : m.end + 10]):
                takers.append(m)
        spoke = _BODIES_SPEAK.search(sentence) if "发言" in sentence else None
        here = _clause(sentence, spoke.start()) if spoke else None
        if spoke and not any(m.label == "Person" and _clause(sentence, m.start) == here for m in mentions):
            # "会上，A党委、B党委、C党委作了交流发言": the bodies that speak take part.
            takers += list_before(sentence, mentions, spoke.start())
        in_turn = _IN_TURN.search(sentence)
        if in_turn:
            # "A书记甲、B校长乙分别作交流发言": everyone listed speaks.
            takers += [
                m for m in mentions if m.label == "Person" and m.end <= in_turn.start() and m not in takers
            ]
    # "会上，A和B宣布成立", "会上，…四个商圈党建联席会议的轮值主席共同发布了…": the bodies a
    # sentence about the meeting names as its subjects take part.
    opening = _AT_MEETING.match(sentence)
    if opening and events and not attend:
        # "会议现场，X联盟轮值主席甲发出《倡议》": the one who acts in the clause of the event.
        takers += [
            m
            for m in mentions
            if m.label == "Person" and _clause(sentence, m.start) == _clause(sentence, events[-1].start)
        ]
    if opening:
        verb = _ACT.search(sentence)
        takers += [
            m
            for m in mentions
            if verb is not None and m.end <= verb.start() and m.label in ("Council", "Alliance", "Committee")
        ]
    # "A、B、C代表围绕…发言", "A、B等12家单位代表分别…": the bodies whose delegates speak or
    # attend take part.
    for d in _DELEGATES.finditer(sentence):
        counted = _COUNTED.search(sentence, 0, d.start())
        takers += list_before(sentence, mentions, counted.start() if counted else d.start())
    out: list[Found] = launched
    seen: set[tuple[int, str]] = set()
    for m in takers:
        if here and any(_is_part_of_name(m, e) for e in events):
            continue  # "举行X理事会暨Y揭牌仪式": X holds, it is named, not a participant
        for t in _targets(sentence, m, target, here, opening is not None, state):
            if (id(m), t.name) not in seen and fits("PARTICIPATED_IN", m, t):
                seen.add((id(m), t.name))
                out.append(Found("PARTICIPATED_IN", m, t, {}, 0.4))
    return out


def _targets(
    sentence: str, m: Mention, target: Mention, here: bool, at_meeting: bool, state: EventState
) -> list[Mention]:
    """The events one taker takes part in. In "会上，A宣读了…，B、C共同启动X" A acts at the
    meeting and B, C at the launch (a body launched is at both); a speaker after a sub-event
    the meeting held ("在“X”论坛中分享") speaks at both."""
    meeting = state.meeting
    if not here:
        sub = state.sub if m.label == "Person" and state.sub is not None else None
        return [target, sub] if sub is not None and sub is not target else [target]
    if not at_meeting or meeting is None or meeting is target:
        return [target]
    # A clause of its own ("A宣读了…，"), not an item of the list that acts later ("甲，以及…").
    own_clause = re.match(r"[^，,；;]+", sentence[m.end :]) is not None
    if own_clause and _clause(sentence, m.start) < _clause(sentence, target.start):
        return [meeting, target] if m.name in target.name else [meeting]
    return [target]


def _clause(sentence: str, at: int) -> int:
    """Which clause of the sentence `at` stands in (the commas and semicolons before it)."""
    return sum(sentence.count(mark, 0, at) for mark in "，,；;")


_GIFT = re.compile(r"为([^，,。；;]{2,80}?)(?:颁发|颁奖|授予|授牌|赠送)")


def _recipients(sentence: str) -> list[tuple[int, int]]:
    """ "甲为A、B颁发证书": A and B receive, they are not the ones acting."""
    return [hit.span(1) for hit in _GIFT.finditer(sentence)] if "为" in sentence else []


def _member_bodies(sentence: str, mentions: list[Mention], verb: int) -> list[Mention]:
    """ "A联席会议成员单位、B联盟、C联盟成员单位的代表": A, B and C (a 、-list shares the
    word 成员)."""
    groups = [
        m
        for m in mentions
        if m.end <= verb
        and m.label in ("Council", "Alliance", "Committee")
        and not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
    ]
    starts = {m.start: m for m in groups}
    out = []
    for m in groups:
        cur: Mention | None = m
        while cur is not None:
            if _MEMBERS.match(sentence, cur.end):
                out.append(m)
                break
            cur = starts.get(cur.end + 1) if sentence.startswith("、", cur.end) else None
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
    people = [m for m in whole if m.label == "Person"]
    bodies = [m for m in whole if m.label in ("Unit", "Council", "Alliance")]
    takers: list[Mention] = list(people) if people else bodies
    lo = 0
    for person in people:
        # Each person speaks for the body of the first title before the name ("X联盟轮值主席、
        # Y公司总经理甲": X), not for every body in the titles.
        first = next((b for b in bodies if lo <= b.start and b.end <= person.start), None)
        if first is not None:
            takers.append(first)
        lo = person.end
    out = []
    for m in takers:
        # "物业联盟…共同发布“物业联盟X项目”": the body the project is named after runs it.
        rel = (
            "ORGANISED"
            if m.label != "Person" and project.name.startswith(sentence[m.start : m.end])
            else None
        )
        rel = rel or "PARTICIPATED_IN"
        if fits(rel, m, project):
            out.append(Found(rel, m, project, {}, 0.4))
    return out


def _is_part_of_name(m: Mention, event: Mention) -> bool:
    return m.start >= event.start and m.end <= event.end


def update_state(state: EventState, events: list[Mention], facts: list[Found] = ()) -> None:
    hosts = [f.start for f in facts if f.type == "ORGANISED" and f.end.label == "Event"]
    for f in facts:
        if f.type == "ORGANISED" and f.end.label == "Event":
            state.organisers.setdefault(f.end.name, []).append(f.start)
    state.last_hosts = list({id(h): h for h in hosts}.values())
    met = False
    for e in events:
        state.found.append(e)
        if _MEETING.search(e.name) and not met:
            # "举办A会议暨B成立大会": those who attend later attend the meeting, the first.
            state.meeting, met = e, True
            state.sub = None
        elif state.occasion is None and _OCCASION.search(e.name):
            state.occasion = e
        if _VISIT.search(e.name):
            state.visit = e


def fold_into_meeting(
    sentence: str, actions: list[tuple[Mention, list[Found]]], state: EventState
) -> list[tuple[Mention, list[Found]]]:
    """ "活动上，甲、乙共同为X揭牌": an unveiling or launch told as a moment of the meeting is
    part of it, not an event of its own, unless the article has named it before (a caption,
    "举行A暨X揭牌仪式")."""
    if state.meeting is None or not _AT_MEETING.match(sentence):
        return actions
    known = [e.name for e in state.found]
    return [(e, fs) for e, fs in actions if any(k.startswith(e.name.removesuffix("仪式")) for k in known)]


_GOES_ON = re.compile(r"(?:先后|随后|接着|还|又|并|同时)[^，,。；;]{0,2}?(?:举办|举行|开展|召开)")
_DURING = re.compile(r"会上|会议|现场|活动上|活动中|同时")


def inherit_organiser(
    sentence: str, held: list[tuple[Mention, list[Found]]], state: EventState
) -> list[Found]:
    """ "会议还…，同时举行了X": an event held at the meeting with no organiser of its own is
    organised by whoever held the meeting; "先后举办X、Y" opening a sentence, by whoever held
    the events of the sentence before."""
    out: list[Found] = []
    for event, facts in held:
        if any(f.type == "ORGANISED" for f in facts):
            continue
        if _GOES_ON.match(sentence):
            # "…联手A举办劳动竞赛活动。先后举办X、Y": the same hosts.
            out += [
                Found("ORGANISED", h, event, {}, 0.4) for h in state.last_hosts if fits("ORGANISED", h, event)
            ]
            continue
        if not _DURING.search(sentence, 0, event.start):
            continue
        hosts = next(
            (
                state.organisers[e.name]
                for e in reversed(state.found)
                if _MEETING.search(e.name) and e.name in state.organisers
            ),
            [],
        )
        out += [Found("ORGANISED", h, event, {}, 0.4) for h in hosts if fits("ORGANISED", h, event)]
    return out


def note_moment(sentence: str, events: list[Mention], state: EventState) -> None:
    """ "现场开展了X签约仪式。": the next sentence is about X (only the next one)."""
    held = [e for e in events if not _MEETING.search(e.name)]
    state.moment = held[-1] if held and state.meeting is not None and _AT_MEETING.match(sentence) else None


def note_sub_event(sentence: str, mentions: list[Mention], state: EventState) -> None:
    """ "4位代表在“X”高峰论坛中分享了感想": the meeting's sub-event, where the speakers quoted
    next speak."""
    if state.meeting is None:
        return
    if "在" not in sentence:
        return
    for m in mentions:
        if m.label == "Event" and sentence[m.start - 1 : m.start] == "在" and _INSIDE.match(sentence, m.end):
            state.sub = m


_VISIT = re.compile(r"学习|参观|考察|调研")
# "中心组一行来到了X", "一行前往X进行交流学习", "一行参观了A、B和C".
_GO = re.compile(r"一行(?:[^，,。；;]{0,6}?)(?:来到|前往|参观|考察|调研|走进|走访|赴|到访)")
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
            words = cut_words(m.name)
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
        if sentence.startswith(("分会场", "主会场", "会场"), m.end) and fits("HELD_AT", target, m)
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
    out = [Found("HELD_AT", visit, m, {}, 0.4) for m in seen if fits("HELD_AT", visit, m)]
    opening = _IN_PLACE.match(sentence)
    if opening is not None:
        place = next((m for m in mentions if m.start == 1 and m.end == opening.end(1)), None)
        if place is not None:
            out += [Found("LOCATED_IN", m, place, {}, 0.4) for m in seen if fits("LOCATED_IN", m, place)]
            if fits("HELD_AT", visit, place):
                out.append(Found("HELD_AT", visit, place, {}, 0.4))
    return out
