from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from desk.events.event import Event
from desk.people.participants import Counts, counts
from desk.storage.db import Database
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.app import apply_language
from ui.main_window import MainWindow


def header_counts(win: MainWindow) -> Counts:
    with win.db.read() as session:
        return counts(session)


def rows(win: MainWindow) -> list[str]:
    return [win.model.participant(r).full_name for r in range(win.model.rowCount())]


def test_window_shows_the_forum_and_participants(window: MainWindow, tmp_path: Path) -> None:
    assert window.event_title.text() == "RCM 2022 Diaspora Forum"
    assert "May" in window.event_when.text() and "2022" in window.event_when.text()
    assert "San Salvador" in window.event_when.text()
    c = header_counts(window)
    assert c.registered == 300 and 0 < c.online < 300  # the header: in person against in person
    assert f"<b>0</b> / {c.in_person} checked in" in window.counts_label.text()
    assert f"in person · {c.online} online" in window.counts_label.text()
    assert window.model.rowCount() == 100  # the first page, by family name
    assert window.agenda_list.count() >= 14
    assert "Welcome" in window.agenda_list.item(0).text()
    window.grab().save(str(tmp_path / "main.png"))
    assert (tmp_path / "main.png").stat().st_size > 10_000


def test_search_filters_the_table_accents_optional(
    window: MainWindow,
    qtbot,
    db: Database,
    event: Event,
    factory: Factory,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = factory.write_csv(tmp_path / "l.csv", factory.people(5))
    dialog = window.open_import(path)
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert f"/ {header_counts(window).in_person} checked in" in window.counts_label.text()
    assert header_counts(window).registered == 305
    window.search_field.setFocus()
    type_text(window.search_field, "hernandez nu")
    qtbot.waitUntil(lambda: "José Luis Hernández Núñez" in rows(window), timeout=2000)
    assert window.model.rowCount() < 100
    window.search_field.clear()
    type_text(window.search_field, "Ñuño")
    qtbot.waitUntil(lambda: rows(window) == ["Ñuño Ibáñez"], timeout=2000)
    window.search_field.clear()
    type_text(window.search_field, "zzzzqqq")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=2000)
    assert "No participant matches" in window.match_label.text()


def test_import_dialog_shows_every_bad_line_and_changes_nothing(
    window: MainWindow,
    qtbot,
    factory: Factory,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    rows_ = factory.list_rows(factory.people(4))
    rows_[1][2] = "Narnia"
    path = factory.write_csv(tmp_path / "bad.csv", rows=rows_)
    dialog = window.open_import(path)
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
    text = dialog._report.toPlainText()
    assert "nothing was imported" in text and "line 3" in text and "Narnia" in text
    assert header_counts(window).registered == 300
    assert f"/ {header_counts(window).in_person} checked in" in window.counts_label.text()


def test_language_switch_retranslates(window: MainWindow) -> None:
    apply_language("es")
    QApplication.processEvents()
    assert window.event_title.text() == "Foro de Diásporas CRM 2022"
    assert window.file_menu.title() == "&Archivo"
    assert "acreditados" in window.counts_label.text()
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Apellidos"
    apply_language("en")
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"


def test_pyside_survives_100000_calls_returning_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 aborts after a few thousand such calls."""
    obj = QObject()
    for i in range(100_000):
        obj.setObjectName(f"n{i % 7}")
    assert obj.objectName() == f"n{99_999 % 7}"


def test_export_runs_off_the_window_thread(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "participantes.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    qtbot.waitUntil(
        lambda: "300 participants written" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert target.exists() and target.stat().st_size > 10_000


def test_screens_switch_by_keyboard_and_door_scans_update_the_header(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
    db: Database,
    event: Event,
) -> None:
    from datetime import datetime

    from desk.people.participants import all_participants

    with db.read() as session:
        person = all_participants(session)[0]
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "door"
    assert window.focusWidget() is window.door.field
    assert not window.walk_in_action.isEnabled()  # Ctrl+N belongs to the check-in desk
    window.door.clock = lambda: datetime(2022, 5, 23, 12, 5, tzinfo=event.tz)
    window.door.set_item("d1-lunch")
    qtbot.keyClicks(window.door.field, person.code)
    qtbot.keyClick(window.door.field, Qt.Key.Key_Return)
    assert window.door.state == "flagged"  # not checked in at the desk: recorded, flagged
    assert window.feed.snapshot.item("d1-lunch").count == 1
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "dashboard"
    window.runner.wait(5000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "checkin"  # Ctrl+F: back to the search field
    assert window.walk_in_action.isEnabled()
    qtbot.keyClicks(window.search_field, person.code)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert "<b>1</b>" in window.counts_label.text()
    window.set_full_screen(True)
    assert window.full_screen_action.isChecked()
    window.set_full_screen(False)


def test_header_categories_are_a_compact_block(window: MainWindow, event: Event) -> None:
    from PySide6.QtGui import QFontMetrics

    window.resize(1366, 768)
    QApplication.processEvents()
    label = window.category_label
    counts = window._counts
    assert counts is not None
    used = [c for c in event.categories if counts.by_category.get(c.id)]
    assert len(used) > 6  # more than the block shows
    text = label.text()
    # Never broken in the middle of an item: every cell's spaces are non-breaking.
    assert "<table" in text and text.count("<td") == 6 and "+" in text and "more…" in text
    largest = max(used, key=lambda c: counts.by_category[c.id])
    assert largest.label.get("en").replace(" ", "&nbsp;") in text  # the largest first
    # Legible (10 pt) and three lines at most; the whole list in the tooltip.
    assert label.font().pointSizeF() >= 10
    lines = label.height() / QFontMetrics(label.font()).lineSpacing()
    assert lines < 4.5, lines
    assert all(c.label.get("en") in label.toolTip() for c in used)
    header = label.parentWidget()
    assert header is not None
    assert label.geometry().right() <= header.width() and label.width() <= 700
    # A wide screen: three columns.
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert window.category_label.text().count("<td") == 9


def test_category_cells_keep_together(event: Event) -> None:
    from desk.people.participants import Counts
    from ui.counts_feed import category_block

    cats = [c.id for c in event.categories][:2]
    counts = Counts(
        registered=5,
        cancelled=0,
        in_person=5,
        online=0,
        checked_in=2,
        by_category={cats[0]: 3, cats[1]: 2},
        checked_in_by_category={cats[0]: 2},
    )
    html, tooltip = category_block(event, counts, "es")
    label = event.category(cats[0]).label.get("es")
    assert f"{label.replace(' ', '&nbsp;')}&nbsp;<b>2</b>/3" in html
    assert "more" not in html and html.count("<td") == 2
    assert tooltip.splitlines()[0] == f"{label}: 2 / 3"
