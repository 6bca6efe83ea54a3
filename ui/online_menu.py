"""The main window's Attendance menu: online attendance (import a Zoom or Teams export,
review who its unmatched people are, the rules) and certificates of attendance (issue,
verify).

Every dialog opens window-modal and gives the keyboard back to the check-in screen's
field when it closes; slow work (reading and importing a file, writing PDFs) runs on the
window's task runner, so the scan field never freezes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu

from ui.parts import DeskSession, FieldScreen
from ui.settings import last_folder, set_last_folder


class AttendanceMenu(QObject):
    """``menu`` goes into the window's menu bar; ``window`` parents the dialogs, ``desk``
    says whose database, event, operator and runner, ``screen`` takes the keyboard back."""

    def __init__(self, window: QMainWindow, desk: DeskSession, screen: FieldScreen) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.screen = screen
        self.dialog: QDialog | None = None  # the one open now (tests look at it)
        self.menu = QMenu(window)
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.review_action = QAction(window)
        self.review_action.triggered.connect(self.open_review)
        self.rules_action = QAction(window)
        self.rules_action.triggered.connect(self.open_rules)
        self.certificates_action = QAction(window)
        self.certificates_action.triggered.connect(self.open_certificates)
        self.verify_action = QAction(window)
        self.verify_action.triggered.connect(self.open_verify)
        for action in (self.import_action, self.review_action, self.rules_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.certificates_action)
        self.menu.addAction(self.verify_action)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("A&ttendance"))
        self.import_action.setText(self.tr("&Import online attendance…"))
        self.review_action.setText(self.tr("&Review online attendance…"))
        self.rules_action.setText(self.tr("Online attendance and certificate r&ules…"))
        self.certificates_action.setText(self.tr("&Certificates of attendance…"))
        self.verify_action.setText(self.tr("&Verify a certificate…"))

    # -- dialogs -------------------------------------------------------------------------

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(lambda _code: self.screen.focus_field())
        dialog.open()
        self.dialog = dialog
        return dialog

    def _on_import_action_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import online attendance (Zoom or Teams)"),
            str(last_folder()),
            self.tr("Attendance reports (*.csv *.txt *.tsv);;All files (*)"),
        )
        if name:
            set_last_folder(Path(name).parent)
            self.open_import(Path(name))

    def open_import(self, path: Path) -> QDialog:
        from ui.online_dialog import OnlineImportDialog

        d = self.desk
        dialog = OnlineImportDialog(
            d.db, d.desk_event, path, d.runner, self.window, operator=d.operator
        )
        dialog.review_requested.connect(self.open_review)
        return self._show(dialog)

    def open_review(self) -> QDialog:
        from ui.online_review import OnlineReviewDialog

        d = self.desk
        return self._show(
            OnlineReviewDialog(d.db, d.desk_event, d.runner, self.window, operator=d.operator)
        )

    def open_rules(self) -> QDialog:
        from ui.online_rules import OnlineRulesDialog

        d = self.desk
        return self._show(OnlineRulesDialog(d.db, d.desk_event, self.window, operator=d.operator))

    def open_certificates(self) -> QDialog:
        from ui.certificates_dialog import CertificatesDialog

        d = self.desk
        return self._show(
            CertificatesDialog(d.db, d.desk_event, d.runner, self.window, operator=d.operator)
        )

    def open_verify(self) -> QDialog:
        from ui.certificates_dialog import VerifyDialog

        d = self.desk
        return self._show(VerifyDialog(d.db, d.desk_event, self.window))
