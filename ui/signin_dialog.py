"""Signing in with a PIN, the supervisor's PIN for guarded actions, and managing operators.

The rules live in :mod:`desk.staff.operators` and the actions of :mod:`desk.actions.staff`;
these dialogs only ask and show. Everything works from the keyboard: type (or pick) the
name, Tab, the PIN, Enter. A wrong PIN is said in the dialog itself, the PIN field is
cleared and keeps the focus.

A guarded action (void, merge, restore, export with contact data) asks for the
supervisor's PIN with :func:`ask_supervisor_pin` before anything is done, and hands the
PIN to its action, which checks it again and logs the approval in the same transaction as
what it approves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.actions import staff
from desk.errors import DeskError, ValidationError
from desk.staff import operators as ops
from desk.staff.operators import Operator
from desk.storage.db import Database
from ui.messages import error_text, show_error
from ui.ops import Op
from ui.walkin_dialog import ERROR_COLOUR

T = TypeVar("T")


def pin_field(parent: QWidget | None = None) -> QLineEdit:
    """A PIN: digits only, at most 8, shown as dots."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}"), field))
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def error_label(parent: QWidget | None = None) -> QLabel:
    """Where a refusal is said: red, with a sign and words (never colour alone)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
    label.hide()
    return label


def _show(label: QLabel, message: str) -> None:
    label.setText(f"⚠ {message}" if message else "")
    label.setVisible(bool(message))


class SignInDialog(QDialog):
    """Who is at this desk: a name and, when the desk has operators, their PIN.

    With operators configured the name is picked from them (type the first letters); a
    desk without operators asks only for a name, as before PINs existed. On success the
    sign-in is logged and :attr:`operator` holds who signed in."""

    def __init__(self, db: Database, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.operator: Operator | None = None
        with db.read() as session:
            self.operators = ops.list_operators(session)
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr("Choose your name and type your PIN, then press Enter.")
            if self.operators
            else self.tr("Type your name, then press Enter. Every record carries it.")
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.name_combo = QComboBox()
        self.name_field = QLineEdit(name)
        self.name_field.setPlaceholderText(self.tr("Your name"))
        self.pin = pin_field()
        index = -1
        if self.operators:
            for op in self.operators:
                self.name_combo.addItem(op.name, op.name)
            index = self.name_combo.findText(name, Qt.MatchFlag.MatchFixedString)
            self.name_combo.setCurrentIndex(max(index, 0))
            form.addRow(self.tr("&Name:"), self.name_combo)
            form.addRow(self.tr("&PIN:"), self.pin)
            self.name_field.hide()
        else:
            form.addRow(self.tr("&Name:"), self.name_field)
            self.name_combo.hide()
            self.pin.hide()
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Sign in"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin.textEdited.connect(lambda _text: _show(self.error, ""))
        self.name_field.textEdited.connect(lambda _text: _show(self.error, ""))
        if self.operators:
            (self.pin if name and index >= 0 else self.name_combo).setFocus()
        else:
            self.name_field.setFocus()
            self.name_field.selectAll()

    def name(self) -> str:
        if self.operators:
            return str(self.name_combo.currentData() or "")
        return " ".join(self.name_field.text().split())

    def _on_buttons_accepted(self) -> None:
        name = self.name()
        if not name:
            _show(self.error, self.tr("Enter your name."))
            self.name_field.setFocus()
            return
        db, pin = self._db, self.pin.text() if self.operators else None
        operator = (
            Op(self, lambda _ctx: staff.sign_in(db, name, pin), changed=False)
            .failure(self._on_sign_in_failed)
            .run()
        )
        if operator is not None:
            self.operator = operator
            self.accept()

    def _on_sign_in_failed(self, exc: BaseException) -> None:
        """Wrong PIN, locked, unknown name: said here, the PIN typed again."""
        _show(self.error, error_text(exc))
        self.pin.clear()
        self.pin.setFocus()


class SupervisorPinDialog(QDialog):
    """“<action> needs a supervisor's PIN.” — :attr:`supervisor` is who authorised it."""

    def __init__(self, db: Database, action_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.supervisor: str | None = None
        self.pin_text = ""
        self.setWindowTitle(self.tr("Supervisor's PIN"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.question = QLabel(
            self.tr("<b>{action}</b> needs a supervisor's PIN.").format(action=action_label)
        )
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        form = QFormLayout()
        self.pin = pin_field()
        form.addRow(self.tr("Supervisor's &PIN:"), self.pin)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Authorise"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin.textEdited.connect(lambda _text: _show(self.error, ""))
        self.pin.setFocus()

    def _on_buttons_accepted(self) -> None:
        pin = self.pin.text()
        try:
            with self._db.read() as session:
                supervisor = ops.require_supervisor(session, pin)
        except DeskError as exc:
            _show(self.error, str(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.supervisor = supervisor
        self.pin_text = pin
        self.accept()


def _ask(parent: QWidget | None, db: Database, action_label: str) -> SupervisorPinDialog | None:
    """The answered PIN dialog; None when cancelled. Not asked without a supervisor."""
    dialog = SupervisorPinDialog(db, action_label, parent)
    return dialog if dialog.exec() else None


def _has_supervisor(db: Database) -> bool:
    with db.read() as session:
        return ops.supervisor_configured(session)


def ask_supervisor(parent: QWidget | None, db: Database, action_label: str) -> str | None:
    """The name of the supervisor who authorises ``action_label``; ``""`` at once when
    this desk has no supervisor (guarded actions are then open); None when cancelled."""
    if not _has_supervisor(db):
        return ""
    dialog = _ask(parent, db, action_label)
    return dialog.supervisor if dialog is not None else None


def ask_supervisor_pin(parent: QWidget | None, db: Database, action_label: str) -> str | None:
    """The supervisor's PIN for ``action_label``, checked, for the guarded action to check
    again and log with what it does; ``""`` at once when this desk has no supervisor (the
    action is then open); None when cancelled: then do nothing."""
    if not _has_supervisor(db):
        return ""
    dialog = _ask(parent, db, action_label)
    return dialog.pin_text if dialog is not None else None


def guard_label(what: str) -> str:
    """What a supervisor's PIN is asked for (one of desk.staff.operators.GUARDED), as a request."""
    labels = {
        ops.GUARD_VOID: QCoreApplication.translate("SupervisorPinDialog", "Void a check-in"),
        ops.GUARD_REPRINT: QCoreApplication.translate("SupervisorPinDialog", "Print a badge again"),
        ops.GUARD_MERGE: QCoreApplication.translate(
            "SupervisorPinDialog", "Merge two participants"
        ),
        ops.GUARD_RESTORE: QCoreApplication.translate("SupervisorPinDialog", "Restore a backup"),
        ops.GUARD_CONTACT_EXPORT: QCoreApplication.translate(
            "SupervisorPinDialog", "Export with e-mail addresses and phone numbers"
        ),
    }
    return labels.get(what, what)


class OperatorsDialog(QDialog):
    """This desk's operators: add one, give one a new PIN or role, remove one.

    Open it through :func:`open_operators`, which asks for the supervisor's PIN first when
    the desk has a supervisor; the dialog hands that PIN to every change it makes (each
    action checks it and logs the change under the supervisor's name)."""

    def __init__(
        self,
        db: Database,
        operator: str = "",
        parent: QWidget | None = None,
        *,
        supervisor_pin: str = "",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._operator = operator
        self._supervisor_pin = supervisor_pin
        self.setWindowTitle(self.tr("Operators and PINs"))
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("Name as it appears on records"))
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("Operator"), ops.ROLE_OPERATOR)
        self.role_combo.addItem(self.tr("Supervisor"), ops.ROLE_SUPERVISOR)
        self.pin = pin_field()
        self.pin_again = pin_field()
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&PIN (4 to 8 digits):"), self.pin)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save operator"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        for field in (self.name_field, self.pin, self.pin_again):
            field.textEdited.connect(lambda _text: _show(self.error, ""))
        self.reload()
        self.name_field.setFocus()

    def reload(self) -> None:
        with self._db.read() as session:
            self.operators = ops.list_operators(session)
            has_supervisor = ops.supervisor_configured(session)
        self.table.setRowCount(len(self.operators))
        for n, op in enumerate(self.operators):
            self.table.setItem(n, 0, QTableWidgetItem(op.name))
            role = self.tr("Supervisor") if op.is_supervisor else self.tr("Operator")
            self.table.setItem(n, 1, QTableWidgetItem(role))
        self.note.setText(
            self.tr(
                "Voids, reprints, merging people, restores and exports with contact data "
                "need a supervisor's PIN."
            )
            if has_supervisor
            else self.tr(
                "⚠ No supervisor yet: voids, reprints, merging people, restores and exports "
                "with contact data are open to everyone at this desk. Add a supervisor first."
            )
        )
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def _on_table_item_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.remove_button.setEnabled(bool(rows))
        if rows:
            op = self.operators[rows[0].row()]
            self.name_field.setText(op.name)
            self.role_combo.setCurrentIndex(self.role_combo.findData(op.role))
            self.pin.clear()
            self.pin_again.clear()

    def _on_save_button_clicked(self) -> None:
        name, role = self.name_field.text(), str(self.role_combo.currentData())
        pin = self.pin.text()
        if pin != self.pin_again.text():
            _show(self.error, self.tr("The two PINs differ: type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        db, operator = self._db, self._operator
        saved = self._run(
            lambda supervisor_pin: staff.save_operator(
                db, name, pin, role, operator=operator, supervisor_pin=supervisor_pin
            )
        )
        if saved is None:
            return
        if saved.is_supervisor and not self._supervisor_pin:
            self._supervisor_pin = pin  # the first supervisor: who set it is here
        for field in (self.name_field, self.pin, self.pin_again):
            field.clear()
        self.reload()
        self.name_field.setFocus()

    def _on_remove_button_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        op = self.operators[rows[0].row()]
        last_supervisor = op.is_supervisor and sum(o.is_supervisor for o in self.operators) == 1
        question = self.tr("Remove {name} from this desk's operators?").format(name=op.name)
        if last_supervisor:
            question += "\n\n" + self.tr(
                "{name} is the only supervisor: without one, guarded actions are open to everyone."
            ).format(name=op.name)
        answer = QMessageBox.question(self, self.tr("Remove operator"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, operator = self._db, self._operator
        self._run(
            lambda supervisor_pin: staff.remove_operator(
                db, op.name, operator=operator, supervisor_pin=supervisor_pin
            )
        )
        self.reload()

    def _run(self, work: Callable[[str], T]) -> T | None:
        """Run an operators action with the supervisor's PIN this dialog holds. When the
        desk wants one it does not hold (a supervisor was added since, or changed their
        PIN), ask for it once and try again. A refusal of the form is said in the dialog."""
        refused: list[BaseException] = []

        def attempt() -> T | None:
            refused.clear()
            pin = self._supervisor_pin
            return Op(self, lambda _ctx: work(pin), changed=False).failure(refused.append).run()

        result = attempt()
        if refused and isinstance(refused[0], ops.PermissionDenied):
            pin = ask_supervisor_pin(
                self,
                self._db,
                QCoreApplication.translate("OperatorsDialog", "Manage operators and PINs"),
            )
            if pin:
                self._supervisor_pin = pin
                result = attempt()
        if refused:
            exc = refused[0]
            if isinstance(exc, ValidationError):
                _show(self.error, str(exc))
                (self.name_field if exc.field == "name" else self.pin).setFocus()
            elif isinstance(exc, ops.PermissionDenied):
                _show(self.error, str(exc))
            else:
                show_error(self, exc)
        return result


def open_operators(
    parent: QWidget | None, db: Database, operator: str = ""
) -> OperatorsDialog | None:
    """The operators dialog, after the supervisor's PIN when the desk has a supervisor;
    None when the PIN was not given. The caller shows it (``open()`` or ``exec()``)."""
    pin = ask_supervisor_pin(
        parent, db, QCoreApplication.translate("OperatorsDialog", "Manage operators and PINs")
    )
    if pin is None:
        return None
    return OperatorsDialog(db, operator, parent, supervisor_pin=pin)
