from __future__ import annotations

from datetime import datetime, timedelta

import pypdfium2 as pdfium
import pytest
from reportlab.graphics.shapes import Drawing

from desk.arrival.checkin import check_in_participant
from desk.doors.attendance import scan
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.reporting import charts
from desk.storage.db import Database
from tests.factory import Factory


def at(event: Event, day: int, clock: str) -> datetime:
    """A moment of the forum in San Salvador time (day 1 = 23 May 2022)."""
    h, m = map(int, clock.split(":"))
    return datetime(2022, 5, 22, h, m, tzinfo=event.tz) + timedelta(days=day)


def pdf_text(drawing: Drawing) -> str:
    document = pdfium.PdfDocument(charts.to_pdf(drawing))
    try:
        page = document[0]
        return page.get_textpage().get_text_range()
    finally:
        document.close()


def non_white_share(png_drawing: Drawing) -> float:
    width, height, stride, pixels = charts.render_rgba(png_drawing, 1.0)
    rows = (pixels[y * stride : y * stride + width * 4] for y in range(height))
    dark = sum(1 for row in rows for i in range(0, len(row), 4) if row[i] < 200 or row[i + 2] < 200)
    return dark / (width * height)


def builders():  # type: ignore[no-untyped-def]
    return (charts.checkin_chart, charts.attendance_chart, charts.arrivals_chart)


@pytest.fixture
def busy(db: Database, event: Event, factory: Factory) -> list[ParticipantInfo]:
    """60 people; 40 checked in between 08:00 and 09:20; door scans at three items."""
    factory.add(db, 60)
    with db.read() as session:
        people = [p for p in all_participants(session) if p.status == "registered"]
    with db.write() as session:
        for n, p in enumerate(people[:40]):
            when = at(event, 1, "08:00") + timedelta(minutes=2 * n)
            check_in_participant(
                session, p.id, desk_id=db.desk_id, operator="Ana", confirm_online=True, now=when
            )
        for item, share in (("d1-welcome", 30), ("d1-panel-trust", 25), ("d2-field-visit", 12)):
            start = event.item(item).starts_at(event.tz)
            for p in people[:share]:
                scan(
                    session,
                    event,
                    item,
                    p.code,
                    desk_id=db.desk_id,
                    operator="Luis",
                    now=start + timedelta(minutes=1),
                    place="Bus 1" if item == "d2-field-visit" else None,
                )
    return people


def data_at(db: Database, event: Event, when: datetime) -> charts.DashboardData:
    with db.read() as session:
        return charts.dashboard_data(session, event, now=when)


def test_empty_database_says_no_data(db: Database, event: Event) -> None:
    data = data_at(db, event, at(event, 1, "08:00"))
    assert data.empty and data.arrivals == () and data.inside_now == 0
    assert data.current_item == "d1-welcome"
    for build in builders():
        drawing = build(event, data, 400, 300, "en")
        assert "No data yet" in pdf_text(drawing)
        assert charts.render_png(drawing, 72).startswith(b"\x89PNG")


def test_registered_but_nobody_scanned(db: Database, event: Event, factory: Factory) -> None:
    factory.add(db, 10)
    data = data_at(db, event, at(event, 1, "08:00"))
    assert data.counts.registered == 10 and not data.empty
    assert "0 / 10 (0 %)" in pdf_text(charts.checkin_chart(event, data, 500, 300, "en"))
    assert "No data yet" in pdf_text(charts.attendance_chart(event, data, 500, 300, "en"))
    assert "No data yet" in pdf_text(charts.arrivals_chart(event, data, 500, 200, "en"))


