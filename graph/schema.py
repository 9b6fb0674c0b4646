"""The graph schema, written down once and enforced everywhere.

Every node carries `id`, `name`, `aliases` and provenance (`src_docs`, `src_quotes`);
every relationship carries `id` and provenance. The specs below list what each label
or type adds. docs/schema.md describes the same schema for readers; a test keeps the two
in step.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from graph.errors import SchemaError

PropType = Literal["str", "int", "bool", "date", "list"]

# Dates are ISO strings of a year, a month or a day, so that both stores compare them
# the same way (lexicographically) and partial dates from the articles stay honest.
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# Properties every node may carry besides its label's own.
COMMON_NODE_PROPS: dict[str, PropType] = {
    "note": "str",
    "outside_district": "bool",
    "english_name": "str",
}
# Properties every relationship may carry besides its type's own.
COMMON_REL_PROPS: dict[str, PropType] = {
    "from": "date",
    "to": "date",
    "year": "int",
    "date": "date",
    "role": "str",
    "note": "str",
}
# Properties the product itself sets; data files may not set them.
RESERVED_PROPS = frozenset({"id", "name", "aliases", "src_docs", "src_quotes", "label", "type"})

STATED_SIZE: dict[str, PropType] = {"stated_members": "int", "stated_members_text": "str"}


@dataclass(frozen=True)
class NodeSpec:
    label: str
    zh: str
    description: str
    required: dict[str, PropType] = field(default_factory=dict)
    optional: dict[str, PropType] = field(default_factory=dict)
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def prop_type(self, key: str) -> PropType | None:
        return self.required.get(key) or self.optional.get(key) or COMMON_NODE_PROPS.get(key)


@dataclass(frozen=True)
class RelSpec:
    type: str
    zh: str
    description: str
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    required: dict[str, PropType] = field(default_factory=dict)
    optional: dict[str, PropType] = field(default_factory=dict)
    # Properties that tell two relationships of this type between the same nodes apart
    # (a second chair term, a claim in another year); they enter the relationship id.
    key: tuple[str, ...] = ()

    def prop_type(self, key: str) -> PropType | None:
        return self.required.get(key) or self.optional.get(key) or COMMON_REL_PROPS.get(key)


AREA_KINDS = ("commercial_district", "grid", "residential", "block")
UNIT_KINDS = (
    "company",
    "bank",
    "media",
    "professional_firm",
    "school",
    "hospital",
    "cultural",
    "government",
    "social_organisation",
    "party_organisation",
    "residential_committee",
    "military",
    "other",
)

NODE_SPECS: dict[str, NodeSpec] = {
    s.label: s
    for s in [
        NodeSpec("District", "区", "A district (区), e.g. 静安区.", optional={"kind": "str"}),
        NodeSpec("Street", "街道/镇", "A sub-district street office or town.", optional={"kind": "str"}),
        NodeSpec(
            "Area",
            "商圈/网格/居民区/街区",
            "A place inside a street: commercial district, grid, residential area or block.",
            required={"kind": "str"},
            enums={"kind": AREA_KINDS},
        ),
        NodeSpec("Building", "楼宇", "An office building or venue.", optional={"address": "str"}),
        NodeSpec(
            "Unit",
            "驻区单位/党组织",
            "A member unit or party organisation: company, institution, government body, "
            "social organisation, residential committee.",
            optional={"kind": "str", **STATED_SIZE},
            enums={"kind": UNIT_KINDS},
        ),
        NodeSpec(
            "Council",
            "联席会议/理事会/联合党委",
            "A joint council, its board, a joint party committee or a street branch.",
            required={"level": "str"},
            optional={"kind": "str", "structure": "str", **STATED_SIZE},
            enums={
                "level": ("district", "street", "area"),
                "kind": ("joint_council", "board", "joint_party_committee", "branch", "programme"),
            },
        ),
        NodeSpec(
            "Alliance",
            "联盟",
            "A domain alliance (校际/文化/物业联盟, 商圈党建联盟 …).",
            optional={"domain": "str", **STATED_SIZE},
        ),
        NodeSpec(
            "Committee",
            "专业委员会",
            "A professional committee of a council.",
            optional={"domain": "str", **STATED_SIZE},
        ),
        NodeSpec(
            "Station",
            "党群服务站",
            "A party-and-public service station or centre (e.g. 白领驿家).",
            optional={"kind": "str"},
        ),
        NodeSpec(
            "Project",
            "项目",
            "A project units claim or run (福民项目, 同心惠民项目 …).",
            optional={"year": "int", "category": "str"},
        ),
        NodeSpec("Person", "人物", "A named person; titles live on HOLDS_POSITION."),
        NodeSpec(
            "Event",
            "活动",
            "A meeting, signing, unveiling or other dated occurrence.",
            optional={"date": "date", "kind": "str"},
        ),
        NodeSpec("Brand", "品牌", "A party-building brand (福民南西, 邻里石二, 宁盟派 …)."),
        NodeSpec(
            "Document",
            "文章",
            "A source article.",
            required={"file": "str"},
            optional={"date": "date", "title": "str", "publisher": "str", "page": "str"},
        ),
    ]
}

_PLACES = ("District", "Street", "Area", "Building")
_ORGS = ("Unit", "Council", "Alliance", "Committee", "Station")
_ACTORS = (*_ORGS, "Street", "District", "Person", "Area")
_ALL = tuple(NODE_SPECS)

REL_SPECS: dict[str, RelSpec] = {
    s.type: s
    for s in [
        RelSpec(
            "PART_OF",
            "隶属",
            "Containment: street in district, area in street, subsidiary in parent, "
            "area council in a street structure, committee in a council.",
            starts=(*_PLACES, *_ORGS, "Project", "Brand"),
            ends=(*_PLACES, *_ORGS, "Project", "Brand"),
        ),
        RelSpec(
            "MEMBER_OF",
            "成员",
            "A unit (or body, or residential area) is a member of a council, alliance or committee.",
            starts=(*_ORGS, "Street", "Area"),
            ends=("Council", "Alliance", "Committee", "Unit"),
            key=("from",),
        ),
        RelSpec(
            "CHAIRS",
            "轮值主席/理事长单位",
            "A unit or person chairs a body for a period (rotating chair, 理事长单位, 会长).",
            starts=("Unit", "Person", "Street", "Council"),
            ends=("Council", "Alliance", "Committee"),
            key=("from", "role"),
        ),
        RelSpec(
            "LOCATED_IN",
            "位于",
            "Something sits in a place.",
            starts=(*_PLACES, *_ORGS, "Event"),
            ends=(*_PLACES,),
        ),
        RelSpec(
            "COVERS",
            "覆盖/服务",
            "A council, alliance or station serves a place.",
            starts=(*_ORGS, "Street"),
            ends=(*_PLACES,),
        ),
        RelSpec(
            "CLAIMED",
            "认领",
            "A unit claims a project, in a year.",
            starts=(*_ORGS, "Street", "Area"),
            ends=("Project",),
            key=("year",),
        ),
        RelSpec(
            "SIGNED_AGREEMENT",
            "签订共建协议",
            "A co-building agreement between two parties, with its date.",
            starts=(*_ORGS, "Street", "District", "Area"),
            ends=(*_ORGS, "Street", "District", "Area"),
            key=("date",),
        ),
        RelSpec(
            "PAIRED_WITH",
            "结对",
            "A pairing (结对) between a unit and a residential area or another unit.",
            starts=(*_ORGS, "Street", "Area"),
            ends=(*_ORGS, "Street", "Area"),
        ),
        RelSpec(
            "HOLDS_POSITION",
            "任职",
            "A person holds a title in an organisation, as of a date.",
            starts=("Person",),
            ends=(*_ORGS, "Street", "District", "Area"),
            required={"title": "str"},
            optional={"as_of": "date"},
            # Each article observes a title as of its own date; the observations stay apart.
            key=("title", "as_of"),
        ),
        RelSpec(
            "PARTICIPATED_IN",
            "参与",
            "Someone took part in an event or project.",
            starts=_ACTORS,
            ends=("Event", "Project"),
        ),
        RelSpec(
            "ORGANISED",
            "主办",
            "Someone organised or hosted an event or runs a project.",
            starts=_ACTORS,
            ends=("Event", "Project"),
        ),
        RelSpec(
            "HELD_AT",
            "举办地点",
            "An event took place at a place, building or station.",
            starts=("Event",),
            ends=(*_PLACES, "Station", "Unit"),
        ),
        RelSpec(
            "RUNS",
            "运营",
            "A unit, council or street runs or hosts a station.",
            starts=(*_ORGS, "Street", "District"),
            ends=("Station",),
        ),
        RelSpec(
            "AWARDED",
            "获奖",
            "A recipient received an award from a body or at an event.",
            starts=(*_ORGS, "Person", "Project", "Area", "Street"),
            ends=(*_ORGS, "Event", "Street", "District"),
            required={"award": "str"},
            key=("award", "year"),
        ),
        RelSpec(
            "BRANDED",
            "品牌",
            "Something belongs to a brand (a street's work brand, a project under a brand).",
            starts=(*_ORGS, "Street", "District", "Project", "Event"),
            ends=("Brand",),
        ),
        RelSpec(
            "MENTIONS",
            "提及",
            "A source article mentions a node. Written by the loader, never by data files.",
            starts=("Document",),
            ends=_ALL,
        ),
    ]
}

LABELS: tuple[str, ...] = tuple(NODE_SPECS)
REL_TYPES: tuple[str, ...] = tuple(REL_SPECS)


MAX_NAME_LENGTH = 200  # the longest real names (law firms' full names) are under 40
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_name(name: str) -> None:
    """Names are one line of printable text of sane length."""
    if len(name) > MAX_NAME_LENGTH:
        raise SchemaError(f"name is {len(name)} characters long; at most {MAX_NAME_LENGTH} are allowed")
    if _CONTROL.search(name):
        raise SchemaError(f"name {name[:40]!r} contains control characters")


def node_spec(label: str) -> NodeSpec:
    try:
        return NODE_SPECS[label]
    except KeyError:
        raise SchemaError(f"unknown label {label!r}; known labels: {', '.join(LABELS)}") from None


def rel_spec(rel_type: str) -> RelSpec:
    try:
        return REL_SPECS[rel_type]
    except KeyError:
        raise SchemaError(
            f"unknown relationship type {rel_type!r}; known types: {', '.join(REL_TYPES)}"
        ) from None


def check_value(key: str, kind: PropType, value: object) -> object:
    """Return `value` normalised to its schema type, or raise SchemaError."""
    if kind == "str":
        if not isinstance(value, str) or not value.strip():
            raise SchemaError(f"{key!r} must be non-empty text, got {value!r}")
        return value.strip()
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise SchemaError(f"{key!r} must be a whole number, got {value!r}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise SchemaError(f"{key!r} must be true or false, got {value!r}")
        return value
    if kind == "date":
        text = value.isoformat() if hasattr(value, "isoformat") else value
        if isinstance(value, int) and not isinstance(value, bool):
            text = str(value)
        if not isinstance(text, str) or not DATE_RE.match(text):
            raise SchemaError(f"{key!r} must be a date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        return text
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SchemaError(f"{key!r} must be a list of text, got {value!r}")
        return value
    raise SchemaError(f"{key!r} has an unknown schema type {kind!r}")  # pragma: no cover


def check_props(
    where: str | Callable[[], str],
    spec: NodeSpec | RelSpec,
    props: dict[str, object],
) -> dict[str, object]:
    """Validate and normalise the properties of a node or relationship against its spec.

    `where` names the element in messages; a function giving it is called only for an error
    (loaders check millions of rows and name none of them).
    """
    try:
        return _checked_props(spec, props)
    except SchemaError as exc:
        raise SchemaError(f"{where if isinstance(where, str) else where()}: {exc}") from None


def _checked_props(spec: NodeSpec | RelSpec, props: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in props.items():
        if key in RESERVED_PROPS:
            raise SchemaError(f"{key!r} is set by the product, not by data")
        kind = spec.prop_type(key)
        if kind is None:
            raise SchemaError(f"property {key!r} is not in the schema")
        if value is None:
            continue
        out[key] = check_value(key, kind, value)
        enum = spec.enums.get(key) if isinstance(spec, NodeSpec) else None
        if enum and out[key] not in enum:
            raise SchemaError(f"{key!r} must be one of {', '.join(enum)}, got {value!r}")
    for key in spec.required:
        if key not in out:
            raise SchemaError(f"required property {key!r} is missing")
    return out
