"""The window on a server several desks share: other desks' work within two seconds, the
banner while the server does not answer (scans go on, on this desk's file, with no window),
a check-in that loses the server half-way done again by itself, what is sent when it comes
back (and its conflicts, beside the work), where the data is, and the server chosen in the
first-run setup and the settings."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desk.actions.checkin import check_in_code, check_in_person
from desk.actions.door import scan as door_scan
from desk.arrival import checkin as arrival
from desk.arrival.checkin import Outcome
from desk.doors import attendance
from desk.events.event import Event
from desk.storage.db import Database
from desk.storage.models import Participant, Record
from tests.factory import Factory
from tests.server_support import cut, in_person_codes, reconnect, server_database
from ui.app import apply_language, start_target
from ui.main_window import DASHBOARD, DOOR, MainWindow
from ui.ops import Op
from ui.settings import DATA_FILE, DATA_MODE, DATA_SERVER, SERVER_URL, saved_server
from ui.setup_fields import DataFields
from ui.setup_wizard import SetupWizard, apply_setup, default_choices
from ui.sync_ui import SyncReportDialog

SERVER_ONLY = pytest.mark.parametrize("engine_name", ["postgresql"])
ITEM = "d1-welcome"  # an agenda item without tables or buses


@pytest.fixture(autouse=True)
def _no_saved_data_choice() -> Iterator[None]:
    yield
    DATA_MODE.remove()
    SERVER_URL.remove()


@pytest.fixture
def window(qtbot, db: Database, event: Event, factory: Factory) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    apply_language("en")
    factory.add(db, 40)
    db.catch_up()  # a desk on a server: its file knows everybody (as after a second)
    win = MainWindow(db, event, "Ana")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.server.stop()
    win.runner.wait(5000)


@pytest.fixture
def other_desk(db: Database, event: Event, tmp_path: Path) -> Iterator[Database]:
    """Another desk on the same server, with its own file."""
    from desk.server.database import ServerDatabase

    assert isinstance(db, ServerDatabase)
    other = ServerDatabase(db.url, local=tmp_path / "other.sqlite3", desk_name="Puesto 2")
    other.bind_event(event.id)
    yield other
    other.close()


def server_url(db: Database) -> str:
    url = getattr(db, "url", None)
    assert isinstance(url, str)
    return url


def missing(url: str) -> str:
    """The same server, a database that is not there."""
    return make_url(url).set(database="desk_missing").render_as_string(hide_password=False)


def checkins(db: Database) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(Record).where(Record.kind == "checkin")
        return session.scalar(query) or 0


def scan(window: MainWindow, code: str) -> None:
    """A USB scanner at the check-in desk: the code typed fast, then Enter."""
    QTest.keyClicks(window.search_field, code)
    QTest.keyClick(window.search_field, Qt.Key.Key_Return)


def no_message_box() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def cut_on_first_call(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, url: str
) -> list[int]:
    """The server goes away in the middle of the first ``module.name`` (its transaction has
    begun on the server): ServerLost, nothing saved. The calls are counted."""
    original: Callable[..., Any] = getattr(module, name)
    calls: list[int] = []

    def cutting(*args: Any, **kwargs: Any) -> Any:
        if not calls:
            cut(url)
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, cutting)
    return calls


# -- where the data is ---------------------------------------------------------------------


def test_the_status_bar_says_where_the_data_is(window: MainWindow, db: Database) -> None:
    assert not window.server.banner.isVisible()
    label = window.server.where_label
    assert label.isVisible() and label.width() > 100  # in the status bar, readable
    if db.is_server:
        assert label.accessibleName() == f"Server: {db.location}"
        assert label.text().startswith("Server: postgresql://")
        assert str(db.path) in label.toolTip()
        assert window.server.timer.isActive() and window.server.timer.interval() == 1000
    else:
        assert label.accessibleName() == f"File: {db.path}"
        assert label.text().startswith("File: ")
        assert not window.server.timer.isActive()
        assert window.server.sync_now() is None


# -- other desks' work ---------------------------------------------------------------------


@SERVER_ONLY
def test_another_desk_s_work_shows_within_two_seconds(
    qtbot, window: MainWindow, db: Database, other_desk: Database, event: Event
) -> None:  # type: ignore[no-untyped-def]
    code = in_person_codes(db)[0]
    qtbot.waitUntil(lambda: window._counts is not None, timeout=5000)
    assert window._counts is not None
    before = window._counts.checked_in

    started = time.monotonic()
    assert check_in_code(other_desk, code, operator="Beto").outcome is Outcome.CHECKED_IN
    qtbot.waitUntil(
        lambda: window._counts is not None and window._counts.checked_in == before + 1,
        timeout=2000,
    )
    assert time.monotonic() - started < 2.0
    assert f"<b>{before + 1}</b>" in window.counts_label.text()

    # A door scan at the other desk: the door screen's counts ("inside now").
    window.show_screen(DOOR)
    window.door.set_item(ITEM)
    started = time.monotonic()
    door_scan(other_desk, event, ITEM, code, operator="Beto", confirm=True)
    qtbot.waitUntil(
        lambda: window.door.counts is not None and window.door.counts.inside == 1, timeout=2000
    )
    assert time.monotonic() - started < 2.0
    assert "1 inside" in window.door.count_label.text()

    # The dashboard, while shown.
    window.show_screen(DASHBOARD)
    second = in_person_codes(db)[1]
    started = time.monotonic()
    check_in_code(other_desk, second, operator="Beto")
    total = f"{before + 2} / "
    qtbot.waitUntil(
        lambda: window.dashboard.checked_tile.value.text().startswith(total), timeout=2000
    )
    assert time.monotonic() - started < 2.0


@SERVER_ONLY
def test_a_chosen_person_stays_chosen_while_other_desks_work(
    qtbot, window: MainWindow, db: Database, other_desk: Database
) -> None:  # type: ignore[no-untyped-def]
    screen = window.screen_
    QTest.keyClicks(window.search_field, "a")
    screen.flush_search()
    assert window.model.rowCount() > 2
    QTest.keyClick(window.search_field, Qt.Key.Key_Down)
    QTest.keyClick(window.search_field, Qt.Key.Key_Down)
    chosen = screen.selected_participant_id()
    assert chosen is not None
    with db.read() as session:
        other = session.scalar(
            select(Participant.code).where(
                Participant.id != chosen, Participant.mode == "in_person"
            )
        )
    assert other is not None
    check_in_code(other_desk, other, operator="Beto")
    # The window hears of it (the list is read again) and the chosen person stays chosen.
    qtbot.waitUntil(
        lambda: window._counts is not None and window._counts.checked_in == 1, timeout=2000
    )
    assert screen.selected_participant_id() == chosen
    QTest.keyClick(window.search_field, Qt.Key.Key_Return)
    assert screen.state in ("checked_in", "already")
    assert screen.last_result is not None and screen.last_result.participant is not None
    assert screen.last_result.participant.id == chosen


# -- the server goes away ------------------------------------------------------------------


@SERVER_ONLY
def test_scans_while_the_server_is_cut_are_saved_here_then_sent(
    qtbot, window: MainWindow, db: Database
) -> None:  # type: ignore[no-untyped-def]
    url = server_url(db)
    first, second = in_person_codes(db)[:2]
    cut(url)
    try:
        scan(window, first)
        assert window.screen_.state == "checked_in"
        assert no_message_box()
        assert not db.online
        assert window.server.banner.isVisible()  # at once, not at the next second
        assert window.server.headline.text() == (
            "No connection to the server: saving on this computer"
        )
        assert window.server.detail.full_text().startswith("1 record waiting to be sent")
        assert db.offline_reason in window.server.detail.full_text()  # type: ignore[attr-defined]
        assert window.search_field.hasFocus()
        scan(window, second)
        assert window.screen_.state == "checked_in" and no_message_box()
        assert db.pending() == 2
        assert window.server.detail.full_text().startswith("2 records waiting")
        # The banner never takes the keyboard: nothing in it can have the focus.
        assert window.server.banner.focusPolicy() == Qt.FocusPolicy.NoFocus
        for child in window.server.banner.findChildren(QWidget):
            assert child.focusPolicy() == Qt.FocusPolicy.NoFocus
        qtbot.wait(1200)  # a second or more of the window following an absent server
        assert window.server.banner.isVisible() and window.search_field.hasFocus()
    finally:
        reconnect(url)
    qtbot.waitUntil(lambda: not window.server.banner.isVisible(), timeout=10_000)
    assert db.online and db.pending() == 0
    assert window.statusBar().currentMessage() == (
        "Sent to the server what was saved without a connection: 2 records."
    )
    assert checkins(db) == 2  # on the server now
    # The counts read the server again from scratch (it numbers records its own way).
    qtbot.waitUntil(
        lambda: window._counts is not None and window._counts.checked_in == 2, timeout=2000
    )
    assert window.sync.dialog is None  # no conflicts: no report
    assert no_message_box()


@SERVER_ONLY
def test_an_online_report_imported_while_the_server_is_cut_is_sent_and_said(
    qtbot, window: MainWindow, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desk.actions.online import import_online
    from tests.online_files import Conn, at, zoom_meeting

    report = zoom_meeting(
        tmp_path / "zoom.csv",
        [Conn("Usuario de Zoom 7", "", at("09:00"), at("10:00"))],
    )
    url = server_url(db)
    cut(url)
    try:
        window.server.sync_now()  # what the window does every second
        qtbot.waitUntil(lambda: not db.online, timeout=5_000)
        done = import_online(db, window.desk_event, report, operator="Ana")
        assert done.intervals == 1 and db.pending() == 1
    finally:
        reconnect(url)
    qtbot.waitUntil(lambda: db.online and db.pending() == 0, timeout=10_000)
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Sent to the server what was saved without a connection: 1 online connection."
        ),
        timeout=5_000,
    )


@SERVER_ONLY
def test_a_check_in_that_loses_the_server_half_way_is_done_again_here(
    qtbot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    url = server_url(db)
    code = in_person_codes(db)[0]
    calls = cut_on_first_call(monkeypatch, arrival, "check_in", url)
    try:
        scan(window, code)
        assert len(calls) == 2  # lost half-way, then once more: on this desk's file
        assert window.screen_.state == "checked_in"
        assert no_message_box()
        assert not db.online and db.pending() == 1 and checkins(db) == 1
        assert window.server.banner.isVisible()
    finally:
        reconnect(url)
    qtbot.waitUntil(lambda: db.online, timeout=10_000)
    assert checkins(db) == 1


@SERVER_ONLY
def test_an_op_and_a_door_scan_that_lose_the_server_are_done_again_here(
    qtbot, window: MainWindow, db: Database, event: Event, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    url = server_url(db)
    first, second = in_person_codes(db)[:2]
    with db.read() as session:
        pid = session.scalar(select(Participant.id).where(Participant.code == first))
    assert pid is not None
    # An action from a dialog (the Op runner).
    calls = cut_on_first_call(monkeypatch, arrival, "check_in_participant", url)
    failures: list[BaseException] = []
    try:
        result = (
            Op(window, lambda _ctx: check_in_person(db, pid, operator="Ana"))
            .failure(failures.append)
            .run()
        )
        assert result is not None and result.outcome is Outcome.CHECKED_IN
        assert len(calls) == 2 and failures == [] and no_message_box()
    finally:
        reconnect(url)
    qtbot.waitUntil(lambda: db.online, timeout=10_000)

    # A door scan.
    window.show_screen(DOOR)
    window.door.set_item(ITEM)
    calls = cut_on_first_call(monkeypatch, attendance, "scan", url)
    try:
        QTest.keyClicks(window.door.field, second)
        QTest.keyClick(window.door.field, Qt.Key.Key_Return)
        if window.door._pending is not None:  # outside the item's time: Enter says yes
            QTest.keyClick(window.door.field, Qt.Key.Key_Return)
        assert window.door.state != "failed" and no_message_box()
        assert calls and window.server.banner.isVisible()
    finally:
        reconnect(url)
    qtbot.waitUntil(lambda: db.online, timeout=10_000)


@SERVER_ONLY
def test_conflicts_found_when_the_server_is_back_show_beside_the_work(
    qtbot, window: MainWindow, db: Database, other_desk: Database
) -> None:  # type: ignore[no-untyped-def]
    url = server_url(db)
    code, after = in_person_codes(db)[:2]
    window.server.timer.stop()  # the server comes back only when the test says so
    cut(url)
    try:
        scan(window, code)
        assert window.screen_.state == "checked_in" and not db.online
    finally:
        reconnect(url)
    # Meanwhile, the same person at another desk.
    assert check_in_code(other_desk, code, operator="Beto").outcome is Outcome.CHECKED_IN
    window.server.timer.start()
    qtbot.waitUntil(lambda: db.online, timeout=10_000)
    assert window.statusBar().currentMessage() == (
        "Sent to the server what was saved without a connection: 1 record."
    )
    # No window by itself: a button in the status bar waits, and the field keeps the keys.
    assert window.sync.dialog is None and no_message_box()
    assert window.isActiveWindow() and window.search_field.hasFocus()
    button = window.server.conflicts_button
    assert button.isVisible() and button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert button.text() == "⚠ 1 conflict found when sending to the server: show…"
    scan(window, after)
    assert window.screen_.state == "checked_in"
    # Asked for: the merge report, as after a desk file's merge.
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.sync.dialog
    assert isinstance(dialog, SyncReportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Sent to the server"
    text = dialog.text.toPlainText()
    assert text.startswith("Sent to the server what was saved without a connection: 1 record")
    assert "Checked in at two desks" in text
    assert not button.isVisible()
    dialog.reject()
    qtbot.waitUntil(window.search_field.hasFocus)


# -- choosing the server: settings and first run -------------------------------------------


def test_the_server_is_used_only_when_chosen_and_nothing_names_a_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = "postgresql://desk@server/desk"
    assert saved_server() is None and start_target(None) == (None, False)
    SERVER_URL.set(url)
    assert saved_server() is None  # an address alone is not the choice
    DATA_MODE.set(DATA_SERVER)
    assert saved_server() == url and start_target(None) == (url, True)
    assert start_target("/data/desk.sqlite3") == ("/data/desk.sqlite3", False)
    monkeypatch.setenv("DESK_DB", "/data/other.sqlite3")
    assert start_target(None) == (None, False)  # open_database reads DESK_DB itself
    DATA_MODE.set("sometimes")
    assert DATA_MODE.get() == DATA_FILE and saved_server() is None


def test_an_address_that_cannot_be_used_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    fields = DataFields(DATA_FILE, "")
    qtbot.addWidget(fields)
    fields.show()
    assert fields.verify() is None  # this computer's file: nothing to test
    assert not fields.url_field.isEnabled()
    fields.server_button.setChecked(True)
    assert fields.url_field.isEnabled() and fields.test_button.isEnabled()
    problem = fields.verify()
    assert problem is not None and "postgresql://USER@COMPUTER/DATABASE" in problem
    fields.url_field.setText("/home/ana/desk.sqlite3")
    problem = fields.verify()
    assert problem is not None and "is not a server address" in problem
    assert fields.result.text() == problem and fields.result.isVisible()


@SERVER_ONLY
def test_test_connection_says_what_the_server_answers(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    url = server_url(db)
    fields = DataFields(DATA_SERVER, url)
    qtbot.addWidget(fields)
    fields.show()
    QTest.mouseClick(fields.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fields.result.text().startswith("✔ Connected."), timeout=10_000)
    assert "Schema: " in fields.result.text() and "Round trip" in fields.result.text()
    assert fields.verify() is None  # answered just now: not tried again
    # No such database on the server: its own words.
    fields.url_field.setText(missing(url))
    problem = fields.verify()
    assert problem is not None and "desk_missing" in problem  # the server's words
    # A database without Desk's tables: how to make them.
    with server_database(empty=True) as empty:
        fields.url_field.setText(empty)
        problem = fields.verify()
    assert problem is not None and "desk server init" in problem
    fields.wait()


@SERVER_ONLY
def test_the_settings_keep_the_server_for_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, db: Database
) -> None:
    from ui.settings_dialog import SettingsDialog, apply_settings, current_settings

    apply_language("en")
    url = server_url(db)
    dialog = SettingsDialog(current_settings(db, "Ana"), printers=[])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "next time Desk starts" in dialog.data_note.text()
    assert dialog.data_note.text().startswith(f"Now: server {db.location}.")
    dialog.data_fields.server_button.setChecked(True)
    dialog.data_fields.url_field.setText(missing(url))
    QTest.keyClick(dialog.desk_field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "cannot be used" in dialog.error.text()
    assert "desk_missing" in dialog.data_fields.result.text()
    dialog.data_fields.url_field.setText(url)
    QTest.keyClick(dialog.desk_field, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.data_changed()
    apply_settings(db, dialog.values())
    assert (DATA_MODE.get(), SERVER_URL.get(), saved_server()) == (DATA_SERVER, url, url)


@SERVER_ONLY
def test_the_first_run_asks_where_the_data_is_and_tries_the_server(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, event: Event
) -> None:
    apply_language("en")
    url = server_url(db)
    fresh = Database(tmp_path / "new.sqlite3", desk_name="portatil-7")
    try:
        wizard = SetupWizard(default_choices(fresh, operator="Ana"), printers=[])
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.who
        assert page.data.isVisible() and page.data.mode() == DATA_FILE
        page.data.server_button.setChecked(True)
        assert not page.isComplete()  # a server needs its address
        page.data.url_field.setText(missing(url))
        assert page.isComplete()
        QTest.keyClick(page.data.url_field, Qt.Key.Key_Return)
        assert wizard.currentPage() is page  # it did not answer: the setup waits
        assert "desk_missing" in page.data.result.text()
        page.data.url_field.setText(url)
        QTest.keyClick(page.data.url_field, Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.printing
        choices = wizard.choices()
        assert (choices.data_mode, choices.server_url) == (DATA_SERVER, url)
        apply_setup(db, event, choices)  # the application opened the server: applied there
        assert saved_server() == url
    finally:
        fresh.close()


def test_the_first_run_does_not_ask_when_the_database_was_named(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    fresh = Database(tmp_path / "new.sqlite3", desk_name="portatil-7")
    try:
        SERVER_URL.set("postgresql://desk@server/desk")
        DATA_MODE.set(DATA_SERVER)
        wizard = SetupWizard(default_choices(fresh), printers=[], data_choice=False)
        qtbot.addWidget(wizard)
        wizard.show()
        assert not wizard.who.data.isVisible()
        wizard.who.data.file_button.setChecked(True)  # hidden: not the answer
        choices = wizard.choices()
        assert (choices.data_mode, choices.server_url) == (
            DATA_SERVER,
            "postgresql://desk@server/desk",
        )
    finally:
        fresh.close()
