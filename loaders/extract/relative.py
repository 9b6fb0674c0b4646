"""Names written relative to the article, resolved against it and against the graph.

* A street's own article writes its bodies without its name: "街道党工委", "区域化党建联席会议",
  a bare "街道", "镇党委" in a town's article, a council named by its brand alone; they are the
  article's street's (its most frequent street, when it is about one street).
* In an article about a district, a council named without a place is the district's; a bare
  "区委" and its departments are the article's district's, not the known graph's district's.
* A street's short name written with 街道 ("南西街道中心组") is the article's street.
* A name that equals a known name or alias links to the known node (`link`).
"""

from __future__ import annotations

import re
from collections import Counter

from loaders.extract.entities import STOP_WORDS, Mention, official_name
from loaders.extract.linking import Gazetteer
from loaders.extract.text import Sentence

# Generic heads that stand for "this street's …" in a street's own article.
# A town's own bodies written without its name ("镇党委", "镇社区党群服务中心"); not 镇江….
OWN_HEAD = re.compile(
    r"^(?:街道|区域化党建|党建工作(?=协调委员会|联席会)|镇(?=党委|综合党委|社区|人民政府|政府|$))"
)

BARE_DISTRICT_BODIES = frozenset({"区委", "区政府", "区人大", "区政协"})
# A name that begins with 区/市/县 is relative to the district or city the article is about.
RELATIVE_HEAD = frozenset("区市县")
_DISTRICT_HEAD = re.compile(r"[\u4e00-\u9fff]{2,3}区")


def _known_district(m: Mention, sentence: str) -> str | None:
    """The district of the known body a relative name ("区委", "区委组织部") was linked to,
    when the words do not write that district themselves; None otherwise."""
    raw = sentence[m.start : m.end]
    head = _DISTRICT_HEAD.match(m.name.removeprefix("中共"))
    if raw[:1] not in RELATIVE_HEAD or head is None or raw.startswith(head.group()):
        return None
    return head.group()


def known_place_named(m: Mention, sentence: str, whole: str) -> bool:
    """Whether a known body written by a relative name is the one the graph knows: the article
    names that body's district somewhere (静安…), else it is some other district's. So for a
    name written without its place ("物业联盟" for 南京西路街道区域化党建物业联盟): the article
    names the place (南京西路), else it is some other street's."""
    district = _known_district(m, sentence)
    if district is not None:
        return district[:-1] in whole
    raw = sentence[m.start : m.end]
    name = m.name.removeprefix("中共")
    if len(raw) >= len(name) or not name.endswith(raw):
        return True
    place = _PLACE_HEAD.match(name)
    return (place.group() if place else name[:2]) in whole


# The place a name begins with: "南京西路" of 南京西路街道…, "静安区" of 静安区….
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:街道|区|镇|路|市)")


def relink_elsewhere(m: Mention, sentence: str, home_district: str, gaz: Gazetteer) -> None:
    """ "区委组织部" in an article about 西城区 is 西城区委组织部, not the known body of the
    district the graph is about."""
    district = _known_district(m, sentence)
    if district is not None and district != home_district:
        m.name, m.linked, m.confidence, m.aliases = (
            home_district + sentence[m.start + 1 : m.end],
            False,
            0.6,
            [],
        )
        link(m, gaz)


def party_committees(
    sentence: str, mentions: list[Mention], home_district: str | None, gaz: Gazetteer
) -> list[Mention]:
    """ "区委组织部", "静安区委宣传部", "民革上海市委宣传部": a department of a party committee
    (of a district, city or province), which is named with it (a bare "区委" is the article's
    own district's); the containment rule then makes the department part of it."""
    spans = {(m.start, m.end) for m in mentions}
    out = []
    for m in mentions:
        raw = sentence[m.start : m.end]
        dept = _COMMITTEE_DEPARTMENT.search(raw) if m.label == "Unit" else None
        if dept is None:
            continue
        name = raw[: dept.start()]
        if name == "区委":
            if not home_district:
                continue
            name = home_district + "委"
        elif len(name) < 4:
            continue
        end = m.start + dept.start()
        if (m.start, end) in spans:
            continue  # already known by its name ("静安区委" → 中共静安区委)
        props: dict[str, object] = {"kind": "government"}
        full = official_name(name)
        aliases = [name] if full != name else []
        committee = Mention("Unit", full, m.start, end, props, aliases, confidence=0.5, nested_ok=True)
        link(committee, gaz)
        out.append(committee)
        spans.add((m.start, end))
    return out


# A department of a party committee: "…区委/市委/省委" + a two-character field + 部.
_COMMITTEE_DEPARTMENT = re.compile(r"(?<=[区市省县]委)[\u4e00-\u9fff]{2}部$")


