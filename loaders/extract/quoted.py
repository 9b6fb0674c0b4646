"""Names written in quotation marks: brands, projects and lists of projects.

District news puts the names of programmes and brands in quotes and says what they are in the
word that follows: “X”品牌 / “X”区域化党建 (a brand), “X”项目 / “X”行动 / “X”特色党课 (a
project). A list of such names closed by a count ("A、“B”、C等5个项目", "…等三块内容",
"“A”“B”“C”三大特色项目") is a list of projects even where an item carries no quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.entities import Mention

# Both “curly” and "straight" quotes occur (OCR pages often have the straight ones).
QUOTED = re.compile(r"“([^“”]{1,40})”|\"([^\"“”]{1,40})\"")
# Quoted words that are everyday party vocabulary, not the name of a brand or programme.
_VOCABULARY = frozenset({"两新", "四史", "两学一做", "十四五", "三会一课", "放管服", "最多跑一次"})
# “X” followed by these is a brand (“福民南西”党建工作品牌, “共同行动”区域化党建, 白领驿家…站).
_BRAND_AFTER = re.compile(r"^(?:(?:区域化)?党建(?!项目|资源|清单)|党群服务|(?:工作)?品牌|为品牌)")
# “X” followed by these is a project, named with them (“爱乐启航”音乐党课, “初心”系列…活动).
_PROJECT_AFTER = re.compile(
    r"^(?!等|志愿行动)(?:[\u4e00-\u9fff]{0,4}?(?:项目|行动|计划|工程|党课|讲坛|讲堂|之旅)|系列[\u4e00-\u9fff]{0,4}?活动"
    r"|[\u4e00-\u9fff]{0,5}?平台)"
)
# “X” followed by these is an occasion (an Event; a volunteer action is a day's work, not a programme).
_EVENT_AFTER = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(?:论坛|研讨会|座谈会|报告会|晚会|游园会|演出|大赛|竞赛|运动会|主题党日活动|志愿行动)"
)
# A name that itself says it is a project (“福民项目”, “进博先锋行动”).
_PROJECT_TAIL = ("项目", "行动", "计划", "工程")
# "认领A等“X项目”": a list (of one item, even) closed by the programme its items belong to.
_PROGRAMME = r"[“\"][^“”\"]{2,20}项目[”\"]|[“\"][^“”\"]{2,20}[”\"]项目"
# "…等5个项目", "…六个方面", "…等三块内容", "…等品牌项目", "…等四大实事项目".
_COUNT = r"[\d一二两三四五六七八九十百]+\s*(?:个|项|块|大)?\s*(?!家)"
# Without 等 the count is a number or has its measure word ("九号线项目管理分公司" is no count).
_BARE_COUNT = r"(?:\d+|[一二两三四五六七八九十百]+\s*(?:个|项|块|大))\s*(?!家)"
# The kind may be qualified after the count: "三个具有代表性的区域化党建项目"; "项目单位",
# "项目管理…" are units, not projects.
_KINDS = (
    r"(?:(?:[\u4e00-\u9fff]{0,2}|[\u4e00-\u9fff]{0,10}的[\u4e00-\u9fff]{0,8})项目(?!单位|管理|部|经理|负责人|公司)"
    r"|方面|内容|板块|福利)"
)
_KIND_WORD = re.compile(r"项目|方面|内容|板块|福利")
_LIST_END = re.compile(rf"等\s*(?:(?P<programme>{_PROGRAMME})|(?:{_COUNT})?{_KINDS})|{_BARE_COUNT}{_KINDS}")
# Verbs that introduce such a list: the first item starts after them.
_LIST_VERBS = (
    "新增",
    "包括",
    "包含",
    "推出",
    "认领了",
    "认领",
    "围绕",
    "实施",
    "发布了",
    "发布",
    "开展",
    "签订了",
    "签订",
    "签署了",
    "签署",
)
_CLAUSE = re.compile(r"[，,。；;：:！？]")
# A list item is short; anything longer is a clause, not a name.
_MAX_ITEM = 24


@dataclass
class Quoted:
    """A quoted name and what the text says it is."""

    mention: Mention
    # Where the quotes themselves stand (an org right before them owns the name).
    open_at: int


def _spans(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[1] or m[2]) for m in QUOTED.finditer(sentence)]


def _curly(inner: str) -> str:
    return f"“{inner}”"


def find_quoted(sentence: str) -> list[Quoted]:
    """Brands and projects named in quotes, by the word after the closing quote."""
    out: list[Quoted] = []
    if "“" not in sentence and '"' not in sentence:
        return out
    for start, end, inner in _spans(sentence):
        if inner in _VOCABULARY or not re.search(r"[\u4e00-\u9fffA-Za-z]", inner):
            continue
        after = sentence[end : end + 12]
        if _BRAND_AFTER.match(after) and (
            sentence.startswith("为品牌", end) or not sentence.endswith("以", 0, start)
        ):
            out.append(Quoted(Mention("Brand", inner, start, end, confidence=0.6, nested_ok=True), start))
            continue
        occasion = _EVENT_AFTER.match(after)
        if occasion:
            # "“X”高峰论坛", "“X”工地中秋慰问晚会": an occasion named by what it is about.
            name = _curly(inner) + occasion.group()
            event = Mention("Event", name, start, end + occasion.end(), {}, [inner + occasion.group()], 0.5)
            event.nested_ok = True
            out.append(Quoted(event, start))
        kind = _PROJECT_AFTER.match(after)
        if kind:
            aliases = [_curly(inner) + kind.group(), inner + kind.group()]
            project = Mention("Project", inner, start, end + kind.end(), {}, aliases, 0.6, nested_ok=True)
            out.append(Quoted(project, start))
        elif inner.endswith(_PROJECT_TAIL) and len(inner) >= 4:
            project = Mention("Project", inner, start, end, {}, [_curly(inner)], 0.6, nested_ok=True)
            out.append(Quoted(project, start))
    return out


def _split_items(sentence: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Item spans of "A、“B、C”、D" between lo and hi: 、 inside quotes does not split."""
    items, depth, begin = [], 0, lo
    straight = False
    for i in range(lo, hi):
        ch = sentence[i]
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        elif ch == "、" and depth == 0 and not straight:
            items.append((begin, i))
            begin = i + 1
    items.append((begin, hi))
    return items


