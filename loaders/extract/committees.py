"""Committees a unit sets up, named whole: "成立X集团Y区域党建工作功能委员会".

Only 专业委员会/专委会 are suffixes of their own (entities.py); a committee of another kind is
a name when a verb of founding stands right before it and the name begins with a body the
rules found (the unit whose committee it is), so that "成立党建工作委员会" stays a common noun.
"""

from __future__ import annotations

import re

from loaders.extract.entities import Mention

_FOUNDED = re.compile(r"(?:成立|组建|设立|筹建|新建)了?([\u4e00-\u9fffA-Za-z0-9]{4,28}?委员会)")
# Residents' committees are units (entities.py); counted lists are lists.py's.
_NOT_COMMITTEE = re.compile(r"居民委员会$|[个、]")
_OWNERS = ("Unit", "Street", "Area", "District", "Building")


def find_founded_committees(sentence: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in _FOUNDED.finditer(sentence):
        start, end = m.span(1)
        if _NOT_COMMITTEE.search(m.group(1)):
            continue
        if any(o.start == start and o.end < end and o.label in _OWNERS for o in mentions):
            out.append(Mention("Committee", m.group(1), start, end, confidence=0.5))
    return out
