"""Award and honour lists printed at the end of a newsletter page.

A list opens with a heading ("2019年度X街道Y项目金奖、银奖获奖名单", "…表彰名单", "…评选结果"),
then, under award-level lines ("金 奖", "一等奖", "优秀组织奖"), one entry per project: a title
line (a slogan: "携手共筑·温暖家园") and a subtitle line saying what it is and often who runs it
("X公司“党员先锋日”", "Y居民区睦邻运动会"). Title and subtitle may share one physical line,
set apart by spaces. The lines are read as lines, not as prose: the pipeline skips the
sentences the entries make and takes the list's projects, awards and runners from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.extract.entities import NOT_NAME_TAGS, Mention, cut_words, find_organisations, word_tag

# Cheap test on the whole text before any line is looked at.
TRIGGER = re.compile(r"名单|评选结果|表彰决定")
# A heading line (white space removed): what it is about, then the kind of list, at its end.
_HEADING = re.compile(r"^(?P<head>.{2,60}?)(?:获奖|表彰|获评|入选)?(?:名单|评选结果)$")
# "2017至2018年度", "2019年度", "2020-2021年": the years the awards are for.
_YEARS = re.compile(r"((?:19|20)\d\d)(?:年度?)?(?:(?:至|到|-|—|–|~|～)((?:19|20)\d\d))?年度?(?![\d月])")
# The award names closing a heading: "金拇指奖、银拇指奖", "一等奖和二等奖".
_AWARD_NAMES = re.compile(r"((?:[\u4e00-\u9fff]{1,7}奖)(?:[、和及与,，]+[\u4e00-\u9fff]{1,7}奖)*)$")
_ONE_AWARD = re.compile(r"[\u4e00-\u9fff]{1,7}奖")
# Where what the list is about ends inside a run of award names ("…惠民项目|金拇指奖").
_ABOUT_END = re.compile(r"项目|活动|工作|评选|年度")
# An award-level line: "金 拇 指 奖", "一等奖", "优秀组织奖（3项）", "特等奖：".
_LEVEL = re.compile(r"^([\u4e00-\u9fff]{1,8}奖)(?:[(（]\s*[\d一二三四五六七八九十]+\s*[项个名][)）])?[:：]?$")
# Words that do not name a programme by themselves ("优秀项目", "区域化党建项目").
_GENERIC_PROGRAMME = re.compile(r"^(?:区域化)?(?:党建)?(?:优秀|获奖|特色|重点|示范|品牌|创新|年度|公益)?$")
_RANK_AWARD = re.compile(r"(?:优秀|十佳|示范|精品|特色)项目$")
_RANKED = re.compile(r"(?:优秀|获奖|入选|参评|获评|十佳|示范)+$")
# A place written at the head of the programme ("X街道同心惠民项目" is the street's "同心惠民项目").
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:街道|镇|区)(?=[\u4e00-\u9fff“\"]{2,})")
# Lists of people or of bodies ("优秀共产党员名单", "先进基层党组织名单") are not lists of projects.
_NOT_PROJECTS = re.compile(
    r"个人|党员|工作者|志愿者|标兵|楷模|人物|书记|干部|集体|党组织|单位|支部|成员|理事|委员|代表|名录"
)
# What a list of projects says it lists: projects, cases, brands, works, or awards.
_PROJECTS = re.compile(r"项目|案例|品牌|作品|奖")
# A table's header row: column names only.
_TABLE_HEADER = re.compile(
    r"(?:序号|项目名称|项目|名称|申报单位|实施单位|单位|负责人|奖项|获奖等级|等级|类别)+"
)
# A number or counter before an entry: "1.", "2、", "（三）".
_ENUMERATOR = re.compile(
    r"^(?:\d{1,2}[.．、)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
)
# The list ends at running prose, a new heading, or the page's credits.
_PROSE = re.compile(r"[。；;！？]|[，,].{20,}")
_CREDIT = re.compile(
    r"^[（(]?(?:责任编辑|编辑|来源|供稿|通讯员|记者|审核|撰稿|摄影|主办|承办|地址|电话|邮编|网址|印刷)|^[（(][^()（）]{1,10}[)）]$|图为|供图"
)
_MAX_ENTRY = 40
# The head words of a description: what was built or done, and for whom ("…建设", "…运动会").
_DESCRIPTION_END = re.compile(
    r"(?:建设|活动|服务队|志愿队|服务|讲座|运动会|进社区|进楼宇|项目|工程|行动|计划|课堂|工作室|之家|"
    r"团队|联盟|驿站|公益日|比赛|展演|展览|培训|课程|帮扶|助老|实践)[”\"]?$"
)
# A runner written before the quoted name of its activity: "X公司“党员公益日”".
_RUNNER_QUOTED = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,12})[“\"][^“”\"]{2,20}[”\"]$")
_PROPER_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "eng"})
_DASH = re.compile(r"—{1,2}|－{2}|-{2}")
_BRACKETED = re.compile(r"^(.{2,}?)[(（]([^()（）]{2,})[)）]$")
# Quote marks on both sides of a gap: "“零距离” “零投诉”" is one title, not title and subtitle.
_QUOTES = "“”\"'"


@dataclass
class Line:
    """One non-empty physical line: its text without white space, and where it stands."""

    text: str
    start: int
    end: int
    raw: str
    # A table row: its cells are apart by white space, the title first.
    row: bool = False


@dataclass
class Entry:
    """One awarded project: its title, the subtitle describing it, the award it won."""

    title: str
    start: int
    end: int
    award: str | None
    subtitle: str | None = None


@dataclass
class AwardList:
    heading: str
    start: int
    end: int
    awards: list[str]
    programme: str | None
    year: int | None
    years: str | None
    entries: list[Entry] = field(default_factory=list)
    # Where the entries stand: sentences inside are the list's, not prose.
    body_start: int = 0
    body_end: int = 0


def _lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line("".join(stripped.split()), pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw)
    return out


def find_award_lists(text: str) -> list[AwardList]:
    if not TRIGGER.search(text):
        return []
    lines = _lines(text)
    out = []
    for i, line in enumerate(lines):
        found = _heading(line)
        if found is None:
            continue
        found.entries, found.body_start, found.body_end = _entries(lines[i + 1 :], found.awards)
        if found.entries:
            out.append(found)
    return out


def _heading(line: Line) -> AwardList | None:
    if "名单" not in line.text and "评选结果" not in line.text:
        return None
    # A caption may stand before the heading on the same line: the heading starts at its years,
    # else it is the line's last run of text.
    years = _YEARS.search(line.text)
    at = years.start() if years else len(line.text) - len(line.raw.split()[-1])
    head_text = line.text[at:]
    if _PROSE.search(head_text) or len(head_text) > 60:
        return None
    m = _HEADING.match(head_text)
    if m is None:
        return None
    head = m.group("head")
    if _NOT_PROJECTS.search(head) or not _PROJECTS.search(head_text):
        return None
    year = year_text = None
    if years and years.start() == at:
        head = head[years.end() - at :]
        first, last = years.group(1), years.group(2)
        year_text = f"{first}-{last}年度" if last else f"{first}年度"
        year = int(first) if not last else None
    awards: list[str] = []
    about = head
    awards_m = _AWARD_NAMES.search(head)
    if awards_m:
        # The first award name reaches back no further than the programme ("…项目|金奖").
        cut = max((m.end() for m in _ABOUT_END.finditer(awards_m.group(1))), default=0)
        awards = _ONE_AWARD.findall(awards_m.group(1)[cut:])
        about = head[: awards_m.start() + cut]
    if not awards:
        # "…优秀项目表彰名单": the honour is the rank itself.
        ranked = _RANK_AWARD.search(about)
        awards = [ranked.group()] if ranked else []
    start = line.start + _raw_offset(line.raw, at)
    return AwardList(head_text, start, line.end, awards, _programme(about), year, year_text)


def _raw_offset(raw: str, squashed_at: int) -> int:
    """Where the squashed position lies in the raw line (white space skipped)."""
    seen = 0
    for k, ch in enumerate(raw):
        if ch.isspace():
            continue
        if seen == squashed_at:
            return k
        seen += 1
    return len(raw)


def _programme(about: str) -> str | None:
    """ "X街道同心惠民项目" → "同心惠民项目": a programme names itself before 项目."""
    about = _PLACE_HEAD.sub("", about)
    if not about.endswith("项目"):
        return None
    # "X优秀项目", "X获奖项目": the programme is "X项目".
    about = _RANKED.sub("", about[: -len("项目")]) + "项目"
    core = about[: -len("项目")].strip('“”"')
    if len(core) < 2 or _GENERIC_PROGRAMME.match(core):
        return None
    return _curly(about)


def _curly(s: str) -> str:
    """Straight quotes as the curly pairs they stand for."""
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _entries(lines: list[Line], heading_awards: list[str]) -> tuple[list[Entry], int, int]:
    """The entries under the heading, grouped by the award-level lines."""
    groups: list[tuple[str | None, list[Line]]] = []
    award: str | None = heading_awards[0] if len(heading_awards) == 1 else None
    current: list[Line] = []
    body_start = body_end = 0
    for line in lines:
        if _PROSE.search(line.text) or len(line.text) > _MAX_ENTRY or _CREDIT.match(line.text):
            break
        if _heading(line) is not None:
            break
        body_start = body_start or line.start
        body_end = line.end
        if _TABLE_HEADER.fullmatch(line.text):
            continue
        level = _LEVEL.match(line.text)
        if level:
            if current:
                groups.append((award, current))
            award, current = level.group(1), []
            continue
        line = _without_enumerator(line)
        parts = line.raw.split()
        row_award = _LEVEL.match(parts[-1]) if len(parts) > 1 else None
        if row_award:
            # A table row: "智能一张网 X街道 金奖" carries its own award in its last cell.
            if current:
                groups.append((award, current))
                current = []
            groups.append((row_award.group(1), [_cut_line(line, len(line.text) - len(parts[-1]))]))
            continue
        current.append(line)
    if current:
        groups.append((award, current))
    entries = [e for award, group in groups for e in _pairs(group, award)]
    return entries, body_start, body_end


def _without_enumerator(line: Line) -> Line:
    m = _ENUMERATOR.match(line.text)
    if m is None or m.end() >= len(line.text):
        return line
    at = _raw_offset(line.raw, m.end())
    raw = line.raw[at:].lstrip()
    return Line(line.text[m.end() :], line.end - len(raw), line.end, raw)


def _cut_line(line: Line, squashed_end: int) -> Line:
    """The line up to a squashed position (its last cell cut off)."""
    raw = line.raw[: _raw_offset(line.raw, squashed_end)].rstrip()
    return Line(line.text[:squashed_end], line.start, line.start + len(raw), raw, row=True)


def _pairs(group: list[Line], award: str | None) -> list[Entry]:
    """Title then subtitle, a subtitle being a description; a title may have none, and a line
    may hold both ("一口清水的温度 X居民区饮水项目")."""
    out: list[Entry] = []
    pending: Line | None = None
    for k, line in enumerate(group):
        split = _split_line(line)
        if split is not None:
            if pending is not None:
                out.append(Entry(_curly(pending.text), pending.start, pending.end, award))
                pending = None
            title, subtitle = split
            out.append(Entry(_curly(title), line.start, line.end, award, subtitle))
            continue
        if pending is None:
            pending = line
            continue
        following = group[k + 1] if k + 1 < len(group) else None
        if not describes(line.text) and following is not None and describes(following.text):
            # This line is a title of its own: the pending one had no subtitle.
            out.append(Entry(_curly(pending.text), pending.start, pending.end, award))
            pending = line
            continue
        out.append(Entry(_curly(pending.text), pending.start, line.end, award, line.text))
        pending = None
    if pending is not None:
        out.append(Entry(_curly(pending.text), pending.start, pending.end, award))
    return out


def _split_line(line: Line) -> tuple[str, str] | None:
    """A title and its subtitle on one line, set apart by white space, a dash
    ("X——Y居民区"), or the runner in brackets after the title ("X（Y公司）")."""
    parts = line.raw.split()
    if line.row and len(parts) > 1:
        return parts[0], "".join(parts[1:])
    dash = _DASH.search(line.text)
    if dash and dash.start() >= 2 and describes(line.text[dash.end() :]):
        return line.text[: dash.start()], line.text[dash.end() :]
    bracket = _BRACKETED.match(line.text)
    if bracket and describes(bracket.group(2)):
        return bracket.group(1), bracket.group(2)
    for k in range(1, len(parts)):
        left, right = "".join(parts[:k]), "".join(parts[k:])
        if len(left) < 4 or len(right) < 4:
            continue
        if left[-1] in _QUOTES and right[0] in _QUOTES:
            continue
        if describes(right) and not describes(left):
            return left, right
    return None


@lru_cache(maxsize=256)  # a line is asked about more than once (as itself, as a neighbour)
def describes(text: str) -> bool:
    """Whether a line reads as a description (who did what) rather than a slogan."""
    if _DESCRIPTION_END.search(text) or runner_before_quote(text) is not None:
        return True
    return any(m.label in ("Unit", "Area", "Street", "Station") for m in find_organisations(text))


def runner_before_quote(text: str) -> str | None:
    """ "X公司“党员公益日”": the name before the quotes, when it is a proper name (a word
    jieba's dictionary tags as one, or none it knows) with no verb in it."""
    m = _RUNNER_QUOTED.match(text)
    if m is None:
        return None
    words = cut_words(m.group(1))
    tags = [word_tag(w) for w in words]
    if any(t in NOT_NAME_TAGS for t in tags):
        return None
    if not any(t is None or t in _PROPER_TAGS for t in tags):
        return None
    return m.group(1)


# A name right before these is what is being built or run, not who runs it.
_BUILT = ("建设", "创建", "打造")


def subtitle_runners(subtitle: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies a subtitle names as running the project: not the thing being built
    ("X服务站建设"), not a name inside another."""
    out = [
        m
        for m in mentions
        if m.label in ("Unit", "Area", "Street", "Station", "Council", "Alliance", "Committee")
        and not subtitle.startswith(_BUILT, m.end)
    ]
    runner = runner_before_quote(subtitle)
    if runner is not None and not any(m.start == 0 for m in out):
        out.append(Mention("Unit", runner, 0, len(runner), confidence=0.5))
    return out


# Who gives an award: the body that commends, selects or confers ("X对…予以表彰", "经X评选");
# handing the prizes over (颁奖, 颁发) is a presenter's part, not the giver's.
_GIVE = re.compile(r"表彰|评选|评出|授予|命名")
_RECEIVE = re.compile(r"荣获|获得|受到|获评|被评|被授予|获颁")
# A body written bare ("理事会对…予以表彰") is the article's own body of that kind.
_BARE_BODY = re.compile(r"(理事会|联席会议|联盟|委员会|专委会)")
_GIVERS = ("Council", "Alliance", "Committee", "Unit", "Street", "District")


def awarder(
    sentences: list[tuple[str, list[Mention]]], awards: list[str], own: dict[str, Mention]
) -> Mention | None:
    """The body that gives the list's awards: the subject of a sentence that commends or
    selects for them (naming one of the awards, or 获奖/优秀), else the article's council.
    `own` holds the article's most-named body by the word its name ends with."""
    # Sentences that name one of the awards first, then those that speak of winners generally.
    # A list's own heading ("…表彰名单") names the list, not who gives it.
    prose = [(t, ms) for t, ms in sentences if "名单" not in t]
    naming = [(t, ms) for t, ms in prose if any(a in t for a in awards)]
    general = [(t, ms) for t, ms in prose if "获奖" in t or "优秀" in t]
    for text, mentions in [*naming, *general]:
        verb = _GIVE.search(text)
        # "X荣获…表彰", "受到表彰": X is a winner, not the giver.
        if verb is None:
            continue
        clause = max(text.rfind(c, 0, verb.start()) for c in "，,；;") + 1
        if _RECEIVE.search(text, clause, verb.start()):
            continue
        # The subject: the first body written, before any object introduced by 对.
        stop = text.find("对", 0, verb.start())
        stop = verb.start() if stop < 0 else stop
        before = [m for m in mentions if m.label in _GIVERS and m.end <= stop]
        if before:
            return min(before, key=lambda m: (m.start, m.start - m.end))
        bare = _BARE_BODY.search(text, 0, verb.start())
        if bare and bare.group(1) in own:
            return own[bare.group(1)]
    return own.get("")
