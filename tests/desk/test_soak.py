"""A reduced long-day soak (the full 10,000 records run in tests/benchmarks)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.soak.soak import soak

RECORDS = int(os.environ.get("DESK_SOAK_RECORDS", "600"))


@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL and /proc are Linux")
def test_a_killed_writer_loses_nothing_and_stays_small(tmp_path: Path) -> None:
    result = soak(tmp_path, RECORDS, people=500)
    assert result.integrity == []
    assert result.lost == set()  # nothing committed is lost
    assert result.records >= len(result.committed)
    assert result.kills >= 2
    assert max(result.wal_bytes) < 64 * 1024 * 1024  # checkpoints happen
