"""The attendance report as an Excel workbook: a *Summary* sheet (checked in against
registered by category and by country, with totals; attendance per agenda item with its
tables or buses; with online attendance, in person and online per item, and attendance
per item by category and by country), one sheet per agenda item listing who attended, and
the *participants × items* matrix. Counts are numbers Excel can sum; every text cell that
could run as a formula is neutralised."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from desk.counted import PEOPLE, counted
from desk.doors.attendance import is_field_visit
from desk.doors.tally import Snapshot
from desk.events.display import (
    category_label,
    country_name,
    day_label,
    event_dates,
    item_time_range,
    zone_label,
)
from desk.events.event import AgendaItem, Event
from desk.i18n import QT_TRANSLATE_NOOP
from desk.people.export import neutralise
from desk.reporting.charts import item_label
from desk.reporting.report_data import (
    Breakdown,
    Clock,
    Group,
    Person,
    Presence,
    breakdowns,
    count_groups,
    dietary_lines,
    fraction,
    matrix_people,
    participants_matrix,
    place_label,
    places_text,
    report_text,
)
from desk.storage.fileio import atomic_write

SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in ":\\/?*[]"})


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


def write_xlsx(
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
    online: dict[str, set[str]] | None = None,
) -> Path:
    """Write the workbook. ``online`` holds who was at each item online only
    (desk.reporting.report_data.read_online), None when no online attendance was imported:
    then the online columns and rows are left out."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    hybrid = online is not None
    bold = Font(bold=True)
    title_font = Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    clock = Clock(event)
    tr = lambda text: report_text(lang, text)  # noqa: E731
    in_person_text = tr(QT_TRANSLATE_NOOP("reports", "In person"))
    online_text = tr(QT_TRANSLATE_NOOP("reports", "Online"))
    total_text = tr(QT_TRANSLATE_NOOP("reports", "Total"))
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
        ws = sheet(
            tr(QT_TRANSLATE_NOOP("reports", "Summary")),
            [44, 14, 14, 14, 16, 14, 14] + [12] * max(2, len(items) + 2 - 7),
        )
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
                tr(QT_TRANSLATE_NOOP("reports", "Generated at {time}, {zone}")).format(
                    time=now.astimezone(event.tz).strftime("%Y-%m-%d %H:%M"),
                    zone=zone_label(event, lang, now),
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

        def group_table(title: str, groups: list[Group]) -> None:
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
                    pct_cell(ws, fraction(g.checked_in, g.registered)),
                ]
                if day:
                    row.append(g.checked_today)
                ws.append(row)
            reg = sum(g.registered for g in groups)
            chk = sum(g.checked_in for g in groups)
            total = [
                *cells(ws, [tr(QT_TRANSLATE_NOOP("reports", "Total")), reg, chk], bold),
                pct_cell(ws, fraction(chk, reg)),
            ]
            if day:
                total += cells(ws, [sum(g.checked_today for g in groups)], bold)
            ws.append(total)
            ws.append([])

        def breakdown_table(ws: Any, title: str, groups: list[Breakdown]) -> None:
            """People per item of each group (columns: the items): with online data a row
            each for in person, online and total, else one row of the people there."""
            lead = [title]
            if hybrid:
                lead.append(tr(QT_TRANSLATE_NOOP("reports", "Attended")))
            ws.append(
                cells(
                    ws,
                    [*lead, *(item_label(event, item, lang) for item in items)],
                    bold,
                    alignment=wrap,
                )
            )
            everybody = Breakdown(
                tr(QT_TRANSLATE_NOOP("reports", "Total")),
                tuple(sum(g.in_person[n] for g in groups) for n in range(len(items))),
                tuple(sum(g.online[n] for g in groups) for n in range(len(items))),
            )
            for g in [*groups, everybody]:
                font = bold if g is everybody else None
                if hybrid:
                    for mode, values in (
                        (in_person_text, g.in_person),
                        (online_text, g.online),
                        (total_text, g.total),
                    ):
                        ws.append(cells(ws, [g.label, mode, *values], font))
                else:
                    ws.append(cells(ws, [g.label, *g.total], font))
            ws.append([])

        group_table(
            tr(QT_TRANSLATE_NOOP("reports", "Category")),
            count_groups(
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
                count_groups(
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
                    # "People" is everybody there: in person and online, after the columns
                    # that were there before online attendance (scripts read them).
                    *(
                        [
                            tr(QT_TRANSLATE_NOOP("reports", "In person")),
                            tr(QT_TRANSLATE_NOOP("reports", "Online")),
                        ]
                        if hybrid
                        else []
                    ),
                ],
                bold,
                alignment=wrap,
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
                    *([a.in_person, a.online] if hybrid else []),
                ]
            )
            for need, n in dietary_lines(item, a, lang):  # breaks and meals: for catering
                ws.append(["    · " + neutralise(need), None, None, n])
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

        ws.append([])
        attendance = [snapshot.item(item.id) for item in items]
        for title, by_country in (
            (tr(QT_TRANSLATE_NOOP("reports", "Attendance by category")), False),
            (tr(QT_TRANSLATE_NOOP("reports", "Attendance by country")), True),
        ):
            breakdown_table(
                ws, title, breakdowns(event, attendance, by_country=by_country, lang=lang)
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
            virtual = (online or {}).get(item.id, set())
            item_head = [
                *head,
                *([tr(QT_TRANSLATE_NOOP("reports", "Attended"))] if hybrid else []),
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
            ws = sheet(name, [*widths, *([12] if hybrid else []), 12, 12, 22, 9, 12])
            ws.freeze_panes = "A3"
            seen = presence.get(item.id, {})
            # In family-name order, as ``people`` is; merged registrations are not listed.
            listed = [by_id[pid] for pid in [*seen, *virtual] if pid in by_id]
            listed.sort(key=lambda p: order[p.id])
            ws.append(
                cells(
                    ws,
                    [
                        f"{day_label(item.day, lang)} · {item_time_range(item)} · "
                        f"{item.title.get(lang)} · " + counted(PEOPLE, len(listed), lang)
                    ],
                    bold,
                )
            )
            ws.append(cells(ws, item_head, bold))
            yes = tr(QT_TRANSLATE_NOOP("reports", "yes"))
            for p in listed:
                pr = seen.get(p.id) or Presence()
                country = countries.get(p.country)
                if country is None:
                    country = countries[p.country] = country_name(event, p.country, lang)
                category = categories.get(p.category)
                if category is None:
                    category = categories[p.category] = category_label(event, p.category, lang)
                row = [p.family_name, p.given_name, country, category, p.organisation]
                if contact:
                    row += [p.email, p.phone]
                if hybrid:
                    row.append(online_text if p.id in virtual else in_person_text)
                row += [
                    clock(pr.first_in),
                    clock(pr.last_out),
                    places_text(item, pr.places, lang),
                    yes if pr.inside else "",
                    yes if pr.flagged else "",
                ]
                ws.append([neutralise(v) for v in row])
            ws.auto_filter.ref = f"A2:{get_column_letter(len(item_head))}{len(listed) + 2}"

        # Participants × items -------------------------------------------------------------
        mhead, mrows = participants_matrix(
            event, items, in_matrix, presence, contact=contact, lang=lang, online=online
        )
        fixed = [14, 22, 20, 16, 22, 30, 11, *([28, 18] if contact else []), 17]
        ws = sheet(
            tr(QT_TRANSLATE_NOOP("reports", "Participants × items")),
            fixed + [12] * (len(mhead) - len(fixed) - 1) + [10],
        )
        ws.freeze_panes = "D2"
        ws.append(cells(ws, mhead, bold, alignment=wrap))
        for row in mrows:  # neutralised by _matrix
            ws.append(row)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(mhead))}{len(mrows) + 1}"
        wb.save(handle)

    order = {p.id: n for n, p in enumerate(people)}
    attended = {pid for seen in (*presence.values(), *(online or {}).values()) for pid in seen}
    in_matrix = matrix_people(people, attended)
    return atomic_write(path, write)
