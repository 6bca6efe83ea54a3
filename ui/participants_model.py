"""Table model over search results (frozen ParticipantInfo rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk.arrival import codes
from desk.events.display import local_time
from desk.events.event import Event
from desk.i18n import language
from desk.people.participants import ParticipantInfo
from desk.storage.models import MODE_ONLINE

_Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    COLUMNS = (
        "family_name",
        "given_name",
        "country",
        "organisation",
        "category",
        "mode",
        "checked_in",
        "code",
    )

    def __init__(self, event: Event, parent: Any = None) -> None:
        super().__init__(parent)
        self._event = event
        self._rows: tuple[ParticipantInfo, ...] = ()

    def set_rows(self, rows: Sequence[ParticipantInfo]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def participant(self, row: int) -> ParticipantInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Family name"),
            self.tr("Given name"),
            self.tr("Country"),
            self.tr("Organisation"),
            self.tr("Category"),
            self.tr("Attendance"),
            self.tr("Checked in"),
            self.tr("Badge code"),
        )
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "country" and p.country:
            try:
                return self._event.country(p.country).name.get(language())
            except KeyError:
                return None
        if role == Qt.ItemDataRole.ToolTipRole and column == "organisation":
            return p.position or None
        return None

    def _text(self, p: ParticipantInfo, column: str) -> str:
        lang = language()
        if column == "family_name":
            return p.family_name
        if column == "given_name":
            return p.given_name
        if column == "country":
            if not p.country:
                return ""
            try:
                return self._event.country(p.country).name.get(lang)
            except KeyError:
                return p.country
        if column == "organisation":
            return p.organisation
        if column == "category":
            try:
                return self._event.category(p.category).label.get(lang)
            except KeyError:
                return p.category
        if column == "mode":
            return self.tr("Online") if p.mode == MODE_ONLINE else self.tr("In person")
        if column == "checked_in":
            return local_time(self._event, p.checked_in_at) if p.checked_in_at else ""
        if column == "code":
            return codes.format_code(p.code)
        return ""
