"""One backup file: its name and its sidecar (``… .sqlite3.json``: the SHA-256 of the copy,
its counts and the database's identity), reading and checking a database file without
changing it, and writing one checked backup safely (a temporary name, fsync,
``PRAGMA quick_check``, then a rename: never a half file). desk/deskfiles/backup.py takes, lists and
rotates backups with it; desk/deskfiles/restore.py verifies and restores them."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk.errors import DeskError
from desk.i18n import translate
from desk.storage.fileio import _fsync_dir, atomic_write
from desk.storage.models import utcnow

AUTO = "auto"
MANUAL = "manual"
BEFORE_IMPORT = "before-import"
BEFORE_MERGE = "before-merge"
BEFORE_RESTORE = "before-restore"

# Free space a backup must leave on the disk: check-ins need room to go on.
RESERVE_BYTES = 64 * 1024 * 1024
# A temporary file older than this is a leftover of a backup that was cut off.
STALE_TEMP_SECONDS = 3600
SIDECAR_SUFFIX = ".json"
SIDECAR_FORMAT = 1
_CHUNK = 1024 * 1024

_REASON = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
NAME_PATTERN = re.compile(
    r"^(?P<stem>.+)-(?P<at>\d{8}T\d{6}Z)-(?P<reason>[a-z][a-z0-9-]*?)(?:\.(?P<n>\d+))?\.sqlite3$"
)
STAMP = "%Y%m%dT%H%M%SZ"
_HEADER = b"SQLite format 3\x00"


class BackupError(DeskError):
    """A backup could not be made, read or restored; nothing was changed."""


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
    marker: tuple[Any, ...] | None = None  # see desk.deskfiles.backup.change_marker

    @property
    def automatic(self) -> bool:
        return self.reason == AUTO


# -- names and places -------------------------------------------------------------------


def backups_folder(db_path: Path | str) -> Path:
    """Where the backups of the database at ``db_path`` live (beside it)."""
    path = Path(db_path).expanduser().resolve()
    return path.parent / "backups" / path.stem


def _check_reason(reason: str) -> None:
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must match {_REASON.pattern}: {reason!r}")


def utc(moment: datetime | None) -> datetime:
    if moment is None:
        return utcnow()
    if moment.tzinfo is None:
        raise ValueError("times must be aware (UTC)")
    return moment.astimezone(UTC)


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def _free_name(folder: Path, base: str, suffix: str) -> Path:
    """``folder/base+suffix``, or ``base.2+suffix``… if that exists."""
    candidate = folder / f"{base}{suffix}"
    n = 2
    while candidate.exists() or sidecar_path(candidate).exists():
        candidate = folder / f"{base}.{n}{suffix}"
        n += 1
    return candidate


# -- low-level file work ----------------------------------------------------------------


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def remove_files(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def temp_companions(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + s) for s in ("", "-journal", "-wal", "-shm"))


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads the file as it is: no lock, no WAL, no file created.
    Only for files nobody writes to (backups, a copy being checked)."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def sqlite_copy(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` into ``target`` (one step; see
    desk/deskfiles/backup.py)."""
    src = sqlite3.connect(source, timeout=10)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def why(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return str(exc)


# -- reading a database file ------------------------------------------------------------


_COUNTS_SQL = (
    "SELECT (SELECT count(*) FROM participants), (SELECT count(*) FROM records), "
    "(SELECT count(DISTINCT participant_id) FROM records WHERE kind = 'checkin' AND id NOT IN "
    "(SELECT target_id FROM records WHERE kind = 'void' AND target_id IS NOT NULL))"
)
# What changes whenever data changes: records and the online tables are append-only
# (their rowid grows), a participant added or edited changes the count or the newest
# update, meta holds the desk's name and event.
_MARKER_BEFORE_ONLINE = (
    "SELECT (SELECT max(rowid) FROM records), (SELECT count(*) FROM participants), "
    "(SELECT max(updated_at) FROM participants), "
    "(SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM meta "
    "ORDER BY key)), (SELECT group_concat(id || '=' || name, ';') FROM (SELECT id, name "
    "FROM desks ORDER BY id))"
)
MARKER_SQL = (
    f"{_MARKER_BEFORE_ONLINE}, (SELECT max(rowid) FROM online_intervals), "
    "(SELECT max(rowid) FROM online_matches)"
)
_ONLINE_TABLES = {"online_intervals", "online_matches"}  # schema 5


@dataclass(frozen=True, slots=True)
class Content:
    """What a Desk database file holds, read without changing it."""

    meta: dict[str, str]
    participants: int
    records: int
    checked_in: int
    marker: tuple[Any, ...]

    @property
    def schema_version(self) -> int:
        return int(self.meta.get("schema_version", "0") or 0)

    def info(
        self, path: Path, taken_at: datetime, reason: str, size: int, sha256: str | None = None
    ) -> BackupInfo:
        """The backup at ``path`` holding this."""
        return BackupInfo(
            path=path,
            taken_at=taken_at,
            reason=reason,
            size=size,
            participants=self.participants,
            records=self.records,
            checked_in=self.checked_in,
            event_id=self.meta.get("event_id"),
            desk_id=self.meta.get("desk_id"),
            desk_name=self.meta.get("desk_name"),
            schema_version=self.schema_version,
            sha256=sha256,
            marker=self.marker,
        )


def read_content(conn: sqlite3.Connection, path: Path) -> Content:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"meta", "participants", "records"} <= tables:
        raise BackupError(translate("backup", "{path} is not a Desk database.").format(path=path))
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    participants, records, checked_in = conn.execute(_COUNTS_SQL).fetchone()
    # A backup of a Desk before schema 5 has no online tables.
    sql = MARKER_SQL if tables >= _ONLINE_TABLES else _MARKER_BEFORE_ONLINE
    marker = tuple(conn.execute(sql).fetchone())
    return Content(meta, participants, records, checked_in, marker)


