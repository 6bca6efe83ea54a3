"""Badge printing from the window: settings, printing through QPrinter, reprints, batches,
cancelling, and printing after a check-in. Printers are PDF-format QPrinters writing files,
so every test goes through the same ``print_pdf`` path as a real printer."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk.arrival import codes
from desk.arrival.checkin import register_walk_in
from desk.badges.layouts import DEFAULT_LAYOUT, get_layout
from desk.badges.records import record_print, without_badge
from desk.badges.render import render_badges
from desk.errors import ValidationError
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants, infos_by_ids
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import Record
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui.app import apply_language
from ui.main_window import MainWindow
from ui.printing import jobs
from ui.printing.batch import BatchPrintDialog
from ui.printing.dialogs import ReprintDialog
from ui.printing.engine import PrintError, PrintStopped, print_pdf, raster_dpi
from ui.printing.jobs import BadgePrinter, PrintJob
from ui.printing.settings import (
    MODE_ALWAYS,
    MODE_ASK,
    MODE_NEVER,
    PDF_FOLDER,
    SYSTEM_DEFAULT,
    PrintSettings,
    load_settings,
    save_settings,
)
from ui.signin_dialog import SupervisorPinDialog
from ui.tasks import TaskCancelled, TaskRunner

SCREENSHOTS = Path(tempfile.gettempdir())


# --------------------------------------------------------------------------- helpers


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_pages(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def decode_pdf(path: Path, dpi: int = 203) -> list[list[str]]:
    """The QR codes on each page, as a 203-dpi thermal printer would print them."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", str(path), f"{folder}/p"],
            check=True,
            capture_output=True,
        )
        files = sorted(Path(folder).glob("p-*.pgm"), key=lambda f: int(f.stem.split("-")[-1]))
        pages = []
        for file in files:
            with Image.open(file) as image:
                pages.append([r.text for r in zxingcpp.read_barcodes(image)])
        return pages


