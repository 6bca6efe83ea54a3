"""A desk working on the server several desks share, with its own file as live replica.

:class:`ServerDatabase` has the interface of :class:`desk.storage.db.Database`, so every
feature runs on the server unchanged. While the server answers, reads and writes go to
it (a write under the server's write lock, see :mod:`desk.server.engine`) and the replica
follows it (:meth:`ServerDatabase.sync`, called by the window every second and by each
command). When the server does not answer within two seconds, the desk switches to its
replica and goes on there; the next time the server answers, what was recorded meanwhile
is replayed to it first (:mod:`desk.server.replica`), then the desk is back on the server.

A write that loses the server half-way is rolled back on the desk's side and raises
:class:`ServerLost`: the caller does it again, on the replica now (the command line and
the window's actions do so by themselves).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk.errors import DatabaseError, ServerLost
from desk.events.event import Event, default_event
from desk.i18n import translate
from desk.server import engine as srv
from desk.server import replica as rep
from desk.storage import paths
from desk.storage.db import Database
from desk.storage.models import SCHEMA_VERSION, Desk, Meta, new_id

log = logging.getLogger(__name__)

PROBE_INTERVAL_S = 2.0


def replica_path(url: str, desk_name: str | None) -> Path:
    """The default replica: the user data folder, one file per server and desk name."""
    key = f"{srv.shown(url)}|{(desk_name or '').strip()}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:12]
    return paths.user_data_dir() / "replicas" / f"server-{digest}.sqlite3"


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What :meth:`ServerDatabase.sync` did."""

    changed: bool  # the data seen may differ from before (pulled, replayed, switched)
    replayed: rep.Replayed | None = None
    came_back: bool = False


