"""The live dashboard: checked in against registered, attendance per agenda item and
arrivals, large enough for a projector; it refreshes itself while it is shown.

Data and chart images are made off the UI thread (``desk.reporting.charts`` draws with reportlab and
renders through PDFium); the window only sets the finished pixmaps.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk import i18n
from desk.doors.attendance import ItemAttendance
from desk.events.display import local_time
from desk.events.event import Event
from desk.reporting import charts
from desk.reporting.charts import DashboardData
from desk.storage.db import Database
from desk.storage.models import utcnow
from ui.attendance_breakdown import ItemPanel, has_online
from ui.counts_feed import CountsFeed
from ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

REFRESH_MS = 5_000  # while shown
RESIZE_DELAY_MS = 250  # re-render once the size has settled
CHARTS = ("checkin", "attendance", "arrivals")

STYLE = """
Dashboard { background: #FFFFFF; }
QLabel { color: #1A1A1A; }
QFrame#tile { background: #F1F4F9; border-radius: 8px; }
QLabel#tileValue { color: #1F4E9A; }
QLabel#tileValue[highlight="true"] { color: #E65100; }
QLabel#tileCaption, QLabel#updated { color: #5F6368; }
QLabel#panelNumbers { color: #1F4E9A; }
QLabel#updated[failed="true"] { color: #B3261E; }
"""


class _ChartBuilder(Protocol):
    """What the three chart functions of ``desk.reporting.charts`` share."""

    def __call__(
        self,
        event: Event,
        data: DashboardData,
        width: float,
        height: float,
        lang: str | None = None,
        *,
        font_size: float = ...,
    ) -> Drawing: ...


@dataclass(frozen=True, slots=True)
class ChartImage:
    name: str
    width: int
    height: int
    stride: int
    pixels: bytes
    ratio: float


@dataclass(frozen=True, slots=True)
class Snapshot:
    data: DashboardData
    images: tuple[ChartImage, ...]


def _make_snapshot(
    event: Event,
    data: DashboardData,
    sizes: dict[str, tuple[int, int]],
    ratio: float,
    font_size: float,
    lang: str,
) -> Snapshot:
    """Worker-thread work: draw and render the charts."""
    builders: dict[str, _ChartBuilder] = {
        "checkin": partial(charts.checkin_chart, in_person=True),  # online ones apart
        "attendance": charts.attendance_chart,
        "arrivals": charts.arrivals_chart,
    }
    images = []
    for name, (width, height) in sizes.items():
        if width < 20 or height < 20:
            continue
        drawing = builders[name](event, data, width, height, lang, font_size=font_size)
        w, h, stride, pixels = charts.render_rgba(drawing, ratio)
        images.append(ChartImage(name, w, h, stride, pixels, ratio))
    return Snapshot(data, tuple(images))


class Tile(QFrame):
    """A big number with its caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(0)
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel()
        self.caption.setObjectName("tileCaption")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._caption_text = ""
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_fonts(self, value_pt: float, caption_pt: float) -> None:
        font = QFont()
        font.setPointSizeF(value_pt)
        font.setBold(True)
        self.value.setFont(font)
        small = QFont()
        small.setPointSizeF(caption_pt)
        self.caption.setFont(small)
        self._elide()

    def set_caption(self, text: str) -> None:
        self._caption_text = text
        self.caption.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.caption.font())
        width = max(10, self.caption.width())
        self.caption.setText(
            metrics.elidedText(self._caption_text, Qt.TextElideMode.ElideRight, width)
        )


class Dashboard(QWidget):
    """Big numbers and three charts; refreshes every few seconds while visible."""

    def __init__(
        self,
        db: Database,
        event: Event,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        feed: CountsFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.desk_event = event
        self.runner = runner if runner is not None else TaskRunner(self)
        # The window's live counts (only records added since the last look are read).
        self.feed = feed or CountsFeed(db, event, self.runner, self)
        self.feed.updated.connect(self._on_feed_updated)
        self.clock: Callable[[], datetime] = utcnow  # tests set a moment of the forum
        self.data: DashboardData | None = None
        self.failed: BaseException | None = None
        self._task: Task | None = None
        self._again = False  # another refresh asked while one runs
        self._rerender_only = False
        self._started = 0.0
        self.setObjectName("dashboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        header = QHBoxLayout()
        self.title = QLabel(event.short_name.get(i18n.language()))
        self.title.setObjectName("title")
        self.updated = QLabel()
        self.updated.setObjectName("updated")
        self.updated.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.title, 1)
        header.addWidget(self.updated)
        layout.addLayout(header)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.checked_tile = Tile()
        self.in_person_tile = Tile()
        self.online_tile = Tile()
        self.inside_tile = Tile()
        self.inside_tile.value.setProperty("highlight", True)
        for tile, stretch in (
            (self.checked_tile, 3),
            (self.in_person_tile, 2),
            (self.online_tile, 2),
            (self.inside_tile, 4),
        ):
            tiles.addWidget(tile, stretch)
        layout.addLayout(tiles)

        grid = QGridLayout()
        grid.setSpacing(16)
        self.chart_labels: dict[str, QLabel] = {}
        for name in CHARTS:
            label = QLabel()
            label.setObjectName(f"{name}Chart")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            label.setMinimumSize(QSize(80, 60))
            label.installEventFilter(self)
            self.chart_labels[name] = label
        grid.addWidget(self.chart_labels["checkin"], 0, 0)
        grid.addWidget(self.chart_labels["attendance"], 0, 1)
        # Below: arrivals, and the item running now (else the last one with people) in
        # person and online, by category and by country: its tables take the most room.
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        self.item_panel = ItemPanel(event)
        bottom.addWidget(self.chart_labels["arrivals"], 2)
        bottom.addWidget(self.item_panel, 3)
        grid.addLayout(bottom, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 6)
        grid.setRowStretch(1, 4)
        layout.addLayout(grid, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._on_resize_timer_timeout)

        self._apply_fonts()
        self.retranslate()

    # -- texts and sizes ---------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.desk_event.short_name.get(i18n.language()))
        # In person against in person: people registered online are counted apart.
        self.checked_tile.set_caption(self.tr("checked in / registered in person"))
        self.in_person_tile.set_caption(self.tr("in person, not checked in yet"))
        self.online_tile.set_caption(self.tr("registered online"))
        self._show_numbers()
        if self.isVisible():
            self.refresh(rerender_only=self.data is not None)

    def font_size(self) -> float:
        """The charts' base font size in points (pixels): large on a big screen."""
        return max(10.0, min(22.0, self.height() / 52))

    def _apply_fonts(self) -> None:
        size = self.font_size()
        title = QFont()
        title.setPointSizeF(size * 1.1)
        title.setBold(True)
        self.title.setFont(title)
        small = QFont()
        small.setPointSizeF(max(9.0, size * 0.7))
        self.updated.setFont(small)
        for tile in (self.checked_tile, self.in_person_tile, self.online_tile, self.inside_tile):
            tile.set_fonts(size * 2.2, max(9.0, size * 0.8))
        self.item_panel.set_fonts(size * 0.95, max(9.0, size * 0.8))

    # -- numbers -----------------------------------------------------------------------

    def _show_numbers(self) -> None:
        lang = i18n.language()
        data = self.data
        if data is None:
            for tile in (self.checked_tile, self.in_person_tile, self.online_tile):
                tile.value.setText("–")
            self.inside_tile.value.setText("–")
            self.inside_tile.set_caption(self.tr("inside now"))
            self.updated.setText(self.tr("Loading…") if self.failed is None else "")
            self.item_panel.set_attendance(None, False)
            return
        self.item_panel.set_attendance(self.focus_item(data), has_online(data.attendance))
        c = data.counts
        self.checked_tile.value.setText(
            f"{charts.number(c.checked_in_person, lang)} / {charts.number(c.in_person, lang)}"
        )
        to_come = max(0, c.in_person - c.checked_in_person)
        self.in_person_tile.value.setText(charts.number(to_come, lang))
        self.online_tile.value.setText(charts.number(c.online, lang))
        online = self.tr("registered online")
        came = c.checked_in - c.checked_in_person  # registered online, here in person
        if came > 0:
            online += " · " + self.tr("%n came in person", "", came)
        self.online_tile.set_caption(online)
        self.inside_tile.value.setText(charts.number(data.inside_now, lang))
        if data.current_item:
            item = self.desk_event.item(data.current_item)
            where = self.tr("on board: {item}") if item.kind == "field_visit" else None
            where = where or self.tr("inside now: {item}")
            self.inside_tile.set_caption(
                where.format(item=charts.item_label(self.desk_event, item, lang))
            )
        else:
            self.inside_tile.set_caption(self.tr("inside now"))
        if self.failed is None:
            self.updated.setText(
                self.tr("Updated at {time}").format(
                    time=local_time(self.desk_event, data.taken_at)
                    + data.taken_at.astimezone(self.desk_event.tz).strftime(":%S")
                )
            )

    def focus_item(self, data: DashboardData) -> ItemAttendance | None:
        """The item of the panel: the one running now once somebody is there, else the last
        one begun with anybody there (between items, after the day), else the running one."""
        current = data.item(data.current_item)
        if current is not None and current.count:
            return current
        tz = self.desk_event.tz
        begun = [
            a
            for a in data.attendance
            if a.count and self.desk_event.item(a.item_id).starts_at(tz) <= data.taken_at
        ]
        return begun[-1] if begun else current

    # -- refresh -----------------------------------------------------------------------

    def refresh(self, *, rerender_only: bool = False) -> None:
        """Read the data again (or only draw the last data again) and show it, off the UI
        thread; a refresh asked while one runs follows it."""
        if self._task is not None:
            self._again = True
            self._rerender_only = self._rerender_only and rerender_only
            return
        data = self.data if rerender_only else None
        if data is None:
            try:
                snapshot = self.feed.refresh()
            except Exception as exc:  # a locked or lost database: said in the corner
                self._on_task_failed(exc)
                return
            if snapshot is None:  # the first read is still running
                self._again = True
                return
            data = charts.from_snapshot(snapshot, self.desk_event, now=self.clock())
        sizes = {name: (label.width(), label.height()) for name, label in self.chart_labels.items()}
        ratio = max(1.0, self.devicePixelRatioF())
        args = (
            self.desk_event,
            data,
            sizes,
            ratio,
            self.font_size(),
            i18n.language(),
        )
        self._again = False
        self._rerender_only = True
        task = self.runner.start(lambda _context: _make_snapshot(*args))
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task
        self._started = time.monotonic()

    def _on_task_succeeded(self, snapshot: Snapshot) -> None:
        if self.failed is not None:
            self.failed = None
            self.updated.setProperty("failed", False)
            self.updated.style().unpolish(self.updated)
            self.updated.style().polish(self.updated)
        self.data = snapshot.data
        for image in snapshot.images:
            qimage = QImage(
                image.pixels, image.width, image.height, image.stride, QImage.Format.Format_RGBA8888
            ).copy()  # own the pixels: the bytes object goes away
            qimage.setDevicePixelRatio(image.ratio)
            self.chart_labels[image.name].setPixmap(QPixmap.fromImage(qimage))
        self._show_numbers()

    def _on_task_failed(self, error: BaseException) -> None:
        # A live screen must not pop up a dialog every few seconds: say it in the corner
        # and try again at the next tick.
        self.failed = error
        self.updated.setProperty("failed", True)
        self.updated.setText(self.tr("Could not update: {error}").format(error=error))
        self.updated.style().unpolish(self.updated)
        self.updated.style().polish(self.updated)

    def _on_task_finished(self) -> None:
        self._task = None
        # On a very large event a refresh takes a while: never spend more than about a
        # third of the time refreshing (a 2-core laptop also checks people in).
        took_ms = int((time.monotonic() - self._started) * 1000)
        self._timer.setInterval(max(REFRESH_MS, 3 * took_ms))
        if self._again and self.isVisible():
            self.refresh(rerender_only=self._rerender_only)

    def _on_feed_updated(self, _snapshot: object) -> None:
        # The window's first read of a large database finished: draw at once. Later
        # updates wait for the timer, so a busy desk does not redraw on every scan.
        if self.data is None and self._task is None and self.isVisible():
            self.refresh()

    def _on_timer_timeout(self) -> None:
        self.refresh()

    def _on_resize_timer_timeout(self) -> None:
        self._apply_fonts()
        self.refresh(rerender_only=self.data is not None)

    # -- visibility and size -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_fonts()
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
        self._resize_timer.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._resize_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A chart's room changes without the dashboard's size changing (bigger numbers
        # above it): draw it again at its new size.
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._resize_timer.start()
        return super().eventFilter(watched, event)
