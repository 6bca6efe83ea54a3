from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.errors import DatabaseError
from desk.storage import db as dbmod
from desk.storage.db import Database, open_database
from desk.storage.models import SCHEMA_VERSION

# SQLite's own settings; the server's counterparts are in tests/desk/server.
SQLITE_ONLY = pytest.mark.parametrize("engine_name", ["sqlite"])


@SQLITE_ONLY
def test_pragmas_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS


@SQLITE_ONLY
def test_write_transactions_begin_immediate(db: Database) -> None:
    statements: list[str] = []

    from sqlalchemy import event

    def log(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", log)
    with db.write() as session:
        session.execute(text("SELECT 1"))
    with db.read() as session:
        session.execute(text("SELECT 1"))
    assert "BEGIN IMMEDIATE" in statements
    assert statements.count("BEGIN") == 1


def test_immediate_writer_takes_the_lock_up_front(db: Database) -> None:
    """A second writer waits for the first instead of failing half-way."""
    order: list[str] = []
    inside = threading.Event()

    def first() -> None:
        with db.write() as session:
            session.execute(text("INSERT INTO meta(key, value) VALUES ('a', '1')"))
            inside.set()
            threading.Event().wait(0.3)
            order.append("first")

    t = threading.Thread(target=first)
    t.start()
    inside.wait()
    with db.write() as session:
        session.execute(text("INSERT INTO meta(key, value) VALUES ('b', '2')"))
        order.append("second")
    t.join()
    assert order == ["first", "second"]


def test_desk_identity_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    with Database(path, desk_name="Mesa 2 – vestíbulo") as first:
        desk_id = first.desk_id
        assert first.desk_name == "Mesa 2 – vestíbulo"
    with Database(path) as again:
        assert again.desk_id == desk_id
        again.set_desk_name("Mesa 3")
    with Database(path) as third:
        assert third.desk_name == "Mesa 3"
        assert third.schema_version == SCHEMA_VERSION


def test_default_file_is_in_user_data_folder_and_desk_db_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DESK_DB", raising=False)
    with open_database() as d:
        assert d.path == (tmp_path / "data" / "desk.sqlite3").resolve()
    monkeypatch.setenv("DESK_DB", str(tmp_path / "other.sqlite3"))
    with open_database() as d:
        assert d.path == (tmp_path / "other.sqlite3").resolve()
    with open_database(tmp_path / "explicit.sqlite3") as d:
        assert d.path.name == "explicit.sqlite3"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    Database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="newer Desk"):
        Database(path)


def test_migration_path_runs_steps_and_keeps_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.sqlite3"
    Database(path).close()
    con = sqlite3.connect(path)
    last = SCHEMA_VERSION - 1
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(last),))
    con.commit()
    con.close()
    ran: list[int] = []

    def step(conn) -> None:  # type: ignore[no-untyped-def]
        ran.append(last)
        conn.execute(text("INSERT INTO meta(key, value) VALUES ('migrated', 'yes')"))

    monkeypatch.setitem(dbmod.MIGRATIONS, last, step)
    with Database(path) as d:
        assert d.schema_version == SCHEMA_VERSION
        assert ran == [last]
        with d.read() as s:
            assert s.execute(text("SELECT value FROM meta WHERE key='migrated'")).scalar() == "yes"
    backup = tmp_path / f"d.before-schema-{SCHEMA_VERSION}.sqlite3"
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
        str(last),
    )
    con.close()


