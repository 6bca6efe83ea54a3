"""A desk on the venue network: the server gone at once (a reset) and a network gone
silent (nothing answers, not even TCP). The scan in flight goes to the desk's own file
within 2 seconds, the next ones at once, and all of it reaches the server when it answers
again."""

from __future__ import annotations

import time
from pathlib import Path

from desk.actions.checkin import check_in_code
from desk.actions.lists import add_sample_participants
from desk.arrival.checkin import Outcome
from desk.events.event import Event
from desk.server.database import ServerDatabase
from tests.server_support import Relay, in_person_codes, open_desk, server_database


def desk_with_people(url: str, tmp_path: Path, event: Event) -> tuple[ServerDatabase, list[str]]:
    db = open_desk(url, tmp_path / "desk.sqlite3", "Puesto 1", event)
    add_sample_participants(db, event, 30, operator="t", seed=12)
    db.sync()  # the window does it every second
    return db, in_person_codes(db)


def scan(db: ServerDatabase, code: str) -> float:
    started = time.monotonic()
    assert check_in_code(db, code, operator="ana").outcome is Outcome.CHECKED_IN
    return time.monotonic() - started


def back(db: ServerDatabase) -> None:
    deadline = time.monotonic() + 15
    while not db.sync().came_back:
        assert time.monotonic() < deadline, "the desk did not find the server again"
        time.sleep(0.2)


def test_silent_network_falls_back_within_2_seconds_then_replays(
    tmp_path: Path, event: Event
) -> None:
    with server_database() as url:
        relay = Relay(url)
        db, codes = desk_with_people(relay.url, tmp_path, event)
        with db:
            assert scan(db, codes[0]) < 0.5 and db.online
            with relay.silent():
                assert scan(db, codes[1]) < 2.2  # the scan in flight: the server's timeout
                assert not db.online
                assert max(scan(db, code) for code in codes[2:6]) < 0.2
                assert db.pending() == 5
            back(db)
            assert db.online and db.pending() == 0
            assert db.last_replay is not None and db.last_replay.records == 5
            assert check_in_code(db, codes[3], operator="ana").outcome is Outcome.ALREADY


def test_server_gone_at_once_falls_back_at_once(tmp_path: Path, event: Event) -> None:
    with server_database() as url:
        relay = Relay(url)
        db, codes = desk_with_people(relay.url, tmp_path, event)
        with db:
            relay.cut()
            assert scan(db, codes[0]) < 0.5 and not db.online
            relay.restore()
            back(db)
            assert db.pending() == 0
