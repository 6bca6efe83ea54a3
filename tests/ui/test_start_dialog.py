from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from desk.storage.db import Database
from ui.app import ask_who
from ui.start_dialog import StartDialog


def test_both_names_are_required_and_enter_confirms(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog("Mesa 1", "")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog.operator_field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    QTest.keyClicks(dialog.operator_field, "Ana")
    QTest.keyClick(dialog.operator_field, Qt.Key.Key_Return)
    assert dialog.result() == StartDialog.DialogCode.Accepted
    assert dialog.values() == ("Mesa 1", "Ana")


def test_command_line_answers_the_question(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    assert ask_who(db, "Mesa 2", "Beto") == "Beto"
    assert QSettings().value("operator") == "Beto"
