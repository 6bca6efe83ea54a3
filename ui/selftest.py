"""The Qt half of ``desk --self-test`` (desk/selftest.py has the core checks): Qt without
a screen, the compiled translations, the platform and print plugins a window needs and,
in a built app, the main window itself on a temporary database."""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from desk import APP_NAME
from desk.selftest import KNOWN_CONTEXT, KNOWN_TEXT, Check, Out, SelfTestError, expect
from desk.selftest import main_self_test as core_main_self_test
from desk.selftest import run_self_test as core_run_self_test

NATIVE_PLATFORM = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


def qt_check() -> str:
    """Qt without a screen: a widget painted to an image and the .qm files loaded."""
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QCoreApplication, QTranslator
        from PySide6.QtGui import QImage
        from PySide6.QtPrintSupport import QPageSetupDialog  # noqa: F401 -- the module loads
        from PySide6.QtWidgets import QApplication, QLabel

        app = QCoreApplication.instance()
        if app is None:
            app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
        expect(isinstance(app, QApplication), "a non-GUI Qt application is already running")
        label = QLabel("Acreditación · Check-in")
        label.adjustSize()
        image = QImage(label.size(), QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        label.render(image)
        label.deleteLater()
        painted = any(
            image.pixel(x, y) != 0xFFFFFFFF
            for y in range(image.height())
            for x in range(image.width())
        )
        expect(painted, "the widget painted nothing (no fonts?)")
        from desk import i18n
        from desk.storage.paths import translations_dir

        for lang in ("es", "en"):
            translator = QTranslator()
            path = translations_dir() / f"desk_{lang}.qm"
            expect(translator.load(str(path)), f"cannot load {path}")
            got = translator.translate(KNOWN_CONTEXT, KNOWN_TEXT)
            want = i18n.translate_to(lang, KNOWN_CONTEXT, KNOWN_TEXT)
            expect(got == want, f"desk_{lang}.qm gives {got!r} instead of {want!r}")
        platform = QApplication.platformName()
        return f"PySide6 {pyside_version}, platform {platform}, .qm es/en loaded"
    finally:
        if previous is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = previous


def qt_plugins_check() -> str:
    """The plugin a real window needs on this operating system is there too."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = NATIVE_PLATFORM.get(sys.platform)
    found = sorted(p.name for p in (plugins / "platforms").glob("*") if p.is_file())
    expect(bool(found), f"no platform plugins in {plugins}")
    if native:
        expect(
            any(native in name for name in found),
            f"no {native!r} platform plugin in {plugins / 'platforms'} ({', '.join(found)})",
        )
    detail = f"platforms: {', '.join(found)}"
    if sys.platform == "linux":
        printing = sorted((plugins / "printsupport").glob("*cups*"))
        expect(bool(printing), f"no CUPS print support plugin in {plugins / 'printsupport'}")
        # Load the window's platform plugin and the printing plugin as Qt would: this
        # finds a library missing from the build or from the system (libxcb-cursor0…).
        for path in [*sorted((plugins / "platforms").glob("*qxcb*")), *printing]:
            try:
                ctypes.CDLL(str(path), mode=os.RTLD_LAZY)
            except OSError as exc:
                raise SelfTestError(f"{path.name} cannot be loaded: {exc}") from exc
        detail += "; xcb and CUPS plugins load"
    return detail


def camera_check() -> str:
    """QtMultimedia loads (its FFmpeg backend: camera, sounds), a QR code is decoded the way
    the camera's frames are, and the sounds are there."""
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    try:
        import qrcode
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtMultimedia import QMediaDevices, QMediaFormat
        from PySide6.QtWidgets import QApplication

        from desk.storage.paths import resources_dir
        from ui.camera import decode_qr

        if QApplication.instance() is None:
            QApplication([sys.argv[0] if sys.argv else APP_NAME])
        cameras = len(QMediaDevices.videoInputs())
        # Without its FFmpeg plugin QtMultimedia loads but plays nothing (no camera either).
        decode = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
        expect(bool(decode), "QtMultimedia has no backend (its FFmpeg plugin is missing)")
        qr = qrcode.QRCode(border=4, box_size=6)
        qr.add_data("SELFTEST1")
        matrix = qr.get_matrix()
        size = len(matrix) * 6
        image = QImage(size, size, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(x * 6, y * 6, 6, 6, Qt.GlobalColor.black)
        painter.end()
        got = decode_qr(image)
        expect(got == ["SELFTEST1"], f"the QR decoder read {got!r}")
        sounds = sorted(p.stem for p in (resources_dir() / "sounds").glob("*.wav"))
        expect(sounds == ["attention", "error", "ok"], f"sounds found: {sounds}")
        return (
            f"QtMultimedia with its backend ({cameras} camera(s)), QR decoded, "
            f"sounds {', '.join(sounds)}"
        )
    finally:
        if previous is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = previous


def window_check() -> str:
    """Open the main window on a temporary database, let it run briefly, close it."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    data_dir = os.environ.get("DESK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="desk-self-test-window-") as folder:
        os.environ["DESK_DATA_DIR"] = str(Path(folder) / "data")  # backups go there
        try:
            return _open_window(Path(folder))
        finally:
            if data_dir is None:
                os.environ.pop("DESK_DATA_DIR", None)
            else:
                os.environ["DESK_DATA_DIR"] = data_dir


def _open_window(folder: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from ui.settings import use_folder

    use_folder(folder / "settings")  # never the user's settings
    from desk.events.event import default_event
    from desk.storage.db import Database
    from ui.app import make_application, open_window
    from ui.language import apply_language

    app = make_application()
    apply_language("es")
    event = default_event()
    db = Database(folder / "desk.sqlite3", desk_name="Self-test")
    try:
        db.bind_event(event.id)
        window = open_window(db, event, "self-test")
        window.show()
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        title = window.windowTitle()
        window.runner.wait(5000)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        db.close()
    if not isinstance(app, QApplication) or not title:
        raise RuntimeError("the main window did not open")
    return f"main window opened offscreen ({title!r})"


QT_CHECKS: list[tuple[str, Check]] = [
    ("qt", qt_check),
    ("qt plugins", qt_plugins_check),
    ("camera", camera_check),
]


def run_self_test(out: Out = print, *, extra: Sequence[tuple[str, Check]] = ()) -> int:
    """The core checks, then Qt's, then ``extra``."""
    return core_run_self_test(out, extra=[*QT_CHECKS, *extra])


def main_self_test(window: bool = False) -> int:
    """``desk --self-test`` with Qt's checks (and the main window's, in a built app)."""
    extra = [*QT_CHECKS, *([("window", window_check)] if window else [])]
    return core_main_self_test(extra)
