"""A short sound after every scan, one per outcome class, so staff hear the result while
they look at the person: **ok** (checked in, entry or exit recorded), **attention**
(already checked in, a question, a person to send to the desk) and **error** (unknown or
misread code, cancelled registration, not saved).

The sounds are resources/sounds/{ok,attention,error}.wav, made for Desk by
scripts/make-sounds.py (CC0). They play through QSoundEffect at the volume of the settings
(``SOUND_VOLUME`` 0–100, ``SOUND_MUTED``; per computer), read at every play, so a change in
the settings is heard at the next scan.

A computer without a sound output (a server, a test machine, a laptop whose sound service
is not running) plays nothing and says nothing: QtMultimedia would otherwise warn on every
scan. Whether there is an output is asked once (quietly: QtMultimedia's own complaint when
no sound service answers is not for the operator) and again whenever the outputs change.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from desk.arrival.checkin import Outcome
from desk.doors.attendance import DoorOutcome, DoorResult
from desk.i18n import QT_TRANSLATE_NOOP
from desk.storage.paths import resources_dir
from ui.settings import Setting

log = logging.getLogger(__name__)

OK = "ok"
ATTENTION = "attention"
ERROR = "error"
KINDS = (OK, ATTENTION, ERROR)


def _volume(value: int) -> int:
    return max(0, min(100, value))


SOUND_VOLUME = Setting(
    "sound/volume", int, 70, QT_TRANSLATE_NOOP("settings", "Sound volume"), _volume
)
SOUND_MUTED = Setting("sound/muted", bool, False, QT_TRANSLATE_NOOP("settings", "Sounds muted"))

_CHECKIN = {
    Outcome.CHECKED_IN: OK,
    Outcome.ALREADY: ATTENTION,
    Outcome.NEEDS_CONFIRMATION: ATTENTION,
    Outcome.CANCELLED: ERROR,
    Outcome.UNKNOWN_CODE: ERROR,
    Outcome.BAD_CHECK: ERROR,
}
_DOOR = {
    DoorOutcome.ENTERED: OK,
    DoorOutcome.EXITED: OK,
    DoorOutcome.ALREADY_INSIDE: ATTENTION,
    DoorOutcome.ALREADY_OUT: ATTENTION,
    DoorOutcome.ITEM_OVER: ATTENTION,
    DoorOutcome.NOT_STARTED: ATTENTION,
    DoorOutcome.CANCELLED: ERROR,
    DoorOutcome.UNKNOWN_CODE: ERROR,
    DoorOutcome.BAD_CHECK: ERROR,
}


def checkin_sound(outcome: Outcome) -> str:
    return _CHECKIN[outcome]


def door_sound(result: DoorResult) -> str:
    """A recorded scan of somebody who skipped the desk is heard as "look": it is
    recorded, and the door sends them to be checked in."""
    if result.recorded and result.not_checked_in:
        return ATTENTION
    return _DOOR[result.outcome]


def _has_output() -> bool:
    """Whether this computer has a sound output, asked without QtMultimedia's warning on
    standard error when no sound service answers (PulseAudio's ``pa_context_connect``)."""
    heard: list[str] = []

    def quiet(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        heard.append(message)

    previous = qInstallMessageHandler(quiet)
    try:
        return bool(QMediaDevices.audioOutputs())
    finally:
        qInstallMessageHandler(previous)
        if heard:
            log.info("sound output: %s", "; ".join(heard))


class Sounds(QObject):
    """Plays the outcome sounds; never raises, never warns, never waits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QSoundEffect] = {}
        self._output: bool | None = None  # not asked yet
        self._devices: QMediaDevices | None = None
        self.last: str | None = None  # the last sound asked for (heard when there is output)

    def _ready(self) -> bool:
        if self._output is None:
            self._output = _has_output()
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._on_devices_changed)
        return self._output

    def _on_devices_changed(self) -> None:
        self._output = None
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects.clear()

    def _effect(self, kind: str) -> QSoundEffect:
        effect = self._effects.get(kind)
        if effect is None:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / f"{kind}.wav")))
            self._effects[kind] = effect
        return effect

    def play(self, kind: str) -> None:
        if kind not in KINDS or SOUND_MUTED.get():
            return
        self.last = kind
        try:
            if not self._ready():
                return
            effect = self._effect(kind)
            effect.setVolume(SOUND_VOLUME.get() / 100)
            for other in self._effects.values():
                if other is not effect and other.isPlaying():
                    other.stop()  # the newest result is the one to hear
            effect.play()
        except Exception:  # a sound is never worth an interrupted queue
            log.exception("the %s sound could not be played", kind)
