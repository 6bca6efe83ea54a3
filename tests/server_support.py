"""A PostgreSQL server for the tests: ``DESK_TEST_PG`` is a maintenance URL of a
throw-away cluster (``scripts/test-postgres start DIR`` prints one; ``scripts/test`` and
``.ci/run`` start it). Each test gets a database of its own, copied from a template on
which ``desk server init`` ran once."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from desk.events.event import Event
from desk.server.database import ServerDatabase, init_server
from desk.storage.db import Database
from desk.storage.models import Participant, Record

ENV = "DESK_TEST_PG"
TEMPLATE = f"desk_test_template_{os.getpid()}"  # one per test process
_numbers = itertools.count(1)
_template_ready = False


def admin_url() -> str | None:
    return os.environ.get(ENV) or None


def require_server() -> str:
    """The maintenance URL; skips the test without one (fails in CI: there must be one)."""
    url = admin_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail(f"{ENV} is not set: CI must start a PostgreSQL cluster")
        pytest.skip(f"no PostgreSQL server for the tests ({ENV} is not set)")
    return url


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin(sql: str) -> None:
    engine = create_engine(
        make_url(require_server()).set(drivername="postgresql+psycopg"),
        isolation_level="AUTOCOMMIT",
    )
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def new_server_database(*, empty: bool = False) -> str:
    """A new database on the test server: Desk's schema in it unless ``empty``; its URL."""
    global _template_ready
    url = require_server()
    name = f"desk_test_{os.getpid()}_{next(_numbers)}"
    if empty:
        _admin(f'CREATE DATABASE "{name}"')
        return _with_database(url, name)
    if not _template_ready:
        _admin(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        _admin(f'CREATE DATABASE "{TEMPLATE}"')
        init_server(_with_database(url, TEMPLATE))
        _template_ready = True
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    return _with_database(url, name)


def recreate(url: str) -> None:
    """An empty database again under the name of ``url`` (after it was dropped)."""
    _admin(f'CREATE DATABASE "{make_url(url).database}"')


def drop_server_database(url: str) -> None:
    name = make_url(url).database
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def server_database(*, empty: bool = False) -> Iterator[str]:
    url = new_server_database(empty=empty)
    try:
        yield url
    finally:
        drop_server_database(url)


def open_desk(url: str, local: Path, name: str, event: Event) -> ServerDatabase:
    """A desk named ``name`` on the server ``url``, with ``local`` as its own file."""
    db = ServerDatabase(url, local=local, desk_name=name)
    db.bind_event(event.id)
    return db


def in_person_codes(db: Database) -> list[str]:
    """The badge codes of registered in-person participants, in code order."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Participant.code)
                .where(Participant.mode == "in_person", Participant.status == "registered")
                .order_by(Participant.code)
            )
        )


def server_checkins(url: str) -> dict[str, int]:
    """Straight from the server: participant id → how many check-in records it has."""
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(Record.participant_id, func.count())
                .where(Record.kind == "checkin")
                .group_by(Record.participant_id)
            ).all()
    finally:
        engine.dispose()
    return {pid: n for pid, n in rows}


def cut(url: str) -> None:
    """The server stops answering this database: its connections are cut and new ones
    refused (the rest of the test cluster goes on)."""
    name = make_url(url).database
    _admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    _admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    )


def reconnect(url: str) -> None:
    """The database answers again after :func:`cut`."""
    _admin(f'ALTER DATABASE "{make_url(url).database}" ALLOW_CONNECTIONS true')


class Relay:
    """A TCP relay to the server's Unix socket, which can drop and refuse connections."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.unix_path = f"{parsed.query['host']}/.s.PGSQL.5432"
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        # The same database, reached over TCP through the relay.
        self.url = parsed.set(host="127.0.0.1", port=self.port, query={}).render_as_string(
            hide_password=False
        )
        self.open = threading.Event()
        self.open.set()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self.listener.accept()
            if not self.open.is_set():
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")
                client.close()  # refused: a reset, as from a host that went away
                continue
            server = socket.socket(socket.AF_UNIX)
            server.connect(self.unix_path)
            self.pairs.append((client, server))
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        for s in (source, target):
            with contextlib.suppress(OSError):
                s.close()

    def cut(self) -> None:
        self.open.clear()
        for pair in self.pairs:
            for s in pair:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
        self.pairs.clear()

    def restore(self) -> None:
        self.open.set()

    @contextmanager
    def silent(self) -> Iterator[None]:
        """The network goes silent (packets to and from the relay dropped, nothing
        answers, not even TCP): iptables, as root. Skips the test when it cannot."""
        rules = [["INPUT", "-p", "tcp", flag, str(self.port), "-j", "DROP"]
                 for flag in ("--dport", "--sport")]  # fmt: skip
        iptables = shutil.which("iptables")
        if iptables is None or os.geteuid() != 0:
            pytest.skip("a silent network needs iptables as root")
        added = []
        try:
            for rule in rules:
                if subprocess.run([iptables, "-A", *rule], capture_output=True).returncode:
                    pytest.skip("iptables is not allowed here")
                added.append(rule)
            yield
        finally:
            for rule in added:
                subprocess.run([iptables, "-D", *rule], check=False)
