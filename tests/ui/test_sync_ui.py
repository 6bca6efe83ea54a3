from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desk.arrival.checkin import check_in_participant
from desk.deskfiles.sync import import_desk_files
from desk.deskfiles.sync_file import export_desk_file
from desk.events.event import Event
from desk.people.participants import all_participants
from desk.storage.db import Database
from ui.main_window import MainWindow
from ui.settings import SYNC_FOLDER


def other_desk(tmp_path: Path, db: Database, event: Event) -> Database:
    """A second desk that knows everyone and checked three people in."""
    export_desk_file(db, event, tmp_path / "seed.desk")
    other = Database(tmp_path / "other.sqlite3", desk_name="Puesto 2")
    import_desk_files(other, event, [tmp_path / "seed.desk"])
    with other.read() as session:
        people = [p for p in all_participants(session) if p.status == "registered"][:3]
    with other.write() as session:
        for p in people:
            check_in_participant(
                session, p.id, desk_id=other.desk_id, operator="Eva", confirm_online=True
            )
    return other


def test_sync_now_with_the_shared_folder(
    window: MainWindow, db: Database, event: Event, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    folder.mkdir()
    other = other_desk(tmp_path, db, event)
    export_desk_file(other, event, folder / "mesa-2.desk")
    other.close()
    SYNC_FOLDER.set(str(folder), db.desk_id)
    window.sync.retranslate()
    assert str(folder) in window.sync.sync_now_action.text()
    window.sync.sync_now()
    window.runner.wait(10_000)
    dialog = window.sync.dialog
    assert dialog is not None and dialog.isVisible()
    assert "3 check-ins" in dialog.text.toPlainText()
    assert "<b>3</b>" in window.counts_label.text()  # the header heard of the merge
    assert any(p.name.endswith(".desk") and p.name != "mesa-2.desk" for p in folder.iterdir())
    dialog.close()


def test_a_damaged_file_is_refused_and_nothing_changes(
    window: MainWindow, db: Database, event: Event, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = other_desk(tmp_path, db, event)
    export_desk_file(other, event, tmp_path / "two.desk")
    other.close()
    cut = tmp_path / "cut.desk"
    cut.write_bytes((tmp_path / "two.desk").read_bytes()[:-100])
    shown: list[str] = []
    monkeypatch.setattr("ui.sync_ui.show_error", lambda _w, exc: shown.append(str(exc)))
    window.sync.import_files([tmp_path / "two.desk", cut])
    window.runner.wait(10_000)
    assert shown and "cut.desk" in shown[0]
    assert "<b>0</b>" in window.counts_label.text()


def test_attendance_report_and_desk_file_from_the_window(
    window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "attendance.xlsx"
    window.sync.write_report(report, day=None, contact=False)
    window.runner.wait(20_000)
    assert "Attendance report written" in window.statusBar().currentMessage()
    book = load_workbook(report, read_only=True)
    assert len(book.sheetnames) > 3
    window.sync.export_to(tmp_path / "mine.desk")
    window.runner.wait(10_000)
    assert (tmp_path / "mine.desk").exists()
    assert "300 participants" in window.statusBar().currentMessage()
