"""The end-of-day report of a hybrid event: in person, online and total per agenda item and
by category and country, from door scans and stored online connections (Zoom/Teams rows
and their matches, written as model rows)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.doors.attendance import attendance, door_items, scan
from desk.doors.tally import Tally
from desk.events.display import category_label, country_name
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.reporting import charts
from desk.reporting.reports import export_attendance
from desk.storage.db import Database
from desk.storage.models import (
    MATCH_EMAIL,
    MATCH_NOT_PARTICIPANT,
    SOURCE_ZOOM,
    OnlineInterval,
    OnlineMatch,
    new_id,
)
from tests.factory import Factory

NOW = datetime(2022, 5, 24, 23, 30, tzinfo=UTC)


def at(event: Event, clock: str, day: int = 1) -> datetime:
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 22, h, m, tzinfo=event.tz) + timedelta(days=day)


def connect(session, event: Event, who: str, pid: str | None, *spans: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Rows of a Zoom export for identity ``who`` (matched to ``pid``; None: "not a
    participant"; "" no match at all), one per (join, leave) in local time."""
    for n, (join, leave) in enumerate(spans):
        session.add(
            OnlineInterval(
                id=new_id(),
                source=SOURCE_ZOOM,
                meeting_id="81234567890",
                file_sha256="ab" * 32,
                file_name="zoom.csv",
                line=n + 2,
                raw_name=who,
                email=who,
                upn="",
                identity=who,
                join_at=at(event, join).astimezone(UTC),
                leave_at=at(event, leave).astimezone(UTC),
                imported_at=NOW,
                desk_id="desk-test",
                operator="Ana",
            )
        )
    if pid != "":
        session.add(
            OnlineMatch(
                identity=who,
                participant_id=pid,
                method=MATCH_EMAIL if pid else MATCH_NOT_PARTICIPANT,
                at=NOW,
                desk_id="desk-test",
                operator="Ana",
            )
        )


@pytest.fixture
def hybrid(db: Database, event: Event, factory: Factory) -> list[ParticipantInfo]:
    """12 people. Welcome (09:00–09:15): p0–p4 scanned; p5 online; p0 also online (counts in
    person); p7 online 5 minutes (under min(15 min, 50 %)). Panel (10:45–11:45): p0, p1
    scanned; p5, p2 (scanned at the welcome) online; p6 on two devices and a rejoin, 17 min
    merged. Somebody "not a participant" and somebody unmatched are online all day."""
    factory.add(db, 12)
    with db.read() as session:
        people = all_participants(session)
    p = people
    with db.write() as session:
        for person in p[:5]:
            scan(session, event, "d1-welcome", person.code, desk_id=db.desk_id, operator="Luis",
                 now=at(event, "09:01"))  # fmt: skip
        for person in p[:2]:
            scan(session, event, "d1-panel-trust", person.code, desk_id=db.desk_id,
                 operator="Luis", now=at(event, "10:46"))  # fmt: skip
        connect(session, event, "p5@x.org", p[5].id, ("08:55", "09:20"), ("10:40", "11:50"))
        connect(session, event, "p0@x.org", p[0].id, ("08:50", "09:20"))
        connect(session, event, "p7@x.org", p[7].id, ("09:00", "09:05"))
        connect(session, event, "p2@x.org", p[2].id, ("10:45", "11:45"))
        connect(
            session, event, "p6@x.org", p[6].id, ("10:45", "10:55"), ("10:50", "10:58"),
            ("10:58", "11:02"),
        )  # fmt: skip
        connect(session, event, "p6 phone", p[6].id, ("10:52", "10:56"))
        connect(session, event, "press@x.org", None, ("08:00", "17:00"))
        connect(session, event, "nobody@x.org", "", ("08:00", "17:00"))
    return people


def _export(db: Database, event: Event, path: Path, **kw) -> Path:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return export_attendance(session, event, path, now=NOW, **kw)


