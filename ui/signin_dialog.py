"""Signing in with a PIN, the supervisor's PIN for guarded actions, and managing operators.

The rules live in :mod:`desk.operators`; these dialogs only ask and show. Everything works
from the keyboard: type (or pick) the name, Tab, the PIN, Enter. A wrong PIN is said in the
dialog itself, the PIN field is cleared and keeps the focus.
"""

from __future__ import annotations

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

from desk import operators as ops
from desk.db import Database
from desk.errors import DeskError, ValidationError
from desk.operators import Operator
from ui.messages import show_error
from ui.walkin_dialog import ERROR_COLOUR


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
        try:
            with self._db.write() as session:
                if self.operators:
                    operator = ops.verify(session, name, self.pin.text())
                else:
                    operator = Operator(name, ops.ROLE_OPERATOR)
                ops.log(session, ops.SIGN_IN, "", desk_id=self._db.desk_id, operator=operator.name)
        except DeskError as exc:  # wrong PIN, locked, unknown name: say it here
            _show(self.error, str(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.operator = operator
        self.accept()


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


def ask_supervisor(parent: QWidget | None, db: Database, action_label: str) -> str | None:
    """The name of the supervisor who authorises ``action_label``; ``""`` at once when
    this desk has no supervisor (guarded actions are then open); None when cancelled."""
    with db.read() as session:
        if not ops.supervisor_configured(session):
            return ""
    dialog = SupervisorPinDialog(db, action_label, parent)
    if not dialog.exec():
        return None
    return dialog.supervisor


def guard_label(what: str) -> str:
    """What a supervisor's PIN is asked for (one of desk.operators.GUARDED), as a request."""
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


def authorise(
    parent: QWidget | None,
    db: Database,
    what: str,
    detail: str,
    operator: str,
    *,
    log: bool = True,
) -> str | None:
    """Ask for the supervisor's PIN before the guarded action ``what`` (one of
    desk.operators.GUARDED) and, when a supervisor gave it, log the approval in its own
    short transaction (``log=False`` for a restore: the database is about to be replaced,
    log it in the restored one). Returns the supervisor's name, ``""`` when this desk has
    no supervisor (the action is open), None when cancelled: then do nothing."""
    supervisor = ask_supervisor(parent, db, guard_label(what))
    if supervisor and log:
        try:
            with db.write() as session:
                ops.log_approval(
                    session,
                    what,
                    detail,
                    supervisor=supervisor,
                    desk_id=db.desk_id,
                    operator=operator,
                )
        except DeskError as exc:
            show_error(parent, exc)
            return None
    return supervisor


class OperatorsDialog(QDialog):
    """This desk's operators: add one, give one a new PIN or role, remove one.

    Open it through :func:`open_operators`, which asks for the supervisor's PIN first when
    the desk has a supervisor."""

    def __init__(self, db: Database, operator: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._operator = operator
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
        if self.pin.text() != self.pin_again.text():
            _show(self.error, self.tr("The two PINs differ: type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            with self._db.write() as session:
                saved = ops.set_operator(session, name, self.pin.text(), role)
                ops.log(
                    session,
                    ops.OPERATORS,
                    self.tr("{name}: PIN set, role {role}").format(
                        name=saved.name, role=self.role_combo.currentText()
                    ),
                    desk_id=self._db.desk_id,
                    operator=self._operator,
                )
        except ValidationError as exc:
            _show(self.error, str(exc))
            (self.name_field if exc.field == "name" else self.pin).setFocus()
            return
        except DeskError as exc:
            show_error(self, exc)
            return
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
        try:
            with self._db.write() as session:
                ops.remove_operator(session, op.name)
                ops.log(
                    session,
                    ops.OPERATORS,
                    self.tr("{name} removed").format(name=op.name),
                    desk_id=self._db.desk_id,
                    operator=self._operator,
                )
        except DeskError as exc:
            show_error(self, exc)
        self.reload()


def open_operators(
    parent: QWidget | None, db: Database, operator: str = ""
) -> OperatorsDialog | None:
    """The operators dialog, after the supervisor's PIN when the desk has a supervisor;
    None when the PIN was not given. The caller shows it (``open()`` or ``exec()``)."""
    supervisor = ask_supervisor(
        parent, db, QCoreApplication.translate("OperatorsDialog", "Manage operators and PINs")
    )
    if supervisor is None:
        return None
    return OperatorsDialog(db, supervisor or operator, parent)
