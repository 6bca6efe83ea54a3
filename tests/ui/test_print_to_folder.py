"""``desk gui --print-to-folder DIR``: for one run, every badge is a PDF file in DIR named
with its code, instead of a print; each one recorded as printed; the desk's own printer
settings stay as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desk.events.event import Event
from desk.storage.db import Database
from tests.ui.test_printing import decode_pdf, people, wait_job
from ui.printing.jobs import BadgePrinter
from ui.printing.settings import (
    MODE_ALWAYS,
    PDF_FOLDER,
    PrintSettings,
    load_settings,
    print_to_folder,
    save_settings,
)
from ui.tasks import TaskRunner


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    out = tmp_path / "gafetes"
    print_to_folder(out)
    yield out
    print_to_folder(None)


def test_this_run_prints_into_the_folder_and_the_desk_keeps_its_printer(
    qapp, db: Database, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    save_settings(db.desk_id, PrintSettings(printer="Front desk printer", layout="4x3"))
    settings = load_settings(db.desk_id)
    assert (settings.printer, settings.pdf_folder) == (PDF_FOLDER, str(folder))
    assert settings.one_file_per_badge and settings.after_checkin == MODE_ALWAYS
    save_settings(db.desk_id, settings)  # the settings dialog saved during this run
    print_to_folder(None)
    assert load_settings(db.desk_id).printer == "Front desk printer"


def test_one_pdf_per_badge_named_with_its_code_and_each_recorded(
    qtbot, db: Database, event: Event, factory, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    factory.add(db, 12)
    runner = TaskRunner()
    printer = BadgePrinter(db, event, runner, "Ana")
    a, b, c = [p for p in people(db) if p.mode == "in_person"][:3]
    folder.mkdir()
    (folder / f"{a.code}.pdf").write_bytes(b"an earlier file")  # never overwritten
    job = wait_job(qtbot, printer.print_badges([a.id, b.id, c.id]))
    assert job.error is None, job.error
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f"{a.code}.pdf", f"{a.code}-2.pdf", f"{b.code}.pdf", f"{c.code}.pdf"])
    assert (folder / f"{a.code}.pdf").read_bytes() == b"an earlier file"
    assert decode_pdf(folder / f"{b.code}.pdf") == [[b.code]]
    assert QApplication.activeModalWidget() is None
    with db.read() as session:
        from desk.people.participants import infos_by_ids

        printed = {p.id: p.badges_printed for p in infos_by_ids(session, [a.id, b.id, c.id])}
    assert printed == {a.id: 1, b.id: 1, c.id: 1}
    runner.wait(10_000)
