"""The kiosk: a full-screen self check-in at the entrance.

A person scans the QR code of their invitation or badge, with the camera or with the USB
scanner. Someone registered to attend in person, not yet checked in and needing no ID check
is checked in and their badge printed at once; they read "Retire su gafete / Take your
badge" and their own name. Everybody else is kindly sent to the registration desk (the rule
and its audit row: :mod:`desk.actions.kiosk`). Back to the welcome screen after ``IDLE_MS``.

What a visitor reads is bilingual, Spanish first and English below, whatever the language
of the window: those texts are literal pairs, not translations. The kiosk never shows a
list, a search, a menu, or anybody's data but the name of the person who just scanned.

Esc, Alt+F4 and Ctrl+Q (and every other shortcut) do nothing. Staff press Ctrl+Alt+K: a
prompt inside the kiosk asks for the supervisor's PIN (staff's language), and a valid one
emits :attr:`KioskWindow.left`; the main window comes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.actions.kiosk import KioskOutcome, KioskResult, self_check_in
from desk.arrival import codes
from desk.events.event import Event
from desk.i18n import translate
from desk.staff import operators as ops
from desk.storage.db import Database
from ui.checkin_screen import known_badge
from ui.kiosk_icon import ARROW, CHECK, INFO, LOCK, QR, WAIT, WARNING, KioskIcon
from ui.messages import error_text
from ui.ops import again_if_server_lost
from ui.result_panel import breakable, shrinkable
from ui.scan_field import ScanField

if TYPE_CHECKING:
    from ui.camera import CameraScanner

log = logging.getLogger(__name__)

IDLE_MS = 10_000  # a result (or the staff prompt) stays this long, then the welcome screen
OK, ATTENTION, ERROR = "ok", "attention", "error"  # the sounds (ui.sounds)
WELCOME, WORKING, TAKE_BADGE = "welcome", "working", "take_badge"
GO_TO_DESK, ALREADY, NOT_PRINTED, EXIT_PIN = "go_to_desk", "already", "not_printed", "exit_pin"
STATES = (WELCOME, WORKING, TAKE_BADGE, GO_TO_DESK, ALREADY, NOT_PRINTED, EXIT_PIN)
RESULTS = (TAKE_BADGE, GO_TO_DESK, ALREADY, NOT_PRINTED)

# What visitors read: (Spanish, English), both always on screen.
TITLE = ("Registro", "Check-in")
WINDOW_TITLE = "Autorregistro / Self check-in"
TEXTS: dict[str, tuple[str, str]] = {
    WELCOME: ("Escanee su invitación", "Scan your invitation"),
    WORKING: ("Un momento…", "One moment…"),
    TAKE_BADGE: ("Retire su gafete", "Take your badge"),
    GO_TO_DESK: (
        "Por favor diríjase al puesto de registro",
        "Please go to the registration desk",
    ),
    ALREADY: (
        "Ya está acreditado/a. Si necesita su gafete, diríjase al puesto de registro",
        "You are already checked in. If you need your badge, please go to the registration desk",
    ),
    NOT_PRINTED: (
        "Su gafete no se pudo imprimir: diríjase al puesto de registro",
        "Your badge could not be printed: please go to the registration desk",
    ),
}
GREETING = ("Bienvenido/a", "Welcome")  # above the name, when checked in
NO_INVITATION = (
    "¿Sin invitación? Diríjase al puesto de registro",
    "No invitation? Please go to the registration desk",
)
HOLD = ("Sostenga el código QR frente a la cámara", "Hold the QR code in front of the camera")
HOW_TO = (
    "Muestre el código QR a la cámara o al lector",
    "Show the QR code to the camera or the scanner",
)
# Colour and icon of each state's band: never colour alone (icon and words too).
# The icons are painted (ui.kiosk_icon), so they look the same whatever fonts the computer has.
LOOKS: dict[str, tuple[str, str]] = {
    WELCOME: ("#12406e", QR),
    WORKING: ("#37474f", WAIT),
    TAKE_BADGE: ("#1b6e34", CHECK),
    GO_TO_DESK: ("#a04a00", ARROW),
    ALREADY: ("#00586a", INFO),
    NOT_PRINTED: ("#a3221b", WARNING),
    EXIT_PIN: ("#263238", LOCK),
}
BACKGROUND, INK, MUTED = "#ffffff", "#1a1a1a", "#4a4a4a"
MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _label(*, wrap: bool = True, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    label = shrinkable(QLabel())
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _pixel_font(pixels: float, *, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPixelSize(max(8, round(pixels)))
    chosen.setBold(bold)
    return chosen


class KioskWindow(QWidget):
    """Full screen self check-in. Bilingual (Spanish first, English below), both always
    shown, independent of the UI language: texts are literal pairs, not tr()."""

    left = Signal()  # the supervisor's PIN was given: kiosk mode ends

    def __init__(
        self,
        db: Database,
        event: Event,
        scanner: CameraScanner | None,
        print_badge: Callable[[str, Callable[[BaseException], None]], None],
        play: Callable[[str], None],
        operator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.desk_event = event
        self.scanner = scanner
        self.print_badge = print_badge
        self.play = play
        self.operator = operator
        self.state = WELCOME
        self.last_result: KioskResult | None = None
        self._attempt = 0  # scans so far: a print failure is shown only for the latest
        self._last_code = ""  # the code of the result on screen (held in view again: no-op)
        self._leaving = False
        self._filtering = False
        self.setObjectName("kiosk")
        self.setWindowTitle(WINDOW_TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#kiosk {{ background: {BACKGROUND}; }}")

        root = QVBoxLayout(self)
        self._root = root
        self.title = _label(wrap=False)
        self.title.setText(f"{TITLE[0]}  ·  {TITLE[1]}")
        self.title.setStyleSheet(f"color: {MUTED};")
        root.addWidget(self.title)

        self.band = QFrame()
        self.band.setObjectName("kioskBand")
        self.band.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        band = QHBoxLayout(self.band)
        self._band_layout = band
        self.icon = KioskIcon()
        band.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        texts = QVBoxLayout()
        self._texts = texts
        texts.addStretch(1)
        self.greeting = _label()  # "Bienvenido/a · Welcome" above the name
        self.person = _label()  # the name of the person who just checked in, only
        self.spanish = _label()
        self.english = _label()
        self.note = _label()  # how to scan (welcome only)
        self.greeting.setText(f"{GREETING[0]}  ·  {GREETING[1]}")
        self.note.setText(f"{HOW_TO[0]}\n{HOW_TO[1]}")
        for label in (self.greeting, self.person, self.spanish, self.english):
            texts.addWidget(label)
        texts.addSpacing(8)
        texts.addWidget(self.note)
        # The staff's prompt (exit_pin only): the supervisor's PIN, and what it said.
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setStyleSheet(
            "QLineEdit { background: white; color: black; border-radius: 6px; padding: 4px; }"
        )
        self.pin_edit.returnPressed.connect(self._on_pin_edit_return_pressed)
        self.pin_edit.textEdited.connect(self._on_pin_edit_text_edited)
        self.pin_message = _label()
        texts.addSpacing(12)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_edit)
        pin_row.addStretch(1)
        texts.addLayout(pin_row)
        texts.addWidget(self.pin_message)
        texts.addStretch(1)
        band.addLayout(texts, 1)

        middle = QHBoxLayout()
        self._middle = middle
        middle.addWidget(self.band, 3)
        self.preview: QWidget | None = None
        if scanner is not None:
            from ui.camera.preview import CameraPreview

            self.preview = CameraPreview(scanner, large=True, hint=f"{HOLD[0]}\n{HOLD[1]}")
            middle.addWidget(self.preview, 2)
        root.addLayout(middle, 1)

        self.no_invitation = _label(wrap=True)
        self.no_invitation.setText(f"{NO_INVITATION[0]}\n{NO_INVITATION[1]}")
        self.no_invitation.setStyleSheet(f"color: {INK};")
        root.addWidget(self.no_invitation)

        # The keyboard's (and the USB scanner's) way in: a field that keeps the focus but
        # looks like nothing, so nobody takes the kiosk for a search box.
        self.field = ScanField(known_badge(db))
        self.field.setObjectName("kioskField")
        self.field.setFixedHeight(1)
        self.field.setFrame(False)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setAccessibleName("Escanee su invitación / Scan your invitation")
        self.field.setStyleSheet(
            f"#kioskField {{ background: {BACKGROUND}; color: {BACKGROUND}; border: none;"
            f" selection-background-color: {BACKGROUND}; selection-color: {BACKGROUND}; }}"
        )
        self.field.code_entered.connect(self._on_field_code_entered)
        self.field.text_entered.connect(self._on_field_text_entered)
        root.addWidget(self.field)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._on_idle_timeout)
        self.retranslate()
        self._show(WELCOME)
        self._scale()

    # -- what the main window calls ------------------------------------------------------

    def retranslate(self) -> None:
        """The staff's prompt in the window's language (visitors' texts do not change)."""
        if self.preview is not None:
            retranslate = getattr(self.preview, "retranslate", None)
            if retranslate is not None:
                retranslate()
        if self.state == EXIT_PIN:
            self._show_exit_prompt(self.pin_message.text())

    def scan_code(self, text: str) -> None:
        """A code from the camera or the USB scanner: checked in and the badge printed, or
        sent to the desk. The same code again while its result is on screen is the same
        person still holding it: nothing more happens."""
        if self.state in (EXIT_PIN, WORKING):
            return  # staff at the kiosk (or a scan still being saved)
        code = codes.classify(text)[1]
        if code and code == self._last_code and self.state in RESULTS and self._idle.isActive():
            self._idle.start()
            return
        self._last_code = code
        self._attempt += 1
        self._show(WORKING)
        try:
            result = again_if_server_lost(
                self_check_in, self.db, text, event=self.desk_event, operator=self.operator
            )
        except Exception as exc:  # nothing was saved: the desk takes it from here
            log.warning("kiosk: a self check-in could not be saved: %s", exc)
            self.last_result = None
            self._show(GO_TO_DESK)
            self._sound(ERROR)
            return
        self.last_result = result
        if result.outcome is KioskOutcome.CHECKED_IN and result.participant_id is not None:
            self._show(TAKE_BADGE, name=result.badge_name)
            self._sound(OK)
            self._print(result.participant_id, self._attempt)
        elif result.outcome is KioskOutcome.ALREADY:
            self._show(ALREADY)
            self._sound(ATTENTION)
        else:
            self._show(GO_TO_DESK)
            self._sound(ATTENTION)

    def open_exit_prompt(self) -> None:
        """Ctrl+Alt+K: staff are asked for the supervisor's PIN, inside the kiosk."""
        self._idle.stop()
        self._show(EXIT_PIN)
        self._show_exit_prompt("")

    def show_welcome(self) -> None:
        self._show(WELCOME)

    # -- states ------------------------------------------------------------------------

    def _show(self, state: str, *, name: str = "") -> None:
        self.state = state
        colour, icon = LOOKS[state]
        self.band.setStyleSheet(
            f"#kioskBand {{ background: {colour}; border-radius: 18px; }}"
            "#kioskBand QLabel { color: white; }"
        )
        self.icon.set_kind(icon)
        staff = state == EXIT_PIN
        self.person.setText(breakable(name) if state == TAKE_BADGE else "")
        if not staff:
            spanish, english = TEXTS[state]
            self.spanish.setText(spanish)
            self.english.setText(english)
            self.pin_edit.clear()
            self.pin_message.clear()
        self.greeting.setVisible(state == TAKE_BADGE)
        self.person.setVisible(state == TAKE_BADGE)
        self.note.setVisible(state == WELCOME)
        self.pin_edit.setVisible(staff)
        self.pin_message.setVisible(staff)
        self.no_invitation.setVisible(state == WELCOME)
        if self.preview is not None:  # the camera beside the invitation; results fill the screen
            self.preview.setVisible(state in (WELCOME, WORKING))
        if state in RESULTS or staff:
            self._idle.start()
        else:
            self._idle.stop()
        if state == WELCOME:
            self._last_code = ""
            self.last_result = None
        if not staff:
            self.field.setFocus()
            self.field.finish()

    def _show_exit_prompt(self, message: str) -> None:
        with self.db.read() as session:
            supervised = ops.supervisor_configured(session)
        self.spanish.setText(self.tr("Leave the kiosk mode"))
        self.pin_edit.setPlaceholderText(
            self.tr("Supervisor's PIN") if supervised else self.tr("Press Enter")
        )
        if supervised:
            self.english.setText(self.tr("Enter the supervisor's PIN, then press Enter."))
        else:
            self.english.setText(
                self.tr("This desk has no supervisor: press Enter to leave the kiosk.")
            )
        self.pin_edit.setReadOnly(not supervised)
        self.pin_message.setText(message)
        self.pin_message.setVisible(bool(message))
        self.pin_edit.setFocus()

    def _sound(self, kind: str) -> None:
        try:
            self.play(kind)
        except Exception as exc:  # a sound never stops a check-in
            log.warning("kiosk: the %s sound could not be played: %s", kind, exc)

    # -- printing ----------------------------------------------------------------------

    def _print(self, participant_id: str, attempt: int) -> None:
        def notify(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._on_print_failed(attempt, exc)

        try:
            self.print_badge(participant_id, notify)
        except Exception as exc:
            notify(exc)

    def _on_print_failed(self, attempt: int, exc: BaseException) -> None:
        log.warning("kiosk: a badge could not be printed: %s", exc)
        if attempt != self._attempt:
            return  # someone else is at the kiosk now; the desk's printer shows the failure
        self._show(NOT_PRINTED)
        self._sound(ERROR)

    # -- the staff's prompt ------------------------------------------------------------

    def _on_pin_edit_text_edited(self, _text: str) -> None:
        self._idle.start()

    def _on_pin_edit_return_pressed(self) -> None:
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        try:
            with self.db.read() as session:
                ops.require_supervisor(session, pin)
        except ops.PermissionDenied as exc:
            message = str(exc)
            if pin and message == translate("operators", "This needs a supervisor's PIN."):
                message = self.tr("Wrong PIN: this needs a supervisor's PIN.")
            self._refused(message)
            return
        except Exception as exc:
            self._refused(error_text(exc))
            return
        self._leaving = True
        self._idle.stop()
        self.left.emit()

    def _refused(self, message: str) -> None:
        self.pin_message.setText(message)
        self.pin_message.setVisible(True)
        self._idle.start()
        self._sound(ERROR)

    # -- signals -------------------------------------------------------------------------

    def _on_field_code_entered(self, code: str) -> None:
        self.scan_code(code)
        self.field.finish()

    def _on_field_text_entered(self, text: str) -> None:
        self.field.clear()  # another system's invitation code, or anything: never a search
        self.scan_code(text)
        self.field.finish()

    def _on_idle_timeout(self) -> None:
        self._show(WELCOME)

    # -- the keyboard and the window --------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self:
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        special = bool(modifiers & MODIFIERS) or key == Qt.Key.Key_Escape
        special = special or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35
        if kind == QEvent.Type.ShortcutOverride:
            if special:
                event.accept()  # no shortcut of any window fires: the key comes here
                return True
            return False
        control = modifiers & Qt.KeyboardModifier.ControlModifier
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_K and control and alt:
            self.open_exit_prompt()
            return True
        if key == Qt.Key.Key_Escape and self.state == EXIT_PIN:
            self._show(WELCOME)
            return True
        return special  # Esc, Alt+F4, Ctrl+Q…: nothing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        if self.state != EXIT_PIN:
            self.field.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            event.accept()
        else:
            event.ignore()  # Alt+F4, the window manager's close: the kiosk stays

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        """Fonts and margins follow the screen: the same look at 1280×800 and 1920×1080."""
        width, height = max(self.width(), 640), max(self.height(), 400)
        unit = min(width / 1280, height / 800)
        margin = round(36 * unit)
        self._root.setContentsMargins(margin, round(20 * unit), margin, round(12 * unit))
        self._root.setSpacing(round(16 * unit))
        self._middle.setSpacing(round(28 * unit))
        inner = round(32 * unit)
        self._band_layout.setContentsMargins(inner, inner, inner, inner)
        self._band_layout.setSpacing(round(28 * unit))
        self.title.setFont(_pixel_font(24 * unit, bold=True))
        self.icon.setFixedSize(round(150 * unit), round(150 * unit))
        self.greeting.setFont(_pixel_font(32 * unit))
        self.person.setFont(_pixel_font(64 * unit, bold=True))
        self.spanish.setFont(_pixel_font(54 * unit, bold=True))
        self.english.setFont(_pixel_font(40 * unit))
        self.note.setFont(_pixel_font(26 * unit))
        self.pin_edit.setFont(_pixel_font(40 * unit))
        self.pin_edit.setFixedWidth(round(340 * unit))
        self.pin_message.setFont(_pixel_font(26 * unit, bold=True))
        self.no_invitation.setFont(_pixel_font(24 * unit))
        message = getattr(self.preview, "message", None)
        if isinstance(message, QLabel):
            message.setFont(_pixel_font(20 * unit))