def check_file(path: Path, *, full: bool) -> Content:
    """Open ``path`` read-only, check it (quick or full) and read what it holds."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise BackupError(
            translate("backup", "Cannot read {path}: {reason}").format(path=path, reason=why(exc))
        ) from exc
    if header != _HEADER:
        raise BackupError(
            translate(
                "backup", "{path} is not a database (damaged or another kind of file)."
            ).format(path=path)
        )
    try:
        conn = read_only(path)
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
            return read_content(conn, path)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(
            translate("backup", "{path} is damaged: {problem}").format(path=path, problem=exc)
        ) from exc


# -- making a backup --------------------------------------------------------------------


def write_backup(
    copy: Callable[[Path], object],
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
        needed = sum(p.stat().st_size for p in temp_companions(source) if p.exists())
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise BackupError(
            translate("backup", "Cannot write a backup in {folder}: {reason}").format(
                folder=folder, reason=why(exc)
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
    final = _free_name(folder, f"{source.stem}-{now.strftime(STAMP)}-{reason}", ".sqlite3")
    temp = folder / f".{final.name}.tmp"
    remove_files(*temp_companions(temp))
    try:
        copy(temp)
        fsync_file(temp)
        content = check_file(temp, full=False)
        size = temp.stat().st_size
        sidecar = {
            "format": SIDECAR_FORMAT,
            "file": final.name,
            "taken_at": now.isoformat(),
            "reason": reason,
            "source": str(source),
            "size": size,
            "sha256": sha256_of(temp),
            "event_id": content.meta.get("event_id"),
            "desk_id": content.meta.get("desk_id"),
            "desk_name": content.meta.get("desk_name"),
            "schema_version": content.schema_version,
            "participants": content.participants,
            "records": content.records,
            "checked_in": content.checked_in,
            "marker": list(content.marker),
        }
        data = json.dumps(sidecar, ensure_ascii=False, indent=1).encode()
        atomic_write(sidecar_path(final), lambda f: f.write(data), keep_backup=False)
        os.replace(temp, final)
        _fsync_dir(folder)
    except BackupError:
        remove_files(*temp_companions(temp), sidecar_path(final))
        raise
    except (OSError, sqlite3.Error, DeskError) as exc:
        remove_files(*temp_companions(temp), sidecar_path(final))
        raise BackupError(
            translate("backup", "Backup not made in {folder}: {reason}").format(
                folder=folder, reason=why(exc)
            )
        ) from exc
    except BaseException:
        remove_files(*temp_companions(temp), sidecar_path(final))
        raise
    remove_files(*temp_companions(temp)[1:])
    return final


def _remove_stale_temps(folder: Path) -> None:
    limit = time.time() - STALE_TEMP_SECONDS
    for p in folder.glob(".*.tmp*"):
        with contextlib.suppress(OSError):
            if p.stat().st_mtime < limit:
                p.unlink()


def parse_name(path: Path) -> tuple[datetime, str] | None:
    match = NAME_PATTERN.match(path.name)
    if not match:
        return None
    at = datetime.strptime(match["at"], STAMP).replace(tzinfo=UTC)
    return at, match["reason"]
