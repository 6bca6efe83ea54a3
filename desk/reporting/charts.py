"""Charts of an event's day: check-ins against registrations, attendance per agenda item and
arrivals over time, as reportlab drawings.

The same drawings serve the live dashboard (rendered to pixels here, in colour, through
PDFium) and the Secretariat's end-of-day PDF (drawn straight into the document). Every chart
is parametrised by its size in points, its language and its base font size (large for a
projector); none of them fails on an empty database: it says "No data yet" instead.

Texts of the event (item titles, category labels) come in ``lang``; the charts' own words
are translated into ``lang`` as well (context ``charts``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from sqlalchemy.orm import Session

from desk import i18n
from desk.badges.raster import PDFIUM_LOCK
from desk.doors.attendance import ARRIVAL_SLOT_MINUTES, ItemAttendance, suggest_items
from desk.doors.tally import Snapshot, Tally
from desk.events.event import AgendaItem, Event
from desk.i18n import QT_TRANSLATE_NOOP
from desk.people.participants import Counts
from desk.storage.models import utcnow
from desk.storage.paths import resources_dir

# -- look ------------------------------------------------------------------------------

FONT = "DeskChart"
FONT_BOLD = "DeskChart-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# One palette for every chart, chosen for a projector on a white wall: dark ink, saturated
# bars with strong contrast against white, a light tint for "not yet".
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6368")
GRID = colors.HexColor("#DADCE0")
PRIMARY = colors.HexColor("#1F4E9A")  # checked in, attendance
HIGHLIGHT = colors.HexColor("#E65100")  # the agenda item running now
ARRIVALS = colors.HexColor("#00796B")
ONLINE = colors.HexColor("#7FA7E0")  # present online: the lighter part of an attendance bar
REMAINING = colors.HexColor("#C5D3E8")  # registered, not checked in yet
BACKGROUND = colors.white

DEFAULT_FONT_SIZE = 10.0  # a printed page
PROJECTOR_FONT_SIZE = 18.0  # a wall, from the back of the room
ELLIPSIS = "…"


# A chart's own words in ``lang`` (not necessarily the program's language: the Secretariat
# may want the summary in the other one): _tr(lang, QT_TRANSLATE_NOOP("charts", text)).
_tr = i18n.translator("charts")


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))


# -- data ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DashboardData:
    """Everything the dashboard and the day's summary show, taken in one read transaction.

    Plain frozen data: safe to hand from a worker thread to the window."""

    counts: Counts
    attendance: tuple[ItemAttendance, ...]  # door items, agenda order
    arrivals: tuple[tuple[datetime, int], ...]  # (local slot start, first check-ins)
    taken_at: datetime  # UTC
    current_item: str | None = None  # the item a door would take at ``taken_at``
    bucket_minutes: int = 30

    def item(self, item_id: str | None) -> ItemAttendance | None:
        for found in self.attendance:
            if found.item_id == item_id:
                return found
        return None

    @property
    def inside_now(self) -> int:
        """People inside the running item (on board, for the field visit)."""
        found = self.item(self.current_item)
        return found.inside if found else 0

    @property
    def empty(self) -> bool:
        return self.counts.registered == 0 and not any(a.count for a in self.attendance)


def dashboard_data(session: Session, event: Event, *, now: datetime | None = None) -> DashboardData:
    """Counts, attendance per door item and arrivals, read from the records once (a window
    keeps a live :class:`~desk.doors.tally.Tally` instead and calls :func:`from_snapshot`)."""
    return from_snapshot(Tally(event).update(session), event, now=now)


def from_snapshot(
    snapshot: Snapshot, event: Event, *, now: datetime | None = None
) -> DashboardData:
    now = now or utcnow()
    current, _ = suggest_items(event, now)
    return DashboardData(
        counts=snapshot.counts,
        attendance=tuple(snapshot.items),
        arrivals=tuple(snapshot.arrivals),
        taken_at=now,
        current_item=current.id if current else None,
        bucket_minutes=ARRIVAL_SLOT_MINUTES,
    )


# -- helpers ---------------------------------------------------------------------------


def number(value: int, lang: str) -> str:
    """12 345 written as people of ``lang`` write it (``12.345`` / ``12,345``)."""
    return format_decimal(value, locale=lang)


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """``text``, cut with an ellipsis at a word (or a letter) so that it fits ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth(ELLIPSIS, font, size)
    if room <= 0:
        return ""
    cut = text
    while cut and stringWidth(cut, font, size) > room:
        cut = cut[:-1]
    # Prefer a word boundary when it keeps most of the room.
    space = cut.rstrip().rfind(" ")
    if space > len(cut) * 0.6:
        cut = cut[:space]
    return cut.rstrip(" :,;–-") + ELLIPSIS