def test_a_schema_1_database_gains_door_places_and_keeps_its_records(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Database(path) as d, d.write() as s:
        s.execute(
            text(
                "INSERT INTO participants(id, code, given_name, family_name, category,"
                " mode, source, status, name_key, sort_key, email_key, search_text,"
                " organisation, position, email, phone, created_at, updated_at,"
                " created_desk, updated_desk) VALUES ('p1', 'C1', 'Ana', 'Pérez',"
                " 'member', 'in_person', 'preregistered', 'registered', 'ana perez',"
                " 'perez ana', '', '', '', '', '', '', '2022-05-23 08:00:00',"
                " '2022-05-23 08:00:00', 'd', 'd')"
            )
        )
        s.execute(
            text(
                "INSERT INTO records(id, kind, participant_id, at, desk_id, operator)"
                " VALUES ('r1', 'checkin', 'p1', '2022-05-23 08:05:00', 'd', 'Eva')"
            )
        )
    con = sqlite3.connect(path)  # make it what Desk 0.1 wrote: schema 1
    con.execute("DROP INDEX ix_records_kind_target")
    con.execute("ALTER TABLE records DROP COLUMN place")
    con.execute("ALTER TABLE records DROP COLUMN flag")
    con.execute("ALTER TABLE participants DROP COLUMN merged_into")
    con.execute("ALTER TABLE participants DROP COLUMN extra")
    con.execute("ALTER TABLE participants DROP COLUMN dietary")
    con.execute("DROP TABLE audit")
    con.execute("DROP TABLE online_intervals")
    con.execute("DROP TABLE online_matches")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Database(path) as d:
        assert d.schema_version == SCHEMA_VERSION
        with d.read() as s:
            row = s.execute(text("SELECT kind, operator, place, flag FROM records")).one()
    assert tuple(row) == ("checkin", "Eva", None, None)
    assert (tmp_path / f"old.before-schema-{SCHEMA_VERSION}.sqlite3").exists()


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        Database(path)
    assert path.read_text().startswith("these are my notes")


def test_another_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices(id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="not a Desk database"):
        Database(path)


def test_event_binding(db: Database) -> None:
    db.bind_event(db.event_id or "x")
    with pytest.raises(DatabaseError, match="belongs to the event"):
        db.bind_event("another-event")


def test_integrity_check_ok(db: Database) -> None:
    assert db.integrity_check() == []


def test_a_schema_3_database_gains_extra_fields_and_keeps_its_people(tmp_path: Path) -> None:
    from desk.people.participants import all_participants

    path = tmp_path / "v3.sqlite3"
    with Database(path) as d, d.write() as s:
        s.execute(
            text(
                "INSERT INTO participants(id, code, given_name, family_name, category,"
                " mode, source, status, name_key, sort_key, email_key, search_text,"
                " organisation, position, email, phone, created_at, updated_at,"
                " created_desk, updated_desk) VALUES ('p1', 'C1', 'Ana', 'Pérez',"
                " 'guest', 'in_person', 'preregistered', 'registered', 'ana perez',"
                " 'perez ana', '', '', '', '', '', '', '2022-05-23 08:00:00',"
                " '2022-05-23 08:00:00', 'd', 'd')"
            )
        )
    con = sqlite3.connect(path)  # what Desk wrote before extra fields: schema 3
    con.execute("ALTER TABLE participants DROP COLUMN extra")
    con.execute("ALTER TABLE participants DROP COLUMN dietary")
    con.execute("DROP TABLE online_intervals")
    con.execute("DROP TABLE online_matches")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Database(path) as d:
        assert d.schema_version == SCHEMA_VERSION == 5
        with d.read() as s:
            (ana,) = all_participants(s)
            row = s.execute(text("SELECT extra, dietary FROM participants")).one()
    assert ana.full_name == "Ana Pérez" and ana.extra == {} and ana.to_json()["extra"] == {}
    assert tuple(row) == ("{}", "")
    assert (tmp_path / "v3.before-schema-5.sqlite3").exists()


def test_a_schema_4_database_gains_online_attendance(tmp_path: Path) -> None:
    path = tmp_path / "v4.sqlite3"
    Database(path).close()
    con = sqlite3.connect(path)  # what Desk wrote before online attendance: schema 4
    con.execute("DROP TABLE online_intervals")
    con.execute("DROP TABLE online_matches")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Database(path) as d:
        assert d.schema_version == SCHEMA_VERSION == 5
        with d.read() as s:
            assert s.execute(text("SELECT count(*) FROM online_intervals")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM online_matches")).scalar() == 0
        assert d.integrity_check() == []
    assert (tmp_path / "v4.before-schema-5.sqlite3").exists()
