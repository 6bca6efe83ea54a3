"""The Secretariat's end-of-day attendance report: XLSX, CSV or a one-page PDF.

``export_attendance(session, event, path, day=..., contact=...)`` picks the format from the
file's extension:

* **XLSX** — a *Summary* sheet (checked in against registered by category and by country,
  with totals; attendance per agenda item with its tables or buses), one sheet per agenda
  item listing who attended, and a *participants × items* matrix. Counts are numbers Excel
  can sum; every text cell that could run as a formula is neutralised.
* **CSV** — the participants × agenda items matrix, the most useful single table: one row
  per registered participant (plus anyone cancelled who still came), one column per item
  with ``1`` where the person was scanned at that item (so a column sums to its
  attendance), the check-in time and the number of items attended. UTF-8 with BOM, so
  Excel shows the accents.
* **PDF** — one A4 page: the event, the day, the time it was made, the big numbers, the
  check-in and attendance charts of :mod:`desk.reporting.charts` and a compact table of the items.

**Online attendance** (desk.online: Zoom and Teams exports, matched to participants): once
any export was imported, every format shows in person, online and total. The XLSX's item
table gains "In person" and "Online" after its columns ("People" is the total, in person or
online, each person once: in person when scanned at the door), its *Attendance by category*
and *by country* tables give the three per item, an item's sheet lists the people online
too ("Attended"), and the matrix has an "(online)" column after each item (the item's own
column still sums to its total). The PDF's table gives in person / online / total, its
attendance chart stacks the online part, and two small tables count the people at the
report's items by category and by country. Before any import the online columns are left
out: a column of zeros would claim that nobody followed online when nobody counted, and the
report stays as it was for an event without an online part.

``day`` keeps the agenda items of that day (and their sheets and columns) and adds the
check-ins made that day next to the running totals. ``contact=False`` leaves e-mail and
phone out of every format. Counts come from a :class:`~desk.doors.tally.Tally` (one read of the
records); who attended which item comes from one pass over the door records, voided scans
left out.

The data comes from desk/reporting/report_data.py, the workbook from
desk/reporting/report_xlsx.py, the page from desk/reporting/report_pdf.py; this module picks
the format and writes the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desk import i18n
from desk.doors.tally import Tally
from desk.errors import DeskError
from desk.events.event import Event
from desk.i18n import translate
from desk.people.export import write_csv
from desk.reporting.report_data import (
    attendees_by_group,
    has_online_data,
    matrix_people,
    participants_matrix,
    read_attended,
    read_online,
    read_people,
    read_presence,
    report_items,
)
from desk.reporting.report_pdf import render_pdf
from desk.reporting.report_xlsx import write_xlsx
from desk.storage.db import Database
from desk.storage.fileio import atomic_write
from desk.storage.models import STATUS_REGISTERED, utcnow

FORMATS = (".xlsx", ".csv", ".pdf")


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What was written: safe to hand from a worker thread to the window."""

    path: Path
    format: str  # "xlsx", "csv" or "pdf"
    day: date | None
    items: int  # agenda items in the report
    participants: int  # rows of the matrix (0 for the PDF)
    registered: int
    checked_in: int


def _export(
    session: Session,
    event: Event,
    path: Path,
    *,
    day: date | None,
    contact: bool,
    lang: str | None,
    now: datetime | None,
) -> ReportResult:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DeskError(
            translate(
                "reports", "Cannot export to {file}: use a .xlsx, .csv or .pdf file name."
            ).format(file=path.name)
        )
    lang = lang or i18n.language()
    now = now or utcnow()
    items = report_items(event, day)
    snapshot = Tally(event).update(session) if suffix != ".csv" else None
    hybrid = has_online_data(session)
    rows = 0
    if suffix == ".pdf":
        assert snapshot is not None
        attendees = None
        if hybrid:  # who came, in person or online, by category and country
            people = read_people(session)
            attended = read_attended(session, [item.id for item in items])
            attendees = attendees_by_group(people, attended, read_online(session, event, attended))
        pdf = render_pdf(event, items, snapshot, day=day, lang=lang, now=now, attendees=attendees)
        atomic_write(path, lambda handle: handle.write(pdf))
    elif suffix == ".csv":
        people = read_people(session)
        attended = read_attended(session, [item.id for item in items])
        online = read_online(session, event, attended) if hybrid else None
        everyone = {pid for seen in (*attended.values(), *(online or {}).values()) for pid in seen}
        header, matrix = participants_matrix(
            event,
            items,
            matrix_people(people, everyone),
            attended,
            contact=contact,
            lang=lang,
            online=online,
        )
        rows = len(matrix)
        write_csv(path, header, matrix)
    else:
        assert snapshot is not None
        people = read_people(session)
        presence = read_presence(session, [item.id for item in items])
        online = read_online(session, event, presence) if hybrid else None
        everyone = {pid for seen in (*presence.values(), *(online or {}).values()) for pid in seen}
        rows = len(matrix_people(people, everyone))
        write_xlsx(
            path,
            event,
            items,
            snapshot,
            people,
            presence,
            day=day,
            contact=contact,
            lang=lang,
            now=now,
            online=online,
        )
    counts = snapshot.counts if snapshot is not None else None
    if counts is None:
        registered = sum(1 for p in people if p.status == STATUS_REGISTERED)
        checked = sum(1 for p in people if p.checked_in is not None)
    else:
        registered, checked = counts.registered, counts.checked_in
    return ReportResult(path, suffix[1:], day, len(items), rows, registered, checked)


def export_attendance(
    session: Session,
    event: Event,
    path: Path,
    *,
    day: date | None = None,
    contact: bool = True,
    lang: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the attendance report to ``path`` (.xlsx, .csv or .pdf, atomically), in the
    caller's read transaction; texts in ``lang`` (default: the current language)."""
    return _export(session, event, path, day=day, contact=contact, lang=lang, now=now).path


def write_attendance_report(
    db: Database,
    event: Event,
    path: Path,
    *,
    day: date | None = None,
    contact: bool = True,
    lang: str | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """The whole export in one read snapshot, for a worker thread (the window passes the
    database, never a live session) and the command line."""
    with db.read() as session:
        return _export(session, event, path, day=day, contact=contact, lang=lang, now=now)
