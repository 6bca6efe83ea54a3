"""The fields the first-run setup and the settings share: the badge printing fields (with
the PDF folder when badges become PDF files), where the data is (this computer's file or a
server), the language; and the focus ring both windows draw around the focused field.

Also what the setup starts from where the computer has no say: the event's language (not
the system's) and, with no printer installed, a PDF folder in the Documents folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from babel.languages import get_official_languages
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
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
    QVBoxLayout,
    QWidget,
)

from desk import i18n
from desk.badges.layouts import all_layouts
from desk.errors import DeskError
from desk.events.event import Event
from desk.storage.db import default_desk_name
from ui.printing.settings import (
    MODE_ALWAYS,
    MODE_ASK,
    MODE_AUTO,
    MODE_NEVER,
    PDF_FOLDER,
    SYSTEM_DEFAULT,
    PrintSettings,
)
from ui.settings import DATA_FILE, DATA_SERVER
from ui.tasks import TaskRunner

LANGUAGE_NAMES = {"es": "Español", "en": "English"}  # each in its own language
FOCUS_COLOUR = "#0b57d0"

# The focused field, button or choice is framed in blue (2 px), the others in grey or not
# at all (the padding makes up for the wider border, so nothing moves when the focus does);
# a focused number field turns blue (a border would hide its arrows).
# Set on the setup, the settings and the start dialog (their children inherit it).
FOCUS_RING = f"""
QLineEdit, QComboBox {{
    border: 1px solid #8a8a8a; border-radius: 3px; padding: 2px 4px; background: white;
}}
QLineEdit:disabled, QComboBox:disabled {{ background: #f0f0f0; color: #8a8a8a; }}
QLineEdit:focus, QComboBox:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 1px 3px; }}
QComboBox QAbstractItemView {{ border: 1px solid #8a8a8a; background: white; }}
QSpinBox:focus {{ background: #d3e3fd; }}
QListView:focus, QListWidget:focus, QTreeView:focus, QTableView:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
QPushButton {{
    border: 1px solid #8a8a8a; border-radius: 4px; padding: 4px 14px; min-width: 64px;
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #fdfdfd, stop:1 #e6e6e6);
}}
QPushButton:default {{ border-color: #5a5a5a; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px 13px; }}
QPushButton:pressed {{ background: #d6d6d6; }}
QPushButton:disabled {{ color: #9a9a9a; border-color: #c4c4c4; }}
QRadioButton, QCheckBox {{ border: 2px solid transparent; border-radius: 3px; padding: 0 4px; }}
QRadioButton:focus, QCheckBox:focus {{ border-color: {FOCUS_COLOUR}; background: #e8f0fe; }}
"""


def printer_names() -> list[str]:
    """The printers installed on this computer (none: badges become PDF files)."""
    return list(QPrinterInfo.availablePrinterNames())


def event_language(event: Event) -> str:
    """The language the setup opens in when nobody chose one (not the system's: a laptop
    set to English at a Spanish-speaking forum still opens in Spanish): the language of the
    event's country (Spanish for El Salvador), else the first language Desk speaks."""
    try:
        spoken = (
            get_official_languages(event.host_country, de_facto=True) if event.host_country else ()
        )
    except (KeyError, ValueError):
        spoken = ()
    for code in spoken:
        if code in i18n.LANGUAGES:
            return str(code)
    return i18n.LANGUAGES[0]


def named_desk(name: str) -> str:
    """``name`` when somebody gave it, "" for the name a new database gets by itself (the
    computer's host name): the setup asks for a real one."""
    name = name.strip()
    return "" if name == default_desk_name() else name


def default_pdf_folder() -> Path:
    """Where badge PDF files go when no printer is installed: Documents/Desk/badges
    (in the window's language: Documentos/Desk/gafetes), easy to find to print elsewhere."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home() / "Documents"
    return base / "Desk" / QCoreApplication.translate("PrintingFields", "badges")


def make_folder(folder: str) -> str | None:
    """Create ``folder`` if missing; None when it can be written to, else why not."""
    if not folder:
        return None
    path = Path(folder).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
    else:
        if path.is_dir():
            return None
        reason = QCoreApplication.translate("PrintingFields", "not a folder")
    return QCoreApplication.translate(
        "PrintingFields", "The folder {folder} cannot be used: {reason}."
    ).format(folder=path, reason=reason)


# --------------------------------------------------------------------------- widgets


class PrintingFields(QWidget):
    """Printer, badge layout and what happens after a check-in (wizard and settings).
    With "PDF files in a folder" chosen, the folder too (a Browse… button beside it; made
    when the answers are saved: :meth:`make_folder`). ``default_folder``: where the PDF
    files go when the folder is left empty, shown as the field's placeholder;
    ``proposed_folder``: written into the empty field when the PDF files are chosen."""

    def __init__(
        self,
        settings: PrintSettings,
        printers: Sequence[str],
        parent: QWidget | None = None,
        *,
        default_folder: Path | None = None,
        proposed_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._printers = list(printers)
        self._default_folder = default_folder
        self._proposed_folder = proposed_folder
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        self.printer_combo = QComboBox()
        self.printer_label = QLabel()
        self.printer_label.setBuddy(self.printer_combo)
        form.addRow(self.printer_label, self.printer_combo)
        self.no_printer_note = QLabel()
        self.no_printer_note.setWordWrap(True)
        form.addRow("", self.no_printer_note)
        self._note_row = form.rowCount() - 1
        form.setRowVisible(self._note_row, not self._printers)
        self.folder_field = QLineEdit(settings.pdf_folder)
        self.folder_button = QPushButton()
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(self.folder_button)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder_field)
        form.addRow(self.folder_label, folder_row)
        self._folder_row = form.rowCount() - 1
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
        for combo in (self.printer_combo, self.layout_combo, self.mode_combo):
            # A long choice (a printer's name, "Offer it in the result panel…") does not
            # widen the combo past the window: the labels beside them stay whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        # Until the operator chooses what happens after a check-in, it follows the printer
        # as ui.printing.settings.PrintSettings.after_checkin does: at once with a printer
        # or the PDF folder (never a window over the scan field), else never.
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
        self.folder_label.setText(self.tr("PDF &folder:"))
        self.folder_button.setText(self.tr("Bro&wse…"))
        if self._default_folder is not None:
            self.folder_field.setPlaceholderText(str(self._default_folder))
        self.layout_label.setText(self.tr("Badge &layout:"))
        self.mode_label.setText(self.tr("After a &check-in:"))
        self.only_if_none.setText(self.tr("Only if the person has no badge printed &yet"))
        self._on_mode_combo_changed(0)
        self._show_folder()
        self.no_printer_note.setText(
            self.tr(
                "No printer is installed on this computer: each badge is saved as a PDF "
                "file in the folder below (made if missing), to print elsewhere."
            )
        )

    def hide_note(self) -> None:
        """Without the no-printer note (the settings, where room is short)."""
        self._form.setRowVisible(self._note_row, False)

    def _show_folder(self) -> None:
        self._form.setRowVisible(self._folder_row, self.printer() == PDF_FOLDER)

    def _on_mode_combo_activated(self, _index: int) -> None:
        self._mode_chosen = True

    def _on_printer_combo_changed(self, _index: int) -> None:
        self._show_folder()
        if self.printer() == PDF_FOLDER and not self.folder() and self._proposed_folder:
            self.folder_field.setText(str(self._proposed_folder))
        if not self._mode_chosen:
            mode = PrintSettings(printer=self.printer()).after_checkin
            self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(mode), 0))

    def _on_mode_combo_changed(self, _index: int) -> None:
        self.only_if_none.setEnabled(self.mode_combo.currentData() != MODE_NEVER)

    def _on_folder_button_clicked(self) -> None:
        start = self.folder() or self.folder_field.placeholderText() or str(Path.home())
        while start and not Path(start).is_dir() and Path(start).parent != Path(start):
            start = str(Path(start).parent)  # the dialog opens in the nearest folder there is
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the badge PDF files"), start
        )
        if chosen:
            self.folder_field.setText(chosen)
        self.folder_field.setFocus()

    def printer(self) -> str:
        return str(self.printer_combo.currentData())

    def folder(self) -> str:
        return self.folder_field.text().strip()

    def make_folder(self) -> str | None:
        """With the PDF folder printer: create its folder if missing. None when it can be
        used (or another printer was chosen), else why not; the field takes the focus."""
        if self.printer() != PDF_FOLDER:
            return None
        problem = make_folder(self.folder())
        if problem is not None:
            self.folder_field.setFocus()
            self.folder_field.selectAll()
        return problem

    def retranslate(self) -> None:
        value = self.settings()
        self._fill(value.printer, value.layout, value.mode)

    def settings(self) -> PrintSettings:
        return PrintSettings(
            mode=str(self.mode_combo.currentData()),
            only_if_none=self.only_if_none.isChecked(),
            printer=self.printer(),
            layout=str(self.layout_combo.currentData()),
            pdf_folder=self.folder(),
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
