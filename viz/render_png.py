"""Scene -> PNG at 300 dpi, drawn with Pillow in the bundled CJK font."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from viz import fonts
from viz.scene import Circle, Line, Rect, Scene, Text

DPI = 300
PX = DPI / 25.4  # pixels per millimetre


@cache
def _font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.font_path()), size=px, index=fonts.face_index())


def write_png(scene: Scene, out: Path) -> Path:
    image = Image.new("RGB", (round(scene.width * PX), round(scene.height * PX)), "#ffffff")
    draw = ImageDraw.Draw(image)
    for s in scene.shapes:
        if isinstance(s, Rect):
            box = (s.x * PX, s.y * PX, (s.x + s.w) * PX, (s.y + s.h) * PX)
            draw.rounded_rectangle(
                box,
                radius=s.radius * PX,
                fill=s.fill,
                outline=s.stroke,
                width=max(1, round(s.width * PX)) if s.stroke else 0,
            )
        elif isinstance(s, Circle):
            r = s.r * PX
            draw.ellipse((s.cx * PX - r, s.cy * PX - r, s.cx * PX + r, s.cy * PX + r), fill=s.fill)
        elif isinstance(s, Line):
            draw.line(
                (s.x1 * PX, s.y1 * PX, s.x2 * PX, s.y2 * PX), fill=s.color, width=max(1, round(s.width * PX))
            )
        elif isinstance(s, Text):
            draw.text((s.x * PX, s.y * PX), s.text, fill=s.color, font=_font(round(s.size * PX)), anchor="ls")
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(out, format="PNG", dpi=(DPI, DPI))
    return out
