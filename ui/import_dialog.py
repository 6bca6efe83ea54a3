"""File → Import…: a participant list, off the UI thread, with progress and the report.

A list without a category column says so before anything is imported, and lets the
operator choose one category for the whole file and rules (organisation or e-mail domain
contains … → category); *Check only* previews how many people get each category."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.actions.lists import import_list
from desk.errors import ImportFileError
from desk.events.event import Event
from desk.i18n import language
from desk.people.import_categories import CategoryChoice, CategoryRule, has_category_column
from desk.people.importing import ImportReport, list_headers
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
        try:
            self.has_category_column = has_category_column(list_headers(path))
        except ImportFileError:  # said when the list is checked or imported
            self.has_category_column = True
        layout.addWidget(self._build_category_box())
        self.category_box.setVisible(not self.has_category_column)
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

    # -- categories of a list without a category column -----------------------------------

    def _build_category_box(self) -> QWidget:
        self.category_box = QFrame()
        self.category_box.setObjectName("categoryBox")
        self.category_box.setStyleSheet(
            "#categoryBox { border: 1px solid #b26a00; border-radius: 6px; background: #fff4e0; }"
        )
        box = QVBoxLayout(self.category_box)
        default = self._event.category(self._event.default_category).label.get(language())
        self.no_category_label = QLabel(
            self.tr(
                "⚠ This list has no category column: unless you choose, everybody gets the "
                "category “{category}” (and its badge colour)."
            ).format(category=default)
        )
        self.no_category_label.setWordWrap(True)
        box.addWidget(self.no_category_label)
        row = QHBoxLayout()
        label = QLabel(self.tr("Category for the &whole file:"))
        self.category_combo = self._category_combo()
        label.setBuddy(self.category_combo)
        row.addWidget(label)
        row.addWidget(self.category_combo, 1)
        box.addLayout(row)
        box.addWidget(
            QLabel(
                self.tr(
                    "Rules, before it (the first that matches wins): organisation or e-mail "
                    "domain contains … → category"
                )
            )
        )
        self.rules_table = QTableWidget(0, 2)
        self.rules_table.setHorizontalHeaderLabels(
            [self.tr("Organisation or e-mail domain contains"), self.tr("Category")]
        )
        self.rules_table.verticalHeader().setVisible(False)
        self.rules_table.setTabKeyNavigation(False)
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.rules_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rules_table.setMinimumHeight(90)
        self.rules_table.setMaximumHeight(170)
        self.rules_table.itemChanged.connect(self._on_choice_changed)
        buttons = QGridLayout()
        self.add_rule_button = QPushButton(self.tr("&Add rule"))
        self.add_rule_button.clicked.connect(lambda: self.add_rule())
        self.remove_rule_button = QPushButton(self.tr("&Remove rule"))
        self.remove_rule_button.clicked.connect(self._on_remove_rule_button_clicked)
        self.suggest_button = QPushButton(self.tr("Add the &suggested rules"))
        self.suggest_button.setToolTip(
            self.tr("Organisations of the list that name a category (found by Check only)")
        )
        self.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        self.suggest_button.hide()
        buttons.addWidget(self.add_rule_button, 0, 0)
        buttons.addWidget(self.remove_rule_button, 1, 0)
        buttons.addWidget(self.suggest_button, 2, 0)
        buttons.setRowStretch(3, 1)
        rules = QHBoxLayout()
        rules.addWidget(self.rules_table, 1)
        rules.addLayout(buttons)
        box.addLayout(rules)
        self.preview_label = QLabel(
            self.tr("Check only shows how many people get each category, before importing.")
        )
        self.preview_label.setWordWrap(True)
        box.addWidget(self.preview_label)
        self.category_combo.currentIndexChanged.connect(self._on_choice_changed)
        return self.category_box

    def _category_combo(self, category: str | None = None) -> QComboBox:
        combo = QComboBox()
        lang = language()
        for c in self._event.categories:
            combo.addItem(f"{c.label.get(lang)} ({c.id})", c.id)
        combo.setMaxVisibleItems(len(self._event.categories))
        index = combo.findData(category or self._event.default_category)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def add_rule(self, text: str = "", category: str | None = None) -> None:
        """A rule row: what the organisation or e-mail domain contains, and its category."""
        row = self.rules_table.rowCount()
        self.rules_table.insertRow(row)
        item = QTableWidgetItem(text)
        self.rules_table.setItem(row, 0, item)
        combo = self._category_combo(category)
        combo.currentIndexChanged.connect(self._on_choice_changed)
        self.rules_table.setCellWidget(row, 1, combo)
        if not text:
            self.rules_table.setCurrentCell(row, 0)
            self.rules_table.editItem(item)
        self._on_choice_changed()

    def _on_remove_rule_button_clicked(self) -> None:
        row = self.rules_table.currentRow()
        if row >= 0:
            self.rules_table.removeRow(row)
            self._on_choice_changed()

    def choice(self) -> CategoryChoice | None:
        """The operator's choice for a list without a category column (None with one)."""
        if self.has_category_column:
            return None
        rules = []
        for row in range(self.rules_table.rowCount()):
            item = self.rules_table.item(row, 0)
            combo = self.rules_table.cellWidget(row, 1)
            text = item.text().strip() if item is not None else ""
            if text and isinstance(combo, QComboBox):
                rules.append(CategoryRule(text, str(combo.currentData())))
        return CategoryChoice(str(self.category_combo.currentData()), tuple(rules))

    def _on_choice_changed(self, *_args: object) -> None:
        if self.report is not None and self.report.dry_run:
            self.preview_label.setText(
                self.tr("The choice changed: Check only shows the new counts.")
            )

    def _on_suggest_button_clicked(self) -> None:
        """The rules Check only suggested (organisations that name a category), added
        after the operator's own."""
        if self.report is None:
            return
        have = {(r.key, r.category) for r in (self.choice() or CategoryChoice()).rules}
        for rule in self.report.suggested:
            if (rule.text, rule.category) not in have:
                self.add_rule(rule.text, rule.category)
        self.suggest_button.hide()

    def _show_preview(self, report: ImportReport) -> None:
        if report.category_column:
            return
        self.suggest_button.setVisible(bool(report.suggested) and report.dry_run)
        counts = " · ".join(f"{c.label}: {c.people}" for c in report.categories)
        pattern = self.tr("Preview: {counts}") if report.dry_run else self.tr("Imported: {counts}")
        self.preview_label.setText(pattern.format(counts=counts))

    # -- running -------------------------------------------------------------------------

    def start(self, dry_run: bool) -> None:
        db, event, path, operator = self._db, self._event, self._path, self._operator
        choice = self.choice()

        def work(ctx: Context) -> ImportReport:
            # A real import makes a before-import backup first: a way back.
            return import_list(
                db,
                event,
                path,
                operator=operator,
                dry_run=dry_run,
                progress=ctx.progress,
                choice=choice,
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
        self._report.setPlainText("\n".join(report.lines(more_similar=self._more_similar(report))))
        self._show_preview(report)
        if report.dry_run:
            self._import.setEnabled(True)
            self._check.setEnabled(True)
        else:
            self._finish()
            self.imported.emit(report)

    def _more_similar(self, report: ImportReport) -> str:
        """Where the window lists every likely duplicate (the report shows the first 20)."""
        if report.dry_run:
            return self.tr("after the import, see them all in File › Possible duplicates")
        return self.tr("see them all in File › Possible duplicates")

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
