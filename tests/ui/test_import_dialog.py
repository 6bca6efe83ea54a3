"""The import dialog: a list without a category column says so before anything is
imported, and takes one category for the whole file and rules, previewed by Check only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desk.events.event import Event
from desk.people.participants import all_participants
from desk.storage.db import Database
from tests import forum_lists
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.app import apply_language
from ui.import_dialog import ImportDialog
from ui.tasks import TaskRunner


@pytest.fixture
def open_dialog(qtbot, db: Database, event: Event):  # type: ignore[no-untyped-def]
    runner = TaskRunner()

    def make(path: Path) -> ImportDialog:
        dialog = ImportDialog(db, event, path, runner, operator="Ana")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    runner.wait(5000)


def categories(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {p.given_name: p.category for p in all_participants(session)}


def test_a_list_without_categories_gets_a_category_and_rules_previewed_first(
    qtbot,  # type: ignore[no-untyped-def]
    open_dialog,  # type: ignore[no-untyped-def]
    db: Database,
    tmp_path: Path,
) -> None:
    apply_language("en")
    dialog = open_dialog(forum_lists.write_csv(tmp_path / "lista.csv"))
    assert not dialog.has_category_column and dialog.category_box.isVisible()
    assert "no category column" in dialog.no_category_label.text()
    assert "“Guest”" in dialog.no_category_label.text()
    # One category for the whole file, and two rules typed as an operator would.
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("diaspora_org"))
    qtbot.mouseClick(dialog.add_rule_button, Qt.MouseButton.LeftButton)
    type_text(dialog.rules_table.viewport().focusWidget() or dialog.rules_table, "cancillería")
    dialog.rules_table.setCurrentCell(0, 1)  # leaving the cell commits the text
    combo = dialog.rules_table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("mfa"))
    dialog.add_rule("rree.gob", "mfa")
    dialog.add_rule("iom.int", "iom")
    dialog.add_rule("", "speaker")  # an empty rule is no rule
    choice = dialog.choice()
    assert choice is not None and choice.default == "diaspora_org"
    assert [(r.text, r.category) for r in choice.rules] == [
        ("cancillería", "mfa"),
        ("rree.gob", "mfa"),
        ("iom.int", "iom"),
    ]
    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    preview = dialog.preview_label.text()
    assert preview.startswith("Preview:")
    assert "Foreign Ministry delegate: 2" in preview and "IOM: 1" in preview
    assert "Diaspora organisation: 2" in preview
    assert categories(db) == {}  # a check only changes nothing
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("guest"))
    assert "changed" in dialog.preview_label.text()
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.report.dry_run, timeout=10_000)
    assert categories(db) == {
        "Nicolás Josué": "mfa",
        "María José": "mfa",
        "José Luis": "guest",
        "Ana Lucía": "guest",
        "Pedro": "iom",
    }
    assert "Dieta" in dialog._report.toPlainText()


def test_a_list_with_a_category_column_shows_no_choice(
    open_dialog,  # type: ignore[no-untyped-def]
    factory: Factory,
    tmp_path: Path,
) -> None:
    apply_language("en")
    dialog = open_dialog(factory.write_csv(tmp_path / "l.csv", factory.people(3)))
    assert dialog.has_category_column and not dialog.category_box.isVisible()
    assert dialog.choice() is None


def test_the_choice_speaks_spanish(
    open_dialog,  # type: ignore[no-untyped-def]
    event: Event,
    tmp_path: Path,
) -> None:
    guest = event.category("guest").label.es
    apply_language("es")
    try:
        dialog = open_dialog(forum_lists.write_xlsx(tmp_path / "list.xlsx"))
        assert dialog.category_box.isVisible()
        assert f"“{guest}”" in dialog.no_category_label.text()
        assert dialog.category_combo.currentData() == "guest"
        assert dialog.category_combo.currentText() == f"{guest} (guest)"
    finally:
        apply_language("en")


def test_check_only_suggests_rules_from_the_organisations(
    qtbot,  # type: ignore[no-untyped-def]
    open_dialog,  # type: ignore[no-untyped-def]
    db: Database,
    tmp_path: Path,
) -> None:
    apply_language("en")
    dialog = open_dialog(forum_lists.write_csv(tmp_path / "lista.csv"))
    dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert "Organisations that name a category" in dialog._report.toPlainText()
    assert dialog.suggest_button.isVisible()
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    choice = dialog.choice()
    assert choice is not None
    assert {(r.text, r.category) for r in choice.rules} == {
        ("cancilleria", "mfa"),
        ("ministerio de relaciones exteriores", "mfa"),
        ("instituto de los mexicanos en el exterior", "diaspora_agency"),
        ("oim", "iom"),
    }
    assert not dialog.suggest_button.isVisible()
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.report.dry_run, timeout=10_000)
    assert categories(db) == {
        "Nicolás Josué": "mfa",
        "María José": "mfa",
        "José Luis": "diaspora_agency",
        "Ana Lucía": "guest",
        "Pedro": "iom",
    }


def test_the_report_lists_likely_duplicates_and_counts_the_rest(
    qtbot,  # type: ignore[no-untyped-def]
    open_dialog,  # type: ignore[no-untyped-def]
    factory: Factory,
    event: Event,
    tmp_path: Path,
) -> None:
    apply_language("en")
    juanes = [
        {
            "given_name": "Juan",
            "family_name": "Pérez",
            "country": "HN",
            "category": event.default_category,
            "email": f"juan{i}@x.org",
        }
        for i in range(24)
    ]
    juanes[1] = {**juanes[1], "given_name": "Juan Carlos"}  # line 3
    dialog = open_dialog(factory.write_csv(tmp_path / "juanes.csv", juanes))
    qtbot.mouseClick(dialog._check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    text = dialog._report.toPlainText()
    assert (
        "Line 3 may be the same person as line 2 (without the given name «Carlos»; "
        "same country): kept as two participants; check them." in text
    )
    assert "Line 4 may be the same person as line 2 (same name; same country)" in text
    assert text.count("may be the same person") == 20
    assert "… and 3 more: after the import, see them all in File › Possible duplicates." in text
