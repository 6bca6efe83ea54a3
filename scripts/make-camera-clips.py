#!/usr/bin/env python3
"""Makes the small video clips of tests/fixtures/camera/ that tests/ui/test_camera.py plays
through QtMultimedia as the camera (a badge's QR code held in front of a laptop camera).

The clips are committed; run this only to change them. It needs imageio-ffmpeg (an ffmpeg
binary from PyPI), which is NOT a dependency of Desk: use a throwaway virtual environment::

    python3 -m venv /tmp/clips && /tmp/clips/bin/pip install imageio-ffmpeg qrcode pillow
    /tmp/clips/bin/python scripts/make-camera-clips.py

Every clip is 640×360, 10 frames a second, H.264 (yuv420p), in front of the same grey
wall. The codes held (their texts are what the tests expect):

- blur.mp4: BLUR-1, out of focus (Gaussian blur, radius 2.5), 1.5 s.
- rotation.mp4: TILT-1, held at 35° then at 80°, 1.6 s.
- contrast.mp4: DIM-1, dark grey on light grey (115 on 140), 1.5 s.
- held.mp4: HELD-1, held for 5 s, wobbling a little as a hand does.
- two.mp4: ANA-1 for 1.5 s, nobody for 0.4 s, then BEN-2 for 1.5 s.
- nocode.mp4: a desk with printed text and stripes, no QR code, 1.5 s.
"""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import imageio_ffmpeg
import qrcode
from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "camera"
W, H, FPS = 640, 360, 10
QR_SIZE = 170  # pixels: a badge's code at arm's length in front of a laptop camera


def desk() -> Image.Image:
    """A grey wall, lighter at the top, a dark shelf: smooth, so the clips stay small."""
    image = Image.new("L", (W, H))
    image.putdata([170 - 40 * y // H for y in range(H) for _ in range(W)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, H - 50, W, H), fill=80)
    return image.convert("RGB")


DESK = desk()


def code(text: str) -> Image.Image:
    qr = qrcode.QRCode(border=2, box_size=10)
    qr.add_data(text)
    return qr.make_image().get_image().convert("L").resize((QR_SIZE, QR_SIZE), Image.BILINEAR)


def held(
    text: str,
    *,
    angle: float = 0.0,
    dx: int = 0,
    dy: int = 0,
    blur: float = 0.0,
    dark: int = 0,
    light: int = 255,
) -> Image.Image:
    """The desk with the code held in front of it (a white card, the code on it)."""
    qr = code(text)
    if (dark, light) != (0, 255):
        qr = qr.point(lambda v: dark + (light - dark) * v // 255)
    card = Image.new("L", (QR_SIZE + 30, QR_SIZE + 30), light)
    card.paste(qr, (15, 15))
    mask = Image.new("L", card.size, 255)
    if angle:
        card = card.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=0)
        mask = mask.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=0)
    frame = DESK.copy()
    frame.paste(
        card.convert("RGB"), ((W - card.width) // 2 + dx, (H - card.height) // 2 + dy), mask
    )
    if blur:
        frame = frame.filter(ImageFilter.GaussianBlur(blur))
    return frame


def no_code() -> Image.Image:
    frame = DESK.copy()
    draw = ImageDraw.Draw(frame)
    draw.rectangle((60, 40, 300, 320), fill=(235, 235, 230))
    for i in range(12):
        draw.text(
            (75, 55 + 20 * i), f"Programme {9 + i // 2}:{(i % 2) * 30:02d} session {i}", fill=0
        )
    for i in range(30):  # stripes, like a one-dimensional barcode: not a QR code
        width = 2 + (i * 7) % 5
        x = 360 + sum(2 + (j * 7) % 5 for j in range(i)) * 2
        draw.rectangle((x, 120, x + width, 240), fill=(20, 20, 20))
    return frame


def frames(seconds: float, make) -> list[Image.Image]:  # type: ignore[no-untyped-def]
    return [make(i) for i in range(round(seconds * FPS))]


def wobble(i: int) -> dict[str, float]:
    return {
        "angle": 4 * math.sin(i / 3),
        "dx": round(6 * math.sin(i / 2)),
        "dy": round(4 * math.cos(i / 3)),
    }


def write(name: str, pictures: list[Image.Image]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    command = [
        imageio_ffmpeg.get_ffmpeg_exe(),
        "-y", "-loglevel", "error",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{W}x{H}", "-r", str(FPS), "-i", "-",
        "-c:v", "libx264", "-preset", "veryslow", "-crf", "28", "-pix_fmt", "yuv420p",
        "-g", str(FPS * 5), "-movflags", "+faststart", "-an", str(path),
    ]  # fmt: skip
    data = b"".join(p.convert("RGB").tobytes() for p in pictures)
    subprocess.run(command, input=data, check=True)
    print(f"{path.relative_to(OUT.parent.parent.parent)}: {path.stat().st_size // 1024} KB")


def blank(seconds: float) -> list[Image.Image]:
    return frames(seconds, lambda i: DESK)


def main() -> None:
    write("blur.mp4", [*blank(0.3), *frames(1.5, lambda i: held("BLUR-1", blur=2.5)), *blank(0.2)])
    write(
        "rotation.mp4",
        [
            *blank(0.3),
            *frames(0.8, lambda i: held("TILT-1", angle=35)),
            *frames(0.8, lambda i: held("TILT-1", angle=80)),
            *blank(0.2),
        ],
    )
    write(
        "contrast.mp4",
        [*blank(0.3), *frames(1.5, lambda i: held("DIM-1", dark=115, light=140)), *blank(0.2)],
    )
    write(
        "held.mp4", [*blank(0.3), *frames(5.0, lambda i: held("HELD-1", **wobble(i))), *blank(0.3)]
    )
    write(
        "two.mp4",
        [
            *blank(0.3),
            *frames(1.5, lambda i: held("ANA-1", **wobble(i))),
            *blank(0.4),
            *frames(1.5, lambda i: held("BEN-2", **wobble(i + 7))),
            *blank(0.3),
        ],
    )
    write("nocode.mp4", frames(1.5, lambda i: no_code()))


if __name__ == "__main__":
    main()
