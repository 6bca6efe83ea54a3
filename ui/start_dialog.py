"""Who is at this desk: the desk's name and the operator's, asked at start (remembered)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.setup_fields import FOCUS_RING, named_desk


class StartDialog(QDialog):
    def __init__(self, desk_name: str, operator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is at this desk?"))
        self.setStyleSheet(FOCUS_RING)  # the focused field framed in blue
        desk_name = named_desk(desk_name)  # the computer's host name is no desk name
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Every check-in records the desk and the operator. Press Enter to confirm.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.desk_field = QLineEdit(desk_name)
        self.desk_field.setPlaceholderText(self.tr("For example: Desk 1 – lobby"))
        self.operator_field = QLineEdit(operator)
        self.operator_field.setPlaceholderText(self.tr("Your name"))
        form.addRow(self.tr("&Desk name:"), self.desk_field)
        form.addRow(self.tr("&Operator:"), self.operator_field)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.desk_field if not desk_name else self.operator_field).setFocus()
        self.operator_field.selectAll()

    def values(self) -> tuple[str, str]:
        return self.desk_field.text().strip(), self.operator_field.text().strip()

    def _on_buttons_accepted(self) -> None:
        desk_name, operator = self.values()
        if not desk_name or not operator:
            self.error.setText(self.tr("Enter both the desk name and your name."))
            self.error.show()
            (self.desk_field if not desk_name else self.operator_field).setFocus()
            return
        self.accept()
