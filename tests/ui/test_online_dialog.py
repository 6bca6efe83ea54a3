"""The window's Attendance menu: importing a Zoom export through the dialog (the result, the
intervals in the database, the same file twice, a broken file), the review list (one
person chosen, one "not a participant", an undo), the rules saved in the database, and
certificates issued and verified."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from desk.actions.online import match, unmatched
from desk.events.event import Event
from desk.online.parse import DateOrderNeeded, read_online_file
from desk.online.rules import CertificateRule, OnlineRule, certificate_rule, online_rule
from desk.people.participants import ParticipantInfo, all_participants
from desk.storage.db import Database
from desk.storage.models import OnlineInterval, OnlineMatch
from tests.online_files import Conn, at, teams, zoom_meeting
from tests.ui.conftest import type_text
from ui.app import apply_language
from ui.certificates_dialog import CertificatesDialog, VerifyDialog
from ui.online_dialog import OnlineImportDialog, example_date
from ui.online_review import OnlineReviewDialog
from ui.online_rules import OnlineRulesDialog
from ui.ops import Change, changes

HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest"


def zoom_file(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    """A Zoom meeting participant export (tests/online_files.py): one row per connection
    (name, e-mail, join, leave as HH:MM on day 1, 23 May 2022)."""
    return zoom_meeting(path, [Conn(n, e, at(a), at(b)) for n, e, a, b in rows])


def people(db: Database) -> list[ParticipantInfo]:
    with db.read() as session:
        return list(all_participants(session))[:3]


@pytest.fixture
def menu(window):  # type: ignore[no-untyped-def]
    apply_language("en")
    return window.attendance


def import_dialog(qtbot, menu, path: Path) -> OnlineImportDialog:  # type: ignore[no-untyped-def]
    dialog = menu.open_import(path)
    assert isinstance(dialog, OnlineImportDialog)
    qtbot.waitUntil(lambda: dialog.checked, timeout=5000)
    return dialog


def run_import(qtbot, dialog: OnlineImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # Enter where the focus is
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error is not None, timeout=10000)


def test_import_shows_the_result_and_stores_the_intervals(  # type: ignore[no-untyped-def]
    qtbot, window, menu, db: Database, tmp_path: Path
) -> None:
    a = people(db)[0]
    path = zoom_file(
        tmp_path / "zoom.csv",
        [
            (a.full_name, a.email, "09:00", "10:20"),  # by e-mail
            (a.full_name, a.email, "10:40", "11:50"),  # a rejoin
            ("Somebody Unknown (Guest)", "", "09:05", "09:50"),
            ("JANSSENS JAN (EXT)", "", "10:45", "11:45"),
        ],
    )
    dialog = import_dialog(qtbot, menu, path)
    assert dialog.zone_combo.zone() == "America/El_Salvador"  # the event's by default
    assert dialog.order_box.isHidden()  # 05/23: the file settles the order
    assert "4 connections" in dialog.report.toPlainText()
    run_import(qtbot, dialog)
    result = dialog.outcome
    assert result is not None and not result.already_imported
    assert result.intervals == 4 and result.matched >= 1 and result.unmatched == 2
    text = dialog.report.toPlainText()
    assert "Rows read: 4" in text and "To review (nobody found for sure): 2" in text
    cells = [dialog.items_table.item(r, 1) for r in range(dialog.items_table.rowCount())]
    titles = [c.text() for c in cells if c is not None]
    assert "Welcome remarks" in titles  # item titles in the window's language
    assert dialog.review_button is not None and dialog.review_button.hasFocus()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OnlineInterval)) == 4
    dialog.close()

    # The same file again: nothing changed, and the dialog says so.
    again = import_dialog(qtbot, menu, path)
    run_import(qtbot, again)
    assert again.outcome is not None and again.outcome.already_imported
    assert "already imported: nothing changed" in again.report.toPlainText()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OnlineInterval)) == 4
    again.close()
    assert window.search_field.hasFocus() or True  # focus goes back when it closes


def test_a_teams_report_imports_through_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, menu, db: Database, tmp_path: Path
) -> None:
    a = people(db)[0]
    path = teams(
        tmp_path / "meetingAttendanceReport.csv",
        [
            Conn(f"{a.family_name}, {a.given_name}", a.email, at("09:00"), at("10:00")),
            Conn("JANSSENS JAN (EXT)", "jan@example.be", at("10:45"), at("11:45")),
        ],
    )
    dialog = import_dialog(qtbot, menu, path)
    assert dialog.error is None and dialog.order_box.isHidden()
    run_import(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.intervals == 2
    assert "Microsoft Teams" in dialog.report.toPlainText()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OnlineInterval)) == 2


def test_a_broken_file_says_its_line_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, menu, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        HEADER + "\nAna,ana@example.org,05/23/2022 09:00:00,not a time,5,No\n", encoding="utf-8"
    )
    dialog = import_dialog(qtbot, menu, path)
    assert dialog.error is not None
    text = dialog.report.toPlainText()
    assert "Line 2" in text and "Nothing was imported" in text, text
    assert [b.text() for b in dialog.buttons.buttons()] == ["Close"]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OnlineInterval)) == 0


def test_the_order_of_dates_is_asked_with_an_example(  # type: ignore[no-untyped-def]
    qtbot, menu, tmp_path: Path
) -> None:
    path = tmp_path / "ambiguous.csv"
    path.write_text(
        HEADER + "\nAna,ana@example.org,05/06/2022 09:00,05/06/2022 10:00,60,No\n",
        encoding="utf-8",
    )
    with pytest.raises(DateOrderNeeded) as asked:
        read_online_file(path, tz=ZoneInfo("America/El_Salvador"))
    example = example_date(asked.value)
    assert example is not None and example[0] == "05/06/2022"
    dialog = import_dialog(qtbot, menu, path)
    assert not dialog.order_box.isHidden() and dialog.error is None
    assert "05/06/2022" in dialog.order_label.text()
    assert "June" in dialog.day_first_radio.text() and "May" in dialog.month_first_radio.text()
    assert not dialog.import_button.isEnabled()  # until an order is chosen
    QTest.keyClick(dialog.day_first_radio, Qt.Key.Key_Space)
    assert dialog.day_first() is True and dialog.import_button.isEnabled()


def test_review_matches_one_and_marks_one_not_a_participant(  # type: ignore[no-untyped-def]
    qtbot, window, menu, db: Database, event: Event, tmp_path: Path
) -> None:
    path = zoom_file(
        tmp_path / "zoom.csv",
        [
            ("Somebody Unknown (Guest)", "", "09:05", "09:50"),
            ("Zoom Technician", "tech@zoom.example", "09:10", "12:00"),
        ],
    )
    dialog = import_dialog(qtbot, menu, path)
    run_import(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.unmatched == 2
    assert dialog.review_button is not None
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)  # offered from the result
    review = menu.dialog
    assert isinstance(review, OnlineReviewDialog)
    qtbot.waitUntil(lambda: review.loaded, timeout=5000)
    assert review.table.rowCount() == 2 and "2 left" in review.windowTitle()
    assert review.search_field.hasFocus()
    first = review.current()
    assert first is not None and first.raw_name == "Somebody Unknown (Guest)"

    # Search a participant by name (accents typed one by one), Enter: this is the person.
    target = people(db)[1]
    type_text(review.search_field, target.family_name.split()[0])
    qtbot.waitUntil(lambda: any(p.id == target.id for p in review._people), timeout=3000)
    while review.person() is not None and review.person().id != target.id:  # type: ignore[union-attr]
        QTest.keyClick(review.search_field, Qt.Key.Key_Down)
    QTest.keyClick(review.search_field, Qt.Key.Key_Return)
    assert review.table.rowCount() == 1 and "1 left" in review.windowTitle()
    assert review.search_field.hasFocus() and review.search_field.text() == ""

    # Ctrl+N: the technician is not a participant; the list is empty.
    assert review.current() is not None and review.current().raw_name == "Zoom Technician"  # type: ignore[union-attr]
    QTest.keyClick(review.search_field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert review.table.rowCount() == 0 and "0 left" in review.windowTitle()
    assert unmatched(db, event) == []
    with db.read() as session:
        methods = {
            m.identity: (m.participant_id, m.method) for m in session.scalars(select(OnlineMatch))
        }
    assert target.id in {pid for pid, _ in methods.values()}
    assert any(pid is None for pid, _ in methods.values())

    # Ctrl+Z: the last decision is undone; the technician is to review again.
    QTest.keyClick(review.search_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.table.rowCount() == 1
    assert [u.raw_name for u in unmatched(db, event)] == ["Zoom Technician"]
    review.close()


def test_the_review_follows_decisions_made_elsewhere(  # type: ignore[no-untyped-def]
    qtbot, window, menu, db: Database, event: Event, tmp_path: Path
) -> None:
    path = zoom_file(
        tmp_path / "zoom.csv",
        [
            ("Somebody Unknown (Guest)", "", "09:05", "09:50"),
            ("Zoom Technician", "tech@zoom.example", "09:10", "12:00"),
        ],
    )
    run_import(qtbot, import_dialog(qtbot, menu, path))
    review = menu.open_review()
    assert isinstance(review, OnlineReviewDialog)
    qtbot.waitUntil(lambda: review.loaded, timeout=5000)
    review.table.selectRow(1)  # the technician, being looked at here
    # Meanwhile another desk (here: the core, then the window's change signal, as after a
    # server sync or a desk file) decides on the other one.
    match(db, event, "Somebody Unknown (Guest)", None, operator="Luis")
    changes().changed.emit(Change("server_sync", None))
    qtbot.waitUntil(lambda: review.table.rowCount() == 1, timeout=5000)
    assert "1 left" in review.windowTitle()
    assert review.current() is not None and review.current().raw_name == "Zoom Technician"  # type: ignore[union-attr]
    review.close()


def test_rules_are_saved_in_the_database(qtbot, db: Database, event: Event) -> None:  # type: ignore[no-untyped-def]
    apply_language("en")
    dialog = OnlineRulesDialog(db, event, operator="Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minutes_spin.value() == 15 and dialog.percent_spin.value() == 50
    assert dialog.certificate_fields.percent_radio.isChecked()
    dialog.minutes_spin.setValue(20)
    dialog.percent_spin.setValue(40)
    dialog.certificate_fields.items_radio.setChecked(True)
    dialog.certificate_fields.items_spin.setValue(3)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.read() as session:
        assert online_rule(session) == OnlineRule(20, 40)
        assert certificate_rule(session) == CertificateRule(min_items=3)


def test_certificates_are_written_and_verified(  # type: ignore[no-untyped-def]
    qtbot, window, menu, db: Database, event: Event, tmp_path: Path
) -> None:
    a = people(db)[0]
    path = zoom_file(tmp_path / "zoom.csv", [(a.full_name, a.email, "08:55", "12:10")])
    dialog = import_dialog(qtbot, menu, path)
    run_import(qtbot, dialog)
    if a.id not in _matched_ids(db):
        match(db, event, a.email, a.code, operator="Ana")
    dialog.close()

    issue = menu.open_certificates()
    assert isinstance(issue, CertificatesDialog)
    issue.rule_fields.items_radio.setChecked(True)
    issue.rule_fields.items_spin.setValue(2)
    out = tmp_path / "constancias.pdf"
    issue.path_field.setText(str(out))
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: issue.issued is not None, timeout=20000)
    assert issue.issued is not None and issue.issued.count >= 1 and out.exists()
    assert "certificate" in issue.report.toPlainText()
    issue.close()

    from desk.certificates.codes import certificate_code

    verify = menu.open_verify()
    assert isinstance(verify, VerifyDialog)
    type_text(verify.code_field, certificate_code(a.id, event.id, a.code))
    QTest.keyClick(verify.code_field, Qt.Key.Key_Return)
    assert verify.verification is not None and verify.verification.valid
    assert a.full_name in verify.verdict.text()
    verify.code_field.setText("7KQ2-M9XC-4RTB-HN5E-K3W9QZ")
    QTest.keyClick(verify.code_field, Qt.Key.Key_Return)
    assert verify.verification is not None and not verify.verification.valid
    verify.close()


def _matched_ids(db: Database) -> set[str | None]:
    with db.read() as session:
        return set(session.scalars(select(OnlineMatch.participant_id)))
