"""Print a badge through a real CUPS queue (cups-pdf) with QPrinter, then decode the QR
code from the file the queue wrote. In CI this runs (CI sets up the queue); it never skips
there."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desk.badges.layouts import get_layout
from desk.badges.render import render_badges
from desk.events.event import Event
from desk.people.participants import all_participants
from desk.storage.db import Database
from tests.factory import Factory
from tests.printing_support import decode_qr_codes, pdf_print_queue, wait_for_printed_pdf
from ui.printing.engine import print_pdf


def test_badge_printed_through_cups_decodes(
    qapp,
    db: Database,
    event: Event,
    factory: Factory,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    queue = pdf_print_queue()
    assert queue.name in QPrinterInfo.availablePrinterNames()  # Qt sees the OS's printer
    factory.add(db, 1)
    with db.read() as session:
        person = all_participants(session)[0]
    pdf = render_badges(event, [person], get_layout("4x3"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue.name)
    printer.setDocName(f"desk-badge-{uuid.uuid4().hex[:8]}")
    since = time.time()
    assert print_pdf(pdf, printer) == 1
    printed = wait_for_printed_pdf(queue.folder, since, timeout=90)
    pages = decode_qr_codes(printed, 300)
    assert [code for page in pages for code in page] == [person.code]
