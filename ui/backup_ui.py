"""Automatic backups while the window runs, and the dialog that restores one.

The window owns one :class:`BackupController` (timer + task runner) and opens a
:class:`RestoreDialog` from a menu. The dialog only *asks*; the window stops what reads
the database and runs the restore action (``desk.actions.deskfiles.restore_backup``,
which closes the database, restores and logs it), then reopens it (see
``restore_requested``). A backup by hand goes through ``desk.actions.deskfiles.back_up``
(with its line in the activity log); automatic backups are nobody's action and are not
logged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.actions.deskfiles import back_up
from desk.counted import PARTICIPANTS, counted
from desk.deskfiles import backup as backups
from desk.deskfiles.backup import BackupInfo
from desk.events.display import local_time
from desk.events.event import Event
from desk.storage.db import Database
from desk.storage.models import utcnow
from ui.messages import error_text
from ui.ops import Context, Op
from ui.settings import BACKUP_INTERVAL
from ui.tasks import Task, TaskRunner

CHECK_EVERY_MS = 30_000  # how often the controller looks whether a backup is due


class BackupController(QObject):
    """Backs the database up every few minutes on the task runner.

    Success is quiet: ``backed_up(path)`` for the status bar. A failure (disk full, folder
    gone…) emits ``backup_failed(message)`` for a visible, non-blocking warning; it is
    tried again at the next interval. Never a dialog. Call :meth:`stop` (and wait for the
    runner) before the database is closed.
    """

    backed_up = Signal(object)  # Path of the new backup
    backup_failed = Signal(str)  # an operator-readable message
    skipped = Signal()  # due, but nothing changed since the newest backup

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        folder: Path | None = None,
        clock: Callable[[], datetime] = utcnow,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._folder = folder or backups.backups_folder(db.path)
        self._clock = clock
        self._task: Task | None = None
        self._last_at: datetime | None = None
        self._last_marker: tuple[Any, ...] | None = None
        self._known = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    # -- control ------------------------------------------------------------------------

    def start(self) -> None:
        """Start looking every ``check_every_ms`` whether a backup is due."""
        self._timer.start()

    def stop(self) -> None:
        """No new backup starts (one already running finishes on the runner)."""
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def last_backup_at(self) -> datetime | None:
        return self._last_at

    def check_now(self) -> Task | None:
        """Start an automatic backup if one is due (and none is running)."""
        return self._on_timer_timeout()

    def back_up_now(self, reason: str = backups.MANUAL, *, operator: str = "") -> Task | None:
        """A backup now, whatever the interval (a menu action, before a risky step), logged
        under ``operator``. None when one is already running."""
        if self._task is not None:
            return None
        return self._start(reason, skip_unchanged=False, operator=operator)

    # -- work ---------------------------------------------------------------------------

    def _on_timer_timeout(self) -> Task | None:
        if self._task is not None:
            return None
        if not self._known:
            newest = backups.latest_backup(self._db.path, folder=self._folder)
            if newest is not None:
                self._last_at, self._last_marker = newest.taken_at, newest.marker
            self._known = True
        if not backups.due(self._last_at, self._clock(), BACKUP_INTERVAL.get()):
            return None
        return self._start(backups.AUTO, skip_unchanged=True)

    def _start(self, reason: str, *, skip_unchanged: bool, operator: str | None = None) -> Task:
        db, folder, last_marker, now = self._db, self._folder, self._last_marker, self._clock()

        def work(_context: Context) -> tuple[Path | None, tuple[Any, ...], datetime]:
            marker = backups.change_marker(db)
            if skip_unchanged and marker == last_marker:
                return None, marker, now
            if operator is None:  # automatic: nobody's action, not in the activity log
                return backups.backup_now(db, reason=reason, folder=folder, now=now), marker, now
            made = back_up(db, operator=operator, reason=reason, folder=folder, now=now)
            # Read after its line in the log: that line alone needs no automatic backup.
            return made.path, backups.change_marker(db), now

        # A task ends in exactly one of the two callbacks; a failure is a signal, never
        # a dialog. A backup changes no data: nothing else needs to hear of it.
        task = (
            Op(None, work, what="back_up", changed=False)
            .success(self._on_task_succeeded)
            .failure(self._on_task_failed)
            .run_in_background(self._runner)
        )
        self._task = task
        return task

    def _on_task_succeeded(self, result: tuple[Path | None, tuple[Any, ...], datetime]) -> None:
        path, marker, at = result
        self._task = None
        self._last_at = at
        self._last_marker = marker
        if path is None:
            self.skipped.emit()
        else:
            self.backed_up.emit(path)

    def _on_task_failed(self, exc: BaseException) -> None:
        # Tried again at the next interval, not at every tick.
        self._task = None
        self._last_at = self._clock()
        self.backup_failed.emit(
            self.tr("Automatic backup failed: {reason}").format(reason=error_text(exc))
        )


class RestoreDialog(QDialog):
    """Choose a backup (↑/↓, Enter), read what restoring means, confirm (Enter).

    Emits ``restore_requested(path)`` and accepts; the window does the restore."""

    restore_requested = Signal(object)  # Path of the chosen backup

    def __init__(
        self,
        db_path: Path | str,
        backups_found: Sequence[BackupInfo],
        event: Event,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._event = event
        self._backups = sorted(backups_found, key=lambda b: b.taken_at, reverse=True)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        # Page 1: the list.
        choose = QWidget()
        col = QVBoxLayout(choose)
        col.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Backups of this desk's database, newest first (times are the event's local "
                "time). Choose one with ↑/↓ and press Enter."
            )
        )
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.table = QTableWidget(len(self._backups), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Taken at"),
                self.tr("Kind"),
                self.tr("Checked in"),
                self.tr("Participants"),
                self.tr("Records"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, info in enumerate(self._backups):
            self._fill_row(row, info)
        self.table.installEventFilter(self)
        self.table.itemDoubleClicked.connect(self._on_table_itemDoubleClicked)
        col.addWidget(self.table)
        self.empty_label = QLabel(
            self.tr("No backups yet in {folder}.").format(
                folder=backups.backups_folder(self._db_path)
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self._backups)
        col.addWidget(self.empty_label)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        self.choose_button = QPushButton(self.tr("&Restore…"))
        self.choose_button.setEnabled(bool(self._backups))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        row_buttons.addWidget(self.choose_button)
        row_buttons.addWidget(self.close_button)
        col.addLayout(row_buttons)
        self.pages.addWidget(choose)

        # Page 2: the confirmation.
        confirm = QWidget()
        col = QVBoxLayout(confirm)
        col.setContentsMargins(0, 0, 0, 0)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.confirm_label)
        col.addStretch(1)
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.restore_button = QPushButton(self.tr("Restore &this backup"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        row_buttons.addWidget(self.back_button)
        row_buttons.addWidget(self.restore_button)
        col.addLayout(row_buttons)
        self.pages.addWidget(confirm)

        if self._backups:
            self.table.selectRow(0)
            self.table.setFocus()

    # -- what is shown ------------------------------------------------------------------

    def _count(self, value: int | None) -> str:
        return "—" if value is None else self.locale().toString(value)

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        cells = [
            local_time(self._event, info.taken_at, with_date=True),
            backups.reason_label(info.reason),
            self._count(info.checked_in),
            self._count(info.participants),
            self._count(info.records),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(str(info.path))
            self.table.setItem(row, column, item)

    def selected_backup(self) -> BackupInfo | None:
        row = self.table.currentRow()
        return self._backups[row] if 0 <= row < len(self._backups) else None

    @property
    def confirming(self) -> bool:
        return self.pages.currentIndex() == 1

    # -- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._ask_confirmation()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.confirming:
            self._show_list()
            return
        super().keyPressEvent(event)

    # -- steps --------------------------------------------------------------------------

    def _on_table_itemDoubleClicked(self, _item: QTableWidgetItem) -> None:
        self._ask_confirmation()

    def _on_choose_button_clicked(self) -> None:
        self._ask_confirmation()

    def _on_back_button_clicked(self) -> None:
        self._show_list()

    def _ask_confirmation(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        when = local_time(self._event, info.taken_at, with_date=True)
        aside = backups.kept_aside_path(self._db_path)
        text = self.tr(
            "Restore the backup of {when} ({kind})?\n\n"
            "The current database is kept aside as {aside} (nothing is deleted), and a "
            "backup of it is made first.\n\n"
            "Check-ins made after {when} will not be in the restored database."
        ).format(when=when, kind=backups.reason_label(info.reason), aside=aside.name)
        if info.checked_in is not None and info.participants is not None:
            text += "\n\n" + self.tr("This backup holds {people}; checked in: {checked}.").format(
                people=counted(PARTICIPANTS, info.participants),
                checked=self._count(info.checked_in),
            )
        self.confirm_label.setText(text)
        self.pages.setCurrentIndex(1)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def _show_list(self) -> None:
        self.restore_button.setDefault(False)
        self.pages.setCurrentIndex(0)
        self.table.setFocus()

    def _on_restore_button_clicked(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        self.restore_requested.emit(info.path)
        self.accept()
