"""Likely duplicate registrations, side by side, and merging two into one.

The list comes from :func:`desk.people.merging.duplicate_pairs` (desk/people/matching.py: the
same name in any order or without accents, a name without a second given or family name, a
one-letter typo, the same e-mail or phone), most likely first, each pair with its reason; a
merge report after a sync points here too.
Merging keeps every record of both registrations (see desk/people/merging.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import desk.staff.operators as ops
from desk.actions import people
from desk.arrival import codes
from desk.events.display import category_label, country_name, local_time
from desk.events.event import Event
from desk.i18n import language
from desk.people.merging import DuplicatePair, MergeResult, duplicate_pairs
from desk.people.participants import ParticipantInfo
from desk.storage.db import Database
from ui.ops import Op
from ui.signin_dialog import ask_supervisor_pin, guard_label

FIELDS = (
    "code",
    "name",
    "country",
    "category",
    "organisation",
    "position",
    "email",
    "phone",
    "source",
    "checked_in_at",
    "badges_printed",
    "created_at",
)


class DuplicatesDialog(QDialog):
    merged = Signal(object)  # MergeResult

    def __init__(
        self, db: Database, event: Event, operator: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.desk_event = event
        self.operator = operator
        self.pairs: list[DuplicatePair] = []
        self.resize(980, 560)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pair_list = QListWidget()
        self.pair_list.setWordWrap(True)  # the reasons are read whole
        self.pair_list.currentRowChanged.connect(self._on_pair_list_current_row_changed)
        self.reason = QLabel()  # why the pair on the right is listed
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare = QTableWidget(len(FIELDS), 2)
        self.compare.verticalHeader().setMinimumWidth(150)
        self.compare.horizontalHeader().setStretchLastSection(True)
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keep_left = QPushButton()
        self.keep_left.clicked.connect(lambda: self.merge_current(keep_first=True))
        self.keep_right = QPushButton()
        self.keep_right.clicked.connect(lambda: self.merge_current(keep_first=False))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.pair_list, 2)
        right = QVBoxLayout()
        right.addWidget(self.reason)
        right.addWidget(self.compare, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_left)
        actions.addWidget(self.keep_right)
        right.addLayout(actions)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Possible duplicate participants"))
        self.intro.setText(
            self.tr(
                "These registrations look like the same person (the same name in another order "
                "or without accents, a name without a second name, a one-letter typo, the same "
                "e-mail or phone), most likely first. Compare them, then keep one: the other's "
                "check-ins, door scans and badges count for the one kept, and its badge keeps "
                "working."
            )
        )
        self.keep_left.setText(self.tr("Keep the left one, merge the right one into it (Ctrl+←)"))
        self.keep_left.setShortcut("Ctrl+Left")
        self.keep_right.setText(self.tr("Keep the right one, merge the left one into it (Ctrl+→)"))
        self.keep_right.setShortcut("Ctrl+Right")
        self.empty.setText(self.tr("No likely duplicates: nothing to merge."))
        self.compare.setVerticalHeaderLabels(
            [
                self.tr("Badge code"),
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Category"),
                self.tr("Organisation"),
                self.tr("Position"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Registered"),
                self.tr("Checked in"),
                self.tr("Badges printed"),
                self.tr("Created"),
            ]
        )

    def reload(self) -> None:
        with self.db.read() as session:
            self.pairs = duplicate_pairs(session)
        self.pair_list.clear()
        for a, b, match in self.pairs:
            names = a.full_name if a.full_name == b.full_name else f"{a.full_name} / {b.full_name}"
            item = QListWidgetItem(f"{names}\n    {match.text()}")
            item.setToolTip(match.text())
            self.pair_list.addItem(item)
        has = bool(self.pairs)
        self.empty.setVisible(not has)
        for widget in (self.pair_list, self.compare, self.keep_left, self.keep_right):
            widget.setEnabled(has)
        if has:
            self.pair_list.setCurrentRow(0)
            self.pair_list.setFocus()
        else:
            self.compare.clearContents()
            self.reason.clear()

    def _on_pair_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pairs):
            a, b, match = self.pairs[row]
            self.reason.setText(self.tr("Why: {reasons}").format(reasons=match.text()))
            for column, person in enumerate((a, b)):
                for n, value in enumerate(self._values(person)):
                    self.compare.setItem(n, column, QTableWidgetItem(value))
            self.compare.setHorizontalHeaderLabels([a.full_name, b.full_name])
            self.compare.resizeColumnsToContents()

    def _values(self, p: ParticipantInfo) -> list[str]:
        lang = language()
        e = self.desk_event
        source = self.tr("walk-in") if p.source == "walk_in" else self.tr("pre-registered")
        return [
            codes.format_code(p.code),
            f"{p.family_name}, {p.given_name}",  # shows how the name was split
            country_name(e, p.country, lang),
            category_label(e, p.category, lang),
            p.organisation,
            p.position,
            p.email,
            p.phone,
            source,
            local_time(e, p.checked_in_at, with_date=True) if p.checked_in_at else "—",
            str(p.badges_printed),
            local_time(e, p.created_at, with_date=True),
        ]

    def merge_current(self, *, keep_first: bool) -> MergeResult | None:
        row = self.pair_list.currentRow()
        if not 0 <= row < len(self.pairs):
            return None
        a, b, _why = self.pairs[row]
        keep, absorb = (a, b) if keep_first else (b, a)
        answer = QMessageBox.question(
            self,
            self.tr("Merge participants"),
            self.tr(
                "Keep {keep} ({keep_code}) and merge {absorb} ({absorb_code}) into it?\n\n"
                "Every check-in, door scan and badge of both will count for {keep}; the badge "
                "{absorb_code} will find {keep}. Empty details of {keep} are taken from the "
                "other registration."
            ).format(
                keep=keep.full_name,
                keep_code=codes.format_code(keep.code),
                absorb=absorb.full_name,
                absorb_code=codes.format_code(absorb.code),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        pin = ask_supervisor_pin(self, self.db, guard_label(ops.GUARD_MERGE))
        if pin is None:
            return None
        db, event, operator = self.db, self.desk_event, self.operator
        # A failure is shown to the operator; nothing was changed.
        result = Op(
            self,
            lambda _ctx: people.merge_people(
                db, event, keep.id, absorb.id, operator=operator, supervisor_pin=pin
            ),
            what="merge_people",
        ).run()
        if result is None:
            return None
        self.merged.emit(result)
        self.reload()
        return result
