"""One group of the poster as a card: a coloured header with the body's name, a subtitle,
and its members in as many columns as fit. Cards know their height before they are placed."""

from __future__ import annotations

import math
from dataclasses import dataclass

from viz import fonts, style
from viz.poster_model import Group, Member
from viz.scene import Circle, Rect, Shape, Text, wrap

LINE = 1.3  # line height as a multiple of the font size


def tint(color: str, amount: float) -> str:
    """`color` mixed with white: light card backgrounds in the label's colour."""
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in rgb)


@dataclass
class CardContent:
    """A card's lines, ready to be placed at any (x, y)."""

    group_title: str
    color: str
    width: float
    size: float
    header: list[str]
    subtitle: list[str]
    entries: list[tuple[list[str], str]]  # (lines of a member's name, dot colour)
    columns: int
    column_width: float
    row_lines: list[int]

    @property
    def pad(self) -> float:
        return 0.6 * self.size

    @property
    def header_size(self) -> float:
        return 1.2 * self.size

    @property
    def header_height(self) -> float:
        return len(self.header) * LINE * self.header_size + self.pad

    @property
    def height(self) -> float:
        sub = len(self.subtitle) * LINE * 0.85 * self.size
        rows = sum(self.row_lines) * LINE * self.size
        return self.header_height + self.pad + sub + rows + self.pad


def _entries(members: list[Member], text_width: float, size: float) -> list[tuple[list[str], str]]:
    out = []
    for m in members:
        name = ("★ " if m.chair else "") + m.name
        out.append((wrap(name, text_width, size), style.label_style(m.label).color))
    return out


def make_card(
    group: Group | None,
    title: str,
    lines: list[Member],
    color: str,
    width: float,
    size: float,
    max_rows: int | None = None,
    subtitle: str = "",
) -> CardContent:
    inner = width - 2 * 0.6 * size
    dot = 0.9 * size  # room for the member's coloured dot
    gap = 1.2 * size
    widest = max((fonts.text_width(("★ " if m.chair else "") + m.name, size) for m in lines), default=0.0)
    column_width = min(inner, widest + dot)
    columns = max(1, int((inner + gap) // (column_width + gap))) if lines else 1
    if max_rows is not None and math.ceil(len(lines) / columns) > max_rows:
        # Only the members that are shown are wrapped (a district council may have thousands).
        keep = max(0, max_rows * columns - 1)
        rest = len(lines) - keep
        more = [(wrap(f"……等{rest}家", column_width - dot, size), "#9ca3af")] if max_rows else []
        entries = [*_entries(lines[:keep], column_width - dot, size), *more]
    else:
        entries = _entries(lines, column_width - dot, size)
    row_lines = [max(len(e[0]) for e in entries[i : i + columns]) for i in range(0, len(entries), columns)]
    return CardContent(
        group_title=title,
        color=color,
        width=width,
        size=size,
        header=wrap(title, inner, 1.2 * size),
        subtitle=wrap(subtitle or (group.subtitle if group else ""), inner, 0.85 * size)
        if (subtitle or (group and group.subtitle))
        else [],
        entries=entries,
        columns=columns,
        column_width=column_width,
        row_lines=row_lines,
    )


def draw_card(card: CardContent, x: float, y: float) -> list[Shape]:
    s, pad = card.size, card.pad
    shapes: list[Shape] = [
        Rect(
            x,
            y,
            card.width,
            card.height,
            fill=tint(card.color, 0.9),
            stroke=card.color,
            width=0.35,
            radius=1.2,
        ),
        Rect(x, y, card.width, card.header_height, fill=card.color, radius=1.2),
    ]
    cy = y + pad / 2
    for line in card.header:
        cy += LINE * card.header_size
        shapes.append(Text(x + pad, cy - 0.3 * card.header_size, line, card.header_size, "#ffffff"))
    cy = y + card.header_height + pad * 0.5
    for line in card.subtitle:
        cy += LINE * 0.85 * s
        shapes.append(Text(x + pad, cy - 0.3 * s, line, 0.85 * s, "#4b5563"))
    cy += pad * 0.5
    gap = 1.2 * s
    for row, n_lines in enumerate(card.row_lines):
        for col in range(card.columns):
            i = row * card.columns + col
            if i >= len(card.entries):
                break
            lines, dot = card.entries[i]
            ex = x + pad + col * (card.column_width + gap)
            shapes.append(Circle(ex + 0.3 * s, cy + LINE * s - 0.62 * s, 0.25 * s, dot))
            for k, line in enumerate(lines):
                shapes.append(Text(ex + 0.9 * s, cy + (k + 1) * LINE * s - 0.3 * s, line, s))
        cy += n_lines * LINE * s
    return shapes
