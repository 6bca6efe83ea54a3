"""The camera scanner: frames from a camera (or a video, or a folder of images) to codes.

One :class:`CameraScanner` per window. Its source sends frames into the scanner's own
QVideoSink: the system camera through a QMediaCaptureSession, a video file through a
QMediaPlayer (real time, played once), a folder of images through a timer. Every frame goes
out by ``frame_ready`` for the previews; at most ``MAX_FPS`` a second go to the decoder
thread, and only when it is idle: the newest frame wins, nothing queues up behind a slow
decode. A code read is let through by the debouncer, which counts a code held in front of
the camera once: the same code seen again within ``DEBOUNCE_S`` of its last sighting is the
same person still holding it (a sliding window: held for a minute, it counts once).

Nothing here raises to the window: no camera, a camera another program holds, a camera
unplugged, a file that cannot be played, a folder without images are each a message in
``status()`` (and ``status_changed``), "" while all is well.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCameraPermission,
    QCoreApplication,
    QElapsedTimer,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from ui.camera.decode import decode_qr
from ui.camera.settings import CAMERA_DEVICE

log = logging.getLogger(__name__)

MAX_FPS = 8  # frames handed to the decoder per second, at most
DEBOUNCE_S = 2.0  # the same code seen again within this (sliding) window counts once
IMAGE_SECONDS = 1.0  # a folder of images as the camera: each image is in view this long
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
JITTER = 0.1  # of a frame interval: a frame this early still counts as on time


def cameras() -> list[tuple[str, str]]:
    """The cameras of this computer, as (id, description), for the settings dialog; the
    id is what ``CAMERA_DEVICE`` holds."""
    try:
        return [(device_id(d), d.description()) for d in QMediaDevices.videoInputs()]
    except Exception:  # no multimedia backend: no cameras, not an error for the dialog
        log.exception("the cameras could not be listed")
        return []


def device_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


class Debouncer:
    """Lets a code through unless it was seen less than ``window`` seconds ago; every
    sighting, let through or not, restarts its window."""

    def __init__(self, window: float = DEBOUNCE_S, clock: Callable[[], float] = time.monotonic):
        self.window = window
        self.clock = clock
        self._last: dict[str, float] = {}

    def seen(self, code: str) -> bool:
        now = self.clock()
        last = self._last.get(code)
        self._last[code] = now
        if len(self._last) > 1000:  # a day of codes: forget those long out of view
            self._last = {c: t for c, t in self._last.items() if now - t < self.window}
        return last is None or now - last >= self.window

    def clear(self) -> None:
        self._last.clear()


class _Decoder:
    """The decoder thread: one frame at a time, its result handed to ``deliver`` (called in
    this thread; the scanner emits a queued signal from it). A plain daemon thread: it never
    holds up quitting, whatever becomes of the scanner."""

    def __init__(self, deliver: Callable[[int, list[str], float], None]) -> None:
        self._deliver = deliver
        self._wake = threading.Condition()
        self._job: tuple[int, QVideoFrame | QImage] | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="camera-decoder", daemon=True)
        self._thread.start()

    def submit(self, token: int, frame: QVideoFrame | QImage) -> None:
        with self._wake:
            self._job = (token, frame)
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._job = None
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._job is None and not self._stopped:
                    self._wake.wait()
                if self._stopped:
                    return
                assert self._job is not None
                token, frame = self._job
                self._job = None
            start = time.perf_counter()
            texts = decode_qr(frame)
            ms = (time.perf_counter() - start) * 1000
            del frame  # the frame's buffer goes back to the camera now, not at the next one
            try:
                self._deliver(token, texts, ms)
            except RuntimeError:  # the scanner is gone (its window closed): nothing to tell
                return


class CameraScanner(QObject):
    """ONE per window. Owns the source (camera or file), the QVideoSink that receives its
    frames, the decoder thread and the debouncer. ``is_running()``: scanning is on (between
    start() and stop()), whether or not frames come; ``status()`` says why they do not."""

    code_read = Signal(str)  # a decoded code, after the debounce
    frame_ready = Signal(object)  # QVideoFrame, every frame, for the previews
    status_changed = Signal(str)  # "" when fine, else a message for the operator
    running_changed = Signal(bool)
    _decoded = Signal(int, list, float)  # from the decoder thread: token, texts, ms

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_fps: float = MAX_FPS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.max_fps = max_fps
        self.debouncer = Debouncer(DEBOUNCE_S, clock)
        self.stats: dict = {"frames_seen": 0, "frames_decoded": 0, "decode_ms": []}
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)
        self._decoded.connect(self._on_decoded, Qt.ConnectionType.QueuedConnection)
        self._source: str | None = None
        self._running = False
        self._status = ""
        self._token = 0  # a new one at every start: results of an earlier run are dropped
        self._busy = False  # the decoder has a frame
        self._due = 0.0  # the next frame for the decoder is due then (clock time)
        self._decoder: _Decoder | None = None
        # The camera
        self._devices: QMediaDevices | None = None
        self._session: QMediaCaptureSession | None = None
        self._camera: QCamera | None = None
        # A video file
        self._player: QMediaPlayer | None = None
        # A folder of images
        self._images: list[Path] = []
        self._image: tuple[int, QImage | None] = (-1, None)
        self._unreadable = 0
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._on_ticker_timeout)
        self._elapsed = QElapsedTimer()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- the interface ---------------------------------------------------------------------

    def set_source(self, source: str | None) -> None:
        """None: the camera chosen in the settings (``CAMERA_DEVICE``), else the system's
        default camera. A path: a video file played once in real time (the preview keeps
        its last frame), or a folder of PNG/JPEG images (sorted by name, each in view for
        ``IMAGE_SECONDS``). A running scanner goes on with the new source at once."""
        self._source = None if source is None else str(source)
        if self._running:
            self._close_source()
            self._open_source()

    def source(self) -> str | None:
        return self._source

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._token += 1
        self._busy = False
        self._due = 0.0
        self.debouncer.clear()
        self._decoder = _Decoder(self._deliver)
        self._open_source()
        self.running_changed.emit(True)

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._token += 1
        if self._decoder is not None:
            self._decoder.stop()
            self._decoder = None
        self._close_source()
        self._set_status("")
        self.running_changed.emit(False)

    def is_running(self) -> bool:
        return self._running

    def status(self) -> str:
        return self._status

    # -- frames to codes -------------------------------------------------------------------

    @Slot(QVideoFrame)
    def _on_sink_video_frame_changed(self, frame: QVideoFrame) -> None:
        if not self._running or not frame.isValid():
            return
        self.stats["frames_seen"] += 1
        self.frame_ready.emit(frame)
        if self._busy or self._decoder is None:
            return
        now = self._clock()
        period = 1.0 / self.max_fps
        if now < self._due - JITTER * period:
            return
        # On average at most max_fps, whatever the jitter of the frames' arrival.
        self._due = max(self._due + period, now + period / 2)
        self._busy = True
        self._decoder.submit(self._token, frame)

    def _deliver(self, token: int, texts: list[str], ms: float) -> None:
        self._decoded.emit(token, texts, ms)  # queued: lands in the scanner's thread

    @Slot(int, list, float)
    def _on_decoded(self, token: int, texts: list[str], ms: float) -> None:
        if token != self._token:
            return
        self._busy = False
        self.stats["frames_decoded"] += 1
        self.stats["decode_ms"].append(ms)
        for text in texts:
            if self.debouncer.seen(text):
                log.info("camera read a code")
                self.code_read.emit(text)

    # -- the sources -----------------------------------------------------------------------

    def _open_source(self) -> None:
        self._set_status("")
        if self._source is None:
            self._watch_devices()
            self._open_camera()
            return
        path = Path(self._source)
        if path.is_dir():
            self._open_folder(path)
        elif path.is_file():
            self._open_video(path)
        else:
            self._set_status(self.tr("The file or folder {path} was not found.").format(path=path))

    def _close_source(self) -> None:
        self._close_camera()
        if self._devices is not None:
            self._devices.videoInputsChanged.disconnect(self._on_devices_video_inputs_changed)
            self._devices.deleteLater()
            self._devices = None
        if self._player is not None:
            player, self._player = self._player, None
            player.errorOccurred.disconnect(self._on_player_error_occurred)
            player.mediaStatusChanged.disconnect(self._on_player_media_status_changed)
            player.stop()
            player.setVideoSink(None)  # type: ignore[arg-type]
            player.deleteLater()
        self._ticker.stop()
        self._images = []
        self._image = (-1, None)

    # The camera

    def _watch_devices(self) -> None:
        if self._devices is None:
            self._devices = QMediaDevices(self)
            self._devices.videoInputsChanged.connect(self._on_devices_video_inputs_changed)

    def _chosen_device(self) -> QCameraDevice | None:
        devices = QMediaDevices.videoInputs()
        if not devices:
            return None
        wanted = CAMERA_DEVICE.get()
        for device in devices:
            if wanted and device_id(device) == wanted:
                return device
        if wanted:
            log.info("the chosen camera is not connected: the system's default is used")
        default = QMediaDevices.defaultVideoInput()
        return default if not default.isNull() else devices[0]

    def _open_camera(self) -> None:
        device = self._chosen_device()
        if device is None:
            self._set_status(
                self.tr(
                    "No camera was found on this computer. Connect one, or scan with the USB "
                    "scanner."
                )
            )
            return
        if not self._camera_allowed():
            return
        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(device, self)
        self._camera.errorOccurred.connect(self._on_camera_error_occurred)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self.sink)
        log.info("camera %s starting", device.description())
        self._camera.start()

    def _close_camera(self) -> None:
        if self._camera is not None:
            camera, self._camera = self._camera, None
            camera.errorOccurred.disconnect(self._on_camera_error_occurred)
            camera.stop()
            camera.deleteLater()
        if self._session is not None:
            session, self._session = self._session, None
            session.setVideoSink(None)  # type: ignore[arg-type]
            session.deleteLater()

    def _camera_allowed(self) -> bool:
        """macOS (and some Windows set-ups) ask the user before a program may use the
        camera: ask, and start once allowed."""
        app = QCoreApplication.instance()
        if app is None:
            return True
        permission = QCameraPermission()
        state = app.checkPermission(permission)
        if state == Qt.PermissionStatus.Granted:
            return True
        if state == Qt.PermissionStatus.Undetermined:
            self._set_status(self.tr("Waiting for permission to use the camera…"))
            app.requestPermission(permission, self, self._on_permission_answered)
            return False
        self._set_status(self.tr("Desk may not use the camera: allow it in the system settings."))
        return False

    def _on_permission_answered(self, permission: object) -> None:
        if self._running and self._source is None and self._camera is None:
            self._open_source()

    def _on_camera_error_occurred(self, error: QCamera.Error, reason: str) -> None:
        log.warning("camera error: %s", reason)
        self._close_camera()
        self._set_status(
            self.tr(
                "The camera cannot be used: it may be in use by another program ({reason})."
            ).format(reason=reason or self.tr("no reason given"))
        )

    def _on_devices_video_inputs_changed(self) -> None:
        """A camera plugged in or out: scanning goes on with what is there."""
        if not self._running or self._source is not None:
            return
        ids = {device_id(d) for d in QMediaDevices.videoInputs()}
        if self._camera is not None and device_id(self._camera.cameraDevice()) in ids:
            return
        unplugged = self._camera is not None
        self._close_camera()
        self._open_camera()
        if unplugged and self._camera is None and not ids:
            self._set_status(
                self.tr(
                    "The camera was disconnected. Connect it again, or scan with the USB scanner."
                )
            )

    # A video file

    def _open_video(self, path: Path) -> None:
        self._player = QMediaPlayer(self)
        self._player.errorOccurred.connect(self._on_player_error_occurred)
        self._player.mediaStatusChanged.connect(self._on_player_media_status_changed)
        self._player.setVideoSink(self.sink)
        self._player.setSource(QUrl.fromLocalFile(str(path.resolve())))
        self._player.play()

    def _on_player_error_occurred(self, error: QMediaPlayer.Error, reason: str) -> None:
        if error == QMediaPlayer.Error.NoError or self._player is None:
            return
        log.warning("video %s: %s", self._source, reason)
        self._set_status(
            self.tr("The video {name} cannot be played ({reason}).").format(
                name=Path(self._source or "").name, reason=reason or self.tr("no reason given")
            )
        )

    def _on_player_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._set_status(self.tr("The video has ended: its last picture stays in view."))
        elif status == QMediaPlayer.MediaStatus.InvalidMedia and not self._status:
            self._on_player_error_occurred(
                QMediaPlayer.Error.FormatError, self.tr("not a video Desk can play")
            )

    # A folder of images

    def _open_folder(self, folder: Path) -> None:
        try:
            self._images = sorted(
                p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
            )
        except OSError as exc:
            self._set_status(
                self.tr("The folder {folder} cannot be read ({reason}).").format(
                    folder=folder, reason=exc.strerror or str(exc)
                )
            )
            return
        if not self._images:
            self._set_status(
                self.tr("The folder {folder} has no images (PNG or JPEG).").format(folder=folder)
            )
            return
        self._unreadable = 0
        self._elapsed.start()
        self._ticker.start(round(1000 / MAX_FPS))
        self._on_ticker_timeout()

    def _on_ticker_timeout(self) -> None:
        index = int(self._elapsed.elapsed() / 1000 / IMAGE_SECONDS)
        if index >= len(self._images):
            self._ticker.stop()
            if self._unreadable == len(self._images):
                self._set_status(self.tr("None of the images in the folder can be read."))
            else:
                self._set_status(self.tr("All the images of the folder have been shown."))
            return
        if self._image[0] != index:
            loaded = QImage(str(self._images[index]))
            if loaded.isNull():
                log.warning("image %s cannot be read", self._images[index].name)
                self._unreadable += 1
                self._image = (index, None)
            else:
                self._image = (index, loaded.convertToFormat(QImage.Format.Format_RGBX8888))
        shown = self._image[1]
        if shown is not None:
            self.sink.setVideoFrame(QVideoFrame(shown))  # a new frame, as a camera sends

    # -- status ----------------------------------------------------------------------------

    def _set_status(self, message: str) -> None:
        if message != self._status:
            self._status = message
            self.status_changed.emit(message)
