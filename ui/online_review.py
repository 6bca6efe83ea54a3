"""Attendance → Review online attendance…: the people of the Zoom and Teams files whom
nobody could match for sure, one decision each: this participant, or not a participant.

Keyboard first: the search field has the keyboard; with it empty the list under it shows
the candidates Desk found for the selected connection (↑/↓ choose, Enter decides), and
typing searches every participant the way the check-in desk does. Page Up/Page Down move
between the people to review, Ctrl+N says "not a participant", Ctrl+Z (with the search
field empty) undoes the last decision (a "back to review" record: decisions are records,
like check-ins, and sync). A decided row leaves the list; the window's title says how
many are left.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.actions.online import Matched, Unidentified, match, unmatched
from desk.arrival.codes import format_code
from desk.events.display import local_time
from desk.events.event import Event
from desk.online.presence import online_version
from desk.people.participants import ParticipantInfo
from desk.people.search import search
from desk.storage.db import Database
from desk.storage.models import STATUS_CANCELLED
from ui.ops import Change, Context, Op, again_if_server_lost, changes
from ui.setup_fields import FOCUS_RING
from ui.tasks import TaskRunner

SEARCH_LIMIT = 30
SEARCH_DELAY_MS = 150


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision of this review, kept for Ctrl+Z: who it was, and where it stood."""

    who: Unidentified
    row: int
    person: ParticipantInfo | None


