"""The camera's settings, remembered per computer (global, not per desk).

``CAMERA_DEVICE``: the chosen camera, its ``QCameraDevice.id()`` decoded as text ("" = the
system's default camera). ``CAMERA_ON``: whether camera scanning was on when Desk closed.
"""

from __future__ import annotations

from desk.i18n import QT_TRANSLATE_NOOP
from ui.settings import Setting

# "": the system's default camera.
CAMERA_DEVICE = Setting("camera/device", str, "", QT_TRANSLATE_NOOP("settings", "Camera"))
CAMERA_ON = Setting("camera/on", bool, False, QT_TRANSLATE_NOOP("settings", "Camera scanning on"))
