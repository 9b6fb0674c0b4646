"""A corpus of hostile and broken data files. Each case is a dataset folder's facts/ files
and what must happen: a clear error naming file, line and field (and nothing written), or
the input stored as plain text."""

from __future__ import annotations

from dataclasses import dataclass, field

ARTICLE = "000_d552ed17dfbe4886.txt"
QUOTE = "南京西路街道成立了区域化党建物业联盟"
HEADER = f"document:\n  file: {ARTICLE}\n  title: 街道召开区域化党建联席会议\n  date: 2018\n"


def node(label: str = "Unit", name: str = "测试单位", extra: str = "", quote: str = QUOTE) -> str:
    return f"  - label: {label}\n    name: {name}\n{extra}    quote: {quote}\n"


def yaml_file(nodes: str = "", rels: str = "", header: str = HEADER) -> str:
    out = header
    if nodes:
        out += "nodes:\n" + nodes
    if rels:
        out += "relationships:\n" + rels
    return out


TWO = node("Street", "南京西路街道") + node("Alliance", "物业联盟")


def rel(
    rel_type: str = "PART_OF",
    start: str = "Alliance:物业联盟",
    end: str = "Street:南京西路街道",
    extra: str = "",
) -> str:
    return f"  - type: {rel_type}\n    start: {start}\n    end: {end}\n{extra}    quote: {QUOTE}\n"


@dataclass
class Case:
    name: str
    files: dict[str, str | bytes]
    match: str  # a regex the error (or, for stored cases, nothing) must match
    stored: str | None = None  # for inputs kept as plain text: the name that must be stored verbatim
    line: int | None = None
    field_name: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


SCRIPT = "<script>alert('x')</script>"
CYPHER = "x'}) MATCH (n) DETACH DELETE n //"

