"""The main window: the event, today's agenda, participants with live search and counts.

On a server several desks share, :class:`ui.sync_ui.ServerFollower` follows it once a
second (other desks' work shows in every count and list through the one "changed" signal),
shows a banner above the screens while it does not answer, and keeps where the data is in
the status bar.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import desk.staff.operators as ops
from desk import APP_NAME, __version__
from desk.actions import deskfiles, lists, staff
from desk.doors.tally import Snapshot
from desk.events.display import day_label, event_dates, item_time_range
from desk.events.event import Event, agenda_for_display, current_item
from desk.i18n import language
from desk.people.participants import Counts
from desk.storage.db import Database
from ui.backup_ui import BackupController
from ui.checkin_screen import CheckinScreen
from ui.counts_feed import CountsFeed, category_block
from ui.dashboard import Dashboard
from ui.door_screen import DoorScreen
from ui.import_dialog import ImportDialog
from ui.messages import error_text, show_error
from ui.online_menu import AttendanceMenu
from ui.ops import Change, Op, changes
from ui.printing.jobs import BadgePrinter
from ui.printing.menu import BadgeMenu  # badges: menu and printing after a check-in
from ui.result_panel import elided, shrinkable
from ui.scanning import Scanning
from ui.settings import OPERATOR, last_folder, set_last_folder
from ui.signin_dialog import ask_supervisor_pin, guard_label
from ui.sync_ui import ServerFollower, SyncMenu
from ui.tasks import TaskRunner

CHECKIN, DOOR, DASHBOARD = "checkin", "door", "dashboard"
SCREENS = (CHECKIN, DOOR, DASHBOARD)


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    # The database must be closed and reopened (after a restore): the application does it.
    reopen_requested = Signal(object)  # RestoreResult

    def __init__(
        self, db: Database, event: Event, operator: str = "", runner: TaskRunner | None = None
    ) -> None:
        super().__init__()
        self.db = db
        self.desk_event = event
        self.operator = operator
        self.runner = runner or TaskRunner(self)
        self._counts: Counts | None = None
        self.resize(1280, 740)
        # One source of live counts for the header, the door screen and the dashboard.
        self.feed = CountsFeed(db, event, self.runner, self)
        self.feed.updated.connect(self._on_feed_updated)
        # Every action run through ui/ops.py says so once; the counts (header, door,
        # dashboard) follow here, the check-in table and the door screen on their own.
        changes().changed.connect(self._on_changes_changed)
        self._restore_pin: str | None = None

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 6)
        outer.addWidget(self._build_header())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.screen_ = CheckinScreen(db, event)
        self.screen_.operator = operator
        self.screen_.result_shown.connect(self._on_screen_result_shown)
        self.screen_.walk_in_requested.connect(self.open_walk_in)
        self.screen_.details_requested.connect(self.open_details)
        # The check-in screen's field and table, under the names the rest of the window uses.
        self.search_field = self.screen_.field
        self.model = self.screen_.model
        self.match_label = self.screen_.match_label
        self.table = self.screen_.table
        splitter.addWidget(self.screen_)
        splitter.addWidget(self._build_agenda())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1060, 280])
        # The screens: check-in desk, door (agenda items, bus), dashboard.
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.door = DoorScreen(db, event, self.runner, feed=self.feed)
        self.door.operator = operator
        self.door.details_requested.connect(self.open_details)
        self.door.scan_recorded.connect(self._on_door_scan_recorded)
        self.pages.addWidget(self.door)
        self.dashboard = Dashboard(db, event, self.runner, feed=self.feed)
        self.pages.addWidget(self.dashboard)
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        # A desk on a server: following it, the banner while it does not answer (above the
        # screens), what was sent when it answers again, and where the data is.
        self.server = ServerFollower(self, self, self.sync)
        outer.insertWidget(1, self.server.banner)
        self._desk_label = QLabel()  # cut in the middle to its width: see _show_desk
        self.backup_warning = QLabel()
        self.backup_warning.setStyleSheet(
            "QLabel { background: #b3261e; color: white; padding: 2px 8px; border-radius: 3px; }"
        )
        self.backup_warning.hide()
        self.statusBar().addPermanentWidget(self.server.conflicts_button)
        self.statusBar().addPermanentWidget(self.backup_warning)
        self.statusBar().addPermanentWidget(self._desk_label)
        self.statusBar().addPermanentWidget(self.server.where_label)
        # Rolling backups every few minutes (a setting), never a dialog when one fails.
        self.backups = BackupController(db, self.runner, self)
        self.backups.backed_up.connect(self._on_backups_backed_up)
        self.backups.backup_failed.connect(self._on_backups_backup_failed)

        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._refresh_agenda)
        self._clock.start()

        self.retranslate()
        self.feed.start()
        self.backups.start()
        self.refresh()
        self.search_field.setFocus()

    # -- building ----------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("eventHeader")
        frame.setStyleSheet(
            "#eventHeader { background: #12355b; border-radius: 6px; }"
            "#eventHeader QLabel { color: white; }"
        )
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(14, 8, 14, 8)
        left = QVBoxLayout()
        self.event_title = QLabel()
        font = QFont()
        font.setPointSize(17)
        font.setBold(True)
        self.event_title.setFont(font)
        self.event_subtitle = QLabel()
        self.event_subtitle.setWordWrap(True)
        self.event_when = shrinkable(QLabel())
        self.now_label = shrinkable(QLabel())
        left.addWidget(self.event_title)
        left.addWidget(self.event_subtitle)
        left.addWidget(self.event_when)
        left.addWidget(self.now_label)
        layout.addLayout(left, 1)
        middle = QVBoxLayout()
        self.who_label = shrinkable(QLabel())
        self.who_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Per category: a compact block of the largest ones, the whole list in its tooltip.
        self.category_label = QLabel()
        self.category_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.category_label.setTextFormat(Qt.TextFormat.RichText)
        small = QFont()
        small.setPointSizeF(10)
        self.category_label.setFont(small)
        middle.addWidget(self.who_label)
        middle.addWidget(self.category_label, 1)
        layout.addLayout(middle)
        self.counts_label = QLabel()
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        big = QFont()
        big.setPointSize(13)
        self.counts_label.setFont(big)
        layout.addWidget(self.counts_label)
        return frame

    def _build_agenda(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 0, 0)
        self.agenda_title = QLabel()
        font = QFont()
        font.setBold(True)
        font.setPointSize(12)
        self.agenda_title.setFont(font)
        self.agenda_title.setWordWrap(True)
        layout.addWidget(self.agenda_title)
        self.agenda_list = QListWidget()
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setSpacing(3)
        self.agenda_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.agenda_list, 1)
        return box

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.walk_in_action = QAction(self)
        self.walk_in_action.setShortcut(QKeySequence("Ctrl+N"))
        self.walk_in_action.triggered.connect(lambda: self.open_walk_in(self.search_field.text()))
        self.details_action = QAction(self)
        self.details_action.setShortcut(QKeySequence("Ctrl+D"))
        self.details_action.triggered.connect(self._on_details_action_triggered)
        self.operator_action = QAction(self)
        self.operator_action.triggered.connect(self._on_operator_action_triggered)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self._on_backup_action_triggered)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.operators_action = QAction(self)
        self.operators_action.triggered.connect(self._on_operators_action_triggered)
        self.audit_action = QAction(self)
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.audit_action.triggered.connect(self._on_audit_action_triggered)
        self.duplicates_action = QAction(self)
        self.duplicates_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.duplicates_action.triggered.connect(self.open_duplicates)
        self.file_menu.addAction(self.walk_in_action)
        self.file_menu.addAction(self.details_action)
        self.file_menu.addAction(self.duplicates_action)
        self.file_menu.addAction(self.operator_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.operators_action)
        self.file_menu.addAction(self.audit_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        screens = QActionGroup(self)
        self.screen_actions: dict[str, QAction] = {}
        for n, name in enumerate(SCREENS):
            action = QAction(self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _=False, name=name: self.show_screen(name))
            screens.addAction(action)
            self.view_menu.addAction(action)
            self.screen_actions[name] = action
        self.screen_actions[CHECKIN].setChecked(True)
        self.view_menu.addSeparator()
        self.full_screen_action = QAction(self, checkable=True)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.triggered.connect(self.set_full_screen)
        self.view_menu.addAction(self.full_screen_action)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("es", "Español"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setData(lang)
            group.addAction(action)
            self.language_menu.addAction(action)
            action.triggered.connect(lambda _=False, lang=lang: self.language_requested.emit(lang))
            self.language_actions[lang] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.help_menu.addAction(self.about_action)

        focus = QAction(self)
        focus.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")])
        focus.triggered.connect(self._focus_search)
        self.addAction(focus)

        # Badges: the menu (before Language) and the desk's "print after a check-in".
        self.badges = BadgeMenu(self, self, self.screen_)
        bar.insertMenu(self.language_menu.menuAction(), self.badges.menu)
        self.screen_.checked_in.connect(self.badges.after_checkin)
        self.screen_.print_requested.connect(self.badges.print_person)
        # Sync: desk files and the shared folder; File → Attendance report….
        self.sync = SyncMenu(self, self, self.screen_)
        bar.insertMenu(self.language_menu.menuAction(), self.sync.menu)
        self.file_menu.insertAction(self.export_action, self.sync.report_action)
        self.sync.duplicates_requested.connect(self.open_duplicates)
        # Attendance: online attendance (Zoom, Teams) and certificates of attendance.
        self.attendance = AttendanceMenu(self, self, self.screen_)
        bar.insertMenu(self.language_menu.menuAction(), self.attendance.menu)
        # The camera (F3), the sounds after a scan, and the kiosk mode (ui.scanning).
        self.scanning = Scanning(self, self)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = language()
        e = self.desk_event
        self.setWindowTitle(f"{e.short_name.get(lang)} — {APP_NAME}")
        self.event_title.setText(e.short_name.get(lang))
        self.event_subtitle.setText(e.name.get(lang))
        self.event_when.setText(f"{event_dates(e, lang)} · {e.venue.get(lang)}")
        self.screen_.retranslate()
        self.walk_in_action.setText(self.tr("&Walk-in registration…"))
        self.details_action.setText(self.tr("Participant &details…"))
        self.operator_action.setText(self.tr("Change &operator or desk name…"))
        self.duplicates_action.setText(self.tr("Possible d&uplicates…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.operators_action.setText(self.tr("Operators and &PINs…"))
        self.audit_action.setText(self.tr("Activity &log…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import participant list…"))
        self.export_action.setText(self.tr("&Export participants…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Desk"))
        self.badges.retranslate()
        self.sync.retranslate()
        self.attendance.retranslate()
        self.scanning.retranslate()
        self.door.retranslate()
        self.dashboard.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.screen_actions[CHECKIN].setText(self.tr("&Check-in desk"))
        self.screen_actions[DOOR].setText(self.tr("&Door and bus: attendance"))
        self.screen_actions[DASHBOARD].setText(self.tr("Dash&board"))
        self.full_screen_action.setText(self.tr("&Full screen"))
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        self._show_desk()
        self.server.retranslate()
        self._show_who()
        self._refresh_agenda()
        self._show_counts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_counts()  # the category block: two or three columns

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read counts and the current search (after an import, for example)."""
        self._refresh_counts()
        self.screen_.run_search(self.search_field.text())

    def _refresh_counts(self) -> None:
        self.feed.refresh()  # the header hears of it through _on_feed_updated

    def _on_feed_updated(self, snapshot: Snapshot) -> None:
        self._counts = snapshot.counts
        self._show_counts()

    def _on_screen_result_shown(self, _result: object) -> None:
        self._refresh_counts()
        self.server.show_connection()  # a scan may have found the server gone

    def _on_door_scan_recorded(self, _result: object) -> None:
        self.server.show_connection()

    def _on_changes_changed(self, _change: Change) -> None:
        self._refresh_counts()
        if self.current_screen() == DASHBOARD:
            self.dashboard.refresh()
        self.server.show_connection()

    def _show_desk(self) -> None:
        desk = self.tr("Desk: {name}").format(name=self.db.desk_name)
        self._desk_label.setText(elided(self._desk_label, desk, 260))
        self._desk_label.setToolTip(desk)

    def _show_counts(self) -> None:
        c = self._counts
        if c is None:
            return
        self.counts_label.setText(
            # In person against in person, as on the dashboard: online people apart.
            self.tr("<b>{checked}</b> / {registered} checked in").format(
                registered=f"{c.in_person:,}", checked=f"{c.checked_in_person:,}"
            )
            + "<br>"
            + self.tr("in person · %n online", "", c.online)
        )
        wide = self.width() >= 1600  # three columns on a wide screen, two on a laptop's
        block, tooltip = category_block(self.desk_event, c, language(), columns=3 if wide else 2)
        self.category_label.setText(block)
        self.category_label.setToolTip(tooltip)

    def _show_who(self) -> None:
        self.who_label.setText(
            self.tr("Desk <b>{desk}</b> · operator <b>{operator}</b>").format(
                desk=self.db.desk_name, operator=self.operator or "—"
            )
        )

    def _refresh_agenda(self) -> None:
        lang = language()
        now = datetime.now(self.desk_event.tz)
        day, items = agenda_for_display(self.desk_event, now.date())
        running = current_item(self.desk_event, now)
        if running is not None:
            self.now_label.setText(
                self.tr("Now: {time} {title}").format(
                    time=item_time_range(running), title=running.title.get(lang)
                )
            )
        else:
            self.now_label.setText("")
        if day == now.date():
            self.agenda_title.setText(
                self.tr("Today's agenda — {day}").format(day=day_label(day, lang))
            )
        else:
            self.agenda_title.setText(self.tr("Agenda — {day}").format(day=day_label(day, lang)))
        self.agenda_list.clear()
        for item in items:
            text = f"{item_time_range(item)}  {item.title.get(lang)}"
            if item.tables:
                text += "".join(f"\n    • {t.title.get(lang)}" for t in item.tables)
            if item.places:
                text += "\n    " + ", ".join(item.places)
            entry = QListWidgetItem(text)
            if running is not None and item.id == running.id:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
                entry.setText(self.tr("Now: {text}").format(text=text))
            self.agenda_list.addItem(entry)

    # -- actions -----------------------------------------------------------------------

    def _focus_search(self) -> None:
        if self.current_screen() != CHECKIN:
            self.show_screen(CHECKIN)
        self.search_field.setFocus()
        self.search_field.selectAll()

    def current_screen(self) -> str:
        return SCREENS[self.pages.currentIndex()]

    @property
    def badge_printer(self) -> BadgePrinter:
        return self.badges.printer

    def focus_screen(self) -> None:
        """The keyboard back to the scan field of the screen on show."""
        if self.current_screen() == CHECKIN:
            self.screen_.focus_field()
        elif self.current_screen() == DOOR:
            self.door.focus_field()

    def show_screen(self, name: str) -> None:
        """Switch between the check-in desk, the door and the dashboard (Ctrl+1/2/3)."""
        self.pages.setCurrentIndex(SCREENS.index(name))
        self.screen_actions[name].setChecked(True)
        # Check-in actions belong to the check-in screen: Ctrl+N at a door would surprise.
        for action in (self.walk_in_action, self.details_action):
            action.setEnabled(name == CHECKIN)
        if name == CHECKIN:
            self.screen_.focus_field()
        elif name == DOOR:
            self.door.refresh()
            self.door.focus_field()
        else:
            self.dashboard.refresh()

    def set_full_screen(self, on: bool) -> None:
        """Full screen for a door laptop or a projector (F11; Esc does not leave it, so a
        scanner's stray key cannot)."""
        self.full_screen_action.setChecked(on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def set_operator(self, operator: str) -> None:
        self.operator = operator
        self.screen_.operator = operator
        self.door.operator = operator
        self.door.details_requested.connect(self.open_details)
        self._show_who()

    def open_walk_in(self, typed: str = "") -> None:
        from ui.walkin_dialog import WalkInDialog

        dialog = WalkInDialog(self.db, self.desk_event, self.operator, self, initial_name=typed)
        dialog.registered.connect(self._on_walk_in_registered)
        dialog.existing_chosen.connect(self._on_walk_in_existing_chosen)
        dialog.finished.connect(lambda _code: self.screen_.focus_field())
        dialog.open()
        self._walk_in = dialog

    def _on_walk_in_registered(self, result: object) -> None:
        self.search_field.clear()
        self.screen_.run_search("")
        self.screen_.show_result(result)  # type: ignore[arg-type]

    def _on_walk_in_existing_chosen(self, participant_id: str) -> None:
        self.search_field.clear()
        self.screen_._check_in_id(participant_id)

    def open_details(self, participant_id: str) -> None:
        from ui.participant_dialog import ParticipantDialog

        dialog = ParticipantDialog(self.db, self.desk_event, participant_id, self.operator, self)
        dialog.checked_in.connect(self.screen_.show_result)
        dialog.print_requested.connect(lambda pid: self.badges.print_person(pid, dialog))
        reload = lambda ids: dialog.reload() if dialog.participant_id in ids else None  # noqa: E731
        self.badges.printer.printed.connect(reload)
        dialog.finished.connect(lambda _code: self.badges.printer.printed.disconnect(reload))
        dialog.finished.connect(lambda _code: self.screen_.focus_field())
        dialog.open()
        self._details = dialog

    def open_duplicates(self) -> None:
        from ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self.desk_event, self.operator, self)
        dialog.finished.connect(lambda _code: self.screen_.focus_field())
        dialog.open()
        self._duplicates = dialog

    def _on_backups_backed_up(self, path: Path) -> None:
        self.backup_warning.hide()
        self.statusBar().showMessage(self.tr("Backed up: {name}").format(name=path.name), 6000)

    def _on_backups_backup_failed(self, message: str) -> None:
        self.backup_warning.setText(self.tr("⚠ Backup failed: {message}").format(message=message))
        self.backup_warning.setToolTip(message)
        self.backup_warning.show()

    def _on_backup_action_triggered(self) -> None:
        self.backups.back_up_now(operator=self.operator)  # logged with the backup

    def _on_log_failed(self, exc: BaseException) -> None:
        """A line of the activity log could not be written: said, never stopping the desk."""
        self.statusBar().showMessage(error_text(exc), 8000)

    def _on_settings_action_triggered(self) -> None:
        from desk import i18n
        from ui.settings_dialog import SettingsDialog, apply_settings, current_settings

        dialog = SettingsDialog(current_settings(self.db, self.operator), parent=self)
        if dialog.exec():
            values = dialog.values()
            try:
                apply_settings(self.db, values)
            except Exception as exc:  # shown to the operator; nothing else changed
                show_error(self, exc)
            db, detail, operator = self.db, self.tr("settings changed"), self.operator
            Op(
                self,
                lambda _ctx: staff.record_settings_change(db, detail, operator=operator),
                changed=False,
            ).failure(self._on_log_failed).run()
            self.set_operator(values.operator)
            self.scanning.settings_changed()
            self.sync.retranslate()
            self._show_desk()
            if dialog.data_changed():
                self.statusBar().showMessage(
                    self.tr("Where the data is changes the next time Desk starts."), 15_000
                )
            if values.language != i18n.language():
                self.language_requested.emit(values.language)
        self.screen_.focus_field()

    def _on_operators_action_triggered(self) -> None:
        from ui.signin_dialog import open_operators

        dialog = open_operators(self, self.db, self.operator)
        if dialog is not None:
            dialog.finished.connect(lambda _code: self.screen_.focus_field())
            dialog.open()
            self._operators = dialog

    def _on_audit_action_triggered(self) -> None:
        from ui.audit_view import AuditDialog

        dialog = AuditDialog(self.db, self.desk_event, self)
        dialog.finished.connect(lambda _code: self.screen_.focus_field())
        dialog.open()
        self._audit = dialog

    def _on_restore_action_triggered(self) -> None:
        from desk.deskfiles.backup import list_backups
        from ui.backup_ui import RestoreDialog

        # The PIN is checked now and again by the restore, which logs the approval.
        pin = ask_supervisor_pin(self, self.db, guard_label(ops.GUARD_RESTORE))
        if pin is None:
            return
        self._restore_pin = pin
        dialog = RestoreDialog(self.db.path, list_backups(self.db), self.desk_event, self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.finished.connect(lambda _code: self.screen_.focus_field())
        dialog.open()
        self._restore = dialog

    def restore_backup(self, backup: Path) -> None:
        """Stop everything that reads the database; the restore closes it, puts the backup
        in place (the current file is kept aside) and logs it in the restored database;
        the application opens it again. On a refusal nothing changed (shown)."""
        self.backups.stop()
        self.feed.stop()
        self.server.stop()
        self.runner.wait()
        db, operator, pin, event_id = self.db, self.operator, self._restore_pin, self.desk_event.id
        result = Op(
            self,
            lambda _ctx: deskfiles.restore_backup(
                db, backup, operator=operator, supervisor_pin=pin, event_id=event_id
            ),
            changed=False,  # the window is replaced: nothing here needs to hear of it
        ).run()
        self.reopen_requested.emit(result)

    def _on_details_action_triggered(self) -> None:
        pid = self.screen_.current_person()
        if pid is not None:
            self.open_details(pid)

    def _on_operator_action_triggered(self) -> None:
        from ui.signin_dialog import SignInDialog
        from ui.start_dialog import StartDialog

        with self.db.read() as session:
            signed = ops.has_operators(session)
        if signed:  # operators with PINs: the next one signs in
            sign_in = SignInDialog(self.db, "", self)
            if sign_in.exec() and sign_in.operator is not None:
                db, leaving = self.db, self.operator
                Op(self, lambda _ctx: staff.sign_out(db, operator=leaving), changed=False).failure(
                    self._on_log_failed
                ).run()
                OPERATOR.set(sign_in.operator.name)
                self.set_operator(sign_in.operator.name)
            self.screen_.focus_field()
            return

        dialog = StartDialog(self.db.desk_name, self.operator, self)
        if dialog.exec():
            desk_name, operator = dialog.values()
            if desk_name != self.db.desk_name:
                try:
                    self.db.set_desk_name(desk_name)
                except Exception as exc:  # shown to the operator, nothing changed
                    show_error(self, exc)
            OPERATOR.set(operator)
            self.set_operator(operator)
        self.screen_.focus_field()

    def _on_import_action_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participant list"),
            str(last_folder()),
            self.tr("Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if name:
            set_last_folder(Path(name).parent)
            self.open_import(Path(name))

    def open_import(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(
            self.db, self.desk_event, path, self.runner, self, operator=self.operator
        )
        dialog.open()
        return dialog

    def import_desk_files(self, paths: list[Path]) -> None:
        """Merge other desks' files, with progress and the merge report (Sync menu)."""
        self.sync.import_files(paths)

    def _on_export_action_triggered(self) -> None:
        # The participant list carries e-mail addresses and phone numbers.
        pin = ask_supervisor_pin(self, self.db, guard_label(ops.GUARD_CONTACT_EXPORT))
        if pin is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export participants"),
            str(last_folder() / self.tr("participants.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not name:
            return
        db, event, target, operator = self.db, self.desk_event, Path(name), self.operator
        self.statusBar().showMessage(self.tr("Exporting participants…"))
        # Off the window's thread: 50,000 rows take seconds to write as XLSX.
        Op(
            self,
            lambda _ctx: lists.export_participants(
                db, event, target, operator=operator, supervisor_pin=pin
            ),
            changed=False,
        ).success(self._on_export_succeeded).run_in_background(self.runner)

    def _on_export_succeeded(self, done: lists.ParticipantsExported) -> None:
        self.statusBar().showMessage(
            self.tr("%n participants written to {path}", "", done.count).format(path=done.path),
            8000,
        )

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Desk"),
            self.tr("{app} {version}\nRegistration desk for {event}.\nDatabase: {path}").format(
                app=APP_NAME,
                version=__version__,
                event=self.desk_event.short_name.get(language()),
                path=self.db.location,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # A dashboard drawing or a count finishes within a second; an import or a print
        # may not, and must not be cut off.
        if self.runner.busy and not self.runner.wait(1500):
            QMessageBox.information(
                self, APP_NAME, self.tr("Please wait: an import or a print is still running.")
            )
            event.ignore()
            return
        self.server.stop()
        self.scanning.stop()
        super().closeEvent(event)
