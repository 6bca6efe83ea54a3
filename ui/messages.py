"""The one place errors are shown to the operator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.errors import DeskError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DeskError):
        return str(exc)
    return QCoreApplication.translate(
        "messages",
        "Something went wrong inside Desk: {error}. Nothing was lost; please tell support.",
    ).format(error=f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("messages", "Desk"))
    text = error_text(exc)
    head, _, rest = text.partition("\n")
    box.setText(head)
    if rest:
        box.setDetailedText(rest)
        box.setInformativeText(rest if rest.count("\n") < 12 else "")
    box.exec()
