"""Attendance → Import online attendance…: a Zoom or Teams attendance export, read in the
time zone the operator confirms (the event's by default) and, only when the file leaves it
open, the day/month order; imported off the window's thread, then what it did.

The file is read once when the dialog opens (off the window's thread too): a broken file
says so at once, with its line, and a file whose dates could be either 05/06 order shows
the day/month question with an example date of its own. Nothing is stored until Import.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from zoneinfo import available_timezones

from babel.dates import format_date
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.actions.online import OnlineImport, import_online
from desk.events.display import item_time_range
from desk.events.event import Event
from desk.i18n import language
from desk.online.parse import DateOrderNeeded, OnlineFile, read_online_file
from desk.storage.db import Database
from desk.storage.models import SOURCE_TEAMS, SOURCE_ZOOM, SOURCE_ZOOM_WEBINAR
from ui.messages import error_text
from ui.ops import Context, Op
from ui.setup_fields import FOCUS_RING
from ui.tasks import Task, TaskRunner


@cache
def zone_names() -> tuple[str, ...]:
    """Every time zone this computer knows, sorted (``America/El_Salvador``)."""
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def example_date(exc: DateOrderNeeded) -> tuple[str, date, date]:
    """The date the parser found ambiguous: its text (without the time), read day first,
    read month first."""
    return (re.split(r"[,\s]", exc.example.strip())[0], *exc.readings)


class ZoneCombo(QComboBox):
    """Every time zone, searchable: typing "salv" offers America/El_Salvador."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(zone_names()))
        self.setMaxVisibleItems(15)
        completer = QCompleter(list(zone_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentText(current)

    def zone(self) -> str | None:
        """The zone chosen (None when what is typed is none: shown by the dialog)."""
        text = self.currentText().strip()
        for name in zone_names():
            if name.lower() == text.lower():
                return name
        return None


class OnlineImportDialog(QDialog):
    """One attendance export: check it, ask what it leaves open, import it, say what it did."""

    imported = Signal(object)  # OnlineImport
    review_requested = Signal()

    def __init__(
        self,
        db: Database,
        event: Event,
        path: Path,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        operator: str = "",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._path = path
        self._runner = runner
        self._operator = operator
        self._task: Task | None = None
        self.outcome: OnlineImport | None = None
        self.error: BaseException | None = None
        self.checked = False  # the first reading of the file is done
        self._importing = False

        self.setWindowTitle(self.tr("Import online attendance"))
        self.setMinimumWidth(760)
        self.resize(760, 400)
        self.setStyleSheet(FOCUS_RING)
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("File: {name}").format(name=path.name))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)

        form = QFormLayout()
        self.zone_combo = ZoneCombo(event.timezone)
        zone_label = QLabel(self.tr("&Time zone of the file's times:"))
        zone_label.setBuddy(self.zone_combo)
        form.addRow(zone_label, self.zone_combo)
        layout.addLayout(form)
        self.zone_hint = QLabel(
            self.tr(
                "Zoom and Teams write their times without a time zone: they are read in the "
                "zone chosen here (the event's: {zone})."
            ).format(zone=event.timezone)
        )
        self.zone_hint.setWordWrap(True)
        self.zone_hint.setStyleSheet("color: #555555;")
        layout.addWidget(self.zone_hint)

        self.order_box = QGroupBox(self.tr("Order of the dates in the file"))
        order = QVBoxLayout(self.order_box)
        self.order_label = QLabel()
        self.order_label.setWordWrap(True)
        order.addWidget(self.order_label)
        self.day_first_radio = QRadioButton()
        self.month_first_radio = QRadioButton()
        self._order = QButtonGroup(self)
        self._order.addButton(self.day_first_radio)
        self._order.addButton(self.month_first_radio)
        self._order.buttonClicked.connect(lambda _b: self._update_buttons())
        order.addWidget(self.day_first_radio)
        order.addWidget(self.month_first_radio)
        self.order_box.hide()
        layout.addWidget(self.order_box)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: reading the file
        self.progress_bar.setTextVisible(False)
        layout.addWidget(self.progress_bar)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(120)
        self.report.setPlainText(self.tr("Reading {name}…").format(name=path.name))
        layout.addWidget(self.report, 1)
        self.items_table = QTableWidget(0, 3)
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Agenda item"), self.tr("Connections")]
        )
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setTabKeyNavigation(False)
        self.items_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.items_table.setMinimumHeight(200)
        self.items_table.hide()
        layout.addWidget(self.items_table, 2)

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.review_button: QPushButton | None = None
        self.zone_combo.setFocus()
        self._check()

    # -- the first reading ---------------------------------------------------------------

    def _check(self) -> None:
        """Read the file once (nothing stored): a broken file, or the order question."""
        path, tz = self._path, self._event.tz

        def work(_ctx: Context) -> OnlineFile:
            return read_online_file(path, tz=tz, day_first=None)

        self._task = (
            Op(self, work, what="read_online_file", changed=False)
            .success(self._on_check_succeeded)
            .failure(self._on_check_failed)
            .run_in_background(self._runner)
        )

    def _on_check_succeeded(self, parsed: OnlineFile) -> None:
        self._task = None
        self.checked = True
        self._idle()
        self.report.setPlainText(
            "\n".join(
                [
                    self._source_line(parsed.source, parsed.title),
                    self.tr("%n connections in the file.", "", len(parsed.rows)),
                    "",
                    self.tr("Check the time zone, then Import (Enter)."),
                ]
            )
        )
        self._update_buttons()

    def _on_check_failed(self, exc: BaseException) -> None:
        self._task = None
        self.checked = True
        self._idle()
        if isinstance(exc, DateOrderNeeded):
            self._ask_order(exc)
            self.report.setPlainText(
                self.tr("Choose the order of the dates, check the time zone, then Import.")
            )
            self._update_buttons()
            return
        self._refused(exc)

    def _ask_order(self, exc: DateOrderNeeded) -> None:
        lang = language()
        text, day_first, month_first = example_date(exc)
        self.order_label.setText(
            self.tr(
                "Nothing in the file says whether its dates are day/month or month/day. "
                "For example {date}:"
            ).format(date=text)
        )
        self.day_first_radio.setText(
            self.tr("&Day/month: {date}").format(date=self._reading(day_first, lang))
        )
        self.month_first_radio.setText(
            self.tr("&Month/day: {date}").format(date=self._reading(month_first, lang))
        )
        if self._on_event_day(day_first) != self._on_event_day(month_first):
            # Only one reading falls on the event's days: that one, chosen (Enter imports).
            chosen = self.day_first_radio if self._on_event_day(day_first) else None
            (chosen or self.month_first_radio).setChecked(True)
        self.order_box.show()
        self.day_first_radio.setFocus()

    def _on_event_day(self, day: date) -> bool:
        return self._event.start_date <= day <= self._event.end_date

    def _reading(self, day: date, lang: str) -> str:
        text = format_date(day, "long", locale=lang)
        if self._on_event_day(day):
            text += " " + self.tr("(a day of the event)")
        return text

    def day_first(self) -> bool | None:
        """The order chosen (None when the file settles it, or nothing is chosen yet)."""
        if self.order_box.isHidden():
            return None
        if self.day_first_radio.isChecked():
            return True
        if self.month_first_radio.isChecked():
            return False
        return None

    def _update_buttons(self) -> None:
        ready = self.checked and self._task is None and self.outcome is None and self.error is None
        if not self.order_box.isHidden() and self.day_first() is None:
            ready = False
        self.import_button.setEnabled(ready)

    # -- importing -----------------------------------------------------------------------

    def start(self) -> None:
        if not self.import_button.isEnabled():
            return
        zone = self.zone_combo.zone()
        if zone is None:
            self.report.setPlainText(
                self.tr("“{zone}” is not a time zone: choose one from the list.").format(
                    zone=self.zone_combo.currentText()
                )
            )
            self.zone_combo.setFocus()
            return
        db, event, path, operator = self._db, self._event, self._path, self._operator
        day_first = self.day_first()

        def work(_ctx: Context) -> OnlineImport:
            return import_online(db, event, path, tz=zone, day_first=day_first, operator=operator)

        self._importing = True
        self.import_button.setEnabled(False)
        self.zone_combo.setEnabled(False)
        self.order_box.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.report.setPlainText(self.tr("Importing {name}…").format(name=path.name))
        self._task = (
            Op(self, work, what="import_online")
            .success(self._on_import_succeeded)
            .failure(self._on_import_failed)
            .run_in_background(self._runner)
        )

    @property
    def running(self) -> bool:
        return self._task is not None

    def _on_import_succeeded(self, result: OnlineImport) -> None:
        self._task = None
        self._importing = False
        self.outcome = result
        self._idle()
        self.report.setPlainText("\n".join(self.result_lines(result)))
        self._show_items(result)
        self._finish(review=result.unmatched)
        self.imported.emit(result)

    def _on_import_failed(self, exc: BaseException) -> None:
        self._task = None
        self._importing = False
        self._idle()
        if isinstance(exc, DateOrderNeeded):  # another zone, another reading: ask
            self.zone_combo.setEnabled(True)
            self.order_box.setEnabled(True)
            self._ask_order(exc)
            self.report.setPlainText(error_text(exc))
            self._update_buttons()
            return
        self._refused(exc)

    def _refused(self, exc: BaseException) -> None:
        self.error = exc
        self.progress_bar.hide()
        self.zone_combo.setEnabled(False)
        self.order_box.setEnabled(False)
        self.report.setPlainText(
            error_text(exc) + "\n\n" + self.tr("Nothing was imported: the database is unchanged.")
        )
        self._finish()

    def _idle(self) -> None:
        self.progress_bar.hide()  # shown, busy, only while the file is read or imported

    # -- the result ----------------------------------------------------------------------

    def _source_line(self, source: str, title: str = "") -> str:
        kind = {
            SOURCE_ZOOM: self.tr("Zoom meeting"),
            SOURCE_ZOOM_WEBINAR: self.tr("Zoom webinar"),
            SOURCE_TEAMS: self.tr("Microsoft Teams meeting"),
        }.get(source, source)
        return f"{kind}: {title}" if title else kind

    def result_lines(self, r: OnlineImport) -> list[str]:
        """What the import did, in the operator's words (the items are in the table)."""
        lines = [
            self.tr("{source}, file {name}").format(
                source=self._source_line(r.source), name=r.file_name
            )
        ]
        if r.already_imported:  # its figures were said the first time
            return [*lines, "", self.tr("This file was already imported: nothing changed.")]
        lines += [
            "",
            self.tr("Rows read: {n}").format(n=r.rows_read),
            self.tr("Connections: {n}").format(n=r.intervals),
            self.tr("Matched to participants: {n}").format(n=r.matched),
            self.tr("To review (nobody found for sure): {n}").format(n=r.unmatched),
        ]
        if r.not_participants:
            lines.append(self.tr("Not participants: {n}").format(n=r.not_participants))
        if not self.item_rows(r):
            lines += ["", self.tr("No connection overlaps an agenda item.")]
        if r.unmatched:
            lines += [
                "",
                self.tr(
                    "Decide who the unmatched people are in Attendance › Review online attendance."
                ),
            ]
        return lines

    def item_rows(self, r: OnlineImport) -> list[tuple[str, str, int]]:
        """(when, title in the window's language, connections) per agenda item it touches."""
        lang = language()
        return [
            (f"{item.day:%d/%m} {item_time_range(item)}", item.title.get(lang), r.per_item[item.id])
            for item in self._event.agenda
            if r.per_item.get(item.id, 0)
        ]

    def _show_items(self, r: OnlineImport) -> None:
        rows = self.item_rows(r)
        self.items_table.setRowCount(len(rows))
        for row, (when, title, n) in enumerate(rows):
            cells = (QTableWidgetItem(when), QTableWidgetItem(title), QTableWidgetItem(str(n)))
            cells[1].setToolTip(title)
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                self.items_table.setItem(row, column, cell)
        self.items_table.setVisible(bool(rows))
        if rows and self.height() < 640:
            self.resize(self.width(), 640)

    def _finish(self, review: int = 0) -> None:
        """Done (imported or refused): Close, and Review when people wait for a decision."""
        self.buttons.clear()
        close = QPushButton(self.tr("Close"))
        self.buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.accept)
        if review:
            self.review_button = QPushButton(self.tr("&Review %n unmatched…", "", review))
            self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.review_button.clicked.connect(self._on_review_button_clicked)
            self.review_button.setDefault(True)
            self.review_button.setFocus()
        else:
            close.setDefault(True)
            close.setFocus()

    def _on_review_button_clicked(self) -> None:
        self.accept()
        self.review_requested.emit()

    def reject(self) -> None:
        if self._importing:  # Esc while importing: it is one transaction, let it end
            return
        super().reject()
