"""Verifying a backup whole and putting it in place of the database (``desk restore``, the
window's restore, the start-up health check). :func:`restore` works on a *closed*
database: it verifies the backup, makes a ``before-restore`` backup of the current
database, keeps the current file aside as ``<name>.replaced-<UTC time>`` (never deleted;
its WAL is checkpointed first), and puts a copy of the backup in place atomically."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk.counted import CHECKED_IN, PARTICIPANTS, RECORDS, counted, listed
from desk.deskfiles.backup_files import (
    BEFORE_RESTORE,
    MANUAL,
    BackupError,
    BackupInfo,
    backups_folder,
    check_file,
    fsync_file,
    parse_name,
    remove_files,
    sha256_of,
    sidecar_path,
    sqlite_copy,
    temp_companions,
    utc,
    why,
    write_backup,
)
from desk.i18n import translate
from desk.storage.fileio import _fsync_dir
from desk.storage.models import SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class RestoreResult:
    database: Path  # the file now holding the restored data
    restored_from: Path  # the backup that was restored
    backup: BackupInfo  # what it holds
    kept_aside: Path | None  # the database that was in place, never deleted
    kept_aside_extra: tuple[Path, ...]  # its -wal/-shm files, if SQLite left any
    safety_backup: Path | None  # the before-restore backup of the database that was in place


def kept_aside_path(db_path: Path | str, now: datetime | None = None) -> Path:
    """The name the database in place will be kept under by a restore at ``now``."""
    path = Path(db_path).expanduser().resolve()
    stamp = utc(now).strftime("%Y%m%dT%H%MZ")
    candidate = path.with_name(f"{path.name}.replaced-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.replaced-{stamp}.{n}")
        n += 1
    return candidate


def _of_another_event(path: Path, found: str | None, expected: str) -> BackupError:
    return BackupError(
        translate(
            "backup", "{path} belongs to the event {found}, not to {expected}: not restored."
        ).format(path=path, found=found or "—", expected=expected)
    )


def _of_another_desk(path: Path, name: str | None) -> BackupError:
    return BackupError(
        translate(
            "backup",
            "{path} is a backup of another desk ({name}). To bring its check-ins into this "
            "desk, use a sync export and import instead.",
        ).format(path=path, name=name)
    )


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
    parsed = parse_name(path)
    if parsed is not None:
        taken_at, reason = parsed
    else:  # a file from elsewhere (a USB stick): its modification time
        taken_at, reason = datetime.fromtimestamp(path.stat().st_mtime, UTC), MANUAL
    side: dict[str, Any] = {}
    with contextlib.suppress(OSError, ValueError):
        loaded = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
        if isinstance(loaded, dict) and loaded.get("file") == path.name:
            side = loaded
    digest = sha256_of(path)
    if side.get("sha256") and (side["sha256"] != digest or side.get("size") != size):
        raise BackupError(
            translate(
                "backup",
                "{path} is damaged: it changed since the backup was made (checksum differs).",
            ).format(path=path)
        )
    content = check_file(path, full=True)
    meta = content.meta
    version = content.schema_version
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
        raise _of_another_event(path, meta.get("event_id"), event_id)
    if desk_id is not None and meta.get("desk_id") != desk_id:
        raise _of_another_desk(path, meta.get("desk_name") or meta.get("desk_id"))
    return content.info(path, taken_at, reason, size, sha256=digest)


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
        fsync_file(aside)
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
    moment = utc(now)
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
            raise _of_another_event(info.path, info.event_id, current_event)
        current_desk = current_meta.get("desk_id")
        if current_desk and info.desk_id != current_desk and not allow_other_desk:
            raise _of_another_desk(info.path, info.desk_name or info.desk_id)

    safety: Path | None = None
    if exists and current_meta is not None:
        # A readable database in place: a backup of it first, or nothing happens.
        safety = write_backup(
            lambda temp: sqlite_copy(target, temp),
            target,
            backups_folder(target),
            BEFORE_RESTORE,
            moment,
        )

    folder = target.parent
    temp = folder / f".{target.name}.restore.tmp"
    remove_files(*temp_companions(temp))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(info.path, temp)
        fsync_file(temp)
        if sha256_of(temp) != info.sha256:
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
        remove_files(target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm"))
        os.replace(temp, target)
        _fsync_dir(folder)
    except BackupError:
        remove_files(*temp_companions(temp))
        raise
    except OSError as exc:
        remove_files(*temp_companions(temp))
        raise BackupError(
            translate(
                "backup", "Restore failed: {reason}. The database in place is {path}."
            ).format(reason=why(exc), path=target)
        ) from exc
    return RestoreResult(
        database=target,
        restored_from=info.path,
        backup=info,
        kept_aside=aside,
        kept_aside_extra=extra,
        safety_backup=safety,
    )


def restore_summary(result: RestoreResult) -> list[str]:
    """What a restore did, in lines for the operator."""
    lines = [
        translate("backup", "Restored {backup} into {path}.").format(
            backup=result.restored_from, path=result.database
        ),
        listed(
            counted(PARTICIPANTS, result.backup.participants or 0),
            counted(CHECKED_IN, result.backup.checked_in or 0),
            counted(RECORDS, result.backup.records or 0),
        )
        + ".",
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
