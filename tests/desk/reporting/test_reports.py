from __future__ import annotations

import csv
import io
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.arrival.checkin import check_in_participant, register_walk_in, void_checkin
from desk.cli_text import cmd_export_attendance
from desk.doors.attendance import OUT, attendance, door_items, scan, undo_scan
from desk.errors import DeskError
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants, counts
from desk.reporting.report_xlsx import sheet_name
from desk.reporting.reports import ReportResult, export_attendance, write_attendance_report
from desk.storage.db import Database
from tests.factory import Factory

EVIL = '=HYPERLINK("http://x","y")'
NOW = datetime(2022, 5, 24, 23, 30, tzinfo=UTC)


def at(event: Event, day: int, clock: str) -> datetime:
    """A moment of the forum in San Salvador time (day 1 = 23 May 2022)."""
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 22, h, m, tzinfo=event.tz) + timedelta(days=day)


@pytest.fixture
def busy(db: Database, event: Event, factory: Factory) -> Database:
    """40 people (accents, ñ), 30 checked in, scans at several items, a World Café with two
    tables, two buses, an undone scan, a voided check-in, a walk-in with a formula name."""
    factory.add(db, 40)
    with db.read() as session:
        people = all_participants(session)
    with db.write() as session:
        evil, _ = register_walk_in(
            session,
            event,
            {
                "given_name": EVIL,
                "family_name": "-2+3",
                "country": "SV",
                "organisation": "@SUM(1)",
                "category": "guest",
                "email": "evil@example.org",
                "phone": "+503 7000 0000",
            },
            desk_id=db.desk_id,
            operator="Ana",
            now=at(event, 1, "08:40"),
        )
        for n, p in enumerate(people[:30]):
            check_in_participant(
                session,
                p.id,
                desk_id=db.desk_id,
                operator="Ana",
                confirm_online=True,
                now=at(event, 1, "08:00") + timedelta(minutes=n),
            )
        # Checked in on day 2 only.
        for p in people[30:33]:
            check_in_participant(
                session,
                p.id,
                desk_id=db.desk_id,
                operator="Ana",
                confirm_online=True,
                now=at(event, 2, "07:30"),
            )
        # A check-in voided: that person is not checked in.
        check_in_participant(
            session,
            people[35].id,
            desk_id=db.desk_id,
            operator="Ana",
            confirm_online=True,
            now=at(event, 1, "09:00"),
        )
        void_checkin(session, people[35].id, "wrong person", desk_id=db.desk_id, operator="Ana")

        def door(item: str, p: ParticipantInfo, when: datetime, **kw):  # type: ignore[no-untyped-def]
            return scan(
                session, event, item, p.code, desk_id=db.desk_id, operator="Luis", now=when, **kw
            )

        for p in people[:25]:
            door("d1-welcome", p, at(event, 1, "08:58"))
        for p in people[:10]:
            door("d1-welcome", p, at(event, 1, "09:16"), direction=OUT)
        door("d1-welcome", evil, at(event, 1, "09:01"))
        for p in people[:20]:
            door("d1-lunch", p, at(event, 1, "12:05"))
        door("d1-lunch", people[38], at(event, 1, "12:06"))  # never checked in: flagged
        for n, p in enumerate(people[:12]):
            door(
                "d1-world-cafe",
                p,
                at(event, 1, "14:20"),
                place=("origin", "destination-transit")[n % 2],
            )
        door("d1-world-cafe", people[0], at(event, 1, "14:50"), place="destination-transit")
        for n, p in enumerate(people[:16]):
            door("d2-field-visit", p, at(event, 2, "07:50"), place=("El Piche", "Intipucá")[n % 2])
        for p in people[:6]:
            door("d2-field-visit", p, at(event, 2, "15:40"), direction=OUT)
        undone = door("d1-qa1", people[0], at(event, 1, "10:16"))
        undo_scan(session, undone.record_id, desk_id=db.desk_id, operator="Luis")
    return db


