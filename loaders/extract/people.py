"""People named with their titles: after a title ("书记周惠珍", "区委常委、组织部部长姚卫华")
or before one ("顾俊教授", "孙明丽副部长"). A name is two or three characters after a known
surname (or four after a compound one); it ends where a verb, adverb or preposition begins
("陆颖宣读", "赵坚以及", "张鹏陪同"), never inside a place ("…代表杨浦区…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import jieba

from loaders.extract.entities import NOT_NAME_TAGS, Mention, cut_words, word_tag

# Titles written before a person's name (…书记周惠珍, 总经理程想元).
_TITLES = [
    "党工委书记",
    "党工委副书记",
    "党委书记",
    "党委副书记",
    "党委委员",
    "党总支书记",
    "党支部书记",
    "纪委书记",
    "副书记",
    "书记",
    "副主任",
    "主任",
    # A democratic party committee's chair (主任委员) and deputy.
    "副主委",
    "主委",
    "副部长",
    "部长",
    "副局长",
    "局长",
    "副处长",
    "处长",
    "副区长",
    "区长",
    "副镇长",
    "镇长",
    "副科长",
    "科长",
    "常委",
    "副会长",
    "会长",
    "副理事长",
    "理事长",
    "秘书长",
    "副主席",
    "主席",
    "副总经理",
    "总经理",
    "董事长",
    "副董事长",
    "总监",
    "副行长",
    "行长",
    "政治委员",
    "政委",
    "经理",
    "所长",
    "副所长",
    "校长",
    "副校长",
    "院长",
    "副院长",
    "馆长",
    "团长",
    "专员",
    "委员",
    "社长",
    "主编",
    "总编辑",
    "站长",
    "护士",
    "医生",
    "教师",
    "律师",
    "联络员",
    "领导",
    "巡视员",
    "调研员",
    "负责人",
    "代表",
]
_SURNAMES = set(
    "洪王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍"
    "涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝厉井封储晋蔺阎钮贝鞠冀郁逯於禹于傅劳杲凤茅丰"
)
_COMPOUND_SURNAMES = frozenset(
    re.findall(
        r"\S\S",
        "诸葛欧阳司马上官东方皇甫令狐慕容尉迟公孙夏侯端木司徒长孙宇文轩辕呼延澹台南宫申屠太史闻人赫连钟离",
    )
)
_PLACE_END = frozenset("区市县省镇乡村")
_NAME_BREAK_AFTER = frozenset("、")
_COUNTED_GROUP = re.compile(r"[\d一二三四五六七八九十百千余多]+[位名个][\u4e00-\u9fff]{0,4}$")
# A lookahead, so that matches may overlap: "主席单位代表施宇婷" tries "主席单位代" and "代表施宇婷".
# Searched from every position in turn rather than as a lookahead: the engine then skips to a
# title's first character at once (a lookahead is tried at every position).
_PERSON = re.compile("(" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")([\u4e00-\u9fff]{2,3})")


def _title_matches(sentence: str) -> Iterator[re.Match[str]]:
    """Every place a title and a name may start, overlapping ones included."""
    m = _PERSON.search(sentence)
    while m is not None:
        yield m
        m = _PERSON.search(sentence, m.start() + 1)


# A character that cannot continue a name: punctuation or the first of a verb after it.
_AFTER_NAME = set("，,、。；;：:（(和与及等为向共在交主致就做作发讲出代率带分将对把同也还都是说")
# Two-character words whose first character may end up glued to a two-character given name.
_WORD_AFTER = frozenset(
    {
        "以及",
        "等人",
        "同志",
        "和平",
        "作为",
        "代表",
        "在会",
        "为获",
        "主持",
        "就该",
        "到会",
        "到场",
        "陪同",
        "一同",
    }
)
_NOT_NAME_START = set("和与及等为向在的是了将对共")


def find_people(sentence: str) -> list[tuple[Mention, str, int]]:
    """People written after a title: (person, title, where the title starts)."""
    out = []
    taken: set[int] = set()
    for m in _title_matches(sentence):
        if m.start(2) in taken:
            continue  # "副书记周…" and "书记周…" name the same person
        name = m[2]
        glued = name[2:] + sentence[m.end(2) : m.end(2) + 1]
        if _COUNTED_GROUP.search(sentence, max(0, m.start(1) - 10), m.start(1)):
            continue  # "160位党员代表齐聚一堂": a group and what it does, not a person
        if name[:2] in _COMPOUND_SURNAMES:
            # "区委书记诸葛宇杰作了…": two characters of surname, one or two of given name.
            four = m.start(2) + 4
            if len(sentence) >= four and _may_follow_name(sentence, four):
                name = sentence[m.start(2) : four]
        elif (
            len(name) == 3
            and sentence[m.end(2) : m.end(2) + 1] not in _NAME_BREAK_AFTER  # "镇长徐洪发、…": a list item
            and (
                name[2] in _AFTER_NAME
                or glued in _WORD_AFTER
                # "刘庆生为两个专委会揭牌": a word glued to 为/与 does not cut the name short
                or (word_tag(glued) in NOT_NAME_TAGS and glued[-1:] not in _AFTER_NAME)
                # "刘莎以“…”为主题": a preposition before a quotation starts the next phrase
                or (word_tag(name[2]) in ("p", "c") and glued[-1:] in ("“", '"'))
            )
        ):
            name = name[:2]  # "赵坚以及…", "陆颖宣读…": the third character starts the next word
        if (name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES) or name[0] in _NOT_NAME_START:
            continue
        if name[-1] in _PLACE_END:
            continue  # "唐海东代表杨浦区介绍…": 代表 is a verb here, and 杨浦区 a place
        if word_tag(name[:2]) in ("p", "c"):
            continue  # "总书记关于社会治理…": a preposition, not a name
        if name[0] == "于" and _word_after_preposition(sentence, m.start(2) + 1):
            continue  # "书记于会上表示", "于近日召开": the preposition 于, not the surname
        if (
            any(name.endswith(t) for t in ("书记", "主任", "部长", "同志"))
            or jieba.dt.FREQ.get(name, 0) > 3000
        ):
            continue
        end = m.start(2) + len(name)
        if end < len(sentence) and not _may_follow_name(sentence, end):
            continue
        person = Mention("Person", name, m.start(2), end, {"title": m[1]}, confidence=0.6)
        out.append((person, m[1], m.start(1)))
        taken.add(m.start(2))
    return out


def _may_follow_name(sentence: str, at: int) -> bool:
    """A name ends where punctuation or a verb, adverb, preposition … begins ("朱一平提到")."""
    return (
        sentence[at] in _AFTER_NAME
        or word_tag(sentence[at : at + 2]) in NOT_NAME_TAGS
        or word_tag(sentence[at]) in NOT_NAME_TAGS
    )


# A title written after the name: "孙明丽副部长", "顾俊教授", "杨洁书记".
# Each alternative opens with a literal, so the engine can skip to a title's first character.
_TITLE_AFTER = re.compile(
    r"副(?:书记|部长|主任|局长|会长|理事长)|书记|部长|主任|局长|会长|理事长|教授|同志|董事长|总经理"
)
_NAME_BREAK = frozenset("，,、。；;：:（(")


def find_people_titled_after(sentence: str, body_ends: set[int]) -> list[Mention]:
    """People named right before their title, where a name may start: at the sentence's
    start, after punctuation, or right after a body ("社会学院顾俊教授")."""
    out = []
    for title in _TITLE_AFTER.finditer(sentence):
        at = title.start()
        for size in (2, 3):
            start = at - size
            if start < 0 or not (start == 0 or sentence[start - 1] in _NAME_BREAK or start in body_ends):
                continue
            name = sentence[start:at]
            if (
                name[0] in _SURNAMES
                and not jieba.dt.FREQ.get(name)
                and not any(c in _AFTER_NAME for c in name)
            ):
                out.append(Mention("Person", name, start, at, {"title": title.group()}, confidence=0.5))
                break
    return out


def _word_after_preposition(sentence: str, at: int) -> bool:
    """Whether a word of the dictionary (two characters or more, not a given name) starts at
    `at`: after 于 it makes 于 the preposition ("于近日", "于会上")."""
    first = cut_words(sentence[at : at + 4])[:1]
    return bool(first) and len(first[0]) > 1 and word_tag(first[0]) not in ("nr", None)
