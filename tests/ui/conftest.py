from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desk.events.event import Event
from desk.storage.db import Database
from tests.factory import Factory
from ui.app import apply_language
from ui.main_window import MainWindow


def type_text(widget: QWidget, text: str) -> None:
    """Type like a person; non-ASCII characters one by one (keyClicks aborts on them)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def window(qtbot, db: Database, event: Event, factory: Factory):  # type: ignore[no-untyped-def]
    apply_language("en")
    factory.add(db, 300)
    win = MainWindow(db, event)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.runner.wait(5000)
