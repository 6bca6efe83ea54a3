"""The window's error hook: an unexpected error in a slot reaches the log file, with its
traceback, and is shown to the operator."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QTimer

import ui.app
from desk.logs import start_logging
from tests.log_support import root_logger_restored


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    with root_logger_restored():
        yield


def test_an_unexpected_error_in_a_slot_is_logged_and_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(ui.app, "show_error", lambda parent, exc: shown.append(exc))
    earlier: list[BaseException] = []

    def previous(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        earlier.append(exc)  # instead of printing (and of pytest-qt's capture)

    monkeypatch.setattr(sys, "excepthook", previous)  # restored after the test
    path = start_logging(tmp_path / "logs" / "desk.log")
    ui.app.install_error_hook()

    def slot() -> None:
        raise RuntimeError("the printer went away")

    QTimer.singleShot(0, slot)  # called from Qt's event loop, as a button's slot would be
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)

    text = path.read_text(encoding="utf-8")
    assert "ERROR desk: unexpected error" in text
    assert "Traceback (most recent call last):" in text
    assert 'raise RuntimeError("the printer went away")' in text
    assert "RuntimeError: the printer went away" in text
    assert [str(e) for e in shown] == ["the printer went away"]
    assert earlier == shown  # the hook before it still hears of it


def test_a_keyboard_interrupt_is_logged_but_not_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(ui.app, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: None)
    path = start_logging(tmp_path / "desk.log")
    ui.app.install_error_hook()
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as exc:
        sys.excepthook(KeyboardInterrupt, exc, exc.__traceback__)
    assert "KeyboardInterrupt" in path.read_text(encoding="utf-8")
    assert shown == []
