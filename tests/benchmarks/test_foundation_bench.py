"""Performance budget (DESIGN.md §8) for the foundation: import and search at 50,000.

Run: scripts/test tests/benchmarks  (not part of the default run)
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from desk.db import Database
from desk.event import default_event
from desk.importing import import_participants
from desk.search import search

QUERIES = (
    "hernandez",
    "nunez",
    "maria jose",
    "pena",
    "ibanez",
    "canada",
    "mexico",
    "gmail",
    "rree",
    "a",
    "m",
    "jo",
    "ram",
    "cancilleria",
    "de la",
    "orellana z",
    "zzz",
    "salvador",
    "lara",
    "asociacion de salvadorenos",
    "jose luis hernandez",
    "quinonez",
    "guatemala",
    "oim",
)


def test_import_50000_rows(benchmark, big_list: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event = default_event()
    runs = iter(range(100))

    def setup():  # type: ignore[no-untyped-def]
        db = Database(tmp_path / f"imp{next(runs)}.sqlite3")
        db.bind_event(event.id)
        return (db,), {}

    def run(db: Database) -> None:
        with db.write() as session:
            report = import_participants(session, event, big_list, desk_id=db.desk_id)
        assert report.created == 50_000
        db.close()

    benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    assert benchmark.stats.stats.max < 5.0


def test_search_p95_on_50000(benchmark, big_db: Database) -> None:  # type: ignore[no-untyped-def]
    timings: list[float] = []
    event = default_event()

    def run_all() -> None:
        with big_db.read() as session:
            for q in QUERIES:
                start = time.perf_counter()
                search(session, event, q, limit=100)
                timings.append(time.perf_counter() - start)

    benchmark.pedantic(run_all, rounds=5, iterations=1)
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(
        f"\nsearch on 50,000: p50 {statistics.median(timings) * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms, max {max(timings) * 1000:.1f} ms over {len(timings)} queries"
    )
    assert p95 < 0.015
