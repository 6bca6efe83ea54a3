"""ui/kiosk.py: the self check-in kiosk. A valid invitation checks the person in and prints
exactly one badge; everybody else is sent to the desk with nothing printed; no screen ever
shows anybody else's name or data (the widget tree is walked in every state); the keys that
close windows do nothing, and only the supervisor's PIN leaves the kiosk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from desk.actions.kiosk import KIOSK, needs_id_check
from desk.arrival import codes
from desk.arrival.checkin import active_checkin
from desk.events.event import Event
from desk.people.participants import ParticipantInfo, all_participants
from desk.staff import operators as ops
from desk.storage.db import Database
from desk.storage.models import MODE_IN_PERSON, MODE_ONLINE, STATUS_REGISTERED, AuditEntry
from tests.factory import Factory
from tests.ui.conftest import type_text
from ui import kiosk as kiosk_module
from ui.kiosk import IDLE_MS, STATES, KioskWindow

SUPERVISOR, SUPERVISOR_PIN = "Óscar Núñez", "90817263"


@dataclass
class Calls:
    prints: list[str] = field(default_factory=list)
    sounds: list[str] = field(default_factory=list)
    notify: list[Callable[[BaseException], None]] = field(default_factory=list)
    fail_print: bool = False

    def print_badge(self, participant_id: str, notify: Callable[[BaseException], None]) -> None:
        self.prints.append(participant_id)
        self.notify.append(notify)
        if self.fail_print:
            notify(RuntimeError("The printer is out of paper."))


@pytest.fixture(autouse=True)
def _fresh_tries() -> Iterator[None]:
    ops.reset_tries()
    yield
    ops.reset_tries()


@pytest.fixture
def people(db: Database, factory: Factory) -> list[ParticipantInfo]:
    factory.add(db, 200)
    with db.read() as session:
        return list(all_participants(session))


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def kiosk(qtbot, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls):  # type: ignore[no-untyped-def]
    window = KioskWindow(db, event, None, calls.print_badge, calls.sounds.append, "Kiosk")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _pick(
    people: list[ParticipantInfo], event: Event, *, mode: str, id_check: bool, nth: int = 0
) -> ParticipantInfo:
    found = [
        p
        for p in people
        if p.status == STATUS_REGISTERED
        and p.mode == mode
        and needs_id_check(event, p.category) is id_check
    ]
    return found[nth]


def _scan(kiosk: KioskWindow, code: str) -> None:
    """A USB scanner: the code typed into the focused field, then Enter."""
    assert kiosk.field.hasFocus()
    type_text(kiosk.field, code)
    QTest.keyClick(kiosk.field, Qt.Key.Key_Return)


def _texts(window: QWidget) -> list[str]:
    """Every text a person could read (or a screen reader say) anywhere in the window."""
    out = [window.windowTitle(), window.toolTip(), window.accessibleName()]
    for widget in [window, *window.findChildren(QWidget)]:
        out += [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
        out.append(widget.statusTip())
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        if isinstance(widget, QLineEdit):
            out += [widget.text(), widget.placeholderText()]
    return [t for t in out if t]


def _others_data(people: list[ParticipantInfo], me: ParticipantInfo | None) -> list[str]:
    out = []
    for p in people:
        if me is not None and p.id == me.id:
            continue
        out += [p.full_name, p.email, p.code]
        if len(p.organisation) > 12:
            out.append(p.organisation)
    return [x for x in out if x]


def _assert_private(
    kiosk: KioskWindow, people: list[ParticipantInfo], me: ParticipantInfo | None
) -> None:
    shown = "\n".join(_texts(kiosk)).replace("\u200b", "")
    leaked = [x for x in _others_data(people, me) if x in shown]
    assert not leaked, (kiosk.state, leaked)
    if me is not None:  # their own name, nothing else of theirs
        for private in (me.email, me.code, me.organisation, me.phone):
            assert not private or private not in shown, (kiosk.state, private)


def _audit(db: Database) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry.detail).where(AuditEntry.action == KIOSK).order_by(AuditEntry.at)
            )
        )


def test_a_valid_invitation_checks_in_and_prints_exactly_one_badge(
    kiosk: KioskWindow, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:
    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    assert kiosk.state == "welcome"
    _scan(kiosk, ana.code)
    assert kiosk.state == "take_badge"
    assert calls.prints == [ana.id]
    assert calls.sounds == ["ok"]
    assert kiosk.person.text().replace("\u200b", "") == ana.full_name
    assert "Retire su gafete" in kiosk.spanish.text()
    assert "Take your badge" in kiosk.english.text()
    with db.read() as session:
        assert active_checkin(session, ana.id) is not None
    assert _audit(db) == []
    assert kiosk.field.text() == "" and kiosk.field.hasFocus()


def test_an_online_registrant_is_sent_to_the_desk_and_nothing_is_printed(
    kiosk: KioskWindow, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:
    online = _pick(people, event, mode=MODE_ONLINE, id_check=False)
    kiosk.scan_code(online.code)  # the camera's way in
    assert kiosk.state == "go_to_desk"
    assert kiosk.spanish.text() == "Por favor diríjase al puesto de registro"
    assert kiosk.english.text() == "Please go to the registration desk"
    assert calls.prints == []
    assert calls.sounds == ["attention"]
    assert _audit(db) == [f"online {online.code}"]
    with db.read() as session:
        assert active_checkin(session, online.id) is None


@pytest.mark.parametrize("what", ["unknown", "id_check", "walk_in_text"])
def test_unknown_codes_delegates_and_other_text_go_to_the_desk(
    kiosk: KioskWindow,
    db: Database,
    event: Event,
    people: list[ParticipantInfo],
    calls: Calls,
    what: str,
) -> None:
    if what == "unknown":
        text = codes.generate_code()
    elif what == "id_check":
        text = _pick(people, event, mode=MODE_IN_PERSON, id_check=True).code
    else:
        text = "No tengo invitación"
    _scan(kiosk, text)
    assert kiosk.state == "go_to_desk"
    assert calls.prints == []
    details = _audit(db)
    assert len(details) == 1
    assert details[0].startswith(
        {"unknown": "unknown", "id_check": "id_check", "walk_in_text": "unknown"}[what]
    )


def test_another_systems_invitation_code_checks_in(
    kiosk: KioskWindow, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:
    from desk.storage.models import Participant

    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    with db.write() as session:
        session.get(Participant, ana.id).invitation_code = "EVT2024ANA"  # type: ignore[union-attr]
    _scan(kiosk, "evt-2024-ana")
    assert kiosk.state == "take_badge" and calls.prints == [ana.id]


def test_no_screen_shows_anybody_elses_name_or_data(
    kiosk: KioskWindow, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:
    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    ben = _pick(people, event, mode=MODE_IN_PERSON, id_check=False, nth=1)
    online = _pick(people, event, mode=MODE_ONLINE, id_check=False)
    delegate = _pick(people, event, mode=MODE_IN_PERSON, id_check=True)
    seen: set[str] = set()

    def check(me: ParticipantInfo | None) -> None:
        seen.add(kiosk.state)
        _assert_private(kiosk, people, me)

    check(None)  # welcome
    kiosk._show("working")
    check(None)
    kiosk.show_welcome()
    _scan(kiosk, ana.code)
    check(ana)  # take_badge: her name, nobody else's
    _scan(kiosk, online.code)
    check(None)  # go_to_desk right after Ana: her name is gone, and his is not shown
    _scan(kiosk, delegate.code)
    check(None)
    _scan(kiosk, ana.code)
    check(None)  # already: no name
    calls.fail_print = True
    _scan(kiosk, ben.code)
    assert kiosk.state == "not_printed"
    check(None)
    QTest.keyClick(
        kiosk.field,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    check(None)  # exit_pin
    assert seen == set(STATES)


def test_back_to_the_welcome_screen_after_the_idle_time(
    qtbot, kiosk: KioskWindow, event: Event, people: list[ParticipantInfo]
) -> None:  # type: ignore[no-untyped-def]
    assert IDLE_MS == 10_000
    assert kiosk._idle.interval() == IDLE_MS
    kiosk._idle.setInterval(100)
    _scan(kiosk, _pick(people, event, mode=MODE_IN_PERSON, id_check=False).code)
    assert kiosk.state == "take_badge"
    qtbot.waitUntil(lambda: kiosk.state == "welcome", timeout=3000)
    assert kiosk.person.text() == "" and not kiosk.person.isVisible()
    assert kiosk.field.hasFocus()


def test_the_same_code_held_in_view_counts_once(
    kiosk: KioskWindow, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:
    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    online = _pick(people, event, mode=MODE_ONLINE, id_check=False)
    for _ in range(3):
        kiosk.scan_code(ana.code)
    assert kiosk.state == "take_badge" and calls.prints == [ana.id]
    for _ in range(3):
        kiosk.scan_code(online.code)
    assert kiosk.state == "go_to_desk" and _audit(db) == [f"online {online.code}"]
    kiosk.show_welcome()  # later (the idle time passed): a new attempt
    kiosk.scan_code(ana.code)
    assert kiosk.state == "already" and calls.prints == [ana.id]
    assert calls.sounds == ["ok", "attention", "attention"]


def test_a_badge_that_could_not_be_printed_sends_the_person_to_the_desk(
    kiosk: KioskWindow, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:
    ana = _pick(people, event, mode=MODE_IN_PERSON, id_check=False)
    ben = _pick(people, event, mode=MODE_IN_PERSON, id_check=False, nth=1)
    calls.fail_print = True
    kiosk.scan_code(ana.code)
    assert kiosk.state == "not_printed"
    assert kiosk.spanish.text().startswith("Su gafete no se pudo imprimir")
    assert calls.sounds == ["ok", "error"]
    with db.read() as session:  # the check-in stays
        assert active_checkin(session, ana.id) is not None
    # A failure that comes late, when someone else is at the kiosk, is not theirs to read.
    calls.fail_print = False
    kiosk.show_welcome()
    kiosk.scan_code(ben.code)
    calls.notify[0](RuntimeError("late"))
    assert kiosk.state == "take_badge"
    assert ben.full_name in kiosk.person.text().replace("\u200b", "")


def test_a_check_in_that_cannot_be_saved_sends_to_the_desk(
    kiosk: KioskWindow,
    event: Event,
    people: list[ParticipantInfo],
    calls: Calls,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(kiosk_module, "self_check_in", broken)
    kiosk.scan_code(_pick(people, event, mode=MODE_IN_PERSON, id_check=False).code)
    assert kiosk.state == "go_to_desk"
    assert calls.prints == [] and calls.sounds == ["error"]


def test_closing_keys_and_shortcuts_do_nothing(qtbot, kiosk: KioskWindow) -> None:  # type: ignore[no-untyped-def]
    quit_action = QAction(kiosk)  # an application-wide shortcut of the main window
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    other = QWidget()
    qtbot.addWidget(other)
    other.addAction(quit_action)
    fired: list[bool] = []
    quit_action.triggered.connect(lambda: fired.append(True))
    left: list[bool] = []
    kiosk.left.connect(lambda: left.append(True))
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    QTest.keyClick(kiosk.field, Qt.Key.Key_Escape)
    QTest.keyClick(kiosk.field, Qt.Key.Key_F4, alt)
    QTest.keyClick(kiosk.field, Qt.Key.Key_Q, ctrl)
    QTest.keyClick(kiosk.field, Qt.Key.Key_W, ctrl)
    assert kiosk.close() is False  # the window manager's close (Alt+F4) is refused
    assert kiosk.isVisible() and kiosk.state == "welcome"
    assert fired == [] and left == []
    assert kiosk.field.hasFocus()


def test_the_staff_chord_without_a_supervisor_leaves_on_enter(qtbot, kiosk: KioskWindow) -> None:  # type: ignore[no-untyped-def]
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(kiosk.field, Qt.Key.Key_K, chord)
    assert kiosk.state == "exit_pin"
    assert kiosk.pin_edit.hasFocus()
    assert "no supervisor" in kiosk.english.text()
    with qtbot.waitSignal(kiosk.left, timeout=1000):
        QTest.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
    assert kiosk.close() is True  # once left, the window may close


def test_the_supervisors_pin_leaves_the_kiosk_and_a_wrong_one_does_not(
    qtbot, kiosk: KioskWindow, db: Database
) -> None:  # type: ignore[no-untyped-def]
    with db.write() as session:
        ops.set_operator(session, SUPERVISOR, SUPERVISOR_PIN, ops.ROLE_SUPERVISOR)
    left: list[bool] = []
    kiosk.left.connect(lambda: left.append(True))
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(kiosk.field, Qt.Key.Key_K, chord)
    assert kiosk.state == "exit_pin"
    assert kiosk.pin_edit.echoMode() == QLineEdit.EchoMode.Password
    QTest.keyClicks(kiosk.pin_edit, "1111")
    QTest.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
    assert left == [] and kiosk.state == "exit_pin"
    assert "Wrong PIN" in kiosk.pin_message.text() and kiosk.pin_message.isVisible()
    assert kiosk.pin_edit.text() == ""
    # Esc leaves the prompt (not the kiosk); the idle time does too.
    QTest.keyClick(kiosk.pin_edit, Qt.Key.Key_Escape)
    assert kiosk.state == "welcome" and kiosk.field.hasFocus() and left == []
    kiosk._idle.setInterval(100)
    QTest.keyClick(kiosk.field, Qt.Key.Key_K, chord)
    qtbot.waitUntil(lambda: kiosk.state == "welcome", timeout=3000)
    # The right PIN.
    QTest.keyClick(kiosk.field, Qt.Key.Key_K, chord)
    kiosk._idle.setInterval(IDLE_MS)
    QTest.keyClicks(kiosk.pin_edit, SUPERVISOR_PIN)
    with qtbot.waitSignal(kiosk.left, timeout=2000):
        QTest.keyClick(kiosk.pin_edit, Qt.Key.Key_Return)
    assert left == [True]


def test_codes_are_ignored_while_staff_use_the_prompt(
    kiosk: KioskWindow, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(kiosk.field, Qt.Key.Key_K, chord)
    kiosk.scan_code(_pick(people, event, mode=MODE_IN_PERSON, id_check=False).code)
    assert kiosk.state == "exit_pin" and calls.prints == []


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_state_fits_the_screen(
    qtbot,
    kiosk: KioskWindow,
    event: Event,
    people: list[ParticipantInfo],
    size: tuple[int, int],
) -> None:  # type: ignore[no-untyped-def]
    longest = max(
        (p for p in people if p.mode == MODE_IN_PERSON and not needs_id_check(event, p.category)),
        key=lambda p: len(p.full_name),
    )
    kiosk.resize(*size)
    for state in STATES:
        if state == "take_badge":
            kiosk.scan_code(longest.code)
        elif state == "exit_pin":
            kiosk.open_exit_prompt()
        else:
            kiosk._show(state)
        qtbot.wait(1)
        assert kiosk.state == state
        assert kiosk.band.geometry().bottom() < size[1]
        for label in kiosk.band.findChildren(QLabel):
            if label.isVisible() and label.text():
                needed = label.heightForWidth(label.width())
                assert needed <= label.height() + 2, (state, label.text())
        kiosk.show_welcome()
        kiosk._last_code = ""


def test_the_camera_preview_never_takes_the_keyboard(
    qtbot, db: Database, event: Event, people: list[ParticipantInfo], calls: Calls
) -> None:  # type: ignore[no-untyped-def]
    from ui.camera import CameraScanner

    scanner = CameraScanner()
    window = KioskWindow(db, event, scanner, calls.print_badge, calls.sounds.append, "Kiosk")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.preview is not None and window.preview.isVisible()
    assert window.preview.focusPolicy() == Qt.FocusPolicy.NoFocus
    # Its words, like every visitor's text of the kiosk, in both languages.
    hint = window.preview.message.text()  # type: ignore[attr-defined]
    assert (
        hint == "Sostenga el código QR frente a la cámara\nHold the QR code in front of the camera"
    )
    qtbot.waitUntil(window.field.hasFocus, timeout=2000)
    window.scan_code(_pick(people, event, mode=MODE_IN_PERSON, id_check=False).code)
    assert window.state == "take_badge" and not window.preview.isVisible()
    window.show_welcome()
    assert window.preview.isVisible()
    scanner.stop()
