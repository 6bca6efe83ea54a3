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
  check-in and attendance charts of :mod:`desk.charts` and a compact table of the items.

``day`` keeps the agenda items of that day (and their sheets and columns) and adds the
check-ins made that day next to the running totals. ``contact=False`` leaves e-mail and
phone out of every format. Counts come from a :class:`~desk.tally.Tally` (one read of the
records); who attended which item comes from one pass over the door records, voided scans
left out.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC as _UTC
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from desk import codes, i18n
from desk.attendance import FLAG_NOT_CHECKED_IN, IN, OUT, door_items, is_field_visit
from desk.charts import (
    arrivals_chart,
    arrivals_on,
    attendance_chart,
    checkin_chart,
    fit_text,
    from_snapshot,
    item_label,
)
from desk.db import Database
from desk.display import category_label, country_name, day_label, event_dates, item_time_range
from desk.errors import DeskError
from desk.event import AgendaItem, Event
from desk.export import neutralise
from desk.fileio import atomic_write
from desk.models import STATUS_MERGED, STATUS_REGISTERED, Participant, Record, utcnow
from desk.tally import Snapshot, Tally

FORMATS = (".xlsx", ".csv", ".pdf")
YES = "✓"
SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in ":\\/?*[]"})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate reads this name
    """Marks ``text`` for pyside6-lupdate; translated later with ``_tr``."""
    return text


def _tr(lang: str, text: str) -> str:
    return i18n.translate_to(lang, "reports", text)


# -- what a report is made of -----------------------------------------------------------


@dataclass(slots=True)
class Person:
    """A participant as the report shows them (plain text, no live ORM object; not frozen:
    50,000 of them are made, and a frozen dataclass costs three times as much)."""

    id: str
    code: str
    family_name: str
    given_name: str
    country: str | None
    category: str
    organisation: str
    mode: str
    email: str
    phone: str
    status: str
    checked_in: str | None  # first standing check-in, stored UTC text


@dataclass(slots=True)
class Presence:
    """One person at one agenda item: first entry, last exit, places, the desk flag."""

    first_in: str | None = None  # stored UTC text
    last_in: str | None = None
    last_out: str | None = None
    places: list[str] | None = None
    flagged: bool = False

    @property
    def inside(self) -> bool:
        return self.last_in is not None and (self.last_out is None or self.last_in > self.last_out)


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


