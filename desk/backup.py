"""Backups of the desk's database, their rotation, and restoring one (no Qt).

Where
    ``<folder of the database>/backups/<database file stem>/``: a database given with
    ``--db`` on a USB stick keeps its backups on the stick, beside it; two databases in one
    folder never mix their backups. :func:`backups_folder` is the one place that says so.

What a backup is
    ``<stem>-<UTC time>-<reason>.sqlite3`` (``desk-20220523T141502Z-before-import.sqlite3``)
    plus a small ``… .sqlite3.json`` beside it with the SHA-256 of the copy, its counts and
    the database's identity, so that listing backups opens no database and a damaged copy
    is refused before it is restored. The copy is made with SQLite's online backup API,
    in one step: in WAL mode a reader never blocks a writer, so check-ins go on while it
    runs (a copy made in several steps would restart each time another connection commits
    and might never finish at a busy desk). It is written to a temporary name, fsynced,
    checked (``PRAGMA quick_check``), then renamed: a failed backup raises
    :class:`BackupError` and leaves no half file.

Rotation (after each automatic backup)
    Only automatic backups (reason ``auto``) are ever deleted, and only by rotation: the
    newest ``keep_last`` (24: two hours at the default 5-minute interval) are kept, plus the
    newest one of each clock hour of the last ``hourly_hours`` (48). Backups made by hand
    (``manual``) or before something risky (``before-import``, ``before-merge``,
    ``before-restore``, any other reason) are never deleted automatically. An automatic
    backup is skipped when nothing changed since the newest backup (a desk idle overnight
    does not fill the disk).

Restore
    :func:`restore` works on a *closed* database (the caller closes its ``Database``
    first; the window closes and reopens it). It verifies the backup, makes a
    ``before-restore`` backup of the current database, keeps the current file aside as
    ``<name>.replaced-<UTC time>`` (never deleted; its WAL is checkpointed first), and puts
    a copy of the backup in place atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.errors import DeskError
from desk.fileio import _fsync_dir, atomic_write
from desk.i18n import translate
from desk.models import SCHEMA_VERSION, utcnow

if TYPE_CHECKING:
    from desk.db import Database
    from desk.event import Event

AUTO = "auto"
MANUAL = "manual"
BEFORE_IMPORT = "before-import"
BEFORE_MERGE = "before-merge"
BEFORE_RESTORE = "before-restore"

DEFAULT_INTERVAL_MINUTES = 5
MIN_INTERVAL_MINUTES = 1
MAX_INTERVAL_MINUTES = 24 * 60
# Free space a backup must leave on the disk: check-ins need room to go on.
RESERVE_BYTES = 64 * 1024 * 1024
# A temporary file older than this is a leftover of a backup that was cut off.
STALE_TEMP_SECONDS = 3600
SIDECAR_SUFFIX = ".json"
SIDECAR_FORMAT = 1
_CHUNK = 1024 * 1024

_REASON = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<at>\d{8}T\d{6}Z)-(?P<reason>[a-z][a-z0-9-]*?)(?:\.(?P<n>\d+))?\.sqlite3$"
)
_STAMP = "%Y%m%dT%H%M%SZ"
_HEADER = b"SQLite format 3\x00"


class BackupError(DeskError):
    """A backup could not be made, read or restored; nothing was changed."""


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """Which automatic backups rotation keeps (see the module docstring)."""

    keep_last: int = 24
    hourly_hours: int = 48


DEFAULT_POLICY = RotationPolicy()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int
    participants: int | None = None
    records: int | None = None
    checked_in: int | None = None
    event_id: str | None = None
    desk_id: str | None = None
    desk_name: str | None = None
    schema_version: int | None = None
    sha256: str | None = None
    marker: tuple[Any, ...] | None = None  # see change_marker

    @property
    def automatic(self) -> bool:
        return self.reason == AUTO


@dataclass(frozen=True, slots=True)
class RestoreResult:
    database: Path  # the file now holding the restored data
    restored_from: Path  # the backup that was restored
    backup: BackupInfo  # what it holds
    kept_aside: Path | None  # the database that was in place, never deleted
    kept_aside_extra: tuple[Path, ...]  # its -wal/-shm files, if SQLite left any
    safety_backup: Path | None  # the before-restore backup of the database that was in place


# -- names and places -------------------------------------------------------------------


def backups_folder(db_path: Path | str) -> Path:
    """Where the backups of the database at ``db_path`` live (beside it)."""
    path = Path(db_path).expanduser().resolve()
    return path.parent / "backups" / path.stem


def reason_label(reason: str) -> str:
    """A backup's reason as the operator reads it."""
    labels = {
        AUTO: translate("backup", "automatic"),
        MANUAL: translate("backup", "made by hand"),
        BEFORE_IMPORT: translate("backup", "before an import"),
        BEFORE_MERGE: translate("backup", "before a merge"),
        BEFORE_RESTORE: translate("backup", "before a restore"),
    }
    return labels.get(reason, reason)


