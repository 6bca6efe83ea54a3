"""Door scans and attendance counts at scale.

- a door scan (find the badge, check the desk state and the person's last scan, commit
  with synchronous=FULL): p95 under 30 ms with 50,000 participants;
- every count (check-ins, per agenda item by category and country, inside, per place)
  over 200,000 records: under 200 ms.

Run: scripts/test tests/benchmarks -s
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.doors.attendance import IN, OUT, attendance, door_items, scan
from desk.doors.tally import Tally
from desk.events.event import Event, default_event
from desk.people.participants import counts
from desk.storage.db import Database, bulk_insert
from desk.storage.models import Participant, Record, new_id
from tests.factory import Factory

RECORDS = 200_000


@pytest.fixture(scope="module")
def busy_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """50,000 participants, 45,000 of them checked in, and door scans at every agenda item
    until there are 200,000 records (entries, exits, World Café tables, two buses)."""
    event: Event = default_event()
    db = Database(tmp_path_factory.mktemp("busy") / "busy.sqlite3")
    db.bind_event(event.id)
    Factory(event).add(db, 50_000, seed=52)
    rng = random.Random(52)
    with db.read() as session:
        ids = list(session.scalars(select(Participant.id)))
    checked = rng.sample(ids, 45_000)
    start = datetime(2022, 5, 23, 13, 0, tzinfo=UTC)
    rows: list[tuple[object, ...]] = []

    def add(kind: str, pid: str, at: datetime, item=None, direction=None, place=None):  # type: ignore[no-untyped-def]
        rows.append((new_id(), kind, pid, at, db.desk_id, "bench", item, direction, place))

    for n, pid in enumerate(checked):
        add("checkin", pid, start + timedelta(seconds=n // 10))
    items = door_items(event)
    rounds = 0
    while len(rows) < RECORDS:
        item = rng.choice(items)
        rounds += 1
        when = item.starts_at(event.tz) + timedelta(seconds=rounds)
        place = None
        if item.tables:
            place = rng.choice(item.tables).id
        elif item.places:
            place = rng.choice(("Bus 1", "Bus 2"))
        for pid in rng.sample(checked, 2_000):
            add("door", pid, when, item.id, IN, place)
            if rng.random() < 0.4:
                add("door", pid, when + timedelta(minutes=30), item.id, OUT, place)
    columns = (
        "id",
        "kind",
        "participant_id",
        "at",
        "desk_id",
        "operator",
        "item_id",
        "direction",
        "place",
    )
    with db.engine.execution_options(desk_write=True).begin() as conn:
        bulk_insert(conn, Record.__table__, columns, rows[:RECORDS])
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Record)) == RECORDS
    return db


def test_all_counts_over_200000_records(benchmark, busy_db: Database) -> None:  # type: ignore[no-untyped-def]
    """What a screen pays to refresh its counts: a Tally reads only new records."""
    event = default_event()
    tally = Tally(event)
    t0 = time.perf_counter()
    with busy_db.read() as session:
        first = tally.update(session)
    cold = time.perf_counter() - t0
    with busy_db.read() as session:
        t0 = time.perf_counter()
        counts(session)
        attendance(session, event)
        from_scratch = time.perf_counter() - t0
    with busy_db.read() as session:
        assert first.counts == counts(session)
        assert first.items == attendance(session, event)
    with busy_db.read() as session:
        codes = list(session.scalars(select(Participant.code).limit(1000)))
    batches = iter([codes[i : i + 100] for i in range(0, 1000, 100)])
    now = datetime(2022, 5, 23, 18, 0, tzinfo=UTC)  # 12:00 in San Salvador: lunch

    def hundred_scans() -> None:  # another door's scans: not timed
        with busy_db.write() as session:
            for code in next(batches):
                scan(
                    session,
                    event,
                    "d1-lunch",
                    code,
                    desk_id=busy_db.desk_id,
                    operator="bench",
                    now=now,
                )

    def refresh() -> None:
        with busy_db.read() as session:
            tally.update(session)

    benchmark.pedantic(refresh, rounds=10, iterations=1, setup=hundred_scans)
    with busy_db.read() as session:
        last = tally.update(session)
        assert last.items == attendance(session, event)
    t0 = time.perf_counter()
    with busy_db.read() as session:
        tally.update(session)
    idle = time.perf_counter() - t0
    print(
        f"\ncounts over {last.records:,} records: refresh after 100 new scans "
        f"mean {benchmark.stats.stats.mean * 1000:.1f} ms, max "
        f"{benchmark.stats.stats.max * 1000:.1f} ms; refresh with nothing new {idle * 1000:.1f} ms;"
        f" first read {cold * 1000:.0f} ms; SQL from scratch {from_scratch * 1000:.0f} ms"
    )
    assert benchmark.stats.stats.max < 0.200


def test_door_scan_p95_on_50000(benchmark, busy_db: Database) -> None:  # type: ignore[no-untyped-def]
    event = default_event()
    with busy_db.read() as session:
        codes = list(session.scalars(select(Participant.code).limit(1200)))
    batches = iter([codes[i : i + 100] for i in range(0, 1200, 100)])
    now = datetime(2022, 5, 23, 16, 0, tzinfo=UTC)  # 10:00 in San Salvador: during an item
    timings: list[float] = []

    def scan_batch() -> None:
        for code in next(batches):
            t0 = time.perf_counter()
            with busy_db.write() as session:
                result = scan(
                    session,
                    event,
                    "d1-linkage",
                    code,
                    desk_id=busy_db.desk_id,
                    operator="bench",
                    now=now,
                )
            timings.append(time.perf_counter() - t0)
            assert result.recorded or result.outcome.value == "already_inside"

    scan_batch()
    timings.clear()
    benchmark.pedantic(scan_batch, rounds=10, iterations=1)
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(
        f"\ndoor scan on 50,000 / {RECORDS:,} records: p50 "
        f"{statistics.median(timings) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {max(timings) * 1000:.1f} ms over {len(timings)} scans"
    )
    assert p95 < 0.030
