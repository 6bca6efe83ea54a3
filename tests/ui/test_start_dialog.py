from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from desk.storage.db import Database
from ui.app import ask_who
from ui.start_dialog import StartDialog


def test_both_names_are_required_and_enter_confirms(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog("Puesto 1", "")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog.operator_field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    QTest.keyClicks(dialog.operator_field, "Ana")
    QTest.keyClick(dialog.operator_field, Qt.Key.Key_Return)
    assert dialog.result() == StartDialog.DialogCode.Accepted
    assert dialog.values() == ("Puesto 1", "Ana")


def test_command_line_answers_the_question(qapp, db: Database) -> None:  # type: ignore[no-untyped-def]
    assert ask_who(db, "Puesto 2", "Beto") == "Beto"
    assert QSettings().value("operator") == "Beto"


def test_the_computer_s_name_is_not_offered_as_the_desk_s(qtbot) -> None:  # type: ignore[no-untyped-def]
    import socket

    from ui.setup_fields import FOCUS_RING

    dialog = StartDialog(socket.gethostname(), "Ana")
    qtbot.addWidget(dialog)
    assert dialog.desk_field.text() == ""
    assert "Desk 1 – lobby" in dialog.desk_field.placeholderText()
    assert dialog.styleSheet() == FOCUS_RING  # the focused field framed, as in the setup
    named = StartDialog("Puesto 2", "Ana")
    qtbot.addWidget(named)
    assert named.desk_field.text() == "Puesto 2"
