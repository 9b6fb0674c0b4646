"""Load curated data files into a store: check everything first, then write in one go."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.model import GraphData
from graph.store import GraphStore, Progress, WriteResult
from loaders.datafiles import load_dataset, load_files


@dataclass
class LoadReport:
    graph: GraphData
    written: WriteResult


def load_into(
    store: GraphStore,
    source: Path | list[Path],
    *,
    batch_size: int = 1000,
    progress: Progress | None = None,
    corpus_dir: Path | None = None,
) -> LoadReport:
    """Load a dataset folder (facts/ + corpus/) or a list of data files into the store.

    Every file is parsed and checked before the first write, and the write is one
    transaction, so a bad file leaves the store as it was.
    """
    if isinstance(source, Path):
        graph = load_dataset(source)
    else:
        if corpus_dir is None:
            raise ValueError("loading single files needs the corpus folder")
        graph = load_files(source, corpus_dir)
    store.ensure_schema()
    written = store.write_graph(graph, batch_size=batch_size, progress=progress)
    return LoadReport(graph=graph, written=written)