def item_label(event: Event, item: AgendaItem, lang: str) -> str:
    """``09:15 Linkage with the diasporas…`` (the title; cut later to the room there is).

    Items not on the event's first day carry their weekday: ``Tue 08:00 Field visit…``."""
    clock = f"{item.start:%H:%M}"
    if item.day != event.start_date:
        weekday = format_date(item.day, "EEE", locale=lang).rstrip(".").capitalize()
        clock = f"{weekday} {clock}"
    return f"{clock} {item.title.get(lang)}"


def _drawing(width: float, height: float) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=BACKGROUND, strokeColor=None))
    return drawing


def _titled(width: float, height: float, heading: str | None, size: float) -> tuple[Drawing, float]:
    """A new drawing with ``heading`` on top (none when None), and the room left below."""
    drawing = _drawing(width, height)
    top = height
    if heading is not None:
        top -= _title(drawing, heading, size * 1.2, width, height)
    return drawing, top


def _title(drawing: Drawing, text: str, size: float, width: float, top: float) -> float:
    """Draw a title at the top left; returns its height taken."""
    line = size * 1.25
    drawing.add(
        String(
            0,
            top - size,
            fit_text(text, width, FONT_BOLD, size),
            fontName=FONT_BOLD,
            fontSize=size,
            fillColor=INK,
        )
    )
    return line + size * 0.4


