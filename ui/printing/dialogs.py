"""The dialogs of badge printing that are not a batch: why a badge is printed again
(:class:`ReprintDialog`) and the supervisor's PIN that approves it (:func:`ask_reprint_pin`,
handed to the print job so that the approval is logged with the print records, in one
transaction), and this desk's printing settings (:class:`PrintSettingsDialog`, with the
PDF folder row). Only ever opened by the operator's own action: nothing after a scan opens
a window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import desk.staff.operators as ops
from desk.badges.layouts import all_layouts
from desk.badges.records import REPRINT_REASONS
from desk.i18n import language
from desk.storage.db import Database
from ui.printing.settings import (
    MODE_ALWAYS,
    MODE_ASK,
    MODE_NEVER,
    PDF_FOLDER,
    PDF_FOLDER_NAME,
    SYSTEM_DEFAULT,
    PrintSettings,
)
from ui.signin_dialog import ask_supervisor_pin, guard_label


def ask_reprint_pin(parent: QWidget | None, db: Database) -> str | None:
    """The supervisor's PIN for a reprint, checked in the dialog and again when the prints
    are recorded, with the approval: ``""`` at once when this desk has no supervisor (a
    reprint is then open to everyone), None when cancelled: then do nothing."""
    return ask_supervisor_pin(parent, db, guard_label(ops.GUARD_REPRINT))


class ReprintDialog(QDialog):
    """Why print another badge? Lost, damaged or correction; OK only once one is chosen."""

    def __init__(self, name: str = "", count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the badge again"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if name:
            text = self.tr("<b>{name}</b> already has a badge. Why print another one?").format(
                name=name
            )
        else:
            text = self.tr(
                "Already have a badge: %n of these people. Why print them again?", "", count
            )
        self.question = QLabel(text)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        layout.addSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        texts = {
            "lost": self.tr("&Lost: the badge was lost or forgotten"),
            "damaged": self.tr("&Damaged: the badge is torn, wet or unreadable"),
            "correction": self.tr("&Correction: the details on the badge were wrong"),
        }
        for reason in REPRINT_REASONS:
            button = QRadioButton(texts[reason])
            self.group.addButton(button)
            self.buttons[reason] = button
            layout.addWidget(button)
            button.toggled.connect(self._on_reason_toggled)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Print again"))
        self.ok_button.setEnabled(False)
        self.ok_button.setDefault(True)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.buttons["lost"].setFocus()

    def reason(self) -> str | None:
        for reason, button in self.buttons.items():
            if button.isChecked():
                return reason
        return None

    def _on_reason_toggled(self, _checked: bool) -> None:
        self.ok_button.setEnabled(self.reason() is not None)

    def accept(self) -> None:
        if self.reason() is None:  # never without a reason, whatever the keyboard does
            return
        super().accept()


class PdfFolderRow(QWidget):
    """The PDF folder of the PDF-folder printer: a path and "Choose…" (chosen once here,
    never asked after a check-in)."""

    def __init__(self, folder: str, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(folder)
        self.edit.setPlaceholderText(str(default))
        self.button = QPushButton(self.tr("C&hoose…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._on_button_clicked)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def folder(self) -> str:
        return self.edit.text().strip()

    def _on_button_clicked(self) -> None:
        start = self.folder() or self.edit.placeholderText()
        title = self.tr("Folder for badge PDF files")
        chosen = QFileDialog.getExistingDirectory(self, title, start)
        if chosen:
            self.edit.setText(chosen)


class PrintSettingsDialog(QDialog):
    """This desk's badge printing: after a check-in, printer (or PDF folder), badge layout."""

    preview_requested = Signal(str)  # layout id

    def __init__(
        self,
        settings: PrintSettings,
        can_preview: bool = True,
        parent: QWidget | None = None,
        default_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge printing settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self._pdf_folder = settings.pdf_folder

        after = QGroupBox(self.tr("After a check-in or walk-in registration"))
        after_layout = QVBoxLayout(after)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons = {
            MODE_NEVER: QRadioButton(self.tr("&Never print a badge (Ctrl+P prints one)")),
            MODE_ASK: QRadioButton(
                self.tr("&Offer it in the result panel: F5 prints, the next scan means no")
            ),
            MODE_ALWAYS: QRadioButton(self.tr("Print the badge at &once")),
        }
        self.only_if_none = QCheckBox(self.tr("Only if the person has no badge printed &yet"))
        self.only_if_none.setChecked(settings.only_if_none)
        for mode, button in self.mode_buttons.items():
            self.mode_group.addButton(button)
            after_layout.addWidget(button)
            button.setChecked(mode == settings.after_checkin)
            button.toggled.connect(self._on_mode_toggled)
        indented = QHBoxLayout()
        indented.setContentsMargins(22, 0, 0, 0)
        indented.addWidget(self.only_if_none)
        after_layout.addLayout(indented)
        note = QLabel(
            self.tr(
                "Nothing ever opens a window after a scan: the next person's badge can be "
                "scanned at once."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        after_layout.addWidget(note)
        layout.addWidget(after)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.printer_combo = QComboBox()
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        self.printer_combo.addItem(
            self.tr("System default printer ({name})").format(name=default)
            if default
            else self.tr("System default printer (none is set)"),
            SYSTEM_DEFAULT,
        )
        for name in names:
            self.printer_combo.addItem(name, name)
        if settings.printer not in (*names, PDF_FOLDER, SYSTEM_DEFAULT):
            self.printer_combo.addItem(
                self.tr("{name} (not available)").format(name=settings.printer), settings.printer
            )
        self.printer_combo.addItem(self.tr("PDF files in a folder"), PDF_FOLDER)
        self.printer_combo.setCurrentIndex(max(self.printer_combo.findData(settings.printer), 0))
        self.printer_combo.currentIndexChanged.connect(self._on_printer_combo_changed)
        printer_label = QLabel(self.tr("&Printer:"))
        printer_label.setBuddy(self.printer_combo)
        form.addRow(printer_label, self.printer_combo)
        self.folder_row = PdfFolderRow(
            settings.pdf_folder, default_folder or Path(PDF_FOLDER_NAME), self
        )
        self.folder_label = QLabel(self.tr("PDF &folder:"))
        self.folder_label.setBuddy(self.folder_row.edit)
        form.addRow(self.folder_label, self.folder_row)
        self.no_printer_note = QLabel(
            self.tr("No printer is installed on this computer: choose “PDF files in a folder”.")
        )
        self.no_printer_note.setWordWrap(True)
        self.no_printer_note.setStyleSheet("color: #555555;")
        self.no_printer_note.setVisible(not names)
        form.addRow("", self.no_printer_note)

        self.layout_combo = QComboBox()
        lang = language()
        for item in sorted(all_layouts().values(), key=lambda lay: lay.name.get(lang)):
            self.layout_combo.addItem(item.name.get(lang), item.id)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(settings.layout), 0))
        layout_label = QLabel(self.tr("Badge &layout:"))
        layout_label.setBuddy(self.layout_combo)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.setEnabled(can_preview)
        if not can_preview:
            self.preview_button.setToolTip(self.tr("Import participants first."))
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.layout_combo, 1)
        row.addWidget(self.preview_button)
        form.addRow(layout_label, row)
        layout.addLayout(form)
        layout.addSpacing(8)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._on_mode_toggled(True)
        self._on_printer_combo_changed(0)
        self.mode_buttons[settings.after_checkin].setFocus()

    def settings(self) -> PrintSettings:
        mode = next((m for m, b in self.mode_buttons.items() if b.isChecked()), MODE_NEVER)
        return PrintSettings(
            mode=mode,
            only_if_none=self.only_if_none.isChecked(),
            printer=str(self.printer_combo.currentData()),
            layout=str(self.layout_combo.currentData()),
            pdf_folder=self.folder_row.folder(),
        )

    def _on_mode_toggled(self, _checked: bool) -> None:
        self.only_if_none.setEnabled(not self.mode_buttons[MODE_NEVER].isChecked())

    def _on_printer_combo_changed(self, _index: int) -> None:
        pdf = self.printer_combo.currentData() == PDF_FOLDER
        self.folder_row.setVisible(pdf)
        self.folder_label.setVisible(pdf)

    def _on_preview_button_clicked(self) -> None:
        self.preview_requested.emit(str(self.layout_combo.currentData()))