def _xlsx(busy: Database, event: Event, path: Path, **kw) -> Path:  # type: ignore[no-untyped-def]
    with busy.read() as session:
        return export_attendance(session, event, path, now=NOW, **kw)


def _summary_table(ws, title: str) -> dict[str, list]:  # type: ignore[no-untyped-def]
    """Rows of the Summary table whose header's first cell is ``title``, by first cell."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and r[0] == title)
    out = {}
    for row in rows[start + 1 :]:
        if not row or row[0] is None:
            break
        out[row[0]] = list(row[1:])
    return out


def test_xlsx_sheets_and_totals(busy: Database, event: Event, tmp_path: Path) -> None:
    path = _xlsx(busy, event, tmp_path / "report.xlsx")
    wb = load_workbook(path)
    names = wb.sheetnames
    items = door_items(event)
    assert names[0] == "Summary" and names[-1] == "Participants × items"
    assert len(names) == len(items) + 2
    assert len(set(n.casefold() for n in names)) == len(names)
    assert all(len(n) <= 31 and not set(n) & set(":\\/?*[]") for n in names)
    with busy.read() as session:
        c = counts(session)
        found = {a.item_id: a for a in attendance(session, event)}
    summary = wb["Summary"]
    assert summary.freeze_panes == "A4"
    rows = list(summary.iter_rows(values_only=True))
    head = next(
        i
        for i, r in enumerate(rows)
        if r[:5] == ("Registered", "Checked in", "In person", "Online", "Cancelled")
        and not any(r[5:])
    )
    assert rows[head + 1][:5] == (c.registered, c.checked_in, c.in_person, c.online, c.cancelled)
    assert c.checked_in == 34  # the walk-in, 30, 3 on day 2; not the voided one
    by_category = _summary_table(summary, "Category")
    total = by_category.pop("Total")
    assert total[:2] == [c.registered, c.checked_in]
    assert all(isinstance(v, int) for v in total[:2])
    for category in event.categories:
        if c.by_category.get(category.id):
            registered, checked = by_category[category.label.en][:2]
            assert registered == c.by_category[category.id]
            assert checked == c.checked_in_by_category.get(category.id, 0)
    by_country = _summary_table(summary, "Country")
    assert by_country.pop("Total")[:2] == [c.registered, c.checked_in]
    assert sum(r[0] for r in by_country.values()) == c.registered
    assert by_country["El Salvador"][0] >= 1
    per_item = _summary_table(summary, "Agenda item")
    for item in items:
        a = found[item.id]
        row = per_item[item.title.en]
        assert row[2:5] == [a.count, a.inside, a.not_checked_in]
        assert row[5] == ("yes" if item.catering else None)
    assert per_item["    · In countries of origin"][2] == found["d1-world-cafe"].by_place["origin"]
    assert per_item["    · Intipucá"][2:4] == [8, 5]
    assert found["d1-qa1"].count == 0  # the undone scan
    # One sheet per item: its attendees, frozen header, bold.
    welcome = wb[names[1]]
    assert names[1] == "09.00 Welcome remarks" or names[1].endswith("09.00 Welcome remarks")
    assert welcome.freeze_panes == "A3"
    header = [cell.value for cell in welcome[2]]
    assert header[:5] == ["Family name", "Given name", "Country", "Category", "Organisation"]
    assert welcome["A2"].font.b
    assert welcome.max_row - 2 == found["d1-welcome"].count == 26
    lunch = wb[next(n for n in names if "Lunch" in n)]
    flagged = [r for r in lunch.iter_rows(min_row=3, values_only=True) if r[-1] == "yes"]
    assert len(flagged) == 1
    cafe = wb[next(n for n in names if "World Café" in n or "Diaspora as" in n)]
    tables = [
        r[header.index("First entry") + 2] for r in cafe.iter_rows(min_row=3, values_only=True)
    ]
    assert "In countries of origin, In countries of destination and transit" in tables
    # The matrix: one row per registered participant; each item column sums to its count.
    matrix = wb["Participants × items"]
    mrows = list(matrix.iter_rows(values_only=True))
    mhead, body = list(mrows[0]), mrows[1:]
    assert len(body) == c.registered
    first = mhead.index("Checked in at") + 1
    for n, item in enumerate(items):
        assert sum(r[first + n] or 0 for r in body) == found[item.id].count
    assert mhead[-1] == "Items attended"
    assert sum(1 for r in body if r[first - 1]) == c.checked_in
    assert matrix.freeze_panes == "D2"


def test_formulas_come_out_as_text(busy: Database, event: Event, tmp_path: Path) -> None:
    path = _xlsx(busy, event, tmp_path / "report.xlsx")
    wb = load_workbook(path)
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and "HYPERLINK" in cell.value:
                    assert cell.value == "'" + EVIL
                    seen += 1
                if cell.value in ("'-2+3", "-2+3"):
                    assert cell.value == "'-2+3"
    assert seen == 2  # the welcome sheet and the matrix
    path = _xlsx(busy, event, tmp_path / "report.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    evil = next(r for r in rows if "HYPERLINK" in ",".join(r))
    assert "'" + EVIL in evil and "'-2+3" in evil and "'@SUM(1)" in evil
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_csv_is_the_matrix_with_bom_and_accents(
    busy: Database, event: Event, tmp_path: Path
) -> None:
    path = _xlsx(busy, event, tmp_path / "report.csv", lang="es")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    with busy.read() as session:
        accented = [p.family_name for p in all_participants(session) if not p.family_name.isascii()]
    assert accented and all(name in text for name in accented)
    assert "Panamá" in text or "México" in text or "Perú" in text
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    items = door_items(event)
    assert "09:00 Palabras de bienvenida" in header
    assert (
        "Mar 08:00 Visita de campo a una actividad financiada por la diáspora (El Piche e Intipucá)"
        in header
    )
    with busy.read() as session:
        c = counts(session)
        found = {a.item_id: a for a in attendance(session, event)}
    assert len(body) == c.registered
    first = len(header) - len(items) - 1
    for n, item in enumerate(items):
        assert sum(int(r[first + n] or 0) for r in body) == found[item.id].count
    assert body[0][first - 1].startswith("2022-05-2") or body[0][first - 1] == ""


def test_no_contact_leaves_out_email_and_phone(
    busy: Database, event: Event, tmp_path: Path
) -> None:
    with busy.read() as session:
        people = all_participants(session)
    secrets = {p.email for p in people if p.email} | {p.phone for p in people if p.phone}
    assert secrets
    xlsx = _xlsx(busy, event, tmp_path / "r.xlsx", contact=False)
    values = [
        str(cell)
        for ws in load_workbook(xlsx).worksheets
        for row in ws.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert not any("@" in v and "." in v.split("@")[-1] for v in values)
    assert not set(values) & secrets and not set(values) & {"'" + s for s in secrets}
    assert "E-mail" not in values and "Phone" not in values
    text = _xlsx(busy, event, tmp_path / "r.csv", contact=False).read_text(encoding="utf-8-sig")
    assert not any(s in text for s in secrets)
    assert "E-mail" not in text and "Phone" not in text
    # With contact (the default) they are there.
    assert "evil@example.org" in _xlsx(busy, event, tmp_path / "c.csv").read_text("utf-8-sig")


def test_day_filter(busy: Database, event: Event, tmp_path: Path) -> None:
    day2 = date(2022, 5, 24)
    wb = load_workbook(_xlsx(busy, event, tmp_path / "d2.xlsx", day=day2))
    assert len(wb.sheetnames) == 3
    assert "Field visit" in wb.sheetnames[1] and wb.sheetnames[1].startswith("08.00")
    summary = wb["Summary"]
    per_item = _summary_table(summary, "Agenda item")
    assert [k for k in per_item if not k.startswith(" ")] == [event.item("d2-field-visit").title.en]
    by_category = _summary_table(summary, "Category")
    assert by_category["Total"][1] == 34  # checked in, all days
    assert by_category["Total"][3] == 3  # checked in on 24 May
    text = _xlsx(busy, event, tmp_path / "d1.csv", day=date(2022, 5, 23)).read_text("utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    assert "09:00 Welcome remarks" in header and not any("Field visit" in h for h in header)
    with pytest.raises(DeskError, match="not a day of this event"):
        _xlsx(busy, event, tmp_path / "x.csv", day=date(2022, 6, 1))


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


@pytest.mark.parametrize("day", [None, date(2022, 5, 23), date(2022, 5, 24)])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_pdf_is_one_page(
    busy: Database, event: Event, tmp_path: Path, day: date | None, lang: str
) -> None:
    path = _xlsx(busy, event, tmp_path / "summary.pdf", day=day, lang=lang)
    assert path.read_bytes().startswith(b"%PDF")
    assert _pages(path) == 1
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5_000


def test_pdf_of_an_empty_database(db: Database, event: Event, tmp_path: Path) -> None:
    with db.read() as session:
        path = export_attendance(session, event, tmp_path / "empty.pdf", now=NOW)
    assert _pages(path) == 1


def test_unknown_format_is_refused(busy: Database, event: Event, tmp_path: Path) -> None:
    with pytest.raises(DeskError, match=r"\.xlsx, \.csv or \.pdf"):
        _xlsx(busy, event, tmp_path / "report.ods")
    assert not (tmp_path / "report.ods").exists()


def test_worker_function_and_cli_lines(busy: Database, event: Event, tmp_path: Path) -> None:
    result = write_attendance_report(busy, event, tmp_path / "r.xlsx", contact=False)
    assert isinstance(result, ReportResult)
    assert (result.format, result.items, result.registered, result.checked_in) == (
        "xlsx",
        len(door_items(event)),
        41,
        34,
    )
    lines = cmd_export_attendance(busy, event, tmp_path / "r.pdf", date(2022, 5, 24), True)
    assert str(tmp_path / "r.pdf") in lines[0] and "Tuesday, May 24, 2022" in lines[0]
    assert lines[1] == "34 of 41 registered checked in; 1 agenda item."
    lines = cmd_export_attendance(busy, event, tmp_path / "r.csv", None, False)
    assert lines[-1] == "Without e-mail addresses and phone numbers."


def test_sheet_names() -> None:
    taken: set[str] = set()
    assert sheet_name("09.00 Q & A", taken) == "09.00 Q & A"
    assert sheet_name("09.00 q & a", taken) == "09.00 q & a (2)"
    long = sheet_name("10:45 Panel: Enhancing [diaspora] participation / trust?*", taken)
    assert len(long) <= 31 and not set(long) & set(":\\/?*[]") and long.endswith("…")
    assert sheet_name("'quoted'", taken) == "quoted"


def test_a_merged_registration_is_left_out(busy: Database, event: Event, tmp_path: Path) -> None:
    from desk.people.merging import merge_people

    with busy.read() as session:
        people = all_participants(session)
    keep, absorb = people[0], people[1]  # both checked in, both at the welcome
    with busy.write() as session:
        merge_people(session, event, keep.id, absorb.id, desk_id=busy.desk_id, operator="Ana")
    wb = load_workbook(_xlsx(busy, event, tmp_path / "r.xlsx"))
    with busy.read() as session:
        c = counts(session)
        found = {a.item_id: a for a in attendance(session, event)}
    assert c.registered == 40
    assert _summary_table(wb["Summary"], "Category")["Total"][:2] == [c.registered, c.checked_in]
    body = list(wb["Participants × items"].iter_rows(min_row=2, values_only=True))
    assert len(body) == c.registered
    assert not any(absorb.family_name == r[1] and absorb.given_name == r[2] for r in body)
    welcome = wb[wb.sheetnames[1]]
    assert welcome.max_row - 2 == found["d1-welcome"].count
    assert welcome["A1"].value.endswith(f"{found['d1-welcome'].count} people")
    text = _xlsx(busy, event, tmp_path / "r.csv").read_text("utf-8-sig")
    assert len(text.strip().splitlines()) == c.registered + 1


def test_pdf_time_zone_and_whole_titles(busy: Database, event: Event, tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    path = _xlsx(busy, event, tmp_path / "summary.pdf", day=date(2022, 5, 23), lang="en")
    document = pdfium.PdfDocument(str(path))
    try:
        text = document[0].get_textpage().get_text_range().replace("\r\n", " ")
    finally:
        document.close()
    assert "El Salvador time (UTC−6)" in text and "America/El_Salvador" not in text
    # The agenda table wraps long titles instead of cutting them.
    words = " ".join(text.split())
    title = event.item("d1-panel-trust").title.get("en")
    assert all(word in words for word in title.split())
    assert title.split()[-1] in words


def test_xlsx_time_zone(busy: Database, event: Event, tmp_path: Path) -> None:
    path = _xlsx(busy, event, tmp_path / "r.xlsx", lang="en")
    book = load_workbook(path)
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert any("El Salvador time (UTC−6)" in c for c in cells)
    assert not any("America/El_Salvador" in c for c in cells)


def test_catering_headcounts_count_dietary_needs(
    db: Database, event: Event, tmp_path: Path
) -> None:
    """The list's "Dieta" column, for the lunch and the breaks: the people at the item by
    need (spellings that differ in case are one need; "Ninguna" is none), in the report,
    the live tally and `desk attendance --json` alike."""
    from desk.doors.tally import Tally
    from desk.people.importing import import_participants
    from tests import forum_lists

    with db.write() as session:
        import_participants(
            session, event, forum_lists.write_csv(tmp_path / "lista.csv"), desk_id=db.desk_id
        )
    with db.read() as session:
        everybody = all_participants(session)
    with db.write() as session:
        for n, p in enumerate(everybody):
            check_in_participant(
                session, p.id, desk_id=db.desk_id, operator="Ana", now=at(event, 1, "08:30")
            )
            scan(session, event, "d1-lunch", p.code, desk_id=db.desk_id, operator="Eva",
                 now=at(event, 1, "12:05") + timedelta(minutes=n))  # fmt: skip
        scan(session, event, "d1-welcome", everybody[0].code, desk_id=db.desk_id, operator="Eva",
             now=at(event, 1, "09:00"))  # fmt: skip
    with db.read() as session:
        (lunch,) = attendance(session, event, "d1-lunch")
        welcome = attendance(session, event, "d1-welcome")[0]
        live = Tally(event).update(session)
    assert lunch.count == 5 and lunch.by_dietary == {"Vegetariana": 2, "Sin gluten": 1}
    assert lunch.to_json(event)["by_dietary"] == {"Vegetariana": 2, "Sin gluten": 1}
    assert live.item("d1-lunch") == lunch and live.item("d1-welcome") == welcome
    result = write_attendance_report(db, event, tmp_path / "r.xlsx", contact=False, now=NOW)
    rows = [r[:4] for r in load_workbook(result.path).worksheets[0].iter_rows(values_only=True)]
    at_lunch = rows.index(next(r for r in rows if r[0] == "Lunch"))
    assert rows[at_lunch + 1] == ("    · Dietary need: Vegetariana", None, None, 2)
    assert rows[at_lunch + 2] == ("    · Dietary need: Sin gluten", None, None, 1)
    assert not any("Dietary" in str(r[0]) for r in rows[: at_lunch - 1])  # not at the welcome
    pdf = write_attendance_report(db, event, tmp_path / "r.pdf", contact=False, now=NOW)
    assert pdf.path.read_bytes().startswith(b"%PDF")
