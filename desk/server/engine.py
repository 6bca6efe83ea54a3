"""The PostgreSQL server several desks share: its URL, engine, write lock and schema.

A write transaction on the server takes one transaction-level advisory lock first, the
server's counterpart of SQLite's ``BEGIN IMMEDIATE``: writers from every desk queue
instead of interleaving, so that a check-in reads and appends under the same lock at
every desk (two desks scanning one badge at once: one CHECKED IN, one ALREADY), and the
``seq`` columns below grow in commit order (a reader that has seen ``seq`` N has seen
everything before it).

The schema is the models' own plus what only the server needs: ``records.seq`` (the
append order, SQLite's rowid), ``online_intervals.seq`` and ``online_matches.seq`` (the
same for the two append-only online tables) and ``participants.seq`` (set from a sequence
on every insert and update), which tell a desk's replica what changed since it last looked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desk.errors import DatabaseError
from desk.i18n import translate
from desk.storage.models import SCHEMA_VERSION, Base, Meta, Participant, Record

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# Seconds before an unanswered server counts as gone (libpq's minimum connect timeout).
TIMEOUT_S = 2
WRITE_LOCK = 0x0DE5C  # pg_advisory_xact_lock key: "the desk write lock"
KIND = "server"  # meta "kind" of a server database (a desk's file has none)

# The append order of the online tables (schema 5), as records have it.
_ONLINE_SEQ_DDL = (
    "ALTER TABLE online_intervals ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY",
    "CREATE UNIQUE INDEX ix_online_intervals_seq ON online_intervals (seq)",
    "ALTER TABLE online_matches ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY",
    "CREATE UNIQUE INDEX ix_online_matches_seq ON online_matches (seq)",
)
_EXTRA_DDL = (
    "ALTER TABLE records ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY",
    "CREATE UNIQUE INDEX ix_records_seq ON records (seq)",
    *_ONLINE_SEQ_DDL,
    "CREATE SEQUENCE participants_seq",
    "ALTER TABLE participants ADD COLUMN seq BIGINT NOT NULL DEFAULT nextval('participants_seq')",
    "CREATE INDEX ix_participants_seq ON participants (seq)",
    """CREATE FUNCTION desk_participant_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.seq := nextval('participants_seq');
    RETURN NEW;
END $$""",
    "CREATE TRIGGER participants_changed BEFORE UPDATE ON participants "
    "FOR EACH ROW EXECUTE FUNCTION desk_participant_changed()",
)


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.split(":", 1)[0].lower() in SCHEMES


def server_url(url: str) -> URL:
    """``postgresql://USER@/DBNAME?host=/SOCKET/DIR`` (or host:port) for psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(
            translate("db", "{url} is not a server address ({reason}).").format(url=url, reason=exc)
        ) from exc
    if not parsed.database:
        raise DatabaseError(
            translate(
                "db", "{url} names no database; write postgresql://USER@HOST/DATABASE."
            ).format(url=url)
        )
    return parsed.set(drivername="postgresql+psycopg")


def shown(url: str) -> str:
    """The URL as people may read it (without a password)."""
    try:
        text = server_url(url).render_as_string(hide_password=True).replace("+psycopg", "", 1)
        return unquote(text)
    except DatabaseError:
        return url


def connect_args() -> dict[str, Any]:
    """libpq settings: give up on a server that does not answer within TIMEOUT_S (when
    connecting, on a connection whose peer went silent, waiting for the write lock),
    times in UTC."""
    return {
        "connect_timeout": TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": TIMEOUT_S,
        "keepalives_interval": 1,
        "keepalives_count": 2,
        "tcp_user_timeout": TIMEOUT_S * 750,  # the kernel gives up a little after it
        # A write lock not granted within TIMEOUT_S (another desk's long import, a stuck
        # transaction) counts as a server that does not answer.
        "options": f"-c timezone=UTC -c lock_timeout={TIMEOUT_S * 1000}",
        "application_name": "desk",
    }


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("desk_write"):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def make_server_engine(url: str) -> Engine:
    engine = create_engine(
        server_url(url),
        # No pre-ping: ServerDatabase._begin's first statement is the check, so that a
        # silent network costs the timeout once, not once for the ping and again to connect.
        pool_pre_ping=False,
        pool_size=2,
        max_overflow=6,
        connect_args=connect_args(),
    )
    event.listen(engine, "begin", _on_begin)
    return engine


