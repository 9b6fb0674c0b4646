"""Lists of bodies: members named without a suffix, and one suffix shared by a whole list.

* "包括A、B公司、C等在内的25家党组织", "来自A、B、C等区域化党建单位", "A、B…12家单位",
  "中国宝武、中国商飞等央企": a list closed by 等 (or 在内的, or a count of 家) and a count or a word
  for units is a list of units; an item the suffix rules did not find (仲量联行, 中国电信) is a
  unit too when the list also holds names the rules did find, or when the closing word says the
  items are organisations and each item reads as a name (no verb, not people, not a kind).
* "晋元、三生、文安居民区": residential areas listed with their suffix written once.
* `list_before`: the 、-list of names that ends at a place (delegates, members, speakers).
* "A商圈、B商圈、C商圈三个商圈党建联席会议": the suffix after the count belongs to every item:
  A商圈党建联席会议, B商圈党建联席会议 …
* "设立医疗健康、文化艺术…等7个专业委员会": bodies set up in a list, named by their field only,
  are "<field>专业委员会" each.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from loaders.extract.entities import (
    NOT_NAME_TAGS,
    SUFFIX_INFO,
    Mention,
    cut_words,
    is_common_word,
    left_boundary,
    word_tag,
)

_CLOSER = re.compile(
    r"(?:等(?:在内的)?\s*|在内的|共(?=\d+\s*家)|(?=\d+\s*家)(?<=[\u4e00-\u9fff)）]))"
    r"(?:[\d一二三四五六七八九十百]+\s*[余多]?(?:家|个))?"
    r"(?:区域化党建|企事业|驻区|共建|辖区|[\u4e00-\u9fff]{2,12}?)?(?:成员)?"
    r"(?:单位|党组织|企业|央企|国企|家|机构|主体)"
)
# Closers that say the items are organisations, so that a list of names none of which the
# rules know ("中国宝武、中国商飞等央企") is still a list of units.
_ORG_CLOSER = re.compile(r"(?:单位|党组织|企业|央企|国企|机构|主体)$")
_KINDS_OF = re.compile(r"各类|各种|各级|各个")
_CLAUSE_START = re.compile(r"[，,。；;：:]")  # brackets stay: names hold them
_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()·]{2,16}")
_MIN_ITEMS = 3
_COUNT = r"[\d一二三四五六七八九十]+\s*个"
_SHARED = re.compile(
    rf"({_COUNT})([\u4e00-\u9fff]{{1,3}}?)([\u4e00-\u9fff]{{0,6}}?(?:联席会议|联盟|理事会|委员会|联合党委))"
)

# "设立A、B、C等7个专业委员会": the items are fields (2–6 characters each), the body a committee.
# The fields may be quoted ("“社区建设”、“新兴领域”…四个区域性党建专业委员会"), and the kind
# qualified after the count.
_FIELD = r"“?[\u4e00-\u9fff]{2,6}?”?"
_SET_UP = re.compile(
    rf"(?:设立|成立|组建|下设|设置|设有)了?((?:{_FIELD}、)+{_FIELD})等?"
    rf"{_COUNT}(?:区域性|区域化)?(?:党建)?(专业委员会|专委会)"
)


def find_set_up(sentence: str) -> list[Mention]:
    out: list[Mention] = []
    for hit in _SET_UP.finditer(sentence):
        kind = hit[2]
        label, props = next((lab, p) for suf, lab, p in SUFFIX_INFO if kind.endswith(suf))
        at = hit.start(1)
        for written in hit[1].split("、"):
            item = written.strip("“”")
            start = at + written.index(item)
            out.append(
                Mention(
                    label, item + kind, start, start + len(item), {**props, "domain": item}, confidence=0.5
                )
            )
            at += len(written) + 1
    return out


# "成员单位包括A、B、C，…": a list the words before it say is of member units.
_MEMBERS_OPEN = re.compile(r"成员单位(?:包括|有|为|涵盖)[：:]?")
_ITEMS_END = re.compile(r"[，,。；;]|等")


def _opened_units(sentence: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for opener in _MEMBERS_OPEN.finditer(sentence):
        end = _ITEMS_END.search(sentence, opener.end())
        parts = _items(sentence, opener.end(), end.start() if end else len(sentence))
        if len(parts) >= 2:
            out += _unnamed_items(sentence, mentions, parts)
    return out


def _unnamed_items(sentence: str, mentions: list[Mention], parts: list[tuple[int, int]]) -> list[Mention]:
    """The items of a list of units that no rule has named: units by their place in the list."""
    return [
        Mention("Unit", sentence[start:end], start, end, {}, confidence=0.4)
        for start, end in parts
        if _ITEM.fullmatch(sentence[start:end])
        and not _named(mentions, start, end)
        and _may_name(sentence[start:end])
    ]


def find_list_units(sentence: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = _opened_units(sentence, mentions) if "成员单位" in sentence else []
    for close in _CLOSER.finditer(sentence):
        lo = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, close.start())), default=0)
        parts = _items(sentence, lo, close.start())
        if _KINDS_OF.search(close.group()):
            continue  # "园区、高校、国企等各类单位": kinds of unit, not units
        found = [p for p in parts if _named(mentions, *p)]
        says_units = "家" in close.group() or _ORG_CLOSER.search(close.group()) is not None
        if len(parts) < (2 if says_units else _MIN_ITEMS):
            continue
        # "…等25家党组织", "…等行业龙头企业": the closer says the items are organisations;
        # otherwise a third of the items must be names the rules know, or it is a list of
        # something else.
        if not (found or says_units) or (not says_units and len(found) * 3 < len(parts)):
            continue
        parts[0] = (left_boundary(sentence, *parts[0]) or parts[0][0], parts[0][1])
        if not found and not all(_plain_name(sentence[a:b]) for a, b in parts):
            continue
        out += _unnamed_items(sentence, mentions, parts)
    return out


def find_shared_suffix(sentence: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for shared in _SHARED.finditer(sentence):
        lo = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, shared.start())), default=0)
        items, at = [], lo
        for part in sentence[lo : shared.start()].split("、"):
            items.append((at, part))
            at += len(part) + 1
        rest = shared[2] + shared[3]
        # The longest head every item ends in ("商圈" of "四个商圈党建联席会议").
        head = next((rest[:k] for k in (3, 2, 1) if all(p.endswith(rest[:k]) for _, p in items)), "")
        tail = rest[len(head) :]
        if len(items) < 2 or not head:
            continue
        label, props = next(((lab, p) for suf, lab, p in SUFFIX_INFO if tail.endswith(suf)), (None, {}))
        if label is None:
            continue
        for start, part in items:
            # Written "<item><suffix>" nowhere, the body still is one: the item's name, the suffix.
            first = start if start > lo else (left_boundary(sentence, lo, start + len(part)) or start)
            name = sentence[first : start + len(part)] + tail
            out.append(
                Mention(label, name, first, start + len(part), dict(props), confidence=0.5, nested_ok=True)
            )
    return out


_NOT_ITEM_HEAD = (NOT_NAME_TAGS - {"f"}) | {"vn"}


# Words that make an item people ("街道相关工作负责人"), not a unit.
_PEOPLE = re.compile(r"负责人|代表|领导|同志|党员|群众|居民|干部|相关")


def _may_name(text: str) -> bool:
    """Not a common word, unless the dictionary files it as an organisation's name (新华社),
    and not people."""
    return (not is_common_word(text) or word_tag(text) == "nt") and _PEOPLE.search(text) is None


def _plain_name(text: str) -> bool:
    """Whether an item with no suffix may be a unit's name: a few characters, no verb in it,
    not a common word ("中国商飞", not "服务群众")."""
    if not _ITEM.fullmatch(text) or len(text) > 12 or not _may_name(text):
        return False
    words = cut_words(text)
    # A direction may begin a company's name (北方电力, 南方电网); a verb or pronoun may not.
    head = word_tag(words[0])
    return head not in _NOT_ITEM_HEAD and not any(word_tag(w) == "v" for w in words)


def _items(sentence: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the 、-separated items of sentence[lo:hi]."""
    parts, at = [], lo
    for part in sentence[lo:hi].split("、"):
        parts.append((at, at + len(part)))
        at += len(part) + 1
    return parts