class ServerDatabase(Database):
    """A desk on the shared server ``url``, replicated into the SQLite file ``local``."""

    is_server = True

    def __init__(
        self,
        url: str,
        *,
        local: Path | str | None = None,
        desk_name: str | None = None,
        event: Event | None = None,
    ) -> None:
        self.url = url
        self.shown_url = srv.shown(url)
        self.replica = Database(
            Path(local) if local else replica_path(url, desk_name), desk_name=desk_name
        )
        self.path = self.replica.path
        self._event = event
        self.engine = srv.make_server_engine(url)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._snapshot = sessionmaker(
            self.engine.execution_options(isolation_level="REPEATABLE READ"),
            expire_on_commit=False,
        )
        self._writer = sessionmaker(
            self.engine.execution_options(desk_write=True), expire_on_commit=False
        )
        self.online = False
        self.offline_reason = ""
        self.server_id = ""
        self._server_event: str | None = None
        self._back = threading.Event()
        self._probe: threading.Thread | None = None
        self._closed = threading.Event()
        self.last_replay: rep.Replayed | None = None
        try:
            self._connect()
        except DBAPIError as exc:
            if not (srv.is_disconnect(exc) or isinstance(exc, OperationalError)):
                self.close()
                raise DatabaseError(srv.reason(exc)) from exc
            self._lost(exc)
        except BaseException:
            self.close()
            raise

    @property
    def event(self) -> Event:
        if self._event is None:
            self._event = default_event()
        return self._event

    # -- identity: this desk is its replica's desk; the event is the server's ------------

    @property
    def local(self) -> Database:
        return self.replica

    @property
    def location(self) -> str:
        return self.shown_url

    @property
    def desk_id(self) -> str:
        return self.replica.desk_id

    @property
    def desk_name(self) -> str:
        return self.replica.desk_name

    @property
    def event_id(self) -> str | None:
        return self._server_event if self.online else self.replica.event_id

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def set_desk_name(self, name: str) -> None:
        self.replica.set_desk_name(name)
        if self.online:
            with self.write() as session:
                session.merge(Desk(id=self.desk_id, name=self.desk_name))

    def bind_event(self, event_id: str) -> None:
        if self.online:
            if self._server_event is None:
                with self.write() as session:
                    found = session.get(Meta, "event_id")
                    if found is None:
                        session.add(Meta(key="event_id", value=event_id))
                        self._server_event = event_id
                    else:
                        self._server_event = found.value
            if self._server_event != event_id:
                raise DatabaseError(
                    translate(
                        "server",
                        "The server's database belongs to the event {db_event}, not {event}.",
                    ).format(db_event=self._server_event, event=event_id)
                )
        self.replica.bind_event(event_id)

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction on the server (under its write lock), else on the replica."""
        with self._transaction(self._writer, self.replica.write) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._transaction(self._reader, self.replica.read) as session:
            yield session

    @contextmanager
    def _transaction(
        self,
        factory: sessionmaker[Session],
        fallback: Callable[[], AbstractContextManager[Session]],
    ) -> Iterator[Session]:
        session = self._begin(factory) if self.online else None
        if session is None:
            with fallback() as local:
                yield local
            return
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            with suppress(Exception):
                session.rollback()
            if srv.is_disconnect(exc):
                self._lost(exc)
                raise ServerLost(self._lost_message()) from exc
            raise
        except BaseException:
            with suppress(Exception):
                session.rollback()
            raise
        finally:
            with suppress(Exception):
                session.close()

    def _begin(self, factory: sessionmaker[Session]) -> Session | None:
        """A session whose transaction has begun on the server (connected, write lock held
        for a writer); None, and the desk offline, when the server does not answer.

        The first statement (the write lock, or ``SELECT 1`` for a reader) is the check
        that the server answers: within TIMEOUT_S, else the desk goes on with its file. A
        connection that fails at once was left over from before a server restart: one
        fresh connection is tried then (a silent network costs its timeout only once)."""
        for attempt in (1, 2):
            session = factory()
            started = time.monotonic()
            try:
                session.begin()
                connection = session.connection()
                if not connection.get_execution_options().get("desk_write"):
                    connection.exec_driver_sql("SELECT 1")
                return session
            except DBAPIError as exc:
                with suppress(Exception):
                    session.close()
                # Not connected, refusing connections, restarting, or the write lock not
                # granted in time: this desk goes on with its own file.
                if not (srv.is_disconnect(exc) or isinstance(exc, OperationalError)):
                    raise
                self.engine.dispose(close=False)  # closing a dead socket waits again
                if attempt == 2 or time.monotonic() - started >= srv.TIMEOUT_S / 4:
                    self._lost(exc)
                    break
        return None

    def _lost_message(self) -> str:
        return translate(
            "server",
            "The connection to the server was lost: this was not saved. Do it again: it will "
            "be saved on this computer.",
        )

    # -- switching ------------------------------------------------------------------------

    def _connect(self) -> None:
        """Reach the server: check its schema, replay what waits, pull, go online."""
        with self.engine.connect() as conn:
            meta = srv.read_meta(conn, self.url)
            conn.rollback()
        self.server_id = meta.get(rep.SERVER_ID) or ""
        self._server_event = meta.get("event_id")
        replica_event = self.replica.event_id
        if self._server_event and replica_event and self._server_event != replica_event:
            raise DatabaseError(
                translate(
                    "server",
                    "This desk's file {path} belongs to the event {local}, the server to "
                    "{server}: choose another file with --local.",
                ).format(path=self.replica.path, local=replica_event, server=self._server_event)
            )
        with self._writer.begin() as session:
            session.merge(Desk(id=self.desk_id, name=self.desk_name))
            everything = rep.diverged(session, self.replica, self.server_id)
            self.last_replay = rep.push(self.replica, session, self.event, everything=everything)
        rep.pushed(self.replica, reset=everything)
        if self.last_replay is not None:
            log.info(
                "replayed to the server: %d records, %d participants",
                self.last_replay.records,
                self.last_replay.participants,
            )
        self.online = True
        self.offline_reason = ""
        self._pull()

    def _pull(self) -> int:
        with self._snapshot() as session, session.begin():
            if not rep.diverged(session, self.replica, self.server_id):
                return rep.pull(session, self.replica, self.event, self.server_id)
        # The server is not the one the replica followed (restored from a backup): merge
        # the whole replica into it, then follow it from the start.
        log.warning("server %s is not where this desk left it: exchanging everything",
                    self.shown_url)  # fmt: skip
        self._connect()
        return 1

    def _lost(self, exc: BaseException) -> None:
        was_online = self.online or not self.offline_reason
        self.online = False
        self.offline_reason = srv.reason(exc)
        self.engine.dispose(close=False)  # closing a dead connection would wait again
        rep.mark_offline(self.replica)
        if was_online:
            log.info("server %s lost (%s): working on %s", self.shown_url,
                        self.offline_reason, self.replica.path)  # fmt: skip

    def sync(self) -> SyncResult:
        """Keep up with the server: online, copy what other desks did into the replica;
        offline, once the server answers again, replay and go back to it. Never raises
        for a server that does not answer."""
        if self._closed.is_set():
            return SyncResult(changed=False)
        if not self.online:
            if not self._back.is_set():
                self._start_probe()
                return SyncResult(changed=False)
            self._back.clear()
            try:
                self._connect()
            except DBAPIError as exc:
                if not (srv.is_disconnect(exc) or isinstance(exc, OperationalError)):
                    raise
                self._lost(exc)
                return SyncResult(changed=False)
            log.info("server %s back", self.shown_url)
            return SyncResult(changed=True, replayed=self.last_replay, came_back=True)
        try:
            return SyncResult(changed=self._pull() > 0)
        except DBAPIError as exc:
            if not srv.is_disconnect(exc):
                raise
            self._lost(exc)
            return SyncResult(changed=True)

    def reconnect_now(self) -> SyncResult:
        """Try the server at once rather than when the background probe next finds it."""
        if not self.online:
            self._back.set()
        return self.sync()

    def _start_probe(self) -> None:
        if self._probe is not None and self._probe.is_alive():
            return
        self._probe = threading.Thread(target=self._probe_loop, name="desk-server-probe",
                                       daemon=True)  # fmt: skip
        self._probe.start()

    def _probe_loop(self) -> None:
        conninfo = srv.server_url(self.url).set(drivername="postgresql")
        dsn = conninfo.render_as_string(hide_password=False)
        args = srv.connect_args()
        while not self._closed.wait(PROBE_INTERVAL_S):
            try:
                with psycopg.connect(dsn, **args) as conn:
                    conn.execute("SELECT 1")
            except psycopg.Error:
                continue
            self._back.set()
            return

    def pending(self) -> int:
        """This desk's records not on the server yet."""
        return rep.pending(self.replica)

    def catch_up(self) -> None:
        self.sync()

    # -- checks and life cycle ------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """The replica's integrity, and whether the server answers with Desk's schema."""
        problems = self.replica.integrity_check()
        if self.online:
            try:
                with self.engine.connect() as conn:
                    srv.read_meta(conn, self.url)
                    conn.rollback()
            except DatabaseError as exc:
                problems.append(str(exc))
        return problems

    def backup_to(self, target: Path) -> Path:
        return self.replica.backup_to(target)

    def close(self) -> None:
        """Bring the replica up to date (it is what this desk opens on when the server is
        away), then let go of both."""
        if self.online and not self._closed.is_set():
            with suppress(Exception):
                self.sync()
        self._closed.set()
        self.engine.dispose()
        self.replica.close()


def init_server(url: str) -> bool:
    """``desk server init``: Desk's schema on an empty database (True), or nothing to do
    on a Desk server database of this version (False)."""
    with srv.connected(url) as engine:
        created = srv.init_schema(engine)
        if created:
            with engine.begin() as conn:
                conn.execute(Meta.__table__.insert(), [{"key": rep.SERVER_ID, "value": new_id()}])
        return created
