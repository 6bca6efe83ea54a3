"""The one field for a USB scanner and the keyboard, at the check-in desk and at the door.

A USB scanner is a keyboard that types a badge code a few milliseconds a key and ends with
Enter, Tab or nothing. The field turns keys into *entries*, and every entry is judged alone:

- a valid badge code of a known person is taken the moment its last character arrives,
  terminator or not; the scanner's own Enter or Tab right after it is swallowed (X gives
  every key a server timestamp, so "right after" holds however long the save took);
- a valid code nobody has, or one with a wrong check character, is taken at Enter/Tab, or
  after a short pause when the scanner sends no terminator;
- characters that came just before a known code in the same entry (a misread that the
  scanner sent without a terminator) are dropped and said (``fragment_dropped``): the code
  after them still counts; when those characters are a whole code themselves (an unknown
  or misread badge from a scanner that sends no terminator, then the next badge at once),
  they are judged as their own scan first;
- anything else is text for the screen (a name to search, another system's invitation
  code) on Enter/Tab.

After every result the screen calls ``finish()``: what is left in the field is selected, so
the next key, a person's or a scanner's, starts a new entry instead of appending to the old
one. Only the characters of an entry are taken out of the field, never keys that arrived
after them. Nothing here opens a window: the field keeps the keyboard.

Each taken entry is timed from its last key to the moment the window is idle again (the
result painted), and logged as ``scan ready in N ms`` for support and the benchmark.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from desk.arrival import codes

log = logging.getLogger(__name__)

SCAN_PAUSE_MS = 300  # no key for this long after a code-like string: the scan is over
# A terminator this soon after the last key of a taken code is the scanner's own.
SCANNER_TERMINATOR_MS = 300
TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
NAVIGATION = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def known_code_suffix(text: str, is_known: Callable[[str], bool]) -> tuple[str, str] | None:
    """(fragment, code) when ``text`` is code-like and ends with a known badge code after
    other characters: a misread sent without a terminator, then a good scan at once."""
    raw = codes.normalise_scan(text)
    if raw is None or len(raw) <= codes.CODE_LENGTH:
        return None
    suffix = raw[-codes.CODE_LENGTH :]
    if codes.classify(suffix)[0] is not codes.CodeStatus.VALID or not is_known(suffix):
        return None
    return raw[: -codes.CODE_LENGTH], suffix


class ScanField(QLineEdit):
    code_entered = Signal(str)  # a code (valid, unknown or with a wrong check character)
    text_entered = Signal(str)  # Enter/Tab on text that is not a code
    empty_entered = Signal()  # a person's Enter/Tab on an empty field
    fragment_dropped = Signal(str)  # characters before a code in the same burst
    typed = Signal(str)  # the text changed by a key and nothing was taken (search as you type)
    entry_started = Signal()  # the first key after a result: a new entry begins
    navigated = Signal(int)  # Up, Down, PageUp or PageDown
    escaped = Signal()  # Esc: the field was emptied

    def __init__(self, is_known: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_known = is_known
        self._finished = False  # a result is on screen: the next key starts a new entry
        self._swallow_terminator = False  # a code was taken; the scanner's Enter may follow
        self._last_key_ms = 0  # X server time of the last key (0 when events carry none)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SCAN_PAUSE_MS)
        self._pause.timeout.connect(self._on_pause_timeout)
        self.textEdited.connect(self._on_text_edited)

    # -- what the screens call -----------------------------------------------------------

    def finish(self) -> None:
        """A result is on screen: the next key starts a new entry (what is left is
        selected, so typing replaces it; End or → keep it for editing)."""
        self._finished = True
        if self.text():
            self.selectAll()

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        stamp = event.timestamp()
        since = stamp - self._last_key_ms if stamp and self._last_key_ms else 0
        self._last_key_ms = stamp
        if key in TERMINATORS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            swallow = self._swallow_terminator and since <= SCANNER_TERMINATOR_MS
            self._swallow_terminator = False
            self._on_terminator(swallow)
            return  # Tab never leaves the field
        self._swallow_terminator = False
        if key in NAVIGATION:
            self.navigated.emit(key)
            return
        if key == Qt.Key.Key_Escape:
            self._pause.stop()
            self.clear()
            self.escaped.emit()
            return
        if key == Qt.Key.Key_Backspace and self._finished and self.selectedText() == self.text():
            self.deselect()  # correcting a name after NO MATCH: one character, not all
            self.end(False)
        super().keyPressEvent(event)

    def _on_text_edited(self, text: str) -> None:
        if self._finished:
            self._finished = False
            self.entry_started.emit()
        status, code = codes.classify(text)
        if status is codes.CodeStatus.VALID and self._is_known(code):
            self._pause.stop()
            self._take(text, code)
            self._swallow_terminator = True
            return
        found = known_code_suffix(text, self._is_known)
        if found is not None:
            self._pause.stop()
            self._take_after(text, *found)
            self._swallow_terminator = True
            return
        if status is codes.CodeStatus.NOT_A_CODE:
            self._pause.stop()
        else:
            self._pause.start()  # a scanner without terminator: judge it after a pause
        self.typed.emit(text)

    def _on_pause_timeout(self) -> None:
        text = self.text()
        status, code = codes.classify(text)
        if status is not codes.CodeStatus.NOT_A_CODE:
            self._take(text, code)

    def _on_terminator(self, scanners_own: bool) -> None:
        self._pause.stop()
        text = self.text()
        if not text.strip():
            if not scanners_own:
                self.empty_entered.emit()
            return
        status, code = codes.classify(text)
        if status is not codes.CodeStatus.NOT_A_CODE:
            self._take(text, code)
            return
        found = known_code_suffix(text, lambda _code: True)  # at Enter, any valid code
        if found is not None:
            self._take_after(text, *found)
            return
        self._finished = False
        started = time.perf_counter()
        self.text_entered.emit(text)
        QTimer.singleShot(0, lambda: self._ready(started))

    def _take_after(self, text: str, before: str, code: str) -> None:
        """A code with other characters before it in one entry: a whole code before it is a
        scan of its own (judged first), anything else a dropped fragment."""
        if len(before) == codes.CODE_LENGTH and codes.classify(before)[0] is not (
            codes.CodeStatus.NOT_A_CODE
        ):
            self._take(text, before, code)
            return
        self.fragment_dropped.emit(before)
        self._take(text, code)

    def _take(self, text: str, *entries: str) -> None:
        """Take the entry out of the field (keys typed after it stay) and hand on its codes."""
        started = time.perf_counter()
        rest = self.text()
        self.setText(rest[len(text) :] if rest.startswith(text) else "")
        self._finished = False
        for code in entries:
            self.code_entered.emit(code)
        QTimer.singleShot(0, lambda: self._ready(started))

    def _ready(self, started: float) -> None:
        log.info("scan ready in %.2f ms", (time.perf_counter() - started) * 1000)
