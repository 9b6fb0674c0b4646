"""A synthetic network shaped like the real one, in the product's own data format.

Districts ⊃ streets ⊃ areas ⊃ buildings; a council per street and per commercial district;
domain alliances per street; professional committees per district; stations in buildings
covering areas; projects per street and year, claimed by units; chairs that rotate yearly.
Membership counts per body follow a heavy-tailed (Pareto) distribution, as the real ones
do (a few councils with hundreds of members, most with a dozen). Same seed, same bytes.

Every row quotes one sentence of a small synthetic article, so the data passes the same
provenance checks as the curated dataset.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ARTICLE = "synthetic.txt"
# The synthetic article: one sentence per kind of fact; every row quotes one of them.
SENTENCES = {
    "place": "合成数据：某区下设若干街道，街道下设商圈、居民区和楼宇。",
    "unit": "合成数据：某单位是驻区单位。",
    "body": "合成数据：某街道成立区域化党建联席会议和领域性联盟。",
    "member": "合成数据：某单位加入某联席会议，成为成员单位。",
    "chair": "合成数据：某单位担任轮值主席单位。",
    "station": "合成数据：党群服务站设在某楼宇，服务周边区域。",
    "project": "合成数据：某单位认领了某福民项目。",
    "located": "合成数据：某单位位于某楼宇。",
}
YEARS = (2018, 2019, 2020)
_SYLLABLES = "安宁和平华新盛东南西北中泰丰富康乐嘉德明光瑞祥兴隆永昌文曙海江山川云星"
_UNIT_SUFFIXES = ("有限公司", "股份有限公司", "律师事务所", "学校", "医院", "银行支行", "传媒有限公司")
_UNIT_KINDS = ("company", "company", "professional_firm", "school", "hospital", "bank", "media")


@dataclass
class SynthReport:
    out: Path
    nodes: int
    relationships: int  # declared in the files; the loader adds one MENTIONS per node


def _name(rng: random.Random, i: int, suffix: str) -> str:
    """A readable name, unique through its number."""
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(2))
    return f"{stem}{i:06d}{suffix}"


def _pareto_sizes(rng: random.Random, bodies: int, units: int, mean: float) -> list[int]:
    """Heavy-tailed member counts with the given mean, each between 3 and all units."""
    alpha = 1.6
    raw = [rng.paretovariate(alpha) for _ in range(bodies)]
    scale = mean / (sum(raw) / max(1, len(raw)))
    return [max(3, min(units, int(r * scale))) for r in raw]


def _rel(
    rel_type: str,
    start: str,
    end: str,
    kind: str,
    *,
    start_date: str = "",
    end_date: str = "",
    year: str = "",
) -> tuple[str, list[str]]:
    """A relationship row; `kind` names its quote sentence, or is the role (for chairs)."""
    return "rel", [rel_type, start, end, start_date, end_date, year, kind]


def _rows(units: int, rng: random.Random) -> Iterator[tuple[str, list[str]]]:
    """("node"|"rel", row) pairs. Node rows: label, name, aliases, kind, level, extra;
    relationship rows: type, start, end, from, to, year, role."""
    n_districts = max(1, round(units / 6250))
    n_streets = max(2, round(units / 465))
    districts = [f"合成{i:02d}区" for i in range(n_districts)]
    for d in districts:
        yield "node", ["District", d, "", "", "", "place"]
    streets = [f"合成{i:04d}街道" for i in range(n_streets)]
    for i, s in enumerate(streets):
        yield "node", ["Street", s, "", "", "", "place"]
        yield _rel("PART_OF", f"Street:{s}", f"District:{districts[i % n_districts]}", "place")

    # Areas: commercial districts (with their councils), residential areas, grids.
    areas: list[tuple[str, str]] = []  # (name, street)
    commercial: list[tuple[str, str]] = []
    for i, s in enumerate(streets):
        for k in range(2):
            name = f"合成{i:04d}-{k}商圈"
            commercial.append((name, s))
            yield "node", ["Area", name, "", "commercial_district", "", "place"]
        for k in range(2):
            name = f"合成{i:04d}-{k}网格"
            yield "node", ["Area", name, "", "grid", "", "place"]
            areas.append((name, s))
    n_residential = max(len(streets), round(units * 0.06))
    for i in range(n_residential):
        name = f"合成{i:05d}居民区"
        s = streets[i % n_streets]
        yield "node", ["Area", name, "", "residential", "", "place"]
        areas.append((name, s))
    areas += commercial
    for name, s in areas:
        yield _rel("PART_OF", f"Area:{name}", f"Street:{s}", "place")

    # Buildings in areas.
    n_buildings = max(len(areas), units // 20)
    buildings = [f"合成{i:05d}大厦" for i in range(n_buildings)]
    for i, b in enumerate(buildings):
        area = areas[i % len(areas)][0]
        yield "node", ["Building", b, "", "", "", "place"]
        yield _rel("LOCATED_IN", f"Building:{b}", f"Area:{area}", "place")

    # Bodies: a council per street and per commercial district, three alliances per street,
    # seven committees per district.
    bodies: list[tuple[str, str]] = []  # (label, name)
    for s in streets:
        council = f"{s}区域化党建联席会议"
        yield "node", ["Council", council, "", "joint_council", "street", "body"]
        yield _rel("COVERS", f"Council:{council}", f"Street:{s}", "body")
        yield _rel("PART_OF", f"Council:{council}", f"Street:{s}", "body")
        bodies.append(("Council", council))
        for domain in ("校际", "文化", "物业"):
            alliance = f"{s}区域化党建{domain}联盟"
            yield "node", ["Alliance", alliance, "", "", "", "body"]
            yield _rel("PART_OF", f"Alliance:{alliance}", f"Council:{council}", "body")
            yield _rel("COVERS", f"Alliance:{alliance}", f"Street:{s}", "body")
            bodies.append(("Alliance", alliance))
    for name, s in commercial:
        council = f"{name}党建联席会议"
        yield "node", ["Council", council, "", "joint_council", "area", "body"]
        yield _rel("COVERS", f"Council:{council}", f"Area:{name}", "body")
        yield _rel("PART_OF", f"Council:{council}", f"Council:{s}区域化党建联席会议", "body")
        bodies.append(("Council", council))
    for d in districts:
        district_council = f"{d}共同行动联席会议"
        yield "node", ["Council", district_council, "", "joint_council", "district", "body"]
        yield _rel("COVERS", f"Council:{district_council}", f"District:{d}", "body")
        for field in ("医疗健康", "文化艺术", "教育宣传", "社会服务", "政法综合", "经济贸易", "科学技术"):
            committee = f"{d}{field}专业委员会"
            yield "node", ["Committee", committee, "", "", "", "body"]
            yield (
                "rel",
                ["PART_OF", f"Committee:{committee}", f"Council:{district_council}", "", "", "", "body"],
            )
            bodies.append(("Committee", committee))

    # Units, each in a building.
    unit_names = []
    for i in range(units):
        k = rng.randrange(len(_UNIT_SUFFIXES))
        name = _name(rng, i, _UNIT_SUFFIXES[k])
        unit_names.append(name)
        yield "node", ["Unit", name, "", _UNIT_KINDS[k], "", "unit"]
        yield (
            "rel",
            ["LOCATED_IN", f"Unit:{name}", f"Building:{buildings[i % n_buildings]}", "", "", "", "located"],
        )

    # Memberships: heavy-tailed sizes, joining years spread over the years.
    sizes = _pareto_sizes(rng, len(bodies), units, mean=max(5.0, 8.0 * units / len(bodies)))
    for (label, body), size in zip(bodies, sizes, strict=True):
        for j in rng.sample(range(units), size):
            year = rng.choice(YEARS)
            yield (
                "rel",
                ["MEMBER_OF", f"Unit:{unit_names[j]}", f"{label}:{body}", str(year), "", "", "member"],
            )
        # Rotating chairs: one unit per year, handing over at the turn of the year.
        for year in YEARS:
            chair = unit_names[rng.randrange(units)]
            role = "轮值主席单位"
            yield (
                "rel",
                ["CHAIRS", f"Unit:{chair}", f"{label}:{body}", f"{year}-01-01", f"{year}-12-31", "", role],
            )

    # Stations in buildings, covering their building's area.
    for i in range(max(1, len(streets) * 2)):
        station = f"合成{i:04d}白领驿家党群服务站"
        building = buildings[(i * 7) % n_buildings]
        yield "node", ["Station", station, "", "", "", "station"]
        yield _rel("LOCATED_IN", f"Station:{station}", f"Building:{building}", "station")
        yield (
            "rel",
            ["COVERS", f"Station:{station}", f"Area:{areas[(i * 7) % len(areas)][0]}", "", "", "", "station"],
        )
        yield (
            "rel",
            ["RUNS", f"Unit:{unit_names[rng.randrange(units)]}", f"Station:{station}", "", "", "", "station"],
        )

    # Projects per street and year, most claimed by a few units.
    p = 0
    for _street in streets:
        for year in YEARS:
            for _ in range(6):
                project = f"合成{p:06d}福民项目"
                p += 1
                yield "node", ["Project", project, "", "", "", "project", str(year)]
                for _ in range(rng.choice((0, 1, 1, 2, 3))):
                    claimant = unit_names[rng.randrange(units)]
                    yield (
                        "rel",
                        ["CLAIMED", f"Unit:{claimant}", f"Project:{project}", "", "", str(year), "project"],
                    )


NODE_COLUMNS = ["document", "label", "name", "aliases", "kind", "level", "year", "quote"]
REL_COLUMNS = ["document", "type", "start", "end", "from", "to", "year", "role", "quote"]


def synthesize(units: int, seed: int, out: Path) -> SynthReport:
    """Write a synthetic dataset folder (corpus/ + facts/) with `units` units."""
    if units < 10:
        raise ValueError("a synthetic network needs at least 10 units")
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    (out / "facts").mkdir(parents=True, exist_ok=True)
    (out / "corpus" / ARTICLE).write_text("\n".join(SENTENCES.values()) + "\n", encoding="utf-8")
    (out / "facts" / "synthetic.yaml").write_text(
        f"document:\n  file: {ARTICLE}\n  title: 合成数据\n  quote: {SENTENCES['place']}\n  date: 2020\n",
        encoding="utf-8",
    )
    nodes = rels = 0
    with (
        (out / "facts" / "nodes.csv").open("w", encoding="utf-8", newline="") as nf,
        (out / "facts" / "relationships.csv").open("w", encoding="utf-8", newline="") as rf,
    ):
        node_writer, rel_writer = csv.writer(nf, lineterminator="\n"), csv.writer(rf, lineterminator="\n")
        node_writer.writerow(NODE_COLUMNS)
        rel_writer.writerow(REL_COLUMNS)
        for kind, row in _rows(units, rng):
            if kind == "node":
                label, name, aliases, k, level, sentence, *year = row
                node_writer.writerow(
                    [ARTICLE, label, name, aliases, k, level, year[0] if year else "", SENTENCES[sentence]]
                )
                nodes += 1
            else:
                rel_type, start, end, start_date, end_date, year_value, role_or_sentence = row
                sentence = role_or_sentence if role_or_sentence in SENTENCES else _sentence_of(rel_type)
                role = "" if role_or_sentence in SENTENCES else role_or_sentence
                rel_writer.writerow(
                    [
                        ARTICLE,
                        rel_type,
                        start,
                        end,
                        start_date,
                        end_date,
                        year_value,
                        role,
                        SENTENCES[sentence],
                    ]
                )
                rels += 1
    return SynthReport(out=out, nodes=nodes + 1, relationships=rels)


def _sentence_of(rel_type: str) -> str:
    return {"CHAIRS": "chair", "CLAIMED": "project"}.get(rel_type, "body")