def is_disconnect(exc: BaseException) -> bool:
    """Whether ``exc`` means the server is gone (not that it refused a statement): a
    client-side failure (no SQLSTATE), a connection error (class 08) or a shutdown (57P)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    state = getattr(exc.orig, "sqlstate", None)
    return state is None or state.startswith(("08", "57P"))


def reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


# -- schema ------------------------------------------------------------------------------


def _tables(conn: Connection) -> set[str]:
    return set(
        conn.scalars(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema()"
            )
        )
    )


def _server_meta(conn: Connection) -> dict[str, str]:
    return {m.key: m.value for m in conn.execute(select(Meta.key, Meta.value))}  # type: ignore[misc]


def init_schema(engine: Engine) -> bool:
    """Create Desk's schema on an empty database; False when it is already a Desk server
    database of this version. DatabaseError for any other database with tables in it."""
    with engine.connect() as conn:
        tables = _tables(conn)
        if tables:
            meta = _server_meta(conn) if "meta" in tables else {}
            conn.rollback()
            if meta.get("kind") != KIND:
                raise DatabaseError(
                    translate(
                        "server",
                        "The database already has tables that are not Desk's ({tables}): "
                        "nothing was changed. Give Desk an empty database of its own.",
                    ).format(tables=", ".join(sorted(tables)[:5]))
                )
            found = int(meta.get("schema_version", "0"))
            if found in SERVER_MIGRATIONS:
                _upgrade(engine, found)
            check_version(_server_meta_now(engine))
            return False
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        for ddl in _EXTRA_DDL:
            conn.exec_driver_sql(ddl)
        conn.execute(
            Meta.__table__.insert(),
            [
                {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                {"key": "kind", "value": KIND},
            ],
        )
    return True


# Server schema N → N+1 (key N), the server's side of desk.storage.db.MIGRATIONS, run by
# ``desk server init URL`` on a server database of an older Desk.
SERVER_MIGRATIONS: dict[int, tuple[str, ...]] = {
    3: (
        "ALTER TABLE participants ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE participants ADD COLUMN dietary VARCHAR(200) NOT NULL DEFAULT ''",
    ),
    # Online attendance (desk.storage.db._schema_5), with the append order replicas pull by.
    4: (
        "CREATE TABLE online_intervals (id VARCHAR(36) NOT NULL, source VARCHAR(16) NOT NULL, "
        "meeting_id VARCHAR(64) NOT NULL, file_sha256 VARCHAR(64) NOT NULL, "
        "file_name VARCHAR(300) NOT NULL, line INTEGER NOT NULL, "
        "raw_name VARCHAR(300) NOT NULL, email VARCHAR(320) NOT NULL, "
        'upn VARCHAR(320) NOT NULL, identity VARCHAR(400) COLLATE "C" NOT NULL, '
        "join_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, "
        "leave_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, "
        "imported_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, desk_id VARCHAR(36) NOT NULL, "
        "operator VARCHAR(200) NOT NULL, PRIMARY KEY (id))",
        "CREATE INDEX ix_online_intervals_file ON online_intervals (file_sha256)",
        "CREATE INDEX ix_online_intervals_identity ON online_intervals (identity)",
        "CREATE TABLE online_matches (id VARCHAR(36) NOT NULL, "
        'identity VARCHAR(400) COLLATE "C" NOT NULL, participant_id VARCHAR(36), '
        "method VARCHAR(16) NOT NULL, at TIMESTAMP WITHOUT TIME ZONE NOT NULL, "
        "desk_id VARCHAR(36) NOT NULL, operator VARCHAR(200) NOT NULL, PRIMARY KEY (id))",
        "CREATE INDEX ix_online_matches_identity ON online_matches (identity, at)",
        *_ONLINE_SEQ_DDL,
    ),
}


def _server_meta_now(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        meta = _server_meta(conn)
        conn.rollback()
    return meta


def _upgrade(engine: Engine, found: int) -> None:
    """Bring a server database of schema ``found`` up to this Desk's, in one transaction
    under the write lock (desks queue behind it)."""
    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        version = int(_server_meta(conn).get("schema_version", "0"))
        while version < SCHEMA_VERSION and version in SERVER_MIGRATIONS:
            for ddl in SERVER_MIGRATIONS[version]:
                conn.exec_driver_sql(ddl)
            version += 1
        conn.execute(
            Meta.__table__.update().where(Meta.key == "schema_version"),
            {"value": str(version)},
        )


def schema_found(url: str) -> int | None:
    """The schema version of the Desk database at ``url`` (None: no Desk tables yet)."""
    with connected(url) as engine, engine.connect() as conn:
        meta = _server_meta(conn) if "meta" in _tables(conn) else {}
        conn.rollback()
    found = meta.get("schema_version")
    return int(found) if found is not None and meta.get("kind") == KIND else None


def check_version(meta: dict[str, str]) -> None:
    found = int(meta.get("schema_version", "0"))
    if found > SCHEMA_VERSION:
        raise DatabaseError(
            translate(
                "server",
                "The server's database was written by a newer Desk (schema {found}, this Desk "
                "knows {known}); update Desk on this computer.",
            ).format(found=found, known=SCHEMA_VERSION)
        )
    if found < SCHEMA_VERSION:
        raise DatabaseError(
            translate(
                "server",
                "The server's database has schema {found}; this Desk needs {known}. Update "
                "it from a desk with `desk server init URL`.",
            ).format(found=found, known=SCHEMA_VERSION)
        )


def read_meta(conn: Connection, url: str) -> dict[str, str]:
    """The server's meta rows; DatabaseError when it is not a Desk server database."""
    if "meta" not in _tables(conn):
        raise DatabaseError(
            translate(
                "server",
                "{url} has no Desk database yet: create it once with `desk server init {url}`.",
            ).format(url=shown(url))
        )
    meta = _server_meta(conn)
    if meta.get("kind") != KIND:
        raise DatabaseError(
            translate("server", "{url} is not a Desk server database.").format(url=shown(url))
        )
    check_version(meta)
    return meta


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """What ``desk server check`` reports."""

    url: str
    server_version: str
    schema_version: int
    event_id: str | None
    desks: int
    participants: int
    records: int
    round_trip_ms: float

    def lines(self) -> list[str]:
        return [
            translate("server", "Server: {url} (PostgreSQL {version})").format(
                url=self.url, version=self.server_version
            ),
            translate("server", "Schema: {version} (this Desk: {known})").format(
                version=self.schema_version, known=SCHEMA_VERSION
            ),
            translate("server", "Event: {event}").format(event=self.event_id or "—"),
            translate(
                "server", "Desks: {desks} · participants: {participants} · records: {records}"
            ).format(desks=self.desks, participants=self.participants, records=self.records),
            translate("server", "Round trip: {ms:.1f} ms").format(ms=self.round_trip_ms),
        ]


