"""The camera, the sounds and the kiosk in the main window.

- **Camera** (F3, View → Camera scanning): one :class:`ui.camera.CameraScanner` for the
  window, a preview beside the result panel of the check-in desk and of the door; every
  code it reads goes into the scan path of the screen on show, as a USB scanner's would
  (same results, same rules, same list of the last scans). On or off is remembered per
  computer (``CAMERA_ON``); ``desk gui --camera FILE`` plays a video or a folder of images
  as the camera.
- **Sounds**: one short sound per outcome class (ok, attention, error) after every scan at
  the desk and the door (``ui.sounds``, volume and mute in the settings).
- **Kiosk** (``desk gui --kiosk``, or View → Kiosk mode… with the supervisor's PIN): the
  main window hides behind a full-screen :class:`ui.kiosk.KioskWindow` that shares the
  camera, prints through the desk's printer settings and comes back when the supervisor
  leaves it. The window keeps following the server and backing up behind it.
- **The kiosk's refusals at the staffed desks**: every few seconds the check-in screen's
  list of the last scans shows the people a kiosk (another desk) sent to the registration
  desk, so staff know who is walking over and why.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desk.actions.kiosk import DeskReason, KioskAttempt, kiosk_attempts, reason_label
from ui.camera import CameraScanner
from ui.camera.preview import CameraPreview
from ui.camera.settings import CAMERA_DEVICE, CAMERA_ON
from ui.checkin_screen import CheckinScreen
from ui.door_screen import DoorScreen
from ui.ops import again_if_server_lost
from ui.parts import DeskSession
from ui.printing.jobs import BadgePrinter
from ui.settings import save
from ui.sounds import ERROR, Sounds, checkin_sound, door_sound

if TYPE_CHECKING:
    from ui.kiosk import KioskWindow

log = logging.getLogger(__name__)

ATTEMPTS_MS = 2_000  # how often the kiosks' refusals are looked for
KIOSK_COLOUR = "#1f5fa8"


class ScanHost(DeskSession, Protocol):
    """What the camera, the sounds and the kiosk use of the main window."""

    @property
    def screen_(self) -> CheckinScreen: ...
    @property
    def door(self) -> DoorScreen: ...
    @property
    def view_menu(self) -> QMenu: ...
    @property
    def badge_printer(self) -> BadgePrinter: ...
    def current_screen(self) -> str: ...
    def focus_screen(self) -> None: ...


class Scanning(QObject):
    def __init__(self, window: QMainWindow, host: ScanHost) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.sounds = Sounds(self)
        self.scanner = CameraScanner(self)
        self.scanner.code_read.connect(self._on_scanner_code_read)
        self.previews = [CameraPreview(self.scanner), CameraPreview(self.scanner)]
        host.screen_.add_beside_panel(self.previews[0])
        host.door.add_beside_panel(self.previews[1])
        for preview in self.previews:
            preview.hide()
        self._source: str | None = None  # a file played as the camera (--camera)
        self._device = ""  # the camera chosen in the settings when scanning started
        self.kiosk: KioskWindow | None = None

        screen, door = host.screen_, host.door
        screen.result_shown.connect(lambda r: self.sounds.play(checkin_sound(r.outcome)))
        screen.scan_failed.connect(lambda: self.sounds.play(ERROR))
        door.result_shown.connect(lambda r: self.sounds.play(door_sound(r)))
        door.scan_failed.connect(lambda: self.sounds.play(ERROR))

        self.camera_action = QAction(window, checkable=True)
        self.camera_action.setShortcut(QKeySequence("F3"))
        self.camera_action.triggered.connect(self.set_camera)
        self.kiosk_action = QAction(window)
        self.kiosk_action.triggered.connect(self._on_kiosk_action_triggered)
        host.view_menu.addSeparator()
        host.view_menu.addAction(self.camera_action)
        host.view_menu.addAction(self.kiosk_action)

        # The kiosks' refusals: the newest ones, each shown once; those already there when
        # the window opened are not shown (a restart does not replay the day).
        self._seen: set[str] | None = None
        self._attempts = QTimer(self)
        self._attempts.setInterval(ATTEMPTS_MS)
        self._attempts.timeout.connect(self.show_kiosk_attempts)
        self._attempts.start()
        if CAMERA_ON.get():
            QTimer.singleShot(0, lambda: self.set_camera(True, remember=False))

    def retranslate(self) -> None:
        self.camera_action.setText(self.tr("Ca&mera scanning"))
        self.kiosk_action.setText(self.tr("&Kiosk mode (self check-in)…"))
        for preview in self.previews:
            preview.retranslate()
        if self.kiosk is not None:
            self.kiosk.retranslate()

    def stop(self) -> None:
        """The window is closing: the camera and its decoder stop."""
        self._attempts.stop()
        self.scanner.stop()

    # -- the camera ------------------------------------------------------------------------

    def play_file(self, path: Path) -> None:
        """``desk gui --camera FILE``: the file is the camera, for this run."""
        self._source = str(path)
        self.scanner.stop()
        self.set_camera(True, remember=False)

    def set_camera(self, on: bool, remember: bool = True) -> None:
        """F3: the preview beside the result panel and the scanning, on or off."""
        self.camera_action.setChecked(on)
        for preview in self.previews:
            preview.setVisible(on)
        if on and not self.scanner.is_running():
            self._start_scanner()
        elif not on:
            self.scanner.stop()
        if remember:
            CAMERA_ON.set(on)
            save()
        self.host.focus_screen()

    def _start_scanner(self) -> None:
        self._device = CAMERA_DEVICE.get()
        self.scanner.set_source(self._source)
        self.scanner.start()

    def settings_changed(self) -> None:
        """Another camera chosen in the settings: scanning goes on with it at once."""
        device = CAMERA_DEVICE.get()
        if self._source is None and self.scanner.is_running() and device != self._device:
            self.scanner.stop()
            self._start_scanner()

    def _on_scanner_code_read(self, code: str) -> None:
        if self.kiosk is not None:
            self.kiosk.scan_code(code)
            return
        screen = self.host.current_screen()
        if screen == "checkin":
            self.host.screen_.scan_code(code)
        elif screen == "door":
            self.host.door.scan_code(code)
        # The dashboard has no scan field: a code shown to it is not taken.

    # -- the kiosk -------------------------------------------------------------------------

    def _on_kiosk_action_triggered(self) -> None:
        from ui.signin_dialog import ask_supervisor

        who = ask_supervisor(self.window, self.host.db, self.tr("Start the kiosk mode"))
        if who is None:
            self.host.focus_screen()
            return
        self.enter_kiosk()

    def enter_kiosk(self) -> None:
        """Full screen self check-in; the main window hides until the supervisor leaves it."""
        from ui.kiosk import KioskWindow

        if self.kiosk is not None:
            return
        host = self.host
        kiosk = KioskWindow(
            host.db,
            host.desk_event,
            self.scanner,
            self._print_badge,
            self.sounds.play,
            host.operator,
        )
        kiosk.left.connect(self.leave_kiosk)
        self.kiosk = kiosk
        if not self.scanner.is_running():
            self._start_scanner()
        self.window.hide()
        kiosk.showFullScreen()
        kiosk.activateWindow()

    def leave_kiosk(self) -> None:
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is None:
            return
        if not self.camera_action.isChecked():
            self.scanner.stop()
        kiosk.hide()
        kiosk.deleteLater()
        self.window.showMaximized()
        self.window.activateWindow()
        self.host.focus_screen()

    def _print_badge(self, participant_id: str, notify: object) -> None:
        self.host.badge_printer.print_badges(
            [participant_id],
            parent=self.kiosk,
            notify=notify,  # type: ignore[arg-type]
        )

    # -- the kiosks' refusals, at a staffed desk -----------------------------------------------

    def show_kiosk_attempts(self) -> None:
        """People a kiosk sent to the registration desk, in the check-in screen's list of
        the last scans (kiosk, reason, name when the code is someone's)."""
        if self.kiosk is not None:  # a kiosk does not show other kiosks' people
            return
        db = self.host.db

        def read() -> list[KioskAttempt]:
            with db.read() as session:
                return kiosk_attempts(session, after=None, exclude_desk=db.desk_id)

        try:
            attempts = again_if_server_lost(read)
        except Exception as exc:  # a read that failed: the next tick tries again
            log.warning("reading the kiosks' attempts failed: %s", exc)
            return
        if self._seen is None:
            self._seen = {attempt.id for attempt in attempts}
            return
        recent = self.host.screen_.recent
        tz = self.host.desk_event.tz
        for attempt in attempts:
            if attempt.id in self._seen:
                continue
            self._seen.add(attempt.id)
            who = attempt.name or attempt.code
            outcome = self.tr("{kiosk}: sent to the desk ({reason})").format(
                kiosk=attempt.desk_name or self.tr("kiosk"), reason=reason_label(attempt.reason)
            )
            icon = "⚠" if attempt.reason is DeskReason.ALREADY else "➜"
            recent.add(
                KIOSK_COLOUR,
                icon,
                who,
                outcome,
                attempt.participant_id,
                at=attempt.at.astimezone(tz),
            )
