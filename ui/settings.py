"""Every setting of the window, declared once: its QSettings key, type, default and title.

The window reads and writes its settings only through this module::

    LANGUAGE.get()                          # "" until one is chosen
    SYNC_FOLDER.set(folder, db.desk_id)     # a desk's own setting: its id in the key
    last_folder(); set_last_folder(path.parent)

Global settings (the language, the remembered operator, the last folder of a file dialog,
the automatic backup interval, where the data is: this computer's file or a server) have
one key. A desk's settings (badge printing, the shared
sync folder, whether its first-run setup was done) have the desk's id in theirs
(``badge_printing/<desk id>/mode``): two databases used on one computer keep their own.

A stored value of the wrong type or out of bounds (a layout since removed, a word typed
into the file by hand) reads as the setting's default, or is brought within bounds. The
keys and value formats are those of earlier versions, so existing settings load unchanged;
the printer ``::pdf-file::`` of older versions reads as the PDF folder. Defaults the core
has a say in come from ``desk.config``.

Where the values live is Qt's: QSettings of organisation "desk" and application "Desk"
(an INI file under ~/.config on Linux, the registry on Windows); :func:`use_folder` moves
them into a folder (the self-test, which must not touch the user's settings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings

from desk import config, i18n
from desk.badges.layouts import DEFAULT_LAYOUT, all_layouts
from desk.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

DESK = "{desk}"  # in a key: the desk's id

# The values of the badge printing settings.
MODE_AUTO = ""  # not chosen: "always" once a printer or a PDF folder is chosen, else "never"
MODE_NEVER = "never"
MODE_ASK = "ask"
MODE_ALWAYS = "always"
MODES = (MODE_AUTO, MODE_NEVER, MODE_ASK, MODE_ALWAYS)
SYSTEM_DEFAULT = ""  # the printer that follows the system's default printer
PDF_FOLDER = "::pdf-folder::"  # the "PDF files in a folder" printer
OLD_PDF_FILE = "::pdf-file::"  # what a file dialog used to ask for: now the PDF folder
# Where the data is: one desk's own file on this computer, or a server several desks share.
DATA_FILE = "file"
DATA_SERVER = "server"
DATA_MODES = (DATA_FILE, DATA_SERVER)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: where it is kept, what it holds, what it is when not set or not valid.

    ``key`` holds ``{desk}`` for a desk's own setting: then :meth:`get`, :meth:`set` and
    :meth:`remove` need the desk's id. ``check`` turns a stored value of the right type
    into the value to use, or None when it is not valid (the default is used)."""

    key: str
    type: type[T]
    default: T
    title: str  # marked with QT_TRANSLATE_NOOP("settings", …): see label()
    check: Callable[[T], T | None] | None = None

    @property
    def per_desk(self) -> bool:
        return DESK in self.key

    def key_for(self, desk: str | None = None) -> str:
        """The QSettings key (with the desk's id in it for a desk's own setting)."""
        if self.per_desk != (desk is not None):
            need = "needs the desk's id" if self.per_desk else "is not a desk's own"
            raise ValueError(f"the setting {self.key} {need}")
        return self.key.replace(DESK, desk) if desk is not None else self.key

    def get(self, desk: str | None = None) -> T:
        stored = QSettings().value(self.key_for(desk))
        value = None if stored is None else _convert(self.type, stored)
        if value is not None and self.check is not None:
            value = self.check(value)
        return self.default if value is None else value

    def set(self, value: T, desk: str | None = None) -> None:
        QSettings().setValue(self.key_for(desk), value)

    def remove(self, desk: str | None = None) -> None:
        QSettings().remove(self.key_for(desk))

    def label(self) -> str:
        """The title in the window's language."""
        return QCoreApplication.translate("settings", self.title)


# --------------------------------------------------------------------------- the settings


def _language(code: str) -> str | None:
    return code if code in i18n.LANGUAGES else None


def _mode(mode: str) -> str | None:
    return mode if mode in MODES else None


def _printer(name: str) -> str:
    return PDF_FOLDER if name == OLD_PDF_FILE else name


def _layout(layout_id: str) -> str | None:
    return layout_id if layout_id in all_layouts() else None


def _interval(minutes: int) -> int:
    return config.clamp_backup_interval(minutes)


def _data_mode(mode: str) -> str | None:
    return mode if mode in DATA_MODES else None


# Global settings. A comment says what an empty or special value means.

