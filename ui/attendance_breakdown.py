"""In person, online and total: one agenda item's attendance as the door screen and the
dashboard show it, the item's line ("38 in person · 12 online · 50 total") and its people
by category and by country.

The online figures appear only once the event has online presence somewhere (an
attendance export imported and its people matched, here or at another desk): an event
nobody followed online, or a morning before the first export, keeps one number per line,
"People", as the screens always had. Once there is some, every item shows all three
numbers, 0 online included: an item nobody followed online is worth seeing then.

The tables are painted, not laid out: the names are cut to the room there is, and only the
rows that fit are drawn, the rest summed up in a last "+N more" row, so the panel never
pushes the window larger on a small screen and fills a projector.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk.doors.attendance import ItemAttendance
from desk.events.display import category_label, country_name
from desk.events.event import Event
from desk.i18n import language
from desk.reporting.charts import item_label, number

INK = QColor("#1A1A1A")
MUTED = QColor("#5F6368")
RULE = QColor("#D5DAE1")
ONLINE_INK = QColor("#00796B")  # the online column, as people scan tables by colour


def has_online(items: Iterable[ItemAttendance]) -> bool:
    """Whether anybody was present online at any of these items (the event's items)."""
    return any(a.online for a in items)


def split_text(a: ItemAttendance) -> str:
    """``38 in person · 12 online · 50 total``."""
    return " · ".join(
        (
            QCoreApplication.translate("AttendanceBreakdown", "%n in person", None, a.in_person),
            QCoreApplication.translate("AttendanceBreakdown", "%n online", None, a.online),
            QCoreApplication.translate("AttendanceBreakdown", "%n total", None, a.count),
        )
    )


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    in_person: int
    online: int

    @property
    def total(self) -> int:
        return self.in_person + self.online


def rows_of(in_person: dict[str, int], online: dict[str, int], name: dict[str, str]) -> list[Row]:
    """One row per group with anybody, most people first (then by name)."""
    keys = {k for k, n in in_person.items() if n} | {k for k, n in online.items() if n}
    rows = [Row(name[k], in_person.get(k, 0), online.get(k, 0)) for k in keys]
    return sorted(rows, key=lambda r: (-r.total, r.label.casefold()))


class AttendanceBreakdown(QWidget):
    """An item's people by category and by country, side by side: a column of people
    (no online presence at the event) or in person / online / total."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk_event = event
        self.attendance: ItemAttendance | None = None
        self.online = False
        self.categories: list[Row] = []
        self.countries: list[Row] = []
        self.shown: tuple[list[Row], list[Row]] = ([], [])  # the rows drawn (tests)
        self._font = QFont()
        self._font.setPointSizeF(11)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

    # -- data --------------------------------------------------------------------------

    def set_attendance(self, attendance: ItemAttendance | None, online: bool) -> None:
        """Show ``attendance`` (None: nothing); ``online``: the event has online presence."""
        self.attendance = attendance
        self.online = online
        self.retranslate()

    def retranslate(self) -> None:
        a, lang, event = self.attendance, language(), self.desk_event
        if a is None:
            self.categories, self.countries = [], []
        else:
            cats = set(a.by_category) | set(a.online_by_category)
            self.categories = rows_of(
                a.by_category,
                a.online_by_category,
                {c: category_label(event, c, lang) for c in cats},
            )
            codes = set(a.by_country) | set(a.online_by_country)
            self.countries = rows_of(
                a.by_country,
                a.online_by_country,
                {c: country_name(event, c, lang) or self.tr("No country") for c in codes},
            )
        self.update()

    def set_point_size(self, size: float) -> None:
        self._font.setPointSizeF(size)
        self.updateGeometry()
        self.update()

    # -- size and painting -------------------------------------------------------------

    def _line(self) -> int:
        return round(QFontMetrics(self._font).height() * 1.3)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._line() * 4)

    def sizeHint(self) -> QSize:
        return QSize(600, self._line() * 8)

    def headers(self) -> list[str]:
        if self.online:
            return [self.tr("In person"), self.tr("Online"), self.tr("Total")]
        return [self.tr("People")]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.attendance is None or not self.attendance.count:
            self.shown = ([], [])
            return  # nobody there yet: no empty tables
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        gap = QFontMetrics(self._font).horizontalAdvance("MM")
        half = (self.width() - gap) * 55 // 100  # category names are the longer
        shown_categories = self._table(painter, self.tr("Category"), self.categories, 0, half)
        shown_countries = self._table(
            painter, self.tr("Country"), self.countries, half + gap, self.width() - half - gap
        )
        self.shown = (shown_categories, shown_countries)
        painter.end()

    def _table(
        self, painter: QPainter, title: str, rows: list[Row], x: int, width: int
    ) -> list[Row]:
        """Draw one table at ``x``; returns the rows drawn (the last perhaps a sum)."""
        lang = language()
        line = self._line()
        bold = QFont(self._font)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetrics(self._font), QFontMetrics(bold)
        headers = self.headers()
        widest = number(max((r.total for r in rows), default=0), lang)
        pad = plain_metrics.horizontalAdvance("  ")
        columns = [
            max(bold_metrics.horizontalAdvance(h), bold_metrics.horizontalAdvance(widest)) + pad
            for h in headers
        ]
        # Names as wide as the widest (a sum row's label included), the numbers beside
        # them: no wide gap on a large screen; cut when there is not the room.
        every = len(rows)
        labels = [title, *(r.label for r in rows), self.tr("+%n more", "", every)]
        widest_name = max(bold_metrics.horizontalAdvance(text) for text in labels) + 2 * pad
        name_width = max(10, min(width - sum(columns), widest_name))
        width = name_width + sum(columns)
        fits = max(1, self.height() // line - 1)
        drawn = rows if len(rows) <= fits else rows[: fits - 1]
        rest = rows[len(drawn) :]
        if rest:
            hidden = len(rest)
            more = self.tr("+%n more", "", hidden)
            drawn = [*drawn, Row(more, sum(r.in_person for r in rest), sum(r.online for r in rest))]
        flags_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        flags_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        def cells(y: int, texts: list[str], inks: list[QColor], font: QFont) -> None:
            painter.setFont(font)
            left = x + name_width
            for text, ink, column in zip(texts, inks, columns, strict=True):
                painter.setPen(ink)
                painter.drawText(QRect(left, y, column, line), flags_right, text)
                left += column

        # Header
        painter.setFont(bold)
        painter.setPen(MUTED)
        painter.drawText(
            QRect(x, 0, name_width, line),
            flags_left,
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, name_width),
        )
        inks = [INK, ONLINE_INK, INK] if self.online else [INK]
        cells(0, headers, [MUTED] * len(headers), bold)
        painter.setPen(RULE)
        painter.drawLine(x, line - 1, x + width, line - 1)
        for index, row in enumerate(drawn, start=1):
            y = index * line
            painter.setFont(self._font)
            painter.setPen(MUTED if rest and index == len(drawn) else INK)
            painter.drawText(
                QRect(x, y, name_width, line),
                flags_left,
                plain_metrics.elidedText(
                    row.label, Qt.TextElideMode.ElideRight, name_width - pad // 2
                ),
            )
            values = [row.in_person, row.online, row.total] if self.online else [row.in_person]
            cells(y, [number(v, lang) for v in values], inks, self._font)
        return drawn


class ItemPanel(QWidget):
    """The dashboard's: an item's title, its numbers and its breakdown."""

    def __init__(self, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk_event = event
        self.attendance: ItemAttendance | None = None
        self.online = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.numbers = QLabel()
        self.numbers.setObjectName("panelNumbers")
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        top.addWidget(self.numbers)
        layout.addLayout(top)
        self.breakdown = AttendanceBreakdown(event)
        layout.addWidget(self.breakdown, 1)
        self._title_text = ""

    def set_fonts(self, title_pt: float, table_pt: float) -> None:
        bold = QFont()
        bold.setPointSizeF(title_pt)
        bold.setBold(True)
        self.title.setFont(bold)
        self.numbers.setFont(bold)
        self.breakdown.set_point_size(table_pt)
        self._elide()

    def set_attendance(self, attendance: ItemAttendance | None, online: bool) -> None:
        self.attendance = attendance
        self.online = online
        self.retranslate()

    def retranslate(self) -> None:
        a, lang = self.attendance, language()
        if a is None:
            self._title_text = self.tr("Attendance by category and country")
            self.numbers.setText("")
        else:
            item = self.desk_event.item(a.item_id)
            self._title_text = item_label(self.desk_event, item, lang)
            if self.online:
                self.numbers.setText(split_text(a))
            else:
                people = a.count
                self.numbers.setText(self.tr("%n people", "", people))
        self.title.setToolTip(self._title_text)
        self.breakdown.set_attendance(a, self.online)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.title.font())
        width = max(10, self.title.width())
        self.title.setText(metrics.elidedText(self._title_text, Qt.TextElideMode.ElideRight, width))