def _named(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,3}[区市县]")


def list_before(sentence: str, mentions: list[Mention], at: int) -> list[Mention]:
    """The 、-list of names that ends right at `at`; an item the rules cannot name ("A、B、
    静置物业、C代表") is passed over, the list goes on before it."""
    # The whole name ending at each place (the longest, written last).
    ends = {m.end: m for m in sorted(mentions, key=lambda m: m.end - m.start) if m.label != "Person"}
    out: list[Mention] = []
    while at in ends:
        m = ends[at]
        out.insert(0, m)
        at = m.start - 1
        place = _PLACE_BEFORE.search(sentence, max(0, m.start - 4), m.start)
        if place is not None and place.end() == m.start:
            at = place.start() - 1  # "、启东市启隆镇党委": the item starts at its place
        if at < 0 or sentence[at] != "、":
            break
        if at not in ends:
            # One unnamed item of a few characters, then the list goes on.
            skip = re.search(r"(?:^|、)([\u4e00-\u9fff]{2,6})$", sentence[:at])
            if skip is not None and skip.start(1) > 0 and sentence[skip.start(1) - 1] == "、":
                at = skip.start(1) - 1
    return out


def list_after(sentence: str, mentions: list[Mention], at: int, labels: Collection[str]) -> list[Mention]:
    """The 、-list of names with one of `labels` that starts right at `at` (the whole name at
    each place, not a shorter one that starts it: "X集团" of "X集团有限公司")."""
    starts: dict[int, Mention] = {}
    for m in mentions:
        if m.label in labels and m.end > getattr(starts.get(m.start), "end", -1):
            starts[m.start] = m
    out: list[Mention] = []
    while at in starts:
        out.append(starts[at])
        at = starts[at].end
        if not sentence.startswith("、", at):
            break
        at += 1
    return out


