"""The poster's main area: the centre council in the middle column, the area councils in
the columns beside it (linked to it), alliances, committees and other bodies outside them.

The largest text size at which every card fits is chosen; at the smallest size, long
member lists are cut ("……等N家") until they fit. Nothing here is random, so the same data
always gives the same picture.
"""

from __future__ import annotations

from graph.errors import PosterError
from viz import fonts, style
from viz.poster_cards import LINE, CardContent, draw_card, make_card
from viz.poster_model import Member, PosterModel
from viz.scene import Box, Line, Shape

CENTRE_COLOR = "#b91c1c"
STATION_COLOR = style.label_style("Station").color
MAX_ROWS = (None, 24, 16, 10, 6, 3, 1, 0)


def _station_members(model: PosterModel) -> list[Member]:
    return [
        Member(f"{name}（{building}）" if building else name, "Station") for name, building in model.stations
    ]


def _cards(model: PosterModel, widths: dict[str, float], size: float, rows: int | None):
    centre = []
    if model.centre:
        c = model.centre
        centre.append(make_card(c, c.head.name, c.members, CENTRE_COLOR, widths["c"], size * 1.1, rows))
    if model.stations:
        centre.append(
            make_card(
                None,
                "党群服务站",
                _station_members(model),
                STATION_COLOR,
                widths["c"],
                size,
                rows,
                subtitle=f"共{len(model.stations)}个",
            )
        )
    inner, outer = [], []
    for g in model.groups:
        color = style.label_style(g.head.label).color
        if g.area and model.centre:
            inner.append(make_card(g, g.head.name, g.members, color, widths["i"], size, rows))
        else:
            outer.append(make_card(g, g.head.name, g.members, color, widths["o"], size, rows))
    return centre, inner, outer


def _fill(cards: list[CardContent], columns: list[list[CardContent]], gap: float) -> None:
    """Each card goes to the currently shortest column (ties: the leftmost)."""
    for card in cards:
        heights = [sum(c.height + gap for c in col) for col in columns]
        columns[heights.index(min(heights))].append(card)


def _try(
    model: PosterModel, area: Box, size: float, rows: int | None, per_side: int = 1, text_area: float = 0.0
) -> list[Shape] | None:
    if rows is None and text_area * size * size > area.w * area.h:
        return None  # every name written out at this size covers more than the page
    gap = max(3.0, 2.0 * size)
    has_outer = any(not (g.area and model.centre) for g in model.groups)
    has_inner = any(g.area for g in model.groups) and model.centre is not None
    # Column shares, left to right: outer(s), inner, centre, inner, outer(s).
    o, i = (1.0 if has_outer else 0.0), (1.0 if has_inner else 0.0)
    shares = [*[o] * per_side, i, 1.15, i, *[o] * per_side]
    mid = per_side + 1
    if not model.centre and not model.stations:
        shares[mid] = 0.0
    n_gaps = sum(1 for s in shares if s) - 1
    unit = (area.w - n_gaps * gap) / sum(shares)
    widths = {"o": unit, "i": unit, "c": 1.15 * unit}
    centre, inner, outer = _cards(model, widths, size, rows)
    cols: list[list[CardContent]] = [[] for _ in shares]
    cols[mid] = centre
    if has_inner:
        _fill(inner, [cols[mid - 1], cols[mid + 1]], gap)
    outer_cols = [c for k, c in enumerate(cols) if abs(k - mid) > 1]
    _fill(outer, outer_cols if has_outer else [cols[mid - 1], cols[mid + 1]], gap)
    shapes: list[Shape] = []
    placed: dict[int, Box] = {}
    x = area.x
    for col, share in zip(cols, shares, strict=True):
        if not share:
            continue
        width = unit * share
        used = sum(c.height for c in col) + gap * max(0, len(col) - 1)
        if used > area.h:
            return None
        y = area.y + (area.h - used) / 2
        for card in col:
            shapes.extend(draw_card(card, x, y))
            placed[id(card)] = Box(x, y, card.width, card.height)
            y += card.height + gap
        x += width + gap
    if centre and model.centre and has_inner:
        shapes = _connectors(placed[id(centre[0])], [placed[id(c)] for c in inner]) + shapes
    return shapes


def _text_area(model: PosterModel) -> float:
    """The area every member's name takes at text size 1, on one line each: a lower bound on
    what the cards need (a card only adds to it), so sizes it rules out need no layout."""
    groups = ([model.centre] if model.centre else []) + model.groups
    ems = sum(sum(map(fonts.advance, m.name)) for g in groups for m in g.members)
    ems += sum(sum(map(fonts.advance, name)) for name, _ in model.stations)
    return ems / fonts.units_per_em() * LINE


def _connectors(centre: Box, cards: list[Box]) -> list[Shape]:
    """PART_OF lines from the centre card to each area council, across the column gap."""
    out: list[Shape] = []
    look = style.edge_style("PART_OF")
    for box in cards:
        left = box.x < centre.x
        x1 = centre.x if left else centre.x + centre.w
        x2 = box.x + box.w if left else box.x
        y2 = box.y + min(box.h / 2, 6.0)
        y1 = min(max(y2, centre.y + 3.0), centre.y + centre.h - 3.0)
        out.append(Line(x1, y1, x2, y2, look.color, 0.5))
    return out


def layout_main(model: PosterModel, area: Box, base: float) -> list[Shape]:
    """Shapes for the main area at the largest text size (mm, from `base` down) that fits."""
    sizes = [base * f for f in (1.5, 1.3, 1.15, 1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.5)]
    text_area = _text_area(model)
    for per_side in (1, 2, 3, 4):  # more, narrower columns for districts with many bodies
        for rows in MAX_ROWS:
            for size in sizes if rows is None else sizes[-1:]:
                shapes = _try(model, area, size, rows, per_side, text_area)
                if shapes is not None:
                    return shapes
    raise PosterError("the poster's groups do not fit on the page even cut down; choose a larger size")