def test_charts_show_the_numbers(db: Database, event: Event, busy) -> None:  # type: ignore[no-untyped-def]
    data = data_at(db, event, at(event, 1, "11:00"))
    assert data.current_item == "d1-panel-trust" and data.inside_now == 25
    assert data.counts.checked_in == 40

    text = pdf_text(charts.attendance_chart(event, data, 600, 420, "en"))
    assert "09:00 Welcome remarks" in text
    assert "Tue 08:00" in text  # the field visit, on day 2
    for value in ("30", "25", "12"):
        assert value in text.split()
    assert "…" in text  # long titles cut, never overlapping

    text = pdf_text(charts.checkin_chart(event, data, 600, 420, "en"))
    registered = data.counts.registered
    assert f"40 / {registered} ({round(4000 / registered)} %)" in text
    assert "Everybody" in text and "Checked in" in text

    text = pdf_text(charts.arrivals_chart(event, data, 600, 220, "en"))
    # One every 2 minutes from 08:00 to 09:18: sixteen bins of 5 minutes, not one bar.
    assert "per 5 minutes" in text
    for slot in ("08:00", "08:30", "09:00", "09:15"):
        assert slot in text
    assert "3" in text.split()  # 08:00–08:04: three people

    for build in builders():
        assert non_white_share(build(event, data, 400, 300, "en")) > 0.03


def test_spanish_texts_of_the_event(db: Database, event: Event, busy) -> None:  # type: ignore[no-untyped-def]
    data = data_at(db, event, at(event, 1, "11:00"))
    text = pdf_text(charts.attendance_chart(event, data, 700, 420, "es"))
    assert "09:00 Palabras de bienvenida" in text and "Mar 08:00" in text
    text = pdf_text(charts.checkin_chart(event, data, 700, 420, "es"))
    assert "Delegación de Cancillería" in text or "Organización de la diáspora" in text


@pytest.mark.parametrize(("width", "height"), [(200, 120), (1900, 1000), (60, 40)])
def test_any_size_renders(db: Database, event: Event, busy, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    data = data_at(db, event, at(event, 1, "11:00"))
    for build in builders():
        drawing = build(event, data, width, height, "en", font_size=charts.PROJECTOR_FONT_SIZE)
        w, h, stride, pixels = charts.render_rgba(drawing, 2.0)
        assert (w, h) == (width * 2, height * 2) and len(pixels) == stride * h


def test_fit_text_cuts_to_the_width() -> None:
    charts.register_fonts()
    title = "Panel: Enhancing diaspora participation through trusting relationships"
    cut = charts.fit_text(title, 120, charts.FONT, 10)
    assert cut.endswith("…") and cut.startswith("Panel")
    assert charts.stringWidth(cut, charts.FONT, 10) <= 120
    assert charts.fit_text("Lunch", 120, charts.FONT, 10) == "Lunch"
    assert charts.fit_text(title, 3, charts.FONT, 10) == ""


def test_png_in_colour(db: Database, event: Event, busy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = data_at(db, event, at(event, 1, "11:00"))
    png = charts.render_png(charts.attendance_chart(event, data, 560, 380, "en"), 144)
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(png))
    assert image.size == (1120, 760) and image.mode == "RGB"
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    assert any(abs(r - b) > 60 for r, g, b in colours)  # not grey: the bars are blue
    image.save("/tmp/attendance-chart.png")


def test_arrival_bins_span_the_arrivals(event: Event) -> None:
    def slots(first: str, minutes: int, every: int = 5) -> list[tuple[datetime, int]]:
        start = at(event, 1, first)
        return [(start + timedelta(minutes=m), 1) for m in range(0, minutes, every)]

    # A short rush: 5-minute bins.
    bins, width = charts.binned(slots("08:00", 35), 5)
    assert width == 5 and len(bins) == 7
    # A morning (07:45–10:15): 10-minute bins, 8 to 20 of them, from the first arrival.
    bins, width = charts.binned(slots("07:45", 150), 5)
    assert width == 10 and 8 <= len(bins) <= 20
    assert f"{bins[0][0]:%H:%M}" == "07:40" and sum(n for _, n in bins) == 30
    # A whole day: hours.
    bins, width = charts.binned(slots("06:00", 900), 5)
    assert width == 60 and 8 <= len(bins) <= 20
    assert charts.binned([], 5) == ([], 5)
