#!/usr/bin/env python3
"""Makes the three sounds of resources/sounds/ (committed; run this only to change them).

Pure Python (``wave`` and ``math``): 16-bit mono, 44.1 kHz, each under 0.35 s, with soft
attacks and releases so no speaker clicks. Made for Desk, released under CC0 1.0.

- ok.wav: two rising tones (E6, then A6), bright and short: "checked in".
- attention.wav: two equal mid tones (A5, A5): "look at the screen" (already checked in,
  a question, a person to send to the desk).
- error.wav: a low, rough buzz (two close low tones and their odd harmonics): "not
  recorded".

    python3 scripts/make-sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

Note = tuple[float, float, float]  # start (s), length (s), frequency (Hz)


def render(
    notes: Sequence[Note], *, harmonics: Sequence[float] = (1.0,), level: float = 0.5
) -> bytes:
    """The notes mixed (each a sum of harmonics, with a 5 ms attack and an exponential
    release), scaled to ``level`` of full scale, as 16-bit samples."""
    length = max(start + duration for start, duration, _ in notes)
    samples = [0.0] * int(length * RATE)
    for start, duration, frequency in notes:
        first = int(start * RATE)
        count = int(duration * RATE)
        for n in range(count):
            t = n / RATE
            attack = min(1.0, t / 0.005)
            release = min(1.0, (duration - t) / 0.03)
            decay = math.exp(-3.0 * t / duration)
            value = sum(
                amplitude / (k + 1) * math.sin(2 * math.pi * frequency * (k + 1) * t)
                for k, amplitude in enumerate(harmonics)
            )
            samples[first + n] += value * attack * release * decay
    peak = max(abs(s) for s in samples) or 1.0
    scale = level * 32767 / peak
    return b"".join(struct.pack("<h", round(s * scale)) for s in samples)


def write(name: str, frames: bytes) -> None:
    with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write("ok", render([(0.0, 0.11, 1318.5), (0.1, 0.2, 1760.0)], harmonics=(1.0, 0.3)))
    write("attention", render([(0.0, 0.12, 880.0), (0.17, 0.15, 880.0)], harmonics=(1.0, 0.5)))
    write(
        "error",
        render(
            [(0.0, 0.32, 196.0), (0.0, 0.32, 207.7)],
            harmonics=(1.0, 0.0, 0.6, 0.0, 0.4),
            level=0.6,
        ),
    )


if __name__ == "__main__":
    main()
