"""The batch print dialog: many badges at once — the selected people, a category, or
everyone pre-registered without a badge yet — with a preview, "Save as PDF…" (nothing
recorded) and Print. People who already have a badge are left out unless the operator
chooses to print them again, which asks the reason and the supervisor's PIN first; the
dialog shows the job's progress, and Cancel (or Esc) stops it at the next page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.badges.layouts import get_layout
from desk.badges.records import without_badge
from desk.events.event import Event
from desk.i18n import language
from desk.people.participants import counts, infos_by_ids, record_state, registered_ids
from desk.storage.db import Database
from ui.messages import error_text
from ui.printing.dialogs import ReprintDialog, ask_reprint_pin
from ui.printing.engine import PrintStopped
from ui.printing.jobs import PRINT, SAVE, BadgePrinter, JobResult, PrintJob
from ui.printing.settings import layout_name, printer_label
from ui.tasks import TaskCancelled


class BatchPrintDialog(QDialog):
    """Print many badges: the selected people, a category, or everyone without a badge."""

    printed = Signal(list)  # participant ids printed and recorded

    SELECTED = "selected"
    CATEGORY = "category"
    WITHOUT = "without"

    def __init__(
        self,
        db: Database,
        event: Event,
        badge_printer: BadgePrinter,
        selected_ids: Sequence[str] = (),
        parent: QWidget | None = None,
        default_action: str = PRINT,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._printer = badge_printer
        self._selected = list(dict.fromkeys(selected_ids))
        self.job: PrintJob | None = None
        self.last_error: BaseException | None = None
        self._ids: list[str] = []
        self._reprints: set[str] = set()

        self.setWindowTitle(self.tr("Print badges"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        choose = QGroupBox(self.tr("Whose badges?"))
        grid = QVBoxLayout(choose)
        self.choice_group = QButtonGroup(self)
        self.selected_radio = QRadioButton()
        self.category_radio = QRadioButton(self.tr("A &category:"))
        self.category_combo = QComboBox()
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.setMinimumContentsLength(28)
        self.without_radio = QRadioButton()
        for button in (self.selected_radio, self.category_radio, self.without_radio):
            self.choice_group.addButton(button)
        grid.addWidget(self.selected_radio)
        row = QHBoxLayout()
        row.addWidget(self.category_radio)
        row.addWidget(self.category_combo, 1)
        grid.addLayout(row)
        grid.addWidget(self.without_radio)
        layout.addWidget(choose)

        self.reprint_frame = QFrame()
        self.reprint_frame.setObjectName("reprintFrame")
        self.reprint_frame.setStyleSheet(
            "#reprintFrame { border: 1px solid #b26a00; border-radius: 6px; background: #fff4e0; }"
        )
        reprint = QVBoxLayout(self.reprint_frame)
        self.reprint_label = QLabel()
        self.reprint_label.setWordWrap(True)
        reprint.addWidget(self.reprint_label)
        self.reprint_group = QButtonGroup(self)
        self.leave_out_radio = QRadioButton(self.tr("&Leave them out"))
        self.include_radio = QRadioButton(self.tr("Print them a&gain (you will be asked why)"))
        self.leave_out_radio.setChecked(True)
        row = QHBoxLayout()
        for button in (self.leave_out_radio, self.include_radio):
            self.reprint_group.addButton(button)
            row.addWidget(button)
        self.reprint_group.buttonToggled.connect(self._on_reprint_group_toggled)
        row.addStretch(1)
        reprint.addLayout(row)
        layout.addWidget(self.reprint_frame)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.hide()  # shown while a job runs
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        # Checking (preview, PDF) on the left; Print and Close where the eye ends.
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.print_button = QPushButton(self.tr("&Print"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        for push in (self.preview_button, self.pdf_button, self.print_button, self.close_button):
            push.setAutoDefault(False)
        (self.pdf_button if default_action == SAVE else self.print_button).setDefault(True)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.reject)

        self.choice_group.buttonToggled.connect(self._on_choice_group_toggled)
        self.category_combo.currentIndexChanged.connect(self._on_category_combo_changed)
        self.category_combo.activated.connect(self._on_category_combo_changed)
        self.reload()
        if self._selected:
            self.selected_radio.setChecked(True)
        else:
            self.without_radio.setChecked(True)
        self._on_choice_changed()
        checked = self.choice_group.checkedButton()
        if checked is not None:
            checked.setFocus()

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        """Counts for the choices (after a print, too)."""
        lang = language()
        with self._db.read() as session:
            by_category = counts(session).by_category
            self._without = without_badge(session)
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        for category in self._event.categories:
            n = by_category.get(category.id, 0)
            if n:
                self.category_combo.addItem(
                    self.tr("{label} ({count})").format(
                        label=category.label.get(lang), count=f"{n:,}"
                    ),
                    category.id,
                )
        if current is not None:
            self.category_combo.setCurrentIndex(max(self.category_combo.findData(current), 0))
        self.category_combo.blockSignals(False)
        self.category_radio.setEnabled(self.category_combo.count() > 0)
        self.category_combo.setEnabled(self.category_combo.count() > 0)
        n = len(self._selected)
        if n == 1:
            with self._db.read() as session:
                found = infos_by_ids(session, self._selected)
            name = found[0].full_name if found else "?"
            text = self.tr("The &selected person: {name}").format(name=name)
        elif n:
            text = self.tr("The &selected people ({count})").format(count=n)
        else:
            text = self.tr("The &selected person (nobody is selected)")
        self.selected_radio.setText(text)
        self.selected_radio.setEnabled(n > 0)
        self.without_radio.setText(
            self.tr("&Everyone pre-registered without a badge yet ({count})").format(
                count=f"{len(self._without):,}"
            )
        )

    def choice(self) -> str:
        if self.selected_radio.isChecked():
            return self.SELECTED
        if self.category_radio.isChecked():
            return self.CATEGORY
        return self.WITHOUT

    def chosen_ids(self) -> list[str]:
        """Everyone in the choice, with or without a badge."""
        choice = self.choice()
        if choice == self.SELECTED:
            return list(self._selected)
        if choice == self.CATEGORY:
            category = self.category_combo.currentData()
            if category is None:
                return []
            with self._db.read() as session:
                return registered_ids(session, str(category))
        return list(self._without)

    def ids_to_print(self) -> tuple[list[str], int]:
        """The ids to print and how many of them are reprints."""
        if self.leave_out_radio.isChecked():
            return [i for i in self._ids if i not in self._reprints], 0
        return list(self._ids), len(self._reprints)

    # -- showing -----------------------------------------------------------------------

    def _on_category_combo_changed(self, _index: int) -> None:
        if not self.category_radio.isChecked():
            self.category_radio.setChecked(True)  # choosing a category chooses "a category"
        else:
            self._on_choice_changed()

    def _on_choice_group_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._on_choice_changed()

    def _on_reprint_group_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._show_summary()

    def _on_choice_changed(self) -> None:
        self._ids = self.chosen_ids()
        if self.choice() == self.WITHOUT:
            self._reprints = set()
        else:
            with self._db.read() as session:
                printed = record_state(session, self._ids)[1]
            self._reprints = set(printed)
        n = len(self._reprints)
        self.reprint_frame.setVisible(n > 0)
        self.reprint_label.setText(
            self.tr("Already have a badge: %n of {total}.", "", n).format(
                total=f"{len(self._ids):,}"
            )
        )
        self._show_summary()

    def _show_summary(self) -> None:
        ids, _reprints = self.ids_to_print()
        settings = self._printer.settings()
        layout = get_layout(settings.layout)
        pages = math.ceil(len(ids) / layout.per_page)
        self.summary.setText(
            self.tr("Badges: {count} · pages: {pages} · {layout} · printer: {printer}").format(
                count=f"{len(ids):,}",
                pages=f"{pages:,}",
                layout=layout_name(layout),
                printer=printer_label(settings.printer),
            )
        )
        idle = self.job is None
        for button in (self.print_button, self.preview_button, self.pdf_button):
            button.setEnabled(idle and bool(ids))

    # -- actions -----------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        ids, reprints = self.ids_to_print()
        if not ids or self.job is not None:
            return
        if reprints:
            dialog = ReprintDialog(count=reprints, parent=self)

            def reprint() -> None:  # reprints need the supervisor (when the desk has one)
                pin = ask_reprint_pin(self, self._db)
                if pin is not None:
                    self.start(ids, dialog.reason(), pin or None)

            dialog.accepted.connect(reprint)
            dialog.open()
            self._reprint_dialog = dialog
            return
        self.start(ids, None)

    def start(
        self, ids: list[str], reason: str | None, supervisor_pin: str | None = None
    ) -> PrintJob | None:
        """Print ``ids`` (``reason`` for those who already have a badge, and the
        supervisor's PIN that approves their reprint)."""
        job = self._printer.print_badges(ids, reason, parent=self, supervisor_pin=supervisor_pin)
        return self._run(job)

    def _on_pdf_button_clicked(self) -> None:
        ids, _reprints = self.ids_to_print()
        if ids and self.job is None:
            self._run(self._printer.save_pdf(ids, parent=self))

    def _on_preview_button_clicked(self) -> None:
        ids, _reprints = self.ids_to_print()
        if ids and self.job is None:
            self._run(self._printer.preview(ids, parent=self))

    def _run(self, job: PrintJob | None) -> PrintJob | None:
        if job is None:
            return None
        self.job = job
        self.last_error = None
        for widget in (
            self.selected_radio,
            self.category_radio,
            self.category_combo,
            self.without_radio,
            self.leave_out_radio,
            self.include_radio,
        ):
            widget.setEnabled(False)
        for button in (self.print_button, self.preview_button, self.pdf_button):
            button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel"))
        self.progress.show()
        self.progress.setRange(0, max(job.total, 1))
        self.progress.setValue(0)
        self.status.setText(job.describe(0))
        job.progressed.connect(self._on_job_progressed)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        return job

    def _on_job_progressed(self, done: int, total: int) -> None:
        if self.job is None:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.close_button.text() == self.tr("Cancel"):
            self.status.setText(self.job.describe(done))

    def _on_job_succeeded(self, result: JobResult) -> None:
        self.job = None
        self.progress.setValue(self.progress.maximum())
        if result.kind == PRINT:
            self.status.setText(
                self.tr("Badges printed and recorded: {count}.").format(
                    count=len(result.printed_ids)
                )
            )
            self.printed.emit(result.printed_ids)
        elif result.kind == SAVE:
            self.status.setText(
                self.tr("Badges saved to {path}: {count} (not recorded as printed).").format(
                    count=result.badges, path=result.path
                )
            )
        else:
            self.status.setText(self.tr("Preview opened."))
        self._idle()

    def _on_job_failed(self, exc: BaseException) -> None:
        self.job = None
        self.last_error = exc
        self.progress.setValue(0)
        if isinstance(exc, PrintStopped):
            self.status.setText(str(exc).partition("\n")[0])
            if exc.printed_ids:
                self.printed.emit(exc.printed_ids)
        elif isinstance(exc, TaskCancelled):
            self.status.setText(self.tr("Cancelled: nothing was printed or recorded."))
        else:
            self.status.setText(error_text(exc).partition("\n")[0])
        self._idle()

    def _idle(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.reload()
        for widget in (
            self.selected_radio,
            self.category_radio,
            self.category_combo,
            self.without_radio,
            self.leave_out_radio,
            self.include_radio,
        ):
            widget.setEnabled(True)
        self.selected_radio.setEnabled(bool(self._selected))
        self._on_choice_changed()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.job is not None:  # Cancel or Esc while running: stop at the next page
            self.cancel()
            return
        super().reject()
