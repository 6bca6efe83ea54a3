"""First run: a short setup (language, desk and operator, printer and badge layout, then a
participant list, another desk's file, sample data or nothing), all of it by keyboard.

The first page also asks where the data is: one desk's own file on this computer, or a
server several desks share (its address, tested before the setup goes on). A desk that
chooses the server works on it from this start on (the application opens it, see
:func:`run_setup`), and at every start after (``ui.settings.saved_server``).

"First run" is a database just created (no participants, no records) that this computer
has not set up yet (the setting ``ui.settings.SETUP_DONE``). ``--operator`` and ``--desk-name``
on the command line skip it (kiosk laptops, scripts); the other answers keep their
defaults. The same settings are changed later in :mod:`ui.settings_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
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
    QWizard,
    QWizardPage,
)
from sqlalchemy import func, select

from desk import i18n
from desk.actions.lists import add_sample_participants
from desk.badges.layouts import all_layouts
from desk.errors import DeskError
from desk.events.event import Event
from desk.storage.db import Database
from desk.storage.models import Participant, Record
from ui.language import apply_language
from ui.parts import StartTarget
from ui.printing.settings import (
    MODE_ALWAYS,
    MODE_ASK,
    MODE_AUTO,
    MODE_NEVER,
    PDF_FOLDER,
    SYSTEM_DEFAULT,
    PrintSettings,
    load_settings,
    save_settings,
)
from ui.settings import (
    DATA_FILE,
    DATA_MODE,
    DATA_SERVER,
    LANGUAGE,
    OPERATOR,
    SERVER_URL,
    SETUP_DONE,
    last_folder,
    save,
    set_last_folder,
)
from ui.tasks import TaskRunner

START_EMPTY = "empty"
START_IMPORT = "import"
START_DESK_FILE = "desk-file"
START_SAMPLE = "sample"
STARTS = (START_IMPORT, START_DESK_FILE, START_SAMPLE, START_EMPTY)
DEFAULT_SAMPLE_COUNT = 200
MAX_SAMPLE_COUNT = 5000
LANGUAGE_NAMES = {"es": "Español", "en": "English"}  # each in its own language


@dataclass(frozen=True, slots=True)
class SetupChoices:
    language: str
    desk_name: str
    operator: str
    printing: PrintSettings = field(default_factory=PrintSettings)
    start: str = START_EMPTY
    path: Path | None = None  # the list (START_IMPORT) or the desk file (START_DESK_FILE)
    sample_count: int = DEFAULT_SAMPLE_COUNT
    data_mode: str = DATA_FILE  # DATA_FILE: this computer's file; DATA_SERVER: server_url
    server_url: str = ""


@dataclass(frozen=True, slots=True)
class StartAction:
    """What is left to do once the window is open (see :func:`perform_start`)."""

    kind: str = START_EMPTY
    path: Path | None = None
    added: int = 0  # sample participants added by apply_setup


def needs_setup(db: Database) -> bool:
    """A database just created (nobody in it, nothing recorded) that was not set up yet."""
    if SETUP_DONE.get(db.desk_id):
        return False
    with db.read() as session:
        people = session.scalar(select(func.count()).select_from(Participant)) or 0
        records = session.scalar(select(func.count()).select_from(Record)) or 0
    return people == 0 and records == 0


def mark_setup_done(db: Database) -> None:
    SETUP_DONE.set(True, db.desk_id)
    save()


def default_choices(
    db: Database, *, operator: str = "", desk_name: str | None = None, language: str | None = None
) -> SetupChoices:
    """The answers the setup starts from (and that a skipped setup keeps)."""
    return SetupChoices(
        language=language or LANGUAGE.get() or i18n.language(),
        desk_name=(desk_name or db.desk_name).strip(),
        operator=(operator or OPERATOR.get()).strip(),
        printing=load_settings(db.desk_id),
        data_mode=DATA_MODE.get(),
        server_url=SERVER_URL.get(),
    )


def apply_setup(db: Database, event: Event, choices: SetupChoices) -> StartAction:
    """Save the answers (language, operator, this desk's printing, the desk's name), add
    the sample participants if asked, and mark the setup done. The import of a list or a
    desk file is left to the window (:func:`perform_start`): it shows progress and its
    report there. Raises DeskError (nothing half-done: each step is its own transaction)."""
    LANGUAGE.set(choices.language)
    OPERATOR.set(choices.operator)
    DATA_MODE.set(choices.data_mode)
    SERVER_URL.set(choices.server_url)
    save()
    save_settings(db.desk_id, choices.printing)
    if choices.desk_name and choices.desk_name != db.desk_name:
        db.set_desk_name(choices.desk_name)
    added = 0
    if choices.start == START_SAMPLE and choices.sample_count > 0:
        added = add_sample_participants(
            db, event, choices.sample_count, operator=choices.operator
        ).count
    mark_setup_done(db)
    if choices.start in (START_IMPORT, START_DESK_FILE) and choices.path is not None:
        return StartAction(choices.start, choices.path)
    return StartAction(START_SAMPLE if added else START_EMPTY, added=added)


def perform_start(window: StartTarget, action: StartAction) -> None:
    """Once the window shows: open the import of the chosen list, or merge the chosen
    desk file, each with its usual progress and report."""
    if action.path is None:
        return
    if action.kind == START_IMPORT:
        window.open_import(action.path)
    elif action.kind == START_DESK_FILE:
        window.import_desk_files([action.path])


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


# --------------------------------------------------------------------------- widgets


class PrintingFields(QWidget):
    """Printer, badge layout and what happens after a check-in (wizard and settings)."""

    def __init__(
        self, settings: PrintSettings, printers: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._printers = list(printers)
        self._pdf_folder = settings.pdf_folder
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.printer_combo = QComboBox()
        self.printer_label = QLabel()
        self.printer_label.setBuddy(self.printer_combo)
        form.addRow(self.printer_label, self.printer_combo)
        self.no_printer_note = QLabel()
        self.no_printer_note.setWordWrap(True)
        self.no_printer_note.setVisible(not self._printers)
        form.addRow("", self.no_printer_note)
        self.layout_combo = QComboBox()
        self.layout_label = QLabel()
        self.layout_label.setBuddy(self.layout_combo)
        form.addRow(self.layout_label, self.layout_combo)
        self.mode_combo = QComboBox()
        self.mode_label = QLabel()
        self.mode_label.setBuddy(self.mode_combo)
        form.addRow(self.mode_label, self.mode_combo)
        self.only_if_none = QCheckBox()
        self.only_if_none.setChecked(settings.only_if_none)
        form.addRow("", self.only_if_none)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        # Until the operator chooses what happens after a check-in, it follows the printer:
        # print at once when there is one, else never.
        self._mode_chosen = settings.mode != MODE_AUTO
        self.mode_combo.activated.connect(self._on_mode_combo_activated)
        self.printer_combo.currentIndexChanged.connect(self._on_printer_combo_changed)
        printer = settings.printer
        if not self._printers and printer == SYSTEM_DEFAULT:
            printer = PDF_FOLDER  # no printer here: badges become PDF files
        mode = PrintSettings(mode=settings.mode, printer=printer).after_checkin
        self._fill(printer, settings.layout, mode)

    def _fill(self, printer: str, layout: str, mode: str) -> None:
        for combo in (self.printer_combo, self.layout_combo, self.mode_combo):
            combo.blockSignals(True)
            combo.clear()
        self.printer_combo.addItem(self.tr("The system's default printer"), SYSTEM_DEFAULT)
        for name in self._printers:
            self.printer_combo.addItem(name, name)
        if printer not in (*self._printers, PDF_FOLDER, SYSTEM_DEFAULT):
            self.printer_combo.addItem(
                self.tr("{name} (not available)").format(name=printer), printer
            )
        self.printer_combo.addItem(self.tr("No printer: PDF files in a folder"), PDF_FOLDER)
        self.printer_combo.setCurrentIndex(max(self.printer_combo.findData(printer), 0))
        lang = i18n.language()
        for item in sorted(all_layouts().values(), key=lambda lay: lay.name.get(lang)):
            self.layout_combo.addItem(item.name.get(lang), item.id)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(layout), 0))
        self.mode_combo.addItem(self.tr("Print the badge at once"), MODE_ALWAYS)
        self.mode_combo.addItem(
            self.tr("Offer it in the result panel: F5 prints, the next scan means no"), MODE_ASK
        )
        self.mode_combo.addItem(self.tr("Never print a badge"), MODE_NEVER)
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(mode), 0))
        for combo in (self.printer_combo, self.layout_combo, self.mode_combo):
            combo.blockSignals(False)
        self.printer_label.setText(self.tr("&Printer:"))
        self.layout_label.setText(self.tr("Badge &layout:"))
        self.mode_label.setText(self.tr("After a &check-in:"))
        self.only_if_none.setText(self.tr("Only if the person has no badge printed &yet"))
        self._on_mode_combo_changed(0)
        self.no_printer_note.setText(
            self.tr(
                "No printer is installed on this computer: badges are saved as PDF files "
                "in a folder beside the database (Badges → Badge printing settings… changes "
                "it), to print elsewhere."
            )
        )

    def _on_mode_combo_activated(self, _index: int) -> None:
        self._mode_chosen = True

    def _on_printer_combo_changed(self, _index: int) -> None:
        if not self._mode_chosen:
            printer = str(self.printer_combo.currentData())
            mode = PrintSettings(printer=printer).after_checkin
            self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(mode), 0))

    def _on_mode_combo_changed(self, _index: int) -> None:
        self.only_if_none.setEnabled(self.mode_combo.currentData() != MODE_NEVER)

    def retranslate(self) -> None:
        value = self.settings()
        self._fill(value.printer, value.layout, value.mode)

    def settings(self) -> PrintSettings:
        return PrintSettings(
            mode=str(self.mode_combo.currentData()),
            only_if_none=self.only_if_none.isChecked(),
            printer=str(self.printer_combo.currentData()),
            layout=str(self.layout_combo.currentData()),
            pdf_folder=self._pdf_folder,
        )


def check_connection(url: str) -> tuple[bool, str]:
    """Whether ``url`` answers as a Desk server database, and what to tell the person who
    typed it (the server's lines, or why not). Any thread; never raises for a server that
    is away, refuses or is not a Desk database."""
    from sqlalchemy.exc import DBAPIError

    from desk.server import engine as srv

    if not url:
        return False, QCoreApplication.translate(
            "DataFields", "Write the server's address: postgresql://USER@COMPUTER/DATABASE."
        )
    if not srv.is_server_url(url):
        return False, QCoreApplication.translate(
            "DataFields",
            "{url} is not a server address: write postgresql://USER@COMPUTER/DATABASE.",
        ).format(url=url)
    try:
        status = srv.check_server(url)
    except DeskError as exc:  # away, not initialised, another version: the core says which
        return False, str(exc)
    except DBAPIError as exc:  # no such database, a wrong password…
        return False, QCoreApplication.translate(
            "DataFields", "The server {url} refused the connection: {reason}"
        ).format(url=srv.shown(url), reason=srv.reason(exc))
    connected = QCoreApplication.translate("DataFields", "✔ Connected.")
    return True, "\n".join([connected, *status.lines()])


class DataFields(QWidget):
    """Where this desk's data is (first run and settings): one desk's own file on this
    computer, or a server several desks share, with its address and a connection test.
    The test runs off the window's thread; :meth:`verify` (on OK or Next) tests an address
    that has not answered yet, and says why it cannot be used."""

    changed = Signal()

    def __init__(self, mode: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._good: str | None = None  # the address that last answered as a Desk server
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.file_button = QRadioButton()
        self.server_button = QRadioButton()
        self.group = QButtonGroup(self)
        for button in (self.file_button, self.server_button):
            self.group.addButton(button)
            layout.addWidget(button)
        self.url_field = QLineEdit(url)
        self.url_label = QLabel()
        self.url_label.setBuddy(self.url_field)
        self.test_button = QPushButton()
        self.test_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.url_label)
        row.addWidget(self.url_field, 1)
        row.addWidget(self.test_button)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setContentsMargins(24, 0, 0, 0)
        self.result.hide()
        layout.addWidget(self.result)
        (self.server_button if mode == DATA_SERVER else self.file_button).setChecked(True)
        self.server_button.toggled.connect(self._on_mode_toggled)
        self.url_field.textChanged.connect(self._on_url_changed)
        self.test_button.clicked.connect(self.test_connection)
        self._on_mode_toggled(self.server_button.isChecked())
        self.retranslate()

    def retranslate(self) -> None:
        self.file_button.setText(self.tr("One des&k (a file on this computer)"))
        self.server_button.setText(self.tr("Se&veral desks with a server"))
        self.url_label.setText(self.tr("Server address (&URL):"))
        self.url_field.setPlaceholderText(self.tr("postgresql://USER@COMPUTER/DATABASE"))
        self.test_button.setText(self.tr("&Test connection"))

    def mode(self) -> str:
        return DATA_SERVER if self.server_button.isChecked() else DATA_FILE

    def url(self) -> str:
        return self.url_field.text().strip()

    def _on_mode_toggled(self, server: bool) -> None:
        for widget in (self.url_label, self.url_field, self.test_button):
            widget.setEnabled(server)
        self.result.setVisible(server and bool(self.result.text()))
        self.changed.emit()

    def _on_url_changed(self, _text: str) -> None:
        self.result.clear()
        self.result.hide()
        self.changed.emit()

    def _show(self, ok: bool | None, text: str) -> None:
        colour = {True: "#1b7f3b", False: "#b3261e", None: "#555555"}[ok]
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(text)
        self.result.show()
        self._fit()

    def _fit(self) -> None:
        """Room for every line of the answer (a wrapped label does not ask for it)."""
        width = self.result.width() if self.result.width() > 50 else self.width() - 24
        self.result.setMinimumHeight(self.result.heightForWidth(max(width, 200)))
        window = self.window()
        if window.isVisible() and window is not self:
            window.adjustSize()

    def test_connection(self) -> None:
        """Try the address now, off the window's thread; the answer shows under it."""
        url = self.url()
        self.test_button.setEnabled(False)
        self._show(None, self.tr("Connecting to {url}…").format(url=url))
        task = self._runner.start(lambda _ctx: check_connection(url))
        task.succeeded.connect(lambda answer: self._on_tested(url, *answer))
        task.failed.connect(self._on_test_failed)

    def _on_tested(self, url: str, ok: bool, text: str) -> None:
        self.test_button.setEnabled(self.mode() == DATA_SERVER)
        if url != self.url():
            return  # the address changed meanwhile: this answer is about another one
        self._good = url if ok else None
        self._show(ok, text)

    def _on_test_failed(self, exc: BaseException) -> None:
        from ui.messages import error_text

        self.test_button.setEnabled(self.mode() == DATA_SERVER)
        self._show(False, error_text(exc))

    def verify(self) -> str | None:
        """None when the choice can be used: this computer's file, or an address that
        answers as a Desk server (tested now unless it just was); else why not (shown)."""
        if self.mode() == DATA_FILE or (self._good is not None and self._good == self.url()):
            return None
        url = self.url()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, text = check_connection(url)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._good = url if ok else None
        self._show(ok, text)
        return None if ok else text

    def wait(self) -> None:
        """Until a connection test running now has answered (tests, closing)."""
        self._runner.wait()


def language_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for code in i18n.LANGUAGES:
        combo.addItem(LANGUAGE_NAMES.get(code, code), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


# --------------------------------------------------------------------------- pages


class _WhoPage(QWizardPage):
    def __init__(self, choices: SetupChoices) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.language_combo = language_combo(choices.language)
        self.language_label = QLabel("Idioma / Language:")
        self.language_label.setBuddy(self.language_combo)
        form.addRow(self.language_label, self.language_combo)
        self.desk_field = QLineEdit(choices.desk_name)
        self.desk_label = QLabel()
        self.desk_label.setBuddy(self.desk_field)
        form.addRow(self.desk_label, self.desk_field)
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
                "name this desk (“Desk 2 – lobby”) and write your name."
            )
        )
        self.desk_label.setText(self.tr("&Desk name:"))
        self.operator_label.setText(self.tr("&Operator:"))
        self.operator_field.setPlaceholderText(self.tr("Your name"))

    def isComplete(self) -> bool:
        named = bool(self.desk_field.text().strip() and self.operator_field.text().strip())
        server = not self.data.isHidden() and self.data.mode() == DATA_SERVER
        return named and (not server or bool(self.data.url()))