def _check_reason(reason: str) -> None:
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must match {_REASON.pattern}: {reason!r}")


def _utc(moment: datetime | None) -> datetime:
    if moment is None:
        return utcnow()
    if moment.tzinfo is None:
        raise ValueError("times must be aware (UTC)")
    return moment.astimezone(UTC)


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _free_name(folder: Path, base: str, suffix: str) -> Path:
    """``folder/base+suffix``, or ``base.2+suffix``… if that exists."""
    candidate = folder / f"{base}{suffix}"
    n = 2
    while candidate.exists() or _sidecar(candidate).exists():
        candidate = folder / f"{base}.{n}{suffix}"
        n += 1
    return candidate


def kept_aside_path(db_path: Path | str, now: datetime | None = None) -> Path:
    """The name the database in place will be kept under by a restore at ``now``."""
    path = Path(db_path).expanduser().resolve()
    stamp = _utc(now).strftime("%Y%m%dT%H%MZ")
    candidate = path.with_name(f"{path.name}.replaced-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.replaced-{stamp}.{n}")
        n += 1
    return candidate


# -- low-level file work ----------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _remove(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def _temp_companions(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + s) for s in ("", "-journal", "-wal", "-shm"))


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads the file as it is: no lock, no WAL, no file created.
    Only for files nobody writes to (backups, a copy being checked)."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _sqlite_copy(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` into ``target`` (one step; see the docstring)."""
    src = sqlite3.connect(source, timeout=10)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return str(exc)


# -- reading a database file ------------------------------------------------------------


_COUNTS_SQL = (
    "SELECT (SELECT count(*) FROM participants), (SELECT count(*) FROM records), "
    "(SELECT count(DISTINCT participant_id) FROM records WHERE kind = 'checkin' AND id NOT IN "
    "(SELECT target_id FROM records WHERE kind = 'void' AND target_id IS NOT NULL))"
)
# What changes whenever data changes: records are append-only (their rowid grows), a
# participant added or edited changes the count or the newest update, meta holds the
# desk's name and event.
_MARKER_SQL = (
    "SELECT (SELECT max(rowid) FROM records), (SELECT count(*) FROM participants), "
    "(SELECT max(updated_at) FROM participants), "
    "(SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM meta "
    "ORDER BY key)), (SELECT group_concat(id || '=' || name, ';') FROM (SELECT id, name "
    "FROM desks ORDER BY id))"
)


@dataclass(frozen=True, slots=True)
class _Content:
    meta: dict[str, str]
    participants: int
    records: int
    checked_in: int
    marker: tuple[Any, ...]


def _read_content(conn: sqlite3.Connection, path: Path) -> _Content:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"meta", "participants", "records"} <= tables:
        raise BackupError(translate("backup", "{path} is not a Desk database.").format(path=path))
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    participants, records, checked_in = conn.execute(_COUNTS_SQL).fetchone()
    marker = tuple(conn.execute(_MARKER_SQL).fetchone())
    return _Content(meta, participants, records, checked_in, marker)


