from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desk.deskfiles.backup import backup_now
from desk.events.event import Event
from desk.storage.health import check_at_start, newest_good_backup
from tests.desk.storage.test_health import corrupt_a_page, leave_unclean_marker, make_database
from tests.factory import Factory
from ui import health_dialog
from ui.app import apply_language
from ui.health_dialog import DamagedDatabaseDialog, startup_health

T0 = datetime(2022, 5, 23, 14, 15, 2, tzinfo=UTC)  # 08:15 in San Salvador


@pytest.fixture
def damaged(tmp_path: Path, event: Event, factory: Factory) -> Path:
    apply_language("en")
    path = tmp_path / "desk.sqlite3"
    db = make_database(path, event, factory, people=40)
    backup_now(db, reason="auto", now=T0)
    db.close()
    corrupt_a_page(path)
    leave_unclean_marker(path)
    return path


def test_the_dialog_offers_the_backup_and_enter_accepts(qtbot, damaged: Path, event: Event) -> None:  # type: ignore[no-untyped-def]
    report = check_at_start(damaged)
    backup = newest_good_backup(damaged, event.id)
    assert report.damaged and backup is not None
    dialog = DamagedDatabaseDialog(report, backup, event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.restore_button is not None
    text = dialog.restore_button.text()
    assert "08:15" in text and "40 participants" in text and "0 check-ins" in text
    assert "did not close properly" in dialog.explanation.text()
    assert dialog.restore_button.isDefault()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == DamagedDatabaseDialog.DialogCode.Accepted


def test_without_a_backup_only_quitting_is_offered(
    qtbot, tmp_path: Path, event: Event, factory: Factory
) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    path = tmp_path / "desk.sqlite3"
    make_database(path, event, factory, people=10).close()
    corrupt_a_page(path)
    dialog = DamagedDatabaseDialog(check_at_start(path), None, event)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert dialog.quit_button.isDefault()
    assert "No good backup" in dialog.offer.text()


def _answer_dialogs(answers: list[str]) -> QTimer:
    """Press Enter in each modal dialog that opens; note its class."""

    def press() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        answers.append(type(widget).__name__)
        focus = widget.focusWidget() or widget
        from PySide6.QtTest import QTest

        QTest.keyClick(focus, Qt.Key.Key_Return)

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(press)
    timer.start()
    return timer


def test_startup_health_restores_the_backup_and_keeps_the_damaged_file(
    qtbot, damaged: Path, event: Event
) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    timer = _answer_dialogs(seen)
    try:
        assert startup_health(None, damaged, event) is True
    finally:
        timer.stop()
    assert seen == ["DamagedDatabaseDialog", "QMessageBox"]  # the offer, then what was done
    assert [p.name for p in damaged.parent.iterdir() if ".damaged-" in p.name]
    assert check_at_start(damaged, full=True).ok


def test_startup_health_quits_on_a_full_disk_and_goes_on_when_healthy(
    qtbot, tmp_path: Path, event: Event, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    path = tmp_path / "desk.sqlite3"
    make_database(path, event, factory, people=3).close()
    assert startup_health(None, path, event) is True  # nothing to say: no dialog

    told: list[str] = []
    monkeypatch.setattr(health_dialog, "_tell", lambda _p, _i, text: told.append(text))
    monkeypatch.setattr(health_dialog, "check_at_start", lambda p: _full_disk_report(p))
    assert startup_health(None, path, event) is False
    assert told and "is full" in told[0]


def _full_disk_report(path: Path):  # type: ignore[no-untyped-def]
    from desk.storage.health import DISK_FULL, Finding, HealthReport

    return HealthReport(
        db_path=Path(path),
        exists=True,
        unclean_exit=False,
        full_check=False,
        findings=(Finding(DISK_FULL, "The disk is full.", True),),
    )
