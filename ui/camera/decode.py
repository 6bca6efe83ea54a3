"""QR codes in one camera frame: zxing-cpp, QR only, on the frame's brightness (luma).

Most camera and video frames are YUV: their first plane (or every second byte of a packed
YUYV/UYVY row) already is the brightness, so zxing reads it where it lies in memory, with
no conversion. 32-bit RGB frames are read as they are (zxing turns them grey itself); any
other kind (JPEG, 10-bit, GPU textures) is converted to a grey QImage first.

Thread-safe: only QImage and QVideoFrame (no QPixmap, no widget), so the decoder thread
calls it. Reading all barcode formats would be 15 times slower: a badge carries a QR code.
"""

from __future__ import annotations

import logging

import zxingcpp
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

log = logging.getLogger(__name__)

PF = QVideoFrameFormat.PixelFormat
IF = zxingcpp.ImageFormat

# Pixel formats whose plane 0 holds one byte of brightness per pixel.
_LUMA_PLANE = {
    PF.Format_Y8,
    PF.Format_YUV420P,
    PF.Format_YUV422P,
    PF.Format_YV12,
    PF.Format_NV12,
    PF.Format_NV21,
    PF.Format_IMC1,
    PF.Format_IMC2,
    PF.Format_IMC3,
    PF.Format_IMC4,
}
# Packed formats: (offset of the first brightness byte, bytes from one pixel to the next).
# The 16-bit ones (little-endian, value in the high bits) are read by their high byte.
_LUMA_PACKED = {
    PF.Format_YUYV: (0, 2),
    PF.Format_UYVY: (1, 2),
    PF.Format_AYUV: (1, 4),
    PF.Format_AYUV_Premultiplied: (1, 4),
    PF.Format_Y16: (1, 2),
    PF.Format_P010: (1, 2),
    PF.Format_P016: (1, 2),
}
# 32-bit RGB formats, as zxing names their byte order (an unused X byte counts as alpha).
_RGB32 = {
    PF.Format_ARGB8888: IF.ARGB,
    PF.Format_ARGB8888_Premultiplied: IF.ARGB,
    PF.Format_XRGB8888: IF.ARGB,
    PF.Format_BGRA8888: IF.BGRA,
    PF.Format_BGRA8888_Premultiplied: IF.BGRA,
    PF.Format_BGRX8888: IF.BGRA,
    PF.Format_ABGR8888: IF.ABGR,
    PF.Format_XBGR8888: IF.ABGR,
    PF.Format_RGBA8888: IF.RGBA,
    PF.Format_RGBX8888: IF.RGBA,
}


def decode_qr(image: QImage | QVideoFrame) -> list[str]:
    """The texts of the valid QR codes in the image or frame; [] when there are none (or
    the frame cannot be read: a bad frame is a frame without a code, never an error)."""
    try:
        if isinstance(image, QVideoFrame):
            return _decode_frame(image)
        return _decode_image(image)
    except Exception:  # a frame the decoder chokes on must not stop scanning
        log.exception("a camera frame could not be decoded")
        return []


def _read(view: object) -> list[str]:
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)  # none kept at exit
    found = zxingcpp.read_barcodes(view, formats=qr_only)
    return [barcode.text for barcode in found if barcode.valid and barcode.text]


def _decode_image(image: QImage) -> list[str]:
    if image.isNull():
        return []
    if image.format() != QImage.Format.Format_Grayscale8:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    view = zxingcpp.ImageView(
        memoryview(image.constBits()), image.width(), image.height(), IF.Lum, image.bytesPerLine()
    )
    return _read(view)


def _decode_frame(frame: QVideoFrame) -> list[str]:
    if not frame.isValid():
        return []
    kind = frame.pixelFormat()
    if kind not in _LUMA_PLANE and kind not in _LUMA_PACKED and kind not in _RGB32:
        return _decode_image(frame.toImage())
    frame = QVideoFrame(frame)  # our own handle: mapping it leaves the caller's alone
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return _decode_image(frame.toImage())
    try:
        width, height, stride = frame.width(), frame.height(), frame.bytesPerLine(0)
        data = memoryview(frame.bits(0))
        if kind in _LUMA_PLANE:
            view = zxingcpp.ImageView(data, width, height, IF.Lum, stride, 1)
        elif kind in _LUMA_PACKED:
            offset, step = _LUMA_PACKED[kind]
            # From the offset on, the last row is short of a whole row (zxing checks whole
            # rows): the last row of pixels is left out.
            rows = height - 1 if offset else height
            view = zxingcpp.ImageView(data[offset:], width, rows, IF.Lum, stride, step)
        else:
            view = zxingcpp.ImageView(data, width, height, _RGB32[kind], stride, 4)
        return _read(view)
    finally:
        frame.unmap()
