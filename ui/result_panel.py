"""The big result panel of the check-in and door screens: colour, icon and words (never
colour alone), the person's name large, details below, buttons on the right.

Texts here come from what was scanned or typed, so they may be long: the labels wrap (long
runs without spaces too) and never ask the window to be wider than the screen."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

_LONG_RUN = re.compile(r"\S{25,}")
_ZERO_WIDTH_SPACE = "\u200b"
_NO_BREAK_SPACE = "\u00a0"
_WORD_JOINER = "\u2060"  # no line break after a dash or a slash ("Puesto 1 – vestíbulo")
_JOINABLE = re.compile(r"[-–—/]")


def breakable(text: str) -> str:
    """``text`` with a line-break opportunity every 12 characters of a run of 25 or more
    without spaces (a scanned code run together, a URL), so a label can wrap it."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return _ZERO_WIDTH_SPACE.join(run[i : i + 12] for i in range(0, len(run), 12))

    return _LONG_RUN.sub(split, text)


def keep_together(text: str, separator: str = " · ", longest: int = 40) -> str:
    """``text`` that wraps only at ``separator``: the spaces of each part after the first
    (up to ``longest`` characters) become non-breaking, and the first part's last two words
    stay together ("YA ACREDITADO hoy 08:45 · Puesto 1 · por Ana López")."""
    first, *rest = text.split(separator)
    head, _, last = first.rpartition(" ")
    head, _, before = head.rpartition(" ")
    first = f"{head} {before}{_NO_BREAK_SPACE}{last}".strip() if before else first
    return separator.join(
        [first]
        + [
            _JOINABLE.sub(lambda m: m.group(0) + _WORD_JOINER, part).replace(" ", _NO_BREAK_SPACE)
            if len(part) <= longest
            else part
            for part in rest
        ]
    )


def shrinkable(label: QLabel) -> QLabel:
    """Let a label be narrower than its text (wrapped or clipped): its text never widens
    the window."""
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label


def elided(label: QLabel, text: str, width: int) -> str:
    """``text`` cut in the middle with "…" to ``width`` pixels of ``label``'s font (a path
    or an address keeps its start and its end)."""
    return label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width)


class ElidedLabel(QLabel):
    """One line of text cut with "…" at the label's width, never widening the window; the
    whole text is :meth:`full_text` (and the accessible name)."""

    def __init__(self) -> None:
        super().__init__()
        shrinkable(self)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


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
        texts.addStretch(1)  # the texts together, in the middle of a steady panel
        self.headline = QLabel()
        self.headline.setFont(font(17, bold=True))
        self.person = QLabel()
        self.person.setFont(font(22, bold=True))
        self.details = QLabel()
        self.details.setFont(font(13))
        for label in (self.headline, self.person, self.details):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            texts.addWidget(shrinkable(label))
        texts.addStretch(1)
        layout.addLayout(texts, 1)
        self._buttons = QVBoxLayout()
        self._buttons.addStretch(1)
        layout.addLayout(self._buttons)
        # One height for every result (no jump of the table below between scans): room for
        # a two-line headline, the name and two lines of details; it only ever grows.
        steady = self._steady_height(layout, texts.spacing())
        self.setMinimumHeight(max(minimum_height, steady))

    def _steady_height(self, layout: QHBoxLayout, spacing: int) -> int:
        margins = layout.contentsMargins()
        lines = (
            2 * self.headline.fontMetrics().lineSpacing()
            + self.person.fontMetrics().lineSpacing()
            + 2 * self.details.fontMetrics().lineSpacing()
        )
        return lines + 2 * max(0, spacing) + margins.top() + margins.bottom() + 4

    def _keep_height(self) -> None:
        """Grow (never shrink) to what the texts need at the panel's width."""
        layout = self.layout()
        # Not while the window is still being laid out (a width of a few pixels).
        if not self.isVisible() or self.width() < 300 or layout is None:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_height()

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
        self.headline.setText(breakable(headline))
        self.person.setText(breakable(person))
        self.person.setVisible(bool(person))
        self.details.setText(breakable(details))
        if hide_empty_details:
            self.details.setVisible(bool(details))
        self._keep_height()
