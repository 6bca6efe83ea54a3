"""The Qt print engine: a PDF's pages onto a QPrinter. The badge PDF (``desk.badges.render``)
and the door's bus manifest are the one truth; a printer gets their pages as grey images
rendered by PDFium at the printer's resolution or an exact fraction of it (``raster_dpi``),
so every printer — a 203-dpi thermal one included — prints the same page. ``print_pdf`` is
safe on a worker thread (Qt supports painting on a QPrinter there); a job the platform can
withdraw (``QPrinter.abort()``, Windows) prints nothing when stopped, and where it cannot
(PDF and CUPS engines) the pages painted so far go out and :class:`PrintStopped` says how
many.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import closing

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from desk.badges.raster import PageImage, page_images, page_info
from desk.errors import DeskError
from ui.messages import error_text
from ui.tasks import TaskCancelled

# Rasterising: the printer's resolution divided by a whole number (each image pixel is
# exactly k×k printer dots, so QR modules stay sharp), small enough that one page stays
# quick to paint (PySide6 holds the GIL while Qt encodes an image for the printer).
MAX_RASTER_DPI = 600
MAX_PAGE_PIXELS = 10_000_000  # A4 at 300 dpi; a 4×3 in badge at 600 dpi is 4.3 million
MIN_RASTER_DPI = 200
PREVIEW_DPI = 200
PREVIEW_MAX_PAGES = 12

Progress = Callable[[int, int], None]


class PrintError(DeskError):
    """The printer could not be used; the message says what to do."""


class PrintStopped(DeskError):
    """Printing stopped part-way (cancelled or failed) after some pages went to the printer.

    ``pages_sent`` pages were sent; ``printed_ids`` are the badges on them, recorded."""

    def __init__(
        self,
        message: str,
        pages_sent: int,
        cause: BaseException,
        printed_ids: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.pages_sent = pages_sent
        self.cause = cause
        self.printed_ids = list(printed_ids)

    @property
    def cancelled(self) -> bool:
        return isinstance(self.cause, TaskCancelled)


def is_cancellation(exc: BaseException) -> bool:
    return isinstance(exc, TaskCancelled) or (isinstance(exc, PrintStopped) and exc.cancelled)


def raster_dpi(resolution: float, width_pt: float, height_pt: float) -> float:
    """The resolution pages are rasterised at for a printer of ``resolution`` dpi: the
    printer's own, or the largest whole fraction of it within MAX_RASTER_DPI and
    MAX_PAGE_PIXELS (a 1200-dpi device gets 600 dpi images drawn 2×2), never below
    MIN_RASTER_DPI when the printer can do better."""
    k = 1
    while True:
        dpi = resolution / k
        pixels = (width_pt / 72 * dpi) * (height_pt / 72 * dpi)
        if dpi <= MAX_RASTER_DPI and pixels <= MAX_PAGE_PIXELS:
            return dpi
        if resolution / (k + 1) < MIN_RASTER_DPI:
            return dpi
        k += 1


def page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """The PDF page as a printer page: exact size, no margins."""
    size = QPageSize(
        QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def paint_pages(
    printer: QPrinter, pages: Iterable[PageImage], total: int, progress: Progress | None = None
) -> int:
    """Paint grey page images onto ``printer``, one image filling each page; returns the
    pages sent. ``progress(done, total)`` is called after each page; if it (or painting)
    raises, the job is aborted when the platform allows it, else the pages painted so far
    are sent and :class:`PrintStopped` says how many."""
    painter = QPainter()
    count = 0
    try:
        for image in pages:
            layout = page_layout(image.width_pt, image.height_pt)
            if count == 0:
                printer.setFullPage(True)
                printer.setPageLayout(layout)
                if not painter.begin(printer):
                    name = printer.printerName() or printer.outputFileName()
                    raise PrintError(
                        QCoreApplication.translate(
                            "printing",
                            "The printer “{name}” cannot be used: is it switched on, connected "
                            "and with paper? Nothing was printed.",
                        ).format(name=name)
                    )
                painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
            else:
                if not printer.pageLayout().isEquivalentTo(layout):
                    printer.setPageLayout(layout)
                if not printer.newPage():
                    raise PrintError(
                        QCoreApplication.translate("printing", "The printer refused a new page.")
                    )
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            picture = QImage(
                image.pixels,
                image.width,
                image.height,
                image.stride,
                QImage.Format.Format_Grayscale8,
            )
            painter.drawImage(target, picture)
            count += 1
            if progress is not None:
                progress(count, total)
    except BaseException as exc:
        if not painter.isActive():
            raise
        if printer.abort():  # the platform withdrew the job: nothing was sent
            painter.end()
            raise
        sent = count if painter.end() else 0  # cannot withdraw: what was painted goes out
        if sent == 0:
            raise
        raise PrintStopped(error_text(exc), sent, exc) from exc
    if count and not painter.end():
        raise PrintError(
            QCoreApplication.translate(
                "printing",
                "The printer did not accept the badges: nothing was printed. Check the printer.",
            )
        )
    return count


def print_pdf(
    pdf: bytes, printer: QPrinter, progress: Progress | None = None, *, dpi: float | None = None
) -> int:
    """Print every page of ``pdf`` on ``printer`` (page size from the PDF, no margins, full
    page), rasterised with PDFium; returns the number of pages printed. Safe to call on a
    worker thread. Raises :class:`PrintError` when the printer cannot be used."""
    total, width_pt, height_pt = page_info(pdf)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)  # grey pages: lossless, a third the size
    if dpi is None:
        dpi = raster_dpi(printer.resolution(), width_pt, height_pt)
    # PDFium's document is closed even if stopped (page_images is a generator: it has close).
    with closing(page_images(pdf, dpi)) as pages:  # type: ignore[type-var]
        return paint_pages(printer, pages, total, progress)
