"""This desk's badge printing settings, together: what happens after a check-in (never,
offer it in the result panel, print at once; not chosen yet: "always" once a printer or the
PDF folder is chosen), only for people without a badge yet, the printer (a printer's name,
the system's default printer, or PDF files written into a folder — by default a "badges"
folder beside the database) and the badge layout. Each is a setting of ``ui.settings``
(``BADGE_*``, kept per desk), where the values (``MODE_*``, ``PDF_FOLDER``…) are declared.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

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
    "print_to_folder",
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
    # ``desk gui --print-to-folder DIR``: one PDF per badge, named with its code, for this run.
    one_file_per_badge: bool = False

    @property
    def after_checkin(self) -> str:
        """What happens after a check-in: the chosen mode, else "always" when a printer or
        the PDF folder was chosen for this desk, else "never"."""
        if self.mode != MODE_AUTO:
            return self.mode
        return MODE_ALWAYS if self.printer != SYSTEM_DEFAULT else MODE_NEVER


# ``desk gui --print-to-folder DIR``: the printer of this run only (never saved).
_run_folder: Path | None = None


def print_to_folder(folder: Path | None) -> None:
    """For this run, badges are written as PDF files into ``folder`` (one per badge, named
    with its code) instead of printed; None: the desk's own settings again."""
    global _run_folder
    _run_folder = None if folder is None else Path(folder).expanduser().absolute()


def _stored(desk_id: str) -> PrintSettings:
    return PrintSettings(
        mode=BADGE_MODE.get(desk_id),
        only_if_none=BADGE_ONLY_IF_NONE.get(desk_id),
        printer=BADGE_PRINTER.get(desk_id),
        layout=BADGE_LAYOUT.get(desk_id),
        pdf_folder=BADGE_PDF_FOLDER.get(desk_id),
    )


def load_settings(desk_id: str) -> PrintSettings:
    stored = _stored(desk_id)
    if _run_folder is None:
        return stored
    return replace(stored, printer=PDF_FOLDER, pdf_folder=str(_run_folder), one_file_per_badge=True)


def save_settings(desk_id: str, value: PrintSettings) -> None:
    BADGE_MODE.set(value.mode, desk_id)
    BADGE_ONLY_IF_NONE.set(bool(value.only_if_none), desk_id)
    if _run_folder is None or (value.printer, value.pdf_folder) != (
        PDF_FOLDER,
        str(_run_folder),
    ):  # the folder of --print-to-folder is this run's, not the desk's
        BADGE_PRINTER.set(value.printer, desk_id)
        BADGE_PDF_FOLDER.set(value.pdf_folder, desk_id)
    BADGE_LAYOUT.set(value.layout, desk_id)
    save()


def layout_name(layout: Layout) -> str:
    return layout.name.get(language())


def printer_label(name: str) -> str:
    if name == PDF_FOLDER:
        return QCoreApplication.translate("printing", "PDF files in a folder")
    return name or QCoreApplication.translate("printing", "the system's default printer")
