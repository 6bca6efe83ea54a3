"""Eight desks on one server: scan to committed, and nothing lost, also while a desk is
cut off from the server and comes back.

Each desk is a process of its own (tests/desk/server/desk_child.py) checking in one badge
every 50 ms for 60 s (1,200 different badges per desk), calling ``sync()`` once a second
as the window does. The floor: one desk alone on the same server at the same pace for
10 s. Then the 8 desks; then the 8 desks again while desk 8, which reaches the server
through a TCP relay, loses it for 10 s (the relay drops its connections and refuses new
ones) and comes back. Printed: p50/p95 per run, the ratio to the floor, lost scans.

Run: DESK_TEST_PG=… scripts/test tests/benchmarks/test_server_bench.py -s
(scripts/test starts a throw-away cluster when DESK_TEST_PG is not set)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.actions.lists import add_sample_participants
from desk.events.event import default_event
from desk.server.database import ServerDatabase
from desk.storage.models import Participant, Record
from tests.server_support import Relay, server_database

ROOT = Path(__file__).resolve().parents[2]
DESKS = 8
GAP = 0.05
SECONDS = 60
PER_DESK = int(SECONDS / GAP)
CUT_AFTER, CUT_FOR = 20.0, 10.0


def run_desks(url: str, urls: list[str], codes: list[list[str]], folder: Path,
              interval: float, during=None) -> list[dict[str, object]]:  # fmt: skip
    folder.mkdir()
    start = time.time() + 4
    procs = []
    for i, (desk_url, mine) in enumerate(zip(urls, codes, strict=True)):
        (folder / f"{i}.codes").write_text("\n".join(mine))
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.desk.server.desk_child",
                    desk_url,
                    str(folder / f"{i}.sqlite3"),
                    f"Puesto {i + 1}",
                    str(folder / f"{i}.codes"),
                    str(folder / f"{i}.jsonl"),
                    "--interval",
                    str(interval),
                    "--start-at",
                    f"{start:.3f}",
                ],
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        )
    if during is not None:
        during(start)
    assert [p.wait(timeout=SECONDS * 4) for p in procs] == [0] * len(procs)
    rows = []
    for i in range(len(urls)):
        for line in (folder / f"{i}.jsonl").read_text().splitlines():
            rows.append({**json.loads(line), "desk": i})
    return rows


def spread(rows: list[dict[str, object]]) -> tuple[float, float]:
    ms = sorted(float(r["ms"]) for r in rows)  # type: ignore[arg-type]
    return statistics.median(ms), ms[int(len(ms) * 0.95)]


def lost(url: str, folder: Path, expected: list[str]) -> int:
    with ServerDatabase(url, local=folder / "check.sqlite3") as db, db.read() as session:
        found = Counter(
            session.execute(
                select(Participant.code)
                .join(Record, Record.participant_id == Participant.id)
                .where(Record.kind == "checkin")
            ).scalars()
        )
    doubled = sum(1 for n in found.values() if n > 1)
    return len(set(expected) - set(found)) + doubled


@pytest.mark.skipif(not os.environ.get("DESK_TEST_PG"), reason="DESK_TEST_PG is not set")
def test_eight_desks_on_one_server(tmp_path: Path) -> None:
    event = default_event()
    with server_database() as url:
        with ServerDatabase(url, local=tmp_path / "setup.sqlite3", desk_name="Setup") as db:
            db.bind_event(event.id)
            add_sample_participants(db, event, 24_000, operator="t", seed=8)
            with db.read() as session:
                people = list(
                    session.scalars(
                        select(Participant.code).where(
                            Participant.mode == "in_person", Participant.status == "registered"
                        )
                    )
                )
        assert len(people) >= 2 * DESKS * PER_DESK + 200
        relay = Relay(url)
        relayed = relay.url

        floor_codes = people[-200:]
        floor = run_desks(url, [url], [floor_codes], tmp_path / "floor", GAP)
        f50, f95 = spread(floor)

        batch = [people[i * PER_DESK : (i + 1) * PER_DESK] for i in range(DESKS)]
        rows = run_desks(url, [url] * DESKS, batch, tmp_path / "eight", GAP)
        p50, p95 = spread(rows)
        missing = lost(url, tmp_path / "eight", [c for b in batch for c in b] + floor_codes)

        second = [people[(DESKS + i) * PER_DESK : (DESKS + i + 1) * PER_DESK] for i in range(DESKS)]

        def cut_one(start: float) -> None:
            time.sleep(max(0.0, start + CUT_AFTER - time.time()))
            relay.cut()
            time.sleep(CUT_FOR)
            relay.restore()

        cut_rows = run_desks(
            url, [url] * (DESKS - 1) + [relayed], second, tmp_path / "cut", GAP, during=cut_one
        )
        c50, c95 = spread(cut_rows)
        offline = sum(1 for r in cut_rows if not r["online"])
        missing_cut = lost(
            url, tmp_path / "cut", [c for b in batch + second for c in b] + floor_codes
        )
        print(
            f"\n1 desk (floor): p50 {f50:.1f} ms, p95 {f95:.1f} ms, {len(floor)} scans"
            f"\n{DESKS} desks x 1 scan/{GAP * 1000:.0f} ms x {SECONDS} s: p50 {p50:.1f} ms "
            f"({p50 / f50:.2f}x floor), p95 {p95:.1f} ms ({p95 / f95:.2f}x), {len(rows)} scans, "
            f"{missing} lost or doubled"
            f"\nsame, desk {DESKS} cut off {CUT_FOR:.0f} s: p50 {c50:.1f} ms, p95 {c95:.1f} ms, "
            f"{offline} scans on its replica, {missing_cut} lost or doubled"
        )
        assert len(rows) == DESKS * PER_DESK and missing == 0
        assert offline > 0 and missing_cut == 0
