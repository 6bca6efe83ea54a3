"""Start-up health in the window: a damaged database, a folder Desk cannot write in, a full
disk. The checks themselves are in ``desk.storage.health``; this module only asks and tells."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.counted import CHECK_INS, PARTICIPANTS, counted, listed
from desk.deskfiles.backup import BackupInfo
from desk.deskfiles.restore import restore_summary
from desk.events.display import local_time
from desk.events.event import Event
from desk.storage.health import (
    HealthReport,
    check_at_start,
    newest_good_backup,
    recover_from_backup,
)
from ui.messages import show_error


def held(backup: BackupInfo) -> str:
    """What a backup holds, counted: "40 participants, 31 check-ins"."""
    return listed(
        counted(PARTICIPANTS, backup.participants or 0), counted(CHECK_INS, backup.checked_in or 0)
    )


class DamagedDatabaseDialog(QDialog):
    """What was found, in plain words; Enter restores the newest good backup (when there is
    one), the other button quits."""

    def __init__(
        self,
        report: HealthReport,
        backup: BackupInfo | None,
        event: Event,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setWindowTitle(self.tr("The database is damaged"))
        layout = QVBoxLayout(self)
        # Wrapped texts get the height their width needs; the long button fits whole.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        head = QLabel(self.tr("<b>The desk's database is damaged.</b>"))
        layout.addWidget(head)
        why = (
            self.tr(
                "Desk did not close properly last time (a power cut, a crash), and the full "
                "check it then runs found damage in {path}."
            )
            if report.unclean_exit
            else self.tr("The check at start found damage in {path}.")
        ).format(path=report.db_path)
        self.explanation = QLabel(why)
        self.explanation.setFixedWidth(620)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)
        if backup is not None:
            when = local_time(event, backup.taken_at, with_date=True)
            offer = self.tr(
                "The newest good backup was taken at {when}, with {counts}. Check-ins made "
                "after it must be entered again (or brought back from another desk's file). "
                "The damaged file is kept aside for support, never deleted."
            ).format(when=when, counts=held(backup))
        else:
            offer = self.tr(
                "No good backup of this database was found. Do not delete anything: call "
                "support, who can try to rescue the data from the damaged file."
            )
        self.offer = QLabel(offer)
        self.offer.setFixedWidth(620)
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        if report.problems:
            details = QLabel(
                self.tr("What SQLite reported: {problems}").format(
                    problems="; ".join(report.problems[:3])
                )
            )
            details.setWordWrap(True)
            details.setFixedWidth(620)
            details.setStyleSheet("color: #555555;")
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(details)

        self.buttons = QDialogButtonBox(Qt.Orientation.Vertical)
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = QPushButton(
                self.tr("&Restore the newest backup (taken {time}, {counts})").format(
                    time=local_time(event, backup.taken_at), counts=held(backup)
                )
            )
            self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.clicked.connect(self.accept)
        self.quit_button = QPushButton(self.tr("&Quit and call support"))
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        default = self.restore_button or self.quit_button
        default.setDefault(True)
        default.setFocus()


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(QCoreApplication.translate("health", "Desk"))
    box.setText(text)
    box.exec()


def startup_health(parent: QWidget | None, db_path: Path | str, event: Event) -> bool:
    """Check the database before it is opened. Tells about a folder Desk cannot write in,
    a full disk (quit) or little space (go on); on damage offers the newest good backup.
    False when the application should quit (nothing was changed then)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = check_at_start(db_path)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if report.blocking:
        _tell(parent, QMessageBox.Icon.Critical, report.blocking[0].message)
        return False
    for finding in report.warnings:
        _tell(parent, QMessageBox.Icon.Warning, finding.message)
    if not report.damaged:
        return True

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup = newest_good_backup(report.db_path, event.id)
    finally:
        QGuiApplication.restoreOverrideCursor()
    dialog = DamagedDatabaseDialog(report, backup, event, parent)
    if not dialog.exec() or backup is None:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = recover_from_backup(report.db_path, backup, event_id=event.id)
    except Exception as exc:  # refused or failed: shown, nothing changed, quit
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return False
    QGuiApplication.restoreOverrideCursor()
    _tell(parent, QMessageBox.Icon.Information, "\n".join(restore_summary(result)))
    return True