@contextmanager
def connected(url: str) -> Iterator[Engine]:
    """A short-lived engine for one server command; DatabaseError when unreachable."""
    engine = make_server_engine(url)
    try:
        yield engine
    except DBAPIError as exc:
        if is_disconnect(exc):
            raise DatabaseError(
                translate(
                    "server", "The server {url} does not answer ({reason}); nothing was changed."
                ).format(url=shown(url), reason=reason(exc))
            ) from exc
        raise
    finally:
        engine.dispose()


def check_server(url: str) -> ServerStatus:
    import time

    with connected(url) as engine, engine.connect() as conn:
        started = time.perf_counter()
        conn.exec_driver_sql("SELECT 1").scalar()
        round_trip = (time.perf_counter() - started) * 1000
        version = str(conn.exec_driver_sql("SHOW server_version").scalar()).split()[0]
        meta = read_meta(conn, url)

        def count(table: Any) -> int:
            return int(conn.execute(select(text("count(*)")).select_from(table)).scalar() or 0)

        status = ServerStatus(
            url=shown(url),
            server_version=version,
            schema_version=int(meta["schema_version"]),
            event_id=meta.get("event_id"),
            desks=count(text("desks")),
            participants=count(Participant.__table__),
            records=count(Record.__table__),
            round_trip_ms=round_trip,
        )
        conn.rollback()
    return status
