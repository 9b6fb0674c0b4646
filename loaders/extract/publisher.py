"""The unit that publishes an article, and the article's words for itself.

A university's, hospital's or company's own news page names its source ("本文来源：上海理工大学",
"供稿：X医院党委") and then writes "我校", "我院", "我司" for it: "在我校举行" is held at the
university, "我校党委书记吴松" holds his title there.
"""

from __future__ import annotations

import re

from loaders.extract.entities import Mention, find_organisations, starts_word
from loaders.extract.text import Sentence

_SOURCE = re.compile(
    r"^(?:(?:本文|文章|新闻)?来源|稿源|供稿|发布单位)[:：](.{2,30}?)(?:作者|编辑|发布|时间|$)"
)
# The self-reference and the kinds of unit it can stand for (by the end of the unit's name).
_SELF = {
    "我校": ("大学", "学院", "学校", "中学", "小学", "党校"),
    "本校": ("大学", "学院", "学校", "中学", "小学", "党校"),
    "我院": ("医院", "学院", "研究院", "设计院", "法院", "检察院", "研究所"),
    "我司": ("公司",),
    "我行": ("银行", "分行", "支行"),
    "我局": ("局",),
}
# On its own page, "学校党委" is the publisher's party committee, which stands for the
# publisher as "X大学党委" does.
_SCHOOL = _SELF["我校"]
_SELF.update({"学校党委": _SCHOOL, "学校党总支": _SCHOOL, "医院党委": ("医院",), "公司党委": ("公司",)})
_SELF_WORD = re.compile("|".join(sorted(_SELF, key=len, reverse=True)))


def publishing_unit(sentences: list[Sentence]) -> Mention | None:
    """The unit a source line at the head or foot of the article names, if it names one."""
    for sentence in [*sentences[:4], *sentences[-4:]]:
        source = _SOURCE.match(sentence.text)
        if source is None:
            continue
        named = source.group(1)
        units = [m for m in find_organisations(named) if m.label == "Unit" and m.start == 0]
        if units:
            unit = max(units, key=lambda m: m.end)
            return Mention("Unit", unit.name, 0, 0, dict(unit.properties), list(unit.aliases))
    return None


def self_references(sentence: str, publisher: Mention) -> list[Mention]:
    """ "我校党委书记吴松": the publisher, where the article calls it by its word for itself."""
    out = []
    for hit in _SELF_WORD.finditer(sentence):
        if publisher.name.endswith(_SELF[hit.group()]):
            if hit.group().startswith(("学", "医", "公")) and not starts_word(sentence, hit.start()):
                continue  # "XX学校党委": another school's committee
            out.append(
                Mention(
                    "Unit",
                    publisher.name,
                    hit.start(),
                    hit.end(),
                    dict(publisher.properties),
                    list(publisher.aliases),
                    confidence=0.6,
                )
            )
    return out
