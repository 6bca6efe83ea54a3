"""Kill a writer with SIGKILL at random moments: nothing committed is lost, nothing is half
imported, and SQLite's integrity check passes every time."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.storage.db import Database
from desk.storage.models import Participant
from tests.desk.crash_child import ROWS

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("DESK_CRASH_KILLS", "50"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_imports_loses_nothing_committed(tmp_path: Path) -> None:
    db_path = tmp_path / "crash.sqlite3"
    rng = random.Random(2022)
    reported: set[tuple[str, int]] = set()
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.desk.crash_child", str(db_path), str(run)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(rng.uniform(0.4, 1.6))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err
        for line in out.splitlines():
            m = re.fullmatch(r"committed (\d+) (\d+)", line)
            assert m, line
            reported.add((m[1], int(m[2])))

        db = Database(db_path)
        try:
            assert db.integrity_check() == []
            with db.read() as session:
                emails = session.scalars(select(Participant.email)).all()
        finally:
            db.close()
        batches = Counter(tuple(e.split("@")[0].split("-")[1:3]) for e in emails)
        # Nothing half imported: every batch is whole.
        assert all(n == ROWS for n in batches.values()), batches
        # Every import the child reported committed is there.
        for run_id, batch in reported:
            assert batches[(run_id, str(batch))] == ROWS, (run_id, batch)
    assert len(reported) > KILLS // 2  # the kills did land among commits
