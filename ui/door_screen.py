"""Door mode: badge scans at an agenda item's door (or a bus's), entry and exit, live counts.

The item comes from the clock (``suggest_items``) until the operator picks one; from then
on the screen only offers a switch, it never changes the item under their hands. Entry and
exit are two big coloured toggles (F2 switches), so the door never scans the wrong way.
The World Café asks for the table, the field visit for the bus (Bus 1 by default).

The scan field is the check-in screen's (``ui.scan_field``): a known code is recorded at
once, Enter, Tab or a 300 ms pause ends anything else, and after every result the next key
starts a new entry. A scan outside the item's time asks first, in the result panel (never a
window): a person's Enter (or "Record anyway") records it, Esc or the next scan means no.
The scanner's own Enter after a code never confirms. Ctrl+Z undoes the last scan. The last
ten scans stay listed beside the panel.

Counts (and the bus manifest of a field visit, ``ui.manifest_panel``) are re-read after
every scan and every 5 seconds, so scans merged in from other desks show up; each read is a
few grouped queries. Once the event has online presence (an attendance export imported),
an item's count is in person · online · total, and its people by category and country
(``ui.attendance_breakdown``) likewise; a bus, a catering headcount and "inside" are
people in person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.actions.door import scan, undo_scan
from desk.doors.attendance import (
    IN,
    OUT,
    DoorOutcome,
    DoorResult,
    ItemAttendance,
    describe,
    door_items,
    is_field_visit,
    place_label,
    places_used,
    suggest_items,
)
from desk.doors.tally import Snapshot
from desk.errors import DeskError
from desk.events.display import category_label, country_name, day_heading, item_time_range
from desk.events.event import AgendaItem, Event
from desk.i18n import language
from desk.storage.db import Database
from ui.attendance_breakdown import AttendanceBreakdown, has_online, split_text
from ui.checkin_screen import STYLES, known_badge
from ui.counts_feed import CountsFeed
from ui.manifest_panel import ManifestPanel, bus_order
from ui.messages import error_text, show_error
from ui.ops import again_if_server_lost, changes
from ui.recent_scans import RecentScans
from ui.result_panel import ResultPanel, font
from ui.scan_field import ScanField
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

SUGGEST_MS = 30_000  # how often the clock's suggestion is looked at again
REFRESH_MS = 5_000  # counts re-read (scans merged in from other desks)
BUSES = tuple(f"Bus {n}" for n in range(1, 5))
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the day of a heading in the list of items
ENTRY_COLOUR = "#1b7f3b"
EXIT_COLOUR = "#8a3ffc"

# Door states beyond the check-in screen's: colour and icon, never colour alone.
DOOR_STYLES = {
    **STYLES,
    "entered": STYLES["checked_in"],
    "exited": ("#1b6b7f", "✔"),
    "flagged": ("#b26a00", "⚑"),  # recorded, but the person skipped the desk
    "undone": ("#555555", "↶"),
    "declined": ("#555555", "✋"),
    "choose_place": ("#1f5fa8", "☰"),
}
_OUTCOME_STATE = {
    DoorOutcome.ENTERED: "entered",
    DoorOutcome.EXITED: "exited",
    DoorOutcome.ALREADY_INSIDE: "already",
    DoorOutcome.ALREADY_OUT: "already",
    DoorOutcome.ITEM_OVER: "needs_confirmation",
    DoorOutcome.NOT_STARTED: "needs_confirmation",
    DoorOutcome.CANCELLED: "cancelled",
    DoorOutcome.UNKNOWN_CODE: "unknown_code",
    DoorOutcome.BAD_CHECK: "bad_check",
}


class DoorScreen(QWidget):
    scan_recorded = Signal(object)  # DoorResult of a recorded scan
    result_shown = Signal(object)  # every DoorResult of a scan (the desk's sounds)
    scan_failed = Signal()  # a scan that could not be saved
    details_requested = Signal(str)  # participant id (a click in the last scans)

    def __init__(
        self,
        db: Database,
        event: Event,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        feed: CountsFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.desk_event = event
        self.runner = runner or TaskRunner(self)
        # The window's live counts, shared with its header and dashboard.
        self.feed = feed or CountsFeed(db, event, self.runner, self)
        self.feed.updated.connect(self._on_feed_updated)
        self.operator = ""
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.items = door_items(event)
        self.item: AgendaItem | None = None
        self.direction = IN
        self.chosen_manually = False
        self.offer: AgendaItem | None = None
        self.state = "ready"
        self.last_result: DoorResult | None = None
        self.last_recorded: DoorResult | None = None  # what Ctrl+Z undoes
        self.counts: ItemAttendance | None = None
        self._places: dict[str, str] = {}  # item id -> the place chosen there
        self._pending: DoorResult | None = None  # a scan outside the item's time, asked
        self._message: tuple[str, str, bool] | None = (
            None  # a state shown: (state, person, nothing)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.setSpacing(6)

        # (1) the item and the clock's offer
        top = QHBoxLayout()
        self.item_label = QLabel()
        self.item_combo = QComboBox()
        self.item_combo.setFont(font(12))
        self.item_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item_combo.setMinimumContentsLength(30)
        # Grouped by day: a heading before each day's items (not choosable).
        day = None
        for item in self.items:
            if item.day != day:
                day = item.day
                if self.item_combo.count():
                    self.item_combo.insertSeparator(self.item_combo.count())
                self.item_combo.addItem("", None)
                heading = self.item_combo.model().index(self.item_combo.count() - 1, 0)
                self.item_combo.model().setData(heading, item.day.isoformat(), DAY_ROLE)
                self.item_combo.model().setData(heading, 0, Qt.ItemDataRole.UserRole - 1)
                model = self.item_combo.model()
                model.setData(heading, font(11, bold=True), Qt.ItemDataRole.FontRole)
                model.setData(heading, QColor("#12355b"), Qt.ItemDataRole.ForegroundRole)
            self.item_combo.addItem("", item.id)
        self.item_combo.activated.connect(self._on_item_combo_activated)
        self.offer_button = QPushButton()
        self.offer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.offer_button.setStyleSheet("QPushButton { background: #fff3c4; padding: 4px 10px; }")
        self.offer_button.clicked.connect(self._on_offer_button_clicked)
        top.addWidget(self.item_label)
        top.addWidget(self.item_combo, 1)
        top.addWidget(self.offer_button)
        layout.addLayout(top)

        # (2) direction, (3) place
        row = QHBoxLayout()
        self.entry_button = QPushButton()
        self.exit_button = QPushButton()
        self.directions = QButtonGroup(self)
        for button, direction in ((self.entry_button, IN), (self.exit_button, OUT)):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFont(font(15, bold=True))
            button.setMinimumHeight(46)
            button.setMinimumWidth(190)
            self.directions.addButton(button)
            button.clicked.connect(lambda _c=False, d=direction: self._on_direction_clicked(d))
        self.entry_button.setChecked(True)
        row.addWidget(self.entry_button)
        row.addWidget(self.exit_button)
        row.addSpacing(12)
        self.place_label = QLabel()
        self.place_label.setFont(font(12, bold=True))
        self.place_combo = QComboBox()
        self.place_combo.setFont(font(13))
        self.place_combo.setMinimumWidth(220)
        self.place_combo.setMinimumHeight(40)
        self.place_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.place_combo.activated.connect(self._on_place_combo_activated)
        self.place_combo.editTextChanged.connect(self._on_place_combo_edit_text_changed)
        row.addWidget(self.place_label)
        row.addWidget(self.place_combo)
        row.addStretch(1)
        layout.addLayout(row)

        # (4) the scan field, undo, and the result panel
        scan_row = QHBoxLayout()
        self.field = ScanField(known_badge(db))
        self.field.setFont(font(18))
        self.field.setMinimumHeight(44)
        self.field.code_entered.connect(self._process)
        self.field.text_entered.connect(self._process)
        self.field.fragment_dropped.connect(self._on_field_fragment_dropped)
        self.field.empty_entered.connect(self._on_field_empty_entered)
        self.field.entry_started.connect(self._on_field_entry_started)
        self.field.escaped.connect(self._on_field_escaped)
        self.field.installEventFilter(self)
        self.undo_button = QPushButton()
        self.undo_button.setMinimumHeight(44)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        scan_row.addWidget(self.field, 1)
        scan_row.addWidget(self.undo_button)

        self.panel = ResultPanel(margin=8, minimum_height=130)
        self.icon, self.headline = self.panel.icon, self.panel.headline
        self.person, self.details = self.panel.person, self.panel.details
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.panel.add_button(self.confirm_button)
        self.recent = RecentScans()
        self.recent.person_requested.connect(self.details_requested)
        layout.addLayout(scan_row)
        scan_area = self._result_row = QHBoxLayout()
        scan_area.addWidget(self.panel, 1)
        scan_area.addWidget(self.recent)
        layout.addLayout(scan_area)

        # (6) counts
        self.count_label = QLabel()
        self.count_label.setFont(font(22, bold=True))
        self.count_label.setWordWrap(True)  # in person · online · total · inside: long
        self.places_count_label = QLabel()
        self.places_count_label.setFont(font(12))
        self.places_count_label.setWordWrap(True)
        self.not_checked_in_label = QLabel()
        self.not_checked_in_label.setFont(font(12))
        self.not_checked_in_label.setStyleSheet("color: #b26a00;")
        layout.addWidget(self.count_label)
        layout.addWidget(self.places_count_label)
        layout.addWidget(self.not_checked_in_label)

        # (7) the bus manifest (a field visit only)
        self.manifest_panel = ManifestPanel(db, event, self.runner, lambda: self.clock())
        self.manifest_panel.focus_released.connect(self.focus_field)
        layout.addWidget(self.manifest_panel, 1)
        # The item's people by category and country (in person and online); a bus has
        # its manifest there instead.
        self.breakdown = AttendanceBreakdown(event)
        self.breakdown.set_point_size(12)
        self.breakdown.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.breakdown, 1)
        self.online = False  # anybody present online at any item of the event

        # keyboard
        self._keys: tuple[tuple[str, Callable[[], None]], ...] = (
            ("F2", self.toggle_direction),
            ("F6", self._on_offer_button_clicked),
            ("Ctrl+Right", self._on_offer_button_clicked),
            ("Ctrl+Z", self.undo_last),
        )
        for keys, slot in self._keys:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # timers
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setInterval(SUGGEST_MS)
        self._suggest_timer.timeout.connect(self.follow_clock)
        self._suggest_timer.start()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()

        self.follow_clock()
        self.retranslate()
        # An import, merge or sync anywhere in the window: counts and manifest follow.
        changes().changed.connect(self._on_changes_changed)

    # -- the item ------------------------------------------------------------------------

    def follow_clock(self) -> None:
        """Take the clock's item unless the operator chose one; refresh the offer."""
        suggested, offer = suggest_items(self.desk_event, self.clock())
        current = self.item
        if suggested is not None and (
            current is None or (not self.chosen_manually and suggested.id != current.id)
        ):
            self._set_item(suggested)
        if offer is None and suggested is not None and self.chosen_manually:
            offer = suggested  # the clock has moved on: offer its item, never impose it
        current_id = self.item.id if self.item is not None else None
        self.offer = offer if offer is not None and offer.id != current_id else None
        self._show_offer()
        self._show_days()

    def _show_days(self) -> None:
        """The day headings of the list of items ("Hoy — lunes, 23 de mayo")."""
        today = self._now().date()
        for index in range(self.item_combo.count()):
            day = self.item_combo.itemData(index, DAY_ROLE)
            if day is not None:
                heading = day_heading(date.fromisoformat(day), language(), today)
                self.item_combo.setItemText(index, heading)

    def set_item(self, item_id: str) -> None:
        """Take the item ``item_id`` as the operator's choice (kept until they change it)."""
        self.chosen_manually = True
        self._set_item(self.desk_event.item(item_id))
        self.follow_clock()

    def _set_item(self, item: AgendaItem) -> None:
        self.item = item
        self.item_combo.setCurrentIndex(self.item_combo.findData(item.id))
        self._pending = None
        self._fill_places()
        self._retranslate_direction()
        self.manifest_panel.set_item(item)
        self.breakdown.setVisible(not is_field_visit(item))
        self.show_state("ready")
        self.refresh()

    def _on_item_combo_activated(self, index: int) -> None:
        item_id = self.item_combo.itemData(index)
        if item_id:
            self.set_item(item_id)
        self.focus_field()

    def _on_offer_button_clicked(self) -> None:
        if self.offer is not None:
            self.set_item(self.offer.id)
        self.focus_field()

    def _show_offer(self) -> None:
        offer = self.offer
        self.offer_button.setVisible(offer is not None)
        if offer is not None:
            self.offer_button.setText(
                self.tr("Switch to {title} (starts {time}) — F6").format(
                    title=_shorten(offer.title.get(language()), 45), time=f"{offer.start:%H:%M}"
                )
            )
            self.offer_button.setToolTip(offer.title.get(language()))

    # -- places --------------------------------------------------------------------------

    def current_place(self) -> str | None:
        item = self.item
        if item is None:
            return None
        if item.tables:
            data = self.place_combo.currentData()
            return str(data) if data else None
        if is_field_visit(item):
            return self.place_combo.currentText().strip() or None
        return None

    def _fill_places(self) -> None:
        item = self.item
        combo = self.place_combo
        combo.blockSignals(True)
        combo.clear()
        needed = item is not None and (bool(item.tables) or is_field_visit(item))
        self.place_label.setVisible(needed)
        bus = item is not None and is_field_visit(item)
        self.place_label.setText(self.tr("Bus:") if bus else self.tr("Table:"))
        combo.setVisible(needed)
        if item is not None and item.tables:
            combo.setEditable(False)
            combo.addItem(self.tr("— choose the table —"), "")
            for table in item.tables:
                combo.addItem(table.title.get(language()), table.id)
            index = combo.findData(self._places.get(item.id, ""))
            combo.setCurrentIndex(max(index, 0))
        elif item is not None and is_field_visit(item):
            combo.setEditable(True)
            with self.db.read() as session:
                used = places_used(session, item.id)
            chosen = self._places.get(item.id, BUSES[0])
            for name in sorted({*BUSES, *used, chosen}, key=bus_order):
                combo.addItem(name, name)
            combo.setCurrentText(chosen)
        combo.blockSignals(False)

    def _on_place_combo_activated(self, _index: int) -> None:
        self._remember_place()
        self.focus_field()

    def _on_place_combo_edit_text_changed(self, _text: str) -> None:
        self._remember_place()

    def _remember_place(self) -> None:
        if self.item is not None:
            place = self.current_place()
            if place:
                self._places[self.item.id] = place
            else:
                self._places.pop(self.item.id, None)

    # -- direction -----------------------------------------------------------------------

    def set_direction(self, direction: str) -> None:
        self.direction = direction
        (self.entry_button if direction == IN else self.exit_button).setChecked(True)
        self._pending = None
        self._retranslate_direction()

    def toggle_direction(self) -> None:
        self.set_direction(OUT if self.direction == IN else IN)
        self.focus_field()

    def _on_direction_clicked(self, direction: str) -> None:
        self.set_direction(direction)
        self.focus_field()

    def _retranslate_direction(self) -> None:
        bus = self.item is not None and is_field_visit(self.item)
        if bus:
            self.entry_button.setText(self.tr("▲ BOARDING"))
            self.exit_button.setText(self.tr("▼ RETURN"))
        else:
            self.entry_button.setText(self.tr("→ ENTRY"))
            self.exit_button.setText(self.tr("← EXIT"))
        for button, colour in ((self.entry_button, ENTRY_COLOUR), (self.exit_button, EXIT_COLOUR)):
            button.setStyleSheet(
                "QPushButton { background: #e4e7eb; color: #6b7280; border: 1px solid #c4c9d0;"
                " border-radius: 6px; padding: 4px 14px; }"
                f"QPushButton:checked {{ background: {colour}; color: white;"
                f" border: 3px solid {colour}; }}"
            )
        colour = ENTRY_COLOUR if self.direction == IN else EXIT_COLOUR
        self.field.setStyleSheet(
            f"QLineEdit {{ border: 3px solid {colour}; border-radius: 6px; padding: 2px 6px; }}"
        )
        if self.direction == IN:
            hint = (
                self.tr("Scanning BOARDING: scan each badge as the person gets on the bus.")
                if bus
                else self.tr("Scanning ENTRY: scan each badge as the person comes in.")
            )
        else:
            hint = (
                self.tr("Scanning RETURN: scan each badge as the person is back from the visit.")
                if bus
                else self.tr("Scanning EXIT: scan each badge as the person leaves.")
            )
        self.field.setPlaceholderText(hint)
        if self.state == "ready":
            self.show_state("ready")

    # -- keyboard and input ----------------------------------------------------------------

    def focus_field(self) -> None:
        self.field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_last()  # the field's own undo would do nothing useful here
                return True
            # The shortcuts, also when the window's shortcut map does not see the key.
            combo = event.keyCombination().toCombined()
            for keys, slot in self._keys:
                # PySide6's type stubs lack QKeySequence.__getitem__.
                if QKeySequence(keys)[0].toCombined() == combo:  # type: ignore[index]
                    slot()
                    return True
        return super().eventFilter(watched, event)

    def _on_field_empty_entered(self) -> None:
        """A person's Enter on the empty field: yes to the question in the panel."""
        if self._pending is not None:
            self.confirm_pending()

    def _on_field_escaped(self) -> None:
        if self._pending is not None:
            self._decline()
        else:
            self.show_state("ready")

    def _on_field_entry_started(self) -> None:
        if self._pending is None:
            self.show_state("ready")

    def _on_field_fragment_dropped(self, fragment: str) -> None:
        self.recent.add_fragment(fragment, self._now())

    # -- actions -------------------------------------------------------------------------

    def _process(self, text: str) -> None:
        self._pending = None  # the next scan answers "no" to an open question
        self._scan(text, confirm=False)
        self.field.finish()

    def scan_code(self, code: str) -> None:
        """A code the camera read: the scanner's path, whatever is in the field."""
        self._process(code)

    def add_beside_panel(self, widget: QWidget) -> None:
        """A widget between the result panel and the last scans (the camera's preview)."""
        self._result_row.insertWidget(1, widget)

    def _scan(self, text: str, *, confirm: bool) -> None:
        item = self.item
        if item is None:
            return
        place = self.current_place()
        if item.tables and place is None:
            self.show_state("choose_place")
            return
        try:
            result = again_if_server_lost(
                scan,
                self.db,
                self.desk_event,
                item.id,
                text,
                operator=self.operator,
                direction=self.direction,
                place=place,
                confirm=confirm,
                now=self.clock(),
            )
        except Exception as exc:  # said in the panel, never a window: the queue goes on
            log.exception("a door scan could not be saved: %s", text)
            self._pending = None
            self.last_result = None
            self._message = None
            self._paint(
                "failed",
                self.tr("NOT SAVED: “{code}”").format(code=text),
                "",
                error_text(exc) + "\n" + self.tr("Scan the badge again."),
            )
            self.confirm_button.hide()
            self.recent.add(
                *DOOR_STYLES["failed"],
                "",
                self.headline.text().replace("\u200b", ""),
                at=self._now(),
            )
            self.scan_failed.emit()
            return
        self.show_result(result)
        if result.needs_confirmation:
            self._pending = result
        if result.recorded:
            self.last_recorded = result
            self.scan_recorded.emit(result)
            self.refresh()

    def confirm_pending(self) -> None:
        """Record the scan that was asked about (outside the item's time)."""
        pending = self._pending
        self._pending = None
        if pending is not None:
            self._scan(pending.code, confirm=True)
        self.focus_field()

    def _decline(self) -> None:
        pending = self._pending
        self._pending = None
        name = pending.participant.full_name if pending and pending.participant else ""
        self.show_state("declined", person=name)

    def _on_confirm_button_clicked(self) -> None:
        self.confirm_pending()

    def undo_last(self) -> None:
        last = self.last_recorded
        if last is None or last.record_id is None:
            self.show_state("undone", nothing=True)
            self.focus_field()
            return
        try:
            again_if_server_lost(undo_scan, self.db, last.record_id, operator=self.operator)
        except DeskError as exc:
            show_error(self, exc)
            self.focus_field()
            return
        self.last_recorded = None
        self._pending = None
        name = last.participant.full_name if last.participant else ""
        self.show_state("undone", person=name)
        self.refresh()
        self.focus_field()

    def _on_undo_button_clicked(self) -> None:
        self.undo_last()

    # -- showing results -------------------------------------------------------------------

    def show_result(self, result: DoorResult, remember: bool = True) -> None:
        if remember:
            self.last_result = result
            self._message = None
        headline, note = describe(self.desk_event, result)
        state = _OUTCOME_STATE[result.outcome]
        if result.recorded and result.not_checked_in:
            state = "flagged"
        person = ""
        details = note
        p = result.participant
        if p is not None:
            person = p.full_name
            lang = language()
            facts = [
                country_name(self.desk_event, p.country, lang),
                category_label(self.desk_event, p.category, lang),
                p.organisation,
            ]
            if result.place and self.item is not None:
                facts.append(place_label(self.desk_event, self.item, result.place))
            details = " · ".join(f for f in facts if f)
            if note:
                details = f"{note}\n{details}"
        if result.needs_confirmation:
            details = (details + "\n" if details else "") + self.tr(
                "Enter records it anyway; Esc or the next scan: not recorded."
            )
        self._paint(state, headline, person, details)
        self.confirm_button.setVisible(result.needs_confirmation)
        if remember:
            self.recent.add(
                *DOOR_STYLES[state],
                p.full_name if p is not None else result.code,
                headline,
                p.id if p is not None else None,
                at=self._now(),
            )
            self.result_shown.emit(result)

    def _now(self) -> datetime:
        return self.clock().astimezone(self.desk_event.tz)

    def show_state(self, state: str, *, person: str = "", nothing: bool = False) -> None:
        """States that are not a scan's result: ready, undone, declined, choose a table."""
        if state == "undone":
            if nothing:
                head, detail = (
                    self.tr("NOTHING TO UNDO"),
                    self.tr("No scan of this screen to undo."),
                )
            else:
                head = self.tr("Scan undone: {name}").format(name=person)
                detail = self.tr("The scan no longer counts (a void record was written).")
        elif state == "declined":
            head = self.tr("NOT RECORDED")
            detail = self.tr("The scan outside the item's time was not recorded.")
        elif state == "choose_place":
            head = self.tr("CHOOSE THE TABLE FIRST: not recorded")
            detail = self.tr("Pick the World Café table above, then scan the badge again.")
        else:
            state, head = "ready", self.tr("READY")
            detail = self.field.placeholderText()
        self.last_result = None
        self._message = (state, person, nothing)
        self._paint(state, head, person if state != "undone" else "", detail)
        self.confirm_button.hide()

    def _paint(self, state: str, headline: str, person: str, details: str) -> None:
        self.state = state
        self.panel.paint(*DOOR_STYLES[state], headline, person, details, hide_empty_details=True)

    # -- counts and the manifest -----------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the counts (and the manifest) of the item: a few milliseconds."""
        item = self.item
        if item is None:
            return
        snapshot = self.feed.refresh()
        if snapshot is not None:
            self.counts = snapshot.item(item.id)
            self.online = has_online(snapshot.items)
        else:
            self.counts = None
        self.manifest_panel.refresh()  # a field visit only
        self._show_counts()

    def _on_changes_changed(self, _change: object) -> None:
        if self.isVisible():
            self.refresh()

    def _on_feed_updated(self, snapshot: Snapshot) -> None:
        if self.item is not None:
            self.counts = snapshot.item(self.item.id)
            self.online = has_online(snapshot.items)
            self._show_counts()

    def _show_counts(self) -> None:
        c, item = self.counts, self.item
        if c is None or item is None:
            return
        bus = is_field_visit(item)
        # Nobody rides a bus online; "inside" is the room (or the bus): in person.
        if bus:
            text = self.tr("%n boarded", "", c.in_person) + " · "
            text += self.tr("%n not back yet", "", c.inside)
        elif self.online:  # the event has online presence: in person · online · total
            text = split_text(c) + " · " + self.tr("%n inside", "", c.inside)
        else:
            text = self.tr("%n attended", "", c.count) + " · " + self.tr("%n inside", "", c.inside)
        self.count_label.setText(text)
        self.breakdown.set_attendance(c, self.online)
        parts = []
        for place, n in c.by_place.items():
            inside = c.inside_by_place.get(place, 0)
            label = place_label(self.desk_event, item, place)
            if bus:
                text = self.tr("{place}: %n not back", "", inside)
                text += " (" + self.tr("%n scanned", "", n) + ")"
            else:
                text = f"{{place}}: {n} (" + self.tr("%n there now", "", inside) + ")"
            parts.append(text.replace("{place}", label))
        if item.catering:  # breaks and meals: the number catering asks for
            # In person: online people eat at home.
            parts.insert(0, self.tr("Catering headcount: {count}").format(count=c.in_person))
        if item.catering and c.by_dietary:  # the list's dietary needs of the people there
            needs = ", ".join(f"{need}: {n}" for need, n in c.by_dietary.items())
            parts.insert(1, self.tr("Dietary needs: {needs}").format(needs=needs))
        self.places_count_label.setText("   ·   ".join(parts))
        self.places_count_label.setVisible(bool(parts))
        self.not_checked_in_label.setText(
            self.tr("⚑ %n scanned here without checking in at the desk", "", c.not_checked_in)
        )
        self.not_checked_in_label.setVisible(c.not_checked_in > 0)

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = language()
        self.item_label.setText(self.tr("Agenda item:"))
        self._show_days()
        for index in range(self.item_combo.count()):
            item_id = self.item_combo.itemData(index)
            if item_id:
                item = self.desk_event.item(item_id)
                title = item.title.get(lang)
                self.item_combo.setItemText(index, f"{item_time_range(item)} {title}")
                self.item_combo.setItemData(index, title, Qt.ItemDataRole.ToolTipRole)
        self.undo_button.setText(self.tr("↶ Undo last scan (Ctrl+Z)"))
        self.confirm_button.setText(self.tr("Record anyway (Enter)"))
        self.entry_button.setToolTip(self.tr("F2 switches between entry and exit"))
        self.exit_button.setToolTip(self.tr("F2 switches between entry and exit"))
        self.manifest_panel.retranslate()
        self._fill_places()
        self._retranslate_direction()
        self._show_offer()
        if self.last_result is not None:
            self.show_result(self.last_result, remember=False)
        elif self._message is not None:
            state, person, nothing = self._message
            self.show_state(state, person=person, nothing=nothing)
        else:
            self.show_state("ready")
        self.refresh()


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
