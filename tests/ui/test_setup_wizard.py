"""First-run setup, by keyboard alone: no mouse click anywhere in these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QRadioButton, QSpinBox, QWidget, QWizard

from desk import i18n
from desk.events.event import Event
from desk.people.participants import counts
from desk.storage.db import Database
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.app import apply_language
from ui.printing.settings import MODE_ALWAYS, PDF_FOLDER, load_settings
from ui.settings import BACKUP_INTERVAL, LANGUAGE, SETUP_DONE, SYNC_FOLDER
from ui.setup_wizard import (
    START_DESK_FILE,
    START_EMPTY,
    START_IMPORT,
    START_SAMPLE,
    SetupChoices,
    SetupWizard,
    StartAction,
    apply_setup,
    default_choices,
    needs_setup,
    perform_start,
)

PRINTERS = ["Zebra ZD421", "Brother QL-820"]


@pytest.fixture
def fresh(tmp_path: Path, event: Event):  # type: ignore[no-untyped-def]
    apply_language("en")
    database = Database(tmp_path / "new.sqlite3", desk_name="portatil-7")
    database.bind_event(event.id)
    yield database
    database.close()
    apply_language("en")


def key(wizard: SetupWizard, k: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    focus = wizard.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, k, modifier)
    return wizard.focusWidget()


def open_wizard(qtbot, db: Database, **kw) -> SetupWizard:  # type: ignore[no-untyped-def]
    printers = kw.pop("printers", PRINTERS)
    wizard = SetupWizard(default_choices(db, printers=printers), printers=printers, **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def test_first_run_setup_completes_with_the_keyboard_alone(
    qtbot, fresh: Database, event: Event
) -> None:  # type: ignore[no-untyped-def]
    assert needs_setup(fresh)
    wizard = open_wizard(qtbot, fresh)

    # Page 1: language (arrows switch it live), desk name, operator; Enter goes on.
    assert wizard.currentPage() is wizard.who
    assert isinstance(wizard.focusWidget(), QComboBox)
    key(wizard, Qt.Key.Key_Up)
    assert i18n.language() == "es"  # switched live
    key(wizard, Qt.Key.Key_Down)
    assert i18n.language() == "en"
    desk_field = key(wizard, Qt.Key.Key_Tab)
    assert desk_field is wizard.who.desk_field
    key(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(desk_field, "Puesto 2 – vestíbulo")
    operator_field = key(wizard, Qt.Key.Key_Tab)
    assert operator_field is wizard.who.operator_field
    key(wizard, Qt.Key.Key_Return)  # nothing yet: the operator's name is missing
    assert wizard.currentPage() is wizard.who
    type_text(operator_field, "Begoña Núñez")
    key(wizard, Qt.Key.Key_Return)

    # Page 2: printer, layout, after a check-in.
    assert wizard.currentPage() is wizard.printing
    fields = wizard.printing.fields
    assert wizard.focusWidget() is fields.printer_combo
    key(wizard, Qt.Key.Key_Down)
    assert fields.printer_combo.currentData() == "Zebra ZD421"
    assert key(wizard, Qt.Key.Key_Tab) is fields.layout_combo
    key(wizard, Qt.Key.Key_Down)
    chosen_layout = fields.layout_combo.currentData()
    assert key(wizard, Qt.Key.Key_Tab) is fields.mode_combo
    assert fields.mode_combo.currentData() == MODE_ALWAYS  # follows the printer just chosen
    key(wizard, Qt.Key.Key_Return)

    # Page 3: start with sample data (arrows among the choices, Tab to the number).
    page = wizard.start_page
    assert wizard.currentPage() is page
    assert isinstance(wizard.focusWidget(), QRadioButton)
    assert page.start() == START_EMPTY
    key(wizard, Qt.Key.Key_Up)
    assert page.start() == START_SAMPLE
    spin = key(wizard, Qt.Key.Key_Tab)
    assert isinstance(spin, QSpinBox)
    key(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "25")
    key(wizard, Qt.Key.Key_Return)
    assert wizard.result() == SetupWizard.DialogCode.Accepted

    choices = wizard.choices()
    assert choices.desk_name == "Puesto 2 – vestíbulo"
    assert choices.operator == "Begoña Núñez"
    assert choices.language == "en"
    assert choices.printing.printer == "Zebra ZD421"
    assert choices.printing.layout == chosen_layout
    assert choices.start == START_SAMPLE and choices.sample_count == 25

    action = apply_setup(fresh, event, choices)
    assert action.added == 25
    with fresh.read() as session:
        assert counts(session).registered == 25
    assert fresh.desk_name == "Puesto 2 – vestíbulo"
    assert QSettings().value("operator") == "Begoña Núñez"
    assert QSettings().value("language") == "en"
    saved = load_settings(fresh.desk_id)
    assert (saved.printer, saved.layout, saved.mode) == ("Zebra ZD421", chosen_layout, MODE_ALWAYS)
    assert not needs_setup(fresh)


def test_importing_a_list_by_keyboard_returns_what_to_import(
    qtbot, fresh: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    people = tmp_path / "lista.csv"
    people.write_text("given_name,family_name\nAna,Pérez\n", encoding="utf-8")
    wizard = open_wizard(qtbot, fresh, printers=[])
    key(wizard, Qt.Key.Key_Tab)
    type_text(key(wizard, Qt.Key.Key_Tab), "Ana")
    key(wizard, Qt.Key.Key_Return)
    # No printer on this computer: badges become PDF files unless chosen otherwise.
    assert wizard.printing.fields.printer_combo.currentData() == PDF_FOLDER
    key(wizard, Qt.Key.Key_Return)
    page = wizard.start_page
    for _ in range(3):
        key(wizard, Qt.Key.Key_Up)
    assert page.start() == START_IMPORT
    path_field = key(wizard, Qt.Key.Key_Tab)
    assert path_field is page.import_field
    key(wizard, Qt.Key.Key_Return)  # no file yet: Finish stays disabled
    assert wizard.isVisible()
    QTest.keyClicks(path_field, str(tmp_path / "missing.csv"))
    key(wizard, Qt.Key.Key_Return)
    assert wizard.isVisible()
    path_field.clear()
    QTest.keyClicks(path_field, str(people))
    key(wizard, Qt.Key.Key_Return)
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    choices = wizard.choices()
    assert (choices.start, choices.path) == (START_IMPORT, people)
    assert choices.printing.printer == PDF_FOLDER


def test_back_and_cancel_by_keyboard(qtbot, fresh: Database) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, fresh)
    key(wizard, Qt.Key.Key_Tab)
    type_text(key(wizard, Qt.Key.Key_Tab), "Ana")
    key(wizard, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.printing
    # printer, layout, after a check-in, then "< Back" ("only if…" is off: no printer was
    # chosen, so nothing prints after a check-in)
    for _ in range(3):
        focus = key(wizard, Qt.Key.Key_Tab)
    assert focus is wizard.button(QWizard.WizardButton.BackButton)
    key(wizard, Qt.Key.Key_Space)
    assert wizard.currentPage() is wizard.who
    key(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == SetupWizard.DialogCode.Rejected
    assert needs_setup(fresh)  # nothing saved


def test_apply_setup_returns_the_desk_file_to_merge(fresh: Database, event: Event, tmp_path: Path):  # type: ignore[no-untyped-def]
    other = tmp_path / "mesa-1.desk"
    other.write_bytes(b"x")
    base = default_choices(fresh, operator="Ana")
    choices = SetupChoices(
        language="es",
        desk_name="Puesto 3",
        operator="Ana",
        printing=base.printing,
        start=START_DESK_FILE,
        path=other,
    )
    action = apply_setup(fresh, event, choices)
    assert (action.kind, action.path, action.added) == (START_DESK_FILE, other, 0)
    assert SETUP_DONE.get(fresh.desk_id)
    assert QSettings().value(f"setup/{fresh.desk_id}/done", type=bool)  # the key of old
    LANGUAGE.set("en")


def test_the_start_is_handed_to_the_window(tmp_path: Path) -> None:
    class Window:  # what perform_start needs of the main window (ui.parts.StartTarget)
        def __init__(self) -> None:
            self.asked: list[tuple[str, object]] = []

        def open_import(self, path: Path) -> object:
            self.asked.append(("import", path))
            return None

        def import_desk_files(self, paths: list[Path]) -> None:
            self.asked.append(("merge", paths))

    window = Window()
    perform_start(window, StartAction(START_IMPORT, tmp_path / "lista.csv"))
    perform_start(window, StartAction(START_DESK_FILE, tmp_path / "mesa-1.desk"))
    perform_start(window, StartAction(START_SAMPLE, added=25))  # nothing left to do
    assert window.asked == [
        ("import", tmp_path / "lista.csv"),
        ("merge", [tmp_path / "mesa-1.desk"]),
    ]


def test_setup_is_only_for_a_new_database(db: Database, factory: Factory, fresh: Database) -> None:
    SETUP_DONE.remove(db.desk_id)
    assert needs_setup(db)
    factory.add(db, 2)
    assert not needs_setup(db)  # an existing event's data: no first-run questions
    assert needs_setup(fresh)


def test_the_start_page_fields_follow_the_choice(qtbot, fresh: Database) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, fresh)
    page = wizard.start_page
    page.buttons[START_EMPTY].setChecked(True)
    assert not page.import_field.isEnabled() and not page.sample_spin.isEnabled()
    page.buttons[START_IMPORT].setChecked(True)
    assert page.import_field.isEnabled() and isinstance(page.import_field, QLineEdit)


def test_settings_dialog_changes_everything_later(qtbot, fresh: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_dialog import SettingsDialog, apply_settings, current_settings

    dialog = SettingsDialog(current_settings(fresh, "Ana"), printers=PRINTERS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.desk_field
    dialog.desk_field.selectAll()
    type_text(dialog.desk_field, "Puesto 4")
    dialog.interval_spin.setValue(15)
    dialog.folder_field.setText(str(tmp_path / "missing"))
    QTest.keyClick(dialog.desk_field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    assert dialog.focusWidget() is dialog.folder_field
    dialog.folder_field.setText(str(tmp_path))
    QTest.keyClick(dialog.folder_field, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    apply_settings(fresh, dialog.values())
    assert fresh.desk_name == "Puesto 4"
    assert BACKUP_INTERVAL.get() == 15
    assert SYNC_FOLDER.get(fresh.desk_id) == str(tmp_path)
    assert QSettings().value(f"sync/{fresh.desk_id}/folder") == str(tmp_path)  # the key of old
    BACKUP_INTERVAL.remove()


# --------------------------------------------------------------------------- first run (issue 12)


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Documents/Desk/badges (the PDF folder proposed) inside the test's folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def new_desk(tmp_path: Path, event: Event):  # type: ignore[no-untyped-def]
    """A database as the first start makes it: no name given (the host name)."""
    apply_language("en")
    database = Database(tmp_path / "first.sqlite3")
    database.bind_event(event.id)
    yield database
    database.close()
    apply_language("en")


def test_the_setup_opens_in_the_event_s_language_not_the_system_s(
    qtbot, new_desk: Database, event: Event, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ui.setup_wizard import run_setup

    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    LANGUAGE.remove()
    apply_language("en")  # what the system's language would give (LANG=en_US)
    seen: list[tuple[str, str, str]] = []

    def look(wizard: SetupWizard) -> int:
        seen.append(
            (i18n.language(), wizard.windowTitle(), str(wizard.who.language_combo.currentData()))
        )
        return 0  # cancelled: nothing saved

    monkeypatch.setattr(SetupWizard, "exec", look)
    assert run_setup(new_desk, event) is None
    spanish_title = QCoreApplication.translate("SetupWizard", "Set up this desk")
    assert spanish_title != "Set up this desk"  # the window's Spanish is there
    assert seen == [("es", spanish_title, "es")]
    assert LANGUAGE.get() == ""  # opening in it does not choose it

    # --lang en, or English chosen before: English.
    apply_language("en")
    run_setup(new_desk, event, lang="en")
    assert seen[-1][0] == "en" and seen[-1][2] == "en"
    LANGUAGE.set("en")
    run_setup(new_desk, event)
    assert seen[-1][0] == "en"
    LANGUAGE.remove()


def test_the_event_s_language_comes_from_its_file(event: Event) -> None:
    from dataclasses import replace

    from ui.setup_fields import event_language

    assert event.host_country == "SV"
    assert event_language(event) == "es"
    assert event_language(replace(event, host_country="US")) == "en"
    assert event_language(replace(event, host_country="")) == i18n.LANGUAGES[0]


def _ring_pixels(widget: QWidget) -> int:
    """How many pixels of the widget have the focus ring's colour."""
    from PySide6.QtGui import QColor

    from ui.setup_fields import FOCUS_COLOUR

    image = widget.grab().toImage()
    ring = QColor(FOCUS_COLOUR).rgb()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == ring
    )


