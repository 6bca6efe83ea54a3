"""The check-in screen: one field for the scanner and the keyboard, a big result panel, the
last ten scans beside it.

The field (``ui.scan_field``, shared with the door) turns keys into entries: a badge code
checks in; anything else is a search (accents and case optional). Up/Down choose a person
(↓ from the field highlights the first match), Enter checks in the chosen one; with several
matches nothing is checked in until the operator has chosen on purpose or only one match is
left. After every result the next key starts a new entry.

Nothing on the scan path opens a window. Printing after a check-in follows the desk's
setting without asking; in "ask" mode the offer is a line in the result panel that F5 or a
click accepts and the next key declines.

Check-ins run on the UI thread (one short transaction, a few milliseconds), so the keys of
the next scan wait in the window system's queue and arrive after it. On a desk on a server,
a check-in that lost the server half-way is done again on this desk's own file
(``ui.ops.again_if_server_lost``), so the queue never sees the difference.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.actions.checkin import check_in_code, check_in_person
from desk.arrival.checkin import CheckinResult, Outcome, describe
from desk.events.event import Event
from desk.people.participants import find_by_code
from desk.people.search import SearchResult, search
from desk.storage.db import Database
from ui.messages import error_text
from ui.ops import again_if_server_lost, changes
from ui.participants_model import ParticipantTableModel, fit_columns
from ui.recent_scans import RecentScans
from ui.result_panel import ResultPanel, breakable, font, keep_together, shrinkable
from ui.scan_field import ScanField

log = logging.getLogger(__name__)

SEARCH_LIMIT = 100
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
    "failed": ("#b3261e", "✖"),
    "ready": ("#3c4a5c", "▶"),
}


def known_badge(db: Database) -> Callable[[str], bool]:
    """For the scan field: does someone have this (valid) badge code?"""

    def find(code: str) -> bool:
        with db.read() as session:
            return find_by_code(session, code) is not None

    def is_known(code: str) -> bool:
        return again_if_server_lost(find, code)

    return is_known


class CheckinScreen(QWidget):
    checked_in = Signal(object)  # CheckinResult of a new check-in
    result_shown = Signal(object)  # every CheckinResult shown
    walk_in_requested = Signal(str)  # what was typed
    details_requested = Signal(str)  # participant id
    print_requested = Signal(str)  # participant id: the print offer was accepted
    scan_failed = Signal()  # a scan or check-in that could not be saved

    def __init__(self, db: Database, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.desk_event = event
        self.operator = ""
        self._result: SearchResult | None = None
        self._chosen_on_purpose = False
        self._pending: CheckinResult | None = None  # online registrant awaiting confirmation
        self._offer: str | None = None  # participant id whose badge print is offered
        self._state_args: dict[str, object] = {}
        self.state = "ready"
        self.last_result: CheckinResult | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        self.field = ScanField(known_badge(db))
        self.field.setClearButtonEnabled(True)
        self.field.setFont(font(18))
        self.field.setMinimumHeight(44)
        self.field.code_entered.connect(self._on_field_code_entered)
        self.field.text_entered.connect(self._on_field_text_entered)
        self.field.fragment_dropped.connect(self._on_field_fragment_dropped)
        self.field.typed.connect(self._on_field_typed)
        self.field.entry_started.connect(self._on_field_entry_started)
        self.field.navigated.connect(self._on_field_navigated)
        self.field.escaped.connect(self._on_field_escaped)
        self.walk_in_button = QPushButton()
        self.walk_in_button.setMinimumHeight(44)
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(self._on_walk_in_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.walk_in_button)

        self.panel = ResultPanel(margin=10, minimum_height=140)
        self.icon, self.headline = self.panel.icon, self.panel.headline
        self.person, self.details = self.panel.person, self.panel.details
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.accept_print_offer)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.panel.add_button(self.confirm_button)
        self.panel.add_button(self.print_button)
        self.panel.add_button(self.details_button)
        self.recent = RecentScans()
        self.recent.person_requested.connect(self.details_requested)

        layout.addLayout(top)
        row = self._result_row = QHBoxLayout()
        row.addWidget(self.panel, 1)
        row.addWidget(self.recent)
        layout.addLayout(row)

        self.match_label = shrinkable(QLabel())
        self.match_label.setWordWrap(True)
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
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
        # Short columns as wide as their texts, then the names, the organisation the rest.
        self.table.viewport().installEventFilter(self)
        self.model.modelReset.connect(self._fit_columns)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        for keys, slot in (
            ("Ctrl+Return", self._on_confirm_button_clicked),
            ("Ctrl+Enter", self._on_confirm_button_clicked),
            ("F5", self.accept_print_offer),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.retranslate()
        self.show_state("ready")
        self.run_search("")
        # An import, edit, merge or sync anywhere in the window: the table shows it.
        changes().changed.connect(self._on_changes_changed)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.field.setPlaceholderText(
            self.tr("Scan a badge, or type a name, organisation, e-mail or country")
        )
        self.confirm_button.setText(self.tr("Confirm in person (Ctrl+Enter)"))
        self.print_button.setText(self.tr("Print badge (F5)"))
        self.details_button.setText(self.tr("Details…"))
        self.walk_in_button.setText(self.tr("+ Walk-in (Ctrl+N)"))
        self.recent.retranslate()
        if self.last_result is not None and self.state in (o.value for o in Outcome):
            self.show_result(self.last_result, remember=False)
        else:
            self.show_state(self.state, **self._state_args)  # type: ignore[arg-type]
        self._show_matches()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.model.layoutChanged.emit()
        self._fit_columns()

    def _fit_columns(self) -> None:
        if self.table.isVisible():  # shown (never while the window is being closed)
            fit_columns(self.table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # -- the field -----------------------------------------------------------------------

    def focus_field(self) -> None:
        self.field.setFocus()

    def _on_field_typed(self, _text: str) -> None:
        self._chosen_on_purpose = False
        self._search_timer.start()

    def _on_field_entry_started(self) -> None:
        """The first key after a result: the old result goes, and so does a print offer."""
        self._pending = None
        self._offer = None
        self.show_state("ready")

    def _on_field_navigated(self, key: int) -> None:
        self.flush_search()
        self._move_selection(key)

    def _on_field_escaped(self) -> None:
        self._pending = None
        self._offer = None
        self.run_search("")
        self.show_state("ready")

    def _on_field_fragment_dropped(self, fragment: str) -> None:
        self.recent.add_fragment(fragment, self._now())

    def _on_field_code_entered(self, code: str) -> None:
        try:
            result = again_if_server_lost(check_in_code, self.db, code, operator=self.operator)
        except Exception as exc:
            self._failed(code, exc)
            return
        self.run_search(self.field.text())
        self.show_result(result)
        self.field.finish()

    def _on_field_text_entered(self, text: str) -> None:
        try:
            self._judge_text(text)
        except Exception as exc:
            self._failed(text, exc)
        self.field.finish()

    def _judge_text(self, text: str) -> None:
        self.flush_search()  # Enter acts on what is typed now, not on the last search
        with self.db.read() as session:
            invited = find_by_code(session, text)
            invited_id = invited.id if invited is not None else None
        if invited_id is not None:  # another system's invitation code, typed or scanned
            self._check_in_id(invited_id, consume=text)
            return
        result = self._result
        rows = self.model.rowCount()
        if rows == 0:
            self.show_state("no_match", query=text)
            self._note_state()
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

    def _failed(self, text: str, exc: BaseException) -> None:
        """Saving failed (disk full, database locked…): said in the panel, never a dialog;
        what was scanned stays in the field to try again."""
        log.exception("a scan could not be saved: %s", text, exc_info=exc)
        if not self.field.text().startswith(text):
            self.field.setText(text + self.field.text())
        self.show_state("failed", query=text, reason=error_text(exc))
        self._note_state()
        self.field.finish()
        self.scan_failed.emit()

    def scan_code(self, code: str) -> None:
        """A code the camera read: the scanner's path (same results, same rules, same list
        of the last scans), whatever is being typed in the field."""
        self._pending = None
        self._offer = None
        self._on_field_code_entered(code)

    def add_beside_panel(self, widget: QWidget) -> None:
        """A widget between the result panel and the last scans (the camera's preview)."""
        self._result_row.insertWidget(1, widget)

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

    def _on_search_timer_timeout(self) -> None:
        self.run_search(self.field.text())

    def _on_changes_changed(self, _change: object) -> None:
        """Data changed elsewhere (an import, an edit, other desks' work from the server):
        the list follows, and a person the operator chose with the arrows stays chosen."""
        chosen = self.selected_participant_id() if self._chosen_on_purpose else None
        self.run_search(self.field.text())
        if chosen is not None:
            rows = (self.model.participant(r).id for r in range(self.model.rowCount()))
            row = next((n for n, pid in enumerate(rows) if pid == chosen), None)
            if row is not None:
                self.table.selectRow(row)

    def flush_search(self) -> None:
        """Run a search still waiting for the typing to pause."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.run_search(self.field.text())

    # -- actions -----------------------------------------------------------------------

    def _check_in_id(
        self, participant_id: str, consume: str | None = None, confirm_online: bool = False
    ) -> None:
        result = again_if_server_lost(
            check_in_person,
            self.db,
            participant_id,
            operator=self.operator,
            confirm_online=confirm_online,
        )
        if consume is not None:
            text = self.field.text()
            self.field.setText(text[len(consume) :] if text.startswith(consume) else "")
            self.run_search(self.field.text())
        self.show_result(result)

    def _on_confirm_button_clicked(self) -> None:
        pending = self._pending
        if pending is None or pending.participant is None:
            return
        self._pending = None
        try:
            self._check_in_id(pending.participant.id, confirm_online=True)
        except Exception as exc:
            self._failed("", exc)
        self.field.finish()
        self.focus_field()

    def offer_print(self, participant_id: str) -> None:
        """ "Print the badge?" as a line in the result panel of the person just checked in:
        F5 or a click prints, the next key declines. Nothing takes the keyboard."""
        last = self.last_result
        if last is None or last.participant is None or last.participant.id != participant_id:
            return
        self._offer = participant_id
        self.show_result(last, remember=False)

    def accept_print_offer(self) -> None:
        offer = self._offer
        self._offer = None
        if offer is None:
            return
        if self.last_result is not None:
            self.show_result(self.last_result, remember=False)
        self.print_requested.emit(offer)
        self.focus_field()

    @property
    def print_offered(self) -> str | None:
        return self._offer

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

    def current_person(self) -> str | None:
        """The person a single-person action (details, print) is about: the row chosen while
        searching, else the person in the result panel, else the highlighted row."""
        selected = self.selected_participant_id()
        if self.field.text().strip() and selected is not None and self.state != "checked_in":
            return selected
        last = self.last_result
        if last is not None and last.participant is not None and self.state != "ready":
            return last.participant.id
        return selected

    # -- showing -----------------------------------------------------------------------

    def run_search(self, text: str) -> None:
        self._search_timer.stop()
        self._result = again_if_server_lost(self._search, text)
        self.model.set_rows(self._result.hits)
        # One match is the one Enter checks in; with several, none is highlighted until the
        # operator chooses (↓ highlights the first).
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        if len(self._result.hits) == 1:
            self.table.selectRow(0)
        self._show_matches()

    def _search(self, text: str) -> SearchResult:
        with self.db.read() as session:
            return search(session, self.desk_event, text, limit=SEARCH_LIMIT)

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
                "%n registered. Scan a badge or type a name; walk-in: Ctrl+N.", "", r.total
            )
        elif r.total == 0:
            text = self.tr("No participant matches “{query}”.").format(query=r.query)
        elif not r.exact:
            text = self.tr("More than %n matches for “{query}”: keep typing.", "", len(r.hits))
            text = text.format(query=r.query)
        elif r.total == 1:
            text = self.tr("One match: Enter checks in.")
        else:
            text = self.tr("%n matches: choose with ↑/↓, then Enter.", "", r.total)
        self.match_label.setText(breakable(text))

    def _now(self) -> datetime:
        return datetime.now(self.desk_event.tz)

    def show_result(self, result: CheckinResult, remember: bool = True) -> None:
        words = describe(self.desk_event, result, self._now())
        if remember:
            self.last_result = result
            self._pending = result if result.outcome is Outcome.NEEDS_CONFIRMATION else None
            self._offer = None
        details = words.details
        if self._offer is not None:
            details = (details + "\n" if details else "") + self.tr(
                "Print the badge? F5 prints; the next scan means no."
            )
        self._state_args = {}
        headline = words.headline
        if result.outcome is Outcome.ALREADY:  # "hoy 08:45", "por Ana López" on one line each
            headline = keep_together(headline)
        self._paint(result.outcome.value, headline, words.person, details)
        self.confirm_button.setVisible(result.outcome is Outcome.NEEDS_CONFIRMATION)
        self.print_button.setVisible(self._offer is not None)
        self.details_button.setVisible(result.participant is not None)
        if remember:
            p = result.participant
            self.recent.add(
                *STYLES[result.outcome.value],
                p.full_name if p else result.code,
                words.headline,
                p.id if p else None,
                at=self._now(),
            )
            self.result_shown.emit(result)
            if result.outcome is Outcome.CHECKED_IN:
                self.checked_in.emit(result)

    def show_state(self, state: str, query: str = "", count: int = 0, reason: str = "") -> None:
        """States that are not a check-in result: ready, no match, choose a person, a scan
        that could not be saved."""
        self._state_args = {"query": query, "count": count, "reason": reason}
        if state == "no_match":
            head = self.tr("NO MATCH for “{query}”").format(query=query)
            detail = self.tr("Check the spelling, or register a walk-in with Ctrl+N.")
        elif state == "choose":
            head = self.tr("%n people match: choose one", "", count)
            detail = self.tr("Use ↓/↑ to highlight the right person, then press Enter.")
        elif state == "failed":
            head = self.tr("NOT SAVED: “{query}”").format(query=query)
            detail = reason + "\n" + self.tr("Press Enter to try again.")
        else:
            state = "ready"
            self._state_args = {}
            head = self.tr("READY")
            detail = self.tr("Scan a badge, or type a few letters of a name.")
        self._paint(state, head, "", detail)
        self.confirm_button.hide()
        self.print_button.hide()
        self.details_button.hide()

    def _note_state(self) -> None:
        """The state just shown (no match, not saved) in the list of the last scans."""
        self.recent.add(
            *STYLES[self.state], "", self.headline.text().replace("\u200b", ""), at=self._now()
        )

    def _paint(self, state: str, headline: str, person: str, details: str) -> None:
        self.state = state
        self.panel.paint(*STYLES[state], headline, person, details)
