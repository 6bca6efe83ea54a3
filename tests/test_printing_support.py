"""The printing test helpers themselves: QR codes read back from a PDF, at a thermal printer's
and an office printer's resolution, and after a trip through a real CUPS queue."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import inch, mm
from reportlab.pdfgen import canvas

from tests.printing_support import (
    _Found,
    _reading_order,
    decode_qr_codes,
    pdf_print_queue,
    print_file,
    wait_for_printed_pdf,
)

QUIET_MODULES = 4

# Per page: its size, then each code with its lower-left corner (mm, from the page's
# lower-left corner) and its module size (pt). Listed in the order they must be read back.
PageSpec = tuple[tuple[float, float], Sequence[tuple[str, float, float, float]]]
PAGES: list[PageSpec] = [
    (  # A4 sheet of six, two columns: rows at slightly different heights still read as rows
        A4,
        [
            ("7KQ2M9XC4RTBHN5E", 20, 210, 2.0),
            ("0123456789ABCDEF", 120, 212, 1.5),
            ("https://desk.example/b/HN5E", 20, 120, 1.5),
            ("GHJKMNPQRSTVWXYZ", 125, 118, 2.5),
            ("ÑUÑO IBÁÑEZ", 20, 30, 1.5),
            ("Zoë Ørsted", 120, 30, 1.5),
        ],
    ),
    (  # 4×3 in badge, one code (the thermal printer's page)
        (4 * inch, 3 * inch),
        [("W1NGS0FDESKQR00A", 55, 15, 1.6)],
    ),
    (  # CR80 card, small modules: 1.2 pt is 3.4 dots at 203 dpi
        (85.6 * mm, 54 * mm),
        [("A", 5, 10, 1.2), ("B", 45, 10, 1.2)],
    ),
]
EXPECTED = [[text for text, *_ in codes] for _, codes in PAGES]


def draw_qr(c: canvas.Canvas, text: str, x: float, y: float, module: float) -> float:
    """A QR code as vector rectangles (one per run of dark modules in a row) with a white
    quiet zone of four modules, lower-left corner at (x, y) pt; returns its side in pt."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=0)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    side = (n + 2 * QUIET_MODULES) * module
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, side, side, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    left = x + QUIET_MODULES * module
    top = y + side - QUIET_MODULES * module
    path = c.beginPath()
    for r, row in enumerate(matrix):
        col = 0
        while col < n:
            if not row[col]:
                col += 1
                continue
            end = col
            while end < n and row[end]:
                end += 1
            path.rect(left + col * module, top - (r + 1) * module, (end - col) * module, module)
            col = end
    c.drawPath(path, stroke=0, fill=1)
    return side


def write_qr_pdf(path: Path, pages: Sequence[PageSpec]) -> Path:
    c = canvas.Canvas(str(path))
    c.setTitle("Desk QR self-test")
    for size, codes in pages:
        c.setPageSize(size)
        for text, x_mm, y_mm, module in codes:
            draw_qr(c, text, x_mm * mm, y_mm * mm, module)
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def qr_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_qr_pdf(tmp_path_factory.mktemp("qr") / "codes.pdf", PAGES)


@pytest.mark.parametrize("dpi", [203, 300])
def test_decodes_every_code_in_reading_order(qr_pdf: Path, dpi: int) -> None:
    assert decode_qr_codes(qr_pdf, dpi) == EXPECTED


def test_page_without_codes_gives_empty_list(tmp_path: Path) -> None:
    pdf = write_qr_pdf(tmp_path / "blank.pdf", [(A4, []), ((4 * inch, 3 * inch), [("X", 5, 5, 2)])])
    assert decode_qr_codes(pdf, 203) == [[], ["X"]]


def test_reading_order_rows_then_columns() -> None:
    def box(x: float, y: float, text: str) -> _Found:
        return _Found(x, y, x + 100, y + 100, text)

    found = [box(300, 410, "f"), box(0, 0, "a"), box(150, 20, "b"), box(300, -15, "c")]
    found += [box(0, 400, "d"), box(150, 390, "e")]
    assert [f.text for f in _reading_order(found)] == ["a", "b", "c", "d", "e", "f"]


def test_prints_through_cups_pdf_queue(qr_pdf: Path) -> None:
    queue = pdf_print_queue()
    since = time.time()
    # Every page lands on the queue's paper (A4); not turned, so the reading order holds.
    print_file(queue, qr_pdf, title="desk-qr-self-test", options={"pdfAutoRotate": "false"})
    printed = wait_for_printed_pdf(queue.folder, since, timeout=60)
    assert printed.parent == queue.folder
    assert printed.name.startswith("desk-qr-self-test")  # scripts/print-queue: TitlePref 1
    for dpi in (203, 300):
        assert decode_qr_codes(printed, dpi) == EXPECTED, f"{printed} at {dpi} dpi"
    printed.unlink()  # kept when a check fails, to look at


def test_printed_badges_keep_their_page_size(tmp_path: Path) -> None:
    queue = pdf_print_queue()
    badge = (4 * inch, 3 * inch)
    texts = ["7KQ2M9XC4RTBHN5E", "0123456789ABCDEF", "GHJKMNPQRSTVWXYZ"]
    pdf = write_qr_pdf(tmp_path / "badges.pdf", [(badge, [(t, 55, 15, 1.6)]) for t in texts])
    since = time.time()
    print_file(queue, pdf, title="desk-badge-size", options={"media": "Custom.288x216"})
    printed = wait_for_printed_pdf(queue.folder, since, timeout=60)
    doc = pdfium.PdfDocument(printed)
    try:
        sizes = [tuple(round(v) for v in doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()
    assert sizes == [(288, 216)] * 3
    assert decode_qr_codes(printed, 203) == [[t] for t in texts]
    printed.unlink()
