"""PDF pages as pixels (PDFium), for printers reached through the operating system.

The badge PDF is the one truth; a printer gets exactly its pages, rendered at the
printer's own resolution so a 203-dpi thermal printer gets sharp QR modules.
"""

from __future__ import annotations

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


def page_info(pdf: bytes) -> tuple[int, float, float]:
    """The number of pages and the first page's width and height in points."""
    import pypdfium2 as pdfium

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
    """Every page of ``pdf`` as a grey image at ``dpi``, one at a time."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            width_pt, height_pt = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            try:
                yield PageImage(
                    width=bitmap.width,
                    height=bitmap.height,
                    stride=bitmap.stride,
                    pixels=bytes(bitmap.buffer),
                    width_pt=width_pt,
                    height_pt=height_pt,
                )
            finally:
                bitmap.close()
                page.close()
    finally:
        document.close()