def _no_data(drawing: Drawing, lang: str, size: float, width: float, height: float) -> Drawing:
    text = _tr(lang, QT_TRANSLATE_NOOP("charts", "No data yet"))
    drawing.add(
        String(
            width / 2,
            height / 2 - size / 2,
            text,
            fontName=FONT,
            fontSize=size * 1.4,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def _value_axis(chart: HorizontalBarChart | VerticalBarChart, top: int, size: float) -> None:
    """A value axis from 0 with a few round steps (reportlab fails on a range of 0)."""
    top = max(1, top)
    magnitude = 10 ** max(0, int(math.log10(top)) - 0)
    step = max(1, magnitude // 2 if top / magnitude < 2.5 else magnitude)
    if top / step > 6:
        step *= 2
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = max(0.5, size / 20)
    chart.valueAxis.strokeColor = None
    chart.valueAxis.visibleTicks = False
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = size * 0.8
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d"


def _labelled_bars(
    labels: list[str],
    label_size: float,
    size: tuple[float, float],
    room: tuple[float, float],
    most: int,
) -> HorizontalBarChart:
    """A horizontal bar per label, read top to bottom, in a chart of ``size`` (width,
    height): the labels left of the bars, the numbers right of them (``room`` for each),
    the bars on a scale to ``most`` (no axis drawn)."""
    width, height = size
    label_room, value_room = room
    chart = HorizontalBarChart()
    chart.x = label_room + label_size * 0.6
    chart.y = 0
    chart.width = max(1.0, width - chart.x - value_room)
    chart.height = height
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = True  # the first row at the top
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -label_size * 0.4
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = label_size
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.visibleTicks = False
    # Widths are relative: bars three times as thick as the gaps between them.
    chart.barWidth = 3
    chart.groupSpacing = 1
    _value_axis(chart, most, label_size)
    chart.valueAxis.visible = False  # the numbers are at the ends of the bars
    chart.valueAxis.visibleGrid = False
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = label_size * 0.3
    chart.barLabels.fontName = FONT_BOLD
    chart.barLabels.fontSize = label_size
    chart.barLabels.fillColor = INK
    return chart


def _legend(
    drawing: Drawing, entries: list[tuple[colors.Color, str]], top: float, legend_size: float
) -> float:
    """A one-line legend (colour boxes and their names) at the top left; the height taken."""
    box = Legend()
    box.x = 0
    box.y = top - legend_size * 0.2
    box.alignment = "right"
    box.columnMaximum = 1
    box.dx = legend_size * 0.9
    box.dy = legend_size * 0.9
    box.fontName = FONT
    box.fontSize = legend_size
    box.fillColor = INK
    box.strokeColor = None
    box.strokeWidth = 0
    box.colorNamePairs = entries
    box.deltax = max(stringWidth(name, FONT, legend_size) for _, name in entries[:-1])
    box.deltax += legend_size * 2.5
    drawing.add(box)
    return legend_size * 1.7


# -- attendance per agenda item --------------------------------------------------------


def attendance_chart(
    event: Event,
    data: DashboardData,
    width: float,
    height: float,
    lang: str | None = None,
    *,
    font_size: float = DEFAULT_FONT_SIZE,
    title: bool = True,
    highlight: bool = True,
) -> Drawing:
    """A horizontal bar per door item, in agenda order (the field visit included): distinct
    people there, the number at the end of the bar. When anybody was present online, the
    bar is stacked: those in the room (dark), then those online only (light), with a
    legend. The item running at ``data.taken_at`` is drawn in the highlight colour (its
    in-person part) when ``highlight``."""
    lang = lang or i18n.language()
    size = font_size
    heading = (
        _tr(lang, QT_TRANSLATE_NOOP("charts", "Attendance per agenda item (people)"))
        if title
        else None
    )
    drawing, top = _titled(width, height, heading, size)
    rows = [(event.item(a.item_id), a) for a in data.attendance]
    if not rows or not any(a.count for _, a in rows):
        return _no_data(drawing, lang, size, width, top)
    stacked = any(a.online for _, a in rows)
    if stacked:
        top -= _legend(
            drawing,
            [
                (PRIMARY, _tr(lang, QT_TRANSLATE_NOOP("charts", "In person"))),
                (ONLINE, _tr(lang, QT_TRANSLATE_NOOP("charts", "Online"))),
            ],
            top,
            size * 0.85,
        )
    n = len(rows)
    row_height = top / n
    label_size = min(size, row_height * 0.62)
    values = [a.count for _, a in rows]
    value_room = stringWidth(number(max(values), lang), FONT_BOLD, label_size) + label_size
    names = [item_label(event, item, lang) for item, _ in rows]
    # Titles whole when there is room: up to 55 % of the width, the bars the rest.
    label_room = min(width * 0.55, max(stringWidth(name, FONT, label_size) for name in names))
    labels = [fit_text(name, label_room, FONT, label_size) for name in names]
    label_room = max(stringWidth(text, FONT, label_size) for text in labels)
    chart = _labelled_bars(labels, label_size, (width, top), (label_room, value_room), max(values))
    if stacked:
        # The total at the end of the whole bar, over the online part.
        chart.data = [[a.count - a.online for _, a in rows], [a.online for _, a in rows]]
        chart.categoryAxis.style = "stacked"
        chart.bars[1].fillColor = ONLINE
        chart.bars[1].strokeColor = None
        chart.barLabelFormat = [None, "values"]
        chart.barLabelArray = [["" for _ in rows], [number(v, lang) for v in values]]
    else:
        chart.data = [values]
        chart.barLabelFormat = lambda v: number(int(v), lang)
    chart.bars[0].fillColor = PRIMARY
    chart.bars[0].strokeColor = None
    if highlight and data.current_item:
        for index, (item, _) in enumerate(rows):
            if item.id == data.current_item:
                chart.bars[(0, index)].fillColor = HIGHLIGHT
                chart.bars[(0, index)].strokeColor = None
    drawing.add(chart)
    return drawing


# -- arrivals over time ----------------------------------------------------------------


def arrivals_on(data: DashboardData, day: date | None = None) -> list[tuple[datetime, int]]:
    """The arrival slots of one day (by default the day the data was taken, else the last
    day with arrivals), without the empty slots before the first and after the last
    arrival."""
    busy = {slot.date() for slot, n in data.arrivals if n}
    if not busy:
        return []
    if day is None:
        today = data.taken_at.astimezone(data.arrivals[0][0].tzinfo).date()
        day = today if today in busy else max(busy)
    slots = [(slot, n) for slot, n in data.arrivals if slot.date() == day]
    while slots and not slots[0][1]:
        slots.pop(0)
    while slots and not slots[-1][1]:
        slots.pop()
    return slots


BIN_MINUTES = (5, 10, 15, 30, 60)
MOST_BINS = 20


def binned(
    slots: list[tuple[datetime, int]], base_minutes: int
) -> tuple[list[tuple[datetime, int]], int]:
    """One day's slots regrouped into bins over the span of the arrivals: the narrowest of
    5, 10, 15, 30 or 60 minutes that gives at most 20 bins (8 to 20 over a morning), each
    starting on a multiple of its width. Returns the bins and their width in minutes."""
    if not slots:
        return [], base_minutes
    first, last = slots[0][0], slots[-1][0]
    span = (last - first).total_seconds() / 60 + base_minutes
    width = next(
        (w for w in BIN_MINUTES if w >= base_minutes and math.ceil(span / w) <= MOST_BINS),
        max(BIN_MINUTES[-1], base_minutes),
    )
    if width % base_minutes:
        width = base_minutes
    bins: dict[datetime, int] = {}
    for slot, n in slots:
        start = slot.replace(minute=slot.minute - slot.minute % width, second=0, microsecond=0)
        bins[start] = bins.get(start, 0) + n
    out = []
    start, end = min(bins), max(bins)
    while start <= end:
        out.append((start, bins.get(start, 0)))
        start += timedelta(minutes=width)
    return out, width


def arrivals_chart(
    event: Event,
    data: DashboardData,
    width: float,
    height: float,
    lang: str | None = None,
    *,
    day: date | None = None,
    font_size: float = DEFAULT_FONT_SIZE,
    title: bool = True,
) -> Drawing:
    """Check-ins (first per person) on ``day`` (the last day with arrivals by default), in
    bins chosen for the span from the first arrival to the last (:func:`binned`), labelled
    with the bin's start in the event's time zone."""
    lang = lang or i18n.language()
    size = font_size
    slots, minutes = binned(arrivals_on(data, day), data.bucket_minutes)
    heading = None
    if title:
        heading = i18n.translate_to(lang, "charts", "Arrivals: check-ins per %n minutes", minutes)
        if slots:
            heading = f"{heading} · {format_skeleton('MMMMEEEEd', slots[0][0], locale=lang)}"
    drawing, top = _titled(width, height, heading, size)
    if not slots:
        return _no_data(drawing, lang, size, width, top)
    values = [n for _, n in slots]
    label_size = size * 0.85
    names = [f"{slot:%H:%M}" for slot, _ in slots]
    axis_height = label_size * 1.8
    value_width = stringWidth(number(max(values), lang), FONT, label_size * 0.8) + label_size
    chart = VerticalBarChart()
    chart.x = value_width
    chart.y = axis_height
    chart.width = max(1.0, width - chart.x - label_size)
    chart.height = max(1.0, top - chart.y - label_size * 1.6)  # room for the values on top
    # Label every k-th slot so that labels never touch.
    slot_width = chart.width / len(slots)
    every = max(1, math.ceil(stringWidth("00:00", FONT, label_size) * 1.4 / slot_width))
    chart.data = [values]
    chart.categoryAxis.categoryNames = [
        name if index % every == 0 else "" for index, name in enumerate(names)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = label_size
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -label_size * 0.3
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.visibleTicks = False
    chart.barWidth = 4
    chart.groupSpacing = 1
    _value_axis(chart, max(values), label_size)
    chart.bars[0].fillColor = ARRIVALS
    chart.bars[0].strokeColor = None
    value_size = label_size * 0.9
    widest = stringWidth(number(max(values), lang), FONT_BOLD, value_size)
    if widest <= slot_width * 0.95:  # values over the bars only when they fit
        chart.barLabelFormat = lambda v: number(int(v), lang) if v else ""
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = value_size * 0.2
        chart.barLabels.fontName = FONT_BOLD
        chart.barLabels.fontSize = value_size
        chart.barLabels.fillColor = INK
    drawing.add(chart)
    return drawing


# -- checked in against registered ----------------------------------------------------


def checkin_chart(
    event: Event,
    data: DashboardData,
    width: float,
    height: float,
    lang: str | None = None,
    *,
    font_size: float = DEFAULT_FONT_SIZE,
    title: bool = True,
    legend: bool = True,
    in_person: bool = False,
) -> Drawing:
    """A bar per participant category (and one for everybody, first): its length is the
    number registered, the dark part those checked in; ``checked / registered (pct %)`` at
    the end. Categories without registrations are left out. With ``in_person``, only
    people registered in person (the dashboard: those registered online are apart)."""
    lang = lang or i18n.language()
    size = font_size
    heading = None
    if title and in_person:
        heading = _tr(lang, QT_TRANSLATE_NOOP("charts", "In person: checked in / registered"))
    elif title:
        heading = _tr(lang, QT_TRANSLATE_NOOP("charts", "Checked in / registered"))
    drawing, top = _titled(width, height, heading, size)
    c = data.counts
    total, checked_total = (
        (c.in_person, c.checked_in_person)
        if in_person
        else (
            c.registered,
            c.checked_in,
        )
    )
    by_category = c.in_person_by_category if in_person else c.by_category
    checked_by = c.checked_in_person_by_category if in_person else c.checked_in_by_category
    if total == 0:
        return _no_data(drawing, lang, size, width, top)
    rows: list[tuple[str, int, int]] = [
        (_tr(lang, QT_TRANSLATE_NOOP("charts", "Everybody")), total, checked_total)
    ]
    for category in event.categories:
        registered = by_category.get(category.id, 0)
        if registered:
            checked = checked_by.get(category.id, 0)
            rows.append((category.label.get(lang), registered, checked))
    if legend:
        entries = [
            (PRIMARY, _tr(lang, QT_TRANSLATE_NOOP("charts", "Checked in"))),
            (REMAINING, _tr(lang, QT_TRANSLATE_NOOP("charts", "Not yet"))),
        ]
        top -= _legend(drawing, entries, top, size * 0.85)
    n = len(rows)
    row_height = top / n
    label_size = min(size, row_height * 0.62)

    def end_label(registered: int, checked: int) -> str:
        pct = round(100 * checked / registered) if registered else 0
        return f"{number(checked, lang)} / {number(registered, lang)} ({pct} %)"

    ends = [end_label(registered, checked) for _, registered, checked in rows]
    value_room = max(stringWidth(text, FONT_BOLD, label_size) for text in ends) + label_size
    label_room = min(width * 0.34, max(stringWidth(name, FONT, label_size) for name, *_ in rows))
    labels = [fit_text(name, label_room, FONT, label_size) for name, *_ in rows]
    # Every bar on the scale of the largest, "everybody": categories are parts of it.
    most = max(registered for _, registered, _ in rows)
    chart = _labelled_bars(labels, label_size, (width, top), (label_room, value_room), most)
    chart.data = [
        [checked for _, _, checked in rows],
        [max(0, registered - checked) for _, registered, checked in rows],
    ]
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor = PRIMARY
    chart.bars[0].strokeColor = None
    chart.bars[1].fillColor = REMAINING
    chart.bars[1].strokeColor = None
    chart.barLabelFormat = [None, "values"]
    chart.barLabelArray = [["" for _ in rows], ends]
    drawing.add(chart)
    return drawing


# -- output ----------------------------------------------------------------------------


def to_pdf(drawing: Drawing) -> bytes:
    """The drawing as a one-page PDF of its own size."""
    from reportlab.graphics import renderPDF

    data: bytes = renderPDF.drawToString(drawing)
    return data


def render_rgba(drawing: Drawing, scale: float = 1.0) -> tuple[int, int, int, bytes]:
    """The drawing in colour, ``scale`` pixels a point: (width, height, stride, pixels),
    four bytes a pixel in R, G, B, A order (opaque; QImage.Format_RGBA8888)."""
    import pypdfium2 as pdfium

    pdf = to_pdf(drawing)
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[0]
            try:
                bitmap = page.render(
                    scale=scale,
                    fill_color=(255, 255, 255, 255),
                    prefer_bgrx=True,
                    rev_byteorder=True,
                )
                try:
                    return bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def render_png(drawing: Drawing, dpi: float = 144) -> bytes:
    """The drawing as a colour PNG at ``dpi``."""
    import io

    from PIL import Image

    width, height, stride, pixels = render_rgba(drawing, dpi / 72)
    image = Image.frombuffer("RGBA", (width, height), pixels, "raw", "RGBA", stride, 1)
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=False)
    return out.getvalue()
