"""The text the rules read. Articles in Traditional characters: the rules, the dictionary and
the graph's names are Simplified, so such an article is read in Simplified characters; printed
readings ("區(qū)") and a report's dateline are blanked out. Each character maps to one, so every
offset (and so every quote, cut from the original text) stays where it was."""

from __future__ import annotations

import re
from functools import lru_cache
from operator import ne

import opencc

# A Simplified article holds almost no character OpenCC converts; a Traditional one holds
# many (黨, 區, 會, 為 …). A few converted characters may be variants a Simplified text uses
# in names (於 as a surname): below this share the text is left as it is.
_TRADITIONAL_SHARE = 0.02


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# Some sites print a character's reading after it ("區(qū)域", "引領(lǐng)"): pinyin with a tone
# mark in brackets, right after a Chinese character.
_READING = re.compile(
    r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*(?:\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*\)"
)


# A news report's dateline and byline ("本报讯(记者 王聪)", "新华网广州9月9日电(李庆招)"): who
# reports, not what is reported.
_DATELINE = re.compile(r"(?:日电|讯)\s*[(（][^)）\n]{0,40}[)）]")
# Where a dateline starts: the run of characters before 讯/日电 ("新华网广州9月9日电").
_DATELINE_HEAD = re.compile(r"[^\s，,。；;：:“”]{0,20}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Characters a Traditional text can hardly do without (們, 這, 會, 黨, 區 …): a quick test
# before converting the whole text.
_TRADITIONAL_HINT = re.compile(
    "[們這個為會區黨與國發來時說開業東過動後長問學實應經機進從現華陽裡單門見體關點]"
)


def readable(text: str) -> str:
    """The text the rules read: in Simplified characters, without printed readings and
    datelines (blanked out, as white space is, so that every offset stays where it was)."""
    text = simplified(text)
    if "(" not in text and "（" not in text:
        return text
    text = _READING.sub(lambda m: " " * len(m.group()), text)
    if "讯" not in text and "日电" not in text:
        return text
    for line in _DATELINE.finditer(text):
        head = _DATELINE_HEAD.search(text, max(0, line.start() - 20), line.start())
        start = head.start() if head else line.start()
        text = text[:start] + " " * (line.end() - start) + text[line.end() :]
    return text


def simplified(text: str) -> str:
    """The text in Simplified characters, of the same length, when it is written in Traditional
    ones; else the text itself."""
    if not _TRADITIONAL_HINT.search(text):
        return text  # most articles: no character only Traditional text writes
    whole = _converter().convert(text)
    if whole == text:
        return text
    han = len(_HAN.findall(text))
    changed = sum(map(ne, text, whole))
    if not han or changed < max(3, _TRADITIONAL_SHARE * han):
        return text
    if len(whole) == len(text):
        return whole
    # A phrase converted to another length (rare): convert character by character instead.
    return "".join(_one(c) for c in text)


@lru_cache(maxsize=4096)
def _one(char: str) -> str:
    out = _converter().convert(char)
    return out if len(out) == 1 else char