def test_the_focused_field_has_a_visible_ring(qtbot, new_desk: Database) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, new_desk, printers=[])
    page = wizard.who
    widgets: list[QWidget] = [page.desk_field, page.language_combo, page.data.file_button]
    for widget in widgets:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        focused = _ring_pixels(widget)
        wizard.who.operator_field.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())  # type: ignore[misc]
        unfocused = _ring_pixels(widget)
        # A 2-pixel frame all round in the ring's colour, and nothing of it without focus.
        assert focused >= 2 * (widget.width() + widget.height()), type(widget).__name__
        assert unfocused == 0, type(widget).__name__
    page.desk_field.setText("Puesto 1 – vestíbulo")
    page.operator_field.setText("Ana")
    wizard.next()
    fields = wizard.printing.fields
    for widget in (fields.folder_button, fields.only_if_none, fields.mode_combo):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert _ring_pixels(widget) >= widget.width() + widget.height(), type(widget).__name__
    fields.folder_field.setFocus()
    qtbot.waitUntil(fields.folder_field.hasFocus)
    assert _ring_pixels(fields.folder_button) == 0


def test_arrow_keys_move_the_choice_in_every_list(qtbot, new_desk: Database) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, new_desk)
    page = wizard.who
    # The language: ↑/↓ (live).
    assert wizard.focusWidget() is page.language_combo
    key(wizard, Qt.Key.Key_Up)
    assert i18n.language() == "es"
    key(wizard, Qt.Key.Key_Down)
    assert i18n.language() == "en"
    # Tab to the desk's name, the operator, then the data group: ↓/↑ among its choices.
    type_text(key(wizard, Qt.Key.Key_Tab), "Puesto 2")
    type_text(key(wizard, Qt.Key.Key_Tab), "Ana")
    assert key(wizard, Qt.Key.Key_Tab) is page.data.file_button
    assert key(wizard, Qt.Key.Key_Down) is page.data.server_button
    assert page.data.mode() == "server"
    assert key(wizard, Qt.Key.Key_Up) is page.data.file_button
    assert page.data.mode() == "file"
    # Tab leaves the group (its other choice is not a Tab stop of its own).
    assert key(wizard, Qt.Key.Key_Tab) not in (page.data.server_button, page.data.file_button)
    page.desk_field.setFocus()
    key(wizard, Qt.Key.Key_Return)

    fields = wizard.printing.fields
    assert wizard.currentPage() is wizard.printing
    for combo in (fields.printer_combo, fields.layout_combo, fields.mode_combo):
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus)
        before = combo.currentIndex()
        key(wizard, Qt.Key.Key_Down if before < combo.count() - 1 else Qt.Key.Key_Up)
        assert combo.currentIndex() != before, combo
        key(wizard, Qt.Key.Key_Up if before < combo.count() - 1 else Qt.Key.Key_Down)
        assert combo.currentIndex() == before, combo
    fields.printer_combo.setFocus()
    key(wizard, Qt.Key.Key_Return)

    start = wizard.start_page
    assert wizard.currentPage() is start
    assert wizard.focusWidget() is start.buttons[START_EMPTY]
    order = [START_SAMPLE, START_DESK_FILE, START_IMPORT]
    for kind in order:
        assert key(wizard, Qt.Key.Key_Up) is start.buttons[kind]
        assert start.start() == kind
    for kind in reversed([START_EMPTY, *order[:-1]]):
        assert key(wizard, Qt.Key.Key_Down) is start.buttons[kind]
        assert start.start() == kind


