"""Titles written before a person's name: HOLDS_POSITION, one per title.

"上海市作家协会党组书记、副主席王伟", "区委组织部副部长、区社工委副书记孙明丽": the words between
the previous clause (or the previous person) and the name are titles joined by 、; each title
stands in the body written at its start, or, with none, in the body of the title before it;
a party or legal committee written at a title's head ("副镇长、综合党委书记", "区委政法委副书记")
is a body inside that one.
"""

from __future__ import annotations

import re

from loaders.extract.entities import Mention
from loaders.extract.relations import Found

_BODIES = ("Unit", "Council", "Alliance", "Committee", "Station", "Street", "Area", "District")
_CLAUSE = re.compile(r"[，,。；;：:]")  # brackets stay: names hold them ("上海九百(集团)有限公司")
_TITLE_END = re.compile(
    r"(?:书记|主任|部长|局长|处长|区长|镇长|会长|理事长|秘书长|主席|经理|董事长|总监|所长|校长|院长|馆长|团长|"
    r"专员|委员|常委|社长|主编|总编辑|站长|合伙人|教授|负责人|董事|监事|总裁|行长|主管|队长|主委|调研员|巡视员)$"
)
# Chair titles of a council, alliance or committee.
_CHAIRED = ("Council", "Alliance", "Committee")
_CHAIR = re.compile(r"轮值主席|轮值理事长|(?<!副)理事长|(?<!副)会长|(?<![副值])主席")
_PARTY = ("党总支", "党支部", "党委", "党组", "党工委")
_MAX_TITLE = 16
# The head of a district's or a town's government: the place itself, not its party committee.
_HEAD_OF_PLACE = re.compile(r"(?:常务)?副?([区镇])长")


def find_positions(
    sentence: str, mentions: list[Mention], date: str | None
) -> tuple[list[Mention], list[Found]]:
    """The bodies inside others that titles name (new nodes), and the positions and chairs."""
    out: list[Found] = []
    made: list[Mention] = []
    people = [m for m in mentions if m.label == "Person"]
    if not people:
        return made, out
    bodies = [m for m in mentions if m.label in _BODIES]
    last_body: Mention | None = None
    for i, p in enumerate(people):
        title_after = str(p.properties.get("title", ""))
        if title_after and sentence.startswith(title_after, p.end):
            # "上海大学社会学院顾俊教授": the title follows the name, the body precedes it.
            body = next((b for b in bodies if b.end == p.start), None)
            if body is not None:
                props_after: dict[str, object] = {"title": title_after}
                if date:
                    props_after["as_of"] = date
                out.append(Found("HOLDS_POSITION", p, body, props_after, 0.5))
            continue
        lo = max((c.end() for c in _CLAUSE.finditer(sentence, 0, p.start)), default=0)
        current: Mention | None = None
        if i > 0:
            if people[i - 1].end > lo and sentence.startswith("、", people[i - 1].end):
                # "X街道党工委书记甲、办事处副主任乙、统战委员丙": a title that names no body is
                # held where the one before it in the list is.
                current = last_body
            lo = max(lo, people[i - 1].end)
        at = lo
        for segment in sentence[lo : p.start].split("、"):
            start, end = at, at + len(segment)
            at = end + 1
            inside = [b for b in bodies if start <= b.start and b.end <= end]
            if not inside and any(m.label == "Building" and m.start == start for m in mentions):
                current = None  # "X广场物业经理": a title of the building's own staff (see structure)
                continue
            if inside:
                # The organisation is written first; a department after it is part of the title
                # ("上汽集团老干部和统战工作部部长").
                first = min(b.start for b in inside)
                current = max((b for b in inside if b.start == first), key=lambda b: b.end)
                while current.label in ("District", "Street"):
                    # "静安区南京西路街道党工委书记", "X街道营商办副主任": the place qualifies the
                    # body written right after it.
                    after = [b for b in inside if b.start == current.end]
                    if not after:
                        break
                    current = max(after, key=lambda b: b.end)
                title = sentence[current.end : end]
                party = next((s for s in _PARTY if sentence.endswith(s, current.start, current.end)), None)
                inside_party = party is not None and not current.name.endswith(party)
                if current.aliases and inside_party and not title.startswith(str(party)):
                    title = party + title  # "X公司党委副书记": the title is 党委副书记
            else:
                title = segment
            if current is None or not title or len(title) > _MAX_TITLE or not _TITLE_END.search(title):
                continue
            holder, title = _sub_body(current, title, start)
            if holder is not current:
                made.append(holder)
                out.append(Found("PART_OF", holder, current, {}, 0.5))
            if current.label in _CHAIRED and _CHAIR.search(title):
                # "物业联盟首轮轮值主席、…程想元": the person chairs the body, for a term.
                chair: dict[str, object] = {"role": _CHAIR.search(title).group()}  # type: ignore[union-attr]
                if date:
                    chair["from"] = date
                out.append(Found("CHAIRS", p, current, chair, 0.5))
                if "轮值" in title:
                    continue  # a rotating chair is a turn, not a post held in the body
            props: dict[str, object] = {"title": title}
            if date:
                props["as_of"] = date
            last_body = _office_holder(holder, title, bodies)
            out.append(Found("HOLDS_POSITION", p, last_body, props, 0.5))
    return made, out


# A body inside the one before, written at a title's head: "X镇副镇长、综合党委书记甲" (the town's
# 综合党委), "市委政法委常务副书记、机关党委书记甲", "区委政法委副书记甲".
# (A 纪委书记 is a post of the body itself, as the curators record it.)
_SUB_BODY = re.compile(r"^((?:综合|机关)(?:党委|党总支)|政法委)(.{2,8})$")


def _sub_body(body: Mention, title: str, at: int) -> tuple[Mention, str]:
    hit = _SUB_BODY.match(title)
    if hit is None or not _TITLE_END.search(hit[2]) or body.label not in ("Unit", "Street"):
        return body, title
    name = body.name.removeprefix("中共") + hit[1]
    return Mention("Unit", name, at, at + len(hit[1]), {"kind": "government"}, confidence=0.5), hit[2]


def _office_holder(body: Mention, title: str, bodies: list[Mention]) -> Mention:
    """ "X街道党工委书记、办事处主任甲": the 办事处 is the street's office, so the second title is
    held in the street, not in its party committee; "青浦区委副书记、区长甲" heads the district."""
    head = _HEAD_OF_PLACE.fullmatch(title)
    if head and body.label == "Unit":
        place = body.name.removeprefix("中共").removesuffix("党委").removesuffix("委")
        label = "District" if head[1] == "区" else "Street"
        if place.endswith(head[1]) and len(place) > 1:
            known = next((b for b in bodies if b.label == label and b.name == place), None)
            return known or Mention(label, place, body.start, body.start + len(place), linked=True)
    if not title.startswith("办事处") or body.label != "Unit" or "街道" not in body.name:
        return body
    name = body.name[: body.name.index("街道") + len("街道")]
    street = next((b for b in bodies if b.label == "Street" and b.name == name), None)
    return street or Mention("Street", name, body.start, body.start + len(name), linked=True)
