"""A preview of the camera beside a scan field: the newest frame, and below it what the
scanner says (red when something is wrong) or how to hold a badge. Several may show one
scanner (the check-in desk, the door, the kiosk). It never takes the keyboard: the scan
field keeps it, so a USB scanner goes on working beside the camera."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.camera.scanner import CameraScanner
from ui.result_panel import font, shrinkable

PAINTS_PER_S = 15  # the preview is redrawn at most this often
SMALL = (240, 135)  # the picture's minimum size (16:9)
LARGE = (480, 270)
BACKGROUND = "#202020"
PROBLEM_COLOUR = "#b00020"
HINT_COLOUR = "#555555"


class _Picture(QWidget):
    """The newest frame, scaled to fit (aspect kept), on a dark background."""

    def __init__(self, minimum: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(*minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.frame: QVideoFrame | None = None
        self.image: QImage | None = None  # the frame as an image, made when painted

    def show_frame(self, frame: QVideoFrame | None) -> None:
        self.frame = frame
        self.image = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        if self.image is None and self.frame is not None:
            image = self.frame.toImage()
            self.image = None if image.isNull() else image
        if self.image is not None:
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self.image)
        painter.end()


class CameraPreview(QWidget):
    """A preview of the scanner's frames beside a scan field. Paints the newest frame
    (scaled, aspect kept) at most ``PAINTS_PER_S`` times a second; below it the scanner's
    status message (wrapped, red when not fine) or a hint. Never takes the keyboard focus."""

    def __init__(
        self,
        scanner: CameraScanner,
        parent: QWidget | None = None,
        *,
        large: bool = False,
        hint: str | None = None,
    ) -> None:
        """``hint``: the words under the picture while all is well, instead of the window
        language's (the kiosk's are in both languages)."""
        super().__init__(parent)
        self.scanner = scanner
        self._hint = hint
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.picture = _Picture(LARGE if large else SMALL)
        layout.addWidget(self.picture, 1)
        self.message = shrinkable(QLabel())
        self.message.setWordWrap(True)
        self.message.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.message.setFont(font(14 if large else 10))
        layout.addWidget(self.message)
        self._pending: QVideoFrame | None = None
        self._since_paint = QElapsedTimer()
        self._paint_timer = QTimer(self)
        self._paint_timer.setSingleShot(True)
        self._paint_timer.timeout.connect(self._on_paint_timer_timeout)
        scanner.frame_ready.connect(self._on_scanner_frame_ready)
        scanner.status_changed.connect(self._on_scanner_status_changed)
        scanner.running_changed.connect(self._on_scanner_running_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self._show_status(self.scanner.status())

    def _show_status(self, status: str) -> None:
        if status:
            self.message.setText(status)
            self.message.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        else:
            hint = self._hint or self.tr("Hold the QR code in front of the camera")
            self.message.setText(hint)
            self.message.setStyleSheet(f"color: {HINT_COLOUR};")

    def _on_scanner_status_changed(self, status: str) -> None:
        self._show_status(status)

    def _on_scanner_running_changed(self, running: bool) -> None:
        if not running:
            self._pending = None
            self._paint_timer.stop()
            self.picture.show_frame(None)

    def _on_scanner_frame_ready(self, frame: QVideoFrame) -> None:
        self._pending = frame
        if not self.isVisible() or self._paint_timer.isActive():
            return  # hidden: nothing to paint; else the timer paints the newest frame
        interval = 1000 // PAINTS_PER_S
        since = self._since_paint.elapsed() if self._since_paint.isValid() else interval
        self._paint_timer.start(max(0, interval - since))

    def _on_paint_timer_timeout(self) -> None:
        if self._pending is None:
            return
        self._since_paint.start()
        self.picture.show_frame(self._pending)
        self._pending = None
