"""Reading text files whose encoding is detected, not assumed."""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from graph.errors import DataFileError

# Encodings the articles and data files come in, tried in this order. UTF-8 is strict,
# so a GB18030 file never passes as UTF-8; GB18030 is a superset of GBK and GB2312; Big5
# is how Traditional-character pages are saved in Taiwan and Hong Kong.
_ENCODINGS = ("utf-8", "gb18030", "big5")


def decode_bytes(raw: bytes, name: str) -> str:
    """Decode file content, detecting UTF-8 (with or without BOM), GB18030/GBK or Big5."""
    if not raw.strip():
        raise DataFileError(name, None, None, "the file is empty")
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
        return _decode(raw, "utf-8", name)
    if b"\x00" in raw[:4096] or raw.startswith((b"PK\x03\x04", b"\x89PNG", b"%PDF", b"\x1f\x8b")):
        raise DataFileError(name, None, None, "this is a binary file (or an archive), not text")
    errors: dict[str, UnicodeDecodeError] = {}
    texts: dict[str, str] = {}
    for enc in _ENCODINGS:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            errors[enc] = exc
            continue
        if _looks_like_text(text):
            if enc == "utf-8":
                return text
            texts[enc] = text
    if len(texts) > 1:
        # Bytes valid in both double-byte encodings: the one whose characters read as
        # Chinese text (charset-normalizer's character statistics).
        best = from_bytes(raw, cp_isolation=list(texts)).best()
        return texts.get(best.encoding if best else "", texts["gb18030"])
    if texts:
        return next(iter(texts.values()))
    exc = errors.get("utf-8")
    line = raw[: exc.start].count(b"\n") + 1 if exc else None
    raise DataFileError(name, line, None, "the text is neither valid UTF-8 nor GB18030/GBK nor Big5")


def _decode(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataFileError(name, line, None, f"the text is not valid {encoding}") from None


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls <= max(2, len(text) // 1000)


MAX_FILE_BYTES = 50 * 1024 * 1024  # far above any article or data file; refuses a flood


def read_text(path: Path) -> str:
    """Read a text file, detecting its encoding; errors name the file and line."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataFileError(
                str(path),
                None,
                None,
                f"the file is {size // 2**20} MiB; at most {MAX_FILE_BYTES // 2**20} MiB",
            )
        if not path.is_file():
            raise DataFileError(str(path), None, None, "not a regular file")
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError(str(path), None, None, f"cannot read the file: {exc.strerror}") from None
    return decode_bytes(raw, str(path))


def squash(text: str) -> str:
    """Text with all white space removed: how quotes are matched against OCR'd articles,
    whose lines break in the middle of words."""
    return "".join(text.split())
