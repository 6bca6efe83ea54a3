"""The main window's Badges menu (print one badge, a batch, save as PDF, the settings) and
printing after a check-in, by the desk's setting, without ever opening a window: "always"
prints at once (a reprint, which needs a reason, is only offered), "ask" offers it in the
result panel (F5), a PDF folder gets a new file per badge, and a badge that cannot print is
a red note in the status bar (``notify``) until the next one prints.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QWidget

from desk.arrival.checkin import CheckinResult
from desk.people.participants import first_participant_id, infos_by_ids
from ui.messages import error_text
from ui.parts import DeskSession, PersonScreen
from ui.printing.batch import BatchPrintDialog
from ui.printing.dialogs import PrintSettingsDialog, ReprintDialog, ask_reprint_pin
from ui.printing.jobs import PRINT, SAVE, BadgePrinter
from ui.printing.settings import (
    MODE_ALWAYS,
    MODE_NEVER,
    PrintSettings,
    load_settings,
    save_settings,
)
from ui.result_panel import shrinkable


class BadgeMenu(QObject):
    """The main window's Badges menu, and printing after a check-in (the desk's setting).

    Printing after a check-in never opens a window: "always" prints at once (a reprint,
    which needs a reason, is offered instead), "ask" offers it in the result panel (F5),
    and a problem is a red note in the status bar until the next badge prints.

    ``window`` is the dialogs' parent and its status bar shows what happened; ``desk``
    says who prints where; ``screen`` is the check-in screen. The window puts ``menu``
    into its menu bar and hands the screen's signals to :meth:`after_checkin` and
    :meth:`print_person`."""

    def __init__(self, window: QMainWindow, desk: DeskSession, screen: PersonScreen) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.screen = screen
        self.printer = BadgePrinter(
            desk.db, desk.desk_event, desk.runner, lambda: desk.operator, self
        )
        self.printer.printed.connect(self._on_printer_printed)
        self.printer.saved.connect(self._on_printer_saved)
        self.printer.failed.connect(lambda _exc: self._focus_field())
        self._offered: set[str] = set()  # check-in record ids already handled
        self.dialog: QDialog | None = None
        self.warning = shrinkable(QLabel())
        self.warning.setStyleSheet(
            "QLabel { background: #b3261e; color: white; padding: 2px 8px; border-radius: 3px; }"
        )
        self.warning.setMaximumWidth(520)
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning)

        self.menu = QMenu(window)
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.batch_action = QAction(window)
        self.batch_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.batch_action.triggered.connect(self._on_batch_action_triggered)
        self.pdf_action = QAction(window)
        self.pdf_action.triggered.connect(self._on_pdf_action_triggered)
        self.settings_action = QAction(window)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.menu.addAction(self.print_action)
        self.menu.addAction(self.batch_action)
        self.menu.addAction(self.pdf_action)
        self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Badges"))
        self.print_action.setText(self.tr("&Print badge…"))
        self.batch_action.setText(self.tr("Print badges (&batch)…"))
        self.pdf_action.setText(self.tr("&Save badges as PDF…"))
        self.settings_action.setText(self.tr("Badge printing se&ttings…"))

    # -- who ---------------------------------------------------------------------------

    def current_person(self) -> str | None:
        """The person a single-badge action is about (see CheckinScreen.current_person)."""
        return self.screen.current_person()

    def _person(self, participant_id: str) -> tuple[str, int] | None:
        """Name and badges printed so far (read now: another job may just have printed)."""
        with self.desk.db.read() as session:
            found = infos_by_ids(session, [participant_id])
        return (found[0].full_name, found[0].badges_printed) if found else None

    def _focus_field(self) -> None:
        self.screen.focus_field()

    # -- printing one person -----------------------------------------------------------

    def print_person(self, participant_id: str, parent: QWidget | None = None) -> None:
        """Print one badge; a person who already has one is asked the reason first."""
        parent = parent or self.window
        person = self._person(participant_id)
        if person is None:
            return
        name, printed = person
        if printed == 0:
            self.printer.print_badges([participant_id], parent=parent, notify=self._warn)
            self._focus_field()
            return
        dialog = ReprintDialog(name=name, parent=parent)

        def reprint() -> None:  # a reprint needs the supervisor (when the desk has one)
            pin = ask_reprint_pin(parent, self.desk.db)
            if pin is not None:
                self.printer.print_badges(
                    [participant_id], dialog.reason(), parent=parent, supervisor_pin=pin or None
                )

        dialog.accepted.connect(reprint)
        dialog.finished.connect(lambda _code: self._focus_field())
        self.dialog = dialog
        dialog.open()

    def _on_print_action_triggered(self) -> None:
        pid = self.current_person()
        if pid is None:
            self.window.statusBar().showMessage(
                self.tr("Scan or choose a person first, then print the badge."), 6000
            )
            return
        self.print_person(pid)

    def _open_batch(self, action: str) -> BatchPrintDialog:
        pid = self.current_person()
        dialog = BatchPrintDialog(
            self.desk.db,
            self.desk.desk_event,
            self.printer,
            [pid] if pid else [],
            self.window,
            default_action=action,
        )
        dialog.finished.connect(lambda _code: self._focus_field())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_batch_action_triggered(self) -> None:
        self._open_batch(PRINT)

    def _on_pdf_action_triggered(self) -> None:
        self._open_batch(SAVE)

    def _on_settings_action_triggered(self) -> None:
        self.open_settings()

    def open_settings(self) -> PrintSettingsDialog:
        sample = self.current_person()
        if sample is None:
            with self.desk.db.read() as session:
                sample = first_participant_id(session)
        settings = load_settings(self.desk.db.desk_id)
        dialog = PrintSettingsDialog(
            settings,
            sample is not None,
            self.window,
            default_folder=self.printer.pdf_folder(PrintSettings()),
        )
        if sample is not None:
            dialog.preview_requested.connect(
                lambda layout_id: self.printer.preview([sample], dialog, layout_id)
            )
        dialog.accepted.connect(lambda: save_settings(self.desk.db.desk_id, dialog.settings()))
        dialog.finished.connect(lambda _code: self._focus_field())
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- after a check-in --------------------------------------------------------------

    def after_checkin(self, result: CheckinResult) -> None:
        """Every new check-in (scan, search, details dialog, walk-in) comes through here
        (the check-in screen's ``checked_in``)."""
        person = result.participant
        if person is None:
            return
        key = result.record_id or f"{person.id}@{result.at}"
        if key in self._offered:
            return
        self._offered.add(key)
        # After the current signal (a walk-in dialog is still closing), not inside it.
        QTimer.singleShot(0, lambda: self.offer_print(person.id))

    def offer_print(self, participant_id: str) -> None:
        """Apply the desk's setting to a person just checked in, without a window: print at
        once, or offer it in the result panel (F5). A reprint needs a reason, so it is
        only ever offered."""
        settings = load_settings(self.desk.db.desk_id)
        mode = settings.after_checkin
        if mode == MODE_NEVER:
            return
        person = self._person(participant_id)
        if person is None:
            return
        _name, printed = person
        if printed and settings.only_if_none:
            return
        if mode == MODE_ALWAYS and not printed:
            self.printer.print_badges([participant_id], parent=self.window, notify=self._warn)
            return
        self.screen.offer_print(participant_id)

    # -- results -----------------------------------------------------------------------

    def _warn(self, exc: BaseException) -> None:
        """A badge that did not print: a red note until the next one prints, never a
        window (the queue goes on)."""
        text = self.tr("Badge not printed: {reason}").format(reason=error_text(exc))
        self.warning.setText(text.partition("\n")[0])
        self.warning.setToolTip(text)
        self.warning.show()
        self.window.statusBar().showMessage(text.partition("\n")[0], 15_000)

    def _on_printer_printed(self, ids: list[str]) -> None:
        if not ids:
            return
        self.warning.hide()
        if len(ids) == 1:
            person = self._person(ids[0])
            text = self.tr("Badge printed: {name}").format(name=person[0] if person else "")
        else:
            text = self.tr("Badges printed: {count}").format(count=len(ids))
        self.window.statusBar().showMessage(text, 8000)

    def _on_printer_saved(self, path: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Badges saved to {path}").format(path=path), 8000
        )
