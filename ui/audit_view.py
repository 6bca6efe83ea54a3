"""The audit view: who did what and when at this desk, newest first, filterable.

Rows come from :func:`desk.staff.operators.audit_entries` (the audit log and the records). Times
are the event's wall clock. Nothing here writes or exports anything.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.events.event import Event
from desk.staff import operators as ops
from desk.staff.operators import AuditRow
from desk.storage.db import Database
from desk.storage.models import utcnow
from ui.messages import show_error

LIMIT = 1000
COLUMNS = ("time", "desk", "operator", "action", "detail")


def start_of_today(event: Event, now: datetime | None = None) -> datetime:
    """Midnight of today at the venue, in UTC."""
    today = (now or utcnow()).astimezone(event.tz).date()
    return datetime.combine(today, time(), tzinfo=event.tz).astimezone(UTC)


class AuditDialog(QDialog):
    def __init__(self, db: Database, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self.rows: list[AuditRow] = []
        self.setWindowTitle(self.tr("Activity log"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.operator_combo = QComboBox()
        self.operator_combo.setAccessibleName(self.tr("Operator"))
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.text_field = QLineEdit()
        self.text_field.setPlaceholderText(self.tr("Search names, files, reasons… (Ctrl+F)"))
        self.text_field.setClearButtonEnabled(True)
        self.today_check = QCheckBox(self.tr("&Today only"))
        operator_label = QLabel(self.tr("&Operator:"))
        operator_label.setBuddy(self.operator_combo)
        action_label = QLabel(self.tr("&Action:"))
        action_label.setBuddy(self.action_combo)
        filters.addWidget(operator_label)
        filters.addWidget(self.operator_combo)
        filters.addWidget(action_label)
        filters.addWidget(self.action_combo)
        filters.addWidget(self.text_field, 1)
        filters.addWidget(self.today_check)
        layout.addLayout(filters)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Desk"),
                self.tr("Operator"),
                self.tr("Action"),
                self.tr("Detail"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        layout.addWidget(buttons)

        self._fill_combos()
        self.operator_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.action_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.today_check.toggled.connect(self._on_filter_changed)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(250)
        self.text_timer.timeout.connect(self.reload)
        self.text_field.textChanged.connect(lambda _text: self.text_timer.start())
        self.text_field.returnPressed.connect(self.reload)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self._on_find_shortcut_activated)
        self.setTabOrder(self.operator_combo, self.action_combo)
        self.setTabOrder(self.action_combo, self.text_field)
        self.setTabOrder(self.text_field, self.today_check)
        self.setTabOrder(self.today_check, self.table)
        self.reload()
        self.text_field.setFocus()

    def _fill_combos(self) -> None:
        with self._db.read() as session:
            names = ops.audit_operators(session)
        self.operator_combo.addItem(self.tr("All operators"), None)
        for name in names:
            self.operator_combo.addItem(name, name)
        self.action_combo.addItem(self.tr("All actions"), None)
        actions = sorted(ops.ACTIONS, key=lambda a: ops.action_label(a).casefold())
        for action in actions:
            self.action_combo.addItem(ops.action_label(action), action)

    def filters(self) -> dict[str, Any]:
        text = self.text_field.text().strip()
        return {
            "operator": self.operator_combo.currentData(),
            "action": self.action_combo.currentData(),
            "since": start_of_today(self._event) if self.today_check.isChecked() else None,
            "text": text or None,
        }

    def reload(self) -> None:
        self.text_timer.stop()
        try:
            f = self.filters()
            with self._db.read() as session:
                rows = ops.audit_entries(
                    session,
                    event=self._event,
                    operator=f["operator"],
                    action=f["action"],
                    since=f["since"],
                    text=f["text"],
                    limit=LIMIT,
                )
        except DeskError as exc:
            show_error(self, exc)
            return
        self.rows = rows
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            when = row.at.astimezone(self._event.tz).strftime("%Y-%m-%d %H:%M:%S")
            values = (when, row.desk_name, row.operator or "—", row.action_label, row.detail)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setToolTip(value)
                self.table.setItem(n, column, item)
        self.table.setUpdatesEnabled(True)
        if len(rows) >= LIMIT:
            self.count_label.setText(
                self.tr("The newest %n entries; filter to see older ones.", "", LIMIT)
            )
        else:
            self.count_label.setText(self.tr("%n entries, newest first.", "", len(rows)))

    def _on_filter_changed(self, *_args: object) -> None:
        self.reload()

    def _on_find_shortcut_activated(self) -> None:
        self.text_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_field.selectAll()
