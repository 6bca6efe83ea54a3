"""Scanning badges with the computer's camera (or a video, or a folder of images).

- :class:`CameraScanner` (ui.camera.scanner): one per window; frames to codes, debounced.
- :func:`decode_qr` (ui.camera.decode): the QR codes in one frame, thread-safe.
- :class:`ui.camera.preview.CameraPreview`: a preview of the scanner's frames.
- ``ui.camera.settings``: the chosen camera and whether scanning is on, per computer.
"""

from __future__ import annotations

from ui.camera.decode import decode_qr
from ui.camera.scanner import (
    DEBOUNCE_S,
    IMAGE_SECONDS,
    MAX_FPS,
    CameraScanner,
    Debouncer,
    cameras,
)

__all__ = [
    "DEBOUNCE_S",
    "IMAGE_SECONDS",
    "MAX_FPS",
    "CameraScanner",
    "Debouncer",
    "cameras",
    "decode_qr",
]
