"""The check-in screen: one field for the scanner and the keyboard, a big result panel.

A USB scanner is a keyboard that types a badge code fast and ends with Enter, Tab or
nothing. The field takes both:

- a string that is a valid badge code checks in at once, terminator or not;
- a string that looks like a code but has a wrong check character is said to be invalid
  (after Enter/Tab, or after a short pause when the scanner sends no terminator);
- anything else is a search (accents and case optional). Up/Down choose a person, Enter
  checks in the chosen one; with several matches nothing is checked in until the operator
  has chosen on purpose or only one match is left.

Check-ins run on the UI thread (one short transaction, a few milliseconds), so the keys
of the next scan wait in Qt's event queue and arrive after it; only the characters that
were processed are taken out of the field, never what came after them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk import codes
from desk.checkin import CheckinResult, Outcome, check_in, check_in_participant, describe
from desk.db import Database
from desk.event import Event
from desk.search import SearchResult, search
from ui.participants_model import ParticipantTableModel
from ui.result_panel import ResultPanel

SEARCH_LIMIT = 100
SCAN_PAUSE_MS = 300  # no key for this long after a code-like string: the scan is over
# Search once typing pauses this long: a person never notices 40 ms, and a scanner's
# sixteen keys (a few ms apart) cost one check-in instead of sixteen searches.
SEARCH_DELAY_MS = 40

# Colour, icon and words for each state: never colour alone.
STYLES = {
    "checked_in": ("#1b7f3b", "✔"),
    "already": ("#b26a00", "⚠"),
    "needs_confirmation": ("#1f5fa8", "?"),
    "cancelled": ("#6d1f1f", "⛔"),
    "unknown_code": ("#b3261e", "✖"),
    "bad_check": ("#b3261e", "✖"),
    "no_match": ("#555555", "∅"),
    "choose": ("#555555", "↕"),
    "ready": ("#3c4a5c", "▶"),
}


class CheckinScreen(QWidget):
    checked_in = Signal(object)  # CheckinResult of a new check-in
    result_shown = Signal(object)  # every CheckinResult shown
    walk_in_requested = Signal(str)  # what was typed
    details_requested = Signal(str)  # participant id

    def __init__(self, db: Database, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.desk_event = event
        self.operator = ""
        self._result: SearchResult | None = None
        self._chosen_on_purpose = False
        self._pending: CheckinResult | None = None  # online registrant awaiting confirmation
        self.state = "ready"
        self.last_result: CheckinResult | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        big = QFont()
        big.setPointSize(18)
        self.field.setFont(big)
        self.field.setMinimumHeight(44)
        self.field.textEdited.connect(self._on_field_text_edited)
        self.field.installEventFilter(self)
        self.walk_in_button = QPushButton()
        self.walk_in_button.setMinimumHeight(44)
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(self._on_walk_in_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.walk_in_button)
        layout.addLayout(top)

        self.panel = ResultPanel(margin=10, minimum_height=140)
        self.icon, self.headline = self.panel.icon, self.panel.headline
        self.person, self.details = self.panel.person, self.panel.details
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.panel.add_button(self.confirm_button)
        self.panel.add_button(self.details_button)
        layout.addWidget(self.panel)

        self.match_label = QLabel()
        layout.addWidget(self.match_label)
        self.model = ParticipantTableModel(event, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate((140, 120, 100, 200, 130, 75, 80, 160)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SCAN_PAUSE_MS)
        self._pause.timeout.connect(self._on_pause_timeout)

        confirm = QShortcut(QKeySequence("Ctrl+Return"), self)
        confirm.activated.connect(self._on_confirm_button_clicked)
        confirm2 = QShortcut(QKeySequence("Ctrl+Enter"), self)
        confirm2.activated.connect(self._on_confirm_button_clicked)

        self.retranslate()
        self.show_state("ready")
        self.run_search("")

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.field.setPlaceholderText(
            self.tr("Scan a badge, or type a name, organisation, e-mail or country")
        )
        self.confirm_button.setText(self.tr("Confirm in person (Ctrl+Enter)"))
        self.details_button.setText(self.tr("Details…"))
        self.walk_in_button.setText(self.tr("+ Walk-in (Ctrl+N)"))
        if (
            self.last_result is not None
            and self.state in STYLES
            and self.state not in ("no_match", "choose", "ready")
        ):
            self.show_result(self.last_result, remember=False)
        else:
            self.show_state(self.state)
        self._show_matches()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.model.layoutChanged.emit()

    # -- keyboard ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    return False  # Ctrl+Enter: the confirm shortcut
                self._on_terminator()
                return True  # Tab never leaves the field
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.flush_search()
                self._move_selection(key)
                return True
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                self._pending = None
                self.run_search("")
                self.show_state("ready")
                return True
        return super().eventFilter(watched, event)

    def focus_field(self) -> None:
        self.field.setFocus()

    def _move_selection(self, key: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10,
        }[Qt.Key(key)]
        row = min(max(current + step if current >= 0 else 0, 0), rows - 1)
        self.table.selectRow(row)
        self._chosen_on_purpose = True

    # -- input -------------------------------------------------------------------------

    def _on_field_text_edited(self, text: str) -> None:
        self._chosen_on_purpose = False
        status, _code = codes.classify(text)
        if status is codes.CodeStatus.VALID:
            self._pause.stop()
            self._process_code(text)
            return
        if status is codes.CodeStatus.BAD_CHECK:
            self._pause.start()  # a scanner without terminator: judge it after a pause
        else:
            self._pause.stop()
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.run_search(self.field.text())

    def flush_search(self) -> None:
        """Run a search still waiting for the typing to pause."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.run_search(self.field.text())

    def _on_pause_timeout(self) -> None:
        text = self.field.text()
        if codes.classify(text)[0] is codes.CodeStatus.BAD_CHECK:
            self._process_code(text)

    def _on_terminator(self) -> None:
        self._pause.stop()
        self.flush_search()  # Enter acts on what is typed now, not on the last search
        text = self.field.text()
        if not text.strip():
            return  # an empty Enter, or the scanner's own Enter/Tab after a handled code
        status, _code = codes.classify(text)
        if status is not codes.CodeStatus.NOT_A_CODE:
            self._process_code(text)
            return
        with self.db.read() as session:
            from desk.participants import find_by_code

            invited = find_by_code(session, text)
            invited_id = invited.id if invited is not None else None
        if invited_id is not None:  # another system's invitation code, typed or scanned
            self._consume(text)
            self._check_in_id(invited_id)
            return
        result = self._result
        rows = self.model.rowCount()
        if rows == 0:
            self.show_state("no_match", query=text)
            return
        if rows == 1 and result is not None and result.total == 1:
            self._check_in_id(self.model.participant(0).id, consume=text)
            return
        if self._chosen_on_purpose and self.table.currentIndex().isValid():
            self._check_in_id(
                self.model.participant(self.table.currentIndex().row()).id, consume=text
            )
            return
        self.show_state("choose", count=result.total if result else rows)

    def _consume(self, processed: str) -> None:
        """Take what was processed out of the field, keep anything typed after it."""
        text = self.field.text()
        rest = text[len(processed) :] if text.startswith(processed) else ""
        self.field.setText(rest)
        self.run_search(rest)

    # -- actions -----------------------------------------------------------------------

    def _process_code(self, text: str) -> None:
        with self.db.write() as session:
            result = check_in(session, text, desk_id=self.db.desk_id, operator=self.operator)
        self._consume(text)
        self.show_result(result)

    def _check_in_id(
        self, participant_id: str, consume: str | None = None, confirm_online: bool = False
    ) -> None:
        with self.db.write() as session:
            result = check_in_participant(
                session,
                participant_id,
                desk_id=self.db.desk_id,
                operator=self.operator,
                confirm_online=confirm_online,
            )
        if consume is not None:
            self._consume(consume)
        self.show_result(result)

    def _on_confirm_button_clicked(self) -> None:
        pending = self._pending
        if pending is None or pending.participant is None:
            return
        self._pending = None
        self._check_in_id(pending.participant.id, confirm_online=True)
        self.focus_field()

    def _on_walk_in_button_clicked(self) -> None:
        self.walk_in_requested.emit(self.field.text())

    def _on_details_button_clicked(self) -> None:
        if self.last_result is not None and self.last_result.participant is not None:
            self.details_requested.emit(self.last_result.participant.id)
        self.focus_field()

    def _on_table_clicked(self) -> None:
        self._chosen_on_purpose = True
        self.focus_field()

    def _on_table_double_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.details_requested.emit(self.model.participant(index.row()).id)

    def selected_participant_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.participant(index.row()).id if index.isValid() else None

    # -- showing -----------------------------------------------------------------------

    def run_search(self, text: str) -> None:
        self._search_timer.stop()
        with self.db.read() as session:
            self._result = search(session, self.desk_event, text, limit=SEARCH_LIMIT)
        self.model.set_rows(self._result.hits)
        if self._result.hits:
            self.table.selectRow(0)
        self._show_matches()

    def _show_matches(self) -> None:
        r = self._result
        if r is None:
            return
        if not r.query.strip() and r.total == 0:
            text = self.tr(
                "No participants yet: import the registration list with "
                "File → Import participant list… (Ctrl+I)."
            )
        elif not r.query.strip():
            text = self.tr(
                "{total} registered. Scan a badge or type a name; walk-in: Ctrl+N."
            ).format(total=f"{r.total:,}")
        elif r.total == 0:
            text = self.tr("No participant matches “{query}”.").format(query=r.query)
        elif not r.exact:
            text = self.tr("More than {shown} matches for “{query}”: keep typing.").format(
                shown=len(r.hits), query=r.query
            )
        elif r.total == 1:
            text = self.tr("One match: Enter checks in.")
        else:
            text = self.tr("{total} matches: choose with ↑/↓, then Enter.").format(
                total=f"{r.total:,}"
            )
        self.match_label.setText(text)

    def show_result(self, result: CheckinResult, remember: bool = True) -> None:
        words = describe(self.desk_event, result)
        if remember:
            self.last_result = result
            self._pending = result if result.outcome is Outcome.NEEDS_CONFIRMATION else None
        self._paint(result.outcome.value, words.headline, words.person, words.details)
        self.confirm_button.setVisible(result.outcome is Outcome.NEEDS_CONFIRMATION)
        self.details_button.setVisible(result.participant is not None)
        if remember:
            self.result_shown.emit(result)
            if result.outcome is Outcome.CHECKED_IN:
                self.checked_in.emit(result)

    def show_state(self, state: str, query: str = "", count: int = 0) -> None:
        """States that are not a check-in result: ready, no match, choose a person."""
        if state == "no_match":
            head = self.tr("NO MATCH for “{query}”").format(query=query)
            detail = self.tr("Check the spelling, or register a walk-in with Ctrl+N.")
        elif state == "choose":
            head = self.tr("{count} people match: choose one").format(count=count)
            detail = self.tr("Use ↑/↓ to highlight the right person, then press Enter.")
        else:
            state = "ready"
            head = self.tr("READY")
            detail = self.tr("Scan a badge, or type a few letters of a name.")
        self._paint(state, head, "", detail)
        self.confirm_button.hide()
        self.details_button.hide()

    def _paint(self, state: str, headline: str, person: str, details: str) -> None:
        self.state = state
        self.panel.paint(*STYLES[state], headline, person, details)
