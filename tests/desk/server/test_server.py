"""The server mode's own behaviour: init and check, one truth for every desk, a desk that
loses the server and comes back, and the command line's contract."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from desk import cli
from desk.actions.checkin import check_in_code
from desk.actions.lists import add_sample_participants
from desk.arrival.checkin import Outcome, describe
from desk.errors import DatabaseError
from desk.events.event import Event
from desk.server import engine as srv
from desk.server.database import ServerDatabase, init_server
from desk.storage.db import Database
from desk.storage.models import Record
from tests.server_support import (
    cut,
    drop_server_database,
    in_person_codes,
    open_desk,
    reconnect,
    recreate,
    server_checkins,
    server_database,
)


@pytest.fixture
def url():
    with server_database() as made:
        yield made


def desk(url: str, tmp_path: Path, name: str, event: Event) -> ServerDatabase:
    return open_desk(url, tmp_path / f"{name}.sqlite3", name, event)


def restore_tool() -> str:
    from desk.server.cli import find_tool

    return find_tool("pg_restore")


def libpq(url: str) -> str:
    return make_url(url).render_as_string(hide_password=False)


def test_init_refuses_a_database_with_other_tables() -> None:
    with server_database(empty=True) as url:
        engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE invoices (id int)")
        engine.dispose()
        with pytest.raises(DatabaseError, match="invoices"):
            init_server(url)


def test_init_once_then_nothing_to_do_and_check_counts(
    url: str, tmp_path: Path, event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["server", "init", url]) == 0
    assert "nothing to do" in capsys.readouterr().out
    with desk(url, tmp_path, "A", event) as a:
        add_sample_participants(a, event, 12, operator="t", seed=3)
        check_in_code(a, in_person_codes(a)[0], operator="ana")
    assert cli.main(["server", "check", url]) == 0
    out = capsys.readouterr().out
    assert "Schema: 5" in out and "participants: 12 · records: 1" in out
    assert "Desks: 1" in out


def test_a_database_without_desk_tables_says_how_to_create_them(tmp_path: Path) -> None:
    with server_database(empty=True) as url, pytest.raises(DatabaseError, match="server init"):
        ServerDatabase(url, local=tmp_path / "a.sqlite3")


def test_a_check_in_at_one_desk_is_already_at_the_other(
    url: str, tmp_path: Path, event: Event
) -> None:
    with desk(url, tmp_path, "Puesto 1", event) as a, desk(url, tmp_path, "Puesto 2", event) as b:
        add_sample_participants(a, event, 20, operator="t", seed=4)
        code = in_person_codes(b)[0]
        assert check_in_code(a, code, operator="Ana").outcome is Outcome.CHECKED_IN
        again = check_in_code(b, code, operator="Beto")
        assert again.outcome is Outcome.ALREADY
        assert "Puesto 1" in describe(event, again).headline
        assert "Ana" in describe(event, again).headline
        # b's replica follows the server: it knows the check-in without having made it.
        b.sync()
        with b.local.read() as session:
            assert session.scalar(select(func.count()).select_from(Record)) == 1


def test_lost_server_keeps_checking_in_then_replays_once(
    url: str, tmp_path: Path, event: Event
) -> None:
    with desk(url, tmp_path, "A", event) as a:
        add_sample_participants(a, event, 30, operator="t", seed=5)
        people = in_person_codes(a)
        assert check_in_code(a, people[0], operator="o").outcome is Outcome.CHECKED_IN
        a.sync()
        cut(url)
        for code in people[1:6]:
            assert check_in_code(a, code, operator="o").outcome is Outcome.CHECKED_IN
        # The replica knew of the check-in made on the server before it went away.
        assert check_in_code(a, people[0], operator="o").outcome is Outcome.ALREADY
        assert not a.online and a.pending() == 5
        reconnect(url)
        a.reconnect_now()
        assert a.online and a.pending() == 0
        assert a.last_replay is not None and a.last_replay.records == 5
        a.reconnect_now()  # nothing waits: nothing sent twice
        on_server = server_checkins(url)
        assert len(on_server) == 6 and set(on_server.values()) == {1}


def test_a_desk_started_while_the_server_is_down_opens_on_its_replica(
    url: str, tmp_path: Path, event: Event
) -> None:
    with desk(url, tmp_path, "A", event) as a:
        add_sample_participants(a, event, 10, operator="t", seed=6)
        people = in_person_codes(a)
    cut(url)
    with desk(url, tmp_path, "A", event) as a:
        assert not a.online and a.desk_name == "A"
        assert check_in_code(a, people[0], operator="o").outcome is Outcome.CHECKED_IN
    reconnect(url)
    with desk(url, tmp_path, "A", event) as a:
        assert a.online and a.pending() == 0
    assert len(server_checkins(url)) == 1


def test_cli_offline_checkin_says_so_exits_0_and_the_next_command_replays(
    url: str, tmp_path: Path, event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    local = str(tmp_path / "desk.sqlite3")
    base = ["--db", url, "--local", local, "--desk-name", "Puesto 3"]
    assert cli.main([*base, "demo", "--count", "15", "--seed", "7"]) == 0
    with Database(local) as replica:
        people = in_person_codes(replica)
    capsys.readouterr()
    cut(url)
    assert cli.main([*base, "checkin", people[0]]) == 0
    out = capsys.readouterr().out.splitlines()
    offline = [line for line in out if "No connection to the server" in line]
    assert len(offline) == 1 and local in offline[0]
    assert out[-3].startswith("CHECKED IN")
    assert cli.main([*base, "attend", "d1-welcome", people[1], "--confirm"]) == 0
    assert "No connection to the server" in capsys.readouterr().out
    reconnect(url)
    assert cli.main([*base, "participants", "--json"]) == 0
    err = capsys.readouterr().err
    assert "Sent to the server what this desk saved without it: 2 records" in err
    assert len(server_checkins(url)) == 1


def test_urls() -> None:
    assert srv.is_server_url("postgresql://desk@/desk?host=/run/postgresql")
    assert not srv.is_server_url("/home/ana/desk.sqlite3")
    assert (
        srv.shown("postgresql://desk:secret@10.0.0.5/desk") == "postgresql://desk:***@10.0.0.5/desk"
    )
    with pytest.raises(DatabaseError, match="names no database"):
        srv.server_url("postgresql://desk@10.0.0.5")


def test_a_server_restored_from_its_backup_gets_back_what_came_after_from_the_replicas(
    url: str, tmp_path: Path, event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "server.dump"
    with desk(url, tmp_path, "A", event) as a:
        add_sample_participants(a, event, 20, operator="t", seed=9)
        people = in_person_codes(a)
        check_in_code(a, people[0], operator="o")
        assert cli.main(["server", "backup", url, "--out", str(dump)]) == 0
        assert "checked with pg_restore" in capsys.readouterr().out
        for code in people[1:4]:  # after the backup: only the server and A's file have them
            check_in_code(a, code, operator="o")
    # The server's database is lost and restored from the backup.
    drop_server_database(url)
    recreate(url)
    restored = subprocess.run(
        [restore_tool(), "--no-owner", f"--dbname={libpq(url)}", str(dump)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert len(server_checkins(url)) == 1
    with desk(url, tmp_path, "A", event) as a:  # the desk's file no longer fits the server
        assert a.online
        assert check_in_code(a, people[2], operator="o").outcome is Outcome.ALREADY
        assert check_in_code(a, people[4], operator="o").outcome is Outcome.CHECKED_IN
    on_server = server_checkins(url)
    assert len(on_server) == 5 and set(on_server.values()) == {1}
