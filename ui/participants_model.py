"""Table model over search results (frozen ParticipantInfo rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

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
        if role == Qt.ItemDataRole.ToolTipRole and column == "category":
            return self._text(p, column) or None
        return None

    def typical_texts(self, column: str) -> list[str]:
        """What a column may hold, whoever is listed: the event's categories, the member,
        observer and guest countries, both attendance modes, a time, a code."""
        lang = language()
        if column == "category":
            return [c.label.get(lang) for c in self._event.categories]
        if column == "country":
            return [
                c.name.get(lang) for c in self._event.countries if c.member or c.observer or c.guest
            ]
        if column == "mode":
            return [self.tr("Online"), self.tr("In person")]
        if column == "checked_in":
            return ["00:00"]
        if column == "code":
            return [codes.format_code("W" * codes.CODE_LENGTH)]
        return []

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


# Columns fitted to what they hold (pixels): (most, least). Up to "most" a column is as wide
# as its texts; when the table is narrow they give up width in SHRINK order, down to
# "least" (the text cut with "…", whole in the tooltip). The organisation takes the rest.
WIDTHS = {
    "family_name": (190, 110),
    "given_name": (170, 100),
    "country": (200, 110),
    "category": (280, 160),
    "mode": (120, 90),
    "checked_in": (110, 80),
    "code": (190, 130),
}
NAMES = ("family_name", "given_name")
ORGANISATION_LEAST = 170
SHRINK = ("given_name", "family_name", "code", "category", "country", "mode", "checked_in")
PADDING = 22  # the cell's margins and the header's sort arrow


def fit_columns(table: QTableView) -> None:
    """Column widths for the table's width: the short columns (country, category,
    attendance, time, code) as wide as their texts (up to a maximum), the names, and the
    organisation the rest; a narrow table takes width from the names first."""
    model = table.model()
    if not isinstance(model, ParticipantTableModel):
        return
    header = table.horizontalHeader()
    cell = table.fontMetrics()
    head = header.fontMetrics()
    want: dict[str, int] = {}
    for column, name in enumerate(model.COLUMNS):
        if name not in WIDTHS:
            continue
        most, _least = WIDTHS[name]
        if name in NAMES:
            want[name] = most
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(
            [head.horizontalAdvance(title) + PADDING]
            + [cell.horizontalAdvance(text) + PADDING for text in model.typical_texts(name)]
            + [table.sizeHintForColumn(column)]
        )
        want[name] = min(most, width)
    deficit = sum(want.values()) + ORGANISATION_LEAST - table.viewport().width()
    for name in SHRINK:
        if deficit <= 0:
            break
        cut = min(deficit, max(0, want[name] - WIDTHS[name][1]))
        want[name] -= cut
        deficit -= cut
    for column, name in enumerate(model.COLUMNS):
        if name in want:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, want[name])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
