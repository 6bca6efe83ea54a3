"""The window's language: which one to start in, and switching (the core's words and Qt's
translators at once; open widgets retranslate themselves on the LanguageChange event).

A small module of its own so that anything may switch the language (the first-run setup
does, as the operator picks one) without importing the application module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk import i18n
from desk.i18n import QT_TRANSLATE_NOOP
from desk.storage.paths import translations_dir
from ui.settings import LANGUAGE

_translators: list[QTranslator] = []

# Qt's own words that its Spanish (qtbase_es, Spain's) gets wrong for this desk: short key
# names in menus ("Ctrl+Mayús+D", not "Control+Mayúsculas+D") and "archivo", never
# "fichero", in the file and print dialogs. Marked here, they are in desk_<lang>.ts;
# our translator is installed after Qt's, so it is asked first.
QT_OVERRIDES = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),
    QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
    QT_TRANSLATE_NOOP("QShortcut", "Enter"),
    QT_TRANSLATE_NOOP("QShortcut", "Tab"),
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP(
        "QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."
    ),
    QT_TRANSLATE_NOOP(
        "QFileDialog",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
    ),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Print To File ..."),
    QT_TRANSLATE_NOOP("QPrintDialog", "%1 is a directory.\nPlease choose a different file name."),
    QT_TRANSLATE_NOOP(
        "QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."
    ),
    QT_TRANSLATE_NOOP("QPrintWidget", "Output &file:"),
)


def apply_language(lang: str) -> None:
    """Switch the core's and Qt's language; open widgets retranslate themselves."""
    i18n.set_language(lang)
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    qt = QTranslator()
    if qt.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _translators.append(qt)
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"desk_{lang}.qm")):
        _translators.append(ours)
    for translator in _translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))


def chosen_language(cli_lang: str | None = None) -> str:
    """The language to start in: the command line's, else the one chosen last, else the
    system's."""
    if cli_lang:
        return cli_lang
    return LANGUAGE.get() or i18n.system_language()


def switch_language(lang: str) -> None:
    """The operator chose ``lang``: remember it and switch to it."""
    LANGUAGE.set(lang)
    apply_language(lang)
