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

It opens in the event's language unless one was chosen (``--lang``, or saved), whatever
the system's (:func:`ui.setup_fields.event_language`); it asks the desk's name (the host
name a new database is given is no desk name); with no printer installed, badges become
PDF files in a folder it asks for. The pages are in :mod:`ui.setup_pages`, the fields the
settings share in :mod:`ui.setup_fields`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard
from sqlalchemy import func, select

from desk import i18n
from desk.actions.lists import add_sample_participants
from desk.events.event import Event
from desk.storage.db import Database
from desk.storage.models import Participant, Record
from ui.language import apply_language
from ui.parts import StartTarget
from ui.printing.settings import PDF_FOLDER, SYSTEM_DEFAULT, load_settings, save_settings
from ui.settings import (
    DATA_MODE,
    DATA_SERVER,
    LANGUAGE,
    OPERATOR,
    SERVER_URL,
    SETUP_DONE,
    save,
)
from ui.setup_fields import (
    FOCUS_RING,
    default_pdf_folder,
    event_language,
    named_desk,
    printer_names,
)
from ui.setup_pages import (
    START_DESK_FILE,
    START_EMPTY,
    START_IMPORT,
    START_SAMPLE,
    SetupChoices,
    _PrintingPage,
    _StartPage,
    _WhoPage,
)


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


def setup_language(event: Event, cli_lang: str | None = None) -> str:
    """The setup's language: the command line's, else the one chosen before, else the
    event's (never the system's: a laptop set to English at this forum opens in Spanish)."""
    return cli_lang or LANGUAGE.get() or event_language(event)


def default_choices(
    db: Database,
    *,
    operator: str = "",
    desk_name: str | None = None,
    language: str | None = None,
    printers: Sequence[str] | None = None,
) -> SetupChoices:
    """The answers the setup starts from (and that a skipped setup keeps). The desk's name
    is empty unless one was given (never the host name); with no printer installed
    (``printers``: this computer's when None), the badges go to PDF files in
    Documents/Desk/badges (in the language now shown)."""
    printing = load_settings(db.desk_id)
    installed = printer_names() if printers is None else printers
    no_printer = printing.printer == SYSTEM_DEFAULT and not installed
    if (printing.printer == PDF_FOLDER or no_printer) and not printing.pdf_folder:
        printing = replace(printing, pdf_folder=str(default_pdf_folder()))
    return SetupChoices(
        language=language or LANGUAGE.get() or i18n.language(),
        desk_name=named_desk(desk_name or db.desk_name),
        operator=(operator or OPERATOR.get()).strip(),
        printing=printing,
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
        self.resize(720, 560)  # room for every page's notes without wrapping much
        self.setStyleSheet(FOCUS_RING)  # the focused field framed in blue, on every page
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


def run_setup(
    db: Database,
    event: Event,
    operator: str = "",
    parent: QWidget | None = None,
    *,
    open_server: Callable[[str], Database] | None = None,
    lang: str | None = None,
) -> tuple[str, StartAction, Database] | None:
    """Ask the first-run questions and apply the answers: (operator, what is left to do
    once the window shows, the database to work on), or None when the operator cancelled
    (nothing saved). With ``open_server`` the first page asks where the data is; when the
    answer is a server, ``open_server(url)`` opens it (the application lets go of ``db``)
    and the answers are applied to it. It opens in ``lang`` (the command line's ``--lang``),
    else the language chosen before, else the event's (:func:`setup_language`)."""
    language = setup_language(event, lang)
    if language != i18n.language():
        apply_language(language)  # saved with the other answers, when they are
    printers = printer_names()
    wizard = SetupWizard(
        default_choices(db, operator=operator, language=language, printers=printers),
        printers=printers,
        data_choice=open_server is not None,
        parent=parent,
    )
    if not wizard.exec():
        return None
    choices = wizard.choices()
    if open_server is not None and choices.data_mode == DATA_SERVER:
        db = open_server(choices.server_url)
    return choices.operator, apply_setup(db, event, choices), db
