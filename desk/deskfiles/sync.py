"""Desk files: share every desk's data with the others (DESIGN.md §5).

Every desk works offline all day; at the end of the day each desk writes a *desk file*
and every other desk imports it. A file carries the whole database of the desk that wrote
it (all participants, every record it knows, whichever desk made them), so files relay
data: desk 3 gets desk 1's check-ins from desk 2's file. Importing is a union of records
by id and "last writer wins" for participants, so the same files imported in any order,
any number of times, give every desk the same people, records and counts.

The work is in three modules: desk/deskfiles/sync_file.py (the file format, writing this desk's
file, reading and verifying another's), desk/deskfiles/sync_merge.py (merging verified files into
the database) and desk/deskfiles/sync_report.py (what a merge did, in words). This module puts them
together: importing files, and "Sync now" with a shared folder.

Importing checks everything first (a complete gzip stream, the checksum, format,
version, event, columns, counts, every row's shape and times, every record's participant)
and refuses a bad file whole with a message saying so; the database is then unchanged.
The merge itself is one write transaction:

- records: those whose id is unknown are appended (in the file's order); known ids are
  skipped, so importing a file twice adds nothing;
- online attendance (the connections of Zoom and Teams exports, and the decisions on who
  each online identity is): never edited, so a union by id as well;
- participants: unknown ones are inserted with their search index; for a known one the
  version with the greater ``(merged, updated_at, updated_desk)`` wins (a merge is final,
  then the last writer wins) and is applied through
  :func:`desk.people.participants.update_participant`; records of merged registrations are
  copied onto the person kept (:mod:`desk.people.merging`);
- desks: unknown desks are added; a desk's own file renames it.

The merge report lists, for a person to look at: a participant edited at two desks (the
two versions differ, were written at different desks, and the one not kept was an edit,
not the first version); one badge checked in at two desks (both records kept, the person
counted once); and likely duplicate walk-ins (same normalised name and the same e-mail or
country, at least one a walk-in, one of them new).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.deskfiles.backup import BEFORE_MERGE, backup_now
from desk.deskfiles.sync_file import (
    SUFFIX,
    DeskFile,
    ExportSummary,
    check_event,
    export_desk_file,
    read_desk_file,
)
from desk.deskfiles.sync_merge import merge_desk_files
from desk.deskfiles.sync_report import MergeReport
from desk.errors import DeskError
from desk.events.event import Event
from desk.i18n import translate
from desk.people.textnorm import fold
from desk.storage.db import Database, bulk_work


@dataclass(frozen=True, slots=True)
class FolderSync:
    """One "Sync now" with a shared folder (a USB stick, a network share)."""

    folder: Path
    written: ExportSummary  # this desk's file, written there first
    report: MergeReport | None  # None when no other desk's file was there
    refused: tuple[tuple[str, str], ...] = ()  # (file name, why) of files left out

    def lines(self, event: Event) -> list[str]:
        out = [
            translate("sync", "This desk's file: {path}").format(path=self.written.path),
        ]
        if self.report is None:
            out.append(
                translate("sync", "No other desk's file in {folder} yet.").format(
                    folder=self.folder
                )
            )
        else:
            out.extend(self.report.lines(event))
        for name, why in self.refused:
            out.append(translate("sync", "Left out {file}: {why}").format(file=name, why=why))
        return out


def desk_file_name(db: Database) -> str:
    """This desk's file name in a shared folder: readable, and unique by the desk's id."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", fold(db.desk_name)).strip("-").lower() or "desk"
    return f"{slug[:40]}-{db.desk_id[:8]}{SUFFIX}"


def shared_folder(folder: Path | str) -> Path:
    """``folder`` as a path, or DeskError when it cannot be reached (a USB stick pulled
    out, a network share gone)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DeskError(
            translate("sync", "The shared folder {folder} cannot be reached.").format(folder=folder)
        )
    return folder


def other_desks_files(
    folder: Path, event: Event, *, desk_id: str, written: Path
) -> tuple[list[DeskFile], list[tuple[str, str]]]:
    """The verified files of other desks in a shared ``folder``, and (file name, why) of
    those left out: damaged or foreign ones. This desk's own file (``written``) and older
    copies of it (the same ``desk_id``) are skipped."""
    files: list[DeskFile] = []
    refused: list[tuple[str, str]] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name == written.name:
            continue
        try:
            found = read_desk_file(path, event)
        except DeskError as exc:
            refused.append((path.name, str(exc)))
            continue
        if found.desk_id != desk_id:
            files.append(found)
    return files, refused


def sync_folder(db: Database, event: Event, folder: Path | str) -> FolderSync:
    """Write this desk's file into ``folder``, then merge every other desk's file found
    there. A damaged or foreign file is left out (and named); the others merge in one
    transaction. Before merging, this desk's own file is written, so even a failed merge
    leaves this desk's data with the others."""
    folder = shared_folder(folder)
    written = export_desk_file(db, event, folder / desk_file_name(db))
    files, refused = other_desks_files(folder, event, desk_id=db.desk_id, written=written.path)
    if not files:
        return FolderSync(folder, written, None, tuple(refused))
    with bulk_work():
        report = merge_into(db, event, files)
    return FolderSync(folder, written, report, tuple(refused))


def import_desk_files(db: Database, event: Event, paths: Sequence[Path | str]) -> MergeReport:
    """Verify every file, then merge them all into ``db`` in one write transaction."""
    if not paths:
        raise DeskError(translate("sync", "Choose at least one desk file to import."))
    check_event(db.event_id, event)
    with bulk_work():
        files = [read_desk_file(path, event) for path in paths]
        if db.event_id is None:  # a new desk: every file was checked to be of this event
            db.bind_event(event.id)
        return merge_into(db, event, files)


def merge_into(
    db: Database,
    event: Event,
    files: Sequence[DeskFile],
    *,
    log: Callable[[Session], object] | None = None,
) -> MergeReport:
    """Back up (``before-merge``), then merge verified files in one write transaction, in
    which ``log(session)`` writes its audit rows too."""
    backup_now(db, reason=BEFORE_MERGE)  # a way back from any merge
    try:
        with db.write() as session:
            report = merge_desk_files(session, event, files, own_desk=db.desk_id)
            if log is not None:
                log(session)
            return report
    except IntegrityError as exc:
        raise DeskError(
            translate(
                "sync",
                "These desk files do not fit this database ({reason}): nothing was imported.",
            ).format(reason=exc.orig)
        ) from exc