# "晋元、三生、永顺、文安居民区": residential areas listed with their suffix written once. The
# items are bare names: an office or unit of a street's list ("管理办、市容所、X居民区") is not.
_SHARED_AREA = re.compile(r"(?:居民区|社区)")
_NOT_BARE = re.compile(r"(?:办|所|中心|中队|大队|科|局|委|会|站|部|院|校|司|行|组)$")


def find_shared_area_suffix(sentence: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for suffix in _SHARED_AREA.finditer(sentence):
        last = next((x for x in mentions if x.label == "Area" and x.end == suffix.end()), None)
        if last is None or last.start == 0 or sentence[last.start - 1] != "、":
            continue  # the list's last item must be a residential area the rules found
        clause = max((c.end() for c in _CLAUSE_START.finditer(sentence, 0, last.start)), default=0)
        parts = _items(sentence, clause, last.start - 1)
        first_start = left_boundary(sentence, parts[0][0], parts[0][1])
        if first_start is None:
            continue
        parts[0] = (first_start, parts[0][1])
        items = [(a, b) for a, b in parts if 2 <= b - a <= 4]
        if len(items) != len(parts):
            continue  # not a list of short names
        for a, b in items:
            item = sentence[a:b]
            if _named(mentions, a, b) or _NOT_BARE.search(item) or not _may_name(item):
                continue
            name = item + suffix.group()
            out.append(Mention("Area", name, a, b, {"kind": "residential"}, [item], 0.5))
    return out
