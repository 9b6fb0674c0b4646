"""Sentences with offsets into the original text.

Articles come from OCR'd newspaper pages whose lines break in the middle of words, so the
rules work on each sentence with all white space removed, and every position found there
maps back to the original text, where a source quote is cut as text[start:end].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A blank line ends a paragraph (headlines and captions stand alone on the page) unless the
# text before it stops on a comma, or its last line is running text (it holds a comma or a
# full stop: headlines and captions rarely do) that stops short of the end of a sentence.
_PARAGRAPH = re.compile(r"\n[ \t\u3000]*\n")
_SENTENCE_END = "。！？!?；;"
# A paragraph that stops on these has not ended: OCR pages break lines mid-sentence.
_OPEN_END = "，,、：:（(“"
_RUN = re.compile(r"\S+")
_END = re.compile(f"[{_SENTENCE_END}]")
_RUNNING = re.compile(r"[，,、。；;]")
_LONG_LINE = 40
# A line of a newspaper column: lines this long are body text, not a headline or a caption.
_COLUMN_LINE = 14
# Two runs of four or more Chinese characters side by side on one line, no punctuation,
# and a further line right below.
_TWO_PART_HEADLINE = re.compile(
    r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{4,}[ \u3000]+[\u4e00-\u9fff]{4,}[ \t\u3000]*$(?=\n[ \t\u3000]*\S)"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its squashed text and, per character, its offset in the original."""

    index: int
    text: str
    offsets: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the squashed range [start, end)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def split_sentences(text: str) -> list[Sentence]:
    """Cut the text into sentences at end punctuation and at paragraph breaks."""
    out: list[Sentence] = []
    pos = 0
    # The open sentence: its text (white space removed) and, per character, its offset.
    buf = ""
    offs: list[int] = []
    running = False
    meta = _meta_breaks(text)
    forced = {b[0] for b in meta}  # furniture ends a sentence whatever runs on around it
    breaks = sorted(
        [
            *((m.start(), m.end()) for m in _PARAGRAPH.finditer(text)),
            *_headline_breaks(text),
            *meta,
        ]
    )
    boundary_forced = False  # the break before this segment ends a line of furniture
    for para in [*breaks, None]:
        stop = para[0] if para else len(text)
        if buf and (boundary_forced or (buf[-1] not in _OPEN_END and not running)):
            _add(out, buf, offs)
            buf, offs = "", []
        runs = list(_RUN.finditer(text, pos, stop))
        if runs:
            # The paragraph's runs join the open sentence; every end mark in them closes one.
            seen = len(buf)
            buf += "".join(r.group() for r in runs)
            for r in runs:
                offs.extend(range(r.start(), r.end()))
            at = 0
            for end in _END.finditer(buf, seen):
                _add(out, buf[at : end.end()], offs[at : end.end()])
                at = end.end()
            if at:
                buf, offs = buf[at:], offs[at:]
        running = _running(text, pos, stop)
        boundary_forced = para is not None and para[0] in forced
        pos = para[1] if para else stop
    _add(out, buf, offs)
    return out


# A web page's furniture stands on lines of its own: the source, author and date lines, a bare
# date and time, a photo caption ("…现场(王博 摄)"), a caption's credit ("…揭牌。新华网发"). Each
# is a sentence apart, and so is the headline above it. Lines are tested one by one, from their
# ends, which is cheap: a pattern scanning each line from its start is not.
_META_START = re.compile(
    r"[ \t\u3000]*(?:"
    r"(?:(?:本文|文章|新闻|资讯)?来源|稿源|作者|发布(?:时间|日期)|日期|编辑|责任编辑|供稿|摄影|通讯员|阅读数|点击数)"
    r"[ \t\u3000]*[:：]"
    r"|\d{1,4}[./\-年]\d{1,2}[./\-月]\d{1,4}日?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*$)"
)
_META_END = re.compile(
    r"(?:[(（][^()（）]{1,12}摄[)）]|[。！？][ \t\u3000]*[\u4e00-\u9fff]{2,6}(?:网|社|报)(?:发|供图))"
    r"[ \t\u3000]*$"
)
# The characters such lines start and end with: most lines are tested no further.
_HEAD_CANDIDATE = re.compile(r"(?m)^(?=[ \t\u3000]*[本文新资来稿作发日编责供摄通阅点\d])")
_TAIL_CANDIDATE = re.compile(r"(?m)[)）发图][ \t\u3000]*$")


# The same furniture written on the headline's own line ("…联建共建活动 日期:[2021/4/14] 作者:[X]").
_INLINE_WORDS = ("日期", "作者", "来源", "发布时间", "发布日期", "阅读数", "点击数", "浏览次数")
_HEAD_LENGTH = 400
_META_INLINE = re.compile(rf"[ \t\u3000]+(?=(?:{'|'.join(_INLINE_WORDS)})[:：])")


def _meta_breaks(text: str) -> list[tuple[int, int]]:
    out = []
    # Candidate lines only: those that start or end with what such a line starts or ends with.
    starts = {m.start() for m in _HEAD_CANDIDATE.finditer(text)}
    starts |= {text.rfind("\n", 0, m.start()) + 1 for m in _TAIL_CANDIDATE.finditer(text)}
    for start in sorted(starts):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        body = text[start:end]
        if _META_START.match(body) or _META_END.search(body[-24:]):
            out += [(start, start), (end, end)]
    # Only the page's head carries furniture on the headline's line.
    out += [(m.start(), m.start()) for m in _META_INLINE.finditer(text, 0, _HEAD_LENGTH)]
    return out


def _headline_breaks(text: str) -> list[tuple[int, int]]:
    """A two-part headline ("学习借鉴先进经验 推进社区治理创新") ends where its line ends,
    even when the next line follows without a blank line: its words are no part of the
    next line's name ("…创新" ‖ "街道中心组开展…")."""
    return [(m.end(), m.end()) for m in _TWO_PART_HEADLINE.finditer(text)]


def _running(text: str, pos: int, stop: int) -> bool:
    """Whether the paragraph text[pos:stop] breaks off in running text ("…党委等 12" ‖ "家单位…")."""
    para = text[pos:stop].strip()
    last = para[para.rfind("\n") + 1 :]
    # A headline is one short line, even with a comma in it ("体验行业初心，做新时代答卷人").
    if (
        len(last) != len(para)
        and len(last.strip()) >= _COLUMN_LINE
        and last.rstrip()[-1] not in _SENTENCE_END
    ):
        return True  # a full column line under a headline runs on ("…经济贸" ‖ "易委员会通过…")
    return (len(last) != len(para) or len(para) >= _LONG_LINE) and _RUNNING.search(last) is not None


def _add(out: list[Sentence], sentence: str, offs: list[int]) -> None:
    # Lone page furniture (a stray bracket, a page number) is not a sentence.
    if len(offs) >= 2:
        out.append(Sentence(len(out), sentence, tuple(offs)))
