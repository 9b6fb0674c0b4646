"""The print-ready poster: render_poster(graph, out) writes .pdf (vector), .svg or .png."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.errors import PosterError
from graph.model import GraphData
from viz.poster_frame import footer, header
from viz.poster_layout import layout_main
from viz.poster_model import build_model
from viz.render_pdf import write_pdf
from viz.render_png import write_png
from viz.render_svg import write_svg
from viz.scene import Box, Scene
from viz.select import select
from viz.sources import documents, used_documents
from viz.titles import map_title

PAPER = {"A0": (1189, 841), "A1": (841, 594), "A2": (594, 420), "A3": (420, 297), "A4": (297, 210)}
WRITERS: dict[str, Callable[[Scene, Path], Path]] = {
    ".pdf": write_pdf,
    ".svg": write_svg,
    ".png": write_png,
}


def _date(graph: GraphData, as_of: str | None) -> str:
    """The poster's date: as_of, else the newest article's date (never today: the same
    data must give the same poster)."""
    if as_of:
        return as_of
    dates = [
        str(n.properties["date"]) for n in graph.nodes if n.label == "Document" and n.properties.get("date")
    ]
    return max(dates, default="")


def build_scene(
    graph: GraphData,
    *,
    street: str | None = None,
    size: str = "A3",
    as_of: str | None = None,
    title: str | None = None,
) -> Scene:
    if size.upper() not in PAPER:
        raise PosterError(f"unknown paper size {size!r}; choose one of {', '.join(PAPER)}")
    width, height = PAPER[size.upper()]  # landscape
    shown = select(graph, street=street, as_of=as_of)
    title = title or map_title(select(graph), street)
    model = build_model(shown, street)
    page = Box(0, 0, width, height)
    margin = width * 0.025
    date = _date(graph, as_of)
    subtitle = f"截至 {date}" if date else ""
    subtitle += f" · {len(shown.nodes)} 个节点 · {len(shown.relationships)} 条关系"
    top_shapes, top = header(title, subtitle.strip(" ·"), page, margin)
    bottom_shapes, bottom = footer(model, used_documents(shown, documents(graph)), page, margin)
    main = Box(margin, top, width - 2 * margin, bottom - top)
    scene = Scene(width, height, title)
    scene.add(*top_shapes, *layout_main(model, main, base=height * 0.0095), *bottom_shapes)
    return scene


def render_poster(
    graph: GraphData,
    out: Path,
    *,
    street: str | None = None,
    size: str = "A3",
    as_of: str | None = None,
    title: str | None = None,
) -> Path:
    """Write the poster; the format follows out's suffix (.pdf, .svg or .png at 300 dpi)."""
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise PosterError(f"cannot write a poster as {out.suffix!r}; use .pdf, .svg or .png")
    return writer(build_scene(graph, street=street, size=size, as_of=as_of, title=title), out)
