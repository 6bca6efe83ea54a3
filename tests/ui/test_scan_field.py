"""The scan field alone: entries, terminators, fragments, new entries after a result."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desk.arrival import codes
from ui.scan_field import ScanField, known_code_suffix

KNOWN = {codes.generate_code() for _ in range(3)}


def key(field: ScanField, key: int, text: str = "", stamp: int = 0) -> None:
    """A key event with an X server timestamp, as a real keyboard or scanner sends."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(stamp)
        QApplication.sendEvent(field, event)


def scan(field: ScanField, text: str, start: int, gap: int = 2) -> int:
    for n, ch in enumerate(text):
        key(field, ord(ch.upper()), ch, start + n * gap)
    return start + len(text) * gap


def make(qtbot) -> tuple[ScanField, dict[str, list]]:  # type: ignore[no-untyped-def]
    field = ScanField(lambda code: code in KNOWN)
    qtbot.addWidget(field)
    seen: dict[str, list] = {"code": [], "text": [], "empty": [], "fragment": [], "start": []}
    field.code_entered.connect(seen["code"].append)
    field.text_entered.connect(seen["text"].append)
    field.empty_entered.connect(lambda: seen["empty"].append(True))
    field.fragment_dropped.connect(seen["fragment"].append)
    field.entry_started.connect(lambda: seen["start"].append(True))
    return field, seen


def test_the_scanners_enter_is_swallowed_a_persons_is_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    field, seen = make(qtbot)
    code = sorted(KNOWN)[0]
    end = scan(field, code, 1000)
    assert seen["code"] == [code] and field.text() == ""
    key(field, Qt.Key.Key_Return, "\r", end + 2)  # the scanner's own Enter
    assert seen["empty"] == []
    key(field, Qt.Key.Key_Return, "\r", end + 900)  # a person, later
    assert seen["empty"] == [True]


def test_the_scanners_enter_is_swallowed_even_after_a_slow_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    """X timestamps say when the key was pressed, not when the window got to it."""
    field, seen = make(qtbot)
    field.code_entered.connect(lambda _code: qtbot.wait(400))  # a save that takes 400 ms
    end = scan(field, sorted(KNOWN)[0], 5000)
    key(field, Qt.Key.Key_Return, "\r", end + 2)
    assert seen["empty"] == []


def test_an_unknown_code_waits_for_its_terminator_or_the_pause(qtbot) -> None:  # type: ignore[no-untyped-def]
    field, seen = make(qtbot)
    unknown = codes.generate_code()
    end = scan(field, unknown, 100)
    assert seen["code"] == []
    key(field, Qt.Key.Key_Tab, "\t", end + 2)
    assert seen["code"] == [unknown]
    scan(field, codes.generate_code(), 5000)
    qtbot.waitUntil(lambda: len(seen["code"]) == 2, timeout=2000)


def test_a_fragment_before_a_known_code_is_dropped_and_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    field, seen = make(qtbot)
    code = sorted(KNOWN)[1]
    scan(field, "7K2P" + code, 100)
    assert seen["code"] == [code] and seen["fragment"] == ["7K2P"]
    assert known_code_suffix("maria garcia lopez", lambda _c: True) is None


def test_after_a_result_the_next_key_starts_a_new_entry(qtbot) -> None:  # type: ignore[no-untyped-def]
    field, seen = make(qtbot)
    scan(field, "garcia", 100, gap=80)
    key(field, Qt.Key.Key_Return, "\r", 1000)
    assert seen["text"] == ["garcia"]
    field.finish()  # what the screen does after showing "no match"
    code = sorted(KNOWN)[2]
    scan(field, code, 3000)
    assert seen["code"] == [code] and seen["start"] == [True] and field.text() == ""


def test_an_unknown_code_then_the_next_badge_at_once_are_two_scans(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A scanner that sends no terminator: the unknown badge is judged as a scan of its
    own, not dropped as a fragment."""
    field, seen = make(qtbot)
    unknown, known = codes.generate_code(), sorted(KNOWN)[0]
    scan(field, unknown + known, 100)
    assert seen["code"] == [unknown, known] and seen["fragment"] == []


def test_backspace_after_no_match_corrects_one_character(qtbot) -> None:  # type: ignore[no-untyped-def]
    field, _seen = make(qtbot)
    scan(field, "garcis", 100, gap=80)
    key(field, Qt.Key.Key_Return, "\r", 1000)
    field.finish()
    key(field, Qt.Key.Key_Backspace, "", 2000)
    assert field.text() == "garci"
