"""File → Import…: a participant list, off the UI thread, with progress and the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.actions.lists import import_list
from desk.events.event import Event
from desk.people.importing import ImportReport
from desk.storage.db import Database
from ui.messages import error_text
from ui.ops import Context, Op
from ui.tasks import Task, TaskRunner


class ImportDialog(QDialog):
    """Check or import one file; shows progress, then the same report as ``desk import``."""

    imported = Signal(object)  # ImportReport, after a real (not dry-run) import

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
        self._operator = operator
        self._event = event
        self._path = path
        self._runner = runner
        self._task: Task | None = None
        self.report: ImportReport | None = None
        self.error: BaseException | None = None

        self.setWindowTitle(self.tr("Import participants"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self._title = QLabel(self.tr("File: {name}").format(name=path.name))
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._title)
        self._hint = QLabel(
            self.tr(
                "The whole file is imported in one step: if any line has a problem, nothing is "
                "imported and every problem is listed. People already known are updated, "
                "never duplicated."
            )
        )
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)
        self._progress = QProgressBar()
        self._progress.setRange(0, 1)
        self._progress.setValue(0)
        layout.addWidget(self._progress)
        self._report = QPlainTextEdit()
        self._report.setReadOnly(True)
        self._report.setFont(QFont("monospace"))
        self._report.setPlaceholderText(self.tr("The report appears here."))
        layout.addWidget(self._report, 1)

        self._buttons = QDialogButtonBox()
        self._check = QPushButton(self.tr("&Check only"))
        self._import = QPushButton(self.tr("&Import"))
        self._import.setDefault(True)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._buttons.addButton(self._check, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.addButton(self._import, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self._buttons)
        self._check.clicked.connect(lambda: self.start(dry_run=True))
        self._import.clicked.connect(lambda: self.start(dry_run=False))
        self._cancel.clicked.connect(self._on_cancel_clicked)

    def start(self, dry_run: bool) -> None:
        db, event, path, operator = self._db, self._event, self._path, self._operator

        def work(ctx: Context) -> ImportReport:
            # A real import makes a before-import backup first: a way back.
            return import_list(
                db, event, path, operator=operator, dry_run=dry_run, progress=ctx.progress
            )

        self._check.setEnabled(False)
        self._import.setEnabled(False)
        self._progress.setRange(0, 0)  # busy until the first figure arrives
        self._report.setPlainText(self.tr("Reading {name}…").format(name=path.name))
        # A check only changes nothing: nobody needs to hear of it.
        self._task = (
            Op(self, work, what="import_list", changed=not dry_run)
            .progress(self._on_task_progressed)
            .success(self._on_task_succeeded)
            .failure(self._on_task_failed)
            .run_in_background(self._runner)
        )

    @property
    def running(self) -> bool:
        return self._task is not None

    def _on_task_progressed(self, done: int, total: int) -> None:
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)

    def _on_task_succeeded(self, report: ImportReport) -> None:
        self._task = None
        self.report = report
        self._progress.setRange(0, 1)
        self._progress.setValue(1)
        self._report.setPlainText("\n".join(report.lines()))
        if report.dry_run:
            self._import.setEnabled(True)
            self._check.setEnabled(True)
        else:
            self._finish()
            self.imported.emit(report)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._task = None
        self.error = exc
        self._progress.hide()
        self._report.setPlainText(error_text(exc))
        self._finish()

    def _finish(self) -> None:
        """Done (imported or refused): only Close is left, and Enter or Esc closes."""
        self._buttons.clear()
        close = QPushButton(self.tr("Close"))
        self._buttons.addButton(close, QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        close.setFocus()

    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._report.appendPlainText(self.tr("Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self._task is not None:  # Esc while running: cancel, wait for the rollback
            self._task.cancel()
            return
        super().reject()