def _check_file(path: Path, *, full: bool) -> _Content:
    """Open ``path`` read-only, check it (quick or full) and read what it holds."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise BackupError(
            translate("backup", "Cannot read {path}: {reason}").format(path=path, reason=_why(exc))
        ) from exc
    if header != _HEADER:
        raise BackupError(
            translate(
                "backup", "{path} is not a database (damaged or another kind of file)."
            ).format(path=path)
        )
    try:
        conn = _read_only(path)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchmany(20)]
            if rows != ["ok"]:
                raise BackupError(
                    translate("backup", "{path} is damaged: {problem}").format(
                        path=path, problem="; ".join(rows[:3])
                    )
                )
            if full and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise BackupError(
                    translate("backup", "{path} is damaged: {problem}").format(
                        path=path, problem="foreign key"
                    )
                )
            return _read_content(conn, path)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(
            translate("backup", "{path} is damaged: {problem}").format(path=path, problem=exc)
        ) from exc


def change_marker(db: Database) -> tuple[Any, ...]:
    """A small value that changes whenever the database's data changes."""
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(_MARKER_SQL).fetchone()
        conn.rollback()
    assert row is not None
    return tuple(row)


# -- making a backup --------------------------------------------------------------------


def _write_backup(
    copy: Callable[[Path], None],
    source: Path,
    folder: Path,
    reason: str,
    now: datetime,
) -> Path:
    """Copy through ``copy(temp)``, check, write the sidecar, rename. No half file on failure."""
    _check_reason(reason)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(folder)
        needed = sum(p.stat().st_size for p in _temp_companions(source) if p.exists())
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise BackupError(
            translate("backup", "Cannot write a backup in {folder}: {reason}").format(
                folder=folder, reason=_why(exc)
            )
        ) from exc
    if free < needed + RESERVE_BYTES:
        raise BackupError(
            translate(
                "backup",
                "Backup not made: the disk holding {folder} is almost full ({free} MB free). "
                "Free some space: check-ins need it too.",
            ).format(folder=folder, free=free // (1024 * 1024))
        )
    final = _free_name(folder, f"{source.stem}-{now.strftime(_STAMP)}-{reason}", ".sqlite3")
    temp = folder / f".{final.name}.tmp"
    _remove(*_temp_companions(temp))
    try:
        copy(temp)
        _fsync_file(temp)
        content = _check_file(temp, full=False)
        size = temp.stat().st_size
        sidecar = {
            "format": SIDECAR_FORMAT,
            "file": final.name,
            "taken_at": now.isoformat(),
            "reason": reason,
            "source": str(source),
            "size": size,
            "sha256": _sha256(temp),
            "event_id": content.meta.get("event_id"),
            "desk_id": content.meta.get("desk_id"),
            "desk_name": content.meta.get("desk_name"),
            "schema_version": int(content.meta.get("schema_version", "0") or 0),
            "participants": content.participants,
            "records": content.records,
            "checked_in": content.checked_in,
            "marker": list(content.marker),
        }
        data = json.dumps(sidecar, ensure_ascii=False, indent=1).encode()
        atomic_write(_sidecar(final), lambda f: f.write(data), keep_backup=False)
        os.replace(temp, final)
        _fsync_dir(folder)
    except BackupError:
        _remove(*_temp_companions(temp), _sidecar(final))
        raise
    except (OSError, sqlite3.Error, DeskError) as exc:
        _remove(*_temp_companions(temp), _sidecar(final))
        raise BackupError(
            translate("backup", "Backup not made in {folder}: {reason}").format(
                folder=folder, reason=_why(exc)
            )
        ) from exc
    except BaseException:
        _remove(*_temp_companions(temp), _sidecar(final))
        raise
    _remove(*_temp_companions(temp)[1:])
    return final


def _remove_stale_temps(folder: Path) -> None:
    limit = time.time() - STALE_TEMP_SECONDS
    for p in folder.glob(".*.tmp*"):
        with contextlib.suppress(OSError):
            if p.stat().st_mtime < limit:
                p.unlink()


def backup_now(
    db: Database,
    *,
    reason: str = AUTO,
    folder: Path | None = None,
    now: datetime | None = None,
    policy: RotationPolicy = DEFAULT_POLICY,
) -> Path:
    """A checked copy of ``db`` in its backups folder; returns its path.

    Check-ins go on while it runs. After an automatic backup, older automatic backups are
    rotated (see the module docstring). Raises :class:`BackupError` (nothing left behind).
    """
    moment = _utc(now)
    target_folder = folder or backups_folder(db.path)
    path = _write_backup(db.backup_to, db.path, target_folder, reason, moment)
    if reason == AUTO:
        rotate(target_folder, policy=policy, now=moment)
    return path


def due(last_backup_at: datetime | None, now: datetime, interval: timedelta | float) -> bool:
    """Whether an automatic backup is due (``interval`` in minutes or a timedelta).

    Due when there is none yet, when ``interval`` has passed, and when the clock went back
    (the last backup looks like it was taken in the future)."""
    if not isinstance(interval, timedelta):
        interval = timedelta(minutes=interval)
    if last_backup_at is None:
        return True
    elapsed = now - last_backup_at
    return elapsed >= interval or elapsed < timedelta(0)


def clamp_interval(minutes: object) -> int:
    """A backup interval setting as whole minutes within the allowed range."""
    try:
        value = int(float(str(minutes)))
    except ValueError:
        return DEFAULT_INTERVAL_MINUTES
    return max(MIN_INTERVAL_MINUTES, min(MAX_INTERVAL_MINUTES, value))


# -- listing and rotation ---------------------------------------------------------------


_info_cache: dict[tuple[str, int, int], BackupInfo] = {}


def _parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    at = datetime.strptime(match["at"], _STAMP).replace(tzinfo=UTC)
    return at, match["reason"]


def _info(path: Path, taken_at: datetime, reason: str, size: int) -> BackupInfo:
    """What the backup holds: from its sidecar, else read (not checked) from the copy."""
    try:
        side = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        if side.get("format") == SIDECAR_FORMAT and side.get("size") == size:
            return BackupInfo(
                path=path,
                taken_at=taken_at,
                reason=reason,
                size=size,
                participants=side.get("participants"),
                records=side.get("records"),
                checked_in=side.get("checked_in"),
                event_id=side.get("event_id"),
                desk_id=side.get("desk_id"),
                desk_name=side.get("desk_name"),
                schema_version=side.get("schema_version"),
                sha256=side.get("sha256"),
                marker=tuple(side["marker"]) if side.get("marker") is not None else None,
            )
    except (OSError, ValueError, TypeError, KeyError):
        pass
    try:
        conn = _read_only(path)
        try:
            content = _read_content(conn, path)
        finally:
            conn.close()
    except (sqlite3.Error, BackupError):
        return BackupInfo(path=path, taken_at=taken_at, reason=reason, size=size)
    return BackupInfo(
        path=path,
        taken_at=taken_at,
        reason=reason,
        size=size,
        participants=content.participants,
        records=content.records,
        checked_in=content.checked_in,
        event_id=content.meta.get("event_id"),
        desk_id=content.meta.get("desk_id"),
        desk_name=content.meta.get("desk_name"),
        schema_version=int(content.meta.get("schema_version", "0") or 0),
        marker=content.marker,
    )


def _scan(folder: Path, *, details: bool) -> list[BackupInfo]:
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for path in entries:
        parsed = _parse_name(path)
        if parsed is None:
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        taken_at, reason = parsed
        if not details:
            found.append(BackupInfo(path, taken_at, reason, st.st_size))
            continue
        key = (str(path), st.st_size, st.st_mtime_ns)
        info = _info_cache.get(key)
        if info is None:
            if len(_info_cache) > 2000:  # rotated-away backups: start afresh
                _info_cache.clear()
            info = _info_cache[key] = _info(path, taken_at, reason, st.st_size)
        found.append(info)
    found.sort(key=_newest_first_key, reverse=True)
    return found


def _newest_first_key(info: BackupInfo) -> tuple[datetime, int]:
    match = _NAME.match(info.path.name)
    return info.taken_at, int(match["n"]) if match and match["n"] else 1


def list_backups(db: Database | Path | str, *, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of a database (a ``Database`` or its path), newest first, with counts."""
    path = db if isinstance(db, Path | str) else db.path
    return _scan(folder or backups_folder(path), details=True)


def latest_backup(db: Database | Path | str, *, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of any reason (with its change marker), or None."""
    path = db if isinstance(db, Path | str) else db.path
    names = _scan(folder or backups_folder(path), details=False)
    if not names:
        return None
    newest = names[0]
    return _info(newest.path, newest.taken_at, newest.reason, newest.size)


def to_rotate(
    backups: Sequence[BackupInfo], *, policy: RotationPolicy = DEFAULT_POLICY, now: datetime
) -> list[BackupInfo]:
    """The automatic backups that rotation deletes; never any other kind."""
    autos = sorted((b for b in backups if b.automatic), key=_newest_first_key, reverse=True)
    keep = {b.path for b in autos[: policy.keep_last]}
    window = timedelta(hours=policy.hourly_hours)
    hours_seen: set[datetime] = set()
    for b in autos:  # newest first: the newest of each hour is kept
        if now - b.taken_at <= window:
            hour = b.taken_at.replace(minute=0, second=0, microsecond=0)
            if hour not in hours_seen:
                hours_seen.add(hour)
                keep.add(b.path)
    return [b for b in autos if b.path not in keep]


def rotate(
    folder: Path, *, policy: RotationPolicy = DEFAULT_POLICY, now: datetime | None = None
) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns what was deleted."""
    deleted: list[Path] = []
    for b in to_rotate(_scan(folder, details=False), policy=policy, now=_utc(now)):
        try:
            b.path.unlink()
        except OSError:
            continue  # tried again after the next backup
        _remove(_sidecar(b.path))
        deleted.append(b.path)
    return deleted


# -- restore ----------------------------------------------------------------------------


def verify_backup(
    backup: Path | str, *, event_id: str | None = None, desk_id: str | None = None
) -> BackupInfo:
    """Check a backup file whole before it is restored: the checksum taken when it was made
    (when its sidecar is there), SQLite's full integrity check, a Desk database of a schema
    this Desk can open, of ``event_id`` (and ``desk_id``) when given. Raises BackupError."""
    path = Path(backup).expanduser().resolve()
    if not path.is_file():
        raise BackupError(translate("backup", "There is no backup file {path}.").format(path=path))
    size = path.stat().st_size
    parsed = _parse_name(path)
    if parsed is not None:
        taken_at, reason = parsed
    else:  # a file from elsewhere (a USB stick): its modification time
        taken_at, reason = datetime.fromtimestamp(path.stat().st_mtime, UTC), MANUAL
    side: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        loaded = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        if isinstance(loaded, dict) and loaded.get("file") == path.name:
            side = loaded
    digest = _sha256(path)
    if side.get("sha256") and (side["sha256"] != digest or side.get("size") != size):
        raise BackupError(
            translate(
                "backup",
                "{path} is damaged: it changed since the backup was made (checksum differs).",
            ).format(path=path)
        )
    content = _check_file(path, full=True)
    meta = content.meta
    version = int(meta.get("schema_version", "0") or 0)
    if version > SCHEMA_VERSION:
        raise BackupError(
            translate(
                "backup",
                "{path} was written by a newer Desk (schema {found}, this Desk knows {known}); "
                "update Desk to restore it.",
            ).format(path=path, found=version, known=SCHEMA_VERSION)
        )
    if version < 1 or "desk_id" not in meta:
        raise BackupError(translate("backup", "{path} is not a Desk database.").format(path=path))
    if event_id is not None and meta.get("event_id") != event_id:
        raise BackupError(
            translate(
                "backup", "{path} belongs to the event {found}, not to {expected}: not restored."
            ).format(path=path, found=meta.get("event_id") or "—", expected=event_id)
        )
    if desk_id is not None and meta.get("desk_id") != desk_id:
        raise BackupError(
            translate(
                "backup",
                "{path} is a backup of another desk ({name}). To bring its check-ins into this "
                "desk, use a sync export and import instead.",
            ).format(path=path, name=meta.get("desk_name") or meta.get("desk_id"))
        )
    return BackupInfo(
        path=path,
        taken_at=taken_at,
        reason=reason,
        size=size,
        participants=content.participants,
        records=content.records,
        checked_in=content.checked_in,
        event_id=meta.get("event_id"),
        desk_id=meta.get("desk_id"),
        desk_name=meta.get("desk_name"),
        schema_version=version,
        sha256=digest,
        marker=content.marker,
    )


def _take_over(db_path: Path) -> dict[str, str] | None:
    """Make sure nothing else has the database open, move its WAL into the file, and read
    its meta (None when the file cannot be read: it is damaged, but still kept aside)."""
    try:
        conn = sqlite3.connect(db_path, timeout=2)
    except sqlite3.Error:
        return None
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(
                translate(
                    "backup",
                    "The database {path} is still open (in a Desk window or a desk command). "
                    "Close it and try again; nothing was changed.",
                ).format(path=db_path)
            ) from exc
        return None
    except sqlite3.Error:
        conn.close()
        return None
    try:
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error:
            meta = None
        conn.execute("COMMIT")
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return meta
    finally:
        conn.close()  # the last connection: SQLite removes the WAL after checkpointing


def _keep_aside(db_path: Path, aside: Path) -> tuple[Path, ...]:
    """Keep the file at ``db_path`` as ``aside`` (same bytes) while ``db_path`` stays in
    place until it is replaced: a hard link, else a copy. Its -wal/-shm (left only when
    the checkpoint could not run) move with it, named so that SQLite finds them."""
    try:
        os.link(db_path, aside)
    except OSError:
        shutil.copy2(db_path, aside)
        _fsync_file(aside)
    extra: list[Path] = []
    for suffix in ("-wal", "-shm"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            target = aside.with_name(aside.name + suffix)
            os.replace(companion, target)
            extra.append(target)
    return tuple(extra)


def restore(
    db_path: Path | str,
    backup: Path | str,
    *,
    event_id: str | None = None,
    allow_other_desk: bool = False,
    now: datetime | None = None,
) -> RestoreResult:
    """Put ``backup`` in place of the database at ``db_path``, which must be closed.

    Refused with a clear :class:`BackupError`, changing nothing, when the backup is
    damaged, not a Desk database, of a newer schema, of another event (``event_id``, and
    the event of the database in place), or of another desk (unless ``allow_other_desk``).
    The database in place is backed up (reason ``before-restore``) and kept aside as
    ``<name>.replaced-<time>``; neither is ever deleted.
    """
    moment = _utc(now)
    target = Path(db_path).expanduser().resolve()
    info = verify_backup(backup, event_id=event_id)
    if info.path == target:
        raise BackupError(
            translate("backup", "{path} is the database itself, not a backup.").format(path=target)
        )
    current_meta: dict[str, str] | None = None
    exists = target.exists()
    if exists:
        current_meta = _take_over(target)
    if current_meta is not None:
        current_event = current_meta.get("event_id")
        if current_event and info.event_id != current_event:
            raise BackupError(
                translate(
                    "backup",
                    "{path} belongs to the event {found}, not to {expected}: not restored.",
                ).format(path=info.path, found=info.event_id or "—", expected=current_event)
            )
        current_desk = current_meta.get("desk_id")
        if current_desk and info.desk_id != current_desk and not allow_other_desk:
            raise BackupError(
                translate(
                    "backup",
                    "{path} is a backup of another desk ({name}). To bring its check-ins into "
                    "this desk, use a sync export and import instead.",
                ).format(path=info.path, name=info.desk_name or info.desk_id)
            )

    safety: Path | None = None
    if exists and current_meta is not None:
        # A readable database in place: a backup of it first, or nothing happens.
        safety = _write_backup(
            lambda temp: _sqlite_copy(target, temp),
            target,
            backups_folder(target),
            BEFORE_RESTORE,
            moment,
        )

    folder = target.parent
    temp = folder / f".{target.name}.restore.tmp"
    _remove(*_temp_companions(temp))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(info.path, temp)
        _fsync_file(temp)
        if _sha256(temp) != info.sha256:
            raise BackupError(
                translate(
                    "backup", "The copy of {path} differs from it; nothing was changed."
                ).format(path=info.path)
            )
        aside: Path | None = None
        extra: tuple[Path, ...] = ()
        if exists:
            aside = kept_aside_path(target, moment)
            extra = _keep_aside(target, aside)
        # A WAL of the old file must never be replayed into the restored one.
        _remove(target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm"))
        os.replace(temp, target)
        _fsync_dir(folder)
    except BackupError:
        _remove(*_temp_companions(temp))
        raise
    except OSError as exc:
        _remove(*_temp_companions(temp))
        raise BackupError(
            translate(
                "backup", "Restore failed: {reason}. The database in place is {path}."
            ).format(reason=_why(exc), path=target)
        ) from exc
    return RestoreResult(
        database=target,
        restored_from=info.path,
        backup=info,
        kept_aside=aside,
        kept_aside_extra=extra,
        safety_backup=safety,
    )


# -- command line -----------------------------------------------------------------------


def _when(moment: datetime, event: Event | None) -> str:
    if event is None:
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    from desk.display import local_time

    return local_time(event, moment, with_date=True)


def cmd_backup(db: Database, *, reason: str = MANUAL) -> list[str]:
    """``desk backup``: one backup now (never rotated away); the lines to print."""
    path = backup_now(db, reason=reason)
    info = list_backups(db, folder=path.parent)
    made = next((b for b in info if b.path == path), None)
    lines = [translate("backup", "Backup written: {path}").format(path=path)]
    if made is not None and made.participants is not None:
        lines.append(
            translate(
                "backup", "{participants} participants, {checked} checked in, {records} records."
            ).format(participants=made.participants, checked=made.checked_in, records=made.records)
        )
    return lines


def cmd_backups(db: Database | Path | str, event: Event | None = None) -> list[str]:
    """``desk backups``: the backups of the database, newest first."""
    path = db if isinstance(db, Path | str) else db.path
    folder = backups_folder(path)
    found = list_backups(path)
    if not found:
        return [translate("backup", "No backups yet in {folder}.").format(folder=folder)]
    lines = [translate("backup", "Backups in {folder}:").format(folder=folder)]
    for b in found:
        counts = (
            translate("backup", "{participants} participants, {checked} checked in").format(
                participants=b.participants, checked=b.checked_in
            )
            if b.participants is not None
            else translate("backup", "contents unknown")
        )
        lines.append(
            f"{_when(b.taken_at, event)}  {reason_label(b.reason):<18}  {counts}  {b.path.name}"
        )
    return lines


def cmd_restore(
    db_path: Path | str,
    file: Path | str,
    *,
    event_id: str | None = None,
    allow_other_desk: bool = False,
) -> list[str]:
    """``desk restore FILE``: put a backup in place of the (closed) database."""
    result = restore(db_path, file, event_id=event_id, allow_other_desk=allow_other_desk)
    return restore_summary(result)


def restore_summary(result: RestoreResult) -> list[str]:
    """What a restore did, in lines for the operator."""
    lines = [
        translate("backup", "Restored {backup} into {path}.").format(
            backup=result.restored_from, path=result.database
        ),
        translate(
            "backup", "{participants} participants, {checked} checked in, {records} records."
        ).format(
            participants=result.backup.participants,
            checked=result.backup.checked_in,
            records=result.backup.records,
        ),
    ]
    if result.kept_aside is not None:
        lines.append(
            translate("backup", "The database that was in place is kept as {path}.").format(
                path=result.kept_aside
            )
        )
    if result.safety_backup is not None:
        lines.append(
            translate("backup", "A backup of it: {path}").format(path=result.safety_backup)
        )
    return lines