def print_records(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [
            (pid, reason)
            for pid, reason in session.execute(
                select(Record.participant_id, Record.reason)
                .where(Record.kind == "print")
                .order_by(Record.at, Record.id)
            )
        ]


def people(db: Database) -> list[ParticipantInfo]:
    with db.read() as session:
        return all_participants(session)


def info(db: Database, pid: str) -> ParticipantInfo:
    with db.read() as session:
        return infos_by_ids(session, [pid])[0]


def configure(db: Database, **changes: Any) -> PrintSettings:
    settings = PrintSettings(**{"printer": "Front desk printer", "layout": "4x3", **changes})
    save_settings(db.desk_id, settings)
    return settings


def wait_printed(qtbot: Any, window: MainWindow, pid: str, count: int) -> None:
    """Until the person has ``count`` prints and the window has heard of it."""
    qtbot.waitUntil(lambda: info(window.db, pid).badges_printed == count, timeout=30_000)
    qtbot.waitUntil(lambda: not window.badges.printer.jobs, timeout=5000)


def wait_job(qtbot: Any, job: PrintJob | None, timeout: int = 60_000) -> PrintJob:
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    return job


class Printers:
    """A printer factory for BadgePrinter: each job prints to a new PDF file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.outputs: list[Path] = []

    def __call__(self, _settings: PrintSettings) -> QPrinter:
        path = self.folder / f"printed-{len(self.outputs) + 1}.pdf"
        self.outputs.append(path)
        return pdf_printer(path)


def use_pdf_printers(badge_printer: BadgePrinter, folder: Path) -> Printers:
    printers = Printers(folder)
    badge_printer.make_printer = printers  # type: ignore[method-assign]
    badge_printer.ask_pdf_path = lambda _parent, suggested: folder / suggested  # type: ignore[method-assign]
    return printers


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the operator would see (a modal box would stop the test)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(jobs, "show_error", lambda _parent, exc, title=None: shown.append(exc))
    apply_language("en")
    return shown


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait(30_000)


@pytest.fixture
def badge_printer(db: Database, event: Event, runner: TaskRunner, tmp_path: Path) -> BadgePrinter:
    bp = BadgePrinter(db, event, runner, "Ana")
    bp.printers = use_pdf_printers(bp, tmp_path)  # type: ignore[attr-defined]
    configure(db)
    return bp


# --------------------------------------------------------------------------- settings


def test_settings_persist_per_desk(qapp, tmp_path: Path, event: Event) -> None:  # type: ignore[no-untyped-def]
    with (
        Database(tmp_path / "a.sqlite3", desk_name="A") as a,
        Database(tmp_path / "b.sqlite3", desk_name="B") as b,
    ):
        fresh = load_settings(a.desk_id)
        assert (fresh.mode, fresh.only_if_none, fresh.layout) == ("", True, DEFAULT_LAYOUT)
        assert fresh.printer == SYSTEM_DEFAULT  # looked up when printing
        # Not chosen: nothing prints after a check-in until a printer or the PDF folder is.
        assert fresh.after_checkin == MODE_NEVER
        assert PrintSettings(printer="Zebra ZD421").after_checkin == MODE_ALWAYS
        assert PrintSettings(printer=PDF_FOLDER).after_checkin == MODE_ALWAYS
        assert PrintSettings(mode=MODE_ASK, printer=PDF_FOLDER).after_checkin == MODE_ASK
        chosen = PrintSettings("always", False, PDF_FOLDER, "a4-8", str(tmp_path / "pdf"))
        save_settings(a.desk_id, chosen)
        QSettings().sync()
        assert load_settings(a.desk_id) == chosen
        assert load_settings(b.desk_id) == fresh  # another desk keeps its own
        save_settings(b.desk_id, PrintSettings("never", True, "Zebra ZD421", "cr80"))
        assert load_settings(a.desk_id).mode == "always"
        assert load_settings(b.desk_id).printer == "Zebra ZD421"
        # A damaged value falls back to the default, never to an error.
        QSettings().setValue(f"badge_printing/{a.desk_id}/mode", "sometimes")
        QSettings().setValue(f"badge_printing/{a.desk_id}/layout", "letter")
        assert (load_settings(a.desk_id).mode, load_settings(a.desk_id).layout) == (
            "",
            DEFAULT_LAYOUT,
        )
        # The old "Save as PDF file…" printer (a file dialog after each check-in) is now
        # the PDF folder.
        QSettings().setValue(f"badge_printing/{a.desk_id}/printer", "::pdf-file::")
        assert load_settings(a.desk_id).printer == PDF_FOLDER


def test_settings_dialog_saves_and_looks_right(
    window: MainWindow,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    dialog = window.badges.open_settings()
    qtbot.waitExposed(dialog)
    assert dialog.mode_buttons[MODE_NEVER].isChecked()  # no printer chosen yet
    assert dialog.printer_combo.itemData(dialog.printer_combo.count() - 1) == PDF_FOLDER
    assert not dialog.folder_row.isVisible()
    dialog.printer_combo.setCurrentIndex(dialog.printer_combo.count() - 1)
    assert dialog.folder_row.isVisible()
    assert dialog.folder_row.edit.placeholderText() == str(window.db.path.parent / "badges")
    assert dialog.layout_combo.count() == 4
    dialog.mode_buttons[MODE_ALWAYS].setChecked(True)
    dialog.only_if_none.setChecked(False)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a6"))
    dialog.adjustSize()
    assert dialog.grab().save(str(SCREENSHOTS / "desk-print-settings.png"))
    dialog.mode_buttons[MODE_NEVER].setChecked(True)
    assert not dialog.only_if_none.isEnabled()
    dialog.mode_buttons[MODE_ALWAYS].setChecked(True)
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter = OK
    assert not dialog.isVisible()
    saved = load_settings(window.db.desk_id)
    assert (saved.mode, saved.only_if_none, saved.layout) == (MODE_ALWAYS, False, "a6")
    assert (saved.printer, saved.pdf_folder) == (PDF_FOLDER, "")
    assert window.focusWidget() is window.search_field


def test_raster_resolution_is_an_exact_fraction_of_the_printer_s() -> None:
    assert raster_dpi(203, 288, 216) == 203  # thermal 4×3 in: its own resolution
    assert raster_dpi(1200, 288, 216) == 600  # each image pixel = 2×2 dots
    assert raster_dpi(600, 595, 842) == 300  # A4 on a laser printer
    assert raster_dpi(1200, 595, 842) == 300
    assert raster_dpi(96, 595, 842) == 96


# --------------------------------------------------------------------------- printing


def test_save_as_pdf_one_badge_per_person_and_nothing_recorded(
    qtbot,
    db: Database,
    factory: Factory,
    badge_printer: BadgePrinter,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 11)
    everyone = people(db)
    configure(db, layout="a4-8")
    saved: list[str] = []
    badge_printer.saved.connect(saved.append)
    job = wait_job(qtbot, badge_printer.save_pdf([p.id for p in everyone]))
    assert job.error is None and job.result is not None
    path = Path(saved[0])
    assert path.read_bytes().startswith(b"%PDF")
    pages = decode_pdf(path)
    assert [len(page) for page in pages] == [8, 3]
    found = [code for page in pages for code in page]
    assert sorted(found) == sorted(p.code for p in everyone)  # one badge each
    assert print_records(db) == []
    assert badge_printer.printers.outputs == []  # type: ignore[attr-defined]  # no printer


def test_print_through_qprinter_records_first_prints_and_the_qr_decodes(
    qtbot,
    db: Database,
    factory: Factory,
    badge_printer: BadgePrinter,
    errors: list[BaseException],  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 5)
    first, second = people(db)[:2]
    printed: list[list[str]] = []
    badge_printer.printed.connect(printed.append)
    job = wait_job(qtbot, badge_printer.print_badges([first.id, second.id]))
    assert job.error is None, job.error
    output = badge_printer.printers.outputs[0]  # type: ignore[attr-defined]
    assert output.read_bytes().startswith(b"%PDF")
    document = pdfium.PdfDocument(str(output))
    assert len(document) == 2
    assert [round(v) for v in document[0].get_size()] == [288, 216]  # 4×3 in, no margins
    document.close()
    assert decode_pdf(output, 203) == [[first.code], [second.code]]
    assert printed == [[first.id, second.id]]
    assert sorted(print_records(db)) == sorted([(first.id, "first"), (second.id, "first")])
    assert info(db, first.id).badges_printed == 1

    # A reprint without a reason is refused before anything is printed.
    job = wait_job(qtbot, badge_printer.print_badges([first.id]))
    assert isinstance(job.error, ValidationError) and errors == [job.error]
    assert len(badge_printer.printers.outputs) == 1  # type: ignore[attr-defined]  # not opened
    assert info(db, first.id).badges_printed == 1


def test_printing_a_badge_again_needs_a_reason_in_the_window(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    configure(db)
    printers = use_pdf_printers(window.badges.printer, tmp_path)
    person = people(db)[3]
    window.badges.print_person(person.id)
    wait_printed(qtbot, window, person.id, 1)

    window.badges.print_person(person.id)  # Ctrl+P on someone who has a badge
    dialog = window.badges.dialog
    assert isinstance(dialog, ReprintDialog) and dialog.isVisible()
    assert dialog.reason() is None and not dialog.ok_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter without a reason: nothing happens
    assert dialog.isVisible()
    dialog.accept()  # nor by any other way
    assert dialog.isVisible() and not window.badges.printer.jobs
    dialog.grab().save(str(SCREENSHOTS / "desk-reprint-dialog.png"))
    dialog.buttons["lost"].setChecked(True)
    assert dialog.ok_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    wait_printed(qtbot, window, person.id, 2)
    assert print_records(db) == [(person.id, "first"), (person.id, "lost")]
    assert len(printers.outputs) == 2 and all(p.exists() for p in printers.outputs)
    qtbot.waitUntil(lambda: window.focusWidget() is window.search_field, timeout=2000)


def test_a_reprint_asks_the_supervisor_and_logs_the_approval_with_the_print(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """On a desk with a supervisor the PIN is asked after the reason; the approval is
    written with the print records (desk.actions.badges), so a cancelled PIN or a
    reprint that never printed logs nothing."""
    supervisor, pin = "Óscar Núñez", "90817263"
    ops.reset_tries()
    with db.write() as session:
        ops.set_operator(session, supervisor, pin, ops.ROLE_SUPERVISOR)
    configure(db)
    printers = use_pdf_printers(window.badges.printer, tmp_path)
    person = people(db)[4]
    window.badges.print_person(person.id)  # a first print: no PIN asked
    wait_printed(qtbot, window, person.id, 1)

    def approvals() -> list[tuple[str, str]]:
        with db.read() as session:
            return [(r.operator, r.detail) for r in ops.audit_entries(session, action="approval")]

    def reprint(reason: str, answers: list[str | None]) -> None:
        window.badges.print_person(person.id)
        dialog = window.badges.dialog
        assert isinstance(dialog, ReprintDialog)
        dialog.buttons[reason].setChecked(True)

        def type_pins() -> None:
            asked = QApplication.activeModalWidget()
            assert isinstance(asked, SupervisorPinDialog)
            for answer in answers:
                if answer is None:
                    QTest.keyClick(asked, Qt.Key.Key_Escape)
                    return
                asked.pin.setFocus()
                QTest.keyClicks(asked.pin, answer)
                QTest.keyClick(asked.pin, Qt.Key.Key_Return)
                if answer != pin:  # said in the dialog, which stays open
                    assert asked.isVisible() and "supervisor" in asked.error.text()

        QTimer.singleShot(0, type_pins)
        dialog.ok_button.click()

    reprint("lost", ["1111", None])  # a wrong PIN, then Esc: nothing at all
    qtbot.wait(300)
    assert info(db, person.id).badges_printed == 1 and len(printers.outputs) == 1
    assert approvals() == []
    ops.reset_tries()

    reprint("damaged", ["1111", pin])
    wait_printed(qtbot, window, person.id, 2)
    assert print_records(db) == [(person.id, "first"), (person.id, "damaged")]
    operator = window.operator
    detail = f"{person.full_name} ({operator})" if operator else person.full_name
    assert approvals() == [(supervisor, f"reprint: {detail}")]
    assert len(printers.outputs) == 2
    ops.reset_tries()


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the very case tested
def test_print_error_when_the_printer_cannot_start(
    qapp,
    event: Event,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    pdf = render_badges(event, [], get_layout("4x3"))
    printer = pdf_printer(tmp_path / "no" / "such" / "folder" / "x.pdf")
    with pytest.raises(PrintError, match="cannot be used"):
        print_pdf(pdf, printer)


def test_an_unavailable_printer_is_named_and_nothing_is_recorded(
    qtbot,
    db: Database,
    event: Event,
    factory: Factory,
    runner: TaskRunner,
    errors: list[BaseException],  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 2)
    configure(db, printer="Zebra on the moon")
    bp = BadgePrinter(db, event, runner, "Ana")  # the real printer lookup
    job = wait_job(qtbot, bp.print_badges([people(db)[0].id]))
    assert isinstance(job.error, PrintError) and errors == [job.error]
    assert "“Zebra on the moon” is not available" in str(job.error)
    assert print_records(db) == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_preview_shows_the_pages_and_cannot_print_unrecorded(
    qtbot,
    db: Database,
    factory: Factory,
    badge_printer: BadgePrinter,
    lang: str,  # type: ignore[no-untyped-def]
) -> None:
    apply_language(lang)
    factory.add(db, 3)
    ids = [p.id for p in people(db)]
    job = wait_job(qtbot, badge_printer.preview(ids))
    assert job.result is not None and len(job.result.images) == 3
    dialog = badge_printer.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 3)
    dialog.resize(900, 700)
    qtbot.wait(50)
    dialog.grab().save(str(SCREENSHOTS / f"desk-badge-preview-{lang}.png"))
    shown = {a.text(): a.isVisible() for a in dialog.findChildren(QAction)}
    words = {"en": ("Print", "Page setup"), "es": ("Imprimir", "Configuración de página")}[lang]
    assert [shown.get(word) for word in words] == [False, False], sorted(shown.items())
    dialog.close()
    assert print_records(db) == []


# --------------------------------------------------------------------------- batches


def open_batch(
    qtbot: Any, db: Database, event: Event, bp: BadgePrinter, ids=()
) -> BatchPrintDialog:  # type: ignore[no-untyped-def]
    dialog = BatchPrintDialog(db, event, bp, list(ids))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_batch_without_a_badge_prints_only_those(
    qtbot,
    db: Database,
    event: Event,
    factory: Factory,
    badge_printer: BadgePrinter,  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 20)
    everyone = people(db)
    with db.write() as session:
        for p in everyone[:5]:
            record_print(session, p.id, desk_id=db.desk_id, operator="Ana")
    dialog = open_batch(qtbot, db, event, badge_printer)
    assert dialog.without_radio.isChecked()
    assert "(15)" in dialog.without_radio.text()
    assert not dialog.selected_radio.isEnabled()
    assert not dialog.reprint_frame.isVisible()
    assert dialog.summary.text().startswith("Badges: 15 · pages: 15 · 4×3 in badge")
    dialog.grab().save(str(SCREENSHOTS / "desk-batch-dialog.png"))
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter = Print
    job = dialog.job
    assert job is not None
    wait_job(qtbot, job)
    assert job.error is None, job.error
    output = badge_printer.printers.outputs[0]  # type: ignore[attr-defined]
    found = [code for page in decode_pdf(output) for code in page]
    assert sorted(found) == sorted(p.code for p in everyone[5:])
    records = print_records(db)
    assert len(records) == 20 and {pid for pid, _ in records} == {p.id for p in everyone}
    assert dialog.status.text() == "Badges printed and recorded: 15."
    assert "(0)" in dialog.without_radio.text() and not dialog.print_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_batch_of_a_category_leaves_out_or_reprints_with_one_reason(
    qtbot,
    db: Database,
    event: Event,
    factory: Factory,
    badge_printer: BadgePrinter,  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 60)
    everyone = people(db)
    by_category: dict[str, list[ParticipantInfo]] = {}
    for p in everyone:
        if p.status == "registered":
            by_category.setdefault(p.category, []).append(p)
    category, members = max(by_category.items(), key=lambda kv: len(kv[1]))
    assert len(members) >= 3
    with db.write() as session:
        record_print(session, members[0].id, desk_id=db.desk_id, operator="Ana")
    dialog = open_batch(qtbot, db, event, badge_printer)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(category))
    dialog.category_combo.activated.emit(dialog.category_combo.currentIndex())  # as if chosen
    assert dialog.category_radio.isChecked()
    assert f"({len(members)})" in dialog.category_combo.currentText()
    assert dialog.reprint_frame.isVisible()
    assert dialog.reprint_label.text() == (f"Already has a badge: 1 of {len(members)}.")
    assert dialog.leave_out_radio.isChecked()  # leaving them out is the safe default
    dialog.grab().save(str(SCREENSHOTS / "desk-batch-dialog-reprints.png"))
    assert dialog.ids_to_print() == ([p.id for p in members[1:]], 0)
    dialog.print_button.click()
    wait_job(qtbot, dialog.job)
    assert len(print_records(db)) == len(members)

    # Now all of them have a badge: nothing to print unless they are printed again.
    assert dialog.reprint_label.text().startswith(f"Already have a badge: {len(members)} of")
    assert not dialog.print_button.isEnabled()
    dialog.include_radio.setChecked(True)
    dialog.print_button.click()
    reprint = dialog._reprint_dialog
    assert reprint.isVisible() and not reprint.ok_button.isEnabled()
    assert not dialog.job  # nothing started before a reason is given
    reprint.buttons["damaged"].setChecked(True)
    reprint.ok_button.click()
    wait_job(qtbot, dialog.job)
    reasons = [reason for pid, reason in print_records(db) if pid == members[0].id]
    assert reasons == ["first", "damaged"]
    assert all(info(db, p.id).badges_printed == 2 for p in members)


def test_cancel_a_batch_of_300_while_printing_records_only_what_was_sent(
    qtbot,
    db: Database,
    event: Event,
    factory: Factory,
    badge_printer: BadgePrinter,  # type: ignore[no-untyped-def]
) -> None:
    """A PDF or CUPS print job cannot be withdrawn once pages are painted: Cancel stops at
    the next page, the pages painted so far go out, and exactly their badges are recorded."""
    factory.add(db, 300)
    with db.read() as session:
        order = without_badge(session)
    dialog = open_batch(qtbot, db, event, badge_printer)
    dialog.print_button.click()
    job = dialog.job
    assert job is not None and job.total == 600  # 300 badges rendered, then 300 pages
    qtbot.waitUntil(lambda: dialog.progress.value() >= 300 + 3, timeout=60_000)
    assert dialog.status.text().startswith("Printing page")
    dialog.grab().save(str(SCREENSHOTS / "desk-batch-dialog-printing.png"))
    dialog.close_button.click()  # "Cancel" while running
    assert dialog.isVisible()
    wait_job(qtbot, job)
    error = job.error
    assert isinstance(error, PrintStopped) and error.cancelled
    sent = pdf_pages(badge_printer.printers.outputs[0])  # type: ignore[attr-defined]
    assert 3 <= sent < 300
    assert error.printed_ids == order[:sent]
    assert sorted(pid for pid, _ in print_records(db)) == sorted(order[:sent])
    assert dialog.status.text() == (
        f"Printing stopped. Badges already sent to the printer, and recorded: {sent}. "
        f"Not printed: {300 - sent}."
    )
    with db.read() as session:
        assert len(without_badge(session)) == 300 - sent


def test_cancel_before_printing_starts_records_nothing(
    qtbot,
    db: Database,
    event: Event,
    factory: Factory,
    badge_printer: BadgePrinter,  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 300)
    dialog = open_batch(qtbot, db, event, badge_printer)
    dialog.print_button.click()
    job = dialog.job
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while rendering = Cancel
    wait_job(qtbot, job)
    assert isinstance(job.error, TaskCancelled)
    assert dialog.status.text() == "Cancelled: nothing was printed or recorded."
    assert badge_printer.printers.outputs == []  # type: ignore[attr-defined]  # never opened
    assert print_records(db) == []
    assert dialog.isVisible()  # the dialog stays open: Esc again closes it
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_window_stays_responsive_while_printing(
    qtbot,
    db: Database,
    factory: Factory,
    badge_printer: BadgePrinter,  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 40)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    job = wait_job(qtbot, badge_printer.print_badges([p.id for p in people(db)]))
    timer.stop()
    assert job.error is None
    assert len(gaps) > 20 and max(gaps) < 1.0, max(gaps)  # typically under 0.1 s


# --------------------------------------------------------------------------- after a check-in


def check_in_by_scan(window: MainWindow, person: ParticipantInfo) -> None:
    window.search_field.setFocus()
    type_text(window.search_field, person.code)


def test_after_a_check_in_always_prints_at_once(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    configure(db, mode=MODE_ALWAYS)
    printers = use_pdf_printers(window.badges.printer, tmp_path)
    person = people(db)[10]
    check_in_by_scan(window, person)
    assert window.screen_.state == "checked_in"
    wait_printed(qtbot, window, person.id, 1)
    assert decode_pdf(printers.outputs[0]) == [[person.code]]
    qtbot.waitUntil(lambda: person.full_name in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: window.focusWidget() is window.search_field, timeout=2000)

    # A walk-in is printed once too (its check-in reaches the screen like any other).
    with db.write() as session:
        walk_in, result = register_walk_in(
            session,
            window.desk_event,
            {"given_name": "Walter", "family_name": "Inés", "country": "SV", "category": "guest"},
            desk_id=db.desk_id,
            operator="Ana",
        )
    window._on_walk_in_registered(result)
    wait_printed(qtbot, window, walk_in.id, 1)
    qtbot.wait(200)
    assert info(db, walk_in.id).badges_printed == 1 and len(printers.outputs) == 2

    # Someone who already has a badge is not printed again (only if none yet).
    person2 = people(db)[11]
    with db.write() as session:
        record_print(session, person2.id, desk_id=db.desk_id, operator="Ana")
    check_in_by_scan(window, person2)
    qtbot.wait(200)
    assert info(db, person2.id).badges_printed == 1 and len(printers.outputs) == 2


def test_after_a_check_in_never_prints_nothing(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    configure(db, mode=MODE_NEVER)
    printers = use_pdf_printers(window.badges.printer, tmp_path)
    person = people(db)[12]
    check_in_by_scan(window, person)
    assert window.screen_.state == "checked_in"
    qtbot.wait(300)
    assert printers.outputs == [] and print_records(db) == []
    assert window.screen_.print_offered is None and not window.runner.busy


def test_after_a_check_in_ask_offers_it_in_the_panel_and_the_next_scan_means_no(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    configure(db, mode=MODE_ASK)
    printers = use_pdf_printers(window.badges.printer, tmp_path)
    screen = window.screen_
    a, b, c = people(db)[20:23]
    check_in_by_scan(window, a)
    QTest.keyClick(screen.field, Qt.Key.Key_Return)  # the scanner's own Enter: not a yes
    qtbot.waitUntil(lambda: screen.print_offered == a.id, timeout=2000)
    assert screen.print_button.isVisible() and "F5" in screen.details.text()
    assert QApplication.activeModalWidget() is None  # no window: the field keeps the keys
    assert window.focusWidget() is screen.field and info(db, a.id).badges_printed == 0
    screen.panel.grab().save(str(SCREENSHOTS / "desk-print-offer.png"))
    QTest.keyClick(screen.field, Qt.Key.Key_F5)  # F5 = print
    wait_printed(qtbot, window, a.id, 1)
    assert screen.print_offered is None
    qtbot.waitUntil(lambda: window.focusWidget() is window.search_field, timeout=2000)

    # The next badge is scanned while the offer is on: it means "no", and the scan checks
    # the next person in.
    check_in_by_scan(window, b)
    qtbot.waitUntil(lambda: screen.print_offered == b.id, timeout=2000)
    check_in_by_scan(window, c)
    QTest.keyClick(screen.field, Qt.Key.Key_Return)
    assert screen.last_result is not None and screen.last_result.participant is not None
    assert screen.last_result.participant.id == c.id and screen.state == "checked_in"
    qtbot.waitUntil(lambda: screen.print_offered == c.id, timeout=2000)
    type_text(screen.field, "x")  # any key declines too
    assert screen.print_offered is None and not screen.print_button.isVisible()
    QTest.keyClick(screen.field, Qt.Key.Key_F5)  # nothing is offered: F5 does nothing
    qtbot.wait(200)
    assert info(db, b.id).badges_printed == 0 and info(db, c.id).badges_printed == 0
    assert len(printers.outputs) == 1


def test_after_a_check_in_the_pdf_folder_gets_a_new_file_and_never_a_dialog(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "badges out"
    configure(db, mode=MODE_ALWAYS, printer=PDF_FOLDER, pdf_folder=str(folder))
    a, b = [p for p in people(db) if p.mode == "in_person"][24:26]
    folder.mkdir()
    (folder / f"badge-{codes.format_code(a.code)}.pdf").write_bytes(b"a user's own file")
    check_in_by_scan(window, a)
    wait_printed(qtbot, window, a.id, 1)
    check_in_by_scan(window, b)
    wait_printed(qtbot, window, b.id, 1)
    assert QApplication.activeModalWidget() is None
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        [
            f"badge-{codes.format_code(a.code)}.pdf",  # left alone
            f"badge-{codes.format_code(a.code)}-2.pdf",
            f"badge-{codes.format_code(b.code)}.pdf",
        ]
    )
    assert (folder / f"badge-{codes.format_code(a.code)}.pdf").read_bytes() == b"a user's own file"
    assert decode_pdf(folder / f"badge-{codes.format_code(b.code)}.pdf") == [[b.code]]


def test_a_badge_that_cannot_print_after_a_check_in_is_a_red_note_not_a_window(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,
    errors: list[BaseException],  # type: ignore[no-untyped-def]
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    configure(db, mode=MODE_ALWAYS, printer=PDF_FOLDER, pdf_folder=str(blocked / "sub"))
    person, after = [p for p in people(db) if p.mode == "in_person"][27:29]
    check_in_by_scan(window, person)
    qtbot.waitUntil(lambda: window.badges.warning.isVisible(), timeout=3000)
    assert "Badge not printed" in window.badges.warning.text() and errors == []
    assert QApplication.activeModalWidget() is None
    check_in_by_scan(window, after)  # the queue goes on
    assert window.screen_.state == "checked_in" and info(db, person.id).badges_printed == 0


def test_badges_menu_and_shortcuts(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&View") < titles.index("&Badges") < titles.index("&Language")
    assert window.badges.print_action.shortcut().toString() == "Ctrl+P"
    assert window.badges.batch_action.shortcut().toString() == "Ctrl+Shift+P"
    apply_language("es")
    QApplication.processEvents()
    apply_language("en")
    QApplication.processEvents()
    assert window.badges.menu.title() == "&Badges"


def test_print_badge_action_prints_the_person_just_checked_in(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    configure(db, mode=MODE_NEVER)
    use_pdf_printers(window.badges.printer, tmp_path)
    person = people(db)[30]
    check_in_by_scan(window, person)
    # The table shows everyone again, its first row selected: Ctrl+P means the person in
    # the result panel, not that row.
    assert window.screen_.selected_participant_id() != person.id
    window.badges.print_action.trigger()
    wait_printed(qtbot, window, person.id, 1)


def test_shortcuts_open_the_batch_dialog_and_print(
    window: MainWindow,
    qtbot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    configure(db, mode=MODE_NEVER)
    use_pdf_printers(window.badges.printer, tmp_path)
    person = people(db)[40]
    check_in_by_scan(window, person)
    QTest.keyClick(
        window.search_field,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.badges.dialog
    assert isinstance(dialog, BatchPrintDialog) and dialog.isVisible()
    assert dialog.selected_radio.isChecked()  # the person just checked in
    assert person.full_name in dialog.selected_radio.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    QTest.keyClick(window.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_printed(qtbot, window, person.id, 1)


def test_the_same_first_badge_twice_at_once_is_printed_once(
    qtbot,
    db: Database,
    factory: Factory,
    badge_printer: BadgePrinter,
    errors: list[BaseException],  # type: ignore[no-untyped-def]
) -> None:
    factory.add(db, 3)
    person = people(db)[0]
    job = badge_printer.print_badges([person.id])
    assert badge_printer.print_badges([person.id]) is None  # Ctrl+P pressed twice
    assert isinstance(errors[0], PrintError)
    wait_job(qtbot, job)
    assert print_records(db) == [(person.id, "first")]
