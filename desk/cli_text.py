"""The command line's texts for the terminal: what ``desk sync``, ``desk export
attendance``, ``desk backup``, ``desk backups`` and ``desk restore`` print, as lines in the
current language. The work itself is done elsewhere (desk/deskfiles/sync.py,
desk/reporting/reports.py, desk/deskfiles/backup.py, desk/deskfiles/restore.py); texts the
window shows too (a merge report, a restore) stay with the result that carries them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk import i18n
from desk.counted import (
    AGENDA_ITEMS,
    CHECKED_IN,
    PARTICIPANTS,
    RECORDS,
    REGISTERED,
    counted,
    listed,
)
from desk.deskfiles.backup import (
    MANUAL,
    BackupInfo,
    backup_now,
    backups_folder,
    list_backups,
    reason_label,
)
from desk.deskfiles.restore import restore, restore_summary
from desk.deskfiles.sync import import_desk_files
from desk.deskfiles.sync_file import ExportSummary, export_desk_file
from desk.deskfiles.sync_report import kinds_text, online_counts
from desk.events.display import day_label, event_dates, local_time
from desk.events.event import Event
from desk.i18n import translate
from desk.storage.db import Database

if TYPE_CHECKING:  # desk.reporting.reports loads ReportLab and openpyxl: only when a report is made
    from desk.reporting.reports import ReportResult


# -- desk files ---------------------------------------------------------------------------


def desk_file_lines(event: Event, summary: ExportSummary) -> list[str]:
    """This desk's file as written (``desk sync export``)."""
    lines = [
        translate(
            "sync",
            "{path}: {counts} ({kinds}).",
        ).format(
            path=summary.path,
            counts=listed(
                counted(PARTICIPANTS, summary.participants), counted(RECORDS, summary.records)
            ),
            kinds=kinds_text(summary.records_by_kind),
        )
    ]
    online = online_counts(summary.online_intervals, summary.online_matches)
    if online:
        lines.append(
            translate("sync", "Online attendance: {counts}.").format(counts=listed(*online))
        )
    if summary.desk_records and summary.first_at and summary.last_at:
        first, last = (
            local_time(event, datetime.fromisoformat(at), with_date=True)
            for at in (summary.first_at, summary.last_at)
        )
        lines.append(
            translate(
                "sync",
                "%n records made at this desk ({desk}), from {first} to {last}.",
                None,
                summary.desk_records,
            ).format(desk=summary.desk_name, first=first, last=last)
        )
    else:
        lines.append(
            translate("sync", "No records made at this desk ({desk}) yet.").format(
                desk=summary.desk_name
            )
        )
    lines.append(translate("sync", "SHA-256: {sha}").format(sha=summary.sha256))
    return lines


def cmd_sync_export(db: Database, event: Event, out: Path) -> list[str]:
    """``desk sync export --out FILE``: writes this desk's file; the lines to print."""
    return desk_file_lines(event, export_desk_file(db, event, out))


def cmd_sync_import(db: Database, event: Event, paths: Sequence[Path | str]) -> list[str]:
    """``desk sync import FILE...``: the merge report in words."""
    return import_desk_files(db, event, paths).lines(event)


# -- the attendance report ------------------------------------------------------------------


def report_lines(
    event: Event, result: ReportResult, *, day: date | None, contact: bool
) -> list[str]:
    """The attendance report as written (``desk export attendance``)."""
    lang = i18n.language()
    scope = day_label(day, lang) if day else event_dates(event, lang)
    lines = [
        translate("reports", "Attendance report ({scope}) written to {path}.").format(
            scope=scope, path=result.path
        ),
        translate("reports", "{checked} of {people} checked in; {items}.").format(
            checked=result.checked_in,
            people=counted(REGISTERED, result.registered),
            items=counted(AGENDA_ITEMS, result.items),
        ),
    ]
    if result.participants:
        lines.append(translate("reports", "%n participant rows.", None, result.participants))
    if not contact:
        lines.append(translate("reports", "Without e-mail addresses and phone numbers."))
    return lines


def cmd_export_attendance(
    db: Database, event: Event, out: Path, day: date | None, contact: bool
) -> list[str]:
    """``desk export attendance``: writes the report; the lines to print."""
    from desk.reporting.reports import write_attendance_report  # see the imports above

    result = write_attendance_report(db, event, out, day=day, contact=contact)
    return report_lines(event, result, day=day, contact=contact)


# -- backups ---------------------------------------------------------------------------------


def backup_lines(path: Path, info: BackupInfo | None) -> list[str]:
    """A backup just made (``desk backup``); ``info`` is what it holds, when known."""
    lines = [translate("backup", "Backup written: {path}").format(path=path)]
    if info is not None and info.participants is not None:
        lines.append(
            listed(
                counted(PARTICIPANTS, info.participants),
                counted(CHECKED_IN, info.checked_in or 0),
                counted(RECORDS, info.records or 0),
            )
            + "."
        )
    return lines


def cmd_backup(db: Database, *, reason: str = MANUAL) -> list[str]:
    """``desk backup``: one backup now (by hand: never rotated away); the lines to print."""
    path = backup_now(db, reason=reason)
    made = next((b for b in list_backups(db, folder=path.parent) if b.path == path), None)
    return backup_lines(path, made)


def _when(moment: datetime, event: Event | None) -> str:
    if event is None:
        return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
    return local_time(event, moment, with_date=True)


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
            listed(counted(PARTICIPANTS, b.participants), counted(CHECKED_IN, b.checked_in or 0))
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