# "": not chosen yet (the system's language, see ui.language.chosen_language).
LANGUAGE = Setting("language", str, "", QT_TRANSLATE_NOOP("settings", "Language"), _language)
OPERATOR = Setting("operator", str, "", QT_TRANSLATE_NOOP("settings", "Remembered operator"))
# "": the home folder (see last_folder()).
LAST_FOLDER = Setting(
    "last_folder", str, "", QT_TRANSLATE_NOOP("settings", "Last folder of a file dialog")
)
BACKUP_INTERVAL = Setting(
    "backup/interval_minutes",
    int,
    config.BACKUP_INTERVAL_DEFAULT,
    QT_TRANSLATE_NOOP("settings", "Automatic backup every (minutes)"),
    _interval,
)
# DATA_FILE or DATA_SERVER: what Desk opens when started without a database named (by
# --db or DESK_DB); see saved_server().
DATA_MODE = Setting(
    "data/mode",
    str,
    DATA_FILE,
    QT_TRANSLATE_NOOP("settings", "Where the data is: this computer's file or a server"),
    _data_mode,
)
# postgresql://USER@HOST/DATABASE; "": none given yet.
SERVER_URL = Setting("data/server_url", str, "", QT_TRANSLATE_NOOP("settings", "Server address"))

# A desk's own settings ({desk}: the desk's id).

SETUP_DONE = Setting(
    "setup/{desk}/done", bool, False, QT_TRANSLATE_NOOP("settings", "First-run setup done")
)
# "": none (desks sync by files on a USB stick).
SYNC_FOLDER = Setting(
    "sync/{desk}/folder", str, "", QT_TRANSLATE_NOOP("settings", "Shared sync folder")
)
# MODE_AUTO (""): not chosen yet, see ui.printing.settings.PrintSettings.after_checkin.
BADGE_MODE = Setting(
    "badge_printing/{desk}/mode",
    str,
    MODE_AUTO,
    QT_TRANSLATE_NOOP("settings", "Badge printing after a check-in"),
    _mode,
)
BADGE_ONLY_IF_NONE = Setting(
    "badge_printing/{desk}/only_if_none",
    bool,
    True,
    QT_TRANSLATE_NOOP("settings", "Print only for people without a badge yet"),
)
# A printer's name, SYSTEM_DEFAULT ("") or PDF_FOLDER.
BADGE_PRINTER = Setting(
    "badge_printing/{desk}/printer",
    str,
    SYSTEM_DEFAULT,
    QT_TRANSLATE_NOOP("settings", "Badge printer"),
    _printer,
)
BADGE_LAYOUT = Setting(
    "badge_printing/{desk}/layout",
    str,
    DEFAULT_LAYOUT,
    QT_TRANSLATE_NOOP("settings", "Badge layout"),
    _layout,
)
# "": a "badges" folder beside the database.
BADGE_PDF_FOLDER = Setting(
    "badge_printing/{desk}/pdf_folder",
    str,
    "",
    QT_TRANSLATE_NOOP("settings", "Folder of the badge PDF files"),
)

ALL: tuple[Setting[str] | Setting[bool] | Setting[int], ...] = (
    LANGUAGE,
    OPERATOR,
    LAST_FOLDER,
    BACKUP_INTERVAL,
    DATA_MODE,
    SERVER_URL,
    SETUP_DONE,
    SYNC_FOLDER,
    BADGE_MODE,
    BADGE_ONLY_IF_NONE,
    BADGE_PRINTER,
    BADGE_LAYOUT,
    BADGE_PDF_FOLDER,
)


# --------------------------------------------------------------------------- helpers


def last_folder() -> Path:
    """The folder of the last file opened or saved through a file dialog; the home folder
    at first. Every file dialog starts there."""
    folder = LAST_FOLDER.get()
    return Path(folder) if folder else Path.home()


def set_last_folder(folder: Path | str) -> None:
    """Remember ``folder`` (the folder of a file just chosen) for the next file dialog."""
    LAST_FOLDER.set(str(folder))


def saved_server() -> str | None:
    """The server this computer works on when Desk starts without a database named: the
    saved address when "several desks with a server" was chosen, else None (the file)."""
    url = SERVER_URL.get().strip()
    return url if DATA_MODE.get() == DATA_SERVER and url else None


def save() -> None:
    """Write what was set to disk now (it is, anyway, soon after)."""
    QSettings().sync()


def use_folder(folder: Path) -> None:
    """From now on, keep the settings in an INI file under ``folder``."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _convert(kind: type[T], stored: object) -> T | None:
    """A stored value as ``kind`` (an INI file gives back text), None when it is not one."""
    value: object
    if kind is bool:
        value = _as_bool(stored)
    elif kind is int:
        value = _as_int(stored)
    elif kind is str:
        value = stored if isinstance(stored, str) else None
        if isinstance(stored, int | float) and not isinstance(stored, bool):
            value = str(stored)  # the registry keeps numbers as numbers
    else:
        raise TypeError(f"no setting of type {kind.__name__}")
    return value if isinstance(value, kind) else None


def _as_bool(stored: object) -> bool | None:
    if isinstance(stored, bool):
        return stored
    if isinstance(stored, int | float):
        return stored != 0
    if isinstance(stored, str):  # as Qt reads it: true unless empty, "0" or "false"
        return stored.lower() not in ("", "0", "false")
    return None


def _as_int(stored: object) -> int | None:
    if isinstance(stored, bool) or not isinstance(stored, str | int | float):
        return None
    try:
        return int(float(stored))
    except (ValueError, OverflowError):
        return None