def unshorten_inside(sentence: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """ "恒隆商圈党建联席会议" linked to the known "恒隆广场商圈党建联席会议": the name written
    at its start ("恒隆商圈") is short too, for the known name the full one ends with."""
    for outer in mentions:
        raw = sentence[outer.start : outer.end]
        if not outer.linked or raw == outer.name:
            continue
        for inner in mentions:
            if inner.linked or inner.start != outer.start or not outer.start < inner.end < outer.end:
                continue
            tail = raw[inner.end - outer.start :]
            if len(tail) >= 2 and outer.name.endswith(tail):
                known = gaz.lookup(outer.name[: -len(tail)], inner.label)
                if known is not None and known.label == inner.label:
                    inner.aliases.append(inner.name)
                    inner.name, inner.linked, inner.confidence = known.name, True, 0.8


# "街道" standing alone in a street's own article is that street ("街道将为…", "现场，街道启动了…",
# "今年街道在…"), not the tail of a street's name the rules missed ("曹家渡街道").
_QUALIFIED = ("Council", "Alliance", "Committee", "Unit", "Station")
_BARE_STREET = re.compile(r"(?<![各全多个些该本])街道(?![和、与及])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def bare_street(sentence: str, mentions: list[Mention], main_street: str) -> list[Mention]:
    out = []
    for hit in _BARE_STREET.finditer(sentence):
        at = hit.start()
        if any(m.start <= at < m.end for m in mentions):
            continue
        if (
            at > 0
            and _CJK.match(sentence[at - 1])
            and not (sentence[at - 1] in STOP_WORDS or sentence[max(0, at - 2) : at] in STOP_WORDS)
        ):
            continue
        out.append(Mention("Street", main_street, at, hit.end(), confidence=0.5, linked=True))
    return out


def about_one_street(found: list[tuple[Sentence, list[Mention]]]) -> bool:
    """Whether the article is about one street: it names it at least twice as often as any other."""
    counts = Counter(
        m.name for _, ms in found for m in ms if m.label == "Street" and not OWN_HEAD.match(m.name)
    )
    top = counts.most_common(2)
    return bool(top) and (len(top) == 1 or top[0][1] >= 2 * top[1][1])


def main_street_of(found: list[tuple[Sentence, list[Mention]]]) -> str | None:
    counts = Counter(
        m.name for _, ms in found for m in ms if m.label == "Street" and not OWN_HEAD.match(m.name)
    )
    return counts.most_common(1)[0][0] if counts else None


def qualify_own(m: Mention, main_street: str | None) -> bool:
    """ "街道区域化党建联席会议" in a street's article is that street's council. True when a
    council named by its brand alone ("“X”区域化党建联席会议") is made the street's."""
    if main_street and m.label in _QUALIFIED and not m.linked and OWN_HEAD.match(m.name):
        short = m.name
        if short.startswith("镇") and not main_street.endswith("镇"):
            return False  # a town's body in a street's article: whose, the text does not say
        generic = "街道" if short.startswith("街道") else "镇" if short.startswith("镇") else ""
        m.name = main_street + short[len(generic) :]
        m.aliases.append(short)
    elif main_street and m.label == "Council" and not m.linked and _PLACELESS_COUNCIL.match(m.name):
        # "召开“万里一家”区域化党建联席会议" in a street's article: the street's council.
        m.aliases.append(m.name)
        m.name = main_street + m.name
        return True
    elif main_street and main_street.endswith("街道") and not m.linked and "街道" in m.name[2:5]:
        at = m.name.index("街道", 2)
        if short_street(m.name[:at], main_street[: -len("街道")]):
            # "南西街道中心组" in 南京西路街道's article: the street's short name.
            m.aliases.append(m.name)
            m.name = main_street + m.name[at + 2 :]
    return False


# A council (or its board) named by its brand and kind only ("“共同行动”区域化党建联席会议").
_PLACELESS_COUNCIL = re.compile(r"^((?:“[^”]{2,8}”)?区域化党建(?:工作)?联席会议)((?:常务)?理事会)?$")


def qualify_home_district(m: Mention, district: str, own: list[str]) -> None:
    """In an article about a district rather than one street, a council named without a place
    is the district's ("“共同行动”区域化党建联席会议" → "静安区“共同行动”区域化党建联席会议"),
    written short later ("区域化党建联席会议常务理事会") the one it named first."""
    hit = _PLACELESS_COUNCIL.match(m.name) if m.label == "Council" and not m.linked else None
    if hit is None:
        return
    if not own:
        own.append(district + hit[1])
    m.aliases.append(m.name)
    m.name = own[0] + (hit[2] or "")


def short_street(short: str, stem: str) -> bool:
    """Whether `short` is a short name of the street named `stem` (without 街道): its first
    character and then some of its others, in order ("南西" for 南京西路, "石二" for 石门二路);
    not a longer name that differs by a word ("南京路" for 南京西路)."""
    if short == stem or short[0] != stem[0] or not (len(short) == 2 or len(short) <= len(stem) - 2):
        return False
    rest = iter(stem[1:])
    return all(c in rest for c in short[1:])


def link(m: Mention, gaz: Gazetteer) -> None:
    if m.linked:
        return
    known = gaz.lookup(m.name, m.label) or next((k for a in m.aliases if (k := gaz.lookup(a, m.label))), None)
    if known is not None:
        m.label, m.name, m.linked, m.confidence = known.label, known.name, True, 0.9
        m.properties = {}
