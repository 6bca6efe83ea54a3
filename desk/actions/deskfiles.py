"""The desk's own files: desk files shared with other desks (sync), backups, restores.

Writing this desk's file is a file write (atomic, from one read snapshot); its
``sync_export`` audit row is written in one transaction right after the file is safely in
place. Merging other desks' files verifies every file first (a damaged or foreign file is
refused whole, changing nothing), makes a ``before-merge`` backup, then merges in one
write transaction that also holds the ``sync_import`` audit row. A backup by hand is a
file too: its ``backup`` audit row follows it in one transaction.

Restoring a backup needs the supervisor's PIN while this desk has a supervisor, checked
on the database in place before anything happens. The restore replaces the database file,
so it works on a closed database: :func:`restore_backup` closes the ``Database`` it is
given (open the file again afterwards), puts the backup in place (the current file is
kept aside, see desk/deskfiles/restore.py), and writes the approval and the ``restore`` audit row in
one transaction of the restored database, the one the desk goes on with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desk.actions import guard
from desk.deskfiles import backup as backups
from desk.deskfiles.backup import BackupInfo
from desk.deskfiles.restore import RestoreResult
from desk.deskfiles.sync import (
    FolderSync,
    desk_file_name,
    merge_into,
    other_desks_files,
    shared_folder,
)
from desk.deskfiles.sync_file import (
    DeskFile,
    ExportSummary,
    check_event,
    export_desk_file,
    read_desk_file,
)
from desk.deskfiles.sync_report import MergeReport
from desk.errors import DeskError
from desk.events.event import Event
from desk.i18n import translate
from desk.staff import operators as ops
from desk.storage.db import Database, bulk_work


@dataclass(frozen=True, slots=True)
class BackupMade:
    """A backup made by :func:`back_up`."""

    path: Path
    info: BackupInfo | None  # what it holds (None when its description cannot be read)


def sync_export(db: Database, event: Event, path: Path | str, *, operator: str) -> ExportSummary:
    """Write this desk's file (every participant and record it knows) to ``path``."""
    summary = export_desk_file(db, event, Path(path))
    with db.write() as session:
        ops.log(session, ops.SYNC_EXPORT, summary.path.name, desk_id=db.desk_id, operator=operator)
    return summary


def _merge(
    db: Database,
    event: Event,
    files: Sequence[DeskFile],
    audit: Sequence[tuple[str, str]],
    *,
    operator: str,
) -> MergeReport:
    """Back up, then merge verified files and log ``audit`` (action, detail) in one write
    transaction."""
    if db.event_id is None:  # a new desk: every file was checked to be of this event
        db.bind_event(event.id)

    def log(session: Session) -> None:
        for action, detail in audit:
            ops.log(session, action, detail, desk_id=db.desk_id, operator=operator)

    return merge_into(db, event, files, log=log)


def sync_import(
    db: Database, event: Event, paths: Sequence[Path | str], *, operator: str
) -> MergeReport:
    """Verify other desks' files, then merge them all into this desk in one transaction
    (a damaged or foreign file refuses the whole import; nothing changes)."""
    files_given = [Path(p) for p in paths]
    if not files_given:
        raise DeskError(translate("sync", "Choose at least one desk file to import."))
    check_event(db.event_id, event)
    with bulk_work():
        files = [read_desk_file(p, event) for p in files_given]
        detail = ", ".join(p.name for p in files_given)
        return _merge(db, event, files, [(ops.SYNC_IMPORT, detail)], operator=operator)


def sync_with_folder(
    db: Database, event: Event, folder: Path | str, *, operator: str
) -> FolderSync:
    """ "Sync now" with a shared folder: write this desk's file there first (so even a
    failed merge leaves this desk's data with the others), then merge every other desk's
    file found there in one transaction. A damaged or foreign file is left out, and
    named; an older copy of this desk's own file is skipped."""
    folder = shared_folder(folder)
    written = export_desk_file(db, event, folder / desk_file_name(db))
    files, refused = other_desks_files(folder, event, desk_id=db.desk_id, written=written.path)
    wrote = (ops.SYNC_EXPORT, written.path.name)
    if not files:
        with db.write() as session:
            ops.log(session, *wrote, desk_id=db.desk_id, operator=operator)
        return FolderSync(folder, written, None, tuple(refused))
    merged = (ops.SYNC_IMPORT, f"{folder}: {', '.join(f.path.name for f in files)}")
    with bulk_work():
        report = _merge(db, event, files, [wrote, merged], operator=operator)
    return FolderSync(folder, written, report, tuple(refused))


def back_up(
    db: Database,
    *,
    operator: str,
    reason: str = backups.MANUAL,
    folder: Path | None = None,
    now: datetime | None = None,
) -> BackupMade:
    """A backup now (by hand: never rotated away), then its ``backup`` audit row.
    BackupError when it cannot be made (nothing is left behind, nothing logged)."""
    path = backups.backup_now(db, reason=reason, folder=folder, now=now)
    with db.write() as session:
        ops.log(session, ops.BACKUP, path.name, desk_id=db.desk_id, operator=operator)
    found = backups.list_backups(db, folder=path.parent)
    return BackupMade(path, next((b for b in found if b.path == path), None))


def restore_backup(
    db: Database,
    backup: Path | str,
    *,
    operator: str,
    supervisor_pin: str | None = None,
    event_id: str | None = None,
    allow_other_desk: bool = False,
    now: datetime | None = None,
) -> RestoreResult:
    """Put ``backup`` in place of ``db``'s file. ``db`` is closed in every case (open the
    file again afterwards). Refused, changing nothing, without the supervisor's PIN
    (PermissionDenied) and for a backup that is damaged, of another event or of another
    desk unless ``allow_other_desk`` (BackupError). A desk on a server has nothing of
    its own to restore (DeskError): the server's data comes back from its own backup."""
    if db.is_server:
        db.close()
        raise DeskError(
            translate(
                "backup",
                "This desk works on the server: its file follows the server, so restoring it "
                "changes nothing. To go back to a backup of the server, restore the server "
                '(README: "When the server laptop dies").',
            )
        )
    path = db.path
    try:
        supervisor = guard.check(db, supervisor_pin)
    finally:
        db.close()
    result = backups.restore(
        path, backup, event_id=event_id, allow_other_desk=allow_other_desk, now=now
    )
    name = result.restored_from.name
    with Database(result.database) as restored, restored.write() as session:
        guard.log_approval(
            session,
            ops.GUARD_RESTORE,
            name,
            supervisor,
            desk_id=restored.desk_id,
            operator=operator,
        )
        ops.log(session, ops.RESTORE, name, desk_id=restored.desk_id, operator=operator)
    return result
