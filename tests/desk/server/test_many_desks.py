"""Desks in processes of their own against one server: the same badges at two desks at
once, and a server that dies in the middle of a burst (``pg_ctl stop -m immediate``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.actions.lists import add_sample_participants
from desk.events.event import Event
from desk.server.database import ServerDatabase, init_server
from desk.storage.models import Record
from tests.server_support import in_person_codes, open_desk, server_database

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "test-postgres"


def setup_badges(url: str, tmp_path: Path, event: Event, count: int) -> list[str]:
    with open_desk(url, tmp_path / "setup.sqlite3", "Setup", event) as db:
        add_sample_participants(db, event, count * 2, operator="t", seed=11)
        codes = in_person_codes(db)
    assert len(codes) >= count
    return list(codes[:count])


def start_desk(url: str, local: Path, name: str, codes: list[str], out: Path, *args: str):
    codes_file = out.with_suffix(".codes")
    codes_file.write_text("\n".join(codes))
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.desk.server.desk_child",
            url,
            str(local),
            name,
            str(codes_file),
            str(out),
            *args,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def results(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def checkins(session: Session) -> Counter[str]:
    rows = session.execute(select(Record.participant_id).where(Record.kind == "checkin")).all()
    return Counter(r[0] for r in rows)


def test_two_desks_same_200_badges_in_opposite_orders(tmp_path: Path, event: Event) -> None:
    with server_database() as url:
        codes = setup_badges(url, tmp_path, event, 200)
        start = f"{time.time() + 3:.3f}"
        desks = [
            start_desk(
                url,
                tmp_path / f"{name}.sqlite3",
                name,
                order,
                tmp_path / f"{name}.jsonl",
                "--start-at",
                start,
            )
            for name, order in (("Puesto 1", codes), ("Puesto 2", codes[::-1]))
        ]
        assert [d.wait(timeout=120) for d in desks] == [0, 0]
        outcomes = Counter(
            r["outcome"] for name in ("Puesto 1", "Puesto 2")
            for r in results(tmp_path / f"{name}.jsonl")
        )  # fmt: skip
        assert outcomes == {"checked_in": 200, "already": 200}
        for name in ("Setup", "Puesto 1", "Puesto 2"):
            with ServerDatabase(url, local=tmp_path / f"{name}.sqlite3") as db:
                with db.read() as session:
                    on_server = checkins(session)
                with db.local.read() as session:
                    on_desk = checkins(session)
            assert len(on_server) == 200 and set(on_server.values()) == {1}
            assert on_desk == on_server  # every desk's replica holds all of them


@pytest.fixture
def own_cluster(tmp_path: Path):
    """A cluster of this test's own, which the test may kill."""
    if (not shutil.which("runuser") and os.geteuid() == 0) or not SCRIPT.exists():
        pytest.skip("needs scripts/test-postgres")
    if not os.environ.get("CI") and not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        pytest.skip("PostgreSQL is not installed")
    folder = Path(f"/tmp/desk-crash-{os.getpid()}")
    admin = subprocess.run([str(SCRIPT), "start", str(folder)], capture_output=True, text=True,
                           check=True).stdout.strip()  # fmt: skip
    try:
        yield folder, admin
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], check=False)


def test_server_dies_mid_burst_the_desks_go_on_and_replay(
    own_cluster: tuple[Path, str], tmp_path: Path, event: Event
) -> None:
    folder, admin = own_cluster
    url = admin  # the cluster's own "postgres" database: it is this test's alone
    init_server(url)
    codes = setup_badges(url, tmp_path, event, 240)
    halves = {"Puesto 1": codes[:120], "Puesto 2": codes[120:]}
    start = f"{time.time() + 3:.3f}"
    desks = {
        name: start_desk(
            url,
            tmp_path / f"{name}.sqlite3",
            name,
            mine,
            tmp_path / f"{name}.jsonl",
            "--interval",
            "0.03",
            "--start-at",
            start,
        )
        for name, mine in halves.items()
    }
    out = tmp_path / "Puesto 1.jsonl"

    def scanned() -> int:
        return len(out.read_text().splitlines()) if out.exists() else 0

    deadline = time.monotonic() + 60
    while scanned() < 30 and time.monotonic() < deadline:
        time.sleep(0.05)
    subprocess.run([str(SCRIPT), "crash", str(folder)], check=True)
    while scanned() < 80 and time.monotonic() < deadline:
        time.sleep(0.05)
    subprocess.run([str(SCRIPT), "restart", str(folder)], check=True)
    assert [d.wait(timeout=120) for d in desks.values()] == [0, 0]
    for name, mine in halves.items():
        rows = results(tmp_path / f"{name}.jsonl")
        assert [r["outcome"] for r in rows] == ["checked_in"] * len(mine)
        assert any(not r["online"] for r in rows)  # it did work on its replica for a while
    for name in ("Setup", *halves):
        with ServerDatabase(url, local=tmp_path / f"{name}.sqlite3") as db:
            assert db.online and db.pending() == 0
            with db.read() as session:
                on_server = checkins(session)
                total = session.scalar(select(func.count()).select_from(Record))
            with db.local.read() as session:
                on_desk = checkins(session)
        assert len(on_server) == 240 and set(on_server.values()) == {1} and total == 240
        assert on_desk == on_server
