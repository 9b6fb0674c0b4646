"""Units named as lying in a street's area (LOCATED_IN the street).

* "X街道辖区内A、B、C", "整合区域内A、B等十家单位", "来自辖区的A、B等": the 、-list after the
  word of area (辖区, 驻区, 区域内, 驻地) lies in the street or community named right before it,
  else in the street the sentence or the article is about.
* "A、B等12家驻地单位", "A、B等7家辖区内企事业单位": the list the count closes, before it.
* "整合X园区、Y大厦等各驻区单位和楼宇园区": every building of such a sentence does.
* "位于苏河湾中心42楼的…": a name of no known suffix before a floor is a building's.
"""

from __future__ import annotations

import re

from graph import schema
from loaders.extract.entities import Mention
from loaders.extract.lists import list_after, list_before
from loaders.extract.relations import Found

AREA_WORDS = ("驻区", "辖区", "区域内", "驻地")
_CUE = re.compile(r"驻区|辖区|区域内|驻地")
# What may stand between the word of area and its list ("辖区内的", "辖区现有").
_FILLER = re.compile(r"(?:范围内的?|内的|内有|内现有|现有|共有|内|的)?")  # the longest first
# A count that closes the list before the word ("等12家", "7家").
_COUNT_BEFORE = re.compile(r"(?:等\s*)?(?:[\d一二三四五六七八九十百]+\s*[余多]?家)?$")
_HOLDERS = ("Unit", "Building", "Station")
_LISTED = tuple(label for label in schema.NODE_SPECS if label != "Person")  # names of a list
# "位于X42楼", "位于XB1栋", "位于X底楼": X is a building (its floor is no part of its name).
_ON_FLOOR = re.compile(
    r"(?:位于|设在|坐落于)([\u4e00-\u9fff·]{2,10}?)(?:[\dA-Za-z一二三四五六七八九十]+(?:楼|层|栋|幢)|底楼)"
)
_PLACES = ("街道", "镇", "社区")
_NEAR = 4  # a place this close before the word is the one it speaks of ("友谊路街道辖区")


def find_stationed(sentence: str, mentions: list[Mention], street: str | None) -> list[Found]:
    """LOCATED_IN facts of the units a sentence names as lying in an area."""
    out: list[Found] = []
    items: list[Mention] = []
    place: Mention | None = None
    for cue in _CUE.finditer(sentence):
        place = _place_before(mentions, cue.start()) or place
        after = list_after(sentence, mentions, _FILLER.match(sentence, cue.end()).end(), _LISTED)
        if after:
            items += after
            continue
        count = _COUNT_BEFORE.search(sentence, 0, cue.start())
        closed = count is not None and count.start() < cue.start()
        before = list_before(sentence, mentions, count.start()) if count and closed else []
        if before:
            # "星河社区与A、B等2家驻地单位…": the place the sentence named before the list.
            items += before
            place = place or _place_before(mentions, before[0].start, near=before[0].start)
    if ("驻区" in sentence or "辖区内" in sentence) and (street or place):
        # "整合X园区、Y大厦等各驻区单位和楼宇园区的…": the buildings are the area's.
        items += [m for m in mentions if m.label == "Building"]
    if place is None and street is None:
        return []
    here = place or Mention("Street", str(street), 0, 0, linked=True)
    seen: set[int] = set()
    for m in items:
        if m.label in _HOLDERS and id(m) not in seen and m is not here:
            seen.add(id(m))
            out.append(Found("LOCATED_IN", m, here, {}, 0.4))
    return out


def _place_before(mentions: list[Mention], at: int, near: int = _NEAR) -> Mention | None:
    """The street or community named right before `at` (at most `near` characters before)."""
    places = [
        m
        for m in mentions
        if m.label in ("Street", "Area") and at - near <= m.end <= at and m.name.endswith(_PLACES)
    ]
    return places[-1] if places else None


def find_floor_places(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Buildings named only as where something lies, floor and all ("位于苏河湾中心42楼")."""
    out = []
    for hit in _ON_FLOOR.finditer(sentence):
        start, end = hit.span(1)
        if not any(m.start <= start < m.end for m in mentions):
            out.append(Mention("Building", hit[1], start, end, confidence=0.4))
    return out
