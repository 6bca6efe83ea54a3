"""PDF pages as pixels (PDFium), for printers reached through the operating system.

The badge PDF is the one truth; a printer gets exactly its pages, rendered at the
printer's own resolution so a 203-dpi thermal printer gets sharp QR modules.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageImage:
    width: int
    height: int
    stride: int
    pixels: bytes  # 8-bit grey, ``stride`` bytes a row
    width_pt: float
    height_pt: float


# PDFium is not thread-safe: one call into it at a time in this process (badge printing
# and the dashboard's charts both render on the task runner's threads).
PDFIUM_LOCK = threading.Lock()


def page_info(pdf: bytes) -> tuple[int, float, float]:
    """The number of pages and the first page's width and height in points."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            page = document[0]
            try:
                width, height = page.get_size()
            finally:
                page.close()
            return len(document), float(width), float(height)
        finally:
            document.close()


def page_images(pdf: bytes, dpi: float) -> Iterator[PageImage]:
    """Every page of ``pdf`` as a grey image at ``dpi``, one at a time (PDFium is held
    only while a page renders, so other threads can render between pages)."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        count = len(document)
    try:
        for index in range(count):
            with PDFIUM_LOCK:
                page = document[index]
                try:
                    width_pt, height_pt = page.get_size()
                    bitmap = page.render(scale=dpi / 72, grayscale=True)
                    try:
                        image = PageImage(
                            width=bitmap.width,
                            height=bitmap.height,
                            stride=bitmap.stride,
                            pixels=bytes(bitmap.buffer),
                            width_pt=width_pt,
                            height_pt=height_pt,
                        )
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            yield image
    finally:
        with PDFIUM_LOCK:
            document.close()
