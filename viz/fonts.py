"""The CJK font the product brings along (Noto Sans CJK SC, SIL OFL 1.1, from the
`noto-cjk-sans-otc` wheel): where it is, how wide text set in it is, and subsets of it.

Nothing is fetched at run time and no system font is consulted, so a machine without any
Chinese font prints the same poster.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

FAMILY = "Noto Sans CJK SC"
# Used where the page may fall back to installed fonts (the embedded subset comes first).
CSS_STACK = (
    '"DangjianCJK", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
    '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Heiti SC", sans-serif'
)
ASCENT = 0.88  # of the font size, above the baseline (the font's typo metrics)
DESCENT = 0.12


@cache
def font_path() -> Path:
    import noto_cjk_sans_otc  # the font wheel; imported here so the page can do without it

    return Path(str(noto_cjk_sans_otc.FONT_PATH))


@cache
def face_index() -> int:
    """The Simplified Chinese face of the collection (JP, KR, SC, TC … share one file)."""
    collection = TTCollection(str(font_path()), lazy=True)
    for i, face in enumerate(collection.fonts):
        if face["name"].getDebugName(1) == FAMILY:
            return i
    raise RuntimeError(f"{FAMILY} is not in {font_path()}")


@cache
def _face() -> TTFont:
    return TTFont(str(font_path()), fontNumber=face_index(), lazy=True)


@cache
def _metrics() -> tuple[dict[int, str], dict[str, tuple[int, int]], int]:
    face = _face()
    return face.getBestCmap(), face["hmtx"].metrics, face["head"].unitsPerEm


@cache
def advance(ch: str) -> int:
    """Advance width of one character in font units (posters measure millions of them)."""
    cmap, hmtx, _ = _metrics()
    return hmtx.get(cmap.get(ord(ch), ".notdef"), hmtx[".notdef"])[0]


def units_per_em() -> int:
    return _metrics()[2]


def text_width(text: str, size: float) -> float:
    """Advance width of `text` at `size` (same unit out as in: pt, mm or px)."""
    return sum(map(advance, text)) * size / units_per_em()


def has_glyph(ch: str) -> bool:
    return ord(ch) in _metrics()[0]


def subset_font(text: str) -> bytes:
    """An OpenType (CFF) font holding just the glyphs of `text`, for SVG and the page."""
    options = subset.Options()
    options.layout_features = ["kern", "liga", "vert", "locl"]
    options.hinting = False
    options.name_IDs = ["*"]  # keep the licence and copyright records (OFL asks for them)
    options.notdef_outline = True
    font = TTFont(str(font_path()), fontNumber=face_index(), lazy=False, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()
