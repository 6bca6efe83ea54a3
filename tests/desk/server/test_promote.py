"""When the server laptop dies: the desks' replicas become a new server, exactly as the
README says ("When the server laptop dies"): ``desk --db REPLICA sync export --out F``
at each desk's file, ``desk --db NEWURL sync import F…`` into a new server database on
which ``desk server init`` ran, then the desks start again on the new server with a new
file of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from desk import cli
from desk.actions.checkin import check_in_code
from desk.actions.lists import add_sample_participants
from desk.arrival.checkin import Outcome
from desk.events.event import Event, default_event
from desk.storage.db import Database
from desk.storage.models import Participant, Record
from tests.server_support import (
    cut,
    drop_server_database,
    in_person_codes,
    new_server_database,
    open_desk,
    reconnect,
    require_server,
)


@pytest.fixture
def event() -> Event:
    return default_event()


def check_in_all(db: Database, codes: list[str]) -> set[str]:
    """Check every code in at ``db``; the ids of the check-in records made."""
    made = set()
    for code in codes:
        result = check_in_code(db, code, operator="t")
        assert result.outcome is Outcome.CHECKED_IN, (code, result.outcome)
        assert result.record_id is not None
        made.add(result.record_id)
    return made


def checkin_ids(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Record.id).where(Record.kind == "checkin")))


def server_checkins(url: str) -> tuple[list[str], int]:
    """The check-in record ids on the server (as many times as stored), and how many
    participants it has."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            ids = list(conn.scalars(select(Record.id).where(Record.kind == "checkin")))
            people = conn.scalar(select(func.count()).select_from(Participant))
    finally:
        engine.dispose()
    return ids, int(people or 0)


def test_the_replicas_of_a_dead_server_become_a_new_server(
    tmp_path: Path, event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    require_server()
    replica_a, replica_b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    old = new_server_database()
    new: str | None = None
    try:
        # Server A with two desks, check-ins at both while it answers.
        a = open_desk(old, replica_a, "A", event)
        b = open_desk(old, replica_b, "B", event)
        try:
            add_sample_participants(a, event, 40, operator="t", seed=1)
            b.sync()
            people = in_person_codes(b)
            assert len(people) >= 20
            online = check_in_all(a, people[0:5]) | check_in_all(b, people[5:10])
            a.sync()
            b.sync()
            assert a.online and b.online

            # The server laptop dies: both desks go on, each on its own file.
            cut(old)
            offline_a = check_in_all(a, people[10:16])
            assert not a.online and a.pending() == len(offline_a)
            offline_b = check_in_all(b, people[16:19])
            assert not b.online and b.pending() == len(offline_b)
            # Desk A's file knew what desk B did while the server answered.
            assert check_in_code(a, people[5], operator="t").outcome is Outcome.ALREADY
        finally:
            a.close()
            b.close()
        expected = online | offline_a | offline_b
        assert len(expected) == 19

        # A new server: an empty database, `desk server init NEWURL` (a server of its own:
        # the test template's databases would all share one server id), then every desk's
        # file exported and imported there, through the command line.
        new = new_server_database(empty=True)
        assert cli.main(["server", "init", new]) == 0
        files = []
        for n, replica in enumerate((replica_a, replica_b), start=1):
            out = tmp_path / f"desk-{n}.desk"
            assert cli.main(["--db", str(replica), "sync", "export", "--out", str(out)]) == 0
            files.append(str(out))
        assert cli.main(["--db", new, "sync", "import", *files]) == 0
        report = capsys.readouterr().out
        assert "19 check-ins" in report, report

        ids, participants = server_checkins(new)
        assert participants == 40
        assert sorted(ids) == sorted(expected)  # every check-in, each exactly once

        # The desks start again on the new server, each with a fresh file of its own.
        fresh = tmp_path / "a-new.sqlite3"
        with open_desk(new, fresh, "A", event) as again:
            assert again.online
            assert check_in_code(again, people[12], operator="t").outcome is Outcome.ALREADY
            assert check_in_code(again, people[17], operator="t").outcome is Outcome.ALREADY
            late = check_in_all(again, people[19:20])
        with Database(fresh) as replica:
            assert sorted(checkin_ids(replica)) == sorted(expected | late)
        assert sorted(server_checkins(new)[0]) == sorted(expected | late)

        # The command line sees them on the new server too.
        local = str(tmp_path / "b-new.sqlite3")
        base = ["--db", new, "--local", local, "--desk-name", "B"]
        assert cli.main([*base, "checkin", people[0]]) == 0
        assert "ALREADY CHECKED IN" in capsys.readouterr().out
        with Database(local) as replica:
            assert sorted(checkin_ids(replica)) == sorted(expected | late)
    finally:
        drop_server_database(old)
        if new is not None:
            drop_server_database(new)


def test_an_old_replica_restarted_on_the_new_server_follows_it(
    tmp_path: Path, event: Event
) -> None:
    """A desk started again on the new server with its old file: the file belonged to
    another server, so it is merged into the new one whole (what it recorded after the
    old server died included), then follows the new server from the start."""
    require_server()
    replica_a = tmp_path / "a.sqlite3"
    old = new_server_database()
    new: str | None = None
    try:
        with open_desk(old, replica_a, "A", event) as a:
            add_sample_participants(a, event, 20, operator="t", seed=2)
            people = in_person_codes(a)
            a.sync()
            cut(old)
            check_in_all(a, people[0:1])
        new = new_server_database(empty=True)
        assert cli.main(["server", "init", new]) == 0
        desk_file = str(tmp_path / "desk-1.desk")
        assert cli.main(["--db", str(replica_a), "sync", "export", "--out", desk_file]) == 0
        assert cli.main(["--db", new, "sync", "import", desk_file]) == 0
        with open_desk(new, tmp_path / "c.sqlite3", "C", event) as c:
            by_c = check_in_all(c, people[1:2])
        with open_desk(new, replica_a, "A", event) as a:
            assert a.online
            a.sync()
            with a.local.read() as session:
                known = set(session.scalars(select(Record.id)))
            assert by_c <= known  # the old file follows the new server
            cut(new)
            offline = check_in_all(a, people[2:3])
            reconnect(new)
            a.reconnect_now()
            assert a.online
        assert offline <= set(server_checkins(new)[0])  # and replays to it
    finally:
        drop_server_database(old)
        if new is not None:
            drop_server_database(new)
