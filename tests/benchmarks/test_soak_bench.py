"""The full long-day soak: 10,000 check-ins and door scans, exports and backups, the writer
killed with SIGKILL now and then.

Run: scripts/test tests/benchmarks/test_soak_bench.py -s
"""

from __future__ import annotations

import statistics
from pathlib import Path

from tests.soak.soak import soak


def test_soak_10000(tmp_path: Path) -> None:
    result = soak(tmp_path, 10_000, people=5_000, life=(5.0, 20.0))
    rss = result.rss_kib
    half = len(rss) // 2
    print(
        f"\nsoak: {len(result.committed):,} records reported committed, {len(result.lost)} lost,"
        f" {result.records:,} in the database, {result.kills} kills, {result.exports} exports,"
        f" {result.backups} backups in {result.seconds:.0f} s; WAL max "
        f"{max(result.wal_bytes) / 1e6:.1f} MB; writer RSS median "
        f"{statistics.median(rss) / 1024:.0f} MB (first half "
        f"{statistics.median(rss[:half]) / 1024:.0f}, second half"
        f" {statistics.median(rss[half:]) / 1024:.0f}, max {max(rss) / 1024:.0f})"
    )
    assert result.integrity == [] and result.lost == set()
    assert max(result.wal_bytes) < 64 * 1024 * 1024
    assert statistics.median(rss[half:]) < statistics.median(rss[:half]) + 30 * 1024