def test_the_desk_name_is_asked_not_the_computer_s(qtbot, new_desk: Database, event: Event) -> None:  # type: ignore[no-untyped-def]
    import socket

    assert new_desk.desk_name == (socket.gethostname() or "Desk")  # what the file got
    wizard = open_wizard(qtbot, new_desk)
    page = wizard.who
    assert page.desk_field.text() == ""
    assert "Desk 1 – lobby" in page.desk_field.placeholderText()
    assert "reports" in page.desk_note.text() and "other desks' files" in page.desk_note.text()
    assert page.desk_note.isVisible()
    type_text(page.operator_field, "Ana")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # required
    QTest.keyClick(page.operator_field, Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    type_text(page.desk_field, "   ")
    assert not next_button.isEnabled()  # blanks are no name
    page.desk_field.clear()
    type_text(page.desk_field, "Puesto 1 – vestíbulo")
    assert next_button.isEnabled()
    QTest.keyClick(page.desk_field, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.printing
    assert wizard.choices().desk_name == "Puesto 1 – vestíbulo"
    # A name given before (or on the command line) is kept.
    new_desk.set_desk_name("Puesto 3")
    assert default_choices(new_desk, printers=[]).desk_name == "Puesto 3"


def test_the_spanish_example_is_a_puesto() -> None:
    apply_language("es")
    try:
        # The Spanish comes with the translations (scripts/translations.py); until they
        # are compiled the English shows, never another example.
        text = QCoreApplication.translate("_WhoPage", "For example: Desk 1 – lobby")
        assert text in ("For example: Desk 1 – lobby", "Por ejemplo: Puesto 1 – vestíbulo")
    finally:
        apply_language("en")


def test_with_no_printer_badges_go_to_a_pdf_folder_that_is_asked(
    qtbot, new_desk: Database, event: Event, _home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from ui import setup_fields

    initial = default_choices(new_desk, printers=[])
    proposed = _home / "Documents" / "Desk" / "badges"
    assert (initial.printing.printer, initial.printing.pdf_folder) == ("", str(proposed))
    wizard = SetupWizard(initial, printers=[])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    type_text(wizard.who.desk_field, "Puesto 1")
    type_text(wizard.who.operator_field, "Ana")
    QTest.keyClick(wizard.who.operator_field, Qt.Key.Key_Return)

    fields = wizard.printing.fields
    assert wizard.currentPage() is wizard.printing
    assert fields.printer_combo.currentData() == PDF_FOLDER
    assert fields.no_printer_note.isVisible()
    assert fields.folder_field.isVisible() and fields.folder_button.isVisible()
    assert fields.folder_field.text() == str(proposed)
    assert fields.mode_combo.currentData() == MODE_ALWAYS  # as PrintSettings.after_checkin
    # Tab: printer → folder → Browse…
    assert wizard.focusWidget() is fields.printer_combo
    assert key(wizard, Qt.Key.Key_Tab) is fields.folder_field
    assert key(wizard, Qt.Key.Key_Tab) is fields.folder_button
    chosen = _home / "gafetes del foro"
    monkeypatch.setattr(
        setup_fields.QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(chosen)
    )
    key(wizard, Qt.Key.Key_Space)  # Browse…
    assert fields.folder_field.text() == str(chosen)
    # A folder that cannot be made: said on the page, which stays.
    blocker = _home / "a-file"
    blocker.write_text("x")
    fields.folder_field.setText(str(blocker / "sub"))
    QTest.keyClick(fields.folder_field, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.printing
    assert wizard.printing.error.isVisible() and str(blocker) in wizard.printing.error.text()
    fields.folder_field.setText(str(chosen))
    QTest.keyClick(fields.folder_field, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.start_page
    assert chosen.is_dir()  # made when the page was left
    QTest.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    apply_setup(new_desk, event, wizard.choices())
    saved = load_settings(new_desk.desk_id)
    assert (saved.printer, saved.pdf_folder, saved.mode) == (PDF_FOLDER, str(chosen), MODE_ALWAYS)


def test_with_printers_the_folder_shows_only_for_pdf_files(qtbot, new_desk: Database) -> None:  # type: ignore[no-untyped-def]
    initial = default_choices(new_desk, printers=PRINTERS)
    assert initial.printing.pdf_folder == ""  # a printer: no folder proposed
    wizard = open_wizard(qtbot, new_desk)
    wizard.who.desk_field.setText("Puesto 1")
    wizard.who.operator_field.setText("Ana")
    wizard.next()
    fields = wizard.printing.fields
    assert not fields.no_printer_note.isVisible()
    assert not fields.folder_field.isVisible()
    fields.printer_combo.setFocus()
    for _ in range(fields.printer_combo.count()):
        key(wizard, Qt.Key.Key_Down)
    assert fields.printer_combo.currentData() == PDF_FOLDER
    assert fields.folder_field.isVisible() and fields.folder_button.isVisible()
    assert fields.folder_field.text() == str(Path.home() / "Documents" / "Desk" / "badges")


def test_print_after_check_in_follows_the_queue_rule(qtbot, new_desk: Database) -> None:  # type: ignore[no-untyped-def]
    """As ui.printing.settings decided ("The queue never loses a scan"): not chosen, a
    check-in prints at once (no window, ever) once a printer or the PDF folder is chosen,
    and prints nothing with the system's default printer; "ask" is never the default."""
    from ui.printing.settings import MODE_ASK, MODE_NEVER, PrintSettings

    wizard = open_wizard(qtbot, new_desk)
    fields = wizard.printing.fields
    for index in range(fields.printer_combo.count()):
        fields.printer_combo.setCurrentIndex(index)
        printer = str(fields.printer_combo.currentData())
        expected = PrintSettings(printer=printer).after_checkin
        assert fields.mode_combo.currentData() == expected
        assert expected == (MODE_NEVER if printer == "" else MODE_ALWAYS)
        assert fields.mode_combo.currentData() != MODE_ASK
    # Chosen by the operator, it stays whatever the printer.
    fields.mode_combo.setFocus()
    qtbot.waitUntil(fields.mode_combo.hasFocus)
    while fields.mode_combo.currentData() != MODE_ASK:
        QTest.keyClick(fields.mode_combo, Qt.Key.Key_Down)
    fields.printer_combo.setCurrentIndex(0)
    assert fields.mode_combo.currentData() == MODE_ASK
    no_printer = SetupWizard(default_choices(new_desk, printers=[]), printers=[])
    qtbot.addWidget(no_printer)
    assert no_printer.printing.fields.settings().mode == MODE_ALWAYS


def test_no_settings_label_shows_an_ampersand(qtbot, new_desk: Database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from ui.settings_dialog import SettingsDialog, current_settings

    dialog = SettingsDialog(current_settings(new_desk, "Ana"), printers=[])
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels  # the mnemonics are there…
    for label in labels:  # …and each one is a buddy's: Qt shows the letter underlined
        assert label.buddy() is not None, label.text()
    sync = next(label for label in labels if "sync" in label.text())
    assert sync.buddy() is dialog.folder_field


def test_the_settings_make_the_pdf_folder(qtbot, new_desk: Database, _home: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_dialog import SettingsDialog, current_settings

    dialog = SettingsDialog(current_settings(new_desk, "Ana"), printers=[])
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.printing
    assert fields.printer() == PDF_FOLDER
    assert fields.folder_field.placeholderText() == str(new_desk.path.parent / "badges")
    folder = _home / "pdf" / "gafetes"
    fields.folder_field.setText(str(folder))
    QTest.keyClick(dialog.desk_field, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert folder.is_dir()
