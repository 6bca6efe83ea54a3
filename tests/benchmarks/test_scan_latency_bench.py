"""Scan to ready in the real window, against the core's check-in alone.

500 badges of in-person registrants at a scanner's pace (0.15 s apart) into the real window
(Xvfb, openbox, xdotool as the scanner; default settings). The app logs each scan's time
to ready in $DESK_DATA_DIR/logs/desk.log ("scan ready in 3.21 ms"). The floor: the core's
check-in transaction alone (``db.write()`` + ``check_in``, synchronous=FULL) for 500 other
badges of the same kind of database, in this process. Both are printed, with the ratio.

Run: scripts/test tests/benchmarks/test_scan_latency_bench.py -s
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from desk.arrival.checkin import Outcome, check_in
from desk.storage.db import Database
from tests.acceptance.xsession import (
    FAKE_NOW,
    App,
    Sandbox,
    Watcher,
    XSession,
    live_records,
    make_demo_database,
    read_people,
    wait_until_stable,
    x_session,
)

pytestmark = pytest.mark.realwindow

SCANS = 500
GAP = 0.15  # seconds between scans
PEOPLE = 700  # ~85 % in person: enough for 500 different badges
READY = re.compile(r"scan ready in ([0-9.]+) ms")


@pytest.fixture(scope="module")
def xsession(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    with x_session(tmp_path_factory.mktemp("xsession")) as session:
        yield session


def in_person_codes(db_path: Path, seed: int) -> list[str]:
    people = [
        p.code for p in read_people(db_path) if p.mode == "in_person" and p.status == "registered"
    ]
    assert len(people) >= SCANS, f"only {len(people)} in-person registrants"
    return random.Random(seed).sample(people, SCANS)


def spread(ms: Sequence[float]) -> tuple[float, float, float]:
    """p50, p95 and max."""
    if len(ms) < 2:
        return (ms[0], ms[0], ms[0]) if ms else (float("nan"),) * 3
    return statistics.median(ms), statistics.quantiles(ms, n=20)[-1], max(ms)


def test_scan_ready_in_the_window_vs_core(benchmark, xsession: XSession, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The window: 500 scans, each logged with its time to ready.
    box = Sandbox.create(tmp_path / "window")
    make_demo_database(box, PEOPLE, 500)
    codes = in_person_codes(box.db, 500)
    app = App(xsession, box, fake_time=FAKE_NOW)
    app.start()
    with Watcher(app) as watcher:
        for i, code in enumerate(codes):
            app.doing = f"scan #{i} {code}"
            app.scan(code)
            time.sleep(GAP)
        app.doing = "after the last scan"
        checked = wait_until_stable(
            lambda: len(live_records(box.db, "checkin")), quiet=2, timeout=20
        )
    shot = app.screenshot("shot.png")
    app.close()
    try:
        log = box.desk_log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        log = ""
    window = [float(ms) for ms in READY.findall(log)]

    # The floor: the core alone, on the same kind of database, other badges.
    core_box = Sandbox.create(tmp_path / "core")
    make_demo_database(core_box, PEOPLE, 501)
    others = in_person_codes(core_box.db, 501)
    db = Database(core_box.db)
    core: list[float] = []

    def core_check_ins() -> None:
        for code in others:
            start = time.perf_counter()
            with db.write() as session:
                result = check_in(session, code, desk_id=db.desk_id, operator="x")
            core.append((time.perf_counter() - start) * 1000)
            assert result.outcome is Outcome.CHECKED_IN

    try:
        benchmark.pedantic(core_check_ins, rounds=1, iterations=1, warmup_rounds=0)
    finally:
        db.close()

    w50, w95, wmax = spread(window)
    c50, c95, cmax = spread(core)
    benchmark.extra_info.update(
        {
            "window_scans_logged": len(window),
            "window_checked_in": checked,
            "window_p50_ms": round(w50, 2),
            "window_p95_ms": round(w95, 2),
            "window_max_ms": round(wmax, 2),
            "core_p50_ms": round(c50, 2),
            "core_p95_ms": round(c95, 2),
            "core_max_ms": round(cmax, 2),
            "ratio_p50": round(w50 / c50, 1),
            "ratio_p95": round(w95 / c95, 1),
        }
    )
    print(
        f"\nscan ready in the window: p50 {w50:.2f} ms, p95 {w95:.2f} ms, max {wmax:.2f} ms "
        f"({len(window)} logged, {checked} of {SCANS} checked in)"
        f"\ncore check-in alone:      p50 {c50:.2f} ms, p95 {c95:.2f} ms, max {cmax:.2f} ms "
        f"({len(core)} check-ins)"
        f"\nwindow / core: p50 ×{w50 / c50:.1f}, p95 ×{w95 / c95:.1f}"
        f"\n{watcher.summary()}; screenshot {shot}"
    )
    assert window, (
        f"no 'scan ready in … ms' line in {box.desk_log} "
        f"({'missing' if not log else f'{len(log.splitlines())} lines'})\n{app.diagnostics()}"
    )
    assert checked == SCANS, f"{SCANS - checked} scans lost\n{app.diagnostics()}"
    assert len(window) >= SCANS, f"only {len(window)} of {SCANS} scans logged"
