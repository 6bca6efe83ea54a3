"""The long-day soak: a writer making check-ins and door scans, with exports and backups,
killed with SIGKILL at random moments and started again, until it has made N records.

Used by tests/desk/test_soak.py (reduced, in CI) and tests/benchmarks/test_soak_bench.py
(10,000 records)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from desk.events.event import default_event
from desk.storage.db import Database
from desk.storage.models import Record
from tests.factory import Factory

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class SoakResult:
    committed: set[str] = field(default_factory=set)  # record ids the writer reported
    kills: int = 0
    rss_kib: list[int] = field(default_factory=list)  # the writer's memory, in order
    wal_bytes: list[int] = field(default_factory=list)
    exports: int = 0
    backups: int = 0
    lost: set[str] = field(default_factory=set)
    records: int = 0
    integrity: list[str] = field(default_factory=list)
    seconds: float = 0.0


def soak(
    folder: Path,
    records: int,
    *,
    people: int = 2_000,
    seed: int = 7,
    life: tuple[float, float] = (1.0, 4.0),
    min_kills: int = 2,
) -> SoakResult:
    """``life``: how long (seconds, at random between the two) the writer runs before it
    is killed."""
    event = default_event()
    db_path = folder / "soak.sqlite3"
    db = Database(db_path, desk_name="Soak desk")
    db.bind_event(event.id)
    Factory(event).add(db, people, seed=seed)
    db.close()
    rng = random.Random(seed)
    result = SoakResult()
    started = time.monotonic()
    run = 0
    # At least ``min_kills`` lives: a fast machine may make every record in the first.
    while len(result.committed) < records or result.kills < min_kills:
        run += 1
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.soak.soak_child", str(db_path), str(folder), str(run)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(rng.uniform(*life))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
        if child.returncode != -signal.SIGKILL:
            raise RuntimeError(f"the writer stopped by itself: {err[-2000:]}")
        result.kills += 1
        for line in out.splitlines():
            kind, _, value = line.partition(" ")
            if kind == "committed":
                result.committed.add(value)
            elif kind == "rss":
                result.rss_kib.append(int(value))
            elif kind == "wal":
                result.wal_bytes.append(int(value))
            elif kind == "export":
                result.exports += 1
            elif kind == "backup":
                result.backups += 1
    result.seconds = time.monotonic() - started
    db = Database(db_path)
    try:
        result.integrity = db.integrity_check()
        with db.read() as session:
            result.records = session.scalar(select(func.count()).select_from(Record)) or 0
            present = set(session.scalars(select(Record.id)))
        result.lost = result.committed - present
    finally:
        db.close()
    if os.path.exists(db_path.with_name(db_path.name + "-wal")):
        result.wal_bytes.append(os.path.getsize(db_path.with_name(db_path.name + "-wal")))
    return result
