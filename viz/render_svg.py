"""Scene -> SVG with the CJK font embedded (a subset, as a data URL) so it looks the same
on a machine without Chinese fonts. Every text goes through the XML escaper."""

from __future__ import annotations

import base64
from pathlib import Path
from xml.sax.saxutils import escape

from viz import fonts
from viz.scene import Circle, Line, Rect, Scene, Shape, Text


def _n(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _shape(s: Shape) -> str:
    if isinstance(s, Rect):
        fill = s.fill or "none"
        stroke = f' stroke="{s.stroke}" stroke-width="{_n(s.width)}"' if s.stroke else ""
        return (
            f'<rect x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" '
            f'rx="{_n(s.radius)}" fill="{fill}"{stroke}/>'
        )
    if isinstance(s, Circle):
        return f'<circle cx="{_n(s.cx)}" cy="{_n(s.cy)}" r="{_n(s.r)}" fill="{s.fill}"/>'
    if isinstance(s, Line):
        dash = f' stroke-dasharray="{" ".join(_n(d) for d in s.dash)}"' if s.dash else ""
        return (
            f'<line x1="{_n(s.x1)}" y1="{_n(s.y1)}" x2="{_n(s.x2)}" y2="{_n(s.y2)}" '
            f'stroke="{s.color}" stroke-width="{_n(s.width)}"{dash}/>'
        )
    assert isinstance(s, Text)
    return (
        f'<text x="{_n(s.x)}" y="{_n(s.y)}" font-size="{_n(s.size)}" fill="{s.color}">{escape(s.text)}</text>'
    )


def svg_text(scene: Scene) -> str:
    chars = "".join(sorted({c for t in scene.texts() for c in t.text}))
    font = base64.b64encode(fonts.subset_font(chars)).decode("ascii")
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(scene.width)}mm" '
        f'height="{_n(scene.height)}mm" viewBox="0 0 {_n(scene.width)} {_n(scene.height)}">\n'
        f"<title>{escape(scene.title)}</title>\n"
        '<style>@font-face { font-family: "DangjianCJK"; '
        f'src: url("data:font/otf;base64,{font}") format("opentype"); }}\n'
        f'text {{ font-family: "DangjianCJK", "{fonts.FAMILY}", sans-serif; white-space: pre; }}'
        "</style>\n"
        f'<rect width="{_n(scene.width)}" height="{_n(scene.height)}" fill="#ffffff"/>\n'
    )
    return head + "\n".join(_shape(s) for s in scene.shapes) + "\n</svg>\n"


def write_svg(scene: Scene, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(svg_text(scene), encoding="utf-8")
    return out
