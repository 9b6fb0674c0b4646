"""The short form of the load test (the full form: python benchmarks/load_test.py)."""

from __future__ import annotations

from benchmarks.load_test import run


def test_mixed_reads_under_load_have_no_errors_and_flat_memory() -> None:
    report = run(seconds=8, clients=32, warmup_s=3)
    print(report)  # p99 and throughput, for the CI log
    assert report.requests > 100
    assert report.errors == 0, report.statuses
    growth = report.rss_at_end_mb - report.rss_after_warmup_mb
    assert growth < max(25.0, 0.15 * report.rss_after_warmup_mb), report
