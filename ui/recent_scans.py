"""The last ten scans beside the field, newest on top: time, icon, name and outcome in the
outcome's colour, so staff see at a glance that the last people went through. A click opens
the person; the list never takes the keyboard from the field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.result_panel import font, shrinkable

RECENT = 10
WIDTH = 300
FRAGMENT_COLOUR = "#555555"


class RecentScans(QWidget):
    person_requested = Signal(str)  # participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = shrinkable(QLabel())
        self.title.setFont(font(10, bold=True))
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.setMinimumHeight(RECENT * (self.list.fontMetrics().height() + 3) + 6)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(WIDTH)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Last scans (click to open)"))

    def add(
        self,
        colour: str,
        icon: str,
        name: str,
        outcome: str,
        participant_id: str | None = None,
        at: datetime | None = None,
    ) -> None:
        """A scan's result on top; the eleventh goes."""
        moment = (at or datetime.now()).strftime("%H:%M:%S")
        text = f"{moment} {icon} {name} — {outcome}" if name else f"{moment} {icon} {outcome}"
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setForeground(QBrush(QColor("white")))
        item.setBackground(QBrush(QColor(colour)))
        item.setData(Qt.ItemDataRole.UserRole, participant_id)
        self.list.insertItem(0, item)
        while self.list.count() > RECENT:
            self.list.takeItem(self.list.count() - 1)

    def add_fragment(self, fragment: str, at: datetime) -> None:
        """Characters the scan field dropped before a good code (a misread)."""
        text = self.tr("Not read: “{text}” (dropped)").format(text=fragment)
        self.add(FRAGMENT_COLOUR, "…", "", text, at=at)

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        participant_id = item.data(Qt.ItemDataRole.UserRole)
        if participant_id:
            self.person_requested.emit(str(participant_id))
