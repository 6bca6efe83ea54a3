"""The big result panel of the check-in and door screens: colour, icon and words (never
colour alone), the person's name large, details below, buttons on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


def font(size: int, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPointSize(size)
    chosen.setBold(bold)
    return chosen


class ResultPanel(QFrame):
    def __init__(self, *, margin: int = 10, minimum_height: int = 140) -> None:
        super().__init__()
        self.setObjectName("resultPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, margin, 14, margin)
        self.icon = QLabel()
        self.icon.setFont(font(40, bold=True))
        self.icon.setFixedWidth(70)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon)
        texts = QVBoxLayout()
        self.headline = QLabel()
        self.headline.setFont(font(17, bold=True))
        self.person = QLabel()
        self.person.setFont(font(22, bold=True))
        self.details = QLabel()
        self.details.setFont(font(13))
        for label in (self.headline, self.person, self.details):
            label.setWordWrap(True)
            texts.addWidget(label)
        layout.addLayout(texts, 1)
        self._buttons = QVBoxLayout()
        self._buttons.addStretch(1)
        layout.addLayout(self._buttons)
        self.setMinimumHeight(minimum_height)

    def add_button(self, button: QPushButton) -> None:
        """A button on the right; it never takes the keyboard from the scan field."""
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def paint(
        self,
        colour: str,
        icon: str,
        headline: str,
        person: str,
        details: str,
        *,
        hide_empty_details: bool = False,
    ) -> None:
        self.setStyleSheet(
            f"#resultPanel {{ background: {colour}; border-radius: 8px; }}"
            "#resultPanel QLabel { color: white; }"
        )
        self.icon.setText(icon)
        self.headline.setText(headline)
        self.person.setText(person)
        self.person.setVisible(bool(person))
        self.details.setText(details)
        if hide_empty_details:
            self.details.setVisible(bool(details))
