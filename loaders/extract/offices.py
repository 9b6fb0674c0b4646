"""A street's own offices, named short in its own article.

A street's article names its departments without the street: "管理办、市容所、网格中心…代表",
"（街道党群办）". Two or more such short office names in one 、-list, or one written right
after 街道, are the article's street's offices: "<street>管理办", part of the street.
"""

from __future__ import annotations

import re

from loaders.extract.entities import SUFFIX_INFO, Mention, word_tag
from loaders.extract.relations import Found

# How an office's short name ends: …办 (not 办事处/办公室, which have their own suffix), …所,
# …中心, …中队, …大队, …科.
_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:办|所|中心|中队|大队|科)")
_AFTER_STREET = re.compile(r"街道([\u4e00-\u9fff]{1,3}办)(?![事公])")
_CLAUSE = re.compile(r"[^，,。；;：:（(）)]+")
_MIN_LIST = 2


def find_offices(sentence: str, mentions: list[Mention], street: str) -> list[Mention]:
    out: list[Mention] = []
    for clause in _CLAUSE.finditer(sentence) if "、" in sentence else ():
        at, items = clause.start(), []
        for part in clause.group().split("、"):
            if _OFFICE.fullmatch(part) and not _named(mentions, at, at + len(part)):
                items.append((at, part))
            at += len(part) + 1
        if len(items) >= _MIN_LIST:
            out += [_office(street, part, start) for start, part in items]
    for hit in _AFTER_STREET.finditer(sentence) if "街道" in sentence else ():
        if word_tag(hit[1]) in ("v", "vn"):
            continue  # "X街道举办…": a verb, not an office
        if not _named(mentions, hit.start(), hit.end()):
            out.append(_office(street, hit[1], hit.start()))
    return out


def _named(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether a name the other rules found already covers the place."""
    return any(m.start <= start and end <= m.end for m in mentions)


def _office(street: str, short: str, start: int) -> Mention:
    label, props = next(((lab, p) for suffix, lab, p in SUFFIX_INFO if short.endswith(suffix)), ("Unit", {}))
    props = dict(props) or ({"kind": "government"} if label == "Unit" else {})
    return Mention(label, street + short, start, start + len(short), props, [short], 0.5)


# Squads (…中队, …大队) sent by district bureaus sit with a street's offices but are not its.
_NOT_OWN = ("中队", "大队")


def office_parts(offices: list[Mention], street: str) -> list[Found]:
    if not offices:
        return []
    whole = Mention("Street", street, 0, 0, linked=True)
    return [
        Found("PART_OF", o, whole, {}, 0.5)
        for o in offices
        if not o.name.endswith(_NOT_OWN) and o.properties.get("kind", "government") == "government"
    ]
