"""The pages of the first-run setup (:mod:`ui.setup_wizard`) and the answers they give:
who and where (language, the desk's name, the operator, where the data is), badge
printing, and what the desk starts with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.printing.settings import PrintSettings
from ui.settings import DATA_FILE, DATA_SERVER, last_folder, set_last_folder
from ui.setup_fields import DataFields, PrintingFields, default_pdf_folder, language_combo

START_EMPTY = "empty"
START_IMPORT = "import"
START_DESK_FILE = "desk-file"
START_SAMPLE = "sample"
STARTS = (START_IMPORT, START_DESK_FILE, START_SAMPLE, START_EMPTY)
DEFAULT_SAMPLE_COUNT = 200
MAX_SAMPLE_COUNT = 5000
ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True, slots=True)
class SetupChoices:
    language: str
    desk_name: str  # "": not named yet (the setup asks; never the computer's host name)
    operator: str
    printing: PrintSettings = field(default_factory=PrintSettings)
    start: str = START_EMPTY
    path: Path | None = None  # the list (START_IMPORT) or the desk file (START_DESK_FILE)
    sample_count: int = DEFAULT_SAMPLE_COUNT
    data_mode: str = DATA_FILE  # DATA_FILE: this computer's file; DATA_SERVER: server_url
    server_url: str = ""


class _WhoPage(QWizardPage):
    """Language, the desk's name (asked: empty, with an example), the operator, and
    where the data is."""

    def __init__(self, choices: SetupChoices) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_combo = language_combo(choices.language)
        self.language_label = QLabel("Idioma / &Language:")
        self.language_label.setBuddy(self.language_combo)
        form.addRow(self.language_label, self.language_combo)
        self.desk_field = QLineEdit(choices.desk_name)
        self.desk_label = QLabel()
        self.desk_label.setBuddy(self.desk_field)
        form.addRow(self.desk_label, self.desk_field)
        self.desk_note = QLabel()
        self.desk_note.setWordWrap(True)
        self.desk_note.setStyleSheet("color: #555555;")
        form.addRow("", self.desk_note)
        self.operator_field = QLineEdit(choices.operator)
        self.operator_label = QLabel()
        self.operator_label.setBuddy(self.operator_field)
        form.addRow(self.operator_label, self.operator_field)
        layout.addLayout(form)
        self.data_title = QLabel()
        self.data = DataFields(choices.data_mode, choices.server_url)
        self.data.changed.connect(self.completeChanged)
        layout.addSpacing(8)
        layout.addWidget(self.data_title)
        layout.addWidget(self.data)
        self.registerField("desk_name*", self.desk_field)
        self.registerField("operator*", self.operator_field)
        self.retranslate()

    def show_data_choice(self, shown: bool) -> None:
        self.data_title.setVisible(shown)
        self.data.setVisible(shown)

    def validatePage(self) -> bool:
        """A server must answer as a Desk server before the setup goes on."""
        if self.data.isHidden():
            return True
        problem = self.data.verify()
        if problem is not None:
            self.data.url_field.setFocus()
        return problem is None

    def retranslate(self) -> None:
        self.data_title.setText(self.tr("Where this desk keeps its data:"))
        self.data.retranslate()
        self.setTitle(self.tr("Welcome to Desk"))
        self.setSubTitle(self.tr("Three short steps. Press Enter to go on."))
        self.intro.setText(
            self.tr(
                "Every check-in records the desk and the operator. Choose the language, "
                "name this desk and write your name."
            )
        )
        self.desk_label.setText(self.tr("&Desk name:"))
        self.desk_field.setPlaceholderText(self.tr("For example: Desk 1 – lobby"))
        self.desk_note.setText(
            self.tr("Required: this desk's name in the reports and in other desks' files.")
        )
        self.operator_label.setText(self.tr("&Operator:"))
        self.operator_field.setPlaceholderText(self.tr("Your name"))

    def isComplete(self) -> bool:
        named = bool(self.desk_field.text().strip() and self.operator_field.text().strip())
        server = not self.data.isHidden() and self.data.mode() == DATA_SERVER
        return named and (not server or bool(self.data.url()))


class _PrintingPage(QWizardPage):
    """Badge printing; with no printer installed, the folder the badge PDFs go to (made
    when the page is left)."""

    def __init__(self, settings: PrintSettings, printers: Sequence[str]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.fields = PrintingFields(settings, printers, proposed_folder=default_pdf_folder())
        layout.addWidget(self.fields)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def validatePage(self) -> bool:
        problem = self.fields.make_folder()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        return problem is None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Badge printing"))
        self.setSubTitle(
            self.tr("The printer and badge layout of this desk; you can change them later.")
        )
        self.fields.retranslate()


class _StartPage(QWizardPage):
    def __init__(self, choices: SetupChoices) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.import_field = QLineEdit(
            str(choices.path) if choices.path and choices.start == START_IMPORT else ""
        )
        self.import_choose = QPushButton()
        self.desk_file_field = QLineEdit(
            str(choices.path) if choices.path and choices.start == START_DESK_FILE else ""
        )
        self.desk_file_choose = QPushButton()
        self.sample_spin = QSpinBox()
        self.sample_spin.setRange(1, MAX_SAMPLE_COUNT)
        self.sample_spin.setValue(choices.sample_count or DEFAULT_SAMPLE_COUNT)
        extras: dict[str, list[QWidget]] = {
            START_IMPORT: [self.import_field, self.import_choose],
            START_DESK_FILE: [self.desk_file_field, self.desk_file_choose],
            START_SAMPLE: [self.sample_spin],
            START_EMPTY: [],
        }
        self._extras = extras
        for kind in STARTS:
            button = QRadioButton()
            self.buttons[kind] = button
            self.group.addButton(button)
            layout.addWidget(button)
            if extras[kind]:
                row = QHBoxLayout()
                row.setContentsMargins(24, 0, 0, 6)
                for widget in extras[kind]:
                    row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
                row.addStretch(0 if kind != START_SAMPLE else 1)
                layout.addLayout(row)
            button.toggled.connect(self._on_button_toggled)
        layout.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons[choices.start if choices.start in STARTS else START_EMPTY].setChecked(True)
        self.import_field.textChanged.connect(self.completeChanged)
        self.desk_file_field.textChanged.connect(self.completeChanged)
        self.import_choose.clicked.connect(self._on_import_choose_clicked)
        self.desk_file_choose.clicked.connect(self._on_desk_file_choose_clicked)
        for choose in (self.import_choose, self.desk_file_choose):
            choose.setAutoDefault(False)
        self._on_button_toggled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Start"))
        self.setSubTitle(self.tr("What should this desk start with?"))
        self.buttons[START_IMPORT].setText(self.tr("&Import a participant list (CSV or Excel)"))
        self.buttons[START_DESK_FILE].setText(self.tr("&Load another desk's file (.desk)"))
        self.buttons[START_SAMPLE].setText(self.tr("&Try sample data (made-up participants)"))
        self.buttons[START_EMPTY].setText(self.tr("Start &empty (walk-in registrations only)"))
        self.import_field.setPlaceholderText(self.tr("The list's file"))
        self.desk_file_field.setPlaceholderText(self.tr("The desk file"))
        self.import_choose.setText(self.tr("C&hoose…"))
        self.desk_file_choose.setText(self.tr("Ch&oose…"))
        self.sample_spin.setSuffix(self.tr(" participants"))
        self.note.setText(
            self.tr("Sample data is for trying Desk: start the event itself with a new database.")
            if self.start() == START_SAMPLE
            else self.tr("Press Enter to finish.")
        )

    def focus_choice(self) -> None:
        self.buttons[self.start()].setFocus()  # the arrows move from the chosen one

    def start(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), START_EMPTY)

    def path(self) -> Path | None:
        field_ = {START_IMPORT: self.import_field, START_DESK_FILE: self.desk_file_field}.get(
            self.start()
        )
        if field_ is None or not field_.text().strip():
            return None
        return Path(field_.text().strip()).expanduser()

    def isComplete(self) -> bool:
        if self.start() in (START_IMPORT, START_DESK_FILE):
            path = self.path()
            return path is not None and path.is_file()
        return True

    def _on_button_toggled(self, _checked: bool) -> None:
        kind = self.start()
        for other, widgets in self._extras.items():
            for widget in widgets:
                widget.setEnabled(other == kind)
        self.completeChanged.emit()
        if hasattr(self, "note"):
            self.retranslate()

    def _choose(self, field_: QLineEdit, title: str, pattern: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(last_folder()), pattern)
        if name:
            field_.setText(name)
            set_last_folder(Path(name).parent)
            field_.setFocus()

    def _on_import_choose_clicked(self) -> None:
        self._choose(
            self.import_field,
            self.tr("Import participant list"),
            self.tr("Participant lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )

    def _on_desk_file_choose_clicked(self) -> None:
        self._choose(
            self.desk_file_field,
            self.tr("Load another desk's file"),
            self.tr("Desk files (*.desk);;All files (*)"),
        )
