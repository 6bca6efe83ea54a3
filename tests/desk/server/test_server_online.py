"""Online attendance on the server: the connections and matches a desk stores reach the
server and every other desk's replica (pulled by the server's ``seq``), what a desk stored
while the server was away is replayed to it once, a desk file brings them to a server, and
a schema-4 server is brought up to schema 5 by ``desk server init``."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from desk import cli
from desk.actions.lists import add_sample_participants
from desk.deskfiles.sync import import_desk_files
from desk.deskfiles.sync_file import export_desk_file
from desk.errors import DatabaseError
from desk.events.event import Event
from desk.online.store import interval_id
from desk.server import replica as rep
from desk.server.database import ServerDatabase
from desk.storage.db import Database
from desk.storage.models import (
    MATCH_MANUAL,
    MATCH_NOT_PARTICIPANT,
    SOURCE_ZOOM,
    OnlineInterval,
    OnlineMatch,
    Participant,
    new_id,
)
from tests.server_support import cut, open_desk, reconnect, server_database

START = datetime(2022, 5, 23, 15, 0, tzinfo=UTC)


@pytest.fixture
def url():
    with server_database() as made:
        yield made


def desk(url: str, tmp_path: Path, name: str, event: Event) -> ServerDatabase:
    return open_desk(url, tmp_path / f"{name}.sqlite3", name, event)


def store_online(db: Database, label: str, *, rows: int = 3) -> None:
    """What an attendance export leaves (rows straight into the tables, through the
    desk's own write: the server while it answers, else the replica): ``rows``
    connections, a manual match of the first identity and a "not a participant"."""
    sha = hashlib.sha256(label.encode()).hexdigest()
    with db.write() as session:
        pid = session.scalars(select(Participant.id).order_by(Participant.id)).first()
        at = START + timedelta(hours=8)
        session.add_all(
            [
                OnlineInterval(
                    id=interval_id(sha, line), source=SOURCE_ZOOM, meeting_id="", file_sha256=sha,
                    file_name=f"{label}.csv", line=line, raw_name=f"{label} {line}", email="",
                    upn="", identity=f"{label} {line}",
                    join_at=START + timedelta(minutes=line),
                    leave_at=START + timedelta(minutes=40 + line), imported_at=at,
                    desk_id=db.desk_id, operator="Ana",
                )
                for line in range(2, 2 + rows)
            ]
            + [
                OnlineMatch(id=new_id(), identity=f"{label} 2", participant_id=pid,
                            method=MATCH_MANUAL, at=at, desk_id=db.desk_id, operator="Ana"),
                OnlineMatch(id=new_id(), identity=f"{label} 3", participant_id=None,
                            method=MATCH_NOT_PARTICIPANT, at=at, desk_id=db.desk_id,
                            operator="Ana"),
            ]
        )  # fmt: skip


def online_ids(db: Database) -> tuple[list[str], list[str]]:
    """The online rows a database holds (a replica: its own file)."""
    with db.read() as session:
        return (
            sorted(session.scalars(select(OnlineInterval.id))),
            sorted(session.scalars(select(OnlineMatch.id))),
        )


def on_server(url: str, sql: str) -> list[Any]:
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)).all())
    finally:
        engine.dispose()


def test_online_rows_reach_the_server_and_every_replica(
    url: str, tmp_path: Path, event: Event
) -> None:
    a, b = desk(url, tmp_path, "A", event), desk(url, tmp_path, "B", event)
    with a, b:
        add_sample_participants(a, event, 10, operator="t", seed=3)
        b.sync()
        store_online(a, "zoom-day-1")
        assert on_server(url, "SELECT count(*), max(seq) FROM online_intervals") == [(3, 3)]
        assert on_server(url, "SELECT count(*), max(seq) FROM online_matches") == [(2, 2)]
        assert b.sync().changed
        assert online_ids(b.local) == online_ids(a) == online_ids(b)
        assert len(online_ids(b.local)[0]) == 3
        with b.local.read() as session:
            meta = {k: int(v) for k, v in rep._meta(session).items() if k.endswith("_seq")}
        assert meta[rep.INTERVALS_SEQ] == 3 and meta[rep.MATCHES_SEQ] == 2
        # Only what is new comes next time (incremental, by seq).
        assert not b.sync().changed
        store_online(a, "teams-day-1", rows=2)
        assert b.sync().changed
        assert len(online_ids(b.local)[0]) == 5 and len(online_ids(b.local)[1]) == 4
        a.sync()
        assert online_ids(a.local) == online_ids(b.local)


def test_online_rows_stored_offline_are_replayed_once(
    url: str, tmp_path: Path, event: Event
) -> None:
    a, b = desk(url, tmp_path, "A", event), desk(url, tmp_path, "B", event)
    with a, b:
        add_sample_participants(a, event, 10, operator="t", seed=4)
        a.sync()
        cut(url)
        store_online(a, "offline")
        assert not a.online and a.pending() == 5  # 3 connections and 2 matches
        reconnect(url)
        a.reconnect_now()
        assert a.online and a.pending() == 0
        replayed = a.last_replay
        assert replayed is not None
        assert (replayed.online_intervals, replayed.online_matches) == (3, 2)
        assert replayed.report.new_online_intervals == 3
        a.reconnect_now()  # nothing waits: nothing sent twice
        a.sync()
        assert on_server(url, "SELECT count(*) FROM online_intervals") == [(3,)]
        assert on_server(url, "SELECT count(*) FROM online_matches") == [(2,)]
        b.sync()  # B finds its connections cut too …
        b.reconnect_now()  # … and comes back
        assert online_ids(b.local) == online_ids(a.local)
        assert len(online_ids(b.local)[0]) == 3
        # What the replica pulled back is not sent again when the server goes away later.
        cut(url)
        a.sync()
        store_online(a, "offline-2", rows=1)
        assert a.pending() == 3
        reconnect(url)
        a.reconnect_now()
        assert a.last_replay is not None and a.last_replay.online_intervals == 1
        assert on_server(url, "SELECT count(*) FROM online_intervals") == [(4,)]


def test_a_desk_file_brings_online_rows_to_the_server(
    url: str, tmp_path: Path, event: Event
) -> None:
    alone = Database(tmp_path / "alone.sqlite3", desk_name="Alone")
    alone.bind_event(event.id)
    add_sample_participants(alone, event, 8, operator="t", seed=5)
    store_online(alone, "file")
    path = export_desk_file(alone, event, tmp_path / "alone.desk").path
    a = desk(url, tmp_path, "A", event)
    with a:
        report = import_desk_files(a, event, [path])
        assert (report.new_online_intervals, report.new_online_matches) == (3, 2)
        again = import_desk_files(a, event, [path])
        assert (again.new_online_intervals, again.new_online_matches) == (0, 0)
        a.sync()
        assert online_ids(a.local) == online_ids(alone)
        # And back out: a desk file written from the server carries them too.
        written = export_desk_file(a, event, tmp_path / "server.desk")
        assert (written.online_intervals, written.online_matches) == (3, 2)
    fresh = Database(tmp_path / "fresh.sqlite3", desk_name="Fresh")
    import_desk_files(fresh, event, [written.path])
    assert online_ids(fresh) == online_ids(alone)
    with fresh.read() as session, alone.read() as theirs:
        assert sorted(
            tuple(r) for r in session.execute(select(OnlineInterval.__table__))
        ) == sorted(tuple(r) for r in theirs.execute(select(OnlineInterval.__table__)))
    fresh.close()
    assert on_server(url, "SELECT count(*), count(DISTINCT seq) FROM online_intervals") == [(3, 3)]
    alone.close()


def _make_schema_4(url: str) -> None:
    """The server as a Desk before online attendance left it."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE online_intervals")
            conn.exec_driver_sql("DROP TABLE online_matches")
            conn.exec_driver_sql("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    finally:
        engine.dispose()


def test_server_init_upgrades_a_schema_4_server(
    tmp_path: Path, event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    with server_database() as url:
        with desk(url, tmp_path, "A", event) as a:
            add_sample_participants(a, event, 5, operator="t", seed=3)
        _make_schema_4(url)
        with pytest.raises(DatabaseError, match="schema 4; this Desk needs 5"):
            ServerDatabase(url, local=tmp_path / "b.sqlite3")
        assert cli.main(["server", "init", url]) == 0
        out = capsys.readouterr().out
        assert "brought up to date (schema 4 → 5)" in out and "Schema: 5" in out
        assert cli.main(["server", "init", url]) == 0
        assert "nothing to do" in capsys.readouterr().out
        seq = on_server(
            url,
            "SELECT table_name, is_identity FROM information_schema.columns "
            "WHERE column_name = 'seq' AND table_name LIKE 'online_%' ORDER BY table_name",
        )
        assert seq == [("online_intervals", "YES"), ("online_matches", "YES")]
        a, b = desk(url, tmp_path, "A", event), desk(url, tmp_path, "B", event)
        with a, b:
            store_online(a, "after-upgrade")
            b.sync()
            assert len(online_ids(b.local)[0]) == 3
            with a.read() as session:
                assert session.scalar(select(func.count()).select_from(OnlineMatch)) == 2