def _rows_after(ws, first: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The header row whose first cell is ``first`` and the rows under it, to a blank."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and r[0] == first)
    out = [rows[start]]
    for row in rows[start + 1 :]:
        if not row or row[0] is None:
            break
        out.append(row)
    return out


def test_counts_of_the_hybrid_day(db: Database, event: Event, hybrid) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        found = {a.item_id: a for a in attendance(session, event)}
        live = Tally(event).update(session)
    welcome, panel = found["d1-welcome"], found["d1-panel-trust"]
    assert (welcome.in_person, welcome.online, welcome.count) == (5, 1, 6)
    assert (panel.in_person, panel.online, panel.count) == (2, 3, 5)
    assert found["d1-linkage"].count == 0 and found["d1-recess1"].count == 0
    assert live.item("d1-welcome") == welcome and live.item("d1-panel-trust") == panel


def test_xlsx_in_person_online_total(db: Database, event: Event, hybrid, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    p = hybrid
    wb = load_workbook(_export(db, event, tmp_path / "r.xlsx"))
    items = door_items(event)
    assert wb.sheetnames[0] == "Summary" and wb.sheetnames[-1] == "Participants × items"
    assert len(wb.sheetnames) == len(items) + 2
    summary = wb["Summary"]
    # Per item: the columns as before ("People" is everybody), then in person and online.
    table = _rows_after(summary, "Agenda item")
    head = list(table[0])
    assert head[:9] == [
        "Agenda item", "Day", "Time", "People", "Inside / not back",
        "Not checked in at desk", "Catering", "In person", "Online",
    ]  # fmt: skip
    by_title = {r[0]: r for r in table[1:]}
    welcome = by_title["Welcome remarks"]
    assert (welcome[3], welcome[7], welcome[8]) == (6, 5, 1)
    panel = by_title[event.item("d1-panel-trust").title.en]
    assert (panel[3], panel[7], panel[8]) == (5, 2, 3)
    assert by_title["Lunch"][3:9] == (0, 0, 0, "yes", 0, 0)
    # By category and by country: in person, online and total per item.
    labels = [charts.item_label(event, item, "en") for item in items]
    for first, key, label in (
        ("Attendance by category", "category", lambda k: category_label(event, k, "en")),
        ("Attendance by country", "country", lambda k: country_name(event, k, "en")),
    ):
        table = _rows_after(summary, first)
        assert list(table[0][:2]) == [first, "Attended"] and list(table[0][2:]) == labels
        cells = {(r[0], r[1]): list(r[2:]) for r in table[1:]}
        w, t = labels.index("09:00 Welcome remarks"), labels.index(labels[4])
        here = Counter(label(getattr(x, key)) for x in p[:5])
        there = Counter(label(getattr(x, key)) for x in [p[5]])
        for group in set(here) | set(there):
            assert cells[group, "In person"][w] == here[group]
            assert cells[group, "Online"][w] == there[group]
            assert cells[group, "Total"][w] == here[group] + there[group]
        panel_online = Counter(label(getattr(x, key)) for x in (p[2], p[5], p[6]))
        for group, n in panel_online.items():
            assert cells[group, "Online"][t] == n
        assert cells["Total", "In person"][w] == 5 and cells["Total", "Online"][w] == 1
        assert cells["Total", "Total"][t] == 5 and cells["Total", "Online"][t] == 3
        assert all(isinstance(v, int) for v in cells["Total", "Total"])
    # The item sheet lists the person online too, marked so.
    sheet = wb[wb.sheetnames[1]]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0].endswith("6 people")
    head = list(rows[1])
    assert head.index("Attended") == head.index("First entry") - 1
    how = {(r[0], r[1]): r[head.index("Attended")] for r in rows[2:]}
    assert how[p[5].family_name, p[5].given_name] == "Online"
    assert how[p[0].family_name, p[0].given_name] == "In person"  # also online: in person
    assert Counter(how.values()) == {"In person": 5, "Online": 1}
    # The matrix: an item's column sums to its total, its "(online)" column to the online.
    matrix = list(wb["Participants × items"].iter_rows(values_only=True))
    _check_matrix(list(matrix[0]), [list(r) for r in matrix[1:]], hybrid)


def _check_matrix(header: list, body: list[list], p: list[ParticipantInfo]) -> None:  # type: ignore[type-arg]
    def column(title: str) -> list[int]:
        n = header.index(title)
        return [int(r[n] or 0) for r in body]

    assert sum(column("09:00 Welcome remarks")) == 6
    assert sum(column("09:00 Welcome remarks (online)")) == 1
    panel = next(h for h in header if str(h).startswith("10:45 Panel") and "(online)" not in h)
    assert sum(column(panel)) == 5 and sum(column(f"{panel} (online)")) == 3
    assert not any("Field visit" in str(h) and "(online)" in str(h) for h in header)
    assert header[-2:] == ["Items attended online", "Items attended"]
    code = header.index("Code")
    by_code = {str(r[code]).replace("-", "").replace(" ", ""): r for r in body}

    def row(person: ParticipantInfo) -> list:  # type: ignore[type-arg]
        return by_code[person.code.replace("-", "").replace(" ", "")]

    assert row(p[5])[-2:] == [2, 2]  # welcome and panel, both online
    assert row(p[0])[-2:] == [0, 2]  # in person at both, online at the welcome too
    assert row(p[2])[-2:] == [1, 2]
    assert row(p[7])[-2:] == [0, 0]  # 5 minutes: not present


def test_csv_carries_online_columns(db: Database, event: Event, hybrid, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = _export(db, event, tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    n = header.index("Items attended")
    _check_matrix(header, [[*r[: n - 1], int(r[n - 1]), int(r[n])] for r in body], hybrid)
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    es = _export(db, event, tmp_path / "es.csv", lang="es").read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(es)))
    welcome = header.index("09:00 Palabras de bienvenida")
    assert header[welcome + 1].startswith("09:00 Palabras de bienvenida (")  # (virtual)


def _page_text(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        assert len(document) == 1
        return " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_pdf_one_page_with_online(  # type: ignore[no-untyped-def]
    db: Database, event: Event, hybrid, tmp_path: Path, lang: str
) -> None:
    path = _export(db, event, tmp_path / f"hybrid-{lang}.pdf", day=date(2022, 5, 23), lang=lang)
    text = _page_text(path)
    if lang == "en":
        assert "In person Online Total" in text
        assert "Welcome remarks 5 1 6" in text
        assert "trusting relationships 2 3 5" in text
        # By category and country: people at one item or more, once; p0–p4 in the room,
        # p5 and p6 online only (p2, online at the panel, was at the welcome in person).
        assert "Attendees by category In person Online Total" in text
        assert "Attendees by country In person Online Total" in text
        assert text.count("Total 5 2 7") == 2
    else:
        assert "Presencial Virtual Total" in text
        assert "Palabras de bienvenida 5 1 6" in text
    # The whole event: the field visit's day has no online part, and the page still fits.
    _page_text(_export(db, event, tmp_path / "all.pdf", lang=lang))


def test_without_online_data_the_report_is_as_before(  # type: ignore[no-untyped-def]
    db: Database, event: Event, factory: Factory, tmp_path: Path
) -> None:
    factory.add(db, 5)
    with db.read() as session:
        people = all_participants(session)
    with db.write() as session:
        for person in people[:3]:
            scan(session, event, "d1-welcome", person.code, desk_id=db.desk_id, operator="Luis",
                 now=at(event, "09:01"))  # fmt: skip
    wb = load_workbook(_export(db, event, tmp_path / "r.xlsx"))
    summary = wb["Summary"]
    table = _rows_after(summary, "Agenda item")
    assert not any(table[0][7:]) and table[1][3] == 3
    category = _rows_after(summary, "Attendance by category")
    assert category[0][1] == "09:00 Welcome remarks" and category[-1][:2] == ("Total", 3)
    item = list(wb[wb.sheetnames[1]].iter_rows(values_only=True))[1]
    assert "Attended" not in item
    text = _export(db, event, tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    assert header[-1] == "Items attended" and not any("(online)" in h for h in header)
    pdf = _page_text(_export(db, event, tmp_path / "r.pdf", day=date(2022, 5, 23)))
    assert "People" in pdf and "In person Online Total" not in pdf


def test_an_imported_file_shows_zeros_on_a_day_without_online(  # type: ignore[no-untyped-def]
    db: Database, event: Event, hybrid, tmp_path: Path
) -> None:
    wb = load_workbook(_export(db, event, tmp_path / "d2.xlsx", day=date(2022, 5, 24)))
    table = _rows_after(wb["Summary"], "Agenda item")
    assert table[0][7:9] == ("In person", "Online")
    assert table[1][7:9] == (0, 0)
    text = _export(db, event, tmp_path / "d2.csv", day=date(2022, 5, 24)).read_text("utf-8-sig")
    header = next(csv.reader(io.StringIO(text)))
    assert header[-2:] == ["Items attended online", "Items attended"]


def test_attendance_chart_stacks_online(db: Database, event: Event, hybrid) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        data = charts.dashboard_data(session, event, now=at(event, "11:00"))
    drawing = charts.attendance_chart(event, data, 600, 420, "en")
    document = __import__("pypdfium2").PdfDocument(charts.to_pdf(drawing))
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert "In person" in text and "Online" in text
    assert "6" in text.split() and "5" in text.split()  # totals at the ends of the bars
