"""Data files: the loader's checks and its error messages (file, line, field)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from graph.errors import DataFileError
from loaders.datafiles import load_dataset

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
ARTICLE = "000_d552ed17dfbe4886.txt"

GOOD = f"""\
document:
  file: {ARTICLE}
  title: 街道召开区域化党建联席会议
  date: 2018
nodes:
  - label: Street
    name: 南京西路街道
    quote: 南京西路街道成立了区域化党建物业联盟
  - label: Alliance
    name: 南京西路街道区域化党建物业联盟
    aliases: [物业联盟]
    quote: 南京西路街道成立了区域化党建物业联盟
relationships:
  - type: PART_OF
    start: Alliance:物业联盟
    end: Street:南京西路街道
    quote: 南京西路街道成立了区域化党建物业联盟
"""


def make_dataset(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    (tmp_path / "facts").mkdir()
    (tmp_path / "corpus").symlink_to(CORPUS)
    for name, content in files.items():
        path = tmp_path / "facts" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return tmp_path


def load_error(tmp_path: Path, files: dict[str, str | bytes]) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        load_dataset(make_dataset(tmp_path, files))
    return info.value


def test_good_file_loads_with_provenance_and_mentions(tmp_path: Path) -> None:
    graph = load_dataset(make_dataset(tmp_path, {"a.yaml": GOOD}))
    labels = sorted(n.label for n in graph.nodes)
    assert labels == ["Alliance", "Document", "Street"]
    part_of = [r for r in graph.relationships if r.type == "PART_OF"]
    assert len(part_of) == 1 and part_of[0].sources[0].quote.startswith("南京西路街道成立")
    mentions = [r for r in graph.relationships if r.type == "MENTIONS"]
    assert len(mentions) == 2
    assert all(n.sources for n in graph.nodes)


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    broken = GOOD.replace("  - label: Alliance", "  - label: [Alliance")
    exc = load_error(tmp_path, {"a.yaml": broken})
    assert exc.file.endswith("a.yaml") and exc.line == 10  # where the parser trips
    assert "not valid YAML" in str(exc)


def test_unknown_label_names_the_field(tmp_path: Path) -> None:
    exc = load_error(tmp_path, {"a.yaml": GOOD.replace("label: Street", "label: Road")})
    assert (exc.line, exc.field) == (6, "label")
    assert "Road" in str(exc)


def test_dangling_reference(tmp_path: Path) -> None:
    exc = load_error(tmp_path, {"a.yaml": GOOD.replace("end: Street:南京西路街道", "end: Street:静安寺街道")})
    assert (exc.line, exc.field) == (14, "end")
    assert "no Street named '静安寺街道'" in str(exc)


def test_empty_name(tmp_path: Path) -> None:
    exc = load_error(tmp_path, {"a.yaml": GOOD.replace("name: 南京西路街道\n", "name: ''\n")})
    assert (exc.line, exc.field) == (6, "name")


def test_bad_date(tmp_path: Path) -> None:
    exc = load_error(
        tmp_path,
        {
            "a.yaml": GOOD.replace(
                "    end: Street:南京西路街道\n", "    end: Street:南京西路街道\n    from: 2018-02-30x\n"
            )
        },
    )
    assert exc.line == 14 and "must be a date" in str(exc)


def test_quote_not_in_article(tmp_path: Path) -> None:
    exc = load_error(
        tmp_path,
        {
            "a.yaml": GOOD.replace(
                "quote: 南京西路街道成立了区域化党建物业联盟\n  - label: Alliance",
                "quote: 静安寺街道成立了联盟\n  - label: Alliance",
            )
        },
    )
    assert (exc.line, exc.field) == (6, "quote")
    assert "does not occur" in str(exc)


def test_missing_quote(tmp_path: Path) -> None:
    text = GOOD.replace(
        "    quote: 南京西路街道成立了区域化党建物业联盟\n  - label: Alliance", "  - label: Alliance"
    )
    exc = load_error(tmp_path, {"a.yaml": text})
    assert (exc.line, exc.field) == (6, "quote")


def test_unknown_property(tmp_path: Path) -> None:
    exc = load_error(
        tmp_path,
        {"a.yaml": GOOD.replace("    aliases: [物业联盟]\n", "    aliases: [物业联盟]\n    colour: red\n")},
    )
    assert exc.line == 9 and "colour" in str(exc)


def test_invalid_encoding_names_the_line(tmp_path: Path) -> None:
    raw = GOOD.encode("utf-8").replace("南京西路街道成立".encode(), b"\xff\xfe\xfd\xfc", 1)
    exc = load_error(tmp_path, {"a.yaml": raw})
    assert "neither valid UTF-8 nor GB18030" in str(exc)
    assert exc.line == 8


def test_gb18030_and_bom_files_are_read(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {"a.yaml": GOOD.encode("gb18030")}
    graph = load_dataset(make_dataset(tmp_path, files))
    assert any(n.name == "南京西路街道" for n in graph.nodes)
    bom = tmp_path / "bom"
    bom.mkdir()
    graph = load_dataset(make_dataset(bom, {"a.yaml": b"\xef\xbb\xbf" + GOOD.encode("utf-8")}))
    assert any(n.name == "南京西路街道" for n in graph.nodes)


def test_conflicting_properties_across_files(tmp_path: Path) -> None:
    other = (
        GOOD.replace("date: 2018", "date: 2018")
        .replace(
            "  - label: Street\n    name: 南京西路街道\n",
            "  - label: Street\n    name: 南京西路街道\n    kind: 街道\n",
        )
        .replace(f"file: {ARTICLE}", "file: 001_bb6717c4414b2107.txt")
        .replace("南京西路街道成立了区域化党建物业联盟", "南京西路街道召开")
        .replace("title: 街道召开区域化党建联席会议", "title: 回眸初心颂华年 携手奋进再出发")
    )
    third = (
        other.replace("kind: 街道", "kind: 镇")
        .replace("file: 001_bb6717c4414b2107.txt", "file: 002_ce073ff0a2acc55d.txt")
        .replace("南京西路街道召开", "南京西路街道")
        .replace("title: 回眸初心颂华年 携手奋进再出发", "title: 扩大党建朋友圈 共建福民共同家园")
    )
    exc = load_error(tmp_path, {"b.yaml": other, "c.yaml": third})
    assert exc.file.endswith("c.yaml") and exc.field == "kind"
    assert "conflicts" in str(exc) and "b.yaml:6" in str(exc)


def test_aliases_merge_declarations_across_files(tmp_path: Path) -> None:
    other = """\
    document:
      file: 002_ce073ff0a2acc55d.txt
      title: 扩大党建朋友圈 共建福民共同家园
    nodes:
      - label: Alliance
        name: 物业联盟
        quote: 物业联盟轮值主席
    """
    graph = load_dataset(make_dataset(tmp_path, {"a.yaml": GOOD, "b.yaml": other}))
    alliances = [n for n in graph.nodes if n.label == "Alliance"]
    assert len(alliances) == 1
    assert alliances[0].name == "南京西路街道区域化党建物业联盟"
    assert len({s.document for s in alliances[0].sources}) == 2


def test_csv_relationships_with_line_numbers(tmp_path: Path) -> None:
    csv_text = (
        "document,type,start,end,quote\n"
        f"{ARTICLE},PART_OF,Alliance:物业联盟,Street:南京西路街道,南京西路街道成立了区域化党建物业联盟\n"
        f"{ARTICLE},PART_OF,Alliance:校际联盟,Street:南京西路街道,南京西路街道成立了区域化党建物业联盟\n"
    )
    exc = load_error(tmp_path, {"a.yaml": GOOD, "b.csv": csv_text})
    assert exc.file.endswith("b.csv") and (exc.line, exc.field) == (3, "start")


def test_path_traversal_in_document_file_is_refused(tmp_path: Path) -> None:
    exc = load_error(tmp_path, {"a.yaml": GOOD.replace(f"file: {ARTICLE}", "file: ../../etc/passwd")})
    assert exc.field == "document.file"
