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

The work is in three modules: this one takes, lists and rotates backups;
desk/deskfiles/backup_files.py holds what one backup file is (its name, its sidecar, the checks, the
safe write); desk/deskfiles/restore.py verifies and restores. The names callers use are importable
from here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.deskfiles.backup_files import (
    AUTO,
    BEFORE_IMPORT,
    BEFORE_MERGE,
    BEFORE_RESTORE,
    MANUAL,
    MARKER_SQL,
    NAME_PATTERN,
    SIDECAR_FORMAT,
    BackupError,
    BackupInfo,
    backups_folder,
    parse_name,
    read_content,
    read_only,
    remove_files,
    sidecar_path,
    utc,
    write_backup,
)

# Reached as ``backup.restore`` and ``backup.kept_aside_path`` by callers of this module.
from desk.deskfiles.restore import kept_aside_path, restore
from desk.i18n import translate

if TYPE_CHECKING:
    from desk.storage.db import Database

__all__ = [
    "AUTO",
    "BEFORE_IMPORT",
    "BEFORE_MERGE",
    "BEFORE_RESTORE",
    "DEFAULT_POLICY",
    "MANUAL",
    "BackupError",
    "BackupInfo",
    "RotationPolicy",
    "backup_now",
    "backups_folder",
    "change_marker",
    "due",
    "kept_aside_path",
    "latest_backup",
    "list_backups",
    "reason_label",
    "restore",
    "rotate",
    "to_rotate",
]


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """Which automatic backups rotation keeps (see the module docstring)."""

    keep_last: int = 24
    hourly_hours: int = 48


DEFAULT_POLICY = RotationPolicy()


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


# -- taking a backup ----------------------------------------------------------------------


def change_marker(db: Database) -> tuple[Any, ...]:
    """A small value that changes whenever the database's data changes (the file on this
    computer: a server desk backs up its replica, brought up to date first)."""
    db.catch_up()
    with db.local.engine.connect() as conn:
        row = conn.exec_driver_sql(MARKER_SQL).fetchone()
        conn.rollback()
    assert row is not None
    return tuple(row)


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
    moment = utc(now)
    db.catch_up()  # a server desk: its replica holds what every desk did
    target_folder = folder or backups_folder(db.path)
    path = write_backup(db.backup_to, db.path, target_folder, reason, moment)
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


# -- listing and rotation ---------------------------------------------------------------


_info_cache: dict[tuple[str, int, int], BackupInfo] = {}


def _info(path: Path, taken_at: datetime, reason: str, size: int) -> BackupInfo:
    """What the backup holds: from its sidecar, else read (not checked) from the copy."""
    try:
        side = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
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
        conn = read_only(path)
        try:
            content = read_content(conn, path)
        finally:
            conn.close()
    except (sqlite3.Error, BackupError):
        return BackupInfo(path=path, taken_at=taken_at, reason=reason, size=size)
    return content.info(path, taken_at, reason, size)


def _scan(folder: Path, *, details: bool) -> list[BackupInfo]:
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for path in entries:
        parsed = parse_name(path)
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
    match = NAME_PATTERN.match(info.path.name)
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
    for b in to_rotate(_scan(folder, details=False), policy=policy, now=utc(now)):
        try:
            b.path.unlink()
        except OSError:
            continue  # tried again after the next backup
        remove_files(sidecar_path(b.path))
        deleted.append(b.path)
    return deleted
