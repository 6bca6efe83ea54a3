"""The database: engine, pragmas, transactions, schema version and migrations.

Everything SQLite-specific (pragmas, BEGIN IMMEDIATE, the backup API, integrity check)
lives in this module; a PostgreSQL server shared by several desks is
:class:`desk.server.database.ServerDatabase`, the same interface on the same models.

Every user action is one short transaction: ``with db.write() as session:`` begins
IMMEDIATE (the write lock is taken up front, so two writers queue instead of failing
half-way) and commits at the end; ``with db.read() as session:`` only reads.
"""

from __future__ import annotations

import gc
import os
import socket
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    String,
    Table,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.functions import FunctionElement

from desk.errors import DatabaseError
from desk.i18n import translate
from desk.storage import paths
from desk.storage.models import SCHEMA_VERSION, Base, Desk, Meta, new_id

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 65_536  # page cache per connection: the whole working set of a large event

# Migration from version N to N+1 (key N). Each runs inside one transaction after a
# backup copy of the file was written next to it.
Migration = Callable[[Connection], None]


def default_desk_name() -> str:
    """The name a new database gives its desk when nobody named it: the computer's."""
    return socket.gethostname().strip() or "Desk"


def _schema_2(conn: Connection) -> None:
    """Door scans learn where (World Café table, bus) and what the door noticed; a
    participant can be merged into another."""
    conn.exec_driver_sql("ALTER TABLE records ADD COLUMN place VARCHAR(64)")
    conn.exec_driver_sql("ALTER TABLE records ADD COLUMN flag VARCHAR(32)")
    conn.exec_driver_sql("CREATE INDEX ix_records_kind_target ON records (kind, target_id)")
    conn.exec_driver_sql("ALTER TABLE participants ADD COLUMN merged_into VARCHAR(36)")


def _schema_3(conn: Connection) -> None:
    """An audit log of what is not a record (imports, exports, backups, sign-ins…)."""
    conn.exec_driver_sql(
        "CREATE TABLE audit (id VARCHAR(36) NOT NULL, at DATETIME NOT NULL, "
        "desk_id VARCHAR(36) NOT NULL, operator VARCHAR(200) NOT NULL, "
        "action VARCHAR(32) NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (id))"
    )
    conn.exec_driver_sql("CREATE INDEX ix_audit_at ON audit (at)")


def _schema_4(conn: Connection) -> None:
    """A list's other columns are kept per person (``extra``, a JSON object), and the
    dietary need among them is known for catering (``dietary``)."""
    conn.exec_driver_sql("ALTER TABLE participants ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'")
    conn.exec_driver_sql(
        "ALTER TABLE participants ADD COLUMN dietary VARCHAR(200) NOT NULL DEFAULT ''"
    )


def _schema_5(conn: Connection) -> None:
    """Online attendance: the rows of Zoom and Teams exports, and who each online
    identity is."""
    from desk.storage.models import OnlineInterval, OnlineMatch

    for table in (OnlineInterval.__table__, OnlineMatch.__table__):
        table.create(conn)


MIGRATIONS: dict[int, Migration] = {1: _schema_2, 2: _schema_3, 3: _schema_4, 4: _schema_5}


class _AppendOrder(ColumnElement[int]):
    """The order records were appended in: SQLite's rowid, a PostgreSQL server's ``seq``
    column (filled from a sequence while the writer holds the server's write lock, so
    that it grows in commit order). Records are never edited or deleted, so "after
    position N" is exactly what was added since a reader last looked."""

    type = Integer()
    inherit_cache = True


@compiles(_AppendOrder)
def _append_order_sqlite(_element: _AppendOrder, _compiler: Any, **_kw: Any) -> str:
    return "records.rowid"


@compiles(_AppendOrder, "postgresql")
def _append_order_server(_element: _AppendOrder, _compiler: Any, **_kw: Any) -> str:
    return "records.seq"


APPEND_ORDER = _AppendOrder()


class stored_time(FunctionElement[str]):
    """A UTC time column as the text SQLite stores (``YYYY-MM-DD HH:MM:SS[.ffffff]``):
    compares as a time and costs no parsing for 200,000 rows. On PostgreSQL, the same
    text made by ``to_char`` (always with microseconds), compared by code point."""

    type = String()
    inherit_cache = True
    name = "stored_time"


