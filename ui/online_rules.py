"""Attendance → Rules…: when somebody counts as present online at an agenda item, and who
gets a certificate of attendance.

Both rules are the event's and live in the database (``desk.online.rules``), not in this
computer's settings: every desk and every ``desk`` command use the same ones. Saving one
is logged in the activity log (the actions do it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.actions.online import save_certificate_rule, save_online_rule
from desk.errors import DeskError
from desk.events.event import Event
from desk.online.rules import CertificateRule, OnlineRule, certificate_rule, day_one_sessions
from desk.online.rules import online_rule as saved_online_rule
from desk.storage.db import Database
from ui.messages import error_text
from ui.ops import Op
from ui.setup_fields import FOCUS_RING


def saved_rules(db: Database) -> tuple[OnlineRule, CertificateRule]:
    with db.read() as session:
        return saved_online_rule(session), certificate_rule(session)


class CertificateRuleFields(QWidget):
    """At least N sessions, or P % of the first day's sessions (one of the two)."""

    def __init__(self, event: Event, rule: CertificateRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.items_radio = QRadioButton(self.tr("At least this many &sessions:"))
        self.items_spin = QSpinBox()
        self.items_spin.setRange(1, 1000)
        self.items_spin.setValue(rule.min_items or 1)
        self.percent_radio = QRadioButton(
            self.tr("At least this share of the &first day's sessions ({n}):").format(
                n=len(day_one_sessions(event))
            )
        )
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(1, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.setValue(rule.min_percent or 50)
        group = QButtonGroup(self)
        group.addButton(self.items_radio)
        group.addButton(self.percent_radio)
        (self.items_radio if rule.min_items is not None else self.percent_radio).setChecked(True)
        grid.addWidget(self.items_radio, 0, 0)
        grid.addWidget(self.items_spin, 0, 1)
        grid.addWidget(self.percent_radio, 1, 0)
        grid.addWidget(self.percent_spin, 1, 1)
        grid.setColumnStretch(2, 1)
        self.note = QLabel(
            self.tr(
                "Sessions are the agenda items whose attendance is taken, breaks and meals "
                "left out; in person or online."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        grid.addWidget(self.note, 2, 0, 1, 3)
        self.items_radio.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        self.items_spin.setEnabled(self.items_radio.isChecked())
        self.percent_spin.setEnabled(self.percent_radio.isChecked())

    def rule(self) -> CertificateRule:
        if self.items_radio.isChecked():
            return CertificateRule(min_items=self.items_spin.value())
        return CertificateRule(min_percent=self.percent_spin.value())


class OnlineRulesDialog(QDialog):
    """The two rules, saved in the database for every desk."""

    def __init__(
        self, db: Database, event: Event, parent: QWidget | None = None, *, operator: str = ""
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._event = event
        self._operator = operator
        self.online_rule, self.certificate_rule = saved_rules(db)
        self.setWindowTitle(self.tr("Online attendance and certificate rules"))
        self.setMinimumWidth(560)
        self.setStyleSheet(FOCUS_RING)
        layout = QVBoxLayout(self)

        online = QGroupBox(self.tr("Present online at an agenda item"))
        form = QFormLayout(online)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 24 * 60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(self.online_rule.min_minutes)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(1, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.setValue(self.online_rule.min_percent)
        form.addRow(self.tr("Connected at least &minutes:"), self.minutes_spin)
        form.addRow(self.tr("or this share of the &item:"), self.percent_spin)
        self.online_note = QLabel()
        self.online_note.setWordWrap(True)
        self.online_note.setStyleSheet("color: #555555;")
        form.addRow(self.online_note)
        self.minutes_spin.valueChanged.connect(self._explain)
        self.percent_spin.valueChanged.connect(self._explain)
        layout.addWidget(online)

        certificates = QGroupBox(self.tr("Certificate of attendance"))
        box = QVBoxLayout(certificates)
        self.certificate_fields = CertificateRuleFields(event, self.certificate_rule)
        box.addWidget(self.certificate_fields)
        layout.addWidget(certificates)

        shared = QLabel(
            self.tr(
                "These rules are the event's: they are kept in the database, so every desk, "
                "the reports and the desk command use them."
            )
        )
        shared.setWordWrap(True)
        layout.addWidget(shared)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._explain()
        self.minutes_spin.setFocus()
        self.minutes_spin.selectAll()

    def _explain(self) -> None:
        minutes, percent = self.minutes_spin.value(), self.percent_spin.value()
        self.online_note.setText(
            self.tr(
                "Somebody counts as present online when their connections overlap the item by "
                "at least %n min, or {percent} % of the item when that is less (a 20-minute "
                "item: {short}). Rejoins and two devices count once; in the room and online "
                "counts as in person.",
                "",
                minutes,
            ).format(percent=percent, short=f"{min(minutes, round(20 * percent / 100))} min")
        )

    def save(self) -> None:
        try:
            online = OnlineRule(self.minutes_spin.value(), self.percent_spin.value())
            certificate = self.certificate_fields.rule()
        except DeskError as exc:
            self._show_error(exc)
            return
        db, event, operator = self._db, self._event, self._operator
        self.error.hide()
        if online != self.online_rule:
            Op(
                self,
                lambda _ctx: save_online_rule(db, online, operator=operator),
                what="save_online_rule",
            ).failure(self._show_error).run()
            if not self.error.isHidden():
                return
            self.online_rule = online
        if certificate != self.certificate_rule:
            Op(
                self,
                lambda _ctx: save_certificate_rule(db, event, certificate, operator=operator),
                what="save_certificate_rule",
            ).failure(self._show_error).run()
            if not self.error.isHidden():
                return
            self.certificate_rule = certificate
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
