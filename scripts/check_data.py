"""Check the curated dataset: parse, merge and verify every quote; print counts.

Usage: python scripts/check_data.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from graph.errors import DangjianError
from loaders.datafiles import load_dataset


def main() -> int:
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "data")
    try:
        graph = load_dataset(data_dir)
    except DangjianError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{len(graph.nodes)} nodes, {len(graph.relationships)} relationships")
    for label, count in sorted(Counter(n.label for n in graph.nodes).items()):
        print(f"  {label:<10} {count}")
    for rel_type, count in sorted(Counter(r.type for r in graph.relationships).items()):
        print(f"  {rel_type:<16} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
