"""The `dangjian` command: help and examples, errors without stack traces, real runs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from dangjian.cli import app
from tests.loaders.test_datafiles import GOOD, make_dataset

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, short_tmp: Path) -> Iterator[dict[str, str]]:
    data_dir = short_tmp / "store"
    yield {
        "DANGJIAN_DATA_DIR": str(data_dir),
        "DANGJIAN_STORE": "embedded",
        "DANGJIAN_OUT_DIR": str(tmp_path / "out"),
    }


def test_help_lists_every_command_and_each_has_an_example() -> None:
    group = get_command(app)
    assert hasattr(group, "commands")
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0
    for name in group.commands:
        assert name in top.output, f"dangjian --help does not list {name}"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0
        assert "Example: dangjian " + name in result.output, f"dangjian {name} --help has no example"


def test_load_reports_a_broken_file_without_a_traceback(tmp_path: Path, env: dict[str, str]) -> None:
    data = make_dataset(tmp_path, {"a.yaml": GOOD.replace("label: Street", "label: Road")})
    result = runner.invoke(app, ["load", str(data)], env=env)
    assert result.exit_code == 1
    assert "a.yaml:6 [label]" in result.output
    assert "Traceback" not in result.output


def test_load_then_query_as_json_and_csv(tmp_path: Path, env: dict[str, str]) -> None:
    data = make_dataset(tmp_path, {"a.yaml": GOOD})
    loaded = runner.invoke(app, ["load", str(data)], env=env)
    assert loaded.exit_code == 0, loaded.output
    assert "the store now holds 3 nodes" in loaded.output
    result = runner.invoke(app, ["query", "search", "-p", "q=物业", "-f", "json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["name"] for r in rows] == ["南京西路街道区域化党建物业联盟"]
    as_csv = runner.invoke(app, ["query", "search", "-p", "q=物业", "-f", "csv"], env=env)
    assert as_csv.output.splitlines()[0] == "id,name,label,aliases"


def test_query_errors_are_one_line(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["query", "nope"], env=env)
    assert result.exit_code == 1 and "no query named 'nope'" in result.output
    result = runner.invoke(app, ["query", "search", "-p", "q"], env=env)
    assert result.exit_code == 1 and "key=value" in result.output
    result = runner.invoke(app, ["query", "area_coverage", "-p", "area=不存在的地方"], env=env)
    assert result.exit_code == 1 and "No node matches" in result.output


def test_query_list_shows_every_named_query() -> None:
    result = runner.invoke(app, ["query"])
    assert result.exit_code == 0
    for name in ("area_coverage", "body_members", "brokers", "structure"):
        assert name in result.output


def test_build_loads_and_summarises(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["build", "--no-maps"], env=env)
    assert result.exit_code == 0, result.output
    assert "The graph holds" in result.output and "南京西路街道" in result.output
    again = runner.invoke(app, ["build", "--no-maps"], env=env)
    assert again.output.splitlines()[0] == result.output.splitlines()[0]


def test_build_writes_the_maps_for_the_district_and_nanjing_road(env: dict[str, str]) -> None:
    out = Path(env["DANGJIAN_OUT_DIR"])
    result = runner.invoke(app, ["build"], env=env)
    assert result.exit_code == 0, result.output
    for path in (
        out / "map.html",
        out / "poster.pdf",
        out / "南京西路街道" / "map.html",
        out / "南京西路街道" / "poster.pdf",
    ):
        assert path.is_file() and path.stat().st_size > 10_000, path
    assert (out / "poster.pdf").read_bytes().startswith(b"%PDF")


def test_map_and_poster_commands(env: dict[str, str], tmp_path: Path) -> None:
    assert runner.invoke(app, ["load"], env=env).exit_code == 0
    page = tmp_path / "m.html"
    result = runner.invoke(app, ["map", "--html", str(page), "--focus", "国际集团", "--depth", "1"], env=env)
    assert result.exit_code == 0, result.output
    assert "上海国际集团有限公司" in page.read_text(encoding="utf-8")
    svg = tmp_path / "p.svg"
    result = runner.invoke(
        app, ["poster", "--out", str(svg), "--street", "南京西路街道", "--size", "A2"], env=env
    )
    assert result.exit_code == 0, result.output
    assert "<svg" in svg.read_text(encoding="utf-8")[:500]
    bad = runner.invoke(app, ["poster", "--out", str(svg), "--size", "B5"], env=env)
    assert bad.exit_code == 1 and "A3, A2 or A1" in bad.output
    missing = runner.invoke(app, ["map", "--street", "不存在街道"], env=env)
    assert missing.exit_code == 1 and "No node matches" in missing.output
