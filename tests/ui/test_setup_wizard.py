"""First-run setup, by keyboard alone: no mouse click anywhere in these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
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
    wizard = SetupWizard(default_choices(db), printers=kw.pop("printers", PRINTERS), **kw)
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
    type_text(desk_field, "Mesa 2 – vestíbulo")
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
    assert choices.desk_name == "Mesa 2 – vestíbulo"
    assert choices.operator == "Begoña Núñez"
    assert choices.language == "en"
    assert choices.printing.printer == "Zebra ZD421"
    assert choices.printing.layout == chosen_layout
    assert choices.start == START_SAMPLE and choices.sample_count == 25

    action = apply_setup(fresh, event, choices)
    assert action.added == 25
    with fresh.read() as session:
        assert counts(session).registered == 25
    assert fresh.desk_name == "Mesa 2 – vestíbulo"
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
        desk_name="Mesa 3",
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
    type_text(dialog.desk_field, "Mesa 4")
    dialog.interval_spin.setValue(15)
    dialog.folder_field.setText(str(tmp_path / "missing"))
    QTest.keyClick(dialog.desk_field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    assert dialog.focusWidget() is dialog.folder_field
    dialog.folder_field.setText(str(tmp_path))
    QTest.keyClick(dialog.folder_field, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    apply_settings(fresh, dialog.values())
    assert fresh.desk_name == "Mesa 4"
    assert BACKUP_INTERVAL.get() == 15
    assert SYNC_FOLDER.get(fresh.desk_id) == str(tmp_path)
    assert QSettings().value(f"sync/{fresh.desk_id}/folder") == str(tmp_path)  # the key of old
    BACKUP_INTERVAL.remove()