_QUOTE_RUN = re.compile(r"(?:“[^“”]{1,40}”){2,}")


def _run_of_quotes(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "“A”“B”“C”三大特色项目": names in quotes written one after another, with no 、, are
    items of the list each."""
    if _QUOTE_RUN.fullmatch(sentence, start, end) is None:
        return [(start, end)]
    return [m.span() for m in QUOTED.finditer(sentence, start, end)]


def find_project_lists(sentence: str) -> list[Mention]:
    """Items of a list closed by a project count: "新增“A”、B、C 3个项目", "包含“A”、“B”等两块内容".

    The first item starts after the verb that introduces the list (新增, 包括 …), or at its
    opening quote."""
    out: list[Mention] = []
    if not _KIND_WORD.search(sentence):
        return out  # no word a list of projects ends in
    for end in _LIST_END.finditer(sentence):
        clause = max((m.end() for m in _CLAUSE.finditer(sentence, 0, end.start())), default=0)
        lo = clause
        for w in _LIST_VERBS:
            at = sentence.rfind(w, clause, end.start())
            if at >= 0:
                lo = max(lo, at + len(w))
        spans = [
            piece
            for span in _split_items(sentence, lo, end.start())
            for piece in _run_of_quotes(sentence, *span)
        ]
        if len(spans) < 2 and not end.group("programme"):
            continue
        first_s, first_e = spans[0]
        quote = sentence.find("“", first_s, first_e)
        if quote < 0:
            quote = sentence.find('"', first_s, first_e)
        if quote > first_s and (first_e - first_s) > _MAX_ITEM // 2:
            spans[0] = (quote, first_e)  # "…推出“A”、…": the list starts at the quote
        for s, e in spans:
            if "的" in sentence[s:e] and not QUOTED.search(sentence[s:e]):
                s = sentence.rfind("的", s, e) + 1  # "面向成员单位的名师讲坛": the name follows 的
            item = sentence[s:e]
            if not 2 <= len(item) <= _MAX_ITEM:
                continue
            whole = QUOTED.fullmatch(item)
            tail = QUOTED.search(item)
            if whole is None and tail is not None and tail.end() == len(item):
                # "曹家渡街道“社区读书节”": the quoted part is the project, the body before owns it.
                whole, s = tail, s + tail.start()
            if whole is None and not end.group().endswith(("项目", "福利")):
                continue  # "在A、B等方面": fields of work; only quoted ones name projects
            name = (whole[1] or whole[2]) if whole else item
            aliases = [_curly(name)] if whole else []
            out.append(Mention("Project", name, s, e, {}, aliases, 0.5, nested_ok=True, in_list=True))
    return out
