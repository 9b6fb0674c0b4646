"""A poster as a flat list of shapes in millimetres (origin top left, y down), which the
PDF, SVG and PNG writers draw alike. Text positions are baselines."""

from __future__ import annotations

from dataclasses import dataclass, field

from viz import fonts

PT = 25.4 / 72  # millimetres per point


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box, tol: float = 1e-6) -> bool:
        return (
            self.x < other.x + other.w - tol
            and other.x < self.x + self.w - tol
            and self.y < other.y + other.h - tol
            and other.y < self.y + self.h - tol
        )

    def inside(self, other: Box, tol: float = 1e-6) -> bool:
        return (
            self.x >= other.x - tol
            and self.y >= other.y - tol
            and self.x + self.w <= other.x + other.w + tol
            and self.y + self.h <= other.y + other.h + tol
        )


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.3
    radius: float = 0.0


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 0.3
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float  # em size in mm
    color: str = "#1f2937"

    @property
    def box(self) -> Box:
        return Box(
            self.x,
            self.y - fonts.ASCENT * self.size,
            fonts.text_width(self.text, self.size),
            (fonts.ASCENT + fonts.DESCENT) * self.size,
        )


Shape = Rect | Circle | Line | Text


@dataclass
class Scene:
    width: float
    height: float
    title: str = ""
    shapes: list[Shape] = field(default_factory=list)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)

    def texts(self) -> list[Text]:
        return [s for s in self.shapes if isinstance(s, Text)]


def wrap(text: str, width: float, size: float) -> list[str]:
    """Break `text` into lines no wider than `width`; Chinese may break between any two
    characters, so this breaks by character (a single too-wide character stays alone)."""
    lines: list[str] = []
    line = ""
    # Widths are sums of advances, so the line's width grows by one character's at a time
    # (measuring the whole line again per character made large posters quadratic).
    limit = (width + 1e-6) * fonts.units_per_em() / size if size else float("inf")
    used = 0
    for ch in text:
        step = fonts.advance(ch)
        if line and used + step > limit:
            lines.append(line)
            line = ch.lstrip() if ch.isspace() else ch
            used = fonts.advance(line) if line else 0
        else:
            line += ch
            used += step
    if line or not lines:
        lines.append(line)
    return lines
