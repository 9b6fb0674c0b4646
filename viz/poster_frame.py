"""The poster's frame: title and date on top; legend, node counts and the source articles
at the bottom. Returns the shapes and the box left over for the main area."""

from __future__ import annotations

from viz import fonts, style
from viz.poster_model import PosterModel
from viz.scene import Box, Circle, Line, Shape, Text, wrap

INK = "#1f2937"
MUTED = "#4b5563"


def _fit(text: str, width: float, size: float) -> float:
    """The size at which a single line of `text` fits `width` (never larger than `size`)."""
    w = fonts.text_width(text, size)
    return size if w <= width else size * width / w


def header(title: str, subtitle: str, page: Box, margin: float) -> tuple[list[Shape], float]:
    width = page.w - 2 * margin
    t_size = _fit(title, width, page.h * 0.032)
    s_size = _fit(subtitle, width, page.h * 0.012)
    y = margin + t_size * fonts.ASCENT
    shapes: list[Shape] = [Text(margin, y, title, t_size, "#991b1b")]
    y += t_size * fonts.DESCENT + s_size * 1.6
    shapes.append(Text(margin, y, subtitle, s_size, MUTED))
    y += s_size * 0.6
    shapes.append(Line(margin, y, page.w - margin, y, "#991b1b", 0.6))
    return shapes, y + s_size


def _legend_items(model: PosterModel) -> list[tuple[str, str, str]]:
    """(kind, colour, text) for each label drawn, with its count, and the line styles."""
    items = [
        ("dot", style.label_style(lb).color, f"{style.label_zh(lb)} {lb} {n}")
        for lb, n in sorted(model.counts.items(), key=lambda kv: (style.label_style(kv[0]).rank, kv[0]))
    ]
    items.append(("line", style.edge_style("PART_OF").color, "隶属（区域联席会议属街道联席会议）"))
    items.append(("text", INK, "★ 轮值主席/理事长单位"))
    return items


def footer(
    model: PosterModel, sources: list[dict[str, str]], page: Box, margin: float
) -> tuple[list[Shape], float]:
    """Shapes laid out from the bottom margin up; returns them and the footer's top."""
    width = page.w - 2 * margin
    size = page.h * 0.0085
    lead = size * 1.35
    notes = "来源：" + "；".join(
        f"{i}.《{d['title']}》{d['date']} {d['file']}".strip() for i, d in enumerate(sources, 1)
    )
    counts = (
        f"共 {sum(model.counts.values())} 个节点、{model.relationships} 条关系"
        "（不含来源文章；名单以所列报道为准）"
    )
    note_lines = wrap(notes, width, size) if sources else []
    rows: list[list[tuple[str, str, str, float]]] = [[]]
    x = 0.0
    for kind, color, text in _legend_items(model):
        w = (2.2 * size if kind != "text" else 0.0) + fonts.text_width(text, size) + 2.5 * size
        if x + w > width and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append((kind, color, text, x))
        x += w
    total = (len(rows) + 1 + len(note_lines)) * lead
    top = page.h - margin - total
    shapes: list[Shape] = [Line(margin, top - size * 0.6, page.w - margin, top - size * 0.6, "#d1d5db", 0.3)]
    y = top
    for row in rows:
        y += lead
        for kind, color, text, x0 in row:
            tx = margin + x0
            if kind == "dot":
                shapes.append(Circle(tx + 0.6 * size, y - 0.35 * size, 0.45 * size, color))
                tx += 2.2 * size
            elif kind == "line":
                shapes.append(Line(tx, y - 0.35 * size, tx + 1.8 * size, y - 0.35 * size, color, 0.5))
                tx += 2.2 * size
            shapes.append(Text(tx, y, text, size, INK))
    y += lead
    shapes.append(Text(margin, y, counts, size, INK))
    for line in note_lines:
        y += lead
        shapes.append(Text(margin, y, line, size, MUTED))
    return shapes, top - size * 1.5
