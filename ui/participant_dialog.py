"""One participant: details, check-in state and history; edit, void a check-in, check in."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import desk.staff.operators as ops
from desk.actions import checkin, people
from desk.arrival import codes
from desk.arrival.checkin import (
    CheckinResult,
    FormError,
    HistoryEntry,
    Outcome,
    active_checkin,
    history,
    validate,
)
from desk.errors import DeskError, ValidationError
from desk.events.display import local_time
from desk.events.event import Event
from desk.i18n import language, translate
from desk.people.participants import EDITABLE_FIELDS, ParticipantInfo, infos_by_ids
from desk.storage.db import Database
from desk.storage.models import MODE_ONLINE, SOURCE_WALK_IN, STATUS_CANCELLED
from ui.messages import show_error
from ui.ops import Op
from ui.signin_dialog import ask_supervisor_pin, guard_label
from ui.walkin_dialog import ERROR_COLOUR, ParticipantForm

STATE_COLOURS = {
    "checked_in": "#1b7f3b",
    "not_checked_in": "#555555",
    "cancelled": "#6d1f1f",
    "missing": "#6d1f1f",
}


def _text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luminance > 150 else "#ffffff"


class ParticipantDialog(QDialog):
    """Details of one participant, with Edit, Check in, Void check-in and the history."""

    changed = Signal(str)  # participant id: edited, checked in or check-in voided
    checked_in = Signal(object)  # CheckinResult of a check-in made from this dialog
    print_requested = Signal(str)  # participant id: print (or reprint) their badge

    VIEW_PAGE = 0
    EDIT_PAGE = 1

    def __init__(
        self,
        db: Database,
        event: Event,
        participant_id: str,
        operator: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._operator = operator
        self.participant_id = participant_id
        self.participant: ParticipantInfo | None = None
        self.entries: list[HistoryEntry] = []
        self.active_entry: HistoryEntry | None = None  # the check-in that counts, if any

        self.setWindowTitle(self.tr("Participant"))
        self.resize(820, 680)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setWordWrap(True)
        state_font = QFont()
        state_font.setPointSize(13)
        state_font.setBold(True)
        self.state_label.setFont(state_font)
        layout.addWidget(self.state_label)
        layout.addWidget(self._build_void_panel())

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_details())
        self.form = ParticipantForm(event, with_status=True)
        self.pages.addWidget(self.form)
        layout.addWidget(self.pages)
        layout.addWidget(self._build_extra())

        self.history_title = QLabel()
        title_font = QFont()
        title_font.setBold(True)
        self.history_title.setFont(title_font)
        layout.addWidget(self.history_title)
        layout.addWidget(self._build_history(), 1)
        layout.addLayout(self._build_buttons())

        save = QShortcut(QKeySequence("Ctrl+S"), self)
        save.activated.connect(self._on_save_shortcut_activated)

        self._show_view()
        self.reload()
        self.close_button.setFocus()

    # -- building ----------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        left = QVBoxLayout()
        self.name_label = QLabel()
        name_font = QFont()
        name_font.setPointSize(20)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.name_label)
        self.code_label = QLabel()
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSize(14)
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.code_label)
        header.addLayout(left, 1)
        self.category_chip = QLabel()
        self.category_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.category_chip.setWordWrap(True)
        self.category_chip.setMaximumWidth(260)
        chip_font = QFont()
        chip_font.setBold(True)
        self.category_chip.setFont(chip_font)
        header.addWidget(self.category_chip, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_void_panel(self) -> QWidget:
        self.void_panel = QFrame()
        self.void_panel.setObjectName("voidPanel")
        self.void_panel.setStyleSheet(
            "#voidPanel { border: 1px solid #b26a00; border-radius: 6px; background: #fff4e0; }"
        )
        layout = QGridLayout(self.void_panel)
        label = QLabel(self.tr("&Why is the check-in voided?"))
        self.reason_field = QLineEdit()
        self.reason_field.setPlaceholderText(self.tr("e.g. wrong person checked in"))
        self.reason_field.setMaxLength(500)
        self.reason_field.textEdited.connect(self._on_reason_field_text_edited)
        label.setBuddy(self.reason_field)
        self.void_confirm_button = QPushButton(self.tr("&Void check-in"))
        self.void_confirm_button.clicked.connect(self._on_void_confirm_button_clicked)
        self.void_cancel_button = QPushButton(self.tr("Cancel"))
        self.void_cancel_button.clicked.connect(self._on_void_cancel_button_clicked)
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        layout.addWidget(label, 0, 0)
        layout.addWidget(self.reason_field, 0, 1)
        layout.addWidget(self.void_confirm_button, 0, 2)
        layout.addWidget(self.void_cancel_button, 0, 3)
        layout.addWidget(self.reason_error, 1, 1, 1, 3)
        layout.setColumnStretch(1, 1)
        self.void_panel.hide()
        return self.void_panel

    def _build_details(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        rows = (
            (("country", self.tr("Country:")), ("category", self.tr("Category:"))),
            (("organisation", self.tr("Organisation:")), ("position", self.tr("Position:"))),
            (("email", self.tr("E-mail:")), ("phone", self.tr("Phone:"))),
            (("mode", self.tr("Attendance:")), ("source", self.tr("Registration:"))),
            (("status", self.tr("Status:")), ("badges", self.tr("Badges printed:"))),
        )
        for row, pair in enumerate(rows):
            for half, (name, title) in enumerate(pair):
                label = QLabel(title)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                label.setStyleSheet("color: #555555;")
                value = QLabel()
                value.setWordWrap(True)
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[name] = value
                grid.addWidget(label, row, half * 2)
                if name == "category":
                    cell = QHBoxLayout()
                    cell.setSpacing(6)
                    self.category_swatch = QLabel()
                    self.category_swatch.setFixedSize(14, 14)
                    cell.addWidget(self.category_swatch)
                    cell.addWidget(value, 1)
                    grid.addLayout(cell, row, half * 2 + 1)
                else:
                    grid.addWidget(value, row, half * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(rows), 1)
        return box

    def _build_extra(self) -> QWidget:
        """The list's other columns (extra fields): read here, their values edited with
        Edit (double click or F2 on a value)."""
        self.extra_box = QWidget()
        box = QVBoxLayout(self.extra_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.extra_title = QLabel(self.tr("Other fields from the list"))
        title_font = QFont()
        title_font.setBold(True)
        self.extra_title.setFont(title_font)
        box.addWidget(self.extra_title)
        self.extra_table = QTableWidget(0, 2)
        self.extra_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        table = self.extra_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setMaximumHeight(140)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        box.addWidget(table)
        self.extra_box.hide()
        return self.extra_box

    def _show_extra(self) -> None:
        fields = list(self.participant.extra.items()) if self.participant is not None else []
        self.extra_table.setRowCount(len(fields))
        for row, (name, value) in enumerate(fields):
            key = QTableWidgetItem(name)
            key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.extra_table.setItem(row, 0, key)
            self.extra_table.setItem(row, 1, QTableWidgetItem(value))
        self.extra_box.setVisible(bool(fields))

    def extra_values(self) -> dict[str, str]:
        """The extra fields as the table holds them now (emptied ones left out)."""
        out: dict[str, str] = {}
        for row in range(self.extra_table.rowCount()):
            key, value = self.extra_table.item(row, 0), self.extra_table.item(row, 1)
            if key is not None and value is not None and value.text().strip():
                out[key.text()] = value.text().strip()
        return out

    def _build_history(self) -> QTableWidget:
        self.history_table = QTableWidget(0, 5)
        self.history_table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("What"),
                self.tr("Desk"),
                self.tr("Operator"),
                self.tr("Detail"),
            ]
        )
        table = self.history_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(110)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.checkin_button = QPushButton(self.tr("Check &in"))
        self.checkin_button.clicked.connect(self._on_checkin_button_clicked)
        self.void_button = QPushButton(self.tr("&Void check-in…"))
        self.void_button.clicked.connect(self._on_void_button_clicked)
        self.print_button = QPushButton(self.tr("&Print badge…"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        self.cancel_edit_button = QPushButton(self.tr("Cancel"))
        self.cancel_edit_button.clicked.connect(self._on_cancel_edit_button_clicked)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        for button in (self.edit_button, self.checkin_button, self.void_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.cancel_edit_button, self.save_button, self.close_button):
            row.addWidget(button)
        return row

    # -- data --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the participant, their check-in and history again (one read transaction)."""
        with self._db.read() as session:
            found = infos_by_ids(session, [self.participant_id])
            entries = history(session, self._event, self.participant_id) if found else []
            active = active_checkin(session, self.participant_id) if found else None
            active_id = active.id if active is not None else None
        self.participant = found[0] if found else None
        self.entries = entries
        self.active_entry = next((e for e in entries if e.record_id == active_id), None)
        self._show_participant()
        self._show_history()

    @property
    def is_checked_in(self) -> bool:
        return self.active_entry is not None

    def _when(self, moment: datetime) -> str:
        """09:12 today; 2022-05-23 09:12 another day."""
        today = datetime.now(self._event.tz).date()
        on_day = moment.astimezone(self._event.tz).date()
        return local_time(self._event, moment, with_date=on_day != today)

    def _show_participant(self) -> None:
        p = self.participant
        lang = language()
        if p is None:
            self.name_label.setText(self.tr("This participant no longer exists."))
            self.code_label.clear()
            self.category_chip.hide()
            self._paint_state("missing", "")
            for value in self.values.values():
                value.clear()
            for button in (
                self.edit_button,
                self.checkin_button,
                self.void_button,
                self.print_button,
            ):
                button.setEnabled(False)
            return
        self.name_label.setText(p.full_name)
        self.code_label.setText(codes.format_code(p.code))
        self.code_label.setToolTip(self.tr("Badge code"))
        country = ""
        if p.country:
            try:
                country = self._event.country(p.country).name.get(lang)
            except KeyError:
                country = p.country
        try:
            category = self._event.category(p.category)
            category_text, colour = category.label.get(lang), category.colour
        except KeyError:
            category_text, colour = p.category, "#BDBDBD"
        self.category_chip.setText(category_text)
        self.category_chip.setStyleSheet(
            f"background: {colour}; color: {_text_colour(colour)};"
            " border-radius: 6px; padding: 6px 12px;"
        )
        self.category_chip.show()
        self.category_swatch.setStyleSheet(
            f"background: {colour}; border: 1px solid #777777; border-radius: 2px;"
        )
        online = p.mode == MODE_ONLINE
        cancelled = p.status == STATUS_CANCELLED
        shown = {
            "country": country or "—",
            "category": category_text,
            "organisation": p.organisation or "—",
            "position": p.position or "—",
            "email": p.email or "—",
            "phone": p.phone or "—",
            "mode": self.tr("Online") if online else self.tr("In person"),
            "source": self.tr("Walk-in")
            if p.source == SOURCE_WALK_IN
            else self.tr("Pre-registered"),
            "status": self.tr("Cancelled") if cancelled else self.tr("Registered"),
            "badges": str(p.badges_printed),
        }
        for name, text in shown.items():
            self.values[name].setText(text)
        self._show_extra()

        entry = self.active_entry
        if entry is not None:
            self._paint_state(
                "checked_in",
                self.tr("✔ Checked in at {time} · {desk} · by {operator}").format(
                    time=self._when(entry.at), desk=entry.desk_name, operator=entry.operator or "?"
                ),
            )
        elif cancelled:
            self._paint_state("cancelled", self.tr("⛔ Registration cancelled · not checked in"))
        elif online:
            self._paint_state("not_checked_in", self.tr("Not checked in · registered online"))
        else:
            self._paint_state("not_checked_in", self.tr("Not checked in"))
        self._update_buttons()

    def _paint_state(self, state: str, text: str) -> None:
        self.state = state
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))
        self.state_label.setStyleSheet(
            f"#stateLabel {{ background: {STATE_COLOURS[state]}; color: white;"
            " border-radius: 6px; padding: 8px 12px; }"
        )

    def _kind_text(self, entry: HistoryEntry) -> str:
        if entry.kind == "checkin":
            return self.tr("Check-in (voided)") if entry.voided else self.tr("Check-in")
        if entry.kind == "void":
            return self.tr("Void")
        if entry.kind == "print":
            return self.tr("Badge print")
        if entry.kind == "door":
            return self.tr("Door scan")
        if entry.kind == "merge":
            return self.tr("Merge")
        return entry.kind

    def _show_history(self) -> None:
        table = self.history_table
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                local_time(self._event, entry.at, with_date=True),
                self._kind_text(entry),
                entry.desk_name,
                entry.operator,
                entry.detail,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.voided:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor("#777777")))
                if column == 4 and text:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        if self.entries:
            self.history_title.setText(self.tr("History"))
        else:
            self.history_title.setText(
                self.tr("History: no check-in, badge print or door scan yet")
            )

    def _update_buttons(self) -> None:
        p = self.participant
        editing = self.pages.currentIndex() == self.EDIT_PAGE
        voiding = self.void_panel.isVisibleTo(self)
        idle = p is not None and not editing and not voiding
        self.edit_button.setEnabled(idle)
        self.checkin_button.setVisible(not self.is_checked_in)
        self.checkin_button.setEnabled(idle and p is not None and p.status != STATUS_CANCELLED)
        self.checkin_button.setToolTip(
            self.tr("Registration cancelled: edit the status first.")
            if p is not None and p.status == STATUS_CANCELLED
            else ""
        )
        self.void_button.setEnabled(idle and self.is_checked_in)

    # -- modes -------------------------------------------------------------------------

    def _set_page(self, index: int) -> None:
        """Show a page; the hidden one takes no room (the history gets it)."""
        for n in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(n)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()

    def _show_view(self) -> None:
        self._set_page(self.VIEW_PAGE)
        for button in (self.edit_button, self.checkin_button, self.void_button, self.print_button):
            button.show()
        self.close_button.show()
        self.cancel_edit_button.hide()
        self.save_button.hide()
        self.close_button.setDefault(True)
        self.extra_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if self.participant is not None:
            self._update_buttons()

    def _on_print_button_clicked(self) -> None:
        if self.participant is not None:
            self.print_requested.emit(self.participant.id)

    def _on_edit_button_clicked(self) -> None:
        p = self.participant
        if p is None:
            return
        self._hide_void_panel()
        self.form.set_values({name: getattr(p, name) for name in EDITABLE_FIELDS})
        self.form.clear_errors()
        self._set_page(self.EDIT_PAGE)
        for button in (
            self.edit_button,
            self.checkin_button,
            self.void_button,
            self.print_button,
            self.close_button,
        ):
            button.hide()
        self.cancel_edit_button.show()
        self.save_button.show()
        self.save_button.setDefault(True)
        self.extra_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.form.given_name.setFocus()

    def _on_cancel_edit_button_clicked(self) -> None:
        self.form.clear_errors()
        self._show_view()
        self._show_extra()
        self.edit_button.setFocus()

    def _on_save_shortcut_activated(self) -> None:
        if self.pages.currentIndex() == self.EDIT_PAGE:
            self._on_save_button_clicked()

    def _on_save_button_clicked(self) -> None:
        before = self.participant
        if before is None:
            return
        try:
            changes = validate(self._event, self.form.values())
            if before.extra:
                changes["extra"] = self.extra_values()
        except FormError as exc:
            self.form.show_errors(exc.errors)
            return
        db, event, pid, operator = self._db, self._event, self.participant_id, self._operator
        edited = (
            Op(
                self,
                lambda _ctx: people.edit_participant(db, event, pid, changes, operator=operator),
                what="edit_participant",
            )
            .failure(self._on_edit_failed)
            .run()
        )
        if edited is None:
            return
        self.form.clear_errors()
        self._show_view()
        self.reload()
        self.close_button.setFocus()
        if edited.changed:
            self.changed.emit(self.participant_id)

    def _on_edit_failed(self, exc: BaseException) -> None:
        if isinstance(exc, FormError):  # said in the form, next to each field
            self.form.show_errors(exc.errors)
        else:
            show_error(self, exc)

    # -- check in ----------------------------------------------------------------------

    def _confirm_online(self) -> bool:
        """Ask whether a person registered online is here in person (tests replace this)."""
        p = self.participant
        answer = QMessageBox.question(
            self,
            self.tr("Registered online"),
            self.tr("{name} registered to attend online. Check them in as here in person?").format(
                name=p.full_name if p is not None else ""
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_checkin_button_clicked(self) -> None:
        p = self.participant
        if p is None or self.is_checked_in:
            return
        confirm = False
        if p.mode == MODE_ONLINE:
            if not self._confirm_online():
                return
            confirm = True
        db, pid, operator = self._db, self.participant_id, self._operator
        result: CheckinResult | None = Op(
            self,
            lambda _ctx: checkin.check_in_person(
                db, pid, operator=operator, confirm_online=confirm
            ),
            what="check_in_person",
        ).run()
        if result is None:
            return
        self.reload()
        self.close_button.setFocus()
        if result.outcome is Outcome.CHECKED_IN:
            self.changed.emit(self.participant_id)
            self.checked_in.emit(result)

    # -- void --------------------------------------------------------------------------

    def _on_void_button_clicked(self) -> None:
        if not self.is_checked_in:
            return
        self.reason_field.clear()
        self._set_reason_error("")
        self.void_panel.show()
        self.void_confirm_button.setDefault(True)
        self.reason_field.setFocus()
        self._update_buttons()

    def _hide_void_panel(self) -> None:
        if self.void_panel.isVisibleTo(self):
            self.void_panel.hide()
            self._set_reason_error("")
            self.close_button.setDefault(True)
            self._update_buttons()

    def _on_void_cancel_button_clicked(self) -> None:
        self._hide_void_panel()
        self.close_button.setFocus()

    def _set_reason_error(self, message: str) -> None:
        self.reason_error.setText(message)
        self.reason_error.setVisible(bool(message))
        self.reason_field.setStyleSheet(
            f"QLineEdit {{ border: 2px solid {ERROR_COLOUR}; border-radius: 3px; padding: 1px; }}"
            if message
            else ""
        )

    def _on_reason_field_text_edited(self, _text: str) -> None:
        if self.reason_error.isVisibleTo(self):
            self._set_reason_error("")

    def _on_void_confirm_button_clicked(self) -> None:
        if not self.reason_field.text().strip():  # the reason first, then the PIN
            self._set_reason_error(translate("checkin", "Say why the check-in is voided."))
            self.reason_field.setFocus()
            return
        # Asked before the write transaction: a dialog must never hold the write lock. The
        # action checks the PIN again and logs the approval with the void.
        pin = ask_supervisor_pin(self, self._db, guard_label(ops.GUARD_VOID))
        if pin is None:
            self.reason_field.setFocus()
            return
        db, pid, operator, reason = (
            self._db,
            self.participant_id,
            self._operator,
            self.reason_field.text(),
        )
        voided = (
            Op(
                self,
                lambda _ctx: checkin.void_checkin(
                    db, pid, reason, operator=operator, supervisor_pin=pin
                ),
                what="void_checkin",
            )
            .failure(self._on_void_failed)
            .run()
        )
        if voided is None:
            return
        self._hide_void_panel()
        self.reload()
        self.close_button.setFocus()
        self.changed.emit(self.participant_id)

    def _on_void_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):  # no reason: nothing voided, said in the panel
            self._set_reason_error(str(exc))
            self.reason_field.setFocus()
            return
        if isinstance(exc, DeskError):  # e.g. voided meanwhile at another desk
            self._hide_void_panel()
            self.reload()
        show_error(self, exc)

    # -- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the void question, then leaves Edit mode, then closes the dialog."""
        if event.key() == Qt.Key.Key_Escape:
            if self.void_panel.isVisibleTo(self):
                self._on_void_cancel_button_clicked()
                return
            if self.pages.currentIndex() == self.EDIT_PAGE:
                self._on_cancel_edit_button_clicked()
                return
        super().keyPressEvent(event)
