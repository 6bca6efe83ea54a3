"""The sounds after a scan: one per outcome class, volume and mute from the settings, and
silence (no warning, no error) on a computer without a sound output, as here."""

from __future__ import annotations

import wave

import pytest

from desk.arrival.checkin import Outcome
from desk.doors.attendance import DoorOutcome, DoorResult
from desk.storage.paths import resources_dir
from ui import sounds
from ui.sounds import (
    ATTENTION,
    ERROR,
    KINDS,
    OK,
    SOUND_MUTED,
    SOUND_VOLUME,
    Sounds,
    checkin_sound,
    door_sound,
)


def test_every_outcome_has_its_class() -> None:
    assert checkin_sound(Outcome.CHECKED_IN) == OK
    assert checkin_sound(Outcome.ALREADY) == ATTENTION
    assert checkin_sound(Outcome.NEEDS_CONFIRMATION) == ATTENTION
    assert {checkin_sound(o) for o in Outcome} == {OK, ATTENTION, ERROR}
    for outcome in DoorOutcome:
        assert door_sound(DoorResult(outcome, "C", "d1-open")) in KINDS
    assert door_sound(DoorResult(DoorOutcome.ENTERED, "C", "d1-open")) == OK
    skipped = DoorResult(DoorOutcome.ENTERED, "C", "d1-open", not_checked_in=True)
    assert door_sound(skipped) == ATTENTION
    assert door_sound(DoorResult(DoorOutcome.UNKNOWN_CODE, "C", "d1-open")) == ERROR


def test_the_sounds_are_short_distinct_and_credited() -> None:
    folder = resources_dir() / "sounds"
    frames = {}
    for kind in KINDS:
        with wave.open(str(folder / f"{kind}.wav")) as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 44_100)
            assert w.getnframes() / w.getframerate() <= 0.35
            frames[kind] = w.readframes(w.getnframes())
    assert len(set(frames.values())) == 3
    assert "CC0" in (folder / "README.md").read_text(encoding="utf-8")


def test_play_follows_mute_and_never_fails_without_a_sound_output(qapp) -> None:  # type: ignore[no-untyped-def]
    player = Sounds()
    SOUND_MUTED.set(True)
    try:
        player.play(OK)
        assert player.last is None  # muted: nothing asked of the sound system
    finally:
        SOUND_MUTED.remove()
    SOUND_VOLUME.set(150)
    try:
        assert SOUND_VOLUME.get() == 100  # within bounds
        for kind in (OK, ATTENTION, ERROR, OK):
            player.play(kind)  # no output here: silence, no Qt warning (the test would fail)
        assert player.last == OK
    finally:
        SOUND_VOLUME.remove()


def test_with_an_output_the_newest_sound_plays_at_the_settings_volume(
    qapp,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    played: list[tuple[str, float]] = []

    class Effect:
        def __init__(self, _parent: object) -> None:
            self.source = ""
            self.volume = 1.0
            self.playing = False

        def setSource(self, url: object) -> None:
            self.source = url.fileName()  # type: ignore[attr-defined]

        def setVolume(self, volume: float) -> None:
            self.volume = volume

        def isPlaying(self) -> bool:
            return self.playing

        def stop(self) -> None:
            self.playing = False

        def play(self) -> None:
            self.playing = True
            played.append((self.source, self.volume))

    monkeypatch.setattr(sounds, "_has_output", lambda: True)
    monkeypatch.setattr(sounds, "QSoundEffect", Effect)
    SOUND_VOLUME.set(40)
    try:
        player = Sounds()
        player.play(OK)
        player.play(ERROR)
    finally:
        SOUND_VOLUME.remove()
    assert played == [("ok.wav", 0.4), ("error.wav", 0.4)]
    assert not player._effects[OK].isPlaying()  # the newer result cut the older one short
