from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.actions.deskfiles import restore_backup
from desk.deskfiles import backup as bk
from desk.deskfiles.backup import BackupError, backup_now, list_backups
from desk.events.event import Event
from desk.storage.db import Database
from tests.factory import Factory
from ui.app import apply_language
from ui.backup_ui import BackupController, RestoreDialog
from ui.settings import BACKUP_INTERVAL
from ui.tasks import TaskRunner

T0 = datetime(2022, 5, 23, 20, 15, 2, tzinfo=UTC)  # 14:15 in San Salvador


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.wait(5000)


@pytest.fixture(autouse=True)
def _english_and_default_interval(qapp) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    BACKUP_INTERVAL.remove()


def no_modal_dialogs() -> None:
    assert QApplication.activeModalWidget() is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


# -- the controller ----------------------------------------------------------------------


def test_controller_backs_up_when_due_and_quietly(
    qtbot, db: Database, factory: Factory, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    factory.add(db, 20)
    clock = Clock(T0)
    controller = BackupController(db, runner, clock=clock, check_every_ms=50)
    with qtbot.waitSignal(controller.backed_up, timeout=5000) as signal:
        controller.start()
    path = signal.args[0]
    assert path.exists() and path.name == "desk-20220523T201502Z-auto.sqlite3"
    assert controller.last_backup_at == T0
    no_modal_dialogs()
    # Not due again before the interval has passed.
    clock.now = T0 + timedelta(minutes=4)
    assert controller.check_now() is None
    controller.stop()
    assert not controller.active


def test_controller_skips_when_nothing_changed(
    qtbot, db: Database, factory: Factory, runner: TaskRunner
) -> None:  # type: ignore[no-untyped-def]
    factory.add(db, 20)
    backup_now(db, now=T0)  # made earlier (another run of the window)
    clock = Clock(T0 + timedelta(minutes=6))
    controller = BackupController(db, runner, clock=clock)
    with qtbot.waitSignal(controller.skipped, timeout=5000):
        assert controller.check_now() is not None
    assert len(list_backups(db)) == 1
    factory.add(db, 1, seed=99)
    clock.now += timedelta(minutes=5)
    with qtbot.waitSignal(controller.backed_up, timeout=5000):
        controller.check_now()
    assert len(list_backups(db)) == 2


def test_interval_comes_from_the_settings(qtbot, db: Database, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue("backup/interval_minutes", 30)  # the key of earlier versions
    backup_now(db, reason="manual", now=T0)
    clock = Clock(T0 + timedelta(minutes=20))
    controller = BackupController(db, runner, clock=clock)
    assert controller.check_now() is None  # 20 minutes < 30
    clock.now = T0 + timedelta(minutes=31)
    assert controller.check_now() is not None
    runner.wait(5000)


def test_a_running_backup_is_not_started_twice(qtbot, db: Database, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    controller = BackupController(db, runner, clock=Clock(T0))
    first = controller.check_now()
    assert first is not None and controller.running
    assert controller.check_now() is None
    assert controller.back_up_now() is None
    with qtbot.waitSignal(first.finished, timeout=5000):
        pass
    assert not controller.running


def test_a_failure_is_a_signal_not_a_dialog(
    qtbot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def disk_full(*_a: object, **_k: object) -> Path:
        raise BackupError("Backup not made in /x: database or disk is full")

    monkeypatch.setattr(bk, "backup_now", disk_full)
    clock = Clock(T0)
    controller = BackupController(db, runner, clock=clock)
    with qtbot.waitSignal(controller.backup_failed, timeout=5000) as signal:
        controller.check_now()
    assert signal.args[0] == (
        "Automatic backup failed: Backup not made in /x: database or disk is full"
    )
    no_modal_dialogs()
    # Tried again at the next interval, not at every tick.
    clock.now = T0 + timedelta(minutes=1)
    assert controller.check_now() is None
    clock.now = T0 + timedelta(minutes=5)
    assert controller.check_now() is not None
    runner.wait(5000)


def test_back_up_now_by_hand(qtbot, db: Database, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    controller = BackupController(db, runner, clock=Clock(T0))
    with qtbot.waitSignal(controller.backed_up, timeout=5000) as signal:
        controller.back_up_now()
    assert signal.args[0].name.endswith("-manual.sqlite3")


# -- the dialog --------------------------------------------------------------------------


def make_backups(db: Database, factory: Factory) -> list[Path]:
    factory.add(db, 12)
    first = backup_now(db, reason="before-import", now=T0)
    factory.add(db, 3, seed=11)
    second = backup_now(db, now=T0 + timedelta(minutes=5))
    return [second, first]


def test_dialog_lists_backups_newest_first_in_local_time(
    qtbot, db: Database, event: Event, factory: Factory
) -> None:  # type: ignore[no-untyped-def]
    make_backups(db, factory)
    dialog = RestoreDialog(db.path, list_backups(db), event)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())
    ]
    assert rows == [
        ["2022-05-23 14:20", "automatic", "0", "15", "0"],
        ["2022-05-23 14:15", "before an import", "0", "12", "0"],
    ]
    assert not dialog.empty_label.isVisibleTo(dialog)


def test_enter_then_confirmation_requests_the_restore(
    qtbot, db: Database, event: Event, factory: Factory
) -> None:  # type: ignore[no-untyped-def]
    _newest, older = make_backups(db, factory)
    dialog = RestoreDialog(db.path, list_backups(db), event)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.confirming
    text = dialog.confirm_label.text()
    assert "2022-05-23 14:15" in text and "kept aside as desk.sqlite3.replaced-" in text
    assert "Check-ins made after 2022-05-23 14:15 will not be in the restored database" in text
    # Escape goes back to the list; Enter again comes back here.
    QTest.keyClick(dialog.restore_button, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.confirming
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.confirming
    with qtbot.waitSignal(dialog.restore_requested, timeout=1000) as signal:
        QTest.keyClick(dialog.restore_button, Qt.Key.Key_Return)
    assert signal.args == [older]
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_enter_on_the_list_alone_restores_nothing(
    qtbot, db: Database, event: Event, factory: Factory
) -> None:  # type: ignore[no-untyped-def]
    make_backups(db, factory)
    dialog = RestoreDialog(db.path, list_backups(db), event)
    qtbot.addWidget(dialog)
    dialog.show()
    requested: list[object] = []
    dialog.restore_requested.connect(requested.append)
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert requested == [] and dialog.isVisible()


def test_dialog_without_backups(qtbot, db: Database, event: Event) -> None:  # type: ignore[no-untyped-def]
    dialog = RestoreDialog(db.path, [], event)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.choose_button.isEnabled()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.confirming


def test_the_windows_restore_closes_the_database(
    db: Database, event: Event, factory: Factory
) -> None:
    _newest, older = make_backups(db, factory)
    if db.is_server:  # nothing of its own to restore: refused, and the window opens it again
        from desk.errors import DeskError
        from ui.app import open_again

        with pytest.raises(DeskError, match="works on the server"):
            restore_backup(db, older, operator="Ana", event_id=event.id)
        with open_again(db) as reopened:
            assert reopened.is_server and reopened.online
            assert (reopened.desk_id, reopened.path) == (db.desk_id, db.path)
        return
    # What the window runs (ui.backup_ui.perform_restore is gone): the action closes it.
    result = restore_backup(db, older, operator="Ana", event_id=event.id)
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert result.backup.participants == 12
    with Database(db.path) as reopened:
        assert reopened.integrity_check() == []
