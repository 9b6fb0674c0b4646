"""Linking names to what the graph already holds, so a known unit is not created twice."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.ids import normalise_name
from graph.model import GraphData

# Short names and aliases ("静安", "区委") occur inside other words too often to be found
# by scanning; they still link a name the rules found whole.
_MIN_SCAN = 4
# Latin acronyms ("SMG") are the exception: set off from the Chinese around them, they are
# found wherever they stand alone (not inside a longer Latin word).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


@dataclass(frozen=True)
class Known:
    """An existing node: its label and canonical name fix its id."""

    label: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    """Names and aliases of existing nodes, NFKC-normalised, by label."""

    entries: list[Known] = field(default_factory=list)
    _by_name: dict[str, list[Known]] = field(default_factory=dict, init=False, repr=False)
    _scan: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _acronyms: re.Pattern[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        for known in self.entries:
            for n in (known.name, *known.aliases):
                self._by_name.setdefault(_key(n), []).append(known)
        names = sorted((n for n in self._by_name if len(n) >= _MIN_SCAN), key=len, reverse=True)
        self._scan = re.compile("|".join(map(re.escape, names))) if names else None
        short = sorted((n for n in self._by_name if len(n) < _MIN_SCAN and _ACRONYM.fullmatch(n)), key=len)
        if short:
            alts = "|".join(map(re.escape, reversed(short)))
            self._acronyms = re.compile(f"(?<![A-Za-z0-9])(?:{alts})(?![A-Za-z0-9])")

    @classmethod
    def from_graph(cls, graph: GraphData) -> Gazetteer:
        return cls([Known(n.label, n.name, tuple(n.aliases)) for n in graph.nodes if n.label != "Document"])

    def by_label(self) -> dict[str, list[Known]]:
        out: dict[str, list[Known]] = {}
        for k in self.entries:
            out.setdefault(k.label, []).append(k)
        return out

    def lookup(self, name: str, label: str | None = None) -> Known | None:
        """The existing node a name or alias denotes; the given label is preferred."""
        if not self._by_name:
            return None  # nothing known (an article extracted on its own)
        found = self._by_name.get(_key(name), [])
        for known in found:
            if known.label == label:
                return known
        return found[0] if len(found) == 1 or (found and label is None) else None

    def scan(self, squashed: str) -> list[tuple[int, int, Known]]:
        """Every known name or alias of some length written in a sentence."""
        if self._scan is None and self._acronyms is None:
            return []
        key = _key(squashed)
        out = []
        for pattern in (self._scan, self._acronyms):
            if pattern is None:
                continue
            for m in pattern.finditer(key):
                known = self._by_name[m.group()]
                if len(known) == 1:
                    out.append((m.start(), m.end(), known[0]))
        return out

    def __len__(self) -> int:
        return len(self.entries)


def _key(name: str) -> str:
    # Names are compared without white space, as OCR breaks them across lines.
    return "".join(normalise_name(name).split())