@compiles(stored_time)
def _stored_time_sqlite(element: stored_time, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(stored_time, "postgresql")
def _stored_time_server(element: stored_time, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"to_char({column}, 'YYYY-MM-DD HH24:MI:SS.US') COLLATE \"C\""


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event, not the driver, decide how a transaction begins.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("desk_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def bulk_insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many rows (tuples in ``columns`` order) through the driver's executemany,
    with each column's own bind processing (UTC times) but without SQLAlchemy's per-row
    statement machinery, which costs more than SQLite itself at 500,000 rows."""
    if not rows:
        return
    processors = [table.c[name].type.bind_processor(conn.dialect) for name in columns]
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    if conn.dialect.paramstyle != "qmark":  # psycopg
        sql = sql.replace("?", "%s")
    converters = {i: p for i, p in enumerate(processors) if p is not None}
    if converters:
        columns_of = list(zip(*rows, strict=True))
        for i, convert in converters.items():
            # Bulk rows share their timestamps: convert each distinct value once.
            memo: dict[Any, Any] = {None: None}
            columns_of[i] = tuple(
                memo[v] if v in memo else memo.setdefault(v, convert(v)) for v in columns_of[i]
            )
        rows = list(zip(*columns_of, strict=True))
    conn.exec_driver_sql(sql, rows if isinstance(rows, list) else list(rows))


@contextmanager
def indexes_built_after(conn: Connection, table: Table, rows: int) -> Iterator[None]:
    """While many rows go into ``table`` (SQLite), drop its secondary indexes and build them
    again afterwards, in the caller's transaction: building an index from sorted rows is
    several times faster than keeping it up to date row by row. Unique constraints stay
    (their indexes are SQLite's own). Below ``BULK_ROWS`` rows, and on a server shared with
    desks that are scanning, nothing changes."""
    if rows < BULK_ROWS or conn.dialect.name != "sqlite":
        yield
        return
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        (table.name,),
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        conn.exec_driver_sql(sql)


BULK_ROWS = 10_000


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while hundreds of thousands of rows are
    built: it would otherwise walk every live object again and again (a third of a big
    merge's time) for rows that never form cycles. Reference counting still frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plain_rows(session: Session, query: Any) -> Sequence[tuple[Any, ...]]:
    """The rows of a SELECT as plain driver tuples: at 200,000 rows SQLAlchemy's row
    objects cost more than SQLite itself, and tuples compare in C. Lists in ``in_()`` are
    rendered into the statement."""
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    cursor = connection.connection.cursor()
    try:
        params: Any = (
            [compiled.params[name] for name in compiled.positiontup or ()]
            if compiled.positional
            else compiled.params
        )
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", pool_pre_ping=False)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One desk's database file."""

    # A desk on a shared server (desk.server.database.ServerDatabase) says True, and may be
    # offline: working on its replica until the server answers again.
    is_server = False
    online = True

    def __init__(self, path: Path | str, *, desk_name: str | None = None) -> None:
        self.path = Path(path).expanduser().resolve()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                translate("db", "Cannot create the folder {folder}: {reason}").format(
                    folder=self.path.parent, reason=exc.strerror or exc
                )
            ) from exc
        self.engine = make_engine(self.path)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(desk_write=True), expire_on_commit=False
        )
        try:
            self._prepare(desk_name)
        except (OperationalError, SADatabaseError) as exc:
            self.engine.dispose()
            raise DatabaseError(
                translate("db", "Cannot open the database {path}: {reason}").format(
                    path=self.path, reason=exc.orig if exc.orig is not None else exc
                )
            ) from exc
        except BaseException:
            self.engine.dispose()
            raise

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: BEGIN IMMEDIATE … COMMIT (rolled back on any error)."""
        with self._writer.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (rolled back at the end)."""
        with self._reader() as session, session.begin():
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def location(self) -> str:
        """Where the data is, for people: the file (a server desk: the server)."""
        return str(self.path)

    @property
    def local(self) -> Database:
        """The file on this computer: the database itself (a server desk: its replica)."""
        return self

    def pending(self) -> int:
        """Records waiting for a server (a server desk that lost it): none here."""
        return 0

    def catch_up(self) -> None:
        """Bring the file on this computer up to date (a server desk: its replica)."""

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity -----------------------------------------------------------------------

    @property
    def desk_id(self) -> str:
        return self._meta["desk_id"]

    @property
    def desk_name(self) -> str:
        return self._meta["desk_name"]

    @property
    def event_id(self) -> str | None:
        return self._meta.get("event_id")

    @property
    def schema_version(self) -> int:
        return int(self._meta["schema_version"])

    def set_desk_name(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise DatabaseError(translate("db", "The desk name cannot be empty."))
        with self.write() as session:
            session.merge(Meta(key="desk_name", value=name))
            session.merge(Desk(id=self.desk_id, name=name))
        self._meta["desk_name"] = name

    def bind_event(self, event_id: str) -> None:
        """Remember which event this database belongs to (set once)."""
        if self.event_id == event_id:
            return
        if self.event_id is not None:
            raise DatabaseError(
                translate(
                    "db", "This database belongs to the event {db_event}, not {event}."
                ).format(db_event=self.event_id, event=event_id)
            )
        with self.write() as session:
            session.merge(Meta(key="event_id", value=event_id))
        self._meta["event_id"] = event_id

    # -- checks -------------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check plus foreign keys; an empty list means healthy."""
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            problems = [] if rows == ["ok"] else rows
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems += [f"foreign key: {tuple(r)}" for r in fk]
            conn.rollback()
        return problems

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the database through SQLite's backup API."""
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(self.path)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        return target

    # -- schema -------------------------------------------------------------------------

    def _prepare(self, desk_name: str | None) -> None:
        with self.engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                ).fetchall()
            }
            conn.rollback()
        if "meta" not in tables:
            if tables:
                raise DatabaseError(
                    translate("db", "{path} is not a Desk database.").format(path=self.path)
                )
            self._create(desk_name)
        self._meta = self._load_meta()
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                translate(
                    "db",
                    "{path} was written by a newer Desk (schema {found}, this Desk knows {known}); "
                    "update Desk to open it.",
                ).format(path=self.path, found=version, known=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)
            self._meta = self._load_meta()

    def _create(self, desk_name: str | None) -> None:
        desk_id = new_id()
        name = (desk_name or "").strip() or default_desk_name()
        with self.engine.execution_options(desk_write=True).begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(
                Meta.__table__.insert(),
                [
                    {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                    {"key": "desk_id", "value": desk_id},
                    {"key": "desk_name", "value": name},
                ],
            )
            conn.execute(Desk.__table__.insert(), [{"id": desk_id, "name": name}])

    def _load_meta(self) -> dict[str, str]:
        with self.read() as session:
            return {m.key: m.value for m in session.scalars(select(Meta))}

    def _migrate(self, version: int) -> None:
        backup = self.path.with_name(f"{self.path.stem}.before-schema-{SCHEMA_VERSION}.sqlite3")
        self.backup_to(backup)
        with self.engine.execution_options(desk_write=True).begin() as conn:
            while version < SCHEMA_VERSION:
                step = MIGRATIONS.get(version)
                if step is None:
                    raise DatabaseError(
                        translate("db", "No migration from schema {version}.").format(
                            version=version
                        )
                    )
                step(conn)
                version += 1
            conn.execute(
                text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(version)}
            )


def open_database(
    target: Path | str | None = None,
    *,
    desk_name: str | None = None,
    local: Path | str | None = None,
) -> Database:
    """The database at ``target``, else ``DESK_DB``, else the user data folder. A
    ``postgresql://`` URL is a server several desks share, with ``local`` as this desk's
    replica (default: one file per server and desk name in the user data folder)."""
    from desk.server.engine import is_server_url

    target = target or os.environ.get("DESK_DB") or None
    if is_server_url(target):
        from desk.server.database import ServerDatabase

        return ServerDatabase(str(target), local=local, desk_name=desk_name)
    return Database(local_path(target), desk_name=desk_name)


def local_path(
    target: Path | str | None = None,
    *,
    desk_name: str | None = None,
    local: Path | str | None = None,
) -> Path:
    """The file on this computer that :func:`open_database` opens (with a server: this
    desk's replica), for the checks made before opening it."""
    from desk.server.engine import is_server_url

    target = target or os.environ.get("DESK_DB") or None
    if is_server_url(target):
        from desk.server.database import replica_path

        return Path(local) if local else replica_path(str(target), desk_name)
    return Path(target) if target else paths.default_db_path()
