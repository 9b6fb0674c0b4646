"""Extraction speed: all seed articles, many times, on one core; prints articles/second."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from loaders.extract import extract_text
from loaders.extract.entities import cut_words
from loaders.textfile import read_text

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def main(rounds: int = 20) -> None:
    texts = [(p.name, read_text(p)) for p in sorted(CORPUS.glob("*.txt"))]
    extract_text(texts[0][1], document_name=texts[0][0])  # load jieba's dictionary first
    start, cpu_start = time.perf_counter(), time.process_time()
    per_round = []  # CPU seconds of each round over all the articles
    for _ in range(rounds):
        # Each round reads the articles as new: no cached word cuts from the round before.
        cut_words.cache_clear()
        round_start = time.process_time()
        for name, text in texts:
            extract_text(text, document_name=name)
        per_round.append(time.process_time() - round_start)
    elapsed = time.perf_counter() - start
    # CPU time of this process: what one core delivers when the machine is shared.
    cpu = time.process_time() - cpu_start
    n = rounds * len(texts)
    chars = rounds * sum(len(t) for _, t in texts)
    rate, kchars = n / elapsed, chars / elapsed / 1000
    print(f"{n} articles in {elapsed:.2f}s: {rate:.1f} articles/s ({kchars:.0f}k chars/s)")
    print(f"CPU time {cpu:.2f}s: {n / cpu:.1f} articles per CPU-second")
    # A shared machine slows some rounds down; the median round says what one core does.
    rates = sorted(len(texts) / r for r in per_round)
    median, fastest = statistics.median(rates), rates[-1]
    print(f"per round: median {median:.1f}, fastest {fastest:.1f} articles per CPU-second")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
