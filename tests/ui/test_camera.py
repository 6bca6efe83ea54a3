"""The camera scanner: frames to codes through the real QtMultimedia pipeline, offscreen.

The committed clips of tests/fixtures/camera/ (made by scripts/make-camera-clips.py) play
through a QMediaPlayer into the scanner's QVideoSink in real time, as a camera's frames
would arrive: blurred, tilted and dim codes are read, a code held for five seconds counts
once, two people in a row count twice, a desk without a code counts nothing. A folder of
images plays as the camera too. Without a camera, with a file that is not a video or a
folder without images, the scanner says so and goes on. The throttle and the debounce are
checked on a virtual clock; decode_qr on every kind of frame a camera may deliver.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qrcode
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import QCamera, QVideoFrame, QVideoFrameFormat

from ui.camera import (
    DEBOUNCE_S,
    MAX_FPS,
    CameraScanner,
    Debouncer,
    cameras,
    decode_qr,
)
from ui.camera import scanner as scanner_module
from ui.camera.preview import BACKGROUND, CameraPreview
from ui.camera.settings import CAMERA_DEVICE, CAMERA_ON

CLIPS = Path(__file__).resolve().parent.parent / "fixtures" / "camera"
PF = QVideoFrameFormat.PixelFormat


def qr_image(text: str, size: int = 640, height: int = 360, box: int = 200) -> QImage:
    """A camera picture: a grey wall with the code of ``text`` in the middle ("" = none)."""
    image = QImage(size, height, QImage.Format.Format_RGB32)
    image.fill(QColor(150, 150, 150))
    if text:
        code = qrcode.make(text, border=2).get_image().convert("L").resize((box, box))
        data = code.tobytes()
        qr = QImage(data, box, box, box, QImage.Format.Format_Grayscale8).copy()
        painter = QPainter(image)
        painter.drawImage((size - box) // 2, (height - box) // 2, qr)
        painter.end()
    return image


@pytest.fixture
def scanner(qtbot) -> Iterator[CameraScanner]:  # type: ignore[no-untyped-def]
    scanner = CameraScanner()
    yield scanner
    scanner.stop()
    scanner.deleteLater()


def play(qtbot, scanner: CameraScanner, source: Path, timeout: int = 15_000) -> list[str]:  # type: ignore[no-untyped-def]
    """Plays the clip or folder as the camera to its end (or its error: the scanner says
    nothing until then); the codes read."""
    read: list[str] = []
    scanner.code_read.connect(read.append)
    scanner.set_source(str(source))
    scanner.start()
    qtbot.waitUntil(lambda: scanner.status() != "", timeout=timeout)
    qtbot.wait(50)  # a decode still under way lands
    return read


# -- clips through QMediaPlayer -> QVideoSink -------------------------------------------------


@pytest.mark.parametrize(
    ("clip", "code"),
    [("blur.mp4", "BLUR-1"), ("rotation.mp4", "TILT-1"), ("contrast.mp4", "DIM-1")],
)
def test_a_hard_to_read_code_is_read_once(
    qtbot, scanner: CameraScanner, clip: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    assert play(qtbot, scanner, CLIPS / clip) == [code]
    assert scanner.stats["frames_decoded"] > 5
    assert scanner.status() == "The video has ended: its last picture stays in view."


def test_a_code_held_for_five_seconds_counts_once(qtbot, scanner: CameraScanner) -> None:  # type: ignore[no-untyped-def]
    assert play(qtbot, scanner, CLIPS / "held.mp4") == ["HELD-1"]
    # 5.6 s of video at 10 frames a second: the decoder had most of them, at most MAX_FPS a second.
    assert 30 <= scanner.stats["frames_decoded"] <= 5.6 * MAX_FPS + 2


def test_two_people_in_a_row_count_twice(qtbot, scanner: CameraScanner) -> None:  # type: ignore[no-untyped-def]
    assert play(qtbot, scanner, CLIPS / "two.mp4") == ["ANA-1", "BEN-2"]


def test_a_desk_without_a_code_reads_nothing(qtbot, scanner: CameraScanner) -> None:  # type: ignore[no-untyped-def]
    frames: list[QVideoFrame] = []
    scanner.frame_ready.connect(frames.append)
    assert play(qtbot, scanner, CLIPS / "nocode.mp4") == []
    assert len(frames) >= 10 and scanner.stats["frames_decoded"] >= 5


def test_a_file_that_is_not_a_video_is_a_message(
    qtbot, scanner: CameraScanner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "clip.mp4"
    bad.write_bytes(b"not a video at all" * 100)
    scanner.set_source(str(bad))
    scanner.start()
    qtbot.waitUntil(lambda: "cannot be played" in scanner.status(), timeout=10_000)
    assert scanner.status().startswith("The video clip.mp4 cannot be played (")
    assert scanner.is_running()
    scanner.stop()
    assert scanner.status() == "" and not scanner.is_running()


def test_a_missing_file_is_a_message(scanner: CameraScanner, tmp_path: Path) -> None:
    scanner.set_source(str(tmp_path / "gone.mp4"))
    scanner.start()
    assert scanner.status() == f"The file or folder {tmp_path / 'gone.mp4'} was not found."


# -- a folder of images ----------------------------------------------------------------------


def test_a_folder_of_images_plays_as_the_camera(
    qtbot, scanner: CameraScanner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for name, text in [("1.png", "ANA-1"), ("2.jpg", "ANA-1"), ("3.png", "BEN-2")]:
        assert qr_image(text).save(str(tmp_path / name))
    (tmp_path / "notes.txt").write_text("not an image")
    seen: list[QVideoFrame] = []
    scanner.frame_ready.connect(seen.append)
    assert play(qtbot, scanner, tmp_path) == ["ANA-1", "BEN-2"]  # held for 2 s: once
    assert scanner.status() == "All the images of the folder have been shown."
    # A new frame every 1/MAX_FPS s, as a camera: about MAX_FPS a second for 3 s.
    assert 2.5 * MAX_FPS <= len(seen) <= 3 * MAX_FPS + 2


def test_a_folder_without_images_is_a_message(scanner: CameraScanner, tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("no images here")
    scanner.set_source(str(tmp_path))
    scanner.start()
    assert scanner.status() == f"The folder {tmp_path} has no images (PNG or JPEG)."


def test_unreadable_images_are_a_message(qtbot, scanner: CameraScanner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "broken.png").write_bytes(b"\x89PNG broken")
    assert play(qtbot, scanner, tmp_path, timeout=5_000) == []
    assert scanner.status() == "None of the images in the folder can be read."


# -- the camera --------------------------------------------------------------------------------


def test_no_camera_is_a_message_not_a_crash(
    qtbot, scanner: CameraScanner, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(scanner_module.QMediaDevices, "videoInputs", staticmethod(lambda: []))
    running: list[bool] = []
    scanner.running_changed.connect(running.append)
    scanner.set_source(None)
    scanner.start()
    assert scanner.is_running() and running == [True]
    assert scanner.status() == (
        "No camera was found on this computer. Connect one, or scan with the USB scanner."
    )
    assert cameras() == []
    scanner.stop()
    assert running == [True, False] and scanner.status() == ""


def test_a_camera_error_is_a_message(scanner: CameraScanner) -> None:
    statuses: list[str] = []
    scanner.status_changed.connect(statuses.append)
    scanner._on_camera_error_occurred(QCamera.Error.CameraError, "Device or resource busy")
    assert statuses == [
        "The camera cannot be used: it may be in use by another program (Device or resource busy)."
    ]


def test_the_camera_settings() -> None:
    assert CAMERA_DEVICE.get() == "" and CAMERA_ON.get() is False
    CAMERA_DEVICE.set("/dev/video0")
    CAMERA_ON.set(True)
    try:
        assert CAMERA_DEVICE.get() == "/dev/video0" and CAMERA_ON.get() is True
    finally:
        CAMERA_DEVICE.remove()
        CAMERA_ON.remove()
    assert CAMERA_DEVICE.label() == "Camera" and CAMERA_ON.label() == "Camera scanning on"


# -- throttle and debounce on a virtual clock --------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def feed(
    qtbot, scanner: CameraScanner, clock: Clock, timeline: list[tuple[float, str]], fps: int = 30
) -> list[str]:  # type: ignore[no-untyped-def]
    """Frames at ``fps`` on the virtual clock, straight into the scanner's sink: for each
    (seconds, text) of the timeline, that long of the code of text ("" = no code)."""
    read: list[str] = []
    scanner.code_read.connect(read.append)
    images = {text: qr_image(text) for _, text in timeline}
    for seconds, text in timeline:
        for _ in range(round(seconds * fps)):
            scanner.sink.setVideoFrame(QVideoFrame(images[text]))
            qtbot.waitUntil(lambda: not scanner._busy, timeout=2_000)
            clock.now += 1 / fps
    return read


@pytest.fixture
def virtual(qtbot, tmp_path: Path) -> Iterator[tuple[CameraScanner, Clock]]:  # type: ignore[no-untyped-def]
    clock = Clock()
    scanner = CameraScanner(clock=clock)
    scanner.set_source(str(tmp_path / "nothing"))  # no source: the test feeds the sink
    scanner.start()
    yield scanner, clock
    scanner.stop()
    scanner.deleteLater()


def test_the_decoder_gets_at_most_max_fps(qtbot, virtual) -> None:  # type: ignore[no-untyped-def]
    scanner, clock = virtual
    feed(qtbot, scanner, clock, [(3.0, "")])
    assert scanner.stats["frames_seen"] == 90
    assert 3 * MAX_FPS - 1 <= scanner.stats["frames_decoded"] <= 3 * MAX_FPS + 1


def test_a_held_code_counts_once_a_new_person_again(qtbot, virtual) -> None:  # type: ignore[no-untyped-def]
    scanner, clock = virtual
    timeline = [(3.0, "A-1"), (3.0, "B-2"), (3.0, "A-1")]
    assert feed(qtbot, scanner, clock, timeline, fps=15) == ["A-1", "B-2", "A-1"]


def test_the_debounce_window_slides(qtbot, virtual) -> None:  # type: ignore[no-untyped-def]
    scanner, clock = virtual
    # Out of view for 1 s: the same person still; for 2.5 s: a second scan.
    timeline = [(1.0, "A-1"), (1.0, ""), (1.0, "A-1"), (DEBOUNCE_S + 0.5, ""), (0.5, "A-1")]
    assert feed(qtbot, scanner, clock, timeline, fps=15) == ["A-1", "A-1"]


def test_the_debouncer() -> None:
    clock = Clock()
    debouncer = Debouncer(2.0, clock)
    assert debouncer.seen("A")
    for _ in range(10):  # held for 5 s, seen every 0.5 s
        clock.now += 0.5
        assert not debouncer.seen("A")
    assert debouncer.seen("B")
    clock.now += 2.0
    assert debouncer.seen("A")
    debouncer.clear()
    assert debouncer.seen("A")


def test_results_of_an_earlier_run_are_dropped(qtbot, virtual) -> None:  # type: ignore[no-untyped-def]
    scanner, _clock = virtual
    read: list[str] = []
    scanner.code_read.connect(read.append)
    scanner.sink.setVideoFrame(QVideoFrame(qr_image("OLD-1")))
    scanner.stop()
    scanner.start()
    qtbot.wait(200)
    assert read == [] and not scanner._busy


# -- decode_qr on every kind of frame ----------------------------------------------------------


@pytest.mark.parametrize(
    "image_format",
    [
        QImage.Format.Format_RGB32,
        QImage.Format.Format_ARGB32,
        QImage.Format.Format_RGBX8888,
        QImage.Format.Format_RGBA8888,
        QImage.Format.Format_Grayscale8,
        QImage.Format.Format_RGB888,
    ],
)
def test_decode_qr_reads_images_and_their_frames(image_format: QImage.Format) -> None:
    image = qr_image("CODE-1").convertToFormat(image_format)
    assert decode_qr(image) == ["CODE-1"]
    assert decode_qr(QVideoFrame(image)) == ["CODE-1"]
    assert decode_qr(qr_image("").convertToFormat(image_format)) == []


def yuv_frame(
    pixel_format: QVideoFrameFormat.PixelFormat, text: str, width: int = 640, height: int = 360
) -> QVideoFrame:
    """A frame as a camera or a video decoder delivers it: brightness in the Y bytes."""
    return grey_to_yuv(pixel_format, qr_image(text, width, height))


def grey_to_yuv(pixel_format: QVideoFrameFormat.PixelFormat, image: QImage) -> QVideoFrame:
    """The image's brightness as the Y bytes of a frame of that kind, no colour."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = grey.width(), grey.height()
    frame = QVideoFrame(QVideoFrameFormat(QSize(w, h), pixel_format))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    luma = memoryview(grey.constBits())
    for plane in range(frame.planeCount()):
        data = memoryview(frame.bits(plane))
        data[:] = b"\x80" * len(data)  # colour planes: no colour
    data, stride = memoryview(frame.bits(0)), frame.bytesPerLine(0)
    for y in range(h):
        row = bytes(luma[y * grey.bytesPerLine() : y * grey.bytesPerLine() + w])
        if pixel_format in (PF.Format_YUYV, PF.Format_UYVY):
            first = 0 if pixel_format == PF.Format_YUYV else 1
            data[y * stride + first : y * stride + 2 * w : 2] = row
        else:
            data[y * stride : y * stride + w] = row
    frame.unmap()
    return frame


