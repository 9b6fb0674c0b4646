"""Dates: the article's own date, and dates in a sentence resolved against it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_FULL = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_RELATIVE = {"今年": 0, "本年": 0, "明年": 1, "去年": -1, "来年": 1}
# A masthead date sits at the top of the page; further down a full date is an event's.
_HEAD = 400


@dataclass(frozen=True)
class ArticleDate:
    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, iso: str | None) -> ArticleDate:
        if not iso:
            return cls(None)
        parts = [int(p) for p in iso.split("-")]
        return cls(*parts)  # type: ignore[arg-type]


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def detect_article_date(squashed: str) -> ArticleDate:
    """A masthead date if there is one, else the latest full date, else the year the text
    names most often (an article looks back on the past year and ahead to the next)."""
    head = _FULL.search(squashed[:_HEAD])
    if head and _valid(int(head[2]), int(head[3])):
        return ArticleDate(int(head[1]), int(head[2]), int(head[3]))
    fulls = [(int(y), int(m), int(d)) for y, m, d in _FULL.findall(squashed) if _valid(int(m), int(d))]
    years = Counter(int(y) for y in _YEAR.findall(squashed))
    if fulls:
        return ArticleDate(*max(fulls))
    if not years:
        return ArticleDate(None)
    year = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]
    # "6月29日" with no year near it in the text happened in the article's year.
    md = _MONTH_DAY.search(squashed)
    if md and _valid(int(md[1]), int(md[2])):
        return ArticleDate(year, int(md[1]), int(md[2]))
    return ArticleDate(year)


def resolve_date(sentence: str, article: ArticleDate) -> str | None:
    """The date a sentence states, as ISO, resolved against the article's date."""
    if "月" not in sentence:
        year = resolve_year(sentence, article)  # no month, no day: the year is all it states
        return f"{year:04d}" if year is not None else None
    full = _FULL.search(sentence)
    if full and _valid(int(full[2]), int(full[3])):
        return f"{int(full[1]):04d}-{int(full[2]):02d}-{int(full[3]):02d}"
    md = _MONTH_DAY.search(sentence)
    year = resolve_year(sentence, article)
    if md and year is not None and _valid(int(md[1]), int(md[2])):
        month, day = int(md[1]), int(md[2])
        if not _YEAR.search(sentence) and article.month and (month, day) > (article.month, article.day or 31):
            # A day later in the year than the article itself was last year's.
            year -= 1
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}" if year is not None else None


def resolve_year(sentence: str, article: ArticleDate) -> int | None:
    """The year a sentence is about: an explicit year, 今年/明年/去年, or the article's."""
    explicit = _YEAR.search(sentence)
    if explicit:
        return int(explicit[1])
    if article.year is not None:
        for word, delta in _RELATIVE.items():
            if word in sentence:
                return article.year + delta
    return article.year
