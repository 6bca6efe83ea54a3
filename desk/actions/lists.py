"""Participant lists in and out: importing a list, sample participants, exporting the
participants and the attendance report.

Importing is one write transaction: every row or none, with its ``import`` audit row in
the same transaction (a check only, ``dry_run``, writes nothing and logs nothing). Before
an import changes anything a ``before-import`` backup is made, a way back from a wrong
list, wherever the import comes from (the window or ``desk import``).

Exports are file writes. The participant list always carries e-mail addresses and phone
numbers, the attendance report unless asked without: such an export needs the
supervisor's PIN while this desk has a supervisor, checked before anything is written (a
refusal writes no file). Once the file is safely written (atomically), one transaction
logs the supervisor's approval and the ``export`` audit row; the file is read from one
snapshot of the database, and a worker thread may run all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.actions import guard
from desk.counted import NEW, PARTICIPANTS, UPDATED, counted, listed
from desk.deskfiles import backup as backups
from desk.events.event import Event
from desk.i18n import translate
from desk.people import demo
from desk.people import export as exporting
from desk.people.import_categories import CategoryChoice
from desk.people.importing import ImportReport, Progress, import_participants
from desk.people.participants import all_participants, desk_names
from desk.reporting.reports import ReportResult, write_attendance_report
from desk.staff import operators as ops
from desk.storage.db import Database


@dataclass(frozen=True, slots=True)
class SampleAdded:
    """What :func:`add_sample_participants` added."""

    count: int


@dataclass(frozen=True, slots=True)
class ParticipantsExported:
    """What :func:`export_participants` wrote."""

    path: Path
    count: int


def import_list(
    db: Database,
    event: Event,
    path: Path | str,
    *,
    operator: str,
    dry_run: bool = False,
    progress: Progress | None = None,
    choice: CategoryChoice | None = None,
) -> ImportReport:
    """Import a participant list (CSV or XLSX), all or nothing (ImportFileError lists
    every bad line). ``progress(done, total)`` may raise to cancel: nothing is written.
    ``choice``: the category of rows without one (desk.people.importing.category_choice)."""
    path = Path(path)
    if not dry_run:
        backups.backup_now(db, reason=backups.BEFORE_IMPORT)
    with db.write() as session:
        report = import_participants(
            session,
            event,
            path,
            desk_id=db.desk_id,
            dry_run=dry_run,
            progress=progress,
            choice=choice,
        )
        if dry_run:
            session.rollback()
            return report
        ops.log(
            session,
            ops.IMPORT,
            # The window's words for it (already translated).
            f"{path.name}: "
            + listed(counted(NEW, report.created), counted(UPDATED, report.updated)),
            desk_id=db.desk_id,
            operator=operator,
        )
    return report


def add_sample_participants(
    db: Database, event: Event, count: int, *, operator: str, seed: int | None = None
) -> SampleAdded:
    """Add ``count`` synthetic participants (for trying Desk out and for benchmarks),
    logged as an import, in one transaction."""
    with db.write() as session:
        added = demo.add_demo(session, event, count, desk_id=db.desk_id, seed=seed)
        ops.log(
            session,
            ops.IMPORT,
            translate("cli", "%n synthetic participants added to {path}.", None, added).format(
                path=db.path.name
            ),
            desk_id=db.desk_id,
            operator=operator,
        )
    return SampleAdded(added)


def export_participants(
    db: Database,
    event: Event,
    path: Path | str,
    *,
    operator: str,
    supervisor_pin: str | None = None,
) -> ParticipantsExported:
    """Write every participant to ``path`` (.csv or .xlsx), with their contact data: the
    supervisor's PIN first (PermissionDenied, no file), then the file, then the approval
    and the ``export`` audit row in one transaction."""
    supervisor = guard.check(db, supervisor_pin)
    with db.read() as session:
        people = all_participants(session)
        names = desk_names(session)
    written = exporting.export_participants(Path(path), event, people, names)
    with db.write() as session:
        guard.log_approval(
            session,
            ops.GUARD_CONTACT_EXPORT,
            written.name,
            supervisor,
            desk_id=db.desk_id,
            operator=operator,
        )
        ops.log(
            session,
            ops.EXPORT,
            translate("MainWindow", "{name}: {people}, with contact data").format(
                name=written.name, people=counted(PARTICIPANTS, len(people))
            ),
            desk_id=db.desk_id,
            operator=operator,
        )
    return ParticipantsExported(written, len(people))


def export_attendance(
    db: Database,
    event: Event,
    path: Path | str,
    *,
    operator: str,
    day: date | None = None,
    contact: bool = True,
    lang: str | None = None,
    supervisor_pin: str | None = None,
) -> ReportResult:
    """Write the end-of-day attendance report (.xlsx, .csv or .pdf, ``day`` or the whole
    event, texts in ``lang``). With ``contact`` (e-mail and phone) the supervisor's PIN
    first (PermissionDenied, no file). Then the file, then the approval and the
    ``export`` audit row in one transaction."""
    supervisor = guard.check(db, supervisor_pin) if contact else ""
    result = write_attendance_report(db, event, Path(path), day=day, contact=contact, lang=lang)
    with db.write() as session:
        guard.log_approval(
            session,
            ops.GUARD_CONTACT_EXPORT,
            result.path.name,
            supervisor,
            desk_id=db.desk_id,
            operator=operator,
        )
        ops.log(session, ops.EXPORT, result.path.name, desk_id=db.desk_id, operator=operator)
    return result
