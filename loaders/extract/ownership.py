"""Who runs a project, who carries a brand, and which programme a project belongs to.

* A body written right before a quoted project owns it ("区委“X”项目", "曹家渡街道“Y”"), as
  does the subject of a verb of making (推出 / 打造 / 实施 / 开发 …) before it: ORGANISED.
* A brand inside a body's name ("“X”党群服务站", "静安区“X”区域化党建联席会议") is that body's;
  "以“X”为品牌的Y" is Y's; otherwise the nearest body before it carries it: BRANDED.
* The items of a counted list of projects belong to the one other project the sentence names
  (“新一年的福民项目…将新增A、B 2个项目”, "“初心”系列活动包含A、B等两块内容"): PART_OF.
"""

from __future__ import annotations

import re

from graph import schema
from loaders.extract.entities import Mention
from loaders.extract.relations import Found, fits

_MAKE = re.compile(r"推出|打造|实施|创办|开发|发起|订制|定制|推行|编制|制定|开展|举办|组织")
_BRAND_VERB = re.compile(r"打造|做强|做深|推进|擦亮|深化|创建|创立|建设|围绕|叫响|打响|培育|形成|以")
# What may stand between a clause's start and its verb when the subject is left out.
_ADVERBS = re.compile(r"(?:大力|积极|还|并|又|同时|进一步|全力|先后|率先|创新|不断|努力|着力)*")
_AIMED = re.compile(rf"(?:{_MAKE.pattern})了?(?:面向|针对|为)[^，,。；;]{{2,24}}?的[“\"]?$")
# How far a verb of making may stand before the project it makes.
_MAKE_REACH = 14


def _owners(mentions: list[Mention], rel_type: str) -> list[Mention]:
    starts = schema.REL_SPECS[rel_type].starts
    return [m for m in mentions if m.label in starts and m.label not in ("Person", "Project", "Event")]


def find_ownership(sentence: str, mentions: list[Mention], topic: Mention | None = None) -> list[Found]:
    """`topic` is what the article is about (its street, else its district): the maker of a
    project when a clause opens with the verb ("…，推出A、B", "创办“X”")."""
    out: list[Found] = []
    projects = [m for m in mentions if m.label == "Project"]
    for p in projects:
        owner = _owner_of_project(sentence, mentions, p, topic)
        if owner is not None and owner.label == "Brand":
            # "“X”充分利用…推出“Y”": a brand that puts out a project carries it.
            out.append(Found("BRANDED", p, owner, {}, 0.5))
        elif owner is not None and fits("ORGANISED", owner, p):
            out.append(Found("ORGANISED", owner, p, {}, 0.5))
    out += _within_project(sentence, mentions)
    for b in (m for m in mentions if m.label == "Brand"):
        carrier = _carrier_of_brand(sentence, mentions, b)
        if carrier is not None and fits("BRANDED", carrier, b):
            out.append(Found("BRANDED", carrier, b, {}, 0.5))
    items = [p for p in projects if p.in_list]
    listed = {i.name for i in items}  # an item also named with the list's kind is no programme
    programmes = {
        p.name: p for p in projects if not p.in_list and not _inside_any(p, items) and p.name not in listed
    }
    if items and len(programmes) == 1:
        programme = next(iter(programmes.values()))
        out += [Found("PART_OF", i, programme, {}, 0.5) for i in items if i.name != programme.name]
    return out


_WITHIN = re.compile(r"^在([^，,。；;]{2,24}?)(?:项目)?(?:中|里|上)[，,]")


def _within_project(sentence: str, mentions: list[Mention]) -> list[Found]:
    """ "在X项目中，街道将为…开展…": the subject of the clause runs the project."""
    opening = _WITHIN.match(sentence)
    if opening is None:
        return []
    project = next(
        (
            m
            for m in mentions
            if m.label == "Project" and m.start <= opening.start(1) + 1 and m.end >= opening.end(1) - 1
        ),
        None,
    )
    subject = next((m for m in mentions if m.start == opening.end()), None)
    if project is None or subject is None or not fits("ORGANISED", subject, project):
        return []
    return [Found("ORGANISED", subject, project, {}, 0.5)]


def _outermost(mentions: list[Mention]) -> Mention:
    """The name written last, whole: "X街道党工委", not the "X街道" inside it."""
    return max(mentions, key=lambda m: (m.end, m.end - m.start))


def _inside_any(m: Mention, others: list[Mention]) -> bool:
    return any(o.start <= m.start and m.end <= o.end for o in others)


def _owner_of_project(
    sentence: str, mentions: list[Mention], p: Mention, topic: Mention | None = None
) -> Mention | None:
    owners = _owners(mentions, "ORGANISED")
    brands = [m for m in mentions if m.label == "Brand"]
    # Right against it, or against its opening quote (the name found again inside quotes).
    right_before = [
        o for o in owners if o.end == p.start or (o.end == p.start - 1 and sentence[o.end] in '“"')
    ]
    if right_before:
        return _outermost(right_before)
    # A list item's maker is the maker of the whole list ("推出A、B、C等四个项目").
    at = p.start
    if p.in_list:
        at = min(q.start for q in mentions if q.in_list and q.label == "Project")
    verbs = [v for v in _MAKE.finditer(sentence, max(0, at - _MAKE_REACH), at)]
    if not verbs:
        # "推出面向成员单位的A、B": who it is for stands between the verb and the project.
        aimed = _AIMED.search(sentence, 0, at)
        verbs = [aimed] if aimed is not None else []
    if not verbs:
        return None
    verb = verbs[-1]
    before = [o for o in [*owners, *brands] if o.end <= verb.start()]
    if before:
        return _outermost(before)
    # A clause that opens with the verb has the article's subject.
    opening = re.search(r"(?:^|[，,；;：:])([^，,；;：:]*)$", sentence[: verb.start()])
    return topic if opening is not None and _ADVERBS.fullmatch(opening[1]) else None


def _carrier_of_brand(sentence: str, mentions: list[Mention], b: Mention) -> Mention | None:
    owners = _owners(mentions, "BRANDED")
    around = [o for o in owners if o is not b and o.start <= b.start and b.end <= o.end]
    if around:
        return around[0]
    if sentence.startswith("为品牌", b.end):
        after = [o for o in owners if o.start >= b.end]
        return after[0] if after else None
    # Before it: written right against it ("街道“X”区域化党建工作"), or the subject of a verb of
    # building a brand ("…街道党工委…精准打造“X”区域化党建品牌").
    before = [o for o in owners if o.end <= b.start]
    if not before:
        return None
    carrier = _outermost(before)
    if carrier.end == b.start or _BRAND_VERB.search(sentence, carrier.end, b.start):
        return carrier
    return None
