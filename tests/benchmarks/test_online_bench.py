"""Online attendance at scale: a whole day's Zoom report of a big hybrid forum.

5,000 participants, 2,000 of them online with rejoins (6,000 connections), and 300
nobody can name. Measured in the same run against floors:

- import (read, match, store, one transaction) vs the floor: the same CSV read with the
  csv module and its rows inserted with one ``executemany`` into the same kind of file;
- the counts per agenda item with online presence vs the same counts before the import.

Run: scripts/test tests/benchmarks/test_online_bench.py -s
"""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desk.actions.online import import_online
from desk.doors.attendance import attendance
from desk.events.event import default_event
from desk.storage.db import Database
from desk.storage.models import Participant
from tests.factory import Factory
from tests.online_files import Conn, zoom_meeting

PEOPLE = 5_000
ONLINE = 2_000
STRANGERS = 300


def best(run, times: int = 3) -> float:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        out.append(time.perf_counter() - start)
    return min(out)


def test_import_and_counts_near_their_floors(tmp_path: Path) -> None:
    event = default_event()
    db = Database(tmp_path / "desk.sqlite3")
    db.bind_event(event.id)
    Factory(event).add(db, PEOPLE, seed=14)
    with db.read() as session:
        people = session.execute(
            select(Participant.given_name, Participant.family_name, Participant.email)
        ).all()
    rng = random.Random(14)
    rows = []
    for given, family, email in rng.sample(people, ONLINE):
        start = datetime(2022, 5, 23, 8, 50) + timedelta(minutes=rng.randrange(60))
        for _ in range(3):  # connected, dropped, back
            end = start + timedelta(minutes=rng.randrange(20, 120))
            rows.append(Conn(f"{given} {family}", email if rng.random() < 0.7 else "", start, end))
            start = end + timedelta(minutes=rng.randrange(0, 10))
    for n in range(STRANGERS):
        rows.append(
            Conn(f"Usuario de Zoom {n}", "", datetime(2022, 5, 23, 9), datetime(2022, 5, 23, 11))
        )
    report = zoom_meeting(tmp_path / "zoom.csv", rows, date_style="dmy")

    before = best(lambda: attendance_of(db, event))
    start = time.perf_counter()
    done = import_online(db, event, report, operator="bench")
    took = time.perf_counter() - start
    after = best(lambda: attendance_of(db, event))
    floor = best(lambda: floor_import(report, tmp_path / "floor.sqlite3"))
    print(
        f"\nimport of {len(rows):,} connections: {took * 1000:.0f} ms, floor {floor * 1000:.0f} ms"
        f" ({took / floor:.1f}×); matched {done.matched:,}, to review {done.unmatched:,}"
        f"\ncounts per item: {before * 1000:.0f} ms before the import, {after * 1000:.0f} ms"
        f" after ({after / before:.1f}×)"
    )
    assert done.intervals == len(rows)
    assert done.unmatched >= STRANGERS
    assert took < 25 * floor + 1.0
    assert after < 10 * before + 0.5


def attendance_of(db: Database, event) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        attendance(session, event)


def floor_import(path: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (a, b, c, d, e, f)")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        body = list(csv.reader(handle))[4:]
    with con:
        con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", body)
    con.close()