@pytest.mark.parametrize(
    "pixel_format",
    [
        PF.Format_YUV420P,
        PF.Format_NV12,
        PF.Format_NV21,
        PF.Format_Y8,
        PF.Format_YUYV,
        PF.Format_UYVY,
    ],
)
def test_decode_qr_reads_the_brightness_of_yuv_frames(
    pixel_format: QVideoFrameFormat.PixelFormat,
) -> None:
    assert decode_qr(yuv_frame(pixel_format, "YUV-1")) == ["YUV-1"]
    assert decode_qr(yuv_frame(pixel_format, "")) == []


def test_decode_qr_never_raises() -> None:
    assert decode_qr(QVideoFrame()) == []
    assert decode_qr(QImage()) == []


# -- the preview -------------------------------------------------------------------------------


# Offscreen there is no GPU: QVideoFrame.toImage() says once per thread that it converts on
# the CPU (Qt's default logging category, so QT_LOGGING_RULES cannot quiet it).
def test_the_preview_paints_frames_and_says_what_is_wrong(qtbot, virtual) -> None:  # type: ignore[no-untyped-def]
    scanner, _clock = virtual
    preview = CameraPreview(scanner)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.focusPolicy() == Qt.FocusPolicy.NoFocus
    # The virtual source is a missing file: the scanner's message, in red.
    assert preview.message.text() == scanner.status() != ""
    assert "#b00020" in preview.message.styleSheet()
    scanner.stop()
    assert preview.message.text() == "Hold the QR code in front of the camera"
    scanner.start()
    preview.retranslate()
    assert "was not found" in preview.message.text()

    def centre() -> QColor:
        image = preview.picture.grab().toImage()
        return image.pixelColor(image.width() // 2, image.height() // 2)

    assert centre() == QColor(BACKGROUND)
    scanner.sink.setVideoFrame(QVideoFrame(qr_image("")))  # the grey wall
    qtbot.waitUntil(lambda: centre() == QColor(150, 150, 150), timeout=2_000)
    scanner.stop()
    assert preview.message.text() == "Hold the QR code in front of the camera"
    assert centre() == QColor(BACKGROUND)
    large = CameraPreview(scanner, large=True)
    qtbot.addWidget(large)
    assert large.picture.minimumWidth() > preview.picture.minimumWidth()
