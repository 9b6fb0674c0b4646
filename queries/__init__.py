"""Named Cypher queries: one `.cypher` file per question, with a header comment.

Header lines at the top of a file, before the first line of Cypher:

    // title: Units that cover an area
    // answers: which units cover this area, and how (located, member, station)
    // param: area ref      the area (id, name or alias)
    // param: as_of date?   only facts valid on this date (YYYY-MM-DD)
    // example: dangjian query area_coverage --param area=兴业太古汇商圈

A parameter type is `str`, `int`, `date`, `bool` or `ref` (a node id, name or alias,
resolved to an id before the query runs; `ref(Area,Street)` limits and orders the labels
it may name); `?` marks it optional (passed as null).
Where the dialects differ, `NAME.falkordb.cypher` or `NAME.neo4j.cypher` sits next to
the portable `NAME.cypher` and is used for that backend.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph.errors import QueryError

QUERY_DIR = Path(__file__).parent
BACKENDS = ("falkordb", "neo4j")
_HEADER = re.compile(r"^//\s*(\w+):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(str|int|date|bool|ref)(?:\(([\w,]+)\))?(\?)?\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool
    description: str
    labels: tuple[str, ...] = ()  # for refs: the labels it may name, in order of preference


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    answers: str
    params: tuple[Param, ...]
    examples: tuple[str, ...]
    text: str
    variants: dict[str, str] = field(default_factory=dict)

    def cypher_for(self, backend: str) -> str:
        return self.variants.get(backend, self.text)


def _parse(path: Path) -> tuple[dict[str, list[str]], str]:
    header: dict[str, list[str]] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    body_start = 0
    for i, line in enumerate(lines):
        m = _HEADER.match(line.strip())
        if m:
            header.setdefault(m.group(1), []).append(m.group(2).strip())
            continue
        if line.strip().startswith("//") or not line.strip():
            continue
        body_start = i
        break
    return header, "\n".join(lines[body_start:]).strip()


def _load(path: Path) -> NamedQuery:
    header, text = _parse(path)
    params = []
    for spec in header.get("param", []):
        m = _PARAM.match(spec)
        if not m:
            raise QueryError(f"{path.name}: bad param line {spec!r}")
        labels = tuple(m.group(3).split(",")) if m.group(3) else ()
        params.append(Param(m.group(1), m.group(2), bool(m.group(4)), m.group(5), labels))
    for key in ("title", "answers", "example"):
        if key not in header:
            raise QueryError(f"{path.name}: the header has no '{key}:' line")
    variants = {}
    for backend in BACKENDS:
        variant = path.with_name(f"{path.stem}.{backend}.cypher")
        if variant.exists():
            variants[backend] = _parse(variant)[1]
    return NamedQuery(
        name=path.stem,
        title=header["title"][0],
        answers=" ".join(header["answers"]),
        params=tuple(params),
        examples=tuple(header["example"]),
        text=text,
        variants=variants,
    )


@cache
def all_queries() -> dict[str, NamedQuery]:
    """Every named query, by name."""
    out = {}
    for path in sorted(QUERY_DIR.glob("*.cypher")):
        if path.stem.count(".") == 0:
            out[path.stem] = _load(path)
    return out


def get_query(name: str) -> NamedQuery:
    try:
        return all_queries()[name]
    except KeyError:
        known = ", ".join(sorted(all_queries()))
        raise QueryError(f"no query named {name!r}; known queries: {known}") from None
