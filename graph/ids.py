"""Stable ids: the same label and canonical name give the same id on every load."""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The form of a name used for ids and matching: NFKC, no spaces at the ends.

    NFKC folds full-width letters, digits and brackets (（）→ ()) so that the same
    name typed two ways is one node.
    """
    return unicodedata.normalize("NFKC", name).strip()


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def node_id(label: str, name: str) -> str:
    """Id of a node, deterministic from its label and canonical name."""
    return f"{label.lower()}-{_digest(label, normalise_name(name))}"


def rel_id(rel_type: str, start: str, end: str, key: tuple[object, ...] = ()) -> str:
    """Id of a relationship, deterministic from its type, ends and key properties."""
    return f"{rel_type.lower()}-{_digest(rel_type, start, end, *map(str, key))}"