class _PrintingPage(QWizardPage):
    def __init__(self, settings: PrintSettings, printers: Sequence[str]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.fields = PrintingFields(settings, printers)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.retranslate()

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


# --------------------------------------------------------------------------- the wizard


class SetupWizard(QWizard):
    """The first-run setup. ``choices()`` after it was accepted."""

    language_changed = Signal(str)

    def __init__(
        self,
        initial: SetupChoices,
        *,
        printers: Sequence[str] | None = None,
        switch_language: Callable[[str], None] | None = None,
        data_choice: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``data_choice``: ask where the data is (not when the database was named on
        the command line)."""
        super().__init__(parent)
        self._initial = initial
        self._switch_language = switch_language or apply_language
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumWidth(620)
        names = printer_names() if printers is None else list(printers)
        self.who = _WhoPage(initial)
        self.printing = _PrintingPage(initial.printing, names)
        self.start_page = _StartPage(initial)
        for page in (self.who, self.printing, self.start_page):
            self.addPage(page)
        self._data_choice = data_choice
        self.who.show_data_choice(data_choice)
        self.who.language_combo.currentIndexChanged.connect(self._onlanguage_combo_changed)
        self.currentIdChanged.connect(self._on_current_id_changed)
        self._retranslate()

    def _onlanguage_combo_changed(self, _index: int) -> None:
        lang = str(self.who.language_combo.currentData())
        if lang != i18n.language():
            self._switch_language(lang)  # widgets follow through LanguageChange
            self._retranslate()
        self.language_changed.emit(lang)

    def _on_current_id_changed(self, _id: int) -> None:
        # QWizard gives the focus to a page's first field; on the last page, to the
        # chosen start instead.
        if self.currentPage() is self.start_page:
            self.start_page.focus_choice()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this desk"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (self.who, self.printing, self.start_page):
            page.retranslate()

    def choices(self) -> SetupChoices:
        return SetupChoices(
            language=str(self.who.language_combo.currentData()),
            desk_name=self.who.desk_field.text().strip(),
            operator=self.who.operator_field.text().strip(),
            printing=self.printing.fields.settings(),
            start=self.start_page.start(),
            path=self.start_page.path(),
            sample_count=self.start_page.sample_spin.value(),
            data_mode=self.who.data.mode() if self._data_choice else self._initial.data_mode,
            server_url=self.who.data.url() if self._data_choice else self._initial.server_url,
        )


__all__ = [
    "START_DESK_FILE",
    "START_EMPTY",
    "START_IMPORT",
    "START_SAMPLE",
    "DataFields",
    "PrintingFields",
    "SetupChoices",
    "SetupWizard",
    "StartAction",
    "apply_setup",
    "check_connection",
    "default_choices",
    "mark_setup_done",
    "needs_setup",
    "perform_start",
    "run_setup",
]


def run_setup(
    db: Database,
    event: Event,
    operator: str = "",
    parent: QWidget | None = None,
    *,
    open_server: Callable[[str], Database] | None = None,
) -> tuple[str, StartAction, Database] | None:
    """Ask the first-run questions and apply the answers: (operator, what is left to do
    once the window shows, the database to work on), or None when the operator cancelled
    (nothing saved). With ``open_server`` the first page asks where the data is; when the
    answer is a server, ``open_server(url)`` opens it (the application lets go of ``db``)
    and the answers are applied to it."""
    wizard = SetupWizard(
        default_choices(db, operator=operator), data_choice=open_server is not None, parent=parent
    )
    if not wizard.exec():
        return None
    choices = wizard.choices()
    if open_server is not None and choices.data_mode == DATA_SERVER:
        db = open_server(choices.server_url)
    return choices.operator, apply_setup(db, event, choices), db
