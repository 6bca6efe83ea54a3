"""A server database of an older Desk (schema 3, before extra fields and online
attendance) is refused by the desks until ``desk server init URL`` brings it up to date,
keeping everything on it (schema 4 → 5 alone: tests/desk/server/test_server_online.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from desk import cli
from desk.actions.lists import add_sample_participants, import_list
from desk.errors import DatabaseError
from desk.events.event import Event
from desk.people.participants import all_participants
from desk.server.database import ServerDatabase
from tests import forum_lists
from tests.server_support import open_desk, server_database


def _make_schema_3(url: str) -> None:
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE participants DROP COLUMN extra")
            conn.exec_driver_sql("ALTER TABLE participants DROP COLUMN dietary")
            conn.exec_driver_sql("DROP TABLE online_intervals")
            conn.exec_driver_sql("DROP TABLE online_matches")
            conn.exec_driver_sql("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    finally:
        engine.dispose()


def test_server_init_upgrades_a_schema_3_server(
    tmp_path: Path, event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    with server_database() as url:
        with open_desk(url, tmp_path / "a.sqlite3", "A", event) as a:
            add_sample_participants(a, event, 5, operator="t", seed=3)
        _make_schema_3(url)
        with pytest.raises(DatabaseError, match="schema 3; this Desk needs 5"):
            ServerDatabase(url, local=tmp_path / "b.sqlite3")
        assert cli.main(["server", "init", url]) == 0
        out = capsys.readouterr().out
        assert "brought up to date (schema 3 → 5)" in out and "Schema: 5" in out
        assert cli.main(["server", "init", url]) == 0
        assert "nothing to do" in capsys.readouterr().out
        with open_desk(url, tmp_path / "b.sqlite3", "B", event) as b:
            import_list(b, event, forum_lists.write_csv(tmp_path / "lista.csv"), operator="t")
            with b.read() as session:
                people = {p.given_name: p for p in all_participants(session)}
        assert len(people) == 10
        assert people["María José"].extra["Necesidades de accesibilidad"] == "Silla de ruedas"
        # The replica of the other desk gets the extra fields from the server.
        with open_desk(url, tmp_path / "a.sqlite3", "A", event) as a:
            a.catch_up()
            with a.local.read() as session:
                local = {p.given_name: p for p in all_participants(session)}
        assert local["Nicolás Josué"].extra["Dieta"] == "Vegetariana"
