"""The bus manifest at the door of a field visit: who boarded which bus and who is not back
yet, with a bus filter, printed or saved as a PDF (``desk.doors.manifest_pdf``).

The door screen (``ui.door_screen``) shows the panel for a field visit only and has it
re-read after every scan and every few seconds (:meth:`ManifestPanel.refresh`: two grouped
queries). Printing and saving read the manifest again and render it on the task runner,
so a long list never holds the door's scan field up. After any of its buttons or filters
the panel says so (``focus_released``): the door's scan field takes the keyboard back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.doors.attendance import ManifestEntry, is_field_visit, manifest, places_used
from desk.doors.manifest_pdf import manifest_rows, render_manifest
from desk.events.event import AgendaItem, Event
from desk.i18n import language
from desk.storage.db import Database
from desk.storage.fileio import atomic_write
from ui.messages import show_error
from ui.printing.engine import print_pdf
from ui.result_panel import font
from ui.settings import last_folder, set_last_folder
from ui.tasks import TaskRunner


def bus_order(name: str) -> tuple[int, str]:
    """Bus 2 before Bus 10; other names after the numbered buses."""
    head, _, number = name.rpartition(" ")
    return (int(number), head) if number.isdigit() else (10**6, name)


class ManifestPanel(QFrame):
    """The manifest of the door's item when it is a field visit (hidden otherwise)."""

    focus_released = Signal()  # a button or a filter was used: back to the scan field

    def __init__(
        self,
        db: Database,
        event: Event,
        runner: TaskRunner,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.desk_event = event
        self.runner = runner
        self.clock = clock
        self.item: AgendaItem | None = None  # a field visit, or None
        self.entries: list[ManifestEntry] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 6, 4)
        bar = QHBoxLayout()
        self.title = QLabel()
        self.title.setFont(font(12, bold=True))
        self.bus_filter = QComboBox()
        self.bus_filter.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bus_filter.setMinimumWidth(130)
        self.bus_filter.activated.connect(self._on_bus_filter_activated)
        self.not_back_check = QCheckBox()
        self.not_back_check.setChecked(True)
        self.not_back_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.not_back_check.toggled.connect(self._on_not_back_check_toggled)
        self.count = QLabel()
        self.count.setFont(font(12, bold=True))
        self.print_button = QPushButton()
        self.print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button = QPushButton()
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        for widget in (self.title, self.bus_filter, self.not_back_check):
            bar.addWidget(widget)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        box.addLayout(bar)
        self.table = QTableWidget(0, 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column, width in enumerate((240, 130, 170, 70, 160, 85, 95, 140)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        self.status = QLabel()
        box.addWidget(self.status)

    # -- the item and its manifest -------------------------------------------------------

    def set_item(self, item: AgendaItem) -> None:
        """Follow the door's item: the panel is there for a field visit only."""
        self.item = item if is_field_visit(item) else None
        self.setVisible(self.item is not None)

    def refresh(self) -> None:
        """Re-read the manifest and the buses used (a few milliseconds) and show them."""
        item = self.item
        if item is None:
            return
        with self.db.read() as session:
            self.entries = manifest(session, self.desk_event, item.id)
            used = places_used(session, item.id)
        self._fill_bus_filter(used)
        self._show()

    def _fill_bus_filter(self, used: list[str]) -> None:
        combo = self.bus_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All buses"), "")
        for bus in sorted(set(used), key=bus_order):
            combo.addItem(bus, bus)
        combo.setCurrentIndex(max(combo.findData(current or ""), 0))
        combo.blockSignals(False)

    def manifest_filter(self) -> tuple[str | None, bool]:
        """(the bus shown or None for all, only those not back)."""
        return self.bus_filter.currentData() or None, self.not_back_check.isChecked()

    def shown_entries(self) -> list[ManifestEntry]:
        place, not_back = self.manifest_filter()
        return [
            e
            for e in self.entries
            if (place is None or e.place == place) and (not not_back or e.on_board)
        ]

    def _show(self) -> None:
        entries = self.shown_entries()
        rows = manifest_rows(self.desk_event, entries, language())
        table = self.table
        table.setRowCount(len(rows))
        # name, country, category, bus, organisation, boarded, returned, phone
        for r, (family, given, country, category, org, phone, bus, boarded, back) in enumerate(
            rows
        ):
            cells = (f"{family}, {given}", country, category, bus, org, boarded, back, phone)
            for column, text in enumerate(cells):
                table.setItem(r, column, QTableWidgetItem(text))
        if self.not_back_check.isChecked():
            text = self.tr("%n not back yet", "", len(entries))
        else:
            text = self.tr("%n people", "", len(entries))
        self.count.setText(text)

    def _on_bus_filter_activated(self, _index: int) -> None:
        self._show()
        self.focus_released.emit()

    def _on_not_back_check_toggled(self, _checked: bool) -> None:
        self._show()
        self.focus_released.emit()

    # -- printing and saving -------------------------------------------------------------

    def ask_printer(self) -> QPrinter | None:
        """The printer chosen in the print dialog (None: cancelled). Tests replace this."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Bus manifest"))
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def ask_pdf_path(self) -> Path | None:
        """The file chosen to save the manifest to (None: cancelled). Tests replace this."""
        place, _ = self.manifest_filter()
        stamp = self.clock().astimezone(self.desk_event.tz).strftime("%Y-%m-%d-%H%M")
        which = (place or self.tr("all")).replace(" ", "-").lower()
        suggested = self.tr("manifest-{which}-{stamp}.pdf").format(which=which, stamp=stamp)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save manifest as PDF"),
            str(last_folder() / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        set_last_folder(path.parent)
        return path

    def _work(self) -> Callable[[object], bytes]:
        """The work that reads the manifest now and renders it (off the UI thread)."""
        db, event, item = self.db, self.desk_event, self.item
        assert item is not None
        place, not_back = self.manifest_filter()
        now, lang = self.clock(), language()

        def render(_ctx: object) -> bytes:
            with db.read() as session:
                entries = manifest(session, event, item.id, place=place, on_board_only=not_back)
            return render_manifest(
                event, item, entries, place=place, on_board_only=not_back, now=now, lang=lang
            )

        return render

    def _on_print_button_clicked(self) -> None:
        self.print_manifest()

    def print_manifest(self) -> None:
        printer = self.ask_printer()
        self.focus_released.emit()
        if printer is None or self.item is None:
            return
        render = self._work()

        def work(ctx: object) -> int:
            return print_pdf(render(ctx), printer)

        self.status.setText(self.tr("Printing the manifest…"))
        task = self.runner.start(work)
        task.succeeded.connect(
            lambda pages: self.status.setText(
                self.tr("Manifest sent to the printer (%n pages).", "", pages)
            )
        )
        task.failed.connect(self._on_task_failed)

    def _on_save_button_clicked(self) -> None:
        self.save_manifest()

    def save_manifest(self) -> None:
        path = self.ask_pdf_path()
        self.focus_released.emit()
        if path is None or self.item is None:
            return
        render = self._work()

        def work(ctx: object) -> Path:
            pdf = render(ctx)
            return atomic_write(path, lambda handle: handle.write(pdf))

        self.status.setText(self.tr("Saving the manifest…"))
        task = self.runner.start(work)
        task.succeeded.connect(
            lambda saved: self.status.setText(
                self.tr("Manifest saved to {path}").format(path=saved)
            )
        )
        task.failed.connect(self._on_task_failed)

    def _on_task_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        show_error(self, exc)
        self.focus_released.emit()

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bus manifest"))
        self.not_back_check.setText(self.tr("Only not back"))
        self.print_button.setText(self.tr("Print manifest…"))
        self.save_button.setText(self.tr("Save manifest as PDF…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Category"),
                self.tr("Bus"),
                self.tr("Organisation"),
                self.tr("Boarded at"),
                self.tr("Returned at"),
                self.tr("Phone"),
            ]
        )
