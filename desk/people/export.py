"""Exports people open in Excel: participant lists as CSV (UTF-8 with BOM) or XLSX.

Every text cell that a spreadsheet could take for a formula (starting with =, +, -, @,
tab or carriage return) is neutralised with a leading apostrophe (OWASP CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from desk.arrival import codes
from desk.errors import DeskError
from desk.events.display import category_label, country_name
from desk.events.event import Event
from desk.i18n import QT_TRANSLATE_NOOP, language, translate
from desk.people.participants import ParticipantInfo
from desk.storage.fileio import atomic_write

# The participant list's columns, as its header names them.
EXPORT_COLUMNS = (
    "code",
    "given_name",
    "family_name",
    "country",
    "country_name",
    "organisation",
    "position",
    "category",
    "category_label",
    "mode",
    "email",
    "phone",
    "source",
    "status",
    "checked_in_at",
    "checkin_desk",
    "badges_printed",
)
# What the header says, in the language of the export (staff open it in Excel).
COLUMN_TITLES = {
    "code": QT_TRANSLATE_NOOP("export", "Code"),
    "given_name": QT_TRANSLATE_NOOP("export", "Given names"),
    "family_name": QT_TRANSLATE_NOOP("export", "Family names"),
    "country": QT_TRANSLATE_NOOP("export", "Country code"),
    "country_name": QT_TRANSLATE_NOOP("export", "Country"),
    "organisation": QT_TRANSLATE_NOOP("export", "Organisation"),
    "position": QT_TRANSLATE_NOOP("export", "Position"),
    "category": QT_TRANSLATE_NOOP("export", "Category code"),
    "category_label": QT_TRANSLATE_NOOP("export", "Category"),
    "mode": QT_TRANSLATE_NOOP("export", "Attendance"),
    "email": QT_TRANSLATE_NOOP("export", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("export", "Phone"),
    "source": QT_TRANSLATE_NOOP("export", "Source"),
    "status": QT_TRANSLATE_NOOP("export", "Status"),
    "checked_in_at": QT_TRANSLATE_NOOP("export", "Checked in at (UTC)"),
    "checkin_desk": QT_TRANSLATE_NOOP("export", "Check-in desk"),
    "badges_printed": QT_TRANSLATE_NOOP("export", "Badges printed"),
}
# The values of mode, source and status in words.
VALUE_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("export", "in person"),
    "online": QT_TRANSLATE_NOOP("export", "online"),
    "preregistered": QT_TRANSLATE_NOOP("export", "pre-registered"),
    "walk_in": QT_TRANSLATE_NOOP("export", "walk-in"),
    "registered": QT_TRANSLATE_NOOP("export", "registered"),
    "cancelled": QT_TRANSLATE_NOOP("export", "cancelled"),
    "merged": QT_TRANSLATE_NOOP("export", "merged"),
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _value(value: str) -> str:
    return translate("export", VALUE_LABELS[value]) if value in VALUE_LABELS else value


def neutralise(value: Any) -> Any:
    """A text cell that cannot run as a formula in Excel, LibreOffice or Google Sheets."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def extra_keys(people: Sequence[ParticipantInfo]) -> list[str]:
    """Every extra field's name among ``people``, in their lists' column order: a name
    first met goes right after the one before it in that person's fields."""
    order: list[str] = []
    known: set[str] = set()
    for p in people:
        previous: str | None = None
        for key in p.extra or ():
            if key not in known:
                order.insert(order.index(previous) + 1 if previous is not None else 0, key)
                known.add(key)
            previous = key
    return order


def participant_rows(
    event: Event,
    people: Sequence[ParticipantInfo],
    desk_names: dict[str, str],
    extra: Sequence[str] = (),
) -> list[list[Any]]:
    """One row per person: EXPORT_COLUMNS, then the ``extra`` fields named."""
    lang = language()
    rows = []
    for p in people:
        country = country_name(event, p.country, lang)
        category = category_label(event, p.category, lang)
        checked = p.checked_in_at.isoformat().replace("+00:00", "Z") if p.checked_in_at else ""
        rows.append(
            [
                codes.format_code(p.code),
                p.given_name,
                p.family_name,
                p.country or "",
                country,
                p.organisation,
                p.position,
                p.category,
                category,
                _value(p.mode),
                p.email,
                p.phone,
                _value(p.source),
                _value(p.status),
                checked,
                desk_names.get(p.checkin_desk, p.checkin_desk) if p.checkin_desk else "",
                p.badges_printed,
                *(p.extra.get(k, "") for k in extra),
            ]
        )
    return rows


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """A CSV file (UTF-8 with BOM, so Excel shows accents; CRLF line ends), atomically;
    ``rows`` neutralised already."""

    def write(handle: BinaryIO) -> None:
        text = io.StringIO(newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        handle.write(text.getvalue().encode("utf-8-sig"))

    return atomic_write(path, write)


def write_table(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], title: str
) -> Path:
    """CSV (UTF-8 with BOM, so Excel shows accents) or XLSX, chosen by the file's extension."""
    suffix = path.suffix.lower()
    safe = [[neutralise(v) for v in row] for row in rows]
    if suffix == ".csv":
        return write_csv(path, header, safe)
    if suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.utils import get_column_letter

        def write_xlsx(handle: BinaryIO) -> None:
            wb = Workbook(write_only=True)
            ws = wb.create_sheet(title[:31])
            ws.freeze_panes = "A2"
            for i, name in enumerate(header, 1):
                ws.column_dimensions[get_column_letter(i)].width = max(12, min(40, len(name) + 4))
            ws.append(list(header))
            for row in safe:
                ws.append(row)
            wb.save(handle)

        return atomic_write(path, write_xlsx)
    raise DeskError(
        translate("export", "Cannot export to {file}: use a .csv or .xlsx file name.").format(
            file=path.name
        )
    )


def export_participants(
    path: Path, event: Event, people: Sequence[ParticipantInfo], desk_names: dict[str, str]
) -> Path:
    # The lists' other columns (extra fields) after the known ones, one column each.
    extra = extra_keys(people)
    return write_table(
        Path(path),
        # A list's own header may start with "=": neutralised like any cell.
        [*(translate("export", COLUMN_TITLES[c]) for c in EXPORT_COLUMNS), *map(neutralise, extra)],
        participant_rows(event, people, desk_names, extra),
        translate("export", "Participants"),
    )
