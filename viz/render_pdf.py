"""Scene -> vector PDF (fpdf2), with the CJK font embedded as a subset and fixed metadata
so the same scene always gives the same bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

from viz import fonts
from viz.scene import PT, Circle, Line, Rect, Scene, Text

FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def write_pdf(scene: Scene, out: Path) -> Path:
    pdf = FPDF(
        orientation="L" if scene.width > scene.height else "P",
        unit="mm",
        format=(min(scene.width, scene.height), max(scene.width, scene.height)),
    )
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(scene.title)
    pdf.set_creator("dangjian-map")
    pdf.set_producer("dangjian-map")
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", "", str(fonts.font_path()), collection_font_number=fonts.face_index())
    pdf.set_font("cjk", size=10)
    pdf.add_page()
    for s in scene.shapes:
        if isinstance(s, Rect):
            style = ("F" if s.fill else "") + ("D" if s.stroke else "")
            if s.fill:
                pdf.set_fill_color(*_rgb(s.fill))
            if s.stroke:
                pdf.set_draw_color(*_rgb(s.stroke))
                pdf.set_line_width(s.width)
            pdf.rect(
                s.x, s.y, s.w, s.h, style=style or "D", round_corners=s.radius > 0, corner_radius=s.radius
            )
        elif isinstance(s, Circle):
            pdf.set_fill_color(*_rgb(s.fill))
            pdf.circle(s.cx, s.cy, s.r, style="F")
        elif isinstance(s, Line):
            pdf.set_draw_color(*_rgb(s.color))
            pdf.set_line_width(s.width)
            pdf.set_dash_pattern(*(s.dash[:2] if s.dash else ()))
            pdf.line(s.x1, s.y1, s.x2, s.y2)
            pdf.set_dash_pattern()
        elif isinstance(s, Text):
            pdf.set_text_color(*_rgb(s.color))
            pdf.set_font_size(s.size / PT)
            pdf.text(s.x, s.y, s.text)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out