class OnlineReviewDialog(QDialog):
    """The unmatched online identities, one decision each."""

    def __init__(
        self,
        db: Database,
        event: Event,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        operator: str = "",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._version: object = None  # online_version of the list shown
        changes().changed.connect(self._on_changed)
        self.finished.connect(lambda _code: changes().changed.disconnect(self._on_changed))
        self._runner = runner
        self._operator = operator
        self.rows: list[Unidentified] = []
        self.decisions: list[Decision] = []
        self.loaded = False
        self._people: list[ParticipantInfo] = []

        self.setMinimumSize(900, 560)
        self.setStyleSheet(FOCUS_RING)
        layout = QVBoxLayout(self)
        self.hint = QLabel(
            self.tr(
                "Who is each of these online connections? Enter: the person chosen below. "
                "Ctrl+N: not a participant. Ctrl+Z: undo the last decision. "
                "Page Up/Page Down: the previous or next one."
            )
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name in the file"),
                self.tr("E-mail"),
                self.tr("Connections"),
                self.tr("Minutes"),
                self.tr("First connection"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        splitter.addWidget(self.table)

        below = QWidget()
        who = QVBoxLayout(below)
        who.setContentsMargins(0, 6, 0, 0)
        self.who_label = QLabel()
        self.who_label.setWordWrap(True)
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.who_label.font()
        font.setBold(True)
        self.who_label.setFont(font)
        who.addWidget(self.who_label)
        row = QHBoxLayout()
        self.search_label = QLabel(self.tr("&Search a participant:"))
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Name, organisation, e-mail or badge code; empty: Desk's candidates")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_field)
        self.search_field.textEdited.connect(self._on_search_field_text_edited)
        self.search_field.installEventFilter(self)
        row.addWidget(self.search_label)
        row.addWidget(self.search_field, 1)
        who.addLayout(row)
        self.people_list = QListWidget()
        self.people_list.itemDoubleClicked.connect(lambda _item: self.choose())
        self.people_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        who.addWidget(self.people_list, 1)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.this_button = QPushButton(self.tr("&This is the person (Enter)"))
        self.not_button = QPushButton(self.tr("&Not a participant (Ctrl+N)"))
        self.undo_button = QPushButton(self.tr("&Undo the last decision (Ctrl+Z)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.this_button, self.not_button, self.undo_button, self.close_button):
            button.setAutoDefault(False)
        self.this_button.clicked.connect(self.choose)
        self.not_button.clicked.connect(self.not_participant)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.this_button)
        buttons.addWidget(self.not_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for keys, slot in (
            ("Ctrl+N", self.not_participant),
            ("Ctrl+Z", self.undo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._show_people)

        self._show_title()
        self.status.setText(self.tr("Loading…"))
        self._update_buttons()
        self.search_field.setFocus()
        self.reload()

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again, off the window's thread."""
        db, event = self._db, self._event

        def work(_ctx: Context) -> tuple[object, list[Unidentified]]:
            with db.read() as session:
                version = online_version(session)
            return version, unmatched(db, event)

        Op(self, work, what="unmatched", changed=False).success(self._on_loaded).run_in_background(
            self._runner
        )

    def _on_changed(self, change: Change) -> None:
        """Another desk's decisions (a server, a desk file) or a new report: the list
        follows, the person being looked at stays selected."""
        if not self.loaded or change.what in ("online_match", "unmatched", "online_version"):
            return
        db = self._db

        def work(_ctx: Context) -> object:
            with db.read() as session:
                return online_version(session)

        Op(self, work, what="online_version", changed=False).success(
            self._on_version_read
        ).run_in_background(self._runner)

    def _on_version_read(self, version: object) -> None:
        if version != self._version:
            self.reload()

    def _on_loaded(self, loaded: tuple[object, list[Unidentified]]) -> None:
        self._version, rows = loaded
        looked_at = self.current()
        self.loaded = True
        self.rows = list(rows)
        self._fill()
        self.status.setText(
            self.tr("Nobody to review: every online connection is decided.") if not rows else ""
        )
        if rows:
            same = [n for n, u in enumerate(rows) if looked_at and u.identity == looked_at.identity]
            self.table.selectRow(same[0] if same else 0)
        self._show_title()
        self._update_buttons()

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for u in self.rows:
            self._insert_row(self.table.rowCount(), u)

    def _insert_row(self, row: int, u: Unidentified) -> None:
        self.table.insertRow(row)
        email = u.email or u.upn
        cells = (
            u.raw_name,
            email,
            str(u.rows),
            str(u.minutes),
            local_time(self._event, u.first_join, with_date=True),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 1 and u.upn and u.email and u.upn.lower() != u.email.lower():
                item.setToolTip(u.upn)
            self.table.setItem(row, column, item)

    def _show_title(self) -> None:
        if not self.loaded:
            self.setWindowTitle(self.tr("Online attendance to review"))
            return
        self.setWindowTitle(self.tr("Online attendance to review: %n left", "", len(self.rows)))

    # -- the selected connection and its people ------------------------------------------

    def current(self) -> Unidentified | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().selectedRows()
        if selected:
            row = selected[0].row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _on_table_selection_changed(self) -> None:
        u = self.current()
        if u is None:
            self.who_label.setText("")
        else:
            parts = [u.raw_name]
            if u.email or u.upn:
                parts.append(u.email or u.upn)
            self.who_label.setText(self.tr("Who is {who}?").format(who=" · ".join(parts)))
        if not self.search_field.text().strip():
            self._show_people()
        self._update_buttons()

    def _on_search_field_text_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _show_people(self) -> None:
        """The candidates of the selected connection, or the participants the search finds."""
        self._search_timer.stop()
        text = self.search_field.text().strip()
        if text:
            self._people = list(again_if_server_lost(self._search, text))
        else:
            u = self.current()
            self._people = list(u.candidates) if u is not None else []
        self.people_list.clear()
        for p in self._people:
            self.people_list.addItem(QListWidgetItem(self._person_text(p)))
        if self._people:
            self.people_list.setCurrentRow(0)
        elif text:
            self.people_list.addItem(
                QListWidgetItem(self.tr("No participant matches “{query}”.").format(query=text))
            )
            self.people_list.setCurrentRow(-1)
        elif self.current() is not None:
            self.people_list.addItem(
                QListWidgetItem(self.tr("No candidate found: search for the person above."))
            )
            self.people_list.setCurrentRow(-1)
        self._update_buttons()

    def _search(self, text: str) -> tuple[ParticipantInfo, ...]:
        with self._db.read() as session:
            return search(session, self._event, text, limit=SEARCH_LIMIT).hits

    def _person_text(self, p: ParticipantInfo) -> str:
        details = [d for d in (p.organisation, p.country or "", p.email) if d]
        text = p.full_name + (f" — {' · '.join(details)}" if details else "")
        if p.status == STATUS_CANCELLED:
            text += " " + self.tr("(cancelled)")
        return text

    def person(self) -> ParticipantInfo | None:
        row = self.people_list.currentRow()
        return self._people[row] if 0 <= row < len(self._people) else None

    def _update_buttons(self) -> None:
        self.this_button.setEnabled(self.current() is not None and self.person() is not None)
        self.not_button.setEnabled(self.current() is not None)
        self.undo_button.setEnabled(bool(self.decisions))

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z in an empty search field undoes the last decision, not the typing.
        if (
            watched is self.search_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.search_field.text()
        ):
            return True
        if (
            watched is self.search_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._move(event.key())
        ):
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> bool:
        """↑/↓: the person; Page Up/Page Down: the connection to decide on."""
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._people:
            step = -1 if key == Qt.Key.Key_Up else 1
            row = max(0, min(len(self._people) - 1, self.people_list.currentRow() + step))
            self.people_list.setCurrentRow(row)
            return True
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and self.rows:
            step = -1 if key == Qt.Key.Key_PageUp else 1
            row = max(0, min(len(self.rows) - 1, self.table.currentRow() + step))
            self.table.selectRow(row)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.choose()
            return
        if event.key() == Qt.Key.Key_Delete and self.focusWidget() is self.table:
            self.not_participant()
            return
        super().keyPressEvent(event)

    # -- decisions -----------------------------------------------------------------------

    def choose(self) -> None:
        """The selected connection is the person chosen below."""
        u, p = self.current(), self.person()
        if u is not None and p is not None:
            self._decide(u, p)

    def not_participant(self) -> None:
        """The selected connection is nobody of ours (a technician, a guest of the platform)."""
        u = self.current()
        if u is not None:
            self._decide(u, None)

    def _decide(self, u: Unidentified, p: ParticipantInfo | None) -> None:
        db, event, operator = self._db, self._event, self._operator
        code = p.code if p is not None else None
        done = Op(
            self,
            lambda _ctx: match(db, event, u.identity, code, operator=operator),
            what="online_match",
        ).run()
        if done is None:  # refused: shown
            return
        row = self.rows.index(u)
        self.decisions.append(Decision(u, row, p))
        self._remove(row)
        self._said(u, done)

    def _said(self, u: Unidentified, done: Matched) -> None:
        if done.participant is None:
            text = self.tr("“{who}”: not a participant.").format(who=u.raw_name or u.email)
        else:
            text = self.tr("“{who}” is {name} ({code}).").format(
                who=u.raw_name or u.email,
                name=done.participant.full_name,
                code=format_code(done.participant.code),
            )
        self.status.setText(text + " " + self.tr("Ctrl+Z undoes it."))

    def _remove(self, row: int) -> None:
        self.search_field.clear()
        del self.rows[row]
        self.table.blockSignals(True)  # the table moves its selection while a row goes
        self.table.removeRow(row)
        self.table.clearSelection()
        if self.rows:
            self.table.selectRow(min(row, len(self.rows) - 1))
        self.table.blockSignals(False)
        self._on_table_selection_changed()
        self._show_title()
        self.search_field.setFocus()

    def undo(self) -> None:
        """Back to the list: the last decision of this review is undone (recorded as such)."""
        if not self.decisions:
            return
        last = self.decisions[-1]
        db, event, operator = self._db, self._event, self._operator
        done = Op(
            self,
            lambda _ctx: match(db, event, last.who.identity, None, operator=operator, undo=True),
            what="online_match",
        ).run()
        if done is None:
            return
        self.decisions.pop()
        row = min(last.row, len(self.rows))
        self.search_field.clear()
        self.rows.insert(row, last.who)
        self.table.blockSignals(True)
        self._insert_row(row, last.who)
        self.table.clearSelection()
        self.table.selectRow(row)
        self.table.blockSignals(False)
        self._on_table_selection_changed()
        self.status.setText(
            self.tr("Undone: “{who}” is to review again.").format(
                who=last.who.raw_name or last.who.email
            )
        )
        self._show_title()
        self._update_buttons()
        self.search_field.setFocus()
