"""This desk's badge printing settings, together: what happens after a check-in (never,
offer it in the result panel, print at once; not chosen yet: "always" once a printer or the
PDF folder is chosen), only for people without a badge yet, the printer (a printer's name,
the system's default printer, or PDF files written into a folder — by default a "badges"
folder beside the database) and the badge layout. Each is a setting of ``ui.settings``
(``BADGE_*``, kept per desk), where the values (``MODE_*``, ``PDF_FOLDER``…) are declared.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desk.badges.layouts import Layout
from desk.i18n import language
from ui.settings import (
    BADGE_LAYOUT,
    BADGE_MODE,
    BADGE_ONLY_IF_NONE,
    BADGE_PDF_FOLDER,
    BADGE_PRINTER,
    MODE_ALWAYS,
    MODE_ASK,
    MODE_AUTO,
    MODE_NEVER,
    MODES,
    PDF_FOLDER,
    SYSTEM_DEFAULT,
    save,
)

__all__ = [
    "MODES",
    "MODE_ALWAYS",
    "MODE_ASK",
    "MODE_AUTO",
    "MODE_NEVER",
    "PDF_FOLDER",
    "PDF_FOLDER_NAME",
    "SYSTEM_DEFAULT",
    "PrintSettings",
    "layout_name",
    "load_settings",
    "printer_label",
    "save_settings",
]

PDF_FOLDER_NAME = "badges"  # the PDF folder when none was chosen: beside the database


@dataclass
class PrintSettings:
    """How this desk prints badges (``ui.settings``: ``BADGE_*``, per desk).

    ``printer`` is a printer name, PDF_FOLDER, or SYSTEM_DEFAULT: the system's default
    printer, looked up only when printing (on the worker thread: asking CUPS can take
    long, and reading the settings happens after every check-in). PDF_FOLDER writes each
    job as a new PDF file into ``pdf_folder`` (empty: a "badges" folder beside the
    database); no file dialog, ever, after a check-in."""

    mode: str = BADGE_MODE.default  # after a check-in: never | ask | always; MODE_AUTO
    only_if_none: bool = BADGE_ONLY_IF_NONE.default  # only for people without a badge yet
    printer: str = BADGE_PRINTER.default
    layout: str = BADGE_LAYOUT.default
    pdf_folder: str = BADGE_PDF_FOLDER.default

    @property
    def after_checkin(self) -> str:
        """What happens after a check-in: the chosen mode, else "always" when a printer or
        the PDF folder was chosen for this desk, else "never"."""
        if self.mode != MODE_AUTO:
            return self.mode
        return MODE_ALWAYS if self.printer != SYSTEM_DEFAULT else MODE_NEVER


def load_settings(desk_id: str) -> PrintSettings:
    return PrintSettings(
        mode=BADGE_MODE.get(desk_id),
        only_if_none=BADGE_ONLY_IF_NONE.get(desk_id),
        printer=BADGE_PRINTER.get(desk_id),
        layout=BADGE_LAYOUT.get(desk_id),
        pdf_folder=BADGE_PDF_FOLDER.get(desk_id),
    )


def save_settings(desk_id: str, value: PrintSettings) -> None:
    BADGE_MODE.set(value.mode, desk_id)
    BADGE_ONLY_IF_NONE.set(bool(value.only_if_none), desk_id)
    BADGE_PRINTER.set(value.printer, desk_id)
    BADGE_LAYOUT.set(value.layout, desk_id)
    BADGE_PDF_FOLDER.set(value.pdf_folder, desk_id)
    save()


def layout_name(layout: Layout) -> str:
    return layout.name.get(language())


def printer_label(name: str) -> str:
    if name == PDF_FOLDER:
        return QCoreApplication.translate("printing", "PDF files in a folder")
    return name or QCoreApplication.translate("printing", "the system's default printer")
