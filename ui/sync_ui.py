"""The Sync menu (desk files, a shared folder) and the end-of-day attendance report.

Everything that reads or writes files runs on the window's task runner through the
actions of ``desk.actions.deskfiles`` and ``desk.actions.lists`` (each logs itself); the
window stays usable and check-ins go on. A merge report is shown after every import, with
a way to the duplicates dialog when the merge found likely duplicates. The same report
shows the conflicts a desk on a server found when it sent the server what it saved
without it (:meth:`SyncMenu.show_report`, when the operator asks for it: the main window
offers it in its status bar, so it never takes the keyboard from a queue by itself).

A desk on a server several desks share (``desk.server.database``) needs no files: the
:class:`ServerFollower` of the main window follows the server once a second
(``ServerDatabase.sync``, a couple of small queries): other desks' work comes into this
desk's file, and every count and list follows through the one "changed" signal
(``ui.ops``). While the server does not answer, a banner above the screens says so, with
what waits to be sent; it is labels only, so it never takes a key from the scan field.
When the server answers again, the status bar says what was sent; conflicts (the same
person checked in here and at another desk meanwhile) wait behind a status-bar button for
the merge report, so that no window ever opens by itself in the middle of a queue. The
status bar always says where the data is: the server, or this computer's file.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desk.staff.operators as ops
from desk.actions import deskfiles, lists
from desk.counted import IDENTIFICATIONS, ONLINE_CONNECTIONS, PARTICIPANTS, RECORDS, counted, listed
from desk.deskfiles.sync import FolderSync, desk_file_name
from desk.deskfiles.sync_file import SUFFIX, ExportSummary
from desk.deskfiles.sync_report import MergeReport
from desk.events.display import day_label
from desk.events.event import Event
from desk.i18n import language
from desk.reporting.reports import ReportResult
from ui.messages import error_text, show_error
from ui.ops import Change, Context, Op, changes
from ui.parts import DeskSession, FieldScreen
from ui.result_panel import ElidedLabel, elided, shrinkable
from ui.settings import SYNC_FOLDER, last_folder
from ui.signin_dialog import ask_supervisor_pin, guard_label

if TYPE_CHECKING:
    from desk.server.database import ServerDatabase, SyncResult

log = logging.getLogger(__name__)

SERVER_SYNC_MS = 1_000  # other desks' work shows within about a second


class SyncReportDialog(QDialog):
    """What a merge brought, and what a person should look at."""

    duplicates_requested = Signal()

    def __init__(self, title: str, lines: list[str], duplicates: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.duplicates_button = QPushButton(self.tr("Look at likely duplicates…"))
        self.duplicates_button.clicked.connect(self._on_duplicates_button_clicked)
        buttons.addButton(self.duplicates_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.duplicates_button.setVisible(duplicates > 0)  # after addButton, which shows it
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def _on_duplicates_button_clicked(self) -> None:
        self.duplicates_requested.emit()
        self.accept()


class ReportOptionsDialog(QDialog):
    """Which day, which format, with or without contact details."""

    def __init__(self, event: Event, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance report"))
        self.day = QComboBox()
        self.day.addItem(self.tr("The whole event"), None)
        for d in event.days:
            self.day.addItem(day_label(d, language()), d)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx): summary, each item, matrix"), "xlsx")
        self.format.addItem(self.tr("CSV for Excel (.csv): participant × item matrix"), "csv")
        self.format.addItem(self.tr("One-page PDF summary with charts (.pdf)"), "pdf")
        self.no_contact = QCheckBox(self.tr("Leave out e-mail addresses and phone numbers"))
        form = QFormLayout()
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.no_contact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[date | None, str, bool]:
        return self.day.currentData(), self.format.currentData(), self.no_contact.isChecked()


class SyncMenu(QObject):
    """The main window's Sync menu and File → Attendance report….

    ``window`` is the dialogs' parent and its status bar shows the work going on; ``desk``
    says whose files; ``screen`` takes the keyboard back after a report. The window puts
    ``menu`` into its menu bar and ``report_action`` into its File menu."""

    merged = Signal(object)  # MergeReport
    duplicates_requested = Signal()  # "Look at likely duplicates…" after a merge

    def __init__(self, window: QMainWindow, desk: DeskSession, screen: FieldScreen) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.screen = screen
        self.dialog: QDialog | None = None
        self.menu = QMenu(window)
        self.sync_now_action = QAction(window)
        self.sync_now_action.setShortcut(QKeySequence("F9"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self.folder_action = QAction(window)
        self.folder_action.triggered.connect(self.choose_folder)
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        for action in (self.sync_now_action, self.folder_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.import_action)
        self.report_action = QAction(window)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.report_action.triggered.connect(self._on_report_action_triggered)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("S&ync"))
        folder = self.folder()
        self.sync_now_action.setText(
            self.tr("Sync &now with {folder}").format(folder=folder)
            if folder
            else self.tr("Sync &now with a shared folder…")
        )
        self.folder_action.setText(self.tr("Choose the shared &folder…"))
        self.export_action.setText(self.tr("&Export this desk's file…"))
        self.import_action.setText(self.tr("&Import other desks' files…"))
        self.report_action.setText(self.tr("&Attendance report…"))

    # -- the shared folder --------------------------------------------------------------

    def folder(self) -> str:
        return SYNC_FOLDER.get(self.desk.db.desk_id)

    def choose_folder(self) -> str:
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Shared folder for the desks' files"), self.folder()
        )
        if chosen:
            SYNC_FOLDER.set(chosen, self.desk.db.desk_id)
            self.retranslate()
        return chosen

    def sync_now(self) -> None:
        folder = self.folder() or self.choose_folder()
        if not folder:
            return
        db, event, operator = self.desk.db, self.desk.desk_event, self.desk.operator
        self._run(
            lambda _ctx: deskfiles.sync_with_folder(db, event, Path(folder), operator=operator),
            self.tr("Syncing with {folder}…").format(folder=folder),
            self._on_folder_synced,
        )

    def _on_folder_synced(self, result: FolderSync) -> None:
        if result.report is not None:
            self.merged.emit(result.report)
        self._show_report(
            self.tr("Sync with the shared folder"),
            result.lines(self.desk.desk_event),
            result.report,
        )

    # -- files one by one ---------------------------------------------------------------

    def _on_export_action_triggered(self) -> None:
        start = Path(self.folder() or last_folder()) / desk_file_name(self.desk.db)
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export this desk's file"),
            str(start),
            self.tr("Desk files (*{suffix})").format(suffix=SUFFIX),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        db, event, operator = self.desk.db, self.desk.desk_event, self.desk.operator
        self._run(
            lambda _ctx: deskfiles.sync_export(db, event, path, operator=operator),
            self.tr("Writing {name}…").format(name=path.name),
            self._on_file_written,
            changed=False,
        )

    def _on_file_written(self, summary: ExportSummary) -> None:
        self.window.statusBar().showMessage(
            self.tr("{name}: {counts} written.").format(
                name=summary.path.name,
                counts=listed(
                    counted(PARTICIPANTS, summary.participants), counted(RECORDS, summary.records)
                ),
            ),
            10000,
        )

    def _on_import_action_triggered(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import other desks' files"),
            self.folder() or str(last_folder()),
            self.tr("Desk files (*{suffix})").format(suffix=SUFFIX),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        db, event, operator = self.desk.db, self.desk.desk_event, self.desk.operator

        def done(report: MergeReport) -> None:
            self.merged.emit(report)
            self._show_report(self.tr("Desk files imported"), report.lines(event), report)

        self._run(
            lambda _ctx: deskfiles.sync_import(db, event, paths, operator=operator),
            self.tr("Checking and merging %n files…", "", len(paths)),
            done,
        )

    # -- the report ---------------------------------------------------------------------

    def _on_report_action_triggered(self) -> None:
        options = ReportOptionsDialog(self.desk.desk_event, self.window)
        if not options.exec():
            return
        day, kind, no_contact = options.values()
        pin: str | None = ""
        if not no_contact:  # e-mail addresses and phone numbers: checked again, logged
            pin = ask_supervisor_pin(
                self.window, self.desk.db, guard_label(ops.GUARD_CONTACT_EXPORT)
            )
            if pin is None:
                return
        suffix = f".{kind}"
        stem = (
            self.tr("attendance-{day}").format(day=day.isoformat())
            if day
            else self.tr("attendance")
        )
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Attendance report"),
            str(last_folder() / f"{stem}{suffix}"),
            f"*{suffix}",
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
            self.write_report(path, day=day, contact=not no_contact, supervisor_pin=pin)

    def write_report(
        self, path: Path, *, day: date | None, contact: bool, supervisor_pin: str | None = None
    ) -> None:
        db, event, lang = self.desk.db, self.desk.desk_event, language()
        operator = self.desk.operator
        self._run(
            lambda _ctx: lists.export_attendance(
                db,
                event,
                path,
                operator=operator,
                day=day,
                contact=contact,
                lang=lang,
                supervisor_pin=supervisor_pin,
            ),
            self.tr("Writing the attendance report…"),
            self._on_report_written,
            changed=False,
        )

    def _on_report_written(self, result: ReportResult) -> None:
        self.window.statusBar().showMessage(
            self.tr("Attendance report written: {path}").format(path=result.path), 15000
        )

    # -- plumbing -----------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Context], Any],
        busy: str,
        done: Callable[[Any], object],
        *,
        changed: bool = True,
    ) -> None:
        """Run an action on the window's task runner; after a merge (``changed``) the
        window's counts and lists follow through the one "changed" signal."""
        self.window.statusBar().showMessage(busy)
        Op(self.window, work, changed=changed).success(done).failure(
            self._on_task_failed
        ).run_in_background(self.desk.runner)

    def _on_task_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        show_error(self.window, exc)

    def _show_report(self, title: str, lines: list[str], report: MergeReport | None) -> None:
        self.window.statusBar().clearMessage()
        self.show_report(title, lines, report)

    def show_report(
        self, title: str, lines: list[str], report: MergeReport | None
    ) -> SyncReportDialog:
        """The merge report dialog (window-modal; the scan field has the keyboard back
        once it closes)."""
        duplicates = len(report.likely_duplicates) if report is not None else 0
        dialog = SyncReportDialog(title, lines, duplicates, self.window)
        dialog.duplicates_requested.connect(self.duplicates_requested)
        dialog.finished.connect(lambda _code: self.screen.focus_field())
        dialog.open()
        self.dialog = dialog
        return dialog


