"""The check-in screen driven like a person with a keyboard and a USB scanner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desk.arrival import codes
from desk.events.event import Event
from desk.people.importing import import_participants
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from desk.storage.models import Record
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.main_window import MainWindow


@pytest.fixture
def desk_window(qtbot, db: Database, event: Event, factory: Factory, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ui.app import apply_language

    apply_language("en")
    rows = factory.people(8)
    rows[4] = {**rows[4], "mode": "online"}
    with db.write() as session:
        import_participants(
            session, event, factory.write_csv(tmp_path / "l.csv", rows), desk_id=db.desk_id
        )
    factory.add(db, 250, seed=11)
    win = MainWindow(db, event, "Ana")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def people(db: Database) -> dict[str, ParticipantInfo]:
    with db.read() as session:
        return {p.full_name: p for p in all_participants(session)}


def checkins(db: Database) -> int:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Record).where(Record.kind == "checkin"))
            or 0
        )


def press(widget, key) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, key)


def test_typing_hernandez_finds_hernandez(desk_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_text(desk_window.search_field, "hernandez")

    def names() -> list[str]:
        model = desk_window.model
        return [model.participant(r).full_name for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: "José Luis Hernández Núñez" in names(), timeout=2000)


def test_scan_with_enter_checks_in_and_second_scan_says_already(
    desk_window: MainWindow, db: Database, tmp_path: Path
) -> None:
    screen = desk_window.screen_
    jose = people(db)["José Luis Hernández Núñez"]
    type_text(screen.field, jose.code)
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "checked_in"
    assert "José Luis Hernández Núñez" in screen.person.text()
    assert screen.field.text() == "" and screen.field.hasFocus()
    assert checkins(db) == 1
    type_text(screen.field, codes.format_code(jose.code).lower())  # typed by hand this time
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "already"
    headline = screen.headline.text()
    assert "ALREADY CHECKED IN" in headline
    # When, as people say it, and "by Ana" never split across two lines.
    assert "today\u00a0" in headline and "by\u00a0Ana" in headline
    plain = headline.replace("\u00a0", " ")
    assert "Test desk" in plain and "by Ana" in plain and "2022-" not in plain
    assert checkins(db) == 1
    desk_window.grab().save(str(tmp_path / "already.png"))


def test_scan_with_tab_and_without_terminator(desk_window: MainWindow, db: Database) -> None:
    screen = desk_window.screen_
    everyone = people(db)
    nuno, zoe = everyone["Ñuño Ibáñez"], everyone["Zoë Ørsted"]
    type_text(screen.field, nuno.code)
    press(screen.field, Qt.Key.Key_Tab)
    assert screen.state == "checked_in" and screen.field.hasFocus()
    type_text(screen.field, zoe.code)  # no terminator at all
    assert screen.state == "checked_in" and "Zoë Ørsted" in screen.person.text()
    assert checkins(db) == 2


def test_unknown_code_and_wrong_check_character(
    desk_window: MainWindow, db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    screen = desk_window.screen_
    # A code nobody has waits for its terminator (it may be a misread before a good code)...
    type_text(screen.field, codes.generate_code())
    assert screen.state == "ready"
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "unknown_code" and "UNKNOWN CODE" in screen.headline.text()
    # ... or for the pause after it, from a scanner that sends none.
    type_text(screen.field, codes.generate_code())
    qtbot.waitUntil(lambda: screen.field.text() == "", timeout=2000)
    assert screen.state == "unknown_code"
    code = people(db)["Ñuño Ibáñez"].code
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    type_text(screen.field, wrong)
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "bad_check" and "INVALID CODE" in screen.headline.text()
    type_text(screen.field, wrong)  # a scanner that sends no terminator: judged after a pause
    qtbot.waitUntil(lambda: screen.field.text() == "", timeout=2000)
    assert screen.state == "bad_check"
    type_text(screen.field, "zzzzqqq")
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "no_match"  # a typed name is not "unknown code"
    assert checkins(db) == 0


def test_several_matches_need_a_choice(desk_window: MainWindow, db: Database) -> None:
    screen = desk_window.screen_
    type_text(screen.field, "a")
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "choose" and checkins(db) == 0
    press(screen.field, Qt.Key.Key_Down)
    chosen = screen.selected_participant_id()
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state in ("checked_in", "needs_confirmation")
    assert screen.last_result.participant.id == chosen
    screen.field.clear()
    type_text(screen.field, "nuno ibanez")
    press(screen.field, Qt.Key.Key_Return)  # only one match left: Enter checks in
    assert screen.state == "checked_in" and "Ñuño Ibáñez" in screen.person.text()


def test_online_registrant_after_one_confirmation(desk_window: MainWindow, db: Database) -> None:
    screen = desk_window.screen_
    larisa = people(db)["Larisa Lara"]
    type_text(screen.field, larisa.code)
    press(screen.field, Qt.Key.Key_Return)  # the scanner's Enter must not confirm
    assert screen.state == "needs_confirmation" and checkins(db) == 0
    screen.confirm_button.click()
    assert screen.state == "checked_in" and checkins(db) == 1


def test_200_codes_at_scanner_speed_none_lost(
    desk_window: MainWindow, db: Database, event: Event
) -> None:
    screen = desk_window.screen_
    with db.read() as session:
        targets = [p.code for p in all_participants(session) if p.mode == "in_person"][:200]
    assert len(targets) == 200

    # Every key of every scan is queued before the screen gets to run, as when a scanner
    # types while the desk is still saving the previous check-in: nothing may be wiped.
    def post(key: int, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(
                screen.field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )

    for i, code in enumerate(targets):
        for ch in code:
            post(ord(ch), ch)
        terminator = (Qt.Key.Key_Return, Qt.Key.Key_Tab, None)[i % 3]
        if terminator is not None:
            post(terminator, "\r" if terminator == Qt.Key.Key_Return else "\t")
    QCoreApplication.processEvents()
    assert checkins(db) == 200
    assert screen.field.text() == ""
    with db.read() as session:
        done = {p.code for p in all_participants(session) if p.checked_in_at}
    assert set(targets) <= done


def test_void_then_check_in_again_from_the_screen(
    desk_window: MainWindow, db: Database, event: Event
) -> None:
    from desk.arrival.checkin import void_checkin

    screen = desk_window.screen_
    nuno = people(db)["Ñuño Ibáñez"]
    type_text(screen.field, nuno.code)
    with db.write() as session:
        void_checkin(session, nuno.id, "wrong person", desk_id=db.desk_id, operator="Ana")
    type_text(screen.field, nuno.code)
    assert screen.state == "checked_in"


def test_walk_in_button_opens_the_form_with_what_was_typed(desk_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = desk_window.screen_
    type_text(screen.field, "Íñigo Quiñónez")
    screen.walk_in_button.click()
    dialog = desk_window._walk_in
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.form.values()["family_name"] == "Quiñónez"
    dialog.reject()


def test_a_misread_fragment_then_a_code_at_once_checks_the_code_in(
    desk_window: MainWindow, db: Database
) -> None:
    screen = desk_window.screen_
    nuno = people(db)["Ñuño Ibáñez"]
    type_text(screen.field, "WZ51X4N" + nuno.code)  # no terminator between the two
    press(screen.field, Qt.Key.Key_Return)  # the scanner's own Enter: swallowed
    assert screen.state == "checked_in" and "Ñuño Ibáñez" in screen.person.text()
    assert screen.field.text() == "" and checkins(db) == 1
    texts = screen.recent.texts()
    assert "Ñuño Ibáñez" in texts[0] and "WZ51X4N" in texts[1]


def test_every_scan_is_judged_alone_after_no_match(desk_window: MainWindow, db: Database) -> None:
    screen = desk_window.screen_
    nuno, zoe = people(db)["Ñuño Ibáñez"], people(db)["Zoë Ørsted"]
    type_text(screen.field, "HRERHQRV06XEDNZ")
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "no_match"
    assert screen.field.selectedText() == "HRERHQRV06XEDNZ"  # the next key replaces it
    type_text(screen.field, nuno.code)
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "checked_in" and checkins(db) == 1
    type_text(screen.field, zoe.code[:7])  # a misread with Enter: INVALID or NO MATCH…
    press(screen.field, Qt.Key.Key_Return)
    type_text(screen.field, zoe.code)  # … and the next good scan still counts
    assert screen.state == "checked_in" and "Zoë Ørsted" in screen.person.text()
    assert checkins(db) == 2


def test_typing_a_new_name_clears_the_last_result(desk_window: MainWindow, db: Database) -> None:
    screen = desk_window.screen_
    type_text(screen.field, people(db)["Ñuño Ibáñez"].code)
    assert screen.state == "checked_in"
    type_text(screen.field, "z")
    assert screen.state == "ready" and not screen.details_button.isVisible()


def test_down_highlights_the_first_match_and_enter_checks_it_in(
    desk_window: MainWindow, db: Database
) -> None:
    screen = desk_window.screen_
    type_text(screen.field, "a")
    screen.flush_search()
    assert screen.model.rowCount() > 1 and screen.selected_participant_id() is None
    press(screen.field, Qt.Key.Key_Down)
    first = screen.model.participant(0).id
    assert screen.selected_participant_id() == first
    press(screen.field, Qt.Key.Key_Return)
    assert screen.last_result is not None and screen.last_result.participant is not None
    assert screen.last_result.participant.id == first


def test_ctrl_d_opens_the_person_on_the_result_panel(
    desk_window: MainWindow, db: Database, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(desk_window, "open_details", opened.append)
    screen = desk_window.screen_
    zoe = people(db)["Zoë Ørsted"]
    type_text(screen.field, zoe.code)
    screen.table.selectRow(3)  # a highlighted row is not who Ctrl+D is about
    desk_window.details_action.trigger()
    assert opened == [zoe.id]


def test_long_input_never_widens_the_window(desk_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = desk_window.screen_
    desk_window.resize(1366, 740)
    long = "HRERHQRV06XEDNZ" * 12
    type_text(screen.field, long)
    press(screen.field, Qt.Key.Key_Return)
    assert screen.state == "no_match"
    qtbot.wait(50)
    assert desk_window.minimumSizeHint().width() <= 1366
    assert desk_window.width() <= 1366


def test_result_panel_keeps_its_height(desk_window: MainWindow, db: Database) -> None:
    desk_window.resize(1366, 768)
    desk_window.show()
    screen = desk_window.screen_
    QApplication.processEvents()
    heights = [screen.panel.height()]
    jose = people(db)["José Luis Hernández Núñez"]
    for text in (jose.code, jose.code, "zzyzx-nobody", ""):
        type_text(screen.field, text)
        press(screen.field, Qt.Key.Key_Return)
        QApplication.processEvents()
        heights.append(screen.panel.height())
    assert len(set(heights)) == 1, heights


def test_short_columns_fit_their_texts(desk_window: MainWindow) -> None:
    from ui.participants_model import ParticipantTableModel

    for width in (1920, 1366):
        desk_window.resize(width, 1080 if width == 1920 else 768)
        desk_window.show()
        QApplication.processEvents()
        table, model = desk_window.table, desk_window.model
        metrics = table.fontMetrics()
        columns = ParticipantTableModel.COLUMNS
        for name in ("country", "category"):
            column = columns.index(name)
            texts = model.typical_texts(name) + [
                model.data(model.index(row, column)) for row in range(model.rowCount())
            ]
            widest = max(metrics.horizontalAdvance(t) for t in texts if t)
            if width == 1920:  # every category and country whole
                assert table.columnWidth(column) >= widest + 8, (name, width)
        organisation = table.columnWidth(columns.index("organisation"))
        assert organisation >= 160
        if width == 1920:
            assert organisation >= table.columnWidth(columns.index("category"))
