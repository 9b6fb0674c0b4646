"""The poster: fonts embedded, text extractable, not blank, same bytes for the same data,
no overlapping labels."""

from __future__ import annotations

import subprocess
from itertools import combinations
from pathlib import Path

import pytest

from graph.errors import PosterError
from graph.model import GraphData
from tests.viz.conftest import tool
from tests.viz.handmade import EVIL, nanxi
from tests.viz.test_select import area_councils
from viz import render_poster
from viz.poster import build_scene
from viz.scene import Box, Scene


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def assert_no_overlap(scene: Scene) -> None:
    page = Box(0, 0, scene.width, scene.height)
    boxes = [(t.text, t.box) for t in scene.texts() if t.text]
    for text, box in boxes:
        assert box.inside(page), f"{text!r} leaves the page"
    for (ta, a), (tb, b) in combinations(boxes, 2):
        assert not a.overlaps(b), f"labels overlap: {ta!r} and {tb!r}"


@pytest.fixture(scope="module")
def nanxi_pdf(dataset: GraphData, nanxi_id: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_poster(dataset, tmp_path_factory.mktemp("poster") / "nanxi.pdf", street=nanxi_id)


def test_pdf_embeds_the_cjk_font(nanxi_pdf: Path) -> None:
    out = _run(tool("pdffonts"), str(nanxi_pdf))
    rows = [line.split() for line in out.splitlines()[2:]]
    assert rows, out
    assert all("yes" in row[-5:-2][0] for row in rows), out  # the 'emb' column
    assert any("NotoSansCJK" in row[0] for row in rows), out


def test_pdf_text_names_the_area_councils(dataset: GraphData, nanxi_id: str, nanxi_pdf: Path) -> None:
    text = "".join(_run(tool("pdftotext"), "-raw", str(nanxi_pdf), "-").split())
    councils = area_councils(dataset, nanxi_id)
    assert len(councils) == 4, councils
    for name in councils:
        assert "".join(name.split()) in text, name
    assert "南京西路街道区域化党建" in text


def test_pdf_renders_not_blank(nanxi_pdf: Path, tmp_path: Path, artifacts: Path) -> None:
    from PIL import Image

    _run(tool("pdftoppm"), "-r", "40", "-png", "-singlefile", str(nanxi_pdf), str(tmp_path / "p"))
    image = Image.open(tmp_path / "p.png").convert("L")
    image.save(artifacts / "poster-nanxi.png")
    dark = sum(image.histogram()[:200])
    assert dark > image.width * image.height * 0.01


def test_same_data_same_bytes(dataset: GraphData, nanxi_id: str, tmp_path: Path) -> None:
    for suffix in (".pdf", ".svg", ".png"):
        a = render_poster(dataset, tmp_path / f"a{suffix}", street=nanxi_id).read_bytes()
        b = render_poster(dataset, tmp_path / f"b{suffix}", street=nanxi_id).read_bytes()
        assert a == b, suffix


@pytest.mark.parametrize("size", ["A3", "A4"])
def test_no_overlapping_labels_real_data(dataset: GraphData, nanxi_id: str, size: str) -> None:
    assert_no_overlap(build_scene(dataset, street=nanxi_id, size=size))
    assert_no_overlap(build_scene(dataset, size=size))


@pytest.mark.parametrize("members", [1, 12, 60, 400])
def test_no_overlapping_labels_crowded(members: int) -> None:
    g = nanxi(members_per_area=members, evil=True)
    street = next(n.id for n in g.nodes if n.label == "Street")
    assert_no_overlap(build_scene(g, street=street, size="A3"))


def test_titles_come_from_the_data(dataset: GraphData, nanxi_id: str) -> None:
    g = nanxi(members_per_area=1)
    street = next(n.id for n in g.nodes if n.label == "Street")
    assert build_scene(g, street=street).title == "南京西路街道区域化党建“1+4+X”福民“共同家园”党建版图"
    assert build_scene(dataset).title == "静安区区域化党建版图"
    assert build_scene(dataset, street=nanxi_id).title.startswith("南京西路街道区域化党建")


def test_hostile_name_is_poster_text(tmp_path: Path) -> None:
    g = nanxi(members_per_area=2, evil=True)
    street = next(n.id for n in g.nodes if n.label == "Street")
    pdf = render_poster(g, tmp_path / "evil.pdf", street=street)
    text = "".join(_run(tool("pdftotext"), str(pdf), "-").split())
    assert "".join(EVIL.split()) in text
    svg = render_poster(g, tmp_path / "evil.svg", street=street).read_text(encoding="utf-8")
    assert "<script>" not in svg and "<img" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_png_is_300_dpi(tmp_path: Path) -> None:
    from PIL import Image

    g = nanxi(members_per_area=2)
    png = render_poster(g, tmp_path / "p.png", size="A4")
    with Image.open(png) as image:
        assert image.size == (3508, 2480)
        assert round(image.info["dpi"][0]) == 300


def test_unknown_suffix_and_size(tmp_path: Path) -> None:
    g = nanxi(members_per_area=1)
    with pytest.raises(PosterError, match="cannot write a poster"):
        render_poster(g, tmp_path / "p.jpg")
    with pytest.raises(PosterError, match="paper size"):
        render_poster(g, tmp_path / "p.pdf", size="B5")