def _fetch(session: Session, query: Any) -> list[tuple[Any, ...]]:
    """Plain tuples from the driver: at 200,000 rows SQLAlchemy's row objects cost more
    than SQLite itself."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    cursor = connection.connection.cursor()
    try:
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        cursor.execute(str(compiled), params)
        return cursor.fetchall()
    finally:
        cursor.close()


_AT = type_coerce(Record.at, String)  # stored text: compares as time, costs no parsing
_VOIDED = select(Record.target_id).where(Record.kind == "void", Record.target_id.is_not(None))


def _people(session: Session) -> list[Person]:
    """Everyone but merged registrations, by family name, with their first standing
    check-in."""
    checked: dict[str, str] = {}
    for pid, at in _fetch(
        session,
        select(Record.participant_id, _AT).where(
            Record.kind == "checkin", Record.id.not_in(_VOIDED)
        ),
    ):
        old = checked.get(pid)
        if old is None or at < old:
            checked[pid] = at
    rows = _fetch(
        session,
        select(
            Participant.id,
            Participant.code,
            Participant.family_name,
            Participant.given_name,
            Participant.country,
            Participant.category,
            Participant.organisation,
            Participant.mode,
            Participant.email,
            Participant.phone,
            Participant.status,
        )
        # A registration merged into another person: their records were copied to that
        # person, and counts leave it out (as desk.participants.counts does).
        .where(Participant.status != STATUS_MERGED)
        .order_by(Participant.sort_key, Participant.id),
    )
    return [Person(*row, checked_in=checked.get(row[0])) for row in rows]


def _presence(session: Session, item_ids: Sequence[str]) -> dict[str, dict[str, Presence]]:
    """item → person → presence, from the door records that were not undone."""
    out: dict[str, dict[str, Presence]] = {i: {} for i in item_ids}
    if not item_ids:
        return out
    rows = _fetch(
        session,
        select(
            Record.item_id, Record.participant_id, Record.direction, _AT, Record.place, Record.flag
        ).where(Record.kind == "door", Record.id.not_in(_VOIDED)),
    )
    for item, pid, direction, at, place, flag in rows:
        people = out.get(item)
        if people is None:  # an item of another day
            continue
        p = people.get(pid)
        if p is None:
            p = people[pid] = Presence()
        if direction == IN:
            if p.first_in is None or at < p.first_in:
                p.first_in = at
            if p.last_in is None or at > p.last_in:
                p.last_in = at
        elif direction == OUT and (p.last_out is None or at > p.last_out):
            p.last_out = at
        if place:
            if p.places is None:
                p.places = [place]
            elif place not in p.places:
                p.places.append(place)
        if flag == FLAG_NOT_CHECKED_IN:
            p.flagged = True
    return out


def _attended(session: Session, item_ids: Sequence[str]) -> dict[str, set[str]]:
    """item → the people scanned there (not undone): all the matrix needs."""
    out: dict[str, set[str]] = {i: set() for i in item_ids}
    rows = _fetch(
        session,
        select(Record.item_id, Record.participant_id)
        .where(Record.kind == "door", Record.id.not_in(_VOIDED))
        .distinct(),
    )
    for item, pid in rows:
        people = out.get(item)
        if people is not None:
            people.add(pid)
    return out


class _Clock:
    """Stored UTC text → the event's wall clock, cached by the minute (scans cluster)."""

    def __init__(self, event: Event) -> None:
        self.tz = event.tz
        self._cache: dict[str, str] = {}

    def __call__(self, at: str | None, with_date: bool = False) -> str:
        if not at:
            return ""
        key = at[:16] + ("d" if with_date else "")
        text = self._cache.get(key)
        if text is None:
            moment = datetime.fromisoformat(at[:16]).replace(tzinfo=_UTC)
            local = moment.astimezone(self.tz)
            text = local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")
            self._cache[key] = text
        return text

    def day(self, at: str) -> date:
        return datetime.fromisoformat(at[:19]).replace(tzinfo=_UTC).astimezone(self.tz).date()


def report_items(event: Event, day: date | None) -> tuple[AgendaItem, ...]:
    """The door items of the report: those of ``day``, or all of them."""
    items = door_items(event)
    if day is None:
        return items
    if day not in event.days:
        raise DeskError(
            translate_current(
                QT_TRANSLATE_NOOP("reports", "{day} is not a day of this event ({dates}).")
            ).format(day=day.isoformat(), dates=event_dates(event, i18n.language()))
        )
    return tuple(i for i in items if i.day == day)


def translate_current(text: str) -> str:
    return i18n.translate("reports", text)


def _matrix_people(people: Sequence[Person], attended: set[str]) -> list[Person]:
    """Registered people, and anyone cancelled who was still checked in or scanned."""
    return [
        p
        for p in people
        if p.status == STATUS_REGISTERED or p.checked_in is not None or p.id in attended
    ]


def place_label(item: AgendaItem, place: str, lang: str) -> str:
    """A World Café table's title in ``lang``, else the bus's name."""
    for table in item.tables:
        if table.id == place:
            return table.title.get(lang)
    return place


def _places(item: AgendaItem, places: list[str] | None, lang: str) -> str:
    return ", ".join(place_label(item, p, lang) for p in places or ())