CASES: list[Case] = [
    Case("unclosed-bracket", {"a.yaml": yaml_file(node(name="[未闭合"))}, "not valid YAML"),
    Case("tab-indent", {"a.yaml": HEADER + "nodes:\n\t- label: Unit\n"}, "not valid YAML"),
    Case("top-level-list", {"a.yaml": "- 1\n- 2\n"}, "expected a mapping"),
    Case("top-level-scalar", {"a.yaml": "hello\n"}, "expected a mapping"),
    Case("no-header", {"a.yaml": "nodes: []\n"}, "document"),
    Case(
        "missing-article",
        {"a.yaml": HEADER.replace(ARTICLE, "999.txt")},
        "no article",
        field_name="document.file",
    ),
    Case("path-traversal", {"a.yaml": HEADER.replace(ARTICLE, "../../../etc/passwd")}, "plain file name"),
    Case("absolute-path", {"a.yaml": HEADER.replace(ARTICLE, "/etc/passwd")}, "plain file name"),
    Case("unknown-top-key", {"a.yaml": HEADER + "edges: []\n"}, "unknown top-level key"),
    Case("nodes-not-list", {"a.yaml": HEADER + "nodes: 3\n"}, "must be a list"),
    Case("node-is-string", {"a.yaml": HEADER + "nodes:\n  - 测试\n"}, "must be a mapping"),
    Case(
        "unknown-label", {"a.yaml": yaml_file(node("Company"))}, "unknown label", line=6, field_name="label"
    ),
    Case(
        "label-missing",
        {"a.yaml": HEADER + f"nodes:\n  - name: 无标签\n    quote: {QUOTE}\n"},
        "unknown label",
    ),
    Case("empty-name", {"a.yaml": yaml_file(node(name="''"))}, "non-empty name", line=6, field_name="name"),
    Case("name-is-number", {"a.yaml": yaml_file(node(name="12345"))}, "non-empty name", field_name="name"),
    Case("name-10000-chars", {"a.yaml": yaml_file(node(name="长" * 10_000))}, "at most 200"),
    Case("control-chars", {"a.yaml": yaml_file(node(name='"坏\\x07名字"'))}, "control characters"),
    Case(
        "aliases-not-list", {"a.yaml": yaml_file(node(extra="    aliases: 别名\n"))}, "aliases must be a list"
    ),
    Case("unknown-property", {"a.yaml": yaml_file(node(extra="    colour: red\n"))}, "not in the schema"),
    Case("wrong-type-int", {"a.yaml": yaml_file(node(extra="    stated_members: many\n"))}, "whole number"),
    Case(
        "wrong-type-bool", {"a.yaml": yaml_file(node(extra="    outside_district: 'yes'\n"))}, "true or false"
    ),
    Case("bad-enum", {"a.yaml": yaml_file(node(extra="    kind: spaceship\n"))}, "must be one of"),
    Case("missing-required", {"a.yaml": yaml_file(node("Area", "某商圈"))}, "required property 'kind'"),
    Case(
        "missing-quote", {"a.yaml": HEADER + "nodes:\n  - label: Unit\n    name: 无出处\n"}, "needs a quote"
    ),
    Case("quote-not-in-article", {"a.yaml": yaml_file(node(quote="凭空捏造的一句话"))}, "does not occur"),
    Case("empty-quote", {"a.yaml": yaml_file(node(quote="' '"))}, "quote is empty"),
    Case("unknown-rel-type", {"a.yaml": yaml_file(TWO, rel("OWNS"))}, "unknown relationship type"),
    Case("mentions-in-data", {"a.yaml": yaml_file(TWO, rel("MENTIONS"))}, "unknown relationship type"),
    Case("bad-reference-form", {"a.yaml": yaml_file(TWO, rel(start="物业联盟"))}, "not 'Label:name'"),
    Case("dangling-end", {"a.yaml": yaml_file(TWO, rel(end="Street:不存在街道"))}, "no Street named"),
    Case("wrong-end-label", {"a.yaml": yaml_file(TWO, rel("CLAIMED"))}, "cannot end at a Street"),
    Case("bad-date", {"a.yaml": yaml_file(TWO, rel(extra="    from: 2019-13-01\n"))}, "must be a date"),
    Case("date-as-words", {"a.yaml": yaml_file(TWO, rel(extra="    from: 去年\n"))}, "must be a date"),
    Case(
        "conflicting-duplicates",
        {"a.yaml": yaml_file(node(extra="    kind: bank\n") + node(extra="    kind: school\n"))},
        "conflicts with",
    ),
    Case(
        "conflicting-canonical-names",
        {
            "a.yaml": yaml_file(
                node(name="甲公司", extra="    aliases: [丙]\n")
                + node(name="乙公司", extra="    aliases: [丙]\n")
            )
        },
        "disagree on its canonical name",
    ),
    Case("duplicate-key", {"a.yaml": yaml_file(node(extra="    name: 又一个名字\n"))}, "given twice"),
    Case("yaml-alias-bomb", {"a.yaml": HEADER + "x: &a [1, 1]\ny: *a\n"}, "aliases"),
    Case(
        "python-tag",
        {"a.yaml": HEADER + "nodes: !!python/object/apply:os.system ['true']\n"},
        "not valid YAML",
    ),
    Case(
        "csv-too-many-cells",
        {
            "a.yaml": yaml_file(TWO),
            "b.csv": "document,type,start,end,quote\n"
            f"{ARTICLE},PART_OF,Alliance:物业联盟,Street:南京西路街道,{QUOTE},extra\n",
        },
        "more cells than the header",
        line=2,
    ),
    Case("csv-missing-columns", {"a.yaml": yaml_file(TWO), "b.csv": "foo,bar\n1,2\n"}, "a CSV needs columns"),
    Case(
        "csv-bad-int",
        {
            "a.yaml": yaml_file(TWO),
            "b.csv": f"document,label,name,stated_members,quote\n{ARTICLE},Alliance,某联盟,十,{QUOTE}\n",
        },
        "whole number",
        line=2,
        field_name="stated_members",
    ),
    Case(
        "csv-unknown-document",
        {"a.yaml": yaml_file(TWO), "b.csv": f"document,label,name,quote\nnope.txt,Unit,某单位,{QUOTE}\n"},
        "no data file describes",
    ),
    Case(
        "mixed-encodings",
        {"a.yaml": yaml_file(node(name="甲单位")).encode("utf-8") + node(name="乙单位").encode("gbk")},
        "neither valid UTF-8 nor GB18030",
    ),
    Case("binary-png", {"a.yaml": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4}, "binary"),
    Case("zip-archive", {"a.yaml": b"PK\x03\x04" + b"\x14\x00" * 200}, "archive"),
    Case("empty-file", {"a.yaml": b""}, "empty"),
    Case("whitespace-file", {"a.yaml": b"   \n\n  "}, "empty"),
    # Accepted as plain text: these must be stored verbatim and never interpreted.
    Case(
        "gbk-declared-utf8",
        {"a.yaml": ("# encoding: utf-8\n" + yaml_file(node(name="国标单位"))).encode("gbk")},
        "",
        stored="国标单位",
    ),
    Case("cypher-in-name", {"a.yaml": yaml_file(node(name=f'"{CYPHER}"'))}, "", stored=CYPHER),
    Case("script-in-name", {"a.yaml": yaml_file(node(name=f'"{SCRIPT}"'))}, "", stored=SCRIPT),
]