class ServerFollower(QObject):
    """A desk on a server, in the main window (see the module docstring): the one-second
    timer, the banner while the server does not answer, what was sent when it answers
    again, the conflicts button and where the data is. On a desk's own file: only where
    the data is. The window puts ``banner`` above its screens and ``conflicts_button`` and
    ``where_label`` into its status bar."""

    def __init__(self, window: QMainWindow, desk: DeskSession, sync: SyncMenu) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.sync = sync
        self.server: ServerDatabase | None = None
        if desk.db.is_server:
            from desk.server.database import ServerDatabase

            assert isinstance(desk.db, ServerDatabase)
            self.server = desk.db
        self._problem: str | None = None  # the last failure to follow the server, said once
        self._conflicts: tuple[str, list[str], MergeReport] | None = None
        self.banner = self._build_banner()
        self.where_label = QLabel()  # cut in the middle to its width, never wider
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conflicts_button.setStyleSheet(
            "QPushButton { background: #b26a00; color: white; padding: 2px 8px;"
            " border-radius: 3px; border: none; }"
        )
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(SERVER_SYNC_MS)
        self.timer.timeout.connect(self.sync_now)
        if self.server is not None:
            self.timer.start()

    def _build_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("offlineBanner")
        frame.setStyleSheet(
            "#offlineBanner { background: #b26a00; border-radius: 6px; }"
            "#offlineBanner QLabel { color: white; }"
        )
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(14, 6, 14, 6)
        icon = QLabel("⚠")
        big = QFont()
        big.setPointSize(20)
        icon.setFont(big)
        layout.addWidget(icon)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.headline = shrinkable(QLabel())
        headline = QFont()
        headline.setPointSize(14)
        headline.setBold(True)
        self.headline.setFont(headline)
        self.detail = ElidedLabel()
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        layout.addLayout(texts, 1)
        frame.hide()
        return frame

    def retranslate(self) -> None:
        self._show_where()
        self.show_connection()
        self._show_conflicts_button()

    def stop(self) -> None:
        """No more following (the database is about to close)."""
        self.timer.stop()

    # -- following the server ------------------------------------------------------------

    def sync_now(self) -> SyncResult | None:
        """Once a second on a server: other desks' work comes in and every count and list
        follows; a server gone or back shows in the banner and the status bar. Never a
        window. None on a desk's own file, or when following failed (said once)."""
        server = self.server
        if server is None:
            return None
        try:
            result = server.sync()
        except Exception as exc:  # the server answers but refuses: said, never a window
            text = error_text(exc)
            if text != self._problem:
                log.warning("following the server failed: %s", text, exc_info=exc)
                self.window.statusBar().showMessage(text, 10_000)
            self._problem = text
            self.show_connection()
            return None
        self._problem = None
        if result.changed:
            changes().changed.emit(Change("server_sync", result))
        if result.came_back:
            self._on_back(result)
        self.show_connection()
        return result

    def _on_back(self, result: SyncResult) -> None:
        replayed = result.replayed
        report = replayed.report if replayed is not None else None
        # Participants new or changed on the server (a replay also sends the ones this desk
        # changed just before the server went away, which the server may have already).
        people = report.new_participants + report.updated_participants if report else 0
        sent = [
            counted(what, n)
            for what, n in (
                (RECORDS, replayed.records if replayed else 0),
                (PARTICIPANTS, people),
                (ONLINE_CONNECTIONS, replayed.online_intervals if replayed else 0),
                (IDENTIFICATIONS, replayed.online_matches if replayed else 0),
            )
            if n
        ]
        if replayed is None or report is None or not sent:
            self.window.statusBar().showMessage(self.tr("Connected to the server again."), 10_000)
            return
        text = self.tr("Sent to the server what was saved without a connection: {counts}.").format(
            counts=listed(*sent)
        )
        self.window.statusBar().showMessage(text, 20_000)
        if report.conflicts:  # the merge report, when the operator asks for it
            # The report of a desk file's merge, without the line about the file: there is
            # none, only what this desk saved meanwhile.
            lines = dataclasses.replace(report, files=()).lines(self.desk.desk_event)
            self._conflicts = (self.tr("Sent to the server"), [text, *lines], report)
            self._show_conflicts_button()

    def _show_conflicts_button(self) -> None:
        conflicts = self._conflicts
        if conflicts is not None:
            self.conflicts_button.setText(
                self.tr(
                    "⚠ %n conflicts found when sending to the server: show…",
                    "",
                    conflicts[2].conflicts,
                )
            )
        self.conflicts_button.setVisible(conflicts is not None)

    def show_conflicts(self) -> None:
        """The merge report of the last replay (as after a desk file's merge)."""
        conflicts = self._conflicts
        if conflicts is None:
            return
        self.conflicts_button.hide()
        self._conflicts = None
        self.sync.show_report(*conflicts)

    # -- showing -------------------------------------------------------------------------

    def show_connection(self) -> None:
        """The banner while the server does not answer (with what waits to be sent)."""
        server = self.server
        offline = server is not None and not server.online
        if server is not None and offline:
            self.headline.setText(self.tr("No connection to the server: saving on this computer"))
            self.detail.set_full_text(
                self.tr(
                    "%n records waiting to be sent; they go as soon as the server "
                    "answers. Reason: {reason}",
                    "",
                    server.pending(),
                ).format(reason=server.offline_reason or "—")
            )
            self.banner.setToolTip(
                self.tr("Server: {url}\nReason: {reason}\nSaved meanwhile in: {path}").format(
                    url=server.shown_url, reason=server.offline_reason or "—", path=server.path
                )
            )
        self.banner.setVisible(offline)

    def _show_where(self) -> None:
        label = self.where_label
        if self.server is not None:
            text = self.tr("Server: {url}").format(url=self.server.shown_url)
            tip = self.tr(
                "This desk's own file (used while the server does not answer): {path}"
            ).format(path=self.server.path)
        else:
            tip = str(self.desk.db.path)
            text = self.tr("File: {path}").format(path=tip)
        label.setText(elided(label, text, 460))
        label.setAccessibleName(text)  # the whole text, also for screen readers
        label.setToolTip(tip)