def _pct(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# -- the matrix (CSV, and a sheet of the XLSX) --------------------------------------------


def _matrix(
    event: Event,
    items: Sequence[AgendaItem],
    people: Sequence[Person],
    presence: Mapping[str, Container[str]],
    *,
    contact: bool,
    lang: str,
) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows of the participants × items matrix, every text cell
    neutralised already; ``presence`` holds who was at each item."""
    header = [
        _tr(lang, QT_TRANSLATE_NOOP("reports", "Code")),
        _tr(lang, QT_TRANSLATE_NOOP("reports", "Family name")),
        _tr(lang, QT_TRANSLATE_NOOP("reports", "Given name")),
        _tr(lang, QT_TRANSLATE_NOOP("reports", "Country")),
        _tr(lang, QT_TRANSLATE_NOOP("reports", "Category")),
        _tr(lang, QT_TRANSLATE_NOOP("reports", "Organisation")),
        _tr(lang, QT_TRANSLATE_NOOP("reports", "Mode")),
    ]
    if contact:
        header += [
            _tr(lang, QT_TRANSLATE_NOOP("reports", "E-mail")),
            _tr(lang, QT_TRANSLATE_NOOP("reports", "Phone")),
        ]
    header.append(_tr(lang, QT_TRANSLATE_NOOP("reports", "Checked in at")))
    header += [item_label(event, item, lang) for item in items]
    header.append(_tr(lang, QT_TRANSLATE_NOOP("reports", "Items attended")))
    clock = _Clock(event)
    modes = {
        "in_person": _tr(lang, QT_TRANSLATE_NOOP("reports", "In person")),
        "online": _tr(lang, QT_TRANSLATE_NOOP("reports", "Online")),
    }
    countries: dict[str | None, str] = {}
    categories: dict[str, str] = {}
    columns = [presence.get(item.id, ()) for item in items]
    rows: list[list[Any]] = []
    safe = neutralise
    for p in people:
        country = countries.get(p.country)
        if country is None:
            country = countries[p.country] = safe(country_name(event, p.country, lang))
        category = categories.get(p.category)
        if category is None:
            category = categories[p.category] = safe(category_label(event, p.category, lang))
        row: list[Any] = [
            codes.format_code(p.code),
            safe(p.family_name),
            safe(p.given_name),
            country,
            category,
            safe(p.organisation),
            modes.get(p.mode) or safe(p.mode),
        ]
        if contact:
            row += [safe(p.email), safe(p.phone)]
        row.append(clock(p.checked_in, with_date=True))
        pid = p.id
        marks = [1 if pid in column else None for column in columns]
        row += marks
        row.append(marks.count(1))
        rows.append(row)
    return [safe(h) for h in header], rows


def _write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """``rows`` as made by ``_matrix``: neutralised already."""

    def write(handle: BinaryIO) -> None:
        text = io.StringIO(newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
        handle.write(text.getvalue().encode("utf-8-sig"))

    return atomic_write(path, write)


# -- numbers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Group:
    label: str
    registered: int
    checked_in: int
    checked_today: int


def _groups(
    keys: Iterable[str],
    label: Callable[[str], str],
    people: Sequence[Person],
    key_of: Callable[[Person], str],
    today: Callable[[Person], bool],
) -> list[_Group]:
    registered: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    checked_today: Counter[str] = Counter()
    for p in people:
        k = key_of(p)
        if p.status == STATUS_REGISTERED:
            registered[k] += 1
        if p.checked_in is not None:  # as desk.participants.counts: any status
            checked[k] += 1
            if today(p):
                checked_today[k] += 1
    ordered = list(dict.fromkeys([*keys, *sorted(set(registered) | set(checked))]))
    return [
        _Group(label(k), registered[k], checked[k], checked_today[k])
        for k in ordered
        if registered[k] or checked[k]
    ]


# -- XLSX ----------------------------------------------------------------------------------


def sheet_name(text: str, taken: set[str]) -> str:
    """``text`` as an Excel sheet name: no ``: \\ / ? * [ ]``, no apostrophe at either end,
    at most 31 characters, unique (case-insensitive) among ``taken``, which it joins."""
    base = " ".join(text.translate(_SHEET_FORBIDDEN).split()).strip("'") or "Sheet"
    n = 1
    while True:
        suffix = f" ({n})" if n > 1 else ""
        room = SHEET_NAME_MAX - len(suffix)
        name = base if len(base) <= room else base[: room - 1].rstrip() + "…"
        name = name.strip("'") + suffix
        if name.casefold() not in taken:
            taken.add(name.casefold())
            return name
        n += 1


def _write_xlsx(
    path: Path,
    event: Event,
    items: Sequence[AgendaItem],
    snapshot: Snapshot,
    people: Sequence[Person],
    presence: dict[str, dict[str, Presence]],
    *,
    day: date | None,
    contact: bool,
    lang: str,
    now: datetime,
) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    title_font = Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    clock = _Clock(event)
    tr = lambda text: _tr(lang, text)  # noqa: E731
    today = (
        (lambda p: p.checked_in is not None and clock.day(p.checked_in) == day)
        if day
        else (lambda p: False)
    )

    def write(handle: BinaryIO) -> None:
        wb = Workbook(write_only=True)
        taken: set[str] = set()

        def sheet(name: str, widths: Sequence[float]) -> Any:
            ws = wb.create_sheet(sheet_name(name, taken))
            for i, w in enumerate(widths, 1):
                ws.column_dimensions[get_column_letter(i)].width = w
            return ws

        def cells(ws: Any, values: Sequence[Any], font: Font | None = None, **kw: Any) -> list[Any]:
            out = []
            for v in values:
                cell = WriteOnlyCell(ws, value=neutralise(v))
                if font is not None:
                    cell.font = font
                for key, value in kw.items():
                    setattr(cell, key, value)
                out.append(cell)
            return out

        def pct_cell(ws: Any, value: float | None) -> Any:
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = "0%"
            return cell

        # Summary ------------------------------------------------------------------------
        c = snapshot.counts
        ws = sheet(tr(QT_TRANSLATE_NOOP("reports", "Summary")), [44, 14, 14, 14, 16, 14, 30])
        ws.freeze_panes = "A4"
        scope = day_label(day, lang) if day else event_dates(event, lang)
        ws.append(
            cells(
                ws,
                [
                    tr(QT_TRANSLATE_NOOP("reports", "Attendance report"))
                    + f" — {event.short_name.get(lang)}"
                ],
                title_font,
            )
        )
        ws.append([neutralise(scope)])
        ws.append(
            [
                tr(QT_TRANSLATE_NOOP("reports", "Generated at {time} ({zone})")).format(
                    time=now.astimezone(event.tz).strftime("%Y-%m-%d %H:%M"), zone=event.timezone
                )
            ]
        )
        ws.append([])
        ws.append(
            cells(
                ws,
                [
                    tr(QT_TRANSLATE_NOOP("reports", "Registered")),
                    tr(QT_TRANSLATE_NOOP("reports", "Checked in")),
                    tr(QT_TRANSLATE_NOOP("reports", "In person")),
                    tr(QT_TRANSLATE_NOOP("reports", "Online")),
                    tr(QT_TRANSLATE_NOOP("reports", "Cancelled")),
                ],
                bold,
            )
        )
        ws.append([c.registered, c.checked_in, c.in_person, c.online, c.cancelled])
        ws.append([])

        def group_table(title: str, groups: list[_Group]) -> None:
            head = [
                title,
                tr(QT_TRANSLATE_NOOP("reports", "Registered")),
                tr(QT_TRANSLATE_NOOP("reports", "Checked in")),
                tr(QT_TRANSLATE_NOOP("reports", "% checked in")),
            ]
            if day:
                head.append(
                    tr(QT_TRANSLATE_NOOP("reports", "Checked in on {day}")).format(
                        day=day.isoformat()
                    )
                )
            ws.append(cells(ws, head, bold))
            for g in groups:
                row = [
                    neutralise(g.label),
                    g.registered,
                    g.checked_in,
                    pct_cell(ws, _pct(g.checked_in, g.registered)),
                ]
                if day:
                    row.append(g.checked_today)
                ws.append(row)
            reg = sum(g.registered for g in groups)
            chk = sum(g.checked_in for g in groups)
            total = [
                *cells(ws, [tr(QT_TRANSLATE_NOOP("reports", "Total")), reg, chk], bold),
                pct_cell(ws, _pct(chk, reg)),
            ]
            if day:
                total += cells(ws, [sum(g.checked_today for g in groups)], bold)
            ws.append(total)
            ws.append([])

        group_table(
            tr(QT_TRANSLATE_NOOP("reports", "Category")),
            _groups(
                [cat.id for cat in event.categories],
                lambda k: category_label(event, k, lang),
                people,
                lambda p: p.category,
                today,
            ),
        )
        group_table(
            tr(QT_TRANSLATE_NOOP("reports", "Country")),
            sorted(
                _groups(
                    [],
                    lambda k: (
                        country_name(event, k, lang)
                        or tr(QT_TRANSLATE_NOOP("reports", "(no country)"))
                    ),
                    people,
                    lambda p: p.country or "",
                    today,
                ),
                key=lambda g: (-g.registered, g.label),
            ),
        )
        ws.append(
            cells(
                ws,
                [
                    tr(QT_TRANSLATE_NOOP("reports", "Agenda item")),
                    tr(QT_TRANSLATE_NOOP("reports", "Day")),
                    tr(QT_TRANSLATE_NOOP("reports", "Time")),
                    tr(QT_TRANSLATE_NOOP("reports", "People")),
                    tr(QT_TRANSLATE_NOOP("reports", "Inside / not back")),
                    tr(QT_TRANSLATE_NOOP("reports", "Not checked in at desk")),
                    tr(QT_TRANSLATE_NOOP("reports", "Catering")),
                ],
                bold,
            )
        )
        for item in items:
            a = snapshot.item(item.id)
            ws.append(
                [
                    neutralise(item.title.get(lang)),
                    item.day.isoformat(),
                    item_time_range(item),
                    a.count,
                    a.inside,
                    a.not_checked_in,
                    tr(QT_TRANSLATE_NOOP("reports", "yes")) if item.catering else "",
                ]
            )
            places = list(dict.fromkeys([*item.places, *(t.id for t in item.tables)]))
            places += [p for p in a.by_place if p not in places]
            for place in places:
                ws.append(
                    [
                        "    · " + neutralise(place_label(item, place, lang)),
                        None,
                        None,
                        a.by_place.get(place, 0),
                        a.inside_by_place.get(place, 0),
                    ]
                )

        # One sheet per agenda item -------------------------------------------------------
        head = [
            tr(QT_TRANSLATE_NOOP("reports", "Family name")),
            tr(QT_TRANSLATE_NOOP("reports", "Given name")),
            tr(QT_TRANSLATE_NOOP("reports", "Country")),
            tr(QT_TRANSLATE_NOOP("reports", "Category")),
            tr(QT_TRANSLATE_NOOP("reports", "Organisation")),
        ]
        widths: list[float] = [22, 20, 16, 22, 34]
        if contact:
            head += [
                tr(QT_TRANSLATE_NOOP("reports", "E-mail")),
                tr(QT_TRANSLATE_NOOP("reports", "Phone")),
            ]
            widths += [30, 18]
        by_id = {p.id: p for p in people}
        countries: dict[str | None, str] = {}
        categories: dict[str, str] = {}
        for item in items:
            field_visit = is_field_visit(item)
            item_head = [
                *head,
                tr(
                    QT_TRANSLATE_NOOP("reports", "Boarded at")
                    if field_visit
                    else QT_TRANSLATE_NOOP("reports", "First entry")
                ),
                tr(
                    QT_TRANSLATE_NOOP("reports", "Returned at")
                    if field_visit
                    else QT_TRANSLATE_NOOP("reports", "Last exit")
                ),
                tr(
                    QT_TRANSLATE_NOOP("reports", "Bus")
                    if field_visit
                    else QT_TRANSLATE_NOOP("reports", "Table")
                ),
                tr(
                    QT_TRANSLATE_NOOP("reports", "Not back")
                    if field_visit
                    else QT_TRANSLATE_NOOP("reports", "Inside")
                ),
                tr(QT_TRANSLATE_NOOP("reports", "Not checked in at desk")),
            ]
            name = f"{item.start:%H.%M} {item.title.get(lang)}"
            if day is None and len(event.days) > 1:
                name = f"{item.day:%d.%m} {name}"
            ws = sheet(name, [*widths, 12, 12, 22, 9, 12])
            ws.freeze_panes = "A3"
            seen = presence.get(item.id, {})
            # In family-name order, as ``people`` is; merged registrations are not listed.
            listed = [by_id[pid] for pid in seen if pid in by_id]
            listed.sort(key=lambda p: order[p.id])
            ws.append(
                cells(
                    ws,
                    [
                        f"{day_label(item.day, lang)} · {item_time_range(item)} · "
                        f"{item.title.get(lang)} · "
                        + tr(QT_TRANSLATE_NOOP("reports", "{count} people")).format(
                            count=len(listed)
                        )
                    ],
                    bold,
                )
            )
            ws.append(cells(ws, item_head, bold))
            yes = tr(QT_TRANSLATE_NOOP("reports", "yes"))
            for p in listed:
                pr = seen[p.id]
                country = countries.get(p.country)
                if country is None:
                    country = countries[p.country] = country_name(event, p.country, lang)
                category = categories.get(p.category)
                if category is None:
                    category = categories[p.category] = category_label(event, p.category, lang)
                row = [p.family_name, p.given_name, country, category, p.organisation]
                if contact:
                    row += [p.email, p.phone]
                row += [
                    clock(pr.first_in),
                    clock(pr.last_out),
                    _places(item, pr.places, lang),
                    yes if pr.inside else "",
                    yes if pr.flagged else "",
                ]
                ws.append([neutralise(v) for v in row])
            ws.auto_filter.ref = f"A2:{get_column_letter(len(item_head))}{len(listed) + 2}"

        # Participants × items -------------------------------------------------------------
        mhead, mrows = _matrix(event, items, matrix_people, presence, contact=contact, lang=lang)
        ws = sheet(
            tr(QT_TRANSLATE_NOOP("reports", "Participants × items")),
            [14, 22, 20, 16, 22, 30, 11, *([28, 18] if contact else []), 17]
            + [12] * len(items)
            + [10],
        )
        ws.freeze_panes = "D2"
        ws.append(cells(ws, mhead, bold, alignment=wrap))
        for row in mrows:  # neutralised by _matrix
            ws.append(row)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(mhead))}{len(mrows) + 1}"
        wb.save(handle)

    order = {p.id: n for n, p in enumerate(people)}
    attended = {pid for seen in presence.values() for pid in seen}
    matrix_people = _matrix_people(people, attended)
    return atomic_write(path, write)


# -- PDF -------------------------------------------------------------------------------------


def _render_pdf(
    event: Event,
    items: Sequence[AgendaItem],
    snapshot: Snapshot,
    *,
    day: date | None,
    lang: str,
    now: datetime,
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepInFrame,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from desk.badges.render import BOLD, REGULAR, register_fonts
    from desk.charts import number

    register_fonts()
    tr = lambda text: _tr(lang, text)  # noqa: E731
    margin = 14 * mm
    # The frame's own padding (6 pt a side) comes off too, or a full page would not fit it.
    width, height = A4[0] - 2 * margin - 12, A4[1] - 2 * margin - 12
    ink = colors.HexColor("#1A1A1A")
    muted = colors.HexColor("#5F6368")
    styles = {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, textColor=ink),
        "sub": ParagraphStyle("sub", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=muted),
        "big": ParagraphStyle(
            "big", fontName=BOLD, fontSize=20, leading=23, alignment=TA_CENTER, textColor=ink
        ),
        "label": ParagraphStyle(
            "label", fontName=REGULAR, fontSize=8, leading=10, alignment=TA_CENTER, textColor=muted
        ),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9),
        "sub_cell": ParagraphStyle(
            "sub_cell", fontName=REGULAR, fontSize=7, leading=8.5, textColor=muted, leftIndent=8
        ),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9),
        "num": ParagraphStyle("num", fontName=REGULAR, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "num_head": ParagraphStyle(
            "num_head", fontName=BOLD, fontSize=7.5, leading=9, alignment=TA_RIGHT
        ),
    }

    def para(text: str, style: str) -> Paragraph:
        return Paragraph(escape(text), styles[style])

    c = snapshot.counts
    data = from_snapshot(snapshot, event, now=now)
    wanted = {item.id for item in items}
    data = replace(
        data,
        attendance=tuple(a for a in data.attendance if a.item_id in wanted),
        current_item=None,
    )
    short = event.short_name.get(lang)
    scope = day_label(day, lang) if day else event_dates(event, lang)
    generated = now.astimezone(event.tz).strftime("%Y-%m-%d %H:%M")
    story: list[Any] = [
        para(f"{tr(QT_TRANSLATE_NOOP('reports', 'Attendance report'))} — {short}", "title"),
        para(
            " · ".join(
                [
                    scope,
                    event.venue.get(lang),
                    tr(QT_TRANSLATE_NOOP("reports", "Generated at {time} ({zone})")).format(
                        time=generated, zone=event.timezone
                    ),
                ]
            ),
            "sub",
        ),
        Spacer(1, 4 * mm),
    ]
    pct = round(100 * c.checked_in / c.registered) if c.registered else 0
    bigs = [
        (
            f"{number(c.checked_in, lang)} / {number(c.registered, lang)}",
            tr(QT_TRANSLATE_NOOP("reports", "checked in / registered ({pct} %)")).format(pct=pct),
        ),
        (number(c.in_person, lang), tr(QT_TRANSLATE_NOOP("reports", "registered in person"))),
        (number(c.online, lang), tr(QT_TRANSLATE_NOOP("reports", "registered online"))),
    ]
    if day is not None:
        on_day = sum(n for slot, n in data.arrivals if slot.date() == day)
        bigs.append((number(on_day, lang), tr(QT_TRANSLATE_NOOP("reports", "checked in that day"))))
    else:
        bigs.append((number(c.cancelled, lang), tr(QT_TRANSLATE_NOOP("reports", "cancelled"))))
    numbers = Table(
        [[para(v, "big") for v, _ in bigs], [para(t, "label") for _, t in bigs]],
        colWidths=[width * 1.5 / (len(bigs) + 0.5)] + [width / (len(bigs) + 0.5)] * (len(bigs) - 1),
    )
    numbers.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF2F8")),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story += [numbers, Spacer(1, 5 * mm)]
    categories = sum(1 for cat in event.categories if c.by_category.get(cat.id))
    check_height = min(200.0, 34 + 12.0 * (categories + 1))
    story.append(checkin_chart(event, data, width, check_height, lang, font_size=8.5))
    if day is not None and arrivals_on(data, day):
        # One day: when people arrived that day, under how many did.
        story += [
            Spacer(1, 3 * mm),
            arrivals_chart(event, data, width, 90, lang, day=day, font_size=8),
        ]
    story.append(Spacer(1, 4 * mm))
    attend_height = min(200.0, 24 + (10.5 if day else 12.0) * max(2, len(items)))
    story += [
        attendance_chart(event, data, width, attend_height, lang, font_size=8.5, highlight=False)
    ]
    story.append(Spacer(1, 4 * mm))
    field_visit_items = any(is_field_visit(i) for i in items)
    inside_head = (
        QT_TRANSLATE_NOOP("reports", "Inside / not back")
        if field_visit_items
        else QT_TRANSLATE_NOOP("reports", "Inside")
    )
    rows: list[list[Any]] = [
        [
            para(tr(QT_TRANSLATE_NOOP("reports", "Time")), "head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Agenda item")), "head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "People")), "num_head"),
            para(tr(inside_head), "num_head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Not checked in at desk")), "num_head"),
            para(tr(QT_TRANSLATE_NOOP("reports", "Catering")), "head"),
        ]
    ]
    sub_rows: list[int] = []
    widths = [26 * mm, 0.0, 17 * mm, 18 * mm, 22 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    title_room = widths[1] - 6
    for item in items:
        a = snapshot.item(item.id)
        clock = item_time_range(item)
        if day is None and item.day != event.start_date:
            clock = f"{item.day:%d/%m}  {clock}"
        rows.append(
            [
                para(clock, "cell"),
                para(fit_text(item.title.get(lang), title_room, REGULAR, 7.5), "cell"),
                para(number(a.count, lang), "num"),
                para(number(a.inside, lang), "num"),
                para(number(a.not_checked_in, lang), "num"),
                para(tr(QT_TRANSLATE_NOOP("reports", "yes")) if item.catering else "", "cell"),
            ]
        )
        for place, n in a.by_place.items():
            sub_rows.append(len(rows))
            rows.append(
                [
                    None,
                    para(place_label(item, place, lang), "sub_cell"),
                    para(number(n, lang), "num"),
                    para(number(a.inside_by_place.get(place, 0), lang), "num"),
                    None,
                    None,
                ]
            )
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE3EA")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ink),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#C9D1DA")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("FONTSIZE", (0, 0), (-1, -1), 7),  # the empty cells of the table/bus rows
        ("LEADING", (0, 0), (-1, -1), 8.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(style))
    story.append(table)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{tr(QT_TRANSLATE_NOOP('reports', 'Attendance report'))} — {short}",
        author=short,
    )
    # Whatever the agenda, one page: shrink the whole summary when it would not fit.
    doc.build([KeepInFrame(width, height, story, mode="shrink")])
    return out.getvalue()


# -- entry points ------------------------------------------------------------------------------


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
            translate_current(
                QT_TRANSLATE_NOOP(
                    "reports", "Cannot export to {file}: use a .xlsx, .csv or .pdf file name."
                )
            ).format(file=path.name)
        )
    lang = lang or i18n.language()
    now = now or utcnow()
    items = report_items(event, day)
    snapshot = Tally(event).update(session) if suffix != ".csv" else None
    rows = 0
    if suffix == ".pdf":
        assert snapshot is not None
        pdf = _render_pdf(event, items, snapshot, day=day, lang=lang, now=now)
        atomic_write(path, lambda handle: handle.write(pdf))
    elif suffix == ".csv":
        people = _people(session)
        attended = _attended(session, [item.id for item in items])
        everyone = {pid for seen in attended.values() for pid in seen}
        header, matrix = _matrix(
            event,
            items,
            _matrix_people(people, everyone),
            attended,
            contact=contact,
            lang=lang,
        )
        rows = len(matrix)
        _write_csv(path, header, matrix)
    else:
        assert snapshot is not None
        people = _people(session)
        presence = _presence(session, [item.id for item in items])
        rows = len(_matrix_people(people, {pid for seen in presence.values() for pid in seen}))
        _write_xlsx(
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


def cmd_export_attendance(
    db: Database, event: Event, out: Path, day: date | None, contact: bool
) -> list[str]:
    """``desk export attendance``: writes the report; the lines to print."""
    result = write_attendance_report(db, event, out, day=day, contact=contact)
    lang = i18n.language()
    scope = day_label(day, lang) if day else event_dates(event, lang)
    lines = [
        i18n.translate("reports", "Attendance report ({scope}) written to {path}.").format(
            scope=scope, path=result.path
        ),
        i18n.translate(
            "reports", "{checked} of {registered} registered checked in; {items} agenda item(s)."
        ).format(checked=result.checked_in, registered=result.registered, items=result.items),
    ]
    if result.participants:
        lines.append(
            i18n.translate("reports", "{count} participant row(s).").format(
                count=result.participants
            )
        )
    if not contact:
        lines.append(i18n.translate("reports", "Without e-mail addresses and phone numbers."))
    return lines
